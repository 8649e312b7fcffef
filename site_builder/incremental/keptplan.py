"""The plan of a build's pages and feeds kept for the next one: each output's key with
the articles whose digest or teaser it holds, and the shape of the site (per published
article, in order: everything pages show of it outside its digest and teaser).

While the shape is unchanged, an output's input differs from the last build's only where
it holds an article or a teaser that changed (or, for an article's page, where its
related coverage did): keys are made of the shape and of those digests (see keys.held).
Only those outputs' inputs are made and keyed again; the rest keep their recorded keys.
Any change of shape (an article added, left out, moved in the order, retagged, redated,
renamed, its language or author changed) and the plan is made whole again, as without
it. Kept in one marshalled file of the cache folder, rewritten by every build that uses
it (a build killed meanwhile leaves the previous file, or none)."""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from site_builder.core.model import Article
from site_builder.incremental.keys import Parts, held, key_of
from site_builder.render.sitepages import Teasers
from site_builder.render.views import Teaser

FILE_NAME = "plan.marshal"
FORMAT = "plan-1"


def shape(article: Article) -> str:
    """A digest of what pages show of ``article`` outside its digest and its teaser: its
    place (address, folder, date, update), the lists it is in (tags, author, language,
    translations) and the files it brings (assets, redirects)."""
    fields = (
        article.id,
        article.slug,
        article.url_path,
        article.url,
        article.date.isoformat(),
        article.updated.isoformat(),
        article.lang,
        article.tags,
        article.author,
        article.translation_key,
        article.draft,
        article.aliases,
        article.chosen,
        article.source_file,
        tuple((out, str(src)) for out, src in article.assets),
        tuple((out, str(src), width) for out, src, width in article.resized),
    )
    return hashlib.blake2b(repr(fields).encode(), digest_size=16).hexdigest()


@dataclass
class KeptPlan:
    """What the last build planned: its published articles in order (id, digest, teaser
    digest, shape), what each found related (positions), and each output by its first
    path: its key and what it holds (article positions; a teaser's position p as -1 - p),
    with the outputs that hold each position."""

    salt: str
    ids: list[str]
    digests: list[str]
    teasers: list[str]
    shapes: list[str]
    related: list[tuple[int, ...]]
    outputs: dict[str, tuple[str, tuple[int, ...]]]
    holders: dict[int, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Changes:
    """What changed since the kept plan, its shape being the same: the outputs whose
    inputs must be made again (by first path)."""

    affected: set[str]
    teasers: dict[int, str]  # the new teaser digests by position


def load(folder: Path | None, salt: str) -> KeptPlan | None:
    """The plan kept in ``folder`` for builds salted ``salt`` (None: none usable)."""
    if folder is None:
        return None
    try:
        data = marshal.loads((folder / FILE_NAME).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, tuple) or len(data) != 9 or data[:2] != (FORMAT, salt):
        return None
    try:
        return KeptPlan(*data[1:])
    except TypeError:
        return None


def changes(
    plan: KeptPlan, published: Sequence[Article], teasers: Mapping[str, Teaser]
) -> Changes | None:
    """The outputs that hold what changed since ``plan`` (``teasers``: the published
    articles' by id), or None when the site's shape changed: plan everything."""
    if len(published) != len(plan.ids) or [a.id for a in published] != plan.ids:
        return None
    digests = plan.digests
    changed = [i for i, a in enumerate(published) if a.digest != digests[i]]
    new_teasers: dict[int, str] = {}
    affected: set[str] = set()
    holders = plan.holders
    for i in changed:
        if shape(published[i]) != plan.shapes[i]:
            return None
        affected.update(holders.get(i, ()))
        teaser = teasers[published[i].id].digest
        if teaser != plan.teasers[i]:
            new_teasers[i] = teaser
            affected.update(holders.get(-1 - i, ()))
    return Changes(affected, new_teasers)


def related_changed(plan: KeptPlan, related: Sequence[tuple[int, ...]]) -> list[int]:
    """The positions whose related coverage differs from the plan's (same shape)."""
    return [i for i, (old, new) in enumerate(zip(plan.related, related, strict=True)) if old != new]


class Recorder:
    """The plan of this build, as its outputs are declared: each one kept from ``plan``
    (its entry copied into ``outputs``) or keyed anew (``seen``)."""

    def __init__(
        self, salt: str, published: Sequence[Article], teasers: Teasers, plan: KeptPlan | None
    ) -> None:
        self.salt, self.published, self.teasers = salt, published, teasers
        self.plan = plan
        self.position = {a.id: i for i, a in enumerate(published)}
        self.by_digest = {a.digest: i for i, a in enumerate(published)}
        self.outputs: dict[str, tuple[str, tuple[int, ...]]] = {}
        self.made = 0  # outputs whose inputs were made and keyed

    def seen(self, path: str, parts: Parts) -> None:
        """The output at ``path`` keyed from ``parts``."""
        self.made += 1
        articles, teasers = held(parts)
        by_digest, position = self.by_digest, self.position
        of_teaser = self.teasers.by_digest
        try:
            codes = {by_digest[d] for d in articles}
            codes.update(-1 - position[of_teaser[d]] for d in teasers)
        except KeyError:  # it holds what is not a published article: not kept
            return
        self.outputs[path] = (key_of(parts), tuple(sorted(codes)))

    def save(
        self, folder: Path | None, related: Sequence[tuple[int, ...]], *, same_shape: bool
    ) -> None:
        """This build's plan into ``folder`` (a speed-up only: any trouble, none kept);
        ``same_shape``: the site's shape is the kept plan's."""
        if folder is None:
            return
        plan, published = self.plan, self.published
        teasers = self.teasers
        if plan is not None and same_shape:
            digests, teaser_digests, shapes = plan.digests, plan.teasers, plan.shapes
            for i, article in enumerate(published):
                if article.digest != digests[i]:
                    digests[i], teaser_digests[i] = article.digest, teasers[article.id].digest
            holders = _holders_updated(plan, self.outputs)
        else:
            digests = [a.digest for a in published]
            teaser_digests = [teasers[a.id].digest for a in published]
            shapes = [shape(a) for a in published]
            holders = _holders(self.outputs.items())
        ids = [a.id for a in published]
        kept = (digests, teaser_digests, shapes, list(related), self.outputs, holders)
        blob = marshal.dumps((FORMAT, self.salt, ids, *kept))
        temporary = folder / f"{FILE_NAME}.{os.getpid()}"
        try:
            temporary.write_bytes(blob)
            temporary.replace(folder / FILE_NAME)
        except OSError:
            with suppress(OSError):
                temporary.unlink()


def _holders(outputs: Iterable[tuple[str, tuple[str, tuple[int, ...]]]]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for path, (_, codes) in outputs:
        for code in codes:
            found.setdefault(code, []).append(path)
    return found


def _holders_updated(
    plan: KeptPlan, outputs: Mapping[str, tuple[str, tuple[int, ...]]]
) -> dict[int, list[str]]:
    """The plan's holders, with the outputs keyed anew moved to what they now hold."""
    holders = plan.holders
    for path, (_, codes) in outputs.items():
        old = plan.outputs.get(path)
        old_codes = old[1] if old is not None else ()
        if old_codes == codes:
            continue
        for code in old_codes:
            paths = holders.get(code)
            if paths is not None and path in paths:
                paths.remove(path)
        for code in codes:
            holders.setdefault(code, []).append(path)
    for path in set(plan.outputs) - set(outputs):  # declared no more: held by none
        for code in plan.outputs[path][1]:
            paths = holders.get(code)
            if paths is not None and path in paths:
                paths.remove(path)
    return holders
