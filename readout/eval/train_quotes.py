"""Train the attribution model: ``python -m readout.eval.train_quotes [--out FILE] [--limit N]``.

Data (read from ``../shared/eval/polnear``, never copied): the PolNeAR *train*
articles that are not in the check part (``polnear_check.check_names``, seeded),
first annotator's file per article. The check articles are left out of
training and of every choice made here; the dev articles (whose errors are read
while writing the rules) are left out too, so the dev figure is not in-sample.

Each article is parsed by readout's pipeline up to the actors (the quote
component reads the same parse). Two examples sets are made
(``readout.analyze.quote_model``):
  - cue: every verb and noun outside quote marks (but a noun a 'there is' clause
    says exists, which the analyzer never scores); positive when it is the head
    of a gold Cue span;
  - content: for each gold cue head, every candidate dependent (or the head
    clause); positive when most of its letters lie in that attribution's Content.
Each is a logistic regression with an L2 penalty fitted by full-batch gradient
descent (Adam, fixed number of steps, zero start: no randomness). The penalty
and the thresholds are chosen by cross-validation over whole articles
(``splits.folds``, seeded), maximising F1 of the held-out examples; the chosen
setting is fitted on all training articles and written to ``--out``. A cue
whose word is in no list of ``cue_verbs.json`` gets a stricter threshold, from
the same held-out scores: the lowest at which those words are as precise as the
lexicon's words at the model's threshold (``unknown_threshold``), for verbs and nouns apart: the lexicon's nouns
are less precise than its verbs, so an unlisted noun needs less (``unknown_noun_threshold``).

The reader's four gates (the cue threshold, the unlisted verbs' and nouns' gates, the content threshold) are then
chosen for what the benchmark scores, content overlap F1 of whole attributions over documents (``choose_gates``;
2026-12-06, seventh pass; before, only the content threshold was, and by hand): the cue and content models fitted
on two of the three folds of the training articles (the folds above, the chosen penalties), the whole quote reader
run on the held-out fold's articles, and the attributions scored as ``--benchmark polnear`` scores them. The gates
start at the example-level choices above (logged) and move one at a time over ``GATE_GRID`` (coordinate ascent,
a gate moves only when the figure rises by ``MIN_GAIN`` or more: smaller rises are a handful of attributions, noise
that a behaviour test can tell) until no gate moves; every setting tried is logged.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from readout.analyze.quote_marks import find_quoted_regions
from readout.analyze.quote_model import (
    CUE_POS,
    MODEL_PATH,
    AttributionModel,
    LinearModel,
    TokenTable,
    content_candidates,
    content_features,
    cue_features,
    is_existential,
)
from readout.analyze.quotes import load_cues
from readout.eval import polnear, polnear_check
from readout.eval.metrics import Score
from readout.eval.splits import SEED, folds
from readout.eval.train_claims import fit_logistic, to_matrix, vocabulary

GRID_L2 = (1e-5, 1e-4)
# the values each of the reader's gates is chosen from for overlap F1 of whole attributions (``choose_gates``). The
# cue threshold stays at 0.35 or above and the unlisted verbs' gate at 0.70 or above: under them acts come in as
# reports (an official act with a document for object, a gesture opening a call) and the seeds' beyond-the-readout
# precision falls, which overlap F1 on PolNeAR does not see (docs/evaluation.md, quotes, seventh pass)
GATES = ("cue", "verb", "noun", "content")
GATE_GRID = {
    "cue": (0.35, 0.40, 0.45),
    "verb": (0.70, 0.75, 0.80, 0.85, 0.90),
    "noun": (0.35, 0.40, 0.45, 0.50, 0.55, 0.60),
    "content": (0.25, 0.30, 0.35, 0.40, 0.45),
}
# the least rise of held-out overlap F1 (0.05 points, some twenty of the training articles' 20,000 attributions) for
# which a gate moves
MIN_GAIN = 0.0005
FOLDS = 3
STEPS = 300
ABOUT = (
    "Attribution cue and content models (logistic regressions over parse features; see readout/analyze/quote_model.py). "
    "Trained by `python -m readout.eval.train_quotes` on the PolNeAR train articles outside the seeded check part "
    "(networkdynamics/PolNeAR @ c3eee83, read from ../shared/eval/polnear, not copied), first annotator per article."
)


@dataclass
class Examples:
    features: list[dict[str, float]]
    labels: list[int]
    groups: list[str]  # the article each example comes from
    known: list[bool] = field(default_factory=list)  # the word is in the cue lexicon (cue examples only)
    pos: list[str] = field(default_factory=list)  # the word's part of speech (cue examples only)


def training_names(root: Path) -> set[str]:
    names = {p.stem for p in (root / "text").glob("*.txt")}
    return names - polnear_check.check_names(root)


AFTER_ACTORS = ("readout_quotes", "readout_audience_messages", "readout_timing", "readout_source_role")


def parse_with_reader(articles: list[polnear.Article]):
    """((article, doc) pairs parsed by readout's pipeline without the extractors after the actors, the quote reader)."""
    from readout.analyze.analyzer import _make_doc
    from readout.analyze.nlp import load_pipeline
    from readout.model import Document

    nlp = load_pipeline(disable=polnear.QUOTE_COMPONENTS_ONLY)
    docs = [_make_doc(nlp, Document(id=hashlib.sha256(a.text.encode()).hexdigest()[:16], source=a.name, text=a.text)) for a in articles]
    with nlp.select_pipes(disable=list(AFTER_ACTORS)):
        pairs = list(zip(articles, nlp.pipe(docs, batch_size=8)))
    return pairs, nlp.get_pipe("readout_quotes")


def parse_articles(articles: list[polnear.Article]):
    """(article, doc) pairs, parsed by readout's pipeline without the extractors after the actors."""
    return parse_with_reader(articles)[0]


def _inside(fragments, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in fragments)


def cue_words(attribution, doc) -> tuple[list, list]:
    """The tokens of a gold cue (punctuation left out) and its heads: the words whose head lies outside the cue."""
    inside = [t for t in doc if _inside(attribution.cue, t.idx, t.idx + len(t)) and not t.is_punct]
    indices = {t.i for t in inside}
    return inside, [t for t in inside if t.head.i not in indices or t.head.i == t.i]


def _letters(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


def part_range(cue, part) -> tuple[int, int]:
    """Characters a content candidate covers (for the head clause: the part of it after or before the cue)."""
    if part.head.i == cue.i and part.i != cue.i:
        return part.left_edge.idx, part.right_edge.idx + len(part.right_edge)
    if cue.i < part.i:
        return cue.right_edge.idx + len(cue.right_edge), part.right_edge.idx + len(part.right_edge)
    return part.left_edge.idx, cue.left_edge.idx


def examples_of(pairs) -> tuple[Examples, Examples]:
    cues, contents = Examples([], [], []), Examples([], [], [])
    lexicon = load_cues()
    for article, doc in pairs:
        text = article.text
        table = TokenTable(doc)
        regions = find_quoted_regions(text)
        quoted = set()
        for r in regions:
            quoted.update(range(r.outer_start, r.outer_end))
        heads = {}
        for attribution in article.attributions:
            if not attribution.cue:
                continue
            inside, roots = cue_words(attribution, doc)
            for t in roots:
                if t.pos_ in CUE_POS:
                    heads[t.i] = attribution
            for t in inside:
                if t.i not in heads:
                    heads.setdefault(t.i, None)  # inside a cue but not its head: left out of the cue examples
        for token in doc:
            if token.pos_ not in CUE_POS or token.idx in quoted or is_existential(token):
                continue  # an existential noun is gated before the model at run time (possible_cues): not learned from
            attribution = heads.get(token.i, False)
            if attribution is None:
                continue
            cues.features.append(cue_features(token, table))
            cues.labels.append(int(attribution is not False))
            cues.groups.append(article.name)
            cues.known.append(lexicon.knows(token))
            cues.pos.append(token.pos_)
            if attribution is False:
                continue
            gold = {i for a, b in attribution.content for i in range(a, b)}
            for part in content_candidates(token):
                start, end = part_range(token, part)
                letters = _letters(text, start, end)
                contents.features.append(content_features(token, part))
                contents.labels.append(int(bool(letters) and len(letters & gold) * 2 > len(letters)))
                contents.groups.append(article.name)
    return cues, contents


def _fit(examples: Examples, rows: list[int], l2: float) -> LinearModel:
    features = [examples.features[i] for i in rows]
    labels = np.array([examples.labels[i] for i in rows], dtype=np.float64)
    vocab = vocabulary(features)
    bias, w = fit_logistic(to_matrix(features, vocab), labels, np.ones(len(rows)), len(vocab), l2, STEPS)
    return LinearModel(bias, {name: float(w[j]) for name, j in vocab.items()}, 0.5)


def best_threshold(scores: list[float], labels: list[int], grid=np.arange(0.2, 0.81, 0.05)) -> tuple[float, float]:
    """(threshold, F1) maximising F1 over a grid of thresholds."""
    best = (0.5, 0.0)
    positives = sum(labels)
    for threshold in grid:
        tp = sum(1 for s, y in zip(scores, labels) if s >= threshold and y)
        fp = sum(1 for s, y in zip(scores, labels) if s >= threshold and not y)
        f1 = 2 * tp / (2 * tp + fp + (positives - tp)) if positives else 0.0
        if f1 > best[1]:
            best = (float(threshold), f1)
    return best


def precision_at(scores: list[float], labels: list[int], threshold: float) -> float:
    taken = [y for s, y in zip(scores, labels) if s >= threshold]
    return sum(taken) / len(taken) if taken else 1.0


def unknown_threshold(examples: Examples, scores: list[float], threshold: float, pos: str | None = None) -> tuple[float, float, float]:
    """(threshold, its precision, the lexicon words' precision) for cues whose word is in no list of the lexicon.

    Acts come in with those words ("signed a decree"), so they must be as reliable as the lexicon's: the lowest
    threshold (on a 0.05 grid from the model's own) at which the out-of-fold precision of words outside the
    lexicon reaches that of the words in it at the model's threshold. ``pos``: only words of that part of speech,
    on both sides (the lexicon's nouns are less precise than its verbs, so an unlisted noun is held to theirs)."""
    rows = [i for i in range(len(examples.known)) if pos is None or examples.pos[i] == pos]
    known = [i for i in rows if examples.known[i]]
    unknown = [i for i in rows if not examples.known[i]]
    target = precision_at([scores[i] for i in known], [examples.labels[i] for i in known], threshold)
    rest = ([scores[i] for i in unknown], [examples.labels[i] for i in unknown])
    for candidate in np.arange(threshold, 0.951, 0.05):
        if precision_at(*rest, candidate) >= target:
            return round(float(candidate), 2), precision_at(*rest, candidate), target
    return 0.95, precision_at(*rest, 0.95), target


def out_of_fold(examples: Examples, l2: float, k: int = FOLDS, names: list[str] | None = None) -> tuple[list[float], list[tuple[frozenset[str], LinearModel]]]:
    """Each example's score by the model fitted on the folds (of whole articles) it is not in, and the fold models
    (the articles each holds out, the model). ``names``: every training article, so that the cue and the content
    models hold out the same articles (an article with no content example would otherwise shift the content
    model's folds, and the gates be chosen on articles its fold model was fitted on)."""
    names = sorted(names) if names is not None else sorted(set(examples.groups))
    scores = [0.0] * len(examples.labels)
    models = []
    for fold in folds(names, k):
        held = frozenset(fold)
        model = _fit(examples, [i for i, g in enumerate(examples.groups) if g not in held], l2)
        models.append((held, model))
        for i, g in enumerate(examples.groups):
            if g in held:
                scores[i] = model.score(examples.features[i])
    return scores, models


def cross_validate(examples: Examples, l2: float, k: int = FOLDS, names: list[str] | None = None) -> tuple[float, float, list[float], list]:
    """(threshold, F1, out-of-fold scores, fold models), folds of whole articles (``names``: all of them)."""
    scores, models = out_of_fold(examples, l2, k, names)
    return (*best_threshold(scores, examples.labels), scores, models)


def with_gates(model: AttributionModel, gates: dict[str, float]) -> AttributionModel:
    """The model with the reader's four gates set (``GATES``)."""
    return replace(model, cue=replace(model.cue, threshold=gates["cue"]), content=replace(model.content, threshold=gates["content"]),
                   unknown_cue_threshold=gates["verb"], unknown_noun_threshold=gates["noun"])


def held_out_attributions(pairs, fold_models: list[tuple[frozenset[str], AttributionModel]], gates: dict[str, float], reader):
    """The tally of whole attributions (``polnear.score_article``) when each article is read by the fold model that
    holds it out, with ``gates``; ``reader``: the pipeline's quote component (its model is replaced)."""
    tally = polnear._Tally(Score(), Score())
    for held, model in fold_models:
        reader.model = with_gates(model, gates)
        reader.unknown_cue_threshold = gates["verb"]
        for article, doc in pairs:
            if article.name in held:
                doc._.readout_quotes = None
                reader(doc)
                polnear.score_article(article, doc._.readout_quotes, tally, Counter(), Counter())
    return tally


def choose_gates(score, start: dict[str, float], grid: dict[str, tuple[float, ...]] = GATE_GRID, log=print,
                 min_gain: float = MIN_GAIN) -> tuple[dict[str, float], float]:
    """(gates, figure): coordinate ascent from ``start`` over ``grid``, one gate at a time in ``GATES`` order, each
    set to the value of the grid with the highest ``score(gates)``; a gate moves only for a figure at least
    ``min_gain`` higher (ties and smaller rises keep the value it has), and the rounds stop when no gate moves.
    Each setting is scored once."""
    seen: dict[tuple[float, ...], float] = {}

    def measured(gates: dict[str, float]) -> float:
        key = tuple(round(gates[g], 4) for g in GATES)
        if key not in seen:
            seen[key] = score(gates)
            log("gates " + ", ".join(f"{g} {gates[g]:.2f}" for g in GATES) + f": held-out overlap F1 {100 * seen[key]:.2f}")
        return seen[key]

    best = {g: float(start[g]) for g in GATES}
    best_figure = measured(best)
    moved = True
    while moved:
        moved = False
        for gate in GATES:
            for value in grid[gate]:
                trial = {**best, gate: float(value)}
                figure = measured(trial)
                if figure >= best_figure + min_gain:
                    best, best_figure, moved = trial, figure, True
    return best, best_figure


def held_out_summary(tally) -> str:
    """The out-of-fold figures of whole attributions, as ``--benchmark polnear`` prints them."""
    speaker = tally.speaker_right / tally.speaker_total if tally.speaker_total else 0.0
    return (f"held out at the chosen gates: overlap {100 * tally.overlap.f1:.2f} (P {100 * tally.overlap.precision:.2f}, "
            f"R {100 * tally.overlap.recall:.2f}), exact {100 * tally.exact.f1:.2f}, speaker {100 * speaker:.2f}")


def digest(path: Path) -> str:
    """The size and sha256 of a written model (the command is deterministic: the same data give the same bytes)."""
    data = path.read_bytes()
    return f"{len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}"


def train(pairs, log=print, reader=None) -> AttributionModel:
    """The model fitted on all ``pairs``; with ``reader`` (the pipeline's quote component) its gates chosen for
    overlap F1 of whole attributions out of fold (``choose_gates``), else the example-level choices."""
    cues, contents = examples_of(pairs)
    log(f"{len(pairs)} articles: {len(cues.labels)} cue examples ({sum(cues.labels)} positive), "
        f"{len(contents.labels)} content examples ({sum(contents.labels)} positive)")
    models, fold_models = [], []
    gates: dict[str, float] = {}
    for name, examples in (("cue", cues), ("content", contents)):
        results = {l2: cross_validate(examples, l2, names=[article.name for article, _ in pairs]) for l2 in GRID_L2}
        for l2, (threshold, f1, _, _) in results.items():
            log(f"{name}: l2={l2:g} cross-validated F1 {f1:.3f} at threshold {threshold:.2f}")
        l2 = max(results, key=lambda v: results[v][1])
        threshold, _, scores, folded = results[l2]
        gates[name] = threshold
        fold_models.append(folded)
        if name == "cue":
            for pos, gate_name in zip(CUE_POS, ("verb", "noun")):
                gate, precision, target = unknown_threshold(examples, scores, threshold, pos)
                gates[gate_name] = gate
                log(f"cue, {pos.lower()}s outside the lexicon: threshold {gate:.2f}, cross-validated precision {precision:.3f} "
                    f"(the lexicon's {pos.lower()}s at {threshold:.2f}: {target:.3f})")
        models.append(_fit(examples, list(range(len(examples.labels))), l2))
    if reader is not None:
        if any(cue_held != content_held for (cue_held, _), (content_held, _) in zip(*fold_models)):
            raise ValueError("the cue and content fold models hold out different articles")
        held = [(names, AttributionModel(cue, content, "fold")) for (names, cue), (_, content) in zip(*fold_models)]
        gates, figure = choose_gates(lambda g: held_out_attributions(pairs, held, g, reader).overlap.f1, gates, log=log)
        # a gate for unlisted words under the cue threshold is the cue threshold (the reader takes the higher)
        gates.update({g: max(gates[g], gates["cue"]) for g in ("verb", "noun")})
        log("gates chosen for overlap F1 of whole attributions: " + ", ".join(f"{g} {gates[g]:.2f}" for g in GATES) + f" ({100 * figure:.2f})")
        log(held_out_summary(held_out_attributions(pairs, held, gates, reader)))
    return with_gates(AttributionModel(models[0], models[1], ABOUT), gates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model (JSON)")
    parser.add_argument("--limit", type=int, default=None, help="train on the first N training articles only (a quick check)")
    parser.add_argument("--data", type=Path, default=None, help="PolNeAR train folder (default ../shared/eval/polnear/train)")
    args = parser.parse_args(argv)
    root = args.data or polnear_check.default_path()
    articles = polnear.load_articles(root, names=training_names(root))
    articles = articles[: args.limit] if args.limit else articles
    pairs, reader = parse_with_reader(articles)
    log = lambda line: print(line, file=sys.stderr)  # noqa: E731
    log(f"{len(articles)} training articles; folds of whole articles seeded with {SEED}, the check part drawn with it")
    model = train(pairs, log=log, reader=reader)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.cue.weights)} cue and {len(model.content.weights)} content weights; {digest(args.out)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
