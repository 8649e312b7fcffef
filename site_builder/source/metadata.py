"""Turn a raw metadata mapping (front matter or sidecar) into typed Metadata."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from site_builder.core.errors import ContentError
from site_builder.core.model import Metadata
from site_builder.core.textnorm import normalize_line, strip_forbidden

# Hugo and Jekyll spell some keys differently; these map onto ours.
ALIASES = {
    "lastmod": "updated",
    "modified": "updated",
    "last_modified_at": "updated",
    "publishdate": "date",
    "summary": "description",
    "images": "image",
    "authors": "author",
    "language": "lang",
    "categories": "tags",
    "guid": "id",
    "lead_image": "image",
    "featured_image": "image",
    "cover": "image",
    "translationkey": "translation_key",
    "canonical": "original_url",
    "canonical_url": "original_url",
    "original": "original_url",
    "category": "tags",
    "permalink": "url",
    "alias": "aliases",
}


def parse_datetime(value: Any, tz: ZoneInfo) -> datetime:
    """A timezone-aware datetime from TOML/YAML values or ISO 8601 strings."""
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime.combine(value, time())
    elif isinstance(value, str):
        text = value.strip().replace(" ", "T", 1) if len(value.strip()) > 10 else value.strip()
        try:
            result = datetime.fromisoformat(text)
        except ValueError:
            result = _jekyll_datetime(value.strip())
    else:
        raise TypeError(f"expected a date, got {type(value).__name__}")
    # Year 1 or 9999 overflow when converted to the site's time zone (OverflowError took
    # the whole build down).
    if not 1 < result.year < 9999:
        raise ValueError(f"date {result.date().isoformat()} is out of range")
    return result if result.tzinfo else result.replace(tzinfo=tz)


def _jekyll_datetime(text: str) -> datetime:
    """Jekyll's "2024-05-01 09:30:00 +0200"; any other text is not a date (the message
    names the value, the hint gives the ISO 8601 form)."""
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")
    except ValueError:
        raise ValueError(f"not a date: {text!r}") from None


def _string(value: Any) -> str:
    # YAML escapes such as "\a" can produce characters HTML and XML forbid: drop them here.
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return normalize_line(strip_forbidden(str(value)))
    raise TypeError(f"expected text, got {type(value).__name__}")


def _string_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list):
        items = [_string(v) for v in value]
    else:
        raise TypeError(f"expected a list of text, got {type(value).__name__}")
    return tuple(dict.fromkeys(i.strip() for i in items if i.strip()))


def _author(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_string(v) for v in value)
    if isinstance(value, dict) and "name" in value:
        return _string(value["name"])
    return _string(value)


def _image(value: Any) -> str:
    """Hugo writes ``images: [a.png, b.png]``: the first one leads."""
    if isinstance(value, list) and value:
        return _string(value[0])
    return _string(value)


# A language becomes a folder (lang/<code>/) and an HTML attribute: only a BCP 47 shape
# may pass, never "../.." (which aborted the whole build at publishing).
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,7}")


def _language(value: Any) -> str:
    text = _string(value)
    if not _LANGUAGE_TAG.fullmatch(text):
        raise ValueError(f"expected a language code such as 'en' or 'lv-LV', got {text!r}")
    return text


def _web_url(value: Any) -> str:
    """An absolute http(s) URL: the original article's address is read for its host name
    ("http://[" made that lookup raise and took the whole build down)."""
    text = _string(value)
    try:
        parts = urlsplit(text)
        usable = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        usable = False
    if not usable:
        raise ValueError(f"expected an http(s) URL, got {text!r}")
    return text


def _encoding(value: Any) -> str:
    try:
        return codecs.lookup(_string(value)).name
    except LookupError:
        raise ValueError(f"unknown encoding {value!r}") from None


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(f"expected true or false, got {value!r}")


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": _string,
    "tags": _string_list,
    "keywords": _string_list,
    "draft": _boolean,
    "slug": _string,
    "description": _string,
    "author": _author,
    "id": _string,
    "lang": _language,
    "image": _image,
    "source": _string,
    "credit": _string,
    "translation_key": _string,
    "original_url": _web_url,
    "url": _string,
    "aliases": _string_list,
    "encoding": _encoding,
}


def parse_metadata(
    raw: Mapping[str, Any], path: Path, tz: ZoneInfo, lines: Mapping[str, int] | None = None
) -> Metadata:
    """Typed metadata; a wrong type is a ContentError naming the key (and line if known)."""
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in raw.items():
        name = ALIASES.get(key.lower(), key.lower())
        if name == "published":  # Jekyll: a boolean (false means draft); others: a date
            name = "draft" if isinstance(value, bool) else "date"
        try:
            if name == "draft" and key.lower() == "published":
                values[name] = not _boolean(value)
            elif name in ("date", "updated"):
                values[name] = parse_datetime(value, tz)
            elif name in _FIELDS:
                parsed = _FIELDS[name](value)
                values[name] = (values.get(name, ()) + parsed) if name == "tags" else parsed
            else:
                extra[key] = value
        except (TypeError, ValueError) as exc:
            raise ContentError(
                path, f"metadata '{key}': {exc}", line=(lines or {}).get(key), hint=_HINTS.get(name)
            ) from exc
    return Metadata(**values, extra=tuple(sorted(extra.items())))


_HINTS = {
    "date": "use ISO 8601, e.g. 2026-01-07 or 2026-01-07T09:30:00+02:00",
    "updated": "use ISO 8601, e.g. 2026-01-07 or 2026-01-07T09:30:00+02:00",
    "tags": "write a list: tags: [energy, war] or a comma-separated string",
    "draft": "write draft: true or draft: false",
    "lang": "use a language code such as en, lv or pt-BR",
    "encoding": "use a Python codec name such as cp1251, koi8_r or mac_cyrillic",
}
