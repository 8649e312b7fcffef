"""The built-in cleaning rules compiled once and kept in the build cache's folder: compiling
their regexes takes ``re`` over a second in every process that cleans, loading them back
a few milliseconds (see PERFORMANCE.md).

What is kept is what ``cleaning.regexes.compile_rule`` made of each rule: the code ``re``
hands its C engine, and the literals each match needs. The code depends on the Python
version (part of the file's name, with the engine's version and the rules' digest);
anything unexpected, and the rules are compiled as usual."""

from __future__ import annotations

import hashlib
import marshal
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

from site_builder.core.files import replace_atomically

PREFIX = "rules-"
FORMAT = "3"  # what the file holds: (code, needs) by rule, the code in 32-bit words


def seed_rules(folder: Path) -> bool:
    """Hand the cleaner the built-in rules compiled, from ``folder`` (compiled and kept
    there when missing); False when they could not be (the cleaner compiles them)."""
    try:
        # Imported here: the one who calls this is about to clean (a worker warming up).
        from site_builder.cleaning.matcher import builtin_sources, use_compiled  # noqa: PLC0415
        from site_builder.cleaning.regexes import (  # noqa: PLC0415
            Compiled,
            compile_rule,
            engine_version,
            from_code,
        )

        sources = builtin_sources()
        path = folder / _file_name(sources, engine_version())
        try:
            kept = _read(path)
            compiled = {
                source: Compiled(from_code(source, code), code, needs)
                for source, (code, needs) in zip(sources, kept, strict=True)
            }
        except Exception:  # missing, damaged, or from elsewhere: compiled anew
            compiled = {source: compile_rule(source) for source in sources}
            if all(c.code is not None for c in compiled.values()):
                _write(path, [(compiled[s].code, compiled[s].needs) for s in sources])
        use_compiled(compiled)
    except Exception:  # a speed-up only: any failure means compiling
        return False
    return True


def _file_name(sources: tuple[str, ...], magic: int) -> str:
    digest = hashlib.sha256(
        "\0".join((FORMAT, sys.version, sys.byteorder, str(magic), *sources)).encode()
    )
    return f"{PREFIX}{digest.hexdigest()[:20]}.marshal"


def _read(path: Path) -> list[Any]:
    data: Any = marshal.loads(path.read_bytes())
    if not isinstance(data, list):
        raise TypeError(path)
    return [(tuple(code), needs) for code, needs in data]


def _write(path: Path, kept: list[Any]) -> None:
    """Atomically (processes compiling at the same time each write the same bytes); the
    files of other rules or Python versions go."""
    with suppress(OSError):
        for old in path.parent.glob(f"{PREFIX}*.marshal"):
            if old != path:
                old.unlink()
        replace_atomically(path, marshal.dumps(kept))
