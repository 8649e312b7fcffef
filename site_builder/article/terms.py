"""Word counts of an article, the raw material of related coverage (computed per article,
in the worker processes, and cached with the article)."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def count_terms(title: str, text: str) -> str:
    """Lower-cased words of four letters or more, the title counting twice: "word count"
    pairs, sorted, in one string (ten thousand of them load from the cache in a blink; as
    tuples of pairs they took most of a rebuild's loading time)."""
    counts = Counter(_WORD.findall(f"{title} {title} {text}".lower()))
    return " ".join(f"{word} {count}" for word, count in sorted(counts.items()))
