"""Apply the boilerplate rules to a document body, recording every removal."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from site_builder.cleaning.matcher import Match, RuleSet, build_ruleset, plain_line
from site_builder.cleaning.repetition import DocumentLines, RepeatedLines, lines_of
from site_builder.cleaning.rules import Rule
from site_builder.core.config import CleaningConfig
from site_builder.core.headline import headline_index
from site_builder.core.model import CleanDocument, Format, Removal, SourceDocument
from site_builder.core.urls import source_domain

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

_FENCE = re.compile(r"^\s*(```|~~~)")
# A line that shows an image: a Markdown image (alone or as a link), an <img> or <figure>,
# Hugo's figure shortcode. The caption line under it is the image's, not furniture.
_IMAGE_LINE = re.compile(
    r"^\s*(?:\[?!\[[^\]]*\]\([^)]*\)|<img\b|<figure\b|<picture\b|\{\{<\s*figure\b)"
)
# The address an image line shows: Markdown's "![alt](src)" or an HTML/shortcode "src=".
_IMAGE_SRC = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)|\bsrc\s*=\s*[\"']([^\"']+)")
# What is left between a caption and the credit cut from it ("… in Orsk / Photo: …").
_CAPTION_TAIL = " \t|/–—-"
# HTML elements whose text is judged as one line.
_HTML_BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "div")


@dataclass
class _Findings:
    removals: list[Removal] = field(default_factory=list)
    captured: dict[str, list[str]] = field(default_factory=dict)
    image_credits: list[tuple[str, str, str]] = field(default_factory=list)

    def credit_image(self, src: str | None, match: Match) -> None:
        """Keep a caption's credit with the image it was cut under."""
        if src:
            self.image_credits.append((src, match.text, match.value or match.text))

    def record(self, match: Match, line: int | None) -> None:
        rule = match.rule
        self.removals.append(
            Removal(match.text, rule.name, rule.category, rule.reason, line, rule.layer)
        )
        if rule.capture and match.value:
            keywords = rule.capture == "keywords"
            values = re.split(r"[,;|]", match.value) if keywords else [match.value]
            cleaned = (v.strip() for v in values)
            self.captured.setdefault(rule.capture, []).extend(v for v in cleaned if v)


def _code_fence_mask(lines: list[str]) -> Iterator[bool]:
    inside = False
    for line in lines:
        if _FENCE.match(line):
            inside = not inside
            yield True
        else:
            yield inside


@dataclass(frozen=True)
class _Layers:
    """The rule set (rules, then the classifier) and the source's repeated lines."""

    rules: RuleSet
    repeated: RepeatedLines | None = None

    def match(self, line: str, *, statistical: bool = True) -> Match | None:
        match = self.rules.match(line, statistical=statistical)
        if match is not None or self.repeated is None or not self.repeated.removes(line):
            return match
        rule = Rule("repetition", "repetition", self.repeated.reason, "", layer="repetition")
        return Match(rule, 0, plain_line(line), None)


def _headline(doc: SourceDocument, lines: list[str]) -> int | None:
    """The line of a plain-text document that article.plaintext takes for its headline,
    when no sidecar names the title. A guess of the classifier never removes it (a headline
    about a newsletter, or one that looks like markup, stays); a rule or repetition across
    documents still may."""
    if doc.format is not Format.TEXT or doc.meta.title:
        return None
    return headline_index(lines)


def _clean_lines(doc: SourceDocument, rules: _Layers, found: _Findings) -> str:
    lines = doc.body.split("\n")
    kept: list[str] = []
    headline = _headline(doc, lines)
    for index, (line, in_code) in enumerate(zip(lines, _code_fence_mask(lines), strict=True)):
        match = None if in_code else rules.match(line, statistical=index != headline)
        if match is None:
            kept.append(line)
            continue
        caption = match.credit_start is not None and _follows_image(kept)
        if caption:
            match = _credit_only(match)
            found.credit_image(_image_src(_last_shown(kept)), match)
        found.record(match, doc.body_line + index)
        if match.start > 0:
            kept.append(_cut_suffix(line, match.text, _CAPTION_TAIL if caption else ""))
    return "\n".join(kept)


def _last_shown(kept: list[str]) -> str:
    return next((line for line in reversed(kept) if line.strip()), "")


def _follows_image(kept: list[str]) -> bool:
    """Whether the last line kept that is not blank shows an image."""
    return _IMAGE_LINE.match(_last_shown(kept)) is not None


def _image_src(line: str) -> str | None:
    found = _IMAGE_SRC.search(line)
    return (found.group(1) or found.group(2)) if found else None


def _credit_only(match: Match) -> Match:
    """A caption's match narrowed to its trailing credit: the caption stays, the credit is
    still captured (and shown under the image)."""
    assert match.credit_start is not None
    credit = match.text[match.credit_start :].strip()
    return Match(match.rule, match.start + match.credit_start, credit, match.value)


def _cut_suffix(line: str, suffix: str, tail: str = "") -> str:
    """The line without its trailing boilerplate (matched on normalised text), less any
    ``tail`` characters left at its end; emphasis closing the whole line stays closed
    ("*The mayor on Tuesday. Photo: Mark Evans*" keeps "*The mayor on Tuesday.*")."""
    words = suffix.split()
    # Walk back over the raw line's words so odd spacing in the source does not matter.
    raw = line.rstrip().split()
    if len(raw) < len(words):
        return ""
    rest = " ".join(raw[: len(raw) - len(words)]).rstrip(tail)
    closing = line.rstrip()[len(line.rstrip().rstrip("*_")) :]
    return rest + closing if rest and closing and rest.lstrip().startswith(closing) else rest


def _leaf_blocks(soup: BeautifulSoup) -> Iterator[Tag]:
    for tag in soup.find_all(_HTML_BLOCKS):
        if tag.find(_HTML_BLOCKS) is None:
            yield tag


def _clean_html(doc: SourceDocument, rules: _Layers, found: _Findings) -> str:
    from bs4 import BeautifulSoup  # noqa: PLC0415 (a tenth of a second: HTML documents only)

    soup = BeautifulSoup(doc.body, "html.parser")
    for tag in list(_leaf_blocks(soup)):
        match = rules.match(tag.get_text(" ", strip=True))
        if match is None:
            continue
        if match.credit_start is not None and _shows_image(tag):
            match = _credit_only(match)
            found.credit_image(_shown_src(tag), match)
        found.record(match, None)
        if match.start == 0:
            tag.decompose()
        else:
            _cut_html_suffix(tag, match.text)
    return str(soup)


def _shows_image(tag: Tag) -> bool:
    """Whether an HTML block is an image's caption: a figcaption, or the block right after
    an image (or a block holding one)."""
    if tag.name == "figcaption":
        return True
    previous = tag.find_previous_sibling()
    return previous is not None and (
        previous.name in ("img", "picture", "figure") or previous.find("img") is not None
    )


def _shown_src(caption: Tag) -> str | None:
    """The address of the image an HTML caption (``_shows_image``) belongs to."""
    holder = caption.find_parent("figure") if caption.name == "figcaption" else None
    holder = holder or caption.find_previous_sibling()
    img = holder if holder is None or holder.name == "img" else holder.find("img")
    src = img.get("src") if img is not None else None
    return src if isinstance(src, str) else None


def _cut_html_suffix(tag: Tag, suffix: str) -> None:
    """Cut a trailing suffix when it sits in the element's last text node (the usual case)."""
    from bs4.element import NavigableString  # noqa: PLC0415

    texts = tag.find_all(string=True)
    last = texts[-1] if texts else None
    last_word = suffix.rsplit(maxsplit=1)[-1]
    if isinstance(last, NavigableString) and str(last).rstrip().endswith(last_word):
        last.replace_with(_cut_suffix(str(last), suffix))


def document_rules(doc: SourceDocument, cleaning: CleaningConfig, language: str) -> RuleSet:
    """Built-in rules (the document's language's own first) plus the site's patterns for
    this document's language and source."""
    domain = source_domain(doc.meta.original_url, doc.meta.source)
    lang = doc.meta.lang or language
    patterns = cleaning.for_document(lang, domain)
    return build_ruleset(patterns.drop, patterns.keep, language=lang)


def document_lines(doc: SourceDocument) -> list[str]:
    """The lines the cleaner judges one by one (outside code blocks; for HTML, the text of
    each leaf block): what repetition counts across documents (``repeatable_lines``)."""
    if doc.format is Format.HTML:
        from bs4 import BeautifulSoup  # noqa: PLC0415

        soup = BeautifulSoup(doc.body, "html.parser")
        return [tag.get_text(" ", strip=True) for tag in _leaf_blocks(soup)]
    lines = doc.body.split("\n")
    return [line for line, code in zip(lines, _code_fence_mask(lines), strict=True) if not code]


def document_source(doc: SourceDocument) -> str:
    """The source a document's lines are grouped by for repetition: its original domain,
    else its named source, else "" (the site's own documents)."""
    return source_domain(doc.meta.original_url, doc.meta.source) or ""


def repeatable_lines(doc: SourceDocument) -> DocumentLines:
    """What ``repetition.count_repeated`` counts of a document: its source and lines."""
    return lines_of(document_source(doc), document_lines(doc))


_CLEANERS: dict[Format, Callable[[SourceDocument, _Layers, _Findings], str]] = {
    Format.TEXT: _clean_lines,
    Format.MARKDOWN: _clean_lines,
    Format.HTML: _clean_html,
}


def clean_document(
    doc: SourceDocument, rules: RuleSet, repeated: RepeatedLines | None = None
) -> CleanDocument:
    """The document without boilerplate; captured SEO keywords and credits become metadata.
    ``repeated``: which of its lines recur across the documents of its source
    (``repetition.Repetition.held``), removed when no rule or the classifier already did."""
    found = _Findings()
    body = _CLEANERS[doc.format](doc, _Layers(rules, repeated), found)
    captured = found.captured
    return CleanDocument(
        source=doc,
        body=body,
        removals=(*doc.removals, *found.removals),
        keywords=tuple(dict.fromkeys(captured.get("keywords", []))),
        credits=tuple(dict.fromkeys(captured.get("credit", []))),
        sources=tuple(dict.fromkeys(captured.get("source", []))),
        authors=tuple(dict.fromkeys(captured.get("author", []))),
        image_credits=tuple(found.image_credits),
    )
