"""Parse a saved page's text into the tree that extraction works on.

trafilatura's ``load_html`` parses with lxml.html's parser, which picks each element's
Python class with a Python function, called every time lxml hands out an element: several
thousand times per page, in our pre-cleaning and in trafilatura's own walks over the same
tree (about 2 ms of a page's 46, measured on the development pages). This parser has
lxml pick the class in C: every element is a plain ``HtmlElement``. What is lost is the
form elements' own classes (``FormElement``, ``InputElement``: form fields and values),
which neither extraction nor trafilatura uses. The steps around the parse are
``load_html``'s, so the tree is the same: on every development page the extracted page
is identical.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fragment_fromstring,
    fromstring,
)
from trafilatura.utils import is_dubious_html, repair_faulty_html

# trafilatura's parser options (trafilatura.utils.HTML_PARSER), with the C class look-up.
PARSER = HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
)
PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement,
        comment=HtmlComment,
        pi=HtmlProcessingInstruction,
        entity=HtmlEntity,
    )
)
FAILURES = (ValueError, TypeError, etree.LxmlError)


def parse_page(html: str) -> HtmlElement | None:
    """The page's tree, or None when the text is not HTML (as ``load_html`` decides)."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree: HtmlElement | None
    try:
        tree = fromstring(html, parser=PARSER)
    except ValueError:  # a string that declares its encoding: lxml wants bytes then
        return _checked(_parse_bytes(html), dubious)
    except FAILURES:
        tree = None
    if tree is None or len(tree) < 1:
        tree = _parse_bytes(html)
    return _checked(tree, dubious)


def _checked(tree: HtmlElement | None, dubious: bool) -> HtmlElement | None:
    if tree is not None and dubious and len(tree) < 2:
        return None  # no <html> and next to nothing parsed: not a page
    return tree


def _parse_bytes(html: str) -> HtmlElement | None:
    try:
        return fromstring(html.encode("utf-8", "surrogatepass"), parser=PARSER)
    except FAILURES:
        return None


def parse_fragment(body_html: str) -> HtmlElement:
    """A body fragment (our sanitised HTML) under one <div>, parsed with the same C class
    look-up: reading our body back (its text, the scorers' blocks) is a walk too."""
    root: HtmlElement = fragment_fromstring(body_html, create_parent="div", parser=PARSER)
    return root
