"""py3langid's model kept uncompressed in the user's cache: the same answers, never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.cleaning import langid_model

TEXTS = (
    "Rīgas domes deputāti otrdien apstiprināja jauno budžetu nākamajam gadam.",
    "Le conseil municipal a voté mardi la fermeture du vieux pont pour travaux.",
    "Rada miasta przyjęła we wtorek nowy budżet na przyszły rok.",
    "UPPER CASE HEADLINE ABOUT THE ELECTION RESULTS IN THE NORTH",
    "12:45",
)


@pytest.fixture(scope="module")
def original() -> object:
    return langid_model._original()


def _kept(cache: Path) -> list[Path]:
    return sorted((cache / "site-builder").glob("langid-*"))


def test_a_kept_copy_answers_as_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, original: object
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = langid_model.load_identifier()  # the original, and its copy kept
    (folder,) = _kept(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == sorted((*langid_model._FILES, "meta.json"))
    second = langid_model.load_identifier()  # read from the copy
    assert type(second.nb_ptc).__name__ == "memmap"  # the copy was read, not the original
    for text in TEXTS:
        assert second.rank(text) == first.rank(text) == original.rank(text)  # type: ignore[attr-defined]


def test_a_damaged_copy_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, original: object
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    langid_model.load_identifier()
    (folder,) = _kept(tmp_path)
    damaged = folder / "tk_nextmove.bin"
    damaged.write_bytes(damaged.read_bytes()[:-4096])
    identifier = langid_model.load_identifier()
    assert type(identifier.nb_ptc).__name__ != "memmap"  # the original answered
    assert [identifier.rank(t) for t in TEXTS] == [original.rank(t) for t in TEXTS]  # type: ignore[attr-defined]
    (again,) = _kept(tmp_path)
    assert again.joinpath("tk_nextmove.bin").stat().st_size == len(original.tk_nextmove.tobytes())  # type: ignore[attr-defined]


def test_a_cache_folder_that_cannot_be_made_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert langid_model.load_identifier().classify(TEXTS[1])[0] == "fr"
    assert blocker.read_text(encoding="utf-8") == "not a folder"
