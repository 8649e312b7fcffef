"""The language of a document that does not name one, detected from its text.

A ``lang`` from front matter, a sidecar or the page itself always wins; otherwise
py3langid (a maintained fork of langid.py, with its own model, deterministic) reads the
body. A guess is taken only when the text is long enough and the detector is confident;
else the site's language stays. The detector is loaded once per process, and only when a
document without ``lang`` needs it (from an uncompressed copy of its model kept in the
user's cache folder: ``langid_model``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from site_builder.core.model import Format, SourceDocument

MIN_LETTERS = 80  # fewer letters than this are too few to tell languages apart reliably
MIN_CONFIDENCE = 0.95
_SAMPLE_CHARS = 1500  # on 513 real pages, the same language as from 4,000 (one abstained)


@cache
def _identifier() -> Any:
    from site_builder.cleaning.langid_model import load_identifier  # noqa: PLC0415

    return load_identifier()


def load_detector() -> None:
    """Load the detector now (a worker does before its first document, while the build
    process reads the cache): an edited article then waits for its text alone."""
    _identifier()


def _plain(doc: SourceDocument) -> str:
    if doc.format is not Format.HTML:
        return doc.body[:_SAMPLE_CHARS]
    from bs4 import BeautifulSoup  # noqa: PLC0415

    return BeautifulSoup(doc.body[: _SAMPLE_CHARS * 4], "html.parser").get_text(" ")


def detect_language(text: str) -> str | None:
    """The language code of the text, or None when it is too short or unclear."""
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return None
    lang, confidence = _identifier().classify(sample)
    return str(lang) if float(confidence) >= MIN_CONFIDENCE else None


def with_language(doc: SourceDocument) -> SourceDocument:
    """The document with its detected language when it names none (unchanged otherwise)."""
    if doc.meta.lang:
        return doc
    lang = detect_language(_plain(doc))
    return replace(doc, meta=replace(doc.meta, lang=lang)) if lang else doc
