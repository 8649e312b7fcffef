"""Boilerplate rules as data: the shapes of the rules here, the words of each language in
``languages/<code>.py``; one immutable table, grouped by kind, each rule with its reason.

A rule's pattern is a regular expression (case-insensitive) written for a normalised line
(spaces collapsed, Markdown emphasis and link syntax reduced to text). ``LINE`` rules must
match the whole line; ``SUFFIX`` rules match a trailing part of a line that follows the end
of a real sentence. Patterns are deliberately anchored and short: a line that merely
*mentions* Facebook or a newsletter in a sentence must never match (precision first).

Patterns are written as templates: ``{NAME}`` (upper-case name in braces) stands for one of
the shared fragments below, so each rule reads as the prompt it recognises; a fragment or
rule that holds words joins every language module's words for it. Counted quantifiers such
as ``{0,3}`` are left alone. Every repetition is bounded or runs over characters that cannot
also be matched by what follows it, so no line can make a pattern backtrack catastrophically
(tests/test_cleaning_rules.py times adversarial lines).

A rule's ``languages`` are the language modules that gave it words (``("*",)``: a rule with
no words of any language); ``matcher.build_ruleset`` puts a document's language first.

Categories: social, share, related, seo, newsletter, advert, cookie, comments, paywall,
notice, meta, nav (prompts to drop) and credit (photo, source and copyright lines: not
article text, but kept as metadata through ``capture``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from site_builder.cleaning.languages import PER_LANGUAGE_KINDS, Phrases, all_phrases


class Where(Enum):
    LINE = "line"
    SUFFIX = "suffix"


@dataclass(frozen=True)
class Rule:
    name: str
    category: str
    reason: str
    pattern: str
    languages: tuple[str, ...] = ("*",)
    where: Where = Where.LINE
    capture: str | None = None  # metadata field that receives the named group 'value'
    layer: str = "rule"  # the cleaning layer that made the decision (explain shows it)
    # Also tried on documents in other languages (a republished article keeps its source's
    # footer in the source's language); False: only on its own languages' documents.
    foreign: bool = True


PHRASES: tuple[Phrases, ...] = all_phrases()
ALL_LANGUAGES = tuple(p.code for p in PHRASES)

_FRAGMENTS: dict[str, str] = {}


def _rx(template: str) -> str:
    """Expand ``{NAME}`` placeholders with shared fragments (KeyError on a typo)."""
    return re.sub(r"\{([A-Z][A-Z_]*)\}", lambda m: _FRAGMENTS[m.group(1)], template)


def _fragment(name: str, template: str) -> str:
    _FRAGMENTS[name] = f"(?:{_rx(template)})"
    return _FRAGMENTS[name]


def _speakers(kind: str) -> tuple[str, ...]:
    """The languages that have words for one kind."""
    if kind not in PER_LANGUAGE_KINDS and not hasattr(Phrases, kind):
        raise KeyError(kind)
    return tuple(p.code for p in PHRASES if getattr(p, kind))


def _words(kind: str, *neutral: str) -> str:
    """Every language's words for one kind as one alternation (neutral words first)."""
    parts = (*neutral, *(getattr(p, kind) for p in PHRASES if getattr(p, kind)))
    return "|".join(dict.fromkeys(parts))


# --- shared fragments ------------------------------------------------------------------------

# An emoji, arrow or bullet before a prompt ("👉 Subscribe ..."); never a quotation mark or a
# bracket, because a quoted prompt is a quotation in a real sentence.
_fragment("LEAD", r"(?:[^\w\s\"'«»“”„‘’()\[\]]{1,4}\s*)?")
# Closing punctuation or emoji after a prompt ("!", ":", "👇"); never a comma, semicolon or
# quotation mark: those mean the line goes on as a sentence or is a quotation fragment.
_fragment("END", r"(?:\s*[^\w\s\"'«»“”„‘’(),;]){0,6}")
# A short run of words (an outlet's name, an adjective): at most four, spaces between.
_fragment("FEW", r"[\w.&'’-]+(?: [\w.&'’-]+){0,3}")
_fragment("QFEW", r"[«\"„“]?{FEW}[»\"”]?")
# Social networks and messengers, with the case endings some languages add ("na Facebooku",
# "в Телеграме", "у Телеграмі").
_fragment(
    "NET_NAME",
    _words(
        "network_names",
        r"facebook|instagram|twitter|threads|tiktok|youtube|telegram|whatsapp|viber|linkedin|"
        r"draugiem(?:\.lv)?|vkontakte|odnoklassniki|bluesky|mastodon|pinterest|reddit|"
        r"snapchat|signal",
    )
    + "|google (?:"
    + _words("news_word")
    + ")",
)
_fragment("NET_SHORT", _words("network_short", r"x|fb|vk|ok\.ru|rss|insta"))
_fragment("INFLECT", _words("network_endings"))
_fragment("SOCIAL_MEDIA", _words("social_media"))
NETWORKS = _fragment(
    "NET", r"[«\"„“]?(?:{NET_NAME}(?:{INFLECT})?|{NET_SHORT}|{SOCIAL_MEDIA})[»\"”“]?"
)
_fragment("JOIN", r"(?:\s*,)?\s+(?:" + _words("conjunctions") + r")\s+|\s*[,&+/]\s*")
_fragment("NETS", r"{NET}(?:{JOIN}{NET}){0,8}")
# "channel", "page", "account" ... the thing one subscribes to on a network.
_fragment("CHANNEL", _words("channel"))
_fragment("NET_CHANNEL", r"{NET}[- ]?(?:{CHANNEL})")
# App stores, for "download our app on the App Store and Google Play".
_fragment("STORE", r"ios|android|iphone|ipad|app store|google play|appgallery|rustore")
_fragment("STORES", r"{STORE}(?:{JOIN}{STORE}){0,3}")
# Upper-case letters (Latin and Cyrillic) and digits, matched case-sensitively inside
# (?-i:...): a credit names an agency or a person, a headline clause has lower-case verbs.
_UPPER = "".join(
    chr(c)
    for c in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x400, 0x530))
    if chr(c).isupper()
)
_fragment("NAME", rf"(?-i:[{_UPPER}0-9])[\w.'’+-]*")
# Lower-case words that do occur in credits: agencies written in lower case, connectors,
# "screenshot", "archive", "press service of ..." (followed by a few words in any case).
_fragment(
    "CREDIT_WORD",
    _words(
        "credit_words",
        r"dpa|epa|afp|ap|ddp|imago|picture alliance|getty images|via|unsplash|pixabay|"
        r"shutterstock|scanpix",
    )
    + r"|(?:"
    + _words("press_office")
    + r")(?: [\w'’-]+){0,4}",
)
_fragment("CREDIT_TOKEN", r"{NAME}|{CREDIT_WORD}")
_fragment("CREDIT_SEP", r"\s*[/|,&–—]\s*|\s+-\s+|\s+")
_fragment("CREDIT", r"(?:{CREDIT_TOKEN})(?:(?:{CREDIT_SEP})(?:{CREDIT_TOKEN})){0,9}\.?")
_fragment("DOMAIN", r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[^\s]*)?")
# "Tags: Ukraine, Russia, energy": short items (at most six words) between separators.
_fragment("TAG_ITEM", r"#?[\w'’.&/-]+(?: [\w'’.&/-]+){0,5}")
_fragment("TAG_LIST", r"{TAG_ITEM}(?:\s*[,;|]\s*{TAG_ITEM}){0,30}")
# The title of a linked article: anything, but not endless.
_fragment("TITLE", r".{1,200}?")
# Arrows and bullets too: "Leggi anche ▸ ...", "Przeczytaj również ➤ ...".
_fragment("REL_SEP", r"\s*[:\-–—>»|▸►▶➤➡→⟶]")
# A handle or link after a follow prompt ("... channel: t.me/lsmenglish", "... @lsm_lv").
_fragment("HANDLE", r"(?:\s*:?\s+(?:@[\w.]{1,40}|{DOMAIN}))?")
# "Illustrative photo", "file photo": a credit line of its own, or the label of one.
_fragment("ILLUSTRATIVE", _words("illustrative"))
# Reported speech: a line with one of these is news about a notice, not the notice itself.
_fragment("REPORTED", r"\b(?:" + _words("reported") + r")\b")


# What may follow the start of a prompt: a purpose clause or a second sentence ("Sign up
# for our newsletter to get ...", "..., чтобы первыми узнавать новости!"), never a quotation.
_fragment("PURPOSE", _words("purpose"))
_fragment(
    "TAIL",
    r"(?:(?:\s*,)?\s+(?:{PURPOSE})\s|\s*[:–—-]\s+|[.!?…]\s+)(?!.*{REPORTED})[^\"«»“”„]{1,160}?"
    r"|",
)
_fragment("NOQUOTE", r"[^\"«»“”„]")
# A publication's or programme's name in quotation marks ("first published in «Dzerkalo
# Tyzhnia»"): short and closed, so a quotation (a whole clause in quotes) is still not one.
_fragment("QNAME", r"[«\"„“][^\"«»“”„]{1,40}[»\"”“]")
# A short question or hook before a prompt ("Want the best of the week? Leave your email.",
# "Never miss a story: subscribe ..."): no
# quotation marks, no reported speech, no sentence end before its question mark.
_fragment("QUESTION", r"(?:(?!.*{REPORTED})(?:[^\"«»“”„?.!:]{3,100}\?|[^\"«»“”„?.!:]{3,40}:)\s+)?")
_fragment("UPDATED", r"(?:" + _words("updated") + r")(?!\w)")
# A date line's parts: numbers ("14", "2025.", "9:41"), month and weekday names, the small
# words between them, "AM"/"PM" and an upper-case time zone ("ET", "GMT", "EEST").
_fragment("MONTH", _words("months"))
# A time zone: "ET", "GMT+2", "(MSK)", "(МСК)".
_fragment("ZONE", r"(?-i:[A-Z]{2,5}(?:[+-]\d{1,2})?(?!\w)|\([A-ZА-ЯЁ]{2,5}\))")
_fragment(
    "DATE_TOKEN",
    r"\d{1,4}(?:[.:/h-]\d{1,4}){0,2}(?:st|nd|rd|th|\.)?|(?:{MONTH})\.?|{ZONE}|"
    + r"(?:"
    + _words("date_words", r"[ap]\.?m\.?")
    + r")(?!\w)\.?",
)
_fragment("DATE_SEP", r"\s*[,·|•–—-]\s*|\s+")
# A date's later part: a token with a digit, a month's or a date word, "AM"/"PM" or a
# time zone; not any word ("Published in 2005, the novel sold ..." is a sentence).
_fragment(
    "STAMP_TOKEN",
    r"[\w.:,/+()-]*\d[\w.:,/+()-]*|[^\w\s]{1,2}|{ZONE}|(?:(?:{MONTH})\.?|"
    + _words("date_words", r"[ap]\.?m\.?")
    + r")(?![\w])[.,]{0,2}",
)
# The date and time after a timestamp's label: space-separated tokens, one with a digit.
# Its first token is a number, a lower-case word or a date word ("Stand: PSV 71, Feyenoord
# 64" is a table); the later ones are date-like (STAMP_TOKEN). Or a relative time
# ("Atualizado há 2 horas").
_fragment(
    "STAMP",
    r"(?:" + _words("relative_time") + r")(?!\w)|"
    r"(?=[^·|•]{0,60}?\d)(?=\d|(?-i:(?![A-ZА-ЯЁІЇЄҐ])\w)|(?:{MONTH}|"
    + _words("date_words")
    + r")(?!\w))"
    r"[\w.:,/+()-]+(?:\s+(?:{STAMP_TOKEN})){0,8}",
)
# A bare date or time: ISO ("2024-03-14T08:15Z"), a numeric date with its time ("Mo
# 06.01.2025 | 07:00 Uhr", "12/03/2024 às 08h45", "14.03.2024, 18:32 h", "14:05 (MSK)"),
# a time alone.
_fragment(
    "BARE_STAMP",
    r"\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}| ?[A-Z]{3,4})?)?"
    r"(?:\s+\d{1,2}[:.]\d{2})?"
    r"|(?:(?:" + _words("date_words") + r")\.?,?\s+)?"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:(?:,?\s+|\s*[|·•–—-]\s*)"
    r"(?:(?:" + _words("date_words") + r")\.?\s+)?\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:[ap]\.?m\.?|uhr|h|(?-i:[A-Z]{2,5})|\((?-i:[A-ZА-ЯЁ]{2,5})\)))?)?"
    r"|\d{1,2}:\d{2}",
)
_fragment("STAMP_SEP", r"\s*[·|•,;/—–-]\s*|\s+")
# A photo credit's label ("Photo", "Foto", "nuotr.", "Illustrative photo") and the
# "Photo by"/"AP Photo/" forms: credit lines and captions that end in a credit share them.
_fragment("PHOTO_LABEL", _words("photo_label", "{ILLUSTRATIVE}"))
_fragment("PHOTO_BY", _words("photo_by"))
# A caption before its credit: 3 to 41 words, no reported speech, ending as a sentence ends
# or with a dash or separator ("… in Orsk / Photo: …").
_fragment("CAPTION_SHAPE", r"(?=(?:\S+\s+){2,40}\S+$)(?!.*{REPORTED})")
_fragment("CAPTION_BREAK", r"(?:[.!?…)]|\s[|/–—-])\s+")
# One step of a breadcrumb trail: at most four short words.
_fragment("CRUMB", r"[\w'’.&-]+(?: [\w'’.&-]+){0,3}")

# A counter's number: "1,234", "5.6K", "12 тыс.", "1,2 mil".
_fragment(
    "COUNT",
    r"\d{1,3}(?:[ .,\u00a0]?\d{3})*(?:[.,]\d{1,2})?"
    r"(?:\s?(?:k|m|tsd\.?|tys\.?|тыс\.?|тис\.?|mil|tūkst\.?|tuh\.?|mln\.?))?",
)
# News agencies (their own spelling: "AP" is an agency, "ap" is not) and "agencies".
_fragment(
    "AGENCY",
    r"(?-i:dpa|AFP|AP|Reuters|EFE|APA|ANSA|PAP|TASS|ТАСС|LETA|ELTA|BNS|ERR|ANP|Lusa"
    r"|Europa Press|Interfax|Интерфакс|Інтерфакс-Україна|Укрінформ|УНІАН|УНН|РИА Новости"
    r"|RIA Novosti|Xinhua|KNA|epd|SDA|Keystone-SDA|Agerpres|ČTK|AGI|Adnkronos|Ukrinform"
    r"|UNIAN|Agência Brasil|Agencia EFE|Agência Lusa|PA|TT|NTB)"
    r"|" + _words("agencies"),
)
# "with" before an agency's name ("with AFP", "mit Agenturen").
_fragment("WITH", r"with|avec|com|con|mit|z|с|з|ar|su|koos|met")
# A topic list's item: at most four words ("Local elections 2024", "#Kommunalwahl").
_fragment("TOPIC_ITEM", r"#?[\w'’.&/-]+(?: [\w'’.&/-]+){0,3}")
_fragment("TOPIC_LIST", r"{TOPIC_ITEM}(?:\s*[,;|·•]\s*{TOPIC_ITEM}){0,30}")
# One step of a pager: a pager word, a page number, an arrow or separator.
_fragment(
    "PAGER",
    r"(?:(?:"
    + _words("pagination")
    + r"|"
    + _words("page_of")
    + r"|posts?|beiträge|artikel|noticia|articolo)(?!\w)|\d{1,4}(?!\w)|[«»‹›←→<>|…·/]+|\.{3})",
)


def _prompt(template: str) -> str:
    """A whole-line prompt: optional emoji before it, closing punctuation or emoji after."""
    return _rx("{LEAD}(?:" + template + "){END}")


def _follow_prompt(template: str) -> str:
    """A follow prompt, which may end with the account's handle or link."""
    return _rx("{LEAD}(?:" + template + "){HANDLE}{END}")


def _starts(kind: str) -> str:
    """A short line that starts (perhaps after a short question) with one of the kind's
    phrases, which are distinctive enough that the rest of the line (an outlet's name, even
    in quotation marks, a second sentence) may be anything but a quotation or reported
    speech. A phrase that is a domain's first part ("Ziedot.lv") is a name."""
    return _rx(
        rf"{{LEAD}}{{QUESTION}}(?:{_words(kind)})(?!\w|\.\w)(?!.*{{REPORTED}})"
        r"(?:{NOQUOTE}|{QNAME}){0,160}?{END}"
    )


def _contains(kind: str) -> str:
    """A short line that holds one of the kind's phrases anywhere (not as reported speech)."""
    return _rx(
        rf"{{LEAD}}(?!.*{{REPORTED}}){{NOQUOTE}}{{0,100}}?(?<!\w)(?:{_words(kind)})"
        rf"(?!\w){{NOQUOTE}}{{0,120}}?{{END}}"
    )


def _per_language(
    kind: str,
    name: str,
    category: str,
    reason: str,
    shape: str = "{}",
    *,
    follow: bool = False,
    capture: str | None = None,
) -> tuple[Rule, ...]:
    """One rule per language with words for ``kind``: ``shape`` with ``{}`` for the words."""
    build = _follow_prompt if follow else _prompt
    return tuple(
        Rule(
            f"{name}-{p.code}",
            category,
            reason,
            build(shape.replace("{}", getattr(p, kind))) if shape else _rx(getattr(p, kind)),
            (p.code,),
            capture=capture,
        )
        for p in PHRASES
        if getattr(p, kind)
    )


# --- SEO lines -------------------------------------------------------------------------------

SEO_RULES: tuple[Rule, ...] = (
    Rule(
        "seo-keywords",
        "seo",
        "SEO plugin keyword or tag list (often glued to the last sentence), not article text",
        _rx(rf"(?:{_words('seo_keywords')})\s*:\s*(?P<value>{{TAG_LIST}}){{END}}"),
        _speakers("seo_keywords"),
        Where.SUFFIX,
        capture="keywords",
    ),
    Rule(
        "seo-meta-description",
        "seo",
        "SEO title or meta description line, not article text",
        rf"(?:{_words('seo_meta')})\s*:\s*.{{1,300}}",
        _speakers("seo_meta"),
    ),
    Rule(
        "seo-slug",
        "seo",
        "URL slug left over from the CMS, not article text",
        r"(?:url[ -])?slug\s*:\s*[\w-]{1,160}",
    ),
    Rule(
        "seo-stuffing",
        "seo",
        "a string of search keywords (one word three times among others, no sentence)",
        # In any language: "cornwall holidays cheap cornwall beach cottages cornwall ...".
        # Not a sentence (no sentence end or break), six words or more, at most three short
        # function words (prose is dense with them), and a word of four letters or more
        # three times with other words between ("Location, location, location: ..." is a
        # heading's figure of speech, not stuffing).
        r"(?!.*[.!?…\"»”“]$)(?!.*[.!?…]\s)(?=(?:\W*\w+(?!\w)){6})"
        r"(?!(?:.*?(?<!\w)[^\W\d_]{1,3}(?!\w)){4})"
        r"(?=.*?(?<!\w)(?P<kw>[^\W\d_]{4,})(?!\w)"
        r"(?:\W+(?!(?P=kw)(?!\w))\w.*?(?<!\w)(?P=kw)(?!\w)){2}).+",
    ),
)

# --- related links, follow us, newsletters: one rule per language ----------------------------

RELATED_RULES = _per_language(
    "related",
    "related",
    "related",
    "link to another article, not part of this one",
    r"(?:{})(?:{REL_SEP}(?:\s*{TITLE})?)?",
)

SOCIAL_RULES: tuple[Rule, ...] = (
    *_per_language(
        "follow",
        "social-follow",
        "social",
        "call to follow the outlet on social networks",
        "(?:{}){TAIL}",
        follow=True,
    ),
    Rule(
        "social-read-us-on",
        "social",
        "'read us on Telegram' call",
        _follow_prompt(_words("read_us_on")),
        _speakers("read_us_on"),
    ),
)

# --- share -----------------------------------------------------------------------------------

_fragment("SHARE_WORD", _words("share"))
_fragment(
    "SHARE_ITEM",
    r"(?:{NET}|e-?mail|e-?pasts|el\. paštas|e-?post|courriel|correo|print|messenger|sms|share"
    r"|tweet|pin|{SHARE_WORD})",
)

SHARE_RULES: tuple[Rule, ...] = (
    Rule(
        "share-prompt", "share", "share-button prompt", _prompt(_words("share")), _speakers("share")
    ),
    Rule(
        "share-bar",
        "share",
        "row of share buttons left as text ('Facebook Twitter Email')",
        _rx(r"(?:{SHARE_WORD}\s*:\s*)?{SHARE_ITEM}(?:\s*[|·•/,:]?\s*{SHARE_ITEM}){1,8}"),
    ),
)

# --- newsletters, apps, subscriptions --------------------------------------------------------

NEWSLETTER_RULES = _per_language(
    "newsletter",
    "newsletter",
    "newsletter",
    "newsletter, app or subscription prompt",
    "{QUESTION}(?:{}){TAIL}",
)

# --- advertising markers ---------------------------------------------------------------------

ADVERT_RULES: tuple[Rule, ...] = (
    Rule(
        "advert-marker",
        "advert",
        "advertisement or sponsored-content marker",
        _prompt(rf"[\[(—–-]?\s*(?:{_words('advert')})\s*[\])—–-]?"),
        _speakers("advert"),
    ),
    Rule(
        "advert-continues",
        "advert",
        "'story continues after the advertisement' marker",
        _prompt(_words("advert_continues")),
        _speakers("advert_continues"),
    ),
    Rule(
        "advert-sponsor",
        "advert",
        "a sponsor's credit ('In cooperation with Tourismus NRW', 'Offered by ...')",
        # A name, not a clause: "In Zusammenarbeit mit der Polizei wurden zwei Männer
        # festgenommen" goes on in lower case.
        _prompt(
            rf"(?:{_words('advert_by')})\s+(?:[\w-]{{1,12}}\s+)?(?:{{NAME}}|{{QNAME}})"
            r"(?:\s+(?:{NAME}|{QNAME}|&|[^\W\d_]{1,3})){0,5}"
        ),
        _speakers("advert_by"),
    ),
    Rule(
        "app-open",
        "newsletter",
        "a link to open the page in the outlet's app ('Open in app')",
        _prompt(_words("app_open")),
        _speakers("app_open"),
    ),
)

# --- cookie notices --------------------------------------------------------------------------

COOKIE_RULES: tuple[Rule, ...] = (
    Rule(
        "cookie-notice",
        "cookie",
        "cookie consent notice",
        _rx(
            rf"{{LEAD}}(?:{_words('cookie_notice')})"
            r"(?!.*{REPORTED})(?:[\s,.:;!-][^\"“”«»„]{0,400})?"
        ),
        _speakers("cookie_notice"),
    ),
    Rule(
        "cookie-button",
        "cookie",
        "cookie banner button or link",
        _prompt(_words("cookie_button")),
        _speakers("cookie_button"),
    ),
    Rule(
        "cookie-consent-word",
        "cookie",
        "a consent button's one word ('Sutinku', 'Akkoord') alone on its line",
        # Nothing before or after it: "— Sutinku." is an answer in an interview.
        rf"(?:{_words('consent_word')})",
        _speakers("consent_word"),
    ),
)

# --- comments --------------------------------------------------------------------------------

COMMENT_RULES: tuple[Rule, ...] = (
    Rule(
        "comments-prompt",
        "comments",
        "comment-section prompt or counter",
        _prompt(
            rf"(?:{_words('comments')})(?: \(\d+\))?"
            rf"|\d+ (?:{_words('comments_counted')})|{_words('comments_prompt')}"
        ),
        _speakers("comments"),
    ),
    Rule(
        "comments-notice",
        "comments",
        "the state or the rules of the comment section ('Comments are closed')",
        _starts("comments_notice"),
        _speakers("comments_notice"),
    ),
)

# --- credits, sources, copyright: not article text, kept as metadata -------------------------

CREDIT_RULES: tuple[Rule, ...] = (
    Rule(
        "credit-photo",
        "credit",
        "photo credit line: metadata, not article text",
        _rx(r"\(?(?:{PHOTO_LABEL}(?:\s*[:,]|(?<=\.))\s*|{PHOTO_BY}\s*)(?P<value>{CREDIT})\)?"),
        _speakers("photo_label"),
        capture="credit",
    ),
    Rule(
        "credit-photo-after",
        "credit",
        "photo credit with its label after the name ('BNS nuotr.'): metadata",
        _rx(rf"\(?(?P<value>{{CREDIT}})\s+(?:{_words('photo_after')})\)?"),
        _speakers("photo_after"),
        capture="credit",
    ),
    Rule(
        "credit-caption",
        "credit",
        "an image caption ending in its photo credit ('… on Tuesday. Photo: Mark Evans')",
        # The credit follows a sentence's end, a dash or an opening bracket: "das Foto: Peter
        # Müller mit seiner Frau" is a sentence, and a credit is names and agencies only
        # ({CREDIT}). The empty group "credit" marks where the credit starts: under an
        # image, only the credit goes and the caption stays (cleaning.engine).
        _rx(
            r"{CAPTION_SHAPE}.{10,260}?(?:{CAPTION_BREAK}|\s(?=\())(?P<credit>)\(?"
            r"(?:{PHOTO_BY}\s*|{PHOTO_LABEL}(?:\s*[:,]\s*|(?<=\.)\s*|\s+))(?P<value>{CREDIT})\)?"
        ),
        _speakers("photo_label"),
        capture="credit",
    ),
    Rule(
        "credit-caption-copyright",
        "credit",
        "an image caption ending in its copyright holder ('… fertig sein. © Stadt Regensburg')",
        # "©" is too short for the screen (regexes.MIN_NEED_CHARS): the look-ahead turns
        # away a line without one in a single scan.
        _rx(
            r"(?=[^©]{10,260}©){CAPTION_SHAPE}"
            r"[^©]{10,260}?{CAPTION_BREAK}(?P<credit>)©\s*(?P<value>{CREDIT})"
        ),
        capture="credit",
    ),
    Rule(
        "credit-illustrative",
        "credit",
        "'illustrative photo' note: metadata, not article text",
        _prompt(r"\(?(?P<value>{ILLUSTRATIVE})\)?"),
        _speakers("illustrative"),
        capture="credit",
    ),
    Rule(
        "credit-source",
        "credit",
        "source line: metadata, not article text",
        _rx(rf"\(?(?:{_words('source_label')})\s*:\s*(?P<value>{{CREDIT}}|{{DOMAIN}})\)?"),
        _speakers("source_label"),
        capture="source",
    ),
    Rule(
        "credit-copyright",
        "credit",
        "copyright line: metadata, not article text",
        # Twelve words at most: a longer line is a credit with the caption's sentence glued
        # on ("© Getty Images Nach ihrer Trennung zeigte sich …"): the classifier judges it.
        r"(?=(?:\S+\s+){0,11}\S+$)"
        r"(?P<value>(?:copyright\s*)?©\s*.{1,200}|(?:copyright\s*)?\(c\)\s*\d{4}.{0,200}"
        r"|copyright\s+\d{4}\b.{0,200})",
        capture="credit",
    ),
    Rule(
        "credit-rights-reserved",
        "credit",
        "'all rights reserved' notice",
        _prompt(rf"(?P<value>{_words('rights_reserved')}){{TAIL}}"),
        _speakers("rights_reserved"),
        capture="credit",
    ),
    Rule(
        "credit-reprint",
        "credit",
        "reprint and reuse notice",
        _prompt(rf"(?P<value>{_words('reprint')})"),
        _speakers("reprint"),
        capture="credit",
    ),
    Rule(
        "credit-with-agency",
        "credit",
        "'with AFP' agency note: metadata, not article text",
        _rx(r"(?:{WITH})\s+(?P<value>")
        + r"(?-i:AFP|AP|Reuters|dpa|DPA|EFE|Lusa|ANSA|PAP|TASS|ТАСС|LETA|ELTA|BNS|ANP|Belga|"
        r"Agi|AGI|Europa Press|Interfax|Интерфакс|Укрінформ|УНН|РИА Новости|Agencia EFE|"
        r"Agência Lusa)"
        r"(?:\s*(?:,|and|et|e|y|und|i|и|і|un|ir|ja|en)\s*(?-i:AFP|AP|Reuters|dpa|EFE))?)\.?",
        capture="source",
    ),
    Rule(
        "credit-agency-tag",
        "credit",
        "a news agency's tag alone on a line ('(dpa/AFP)', 'APA/red', 'With agencies')",
        _rx(
            rf"(?:(?:{{WITH}}|{_words('byline_by')})\s+)?\(?(?P<value>{{AGENCY}}"
            r"(?:\s*[/,&]\s*(?:{AGENCY}|(?-i:[a-z]{2,4}))){0,4})\)?\.?"
        ),
        _speakers("agencies"),
        capture="source",
    ),
    Rule(
        "credit-reporting-by",
        "credit",
        "wire-service byline ('Reporting by ...; Editing by')",
        rf"\(?(?P<value>{_words('byline')})\)?",
        _speakers("byline"),
        capture="credit",
    ),
)

# --- paywalls and appeals, notices, reading meta, navigation (issue 14) ---------------------


NOTICE_RULES: tuple[Rule, ...] = (
    Rule(
        "paywall-prompt",
        "paywall",
        "paywall or subscription prompt",
        _starts("paywall"),
        _speakers("paywall"),
    ),
    Rule(
        "donate-appeal",
        "paywall",
        "donation or membership appeal",
        _starts("donate"),
        _speakers("donate"),
    ),
    Rule(
        "region-block",
        "notice",
        "'not available in your region' message",
        _contains("region_block"),
        _speakers("region_block"),
    ),
    Rule(
        "error-report",
        "notice",
        "prompt to report an error in the article",
        _starts("error_report"),
        _speakers("error_report"),
    ),
    Rule(
        "editorial-notice",
        "notice",
        "an editorial notice: a correction, an editor's note, a content warning",
        # Only after its label and a colon, at the start of the line: "The paper published a
        # correction" is reporting; "Uwaga:" or "Update:" alone may open real news.
        _rx(rf"{{LEAD}}(?:{_words('notice_label')})\s*:\s*\w.*"),
        _speakers("notice_label"),
    ),
    Rule(
        "error-report-keys",
        "notice",
        "'press Ctrl+Enter' error-report prompt",
        _rx(r"{LEAD}{NOQUOTE}{0,160}?\b(?:ctrl|strg|ctrl\.)\s*\+\s*\w+{NOQUOTE}{0,80}?{END}"),
    ),
)

META_RULES: tuple[Rule, ...] = (
    Rule(
        "reading-time",
        "meta",
        "reading-time or 'listen to this article' line",
        _rx(
            rf"{{LEAD}}(?:\d+(?:[–-]\d+)?\s*(?:{_words('reading_time')})"
            rf"|(?:{_words('reading_label')})(?!\w)"
            r"(?:\s*[:·(,-]?\s*(?=[^\d]{0,12}\d)[\w.:·() -]{0,40})?)"
            r"{END}"
        ),
        _speakers("reading_time"),
    ),
    Rule(
        "timestamp-label",
        "meta",
        "'Updated'/'Published' timestamp line",
        _rx(
            r"{LEAD}(?:{UPDATED}\s*:?\s*{STAMP}|{BARE_STAMP}(?={STAMP_SEP}{UPDATED}))"
            r"(?:{STAMP_SEP}{UPDATED}\s*:?\s*{STAMP})?{END}"
        ),
        _speakers("updated"),
    ),
    Rule(
        "timestamp-date",
        "meta",
        "a date line with a month's name ('Mar 14, 2025 9:41 AM ET')",
        _rx(
            # A day or a time in it (a month and a year alone is a heading: "May 2025").
            r"(?=.{0,80}?(?<!\d)\d{1,2}(?!\d)){LEAD}(?:{UPDATED}\s*:?\s*)?"
            r"(?:(?:{DATE_TOKEN}){DATE_SEP}){0,5}"
            r"(?:{MONTH})(?!\w)\.?(?:(?:{DATE_SEP})(?:{DATE_TOKEN})){0,8}{END}"
        ),
        _speakers("months"),
    ),
    Rule(
        "timestamp-bare",
        "meta",
        "a bare date or time stamp",
        _rx("{BARE_STAMP}"),
    ),
    Rule(
        "view-counter",
        "meta",
        "a view counter ('1,234 views', '👁 5.6K')",
        _rx(
            rf"{{LEAD}}{{COUNT}}\s*(?:{_words('views')})(?!\w){{END}}"
            r"|[👁👀]\uFE0F?\s*{COUNT}{END}"
        ),
        _speakers("views"),
    ),
    Rule(
        "view-counter-label",
        "meta",
        "a view counter with its label first ('Views: 1,234', 'Letto 3.512 volte')",
        _rx(
            rf"{{LEAD}}(?:{_words('views_label')})\s*:?\s*{{COUNT}}"
            r"(?:\s*(?:[^\W\d_]{2,8}|×))?{END}"
        ),
        _speakers("views_label"),
    ),
    Rule(
        "timestamp-relative",
        "meta",
        "a time stamp relative to now ('2 hours ago', 'yesterday, 18:30')",
        # Not after a dash: "— Just now." answers a question.
        _rx(
            rf"(?![—–-]){{LEAD}}(?:{{UPDATED}}\s*:?\s*)?(?:{_words('relative_time')})(?!\w){{END}}"
        ),
        _speakers("relative_time"),
    ),
    Rule(
        "tags-line",
        "meta",
        "a topic or tag list, or its label alone ('Filed under: Politics, Local elections')",
        _rx(rf"{{LEAD}}(?:{_words('topics', 'tags')})(?!\w)(?:\s*:\s*{{TOPIC_LIST}})?{{END}}"),
        _speakers("topics"),
    ),
    Rule(
        "tags-hashtags",
        "meta",
        "a line of hashtags ('#Elections2024 #Merseyside')",
        _rx(r"{LEAD}#[\w-]+(?:\s*[,·|•]?\s*#[\w-]+){1,20}{END}"),
    ),
    Rule(
        "article-age",
        "notice",
        "a note that the article is old ('This article is more than two years old')",
        _starts("article_age"),
        _speakers("article_age"),
    ),
    Rule(
        "originally-published",
        "meta",
        "'originally published in' note",
        _starts("originally"),
        _speakers("originally"),
    ),
    Rule(
        "shortcode",
        "meta",
        "CMS shortcode left in the text ([caption ...])",
        r"\[/?[a-z_]{2,30}(?:\s[^\]]{0,300})?\]"
        r"|\[(?P<tag>[a-z_]{2,30})(?:\s[^\]]{0,300})?\][^\[\]]{0,300}\[/(?P=tag)\]",
    ),
)


def _ui_label(phrases: Phrases) -> str:
    """A short line of interface words alone (at most five words, one of ``ui_words``, the
    others ``ui_glue``, interface words or numbers), with marks between them; never after a
    dash ("— Zamknij!" is dialogue), never a quotation."""
    ui = rf"(?:{phrases.ui_words})(?!\w)"
    tokens = "|".join(filter(None, (phrases.ui_words, phrases.ui_glue, r"\d{1,4}")))
    word = rf"(?:{tokens})(?!\w)"
    between = r"[^\w\"'«»“”„‘’]{1,4}"
    return _rx(
        rf"(?=.{{1,60}}$)(?!(?:\S+\s+){{5}}\S)(?![—–-]){{LEAD}}"
        rf"(?:{word}{between}){{0,4}}{ui}(?:{between}{word}){{0,4}}{{END}}"
    )


UI_LABEL_RULES: tuple[Rule, ...] = tuple(
    Rule(
        f"ui-label-{p.code}",
        "nav",
        "a label made of interface words alone ('Link copied!', 'Save for later')",
        _ui_label(p),
        (p.code,),
        # One language's interface words are another's headings ("Menu" is "Menu", but
        # "Account" is Dutch for an account and an English heading): own documents only.
        foreign=False,
    )
    for p in PHRASES
    if p.ui_words
)


NAV_RULES: tuple[Rule, ...] = (
    Rule(
        "skip-link",
        "nav",
        "'skip to main content' navigation link",
        # Alone on its line: "Torna su il prezzo della benzina" is news.
        _prompt(_words("skip")),
        _speakers("skip"),
    ),
    Rule(
        "click-here",
        "nav",
        "'click here' link text",
        _rx(
            rf"{{LEAD}}(?:(?:{_words('click_here')}|{_words('read_more')})(?!\w){{TAIL}}"
            rf"|{{NOQUOTE}}{{0,100}}?(?<!\w)(?:{_words('click_here')})){{END}}"
        ),
        _speakers("click_here"),
    ),
    Rule(
        "breadcrumb",
        "nav",
        "breadcrumb trail ('Home > World > Europe')",
        _rx(r"{LEAD}{CRUMB}(?:\s+[>›»/|]\s+{CRUMB}){2,6}"),
    ),
    Rule(
        "page-tool",
        "nav",
        "a page tool or menu item alone on a line ('Load more', 'Font size A A A')",
        # Never after a dash or before a sentence's end: "— Zamknij!" is dialogue.
        _rx(
            rf"(?![—–-]){{LEAD}}(?:{_words('page_tools')})(?!\s*:)(?:\s+(?-i:A)[+-]?){{0,4}}"
            r"(?:\s*[^\w\s.!?…\"'«»“”„‘’(),;:-]){0,3}"
        ),
        _speakers("page_tools"),
    ),
    Rule(
        "pager",
        "nav",
        "a pager ('Page 2 of 5', '« Previous 1 2 3 Next »')",
        _rx(
            r"(?=.{0,60}?(?<!\w)(?:" + _words("pagination") + r")(?!\w))"
            # a number or an arrow in it, and a space ("Avanti…" is dialogue, "Página/12" a
            # newspaper)
            r"(?=.*?(?:\d|[«»‹›←→<>|]))(?=.*?\s)(?![—–-]){LEAD}{PAGER}(?:\s*{PAGER}){1,20}"
        ),
        _speakers("pagination"),
    ),
    Rule(
        "gallery-counter",
        "nav",
        "a photo gallery's counter ('3 of 15', 'Bild 3 von 18')",
        _rx(
            rf"{{LEAD}}(?:(?:{_words('photo_label')}|{_words('page_tools')})\s*)?\d{{1,3}}\s*"
            rf"(?:/|(?:{_words('page_of')})(?!\w))\s*\d{{1,3}}"
        ),
    ),
    Rule(
        "bare-url",
        "nav",
        "a bare web address",
        # With a path: a bare domain is often a venue's or shop's address in a listing, and
        # a link shortener's address a deliberate link.
        r"(?!(?:https?://)?(?:amzn\.to|bit\.ly|t\.co|goo\.gl|ow\.ly|tinyurl\.com)/)"
        r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,13}/[^\s/]\S{0,300}",
    ),
)

BYLINE_RULES: tuple[Rule, ...] = (
    Rule(
        "credit-byline",
        "credit",
        "author byline ('By Jane Doe'): metadata, not article text",
        _rx(
            rf"(?:{_words('byline_by')})\s*:?\s+"
            # "By Monday morning, ..." opens a headline: a byline names no day or month
            # (of four letters or more: "Jan Kowalski" is a name)
            rf"(?!(?=\w{{4}})(?:{_words('date_words')}|{_words('months')})(?!\w))"
            rf"(?P<value>{{NAME}}(?:\s+{{NAME}}){{1,3}}"
            rf"(?:\s*(?:,|{{JOIN}})\s*{{NAME}}(?:\s+{{NAME}}){{1,3}}){{0,3}})"
            r"(?:\s*[,|–—-]\s*[\w ]{1,40})?"
        ),
        _speakers("byline_by"),
        capture="author",
    ),
    Rule(
        "credit-name-role",
        "credit",
        "author line ('Jane Doe, correspondent in Brussels'): metadata, not article text",
        # The line ends after the role, or after where the reporter is posted ("in
        # Brussels"): "Jane Doe, editor of the Herald, resigned." is a sentence and "Jamal
        # Khashoggi, columnist for The Washington Post" a list item or a caption.
        _rx(
            r"(?P<value>{NAME}(?:\s+{NAME}){1,3})\s*(?:,|[–—-])\s*(?:[\w'’-]+\s+){0,3}"
            rf"(?:{_words('byline_role')})(?!\w)(?:\s+\w{{1,3}}\s+{{NAME}})?"
        ),
        _speakers("byline_role"),
        capture="author",
    ),
    Rule(
        "credit-name-email",
        "credit",
        "author line with the author's address ('Jane Doe, jane.doe@example.com')",
        _rx(
            r"(?P<value>{NAME}(?:\s+{NAME}){1,3})\s*[,·•|–—-]\s*"
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        ),
        capture="author",
    ),
)

RULES: tuple[Rule, ...] = (
    *SEO_RULES,
    *RELATED_RULES,
    *SOCIAL_RULES,
    *SHARE_RULES,
    *NEWSLETTER_RULES,
    *ADVERT_RULES,
    *COOKIE_RULES,
    *COMMENT_RULES,
    *CREDIT_RULES,
    *NOTICE_RULES,
    *META_RULES,
    *NAV_RULES,
    *UI_LABEL_RULES,
    *BYLINE_RULES,
)
