"""Article cache: a rebuild skips loading, cleaning and converting unchanged documents.

Entries live in SQLite (standard library) under the site's ``.site-builder-cache/``, keyed
by a hash of everything an article is made from: the document's bytes, its sidecar's,
its git dates, the site configuration and site_builder's own code. Images an article
copies are checked by size and modification time when an entry is reused.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from site_builder.config import SiteConfig
from site_builder.errors import Diagnostic
from site_builder.gitdates import FileDates
from site_builder.loader import SIDECAR_SUFFIX
from site_builder.model import Article

CACHE_DIR = ".site-builder-cache"
_PACKAGE = Path(__file__).resolve().parent
Result = tuple[Article | None, list[Diagnostic]]


def fingerprint(config: SiteConfig) -> str:
    """Changes whenever the configuration or site_builder's code changes."""
    digest = hashlib.sha256(repr(config).encode())
    for source in sorted(_PACKAGE.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def document_key(path: Path, dates: FileDates, site: str) -> str | None:
    """The cache key of one document, or None when it cannot be read (no caching then)."""
    digest = hashlib.sha256(f"{site}\0{path}\0{dates!r}\0".encode())
    try:
        digest.update(path.read_bytes())
        sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
        if sidecar.is_file():
            digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _asset_stamps(result: Result) -> list[tuple[str, int, int]]:
    article = result[0]
    if article is None:
        return []
    stamps = []
    for _, source in article.assets:
        try:
            stat = source.stat()
        except OSError:
            stat = None
        # A vanished image gets an impossible stamp: the entry will never be reused.
        stamps.append((str(source), stat.st_size if stat else -1,
                       stat.st_mtime_ns if stat else -1))
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


class ArticleCache:
    """Read every entry once at the start, write new ones and drop unused ones at the end."""

    def __init__(self, root: Path) -> None:
        folder = root / CACHE_DIR
        folder.mkdir(exist_ok=True)
        (folder / ".gitignore").write_text("*\n", encoding="utf-8")
        self.db = sqlite3.connect(folder / "articles.sqlite3")
        self.db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB)")

    def get_many(self, keys: Iterable[str]) -> dict[str, Result]:
        wanted = set(keys)
        found: dict[str, Result] = {}
        for key, blob in self.db.execute("SELECT key, value FROM entries"):
            if key in wanted:
                stamps, result = pickle.loads(blob)
                if _assets_unchanged(stamps):
                    found[key] = result
        return found

    def replace_all(self, entries: dict[str, Result], keep: set[str]) -> None:
        """Store new entries and forget the ones this build did not use."""
        with self.db:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM used")
            self.db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in keep))
            self.db.execute("DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)")
            self.db.executemany(
                "INSERT OR REPLACE INTO entries VALUES (?, ?)",
                ((key, pickle.dumps((_asset_stamps(r), r), pickle.HIGHEST_PROTOCOL))
                 for key, r in entries.items()))

    def close(self) -> None:
        self.db.close()
