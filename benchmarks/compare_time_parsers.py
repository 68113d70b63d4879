"""Compare readout's time rules with two maintained PyPI parsers, dateparser and ctparse.

Same texts, same anchor dates, same scoring for all three:
- the seeds gold (../shared/seeds/gold.json): span recall (a prediction overlaps the
  gold text) and value accuracy (share of found items with the exact start and end);
- TempEval-3 (../shared/eval/tempeval3-train): relaxed span F1 and value F1 on an even
  spread of --limit documents (dateparser's search is slow on whole articles).

dateparser and ctparse are comparison tools, never dependencies of readout. They run
in a separate virtual environment, by default /tmp/readout-timeparsers-venv, which
--make-venv creates (pip install ctparse==0.3.6 dateparser==1.5.0). This script then
calls itself inside it as a worker that reads texts on stdin and writes JSON.

Usage:
  .venv/bin/python benchmarks/compare_time_parsers.py --make-venv
  .venv/bin/python benchmarks/compare_time_parsers.py [--limit 40] [--venv DIR]

How each parser is read: dateparser.search.search_dates over the whole text with
RELATIVE_BASE = the anchor (it returns a datetime per match: day granularity);
ctparse, which resolves one expression per input, over each sentence with ts = the
anchor (its Time or Interval keeps the granularity it resolved: year, month, day).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

VENV = "/tmp/readout-timeparsers-venv"
PINS = ["ctparse==0.3.6", "dateparser==1.5.0"]


# ---------------------------------------------------------------- worker (runs in the comparison venv)


def _iso(y, m, d) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _month_end(y: int, m: int) -> int:
    import calendar

    return calendar.monthrange(y, m)[1]


def _ctparse_time(t) -> tuple[str, str, str] | None:
    """(start, end, timex) of a ctparse Time at the granularity it resolved."""
    if t is None or t.year is None:
        return None
    if t.month is None:
        return _iso(t.year, 1, 1), _iso(t.year, 12, 31), f"{t.year:04d}"
    if t.day is None:
        return _iso(t.year, t.month, 1), _iso(t.year, t.month, _month_end(t.year, t.month)), f"{t.year:04d}-{t.month:02d}"
    day = _iso(t.year, t.month, t.day)
    return day, day, day


def _run_ctparse(text: str, anchor: str) -> list[dict]:
    import datetime as dt

    from ctparse import ctparse
    from ctparse.types import Interval, Time

    ts = dt.datetime.fromisoformat(anchor)
    found = []
    for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text):
        try:
            result = ctparse(m.group(0), ts=ts, timeout=1.0)
        except Exception:  # noqa: BLE001 - a comparison run records a parser failure as "nothing found"
            result = None
        if result is None:
            continue
        res = result.resolution
        if isinstance(res, Time):
            value = _ctparse_time(res)
        elif isinstance(res, Interval):
            a, b = _ctparse_time(res.t_from), _ctparse_time(res.t_to)
            value = (a[0], b[1], None) if a and b else None
        else:
            value = None
        if value is None:
            continue
        found.append({"start": m.start() + res.mstart, "end": m.start() + res.mend, "from": value[0], "to": value[1], "timex": value[2]})
    return found


def _run_dateparser(text: str, anchor: str) -> list[dict]:
    import datetime as dt

    from dateparser.search import search_dates

    try:
        hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dt.datetime.fromisoformat(anchor)}) or []
    except Exception:  # noqa: BLE001
        hits = []
    found, cursor = [], 0
    for phrase, when in hits:
        at = text.find(phrase, cursor)
        if at == -1:
            continue
        cursor = at + len(phrase)
        day = when.date().isoformat()
        found.append({"start": at, "end": at + len(phrase), "from": day, "to": day, "timex": day})
    return found


def worker(parser: str) -> None:
    run = {"ctparse": _run_ctparse, "dateparser": _run_dateparser}[parser]
    docs = json.load(sys.stdin)
    json.dump([run(d["text"], d["anchor"]) for d in docs], sys.stdout)


# ---------------------------------------------------------------- driver (runs in readout's venv)


def make_venv(venv: str) -> None:
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    subprocess.run([f"{venv}/bin/pip", "install", "--quiet", *PINS], check=True)
    print(f"comparison environment ready: {venv}")


def external(parser: str, docs: list[dict], venv: str) -> list[list[dict]]:
    out = subprocess.run(
        [f"{venv}/bin/python", __file__, "--worker", parser],
        input=json.dumps(docs), capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout)


def readout_rules(docs: list[dict], durations: bool) -> list[list[dict]]:
    from readout.analyze import times  # noqa: F401
    from readout.analyze.nlp import load_base
    from readout.model import Document

    nlp = load_base()
    nlp.add_pipe("readout_times", config={"durations": durations})
    made = []
    for d in docs:
        doc = nlp.make_doc(d["text"])
        doc._.readout_document = Document(id="x", source="x", text=d["text"], published=d.get("published"))
        made.append(doc)
    return [
        [{"start": t.span.start, "end": t.span.end, "from": str(t.start) if t.start else None, "to": str(t.end) if t.end else None, "timex": t.timex} for t in doc._.readout_times]
        for doc in nlp.pipe(made)
    ]


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_seeds(gold_items: list[dict], predictions: list[list[dict]]) -> dict:
    """gold_items: per document, a list of (places, start, end)."""
    total = found = exact = 0
    for items, predicted in zip(gold_items, predictions):
        for places, start, end in items:
            total += 1
            hits = [p for p in predicted if any(_overlap((p["start"], p["end"]), pl) for pl in places)]
            if hits:
                found += 1
                exact += any(p["from"] == start and p["to"] == end for p in hits)
    return {"span_recall": found / total if total else 0.0, "value_accuracy": exact / found if found else 0.0}


def score_tempeval(gold_docs, predictions: list[list[dict]]) -> dict:
    from readout.eval.metrics import Score

    relaxed, value = Score(), Score()
    for doc, predicted in zip(gold_docs, predictions):
        used: set[int] = set()
        for g in doc.timexes:
            i = next((i for i, p in enumerate(predicted) if i not in used and _overlap((p["start"], p["end"]), (g.start, g.end))), None)
            if i is None:
                relaxed.fn += 1
                value.fn += 1
                continue
            used.add(i)
            relaxed.tp += 1
            if predicted[i]["timex"] == g.value:
                value.tp += 1
            else:
                value.fn += 1
                value.fp += 1
        relaxed.fp += len(predicted) - len(used)
        value.fp += len(predicted) - len(used)
    return {"relaxed_f1": relaxed.f1, "value_f1": value.f1}


def seeds_input():
    from readout.analyze import times  # noqa: F401
    from readout.analyze.nlp import load_base
    from readout.eval.gold import load_gold
    from readout.eval.metrics import locate
    from readout.ingest.sources import read_file

    gold = load_gold(Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "gold.json")
    nlp = load_base()
    nlp.add_pipe("readout_times")
    docs, items = [], []
    for name in gold.document_names:
        document = read_file(gold.document_path(name))
        doc = nlp.make_doc(document.text)
        doc._.readout_document = document
        found = nlp(doc)._.readout_times
        # the external parsers get the same anchor readout chose (publication, else event date)
        anchor = next((t.anchor_date for t in found if t.anchor_date), None) or document.published
        docs.append({"text": document.text, "anchor": str(anchor), "published": document.published})
        items.append([(locate(g["text"], document.text), g.get("start"), g.get("end")) for g in gold.section("time_expressions") if g["doc"] == name])
    return docs, items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--make-venv", action="store_true", help="create the comparison environment and exit")
    ap.add_argument("--venv", default=VENV, help="comparison environment with ctparse and dateparser")
    ap.add_argument("--limit", type=int, default=40, help="TempEval-3 documents (an even spread); 0 for all")
    args = ap.parse_args()
    if args.worker:
        return worker(args.worker)
    if args.make_venv:
        return make_venv(args.venv)
    if not Path(args.venv, "bin", "python").exists():
        sys.exit(f"{args.venv}: no comparison environment (run with --make-venv first)")

    from readout.eval import tempeval

    docs, items = seeds_input()
    te_docs = tempeval.load_corpus(limit=args.limit or None)
    te_input = [{"text": d.text, "anchor": str(d.dct), "published": d.dct} for d in te_docs]
    rows = {
        "readout rules": (readout_rules(docs, False), readout_rules(te_input, True)),
        "dateparser 1.5.0": (external("dateparser", _plain(docs), args.venv), external("dateparser", _plain(te_input), args.venv)),
        "ctparse 0.3.6": (external("ctparse", _plain(docs), args.venv), external("ctparse", _plain(te_input), args.venv)),
    }
    print(f"| parser | seeds span recall | seeds value accuracy | TempEval-3 relaxed F1 ({len(te_docs)} docs) | TempEval-3 value F1 |")
    print("|---|---|---|---|---|")
    for name, (seed_pred, te_pred) in rows.items():
        s, t = score_seeds(items, seed_pred), score_tempeval(te_docs, te_pred)
        print(f"| {name} | {s['span_recall']:.3f} | {s['value_accuracy']:.3f} | {t['relaxed_f1']:.3f} | {t['value_f1']:.3f} |")


def _plain(docs: list[dict]) -> list[dict]:
    return [{"text": d["text"], "anchor": d["anchor"]} for d in docs]


if __name__ == "__main__":
    main()
