"""`site-builder clean`: the cleaner on its own, exactly as a build runs it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from site_builder.app.cli import cli
from site_builder.article.document import clean_and_build
from site_builder.core.config import load_config
from site_builder.core.model import FileDates
from site_builder.source.loader import load_document
from tests.conftest import MakeSite

REAL = "The ministry said its newsletter had 3,000 subscribers."
PROMPT = "Sign up for our newsletter to get the top stories every morning."
APPEAL = "Independent journalism needs your support. Donate today."  # no rule: the classifier
TEXT = (
    "Council approves budget\n\nThe council met on Tuesday.\n"
    f"{PROMPT}\nFollow us on Telegram!\n{REAL}\n{APPEAL}\n"
)
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
SEEDS = Path(__file__).resolve().parent.parent / "content"


def _run(root: Path, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["clean", "--root", str(root), *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_clean_prints_the_text_without_boilerplate(make_site: MakeSite) -> None:
    root = make_site({"content/a.txt": TEXT})
    code, out, _ = _run(root, str(root / "content" / "a.txt"))
    assert code == 0
    assert REAL in out and "The council met on Tuesday." in out
    assert PROMPT not in out and "Telegram" not in out


def test_json_names_the_layer_and_reason_of_every_removal(make_site: MakeSite) -> None:
    root = make_site({"content/a.txt": TEXT})
    code, out, _ = _run(root, "--format", "json", str(root / "content" / "a.txt"))
    assert code == 0
    data = json.loads(out)
    assert data["metadata"]["title"] == "Council approves budget"
    removed = {r["text"]: r for r in data["removals"]}
    assert set(removed) == {PROMPT, "Follow us on Telegram!", APPEAL}
    assert removed["Follow us on Telegram!"]["layer"] == "rule"
    # A prompt that goes on with a purpose clause ("... to get ...") is still the rule's.
    assert removed[PROMPT]["layer"] == "rule"
    assert removed[PROMPT]["category"] == "newsletter"
    assert removed[APPEAL]["layer"] == "classifier"
    assert removed[APPEAL]["reason"].startswith("classifier ")
    assert "donate" in removed[APPEAL]["reason"]
    assert all(r["line"] for r in data["removals"])


def test_clean_reads_standard_input(make_site: MakeSite) -> None:
    root = make_site({"content/a.txt": TEXT})
    code, out, _ = _run(root, "--format", "markdown", "-", stdin=TEXT)
    assert code == 0
    assert out.startswith("# Council approves budget\n\n")
    assert REAL in out and PROMPT not in out


def test_a_bad_file_is_named_and_the_others_still_print(make_site: MakeSite) -> None:
    root = make_site({"content/a.txt": TEXT})
    code, out, err = _run(root, str(root / "missing.txt"), str(root / "content" / "a.txt"))
    assert code == 1
    assert "missing.txt" in err
    assert REAL in out


def test_clean_gives_what_a_build_gives(make_site: MakeSite) -> None:
    root = make_site({"content/a.txt": TEXT})
    config, _ = load_config(root)
    path = root / "content" / "a.txt"
    body = clean_and_build(load_document(path, config, FileDates(EPOCH, EPOCH)), config).body
    _, out, _ = _run(root, str(path))
    assert out == body.text.rstrip("\n") + "\n"


def test_seeds_lose_exactly_their_three_lines() -> None:
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    code, out, _ = _run(SEEDS.parent, "--format", "json", *seeds)
    assert code == 0
    removals = [r for doc in json.loads(out) for r in doc["removals"]]
    assert len(removals) == 3, removals
    assert {r["layer"] for r in removals} == {"rule"}


# --- repetition across the documents given --------------------------------------------------

FOOTER = "LSM English is on Bluesky now"  # no rule, no classifier: only its repetition
BACKGROUND = "Latvia regained its independence in 1991 after five decades of Soviet occupation."


def _story(number: int) -> str:
    return (
        "---\n"
        f"title: Story {number}\n"
        "original_url: https://eng.lsm.lv/article/" + str(number) + "\n"
        "---\n\n"
        f"The council voted on plan number {number} on Tuesday.\n\n"
        f"{BACKGROUND}\n\n"
        f"{FOOTER}\n"
    )


def test_a_line_repeated_across_one_sources_documents_is_removed(make_site: MakeSite) -> None:
    root = make_site({f"content/{n}.md": _story(n) for n in range(4)})
    files = [str(root / "content" / f"{n}.md") for n in range(4)]
    code, out, _ = _run(root, "--format", "json", *files)
    assert code == 0
    docs = json.loads(out)
    for doc in docs:
        removed = {r["text"]: r for r in doc["removals"]}
        assert removed[FOOTER]["layer"] == "repetition"
        assert removed[FOOTER]["reason"] == "repeated in 4 of 4 documents from eng.lsm.lv"
        # The newsroom's reused background sentence is a sentence: it stays.
        assert BACKGROUND not in removed and BACKGROUND in doc["text"]
        assert "The council voted" in doc["text"]


def test_one_document_alone_has_no_repeated_lines(make_site: MakeSite) -> None:
    root = make_site({"content/0.md": _story(0)})
    code, out, _ = _run(root, "--format", "json", str(root / "content" / "0.md"))
    assert code == 0
    assert FOOTER in json.loads(out)["text"]


def test_a_document_that_fails_unexpectedly_is_named_and_the_others_are_cleaned(
    make_site: MakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    from site_builder.article import document  # noqa: PLC0415

    root = make_site({"content/a.txt": TEXT, "content/b.txt": TEXT.replace("budget", "plan")})
    real = document.clean_and_build

    def failing(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if doc.relpath == "a.txt":
            raise RuntimeError("a library broke")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(document, "clean_and_build", failing)
    code, out, err = _run(root, str(root / "content" / "a.txt"), str(root / "content" / "b.txt"))
    assert "a.txt: unexpected RuntimeError: a library broke" in err
    assert "The council met on Tuesday." in out and PROMPT not in out  # b.txt, cleaned
    assert code != 0


def test_a_problem_with_standard_input_names_it_as_the_user_did(make_site: MakeSite) -> None:
    root = make_site({})
    code, _, err = _run(root, "-", stdin="Follow us on Telegram!\n")
    assert code != 0
    assert err.startswith("-: "), err
    assert "stdin." not in err and "/tmp" not in err
