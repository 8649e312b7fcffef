"""Feeds as readers get them: whole-second dates, the lead image in the content, the
original of a republished story credited; its page credits and may point canonical there."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import feedparser
from bs4 import BeautifulSoup
from lxml import etree
from PIL import Image

from tests.conftest import MakeSite, build_root

ATOM = "{http://www.w3.org/2005/Atom}"
SAVED_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Night buses return</title>
<link rel="canonical" href="https://news.example/2026/01/night-buses">
<meta property="article:published_time" content="2026-01-03T08:00:00Z"></head>
<body><article><h1>Night buses return</h1>
<p>The city brings back its night buses on four routes from Monday, the council said.</p>
<p>Drivers were hired in December after a long search.</p></article></body></html>"""


def test_dates_from_file_times_are_whole_seconds(make_site: MakeSite) -> None:
    root = make_site({"content/undated.md": "# Trams at dawn\n\nThe first tram leaves at five.\n"})
    moment_ns = 1767225600_123456789  # 2026-01-01, with a fraction of a second
    os.utime(root / "content/undated.md", ns=(moment_ns, moment_ns))
    _, result = build_root(root)
    atom = etree.fromstring(result.files["atom.xml"])
    stamps = [e.text for e in atom.iter(f"{ATOM}updated", f"{ATOM}published")]
    assert stamps and all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", s or "") for s in stamps
    ), stamps
    item = json.loads(result.files["feed.json"])["items"][0]
    assert "." not in item["date_published"] and "." not in item["date_modified"]
    assert item["date_published"].startswith("2026-01-01T")


def test_the_lead_image_is_in_every_entrys_html(make_site: MakeSite, tmp_path: Path) -> None:
    root = make_site(
        {
            "content/grid.md": "---\ntitle: Grid repaired\ndate: 2026-01-02T10:00:00Z\n"
            "image: pylon.jpg\n---\nCrews repaired the line.\n"
        }
    )
    Image.new("RGB", (1600, 900), (40, 90, 160)).save(root / "content/pylon.jpg")
    _, result = build_root(root)
    url = "https://t.example/grid-repaired/pylon.jpg"
    for name in ("atom.xml", "rss.xml"):
        entry = feedparser.parse(result.files[name]).entries[0]
        images = BeautifulSoup(entry.content[0].value, "html.parser").select("img")
        assert [i["src"] for i in images] == [url], name
    item = json.loads(result.files["feed.json"])["items"][0]
    assert item["content_html"].count(url) == 1 and item["image"] == url


def test_a_body_that_shows_the_lead_image_does_not_get_it_twice(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/grid.md": "---\ntitle: Grid repaired\ndate: 2026-01-02T10:00:00Z\n"
            "image: pylon.jpg\n---\n![A pylon](pylon.jpg)\n\n"
            "Crews repaired the line.\n"
        }
    )
    Image.new("RGB", (800, 600), (40, 90, 160)).save(root / "content/pylon.jpg")
    _, result = build_root(root)
    item = json.loads(result.files["feed.json"])["items"][0]
    assert item["content_html"].count("pylon") >= 1
    assert item["content_html"].count('<img src="https://t.example/grid-repaired/pylon') == 1
    page = BeautifulSoup(result.files["grid-repaired/index.html"], "html.parser")
    assert len(page.select("article img")) == 1


def test_a_republished_story_credits_its_original(make_site: MakeSite) -> None:
    root = make_site({"content/buses.html": SAVED_PAGE})
    _, result = build_root(root)
    page = BeautifulSoup(result.files["night-buses-return/index.html"], "html.parser")
    credit = page.select_one(".republished")
    assert credit is not None
    assert credit.get_text(" ", strip=True) == (
        "Originally published by news.example at https://news.example/2026/01/night-buses"
    )
    link = credit.select_one("a")
    assert link is not None and link["href"] == "https://news.example/2026/01/night-buses"
    canonical = page.select_one("link[rel=canonical]")
    assert canonical is not None and canonical["href"] == "https://news.example/2026/01/night-buses"
    atom = etree.fromstring(result.files["atom.xml"])
    via = [x.get("href") for x in atom.iter(f"{ATOM}link") if x.get("rel") == "via"]
    assert via == ["https://news.example/2026/01/night-buses"]
    rss = etree.fromstring(result.files["rss.xml"])
    source = rss.find("channel/item/source")
    assert source is not None and source.get("url") == via[0] and source.text == "news.example"
    item = json.loads(result.files["feed.json"])["items"][0]
    assert item["external_url"] == via[0]
    assert "Originally published by news.example" in item["content_html"]
    assert feedparser.parse(result.files["rss.xml"]).bozo == 0


def test_a_site_may_keep_canonical_on_its_own_copy(make_site: MakeSite) -> None:
    root = make_site(
        {
            "site.toml": 'title = "T"\nbase_url = "https://t.example/"\n'
            'canonical = "self"\nlanguage = "de"\n',
            "content/buses.html": SAVED_PAGE.replace('lang="en"', 'lang="de"'),
        }
    )
    _, result = build_root(root)
    page = BeautifulSoup(result.files["night-buses-return/index.html"], "html.parser")
    canonical = page.select_one("link[rel=canonical]")
    assert canonical is not None and canonical["href"] == "https://t.example/night-buses-return/"
    credit = page.select_one(".republished")
    assert credit is not None and "Zuerst veröffentlicht von news.example" in credit.get_text()
