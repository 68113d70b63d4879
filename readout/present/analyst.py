"""The analyst layer applied to what readout reports: hidden entities left out, merged ones reported under their target,
verdicts set by hand listed beside the extracted ones.

As on the web pages: a hidden entity is no participant, speaker or audience;
an entity merged into another is reported under that one (the brief's
participant says what was merged into it); a manual verdict never replaces
the verdict the link stage gave, it is shown next to it with its author and
time. Extracted rows are never changed: these functions return new objects
built from the evidence and the annotations.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from readout.model import (
    AnalystLayer,
    AnalystVerdict,
    Annotation,
    Brief,
    BriefParticipant,
    Citation,
    Entity,
    Event,
    MessageGroup,
    QuoteGroup,
    SourceInfo,
    Span,
)

Group = TypeVar("Group", QuoteGroup, MessageGroup)


@dataclass(frozen=True)
class EntityView:
    """Who analysts hid and merged: ``merged`` maps an entity to its final target; ``entities`` are the targets as stored."""

    hidden: frozenset[str] = frozenset()
    merged: Mapping[str, str] = field(default_factory=dict)
    entities: Mapping[str, Entity] = field(default_factory=dict)

    def resolve(self, entity_id: str | None) -> str | None:
        """The entity an id is reported under: itself, its merge target, or None when it (or its target) is hidden."""
        if entity_id is None or entity_id in self.hidden:
            return None
        target = self.merged.get(entity_id, entity_id)
        return None if target in self.hidden else target

    def name(self, entity_id: str, default: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.name if entity else default


def _union(first: Iterable[Citation], second: Iterable[Citation]) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for c in [*first, *second]:
        seen.setdefault(c.label, c)
    return tuple(sorted(seen.values(), key=lambda c: (c.source_number, c.sentence)))


def apply_to_brief(brief: Brief, view: EntityView, annotations: Sequence[Annotation]) -> Brief:
    """The brief as analysts see it; unchanged (and without an analyst section) when no annotation concerns it."""
    touched_hidden: set[str] = set()
    touched_merged: dict[str, str] = {}

    def resolve(entity_id: str | None) -> str | None:
        target = view.resolve(entity_id)
        if entity_id is not None and target is None:
            touched_hidden.add(entity_id)
        elif entity_id is not None and target != entity_id:
            touched_merged[entity_id] = target
        return target

    participants = _participants(brief.participants, view, resolve)
    quotes = _regrouped(brief.quotes, view, resolve, entity="speaker_id", name="speaker", items="quotes")
    messages = _regrouped(brief.messages, view, resolve, entity="audience_id", name="audience", items="messages")
    event = apply_to_event(brief.event, view, resolve) if brief.event is not None else None
    relevant = _relevant(brief, annotations, touched_hidden | set(touched_merged) | set(touched_merged.values()))
    verdicts = _verdicts(brief, relevant)
    if not (relevant or touched_hidden or touched_merged):
        return brief
    layer = AnalystLayer(hidden=tuple(sorted(touched_hidden)), merged=dict(sorted(touched_merged.items())), verdicts=verdicts,
                         annotations=tuple(relevant))
    return brief.model_copy(update={"participants": participants, "quotes": quotes, "messages": messages, "event": event,
                                    "analyst": layer})


def apply_to_event(event: Event, view: EntityView, resolve=None) -> Event:
    """The event with its participants as analysts see them (the events list, the brief's event record)."""
    resolve = resolve or view.resolve
    ids: list[str] = []
    names: list[str] = []
    for entity_id, name in zip(event.participants, event.participant_names):
        target = resolve(entity_id)
        if target is not None and target not in ids:
            ids.append(target)
            names.append(name if target == entity_id else view.name(target, name))
    if tuple(ids) == event.participants:
        return event
    return event.model_copy(update={"participants": tuple(ids), "participant_names": tuple(names)})


def _participants(participants: Sequence[BriefParticipant], view: EntityView, resolve) -> tuple[BriefParticipant, ...]:
    out: dict[str, BriefParticipant] = {}
    for p in participants:
        if p.entity_id is None:
            out[f"name:{p.name}"] = p
            continue
        target = resolve(p.entity_id)
        if target is None:
            continue
        existing = out.get(target)
        if target == p.entity_id:  # the target itself: its own name and role, with what was merged into it before
            out[target] = p if existing is None else p.model_copy(update={
                "role": p.role or existing.role, "merged_from": existing.merged_from, "citations": _union(existing.citations, p.citations)})
        elif existing is None:
            out[target] = p.model_copy(update={"entity_id": target, "name": view.name(target, p.name), "merged_from": (p.entity_id,)})
        else:
            out[target] = existing.model_copy(update={"role": existing.role or p.role, "merged_from": existing.merged_from + (p.entity_id,),
                                                      "citations": _union(existing.citations, p.citations)})
    return tuple(out.values())


def _regrouped(groups: Sequence[Group], view: EntityView, resolve, entity: str, name: str, items: str) -> tuple[Group, ...]:
    """Groups keyed by an entity (a speaker's quotes, an audience's messages) as analysts see them.

    A hidden entity is no longer named as one (its items and the words naming it stay); groups of
    entities merged into one become one group under the target's name. ``entity``, ``name`` and
    ``items`` name the group's fields.
    """
    out: dict[str, Group] = {}
    for group in groups:
        entity_id, named = getattr(group, entity), getattr(group, name)
        target = resolve(entity_id)
        if entity_id is None or target is None:
            out[f"{len(out)}:{named}"] = group.model_copy(update={entity: None})
        elif target in out:
            out[target] = out[target].model_copy(update={items: getattr(out[target], items) + getattr(group, items)})
        else:
            out[target] = group.model_copy(update={entity: target, name: named if target == entity_id else view.name(target, named)})
    return tuple(out.values())


def _item_doc(target: str) -> str:
    return target.rsplit(":", 2)[0]


def _relevant(brief: Brief, annotations: Sequence[Annotation], entities: set[str]) -> list[Annotation]:
    """Annotations on this brief's event, alignments, sources or their items, or on the entities it names or was changed for."""
    docs = {s.doc_id for s in brief.sources}
    alignments = {a.id for a in brief.alignments}
    named = entities | {p.entity_id for p in brief.participants if p.entity_id} | {g.speaker_id for g in brief.quotes if g.speaker_id}
    event_id = brief.event.id if brief.event else None
    wanted = {"event": {event_id}, "alignment": alignments, "document": docs, "entity": named}
    return [a for a in annotations
            if (a.target_kind == "item" and _item_doc(a.target) in docs) or a.target in wanted.get(a.target_kind, ())]


class _Citer:
    """Citations of spans in the brief's own sources (numbered as the brief numbers them)."""

    def __init__(self, sources: Sequence[SourceInfo]) -> None:
        self.sources = {s.doc_id: s for s in sources}

    def cite(self, spans: Iterable[Span]) -> tuple[Citation, ...]:
        out: dict[str, Citation] = {}
        for span in spans:
            source = self.sources.get(span.doc_id)
            if source is None:
                continue
            sentence = max(1, bisect_right([r.start for r in source.sentences], span.start))
            label = f"[{source.number}:s{sentence}]"
            out.setdefault(label, Citation(label=label, source_number=source.number, sentence=sentence, doc_id=span.doc_id, span=span))
        return tuple(sorted(out.values(), key=lambda c: (c.source_number, c.sentence)))


def _verdicts(brief: Brief, annotations: Sequence[Annotation]) -> tuple[AnalystVerdict, ...]:
    by_id = {a.id: a for a in brief.alignments}
    sources = {s.doc_id: s for s in brief.sources}
    citer = _Citer(brief.sources)
    out = []
    for a in annotations:
        if a.action != "verdict":
            continue
        if a.target_kind == "alignment" and a.target in by_id:
            alignment = by_id[a.target]
            label, extracted, spans = alignment.label, alignment.verdict, [m.span for m in alignment.members]
        elif a.target_kind == "item":
            doc_id, start, end = a.target.rsplit(":", 2)
            start, end = int(start), int(end)
            text = sources[doc_id].text[start:end]
            span = Span(doc_id=doc_id, start=start, end=end, text=text)
            holding = [al for al in brief.alignments
                       if any(m.span.doc_id == doc_id and m.span.start <= start and end <= m.span.end for m in al.members)]
            label, extracted, spans = text, holding[0].verdict if holding else None, [span]
        else:
            continue
        out.append(AnalystVerdict(target_kind=a.target_kind, target=a.target, label=label, verdict=a.value, extracted_verdict=extracted,
                                  author=a.author, created_at=a.created_at, citations=citer.cite(spans)))
    return tuple(out)
