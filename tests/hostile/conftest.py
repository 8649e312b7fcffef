"""The hostile site: every payload in every field and format, built once and served on a
loopback port whose server records every request (a payload that runs requests BEACON)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from site_builder.core.config import SiteConfig
from site_builder.pipeline.build import BuildResult
from tests.conftest import build_root
from tests.hostile.payloads import Placement, write_hostile_site
from tests.hostile.support import BEACON


@dataclass
class Requests:
    """Paths the loopback server was asked for, and dynamic pages it serves."""

    paths: list[str] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, path: str) -> None:
        with self.lock:
            self.paths.append(path)

    def beacons(self) -> list[str]:
        with self.lock:
            return [p for p in self.paths if p.startswith(BEACON)]


class _Handler(http.server.SimpleHTTPRequestHandler):
    requests: Requests

    def do_GET(self) -> None:
        self.requests.record(self.path)
        if self.path.startswith(BEACON) or self.path.startswith("/__control_ran"):
            self.send_response(204)
            self.end_headers()
            return
        page = self.requests.pages.get(self.path)
        if page is not None:
            data = page.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        return


@dataclass
class HostileSite:
    root: Path
    base_url: str
    placements: list[Placement]
    config: SiteConfig
    result: BuildResult
    requests: Requests


def _handler(directory: Path, requests: Requests) -> Callable[..., _Handler]:
    handler_class = type("RecordingHandler", (_Handler,), {"requests": requests})
    return functools.partial(handler_class, directory=str(directory))


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileSite]:
    """The payload site, built (and published) once, served from 127.0.0.1."""
    root = tmp_path_factory.mktemp("hostile") / "site"
    requests = Requests()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(root / "public", requests))
    base_url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        placements = write_hostile_site(root, base_url)
        # Built before the server thread starts: the build forks workers only while it is
        # the only thread.
        config, result = build_root(root)
    except BaseException:
        server.server_close()
        raise
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield HostileSite(root, base_url, placements, config, result, requests)
    server.shutdown()
    server.server_close()
