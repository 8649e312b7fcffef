"""Recover structure from plain text: title line, paragraphs, subheadings, broken quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from site_builder.core.headline import may_be_title
from site_builder.core.textnorm import normalize_line

_TERMINAL = tuple('.!?…:;"”»’)')
_MAX_HEADING_WORDS = 12
_MAX_HEADING_CHARS = 90
_WRAP_WIDTH = 100  # blocks whose lines are all this short are hard-wrapped paragraphs


@dataclass(frozen=True)
class Piece:
    text: str
    quoted: bool = False
    trail: str = ""  # punctuation that follows a quotation ("..." , with)

    def html(self) -> str:
        text = escape(self.text, quote=False)
        return (f"<q>{text}</q>" if self.quoted else text) + self.trail


@dataclass(frozen=True)
class Block:
    kind: str  # "p" or "h2"
    pieces: tuple[Piece, ...]

    @property
    def text(self) -> str:
        return " ".join(p.text + p.trail for p in self.pieces)


@dataclass(frozen=True)
class TextStructure:
    title: str | None
    blocks: tuple[Block, ...]


def _chunks(body: str) -> list[list[str]]:
    """Blank-line separated chunks of normalised, non-empty lines."""
    chunks: list[list[str]] = [[]]
    for raw in body.split("\n"):
        line = normalize_line(raw)
        if line:
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    return [c for c in chunks if c]


def _units(chunks: list[list[str]]) -> list[tuple[str, bool]]:
    """Paragraph candidates, each with whether a blank line preceded it."""
    units: list[tuple[str, bool]] = []
    for chunk in chunks:
        if len(chunk) > 1 and max(map(len, chunk)) <= _WRAP_WIDTH:
            units.append((" ".join(chunk), True))
        else:
            units.extend((line, i == 0) for i, line in enumerate(chunk))
    return units


def _continues(previous: str, line: str) -> bool:
    """A fragment continues the previous one: no sentence end before, lowercase after."""
    return not previous.endswith(_TERMINAL) and line[:1].islower()


def _join_fragments(units: list[tuple[str, bool]]) -> list[list[Piece]]:
    """Join sentence fragments; a fragment set off by blank lines on both sides is a quote."""
    groups: list[list[tuple[str, bool]]] = []
    for text, after_blank in units:
        if groups and _continues(groups[-1][-1][0], text):
            groups[-1].append((text, after_blank))
        else:
            groups.append([(text, after_blank)])
    return [_pieces(group) for group in groups]


def _pieces(group: list[tuple[str, bool]]) -> list[Piece]:
    pieces = []
    for index, (text, after_blank) in enumerate(group):
        inner = 0 < index < len(group) - 1
        quoted = inner and after_blank and group[index + 1][1]
        if quoted:
            core = text.rstrip(",;")
            pieces.append(Piece(core, True, text[len(core) :]))
        else:
            pieces.append(Piece(text))
    return pieces


def _is_heading(text: str) -> bool:
    words = text.split()
    return (
        len(words) <= _MAX_HEADING_WORDS
        and len(text) <= _MAX_HEADING_CHARS
        and not text.endswith(_TERMINAL)
        and not text.endswith(",")
        and text[:1].isupper()
    )


def parse_text(body: str) -> TextStructure:
    """Structure of a plain-text article body."""
    chunks = _chunks(body)
    title = None
    if len(chunks) > 1 and len(chunks[0]) == 1 and may_be_title(chunks[0][0]):
        title = chunks[0][0]
        chunks = chunks[1:]
    groups = _join_fragments(_units(chunks))
    blocks = []
    for index, pieces in enumerate(groups):
        single = len(pieces) == 1
        kind = (
            "h2" if single and 0 < index < len(groups) - 1 and _is_heading(pieces[0].text) else "p"
        )
        blocks.append(Block(kind, tuple(pieces)))
    return TextStructure(title, tuple(blocks))


def blocks_to_html(blocks: tuple[Block, ...]) -> str:
    """HTML for recovered blocks; quoted fragments become inline <q> quotations."""
    return "\n".join(f"<{b.kind}>{' '.join(p.html() for p in b.pieces)}</{b.kind}>" for b in blocks)


# Words after which a long first sentence can be cut into a headline-sized main clause.
_CLAUSE_BREAKS = re.compile(
    r"\s(?:even as|while|as|after|amid|because|although|but|whereas|kamēr|jo|taču|пока|"
    r"после|хотя|поки|після|während|nachdem|alors que|tandis que|mientras|después de|"
    r"podczas gdy|po tym)\s|[,;:—–]\s?",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(.+?[.!?])(?:\s+[A-ZĀ-ŽА-ЯЁІЇЄ“\"]|$)")
_TITLE_MIN, _TITLE_MAX = 30, 110


def derive_title(text: str) -> str:
    """A headline from a lead paragraph: its first sentence, cut to its main clause if long."""
    found = _SENTENCE.match(text)
    sentence = (found.group(1) if found else text).rstrip(".")
    if len(sentence) <= _TITLE_MAX:
        return sentence
    for cut in _CLAUSE_BREAKS.finditer(sentence):
        if _TITLE_MIN <= cut.start() <= _TITLE_MAX:
            return sentence[: cut.start()].rstrip(" ,;:")
    head = sentence[:_TITLE_MAX].rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


def after_title(text: str, title: str) -> str:
    """What a lead paragraph says after the headline ``derive_title`` took from it: the
    summary starts there rather than repeat the headline's words ("" when the lead is
    all headline). A headline cut within a sentence leaves the rest of it, marked "…"."""
    head = title.removesuffix("…")
    if not head or not text.startswith(head):
        return text
    rest = text[len(head) :]
    new_sentence = rest.lstrip().startswith(tuple(".!?")) or not rest.strip()
    rest = rest.lstrip(" .,;:!?–—-").strip()
    return rest if new_sentence or not rest else f"…{rest}"
