"""The site's own static files (Hugo's ``static/`` next to ``content/``): ``CNAME``,
``favicon.ico``, ``ads.txt``, ``images/...``, copied into the site as they are."""

from __future__ import annotations

import os
from pathlib import Path

from site_builder.config import SiteConfig
from site_builder.errors import Diagnostic, Severity
from site_builder.output import MARKER
from site_builder.scan import inside

# Never published: version control and desktop litter, and the name site_builder uses to
# recognise an output folder as its own.
_NEVER = frozenset({".git", ".hg", ".svn", ".DS_Store", "Thumbs.db", MARKER})


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
                problems.append(Diagnostic(Severity.WARNING, "link to a file outside the "
                                           "static folder: not copied", path))
                continue
            if "\\" in name or any(ord(c) < 32 for c in name):
                problems.append(Diagnostic(Severity.WARNING, "file name is not safe in a URL:"
                                           " not copied", path, hint="rename it"))
                continue
            found[path.relative_to(root).as_posix()] = path
    return found, problems


def taken_by_the_site(path: str, taken: set[str]) -> bool:
    """Whether the site already writes ``path``, or a file where one of its folders
    would be, or files inside a folder of that name."""
    parts = path.split("/")
    if path in taken or any("/".join(parts[:n]) in taken for n in range(1, len(parts))):
        return True
    prefix = path + "/"
    return any(t.startswith(prefix) for t in taken)
