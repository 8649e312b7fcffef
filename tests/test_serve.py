"""site-builder serve, run as a user runs it: edits rebuild the site and reload open pages."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from site_builder.app.serve import LiveSite, Poller, inject, respond
from tests.conftest import SITE_BUILDER, need_tool

START_TIMEOUT = 30.0
CHANGE_TIMEOUT = 5.0  # generous: a rebuild of the example site takes well under a second
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class Server:
    """A ``site-builder serve`` process and everything it has printed so far."""

    def __init__(self, root: Path, *args: str, command: tuple[str, ...] | None = None) -> None:
        """``command``: what runs the console script (the installed one by default)."""
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1790000000"}
        self.process = subprocess.Popen(
            [*(command or (str(SITE_BUILDER),)), "serve", *args],
            cwd=root,
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self.lines: list[str] = []
        self.changed = threading.Condition()
        assert self.process.stdout is not None
        self.reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self.reader.start()
        self.url = self.wait_for(r"Serving .* at (http://127\.0\.0\.1:\d+/)", START_TIMEOUT).group(
            1
        )

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            with self.changed:
                self.lines.append(line)
                self.changed.notify_all()

    @property
    def output(self) -> str:
        with self.changed:
            return "".join(self.lines)

    def wait_for(self, pattern: str, timeout: float = CHANGE_TIMEOUT) -> re.Match[str]:
        found: list[re.Match[str]] = []

        def seen() -> bool:
            found.extend(m for m in [re.search(pattern, "".join(self.lines))] if m)
            return bool(found) or self.process.poll() is not None

        with self.changed:
            self.changed.wait_for(seen, timeout)
        assert found, f"no {pattern!r} within {timeout} s in:\n{self.output}"
        return found[0]

    def count(self, pattern: str) -> int:
        return len(re.findall(pattern, self.output))

    def stop(self, sig: int = signal.SIGINT) -> int:
        self.process.send_signal(sig)
        return self.process.wait(timeout=10)

    def close(self) -> None:
        """Kill the server if it still runs, and release its output pipe."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self.reader.join(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def server_in(example_site: Path) -> Iterator[list[Server]]:
    """Servers a test starts; each is stopped (killed if need be) when the test ends."""
    servers: list[Server] = []
    try:
        yield servers
    finally:
        for server in servers:
            server.close()


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


class EventStream:
    """The live-reload event stream, read as a browser's EventSource reads it."""

    def __init__(self, url: str) -> None:
        self.response = urllib.request.urlopen(f"{url}__livereload?page=/", timeout=CHANGE_TIMEOUT)

    def next(self) -> tuple[str, str]:
        """The next event's (name, data); a socket timeout fails the test."""
        name, data = "message", ""
        while True:
            line = self.response.readline().decode("utf-8").rstrip("\n")
            if line.startswith("event: "):
                name = line.removeprefix("event: ")
            elif line.startswith("data: "):
                data = line.removeprefix("data: ")
            elif line == "" and data:
                return name, data

    def close(self) -> None:
        self.response.close()


def save(path: Path, text: str) -> None:
    """Write as editors do when saving: a whole new file replaces the old one."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def article(body: str, front: str = "title: Live edit\ndate: 2026-01-09") -> str:
    return f"---\n{front}\n---\n{body}\n"


def test_edits_rebuild_reload_and_survive_a_broken_file(
    example_site: Path, server_in: list[Server]
) -> None:
    server = Server(example_site, "--port", "0")
    server_in.append(server)
    status, home = fetch(server.url)
    assert status == 200 and "Baltic Wire" in home and "/__livereload" in home
    assert server.url in home  # base_url is the local server, so links work here
    events = EventStream(server.url)
    try:
        assert events.next()[0] == "hello"
        page = f"{server.url}live-edit/"
        edited = example_site / "content" / "live.md"
        started = time.perf_counter()
        save(edited, article("First version."))
        assert events.next()[0] == "reload"
        assert time.perf_counter() - started < 1.5  # < 1 s measured; slack for slow CI
        assert "First version." in fetch(page)[1]

        save(edited, article("Second version."))
        assert events.next()[0] == "reload"
        assert "Second version." in fetch(page)[1]

        save(edited, article("Third version.", front="title: [unclosed\ndate: 2026-01-09"))
        assert events.next()[0] == "reload"  # open pages reload to show the error
        status, body = fetch(page)  # left out, as build leaves it out, and the error shown
        assert status == 404 and "Second version." not in body
        assert 'id="site-builder-error"' in body and "invalid YAML front matter" in body
        server.wait_for(r"live\.md:3: error: invalid YAML front matter")
        # The good documents still rebuild while one is broken.
        save(
            example_site / "content" / "other.md",
            article("Other news.", front="title: Other edit\ndate: 2026-01-10"),
        )
        assert events.next()[0] == "reload"
        status, body = fetch(f"{server.url}other-edit/")
        assert status == 200 and "Other news." in body
        assert "invalid YAML front matter" in body  # the broken one is still reported

        save(edited, article("Fixed version."))
        assert events.next()[0] == "reload"
        status, body = fetch(page)
        assert status == 200 and "Fixed version." in body and "site-builder-error" not in body
    finally:
        events.close()
    assert server.stop(signal.SIGINT) == 0
    assert "Traceback" not in server.output and "Stopped." in server.output
    assert not (example_site / "public").exists()


def test_taken_port_config_error_and_sigterm(example_site: Path, server_in: list[Server]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = Server(example_site, "--port", str(port))
        server_in.append(server)
        assert f"Port {port} is in use; using port " in server.output
        assert f":{port}/" not in server.url
    config = example_site / "site.toml"
    good = config.read_text(encoding="utf-8")
    events = EventStream(server.url)
    try:
        assert events.next()[0] == "hello"
        save(config, good + 'titel = "typo"\n')
        assert events.next()[0] == "reload"
        status, body = fetch(server.url)
        assert status == 200 and "Baltic Wire" in body and "did you mean &#x27;title&#x27;" in body
        save(config, good)
        assert events.next()[0] == "reload"
        assert "site-builder-error" not in fetch(server.url)[1]
    finally:
        events.close()
    assert server.stop(signal.SIGTERM) == 0
    assert "Traceback" not in server.output


def test_a_site_that_never_built_shows_an_error_page_until_fixed(
    example_site: Path, server_in: list[Server]
) -> None:
    config = example_site / "site.toml"
    good = config.read_text(encoding="utf-8")
    config.write_text(good + "feed_limit = 0\n", encoding="utf-8")
    server = Server(example_site, "--port", "0")
    server_in.append(server)
    status, body = fetch(server.url)
    assert status == 503 and "&#x27;feed_limit&#x27; must be" in body and "/__livereload" in body
    save(config, good)
    server.wait_for(r"Built 2 articles")
    assert fetch(server.url)[0] == 200
    assert server.stop() == 0


@pytest.mark.browser
def test_an_open_page_reloads_itself_after_an_edit(
    example_site: Path, server_in: list[Server], tmp_path: Path
) -> None:
    chromium = need_tool("chromium")
    server = Server(example_site, "--port", "0", "--verbose")  # verbose: logs every request
    server_in.append(server)
    loads = r'"GET /tags/ HTTP/1\.1" 200'
    browser = subprocess.Popen(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--remote-debugging-port=0",
            f"{server.url}tags/",
        ],  # keeps the browser running
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        server.wait_for(r'"GET /__livereload\?page=%2Ftags%2F HTTP/1\.1" 200', START_TIMEOUT)
        assert server.count(loads) == 1
        text = example_site / "content" / "000_b659c5e0ad132ae6.txt"
        save(text, text.read_text(encoding="utf-8") + "\nOne more paragraph.\n")
        server.wait_for(r"Changed: content/000_b659c5e0ad132ae6\.txt")
        deadline = time.monotonic() + 10
        while server.count(loads) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.count(loads) == 2, server.output
    finally:
        os.killpg(browser.pid, signal.SIGKILL)
        browser.wait(timeout=10)
    assert server.stop() == 0


# --- the parts, in process ------------------------------------------------------------------


def test_injection_goes_before_the_closing_body_tag_of_html_only() -> None:
    site = LiveSite()
    site.update(
        {
            "index.html": b"<html><body><p>x</p></BODY></html>",
            "feed.json": b"{}",
            "a/index.html": b"<p>a</p>",
            "404.html": b"<body>missing</body>",
        },
        None,
    )
    home = respond(site, "/")
    assert home.status == 200 and home.body.startswith(b"<html><body><p>x</p><script>")
    assert home.body.endswith(b"</script>\n</BODY></html>")
    assert respond(site, "/feed.json").body == b"{}"
    assert respond(site, "/a/").body.startswith(b"<p>a</p><script>")  # no </body>: appended
    moved = respond(site, "/a?x=1")
    assert (moved.status, moved.location) == (301, "/a/?x=1")
    missing = respond(site, "/nope/")
    assert missing.status == 404 and b"missing" in missing.body
    assert b"site-builder-error" in inject(b"<body></body>", "t", "a <b> problem")
    assert b"a &lt;b&gt; problem" in inject(b"<body></body>", "t", "a <b> problem")


def test_an_update_that_changes_nothing_does_not_reload_pages() -> None:
    site = LiveSite()
    assert site.update({"index.html": b"x"}, None)
    assert not site.update({"index.html": b"x"}, None)
    assert site.update(None, "broken")  # same files, now with an error
    assert site.files == {"index.html": b"x"}
    assert site.wait(site.generation - 1, timeout=0) == site.generation


def test_poller_sees_changes_and_ignores_editor_files(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("one", encoding="utf-8")
    poller = Poller(lambda: [tmp_path, tmp_path / "missing"])
    assert poller.changes() == []
    (tmp_path / ".a.md.swp").write_text("swap", encoding="utf-8")
    (tmp_path / "a.md~").write_text("backup", encoding="utf-8")
    assert poller.changes() == []
    (tmp_path / "a.md").write_text("two!", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("b", encoding="utf-8")
    assert poller.changes() == [str(tmp_path / "a.md"), str(tmp_path / "sub" / "b.md")]
    (tmp_path / "a.md").unlink()
    assert poller.changes() == [str(tmp_path / "a.md")]
