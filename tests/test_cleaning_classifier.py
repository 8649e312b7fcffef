"""The statistical layer: the shipped model, its verdicts and how the rule set uses it."""

from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest

from site_builder.cleaning.classifier import MAX_CLASSIFIED_CHARS, features, load_model
from site_builder.cleaning.matcher import build_ruleset

# Look-alike pairs from the development corpus: a prompt, and a real sentence on its topic.
PAIRS = [
    (
        "Sign up to our daily newsletter to receive the best stories every evening.",
        "The ministry said its newsletter had 3,000 subscribers.",
    ),
    (
        "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости!",
        "Полиция попросила свидетелей связаться с ней через Telegram.",
    ),
    (
        "Jetzt den Newsletter abonnieren und keine Nachricht mehr verpassen.",
        "Das Ministerium teilte mit, sein Newsletter habe 3000 Abonnenten.",
    ),
]


def test_the_model_ships_with_the_package_and_loads_once() -> None:
    raw = resources.files("site_builder.cleaning").joinpath("model.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    assert data["max_chars"] == MAX_CLASSIFIED_CHARS
    assert 0.5 < data["threshold"] <= 1.0
    assert len(data["weights"]) > 1000
    assert load_model() is load_model()


@pytest.mark.parametrize(("prompt", "sentence"), PAIRS)
def test_prompts_go_and_look_alike_sentences_stay(prompt: str, sentence: str) -> None:
    model = load_model()
    assert model.is_boilerplate(prompt) is not None
    assert model.is_boilerplate(sentence) is None


def test_reason_names_the_probability_and_the_words_behind_it() -> None:
    verdict = load_model().is_boilerplate(PAIRS[0][0])
    assert verdict is not None
    reason = verdict.reason()
    assert reason.startswith(f"classifier {verdict.probability:.2f}: ")
    assert "newsletter" in reason


def test_long_lines_are_never_judged() -> None:
    line = ("Subscribe to our newsletter. " * 20).strip()
    assert len(line) > MAX_CLASSIFIED_CHARS
    assert load_model().verdict(line) is None


def test_features_are_plain_strings_and_deterministic() -> None:
    line = "Published 14 March 2025 · Updated 16 March 2025 https://x.example/a"
    assert features(line) == features(line)
    assert "s:url" in features(line)
    assert {"s:date", "s:time"} <= set(features("Updated 02.04.2024 09:12"))
    assert "s:iso" in features("2025-03-14T09:41:00Z")


# A development line no rule matches: only the classifier removes it.
APPEAL = "Independent journalism needs your support. Donate today."


def test_rule_set_asks_the_classifier_only_when_no_rule_matched() -> None:
    rules = build_ruleset()
    assert rules.match("Follow us on Telegram!").rule.layer == "rule"  # type: ignore[union-attr]
    match = rules.match(APPEAL)
    assert match is not None and match.rule.layer == "classifier"
    assert build_ruleset(classifier=False).match(APPEAL) is None


def test_a_site_keep_pattern_protects_a_line_from_the_classifier() -> None:
    assert build_ruleset(keep=("independent journalism",)).match(APPEAL) is None


def test_the_score_is_the_sum_of_the_features_weights() -> None:
    # Model.score sums a word's own features once per process; it must still be the sum
    # over features(line), duplicates included, that training's threshold was chosen on.
    from training.corpus import dev  # noqa: PLC0415

    model = load_model()
    lines = [line.text for line in dev() if 0 < len(line.text) <= MAX_CLASSIFIED_CHARS]
    assert len(lines) > 1000
    for line in [*lines, *lines[:200]]:  # the second time from the cache
        listed = model.bias + sum(model.weights.get(f, 0.0) for f in features(line))
        assert abs(model.score(line) - listed) < 1e-9, line
