"""The count of repeated lines kept between builds, so a rebuild after an edit does not
count every line of the site again (a tenth of a second per count at 10,000 articles,
and tens of megabytes).

For each source the tally keeps its number of documents and the exact count of every line
key that occurs in at least ``floor`` of its documents, ``floor`` being half the number a
line needs to be repeated (``repetition.needed``) when the source was last counted. A
rebuild that adds ``c`` documents to a source raises any count by at most ``c`` (a
removal only lowers counts): the keys outside the tally had fewer than ``floor`` before
and have fewer than ``floor + c`` now, so the tally updated from the changed documents
alone is exact from ``floor + c`` up. While that stays at or under the number a line
needs, the repeated lines are known exactly; past it (after an edit of a quarter of a
large source's documents, or of a few of a small one's), that source's lines are counted
again from all of its documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from site_builder.cleaning.repetition import DocumentLines, Repetition, count_lines, needed


@dataclass(frozen=True)
class SourceTally:
    documents: int
    floor: float  # every key occurring in this many documents or more is in ``counts``
    counts: Mapping[int, int] = field(default_factory=dict)

    def repeated(self) -> dict[int, int]:
        least = needed(self.documents)
        return {key: n for key, n in sorted(self.counts.items()) if n >= least}


@dataclass(frozen=True)
class Tally:
    """Per source, its documents and the counts of its most frequent lines."""

    sources: Mapping[str, SourceTally] = field(default_factory=dict)

    def repetition(self) -> Repetition:
        """The lines repeated across each source's documents, with their counts."""
        counts = {s: r for s, t in self.sources.items() if (r := t.repeated())}
        return Repetition({s: t.documents for s, t in self.sources.items()}, counts)

    def expected(self) -> Repetition | None:
        """What a document about to be made can expect to be repeated: the lines that
        would be, were it to join its source holding them (None: nothing can be)."""
        counts: dict[str, dict[int, int]] = {}
        for source, tally in self.sources.items():
            least = needed(tally.documents + 1)
            found = {key: n for key, n in tally.counts.items() if n + 1 >= least}
            if found:
                counts[source] = found
        if not counts:
            return None
        return Repetition({s: t.documents for s, t in self.sources.items()}, counts)


def _counted(documents: int, found: Counter[int]) -> SourceTally:
    floor = needed(documents) / 2
    return SourceTally(documents, floor, {k: n for k, n in found.items() if n >= floor})


def counted(documents: Iterable[DocumentLines]) -> Tally:
    """The tally of these documents, counted from all of their lines."""
    sizes, found = count_lines(documents)
    return Tally({s: _counted(sizes[s], found[s]) for s in sorted(sizes)})


def updated(
    before: Tally,
    removed: Iterable[DocumentLines],
    added: Iterable[DocumentLines],
    everything: Callable[[], Iterable[DocumentLines]],
) -> Tally:
    """``before`` with documents removed and added; a source whose tally would no longer
    be exact is counted again from ``everything`` (the documents of this build)."""
    sizes = Counter({s: t.documents for s, t in before.sources.items()})
    touched: set[str] = set()
    additions: Counter[str] = Counter()  # only these can raise a count
    delta: dict[str, Counter[int]] = {}
    for sign, group in ((-1, removed), (1, added)):
        for lines in group:
            sizes[lines.source] += sign
            touched.add(lines.source)
            additions[lines.source] += sign > 0
            counts = delta.setdefault(lines.source, Counter())
            for key in lines.key_numbers():
                counts[key] += sign
    sources: dict[str, SourceTally] = {}
    recount: set[str] = set()
    for source in sorted(set(sizes) | set(before.sources)):
        documents = sizes[source]
        old = before.sources.get(source)
        if documents <= 0:
            continue
        if source not in touched and old is not None:
            sources[source] = old
            continue
        # A new source is all here: every count of it is known.
        floor = old.floor + additions[source] if old is not None else 0
        if floor > needed(documents):
            recount.add(source)
            continue
        counts = Counter(old.counts if old is not None else {})
        counts.update(delta.get(source, {}))
        sources[source] = SourceTally(
            documents, floor, {k: n for k, n in counts.items() if n >= floor and n > 0}
        )
    if recount:
        again = counted(lines for lines in everything() if lines.source in recount)
        sources.update(again.sources)
    return Tally(dict(sorted(sources.items())))
