"""Shared helpers of the hostile-input suite: scanners for active content in every kind of
output, in-memory builds, a tiny TOML writer and a bounded subprocess runner."""

from __future__ import annotations

import html.parser
import json
import os
import re
import resource
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from site_builder.core.config import SiteConfig, load_config
from site_builder.core.textnorm import strip_forbidden
from site_builder.pipeline.build import BuildOptions, BuildResult, InMemory, build
from tests.conftest import NOW, SITE_BUILDER

REPO = Path(__file__).resolve().parents[2]
# Any request for this path means a payload ran (see payloads.py).
BEACON = "/__xss_executed"

# Elements no article content may ever produce in a page (our templates use none of them).
FORBIDDEN_ELEMENTS = frozenset(
    {
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "svg",
        "math",
        "style",
        "base",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "option",
        "keygen",
        "isindex",
        "audio",
        "video",
        "source",
        "track",
        "marquee",
        "noscript",
        "template",
        "xmp",
        "param",
        "portal",
        "set",
        "animate",
        "handler",
        "listener",
        "xml",
        "import",
        "bgsound",
        "layer",
        "ilayer",
        "blink",
        "plaintext",
        "dialog",
        "foreignobject",
    }
)
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "data",
        "poster",
        "background",
        "cite",
        "longdesc",
        "lowsrc",
        "dynsrc",
        "codebase",
        "classid",
        "manifest",
        "ping",
        "xlink:href",
        "srcset",
        "profile",
        "usemap",
        "icon",
        "itemtype",
        "archive",
    }
)
DANGEROUS_SCHEMES = (
    "javascript:",
    "vbscript:",
    "data:",
    "livescript:",
    "mocha:",
    "jar:",
    "file:",
    "blob:",
    "filesystem:",
)
# <meta> that carry URLs crawlers and readers follow.
META_URL_PROPERTIES = frozenset({"og:image", "og:url", "twitter:image", "og:video", "og:audio"})
# Our templates' <link> elements: exactly these relations, always with a web or site URL.
TEMPLATE_LINK_RELS = frozenset({"stylesheet", "icon", "canonical", "alternate"})
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\ufeff]")
ATOM = "{http://www.w3.org/2005/Atom}"
XHTML_NS = "http://www.w3.org/1999/xhtml"
ACTIVE_NAMESPACES = (
    XHTML_NS,
    "http://www.w3.org/2000/svg",
    "http://www.w3.org/1998/Math/MathML",
    "http://www.w3.org/1999/xlink",
    "http://www.w3.org/1999/XSL/Transform",
)


def dangerous_url(value: str) -> bool:
    """A URL a browser would run or that embeds a document: after the browser's own
    clean-up (control characters and whitespace anywhere are ignored in the scheme)."""
    squashed = _INVISIBLE.sub("", value).lower()
    return squashed.startswith(DANGEROUS_SCHEMES)


def _attribute_problems(tag: str, name: str, value: str, where: str) -> Iterator[str]:
    name = name.lower()
    if name.startswith("on"):
        yield f"{where}: <{tag} {name}=...> event handler"
    elif name in ("style", "srcdoc", "formaction", "xmlns", "is", "autofocus"):
        yield f"{where}: <{tag} {name}=...> attribute from content"
    elif name in URL_ATTRIBUTES:
        candidates = value.split(",") if name == "srcset" else [value]
        for candidate in candidates:
            if dangerous_url(candidate.strip()):
                yield f"{where}: <{tag} {name}={value[:60]!r}> dangerous URL"


class _Tokens(html.parser.HTMLParser):
    """A second, tokenizer-level view (Python's parser splits tags like a browser's
    tokenizer does), so a problem hidden from lxml's tree still shows."""

    def __init__(self, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.where = where
        self.problems: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        for name, value in attrs:
            self.problems.extend(_attribute_problems(tag, name, value or "", self.where))

    handle_startendtag = handle_starttag


def _element_problems(element: Any, tag: str, where: str, page: bool) -> list[str]:
    """What is wrong with one element (its attributes are checked separately)."""
    if tag == "script":
        body = element.text or ""
        if not page or element.get("type") != "application/ld+json":
            return [f"{where}: <script> {body[:60]!r}"]
        lowered = body.lower()
        problems = []
        if "</script" in lowered or "<!--" in lowered:
            problems.append(f"{where}: JSON-LD holds '</script' or '<!--'")
        try:
            json.loads(body)
        except ValueError:
            problems.append(f"{where}: JSON-LD is not valid JSON")
        return problems
    if tag in FORBIDDEN_ELEMENTS:
        return [f"{where}: <{tag}> element"]
    if tag == "meta":
        problems = []
        if element.get("http-equiv") is not None or not page:
            problems.append(f"{where}: <meta http-equiv={element.get('http-equiv')!r}>")
        key = element.get("property") or element.get("name")
        content = element.get("content") or ""
        if key in META_URL_PROPERTIES and (
            dangerous_url(content) or not content.startswith(("http://", "https://"))
        ):
            problems.append(f"{where}: <meta {key}> URL {content!r}")
        return problems
    if tag == "link":
        rel = (element.get("rel") or "").lower()
        if not page or rel not in TEMPLATE_LINK_RELS:
            return [f"{where}: <link rel={rel!r}> element"]
    return []


def scan_html(text: str, where: str, *, page: bool = True) -> list[str]:
    """Every active thing in an HTML page (``page``) or an HTML fragment from a feed.

    Allowed: our JSON-LD block (never holding '</script' or '<!--'), our template's
    <link> and <meta> elements. Everything else that could run or load active content is
    reported, as a list of readable problems."""
    problems: list[str] = []
    if not text.strip():
        return problems
    # lxml cannot hold XML-forbidden characters; the tokenizer below still sees them raw.
    clean = strip_forbidden(text)
    tree = (
        lxml_html.document_fromstring(clean)
        if page
        else lxml_html.fragment_fromstring(clean, create_parent="div")
    )
    json_ld = 0
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        json_ld += tag == "script" and page and element.get("type") == "application/ld+json"
        problems += _element_problems(element, tag, where, page)
        for name, value in element.attrib.items():
            problems.extend(_attribute_problems(tag, str(name), str(value), where))
    tokens = _Tokens(where)
    tokens.feed(text)
    tokens.close()
    problems.extend(p for p in tokens.problems if p not in problems)
    if tokens.scripts != json_ld:
        problems.append(f"{where}: {tokens.scripts} <script> start tags, {json_ld} JSON-LD")
    return problems


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _check_feed_url(value: str | None, where: str) -> list[str]:
    if value and not value.startswith(("http://", "https://")):
        return [f"{where}: feed URL {value[:80]!r} is not http(s)"]
    return []


# The browser view of a feed (feedxml._BrowserView): per entry, an XHTML div holding a
# link to the article (text only, an http(s) href) and a time (text only). Nothing else in
# an active namespace is allowed.
_VIEW_PARTS = {"div": {"class"}, "a": {"href"}, "time": {"datetime"}}


def _feed_view_part(element: etree._Element) -> bool:
    name = etree.QName(element)
    allowed = _VIEW_PARTS.get(name.localname)
    if name.namespace != XHTML_NS or allowed is None or set(element.attrib) - allowed:
        return False
    if name.localname == "div":
        parent = element.getparent()
        return (
            element.get("class") == "feed-view"
            and parent is not None
            and etree.QName(parent).localname in ("entry", "item")
            and all(etree.QName(c).localname in ("a", "time") for c in element)
        )
    href = element.get("href")
    return (
        len(element) == 0
        and (href is None or href.startswith(("http://", "https://")))
        and etree.QName(element.getparent()).localname == "div"
    )


def scan_xml_feed(data: bytes, where: str) -> list[str]:
    """Parse an RSS or Atom feed strictly (invalid XML raises) and report active content:
    markup in XHTML/SVG/MathML/XSLT namespaces, foreign processing instructions, non-web
    link URLs, and active HTML inside the fields feed readers render as HTML."""
    root = etree.fromstring(data, _safe_parser())
    problems: list[str] = []
    if root.getroottree().docinfo.internalDTD is not None:
        problems.append(f"{where}: feed has a DOCTYPE")
    previous = root.getprevious()
    while previous is not None:
        if isinstance(previous, etree._ProcessingInstruction):
            text = previous.text or ""
            if (
                previous.target != "xml-stylesheet"
                or 'href="' not in text
                or not re.search(r'href="[^"]*/static/feed\.css"', text)
            ):
                problems.append(f"{where}: processing instruction {previous.target} {text!r}")
        previous = previous.getprevious()
    for element in root.iter():
        if isinstance(element, etree._ProcessingInstruction):
            problems.append(f"{where}: processing instruction inside the feed")
            continue
        if not isinstance(element.tag, str):
            continue
        namespace = etree.QName(element).namespace or ""
        if namespace in ACTIVE_NAMESPACES and not _feed_view_part(element):
            problems.append(f"{where}: element {element.tag} in an active namespace")
        for name in element.attrib:
            if etree.QName(name).namespace in ACTIVE_NAMESPACES:
                problems.append(f"{where}: attribute {name} in an active namespace")
        local = etree.QName(element).localname
        if local in ("link", "enclosure", "content") and namespace != (
            "http://purl.org/rss/1.0/modules/content/"
        ):
            problems += _check_feed_url(element.get("href") or element.get("url"), where)
        if local in ("link", "comments", "docs") and element.text and element.text.strip():
            problems += _check_feed_url(element.text.strip(), where)
        problems += _feed_html_field(element, local, namespace, where)
    return problems


def _feed_html_field(element: etree._Element, local: str, namespace: str, where: str) -> list[str]:
    """Fields readers render as HTML: RSS <description> and <content:encoded>, Atom
    content and summary of type html or xhtml."""
    atom = namespace == ATOM[1:-1]
    is_html = (
        (not atom and local == "description")
        or local == "encoded"
        or (
            atom
            and local in ("content", "summary", "title", "subtitle", "rights")
            and element.get("type") in ("html", "xhtml")
        )
    )
    if not is_html:
        return []
    if element.get("type") == "xhtml":
        return [f"{where}: Atom {local} of type xhtml"]
    return scan_html(element.text or "", f"{where} <{local}>", page=False)


def scan_json_feed(data: bytes, where: str) -> list[str]:
    """Parse a JSON Feed (invalid JSON raises) and check its HTML and its URLs."""
    feed = json.loads(data)
    problems: list[str] = []
    for key in ("home_page_url", "feed_url", "icon", "favicon"):
        problems += _check_feed_url(feed.get(key), f"{where} {key}")
    for item in feed.get("items", []):
        for key in ("url", "external_url", "image", "banner_image"):
            problems += _check_feed_url(item.get(key), f"{where} item {key}")
        problems += scan_html(item.get("content_html") or "", f"{where} content_html", page=False)
    return problems


def scan_output(files: Mapping[str, bytes]) -> list[str]:
    """Every problem in every page and feed of a built site."""
    problems: list[str] = []
    for name, data in sorted(files.items()):
        if name.endswith(".html"):
            problems += scan_html(data.decode("utf-8"), name)
        elif name.endswith(".xml") and name != "sitemap.xml":
            problems += scan_xml_feed(data, name)
        elif name.endswith(".json"):
            problems += scan_json_feed(data, name)
        elif name == "sitemap.xml":
            etree.fromstring(data, _safe_parser())
    return problems


def build_in_memory(root: Path, **options: bool) -> tuple[SiteConfig, BuildResult]:
    """The whole build without publishing: the files it would write, in memory."""
    config, _ = load_config(root)
    return config, build(config, BuildOptions(NOW, **options), InMemory())


def write_site(
    root: Path,
    files: Mapping[str, str | bytes],
    *,
    site_toml: str = 'title = "Hostile"\nbase_url = "https://h.example/"\n',
) -> Path:
    """A site folder from {relative path: text or bytes}."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "site.toml").write_text(site_toml, encoding="utf-8")
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def toml_value(value: Any) -> str:
    """A TOML literal for str, bool, int and lists of them: strings fully escaped, so any
    payload arrives in the metadata exactly as written."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return (
            '"'
            + "".join(
                c if (c.isprintable() and c not in '"\\') or c == " " else f"\\U{ord(c):08X}"
                for c in value
            )
            + '"'
        )
    if isinstance(value, Sequence):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(type(value).__name__)


def toml_document(mapping: Mapping[str, Any]) -> str:
    return "".join(f"{key} = {toml_value(value)}\n" for key, value in mapping.items())


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool


def _limit_memory(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_cli(
    args: Sequence[str],
    cwd: Path,
    *,
    timeout: float = 120,
    memory_mb: int | None = None,
    env: Mapping[str, str] | None = None,
) -> Run:
    """``site-builder ARGS`` in ``cwd``, bounded in time (and address space if asked)."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": str(int(NOW.timestamp())), **(env or {})}
    limits = None if memory_mb is None else (lambda: _limit_memory(memory_mb))
    try:
        done = subprocess.run(
            [str(SITE_BUILDER), *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=environment,
            check=False,
            preexec_fn=limits,
        )  # the test process runs no threads then
    except subprocess.TimeoutExpired as expired:
        return Run(-1, str(expired.stdout or ""), str(expired.stderr or ""), True)
    return Run(done.returncode, done.stdout, done.stderr, False)
