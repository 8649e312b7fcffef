"""The theme's strings in the reader's language: gettext catalogues read with Babel.

Each theme folder may hold ``locale/LANG/LC_MESSAGES/messages.po``; a site theme's
catalogue overrides single strings of the default theme's one. Templates call ``_()``
(Jinja2's i18n extension); the language is the page's ``ui_lang``."""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from io import BytesIO
from pathlib import Path

from babel.core import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from jinja2 import Environment, pass_context
from jinja2.runtime import Context

# The languages the cleaner knows, and so the default theme speaks.
LANGUAGES = ("en", "lv", "ru", "uk", "de", "fr", "es", "pl", "it", "pt", "nl", "lt", "et")
DOMAIN = "messages"


def catalogue_path(theme_dir: Path, lang: str) -> Path:
    return theme_dir / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def base_language(lang: str) -> str:
    """ "pt-BR" and "pt_BR" read the "pt" catalogue when there is none of their own."""
    return lang.replace("_", "-").split("-", 1)[0].lower()


def _read(path: Path) -> gettext.GNUTranslations:
    with path.open("rb") as po:
        catalog = read_po(po)
    mo = BytesIO()
    write_mo(mo, catalog, use_fuzzy=False)
    mo.seek(0)
    return gettext.GNUTranslations(mo)


def translations(lang: str, theme_dirs: tuple[Path, ...]) -> gettext.NullTranslations:
    """The strings for ``lang``: ``theme_dirs`` in lookup order (site theme first), the first
    catalogue that has a string wins; English (the msgids) where none has it."""
    chosen: gettext.NullTranslations = gettext.NullTranslations()
    for folder in reversed(theme_dirs):  # the default theme first, overridden by the site's
        for name in dict.fromkeys((base_language(lang), lang)):
            path = catalogue_path(folder, name)
            if path.is_file():
                found = _read(path)
                found.add_fallback(chosen)
                chosen = found
    return chosen


@cache
def language_name(lang: str) -> str:
    """A language's own name for itself ("latviešu", "русский"), for language switchers
    (kept for the process: Babel reads a whole locale's data to answer, a tenth of a
    second for a site in eight languages)."""
    try:
        name = Locale.parse(lang.replace("-", "_")).get_display_name()
    except (UnknownLocaleError, ValueError):
        return lang
    return name[:1].upper() + name[1:] if name else lang


def warm_language_names(langs: Iterable[str]) -> None:
    """Have ``language_name`` ready for these languages (a build asks it while its workers
    make the changed articles, and this process would otherwise only wait)."""
    for lang in sorted(set(langs)):
        language_name(lang)


def install(env: Environment, theme_dirs: Sequence[Path], default: str) -> None:
    """Make ``_``/``gettext``/``ngettext`` speak each page's ``ui_lang`` (``default`` where a
    template has none in its context)."""
    dirs = tuple(theme_dirs)
    env.add_extension("jinja2.ext.i18n")
    # Read once per environment (one per build): a catalogue edited under `serve` shows.
    found = lru_cache(maxsize=None)(lambda lang: translations(lang, dirs))

    @pass_context
    def _gettext(context: Context, message: str) -> str:
        return str(found(context.get("ui_lang") or default).gettext(message))

    @pass_context
    def _ngettext(context: Context, singular: str, plural: str, n: int) -> str:
        lang = context.get("ui_lang") or default
        return str(found(lang).ngettext(singular, plural, n))

    env.install_gettext_callables(  # type: ignore[attr-defined]
        _gettext, _ngettext, newstyle=True
    )
