"""Size and shape limits that keep one hostile document from stalling the build."""

from __future__ import annotations

import re
from pathlib import Path

from site_builder.core.errors import ContentError
from site_builder.core.model import Format

# Limits that keep one hostile document from stalling the build: Markdown's inline pass is
# quadratic in the number of blocks (a million lines ran for hours), Markdown nests lists
# by recursion (400 levels raised RecursionError and took the whole build down), and nh3
# is quadratic in element depth (100,000 nested <div>s took 20 s, a million would take hours).
# No real article comes near these.
MAX_LINES = 20_000
MAX_HTML_DEPTH = 512  # Chromium's parser also stops nesting at 512
MAX_MARKDOWN_NESTING = 100  # list indentation levels plus '>' quote markers
# Python-Markdown's link, image, footnote and autolink patterns rescan a paragraph once per
# '[' or '<' in it: 8,000 of them in one paragraph took 19 s. The budget is the sum over
# paragraphs of that count squared (about 3 s at worst); real articles use a few hundred.
MAX_MARKUP_COST = 10_000_000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_RAW_TEXT = {
    name: re.compile(f"</{name}", re.IGNORECASE)
    for name in ("script", "style", "textarea", "title", "xmp", "template")
}
# Elements that never nest (void) or whose end tag the parser implies: not depth.
_NO_DEPTH = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "rb",
        "rt",
        "rp",
        "optgroup",
        "colgroup",
        "thead",
        "tbody",
        "tfoot",
        "caption",
    }
)


def _too_deep(html: str) -> int | None:
    """Offset of the first element nested deeper than MAX_HTML_DEPTH, as an HTML parser
    nests them; None if none is. Linear: one pass, a stack of at most the limit."""
    stack: list[str] = []
    foreign = 0  # inside <svg> or <math>, where "<x/>" really closes the element
    position = 0
    while (found := _TAG.search(html, position)) is not None:
        position = found.end()
        closing, name, self_closing = found.group(1), found.group(2).lower(), found.group(3)
        if name in _RAW_TEXT and not closing:
            # Script and style text is not markup: skip to its end tag (or the end).
            end = _RAW_TEXT[name].search(html, position)
            position = len(html) if end is None else end.start()
            continue
        if name in _NO_DEPTH:
            continue
        if closing:
            if name in stack:
                while stack.pop() != name:
                    pass
                foreign -= name in ("svg", "math")
            continue
        if self_closing and foreign:
            continue
        stack.append(name)
        foreign += name in ("svg", "math")
        if len(stack) > MAX_HTML_DEPTH:
            return found.start()
    return None


def _check_markdown(text: str, path: Path) -> None:
    cost, marks, fenced = 0, 0, False
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" \t")
        indent = len(line[: len(line) - len(stripped)].expandtabs(4))
        quotes = stripped[: len(stripped) - len(stripped.lstrip("> \t"))].count(">")
        if indent // 4 + quotes > MAX_MARKDOWN_NESTING:
            raise ContentError(
                path,
                f"Markdown nested more than {MAX_MARKDOWN_NESTING} levels deep",
                line=number,
                hint="flatten the lists and quotations",
            )
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
        if not stripped or fenced:  # a paragraph ends; code is not scanned for links
            cost, marks = cost + marks * marks, 0
        else:
            marks += line.count("[") + line.count("<")
        if cost + marks * marks > MAX_MARKUP_COST:
            raise ContentError(
                path,
                "Markdown paragraph too dense with '[' and '<' "
                f"({marks:,} of them); converting it would take minutes",
                line=number,
                hint="escape them as \\[ and &lt; or use a code block",
            )


def check_limits(text: str, path: Path, fmt: Format) -> None:
    """Refuse documents that would stall the build (see MAX_LINES and friends)."""
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise ContentError(
            path,
            f"document has {lines:,} lines (the limit is {MAX_LINES:,})",
            hint="split it into several articles",
        )
    if fmt is Format.TEXT:
        return
    if fmt is Format.MARKDOWN:
        _check_markdown(text, path)
    entity = _ENTITY.search(text) if fmt is Format.HTML else None
    if entity:
        raise ContentError(
            path,
            "page declares XML entities (<!ENTITY>); site_builder never expands them",
            line=text[: entity.start()].count("\n") + 1,
            hint="remove the DOCTYPE's internal subset",
        )
    offset = _too_deep(text)
    if offset is not None:
        raise ContentError(
            path,
            f"HTML nested more than {MAX_HTML_DEPTH} elements deep",
            line=text[:offset].count("\n") + 1,
            hint="the page is broken or hostile; save a clean copy",
        )
