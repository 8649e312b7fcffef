"""build --timings: where the time of a build went, stage by stage."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_cli import run_cli

STAGE = re.compile(r"^  (.+?)\s+(\d+\.\d{3}) s\s+(\d+\.\d)%$", re.MULTILINE)


def test_a_build_prints_its_stages_and_they_add_up(example_site: Path) -> None:
    cold = run_cli("build", "--timings", cwd=example_site)
    assert cold.returncode == 0, cold.stderr
    stages = {name.strip(): float(seconds) for name, seconds, _ in STAGE.findall(cold.stderr)}
    assert {
        "scan content/",
        "articles (load, clean, build; cache)",
        "article pages",
        "publish (swap the tree in)",
    } <= set(stages)
    found = re.search(r"^  total\s+(\d+\.\d{3}) s$", cold.stderr, re.MULTILINE)
    assert found is not None, cold.stderr
    total = float(found[1])
    assert abs(sum(stages.values()) - total) < 0.01 and total > 0

    unchanged = run_cli("build", "--timings", cwd=example_site)
    assert "check the published site (nothing changed)" in unchanged.stderr
    assert "article pages" not in unchanged.stderr  # nothing was made again
    assert "Timings" not in run_cli("build", cwd=example_site).stderr
