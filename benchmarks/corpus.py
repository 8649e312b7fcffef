"""Deterministic news corpora for build benchmarks.

``realistic`` (the default): articles made of real article text. Paragraphs come from the
ground-truth articles of the scrapinghub benchmark and the kept segments of the
trafilatura evaluation pages in ``../shared/extract_eval/`` (English, German, French,
Spanish, Italian, Polish, Russian and more), so the vocabulary has the long tail of real
news; each article follows one source story for most of its paragraphs (as a story's
follow-ups share words) and borrows the rest from anywhere. Lengths are log-normal (median
about 600 words, from 150 to 4,000); tags are proper nouns of that text drawn with a Zipf
law (a few very common, thousands used once or twice); authors too; dates over three years.

``synthetic``: the earlier corpus, every word from a 55-word vocabulary. It is kept only to
compare with figures measured on it before; it understates every cross-article pass
(related coverage keeps almost no terms on it, every word being too common).

Both come in the two formats site_builder reads: plain text like the seeds (title line,
subheadings, boilerplate lines to clean, metadata in a sidecar) and Markdown with YAML front
matter; the Markdown is what Pelican and Hugo build.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
import random
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = (
    "government",
    "minister",
    "energy",
    "grid",
    "talks",
    "ceasefire",
    "winter",
    "region",
    "strikes",
    "city",
    "water",
    "market",
    "prices",
    "schools",
    "hospital",
    "council",
    "budget",
    "election",
    "parliament",
    "court",
    "police",
    "weather",
    "storm",
    "harbour",
    "port",
    "railway",
    "bridge",
    "airport",
    "exports",
    "imports",
    "inflation",
    "bank",
    "union",
    "workers",
    "strike",
    "teachers",
    "doctors",
    "farmers",
    "harvest",
    "drought",
    "flood",
    "forest",
    "border",
    "refugees",
    "aid",
    "mission",
    "troops",
    "drones",
    "missiles",
    "sirens",
    "shelters",
    "generators",
    "repairs",
)
TAGS = tuple(f"Topic {i:02d}" for i in range(50))
AUTHORS = ("Jane Doe", "Jānis Bērziņš", "Ivan Petrov", "Anna Liepa", "Marta Kowalska")
BOILERPLATE = (
    "Read also: More coverage from the region",
    "Seko mums arī\u00a0Facebook,\u00a0Draugiem\u00a0un\u00a0X!",
    "Follow us on Telegram!",
)
START = datetime(2023, 1, 1, 6, tzinfo=UTC)
KINDS = ("realistic", "synthetic")


@dataclass(frozen=True)
class Article:
    index: int
    title: str
    date: datetime
    tags: tuple[str, ...]
    author: str
    sections: tuple[tuple[str | None, tuple[str, ...]], ...]  # (subheading, paragraphs)


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(9, 18))).capitalize() + "."


def make_article(index: int, seed: int = 7, kind: str = "realistic") -> Article:
    """Article ``index`` of the corpus ``kind``: the same for the same seed, on any machine."""
    if kind == "realistic":
        return _real_article(index, seed)
    return _synthetic_article(index, seed)


def _synthetic_article(index: int, seed: int) -> Article:
    rng = random.Random(seed * 1_000_003 + index)
    words_left = rng.randint(500, 900)
    sections: list[tuple[str | None, tuple[str, ...]]] = []
    while words_left > 0:
        paragraphs = []
        for _ in range(rng.randint(2, 4)):
            paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
            paragraphs.append(paragraph)
            words_left -= len(paragraph.split())
        heading = None if not sections else " ".join(rng.choices(WORDS, k=3)).title()
        sections.append((heading, tuple(paragraphs)))
    title = " ".join(rng.choices(WORDS, k=rng.randint(5, 9))).capitalize() + f" {index}"
    minutes = rng.randint(0, 3 * 365 * 24 * 60)
    return Article(
        index,
        title,
        START + timedelta(minutes=minutes),
        tuple(rng.sample(TAGS, k=rng.randint(1, 3))),
        AUTHORS[index % len(AUTHORS)],
        tuple(sections),
    )


def as_plain_text(article: Article) -> tuple[str, str]:
    """The seed-like text and its sidecar metadata."""
    lines = [article.title, ""]
    for heading, paragraphs in article.sections:
        if heading:
            lines.append(heading)
        lines.extend(paragraphs)
    lines.append(BOILERPLATE[article.index % len(BOILERPLATE)])
    sidecar = (
        f'date = {article.date.isoformat()}\nauthor = "{article.author}"\n'
        f'slug = "article-{article.index}"\n'
        f"tags = [{', '.join(repr(t).replace(chr(39), chr(34)) for t in article.tags)}]\n"
    )
    return "\n".join(lines) + "\n", sidecar


def as_markdown(article: Article) -> str:
    tags = ", ".join(f'"{t}"' for t in article.tags)
    title = article.title.replace("\\", "").replace('"', "'")
    head = (
        f'---\ntitle: "{title}"\ndate: {article.date.isoformat()}\n'
        f'author: "{article.author}"\ntags: [{tags}]\nslug: article-{article.index}\n---\n'
    )
    body = []
    for heading, paragraphs in article.sections:
        if heading:
            body.append(f"## {heading}")
        body.extend(paragraphs)
    return head + "\n\n".join(body) + "\n"


def write_corpus(content: Path, count: int, fmt: str, kind: str = "realistic") -> None:
    """``fmt`` is "text" (seed-like plain text with sidecars) or "markdown"."""
    for index in range(count):
        article = make_article(index, kind=kind)
        folder = content / str(article.date.year)
        folder.mkdir(parents=True, exist_ok=True)
        if fmt == "text":
            text, sidecar = as_plain_text(article)
            (folder / f"a{index}.txt").write_text(text, encoding="utf-8")
            (folder / f"a{index}.txt.meta.toml").write_text(sidecar, encoding="utf-8")
        else:
            (folder / f"a{index}.md").write_text(as_markdown(article), encoding="utf-8")


# The realistic corpus.

_WORD = re.compile(r"\w+", re.UNICODE)
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w\-]{3,})")
_FIRST = (
    "Anna",
    "Jānis",
    "Ivan",
    "Marta",
    "Olena",
    "Tomasz",
    "Laura",
    "Jonas",
    "Kadri",
    "Pieter",
    "Sofia",
    "Marco",
    "Lucía",
    "Jean",
    "Ewa",
    "Andrii",
    "Katrin",
    "Mārtiņš",
)
_LAST = (
    "Liepa",
    "Bērziņš",
    "Petrov",
    "Kowalska",
    "Shevchenko",
    "Nowak",
    "Müller",
    "Kask",
    "Jansen",
    "Rossi",
    "García",
    "Dubois",
    "Kazlauskas",
    "Ozola",
    "Tamm",
    "Bondar",
)


@dataclass(frozen=True)
class _Pool:
    stories: tuple[tuple[str, ...], ...]  # paragraphs of each source article, in order
    paragraphs: tuple[str, ...]  # every paragraph
    tags: tuple[str, ...]  # proper nouns, most common first
    tag_weights: tuple[float, ...]  # cumulative Zipf weights


def _paragraphs(text: str) -> list[str]:
    found = [" ".join(p.split()) for p in re.split(r"\n+", text)]
    return [p for p in found if len(p.split()) >= 10 and "|" not in p]


def shared_data() -> Path:
    """``../shared/extract_eval`` beside this checkout, or beside the one it was cloned from."""
    found = subprocess.run(
        ["git", "-C", str(REPO), "config", "--get", "remote.origin.url"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    tops = [REPO.parent] + ([Path(found).parent] if found and "://" not in found else [])
    for top in tops:
        if (top / "shared" / "extract_eval").is_dir():
            return top / "shared" / "extract_eval"
    raise SystemExit("the realistic corpus needs ../shared/extract_eval/ (or --corpus synthetic)")


@functools.cache
def _pool() -> _Pool:
    shared = shared_data()
    stories: list[tuple[str, ...]] = []
    truth = json.loads(
        (shared / "article-extraction-benchmark" / "ground-truth.json").read_text("utf-8")
    )
    for key in sorted(truth):
        stories.append(tuple(_paragraphs(truth[key]["articleBody"])))
    pages = json.loads((shared / "trafilatura-dev" / "evaldata.json").read_text("utf-8"))
    for url in sorted(pages):
        stories.append(tuple(p for s in pages[url]["with"] for p in _paragraphs(s)))
    stories = [s for s in stories if len(s) >= 2]
    nouns: Counter[str] = Counter()
    for story in stories:
        for paragraph in story:
            nouns.update(m.group(1) for m in _PROPER.finditer(paragraph))
    tags = tuple(t for t, n in sorted(nouns.items(), key=lambda kv: (-kv[1], kv[0])))[:5000]
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(tags))]
    cumulative = tuple(itertools.accumulate(weights))
    return _Pool(tuple(stories), tuple(p for s in stories for p in s), tags, cumulative)


def _title(rng: random.Random, paragraph: str) -> str:
    words = paragraph.split()[: rng.randint(6, 12)]
    return " ".join(words).rstrip(",.;:!?\"'»”“(").strip() or "Untitled"


def _real_article(index: int, seed: int) -> Article:
    pool = _pool()
    rng = random.Random(seed * 1_000_003 + index)
    story = pool.stories[rng.randrange(len(pool.stories))]
    target = min(4000, max(150, int(rng.lognormvariate(math.log(600), 0.55))))
    paragraphs: list[str] = []
    words, at = 0, 0
    while words < target:
        if at < len(story) and rng.random() < 0.7:  # the story once, in order
            paragraph = story[at]
            at += 1
        else:
            paragraph = pool.paragraphs[rng.randrange(len(pool.paragraphs))]
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    sections: list[tuple[str | None, tuple[str, ...]]] = []
    for start in range(0, len(paragraphs), 4):
        heading = None if start == 0 else _title(rng, paragraphs[start])[:40].rstrip()
        sections.append((heading, tuple(paragraphs[start : start + 4])))
    count = min(len(pool.tags), rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5)))
    tags: list[str] = []
    while len(tags) < count:
        pick = pool.tags[_bisect(pool.tag_weights, rng.random() * pool.tag_weights[-1])]
        if pick not in tags:
            tags.append(pick)
    author_rank = min(int(rng.paretovariate(1.2)) - 1, len(_FIRST) * len(_LAST) - 1)
    author = f"{_FIRST[author_rank % len(_FIRST)]} {_LAST[author_rank // len(_FIRST)]}"
    minutes = rng.randint(0, 3 * 365 * 24 * 60)
    return Article(
        index,
        _title(rng, story[0]),
        START + timedelta(minutes=minutes),
        tuple(tags),
        author,
        tuple(sections),
    )


def _bisect(cumulative: tuple[float, ...], value: float) -> int:
    return min(bisect.bisect_left(cumulative, value), len(cumulative) - 1)


def describe(count: int, kind: str, seed: int = 7) -> str:
    """What the first ``count`` articles of a corpus are like, for the benchmark's header."""
    articles = [make_article(i, seed, kind) for i in range(count)]
    words: Counter[str] = Counter()
    lengths = []
    tags: Counter[str] = Counter()
    for article in articles:
        text = " ".join(p for _, ps in article.sections for p in ps)
        tokens = _WORD.findall(text.lower())
        words.update(tokens)
        lengths.append(len(tokens))
        tags.update(article.tags)
    lengths.sort()
    return (
        f"{kind} corpus: {len(words):,} distinct words, median {lengths[len(lengths) // 2]} "
        f"words an article (max {lengths[-1]}), {len(tags):,} tags "
        f"({sum(1 for n in tags.values() if n == 1):,} used once, the commonest on "
        f"{tags.most_common(1)[0][1] if tags else 0} articles)"
    )
