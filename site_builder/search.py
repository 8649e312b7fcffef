"""The static full-text search index, made with Pagefind (its Python API and binary), one
index per language; the theme's search page queries it in the browser, with no server."""

from __future__ import annotations

import asyncio
import json
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from site_builder.errors import BuildError
from site_builder.model import Article, ArticleBody

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


def index_parts(articles: Sequence[Article]) -> tuple[object, ...]:
    """What the index is made from: each article's address, language and content digest."""
    return ("search", version(), tuple((a.url_path, a.lang, a.digest) for a in articles))


async def _index(
    articles: Sequence[Article], bodies: Mapping[str, ArticleBody], folder: Path
) -> None:
    from pagefind.index import PagefindIndex  # noqa: PLC0415

    async with PagefindIndex(config={"output_path": str(folder)}) as index:
        for article in sorted(articles, key=lambda a: a.url_path):  # a fixed order
            await index.add_custom_record(
                url=article.url_path,
                language=article.lang,
                content=f"{article.title}\n{bodies[article.id].text}",
                meta={"title": article.title, "date": article.date.date().isoformat()},
            )


def search_index(
    articles: Sequence[Article], bodies: Mapping[str, ArticleBody]
) -> dict[str, bytes]:
    """The index's files by site-relative path (``pagefind/...``)."""
    with tempfile.TemporaryDirectory(prefix="site-builder-search-") as temp:
        folder = Path(temp) / "pagefind"
        try:
            asyncio.run(_index(articles, bodies, folder))
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
