"""Paths: nothing in content or metadata makes the build read outside content/ or write
outside the output folder (traversal, absolute paths, encoded and Windows separators, NUL,
very long names, reserved folder names, symbolic links)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from site_builder.core.errors import BuildError
from site_builder.core.urls import MAX_SLUG, RESERVED_SLUGS, make_slug, safe_slug
from site_builder.incremental.cache import CACHE_DIR
from site_builder.publish.output import check_output_path
from site_builder.site.redirects import RECORD_NAME
from tests.conftest import tree_bytes
from tests.generated import PNG
from tests.hostile.support import build_in_memory, run_cli, toml_document, write_site

SECRET = "TOPSECRET-do-not-publish"
HOSTILE_NAMES = (
    "../../../../etc/passwd",
    "/etc/passwd",
    "..",
    "../",
    "./../x",
    "%2e%2e%2f%2e%2e%2fx",
    "%2E%2E/%2E%2E/x",
    "..%2f..%2fx",
    "..\\..\\windows\\win.ini",
    "C:\\Windows\\x",
    "\\\\server\\share\\x",
    "a\x00b",
    "..\x00/x",
    "~/.ssh/id_rsa",
    "${HOME}",
    "$(id)",
    "`id`",
    "con",
    "nul",
    "aux.txt",
    "x" * 5000,
    "a/" * 400,
    "é/" * 300,
    " ../ x",
    ". .",
    "tags",
    "archive",
    "static",
    "lang",
    "Tags",
    "ARCHIVE",
    "static/style.css",
    "lang/en",
    "index.html",
    "404.html",
    "rss.xml",
    "sitemap.xml",
    "feed.json",
    "robots.txt",
    ".site-builder",
    ".hidden",
    "file:///etc/passwd",
    "http://evil.example/x",
)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_slugs_from_any_name_stay_one_safe_folder(name: str) -> None:
    for slug in (safe_slug(name), make_slug(name)):
        assert slug and len(slug) <= MAX_SLUG + len("-article"), slug
        assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-"), slug
        assert slug not in RESERVED_SLUGS
        assert check_output_path(f"{slug}/index.html") == f"{slug}/index.html"
        assert check_output_path(f"tags/{slug}/rss.xml") == f"tags/{slug}/rss.xml"


@pytest.mark.parametrize(
    "path", ["../x", "/abs", "a/../../x", "a\\b", "", "a/\x00/b", "a/\n/b", "./"]
)
def test_output_paths_that_escape_are_refused(path: str) -> None:
    with pytest.raises(BuildError):
        check_output_path(path)


def _hostile_path_site(root: Path) -> Path:
    """A site whose documents use every hostile name as slug, tag, image and language,
    and whose content folder holds links to files outside it."""
    outside = root / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.txt").write_text(f"{SECRET}\n\nThe secret text.\n", encoding="utf-8")
    (outside / "secret.png").write_bytes(PNG + SECRET.encode())
    (outside / "folder").mkdir()
    (outside / "folder" / "inner.md").write_text(
        f"---\ntitle: {SECRET}\ndate: 2026-01-01\n---\n{SECRET}\n", encoding="utf-8"
    )
    (outside / "secret.meta.toml").write_text(f'title = "{SECRET}"\n', encoding="utf-8")
    files: dict[str, str | bytes] = {
        "content/good.md": "---\ntitle: Good news\ndate: 2026-01-01\n---\nA fine article.\n",
        "content/pics/ok.png": PNG,
        "content/draft-source.md": "---\ntitle: Draft\ndate: 2026-01-01\ndraft: true\n---\n"
        f"{SECRET} draft text.\n",
        "content/_private/hidden.png": PNG + SECRET.encode(),
        "content/win\\..\\..\\evil.png": PNG,
    }
    for index, name in enumerate(HOSTILE_NAMES):
        meta = {
            "title": f"Hostile name {index}",
            "date": "2026-01-02",
            "slug": name,
            "tags": [name, "paths"],
            "image": name,
        }
        quoted = name.replace('"', "")
        body = (
            f"Paragraph {index} about the budget.\n\n![a]({name})\n\n"
            f'<img src="{quoted}" alt="b">\n\n[link]({name})\n'
        )
        files[f"content/names/n{index}.md"] = (
            "+++\n"
            + toml_document(meta).replace('date = "2026-01-02"', "date = 2026-01-02")
            + "+++\n"
            + body
        )
    for index, ref in enumerate(
        [
            "../../outside/secret.png",
            "../outside/secret.png",
            "%2e%2e/%2e%2e/outside/secret.png",
            "linked.png",
            "linkdir/secret.png",
            "_private/hidden.png",
            "draft-source.md",
            "good.md",
            "names/n0.md",
            "../site.toml",
            "pics/../../outside/secret.png",
            "win\\..\\..\\evil.png",
            "pics/ok.png",
            "../../outside/folder/../secret.png",
        ]
    ):
        files[f"content/ref{index}.md"] = (
            f"---\ntitle: Reference {index}\ndate: 2026-01-03\nimage: '{ref}'\n---\n"
            f"Text {index}.\n\n![x]({ref})\n"
        )
    files["content/bad-lang.md"] = (
        "---\ntitle: Bad language\ndate: 2026-01-01\nlang: ../../../etc\n---\nText.\n"
    )
    files["content/long-" + "n" * 200 + ".md"] = (
        "---\ntitle: Long file name\ndate: 2026-01-01\n---\nT.\n"
    )
    write_site(root / "site", files)
    content = root / "site" / "content"
    (content / "linked.txt").symlink_to(outside / "secret.txt")
    (content / "linked.png").symlink_to(outside / "secret.png")
    (content / "linkdir").symlink_to(outside, target_is_directory=True)
    (content / "dangling.md").symlink_to(outside / "missing.md")
    (content / "loop.md").symlink_to(content / "loop.md")
    (content / "sidecar.txt").write_text("Sidecar title\n\nSidecar text.\n", encoding="utf-8")
    (content / "sidecar.txt.meta.toml").symlink_to(outside / "secret.meta.toml")
    return root / "site"


@pytest.fixture(scope="module")
def path_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _hostile_path_site(tmp_path_factory.mktemp("paths"))


def test_build_writes_only_inside_the_output_folder(path_site: Path) -> None:
    workspace = path_site.parent
    # public/ is the output, .public.spare/ its spare copy for the next build (README,
    # Performance), .public.lock the lock builds into it take, .site-builder-cache/ the
    # documented article cache, urls.lock the record of past addresses (README, Addresses).
    ours = ("public", ".public.spare", ".public.lock", CACHE_DIR, RECORD_NAME)
    before = {p for p in workspace.rglob("*") if not any(o in p.parts for o in ours)}
    run = run_cli(["build", "-q"], path_site, timeout=120)
    assert not run.timed_out and run.returncode == 1, run.stderr
    after = {p for p in workspace.rglob("*") if not any(o in p.parts for o in ours)}
    assert after == before, sorted(map(str, after - before))
    public = path_site / "public"
    for file in public.rglob("*"):
        assert file.resolve().is_relative_to(public.resolve())
        assert not file.is_symlink()
    assert (public / "good-news" / "index.html").is_file()


def test_nothing_from_outside_content_is_published(path_site: Path) -> None:
    run_cli(["build", "-q"], path_site, timeout=120)
    for name, data in tree_bytes(path_site / "public").items():
        assert SECRET.encode() not in data, name
        assert b"draft text" not in data, name


def test_links_out_of_content_are_warnings_naming_the_file(path_site: Path) -> None:
    _, result = build_in_memory(path_site)
    warned = {
        d.path.name
        for d in result.warnings
        if d.path is not None and "outside content/" in d.message
    }
    assert {"linked.txt", "linked.png", "linkdir", "dangling.md", "loop.md"} <= warned
    errors = {d.path.name: d.message for d in result.errors if d.path is not None}
    assert "outside content/" in errors["sidecar.txt.meta.toml"]
    assert "language code" in errors["bad-lang.md"]
    refused = [
        d.message for d in result.warnings if d.path is not None and d.path.name.startswith("ref")
    ]
    assert any("outside content/" in m for m in refused)
    assert any("hidden file" in m for m in refused)
    assert any("not an image" in m for m in refused)
    assert any("not safe in a URL" in m for m in refused)


def test_every_hostile_name_becomes_a_safe_article(path_site: Path) -> None:
    _, result = build_in_memory(path_site)
    published = {a.source_path.name for a in result.articles}
    clashes = {
        d.path.name
        for d in result.errors
        if d.path is not None and "is already used by" in d.message
    }
    refused = {d.path.name for d in result.errors if d.path is not None and "NUL" in d.message}
    for index, name in enumerate(HOSTILE_NAMES):
        # Names that reduce to the same slug ("..", ". .") clash, and say so; a raw NUL
        # in the body makes the document unreadable, and that is said too.
        document = f"n{index}.md"
        outcomes = [document in published, document in clashes, document in refused]
        assert outcomes.count(True) == 1, name
        assert (document in refused) == ("\x00" in name), name
    assert len(published & {f"n{i}.md" for i in range(len(HOSTILE_NAMES))}) > 30
    slugs = [a.slug for a in result.articles]
    assert len(slugs) == len(set(slugs))
    for name in result.files:
        assert check_output_path(name) == name
        assert len(name.encode()) < 1024
        assert all(len(part.encode()) <= 255 for part in name.split("/"))
    # The tag index, archive, stylesheet and language feeds are the site's, not an article's.
    assert b"Latest" in result.files["index.html"]
    assert b"Hostile name" not in result.files["static/style.css"]
    assert b'class="article"' not in result.files["tags/index.html"]
    assert b'class="article"' not in result.files["archive/index.html"]
    only_local = [src for a in result.articles for _, src in a.assets]
    assert {p.name for p in only_local} == {"ok.png"}


def test_reference_to_a_local_image_still_works(path_site: Path) -> None:
    _, result = build_in_memory(path_site)
    [article] = [a for a in result.articles if a.title == "Reference 12"]
    assert article.image is not None and article.image.url.endswith("/ok.png")
    assert f"{article.slug}/ok.png" in result.files
    assert result.files[f"{article.slug}/ok.png"] == PNG


def test_same_image_name_from_two_folders_is_not_overwritten(tmp_path: Path) -> None:
    other = PNG.replace(b"\x00\x00\x00\x01", b"\x00\x00\x00\x02", 1)
    root = write_site(
        tmp_path / "s",
        {
            "content/a/pic.png": PNG,
            "content/b/pic.png": other,
            "content/a/story.md": "---\ntitle: Two pictures\ndate: 2026-01-01\n---\n"
            "![one](pic.png)\n\n![two](../b/pic.png)\n",
        },
    )
    _, result = build_in_memory(root)
    [article] = result.articles
    assert {result.files[out] for out, _ in article.assets} == {PNG, other}
    body = result.bodies[article.id].html
    assert 'src="pic.png"' in body and 'src="pic-2.png"' in body


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_output_folder_that_is_a_link_to_a_foreign_folder_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "precious.txt").write_text("keep", encoding="utf-8")
    root = write_site(
        tmp_path / "s", {"content/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\nText.\n"}
    )
    (root / "public").symlink_to(foreign, target_is_directory=True)
    run = run_cli(["build", "-q"], root)
    assert run.returncode == 1 and "--force" in run.stderr
    assert (foreign / "precious.txt").read_text(encoding="utf-8") == "keep"
