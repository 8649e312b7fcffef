"""Quality gate for the boilerplate rules: precision and recall on a labelled line corpus.

The corpus (tests/cleaning_corpus/lines.tsv) holds single lines of news copy in eight
languages, each labelled ``drop`` (boilerplate) or ``keep`` (article text). Precision matters
more than recall: deleting a real sentence is worse than keeping a stray prompt.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from site_builder.cleaning.matcher import Match, build_ruleset

CORPUS_DIR = Path(__file__).parent / "cleaning_corpus"
LINES = CORPUS_DIR / "lines.tsv"
FLOORS = CORPUS_DIR / "floors.toml"

LANGUAGES = ("en", "lv", "ru", "uk", "de", "fr", "es", "pl")
CATEGORIES = frozenset(
    {"social", "share", "related", "seo", "newsletter", "advert", "cookie", "comments", "credit"}
)
HEADER = ("label", "lang", "category", "text")
# The floors file may only ever be raised: these are the lowest values it may hold.
MIN_PRECISION = 0.99
MIN_RECALL = 0.95


@dataclass(frozen=True)
class Example:
    lineno: int
    label: str
    lang: str
    category: str | None
    text: str

    def describe(self) -> str:
        return f"  {LINES.name}:{self.lineno} [{self.lang}] {self.text!r}"


@dataclass(frozen=True)
class Outcome:
    example: Example
    match: Match | None

    @property
    def dropped(self) -> bool:
        return self.match is not None

    @property
    def correct(self) -> bool:
        return self.dropped == (self.example.label == "drop")


@cache
def load_corpus() -> tuple[Example, ...]:
    examples: list[Example] = []
    header_seen = False
    for lineno, raw in enumerate(LINES.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = tuple(raw.split("\t"))
        if not header_seen:
            assert fields == HEADER, f"{LINES.name}:{lineno}: header must be {HEADER}"
            header_seen = True
            continue
        assert len(fields) == 4, f"{LINES.name}:{lineno}: expected 4 tab-separated fields"
        label, lang, category, text = fields
        assert label in {"drop", "keep"}, f"{LINES.name}:{lineno}: bad label {label!r}"
        assert lang in LANGUAGES, f"{LINES.name}:{lineno}: unknown language {lang!r}"
        assert text.strip(), f"{LINES.name}:{lineno}: empty text"
        if label == "keep":
            assert category == "-", f"{LINES.name}:{lineno}: keep lines take category '-'"
        else:
            assert category == "-" or category in CATEGORIES, (
                f"{LINES.name}:{lineno}: unknown category {category!r}"
            )
        examples.append(Example(lineno, label, lang, None if category == "-" else category, text))
    return tuple(examples)


@cache
def outcomes() -> tuple[Outcome, ...]:
    ruleset = build_ruleset()
    return tuple(Outcome(e, ruleset.match(e.text)) for e in load_corpus())


def load_floors() -> tuple[float, float]:
    data = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    return float(data["drop"]["precision"]), float(data["drop"]["recall"])


def scores(results: tuple[Outcome, ...] | list[Outcome]) -> tuple[float, float]:
    tp = sum(1 for o in results if o.dropped and o.example.label == "drop")
    fp = sum(1 for o in results if o.dropped and o.example.label == "keep")
    fn = sum(1 for o in results if not o.dropped and o.example.label == "drop")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def report(results: tuple[Outcome, ...]) -> str:
    """A failure message that says exactly which lines went wrong, language by language."""
    parts: list[str] = []
    for lang in LANGUAGES:
        in_lang = [o for o in results if o.example.lang == lang]
        precision, recall = scores(in_lang)
        parts.append(f"[{lang}] precision {precision:.3f} recall {recall:.3f}")
    wrong_keep = [o for o in results if o.dropped and o.example.label == "keep"]
    wrong_drop = [o for o in results if not o.dropped and o.example.label == "drop"]
    if wrong_keep:
        parts.append("real text dropped (false positives):")
        parts.extend(
            f"{o.example.describe()} <- rule {o.match.rule.name}"
            for o in wrong_keep
            if o.match is not None
        )
    if wrong_drop:
        parts.append("boilerplate kept (false negatives):")
        parts.extend(o.example.describe() for o in wrong_drop)
    return "\n".join(parts)


def test_corpus_is_large_and_covers_every_language() -> None:
    examples = load_corpus()
    assert len(examples) >= 200
    per_lang = Counter(e.lang for e in examples)
    for lang in LANGUAGES:
        assert per_lang[lang] >= 20, f"{lang}: only {per_lang[lang]} lines"
    labels = Counter(e.label for e in examples)
    assert min(labels.values()) / len(examples) >= 0.4, f"unbalanced labels: {labels}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_both_labels(lang: str) -> None:
    labels = Counter(e.label for e in load_corpus() if e.lang == lang)
    assert labels["drop"] >= 5, f"{lang}: {labels}"
    assert labels["keep"] >= 5, f"{lang}: {labels}"


def test_corpus_has_no_duplicate_lines() -> None:
    seen = Counter((e.lang, e.text) for e in load_corpus())
    assert [t for t, n in seen.items() if n > 1] == []


def test_stored_floors_are_never_lowered() -> None:
    precision, recall = load_floors()
    assert precision >= MIN_PRECISION, "the precision floor may be raised, never lowered"
    assert recall >= MIN_RECALL, "the recall floor may be raised, never lowered"
    assert precision <= 1.0
    assert recall <= 1.0


def test_precision_and_recall_meet_floors() -> None:
    results = outcomes()
    precision, recall = scores(results)
    floor_precision, floor_recall = load_floors()
    message = f"precision {precision:.4f} recall {recall:.4f}\n{report(results)}"
    assert precision >= floor_precision, message
    assert recall >= floor_recall, message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_real_sentence_is_dropped(lang: str) -> None:
    """Precision first: within each language, every keep line survives."""
    dropped = [
        f"{o.example.describe()} <- rule {o.match.rule.name}"
        for o in outcomes()
        if o.example.lang == lang and o.example.label == "keep" and o.match is not None
    ]
    assert dropped == [], "real text dropped:\n" + "\n".join(dropped)


def test_dropped_lines_get_the_expected_category() -> None:
    mismatched = [
        f"{o.example.describe()}: expected {o.example.category}, "
        f"got {o.match.rule.category} (rule {o.match.rule.name})"
        for o in outcomes()
        if o.match is not None
        and o.example.label == "drop"
        and o.example.category is not None
        and o.match.rule.category != o.example.category
    ]
    assert mismatched == [], "\n".join(mismatched)
