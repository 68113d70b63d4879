"""Grouping documents that cover the same happening into Events.

Rule: two documents cover the same event when they share at least
``min_shared_people`` people (or, with no people, two countries) among their
most-mentioned actors and their event dates, where both have one, are at most
``max_days_apart`` days apart. Groups are the connected components of that
relation. A document's event date is the day-precision date it mentions most
(ties: earliest in the text), else its publication date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

from readout.link.sources import Source
from readout.model import Entity, Event, Span


def event_date(source: Source) -> tuple[dt.date | None, Span | None]:
    days = [t for t in source.analysis.times if t.granularity == "day" and t.start and t.resolved]
    if days:
        counts = Counter(t.start for t in days)
        best = max(counts, key=lambda d: (counts[d], -min(t.span.start for t in days if t.start == d)))
        first = min((t for t in days if t.start == best), key=lambda t: t.span.start)
        return best, first.span
    return source.document.published, None


def main_actors(source: Source, kind: str, top: int = 4) -> list[Entity]:
    entities = [e for e in source.analysis.entities if e.kind == kind and e.mention_count > 0]
    entities.sort(key=lambda e: -e.mention_count)
    return entities[:top]


def _keys(source: Source) -> tuple[set[str], set[str]]:
    return {e.id for e in main_actors(source, "PERSON")}, {e.id for e in main_actors(source, "COUNTRY")}


def same_event(a: Source, b: Source, min_shared_people: int = 1, max_days_apart: int = 3) -> bool:
    people_a, countries_a = _keys(a)
    people_b, countries_b = _keys(b)
    shared_people = len(people_a & people_b)
    if shared_people < min_shared_people and len(countries_a & countries_b) < 2:
        return False
    date_a, _ = event_date(a)
    date_b, _ = event_date(b)
    if date_a and date_b and abs((date_a - date_b).days) > max_days_apart:
        return False
    return True


def cluster_events(sources: list[Source]) -> list[Event]:
    parent = list(range(len(sources)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sources)):
        for j in range(i + 1, len(sources)):
            if same_event(sources[i], sources[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Source]] = {}
    for i, source in enumerate(sources):
        groups.setdefault(find(i), []).append(source)
    events = [_event_of(group) for group in groups.values()]
    events.sort(key=lambda e: -len(e.doc_ids))
    return events


def _people_in_date_sentences(source: Source, date: dt.date) -> set[str]:
    """People named in the sentences that state the event date ("On <date>, A and B held talks")."""
    found = set()
    for t in source.analysis.times:
        if t.start != date or t.granularity != "day":
            continue
        sentence = next((s.span for s in source.analysis.sentences if s.span.start <= t.span.start < s.span.end), None)
        if sentence:
            found |= {m.entity_id for m in source.analysis.mentions
                      if m.entity_id.startswith("person:") and sentence.start <= m.span.start < sentence.end}
    return found


def _event_of(group: list[Source]) -> Event:
    """Participants: the people named where the event date is stated (more than once, or with a title); else the two most mentioned."""
    dates: Counter[dt.date] = Counter()
    date_spans: dict[dt.date, Span] = {}
    people: Counter[str] = Counter()
    names: dict[str, str] = {}
    titled: set[str] = set()
    for source in group:
        date, span = event_date(source)
        if date:
            dates[date] += 1
            if span and date not in date_spans:
                date_spans[date] = span
        for entity in source.analysis.entities:
            if entity.kind == "PERSON":
                people[entity.id] += entity.mention_count
        names.update({e.id: e.name for e in source.analysis.entities if e.kind == "PERSON"})
        titled.update(e.id for e in source.analysis.entities if e.kind == "PERSON" and e.role)
    date = dates.most_common(1)[0][0] if dates else None
    at_event = set().union(*(_people_in_date_sentences(s, date) for s in group)) if date else set()
    ranked = [p for p, _ in people.most_common()] + sorted(at_event - set(people))
    # named at the event, and either more than once or with a title (one stray NER hit is not a participant)
    participants = [p for p in ranked if p in at_event and p in names and (people[p] >= 2 or p in titled)][:6]
    participants = participants or [p for p in ranked[:2] if p in names]
    participant_names = tuple(names[p] for p in participants)
    title = _join(participant_names) if participant_names else "Unidentified event"
    if date:
        title += f", {date.day} {date:%B %Y}"
    doc_ids = tuple(s.id for s in group)
    return Event(
        id=hashlib.sha256("|".join(sorted(doc_ids)).encode()).hexdigest()[:12],
        title=title,
        date=date,
        date_span=date_spans.get(date) if date else None,
        participants=tuple(participants),
        participant_names=participant_names,
        doc_ids=doc_ids,
    )


def _join(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
