"""Train the check-worthiness model: ``python -m readout.eval.train_claims [--out FILE]``.

Data (read from ``../shared/eval/checkworthy``, never copied):
  - CLEF 2019 CheckThat! Task 1 training debates (``CT19-T1-Training.csv``), *fit
    debates only*: the check debates (``splits.checkworthy_split``, seeded) are
    left out of training and of every choice made here, and only scored at the end;
  - ClaimBuster's ``kfold_25ncs.json`` sentences, less any whose text also occurs
    in a check debate.

Each line (or ClaimBuster sentence) is parsed by spaCy (lemmas corrected) plus
the rhetoric component, and turned into binary features
(``readout.analyze.claim_model.span_features``). A logistic regression with an
L2 penalty is fitted by full-batch gradient descent (Adam, fixed number of
steps, zero start: no randomness). The penalty and the weight of the
ClaimBuster sentences are chosen by cross-validation over the fit debates
(folds of whole debates, seeded), scoring mean average precision per debate as
the task does. The chosen setting is then fitted on all fit debates plus
ClaimBuster and written to ``--out``; the report gives the cross-validated MAP
(fit part) and the MAP on the check debates (check part).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from readout.analyze.claim_model import MODEL_PATH, ClaimModel, span_features
from readout.eval.checkworthy import DATA, Line, mean_average_precision, read_lines
from readout.eval.public import shared_eval_dir
from readout.eval.splits import SEED, checkworthy_split, folds

CLAIMBUSTER = Path("checkworthy") / "kfold_25ncs.json"
GRID_L2 = (3e-4, 1e-3)
GRID_CLAIMBUSTER_WEIGHT = (1.0, 2.0)
STEPS = 300
MIN_COUNT = 2
THRESHOLD = 0.5  # a sentence scoring this or more is reported as a claim


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def read_claimbuster(path: Path, exclude: set[str]) -> list[tuple[str, int]]:
    """(text, label) of ClaimBuster sentences whose normalized text is not in ``exclude``."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [(r["text"], int(r["label"])) for r in rows if r.get("text") and _norm(r["text"]) not in exclude]


def feature_pipeline():
    """spaCy's pipeline as readout reads it (lemmas corrected) plus the rhetoric markers the claim features read."""
    from readout.analyze import rhetoric  # noqa: F401  (registers the factory)
    from readout.analyze.nlp import load_corrected

    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric")
    return nlp


def text_features(texts: list[str], nlp=None, batch_size: int = 256) -> list[dict[str, float]]:
    """The model features of each text, taken as one span (a debate line may hold several sentences)."""
    from readout.analyze.claims import CUES_PATH, load_cues, sentence_features
    from readout.analyze.rhetoric import token_keys

    nlp = nlp or feature_pipeline()
    cues = load_cues(str(CUES_PATH), nlp.tokenizer)
    out = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        span = doc[:]
        out.append(span_features(span, sentence_features(span, cues, token_keys(doc))) if len(doc) else {})
    return out


@dataclass
class Matrix:
    """Sparse rows as flat arrays: entry i is (rows[i], cols[i], vals[i])."""

    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray
    n: int


def vocabulary(features: list[dict[str, float]], min_count: int = MIN_COUNT) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in features:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    kept = sorted(name for name, c in counts.items() if c >= min_count)
    return {name: i for i, name in enumerate(kept)}


def to_matrix(features: list[dict[str, float]], vocab: dict[str, int]) -> Matrix:
    rows, cols, vals = [], [], []
    for i, row in enumerate(features):
        for name, value in row.items():
            j = vocab.get(name)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(value)
    return Matrix(np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(vals, dtype=np.float64), len(features))


def fit_logistic(x: Matrix, y: np.ndarray, sample_weight: np.ndarray, dims: int, l2: float, steps: int = STEPS, rate: float = 0.05) -> tuple[float, np.ndarray]:
    """(bias, weights) minimizing weighted log loss + l2/2 * |w|^2, by Adam from zero."""
    w = np.zeros(dims)
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros(dims), np.zeros(dims), 0.0, 0.0
    total = sample_weight.sum()
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        z = b + np.bincount(x.rows, weights=w[x.cols] * x.vals, minlength=x.n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * sample_weight / total
        g_w = np.bincount(x.cols, weights=err[x.rows] * x.vals, minlength=dims) + l2 * w
        g_b = err.sum()
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        correction1, correction2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (m_w / correction1) / (np.sqrt(v_w / correction2) + eps)
        b -= rate * (m_b / correction1) / (np.sqrt(v_b / correction2) + eps)
    return float(b), w


def train(features: list[dict[str, float]], labels: list[int], weights: list[float], l2: float, steps: int = STEPS) -> ClaimModel:
    vocab = vocabulary(features)
    bias, w = fit_logistic(to_matrix(features, vocab), np.array(labels, dtype=np.float64), np.array(weights), len(vocab), l2, steps)
    return ClaimModel(bias=bias, weights={name: float(w[j]) for name, j in vocab.items()})


def calibrate(model: ClaimModel, features: list[dict[str, float]]) -> tuple[ClaimModel, float]:
    """The model with its bias shifted so that as many of these texts reach THRESHOLD as with the hand-set weights.

    Keeps the scale the rest of readout reads claim scores on (the brief's
    cut-offs); returns the model and the share of texts at or above THRESHOLD.
    """
    from readout.analyze.claims import CUES_PATH, score_features

    weights = json.loads(CUES_PATH.read_text(encoding="utf-8"))["weights"]
    hand = [score_features({k[2:]: v for k, v in f.items() if k.startswith("f:")}, weights) for f in features]
    share = sum(s >= THRESHOLD for s in hand) / len(hand) if hand else 0.0
    logits = sorted((model.bias + sum(model.weights.get(k, 0.0) * v for k, v in f.items()) for f in features), reverse=True)
    count = max(1, round(share * len(logits)))
    cut = logits[min(count, len(logits)) - 1]  # the lowest logit that should still reach THRESHOLD
    shift = math.log(THRESHOLD / (1 - THRESHOLD)) - cut + 1e-6
    return ClaimModel(bias=model.bias + shift, weights=model.weights, about=model.about, threshold=THRESHOLD), share


def debate_map(model: ClaimModel, lines: list[Line], features: list[dict[str, float]]) -> float:
    per_debate = mean_average_precision(lines, [model.score(f) for f in features])
    return sum(per_debate.values()) / len(per_debate) if per_debate else 0.0


@dataclass
class Result:
    model: ClaimModel
    l2: float
    claimbuster_weight: float
    cv_map: float
    check_map: float
    cv_table: dict[str, float]
    fit_debates: list[str]
    check_debates: list[str]
    claimbuster_sentences: int


def run(data_dir: Path | None = None, limit: int | None = None, steps: int = STEPS, k: int = 4,
        grid_l2=GRID_L2, grid_cb=GRID_CLAIMBUSTER_WEIGHT, nlp=None, log=print) -> Result:
    """Cross-validate on the fit debates, fit the chosen setting, score the check debates.

    ``limit`` keeps only the first lines of every debate and of ClaimBuster (for tests).
    """
    data_dir = data_dir or shared_eval_dir()
    lines = read_lines(data_dir / DATA)
    fit_debates, check_debates = checkworthy_split({line.debate for line in lines})
    if limit:
        kept: dict[str, int] = {}
        lines = [line for line in lines if (kept.__setitem__(line.debate, kept.get(line.debate, 0) + 1) or kept[line.debate]) <= limit]
    check_texts = {_norm(line.text) for line in lines if line.debate in check_debates}
    claimbuster = read_claimbuster(data_dir / CLAIMBUSTER, check_texts)[: limit or None]
    log(f"parsing {len(lines)} debate lines and {len(claimbuster)} ClaimBuster sentences")
    nlp = nlp or feature_pipeline()
    line_feats = text_features([line.text for line in lines], nlp)
    cb_feats = text_features([t for t, _ in claimbuster], nlp)
    return select_and_fit(lines, line_feats, cb_feats, [label for _, label in claimbuster], fit_debates, check_debates,
                          steps=steps, k=k, grid_l2=grid_l2, grid_cb=grid_cb, log=log)


def select_and_fit(lines: list[Line], line_feats: list[dict[str, float]], cb_feats: list[dict[str, float]], cb_labels: list[int],
                   fit_debates: list[str], check_debates: list[str], steps: int = STEPS, k: int = 4,
                   grid_l2=GRID_L2, grid_cb=GRID_CLAIMBUSTER_WEIGHT, log=print) -> Result:
    """Cross-validation over the fit debates, then the chosen setting fitted on all of them and scored on the check debates."""
    fit_idx = [i for i, line in enumerate(lines) if line.debate in fit_debates]
    check_idx = [i for i, line in enumerate(lines) if line.debate in check_debates]

    def training_set(debates: set[str], cb_weight: float):
        idx = [i for i in fit_idx if lines[i].debate in debates]
        return ([line_feats[i] for i in idx] + cb_feats, [lines[i].label for i in idx] + cb_labels,
                [1.0] * len(idx) + [cb_weight] * len(cb_feats))

    cv_table: dict[str, float] = {}
    parts = [p for p in folds(fit_debates, k) if p]
    for l2 in grid_l2:
        for cb_weight in grid_cb:
            maps = []
            for held in parts:
                model = train(*training_set(set(fit_debates) - set(held), cb_weight), l2=l2, steps=steps)
                idx = [i for i in fit_idx if lines[i].debate in held]
                maps.append(debate_map(model, [lines[i] for i in idx], [line_feats[i] for i in idx]))
            cv_table[f"l2={l2:g} claimbuster_weight={cb_weight:g}"] = round(sum(maps) / len(maps), 4)
            log(f"  cv l2={l2:g} claimbuster_weight={cb_weight:g}: MAP {cv_table[f'l2={l2:g} claimbuster_weight={cb_weight:g}']:.4f}")
    best = max(cv_table, key=cv_table.get)
    l2 = float(best.split()[0].split("=")[1])
    cb_weight = float(best.split()[1].split("=")[1])
    model = train(*training_set(set(fit_debates), cb_weight), l2=l2, steps=steps)
    model, share = calibrate(model, [line_feats[i] for i in fit_idx])
    check_map = debate_map(model, [lines[i] for i in check_idx], [line_feats[i] for i in check_idx])
    about = (
        "Logistic regression for check-worthiness, made by `python -m readout.eval.train_claims` "
        f"(seed {SEED}, {steps} Adam steps from zero, l2 {l2:g}, ClaimBuster weight {cb_weight:g}, features seen at least {MIN_COUNT} times). "
        "Trained on the CLEF 2019 CheckThat! Task 1 training debates of the fit part "
        f"({', '.join(fit_debates)}) and ClaimBuster's kfold_25ncs.json sentences (utaresearch/claimbuster-spotter), "
        "less those whose text is in a check debate; both as copied into ../shared/eval/checkworthy. "
        f"The bias is shifted so that, as with the hand-set weights, {share:.1%} of the fit debate lines score {THRESHOLD} or more "
        "(a shift changes no ranking). "
        f"Cross-validated MAP over the fit debates {cv_table[best]:.4f}; MAP on the check debates ({', '.join(check_debates)}) {check_map:.4f}."
    )
    model = ClaimModel(bias=model.bias, weights=model.weights, about=about, threshold=THRESHOLD)
    return Result(model, l2, cb_weight, cv_table[best], check_map, cv_table, fit_debates, check_debates, len(cb_feats))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model (default: the bundled one)")
    parser.add_argument("--data", type=Path, default=None, help="the shared eval folder (default ../shared/eval)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N lines of each debate and of ClaimBuster")
    parser.add_argument("--steps", type=int, default=STEPS)
    args = parser.parse_args(argv)
    result = run(args.data, args.limit, args.steps, log=lambda s: print(s, file=sys.stderr))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(result.model.to_json() + "\n", encoding="utf-8")
    print(json.dumps({"cv_map_fit": result.cv_map, "map_check": round(result.check_map, 4), "l2": result.l2,
                      "claimbuster_weight": result.claimbuster_weight, "features": len(result.model.weights),
                      "cv": result.cv_table, "out": str(args.out)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
