"""What a cache key covers: a change to anything that shapes output makes articles anew."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from site_builder.core.config import load_config
from site_builder.incremental import cache
from tests.conftest import REPO


def _key(monkeypatch: pytest.MonkeyPatch, markdown: str) -> str:
    real = importlib.metadata.version

    def version(name: str) -> str:
        return markdown if name == "markdown" else real(name)

    monkeypatch.setattr(importlib.metadata, "version", version)
    cache._code_digest.cache_clear()
    try:
        config, _ = load_config(REPO)
        return cache.fingerprint(config)
    finally:
        cache._code_digest.cache_clear()


def test_an_upgraded_library_changes_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _key(monkeypatch, "3.6") != _key(monkeypatch, "3.7")
    assert _key(monkeypatch, "3.6") == _key(monkeypatch, "3.6")


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
