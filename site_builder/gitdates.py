"""Stable dates for documents from git history: the same on every clone, never the clock."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class FileDates:
    added: datetime  # author date of the commit that first added the file
    changed: datetime  # author date of the newest commit that touched it


def git_file_dates(folder: Path) -> dict[Path, FileDates]:
    """Dates of every committed file under ``folder``; {} outside a git work tree."""
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=folder,
                             capture_output=True, text=True, check=True, timeout=10)
        log = subprocess.run(
            ["git", "log", "--format=%x00%aI", "--name-only", "--no-renames", "--", "."],
            cwd=folder, capture_output=True, text=True, check=True, timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    root = Path(top.stdout.strip())
    newest: dict[Path, datetime] = {}
    oldest: dict[Path, datetime] = {}
    for chunk in log.stdout.split("\x00")[1:]:  # newest commit first
        stamp, *names = chunk.strip().split("\n")
        when = datetime.fromisoformat(stamp.strip())
        for name in filter(None, (n.strip() for n in names)):
            path = (root / name).resolve()
            newest.setdefault(path, when)
            oldest[path] = when
    return {path: FileDates(oldest[path], newest[path]) for path in newest}
