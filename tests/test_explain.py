"""explain and the removal report: every removal can be shown with its rule and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from site_builder.core.config import load_config
from site_builder.core.errors import ConfigError, ContentError
from site_builder.pipeline.explain import explain_file, removal_report
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
    report = json.loads(removal_report(result.articles, result.bodies, config.content_dir))
    by_source = {d["source"]: d["removals"] for d in report["documents"]}
    assert sorted(by_source) == ["000_b659c5e0ad132ae6.txt", "001_ecbace57fbf98ec3.txt"]
    assert [r["category"] for r in by_source["001_ecbace57fbf98ec3.txt"]] == ["related", "social"]
    assert by_source["000_b659c5e0ad132ae6.txt"][0]["text"] == "Focus Keyword: Ukraine peace talks"
    assert all(r["reason"] and r["rule"] for rs in by_source.values() for r in rs)


SOURCE_PAGE = """<html lang="lv"><head><title>Tilts atvērts</title>
<link rel="canonical" href="https://eng.lsm.lv/article/bridge"></head><body><article>
<h1>Tilts atvērts</h1>
<p>The new bridge over the Daugava opened on Monday after three years of construction work,
the city council said, and traffic is expected to ease across the whole city by spring.</p>
<div class="lsm-extra"><p>Uzzini vairāk par mūsu jaunajām ziņu aplikācijām un piedāvājumiem
katru dienu, kas tagad pieejami visos veikalos.</p></div>
<p>The project cost 40 million euros, half of it paid from European Union funds.</p>
</article></body></html>
"""


def test_per_source_selectors_remove_and_record(make_site: MakeSite) -> None:
    toml = (
        'title = "T"\nbase_url = "https://t.example/"\nlanguage = "lv"\n'
        '[cleaning.sources."lsm.lv"]\nselectors = [".lsm-extra"]\n'
    )
    root = make_site({"site.toml": toml, "content/bridge.html": SOURCE_PAGE})
    config, result = build_root(root, future=True)
    [article] = result.articles
    assert "mūsu jaunajām ziņu aplikācijām" not in result.bodies[article.id].html
    assert "European Union funds" in result.bodies[article.id].html
    [removal] = [r for r in result.bodies[article.id].removals if r.category == "site"]
    assert removal.rule == "selector .lsm-extra" and "lsm.lv" in removal.reason
    text = explain_file(root / "content" / "bridge.html", config)
    assert "[site: selector .lsm-extra]" in text


def test_invalid_selector_is_a_config_error(make_site: MakeSite) -> None:
    root = make_site({"site.toml": '[cleaning]\nselectors = ["div[["]\n'})
    with pytest.raises(ConfigError, match="invalid CSS selector"):
        load_config(root)


def test_explaining_a_sidecar_says_it_is_not_a_document(example_site: Path) -> None:
    config, _ = load_config(example_site)
    sidecar = example_site / "content" / "000_b659c5e0ad132ae6.txt.meta.toml"
    with pytest.raises(ContentError, match="not a document site_builder reads"):
        explain_file(sidecar, config)
