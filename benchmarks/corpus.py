"""A deterministic synthetic news corpus for build benchmarks.

N articles of 500 to 900 words, dated over three years, with 50 tags, a handful of
authors, and in two formats site_builder reads: plain text like the seeds (title line,
subheadings, boilerplate lines to clean, metadata in a sidecar) and Markdown with YAML
front matter. The same articles can be written as Markdown for other generators.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

WORDS = (
    "government", "minister", "energy", "grid", "talks", "ceasefire", "winter", "region",
    "strikes", "city", "water", "market", "prices", "schools", "hospital", "council", "budget",
    "election", "parliament", "court", "police", "weather", "storm", "harbour", "port",
    "railway", "bridge", "airport", "exports", "imports", "inflation", "bank", "union",
    "workers", "strike", "teachers", "doctors", "farmers", "harvest", "drought", "flood",
    "forest", "border", "refugees", "aid", "mission", "troops", "drones", "missiles", "sirens",
    "shelters", "generators", "repairs",
)
TAGS = tuple(f"Topic {i:02d}" for i in range(50))
AUTHORS = ("Jane Doe", "Jānis Bērziņš", "Ivan Petrov", "Anna Liepa", "Marta Kowalska")
BOILERPLATE = ("Read also: More coverage from the region",
               "Seko mums arī\u00a0Facebook,\u00a0Draugiem\u00a0un\u00a0X!",
               "Follow us on Telegram!")
START = datetime(2023, 1, 1, 6, tzinfo=UTC)


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


def make_article(index: int, seed: int = 7) -> Article:
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
    return Article(index, title, START + timedelta(minutes=minutes),
                   tuple(rng.sample(TAGS, k=rng.randint(1, 3))),
                   AUTHORS[index % len(AUTHORS)], tuple(sections))


def as_plain_text(article: Article) -> tuple[str, str]:
    """The seed-like text and its sidecar metadata."""
    lines = [article.title, ""]
    for heading, paragraphs in article.sections:
        if heading:
            lines.append(heading)
        lines.extend(paragraphs)
    lines.append(BOILERPLATE[article.index % len(BOILERPLATE)])
    sidecar = (f"date = {article.date.isoformat()}\nauthor = \"{article.author}\"\n"
               f"tags = [{', '.join(repr(t).replace(chr(39), chr(34)) for t in article.tags)}]\n")
    return "\n".join(lines) + "\n", sidecar


def as_markdown(article: Article) -> str:
    tags = ", ".join(f'"{t}"' for t in article.tags)
    head = (f'---\ntitle: "{article.title}"\ndate: {article.date.isoformat()}\n'
            f'author: "{article.author}"\ntags: [{tags}]\nslug: article-{article.index}\n---\n')
    body = []
    for heading, paragraphs in article.sections:
        if heading:
            body.append(f"## {heading}")
        body.extend(paragraphs)
    return head + "\n\n".join(body) + "\n"


def write_corpus(content: Path, count: int, fmt: str) -> None:
    """``fmt`` is "text" (seed-like plain text with sidecars) or "markdown"."""
    for index in range(count):
        article = make_article(index)
        folder = content / str(article.date.year)
        folder.mkdir(parents=True, exist_ok=True)
        if fmt == "text":
            text, sidecar = as_plain_text(article)
            (folder / f"a{index}.txt").write_text(text, encoding="utf-8")
            (folder / f"a{index}.txt.meta.toml").write_text(sidecar, encoding="utf-8")
        else:
            (folder / f"a{index}.md").write_text(as_markdown(article), encoding="utf-8")
