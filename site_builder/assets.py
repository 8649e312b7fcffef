"""Local images an article refers to: resolved safely inside content/, copied next to the page."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from site_builder.model import Image

# Lead images go into <img src>, og:image and feed enclosures: only web URLs qualify
# (javascript:, data: and file: never; data: images also cannot be enclosed in a feed).
REMOTE_SCHEMES = frozenset({"http", "https"})
# A copied file keeps its name in the page folder: nothing a URL or a path could misread.
_SAFE_NAME = re.compile(r"[\w][\w .+~()-]{0,199}", re.UNICODE)


@dataclass(frozen=True)
class ArticleAssets:
    body_html: str
    image: Image | None
    files: tuple[tuple[str, Path], ...]  # (site-relative output path, source file)
    problems: tuple[str, ...]


class _RefusedError(Exception):
    """A reference names a file that exists but must not be published (the message says why)."""


def _local_file(ref: str, doc: Path, content_dir: Path) -> Path | None:
    """The image file a relative reference names, if it exists inside the content folder.

    Raises _RefusedError for a file that exists but is outside content/ (through '..' or a
    symbolic link), hidden, or not an image: a reference must not publish such a file."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    relative = unquote(parts.path)
    if "\x00" in relative:
        return None
    candidate = doc.parent / relative
    try:
        resolved = candidate.resolve()
        exists = resolved.is_file()
    except (OSError, RuntimeError, ValueError):  # link loops, names the OS rejects
        return None
    if not exists:
        return None
    root = content_dir.resolve()
    if not resolved.is_relative_to(root):
        raise _RefusedError(f"image '{ref}' is outside content/ (through '..' or a link): not read")
    inner = resolved.relative_to(root).parts
    if any(part.startswith((".", "_")) for part in inner):
        raise _RefusedError(f"'{ref}' is a hidden file: not published")
    if _mime(resolved.name) is None:
        # Otherwise ![](draft.md) or an image key naming a sidecar would publish the source.
        raise _RefusedError(f"'{ref}' is not an image file: not published")
    if not _SAFE_NAME.fullmatch(resolved.name):
        raise _RefusedError(f"image file name {resolved.name!r} is not safe in a URL: rename it")
    return resolved


def _mime(name: str) -> str | None:
    mime = mimetypes.guess_type(name)[0]
    return mime if mime and mime.startswith("image/") else None


def resolve_assets(body_html: str, image_ref: str | None, doc: Path, content_dir: Path,
                   *, page_path: str, page_url: str) -> ArticleAssets:
    """Copy local images into the page's folder and describe the lead image for feeds."""
    files: dict[str, Path] = {}
    problems: list[str] = []

    def adopt(ref: str) -> str | None:
        try:
            local = _local_file(ref, doc, content_dir)
        except _RefusedError as refused:
            problems.append(str(refused))
            return None
        if local is None:
            return None
        name, number = local.name, 1
        # Two images of the same name from different folders must not overwrite each other.
        while files.get(f"{page_path}{name}", local) != local:
            number += 1
            name = f"{local.stem}-{number}{local.suffix}"
        files[f"{page_path}{name}"] = local
        return name

    # Most articles have no images: parse only when there is one to look at.
    soup = None
    if "<img" in body_html:
        from bs4 import BeautifulSoup  # noqa: PLC0415 (slow to import; most need none)

        soup = BeautifulSoup(body_html, "html.parser")
    rewritten = False
    for img in soup.find_all("img") if soup is not None else ():
        src = img.get("src")
        if isinstance(src, str) and (name := adopt(src)):
            img["src"] = name
            rewritten = True
    image = None
    if image_ref:
        name = adopt(image_ref)
        url = urljoin(page_url, name or image_ref)
        length = files[f"{page_path}{name}"].stat().st_size if name else None
        mime = _mime(urlsplit(url).path)
        remote = urlsplit(image_ref).scheme.lower() in REMOTE_SCHEMES
        if mime is None or not (name or remote):
            problems.append(f"lead image '{image_ref}' is not an image file found in content/"
                            " or an http(s) URL")
        else:
            image = Image(url, mime, length)
    body = soup.decode(formatter="html5") if soup is not None and rewritten else body_html
    return ArticleAssets(body, image, tuple(sorted(files.items())), tuple(problems))
