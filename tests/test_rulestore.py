"""The built-in cleaning rules, compiled once and loaded back from the build cache's folder:
they must match exactly what ``re.compile`` makes of the same rules, and any trouble with
the kept file means compiling, never a wrong rule."""

from __future__ import annotations

import csv
import marshal
import re
from array import array
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from site_builder.cleaning import matcher, regexes
from site_builder.core.config import load_config
from site_builder.incremental import rulestore
from site_builder.incremental.cache import CACHE_DIR
from site_builder.pipeline.build import BuildOptions, InMemory, build

CORPUS = Path(__file__).parent / "cleaning_corpus"


@pytest.fixture(autouse=True)
def _fresh_matcher() -> Iterator[None]:
    """Every test starts (and leaves) with nothing handed over and nothing cached."""
    _forget_compiled()
    yield
    _forget_compiled()


def _forget_compiled() -> None:
    matcher._PRECOMPILED.clear()
    matcher._compile_builtin.cache_clear()
    matcher.build_ruleset.cache_clear()


def _lines() -> list[str]:
    """Development lines of the cleaning corpus (boilerplate and look-alikes, every language)."""
    lines = []
    for name in ("lines.tsv", "dev_written.tsv"):
        with (CORPUS / name).open(encoding="utf-8") as handle:
            rows = csv.DictReader((r for r in handle if not r.startswith("#")), delimiter="\t")
            lines += [matcher.plain_line(row["text"]) for row in rows]
    return lines


def _spans(patterns: list[re.Pattern[str]], lines: list[str]) -> list[object]:
    found: list[object] = []
    for pattern in patterns:
        for line in lines:
            m = pattern.search(line)
            found.append(None if m is None else (m.span(), m.groupdict()))
    return found


def _kept_file(folder: Path) -> Path:
    [path] = folder.glob(f"{rulestore.PREFIX}*.marshal")
    return path


def test_loaded_rules_match_exactly_what_re_compiles(tmp_path: Path) -> None:
    assert rulestore.seed_rules(tmp_path)  # compiled, kept
    matcher._PRECOMPILED.clear()
    assert rulestore.seed_rules(tmp_path)  # loaded back
    sources = matcher.builtin_sources()
    loaded = [matcher._PRECOMPILED[s].pattern for s in sources]
    fresh = [re.compile(s, regexes.FLAGS) for s in sources]
    assert [(p.pattern, p.flags, p.groupindex) for p in loaded] == [
        (p.pattern, p.flags, p.groupindex) for p in fresh
    ]
    lines = _lines()
    assert len(lines) > 500
    assert _spans(loaded, lines) == _spans(fresh, lines)
    # The literals every match needs come back as they were computed.
    assert [matcher._PRECOMPILED[s].needs for s in sources] == [
        regexes.compile_rule(s).needs for s in sources
    ]
    assert any(s is not None for s in _spans(loaded, lines))


def test_the_ruleset_uses_the_loaded_rules(tmp_path: Path) -> None:
    assert rulestore.seed_rules(tmp_path)
    ruleset = matcher.build_ruleset(classifier=False)
    assert all(c.regex is matcher._PRECOMPILED[c.regex.pattern].pattern for c in ruleset.rules)
    match = ruleset.match("Follow us on Facebook and Instagram")
    assert match is not None and match.rule.category == "social"


def test_a_kept_file_is_loaded_not_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rulestore.seed_rules(tmp_path)
    matcher._PRECOMPILED.clear()

    def refuse(source: str) -> regexes.Compiled:
        raise AssertionError("compiled again")

    monkeypatch.setattr(regexes, "compile_rule", refuse)
    assert rulestore.seed_rules(tmp_path)
    assert len(matcher._PRECOMPILED) == len(set(matcher.builtin_sources()))


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # truncated to nothing
        b"\x00garbage",  # not marshal data
        b"[\x00\x00\x00\x00",  # marshal's list, cut short
    ],
)
def test_a_damaged_file_is_compiled_anew_and_replaced(tmp_path: Path, damage: bytes) -> None:
    assert rulestore.seed_rules(tmp_path)
    path = _kept_file(tmp_path)
    good = path.read_bytes()
    path.write_bytes(damage)
    matcher._PRECOMPILED.clear()
    assert rulestore.seed_rules(tmp_path)
    assert path.read_bytes() == good
    assert _spans(
        [matcher._PRECOMPILED[s].pattern for s in matcher.builtin_sources()], _lines()[:50]
    ) == (_spans([re.compile(s, regexes.FLAGS) for s in matcher.builtin_sources()], _lines()[:50]))


def test_code_that_the_engine_refuses_means_compiling(tmp_path: Path) -> None:
    """Well-formed marshal data whose regex code is wrong: _sre refuses it, the rules are
    compiled anew (never a rule that matches something else)."""
    assert rulestore.seed_rules(tmp_path)
    path = _kept_file(tmp_path)
    kept = marshal.loads(path.read_bytes())
    code, needs = kept[0]
    bad = array("I", [9999, 1, 2]).tobytes()
    kept[0] = ((code[0], bad, *code[2:]), needs)
    path.write_bytes(marshal.dumps(kept))
    matcher._PRECOMPILED.clear()
    assert rulestore.seed_rules(tmp_path)
    first = matcher.builtin_sources()[0]
    lines = _lines()
    assert _spans([matcher._PRECOMPILED[first].pattern], lines) == _spans(
        [re.compile(first, regexes.FLAGS)], lines
    )
    assert marshal.loads(path.read_bytes())[0][0][1] != bad


def test_an_unwritable_folder_still_seeds(tmp_path: Path) -> None:
    missing = tmp_path / "not-there"  # writing fails: the rules are used, not kept
    assert rulestore.seed_rules(missing)
    assert not missing.exists()
    assert len(matcher._PRECOMPILED) == len(set(matcher.builtin_sources()))


def test_files_of_other_rules_go(tmp_path: Path) -> None:
    old = tmp_path / f"{rulestore.PREFIX}0123456789abcdef0123.marshal"
    old.write_bytes(b"old rules")
    assert rulestore.seed_rules(tmp_path)
    assert not old.exists()
    assert _kept_file(tmp_path).name != old.name


def test_a_build_keeps_the_compiled_rules_in_its_cache(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text('title = "T"\nbase_url = "https://t.example/"\n')
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text(
        "---\ntitle: A\ndate: 2024-01-02\n---\n"
        "A sentence of the article.\n\nFollow us on Facebook\n",
        encoding="utf-8",
    )
    config, _ = load_config(tmp_path)
    result = build(config, BuildOptions(datetime(2025, 1, 1, tzinfo=UTC)), InMemory())
    assert not result.errors
    assert _kept_file(tmp_path / CACHE_DIR).stat().st_size > 0
    page = next(v for k, v in result.files.items() if k.endswith("a/index.html"))
    assert b"A sentence of the article." in page
    assert b"Follow us on Facebook" not in page
