"""Measure the whole cleaner (rules, then classifier) on the labelled line corpus.

Run: .venv/bin/python -m training.evaluate
    [heldout|heldout-2|...|heldout-11|heldout-all|reserve|dev] [--rules-only]
    [--errors] [--benchmark-labels]  (held-out: the benchmarks' own labels, not the audit's)
Prints, per language, precision (boilerplate removed that really was boilerplate, over all
lines of the split: hand-written and external) and recall (share of the hand-written
boilerplate lines removed), then the external lines' recall, which is reported and not
gated: the benchmarks' boilerplate includes headlines of other articles and names that no
line cleaner can tell from article text without the page around them. Only figures are
printed, never the held-out lines themselves: ``--errors`` (the development split only)
lists the development lines removed wrongly, with the rule or classifier score that removed
them, and the hand-written boilerplate lines kept. ``heldout-all`` pools every hand-written
held-out batch after the first: per language, as issue 14 states its floors, on ten times
the lines of one batch (in which one line moves a language's precision by about 0.03).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass

from site_builder.cleaning.matcher import RuleSet, ruleset_for
from training.corpus import Line, dev, heldout, heldout_batch, heldout_batches

LANGUAGES = ("en", "lv", "ru", "uk", "de", "fr", "es", "pl", "it", "pt", "nl", "lt", "et")
POOLED = "heldout-all"


@dataclass(frozen=True)
class Figures:
    lang: str
    precision: float
    recall: float
    external_recall: float
    lines: int
    drops: int

    def row(self) -> str:
        return (
            f"{self.lang:3} precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"(lines {self.lines}, boilerplate {self.drops}; "
            f"external recall {self.external_recall:.3f})"
        )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def figures(lines: Iterable[Line], lang: str, rules: RuleSet) -> Figures:
    subset = [line for line in lines if line.lang == lang]
    removed = [rules.match(line.text) is not None for line in subset]
    tp = sum(1 for line, r in zip(subset, removed, strict=True) if r and line.drop)
    fp = sum(1 for line, r in zip(subset, removed, strict=True) if r and not line.drop)
    written = [
        (line, r) for line, r in zip(subset, removed, strict=True) if line.drop and line.written
    ]
    external = [
        (line, r) for line, r in zip(subset, removed, strict=True) if line.drop and not line.written
    ]
    return Figures(
        lang,
        _ratio(tp, tp + fp),
        _ratio(sum(r for _, r in written), len(written)),
        _ratio(sum(r for _, r in external), len(external)),
        len(subset),
        len(written),
    )


def all_figures(split: str, *, classifier: bool = True, audit: bool = True) -> list[Figures]:
    """Per language; ``audit``: held-out lines with the audit's labels (corpus.AUDITS)."""
    if split == POOLED:
        lines: tuple[Line, ...] = tuple(
            line for batch in heldout_batches() for line in heldout_batch(batch)
        )
    elif split.startswith("heldout-") or split == "reserve":
        lines = heldout_batch(split)
    else:
        lines = heldout(audit=audit) if split == "heldout" else dev()
    return [figures(lines, lang, ruleset_for(lang, classifier=classifier)) for lang in LANGUAGES]


def errors(lang: str, rules: RuleSet) -> list[str]:
    """The development lines of one language that the cleaner gets wrong (never held out)."""
    rows = []
    for line in dev():
        if line.lang != lang:
            continue
        found = rules.match(line.text)
        if found is not None and not line.drop:
            rows.append(f"    FP {found.rule.name} [{found.rule.reason[:40]}] {line.text[:100]!r}")
        elif found is None and line.drop and line.written:
            rows.append(f"    FN {line.origin[:22]} {line.text[:100]!r}")
    return rows


def main(argv: list[str]) -> int:
    split = next((a for a in argv if not a.startswith("-")), "heldout")
    classifier = "--rules-only" not in argv
    if "--errors" in argv and split != "dev":
        print("--errors lists development lines only: held-out lines are never shown")
        return 2
    audit = "--benchmark-labels" not in argv
    labels = "" if split != "heldout" else (", audited labels" if audit else ", benchmark labels")
    print(f"{split} figures ({'rules + classifier' if classifier else 'rules only'}{labels}):")
    for row in all_figures(split, classifier=classifier, audit=audit):
        print(row.row())
        if "--errors" in argv:
            print("\n".join(errors(row.lang, ruleset_for(row.lang, classifier=classifier))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
