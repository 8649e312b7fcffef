"""Leave-batch-out validation: how the classifier does on phrasings written by someone else.

Run: .venv/bin/python -m training.validate FILE [FILE ...] [--table] [--errors]
Trains the classifier as training.train_classifier does, on the development lines less the
given hand-written development files (names in tests/cleaning_corpus) and less any text
they hold, chooses the threshold as training does on what is left, and measures the whole
cleaner (rules, then the classifier) on the left-out files, per language. Every batch of
lines was written by one writer: cross-validation over lines mixes a writer's phrasings
into training and test, a left-out batch does not, so it is the development figure that
resembles a new writer's held-out batch. The rules were written on all development data,
so the figures of the whole cleaner flatter them; the classifier's own figures
("classifier") do not. Held-out files are refused.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from site_builder.cleaning.classifier import Model
from site_builder.cleaning.matcher import ruleset_for
from training.blas import pin_kernels
from training.corpus import WRITTEN, Line, dev
from training.train_classifier import _fit, choose_threshold, figures, training_lines


def main(argv: list[str]) -> int:
    left_out = {a for a in argv if not a.startswith("-")}
    if not left_out or any(WRITTEN.get(name) != "dev" for name in left_out):
        print("give development files of training.corpus.WRITTEN only")
        return 2
    pin_kernels()
    test = [line for line in dev() if line.origin in left_out]
    # A text of a left-out batch that another file also holds is left out of training too.
    tested = {line.text for line in test}
    train = [
        line for line in training_lines() if line.origin not in left_out and line.text not in tested
    ]
    threshold, _ = choose_threshold(train)
    bias, weights = _fit(train)
    model = Model(bias, weights, threshold)
    scored = []
    for line in test:
        verdict = model.verdict(line.text)
        scored.append(
            (
                verdict.probability if verdict else 0.0,
                ruleset_for(line.lang, classifier=False).match(line.text),
                line,
            )
        )
    print(f"trained on {len(train)} lines, threshold {threshold:.3f}; {len(test)} left out")
    by_lang: dict[str, list[tuple[float, object, Line]]] = defaultdict(list)
    for row in scored:
        by_lang[row[2].lang].append(row)
    thresholds = (0.5, 0.7, 0.8, 0.9, 0.95, threshold) if "--table" in argv else (threshold,)
    for lang in sorted(by_lang):
        rows = by_lang[lang]
        whole = [(p >= threshold or rule is not None, line) for p, rule, line in rows]
        print(f"{lang:3} cleaner {figures(whole)}")
        for t in thresholds:
            alone = [(p >= t, line) for p, _, line in rows]
            print(f"      classifier at {t:.3f} {figures(alone)}")
        if "--errors" in argv:
            for p, rule, line in rows:
                removed = p >= threshold or rule is not None
                if removed != line.drop:
                    kind = "FP" if removed else "FN"
                    print(f"    {kind} {p:.2f} {line.text[:100]!r}")
    whole = [(p >= threshold or rule is not None, line) for p, rule, line in scored]
    print(f"all cleaner {figures(whole)}")
    for t in thresholds:
        alone = [(p >= t, line) for p, _, line in scored]
        print(f"all classifier at {t:.3f} {figures(alone)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
