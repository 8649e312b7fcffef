"""Structural checks of RSS 2.0 and Atom 1.0 feeds, mirroring the rules that RFC 4287, the
RSS 2.0 specification and the W3C Feed Validation Service apply (errors and warnings)."""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
# The validator's own patterns (validators.py): RFC 822 dates, W3C-DTF with a zone, URNs.
RFC822 = re.compile(
    r"((Mon|Tue|Wed|Thu|Fri|Sat|Sun), *)?\d\d? +(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec) +\d\d(\d\d)? +\d\d:\d\d(:\d\d)? +([+-]?\d\d\d\d|UT|GMT)$"
)
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$")
URN = re.compile(
    r"^urn:[a-zA-Z0-9][a-zA-Z0-9-]{1,31}:([a-zA-Z0-9()+,.:=@;$_!*'\-]|%[0-9A-Fa-f]{2})+$"
)
EVIL_TAGS = ("script", "meta", "embed", "object", "iframe", "style", "form")
HTML_END_TAG = re.compile(r"</\w+>")


def _absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https", "mailto") and bool(parts.netloc or parts.path)


def check_html_content(html: str, where: str) -> list[str]:
    """Feed HTML must be safe (ContainsScript and friends) and use absolute URLs."""
    problems = []
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        if tag.name in EVIL_TAGS:
            problems.append(f"{where}: contains <{tag.name}>")
        for attr, value in tag.attrs.items():
            if attr.startswith("on") or attr == "style":
                problems.append(f"{where}: dangerous attribute {attr}")
            if attr in ("href", "src") and not _absolute(str(value)):
                problems.append(f"{where}: relative URL {value!r}")
    return problems


def _plain(text: str | None, where: str) -> list[str]:
    if text and HTML_END_TAG.search(text):
        return [f"{where}: contains HTML (plain text expected)"]
    return []


def check_rss(xml: bytes, self_url: str) -> list[str]:
    root = etree.fromstring(xml)
    problems: list[str] = []
    channel = root.find("channel")
    if root.tag != "rss" or root.get("version") != "2.0" or channel is None:
        return ["not an RSS 2.0 document"]
    for required in ("title", "link", "description"):
        if not (channel.findtext(required) or "").strip():
            problems.append(f"channel: missing {required}")
    selfs = [link for link in channel.findall(f"{ATOM}link") if link.get("rel") == "self"]
    if [link.get("href") for link in selfs] != [self_url]:
        problems.append(f"channel: atom:link rel=self must be {self_url}")
    problems += _rss_date(channel, "lastBuildDate", "channel")
    guids: set[str] = set()
    for index, item in enumerate(channel.findall("item")):
        problems += _rss_item(item, f"item {index}", guids)
    return problems


def _rss_date(parent: etree._Element, name: str, where: str) -> list[str]:
    value = parent.findtext(name)
    if value is None:
        return [f"{where}: missing {name}"]
    if not RFC822.match(value):
        return [f"{where}: {name} is not an RFC 822 date: {value!r}"]
    if parsedate_to_datetime(value).year < 1995:
        return [f"{where}: implausible {name} {value!r}"]
    return []


def _rss_item(item: etree._Element, where: str, guids: set[str]) -> list[str]:
    problems = _rss_date(item, "pubDate", where)
    guid = item.find("guid")
    if guid is None or not guid.text:
        problems.append(f"{where}: missing guid")
    else:
        if guid.text in guids:
            problems.append(f"{where}: duplicate guid {guid.text}")
        guids.add(guid.text)
        if guid.get("isPermaLink") != "false" and not _absolute(guid.text):
            problems.append(f"{where}: guid is not a URL, isPermaLink must be false")
    if not (item.findtext("title") or item.findtext("description")):
        problems.append(f"{where}: needs a title or a description")
    if not _absolute(item.findtext("link") or ""):
        problems.append(f"{where}: link must be absolute")
    if item.find("author") is not None and "@" not in (item.findtext("author") or ""):
        problems.append(f"{where}: author must be an e-mail address")
    if len(item.findall(DC_CREATOR)) > 1:
        problems.append(f"{where}: more than one dc:creator")
    for enclosure in item.findall("enclosure"):
        if not (enclosure.get("length") or "").isdigit() or "/" not in enclosure.get("type", ""):
            problems.append(f"{where}: enclosure needs a numeric length and a MIME type")
    problems += _plain(item.findtext("title"), f"{where} title")
    problems += _plain(item.findtext("description"), f"{where} description")
    problems += check_html_content(item.findtext(CONTENT) or "", f"{where} content")
    return problems


def check_atom(xml: bytes, self_url: str) -> list[str]:
    root = etree.fromstring(xml)
    if root.tag != f"{ATOM}feed":
        return ["not an Atom document"]
    problems = _atom_common(root, "feed")
    links = root.findall(f"{ATOM}link")
    if [link.get("href") for link in links if link.get("rel") == "self"] != [self_url]:
        problems.append(f"feed: link rel=self must be {self_url}")
    feed_author = root.find(f"{ATOM}author") is not None
    ids: set[str] = set()
    for index, entry in enumerate(root.findall(f"{ATOM}entry")):
        where = f"entry {index}"
        problems += _atom_common(entry, where)
        problems += _atom_entry(entry, where, feed_author)
        entry_id = entry.findtext(f"{ATOM}id") or ""
        if entry_id in ids:
            problems.append(f"{where}: duplicate id {entry_id}")
        ids.add(entry_id)
    return problems


def _atom_common(element: etree._Element, where: str) -> list[str]:
    problems = []
    for name in ("id", "title", "updated"):
        if len(element.findall(f"{ATOM}{name}")) != 1:
            problems.append(f"{where}: needs exactly one {name}")
    element_id = element.findtext(f"{ATOM}id") or ""
    if not (URN.match(element_id) or _absolute(element_id)):
        problems.append(f"{where}: id is not a valid URI: {element_id!r}")
    for name in ("updated", "published"):
        value = element.findtext(f"{ATOM}{name}")
        if value is not None and not RFC3339.match(value):
            problems.append(f"{where}: {name} is not RFC 3339: {value!r}")
    alternates = [
        (link.get("type"), link.get("hreflang"))
        for link in element.findall(f"{ATOM}link")
        if link.get("rel", "alternate") == "alternate"
    ]
    if len(alternates) != len(set(alternates)):
        problems.append(f"{where}: two alternate links with the same type and hreflang")
    return problems


def _atom_entry(entry: etree._Element, where: str, feed_author: bool) -> list[str]:
    problems = []
    if not feed_author and entry.find(f"{ATOM}author") is None:
        problems.append(f"{where}: no author (and none on the feed)")
    content = entry.find(f"{ATOM}content")
    has_alternate = any(
        link.get("rel", "alternate") == "alternate" for link in entry.findall(f"{ATOM}link")
    )
    if content is None and not has_alternate:
        problems.append(f"{where}: needs content or an alternate link")
    if content is not None:
        if content.get("type") not in ("text", "html", "xhtml"):
            problems.append(f"{where}: content type must be text, html or xhtml")
        problems += check_html_content(content.text or "", f"{where} content")
    for link in entry.findall(f"{ATOM}link"):
        if not _absolute(link.get("href", "")):
            problems.append(f"{where}: relative link {link.get('href')!r}")
        if link.get("rel") == "enclosure" and "/" not in link.get("type", ""):
            problems.append(f"{where}: enclosure without a MIME type")
    problems += _plain(entry.findtext(f"{ATOM}title"), f"{where} title")
    problems += _plain(entry.findtext(f"{ATOM}summary"), f"{where} summary")
    return problems
