"""The command line, run as a user runs it: the installed console script in a site folder."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from site_builder.app import cli as cli_module
from site_builder.app import progress
from site_builder.app.progress import ProgressBar
from tests.conftest import SITE_BUILDER, MakeSite


def run_cli(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The console script with a fixed clock (and ``env`` added), output captured (piped)."""
    full_env = {**os.environ, "SOURCE_DATE_EPOCH": "1790000000", **env}
    return subprocess.run(
        [str(SITE_BUILDER), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


_run = run_cli


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
    root = make_site(
        {
            "content/ok.md": "---\ntitle: Ok\ndate: 2026-01-01\n---\nText.\n",
            "content/bad.md": "---\ntitle: Bad\ndate: not a date\n---\nText.\n",
        }
    )
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
    assert "Removed 2 pieces" in result.stdout
    assert "wrote on the Telegram" in result.stdout


def test_python_dash_m_works(example_site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "site_builder", "--help"],
        cwd=example_site,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0 and "build" in result.stdout and "explain" in result.stdout


# --- commands, flags and error reporting ---------------------------------------------------

ARTICLE = "---\ntitle: Ok\ndate: 2026-01-01\n{extra}---\nText.\n"


def test_help_lists_every_command(example_site: Path) -> None:
    result = run_cli("--help", cwd=example_site)
    assert result.returncode == 0
    for command in ("build", "check", "explain", "new", "serve"):
        assert f"\n  {command} " in result.stdout


def test_usage_errors_exit_2(example_site: Path) -> None:
    assert run_cli("build", "--no-such-flag", cwd=example_site).returncode == 2
    assert run_cli("serve", "--port", "99999", cwd=example_site).returncode == 2
    assert run_cli("new", cwd=example_site).returncode == 2


def test_strict_build_fails_on_warnings(make_site: MakeSite) -> None:
    root = make_site({"content/ok.md": ARTICLE.format(extra="image: missing.jpg\n")})
    relaxed = run_cli("build", cwd=root)
    assert relaxed.returncode == 0, relaxed.stderr
    assert "ok.md: warning: lead image 'missing.jpg'" in relaxed.stderr
    strict = run_cli("build", "--strict", cwd=root)
    assert strict.returncode == 1
    assert "1 warning fails the run (--strict)" in strict.stderr
    (root / "content" / "ok.md").write_text(ARTICLE.format(extra=""), encoding="utf-8")
    assert run_cli("build", "--strict", cwd=root).returncode == 0


def test_quiet_build_prints_no_summary_but_still_reports_problems(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/ok.md": ARTICLE.format(extra=""),
            "content/bad.md": ARTICLE.format(extra="draft: maybe\n"),
        }
    )
    result = run_cli("build", "--quiet", cwd=root)
    assert result.returncode == 1
    assert "Built " not in result.stderr and result.stdout == ""
    assert "bad.md:4: error: metadata 'draft'" in result.stderr


def test_piped_build_shows_no_progress_bar(example_site: Path) -> None:
    for env in ({}, {"CI": "true"}):
        result = run_cli("build", cwd=example_site, **env)
        assert result.returncode == 0
        assert "\r" not in result.stderr and "\x1b" not in result.stderr
        assert result.stderr.startswith("Built 2 articles")


def test_template_error_names_template_and_line_without_traceback(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/ok.md": ARTICLE.format(extra=""),
            "theme/article.html": "<p>\n{{ article.title | no_such_filter }}</p>\n",
        }
    )
    (root / "site.toml").write_text('title = "T"\ntheme_dir = "theme"\n', encoding="utf-8")
    for command in ("build", "check"):
        result = run_cli(command, cwd=root)
        assert result.returncode == 1
        assert "article.html:2: template error: " in result.stderr, result.stderr
        assert "no_such_filter" in result.stderr and "Traceback" not in result.stderr


def test_unexpected_errors_show_a_traceback_only_when_verbose(
    example_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli_module, "build", broken)
    monkeypatch.chdir(example_site)
    plain = CliRunner().invoke(cli_module.cli, ["build"])
    assert plain.exit_code == 1
    assert "unexpected RuntimeError: disk on fire" in plain.output
    assert "Traceback" not in plain.output and "--verbose" in plain.output
    verbose = CliRunner().invoke(cli_module.cli, ["build", "--verbose"])
    assert verbose.exit_code == 1 and "Traceback (most recent call last)" in verbose.output


def test_explain_colours_only_for_a_terminal(example_site: Path) -> None:
    args = [
        "explain",
        "--root",
        str(example_site),
        str(example_site / "content" / "001_ecbace57fbf98ec3.txt"),
    ]
    coloured = CliRunner().invoke(cli_module.cli, args, color=True)
    assert coloured.exit_code == 0 and "\x1b[31m    removed: " in coloured.output
    plain = CliRunner().invoke(cli_module.cli, args)
    assert "\x1b" not in plain.output and "    removed: " in plain.output


# --- the progress bar ----------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_and_clears_its_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)  # the test itself may run in CI
    monkeypatch.setenv("TERM", "xterm")
    stream = _Terminal()
    with ProgressBar("Building", stream, delay=0) as bar:
        bar.update(1, 4)
        time.sleep(0.25)
    assert "Building [######------------------] 1/4" in stream.getvalue()
    assert stream.getvalue().endswith("\r\x1b[2K")


def test_progress_bar_stays_silent_in_pipes_and_ci() -> None:
    pipe = io.StringIO()
    with ProgressBar("Building", pipe, delay=0):
        time.sleep(0.15)
    assert pipe.getvalue() == ""
    assert progress.wanted(_Terminal(), {})
    assert not progress.wanted(_Terminal(), {"CI": "true"})
    assert not progress.wanted(_Terminal(), {"TERM": "dumb"})


def test_build_writes_a_removal_report(example_site: Path) -> None:
    result = _run("build", "--report", "removals.json", cwd=example_site)
    assert result.returncode == 0, result.stderr
    report = json.loads((example_site / "removals.json").read_text("utf-8"))
    removals = [r for d in report["documents"] for r in d["removals"]]
    assert {r["category"] for r in removals} == {"seo", "related", "social"}
    to_stdout = _run("build", "--report", "-", cwd=example_site)
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert json.loads(to_stdout.stdout) == report  # '-' is standard output, not a file
    assert not (example_site / "-").exists()
