"""What a reader sees in Chromium: headlines that fit a phone, the image copy a phone needs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.cdp import Browser
from tests.conftest import MakeSite, serving

pytestmark = pytest.mark.browser

HEADLINE = (
    "Engineers restore power to eastern districts after overnight drone strikes on substations"
)
STORY = f"""---
title: {HEADLINE}
date: 2026-01-02T10:00:00Z
image: lead.jpg
---
Crews worked through the night in the cold.
"""


@pytest.fixture
def served(make_site: MakeSite) -> Iterator[tuple[str, Path]]:
    root = make_site({"content/power.md": STORY})
    Image.new("RGB", (2400, 1350), (30, 80, 150)).save(root / "content/lead.jpg")
    with serving(root, "https://t.example/") as site:
        yield site


LINES = """(() => { const h = document.querySelector("article h1");
  return h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight); })()"""
SIZE = 'parseFloat(getComputedStyle(document.querySelector("article h1")).fontSize)'


def test_a_twelve_word_headline_fits_a_phone_and_scales_up_on_a_desktop(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    base, root = served
    assert len(HEADLINE.split()) == 12
    browser = Browser(tmp_path / "profile")
    try:
        slug = next(p.parent.name for p in (root / "public").glob("engineers*/index.html"))
        phone = browser.open(f"{base}{slug}/", width=390, height=844)
        lines, small = phone.evaluate(LINES), phone.evaluate(SIZE)
        desktop = browser.open(phone.evaluate("location.href"), width=1280, height=900)
        large = desktop.evaluate(SIZE)
    finally:
        browser.close()
    assert round(lines) <= 4, f"{lines:.1f} lines at 390 px"
    assert large > small * 1.4


def test_a_phone_loads_a_small_copy_of_the_lead_image(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = served
    browser = Browser(tmp_path / "profile")
    try:
        page = browser.open(base, width=390, height=844)
        page.wait('document.querySelector(".teaser-image").complete')
        phone = page.evaluate('document.querySelector(".teaser-image").currentSrc')
        wide = browser.open(base, width=1280, height=900)
        wide.wait('document.querySelector(".teaser-image").complete')
        desktop = wide.evaluate('document.querySelector(".teaser-image").currentSrc')
    finally:
        browser.close()
    assert phone.endswith(("lead-480w.jpg", "lead-960w.jpg")), phone
    assert not desktop.endswith("lead-480w.jpg"), desktop


VIEW = """(() => {
  const ns = "http://www.w3.org/1999/xhtml";
  const links = [...document.getElementsByTagNameNS(ns, "a")];
  const times = [...document.getElementsByTagNameNS(ns, "time")];
  return {links: links.filter(a => a instanceof HTMLAnchorElement && a.offsetHeight > 0)
                      .map(a => [a.href, a.textContent]),
          dates: times.filter(t => t.offsetHeight > 0).map(t => t.textContent)};
})()"""


@pytest.mark.parametrize("feed", ["atom.xml", "rss.xml"])
def test_a_feed_in_the_browser_links_its_titles_and_shows_readable_dates(
    served: tuple[str, Path], tmp_path: Path, feed: str
) -> None:
    base, root = served
    slug = next(p.parent.name for p in (root / "public").glob("engineers*/index.html"))
    browser = Browser(tmp_path / "profile")
    try:
        view = browser.open(f"{base}{feed}").evaluate(VIEW)
    finally:
        browser.close()
    assert view["links"] == [[f"{base}{slug}/", HEADLINE]]
    assert view["dates"] == ["January 2, 2026"]
