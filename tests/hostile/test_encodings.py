"""Broken and legacy encodings: text is decoded exactly (the expected words appear in the
page) or the file is reported with its line; mojibake never reaches a page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.hostile.support import build_in_memory, write_site

LV = (
    "Valdība šodien apstiprināja jaunu enerģētikas plānu. Ministrs paziņoja, ka cenas ziemā "
    "kritīsies, un pilsētās būs vairāk siltuma. Ūdens tarifi paliek nemainīgi."
)
RU = (
    "Правительство сегодня утвердило новый энергетический план. Министр заявил, что цены "
    "зимой снизятся, а в городах будет больше тепла. Жильцы ждут решения."
)
UK = (
    "Уряд сьогодні затвердив новий енергетичний план. Міністр заявив, що ціни взимку "
    "знизяться, а в містах буде більше тепла. Їжак і ґанок залишаються."
)
EN = "Café owners in Zürich said the naïve façade plan — “a déjà vu” — costs €40."
SHORT = {"lv": "Rīgā līst.", "ru": "Привет, мир.", "uk": "Їжак і ґанок."}

# (site language, case name, text, encoding, BOM prefix)
DECODABLE: list[tuple[str, str, str, str, bytes]] = [
    ("lv", "utf8", LV, "utf-8", b""),
    ("lv", "utf8-bom", LV, "utf-8", b"\xef\xbb\xbf"),
    ("lv", "utf16le-bom", LV, "utf-16-le", b"\xff\xfe"),
    ("lv", "utf16be-bom", LV, "utf-16-be", b"\xfe\xff"),
    ("lv", "utf32le-bom", LV, "utf-32-le", b"\xff\xfe\x00\x00"),
    ("lv", "cp1257", LV, "cp1257", b""),
    ("lv", "iso8859-13", LV, "iso8859_13", b""),
    ("lv", "cp1257-short", SHORT["lv"], "cp1257", b""),
    ("lv", "cp1251-russian-in-latvian-site", RU, "cp1251", b""),
    ("ru", "cp1251", RU, "cp1251", b""),
    ("ru", "koi8-r", RU, "koi8_r", b""),
    ("ru", "iso8859-5", RU, "iso8859_5", b""),
    ("ru", "koi8-r-short", SHORT["ru"], "koi8_r", b""),
    ("ru", "cp1251-short", SHORT["ru"], "cp1251", b""),
    ("ru", "utf16be-bom", RU, "utf-16-be", b"\xfe\xff"),
    ("uk", "cp1251", UK, "cp1251", b""),
    ("uk", "koi8-u", UK, "koi8_u", b""),
    ("uk", "cp1251-short", SHORT["uk"], "cp1251", b""),
    ("uk", "utf16le-bom", UK, "utf-16-le", b"\xff\xfe"),
    ("en", "cp1252", EN, "cp1252", b""),
    ("en", "cp1251-russian-in-english-site", RU, "cp1251", b""),
]
# (site language, case name, bytes, expected message fragment, line)
UNREADABLE: list[tuple[str, str, bytes, str, int]] = [
    (
        "en",
        "broken-utf8",
        ("Title\n\nGood line.\nRīga " + "ok ").encode() + b"\xc3\x28 bad\n",
        "invalid UTF-8",
        4,
    ),
    ("lv", "utf8-truncated", "Virsraksts\n\nRīga un Jūrmalā".encode()[:-1], "invalid UTF-8", 3),
    (
        "en",
        "stray-bytes",
        b"Title\n\nSome text \xc3\x28 broken \xe2\x82 here\n",
        "could not be told",
        3,
    ),
    ("en", "undefined-bytes", b"Hello\n\n\xff\xfe\xfd world \x80\x81 ok\n", "could not be told", 3),
    (
        "en",
        "latvian-cp1257-in-english-site",
        f"Title\n\n{LV}\n".encode("cp1257"),
        "could not be told",
        3,
    ),
    (
        "ru",
        "latvian-cp1257-in-russian-site",
        f"Title\n\n{LV}\n".encode("cp1257"),
        "could not be told",
        3,
    ),
    (
        "lv",
        "utf16-odd-length",
        b"\xff\xfe" + "Rīga".encode("utf-16-le") + b"\x00",
        "invalid UTF-16",
        1,
    ),
    ("lv", "nul-bytes", b"Virsraksts\n\nTeksts\x00 ar nulli\n", "NUL", 3),
    ("lv", "binary", bytes(range(256)) * 8, "NUL", 1),
]
ENCODINGS_TRIED = sorted({case[3] for case in DECODABLE})
# What common mojibake looks like: UTF-8 read as cp1252 ("Ã©", "â€"), cp1251 read as cp1252
# ("Ð¿", "Ñ€"), the replacement character.
MOJIBAKE = re.compile("Ã.|â€|Ð.|Ñ.|Å.|\ufffd")


def _site(root: Path, language: str, documents: dict[str, bytes]) -> Path:
    files: dict[str, str | bytes] = {}
    for name, data in documents.items():
        files[f"content/{name}.txt"] = data
        files[f"content/{name}.txt.meta.toml"] = f'date = 2026-01-01\ntitle = "{name}"\n'
    return write_site(
        root,
        files,
        site_toml=f'title = "Encodings"\nbase_url = '
        f'"https://e.example/"\nlanguage = "{language}"\n',
    )


def _body_text(page: bytes) -> str:
    tree = lxml_html.document_fromstring(page.decode("utf-8"))
    return " ".join(" ".join(tree.xpath("//div[@class='body']//text()")).split())


@pytest.mark.parametrize("language", ["lv", "ru", "uk", "en"])
def test_legacy_and_unicode_encodings_decode_exactly(tmp_path: Path, language: str) -> None:
    cases = [c for c in DECODABLE if c[0] == language]
    documents = {name: bom + text.encode(encoding) for _, name, text, encoding, bom in cases}
    _, result = build_in_memory(_site(tmp_path / language, language, documents))
    assert result.errors == [], [str(e) for e in result.errors]
    by_title = {a.title: a for a in result.articles}
    for _, name, text, _, _ in cases:
        body = _body_text(result.files[f"{by_title[name].slug}/index.html"])
        assert body == " ".join(text.split()), f"{name}: {body[:120]}"
        assert not MOJIBAKE.search(body), name


@pytest.mark.parametrize("case", UNREADABLE, ids=[c[1] for c in UNREADABLE])
def test_undecodable_files_are_reported_with_their_line(
    tmp_path: Path, case: tuple[str, str, bytes, str, int]
) -> None:
    language, name, data, fragment, line = case
    good = "Labas ziņas\n\nViss kārtībā.\n".encode()
    _, result = build_in_memory(_site(tmp_path / "s", language, {name: data, "good": good}))
    [error] = result.errors
    assert error.path is not None and error.path.name == f"{name}.txt"
    assert fragment in error.message and error.line == line, str(error)
    assert f"{name}.txt:{line}: error:" in str(error)
    assert [a.title for a in result.articles] == ["good"]
    for page_name, page in result.files.items():
        if page_name.endswith(".html"):
            assert not MOJIBAKE.search(page.decode("utf-8")), page_name


def test_sidecar_language_decides_for_its_document(tmp_path: Path) -> None:
    """A Russian KOI8-R text in a Latvian site: its sidecar's lang picks the table."""
    root = write_site(
        tmp_path / "s",
        {
            "content/ru.txt": f"Заголовок\n\n{SHORT['ru']}\n".encode("koi8_r"),
            "content/ru.txt.meta.toml": 'date = 2026-01-01\nlang = "ru"\n',
        },
        site_toml='title = "E"\nbase_url = "https://e.example/"\nlanguage = "lv"\n',
    )
    _, result = build_in_memory(root)
    [article] = result.articles
    assert article.title == "Заголовок" and SHORT["ru"] in result.bodies[article.id].html


def test_html_page_declared_charset_is_used(tmp_path: Path) -> None:
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset=windows-1251"><title>Новости</title></head><body><article>'
        f"<h1>Новости</h1><p>{RU}</p><p>{RU}</p></article></body></html>"
    )
    root = write_site(
        tmp_path / "s",
        {
            "content/page.html": page.encode("cp1251"),
            "content/page.html.meta.toml": "date = 2026-01-01\n",
        },
        site_toml='title = "E"\nbase_url = "https://e.example/"\nlanguage = "lv"\n',
    )
    _, result = build_in_memory(root)
    [article] = result.articles
    assert article.title == "Новости" and "энергетический план" in result.bodies[article.id].html


def test_markdown_front_matter_in_a_legacy_encoding(tmp_path: Path) -> None:
    text = f"---\ntitle: Ziņas no Rīgas\ndate: 2026-01-01\ntags: [Enerģētika]\n---\n{LV}\n"
    root = write_site(
        tmp_path / "s",
        {"content/lv.md": text.encode("cp1257")},
        site_toml='title = "E"\nbase_url = "https://e.example/"\nlanguage = "lv"\n',
    )
    _, result = build_in_memory(root)
    [article] = result.articles
    assert article.title == "Ziņas no Rīgas" and article.tags == ("Enerģētika",)
    assert "enerģētikas plānu" in result.bodies[article.id].html


def test_enough_encodings_are_tried() -> None:
    assert len(ENCODINGS_TRIED) >= 10
    assert {"cp1257", "cp1251", "koi8_r", "utf-16-le", "utf-16-be", "utf-8"} <= set(ENCODINGS_TRIED)
