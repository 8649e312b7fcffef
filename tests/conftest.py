"""Shared fixtures: example and throwaway sites in temporary folders."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag

from site_builder.core.config import SiteConfig, load_config
from site_builder.core.errors import Diagnostic
from site_builder.core.model import SourceDocument
from site_builder.pipeline.build import BuildOptions, BuildResult, build
from site_builder.publish.output import MARKER
from site_builder.source.loader import load_source
from site_builder.source.scan import scan_content
from tests.generated import generate_site

REPO = Path(__file__).resolve().parent.parent
SEEDS = {
    "000": REPO / "content" / "000_b659c5e0ad132ae6.txt",
    "001": REPO / "content" / "001_ecbace57fbf98ec3.txt",
}
NOW = datetime(2026, 11, 22, tzinfo=UTC)
# The installed console script, as a user runs it.
SITE_BUILDER = Path(sys.executable).with_name("site-builder")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need_tool(name: str) -> str:
    """Path of an external tool; a missing tool fails in CI and skips elsewhere."""
    found = shutil.which(name)
    if found:
        return found
    if IN_CI:
        pytest.fail(f"{name} is required in CI (.ci/run installs it)")
    pytest.skip(f"{name} not installed")


def _origin_checkout() -> Path | None:
    """The checkout this one was cloned from (``git clone . /tmp/x``), if it was."""

    found = subprocess.run(
        ["git", "-C", str(REPO), "config", "--get", "remote.origin.url"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    origin = Path(found) if found and "://" not in found else None
    return origin if origin is not None and origin.is_dir() else None


def shared_data(*parts: str) -> Path:
    """A folder of ../shared (real benchmark pages), beside this checkout or beside the one
    it was cloned from; missing, it fails in CI and skips elsewhere."""
    origin = _origin_checkout()
    tops = [REPO.parent] if origin is None else [REPO.parent, origin.parent]
    for top in tops:
        found = top.joinpath("shared", *parts)
        if found.is_dir():
            return found
    if IN_CI:  # CI has shared/ beside the clone: missing data is a failure there
        pytest.fail(f"shared data not found: {Path('..', 'shared', *parts)}")
    pytest.skip(f"shared data not found: {Path('..', 'shared', *parts)}")


def need_mount() -> None:
    """Mounting file systems (a small tmpfs, a read-only bind mount): root with the
    capability to mount; missing fails in CI (which runs as root) and skips elsewhere."""
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"site-builder-mount-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    try:
        mounted = (
            os.geteuid() == 0
            and subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                capture_output=True,
                check=False,
            ).returncode
            == 0
        )
        if mounted:
            subprocess.run(["umount", str(probe)], check=True)
    finally:
        probe.rmdir()
    if mounted:
        return
    if IN_CI:
        pytest.fail("mounting a tmpfs is required in CI (it runs as root)")
    pytest.skip("cannot mount a tmpfs here (needs root)")


@pytest.fixture
def example_site(tmp_path: Path) -> Path:
    """A copy of the repository's example site (site.toml and content/)."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(REPO / "site.toml", root / "site.toml")
    shutil.copytree(REPO / "content", root / "content")
    return root


MakeSite = Callable[[dict[str, str]], Path]


@pytest.fixture
def make_site(tmp_path: Path) -> MakeSite:
    """A site built from {relative path: text}; site.toml gets a test default."""

    def make(files: dict[str, str]) -> Path:
        root = tmp_path / "made"
        files = {"site.toml": 'title = "Test"\nbase_url = "https://t.example/"\n', **files}
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return make


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too), by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def build_root(
    root: Path, *, drafts: bool = False, future: bool = False, workers: int | None = None
) -> tuple[SiteConfig, BuildResult]:
    """Build and publish as ``site-builder build`` does; the result's ``files`` are the
    published site as a reader sees it (what this build wrote plus what it kept)."""
    config, _ = load_config(root)
    result = build(config, BuildOptions(NOW, drafts, future, workers))
    published = tree_bytes(config.output_dir) if config.output_dir.is_dir() else {}
    published.pop(MARKER, None)
    return config, replace(result, files=published)


@pytest.fixture(scope="session")
def generated_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[SiteConfig, BuildResult]:
    """A generated 1,000-article site, built once per test session."""
    root = generate_site(tmp_path_factory.mktemp("generated"), 1000)
    return build_root(root)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Requests are not test output."""


@contextlib.contextmanager
def serving(root: Path, base_url: str) -> Iterator[tuple[str, Path]]:
    """The site at ``root`` built for, and served from, a loopback port (its ``base_url`` in
    site.toml replaced by the port's): (base URL, site root)."""
    handler = functools.partial(_QuietHandler, directory=str(root / "public"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    toml = root / "site.toml"
    toml.write_text(toml.read_text("utf-8").replace(base_url, base), "utf-8")
    build_root(root)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield base, root
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def served_example(example_site: Path) -> Iterator[tuple[str, Path]]:
    """The example site built for, and served from, a loopback port: (base URL, site root)."""
    with serving(example_site, "https://example.org/news/") as served:
        yield served


def page_soup(result: BuildResult, path: str) -> BeautifulSoup:
    """A page the build made, parsed."""
    return BeautifulSoup(result.files[path], "html.parser")


def find_one(page: BeautifulSoup | Tag, *args: Any, **kwargs: Any) -> Tag:
    """The element ``page.find`` finds; there must be one."""
    found = page.find(*args, **kwargs)
    assert isinstance(found, Tag), (args, kwargs)
    return found


def load_documents(config: SiteConfig) -> tuple[list[SourceDocument], list[Diagnostic]]:
    """Every readable document of a site as the build loads it (scan, then the loader), and
    a diagnostic for each one that is not: what the loader's tests look at."""
    scan = scan_content(config)
    problems = list(scan.problems)
    documents: list[SourceDocument] = []
    for path, dates in scan.documents:
        doc, problem = load_source(path, dates, config)
        if doc is not None:
            documents.append(doc)
        if problem is not None:
            problems.append(problem)
    return documents, problems
