"""The default theme speaks every language the cleaner knows; sites override single strings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup

from site_builder.render.i18n import LANGUAGES, catalogue_path
from site_builder.render.theme import default_theme_dir
from tests.conftest import MakeSite, build_root

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _template_strings() -> set[str]:
    found = extract_from_dir(
        str(default_theme_dir()),
        method_map=[("**.html", "jinja2")],
        options_map={"**.html": {"extensions": "jinja2.ext.i18n"}},
    )
    return {message for _, _, message, _, _ in found if isinstance(message, str)}


def _catalogue(lang: str) -> dict[str, str]:
    with catalogue_path(default_theme_dir(), lang).open("rb") as po:
        return {m.id: str(m.string) for m in read_po(po) if m.id and isinstance(m.id, str)}


def test_the_templates_use_strings_and_every_language_has_a_catalogue() -> None:
    strings = _template_strings()
    assert {"Latest", "Topics", "Related coverage", "Older: %(title)s →"} <= strings
    assert all(catalogue_path(default_theme_dir(), lang).is_file() for lang in LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_string_is_translated_with_its_placeholders(lang: str) -> None:
    catalogue = _catalogue(lang)
    for message in _template_strings():
        translated = catalogue.get(message)
        assert translated, f"{lang}: no translation of {message!r}"
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(message))


def test_translations_are_not_english_copies() -> None:
    # Some words are the same in two languages ("Feed", "Archiv"): most must differ.
    english = _catalogue("en")
    for lang in LANGUAGES[1:]:
        catalogue = _catalogue(lang)
        same = [m for m in english if catalogue[m] == m]
        assert len(same) <= 4, f"{lang} leaves {same} in English"


ARTICLE = (
    "---\ntitle: Свет вернулся в Днепр\ndate: 2026-01-05T10:00:00Z\ntags: [Энергетика]\n"
    "author: Анна Петрова\n---\nЭнергетики восстановили подачу света.\n"
)


def _chrome_text(html: bytes) -> str:
    """The page's visible text outside the article itself (the theme's strings)."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.select("article .body, .article-list, .headlines, h1, title"):
        tag.decompose()
    return soup.get_text(" ")


def test_a_russian_site_shows_no_english_theme_string(make_site: MakeSite) -> None:
    root = make_site(
        {
            "site.toml": 'title = "Вести"\nbase_url = "https://t.example/"\nlanguage = "ru"\n',
            "content/a.md": ARTICLE,
            "content/b.md": ARTICLE.replace("Днепр", "Харьков").replace("05T", "06T"),
        }
    )
    _, result = build_root(root)
    english = {w for m in _template_strings() for w in re.findall(r"[A-Za-z]{4,}", m)}
    pages = [p for p in result.files if p.endswith(".html")]
    assert len(pages) >= 8
    for page in pages:
        words = set(re.findall(r"[A-Za-z]{4,}", _chrome_text(result.files[page])))
        # JSON Feed is a product name, as are RSS and Atom; the rest is the theme's.
        assert not (words & english) - {"Feed", "JSON", "Atom"}, (page, words & english)
    home = result.files["index.html"].decode()
    assert "Свежее" in home and "Последние новости" in home and 'lang="ru"' in home
    article = next(result.files[p].decode() for p in pages if p.startswith("svet"))
    assert "Впервые" not in article and "Темы" in article


def test_a_site_theme_overrides_single_strings(make_site: MakeSite) -> None:
    override = 'msgid ""\nmsgstr ""\n"Language: ru\\n"\n\nmsgid "Latest"\nmsgstr "Главное"\n'
    root = make_site(
        {
            "site.toml": 'title = "Вести"\nbase_url = "https://t.example/"\nlanguage = "ru"\n'
            'theme_dir = "theme"\n',
            "theme/locale/ru/LC_MESSAGES/messages.po": override,
            "content/a.md": ARTICLE,
        }
    )
    _, result = build_root(root)
    home = result.files["index.html"].decode()
    assert ">Главное<" in home and ">Свежее<" not in home
    assert "Последние новости" in home  # strings the site does not override stay


def test_a_multilingual_site_has_language_homes_switchers_and_hreflang(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/ru.md": ARTICLE.replace(
                "---\ntitle", "---\nlang: ru\ntranslationKey: t1\ntitle"
            ),
            "content/en.md": "---\ntitle: Power is back in Dnipro\nlang: en\ntranslationKey: t1\n"
            "date: 2026-01-05T11:00:00Z\n---\nEngineers restored power.\n",
            "content/lv.md": "---\ntitle: Elektrība atgriezusies\nlang: lv\n"
            "date: 2026-01-04T11:00:00Z\n---\nInženieri atjaunoja.\n",
        }
    )
    _, result = build_root(root)
    for lang, latest in (("ru", "Свежее"), ("lv", "Jaunākās"), ("en", "Latest")):
        home = BeautifulSoup(result.files[f"lang/{lang}/index.html"], "html.parser")
        assert home.html is not None and home.html["lang"] == lang
        assert latest in home.get_text()
        links = {a["hreflang"]: a["href"] for a in home.select("nav.languages a")}
        assert links == {"en": "/lang/en/", "lv": "/lang/lv/", "ru": "/lang/ru/"}
        alternates = {x["hreflang"]: x["href"] for x in home.select("link[hreflang]")}
        assert alternates["x-default"] == "https://t.example/"
        assert alternates[lang] == f"https://t.example/lang/{lang}/"
    article = BeautifulSoup(result.files["svet-vernulsia-v-dnepr/index.html"], "html.parser")
    switch = article.select(".translations a")
    assert [(a["hreflang"], a["href"]) for a in switch] == [
        ("en", "https://t.example/power-is-back-in-dnipro/")
    ]
    assert article.select_one("link[hreflang=en]") is not None


def test_catalogue_files_are_in_the_default_theme() -> None:
    assert Path(catalogue_path(default_theme_dir(), "uk")).read_text("utf-8").count("msgid") > 30
