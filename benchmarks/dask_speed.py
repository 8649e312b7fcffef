"""Cold builds of one realistic corpus (benchmarks/corpus.py, Markdown) with the local
process pool and with the dask executor (a LocalCluster of worker processes on this
machine), in one run: seconds (whole build, and its per-document stage), peak memory of
each process, and whether both built the same tree. Prints a Markdown table.

Run (a RAM disk is used when there is one):
    .venv/bin/python benchmarks/dask_speed.py --count 2000 --count 10000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SITE_TOML = (
    'title = "Bench"\nbase_url = "https://bench.example/"\npaginate = 20\n'
    'feed_limit = 50\ntimezone = "Europe/Riga"\n'
)
# Runs the console script's entry point, then reports the peak memory of this process and
# of its largest worker process (a forked pool's workers are its children).
DRIVER = """
import json, os, resource, sys
from site_builder.app.cli import cli
sys.argv = ["site-builder", *sys.argv[2:]]
try:
    cli(prog_name="site-builder")
    status = 0
except SystemExit as done:
    status = done.code if isinstance(done.code, int) else 1
with open(REPORT, "w") as out:
    json.dump({"main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               "worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}, out)
sys.stderr.flush()
os._exit(status)
"""
STAGE = re.compile(r"articles \(load, clean, build; cache\)\s+([\d.]+) s")


@dataclass
class Run:
    engine: str
    count: int
    seconds: float
    articles: float  # seconds of the per-document stage
    main_mb: int
    worker_mb: int  # the largest worker process
    scheduler_mb: int = 0
    tree: str = ""


def _peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def prepare(workdir: Path, count: int) -> Path:
    site = workdir / f"dask-bench-{count}"
    if not (site / "content").is_dir():
        (site / "content").mkdir(parents=True)
        (site / "site.toml").write_text(SITE_TOML, "utf-8")
        # In a process of its own: this one's peak is the scheduler's (see dask_build).
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; sys.path.insert(0, sys.argv[1]); "
                "from pathlib import Path; from corpus import write_corpus; "
                "write_corpus(Path(sys.argv[2]), int(sys.argv[3]), 'markdown')",
                str(Path(__file__).resolve().parent),
                str(site / "content"),
                str(count),
            ],
            check=True,
        )
    return site


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def cold_build(site: Path, engine: str, *args: str) -> Run:
    for leftover in ("public", ".site-builder-cache"):
        shutil.rmtree(site / leftover, ignore_errors=True)
    report = site.parent / f"report-{os.getpid()}.json"
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            DRIVER.replace("REPORT", repr(str(report))),
            "--",
            "build",
            "--root",
            str(site),
            "--quiet",
            "--timings",
            *args,
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1790000000"},
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{engine} build failed:\n{done.stderr[-3000:]}")
    peaks = json.loads(report.read_text())
    report.unlink()
    stage = STAGE.search(done.stderr)
    return Run(
        engine,
        int(site.name.rsplit("-", 1)[1]),
        seconds,
        float(stage.group(1)) if stage else 0.0,
        peaks["main"] // 1024,
        peaks["worker"] // 1024,
        tree=tree_digest(site / "public"),
    )


def dask_build(site: Path, workers: int) -> Run:
    from distributed import Client, LocalCluster  # noqa: PLC0415

    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster, set_as_default=False) as client,  # type: ignore[no-untyped-call]
    ):
        result = cold_build(
            site, "dask", "--executor", "dask", "--scheduler", cluster.scheduler_address
        )
        found: dict[str, Any] = client.run(_worker_peak)
        result.worker_mb = max(found.values()) // 1024
        result.scheduler_mb = _peak_mb()  # the scheduler runs in this process
    return result


def _worker_peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def table(runs: list[Run]) -> str:
    lines = [
        "| articles | engine | cold build | per article | per-document stage | "
        "peak: build process | peak: largest worker | peak: scheduler | "
        "same tree as local |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    local = {r.count: r.tree for r in runs if r.engine == "local"}
    for r in runs:
        lines.append(
            f"| {r.count:,} | {r.engine} | {r.seconds:.1f} s | "
            f"{1000 * r.seconds / r.count:.2f} ms | {r.articles:.1f} s | "
            f"{r.main_mb} MB | {r.worker_mb} MB | "
            f"{f'{r.scheduler_mb} MB' if r.scheduler_mb else '-'} | "
            f"{'yes' if r.tree == local.get(r.count) else 'NO'} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, action="append", help="articles (repeatable)")
    parser.add_argument("--workers", type=int, default=2, help="dask workers (LocalCluster)")
    shm = Path("/dev/shm")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=shm / "site-builder-bench" if shm.is_dir() else Path("/tmp/site-builder-bench"),
    )
    args = parser.parse_args(argv)
    runs: list[Run] = []
    for count in args.count or [2000]:
        site = prepare(args.workdir, count)
        runs.append(cold_build(site, "local"))
        print(table(runs), file=sys.stderr)
        runs.append(dask_build(site, args.workers))
        print(table(runs), file=sys.stderr)
        shutil.rmtree(site / "public", ignore_errors=True)
    print(
        f"{os.cpu_count()} cores; dask: LocalCluster of {args.workers} worker processes, "
        "one thread each; local: the default pool"
    )
    print(table(runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
