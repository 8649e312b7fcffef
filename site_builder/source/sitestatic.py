"""The site's own static files (Hugo's ``static/`` next to ``content/``): ``CNAME``,
``favicon.ico``, ``ads.txt``, ``images/...``, copied into the site as they are."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from site_builder.core.config import OUTPUT_MARKER, SiteConfig
from site_builder.core.errors import Diagnostic, Severity
from site_builder.source.scan import inside

# Never published: version control and desktop litter, and the name site_builder uses to
# recognise an output folder as its own.
_NEVER = frozenset({".git", ".hg", ".svn", ".DS_Store", "Thumbs.db", OUTPUT_MARKER})


def site_static_files(config: SiteConfig) -> tuple[dict[str, Path], list[Diagnostic]]:
    """Every file under the static folder by output path (hidden ones too: GitHub Pages
    needs ``.nojekyll``, ``.well-known/`` holds site verification); links that lead out
    of it are reported and left out."""
    root = config.static_dir
    if not root.is_dir():
        return {}, []
    found: dict[str, Path] = {}
    problems: list[Diagnostic] = []
    resolved = root.resolve()
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _NEVER)
        for name in sorted(files):
            path = Path(folder) / name
            if name in _NEVER:
                continue
            if path.is_symlink() and not inside(path, resolved):
                problems.append(
                    Diagnostic(
                        Severity.WARNING,
                        "link to a file outside the static folder: not copied",
                        path,
                    )
                )
                continue
            if "\\" in name or any(ord(c) < 32 for c in name):
                problems.append(
                    Diagnostic(
                        Severity.WARNING,
                        "file name is not safe in a URL: not copied",
                        path,
                        hint="rename it",
                    )
                )
                continue
            found[path.relative_to(root).as_posix()] = path
    return found, problems


class Occupied:
    """The site's output paths, for asking whether one more file fits: not already
    written, not where the site has a folder, and no folder of it where the site has a
    file (each question costs the path's depth, not the site's size; the folders are
    listed at the first question, so a site without static files or redirects never
    pays for it)."""

    def __init__(self, paths: Iterable[str]) -> None:
        self.files = set(paths)

    @cached_property
    def folders(self) -> set[str]:
        return {folder for path in self.files for folder in _parents(path)}

    def collides(self, path: str) -> bool:
        if path in self.files or path in self.folders:
            return True
        return any(folder in self.files for folder in _parents(path))

    def add(self, path: str) -> None:
        self.files.add(path)
        self.folders.update(_parents(path))


def _parents(path: str) -> list[str]:
    """ "a/b/c.html" -> ["a", "a/b"]."""
    parts = path.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts))]
