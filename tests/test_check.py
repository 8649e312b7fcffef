"""site-builder check: a build without writing, plus feeds parsed back and links resolved."""

from __future__ import annotations

import re
from pathlib import Path

from site_builder.pipeline.check import check_machine_files
from tests.conftest import MakeSite
from tests.test_cli import run_cli

GOOD = "---\ntitle: {title}\ndate: 2026-01-0{day}\n{extra}---\n{body}\n"


def test_example_site_passes_and_nothing_is_written(example_site: Path) -> None:
    before = sorted(p.relative_to(example_site) for p in example_site.rglob("*"))
    result = run_cli("check", cwd=example_site)
    assert result.returncode == 0, result.stderr
    assert re.search(r"Checked 2 articles, \d+ pages, \d+ links, 4 feeds: 0 errors", result.stderr)
    assert sorted(p.relative_to(example_site) for p in example_site.rglob("*")) == before
    assert not (example_site / "public").exists()


def test_example_site_passes_under_a_subpath_and_at_the_root(example_site: Path) -> None:
    for base in ("https://example.org/news/", "http://127.0.0.1:8000/"):
        result = run_cli("check", "--strict", "--base-url", base, cwd=example_site)
        assert result.returncode == 0, result.stderr


def test_broken_links_and_bad_front_matter_are_reported_by_path_and_line(
    make_site: MakeSite,
) -> None:
    root = make_site(
        {
            "content/a.md": GOOD.format(
                title="A",
                day=1,
                extra="",
                body="See [b](../b/#intro), [gone](/gone/) and [b](/b/#lost).",
            ),
            "content/b.md": GOOD.format(
                title="B", day=2, extra="", body="## Intro {#intro}\n\nText."
            ),
            "content/bad.md": "---\ntitle: [unclosed\n---\nText.\n",
        }
    )
    result = run_cli("check", cwd=root)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(
        re.fullmatch(r".*content/bad\.md:2: error: invalid YAML front matter: .*", line)
        for line in lines
    ), result.stderr
    assert any(
        re.fullmatch(
            r"a/index\.html:\d+: error: broken link '/gone/': no "
            r"'gone/index\.html' in the site \(the page is made from "
            r".*content/a\.md\)",
            line,
        )
        for line in lines
    ), result.stderr
    assert any(
        re.fullmatch(
            r"a/index\.html:\d+: error: broken link '/b/#lost': no id 'lost' "
            r"in 'b/index\.html'.*",
            line,
        )
        for line in lines
    ), result.stderr
    assert "#intro" not in result.stderr
    assert not (root / "public").exists()


def test_strict_turns_warnings_into_failure(make_site: MakeSite) -> None:
    root = make_site(
        {"content/a.md": GOOD.format(title="A", day=1, extra="image: nope.jpg\n", body="Text.")}
    )
    relaxed = run_cli("check", cwd=root)
    assert relaxed.returncode == 0, relaxed.stderr
    assert re.search(r"content/a\.md: warning: lead image 'nope\.jpg'", relaxed.stderr)
    strict = run_cli("check", "--strict", cwd=root)
    assert strict.returncode == 1 and "fails the run (--strict)" in strict.stderr


def test_config_errors_are_all_listed(make_site: MakeSite) -> None:
    root = make_site({"content/a.md": GOOD.format(title="A", day=1, extra="", body="Text.")})
    (root / "site.toml").write_text('titel = "x"\nfeed_limit = 0\n', encoding="utf-8")
    result = run_cli("check", cwd=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "did you mean 'title'" in result.stderr and "'feed_limit' must be" in result.stderr


def test_feeds_and_json_must_parse_back() -> None:
    parsed, problems = check_machine_files(
        {
            "rss.xml": b"<rss>\n<channel>\n</rss>\n",
            "ok.xml": b"<a/>",
            "feed.json": b'{\n  "items": [,]\n}',
            "index.html": b"<p>not parsed</p>",
        }
    )
    assert parsed == 3
    assert [(str(p.path), p.line) for p in problems] == [("feed.json", 2), ("rss.xml", 3)]
    assert "does not parse as XML" in problems[1].message
