"""What a build can tell about an article's own body before anyone opens the page: local
images that are not there, and links to an anchor (#...) the page does not have; each
reported against the document's line that makes it."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

_IMAGE = re.compile(r"<img\b[^>]*?\ssrc=\"([^\"]*)\"", re.IGNORECASE)
_ANCHOR = re.compile(r"<a\b[^>]*?\shref=\"#([^\"]*)\"", re.IGNORECASE)
_ID = re.compile(r"\sid=\"([^\"]*)\"")
# Python-Markdown's footnote ids: the reference is written "[^label]" in the source.
_FOOTNOTE = re.compile(r"^fn(?:ref)?:(.+)$")


def line_of(source: str, first_line: int, *needles: str) -> int | None:
    """The line of the source (numbered from ``first_line``) holding the first needle found."""
    for needle in needles:
        if needle:
            for offset, text in enumerate(source.split("\n")):
                if needle in text:
                    return first_line + offset
    return None


def body_problems(
    html: str,
    adopted: set[str],
    source: str,
    first_line: int,
    page_ids: frozenset[str] = frozenset(),
) -> list[tuple[str, int | None]]:
    """(message, source line) for each missing local image (a relative ``src`` that was
    not copied: ``adopted`` are those that were) and each link to a missing anchor."""
    problems: list[tuple[str, int | None]] = []
    for src in dict.fromkeys(_IMAGE.findall(html)):
        parts = urlsplit(src)
        if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
            continue
        if src not in adopted:
            problems.append(
                (
                    f"image '{src}' not found next to the document",
                    line_of(source, first_line, src, unquote(src)),
                )
            )
    ids = page_ids | set(_ID.findall(html))
    for anchor in dict.fromkeys(_ANCHOR.findall(html)):
        if anchor and anchor not in ids and unquote(anchor) not in ids:
            note = _FOOTNOTE.match(anchor)
            needles = (f"[^{note.group(1)}]",) if note else (f"#{anchor}",)
            problems.append(
                (
                    f"link to '#{anchor}', which is not on the page",
                    line_of(source, first_line, *needles),
                )
            )
    return problems
