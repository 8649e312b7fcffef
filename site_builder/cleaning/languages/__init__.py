"""The words of every language the built-in rules know: one module per language.

Each module here (named by the language's code, ``de.py``) defines ``PHRASES``, a
:class:`Phrases` whose fields are regular-expression alternatives (case-insensitive, for a
normalised line) for each kind of boilerplate. ``rules.py`` holds the shapes of the rules
and fills them with these words: a rule kind that is one rule per language
(``related``, ``follow``, ``newsletter``; and ``ui_words`` with ``ui_glue``, as
``ui-label-<code>``) becomes ``<kind>-<code>`` and applies to that language; the other
fields join one shared rule whose ``languages`` are the modules that gave it words.
Adding a language is adding one module: it is found by name. An empty field means the
language has no words for that kind (tests/test_cleaning_rules.py still requires every
language to reach every category).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, fields
from functools import cache


@dataclass(frozen=True)
class Phrases:
    code: str
    # --- rules of this language alone (each becomes one rule named after the language) ---
    related: str = ""  # "Read also", "See also": a link to another article
    follow: str = ""  # a whole follow-us prompt (may use {NETS}, {NET_CHANNEL}, {QFEW} ...)
    newsletter: str = ""  # newsletter, app and subscription prompts
    # --- words of shared rules ---
    byline: str = ""  # a wire-service byline ("Reporting by ...; Editing by ...")
    read_us_on: str = ""  # "read us on Telegram"
    share: str = ""  # share-button and copy-link prompts
    advert_by: str = (
        ""  # a sponsor's credit before its name: 'In cooperation with ...', 'Offered by ...'
    )
    app_open: str = ""  # a link to open the page in the outlet's app: 'Open in app'
    advert: str = ""  # "Advertisement", "Sponsored" markers
    advert_continues: str = ""  # "story continues after the advertisement"
    cookie_notice: str = ""  # "we use cookies" (the start of a consent notice)
    consent_word: str = ""  # a consent button's one word, alone on its line: "Sutinku"
    cookie_button: str = ""  # "accept cookies", "cookie settings"
    comments: str = ""  # the word "comments" as a heading or counter label: "Comments (3)"
    comments_counted: str = ""  # the word after a number: "12 comments"
    comments_prompt: str = ""  # "leave a comment", "comments are closed"
    comments_notice: str = ""  # the comment section's state: "Comments are closed"
    photo_label: str = ""  # "Photo:" before a credit
    photo_by: str = ""  # "Photo by" (no colon) before a credit
    photo_after: str = ""  # a photo label written after the credit: "BNS nuotr."
    source_label: str = ""  # "Source:" before a source
    rights_reserved: str = ""  # "All rights reserved"
    reprint: str = ""  # reprint and reuse notices
    seo_keywords: str = ""  # "Focus keyword", "Tags": labels of an SEO keyword list
    seo_meta: str = ""  # "Meta description", "SEO title" labels
    # --- words of the notice, meta and navigation rules (issue 14) ---
    paywall: str = ""  # the start of a paywall prompt ("subscribe to continue reading")
    donate: str = ""  # the start of a donation or membership appeal
    region_block: str = ""  # "not available in your country" (anywhere in a short line)
    error_report: str = ""  # "found an error?", "report a typo"
    reading_time: str = ""  # the words after a number: "5 min read"
    reading_label: str = ""  # "reading time", "listen to this article"
    updated: str = ""  # the label of a timestamp line: "Updated", "Published on"
    skip: str = ""  # "skip to main content", "back to top"
    click_here: str = ""  # "click here", at the start or the end of a short line
    read_more: str = ""  # "read more", "find out more": at the start of a line only
    notice_label: str = ""  # the label of an editorial notice: "Correction:", "Editor's note:"
    article_age: str = ""  # a note that the article is old: "This article is more than a year old"
    originally: str = ""  # "originally published in", "this article first appeared"
    purpose: str = ""  # words that may start a clause after a prompt: "to", "and", "чтобы"
    byline_role: str = ""  # a reporter's role after the name: "Jane Doe, correspondent"
    byline_by: str = ""  # the word before an author's name: "By Jane Doe"
    months: str = ""  # month names (and their abbreviations) in a date line: "14 March 2025"
    date_words: str = ""  # weekdays and the small words of a date line: "Tuesday", "at", "gada"
    page_tools: str = ""  # a page tool or menu item alone on a line: "Menu", "Font size"
    # Interface words (buttons, links and labels: "share", "print", "copied", "later"), of
    # three letters or more: a short line made of them alone, with ``ui_glue`` between, is
    # a label ("Link copied!", "Save for later", "Send by e-mail") in any combination.
    ui_words: str = ""
    ui_glue: str = ""  # small words between interface words: "by", "for", "this", "to"
    views_label: str = (
        ""  # a view counter's label before the number: 'Views: 1,234', 'Letto 3.512 volte'
    )
    views: str = ""  # the word after a view counter's number: "1,234 views"
    agencies: str = ""  # "agencies" as a source tag: "(dpa/agencies)", "With agencies"
    topics: str = ""  # the label of a topic list: "Topics", "Filed under", "Mehr zu"
    pagination: str = ""  # "page", "previous", "next" of a pager: "Page 2 of 5", "« Previous"
    page_of: str = ""  # the word between a page's number and the count: "of", "von", "из"
    relative_time: str = ""  # a time stamp relative to now: "2 hours ago", "yesterday, 18:30"
    # --- cue words of the classifier (never rules on their own) ---
    reader: str = ""  # words addressing the reader: "you", "your"
    outlet: str = ""  # words of the outlet speaking: "we", "our"
    # --- fragments shared by many rules ---
    network_names: str = ""  # the language's own spellings of social networks
    network_short: str = ""  # short or inflected network names ("вк")
    network_endings: str = ""  # case endings after a network's name ("na Facebooku")
    news_word: str = ""  # "news" in "Google News"
    social_media: str = ""  # "on social media"
    conjunctions: str = ""  # "and", "or" between network names
    channel: str = ""  # "channel", "page", "account" one follows on a network
    credit_words: str = ""  # lower-case words that occur in credits ("archive", "of")
    press_office: str = ""  # "press service" (the office's name may follow)
    illustrative: str = ""  # "illustrative photo", "file photo"
    reported: str = ""  # reported-speech verbs: a line with one is news, not a notice


PER_LANGUAGE_KINDS = ("related", "follow", "newsletter")


@cache
def all_phrases() -> tuple[Phrases, ...]:
    """Every language module's phrases: English, then the others by language code."""
    found: list[Phrases] = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        phrases = importlib.import_module(f"{__name__}.{module.name}").PHRASES
        if not isinstance(phrases, Phrases) or phrases.code != module.name:
            raise TypeError(f"{module.name}.PHRASES must be Phrases(code={module.name!r}, ...)")
        found.append(phrases)
    # English first: its words are the commonest in the alternations, which are tried in
    # this order (the seo-keywords suffix search is a third faster with English first).
    return tuple(sorted(found, key=lambda p: p.code != "en"))


FIELDS = tuple(f.name for f in fields(Phrases) if f.name != "code")
