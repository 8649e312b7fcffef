"""Local images an article refers to: resolved safely inside content/, copied next to the page."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

from site_builder.model import Image


@dataclass(frozen=True)
class ArticleAssets:
    body_html: str
    image: Image | None
    files: tuple[tuple[str, Path], ...]  # (site-relative output path, source file)
    problems: tuple[str, ...]


def _local_file(ref: str, doc: Path, content_dir: Path) -> Path | None:
    """The file a relative reference names, if it exists inside the content folder."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    candidate = (doc.parent / unquote(parts.path)).resolve()
    root = content_dir.resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def _mime(name: str) -> str | None:
    mime = mimetypes.guess_type(name)[0]
    return mime if mime and mime.startswith("image/") else None


def resolve_assets(body_html: str, image_ref: str | None, doc: Path, content_dir: Path,
                   *, page_path: str, page_url: str) -> ArticleAssets:
    """Copy local images into the page's folder and describe the lead image for feeds."""
    files: dict[str, Path] = {}
    problems: list[str] = []

    def adopt(ref: str) -> str | None:
        local = _local_file(ref, doc, content_dir)
        if local is None:
            return None
        files[f"{page_path}{local.name}"] = local
        return local.name

    # Most articles have no images: parse only when there is one to look at.
    soup = BeautifulSoup(body_html if "<img" in body_html else "", "html.parser")
    for img in soup.find_all("img"):
        src = img.get("src")
        if isinstance(src, str) and (name := adopt(src)):
            img["src"] = name
    image = None
    if image_ref:
        name = adopt(image_ref)
        url = urljoin(page_url, name or image_ref)
        length = files[f"{page_path}{name}"].stat().st_size if name else None
        mime = _mime(urlsplit(url).path)
        if mime is None or (not name and not urlsplit(image_ref).scheme):
            problems.append(f"lead image '{image_ref}' is not an image file found in content/"
                            " or an absolute URL")
        else:
            image = Image(url, mime, length)
    body = soup.decode(formatter="html5") if files else body_html
    return ArticleAssets(body, image, tuple(sorted(files.items())), tuple(problems))
