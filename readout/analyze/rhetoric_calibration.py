"""Rhetoric marker confidences learned from annotated data, and the line under which a marker is not reported.

A marker's confidence in the lexicon is a guess written by hand. This module
replaces it with how often markers of the same kind (technique and source: a
lexicon phrase, a lexicon pattern, a rated word, a quoted label, a repeated
phrase, parallel sentences, an imperative exclamation) were right on annotated
text, and for lexicon phrases seen often there, how often that phrase was
right; read from ``data/rhetoric_calibration.json``. That file is made by
``python -m readout.eval.train_rhetoric`` from the fit part of SemEval-2021
Task 6 (the training memes), which also chooses the line by cross-validation
over memes. Kinds the file does not list keep the lexicon's confidence. The
same command chooses which of the lexicon's entries written from those memes
(``from_fit_memes`` in the lexicon) are reported: the others are named in the
file (``entries.dropped``) and their markers are not reported. It also chooses
the detectors' own numbers that were first read off those memes (the rated-word
lines, the fewest words of a quoted label, the most words of an imperative
exclamation: ``detectors.chosen``), which the component uses over the lexicon's.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from readout.errors import AnalyzeError
from readout.model import RhetoricMarker

CALIBRATION_PATH = Path(__file__).parent / "data" / "rhetoric_calibration.json"

MEMO_SIZE = 10_000

# cue -> source; the cue texts are set where the markers are made (rhetoric.py)
FIXED_CUES = {"pattern": "pattern", "scare quotes": "scare_quotes", "imperative exclamation": "exclamation"}


def marker_source(cue: str | None) -> str:
    """Which detector made a marker, read from its cue: "valence -2.5" is a rated word, "'x y z' used 3 times"
    a repetition, "parallel 'say'" parallel sentences, "label 'liar'" the loaded word of a one-word label (``rhetoric.label_words``), "metaphor 'cancer'" a metaphor of
    disease or dependency (``rhetoric.metaphor_markers``),
    "pattern" a lexicon pattern; any other cue is a lexicon phrase."""
    cue = cue or ""
    if cue in FIXED_CUES:
        return FIXED_CUES[cue]
    if cue.startswith("valence "):
        return "valence"
    if cue.startswith("parallel '"):
        return "parallel"
    if cue.startswith("label '"):
        return "label"
    if cue.startswith("metaphor '"):
        return "metaphor"
    if cue.startswith("'") and " used " in cue:
        return "repetition"
    return "lexicon"


# Detectors whose markers carry no confidence of their own in the lexicon (the metaphors borrow the rated words' 0.4 as a
# placeholder) and that the fit memes do not attest: a kind of theirs the calibration cannot list is reported with the
# calibration's prior (``prior``: the mean same-technique credit of every fit marker, toward which every listed kind is
# shrunk; the value the shrunk mean takes on no markers), not with the placeholder.
PRIOR_SOURCES = frozenset({"metaphor"})

LABEL_SHAPES = ("lower", "title", "shouted")  # the kinds of a one-word label, by how it is written (``label_shape``)


def label_shape(text: str) -> str:
    """How a one-word label is written: "shouted" in capitals ("LIAR"), "title" with a capital first ("Liar", a
    headline's or a sentence's first word), "lower" otherwise ("liar"). The loaded word of a label
    (``rhetoric.label_words``) is kept or not by this kind (``Calibration.label_words``), as the training chooses."""
    word = text.strip()
    return "shouted" if word.isupper() else "title" if word[:1].isupper() else "lower"


def cue_of(m: RhetoricMarker) -> str | None:
    """The key a lexicon phrase's marker is calibrated by when its phrase was seen often enough: "technique/phrase"."""
    return f"{m.technique}/{m.cue}" if marker_source(m.cue) == "lexicon" else None


def entry_of(m: RhetoricMarker) -> str | None:
    """The lexicon entry a marker comes from, as the lexicon's ``from_fit_memes`` names it: "technique/phrase" (the
    phrase's words as matched, ``cue_of``), "technique/pattern" for a pattern (a technique with a listed pattern has no
    other); None for the other detectors."""
    source = marker_source(m.cue)
    return f"{m.technique}/{m.cue}" if source == "lexicon" else f"{m.technique}/pattern" if source == "pattern" else None


def kind_of(m: RhetoricMarker) -> str:
    """The key a marker is calibrated by: "technique/source"."""
    return f"{m.technique}/{marker_source(m.cue)}"


class Calibration:
    """Learned confidences: per kind of marker, per lexicon phrase seen often, and the line under which a marker is
    not reported."""

    def __init__(self, confidence: dict[str, float], min_confidence: float, cues: dict[str, float] | None = None,
                 dropped: frozenset[str] = frozenset(), detectors: dict[str, float] | None = None,
                 label_words: frozenset[str] = frozenset(LABEL_SHAPES), line_on_lexicon: bool = False,
                 gates: dict[str, float] | None = None, off: frozenset[str] = frozenset(), prior: float | None = None):
        self.prior = prior  # the confidence of a kind of ``PRIOR_SOURCES`` the calibration does not list
        self.off = off  # kinds listed but switched off: under the line on memes held out from their fit (``switches``)
        self.gates = gates or {}  # kind or technique/phrase -> the lower bound it is gated by, when the training chose one
        self.line_on_lexicon = line_on_lexicon  # a kind not listed is reported only when the lexicon's confidence is at the line
        self.label_words = label_words  # the kinds of one-word label (``label_shape``) whose loaded word is reported
        self.detectors = detectors or {}  # the detectors' settings chosen on the fit memes (rhetoric.DETECTOR_KNOBS)
        self.dropped = dropped  # lexicon entries (``entry_of``) written from the fit memes that the training did not keep
        self.confidence = confidence  # kind -> share of such markers that annotators marked with the same technique
        self.min_confidence = min_confidence  # markers of a kind below this are not reported
        self.cues = cues or {}  # technique/lexicon phrase -> the same, for phrases seen often
        # (technique, cue) -> (learned, the figure gated by the line), (None, None) when not listed
        self._memo: dict[tuple[str, str | None], tuple[float | None, float | None]] = {}

    def _entry(self, m: RhetoricMarker) -> tuple[float | None, float | None]:
        key = (m.technique, m.cue)
        if key not in self._memo:
            if len(self._memo) >= MEMO_SIZE:  # repetition cues quote the text: keep a long batch from growing it
                self._memo.clear()
            cue = cue_of(m) if self.cues else None
            name = cue if cue in self.cues else kind_of(m)
            learned = self.cues[cue] if cue in self.cues else self.confidence.get(name)
            if learned is None and self.prior is not None and marker_source(m.cue) in PRIOR_SOURCES:
                learned = self.prior
            self._memo[key] = (learned, self.gates.get(name, learned))
        return self._memo[key]

    def _lookup(self, m: RhetoricMarker) -> float | None:
        return self._entry(m)[0]

    def learned(self, m: RhetoricMarker) -> float:
        """The marker's confidence: its lexicon phrase's, else its kind's, else (``PRIOR_SOURCES``) the prior, else the
        lexicon's."""
        learned = self._lookup(m)
        return m.confidence if learned is None else learned

    def drops(self, kind: str) -> bool:
        """True when every marker of this kind ("technique/source") is under the line: its detector need not run."""
        return kind in self.off or (kind in self.confidence and self.gates.get(kind, self.confidence[kind]) < self.min_confidence)

    def reported(self, markers: list[RhetoricMarker]) -> list[RhetoricMarker]:
        """The markers whose kind is at or above the line (its confidence, or the lower bound the training gated it by;
        kinds not listed keep the lexicon's confidence, and are kept,
        with ``line_on_lexicon`` only when that is at or above the line), whose lexicon entry was kept, and,
        for a label's loaded word, whose kind of label keeps it (``label_words``)."""
        return [m for m in markers if ((gated := self._entry(m)[1]) is None and not (self.line_on_lexicon and m.confidence < self.min_confidence)
                                       or gated is not None and gated >= self.min_confidence)
                and not (self.dropped and entry_of(m) in self.dropped) and not (self.off and kind_of(m) in self.off)
                and (len(self.label_words) == len(LABEL_SHAPES) or marker_source(m.cue) != "label"
                     or label_shape(m.span.text) in self.label_words)]

    def relabel(self, markers) -> tuple[RhetoricMarker, ...]:
        """The markers with their kind's learned confidence. Done after deduplication, which breaks ties by the
        lexicon's confidences: the learned ones are per kind, and would otherwise make a rated word's guess
        ("loaded language") beat the lexicon's entry for the same word ("name calling")."""
        out = []
        for m in markers:
            learned = self.learned(m)
            out.append(m if learned == m.confidence else m.model_copy(update={"confidence": learned}))
        return tuple(out)

    def apply(self, markers: list[RhetoricMarker]) -> tuple[RhetoricMarker, ...]:
        """``reported`` then ``relabel``."""
        return self.relabel(self.reported(markers))


@lru_cache(maxsize=4)
def load_calibration(path: str) -> Calibration:
    """Read a calibration file, or an AnalyzeError naming the file and the reason."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return Calibration(
            confidence={kind: float(spec["confidence"]) for kind, spec in raw["kinds"].items()},
            min_confidence=float(raw["min_confidence"]),
            cues={cue: float(spec["confidence"]) for cue, spec in raw.get("cues", {}).items()},
            dropped=frozenset(raw.get("entries", {}).get("dropped", ())),
            detectors={knob: float(value) for knob, value in raw.get("detectors", {}).get("chosen", {}).items()},
            label_words=frozenset(raw.get("label_words", {}).get("kept", LABEL_SHAPES)),
            line_on_lexicon=bool(raw.get("line_on_lexicon", False)),
            gates={name: float(spec["gate"]) for part in ("kinds", "cues") for name, spec in raw.get(part, {}).items() if "gate" in spec},
            off=frozenset(raw.get("switches", {}).get("off", ())),
            prior=float(raw["prior"]["confidence"]) if "prior" in raw else None,
        )
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise AnalyzeError(f"cannot read the rhetoric calibration file: {exc}", source=path,
                           hint="fix the path in the component config, or rebuild it with python -m readout.eval.train_rhetoric") from exc
