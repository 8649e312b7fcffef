"""Free-form values (front matter keys site_builder does not know, a site's ``[params]``)
kept frozen in the core types and given back to templates as plain dicts and lists."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

# What front matter and TOML give that stays as it is.
_PLAIN = frozenset((str, int, float, bool, date, datetime, time, type(None)))


@dataclass(frozen=True)
class Table:
    """A frozen table: its (key, value) pairs sorted by key; lists in it are tuples and
    tables in it are Tables, so it can be hashed, pickled and keyed."""

    items: tuple[tuple[str, Any], ...] = ()

    def thawed(self) -> dict[str, Any]:
        """The table as templates read it: ``extra.x``, ``params.menu[0].title``."""
        return {key: _thawed(value) for key, value in self.items}


def frozen_table(table: Mapping[Any, Any]) -> Table:
    return Table(
        tuple(sorted(((str(k), frozen(v)) for k, v in table.items()), key=lambda item: item[0]))
    )


def frozen(value: Any) -> Any:
    """``value`` with lists as tuples and tables as Tables; anything else (a YAML set or
    binary value, a subclass of a plain type) as its text."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Mapping):
        return frozen_table(value)
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    return str(value)


def _thawed(value: Any) -> Any:
    if isinstance(value, Table):
        return value.thawed()
    if isinstance(value, tuple):
        return [_thawed(v) for v in value]
    return value
