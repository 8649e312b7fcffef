"""Groupings of articles for list pages and feeds: tags, months, languages, pages of N."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from site_builder.core.model import Article
from site_builder.core.urls import make_slug

# A site has few tags and many articles: slug each tag once.
_tag_slug = lru_cache(maxsize=4096)(make_slug)


@dataclass(frozen=True)
class Group:
    """A named list of articles (newest first) living in a site-relative folder."""

    name: str
    slug: str
    folder: str
    articles: tuple[Article, ...]


def fold_tags(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles with each tag in one spelling: tags that slug alike ("texas", "Texas")
    are one tag, spelled everywhere as most articles spell it (on a tie, the spelling
    that sorts first: capitals before small letters). An article whose tags change gets
    a digest of them too, so pages showing them are made again."""
    # Counted per spelling first, slugged per distinct spelling: this runs over every
    # article of every build (0.2 s of an edit at 10,000 articles when each tag of each
    # article was slugged and respelled).
    used = Counter(chain.from_iterable(dict.fromkeys(a.tags) for a in articles))
    spellings: dict[str, dict[str, int]] = defaultdict(dict)
    for tag, count in used.items():
        spellings[_tag_slug(tag)][tag] = count
    chosen = {
        slug: min(counts, key=lambda tag: (-counts[tag], tag))
        for slug, counts in spellings.items()
        if len(counts) > 1
    }
    if not chosen:
        return tuple(articles)
    # The spellings that give way to another: an article with none of them and no tag
    # twice keeps its tags as they are.
    respelled = {
        tag for slug, spelling in chosen.items() for tag in spellings[slug] if tag != spelling
    }
    return tuple(
        article
        if respelled.isdisjoint(article.tags) and len(set(article.tags)) == len(article.tags)
        else _respelled(article, chosen)
        for article in articles
    )


def _respelled(article: Article, chosen: dict[str, str]) -> Article:
    tags = tuple(dict.fromkeys(chosen.get(_tag_slug(tag), tag) for tag in article.tags))
    if tags == article.tags:
        return article
    digest = hashlib.blake2b(f"{article.digest}\0{tags!r}".encode(), digest_size=16)
    return replace(article, tags=tags, digest=digest.hexdigest())


def group_by_tag(articles: Sequence[Article]) -> list[Group]:
    """One group per tag; tags that slug alike ("Energy", "energy") share one page."""
    names: dict[str, str] = {}
    members: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        # An article lists a tag page once, even under two spellings of one tag.
        for slug, tag in {_tag_slug(t): t for t in reversed(article.tags)}.items():
            names.setdefault(slug, tag)
            members[slug].append(article)
    return [Group(names[s], s, f"tags/{s}/", tuple(members[s])) for s in sorted(members)]


def group_by_month(articles: Sequence[Article]) -> list[Group]:
    """One group per calendar month (in the site's time zone), newest month first."""
    months: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        date = article.date  # as strftime("%Y/%m") gives it, in a third of the time
        months[f"{date.year}/{date.month:02d}"].append(article)
    return [
        Group(key, key.replace("/", "-"), f"archive/{key}/", tuple(months[key]))
        for key in sorted(months, reverse=True)
    ]


def group_by_language(articles: Sequence[Article]) -> list[Group]:
    langs: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        langs[article.lang].append(article)
    return [Group(lang, lang, f"lang/{lang}/", tuple(langs[lang])) for lang in sorted(langs)]


@dataclass(frozen=True)
class Page:
    """One page of a paginated list."""

    number: int
    total: int
    folder: str  # site-relative folder of this page
    items: tuple[Article, ...]
    first_folder: str

    def folder_of(self, number: int) -> str:
        return self.first_folder if number == 1 else f"{self.first_folder}page/{number}/"


def paginate(articles: Sequence[Article], folder: str, per_page: int) -> list[Page]:
    """Pages of ``per_page`` articles: ``folder`` then ``folder/page/2/`` and so on."""
    chunks = [tuple(articles[i : i + per_page]) for i in range(0, len(articles), per_page)] or [()]
    total = len(chunks)
    return [
        Page(n, total, folder if n == 1 else f"{folder}page/{n}/", chunk, folder)
        for n, chunk in enumerate(chunks, start=1)
    ]


def group_by_author(articles: Sequence[Article]) -> list[Group]:
    """One group per author (names that slug alike share a page), sorted by slug."""
    names: dict[str, str] = {}
    members: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.author:
            slug = _tag_slug(article.author)
            names.setdefault(slug, article.author)
            members[slug].append(article)
    return [Group(names[s], s, f"authors/{s}/", tuple(members[s])) for s in sorted(members)]
