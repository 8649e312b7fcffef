"""Extract a saved news page's article body (structural HTML) and metadata."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from copy import deepcopy
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin

import ahocorasick
import nh3
import trafilatura
from lxml import etree
from lxml.html import HtmlElement

from site_builder.core.textnorm import squash
from site_builder.source.html_metadata import PageMetadata, read_metadata
from site_builder.source.html_parse import parse_fragment, parse_page
from site_builder.source.html_rescore import rescore, second_opinion


def _parts_automaton(parts: Iterable[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for part in sorted(parts):
        automaton.add_word(part, part)
    automaton.make_automaton()
    return automaton


def _has_part(automaton: Any, text: str) -> bool:
    return next(automaton.iter(text), None) is not None


# --- DOM pre-cleaning rules -------------------------------------------------------------------
# class/id words marking page furniture. A class or id names furniture when its first or last
# word is one of these ("share-buttons", "site-footer"): a word inside a name describes a part
# ("kb-tip-print-step"), a BEM modifier a variant ("TestReport__Section--Ads"), and a negation
# the opposite ("non-paywall"). "widget" and "tag" are absent: themes put them on article
# wrappers too.
BOILERPLATE_WORDS = frozenset(
    {
        "share",
        "sharing",
        "sharebar",
        "social",
        "socials",
        "related",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "comment",
        "comments",
        "disqus",
        "promo",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "adslot",
        "advertising",
        "sponsored",
        "outbrain",
        "taboola",
        "recommended",
        "recommendations",
        "popular",
        "trending",
        "breadcrumb",
        "breadcrumbs",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "sidebar",
        "paywall",
        "modal",
        "popup",
        "tags",
        "more-stories",
        "read-more",
        "see-also",
        "also-read",
        "most-read",
        "most-popular",
        "toolbar",
        "print",
        "tooltip",
        "popover",
        "hovercard",
    }
)
# A name can only be furniture if its lower-cased text contains the first part of a word
# (one pass of an Aho-Corasick automaton over the value; a regular expression's alternation
# of 50 words costs several times more, and most values on a page occur once).
FURNITURE_PARTS = _parts_automaton({word.split("-")[0] for word in BOILERPLATE_WORDS})
NEGATIONS = frozenset({"non", "no", "not", "without"})
NAME_WORD_SPLIT_RE = re.compile(r"[-_]+")
BOILERPLATE_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "toolbar",
    }
)
# Names on text itself say what the text is about, not that it is furniture: a heading's
# id "nav_summary" (a table-of-contents anchor), a glossary link "modal_lexicon" in a
# sentence. Only containers are judged by their names.
TEXT_TAGS = frozenset(
    {
        "a",
        "span",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "abbr",
        "small",
        "sub",
        "sup",
        "mark",
        "cite",
        "q",
        "time",
        "code",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "blockquote",
        "td",
        "th",
        "dd",
        "dt",
        "label",
        "font",
    }
)
# Only elements with one of these attributes can be judged furniture (read from each
# element's attribute names: a walk over every element is cheaper than an XPath query).
MARKERS = frozenset({"class", "id", "role", "hidden", "aria-hidden", "style"})
# ... and of these, the ones that mark furniture whatever the element's names say.
STATE_MARKERS = frozenset({"role", "hidden", "aria-hidden", "style"})
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Containers never removed by the word rules: they hold the article itself.
PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})
# A matched container holding more than this share of the page's text (in paragraphs, or at
# all) holds the article, whatever its class says ("comments-open"): keep it.
MAX_REMOVED_TEXT_SHARE = 0.4
# Sibling containers with one class, each this rich in paragraph text, are one split article.
MIN_CHUNK_TEXT = 200
CHUNK_TAGS = frozenset({"div", "section"})

WORD_RE = re.compile(r"\w")
# class/id words marking a caption or photo credit (first or last word, as above).
CAPTION_WORDS = frozenset(
    {
        "caption",
        "figcaption",
        "credit",
        "credits",
        "copyright",
        "photocredit",
        "bildunterschrift",
        "legende",
        "legend",
    }
)
CAPTION_PARTS = _parts_automaton(CAPTION_WORDS)
# Caption elements that, inside a paragraph, are cut out of it (their tail text stays).
INLINE_CAPTION_TAGS = frozenset({"span", "small", "em", "i", "strong", "b"})
# Page elements whose text can match an extracted block (to place images between blocks).
ANCHOR_TAGS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "table",
)
MIN_IMAGE_SIZE = 50  # px: icons, spacers and tracking pixels are smaller

# trafilatura XML tag -> HTML tag (None: keep the children, drop the element).
SIMPLE_TAGS: Mapping[str, str | None] = MappingProxyType(
    {
        "p": "p",
        "item": "li",
        "quote": "blockquote",
        "lb": "br",
        "del": "del",
        "row": "tr",
        "table": "table",
        "div": None,
        "span": None,
    }
)
INLINE_STYLES: Mapping[str, str] = MappingProxyType(
    {"#i": "em", "#b": "strong", "#sub": "sub", "#sup": "sup", "#t": "code"}
)
HEADING_LEVELS: Mapping[str, str] = MappingProxyType(
    {"h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
)
# Relative links and the schemes a static page can safely point to (no javascript:, data:).
SAFE_HREF_RE = re.compile(r"^(?![a-z][a-z0-9+.-]*:)|^(https?|mailto):", re.IGNORECASE)
MAX_TABLE_COLUMNS = 12
# Publishers' hyphenation hints ("Mit&shy;tel&shy;al&shy;ter"): invisible on the page, but
# they split every word they are in for search, cleaning rules and plain text, so the body
# goes without them (a browser hyphenates by itself with CSS "hyphens: auto").
SOFT_HYPHEN = "\u00ad"
SPACES_RE = re.compile(r"\s+")
# HTML elements that must not contain blocks, and trafilatura's block elements.
WRAPPER_TAGS = frozenset({"p", "a", "em", "strong", "sub", "sup", "code", "del"})
XML_BLOCK_TAGS = ("p", "head", "list", "quote", "table")
HTML_BLOCK_TAGS = frozenset(
    {"p", "h2", "h3", "h4", "ul", "ol", "blockquote", "pre", "table", "figure", "img"}
)
EDGE_TRIMMED_TAGS = ("p", "li", "h2", "h3", "h4", "blockquote", "td", "th", "figcaption")
# Table cells stay even when empty: removing one would shift the grid.
DROPPED_WHEN_EMPTY = ("p", "li", "h2", "h3", "h4", "blockquote", "figcaption", "ul", "ol")

ALLOWED_TAGS = frozenset(
    {
        "h2",
        "h3",
        "h4",
        "p",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "code",
        "a",
        "img",
        "figure",
        "figcaption",
        "em",
        "strong",
        "sub",
        "sup",
        "del",
        "br",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
)
SANITIZER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={"a": {"href", "title"}, "img": {"src", "alt", "title"}},
    url_schemes={"http", "https", "mailto"},
    link_rel=None,
)
TEXT_BLOCK_TAGS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "figcaption",
        "tr",
        "ul",
        "ol",
        "table",
        "figure",
        "div",
    }
)


@dataclass(frozen=True)
class ExtractedPage:
    """The article found in one saved page: metadata plus a sanitised structural body."""

    title: str | None
    author: str | None
    date: str | None
    modified: str | None
    description: str | None
    canonical_url: str | None
    language: str | None
    image: str | None
    tags: tuple[str, ...]
    body_html: str


def extract_page(html: str, *, url: str | None = None) -> ExtractedPage:
    """Extract metadata and the article body of a saved page; garbage gives an empty body."""
    meta, opinion = _extract(html, url)
    body_html = opinion.body_html
    if body_html:
        root = parse_fragment(body_html)  # parsed once, for its text and for the scorers
        text = _fragment_text(root)
        body_html = rescore(body_html, text, opinion.second, opinion.withheld, root=root)
    return _page(meta, body_html)


@dataclass(frozen=True)
class FirstOpinion:
    """Our body before the scorers judge it, with what they read: resiliparse's text of the
    page after our pre-cleaning (so that what pre-cleaning removed, share bars and the
    like, gets no second chance) and the text left out on purpose (the title, headlines,
    captions and photo credits: the scorers never add it back)."""

    body_html: str
    second: str
    withheld: str


def first_opinion(html: str) -> FirstOpinion:
    """The body before the scorers judge it (to train them: ``train_block_scorer.py``)."""
    return _extract(html, None)[1]


NO_OPINION = FirstOpinion("", "", "")


def _extract(html: str, url: str | None) -> tuple[PageMetadata, FirstOpinion]:
    tree = _load(html)
    if tree is None:
        return PageMetadata(), NO_OPINION
    meta = read_metadata(tree, url)
    base_url = url or meta.canonical_url
    captioned = _preclean(tree)
    _merge_split_bodies(tree)
    body = _extract_body(tree, base_url)
    if body is None:
        return meta, NO_OPINION
    captions = _caption_text(tree, captioned)
    texts = _keep_article_blocks(body, meta, captions)
    if not _has_prose(list(texts), tree):
        return meta, NO_OPINION
    blocks = _place_images(texts, tree, base_url)
    body_html = _render(blocks, texts, _figure_captions(tree, base_url))
    second = second_opinion(etree.tostring(tree, encoding="unicode", method="html"))
    headlines = [squash(h1.text_content()) for h1 in tree.iter("h1")]
    withheld = "\n".join([meta.title or "", *headlines, captions]).replace(SOFT_HYPHEN, "")
    return meta, FirstOpinion(body_html, second, withheld)


def html_to_text(body_html: str) -> str:
    """Plain text of a body fragment, one block per line."""
    if not body_html.strip():
        return ""
    return _fragment_text(parse_fragment(body_html))


def _fragment_text(root: etree._Element) -> str:
    """Plain text of a parsed body fragment (``parse_fragment``), one block per line."""
    parts: list[str] = []
    _collect_text(root, parts)
    lines = (squash(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _page(meta: PageMetadata, body_html: str) -> ExtractedPage:
    return ExtractedPage(
        title=meta.title,
        author=meta.author,
        date=meta.date,
        modified=meta.modified,
        description=meta.description,
        canonical_url=meta.canonical_url,
        language=meta.language,
        image=meta.image,
        tags=meta.tags,
        body_html=body_html,
    )


def _load(html: str) -> HtmlElement | None:
    if not html or not html.strip():
        return None
    tree = parse_page(html)
    return tree if isinstance(tree, HtmlElement) else None


# --- pre-cleaning -----------------------------------------------------------------------------
def _paragraph_chars(element: HtmlElement) -> int:
    return sum(len(p.text_content().strip()) for p in element.iter("p"))


def _is_hidden_or_furniture_role(element: HtmlElement) -> bool:
    """Whether an element is hidden, or its role is a page part (navigation, banner ...)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and HIDDEN_STYLE_RE.search(style):
        return True
    return element.get("role") in BOILERPLATE_ROLES


def _judge_names(tag: str, name: str, ident: str) -> tuple[bool, bool]:
    """(names a caption, names furniture) for an element's tag, class and id ("" if none)."""
    caption = tag != "figcaption" and (_value_names_caption(name) or _value_names_caption(ident))
    furniture = (
        tag not in PROTECTED_TAGS
        and tag not in TEXT_TAGS
        and (_value_names_furniture(name) or _value_names_furniture(ident))
    )
    return caption, furniture


@lru_cache(maxsize=4096)  # one look-up per element instead of one per name
def _value_names_furniture(value: str) -> bool:
    if not _has_part(FURNITURE_PARTS, value.lower()):  # most values: no need to split names
        return False
    return any(_names_furniture(name) for name in value.split())


@lru_cache(maxsize=4096)  # class names repeat on every element of a page, and across pages
def _names_furniture(name: str) -> bool:
    words = [w for w in NAME_WORD_SPLIT_RE.split(name.split("--", 1)[0].lower()) if w]
    if not words or words[0] in NEGATIONS:
        return False
    ends = (words[0], words[-1], "-".join(words[:2]), "-".join(words[-2:]))
    return any(end in BOILERPLATE_WORDS for end in ends)


def _preclean(tree: HtmlElement) -> list[HtmlElement]:
    """Drop page furniture by class/id/role/hidden markers before the extractor sees it.

    Returns the elements whose class or id names a caption (for ``_caption_text``): they
    are found in the same walk over the marked elements, which is the costly part. A
    page's elements share a few (tag, class, id) triples: each is judged once."""
    total = _paragraph_chars(tree) or 1
    total_text = len(tree.text_content()) or 1
    doomed: list[HtmlElement] = []
    captioned: list[HtmlElement] = []
    judged: dict[tuple[str, str, str], tuple[bool, bool]] = {}
    for el in tree.iter(etree.Element):  # elements only, in document order
        keys = el.keys()
        if not keys or MARKERS.isdisjoint(keys):
            continue
        names = (el.tag, el.get("class", ""), el.get("id", ""))
        found = judged.get(names)
        if found is None:
            found = judged[names] = _judge_names(*names)
        if found[0]:
            captioned.append(el)
        if names[0] in PROTECTED_TAGS:
            continue
        if found[1] or (not STATE_MARKERS.isdisjoint(keys) and _is_hidden_or_furniture_role(el)):
            doomed.append(el)
    for element in doomed:
        # Already gone with a removed ancestor, or too much of the page to be furniture.
        if element.getparent() is None or not _is_attached(element, tree):
            continue
        if (
            len(element.text_content()) <= MAX_REMOVED_TEXT_SHARE * total_text
            and _paragraph_chars(element) <= MAX_REMOVED_TEXT_SHARE * total
        ):
            element.drop_tree()
    for element in captioned:
        # A caption written inside a paragraph of the article (<p><a><img><span
        # class="legend">...</span></a>Text...) would run into the paragraph's own text.
        if (
            element.tag in INLINE_CAPTION_TAGS
            and _is_attached(element, tree)
            and any(a.tag == "p" for a in element.iterancestors())
        ):
            parent = element.getparent()
            element.drop_tree()
            # The link around the photo and its caption, now without text, would take the
            # paragraph's first words into it.
            if parent is not None and parent.tag == "a" and not parent.text_content().strip():
                parent.drop_tree()
    return captioned


def _is_attached(element: HtmlElement, root: HtmlElement) -> bool:
    """Whether element is below root (not dropped with an ancestor)."""
    # "in" walks the ancestors in C (elements compare by identity); any() over a generator
    # cost more.
    return root in element.iterancestors()


def _merge_split_bodies(tree: HtmlElement) -> None:
    """Join article text split into sibling chunks (ads between them) into the first chunk.

    Extractors pick one container; sites that cut the body into several same-class blocks
    would otherwise lose everything after the first block.
    """
    for parent in list(tree.iter(*CHUNK_TAGS, "article", "main", "body")):
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if child.tag in CHUNK_TAGS and child.get("class"):
                groups.setdefault((child.tag, child.get("class")), []).append(child)
        for members in groups.values():
            if len(members) < 2:  # nothing to join (and counting text is costly)
                continue
            rich = [m for m in members if _paragraph_chars(m) >= MIN_CHUNK_TEXT]
            for chunk in rich[1:]:
                rich[0].extend(list(chunk))
                chunk.drop_tree()


# --- extraction -------------------------------------------------------------------------------
def _extract_body(tree: HtmlElement, url: str | None) -> etree._Element | None:
    """One trafilatura pass, text only. Asked for images, trafilatura widens its pick to
    galleries and captions (measured: more boilerplate kept); reconciling that with a
    text-only pass lost whole blocks wherever the two passes disagreed. Images are put
    back from the page instead (``_place_images``)."""
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=True,
        include_formatting=True,
        with_metadata=False,
        output_format="xml",  # only the body tree is used: "python" would also render its text
    )
    body = getattr(document, "body", None)
    return body if body is not None and len(body) else None


def _norm_text(element: etree._Element) -> str:
    return squash("".join(element.itertext()))


def _is_image_block(block: etree._Element) -> bool:
    if block.tag == "graphic":
        return True
    # The cheap test first: trafilatura's text-only pass gives no <graphic> of its own.
    return block.find(".//graphic") is not None and not _norm_text(block)


def _caption_text(tree: HtmlElement, captioned: list[HtmlElement]) -> str:
    """All figure captions and photo credits still in the page, one per line (captioned:
    the elements named as captions before pre-cleaning, see ``_preclean``)."""
    found = list(tree.iter("figcaption"))
    found += [el for el in captioned if el is tree or _is_attached(el, tree)]
    return "\n".join(squash(el.text_content()) for el in found)


@lru_cache(maxsize=4096)
def _value_names_caption(value: str) -> bool:
    if not _has_part(CAPTION_PARTS, value.lower()):
        return False
    return any(_names_caption(name) for name in value.split())


@lru_cache(maxsize=4096)
def _names_caption(name: str) -> bool:
    words = [w for w in NAME_WORD_SPLIT_RE.split(name.split("--", 1)[0].lower()) if w]
    return bool(words) and (words[0] in CAPTION_WORDS or words[-1] in CAPTION_WORDS)


def _place_images(
    texts: Mapping[etree._Element, str], tree: HtmlElement, base_url: str | None
) -> list[etree._Element]:
    """The page's images between the article blocks (texts: each with its text, in order)
    they stand between in the page.

    Images before the first or after the last article block are left out: there stand
    logos, the lead image (already the page's ``image``) and teasers of other articles.
    """
    blocks = list(texts)
    anchors: dict[str, int] = {}
    for index, block in enumerate(blocks):
        anchors.setdefault(texts[block], index)
    anchors.pop("", None)
    before: dict[int, list[etree._Element]] = {}
    pending: list[etree._Element] = []
    started, seen = False, set()
    for element in tree.iter("img", *ANCHOR_TAGS):  # in document order
        if element.tag == "img":
            graphic = _graphic(element, base_url) if started else None
            if graphic is not None and graphic.get("src") not in seen:
                seen.add(graphic.get("src"))
                pending.append(graphic)
            continue
        if started and not pending:  # nothing to place: spare reading the element's text
            continue
        anchor = anchors.get(squash(element.text_content()))
        if anchor is not None:
            started = True
            before.setdefault(anchor, []).extend(pending)
            pending = []
    placed: list[etree._Element] = []
    for index, block in enumerate(blocks):
        placed.extend(before.get(index, ()))
        placed.append(block)
    return placed


def _graphic(img: HtmlElement, base_url: str | None) -> etree._Element | None:
    """A trafilatura-style <graphic> for a content image; None for icons and pixels."""
    for size in (img.get("width", ""), img.get("height", "")):
        if size.strip().isdigit() and int(size) < MIN_IMAGE_SIZE:
            return None
    candidates = [v for k, v in img.attrib.items() if k.startswith("data-src")]
    candidates.append(img.get("src", ""))
    src = next((c.strip() for c in candidates if c.strip() and not c.startswith("data:")), "")
    if not src:
        return None
    if src.startswith("//"):
        src = "https:" + src
    elif base_url:
        src = urljoin(base_url, src)
    graphic = etree.Element("graphic", src=src, alt=img.get("alt", ""))
    if img.get("title"):
        graphic.set("title", img.get("title", ""))
    return graphic


def _keep_article_blocks(
    body: etree._Element, meta: PageMetadata, captions: str
) -> dict[etree._Element, str]:
    """The blocks kept, in order, each with its text (read once: later steps need it too).

    Drop the headline, captions and photo credits (they belong under
    their image, not in the text) and empty blocks.

    A heading before the first paragraph is the headline when it repeats the title or is
    the page's <h1> (the headline in the page's own wording); other headings there are
    section headings or the standfirst, and stay."""
    kept: dict[etree._Element, str] = {}
    started = False
    for block in body:
        text = _norm_text(block)
        if _is_image_block(block):
            kept[block] = text
        elif block.tag == "head" and not started and _is_headline(block, meta):
            continue
        elif not _is_boilerplate_block(text) and not (text in captions and block.tag == "p"):
            kept[block] = text
            started = True
    return kept


def _has_prose(blocks: list[etree._Element], tree: HtmlElement) -> bool:
    """Whether any block has text outside links: link lists alone are navigation, not an article.

    trafilatura's last-resort fallback returns link text as plain paragraphs, hence the check
    against the page's own link texts as well.
    """
    link_texts = {squash(a.text_content()) for a in tree.iter("a")}
    for block in blocks:
        unlinked = deepcopy(block)
        etree.strip_elements(unlinked, "ref", with_tail=False)
        text = _norm_text(unlinked)
        if WORD_RE.search(text) and text not in link_texts:
            return True
    return False


def _is_headline(block: etree._Element, meta: PageMetadata) -> bool:
    return block.get("rend") == "h1" or _is_title(block, meta.title)


def _is_title(block: etree._Element, title: str | None) -> bool:
    wanted = squash(title or "").casefold()
    return bool(wanted) and _norm_text(block).casefold() == wanted


def _is_boilerplate_block(text: str) -> bool:
    """Only empty blocks go here: text lines are judged by the cleaning rules, which record
    every removal so ``explain`` can show it."""
    return not WORD_RE.search(text)


# --- rendering --------------------------------------------------------------------------------
def _figure_captions(tree: HtmlElement, base_url: str | None) -> dict[str, str]:
    """Image URL (as written and as trafilatura resolves it) -> caption of its <figure>."""
    captions: dict[str, str] = {}
    for figure in tree.iter("figure"):
        caption = figure.find(".//figcaption")
        text = squash(caption.text_content()) if caption is not None else ""
        for img in figure.iter("img") if text else ():
            for name, value in img.attrib.items():
                if name == "src" or name.startswith("data-src"):
                    for key in _url_forms(value.strip(), base_url):
                        captions.setdefault(key, text)
    return captions


def _url_forms(src: str, base_url: str | None) -> tuple[str, ...]:
    if src.startswith("//"):
        return (src, "http:" + src, "https:" + src)
    return (src, urljoin(base_url, src)) if base_url else (src,)


def _render(
    blocks: list[etree._Element], texts: Mapping[etree._Element, str], captions: dict[str, str]
) -> str:
    """The body's HTML (texts: the article blocks' texts; placed images have none)."""
    root = etree.Element("div")
    shown = " ".join(texts.get(block, "") for block in blocks)
    # A caption the extractor already kept as a paragraph is not repeated under the image.
    captions = {src: text for src, text in captions.items() if text not in shown}
    for block in blocks:
        if _is_image_block(block):
            for graphic in block.iter("graphic"):
                _append_image(graphic, root, captions)
        else:
            _convert(block, root, captions)
    _wrap_loose_inline(root)
    _strip_block_edges(root)
    _drop_empty_blocks(root)
    html = "".join(etree.tostring(child, encoding="unicode", method="html") for child in root)
    return SANITIZER.clean(html).replace(SOFT_HYPHEN, "").strip()


def _wrap_loose_inline(root: etree._Element) -> None:
    """Put top-level text and inline elements (left by unwrapping) into paragraphs."""
    children: list[etree._Element] = []
    paragraph: etree._Element | None = None
    loose = [(None, root.text)] + [(child, child.tail) for child in root]
    root.text = None
    for child, text in loose:
        if child is not None:
            child.tail = None
            if child.tag in HTML_BLOCK_TAGS:
                children.append(child)
                paragraph = None
            else:
                paragraph = _open_paragraph(paragraph, children)
                paragraph.append(child)
        if text and text.strip():
            paragraph = _open_paragraph(paragraph, children)
            _append_text(paragraph, text)
    root[:] = children


def _open_paragraph(
    paragraph: etree._Element | None, children: list[etree._Element]
) -> etree._Element:
    if paragraph is None:
        paragraph = etree.Element("p")
        children.append(paragraph)
    return paragraph


def _drop_empty_blocks(root: etree._Element) -> None:
    """Remove blocks left without text or image (e.g. a paragraph that only held a <br>)."""
    for element in reversed(list(root.iter(*DROPPED_WHEN_EMPTY))):
        parent = element.getparent()
        if parent is None or _norm_text(element) or element.find(".//img") is not None:
            continue
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + (element.tail or "")
        else:
            parent.text = (parent.text or "") + (element.tail or "")
        parent.remove(element)


def _html_tag(element: etree._Element) -> str | None:
    tag, rend = str(element.tag), element.get("rend", "")
    if tag == "head":
        return HEADING_LEVELS.get(rend, "h2")
    if tag == "list":
        return "ol" if rend == "ol" else "ul"
    if tag == "hi":
        return INLINE_STYLES.get(rend)
    if tag == "cell":
        return "th" if element.get("role") == "head" else "td"
    if tag == "ref":
        return "a" if _is_safe_url(element.get("target")) else None
    return _code_tag(element) if tag == "code" else SIMPLE_TAGS.get(tag)


def _code_tag(element: etree._Element) -> str:
    """trafilatura writes <code> for code blocks and inline code alike ("from a <code>
    requirements.txt</code> file"): a block stands on its own (a child of the body) or
    spans lines; within a line of text, or inside a block of code, it is inline code (a
    <pre> there broke the paragraph in two and put the word on a line of its own)."""
    parent = element.getparent()
    if parent is None or parent.tag == "body":
        return "pre"
    if parent.tag == "code":
        return "code"
    spans_lines = "\n" in "".join(element.itertext()).strip() or element.find(".//lb") is not None
    return "pre" if spans_lines else "code"


def _convert(element: etree._Element, parent: etree._Element, captions: dict[str, str]) -> None:
    """Append the HTML form of one trafilatura XML element (and its tail) to parent."""
    if element.tag == "graphic":
        _append_image(element, parent, captions)
    elif element.tag == "table" and not _is_simple_table(element):
        _flatten_table(element, parent)
    else:
        tag = _html_tag(element)
        # trafilatura nests blocks in paragraphs or links (<p><ref><head>): keep the blocks,
        # drop the wrapper, or the HTML parser would re-nest them into empty paragraphs.
        if tag in WRAPPER_TAGS and next(element.iterdescendants(*XML_BLOCK_TAGS), None) is not None:
            tag = None
        target = etree.SubElement(parent, tag) if tag else parent
        if tag == "a":
            target.set("href", element.get("target", ""))
        _append_text(target, _clean_ws(element.text, target))
        for child in element:
            _convert(child, target, captions)
    _append_text(parent, _clean_ws(element.tail, parent))


def _is_safe_url(url: str | None) -> bool:
    return bool(url and url.strip() and SAFE_HREF_RE.match(url.strip()))


def _is_simple_table(table: etree._Element) -> bool:
    rows = list(table.iter("row"))
    return (
        table.find(".//table") is None
        and all(len(row) <= MAX_TABLE_COLUMNS for row in rows)
        and not any(cell.find(".//list") is not None for cell in table.iter("cell"))
    )


def _flatten_table(table: etree._Element, parent: etree._Element) -> None:
    """Layout or nested tables: keep each cell's text as a paragraph, drop the grid."""
    for cell in table.iter("cell"):
        text = _norm_text(cell) if cell.find(".//table") is None else ""
        if text:
            etree.SubElement(parent, "p").text = text


def _append_image(
    graphic: etree._Element, parent: etree._Element, captions: dict[str, str]
) -> None:
    src = graphic.get("src", "")
    if not _is_safe_url(src):
        return
    caption = captions.get(src)
    # <figure> is a block: only at the top level, never inside a paragraph or list item.
    top_level = parent.getparent() is None
    holder = etree.SubElement(parent, "figure") if caption and top_level else parent
    img = etree.SubElement(holder, "img", src=src, alt=graphic.get("alt", ""))
    if graphic.get("title"):
        img.set("title", graphic.get("title", ""))
    if holder is not parent:
        etree.SubElement(holder, "figcaption").text = caption


def _strip_block_edges(root: etree._Element) -> None:
    """Trim the whitespace left at the start and end of each block by the source markup."""
    for element in root.iter(*EDGE_TRIMMED_TAGS):
        element.text = (element.text or "").lstrip() or None
        last = element[-1] if len(element) else None
        if last is None:
            element.text = (element.text or "").rstrip() or None
        else:
            last.tail = (last.tail or "").rstrip() or None


def _clean_ws(text: str | None, container: etree._Element) -> str:
    if not text:
        return ""
    if container.tag == "pre" or next(container.iterancestors("pre"), None) is not None:
        return text  # code: its spaces and line breaks are its layout
    return SPACES_RE.sub(" ", text)


def _append_text(element: etree._Element, text: str) -> None:
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _collect_text(element: etree._Element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    block = tag in TEXT_BLOCK_TAGS
    parts.append("\n" if block or tag == "br" else "")
    parts.append(element.text or "")
    for child in element:
        _collect_text(child, parts)
    parts.append("\n" if block else "")
    parts.append(("\t" if tag in ("td", "th") else "") + (element.tail or ""))
