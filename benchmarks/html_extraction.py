"""Score our HTML article extraction against plain trafilatura on article-extraction-benchmark."""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCHMARK_DIR = REPO_ROOT.parent / "shared/extract_eval/article-extraction-benchmark"
if str(REPO_ROOT) not in sys.path:  # run as a script from anywhere, without installing
    sys.path.insert(0, str(REPO_ROOT))

from site_builder.cleaning.engine import clean_document  # noqa: E402
from site_builder.cleaning.matcher import build_ruleset  # noqa: E402
from site_builder.html_extract import extract_page, html_to_text  # noqa: E402
from site_builder.model import Format, Metadata, SourceDocument  # noqa: E402

RULES = build_ruleset()

# Scoring follows the benchmark's evaluate.py: \w+ tokens (case kept), bags of 4-token
# shingles, per-page tp/fp/fn normalised to sum 1, precision and recall averaged over the pages
# where they are defined, F1 from those two averages.
TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
NGRAM = 4

Counts = tuple[float, float, float]


@dataclass(frozen=True)
class Scores:
    f1: float
    precision: float
    recall: float
    accuracy: float


@dataclass(frozen=True)
class Run:
    name: str
    texts: dict[str, str]
    seconds: list[float]


def tokenize(text: str) -> list[str]:
    return TOKEN_RE.findall(text or "")


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    tokens = tokenize(text)
    # A text shorter than n tokens is one short shingle, an empty text none.
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(gram for gram in grams if gram)


def shingle_counts(true: str, pred: str) -> Counts:
    expected, predicted = shingles(true), shingles(pred)
    tp = float(sum((expected & predicted).values()))
    fp = float(sum((predicted - expected).values()))
    fn = float(sum((expected - predicted).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(truth: dict[str, str], predicted: dict[str, str]) -> Scores:
    counts = [shingle_counts(truth[key], predicted.get(key, "")) for key in truth]
    precision = statistics.mean(precision_score(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(recall_score(*c) for c in counts if c[0] + c[2] > 0)
    accuracy = statistics.mean(
        float(tokenize(truth[key]) == tokenize(predicted.get(key, ""))) for key in truth
    )
    return Scores(2 * precision * recall / (precision + recall), precision, recall, accuracy)


def load_benchmark(directory: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Ground-truth article bodies and page HTML, both keyed by page id."""
    ground_truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {key: item.get("articleBody") or "" for key, item in ground_truth.items()}
    pages = {}
    for key in truth:
        with gzip.open(directory / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as handle:
            pages[key] = handle.read()
    return truth, pages


def run_extractor(name: str, pages: dict[str, str], extract: Callable[[str], str]) -> Run:
    texts, seconds = {}, []
    for key, html in pages.items():
        start = time.perf_counter()
        texts[key] = extract(html)
        seconds.append(time.perf_counter() - start)
    return Run(name, texts, seconds)


def ours(html: str) -> str:
    """The whole HTML path a build runs: extraction, then the recorded cleaning rules."""
    body = extract_page(html).body_html
    doc = SourceDocument(Path("page.html"), "page.html", Format.HTML, body, 1, Metadata())
    return html_to_text(clean_document(doc, RULES).body)


def plain_trafilatura(html: str) -> str:
    return trafilatura.extract(html) or ""


def trafilatura_no_comments(html: str) -> str:
    # The benchmark's own runner (extractors/run_trafilatura.py) switches comments off.
    return trafilatura.extract(html, include_comments=False) or ""


EXTRACTORS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("site_builder (ours)", ours),
    ("trafilatura defaults", plain_trafilatura),
    ("trafilatura comments off", trafilatura_no_comments),
)


def report(runs: Iterable[Run], truth: dict[str, str]) -> list[str]:
    lines = [f"{'extractor':<26} {'F1':>7} {'precision':>10} {'recall':>7} {'accuracy':>9}"
             f" {'avg ms':>7} {'median ms':>10}"]
    for run in runs:
        result = score(truth, run.texts)
        lines.append(
            f"{run.name:<26} {result.f1:>7.4f} {result.precision:>10.4f} {result.recall:>7.4f}"
            f" {result.accuracy:>9.3f} {1000 * statistics.mean(run.seconds):>7.1f}"
            f" {1000 * statistics.median(run.seconds):>10.1f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--benchmark-dir", type=Path, default=DEFAULT_BENCHMARK_DIR)
    args = parser.parse_args(argv)
    if not (args.benchmark_dir / "ground-truth.json").is_file():
        parser.error(f"no ground-truth.json in {args.benchmark_dir}")
    truth, pages = load_benchmark(args.benchmark_dir)
    runs = [run_extractor(name, pages, extract) for name, extract in EXTRACTORS]
    print(f"{len(pages)} pages from {args.benchmark_dir}")
    print("\n".join(report(runs, truth)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
