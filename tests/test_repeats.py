"""The tally of repeated lines kept between builds: updated from the changed documents, it
always equals a count of every document's lines."""

from __future__ import annotations

import random

from site_builder.cleaning.repetition import DocumentLines, lines_of
from site_builder.incremental.repeats import Tally, counted, updated

POOL = [f"Line number {n} of the pool" for n in range(12)]


def _document(rng: random.Random) -> DocumentLines:
    source = rng.choice(("a.example", "b.example", ""))
    # A long tail: the first lines of the pool are in most documents, the last in few.
    chosen = [line for n, line in enumerate(POOL) if rng.random() < 1 / (1 + n / 2)]
    return lines_of(source, [*chosen, f"A line of its own {rng.random()}"])


def _repeated(tally: Tally) -> dict[str, dict[int, int]]:
    return {s: dict(c) for s, c in tally.repetition().counts.items()}


def test_updates_equal_a_full_count_through_many_changes() -> None:
    rng = random.Random(5)
    documents = [_document(rng) for _ in range(30)]
    tally = counted(documents)
    recounts = 0
    for step in range(300):
        removed, added = [], []
        for _ in range(rng.choice((1, 1, 1, 2, 5))):
            action = rng.choice(("edit", "add", "delete"))
            if action in ("edit", "delete") and len(documents) > 1:
                removed.append(documents.pop(rng.randrange(len(documents))))
            if action in ("edit", "add"):
                added.append(_document(rng))
        documents.extend(added)
        calls: list[int] = []

        def everything(
            docs: list[DocumentLines] = documents, seen: list[int] = calls
        ) -> list[DocumentLines]:
            seen.append(1)
            return docs

        tally = updated(tally, removed, added, everything)
        recounts += len(calls)
        full = counted(documents)
        assert _repeated(tally) == _repeated(full), f"step {step}"
        assert tally.repetition().documents == full.repetition().documents
    # Small sources are counted again often (a line needs 3 documents: a change or two
    # leaves the tally unsure), large ones seldom (see the next test).
    assert 0 < recounts < 300


def test_a_large_source_is_updated_without_counting_it_again() -> None:
    rng = random.Random(8)
    documents = [lines_of("lsm.lv", [POOL[0], f"Story {n}"]) for n in range(400)]
    tally = counted(documents)

    def everything() -> list[DocumentLines]:
        raise AssertionError("counted again")

    for step in range(50):  # an edit: one document out, its new version in
        index = rng.randrange(len(documents))
        old = documents[index]
        documents[index] = lines_of("lsm.lv", [POOL[step % 2], f"Story {step}"])
        tally = updated(tally, [old], [documents[index]], everything)
    assert _repeated(tally) == _repeated(counted(documents))


def test_a_document_about_to_be_made_expects_what_it_would_make_repeated() -> None:
    footer = "Follow LSM on Bluesky"
    two = counted([lines_of("lsm.lv", [f"Story {n}", footer]) for n in range(2)])
    expected = two.expected()
    assert expected is not None
    newcomer = lines_of("lsm.lv", ["Story 9", footer])
    assert expected.held(newcomer) == lines_of("lsm.lv", [footer]).keys
    assert counted([lines_of("lsm.lv", ["Story 1", footer])]).expected() is None
