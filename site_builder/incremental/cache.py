"""The build cache: what a rebuild reuses from the last build, in SQLite (standard library)
under the site's ``.site-builder-cache/``.

- Articles, keyed by a hash of everything an article is made from: the document's bytes,
  its sidecar's, its git dates, the site configuration, the libraries' versions and
  site_builder's own code. Their metadata is one blob for the whole site, their bodies
  rows of their own (see PERFORMANCE.md). Images an article copies are checked by size
  and modification time when an entry is reused.
- Content hashes and keys of the documents by file status (size, modification time,
  inode) and git dates, so an unchanged file is not read again. A status recorded while
  the file could still change within the same clock tick (modified at or after the scan
  began) is not trusted.
- Output manifests (see ``output``): what each published tree holds, by token.
- The last build's input signature, so a build with nothing changed ends at once.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from site_builder.core.config import SiteConfig
from site_builder.core.errors import Diagnostic
from site_builder.core.model import Article, ArticleBody, FileDates, WordCounts
from site_builder.publish.output import FileRecord, Manifest
from site_builder.source.scan import SIDECAR_SUFFIX, ContentScan, Identity

CACHE_DIR = ".site-builder-cache"
_PACKAGE = Path(__file__).resolve().parent.parent  # site_builder/
# What repetition counts of a document and removed from it: its source and the keys of its
# lines, and the keys it held as repeated (cleaning.repetition: DocumentLines, held).
Lines = tuple[str, bytes]
Result = tuple[Article | None, list[Diagnostic], Lines | None, bytes]
# An article as the cache holds it: asset stamps, field values, diagnostics, lines, held
# (plain values pickle several times faster than objects that need a function call each).
_Entry = tuple[
    list[tuple[str, int, int]], tuple[Any, ...] | None, list[Diagnostic], Lines | None, bytes
]
# What a build records of a document: identity (ContentScan.identity), content hash, key.
_Source = tuple[Identity, str, str]
# Raised whenever a table changes shape: a cache of another shape is dropped, not misread.
_SCHEMA_VERSION = 5
_SCHEMA = """
CREATE TABLE IF NOT EXISTS bodies (key TEXT PRIMARY KEY, body BLOB);
CREATE TABLE IF NOT EXISTS site (name TEXT PRIMARY KEY, value BLOB);
CREATE TABLE IF NOT EXISTS changes (key TEXT PRIMARY KEY, entry BLOB);
CREATE TABLE IF NOT EXISTS trees (token TEXT PRIMARY KEY, manifest BLOB);
CREATE TABLE IF NOT EXISTS builds (folder TEXT PRIMARY KEY, signature TEXT, outcome BLOB);
"""


# The libraries whose output ends up in pages and feeds: an upgrade of one may render the
# same document differently, so their versions are part of every key.
_SHAPING = (
    "site_builder",
    "markdown",
    "nh3",
    "babel",
    "jinja2",
    "markupsafe",
    "feedgen",
    "trafilatura",
    "htmldate",
    "beautifulsoup4",
    "lxml",
    "python-slugify",
    "pyyaml",
    "charset-normalizer",
    "webencodings",
    "py3langid",
    "pillow",
    "pagefind",
)


def _versions() -> str:
    # The versions are read from the names of the installed metadata folders
    # ("name-1.2.dist-info"): importing and asking importlib.metadata took a tenth of a
    # second of every rebuild. A library installed otherwise is asked as before.
    installed = _installed()
    found = []
    for name in _SHAPING:
        known = installed.get(_normal(name))
        found.append(f"{name}={known if known is not None else _version(name)}")
    return ";".join(found)


def _normal(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _installed() -> dict[str, str]:
    """The version of every distribution with a metadata folder on sys.path (the first
    one found, as importlib.metadata finds it)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        with suppress(OSError):
            for name in os.listdir(entry or "."):  # noqa: PTH208 (names only, many)
                if name.endswith(".dist-info"):
                    project, _, version = name.removesuffix(".dist-info").partition("-")
                    found.setdefault(_normal(project), version)
    return found


def _version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def _article_values(article: Article) -> tuple[Any, ...]:
    """An article's field values, in field order, its word counts as their string (what the
    build cache stores: plain values)."""
    values = list(article.__dict__.values())
    values[_TERMS] = article.terms.packed
    return tuple(values)


def _article_from(values: tuple[Any, ...]) -> Article:
    """The article ``_article_values`` gave (without the cost of __init__'s checks: the
    values came from an Article)."""
    article = object.__new__(Article)
    restored = dict(zip(_ARTICLE_FIELDS, values, strict=True))
    restored["terms"] = WordCounts(restored["terms"])
    object.__setattr__(article, "__dict__", restored)
    return article


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
_TERMS = _ARTICLE_FIELDS.index("terms")


def tree_digest(folder: Path) -> bytes:
    """Every file under ``folder`` (code and data alike, compiled code aside), by name."""
    digest = hashlib.sha256()
    for source in sorted(folder.rglob("*")):
        if source.is_file() and "__pycache__" not in source.parts:
            digest.update(source.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(source.read_bytes())
    return digest.digest()


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """site_builder's own code and data (the cleaning model) and the versions of the
    libraries that shape output, as this process runs them (read once: a build asked
    three times, and a serving process runs the code it started with)."""
    return hashlib.sha256(_versions().encode() + tree_digest(_PACKAGE)).digest()


def fingerprint(config: SiteConfig, theme: Iterable[Path] = ()) -> str:
    """Changes whenever the configuration, the theme's files, site_builder's code or data,
    or the version of a library that shapes output change."""
    digest = hashlib.sha256(repr(config).encode())
    digest.update(_code_digest())
    for source in theme:
        digest.update(source.read_bytes())
    return digest.hexdigest()


def document_key(relpath: str, dates: FileDates, site: str, content: str) -> str:
    """The cache key of one document from its content hash (see ``document_keys``)."""
    return hashlib.sha256(f"{site}\0{relpath}\0{dates!r}\0{content}".encode()).hexdigest()


def _content_hash(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        digest.update(path.read_bytes())
        sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
        if sidecar.is_file():
            digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _asset_stamps(article: Article | None) -> list[tuple[str, int, int]]:
    stamps = []
    for _, source in article.assets if article is not None else ():
        try:
            stat = source.stat()
        except OSError:
            stat = None
        # A vanished image gets an impossible stamp: the entry will never be reused.
        stamps.append((str(source), stat.st_size if stat else -1, stat.st_mtime_ns if stat else -1))
    return stamps


def _assets_unchanged(stamps: list[tuple[str, int, int]]) -> bool:
    for name, size, mtime in stamps:
        try:
            stat = Path(name).stat()
        except OSError:
            return False
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
            return False
    return True


def _unpickle(blob: bytes) -> Any:
    """A cached value, or None when it cannot be read back (written by another version of
    site_builder, or damaged): the cache is then simply cold."""
    try:
        return pickle.loads(blob)
    except Exception:  # any failure to unpickle means the same: no entry
        return None


def cache_file(root: Path) -> Path:
    """The database of the build cache of the site in ``root``."""
    return root / CACHE_DIR / "cache.sqlite3"


def discard_cache(root: Path) -> None:
    """Delete the cache database (a damaged one: the next build makes it anew)."""
    database = cache_file(root)
    for path in (database, *(database.with_name(database.name + s) for s in _SIDE_FILES)):
        path.unlink(missing_ok=True)


_SIDE_FILES = ("-journal", "-wal", "-shm")


class BuildCache:
    """One connection for a whole build; entries this build did not use are dropped at the
    end (``save_results``). Opening it fails (sqlite3.Error) when the database is damaged
    or cannot be written."""

    def __init__(self, root: Path) -> None:
        folder = root / CACHE_DIR
        folder.mkdir(exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.is_file():  # not rewritten every build: a full disk would empty it
            ignore.write_text("*\n", encoding="utf-8")
        self.root = root
        self.folder = folder  # the cache's own folder
        self.clock = folder / "scan-started"
        self.path = cache_file(root)
        self.db = self._connect()
        self.index: dict[str, _Entry] = {}  # the article index as ``results`` read it
        # The stored index was made with another site fingerprint and is not read: no entry
        # can fit (every key holds the fingerprint), and save_results replaces it whole.
        self.index_outdated = False
        self.sources: tuple[str, dict[str, _Source]] | None = None  # see _sources

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            # Found out now, not halfway through the build: a database that cannot be
            # written (read-only) or read (damaged).
            db.execute("BEGIN IMMEDIATE")
            db.rollback()
            if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION:
                tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                for (table,) in tables.fetchall():
                    db.execute(f'DROP TABLE "{table}"')
                db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            db.executescript(_SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def reset(self) -> None:
        """Start again from an empty cache (this one was found damaged)."""
        self.close(commit=False)
        discard_cache(self.root)
        self.db = self._connect()
        self.index, self.sources, self.index_outdated = {}, None, False

    def templates(self) -> Path:
        """Where Jinja2 keeps the theme's templates compiled (it checks their sources)."""
        folder = self.path.parent / "templates"
        folder.mkdir(exist_ok=True)
        return folder

    # Documents ---------------------------------------------------------------------------

    def scan_started(self) -> int:
        """Mark the start of a scan and return its time, as the file system records it."""
        self.clock.write_bytes(b"")
        return self.clock.stat().st_mtime_ns

    def _sources(self) -> tuple[str, dict[str, _Source]]:
        """What the last build recorded of each document: the site fingerprint, and by
        relative path the document's identity, content hash and key."""
        if self.sources is None:
            row = self.db.execute("SELECT value FROM site WHERE name = 'sources'").fetchone()
            self.sources = (_unpickle(row[0]) if row else None) or ("", {})
        return self.sources

    def fits(self, site: str) -> bool:
        """Whether the last build recorded its documents with this site fingerprint (the
        configuration, theme and code a document's key holds)."""
        return self._sources()[0] == site

    def stale(self, scan: ContentScan, site: str) -> list[str]:
        """The documents whose files are not as the last build recorded them (all of them
        when the site's fingerprint changed): they are read and built again."""
        recorded_site, known = self._sources()
        if site != recorded_site:
            return scan.relpaths
        return [
            rel
            for rel in scan.relpaths
            if (before := known.get(rel)) is None or before[0] != scan.identity(rel)
        ]

    def document_keys(
        self, scan: ContentScan, site: str, started: int, stale: Iterable[str]
    ) -> dict[str, str]:
        """The key of each readable document, by relative path: a hash of the site's
        fingerprint, the document's path, dates and content (with its sidecar's). Only the
        ``stale`` documents (see ``stale``) are read."""
        recorded_site, known = self._sources()
        changed = set(stale)
        keys: dict[str, str] = {}
        records: dict[str, _Source] = {}
        for rel in scan.relpaths:
            if rel not in changed:
                identity, content, key = known[rel]
            else:
                read = _content_hash(scan.path(rel))
                if read is None:
                    continue
                identity, content = scan.identity(rel), read
                key = document_key(rel, scan.dates(rel), site, content)
            keys[rel] = key
            stamp, sidecar, _ = identity
            # Recorded only once settled: a file modified at or after the scan began may
            # change again within the same clock tick, unseen by its status.
            if stamp[1] < started and (sidecar is None or sidecar[1] < started):
                records[rel] = (identity, content, key)
        if (site, records) != (recorded_site, known):
            self.sources = (site, records)
            with self.db:
                self.db.execute(
                    "INSERT OR REPLACE INTO site VALUES ('sources', ?)",
                    (pickle.dumps(self.sources, pickle.HIGHEST_PROTOCOL),),
                )
        return keys

    # Articles ----------------------------------------------------------------------------

    def load_index(self, *, outdated: bool = False) -> None:
        """Read the article index (``results`` then answers from it); ``outdated``: it was
        made with another site fingerprint, so none of it can fit and it is not read (a
        large site's index is tens of megabytes, and a build after an upgrade makes every
        article anew while holding it)."""
        self.index_outdated = outdated
        if outdated:
            self.index = {}
            return
        row = self.db.execute("SELECT value FROM site WHERE name = 'articles'").fetchone()
        index: dict[str, _Entry] = (_unpickle(row[0]) if row else None) or {}
        for key, blob in self.db.execute("SELECT key, entry FROM changes"):
            entry = _unpickle(blob) if blob is not None else None
            if entry is None:
                index.pop(key, None)
            else:
                index[key] = entry
        self.index = index

    def results(self, keys: Iterable[str]) -> dict[str, Result]:
        """Cached results (article metadata, diagnostics, lines and held lines) by key."""
        index = self.index
        found: dict[str, Result] = {}
        for key in keys:
            entry = index.get(key)
            if entry is not None and _assets_unchanged(entry[0]):
                article = _article_from(entry[1]) if entry[1] else None
                found[key] = (article, entry[2], entry[3], entry[4])
        return found

    def recorded_lines(self, site: str) -> dict[str, tuple[Identity, Lines]]:
        """What the last build (with this fingerprint) recorded of each document, by
        relative path: its identity and its lines (see ``Lines``)."""
        recorded_site, known = self._sources()
        if recorded_site != site:
            return {}
        self.load_index()
        index = self.index
        return {
            rel: (identity, entry[3])
            for rel, (identity, _, key) in known.items()
            if (entry := index.get(key)) is not None and entry[3] is not None
        }

    def store_body(self, key: str, body: bytes) -> None:
        """Keep a pickled ArticleBody."""
        self.db.execute("INSERT OR REPLACE INTO bodies VALUES (?, ?)", (key, body))

    def tally(self) -> Any:
        """The last build's tally of repeated lines (``repeats.Tally``; None: none kept)."""
        row = self.db.execute("SELECT value FROM site WHERE name = 'tally'").fetchone()
        return _unpickle(row[0]) if row else None

    def save_results(
        self, results: Mapping[str, Result], rebuilt: set[str], tally: object = None
    ) -> None:
        """Keep exactly these results (this build's; ``rebuilt``: those made anew), the
        bodies that go with them, and the tally of their repeated lines.

        A build that changed a few articles records just those in ``changes``; the blob of
        the whole site's metadata is rewritten once the changes pile up."""
        new = {
            key: (
                _asset_stamps(article),
                _article_values(article) if article else None,
                problems,
                lines,
                held,
            )
            for key, (article, problems, lines, held) in results.items()
            if key in rebuilt or key not in self.index
        }
        gone = set(self.index) - set(results)
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO site VALUES ('tally', ?)",
                (pickle.dumps(tally, pickle.HIGHEST_PROTOCOL),),
            )
            if self.index_outdated or len(new) + len(gone) > max(50, len(results) // 20):
                index = {k: v for k, v in self.index.items() if k in results} | new
                self.db.execute(
                    "INSERT OR REPLACE INTO site VALUES ('articles', ?)",
                    (pickle.dumps(index, pickle.HIGHEST_PROTOCOL),),
                )
                self.db.execute("DELETE FROM changes")
                # Also bodies no entry names (left by a build that was killed).
                self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
                self.db.execute("DELETE FROM used")
                self.db.executemany("INSERT INTO used VALUES (?)", ((k,) for k in index))
                self.db.execute("DELETE FROM bodies WHERE key NOT IN (SELECT key FROM used)")
            else:
                self.db.executemany(
                    "INSERT OR REPLACE INTO changes VALUES (?, ?)",
                    [
                        *((k, pickle.dumps(v, pickle.HIGHEST_PROTOCOL)) for k, v in new.items()),
                        *((k, None) for k in gone),
                    ],
                )
            self.db.executemany("DELETE FROM bodies WHERE key = ?", ((k,) for k in gone))
        # Let it go before pages are rendered: forked workers start with this process's
        # memory, and a large site's index is a good part of it.
        self.index, self.index_outdated = {}, False

    # Output trees and build signatures ---------------------------------------------------

    def tree(self, token: str) -> Manifest | None:
        row = self.db.execute("SELECT manifest FROM trees WHERE token = ?", (token,)).fetchone()
        try:
            # marshal: plain tuples of strings and numbers, three times faster than pickle
            # (a rebuild reads two manifests of a large site and writes one).
            manifest = (
                {path: FileRecord._make(values) for path, values in marshal.loads(row[0]).items()}
                if row
                else None
            )
        except (ValueError, EOFError, TypeError, AttributeError):  # another version's
            return None
        return manifest or None

    def save_tree(self, token: str, manifest: Manifest) -> None:
        blob = marshal.dumps({path: tuple(record) for path, record in manifest.items()})
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO trees VALUES (?, ?)", (token, blob))

    def keep_trees(self, tokens: Iterable[str]) -> None:
        keep = sorted(set(tokens))
        with self.db:
            self.db.execute(
                f"DELETE FROM trees WHERE token NOT IN ({','.join('?' * len(keep))})", keep
            )

    def outcome(self, folder: Path, signature: str) -> Any:
        """What the last build into ``folder`` reported, if its inputs had this signature."""
        row = self.db.execute(
            "SELECT signature, outcome FROM builds WHERE folder = ?", (str(folder),)
        ).fetchone()
        return _unpickle(row[1]) if row and row[0] == signature else None

    def save_outcome(self, folder: Path, signature: str, outcome: object) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO builds VALUES (?, ?, ?)",
                (str(folder), signature, pickle.dumps(outcome)),
            )

    def close(self, *, commit: bool = True) -> None:
        """Commit and close; without ``commit`` (the build failed) nothing more is written,
        and nothing said about it."""
        if commit:
            self.db.commit()
            self.db.close()
            return
        with suppress(sqlite3.Error):  # the failure being reported matters, not this one
            self.db.rollback()
        self.db.close()


class Bodies(Mapping[str, ArticleBody]):
    """Article bodies by article id: new ones in memory (builds without a cache), the rest
    read from the cache when a page or feed needs them."""

    def __init__(
        self, fresh: dict[str, ArticleBody], database: Path | None, keys: dict[str, str]
    ) -> None:
        self.fresh, self.database, self.key_of = fresh, database, keys
        self.db: sqlite3.Connection | None = None
        self.pid = 0  # the process that opened ``db`` (a forked worker opens its own)

    def __getitem__(self, article_id: str) -> ArticleBody:
        if article_id in self.fresh:
            return self.fresh[article_id]
        if self.database is None or article_id not in self.key_of:
            raise KeyError(article_id)
        if self.db is None or self.pid != os.getpid():
            self.db = sqlite3.connect(self.database, check_same_thread=False)
            self.pid = os.getpid()
        row = self.db.execute(
            "SELECT body FROM bodies WHERE key = ?", (self.key_of[article_id],)
        ).fetchone()
        body = _unpickle(row[0]) if row is not None else None
        if not isinstance(body, ArticleBody):
            raise KeyError(article_id)
        return body

    def __iter__(self) -> Iterator[str]:
        return iter({**self.key_of, **self.fresh})

    def __len__(self) -> int:
        return len({**self.key_of, **self.fresh})
