"""A second opinion on the extracted body: resiliparse's main-content text, and two small
logistic-regression scorers (shipped as data, ``block_scorer.json``) that read it.

trafilatura (our extractor) and resiliparse disagree on a page's edges: what one keeps
the other often drops. Neither is right on its own, but where they disagree a block's
own shape (length, a sentence ending, links, where it stands) tells which is likely
right. So:

- each block of our body is kept unless the unit scorer puts its chance of being article
  text below one half (a block resiliparse also has scores higher);
- each line resiliparse has and our body lacks is added, as a paragraph after the block
  it follows in resiliparse's text, when the candidate scorer puts that chance at 0.8
  or more (``ADD_AT``).

Both scorers were trained on the development part of trafilatura's evaluation pages
only, with five-fold cross-validation by page (``benchmarks/train_block_scorer.py``);
the held-out part was never used. Scoring is a dot product: deterministic.
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lxml import etree
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

from site_builder.core.textnorm import squash
from site_builder.source.html_blocks import (
    CANDIDATE_FEATURES,
    UNIT_FEATURES,
    Candidate,
    Unit,
    rows,
)
from site_builder.source.html_parse import parse_fragment

SCORER_FILE = "block_scorer.json"
KEEP_AT = 0.5  # probability of being article text from which a block of ours is kept
# ... and from which a line is added: higher, as an added line that is not article text
# costs more than a kept one (chosen on the development pages by cross-validation: 0.5
# gained as much there but lost 0.004 F1 on scrapinghub's pages, 0.8 none).
ADD_AT = 0.8


@dataclass(frozen=True)
class Scorer:
    """A logistic regression: feature names, one weight each, and the intercept."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float

    def probability(self, features: Sequence[float]) -> float:
        if len(features) != len(self.weights):
            raise ValueError(f"{len(features)} features for {len(self.weights)} weights")
        z = self.intercept + math.fsum(map(operator.mul, self.weights, features))
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


@lru_cache(maxsize=1)
def scorers() -> tuple[Scorer, Scorer]:
    """The shipped (unit, candidate) scorers, their weights put in our feature order."""
    data = json.loads(resources.files(__package__).joinpath(SCORER_FILE).read_text("utf-8"))
    return _scorer(data["unit"], UNIT_FEATURES), _scorer(data["candidate"], CANDIDATE_FEATURES)


def _scorer(data: Mapping[str, object], names: tuple[str, ...]) -> Scorer:
    weights = data["weights"]
    if not isinstance(weights, dict) or set(weights) != set(names):
        raise ValueError(f"{SCORER_FILE}: the weights do not name the features {names}")
    return Scorer(names, tuple(float(weights[n]) for n in names), float(str(data["intercept"])))


def second_opinion(html: str) -> str:
    """resiliparse's main-content text of the page ("" when it cannot parse it): text only,
    one block a line, no comment sections (as our extraction), no list bullets or image
    alt texts (our body text has neither), no soft hyphens (our body has none either)."""
    try:
        tree = HTMLTree.parse(html)
        return str(
            extract_plain_text(
                tree,
                preserve_formatting=True,
                main_content=True,
                list_bullets=False,
                alt_texts=False,
                comments=False,
            )
        ).replace("\u00ad", "")
    except (ValueError, TypeError, RuntimeError):
        return ""


def rescore(
    body_html: str,
    our_text: str,
    second_text: str,
    withheld: str,
    *,
    judges: tuple[Scorer, Scorer] | None = None,
    root: etree._Element | None = None,
) -> str:
    """The body with the blocks the scorers reject dropped and the lines they accept added.

    our_text: the body's plain text (``html_to_text``); second_text: ``second_opinion``;
    withheld: text left out on purpose, never added back;
    judges: (unit, candidate) scorers other than the shipped ones (to cross-validate);
    root: body_html already parsed (``parse_fragment``), to spare parsing it again; it
    may be changed."""
    if not body_html.strip() or not second_text.strip():
        return body_html
    unit_scorer, candidate_scorer = judges or scorers()
    if root is None:
        root = parse_fragment(body_html)
    found = rows(root, our_text, second_text, withheld)
    added = [c for c in found.candidates if candidate_scorer.probability(c.features) >= ADD_AT]
    dropped = [u for u in found.units if unit_scorer.probability(u.features) < KEEP_AT]
    if not added and not dropped:
        return body_html
    if added:
        _insert(root, found.units, found.lines, found.inside, added)
    for unit in dropped:
        _remove(unit.element, root)
    return "".join(etree.tostring(child, encoding="unicode", method="html") for child in root)


def _insert(
    root: etree._Element,
    found: list[Unit],
    lines: list[str],
    inside: list[bool],
    added: list[Candidate],
) -> None:
    """Each added line as a paragraph after the top-level block holding the line of ours
    that it follows in the second opinion (before our first block when none)."""
    holders: dict[int, etree._Element] = {}
    for index, line in enumerate(lines):
        if inside[index]:
            unit = next((u for u in found if line in u.text or u.text in line), None)
            if unit is not None:
                holders[index] = _top_level(unit.element, root)
    after: etree._Element | None = None
    last_index = -2
    for row in added:
        if row.after != last_index:  # a new run of lines: find its place
            last_index = row.after
            after = _holder_before(holders, row.after)
        paragraph = etree.Element("p")
        paragraph.text = row.text
        if after is None:
            root.insert(0, paragraph)
        else:
            after.addnext(paragraph)
        after = paragraph


def _holder_before(holders: dict[int, etree._Element], index: int) -> etree._Element | None:
    known = [i for i in holders if i <= index]
    return holders[max(known)] if known else None


def _top_level(element: etree._Element, root: etree._Element) -> etree._Element:
    while (parent := element.getparent()) is not None and parent is not root:
        element = parent
    return element


def _remove(element: etree._Element, root: etree._Element) -> None:
    """Drop a block, and the containers it leaves without text or image."""
    parent = element.getparent()
    if parent is None:
        return
    _drop_keeping_tail(element)
    while parent is not root and parent is not None:
        grand = parent.getparent()
        if squash(parent.text_content()) or parent.find(".//img") is not None:
            return
        _drop_keeping_tail(parent)
        parent = grand


def _drop_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
