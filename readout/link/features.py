"""What event clustering reads of one document: its event date, actors, happenings, keywords.

A document's main happening is the day-precision date it mentions most (ties:
earliest in the text) with the people, countries, event codes and place named
in the sentences that state it; with no such date, its publication date and
most-mentioned actors stand in. Further dated sentences that name a person and
code an event are the document's other happenings: a roundup that covers two
meetings can join both.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from readout.link.sentences import sentence_at
from readout.link.similarity import content_words
from readout.model import ActorWeight, DocumentFeatures, Happening, Source, Span, TimeExpr

TOP_ACTORS = 6
KEYWORDS = 30
MEETING_TYPES = frozenset({"CONSULT"})  # PLOVER's type for meetings, visits, talks and calls
# Raise when document_features reads something new: a store's features made by
# an older reading are then made again from the stored analyses before linking.
# 2: a happening's state (location_country) and who met whom (met).
FEATURES_VERSION = 2


def document_features(source: Source) -> DocumentFeatures:
    analysis = source.analysis
    days = [t for t in analysis.times if t.granularity == "day" and t.start and t.resolved and t.anchor == "absolute" or _relative_day(t)]
    weight = {e.id: e.mention_count for e in analysis.entities}
    happenings = [h for date in sorted({t.start for t in days}) for h in _happenings(source, date, days)]
    main_date = _main_date(days)
    on_main_date = [h for h in happenings if h.date == main_date]
    main = max(on_main_date, key=lambda h: sum(weight.get(p, 0) for p in h.people)) if on_main_date else None
    others = [h for h in happenings if h is not main and h.people and h.event_types]
    at_event = set(main.people) if main else set()
    return DocumentFeatures(
        doc_id=source.id,
        origin=source.origin,
        version=FEATURES_VERSION,
        published=source.document.published,
        main=main,
        others=tuple(others),
        people=_actors(source, "PERSON", at_event),
        countries=_actors(source, "COUNTRY", set(main.countries) if main else set()),
        event_types=tuple(t for t, _ in Counter(e.event_type for e in analysis.events).most_common()),
        keywords=_keywords(source),
    )


def _relative_day(t: TimeExpr) -> bool:
    """"yesterday", "on Tuesday": a day resolved against the publication date names the event day too."""
    return t.granularity == "day" and t.start is not None and t.resolved and t.anchor == "publication"


def _main_date(days: list[TimeExpr]) -> dt.date | None:
    if not days:
        return None
    counts = Counter(t.start for t in days)
    return max(counts, key=lambda d: (counts[d], -min(t.span.start for t in days if t.start == d)))


def _happenings(source: Source, date: dt.date, days: list[TimeExpr]) -> list[Happening]:
    """The happenings stated for one day: sentences naming the same people are one; a sentence naming none joins the first.

    Two meetings on one day ("A met B on 12 March"; "C held talks with D on 12 March") stay two happenings.
    """
    analysis = source.analysis
    kinds = {e.id: e.kind for e in analysis.entities}
    stated = sorted((t for t in days if t.start == date), key=lambda t: t.span.start)
    groups: list[tuple[list[TimeExpr], list[Span], set[str]]] = []
    for t in stated:
        sentence = sentence_at(analysis.sentences, t.span.start) or t.span
        people = {m.entity_id for m in analysis.mentions if kinds.get(m.entity_id) == "PERSON" and sentence.start <= m.span.start < sentence.end}
        group = next((g for g in groups if people & g[2] or not people or not g[2]), None)
        if group is None:
            groups.append(([t], [sentence], people))
        else:
            group[0].append(t)
            group[1].append(sentence)
            group[2].update(people)
    return [_happening(source, date, times, sentences) for times, sentences, _ in groups]


def _happening(source: Source, date: dt.date, stated: list[TimeExpr], sentences: list[Span]) -> Happening:
    analysis = source.analysis
    inside = lambda span: any(s.start <= span.start < s.end for s in sentences)  # noqa: E731
    kinds = {e.id: e.kind for e in analysis.entities}
    people = list(dict.fromkeys(m.entity_id for m in analysis.mentions if kinds.get(m.entity_id) == "PERSON" and inside(m.span)))
    countries = list(dict.fromkeys(m.entity_id for m in analysis.mentions if kinds.get(m.entity_id) == "COUNTRY" and inside(m.span)))
    codes = [e for e in analysis.events if inside(e.span)]
    location, location_span, location_country = _location(source, sentences, codes)
    return Happening(
        date=date,
        date_span=stated[0].span,
        sentence=sentences[0],
        people=tuple(people),
        countries=tuple(countries),
        event_types=tuple(dict.fromkeys(e.event_type for e in codes)),
        location=location,
        location_span=location_span,
        location_country=location_country,
        met=_met(codes, kinds),
    )


def _met(codes, kinds: dict[str, str]) -> tuple[str, ...]:
    """The people a report names as meeting each other: a meeting coded with a person on both sides ("A met B")."""
    met: dict[str, None] = {}
    for code in codes:
        if code.event_type not in MEETING_TYPES or not code.source or not code.target:
            continue
        sides = (code.source.entity_id, code.target.entity_id)
        if all(side and kinds.get(side) == "PERSON" for side in sides) and sides[0] != sides[1]:
            met.update(dict.fromkeys(sides))
    return tuple(met)


def _location(source: Source, sentences: list[Span], codes) -> tuple[str | None, Span | None, str | None]:
    """Where it happened: a place named where the date is stated, preferring one the event coder read ("in Brasília");
    with the state the gazetteer puts it in (two places in two states are two meetings) when the document names that
    state too: a name several places share ("Manchester") is read as one of them, and a text about another
    state's places does not name the one the gazetteer chose."""
    # a name ending in a lower-case word ("Republic of") is a cut-off entity, not a place
    places = {e.id: e for e in source.analysis.entities if e.kind == "PLACE" and e.name.split()[-1][:1].isupper()}
    named = [m for m in source.analysis.mentions if m.entity_id in places and any(s.start <= m.span.start < s.end for s in sentences)]
    coded = {code.location for code in codes if code.location}
    for mention in sorted(named, key=lambda m: (m.span.text not in coded, m.span.start)):
        place = places[mention.entity_id]
        states = {e.country for e in source.analysis.entities if e.kind == "COUNTRY" and e.mention_count > 0}
        return place.name, mention.span, place.country if place.country in states else None
    return None, None, None


def _actors(source: Source, kind: str, at_event: set[str]) -> tuple[ActorWeight, ...]:
    entities = [e for e in source.analysis.entities if e.kind == kind and e.mention_count > 0]
    entities.sort(key=lambda e: (-(e.id in at_event), -e.mention_count, e.id))
    return tuple(
        ActorWeight(id=e.id, name=e.name, mentions=e.mention_count, titled=bool(e.role), at_event=e.id in at_event)
        for e in entities[:TOP_ACTORS]
    )


def _keywords(source: Source) -> tuple[str, ...]:
    """The most frequent content words, ties by the word: not by the order a set gave them, which changes with the
    process's hash seed (a Spark worker's is not the driver's), so every engine reads the same keywords."""
    counts: Counter[str] = Counter()
    for sentence in source.analysis.sentences:
        counts.update(content_words(sentence.span.text))
    return tuple(sorted(w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:KEYWORDS]))
