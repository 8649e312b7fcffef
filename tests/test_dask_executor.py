"""The dask executor: a site built with its per-document work on a dask.distributed cluster
(a LocalCluster of two worker processes here) is byte for byte the site the local pool
builds, after an edit too, and when a worker dies mid-build; a build that cannot use dask
fails cleanly, the published site intact.

Builds run as the console script, as a user runs them (the local one then really uses its
forked pool: this process runs the cluster's threads, where forking is unsafe)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import IN_CI, SITE_BUILDER
from tests.generated import generate_site

try:
    from distributed import Client, LocalCluster
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover (CI installs the dask extra: see the Makefile)
    if IN_CI:
        raise
    pytest.skip("dask is not installed (pip install '.[dask]')", allow_module_level=True)

DOCUMENTS = 90  # enough for the local build's worker pool
EPOCH = {"SOURCE_DATE_EPOCH": "1790000000"}


class KillOnce(WorkerPlugin):
    """In the cluster's workers: loading ``victim`` ends the worker process outright (as
    the out-of-memory killer would), the first time only (``marker`` remembers it)."""

    def __init__(self, victim: str, marker: str) -> None:
        self.victim, self.marker = victim, marker

    def setup(self, worker: Any) -> None:
        from site_builder.source import loader  # noqa: PLC0415

        real, victim, marker = loader.load_source, self.victim, Path(self.marker)

        def load_source(path: Path, *args: Any) -> Any:
            if path.name == victim and not marker.exists():
                marker.write_text(str(os.getpid()))
                os._exit(3)
            return real(path, *args)

        loader.load_source = load_source  # type: ignore[assignment]


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,  # type: ignore[no-untyped-call]
        dashboard_address=":0",
    ) as local:
        yield local.scheduler_address


def _build(
    root: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SITE_BUILDER), "build", "--root", str(root), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **EPOCH, **(env or {})},
        timeout=300,
        check=False,
    )


def _built(root: Path, *args: str) -> None:
    run = _build(root, *args)
    assert run.returncode == 0, run.stderr[-3000:]


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _same_sites(one: Path, other: Path) -> None:
    mine, theirs = _tree(one / "public"), _tree(other / "public")
    assert sorted(mine) == sorted(theirs)
    different = [path for path in mine if mine[path] != theirs[path]]
    assert not different, different[:10]
    assert len([p for p in mine if p.endswith("/index.html")]) > DOCUMENTS


def _two_sites(tmp_path: Path) -> tuple[Path, Path]:
    local = generate_site(tmp_path / "local", DOCUMENTS)
    shutil.copytree(local, tmp_path / "dask")
    return local, tmp_path / "dask"


def _a_document(root: Path) -> Path:
    return sorted((root / "content").rglob("*.md"))[3]


def test_the_dask_build_is_the_local_build_also_after_an_edit(cluster: str, tmp_path: Path) -> None:
    local, remote = _two_sites(tmp_path)
    _built(local)
    _built(remote, "--executor", "dask", "--scheduler", cluster)
    _same_sites(local, remote)

    for root in (local, remote):
        document = _a_document(root)
        document.write_text(
            document.read_text(encoding="utf-8") + "\nA late update.\n", encoding="utf-8"
        )
    _built(local)
    (remote / "site.toml").write_text(
        (remote / "site.toml").read_text(encoding="utf-8")
        + f'\n[build]\nexecutor = "dask"\nscheduler = "{cluster}"\n',
        encoding="utf-8",
    )
    _built(remote)  # the engine from site.toml this time
    _same_sites(local, remote)
    assert "A late update." in "".join(
        p.read_text(encoding="utf-8") for p in (remote / "public").rglob("index.html")
    )


def test_a_worker_lost_mid_build_is_retried_and_the_site_is_complete(
    cluster: str, tmp_path: Path
) -> None:
    local, remote = _two_sites(tmp_path)
    marker = tmp_path / "killed"
    victim = _a_document(remote).name
    with Client(cluster, set_as_default=False) as client:  # type: ignore[no-untyped-call]
        client.register_plugin(KillOnce(victim, str(marker)), name="kill-once")
        try:
            _built(remote, "--executor", "dask", "--scheduler", cluster)
        finally:
            client.unregister_worker_plugin("kill-once")
    assert marker.is_file(), "no worker was killed"
    _built(local)
    _same_sites(local, remote)


def test_without_dask_or_its_scheduler_the_build_fails_cleanly(
    cluster: str, tmp_path: Path
) -> None:
    local, _ = _two_sites(tmp_path)
    _built(local)
    before = _tree(local / "public")
    document = _a_document(local)
    document.write_text(document.read_text(encoding="utf-8") + "\nChanged.\n", encoding="utf-8")

    unreachable = _build(
        local,
        "--executor",
        "dask",
        "--scheduler",
        "tcp://127.0.0.1:9",
        env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )
    assert unreachable.returncode == 1
    assert "cannot reach the dask scheduler at tcp://127.0.0.1:9" in unreachable.stderr

    without = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['distributed'] = None; "
            "sys.argv = ['site-builder', *sys.argv[1:]]; "
            "from site_builder.app.cli import main; main()",
            "build",
            "--root",
            str(local),
            "--executor",
            "dask",
            "--scheduler",
            cluster,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, **EPOCH},
        timeout=300,
        check=False,
    )
    assert without.returncode == 1
    assert "needs the 'dask' extra (pip install 'site_builder[dask]')" in without.stderr
    assert _tree(local / "public") == before  # the published site, untouched

    usage = _build(local, "--executor", "dask")
    assert usage.returncode == 2 and "'--scheduler'" in usage.stderr
