"""Read article metadata (title, author, dates, language, ...) from a parsed HTML page."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement

from site_builder.core.textnorm import squash

# schema.org types whose fields describe the article itself, best first.
ARTICLE_TYPES = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "Article",
    "BlogPosting",
    "TechArticle",
    "Report",
    "ScholarlyArticle",
    "SocialMediaPosting",
)
# Pages without an Article object often still date themselves in a WebPage object.
PAGE_TYPES = ("WebPage", "ItemPage", "AboutPage")

# <meta> keys (name=, property= or itemprop=) per field, most specific first.
TITLE_KEYS = ("og:title", "twitter:title", "headline")
# A page's address slug given as its title ("adac-kindersitztest-herbst-2018" in og:title):
# no reader's headline; the next source of a title is taken.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
AUTHOR_KEYS = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "parsely-pub-date",
    "sailthru.date",
)
MODIFIED_KEYS = ("article:modified_time", "datemodified", "og:updated_time", "last-modified")
DESCRIPTION_KEYS = ("description", "og:description", "twitter:description")
IMAGE_KEYS = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
)
LOCALE_KEYS = ("og:locale", "content-language", "language", "dc.language")
TAG_KEYS = ("article:tag",)
KEYWORD_KEYS = ("news_keywords", "keywords")

# Elements dating themselves (<time itemprop="datePublished" datetime="...">); compiled once.
ITEMPROP_DATES = etree.XPath("//*[@itemprop][@datetime]")
# The characters XPath's normalize-space() treats as spaces, to split a rel="..." value.
XML_SPACES_RE = re.compile(r"[ \t\r\n]+")

BYLINE_PREFIX_RE = re.compile(r"^\s*(by|von|par|por|di|av)\s+", re.IGNORECASE)
LANG_CODE_RE = re.compile(r"^[a-z]{2,3}$")
# Only "|" is stripped without knowing the site name: dashes and colons occur in headlines.
PIPE_SUFFIX_RE = re.compile(r"\s+\|\s+[^|]{2,40}$")
SITE_NAME_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " · ", " » ")
# What may follow the headline in a title made of it and the section's and site's names.
TITLE_SEPARATORS = (*SITE_NAME_SEPARATORS, " / ")
ISO_DATE_RE = re.compile(r"^(\d{4})-\d{2}(-\d{2})?([T ]\d{2}:\d{2}.*)?$")
MIN_YEAR, MAX_YEAR = 1900, 2200


@dataclass(frozen=True)
class PageMetadata:
    """Metadata of one page; every field is optional because real pages omit any of them."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    modified: str | None = None
    description: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()


def read_metadata(tree: HtmlElement, url: str | None = None) -> PageMetadata:
    """Combine JSON-LD, OpenGraph/<meta> tags and plain HTML into one record."""
    ld = _pick_article(json_ld_objects(tree))
    metas = _meta_map(tree)
    canonical = _canonical(tree, metas, ld, url)
    author = _first(_ld_people(ld.get("author")), _author_from_meta(metas))
    date = _first_date(
        _ld_values(ld, "datePublished", "dateCreated"),
        _meta_values(metas, DATE_KEYS),
        _time_elements(tree),
    )
    if date is None:
        date = _heuristic_date(tree, url)
    return PageMetadata(
        title=_title(tree, ld, metas),
        author=author,
        date=date,
        modified=_first_date(_ld_values(ld, "dateModified"), _meta_values(metas, MODIFIED_KEYS)),
        description=_first(_ld_text(ld, "description"), _lookup(metas, DESCRIPTION_KEYS)),
        canonical_url=canonical,
        language=_language(tree, ld, metas),
        image=_absolute(
            _first(_ld_image(ld.get("image")), _lookup(metas, IMAGE_KEYS)), canonical or url
        ),
        tags=_tags(metas, ld),
    )


# The latest date htmldate may find. By default it is the day the build runs (a clock read:
# the same page would get its date on one day and none the day before); articles dated after
# the build's own time (SOURCE_DATE_EPOCH) are left out by the build, as any others are.
_LATEST_DATE = "2099-12-31"


def _heuristic_date(tree: HtmlElement, url: str | None) -> str | None:
    """A date from htmldate's heuristics (dates in the URL or page text); not trafilatura's
    full metadata pass (see PERFORMANCE.md): a byline stays in the text, for cleaning."""
    found = find_date(
        tree, url=url, extensive_search=False, original_date=True, max_date=_LATEST_DATE
    )
    return _first_date([found or ""])


def json_ld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON object found in the page's JSON-LD blocks, @graph members flattened."""
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _parse_json(script.text or "")
        objects.extend(_flatten_ld(data))
    return objects


def _parse_json(text: str) -> Any:
    # Sites wrap JSON-LD in CDATA/comments and leave raw newlines in strings.
    cleaned = re.sub(r"^\s*(<!\[CDATA\[|<!--)|(\]\]>|-->)\s*$", "", text.strip())
    try:
        return json.loads(cleaned, strict=False)
    except ValueError:
        return None


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten_ld(data.get("@graph"))
        # Some publishers nest the article as the page's mainEntity.
        if isinstance(data.get("mainEntity"), dict):
            yield from _flatten_ld(data["mainEntity"])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {str(name).rsplit("/", 1)[-1] for name in names if name}


def _pick_article(objects: list[dict[str, Any]]) -> dict[str, Any]:
    for wanted in (ARTICLE_TYPES, PAGE_TYPES):
        for obj in objects:
            if _types(obj) & set(wanted):
                return obj
    return {}


def _meta_map(tree: HtmlElement) -> dict[str, list[str]]:
    """Lower-cased meta key -> contents, in document order (keys repeat, e.g. article:tag)."""
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        key = key or meta.get("http-equiv")
        value = meta.get("content") or meta.get("datetime")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), []).append(_squash(value))
    for node in ITEMPROP_DATES(tree):
        found.setdefault(node.get("itemprop").lower(), []).append(node.get("datetime").strip())
    return found


def _lookup(metas: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        if metas.get(key):
            return metas[key][0]
    return None


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _squash(text: str) -> str:
    # JSON-LD is often HTML-escaped twice ("can&#39;t"): the parser undid only one level.
    return squash(html.unescape(text))


def _ld_text(ld: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = ld.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str | int | float) and str(value).strip():
            return _squash(str(value))
    return None


def _ld_people(value: Any) -> str | None:
    items = value if isinstance(value, list) else [value]
    names = [_person_name(item) for item in items]
    unique = list(dict.fromkeys(n for n in names if n))
    return ", ".join(unique) or None


def _person_name(item: Any) -> str | None:
    name = item.get("name") if isinstance(item, dict) else item
    if not isinstance(name, str) or not name.strip() or name.startswith(("http:", "https:")):
        return None
    return BYLINE_PREFIX_RE.sub("", _squash(name))


def _author_from_meta(metas: dict[str, list[str]]) -> str | None:
    # article:author is often a profile URL rather than a name: skip those.
    for key in AUTHOR_KEYS:
        for value in metas.get(key, ()):
            name = _person_name(value)
            if name:
                return name
    return None


def _ld_image(value: Any) -> str | None:
    if isinstance(value, list):
        return next((u for u in map(_ld_image, value) if u), None)
    if isinstance(value, dict):
        return _ld_image(value.get("url") or value.get("contentUrl"))
    return value.strip() if isinstance(value, str) and value.strip() else None


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    return urljoin(base, link) if base else link


def _canonical(
    tree: HtmlElement, metas: dict[str, list[str]], ld: dict[str, Any], url: str | None
) -> str | None:
    href = _canonical_href(tree)
    entity = ld.get("mainEntityOfPage")
    entity_id = entity.get("@id") if isinstance(entity, dict) else entity
    ld_url = entity_id if isinstance(entity_id, str) else _ld_text(ld, "url")
    return _absolute(_first(href, _lookup(metas, ("og:url",)), ld_url), url)


def _canonical_href(tree: HtmlElement) -> str | None:
    """The href of the document's first <link rel="canonical" href="...">, found in one
    walk over its <link> elements (rel is a list of words; case is kept, as XPath did)."""
    for link in tree.getroottree().getroot().iter("link"):
        href: str | None = link.get("href")
        if href is not None and "canonical" in XML_SPACES_RE.split(link.get("rel") or ""):
            return href.strip()
    return None


def _title(tree: HtmlElement, ld: dict[str, Any], metas: dict[str, list[str]]) -> str | None:
    candidates = (_ld_text(ld, "headline", "name"), _lookup(metas, TITLE_KEYS), _html_title(tree))
    title = _first(*(c for c in candidates if not (c and _SLUG.fullmatch(c))))
    publisher = ld.get("publisher")
    names = [*metas.get("og:site_name", ()), *metas.get("application-name", ())]
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.append(publisher["name"])
    return _strip_site_names(_headline_prefix(tree, title), names) if title else None


def _headline_prefix(tree: HtmlElement, title: str) -> str:
    """The page's own headline where the title is that headline followed by a separator and
    more ("Winda w chmurach / Obyczaje / dwutygodnik.com" over <h1>Winda w chmurach</h1>):
    the rest is the section's and site's names. A headline of one word is no evidence."""
    folded = title.casefold()
    for h1 in tree.iter("h1"):
        headline = _squash(h1.text_content())
        if len(headline.split()) < 2 or len(headline) >= len(title):
            continue
        rest = folded[len(headline) :]
        if folded.startswith(headline.casefold()) and rest.startswith(TITLE_SEPARATORS):
            return headline
    return title


def _strip_site_names(title: str, names: Iterable[str]) -> str:
    """Cut a trailing "| Site" or "- Site" for the site names the page itself declares."""
    for name in names:
        for separator in SITE_NAME_SEPARATORS:
            suffix = f"{separator}{_squash(name)}".casefold()
            if len(title) > len(suffix) and title.casefold().endswith(suffix):
                title = title[: -len(suffix)].rstrip()
    return title


def _html_title(tree: HtmlElement) -> str | None:
    h1 = next(tree.iter("h1"), None)
    if h1 is not None and h1.text_content().strip():
        return _squash(h1.text_content())
    title = next(tree.iter("title"), None)
    if title is None or not title.text_content().strip():
        return None
    # "Headline | Site name": the site suffix is not part of the headline.
    return PIPE_SUFFIX_RE.sub("", _squash(title.text_content()))


def _time_elements(tree: HtmlElement) -> list[str]:
    return [node.get("datetime", "") for node in tree.iter("time")]


def _ld_values(ld: dict[str, Any], *keys: str) -> list[str]:
    return [value for value in (_ld_text(ld, key) for key in keys) if value]


def _meta_values(metas: dict[str, list[str]], keys: Iterable[str]) -> list[str]:
    return [value for key in keys for value in metas.get(key, ())]


def _first_date(*candidates: list[str]) -> str | None:
    """First ISO 8601 value with a plausible year: CMSs print placeholders like 0001-01-01."""
    for group in candidates:
        for value in group:
            match = ISO_DATE_RE.match(value.strip())
            if match and MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
                return value.strip()
    return None


def _language(tree: HtmlElement, ld: dict[str, Any], metas: dict[str, list[str]]) -> str | None:
    candidates = (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        _ld_text(ld, "inLanguage"),
        _lookup(metas, LOCALE_KEYS),
    )
    for value in candidates:
        code = _language_code(value)
        if code:
            return code
    return None


def _language_code(value: str | None) -> str | None:
    """Primary subtag of a BCP 47 tag or POSIX locale: "en-US", "lv_LV" -> "en", "lv"."""
    if not value:
        return None
    primary = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return primary if LANG_CODE_RE.match(primary) else None


def _tags(metas: dict[str, list[str]], ld: dict[str, Any]) -> tuple[str, ...]:
    values = [value for key in TAG_KEYS for value in metas.get(key, ())]
    keywords = ld.get("keywords")
    if isinstance(keywords, list):
        values.extend(k for k in keywords if isinstance(k, str))
    elif isinstance(keywords, str):
        values.append(keywords)
    if not values:
        values = [_lookup(metas, KEYWORD_KEYS) or ""]
    return _unique_tags(values)


def _unique_tags(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        for raw in value.split(","):
            tag = _squash(raw)
            if tag and tag.lower() not in seen:
                seen[tag.lower()] = tag
    return tuple(seen.values())
