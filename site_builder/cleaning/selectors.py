"""Per-source DOM rules for saved web pages: CSS selectors whose elements are removed
before extraction, each removal recorded like any other."""

from __future__ import annotations

from collections.abc import Sequence

from bs4 import BeautifulSoup

from site_builder.core.model import Removal
from site_builder.core.textnorm import normalize_line

# How much of a removed element's text a removal keeps (enough to recognise it).
_SHOWN = 300


def strip_selectors(
    html: str, selectors: Sequence[str], domain: str | None
) -> tuple[str, tuple[Removal, ...]]:
    """The page without the elements the selectors match, and what was removed."""
    if not selectors:
        return html, ()
    soup = BeautifulSoup(html, "lxml")
    removals = []
    where = f"pages from {domain}" if domain else "every page"
    for selector in selectors:
        for element in soup.select(selector):
            text = normalize_line(element.get_text(" "))
            element.decompose()
            if text:
                removals.append(
                    Removal(
                        text[:_SHOWN],
                        f"selector {selector}",
                        "site",
                        f"site.toml selector for {where}",
                        layer="selector",
                    )
                )
    return str(soup), tuple(removals)
