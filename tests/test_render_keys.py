"""Output keys come from the typed inputs pages are made from: any field changed, a new key
and the page made again; equal inputs, equal keys in any process; unknown types refused."""

from __future__ import annotations

import dataclasses
import hashlib
import subprocess
import sys
import types
import typing
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from site_builder.core.freeform import Table, frozen_table
from site_builder.core.model import Article, Image
from site_builder.incremental.keys import input_key
from site_builder.incremental.plan import Output, OutputPlan
from site_builder.pipeline.outputs import Copy, FileStamp, Resize
from site_builder.publish.output import FileRecord
from site_builder.render import pages
from site_builder.render.entries import FeedSpec
from site_builder.render.search import SearchIndex
from site_builder.render.sitemap import Robots, Sitemap
from site_builder.render.views import Teaser
from site_builder.site.taxonomy import Page as ListPage
from tests.conftest import MakeSite, build_root

_WHEN = datetime(2026, 1, 7, 9, 30, tzinfo=UTC)


def _article(digest: str) -> Article:
    return Article(
        id=f"id-{digest}",
        slug="s",
        url_path="/s/",
        url="https://t.example/s/",
        title="T",
        date=_WHEN,
        updated=_WHEN,
        lang="en",
        summary="",
        dek=None,
        source_file="s.md",
        digest=digest,
    )


def _args(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp)


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def sample(tp: Any) -> Any:
    """A value of type ``tp``."""
    if tp is Any or tp is str:
        return "a"
    if _is_union(tp):
        return sample(next(a for a in _args(tp) if a is not type(None)))
    if typing.get_origin(tp) is tuple:
        args = _args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return (sample(args[0]),)
        return tuple(sample(a) for a in args)
    simple = {
        bool: False,
        int: 1,
        float: 1.5,
        datetime: _WHEN,
        Path: Path("/a"),
        Article: _article("one"),
        Table: frozen_table({"x": 1}),
    }
    if tp in simple:
        return simple[tp]
    assert dataclasses.is_dataclass(tp), f"no sample for {tp!r}"
    hints = typing.get_type_hints(tp)
    return typing.cast(Any, tp)(
        **{f.name: sample(hints[f.name]) for f in dataclasses.fields(tp) if f.init}
    )


def _different_union(value: Any, tp: Any) -> Any:
    options = [a for a in _args(tp) if a is not type(None)]
    if type(None) in _args(tp) and value is not None:
        return None
    if value is None:
        return sample(options[0])
    other = [a for a in options if not isinstance(value, a)]
    return sample(other[0]) if other else different(value, options[0])


def _different_tuple(value: Any, tp: Any) -> Any:
    args = _args(tp)
    if len(args) == 2 and args[1] is Ellipsis:
        return (*value, different(sample(args[0]), args[0]))
    return (different(value[0], args[0]), *value[1:])


_CHANGED: dict[Any, Callable[[Any], Any]] = {
    str: lambda v: f"{v}x",
    Any: lambda v: f"{v}x",
    bool: lambda v: not v,
    int: lambda v: v + 1,
    float: lambda v: v * 2,
    datetime: lambda v: v + timedelta(hours=1),
    Path: lambda v: v / "x",
    Article: lambda v: _article(v.digest + "x"),
    Table: lambda v: frozen_table({"x": 2}),
}


def different(value: Any, tp: Any) -> Any:
    """Another value of type ``tp`` than ``value``."""
    if _is_union(tp):
        return _different_union(value, tp)
    if typing.get_origin(tp) is tuple:
        return _different_tuple(value, tp)
    if tp in _CHANGED:
        return _CHANGED[tp](value)
    assert dataclasses.is_dataclass(tp), f"cannot change {tp!r}"
    first = dataclasses.fields(tp)[0]
    hints = typing.get_type_hints(tp)
    return dataclasses.replace(
        value, **{first.name: different(getattr(value, first.name), hints[first.name])}
    )


PAGE_INPUTS = [*_args(pages.PageInput), pages.Page, pages.SiteView, pages.Overview]
OTHER_INPUTS = [
    FeedSpec,
    Copy,
    FileStamp,
    Resize,
    Sitemap,
    Robots,
    SearchIndex,
    ListPage,
    Table,
    Image,
    pages.Listing,
    Teaser,
]


def _fields() -> list[tuple[type, str]]:
    # Fields made from the others (a teaser's digest) are changed through them.
    return [
        (tp, f.name) for tp in PAGE_INPUTS + OTHER_INPUTS for f in dataclasses.fields(tp) if f.init
    ]


def test_every_page_kind_has_a_typed_input_with_a_context() -> None:
    assert set(_args(pages.PageInput)) == set(pages.CONTEXTS)
    assert len(pages.CONTEXTS) >= 11


@pytest.mark.parametrize(
    ("tp", "name"), _fields(), ids=[f"{tp.__name__}.{name}" for tp, name in _fields()]
)
def test_changing_any_field_changes_the_key_and_makes_the_output_again(tp: type, name: str) -> None:
    value = sample(tp)
    hints = typing.get_type_hints(tp)
    changed = dataclasses.replace(value, **{name: different(getattr(value, name), hints[name])})
    assert changed != value
    assert input_key(changed, "salt") != input_key(value, "salt")

    made: list[str] = []

    def make() -> dict[str, bytes]:
        made.append("p.html")
        return {"p.html": b"x"}

    def output(input_: object) -> Output:
        return Output(("p.html",), input_, make)

    live = {"p.html": FileRecord(OutputPlan(salt="salt").key_of(value), "d", 1, 0, 0)}
    same = OutputPlan(live, "salt", workers=1)
    same.add(output(value))
    same.make_all()
    assert same.kept == live and made == []
    again = OutputPlan(live, "salt", workers=1)
    again.add(output(changed))
    again.make_all()
    assert again.kept == {} and made == ["p.html"] and again.files == {"p.html": b"x"}


def test_fieldless_inputs_differ_by_their_type() -> None:
    assert input_key(pages.NotFoundPage()) != input_key(Robots())
    assert input_key(pages.NotFoundPage()) == input_key(pages.NotFoundPage())


def test_the_salt_is_part_of_every_key() -> None:
    value = sample(pages.Page)
    assert input_key(value, "one") != input_key(value, "two")


def test_values_of_different_shape_have_different_keys() -> None:
    values = [
        ("a", 1),
        (1, "a"),
        ("a1",),
        ("a", "1"),
        (1,),
        (True,),
        (1.0,),
        (None,),
        ("None",),
        ((),),
        ((), ()),
        {"a": 1},
        {"a": "1"},
        (("a", 1),),
        "a\0b",
        ("a", "b"),
        Path("a"),
        "a",
        pages.NotFoundPage(),
        Robots(),
        (("a",), ("b",)),
        (("a", "b"),),
        ("('a', 'b')",),
        (_article("x"),),
        (_article("x"), "x"),
        ("Article:x",),
    ]
    keys = {input_key(v) for v in values}
    assert len(keys) == len(values)


def test_an_aware_datetime_keys_by_its_offset_too() -> None:
    from zoneinfo import ZoneInfo  # noqa: PLC0415

    utc = datetime(2026, 1, 1, 12, tzinfo=UTC)
    assert input_key(utc) != input_key(utc.astimezone(ZoneInfo("Europe/Riga")))


def test_a_teasers_digest_is_of_every_field_it_shows() -> None:
    """The digest (what a list page's key holds of an article) changes with each field a
    teaser shows, and is the hash of them all, in field order (as when it was computed
    field by field): a list page is made again exactly when what it shows changes."""
    image = Image("/i.jpg", "image/jpeg", 1234, 640, 480, ((320, "/i-320.jpg"),), "A caption")
    teaser = Teaser("T", "/s/", _WHEN, "en", "Summary.", "Ann", image)
    shown = tuple(getattr(teaser, f.name) for f in dataclasses.fields(Teaser) if f.init)
    assert len(shown) == 7
    expected = hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()
    assert teaser.digest == expected
    changed: tuple[Any, ...] = ("U", "/t/", _WHEN + timedelta(seconds=1), "lv", "O.", None, None)
    names = [f.name for f in dataclasses.fields(Teaser) if f.init]
    others = {
        dataclasses.replace(teaser, **{name: other}).digest
        for name, other in zip(names, changed, strict=True)
    }
    assert len(others) == 7
    assert teaser.digest not in others


def test_mappings_are_keyed_in_sorted_order() -> None:
    assert input_key({"a": 1, "b": 2}) == input_key({"b": 2, "a": 1})


@pytest.mark.parametrize(
    "value",
    [
        [1, 2],
        {1, 2},
        b"bytes",
        object(),
        pages.Page,
        lambda: None,
        frozenset(),
        (1, [2]),
        {"a": [1]},
        dataclasses.replace(_article("x"), digest=""),
    ],
)
def test_a_value_of_a_type_the_key_does_not_know_raises(value: object) -> None:
    with pytest.raises(TypeError):
        input_key(value)


_IN_ANOTHER_PROCESS = """
import sys
from tests.test_render_keys import sample
from site_builder.incremental.keys import input_key
from site_builder.render.pages import Page
print(input_key(sample(Page), "salt"))
"""


@pytest.mark.parametrize("seed", ["1", "12345"])
def test_the_same_input_has_the_same_key_in_another_process(seed: str) -> None:
    here = input_key(sample(pages.Page), "salt")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", _IN_ANOTHER_PROCESS],
        cwd=root,
        env={"PYTHONHASHSEED": seed, "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == here


_EXTRA = """---
title: Extra
date: 2026-01-05
mood: calm
rating: 4
---
Body text about the grid.
"""
_OVERRIDE = (
    '{% extends "default/article.html" %}{% block main %}'
    "<p id=x>{{ article.extra.mood }}/{{ article.extra.rating }}</p>"
    "<p id=y>{{ site.params.tagline }}</p>{{ super() }}{% endblock %}"
)


def _site_with(make_site: MakeSite, tagline: str) -> Path:
    return make_site(
        {
            "site.toml": 'title = "Test"\nbase_url = "https://t.example/"\ntheme_dir = "theme"\n'
            f'[params]\ntagline = "{tagline}"\nmenu = [{{ title = "Home" }}]\n',
            "content/extra.md": _EXTRA,
            "theme/article.html": _OVERRIDE,
        }
    )


def test_templates_see_article_extra_and_site_params(make_site: MakeSite) -> None:
    root = _site_with(make_site, "Calm news")
    _, result = build_root(root)
    page = result.files["extra/index.html"].decode()
    assert "<p id=x>calm/4</p>" in page
    assert "<p id=y>Calm news</p>" in page


def test_editing_a_param_renders_the_pages_again(make_site: MakeSite) -> None:
    root = _site_with(make_site, "Calm news")
    build_root(root)
    toml = (root / "site.toml").read_text("utf-8")
    (root / "site.toml").write_text(toml.replace("Calm news", "Loud news"), "utf-8")
    _, result = build_root(root)
    assert "<p id=y>Loud news</p>" in result.files["extra/index.html"].decode()
    assert "extra/index.html" not in result.kept


def test_free_form_values_are_frozen_and_thawed_as_written() -> None:
    raw = {"b": [1, {"c": "d"}], "a": {"x": (2, 3)}, "when": _WHEN, "odd": {1, 2}}
    table = frozen_table(raw)
    assert [k for k, _ in table.items] == ["a", "b", "odd", "when"]
    hash(table)
    assert input_key(table) == input_key(frozen_table(dict(reversed(raw.items()))))
    assert table.thawed() == {
        "a": {"x": [2, 3]},
        "b": [1, {"c": "d"}],
        "when": _WHEN,
        "odd": "{1, 2}",
    }


_RENDER_IMPORTS = """
import sys
import site_builder.render.feeds, site_builder.render.feedxml, site_builder.render.render
import site_builder.render.search, site_builder.render.sitemap, site_builder.render.sitepages
above = ("incremental", "publish", "pipeline", "app")
print(sorted(m for m in sys.modules if m.split(".")[1:2] and m.split(".")[1] in above
             and m.startswith("site_builder.")))
"""


def test_the_render_stage_loads_nothing_of_the_stages_above_it() -> None:
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", _RENDER_IMPORTS],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"
