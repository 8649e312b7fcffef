"""Decode a saved web page's bytes the way a browser does (the WHATWG Encoding and HTML
standards): byte order mark, then the declared charset, then UTF-8 or a detected legacy
encoding; bad bytes become replacement characters and are reported, never refused."""

from __future__ import annotations

import re
from dataclasses import dataclass

import charset_normalizer
import webencodings

# <meta charset=...> or <meta http-equiv="Content-Type" content="...; charset=...">. The
# standard's prescan reads the first 1,024 bytes; saved pages often declare later (after
# long comments or scripts), and a declaration anywhere in the head beats a guess.
_META = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_PRESCAN_BYTES = 65_536
# The standard's exceptions for a <meta> declaration: a page read as UTF-16 could not have
# declared itself in ASCII, and x-user-defined is read as windows-1252.
_META_OVERRIDES = {"utf-16le": "utf-8", "utf-16be": "utf-8", "x-user-defined": "windows-1252"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16le"), (b"\xfe\xff", "utf-16be"))
# An undeclared page that is not UTF-8: what browsers in most locales fall back to.
_FALLBACK = "windows-1252"


@dataclass(frozen=True)
class DecodedPage:
    """A page's text, the encoding it was read in, and what a browser silently repaired."""

    text: str
    encoding: str
    problems: tuple[str, ...] = ()


def decode_page(data: bytes) -> DecodedPage:
    """Text of a saved page, as a browser shows it; never raises on bad bytes."""
    encoding, how = _encoding(data)
    text, bom_encoding = webencodings.decode(data, encoding, errors="replace")
    problems = [how] if how else []
    replaced = text.count("\ufffd") - _count_replacement_chars(data, bom_encoding)
    if replaced > 0:
        problems.append(
            f"{replaced} invalid {bom_encoding.name} byte sequence(s) shown as "
            f"U+FFFD (first on line {_line(text, text.index(chr(0xFFFD)))})"
        )
    nuls = text.count("\x00")
    if nuls:
        # The HTML parser ignores U+0000 in text; lxml refuses it, so it goes here.
        text = text.replace("\x00", "")
        problems.append(f"{nuls} NUL byte(s) ignored, as a browser does")
    return DecodedPage(text, bom_encoding.name, tuple(problems))


def _encoding(data: bytes) -> tuple[str, str | None]:
    """The encoding to read the page in, and a note if it was guessed."""
    for bom, name in _BOMS:
        if data.startswith(bom):  # a byte order mark wins over any declaration
            return name, None
    declared = _declared(data)
    if declared:
        return declared, None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", None
    if _mostly_utf8(data):
        return "utf-8", None
    guess = charset_normalizer.from_bytes(data[:_PRESCAN_BYTES]).best()
    chosen = (_lookup(guess.encoding) if guess is not None else None) or _FALLBACK
    return chosen, f"no charset declared and not UTF-8: read as {chosen}"


def _declared(data: bytes) -> str | None:
    for found in _META.finditer(data[:_PRESCAN_BYTES]):
        name = _lookup(found.group(1).decode("ascii"))
        if name:
            return _META_OVERRIDES.get(name, name)
    return None


def _lookup(label: str) -> str | None:
    """The WHATWG name of an encoding label (``latin1`` is windows-1252, as in browsers)."""
    encoding = webencodings.lookup(label.replace("_", "-"))
    if encoding is None or encoding.name == "replacement":
        return None
    return str(encoding.name)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with some damaged bytes rather than a legacy encoding: 8-bit encodings almost
    never form valid multi-byte UTF-8 sequences by accident."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    return good > 0 and good >= bad


def _count_replacement_chars(data: bytes, encoding: webencodings.Encoding) -> int:
    """U+FFFD the page itself contains (in UTF-8), so that only repairs are reported."""
    return data.count("\ufffd".encode()) if encoding.name == "utf-8" else 0


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
