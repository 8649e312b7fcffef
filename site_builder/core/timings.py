"""Where a build's time goes, stage by stage (wall clock), for ``build --timings``.

Only durations are measured: nothing read from the clock reaches the output."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Timings:
    """Consecutive stages: each ``mark`` ends the stage that began at the previous one."""

    stages: list[tuple[str, float]] = field(default_factory=list)
    _since: float = field(default_factory=time.perf_counter)

    def mark(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages.append((stage, now - self._since))
        self._since = now

    def table(self) -> str:
        """One line a stage, its seconds and its share of the whole."""
        total = sum(seconds for _, seconds in self.stages) or 1.0
        width = max((len(name) for name, _ in self.stages), default=0)
        lines = [
            f"  {name:<{width}}  {seconds:7.3f} s  {seconds / total:6.1%}"
            for name, seconds in self.stages
        ]
        return "\n".join(["Timings (wall clock):", *lines, f"  {'total':<{width}}  {total:7.3f} s"])


class NoTimings(Timings):
    """What a build without ``--timings`` records: nothing."""

    def mark(self, stage: str) -> None:
        """Nothing to record."""


NO_TIMINGS = NoTimings()
