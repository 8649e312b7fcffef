"""A real feed reader (newsboat) subscribes, the site is edited and rebuilt, and the reader
holds no duplicate item: ids are permanent, edits update items in place."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import build_root, need_tool

pytestmark = pytest.mark.reader

SEED = "001_ecbace57fbf98ec3.txt"
OLD_TITLE = "Talks in Paris on ending the war"
NEW_TITLE = "Talks in Paris on ending the war (corrected)"


def _reload(home: Path, url: str) -> list[tuple[str, str]]:
    """Run newsboat's non-interactive reload; return (guid, title) of every cached item."""
    (home / "urls").write_text(url + "\n", encoding="utf-8")
    (home / "config").touch()
    cache = home / "cache.db"
    subprocess.run(
        [
            need_tool("newsboat"),
            "-u",
            str(home / "urls"),
            "-c",
            str(cache),
            "-C",
            str(home / "config"),
            "-x",
            "reload",
        ],
        env={**os.environ, "HOME": str(home)},
        check=True,
        timeout=120,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    with sqlite3.connect(cache) as db:
        return sorted(db.execute("SELECT guid, title FROM rss_item WHERE deleted = 0"))


@pytest.mark.parametrize("feed", ["rss.xml", "atom.xml"])
def test_no_duplicates_after_edit_and_rebuild(
    served_example: tuple[str, Path], tmp_path: Path, feed: str
) -> None:
    base, root = served_example
    home = tmp_path / "reader"
    home.mkdir()
    before = _reload(home, base + feed)
    assert len(before) == 2 and any(OLD_TITLE in title for _, title in before)

    seed = root / "content" / SEED
    text = seed.read_text("utf-8").replace(OLD_TITLE, NEW_TITLE, 1)
    seed.write_text(text.replace("BBC reports.", "BBC and Reuters report."), "utf-8")
    (root / "content" / "new.md").write_text(
        "---\ntitle: A new article\ndate: 2026-01-09T08:00:00+02:00\n---\nNew text.\n", "utf-8"
    )
    build_root(root)

    after = _reload(home, base + feed)
    guids = [guid for guid, _ in after]
    assert len(guids) == len(set(guids)) == 3, after
    assert {guid for guid, _ in before} <= set(guids)
    titles = [title for _, title in after]
    assert any(NEW_TITLE in t for t in titles) and "A new article" in titles
    assert not any(OLD_TITLE in t and NEW_TITLE not in t for t in titles)
