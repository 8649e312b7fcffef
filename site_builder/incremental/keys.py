"""Keys of outputs derived from their typed inputs: a value is walked by its type, so a
field added to an input is in the key without anyone listing it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from pathlib import PurePath
from typing import Any

from site_builder.core.model import Article

Parts = list[str]


def input_key(value: object, salt: str = "") -> str:
    """The key of an output made from ``value``: equal for equal values in any process
    (no ``hash()`` or ``id()``), different when any part of the value differs. A type the
    walk does not know raises TypeError, so that nothing is left out silently."""
    parts: Parts = [salt]
    _walk(value, parts)
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


def _walk(value: object, parts: Parts) -> None:
    walk = _BY_TYPE.get(type(value))
    if walk is None:
        walk = _walk_of(value)
    walk(value, parts)


def _walk_of(value: object) -> Callable[[Any, Parts], None]:
    if is_dataclass(value) and not isinstance(value, type):
        return _dataclass
    if isinstance(value, Mapping):
        return _mapping
    if isinstance(value, tuple):
        return _tuple
    if isinstance(value, PurePath):
        return _path
    raise TypeError(
        f"an output key cannot be made from {type(value).__qualname__} "
        f"({value!r:.80}): give the input a type the key knows (see keys.py)"
    )


def _text(value: str, parts: Parts) -> None:
    parts.append(repr(value))  # quoted and escaped: no two strings give one part


def _number(value: float, parts: Parts) -> None:
    parts.append(f"{type(value).__name__}:{value!r}")


def _none(_: None, parts: Parts) -> None:
    parts.append("None")


def _moment(value: date | time, parts: Parts) -> None:
    # isoformat carries the UTC offset of an aware datetime (what pages show of its zone).
    parts.append(f"{type(value).__name__}:{value.isoformat()}")


def _path(value: PurePath, parts: Parts) -> None:
    parts.append(f"path:{value.as_posix()!r}")


def _tuple(value: tuple[Any, ...], parts: Parts) -> None:
    parts.append(f"{type(value).__qualname__}({len(value)}")
    for item in value:
        _walk(item, parts)
    parts.append(")")


def _mapping(value: Mapping[Any, Any], parts: Parts) -> None:
    items = sorted(value.items(), key=lambda item: repr(item[0]))
    parts.append(f"{{{len(items)}")
    for name, item in items:
        _walk(name, parts)
        _walk(item, parts)
    parts.append("}")


def _article(value: Article, parts: Parts) -> None:
    # The digest covers every field of the article and its body (articles.content_digest).
    if not value.digest:
        raise TypeError(
            f"article {value.id!r} has no digest: it was not made by "
            "build_article, and its key would not cover it"
        )
    parts.append(f"Article:{value.digest}")


_FIELDS: dict[type, tuple[str, ...]] = {}


def _dataclass(value: object, parts: Parts) -> None:
    cls = type(value)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    parts.append(f"{cls.__module__}.{cls.__qualname__}(")
    for name in names:
        _walk(getattr(value, name), parts)
    parts.append(")")


_BY_TYPE: dict[type, Callable[[Any, Parts], None]] = {
    str: _text,
    int: _number,
    float: _number,
    bool: _number,
    type(None): _none,
    datetime: _moment,
    date: _moment,
    time: _moment,
    tuple: _tuple,
    dict: _mapping,
    Article: _article,
}
