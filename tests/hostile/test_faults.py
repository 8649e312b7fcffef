"""Faults a publisher meets, run as a user meets them (real processes, real file systems):
two builds at once, a full disk at several fill levels, damaged or read-only state. Each
ends in one clear message (never "a bug in site_builder", never a traceback), and the
published site is byte-identical to the last complete build, or the new complete one."""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from site_builder.core.errors import BuildError
from site_builder.core.faults import cache_damaged, describe, reported
from site_builder.core.lock import held
from site_builder.incremental.cache import CACHE_DIR, cache_file
from site_builder.pipeline.build import lock_file
from tests.conftest import NOW, SITE_BUILDER, need_mount, tree_bytes
from tests.generated import generate_site
from tests.hostile.support import Run, run_cli

ENV = {**os.environ, "SOURCE_DATE_EPOCH": str(int(NOW.timestamp()))}
TITLES = {"A": "Fault site A", "B": "Fault site B"}


def _no_bug(run: Run) -> None:
    assert "a bug in site_builder" not in run.stderr, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    assert "unexpected" not in run.stderr, run.stderr


def _set_title(root: Path, version: str) -> None:
    """Two versions of the site that differ on every page (and in the cache's key)."""
    toml = root / "site.toml"
    lines = [
        line
        for line in toml.read_text(encoding="utf-8").splitlines()
        if not line.startswith("title =")
    ]
    toml.write_text("\n".join([f'title = "{TITLES[version]}"', *lines]) + "\n", encoding="utf-8")


def _build(root: Path, *args: str) -> Run:
    return run_cli(["build", "-q", *args], root, timeout=300)


def _built(root: Path, *args: str) -> dict[str, bytes]:
    run = _build(root, *args)
    assert run.returncode == 0, run.stderr
    _no_bug(run)
    return tree_bytes(root / "public")


@contextmanager
def _mounted_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    need_mount()
    folder.mkdir(parents=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


@contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """``folder`` read-only even to root (a read-only bind mount); to others, by its mode."""
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)
        return
    need_mount()
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


# Two builds at once --------------------------------------------------------------------


def _start(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(SITE_BUILDER), "build", "-q", *args],
        cwd=root,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finished(process: subprocess.Popen[str]) -> Run:
    out, err = process.communicate(timeout=300)
    return Run(process.returncode, out, err, False)


def _wait_for_lock(process: subprocess.Popen[str], lock: Path) -> None:
    """Until ``process`` holds ``lock`` (its holder writes its process id there)."""
    deadline = time.monotonic() + 60
    while not (lock.is_file() and lock.read_text(encoding="ascii").strip() == str(process.pid)):
        assert process.poll() is None, _finished(process).stderr
        assert time.monotonic() < deadline, "the build took no lock"
        time.sleep(0.01)


def test_builds_started_together_wait_for_each_other(tmp_path: Path) -> None:
    reference = generate_site(tmp_path / "reference", 40)
    expected = _built(reference)
    root = generate_site(tmp_path / "site", 40)
    builds = [_start(root) for _ in range(3)]
    runs = [_finished(p) for p in builds]
    for run in runs:
        assert run.returncode == 0, run.stderr
        _no_bug(run)
    assert any("Waiting for another build of the output folder" in run.stderr for run in runs), [
        run.stderr for run in runs
    ]
    assert tree_bytes(root / "public") == expected
    # The cache they shared is whole: the next build replays and agrees.
    with sqlite3.connect(cache_file(root)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _built(root) == expected


def test_no_wait_refuses_while_another_build_runs(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "site", 100)
    first = _start(root)
    _wait_for_lock(first, lock_file(root / "public"))
    second = _build(root, "--no-wait")
    assert first.poll() is None, "the first build ended before the second was refused"
    assert second.returncode == 1
    _no_bug(second)
    assert "another build of the output folder" in second.stderr
    assert f"(process {first.pid})" in second.stderr
    assert "nothing was published" in second.stderr
    done = _finished(first)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(cache_file(root)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    published = tree_bytes(root / "public")
    assert (root / "public" / "index.html").is_file()
    assert _built(root) == published  # whole: the next build finds nothing to change


def test_a_build_waits_for_the_cache_a_preview_holds(tmp_path: Path) -> None:
    """``serve`` rebuilds in memory but with the site's cache: it takes the cache's lock
    (as a build into memory does), so a build into public/ meanwhile waits, or refuses."""
    root = generate_site(tmp_path / "site", 5)
    _built(root)
    with held(cache_file(root).parent / "lock", "the site", wait=False):
        refused = _build(root, "--no-wait")
        waiting = _start(root)
        _wait_for_lock(waiting, lock_file(root / "public"))  # it has the output's: next, ours
        time.sleep(0.5)
        assert waiting.poll() is None  # still waiting for the lock
    assert refused.returncode == 1
    _no_bug(refused)
    assert f"another build of the site in {root} is running" in refused.stderr
    done = _finished(waiting)
    assert done.returncode == 0, done.stderr
    assert f"Waiting for another build of the site in {root}" in done.stderr


# A full disk ---------------------------------------------------------------------------


def _fill(disk: Path, leave: int) -> Path:
    """Fill the file system of ``disk`` until ``leave`` bytes are free."""
    filler = disk / "filler"
    stat = os.statvfs(disk)
    size = stat.f_bavail * stat.f_frsize - leave
    with filler.open("wb") as out:
        if size > 0:
            os.posix_fallocate(out.fileno(), 0, size)
    return filler


def _blocks(tree: dict[str, bytes]) -> int:
    return sum(-(-len(data) // 4096) * 4096 for data in tree.values())


def _set_size(root: Path, version: str) -> None:
    """Version "big" adds long articles to the site: a build of it needs room for them in
    the cache and in the new tree (a same-sized site reuses the spare tree's space)."""
    extra = root / "content" / "extra"
    shutil.rmtree(extra, ignore_errors=True)
    if version == "big":
        extra.mkdir()
        paragraph = "A long report on the power grid and the winter prices. " * 40
        for index in range(4):
            (extra / f"long-{index}.md").write_text(
                f"---\ntitle: Long report {index}\ndate: 2024-03-0{index + 1}\n---\n\n"
                + "\n\n".join(f"{paragraph} Part {part}." for part in range(30))
                + "\n",
                encoding="utf-8",
            )


def test_a_full_disk_at_any_fill_level_leaves_the_site_whole(tmp_path: Path) -> None:
    with _mounted_tmpfs(tmp_path / "disk", "32m") as disk:
        root = generate_site(disk / "site", 20)
        trees = {}
        for version in ("big", "small"):
            _set_size(root, version)
            trees[version] = _built(root)
        need = _blocks(trees["big"]) - _blocks(trees["small"])
        phases = set()
        for leave in (0, need // 8, need // 2, need, need * 2):
            _set_size(root, "big")
            # The spare tree holds the previous site, the big one: the space it takes would
            # be reused. A site that grows for the first time needs new room.
            shutil.rmtree(root / ".public.spare")
            filler = _fill(disk, leave)
            run = _build(root)
            found = tree_bytes(root / "public")
            filler.unlink()
            _no_bug(run)
            if run.returncode == 0:
                assert found == trees["big"], f"{leave} bytes free: a partial site"
                phases.add("published")
            else:
                assert found == trees["small"], f"{leave} bytes free: the site changed"
                errors = [line for line in run.stderr.splitlines() if "error:" in line]
                assert len(errors) == 1, run.stderr
                assert re.search(
                    r"the disk is full: could not write (the build cache )?/", errors[0]
                ), errors[0]
                assert f"nothing was published: {root / 'public'} is as the last" in errors[0]
                phases.add("cache" if "build cache" in errors[0] else "site")
            # Space freed, the next build works with no clean-up at all.
            assert _built(root) == trees["big"], f"after {leave} bytes free"
            _set_size(root, "small")
            assert _built(root) == trees["small"]
        # The fill levels did reach both the cache and the new site's files, and a build
        # with room enough published.
        assert phases == {"cache", "site", "published"}, phases


# Damaged state -------------------------------------------------------------------------


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    root = generate_site(tmp_path / "site", 12)
    _set_title(root, "A")
    return root, _built(root)


def _damage_truncated(database: Path) -> None:
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 2])


def _damage_overwritten(database: Path) -> None:
    database.write_bytes(b"this is not a database\n" * 2000)


def _damage_pages(database: Path) -> None:
    """The header intact, the pages after it garbage: found only when they are read."""
    data = bytearray(database.read_bytes())
    for offset in range(4096, len(data), 97):
        data[offset] = (data[offset] * 31 + 7) % 256
    database.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_damage_truncated, _damage_overwritten, _damage_pages])
def test_a_damaged_cache_is_rebuilt(
    built: tuple[Path, dict[str, bytes]], damage: object, tmp_path: Path
) -> None:
    root, tree = built
    assert callable(damage)
    damage(cache_file(root))
    _set_title(root, "B")
    run = _build(root)
    assert run.returncode == 0, run.stderr
    _no_bug(run)
    assert "the build cache" in run.stderr and "was damaged" in run.stderr, run.stderr
    _set_title(root, "A")
    again = _build(root)
    assert again.returncode == 0 and again.stderr == "", again.stderr  # made anew: no warning
    assert tree_bytes(root / "public") == tree
    with sqlite3.connect(cache_file(root)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_output_path_that_is_a_file_is_refused(built: tuple[Path, dict[str, bytes]]) -> None:
    root, _ = built
    target = root / "site.txt"
    target.write_bytes(b"not a site\n")
    with (root / "site.toml").open("a", encoding="utf-8") as toml:
        toml.write('output_dir = "site.txt"\n')
    run = _build(root)
    assert run.returncode == 1
    _no_bug(run)
    assert f"the output path {target} is a file, not a folder" in run.stderr
    assert target.read_bytes() == b"not a site\n"


def test_a_cache_folder_that_is_a_file_is_done_without(
    built: tuple[Path, dict[str, bytes]],
) -> None:
    root, tree = built
    folder = root / CACHE_DIR
    shutil.rmtree(folder)
    folder.write_bytes(b"")
    run = _build(root)
    assert run.returncode == 0, run.stderr
    _no_bug(run)
    assert "building without the cache" in run.stderr
    assert tree_bytes(root / "public") == tree


@pytest.mark.parametrize("which", ["output folder", "folder holding it"])
def test_a_read_only_output_is_reported_and_left_whole(tmp_path: Path, which: str) -> None:
    root = generate_site(tmp_path / "site", 20)
    holder = tmp_path / "out"
    holder.mkdir()
    output = holder / "public"
    first = _build(root, "--output", str(output))
    assert first.returncode == 0, first.stderr
    tree = tree_bytes(output)
    _set_title(root, "B")
    with _read_only(output if which == "output folder" else holder):
        run = _build(root, "--output", str(output))
        assert tree_bytes(output) == tree
    assert run.returncode == 1, run.stderr
    _no_bug(run)
    assert f"nothing was published: {output} is as the last build left it" in run.stderr
    again = _build(root, "--output", str(output))
    assert again.returncode == 0, again.stderr
    assert tree_bytes(output) != tree


def test_a_read_only_cache_folder_is_done_without(built: tuple[Path, dict[str, bytes]]) -> None:
    root, tree = built
    _set_title(root, "B")
    with _read_only(root / CACHE_DIR):
        run = _build(root)
    assert run.returncode == 0, run.stderr
    _no_bug(run)
    assert "building without the cache: could not write" in run.stderr, run.stderr
    _set_title(root, "A")
    assert _built(root) == tree


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/s/p"),
            "the disk is full: could not write /s/p",
        ),
        (OSError(errno.EROFS, "Read-only file system", "/s/p"), "could not write /s/p: Read-only"),
        (OSError(errno.ENOTDIR, "Not a directory", "/s/p"), "a file stands where a folder must be"),
        (OSError(errno.EBUSY, "Device or resource busy", "/s/p"), "could not replace /s/p"),
    ],
)
def test_each_fault_is_said_in_the_publishers_terms(error: OSError, said: str) -> None:
    assert describe(error).startswith(said)
    with pytest.raises(BuildError) as raised, reported(Path("/s/public"), None):
        raise error
    assert "nothing was published: /s/public is as the last build left it" in str(raised.value)
    assert "bug" not in str(raised.value)


def test_a_full_cache_database_is_said_to_be_a_full_disk(tmp_path: Path) -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # as sqlite3 sets it
    assert (
        describe(full, tmp_path / "c.db")
        == f"the disk is full: could not write the build cache {tmp_path / 'c.db'}"
    )
    damaged = sqlite3.DatabaseError("file is not a database")
    damaged.sqlite_errorcode = 26
    assert cache_damaged(damaged) and not cache_damaged(full)
