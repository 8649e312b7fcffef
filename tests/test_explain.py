"""explain and the removal report: every removal can be shown with its rule and reason."""

from __future__ import annotations

import json
from pathlib import Path

from site_builder.config import load_config
from site_builder.explain import explain_file, removal_report
from tests.conftest import MakeSite, build_root

MARKDOWN = """---
title: Council vote
date: 2026-01-07
---
The council approved the budget on Tuesday, the mayor wrote on Facebook.

[Read also: Budget debate drags on](https://example.org/budget)

**Follow us on Facebook!**
"""
HTML = """<html lang="en"><head><title>Council vote</title></head><body><article>
<h1>Council vote</h1>
<p>The council approved the budget on Tuesday after a long debate in the chamber, the
mayor wrote on Facebook later that evening, thanking members for their patience.</p>
<p>Officials said spending on schools and roads will rise next year across the city.</p>
<p>Follow us on Facebook and X!</p>
</article></body></html>
"""


def test_explain_markdown(make_site: MakeSite) -> None:
    root = make_site({"content/a.md": MARKDOWN})
    config, _ = load_config(root)
    text = explain_file(root / "content" / "a.md", config)
    assert "the mayor wrote on Facebook" in text.split("Removed")[0]
    assert "line 7: [related:" in text and "line 9: [social:" in text


def test_explain_html(make_site: MakeSite) -> None:
    root = make_site({"content/a.html": HTML})
    config, _ = load_config(root)
    text = explain_file(root / "content" / "a.html", config)
    assert "the mayor wrote on Facebook" in text.split("Removed")[0]
    assert "[social:" in text and "Follow us on Facebook and X!" in text.split("Removed")[1]


def test_explain_plain_text(example_site: Path) -> None:
    config, _ = load_config(example_site)
    text = explain_file(example_site / "content" / "000_b659c5e0ad132ae6.txt", config)
    assert "line 1: [seo:" in text and "keywords = Ukraine peace talks" in text


def test_removal_report_lists_every_removal(example_site: Path) -> None:
    config, result = build_root(example_site)
    report = json.loads(removal_report(result.articles, config.content_dir))
    by_source = {d["source"]: d["removals"] for d in report["documents"]}
    assert sorted(by_source) == ["000_b659c5e0ad132ae6.txt", "001_ecbace57fbf98ec3.txt"]
    assert [r["category"] for r in by_source["001_ecbace57fbf98ec3.txt"]] == ["related", "social"]
    assert by_source["000_b659c5e0ad132ae6.txt"][0]["text"] == "Focus Keyword: Ukraine peace talks"
    assert all(r["reason"] and r["rule"] for rs in by_source.values() for r in rs)
