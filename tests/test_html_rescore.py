"""Tests for the second opinion on an extracted body (resiliparse + the block scorers)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_builder.source.html_blocks import (
    CANDIDATE_FEATURES,
    UNIT_FEATURES,
    _distance,
    shingles,
)
from site_builder.source.html_extract import extract_page, first_opinion, html_to_text
from site_builder.source.html_rescore import (
    Scorer,
    _scorer,
    rescore,
    scorers,
    second_opinion,
)

INTRO = "The council voted on Tuesday to extend the night bus network to the eastern suburbs."
MIDDLE = "Officials said the first routes would start in March, with buses every twenty minutes."
END = "Planners expect four thousand extra passengers a night once all the routes are open."

KEEP_ALL = Scorer(UNIT_FEATURES, (0.0,) * len(UNIT_FEATURES), 50.0)
DROP_ALL = Scorer(UNIT_FEATURES, (0.0,) * len(UNIT_FEATURES), -50.0)
ADD_ALL = Scorer(CANDIDATE_FEATURES, (0.0,) * len(CANDIDATE_FEATURES), 50.0)
ADD_NONE = Scorer(CANDIDATE_FEATURES, (0.0,) * len(CANDIDATE_FEATURES), -50.0)


def _texts(body_html: str) -> list[str]:
    return html_to_text(body_html).split("\n")


def test_the_shipped_scorers_weigh_every_feature_by_name() -> None:
    unit, candidate = scorers()
    assert unit.names == UNIT_FEATURES and candidate.names == CANDIDATE_FEATURES
    assert all(math.isfinite(w) for w in (*unit.weights, *candidate.weights))
    assert any(unit.weights) and any(candidate.weights)


def test_a_scorer_file_naming_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="do not name the features"):
        _scorer({"weights": {"log_chars": 1.0}, "intercept": 0.0}, UNIT_FEATURES)


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    scorer = Scorer(("a", "b"), (1.0, -2.0), 0.5)
    assert scorer.probability((2.0, 1.0)) == pytest.approx(1 / (1 + math.exp(-0.5)))
    # Far from zero on either side: no overflow, and the right end.
    assert Scorer(("a",), (1.0,), 0.0).probability((-1000.0,)) == pytest.approx(0.0)
    assert Scorer(("a",), (1.0,), 0.0).probability((1000.0,)) == pytest.approx(1.0)


def test_an_accepted_line_is_added_after_the_block_it_follows() -> None:
    body = f"<p>{INTRO}</p><p>{END}</p>"
    second = f"{INTRO}\n{MIDDLE}\n{END}\nShare this article"
    result = rescore(
        body, html_to_text(body), second, "Share this article", judges=(KEEP_ALL, ADD_ALL)
    )
    assert _texts(result) == [INTRO, MIDDLE, END]
    assert f"<p>{MIDDLE}</p>" in result


def test_nothing_is_added_or_dropped_when_the_scorers_say_so() -> None:
    body = f"<p>{INTRO}</p><p>{END}</p>"
    second = f"{INTRO}\n{MIDDLE}\n{END}"
    assert rescore(body, html_to_text(body), second, "", judges=(KEEP_ALL, ADD_NONE)) == body


def test_rejected_blocks_go_with_the_containers_they_empty_but_figures_stay() -> None:
    figure = '<figure><img src="https://cdn.example/a.jpg" alt=""><figcaption>A bus</figcaption>'
    body = f"<p>{INTRO}</p><ul><li>Menu one</li><li>Menu two</li></ul>{figure}</figure>"
    result = rescore(body, html_to_text(body), INTRO, "", judges=(DROP_ALL, ADD_NONE))
    assert "<ul>" not in result and INTRO not in result
    assert "<figcaption>A bus</figcaption>" in result and "a.jpg" in result


def test_the_second_opinion_reads_the_article_not_scripts() -> None:
    page = (
        f"<html><body><nav><a href='/'>Home</a></nav><article><p>{INTRO}</p><p>{MIDDLE}</p>"
        "<script>var tracking = 1;</script></article></body></html>"
    )
    text = second_opinion(page)
    assert INTRO in text and MIDDLE in text and "tracking" not in text


@pytest.mark.parametrize("page", ["", "\x00\x00", "<html><body>\ud800</body></html>", "<<<>>>"])
def test_the_second_opinion_of_garbage_is_text_not_an_error(page: str) -> None:
    assert isinstance(second_opinion(page), str)


def test_what_pre_cleaning_removed_gets_no_second_chance() -> None:
    share = '<div class="share-buttons"><p>SHARE-BAR-TEXT: share this on Facebook</p></div>'
    page = f"<html><body><article><p>{INTRO}</p>{share}<p>{MIDDLE}</p><p>{END}</p></article>"
    opinion = first_opinion(page + "</body></html>")
    assert INTRO in opinion.second and "SHARE-BAR-TEXT" not in opinion.second
    assert "SHARE-BAR-TEXT" not in extract_page(page).body_html


def test_the_title_is_withheld_from_the_candidates() -> None:
    page = (
        "<html><head><title>Night buses</title></head><body><article><h1>Night buses</h1>"
        f"<p>{INTRO}</p><p>{MIDDLE}</p><p>{END}</p></article></body></html>"
    )
    opinion = first_opinion(page)
    assert "Night buses" in opinion.withheld and "Night buses" not in opinion.body_html
    body = rescore(
        opinion.body_html,
        html_to_text(opinion.body_html),
        opinion.second,
        opinion.withheld,
        judges=(KEEP_ALL, ADD_ALL),
    )
    assert "Night buses" not in body


def test_shingles_are_word_triples_in_any_case() -> None:
    assert shingles("One two THREE four") == {("one", "two", "three"), ("two", "three", "four")}
    assert shingles("Just two") == {("just", "two")}
    assert shingles("...") == frozenset()


@given(st.sets(st.integers(0, 60), min_size=1), st.integers(0, 60))
def test_nearest_line_by_bisection_is_the_nearest(positions: set[int], index: int) -> None:
    positions.discard(index)
    if positions:
        ordered = sorted(positions)
        assert _distance(index, ordered) == min(abs(index - p) for p in ordered)


def test_a_scorer_refuses_features_of_another_length() -> None:
    with pytest.raises(ValueError, match="features"):
        KEEP_ALL.probability((1.0,))
