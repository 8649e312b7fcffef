"""Regenerate the README screenshots: the example site's home and an article page, light
and dark, at 1280x900 in headless Chromium.

    .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from site_builder.core.config import load_config  # noqa: E402
from site_builder.pipeline.build import BuildOptions, build  # noqa: E402
from tests.cdp import Browser  # noqa: E402


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Requests are not output."""


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "site"
        root.mkdir()
        shutil.copytree(REPO / "content", root / "content")
        handler = functools.partial(_Quiet, directory=str(root / "public"))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        toml = (REPO / "site.toml").read_text("utf-8")
        (root / "site.toml").write_text(toml.replace("https://example.org/news/", base))
        config, _ = load_config(root)
        build(config, BuildOptions(datetime(2026, 2, 1, tzinfo=UTC)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        article = next(p.parent.name for p in (root / "public").glob("talks*/index.html"))
        browser = Browser(Path(temp) / "profile")
        out = REPO / "docs" / "screenshots"
        try:
            for mode in ("light", "dark"):
                for name, path in (("home", ""), ("article", f"{article}/")):
                    page = browser.open(f"{base}{path}", dark=mode == "dark")
                    page.screenshot(out / f"{name}-{mode}.png")
                    page.close()
        finally:
            browser.close()
            server.shutdown()


if __name__ == "__main__":
    main()
