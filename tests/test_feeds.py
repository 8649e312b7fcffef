"""Feeds: parse cleanly in feedparser, carry full content with absolute URLs, stable ids."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from lxml import etree

from tests.conftest import MakeSite, build_root

FEEDS = ("rss.xml", "atom.xml")


@pytest.mark.parametrize("name", FEEDS)
def test_example_feeds_parse_without_errors(example_site: Path, name: str) -> None:
    config, result = build_root(example_site)
    parsed = feedparser.parse((config.output_dir / name).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == len(result.articles) == 2
    for entry in parsed.entries:
        assert entry.id and entry.link.startswith("https://example.org/news/")
        assert entry.title and entry.published_parsed and entry.content[0].value
        for junk in ("Focus Keyword", "Read also", "Seko mums"):
            assert junk not in entry.content[0].value
    dates = [e.published_parsed for e in parsed.entries]
    assert dates == sorted(dates, reverse=True)


def test_feed_dates_come_from_articles(example_site: Path) -> None:
    config, _ = build_root(example_site)
    atom = etree.parse(str(config.output_dir / "atom.xml")).getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert atom.findtext("a:updated", namespaces=ns) == "2026-01-08T09:00:00+02:00"
    rss = etree.parse(str(config.output_dir / "rss.xml")).getroot()
    assert rss.findtext("channel/lastBuildDate") == "Thu, 08 Jan 2026 09:00:00 +0200"


def test_ids_survive_title_edit_and_scheme_change(make_site: MakeSite) -> None:
    post = "---\ntitle: {title}\ndate: 2026-01-01\n---\nBody.\n"
    root = make_site({"content/a.md": post.format(title="Teh title")})
    _, first = build_root(root)
    (root / "content" / "a.md").write_text(post.format(title="The title"), encoding="utf-8")
    (root / "site.toml").write_text(
        'title = "T"\nbase_url = "http://t.example/"\n', encoding="utf-8"
    )
    _, second = build_root(root)
    assert first.articles[0].id == second.articles[0].id
    assert first.articles[0].title != second.articles[0].title


def test_content_urls_are_absolute_and_titles_escaped_once(make_site: MakeSite) -> None:
    root = make_site(
        {
            "site.toml": 'title = "T"\nbase_url = "https://e.org/news/"\n',
            "content/a.md": (
                '---\ntitle: "Tom & Jerry <3"\ndate: 2026-01-01\nslug: a\n---\n'
                "[rel](../other/) ![alt](pic.png)\n"
            ),
        }
    )
    config, _ = build_root(root)
    for name in FEEDS:
        entry = feedparser.parse((config.output_dir / name).read_bytes()).entries[0]
        assert entry.title == "Tom & Jerry <3"
        content = entry.content[0].value
        assert 'href="https://e.org/news/other/"' in content
        assert 'src="https://e.org/news/a/pic.png"' in content


def test_control_characters_never_reach_a_feed(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": '---\ntitle: "Bell\\a title"\ndate: 2026-01-01\n---\nText\x0b here.\n',
        }
    )
    config, result = build_root(root)
    assert result.errors == []
    for name in FEEDS:
        parsed = feedparser.parse((config.output_dir / name).read_bytes())
        assert not parsed.bozo and parsed.entries[0].title == "Bell title"
