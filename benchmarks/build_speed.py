"""Build speed, as whole processes: cold build, no-change rebuild, one edit, one addition,
one deletion; peak memory; files and bytes written. The same corpus is also built with
Pelican (installed into its own virtual environment here) and Hugo (Debian package
``hugo``, when installed) with comparable settings, in the same run, for the ratios.

Run (RAM disk, as the performance issue asks; prints a Markdown table):
    .venv/bin/python benchmarks/build_speed.py --count 10000 --peers
    .venv/bin/python benchmarks/build_speed.py --count 100000 --format text --runs 1
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import KINDS, as_markdown, as_plain_text, describe, make_article, write_corpus

REPO = Path(__file__).resolve().parent.parent
SITE_BUILDER = Path(sys.executable).parent / "site-builder"
SITE_TOML = (
    'title = "Bench"\nbase_url = "https://bench.example/"\npaginate = 20\n'
    'feed_limit = 50\ntimezone = "Europe/Riga"\n'
)
HUGO_CONFIG = """baseURL = "https://bench.example/"
title = "Bench"
languageCode = "en"
timeZone = "Europe/Riga"
paginate = 20
disableKinds = ["section"]
[taxonomies]
tag = "tags"
[services.rss]
limit = 50
[outputs]
home = ["HTML", "RSS"]
term = ["HTML", "RSS"]
taxonomy = ["HTML"]
page = ["HTML"]
"""
# Plain templates of the same shape as site_builder's: article, paginated front page and
# tag pages, the tag index; Hugo's own RSS template; the usual home pagination idiom.
HUGO_LAYOUTS = {
    "_default/baseof.html": '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    "<title>{{ .Title }}</title></head><body><main>"
    '{{ block "main" . }}{{ end }}</main></body></html>\n',
    "_default/single.html": '{{ define "main" }}<article><h1>{{ .Title }}</h1>'
    '<p>{{ .Date.Format "2 January 2006" }} {{ .Params.author }}</p>'
    '{{ .Content }}<ul>{{ range .GetTerms "tags" }}'
    '<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>'
    "{{ end }}</ul></article>{{ end }}\n",
    "_default/list.html": '{{ define "main" }}<h1>{{ .Title }}</h1>'
    "{{ range (.Paginate .Pages).Pages }}<article><h2>"
    '<a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>'
    "<p>{{ .Summary }}</p></article>{{ end }}"
    '{{ template "_internal/pagination.html" . }}{{ end }}\n',
    "index.html": '{{ define "main" }}{{ range (.Paginate .Site.RegularPages).Pages }}'
    '<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>'
    "<p>{{ .Summary }}</p></article>{{ end }}"
    '{{ template "_internal/pagination.html" . }}{{ end }}\n',
}
PELICAN_CONF = """AUTHOR = "Bench"
SITENAME = "Bench"
SITEURL = ""
PATH = "content"
TIMEZONE = "Europe/Riga"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 20
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
TAG_FEED_ATOM = "feeds/{slug}.atom.xml"
FEED_MAX_ITEMS = 50
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
"""


def run(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"{command} failed in {cwd}")
    return elapsed, usage.ru_maxrss // 1024


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return (
        {
            str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in folder.rglob("*")
            if p.is_file()
        }
        if folder.exists()
        else {}
    )


def written(
    before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]
) -> tuple[int, int]:
    changed = [k for k, v in after.items() if before.get(k) != v]
    return len(changed), sum(after[k][1] for k in changed)


def edit(content: Path, fmt: str, step: int) -> None:
    path = next(iter(sorted(content.rglob("a1.txt" if fmt == "text" else "a1.md"))))
    path.write_text(
        path.read_text("utf-8") + f"\nA corrected sentence {step} was added.\n", "utf-8"
    )


def add(content: Path, fmt: str, count: int, kind: str) -> None:
    article = make_article(count + 1, kind=kind)
    if fmt == "markdown":
        (content / f"new{count}.md").write_text(as_markdown(article), "utf-8")
        return
    text, sidecar = as_plain_text(article)
    (content / f"new{count}.txt").write_text(text, "utf-8")
    (content / f"new{count}.txt.meta.toml").write_text(sidecar, "utf-8")


def delete(content: Path, fmt: str, step: int) -> None:
    for path in sorted(content.rglob(f"a{2 + step}.*")):
        path.unlink()


@dataclass
class Row:
    tool: str
    fmt: str
    count: int
    times: dict[str, float]  # step -> seconds
    peak: int  # MB, the largest of all runs
    edit_files: int  # files written by the one-article edit


STEPS = ("cold", "no change", "edit", "add", "delete")


def measure(
    tool: str,
    command: list[str],
    site: Path,
    output: Path,
    *,
    fmt: str,
    count: int,
    runs: int,
    kind: str,
) -> Row:
    """Median of ``runs`` cold builds, then median of ``runs`` runs of each rebuild step
    (a no-change rebuild after each; edits append a sentence each time)."""
    content = site / "content"
    steps: dict[str, Callable[[int], None]] = {
        "no change": lambda _: None,
        "edit": lambda i: edit(content, fmt, i),
        "add": lambda i: add(content, fmt, count + i, kind),
        "delete": lambda i: delete(content, fmt, i),
    }
    times: dict[str, float] = {}
    peaks = []
    colds = []
    for _ in range(runs):
        shutil.rmtree(output, ignore_errors=True)
        for cache in (".site-builder-cache", "cache", "resources"):
            shutil.rmtree(site / cache, ignore_errors=True)
        seconds, peak = run(command, site)
        colds.append(seconds)
        peaks.append(peak)
    times["cold"] = statistics.median(colds)
    edit_files = 0
    for label, change in steps.items():
        samples = []
        for i in range(runs):
            before = snapshot(output)
            change(i)
            seconds, peak = run(command, site)
            samples.append(seconds)
            peaks.append(peak)
            if label == "edit":
                edit_files = written(before, snapshot(output))[0]
            run(command, site)  # settle: the next sample starts from an up-to-date site
        print(
            f"{tool} ({fmt}) {label}: " + ", ".join(f"{s:.2f} s" for s in samples), file=sys.stderr
        )
        times[label] = statistics.median(samples)
    return Row(tool, fmt, count, times, max(peaks), edit_files)


def prepare(workdir: Path, count: int, fmt: str, kind: str, name: str = "site_builder") -> Path:
    site = workdir / f"{name}-{fmt}-{count}"
    shutil.rmtree(site, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    (site / "site.toml").write_text(SITE_TOML, "utf-8")
    write_corpus(site / "content", count, fmt, kind)
    return site


def pelican_command(workdir: Path) -> list[str]:
    venv = workdir / "pelican-venv"
    if not (venv / "bin" / "pelican").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", "pelican[markdown]==4.12.*"], check=True
        )
    return [str(venv / "bin" / "pelican"), "content", "-o", "output", "-s", "pelicanconf.py", "-q"]


def prepare_hugo(site: Path) -> None:
    (site / "hugo.toml").write_text(HUGO_CONFIG, "utf-8")
    for name, text in HUGO_LAYOUTS.items():
        (site / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (site / "layouts" / name).write_text(text, "utf-8")


def version(command: list[str]) -> str:
    found = subprocess.run(command, capture_output=True, text=True, check=False)
    return (found.stdout or found.stderr).strip().splitlines()[0] if found.returncode == 0 else "?"


def table(rows: list[Row]) -> str:
    lines = [
        "| tool | input | articles | " + " | ".join(STEPS) + " | peak memory "
        "| files written by an edit |",
        "|---" * (len(STEPS) + 5) + "|",
    ]
    for row in rows:
        cells = [f"{row.times[step]:.2f} s" for step in STEPS]
        lines.append(
            f"| {row.tool} | {row.fmt} | {row.count:,} | "
            + " | ".join(cells)
            + f" | {row.peak} MB | {row.edit_files} |"
        )
    return "\n".join(lines)


def ratios(rows: list[Row]) -> list[str]:
    ours = {r.fmt: r for r in rows if r.tool == "site_builder"}
    notes = []
    for peer in (r for r in rows if r.tool != "site_builder"):
        for fmt, mine in sorted(ours.items()):
            notes.append(
                f"site_builder ({fmt}) / {peer.tool} (markdown): cold "
                f"{mine.times['cold'] / peer.times['cold']:.2f}x, edit "
                f"{mine.times['edit'] / peer.times['edit']:.2f}x"
            )
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--format", choices=("text", "markdown", "both"), default="both")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--corpus",
        choices=KINDS,
        default="realistic",
        help="real article text (default) or the old 55-word vocabulary",
    )
    parser.add_argument("--workdir", type=Path, default=Path("/dev/shm/site-builder-bench"))
    parser.add_argument(
        "--peers",
        action="store_true",
        help="also build with Pelican (own venv) and Hugo (if installed)",
    )
    args = parser.parse_args(argv)
    formats = ("text", "markdown") if args.format == "both" else (args.format,)
    rows = []
    for fmt in formats:
        site = prepare(args.workdir, args.count, fmt, args.corpus)
        rows.append(
            measure(
                "site_builder",
                [str(SITE_BUILDER), "build", "--quiet"],
                site,
                site / "public",
                fmt=fmt,
                count=args.count,
                runs=args.runs,
                kind=args.corpus,
            )
        )
    versions = [version([str(SITE_BUILDER), "--version"])]
    if args.peers:
        psite = prepare(args.workdir, args.count, "markdown", args.corpus, name="pelican")
        (psite / "pelicanconf.py").write_text(PELICAN_CONF, "utf-8")
        command = pelican_command(args.workdir)
        versions.append(version([command[0], "--version"]))
        rows.append(
            measure(
                "Pelican",
                command,
                psite,
                psite / "output",
                fmt="markdown",
                count=args.count,
                runs=args.runs,
                kind=args.corpus,
            )
        )
        if shutil.which("hugo"):
            hsite = prepare(args.workdir, args.count, "markdown", args.corpus, name="hugo")
            prepare_hugo(hsite)
            versions.append(version(["hugo", "version"]))
            rows.append(
                measure(
                    "Hugo",
                    ["hugo", "--quiet", "-d", "output"],
                    hsite,
                    hsite / "output",
                    fmt="markdown",
                    count=args.count,
                    runs=args.runs,
                    kind=args.corpus,
                )
            )
    print(
        f"{args.count:,} articles; median of {args.runs} runs; {os.cpu_count()} cores; "
        f"{args.workdir}; " + "; ".join(versions)
    )
    print(describe(args.count, args.corpus))
    print(table(rows))
    print("\n".join(ratios(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
