"""The saved-page parser gives trafilatura's tree, with element classes looked up in C."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from site_builder.source.html_parse import parse_page

PAGES = [
    "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>",
    # An XML declaration with an encoding: lxml refuses it in a str, so bytes are parsed.
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Grüße</p><!-- c --></body></html>',
    "<html/>\n<body><form><input name='q' value='x'><label>L</label></form><p>x</p></body>",
    "<p>a paragraph</p><p>and another one</p>",  # no <html>: a fragment
    "just some words, no markup at all",  # not a page: both give None
    "<html><body><table><tr><td>cell</td></tr></table>&nbsp;\x00\x0b</body></html>",
]


@pytest.mark.parametrize("html", PAGES)
def test_same_tree_as_trafilatura(html: str) -> None:
    ours, theirs = parse_page(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None and theirs is not None:
        assert etree.tostring(ours, encoding="unicode") == etree.tostring(
            theirs, encoding="unicode"
        )


def test_every_element_is_a_plain_html_element() -> None:
    tree = parse_page(PAGES[2])
    assert tree is not None
    kinds = {type(element) for element in tree.iter(etree.Element)}
    assert kinds == {HtmlElement}  # form and input too: no lxml.html form classes
    assert tree.find(".//p") is not None and tree.find(".//p").text_content() == "x"
