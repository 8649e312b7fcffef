"""The repetition layer: a line that recurs across many documents of one source is that
source's boilerplate (its footer, its "follow us" line), in any language.

A pure function of the documents' lines, grouped by source (a domain such as ``lsm.lv``,
or one group for a site's own documents): ``find_repeated`` counts, per source, in how
many documents each line occurs, and keeps the lines that recur in at least
``MIN_DOCUMENTS`` documents and in at least ``MIN_SHARE`` of the source's documents. A
newsroom reuses real sentences too (the background paragraph of a long story), so a line
shaped like a sentence of prose counts only when the classifier also reads it as
boilerplate; a line too long for the classifier to judge never counts. The engine then
removes the kept lines with the reason "repeated in 37 documents from lsm.lv".
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from site_builder.cleaning.classifier import MAX_CLASSIFIED_CHARS, Model, load_model
from site_builder.cleaning.matcher import plain_line

MIN_DOCUMENTS = 3
MIN_SHARE = 0.25
MIN_LETTERS = 3  # separators ("* * *") and bare numbers are structure, not boilerplate
# A sentence of prose: this many words or more, ending as a sentence ends.
SENTENCE_WORDS = 8
# The classifier's probability a sentence-shaped line needs to count as repeated boilerplate.
SENTENCE_PROBABILITY = 0.5


def line_key(line: str) -> str:
    """The key of a line as a reader sees it (Markdown syntax, case and spacing aside)."""
    return hashlib.sha256(plain_line(line).casefold().encode()).hexdigest()[:20]


@dataclass(frozen=True)
class RepeatedLines:
    """The lines that recur across one source's documents: key -> number of documents."""

    source: str
    documents: int
    counts: Mapping[str, int] = field(default_factory=dict)

    def count(self, line: str) -> int | None:
        """In how many documents this line recurs, when it is repeated boilerplate."""
        return self.counts.get(line_key(line)) if self.counts else None

    def reason(self, count: int) -> str:
        where = f" from {self.source}" if self.source else ""
        return f"repeated in {count} of {self.documents} documents{where}"


def _is_sentence(plain: str) -> bool:
    return len(plain.split()) >= SENTENCE_WORDS and plain[-1:] in '.!?…"”»'


def _may_repeat(plain: str, model: Model) -> bool:
    """Whether a recurring line may be boilerplate: not structure, not a reused sentence."""
    if len(plain) > MAX_CLASSIFIED_CHARS or sum(c.isalpha() for c in plain) < MIN_LETTERS:
        return False
    if not _is_sentence(plain):
        return True
    verdict = model.verdict(plain)
    return verdict is not None and verdict.probability >= SENTENCE_PROBABILITY


def _document_counts(documents: Sequence[Iterable[str]]) -> tuple[Counter[str], dict[str, str]]:
    counts: Counter[str] = Counter()
    texts: dict[str, str] = {}
    for lines in documents:
        keys = {}
        for line in lines:
            plain = plain_line(line)
            if plain:
                keys[line_key(line)] = plain
        counts.update(keys.keys())
        for key, plain in keys.items():
            texts.setdefault(key, plain)
    return counts, texts


def repeated_in(
    source: str, documents: Sequence[Iterable[str]], model: Model | None = None
) -> RepeatedLines:
    """The repeated boilerplate lines of one source's documents (each an iterable of lines)."""
    model = model or load_model()
    counts, texts = _document_counts(documents)
    needed = max(MIN_DOCUMENTS, MIN_SHARE * len(documents))
    kept = {
        key: count
        for key, count in sorted(counts.items())
        if count >= needed and _may_repeat(texts[key], model)
    }
    return RepeatedLines(source, len(documents), kept)


def find_repeated(
    by_source: Mapping[str, Sequence[Iterable[str]]], model: Model | None = None
) -> dict[str, RepeatedLines]:
    """Per source, the lines that recur across its documents and are boilerplate."""
    return {
        source: repeated_in(source, documents, model)
        for source, documents in sorted(by_source.items())
    }
