"""Search: a Pagefind index made by the build, one per language, queried in Chromium."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.cdp import Browser
from tests.conftest import MakeSite, build_root, serving

ARTICLES = {
    "content/grid.md": "---\ntitle: Grid repairs resume\ndate: 2026-01-02T10:00:00Z\nlang: en\n"
    "---\nEngineers replaced a transformer near Zhytomyr overnight.\n",
    "content/buses.md": "---\ntitle: Night buses return\ndate: 2026-01-03T10:00:00Z\nlang: en\n"
    "---\nFour routes run again after midnight.\n",
    "content/svet.md": "---\ntitle: Свет вернулся\ndate: 2026-01-04T10:00:00Z\nlang: ru\n---\n"
    "Энергетики заменили трансформатор под Житомиром.\n",
}


def _site(make_site: MakeSite, base: str = "https://t.example/") -> Path:
    return make_site(
        {"site.toml": f'title = "T"\nbase_url = "{base}"\nsearch = true\n', **ARTICLES}
    )


def _index(files: dict[str, bytes]) -> dict[str, bytes]:
    return {p: b for p, b in files.items() if p.startswith("pagefind/")}


def test_the_index_has_one_part_per_language_and_a_search_page_each(make_site: MakeSite) -> None:
    _, result = build_root(_site(make_site))
    index = _index(result.files)
    assert any(p.startswith("pagefind/pagefind.en_") for p in index)
    assert any(p.startswith("pagefind/pagefind.ru_") for p in index)
    assert "pagefind/pagefind.js" in index
    for folder, lang in (("search/", "en"), ("lang/ru/search/", "ru")):
        page = BeautifulSoup(result.files[f"{folder}index.html"], "html.parser")
        assert page.html is not None and page.html["lang"] == lang
    home = BeautifulSoup(result.files["index.html"], "html.parser")
    link = home.select_one('nav a[href="/search/"]')  # a plain link: no script needed
    assert link is not None
    search = BeautifulSoup(result.files["search/index.html"], "html.parser")
    note = search.select_one("noscript")
    assert note is not None and "needs JavaScript" in note.get_text()


def test_the_index_is_byte_identical_across_builds_and_follows_edits(make_site: MakeSite) -> None:
    root = _site(make_site)
    _, first = build_root(root)
    shutil.rmtree(root / "public")
    shutil.rmtree(root / ".site-builder-cache", ignore_errors=True)
    _, second = build_root(root)
    assert _index(first.files) == _index(second.files)
    (root / "content/buses.md").write_text(
        ARTICLES["content/buses.md"].replace("Four routes", "Five routes"), "utf-8"
    )
    _, edited = build_root(root)
    assert _index(edited.files) != _index(second.files)
    assert "search/index.html" in edited.files


@pytest.fixture
def served(make_site: MakeSite) -> Iterator[tuple[str, Path]]:
    """The site built for, and served from, a loopback port."""
    root = _site(make_site)
    with serving(root, "https://t.example/") as site:
        yield site


def _search(base: str, path: str, query: str, profile: Path) -> tuple[list[str], str]:
    """Result links and status after typing ``query`` on the search page in Chromium."""
    browser = Browser(profile)
    try:
        page = browser.open(f"{base}{path}")
        page.wait("document.querySelector('form.search').dataset.ready === 'true'")
        page.evaluate(f"""(() => {{ const input = document.getElementById('search-input');
            input.value = {json.dumps(query)};
            input.form.requestSubmit(); }})()""")
        page.wait("document.getElementById('search-status').textContent !== ''")
        links = page.evaluate(
            "[...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'))"
        )
        status = page.evaluate("document.getElementById('search-status').textContent")
        return list(links), str(status)
    finally:
        browser.close()


@pytest.mark.browser
def test_a_query_in_chromium_finds_an_article_by_a_body_word(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = served
    links, status = _search(base, "search/", "transformer", tmp_path / "profile")
    assert links == ["/grid-repairs-resume/"]  # the Russian article is in its own index
    assert status == "Results: 1"
    links, status = _search(base, "search/", "zzyzx", tmp_path / "profile")
    assert (links, status) == ([], "No results.")


@pytest.mark.browser
def test_the_russian_search_page_reads_the_russian_index(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = served
    links, status = _search(base, "lang/ru/search/", "трансформатор", tmp_path / "profile")
    assert (links, status) == (["/svet-vernulsia/"], "Найдено: 1")
