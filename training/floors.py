"""Raise the held-out floors to what the whole cleaner measures now; never lower them.

Run: .venv/bin/python -m training.floors [--dry-run]
For every ``[reached.<lang>]`` (split ``heldout``), ``[reached-N.<lang>]`` (split
``heldout-N``) and ``[reached-all.<lang>]`` (``heldout-all``, the later batches pooled)
table of tests/cleaning_corpus/floors.toml, the measured precision and recall, rounded
down to two decimals, replace the floor where they are higher. A figure
below its floor is printed and left: the gate (tests/test_cleaning_heldout.py) fails on it,
and the fix is the cleaner, not the floor. Measuring held-out data is the point of this
script, so run it once, after the cleaning changes it is to record.
"""

from __future__ import annotations

import math
import re
import sys
import tomllib
from pathlib import Path

from training.evaluate import all_figures

FLOORS = Path(__file__).resolve().parent.parent / "tests" / "cleaning_corpus" / "floors.toml"
_REACHED = re.compile(r"^reached(?:-(\d+|all))?$")


def split_of(kind: str) -> str | None:
    """The held-out split a ``reached*`` table measures (None: another table)."""
    found = _REACHED.match(kind)
    if found is None:
        return None
    return f"heldout-{found.group(1)}" if found.group(1) else "heldout"


def raised(text: str, kind: str, lang: str, field: str, value: float) -> str:
    """``text`` with the floor ``[kind.lang] field`` set to ``value``."""
    table = re.compile(
        rf"(\[{re.escape(kind)}\.{lang}\]\n(?:[a-z]+ = [0-9.]+\n)*?)"
        rf"{field} = [0-9.]+"
    )
    return table.sub(lambda m: f"{m.group(1)}{field} = {value}", text, count=1)


def main(argv: list[str]) -> int:
    text = FLOORS.read_text(encoding="utf-8")
    floors = tomllib.loads(text)
    changes = []
    for kind, languages in floors.items():
        split = split_of(kind)
        if split is None:
            continue
        for figures in all_figures(split):
            floor = languages.get(figures.lang)
            if floor is None:
                continue
            for field in ("precision", "recall"):
                measured = math.floor(getattr(figures, field) * 100) / 100
                if measured > floor[field]:
                    text = raised(text, kind, figures.lang, field, measured)
                    changes.append(f"{kind}.{figures.lang} {field}: {floor[field]} -> {measured}")
                elif measured < floor[field]:
                    print(f"BELOW {kind}.{figures.lang} {field}: {measured} < {floor[field]}")
    print("\n".join(changes) or "no floor to raise")
    if changes and "--dry-run" not in argv:
        FLOORS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
