"""Related coverage kept between builds and brought up to date: after an edit only the
articles whose vectors or candidates the changed articles touch are scored again, and
what they find is exactly what ``site.related.related_indices`` finds (tested).

Exact because nothing else moves: the weight of a term depends on the number of articles
and the number that contain it, so while the site keeps its size, only the changed
articles' words change weight, and only the articles containing those words (a few dozen:
a word counts only in at most MAX_POSTINGS articles) get new vectors. An article whose
vector, neighbours and candidates' vectors are all unchanged finds what it found. A
build that changes the number of articles (an addition, a deletion, a draft published)
changes every weight: everything is found anew, as without this store.

Kept in one SQLite file of the cache folder: the state (document frequencies, the
articles of every rare word, vectors, their index, what each article found) as one
marshalled blob, and each article's word counts in a row of their own (read back only
for the articles that changed, to know which words they lost)."""

from __future__ import annotations

import marshal
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from site_builder.core.model import Article
from site_builder.site.related import (
    Vector,
    idf,
    ranked,
    related_by_vector,
    related_indices,
    term_limit,
    vector,
)

FILE_NAME = "related.sqlite3"
FORMAT = "related-1"
# Rare words' articles are kept up to this many articles past the limit, so that a word
# coming down to the limit has its articles at hand; one that falls from further (many
# edits at once) is looked for in every article.
MARGIN = 16


@dataclass
class State:
    """What related coverage knows of the site it last covered, by slot (a place an article
    keeps from build to build)."""

    salt: str
    ids: list[str]  # the article in each slot
    digests: list[str]
    order: list[int]  # slots in the site's order
    df: dict[str, int]  # how many articles contain each word
    rare: dict[str, list[int]]  # the slots of every word in at most limit + MARGIN
    vectors: list[Vector]
    index: dict[str, list[int]]  # the slots whose vector has the term
    related: list[list[int]]  # the slots each slot's article found


class _NothingKeptError(Exception):
    """Nothing (usable) was kept: found anew."""


def related_coverage(
    folder: Path | None, salt: str, articles: Sequence[Article]
) -> list[tuple[int, ...]]:
    """``related_indices(articles)``, brought up to date from what the last build kept in
    ``folder`` (None: found anew, nothing kept); ``salt`` names what the result depends on
    besides the articles (the code). Any trouble with the file: found anew."""
    # Changes are found by article id and digest: without both, nothing can be kept.
    if (
        folder is None
        or len({a.id for a in articles}) != len(articles)
        or not all(a.digest for a in articles)
    ):
        return related_indices(articles)
    try:
        connection = sqlite3.connect(folder / FILE_NAME, isolation_level=None)
    except sqlite3.Error:
        return related_indices(articles)
    with closing(connection) as db:
        changed: list[int] | None
        try:
            state = _load(db, salt)
            if state is None or len(state.ids) != len(articles):
                raise _NothingKeptError
            changed = update(state, articles, partial(_old_terms, db))
        except (sqlite3.Error, ValueError, TypeError, KeyError, EOFError, _NothingKeptError):
            state, changed = fresh(salt, articles), None
        found = positions(state)
        with suppress(sqlite3.Error):  # a speed-up only: the next build finds all anew
            _save(db, state, articles, changed)
    return found


def positions(state: State) -> list[tuple[int, ...]]:
    """What each article found, by position in the site (as related_indices)."""
    at = {slot: i for i, slot in enumerate(state.order)}
    return [tuple(at[s] for s in state.related[slot]) for slot in state.order]


def fresh(salt: str, articles: Sequence[Article]) -> State:
    """The state of ``articles``, found from nothing."""
    n = len(articles)
    df: Counter[str] = Counter()
    for article in articles:
        df.update(article.terms.words())
    limit = term_limit(n)
    rare: dict[str, list[int]] = defaultdict(list)
    wanted = {word for word, d in df.items() if d <= limit + MARGIN}
    for slot, article in enumerate(articles):
        for word in wanted.intersection(article.terms.words()):  # a loop in C
            rare[word].append(slot)
    weight_of = {t: idf(d, n) for t, d in df.items() if d <= limit}
    vectors = [vector(article.terms, weight_of) for article in articles]
    index: dict[str, list[int]] = defaultdict(list)
    for slot, terms in enumerate(vectors):
        for term in terms:
            index[term].append(slot)
    found = related_by_vector(vectors, lambda j: articles[j].url)
    return State(
        salt,
        [a.id for a in articles],
        [a.digest for a in articles],
        list(range(n)),
        dict(df),
        dict(rare),
        vectors,
        dict(index),
        [list(near) for near in found],
    )


def update(
    state: State, articles: Sequence[Article], old_terms: Callable[[list[int]], dict[int, str]]
) -> list[int]:
    """Bring ``state`` (of a site of as many articles, ids unique) up to date with
    ``articles``; ``old_terms`` gives the packed word counts the given slots held before.
    Returns the slots whose article changed."""
    n = len(articles)
    before_order = state.order
    changed = _place(state, articles)
    at = {slot: i for i, slot in enumerate(state.order)}
    old = old_terms(changed)
    now_words = {s: set(articles[at[s]].terms.words()) for s in changed}
    limit = term_limit(n)
    revectored = set(changed)
    for word, step in _word_changes(changed, old, now_words).items():
        before = state.df.get(word, 0)
        now = before + step
        if now:
            state.df[word] = now
        else:
            del state.df[word]
        if now > limit + MARGIN and not (step and before <= limit):
            state.rare.pop(word, None)
            continue
        holders = _holders(
            state, articles, word, before=before, changed=changed, now_words=now_words
        )
        if 0 < now <= limit + MARGIN:
            state.rare[word] = sorted(holders)
        else:
            state.rare.pop(word, None)
        if step and min(before, now) <= limit:  # its weight changed, or whether it counts
            revectored |= holders
    moved, dropped = _revector(state, articles, sorted(revectored), set(changed), at)
    again = set(moved)
    for term in dropped:
        again.update(state.index.get(term, ()))
    for slot in moved:
        for term in state.vectors[slot]:
            again.update(state.index[term])
    old_neighbours, new_neighbours = _neighbours(before_order), _neighbours(state.order)
    again.update(s for s in range(n) if old_neighbours[s] != new_neighbours[s])
    _score(state, articles, sorted(at[s] for s in again))
    return changed


def _place(state: State, articles: Sequence[Article]) -> list[int]:
    """Give each article a slot (its own, else one an article that left had); the new
    order into ``state``; the slots whose article is new or changed."""
    slot_of = {article_id: slot for slot, article_id in enumerate(state.ids)}
    order = [slot_of.get(a.id, -1) for a in articles]
    free = iter(sorted(set(range(len(state.ids))).difference(order)))
    changed = []
    for i, article in enumerate(articles):
        slot = order[i]
        if slot < 0:
            slot = order[i] = next(free)
        if state.ids[slot] != article.id or state.digests[slot] != article.digest:
            state.ids[slot], state.digests[slot] = article.id, article.digest
            changed.append(slot)
    state.order = order
    return changed


def _word_changes(
    changed: list[int], old: dict[int, str], now_words: dict[int, set[str]]
) -> dict[str, int]:
    """Every word a changed slot gained or lost, with how many articles more contain it."""
    steps: dict[str, int] = {}
    for slot in changed:
        if slot not in old:
            raise KeyError(slot)  # the file lacks what it should have: found anew
        before = set(old[slot].split()[::2])
        for word in now_words[slot] - before:
            steps[word] = steps.get(word, 0) + 1
        for word in before - now_words[slot]:
            steps[word] = steps.get(word, 0) - 1
    return steps


def _holders(
    state: State,
    articles: Sequence[Article],
    word: str,
    *,
    before: int,
    changed: list[int],
    now_words: dict[int, set[str]],
) -> set[int]:
    """The slots whose article now contains ``word`` (in ``before`` articles until now)."""
    if before <= term_limit(len(articles)) + MARGIN:  # its articles are kept
        gone = set(changed)
        kept = {s for s in state.rare.get(word, ()) if s not in gone}
        return kept | {s for s in changed if word in now_words[s]}
    head, inner = f"{word} ", f" {word} "  # words are letters, counts digits
    return {
        state.order[i]
        for i, article in enumerate(articles)
        if article.terms.packed.startswith(head) or inner in article.terms.packed
    }


def _revector(
    state: State,
    articles: Sequence[Article],
    slots: list[int],
    changed: set[int],
    at: dict[int, int],
) -> tuple[set[int], set[str]]:
    """New vectors for ``slots``: those that changed (and ``changed``, whose URL may
    have), and the terms their old vectors had."""
    n = len(articles)
    limit = term_limit(n)
    moved: set[int] = set()
    dropped: set[str] = set()
    for slot in slots:
        terms = articles[at[slot]].terms
        weight_of = {t: idf(state.df[t], n) for t in terms.words() if state.df[t] <= limit}
        new = vector(terms, weight_of)
        if slot not in changed and new == state.vectors[slot]:
            continue
        for term in state.vectors[slot]:
            dropped.add(term)
            holders = state.index[term]
            holders.remove(slot)
            if not holders:
                del state.index[term]
        for term in new:
            state.index.setdefault(term, []).append(slot)
        state.vectors[slot] = new
        moved.add(slot)
    return moved, dropped


def _neighbours(order: list[int]) -> dict[int, tuple[int, int]]:
    """Each slot's neighbours in the site's order (-1: none)."""
    ends = [-1, *order, -1]
    return {slot: (ends[i], ends[i + 2]) for i, slot in enumerate(order)}


def _score(state: State, articles: Sequence[Article], where: Iterable[int]) -> None:
    """What the articles at positions ``where`` find (as related_indices scores them)."""
    at = {slot: i for i, slot in enumerate(state.order)}
    vectors, index, order = state.vectors, state.index, state.order
    for i in where:
        slot = order[i]
        scores: dict[int, float] = defaultdict(float)
        for term, weight in vectors[slot].items():
            for other in index[term]:
                j = at[other]
                if abs(j - i) > 1:  # itself, or linked as Newer or Older
                    scores[j] += weight * vectors[other][term]
        state.related[slot] = [order[j] for j in ranked(scores, lambda j: articles[j].url)]


def _load(db: sqlite3.Connection, salt: str) -> State | None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE IF NOT EXISTS state (k INTEGER PRIMARY KEY, blob BLOB)")
    db.execute("CREATE TABLE IF NOT EXISTS terms (slot INTEGER PRIMARY KEY, packed TEXT)")
    row = db.execute("SELECT blob FROM state WHERE k = 0").fetchone()
    if row is None:
        return None
    data = marshal.loads(row[0])
    if not isinstance(data, tuple) or data[:2] != (FORMAT, salt):
        return None
    return State(*data[1:])


def _old_terms(db: sqlite3.Connection, slots: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(slots), 500):
        chunk = slots[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(f"SELECT slot, packed FROM terms WHERE slot IN ({marks})", chunk))
    return found


def _save(
    db: sqlite3.Connection, state: State, articles: Sequence[Article], changed: list[int] | None
) -> None:
    """The state, and the word counts of the ``changed`` slots (None: of all), in one
    transaction: a build killed meanwhile leaves the previous ones."""
    fields = (
        state.salt,
        state.ids,
        state.digests,
        state.order,
        state.df,
        state.rare,
        state.vectors,
        state.index,
        state.related,
    )
    blob = marshal.dumps((FORMAT, *fields))
    at = {slot: i for i, slot in enumerate(state.order)}
    slots = range(len(articles)) if changed is None else changed
    db.execute("BEGIN IMMEDIATE")
    try:
        if changed is None:
            db.execute("DELETE FROM terms")
        db.execute("INSERT OR REPLACE INTO state VALUES (0, ?)", (blob,))
        db.executemany(
            "INSERT OR REPLACE INTO terms VALUES (?, ?)",
            ((s, articles[at[s]].terms.packed) for s in slots),
        )
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
