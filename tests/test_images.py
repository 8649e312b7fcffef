"""Local images get responsive copies (Pillow), sizes, srcset, lazy loading and captions."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from PIL import Image

from site_builder.pipeline.build import BuildResult
from tests.conftest import MakeSite, build_root

STORY = """---
title: Pylons rise again
date: 2026-01-02T10:00:00Z
image: lead.jpg
credit: "Photo: Oksana Melnyk"
---
Crews raised new pylons near Kherson on Friday.

![A crane lifts a pylon](crane.png "The crane at work near Kherson")

More lines are due next week.
"""


def _images(root: Path) -> None:
    Image.new("RGB", (2000, 1000), (30, 80, 150)).save(root / "content/lead.jpg", quality=90)
    Image.new("RGB", (1000, 750), (200, 120, 30)).save(root / "content/crane.png")


def _img(html: bytes, selector: str) -> Tag:
    found = BeautifulSoup(html, "html.parser").select_one(selector)
    assert isinstance(found, Tag), selector
    return found


@pytest.fixture
def pylons(make_site: MakeSite) -> BuildResult:
    """The story with its lead and body images, built."""
    root = make_site({"content/pylons.md": STORY})
    _images(root)
    return build_root(root)[1]


def test_body_images_get_copies_sizes_srcset_lazy_loading_and_a_caption(
    pylons: BuildResult,
) -> None:
    result = pylons
    page = result.files["pylons-rise-again/index.html"]
    img = _img(page, ".body figure img")
    assert (img["width"], img["height"]) == ("1000", "750")
    assert img["srcset"] == "crane-480w.png 480w, crane-960w.png 960w, crane.png 1000w"
    assert img["sizes"] and img["loading"] == "lazy"
    caption = _img(page, ".body figure figcaption")
    assert caption.get_text() == "The crane at work near Kherson"
    for width in (480, 960):
        copy = Image.open(io.BytesIO(result.files[f"pylons-rise-again/crane-{width}w.png"]))
        assert copy.size == (width, round(750 * width / 1000))


def test_the_lead_image_has_its_sizes_no_lazy_loading_and_the_credit_under_it(
    pylons: BuildResult,
) -> None:
    result = pylons
    page = result.files["pylons-rise-again/index.html"]
    lead = _img(page, "figure.lead img")
    assert (lead["width"], lead["height"]) == ("2000", "1000")
    assert "lead-1440w.jpg 1440w" in lead["srcset"] and "loading" not in lead.attrs
    assert _img(page, "figure.lead figcaption .credit").get_text() == "Photo: Oksana Melnyk"
    soup = BeautifulSoup(page, "html.parser")
    assert "Oksana" not in soup.select_one(".article-footer").get_text()  # type: ignore[union-attr]
    teaser = _img(result.files["index.html"], ".teaser-image")
    assert str(teaser["src"]).endswith("/pylons-rise-again/lead.jpg")
    assert "lead-480w.jpg 480w" in teaser["srcset"]
    copy = Image.open(io.BytesIO(result.files["pylons-rise-again/lead-960w.jpg"]))
    assert copy.size == (960, 480)


def test_a_lead_image_that_opens_the_body_is_shown_once_with_its_caption(
    make_site: MakeSite,
) -> None:
    text = STORY.replace(
        "Crews raised", '![Pylon](lead.jpg "New pylons near Kherson")\n\nCrews raised'
    )
    root = make_site({"content/pylons.md": text})
    _images(root)
    _, result = build_root(root)
    soup = BeautifulSoup(result.files["pylons-rise-again/index.html"], "html.parser")
    sources = [i["src"] for i in soup.select("article img")]
    assert sources.count(sources[0]) == 1 and len(sources) == 2
    caption = soup.select_one("figure.lead figcaption")
    assert caption is not None and "New pylons near Kherson" in caption.get_text()


def test_copies_are_byte_identical_across_builds(make_site: MakeSite, tmp_path: Path) -> None:
    root = make_site({"content/pylons.md": STORY})
    _images(root)
    _, first = build_root(root)
    shutil.rmtree(root / "public")
    shutil.rmtree(root / ".site-builder-cache", ignore_errors=True)
    _, second = build_root(root)
    copies = [p for p in first.files if "w." in p]
    assert len(copies) == 5
    assert all(first.files[p] == second.files[p] for p in copies)


def test_a_changed_image_gets_new_copies_and_sizes(make_site: MakeSite) -> None:
    root = make_site({"content/pylons.md": STORY})
    _images(root)
    build_root(root)
    Image.new("RGB", (1200, 900), (10, 10, 10)).save(root / "content/crane.png")
    _, result = build_root(root)
    img = _img(result.files["pylons-rise-again/index.html"], ".body figure img")
    assert (img["width"], img["height"]) == ("1200", "900")
    assert str(img["srcset"]).endswith("crane.png 1200w")
    copy = Image.open(io.BytesIO(result.files["pylons-rise-again/crane-960w.png"]))
    assert copy.size == (960, 720) and copy.getpixel((0, 0)) == (10, 10, 10)


SAVED = """<!DOCTYPE html><html lang="en"><head><title>Bridge reopens</title>
<meta property="article:published_time" content="2026-01-03T08:00:00Z"></head>
<body><article><h1>Bridge reopens</h1>
<p>The river bridge reopened to traffic on Saturday after four months of repairs.</p>
<figure><img src="bridge.jpg" alt="The bridge at dusk"><figcaption>The repaired bridge on
Saturday evening.</figcaption></figure>
{}<p>Buses return to the route on Monday, the city said in a statement.</p>
</article></body></html>""".format(
    "".join(
        f"<p>Work {i}: new bearings, a resurfaced deck and fresh paint, the engineers said.</p>"
        for i in range(5)
    )
)


def test_a_saved_pages_figure_keeps_its_caption_and_gets_sizes(make_site: MakeSite) -> None:
    root = make_site({"content/bridge.html": SAVED})
    Image.new("RGB", (1200, 800), (90, 90, 90)).save(root / "content/bridge.jpg")
    _, result = build_root(root)
    page = result.files["bridge-reopens/index.html"]
    img = _img(page, ".body figure img")
    assert (img["width"], img["height"]) == ("1200", "800")
    assert "loading" not in img.attrs  # the first image of a page without a lead: in view
    assert str(img["srcset"]).startswith("bridge-480w.jpg 480w, bridge-960w.jpg 960w")
    caption = _img(page, ".body figure figcaption").get_text(" ", strip=True)
    assert caption == "The repaired bridge on Saturday evening."


def test_without_a_lead_image_the_credit_stands_under_the_first_photo(
    make_site: MakeSite,
) -> None:
    text = STORY.replace("image: lead.jpg\n", "")
    root = make_site({"content/pylons.md": text})
    _images(root)
    _, result = build_root(root)
    page = result.files["pylons-rise-again/index.html"]
    caption = _img(page, ".body figure figcaption")
    assert caption.get_text(" ", strip=True) == (
        "The crane at work near Kherson Photo: Oksana Melnyk"
    )
    assert _img(page, ".body figure figcaption .credit").get_text() == "Photo: Oksana Melnyk"
    soup = BeautifulSoup(page, "html.parser")
    assert soup.select_one("figure.lead") is None
    assert "Oksana" not in soup.select_one(".article-footer").get_text()  # type: ignore[union-attr]


def test_an_emphasised_line_under_an_image_is_its_caption_with_the_credit(
    make_site: MakeSite,
) -> None:
    text = (
        "---\ntitle: Pylons rise again\ndate: 2026-01-02T10:00:00Z\n---\n"
        "Crews raised new pylons near Kherson on Friday.\n\n"
        "![A crane lifts a pylon](crane.png)\n"
        "*The crane at work near Kherson. Photo: Oksana Melnyk*\n\n"
        "More lines are due next week.\n"
    )
    root = make_site({"content/pylons.md": text})
    _images(root)
    _, result = build_root(root)
    page = result.files["pylons-rise-again/index.html"]
    caption = _img(page, ".body figure figcaption")
    # The credit stays with its image, as written (its label in the article's language).
    assert caption.get_text(" ", strip=True) == (
        "The crane at work near Kherson. Photo: Oksana Melnyk"
    )
    assert _img(page, ".body figure figcaption .credit").get_text() == "Photo: Oksana Melnyk"
    assert b"*" not in page.split(b'class="body"')[1].split(b"</div>")[0]


def test_a_body_photos_credit_stays_under_it_when_the_lead_image_has_its_own(
    make_site: MakeSite,
) -> None:
    text = (
        "---\ntitle: Pylons rise again\ndate: 2026-01-02T10:00:00Z\nimage: lead.jpg\n"
        "credit: 'Photo: Ukrenergo'\n---\n"
        "Crews raised new pylons near Kherson on Friday.\n\n"
        "![A crane lifts a pylon](crane.png)\n"
        "*The crane at work near Kherson. Foto: Oksana Melnyk*\n\n"
        "More lines are due next week.\n"
    )
    root = make_site({"content/pylons.md": text})
    _images(root)
    _, result = build_root(root)
    article = result.articles[0]
    assert article.credit == "Photo: Ukrenergo"
    page = result.files["pylons-rise-again/index.html"]
    assert _img(page, ".body figure figcaption .credit").get_text() == "Foto: Oksana Melnyk"
    assert page.count(b"Oksana Melnyk") == 1 and b"Ukrenergo" in page


def test_an_emphasised_line_among_other_text_is_not_a_caption(make_site: MakeSite) -> None:
    text = (
        "---\ntitle: Pylons rise again\ndate: 2026-01-02T10:00:00Z\n---\n"
        "![A crane lifts a pylon](crane.png) and then *a crane* lifted it.\n"
    )
    root = make_site({"content/pylons.md": text})
    _images(root)
    _, result = build_root(root)
    page = result.files["pylons-rise-again/index.html"]
    assert BeautifulSoup(page, "html.parser").select_one(".body figure") is None
