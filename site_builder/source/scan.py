"""What is in content/: one walk that finds the documents and stamps every file, without
reading any of them (the loader reads; this only looks)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath

from site_builder.core.config import SiteConfig
from site_builder.core.errors import Diagnostic, Severity
from site_builder.core.model import FileDates, Format
from site_builder.source.gitdates import git_file_dates

SUFFIXES: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
}
# Plain text carries no metadata of its own: it may sit next to it in "<file>.meta.toml"
# (HTML pages may have one too, to correct what the page says).
SIDECAR_SUFFIX = ".meta.toml"
_DOCUMENT_ENDINGS = tuple(SUFFIXES)
# Jekyll's folders of posts and of drafts are read (at any depth); every other name
# starting with "_" (Jekyll's _layouts, _includes, Hugo's _index.md) is left out, with a
# warning when it holds documents.
POSTS, DRAFTS = "_posts", "_drafts"
_READ_UNDERSCORED = frozenset({POSTS, DRAFTS})
_HINT_SKIPPED = {
    "_index": "Hugo's section page: site_builder makes the list pages itself",
    "_includes": "Jekyll's includes: not used",
    "_layouts": "Jekyll's layouts: put templates in the theme folder (theme_dir)",
    "_site": "Jekyll's built site: delete it, site_builder builds into output_dir",
}


# Formats other generators read that site_builder does not: said by name, never silently.
UNSUPPORTED = {
    ".rst": "reStructuredText",
    ".adoc": "AsciiDoc",
    ".asciidoc": "AsciiDoc",
    ".org": "Org mode",
    ".textile": "Textile",
    ".ipynb": "a Jupyter notebook",
}


_UNSUPPORTED_ENDINGS = tuple(UNSUPPORTED)


def _unsupported(relpath: str, content_dir: Path) -> Diagnostic | None:
    if not relpath.lower().endswith(_UNSUPPORTED_ENDINGS):
        return None  # most files: no path made (a tenth of a no-change rebuild's scan)
    kind = UNSUPPORTED.get(PurePosixPath(relpath).suffix.lower())
    if kind is None:
        return None
    return Diagnostic(
        Severity.WARNING,
        f"{kind} is not read: not published",
        content_dir / relpath,
        hint="convert it to Markdown (pandoc does)",
    )


def _skipped(name: str) -> bool:
    return name.startswith(".") or (name.startswith("_") and name not in _READ_UNDERSCORED)


def _walk(content_dir: Path) -> tuple[dict[str, Stamp], list[Path], list[Path]]:
    """The stamp of every file under content/, in path order, skipping hidden files and
    folders (and those starting with "_", but _posts and _drafts); the links that lead out
    of it; and the skipped names that hold documents.

    Linked folders are not walked; a linked file is used when it stays inside content/."""
    root = content_dir.resolve()
    stamps: dict[str, Stamp] = {}
    outside: list[Path] = []
    skipped: list[Path] = []
    folders = [("", str(content_dir))]
    while folders:
        prefix, folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if _skipped(entry.name):
                if entry.name.startswith("_") and _holds_documents(Path(entry.path)):
                    skipped.append(Path(entry.path))
                continue
            relpath = prefix + entry.name
            try:
                if entry.is_symlink():
                    if not inside(Path(entry.path), root):
                        outside.append(Path(entry.path))
                        continue
                    if not entry.is_file():
                        continue
                    status = entry.stat()
                elif entry.is_dir(follow_symlinks=False):
                    folders.append((relpath + "/", entry.path))
                    continue
                elif entry.is_file(follow_symlinks=False):
                    status = entry.stat(follow_symlinks=False)
                else:
                    continue
            except OSError:
                continue  # vanished while we looked
            stamps[relpath] = (status.st_size, status.st_mtime_ns, status.st_ino)
    return (
        dict(sorted(stamps.items())),
        sorted(outside, key=lambda p: p.relative_to(content_dir).as_posix()),
        sorted(skipped, key=lambda p: p.relative_to(content_dir).as_posix()),
    )


def _holds_documents(path: Path) -> bool:
    """A document, or a real folder with one somewhere inside (links are never followed)."""
    try:
        if path.is_symlink():
            return False
        if path.is_file():
            return path.name.lower().endswith(_DOCUMENT_ENDINGS)
        return any(p.name.lower().endswith(_DOCUMENT_ENDINGS) for p in path.rglob("*"))
    except OSError:
        return False


def _skipped_warning(path: Path) -> Diagnostic:
    stem = path.name.split(".", 1)[0]
    what = "a file" if path.is_file() else "a folder of documents"
    hint = _HINT_SKIPPED.get(stem, "rename it without the '_' to publish it")
    return Diagnostic(
        Severity.WARNING, f"{what} whose name starts with '_' is not read", path, hint=hint
    )


def section_of(relpath: str) -> str:
    """The section a document belongs to: its first folder ("posts" for posts/a.md), with
    Jekyll's _posts and _drafts as "posts"; "" at the top of content/."""
    first = relpath.split("/", 1)[0] if "/" in relpath else ""
    return "posts" if first in _READ_UNDERSCORED else first


def is_jekyll_draft(relpath: str) -> bool:
    return DRAFTS in relpath.split("/")[:-1]


def is_jekyll_post(relpath: str) -> bool:
    """In _posts/ or _drafts/ (at any depth)."""
    return bool(_READ_UNDERSCORED.intersection(relpath.split("/")[:-1]))


def inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


Stamp = tuple[int, int, int]  # size, modification time (ns), inode
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# A document's stamp, its sidecar's, its git dates (see ContentScan.identity).
Identity = tuple[Stamp, Stamp | None, FileDates | None]


@dataclass(frozen=True)
class ContentScan:
    """What is in content/: the documents, and a stamp of every file (documents, sidecars,
    images) that tells a rebuild whether anything changed. Paths and dates are made only
    for the documents a build reads (a large site's rebuild reads a handful)."""

    content_dir: Path
    relpaths: list[str]  # the documents, by path relative to content/ ("2024/a.txt")
    stamps: dict[str, Stamp]  # every file, in path order
    problems: list[Diagnostic]
    git: dict[str, FileDates] = field(default_factory=dict)  # committed files' dates

    @property
    def documents(self) -> list[tuple[Path, FileDates]]:
        return [(self.path(rel), self.dates(rel)) for rel in self.relpaths]

    def path(self, relpath: str) -> Path:
        return self.content_dir / relpath

    def dates(self, relpath: str) -> FileDates:
        """Git's dates when the file is committed; else its modification time."""
        known = self.git.get(relpath)
        if known is not None:
            return known
        stamp = _EPOCH + timedelta(microseconds=self.stamps[relpath][1] // 1000)
        return FileDates(stamp, stamp, from_git=False)

    def identity(self, relpath: str) -> Identity:
        """Everything about a document's files that its article depends on, short of
        reading them: equal identities mean unchanged files (see cache.BuildCache.keys)."""
        return (
            self.stamps[relpath],
            self.stamps.get(relpath + SIDECAR_SUFFIX),
            self.git.get(relpath),
        )

    @property
    def history(self) -> str:
        """The git dates the documents got ("" outside git: file times)."""
        if not self.git:
            return ""
        return repr(sorted((p, d.added, d.changed) for p, d in self.git.items()))


def scan_content(config: SiteConfig) -> ContentScan:
    """Every document file and the stamp of every file, ready for load_source (which may
    run elsewhere)."""
    if not config.content_dir.is_dir():
        problem = Diagnostic(
            Severity.ERROR,
            "content folder not found",
            config.content_dir,
            hint="create it or set content_dir in site.toml",
        )
        return ContentScan(config.content_dir, [], {}, [problem])
    git_dates = git_file_dates(config.content_dir)
    stamps, outside, left_out = _walk(config.content_dir)
    # Links out of content/ are never followed: say so, by name.
    skipped = [
        Diagnostic(
            Severity.WARNING,
            "link to a file or folder outside content/ (or to nothing): not read",
            link,
            hint="copy what it points to into content/",
        )
        for link in outside
    ]
    skipped += [_skipped_warning(path) for path in left_out]
    skipped += [found for rel in stamps if (found := _unsupported(rel, config.content_dir))]
    documents = [rel for rel in stamps if rel.lower().endswith(_DOCUMENT_ENDINGS)]
    return ContentScan(config.content_dir, documents, stamps, skipped, git_dates)
