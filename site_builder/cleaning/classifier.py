"""The statistical layer: a logistic-regression line classifier shipped as data.

A line becomes a bag of features (words, word pairs, character 4-grams inside words, and
structural signals: length, how it ends, capitals, digits, URLs, separators, timestamps);
the model is one weight per feature plus a bias, stored in ``model.json.gz`` beside this
module and produced by ``training/train_classifier.py`` (rerunning it gives the same bytes).
Inference is plain Python: a dictionary look-up per feature and a logistic function, so the
package needs no numerical library at run time. The model is loaded once per process.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

# Lines longer than this are paragraphs: the classifier never judges them (nor trains on them).
MAX_CLASSIFIED_CHARS = 300
_MODEL_FILE = "model.json.gz"

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+", re.UNICODE)
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|lv|lt|ee|ru|ua|de|fr|es|pl|it|pt|nl)\b/?")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_SHORTCODE = re.compile(r"^\[/?[a-z_]+(?:\s[^\]]*)?\]$")
_SEPARATORS = re.compile(r"\s[|/>›»·•]\s")
_SEPARATOR_CHARS = frozenset("|/>›»·•")
_QUOTES = frozenset('"«»“”„')
_CLOSING_QUOTES = ('"', "»", "“", "”")
_END_CLASSES = {".": "dot", "!": "bang", "?": "ask", ":": "colon", "…": "dots", ")": "paren"}
_TOKEN = re.compile(r"\w+|[^\w\s]")
_KEPT_MARKS = frozenset("|/·•:-–—»›()[]{}©@#!?.,;")


@cache
def _cue_words() -> dict[str, str]:
    """Every language's words that address the reader ("you", "ваш") or speak for the outlet
    ("we", "our"), and reported-speech verbs ("said"): signals that carry across languages."""
    from site_builder.cleaning.languages import all_phrases  # noqa: PLC0415

    cues: dict[str, str] = {}
    for phrases in all_phrases():
        for kind in ("reader", "outlet"):
            for word in getattr(phrases, kind).split("|"):
                cues.setdefault(word, kind)
    return cues


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    for index, edge in enumerate(edges):
        if value <= edge:
            return index
    return len(edges)


def _signals(text: str, lower: str) -> list[str]:
    """Structural signals; cheap string tests first, so most lines run no regex here."""
    found: list[str] = []
    digits = any(map(str.isdigit, text))
    if ("." in lower or "/" in lower) and _URL.search(lower):
        found.append("s:url")
    if "@" in text and _EMAIL.search(text):
        found.append("s:email")
    if digits:
        if _TIME.search(text):
            found.append("s:time")
        if _DATE.search(text):
            found.append("s:date")
        if text[:1].isdigit() and _ISO.match(text):
            found.append("s:iso")
    if text[:1] == "[" and _SHORTCODE.match(lower):
        found.append("s:shortcode")
    if "©" in text:
        found.append("s:copy")
    if not _QUOTES.isdisjoint(text):
        found.append("s:quote")
        if text[:1] in _QUOTES:
            # Quoted words with more after the quote are reported speech ("„Follow us“, the
            # mayor wrote"), not a prompt of the page's own.
            close = max(text.rfind(mark, 1) for mark in _CLOSING_QUOTES)
            found.append("s:quoted-then-more" if 0 < close < len(text) - 6 else "s:quoted")
    return found


def features(line: str) -> list[str]:
    """The features of one (plain, normalised) line; the training script uses the same."""
    text = line.strip()
    lower = text.lower()
    words = _WORD.findall(lower)
    feats = _structure(text, lower, words)
    previous = "^"
    for word in words:
        token = "0" if word.isdigit() else word
        feats.append("w:" + token)
        feats.append(f"b:{previous} {token}")
        previous = token
        if len(word) > 3 and not word.isdigit():
            padded = f"<{word}>"
            feats.extend("c:" + padded[i : i + 4] for i in range(len(padded) - 3))
    feats.append(f"b:{previous} $")
    return feats


def _structure(text: str, lower: str, words: list[str]) -> list[str]:
    """The features of a line that are not its words and word pairs."""
    feats = [
        f"len:{_bucket(len(text), (8, 16, 30, 50, 80, 120, 180))}",
        f"words:{_bucket(len(words), (1, 2, 3, 5, 8, 12, 20))}",
        "end:" + _END_CLASSES.get(text[-1:], "digit" if text[-1:].isdigit() else "other"),
        "cap" if text[:1].isupper() else "nocap",
    ]
    feats.extend(_signals(text, lower))
    separators = 0 if _SEPARATOR_CHARS.isdisjoint(text) else len(_SEPARATORS.findall(text))
    if separators:
        feats.append(f"s:sep{min(separators, 3)}")
    commas = text.count(",")
    feats.append(f"s:commas{min(commas, 3)}")
    if ":" in text[:40] and not text.endswith(":"):
        # A label opens the line ("Tags: ..."); a colon after a clause is a sentence's.
        before = len(text[: text.index(":")].split())
        feats.append("s:label" if before <= 2 else "s:colon-late")
    alpha = [w for w in text.split() if w[:1].isalpha()]
    if alpha:
        capitals = sum(1 for w in alpha if w[:1].isupper()) * 4 // len(alpha)
        feats.append(f"s:caps{capitals}")
    digits = sum(map(str.isdigit, text)) * 10 // max(len(text), 1)
    feats.append(f"s:digits{min(digits, 5)}")
    shape = ["0" if w.isdigit() else "w" for w in words[:3]]
    feats.append("start:" + "".join(shape))
    feats.extend(_shape(text, words))
    feats.append("sig:" + _signature(_TOKEN.findall(text[:60])[:5]))
    feats.append("sigend:" + _signature(_TOKEN.findall(text[-30:])[-3:]))
    return feats


def _signature(tokens: list[str]) -> str:
    """The classes of a few tokens, in order ("A a : A" is a label line's start, "0 a" a
    counter's)."""
    return "".join(map(_token_class, tokens))


def _token_class(token: str) -> str:
    """A token's class: "0" a number, "A" a capitalised word, "a" a lower-case one, a
    separator or bracket as itself, "p" any other mark."""
    if token.isdigit():
        return "0"
    if token[:1].isalpha():
        return "A" if token[:1].isupper() else "a"
    return token if token in _KEPT_MARKS else "p"


def _shape(text: str, words: list[str]) -> list[str]:
    """Sentence shape: whom the line addresses, how it starts and ends, how dense its short
    function words are (news prose is dense with them, prompts and labels are not)."""
    found: list[str] = []
    cues = _cue_words()
    kinds = {cues[w] for w in words if w in cues}
    found.extend(f"s:{kind}" for kind in sorted(kinds))
    if words:
        first = words[0]
        found.append("first:" + ("0" if first.isdigit() else first))
        found.append("last:" + ("0" if words[-1].isdigit() else words[-1]))
        if len(first) > 4 and not first.isdigit():
            found.append("firststem:" + first[:5])
        short = sum(1 for w in words if len(w) <= 3 and not w.isdigit()) * 4 // len(words)
        found.append(f"s:short{short}")
    sentence = text[:1].isupper() and text[-1:] in ".!?" and len(words) >= 8
    found.append("s:sentence" if sentence else "s:fragment")
    return found


@dataclass(frozen=True)
class Verdict:
    """The classifier's probability that a line is boilerplate, and the words behind it."""

    probability: float
    cues: tuple[str, ...]

    def reason(self) -> str:
        cues = ", ".join(self.cues) if self.cues else "line shape"
        return f"classifier {self.probability:.2f}: {cues}"


# Words whose weight (the word and its character 4-grams) one process keeps: a site's
# vocabulary is far smaller, and the cache is emptied when full.
_WORD_CACHE = 200_000


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]
    threshold: float
    # word -> the summed weight of its "w:" and "c:" features (they depend on the word alone)
    _words: dict[str, float] = field(default_factory=dict, init=False, repr=False, compare=False)

    def score(self, line: str) -> float:
        """The bias plus the weight of every feature of ``features(line)``, duplicates
        included; a word's own features are summed once per process (most of a line's
        features are its words' character 4-grams)."""
        text = line.strip()
        lower = text.lower()
        words = _WORD.findall(lower)
        weights = self.weights
        total = 0.0
        for feat in _structure(text, lower, words):
            total += weights.get(feat, 0.0)
        previous = "^"
        for word in words:
            token = "0" if word.isdigit() else word
            total += self._word(word, token) + weights.get(f"b:{previous} {token}", 0.0)
            previous = token
        return self.bias + total + weights.get(f"b:{previous} $", 0.0)

    def _word(self, word: str, token: str) -> float:
        known = self._words.get(word)
        if known is not None:
            return known
        weights = self.weights
        weight = weights.get("w:" + token, 0.0)
        if len(word) > 3 and not word.isdigit():
            padded = f"<{word}>"
            weight += sum(
                weights.get("c:" + padded[i : i + 4], 0.0) for i in range(len(padded) - 3)
            )
        if len(self._words) >= _WORD_CACHE:
            self._words.clear()
        self._words[word] = weight
        return weight

    def verdict(self, line: str) -> Verdict | None:
        """None for lines too long to judge; otherwise the probability and its cues."""
        if not line or len(line) > MAX_CLASSIFIED_CHARS:
            return None
        score = self.score(line)
        probability = 1.0 / (1.0 + math.exp(-max(min(score, 40.0), -40.0)))
        return Verdict(probability, self._cues(line) if probability >= 0.5 else ())

    def _cues(self, line: str) -> tuple[str, ...]:
        """The words that pushed the line most towards boilerplate (for explain): those of
        more than three letters whose own features weigh most."""
        scores = {
            word: self._word(word, word)
            for word in _WORD.findall(line.lower())
            if len(word) > 3 and not word.isdigit()
        }
        ranked = sorted((w for w in scores if scores[w] > 0), key=lambda w: (-scores[w], w))
        return tuple(ranked[:3])

    def is_boilerplate(self, line: str) -> Verdict | None:
        """The verdict when the line is boilerplate at the shipped threshold, else None."""
        verdict = self.verdict(line)
        return verdict if verdict is not None and verdict.probability >= self.threshold else None


def model_from_json(data: dict[str, object]) -> Model:
    """The model from its JSON, read with every number a float (``parse_int=float``): the
    154,000 weights are used as JSON gives them, not copied into a new dictionary (about
    a tenth of the time a process takes to load the model)."""
    weights = data["weights"]
    assert isinstance(weights, dict)
    return Model(float(str(data["bias"])), weights, float(str(data["threshold"])))


@cache
def load_model() -> Model:
    """The shipped model (read once per process)."""
    raw = resources.files(__package__).joinpath(_MODEL_FILE).read_bytes()
    return model_from_json(json.loads(gzip.decompress(raw), parse_int=float))
