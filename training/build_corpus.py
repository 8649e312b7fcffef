"""Build the external line corpus from the shared extraction benchmarks (run once; output is
committed): tests/cleaning_corpus/external.tsv.gz.

Sources (in ../shared/extract_eval, or the folder given as the first argument):
- trafilatura-dev/evaldata.json: per page, ``with`` segments (article text: keep) and
  ``without`` segments (boilerplate: drop).
- article-extraction-benchmark: per page, the ground-truth article body (its paragraphs: keep)
  and the page's other text blocks (outside the article: drop).

Every row carries the page it came from and its split, fixed by a hash of the page's key
BEFORE any rule or model sees the data: ``heldout`` when the first byte of sha256(key) is
below 52 (a fifth), else ``dev``. The language of a page is detected from its kept text.

Run: .venv/bin/python -m training.build_corpus [SHARED_EXTRACT_EVAL]
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from site_builder.core.textnorm import normalize_line

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "cleaning_corpus" / "external.tsv.gz"
DEFAULT_SHARED = ROOT.parent / "shared" / "extract_eval"
HELDOUT_BELOW = 52  # of 256: a fifth of the pages
MAX_CHARS = 400  # longer blocks are paragraphs, never judged line by line
MAX_DROPS_PER_PAGE = 40
_BLOCKS = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "blockquote",
    "div",
    "td",
    "dt",
    "dd",
    "span",
    "a",
    "button",
    "label",
    "small",
    "time",
)


def split_of(key: str) -> str:
    return "heldout" if hashlib.sha256(key.encode()).digest()[0] < HELDOUT_BELOW else "dev"


def _clean(text: str) -> str:
    return normalize_line(text.replace("\t", " ").replace("\n", " "))


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _language(texts: list[str]) -> str:
    return str(_identifier().classify(" ".join(texts)[:5000])[0])


Row = tuple[str, str, str, str, str]  # split, label, lang, page, text


def trafilatura_rows(base: Path) -> Iterator[Row]:
    data = json.loads((base / "trafilatura-dev" / "evaldata.json").read_text(encoding="utf-8"))
    for key in sorted(data):
        page = data[key]
        keep = [_clean(s) for s in page.get("with", []) if _clean(s)]
        drop = [_clean(s) for s in page.get("without", []) if _clean(s)]
        if not keep:
            continue
        lang, split = _language(keep), split_of(key)
        page_id = "trafilatura:" + str(page.get("file", key))
        for text in dict.fromkeys(keep):
            yield split, "keep", lang, page_id, text
        for text in dict.fromkeys(drop):
            if len(text) <= MAX_CHARS:
                yield split, "drop", lang, page_id, text


def _page_blocks(html: str) -> Iterator[str]:
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "svg", "head"]):
        tag.decompose()
    for tag in soup.find_all(_BLOCKS):
        if tag.find(_BLOCKS) is None:
            text = _clean(tag.get_text(" "))
            if text:
                yield text


def scrapinghub_rows(base: Path) -> Iterator[Row]:
    bench = base / "article-extraction-benchmark"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        body = str(truth[key].get("articleBody", ""))
        paragraphs = [_clean(p) for p in body.split("\n") if _clean(p)]
        if not paragraphs:
            continue
        flat = _clean(body)
        lang, split = _language(paragraphs), split_of(key)
        page_id = "scrapinghub:" + key[:16]
        for text in dict.fromkeys(paragraphs):
            yield split, "keep", lang, page_id, text
        html = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes())
        drops = 0
        for text in dict.fromkeys(_page_blocks(html.decode("utf-8", "replace"))):
            # Anything the article contains (or that contains article text) is not judged.
            if len(text) > MAX_CHARS or text in flat or any(p in text for p in paragraphs):
                continue
            yield split, "drop", lang, page_id, text
            drops += 1
            if drops >= MAX_DROPS_PER_PAGE:
                break


def main(argv: list[str]) -> int:
    base = Path(argv[0]) if argv else DEFAULT_SHARED
    rows = [*trafilatura_rows(base), *scrapinghub_rows(base)]
    buffer = io.StringIO()
    buffer.write("split\tlabel\tlang\tpage\ttext\n")
    for row in rows:
        buffer.write("\t".join(row) + "\n")
    # mtime=0 and no file name: the same input gives the same bytes.
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(buffer.getvalue().encode("utf-8"))
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
