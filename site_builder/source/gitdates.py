"""Stable dates for documents from git history: the same on every clone, never the clock."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

from site_builder.core.model import FileDates


def git_file_dates(folder: Path) -> dict[str, FileDates]:
    """Dates of every committed file under ``folder``, by path relative to it ("a/b.txt");
    {} outside a git work tree."""
    try:
        log = subprocess.run(
            [
                "git",
                "-c",
                "core.quotePath=false",
                "log",
                "--format=%x00%aI",
                "--name-only",
                "--no-renames",
                "--relative",
                "--",
                ".",
            ],
            cwd=folder,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    newest: dict[str, datetime] = {}
    oldest: dict[str, datetime] = {}
    for chunk in log.stdout.split("\x00")[1:]:  # newest commit first
        stamp, *names = chunk.strip().split("\n")
        when = datetime.fromisoformat(stamp.strip())
        for name in filter(None, (n.strip() for n in names)):
            newest.setdefault(name, when)
            oldest[name] = when
    return {name: FileDates(oldest[name], newest[name]) for name in newest}
