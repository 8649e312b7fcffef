"""The build benchmark runs from one command and reports every step it measures (the
figures themselves are the benchmark's business, not a test's)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tests.conftest import REPO, shared_data


def test_build_speed_benchmark_reports_every_step(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "build_speed.py"),
            "--count",
            "40",
            "--runs",
            "1",
            "--format",
            "both",
            "--workdir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    rows = [line for line in run.stdout.splitlines() if line.startswith("| site_builder")]
    assert [row.split("|")[2].strip() for row in rows] == ["text", "markdown"]
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        times = [float(cell.removesuffix(" s")) for cell in cells[3:8]]
        assert all(t > 0 for t in times), row
        assert cells[-1] != "0", "an edit must write the edited article's page"
    assert (tmp_path / "site_builder-text-40" / "public" / "index.html").is_file()


def _corpus_module() -> object:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import corpus  # noqa: PLC0415
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    return corpus


def test_the_realistic_corpus_has_the_long_tail_of_real_news() -> None:
    corpus: Any = _corpus_module()
    shared_data("extract_eval")  # skips (fails in CI) without the real text
    first = [corpus.make_article(i) for i in range(400)]
    assert first == [corpus.make_article(i) for i in range(400)]  # deterministic
    words = Counter(w for a in first for _, ps in a.sections for p in ps for w in p.lower().split())
    tags = Counter(t for a in first for t in a.tags)
    assert len(words) > 10_000  # the synthetic corpus has 55
    assert sum(1 for n in tags.values() if n == 1) > len(tags) / 3  # many rare tags
    assert tags.most_common(1)[0][1] < len(first) / 4  # and no tag on every article
    lengths = sorted(len(" ".join(p for _, ps in a.sections for p in ps).split()) for a in first)
    assert lengths[-1] > 3 * lengths[len(lengths) // 2]  # a long tail of long articles
    synthetic = Counter(
        w
        for i in range(50)
        for _, ps in corpus.make_article(i, kind="synthetic").sections
        for p in ps
        for w in p.lower().replace(".", "").split()
    )
    assert len(synthetic) < 60


def test_document_stages_benchmark_times_every_stage(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from build_speed import prepare  # noqa: PLC0415

        site = prepare(tmp_path, 12, "markdown", "realistic")
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    run = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "document_stages.py"), str(site)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    stages = dict(line.rsplit(None, 4)[:2] for line in run.stdout.splitlines())
    assert list(stages) == ["load", "language", "repetition keys", "cleaning", "article", "total"]
    assert all(float(ms) > 0 for ms in stages.values())
