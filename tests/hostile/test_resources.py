"""Resource limits: huge, deep, long and explosive documents are refused (or handled) in
bounded time and memory, each with a message naming the file, while the rest of the site
still builds. Time is not asserted to the second: the build runs as a subprocess with an
address-space limit and a generous timeout, so only a hang or a blow-up fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.core.errors import ContentError
from site_builder.core.model import Format
from site_builder.source.limits import MAX_HTML_DEPTH, check_limits
from tests.hostile.support import run_cli, write_site

FRONT = "---\ntitle: {title}\ndate: 2026-01-01\n---\n"
SENTENCE = "The minister said the power grid would hold through the winter, officials added. "
MEMORY_MB = 3072  # address space for the whole build (workers inherit it)
TIMEOUT = 150  # seconds: the build takes a few; a hang would take hours


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "' + f"&lol{'' if i == 1 else i - 1};" * 10 + '">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n' + "\n".join(entities) + "\n]>\n"
        "<html><head><title>Laughs</title></head><body><article><p>"
        + SENTENCE * 3
        + " &lol9; </p></article></body></html>\n"
    )


def _yaml_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]"
        for i in range(8)
    ]
    return (
        "---\ntitle: YAML bomb\ndate: 2026-01-01\n" + "\n".join(lines) + "\ntags: *i\n---\nText.\n"
    )


# name -> (content, expected message fragments (any one) or () when it must build). Deep
# markup in Markdown usually trips the '[' and '<' density limit before the depth limit.
TOO_DEEP = ("nested more than 512", "too dense")
CASES: dict[str, tuple[str | bytes, tuple[str, ...]]] = {
    "huge.txt": (b"Huge\n\n" + b"word " * (50 * 1024 * 1024 // 5), ("larger than 20 MB",)),
    "deep.html": (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * 100_000
        + "<p>x"
        + "</div>" * 100_000
        + "</body></html>",
        ("nested more than 512",),
    ),
    "deep-unclosed.html": (
        "<html><body>" + "<span><div>" * 50_000 + "</body></html>",
        ("nested more than 512",),
    ),
    "deep-self-closing.md": (FRONT.format(title="Self closing") + "<div/>" * 100_000, TOO_DEEP),
    "deep-stray-ends.md": (FRONT.format(title="Stray") + "<div></b>" * 100_000, TOO_DEEP),
    "deep.md": (
        FRONT.format(title="Deep") + "<div>" * 100_000 + "x" + "</div>" * 100_000,
        TOO_DEEP,
    ),
    "deep-paragraphs.md": (
        FRONT.format(title="Deep paragraphs") + "<div>\n\n" * 9000,
        ("nested more than 512",),
    ),
    "deep-lists.md": (
        FRONT.format(title="Lists") + "".join("    " * i + "- item\n" for i in range(2000)),
        ("nested more than 100",),
    ),
    "deep-quotes.md": (
        FRONT.format(title="Quotes") + ">" * 100_000 + " deep\n",
        ("nested more than 100",),
    ),
    "million-lines.txt": ("Million\n\n" + "Line.\n" * 1_000_000, ("1,000,003 lines",)),
    "million-lines.md": (FRONT.format(title="Million") + "x\n\n" * 500_000, ("lines",)),
    "brackets.md": (FRONT.format(title="Brackets") + "[" * 200_000 + "\n", ("too dense",)),
    "autolinks.md": (
        FRONT.format(title="Autolinks") + "<http://a " * 50_000 + "\n",
        ("too dense",),
    ),
    "laughs.html": (_billion_laughs(), ("<!ENTITY",)),
    "yaml-bomb.md": (_yaml_bomb(), ("metadata 'tags'",)),
    "long-line.txt": ("Long line\n\n" + SENTENCE * 200_000 + "\n", ()),
    "big-but-fine.md": (FRONT.format(title="Big but fine") + (SENTENCE * 8 + "\n\n") * 9000, ()),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    files: dict[str, str | bytes] = {
        f"content/{name}": content for name, (content, _) in CASES.items()
    }
    files["content/good.md"] = FRONT.format(title="Good news") + "Fine text.\n"
    files["content/long-line.txt.meta.toml"] = "date = 2026-01-01\n"
    root = write_site(tmp_path_factory.mktemp("resources") / "site", files)
    run = run_cli(["build", "-q"], root, timeout=TIMEOUT, memory_mb=MEMORY_MB)
    assert not run.timed_out, f"build did not finish in {TIMEOUT} s: {run.stderr[-2000:]}"
    return root, run.stderr, run.returncode


def test_build_finishes_bounded_with_status_1(built: tuple[Path, str, int]) -> None:
    root, stderr, status = built
    assert status == 1, stderr[-3000:]
    assert "Traceback" not in stderr and "unexpected" not in stderr, stderr[-3000:]
    assert (root / "public" / "good-news" / "index.html").is_file()


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_hostile_document_is_refused_by_name_or_built(
    built: tuple[Path, str, int], name: str
) -> None:
    root, stderr, _ = built
    fragments = CASES[name][1]
    lines = [line for line in stderr.splitlines() if f"/{name}" in line and "error" in line]
    if not fragments:
        assert lines == []
        slug = name.rsplit(".", 1)[0]
        assert (root / "public" / slug / "index.html").is_file(), slug
    else:
        assert len(lines) == 1, stderr[-2000:]
        assert any(fragment in lines[0] for fragment in fragments), lines[0]
        # Named relative to the folder the command runs in (the site's, here).
        assert lines[0].startswith(f"content/{name}:"), lines[0]


def test_depth_counting_ignores_void_elements_and_raw_text() -> None:
    """Real pages are not refused: thousands of <br>, <p> and <img> do not nest, markup
    inside scripts is text, and SVG's self-closing elements close."""
    page = (
        "<html><body>"
        + "<p>para<br><img src=x>" * 5000
        + "<script>"
        + "document.write('<div>');" * 5000
        + "</script>"
        + "<svg>"
        + "<path d='M0 0'/>" * 5000
        + "</svg>"
        + "<div>" * (MAX_HTML_DEPTH - 10)
        + "x"
        + "</div>" * (MAX_HTML_DEPTH - 10)
        + "</body></html>"
    )
    check_limits(page, Path("page.html"), Format.HTML)
    with pytest.raises(ContentError, match="nested"):
        check_limits("<div>" * (MAX_HTML_DEPTH + 1), Path("page.html"), Format.HTML)
