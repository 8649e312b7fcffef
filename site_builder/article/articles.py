"""Turn cleaned documents into Articles: body HTML, title, dates, slug, id, summary."""

from __future__ import annotations

import hashlib
import pickle
import re
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

import lxml.html

from site_builder.article.assets import ArticleAssets, resolve_assets
from site_builder.article.bodycheck import body_problems
from site_builder.article.plaintext import after_title, blocks_to_html, derive_title, parse_text
from site_builder.article.sanitize import sanitize_html
from site_builder.article.terms import count_terms
from site_builder.core.config import SiteConfig
from site_builder.core.errors import ContentError, Diagnostic, Severity
from site_builder.core.freeform import frozen_table
from site_builder.core.model import Article, ArticleBody, CleanDocument, Format
from site_builder.core.permalinks import Placement, literal_path, place_article
from site_builder.core.textnorm import normalize_line, squash, strip_forbidden
from site_builder.core.urls import absolute_url, absolutize_html, safe_slug
from site_builder.source.scan import section_of

# "smarty" (typographic quotes) was dropped: it cost 3 ms of the 5 ms a 700-word article
# takes to convert, and news copy arrives with its typography already set.
# Python-Markdown's "extra" set, each extension with a test that a document may use its
# syntax: an extension whose syntax is absent changes nothing, and leaving it out saves a
# fifth of the conversion (tests/test_markdown_extensions.py checks the output is the same).
_DEFINITION = re.compile(r"^ {0,3}:", re.MULTILINE)
MARKDOWN_EXTRA: dict[str, Callable[[str], bool]] = {
    "abbr": lambda text: "*[" in text,
    "attr_list": lambda text: "{" in text,
    "def_list": lambda text: _DEFINITION.search(text) is not None,
    "fenced_code": lambda text: "```" in text or "~~~" in text,
    "footnotes": lambda text: "[^" in text,
    "md_in_html": lambda text: "<" in text,
    "tables": lambda text: "|" in text,
}
# Python-Markdown tries each inline pattern on every run of text; one whose opening
# characters a document lacks can never match there (skipping those: a quarter of a plain
# article's conversion). Tabs and carriage returns count: Markdown turns them into the
# spaces and newlines a line break needs.
_INLINE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "backtick": ("`",),
    "escape": ("\\",),
    "footnote": ("[^",),
    "reference": ("[",),
    "link": ("[",),
    "short_reference": ("[",),
    "image_link": ("![",),
    "image_reference": ("![",),
    "short_image_ref": ("![",),
    "autolink": ("<",),
    "automail": ("<",),
    "html": ("<",),
    "linebreak": ("  ", "\t"),
    "entity": ("&",),
    "em_strong": ("*", "_"),
}
if TYPE_CHECKING:
    import markdown

SUMMARY_CHARS = 240
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>\s*", re.DOTALL)


def _text_body(doc: CleanDocument) -> tuple[str | None, str]:
    structure = parse_text(doc.body)
    return structure.title, blocks_to_html(structure.blocks)


@lru_cache(maxsize=64)
def _converter(extensions: tuple[str, ...], idle: tuple[str, ...]) -> markdown.Markdown:
    import markdown  # noqa: PLC0415 (a site without Markdown documents never loads it)

    converter = markdown.Markdown(extensions=[*extensions, "sane_lists"], output_format="html")
    for name in idle:
        if name in converter.inlinePatterns:
            converter.inlinePatterns.deregister(name)
    return converter


def markdown_to_html(text: str) -> str:
    """Markdown with the "extra" extensions and sane lists (the parts the text may use)."""
    # Building a converter costs more than converting a short article, so they are reused;
    # reset() clears the state (footnotes, abbreviations) that would leak between documents.
    used = tuple(name for name, may_use in MARKDOWN_EXTRA.items() if may_use(text))
    idle = tuple(
        name
        for name, triggers in _INLINE_TRIGGERS.items()
        if not any(trigger in text for trigger in triggers)
    )
    return _converter(used, idle).reset().convert(text)


def _markdown_body(doc: CleanDocument) -> tuple[str | None, str]:
    html = markdown_to_html(doc.body)
    return _split_h1(html)


def _html_body(doc: CleanDocument) -> tuple[str | None, str]:
    return _split_h1(doc.body)


def _split_h1(html: str) -> tuple[str | None, str]:
    """A leading <h1> is the title, not part of the body (the page has one h1)."""
    found = _H1.match(html.lstrip())
    if not found:
        return None, html
    from bs4 import BeautifulSoup  # noqa: PLC0415 (rarely needed; slow to import)

    title = normalize_line(BeautifulSoup(found.group(1), "html.parser").get_text(" "))
    return title or None, html.lstrip()[found.end() :]


_BODIES: dict[Format, Callable[[CleanDocument], tuple[str | None, str]]] = {
    Format.TEXT: _text_body,
    Format.MARKDOWN: _markdown_body,
    Format.HTML: _html_body,
}


_TEXT_BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "figcaption", "td", "th", "dt", "dd")


def _block_text(element: lxml.html.HtmlElement) -> str:
    """The visible text of a block: inline markup adds no spaces ("<em>x</em>," stays
    "x,", not "x ,"), a line break does."""
    for br in element.iter("br"):
        br.tail = f" {br.tail or ''}"
    return normalize_line("".join(element.itertext()))


def text_blocks(html: str) -> list[tuple[str, str]]:
    """(tag name, visible text) of each innermost text block of an HTML fragment."""
    if not html.strip():
        return []
    # lxml directly: an order of magnitude faster than building a BeautifulSoup tree.
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks = []
    for element in root.iter(_TEXT_BLOCKS):
        if next(element.iterdescendants(_TEXT_BLOCKS), None) is None:
            text = _block_text(element)
            if text:
                blocks.append((str(element.tag), text))
    return blocks


# A description this long that the first paragraph begins with is that paragraph, not a
# standfirst of its own ("Breaking" opening "Breaking news: …" is a coincidence).
MIN_REPEATED_CHARS = 40


def _folded(text: str) -> str:
    return squash(text).casefold()


def standfirst(description: str | None, lead: str) -> str | None:
    """The description shown under the headline, unless the article opens with the same
    words: a page's description is often its first paragraph, whole or cut short ("…")."""
    if not description:
        return None
    said = _folded(description).rstrip(" .…")
    opens = _folded(lead)
    repeated = len(said) >= MIN_REPEATED_CHARS or said == opens.rstrip(" .…")
    return None if said and repeated and opens.startswith(said) else description


def summarize(text: str, limit: int = SUMMARY_CHARS) -> str:
    """The lead as a summary: whole sentences up to ``limit`` characters, else cut at a word."""
    if len(text) <= limit:
        return text
    sentences = re.split(r"(?<=[.!?])\s+", text)
    summary = ""
    for sentence in sentences:
        if len(summary) + len(sentence) + 1 > limit:
            break
        summary = f"{summary} {sentence}".strip()
    return summary or text[:limit].rsplit(" ", 1)[0] + "…"


def _dates(doc: CleanDocument, warnings: list[Diagnostic]) -> tuple[datetime, datetime]:
    """Published and updated dates: from metadata (or the file name), else from the
    file's history, with a warning (a migrated archive must not all be dated today).

    Without an explicit ``updated``, an article counts as updated when its file changed in
    a later commit than the one that added it, so the date moves only with the content."""
    meta, history = doc.source.meta, doc.source.file_dates
    date = meta.date or (history.added if history else None)
    if date is None:
        raise ContentError(doc.source.path, "no date", hint="add a 'date' key")
    if meta.date is None and history is not None:
        where = (
            "when git first recorded the file"
            if history.from_git
            else "the file's modification time"
        )
        warnings.append(
            Diagnostic(
                Severity.WARNING,
                f"no date: dated {date.date().isoformat()} from {where}",
                doc.source.path,
                hint=_DATE_HINT[doc.source.format].format(date=date.date().isoformat()),
            )
        )
    updated = meta.updated
    if updated is None and history is not None and history.changed > history.added:
        updated = history.changed
    return date, max(updated or date, date)


# How to give the date, with the one the build took (to keep it, or to correct it): a
# file's modification time moves with every copy and checkout.
_DATE_HINT = {
    Format.TEXT: "add 'date = {date}' to its .meta.toml sidecar",
    Format.MARKDOWN: "add 'date: {date}' to its front matter, or start the file name "
    "with the date ({date}-title.md)",
    Format.HTML: "add 'date = {date}' to its .meta.toml sidecar",
}


def place(doc: CleanDocument, config: SiteConfig, title: str, date: datetime) -> Placement:
    """Where the article's page goes (see permalinks)."""
    meta, relpath = doc.source.meta, doc.source.relpath
    return place_article(
        relpath=relpath,
        section=section_of(relpath),
        title=title,
        slug=safe_slug(meta.slug) if meta.slug else None,
        address=meta.url,
        date=date.astimezone(config.tz),
        patterns=dict(config.permalinks),
    )


def _aliases(
    meta_aliases: tuple[str, ...],
    placement: Placement,
    source: CleanDocument,
    warnings: list[Diagnostic],
) -> tuple[str, ...]:
    found = list(placement.aliases)
    for alias in meta_aliases:
        path = literal_path(alias)
        if path is None:
            warnings.append(
                Diagnostic(
                    Severity.WARNING,
                    f"alias {alias!r} is not a usable address: no redirect made",
                    source.source.path,
                    hint="write it as /folder/page/ or /folder/page.html",
                )
            )
        else:
            found.append(path)
    return tuple(dict.fromkeys(found))


def _body_problems(doc: CleanDocument, assets: ArticleAssets, folder: str) -> list[Diagnostic]:
    """Missing images and anchors, by source line (see bodycheck); an HTML page's lines
    are not the body's, so its problems name the file only."""
    source = doc.source
    adopted = {out.removeprefix(f"{folder}/") for out, _ in assets.files}
    text = source.body if source.format is not Format.HTML else ""
    return [
        Diagnostic(
            Severity.WARNING,
            message,
            source.path,
            line,
            hint="the page would show a broken image"
            if "image" in message
            else "add the heading or note it points to, or fix the link",
        )
        for message, line in body_problems(assets.body_html, adopted, text, source.body_line)
        if not any(message.split("'")[1] in p for p in assets.problems)
    ]


def entry_id(config: SiteConfig, relpath: str) -> str:
    """A permanent id: same across rebuilds, machines, title edits and http/https moves."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{config.authority}/{relpath}").urn


def content_digest(article: Article, body: ArticleBody) -> str:
    """A digest of everything an article page or feed entry is made from."""
    return hashlib.blake2b(pickle.dumps((article, body), protocol=5), digest_size=16).hexdigest()


def build_article(
    doc: CleanDocument,
    config: SiteConfig,
    warnings: list[Diagnostic] | None = None,
    *,
    folder: str | None = None,
) -> tuple[Article, ArticleBody]:
    """An Article from a cleaned document; ContentError if something essential is missing,
    a warning (appended to ``warnings``) for what can be left out. ``folder``: where its
    page goes, instead of where it would (two articles with one headline)."""
    warnings = warnings if warnings is not None else []
    source, meta = doc.source, doc.source.meta
    found_title, raw_html = _BODIES[source.format](doc)
    body_html = sanitize_html(raw_html)
    blocks = text_blocks(body_html)
    text = "\n".join(t for _, t in blocks)
    lead = next((t for tag, t in blocks if tag == "p"), blocks[0][1] if blocks else "")
    title = meta.title or found_title or (derive_title(lead) if lead else None)
    summary_text = lead
    if title and not (meta.title or found_title):  # the headline is the lead's own words
        # (an article of one sentence keeps it: a page and feed entry need a summary)
        summary_text = after_title(lead, title) or next(
            (t for tag, t in blocks if tag == "p" and t != lead), lead
        )
    if not title:
        raise ContentError(
            source.path,
            "no title and no text to derive one from",
            hint="add a title line followed by a blank line, or a 'title' key",
        )
    date, updated = _dates(doc, warnings)
    placement = place(doc, config, title, date)
    if placement.refused:
        warnings.append(
            Diagnostic(
                Severity.WARNING, placement.refused, source.path, hint="write it as /folder/page/"
            )
        )
    slug = folder or placement.folder
    url_path = f"{config.base_path}{slug}/"
    url = absolute_url(config.base_url, f"{slug}/")
    # A credit cut from a body image's caption stays with that image; the article's photo
    # credit (under the lead image) is the front matter's, else the first other one found.
    # (The lead image's own caption credit is the article's: the lead is shown once.)
    body_credits = [found for found in doc.image_credits if found[0] != meta.image]
    bound = {value for _, _, value in body_credits}
    credit = meta.credit or next((c for c in doc.credits if c not in bound), None)
    assets = resolve_assets(
        body_html,
        meta.image,
        source.path,
        config.content_dir,
        page_path=f"{slug}/",
        page_url=url,
        credit=credit,
        image_credits={src: text for src, text, _ in body_credits},
    )
    for problem in assets.problems:
        warnings.append(Diagnostic(Severity.WARNING, problem, source.path))
    warnings.extend(_body_problems(doc, assets, slug))
    feed_html = strip_forbidden(absolutize_html(assets.body_html, url))
    body = ArticleBody(
        html=assets.body_html,
        text=text,
        removals=doc.removals,
        absolute_html=None if feed_html == assets.body_html else feed_html,
    )
    article = Article(
        id=meta.id or entry_id(config, source.relpath),
        slug=slug,
        url_path=url_path,
        url=url,
        title=title,
        date=date.astimezone(config.tz),
        updated=updated.astimezone(config.tz),
        lang=meta.lang or config.language,
        summary=meta.description or summarize(summary_text),
        dek=standfirst(meta.description, lead),
        terms=count_terms(title, text),
        source_file=str(source.path),
        tags=meta.tags,
        keywords=tuple(dict.fromkeys((*meta.keywords, *doc.keywords))),
        # The front matter's author, else the byline cleaning took out, else the site's.
        author=meta.author or (doc.authors[0] if doc.authors else None) or config.author or None,
        image=assets.image,
        assets=assets.files,
        resized=assets.resized,
        source=meta.source or (doc.sources[0] if doc.sources else None),
        credit=credit,
        draft=meta.draft,
        translation_key=meta.translation_key,
        # Moved (a repeated headline): the address its placement implied is the other's.
        aliases=_aliases(
            meta.aliases,
            placement if folder is None else replace(placement, aliases=()),
            doc,
            warnings,
        ),
        chosen=placement.chosen,
        original_url=meta.original_url,
        extra=frozen_table(dict(meta.extra)),
    )
    return replace(article, digest=content_digest(article, body)), body


def sort_articles(articles: list[Article]) -> list[Article]:
    """Newest first; ties broken by URL so the order never depends on file order."""
    # Two stable sorts (by URL, then by date, newest first): half the time of one sort by
    # a (timestamp, URL) key made for every article.
    ordered = sorted(articles, key=attrgetter("url"))
    ordered.sort(key=attrgetter("date"), reverse=True)
    return ordered


def is_published(article: Article, now: datetime, *, drafts: bool, future: bool) -> bool:
    return (drafts or not article.draft) and (future or article.date <= now)
