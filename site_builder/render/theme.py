"""Where templates and static files come from: the site's theme folder, then the default."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import ChoiceLoader

from site_builder.core.config import SiteConfig

_PACKAGE = Path(__file__).resolve().parent.parent  # site_builder/


def default_theme_dir() -> Path:
    """The default theme: packaged in the wheel, or the top-level folder in a checkout."""
    packaged = _PACKAGE / "templates"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "templates"


def theme_dirs(config: SiteConfig) -> list[Path]:
    """Lookup order: the site's own theme folder (if any) first, the default theme last."""
    dirs = [config.theme_dir] if config.theme_dir is not None else []
    return [*dirs, default_theme_dir()]


def template_loader(config: SiteConfig) -> ChoiceLoader:
    """Plain names find the first match; ``default/NAME`` always reaches the default theme,
    so a site template can ``{% extends "default/article.html" %}`` and change one block."""
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader  # noqa: PLC0415

    return ChoiceLoader(
        [
            FileSystemLoader([str(d) for d in theme_dirs(config)]),
            PrefixLoader({"default": FileSystemLoader(str(default_theme_dir()))}),
        ]
    )


def static_files(config: SiteConfig) -> dict[str, Path]:
    """Static files by output path (``static/...``); a site's file replaces the default's."""
    found: dict[str, Path] = {}
    for folder in reversed(theme_dirs(config)):
        static = folder / "static"
        if static.is_dir():
            for path in sorted(static.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    found[path.relative_to(folder).as_posix()] = path
    return found
