"""The shipped models are what their training scripts give from the repository's data, on
this machine as on the one that trained them (issue 14: "a training script in the
repository that anyone can rerun with the same result")."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO, shared_data


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_the_line_classifier_is_reproduced_byte_for_byte() -> None:
    done = _run("-m", "training.train_classifier", "--check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "reproduced byte for byte" in done.stdout


def test_the_block_scorers_are_reproduced() -> None:
    pages = shared_data("extract_eval", "trafilatura-dev")
    done = _run("benchmarks/train_block_scorer.py", "--check", "--trafilatura-dir", str(pages))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "block_scorer.json is reproduced" in done.stdout
