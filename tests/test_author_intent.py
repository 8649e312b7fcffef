"""Pages say what the author wrote: the encoding the author used (or a warning when it is
a guess among equals), a summary that does not repeat the headline, labelled credits in
their place, text without stray spaces, one spelling per tag, each article linked once,
slugs cut at a natural break."""

from __future__ import annotations

from pathlib import Path

from bs4 import Tag

from site_builder.article.articles import text_blocks
from site_builder.core.config import load_config
from site_builder.core.urls import MAX_SLUG, make_slug
from site_builder.pipeline.explain import explain_file
from tests.conftest import SEEDS, MakeSite, build_root, find_one, page_soup
from tests.generated import PNG

# A short windows-1251 text with an ASCII headline: windows-1251 and Mac-Cyrillic differ in
# its capitals only, and score alike.
MAYOR = "Power cuts\n\nМэр сообщил журналистам о новых отключениях.\n"


# 5. Encodings ---------------------------------------------------------------------------


def _mayor_site(make_site: MakeSite, sidecar: str) -> Path:
    root = make_site({"content/mayor.txt.meta.toml": f"date = 2026-01-05\n{sidecar}"})
    (root / "content" / "mayor.txt").write_bytes(MAYOR.encode("cp1251"))
    return root


def test_equally_likely_encodings_are_named_in_a_warning(make_site: MakeSite) -> None:
    _, result = build_root(_mayor_site(make_site, ""))
    [warning] = [w for w in result.warnings if "encoding" in w.message]
    assert "cp1251" in warning.message and "mac_cyrillic" in warning.message
    assert warning.path is not None and warning.path.name == "mayor.txt"
    assert warning.hint is not None and 'encoding = "cp1251"' in warning.hint
    # The common encoding is taken over the rare one it ties with.
    [article] = result.articles
    assert "Мэр сообщил" in result.bodies[article.id].text


def test_a_sidecar_encoding_settles_it(make_site: MakeSite) -> None:
    _, result = build_root(_mayor_site(make_site, 'encoding = "cp1251"\n'))
    assert not [w for w in result.warnings if "encoding" in w.message]
    [article] = result.articles
    assert "Мэр сообщил" in result.bodies[article.id].text
    # The author's word wins, even over the likelier reading.
    _, result = build_root(_mayor_site(make_site, 'encoding = "mac_cyrillic"\n'))
    [article] = result.articles
    assert "ћэр сообщил" in result.bodies[article.id].text and not result.warnings


def test_an_unknown_sidecar_encoding_is_an_error(make_site: MakeSite) -> None:
    _, result = build_root(_mayor_site(make_site, 'encoding = "cp9999"\n'))
    [error] = result.errors
    assert "unknown encoding 'cp9999'" in error.message and error.line == 2


# 6. Summaries ---------------------------------------------------------------------------


def test_a_summary_starts_after_the_headline_taken_from_the_lead(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/mayor.txt": "The mayor of Riga resigned on Monday. He cited his health "
            "and thanked the council.\n\nA second paragraph follows.\n",
            "content/mayor.txt.meta.toml": "date = 2026-01-05\n",
        }
    )
    _, result = build_root(root)
    [article] = result.articles
    assert article.title == "The mayor of Riga resigned on Monday"
    assert article.summary == "He cited his health and thanked the council."
    page = page_soup(result, f"{article.slug}/index.html")
    meta = find_one(page, "meta", attrs={"name": "description"})
    assert meta["content"] == article.summary


def test_a_headline_cut_from_a_long_sentence_leaves_the_rest_as_summary(
    make_site: MakeSite,
) -> None:
    lead = (
        "Ukraine is confronting intensified Russian attacks on its energy infrastructure, "
        "which have left hundreds of thousands of homes without heating in the coldest "
        "week of the winter so far."
    )
    root = make_site(
        {
            "content/a.txt": lead + "\n\nMore text.\n",
            "content/a.txt.meta.toml": "date = 2026-01-05\n",
        }
    )
    _, result = build_root(root)
    [article] = result.articles
    assert article.title == (
        "Ukraine is confronting intensified Russian attacks on its energy infrastructure"
    )
    assert article.summary.startswith("…which have left hundreds of thousands")
    assert article.title not in article.summary


def test_a_one_sentence_article_keeps_its_sentence_as_summary(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.txt": "The council met on Monday.\n",
            "content/a.txt.meta.toml": "date = 2026-01-05\n",
        }
    )
    _, result = build_root(root)
    [article] = result.articles
    assert article.summary == "The council met on Monday."


# 7. Credits -----------------------------------------------------------------------------


def test_a_photo_credit_sits_under_the_photo_with_its_label(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": "---\ntitle: A\ndate: 2026-01-01\nimage: lead.png\n"
            "credit: dpa/Christoph Soeder\nsource: Reuters\n---\n"
            "Body text.\n"
        }
    )
    (root / "content" / "lead.png").write_bytes(PNG)
    _, result = build_root(root)
    page = page_soup(result, "a/index.html")
    credit = page.select_one("figure.lead figcaption .credit")  # the photo's own caption
    assert isinstance(credit, Tag) and credit.get_text() == "Photo: dpa/Christoph Soeder"
    footer = find_one(page, "footer", class_="article-footer")
    assert footer.get_text(" ", strip=True).startswith("Source: Reuters")
    assert "Soeder" not in footer.get_text()


def test_a_credit_without_a_photo_is_labelled(make_site: MakeSite) -> None:
    root = make_site(
        {
            "content/a.md": "---\ntitle: A\ndate: 2026-01-01\n"
            "credit: dpa/Christoph Soeder\n---\nBody text.\n"
        }
    )
    _, result = build_root(root)
    credits = find_one(page_soup(result, "a/index.html"), "p", class_="credits")
    assert credits.get_text() == "Photo: dpa/Christoph Soeder"


# 8. Spacing -----------------------------------------------------------------------------


def test_inline_markup_adds_no_space_before_punctuation() -> None:
    blocks = text_blocks('<p>It <a href="x">allows</a>, with <em>limits</em>.<br>Next</p>')
    assert blocks == [("p", "It allows, with limits. Next")]


def test_explain_shows_no_space_before_punctuation() -> None:
    config, _ = load_config(SEEDS["001"].parent.parent)
    report = explain_file(SEEDS["001"], config)
    assert "security situation allows, with the main task" in report
    assert " ," not in report.split("Removed ")[0]


# 9. Tags --------------------------------------------------------------------------------


def test_tags_differing_in_case_are_one_tag_in_the_most_common_spelling(
    make_site: MakeSite,
) -> None:
    post = "---\ntitle: Story {n}\ndate: 2026-01-0{n}\ntags: [{tag}]\n---\nAbout {n}.\n"
    root = make_site(
        {
            f"content/{n}.md": post.format(n=n, tag=tag)
            for n, tag in ((1, "texas"), (2, "Texas"), (3, "Texas"))
        }
    )
    _, result = build_root(root)
    assert [a.tags for a in result.articles] == [("Texas",)] * 3
    tags_page = page_soup(result, "tags/index.html").get_text()
    assert "Texas" in tags_page and "texas" not in tags_page
    for article in result.articles:
        links = find_one(page_soup(result, f"{article.slug}/index.html"), "ul", class_="tags")
        assert [(a.get_text(), a["href"]) for a in links.find_all("a")] == [
            ("Texas", "/tags/texas/")
        ]


# 10. Related coverage -------------------------------------------------------------------


def test_an_article_is_not_related_and_older_at_once(make_site: MakeSite) -> None:
    body = (
        "The power grid operator Ukrenergo restored electricity in Dnipro and "
        "Zaporizhzhia after the strikes on substations, generators and transformers."
    )
    post = "---\ntitle: Grid story {n}\ndate: 2026-01-0{n}\n---\n{body} Part {n}.\n"
    root = make_site({f"content/{n}.md": post.format(n=n, body=body) for n in range(1, 6)})
    _, result = build_root(root)
    seen_related = 0
    for index, article in enumerate(result.articles):
        page = page_soup(result, f"{article.slug}/index.html")
        nav = page.find("nav", class_="prev-next")
        neighbours = {a["href"] for a in nav.find_all("a")} if isinstance(nav, Tag) else set()
        assert neighbours == {
            a.url_path for a in result.articles[max(0, index - 1) : index + 2] if a is not article
        }
        related = page.find("aside", class_="related")
        links = {a["href"] for a in related.find_all("a")} if isinstance(related, Tag) else set()
        assert not links & neighbours, article.slug
        seen_related += len(links)
    assert seen_related  # the others about the story are still offered


# 11. Slugs ------------------------------------------------------------------------------


def test_a_long_headline_is_cut_at_a_natural_break() -> None:
    seed_title = SEEDS["001"].read_text(encoding="utf-8").split("\n")[0]
    assert make_slug(seed_title) == "talks-in-paris-on-ending-the-war"
    slug = make_slug(
        "Power grid in the southeast plunges into darkness as winter storms hit "
        "the region and thousands wait for repairs"
    )
    assert slug == "power-grid-in-the-southeast-plunges-into-darkness"


def test_a_cut_without_a_phrase_break_ends_on_a_whole_meaningful_word() -> None:
    slug = make_slug(
        "Power grid in the southeast plunges into the darkness of the coldest "
        "winter night the region has seen in years"
    )
    assert len(slug) <= MAX_SLUG
    assert slug.split("-")[-1] not in {"the", "of", "into", "in", "a"}
    assert make_slug("Short headline") == "short-headline"
