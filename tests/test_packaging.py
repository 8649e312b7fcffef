"""The wheel carries the default theme, so an installed site-builder works anywhere."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_contains_the_default_theme(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    [wheel] = tmp_path.glob("site_builder-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    theme = {
        p.relative_to(REPO / "templates").as_posix()
        for p in (REPO / "templates").rglob("*")
        if p.is_file()
    }
    assert theme and {f"site_builder/templates/{name}" for name in theme} <= names
    assert "site_builder/app/cli.py" in names
    assert "site_builder/cleaning/model.json.gz" in names  # the classifier ships as data
    # the words of every language the rules know, one module per language
    languages = {p.name for p in (REPO / "site_builder" / "cleaning" / "languages").glob("*.py")}
    assert {"__init__.py", "en.py"} <= languages
    assert {f"site_builder/cleaning/languages/{name}" for name in languages} <= names
