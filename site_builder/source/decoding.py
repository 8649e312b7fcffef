"""Decoding document bytes: UTF-8 (with or without a BOM), else a legacy encoding that
reads as the site's language; never silent mojibake."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import charset_normalizer

from site_builder.core.errors import ContentError
from site_builder.source.scan import SIDECAR_SUFFIX

# Legacy encodings by language: byte-level detection cannot tell Baltic text in cp1257 from
# German in cp1252 (both score equally), so among equally good guesses the site's language
# decides.
LEGACY_ENCODINGS: dict[str, tuple[str, ...]] = {
    "lv": ("cp1257", "iso8859_13", "iso8859_4"),
    "lt": ("cp1257", "iso8859_13", "iso8859_4"),
    "et": ("cp1257", "iso8859_15"),
    "ru": ("cp1251", "koi8_r", "iso8859_5"),
    "uk": ("cp1251", "koi8_u", "iso8859_5"),
    "pl": ("cp1250", "iso8859_2"),
    "de": ("cp1252", "iso8859_15"),
    "fr": ("cp1252", "iso8859_15"),
    "es": ("cp1252", "iso8859_15"),
    "en": ("cp1252",),
}
# What legacy-decoded text may contain besides ASCII: each language's letters, and the
# punctuation news copy uses. Byte-level detection alone happily turns a short Latvian or
# KOI8-R text into Chinese, or stray bytes into plausible-looking symbols (mojibake); a
# guess is only taken when the result reads as the language.
ALPHABETS: dict[str, str] = {
    "lv": "āčēģīķļņšūž",
    "lt": "ąčęėįšųūž",
    "et": "äöõüšž",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "pl": "ąćęłńóśźż",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "en": "éèêëàâäçïîôöüûñáíóúãõåøæœß",
}
COMMON_SYMBOLS = frozenset("«»‹›„“”‘’–—‐‑‒―…€£¥¢°©®™§¶•·×÷±½¼¾¹²³µ‰†‡′″№¡¿ºª")
MAX_FOREIGN_SHARE = 0.1  # the odd foreign name in a legacy-encoded text
_SAMPLE = 100_000  # characters judged at each end of a long legacy-encoded text
MIN_COHERENCE = 0.2  # charset-normalizer must also recognise a language in its guess
BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# charset-normalizer's language names, for the languages ALPHABETS knows.
_LANGUAGE_CODES = {
    "English": "en",
    "German": "de",
    "French": "fr",
    "Spanish": "es",
    "Polish": "pl",
    "Russian": "ru",
    "Ukrainian": "uk",
    "Lithuanian": "lt",
    "Estonian": "et",
}
# WHATWG: browsers read these labels as windows-1252, and so do we.
_AS_CP1252 = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso_8859-1"}
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_WORD = re.compile(r"[^\W\d_]+")


def line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def _odd_word(word: str) -> bool:
    """Latin and Cyrillic letters in one word ("Valdоba"), or a capital after a small
    letter ("ЮпрьБуш"): what text read in the wrong 8-bit encoding looks like."""
    latin = any(c.isascii() or "\u00c0" <= c <= "\u024f" for c in word)
    cyrillic = any("\u0400" <= c <= "\u04ff" for c in word)
    flips = any(a.islower() and b.isupper() for a, b in pairwise(word))
    return (latin and cyrillic) or flips


def _reads_as(text: str, language: str) -> bool:
    """Whether legacy-decoded text looks like ``language`` rather than mojibake."""
    if len(text) > 2 * _SAMPLE:
        # Mojibake is uniform across a file: its two ends tell (a 9 MB text took 40 s).
        text = f"{text[:_SAMPLE]}\n{text[-_SAMPLE:]}"
    alphabet = ALPHABETS.get(language, "")
    alphabet += alphabet.upper()
    special = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not special:
        return True
    foreign = sum(1 for c in special if c not in (alphabet if c.isalpha() else COMMON_SYMBOLS))
    if foreign > MAX_FOREIGN_SHARE * len(special):
        return False
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if sum(map(_odd_word, words)) > MAX_FOREIGN_SHARE * len(words):
        return False
    letters = sum(1 for c in text if c.isalpha())
    # Latin-script languages have a minority of accented letters; cp1251 Russian read as
    # cp1252 ("Ïðàâèòåëüñòâî") has nothing else.
    return language in ("ru", "uk") or len(special) <= 0.5 * letters


def _declared_charset(data: bytes) -> str | None:
    """The encoding a saved HTML page declares in a <meta> tag, if Python knows it."""
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return None
    label = found.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup("cp1252" if label in _AS_CP1252 else label).name
    except LookupError:
        return None
    return None if name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be") else name


def _coherence(data: bytes, encoding: str) -> float:
    """How much charset-normalizer recognises a language in ``data`` read as ``encoding``."""
    best = charset_normalizer.from_bytes(data, cp_isolation=[encoding]).best()
    return best.coherence if best is not None else 0.0


# Readings whose letter statistics are this close are equally likely: a short text cannot
# tell windows-1251 from Mac-Cyrillic (they differ in the capitals alone), and picking one
# silently turned "Мэр сообщил" into "ћэр сообщил".
_CLOSE_COHERENCE = 0.1
_COMMON_ENCODINGS = frozenset(e for table in LEGACY_ENCODINGS.values() for e in table)


@dataclass(frozen=True)
class Reading:
    """Decoded text, and the other encodings that read it as plausibly but differently."""

    text: str
    encoding: str | None = None  # None: UTF-8 (or another Unicode form)
    rivals: tuple[str, ...] = ()

    def warning(self) -> str | None:
        """What to tell the author when the encoding was a guess among equals."""
        if not self.rivals:
            return None
        return (
            f"the encoding is uncertain: {', '.join((self.encoding or '', *self.rivals))} "
            f"are about as likely and read the text differently; read as {self.encoding}"
        )

    @property
    def hint(self) -> str:
        return (
            f'add encoding = "{self.encoding}" (or the right one) to the document\'s '
            f"{SIDECAR_SUFFIX} sidecar, or save it as UTF-8"
        )


def _rivals(data: bytes, chosen: str, text: str, scores: dict[str, float]) -> tuple[str, ...]:
    """The encodings scored about as high as ``chosen`` whose text differs."""
    best = scores.get(chosen, 0.0)
    return tuple(
        sorted(
            encoding
            for encoding, score in scores.items()
            if encoding != chosen
            and score >= best - _CLOSE_COHERENCE
            and data.decode(encoding, errors="replace") != text
        )
    )


def _legacy(data: bytes, language: str, declared: str | None) -> Reading | None:
    """A legacy (8-bit) encoding's text: the declared one, else the language's encoding
    whose text reads as the language (the most coherent one if several do, the first in
    the table on a tie), else a confident charset-normalizer guess. Equally likely
    readings that differ are named as rivals."""
    if declared:
        try:
            return Reading(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass
    readable: dict[str, str] = {}
    for encoding in LEGACY_ENCODINGS.get(language, ()):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as(text, language):
            readable[encoding] = text
    if len(readable) > 1:
        # A KOI8 text also decodes as (case-swapped) cp1251: let letter statistics decide;
        # max() keeps the table's order on a tie.
        scores = {encoding: _coherence(data, encoding) for encoding in readable}
        chosen = max(readable, key=scores.__getitem__)
        return Reading(readable[chosen], chosen, _rivals(data, chosen, readable[chosen], scores))
    if readable:
        encoding, text = next(iter(readable.items()))
        return Reading(text, encoding)
    return _guessed(data)


def _guessed(data: bytes) -> Reading | None:
    """charset-normalizer's confident guess, if its text reads as a language it found."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None or best.coherence < MIN_COHERENCE:
        return None
    text = str(best)
    if not _plausible(text, best.languages):
        return None
    scores = {
        m.encoding: m.coherence
        for m in matches
        if m.coherence >= MIN_COHERENCE and _plausible(str(m), m.languages)
    }
    chosen = best.encoding
    # Among readings about as likely, a common encoding (windows-1251) is far more often
    # right than a rare one (Mac-Cyrillic).
    close = [e for e in scores if scores[e] >= best.coherence - _CLOSE_COHERENCE]
    common = [e for e in close if e in _COMMON_ENCODINGS]
    if chosen not in _COMMON_ENCODINGS and common:
        chosen = max(common, key=scores.__getitem__)
        text = data.decode(chosen)
    return Reading(text, chosen, _rivals(data, chosen, text, scores))


def _plausible(text: str, languages: list[str]) -> bool:
    known = [_LANGUAGE_CODES[name] for name in languages if name in _LANGUAGE_CODES]
    return not known or any(_reads_as(text, code) for code in known)


def _broken_utf8(data: bytes) -> bool:
    """Mostly UTF-8 with some bad bytes (a damaged file), rather than a legacy encoding:
    8-bit encodings almost never form valid multi-byte UTF-8 sequences by accident."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII, counted in C
    return good > 0 and good >= bad


def decode(data: bytes, path: Path, language: str = "en") -> str:
    """Text from bytes (see ``read_text``)."""
    return read_text(data, path, language).text


def read_text(
    data: bytes, path: Path, language: str = "en", encoding: str | None = None
) -> Reading:
    """Text from bytes: in ``encoding`` when the author named one, else UTF-8 (with or
    without BOM), UTF-16/32 with a BOM, else a legacy encoding that reads as the
    document's language; anything else is reported, never guessed into mojibake."""
    if encoding is not None:
        try:
            return Reading(data.decode(encoding), encoding)
        except UnicodeDecodeError as exc:
            raise ContentError(
                path,
                f"text is not valid {encoding} (as its sidecar says): {exc.reason}",
                line=line_of(data, exc.start),
                hint="correct the sidecar's encoding, or save the file as UTF-8",
            ) from exc
    language = language.replace("_", "-").split("-", maxsplit=1)[0].lower()
    for bom, unicode in BOMS:
        if data.startswith(bom):
            try:
                return Reading(data[len(bom) :].decode(unicode))
            except UnicodeDecodeError as exc:
                raise ContentError(
                    path,
                    f"invalid {unicode.upper()} text after its byte order mark: {exc.reason}",
                    line=line_of(data, exc.start + len(bom)),
                    hint="save the file as UTF-8",
                ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        # A line number helps with a text file that has a stray NUL, not with an image.
        try:
            line: int | None = data[:nul].decode("utf-8").count("\n") + 1
        except UnicodeDecodeError:
            line = None
        raise ContentError(
            path,
            "file looks binary (it contains NUL bytes)",
            line=line,
            hint="only text, Markdown and HTML documents belong in content/",
        )
    try:
        return Reading(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line = line_of(data, exc.start)
        if _broken_utf8(data):
            raise ContentError(
                path,
                f"invalid UTF-8 byte sequence {data[exc.start : exc.end]!r} "
                "in otherwise UTF-8 text",
                line=line,
                hint="the file is damaged: fix or retype that line",
            ) from exc
        reading = _legacy(data, language, _declared_charset(data))
        if reading is None:
            raise ContentError(
                path,
                "text is not UTF-8 and its encoding could not be told "
                f"reliably (site language '{language}')",
                line=line,
                hint="save the file as UTF-8, or name its encoding in the "
                f'{SIDECAR_SUFFIX} sidecar (encoding = "cp1251")',
            ) from exc
        return reading
