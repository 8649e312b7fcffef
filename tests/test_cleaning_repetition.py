"""The repetition layer: lines that recur across one source's documents are its boilerplate,
while a real sentence a newsroom reuses stays."""

from __future__ import annotations

from pathlib import Path

from site_builder.cleaning.engine import clean_document, document_lines, document_source
from site_builder.cleaning.matcher import build_ruleset
from site_builder.cleaning.repetition import (
    MIN_DOCUMENTS,
    find_repeated,
    line_key,
    repeated_in,
)
from site_builder.core.model import Format, Metadata, SourceDocument

FOOTER = "LSM English is on Bluesky now"
BACKGROUND = "Latvia regained its independence in 1991 after five decades of Soviet occupation."


def _docs(count: int, *shared: str) -> list[list[str]]:
    return [[f"The council approved plan {n} on Tuesday.", *shared] for n in range(count)]


def test_a_line_in_many_documents_of_a_source_is_repeated() -> None:
    found = repeated_in("lsm.lv", _docs(5, FOOTER))
    assert found.count(FOOTER) == 5
    assert found.reason(5) == "repeated in 5 of 5 documents from lsm.lv"
    assert found.count("The council approved plan 1 on Tuesday.") is None


def test_too_few_documents_repeat_nothing() -> None:
    assert repeated_in("lsm.lv", _docs(MIN_DOCUMENTS - 1, FOOTER)).count(FOOTER) is None
    assert repeated_in("lsm.lv", _docs(MIN_DOCUMENTS, FOOTER)).count(FOOTER) == MIN_DOCUMENTS


def test_a_line_in_a_small_share_of_the_documents_is_not_repeated() -> None:
    docs = [*_docs(3, FOOTER), *_docs(17)]  # 3 of 20: under a quarter
    assert repeated_in("lsm.lv", docs).count(FOOTER) is None


def test_a_reused_real_sentence_is_not_boilerplate() -> None:
    found = repeated_in("lsm.lv", _docs(10, BACKGROUND, FOOTER))
    assert found.count(BACKGROUND) is None
    assert found.count(FOOTER) == 10


def test_structure_is_not_boilerplate() -> None:
    found = repeated_in("lsm.lv", _docs(6, "* * *", "2025", "---"))
    assert found.counts == {}


def test_a_line_counts_once_per_document_and_as_a_reader_sees_it() -> None:
    docs = [["**LSM English** is on Bluesky now", FOOTER, FOOTER.upper()] for _ in range(3)]
    assert repeated_in("lsm.lv", docs).count(FOOTER) == 3
    assert line_key("**LSM English** is on  Bluesky now") == line_key(FOOTER)


def test_sources_are_counted_apart() -> None:
    found = find_repeated({"a.example": _docs(2, FOOTER), "b.example": _docs(2, FOOTER)})
    assert set(found) == {"a.example", "b.example"}
    assert all(r.count(FOOTER) is None for r in found.values())


def _doc(body: str, fmt: Format = Format.TEXT) -> SourceDocument:
    meta = Metadata(original_url="https://eng.lsm.lv/article/1")
    return SourceDocument(Path("a.txt"), "a.txt", fmt, body, 1, meta)


def test_the_engine_names_the_layer_and_the_reason() -> None:
    doc = _doc(f"The council met on Tuesday.\n{FOOTER}\n```\n{FOOTER}\n```")
    repeated = repeated_in(document_source(doc), _docs(4, FOOTER))
    clean = clean_document(doc, build_ruleset(), repeated)
    assert [(r.layer, r.rule, r.reason) for r in clean.removals] == [
        ("repetition", "repetition", "repeated in 4 of 4 documents from eng.lsm.lv")
    ]
    assert clean.body == f"The council met on Tuesday.\n```\n{FOOTER}\n```"  # code stays


def test_document_lines_skip_code_and_read_html_blocks() -> None:
    assert document_lines(_doc(f"One.\n```\nx = 1\n```\n{FOOTER}")) == ["One.", FOOTER]
    html = _doc(f"<div><p>One.</p><p>{FOOTER}</p></div>", Format.HTML)
    assert document_lines(html) == ["One.", FOOTER]
    assert document_source(html) == "eng.lsm.lv"
