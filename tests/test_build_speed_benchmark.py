"""The build benchmark runs from one command and reports every step it measures (the
figures themselves are the benchmark's business, not a test's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_build_speed_benchmark_reports_every_step(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "build_speed.py"), "--count", "40",
         "--runs", "1", "--format", "both", "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    rows = [line for line in run.stdout.splitlines() if line.startswith("| site_builder")]
    assert [row.split("|")[2].strip() for row in rows] == ["text", "markdown"]
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        times = [float(cell.removesuffix(" s")) for cell in cells[3:8]]
        assert all(t > 0 for t in times), row
        assert cells[-1] != "0", "an edit must write the edited article's page"
    assert (tmp_path / "site_builder-text-40" / "public" / "index.html").is_file()
