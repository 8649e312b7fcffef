"""The command line, run as a user runs it: the installed console script in a site folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import MakeSite

SCRIPT = Path(sys.executable).parent / "site-builder"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1790000000"}
    return subprocess.run([str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_build_in_a_site_folder(example_site: Path) -> None:
    result = _run("build", cwd=example_site)
    assert result.returncode == 0, result.stderr
    assert (example_site / "public" / "index.html").is_file()
    assert "Built 2 articles" in result.stderr


def test_missing_site_toml_warns_and_uses_defaults(make_site: MakeSite) -> None:
    root = make_site({"content/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\nText.\n"})
    (root / "site.toml").unlink()
    result = _run("build", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "no site.toml found" in result.stderr
    assert (root / "public" / "a" / "index.html").is_file()


def test_content_error_exits_1_with_path_and_line(make_site: MakeSite) -> None:
    root = make_site({
        "content/ok.md": "---\ntitle: Ok\ndate: 2026-01-01\n---\nText.\n",
        "content/bad.md": "---\ntitle: Bad\ndate: not a date\n---\nText.\n",
    })
    result = _run("build", cwd=root)
    assert result.returncode == 1
    assert "bad.md:3: error: metadata 'date'" in result.stderr
    assert "Traceback" not in result.stderr
    assert (root / "public" / "ok" / "index.html").is_file()


def test_config_error_exits_1_and_leaves_output_alone(make_site: MakeSite) -> None:
    root = make_site({"content/ok.md": "---\ntitle: Ok\ndate: 2026-01-01\n---\nText.\n"})
    assert _run("build", cwd=root).returncode == 0
    before = (root / "public" / "ok" / "index.html").read_bytes()
    (root / "site.toml").write_text('titel = "x"\n', encoding="utf-8")
    result = _run("build", cwd=root)
    assert result.returncode == 1 and "did you mean 'title'" in result.stderr
    assert (root / "public" / "ok" / "index.html").read_bytes() == before


def test_explain_shows_removals_with_rules(example_site: Path) -> None:
    result = _run("explain", "content/001_ecbace57fbf98ec3.txt", cwd=example_site)
    assert result.returncode == 0, result.stderr
    assert "[related: " in result.stdout and "[social: " in result.stdout
    assert "Removed 2 piece(s)" in result.stdout
    assert "wrote on the Telegram" in result.stdout


def test_python_dash_m_works(example_site: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "site_builder", "--help"], cwd=example_site,
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0 and "build" in result.stdout and "explain" in result.stdout
