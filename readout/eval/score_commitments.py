"""Scoring commitments against a gold file's ``commitments`` section.

Gold commitments paraphrase the action ("official visit to X") instead of
quoting it, so a prediction matches a gold item when it comes from the same
document and covers at least half of the gold action's content words (in its
action, object or span). Each gold item takes its best-covering prediction;
its due interval is right when both dates equal the gold ones (a gold ``due``
of null wants no dates). A prediction that covers no gold item is a false
alarm; gold sets are not exhaustive, so precision is a lower bound.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from readout.eval.gold import GoldFile
from readout.eval.metrics import Score, SectionReport
from readout.model import Analysis, Commitment

MIN_COVER = 0.5
STOP_WORDS = frozenset(
    "a an the of to for in on at by and or with from as up its their his her this that these those be is are was were will".split()
)


@dataclass(frozen=True)
class GoldCommitment:
    doc: str
    actor: str
    action: str
    due_start: dt.date | None
    due_end: dt.date | None
    status_in_text: str | None
    also_in: tuple[str, ...]


def words(text: str) -> set[str]:
    """Lower-case content words, plural 's' dropped, so 'citizens' meets 'citizen'."""
    found = set()
    for word in re.findall(r"[\w€$£%]+(?:[-'][^\W\d]+)*", text.lower()):
        if word in STOP_WORDS:
            continue
        found.add(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return found


def cover(gold_action: str, predicted: Commitment) -> float:
    """Share of the gold action's content words that the prediction's text contains.

    Figures are anchors: when every figure of the gold action is there and so is
    one more word, the match counts as half covered even if the gold names what
    the text calls "this" ("raise THIS to N tonnes" for "raise X exports to N tonnes").
    """
    wanted = words(gold_action)
    if not wanted:
        return 0.0
    have = words(" ".join(filter(None, (predicted.action, predicted.object, predicted.span.text))))
    share = len(wanted & have) / len(wanted)
    figures = {w for w in wanted if any(ch.isdigit() for ch in w)}
    if figures and figures <= have and len(wanted & have) > len(figures):
        share = max(share, MIN_COVER)
    return share


def gold_items(gold: GoldFile) -> list[GoldCommitment]:
    items = []
    for raw in gold.section("commitments"):
        due = raw.get("due") or {}
        items.append(
            GoldCommitment(
                doc=raw["doc"],
                actor=raw.get("actor", ""),
                action=raw["action"],
                due_start=dt.date.fromisoformat(due["start"]) if due.get("start") else None,
                due_end=dt.date.fromisoformat(due["end"]) if due.get("end") else None,
                status_in_text=raw.get("status_in_text"),
                also_in=tuple(raw.get("also_in", ())),
            )
        )
    return items


def due_right(item: GoldCommitment, predicted: Commitment) -> bool:
    return predicted.due_start == item.due_start and predicted.due_end == item.due_end


def actor_right(item: GoldCommitment, predicted: Commitment, analysis: Analysis) -> bool:
    """Every gold actor ("Veloria; Norland") is among the predicted actors, by name, or by country where the gold
    actor is a country ("Norland" is right for its foreign ministry). A person or body of a country is not
    another of the same country: "the New York businessman" is not a named candidate because both are American."""
    wanted = [a.strip().lower() for a in item.actor.split(";") if a.strip()]
    if not wanted:
        return True
    entities = {e.id: e for e in analysis.entities}
    codes_by_name = {e.name.lower(): e.country for e in analysis.entities if e.country and e.kind == "COUNTRY"}
    have_names = {n.lower() for n in predicted.actor_names}
    have_codes = set()
    for entity_id in predicted.actors:
        entity = entities.get(entity_id)
        if entity is not None:
            have_names.add(entity.name.lower())
            have_names.update(a.lower() for a in entity.aliases)
            if entity.country:
                have_codes.add(entity.country)
    return all(name in have_names or (codes_by_name.get(name) and codes_by_name[name] in have_codes) for name in wanted)


def best_match(item: GoldCommitment, doc_name: str, analyses: dict[str, Analysis]) -> tuple[Commitment | None, float]:
    analysis = analyses.get(doc_name)
    if analysis is None:
        return None, 0.0
    scored = [(cover(item.action, c), due_right(item, c), c) for c in analysis.commitments]
    scored = [s for s in scored if s[0] >= MIN_COVER]
    if not scored:
        return None, 0.0
    best = max(scored, key=lambda s: (s[0], s[1]))
    return best[2], best[0]


def score(gold: GoldFile, corpus) -> SectionReport | None:
    if not gold.has("commitments"):
        return None
    items = gold_items(gold)
    result = Score()
    due_ok = actor_ok = also_found = also_total = 0
    misses: list[str] = []
    for item in items:
        predicted, _ = best_match(item, item.doc, corpus.analyses)
        if predicted is None:
            result.fn += 1
            misses.append(f"{item.doc}: {item.action}")
            continue
        result.tp += 1
        if due_right(item, predicted):
            due_ok += 1
        else:
            misses.append(f"{item.doc}: {item.action}: due {predicted.due_start}..{predicted.due_end}, gold {item.due_start}..{item.due_end}")
        if actor_right(item, predicted, corpus.analyses[item.doc]):
            actor_ok += 1
        for other in item.also_in:
            also_total += 1
            if best_match(item, other, corpus.analyses)[0] is not None:
                also_found += 1
    false_alarms = []
    for name, analysis in corpus.analyses.items():
        relevant = [i for i in items if i.doc == name or name in i.also_in]
        for c in analysis.commitments:
            if not any(cover(i.action, c) >= MIN_COVER for i in relevant):
                result.fp += 1
                false_alarms.append(f"{name}: [{c.status_in_text}] {c.action} ({c.span.text[:80]})")
    n = len(items) or 1
    return SectionReport(
        name="commitments",
        score=result,
        extra={
            "found_with_due_right": float(due_ok),
            "gold_items": float(len(items)),
            "due_accuracy": due_ok / n,
            "actor_accuracy": actor_ok / n,
            "also_in_recall": also_found / also_total if also_total else 0.0,
        },
        misses=misses,
        false_alarms=false_alarms,
    )
