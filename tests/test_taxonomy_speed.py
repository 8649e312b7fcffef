"""The shortcuts of tag folding and slugging give exactly what the plain algorithms give."""

from __future__ import annotations

import hashlib
import random
import string
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import UTC, datetime

from slugify import slugify

from site_builder.core.model import Article
from site_builder.core.urls import MAX_SLUG, RESERVED_SLUGS, cut_slug, make_slug
from site_builder.site.taxonomy import fold_tags


def _slug_by_slugify(text: str) -> str:
    slug = slugify(text, save_order=True)
    if len(slug) > MAX_SLUG:
        slug = cut_slug(text)
    return f"{slug}-article" if slug in RESERVED_SLUGS else slug or "article"


def test_plain_words_slug_as_slugify_slugs_them() -> None:
    rng = random.Random(17)
    letters = string.ascii_letters + string.digits
    texts = ["Tags", "search", "A", "COVID 19", "9-11", "x" * 90, "Energy Policy 2025"]
    for _ in range(5000):
        words = [
            "".join(rng.choices(letters, k=rng.randint(1, 12))) for _ in range(rng.randint(1, 9))
        ]
        texts.append("".join(w + rng.choice(" -") for w in words)[:-1])
    texts += ["Höhe", "a  b", "a - b", " a", "a_b", "it's", "&amp;", "1,000", "MBC는", "-a", "a-"]
    for text in texts:
        assert make_slug(text) == _slug_by_slugify(text), text


def _fold_plainly(articles: list[Article]) -> tuple[Article, ...]:
    """fold_tags as it was first written: every tag of every article slugged and respelled."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        for tag in dict.fromkeys(article.tags):
            spellings[make_slug(tag)][tag] += 1
    chosen = {
        slug: min(counts, key=lambda tag: (-counts[tag], tag))
        for slug, counts in spellings.items()
        if len(counts) > 1
    }
    if not chosen:
        return tuple(articles)
    folded = []
    for article in articles:
        tags = tuple(dict.fromkeys(chosen.get(make_slug(t), t) for t in article.tags))
        if tags == article.tags:
            folded.append(article)
            continue
        digest = hashlib.blake2b(f"{article.digest}\0{tags!r}".encode(), digest_size=16)
        folded.append(replace(article, tags=tags, digest=digest.hexdigest()))
    return tuple(folded)


def test_folded_tags_are_the_plain_algorithms() -> None:
    rng = random.Random(4)
    vocabulary = ["Texas", "texas", "TEXAS", "Energy", "energy", "Moon", "Ärzte", "arzte", "Hulu"]
    day = datetime(2025, 1, 1, tzinfo=UTC)
    base = Article(
        id="a",
        slug="t",
        url_path="t/",
        url="https://example.org/t/",
        title="t",
        date=day,
        updated=day,
        lang="en",
        summary="",
        dek=None,
        source_file="a.md",
    )
    for round_ in range(200):
        articles = [
            replace(
                base,
                id=f"{round_}-{i}",
                digest=f"d{i}",
                tags=tuple(rng.choices(vocabulary[: rng.randint(1, 9)], k=rng.randint(0, 4))),
            )
            for i in range(rng.randint(1, 30))
        ]
        assert fold_tags(articles) == _fold_plainly(articles)
