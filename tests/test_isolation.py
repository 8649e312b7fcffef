"""One failing document never stops a build: whatever it raises, in this process or in a
worker, becomes a diagnostic naming it, and every other document is published."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, MakeSite
from tests.test_serve import Server, fetch

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry link to Gotland restored</title>
<meta property="article:published_time" content="2026-02-03T10:00:00Z"></head><body><article>
<h1>Ferry link to Gotland restored</h1>
<p>The ferry operator said on Monday that crossings between Nynäshamn and Visby would run
to the winter timetable again from Thursday, after a week of storms kept both ships in port.</p>
<p>Passengers whose sailings were cancelled can rebook without a fee until the end of the
month, the company said, adding that freight would be given priority on the first day.</p>
<p>Local businesses on the island had warned that deliveries of fresh food were running
short, and the regional council had asked the navy whether it could help if needed.</p>
</article></body></html>
"""
MARKDOWN = "---\ntitle: {title}\ndate: 2026-02-{day:02d}\n---\nHarbour report number {n}.\n"
# Runs the console script's entry point in a process where trafilatura's dependency cannot
# be imported: what a user met after `pip install` of a site_builder without lxml_html_clean.
WITHOUT_HTML_CLEAN = (
    "import sys; sys.modules['lxml.html.clean'] = None; "
    "sys.argv = ['site-builder', *sys.argv[1:]]; "
    "from site_builder.app.cli import main; main()"
)


def _site(make_site: MakeSite, count: int = 2) -> Path:
    files = {
        f"content/report-{n}.md": MARKDOWN.format(title=f"Harbour report {n}", day=1 + n % 27, n=n)
        for n in range(count)
    }
    files["content/notes.txt"] = "Grid repairs resume\n\nCrews restored power to the town.\n"
    files["content/notes.txt.meta.toml"] = "date = 2026-02-04\n"
    files["content/ferry.html"] = PAGE
    return make_site(files)


def _run(root: Path, *args: str, broken: bool = True) -> subprocess.CompletedProcess[str]:
    command = (
        [sys.executable, "-c", WITHOUT_HTML_CLEAN]
        if broken
        else [sys.executable, "-m", "site_builder"]
    )
    return subprocess.run(
        [*command, *args],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1790000000"},
        timeout=300,
        check=False,
    )


def test_an_import_error_in_one_document_is_its_diagnostic(make_site: MakeSite) -> None:
    root = _site(make_site)
    run = _run(root, "build")
    assert run.returncode == 1
    assert (
        "ferry.html: error: unexpected ModuleNotFoundError: import of lxml.html.clean" in run.stderr
    ), run.stderr
    assert "Traceback" not in run.stderr and "--verbose" in run.stderr
    public = root / "public"
    assert "Crews restored power" in (public / "grid-repairs-resume" / "index.html").read_text()
    assert (public / "harbour-report-1" / "index.html").is_file()
    assert not (public / "ferry-link-to-gotland-restored").exists()

    verbose = _run(root, "build", "--verbose")
    assert verbose.returncode == 1 and "Traceback (most recent call last)" in verbose.stderr
    checked = _run(root, "check")
    assert checked.returncode == 1 and "ferry.html: error: unexpected" in checked.stderr

    # Not the document's fault, so not remembered: once the package is there, it builds.
    fixed = _run(root, "build", broken=False)
    assert fixed.returncode == 0, fixed.stderr
    assert (
        "the winter timetable"
        in (public / "ferry-link-to-gotland-restored" / "index.html").read_text()
    )


def test_a_failure_in_worker_processes_is_the_documents_diagnostic(make_site: MakeSite) -> None:
    """Enough documents for a pool of worker processes: one raises there, and one kills
    its worker outright (as a crash in a native library or the out-of-memory killer
    would); each is reported by name and every other document is built."""
    root = _site(make_site, count=80)
    script = f"""
import json, os, sys
sys.path.insert(0, {str(REPO)!r})
import site_builder.source.loader as loader
from site_builder.pipeline.build import BuildOptions, InMemory, build
from site_builder.core.config import load_config
from tests.conftest import NOW

main, real = os.getpid(), loader.load_source
def load_source(path, dates, config):
    if os.getpid() != main and path.name == "report-7.md":
        raise RuntimeError("worker fault")
    if os.getpid() != main and path.name == "report-42.md":
        os._exit(3)
    return real(path, dates, config)
loader.load_source = load_source
config, _ = load_config(__import__("pathlib").Path("."))
result = build(config, BuildOptions(NOW, workers=2, cache=False), InMemory())
print(json.dumps({{"articles": sorted(a.source_file for a in result.articles),
                  "errors": [str(d) for d in result.errors]}}))
"""
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout)
    assert len(result["articles"]) == 80  # 82 documents, two of them failing
    assert not any("report-7.md" in name or "report-42.md" in name for name in result["articles"])
    [raised] = [e for e in result["errors"] if "report-7.md" in e]
    assert "error: unexpected RuntimeError: worker fault" in raised
    [crashed] = [e for e in result["errors"] if "report-42.md" in e]
    assert "error: unexpected" in crashed
    assert len(result["errors"]) == 2


def test_serve_publishes_the_good_documents_and_shows_the_broken_one(make_site: MakeSite) -> None:
    root = _site(make_site)
    server = Server(root, "--port", "0", command=(sys.executable, "-c", WITHOUT_HTML_CLEAN))
    try:
        server.wait_for(r"ferry\.html: error: unexpected ModuleNotFoundError")
        status, page = fetch(f"{server.url}grid-repairs-resume/")
        assert status == 200 and "Crews restored power" in page
        assert 'id="site-builder-error"' in page and "ferry.html: error: unexpected" in page
        assert fetch(f"{server.url}ferry-link-to-gotland-restored/")[0] == 404
    finally:
        server.close()
