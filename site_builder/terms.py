"""Word counts of an article, the raw material of related coverage (computed per article,
in the worker processes, and cached with the article)."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def count_terms(title: str, text: str) -> tuple[tuple[str, int], ...]:
    """Lower-cased words of four letters or more, the title counting twice; sorted."""
    counts = Counter(w.lower() for w in _WORD.findall(f"{title} {title} {text}"))
    return tuple(sorted(counts.items()))
