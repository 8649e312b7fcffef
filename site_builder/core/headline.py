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
    first = next((i for i, line in enumerate(lines) if normalize_line(line)), None)
    if first is None or first + 2 >= len(lines) or normalize_line(lines[first + 1]):
        return None
    if not may_be_title(normalize_line(lines[first])):
        return None
    return first if any(normalize_line(line) for line in lines[first + 2 :]) else None
