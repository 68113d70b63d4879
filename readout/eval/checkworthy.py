"""CLEF 2019 CheckThat! Task 1: rank debate sentences by check-worthiness, scored by mean average precision.

The data (``checkworthy/CT19-T1-Training.csv``) has one row per debate line:
line number, speaker, text, label (1 = check-worthy), debate file. Each line
is run through the analyzer's claim scorer; the line's score is the highest of
its sentences. Lines are ranked per debate, average precision is computed per
debate and averaged (MAP, the task's official measure).

Fit and check: the debates are split once, with a fixed seed
(``readout.eval.splits.checkworthy_split``): 12 fit debates, on which the
learned model was trained and cross-validated (``readout.eval.train_claims``),
and 7 check debates, only scored. The report gives MAP on each part and on
all 19.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from readout.analyze import claims as claims_module
from readout.eval.metrics import BenchmarkReport
from readout.eval.public import shared_eval_dir

DATA = Path("checkworthy") / "CT19-T1-Training.csv"
PUBLISHED = {"best_2019_map_test": 0.166}


@dataclass(frozen=True)
class Line:
    debate: str
    number: int
    speaker: str
    text: str
    label: int


def read_lines(path: Path, debates: set[str] | None = None) -> list[Line]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lines = [
        Line(debate=r["file_name"], number=int(r["line_number"]), speaker=r["speaker"], text=r["text"], label=int(r["label"]))
        for r in rows
    ]
    return [line for line in lines if debates is None or line.debate in debates]


def average_precision(ranked_labels: list[int]) -> float:
    """Mean of precision at each relevant item's rank (0 when nothing is relevant)."""
    hits, total = 0, 0.0
    for rank, label in enumerate(ranked_labels, start=1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def claim_pipeline():
    """The base spaCy pipeline with the claim scorer (and rhetoric, whose markers it reads), keeping every sentence."""
    from readout.analyze import rhetoric  # noqa: F401  (registers the factory)
    from readout.analyze.nlp import load_corrected

    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric")
    nlp.add_pipe("readout_claims", config={"threshold": 0.0})
    return nlp


def line_features(lines: list[Line], nlp=None, batch_size: int = 256) -> list[dict[str, float]]:
    """The claim features of each line (its highest-scoring sentence), whatever the pipeline's claim threshold."""
    nlp = nlp or claim_pipeline()
    scorer = nlp.get_pipe("readout_claims")
    out = []
    for doc in nlp.pipe((line.text for line in lines), batch_size=batch_size):
        if scorer.threshold <= 0:  # every sentence is already a Claim with its features
            scored = [(c.score, c.features) for c in doc._.readout_claims or ()]
        else:
            scored = [(score, features) for _, _, score, features in claims_module.score_sentences(doc, scorer.cues)]
        best = max(scored, key=lambda s: s[0], default=None)
        out.append(dict(best[1]) if best else {"short": 1.0})
    return out


def mean_average_precision(lines: list[Line], scores: list[float]) -> dict[str, float]:
    """Average precision per debate (lines ranked by score, ties kept in debate order)."""
    by_debate: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
    for line, score in zip(lines, scores):
        by_debate[line.debate].append((score, line.number, line.label))
    result = {}
    for debate, items in sorted(by_debate.items()):
        ranked = sorted(items, key=lambda x: (-x[0], x[1]))
        result[debate] = average_precision([label for _, _, label in ranked])
    return result


def line_scores(lines: list[Line], nlp=None, batch_size: int = 256) -> list[float]:
    """The claim score of each line: its best sentence's, as the readout_claims component gives it."""
    nlp = nlp or claim_pipeline()
    scorer = nlp.get_pipe("readout_claims")
    out = []
    for doc in nlp.pipe((line.text for line in lines), batch_size=batch_size):
        if scorer.threshold <= 0:
            scores = [c.score for c in doc._.readout_claims or ()]
        else:
            scores = [score for _, _, score, _ in claims_module.score_sentences(doc, scorer.cues, scorer.model)]
        out.append(max(scores, default=0.0))
    return out


def _mean(values) -> float:
    values = list(values)
    return round(sum(values) / len(values), 4) if values else 0.0


def run(path: Path | None = None, nlp=None, debates: set[str] | None = None, part: str = "both") -> BenchmarkReport:
    """MAP over the debates (``debates``, default all); ``part`` "fit" or "check" scores only that part's debates
    (the unsuffixed figures and the weakest lines are then that part's)."""
    from readout.eval.splits import checkworthy_split

    path = path or shared_eval_dir() / DATA
    fit, check = checkworthy_split({line.debate for line in read_lines(path)})
    if part != "both":
        chosen = set(fit if part == "fit" else check)
        debates = chosen if debates is None else chosen & debates
    lines = read_lines(path, debates)
    nlp = nlp or claim_pipeline()
    model = nlp.get_pipe("readout_claims").model
    scores = line_scores(lines, nlp)
    per_debate = mean_average_precision(lines, scores)
    metrics = {"map": _mean(per_debate.values()), "debates": float(len(per_debate))}
    for label, names in (("map_fit", fit), ("map_check", check)):
        if any(d in per_debate for d in names):
            metrics[label] = _mean(per_debate[d] for d in names if d in per_debate)
    positives = [s for s, line in zip(scores, lines) if line.label]
    metrics["mean_score_checkworthy"] = round(sum(positives) / len(positives), 4) if positives else 0.0
    metrics["mean_score_other"] = round(sum(s for s, line in zip(scores, lines) if not line.label) / max(1, len(lines) - len(positives)), 4)
    weakest = [f"{d}: AP {per_debate[d]:.3f}" for d in sorted(per_debate, key=per_debate.get)[:3]]
    scorer = "learned model (readout/analyze/data/checkworthy-lr.json), trained on the fit debates and ClaimBuster" if model else "hand-set weights (claim_cues.json), no training"
    notes = [
        scorer,
        f"fit debates: {', '.join(fit)}",
        f"check debates (only scored): {', '.join(check)}",
    ]
    if part != "both":
        notes.append(f"only the {part} part's debates analyzed and scored")
    return BenchmarkReport(name="checkworthy", data=str(path), metrics=metrics, published=dict(PUBLISHED), notes=notes, weakest=weakest)
