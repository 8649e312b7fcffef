"""Every article of a build: taken from the cache where its inputs are unchanged, made
anew (loaded, cleaned, built) where they are not, on the engine executors.executor_for
chooses (worker processes in a large site)."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Executor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePath
from typing import Any

from site_builder.article.document import document_article
from site_builder.cleaning.repetition import DocumentLines, Repetition
from site_builder.core.config import SiteConfig
from site_builder.core.errors import Diagnostic, Severity, shown, unexpected_error
from site_builder.core.model import (
    Article,
    ArticleBody,
    FileDates,
    Format,
)
from site_builder.incremental.cache import Bodies, BuildCache, Lines, Result, fingerprint
from site_builder.incremental.executors import POOL_MIN_ITEMS, Inline, executor_for, isolated
from site_builder.incremental.repeats import Tally, counted, updated
from site_builder.incremental.rulestore import seed_rules
from site_builder.site.redirects import Record, read_record
from site_builder.source.scan import SUFFIXES, ContentScan

# Loading, cleaning and article building are imported where they run: a rebuild that
# finds nothing changed needs none of them.

Progress = Callable[[int, int], None]
# What the caller does while the engine makes the changed articles, given those the cache
# held (see make_articles).
Meanwhile = Callable[[list[Article]], None]
# How many documents a first build makes before the rest, to guess the repeated lines from.
GUESS_FROM = 64
# A document to make: its file, dates, the site, and the lines repeated so far.
Job = tuple[Path, FileDates, SiteConfig, Repetition | None]
# A worker's result; the body comes pickled, as the cache stores it (pickling it again in
# the main process took a core's worth of time from the workers in a cold build).
Made = tuple[Article | None, list[Diagnostic], bytes | None, Lines | None, bytes]


def _make_article(job: Job) -> Made:
    """One document made (in a worker process for large sites), its body pickled."""
    path, dates, config, repetition = job
    made = document_article(path, dates, config, repetition=repetition)
    lines = made.lines
    return (
        made.article,
        made.diagnostics,
        None if made.body is None else pickle.dumps(made.body, pickle.HIGHEST_PROTOCOL),
        None if lines is None else (lines.source, lines.keys),
        made.held,
    )


def _survived(executor: Executor, jobs: list[Job], made: Iterator[Made]) -> Iterator[Made]:
    """``made`` (the results of ``jobs`` in order, from ``executor``) even when its worker
    processes die (a crash in a native library, the out-of-memory killer): the document it
    failed on is made again alone, in a process of its own, so that a crash is that one
    document's diagnostic; the rest go to the engine again (one by one, each alone, if the
    engine is broken)."""
    done = 0
    while done < len(jobs):
        try:
            for result in made:
                yield result
                done += 1
            return
        except Exception:  # BrokenProcessPool, a lost dask worker (KilledWorker)
            yield _made_alone(jobs[done])
            done += 1
            made = _resumed(executor, jobs[done:])


def _resumed(executor: Executor, jobs: list[Job]) -> Iterator[Made]:
    try:
        return executor.map(_make_article, jobs)
    except Exception:  # a broken pool refuses new work
        return map(_made_alone, jobs)


def _made_alone(job: Job) -> Made:
    with isolated() as executor:
        try:
            return executor.submit(_make_article, job).result()
        except Exception as exc:
            return None, [unexpected_error(exc, job[0])], None, None, b""


def warm_up(config: SiteConfig, markdown: bool, store: Path | None) -> None:
    """What a worker process does before its first article: the imports (Python-Markdown
    only for Markdown documents), and the cleaning rules compiled for the site's language,
    from the compiled ones kept in ``store`` where it is given (see PERFORMANCE.md)."""
    with suppress(Exception):  # the articles themselves report any problem, by file
        import site_builder.cleaning.engine  # noqa: PLC0415
        import site_builder.source.loader  # noqa: F401, PLC0415
        from site_builder.article.articles import markdown_to_html  # noqa: PLC0415
        from site_builder.cleaning.language import load_detector  # noqa: PLC0415
        from site_builder.cleaning.matcher import build_ruleset  # noqa: PLC0415

        if store is not None:
            seed_rules(store)
        patterns = config.cleaning.for_document(config.language, None)
        build_ruleset(patterns.drop, patterns.keep)
        if markdown:
            markdown_to_html("")
        load_detector()


@contextmanager
def _collector_paused(paused: bool) -> Iterator[None]:
    """No collections while the main process only unpickles and stores articles (plain data
    without cycles); what was made meanwhile is frozen on the way out, until the end of the
    build (``session.Session``; see PERFORMANCE.md)."""
    was_enabled = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.freeze()
        if was_enabled:
            gc.enable()


@dataclass
class Articles:
    """A build's articles (in document order, without collisions), their bodies by article
    id, and every problem found on the way (the scan's first)."""

    articles: list[Article]
    bodies: Mapping[str, ArticleBody]
    problems: list[Diagnostic]
    # The site's record of past addresses (redirects), read once; None: unreadable.
    record: Record | None = None
    # The lines repeated across the documents of each source (for the removal report).
    repetition: Repetition | None = None


def make_articles(
    config: SiteConfig,
    scan: ContentScan,
    cache: BuildCache | None,
    *,
    started: int = 0,
    progress: Progress | None = None,
    workers: int | None = None,
    meanwhile: Meanwhile | None = None,
) -> Articles:
    """Load, clean and build every article (from the cache where the inputs are unchanged);
    a bad document becomes a diagnostic. ``meanwhile`` runs while the engine builds the
    changed articles, given the articles taken from the cache."""
    relpaths = scan.relpaths
    site = fingerprint(config)
    with _collector_paused(True):  # see below
        stale = cache.stale(scan, site) if cache is not None else relpaths
        outdated = cache is not None and not cache.fits(site)  # before the keys are recorded
    large = len(relpaths) >= POOL_MIN_ITEMS
    # The engine starts now, and gets ready while this process finds the documents' keys
    # and takes the rest from the cache: in a large site even for one changed document.
    markdown = any(SUFFIXES.get(PurePath(rel).suffix.lower()) is Format.MARKDOWN for rel in stale)
    store = cache.folder if cache is not None else None
    engine = executor_for(
        len(stale),
        workers,
        warm=partial(warm_up, config, markdown, store),
        minimum=1 if large else POOL_MIN_ITEMS,
        engine=config.engine,
    )
    if isinstance(engine, Inline) and stale and store is not None:
        seed_rules(store)
    with engine:
        keys: dict[str, str] = {}
        # Plain data by the thousand and no cycles: the collector would only walk it again
        # and again (half the time of taking 10,000 articles from the cache).
        with _collector_paused(True):
            if cache is not None:
                keys = cache.document_keys(scan, site, started, stale)
                cache.load_index(outdated=outdated)
        # Made at once: what the cache does not hold (new and changed documents, and any a
        # build killed before storing them; an unreadable one reports why). Each expects
        # the lines repeated in the last build's documents (see _made_again). A build
        # with no such tally (the first) has the first GUESS_FROM go ahead alone, and the
        # rest expect what those repeat: a footer in every document then makes few twice.
        index = _cache_index(cache)
        first = [rel for rel in relpaths if keys.get(rel) not in index]
        before = _tally_before(cache)
        expected = before.expected() if before is not None else None
        ahead = first if before is not None else first[:GUESS_FROM]
        jobs = [_job(scan, rel, config, expected) for rel in ahead]
        running = engine.map(_make_article, jobs)
        started_first = set(first)
        with _collector_paused(True):
            hits = (
                cache.results(key for rel, key in keys.items() if rel not in started_first)
                if cache is not None
                else {}
            )
            results = {
                rel: found
                for rel in relpaths
                if rel not in started_first and (found := hits.get(keys.get(rel, "")))
            }
            if meanwhile is not None:
                meanwhile([r[0] for r in results.values() if r[0] is not None])
        # Cache entries that no longer fit (an image the article copies changed).
        late = [rel for rel in relpaths if rel not in results and rel not in started_first]
        total = len(first) + len(late)
        take = partial(
            _take_made, engine, results=results, keys=keys, cache=cache, progress=progress
        )
        fresh = take(zip(ahead, _survived(engine, jobs, running), strict=True), (0, total))
        rest = first[len(ahead) :] + late
        if before is None and rest:
            expected = _guessed(ahead, results)
        fresh.update(take(_made(engine, scan, config, rest, expected), (len(ahead), total)))
        tally = _tally_now(before, relpaths, results, keys=keys, index=index, made=set(first))
        repetition = tally.repetition()
        again = _made_again(before, repetition, relpaths, results, {*first, *late})
        fresh.update(take(_made(engine, scan, config, again, repetition), (0, len(again))))
    with _collector_paused(True):  # plain data from here on (see above)
        if cache is not None:
            # An unexpected failure is not the document's: the next build tries it again.
            cache.save_results(
                {
                    keys[rel]: r
                    for rel, r in results.items()
                    if rel in keys and not any(d.unexpected for d in r[1])
                },
                {keys[rel] for rel in (*first, *late, *again) if rel in keys},
                tally,
            )
        record, unreadable = read_record(config.root)
        problems = [*scan.problems, *unreadable]
        return _assembled(
            relpaths,
            results,
            keys=keys,
            fresh=fresh,
            cache=cache,
            problems=problems,
            remake=partial(_remade, scan, config, problems, repetition=repetition),
            record=record,
            repetition=repetition,
        )


def _tally_before(cache: BuildCache | None) -> Tally | None:
    """The last build's tally of repeated lines, when it can be trusted."""
    tally = cache.tally() if cache is not None else None
    return tally if isinstance(tally, Tally) else None


def _guessed(made: list[str], results: Mapping[str, Result]) -> Repetition | None:
    """What the rest of a first build can expect to be repeated, from its first documents."""
    made_lines = (DocumentLines(*r[2]) for rel in made if (r := results.get(rel)) and r[2])
    return counted(made_lines).expected()


def _tally_now(
    before: Tally | None,
    relpaths: list[str],
    results: Mapping[str, Result],
    *,
    keys: Mapping[str, str],
    index: Mapping[str, Any],
    made: set[str],
) -> Tally:
    """The tally of this build's documents: the last one's, updated with the documents
    gone (in the last build's index, not in this build) and the ones made anew."""

    def everything() -> Iterator[DocumentLines]:
        for rel in relpaths:
            found = results.get(rel)
            if found is not None and found[2] is not None:
                yield DocumentLines(*found[2])

    if before is None:
        return counted(everything())
    current = set(keys.values())
    gone = [DocumentLines(*e[3]) for key, e in index.items() if key not in current and e[3]]
    new = [
        DocumentLines(*found[2])
        for rel in relpaths
        if rel in made and (found := results.get(rel)) is not None and found[2] is not None
    ]
    return updated(before, gone, new, everything)


def _made_again(
    before: Tally | None,
    repetition: Repetition,
    relpaths: list[str],
    results: Mapping[str, Result],
    made: set[str],
) -> list[str]:
    """The documents to make again: those whose cleaning expected other lines to be
    repeated than now are (made before the other documents' lines were known, or a line
    crossed the threshold). Only the documents made this build, and those of a source
    whose repeated lines changed, can be such.

    A cold build makes again only the documents that hold repeated lines; a rebuild
    after an edit, usually none."""
    old = before.repetition().counts if before is not None else {}
    new = repetition.counts
    changed = {s for s in {*old, *new} if set(old.get(s, ())) != set(new.get(s, ()))}
    again = []
    for rel in relpaths:
        found = results.get(rel)
        if found is None or found[2] is None:
            continue
        lines = DocumentLines(*found[2])
        if (rel in made or lines.source in changed) and repetition.held(lines) != found[3]:
            again.append(rel)
    return again


def _made(
    engine: Executor,
    scan: ContentScan,
    config: SiteConfig,
    relpaths: list[str],
    expected: Repetition | None,
) -> Iterator[tuple[str, Made]]:
    """These documents made on the engine, each expecting these repeated lines."""
    jobs = [_job(scan, rel, config, expected) for rel in relpaths]
    return zip(relpaths, _survived(engine, jobs, _resumed(engine, jobs)), strict=True)


def _take_made(
    engine: Executor,
    made: Iterable[tuple[str, Made]],
    progressed: tuple[int, int],
    *,
    results: dict[str, Result],
    keys: Mapping[str, str],
    cache: BuildCache | None,
    progress: Progress | None,
) -> dict[str, ArticleBody]:
    """Each article as it is made, into ``results``; its body into the cache or, without
    one, into the bodies returned. ``progressed``: how many were made before, of how many."""
    fresh: dict[str, ArticleBody] = {}
    before, total = progressed
    # Paused only while the articles are made elsewhere.
    with _collector_paused(not isinstance(engine, Inline)):
        for done, (rel, (article, diagnostics, body, lines, held)) in enumerate(made, before):
            results[rel] = (article, diagnostics, lines, held)
            key = keys.get(rel)
            if cache is not None and key is not None and body is not None:
                cache.store_body(key, body)
            elif article is not None and body is not None:
                fresh[article.id] = pickle.loads(body)
            if progress is not None:
                progress(done, total)
    return fresh


def _assembled(
    relpaths: list[str],
    results: Mapping[str, Result],
    *,
    keys: Mapping[str, str],
    fresh: dict[str, ArticleBody],
    cache: BuildCache | None,
    problems: list[Diagnostic],
    remake: Remake,
    record: Record | None,
    repetition: Repetition,
) -> Articles:
    """The articles in document order, their problems after the scan's, their bodies."""
    articles: list[Article] = []
    stored: dict[str, str] = {}
    for rel in relpaths:
        article, diagnostics, _, _ = results.get(rel) or (None, [], None, b"")
        problems.extend(diagnostics)
        if article is not None:
            articles.append(article)
            if rel in keys and article.id not in fresh:
                stored[article.id] = keys[rel]
    unique, remade = _unique_folders(
        _drop_id_clashes(articles, problems), problems, remake, record or {}
    )
    for article_id, body in remade.items():
        fresh[article_id] = body
        stored.pop(article_id, None)
    bodies = Bodies(fresh, cache.path if cache is not None else None, stored)
    return Articles(unique, bodies, problems, record, repetition)


def _remade(
    scan: ContentScan,
    config: SiteConfig,
    problems: list[Diagnostic],
    article: Article,
    folder: str,
    *,
    repetition: Repetition,
) -> tuple[Article, ArticleBody] | None:
    """``article`` made again with its page in ``folder`` (see _unique_folders); its
    warnings were reported when it was first made, only a failure is new."""
    relpath = article.source_path.relative_to(scan.content_dir).as_posix()
    made = document_article(scan.path(relpath), scan.dates(relpath), config, folder, repetition)
    if made.article is not None and made.body is not None:
        return made.article, made.body
    problems.extend(d for d in made.diagnostics if d.severity is Severity.ERROR)
    return None


def _job(scan: ContentScan, relpath: str, config: SiteConfig, repetition: Repetition | None) -> Job:
    return scan.path(relpath), scan.dates(relpath), config, repetition


def _cache_index(cache: BuildCache | None) -> Mapping[str, object]:
    return cache.index if cache is not None else {}


def _drop_id_clashes(articles: list[Article], problems: list[Diagnostic]) -> list[Article]:
    """Two articles must never share an id (a feed reader would merge them): keep the
    first, report the second."""
    by_id: dict[str, Article] = {}
    kept = []
    for article in sorted(articles, key=lambda a: a.source_file):
        clash = by_id.get(article.id)
        if clash is not None:
            problems.append(
                Diagnostic(
                    Severity.ERROR,
                    f"id '{article.id}' is already used by {shown(clash.source_path)}",
                    article.source_path,
                    hint="set a different 'id' in its metadata",
                )
            )
            continue
        by_id[article.id] = article
        kept.append(article)
    return kept


# Rebuilds one article with its page in another folder (None if it cannot be read now).
Remake = Callable[[Article, str], tuple[Article, ArticleBody] | None]


def _owner(group: list[Article], folder: str, record: Mapping[str, tuple[str, ...]]) -> Article:
    """Who keeps a folder several articles want: the one that chose it, else the one the
    record of past addresses says had it, else the oldest (so adding an older article
    never moves a published page)."""
    chosen = [a for a in group if a.chosen]
    if chosen:
        return chosen[0]
    recorded = [a for a in group if f"{folder}/" in record.get(a.id, ())]
    return (recorded or sorted(group, key=lambda a: (a.date, a.source_file)))[0]


def _free_folder(article: Article, taken: set[str]) -> str:
    """The article's folder with its date, then a counter: "morning-briefing-2026-01-07"."""
    dated = f"{article.slug}-{article.date.date().isoformat()}"
    candidate, number = dated, 1
    while candidate in taken:
        number += 1
        candidate = f"{dated}-{number}"
    return candidate


def _unique_folders(
    articles: list[Article],
    problems: list[Diagnostic],
    remake: Remake,
    record: Mapping[str, tuple[str, ...]],
) -> tuple[list[Article], dict[str, ArticleBody]]:
    """Every article in a folder of its own: when headlines repeat ("Morning briefing"),
    the later ones get the date (and a counter) in theirs, with a warning. Two documents
    that both chose one folder (slug, url) are an error: the second is left out."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(article.slug, []).append(article)
    if all(len(group) == 1 for group in groups.values()):
        return articles, {}
    taken = set(groups)
    moved: dict[str, Article | None] = {}  # by id: the article remade elsewhere, or None
    bodies: dict[str, ArticleBody] = {}
    for folder, group in groups.items():
        if len(group) == 1:
            continue
        owner = _owner(group, folder, record)
        for article in group:
            if article is owner:
                continue
            if article.chosen:
                problems.append(
                    Diagnostic(
                        Severity.ERROR,
                        f"slug '{folder}' is already used by {shown(owner.source_path)}",
                        article.source_path,
                        hint="set a different 'slug' (or 'url') in its metadata",
                    )
                )
                moved[article.id] = None  # left out
                continue
            new_folder = _free_folder(article, taken)
            taken.add(new_folder)
            made = remake(article, new_folder)
            moved[article.id] = made[0] if made is not None else None
            if made is None:
                continue  # it could not be read again: the remake reported why
            bodies[article.id] = made[1]
            problems.append(
                Diagnostic(
                    Severity.WARNING,
                    f"same headline as {shown(owner.source_path)}: "
                    f"published at {new_folder}/ instead of {folder}/",
                    article.source_path,
                    hint="set a 'slug' to choose its address",
                )
            )
    unique = [moved.get(a.id, a) for a in articles]
    return [a for a in unique if a is not None], bodies
