"""Incremental builds (article cache, kept output files) give exactly what a cold build gives."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from site_builder.core.config import load_config
from site_builder.incremental.cache import CACHE_DIR, BuildCache
from site_builder.pipeline.build import BuildOptions, InMemory, build
from site_builder.publish.output import MARKER, folder_token
from tests.conftest import NOW, build_root, tree_bytes
from tests.generated import generate_site


def _cold(root: Path, tmp: Path) -> dict[str, bytes]:
    """A build of a copy of ``root`` with no cache and no previous output."""
    copy = tmp / "cold"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(CACHE_DIR, "public"))
    config, _ = load_config(copy)
    return build(config, BuildOptions(NOW, cache=False), InMemory()).files


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
            f"Fresh text {step} about the energy grid.\n",
            "utf-8",
        )
    else:
        target.unlink()


def _published(root: Path) -> dict[str, bytes]:
    """The published site, as a reader of it sees it (without site_builder's marker)."""
    files = tree_bytes(root / "public")
    del files[MARKER]
    return files


def test_random_edits_incremental_equals_cold(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 120, seed=3)
    rng = random.Random(11)
    build_root(root)
    for step in range(12):
        _edit(rng, root / "content", step)
        _, incremental = build_root(root)
        assert incremental.kept, "an incremental build keeps unchanged pages"
        assert _published(root) == _cold(root, tmp_path), f"differs after step {step}"
    assert (root / CACHE_DIR / "cache.sqlite3").is_file()


def test_a_build_with_nothing_changed_writes_nothing_and_reports_the_same(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 40, seed=4)
    (root / "content" / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n", "utf-8")
    _, first = build_root(root)
    before = {p: p.stat().st_mtime_ns for p in (root / "public").rglob("*")}
    _, again = build_root(root)
    assert again.written == 0
    assert {p: p.stat().st_mtime_ns for p in (root / "public").rglob("*")} == before
    assert [str(d) for d in again.diagnostics] == [str(d) for d in first.diagnostics]
    assert again.errors and (again.pages, again.feeds) == (first.pages, first.feeds)


def test_a_page_edited_by_hand_in_the_output_is_put_right(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 30, seed=6)
    build_root(root)
    built = _published(root)
    (root / "public" / "index.html").write_bytes(b"defaced")
    (root / "public" / "tags" / "index.html").unlink()
    build_root(root)
    assert _published(root) == built


def test_future_articles_appear_when_their_time_comes(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 20, seed=8)
    (root / "content" / "later.md").write_text(
        "---\ntitle: Embargoed story\ndate: 2026-12-01\n---\nText.\n", "utf-8"
    )
    config, _ = load_config(root)
    build(config, BuildOptions(NOW))
    assert not (root / "public" / "embargoed-story").exists()
    build(config, BuildOptions(datetime(2026, 12, 2, tzinfo=UTC)))
    assert (root / "public" / "embargoed-story" / "index.html").is_file()


def _entries(root: Path) -> int:
    with sqlite3.connect(root / CACHE_DIR / "cache.sqlite3") as db:
        count: int = db.execute("SELECT count(*) FROM bodies").fetchone()[0]
    return count


def test_cache_holds_one_entry_per_document_and_forgets_deleted_ones(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 30, seed=5)
    _, first = build_root(root)
    assert _entries(root) == 30
    next(iter(sorted((root / "content").rglob("*.md")))).unlink()
    _, second = build_root(root)
    assert len(second.articles) == len(first.articles) - 1
    assert _entries(root) == 29


def test_a_changed_configuration_makes_every_article_anew_and_keeps_no_old_entry(
    tmp_path: Path,
) -> None:
    # Another site fingerprint (here the title; an upgrade changes the code's): the old
    # article index is not read, since no entry can fit, and it is replaced whole, so a
    # small site's entries of the old fingerprint do not linger beside the new ones.
    root = generate_site(tmp_path / "site", 10, seed=9)
    build_root(root)
    toml = root / "site.toml"
    toml.write_text(toml.read_text("utf-8").replace("Generated News", "Other News"), "utf-8")
    _, rebuilt = build_root(root)
    assert _published(root) == _cold(root, tmp_path)
    assert len(rebuilt.articles) == 10 and _entries(root) == 10
    cache = BuildCache(root)
    try:
        cache.load_index()
        assert len(cache.index) == 10
    finally:
        cache.close()


def test_reverting_an_edit_and_changing_an_image_rebuild_exactly(tmp_path: Path) -> None:
    """Content that comes back (an undone edit) and an image whose bytes change (same
    text) must not reuse cache entries or pages that no longer fit."""
    root = generate_site(tmp_path / "site", 60, seed=9)
    story = next(
        p for p in sorted((root / "content").rglob("*.md")) if "image: img" in p.read_text("utf-8")
    )
    image = story.parent / re.findall(r"image: (\S+)", story.read_text("utf-8"))[0]
    # The newest story, so it is in the site feed with its lead image as an enclosure.
    original = re.sub(r"date: \S+", "date: 2026-11-01", story.read_text("utf-8"), count=1)
    story.write_text(original, "utf-8")
    build_root(root)
    story.write_text(original + "\nA correction.\n", "utf-8")
    build_root(root)
    story.write_text(original, "utf-8")  # the edit undone: the first version's key again
    build_root(root)
    assert _published(root) == _cold(root, tmp_path)
    image.write_bytes(image.read_bytes() + b"\0" * 300)
    build_root(root)
    published = _published(root)
    assert published == _cold(root, tmp_path)
    assert f'length="{image.stat().st_size}"'.encode() in published["rss.xml"]


def test_a_site_whose_cache_was_deleted_is_recorded_again_without_rewriting(tmp_path: Path) -> None:
    """Deleting .site-builder-cache/ costs one full comparison, not one per build ever after."""
    root = generate_site(tmp_path / "site", 20, seed=10)
    build_root(root)
    before = {p: p.stat().st_mtime_ns for p in (root / "public").rglob("*")}
    shutil.rmtree(root / CACHE_DIR)
    _, again = build_root(root)
    assert again.written == 0
    assert {p: p.stat().st_mtime_ns for p in (root / "public").rglob("*")} == before
    token = folder_token(root / "public")
    assert token is not None and BuildCache(root).tree(token), "the live tree is known again"


def test_a_cache_of_another_shape_is_dropped_not_misread(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 10, seed=12)
    (root / CACHE_DIR).mkdir()
    with sqlite3.connect(root / CACHE_DIR / "cache.sqlite3") as db:  # an older layout
        db.execute("CREATE TABLE trees (token TEXT, path TEXT, key TEXT)")
        db.execute("INSERT INTO trees VALUES ('t', 'index.html', 'k')")
    build_root(root)
    build_root(root)
    assert _published(root) == _cold(root, tmp_path)


def test_a_first_build_leaves_a_spare_that_shares_every_file(tmp_path: Path) -> None:
    """The spare tree mirrors the first published tree by hard links, so the first
    rebuild writes only what it changes (it used to link every file first)."""
    root = generate_site(tmp_path / "site", 20, seed=13)
    build_root(root)
    public, spare = root / "public", root / ".public.spare"
    files = [p.relative_to(public) for p in public.rglob("*") if p.is_file()]
    assert files and all(
        (spare / f).stat().st_ino == (public / f).stat().st_ino for f in files if f.name != MARKER
    )
    story = next(iter(sorted((root / "content").rglob("*.md"))))
    story.write_text(story.read_text("utf-8") + "\nA correction.\n", "utf-8")
    _, again = build_root(root)
    assert 0 < again.written < len(files) // 2
    assert _published(root) == _cold(root, tmp_path)


def test_a_body_edit_makes_again_only_pages_that_show_the_body(tmp_path: Path) -> None:
    """Lists, overviews and other articles' pages show teasers: a sentence added at the end
    of a story changes none of them (its page and the feeds that carry it are made again)."""
    root = generate_site(tmp_path / "site", 40, seed=21)
    build_root(root)
    story = next(iter(sorted((root / "content").rglob("*.md"))))
    story.write_text(story.read_text("utf-8") + "\nA correction.\n", "utf-8")
    _, again = build_root(root)
    pages = {p for p in _published(root) if p.endswith(".html")}
    made = pages - set(again.kept)
    edited = next(a for a in again.articles if a.source_file.endswith(story.name))
    assert f"{edited.slug}/index.html" in made
    assert all(p.count("/") == 1 for p in made), made  # article pages only ("slug/index.html")
    assert any(p.endswith(".xml") and p not in again.kept for p in _published(root))
    assert _published(root) == _cold(root, tmp_path)
