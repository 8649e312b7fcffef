"""Check that every link and #anchor inside the built site (still in memory) resolves."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from site_builder.core.errors import Diagnostic, Severity

# Attributes that make the browser fetch or navigate to a URL.
_URL_ATTRIBUTES = frozenset({"href", "src", "poster", "data"})
_SRCSET_ATTRIBUTES = frozenset({"srcset", "imagesrcset"})
# Links that never leave the page or never reach a web server.
_IGNORED_SCHEMES = frozenset({"mailto", "tel", "javascript", "data", "blob", "about", "sms"})
# rel values whose href names another server (hints), not a page of this site.
_HINT_RELS = frozenset({"preconnect", "dns-prefetch"})
# Browsers scroll to the top for these fragments even without a matching id.
_BUILTIN_FRAGMENTS = frozenset({"", "top"})


@dataclass
class PageLinks:
    """What one HTML page offers (ids) and asks for (references with their line)."""

    ids: set[str] = field(default_factory=set)
    refs: list[tuple[int, str]] = field(default_factory=list)


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageLinks()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        line = self.getpos()[0]
        if "id" in values:
            self.page.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.page.ids.add(values["name"])
        if tag == "link" and _HINT_RELS & set(values.get("rel", "").lower().split()):
            return
        for name, value in values.items():
            if name in _URL_ATTRIBUTES and value.strip():
                self.page.refs.append((line, value.strip()))
            elif name in _SRCSET_ATTRIBUTES:
                self.page.refs.extend((line, url) for url in _srcset_urls(value))


def _srcset_urls(value: str) -> Iterator[str]:
    for candidate in value.split(","):
        url = candidate.strip().split(" ", 1)[0]
        if url:
            yield url


def parse_page(html: bytes) -> PageLinks:
    parser = _LinkParser()
    parser.feed(html.decode("utf-8", errors="replace"))
    parser.close()
    return parser.page


def page_url(base_url: str, path: str) -> str:
    """The URL a page is served at: folder URLs for index.html files."""
    folder = path.removesuffix("index.html") if path.endswith("index.html") else path
    return urljoin(base_url, folder)


def _target(resolved: str, base_path: str) -> str:
    """The output file a site URL is served from (a folder URL serves its index.html)."""
    rel = unquote(urlsplit(resolved).path)[len(base_path) :]
    return rel + "index.html" if rel == "" or rel.endswith("/") else rel


def _is_ours(resolved: str, base_url: str) -> bool:
    here, site = urlsplit(resolved), urlsplit(base_url)
    return (here.scheme, here.netloc) == (site.scheme, site.netloc) and here.path.startswith(
        site.path or "/"
    )


class LinkChecker:
    """Resolves every reference of every page against the in-memory output files."""

    def __init__(self, files: Mapping[str, bytes], base_url: str) -> None:
        self.files = files
        self.base_url = base_url
        self.base_path = urlsplit(base_url).path or "/"
        self.pages = {
            path: parse_page(data) for path, data in sorted(files.items()) if path.endswith(".html")
        }
        self.links_checked = 0

    def check(self) -> list[Diagnostic]:
        problems: list[Diagnostic] = []
        for path, page in self.pages.items():
            for line, ref in page.refs:
                problem = self.check_ref(path, ref)
                if problem is not None:
                    severity, message = problem
                    problems.append(Diagnostic(severity, message, Path(path), line))
        return problems

    def check_ref(self, page: str, ref: str) -> tuple[Severity, str] | None:
        """None when ``ref`` on ``page`` is fine (or not ours to check), else the problem."""
        parts = urlsplit(ref)
        if parts.scheme.lower() in _IGNORED_SCHEMES:
            return None
        resolved = urljoin(page_url(self.base_url, page), ref)
        if not _is_ours(resolved, self.base_url):
            if not parts.scheme and not parts.netloc and ref.startswith("/"):
                return Severity.WARNING, (
                    f"link '{ref}' leaves the site's base path '{self.base_path}'"
                )
            return None
        self.links_checked += 1
        return self._resolve(ref, _target(resolved, self.base_path), urlsplit(resolved).fragment)

    def _resolve(self, ref: str, target: str, fragment: str) -> tuple[Severity, str] | None:
        if target not in self.files:
            if f"{target}/index.html" in self.files:
                target = f"{target}/index.html"
            else:
                return Severity.ERROR, f"broken link '{ref}': no '{target}' in the site"
        page = self.pages.get(target)
        anchor = unquote(fragment)
        if page is not None and anchor not in _BUILTIN_FRAGMENTS and anchor not in page.ids:
            return Severity.ERROR, f"broken link '{ref}': no id '{anchor}' in '{target}'"
        return None
