"""Known XSS payloads, and a site that carries them in every field of every input format.

Each payload is a template; ``{js}`` becomes a call that requests ``BEACON?id=<where>`` from
the page's own server, so a browser test can tell exactly which payload ran and where (any
request for BEACON fails the test). Encoded variants take the same code entity-encoded
(``{js_ent}``), percent-encoded (``{js_url}``), JavaScript-escaped (``{js_esc}``) or as a
base64 HTML document (``{b64}``).
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import yaml

from tests.generated import PNG
from tests.hostile.support import BEACON, toml_document, write_site

PAYLOADS: tuple[str, ...] = (
    # script elements
    "<script>{js}</script>",
    "<SCRIPT>{js}</SCRIPT>",
    '<script src="data:text/javascript,{js_url}"></script>',
    "<scr<script>ipt>{js}</scr</script>ipt>",
    "<script>/*</script><script>*/{js}</script>",
    "<script type=module>{js}</script>",
    '"><script>{js}</script>',
    "'><script>{js}</script>",
    "</title><script>{js}</script>",
    "</textarea><script>{js}</script>",
    "</script><script>{js}</script>",
    "<!--</script><script>{js}</script>-->",
    "<![CDATA[<script>{js}</script>]]>",
    # event handlers
    '<img src=x onerror="{js}">',
    '<IMG SRC=x OnErRoR="{js}">',
    '<img/src="x"/onerror="{js}">',
    '<img src=x onerror="{js_ent}">',
    '<img src=x onerror="{js_esc}">',
    '<img src="x\n" onerror="{js}">',
    '<body onload="{js}">',
    '<svg onload="{js}">',
    '<svg/onload="{js}">',
    '<input autofocus onfocus="{js}">',
    '<select autofocus onfocus="{js}"></select>',
    '<textarea autofocus onfocus="{js}"></textarea>',
    '<details open ontoggle="{js}"><summary>x</summary></details>',
    '<video><source onerror="{js}"></video>',
    '<audio src=x onerror="{js}"></audio>',
    '<marquee onstart="{js}">x</marquee>',
    '<div onmouseover="{js}" style="position:fixed;inset:0">x</div>',
    '<a href="https://example.org/" onclick="{js}">x</a>',
    '<iframe onload="{js}"></iframe>',
    '<object data=x onerror="{js}"></object>',
    '<style onload="{js}"></style>',
    "<img src=x:y onerror=eval(atob(`{b64js}`))>",
    # javascript:, vbscript: and data: URLs
    "javascript:{js}",
    "JaVaScRiPt:{js}",
    " \tjavascript:{js}",
    "jav&#x09;ascript:{js}",
    "java\nscript:{js}",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{js_ent}",
    "javascript&colon;{js}",
    "javascript%3A{js_url}",
    "vbscript:msgbox(1)",
    "data:text/html;base64,{b64}",
    "data:image/svg+xml;base64,{b64svg}",
    '<a href="javascript:{js}">click</a>',
    '<a href="jav&#x09;ascript:{js}">click</a>',
    '<a href="data:text/html;base64,{b64}">click</a>',
    '<iframe src="javascript:{js}"></iframe>',
    '<iframe srcdoc="&lt;script&gt;{js}&lt;/script&gt;"></iframe>',
    '<iframe src="data:text/html;base64,{b64}"></iframe>',
    '<object data="data:text/html;base64,{b64}"></object>',
    '<embed src="data:text/html;base64,{b64}">',
    '<embed src="javascript:{js}">',
    '<form action="javascript:{js}"><button>go</button></form>',
    '<button formaction="javascript:{js}">go</button>',
    '<base href="javascript:{js}//">',
    '<meta http-equiv="refresh" content="0;url=javascript:{js}">',
    '<meta http-equiv="refresh" content="0;url=data:text/html;base64,{b64}">',
    '<link rel=stylesheet href="javascript:{js}">',
    '<link rel=import href="data:text/html;base64,{b64}">',
    # SVG and MathML
    "<svg><script>{js}</script></svg>",
    '<svg><a xlink:href="javascript:{js}"><text x=9 y=9>x</text></a></svg>',
    '<svg><animate onbegin="{js}" attributeName=x dur=1s>',
    '<svg><set attributeName=onload to="{js}"/></svg>',
    '<svg><foreignObject><img src=x onerror="{js}"></foreignObject></svg>',
    '<svg><style><img src=x onerror="{js}"></style></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror="{js}">',
    '<math href="javascript:{js}">x</math>',
    '<math><maction actiontype=statusline xlink:href="javascript:{js}">x</maction></math>',
    # CSS
    '<div style="background:url(javascript:{js})">x</div>',
    '<div style="width:expression({js})">x</div>',
    "<style>@import 'javascript:{js}';</style>",
    "<style>*{{background:url('javascript:{js}')}}</style>",
    '<p style="behavior:url(#default#time2)" onbegin="{js}">x</p>',
    # broken markup and parser differentials (mXSS)
    '<noscript><p title="</noscript><img src=x onerror="{js}">">',
    '<xmp><p title="</xmp><img src=x onerror="{js}">">',
    "<template><script>{js}</script></template>",
    '<!--<img src="--><img src=x onerror="{js}">',
    '<img src="x` `<script>{js}</script>"` `>',
    '<a href="x" <img src=x onerror="{js}">',
    '<table><td background="javascript:{js}">',
    '<isindex type=image src=1 onerror="{js}">',
    '<frameset onload="{js}">',
    '<?xml-stylesheet href="javascript:{js}"?>',
    # encoded variants that must stay text
    "&lt;script&gt;{js}&lt;/script&gt;",
    "&#60;script&#62;{js}&#60;/script&#62;",
    "%3Cscript%3E{js_url}%3C/script%3E",
    "\\u003cscript\\u003e{js}\\u003c/script\\u003e",
    "<scr\x00ipt>{js}</scr\x00ipt>",
    "<script\u200b>{js}</script>",
)

FORMATS = ("txt", "md", "html")


@dataclass(frozen=True)
class Placement:
    """One payload in one field of one document."""

    payload: int
    format: str
    field: str

    @property
    def id(self) -> str:
        # One tag per payload, shared by its three documents: a tag page per document would
        # triple the pages the browser test opens without testing anything new.
        if self.field == "tag":
            return f"p{self.payload}-any-tag"
        return f"p{self.payload}-{self.format}-{self.field}"


def render(template: str, where: str) -> str:
    """The payload for one placement: its code requests BEACON?id=<where>."""
    js = f"fetch(`{BEACON}?id={where}`)"
    script_doc = f"<script>{js}</script>"
    svg_doc = f'<svg xmlns="http://www.w3.org/2000/svg" onload="{js}"/>'
    return template.format(
        js=js,
        js_ent="".join(f"&#{ord(c)};" for c in js),
        js_url=quote(js, safe=""),
        js_esc="".join(f"\\u{ord(c):04x}" if c.isalpha() else c for c in js),
        b64=base64.b64encode(script_doc.encode()).decode(),
        b64svg=base64.b64encode(svg_doc.encode()).decode(),
        b64js=base64.b64encode(js.encode()).decode(),
    )


def _txt(number: int) -> tuple[dict[str, str | bytes], list[Placement]]:
    def p(field: str) -> tuple[str, Placement]:
        place = Placement(number, "txt", field)
        return render(PAYLOADS[number], place.id), place

    title, t = p("title")
    body, b = p("body")
    inline, i = p("inline")
    meta = {
        name: p(name)
        for name in ("description", "author", "tag", "image", "source", "credit", "slug")
    }
    text = (
        f"{title}\n\nThe council met on Monday to discuss the budget for the winter.\n\n"
        f"{body}\n\nThe mayor said {inline} and then left the room.\n"
    )
    sidecar = {
        "date": "2026-01-05",
        "description": meta["description"][0],
        "author": meta["author"][0],
        "tags": [meta["tag"][0], "hostile"],
        "image": meta["image"][0],
        "source": meta["source"][0],
        "credit": meta["credit"][0],
        "slug": f"p{number}-txt-{meta['slug'][0]}",
    }
    files: dict[str, str | bytes] = {
        f"content/txt/p{number}.txt": text,
        f"content/txt/p{number}.txt.meta.toml": toml_document(sidecar).replace(
            'date = "2026-01-05"', "date = 2026-01-05"
        ),
    }
    return files, [t, b, i, *(m[1] for m in meta.values())]


def _md(number: int) -> tuple[dict[str, str | bytes], list[Placement]]:
    def p(field: str) -> tuple[str, Placement]:
        place = Placement(number, "md", field)
        return render(PAYLOADS[number], place.id), place

    fields = {
        name: p(name)
        for name in (
            "title",
            "description",
            "author",
            "tag",
            "image",
            "source",
            "credit",
            "slug",
            "body",
            "inline",
            "alt",
            "link",
            "autolink",
            "reflink",
            "heading",
        )
    }
    front = {
        "title": fields["title"][0],
        "date": "2026-01-06",
        "description": fields["description"][0],
        "author": fields["author"][0],
        "tags": [fields["tag"][0], "hostile"],
        "image": fields["image"][0],
        "source": fields["source"][0],
        "credit": fields["credit"][0],
        "slug": f"p{number}-md-{fields['slug'][0]}",
    }
    body = (
        "The council met on Monday to discuss the budget for the winter.\n\n"
        f"{fields['body'][0]}\n\n"
        f"The mayor said {fields['inline'][0]} and then left the room.\n\n"
        f"## {fields['heading'][0]}\n\n"
        f"![{fields['alt'][0]}](pic.png)\n\n"
        f"Read [the report]({fields['link'][0]}) and <{fields['autolink'][0]}> or "
        "[the reference][ref].\n\n"
        f"[ref]: {fields['reflink'][0]}\n"
    )
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + body
    return {f"content/md/p{number}.md": text}, [f[1] for f in fields.values()]


def _html(number: int) -> tuple[dict[str, str | bytes], list[Placement]]:
    def p(field: str) -> tuple[str, Placement]:
        place = Placement(number, "html", field)
        return render(PAYLOADS[number], place.id), place

    fields = {
        name: p(name)
        for name in (
            "title",
            "description",
            "author",
            "tag",
            "image",
            "body",
            "inline",
            "caption",
            "alt",
            "link",
            "slug",
            "source",
            "credit",
        )
    }

    def attr(name: str) -> str:
        return html.escape(fields[name][0], quote=True)

    prose = (
        "The city council met on Monday evening to discuss the budget for the coming "
        "winter, and several members raised questions about heating costs in schools."
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{attr("title")}</title>
<meta name="description" content="{attr("description")}">
<meta name="author" content="{attr("author")}">
<meta property="article:tag" content="{attr("tag")}">
<meta property="og:image" content="{attr("image")}">
<meta property="article:published_time" content="2026-01-07T10:00:00+00:00">
</head><body><article>
<h1>{attr("title")}</h1>
<p>{prose}</p>
{fields["body"][0]}
<p>The mayor said {fields["inline"][0]} and then left the room after a long debate.</p>
<figure><img src="pic.png" alt="{attr("alt")}"><figcaption>{fields["caption"][0]}</figcaption>
</figure>
<p>Read <a href="{attr("link")}">the full report</a> for more on the winter budget plan.</p>
<p>{prose}</p>
</article></body></html>
"""
    sidecar = {
        "slug": f"p{number}-html-{fields['slug'][0]}",
        "source": fields["source"][0],
        "credit": fields["credit"][0],
        "date": "2026-01-07",
    }
    return {
        f"content/html/p{number}.html": page,
        f"content/html/p{number}.html.meta.toml": toml_document(sidecar).replace(
            'date = "2026-01-07"', "date = 2026-01-07"
        ),
    }, [f[1] for f in fields.values()]


def write_hostile_site(root: Path, base_url: str = "https://h.example/") -> list[Placement]:
    """Every payload in every field of a .txt, a .md and a .html document under ``root``."""
    files: dict[str, str | bytes] = {}
    placements: list[Placement] = []
    for number in range(len(PAYLOADS)):
        for maker in (_txt, _md, _html):
            more, places = maker(number)
            files.update(more)
            placements += places
    for folder in FORMATS:
        files[f"content/{folder}/pic.png"] = PNG
    write_site(
        root, files, site_toml=f'title = "Hostile"\nbase_url = "{base_url}"\nlanguage = "en"\n'
    )
    return placements
