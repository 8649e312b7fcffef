"""Word counts of an article, the raw material of related coverage (computed per article,
in the worker processes, and cached with the article)."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


Terms = tuple[tuple[str, ...], tuple[int, ...]]


def count_terms(title: str, text: str) -> Terms:
    """Lower-cased words of four letters or more, the title counting twice: the words,
    sorted, and their counts (two flat tuples: ten thousand of them load from the cache
    and feed related coverage far faster than tuples of pairs or a string to split)."""
    counts = sorted(Counter(_WORD.findall(f"{title} {title} {text}".lower())).items())
    return tuple(w for w, _ in counts), tuple(c for _, c in counts)

