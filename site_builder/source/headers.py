"""Pelican's metadata header: ``Key: value`` lines at the top of a Markdown document, up
to the first blank line (Python-Markdown's "meta" syntax, which Pelican reads)."""

from __future__ import annotations

import re
from typing import Any

from site_builder.source.frontmatter import FrontMatter

_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)")
# Only a document whose first line names one of Pelican's keys has a header: prose that
# opens with "Note: ..." stays prose.
PELICAN_KEYS = frozenset(
    {
        "title",
        "date",
        "modified",
        "tags",
        "category",
        "slug",
        "author",
        "authors",
        "summary",
        "lang",
        "status",
        "translation",
        "save_as",
        "url",
        "template",
        "keywords",
    }
)
# Pelican's status values; "hidden" pages are published but listed nowhere: a draft here.
_DRAFT_STATUS = {"draft": True, "hidden": True, "published": False}
_CONTINUATION = re.compile(r"^(?: {4}|\t)\S")


def split_header(text: str) -> FrontMatter | None:
    """The header's values, the line of each key and the body after it; None when the
    document does not open with one."""
    lines = text.split("\n")
    first = _LINE.fullmatch(lines[0].strip()) if lines else None
    if first is None or first.group(1).lower() not in PELICAN_KEYS:
        return None
    data: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    key = ""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            return FrontMatter(_values(data), "\n".join(lines[number:]), number + 1, key_lines)
        found = _LINE.fullmatch(line.strip())
        if found is None and key and _CONTINUATION.match(line):
            data[key] = f"{data[key]} {line.strip()}"  # Python-Markdown's continuation line
        elif found is None:
            return None  # not a header after all: leave the text as it is
        else:
            key = found.group(1)
            data[key] = found.group(2).strip()
            key_lines.setdefault(key, number)
    return FrontMatter(_values(data), "", len(lines) + 1, key_lines)


def _values(data: dict[str, Any]) -> dict[str, Any]:
    """Pelican's ``Status`` as our ``draft``; every other value stays text (metadata
    parsing reads dates, comma lists and so on)."""
    values = dict(data)
    for key, value in data.items():
        if key.lower() == "status" and value.lower() in _DRAFT_STATUS:
            del values[key]
            values["draft"] = _DRAFT_STATUS[value.lower()]
    return values
