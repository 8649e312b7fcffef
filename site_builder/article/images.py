"""Responsive copies of local images, made with Pillow at build time: their widths, names
and bytes (fixed encoder settings and no metadata, so the same file gives the same bytes)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

# Widths of the resized copies: a phone, a phone at 2x or a tablet, the article column at
# 2x. Only widths smaller than the original are made; the original is the largest.
WIDTHS = (480, 960, 1440)
# Formats Pillow writes and browsers show, by the suffix the copy keeps.
_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}
_SAVE_OPTIONS: dict[str, dict[str, object]] = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 80, "method": 4},
}
# Part of every copy's output key: new settings or another Pillow make new bytes.
SETTINGS = repr((WIDTHS, sorted(_SAVE_OPTIONS.items())))


def image_size(path: Path) -> tuple[int, int] | None:
    """Width and height in pixels (read from the header), None if Pillow cannot read it."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415 (only sites with images)

    try:
        with Image.open(path) as image:
            width, height = image.size
            turned = image.getexif().get(0x0112) in (5, 6, 7, 8)  # EXIF orientation
            return (height, width) if turned else (width, height)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None


def resizable(path: Path) -> bool:
    return path.suffix.lower() in _FORMATS


def copy_widths(width: int) -> tuple[int, ...]:
    """The widths of the resized copies of an image ``width`` pixels wide."""
    return tuple(w for w in WIDTHS if w < width)


def copy_name(name: str, width: int) -> str:
    """``photo.jpg`` at 480 px is ``photo-480w.jpg``."""
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}-{width}w{dot}{suffix}" if dot else f"{name}-{width}w"


def pillow_version() -> str:
    import PIL  # noqa: PLC0415

    return str(PIL.__version__)


def resized(path: Path, width: int) -> bytes:
    """``path`` scaled to ``width`` pixels wide (height in proportion), as its own format."""
    from PIL import Image, ImageOps  # noqa: PLC0415

    kind = _FORMATS[path.suffix.lower()]
    with Image.open(path) as original:
        image = ImageOps.exif_transpose(original)  # the copy has no EXIF: apply its rotation
        height = max(1, round(image.height * width / image.width))
        if kind == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        small = image.resize((width, height), Image.Resampling.LANCZOS)
    out = BytesIO()
    small.save(out, format=kind, **_SAVE_OPTIONS[kind])
    return out.getvalue()
