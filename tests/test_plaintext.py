"""Structure recovery of plain text, on the seeds and on small cases."""

from __future__ import annotations

from site_builder.article.plaintext import blocks_to_html, derive_title, parse_text
from tests.conftest import SEEDS


def test_seed_001_title_line_is_the_title_and_not_body() -> None:
    structure = parse_text(SEEDS["001"].read_text(encoding="utf-8"))
    assert structure.title is not None
    assert structure.title.startswith("Talks in Paris on ending the war")
    assert all(structure.title not in b.text for b in structure.blocks)


def test_seed_000_has_no_title_line() -> None:
    structure = parse_text(SEEDS["000"].read_text(encoding="utf-8"))
    assert structure.title is None


def test_derived_title_is_a_clause_not_a_paragraph() -> None:
    lead = SEEDS["000"].read_text(encoding="utf-8").split("\n")[0]
    title = derive_title(lead)
    expected = "Ukraine is confronting intensified Russian attacks on its energy infrastructure"
    assert title == expected
    assert "Focus Keyword" not in title


def test_long_sentence_without_breaks_is_cut_at_a_word() -> None:
    title = derive_title("word " * 60 + "end.")
    assert len(title) <= 112 and title.endswith("…")


def test_subheadings_found_in_seed_000() -> None:
    structure = parse_text(SEEDS["000"].read_text(encoding="utf-8"))
    headings = [b.text for b in structure.blocks if b.kind == "h2"]
    assert headings == [
        "Blackouts Deepen Winter Hardship",
        "Paris Talks: Progress and Persistent Challenges",
        "Security Guarantees and Military Presence",
        "Territorial Dispute Remains Sticking Point",
        "War Continues as Diplomacy Advances",
    ]


def test_broken_ukrenergo_quote_reads_as_one_passage() -> None:
    structure = parse_text(SEEDS["001"].read_text(encoding="utf-8"))
    html = blocks_to_html(structure.blocks)
    para = next(b for b in structure.blocks if "Ukrenergo" in b.text)
    assert para.kind == "p"
    assert "restoration in the hardest-hit regions" in para.text
    assert "with the main task being" in para.text
    assert (
        "has said that <q>power supply restoration in the hardest-hit regions will begin "
        "as soon as the security situation allows</q>, with the main task"
    ) in html


def test_fragment_lines_are_not_mistaken_for_headings() -> None:
    structure = parse_text(SEEDS["001"].read_text(encoding="utf-8"))
    headings = [b.text for b in structure.blocks if b.kind == "h2"]
    # Only the (uncleaned) "Read also" link line looks like a heading; no quote fragment does.
    assert [h for h in headings if not h.startswith("Read also")] == []


def test_nbsp_and_double_spaces_are_normalised() -> None:
    structure = parse_text("Title here\n\nOne\u00a0two  three.\u202fFour.\n")
    assert structure.blocks[0].text == "One two three. Four."


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = "Headline\n\nThis paragraph was wrapped\nby an editor at a short width.\n\nSecond one.\n"
    structure = parse_text(text)
    assert [b.text for b in structure.blocks] == [
        "This paragraph was wrapped by an editor at a short width.",
        "Second one.",
    ]


def test_html_in_text_is_escaped() -> None:
    html = blocks_to_html(parse_text("T\n\nA <script>alert(1)</script> & b.\n").blocks)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
