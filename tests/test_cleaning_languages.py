"""The words of each language live in one module of site_builder/cleaning/languages/, and a
document's own language's rules are tried first."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.cleaning import languages
from site_builder.cleaning.languages import PER_LANGUAGE_KINDS, all_phrases
from site_builder.cleaning.matcher import build_ruleset
from site_builder.cleaning.rules import ALL_LANGUAGES, RULES

LANGUAGE_DIR = Path(languages.__file__).parent


def test_every_language_module_is_found() -> None:
    modules = {p.stem for p in LANGUAGE_DIR.glob("*.py") if p.stem != "__init__"}
    assert set(ALL_LANGUAGES) == modules
    assert {p.code for p in all_phrases()} == modules


def test_a_language_of_its_own_kinds_gets_one_rule_each() -> None:
    names = {r.name for r in RULES}
    for phrases in all_phrases():
        for kind, prefix in zip(
            PER_LANGUAGE_KINDS, ("related", "social-follow", "newsletter"), strict=True
        ):
            if getattr(phrases, kind):
                assert f"{prefix}-{phrases.code}" in names


def test_shared_rules_name_the_languages_that_gave_them_words() -> None:
    by_name = {r.name: r for r in RULES}
    # Only Russian and Ukrainian have a "read us on Telegram" prompt.
    assert by_name["social-read-us-on"].languages == ("ru", "uk")
    # English alone has wire-service bylines; a rule without words of any language is "*".
    assert by_name["credit-reporting-by"].languages == ("en",)
    assert by_name["share-bar"].languages == ("*",)


def test_a_document_language_puts_its_own_rules_first() -> None:
    rules = build_ruleset(classifier=False, language="lv").rules
    own = [i for i, c in enumerate(rules) if "lv" in c.rule.languages]
    others = [i for i, c in enumerate(rules) if "lv" not in c.rule.languages]
    assert own and others and max(own) < min(others)
    # Neutral rules come right after the language's own, before other languages' rules.
    first_other = rules[len(own)]
    assert first_other.rule.languages == ("*",)


def test_other_languages_rules_still_apply_to_a_document() -> None:
    """A republished English article may keep its Latvian source's footer (as a seed does)."""
    match = build_ruleset(classifier=False, language="en").match("Seko mums arī Facebook!")
    assert match is not None and match.rule.name == "social-follow-lv"
    assert (
        build_ruleset(classifier=False, language="lv").match(
            "Ministrs sacīja, ka seko mums nav svarīgi."
        )
        is None
    )


def test_an_unknown_language_keeps_the_table_order() -> None:
    assert [c.rule for c in build_ruleset(classifier=False, language="xx").rules] == list(RULES)


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("Jetzt spenden!", True),
        ("Spenden Sie jetzt für unabhängigen Journalismus.", True),
        ("Spenden", True),
        ("Spenden an gemeinnützige Vereine können Sie als Sonderausgaben angeben.", False),
        ("Spenden sammelte der Verein vor allem bei Konzerten.", False),
        ("Zum Inhalt springen", True),
        ("Zum Inhalt", True),
        ("Zum Inhalt des Vertrags wollte sich keine der beiden Seiten äußern.", False),
    ],
)
def test_german_prompt_words_are_not_the_start_of_a_sentence(line: str, removed: bool) -> None:
    # "Spenden" is also the plural noun and "Zum Inhalt" opens sentences: only the bare
    # prompt, or the prompt with its verb, is one.
    match = build_ruleset(classifier=False, language="de").match(line)
    assert (match is not None) is removed, match


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("Date: 14 June 2025", True),
        ("Updated: 14 June 2025, 10:41", True),
        ("Published 3 March 2024 · Updated 4 March 2024", True),
        ("Date and time: Saturday 14 June, from 10:00 to 22:00", False),
        ("Date night at the cinema costs 25 pounds for two on 14 June.", False),
    ],
)
def test_english_date_is_a_timestamp_only_as_a_label(line: str, removed: bool) -> None:
    # An event's "Date and time: Saturday 14 June, …" is what a reader came for; the page's
    # own "Date: …" stamp is not.
    match = build_ruleset(classifier=False, language="en").match(line)
    assert (match is not None) is removed, match


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("© 2019 Sven Schreivogel", True),
        ("© 2fly4 - Alle Angaben ohne Gewähr!", True),
        ("Copyright 2024 The Associated Press. All rights reserved.", True),
        (
            "© Getty Images Nach ihrer Trennung von ihrem Ehemann zeigte sich Adele nun mit rund"
            " 10 Kilo weniger auf einem Konzert der Spice Girls.",
            False,
        ),
    ],
)
def test_a_copyright_rule_leaves_a_glued_caption_sentence_to_the_classifier(
    line: str, removed: bool
) -> None:
    # Extraction flattens a caption and its credit into one line: the credit rule alone
    # would take the caption's sentence with it.
    match = build_ruleset(classifier=False, language="de").match(line)
    assert (match is not None) is removed, match
