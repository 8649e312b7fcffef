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
    return {"target": data["target"], "reached": data["reached"], "reached-2": data["reached-2"]}


@cache
def measured() -> dict[str, Figures]:
    return {f.lang: f for f in all_figures("heldout")}


@cache
def measured_2() -> dict[str, Figures]:
    """The second held-out batch (training.corpus.heldout_2)."""
    return {f.lang: f for f in all_figures("heldout-2")}


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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_second_batch_stays_at_or_above_what_it_reached(lang: str) -> None:
    figures = measured_2()[lang]
    assert _meets(lang, "reached-2", measured_2()), (
        f"held-out batch 2 {figures.row()} fell below {floors()['reached-2'][lang]}"
    )


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(
            lang,
            marks=pytest.mark.xfail(
                reason=f"batch 2 target not met yet: reached {floors()['reached-2'][lang]}",
                strict=True,
            ),
        )
        if floors()["reached-2"][lang]["recall"] < floors()["target"][lang]["recall"]
        or floors()["reached-2"][lang]["precision"] < floors()["target"][lang]["precision"]
        else lang
        for lang in LANGUAGES
    ],
)
def test_second_batch_meets_the_target(lang: str) -> None:
    figures = measured_2()[lang]
    assert _meets(lang, "target", measured_2()), f"held-out batch 2 {figures.row()}"


def test_second_batch_and_dev_lines_never_overlap() -> None:
    from training.corpus import dev, heldout_2  # noqa: PLC0415

    dev_texts = {line.text.casefold() for line in dev()}
    assert len(heldout_2()) > 500
    assert [line.text for line in heldout_2() if line.text.casefold() in dev_texts] == []
