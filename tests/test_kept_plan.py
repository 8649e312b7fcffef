"""The plan kept between builds (incremental.keptplan): a rebuild that keeps it makes and
keys only the outputs holding what changed, and still gives exactly what a cold build
gives, with the very keys a full plan of the same site gives."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

from site_builder.core.config import load_config
from site_builder.incremental.cache import CACHE_DIR, BuildCache
from site_builder.incremental.keptplan import FILE_NAME
from site_builder.pipeline.build import BuildOptions, BuildResult, Folder, InMemory, build
from site_builder.publish.output import MARKER, folder_token
from tests.conftest import NOW, build_root, tree_bytes
from tests.generated import generate_site


def _cold(root: Path, tmp: Path) -> dict[str, bytes]:
    copy = tmp / "cold"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(CACHE_DIR, "public"))
    config, _ = load_config(copy)
    return build(config, BuildOptions(NOW, cache=False), InMemory()).files


def _published(root: Path) -> dict[str, bytes]:
    files = tree_bytes(root / "public")
    del files[MARKER]
    return files


def _keys(root: Path) -> dict[str, str | None]:
    """The render key of every published file, as the cache records the live tree."""
    cache = BuildCache(root)
    try:
        token = folder_token(root / "public")
        assert token is not None
        manifest = cache.tree(token)
        assert manifest is not None
        return {path: record.key for path, record in manifest.items()}
    finally:
        cache.close()


def _planned_in_full(root: Path) -> tuple[dict[str, str | None], BuildResult]:
    """The site built again without its kept plan: the full plan of the same site, its
    keys, and that build (which must find nothing to write). The kept plan is put back
    afterwards, so that the next edit builds on it."""
    plan = root / CACHE_DIR / FILE_NAME
    kept = plan.read_bytes()
    plan.unlink()
    config, _ = load_config(root)
    result = build(config, BuildOptions(NOW), Folder(config.output_dir, replay=False))
    keys = _keys(root)
    plan.write_bytes(kept)
    return keys, result


def _front(path: Path, name: str, value: str) -> None:
    text = path.read_text("utf-8")
    text = re.sub(rf"^{name}: .*$", f"{name}: {value}", text, count=1, flags=re.MULTILINE)
    path.write_text(text, "utf-8")


def _markdown(content: Path) -> list[Path]:
    return sorted(content.rglob("*.md"))


def test_edits_of_every_kind_rebuild_exactly_with_the_keys_of_a_full_plan(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 90, seed=5)
    content = root / "content"
    # Articles with a slug of their own: a new title changes their teaser, not their place.
    for number, doc in enumerate(_markdown(content)[:12]):
        doc.write_text(doc.read_text("utf-8").replace("---\n", f"---\nslug: fixed-{number}\n", 1))
    build_root(root)
    rng = random.Random(7)
    kinds = ["body", "body", "title", "title", "tag", "date", "draft", "add", "delete", "body"]
    kinds += [rng.choice(kinds) for _ in range(6)]
    kept_plan_used = 0
    for step, kind in enumerate(kinds):
        docs = _markdown(content)
        if kind == "title":  # one with a slug of its own, published
            docs = [d for d in docs if re.search("^slug: ", d.read_text("utf-8"), re.M)]
            docs = [d for d in docs if "draft: true" not in d.read_text("utf-8")]
        target = rng.choice(docs)
        if kind == "body":
            target.write_text(target.read_text("utf-8") + f"\nA sentence {step}.\n", "utf-8")
        elif kind == "title":
            _front(target, "title", f'"Retitled story {step}"')
        elif kind == "tag":
            _front(target, "tags", f"[Energy, Step{step}]")
        elif kind == "date":
            _front(target, "date", f"2024-0{1 + step % 9}-1{step % 10}T08:00:00+00:00")
        elif kind == "draft":
            _front(target, "lang", "en\ndraft: true")
        elif kind == "add":
            (content / f"new-{step}.md").write_text(
                f"---\ntitle: New {step}\ndate: 2025-0{1 + step % 9}-10\ntags: [Energy]\n---\n"
                f"Fresh text {step} about the energy grid.\n",
                "utf-8",
            )
        else:
            target.unlink()
        _, result = build_root(root)
        outputs = len(_published(root))
        if result.planned < outputs // 4:
            kept_plan_used += 1
        assert _published(root) == _cold(root, tmp_path), f"differs after step {step} ({kind})"
        keys = _keys(root)
        in_full, full = _planned_in_full(root)
        assert full.written == 0, f"a full plan finds other outputs after step {step} ({kind})"
        assert full.planned > result.planned or kind in {"tag", "date", "draft", "add", "delete"}
        assert in_full == keys, f"other keys than a full plan's after step {step} ({kind})"
    assert kept_plan_used >= 5  # the body and title edits, at least


def test_a_body_edit_makes_and_keys_only_what_holds_the_article(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 60, seed=8)
    _, first = build_root(root)
    assert first.planned > 100  # a first build plans everything
    story = _markdown(root / "content")[3]
    story.write_text(story.read_text("utf-8") + "\nA correction.\n", "utf-8")
    _, again = build_root(root)
    # Its page, the feeds that carry it (the site's, its tags', its language's), and at
    # most the pages whose related coverage moved with its words.
    assert 1 <= again.planned <= 20, again.planned
    assert (root / CACHE_DIR / FILE_NAME).is_file()
    assert _published(root) == _cold(root, tmp_path)


def test_a_tag_change_plans_everything_again(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 40, seed=9)
    _, first = build_root(root)
    story = _markdown(root / "content")[2]
    _front(story, "tags", "[Brand new tag]")
    _, again = build_root(root)
    assert again.planned >= first.planned  # the shape changed: the full plan
    assert _published(root) == _cold(root, tmp_path)


def test_a_damaged_plan_is_planned_anew(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 30, seed=10)
    _, first = build_root(root)
    (root / CACHE_DIR / FILE_NAME).write_bytes(b"\x00not a plan")
    story = _markdown(root / "content")[1]
    story.write_text(story.read_text("utf-8") + "\nMore.\n", "utf-8")
    _, again = build_root(root)
    assert again.planned >= first.planned
    assert _published(root) == _cold(root, tmp_path)
