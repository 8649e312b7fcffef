"""Installed as users install it: the built wheel, in a fresh virtual environment without
extras, builds a site of every kind of document with its own console script."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, shared_data

PAGE = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"  # a WSJ article
MARKDOWN = """---
title: Harbour cranes return to Klaipėda
date: 2026-03-02T08:00:00+02:00
tags: [shipping]
---
The port authority said the two cranes would be back in service by Friday.
"""


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False
    )


def _site(root: Path) -> dict[str, str]:
    """A site with one document of each kind; returns a sentence each page must carry."""
    benchmark = shared_data("extract_eval", "article-extraction-benchmark")
    content = root / "content"
    content.mkdir(parents=True)
    (root / "site.toml").write_text(
        'title = "Installed"\nbase_url = "https://example.org/"\n', encoding="utf-8"
    )
    seed = REPO / "content" / "000_b659c5e0ad132ae6.txt"
    (content / seed.name).write_bytes(seed.read_bytes())
    (content / "cranes.md").write_text(MARKDOWN, encoding="utf-8")
    html = gzip.decompress((benchmark / "html" / f"{PAGE}.html.gz").read_bytes())
    (content / "stadia.html").write_bytes(html)
    truth = json.loads((benchmark / "ground-truth.json").read_text(encoding="utf-8"))
    return {
        "txt": seed.read_text(encoding="utf-8").split("\n")[1].split(", Ukrainian")[0],
        "md": "the two cranes would be back in service by Friday",
        "html": truth[PAGE]["articleBody"].split("\n")[0].split(". ")[0],
    }


def test_the_installed_wheel_builds_text_markdown_and_html(tmp_path: Path) -> None:
    site = tmp_path / "site"
    sentences = _site(site)
    env = {
        k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    }
    wheels = tmp_path / "wheels"
    built = _run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(wheels), str(REPO)],
        tmp_path,
        env,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    [wheel] = wheels.glob("site_builder-*.whl")
    venv = tmp_path / "venv"
    # The interpreter this Python was made from, not the test venv's: nothing leaks in.
    base = Path(getattr(sys, "_base_executable", sys.executable))
    assert _run([str(base), "-m", "venv", str(venv)], tmp_path, env).returncode == 0
    installed = _run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)], tmp_path, env
    )
    assert installed.returncode == 0, installed.stderr[-3000:]

    run = _run([str(venv / "bin" / "site-builder"), "build"], site, env)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "error:" not in run.stderr, run.stderr
    pages = {
        p.parent.name: p.read_text(encoding="utf-8") for p in (site / "public").glob("*/index.html")
    }
    found = {
        kind: [name for name, text in pages.items() if sentence in text]
        for kind, sentence in sentences.items()
    }
    assert all(len(names) == 1 for names in found.values()), found
    assert len({names[0] for names in found.values()}) == 3, found  # three article pages
