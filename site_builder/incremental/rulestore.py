"""The built-in cleaning rules compiled once and kept in the build cache's folder: compiling
their regexes takes ``re`` over a second in every process that cleans, loading them back
a few milliseconds (see PERFORMANCE.md).

What is kept is what ``re`` itself hands its C engine (``_sre.compile``): the compiled
code of each regex. It depends on the Python version (part of the file's name, with the
engine's version and the rules' digest); anything unexpected, and the rules are compiled
as usual."""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

PREFIX = "rules-"
# The compiled regexes of the built-in rules, as _sre.compile takes them (after the source).
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def seed_rules(folder: Path) -> bool:
    """Hand the cleaner the built-in rules compiled, from ``folder`` (compiled and kept
    there when missing); False when they could not be (the cleaner compiles them)."""
    try:
        sre = _private("_sre")  # re's own engine
        # Imported here: the one who calls this is about to clean (a worker warming up).
        from site_builder.cleaning.matcher import builtin_sources, use_compiled  # noqa: PLC0415

        sources = builtin_sources()
        path = folder / _file_name(sources, sre.MAGIC)
        try:
            kept = _read(path)
            patterns = {s: sre.compile(s, *c) for s, c in zip(sources, kept, strict=True)}
        except Exception:  # missing, damaged, or from elsewhere: compiled anew
            compiled = [_compiled(source) for source in sources]
            patterns = {s: sre.compile(s, *c) for s, c in zip(sources, compiled, strict=True)}
            _write(path, compiled)
        use_compiled(patterns)
    except Exception:  # a speed-up only: any failure means compiling
        return False
    return True


def _private(name: str) -> Any:
    """A module of re's internals (no type stubs: typed as Any)."""
    return importlib.import_module(name)


def _file_name(sources: tuple[str, ...], magic: int) -> str:
    digest = hashlib.sha256("\0".join((sys.version, str(magic), *sources)).encode())
    return f"{PREFIX}{digest.hexdigest()[:20]}.marshal"


def _compiled(source: str) -> Compiled:
    """What re.compile hands _sre.compile for ``source`` (re._compiler.compile, in parts)."""
    from site_builder.cleaning.matcher import RULE_FLAGS  # noqa: PLC0415

    flags = int(RULE_FLAGS)  # as re.compile does: the enum's own "&" is slow
    parsed = _private("re._parser").parse(source, flags)
    code = _private("re._compiler")._code(parsed, flags)
    state = parsed.state
    index: list[str | None] = [None] * state.groups
    for name, number in state.groupdict.items():
        index[number] = name
    return (
        flags | state.flags,
        list(map(int, code)),
        state.groups - 1,
        dict(state.groupdict),
        tuple(index),
    )


def _read(path: Path) -> list[Compiled]:
    data: Any = marshal.loads(path.read_bytes())
    if not isinstance(data, list):
        raise TypeError(path)
    return [tuple(entry) for entry in data]


def _write(path: Path, compiled: list[Compiled]) -> None:
    """Atomically (processes compiling at the same time each write the same bytes); the
    files of other rules or Python versions go."""
    with suppress(OSError):
        for old in path.parent.glob(f"{PREFIX}*.marshal"):
            if old != path:
                old.unlink()
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            temporary.write_bytes(marshal.dumps(compiled))
            temporary.replace(path)
        finally:
            temporary.unlink(missing_ok=True)
