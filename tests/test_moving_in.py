"""Moving in from another generator and publishing, point by point (issue 18): each test
names the point it covers. The whole sites are in test_migration.py."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from site_builder.core.config import load_config
from site_builder.core.errors import ConfigError
from site_builder.source.shortcodes import convert_shortcodes
from tests.conftest import SITE_BUILDER, MakeSite, build_root

DATED = "---\ntitle: {title}\ndate: 2026-01-0{day}\n---\n{body}\n"


def _cli(
    root: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SITE_BUILDER), *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1790000000", **(env or {})},
        check=False,
    )


# 1. Jekyll's _posts/ and _drafts/ are read; other "_" names holding documents are reported.
def test_underscored_folders(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/_posts/2024-05-01-x.md": "---\ntitle: X\n---\nBody.\n",
            "content/_drafts/y.md": "---\ntitle: Y\ndate: 2024-05-02\n---\nBody.\n",
            "content/_notes/z.md": DATED.format(title="Z", day=1, body="Body."),
            "content/_data/members.yml": "- name: A\n",
        }
    )
    _, result = build_root(root)
    assert [a.title for a in result.articles] == ["X"]
    [warning] = result.warnings
    assert warning.path == root / "content" / "_notes"
    assert "starts with '_' is not read" in warning.message
    _, with_drafts = build_root(root, drafts=True)
    assert {a.title: a.draft for a in with_drafts.articles} == {"X": False, "Y": True}


# 2. A date in the file name is the date; a guessed one is reported.
def test_file_name_dates_and_guessed_dates(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/2019-02-03-from-the-name.md": "---\ntitle: Named\n---\nBody.\n",
            "content/2019-02-30-not-a-date.md": "---\ntitle: Impossible\n---\nBody.\n",
            "content/undated.md": "---\ntitle: Undated\n---\nBody.\n",
        }
    )
    _, result = build_root(root)
    dates = {a.title: a.date.date().isoformat() for a in result.articles}
    assert dates["Named"] == "2019-02-03"
    guessed = {
        w.path.name
        for w in result.warnings
        if w.path and "no date: dated" in w.message and "modification time" in w.message
    }
    assert guessed == {"undated.md", "2019-02-30-not-a-date.md"}
    warning = next(w for w in result.warnings if w.path and w.path.name == "undated.md")
    taken = warning.message.split("dated ", 1)[1].split()[0]
    assert f"'date: {taken}'" in (warning.hint or "")  # the date taken, ready to keep


# 3. Pelican's header lines are metadata; prose that opens with "Word:" stays prose.
def test_pelican_header_and_look_alike_prose(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/p.md": "Title: Header title\nDate: 2026-01-01 09:30\nTags: a, b\n"
            "Status: draft\n\nBody text.\n",
            "content/q.md": "Note: the minister spoke\nat length.\n\nMore text.\n",
        }
    )
    os.utime(root / "content" / "q.md", (1_700_000_000, 1_700_000_000))  # dated by file time
    _, result = build_root(root, drafts=True)
    by_slug = {a.slug: a for a in result.articles}
    header = by_slug["header-title"]
    assert (header.tags, header.draft, header.date.hour) == (("a", "b"), True, 9)
    assert (
        "Note: the minister spoke"
        in result.files[next(f"{s}/index.html" for s in by_slug if s != "header-title")].decode()
    )


# 4. A headline edited in a plain-text article: its old address redirects, from a record
#    that survives a deleted cache and a fresh clone; check never writes it.
def test_old_addresses_redirect_after_a_title_edit(make_site: MakeSite, tmp_path: Path) -> None:
    root = make_site(
        {
            "content/a.txt": "Grid repairs resume\n\nCrews restored power overnight.\n",
            "content/a.txt.meta.toml": "date = 2026-01-01\n",
        }
    )
    build_root(root)
    record = (root / "urls.lock").read_text(encoding="utf-8")
    assert "\tgrid-repairs-resume/\n" in record
    (root / "content" / "a.txt").write_text(
        "Grid repairs resumed\n\nCrews restored power overnight.\n", encoding="utf-8"
    )
    assert _cli(root, "check", "-q").returncode == 0
    assert (root / "urls.lock").read_text(encoding="utf-8") == record  # check wrote nothing
    _, result = build_root(root)
    redirect = result.files["grid-repairs-resume/index.html"].decode()
    assert 'url=https://t.example/grid-repairs-resumed/"' in redirect
    # A fresh clone: the site folder without cache or output.
    clone = tmp_path / "clone"
    shutil.copytree(
        root, clone, ignore=shutil.ignore_patterns("public", ".public.*", ".site-builder-cache")
    )
    _, cloned = build_root(clone)
    assert (
        cloned.files["grid-repairs-resume/index.html"]
        == result.files["grid-repairs-resume/index.html"]
    )
    assert b"grid-repairs-resume/" not in result.files["sitemap.xml"].replace(
        b"grid-repairs-resumed/", b""
    )


def test_permalink_patterns_are_validated(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text(
        '[permalinks]\nposts = "/:year/:mnth/:slug/"\nnews = 3\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path)
    problems = "\n".join(raised.value.problems)
    assert "unknown token ':mnth'; did you mean 'month'?" in problems
    assert "'permalinks.news' must be a string" in problems


def test_aliases_never_replace_a_page_of_the_site(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": "---\ntitle: A\ndate: 2026-01-01\naliases: [/b/, /tags/, '../x']\n"
            "---\nA.\n",
            "content/b.md": DATED.format(title="B", day=2, body="B's own page."),
            "content/c.md": "---\ntitle: C\ndate: 2026-01-03\nurl: /../../etc/\n---\nC.\n",
        }
    )
    _, result = build_root(root)
    assert "B's own page." in result.files["b/index.html"].decode()
    assert "c/index.html" in result.files  # an unusable url: the slug, and a warning
    messages = sorted(w.message for w in result.warnings)
    assert any("'/b/' is already an address" in m for m in messages)
    assert any("'/tags/' is already an address" in m for m in messages)
    assert any("alias '../x' is not a usable address" in m for m in messages)
    assert any("address '/../../etc/' cannot be a page's" in m for m in messages)


# 5. static/ is copied as it is, never over a file the site makes; an edit is published.
def test_site_static_folder(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": DATED.format(title="A", day=1, body="A."),
            "static/CNAME": "news.example\n",
            "static/.well-known/security.txt": "Contact: mailto:desk@news.example\n",
            "static/index.html": "<p>not the front page</p>\n",
            "static/a/index.html": "<p>not the article</p>\n",
        }
    )
    _, result = build_root(root)
    assert result.files["CNAME"] == b"news.example\n"
    assert result.files[".well-known/security.txt"].startswith(b"Contact:")
    assert b"not the front page" not in result.files["index.html"]
    assert b"not the article" not in result.files["a/index.html"]
    refused = sorted(w.path.relative_to(root).as_posix() for w in result.warnings if w.path)
    assert refused == ["static/a/index.html", "static/index.html"]
    time.sleep(0.01)
    (root / "static" / "CNAME").write_text("wire.example\n", encoding="utf-8")
    _, again = build_root(root)
    assert again.files["CNAME"] == b"wire.example\n"


# 6. Shortcodes: converted where common, reported (with the line) where not; code is code.
def test_shortcodes_convert_and_report_lines() -> None:
    text = (
        "{{< vimeo 123 >}}\n```\n{{< youtube kept >}}\n```\n"
        "{{% notice tip %}}\nText\n{{% /notice %}}\n{% comment %}x{% endcomment %}\n"
    )
    converted = convert_shortcodes(text)
    lines = converted.text.split("\n")
    assert lines[0] == "<https://vimeo.com/123>" and lines[2] == "{{< youtube kept >}}"
    assert [line for line, _ in converted.problems] == [5, 8]  # opening tags only
    assert "'notice'" in converted.problems[0][1]
    assert convert_shortcodes("{{< tweet 877500564405444608 >}}").text == (
        "<https://x.com/i/status/877500564405444608>"
    )


# 7. No base_url: a warning, which fails check --strict.
def test_missing_base_url(make_site: MakeSite) -> None:
    root = make_site(
        {"site.toml": 'title = "T"\n', "content/a.md": DATED.format(title="A", day=1, body="A.")}
    )
    run = _cli(root, "check", "--strict")
    assert run.returncode == 1
    assert (
        "site.toml: warning: no base_url: links and feeds point at http://localhost:8000/"
        in run.stderr
    )
    assert _cli(root, "check", "--strict", "--base-url", "https://t.example/").returncode == 0


# 9. Footnote and heading ids survive; a missing image and a dead anchor are reported
#    against the source line at build time.
def test_body_problems_by_source_line(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": (
                "---\ntitle: A\ndate: 2026-01-01\n---\nText[^1] and [see](#nowhere).\n\n"
                "## Background {#background}\n\nBack to [it](#background).\n\n"
                "![Chart](chart.png)\n\n[^1]: The note.\n"
            )
        }
    )
    _, result = build_root(root)
    page = result.files["a/index.html"].decode()
    assert '<sup id="fnref:1"><a href="#fn:1"' in page and '<li id="fn:1">' in page
    assert '<h2 id="background">' in page
    found = sorted((w.line, w.message) for w in result.warnings)
    assert found == [
        (5, "link to '#nowhere', which is not on the page"),
        (11, "image 'chart.png' not found next to the document"),
    ]


# 10. The summary says what was left out; drafts carry a badge when previewed.
def test_summary_names_unpublished_articles(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": DATED.format(title="A", day=1, body="A."),
            "content/d1.md": "---\ntitle: D1\ndate: 2026-01-01\ndraft: true\n---\nD.\n",
            "content/d2.md": "---\ntitle: D2\ndate: 2026-01-01\ndraft: true\n---\nD.\n",
            "content/f.md": "---\ntitle: F\ndate: 2099-01-01\n---\nF.\n",
        }
    )
    run = _cli(root, "build")
    assert "Built 1 article," in run.stderr
    assert "2 drafts and 1 scheduled article not published (use --drafts/--future)" in run.stderr
    # The replay of an unchanged build says the same.
    assert "2 drafts and 1 scheduled article not published" in _cli(root, "build").stderr
    _, result = build_root(root, drafts=True)
    assert '<p class="draft-badge">DRAFT</p>' in result.files["d1/index.html"].decode()
    assert b"draft-badge" not in result.files["a/index.html"]


# 11. init starts a site that builds; new outside a site says so.
def test_init_and_new_outside_a_site(tmp_path: Path) -> None:
    made = _cli(tmp_path, "init", "mysite")
    assert made.returncode == 0, made.stderr
    site = tmp_path / "mysite"
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        ".gitignore",
        "content/hello-from-site-builder.md",
        "site.toml",
    ]
    config, _ = load_config(site)  # every commented key parses once uncommented, too
    uncommented = "\n".join(
        line.removeprefix("# ")
        for line in (site / "site.toml").read_text(encoding="utf-8").splitlines()
        if " = " in line or line.startswith("# [")
    )
    (tmp_path / "all" / "content").mkdir(parents=True)
    (tmp_path / "all" / "site.toml").write_text(uncommented, encoding="utf-8")
    load_config(tmp_path / "all")
    built = _cli(site, "build", "--base-url", "https://t.example/")
    assert built.returncode == 0 and "Built 1 article," in built.stderr, built.stderr
    assert "/public/" in (site / ".gitignore").read_text(encoding="utf-8")
    assert _cli(tmp_path, "init", "mysite").returncode == 1  # never over a site
    outside = _cli(tmp_path, "new", "A title")
    assert outside.returncode == 1
    assert "not inside a site (run 'site-builder init'" in outside.stderr
    assert not (tmp_path / "content").exists()
    assert config.title == "My news site"


# 12. Messages: relative paths, line numbers, plurals, ISO dates; build and check agree.
def test_messages(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": DATED.format(title="A", day=1, body="A."),
            "content/bad.md": "---\ntitle: Bad\ndate: 'next tuesday'\n---\nB.\n",
        }
    )
    built = _cli(root, "build")
    assert (
        "content/bad.md:3: error: metadata 'date': not a date: 'next tuesday' (use ISO "
        "8601, e.g. 2026-01-07" in built.stderr
    )
    assert "%Y" not in built.stderr and str(root) not in built.stderr
    assert "Built 1 article, " in built.stderr and "1 error, 0 warnings" in built.stderr
    checked = _cli(root, "check")
    feeds = re.findall(r"(\d+) feeds?\b", built.stderr + checked.stderr)
    assert len(feeds) == 2 and feeds[0] == feeds[1], feeds


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# 13. serve --bind and --open.
def test_serve_bind_and_open(example_site: Path, tmp_path: Path) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.py"
    browser.write_text(
        f"import sys\nopen({str(opened)!r}, 'w').write(sys.argv[1])\n", encoding="utf-8"
    )
    port = _free_port()
    process = subprocess.Popen(
        [str(SITE_BUILDER), "serve", "--bind", "0.0.0.0", "--port", str(port), "--open"],
        cwd=example_site,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "BROWSER": f"{sys.executable} {browser} %s"},
    )
    try:
        deadline = time.monotonic() + 30
        while not opened.is_file() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert opened.is_file(), "the browser was never opened"
        assert opened.read_text(encoding="utf-8").endswith(f":{port}/")
        # Every address: the loopback one too.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            assert b"Baltic Wire" in response.read()
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert "Listening on 0.0.0.0: other devices on the network can open it" in output
    bad = _cli(example_site, "serve", "--bind", "203.0.113.1", "--port", str(port))
    assert bad.returncode == 1 and "cannot listen on 203.0.113.1" in bad.stderr
    assert "Traceback" not in bad.stderr


# 14. Deploying: unchanged files keep their modification times (what sync-based deploys
#     rely on), and the README says how to deploy to the common hosts.
def test_deploy_recipe_and_unchanged_files_keep_their_times(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": DATED.format(title="A", day=1, body="A."),
            "content/b.md": DATED.format(title="B", day=2, body="B."),
        }
    )
    config, _ = build_root(root)
    before = {p: p.stat().st_mtime_ns for p in config.output_dir.rglob("*") if p.is_file()}
    time.sleep(0.05)
    (root / "content" / "b.md").write_text(
        DATED.format(title="B", day=2, body="B, edited."), encoding="utf-8"
    )
    build_root(root)
    kept = config.output_dir / "a" / "index.html"
    assert kept.stat().st_mtime_ns == before[kept]
    assert (config.output_dir / "b" / "index.html").stat().st_mtime_ns != before[
        config.output_dir / "b" / "index.html"
    ]
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    deploying = readme.split("## Deploying", 1)[1].split("\n## ", 1)[0]
    for needle in ("rsync", "aws s3 sync", "GitHub Pages", "Netlify", "modification time"):
        assert needle in deploying


def test_every_build_error_says_error() -> None:
    from site_builder.core.errors import BuildError  # noqa: PLC0415

    assert str(BuildError("two outputs want the same path 'x'")) == (
        "error: two outputs want the same path 'x'"
    )
    assert str(BuildError("t.html:3: template error: boom")) == "t.html:3: template error: boom"


def _cold(root: Path, tmp: Path) -> dict[str, bytes]:
    """A build of a copy of ``root`` with no cache and no previous output."""
    from site_builder.pipeline.build import BuildOptions, InMemory, build  # noqa: PLC0415
    from tests.conftest import NOW  # noqa: PLC0415

    copy = tmp / "cold"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(
        root, copy, ignore=shutil.ignore_patterns(".site-builder-cache", "public", ".public.*")
    )
    config, _ = load_config(copy)
    return build(config, BuildOptions(NOW, cache=False), InMemory()).files


def test_new_inputs_keep_incremental_equal_to_cold(make_site: MakeSite, tmp_path: Path) -> None:
    """Static files, aliases, permalink patterns, repeated headlines and the record of past
    addresses all decide what is published: a rebuild after changing any of them gives
    what a cold build gives."""
    root = make_site(
        {
            "content/posts/a.md": DATED.format(title="Same", day=1, body="A."),
            "content/posts/b.md": DATED.format(title="Other", day=2, body="B."),
            "static/ads.txt": "one\n",
        }
    )
    build_root(root)
    steps: list[Callable[[], object]] = [
        lambda: (root / "static" / "ads.txt").write_text("two, longer\n", encoding="utf-8"),
        lambda: (root / "content/posts/b.md").write_text(
            "---\ntitle: Same\ndate: 2026-01-02\naliases: [/old-b/]\n---\nB.\n", encoding="utf-8"
        ),
        lambda: (root / "site.toml").write_text(
            (root / "site.toml").read_text(encoding="utf-8")
            + '[permalinks]\nposts = "/:year/:slug/"\n',
            encoding="utf-8",
        ),
        lambda: (root / "content/posts/a.md").write_text(
            DATED.format(title="Renamed", day=1, body="A."), encoding="utf-8"
        ),
        (root / "static" / "ads.txt").unlink,
    ]
    for number, step in enumerate(steps):
        time.sleep(0.01)
        step()
        _, incremental = build_root(root)
        cold = _cold(root, tmp_path)
        cold.pop(".site-builder", None)
        assert incremental.files == cold, f"differs after step {number}"
    files = incremental.files
    assert "ads.txt" not in files and "old-b/index.html" in files
    # Every address the articles had redirects: A's first, before the pattern; B's dated
    # one, taken while A had the same headline (B has "2026/same/" now that A is renamed).
    assert b"url=https://t.example/2026/renamed/" in files["same/index.html"]
    assert b"url=https://t.example/2026/same/" in files["2026/same-2026-01-02/index.html"]
    assert b"<p>B.</p>" in files["2026/same/index.html"]
