"""TempEval-3 (TimeBank + AQUAINT, TimeML) as a benchmark for the times extractor.

Reports the measures of the TempEval-3 task A scorer for TIMEX3: strict span F1
(same characters), relaxed span F1 (overlap), and value F1 (relaxed match with
the same normalized value; equals value accuracy times relaxed F1). The
document creation time (DCT) stands in for the publication date, as in the
task. Durations are switched on here because TIMEX3 annotates them.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from readout.eval.metrics import BenchmarkReport, Score, overlaps
from readout.eval.public import shared_eval_dir
from readout.eval.splits import TEMPEVAL_CHECK, TEMPEVAL_FIT
from readout.model import Document, Span, TimeExpr

PUBLISHED = {
    "HeidelTime value F1 (TE-3 platinum test)": 77.61,
    "SUTime value F1 (TE-3 platinum test)": 67.38,
}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: dt.date | None
    timexes: list[Timex] = field(default_factory=list)
    part: str = ""  # the sub-corpus folder: TimeBank (fit part) or AQUAINT (check part)


def default_path() -> Path:
    return shared_eval_dir() / "tempeval3-train" / "TBAQ-cleaned"


def read_timeml(path: Path) -> TimeMLDoc:
    """The plain text of the TEXT element, its TIMEX3 with character offsets, and the DCT."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", timex.get("value", ""))
            if match:
                dct = dt.date(*map(int, match.groups()))
            break
    body = root.find("TEXT")
    pieces: list[str] = []
    found: list[Timex] = []

    def walk(element: ET.Element) -> None:
        start = sum(len(p) for p in pieces)
        pieces.append(element.text or "")
        for child in element:
            walk(child)
            pieces.append(child.tail or "")
        if element.tag == "TIMEX3":
            end = sum(len(p) for p in pieces)
            found.append(Timex(start, end, "".join(pieces)[start:end], element.get("type", ""), element.get("value", "")))

    if body is not None:
        walk(body)
    return TimeMLDoc(name=path.stem, text="".join(pieces), dct=dct, timexes=found)


def load_corpus(path: Path | None = None, limit: int | None = None) -> list[TimeMLDoc]:
    root = Path(path) if path else default_path()
    files = sorted(root.rglob("*.tml")) if root.is_dir() else [root]
    seen: set[str] = set()
    docs = []
    for file in files:  # the corpus has one file twice (testpipeline/); count it once
        if file.name in seen:
            continue
        seen.add(file.name)
        doc = read_timeml(file)
        doc.part = next((p for p in file.parts if p in (TEMPEVAL_FIT, TEMPEVAL_CHECK)), "")
        docs.append(doc)
    if limit and limit < len(docs):  # an even spread over both sub-corpora
        docs = docs[:: len(docs) // limit][:limit]
    return docs


def benchmark_pipeline():
    """spaCy's pipeline plus the times component with durations and vague words on (TIMEX3 annotates them)."""
    from readout.analyze import times  # noqa: F401  (registers the factory)
    from readout.analyze.nlp import load_corrected

    nlp = load_corrected()
    nlp.add_pipe("readout_times", config={"durations": True, "vague_words": True})
    return nlp


def predict(docs: list[TimeMLDoc], nlp) -> list[list[TimeExpr]]:
    made = []
    for doc in docs:
        document = Document(id=doc.name, source=doc.name, text=doc.text, published=doc.dct)
        spacy_doc = nlp.make_doc(doc.text)
        spacy_doc._.readout_document = document
        made.append(spacy_doc)
    return [[part for t in d._.readout_times or () for part in range_ends(t)] for d in nlp.pipe(made, batch_size=16)]


_JOINER = re.compile(r"\s*(?:\b(?:to|until|till|through|and)\b|[-–—/])\s*", re.I)
_OPENER = re.compile(r"^(?:from|between)\s+", re.I)
_ANY_YEARS_MONTHS = re.compile(r"XXXX-\d\d/XXXX-\d\d")
_INTERVAL_OF_ENDS = re.compile(r"\d{4}-\d\d(?:-\d\d)?/\d{4}-\d\d(?:-\d\d)?")  # "March 17-18", "May-July 2026" as readout values them: each end its TIMEX3


def range_ends(t: TimeExpr) -> list[TimeExpr]:
    """A range as TimeML annotates it: each end its own TIMEX3 ("from 1985 to 1987" is 1985 and 1987).

    readout reports a range as one expression with a start and an end; the
    TempEval-3 scorer wants each end, so here (in the benchmark only) the
    span is cut at its last joiner and each end gets the value of its date,
    at the granularity the two dates share (years, months or days).
    """
    any_years = _ANY_YEARS_MONTHS.fullmatch(t.timex or "")  # "the wind blows from November to March": XXXX-11, XXXX-03
    if not any_years and ((t.timex is not None and not _INTERVAL_OF_ENDS.fullmatch(t.timex)) or t.granularity != "range" or t.start is None or t.end is None):
        return [t]
    text = t.span.text
    joins = [m for m in _JOINER.finditer(text) if m.start() > 0 and m.end() < len(text)]
    if not joins:
        return [t]
    join = joins[-1] if not any(j.group().strip().lower() == "and" for j in joins) else next(j for j in joins if j.group().strip().lower() == "and")
    opener = _OPENER.match(text)
    left_start = opener.end() if opener else 0
    if any_years:
        values = tuple(t.timex.split("/"))
    elif t.start.timetuple().tm_yday == 1 and (t.end.month, t.end.day) == (12, 31):
        values = (str(t.start.year), str(t.end.year))
    elif t.start.day == 1 and (t.end + dt.timedelta(days=1)).day == 1:
        values = (f"{t.start:%Y-%m}", f"{t.end:%Y-%m}")
    else:
        values = (t.start.isoformat(), t.end.isoformat())
    base = t.span.start
    ends = []
    for (a, b), value in zip(((left_start, join.start()), (join.end(), len(text))), values):
        span = Span(doc_id=t.span.doc_id, start=base + a, end=base + b, text=text[a:b])
        ends.append(t.model_copy(update={"span": span, "timex": value}))
    return ends


def _value(t: TimeExpr) -> str:
    return t.timex or ""


_CLOCK_OR_PART_OF_DAY = re.compile(r"T(?:\d|MO|AF|EV|NI|DT)")


def timex_type(t: TimeExpr) -> str:
    """The TIMEX3 type readout's expression implies (readout keeps no type of its own): SET for a
    recurrence, DURATION for a P-value, TIME for a clock time or part of the day, else DATE."""
    value = _value(t)
    if t.recurrence or t.granularity == "recurrence":
        return "SET"
    if value.startswith("P") and not value.endswith("_REF"):
        return "DURATION"
    return "TIME" if _CLOCK_OR_PART_OF_DAY.search(value) else "DATE"


@dataclass
class Tally:
    strict: Score = field(default_factory=Score)
    relaxed: Score = field(default_factory=Score)
    value: Score = field(default_factory=Score)
    type: Score = field(default_factory=Score)  # TimeML's type attribute, scored as the task's scorer scores it (relaxed match)
    by_type: dict[str, Counter] = field(default_factory=dict)
    wrong_values: list[str] = field(default_factory=list)


def tally(docs: list[TimeMLDoc], predictions: list[list[TimeExpr]]) -> Tally:
    out = Tally()
    for doc, predicted in zip(docs, predictions):
        gold_spans = {(g.start, g.end) for g in doc.timexes}
        strict_hits = sum(1 for p in predicted if (p.span.start, p.span.end) in gold_spans)
        out.strict.tp += strict_hits
        out.strict.fp += len(predicted) - strict_hits
        out.strict.fn += len(doc.timexes) - strict_hits
        used: set[int] = set()
        for g in doc.timexes:
            counts = out.by_type.setdefault(g.type, Counter())
            counts["gold"] += 1
            match = next((i for i, p in enumerate(predicted) if i not in used and overlaps((p.span.start, p.span.end), (g.start, g.end))), None)
            if match is None:
                out.relaxed.fn += 1
                out.value.fn += 1
                out.type.fn += 1
                continue
            used.add(match)
            counts["found"] += 1
            out.relaxed.tp += 1
            if timex_type(predicted[match]) == g.type:
                out.type.tp += 1
            else:
                out.type.fn += 1
                out.type.fp += 1
            if _value(predicted[match]) == g.value:
                counts["value"] += 1
                out.value.tp += 1
            else:
                out.value.fn += 1
                out.value.fp += 1
                if len(out.wrong_values) < 200:
                    out.wrong_values.append(f"{doc.name}: {g.text!r} gold {g.value} got {_value(predicted[match])!r} ({predicted[match].span.text!r})")
        unmatched = len(predicted) - len(used)
        out.relaxed.fp += unmatched
        out.value.fp += unmatched
        out.type.fp += unmatched
    return out


def run(path: Path | None = None, nlp=None, limit: int | None = None, part: str = "both") -> BenchmarkReport:
    """Score the corpus (or ``limit`` documents spread evenly over it, for quick checks).

    ``part`` "fit" or "check" analyzes and scores only that sub-corpus (TimeBank or AQUAINT); the unsuffixed
    figures and the notes are then that part's."""
    folders = {"fit": TEMPEVAL_FIT, "check": TEMPEVAL_CHECK}
    docs = [d for d in load_corpus(path, limit) if part == "both" or d.part == folders[part]]
    nlp = nlp or benchmark_pipeline()
    predictions = predict(docs, nlp)
    result = tally(docs, predictions)
    parts = {}
    for label, folder in folders.items():
        chosen = [i for i, d in enumerate(docs) if d.part == folder]
        if chosen:
            sub = tally([docs[i] for i in chosen], [predictions[i] for i in chosen])
            parts[f"value_f1_{label}"] = sub.value.f1
            parts[f"relaxed_f1_{label}"] = sub.relaxed.f1
    metrics = {
        "strict_precision": result.strict.precision,
        "strict_recall": result.strict.recall,
        "strict_f1": result.strict.f1,
        "relaxed_precision": result.relaxed.precision,
        "relaxed_recall": result.relaxed.recall,
        "relaxed_f1": result.relaxed.f1,
        "value_f1": result.value.f1,
        "value_accuracy": result.value.tp / result.relaxed.tp if result.relaxed.tp else 0.0,
        "type_f1": result.type.f1,
        "type_accuracy": result.type.tp / result.relaxed.tp if result.relaxed.tp else 0.0,
        **parts,
    }
    per_type = {t: (c["found"] / c["gold"], c["value"] / c["gold"]) for t, c in result.by_type.items() if c["gold"]}
    weakest = [f"{t}: found {f:.0%}, right value {v:.0%} of {result.by_type[t]['gold']}" for t, (f, v) in sorted(per_type.items(), key=lambda kv: kv[1][1])]
    return BenchmarkReport(
        name="tempeval3",
        data=str(path or default_path()),
        metrics=metrics,
        published=PUBLISHED,
        notes=[
            f"{len(docs)} documents, {sum(len(d.timexes) for d in docs)} TIMEX3 (DCT excluded)",
            f"fit part {TEMPEVAL_FIT} (rules may be written from it), check part {TEMPEVAL_CHECK} (only scored; its wrong values are not listed)"
            + ("" if part == "both" else f"; only the {part} part analyzed and scored"),
            *[w for w in result.wrong_values if not any(w.startswith(d.name + ":") for d in docs if d.part == TEMPEVAL_CHECK)][:40],
        ],
        weakest=weakest,
    )
