"""Match single lines against the boilerplate rules: the one place rule sets are made (their
regexes compiled and screened by ``regexes``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from site_builder.cleaning.classifier import Model, load_model
from site_builder.cleaning.regexes import FLAGS, Compiled, Needs, Screen, compile_rule
from site_builder.cleaning.rules import ALL_LANGUAGES, RULES, Rule, Where
from site_builder.core.textnorm import normalize_line

# Markdown decoration that does not change what a line says: list bullets, heading marks,
# quote marks, emphasis, and link syntax (the link text is kept, the URL dropped).
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_LEAD = re.compile(r"^(?:[#>*+\-]+\s+|\d+[.)]\s+)+")
_MD_EMPH = re.compile(r"(\*\*|__|\*|_|~~|`)")
_LEAD_STARTS = frozenset("#>*+-0123456789")
# A line that is one Markdown link to an address it shows (<https://...>, [url](url)) is the
# author's link, an embed converted from a shortcode: never boilerplate, whatever it links.
_LINK_LINE = re.compile(r"^\s*(?:<(https?://[^\s>]+)>|\[(https?://[^\]\s]+)\]\(\S+\))\s*$")
_EMPHASIS_MARKS = ("*", "_", "~~", "`")
# Where a real sentence may end before a trailing boilerplate suffix.
_SENTENCE_END = r"(?:^|(?<=[.!?…\"”»)]))"


@dataclass(frozen=True)
class Match:
    """A rule that matched a line, and the part of the line it covers."""

    rule: Rule
    start: int  # offset in the normalised line where the boilerplate starts (0: whole line)
    text: str
    value: str | None
    # Where a caption's trailing credit starts in ``text`` (the rule's empty group "credit").
    credit_start: int | None = None


# A whole-line prompt is short (no development line longer than 250 characters is one, even
# with a purpose clause): built-in line rules skip longer lines, which are real paragraphs,
# instead of running ~75 regexes on each.
MAX_PROMPT_CHARS = 260


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    regex: re.Pattern[str]
    max_chars: int | None = None
    needs: Needs = None  # every match contains one of these (see regexes)


@dataclass(frozen=True)
class RuleSet:
    """Compiled rules plus site-specific drop and keep patterns (keep always wins)."""

    rules: tuple[CompiledRule, ...]
    keep: tuple[re.Pattern[str], ...] = ()
    classifier: Model | None = None  # the statistical layer, asked when no rule matched
    screen: Screen | None = None  # which rules a line may match (None: try them all)

    def match(self, line: str, *, statistical: bool = True) -> Match | None:
        """The first rule that marks this (already normalised) line as boilerplate, else
        the classifier's verdict (unless ``statistical`` is false)."""
        plain = plain_line(line)
        if not plain or any(k.search(plain) for k in self.keep):
            return None
        if line[:1] in "<[ " and _LINK_LINE.match(line):
            return None
        rules = self.rules
        tried = self.screen.candidates(plain) if self.screen is not None else range(len(rules))
        for i in tried:
            compiled = rules[i]
            if compiled.max_chars is not None and len(plain) > compiled.max_chars:
                continue
            found = compiled.regex.search(plain)
            if found:
                groups = found.groupdict()
                value = groups.get("value")
                start = found.start("all")
                credit = found.start("credit") - start if groups.get("credit") is not None else None
                return Match(
                    compiled.rule,
                    start,
                    plain[start:].strip(),
                    value.strip() if value else None,
                    credit,
                )
        return self._classified(plain) if statistical else None

    def _classified(self, plain: str) -> Match | None:
        verdict = self.classifier.is_boilerplate(plain) if self.classifier else None
        if verdict is None:
            return None
        rule = Rule("classifier", "classifier", verdict.reason(), "", layer="classifier")
        return Match(rule, 0, plain, None)


def plain_line(line: str) -> str:
    """A line as a reader sees it: normalised spaces, Markdown syntax reduced to its text."""
    line = normalize_line(line)
    # The string tests skip regexes that could not match (most lines are plain prose).
    if "](" in line:
        line = _MD_LINK.sub(r"\1", line)
    if line[:1] in _LEAD_STARTS:
        line = _MD_LEAD.sub("", line)
    if any(mark in line for mark in _EMPHASIS_MARKS):
        line = _MD_EMPH.sub("", line)
    return line.strip()


# Built-in rules' regexes compiled by an earlier process, by source (see use_compiled).
_PRECOMPILED: dict[str, Compiled] = {}


def _source(rule: Rule) -> str:
    if rule.where is Where.LINE:
        return rf"^(?P<all>(?:{rule.pattern}))$"
    return rf"{_SENTENCE_END}\s*(?P<all>(?:{rule.pattern}))\s*$"


def builtin_sources() -> tuple[str, ...]:
    """The regex source of every built-in rule (compiled by ``regexes.compile_rule``)."""
    return tuple(_source(rule) for rule in RULES)


def use_compiled(compiled: Mapping[str, Compiled]) -> None:
    """Use these (``regexes.compile_rule`` of each source, made elsewhere) for the built-in
    rules instead of compiling them again: compiling them all takes over a second."""
    _PRECOMPILED.update(
        (source, found)
        for source, found in compiled.items()
        if found.pattern.pattern == source and found.pattern.flags & FLAGS == FLAGS
    )


def _compile(rule: Rule, *, builtin: bool = True) -> CompiledRule:
    source = _source(rule)
    found = (_PRECOMPILED.get(source) if builtin else None) or compile_rule(source)
    limit = MAX_PROMPT_CHARS if builtin and rule.where is Where.LINE else None
    return CompiledRule(rule, found.pattern, limit, found.needs)


@cache
def _compile_builtin(rule: Rule) -> CompiledRule:
    return _compile(rule)


def _site_rule(index: int, pattern: str) -> Rule:
    return Rule(f"site-drop-{index + 1}", "site", f"site pattern {pattern!r} in site.toml", pattern)


def _by_language(language: str | None) -> tuple[Rule, ...]:
    """The built-in rules with the document's language's own rules first, then the
    language-neutral ones, then every other language's that apply to other languages'
    documents (a republished article keeps its source's footer in the source's language:
    the English seed ends with a Latvian one)."""
    if language is None or language not in ALL_LANGUAGES:
        return RULES
    own = tuple(r for r in RULES if language in r.languages)
    neutral = tuple(r for r in RULES if "*" in r.languages)
    return (*own, *neutral, *(r for r in RULES if r.foreign and r not in own and r not in neutral))


@lru_cache(maxsize=32)
def build_ruleset(
    drop: tuple[str, ...] = (),
    keep: tuple[str, ...] = (),
    *,
    classifier: bool = True,
    language: str | None = None,
) -> RuleSet:
    """Compile the built-in rules (``language``'s own first) plus a site's own drop and keep
    patterns; the shipped classifier judges the lines no rule matched (unless ``classifier``
    is False)."""
    site_rules: Iterable[Rule] = (_site_rule(i, p) for i, p in enumerate(drop))
    compiled = (
        *(_compile(r, builtin=False) for r in site_rules),
        *map(_compile_builtin, _by_language(language)),
    )
    return RuleSet(
        compiled,
        tuple(re.compile(p, re.IGNORECASE) for p in keep),
        load_model() if classifier else None,
        Screen([c.needs for c in compiled]),
    )


def ruleset_for(language: str | None, *, classifier: bool = True) -> RuleSet:
    """The built-in rule set a document in ``language`` is cleaned with (one for every
    language the rules do not know: all rules apply to it)."""
    known = language if language in ALL_LANGUAGES else None
    return build_ruleset(classifier=classifier, language=known)
