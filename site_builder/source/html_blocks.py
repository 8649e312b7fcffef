"""The blocks of an extracted body and a second extractor's lines, each with the features a
block scorer reads (``html_rescore``; trained by ``benchmarks/train_block_scorer.py``).

Two kinds of rows:

- a *unit* is one text block of our body (a paragraph, heading, list item, table row,
  caption): the scorer says whether to keep it;
- a *candidate* is a line of resiliparse's main-content text that our body does not
  have: the scorer says whether to add it.

Features are plain floats, named in ``UNIT_FEATURES`` and ``CANDIDATE_FEATURES`` (the
shipped weights are stored by name, so a reordering here cannot silently misread them).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from lxml import etree

from site_builder.core.textnorm import squash

TOKEN_RE = re.compile(r"\w+")
WORD_RE = re.compile(r"\w")
DIGIT_RE = re.compile(r"\d")
SENTENCE_END_RE = re.compile(r"[.!?:;\"“”»)…]$")
GRAM = 3  # words per shingle when comparing a line with another extractor's text
# Containers whose children are the units (a list's items, a table's rows); every other
# top-level element is one unit, but a figure: its caption belongs to its image and stays
# with it.
SPLIT_TAGS = frozenset({"ul", "ol", "table", "tbody", "thead", "blockquote"})
UNIT_TAGS = ("p", "li", "h2", "h3", "h4", "tr", "pre")
# A second-opinion line counts as ours when this share of its shingles is in our text.
INSIDE_COVER = 0.5
FAR = 99  # lines: the distance given when no line of the other text is ours

UNIT_FEATURES = (
    "second_opinion_cover",
    "log_chars",
    "log_words",
    "sentence_end",
    "position",
    "is_first",
    "is_last",
    "log_units_after",
    "log_units_before",
    "link_share",
    "digit_share",
    "log_length_ratio",
    "few_words",
    "ends_with_colon",
    "log_units",
    *(f"tag_{tag}" for tag in UNIT_TAGS),
    "tag_other",
    "in_list",
)
CANDIDATE_FEATURES = (
    "log_chars",
    "log_words",
    "sentence_end",
    "log_distance",
    "before_ours",
    "between_ours",
    "after_ours",
    "none_ours",
    "previous_is_ours",
    "next_is_ours",
    "digit_share",
    "few_words",
    "log_our_chars",
    "share_ours",
)


@dataclass(frozen=True)
class Unit:
    element: etree._Element
    text: str
    features: tuple[float, ...]


@dataclass(frozen=True)
class Candidate:
    """A line to add; ``after``: the index of the second-opinion line before it that is
    ours (-1: none), to place it."""

    text: str
    after: int
    features: tuple[float, ...]


@dataclass(frozen=True)
class Rows:
    """One page's units and candidates; ``lines``: the second opinion's lines (those
    withheld left out), ``inside``: which of them are ours."""

    units: list[Unit]
    lines: list[str]
    inside: list[bool]
    candidates: list[Candidate]


Shingles = frozenset[tuple[str, ...]]


def shingles(text: str) -> Shingles:
    tokens = TOKEN_RE.findall(text.lower())
    if len(tokens) < GRAM:
        return frozenset({tuple(tokens)}) if tokens else frozenset()
    return frozenset(zip(tokens, tokens[1:], tokens[2:], strict=False))


def cover(own: Shingles, others: Shingles) -> float:
    """The share of a text's shingles (own) found in others (1.0 for a text without words)."""
    return len(own & others) / len(own) if own else 1.0


def rows(root: etree._Element, our_text: str, second_text: str, withheld: str) -> Rows:
    """Our body's units (root: the body's fragment; our_text: its plain text) and the
    second opinion's lines as candidates (withheld: text left out on purpose, never a
    candidate). Each text's shingles are computed once: the page's whole text is the union
    of its lines'."""
    lines = [
        line
        for line in (squash(raw) for raw in second_text.split("\n"))
        if WORD_RE.search(line) and line not in withheld
    ]
    known: dict[str, Shingles] = {}  # a line the two extractors agree on is shingled once
    line_shingles = [_shingles_of(line, known) for line in lines]
    found: list[tuple[etree._Element, str, str]] = []
    _collect_units(root, found)
    unit_shingles = [_shingles_of(text, known) for _, text, _ in found]
    theirs: Shingles = frozenset().union(*line_shingles)
    ours: Shingles = frozenset().union(*unit_shingles)
    found_units = _units(found, unit_shingles, theirs, len(second_text) / (len(our_text) + 1))
    inside = [cover(own, ours) >= INSIDE_COVER for own in line_shingles]
    return Rows(found_units, lines, inside, _candidates(lines, inside, len(our_text)))


def _shingles_of(text: str, known: dict[str, Shingles]) -> Shingles:
    found = known.get(text)
    if found is None:
        found = known[text] = shingles(text)
    return found


def _units(
    found: list[tuple[etree._Element, str, str]],
    unit_shingles: list[Shingles],
    theirs: Shingles,
    ratio: float,
) -> list[Unit]:
    count = len(found)
    result: list[Unit] = []
    for index, ((element, text, parent), own) in enumerate(zip(found, unit_shingles, strict=True)):
        words = len(text.split())
        links = sum(len(squash(a.text_content())) for a in element.iter("a"))
        tag = str(element.tag)
        features = (
            cover(own, theirs),
            math.log1p(len(text)),
            math.log1p(words),
            float(bool(SENTENCE_END_RE.search(text))),
            index / max(1, count - 1),
            float(index == 0),
            float(index == count - 1),
            math.log1p(count - 1 - index),
            math.log1p(index),
            links / len(text),
            _digit_share(text),
            math.log1p(ratio),
            float(words <= 4),
            float(text.endswith(":")),
            math.log1p(count),
            *(float(tag == name) for name in UNIT_TAGS),
            float(tag not in UNIT_TAGS),
            float(parent in ("ul", "ol")),
        )
        result.append(Unit(element, text, features))
    return result


def _collect_units(element: etree._Element, found: list[tuple[etree._Element, str, str]]) -> None:
    for child in element:
        if not isinstance(child.tag, str) or child.tag == "figure":
            continue
        if child.tag in SPLIT_TAGS and len(child):
            _collect_units(child, found)
            continue
        text = squash(child.text_content())
        if text:
            found.append((child, text, str(element.tag)))


def _candidates(lines: list[str], inside: list[bool], our_chars: int) -> list[Candidate]:
    positions = [index for index, is_ours in enumerate(inside) if is_ours]
    share = len(positions) / max(1, len(lines))
    result: list[Candidate] = []
    after = -1
    for index, line in enumerate(lines):
        if inside[index]:
            after = index
            continue
        if positions:
            distance = _distance(index, positions)
            zone = 0 if index < positions[0] else (2 if index > positions[-1] else 1)
        else:
            distance, zone = FAR, 3
        words = len(line.split())
        features = (
            math.log1p(len(line)),
            math.log1p(words),
            float(bool(SENTENCE_END_RE.search(line))),
            math.log1p(distance),
            float(zone == 0),
            float(zone == 1),
            float(zone == 2),
            float(zone == 3),
            float(index > 0 and inside[index - 1]),
            float(index + 1 < len(lines) and inside[index + 1]),
            _digit_share(line),
            float(words <= 4),
            math.log1p(our_chars),
            share,
        )
        result.append(Candidate(line, after, features))
    return result


def _distance(index: int, positions: list[int]) -> int:
    """The distance from index to the nearest of positions (sorted, none equal to index)."""
    at = bisect.bisect_left(positions, index)
    near = positions[max(0, at - 1) : at + 1]
    return min(abs(index - position) for position in near)


def _digit_share(text: str) -> float:
    return len(DIGIT_RE.findall(text)) / len(text)
