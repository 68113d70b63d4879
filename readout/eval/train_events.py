"""Train the learned event type: ``python -m readout.eval.train_events [--out FILE] [--limit N]``.

Data, fit part only (the PETRARCH2 check records are neither read nor scored here):
  - the PLOVER gold standard dev records (``../shared/eval/plover-gsr-dev.json``,
    read, never copied): each record's sentence is parsed by readout's pipeline,
    its main predicate (``event_model.predicate``) is the example and the
    record's type (0.5b1 names read as 2021 ones) its label;
  - the trigger patterns of ``analyze/data/plover_verbs.json`` and their WordNet
    expansion, each pattern an example of its type (its verb, and its object
    or preposition);
  - ``NONE`` examples: verbs whose most frequent WordNet sense is a state of
    mind, body or thing (the lexicographer files ``expand_event_verbs`` leaves
    out as not acts), that occur in WordNet's sense-tagged texts and no pattern
    names; and the bare verb of every pattern that needs an object or
    preposition and is not also a pattern alone ("hold" of "hold talks").
WordNet 3.0 is read from Debian's ``wordnet-base`` (/usr/share/wordnet); the
model file keeps, per lemma, only the WordNet features that carry weights.

The model only ever reads verbs the patterns do not know, so it is
cross-validated the same way: folds of whole lemmas (every example of a verb,
record or pattern, in one fold; ``splits.folds``, seeded), so a held-out
record's verb was never seen in training. One-vs-rest logistic regressions
(``train_claims.fit_logistic``: L2, Adam from zero, fixed steps; no randomness
but the seeded sample and folds). The penalty is the one with the best
out-of-fold type accuracy on the records; the threshold is the lowest at which
the out-of-fold types it lets through on the records are right at least
``MIN_PRECISION`` of the time. Then all examples are fitted and written to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from readout.analyze.event_lexicon import DATA_DIR
from readout.analyze.event_model import MODEL_PATH, NONE, EventTypeModel, pattern_features, predicate, predicate_features
from readout.eval import plover
from readout.eval.expand_event_verbs import NOT_ACTS, WORDNET_DIR, WordNet, read_wordnet
from readout.eval.splits import SEED, folds
from readout.eval.train_claims import fit_logistic, to_matrix, vocabulary

GRID_L2 = (3e-5, 1e-4, 3e-4)
FOLDS = 5
STEPS = 300
NOUN_HYPERNYMS = 2  # the object's sense and this many synsets above it (the lexicographer file gives the coarse kind)
MIN_PRECISION = 0.5  # a learned type is coded only where it is right more often than wrong (out of fold, on the records)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.2, 0.91, 0.05))
ABOUT = (
    "Event type for sentences the trigger patterns code nothing in (one-vs-rest logistic regressions over parse and WordNet "
    "features; see readout/analyze/event_model.py). Trained by `python -m readout.eval.train_events` on the fit part only: the "
    "PLOVER gold standard dev records (read from ../shared/eval, not copied), the trigger patterns of plover_verbs.json and their "
    "WordNet expansion, and NONE verbs from WordNet 3.0 (Princeton University, WordNet licence; Debian wordnet-base)."
)


@dataclass
class Examples:
    features: list[list[str]]
    labels: list[str]
    groups: list[str]  # the verb's lemma: folds hold whole lemmas
    records: list[bool]  # a PLOVER record (else a pattern or a NONE verb)


def wordnet_tables(folder: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], WordNet]:
    """lemma -> WordNet features of its most frequent sense, for verbs and nouns (one-word lemmas only)."""
    verbs_net = read_wordnet(folder, "verb")
    nouns_net = read_wordnet(folder, "noun")

    def chain(net: WordNet, offset: str, limit: int) -> list[str]:
        out, seen = [], set()
        while offset and offset not in seen and len(out) <= limit:
            seen.add(offset)
            out.append(offset)
            above = net.synsets[offset].hypernyms
            offset = above[0] if above else ""
        return out

    verbs = {}
    for lemma, senses in verbs_net.senses.items():
        if "_" in lemma or not senses:
            continue
        first = senses[0]
        verbs[lemma] = tuple([f"v:{o}" for o in chain(verbs_net, first, 20)] + [f"vx:{verbs_net.synsets[first].lexfile}"])
    nouns = {}
    for lemma, senses in nouns_net.senses.items():
        if "_" in lemma or not senses or not nouns_net.tagged.get(lemma):
            continue
        first = senses[0]
        nouns[lemma] = tuple([f"n:{o}" for o in chain(nouns_net, first, NOUN_HYPERNYMS)] + [f"nx:{nouns_net.synsets[first].lexfile}"])
    return verbs, nouns, verbs_net


def record_lemma(doc, reporting) -> str | None:
    token = next((t for sent in doc.sents if (t := predicate(sent, reporting)) is not None), None)
    return token.lemma_.lower() if token is not None else None


def record_examples(records: list[dict], nlp, verbs, nouns) -> Examples:
    """One example per record whose sentence has a main predicate."""
    from readout.analyze.event_lexicon import load_lexicon

    reporting = load_lexicon().reporting
    out = Examples([], [], [], [])
    for record, doc in zip(records, nlp.pipe(r["text"].strip() for r in records)):
        token = next((t for sent in doc.sents if (t := predicate(sent, reporting)) is not None), None)
        if token is None:
            continue
        out.features.append(predicate_features(token, verbs, nouns))
        out.labels.append(plover.OLD_TO_NEW.get(record["event"], record["event"]))
        out.groups.append(token.lemma_.lower())
        out.records.append(True)
    return out


def coder_cross_validated(records: list[dict], examples: Examples, l2: float, threshold: float, nlp, verbs, nouns, k: int = FOLDS) -> tuple[int, int, int]:
    """(right with the model, right without it, records): the coder's main event type on each record, with the model
    fitted on the folds of lemmas the record's predicate is not in (a record without a predicate: in the first fold)."""
    from readout.analyze.event_lexicon import load_lexicon

    reporting = load_lexicon().reporting
    coder = nlp.get_pipe("readout_events")
    saved = coder.model
    lemmas = [record_lemma(doc, reporting) for doc in nlp.pipe(r["text"].strip() for r in records)]
    classes = tuple(sorted(set(examples.labels)))
    right = 0
    fold_list = folds(sorted(set(examples.groups)), k)
    try:
        coder.model = None
        baseline = plover.score_records(records, nlp)[0]["event_type_accuracy"]
        for n, fold in enumerate(fold_list):
            held = set(fold)
            fitted = fit(examples, [i for i, g in enumerate(examples.groups) if g not in held], l2, classes)
            coder.model = with_tables(EventTypeModel(classes, fitted.biases, fitted.weights, threshold, {}, {}), verbs, nouns)
            mine = [r for r, lemma in zip(records, lemmas) if lemma in held or (lemma is None and n == 0)]
            if mine:
                right += round(plover.score_records(mine, nlp)[0]["event_type_accuracy"] * len(mine))
    finally:
        coder.model = saved
    return right, round(baseline * len(records)), len(records)


def pattern_examples(verbs, nouns, net: WordNet) -> Examples:
    """The trigger patterns as examples of their types, and the NONE verbs."""
    data = json.loads((DATA_DIR / "plover_verbs.json").read_text(encoding="utf-8"))
    expanded = json.loads((DATA_DIR / "plover_verbs_wordnet.json").read_text(encoding="utf-8"))["verbs"]
    out = Examples([], [], [], [])
    heads = set(data["reporting_verbs"])
    entries = [(p, e["type"]) for e in data["events"] for p in e.get("verbs", [])] + [(w, v["type"]) for w, v in expanded.items()]
    for pattern, event_type in entries:
        words = pattern.lower().split()
        if len(words) > 2 or any(w.startswith("+") for w in words):
            continue  # constructions ("tell +to"), not words
        heads.add(words[0])
        out.features.append(pattern_features(words[0], words[1] if len(words) > 1 else None, verbs, nouns))
        out.labels.append(event_type)
        out.groups.append(words[0])
        out.records.append(False)
    bare = {p.lower() for p, _ in entries if len(p.split()) == 1}
    states = sorted(
        lemma
        for lemma, senses in net.senses.items()
        if "_" not in lemma and lemma not in heads and net.tagged.get(lemma) and net.synsets[senses[0]].lexfile in NOT_ACTS
    )
    for lemma in states + sorted(heads - bare - set(data["reporting_verbs"])):
        out.features.append(pattern_features(lemma, None, verbs, nouns))
        out.labels.append(NONE)
        out.groups.append(lemma)
        out.records.append(False)
    return out


def _joined(a: Examples, b: Examples) -> Examples:
    return Examples(a.features + b.features, a.labels + b.labels, a.groups + b.groups, a.records + b.records)


def fit(examples: Examples, rows: list[int], l2: float, classes: tuple[str, ...]) -> EventTypeModel:
    features = [{name: 1.0 for name in examples.features[i]} for i in rows]
    vocab = vocabulary(features)
    x = to_matrix(features, vocab)
    biases, weights = [], {}
    for k, name in enumerate(classes):
        y = np.array([1.0 if examples.labels[i] == name else 0.0 for i in rows])
        bias, w = fit_logistic(x, y, np.ones(len(rows)), len(vocab), l2, STEPS)
        biases.append(bias)
        for feature, j in vocab.items():
            if abs(w[j]) >= 1e-4:
                weights.setdefault(feature, []).append((k, round(float(w[j]), 4)))
    return EventTypeModel(classes, tuple(round(b, 4) for b in biases), {f: tuple(p) for f, p in weights.items()}, 0.5, {}, {})


def with_tables(model: EventTypeModel, verbs, nouns) -> EventTypeModel:
    """The model holding, per lemma, only the WordNet features it has weights for."""
    used = set(model.weights)
    files_after_prepositions = {u.rsplit("|", 1)[1] for u in used if u.startswith("pn:")}

    def verb_kept(f: str) -> bool:  # as the predicate ("v:...") or its infinitive complement ("xx:N")
        return f in used or f"x{f[1:]}" in used

    def noun_kept(f: str) -> bool:  # as the object ("on:...", "onx:N") or after a preposition ("pn:PREP|N")
        return f"o{f}" in used or (f.startswith("nx:") and f[3:] in files_after_prepositions)

    verb_table = {k: kept for k, fs in verbs.items() if (kept := tuple(f for f in fs if verb_kept(f)))}
    noun_table = {k: kept for k, fs in nouns.items() if (kept := tuple(f for f in fs if noun_kept(f)))}
    return EventTypeModel(model.classes, model.biases, model.weights, model.threshold, verb_table, noun_table, ABOUT)


def out_of_fold(examples: Examples, l2: float, classes: tuple[str, ...], k: int = FOLDS) -> list[tuple[str, float]]:
    """Each example's (type, probability) from the model fitted on the folds (of whole lemmas) it is not in."""
    predictions: list[tuple[str, float]] = [(NONE, 0.0)] * len(examples.labels)
    for fold in folds(sorted(set(examples.groups)), k):
        held = set(fold)
        model = fit(examples, [i for i, g in enumerate(examples.groups) if g not in held], l2, classes)
        for i, g in enumerate(examples.groups):
            if g in held:
                predictions[i] = model.predict(examples.features[i])
    return predictions


def gate(predictions: list[tuple[str, float]], labels: list[str]) -> list[tuple[float, int, int]]:
    """Per threshold: (threshold, types let through, of them right)."""
    rows = []
    for t in THRESHOLDS:
        taken = [(p, y) for (p, s), y in zip(predictions, labels) if p != NONE and s >= t]
        rows.append((t, len(taken), sum(p == y for p, y in taken)))
    return rows


def train(examples: Examples, log=print) -> tuple[EventTypeModel, float]:
    classes = tuple(sorted(set(examples.labels)))
    records = [i for i, r in enumerate(examples.records) if r]
    log(f"{len(records)} records, {len(examples.labels) - len(records)} pattern and NONE examples, {len(set(examples.groups))} lemmas, {len(classes)} classes")
    results = {}
    for l2 in GRID_L2:
        predictions = out_of_fold(examples, l2, classes)
        right = sum(predictions[i][0] == examples.labels[i] for i in records)
        patterns = [i for i, r in enumerate(examples.records) if not r]
        right_patterns = sum(predictions[i][0] == examples.labels[i] for i in patterns)
        log(f"l2={l2:g}: cross-validated type accuracy (unseen lemmas) on the records {right}/{len(records)} = {right / max(1, len(records)):.3f}, "
            f"on the patterns {right_patterns / max(1, len(patterns)):.3f}")
        results[l2] = (right, predictions)
    l2 = max(GRID_L2, key=lambda v: (results[v][0], -v))
    predictions = results[l2][1]
    rows = gate([predictions[i] for i in records], [examples.labels[i] for i in records])
    threshold = THRESHOLDS[-1]
    for t, taken, right in rows:
        log(f"threshold {t:.2f}: {taken} of {len(records)} records typed, {right} right" + (f" (precision {right / taken:.3f})" if taken else ""))
    for t, taken, right in rows:
        if taken and right / taken >= MIN_PRECISION:
            threshold = t
            break
    log(f"chosen: l2={l2:g}, threshold {threshold:.2f}")
    model = fit(examples, list(range(len(examples.labels))), l2, classes)
    return EventTypeModel(model.classes, model.biases, model.weights, threshold, {}, {}), l2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model (JSON)")
    parser.add_argument("--limit", type=int, default=None, help="the first N records and N pattern and NONE examples only (a quick check)")
    parser.add_argument("--data", type=Path, default=None, help="PLOVER records (default ../shared/eval/plover-gsr-dev.json)")
    parser.add_argument("--wordnet", type=Path, default=WORDNET_DIR, help="WordNet 3.0 database folder (Debian: wordnet-base)")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.verb").exists():
        print(f"{args.wordnet}: no WordNet database here (install Debian's wordnet-base, or pass --wordnet)", file=sys.stderr)
        return 2
    from readout.analyze.nlp import shared_pipeline

    verbs, nouns, net = wordnet_tables(args.wordnet)
    records = plover.load_records(args.data or plover.default_path())
    patterns = pattern_examples(verbs, nouns, net)
    if args.limit:
        records = records[: args.limit]
        keep = random.Random(SEED).sample(range(len(patterns.labels)), min(args.limit, len(patterns.labels)))
        patterns = Examples(*([column[i] for i in sorted(keep)] for column in (patterns.features, patterns.labels, patterns.groups, patterns.records)))
    nlp = shared_pipeline()
    log = lambda line: print(line, file=sys.stderr)  # noqa: E731
    examples = _joined(record_examples(records, nlp, verbs, nouns), patterns)
    trained, l2 = train(examples, log=log)
    model = with_tables(trained, verbs, nouns)
    right, baseline, n = coder_cross_validated(records, examples, l2, model.threshold, nlp, verbs, nouns)
    log(f"the coder's main event type on the records, the model cross-validated over lemmas: {right}/{n} = {right / max(1, n):.3f} "
        f"(without the model {baseline}/{n} = {baseline / max(1, n):.3f})")
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} features, {len(model.verbs)} verbs and {len(model.nouns)} nouns with WordNet features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
