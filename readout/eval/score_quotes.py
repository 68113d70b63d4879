"""Score quotes against a gold file's ``quotes`` and ``not_quotes`` sections.

A gold quote is found when a reported quote overlaps its text, has the same
kind (direct or indirect) and the same speaker. Gold files list every direct
quote but only a sample of indirect speech, so only unmatched *direct* quotes
count as false positives; unmatched indirect quotes are counted in ``extra``.
A reported quote that is a listed scare quote (``not_quotes``) is a false
alarm: any direct quote overlapping it, or an indirect one that is mostly it;
an indirect clause that merely contains the label is counted apart in ``extra``.
"""

from __future__ import annotations

import re

from readout.eval.gold import GoldFile
from readout.eval.metrics import Score, SectionReport, locate, overlaps
from readout.eval.runner import EvalCorpus
from readout.model import Analysis, Quote


def normalize_name(name: str | None) -> str:
    name = re.sub(r"\s+", " ", (name or "").casefold()).strip()
    return name[4:] if name.startswith("the ") else name


def speaker_matches(quote: Quote, gold_speaker: str, analysis: Analysis) -> bool:
    """The reported speaker is the gold one, by display name or by the resolved entity's name and aliases."""
    wanted = normalize_name(gold_speaker)
    if normalize_name(quote.speaker) == wanted:
        return True
    for entity in analysis.entities:
        if entity.id == quote.speaker_entity_id:
            return wanted in {normalize_name(n) for n in (entity.name, *entity.aliases)}
    return False


def is_scare_quote_reported(quote: Quote, place: tuple[int, int]) -> bool:
    """A direct quote touching the label, or any quote that is mostly the label, reports the scare quote as speech.

    An indirect quote whose clause merely contains a label ("agreed to hold a meeting ("2+2") in May") does not.
    """
    if quote.kind == "direct":
        return True
    shared = min(quote.span.end, place[1]) - max(quote.span.start, place[0])
    return shared * 2 >= quote.span.end - quote.span.start


def score(gold: GoldFile, corpus: EvalCorpus) -> SectionReport | None:
    if not gold.has("quotes"):
        return None
    result = Score()
    report = SectionReport(name="quotes", score=result)
    matched: set[tuple[str, int]] = set()
    counts = {"direct": [0, 0], "indirect": [0, 0]}  # found with speaker, total
    overlapping = right_speaker = 0
    for item in gold.section("quotes"):
        name, kind = item["doc"], item.get("kind", "direct")
        document, analysis = corpus.documents[name], corpus.analyses[name]
        places = locate(item["text"], document.text)
        counts.setdefault(kind, [0, 0])[1] += 1
        if not places:
            result.fn += 1
            report.misses.append(f"{name}: gold text not found in the cleaned document: {item['text'][:60]!r}")
            continue
        hits = [(n, q) for n, q in enumerate(analysis.quotes) if any(overlaps((q.span.start, q.span.end), p) for p in places)]
        if hits:
            overlapping += 1
            right_speaker += any(speaker_matches(q, item.get("speaker", ""), analysis) for _, q in hits)
        good = [(n, q) for n, q in hits if q.kind == kind and speaker_matches(q, item.get("speaker", ""), analysis)]
        if good:
            result.tp += 1
            counts[kind][0] += 1
            matched.update((name, n) for n, _ in good)
        else:
            result.fn += 1
            said = "; ".join(f"{q.kind} by {q.speaker!r}" for _, q in hits) or "no overlapping quote"
            report.misses.append(f"{name}: {kind} quote by {item.get('speaker')!r} ({said}): {item['text'][:60]!r}")
    unmatched_indirect = 0
    for name in {item["doc"] for item in gold.section("quotes")} | {item["doc"] for item in gold.section("not_quotes")}:
        for n, quote in enumerate(corpus.analyses[name].quotes):
            if (name, n) in matched:
                continue
            if quote.kind == "direct":
                result.fp += 1
                report.false_alarms.append(f"{name}: direct quote by {quote.speaker!r}: {quote.span.text[:60]!r}")
            else:
                unmatched_indirect += 1
    scare_alarms = scare_inside = 0
    for item in gold.section("not_quotes"):
        name = item["doc"]
        places = locate(item["text"], corpus.documents[name].text)
        for quote in corpus.analyses[name].quotes:
            place = next((p for p in places if overlaps((quote.span.start, quote.span.end), p)), None)
            if place is None:
                continue
            if is_scare_quote_reported(quote, place):
                scare_alarms += 1
                report.false_alarms.append(f"{name}: scare quote {item['text']!r} reported as a {quote.kind} quote: {quote.span.text[:60]!r}")
            else:
                scare_inside += 1
    report.extra = {
        "direct_found": counts["direct"][0],
        "direct_total": counts["direct"][1],
        "indirect_found": counts["indirect"][0],
        "indirect_total": counts["indirect"][1],
        "speaker_accuracy": right_speaker / overlapping if overlapping else 0.0,
        "not_quotes_total": len(gold.section("not_quotes")),
        "not_quote_false_alarms": scare_alarms,
        "not_quote_inside_longer_indirect": scare_inside,
        "unmatched_indirect_reported": unmatched_indirect,
    }
    return report
