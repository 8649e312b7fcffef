"""The site readers see: pages, related coverage, SEO head, accessibility, weight, themes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from site_builder.core.config import SiteConfig
from site_builder.core.urls import make_slug
from site_builder.pipeline.build import BuildResult
from site_builder.pipeline.linkcheck import LinkChecker
from tests.conftest import REPO, MakeSite, build_root, find_one, page_soup
from tests.generated import PNG

Built = tuple[SiteConfig, BuildResult]


def test_seeds_link_each_other_once(example_site: Path) -> None:
    """The two seeds are about one story, and next to each other: each page links the
    other as Newer or Older, not again as related coverage."""
    _, result = build_root(example_site)
    first, second = result.articles
    for article, other in ((first, second), (second, first)):
        page = page_soup(result, f"{article.slug}/index.html")
        assert page.find("aside", class_="related") is None
        assert [a["href"] for a in find_one(page, "nav", class_="prev-next").find_all("a")] == [
            other.url_path
        ]


def test_unrelated_articles_are_not_linked(make_site: MakeSite) -> None:
    post = "---\ntitle: {t}\ndate: 2026-01-0{d}\n---\n{b}\n"
    root = make_site(
        {
            "content/a.md": post.format(
                t="Football final", d=1, b="The football club won the final match in extra time."
            ),
            "content/b.md": post.format(
                t="Bread prices", d=2, b="Bakeries raised bread prices after flour costs rose."
            ),
        }
    )
    _, result = build_root(root)
    for article in result.articles:
        assert page_soup(result, f"{article.slug}/index.html").find("aside") is None


def test_seo_metadata_is_in_the_head_only(example_site: Path) -> None:
    _, result = build_root(example_site)
    article = result.articles[0]
    page = page_soup(result, f"{article.slug}/index.html")
    head, body = page.head, page.body
    assert head is not None and body is not None
    canonical = head.find("link", rel="canonical")
    assert canonical is not None and canonical["href"] == article.url
    assert find_one(head, "meta", property="og:title")["content"] == article.title
    assert head.find("meta", attrs={"name": "twitter:card"}) is not None
    data = json.loads(find_one(head, "script", type="application/ld+json").get_text())
    assert data["@type"] == "NewsArticle" and data["headline"] == article.title
    assert data["datePublished"] == article.date.isoformat()
    assert data["publisher"]["name"] == "Baltic Wire" and data["author"]
    assert body.find("meta") is None and body.find("script") is None


def test_every_page_is_accessible_in_structure(generated_site: Built) -> None:
    _, result = generated_site
    for path, data in result.files.items():
        if not path.endswith(".html"):
            continue
        page = BeautifulSoup(data, "html.parser")
        assert len(page.find_all("h1")) == 1, path
        assert page.find("main", id="main") is not None, path
        assert page.find("a", class_="skip-link", href="#main") is not None, path
        assert page.find("header") is not None and page.find("footer") is not None, path
        assert page.find("nav") is not None and page.html is not None and page.html["lang"]
        for img in page.find_all("img"):
            assert img.has_attr("alt"), f"{path}: <img> without alt"


def test_alt_text_from_the_source_is_kept(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\n"
            "![Ambulances outside the hospital](p.jpg)\n"
        }
    )
    _, result = build_root(root)
    img = page_soup(result, "a/index.html").find("img")
    assert img is not None and img["alt"] == "Ambulances outside the hospital"


def _hex(colour: str) -> tuple[float, float, float]:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    value = colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return channel(r), channel(g), channel(b)


def _contrast(a: str, b: str) -> float:
    la, lb = (0.2126 * r + 0.7152 * g + 0.0722 * bl for r, g, bl in (_hex(a), _hex(b)))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def test_theme_colours_meet_wcag_aa() -> None:
    css = (REPO / "templates/static/style.css").read_text("utf-8")
    schemes = re.findall(r":root\s*{([^}]*)}", css)
    assert len(schemes) >= 3  # light, dark, print
    for scheme in schemes:
        colours = dict(re.findall(r"--(\w+):\s*(#[0-9a-fA-F]{6})", scheme))
        for text in ("fg", "muted", "accent"):
            ratio = _contrast(colours[text], colours["bg"])
            assert ratio >= 4.5, f"{text} on bg: {ratio:.2f} in {scheme.strip()[:40]}"


def test_article_page_weight_is_under_30_kb(example_site: Path) -> None:
    _, result = build_root(example_site)
    css = len(result.files["static/style.css"])
    for article in result.articles:
        html = len(result.files[f"{article.slug}/index.html"])
        assert html + css < 30 * 1024, (html, css)


def test_pagination_tags_and_archive_of_a_large_site(generated_site: Built) -> None:
    config, result = generated_site
    pages = 1000 // config.paginate
    assert f"page/{pages}/index.html" in result.files
    assert f"page/{pages + 1}/index.html" not in result.files
    second = page_soup(result, "page/2/index.html")
    assert find_one(second, "a", rel="prev")["href"] == config.base_path
    assert find_one(second, "a", rel="next")["href"] == f"{config.base_path}page/3/"
    assert len(second.find_all("article")) == config.paginate
    energy = make_slug("Energy")
    assert f"tags/{energy}/page/2/index.html" in result.files
    assert "tags/index.html" in result.files and "archive/index.html" in result.files
    months = [p for p in result.files if re.fullmatch(r"archive/\d{4}/\d\d/index.html", p)]
    assert len(months) >= 30


def test_sitemap_and_robots(example_site: Path) -> None:
    config, result = build_root(example_site)
    sitemap = result.files["sitemap.xml"].decode()
    for article in result.articles:
        assert (
            f"<loc>{article.url}</loc><lastmod>{article.updated.isoformat()}</lastmod>" in sitemap
        )
    assert "404" not in sitemap
    assert f"Sitemap: {config.base_url}sitemap.xml" in result.files["robots.txt"].decode()


def test_readable_slugs_and_human_dates_in_the_article_language(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/lv.md": "---\ntitle: Rīgā atklāj jaunu tiltu\ndate: 2026-01-07\nlang: lv\n"
            "---\nT.\n",
            "content/ru.md": "---\ntitle: Переговоры в Париже\ndate: 2026-01-07\nlang: ru\n"
            "---\nT.\n",
        }
    )
    _, result = build_root(root)
    assert {a.slug for a in result.articles} == {"riga-atklaj-jaunu-tiltu", "peregovory-v-parizhe"}
    lv = page_soup(result, "riga-atklaj-jaunu-tiltu/index.html")
    assert find_one(lv, "html")["lang"] == "lv" and "janvāris" in find_one(lv, "time").get_text()
    ru = page_soup(result, "peregovory-v-parizhe/index.html")
    assert "января" in find_one(ru, "time").get_text()


def test_an_update_is_shown_when_it_falls_on_a_later_day(make_site: MakeSite) -> None:
    """The page gives days, not times: an update the same day would read "7 January 2026 ·
    updated 7 January 2026". The feeds carry the exact time either way."""
    post = "---\ntitle: {t}\ndate: 2026-01-07T09:55:00Z\nupdated: {u}\n---\nT.\n"
    root = make_site(
        {
            "content/same.md": post.format(t="Same day", u="2026-01-07T10:01:00Z"),
            "content/later.md": post.format(t="Next day", u="2026-01-08T08:00:00Z"),
        }
    )
    _, result = build_root(root)
    same = page_soup(result, "same-day/index.html").select("p.meta time")
    later = page_soup(result, "next-day/index.html").select("p.meta time")
    assert [t["datetime"][:10] for t in same] == ["2026-01-07"]
    assert [t["datetime"][:10] for t in later] == ["2026-01-07", "2026-01-08"]
    assert b"<updated>2026-01-07T10:01:00" in result.files["atom.xml"]


def test_newer_and_older_links_stay_in_the_article_language(make_site: MakeSite) -> None:
    post = "---\ntitle: {t}\ndate: 2026-01-0{d}\nlang: {l}\n---\nT.\n"
    root = make_site(
        {
            "content/a.md": post.format(t="First", d=1, l="en"),
            "content/b.md": post.format(t="Deuxieme", d=2, l="fr"),
            "content/c.md": post.format(t="Third", d=3, l="en"),
        }
    )
    _, result = build_root(root)

    def links(slug: str) -> dict[str, str]:
        page = page_soup(result, f"{slug}/index.html")
        return {str(a["rel"][0]): str(a["href"]) for a in page.select("a[rel=prev], a[rel=next]")}

    assert links("third") == {"next": "/first/"}
    assert links("first") == {"prev": "/third/"}
    assert links("deuxieme") == {}  # the only French article


def test_hreflang_links_translations(make_site: MakeSite) -> None:
    post = "---\ntitle: {t}\ndate: 2026-01-07\nlang: {l}\ntranslationKey: bridge\n---\nT.\n"
    root = make_site(
        {
            "content/en.md": post.format(t="Bridge opens", l="en"),
            "content/lv.md": post.format(t="Tilts atvērts", l="lv"),
        }
    )
    _, result = build_root(root)
    page = page_soup(result, "bridge-opens/index.html")
    alternates = {link["hreflang"]: link["href"] for link in page.find_all("link", hreflang=True)}
    assert alternates == {
        "en": "https://t.example/bridge-opens/",
        "lv": "https://t.example/tilts-atverts/",
    }


def test_a_theme_overrides_one_template_and_extends_another(make_site: MakeSite) -> None:
    root = make_site(
        {
            "site.toml": 'title = "T"\nbase_url = "https://t.example/"\ntheme_dir = "theme"\n',
            "content/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\nText.\n",
            "theme/404.html": "<!DOCTYPE html><html lang=en><title>x</title><p>Custom 404</p>\n",
            "theme/article.html": '{% extends "default/article.html" %}\n'
            "{% block title %}CUSTOM {{ article.title }}{% endblock %}\n",
            "theme/static/style.css": "body { color: #000; }\n",
        }
    )
    _, result = build_root(root)
    assert b"Custom 404" in result.files["404.html"]
    article = result.files["a/index.html"].decode()
    assert "<title>CUSTOM A</title>" in article and '<main id="main"' in article
    assert result.files["static/style.css"] == b"body { color: #000; }\n"
    default_icon = (REPO / "templates/static/favicon.svg").read_bytes()
    assert result.files["static/favicon.svg"] == default_icon  # the rest stays default


def test_every_internal_link_and_anchor_resolves(example_site: Path, generated_site: Built) -> None:
    for config, result in (build_root(example_site), generated_site):
        assert LinkChecker(result.files, config.base_url).check() == []


def test_link_check_finds_a_broken_link(example_site: Path) -> None:
    config, result = build_root(example_site)
    files = dict(result.files)
    files["index.html"] += b'<a href="/news/missing/">x</a><a href="/news/tags/#nope">y</a>'
    problems = [str(p) for p in LinkChecker(files, config.base_url).check()]
    assert len(problems) == 2, problems


def test_a_local_lead_image_keeps_the_body_and_is_copied(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": "---\ntitle: A\ndate: 2026-01-01\nimage: lead.png\n---\n"
            "Body text stays.\n"
        }
    )
    (root / "content" / "lead.png").write_bytes(PNG)
    _, result = build_root(root)
    [article] = result.articles
    assert "Body text stays." in result.bodies[article.id].html
    assert result.files["a/lead.png"] == PNG and article.image is not None
