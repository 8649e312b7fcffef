"""Coming from Jekyll, Hugo or Pelican: the fixture sites in tests/fixtures/migration/
(written the way each generator's documentation writes them) build with every article,
the right dates, tags and URLs, redirects for old addresses, and a warning naming each
thing site_builder does not read."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from site_builder.core.config import SiteConfig
from site_builder.pipeline.build import BuildResult
from tests.conftest import build_root

FIXTURES = Path(__file__).parent / "fixtures" / "migration"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages name files relative to the working folder (each test moves into its site:
    ``_built``); the original one comes back after the test."""
    monkeypatch.chdir(tmp_path)


def _built(tmp_path: Path, name: str, **options: bool) -> tuple[SiteConfig, BuildResult]:
    root = tmp_path / name
    shutil.copytree(FIXTURES / name, root)
    os.chdir(root)
    return build_root(root, **options)


def _by_title(result: BuildResult) -> dict[str, tuple[str, datetime, tuple[str, ...]]]:
    return {a.title: (a.url, a.date.astimezone(UTC), a.tags) for a in result.articles}


def _page(result: BuildResult, path: str) -> str:
    return result.files[path].decode("utf-8")


def _redirects_to(result: BuildResult, path: str, target: str) -> bool:
    page = _page(result, path)
    return (
        f'<link rel="canonical" href="{target}">' in page
        and f'<meta http-equiv="refresh" content="0; url={target}">' in page
    )


def _warnings(result: BuildResult) -> list[str]:
    return sorted(str(w) for w in result.warnings)


def test_jekyll_site(tmp_path: Path) -> None:
    _, result = _built(tmp_path, "jekyll")
    assert not result.errors, [str(e) for e in result.errors]
    assert _by_title(result) == {
        "Welcome to Jekyll!": (
            "https://jekyll.example/2024/05/01/welcome-to-jekyll/",
            datetime(2024, 5, 1, 8, tzinfo=UTC),
            ("jekyll", "update"),
        ),
        # No date in the front matter: the file name's.
        "A post with its own permalink": (
            "https://jekyll.example/news/a-moved-post/",
            datetime(2024, 5, 3, tzinfo=UTC),
            ("news", "jekyll"),
        ),
        "Writing about Liquid": (
            "https://jekyll.example/2024/06/10/liquid-escapes/",
            datetime(2024, 6, 10, 8, 30, tzinfo=UTC),
            ("liquid",),
        ),
        "About": ("https://jekyll.example/about/", datetime(2024, 1, 1, tzinfo=UTC), ()),
    }
    # Jekyll's .html addresses keep working: they redirect to the page's folder.
    assert _redirects_to(
        result,
        "2024/05/01/welcome-to-jekyll.html",
        "https://jekyll.example/2024/05/01/welcome-to-jekyll/",
    )
    # {% highlight %} is a code block; {% raw %} publishes what it holds.
    welcome = _page(result, "2024/05/01/welcome-to-jekyll/index.html")
    assert "<pre><code>def print_hi(name)" in welcome and "highlight" not in welcome
    assert "wrap it: {{ page.title }}." in _page(result, "2024/06/10/liquid-escapes/index.html")
    assert result.files["CNAME"] == b"jekyll.example\n"
    assert _warnings(result) == [
        "content/_layouts: warning: a folder of documents whose name starts with '_' is not "
        "read (Jekyll's layouts: put templates in the theme folder (theme_dir))",
        "content/_posts/2024-05-03-moved-post.md:9: warning: Liquid tag '{% include %}' is "
        "not supported: published as written (replace it with Markdown or HTML)",
        "content/_posts/2024-06-10-liquid-escapes.md:9: warning: template expression "
        "'{{ site.url }}' is not supported: published as written (replace it with Markdown "
        "or HTML)",
    ]


def test_jekyll_drafts_folder_is_published_with_drafts_only(tmp_path: Path) -> None:
    _, result = _built(tmp_path, "jekyll", drafts=True)
    [draft] = [a for a in result.articles if a.title == "An unfinished idea"]
    assert draft.draft and draft.url == "https://jekyll.example/2024/07/01/an-unfinished-idea/"
    assert "DRAFT" in _page(result, "2024/07/01/an-unfinished-idea/index.html")


def test_hugo_site(tmp_path: Path) -> None:
    _, result = _built(tmp_path, "hugo")
    assert not result.errors, [str(e) for e in result.errors]
    assert _by_title(result) == {
        "My First Post": (
            "https://hugo.example/posts/2024/01/my-first-post/",
            datetime(2024, 1, 14, 6, 7, 7, tzinfo=UTC),
            ("red", "blue"),
        ),
        # A page bundle: its slug, its image next to it.
        "A page bundle": (
            "https://hugo.example/posts/2024/02/page-bundle/",
            datetime(2024, 2, 3, 8, tzinfo=UTC),
            ("bundles",),
        ),
        "Embedded media": (
            "https://hugo.example/posts/2024/03/embedded-media/",
            datetime(2024, 3, 9, 10, tzinfo=UTC),
            ("media",),
        ),
        "A special report": (
            "https://hugo.example/special-report/",
            datetime(2024, 4, 1, 6, tzinfo=UTC),
            ("red",),
        ),
        # The "*" pattern keeps the section folder.
        "Plain news": (
            "https://hugo.example/news/plain-news/",
            datetime(2024, 4, 2, 6, tzinfo=UTC),
            (),
        ),
    }
    target = "https://hugo.example/posts/2024/01/my-first-post/"
    assert _redirects_to(result, "posts/my-original-url/index.html", target)
    assert _redirects_to(result, "2010/01/01/another-url.html", target)
    # Redirect pages are listed nowhere: not in the sitemap, not in any feed.
    for listing in ("sitemap.xml", "rss.xml", "atom.xml", "feed.json"):
        assert b"my-original-url" not in result.files[listing]
        assert b"another-url" not in result.files[listing]
    bundle = _page(result, "posts/2024/02/page-bundle/index.html")
    assert (
        '<figure><img alt="A red square" decoding="async" height="4" src="cover.png" '
        'width="4"><figcaption>The cover, a resource of the bundle</figcaption></figure>'
    ) in bundle  # the figure shortcode, its image sized as every local image is
    assert "posts/2024/02/page-bundle/cover.png" in result.files
    media = _page(result, "posts/2024/03/embedded-media/index.html")
    for link in (
        "https://www.youtube.com/watch?v=0RKpf3rK57I",
        "https://vimeo.com/55073825",
        "https://x.com/SanDiegoZoo/status/1453110110599868418",
    ):
        assert f'<a href="{link}"' in media
    assert "<pre><code>package main" in media and "{{&lt; gist" in media
    # static/ as it is.
    static = FIXTURES / "hugo" / "static"
    for name in ("CNAME", "ads.txt", "favicon.ico", "images/logo.png"):
        assert result.files[name] == (static / name).read_bytes()
    assert _warnings(result) == [
        "content/_index.md: warning: a file whose name starts with '_' is not read (Hugo's "
        "section page: site_builder makes the list pages itself)",
        "content/posts/_index.md: warning: a file whose name starts with '_' is not read "
        "(Hugo's section page: site_builder makes the list pages itself)",
        "content/posts/shortcodes.md:28: warning: Hugo shortcode 'gist' is not supported: "
        "published as written (replace it with Markdown or HTML)",
    ]


def test_pelican_site(tmp_path: Path) -> None:
    _, result = _built(tmp_path, "pelican")
    assert not result.errors, [str(e) for e in result.errors]
    assert _by_title(result) == {
        "My super title": (
            "https://pelican.example/my-super-post/",
            datetime(2010, 12, 3, 9, 20, tzinfo=UTC),
            ("Python", "pelican", "publishing"),
        ),
        "Dated by its file name": (
            "https://pelican.example/dated-by-its-file-name/",
            datetime(2011, 1, 14, 23, tzinfo=UTC),
            ("pelican",),
        ),
    }
    [post] = [a for a in result.articles if a.slug == "my-super-post"]
    assert post.updated == datetime(2010, 12, 5, 18, 30, tzinfo=UTC)
    assert post.author == "Alexis Metaireau, Conan Doyle"
    assert post.summary == "Short version for index and feeds"
    page = _page(result, "my-super-post/index.html")
    # The header is metadata, not the headline and body (nor SEO lines cleaning removes).
    assert "Tags:" not in page and "Slug:" not in page
    assert "<p>This is the content of my super blog post.</p>" in page
    assert _redirects_to(result, "my-super-post.html", "https://pelican.example/my-super-post/")
    assert _warnings(result) == [
        "content/reading-list.rst: warning: reStructuredText is not read: not published "
        "(convert it to Markdown (pandoc does))",
    ]


@pytest.mark.parametrize("name", ["jekyll", "hugo", "pelican"])
def test_a_fresh_clone_builds_the_same_site(tmp_path: Path, name: str) -> None:
    """The record of past addresses the first build writes changes nothing in the site:
    a second build, and one in a fresh copy with no cache, give the same bytes."""
    _, first = _built(tmp_path / "a", name)
    config, again = build_root(tmp_path / "a" / name)
    assert again.files == first.files
    assert (config.root / "urls.lock").is_file()
    clone = tmp_path / "clone"
    shutil.copytree(
        config.root,
        clone,
        ignore=shutil.ignore_patterns("public", ".public.*", ".site-builder-cache"),
    )
    _, cloned = build_root(clone)
    assert cloned.files == first.files
