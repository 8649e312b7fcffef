"""The repetition layer: a line that recurs across many documents of one source is that
source's boilerplate (its footer, its "follow us" line), in any language.

The documents' lines are grouped by source (a domain such as ``lsm.lv``, or one group for
a site's own documents). ``lines_of`` keeps, for one document, a short key of each line
that could be boilerplate (not structure such as "* * *", not too long for the
classifier to judge); ``count_repeated`` counts in how many documents of its source each
key occurs and keeps those that recur in at least ``MIN_DOCUMENTS`` documents and in at
least ``MIN_SHARE`` of the source's documents. A newsroom reuses real sentences too (the
background paragraph of a long story), so when a document is cleaned a repeated line
shaped like a sentence of prose goes only when the classifier also reads it as
boilerplate.

What the cleaning of one document depends on is only which of its own lines are repeated
(``Repetition.held``), never how often: adding an article to a source changes no other
article unless a line crosses the threshold. The counts are told where removals are
reported (``Repetition.reason``).
"""

from __future__ import annotations

import hashlib
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from site_builder.core.model import Removal

# The rules and the classifier are imported where lines are read: a build's main process
# only counts keys (``count_repeated``, ``Repetition.held``), and an edit's rebuild of a
# large site leaves the reading to a worker.

MIN_DOCUMENTS = 3
MIN_SHARE = 0.25
MIN_LETTERS = 3  # separators ("* * *") and bare numbers are structure, not boilerplate
# A sentence of prose: this many words or more, ending as a sentence ends.
SENTENCE_WORDS = 8
# The classifier's probability a sentence-shaped line needs to count as repeated boilerplate.
SENTENCE_PROBABILITY = 0.5
# A line's key: 8 bytes of its hash (a site's lines are counted by the hundred thousand;
# two different lines of one source sharing a key is a chance of one in billions).
_KEY = "Q"


def line_key(line: str) -> int:
    """The key of a line as a reader sees it (Markdown syntax, case and spacing aside)."""
    from site_builder.cleaning.matcher import plain_line  # noqa: PLC0415

    return _plain_key(plain_line(line))


def _plain_key(plain: str) -> int:
    digest = hashlib.blake2b(plain.casefold().encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _packed(keys: Iterable[int]) -> bytes:
    return array(_KEY, sorted(set(keys))).tobytes()


def _unpacked(packed: bytes) -> array[int]:
    """Keys packed by ``_packed``, as numbers."""
    keys = array(_KEY)
    keys.frombytes(packed)
    return keys


def _may_be_boilerplate(plain: str) -> bool:
    from site_builder.cleaning.classifier import MAX_CLASSIFIED_CHARS  # noqa: PLC0415

    if len(plain) > MAX_CLASSIFIED_CHARS:
        return False
    letters = 0
    for char in plain:  # stops at the third letter: most lines have one in their first word
        if char.isalpha():
            letters += 1
            if letters >= MIN_LETTERS:
                return True
    return False


@dataclass(frozen=True)
class DocumentLines:
    """What repetition counts of one document: its source, and the keys of its lines that
    could be boilerplate (packed: a large site's documents keep them in the build cache)."""

    source: str
    keys: bytes = b""

    def key_numbers(self) -> array[int]:
        """The keys, as numbers."""
        return _unpacked(self.keys)


def lines_of(source: str, lines: Iterable[str]) -> DocumentLines:
    """The keys of a document's lines (``engine.document_lines``), each once."""
    from site_builder.cleaning.matcher import plain_line  # noqa: PLC0415

    plains = (plain_line(line) for line in lines)
    return DocumentLines(source, _packed(_plain_key(p) for p in plains if _may_be_boilerplate(p)))


def needed(documents: int) -> float:
    """In how many of a source's documents a line must recur to be its boilerplate."""
    return max(MIN_DOCUMENTS, MIN_SHARE * documents)


@dataclass(frozen=True)
class Repetition:
    """The repeated lines of a set of documents: per source, the number of documents and,
    for each repeated line's key, in how many of them it occurs."""

    documents: Mapping[str, int] = field(default_factory=dict)
    counts: Mapping[str, Mapping[int, int]] = field(default_factory=dict)

    def held(self, lines: DocumentLines) -> bytes:
        """The keys of the document's lines that are repeated (packed, as ``lines``)."""
        repeated = self.counts.get(lines.source)
        if not repeated:
            return b""
        return _packed(key for key in lines.key_numbers() if key in repeated)

    def reason(self, source: str, line: str) -> str | None:
        """Why a line was removed as repeated, with the counts ("repeated in 37 of 120
        documents from lsm.lv"); None when it is not repeated here."""
        count = self.counts.get(source, {}).get(line_key(line))
        if count is None:
            return None
        where = f"documents from {source}" if source else "of the site's documents"
        return f"repeated in {count} of {self.documents[source]} {where}"


def count_lines(
    documents: Iterable[DocumentLines],
) -> tuple[Counter[str], dict[str, Counter[int]]]:
    """Per source, its number of documents and in how many of them each line key occurs."""
    sizes: Counter[str] = Counter()
    counts: dict[str, Counter[int]] = {}
    for lines in documents:
        sizes[lines.source] += 1
        counts.setdefault(lines.source, Counter()).update(lines.key_numbers())
    return sizes, counts


def count_repeated(documents: Iterable[DocumentLines]) -> Repetition:
    """The lines that recur across the documents of each source."""
    sizes, counts = count_lines(documents)
    repeated: dict[str, dict[int, int]] = {}
    for source, found in sorted(counts.items()):
        least = needed(sizes[source])
        kept = {key: n for key, n in found.items() if n >= least}
        if kept:
            repeated[source] = dict(sorted(kept.items()))
    return Repetition(dict(sorted(sizes.items())), repeated)


@dataclass(frozen=True)
class RepeatedLines:
    """What the cleaning of one document knows of repetition: its source and which of its
    lines' keys are repeated there (``Repetition.held``)."""

    source: str
    held: bytes = b""
    keys: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keys", frozenset(_unpacked(self.held)))

    def removes(self, line: str) -> bool:
        """Whether the line goes as repeated boilerplate: repeated, and not a sentence of
        prose the classifier reads as a real one (a newsroom reuses those)."""
        if not self.keys or line_key(line) not in self.keys:
            return False
        from site_builder.cleaning.classifier import load_model  # noqa: PLC0415
        from site_builder.cleaning.matcher import plain_line  # noqa: PLC0415

        plain = plain_line(line)
        if not _is_sentence(plain):
            return True
        verdict = load_model().verdict(plain)
        return verdict is not None and verdict.probability >= SENTENCE_PROBABILITY

    @property
    def reason(self) -> str:
        """The reason a removal records (the counts are told in reports: they change
        whenever the source gains a document, and this document's page does not)."""
        where = f"the documents from {self.source}" if self.source else "the site's documents"
        return f"repeated across {where}"


def _is_sentence(plain: str) -> bool:
    return len(plain.split()) >= SENTENCE_WORDS and plain[-1:] in '.!?…"”»'


def told(removal: Removal, source: str, repetition: Repetition | None) -> str:
    """A removal's reason as a report tells it: for a repeated line, with its counts."""
    if removal.layer != "repetition" or repetition is None:
        return removal.reason
    return repetition.reason(source, removal.text) or removal.reason
