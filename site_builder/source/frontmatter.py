"""Split a front matter block (YAML between ``---`` or TOML between ``+++``) from a body."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from site_builder.core.errors import ContentError

_FENCES = {"---": "yaml", "+++": "toml"}
# libyaml's parser recurses on the C stack: 30,000 nested '[' in a front matter crashed the
# whole build with a segmentation fault (tomllib raises RecursionError instead). Metadata
# never nests more than a few levels.
MAX_NESTING = 100
# libyaml's safe loader when PyYAML was built with it: several times faster, same result.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")


@dataclass(frozen=True)
class FrontMatter:
    """The parsed block, the line of each top-level key, and the body after the block."""

    data: dict[str, Any]
    body: str
    body_line: int
    key_lines: dict[str, int] = field(default_factory=dict)


def split_front_matter(text: str, path: Path) -> FrontMatter:
    """Separate and parse a leading front matter block, if the text has one."""
    lines = text.split("\n")
    fence = lines[0].strip() if lines else ""
    if fence not in _FENCES:
        return FrontMatter({}, text, 1)
    for index in range(1, len(lines)):
        if lines[index].strip() in (fence, "...") and (fence == "---" or lines[index] == fence):
            block = "\n".join(lines[1:index])
            data = _parse(_FENCES[fence], block, path)
            body = "\n".join(lines[index + 1 :])
            return FrontMatter(data, body, index + 2, key_lines(block, 2))
    raise ContentError(
        path,
        f"front matter opened with '{fence}' is never closed",
        line=1,
        hint=f"add a line '{fence}' after the last metadata line",
    )


def check_nesting(block: str, path: Path, first_line: int) -> None:
    """Refuse metadata whose brackets ('[' and '{' outside quotes) nest beyond MAX_NESTING."""
    depth, quote, line = 0, "", first_line
    escaped = False
    for char in block:
        if char == "\n":
            line += 1
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise ContentError(
                    path,
                    f"metadata nested more than {MAX_NESTING} levels deep",
                    line=line,
                    hint="metadata values are text, dates and lists",
                )
        elif char in "]}":
            depth = max(depth - 1, 0)


def _parse(kind: str, block: str, path: Path) -> dict[str, Any]:
    data: Any
    check_nesting(block, path, 2)
    if kind == "toml":
        try:
            data = tomllib.loads(block)
        except tomllib.TOMLDecodeError as exc:
            line = toml_error_line(exc)
            raise ContentError(
                path, f"invalid TOML front matter: {exc}", line=(line + 1) if line else None
            ) from exc
    else:
        try:
            data = yaml.load(block, Loader=_YAML_LOADER)
        except (ValueError, TypeError, OverflowError) as exc:
            # PyYAML's constructors raise plain errors for values that scan well but cannot
            # be built, such as the date 2026-02-30: that crashed the whole build.
            raise ContentError(
                path,
                f"invalid YAML front matter: {exc}",
                line=_value_line(block),
                hint="check dates and numbers",
            ) from exc
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            # libyaml marks errors at the end of the stream: keep them inside the block.
            last = block.count("\n") + 2
            line = min(mark.line + 2, last) if mark is not None else None
            problem = getattr(exc, "problem", None) or str(exc)
            raise ContentError(
                path,
                f"invalid YAML front matter: {problem}",
                line=line,
                hint="check quoting and indentation",
            ) from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ContentError(
            path,
            "front matter must be a mapping of keys to values",
            line=2,
            hint="write 'title: ...' lines",
        )
    return {str(k): v for k, v in data.items()}


def toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    """The line tomllib names in its message ("... (at line 3, column 5)"), if any: Python
    3.11's exception has no attribute for it."""
    found = _TOML_LINE.search(str(exc))
    return int(found.group(1)) if found else getattr(exc, "lineno", None)


def _value_line(block: str) -> int | None:
    """The line of the first date-like value that Python cannot build, if that is the error."""
    for offset, text in enumerate(block.split("\n")):
        found = _DATE.search(text)
        if found:
            year, month, day = map(int, found.group(0).split("-"))
            try:
                date(year, month, day)
            except ValueError:
                return offset + 2
    return None


def key_lines(block: str, first_line: int) -> dict[str, int]:
    """Line numbers of top-level keys in a front matter block, for error messages."""
    found: dict[str, int] = {}
    for offset, line in enumerate(block.split("\n")):
        if line and not line[0].isspace() and (":" in line or "=" in line):
            key = line.split(":" if ":" in line else "=", 1)[0].strip().strip("'\"")
            found.setdefault(key, first_line + offset)
    return found
