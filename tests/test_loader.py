"""Loading documents: formats, front matter, sidecars, and precise errors."""

from __future__ import annotations

from datetime import datetime

import pytest

from site_builder.core.config import load_config
from site_builder.core.errors import Severity
from site_builder.core.model import Format
from tests.conftest import MakeSite, load_documents

YAML_POST = """---
title: "Hello & <world>"
date: 2026-03-01 10:00:00
tags: [Energy, War]
draft: false
slug: hello
description: A short description.
author: Jane Doe
custom_field: kept
---
Body text.
"""


def test_markdown_with_yaml_front_matter(make_site: MakeSite) -> None:
    config, _ = load_config(make_site({"content/post.md": YAML_POST}))
    [doc], problems = load_documents(config)
    assert problems == []
    assert doc.format is Format.MARKDOWN and doc.body_line == 11
    assert doc.meta.title == "Hello & <world>" and doc.meta.tags == ("Energy", "War")
    assert doc.meta.date == datetime(2026, 3, 1, 10, tzinfo=config.tz)
    assert doc.meta.extra == (("custom_field", "kept"),)


def test_markdown_with_toml_front_matter(make_site: MakeSite) -> None:
    text = '+++\ntitle = "T"\ndate = 2026-03-01T10:00:00+02:00\n+++\nBody\n'
    config, _ = load_config(make_site({"content/post.md": text}))
    [doc], _ = load_documents(config)
    assert doc.meta.title == "T" and doc.meta.date is not None
    assert doc.meta.date.utcoffset() is not None


def test_text_sidecar_metadata(make_site: MakeSite) -> None:
    config, _ = load_config(
        make_site(
            {
                "content/a.txt": "Title\n\nBody.\n",
                "content/a.txt.meta.toml": 'date = 2026-01-02\ntags = ["x"]\n',
            }
        )
    )
    [doc], _ = load_documents(config)
    assert doc.meta.tags == ("x",) and doc.meta.date is not None


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("---\ntitle: ok\ntags: [a\n---\nBody\n", 3, "invalid YAML"),
        ("---\ntitle: ok\n", 1, "never closed"),
        ("---\ntitle: ok\ndate: yesterday\n---\nBody\n", 3, "metadata 'date'"),
        ("---\ntitle: ok\ndraft: maybe\n---\nBody\n", 3, "metadata 'draft'"),
        ("   \n\n", None, "empty"),
    ],
)
def test_broken_documents_are_reported_with_file_and_line(
    make_site: MakeSite, text: str, line: int | None, words: str
) -> None:
    config, _ = load_config(make_site({"content/bad.md": text, "content/good.md": YAML_POST}))
    docs, problems = load_documents(config)
    assert [d.relpath for d in docs] == ["good.md"]
    [problem] = problems
    assert problem.severity is Severity.ERROR and words in problem.message
    assert problem.path is not None and problem.path.name == "bad.md"
    assert problem.line == line
    expected = f"bad.md:{line}: error:" if line else "bad.md: error:"
    assert expected in str(problem)


def test_binary_file_is_reported(make_site: MakeSite) -> None:
    root = make_site({})
    (root / "content").mkdir()
    (root / "content" / "x.txt").write_bytes(b"\x00\x01\x02binary")
    config, _ = load_config(root)
    docs, [problem] = load_documents(config)
    assert docs == [] and "binary" in problem.message


def test_legacy_encoding_is_decoded(make_site: MakeSite) -> None:
    root = make_site({"site.toml": 'language = "lv"\n'})
    (root / "content").mkdir()
    text = (
        "Ziņas\n\nRīgā šodien līst lietus, un ceļi ir slideni. "
        "Autovadītāji tiek aicināti būt uzmanīgi.\n"
    )
    (root / "content" / "x.txt").write_bytes(text.encode("cp1257"))
    config, _ = load_config(root)
    [doc], problems = load_documents(config)
    assert problems == [] and "Rīgā šodien" in doc.body


HUGO_POST = """---
title: "Riga council approves budget"
date: 2026-01-07T10:00:00+02:00
lastmod: 2026-01-08T09:00:00+02:00
draft: false
tags: ["Riga", "Budget"]
categories: ["Politics"]
slug: riga-budget
description: "The council voted 40 to 20."
author: "Jane Doe"
images: ["lead.png"]
toc: true
weight: 10
---
Body.
"""
JEKYLL_POST = """---
layout: post
title:  "Jekyll style post"
date:   2026-01-07 10:00:00 +0200
categories: news
tags: [one, two]
published: false
permalink: /news/jekyll-style/
---
Body.
"""


def test_hugo_front_matter_builds_unchanged(make_site: MakeSite) -> None:
    config, _ = load_config(make_site({"content/post.md": HUGO_POST}))
    [doc], problems = load_documents(config)
    meta = doc.meta
    assert problems == []
    assert (meta.slug, meta.description, meta.author, meta.image) == (
        "riga-budget",
        "The council voted 40 to 20.",
        "Jane Doe",
        "lead.png",
    )
    assert meta.tags == ("Riga", "Budget", "Politics")
    assert meta.updated is not None and meta.date is not None and meta.updated > meta.date
    assert dict(meta.extra) == {"toc": True, "weight": 10}


def test_jekyll_front_matter_builds_unchanged(make_site: MakeSite) -> None:
    config, _ = load_config(make_site({"content/post.md": JEKYLL_POST}))
    [doc], problems = load_documents(config)
    assert problems == []
    assert doc.meta.draft is True  # published: false
    assert doc.meta.date is not None and doc.meta.date.utcoffset() is not None
    assert set(doc.meta.tags) == {"one", "two", "news"}
