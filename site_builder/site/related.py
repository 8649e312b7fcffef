"""Related coverage found from the text itself: TF-IDF vectors and cosine similarity.

Each article keeps only its strongest terms, and candidates come from an inverted index
over those terms whose lists are never longer than MAX_POSTINGS, so the work grows with
the number of articles, not its square, whatever the vocabulary."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from site_builder.core.model import Article

TERMS_PER_ARTICLE = 40
MAX_RELATED = 3
MIN_SIMILARITY = 0.12
# Terms in more than this share of a large site say little about a story (and would make
# the candidate lists long); small sites keep every term.
MAX_DOCUMENT_SHARE = 0.05
SMALL_SITE = 50
# ... and in more than this many articles of a very large one: every article would
# otherwise be compared with the thousands that share a common word (see PERFORMANCE.md).
MAX_POSTINGS = 64


def _vectors(articles: Sequence[Article]) -> list[dict[str, float]]:
    # Two passes over the word counts, splitting them again in the second: holding every
    # article's split words at once took 40 MB at 10,000 articles, which forked render
    # workers then carried too.
    df: Counter[str] = Counter()
    for article in articles:
        df.update(article.terms.words())
    n = len(articles)
    limit = n if n < SMALL_SITE else min(MAX_DOCUMENT_SHARE * n, MAX_POSTINGS)
    idf = {t: math.log((n + 1) / (d + 1) + 1) for t, d in df.items() if d <= limit}
    vectors = []
    for article in articles:
        weights = {t: (1 + math.log(c)) * idf[t] for t, c in article.terms.counts() if t in idf}
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TERMS_PER_ARTICLE]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        vectors.append({t: w / norm for t, w in top})
    return vectors


def related_indices(articles: Sequence[Article]) -> list[tuple[int, ...]]:
    """For each article, by position in ``articles``, up to MAX_RELATED others about the
    same story, best first (positions: small to hand between processes).

    ``articles`` are in the site's order, whose neighbours an article page links already
    as Newer and Older: they are not offered again as related coverage (the next best
    take their place)."""
    vectors = _vectors(articles)
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for term, weight in vector.items():
            index[term].append((i, weight))
    related: list[tuple[int, ...]] = []
    for i, vector in enumerate(vectors):
        scores: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            for j, other in index[term]:
                if abs(j - i) > 1:  # itself, or linked as Newer or Older
                    scores[j] += weight * other
        best = sorted((s, articles[j].url, j) for j, s in scores.items() if s >= MIN_SIMILARITY)
        best.sort(key=lambda t: (-t[0], t[1]))
        related.append(tuple(j for _, _, j in best[:MAX_RELATED]))
    return related


def by_id(
    articles: Sequence[Article], found: list[tuple[int, ...]]
) -> dict[str, tuple[Article, ...]]:
    """``related_indices`` as articles, by article id."""
    return {articles[i].id: tuple(articles[j] for j in near) for i, near in enumerate(found)}
