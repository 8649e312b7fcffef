"""Related coverage found from the text itself: TF-IDF vectors and cosine similarity.

Each article keeps only its strongest terms, and candidates come from an inverted index
over those terms whose lists are never longer than MAX_POSTINGS, so the work grows with
the number of articles, not its square, whatever the vocabulary.

The parts (``term_limit``, ``idf``, ``vector``, ``ranked``) are what
``incremental.relatedstore`` uses to bring related coverage kept from the last build up
to date: it must find exactly what ``related_indices`` finds."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from site_builder.core.model import Article, WordCounts

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

Vector = dict[str, float]


def term_limit(n: int) -> float:
    """The most articles of a site of ``n`` a term may be in and still count."""
    return n if n < SMALL_SITE else min(MAX_DOCUMENT_SHARE * n, MAX_POSTINGS)


def idf(df: int, n: int) -> float:
    """The weight of a term found in ``df`` of ``n`` articles."""
    return math.log((n + 1) / (df + 1) + 1)


def vector(terms: WordCounts, weight_of: Mapping[str, float]) -> Vector:
    """An article's strongest terms, normalised, strongest first (``weight_of``: the idf of
    every term that counts)."""
    weights = {t: (1 + math.log(c)) * weight_of[t] for t, c in terms.counts() if t in weight_of}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TERMS_PER_ARTICLE]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def ranked(scores: Mapping[int, float], url: Callable[[int], str]) -> tuple[int, ...]:
    """The best of ``scores`` (by position), best first, ties by URL."""
    best = sorted((s, url(j), j) for j, s in scores.items() if s >= MIN_SIMILARITY)
    best.sort(key=lambda t: (-t[0], t[1]))
    return tuple(j for _, _, j in best[:MAX_RELATED])


def _vectors(articles: Sequence[Article]) -> list[Vector]:
    # Two passes over the word counts, splitting them again in the second: holding every
    # article's split words at once took 40 MB at 10,000 articles, which forked render
    # workers then carried too.
    df: Counter[str] = Counter()
    for article in articles:
        df.update(article.terms.words())
    n = len(articles)
    limit = term_limit(n)
    weight_of = {t: idf(d, n) for t, d in df.items() if d <= limit}
    return [vector(article.terms, weight_of) for article in articles]


def related_indices(articles: Sequence[Article]) -> list[tuple[int, ...]]:
    """For each article, by position in ``articles``, up to MAX_RELATED others about the
    same story, best first (positions: small to hand between processes).

    ``articles`` are in the site's order, whose neighbours an article page links already
    as Newer and Older: they are not offered again as related coverage (the next best
    take their place)."""
    return related_by_vector(_vectors(articles), lambda j: articles[j].url)


def related_by_vector(
    vectors: Sequence[Vector], url: Callable[[int], str]
) -> list[tuple[int, ...]]:
    """``related_indices`` of the articles with these vectors (``url``: of a position)."""
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, terms in enumerate(vectors):
        for term, weight in terms.items():
            index[term].append((i, weight))
    related: list[tuple[int, ...]] = []
    for i, terms in enumerate(vectors):
        scores: dict[int, float] = defaultdict(float)
        for term, weight in terms.items():
            for j, other in index[term]:
                if abs(j - i) > 1:  # itself, or linked as Newer or Older
                    scores[j] += weight * other
        related.append(ranked(scores, url))
    return related


def by_id(
    articles: Sequence[Article], found: list[tuple[int, ...]]
) -> dict[str, tuple[Article, ...]]:
    """``related_indices`` as articles, by article id."""
    return {articles[i].id: tuple(articles[j] for j in near) for i, near in enumerate(found)}
