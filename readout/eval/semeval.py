"""SemEval-2021 Task 6, subtask 2: persuasion technique spans in meme texts, as a precision check of the rhetoric markers.

Memes are not news, so there is no floor; the point is to see how often a
marker the analyzer reports is a span annotators also marked. Scoring follows
the task's span measure (after SemEval-2020 Task 11): a predicted span earns
|overlap| / |predicted span| toward precision and |overlap| / |gold span|
toward recall when the techniques are the same, summed and divided by the
number of predicted and gold spans. The task's techniques that readout does
not mark (smears, glittering generalities, straw man, red herring, reductio ad
hitlerum, obfuscation) stay in the gold, so recall counts them as missed.
We also report technique-blind span F1 and micro P/R/F1 per technique.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from readout.eval.metrics import BenchmarkReport
from readout.eval.public import shared_eval_dir

DATA = Path("semeval2021-task6") / "dev_set_task2.txt"  # the check part: only scored
FIT_DATA = Path("semeval2021-task6") / "training_set_task2.txt"  # the fit part: read while writing cues and choosing thresholds

Labeled = tuple[str, int, int, str]  # (text id, start, end, technique label)


def rhetoric_pipeline():
    from readout.analyze import rhetoric  # noqa: F401  (registers the factory)
    from readout.analyze.nlp import load_corrected

    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric")
    return nlp


def analyzed(items: list[dict], nlp):
    """Each text through ``nlp``, as a doc that knows its meme's id."""
    from readout.model import Document

    docs = []
    for item in items:
        doc = nlp.make_doc(item["text"])
        doc._.readout_document = Document(id=str(item["id"]), source="semeval", text=item["text"])
        docs.append(doc)
    return nlp.pipe(docs)


def predict(items: list[dict], nlp) -> list[Labeled]:
    """Markers on each text, labelled with the SemEval technique names of the lexicon."""
    labels = nlp.get_pipe("readout_rhetoric").lexicon.labels
    out = []
    for doc in analyzed(items, nlp):
        for m in doc._.readout_rhetoric or ():
            out.append((doc._.readout_document.id, m.span.start, m.span.end, labels.get(m.technique, m.technique)))
    return out


def _overlap(a: Labeled, b: Labeled) -> int:
    return max(0, min(a[2], b[2]) - max(a[1], b[1])) if a[0] == b[0] else 0


def span_prf(predicted: list[Labeled], gold: list[Labeled], same_technique: bool = True) -> tuple[float, float, float]:
    """The task's partial-overlap precision, recall and F1."""
    gold_by_id: dict[str, list[Labeled]] = defaultdict(list)
    for g in gold:
        gold_by_id[g[0]].append(g)
    pred_by_id: dict[str, list[Labeled]] = defaultdict(list)
    for p in predicted:
        pred_by_id[p[0]].append(p)

    def credit(s: Labeled, others: list[Labeled]) -> float:
        size = max(1, s[2] - s[1])
        return min(1.0, sum(_overlap(s, t) for t in others if not same_technique or t[3] == s[3]) / size)

    precision = sum(credit(p, gold_by_id[p[0]]) for p in predicted) / len(predicted) if predicted else 0.0
    recall = sum(credit(g, pred_by_id[g[0]]) for g in gold) / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(path: Path | None = None, nlp=None, part: str = "both") -> BenchmarkReport:
    """The dev set (the check part, unsuffixed figures) and, on the default data, the training set (``*_fit``);
    ``part`` "fit" or "check" analyzes and scores only that one."""
    path = path or shared_eval_dir() / DATA
    nlp_is_shipped = nlp is None  # the bundled calibration: its cross-validated fit figure is reported too
    nlp = nlp or rhetoric_pipeline()
    metrics: dict[str, float] = {}
    weakest: list[str] = []
    if part != "fit":
        metrics, weakest = _score_dev(json.loads(path.read_text(encoding="utf-8")), nlp)
    fit_path = shared_eval_dir() / FIT_DATA
    if part != "check" and path == shared_eval_dir() / DATA and fit_path.is_file():  # the default run also scores the fit part
        fit_items = json.loads(fit_path.read_text(encoding="utf-8"))
        fit_gold = _gold(fit_items)
        fit_predicted = predict(fit_items, nlp)
        fp_, fr, ff = span_prf(fit_predicted, fit_gold)
        fpb, frb, ffb = span_prf(fit_predicted, fit_gold, same_technique=False)
        metrics.update({"span_precision_fit": round(fp_, 4), "span_recall_fit": round(fr, 4), "span_f1_fit": round(ff, 4), "span_precision_any_technique_fit": round(fpb, 4),
                        "span_recall_any_technique_fit": round(frb, 4), "span_f1_any_technique_fit": round(ffb, 4)})
        if nlp_is_shipped:  # the learned part held out: the figure to tune against (the in-sample one flatters it)
            from readout.eval.train_rhetoric import cross_validated_fit

            cp, cr, cf = cross_validated_fit(fit_items)
            metrics.update({"span_precision_fit_cv": round(cp, 4), "span_recall_fit_cv": round(cr, 4), "span_f1_fit_cv": round(cf, 4)})
    notes = ["meme texts, not news: a precision check of the rhetoric markers, no floor",
             "check part: the dev set (these figures); fit part: the training set (*_fit), read while writing cues"
             + ("" if part == "both" else f"; only the {part} part analyzed and scored"),
             "*_fit_cv: the fit part with the learned confidences, their setting, the choice of the lexicon entries written from the fit memes, "
             "the detectors' thresholds, the rated adjective's reach, the fewest memes a kind is learned from and the listed kinds switched off by their held-out precision (switches.off) held out (nested, 5 folds of memes); the rules' shapes, the gates' Wilson bound (z 0.5, one of five levels measured on the same folds) and train_rhetoric's other constants are in-sample",
             "techniques readout does not mark stay in the gold and count as missed"]
    return BenchmarkReport(name="semeval2021", data=str(path), metrics=metrics, notes=notes, weakest=weakest)


def _gold(items: list[dict]) -> list[Labeled]:
    """(meme id, start, end, technique) of every labelled span."""
    return [(str(i["id"]), lab["start"], lab["end"], lab["technique"]) for i in items for lab in i["labels"]]


def _score_dev(items: list[dict], nlp) -> tuple[dict[str, float], list[str]]:
    """The unsuffixed figures of the dev set (the check part), and its weakest techniques."""
    gold = _gold(items)
    predicted = predict(items, nlp)
    p, r, f = span_prf(predicted, gold)
    pb, rb, fb = span_prf(predicted, gold, same_technique=False)
    metrics = {
        "span_precision": round(p, 4), "span_recall": round(r, 4), "span_f1": round(f, 4),
        "span_precision_any_technique": round(pb, 4), "span_recall_any_technique": round(rb, 4), "span_f1_any_technique": round(fb, 4),
        "texts": float(len(items)), "gold_spans": float(len(gold)), "predicted_spans": float(len(predicted)),
    }
    per_technique = {}
    for technique in sorted({g[3] for g in gold} | {q[3] for q in predicted}):
        tp, tr, tf = span_prf([q for q in predicted if q[3] == technique], [g for g in gold if g[3] == technique])
        n_pred = sum(q[3] == technique for q in predicted)
        n_gold = sum(g[3] == technique for g in gold)
        per_technique[technique] = (tf, tp, n_pred, n_gold)
        metrics[f"f1 {technique}"] = round(tf, 4)
    weakest = [
        f"{t}: F1 {v[0]:.2f}, precision {v[1]:.2f} ({v[2]} predicted, {v[3]} gold)"
        for t, v in sorted(per_technique.items(), key=lambda kv: (kv[1][0], -kv[1][3]))
        if v[3] >= 5
    ][:5]
    return metrics, weakest
