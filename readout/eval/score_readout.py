"""Score the audit against the readout, audience messages, timing context and source roles.

Sections of a gold file (format in docs/gold-format.md):

- ``readout_audit``: coverage statements with their kind and verdict (and
  ``quote_check`` for quotes). A reported item is found when it has the kind and
  its span overlaps the gold text; it is right when the verdict (and quote
  check) agree. A reported item that overlaps no gold item is a false alarm.
- ``readout_omitted``: readout statements no coverage reports.
- ``readout_topics``: where the official readouts differ: the readouts that
  mention the topic (and the values, for a figure).
- ``audience_messages`` and ``timing_context`` (an object with ``items``):
  found by span overlap; an audience message is right when its audience is
  the gold one or unnamed in both (the gold says "in context" when it is not
  named); a timing context when its relation is the gold one.
- ``beyond_the_readout``: with no official readout, the reports found beyond
  what officials are quoted saying; recall counts, and every other report
  listed is a false alarm.
- ``documents``: each document's ``kind`` read as a source role.

All items are scored through the objects the JSON brief carries.
"""

from __future__ import annotations

import re

from readout.eval.gold import GoldFile
from readout.eval.metrics import Score, SectionReport, locate, overlaps
from readout.eval.runner import EvalCorpus
from readout.link.readout_audit import audit_event, role_of
from readout.link.similarity import content_words
from readout.model import ReadoutAudit, Source, Span


def _sources(corpus: EvalCorpus) -> list[Source]:
    return [Source(document=corpus.documents[n], analysis=corpus.analyses[n]) for n in corpus.documents]


def _audit(corpus: EvalCorpus) -> ReadoutAudit:
    return audit_event(None, _sources(corpus))


def _names(corpus: EvalCorpus) -> dict[str, str]:
    return {d.id: n for n, d in corpus.documents.items()}


def _places(corpus: EvalCorpus, item: dict) -> list[tuple[int, int]]:
    return locate(item["text"], corpus.documents[item["doc"]].text)


def _on(span: Span, places: list[tuple[int, int]]) -> bool:
    return any(overlaps((span.start, span.end), p) for p in places)


def _items(section: object) -> list[dict]:
    if isinstance(section, dict):
        return list(section.get("items", []))
    return list(section or [])


def score_audit(gold: GoldFile, corpus: EvalCorpus) -> SectionReport | None:
    if not gold.has("readout_audit"):
        return None
    audit, names = _audit(corpus), _names(corpus)
    report = SectionReport(name="readout_audit", score=Score())
    claimed: set[int] = set()
    for item in gold.section("readout_audit"):
        places = _places(corpus, item)
        found = [(i, x) for i, x in enumerate(audit.items)
                 if x.kind == item["kind"] and names.get(x.span.doc_id) == item["doc"] and _on(x.span, places) and i not in claimed]
        right = [(i, x) for i, x in found if x.verdict == item["verdict"] and x.quote_check == item.get("quote_check")]
        if right:
            claimed.add(right[0][0])
            report.score.tp += 1
        else:
            report.score.fn += 1
            got = found[0][1].verdict if found else "not found"
            report.misses.append(f"{item['doc']} {item['kind']} {item['text'][:60]!r}: {item['verdict']}, got {got}")
            if found:
                claimed.add(found[0][0])
                report.score.fp += 1
    gold_places = [(item["doc"], _places(corpus, item)) for item in gold.section("readout_audit")]
    for i, x in enumerate(audit.items):
        if i in claimed:
            continue
        if not any(names.get(x.span.doc_id) == doc and _on(x.span, places) for doc, places in gold_places):
            report.score.fp += 1
            report.false_alarms.append(f"{names.get(x.span.doc_id)} {x.kind} {x.verdict} {x.span.text[:60]!r}")
    return report


def score_omitted(gold: GoldFile, corpus: EvalCorpus) -> SectionReport | None:
    if not gold.has("readout_omitted"):
        return None
    return _score_spans("readout_omitted", gold.section("readout_omitted"), _audit(corpus).omitted, corpus)


def _score_spans(name: str, items: list[dict], found: list[Span], corpus: EvalCorpus) -> SectionReport:
    """Gold items found by a reported span of their document that overlaps them; every other span is a false alarm."""
    names = _names(corpus)
    report = SectionReport(name=name, score=Score())
    used: set[int] = set()
    for item in items:
        places = _places(corpus, item)
        hit = next((i for i, s in enumerate(found) if i not in used and names.get(s.doc_id) == item["doc"] and _on(s, places)), None)
        if hit is None:
            report.score.fn += 1
            report.misses.append(f"{item['doc']} {item['text'][:60]!r}")
        else:
            used.add(hit)
            report.score.tp += 1
    for i, s in enumerate(found):
        if i not in used:
            report.score.fp += 1
            report.false_alarms.append(f"{names.get(s.doc_id)} {s.text[:60]!r}")
    return report


def score_topics(gold: GoldFile, corpus: EvalCorpus) -> SectionReport | None:
    if not gold.has("readout_topics"):
        return None
    audit, names = _audit(corpus), _names(corpus)
    report = SectionReport(name="readout_topics", score=Score())
    used: set[int] = set()
    for item in gold.section("readout_topics"):
        wanted = set(item["mentioned_by"])
        hit = None
        for i, topic in enumerate(audit.topics):
            sides = {names.get(s.doc_id) for s in topic.spans if s is not None}
            texts = [corpus.documents[names[s.doc_id]].text[s.start:s.end] for s in topic.spans if s is not None]
            if i not in used and sides == wanted and any(item["text"] in t or t in item["text"] for t in texts):
                if "readings" not in item or [r for r in topic.readings if r] == item["readings"]:
                    hit = i
                    break
        if hit is None:
            report.score.fn += 1
            report.misses.append(f"{item['text'][:60]!r} mentioned by {sorted(wanted)}")
        else:
            used.add(hit)
            report.score.tp += 1
    for i, topic in enumerate(audit.topics):
        if i not in used:
            report.score.fp += 1
            report.false_alarms.append(topic.topic[:60])
    return report


def _same_audience(found: str | None, entity_name: str | None, gold: str) -> bool:
    if found is None:
        return "in context" in gold or "third" in gold.lower()  # the gold notes an audience the text does not name
    gold_words = content_words(re.sub(r"\(.*?\)", "", gold))
    return bool(gold_words & (content_words(found) | content_words(entity_name or "")))


def score_audience(gold: GoldFile, corpus: EvalCorpus) -> SectionReport | None:
    if not gold.has("audience_messages"):
        return None
    report = SectionReport(name="audience_messages", score=Score())
    used: set[tuple[str, int]] = set()
    audiences_right = 0
    items = _items(gold.raw["audience_messages"])
    for item in items:
        analysis = corpus.analyses[item["doc"]]
        names = {e.id: e.name for e in analysis.entities}
        places = _places(corpus, item)
        hit = next((i for i, m in enumerate(analysis.audience_messages) if (item["doc"], i) not in used and _on(m.span, places)), None)
        if hit is None:
            report.score.fn += 1
            report.misses.append(f"{item['doc']} {item['text'][:60]!r}")
            continue
        used.add((item["doc"], hit))
        report.score.tp += 1
        m = analysis.audience_messages[hit]
        if _same_audience(m.audience, names.get(m.audience_id or ""), item["audience"]):
            audiences_right += 1
        else:
            report.misses.append(f"audience of {item['text'][:40]!r}: {item['audience']!r}, got {m.audience!r}")
    for name in {i["doc"] for i in items}:
        for i, m in enumerate(corpus.analyses[name].audience_messages):
            if (name, i) not in used:
                report.score.fp += 1
                report.false_alarms.append(f"{name} {m.span.text[:60]!r}")
    report.extra = {"audience_right": audiences_right / len(items) if items else 0.0}
    return report


def score_timing(gold: GoldFile, corpus: EvalCorpus) -> SectionReport | None:
    if not gold.has("timing_context"):
        return None
    report = SectionReport(name="timing_context", score=Score())
    used: set[tuple[str, int]] = set()
    items = _items(gold.raw["timing_context"])
    for item in items:
        analysis = corpus.analyses[item["doc"]]
        places = _places(corpus, item)
        hit = next((i for i, t in enumerate(analysis.timing)
                    if (item["doc"], i) not in used and _on(t.span, places) and t.relation == item["relation"] and t.date is None), None)
        if hit is None:
            report.score.fn += 1
            report.misses.append(f"{item['doc']} {item['relation']} {item['text'][:60]!r}")
        else:
            used.add((item["doc"], hit))
            report.score.tp += 1
    for name in {i["doc"] for i in items}:
        for i, t in enumerate(corpus.analyses[name].timing):
            if (name, i) not in used:
                report.score.fp += 1
                report.false_alarms.append(f"{name} {t.relation} {t.span.text[:60]!r}")
    return report


def score_beyond(gold: GoldFile, corpus: EvalCorpus) -> SectionReport | None:
    if not gold.has("beyond_the_readout"):
        return None
    return _score_spans("beyond_the_readout", _items(gold.raw["beyond_the_readout"]), _audit(corpus).beyond, corpus)


def gold_role(kind: str) -> str:
    kind = kind.lower()
    if "official" in kind or "readout" in kind or "statement" in kind:
        return "official"
    if "opinion" in kind or "analysis" in kind:
        return "analysis"
    return "news"


def score_roles(gold: GoldFile, corpus: EvalCorpus) -> SectionReport | None:
    """Source roles as a three-way classification: an item per document, right when the role is the gold one."""
    kinds = {n: d.get("kind") for n, d in gold.raw["documents"].items() if isinstance(d, dict) and d.get("kind")}
    if not kinds:
        return None
    report = SectionReport(name="source_roles", score=Score())
    for name, kind in kinds.items():
        got = role_of(Source(document=corpus.documents[name], analysis=corpus.analyses[name]))
        if got == gold_role(kind):
            report.score.tp += 1
        else:
            report.score.fn += 1
            report.score.fp += 1
            report.misses.append(f"{name}: {gold_role(kind)} ({kind}), got {got}")
    return report
