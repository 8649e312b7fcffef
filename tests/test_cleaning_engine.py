"""The cleaning engine on the seeds and on each input format."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.cleaning.engine import clean_document, document_rules
from site_builder.cleaning.matcher import build_ruleset
from site_builder.core.config import parse_config
from site_builder.core.errors import ConfigError
from site_builder.core.model import CleanDocument, Format, Metadata, SourceDocument
from tests.conftest import SEEDS

BOILERPLATE = ("Focus Keyword", "Read also:", "Seko mums")


def _clean(text: str, fmt: Format = Format.TEXT, **site: tuple[str, ...]) -> CleanDocument:
    doc = SourceDocument(Path("x"), "x", fmt, text, 1, Metadata())
    return clean_document(doc, build_ruleset(site.get("drop", ()), site.get("keep", ())))


def test_seed_000_focus_keyword_suffix_becomes_metadata() -> None:
    clean = _clean(SEEDS["000"].read_text(encoding="utf-8"))
    assert "Focus Keyword" not in clean.body
    assert clean.body.split("\n")[0].endswith("a path toward peace.")
    assert clean.keywords == ("Ukraine peace talks",)
    [removal] = clean.removals
    assert (removal.category, removal.line) == ("seo", 1)


def test_seed_001_read_also_and_latvian_follow_line_removed() -> None:
    clean = _clean(SEEDS["001"].read_text(encoding="utf-8"))
    for text in BOILERPLATE:
        assert text not in clean.body
    assert {(r.category, r.line) for r in clean.removals} == {("related", 14), ("social", 15)}
    assert "wrote on the Telegram that the enemy" in clean.body


def test_every_removal_is_explained() -> None:
    clean = _clean(SEEDS["001"].read_text(encoding="utf-8"))
    for removal in clean.removals:
        assert removal.reason and removal.category and removal.text


def test_markdown_link_line_and_code_blocks() -> None:
    text = "Para.\n\n[Read also: Other story](https://x.example/a)\n\n```\nFollow us on X\n```\n"
    clean = _clean(text, Format.MARKDOWN)
    assert "Other story" not in clean.body
    assert "Follow us on X" in clean.body  # code is quoted material, never cleaned


def test_html_elements_removed() -> None:
    html = "<p>Real news.</p><p>Follow us on Facebook!</p><ul><li>Share this article</li></ul>"
    clean = _clean(html, Format.HTML)
    assert "Real news." in clean.body
    assert "Facebook" not in clean.body and "Share" not in clean.body
    assert len(clean.removals) == 2


def test_site_keep_pattern_wins_and_site_drop_pattern_applies() -> None:
    text = "Follow us on Facebook!\nBrought to you by ACME.\nReal sentence."
    clean = _clean(text, keep=(r"^follow us on facebook",), drop=(r"brought to you by .*",))
    assert "Follow us on Facebook!" in clean.body
    assert "ACME" not in clean.body
    assert clean.removals[0].rule == "site-drop-1"


def test_site_patterns_per_language_and_source(tmp_path: Path) -> None:
    config = parse_config(
        tmp_path,
        {
            "cleaning": {
                "drop": ["^Global junk$"],
                "languages": {"lv": {"drop": ["^Latviešu junk$"]}},
                "sources": {"lsm.lv": {"drop": ["^LSM junk$"], "keep": ["^Follow us on Facebook"]}},
            }
        },
        tmp_path / "site.toml",
    )
    text = "Global junk\nLatviešu junk\nLSM junk\nFollow us on Facebook!\nReal news."

    def cleaned(lang: str | None = None, original_url: str | None = None) -> str:
        meta = Metadata(lang=lang, original_url=original_url)
        doc = SourceDocument(Path("x"), "x", Format.TEXT, text, 1, meta)
        return clean_document(doc, document_rules(doc, config.cleaning, "en")).body

    assert cleaned() == "Latviešu junk\nLSM junk\nReal news."
    assert cleaned(lang="lv") == "LSM junk\nReal news."
    assert cleaned(original_url="https://eng.lsm.lv/article/1") == (
        "Latviešu junk\nFollow us on Facebook!\nReal news."
    )


def test_invalid_site_pattern_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="invalid regular expression"):
        parse_config(tmp_path, {"cleaning": {"drop": ["(unclosed"]}}, tmp_path / "site.toml")


def test_a_long_paragraph_is_never_a_whole_line_prompt() -> None:
    """Built-in line rules skip paragraphs longer than any prompt; suffix rules still run."""
    long_para = "Follow us on Facebook! " + "Real reporting continues here. " * 20
    assert _clean(long_para).removals == ()
    with_suffix = "Real reporting continues here. " * 20 + "Focus Keyword: grid"
    assert [r.category for r in _clean(with_suffix).removals] == ["seo"]
    site_rule = _clean(long_para, drop=(r"^Follow us on Facebook! .*",))
    assert [r.rule for r in site_rule.removals] == ["site-drop-1"]  # site rules always run


def test_a_line_that_is_one_link_to_the_address_it_shows_stays() -> None:
    """An embed converted from a shortcode (<https://vimeo.com/1>) is the author's link."""
    rules = build_ruleset()
    for line in ("<https://vimeo.com/55073825>", "[https://x.example/a/b](https://x.example/a/b)"):
        assert rules.match(line) is None, line
    assert rules.match("https://www.dailyherald.example/news/2025/03/14/flood") is not None


def test_a_plain_text_headline_is_never_removed_by_a_guess() -> None:
    """The classifier's guess never removes a plain-text document's headline (its first
    line, a blank line after it); the same line in the body goes, and rules still apply."""
    line = "<script>/*</script><script>*/fetch(`/x?id=p4`)</script>"
    lead = "The council met on Monday to discuss the budget for the winter."
    in_body = _clean(f"{lead}\n\n{line}\n")
    assert [r.layer for r in in_body.removals] == ["classifier"]
    as_headline = _clean(f"{line}\n\n{lead}\n")
    assert as_headline.removals == () and as_headline.body.startswith(line)
    after_blank = _clean(f"\n\n{line}\n\n{lead}\n")  # as article.plaintext reads it
    assert after_blank.removals == ()
    not_a_title = _clean(f"{line}\n{lead}\n")  # no blank line after it: no headline
    assert [r.layer for r in not_a_title.removals] == ["classifier"]
    by_rule = _clean(f"Follow us on Facebook\n\n{lead}\n")
    assert [r.category for r in by_rule.removals] == ["social"]
    titled = SourceDocument(
        Path("x"), "x", Format.TEXT, f"{line}\n\n{lead}\n", 1, Metadata(title="T")
    )
    assert [r.layer for r in clean_document(titled, build_ruleset()).removals] == ["classifier"]


CAPTION = "The new bridge is expected to open in 2026. Photo: *City Council* handout"


def test_a_caption_with_its_credit_goes_where_no_image_is_shown() -> None:
    clean = _clean(f"The council met on Monday.\n\n{CAPTION}\n\nWork was delayed.")
    assert "bridge" not in clean.body
    assert clean.credits == ("City Council handout",)
    assert [r.rule for r in clean.removals] == ["credit-caption"]


@pytest.mark.parametrize(
    "image",
    ["![The bridge](bridge.jpg)", "[![The bridge](small.jpg)](big.jpg)", '<img src="b.jpg">'],
)
def test_under_an_image_only_the_credit_goes_and_the_caption_stays(image: str) -> None:
    clean = _clean(f"The council met.\n\n{image}\n\n{CAPTION}\n\nWork.", Format.MARKDOWN)
    assert "The new bridge is expected to open in 2026.\n" in clean.body
    assert "Photo" not in clean.body and "handout" not in clean.body
    assert clean.credits == ("City Council handout",)
    [removal] = clean.removals
    assert removal.text == "Photo: City Council handout"


def test_an_emphasised_caption_stays_emphasised_when_its_credit_goes() -> None:
    caption = "*The new bridge is expected to open in 2026. Photo: City Council handout*"
    clean = _clean(f"The council met.\n\n![The bridge](b.jpg)\n{caption}\n\nWork.", Format.MARKDOWN)
    assert "\n*The new bridge is expected to open in 2026.*\n" in clean.body
    assert clean.credits == ("City Council handout",)


def test_an_html_figcaption_keeps_its_caption() -> None:
    html = (
        '<p>The council met.</p><figure><img src="b.jpg"><figcaption>The new bridge is'
        " expected to open in 2026. Photo: City Council</figcaption></figure>"
    )
    clean = _clean(html, Format.HTML)
    assert "<figcaption>The new bridge is expected to open in 2026.</figcaption>" in clean.body
    assert clean.credits == ("City Council",)
