"""Focused tests of the boilerplate rules: the seed documents, tricky look-alikes, captures,
the shape of the rule table, and speed (no catastrophic backtracking)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from site_builder.cleaning.matcher import build_ruleset, ruleset_for
from site_builder.cleaning.rules import ALL_LANGUAGES, RULES, Where
from site_builder.core.textnorm import normalize_line

CONTENT = Path(__file__).resolve().parent.parent / "content"
SEED_WITH_KEYWORD = CONTENT / "000_b659c5e0ad132ae6.txt"
SEED_WITH_PROMPTS = CONTENT / "001_ecbace57fbf98ec3.txt"
CATEGORIES = {
    "social",
    "share",
    "related",
    "seo",
    "newsletter",
    "advert",
    "cookie",
    "comments",
    "credit",
    "paywall",
    "notice",
    "meta",
    "nav",
}
CAPTURES = {None, "keywords", "credit", "source", "author"}

# The three boilerplate pieces in the seed documents (everything else there is article text).
SEED_BOILERPLATE_STARTS = (
    "Focus Keyword:",
    "Read also:",
    "Seko mums",
)


def seed_lines() -> list[tuple[str, str]]:
    return [
        (path.name, line)
        for path in sorted(CONTENT.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


# --- the seed documents ----------------------------------------------------------------------


def test_focus_keyword_suffix_is_split_off_and_its_value_captured() -> None:
    first = SEED_WITH_KEYWORD.read_text(encoding="utf-8").splitlines()[0]
    match = build_ruleset().match(first)
    assert match is not None
    assert match.rule.category == "seo"
    assert match.rule.capture == "keywords"
    assert match.value == "Ukraine peace talks"
    assert match.text == "Focus Keyword: Ukraine peace talks"
    kept = normalize_line(first)[: match.start].rstrip()
    assert kept.endswith("a path toward peace.")
    assert kept.startswith("Ukraine is confronting intensified Russian attacks")


def test_latvian_follow_us_line_with_non_breaking_spaces() -> None:
    line = "Seko mums arī\u00a0Facebook,\u00a0Draugiem\u00a0un\u00a0X!"
    assert line in SEED_WITH_PROMPTS.read_text(encoding="utf-8")
    match = build_ruleset().match(line)
    assert match is not None
    assert match.rule.category == "social"
    assert match.start == 0


def test_read_also_line_from_seed() -> None:
    line = "Read also: US pledges support for security guarantees for Ukraine in Paris"
    match = build_ruleset().match(line)
    assert match is not None
    assert match.rule.category == "related"
    assert match.start == 0


@pytest.mark.parametrize(
    "line",
    [
        "Ukrainian Prime Minister Yulia Svyrydenko\u00a0wrote on the Telegram that the enemy is "
        "attacking energy infrastructure every day, and that workers in the sector are working "
        "in particularly extreme conditions to keep people warm and well-lit.",
        "Zelensky wrote on Telegram that Ukraine had received new air defence systems.",
        "The ministry said on Telegram that 40 drones had been shot down overnight.",
    ],
)
def test_sentences_mentioning_telegram_stay(line: str) -> None:
    assert build_ruleset().match(line) is None


def test_every_other_seed_line_is_article_text() -> None:
    ruleset = build_ruleset()
    checked = 0
    for name, line in seed_lines():
        if line.startswith(SEED_BOILERPLATE_STARTS) or "Focus Keyword:" in line:
            continue
        checked += 1
        match = ruleset.match(line)
        assert match is None, f"{name}: {line[:80]!r} dropped by {match.rule.name}"
    assert checked >= 20


def test_seed_boilerplate_is_exactly_three_pieces() -> None:
    ruleset = build_ruleset()
    found = [
        (name, m.rule.category)
        for name, line in seed_lines()
        if (m := ruleset.match(line)) is not None
    ]
    assert sorted(found) == sorted(
        [
            (SEED_WITH_KEYWORD.name, "seo"),
            (SEED_WITH_PROMPTS.name, "related"),
            (SEED_WITH_PROMPTS.name, "social"),
        ]
    )


# --- Markdown, emoji, odd spaces -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "category"),
    [
        (
            "[Read also: Baltic states agree on joint air defence plan](https://eng.lsm.lv/a/1)",
            "related",
        ),
        ("**Follow us on X**", "social"),
        ("> **Lasi arī:** [Saeima atbalsta grozījumus](https://www.lsm.lv/raksts/1)", "related"),
        ("👉 Subscribe to our Telegram channel", "social"),
        ("📲 Підписуйтеся на нас у Telegram 👇", "social"),
        ("- Share this:", "share"),
        ("Mots-clés\u202f: Ukraine, Russie", "seo"),
        ("Seko\u00a0mums\u00a0Telegram!", "social"),
        ("Follow\u200b us on Telegram", "social"),
        ("– Advertisement –", "advert"),
        ("Publicado em 14/03/2025 - 09:41 | Atualizado há 2 horas", "meta"),
        ("Posted on Tuesday at 9:41 a.m. ET", "meta"),
        ("Aktualisiert am 14.03.2024 um 08:15 Uhr", "meta"),
    ],
)
def test_decorated_prompts(line: str, category: str) -> None:
    match = build_ruleset().match(line)
    assert match is not None, line
    assert match.rule.category == category


# --- look-alikes that must stay ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money",
        "Share prices fall",
        "Teilen der Bevölkerung fehlt es an Strom.",
        '"Follow us on Telegram!" the ministry urged residents.',
        "«Подписывайтесь на наш канал», – написал губернатор.",
        "Follow us, the officer shouted.",
        "The advertisement was banned by regulators.",
        "Subscribers will pay more from March, Netflix said.",
        "Read more than the headlines, the teacher told her students.",
        "Related charges were dropped.",
        "Photo evidence presented in court showed the suspect.",
        "Tags on the suitcases led police to the suspects.",
        # A timestamp's label opening a sentence: the words after the year are not a date.
        "Published in 2005, the novel sold two million copies.",
        "Updated 2019, the law now covers renters.",
        "Veröffentlicht 1998, wurde das Album ein Erfolg.",
    ],
)
def test_look_alikes_stay(line: str) -> None:
    match = build_ruleset().match(line)
    assert match is None, f"{line!r} dropped by {match.rule.name if match else ''}"


@pytest.mark.parametrize(
    "line",
    [
        # Headline-style "Source: <clause>" lines are news, not source credits.
        "Источник: в Кремле обсуждают отставку министра обороны",
        "Джерело: Кремль готує нову хвилю мобілізації",
        "Quelle: Regierung plant Milliardenhilfen für die Industrie",
        "Source : le gouvernement prépare un remaniement",
        "Źródło: rząd szykuje zmiany w podatkach",
        "Source: Kremlin considers reshuffle of defence ministry",
        # Photo captions are not credits.
        "Фото: как выглядит Днепр после удара",
        "Foto: kā Rīga izskatījās pirms simt gadiem",
        "Photo: Zelensky visits front-line troops near Pokrovsk",
        "Bild: Kanzler plant Treffen mit Selenskyj",
        # A caption's credit follows a sentence's end, and is names and agencies only.
        "Sie zeigte ihm das Foto: Peter Müller mit seiner Frau.",
        "Der Minister (Foto: links) sagte am Montag, er trete zurück.",
        "Il a pris la photo. Photo prise par un amateur, elle a fait le tour du monde.",
        "Die Polizei sucht Zeugen. Foto: Wer kennt diesen Mann?",
        "The museum bought the picture in 1990. Photo: a gift that changed its collection.",
        "Le maire a publié une photo. Photo : le pont s'est effondré dans la nuit.",
        "Suspect was seen at the station, police said. Photo: CCTV released by police",
        # Legal enumerations and rights in sentences.
        "(c) the parties shall notify the commission within 30 days;",
        "All rights to the footage were sold to a US broadcaster.",
        "Все права человека должны соблюдаться, заявил омбудсмен.",
    ],
)
def test_credit_rules_need_a_credit(line: str) -> None:
    match = build_ruleset().match(line)
    assert match is None, f"{line!r} dropped by {match.rule.name if match else ''}"


# --- captured values -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "capture", "value"),
    [
        ("Tags: Ukraine, Russia, energy", "keywords", "Ukraine, Russia, energy"),
        ("Ключевые слова: энергетика, удары, блэкаут", "keywords", "энергетика, удары, блэкаут"),
        (
            "The talks ended late. Keywords: Paris talks, ceasefire",
            "keywords",
            "Paris talks, ceasefire",
        ),
        ("Photo: Reuters/Gleb Garanich", "credit", "Reuters/Gleb Garanich"),
        ("Foto: LETA", "credit", "LETA"),
        ("Фото: прес-служба Офісу президента", "credit", "прес-служба Офісу президента"),
        ("Fot. PAP/Leszek Szymański", "credit", "PAP/Leszek Szymański"),
        ("(Photo: AFP)", "credit", "AFP"),
        (
            "Firefighters at the scene on Main Street on Tuesday. Photo: Mark Evans",
            "credit",
            "Mark Evans",
        ),
        ("Die neue Brücke soll 2026 fertig sein. © Stadt Regensburg", "credit", "Stadt Regensburg"),
        (
            "Protesters outside parliament. (Photo by Carl Court/Getty Images)",
            "credit",
            "Carl Court/Getty Images",
        ),
        ("De Maas bij Venlo staat hoog (foto: Belga)", "credit", "Belga"),
        (
            "Manifestants devant l'Assemblée. (Photo Thomas Samson/AFP)",
            "credit",
            "Thomas Samson/AFP",
        ),
        ("Source: LSM", "source", "LSM"),
        ("Avots: lsm.lv", "source", "lsm.lv"),
        ("Источник: ТАСС", "source", "ТАСС"),
        ("Quelle: dpa", "source", "dpa"),
        ("© 2026 Reuters. All rights reserved.", "credit", "© 2026 Reuters. All rights reserved."),
        (
            "(Reporting by Pavel Polityuk; Editing by Alex Richardson)",
            "credit",
            "Reporting by Pavel Polityuk; Editing by Alex Richardson",
        ),
    ],
)
def test_captured_values(line: str, capture: str, value: str) -> None:
    match = build_ruleset().match(line)
    assert match is not None, line
    assert match.rule.capture == capture
    assert match.value == value


def test_suffix_rule_needs_a_sentence_end_before_it() -> None:
    # "Tags:" in the middle of a clause is not a trailing SEO block (the rules' shape; the
    # classifier reads this made-up line as a tag list, 0.99, since session 12).
    assert build_ruleset(classifier=False).match("He removed the Tags: Ukraine, Russia") is None


# --- the rule table --------------------------------------------------------------------------


def test_rule_table_is_well_formed() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names)), "rule names must be unique"
    for rule in RULES:
        assert rule.category in CATEGORIES, rule.name
        assert rule.reason.strip(), rule.name
        assert rule.languages, rule.name
        assert all(lang == "*" or lang in ALL_LANGUAGES for lang in rule.languages), rule.name
        assert rule.capture in CAPTURES, rule.name
        assert not re.search(r"\{[A-Z][A-Z_]*\}", rule.pattern), f"{rule.name}: placeholder"
        compiled = re.compile(rule.pattern, re.IGNORECASE)
        if rule.capture is not None:
            assert "value" in compiled.groupindex, f"{rule.name}: capture needs (?P<value>)"
        if rule.category == "credit":
            assert rule.capture in {"credit", "source", "author"}, rule.name


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_language_has_a_rule_for_every_category(lang: str) -> None:
    covered = {r.category for r in RULES if lang in r.languages or "*" in r.languages}
    assert covered == CATEGORIES, sorted(CATEGORIES - covered)


def test_suffix_rules_are_few() -> None:
    """Suffix rules are searched at every sentence end; each costs time on every line."""
    assert sum(1 for r in RULES if r.where is Where.SUFFIX) <= 2


# --- speed -----------------------------------------------------------------------------------


def test_a_5kb_article_is_matched_quickly() -> None:
    lines = SEED_WITH_KEYWORD.read_text(encoding="utf-8").splitlines()
    assert sum(len(line) for line in lines) >= 4500
    ruleset = build_ruleset()
    best = min(_timed(lambda: [ruleset.match(line) for line in lines]) for _ in range(5))
    # About 0.8 ms on a developer laptop; the bound leaves room for slow CI machines.
    assert best < 0.010, f"{best * 1000:.2f} ms for a 5 KB article"


ADVERSARIAL = [
    "Follow us on " + "Facebook, " * 400 + "and?!x",
    "Seko mums arī " + "Facebook un " * 400 + "x x",
    "Tags: " + "a b c d e f, " * 500 + ".x",
    "A sentence. Keywords: " + "word " * 2000 + ";",
    "Foto: " + "Aa " * 2000 + "x",
    "A caption. " * 30 + "Foto: " + "Aa " * 2000 + "x",
    "x. " * 3000 + "Photo: Aa",
    "Фото: пресс-служба " + "а " * 2000 + "б",
    "Source: " + "Aa-bb." * 1500 + " x",
    "Read also: " + "x" * 10000,
    "We use cookies " + "a" * 10000 + '"',
    "Share " * 2000,
    ". " * 5000,
    "Reporting by " + "a; editing by " * 500,
    "Лайк. " * 2000 + "Теги: " + "a, " * 2000,
]


@pytest.mark.parametrize("line", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_no_catastrophic_backtracking(line: str) -> None:
    ruleset = build_ruleset()
    elapsed = _timed(lambda: ruleset.match(line))
    assert elapsed < 0.1, f"{elapsed:.3f} s on a {len(line)}-character line"


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


# Real news lines that open with the words of a notice, a navigation link or a byline
# (collected by a review of session 12's rules, which removed them): the whole cleaner,
# rules and classifier, keeps every one.
OPENING_WORD_LOOK_ALIKES = (
    "The project is funded by the World Bank. Construction is due to start in May.",
    "El proyecto está financiado por la Unión Europea. Las obras comenzarán en mayo.",
    "Проект финансируется Евросоюзом. Строительство начнётся весной.",
    "Projektu finansē Eiropas Savienība. Būvdarbi sāksies maijā.",
    "Translated from Ukrainian. The novel won the prize in 2023.",
    "Le opinioni espresse sono state molto diverse durante il dibattito in aula.",
    "Opinie wyrażone w tekście nie spodobały się ministrowi, który zażądał sprostowania.",
    "De mening van de schrijver is niet veranderd door de kritiek.",
    "Der Text wurde automatisch übersetzt und enthielt deshalb zahlreiche Fehler.",
    "Sie haben sich registriert und warten nun seit Monaten auf einen Termin beim Amt.",
    "You have signed up for the Dry January challenge - here is how to stick to it.",
    "Subir los impuestos ahora sería un error para la economía española.",
    "Haut de page, la Bourse de Paris a terminé en hausse de 2 %.",
    "Nach oben korrigiert wurde auch die Prognose für das kommende Jahr.",
    "Editor Harold Evans, Who Exposed Thalidomide Scandal, Dies at 92",
    "By Monday Morning, Ukraine Had Lost Three Towns",
    "By March, Prices Had Doubled",
    "Jamal Khashoggi, columnist for The Washington Post",
)


@pytest.mark.parametrize("line", OPENING_WORD_LOOK_ALIKES)
def test_real_lines_that_open_like_furniture_stay(line: str) -> None:
    assert build_ruleset().match(line) is None


@pytest.mark.parametrize("line", ["Nach oben", "Zurück nach oben ↑", "By Jan Kowalski"])
def test_the_furniture_they_look_like_still_goes(line: str) -> None:
    assert build_ruleset(classifier=False).match(line) is not None


# Real lines that the session-13 rules for page tools, topics, relative timestamps, pagers,
# agency tags and addresses first removed (collected by a review of those rules; dialogue,
# subheadings, listings and fact boxes): the rules keep every one.
SHORT_LINE_LOOK_ALIKES = (
    "Menu",  # a restaurant review's subheading
    "Recherche",
    "Búsqueda",
    "Поиск",
    "Close!",
    "— Zamknij!",
    "— Только что.",
    "— Назад…",
    "Avanti…",
    "Thema: Pflege im Alter",
    "Тема: пенсионная реформа",
    "Сюжет",
    "1. Tag",
    "Heute um 20.15 Uhr",
    "Hoy a las 20:00",
    "A week ago",
    "Vor einer Woche",
    "Bloomberg",
    "Página/12",
    "https://www.samaritans.org",
    "Torna su il prezzo della benzina: 1,92 euro al litro la verde self.",
    "Stand: PSV 71, Feyenoord 64, Twente 58.",
    "Ziedot.lv pērn savāca rekordlielu summu — 9,4 miljonus eiro.",
)


@pytest.mark.parametrize("line", SHORT_LINE_LOOK_ALIKES)
def test_short_real_lines_that_look_like_page_furniture_stay(line: str) -> None:
    assert build_ruleset(classifier=False).match(line) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Font size A A A", "page-tool"),
        ("Load more", "page-tool"),
        ("1,234 views", "view-counter"),
        ("👁 5,6 Tsd.", "view-counter"),
        ("(dpa/AFP)", "credit-agency-tag"),
        ("APA/red", "credit-agency-tag"),
        ("Page 2 of 5", "pager"),
        ("« Previous 1 2 3 4 Next »", "pager"),
        ("vor 3 Stunden", "timestamp-relative"),
        ("Vandaag, 09:12", "timestamp-relative"),
        ("Filed under: Politics, Local elections 2024", "tags-line"),
        ("#Kommunalwahl #Dresden", "tags-hashtags"),
        ("14.03.2024, 08:15 Uhr", "timestamp-bare"),
        ("11/20/2019 01:14 PM", "timestamp-bare"),
    ],
)
def test_the_page_furniture_they_look_like_still_goes(line: str, rule: str) -> None:
    found = build_ruleset(classifier=False).match(line)
    assert found is not None and found.rule.name == rule


@pytest.mark.parametrize(
    "line",
    [
        "Última modificación: 02.05.2025 - 09:10 h",
        "Publié le 12 février 2025 à 07h45 Modifié le 12 février 2025 à 09h00",
        "Pubblicato il 12/02/2025 alle 07:45 — Ultimo aggiornamento: 09:00",
        "Ostatnia zmiana: 14.02.2025, 11:03",
        "Последнее изменение: 14 февраля 2025 г., 11:03 (МСК)",
        "Остання зміна: 14 лютого 2025 р.",
        "Do 13.02.2025 | 18:30 Uhr",
        "13/02/2025 às 18h30",
        "Paskutinį kartą redaguota: 2025-02-13 18:30",
        "Viimati muudetud: 13.02.2025",
        "13.02.2025 18:30 · Viimati uuendatud 19:02",
    ],
)
def test_timestamps_in_local_formats_go(line: str) -> None:
    match = build_ruleset().match(line)
    assert match is not None, line
    assert match.rule.name.startswith("timestamp-"), match.rule.name


@pytest.mark.parametrize(
    "line",
    [
        "Ostatnia zmiana przepisów weszła w życie w 2019 roku.",
        "Последнее изменение закона было в 2019 году.",
        "Le 6 janvier 2025 à 20h00, la police est arrivée.",
        "Do 13.02.2025 gilt die alte Regel.",
        "Publié le 12 février 2025, le rapport a fait scandale.",
    ],
)
def test_sentences_that_open_like_a_timestamp_stay(line: str) -> None:
    match = build_ruleset().match(line)
    assert match is None, f"{line!r} dropped by {match.rule.name if match else ''}"


# Kinds added in session 16 from the development lines the cleaner missed, each with the
# real lines that look like it (rule name prefix, or category for the per-language rules).
SESSION_16_BOILERPLATE = [
    ("cornwall holidays cheap cornwall beach cottages cornwall things to do", "seo-stuffing"),
    ("pisos en Valencia alquiler Valencia barato comprar piso Valencia", "seo-stuffing"),
    ("погода таллин сегодня погода эстония завтра погода на выходные", "seo-stuffing"),
    ("Correction: An earlier version of this article misstated the date.", "editorial-notice"),
    ("Anmerkung der Redaktion: In einer früheren Fassung stand ein falsches Datum.", "editorial"),
    ("Sprostowanie: w pierwotnej wersji tekstu błędnie podaliśmy nazwisko.", "editorial"),
    ("Toimetuse märkus: loo esialgset pealkirja on muudetud.", "editorial-notice"),
    ("Dieser Artikel ist älter als ein Jahr.", "article-age"),
    ("Cet article date de plus de deux ans.", "article-age"),
    ("Этой статье больше пяти лет. Некоторые сведения в ней могли устареть.", "article-age"),
    ("Comments are moderated and will appear once approved. Please keep it civil.", "comments"),
    ("Los comentarios están cerrados.", "comments-notice"),
    ("1 iš 18", "gallery-counter"),
    ("Nuotrauka 3/10", "gallery-counter"),
    ("Accept all", "cookie"),
    ("Tout accepter", "cookie"),
    ("Ustawienia prywatności", "cookie"),
    ("Sutinku", "cookie-consent-word"),
    ("Просмотров: 12 345", "view-counter-label"),
    ("Letto 3.512 volte", "view-counter-label"),
    ("In Kooperation mit Tourismus NRW", "advert-sponsor"),
    ("Спонсор рубрики — банк «Северный»", "advert-sponsor"),
    ("Реклама. ООО «Ромашка», ИНН 7701234567, erid: 2SDnjdL4xyz", "advert-marker"),
    ("Ouvrir dans l'application", "app-open"),
    ("Leggi anche ▸ Pensioni 2025, cosa cambia con la nuova legge di bilancio", "related"),
    ("Przeczytaj również ➤ Ceny prądu. Co z rachunkami po zniesieniu mrożenia?", "related"),
    ("Zum Thema: Hochwasser in Bayern – die Lage am Morgen", "related"),
    ("Раніше ми писали: Уряд змінив правила бронювання", "related"),
]
SESSION_16_LOOK_ALIKES = [
    # A figure of speech, the word three times in a row: a heading, not stuffing.
    "Location, location, location: the new rules for property buyers",
    # Prose repeats words too, with the function words prose is dense with.
    "The vote was close and the vote was fair, and the vote will stand",
    "Paris rose, Paris fell, and Paris rose again.",
    "The newspaper published a correction: it had misstated the date of the hearing.",
    "Die Korrektur des Haushalts: 40 Millionen Euro weniger für Straßen.",
    "Od redakcji odszedł w marcu zastępca naczelnego.",
    "Der Mietvertrag ist älter als zwei Jahre, sagt der Anwalt.",
    "Le bâtiment date de plus de deux siècles.",
    "Этому мосту более ста лет.",
    "The comments are closed to the public, the judge said.",
    "Los comentarios están cerrados al público desde el lunes, según el juez.",
    "Chelsea won 3 of 15 games.",
    "— Sutinku.",  # an answer in an interview
    "– Принять? Никогда.",
    "Accept all the risks, he said.",
    "Akkoord met het plan, zei de minister.",
    "In Zusammenarbeit mit der Polizei wurden zwei Männer festgenommen.",
    "In collaborazione con Enel, il Comune ha installato 40 colonnine.",
    "Read 2 books a month, the study says.",
    "Реклама в интернете выросла на 10 процентов.",
    "Zum Thema Hochwasser sagte der Minister nichts.",
    "Más información sobre el caso llegará el lunes, dijo el juez.",
]


@pytest.mark.parametrize(("line", "rule"), SESSION_16_BOILERPLATE)
def test_session_16_kinds_go(line: str, rule: str) -> None:
    match = build_ruleset(classifier=False).match(line)
    assert match is not None, line
    assert rule in (match.rule.category, match.rule.name) or match.rule.name.startswith(rule)


@pytest.mark.parametrize("line", SESSION_16_LOOK_ALIKES)
def test_real_lines_that_look_like_session_16_kinds_stay(line: str) -> None:
    match = build_ruleset(classifier=False).match(line)
    assert match is None, f"{line!r} dropped by {match.rule.name if match else ''}"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Propos recueillis par Nathalie Roux", "Nathalie Roux"),
        ("Parengė Eglė Stankevičiūtė", "Eglė Stankevičiūtė"),
        ("Oprac. Anna Nowak", "Anna Nowak"),
        ("Kristi Kallas, Postimehe ajakirjanik", "Kristi Kallas"),
        ("Carlos Méndez — Corresponsal en Bruselas", "Carlos Méndez"),
        ("Paolo Ferri · paolo.ferri@gazzettadelnord.it", "Paolo Ferri"),
    ],
)
def test_author_lines_go_and_name_the_author(line: str, name: str) -> None:
    match = build_ruleset(classifier=False).match(line)
    assert match is not None, line
    assert match.rule.category == "credit", match.rule.name
    assert match.value == name


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe, editor of the Herald, resigned.",
        "Parengė Vyriausybė naują planą.",
        "Anna Nowak, korespondentka „Rzeczpospolitej”, zadała pytanie.",
    ],
)
def test_sentences_that_open_with_a_name_and_a_role_stay(line: str) -> None:
    match = build_ruleset(classifier=False).match(line)
    assert match is None, f"{line!r} dropped by {match.rule.name if match else ''}"


# Session 17: a short line of one language's interface words alone, in any combination
# (languages/*.py ``ui_words`` and ``ui_glue``; the rule ``ui-label-<code>``).
UI_LABELS = [
    ("en", "Link copied!"),
    ("en", "Copy the link"),
    ("fr", "Envoyer par e-mail"),
    ("fr", "Lien copié !"),
    ("it", "Salva per dopo"),
    ("pl", "Skopiuj link"),
    ("de", "Schriftgröße vergrößern"),
    ("es", "Compartir por correo"),
    ("pt", "Guardar para depois"),
    ("nl", "Toon minder"),
    ("ru", "Читать позже"),
    ("et", "Loe hiljem"),
]
UI_LOOK_ALIKES = [
    ("en", "Share the load"),  # a word that is not the interface's
    ("en", "The report"),  # a subheading: "report" is no interface word here
    ("de", "Die Suche geht weiter"),
    ("en", "Print media lost readers"),
    ("de", "Drucken, sagte er."),
    ("fr", "« Partager », dit-il"),  # a quotation
    ("en", "— Close it!"),  # dialogue
    ("it", "La stampa"),  # the press, and a newspaper
    ("de", "15 – 30 Min"),  # a recipe's time: minutes alone are no label
    ("ru", "«Читать позже», — сказал он"),
    ("en", "Save to print later for the whole family"),  # longer than a label
]


@pytest.mark.parametrize(("lang", "line"), UI_LABELS)
def test_a_label_of_interface_words_goes(lang: str, line: str) -> None:
    match = ruleset_for(lang, classifier=False).match(line)
    assert match is not None and match.rule.name == f"ui-label-{lang}", line


@pytest.mark.parametrize(("lang", "line"), UI_LOOK_ALIKES)
def test_real_lines_made_of_some_interface_words_stay(lang: str, line: str) -> None:
    match = ruleset_for(lang, classifier=False).match(line)
    assert match is None, f"{line!r} dropped by {match.rule.name if match else ''}"


def test_interface_words_apply_to_their_own_language_only() -> None:
    # "Account" is a Dutch button's word and an English heading.
    assert ruleset_for("nl", classifier=False).match("Account") is not None
    assert ruleset_for("en", classifier=False).match("Account") is None
