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
from site_builder.render.views import Teaser

Parts = list[str]


def input_key(value: object, salt: str = "") -> str:
    """The key of an output made from ``value``: equal for equal values in any process
    (no ``hash()`` or ``id()``), different when any part of the value differs. A type the
    walk does not know raises TypeError, so that nothing is left out silently."""
    return key_of(key_parts(value, salt))


def key_parts(value: object, salt: str = "") -> Parts:
    """What the key of ``value`` is made of, part by part (see input_key)."""
    parts: Parts = [salt]
    _walk(value, parts)
    return parts


def key_of(parts: Parts) -> str:
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


ARTICLE_PART, TEASER_PART = "Article:", "Teaser:"


def held(parts: Parts) -> tuple[list[str], list[str]]:
    """The digests of the articles and of the teasers that a key's parts hold: outside
    them, a key is made of what the value shows of the site's shape."""
    articles, teasers = [], []
    for part in parts:
        if part.startswith(ARTICLE_PART):
            articles.append(part[len(ARTICLE_PART) :])
        elif part.startswith(TEASER_PART):
            teasers.append(part[len(TEASER_PART) :])
    return articles, teasers


def _walk(value: object, parts: Parts) -> None:
    walk = _BY_TYPE.get(type(value))
    if walk is None:  # found once per type: keys are made for every page of a large site
        walk = _BY_TYPE[type(value)] = _walk_of(value)
    walk(value, parts)


def _walk_of(value: object) -> Callable[[Any, Parts], None]:
    if is_dataclass(value) and not isinstance(value, type):
        return _dataclass_walk(type(value))
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


# Values whose repr tells them apart from every other value of these types (and tuples
# of them, and tuples of those tuples).
_PLAIN = frozenset((str, int, float, bool, type(None)))


def _plain(value: tuple[Any, ...]) -> bool:
    # A loop, not all(): a generator costs more than walking a short tuple.
    for item in value:  # noqa: SIM110
        if type(item) not in _PLAIN:
            return False
    return True


def _tuple(value: tuple[Any, ...], parts: Parts) -> None:
    for item in value:
        if type(item) not in _PLAIN and not (type(item) is tuple and _plain(item)):
            break
    else:  # ("en", "https://...") in one part: most tuples of a page are of strings
        parts.append(
            repr(value) if type(value) is tuple else f"{type(value).__qualname__}{value!r}"
        )
        return
    parts.append(f"{type(value).__qualname__}({len(value)}")
    for item in value:
        walk = _BY_TYPE.get(type(item))
        if walk is None:
            walk = _BY_TYPE[type(item)] = _walk_of(item)
        walk(item, parts)
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
    parts.append(f"{ARTICLE_PART}{value.digest}")


def _teaser(value: Teaser, parts: Parts) -> None:
    parts.append(f"{TEASER_PART}{value.digest}")  # of every field (views.Teaser)


def _dataclass_walk(cls: type) -> Callable[[Any, Parts], None]:
    """How values of the dataclass ``cls`` are walked: its qualified name, then its fields
    in order. A value met twice running keeps its parts: the one that every page holds
    (what pages show of the site) is walked twice, not once per page."""
    head = f"{cls.__module__}.{cls.__qualname__}("
    names = [f.name for f in fields(cls)]
    last: list[Any] = [None, None]  # the value (held, so its id is not reused), its parts

    def walk(value: object, parts: Parts) -> None:
        again = value is last[0]
        if again and last[1] is not None:
            parts.extend(last[1])
            return
        if not again:
            last[:] = value, None
        start = len(parts)
        parts.append(head)
        for name in names:
            item = getattr(value, name)
            walk_item = _BY_TYPE.get(type(item))
            if walk_item is None:
                walk_item = _BY_TYPE[type(item)] = _walk_of(item)
            walk_item(item, parts)
        parts.append(")")
        if again:  # seen twice running: kept for the next time
            last[1] = parts[start:]

    return walk


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
    Teaser: _teaser,
}
