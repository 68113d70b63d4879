"""Score the gold file's "event" section: is the event coded with the right type, mode and actors?

The section describes the one event a gold file's documents are about
(``{"plover": {"event_type", "mode", "source", "target"}}``). A document
counts as found when one of its coded events has the gold type, a mode the
gold allows ("video/phone" allows either) and the gold source and target
countries; for symmetric types (CONSULT, AGREE, COOPERATE) the pair may come
in either order, since "X met Y" and "Y met X" are the same meeting.
"""

from __future__ import annotations

from readout.eval.gold import GoldFile
from readout.eval.metrics import Score, SectionReport
from readout.model import EventCode

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def _country(actor) -> str | None:
    return actor.code[:3] if actor is not None and actor.code else None


def _matches(event: EventCode, gold: dict) -> dict[str, bool]:
    modes = {m.strip().lower() for m in str(gold.get("mode") or "").split("/") if m.strip()}
    pair = (_country(event.source), _country(event.target))
    want = (gold.get("source"), gold.get("target"))
    actors_ok = pair == want or (gold.get("event_type") in SYMMETRIC and pair == want[::-1])
    return {
        "type": event.event_type == gold.get("event_type"),
        "mode": not modes or (event.mode or "").lower() in modes,
        "actors": actors_ok,
    }


def score(gold: GoldFile, corpus) -> SectionReport | None:
    """Per document: found (tp) when an event matches type, mode and actors; missed (fn) otherwise."""
    section = gold.raw.get("event")
    if not isinstance(section, dict) or not isinstance(section.get("plover"), dict):
        return None
    want = section["plover"]
    names = list(corpus.analyses) if section.get("both_documents_are_about_it", True) else list(corpus.analyses)[:1]
    result = Score()
    type_ok = mode_ok = actors_ok = 0
    misses: list[str] = []
    for name in names:
        events = corpus.analyses[name].events
        checks = [_matches(e, want) for e in events]
        best = max(checks, key=lambda c: (c["type"] and c["actors"], c["type"] and c["mode"], c["type"], c["actors"]), default=None)
        if best and all(best.values()):
            result.tp += 1
        else:
            result.fn += 1
            misses.append(f"{name}: no {want.get('event_type')} {want.get('source')}-{want.get('target')} event ({len(events)} events coded)")
        if best:
            type_ok += any(c["type"] for c in checks)
            mode_ok += any(c["type"] and c["mode"] for c in checks)
            actors_ok += any(c["type"] and c["actors"] for c in checks)
    n = len(names) or 1
    return SectionReport(
        name="event",
        score=result,
        extra={"type_found": type_ok / n, "type_and_mode_found": mode_ok / n, "type_and_actors_found": actors_ok / n},
        misses=misses,
    )
