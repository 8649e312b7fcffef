"""The payload site in a real browser: headless Chromium with JavaScript on opens every page
and feed (batched as iframes of a harness page); any request for BEACON means a payload ran.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import need_tool
from tests.hostile.conftest import HostileSite
from tests.hostile.support import BEACON

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--mute-audio",
)
BATCH = 100  # pages per harness: one Chromium process each
BUDGET_MS = 3000  # virtual time for pages and their scripts to run

HARNESS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>harness</title></head><body>
<pre id="report">pending</pre>
<script>
const pages = {pages};
const loaded = new Set();
for (const page of pages) {{
  const frame = document.createElement("iframe");
  frame.onload = () => loaded.add(page);
  frame.src = page;
  document.body.appendChild(frame);
}}
window.addEventListener("load", () => {{
  // A same-origin frame that really rendered our page has our stylesheet link.
  let rendered = 0;
  for (const frame of document.querySelectorAll("iframe")) {{
    try {{
      const doc = frame.contentDocument;
      if (doc && (doc.querySelector("link[rel=stylesheet]") || doc.documentElement.
          nodeName.toLowerCase() !== "html")) rendered++;
    }} catch (error) {{}}
  }}
  document.getElementById("report").textContent =
    "LOADED " + loaded.size + " RENDERED " + rendered + " OF " + pages.length;
}});
</script>
</body></html>
"""
# The harness must be able to see a payload run: this page runs two, through the server's
# control path instead of BEACON.
CONTROL = (
    "<!DOCTYPE html><html><head><link rel=stylesheet href=/static/style.css></head>"
    "<body><script>fetch(`/__control_ran?script`)</script>"
    '<img src=x onerror="fetch(`/__control_ran?onerror`)"></body></html>'
)


def _chromium(url: str, profile: Path) -> str:
    done = subprocess.run(
        [
            need_tool("chromium"),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--dump-dom",
            f"--virtual-time-budget={BUDGET_MS}",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.stdout


def _pages(site: HostileSite) -> list[str]:
    """Every HTML page, and the site's own RSS and Atom feeds, as server paths (tag feeds
    repeat the site feed's entries; the static scan reads every feed)."""
    names = sorted(
        n for n in site.result.files if n.endswith(".html") or n in ("rss.xml", "atom.xml")
    )
    return ["/" + n.removesuffix("index.html") for n in names]


def test_no_payload_runs_in_chromium(hostile_site: HostileSite, tmp_path: Path) -> None:
    pages = ["/__control.html", *_pages(hostile_site)]
    hostile_site.requests.pages["/__control.html"] = CONTROL
    batches = [pages[i : i + BATCH] for i in range(0, len(pages), BATCH)]
    for number, batch in enumerate(batches):
        path = f"/__harness/{number}.html"
        hostile_site.requests.pages[path] = HARNESS.format(pages=json.dumps(batch))
        dom = _chromium(hostile_site.base_url.rstrip("/") + path, tmp_path / "profile")
        report = re.search(r"LOADED (\d+) RENDERED (\d+) OF (\d+)", dom)
        assert report is not None, f"harness {number} did not finish: {dom[:300]}"
        assert report.group(1) == report.group(3) == str(len(batch)), report.group(0)
        assert int(report.group(2)) == len(batch), report.group(0)
    requested = set(hostile_site.requests.paths)
    assert {"/__control_ran?script", "/__control_ran?onerror"} <= requested, (
        "scripts do not run in the harness: the test would be blind"
    )
    assert set(pages) <= requested
    ran = sorted(set(hostile_site.requests.beacons()))
    assert ran == [], f"{len(ran)} payloads ran: {ran[:20]}"
    assert not any(p.startswith(BEACON) for p in requested)
