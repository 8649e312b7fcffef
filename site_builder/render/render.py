"""Render pages with Jinja2: autoescape on, undefined variables fail, article HTML trusted once."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, StrictUndefined, TemplateError

from site_builder.core.config import SiteConfig
from site_builder.core.errors import BuildError
from site_builder.core.model import ArticleBody
from site_builder.render.i18n import install
from site_builder.render.pages import Page, SiteView, Sources, page_context, site_context
from site_builder.render.theme import template_loader, theme_dirs
from site_builder.render.views import human_date, human_month


def make_environment(config: SiteConfig, compiled: Path | None = None) -> Environment:
    """The theme's templates; ``compiled``: a folder that keeps them compiled between
    builds (Jinja2 checks each against its source)."""
    cache = FileSystemBytecodeCache(str(compiled)) if compiled is not None else None
    env = Environment(
        loader=template_loader(config),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=cache,
    )
    env.filters["human_date"] = human_date
    env.filters["human_month"] = human_month
    install(env, theme_dirs(config), config.language)
    return env


class Rendering:
    """The templates and what page contexts are made from besides each page's input."""

    def __init__(
        self, config: SiteConfig, bodies: Mapping[str, ArticleBody], compiled: Path | None = None
    ) -> None:
        self.env = make_environment(config, compiled)
        self.sources = Sources(config, bodies)
        self._site: tuple[SiteView, dict[str, Any]] | None = None

    def site(self, view: SiteView) -> dict[str, Any]:
        """``site`` in templates (the same for every page of a build: made once)."""
        if self._site is None or self._site[0] != view:
            self._site = (view, site_context(self.sources.config, view))
        return self._site[1]


def render_page(rendering: Rendering, page: Page) -> bytes:
    """The HTML of ``page``; a template's failure is a BuildError naming the template."""
    template = page.template
    context = page_context(page, rendering.sources)
    try:
        html = rendering.env.get_template(template).render(
            site=rendering.site(page.site), **context
        )
    except TemplateError as exc:
        where = f"{getattr(exc, 'filename', None) or template}:{getattr(exc, 'lineno', '?')}"
        raise BuildError(f"{where}: template error: {exc}") from exc
    except Exception as exc:  # a runtime error inside a template expression
        raise BuildError(
            f"{template}: template error while rendering {page.path}: {type(exc).__name__}: {exc}"
        ) from exc
    return html.encode("utf-8")
