"""PLOVER gold standard records: event type and actor accuracy, one coded sentence per record.

The records (``plover-gsr-dev.json``) were coded with PLOVER 0.5b1 type names;
readout codes with the 2021 names, so DEMAND is read as REQUEST, DISAPPROVE and
INVESTIGATE as ACCUSE, and FIGHT as ASSAULT (the PLOVER 2021 CAMEO conversion
table groups them so). Actors are compared on their country part (ISO3 or IGO).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from readout.eval.metrics import BenchmarkReport
from readout.eval.public import shared_eval_dir
from readout.errors import GoldFormatError

OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
PUBLISHED = {"universal_petrarch_correct": 0.6806, "universal_petrarch_false_positive": 0.2305}


def default_path() -> Path:
    return shared_eval_dir() / "plover-gsr-dev.json"


def load_records(path: Path) -> list[dict]:
    """The coded records, without the documentation record that opens the file."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"cannot read PLOVER records: {exc}", source=str(path)) from exc
    return [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def _codes(field) -> set[str]:
    if not isinstance(field, list):
        return set()
    return {a["code"][:3] for a in field if isinstance(a, dict) and a.get("code")}


def _country(actor) -> str | None:
    return actor.code[:3] if actor is not None and actor.code else None


def score_records(records: list[dict], nlp) -> tuple[dict[str, float], list[str], list[str]]:
    """Code each record's sentence and compare with the record; returns metrics, misses, weakest types."""
    coder = nlp.get_pipe("readout_events")
    type_ok = source_ok = source_n = target_ok = target_n = all_ok = predicted = 0
    per_type, per_type_ok = Counter(), Counter()
    misses: list[str] = []
    for record, doc in zip(records, nlp.pipe(r["text"].strip() for r in records)):
        gold_type = OLD_TO_NEW.get(record["event"], record["event"])
        events = [e for i, sent in enumerate(doc.sents) if (e := coder.main_event(sent, i, _entities(doc))) is not None]
        event = events[0] if events else None
        predicted += event is not None
        per_type[gold_type] += 1
        ok_type = event is not None and event.event_type == gold_type
        type_ok += ok_type
        per_type_ok[gold_type] += ok_type
        sources, targets = _codes(record.get("source")), _codes(record.get("target"))
        ok_source = ok_target = True
        if sources:
            source_n += 1
            ok_source = event is not None and _country(event.source) in sources
            source_ok += ok_source
        if targets:
            target_n += 1
            ok_target = event is not None and _country(event.target) in targets
            target_ok += ok_target
        all_ok += ok_type and ok_source and ok_target
        if not ok_type:
            got = event.event_type if event else "none"
            misses.append(f"{record['id']}: gold {gold_type}, got {got}: {record['text'][:90]}")
    n = len(records)
    metrics = {
        "records": float(n),
        "event_type_accuracy": type_ok / n if n else 0.0,
        "source_accuracy": source_ok / source_n if source_n else 0.0,
        "target_accuracy": target_ok / target_n if target_n else 0.0,
        "all_correct": all_ok / n if n else 0.0,
        "coded_share": predicted / n if n else 0.0,
    }
    weakest = sorted(per_type, key=lambda t: (per_type_ok[t] / per_type[t], -per_type[t]))[:5]
    weakest_lines = [f"{t}: {per_type_ok[t]}/{per_type[t]}" for t in weakest]
    return metrics, misses, weakest_lines


def _entities(doc):
    from readout.analyze.event_actors import EntityIndex

    return EntityIndex.of(doc)


def run(path: Path | None = None, nlp=None, limit: int | None = None) -> BenchmarkReport:
    """``readout eval --benchmark plover``."""
    from readout.analyze.nlp import shared_pipeline

    path = Path(path) if path else default_path()
    records = load_records(path)[:limit] if limit else load_records(path)
    metrics, misses, weakest = score_records(records, nlp or shared_pipeline())
    return BenchmarkReport(
        name="plover",
        data=str(path),
        metrics=metrics,
        published=PUBLISHED,
        notes=[
            "one event per record: the highest trigger in the parse",
            "PLOVER 0.5b1 types read as 2021 types: " + ", ".join(f"{a}->{b}" for a, b in OLD_TO_NEW.items()),
            "actors compared on country code (ISO3 or IGO); all_correct needs type, source and target right",
        ]
        + misses[:20],
        weakest=weakest,
    )
