"""Find and read documents under content/: the only stage that reads the content folder."""

from __future__ import annotations

import codecs
import re
import tomllib
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import charset_normalizer

from site_builder.config import SiteConfig
from site_builder.errors import ContentError, Diagnostic, Severity
from site_builder.frontmatter import (
    check_nesting,
    key_lines,
    split_front_matter,
    toml_error_line,
)
from site_builder.gitdates import FileDates, git_file_dates
from site_builder.metadata import parse_metadata
from site_builder.model import Format, Metadata, SourceDocument
from site_builder.textnorm import strip_forbidden

SUFFIXES: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
}
# Plain text carries no metadata of its own: it may sit next to it in "<file>.meta.toml"
# (HTML pages may have one too, to correct what the page says).
SIDECAR_SUFFIX = ".meta.toml"
MAX_BYTES = 20 * 1024 * 1024
# Limits that keep one hostile document from stalling the build: Markdown's inline pass is
# quadratic in the number of blocks (a million lines ran for hours), Markdown nests lists
# by recursion (400 levels raised RecursionError and took the whole build down), and nh3
# is quadratic in element depth (100,000 nested <div>s took 20 s, a million would take hours).
# No real article comes near these.
MAX_LINES = 20_000
MAX_HTML_DEPTH = 512  # Chromium's parser also stops nesting at 512
MAX_MARKDOWN_NESTING = 100  # list indentation levels plus '>' quote markers
# Python-Markdown's link, image, footnote and autolink patterns rescan a paragraph once per
# '[' or '<' in it: 8,000 of them in one paragraph took 19 s. The budget is the sum over
# paragraphs of that count squared (about 3 s at worst); real articles use a few hundred.
MAX_MARKUP_COST = 10_000_000
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
    "lv": "āčēģīķļņšūž", "lt": "ąčęėįšųūž", "et": "äöõüšž",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "pl": "ąćęłńóśźż", "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü",
    "en": "éèêëàâäçïîôöüûñáíóúãõåøæœß",
}
COMMON_SYMBOLS = frozenset("«»‹›„“”‘’–—‐‑‒―…€£¥¢°©®™§¶•·×÷±½¼¾¹²³µ‰†‡′″№¡¿ºª")
MAX_FOREIGN_SHARE = 0.1  # the odd foreign name in a legacy-encoded text
_SAMPLE = 100_000  # characters judged at each end of a long legacy-encoded text
MIN_COHERENCE = 0.2  # charset-normalizer must also recognise a language in its guess
BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
# charset-normalizer's language names, for the languages ALPHABETS knows.
_LANGUAGE_CODES = {"English": "en", "German": "de", "French": "fr", "Spanish": "es",
                   "Polish": "pl", "Russian": "ru", "Ukrainian": "uk", "Lithuanian": "lt",
                   "Estonian": "et"}
# WHATWG: browsers read these labels as windows-1252, and so do we.
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii",
                        "us-ascii", "iso_8859-1"})
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
_WORD = re.compile(r"[^\W\d_]+")
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_RAW_TEXT = {name: re.compile(f"</{name}", re.IGNORECASE)
             for name in ("script", "style", "textarea", "title", "xmp", "template")}
# Elements that never nest (void) or whose end tag the parser implies: not depth.
_NO_DEPTH = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "rb", "rt",
    "rp", "optgroup", "colgroup", "thead", "tbody", "tfoot", "caption",
})


def discover(content_dir: Path) -> list[Path]:
    """Document files in a stable order, skipping hidden files and folders, and links that
    lead out of the content folder (see ``outside_links``)."""
    root = content_dir.resolve()
    found = [
        p for p in content_dir.rglob("*")
        if p.suffix.lower() in SUFFIXES and p.is_file() and _inside(p, root)
        and not any(part.startswith((".", "_")) for part in p.relative_to(content_dir).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(content_dir).as_posix())


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False


def outside_links(content_dir: Path) -> list[Path]:
    """Symbolic links in content/ (documents, images, folders) that resolve outside it, or
    nowhere: what the site publishes must come from the content folder, so these are
    never read."""
    root = content_dir.resolve()
    return sorted(
        (p for p in content_dir.rglob("*")
         if p.is_symlink() and not _inside(p, root)
         and not any(part.startswith((".", "_"))
                     for part in p.relative_to(content_dir).parts)),
        key=lambda p: p.relative_to(content_dir).as_posix())


def _line_of(data: bytes, offset: int) -> int:
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


def _legacy(data: bytes, language: str, declared: str | None) -> str | None:
    """A legacy (8-bit) encoding's text: the declared one, else the language's encoding
    whose text reads as the language (the most coherent one if several do, the first in
    the table on a tie), else a confident charset-normalizer guess."""
    if declared:
        try:
            return data.decode(declared)
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
        return readable[max(readable, key=lambda encoding: _coherence(data, encoding))]
    if readable:
        return next(iter(readable.values()))
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.coherence < MIN_COHERENCE:
        return None
    text = str(best)
    known = [_LANGUAGE_CODES[name] for name in best.languages if name in _LANGUAGE_CODES]
    return text if not known or any(_reads_as(text, code) for code in known) else None


def _broken_utf8(data: bytes) -> bool:
    """Mostly UTF-8 with some bad bytes (a damaged file), rather than a legacy encoding:
    8-bit encodings almost never form valid multi-byte UTF-8 sequences by accident."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII, counted in C
    return good > 0 and good >= bad


def decode(data: bytes, path: Path, language: str = "en") -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else a legacy
    encoding that reads as the document's language; anything else is reported, never
    guessed into mojibake."""
    language = language.replace("_", "-").split("-", maxsplit=1)[0].lower()
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ContentError(path, f"invalid {encoding.upper()} "
                                   f"text after its byte order mark: {exc.reason}",
                                   line=_line_of(data, exc.start + len(bom)),
                                   hint="save the file as UTF-8") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        # A line number helps with a text file that has a stray NUL, not with an image.
        try:
            line: int | None = data[:nul].decode("utf-8").count("\n") + 1
        except UnicodeDecodeError:
            line = None
        raise ContentError(path, "file looks binary (it contains NUL bytes)", line=line,
                           hint="only text, Markdown and HTML documents belong in content/")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        if _broken_utf8(data):
            raise ContentError(path, f"invalid UTF-8 byte sequence {data[exc.start:exc.end]!r} "
                               "in otherwise UTF-8 text", line=line,
                               hint="the file is damaged: fix or retype that line") from exc
        text = _legacy(data, language, _declared_charset(data))
        if text is None:
            raise ContentError(path, "text is not UTF-8 and its encoding could not be told "
                               f"reliably (site language '{language}')", line=line,
                               hint="save the file as UTF-8") from exc
        return text


def _too_deep(html: str) -> int | None:
    """Offset of the first element nested deeper than MAX_HTML_DEPTH, as an HTML parser
    nests them; None if none is. Linear: one pass, a stack of at most the limit."""
    stack: list[str] = []
    foreign = 0  # inside <svg> or <math>, where "<x/>" really closes the element
    position = 0
    while (found := _TAG.search(html, position)) is not None:
        position = found.end()
        closing, name, self_closing = found.group(1), found.group(2).lower(), found.group(3)
        if name in _RAW_TEXT and not closing:
            # Script and style text is not markup: skip to its end tag (or the end).
            end = _RAW_TEXT[name].search(html, position)
            position = len(html) if end is None else end.start()
            continue
        if name in _NO_DEPTH:
            continue
        if closing:
            if name in stack:
                while stack.pop() != name:
                    pass
                foreign -= name in ("svg", "math")
            continue
        if self_closing and foreign:
            continue
        stack.append(name)
        foreign += name in ("svg", "math")
        if len(stack) > MAX_HTML_DEPTH:
            return found.start()
    return None


def _check_markdown(text: str, path: Path) -> None:
    cost, marks, fenced = 0, 0, False
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" \t")
        indent = len(line[: len(line) - len(stripped)].expandtabs(4))
        quotes = stripped[: len(stripped) - len(stripped.lstrip("> \t"))].count(">")
        if indent // 4 + quotes > MAX_MARKDOWN_NESTING:
            raise ContentError(path, f"Markdown nested more than {MAX_MARKDOWN_NESTING} "
                               "levels deep", line=number,
                               hint="flatten the lists and quotations")
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
        if not stripped or fenced:  # a paragraph ends; code is not scanned for links
            cost, marks = cost + marks * marks, 0
        else:
            marks += line.count("[") + line.count("<")
        if cost + marks * marks > MAX_MARKUP_COST:
            raise ContentError(path, "Markdown paragraph too dense with '[' and '<' "
                               f"({marks:,} of them); converting it would take minutes",
                               line=number, hint="escape them as \\[ and &lt; or use a code block")


def check_limits(text: str, path: Path, fmt: Format) -> None:
    """Refuse documents that would stall the build (see MAX_LINES and friends)."""
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise ContentError(path, f"document has {lines:,} lines (the limit is {MAX_LINES:,})",
                           hint="split it into several articles")
    if fmt is Format.TEXT:
        return
    if fmt is Format.MARKDOWN:
        _check_markdown(text, path)
    entity = _ENTITY.search(text) if fmt is Format.HTML else None
    if entity:
        raise ContentError(path, "page declares XML entities (<!ENTITY>); site_builder never "
                           "expands them", line=text[: entity.start()].count("\n") + 1,
                           hint="remove the DOCTYPE's internal subset")
    offset = _too_deep(text)
    if offset is not None:
        raise ContentError(path, f"HTML nested more than {MAX_HTML_DEPTH} elements deep",
                           line=text[:offset].count("\n") + 1,
                           hint="the page is broken or hostile; save a clean copy")


def _read_sidecar(path: Path, config: SiteConfig) -> Metadata:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return Metadata()
    if not _inside(sidecar, config.content_dir.resolve()):
        raise ContentError(sidecar, "metadata sidecar is a link to a file outside content/",
                           hint="copy the file into content/ instead of linking it")
    data = sidecar.read_bytes()
    try:
        # TOML is UTF-8 by definition; a decode error used to escape as a crash.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(sidecar, "metadata sidecar is not UTF-8",
                           line=_line_of(data, exc.start), hint="save it as UTF-8") from exc
    check_nesting(text, sidecar, 1)  # tomllib would raise RecursionError, and crash the build
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(sidecar, f"invalid TOML: {exc}", line=toml_error_line(exc)) from exc
    return parse_metadata(raw, sidecar, config.tz, key_lines(text, 1))


def _read_text(path: Path, text: str, config: SiteConfig) -> tuple[str, int, Metadata]:
    return text, 1, _read_sidecar(path, config)


def _read_markdown(path: Path, text: str, config: SiteConfig) -> tuple[str, int, Metadata]:
    front = split_front_matter(text, path)
    meta = parse_metadata(front.data, path, config.tz, front.key_lines)
    return front.body, front.body_line, meta


def _read_html(path: Path, text: str, config: SiteConfig) -> tuple[str, int, Metadata]:
    """A saved web page: the article body extracted, metadata from the page, then any
    sidecar on top (the editor's word wins over the page's)."""
    # Imported here: the extractor (trafilatura) is heavy and only HTML input needs it.
    from site_builder.html_extract import extract_page  # noqa: PLC0415

    page = extract_page(text)
    if not page.body_html.strip() and page.title:
        # Otherwise the page's title went out as an article with nothing under it.
        raise ContentError(path, "no article text found in the page (only navigation or page "
                           "furniture)", hint="save the article page itself, or convert it "
                           "to Markdown")
    raw = {k: v for k, v in {
        "title": page.title, "author": page.author, "date": page.date,
        "updated": page.modified, "description": page.description, "lang": page.language,
        "image": page.image, "tags": list(page.tags) or None,
        "original_url": page.canonical_url,
    }.items() if v}
    # A page's own metadata may be malformed (an odd date, a bogus language such as
    # "../.."): keep what parses, key by key.
    usable = {}
    for key, value in raw.items():
        try:
            parse_metadata({key: value}, path, config.tz)
        except ContentError:
            continue
        usable[key] = value
    found = parse_metadata(usable, path, config.tz)
    sidecar = _read_sidecar(path, config)
    return page.body_html, 1, _merge(found, sidecar)


def _merge(base: Metadata, override: Metadata) -> Metadata:
    changes = {f.name: getattr(override, f.name) for f in fields(Metadata)
               if getattr(override, f.name) not in (None, (), False)}
    return replace(base, **changes)


_READERS: dict[Format, Callable[[Path, str, SiteConfig], tuple[str, int, Metadata]]] = {
    Format.TEXT: _read_text,
    Format.MARKDOWN: _read_markdown,
    Format.HTML: _read_html,
}


def load_document(path: Path, config: SiteConfig, dates: FileDates | None) -> SourceDocument:
    """Read one document; raise ContentError with file and line when it cannot be used."""
    if path.stat().st_size > MAX_BYTES:
        raise ContentError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB",
                           hint="split it or remove embedded data")
    if not _inside(path, config.content_dir.resolve()):
        raise ContentError(path, "document is a link to a file outside content/; not read",
                           hint="copy the file into content/ instead of linking it")
    fmt = SUFFIXES[path.suffix.lower()]
    # A plain text's sidecar may name its language, which decides a legacy encoding.
    language = (_read_sidecar(path, config).lang if fmt is Format.TEXT else None)
    data = path.read_bytes()
    if not data.strip():
        raise ContentError(path, "document is empty", hint="add text or delete the file")
    text = strip_forbidden(decode(data, path, language or config.language).replace("\r\n", "\n"))
    if not text.strip():
        raise ContentError(path, "document is empty", hint="add text or delete the file")
    check_limits(text, path, fmt)
    body, body_line, meta = _READERS[fmt](path, text, config)
    relpath = path.relative_to(config.content_dir).as_posix()
    return SourceDocument(path, relpath, fmt, body, body_line, meta, dates)


def _file_dates(path: Path, git_dates: dict[Path, FileDates]) -> FileDates:
    """Git's dates when the file is committed; else its modification time (outside git)."""
    known = git_dates.get(path.resolve())
    if known is not None:
        return known
    stamp = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    return FileDates(stamp, stamp)


def find_sources(config: SiteConfig) -> tuple[list[tuple[Path, FileDates]], list[Diagnostic]]:
    """Every document file with its dates, ready for load_source (which may run elsewhere)."""
    if not config.content_dir.is_dir():
        problem = Diagnostic(Severity.ERROR, "content folder not found", config.content_dir,
                             hint="create it or set content_dir in site.toml")
        return [], [problem]
    git_dates = git_file_dates(config.content_dir)
    # Links out of content/ are never followed (discover skips them): say so, by name.
    skipped = [Diagnostic(Severity.WARNING, "link to a file or folder outside content/ (or to "
                          "nothing): not read", link, hint="copy what it points to into content/")
               for link in outside_links(config.content_dir)]
    return [(path, _file_dates(path, git_dates))
            for path in discover(config.content_dir)], skipped


def load_source(path: Path, dates: FileDates, config: SiteConfig
                ) -> tuple[SourceDocument | None, Diagnostic | None]:
    """One document, or the diagnostic that says why it cannot be used."""
    try:
        return load_document(path, config, dates), None
    except ContentError as exc:
        return None, exc.diagnostic
    except OSError as exc:
        return None, Diagnostic(Severity.ERROR, f"cannot read: {exc.strerror}", path)


def load_documents(config: SiteConfig) -> tuple[list[SourceDocument], list[Diagnostic]]:
    """Every readable document, and a diagnostic for each one that is not."""
    sources, problems = find_sources(config)
    documents: list[SourceDocument] = []
    for path, dates in sources:
        doc, problem = load_source(path, dates, config)
        if doc is not None:
            documents.append(doc)
        if problem is not None:
            problems.append(problem)
    return documents, problems
