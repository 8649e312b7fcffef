"""The repetition layer: lines that recur across one source's documents are its boilerplate,
while a real sentence a newsroom reuses stays."""

from __future__ import annotations

from pathlib import Path

from site_builder.cleaning.engine import (
    clean_document,
    document_lines,
    document_source,
    repeatable_lines,
)
from site_builder.cleaning.matcher import build_ruleset
from site_builder.cleaning.repetition import (
    MIN_DOCUMENTS,
    DocumentLines,
    RepeatedLines,
    Repetition,
    count_repeated,
    line_key,
    lines_of,
    told,
)
from site_builder.core.model import Format, Metadata, Removal, SourceDocument

FOOTER = "LSM English is on Bluesky now"
BACKGROUND = "Latvia regained its independence in 1991 after five decades of Soviet occupation."


def _docs(count: int, *shared: str, source: str = "lsm.lv") -> list[DocumentLines]:
    return [
        lines_of(source, [f"The council approved plan {n} on Tuesday.", *shared])
        for n in range(count)
    ]


def _removed(repetition: Repetition, lines: DocumentLines, line: str) -> bool:
    return RepeatedLines(lines.source, repetition.held(lines)).removes(line)


def test_a_line_in_many_documents_of_a_source_is_repeated() -> None:
    docs = _docs(5, FOOTER)
    found = count_repeated(docs)
    assert found.reason("lsm.lv", FOOTER) == "repeated in 5 of 5 documents from lsm.lv"
    assert found.reason("lsm.lv", "The council approved plan 1 on Tuesday.") is None
    assert _removed(found, docs[0], FOOTER)
    assert not _removed(found, docs[0], "The council approved plan 0 on Tuesday.")


def test_too_few_documents_repeat_nothing() -> None:
    assert count_repeated(_docs(MIN_DOCUMENTS - 1, FOOTER)).counts == {}
    assert count_repeated(_docs(MIN_DOCUMENTS, FOOTER)).reason("lsm.lv", FOOTER) is not None


def test_a_line_in_a_small_share_of_the_documents_is_not_repeated() -> None:
    docs = [*_docs(3, FOOTER), *_docs(17)]  # 3 of 20: under a quarter
    assert count_repeated(docs).reason("lsm.lv", FOOTER) is None


def test_a_reused_real_sentence_is_not_removed() -> None:
    docs = _docs(10, BACKGROUND, FOOTER)
    found = count_repeated(docs)
    # Both recur; the sentence of prose the classifier reads as a real one stays.
    assert found.reason("lsm.lv", BACKGROUND) is not None
    assert not _removed(found, docs[0], BACKGROUND)
    assert _removed(found, docs[0], FOOTER)


def test_structure_is_not_boilerplate() -> None:
    assert count_repeated(_docs(6, "* * *", "2025", "---")).counts == {}


def test_a_line_counts_once_per_document_and_as_a_reader_sees_it() -> None:
    docs = [lines_of("lsm.lv", ["**LSM English** is on Bluesky now", FOOTER, FOOTER.upper()])] * 3
    assert (
        count_repeated(docs).reason("lsm.lv", FOOTER) == "repeated in 3 of 3 documents from lsm.lv"
    )
    assert line_key("**LSM English** is on  Bluesky now") == line_key(FOOTER)


def test_sources_are_counted_apart() -> None:
    docs = [*_docs(2, FOOTER, source="a.example"), *_docs(2, FOOTER, source="b.example")]
    found = count_repeated(docs)
    assert found.documents == {"a.example": 2, "b.example": 2}
    assert found.counts == {}


def test_the_site_s_own_documents_are_one_source() -> None:
    found = count_repeated(_docs(4, FOOTER, source=""))
    assert found.reason("", FOOTER) == "repeated in 4 of 4 of the site's documents"


def _doc(body: str, fmt: Format = Format.TEXT) -> SourceDocument:
    meta = Metadata(original_url="https://eng.lsm.lv/article/1")
    return SourceDocument(Path("a.txt"), "a.txt", fmt, body, 1, meta)


def test_the_engine_names_the_layer_and_a_reason_without_counts() -> None:
    doc = _doc(f"The council met on Tuesday.\n{FOOTER}\n```\n{FOOTER}\n```")
    repetition = count_repeated([*_docs(3, FOOTER, source="eng.lsm.lv"), repeatable_lines(doc)])
    lines = repeatable_lines(doc)
    clean = clean_document(
        doc, build_ruleset(), RepeatedLines(lines.source, repetition.held(lines))
    )
    # The counts change with every document the source gains, the page does not: they are
    # told where removals are reported.
    assert [(r.layer, r.rule, r.reason) for r in clean.removals] == [
        ("repetition", "repetition", "repeated across the documents from eng.lsm.lv")
    ]
    assert told(clean.removals[0], lines.source, repetition) == (
        "repeated in 4 of 4 documents from eng.lsm.lv"
    )
    assert clean.body == f"The council met on Tuesday.\n```\n{FOOTER}\n```"  # code stays


def test_told_leaves_other_layers_reasons_alone() -> None:
    removal = Removal("Follow us", "follow", "social", "a follow-us prompt")
    assert told(removal, "lsm.lv", count_repeated(_docs(4, "Follow us"))) == "a follow-us prompt"


def test_document_lines_skip_code_and_read_html_blocks() -> None:
    assert document_lines(_doc(f"One.\n```\nx = 1\n```\n{FOOTER}")) == ["One.", FOOTER]
    html = _doc(f"<div><p>One.</p><p>{FOOTER}</p></div>", Format.HTML)
    assert document_lines(html) == ["One.", FOOTER]
    assert document_source(html) == "eng.lsm.lv"
    assert repeatable_lines(html) == lines_of("eng.lsm.lv", ["One.", FOOTER])
