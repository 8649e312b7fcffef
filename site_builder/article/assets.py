"""Local images an article refers to: resolved safely inside content/, copied next to the page."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast
from urllib.parse import unquote, urljoin, urlsplit

from site_builder.article.images import copy_name, copy_widths, image_size, resizable
from site_builder.core.model import Image

if TYPE_CHECKING:
    from collections.abc import Mapping

    from bs4 import BeautifulSoup, Tag

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
    resized: tuple[tuple[str, Path, int], ...] = ()  # (output path, source file, width)


# The width the article column takes: what browsers pick a copy for.
BODY_SIZES = "(min-width: 42rem) 40rem, 100vw"


@dataclass(frozen=True)
class _Sized:
    """A local image's size and its responsive copies (file names beside the page)."""

    width: int
    height: int
    copies: tuple[tuple[int, str], ...]  # (width, file name), the original last

    @property
    def srcset(self) -> str:
        return ", ".join(f"{name} {width}w" for width, name in self.copies)


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


def _sized(
    name: str, local: Path, page_path: str, resized: dict[str, tuple[Path, int]]
) -> _Sized | None:
    size = image_size(local)
    if size is None:
        return None
    width, height = size
    widths = copy_widths(width) if resizable(local) else ()
    for w in widths:
        resized[f"{page_path}{copy_name(name, w)}"] = (local, w)
    return _Sized(width, height, (*((w, copy_name(name, w)) for w in widths), (width, name)))


def _make_responsive(img: Tag, sized: _Sized | None, *, lazy: bool) -> None:
    if sized is not None:
        img["width"], img["height"] = str(sized.width), str(sized.height)
        if len(sized.copies) > 1:
            img["srcset"], img["sizes"] = sized.srcset, BODY_SIZES
    if lazy:
        img["loading"] = "lazy"
    img["decoding"] = "async"


def _alone_in(img: Tag, names: tuple[str, ...]) -> Tag | None:
    """The paragraph or figure ``img`` is the only content of, if any."""
    parent = img.parent
    if parent is None or parent.name not in names:
        return None
    others = [
        c for c in parent.contents if c is not img and (getattr(c, "name", None) or str(c).strip())
    ]
    return parent if all(getattr(c, "name", None) == "figcaption" for c in others) else None


def _emphasised_caption(img: Tag) -> Tag | None:
    """The emphasised line right under an image in its paragraph (``![alt](src)`` then
    ``*caption*`` on the next line, the usual Markdown caption), if that is all it holds."""
    parent = img.parent
    if parent is None or parent.name != "p" or parent.contents[:1] != [img]:
        return None
    others = [
        c
        for c in parent.contents[1:]
        if getattr(c, "name", None) not in (None, "br") or str(c).strip()
    ]
    only = others[0] if len(others) == 1 else None
    return cast("Tag", only) if getattr(only, "name", None) == "em" else None


def _caption(img: Tag, soup: BeautifulSoup) -> None:
    """A Markdown image title (``![alt](src "Title")``), or an emphasised line right under
    the image, becomes a figure's caption."""
    title = img.get("title")
    if isinstance(title, str) and title.strip() and (holder := _alone_in(img, ("p",))):
        caption = soup.new_tag("figcaption")
        caption.string = title.strip()
        del img["title"]
    elif (emphasised := _emphasised_caption(img)) and (holder := img.parent):
        caption = soup.new_tag("figcaption")
        caption.extend(list(emphasised.contents))
    else:
        return
    figure = soup.new_tag("figure")
    holder.replace_with(figure)
    figure.append(img)
    figure.append(caption)


def _take_lead_copy(soup: BeautifulSoup, name: str) -> tuple[bool, str | None]:
    """Remove the body's first element when it is only the lead image (shown once, above
    the body); return whether it was there and its caption."""
    first = soup.find(True)
    img = (
        first
        if first is not None and first.name == "img"
        else (first.find("img") if first is not None else None)
    )
    if img is None or img.get("src") != name:
        return False, None
    holder = _alone_in(img, ("p", "figure")) or (img if img is first else None)
    if holder is None or holder is not first:
        return False, None
    found = holder.find("figcaption") if holder.name == "figure" else None
    title = img.get("title")
    caption = (
        found.get_text(" ", strip=True)
        if found is not None
        else (title.strip() if isinstance(title, str) else None)
    )
    holder.decompose()
    return True, caption or None


CREDIT_MARK = '<span class="credit">'  # the body shows the photo credit (class is ours)


# A credit that came with its own image's caption (not the article's photo credit).
IMAGE_CREDIT_CLASS = "credit image-credit"


def _credit_under_first_photo(soup: BeautifulSoup, credit: str) -> None:
    """Without a lead image, the credit goes under the body's first photo (a caption)."""
    img = soup.find("img")
    if img is not None:
        _credit_under(img, soup, credit, "credit")


def _credit_under(img: Tag, soup: BeautifulSoup, credit: str, css: str) -> None:
    """The credit in a span at the end of the image's figure caption (a figure is made for
    an image alone in its paragraph; any other image is left as it is)."""
    figure = img.find_parent("figure")
    if figure is None:
        holder = _alone_in(img, ("p",))
        if holder is None:
            return
        figure = soup.new_tag("figure")
        holder.replace_with(figure)
        figure.append(img)
    caption = figure.find("figcaption")
    if caption is None:
        caption = soup.new_tag("figcaption")
        figure.append(caption)
    else:
        caption.append(" ")
    span = soup.new_tag("span", attrs={"class": css})
    span.string = credit
    caption.append(span)


def _caption_and_credit(
    img: Tag, soup: BeautifulSoup, src: object, credits: Mapping[str, str] | None
) -> None:
    """The image's caption (``_caption``), then the credit cut from it, if any."""
    _caption(img, soup)
    own = credits.get(src) if credits and isinstance(src, str) else None
    if own:
        _credit_under(img, soup, own, IMAGE_CREDIT_CLASS)


def resolve_assets(
    body_html: str,
    image_ref: str | None,
    doc: Path,
    content_dir: Path,
    *,
    page_path: str,
    page_url: str,
    credit: str | None = None,
    image_credits: Mapping[str, str] | None = None,
) -> ArticleAssets:
    """Copy local images into the page's folder and describe the lead image for feeds;
    ``credit``: the photo credit, placed under the first body photo when there is no lead
    image; ``image_credits``: by image address as written, the credit cut from that image's
    caption, shown under it as written ("Photo: Mark Evans")."""
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

    resized: dict[str, tuple[Path, int]] = {}
    sizes: dict[str, _Sized | None] = {}

    def sized(name: str) -> _Sized | None:
        if name not in sizes:
            sizes[name] = _sized(name, files[f"{page_path}{name}"], page_path, resized)
        return sizes[name]

    # Most articles have no images: parse only when there is one to look at.
    soup = None
    if "<img" in body_html:
        from bs4 import BeautifulSoup  # noqa: PLC0415 (slow to import; most need none)

        soup = BeautifulSoup(body_html, "html.parser")
    for index, img in enumerate(soup.find_all("img") if soup is not None else ()):
        src = img.get("src")
        name = adopt(src) if isinstance(src, str) else None
        if name:
            img["src"] = name
        # An image that opens an article without a lead image is in view at once.
        _make_responsive(
            img, sized(name) if name else None, lazy=index > 0 or image_ref is not None
        )
        if soup is not None:
            _caption_and_credit(img, soup, src, image_credits)
    image = None
    if image_ref:
        name = adopt(image_ref)
        caption = None
        if name and soup is not None:
            _, caption = _take_lead_copy(soup, name)
        url = urljoin(page_url, name or image_ref)
        length = files[f"{page_path}{name}"].stat().st_size if name else None
        mime = _mime(urlsplit(url).path)
        remote = urlsplit(image_ref).scheme.lower() in REMOTE_SCHEMES
        if remote and not name and mime is None:
            # Feeds must name an enclosure's type; a guess could mislabel it.
            problems.append(
                f"lead image '{image_ref}' is left out: its address does not "
                "tell its type (no .jpg, .png, ... at the end); save the image "
                "into content/ or give an address with its file extension"
            )
        elif mime is None or not (name or remote):
            problems.append(
                f"lead image '{image_ref}' is not an image file found in content/ or an http(s) URL"
            )
        else:
            size = sized(name) if name else None
            image = Image(
                url,
                mime,
                length,
                size.width if size else None,
                size.height if size else None,
                tuple((w, urljoin(page_url, n)) for w, n in size.copies) if size else (),
                caption,
            )
    if credit and image is None and soup is not None:
        _credit_under_first_photo(soup, credit)
    body = soup.decode(formatter="html5") if soup is not None else body_html
    return ArticleAssets(
        body,
        image,
        tuple(sorted(files.items())),
        tuple(problems),
        tuple(sorted((out, src, w) for out, (src, w) in resized.items())),
    )
