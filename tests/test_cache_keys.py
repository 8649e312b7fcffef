"""What a cache key covers: a change to anything that shapes output makes articles anew."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from site_builder.core.config import load_config
from site_builder.incremental import cache
from tests.conftest import REPO


def _key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, markdown: str) -> str:
    """The key with Markdown ``markdown`` installed (first on the path, as an upgrade in a
    virtual environment leaves its metadata folder)."""
    site = tmp_path / markdown
    (site / f"markdown-{markdown}.dist-info").mkdir(parents=True, exist_ok=True)
    monkeypatch.syspath_prepend(str(site))
    cache._code_digest.cache_clear()
    try:
        config, _ = load_config(REPO)
        return cache.fingerprint(config)
    finally:
        cache._code_digest.cache_clear()
        monkeypatch.undo()


def test_an_upgraded_library_changes_the_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert _key(monkeypatch, tmp_path, "3.6") != _key(monkeypatch, tmp_path, "3.7")
    assert _key(monkeypatch, tmp_path, "3.6") == _key(monkeypatch, tmp_path, "3.6")


def test_the_installed_versions_are_what_importlib_metadata_says() -> None:
    installed = cache._versions()
    for part in installed.split(";"):
        name, _, version = part.partition("=")
        if version == "-":
            with pytest.raises(importlib.metadata.PackageNotFoundError):
                importlib.metadata.version(name)
        else:
            assert version == importlib.metadata.version(name), name


def test_package_data_is_part_of_the_key(tmp_path: Path) -> None:
    package = tmp_path / "site_builder"
    (package / "cleaning").mkdir(parents=True)
    (package / "cleaning" / "engine.py").write_text("RULES = 1\n", encoding="utf-8")
    model = package / "cleaning" / "model.json.gz"
    model.write_bytes(b"weights one")
    before = cache.tree_digest(package)
    model.write_bytes(b"weights two")  # retrained: same code, other removals
    retrained = cache.tree_digest(package)
    assert retrained != before
    (package / "cleaning" / "__pycache__").mkdir()  # what running the code leaves
    (package / "cleaning" / "__pycache__" / "engine.pyc").write_bytes(b"compiled")
    assert cache.tree_digest(package) == retrained
