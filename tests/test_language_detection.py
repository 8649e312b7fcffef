"""A document without ``lang`` gets its language from its text; a stated one always wins."""

from __future__ import annotations

from datetime import UTC, datetime

from site_builder.article.document import clean_and_build
from site_builder.cleaning.language import detect_language
from site_builder.core.config import load_config
from site_builder.core.model import FileDates
from site_builder.source.loader import load_document
from tests.conftest import MakeSite

LATVIAN = (
    "Rīgas domes deputāti otrdien apstiprināja jauno budžetu, kas paredz lielākus izdevumus "
    "izglītībai un veselības aprūpei nākamajā gadā, kā arī jaunu tramvaja līniju.\n"
    "Latviešu junk\n"
)
DATES = FileDates(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
SITE = (
    'title = "Test"\nbase_url = "https://t.example/"\nlanguage = "en"\n'
    '[cleaning.languages.lv]\ndrop = ["^Latviešu junk$"]\n'
)


def _article_lang(make_site: MakeSite, text: str, name: str = "a.md") -> tuple[str, str]:
    root = make_site({"site.toml": SITE, f"content/{name}": text})
    config, _ = load_config(root)
    doc = load_document(root / "content" / name, config, DATES)
    built = clean_and_build(doc, config)
    return built.article.lang, built.body.text


def test_detects_languages_from_text() -> None:
    assert detect_language(LATVIAN) == "lv"
    german = (
        "Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen, das die Heizkosten "
        "für Familien mit kleinen Einkommen deutlich senken soll."
    )
    assert detect_language(german) == "de"


def test_too_short_a_text_is_not_guessed() -> None:
    assert detect_language("Text.") is None


def test_document_without_lang_follows_its_text_in_page_and_cleaning(
    make_site: MakeSite,
) -> None:
    lang, text = _article_lang(make_site, f"---\ntitle: Budžets\ndate: 2026-01-01\n---\n{LATVIAN}")
    assert lang == "lv"
    assert "Latviešu junk" not in text  # the site's Latvian cleaning patterns applied


def test_front_matter_lang_wins(make_site: MakeSite) -> None:
    lang, text = _article_lang(
        make_site, f"---\ntitle: Budžets\ndate: 2026-01-01\nlang: en\n---\n{LATVIAN}"
    )
    assert lang == "en"
    assert "Latviešu junk" in text


def test_short_document_keeps_the_site_language(make_site: MakeSite) -> None:
    lang, _ = _article_lang(make_site, "---\ntitle: A\ndate: 2026-01-01\n---\nText.\n")
    assert lang == "en"
