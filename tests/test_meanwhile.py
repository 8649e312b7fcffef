"""What the main process does while the engine makes the changed articles: it is given the
articles the cache held (the changed ones are not among them), and reads the locale data
of the languages pages will name, so that rendering finds them ready."""

from __future__ import annotations

from pathlib import Path

from site_builder.core.config import load_config
from site_builder.core.model import Article
from site_builder.incremental.cache import BuildCache
from site_builder.incremental.collect import make_articles
from site_builder.render.i18n import language_name, warm_language_names
from site_builder.source.scan import scan_content
from tests.conftest import MakeSite


def _document(title: str, lang: str) -> str:
    return f"---\ntitle: {title}\ndate: 2026-01-0{len(title)}\nlang: {lang}\n---\n{title} text.\n"


def _made(root: Path, seen: list[list[Article]]) -> list[str]:
    config, _ = load_config(root)
    cache = BuildCache(root)
    try:
        made = make_articles(config, scan_content(config), cache, meanwhile=seen.append)
    finally:
        cache.close()
    return sorted(a.title for a in made.articles)


def test_meanwhile_is_given_the_articles_the_cache_held(make_site: MakeSite) -> None:
    root = make_site({"content/a.md": _document("A", "lv"), "content/bb.md": _document("BB", "ru")})
    seen: list[list[Article]] = []
    assert _made(root, seen) == ["A", "BB"]
    assert seen == [[]]  # a first build: nothing from the cache
    (root / "content" / "bb.md").write_text(_document("BB", "ru") + "More.\n", "utf-8")
    assert _made(root, seen) == ["A", "BB"]
    assert [a.title for a in seen[1]] == ["A"]  # the edited one is being made meanwhile
    assert _made(root, seen) == ["A", "BB"]
    assert sorted(a.title for a in seen[2]) == ["A", "BB"]


def test_warmed_language_names_are_the_same_answers_kept() -> None:
    language_name.cache_clear()
    warm_language_names(["lv", "ru", "lv", "not a language"])
    before = language_name.cache_info()
    assert before.currsize == 3
    assert language_name("lv") == "Latviešu"
    assert language_name("ru") == "Русский"
    assert language_name("not a language") == "not a language"
    assert language_name.cache_info().hits == before.hits + 3
