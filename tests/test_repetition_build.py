"""Repetition in a build: a line that recurs across one source's documents is removed from
every page of the site, a cold build and every rebuild after it agree, and the removal
report and explain tell the counts."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from site_builder.article import document
from site_builder.core.config import load_config
from site_builder.incremental.cache import CACHE_DIR
from site_builder.pipeline.build import BuildOptions, InMemory, build
from site_builder.pipeline.explain import explain_file
from site_builder.publish.output import MARKER
from tests.conftest import NOW, SITE_BUILDER, MakeSite, build_root, tree_bytes

FOOTER = "LSM English is on Bluesky now"  # no rule, no classifier: only its repetition
BACKGROUND = "Latvia regained its independence in 1991 after five decades of Soviet occupation."


def _story(number: int, *extra: str, domain: str = "eng.lsm.lv") -> str:
    lines = "".join(f"{line}\n\n" for line in extra)
    return (
        "---\n"
        f"title: Council vote number {number}\n"
        f"date: 2026-01-{1 + number % 28:02d}\n"
        f"original_url: https://{domain}/article/{number}\n"
        "---\n\n"
        f"The council voted on plan number {number} on Tuesday, after a debate.\n\n"
        f"{lines}"
    )


def _pages(files: dict[str, bytes]) -> dict[str, str]:
    return {
        name: data.decode()
        for name, data in files.items()
        if name.endswith("index.html") and "council-vote-number" in name
    }


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


def test_a_footer_every_story_of_a_source_carries_is_removed_from_every_page(
    make_site: MakeSite, tmp_path: Path
) -> None:
    root = make_site(
        {
            **{f"content/{n}.md": _story(n, BACKGROUND, FOOTER) for n in range(4)},
            # Another outlet's story with the same line: one of its kind, it stays.
            "content/other.md": _story(9, FOOTER, domain="other.example"),
        }
    )
    _, result = build_root(root)
    assert not result.errors
    pages = _pages(result.files)
    assert len(pages) == 5
    for name, page in pages.items():
        assert (FOOTER in page) == ("council-vote-number-9" in name), name
        assert BACKGROUND in page or "number-9" in name  # the reused sentence stays
    assert _published(root) == _cold(root, tmp_path)


def test_every_rebuild_equals_a_cold_build_as_lines_cross_the_threshold(
    make_site: MakeSite, tmp_path: Path
) -> None:
    root = make_site({f"content/{n}.md": _story(n, FOOTER) for n in range(2)})
    content = root / "content"
    steps: list[Callable[[], object]] = [
        # A third story with the footer: it becomes repeated in all three.
        lambda: (content / "2.md").write_text(_story(2, FOOTER), "utf-8"),
        # An edit elsewhere in one of them.
        lambda: (content / "0.md").write_text(_story(0, FOOTER, "A new paragraph."), "utf-8"),
        # Stories without it: 3 of 13 is under a quarter, the footer is back on every page.
        *[(lambda n=n: (content / f"{n}.md").write_text(_story(n), "utf-8")) for n in range(3, 13)],
        # One of them gains it again: 4 of 13.
        lambda: (content / "5.md").write_text(_story(5, FOOTER), "utf-8"),
        (content / "1.md").unlink,
    ]
    build_root(root)
    shown = []
    for step, change in enumerate(steps):
        change()
        _, result = build_root(root)
        assert not result.errors
        assert _published(root) == _cold(root, tmp_path), f"differs after step {step}"
        shown.append(sum(FOOTER in page for page in _pages(result.files).values()))
    assert shown[0] == 0 and shown[1] == 0  # repeated, removed
    assert shown[11] == 3  # under the share: kept
    assert shown[12] == 0 and shown[13] == 0  # repeated again


def test_an_edit_makes_only_the_edited_document_again(
    make_site: MakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_site({f"content/{n}.md": _story(n, FOOTER) for n in range(6)})
    build_root(root)
    made: list[str] = []
    real = document.clean_and_build

    def counted(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(doc.relpath)
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(document, "clean_and_build", counted)
    (root / "content" / "3.md").write_text(_story(3, FOOTER, "A correction."), "utf-8")
    _, result = build_root(root)
    assert made == ["3.md"]
    assert all(FOOTER not in page for page in _pages(result.files).values())


def test_the_removal_report_and_explain_tell_the_counts(make_site: MakeSite) -> None:
    root = make_site({f"content/{n}.md": _story(n, FOOTER) for n in range(4)})
    report = root / "removals.json"
    subprocess.run(
        [str(SITE_BUILDER), "build", "--root", str(root), "--report", str(report), "--quiet"],
        check=True,
    )
    documents = json.loads(report.read_text("utf-8"))["documents"]
    reasons = {r["reason"] for d in documents for r in d["removals"] if r["layer"] == "repetition"}
    assert reasons == {"repeated in 4 of 4 documents from eng.lsm.lv"}
    config, _ = load_config(root)
    text = explain_file(root / "content" / "0.md", config)
    assert "[repetition: repetition] repeated in 4 of 4 documents from eng.lsm.lv" in text
    assert FOOTER not in text.split("Removed")[0]
    # explain reads the file as it is now, the others as the last build recorded them.
    (root / "content" / "1.md").write_text(_story(1), "utf-8")
    text = explain_file(root / "content" / "0.md", config)
    assert "repeated in 3 of 4 documents from eng.lsm.lv" in text


def test_a_large_site_on_worker_processes_agrees_with_a_cold_build(
    make_site: MakeSite, tmp_path: Path
) -> None:
    # Enough documents for worker processes (executors.POOL_MIN_ITEMS): the expected lines
    # travel to them with each document.
    files = {
        f"content/{n}.md": _story(n, FOOTER if n % 3 else "Nothing shared.") for n in range(70)
    }
    root = make_site(files)
    _, result = build_root(root, workers=2)
    assert sum(FOOTER in page for page in _pages(result.files).values()) == 0
    (root / "content" / "7.md").write_text(_story(7, FOOTER, "More."), "utf-8")
    build_root(root, workers=2)
    assert _published(root) == _cold(root, tmp_path)


def test_a_first_build_makes_few_documents_twice_when_every_one_holds_the_footer(
    make_site: MakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    from site_builder.incremental.collect import GUESS_FROM  # noqa: PLC0415

    count = GUESS_FROM + 40
    root = make_site({f"content/{n}.md": _story(n, FOOTER) for n in range(count)})
    made: list[str] = []
    real = document.clean_and_build

    def counted(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(doc.relpath)
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(document, "clean_and_build", counted)
    _, result = build_root(root, workers=1)  # made here, where they can be counted
    assert all(FOOTER not in page for page in _pages(result.files).values())
    # The first GUESS_FROM are made before anything is known to repeat, and again; the
    # rest expect the footer from them and are made once.
    assert len(made) == count + GUESS_FROM
