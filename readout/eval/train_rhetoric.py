"""Learn the rhetoric markers' confidences: ``python -m readout.eval.train_rhetoric [--out FILE] [--limit N]``.

Data (read from ``../shared/eval/semeval2021-task6``, never copied): the
SemEval-2021 Task 6 subtask 2 training memes (``training_set_task2.txt``), the
*fit part* of the rhetoric benchmark. The dev memes (the check part) are not
read here; ``readout eval --benchmark semeval2021`` scores them afterwards.

Every meme is marked by the rhetoric component with calibration off (the
lexicon's confidences, every marker kept). Each marker earns the task's
same-technique credit (the share of its characters inside a gold span of its
technique). A kind of marker (technique and source, ``rhetoric_calibration.kind_of``)
gets the mean credit of its markers, shrunk toward the mean of all markers
by ``prior_weight`` pseudo-markers, so a kind seen twice is not judged by two
examples. Evidence is counted in memes, not markers: the markers of one meme
are one author's habit, not independent examples, and the folds are whole
memes too. Kinds seen on fewer than ``MIN_MEMES`` memes are not listed (they
keep the lexicon's confidence). A lexicon phrase seen on ``MIN_MEMES``
memes or more gets its own mean, shrunk toward its kind's by ``cue_weight``
pseudo-markers (or none, if cross-validation prefers). The weights and the line under which a
kind is not reported are chosen by cross-validation over memes (folds of
whole memes, seeded), scoring the task's same-technique span precision and
recall on the held-out memes: the most precise setting that keeps
``RECALL_KEPT`` of the recall of every marker (``choose``). The chosen setting
is then fitted on all fit memes and written to ``--out``. Scored after the
component's own deduplication, so a marker that a dropped one hid is not seen
here (``readout eval --benchmark semeval2021`` measures the real effect).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from readout.analyze.rhetoric_calibration import CALIBRATION_PATH, cue_of, kind_of
from readout.eval.public import shared_eval_dir
from readout.eval.semeval import FIT_DATA, analyzed, span_prf
from readout.eval.splits import SEED, folds

FOLDS = 5
MIN_MEMES = 3  # a kind or phrase seen on fewer memes keeps the lexicon's confidence
GRID_PRIOR_WEIGHT = (1.0, 2.0, 5.0)
GRID_CUE_WEIGHT = (None, 2.0, 5.0)  # None: no confidence per cue phrase
GRID_LINE = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
RECALL_KEPT = 0.98  # the chosen setting keeps at least this share of the cross-validated recall of every marker

Labeled = tuple[str, int, int, str]


@dataclass(frozen=True)
class Marked:
    """One marker on one meme, in the task's terms, with its kind and its same-technique credit."""

    item: Labeled
    kind: str
    credit: float
    cue: str | None = None  # "technique/cue phrase" for lexicon phrases (cue_of), else None


def calibration_pipeline():
    """spaCy's pipeline as readout reads it (lemmas corrected) and the rhetoric component with calibration off."""
    from readout.analyze import rhetoric  # noqa: F401  (registers the factory)
    from readout.analyze.nlp import load_corrected

    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric", config={"calibrate": False})
    return nlp


def mark(items: list[dict], nlp) -> tuple[list[Marked], list[Labeled]]:
    """(markers with their credit, gold spans) of the memes."""
    labels = nlp.get_pipe("readout_rhetoric").lexicon.labels
    gold = [(str(i["id"]), lab["start"], lab["end"], lab["technique"]) for i in items for lab in i["labels"]]
    gold_by_id: dict[str, list[Labeled]] = defaultdict(list)
    for g in gold:
        gold_by_id[g[0]].append(g)
    marked = []
    for doc in analyzed(items, nlp):
        name = doc._.readout_document.id
        for m in doc._.readout_rhetoric or ():
            item = (name, m.span.start, m.span.end, labels.get(m.technique, m.technique))
            marked.append(Marked(item, kind_of(m), span_prf([item], gold_by_id[name])[0], cue_of(m)))
    return marked, gold


def fit_kinds(marked: list[Marked], prior_weight: float) -> dict[str, dict]:
    """kind -> {markers, credit, confidence} for kinds seen on ``MIN_MEMES`` memes or more."""
    if not marked:
        return {}
    prior = sum(m.credit for m in marked) / len(marked)
    by_kind: dict[str, list[Marked]] = defaultdict(list)
    for m in marked:
        by_kind[m.kind].append(m)
    return {
        kind: {"markers": len(ms), "credit": round(sum(m.credit for m in ms), 2),
               "confidence": round((sum(m.credit for m in ms) + prior_weight * prior) / (len(ms) + prior_weight), 2)}
        for kind, ms in sorted(by_kind.items()) if _memes(ms) >= MIN_MEMES
    }


def _memes(marked: list[Marked]) -> int:
    """On how many memes these markers stand: the unit of evidence (one meme's markers are one author's habit)."""
    return len({m.item[0] for m in marked})


def fit_cues(marked: list[Marked], kinds: dict[str, dict], cue_weight: float | None) -> dict[str, dict]:
    """technique/cue phrase -> {markers, credit, confidence} for lexicon phrases seen on ``MIN_MEMES`` memes or
    more, shrunk toward their kind's confidence by ``cue_weight`` pseudo-markers (None: no cue is listed)."""
    if cue_weight is None:
        return {}
    by_cue: dict[str, list[Marked]] = defaultdict(list)
    for m in marked:
        if m.cue is not None and m.kind in kinds:
            by_cue[m.cue].append(m)
    return {
        cue: {"markers": len(ms), "credit": round(sum(m.credit for m in ms), 2),
              "confidence": round((sum(m.credit for m in ms) + cue_weight * kinds[ms[0].kind]["confidence"]) / (len(ms) + cue_weight), 2)}
        for cue, ms in sorted(by_cue.items()) if _memes(ms) >= MIN_MEMES
    }


def kept(marked: list[Marked], kinds: dict[str, dict], line: float, cues: dict[str, dict] | None = None) -> list[Labeled]:
    """The markers a calibration reports (kinds it does not list are kept)."""
    cues = cues or {}
    out = []
    for m in marked:
        spec = cues.get(m.cue) or kinds.get(m.kind)
        if spec is None or spec["confidence"] >= line:
            out.append(m.item)
    return out


def held_out(marked: list[Marked], gold: list[Labeled], parts: list[set[str]], weight: float, cue_weight: float | None,
             line: float) -> tuple[float, float, float]:
    """Mean (precision, recall, F1) over the held-out memes of each fold, the calibration fitted on the other folds."""
    scores = []
    for held in parts:
        train = [m for m in marked if m.item[0] not in held]
        kinds = fit_kinds(train, weight)
        predicted = kept([m for m in marked if m.item[0] in held], kinds, line, fit_cues(train, kinds, cue_weight))
        scores.append(span_prf(predicted, [g for g in gold if g[0] in held]))
    return tuple(sum(s[i] for s in scores) / len(scores) for i in range(3))


def cross_validate(marked: list[Marked], gold: list[Labeled], names: list[str], k: int = FOLDS,
                   seed: int = SEED) -> dict[tuple, tuple[float, float, float]]:
    """(prior weight, cue weight, line) -> mean (precision, recall, F1) over the held-out folds."""
    parts = [set(p) for p in folds(names, k, seed) if p]
    return {(weight, cue_weight, line): held_out(marked, gold, parts, weight, cue_weight, line)
            for weight in GRID_PRIOR_WEIGHT for cue_weight in GRID_CUE_WEIGHT for line in GRID_LINE}


def nested_held_out(marked: list[Marked], gold: list[Labeled], names: list[str], k: int = FOLDS,
                    seed: int = SEED) -> tuple[float, float, float]:
    """Mean (precision, recall, F1) over the held-out memes of each fold, with the setting (weights and line) chosen
    by ``choose`` on a cross-validation of the other folds alone, then fitted on them. The held-out memes take no part
    in choosing the setting, so this figure carries no selection bias: choosing the most precise of the grid's
    settings on the same folds it is scored on (``cross_validate``) flatters the winner."""
    scores = []
    for held in [set(p) for p in folds(names, k, seed) if p]:
        train = [m for m in marked if m.item[0] not in held]
        weight, cue_weight, line = choose(cross_validate(train, [g for g in gold if g[0] not in held], [n for n in names if n not in held], k, seed))
        kinds = fit_kinds(train, weight)
        predicted = kept([m for m in marked if m.item[0] in held], kinds, line, fit_cues(train, kinds, cue_weight))
        scores.append(span_prf(predicted, [g for g in gold if g[0] in held]))
    return tuple(sum(s[i] for s in scores) / len(scores) for i in range(3))


def nested_spread(marked: list[Marked], gold: list[Labeled], names: list[str], repeats: int) -> list[tuple[int, tuple[float, float, float]]]:
    """(seed, ``nested_held_out``) for ``repeats`` assignments of the memes to folds: the shipped seed first, then 1, 2, ...
    The nested figure is computed on one assignment; with 688 memes and a grid of settings chosen inside each fold, one
    marker more or less moves it by about half a point, and so does the assignment. Its spread over assignments
    (repeated nested cross-validation) is the noise any fit-to-check gap is to be read against."""
    seeds = [SEED] + [s for s in range(1, repeats + 1) if s != SEED][: repeats - 1]
    return [(seed, nested_held_out(marked, gold, names, seed=seed)) for seed in seeds]


def cross_validated_fit(items: list[dict]) -> tuple[float, float, float]:
    """The fit part's figure as a held-out one (``nested_held_out``): the whole training procedure, choice of the
    setting included, run on four fifths of the memes and scored on the fifth left out, fold by fold. Still
    optimistic in one way: the detectors' own rules were written from all fit memes and are not refitted."""
    marked, gold = mark(items, calibration_pipeline())
    return nested_held_out(marked, gold, sorted({str(i["id"]) for i in items}))


def choose(table: dict[tuple, tuple[float, float, float]]) -> tuple:
    """The most precise setting that keeps ``RECALL_KEPT`` of the recall of every marker (line 0); ties: the lower line.
    Not the best F1: recall on memes is low by design (many techniques are not marked), so F1 barely moves with
    precision, and every false alarm is a line an analyst must strike out."""
    floor = RECALL_KEPT * max(r for key, (_, r, _) in table.items() if key[-1] == 0.0)
    allowed = [key for key, (_, r, _) in table.items() if r >= floor]
    return max(allowed, key=lambda key: (round(table[key][0], 4), -key[-1], key[1] is None, -(key[1] or 0), -key[0]))


def run(data: Path | None = None, limit: int | None = None, log=print) -> dict:
    path = (data or shared_eval_dir()) / FIT_DATA
    items = json.loads(path.read_text(encoding="utf-8"))[:limit]
    marked, gold = mark(items, calibration_pipeline())
    names = sorted({str(i["id"]) for i in items})
    table = cross_validate(marked, gold, names)
    for (weight, cue_weight, line), (p, r, f) in table.items():
        log(f"  cv prior_weight={weight:g} cue_weight={cue_weight} line={line:g}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    weight, cue_weight, line = choose(table)
    baseline = span_prf([m.item for m in marked], gold)
    kinds = fit_kinds(marked, weight)
    cues = fit_cues(marked, kinds, cue_weight)
    after = span_prf(kept(marked, kinds, line, cues), gold)
    cv_p, cv_r, cv_f = table[(weight, cue_weight, line)]
    cv_p0, cv_r0, cv_f0 = table[(weight, cue_weight, 0.0)]
    nested = nested_held_out(marked, gold, names)
    about = (
        "Confidence of each kind of rhetoric marker (technique/source) = the mean same-technique span credit of its markers "
        "on the SemEval-2021 Task 6 subtask 2 training memes (training_set_task2.txt, the fit part of the rhetoric benchmark, "
        f"{len(items)} memes, as copied into ../shared/eval/semeval2021-task6), shrunk toward the mean of all markers by "
        f"{weight:g} pseudo-markers; kinds seen on fewer than {MIN_MEMES} memes are not listed and keep the lexicon's confidence. "
        + (f"Lexicon phrases seen on {MIN_MEMES} or more memes (cues) get their own mean, shrunk toward their kind's by {cue_weight:g} pseudo-markers. "
           if cue_weight is not None else "")
        + f"Markers of a kind (or cue) below min_confidence are not reported. Prior weight, cue weight and line chosen by {FOLDS}-fold "
        f"cross-validation over memes (seed {SEED}) as the most precise setting keeping {RECALL_KEPT:.0%} of the recall of every marker: same-technique span P/R/F1 {cv_p:.3f} / {cv_r:.3f} / {cv_f:.3f} against "
        f"{cv_p0:.3f} / {cv_r0:.3f} / {cv_f0:.3f} with every marker kept (same weights); with the setting also chosen inside each fold "
        f"(nested cross-validation, the figure without selection bias) {nested[0]:.3f} / {nested[1]:.3f} / {nested[2]:.3f}. Made by `python -m readout.eval.train_rhetoric`; "
        "the dev memes (check part) were not read."
    )
    return {
        "about": about,
        "min_confidence": line,
        "prior_weight": weight,
        "cue_weight": cue_weight,
        "fit": {"before": [round(x, 4) for x in baseline], "after": [round(x, 4) for x in after],
                "cv_before": [round(x, 4) for x in (cv_p0, cv_r0, cv_f0)], "cv_after": [round(x, 4) for x in (cv_p, cv_r, cv_f)],
                "nested_cv": [round(x, 4) for x in nested]},
        "kinds": kinds,
        "cues": cues,
    }


def print_spread(data: Path | None, limit: int | None, repeats: int) -> int:
    """The nested figure per fold assignment (``nested_spread``), then its mean, standard deviation and range."""
    items = json.loads(((data or shared_eval_dir()) / FIT_DATA).read_text(encoding="utf-8"))[:limit]
    marked, gold = mark(items, calibration_pipeline())
    runs = nested_spread(marked, gold, sorted({str(i["id"]) for i in items}), repeats)
    precisions = [p for _, (p, _, _) in runs]
    for seed, (p, r, f) in runs:
        print(f"seed {seed}: nested P {p:.4f} R {r:.4f} F1 {f:.4f}")
    sd = statistics.stdev(precisions) if len(precisions) > 1 else 0.0
    print(f"nested P over {len(runs)} assignments: mean {statistics.mean(precisions):.4f}, sd {sd:.4f}, "
          f"range {min(precisions):.4f}-{max(precisions):.4f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CALIBRATION_PATH, help="where to write the calibration (default: the bundled one)")
    parser.add_argument("--data", type=Path, default=None, help="the shared eval folder (default ../shared/eval)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N training memes")
    parser.add_argument("--spread", type=int, default=0, metavar="N",
                        help="print the nested figure over N assignments of memes to folds (repeated nested CV); writes nothing")
    args = parser.parse_args(argv)
    if args.spread:
        return print_spread(args.data, args.limit, args.spread)
    result = run(args.data, args.limit, log=lambda s: print(s, file=sys.stderr))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({"min_confidence": result["min_confidence"], "prior_weight": result["prior_weight"], "cue_weight": result["cue_weight"],
                      "fit": result["fit"], "kinds": len(result["kinds"]), "cues": len(result["cues"]), "out": str(args.out)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
