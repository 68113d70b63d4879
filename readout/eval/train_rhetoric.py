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
memes too, a meme's reposts and template twins in its fold (``twins``). Kinds seen on fewer than ``min_memes`` memes are not listed (they
keep the lexicon's confidence; ``min_memes`` is chosen from ``GRID_MIN_MEMES`` with the rest of the setting). A lexicon phrase seen on ``MIN_MEMES``
memes or more gets its own mean, shrunk toward its kind's by ``cue_weight``
pseudo-markers (or none, if cross-validation prefers). The weights and the line under which a
kind is not reported are chosen by cross-validation over memes (folds of
whole memes, seeded), scoring the task's same-technique span precision and
recall on the held-out memes: the most precise setting that keeps
``RECALL_KEPT`` of the recall of every marker (``choose``). The chosen setting
is then fitted on all fit memes and written to ``--out``.

The lexicon's entries written after reading these same memes (``from_fit_memes``
in the lexicon: insults, slogans, idioms; attested by the fit memes alone) are
chosen the same way, as part of the setting: such an entry is kept when the
markers of its group (the forms of one word, ``fit_entries``) fall on a span of
their technique (credit above 0) on at least ``support`` memes of the training
part (``supported``), ``support`` taken from ``GRID_SUPPORT`` by the
cross-validation; entries under it are not reported (their markers still count
toward their kind's confidence). In the nested figure the choice is made inside
each fold from the other folds only, so an entry attested only by the held-out
memes is not in the lexicon that scores them, as it would not be had its writer
read only the training memes. Scored after the component's own deduplication, so a marker that a dropped one hid is not seen
here (``readout eval --benchmark semeval2021`` measures the real effect).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from readout.analyze.rhetoric import QUOTE_MARKS
from readout.analyze.rhetoric_calibration import CALIBRATION_PATH, LABEL_SHAPES, PRIOR_SOURCES, cue_of, entry_of, kind_of, label_shape, marker_source
from readout.eval.public import shared_eval_dir
from readout.eval.semeval import FIT_DATA, analyzed, span_prf
from readout.eval.splits import SEED, folds

FOLDS = 5
MIN_MEMES = 3  # a kind or phrase seen on fewer memes keeps the lexicon's confidence (the default; chosen from GRID_MIN_MEMES)
GRID_MIN_MEMES = (2, 3, 5)  # chosen with the weights and the line, as the fewest memes a kind or phrase is learned from
GRID_PRIOR_WEIGHT = (1.0, 2.0, 5.0)
GRID_CUE_WEIGHT = (None, 2.0, 5.0)  # None: no confidence per cue phrase
GRID_LINE = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
GRID_SUPPORT = (1, 2, 3)  # memes on which a lexicon entry written from the fit memes must be right to be kept
RECALL_KEPT = 0.98  # the chosen setting keeps at least this share of the cross-validated recall of every marker
# A one-word label's loaded word (rhetoric.label_words; its kind "loaded_language/label") was designed after reading all
# fit memes' misses, so whether to report it is chosen too, inside the folds, from: every kind of label ("all"), only
# the kinds of label (``label_shape``: lower-case, title-cased, shouted) whose loaded words are right, held out by the
# training memes' own cross-validation, at least as often as the line ("per_kind"), or none ("off").
LABEL_GRID = ("all", "per_kind", "off")
# A kind (or phrase) the calibration does not list, seen on too few memes to learn from, keeps the lexicon's confidence:
# reported whatever that is (False), or only when it is at or above the line, as a learned one must be (True). Offered
# with (False, True), every fold and the full fit chose True (nested P 0.856 -> 0.870, recall 0.1221 -> 0.1218), but the
# seeds' rhetoric recall fell 1.00 -> 0.86: their one passage of a kind the memes rarely attest (a "not X. It was Y."
# pattern, the lexicon's 0.45) goes under the line (docs/evaluation.md, rhetoric, twenty-third pass). So only False is
# offered; the setting is kept so the measurement can be repeated (``line_on_lexicon`` in the calibration file).
GRID_LINE_ON_LEXICON = (False,)
# How a kind, a phrase or a kind of label is gated against the line: by its point estimate (z 0) or by a lower confidence
# bound (Wilson's score bound at z standard errors, ``lower_bound``), so that a kind right 5 times of 5 does not pass
# where one right 40 times of 44 would: on few markers the bound falls under the line first. ``BOUND_CHOICES`` are the
# levels measured (``--bound-choices``: the nested figure with each fixed, and with the level chosen inside the folds);
# the decision rule, written before measuring: ship the best nested precision, or one within 0.01 of it with fewer
# low-support gates (``LOW_SUPPORT``), keeping the seeds' rhetoric recall 1.00 and precision. z 1 (0.872), the level
# chosen inside the folds (0.867) and z 1.645 (0.866) list the "not X. It was Y." pattern (2 memes, 0 right) under the line
# and the seeds' recall falls to 0.86 and 0.57; z 0.5 (0.865, against 0.856 at z 0) keeps it: fixed at 0.5
# (docs/evaluation.md, rhetoric, twenty-fourth pass). ``GRID_BOUND`` is what the training offers: the shipped level.
BOUND_CHOICES = (0.0, 0.5, 1.0, 1.645)
GRID_BOUND = (0.5,)
LOW_SUPPORT = 10  # a gate passed on fewer fit markers than this is a low-support gate (reported with the figures)


def lower_bound(p: float, n: float, z: float) -> float:
    """Wilson's score lower bound of a share ``p`` seen over ``n`` markers, at ``z`` standard errors (``p`` itself at
    z 0 or with no markers). The markers' same-technique credits are read as right-or-wrong trials (most are 0 or 1)."""
    if z <= 0 or n <= 0:
        return p
    p = min(1.0, max(0.0, p))
    z2 = z * z
    return (p + z2 / (2 * n) - z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))) / (1 + z2 / n)


def gate(spec: dict) -> float:
    """The figure a kind's or phrase's markers are compared with the line by: its bound when gated by one, else its
    confidence."""
    return spec.get("gate", spec["confidence"])

# The detectors' numbers first read off the fit memes (rhetoric.DETECTOR_KNOBS), each chosen here from a small grid: the
# rated-word lines (name calling; loaded language, a noun's line with it), the fewest words of a quoted label (5: none,
# labels have at most 4) and the most words of an imperative exclamation (1: none, a slogan has at least 2). The memes
# are marked once with the loosest value of each (LOOSE); a setting keeps the markers it would have made (``made``).
# The loosest rated-word lines are bounds read on news, not on the memes: on 20 unlabelled PolNeAR train articles
# (seed 23) every marker a looser line adds is plain description ("margin of error" -1.7, "criticism" -1.9,
# "restrictions" -1.1, "a long-shot presidential candidate" as name calling at -1.4; docs/evaluation.md, rhetoric,
# twenty-first pass); the memes choose within them. The loosest exclamation is the length the first rule had, so the
# marking is the shipped one's (a longer exclamation marker would hide a lexicon slogan inside it).
# How far (in tokens) a rated adjective may stand from the name or person it labels ("crooked X" 1, "the crooked old X"
# 2): 3 was read off the fit memes with the lines. A shorter reach turns an adjective further from its name into loaded
# language on the word alone (when its rating is under the loaded line), as the component reads it.
REACH_GRID = (1, 2, 3, 4, 5)
DETECTOR_GRID = {
    "name_calling_max": (-1.5, -1.75, -2.0, -2.25, -2.5),
    "loaded_max": (-2.0, -2.25, -2.5, -2.75, -3.0),
    "name_reach": REACH_GRID,
    # A rule switch, not a number: which technique a rated noun of people said of someone carries ("X is a liar": 0
    # loaded language, as the rule was written after reading all fit memes; 1 name calling). The memes are marked with 0
    # (as shipped) and each such marker gets its name-calling twin (``said_of``); a setting keeps one of the two.
    "noun_said_of": (0, 1),
    "scare_min_words": (1, 2, 3, 5),
    "exclamation_max_words": (1, 3, 4, 5, 6),
}
STRICTER = {"name_calling_max": -1, "loaded_max": -1, "name_reach": -1, "noun_said_of": -1, "scare_min_words": 1,
            "exclamation_max_words": -1}  # the sign of a stricter value (for a switch: ties go to the rule as written, 0)
SWITCHES = ("noun_said_of",)  # knobs that choose between two markings, not how loose one is: marked as written (0)
LOOSE = {knob: (0 if knob in SWITCHES else max(grid) if STRICTER[knob] < 0 else min(grid)) for knob, grid in DETECTOR_GRID.items()}
DETECTOR_GROUPS = {"valence": ("name_calling_max", "loaded_max", "name_reach", "noun_said_of"), "scare_quotes": ("scare_min_words",),
                   "exclamation": ("exclamation_max_words",)}  # each group's knobs act on its own detector's markers only

Labeled = tuple[str, int, int, str]


@dataclass(frozen=True)
class Marked:
    """One marker on one meme, in the task's terms, with its kind and its same-technique credit."""

    item: Labeled
    kind: str
    credit: float
    cue: str | None = None  # "technique/cue phrase" for lexicon phrases (cue_of), else None
    entry: str | None = None  # the group of the lexicon entry written from the fit memes that made it (fit_entries), else None
    gate: tuple[str, float] | None = None  # (detector group, the value its knobs are compared with), for the markers a knob decides
    reach: int = 0  # a rated adjective's label: made under a reach of at least this; -d: its loaded word, made under one under d
    follows: tuple[str, str | None] | None = None  # a label's loaded word (rhetoric.label_words): (the label's cue, its entry group)
    shape: str | None = None  # a label's loaded word: how the label is written (``label_shape``)
    prior: float = 1.0  # the lexicon's confidence, which a kind the calibration does not list keeps
    said_of: int = -1  # a rated noun of people said of someone: made only under this value of ``noun_said_of`` (-1: any)


class Scorer:
    """The task's same-technique span P/R/F1 (``semeval.span_prf``) of markers against one fixed gold list, each
    marker's overlaps with the gold read once (by its item) and reused over the grid's many settings: the same sums in
    the same order, so the same figures to the last bit, in a fraction of the time (profiled: ``span_prf`` was most of
    the training's time, called on the same held-out memes for every setting)."""

    def __init__(self, gold: list[Labeled]):
        self.sizes = [max(1, g[2] - g[1]) for g in gold]
        self.by_meme: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
        for k, g in enumerate(gold):
            self.by_meme[(g[0], g[3])].append((k, g[1], g[2]))
        self.memo: dict[Labeled, tuple[float, tuple[tuple[int, int], ...]]] = {}

    def hits(self, item: Labeled) -> tuple[float, tuple[tuple[int, int], ...]]:
        """(the item's same-technique credit, (gold index, overlap) for the gold spans it overlaps)."""
        found = self.memo.get(item)
        if found is None:
            overlaps = tuple((k, max(0, min(item[2], b) - max(item[1], a))) for k, a, b in self.by_meme.get((item[0], item[3]), ()))
            found = self.memo[item] = (min(1.0, sum(o for _, o in overlaps) / max(1, item[2] - item[1])),
                                       tuple(h for h in overlaps if h[1]))
        return found

    def prf(self, items: list[Labeled]) -> tuple[float, float, float]:
        total, covered = 0, defaultdict(int)
        for item in items:
            credit, overlaps = self.hits(item)
            total += credit
            for k, o in overlaps:
                covered[k] += o
        precision = total / len(items) if items else 0.0
        recall = sum(min(1.0, covered.get(k, 0) / size) for k, size in enumerate(self.sizes)) / len(self.sizes) if self.sizes else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def made(m: Marked, setting: dict[str, float]) -> bool:
    """Whether the detectors under this setting make the marker (marked with the loosest, ``LOOSE``): a rated word at or
    under the name-calling line, and loaded language under the loaded line too (as ``rhetoric.valence_markers`` reads
    them), a label within the reach of its name (``reach``) and the word alone beyond it; a quoted label of at least the fewest words; an imperative exclamation of at most the most words."""
    if m.reach and (m.reach > setting["name_reach"] if m.reach > 0 else -m.reach <= setting["name_reach"]):
        return False
    if m.said_of >= 0 and m.said_of != setting.get("noun_said_of", 0):
        return False
    if m.said_of == 1 and m.gate is not None and m.gate[1] > setting["loaded_max"]:
        return False  # the name-calling twin of a noun's loaded word is made under the noun's line, as the word is
    if m.gate is None:
        return True
    group, value = m.gate
    if group == "valence":
        return value <= setting["name_calling_max"] and (m.kind != "loaded_language/valence" or value <= setting["loaded_max"])
    if group == "scare_quotes":
        return value >= setting["scare_min_words"]
    return value <= setting["exclamation_max_words"]


def made_under(marked: list[Marked], setting: dict[str, float]) -> list[Marked]:
    return [m for m in marked if made(m, setting)]


def _group_settings(knobs: tuple[str, ...]) -> list[dict[str, float]]:
    """Every setting of a group's knobs on the grid (a loaded line over the name-calling line means the same as equal)."""
    settings = [{}]
    for knob in knobs:
        settings = [{**s, knob: v} for s in settings for v in DETECTOR_GRID[knob]]
    return [s for s in settings if "loaded_max" not in s or s["loaded_max"] <= s["name_calling_max"]]


def choose_detectors(marked: list[Marked], worth: float) -> dict[str, float]:
    """The detectors' setting whose markers earn the most same-technique credit beyond ``worth`` each on these memes (a
    marker pays when it is more likely right than ``worth``; the calibration's line is passed, the chance under which a
    kind is not reported). No fitting is done, so the credit summed over the folds of these memes is the same as over
    them all: the in-sample choice here is the cross-validated one. The groups act on disjoint markers and are chosen
    one by one; ties go to fewer markers, then to the stricter values."""
    chosen: dict[str, float] = {}
    for group, knobs in DETECTOR_GROUPS.items():
        rows = [m for m in marked if m.gate is not None and m.gate[0] == group]

        def score(s: dict[str, float]) -> tuple:
            hits = [m for m in rows if made(m, {**LOOSE, **s})]
            return (round(sum(m.credit - worth for m in hits), 6), -len(hits), tuple(STRICTER[k] * s[k] for k in knobs))

        chosen.update(max(_group_settings(knobs), key=score))
    return chosen


TWIN_RUN = 6  # memes sharing a run of this many words, or the same words, are one text (a template or a repost)
_twins: dict[str, str] = {}  # meme -> its group's first meme, from the memes ``mark`` last read (``meme_folds``)


def twins(items: list[dict]) -> dict[str, str]:
    """Meme -> the first (by name) meme of its group of near-duplicates: memes whose lower-cased words are the same or
    share a run of ``TWIN_RUN``. A repost or a template's second filling ("MAYBE X ISN'T YOUR GAME ... SPELLING
    CONTEST") held out while its twin trains would score the folds on what they were fitted on."""
    runs: dict[str, list[str]] = defaultdict(list)
    for item in items:
        words = re.findall(r"[a-z0-9]+", item["text"].lower())
        for key in {" ".join(words)} | {" ".join(words[i : i + TWIN_RUN]) for i in range(len(words) - TWIN_RUN + 1)}:
            runs[key].append(str(item["id"]))
    first: dict[str, str] = {}

    def root(name: str) -> str:
        while first.get(name, name) != name:
            name = first[name]
        return name

    for names in runs.values():
        roots = sorted({root(n) for n in names})
        for r in roots[1:]:
            first[r] = roots[0]
    return {str(i["id"]): root(str(i["id"])) for i in items if root(str(i["id"])) != str(i["id"])}


def meme_folds(names: list[str], k: int, seed: int = SEED, groups: dict[str, str] | None = None) -> list[list[str]]:
    """``folds`` of the memes, each near-duplicate moved into the fold of its group's first meme, so no text sits on
    both sides of a split (``groups``: ``twins`` of the memes; by default those of the memes ``mark`` last read)."""
    groups = _twins if groups is None else groups
    parts = folds(names, k, seed)
    fold_of = {n: i for i, part in enumerate(parts) for n in part}
    out: list[list[str]] = [[] for _ in parts]
    for n in sorted(names):
        out[fold_of.get(groups.get(n, n), fold_of[n])].append(n)
    return out


def calibration_pipeline():
    """spaCy's pipeline as readout reads it (lemmas corrected) and the rhetoric component with calibration off."""
    from readout.analyze import rhetoric  # noqa: F401  (registers the factory)
    from readout.analyze.nlp import load_corrected

    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric", config={"calibrate": False, "detectors": LOOSE})
    return nlp


def _gate(doc, m) -> tuple[str, float] | None:
    """(detector group, value) of a marker a detector knob decides (``made``), read off the marker and its doc."""
    from readout.analyze.extensions import doc_text
    from readout.analyze.quote_marks import quoted_regions

    source = marker_source(m.cue)
    if source == "valence":
        return "valence", float(m.cue.split()[1])
    if source == "scare_quotes":  # as rhetoric._scare_quotes counts a quoted label's words
        text = doc_text(doc)
        region = next((r for r in quoted_regions(doc) if r.outer_start == m.span.start), None)
        inner = text[region.start : region.end] if region is not None else m.span.text.strip(QUOTE_MARKS)
        return "scare_quotes", float(len(inner.strip(" .,;:!?").split()))
    if source == "exclamation":  # from the first word to the sentence's end, as rhetoric.exclamation_slogans counts them
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        return "exclamation", float(sum(1 for t in span if not (t.is_punct or t.is_space)))
    return None


def fit_entries(nlp) -> dict[str, str]:
    """The lexicon's entries written from the fit memes (``from_fit_memes``), named as ``entry_of`` names markers,
    each with its group: the technique and the entry's lemmas ("name_calling_labeling/liar" for "liar" and "liars").
    The lexicon matches a phrase on the word or its lemma, so "liars" finds only plurals and "liar" only singulars:
    the forms of one word are chosen together, on the evidence of all of them."""
    from readout.analyze.rhetoric import LEXICON_PATH, phrase_words, read_data

    raw = read_data(str(LEXICON_PATH), "rhetoric lexicon")
    out = {}
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names if not name.startswith("readout_")]):
        for technique, listed in raw.get("from_fit_memes", {}).get("entries", {}).items():
            patterns = raw["techniques"][technique].get("patterns", [])
            for entry in listed:
                if entry in patterns:
                    if len(patterns) > 1:  # a pattern's markers carry no text of their own: one pattern per technique
                        raise ValueError(f"{technique}: a listed pattern must be its technique's only pattern")
                    out[f"{technique}/pattern"] = f"{technique}/pattern"
                else:
                    lemmas = " ".join(t.lemma_.lower() for t in nlp(entry))
                    out[f"{technique}/{' '.join(phrase_words(nlp.tokenizer, entry))}"] = f"{technique}/{lemmas}"
    return out


def mark(items: list[dict], nlp, candidates: dict[str, str] | None = None) -> tuple[list[Marked], list[Labeled]]:
    """(markers with their credit, gold spans) of the memes (``candidates``: ``fit_entries``, when already read)."""
    labels = nlp.get_pipe("readout_rhetoric").lexicon.labels
    valence = nlp.get_pipe("readout_rhetoric").lexicon.valence
    candidates = fit_entries(nlp) if candidates is None else candidates
    _twins.clear()
    _twins.update(twins(items))  # every split after this keeps a text's copies in one fold
    gold = [(str(i["id"]), lab["start"], lab["end"], lab["technique"]) for i in items for lab in i["labels"]]
    gold_by_id: dict[str, list[Labeled]] = defaultdict(list)
    for g in gold:
        gold_by_id[g[0]].append(g)
    marked = []
    for doc in analyzed(items, nlp):
        name = doc._.readout_document.id
        for m in doc._.readout_rhetoric or ():
            item = (name, m.span.start, m.span.end, labels.get(m.technique, m.technique))
            entry = entry_of(m)
            gate = _gate(doc, m)
            if marker_source(m.cue) == "label":  # reported only with its label: the label's cue and entry decide too
                source = "name_calling_labeling/" + m.cue[len("label '") : -1]
                marked.append(Marked(item, kind_of(m), span_prf([item], gold_by_id[name])[0], None, None, None, 0,
                                     (source, candidates.get(source)), label_shape(m.span.text), m.confidence))
                continue
            if gate is not None and gate[0] == "valence" and m.technique == "loaded_language" and (twin := _said_of_twin(doc, m, name, labels, gold_by_id[name], valence)):
                marked += [Marked(item, kind_of(m), span_prf([item], gold_by_id[name])[0], cue_of(m), candidates.get(entry), gate,
                                  prior=m.confidence, said_of=0), replace(twin, gate=gate, prior=m.confidence)]
                continue
            reach = _reach(doc, m) if gate is not None and gate[0] == "valence" and m.technique == "name_calling_labeling" else 0
            marked.append(Marked(item, kind_of(m), span_prf([item], gold_by_id[name])[0], cue_of(m), candidates.get(entry), gate, reach,
                                 prior=m.confidence))
            if reach and not m.cue.endswith(" on people"):  # on a name: beyond a shorter reach, the word alone is loaded language
                marked += _word_alone(doc, m, name, gate, reach, labels, gold_by_id[name])
    return marked, gold


def _said_of_twin(doc, m, name: str, labels: dict[str, str], gold: list[Labeled], valence) -> Marked | None:
    """The name-calling marker a rated noun of people said of someone makes under ``noun_said_of`` 1 (as
    ``rhetoric.valence_markers`` reads it), for its loaded-language marker made under 0; None for any other marker, or
    where another marker stands on the word (the component keeps one marker per stretch: ``rhetoric._dedupe``)."""
    from readout.analyze.rhetoric import said_of_someone

    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "NOUN" or valence is None or not said_of_someone(span[0], valence):
        return None
    if any(o.span.start < m.span.end and m.span.start < o.span.end and o is not m for o in doc._.readout_rhetoric):
        return None
    item = (name, m.span.start, m.span.end, labels.get("name_calling_labeling", "name_calling_labeling"))
    return Marked(item, "name_calling_labeling/valence", span_prf([item], gold)[0], None, None, None, said_of=1)


def _reach(doc, m) -> int:
    """How many tokens a rated adjective's label marker spans past the adjective: its distance to the name or person."""
    span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    return len(span) - 1


def _word_alone(doc, m, name: str, gate, reach: int, labels: dict[str, str], gold: list[Labeled]) -> list[Marked]:
    """The loaded-language marker a rated adjective on a name makes under a reach shorter than its distance (the
    component reads it as a loaded word when its rating is under the loaded line, ``made``), unless another marker
    already stands on the word (the component keeps one marker per stretch: ``rhetoric._dedupe``)."""
    word = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")[0]
    start, end = word.idx, word.idx + len(word.text)
    if any(o.span.start < end and start < o.span.end and o is not m for o in doc._.readout_rhetoric):
        return []
    item = (name, start, end, labels.get("loaded_language", "loaded_language"))
    return [Marked(item, "loaded_language/valence", span_prf([item], gold)[0], None, None, gate, -reach)]


def supported(marked: list[Marked], support: int) -> frozenset[str]:
    """The groups of entries written from the fit memes whose markers earn credit (fall on a span of their technique)
    on at least ``support`` of these memes: the ones a lexicon written from these memes alone would hold."""
    memes: dict[str, set[str]] = defaultdict(set)
    for m in marked:
        if m.entry is not None and m.credit > 0:
            memes[m.entry].add(m.item[0])
    return frozenset(entry for entry, names in memes.items() if len(names) >= support)


def admitted(marked: list[Marked], entries: frozenset[str]) -> list[Marked]:
    """The markers of other detectors and entries, and those of the entries written from the fit memes that are kept
    (a label's loaded word goes with its label's entry)."""
    return [m for m in marked if (m.entry is None or m.entry in entries)
            and (m.follows is None or m.follows[1] is None or m.follows[1] in entries)]


def fit_kinds(marked: list[Marked], prior_weight: float, min_memes: int = MIN_MEMES, bound: float = 0.0) -> dict[str, dict]:
    """kind -> {markers, credit, confidence} for kinds seen on ``min_memes`` memes or more; with ``bound`` (z > 0) also
    ``gate``, the confidence's lower bound (``lower_bound`` over the markers and the prior's pseudo-markers)."""
    if not marked:
        return {}
    prior = sum(m.credit for m in marked) / len(marked)
    by_kind: dict[str, list[Marked]] = defaultdict(list)
    for m in marked:
        by_kind[m.kind].append(m)
    return {kind: _bounded({"markers": len(ms), "credit": round(sum(m.credit for m in ms), 2),
                            "confidence": round((sum(m.credit for m in ms) + prior_weight * prior) / (len(ms) + prior_weight), 2)},
                           len(ms) + prior_weight, bound)
            for kind, ms in sorted(by_kind.items()) if _memes(ms) >= min_memes}


def _bounded(spec: dict, n: float, bound: float) -> dict:
    """The spec with its ``gate`` (the confidence's lower bound over ``n``) when gated by a bound."""
    return {**spec, "gate": round(lower_bound(spec["confidence"], n, bound), 2)} if bound > 0 else spec


def _memes(marked: list[Marked]) -> int:
    """On how many memes these markers stand: the unit of evidence (one meme's markers are one author's habit)."""
    return len({m.item[0] for m in marked})


def fit_cues(marked: list[Marked], kinds: dict[str, dict], cue_weight: float | None, min_memes: int = MIN_MEMES,
             bound: float = 0.0) -> dict[str, dict]:
    """technique/cue phrase -> {markers, credit, confidence} for lexicon phrases seen on ``min_memes`` memes or
    more, shrunk toward their kind's confidence by ``cue_weight`` pseudo-markers (None: no cue is listed)."""
    if cue_weight is None:
        return {}
    by_cue: dict[str, list[Marked]] = defaultdict(list)
    for m in marked:
        if m.cue is not None and m.kind in kinds:
            by_cue[m.cue].append(m)
    return {cue: _bounded({"markers": len(ms), "credit": round(sum(m.credit for m in ms), 2),
                           "confidence": round((sum(m.credit for m in ms) + cue_weight * kinds[ms[0].kind]["confidence"]) / (len(ms) + cue_weight), 2)},
                          len(ms) + cue_weight, bound)
            for cue, ms in sorted(by_cue.items()) if _memes(ms) >= min_memes}


def kept(marked: list[Marked], kinds: dict[str, dict], line: float, cues: dict[str, dict] | None = None,
         on_lexicon: bool = False) -> list[Labeled]:
    """The markers a calibration reports (kinds it does not list are kept; with ``on_lexicon``, only when the
    lexicon's confidence is at or above the line)."""
    return [m.item for m in kept_marked(marked, kinds, line, cues, on_lexicon)]


def kept_marked(marked: list[Marked], kinds: dict[str, dict], line: float, cues: dict[str, dict] | None = None,
                on_lexicon: bool = False) -> list[Marked]:
    """``kept``, the markers themselves."""
    cues = cues or {}
    out = []
    for m in marked:
        spec = cues.get(m.cue) or kinds.get(m.kind)
        if m.follows is not None:  # a label's loaded word: its label must be reported too
            label = cues.get(m.follows[0]) or kinds.get(LABEL_KIND)
            if label is not None and gate(label) < line:
                continue
        if (spec is None and not (on_lexicon and m.prior < line)) or (spec is not None and gate(spec) >= line):
            out.append(m)
    return out


def label_words_kept(marked: list[Marked], shapes) -> list[Marked]:
    """The markers but the loaded words of labels of a kind not kept (``shapes``: the kinds of label kept)."""
    return [m for m in marked if m.shape is None or m.shape in shapes]


def held_out_markers(marked: list[Marked], gold: list[Labeled], parts: list[set[str]], support: int, weight: float,
                     cue_weight: float | None, line: float, min_memes: int = MIN_MEMES,
                     on_lexicon: bool = False, bound: float = 0.0) -> list[tuple[list[Marked], Scorer]]:
    """Per fold: (the markers reported on its held-out memes, fitted as ``held_out`` fits, its gold's ``Scorer``)."""
    out = []
    for train, test, fold in _split(marked, gold, parts, line):
        entries, kinds, cues = fitted(train, support, weight, cue_weight, min_memes, bound)
        out.append((kept_marked(admitted(test, entries), kinds, line, cues, on_lexicon), fold.scorer))
    return out


def choose_labels(marked: list[Marked], gold: list[Labeled], names: list[str], setting: tuple, k: int = FOLDS,
                  seed: int = SEED, force: str | None = None) -> dict:
    """Whether a label's loaded word is reported (``LABEL_GRID``), chosen by a cross-validation of these memes under the
    calibration's chosen ``setting`` (support, prior weight, cue weight, fewest memes, the line on the lexicon's
    confidences, the bound, line; ``choose``'s key): per kind of label, the
    held-out precision of its loaded words over the folds ("held_out": kind -> [P, markers]); "per_kind" keeps the
    kinds whose precision (its lower bound, under a bound) is at or above the line (a kind with no held-out marker is
    not kept); then, as ``choose`` chooses, the most precise
    of the three that keeps ``RECALL_KEPT`` of the recall of "all" (ties: fewer markers, then "all"). ``force``: take
    that choice (the figures are still measured)."""
    support, weight, cue_weight, fewest, on_lexicon, bound, line = _unpack(setting)
    runs = held_out_markers(marked, gold, [set(p) for p in meme_folds(names, k, seed) if p], support, weight, cue_weight, line, fewest,
                            on_lexicon, bound)
    credits: dict[str, list[float]] = defaultdict(list)
    for predicted, _ in runs:
        for m in predicted:
            if m.shape is not None:
                credits[m.shape].append(m.credit)
    held = {shape: [round(sum(c) / len(c), 4), len(c)] for shape, c in sorted(credits.items())}
    options = {"all": LABEL_SHAPES,
               "per_kind": tuple(s for s in LABEL_SHAPES if s in held and lower_bound(held[s][0], held[s][1], bound) >= line),
               "off": ()}
    table = {}
    for option, shapes in options.items():
        scores = [scorer.prf([m.item for m in label_words_kept(predicted, shapes)]) for predicted, scorer in runs]
        markers = sum(len(label_words_kept(predicted, shapes)) for predicted, _ in runs)
        table[option] = (tuple(sum(s[i] for s in scores) / len(scores) for i in range(3)), markers)
    allowed = [o for o in LABEL_GRID if table[o][0][1] >= RECALL_KEPT * table["all"][0][1]]
    choice = force or max(allowed, key=lambda o: (round(table[o][0][0], 4), -table[o][1], o == "all"))
    return {"choice": choice, "kept": list(options[choice]), "held_out": held,
            "cv": {o: [round(x, 4) for x in table[o][0]] + [table[o][1]] for o in LABEL_GRID}}


LABEL_KIND = "name_calling_labeling/lexicon"  # the kind of the labels whose words rhetoric.label_words marks

# Whether a detector's markers of a technique (a kind, "technique/source") are reported after the calibration, read on
# memes held out from the calibration that gated them: the calibration gates a kind by its in-sample confidence, so a
# kind can pass its gate and still be under the line on memes it was not fitted on. "none": every kind the calibration
# reports; "per_kind": not the listed kinds whose held-out precision (pooled over the training memes' own
# cross-validation; its lower bound at the chosen bound) is under the line; "per_technique": the same read per
# technique (a gate per technique, held out), switching off that technique's listed kinds. Only kinds the calibration
# lists (seen on ``min_memes`` memes) are switched: a kind too rare to learn keeps the lexicon's confidence, which
# ``line_on_lexicon`` governs (fixed by the seeds' recall, twenty-third pass). Chosen as ``choose_labels`` chooses,
# inside each outer fold from the other folds only (docs/evaluation.md, rhetoric, twenty-eighth pass).
SWITCH_GRID = ("none", "per_kind", "per_technique")


def _switch_name(m: Marked, option: str) -> str:
    """What a switch option turns on or off for this marker: its kind, or its technique."""
    return m.kind if option == "per_kind" else m.kind.split("/")[0]


def _switch_name_of(kind: str, option: str) -> str:
    return kind if option == "per_kind" else kind.split("/")[0]


def switched_on(marked: list[Marked], off: frozenset[str] | set[str] | list[str]) -> list[Marked]:
    """The markers whose kind is not switched off."""
    off = set(off)
    return [m for m in marked if m.kind not in off] if off else marked


def choose_switches(marked: list[Marked], gold: list[Labeled], names: list[str], setting: tuple, listed, shapes=LABEL_SHAPES,
                    k: int = FOLDS, seed: int = SEED, force: str | None = None) -> dict:
    """Which kinds or techniques are switched off (``SWITCH_GRID``), chosen by a cross-validation of these memes under
    the calibration's chosen ``setting`` (as ``choose_labels``; ``shapes``: the kinds of label whose loaded words are
    reported; ``listed``: the kinds the calibration fitted on these memes lists, the only ones switched): per option,
    the listed kinds whose pooled held-out precision's lower bound (at the setting's bound, over its held-out markers;
    per technique: over the technique's listed kinds' markers) is under the line are off (a kind or technique with no
    held-out marker stays on); then the most precise option
    that keeps ``RECALL_KEPT`` of the recall of "none" (ties: fewer markers, then "none"). ``force``: take that option.
    Returns {"choice", "off", "held_out": {option: {name: [P, markers]}}, "cv": {option: [P, R, F1, markers]}}."""
    support, weight, cue_weight, fewest, on_lexicon, bound, line = _unpack(setting)
    runs = [(label_words_kept(predicted, shapes), scorer) for predicted, scorer in
            held_out_markers(marked, gold, [set(p) for p in meme_folds(names, k, seed) if p], support, weight, cue_weight, line,
                             fewest, on_lexicon, bound)]
    held: dict[str, dict[str, list]] = {}
    options: dict[str, frozenset[str]] = {"none": frozenset()}
    for option in SWITCH_GRID[1:]:
        credits: dict[str, list[float]] = defaultdict(list)
        for predicted, _ in runs:
            for m in predicted:
                if m.kind in listed:
                    credits[_switch_name(m, option)].append(m.credit)
        held[option] = {name: [round(sum(c) / len(c), 4), len(c)] for name, c in sorted(credits.items())}
        low = {name for name, (p, n) in held[option].items() if lower_bound(p, n, bound) < line}
        options[option] = frozenset(kind for kind in listed if _switch_name_of(kind, option) in low)
    table = {}
    for option, off in options.items():
        scores = [scorer.prf([m.item for m in switched_on(predicted, off)]) for predicted, scorer in runs]
        table[option] = (tuple(sum(s[i] for s in scores) / len(scores) for i in range(3)),
                         sum(len(switched_on(predicted, off)) for predicted, _ in runs))
    allowed = [o for o in SWITCH_GRID if table[o][0][1] >= RECALL_KEPT * table["none"][0][1]]
    choice = force or max(allowed, key=lambda o: (round(table[o][0][0], 4), -table[o][1], o == "none"))
    return {"choice": choice, "off": sorted(options[choice]), "held_out": held,
            "cv": {o: [round(x, 4) for x in table[o][0]] + [table[o][1]] for o in SWITCH_GRID}}


def _unpack(setting: tuple) -> tuple:
    """(support, prior weight, cue weight, fewest memes, line on the lexicon, bound, line) of a setting, the bound 0 when
    the setting has none (six values, as before the bound was gridded)."""
    return setting if len(setting) == 7 else (*setting[:5], 0.0, setting[5])


def fitted(train: list[Marked], support: int, weight: float, cue_weight: float | None,
           min_memes: int = MIN_MEMES, bound: float = 0.0) -> tuple[frozenset[str], dict, dict]:
    """(entries kept, kinds, cues) learned from these memes' markers. A kind's confidence is learned from every marker
    of the kind, those of the entries not kept included: more evidence of how the kind's detector does, and the more
    cautious figure (fitted on the kept entries' markers alone, the nested figure was lower: docs/evaluation.md,
    rhetoric, twentieth pass); the cues from the kept entries' markers."""
    entries = supported(train, support)
    kinds = fit_kinds(train, weight, min_memes, bound)
    return entries, kinds, fit_cues(admitted(train, entries), kinds, cue_weight, min_memes, bound)


def few_memes_credit(marked: list[Marked], names: list[str], support: int, k: int = FOLDS, seed: int = SEED,
                     min_memes: int = MIN_MEMES) -> tuple[float, int]:
    """(mean credit, markers) on held-out memes of the entries written from the fit memes that the other folds attest
    on ``support`` to fewer than ``min_memes`` memes: how right such an entry is on memes it was not read from. Its
    credit on the memes that attest it is right by choice (they are why it is kept), so it cannot say this; its kind's
    confidence, learned mostly from entries seen often, says more than the memes do. ((0.0, 0) when no such marker.)"""
    credits = []
    for held in [set(p) for p in meme_folds(names, k, seed) if p]:
        memes: dict[str, set[str]] = defaultdict(set)
        for m in marked:
            if m.entry is not None and m.credit > 0 and m.item[0] not in held:
                memes[m.entry].add(m.item[0])
        credits += [m.credit for m in marked if m.item[0] in held and m.entry is not None and support <= len(memes[m.entry]) < min_memes]
    return (sum(credits) / len(credits), len(credits)) if credits else (0.0, 0)


def few_memes_kept(train: list[Marked], names: list[str], support: int, line: float, k: int = FOLDS,
                   seed: int = SEED, min_memes: int = MIN_MEMES, bound: float = 0.0) -> tuple[frozenset[str], frozenset[str], float]:
    """(entries kept, those of them attested on fewer than ``min_memes`` memes, their held-out confidence): the
    supported entries, less the few-meme ones when their held-out credit (``few_memes_credit``, from these memes'
    folds; its lower bound over its markers, under a bound) is under the line. The confidence is the one such entries are reported with (regularised: not their
    kind's, which the entries seen often make)."""
    entries = supported(train, support)
    few = entries - supported(train, min_memes)
    credit, markers = few_memes_credit(train, names, support, k, seed, min_memes)
    if markers and lower_bound(credit, markers, bound) < line:
        return entries - few, frozenset(), credit
    return entries, few, credit


@dataclass(frozen=True)
class HeldOut:
    """One fold's held-out gold, read by a ``Scorer``, and ``key``: the fold and its detectors' setting, which with the
    calibration's setting decides what is fitted on the fold's training memes (``held_out`` fits each once)."""

    scorer: Scorer
    key: tuple


def _split(marked: list[Marked], gold: list[Labeled], parts: list[set[str]], line: float, scorers: list[Scorer] | None = None):
    """Per fold: (training markers, held-out markers, ``HeldOut``), the detectors' setting chosen on the training memes
    alone (``choose_detectors`` at the line's worth) and applied to both. ``scorers``: each fold's, when already made."""
    out = []
    for k, held in enumerate(parts):
        train = [m for m in marked if m.item[0] not in held]
        setting = {**LOOSE, **choose_detectors(train, line)}
        scorer = scorers[k] if scorers is not None else Scorer([g for g in gold if g[0] in held])
        out.append((made_under(train, setting), made_under([m for m in marked if m.item[0] in held], setting),
                    HeldOut(scorer, (k, tuple(sorted(setting.items()))))))
    return out


def held_out(marked: list[Marked], gold: list[Labeled], parts: list[set[str]], support: int, weight: float,
             cue_weight: float | None, line: float, split=None, fits: dict | None = None,
             min_memes: int = MIN_MEMES, on_lexicon: bool = False, bound: float = 0.0) -> tuple[float, float, float]:
    """Mean (precision, recall, F1) over the held-out memes of each fold, the detectors' setting, the entries and the
    calibration chosen and fitted on the other folds (``split``: ``_split`` of these, when already made; ``fits``: what
    was fitted on a fold's training memes under a setting, kept across the lines that choose the same detectors)."""
    scores = []
    for train, test, fold in split or _split(marked, gold, parts, line):
        key = (fold.key, support, weight, cue_weight, min_memes, bound)
        if fits is None or key not in fits:
            fit = fitted(train, support, weight, cue_weight, min_memes, bound)
            if fits is not None:
                fits[key] = fit
        else:
            fit = fits[key]
        entries, kinds, cues = fit
        scores.append(fold.scorer.prf(kept(admitted(test, entries), kinds, line, cues, on_lexicon)))
    return tuple(sum(s[i] for s in scores) / len(scores) for i in range(3))


def cross_validate(marked: list[Marked], gold: list[Labeled], names: list[str], k: int = FOLDS,
                   seed: int = SEED, floors: dict[float, float] | None = None,
                   bounds: tuple[float, ...] = GRID_BOUND) -> dict[tuple, tuple[float, float, float]]:
    """(support, prior weight, cue weight, fewest memes, the line on the lexicon's confidences, bound, line) -> mean
    (precision, recall, F1) over the held-out folds (``bounds``: the bounds offered, ``GRID_BOUND``). The
    support is asked of entries written from the fit memes only when some marker comes from one. The detectors'
    setting goes with the line (``choose_detectors``: a marker must be worth the line), chosen in each fold from
    its training memes. ``floors``: filled with line -> the recall of every marker the detectors make under that
    line's setting (line 0, every entry written from the fit memes that any support keeps), the recall ``choose``
    keeps a share of: the detectors' setting answers to its own rule, the calibration's line to the recall rule."""
    parts = [set(p) for p in meme_folds(names, k, seed) if p]
    supports = GRID_SUPPORT if any(m.entry is not None for m in marked) else GRID_SUPPORT[:1]
    table = {}
    scorers = [Scorer([g for g in gold if g[0] in held]) for held in parts]  # each fold's gold read once for every line
    fits: dict = {}  # lines that choose the same detectors fit the same calibration
    for line in GRID_LINE:
        split = _split(marked, gold, parts, line, scorers)
        if floors is not None:
            floors[line] = max(held_out(marked, gold, parts, support, GRID_PRIOR_WEIGHT[0], None, 0.0, split, fits)[1] for support in supports)
        for support in supports:
            for weight in GRID_PRIOR_WEIGHT:
                for cue_weight in GRID_CUE_WEIGHT:
                    for fewest in GRID_MIN_MEMES:
                        for on_lexicon in GRID_LINE_ON_LEXICON:
                            for bound in bounds:
                                key = (support, weight, cue_weight, fewest, on_lexicon, bound, line)
                                if (on_lexicon or bound) and line == 0.0:  # nothing is under line 0: the same as without
                                    table[key] = table.get((support, weight, cue_weight, fewest, False, 0.0, line)) or held_out(
                                        marked, gold, parts, support, weight, cue_weight, line, split, fits, fewest)
                                    continue
                                table[key] = held_out(marked, gold, parts, support, weight, cue_weight, line, split, fits, fewest,
                                                      on_lexicon, bound)
    return {key: table[key] for key in sorted(table, key=lambda key: (key[0], key[1], key[2] is not None, key[2] or 0, *key[3:]))}


def nested_held_out(marked: list[Marked], gold: list[Labeled], names: list[str], k: int = FOLDS,
                    seed: int = SEED, record: list | None = None, labels: str | None = None,
                    bounds: tuple[float, ...] = GRID_BOUND, switch: str | None = None) -> tuple[float, float, float]:
    """Mean (precision, recall, F1) over the held-out memes of each fold, with the setting (support, weights and line)
    chosen by ``choose`` on a cross-validation of the other folds alone, then fitted on them: the entries written from
    the fit memes that those folds support, and the calibration. The held-out memes take no part in choosing the
    setting or the entries, so this figure carries no selection bias: choosing the most precise of the grid's
    settings on the same folds it is scored on (``cross_validate``) flatters the winner, and an entry written from a
    held-out meme would be scored on the meme it was read from. The detectors' numbers first read off the fit memes
    (``DETECTOR_GRID``) are chosen inside too, with the line (``choose_detectors`` on the other folds), and so is whether
    a label's loaded word is reported (``choose_labels`` on the other folds; ``labels``: force one of ``LABEL_GRID``),
    and the bound the gates are read by (``bounds``: those offered; one value forces it), and which kinds or techniques
    are switched off by their held-out precision (``choose_switches``; ``switch``: force one of ``SWITCH_GRID``). ``record``: a list to which
    each fold's choice and held-out figures are appended (with its reported markers, per technique too)."""
    scores = []
    for held in [set(p) for p in meme_folds(names, k, seed) if p]:
        train = [m for m in marked if m.item[0] not in held]
        train_names = [n for n in names if n not in held]
        floors: dict[float, float] = {}
        table = cross_validate(train, [g for g in gold if g[0] not in held], train_names, k, seed, floors, bounds)
        support, weight, cue_weight, fewest, on_lexicon, bound, line = choose(table, floors)
        setting = {**LOOSE, **choose_detectors(train, line)}
        train = made_under(train, setting)
        _, kinds, cues = fitted(train, support, weight, cue_weight, fewest, bound)
        entries, _, _ = few_memes_kept(train, train_names, support, line, k, seed, fewest, bound)
        words = choose_labels([m for m in marked if m.item[0] not in held], [g for g in gold if g[0] not in held], train_names,
                              (support, weight, cue_weight, fewest, on_lexicon, bound, line), k, seed, labels)
        predicted = kept_marked(admitted(made_under([m for m in marked if m.item[0] in held], setting), entries), kinds, line, cues,
                                on_lexicon)
        switches = choose_switches([m for m in marked if m.item[0] not in held], [g for g in gold if g[0] not in held], train_names,
                                   (support, weight, cue_weight, fewest, on_lexicon, bound, line), set(kinds), words["kept"], k,
                                   seed, force=switch)
        reported = switched_on(label_words_kept(predicted, words["kept"]), switches["off"])
        scores.append(span_prf([m.item for m in reported], [g for g in gold if g[0] in held]))
        if record is not None:
            techniques: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
            by_kind: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
            by_origin: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
            for m in reported:
                techniques[m.kind.split("/")[0]][0] += m.credit
                techniques[m.kind.split("/")[0]][1] += 1
                by_kind[m.kind][0] += m.credit
                by_kind[m.kind][1] += 1
                by_origin[origin(m)][0] += m.credit
                by_origin[origin(m)][1] += 1
            record.append({"support": support, "prior_weight": weight, "cue_weight": cue_weight, "min_memes": fewest,
                           "line_on_lexicon": on_lexicon, "bound": bound, "line": line,
                           "detectors": setting, "label_words": words["choice"], "label_words_kept": words["kept"],
                           "held_out": [round(x, 4) for x in scores[-1]], "markers": len(reported),
                           "techniques": {t: [round(c, 2), n] for t, (c, n) in sorted(techniques.items())},
                           "kinds": {t: [round(c, 2), n] for t, (c, n) in sorted(by_kind.items())},
                           "origins": {t: [round(c, 2), n] for t, (c, n) in sorted(by_origin.items())},
                           "switches": switches["choice"], "switched_off": switches["off"],
                           "scored": [[confidence_of(m, kinds, cues), m.credit] for m in reported],
                           "label_words_held_out": _shape_credit(predicted)})
    return tuple(sum(s[i] for s in scores) / len(scores) for i in range(3))


def confidence_of(m: Marked, kinds: dict[str, dict], cues: dict[str, dict]) -> float:
    """The confidence a marker is reported with under this calibration: its lexicon phrase's, else its kind's, else the
    lexicon's (``Calibration.learned``)."""
    spec = cues.get(m.cue) or kinds.get(m.kind)
    return spec["confidence"] if spec is not None else m.prior


def ranked_halves(scored: list[tuple[float, float]]) -> tuple[float, float]:
    """(precision of the more confident half, of the less confident half) of markers given as (confidence, credit): what
    an analyst who sorts by the score and reads the first half gets. Markers of equal confidence straddling the middle
    count toward each half in proportion (the order among them is arbitrary)."""
    half = len(scored) / 2
    groups: dict[float, list[float]] = defaultdict(list)
    for confidence, credit in scored:
        groups[confidence].append(credit)
    top_credit = top_n = 0.0
    for confidence in sorted(groups, reverse=True):
        take = min(len(groups[confidence]), half - top_n)
        if take <= 0:
            break
        top_credit += take * sum(groups[confidence]) / len(groups[confidence])
        top_n += take
    total = sum(credit for _, credit in scored)
    bottom_n = len(scored) - top_n
    return (top_credit / top_n if top_n else 0.0, (total - top_credit) / bottom_n if bottom_n else 0.0)


def origin(m: Marked) -> str:
    """"technique/fit_memes" for a marker of a lexicon entry written from the fit memes (or a label's loaded word whose
    label is one), else "technique/other": the words grown from reading the memes, and the rest."""
    grown = m.entry is not None or (m.follows is not None and m.follows[1] is not None)
    return f"{m.kind.split('/')[0]}/{'fit_memes' if grown else 'other'}"


def _shape_credit(predicted: list[Marked]) -> dict[str, list]:
    """kind of label -> [mean credit, markers] of the labels' loaded words among these markers (before ``choose_labels``
    keeps any): their precision on memes held out from everything that chose or fitted them."""
    credits: dict[str, list[float]] = defaultdict(list)
    for m in predicted:
        if m.shape is not None:
            credits[m.shape].append(m.credit)
    return {shape: [round(sum(c), 2), len(c)] for shape, c in sorted(credits.items())}


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


def choose(table: dict[tuple, tuple[float, float, float]], floors: dict[float, float] | None = None) -> tuple:
    """The most precise setting (support, prior weight, cue weight, fewest memes, the line on the lexicon's confidences,
    the bound, line; the last three before the line may be left out) that keeps ``RECALL_KEPT`` of the recall of every marker (line 0, every supported entry; ``floors``: per
    line, that recall under the line's detector setting); ties: the lower line, no cues, the lower weights, the higher
    support (fewer entries), then more memes asked of a kind or phrase before it is learned, then the line on the
    lexicon's confidences, then the lower bound (the point estimate first: a bound is taken only when it pays). Not the best F1: recall on memes is low by design (many techniques are not marked), so F1 barely
    moves with precision, and every false alarm is a line an analyst must strike out."""
    if floors is None:
        floors = {key[-1]: max(r for key, (_, r, _) in table.items() if key[-1] == 0.0) for key in table}
    allowed = [key for key, (_, r, _) in table.items() if r >= RECALL_KEPT * floors[key[-1]]]
    return max(allowed, key=lambda key: (round(table[key][0], 4), -key[-1], key[2] is None, -(key[2] or 0), -key[1], key[0], key[3:5],
                                         -key[5] if len(key) > 6 else 0.0))


def run(data: Path | None = None, limit: int | None = None, log=print, bounds: tuple[float, ...] = GRID_BOUND) -> dict:
    path = (data or shared_eval_dir()) / FIT_DATA
    items = json.loads(path.read_text(encoding="utf-8"))[:limit]
    nlp = calibration_pipeline()
    candidates = fit_entries(nlp)
    marked, gold = mark(items, nlp, candidates)
    loose = marked
    names = sorted({str(i["id"]) for i in items})
    floors: dict[float, float] = {}
    table = cross_validate(marked, gold, names, floors=floors, bounds=bounds)
    for (support, weight, cue_weight, fewest, on_lexicon, bound, line), (p, r, f) in table.items():
        log(f"  cv support={support} prior_weight={weight:g} cue_weight={cue_weight} min_memes={fewest} line_on_lexicon={on_lexicon} "
            f"bound={bound:g} line={line:g}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    support, weight, cue_weight, fewest, on_lexicon, bound, line = choose(table, floors)
    loose_markers = len(marked)
    detectors = {**LOOSE, **choose_detectors(marked, line)}
    marked = made_under(marked, detectors)
    baseline = span_prf([m.item for m in marked], gold)
    _, kinds, cues = fitted(marked, support, weight, cue_weight, fewest, bound)
    entries, few, few_confidence = few_memes_kept(marked, names, support, line, min_memes=fewest, bound=bound)
    few_markers = few_memes_credit(marked, names, support, min_memes=fewest)[1]
    few_gate = lower_bound(few_confidence, few_markers, bound)
    for entry, group in sorted(candidates.items()):  # few-meme entries: their held-out confidence, if under their kind's
        pattern = entry.endswith("/pattern")
        kind = entry if pattern else entry.split("/", 1)[0] + "/lexicon"
        confidence = min(few_confidence, kinds[kind]["confidence"]) if kind in kinds else few_confidence
        if group in few and entry not in cues and not (pattern and kind in kinds):
            ms = [m for m in marked if m.entry == group and (pattern or m.cue == entry)]
            spec = {"markers": len(ms), "credit": round(sum(m.credit for m in ms), 2), "confidence": round(confidence, 2),
                    "few_memes": True}
            if bound > 0:  # gated by the bound of the held-out figure, or by its kind's gate if lower
                spec["gate"] = round(min(few_gate, gate(kinds[kind])) if kind in kinds else few_gate, 2)
            (kinds if pattern else cues)[entry] = spec
    words = choose_labels(marked, gold, names, (support, weight, cue_weight, fewest, on_lexicon, bound, line))
    switches = choose_switches(marked, gold, names, (support, weight, cue_weight, fewest, on_lexicon, bound, line),
                               {kind for kind, spec in kinds.items() if not spec.get("few_memes")}, words["kept"])
    after = span_prf([m.item for m in switched_on(label_words_kept(kept_marked(admitted(marked, entries), kinds, line, cues, on_lexicon),
                                                                   words["kept"]), switches["off"])], gold)
    cv_p, cv_r, cv_f = table[(support, weight, cue_weight, fewest, on_lexicon, bound, line)]
    cv_p0, cv_r0, cv_f0 = table[(support, weight, cue_weight, fewest, False, bound, 0.0)]  # line 0: the same under any bound
    folds_chosen: list[dict] = []
    nested = nested_held_out(loose, gold, names, record=folds_chosen, bounds=bounds)
    about = (
        "Confidence of each kind of rhetoric marker (technique/source) = the mean same-technique span credit of its markers "
        "on the SemEval-2021 Task 6 subtask 2 training memes (training_set_task2.txt, the fit part of the rhetoric benchmark, "
        f"{len(items)} memes, as copied into ../shared/eval/semeval2021-task6), shrunk toward the mean of all markers by "
        f"{weight:g} pseudo-markers; kinds seen on fewer than {fewest} memes are not listed and keep the lexicon's confidence. "
        + (f"Lexicon phrases seen on {fewest} or more memes (cues) get their own mean, shrunk toward their kind's by {cue_weight:g} pseudo-markers. "
           if cue_weight is not None else "")
        + f"Of the {len(candidates)} lexicon entries written from the fit memes (the lexicon's from_fit_memes), those right "
        f"(credit above 0) on {support} or more memes, counted over the forms of one word together ({len(set(candidates.values()))} groups), "
        f"are kept ({sum(g in entries for g in candidates.values())}); the others are dropped (entries.dropped) "
        "and are not reported (their markers still count toward their kind's confidence). "
        + f"Kept entries attested on fewer than {fewest} memes ({len(few)} groups) are reported with the credit such entries earn on memes they were "
        f"not read from ({few_confidence:.2f} over {few_markers} held-out markers of the same folds; their kind's confidence if lower; few_memes in cues). "
        + f"The detectors' own numbers first read off these memes are chosen with the line (detectors: {', '.join(f'{k} {v:g}' for k, v in detectors.items())}). "
        + ("Markers of a kind (or cue) below min_confidence are not reported; " if bound == 0 else
           f"Markers of a kind (or cue) whose confidence's Wilson lower bound at z {bound:g} (gate; over its markers and the "
           "prior's pseudo-markers) is below min_confidence are not reported; ")
        + " a kind not listed keeps the lexicon's confidence and is "
        + ("reported only when that is at or above min_confidence (line_on_lexicon). " if on_lexicon else "reported whatever that is (line_on_lexicon false). ")
        + f"Support, prior weight, cue weight, the fewest memes (min_memes) and line chosen by {FOLDS}-fold "
        f"cross-validation over memes (seed {SEED}) as the most precise setting keeping {RECALL_KEPT:.0%} of the recall of every marker: same-technique span P/R/F1 {cv_p:.3f} / {cv_r:.3f} / {cv_f:.3f} against "
        f"{cv_p0:.3f} / {cv_r0:.3f} / {cv_f0:.3f} with every kind kept (line 0, same support and weights); with the setting also chosen inside each fold "
        f"(nested cross-validation: detector settings, entries and calibration chosen from the other folds only, the figure without selection bias) {nested[0]:.3f} / {nested[1]:.3f} / {nested[2]:.3f}. Made by `python -m readout.eval.train_rhetoric`; "
        "the dev memes (check part) were not read."
    )
    return {
        "about": about,
        "min_confidence": line,
        "support": support,
        "prior_weight": weight,
        "cue_weight": cue_weight,
        "min_memes": fewest,
        "line_on_lexicon": on_lexicon,
        "bound": bound,
        "low_support_gates": low_support_gates(kinds, cues, line),
        "grid": {"about": ("The calibration's own setting, chosen by the cross-validation from these grids with the detectors' "
                           "(each outer fold's pick in detectors.folds); RECALL_KEPT, the rule that chooses, and the folds "
                           "themselves are not chosen (docs/evaluation.md, rhetoric, twenty-second pass)."),
                 "support": list(GRID_SUPPORT), "prior_weight": list(GRID_PRIOR_WEIGHT), "cue_weight": list(GRID_CUE_WEIGHT),
                 "min_memes": list(GRID_MIN_MEMES), "line_on_lexicon": list(GRID_LINE_ON_LEXICON), "bound": list(bounds), "min_confidence": list(GRID_LINE), "recall_kept": RECALL_KEPT, "folds": FOLDS},
        "fit": {"before": [round(x, 4) for x in baseline], "after": [round(x, 4) for x in after],
                "cv_before": [round(x, 4) for x in (cv_p0, cv_r0, cv_f0)], "cv_after": [round(x, 4) for x in (cv_p, cv_r, cv_f)],
                "nested_cv": [round(x, 4) for x in nested]},
        "kinds": kinds,
        "cues": cues,
        "prior": {"about": ("The mean same-technique credit of every fit marker under the chosen detectors, toward which each "
                            "listed kind is shrunk (the value a kind's shrunk mean takes on no markers): the confidence of the "
                            "kinds of the sources listed here (rhetoric_calibration.PRIOR_SOURCES: detectors with no confidence "
                            "of their own in the lexicon) when the memes attest too few of them to list."),
                  "confidence": round(sum(m.credit for m in marked) / len(marked), 2) if marked else None,
                  "sources": sorted(PRIOR_SOURCES)},
        "label_words": {
            "about": ("Whether the loaded word of a one-word label (rhetoric.label_words, kind loaded_language/label) is reported, "
                      "per kind of label (rhetoric_calibration.label_shape: lower, title, shouted): chosen from all / per_kind / off "
                      "by the same cross-validation under the chosen setting (held_out: per kind, the loaded words' held-out "
                      "precision and markers; per_kind keeps the kinds at or above the line; cv: each choice's P/R/F1 and markers), "
                      "and in the nested figure inside each outer fold (detectors.folds). kept: the kinds reported."),
            **words},
        "switches": {
            "about": ("Kinds the calibration lists but does not report: chosen from none / per_kind / per_technique (SWITCH_GRID) by the "
                      "same cross-validation under the chosen setting: per_kind switches off the listed kinds whose held-out "
                      "precision's lower bound (pooled over the folds, at the chosen bound) is under the line, per_technique the "
                      "listed kinds of the techniques whose held-out precision is (held_out: per option, P and markers; cv: each "
                      "option's P/R/F1 and markers), and in the nested figure inside each outer fold (detectors.folds). off: the "
                      "kinds not reported."),
            **switches},
        "detectors": {
            "about": ("The detectors' numbers first chosen by reading the fit memes (rhetoric.DETECTOR_KNOBS: the rated-word lines "
                      "name_calling_max and loaded_max, a noun's line following loaded_max; name_reach, the most tokens from a rated adjective to the "
                      "name or person it labels; noun_said_of, which technique a rated noun of people said of someone carries (a rule "
                      "switch: 0 loaded language, the rule as written, 1 name calling; its twin markers counted in markers.twins); "
                      "the fewest words of a quoted label; the most "
                      "words of an imperative exclamation), now chosen from the grid below: the memes are marked once with the loosest "
                      "values, and the setting whose markers earn the most same-technique credit beyond the calibration's line each "
                      "(a marker pays when it is more likely right than the line) is chosen, with the line, by the same cross-validation "
                      "over memes, and in the nested figure inside each outer fold from the other folds only (folds: each outer fold's "
                      "choice and held-out P/R/F1). chosen: on all fit memes, used by the component over the lexicon's values."),
            "chosen": detectors, "grid": {knob: list(grid) for knob, grid in DETECTOR_GRID.items()}, "loose": LOOSE,
            "markers": {"loose": loose_markers, "chosen": len(marked), "twins": sum(1 for m in loose if m.said_of == 1)},
            "folds": folds_chosen,
        },
        "entries": {"candidates": len(candidates), "groups": len(set(candidates.values())),
                    "kept": sorted(e for e, g in candidates.items() if g in entries),
                    "dropped": sorted(e for e, g in candidates.items() if g not in entries)},
    }


def low_support_gates(kinds: dict[str, dict], cues: dict[str, dict], line: float) -> int:
    """How many kinds and phrases the calibration reports (their gate at or above the line) on fewer than
    ``LOW_SUPPORT`` fit markers: the gates a few lucky markers can open."""
    return sum(1 for spec in (*kinds.values(), *cues.values()) if gate(spec) >= line and spec["markers"] < LOW_SUPPORT)


def _pooled_over_folds(record: list, key: str) -> dict[str, list[float]]:
    """Credit and held-out markers per name (technique or kind of label) summed over the outer folds' ``key``."""
    pooled: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for fold in record:
        for name, (credit, n) in fold[key].items():
            pooled[name][0] += credit
            pooled[name][1] += n
    return pooled


def _marked_fit_memes(data: Path | None, limit: int | None) -> tuple[list[Marked], list[Labeled], list[str]]:
    """The fit memes (the first ``limit``) marked by the calibration pipeline, their gold and their names: what every
    ``print_*`` report runs its nested folds over."""
    items = json.loads(((data or shared_eval_dir()) / FIT_DATA).read_text(encoding="utf-8"))[:limit]
    marked, gold = mark(items, calibration_pipeline())
    return marked, gold, sorted({str(i["id"]) for i in items})


def print_bound_choices(data: Path | None, limit: int | None) -> int:
    """The nested figure with the bound chosen inside the folds, then with each of ``BOUND_CHOICES`` fixed: precision,
    recall, F1, the held-out markers reported, and per technique the held-out precision and markers."""
    marked, gold, names = _marked_fit_memes(data, limit)
    for bounds in (BOUND_CHOICES, *((b,) for b in BOUND_CHOICES)):
        record: list = []
        p, r, f = nested_held_out(marked, gold, names, record=record, bounds=bounds)
        techniques = _pooled_over_folds(record, "techniques")
        name = "chosen" if len(bounds) > 1 else f"z {bounds[0]:g}"
        print(f"bound {name}: nested P {p:.4f} R {r:.4f} F1 {f:.4f}, {sum(fold['markers'] for fold in record)} markers; "
              f"folds chose {[fold['bound'] for fold in record]}, lines {[fold['line'] for fold in record]}")
        for technique, (credit, n) in sorted(techniques.items()):
            print(f"    {technique}: {credit / n:.3f} ({n})")
    return 0


def print_ranking(data: Path | None, limit: int | None) -> int:
    """Whether the confidence ranks the markers: on the memes held out in the nested folds, each reported marker with the
    confidence its fold's calibration gives it, pooled; the precision of the more and the less confident half
    (``ranked_halves``), and per confidence level the precision and markers."""
    marked, gold, names = _marked_fit_memes(data, limit)
    record: list = []
    p, r, f = nested_held_out(marked, gold, names, record=record)
    scored = [(confidence, credit) for fold in record for confidence, credit in fold["scored"]]
    top, bottom = ranked_halves(scored)
    print(f"nested P {p:.4f} R {r:.4f} F1 {f:.4f}; {len(scored)} held-out markers; precision of the more confident half "
          f"{top:.3f}, of the less confident half {bottom:.3f}")
    levels: dict[float, list[float]] = defaultdict(list)
    for confidence, credit in scored:
        levels[round(confidence, 1)].append(credit)
    for level in sorted(levels, reverse=True):
        print(f"    confidence ~{level:.1f}: precision {sum(levels[level]) / len(levels[level]):.3f} ({len(levels[level])})")
    return 0


def print_spread(data: Path | None, limit: int | None, repeats: int) -> int:
    """The nested figure per fold assignment (``nested_spread``), then its mean, standard deviation and range."""
    marked, gold, names = _marked_fit_memes(data, limit)
    runs = nested_spread(marked, gold, names, repeats)
    precisions = [p for _, (p, _, _) in runs]
    for seed, (p, r, f) in runs:
        print(f"seed {seed}: nested P {p:.4f} R {r:.4f} F1 {f:.4f}")
    sd = statistics.stdev(precisions) if len(precisions) > 1 else 0.0
    print(f"nested P over {len(runs)} assignments: mean {statistics.mean(precisions):.4f}, sd {sd:.4f}, "
          f"range {min(precisions):.4f}-{max(precisions):.4f}")
    return 0


def print_label_choices(data: Path | None, limit: int | None) -> int:
    """The nested figure with the labels' loaded words chosen inside the folds, then with each choice forced, and each
    kind of label's precision on the outer folds' held-out memes."""
    marked, gold, names = _marked_fit_memes(data, limit)
    for labels in (None, *LABEL_GRID):
        record: list = []
        p, r, f = nested_held_out(marked, gold, names, record=record, labels=labels)
        shapes = _pooled_over_folds(record, "label_words_held_out")
        held = ", ".join(f"{s} {c / n:.3f} ({n})" for s, (c, n) in sorted(shapes.items()))
        print(f"label words {labels or 'chosen'}: nested P {p:.4f} R {r:.4f} F1 {f:.4f}; folds chose "
              f"{[fold['label_words'] for fold in record]}; held out per kind of label: {held}")
    return 0


def print_switch_choices(data: Path | None, limit: int | None) -> int:
    """The nested figure with the switches chosen inside the folds (``choose_switches``), then with each option forced:
    precision, recall, F1, held-out markers, each fold's choice and what it switched off, and per detector and technique
    (kind) the held-out precision and markers on the outer folds."""
    marked, gold, names = _marked_fit_memes(data, limit)
    for switch in (None, *SWITCH_GRID):
        record: list = []
        p, r, f = nested_held_out(marked, gold, names, record=record, switch=switch)
        print(f"switches {switch or 'chosen'}: nested P {p:.4f} R {r:.4f} F1 {f:.4f}, {sum(fold['markers'] for fold in record)} markers; "
              f"folds chose {[fold['switches'] for fold in record]}, off {[fold['switched_off'] for fold in record]}")
        for kind, (credit, n) in sorted(_pooled_over_folds(record, "kinds").items()):
            print(f"    {kind}: {credit / n:.3f} ({n})")
    return 0


def print_techniques(data: Path | None, limit: int | None) -> int:
    """Per technique, and within it the markers of entries written from the fit memes (``origin``) and the rest: the
    shipped component's in-sample precision and markers on the fit memes, then the nested held-out ones (the entries
    chosen inside each outer fold). A technique whose words were grown from the memes shows its gap here."""
    from readout.eval.semeval import rhetoric_pipeline

    items = json.loads(((data or shared_eval_dir()) / FIT_DATA).read_text(encoding="utf-8"))[:limit]
    nlp = rhetoric_pipeline()
    labels = nlp.get_pipe("readout_rhetoric").lexicon.labels
    candidates = fit_entries(nlp)
    gold: dict[str, list[Labeled]] = defaultdict(list)
    for i in items:
        gold[str(i["id"])] += [(str(i["id"]), lab["start"], lab["end"], lab["technique"]) for lab in i["labels"]]
    in_sample: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for doc in analyzed(items, nlp):
        name = doc._.readout_document.id
        for m in doc._.readout_rhetoric or ():
            credit = span_prf([(name, m.span.start, m.span.end, labels.get(m.technique, m.technique))], gold[name])[0]
            source = "name_calling_labeling/" + m.cue[len("label '") : -1] if marker_source(m.cue) == "label" else entry_of(m)
            for key in (m.technique, f"{m.technique}/{'fit_memes' if source in candidates else 'other'}"):
                in_sample[key][0] += credit
                in_sample[key][1] += 1
    marked, gold_list, names = _marked_fit_memes(data, limit)
    record: list = []
    p, r, f = nested_held_out(marked, gold_list, names, record=record)
    held = {**_pooled_over_folds(record, "techniques"), **_pooled_over_folds(record, "origins")}
    print(f"nested P {p:.4f} R {r:.4f} F1 {f:.4f}; technique[/origin]: in-sample P (markers), nested P (markers)")
    for key in sorted(set(in_sample) | set(held)):
        figures = [f"{c / n:.3f} ({n})" if n else "- (0)" for c, n in (in_sample.get(key, (0.0, 0)), held.get(key, (0.0, 0)))]
        print(f"    {key}: {figures[0]}, {figures[1]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CALIBRATION_PATH, help="where to write the calibration (default: the bundled one)")
    parser.add_argument("--data", type=Path, default=None, help="the shared eval folder (default ../shared/eval)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N training memes")
    parser.add_argument("--label-choices", action="store_true",
                        help="print the nested figure with each choice of label words forced (LABEL_GRID) and chosen; writes nothing")
    parser.add_argument("--bound-choices", action="store_true",
                        help="print the nested figure with the gates' bound chosen and with each bound fixed (BOUND_CHOICES); writes nothing")
    parser.add_argument("--switch-choices", action="store_true",
                        help="print the nested figure with the kinds' and techniques' held-out switches chosen and each forced "
                             "(SWITCH_GRID), per detector and technique; writes nothing")
    parser.add_argument("--spread", type=int, default=0, metavar="N",
                        help="print the nested figure over N assignments of memes to folds (repeated nested CV); writes nothing")
    parser.add_argument("--techniques", action="store_true",
                        help="print per technique, and per origin of its words (written from the fit memes or not), the "
                             "in-sample and the nested precision; writes nothing")
    parser.add_argument("--ranking", action="store_true",
                        help="print whether the markers' confidence ranks them: on the nested held-out memes, the precision of "
                             "the more and the less confident half; writes nothing")
    args = parser.parse_args(argv)
    if args.ranking:
        return print_ranking(args.data, args.limit)
    if args.techniques:
        return print_techniques(args.data, args.limit)
    if args.spread:
        return print_spread(args.data, args.limit, args.spread)
    if args.label_choices:
        return print_label_choices(args.data, args.limit)
    if args.bound_choices:
        return print_bound_choices(args.data, args.limit)
    if args.switch_choices:
        return print_switch_choices(args.data, args.limit)
    result = run(args.data, args.limit, log=lambda s: print(s, file=sys.stderr))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({"detectors": result["detectors"]["chosen"], "min_confidence": result["min_confidence"], "support": result["support"], "prior_weight": result["prior_weight"], "cue_weight": result["cue_weight"], "min_memes": result["min_memes"],
                      "bound": result["bound"], "low_support_gates": result["low_support_gates"], "line_on_lexicon": result["line_on_lexicon"],
                      "fit": result["fit"], "kinds": len(result["kinds"]), "cues": len(result["cues"]),
                      "entries kept": len(result["entries"]["kept"]), "entries dropped": len(result["entries"]["dropped"]), "out": str(args.out)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
