"""Score rhetoric markers against a gold file's "rhetoric" section.

Gold items quote a passage and name its technique loosely ("loaded language /
name calling"). A gold item is found when a predicted marker overlaps it; the
technique is scored separately (agreement: a marker over the passage carries
one of the techniques the gold names). Gold rhetoric sections are not
exhaustive, so unmatched markers are counted as false alarms only as a lower
bound on precision; the SemEval benchmark measures precision properly.
"""

from __future__ import annotations

from readout.eval.gold import GoldFile
from readout.eval.metrics import Score, SectionReport, locate, overlaps

# words in a loose gold label -> SemEval-2020 Task 11 technique names used by the markers
TECHNIQUE_WORDS: tuple[tuple[str, str], ...] = (
    ("loaded", "loaded_language"),
    ("name calling", "name_calling_labeling"),
    ("labeling", "name_calling_labeling"),
    ("labelling", "name_calling_labeling"),
    ("repetition", "repetition"),
    ("exaggeration", "exaggeration_minimisation"),
    ("minimisation", "exaggeration_minimisation"),
    ("minimization", "exaggeration_minimisation"),
    ("doubt", "doubt"),
    ("fear", "appeal_to_fear_prejudice"),
    ("flag", "flag_waving"),
    ("causal", "causal_oversimplification"),
    ("slogan", "slogans"),
    ("authority", "appeal_to_authority"),
    ("black-and-white", "black_and_white_fallacy"),
    ("black and white", "black_and_white_fallacy"),
    ("thought-terminating", "thought_terminating_cliche"),
    ("thought terminating", "thought_terminating_cliche"),
    ("whatabout", "whataboutism"),
    ("bandwagon", "bandwagon"),
)


def gold_techniques(label: str) -> set[str]:
    """The technique names a loose gold label mentions ("loaded language / name calling" -> two)."""
    label = label.lower()
    return {technique for word, technique in TECHNIQUE_WORDS if word in label}


def score(gold: GoldFile, corpus) -> SectionReport | None:
    if not gold.has("rhetoric"):
        return None
    result = Score()
    agreed = judged = 0
    matched_markers: set[tuple[str, int, int, str]] = set()
    misses: list[str] = []
    for item in gold.section("rhetoric"):
        name, text = item["doc"], item["text"]
        document = corpus.documents.get(name)
        places = locate(text, document.text) if document is not None else []
        if not places:
            result.fn += 1
            misses.append(f"{name}: {text!r} (not in the cleaned text)")
            continue
        markers = corpus.analyses[name].rhetoric
        hits = [m for m in markers if any(overlaps((m.span.start, m.span.end), place) for place in places)]
        if not hits:
            result.fn += 1
            misses.append(f"{name}: {text!r} ({item.get('technique', '')})")
            continue
        result.tp += 1
        matched_markers.update((name, m.span.start, m.span.end, m.technique) for m in hits)
        wanted = gold_techniques(item.get("technique", ""))
        if wanted:
            judged += 1
            agreed += any(m.technique in wanted for m in hits)
    false_alarms = []
    # by document name, then by place in the text: the same list on every run (a set's order follows the hash seed)
    for name in sorted({item["doc"] for item in gold.section("rhetoric")}):
        analysis = corpus.analyses.get(name)
        ordered = sorted(analysis.rhetoric, key=lambda m: (m.span.start, m.span.end, m.technique)) if analysis is not None else ()
        for m in ordered:
            if (name, m.span.start, m.span.end, m.technique) not in matched_markers:
                result.fp += 1
                false_alarms.append(f"{name}: {m.technique} {m.span.text!r}")
    extra = {
        "technique_agreement": round(agreed / judged, 3) if judged else 0.0,
        "technique_judged": float(judged),
        "markers_in_gold_docs": float(result.fp + len(matched_markers)),
    }
    return SectionReport(name="rhetoric", score=result, extra=extra, misses=misses, false_alarms=false_alarms[:50])
