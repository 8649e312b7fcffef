"""site.toml: defaults, validation that lists every problem, did-you-mean for typos."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.core.config import Engine, load_config
from site_builder.core.errors import ConfigError
from site_builder.incremental.cache import fingerprint


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


def test_the_build_table_chooses_the_engine_without_touching_the_output_keys(
    tmp_path: Path,
) -> None:
    local, _ = load_config(_write(tmp_path, 'title = "T"\n'))
    config, _ = load_config(
        _write(
            tmp_path, 'title = "T"\n[build]\nexecutor = "dask"\nscheduler = "tcp://10.0.0.5:8786"\n'
        )
    )
    assert config.engine == Engine("dask", "tcp://10.0.0.5:8786")
    assert local.engine == Engine("local", "")
    # Keys are made from repr(config): where work runs never changes what is made.
    assert repr(config) == repr(local) and fingerprint(config) == fingerprint(local)


def test_build_table_problems_are_reported_with_suggestions(tmp_path: Path) -> None:
    _write(tmp_path, '[build]\nexecutor = "dsak"\nschedular = "tcp://x:1"\n')
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    text = str(info.value)
    assert "unknown key 'build.schedular'; did you mean 'scheduler'?" in text
    assert "'build.executor' must be one of local, dask, got 'dsak'; did you mean 'dask'?" in text
    _write(tmp_path, '[build]\nexecutor = "dask"\n')
    with pytest.raises(ConfigError, match=r"'build\.executor' dask needs 'build\.scheduler'"):
        load_config(tmp_path)
