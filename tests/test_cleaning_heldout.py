"""The issue-14 gate: the whole cleaner (rules, then classifier) on the held-out corpus.

Held-out lines (tests/cleaning_corpus/heldout_written.tsv and the external rows whose page
hashed to ``heldout``) are never trained or tuned on. Per language, the cleaner must reach
the ``target`` floors (precision 0.99, recall 0.95); where it does not yet, that test is an
expected failure that names the measured figures (and fails as soon as the target is met,
so the mark must then go), while a second test keeps the language at or above what it last
``reached``, so no change can make it worse unnoticed.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from training.evaluate import LANGUAGES, Figures, all_figures

FLOORS = Path(__file__).parent / "cleaning_corpus" / "floors.toml"
MIN_PRECISION = 0.99
MIN_RECALL = 0.95


@cache
def floors() -> dict[str, dict[str, dict[str, float]]]:
    data = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    kinds = ("target", "reached", *BATCHES.values())
    return {kind: data[kind] for kind in kinds}


@cache
def measured() -> dict[str, Figures]:
    return {f.lang: f for f in all_figures("heldout")}


# The hand-written held-out batches after the first, each with its own floors in floors.toml.
BATCHES = {
    "heldout-2": "reached-2",
    "heldout-3": "reached-3",
    "heldout-4": "reached-4",
    "heldout-5": "reached-5",
    "heldout-6": "reached-6",
    "heldout-7": "reached-7",
    "heldout-8": "reached-8",
    "heldout-9": "reached-9",
    "heldout-10": "reached-10",
    "heldout-11": "reached-11",
    # Batches 2-11 pooled (training.evaluate.POOLED): per language, as issue 14 words its
    # floors; a floor more, none of the others replaced.
    "heldout-all": "reached-all",
}


@cache
def measured_batch(split: str) -> dict[str, Figures]:
    """A later held-out batch (training.corpus.heldout_batch)."""
    return {f.lang: f for f in all_figures(split)}


def _meets(lang: str, kind: str, batch: dict[str, Figures] | None = None) -> bool:
    floor = floors()[kind][lang]
    figures = (batch or measured())[lang]
    return figures.precision >= floor["precision"] and figures.recall >= floor["recall"]


def _reached_target(lang: str) -> bool:
    reached, target = floors()["reached"][lang], floors()["target"][lang]
    return reached["precision"] >= target["precision"] and reached["recall"] >= target["recall"]


def test_every_language_has_floors_that_are_never_lowered() -> None:
    for lang in LANGUAGES:
        target = floors()["target"][lang]
        assert target["precision"] >= MIN_PRECISION, lang
        assert target["recall"] >= MIN_RECALL, lang
        assert lang in floors()["reached"], lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_heldout_figures_stay_at_or_above_what_was_reached(lang: str) -> None:
    figures = measured()[lang]
    assert _meets(lang, "reached"), (
        f"held-out {figures.row()} fell below {floors()['reached'][lang]}"
    )


@pytest.mark.parametrize(
    "lang",
    [
        lang
        if _reached_target(lang)
        else pytest.param(
            lang,
            marks=pytest.mark.xfail(
                reason=f"held-out target not met yet: reached {floors()['reached'][lang]}",
                strict=True,
            ),
        )
        for lang in LANGUAGES
    ],
)
def test_heldout_figures_meet_the_target(lang: str) -> None:
    figures = measured()[lang]
    assert _meets(lang, "target"), f"held-out {figures.row()}"


def test_heldout_and_dev_lines_never_overlap() -> None:
    from training.corpus import dev, heldout  # noqa: PLC0415

    dev_texts = {(line.lang, line.text) for line in dev() if line.written}
    overlap = [
        line.text for line in heldout() if line.written and (line.lang, line.text) in dev_texts
    ]
    assert overlap == []


def _reached(split: str, lang: str) -> bool:
    reached, target = floors()[BATCHES[split]][lang], floors()["target"][lang]
    return reached["precision"] >= target["precision"] and reached["recall"] >= target["recall"]


@pytest.mark.parametrize("split", BATCHES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_later_batches_stay_at_or_above_what_they_reached(split: str, lang: str) -> None:
    figures = measured_batch(split)[lang]
    assert _meets(lang, BATCHES[split], measured_batch(split)), (
        f"{split} {figures.row()} fell below {floors()[BATCHES[split]][lang]}"
    )


@pytest.mark.parametrize(
    ("split", "lang"),
    [
        (split, lang)
        if _reached(split, lang)
        else pytest.param(
            split,
            lang,
            marks=pytest.mark.xfail(
                reason=f"{split} target not met yet: reached {floors()[BATCHES[split]][lang]}",
                strict=True,
            ),
        )
        for split in BATCHES
        for lang in LANGUAGES
    ],
)
def test_later_batches_meet_the_target(split: str, lang: str) -> None:
    figures = measured_batch(split)[lang]
    assert _meets(lang, "target", measured_batch(split)), f"{split} {figures.row()}"


@pytest.mark.parametrize(
    ("split", "least"),
    [
        ("heldout-2", 500),
        ("heldout-3", 800),
        ("heldout-4", 800),
        # 789 since session 15: lines its development batches share no longer count here.
        ("heldout-5", 750),
        ("heldout-6", 800),
        ("heldout-7", 800),
        ("heldout-8", 800),
        ("heldout-9", 800),
        ("heldout-10", 800),
        ("heldout-11", 800),
    ],
)
def test_later_batches_are_never_trained_on(split: str, least: int) -> None:
    """No line of a held-out batch reaches the classifier's training, by file or by text."""
    from training.corpus import WRITTEN, heldout_batch  # noqa: PLC0415
    from training.train_classifier import training_lines  # noqa: PLC0415

    files = {name for name, part in WRITTEN.items() if part == split}
    trained = training_lines()
    assert files and not files & {line.origin for line in trained}
    texts = {line.text.casefold() for line in trained}
    lines = heldout_batch(split)
    assert len(lines) > least
    assert [line.text for line in lines if line.text.casefold() in texts] == []


def test_the_pooled_heldout_figures_count_every_later_batch_once() -> None:
    """``training.evaluate heldout-all``: every batch of BATCHES, each line once."""
    from training.corpus import heldout_batch, heldout_batches  # noqa: PLC0415
    from training.evaluate import POOLED  # noqa: PLC0415

    batches = tuple(split for split in BATCHES if split != POOLED)
    assert heldout_batches() == batches
    pooled = {f.lang: f for f in all_figures(POOLED)}
    for lang in LANGUAGES:
        per_batch = [
            sum(1 for line in heldout_batch(split) if line.lang == lang and line.drop)
            for split in batches
        ]
        assert pooled[lang].drops == sum(per_batch) > max(per_batch), lang
