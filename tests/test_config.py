"""site.toml: defaults, validation that lists every problem, did-you-mean for typos."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.core.config import load_config
from site_builder.core.errors import ConfigError


def _write(root: Path, text: str) -> Path:
    (root / "site.toml").write_text(text, encoding="utf-8")
    return root


def test_missing_config_means_defaults_with_a_warning(tmp_path: Path) -> None:
    config, warnings = load_config(tmp_path)
    assert config.title and config.content_dir == tmp_path / "content"
    assert len(warnings) == 1 and "site.toml" in warnings[0]


def test_values_are_read(tmp_path: Path) -> None:
    config, warnings = load_config(
        _write(
            tmp_path,
            (
                'title = "T"\nbase_url = "https://e.org/news"\nlanguage = "lv"\n'
                'timezone = "Europe/Riga"\noutput_dir = "out"\n'
            ),
        )
    )
    assert warnings == []
    assert config.base_url == "https://e.org/news/" and config.base_path == "/news/"
    assert config.output_dir == tmp_path / "out" and config.tz.key == "Europe/Riga"


def test_every_problem_is_reported_at_once_with_suggestions(tmp_path: Path) -> None:
    _write(
        tmp_path,
        'titel = "T"\nbase_url = "example.org"\nfeed_limit = "ten"\n'
        'timezone = "Mars/Base"\n[cleaning]\ndorp = []\n',
    )
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    text = str(info.value)
    assert "unknown key 'titel'; did you mean 'title'?" in text
    assert "'base_url' must be an absolute http(s) URL" in text
    assert "'feed_limit' must be int" in text
    assert "'timezone' must be an IANA time zone" in text
    assert "unknown key 'cleaning.dorp'; did you mean 'drop'?" in text
    assert len(info.value.problems) == 5


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    _write(tmp_path, "title = \n")
    with pytest.raises(ConfigError, match=r"site\.toml: error: invalid TOML"):
        load_config(tmp_path)


def test_params_are_a_free_form_frozen_table(tmp_path: Path) -> None:
    config, _ = load_config(
        _write(
            tmp_path,
            (
                'title = "T"\n[params]\ntagline = "Slow news"\nmenu = [{ title = "About" }]\n'
                '[params.social]\nmastodon = "@t"\n'
            ),
        )
    )
    assert config.params.thawed() == {
        "tagline": "Slow news",
        "menu": [{"title": "About"}],
        "social": {"mastodon": "@t"},
    }
    hash(config)  # frozen all the way down: a configuration stays hashable


def test_params_must_be_a_table(tmp_path: Path) -> None:
    _write(tmp_path, 'params = "x"\n')
    with pytest.raises(ConfigError, match="'params' must be a table"):
        load_config(tmp_path)
