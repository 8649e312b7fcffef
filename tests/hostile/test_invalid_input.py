"""Broken input: each broken document gets a precise message naming the file (and the line
where the build can know it); the rest of the site still builds; `site-builder build`
exits with status 1; re-running after a failure needs no clean-up."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from site_builder.core.errors import Diagnostic
from tests.hostile.support import build_in_memory, run_cli, write_site

CASES = Path(__file__).with_name("cases")
GOOD = "---\ntitle: Good news\ndate: 2026-01-01\n---\nThe good article still builds.\n"


@dataclass(frozen=True)
class Expected:
    file: str
    line: int | None
    fragment: str

    def matches(self, diagnostic: Diagnostic) -> bool:
        return (
            diagnostic.path is not None
            and diagnostic.path.name == self.file
            and diagnostic.line == self.line
            and self.fragment in diagnostic.message
        )

    def printed(self, case: str) -> str:
        where = f"{case}/{self.file}:{self.line}:" if self.line else f"{case}/{self.file}:"
        return f"{where} error:"


def _expected(case: Path) -> list[Expected]:
    found = []
    for line in (case / "expected.txt").read_text(encoding="utf-8").splitlines():
        file, number, fragment = line.split(":", 2)
        found.append(Expected(file, int(number) if number else None, fragment.strip()))
    return found


CASE_NAMES = sorted(p.name for p in CASES.iterdir() if (p / "expected.txt").is_file())


def test_there_are_enough_cases() -> None:
    assert len(CASE_NAMES) >= 25


@pytest.mark.parametrize("case", CASE_NAMES)
def test_each_broken_document_is_reported_precisely(tmp_path: Path, case: str) -> None:
    root = write_site(tmp_path / "site", {"content/good.md": GOOD})
    shutil.copytree(CASES / case / "content", root / "content", dirs_exist_ok=True)
    _, result = build_in_memory(root)
    expected = _expected(CASES / case)
    for item in expected:
        assert any(item.matches(d) for d in result.errors), (
            f"{item} not in {[str(d) for d in result.errors]}"
        )
    # Exactly the expected files fail: one error per broken document, nothing else.
    assert {d.path.name for d in result.errors if d.path} == {e.file for e in expected}
    assert len(result.errors) == len({e.file for e in expected}), [str(d) for d in result.errors]
    assert "Good news" in {a.title for a in result.articles}
    assert "good-news/index.html" in result.files


@pytest.fixture(scope="module")
def all_cases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every case in one site, each in its own folder."""
    root = write_site(tmp_path_factory.mktemp("invalid") / "site", {"content/good.md": GOOD})
    for case in CASE_NAMES:
        shutil.copytree(CASES / case / "content", root / "content" / case)
    return root


def test_cli_reports_every_case_and_exits_1(all_cases: Path) -> None:
    run = run_cli(["build"], all_cases)
    assert not run.timed_out and run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr and "unexpected" not in run.stderr
    for case in CASE_NAMES:
        for item in _expected(CASES / case):
            assert any(
                item.printed(case) in line and item.fragment in line
                for line in run.stderr.splitlines()
            ), f"{case}: {item}"
    assert (all_cases / "public" / "good-news" / "index.html").is_file()


def test_rerun_after_failure_needs_no_clean_up(all_cases: Path) -> None:
    first = run_cli(["build", "-q"], all_cases)
    second = run_cli(["build", "-q"], all_cases)
    assert first.returncode == second.returncode == 1
    assert first.stderr == second.stderr
    # No staging folder is left: only the spare tree (a copy of the site, for the next
    # build), and the lock file builds into it take.
    assert sorted(p.name for p in all_cases.glob(".public.*")) == [".public.lock", ".public.spare"]
    # Fixing the content is all it takes: no stale state survives.
    shutil.rmtree(all_cases / "content")
    (all_cases / "content").mkdir()
    (all_cases / "content" / "good.md").write_text(GOOD, encoding="utf-8")
    fixed = run_cli(["build", "-q"], all_cases)
    assert fixed.returncode == 0, fixed.stderr
    assert (all_cases / "public" / "good-news" / "index.html").is_file()
    # Only the spare tree (the previous build, for the next one) and the lock file stay
    # beside the site.
    assert sorted(p.name for p in all_cases.glob(".public.*")) == [".public.lock", ".public.spare"]


@pytest.mark.parametrize("source", ["[Reuters", "http://[broken", "LSM]", "https://[::1]:x/"])
def test_a_source_that_is_not_a_url_does_not_crash_the_build(tmp_path: Path, source: str) -> None:
    """'source' is free text ("LSM", "Reuters") or a URL; the cleaning rules read a host
    name from it, and a stray bracket must not take the whole build down."""
    root = write_site(
        tmp_path / "site",
        {
            "content/good.md": GOOD,
            "content/sourced.md": f"---\ntitle: Sourced\ndate: 2026-01-01\nsource: '{source}'\n"
            "---\nText of the article.\n",
        },
    )
    _, result = build_in_memory(root)
    assert {"Good news", "Sourced"} <= {a.title for a in result.articles}
