"""Score actors against a gold file's ``entities`` section.

Gold lists the main actors of the whole set, each with its canonical name, kind, country
and the texts it appears as (``aliases_seen``). A gold actor is found when some document's
analysis has an entity whose name or one of whose aliases equals the canonical name, and
one of that entity's mentions overlaps a place where the document writes the canonical
name or one of the gold aliases. Gold lists only the main actors, so predicted persons,
countries and organisations that are not in it are reported as false alarms and the
precision is informative only.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from readout.eval.gold import GoldFile
from readout.eval.metrics import BenchmarkReport, Score, SectionReport, locate, overlaps
from readout.model import Document, Entity

SCORED_KINDS = {"PERSON", "COUNTRY", "ORG"}


def _key(text: str) -> str:
    """Compare names without case, accents or a leading article."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()
    return plain[4:] if plain.startswith("the ") else plain


def _names(entity: Entity) -> set[str]:
    return {_key(entity.name), *(_key(alias) for alias in entity.aliases)}


def _gold_texts(item: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys([item["canonical"], *item.get("aliases_seen", [])]))


def _match(item: dict[str, Any], corpus) -> tuple[Entity | None, set[str]]:
    """The predicted entity for a gold actor, and which gold aliases its mentions cover."""
    wanted = _key(item["canonical"])
    best, covered = None, set()
    for name, analysis in corpus.analyses.items():
        text = corpus.documents[name].text
        for entity in analysis.entities:
            if wanted not in _names(entity):
                continue
            spans = [(m.span.start, m.span.end) for m in analysis.mentions if m.entity_id == entity.id]
            hits = {alias for alias in _gold_texts(item) for where in locate(alias, text) if any(overlaps(where, s) for s in spans)}
            if hits:
                best = best or entity
                covered |= hits
    return best, covered


def score(gold: GoldFile, corpus) -> SectionReport | None:
    if not gold.has("entities"):
        return None
    items = gold.section("entities")
    result = Score()
    report = SectionReport(name="entities", score=result)
    matched_ids: set[str] = set()
    gold_keys = {_key(t) for item in items for t in _gold_texts(item)}
    aliases_total = aliases_found = kind_ok = country_ok = country_total = 0
    for item in items:
        entity, covered = _match(item, corpus)
        present = [a for a in item.get("aliases_seen", []) if any(locate(a, d.text) for d in corpus.documents.values())]
        aliases_total += len(present)
        aliases_found += len(covered & set(present))
        if entity is None:
            result.fn += 1
            report.misses.append(f"{item['canonical']} ({item.get('kind', '?')})")
            continue
        result.tp += 1
        matched_ids.add(entity.id)
        kind_ok += entity.kind == item.get("kind", entity.kind)
        expected_country = item.get("country") or item.get("iso3")
        if expected_country:
            country_total += 1
            country_ok += entity.country == expected_country
        for alias in sorted(set(present) - covered):
            report.misses.append(f"{item['canonical']}: alias {alias!r} not resolved to it")
    seen_false: set[str] = set()
    for analysis in corpus.analyses.values():
        for entity in analysis.entities:
            if entity.kind not in SCORED_KINDS or entity.id in matched_ids or entity.id in seen_false:
                continue
            if _names(entity) & gold_keys:
                continue  # a gold actor found under another id elsewhere: not a false alarm
            seen_false.add(entity.id)
            result.fp += 1
            report.false_alarms.append(f"{entity.name} ({entity.kind}, {entity.id})")
    report.extra = {
        "alias_recall": aliases_found / aliases_total if aliases_total else 0.0,
        "kind_accuracy": kind_ok / result.tp if result.tp else 0.0,
        "country_accuracy": country_ok / country_total if country_total else 0.0,
        "precision_is_informative": 1.0,
    }
    return report


def run(path=None, nlp=None) -> BenchmarkReport:
    """The public-benchmark entry point (``readout eval --benchmark plover-actors``)."""
    return plover_actor_codes(path, nlp)


def plover_actor_codes(path=None, nlp=None) -> BenchmarkReport:
    """Actor codes on text nobody on the team wrote: the PLOVER gold standard records.

    Each record names its source and target actors as they are written ("Hungarian",
    "U.N. Security Council") with a CAMEO-style code (ISO3 or IGO, plus a sector). The
    actor text is found in the sentence and ``entity_for_span`` and ``actor_code`` must give
    the same country part (ISO3/IGO) and, separately, the same full code.
    """
    from readout.analyze.actors import actor_code, entity_for_span, mention_for_span
    from readout.analyze.analyzer import _make_doc
    from readout.analyze.nlp import COMPONENTS, load_pipeline
    from readout.eval.plover import default_path, load_records

    path = Path(path) if path else default_path()
    nlp = nlp or load_pipeline(disable=tuple(name for _, name, _ in COMPONENTS if name not in ("readout_gazetteer", "readout_actors")))
    records = load_records(path)
    total = found = country_ok = full_ok = full_total = 0
    misses: Counter[str] = Counter()
    docs = nlp.pipe(_make_doc(nlp, Document(id=r.get("id", "plover"), source=r.get("id", "plover"), text=r["text"].strip())) for r in records)
    for record, doc in zip(records, docs):
        for actor in [a for key in ("source", "target") if isinstance(record.get(key), list) for a in record[key]]:
            if not isinstance(actor, dict) or not actor.get("code") or not actor.get("actorText"):
                continue
            where = locate(actor["actorText"], doc.text)
            if not where:
                continue
            total += 1
            entity = entity_for_span(doc, *where[0])
            code = actor_code(entity, mention_for_span(doc, *where[0]), doc) if entity is not None else None
            found += entity is not None
            if code and code[:3] == actor["code"][:3]:
                country_ok += 1
            else:
                misses[f"{actor['actorText']} -> {code or 'nothing'} (gold {actor['code'][:3]})"] += 1
            if actor.get("sector"):
                full_total += 1
                full_ok += code == actor["code"][:3] + actor["sector"]
    return BenchmarkReport(
        name="plover-actors",
        data=str(path),
        metrics={
            "actors": float(total),
            "resolved": found / total if total else 0.0,
            "country_code_accuracy": country_ok / total if total else 0.0,
            "full_code_accuracy": full_ok / full_total if full_total else 0.0,
        },
        notes=["actor spans are the records' actorText located in the sentence; codes compared on ISO3/IGO, then on ISO3+sector where the record gives a sector"],
        weakest=[f"{text} x{n}" for text, n in misses.most_common(100)],
    )

