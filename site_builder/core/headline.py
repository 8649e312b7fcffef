"""Which line of a plain-text document is its headline: read by ``article.plaintext``, and
kept from the classifier's guesses by ``cleaning.engine``, so both agree on it."""

from __future__ import annotations

from site_builder.core.textnorm import normalize_line

MAX_TITLE_CHARS = 150


def may_be_title(line: str) -> bool:
    """A normalised line short enough for a headline that does not end as a sentence or a
    clause does."""
    return len(line) <= MAX_TITLE_CHARS and not line.endswith((".", ","))


def headline_index(lines: list[str]) -> int | None:
    """The index of the raw line that is the document's headline: the first non-blank one,
    when it stands alone (a blank line after it, more text after that) and may be a title."""
    blank = [not normalize_line(line) for line in lines]
    first = next((i for i, empty in enumerate(blank) if not empty), None)
    if first is None or not may_be_title(normalize_line(lines[first])):
        return None
    rest = blank[first + 1 :]
    if not rest or not rest[0] or all(rest):
        return None
    return first
