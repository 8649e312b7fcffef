"""axe-core (from npm) in headless Chromium over every page type, light and dark: no
WCAG 2.1 A/AA violation. `.ci/run` installs axe-core into tests/.axe/ with npm."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from site_builder.core.config import SiteConfig
from site_builder.pipeline.build import BuildResult
from tests.cdp import Browser
from tests.conftest import IN_CI, MakeSite, build_root

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
RUN = """axe.run(document, {runOnly: {type: "tag", values: %s}}).then(r => r.violations.map(
    v => ({id: v.id, impact: v.impact,
           nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))})))"""
TAGS = '["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]'


def _axe() -> str:
    if not AXE.is_file():
        if IN_CI:
            pytest.fail("axe-core is required in CI (.ci/run installs it with npm)")
        pytest.skip("axe-core not installed: npm install --prefix tests/.axe axe-core@4.14.1")
    return AXE.read_text("utf-8")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Requests are not test output."""


def _serve(folder: Path, base_path: str, scratch: Path) -> tuple[http.server.HTTPServer, str]:
    """Serve ``folder`` at ``base_path`` on a loopback port."""
    root = scratch / "served"
    mount = root / base_path.strip("/") if base_path.strip("/") else root
    mount.parent.mkdir(parents=True, exist_ok=True)
    if mount == root:
        root = folder
    else:
        mount.symlink_to(folder, target_is_directory=True)
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{base_path}"


def _violations(base: str, pages: list[str], profile: Path) -> list[str]:
    axe = _axe()
    found = []
    browser = Browser(profile)
    try:
        for dark in (False, True):
            for path in pages:
                page = browser.open(f"{base}{path}", dark=dark)
                page.evaluate(axe)
                for v in page.evaluate(RUN % TAGS):
                    found.append(
                        f"{path or '/'} ({'dark' if dark else 'light'}): "
                        f"{v['id']} ({v['impact']}) at {v['nodes']}"
                    )
                page.close()
    finally:
        browser.close()
    return found


def _first(folder: Path, pattern: str) -> str:
    match = sorted(folder.glob(pattern))
    assert match, pattern
    return match[0].parent.relative_to(folder).as_posix() + "/"


def test_the_check_finds_violations_where_there_are_some(
    served_example: tuple[str, Path], tmp_path: Path
) -> None:
    base, root = served_example
    (root / "public" / "bad.html").write_text(
        '<!DOCTYPE html><title>x</title><img src="a.png"><p style="color:#ccc;'
        'background:#fff">faint</p>',
        "utf-8",
    )
    found = " ".join(_violations(base, ["bad.html"], tmp_path / "profile"))
    for rule in ("html-has-lang", "image-alt", "color-contrast"):
        assert f"bad.html (light): {rule}" in found and f"bad.html (dark): {rule}" in found


def test_example_site_pages_have_no_wcag_violations(
    served_example: tuple[str, Path], tmp_path: Path
) -> None:
    base, root = served_example
    public = root / "public"
    pages = [
        "",
        _first(public, "talks*/index.html"),
        "tags/",
        "tags/energy/",
        "archive/",
        _first(public, "archive/*/*/index.html"),
        "authors/",
        _first(public, "authors/*/index.html"),
        "search/",
        "404.html",
    ]
    assert (public / "search/index.html").is_file()
    assert _violations(base, pages, tmp_path / "profile") == []


@pytest.fixture
def served_generated(
    generated_site: tuple[SiteConfig, BuildResult], tmp_path: Path
) -> Iterator[tuple[str, Path]]:
    config, _ = generated_site
    server, base = _serve(config.output_dir, config.base_path, tmp_path)
    yield base, config.output_dir
    server.shutdown()
    server.server_close()


def test_generated_site_pages_have_no_wcag_violations(
    served_generated: tuple[str, Path], tmp_path: Path
) -> None:
    base, public = served_generated
    with_image = next(
        p.parent
        for p in sorted(public.glob("*/index.html"))
        if b'class="lead-image"' in p.read_bytes()
    )
    pages = [
        "",
        "page/2/",
        with_image.name + "/",
        _first(public, "*/index.html"),
        "tags/",
        _first(public, "tags/*/index.html"),
        "archive/",
        _first(public, "archive/*/*/index.html"),
        "authors/",
        _first(public, "authors/*/index.html"),
        _first(public, "lang/*/index.html"),
        "404.html",
    ]
    assert _violations(base, pages, tmp_path / "profile") == []


RUSSIAN = {
    "site.toml": 'title = "Вести"\nbase_url = "https://t.example/"\nlanguage = "ru"\n'
    "search = true\n",
    "content/svet.md": "---\ntitle: Свет вернулся в Днепр после ночных ударов по подстанциям\n"
    "date: 2026-01-05T10:00:00Z\ntags: [Энергетика]\nauthor: Анна Петрова\n"
    "---\nЭнергетики восстановили подачу света в большинство районов.\n\n"
    "## Что дальше\n\nРемонт продолжится всю неделю.\n",
    "content/metro.md": "---\ntitle: Метро снова ходит\ndate: 2026-01-06T10:00:00Z\n"
    "tags: [Транспорт, Энергетика]\n---\nПоезда пошли в шесть утра.\n",
}


def test_a_russian_site_has_no_wcag_violations(make_site: MakeSite, tmp_path: Path) -> None:
    root = make_site(RUSSIAN)
    server, base = _serve(root / "public", "/", tmp_path)
    try:
        toml = root / "site.toml"
        toml.write_text(toml.read_text("utf-8").replace("https://t.example/", base), "utf-8")
        build_root(root)
        public = root / "public"
        pages = [
            "",
            _first(public, "svet*/index.html"),
            "tags/",
            _first(public, "tags/*/index.html"),
            "archive/",
            "authors/",
            _first(public, "authors/*/index.html"),
            "search/",
            "404.html",
        ]
        assert _violations(base, pages, tmp_path / "profile") == []
    finally:
        server.shutdown()
        server.server_close()
