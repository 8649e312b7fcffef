"""Nothing lost when a build is killed: SIGKILL at random moments never leaves a partial
output folder (it is always byte-identical to the last complete build), and the next
build needs no manual clean-up."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from site_builder.publish.output import MARKER, publish
from tests.conftest import NOW, SITE_BUILDER, tree_bytes
from tests.generated import generate_site
from tests.hostile.support import run_cli

ARTICLES = 200
KILLS = 24
SEED = 20261122
ENV = {**os.environ, "SOURCE_DATE_EPOCH": str(int(NOW.timestamp()))}


def _set_version(root: Path, version: str) -> None:
    """Two contents that build to different sites: version B edits one article."""
    story = root / "content" / "2023" / "a0.md"
    text = story.read_text(encoding="utf-8").split("\n<!-- version -->")[0]
    if version == "B":
        text += "\n<!-- version -->\nA late correction was added to this story.\n"
    story.write_text(text, encoding="utf-8")


def _build(root: Path) -> dict[str, bytes]:
    run = run_cli(["build", "-q"], root, timeout=300)
    assert run.returncode == 0, run.stderr
    return tree_bytes(root / "public")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, bytes]]]:
    root = generate_site(tmp_path_factory.mktemp("atomic") / "site", ARTICLES)
    _set_version(root, "B")
    b_tree = _build(root)
    _set_version(root, "A")
    a_tree = _build(root)
    assert a_tree != b_tree
    return root, {"A": a_tree, "B": b_tree}


def test_sigkill_at_random_moments_never_leaves_a_partial_site(
    site: tuple[Path, dict[str, dict[str, bytes]]],
) -> None:
    root, trees = site
    rng = random.Random(SEED)
    # Time builds that publish a change, as every killed build below would (a no-change
    # build is much shorter: it reuses cached articles and leaves the site untouched); the
    # longest of three, as single builds vary (worker processes start in parallel). The
    # last one starts as a build after a kill does: with the spare tree untrusted (its
    # marker gone), so it fills the spare anew; timed on quicker builds only, every kill
    # fell before publishing, and each left the next build as slow again.
    durations: list[float] = []
    for version in ("B", "A", "B"):
        _set_version(root, version)
        if version == "B" and durations:
            (root / ".public.spare" / MARKER).unlink(missing_ok=True)
        started = time.monotonic()
        subprocess.run([str(SITE_BUILDER), "build", "-q"], cwd=root, env=ENV, check=True)
        durations.append(time.monotonic() - started)
    duration = max(durations)
    current = "B"  # the version the published site shows
    target = "B"  # the version the content holds
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for kill in range(KILLS):
        target = "B" if current == "A" else "A"
        _set_version(root, target)
        # Most kill points fall late, where publishing happens; some anywhere. The window
        # runs a little past the timed builds: single builds here vary by a fifth.
        low = 0.0 if kill % 4 == 0 else 0.5 * duration
        delay = rng.uniform(low, duration * 1.25)
        process = subprocess.Popen(
            [str(SITE_BUILDER), "build", "-q"],
            cwd=root,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)  # the build and any worker it forked
        process.wait()
        found = tree_bytes(root / "public")
        assert found in (trees[current], trees[target]), (
            f"kill {kill} after {delay:.2f}s left a partial site: "
            f"{len(found)} files vs {len(trees[current])}"
        )
        if found == trees[target]:
            outcomes["new"] += 1
            current = target
        else:
            outcomes["old"] += 1
    # Both sides of the swap were hit, so the kill points did cover publishing.
    assert outcomes["old"] and outcomes["new"], outcomes
    # Whatever state the kills left (stale staging folders included), a plain re-run works.
    assert _build(root) == trees[target]
    # Only the spare tree stays beside the site (the previous build, for the next one),
    # and the lock file builds into it take.
    assert sorted(p.name for p in root.glob(".public.*")) == [".public.lock", ".public.spare"]


def test_a_kill_between_the_two_renames_is_recovered(tmp_path: Path) -> None:
    """Where folders cannot be swapped atomically, publishing renames twice; a build killed
    in between left no output folder. The next publish puts the old site back first."""
    folder = tmp_path / "public"
    publish({"index.html": b"old"}, folder)
    retired = tmp_path / ".public.4242.old-build"
    folder.rename(retired)  # the state a kill between the renames leaves behind
    (tmp_path / ".public.4242.new-build").mkdir()
    publish({"index.html": b"new"}, folder)
    assert (folder / "index.html").read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]


def test_leftovers_are_restored_even_if_the_rebuild_fails(tmp_path: Path) -> None:
    from site_builder.core.errors import BuildError  # noqa: PLC0415

    folder = tmp_path / "public"
    publish({"index.html": b"old"}, folder)
    folder.rename(tmp_path / ".public.4242.old-build")
    with pytest.raises(BuildError):
        publish({"../escape.html": b"x"}, folder)
    assert (folder / "index.html").read_bytes() == b"old"
