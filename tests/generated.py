"""A deterministic generated news site for tests at scale: many articles, every awkward case."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

LANGUAGES = ("en", "lv", "ru", "uk")
TAGS = (
    "Energy",
    "War",
    "Diplomacy",
    "Economy",
    "Riga",
    "Kyiv",
    "Climate",
    "Sport",
    "Culture",
    "Health",
    "R&D",
    "Q&A <live>",
)
AUTHORS = ("Jane Doe", "Jānis Bērziņš", "Олена Коваль", "Ivan Petrov", None)
WORDS = {
    "en": (
        "power",
        "grid",
        "talks",
        "ceasefire",
        "winter",
        "minister",
        "region",
        "strikes",
        "city",
        "water",
        "energy",
        "government",
        "allies",
        "troops",
        "market",
        "prices",
        "schools",
        "hospital",
    ),
    "lv": (
        "valdība",
        "ministrs",
        "enerģija",
        "pilsēta",
        "ziema",
        "cenas",
        "skolas",
        "slimnīca",
        "sarunas",
        "drošība",
        "reģions",
        "ūdens",
        "tirgus",
    ),
    "ru": (
        "правительство",
        "министр",
        "энергия",
        "город",
        "зима",
        "цены",
        "школы",
        "больница",
        "переговоры",
        "безопасность",
        "регион",
        "вода",
        "рынок",
    ),
    "uk": (
        "уряд",
        "міністр",
        "енергія",
        "місто",
        "зима",
        "ціни",
        "школи",
        "лікарня",
        "переговори",
        "безпека",
        "регіон",
        "вода",
        "ринок",
    ),
}
BOILERPLATE = (
    "Read also: Another story about the region",
    "Follow us on Facebook and X!",
    "Seko mums arī\u00a0Facebook,\u00a0Draugiem\u00a0un\u00a0X!",
    "Подписывайтесь на наш Telegram-канал",
)
# A tiny valid PNG (1x1 pixel) for lead images.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
START = datetime(2023, 1, 1, tzinfo=UTC)


def _sentence(rng: random.Random, lang: str) -> str:
    words = rng.choices(WORDS[lang], k=rng.randint(8, 16))
    return " ".join(words).capitalize() + "."


def _body(rng: random.Random, lang: str, index: int) -> list[str]:
    paragraphs = [
        " ".join(_sentence(rng, lang) for _ in range(rng.randint(2, 5)))
        for _ in range(rng.randint(3, 7))
    ]
    if index % 3 == 0:
        paragraphs.insert(1, "Section heading here")
    if index % 4 == 0:
        paragraphs.append(rng.choice(BOILERPLATE))
    return paragraphs


def _title(rng: random.Random, lang: str, index: int) -> str:
    title = " ".join(rng.choices(WORDS[lang], k=rng.randint(3, 8))).capitalize()
    if index % 10 == 1:
        title += " & <more> news"
    if index % 25 == 2:
        title += "\x07 bell"
    return f"{title} {index}"


def _markdown(rng: random.Random, index: int, lang: str, folder: Path) -> str:
    tags = rng.sample(TAGS, k=rng.randint(0, 3))
    date = START + timedelta(hours=index * 26 % (3 * 365 * 24), minutes=index % 60)
    author = AUTHORS[index % len(AUTHORS)]
    lines = [
        "---",
        f"title: {_yaml(_title(rng, lang, index))}",
        f"date: {date.isoformat()}",
        f"lang: {lang}",
        f"tags: [{', '.join(_yaml(t) for t in tags)}]",
    ]
    if author:
        lines.append(f"author: {_yaml(author)}")
    if index % 7 == 0:
        (folder / f"img{index}.png").write_bytes(PNG)
        lines.append(f"image: img{index}.png")
    lines.append("---")
    body = _body(rng, lang, index)
    if index % 5 == 0:
        body.append("See [the archive](../) and [a source](https://source.example/a?b=1&c=2).")
    if index % 7 == 0:
        body.append(f'![A chart of the figures](img{index}.png "a chart")')
    return "\n".join(lines) + "\n" + "\n\n".join(body) + "\n"


def _yaml(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\x07", "\\a")
    return f'"{escaped}"'


def _plain_text(rng: random.Random, index: int, lang: str) -> tuple[str, str]:
    text = (
        _title(rng, lang, index).replace("\x07", "")
        + "\n\n"
        + "\n".join(_body(rng, lang, index))
        + "\n"
    )
    date = START + timedelta(hours=index * 26 % (3 * 365 * 24))
    return text, f'date = {date.isoformat()}\nlang = "{lang}"\ntags = ["Wire"]\n'


def generate_site(root: Path, count: int, seed: int = 1) -> Path:
    """Write site.toml and ``count`` articles (Markdown and plain text) under ``root``."""
    rng = random.Random(seed)
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    (root / "site.toml").write_text(
        'title = "Generated News"\nbase_url = "https://gen.example/news/"\n'
        'timezone = "Europe/Riga"\nauthor = "Desk"\n',
        encoding="utf-8",
    )
    for index in range(count):
        lang = LANGUAGES[index % len(LANGUAGES)]
        folder = content / f"{2023 + index % 3}"
        folder.mkdir(exist_ok=True)
        if index % 6 == 5:
            text, meta = _plain_text(rng, index, lang)
            (folder / f"wire-{index}.txt").write_text(text, encoding="utf-8")
            (folder / f"wire-{index}.txt.meta.toml").write_text(meta, encoding="utf-8")
        else:
            (folder / f"a{index}.md").write_text(
                _markdown(rng, index, lang, folder), encoding="utf-8"
            )
    return root
