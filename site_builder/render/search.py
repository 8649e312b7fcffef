"""The static full-text search index, made with Pagefind (its Python API and binary), one
index per language; the theme's search page queries it in the browser, with no server."""

from __future__ import annotations

import asyncio
import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from site_builder.core.errors import BuildError
from site_builder.core.model import Article, ArticleBody

FOLDER = "pagefind/"
ENTRY = "pagefind-entry.json"


def available() -> bool:
    """Whether Pagefind and its binary are installed (a wheel exists for common platforms)."""
    try:
        import pagefind_bin  # type: ignore[import-untyped]  # noqa: F401, PLC0415
        from pagefind.index import PagefindIndex  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def version() -> str:
    from importlib.metadata import version as installed  # noqa: PLC0415

    return installed("pagefind")


@dataclass(frozen=True)
class SearchIndex:
    """What the index is made from: Pagefind's version, and the articles (their digests
    cover their addresses, languages and text)."""

    version: str
    articles: tuple[Article, ...]


def _page(article: Article, body: ArticleBody) -> str:
    """The little page Pagefind reads for one article: its language, title, date, text."""
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in body.text.splitlines())
    return (
        f'<!DOCTYPE html><html lang="{escape(article.lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(article.title)}</title></head><body>"
        f'<h1 data-pagefind-meta="date:{article.date.date().isoformat()}">'
        f"{escape(article.title)}</h1>{paragraphs}</body></html>"
    )


async def _index(pages: Path, folder: Path) -> None:
    from pagefind.index import PagefindIndex  # noqa: PLC0415

    # One folder of pages, indexed by Pagefind itself: records sent one by one through
    # its Python API take a tenth of a second each.
    async with PagefindIndex(config={"output_path": str(folder)}) as index:
        await index.add_directory(str(pages))


def search_index(
    articles: Sequence[Article], bodies: Mapping[str, ArticleBody]
) -> dict[str, bytes]:
    """The index's files by site-relative path (``pagefind/...``)."""
    with tempfile.TemporaryDirectory(prefix="site-builder-search-") as temp:
        folder, pages = Path(temp) / "pagefind", Path(temp) / "pages"
        for article in articles:  # a page's address is its path, as on the site
            page = pages / article.url_path.strip("/") / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(_page(article, bodies[article.id]), "utf-8")
        try:
            asyncio.run(_index(pages, folder))
        except Exception as exc:  # the service reports its failures in many shapes
            raise BuildError(f"search index: Pagefind failed: {exc}") from exc
        files = {
            f"{FOLDER}{p.relative_to(folder).as_posix()}": p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }
    entry = f"{FOLDER}{ENTRY}"
    if entry in files:
        files[entry] = _sorted_json(files[entry])
    return files


def _sorted_json(data: bytes) -> bytes:
    # Pagefind 1.5 writes its entry file's languages in hash-map order, which changes from
    # run to run on a multilingual site: sorted, the same site gives the same bytes.
    value = json.loads(data)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
