"""Train the two block scorers of ``site_builder/source/html_rescore.py`` and write them to
``site_builder/source/block_scorer.json``.

Data: the DEVELOPMENT part of trafilatura's evaluation pages only (the held-out rule is
``html_extraction.is_held_out``; held-out pages are never read here). A block of our body
(or a line of resiliparse's text) is labelled article when it holds or lies within a
must-keep segment of at least 8 characters, boilerplate when the same holds for a
must-drop segment, and is left out of training otherwise (most blocks: the annotation
names about six segments a page).

Before writing, it prints five-fold cross-validated figures (folds by sha256 of the URL,
each fold scored with scorers trained on the other four), with trafilatura's segment
method: the body as extracted, with only the unit scorer, only the candidate scorer, both.

Needs the ``train`` extra (scikit-learn). Run: .venv/bin/python benchmarks/train_block_scorer.py
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml.html import fragment_fromstring

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from training.blas import pin_kernels  # noqa: E402

pin_kernels()  # before anything loads numpy

import html_extraction as bench  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from site_builder.core.textnorm import squash  # noqa: E402
from site_builder.source.html_blocks import (  # noqa: E402
    CANDIDATE_FEATURES,
    UNIT_FEATURES,
    rows,
)
from site_builder.source.html_decoding import decode_page  # noqa: E402
from site_builder.source.html_extract import first_opinion, html_to_text  # noqa: E402
from site_builder.source.html_rescore import SCORER_FILE, Scorer, rescore  # noqa: E402

OUTPUT = REPO_ROOT / "site_builder/source" / SCORER_FILE
FOLDS = 5
MIN_SEGMENT = 8  # characters: shorter segments ("Home") match too much to label by


@dataclass(frozen=True)
class Page:
    body: str
    text: str
    second: str
    withheld: str
    segments: bench.Segments


Rows = list[tuple[tuple[float, ...], int]]


def label(text: str, segments: bench.Segments) -> int | None:
    def hits(found: tuple[str, ...]) -> bool:
        return any(
            (len(s) >= MIN_SEGMENT and s in text) or (len(text) >= MIN_SEGMENT and text in s)
            for s in found
        )

    keep, drop = hits(segments.keep), hits(segments.drop)
    return 1 if keep and not drop else (0 if drop and not keep else None)


def load_pages(directory: Path) -> dict[str, Page]:
    segments, raw = bench.load_trafilatura_pages(directory)
    pages: dict[str, Page] = {}
    for url, data in raw.items():
        if bench.is_held_out(url):
            continue
        opinion = first_opinion(decode_page(data).text)
        squashed = bench.Segments(
            tuple(map(squash, segments[url].keep)), tuple(map(squash, segments[url].drop))
        )
        pages[url] = Page(
            opinion.body_html,
            html_to_text(opinion.body_html),
            opinion.second,
            opinion.withheld,
            squashed,
        )
    return pages


def labelled_rows(page: Page) -> tuple[Rows, Rows]:
    if not page.body.strip():
        return [], []
    root = fragment_fromstring(page.body, create_parent="div")
    found = rows(root, page.text, page.second, page.withheld)
    unit_rows: Rows = []
    for unit in found.units:
        if (kind := label(unit.text, page.segments)) is not None:
            unit_rows.append((unit.features, kind))
    candidate_rows: Rows = []
    for candidate in found.candidates:
        if (kind := label(candidate.text, page.segments)) is not None:
            candidate_rows.append((candidate.features, kind))
    return unit_rows, candidate_rows


def fit(data: Rows, names: tuple[str, ...]) -> Scorer:
    model = LogisticRegression(max_iter=5000).fit([x for x, _ in data], [y for _, y in data])
    weights = tuple(round(float(w), 8) for w in model.coef_[0])
    return Scorer(names, weights, round(float(model.intercept_[0]), 8))


def fit_both(labelled: dict[str, tuple[Rows, Rows]], urls: list[str]) -> tuple[Scorer, Scorer]:
    units_data = [row for url in urls for row in labelled[url][0]]
    candidates_data = [row for url in urls for row in labelled[url][1]]
    return fit(units_data, UNIT_FEATURES), fit(candidates_data, CANDIDATE_FEATURES)


KEEP_ALL = Scorer(UNIT_FEATURES, (0.0,) * len(UNIT_FEATURES), 50.0)
ADD_NONE = Scorer(CANDIDATE_FEATURES, (0.0,) * len(CANDIDATE_FEATURES), -50.0)


def cross_validate(pages: dict[str, Page], labelled: dict[str, tuple[Rows, Rows]]) -> list[str]:
    fold = {url: hashlib.sha256(url.encode("utf-8")).digest()[0] % FOLDS for url in pages}
    counts: dict[str, Counter[str]] = {
        name: Counter() for name in ("as extracted", "units", "candidates", "both")
    }
    for k in range(FOLDS):
        unit_scorer, candidate_scorer = fit_both(labelled, [u for u in pages if fold[u] != k])
        variants = {
            "as extracted": (KEEP_ALL, ADD_NONE),
            "units": (unit_scorer, ADD_NONE),
            "candidates": (KEEP_ALL, candidate_scorer),
            "both": (unit_scorer, candidate_scorer),
        }
        for url in (u for u in pages if fold[u] == k):
            page = pages[url]
            for name, judges in variants.items():
                body = rescore(page.body, page.text, page.second, page.withheld, judges=judges)
                counts[name] += bench.segment_counts(page.segments, html_to_text(body))
    lines = [f"{FOLDS}-fold cross-validation on {len(pages)} development pages:"]
    for name, found in counts.items():
        f1, precision, recall = bench.micro_scores(found)
        lines.append(f"  {name:<13} F1 {f1:.4f}  precision {precision:.4f}  recall {recall:.4f}")
    return lines


def as_json(scorer: Scorer) -> dict[str, object]:
    return {
        "weights": dict(zip(scorer.names, scorer.weights, strict=True)),
        "intercept": scorer.intercept,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trafilatura-dir", type=Path, default=bench.SHARED / "trafilatura-dev")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--check", action="store_true", help="fail unless training reproduces --output"
    )
    args = parser.parse_args(argv)
    pages = load_pages(args.trafilatura_dir)
    labelled = {url: labelled_rows(page) for url, page in pages.items()}
    print("\n".join(cross_validate(pages, labelled)))
    unit_scorer, candidate_scorer = fit_both(labelled, list(pages))
    data = {
        "trained_on": f"{len(pages)} development pages of {args.trafilatura_dir.name}",
        "unit": as_json(unit_scorer),
        "candidate": as_json(candidate_scorer),
    }
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = args.output.read_text(encoding="utf-8") == text
        print(f"{args.output.name} is reproduced" if same else f"{args.output.name} differs")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
