"""Property-based tests: arbitrary text (control characters, odd whitespace, any non-surrogate
code point) and arbitrary HTML-ish strings as bodies, titles, tags and metadata never crash
loading, cleaning or rendering, never produce invalid XML or JSON in a feed, and never let
active content into a page. Examples are bounded and derandomized so CI is stable."""

from __future__ import annotations

import html
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from site_builder.article.sanitize import sanitize_html
from site_builder.core.errors import ContentError
from site_builder.core.urls import MAX_SLUG, RESERVED_SLUGS, absolutize_html, make_slug, safe_slug
from site_builder.publish.output import check_output_path
from site_builder.source.decoding import decode
from site_builder.source.frontmatter import split_front_matter
from site_builder.source.metadata import parse_metadata
from tests.conftest import NOW
from tests.hostile.support import build_in_memory, scan_html, toml_document, write_site

FAST = settings(max_examples=100, deadline=None, derandomize=True, database=None)
SLOW = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Any code point but lone surrogates (which no file can hold as UTF-8): controls, NUL,
# line and paragraph separators, zero-width and bidi characters, private use, non-characters.
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
WHITESPACE = st.sampled_from(
    [
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\x0b",
        "\x0c",
        "\x85",
        "\u00a0",
        "\u2028",
        "\u2029",
        "\u200b",
        "\ufeff",
        "\u3000",
        " ",
    ]
)
MARKUP = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:x()">',
        "</a>",
        "<svg onload=alert(1)>",
        "<math>",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<table><td>",
        "<iframe src=x>",
        "<noscript>",
        "</noscript>",
        "<template>",
        "<textarea>",
        "</textarea>",
        "<title>",
        "</title>",
        "<xmp>",
        "&amp;",
        "&lt;",
        "&#0;",
        "&#x1F;",
        "&#xD800;",
        "&nbsp;",
        "\x00",
        '"',
        "'",
        "`",
        "=",
        ">",
        "<",
        "javascript:",
        "data:text/html,",
        " onload=",
        "<h1>",
        "</h1>",
        "# ",
        "* ",
        "> ",
        "[x](",
        ")",
        "![",
        "---",
        "+++",
        "```",
        "<br/>",
        "<b>",
        "</i>",
        "<base href=x>",
        "<meta http-equiv=refresh content=0>",
        "<form>",
        "<object>",
        "{{",
        "}}",
        "{%",
        "%}",
        "\\",
        "<?xml ?>",
        "<!DOCTYPE x>",
        "]]>",
        "<![endif]-->",
    ]
)
HTMLISH = st.lists(st.one_of(MARKUP, WHITESPACE, st.text(max_size=12)), max_size=40).map("".join)
ANY_TEXT = st.one_of(TEXT, HTMLISH)


@FAST
@given(HTMLISH)
def test_sanitized_html_holds_nothing_active(fragment: str) -> None:
    clean = sanitize_html(fragment)
    assert scan_html(clean, "fragment", page=False) == []
    absolute = absolutize_html(clean, "https://h.example/a/")
    assert scan_html(absolute, "absolutized", page=False) == []


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_are_reported(data: bytes) -> None:
    try:
        text = decode(data, Path("x.txt"), "lv")
    except ContentError as error:
        assert error.diagnostic.path == Path("x.txt")
        return
    assert isinstance(text, str)


YAMLISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "title: ",
                "date: ",
                "tags: ",
                "draft: ",
                "slug: ",
                "lang: ",
                "image: ",
                "author: ",
                "\n",
                "  ",
                "- ",
                "[",
                "]",
                "{",
                "}",
                ", ",
                "!!python/name:os.system",
                "!!binary ",
                "&a ",
                "*a",
                "'",
                '"',
                "2026-02-30",
                "2026-01-01T25:00",
                "0001-01-01",
                "9999-12-31",
                "null",
                "~",
                "true",
                "1e999",
                ": ",
                "? ",
                "|",
                ">",
                "#",
                "%YAML 1.1",
                "\t",
                "---",
                "...",
                "\\x",
                "\\ud800",
                "<<: *a",
            ]
        ),
        st.text(max_size=8),
    ),
    max_size=40,
).map("".join)


@FAST
@given(YAMLISH, st.booleans())
def test_front_matter_parses_or_is_reported(block: str, toml: bool) -> None:
    fence = "+++" if toml else "---"
    text = f"{fence}\n{block}\n{fence}\nBody.\n"
    try:
        front = split_front_matter(text, Path("x.md"))
        parse_metadata(front.data, Path("x.md"), NOW.tzinfo, front.key_lines)  # type: ignore[arg-type]
    except ContentError as error:
        assert error.diagnostic.path == Path("x.md")


@FAST
@given(ANY_TEXT)
def test_slugs_are_always_one_safe_folder(text: str) -> None:
    for slug in (make_slug(text), safe_slug(text)):
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug), slug
        assert len(slug) <= MAX_SLUG + len("-article") and slug not in RESERVED_SLUGS
        check_output_path(f"{slug}/index.html")


def _site(root: Path, title: str, body: str, tags: list[str], extra: str) -> Path:
    front: dict[str, Any] = {
        "title": title,
        "date": "2026-01-02",
        "tags": tags,
        "description": extra,
        "author": extra,
    }
    page = (
        f"<html><head><title>{html.escape(title)}</title>"
        f'<meta name="description" content="{html.escape(extra)}"></head>'
        f"<body><article><h1>{html.escape(title)}</h1><p>{body}</p>"
        f"<p>The council met on Monday to discuss the winter budget again.</p>"
        f"</article></body></html>"
    )
    return write_site(
        root,
        {
            "content/text.txt": f"{title}\n\n{body}\n",
            "content/text.txt.meta.toml": toml_document({"tags": tags, "author": extra})
            + "date = 2026-01-01\n",
            "content/mark.md": "---\n"
            + yaml.safe_dump(front, allow_unicode=True)
            + "---\n"
            + body
            + "\n",
            "content/page.html": page,
            "content/page.html.meta.toml": "date = 2026-01-03\n",
        },
    )


@SLOW
@given(ANY_TEXT, ANY_TEXT, st.lists(ANY_TEXT, max_size=3), ANY_TEXT)
def test_any_content_builds_valid_feeds_and_inert_pages(
    title: str, body: str, tags: list[str], extra: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _, result = build_in_memory(_site(Path(folder), title, body, tags, extra))
    for diagnostic in result.errors:
        assert diagnostic.path is not None, str(diagnostic)  # a document, never the build
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    for name, data in result.files.items():
        if name.endswith(".xml"):
            etree.fromstring(data, parser)  # raises on invalid XML
        elif name.endswith(".json"):
            json.loads(data)
        elif name.endswith(".html"):
            assert scan_html(data.decode("utf-8"), name) == []
