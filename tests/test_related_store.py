"""Related coverage kept between builds (incremental.relatedstore) finds exactly what
related_indices finds from nothing, after edits, retitles, reorders, replacements and
edits of many articles at once; and through its file, as builds use it."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from site_builder.core.model import Article, WordCounts
from site_builder.incremental import relatedstore
from site_builder.incremental.relatedstore import fresh, positions, related_coverage, update
from site_builder.site.related import related_indices, term_limit

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
# Words by rank: a few in most articles, many near the limit of a site of 200 (10
# articles) and its margin, a long tail of rare ones.
VOCABULARY = [f"{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}word{i}" for i in range(900)]


def _article(key: str, words: dict[str, int], url: str | None = None) -> Article:
    terms = WordCounts(" ".join(f"{w} {c}" for w, c in sorted(words.items())))
    url = url or f"https://news.example/{key}/"
    digest = hashlib.sha256(f"{url}\0{terms.packed}".encode()).hexdigest()
    return replace(BASE, id=key, url=url, terms=terms, digest=digest)


def _words(rng: random.Random) -> dict[str, int]:
    count = rng.randint(3, 30)
    ranks = {int(rng.paretovariate(0.7)) % len(VOCABULARY) for _ in range(count)}
    return {VOCABULARY[r]: rng.randint(1, 4) for r in ranks}


def _site(rng: random.Random, n: int) -> list[Article]:
    return [_article(f"a{i}", _words(rng)) for i in range(n)]


def _step(rng: random.Random, articles: list[Article], serial: int) -> list[Article]:
    """One build's worth of changes: an edit, a URL, a reorder, a replacement, or many."""
    site = list(articles)
    kind = rng.choice(["edit", "edit", "words", "url", "move", "replace", "many", "same"])
    i = rng.randrange(len(site))
    old = site[i]
    if kind == "edit":
        site[i] = _article(old.id, _words(rng), old.url)
    elif kind == "words":  # a word or two gained or lost
        words = dict(old.terms.counts())
        for word in rng.sample(VOCABULARY[:120], 2):
            if word in words and len(words) > 1:
                del words[word]
            else:
                words[word] = rng.randint(1, 3)
        site[i] = _article(old.id, words, old.url)
    elif kind == "url":
        site[i] = _article(old.id, dict(old.terms.counts()), f"https://news.example/m{serial}/")
    elif kind == "move":  # a new date: elsewhere in the site's order
        site.insert(rng.randrange(len(site)), site.pop(i))
    elif kind == "replace":  # one deleted, one added, in one build
        site[i] = _article(f"new{serial}", _words(rng))
    elif kind == "many":
        for j in rng.sample(range(len(site)), 40):
            site[j] = _article(site[j].id, _words(rng), site[j].url)
    return site


@pytest.mark.parametrize("seed", range(6))
def test_kept_coverage_equals_coverage_found_anew(seed: int) -> None:
    rng = random.Random(seed)
    articles = _site(rng, 200)
    state = fresh("salt", articles)
    assert positions(state) == related_indices(articles)
    held = {i: a.terms.packed for i, a in enumerate(articles)}  # the store's terms rows
    found_any = 0
    for serial in range(40):
        articles = _step(rng, articles, serial)
        changed = update(state, articles, lambda slots: {s: held[s] for s in slots})
        at = {slot: i for i, slot in enumerate(state.order)}
        held.update({s: articles[at[s]].terms.packed for s in changed})
        expected = related_indices(articles)
        assert positions(state) == expected, (seed, serial)
        found_any += sum(map(len, expected))
    assert found_any  # the sites relate articles at all


def test_a_common_word_falling_under_the_limit_is_found_in_every_article() -> None:
    """A word in far more articles than the limit and its margin, removed from most of
    them in one build: its remaining articles are looked for, not known."""
    rng = random.Random(7)
    n = 400
    common = "ministerial"
    articles = [
        _article(f"a{i}", {**_words(rng), common: 2} if i % 2 else _words(rng)) for i in range(n)
    ]
    assert sum(1 for a in articles if common in a.terms.words()) > term_limit(n) + 16
    state = fresh("salt", articles)
    held = {i: a.terms.packed for i, a in enumerate(articles)}
    thinned = [
        a if i < 20 else _article(a.id, {w: c for w, c in a.terms.counts() if w != common}, a.url)
        for i, a in enumerate(articles)
    ]
    update(state, thinned, lambda slots: {s: held[s] for s in slots})
    assert positions(state) == related_indices(thinned)
    assert sorted(state.rare[common]) == list(range(1, 20, 2))


def test_builds_keep_it_in_a_file_and_use_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(3)
    articles = _site(rng, 300)
    assert related_coverage(tmp_path, "salt", articles) == related_indices(articles)
    assert (tmp_path / relatedstore.FILE_NAME).is_file()
    edited = list(articles)
    edited[5] = _article(edited[5].id, _words(rng), edited[5].url)

    def refuse(salt: str, articles: list[Article]) -> None:
        raise AssertionError("found anew although it was kept")

    with monkeypatch.context() as patched:
        patched.setattr(relatedstore, "fresh", refuse)
        assert related_coverage(tmp_path, "salt", edited) == related_indices(edited)
    # Another salt (other code), another size, a damaged file: found anew, still right.
    assert related_coverage(tmp_path, "other", edited) == related_indices(edited)
    assert related_coverage(tmp_path, "other", edited[1:]) == related_indices(edited[1:])
    (tmp_path / relatedstore.FILE_NAME).write_bytes(b"not a database" * 100)
    assert related_coverage(tmp_path, "other", edited) == related_indices(edited)


def test_articles_without_digests_are_never_kept(tmp_path: Path) -> None:
    """Changes are told by digest: articles that have none are related anew each time."""
    rng = random.Random(5)
    articles = [replace(a, digest="") for a in _site(rng, 120)]
    assert related_coverage(tmp_path, "salt", articles) == related_indices(articles)
    assert not (tmp_path / relatedstore.FILE_NAME).exists()
    edited = list(articles)
    edited[3] = replace(_article(edited[3].id, _words(rng), edited[3].url), digest="")
    assert related_coverage(tmp_path, "salt", edited) == related_indices(edited)
