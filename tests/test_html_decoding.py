"""Saved web pages are decoded as a browser decodes them: repaired and reported, never refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.core.config import load_config
from site_builder.core.errors import Severity
from site_builder.source.html_decoding import decode_page
from tests.conftest import MakeSite, load_documents
from tests.hostile.support import build_in_memory, write_site

ARTICLE = (
    "<p>The council opened two night bus routes on Monday, linking the suburbs with the "
    "centre until four in the morning for the first time in the city's history.</p>"
    "<p>Riders on the first night said the buses were full well after midnight, and the "
    "council promised to review the timetable after six months of service.</p>"
)


def _page(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>Night buses</title></head>"
        f"<body><article><h1>Night buses</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ('<meta charset="utf-8"><p>Rīga</p>'.encode(), "<p>Rīga</p>", "utf-8"),
        # WHATWG: latin1 and ascii labels mean windows-1252 (0x80 is the euro sign).
        (b'<meta charset="iso-8859-1"><p>caf\xe9 \x80</p>', "<p>café €</p>", "windows-1252"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            b"<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>",
            "<p>Привет</p>",
            "windows-1251",
        ),
        # A byte order mark wins over the declaration.
        (
            b"\xef\xbb\xbf" + '<meta charset="windows-1252"><p>Jūrmala</p>'.encode(),
            "<p>Jūrmala</p>",
            "utf-8",
        ),
        ("\ufeff<p>Ūdens</p>".encode("utf-16-le"), "<p>Ūdens</p>", "utf-16le"),
        # A page cannot declare UTF-16 in ASCII bytes: the standard reads it as UTF-8.
        ('<meta charset="utf-16"><p>Ē</p>'.encode(), "<p>Ē</p>", "utf-8"),
    ],
)
def test_encodings_follow_the_whatwg_rules(data: bytes, text: str, encoding: str) -> None:
    page = decode_page(data)
    assert page.text.endswith(text) and page.encoding == encoding and page.problems == ()


def test_damaged_utf8_becomes_replacement_characters_with_a_note() -> None:
    page = decode_page("<p>Rīga</p>\n<p>bad ".encode() + b"\xc3\x28 byte</p>")
    assert page.text == "<p>Rīga</p>\n<p>bad \ufffd( byte</p>"
    [problem] = page.problems
    assert "1 invalid utf-8 byte sequence" in problem and "line 2" in problem


def test_replacement_characters_in_the_page_itself_are_not_reported() -> None:
    assert decode_page("<p>a \ufffd b</p>".encode()).problems == ()


def test_nul_bytes_are_ignored_with_a_note() -> None:
    page = decode_page(b"<p>stray\x00 NUL</p>")
    assert page.text == "<p>stray NUL</p>"
    assert page.problems == ("1 NUL byte(s) ignored, as a browser does",)


def test_undeclared_legacy_page_is_read_and_the_guess_reported() -> None:
    text = "<p>" + "Привет, как дела? Всё хорошо, спасибо. " * 20 + "</p>"
    page = decode_page(text.encode("cp1251"))
    assert page.text == text
    assert "no charset declared" in page.problems[0]


def test_loader_builds_a_damaged_page_and_warns_naming_the_file(make_site: MakeSite) -> None:
    root = make_site({})
    (root / "content").mkdir()
    damaged = (
        _page(ARTICLE, '<meta charset="utf-8">').encode().replace(b"Monday", b"Mon\x00day \xff")
    )
    (root / "content" / "bus.html").write_bytes(damaged)
    config, _ = load_config(root)
    [doc], problems = load_documents(config)
    assert problems == []
    assert "Monday \ufffd" in doc.body and "\x00" not in doc.body
    assert {w.severity for w in doc.warnings} == {Severity.WARNING}
    assert all(w.path is not None and w.path.name == "bus.html" for w in doc.warnings)
    assert any("NUL" in w.message for w in doc.warnings)
    assert any("invalid utf-8" in w.message for w in doc.warnings)
    assert "bus.html: warning:" in str(doc.warnings[0])


DATED = '<meta property="article:published_time" content="2026-01-02T10:00:00Z">'


def test_build_publishes_the_page_and_reports_the_warning(tmp_path: Path) -> None:
    damaged = (
        _page(ARTICLE, '<meta charset="utf-8">' + DATED).encode().replace(b"Monday", b"Mon\x00day")
    )
    _, result = build_in_memory(write_site(tmp_path / "site", {"content/bus.html": damaged}))
    assert result.errors == []
    assert any(b"night bus routes on Monday" in page for page in result.files.values())
    assert any("bus.html: warning:" in str(w) and "NUL" in w.message for w in result.warnings)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_decode_as_a_page(data: bytes) -> None:
    """A browser shows any bytes: decoding never raises and leaves no NUL for the parser."""
    page = decode_page(data)
    assert "\x00" not in page.text
    assert all(isinstance(problem, str) and problem for problem in page.problems)
