"""Incremental builds (article cache, kept output files) give exactly what a cold build gives."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from site_builder.build import BuildOptions, build_site
from site_builder.cache import CACHE_DIR
from site_builder.config import load_config
from tests.conftest import NOW, build_root
from tests.generated import generate_site


def _cold(root: Path, tmp: Path) -> dict[str, bytes]:
    """A build of a copy of ``root`` with no cache and no previous output."""
    copy = tmp / "cold"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(CACHE_DIR, "public"))
    config, _ = load_config(copy)
    return build_site(config, BuildOptions(NOW, cache=False)).files


def _edit(rng: random.Random, content: Path, step: int) -> None:
    documents = sorted(content.rglob("*.md"))
    action = rng.choice(("edit", "edit", "add", "delete", "retitle"))
    target = rng.choice(documents)
    if action == "edit":
        target.write_text(target.read_text("utf-8") + f"\nAn added sentence {step}.\n", "utf-8")
    elif action == "retitle":
        text = target.read_text("utf-8").replace("title: ", f"title: Step {step} ", 1)
        target.write_text(text, "utf-8")
    elif action == "add":
        (content / f"new-{step}.md").write_text(
            f"---\ntitle: New {step}\ndate: 2025-0{1 + step % 9}-10\ntags: [Energy]\n---\n"
            f"Fresh text {step} about the energy grid.\n", "utf-8")
    else:
        target.unlink()


def test_random_edits_incremental_equals_cold(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 120, seed=3)
    rng = random.Random(11)
    build_root(root)
    for step in range(8):
        _edit(rng, root / "content", step)
        _, incremental = build_root(root)
        assert incremental.files == _cold(root, tmp_path), f"differs after step {step}"
    assert (root / CACHE_DIR / "articles.sqlite3").is_file()


def _entries(root: Path) -> int:
    with sqlite3.connect(root / CACHE_DIR / "articles.sqlite3") as db:
        count: int = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    return count


def test_cache_holds_one_entry_per_document_and_forgets_deleted_ones(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 30, seed=5)
    _, first = build_root(root)
    assert _entries(root) == 30
    next(iter(sorted((root / "content").rglob("*.md")))).unlink()
    _, second = build_root(root)
    assert len(second.articles) == len(first.articles) - 1
    assert _entries(root) == 29
