"""Site configuration: ``site.toml`` read with tomllib into a typed, validated SiteConfig."""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from site_builder.core.errors import ConfigError, shown
from site_builder.core.freeform import Table, frozen_table

CONFIG_NAME = "site.toml"
# The file by which site_builder knows an output folder as its own (publish writes it).
OUTPUT_MARKER = ".site-builder"
DEFAULT_BASE_URL = "http://localhost:8000/"


@dataclass(frozen=True)
class Patterns:
    """Site-specific cleaning patterns (regular expressions matched against lines)."""

    drop: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    selectors: tuple[str, ...] = ()  # CSS selectors removed from saved web pages

    def __add__(self, other: Patterns) -> Patterns:
        return Patterns(
            self.drop + other.drop, self.keep + other.keep, self.selectors + other.selectors
        )


@dataclass(frozen=True)
class CleaningConfig(Patterns):
    """Patterns for every document, plus more per language and per source domain."""

    languages: tuple[tuple[str, Patterns], ...] = ()
    sources: tuple[tuple[str, Patterns], ...] = ()

    def for_document(self, language: str, domain: str | None) -> Patterns:
        """The patterns that apply to one document (a keep pattern always wins)."""
        chosen = Patterns(self.drop, self.keep, self.selectors)
        for lang, patterns in self.languages:
            if lang == language:
                chosen += patterns
        for source, patterns in self.sources:
            if domain and (domain == source or domain.endswith("." + source)):
                chosen += patterns
        return chosen


EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class Engine:
    """Where per-document work runs (site.toml's [build] table): "local", this machine's
    processes, or "dask", the workers of the dask.distributed scheduler at ``scheduler``
    (such as "tcp://10.0.0.5:8786"). It never changes the output."""

    executor: str = "local"
    scheduler: str = ""


@dataclass(frozen=True)
class SiteConfig:
    """Everything a build needs to know about the site; paths are absolute."""

    root: Path
    title: str = "News"
    description: str = ""
    base_url: str = DEFAULT_BASE_URL
    language: str = "en"
    timezone: str = "UTC"
    author: str = ""
    content_dir: Path = Path("content")
    output_dir: Path = Path("public")
    theme_dir: Path | None = None
    feed_limit: int = 30
    paginate: int = 20
    id_authority: str = ""
    # rel=canonical of a republished article: its "original" URL (the usual practice for
    # syndicated copies) or "self" (this site's page)
    canonical: str = "original"
    search: bool = False  # a static full-text search index (Pagefind) and a search page
    cleaning: CleaningConfig = field(default_factory=CleaningConfig)
    # Page folders by section ("posts" for content/posts/, "*" for the rest): Hugo's
    # permalink patterns such as "/:year/:month/:slug/" (see permalinks.TOKENS).
    permalinks: tuple[tuple[str, str], ...] = ()
    static_dir: Path = Path("static")  # copied into the site as it is (Hugo's static/)
    # The [params] table: free-form values templates read as site.params (Hugo's params)
    params: Table = field(default_factory=Table)
    # Not part of what the output depends on (keys are made from repr(config)).
    engine: Engine = field(default_factory=Engine, repr=False, compare=False)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_path(self) -> str:
        """The URL path the site lives under, always ending in '/': '/' or '/news/'."""
        return urlsplit(self.base_url).path or "/"

    @property
    def authority(self) -> str:
        """The name that scopes entry ids: stable when the scheme changes."""
        return self.id_authority or urlsplit(self.base_url).netloc or "localhost"


_SIMPLE_KEYS: Mapping[str, type] = {
    "title": str,
    "description": str,
    "base_url": str,
    "language": str,
    "timezone": str,
    "author": str,
    "content_dir": str,
    "output_dir": str,
    "theme_dir": str,
    "feed_limit": int,
    "paginate": int,
    "id_authority": str,
    "static_dir": str,
    "canonical": str,
    "search": bool,
}
_TABLE_KEYS = {
    "cleaning": ("drop", "keep", "languages", "sources"),
    "permalinks": (),
    "params": (),
    "build": ("executor", "scheduler"),
}
KNOWN_KEYS = (*_SIMPLE_KEYS, *_TABLE_KEYS)


def _suggest(key: str, candidates: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(key, candidates, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(candidates)}"


def _check_types(raw: Mapping[str, Any], problems: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _TABLE_KEYS:
            continue
        expected = _SIMPLE_KEYS.get(key)
        if expected is None:
            problems.append(f"unknown key '{key}'{_suggest(key, list(KNOWN_KEYS))}")
        elif not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            problems.append(
                f"'{key}' must be {expected.__name__}, got {type(value).__name__} ({value!r})"
            )
        else:
            values[key] = value
    return values


def _check_pattern(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"invalid regular expression {pattern!r}: {exc}"
    return None


def _check_selector(selector: str) -> str | None:
    import soupsieve  # noqa: PLC0415 (only sites with selectors pay for it)

    try:
        soupsieve.compile(selector)
    except (soupsieve.SelectorSyntaxError, ValueError) as exc:
        return f"invalid CSS selector {selector!r}: {str(exc).splitlines()[0]}"
    return None


def _read_patterns(raw: Any, where: str, problems: list[str]) -> Patterns:
    if not isinstance(raw, dict):
        problems.append(f"'{where}' must be a table with 'drop' and 'keep' lists")
        return Patterns()
    lists: dict[str, tuple[str, ...]] = {}
    for key, value in raw.items():
        if key not in ("drop", "keep", "selectors"):
            problems.append(
                f"unknown key '{where}.{key}'{_suggest(key, ['drop', 'keep', 'selectors'])}"
            )
        elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"'{where}.{key}' must be a list of strings")
        else:
            check = _check_selector if key == "selectors" else _check_pattern
            problems.extend(f"'{where}.{key}': {p}" for v in value if (p := check(v)))
            lists[key] = tuple(value)
    return Patterns(**lists)


def _read_groups(raw: Any, where: str, problems: list[str]) -> tuple[tuple[str, Patterns], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        problems.append(f"'{where}' must be a table of tables, e.g. [{where}.lv]")
        return ()
    return tuple(
        (name, _read_patterns(value, f"{where}.{name}", problems))
        for name, value in sorted(raw.items())
    )


def _read_cleaning(raw: Any, problems: list[str]) -> CleaningConfig:
    if raw is None:
        return CleaningConfig()
    if not isinstance(raw, dict):
        problems.append("'cleaning' must be a table with 'drop' and 'keep' lists")
        return CleaningConfig()
    groups = {k: raw.get(k) for k in ("languages", "sources")}
    base = _read_patterns({k: v for k, v in raw.items() if k not in groups}, "cleaning", problems)
    return CleaningConfig(
        base.drop,
        base.keep,
        base.selectors,
        languages=_read_groups(groups["languages"], "cleaning.languages", problems),
        sources=_read_groups(groups["sources"], "cleaning.sources", problems),
    )


_VALIDATORS: tuple[tuple[str, Callable[[Any], bool], str], ...] = (
    (
        "base_url",
        lambda v: urlsplit(v).scheme in ("http", "https") and bool(urlsplit(v).netloc),
        "an absolute http(s) URL such as 'https://example.org/news/'",
    ),
    ("feed_limit", lambda v: 1 <= v <= 1000, "a number from 1 to 1000"),
    ("paginate", lambda v: 1 <= v <= 1000, "a number from 1 to 1000"),
    ("canonical", lambda v: v in ("original", "self"), "'original' or 'self'"),
    (
        "language",
        lambda v: 2 <= len(v) <= 12 and v.replace("-", "").isalnum(),
        "a language tag such as 'en' or 'lv'",
    ),
)


def _validate(values: dict[str, Any], problems: list[str]) -> None:
    for key, ok, expected in _VALIDATORS:
        if key in values and not ok(values[key]):
            problems.append(f"'{key}' must be {expected}, got {values[key]!r}")
    if "timezone" in values:
        try:
            ZoneInfo(values["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(
                f"'timezone' must be an IANA time zone such as 'Europe/Riga', "
                f"got {values['timezone']!r}"
            )


def _read_permalinks(raw: Any, problems: list[str]) -> tuple[tuple[str, str], ...]:
    from site_builder.core.permalinks import TOKENS, unknown_tokens  # noqa: PLC0415

    if raw is None:
        return ()
    if not isinstance(raw, dict):
        problems.append(
            "'permalinks' must be a table of section = \"pattern\", e.g. "
            'posts = "/:year/:month/:slug/"'
        )
        return ()
    found = []
    for section, pattern in sorted(raw.items()):
        if not isinstance(pattern, str):
            problems.append(
                f"'permalinks.{section}' must be a string such as "
                f'"/:year/:month/:slug/", got {type(pattern).__name__}'
            )
            continue
        for token in unknown_tokens(pattern):
            problems.append(
                f"'permalinks.{section}': unknown token ':{token}'{_suggest(token, list(TOKENS))}"
            )
        found.append((section, pattern))
    return tuple(found)


def _read_params(raw: Any, problems: list[str]) -> Table:
    if raw is None:
        return Table()
    if not isinstance(raw, dict):
        problems.append(
            "'params' must be a table of free-form values, e.g. [params] then tagline = \"...\""
        )
        return Table()
    return frozen_table(raw)


def _read_engine(raw: Any, problems: list[str]) -> Engine:
    if raw is None:
        return Engine()
    if not isinstance(raw, dict):
        problems.append("'build' must be a table, e.g. [build] executor = \"dask\"")
        return Engine()
    values: dict[str, str] = {}
    for key, value in raw.items():
        if key not in _TABLE_KEYS["build"]:
            problems.append(f"unknown key 'build.{key}'{_suggest(key, _TABLE_KEYS['build'])}")
        elif not isinstance(value, str):
            problems.append(f"'build.{key}' must be str, got {type(value).__name__} ({value!r})")
        else:
            values[key] = value
    return engine_problems(Engine(**values), problems, "'build.")


def engine_problems(engine: Engine, problems: list[str], where: str = "'--") -> Engine:
    """``engine``, its problems added to ``problems`` (``where`` starts each option's name:
    site.toml's or the command line's)."""
    if engine.executor not in EXECUTORS:
        problems.append(
            f"{where}executor' must be one of {', '.join(EXECUTORS)}, got "
            f"{engine.executor!r}{_suggest(engine.executor, EXECUTORS)}"
        )
    elif engine.executor == "dask" and not engine.scheduler:
        problems.append(
            f"{where}executor' dask needs {where}scheduler', the scheduler's "
            'address, such as "tcp://10.0.0.5:8786"'
        )
    return engine


def base_url_warning(config: SiteConfig) -> str | None:
    """A site published without its address links to the preview server's: say so."""
    if config.base_url != DEFAULT_BASE_URL:
        return None
    return (
        f"{shown(config.root / CONFIG_NAME)}: warning: no base_url: links and feeds "
        f'point at {DEFAULT_BASE_URL} (set base_url = "https://example.org/" in '
        f"{CONFIG_NAME}, or pass --base-url)"
    )


def parse_config(root: Path, raw: Mapping[str, Any], path: Path) -> SiteConfig:
    """Validate a parsed TOML mapping; raise ConfigError listing every problem."""
    problems: list[str] = []
    values = _check_types(raw, problems)
    _validate(values, problems)
    cleaning = _read_cleaning(raw.get("cleaning"), problems)
    permalinks = _read_permalinks(raw.get("permalinks"), problems)
    params = _read_params(raw.get("params"), problems)
    engine = _read_engine(raw.get("build"), problems)
    if problems:
        raise ConfigError(path, problems)
    if not values.get("base_url", "/").endswith("/"):
        values["base_url"] += "/"
    config = SiteConfig(
        root=root, cleaning=cleaning, permalinks=permalinks, params=params, engine=engine
    )
    for key in ("content_dir", "output_dir", "theme_dir", "static_dir"):
        if key in values:
            values[key] = Path(values[key])
    config = replace(config, **values)
    return _absolute_paths(config)


def _absolute_paths(config: SiteConfig) -> SiteConfig:
    theme = config.theme_dir
    return replace(
        config,
        content_dir=config.root / config.content_dir,
        output_dir=config.root / config.output_dir,
        static_dir=config.root / config.static_dir,
        theme_dir=(config.root / theme) if theme is not None else None,
    )


def load_config(root: Path) -> tuple[SiteConfig, list[str]]:
    """Read ``root/site.toml``; return the config and warnings (a missing file is a warning)."""
    path = root / CONFIG_NAME
    if not path.is_file():
        return _absolute_paths(SiteConfig(root=root)), [
            f"{shown(path)}: warning: no {CONFIG_NAME} found, building with default settings"
        ]
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, [f"invalid TOML: {exc}"]) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(path, [f"not UTF-8 text: {exc}"]) from exc
    return parse_config(root, raw, path), []
