"""Internal links and #anchors checked against the in-memory output files."""

from __future__ import annotations

from site_builder.core.errors import Severity
from site_builder.pipeline.linkcheck import LinkChecker, parse_page

BASE = "https://t.example/"
NEWS = "https://t.example/news/"


def _page(body: str, ids: str = "") -> bytes:
    return (
        f"<!DOCTYPE html>\n<html><head><title>t</title></head>\n<body>\n"
        f'<main id="main">{ids}\n{body}\n</main>\n</body></html>\n'
    ).encode()


def _messages(files: dict[str, bytes], base: str = BASE) -> list[str]:
    return [str(d) for d in LinkChecker(files, base).check()]


def test_folder_url_resolves_to_its_index_html() -> None:
    files = {
        "index.html": _page('<a href="/a/">A</a> <a href="a/">A</a> <a href="/">home</a>'),
        "a/index.html": _page('<a href="../">up</a> <a href="/a">no slash</a>'),
    }
    assert _messages(files) == []


def test_missing_page_is_reported_with_page_and_line() -> None:
    files = {"index.html": _page('<p>text</p>\n<a href="/gone/">gone</a>')}
    assert _messages(files) == [
        "index.html:6: error: broken link '/gone/': no 'gone/index.html' in the site"
    ]


def test_missing_file_and_relative_links_resolve_against_the_page_folder() -> None:
    files = {
        "a/index.html": _page('<img src="photo.jpg" alt=""> <img src="nope.png" alt="">'),
        "a/photo.jpg": b"\xff\xd8",
    }
    messages = _messages(files)
    assert len(messages) == 1 and "'nope.png': no 'a/nope.png' in the site" in messages[0]


def test_anchors_must_exist_in_the_target_page() -> None:
    files = {
        "index.html": _page(
            '<a href="#main">skip</a> <a href="#nowhere">x</a> '
            '<a href="/b/#part">b</a> <a href="/b/#lost">b</a> '
            '<a href="#">top</a> <a href="#top">top</a>'
        ),
        "b/index.html": _page("", '<h2 id="part">Part</h2><a name="old"></a>'),
    }
    messages = _messages(files)
    assert messages == [
        "index.html:5: error: broken link '#nowhere': no id 'nowhere' in 'index.html'",
        "index.html:5: error: broken link '/b/#lost': no id 'lost' in 'b/index.html'",
    ]
    files["index.html"] = _page('<a href="/b/#old">legacy name anchor</a>')
    assert _messages(files) == []


def test_external_and_non_http_links_are_ignored() -> None:
    files = {
        "index.html": _page(
            '<a href="https://other.example/x/">x</a> <a href="//cdn.example/a.js">cdn</a> '
            '<a href="mailto:desk@t.example">mail</a> <a href="tel:+371">tel</a> '
            '<a href="http://t.example/">other scheme</a> '
            '<img src="data:image/png;base64,AA" alt="">'
            '<link rel="preconnect" href="/nowhere/">'
        )
    }
    assert _messages(files) == []


def test_absolute_urls_to_the_site_itself_are_checked() -> None:
    files = {
        "index.html": _page(
            '<link rel="alternate" href="https://t.example/rss.xml">'
            '<link rel="canonical" href="https://t.example/">'
        )
    }
    assert "no 'rss.xml' in the site" in _messages(files)[0]
    files["rss.xml"] = b"<rss/>"
    assert _messages(files) == []


def test_site_under_a_subpath() -> None:
    files = {
        "index.html": _page(
            '<a href="/news/a/">a</a> <a href="/news/static/s.css">css</a> '
            '<a href="https://t.example/news/a/#top">a</a>'
        ),
        "a/index.html": _page('<a href="../">up</a> <a href="/news/b/">b</a>'),
        "static/s.css": b"",
    }
    assert _messages(files, NEWS) == [
        "a/index.html:5: error: broken link '/news/b/': no 'b/index.html' in the site"
    ]


def test_root_relative_links_outside_the_base_path_warn() -> None:
    files = {
        "index.html": _page('<a href="/static/s.css">forgot the base path</a>'),
        "static/s.css": b"",
    }
    [problem] = LinkChecker(files, NEWS).check()
    assert problem.severity is Severity.WARNING
    assert "leaves the site's base path '/news/'" in problem.message
    # A full URL to another part of the same host is a deliberate external link.
    files["index.html"] = _page('<a href="https://t.example/about/">about the publisher</a>')
    assert LinkChecker(files, NEWS).check() == []


def test_srcset_candidates_and_encoded_paths_are_checked() -> None:
    files = {
        "a/index.html": _page('<img src="x%20y.jpg" srcset="x%20y.jpg 1x, big.jpg 2x" alt="">'),
        "a/x y.jpg": b"",
    }
    assert _messages(files) == [
        "a/index.html:5: error: broken link 'big.jpg': no 'a/big.jpg' in the site"
    ]


def test_parse_page_collects_ids_and_references_with_lines() -> None:
    page = parse_page(b'<p id="a">\n<a href="/x">x</a>\n<img src="y.png" alt=""></p>')
    assert page.ids == {"a"}
    assert page.refs == [(2, "/x"), (3, "y.png")]
