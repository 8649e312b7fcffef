"""Structural pre-cleaning of a saved page: the parts that are not the article because of
what they are in the page's markup, not because of their class names.

- *Other posts.* A blog or news page often shows more than one post: the article, and
  teasers of other posts ("you may also like", the next and previous posts, a featured
  story), each in its own ``<article>``. When exactly one of the page's outermost
  ``<article>`` elements has a heading that is the page's title, the others are other
  posts. (Which one has the ``<h1>`` says nothing: a featured teaser can have it.)
- *Tag lists.* A link with ``rel="tag"`` (the rel-tag microformat; WordPress writes
  ``rel="category tag"``) names a tag or category of the page. The largest element around
  such links with next to no text of its own ("Tags:", commas) is the page's tag list.
  A tag link inside a sentence stays, as the sentence does.
- *Teaser cards.* Other stories are announced in cards: an image and a linked headline
  (and often a line of summary), in two or more siblings built alike (one tag, one
  class). An article's own figures, galleries and lists are not built so: a gallery's
  links hold only images, a list's items have no images.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from site_builder.core.textnorm import squash

HEADINGS = ("h1", "h2", "h3")
# Elements a tag list is never taken for: they hold the article.
PAGE_TAGS = frozenset({"html", "body", "main", "article"})
# An element around tag links with more than this much text besides theirs (characters,
# spaces squashed) is not only a tag list: a label ("Tags:", "Filed under") and separators.
MAX_LABEL_CHARS = 30
# Teaser cards: at least this many siblings built alike, each with an image and a linked
# headline of this many words, and no more text than a headline and a summary.
MIN_CARDS = 2
MIN_HEADLINE_WORDS = 3
MAX_CARD_CHARS = 500
# How far above an image a card's parent may be (a card nests its image in a link, a
# figure, a table ...).
MAX_CARD_DEPTH = 10
IMAGE_FILE_RE = re.compile(r"\.(jpe?g|png|gif|webp|avif|svg)([?#]|$)", re.IGNORECASE)
WORDS_RE = re.compile(r"\w+")
# A heading that only begins the title (or a title that only begins the heading: the site's
# name is added or left out) is the title from this many words on.
MIN_PREFIX_WORDS = 3


def _words(text: str) -> tuple[str, ...]:
    """The words of a text, case folded: punctuation ("..." or "…") and spacing aside."""
    return tuple(WORDS_RE.findall(text.casefold()))


def drop_other_posts(tree: HtmlElement, title: str | None) -> None:
    """Remove the outermost ``<article>`` elements other than the one headed by the title."""
    wanted = _words(title or "")
    if not wanted:
        return
    outermost = [
        article
        for article in tree.iter("article")
        if next(article.iterancestors("article"), None) is None
    ]
    if len(outermost) < 2:
        return
    headed = [article for article in outermost if _is_headed(article, wanted)]
    if len(headed) != 1:
        return
    for article in outermost:
        if article is not headed[0]:
            article.drop_tree()


def _is_headed(article: HtmlElement, title: tuple[str, ...]) -> bool:
    """Whether a heading of the article is the title (title: its words)."""
    for heading in article.iter(*HEADINGS):
        words = _words(heading.text_content())
        if words == title:
            return True
        shorter = min(len(words), len(title))
        if shorter >= MIN_PREFIX_WORDS and words[:shorter] == title[:shorter]:
            return True
    return False


def drop_tag_lists(tree: HtmlElement) -> None:
    """Remove the elements that hold only rel-tag links and a label."""
    for link in list(tree.iter("a")):
        if "tag" not in link.get("rel", "").lower().split() or link.getparent() is None:
            continue
        tag_list = _tag_list(link)
        if tag_list is not None and tag_list.getparent() is not None:  # not dropped already
            tag_list.drop_tree()


def _tag_list(link: HtmlElement) -> HtmlElement | None:
    """The largest element around a tag link that is only a tag list (None: the link is
    in a sentence)."""
    found: HtmlElement | None = None
    element = link.getparent()
    while element is not None and element.tag not in PAGE_TAGS:
        if not _is_tag_list(element):
            break
        found = element
        element = element.getparent()
    return found


def _is_tag_list(element: HtmlElement) -> bool:
    text = element.text_content()
    links = [a for a in element.iter("a") if "tag" in a.get("rel", "").lower().split()]
    linked = sum(len(a.text_content()) for a in links)
    if len(text) - linked > 8 * MAX_LABEL_CHARS:  # the cheap test first: a page's layout
        return False
    return len(squash(text)) - sum(len(squash(a.text_content())) for a in links) <= (
        MAX_LABEL_CHARS + 2 * len(links)  # a separator between links: ", "
    )


def drop_teaser_cards(tree: HtmlElement) -> None:
    """Remove groups of teaser cards (siblings alike, each an image and a linked headline)."""
    seen: set[HtmlElement] = set()
    doomed: list[HtmlElement] = []
    for img in tree.iter("img"):
        for depth, parent in enumerate(img.iterancestors()):
            if depth >= MAX_CARD_DEPTH or parent.tag in PAGE_TAGS:
                break
            if parent in seen:
                continue
            seen.add(parent)
            doomed += _cards(parent)
    for card in doomed:
        if card.getparent() is not None:
            card.drop_tree()


def _cards(parent: HtmlElement) -> list[HtmlElement]:
    """The children of parent that are teaser cards, when at least MIN_CARDS are."""
    if len(parent) < MIN_CARDS:
        return []
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for child in parent:
        if isinstance(child.tag, str):
            groups.setdefault((child.tag, child.get("class", "")), []).append(child)
    found: list[HtmlElement] = []
    for members in groups.values():
        if len(members) >= MIN_CARDS:
            headlines = {member: _card_headline(member) for member in members}
            cards = [member for member, headline in headlines.items() if headline]
            # Teasers announce different stories; a repeated link ("Full solution") is
            # part of each item of an article's own list.
            if len(set(headlines.values()) - {""}) >= MIN_CARDS:
                found += cards
    return found


def _card_headline(element: HtmlElement) -> str:
    """The linked headline of a teaser card ("" when the element is no card)."""
    if next(element.iter("img"), None) is None:
        return ""
    if len(element.text_content()) > 2 * MAX_CARD_CHARS:  # the cheap test first
        return ""
    if len(squash(element.text_content())) > MAX_CARD_CHARS:
        return ""
    return next((text for link in element.iter("a") if (text := _headline(link))), "")


def _headline(link: HtmlElement) -> str:
    """The link's text if it is a headline linking to another page, else ""."""
    href = link.get("href", "").strip()
    if not href or href.startswith("#") or IMAGE_FILE_RE.search(href):
        return ""
    text = squash(link.text_content())
    return text if len(text.split()) >= MIN_HEADLINE_WORDS else ""
