"""Slugs and URLs: readable slugs from any script, site-relative and absolute links."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from slugify import slugify

MAX_SLUG = 80
# Top-level folders the site itself writes: an article there would silently replace the
# tag index, the archive, the stylesheet or a language feed (the renderer keeps the last
# page written under a path), so such a slug gets a suffix.
RESERVED_SLUGS = frozenset({"tags", "archive", "static", "lang", "authors", "search", "pagefind"})
_URL_ATTRIBUTES = (("a", "href"), ("img", "src"), ("blockquote", "cite"), ("q", "cite"))
# Every value of those attributes, however written (a superset: prose that happens to say
# href= only costs a parse).
_URL_VALUES = re.compile(
    r"""\b(?:href|src|cite)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))""", re.IGNORECASE
)


# Where a headline's phrase may end, for a slug that must be cut: at clause punctuation, or
# before a word that starts a new phrase (news headlines in the languages sites use).
# Words of ASCII letters and digits, one space or hyphen between them: slugify only
# lowercases such text and hyphenates its spaces (most tags; slugify takes 25 µs a call).
_PLAIN = re.compile(r"[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*")
_CLAUSE_END = re.compile(r"\s*[,;:|–—(\[]|\s+-\s|[.!?]\s")
_PHRASE_STARTS = frozenset(
    {
        "as",
        "after",
        "amid",
        "while",
        "because",
        "when",
        "where",
        "which",
        "who",
        "but",
        "despite",
        "before",
        "since",
        "though",
        "although",
        "until",
        "unless",
        "and",
        "or",
        "ka",
        "kad",
        "jo",
        "bet",
        "pēc",
        "pirms",
        "un",  # Latvian
        "после",
        "когда",
        "что",
        "но",
        "из-за",
        "пока",
        "и",
        "хотя",  # Russian
        "після",
        "коли",
        "що",
        "але",
        "через",
        "поки",
        "і",
        "хоча",  # Ukrainian
    }
)
# Words a cut slug must not end on (transliterated: slugs are ASCII).
_DANGLING = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "into",
        "on",
        "onto",
        "at",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "as",
        "its",
        "their",
        "his",
        "her",
        "is",
        "are",
        "was",
        "were",
        "be",
        "than",
        "that",
        "over",
        "under",
        "after",
        "before",
        "amid",
        "while",
        "un",
        "ar",
        "par",
        "uz",
        "no",
        "pie",
        "ka",
        "ir",  # Latvian
        "i",
        "v",
        "na",
        "s",
        "k",
        "po",
        "o",
        "ot",
        "za",
        "dlia",
        "iz",
        "u",
        "do",
        "pro",
    }
)
_MIN_CUT = 24  # a phrase shorter than this (three or four words) says too little


def _phrase_ends(text: str) -> list[int]:
    """Offsets in ``text`` where a phrase ends, the latest first."""
    ends = {m.start() for m in _CLAUSE_END.finditer(text)}
    ends.update(
        m.start() for m in re.finditer(r"\s+(\S+)", text) if m.group(1).lower() in _PHRASE_STARTS
    )
    return sorted(ends, reverse=True)


def cut_slug(text: str) -> str:
    """The slug of a headline too long for one: its longest leading phrase that fits, else
    whole words up to the limit, never ending on a word that leads into the rest."""
    for end in _phrase_ends(text):
        slug = slugify(text[:end], save_order=True)
        if _MIN_CUT <= len(slug) <= MAX_SLUG:
            return slug
    words = slugify(text, max_length=MAX_SLUG, word_boundary=True, save_order=True).split("-")
    while len(words) > 1 and words[-1] in _DANGLING:
        words.pop()
    return "-".join(words)


def make_slug(text: str) -> str:
    """A readable ASCII slug; Cyrillic and Latvian letters are transliterated. A long
    headline is cut at a natural break (see ``cut_slug``), not mid-phrase."""
    slug = (
        text.lower().replace(" ", "-") if _PLAIN.fullmatch(text) else slugify(text, save_order=True)
    )
    if len(slug) > MAX_SLUG:
        slug = cut_slug(text)
    return f"{slug}-article" if slug in RESERVED_SLUGS else slug or "article"


def safe_slug(text: str) -> str:
    """An explicit slug from metadata, reduced to characters that cannot escape a folder."""
    parts = [make_slug(p) for p in text.replace("\\", "/").split("/") if p.strip(". ")]
    # Joined parts are shortened again: "a/b/c/..." must not outgrow a file name (255 bytes).
    return make_slug("-".join(parts)) if parts else "article"


def absolute_url(base_url: str, path: str) -> str:
    """``path`` (site-relative, no leading slash) resolved under the site's base URL."""
    relative = path.lstrip("/")
    if (
        base_url.endswith("/")
        and not relative.startswith((".", "?", "#"))
        and ":" not in relative.split("/", 1)[0]
    ):
        return base_url + relative  # the common case, without urljoin's parsing
    return urljoin(base_url, relative)


def absolutize_html(html: str, page_url: str) -> str:
    """The fragment with every link and image URL made absolute against ``page_url``."""
    if "=" not in html:
        return html  # no attribute at all
    values = ("".join(groups) for groups in _URL_VALUES.findall(html))
    if all(urlsplit(value).scheme for value in values):
        return html  # nothing relative: no need to parse (most articles)
    from bs4 import BeautifulSoup  # noqa: PLC0415 (only article building needs it)

    soup = BeautifulSoup(html, "html.parser")
    changed = False
    for tag_name, attribute in _URL_ATTRIBUTES:
        for tag in soup.find_all(tag_name):
            value = tag.get(attribute)
            if isinstance(value, str) and not urlsplit(value).scheme:
                tag[attribute] = urljoin(page_url, value)
                changed = True
    return soup.decode(formatter="html5") if changed else html


def source_domain(*candidates: str | None) -> str | None:
    """The host a document came from: from its original URL or a domain-like source name."""
    for candidate in candidates:
        if not candidate or " " in candidate.strip():
            continue
        try:
            host = urlsplit(candidate if "//" in candidate else f"//{candidate}").hostname
        except ValueError:  # free text with a bracket is not a URL: no domain rules
            continue
        if host and "." in host:
            return host.removeprefix("www.")
    return None
