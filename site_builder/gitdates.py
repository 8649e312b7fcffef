"""Stable dates for undated documents: when git first saw each file (same on every clone)."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path


def first_commit_dates(folder: Path) -> dict[Path, datetime]:
    """Author date of the commit that added each file under ``folder``; {} outside git."""
    try:
        result = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%x00%aI", "--name-only",
             "--no-renames", "--", "."],
            cwd=folder, capture_output=True, text=True, check=True, timeout=60,
        )
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=folder,
                             capture_output=True, text=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return {}
    root = Path(top.stdout.strip())
    dates: dict[Path, datetime] = {}
    for chunk in result.stdout.split("\x00")[1:]:
        stamp, *names = chunk.strip().split("\n")
        when = datetime.fromisoformat(stamp.strip())
        for name in filter(None, (n.strip() for n in names)):
            # git log lists newest first: the last assignment is the earliest addition.
            dates[(root / name).resolve()] = when
    return dates
