"""Every feed of the example site and of a generated 1,000-article site is valid and stable."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import jsonschema
import pytest

from site_builder.core.config import SiteConfig
from site_builder.pipeline.build import BuildResult
from tests.conftest import REPO, MakeSite, build_root
from tests.feedcheck import check_atom, check_html_content, check_rss
from tests.generated import PNG

SCHEMA = json.loads((REPO / "tests/schemas/jsonfeed-1.1.schema.json").read_text("utf-8"))
Built = tuple[SiteConfig, BuildResult]


def _feeds(result: BuildResult, name: str) -> dict[str, bytes]:
    return {path: data for path, data in result.files.items() if path.endswith(name)}


def _check_all(built: Built) -> list[str]:
    config, result = built
    problems: list[str] = []
    for check, name in ((check_rss, "rss.xml"), (check_atom, "atom.xml")):
        for path, data in _feeds(result, name).items():
            problems += [f"{path}: {p}" for p in check(data, config.base_url + path)]
            parsed = feedparser.parse(data)
            if parsed.bozo:
                problems.append(f"{path}: feedparser: {parsed.bozo_exception}")
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for path, data in _feeds(result, "feed.json").items():
        problems += [f"{path}: {e.message}" for e in validator.iter_errors(json.loads(data))]
    return problems


def test_example_site_feeds_are_valid(example_site: Path) -> None:
    assert _check_all(build_root(example_site)) == []


def test_generated_site_feeds_are_valid(generated_site: Built) -> None:
    _, result = generated_site
    assert len(_feeds(result, "rss.xml")) > 10  # site, tags and languages
    assert _check_all(generated_site) == []


def test_generated_feeds_have_limit_order_and_unique_ids(generated_site: Built) -> None:
    config, result = generated_site
    parsed = feedparser.parse(result.files["atom.xml"])
    assert len(parsed.entries) == config.feed_limit
    keys = [(e.updated_parsed, e.published_parsed) for e in parsed.entries]
    published = [e.published_parsed for e in parsed.entries]
    assert published == sorted(published, reverse=True), keys[:3]
    assert len({e.id for e in parsed.entries}) == len(parsed.entries)
    newest = result.articles[0]
    assert parsed.entries[0].id == newest.id


def test_language_feeds_exist_when_the_site_has_several(generated_site: Built) -> None:
    _, result = generated_site
    lang_feeds = sorted(p for p in result.files if p.startswith("lang/") and p.endswith(".xml"))
    assert {p.split("/")[1] for p in lang_feeds} == {"en", "lv", "ru", "uk"}
    ru = feedparser.parse(result.files["lang/ru/atom.xml"])
    assert ru.feed.language == "ru" and ru.entries


def test_lead_images_become_enclosures_with_length_and_type(generated_site: Built) -> None:
    _, result = generated_site
    with_image = next(a for a in result.articles if a.image is not None)
    assert with_image.image is not None and with_image.image.length == len(PNG)
    rss = feedparser.parse(result.files["rss.xml"])
    enclosures = [e.enclosures for e in rss.entries if e.enclosures]
    assert enclosures and all(
        en[0]["type"] == "image/png" and en[0]["length"] == str(len(PNG)) for en in enclosures
    )
    atom = feedparser.parse(result.files["atom.xml"])
    atom_enclosures = [e.enclosures for e in atom.entries if e.enclosures]
    assert len(atom_enclosures) == len(enclosures)


def test_titles_with_markup_characters_show_once(generated_site: Built) -> None:
    _, result = generated_site
    odd = [a for a in result.articles if "&" in a.title][:5]
    assert odd
    for name in ("rss.xml", "atom.xml"):
        parsed = feedparser.parse(result.files[name])
        titles = {e.id: e.title for e in parsed.entries}
        for article in odd:
            if article.id in titles:
                assert titles[article.id] == article.title
    data = json.loads(result.files["feed.json"])
    assert any("& <more>" in item["title"] for item in data["items"])


def test_checker_catches_what_it_should() -> None:
    assert check_html_content('<a href="../x">x</a>', "c") == ["c: relative URL '../x'"]
    assert check_html_content("<img src=x onerror=alert(1)>", "c")
    bad_rss = (
        b'<rss version="2.0"><channel><title>T</title><link>https://e/</link>'
        b"<description>d</description><lastBuildDate>2026-01-01</lastBuildDate>"
        b"</channel></rss>"
    )
    problems = check_rss(bad_rss, "https://e/rss.xml")
    assert any("RFC 822" in p for p in problems) and any("rel=self" in p for p in problems)


@pytest.mark.parametrize("fix", ["title", "body", "scheme"])
def test_ids_and_unchanged_feeds_survive_edits(make_site: MakeSite, fix: str) -> None:
    post = "---\ntitle: {title}\ndate: 2026-01-01\n---\n{body}\n"
    root = make_site(
        {
            "content/a.md": post.format(title="Teh title", body="Teh body."),
            "content/b.md": post.format(title="Other", body="Text."),
        }
    )
    _, first = build_root(root)
    title, body = ("The title", "Teh body.") if fix == "title" else ("Teh title", "The body.")
    (root / "content" / "a.md").write_text(post.format(title=title, body=body), "utf-8")
    if fix == "scheme":
        (root / "site.toml").write_text(
            'title = "Test"\nbase_url = "http://t.example/"\n', encoding="utf-8"
        )
    _, second = build_root(root)
    assert {a.id for a in first.articles} == {a.id for a in second.articles}
