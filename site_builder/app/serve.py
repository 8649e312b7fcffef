"""Preview server: build in memory, serve on 127.0.0.1, rebuild on change, reload the browser."""

from __future__ import annotations

import errno
import html
import mimetypes
import os
import secrets
import signal
import socket
import sys
import threading
import time
import traceback
import webbrowser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any, cast
from urllib.parse import unquote, urlsplit

from site_builder.core.config import CONFIG_NAME, SiteConfig, load_config
from site_builder.core.errors import SiteBuilderError
from site_builder.pipeline.build import BuildOptions, InMemory, build
from site_builder.render.theme import default_theme_dir

LOOPBACK = "127.0.0.1"

EVENTS_PATH = "/__livereload"
POLL_INTERVAL = 0.2  # seconds between scans: edits show up well within a second
SETTLE = 0.05  # editors write in several steps; wait this long for the last one
KEEPALIVE = 15.0  # seconds between comments on an idle event stream
Echo = Callable[[str], None]

# The client knows the build it was served from; a "hello" naming another build (the server
# rebuilt or restarted while the page loaded or the stream reconnected) also reloads.
_CLIENT = """<script>(() => {{
  const loaded = "{token}";
  const events = new EventSource("{path}?page=" + encodeURIComponent(location.pathname));
  events.addEventListener("hello", (e) => {{ if (e.data !== loaded) location.reload(); }});
  events.addEventListener("reload", () => location.reload());
}})();</script>
"""
_OVERLAY = """<div id="site-builder-error" role="alert" style="position:fixed;left:0;right:0;\
top:0;z-index:2147483647;max-height:70vh;overflow:auto;margin:0;padding:1em 1.5em;\
background:#2b0b0b;color:#ffe0e0;border-bottom:4px solid #e5484d;\
font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace">
<strong>site-builder: the last rebuild found errors. Fix the file and save: this page \
reloads by itself.</strong>
<pre style="white-space:pre-wrap;margin:.75em 0 0">{message}</pre></div>
"""
_ERROR_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head>
<body></body></html>
"""


def inject(page: bytes, token: str, error: str | None) -> bytes:
    """The page with the live-reload client (and the error overlay) before ``</body>``."""
    snippet = _CLIENT.format(token=token, path=EVENTS_PATH)
    if error is not None:
        snippet = _OVERLAY.format(message=html.escape(error)) + snippet
    at = page.lower().rfind(b"</body>")
    at = len(page) if at < 0 else at
    return page[:at] + snippet.encode("utf-8") + page[at:]


class LiveSite:
    """The site being served and the current build problem, swapped as one under a lock."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] | None = None  # None until a build produced pages
        self.error: str | None = None
        self.generation = 0
        self.closing = False
        self.session = secrets.token_hex(4)  # a restarted server is a different session
        self._changed = threading.Condition()

    @property
    def token(self) -> str:
        return f"{self.session}-{self.generation}"

    def update(self, files: dict[str, bytes] | None, error: str | None) -> bool:
        """Serve ``files`` (None keeps the current ones) and ``error``; True if that changed
        what a reader sees, and then every open page is told to reload."""
        with self._changed:
            files = self.files if files is None else files
            if files == self.files and error == self.error:
                return False
            self.files, self.error = files, error
            self.generation += 1
            self._changed.notify_all()
            return True

    def snapshot(self) -> tuple[dict[str, bytes] | None, str | None, str]:
        """Files, error and token of one generation: a request never mixes two builds."""
        with self._changed:
            return self.files, self.error, self.token

    def wait(self, generation: int, timeout: float) -> int:
        """Block until the generation moves past ``generation`` (or timeout, or closing)."""
        with self._changed:
            self._changed.wait_for(lambda: self.generation != generation or self.closing, timeout)
            return self.generation

    def close(self) -> None:
        with self._changed:
            self.closing = True
            self._changed.notify_all()


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


def _content_type(path: str) -> str:
    kind = {
        ".xml": "application/xml",
        ".json": "application/json",
        ".js": "text/javascript",
        ".svg": "image/svg+xml",
    }.get(Path(path).suffix)
    kind = kind or mimetypes.guess_type(path)[0] or "application/octet-stream"
    textual = kind.startswith("text/") or kind.endswith(("xml", "json", "javascript"))
    return f"{kind}; charset=utf-8" if textual else kind


def respond(site: LiveSite, target: str) -> Response:
    """What the server answers for ``target`` (a request path with optional query)."""
    files, error, token = site.snapshot()
    if files is None:
        return Response(503, inject(_ERROR_PAGE.encode(), token, error or ""))
    url = urlsplit(target)
    rel = unquote(url.path).lstrip("/")
    name = rel + "index.html" if rel == "" or rel.endswith("/") else rel
    if name not in files and f"{name}/index.html" in files:
        query = f"?{url.query}" if url.query else ""
        return Response(301, location=f"{url.path}/{query}")
    status = 200 if name in files else 404
    if status == 404:
        name = "404.html"
    body = files.get(name, b"<!DOCTYPE html><title>Not found</title><body>Not found</body>")
    kind = _content_type(name)
    if kind.startswith("text/html"):
        body = inject(body, token, error)
    return Response(status, body, kind)


class PreviewServer(ThreadingHTTPServer):
    """The HTTP server, holding what its handlers serve."""

    daemon_threads = True  # open event streams must not keep the process alive

    def __init__(
        self, port: int, site: LiveSite, access_log: Echo | None, host: str = LOOPBACK
    ) -> None:
        if ":" in host:  # an IPv6 address ("::" for every address)
            self.address_family = socket.AF_INET6
        super().__init__((host, port), Handler)
        self.site, self.access_log = site, access_log

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser that closes a connection early is normal, not worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    """Serves the in-memory site and the live-reload event stream."""

    server_version = "site-builder"

    @property
    def site(self) -> LiveSite:
        return cast(PreviewServer, self.server).site

    def do_GET(self) -> None:
        if urlsplit(self.path).path == EVENTS_PATH:
            self._events()
        else:
            self._send(respond(self.site, self.path), body=True)

    def do_HEAD(self) -> None:
        self._send(respond(self.site, self.path), body=False)

    def _send(self, response: Response, *, body: bool) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("Cache-Control", "no-store")  # a preview must never show stale pages
        if response.location:
            self.send_header("Location", response.location)
        self.end_headers()
        if body:
            self.wfile.write(response.body)

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        generation = self.site.generation
        try:
            self._write(f"retry: 500\nevent: hello\ndata: {self.site.token}\n\n")
            while not self.site.closing:
                now = self.site.wait(generation, KEEPALIVE)
                if now != generation:
                    self._write(f"event: reload\ndata: {self.site.token}\n\n")
                elif not self.site.closing:
                    self._write(": keepalive\n\n")  # also notices a closed tab
                generation = now
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page went away: reloaded or closed

    def _write(self, text: str) -> None:
        self.wfile.write(text.encode("utf-8"))
        self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        access_log = cast(PreviewServer, self.server).access_log
        if access_log is not None:
            access_log(f"{self.address_string()} {format % args}")


def bind(
    port: int, site: LiveSite, access_log: Echo | None, host: str = LOOPBACK
) -> tuple[PreviewServer, bool]:
    """A server on ``port``, or on a free port when that one is taken (second value True)."""
    try:
        return PreviewServer(port, site, access_log, host), False
    except OSError as exc:
        if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
            raise SiteBuilderError(
                f"error: cannot listen on {host} port {port}: "
                f"{exc.strerror or exc} (give --bind an address of this "
                "machine, or 0.0.0.0)"
            ) from exc
    return PreviewServer(0, site, access_log, host), True


def local_address(host: str) -> str:
    """The address other devices reach this one at: for "0.0.0.0" (every address), the
    one this machine's outgoing traffic uses (learned from a UDP socket, which sends
    nothing); the loopback address when there is none."""
    if host not in ("0.0.0.0", "::", ""):
        return f"[{host}]" if ":" in host else host
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
    except OSError:
        return LOOPBACK


def _ignored(name: str) -> bool:
    """Editor swap, backup and lock files: saving a document should cause one rebuild."""
    return name.startswith((".", "#")) or name.endswith(("~", ".swp", ".tmp"))


def _scan_into(path: Path, seen: dict[str, tuple[int, int]]) -> None:
    try:
        if path.is_file():
            stat = path.stat()
            seen[str(path)] = (stat.st_mtime_ns, stat.st_size)
            return
        with os.scandir(path) as entries:
            for entry in entries:
                if not _ignored(entry.name):
                    _scan_into(Path(entry.path), seen)
    except OSError:
        return  # missing or vanished while scanning: the next scan sees the new state


class Poller:
    """Notices changed, added and removed files by modification time and size.

    Polling rather than OS notifications: no dependency, it follows a content or theme
    folder that site.toml moves, and it behaves the same on every file system."""

    def __init__(self, paths: Callable[[], Iterable[Path]]) -> None:
        self.paths = paths
        self.state = self.scan()

    def scan(self) -> dict[str, tuple[int, int]]:
        seen: dict[str, tuple[int, int]] = {}
        for path in self.paths():
            _scan_into(path, seen)
        return seen

    def changes(self) -> list[str]:
        """Paths that changed since the last call (settled: a write in progress finishes)."""
        now = self.scan()
        if now == self.state:
            return []
        time.sleep(SETTLE)
        now = self.scan()
        changed = sorted(
            p for p in now.keys() | self.state.keys() if now.get(p) != self.state.get(p)
        )
        self.state = now
        return changed


@dataclass(frozen=True)
class ServeOptions:
    root: Path
    port: int = 8000
    drafts: bool = False
    future: bool = False
    verbose: bool = False
    host: str = "127.0.0.1"  # "0.0.0.0": every address (a phone on the same network)
    open_browser: bool = False


class Rebuilder:
    """Builds the site into the LiveSite; a failed build keeps the last good pages."""

    def __init__(
        self,
        options: ServeOptions,
        base_url: str,
        site: LiveSite,
        clock: Callable[[], datetime],
        echo: Echo,
    ) -> None:
        self.options, self.base_url, self.site = options, base_url, site
        self.clock, self.echo = clock, echo
        self.config: SiteConfig | None = None
        self.good = False  # whether a built site is served (a later failure keeps it up)

    def watched(self) -> Iterator[Path]:
        """site.toml, content, the theme and the default theme (last good config's folders)."""
        root = self.options.root
        yield root / CONFIG_NAME
        yield self.config.content_dir if self.config else root / "content"
        if self.config and self.config.theme_dir:
            yield self.config.theme_dir
        yield default_theme_dir()

    def rebuild(self) -> bool:
        """Build once; report in the terminal and to open pages. True if the build was clean."""
        started = time.perf_counter()
        try:
            config, warnings = load_config(self.options.root)
            self.config = replace(config, base_url=self.base_url)
            result = build(
                self.config,
                BuildOptions(self.clock(), self.options.drafts, self.options.future),
                InMemory(),
            )
        except SiteBuilderError as exc:
            return self._failed(str(exc))
        except Exception as exc:  # a bug must not stop the preview: report it, keep serving
            detail = traceback.format_exc() if self.options.verbose else ""
            return self._failed(f"{detail}error: unexpected {type(exc).__name__}: {exc}")
        for line in warnings:
            self.echo(line)
        for problem in result.diagnostics:
            if self.options.verbose and problem.detail:
                self.echo(problem.detail.rstrip("\n"))
            self.echo(str(problem))
        # As build does: every good document is rebuilt and served; the broken ones are
        # left out and reported over every page until they are fixed.
        errors = "\n".join(str(d) for d in result.errors)
        self.good = True
        self.site.update(result.files, errors or None)
        self.echo(
            f"Built {len(result.articles)} articles in "
            f"{time.perf_counter() - started:.2f} s"
            + (f"; {len(result.errors)} errors (shown over the pages)" if errors else "")
        )
        return not errors

    def _failed(self, message: str) -> bool:
        """The site as a whole could not be built (its configuration, a template): the
        last good pages stay up, under the message."""
        if self.good:
            message += "\nThe site could not be built; still serving the last good site."
        self.site.update(None, message)
        self.echo(message)
        return False


def _stop_on_signals(stop: threading.Event) -> dict[int, object]:
    """SIGINT and SIGTERM end the loop between rebuilds: no half-finished work, no traceback."""

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    return {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}


def _watch(rebuilder: Rebuilder, stop: threading.Event) -> None:
    poller = Poller(lambda: list(rebuilder.watched()))
    while not stop.wait(POLL_INTERVAL):
        changed = poller.changes()
        if changed:
            root = str(rebuilder.options.root)
            names = ", ".join(os.path.relpath(p, root) for p in changed[:3])
            rebuilder.echo(f"Changed: {names}{' …' if len(changed) > 3 else ''}")
            rebuilder.rebuild()


def serve(options: ServeOptions, clock: Callable[[], datetime], echo: Echo) -> None:
    """Serve until SIGINT or SIGTERM. Must run in the main thread (it installs handlers)."""
    site = LiveSite()
    server, moved = bind(options.port, site, echo if options.verbose else None, options.host)
    port = server.server_address[1]
    if moved:
        echo(f"Port {options.port} is in use; using port {port} instead.")
    base_url = f"http://{local_address(options.host)}:{port}/"
    rebuilder = Rebuilder(options, base_url, site, clock, echo)
    stop = threading.Event()
    previous = _stop_on_signals(stop)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True
    )
    try:
        rebuilder.rebuild()
        thread.start()
        echo(f"Serving {options.root.absolute()} at {base_url} (press Ctrl-C to stop)")
        if options.host != LOOPBACK:
            echo(
                f"Listening on {options.host or 'every address'}: other devices on the "
                "network can open it (the preview has no password)"
            )
        if options.open_browser:
            webbrowser.open(base_url)
        _watch(rebuilder, stop)
    finally:
        site.close()
        if thread.is_alive():
            server.shutdown()
        server.server_close()
        for sig, old in previous.items():
            signal.signal(sig, old)  # type: ignore[arg-type]
    echo("Stopped.")
