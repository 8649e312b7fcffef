"""Word counts of an article, the raw material of related coverage (computed per article,
in the worker processes, and cached with the article)."""

from __future__ import annotations

import re
from collections import Counter

from site_builder.core.model import WordCounts

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def count_terms(title: str, text: str) -> WordCounts:
    """Lower-cased words of four letters or more, the title counting twice."""
    counts = Counter(_WORD.findall(f"{title} {title} {text}".lower()))
    return WordCounts(" ".join(f"{word} {count}" for word, count in sorted(counts.items())))
