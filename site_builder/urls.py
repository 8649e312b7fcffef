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
_URL_VALUES = re.compile(r"""\b(?:href|src|cite)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))""",
                         re.IGNORECASE)


def make_slug(text: str) -> str:
    """A readable ASCII slug; Cyrillic and Latvian letters are transliterated."""
    slug = slugify(text, max_length=MAX_SLUG, word_boundary=True, save_order=True)
    return f"{slug}-article" if slug in RESERVED_SLUGS else slug or "article"


def safe_slug(text: str) -> str:
    """An explicit slug from metadata, reduced to characters that cannot escape a folder."""
    parts = [make_slug(p) for p in text.replace("\\", "/").split("/") if p.strip(". ")]
    # Joined parts are shortened again: "a/b/c/..." must not outgrow a file name (255 bytes).
    return make_slug("-".join(parts)) if parts else "article"


def absolute_url(base_url: str, path: str) -> str:
    """``path`` (site-relative, no leading slash) resolved under the site's base URL."""
    relative = path.lstrip("/")
    if base_url.endswith("/") and not relative.startswith((".", "?", "#")) and \
            ":" not in relative.split("/", 1)[0]:
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
