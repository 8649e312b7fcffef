"""Build speed, as whole processes: cold build, no-change rebuild, one edit, one addition,
one deletion; peak memory; files and bytes written. Optionally the same corpus with
Pelican (installed into its own virtual environment here) for the ratio.

Run (RAM disk, as the issue asks):
    .venv/bin/python benchmarks/build_speed.py --count 10000 --format text
    .venv/bin/python benchmarks/build_speed.py --count 10000 --format markdown --pelican
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import as_markdown, as_plain_text, make_article, write_corpus

REPO = Path(__file__).resolve().parent.parent
SITE_BUILDER = Path(sys.executable).parent / "site-builder"
SITE_TOML = ('title = "Bench"\nbase_url = "https://bench.example/"\npaginate = 20\n'
             'feed_limit = 50\ntimezone = "Europe/Riga"\n')
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
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"{command} failed in {cwd}")
    return elapsed, usage.ru_maxrss // 1024


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in folder.rglob("*") if p.is_file()} if folder.exists() else {}


def written(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]
            ) -> tuple[int, int]:
    changed = [k for k, v in after.items() if before.get(k) != v]
    return len(changed), sum(after[k][1] for k in changed)


def edit(content: Path, fmt: str) -> None:
    path = next(iter(sorted(content.rglob("a1.txt" if fmt == "text" else "a1.md"))))
    path.write_text(path.read_text("utf-8") + "\nA corrected sentence was added.\n", "utf-8")


def add(content: Path, fmt: str, count: int) -> None:
    article = make_article(count + 1)
    if fmt == "markdown":
        (content / f"new{count}.md").write_text(as_markdown(article), "utf-8")
        return
    text, sidecar = as_plain_text(article)
    (content / f"new{count}.txt").write_text(text, "utf-8")
    (content / f"new{count}.txt.meta.toml").write_text(sidecar, "utf-8")


def delete(content: Path, fmt: str) -> None:
    for path in sorted(content.rglob("a2.*")):
        path.unlink()


def measure(name: str, command: list[str], site: Path, output: Path, *, fmt: str, count: int,
            runs: int) -> list[str]:
    content = site / "content"
    lines = []
    steps: list[tuple[str, Callable[[], None]]] = [
        ("no-change rebuild", lambda: None),
        ("edit one article", lambda: edit(content, fmt)),
        ("add one article", lambda: add(content, fmt, count)),
        ("delete one article", lambda: delete(content, fmt)),
    ]
    colds = []
    for _ in range(runs):
        shutil.rmtree(output, ignore_errors=True)
        colds.append(run(command, site))
    seconds = statistics.median(t for t, _ in colds)
    lines.append(f"{name:12} cold build          {seconds:7.2f} s  "
                 f"peak {max(m for _, m in colds)} MB")
    for label, change in steps:
        before = snapshot(output)
        change()
        elapsed, peak = run(command, site)
        files, size = written(before, snapshot(output))
        lines.append(f"{name:12} {label:19} {elapsed:7.2f} s  peak {peak} MB  "
                     f"wrote {files} files, {size / 1e6:.1f} MB")
    return lines


def prepare(workdir: Path, count: int, fmt: str) -> Path:
    site = workdir / f"site-{fmt}-{count}"
    shutil.rmtree(site, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    (site / "site.toml").write_text(SITE_TOML, "utf-8")
    write_corpus(site / "content", count, fmt)
    return site


def pelican_command(workdir: Path) -> list[str]:
    venv = workdir / "pelican-venv"
    if not (venv / "bin" / "pelican").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "pelican[markdown]"],
                       check=True)
    return [str(venv / "bin" / "pelican"), "content", "-o", "output", "-s", "pelicanconf.py"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--format", choices=("text", "markdown"), default="text")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/dev/shm/site-builder-bench"))
    parser.add_argument("--pelican", action="store_true", help="also build with Pelican")
    args = parser.parse_args(argv)
    site = prepare(args.workdir, args.count, args.format)
    lines = measure("site_builder", [str(SITE_BUILDER), "build", "--quiet"], site,
                    site / "public", fmt=args.format, count=args.count, runs=args.runs)
    if args.pelican:
        psite = prepare(args.workdir, args.count, "markdown")
        (psite / "pelicanconf.py").write_text(PELICAN_CONF, "utf-8")
        lines += measure("pelican", pelican_command(args.workdir), psite, psite / "output",
                         fmt="markdown", count=args.count, runs=args.runs)
    print(f"{args.count} articles, {args.format}, median of {args.runs} cold builds, "
          f"{os.cpu_count()} cores, {args.workdir}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
