"""Related coverage: articles about the same story find each other; words every story uses
do not make articles related, however large the site."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from site_builder.article.terms import count_terms
from site_builder.core.model import Article, WordCounts
from site_builder.incremental.cache import _article_from, _article_values
from site_builder.site.related import MAX_POSTINGS, related_indices

BASE = Article(
    id="",
    slug="",
    url_path="",
    url="",
    title="",
    date=datetime(2026, 1, 1, tzinfo=UTC),
    updated=datetime(2026, 1, 1, tzinfo=UTC),
    lang="en",
    summary="",
    dek=None,
    source_file="",
)


def _article(i: int, words: dict[str, int]) -> Article:
    terms = WordCounts(" ".join(f"{w} {c}" for w, c in sorted(words.items())))
    return replace(BASE, id=str(i), url=f"https://news.example/{i:05d}/", terms=terms)


def _site(count: int, common: int) -> list[Article]:
    """``count`` articles in stories of four (each story has its own words, spread so that
    no two of a story are neighbours); the first ``common`` articles also share one word,
    three times each, and nothing else with each other."""
    stories = count // 4
    articles = []
    for i in range(count):
        story = i % stories
        words = {f"story{story:05d}alpha": 2, f"story{story:05d}beta": 1, f"filler{i:05d}": 1}
        if i < common:
            words["ministerial"] = 3
        articles.append(_article(i, words))
    return articles


def test_articles_of_one_story_find_each_other() -> None:
    articles = _site(400, 0)
    found = related_indices(articles)
    stories = 100
    for i, near in enumerate(found):
        assert near, i
        assert all(j % stories == i % stories for j in near), (i, near)


def test_a_word_shared_by_more_articles_than_the_cap_relates_nothing() -> None:
    # 4,000 articles: 5 % of the site would be 200 articles, more than the cap.
    common = MAX_POSTINGS + 36
    articles = _site(4000, common)
    # Articles that share only the common word (different stories) are not related.
    found = related_indices(articles)
    stories = 1000
    for i in range(common):
        assert all(j % stories == i % stories for j in found[i]), (i, found[i])


def test_a_word_shared_by_fewer_articles_than_the_cap_still_counts() -> None:
    # Ten articles share only a word (and their own filler): under the cap, it relates them.
    articles = _site(4000, 0)
    for i in range(10):
        articles[i] = _article(i, {"ministerial": 3, f"filler{i:05d}": 1})
    found = related_indices(articles)
    assert found[0] and all(2 <= j < 10 for j in found[0]), found[0]


def test_word_counts_are_typed_and_survive_the_cache() -> None:
    """The counts an article is built with are what related coverage reads, also after the
    build cache stored and restored the article."""
    counts = count_terms("Riga council", "The council met; the council voted. Riga 2024.")
    assert dict(counts.counts()) == {"riga": 3, "council": 4, "voted": 1}
    assert counts.words() == ["council", "riga", "voted"]
    article = replace(BASE, terms=counts)
    restored = _article_from(_article_values(article))
    assert restored == article
    assert isinstance(restored.terms, WordCounts)
    assert restored.terms == counts
