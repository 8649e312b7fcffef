"""training.floors: which split a floor table measures, and that raising one floor edits
that floor alone."""

from __future__ import annotations

import tomllib

from training.floors import raised, split_of

FLOORS = """[target.en]
precision = 0.99
recall = 0.95

[reached.en]
precision = 1.0
recall = 0.84

[reached-2.en]
precision = 1.0
recall = 0.84
"""


def test_each_reached_table_names_its_split() -> None:
    assert split_of("reached") == "heldout"
    assert split_of("reached-10") == "heldout-10"
    assert split_of("reached-all") == "heldout-all"
    assert split_of("target") is None


def test_raising_a_floor_changes_that_floor_only() -> None:
    after = tomllib.loads(raised(FLOORS, "reached-2", "en", "recall", 0.9))
    assert after["reached-2"]["en"] == {"precision": 1.0, "recall": 0.9}
    assert after["reached"]["en"] == {"precision": 1.0, "recall": 0.84}
    assert after["target"]["en"] == {"precision": 0.99, "recall": 0.95}
