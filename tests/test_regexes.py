"""The screen in front of the cleaning rules: it may only ever skip a rule that could not
have matched. Checked against the rules' own regexes on every development line of the
cleaning corpus, on the seeds, and on characters re.IGNORECASE treats specially."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import csv
import re
from pathlib import Path

import pytest

from site_builder.cleaning import matcher, regexes
from site_builder.cleaning.rules import ALL_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "cleaning_corpus"


def _corpus_lines() -> list[str]:
    lines = []
    for path in [*sorted(CORPUS.glob("dev_written*.tsv")), CORPUS / "lines.tsv"]:
        with path.open(encoding="utf-8") as handle:
            rows = csv.DictReader((r for r in handle if not r.startswith("#")), delimiter="\t")
            lines += [row["text"] for row in rows]
    for seed in sorted((ROOT / "content").glob("*.txt")):
        lines += seed.read_text(encoding="utf-8").splitlines()
    return [plain for line in lines if (plain := matcher.plain_line(line))]


LINES = _corpus_lines()


class _Folded(dict[int, str]):
    """The reference fold, from re's own case functions: each character's simple lower
    case, and of the characters it also matches (i and dotless ı, s and long ſ, ...), the
    same one for all."""

    def __missing__(self, char: int) -> str:
        lower = _sre.unicode_tolower(char)
        extra: tuple[int, ...] = re._casefix._EXTRA_CASES.get(lower, ())  # type: ignore[attr-defined]
        folded = chr(min((lower, *extra)))
        self[char] = folded
        return folded


_FOLDED = _Folded()


def _unscreened(ruleset: matcher.RuleSet, line: str) -> str | None:
    """What the first matching rule would be with every rule tried."""
    for compiled in ruleset.rules:
        if compiled.max_chars is not None and len(line) > compiled.max_chars:
            continue
        if compiled.regex.search(line):
            return compiled.rule.name
    return None


@pytest.mark.parametrize("language", [None, *sorted(ALL_LANGUAGES)])
def test_the_screen_never_changes_what_matches(language: str | None) -> None:
    ruleset = matcher.build_ruleset(classifier=False, language=language)
    assert ruleset.screen is not None
    screened = [m.rule.name if (m := ruleset.match(line)) else None for line in LINES]
    assert screened == [_unscreened(ruleset, line) for line in LINES]
    assert sum(name is not None for name in screened) > 100  # the corpus has boilerplate


def test_every_match_contains_a_needed_literal() -> None:
    """The property the screen rests on, rule by rule, on every line a rule matches."""
    checked = 0
    for compiled in matcher.build_ruleset(classifier=False).rules:
        for line in LINES:
            if compiled.needs is not None and compiled.regex.search(line):
                folded = regexes.fold(line)
                assert any(n in folded for n in compiled.needs), (compiled.rule.name, line)
                checked += 1
    assert checked > 100


def test_most_rules_are_screened_and_most_prose_skips_them() -> None:
    ruleset = matcher.build_ruleset(classifier=False, language="en")
    screened = [c for c in ruleset.rules if c.needs is not None]
    assert len(screened) >= 0.75 * len(ruleset.rules)
    prose = (
        "The council met on Tuesday to discuss the budget for the coming year, and most "
        "members agreed that spending on schools should rise."
    )
    assert ruleset.screen is not None
    assert len(ruleset.screen.candidates(prose)) < 0.25 * len(ruleset.rules)


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        ("click here", "CLİCK HERE"),  # dotted capital I: its simple lower case is i
        ("click here", "clıck here"),  # dotless ı matches i under IGNORECASE
        ("subscribe", "ſubscribe"),  # long s matches s
        ("kiosk", "\u212aiosk"),  # the Kelvin sign matches k
        ("straße", "STRASSE"),  # no full case folding in re: ß is not ss (no match)
        ("µsec", "μSEC"),  # micro sign and Greek mu
    ],
)
def test_folding_agrees_with_ignorecase(pattern: str, line: str) -> None:
    compiled = regexes.compile_rule(re.escape(pattern))
    matched = compiled.pattern.search(line) is not None
    assert matched == (re.search(re.escape(pattern), line, re.IGNORECASE) is not None)
    assert compiled.needs is not None
    screen = regexes.Screen([compiled.needs])
    assert (0 in screen.candidates(line)) == matched


def test_needs_follow_the_shape_of_the_regex() -> None:
    assert regexes.compile_rule(r"^follow us on (?:facebook|twitter)$").needs == frozenset(
        {"follow us on "}
    )
    assert regexes.compile_rule(r"(?:read more|see also): .*").needs == frozenset(
        {"read more", "see also"}
    )
    # An optional part needs nothing; a branch with an alternative that needs nothing, too.
    assert regexes.compile_rule(r"(?:newsletter)?\d+").needs is None
    assert regexes.compile_rule(r"(?:newsletter|\d+)").needs is None
    # One literal at least once: needed; inside a lookahead: not (it consumes nothing).
    assert regexes.compile_rule(r"(?:cookies)+ ok").needs == frozenset({"cookies"})
    assert regexes.compile_rule(r"(?=.*paywall)\w+").needs is None


def test_a_regex_the_internals_cannot_compile_is_compiled_by_re(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(regexes, "_private", broken)
    compiled = regexes.compile_rule(r"^follow us$")
    assert compiled.code is None and compiled.needs is None
    assert compiled.pattern.search("Follow us")


def test_the_quick_fold_agrees_with_the_table() -> None:
    """fold takes shortcuts (lower() for ASCII, lower() plus look-alikes otherwise): the
    same, character by character over the Basic Multilingual Plane and on whole lines
    (final sigma, dotted İ), as the table built from re's own case functions."""
    plane = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    assert [regexes.fold(c) for c in plane] == [c.translate(_FOLDED) for c in plane]
    lines = [*LINES, "ΟΔΟΣ ΣΤΟ ΚΈΝΤΡΟ", "İSTANBUL'DA İLK", "Straße ſoll µm"]
    assert [regexes.fold(x) for x in lines] == [x.translate(_FOLDED) for x in lines]
    assert regexes.fold("Sekojiet LSM.lv") == "sekojiet lsm.lv"
