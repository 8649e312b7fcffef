"""site-builder new: a draft Markdown article with front matter, never over an existing file."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from tests.test_cli import run_cli

EPOCH = 1790000000  # the clock run_cli sets through SOURCE_DATE_EPOCH


def _front_matter(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    data = yaml.safe_load(text.split("---\n")[1])
    assert isinstance(data, dict)
    return data


def test_new_creates_a_draft_dated_now_in_the_site_time_zone(example_site: Path) -> None:
    result = run_cli("new", "Grid repairs: day two", cwd=example_site)
    assert result.returncode == 0, result.stderr
    path = example_site / "content" / "grid-repairs-day-two.md"
    assert result.stdout.strip() == str(Path("content") / "grid-repairs-day-two.md")
    data = _front_matter(path)
    expected = datetime.fromtimestamp(EPOCH, tz=UTC).astimezone(ZoneInfo("Europe/Riga"))
    assert data == {"title": "Grid repairs: day two", "date": expected, "draft": True, "tags": []}
    assert f"date: {expected.isoformat()}\n" in path.read_text(encoding="utf-8")
    # A draft stays out of a normal build and appears with --drafts.
    assert run_cli("build", cwd=example_site).returncode == 0
    assert not (example_site / "public" / "grid-repairs-day-two").exists()
    assert run_cli("build", "--drafts", cwd=example_site).returncode == 0
    assert (example_site / "public" / "grid-repairs-day-two" / "index.html").is_file()


def test_new_refuses_to_overwrite(example_site: Path) -> None:
    path = example_site / "content" / "same.md"
    path.write_text("my work\n", encoding="utf-8")
    result = run_cli("new", "Same", cwd=example_site)
    assert result.returncode == 1
    assert "same.md: error: already exists; refusing to overwrite it" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "my work\n"


def test_slugs_from_latvian_and_cyrillic_titles_are_readable_ascii(example_site: Path) -> None:
    for title, slug in (
        ("Rīga šodien: ziņas", "riga-sodien-zinas"),
        ("Київ під обстрілом", "kiiv-pid-obstrilom"),
    ):
        result = run_cli("new", title, cwd=example_site)
        assert result.returncode == 0, result.stderr
        path = example_site / "content" / f"{slug}.md"
        assert re.fullmatch(r"[a-z0-9-]+", path.stem)
        assert _front_matter(path)["title"] == title


def test_new_creates_the_content_folder_and_rejects_an_empty_title(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text('title = "T"\n', encoding="utf-8")
    result = run_cli("new", "First", "--root", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "content" / "first.md").is_file()
    empty = run_cli("new", "  ", cwd=tmp_path)
    assert empty.returncode == 1 and "title is empty" in empty.stderr
