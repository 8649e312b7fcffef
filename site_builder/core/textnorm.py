"""Text normalisation: Unicode spaces, invisible characters and XML-forbidden code points."""

from __future__ import annotations

import re

# Every Unicode space separator (NBSP, narrow NBSP, figure space, ...) reads as a plain space.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters that only ever get in the way of matching and searching.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Code points XML 1.0 forbids, plus lone surrogates: lxml (and so feedgen) refuses them.
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def strip_forbidden(text: str) -> str:
    """Remove characters that XML 1.0 forbids (they break feeds and confuse browsers)."""
    return _XML_FORBIDDEN.sub("", text)


def squash(text: str) -> str:
    """The text's words separated by single spaces (any whitespace, newlines too)."""
    return " ".join(text.split())


def normalize_line(line: str) -> str:
    """One line with spaces collapsed, invisible characters removed, ends trimmed."""
    if line.isascii() and "  " not in line and "\t" not in line:
        return line.strip()  # nothing to collapse or remove (most lines): skip the regexes
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()
