"""How long cleaning takes: a 5 KB plain-text article and the HTML path, on one core.

Run: .venv/bin/python benchmarks/cleaning_speed.py   (pin to one core with taskset -c 0)
Targets: plain text under 2 ms per 5 KB article; HTML pages are measured by
benchmarks/html_extraction.py (target under 50 ms per page).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from site_builder.cleaning.classifier import load_model
from site_builder.cleaning.engine import clean_document
from site_builder.cleaning.matcher import RuleSet, build_ruleset
from site_builder.core.model import Format, Metadata, SourceDocument

SEED = Path(__file__).resolve().parent.parent / "content" / "000_b659c5e0ad132ae6.txt"
RUNS = 500


def five_kb_article() -> str:
    """The seed (about 5 KB) with a few more boilerplate lines, as wire copy has."""
    text = SEED.read_text(encoding="utf-8")
    extra = "\nRead also: Another story\nFollow us on Telegram!\nSubscribe to our newsletter\n"
    return (text + extra)[:5200]


def _measure(doc: SourceDocument, rules: RuleSet) -> list[float]:
    clean_document(doc, rules)  # warm up caches
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        clean_document(doc, rules)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    text = five_kb_article()
    started = time.perf_counter()
    load_model()
    print(
        f"classifier model loaded once per process in "
        f"{(time.perf_counter() - started) * 1000:.0f} ms"
    )
    doc = SourceDocument(SEED, SEED.name, Format.TEXT, text, 1, Metadata())
    for label, rules in (
        ("rules + classifier (as a build runs)", build_ruleset()),
        ("rules only", build_ruleset(classifier=False)),
    ):
        times = _measure(doc, rules)
        print(
            f"plain text, {len(text.encode())} bytes, {RUNS} runs, {label}: "
            f"median {statistics.median(times):.3f} ms, p95 "
            f"{sorted(times)[int(RUNS * 0.95)]:.3f} ms (target < 2 ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
