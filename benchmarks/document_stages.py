"""Where one document's time goes in a cold build: each stage a worker runs for it
(loading, language detection, the keys repetition counts, cleaning, building the
article), timed apart in this one process over a site's Markdown and text documents.

Run on a site prepared by build_speed.py (or any site folder):
    .venv/bin/python benchmarks/document_stages.py /dev/shm/ab/s-markdown-1000 --count 400

Each document is timed twice, in two passes; the second pass is printed (the first pays for
imports, the detector and the classifier loading, as every worker does once).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # run as a script from anywhere, without installing
    sys.path.insert(0, str(REPO_ROOT))

from site_builder.article.articles import build_article  # noqa: E402
from site_builder.cleaning.engine import (  # noqa: E402
    clean_document,
    document_rules,
    repeatable_lines,
)
from site_builder.cleaning.language import with_language  # noqa: E402
from site_builder.core.config import load_config  # noqa: E402
from site_builder.core.model import FileDates  # noqa: E402
from site_builder.source.loader import load_source  # noqa: E402

STAGES = ("load", "language", "repetition keys", "cleaning", "article")


def _timed(spent: dict[str, float], stage: str, work: Callable[..., Any], *args: Any) -> Any:
    start = time.perf_counter()
    result = work(*args)
    spent[stage] += time.perf_counter() - start
    return result


def one_pass(root: Path, files: list[Path]) -> dict[str, float]:
    """Seconds spent in each stage over ``files``."""
    config, _ = load_config(root)
    dates = FileDates(datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC), False)
    spent: dict[str, float] = defaultdict(float)
    for path in files:
        doc, _problem = _timed(spent, "load", load_source, path, dates, config)
        if doc is None:
            continue
        doc = _timed(spent, "language", with_language, doc)
        _timed(spent, "repetition keys", repeatable_lines, doc)
        rules = document_rules(doc, config.cleaning, config.language)
        clean = _timed(spent, "cleaning", clean_document, doc, rules, None)
        _timed(spent, "article", build_article, clean, config, [])
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--count", type=int, default=400)
    args = parser.parse_args(argv)
    content = args.site / "content"
    files = sorted(p for p in content.rglob("*") if p.suffix in (".md", ".txt"))[: args.count]
    one_pass(args.site, files)
    spent = one_pass(args.site, files)
    for stage in STAGES:
        print(f"{stage:16} {spent[stage] / len(files) * 1000:6.2f} ms a document")
    print(f"{'total':16} {sum(spent.values()) / len(files) * 1000:6.2f} ms a document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
