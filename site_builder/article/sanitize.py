"""Allowlist sanitising of article HTML (nh3), the last step before HTML is trusted."""

from __future__ import annotations

import nh3

from site_builder.core.textnorm import strip_forbidden

# What article bodies may contain: text structure, links, images and simple tables.
TAGS = frozenset(
    {
        "p",
        "br",
        "hr",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "q",
        "cite",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "a",
        "img",
        "figure",
        "figcaption",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "s",
        "sub",
        "sup",
        "small",
        "mark",
        "abbr",
        "time",
        "code",
        "pre",
        "kbd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "caption",
    }
)
ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed"},
    # Heading ids are link targets ("#background"); Markdown footnotes link between the
    # reference (<sup id="fnref:1">) and the note (<li id="fn:1">).
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "h5": {"id"},
    "h6": {"id"},
    "sup": {"id"},
    "li": {"id"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Tags whose content is never text a reader should see.
DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "template",
        "iframe",
        "object",
        "embed",
        "noscript",
        "svg",
        "math",
        "form",
        "select",
        "textarea",
    }
)


def sanitize_html(html: str) -> str:
    """Only allowed tags, attributes and URL schemes survive; scripts and styles vanish."""
    # Character references such as "&#x1b;" come out of nh3 as the raw control character,
    # which XML (feeds) and HTML both forbid: drop them here, where HTML becomes trusted.
    return strip_forbidden(
        nh3.clean(
            html,
            tags=set(TAGS),
            clean_content_tags=set(DROP_WITH_CONTENT),
            attributes={k: set(v) for k, v in ATTRIBUTES.items()},
            url_schemes=set(URL_SCHEMES),
            link_rel="noopener noreferrer",
            strip_comments=True,
        )
    )
