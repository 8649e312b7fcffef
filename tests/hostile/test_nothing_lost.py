"""Text is never silently dropped: every word of a source document is on its page, or was
removed by a recorded cleaning removal (Article.removals), or went into metadata.

Words are counted, not just collected: the generated site's vocabulary is a dozen words per
language, so a lost paragraph would hide in a set comparison."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from lxml import html as lxml_html

from site_builder.core.model import Article, Format, Removal
from site_builder.core.textnorm import normalize_line, strip_forbidden
from site_builder.source.decoding import decode
from site_builder.source.frontmatter import split_front_matter
from tests.conftest import REPO
from tests.generated import generate_site
from tests.hostile.support import build_in_memory

WORD = re.compile(r"\w+")
# Markdown syntax that carries no reader-visible words: link and image targets (with their
# titles), reference definitions, autolinks.
_MARKDOWN_TARGETS = re.compile(
    r"\]\([^)]*\)|^\s*\[[^\]]+\]:\s*\S.*$|<https?://[^>]*>", re.MULTILINE
)


def words(text: str) -> Counter[str]:
    # What loading does to every line: forbidden characters gone, spaces collapsed.
    lines = strip_forbidden(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    return Counter(w.casefold() for line in lines for w in WORD.findall(normalize_line(line)))


def source_words(article: Article, language: str) -> Counter[str]:
    """The words a reader of the source document sees in its body."""
    text = decode(article.source_path.read_bytes(), article.source_path, language)
    fmt = Format.MARKDOWN if article.source_path.suffix == ".md" else Format.TEXT
    if fmt is Format.MARKDOWN:
        text = _MARKDOWN_TARGETS.sub(" ", split_front_matter(text, article.source_path).body)
    return words(text)


def page_words(page: bytes) -> Counter[str]:
    """Words of the article on its page: headline, dek, body text and image alt texts."""
    tree = lxml_html.document_fromstring(page.decode("utf-8"))
    [article] = tree.xpath("//article[contains(@class, 'article')]")
    found = words(" ".join(article.xpath(".//text()")))
    found.update(words(" ".join(article.xpath(".//img/@alt"))))
    return found


def unexplained(
    article: Article, removals: Sequence[Removal], page: bytes, language: str
) -> Counter[str]:
    removed = Counter[str]()
    for removal in removals:
        removed.update(words(removal.text))
    return source_words(article, language) - page_words(page) - removed


def _report(site: str, lost: dict[str, Counter[str]]) -> str:
    lines = [f"{site}: words lost without a recorded removal"]
    lines += [f"  {path}: {dict(counter.most_common(12))}" for path, counter in lost.items()]
    return "\n".join(lines)


@pytest.mark.parametrize("kind", ["example", "generated"])
def test_every_source_word_is_published_or_explained(tmp_path: Path, kind: str) -> None:
    root = tmp_path / kind
    if kind == "example":
        root.mkdir()
        shutil.copy(REPO / "site.toml", root / "site.toml")
        shutil.copytree(REPO / "content", root / "content")
    else:
        generate_site(root, 240)
    config, result = build_in_memory(root)
    assert result.errors == []
    assert len(result.articles) >= (2 if kind == "example" else 200)
    lost = {}
    for article in result.articles:
        page = result.files[f"{article.slug}/index.html"]
        missing = unexplained(
            article, result.bodies[article.id].removals, page, article.lang or config.language
        )
        if missing:
            lost[str(article.source_path.relative_to(root))] = missing
    assert lost == {}, _report(kind, lost)
    # The check can fail: removals are what explain the example site's missing words.
    if kind == "example":
        assert any(result.bodies[a.id].removals for a in result.articles)


def test_the_check_notices_a_dropped_paragraph(tmp_path: Path) -> None:
    root = generate_site(tmp_path / "g", 12)
    _, result = build_in_memory(root)
    article = result.articles[0]
    page = result.files[f"{article.slug}/index.html"].decode("utf-8")
    first = re.search(r"<p>(.*?)</p>", page.split('<div class="body">', 1)[1], re.DOTALL)
    assert first is not None
    damaged = page.replace(first.group(0), "", 1).encode("utf-8")
    assert unexplained(article, result.bodies[article.id].removals, damaged, article.lang)
