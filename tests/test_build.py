"""End to end: the example site builds, cleanly, deterministically, without losing data."""

from __future__ import annotations

import html.parser
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_builder.article.articles import sort_articles
from site_builder.core.config import load_config
from site_builder.core.errors import BuildError
from site_builder.core.model import Article
from site_builder.pipeline.build import BuildOptions, InMemory, build
from site_builder.publish.output import MARKER, publish
from tests.conftest import NOW, MakeSite, build_root, tree_bytes
from tests.generated import generate_site

BOILERPLATE = ("Focus Keyword", "Read also", "Seko mums", "Draugiem")
KEPT = (
    "wrote on the Telegram that the enemy is attacking",
    "Kushner, representing the United States",
)


def test_example_site_has_index_articles_and_feeds(example_site: Path) -> None:
    config, result = build_root(example_site)
    assert result.errors == []
    names = set(tree_bytes(config.output_dir))
    assert {
        "index.html",
        "404.html",
        "rss.xml",
        "atom.xml",
        "feed.json",
        "sitemap.xml",
        "robots.txt",
        "static/style.css",
        "tags/index.html",
        "tags/energy/index.html",
        "tags/energy/rss.xml",
        "archive/index.html",
        "archive/2026/01/index.html",
    } <= names
    assert {f"{a.slug}/index.html" for a in result.articles} <= names
    assert len(result.articles) == 2


def test_boilerplate_absent_and_news_kept_in_pages(example_site: Path) -> None:
    config, _ = build_root(example_site)
    pages = b"".join(v for k, v in tree_bytes(config.output_dir).items() if k.endswith(".html"))
    text = pages.decode("utf-8")
    for junk in BOILERPLATE:
        assert junk not in text
    for sentence in KEPT:
        assert sentence in text


def test_seo_keyword_goes_to_the_head_not_the_body(example_site: Path) -> None:
    config, result = build_root(example_site)
    article = next(a for a in result.articles if a.title.startswith("Ukraine is confronting"))
    page = (config.output_dir / article.slug / "index.html").read_text(encoding="utf-8")
    head, body = page.split("</head>")
    assert '<meta name="keywords" content="Ukraine peace talks">' in head
    assert "Ukraine peace talks" not in body


def test_build_twice_is_byte_identical(example_site: Path, tmp_path: Path) -> None:
    config, _ = build_root(example_site)
    first = tree_bytes(config.output_dir)
    (example_site / "content" / "000_b659c5e0ad132ae6.txt").touch()
    build_root(example_site)
    assert tree_bytes(config.output_dir) == first


class _StrictParser(html.parser.HTMLParser):
    """Checks that every non-void element is closed in order."""

    VOID = frozenset({"meta", "link", "br", "img", "hr", "input", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"unexpected </{tag}> in {self.stack}"
        self.stack.pop()


def test_every_page_parses_as_balanced_html(example_site: Path) -> None:
    config, _ = build_root(example_site)
    for name, data in tree_bytes(config.output_dir).items():
        if name.endswith(".html"):
            parser = _StrictParser()
            parser.feed(data.decode("utf-8"))
            parser.close()
            assert parser.stack == [], name
            assert data.startswith(b"<!DOCTYPE html>")


def test_broken_document_does_not_stop_the_others(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/good.md": "---\ntitle: Good\ndate: 2026-01-01\n---\nFine text.\n",
            "content/bad.md": "---\ntitle: [broken\n---\nText\n",
        }
    )
    config, result = build_root(root)
    assert [a.title for a in result.articles] == ["Good"]
    assert len(result.errors) == 1 and "bad.md" in str(result.errors[0])
    assert (config.output_dir / "good" / "index.html").is_file()


def test_a_repeated_headline_gets_a_dated_folder_and_a_warning(make_site: MakeSite) -> None:
    """Newsrooms repeat headlines ("Morning briefing"): both are published, the later one
    under its date (and a counter after that), and the build says so, naming both files."""
    root = make_site(
        {
            "content/a.md": "---\ntitle: Same Title\ndate: 2026-01-01\n---\nOne.\n",
            "content/b.md": "---\ntitle: Same title!\ndate: 2026-01-02\n---\nTwo.\n",
            "content/c.md": "---\ntitle: Same title\ndate: 2026-01-02T18:00:00Z\n---\nThree.\n",
        }
    )
    config, result = build_root(root)
    assert not result.errors
    assert {a.slug for a in result.articles} == {
        "same-title",
        "same-title-2026-01-02",
        "same-title-2026-01-02-2",
    }
    assert "One." in (config.output_dir / "same-title/index.html").read_text(encoding="utf-8")
    warnings = [str(w) for w in result.warnings if "same headline" in w.message]
    assert len(warnings) == 2 and all("a.md" in w for w in warnings)
    assert any("b.md" in w for w in warnings) and any("c.md" in w for w in warnings)
    # The oldest keeps the plain address: adding an older article would not move it,
    # because the record of past addresses says who had it.
    (root / "content/0.md").write_text(
        "---\ntitle: Same title\ndate: 2025-01-01\n---\nZero.\n", encoding="utf-8"
    )
    config, result = build_root(root)
    assert "One." in (config.output_dir / "same-title/index.html").read_text(encoding="utf-8")
    assert "Zero." in (config.output_dir / "same-title-2025-01-01/index.html").read_text(
        encoding="utf-8"
    )


def test_two_documents_choosing_one_slug_is_an_error_naming_both(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": "---\ntitle: A\nslug: same\ndate: 2026-01-01\n---\nOne.\n",
            "content/b.md": "---\ntitle: B\nslug: same\ndate: 2026-01-02\n---\nTwo.\n",
        }
    )
    _, result = build_root(root)
    [error] = result.errors
    assert "b.md" in str(error) and "a.md" in str(error) and "'same'" in str(error)


def test_drafts_and_future_articles_are_left_out(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/draft.md": "---\ntitle: Draft\ndate: 2026-01-01\ndraft: true\n---\nD.\n",
            "content/future.md": "---\ntitle: Future\ndate: 2099-01-01\n---\nF.\n",
            "content/now.md": "---\ntitle: Now\ndate: 2026-01-01\n---\nN.\n",
        }
    )
    config, result = build_root(root)
    assert [a.title for a in result.articles] == ["Now"]
    feed = (config.output_dir / "rss.xml").read_text(encoding="utf-8")
    assert "Draft" not in feed and "Future" not in feed
    _, with_all = build_root(root, drafts=True, future=True)
    assert sorted(a.title for a in with_all.articles) == ["Draft", "Future", "Now"]


def test_failed_publish_keeps_previous_output(example_site: Path) -> None:
    config, _ = build_root(example_site)
    before = tree_bytes(config.output_dir)
    with pytest.raises(BuildError):
        publish({"index.html": b"new", "../escape.html": b"x"}, config.output_dir)
    assert tree_bytes(config.output_dir) == before
    assert not list(config.output_dir.parent.glob(".*-build"))


def test_refuses_to_replace_a_folder_it_did_not_create(tmp_path: Path) -> None:
    foreign = tmp_path / "public"
    foreign.mkdir()
    (foreign / "precious.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(BuildError, match="--force"):
        publish({"index.html": b"x"}, foreign)
    assert (foreign / "precious.txt").read_text(encoding="utf-8") == "keep me"
    publish({"index.html": b"x"}, foreign, force=True)
    assert (foreign / MARKER).is_file() and not (foreign / "precious.txt").exists()


def test_site_under_a_subpath_links_stay_inside_it(make_site: MakeSite) -> None:
    root = make_site(
        {
            "site.toml": 'title = "T"\nbase_url = "https://e.org/news/"\n',
            "content/a.md": (
                "---\ntitle: A\ndate: 2026-01-01\n---\n[rel](../other/) ![i](pic.png)\n"
            ),
        }
    )
    config, _ = build_root(root)
    index = (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert 'href="/news/a/"' in index and 'href="/news/static/style.css"' in index
    assert 'href="https://e.org/news/rss.xml"' in index


MALICIOUS_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Port reopens</title>
<script>alert('head')</script></head><body><article><h1>Port reopens</h1>
<p>The port of Odesa reopened on Monday after repairs to the grain terminal were finished
by workers overnight, the regional administration said in a statement.</p>
<p onclick="alert('p')">Ships queued outside the harbour <a href="javascript:alert('a')">as
traffic resumed</a> and officials expected exports to recover within weeks.</p>
<img src="x.png" onerror="alert('img')" alt="Grain ships">
<iframe src="https://evil.example/"></iframe><script>alert('body')</script>
<p>Exporters said insurance costs remained high despite the reopening of the port.</p>
</article></body></html>
"""


def test_malicious_html_article_is_harmless_in_page_and_feeds(make_site: MakeSite) -> None:
    # future=True: the undated page is dated by its file time, later than the fixed NOW.
    _, result = build_root(make_site({"content/port.html": MALICIOUS_PAGE}), future=True)
    [article] = result.articles
    outputs = [
        result.files[f"{article.slug}/index.html"],
        result.files["rss.xml"],
        result.files["atom.xml"],
        result.files["feed.json"],
    ]
    for data in outputs:
        text = data.decode("utf-8")
        for bad in ("alert(", "onerror", "onclick", "javascript:", "<iframe", "&lt;iframe"):
            assert bad not in text
    page = result.files[f"{article.slug}/index.html"].decode("utf-8")
    assert "Ships queued outside the harbour" in page and 'alt="Grain ships"' in page
    assert page.count("<script") == 1  # only the JSON-LD block


def test_parallel_and_serial_builds_give_the_same_site(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "gen", 80)
    config, _ = load_config(root)
    parallel = build(config, BuildOptions(NOW, workers=2, cache=False), InMemory())
    serial = build(config, BuildOptions(NOW, workers=1, cache=False), InMemory())
    assert serial.files == parallel.files
    assert [str(d) for d in serial.diagnostics] == [str(d) for d in parallel.diagnostics]


def _stamps(folder: Path) -> dict[str, int]:
    return {
        p.relative_to(folder).as_posix(): p.stat().st_mtime_ns
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_unchanged_output_files_are_not_rewritten(example_site: Path) -> None:
    config, _ = build_root(example_site)
    before = _stamps(config.output_dir)
    assert publish(build_root_files(example_site), config.output_dir) == 0  # nothing to do
    assert _stamps(config.output_dir) == before

    seed = example_site / "content" / "001_ecbace57fbf98ec3.txt"
    seed.write_text(seed.read_text("utf-8").replace("BBC reports", "BBC said"), "utf-8")
    build_root(example_site)
    after = _stamps(config.output_dir)
    changed = {name for name in after if after[name] != before.get(name)}
    assert "static/style.css" not in changed and "tags/diplomacy/index.html" not in changed
    assert any(name.startswith("talks-in-paris") for name in changed)
    assert "rss.xml" in changed  # the feed carries the edited text


def build_root_files(root: Path) -> dict[str, bytes]:
    """What a build of ``root`` would publish, without publishing it."""
    config, _ = load_config(root)
    return build(config, BuildOptions(NOW), InMemory()).files


@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 5),
            st.sampled_from(["UTC", "Europe/Riga", "America/New_York"]),
        ),
        max_size=30,
    )
)
def test_articles_are_newest_first_with_ties_in_url_order(
    stamps: list[tuple[int, int, str]],
) -> None:
    """Same instants in different time zones are ties; ties go by URL."""
    articles = []
    for n, (hour, url, zone) in enumerate(stamps):
        when = datetime(2025, 3, 1, hour, tzinfo=UTC).astimezone(ZoneInfo(zone))
        articles.append(replace(_ARTICLE, id=f"id{n}", url=f"https://x.example/{url}/", date=when))
    ordered = sort_articles(articles)
    assert [(a.date, a.url) for a in ordered] == sorted(
        ((a.date, a.url) for a in articles), key=lambda p: (-p[0].timestamp(), p[1])
    )


_ARTICLE = Article(
    id="",
    slug="s",
    url_path="/s/",
    url="",
    title="T",
    date=datetime(2025, 1, 1, tzinfo=UTC),
    updated=datetime(2025, 1, 1, tzinfo=UTC),
    lang="en",
    summary="",
    dek=None,
    source_file="s.txt",
)


def test_a_remote_lead_image_without_a_type_is_left_out_and_said_why(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": "---\ntitle: A\ndate: 2026-01-01\n"
            "image: https://images.example/im-128022?width=1280\n---\nBody.\n"
        }
    )
    _, result = build_root(root)
    [article] = result.articles
    assert article.image is None
    [warning] = [str(w) for w in result.warnings if "lead image" in str(w)]
    assert "its address does not tell its type" in warning


@pytest.mark.parametrize(
    ("description", "shown"),
    [
        ("The council voted 40 to 20 on Tuesday to close the old bridge for repairs.", False),
        ("The council voted 40 to 20 on Tuesday to close the old…", False),
        ("Repairs will take until spring, the mayor says.", True),
    ],
)
def test_a_description_that_is_the_first_paragraph_is_not_shown_twice(
    make_site: MakeSite, description: str, shown: bool
) -> None:
    lead = "The council voted 40 to 20 on Tuesday to close the old bridge for repairs."
    root = make_site(
        {
            "content/bridge.md": (
                f"---\ntitle: Bridge closes\ndate: 2026-01-05\ndescription: {description}\n---\n"
                f"{lead}\n\nTraffic will go over the new bridge instead.\n"
            )
        }
    )
    config, result = build_root(root)
    assert result.errors == []
    page = (config.output_dir / result.articles[0].slug / "index.html").read_text("utf-8")
    shown_text = page[page.index("<article") : page.index("</article>")]
    assert shown_text.count(lead) == 1
    assert ('<p class="dek">' in shown_text) is shown
    assert f'<meta name="description" content="{description}">' in page


def test_a_byline_in_the_text_becomes_the_articles_author_not_a_photo_credit(
    make_site: MakeSite,
) -> None:
    body = "The council voted on Monday to close the bridge for repairs until spring.\n"
    root = make_site(
        {
            "content/bridge.md": "---\ntitle: Bridge\ndate: 2026-01-01\n---\n"
            f"Propos recueillis par Nathalie Roux\n\n{body}",
            "content/own.md": "---\ntitle: Own\ndate: 2026-01-02\nauthor: Ann Lee\n---\n"
            f"By Jane Doe\n\n{body}",
        }
    )
    config, result = build_root(root)
    authors = {a.title: a.author for a in result.articles}
    assert authors == {"Bridge": "Nathalie Roux", "Own": "Ann Lee"}  # front matter wins
    page = (config.output_dir / "bridge" / "index.html").read_text(encoding="utf-8")
    assert "Propos recueillis" not in page
    assert 'class="byline"' in page and ">Nathalie Roux</a>" in page
    assert "Photo: Nathalie Roux" not in page and "Foto" not in page
