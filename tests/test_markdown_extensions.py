"""Markdown documents are converted with only the "extra" extensions and the inline patterns
whose syntax they may use: the output must be exactly what all of them give."""

from __future__ import annotations

from pathlib import Path

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.article.articles import markdown_to_html
from tests.generated import generate_site

FULL = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")

SAMPLES = [
    "Plain paragraph.\n\nAnother one with *emphasis*, a [link](https://x.org/) and `code`.",
    "## Heading {#anchor .cls}\n\nText {: .not-attr}",
    "Term\n:   Definition\n\n  : indented definition",
    "```python\nprint('x')\n```\n\n~~~\nplain\n~~~",
    "A note[^1].\n\n[^1]: The footnote.",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "The HTML spec.\n\n*[HTML]: Hyper Text Markup Language",
    '<div markdown="1">\n*inside*\n</div>\n\n<p>raw <b>html</b></p>',
    "1. one\n2. two\n\n* three\n- four\n\n> quote\n> more",
    "Line with trailing spaces  \nnext line\n\n    indented code",
    "Time: 10:30 and a colon: here\n: not a definition at the start",
    "A tab at the end of ab\t\nbreaks the line",
    "A carriage return after two spaces  \r\nbreaks it too",
    "An &amp; entity, &#38; another, <https://x.org/> and <a@b.org>.",
    "![alt](img.png) and ![ref][r] and [short]\n\n[r]: img.png\n[short]: https://x.org/",
    "\\*not emphasis\\* and \\`not code\\`, __strong__ and _em_",
]

_ALPHABET = st.sampled_from(
    [
        "word",
        " ",
        "\n",
        "\n\n",
        "*",
        "_",
        "`",
        "[",
        "]",
        "(",
        ")",
        "{",
        "}",
        ":",
        "|",
        "~",
        "^",
        "#",
        ">",
        "-",
        "1.",
        "<b>",
        "</b>",
        '<div markdown="1">',
        "</div>",
        "  ",
        "    ",
        "!",
        "&",
        "*[",
        "[^",
        "```",
        "~~~",
        "{:",
        "\\",
        "\t",
        "\r\n",
        "  \n",
        "&amp;",
        "&#38;",
        "<https://x.org/>",
        "<a@b.org>",
        "![",
        "![a](b.png)",
        "[a]: https://x.org/",
        "[a]",
        "\\`",
        "__",
        "**",
    ]
)


def test_samples_convert_as_with_every_extension() -> None:
    for text in SAMPLES:
        assert markdown_to_html(text) == FULL.reset().convert(text), text


def test_generated_articles_convert_as_with_every_extension(tmp_path: Path) -> None:
    documents = sorted(generate_site(tmp_path / "site", 60).rglob("*.md"))
    assert len(documents) >= 40  # the rest are plain text and HTML
    for path in documents:
        text = Path(path).read_text(encoding="utf-8")
        assert markdown_to_html(text) == FULL.reset().convert(text), path


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_any_text_converts_as_with_every_extension(text: str) -> None:
    assert markdown_to_html(text) == FULL.reset().convert(text)
