"""Look at the site as a reader does: headless Chromium renders and screenshots real pages."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.conftest import need_tool

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [need_tool("chromium"), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _shot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SCREENSHOT_DIR", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("device", sorted(WIDTHS))
def test_screenshots_show_a_styled_readable_page(
    served_example: tuple[str, Path], tmp_path: Path, device: str
) -> None:
    base, root = served_example
    article = next(
        p.parent.name
        for p in (root / "public").glob("*/index.html")
        if p.parent.name.startswith("talks")
    )
    width, height = WIDTHS[device]
    pages = (("index", base), ("article", f"{base}{article}/"), ("tag", f"{base}tags/energy/"))
    for name, url in pages:
        shot = _shot_dir(tmp_path) / f"{name}-{device}.png"
        _chromium(
            f"--screenshot={shot}",
            f"--window-size={width},{height}",
            url,
            profile=tmp_path / "profile",
        )
        image = Image.open(shot).convert("L")
        assert image.size == (width, height)
        # A blank or unstyled error page is nearly uniform; text on a page is not.
        assert ImageStat.Stat(image).stddev[0] > 20, f"{shot} looks blank"


def test_rendered_dom_has_the_article_and_the_stylesheet_applied(
    served_example: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = served_example
    result = _chromium("--dump-dom", base, profile=tmp_path / "profile")
    assert "Talks in Paris on ending the war" in result.stdout
    assert "Seko mums" not in result.stdout
