"""The rules' regexes, compiled with what each match must contain: the one module that uses
``re``'s internals (its parser, its code generator, its C engine ``_sre``).

A rule's regex is a long alternation of phrases in many languages; running them all on
every line was most of the cleaning time. The parse tree tells which literal strings every
match contains at least one of (its *needs*): a line that holds none of them cannot
match, which one pass of an Aho-Corasick automaton over the line tells for every rule at
once (see ``Screen``). Literals and lines are compared case-folded as ``re.IGNORECASE``
compares characters (``fold``), so the screen never turns away a line the regex matches.

Anything unexpected from the internals (another Python) means plain ``re.compile`` and no
needs: slower, never different."""

from __future__ import annotations

import importlib
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick

FLAGS = re.IGNORECASE
# Shorter needed literals screen out too few lines to be worth looking for.
MIN_NEED_CHARS = 3
# The arguments _sre.compile takes after the source (what re.compile hands it), the code
# packed as 32-bit words: a rule's code as a list of ints takes ten times the memory, and
# the build cache keeps the code of every rule (see incremental.rulestore).
Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Needs = frozenset[str] | None


def _private(name: str) -> Any:
    """A module of re's internals (no type stubs: typed as Any)."""
    return importlib.import_module(name)


@dataclass(frozen=True)
class Compiled:
    """A regex, the code it was compiled to (None: compiled by re itself) and its needs."""

    pattern: re.Pattern[str]
    code: Code | None
    needs: Needs


def compile_rule(source: str) -> Compiled:
    """``re.compile(source, FLAGS)``, and the literals every match contains one of."""
    try:
        flags = int(FLAGS)  # as re.compile does: the enum's own "&" is slow
        parsed = _private("re._parser").parse(source, flags)
        code = _private("re._compiler")._code(parsed, flags)
        state = parsed.state
        index: list[str | None] = [None] * state.groups
        for name, number in state.groupdict.items():
            index[number] = name
        args: Code = (
            flags | state.flags,
            array("I", code).tobytes(),
            state.groups - 1,
            dict(state.groupdict),
            tuple(index),
        )
        return Compiled(from_code(source, args), args, _needs(parsed))
    except Exception:
        return Compiled(re.compile(source, FLAGS), None, None)


def from_code(source: str, code: Code) -> re.Pattern[str]:
    """The regex ``compile_rule`` compiled ``source`` to, from its code (a ValueError or
    RuntimeError if the engine refuses the code)."""
    flags, words, groups, names, indexes = code
    pattern: re.Pattern[str] = _private("_sre").compile(
        source, flags, array("I", words).tolist(), groups, names, indexes
    )
    return pattern


def engine_version() -> int:
    """The C engine's version: compiled code is only valid for the one that made it."""
    return int(_private("_sre").MAGIC)


def _look_alikes() -> tuple[re.Pattern[str], dict[str, str]]:
    """The lower-case characters re.IGNORECASE takes for another one (dotless ı for i,
    long ſ for s, ...), each to the one ``fold`` keeps, and a regex that finds them."""
    extra: dict[int, tuple[int, ...]] = _private("re._casefix")._EXTRA_CASES
    chosen = {chr(c): chr(min((c, *others))) for c, others in extra.items()}
    chosen = {c: kept for c, kept in chosen.items() if c != kept}
    return re.compile("[" + "".join(map(re.escape, chosen)) + "]"), chosen


_LOOK_ALIKE, _KEPT = _look_alikes()


def fold(text: str) -> str:
    """``text`` as re.IGNORECASE compares it: each character's simple lower case, and of
    characters it takes for one another, always the same one."""
    if text.isascii():  # i and s have their look-alikes outside ASCII
        return text.lower()
    # str.lower() is the simple lower case but for İ (two characters: i and a dot).
    lowered = text.replace("İ", "i").lower()
    if _LOOK_ALIKE.search(lowered) is None:
        return lowered
    return _LOOK_ALIKE.sub(lambda m: _KEPT[m.group()], lowered)


def _needs(items: Iterable[tuple[Any, Any]]) -> Needs:
    """Literals (folded) one of which every match of this part of a parse tree contains;
    None when there is no such set (or only one of too short literals)."""
    constants = _private("re._constants")
    repeats = (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT)
    found: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            found.append(frozenset({fold("".join(run))}))
            run.clear()

    for op, value in items:
        if op is constants.LITERAL:
            run.append(chr(value))
            continue
        end_run()
        inner: Needs = None
        if op is constants.SUBPATTERN:
            inner = _needs(value[3])
        elif op is constants.ATOMIC_GROUP:
            inner = _needs(value)
        elif op is constants.BRANCH:
            branches = [_needs(branch) for branch in value[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*(b for b in branches if b is not None))
        elif op in repeats and value[0] >= 1:
            inner = _needs(value[2])
        if inner:
            found.append(inner)
        # Anything else (a character set, an assertion, "any character") needs nothing.
    end_run()
    useful = [f for f in found if min(map(len, f)) >= MIN_NEED_CHARS]
    if not useful:
        return None
    return max(useful, key=lambda f: (min(map(len, f)), -len(f)))


class Screen:
    """Which of a list of regexes a line may match, from their needs, in one pass."""

    def __init__(self, needs: Sequence[Needs]) -> None:
        self.unscreened = frozenset(i for i, n in enumerate(needs) if n is None)
        by_literal: dict[str, list[int]] = {}
        for i, literals in enumerate(needs):
            for literal in literals or ():
                by_literal.setdefault(literal, []).append(i)
        self.automaton: Any = ahocorasick.Automaton()
        for literal, indices in by_literal.items():
            self.automaton.add_word(literal, tuple(indices))
        if by_literal:
            self.automaton.make_automaton()
        self.empty = not by_literal

    def candidates(self, line: str) -> list[int]:
        """The positions of the regexes that may match ``line``, in order (the others
        cannot)."""
        if self.empty:
            return sorted(self.unscreened)
        found = {i for _, indices in self.automaton.iter(fold(line)) for i in indices}
        return sorted(self.unscreened.union(found))
