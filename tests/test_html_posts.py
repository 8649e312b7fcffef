"""Tests for structural pre-cleaning: other posts, tag lists, teaser cards."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from lxml.html import HtmlElement

from site_builder.source.html_posts import drop_other_posts, drop_tag_lists, drop_teaser_cards

STORY = (
    "The city council voted on Tuesday to extend the night bus network to the eastern "
    "suburbs, a change residents have requested for almost a decade."
)


def _tree(body: str) -> HtmlElement:
    tree: HtmlElement = lxml_html.fromstring(f"<html><body>{body}</body></html>")
    return tree


def _text(tree: HtmlElement) -> str:
    return " ".join(tree.text_content().split())


# --- other posts ------------------------------------------------------------------------------
def test_posts_other_than_the_one_headed_by_the_title_go() -> None:
    tree = _tree(
        "<article><h1>Only the brave love…</h1><p>" + STORY + "</p></article>"
        "<article><h3>You may also like</h3><article><p>Another post entirely, with its own"
        " long text about something else.</p></article></article>"
    )
    drop_other_posts(tree, "Only the brave love...")  # "..." against "…": same words
    assert STORY in _text(tree) and "Another post" not in _text(tree)


def test_a_featured_teaser_with_the_h1_is_not_taken_for_the_article() -> None:
    tree = _tree(
        "<article><h2>Night buses reach the suburbs</h2><p>" + STORY + "</p></article>"
        "<article><h1>Featured: another story</h1><p>Its teaser.</p></article>"
    )
    drop_other_posts(tree, "Night buses reach the suburbs | Daily Example")
    assert STORY in _text(tree) and "Featured" not in _text(tree)


def test_posts_stay_when_no_single_one_is_headed_by_the_title() -> None:
    body = "<article><h2>Part one</h2><p>A.</p></article><article><h2>Part two</h2></article>"
    for title in (None, "Something else", "Part"):
        tree = _tree(body)
        drop_other_posts(tree, title)
        assert "Part one" in _text(tree) and "Part two" in _text(tree)


# --- tag lists --------------------------------------------------------------------------------
def test_a_tag_list_goes_with_its_label() -> None:
    tree = _tree(
        "<div><p>" + STORY + "</p><strong>Tags<br>"
        '<a href="/tag/buses" rel="tag">buses</a>, '
        '<a href="/tag/night" rel="category tag">night service</a></strong></div>'
    )
    drop_tag_lists(tree)
    assert STORY in _text(tree) and "Tags" not in _text(tree) and "buses" not in _text(tree)


def test_a_tag_link_in_a_sentence_stays() -> None:
    tree = _tree('<p>More on <a href="/tag/buses" rel="tag">buses</a>: ' + STORY + "</p>")
    drop_tag_lists(tree)
    assert "More on buses" in _text(tree)


# --- teaser cards -----------------------------------------------------------------------------
def _card(n: int, link: str) -> str:
    return (
        f'<li class="card"><a href="/story-{n}"><img src="/t{n}.jpg"></a>'
        f'<h3><a href="/story-{n}">{link}</a></h3><p>One line of summary {n}.</p></li>'
    )


@pytest.mark.parametrize("count", [2, 4])  # a pair: the previous and the next post
def test_teaser_cards_go(count: int) -> None:
    cards = "".join(_card(n, f"Another headline number {n}") for n in range(count))
    tree = _tree("<p>" + STORY + "</p><ul>" + cards + "</ul>")
    drop_teaser_cards(tree)
    assert STORY in _text(tree) and "headline" not in _text(tree)


def test_list_items_repeating_one_link_are_not_cards() -> None:
    items = "".join(_card(n, "Full worked solution") for n in range(4))
    tree = _tree("<p>" + STORY + "</p><ol>" + items + "</ol>")
    drop_teaser_cards(tree)
    assert _text(tree).count("Full worked solution") == 4


def test_a_gallery_is_not_cards() -> None:
    items = "".join(
        f'<figure class="g"><a href="/big{n}.jpg"><img src="/t{n}.jpg"></a>'
        f"<figcaption>The new night bus at stop {n}</figcaption></figure>"
        for n in range(4)
    )
    tree = _tree("<p>" + STORY + "</p><div>" + items + "</div>")
    drop_teaser_cards(tree)
    assert "stop 3" in _text(tree)
