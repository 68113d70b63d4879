"""Grouping documents that cover the same happening into Events.

Two documents cover the same event when their main happenings (see
``features``) are at most ``MAX_DAYS_APART`` days apart (where both have a
date) and they share a person named at the event, or two countries when
neither names a person; a shared event type or similar wording is required
when they share only one actor. Candidates come from blocks keyed by actor and
date window, so documents about unrelated actors are never compared.

One shared person is not one meeting: a leader meets several counterparts in
a week. Two reports are the same meeting only when their participants agree
(see ``agree``): they share two people, or one names nobody the other does
not, or (a gathering reported with different participants) they name the
same place on the same day, unless each names a meeting ("A met B", "A met
C") with someone the other does not name; and they do not place it apart:
different places on different days, places in two states (the gazetteer's
country of each place), or days the texts state more than a day apart at
no place both name. Events grow by joining those pairs, strongest
first (most shared people, closest dates, then document ids, so the result
does not depend on the order documents come in), and a join is refused when
some report of one side disagrees with some report of the other, or when the
event would span more than ``MAX_DAYS_APART`` days: an undated report naming
only the leader cannot chain the leader's Monday and Wednesday meetings into
one; "A met B" and "A met C" at one place and day join only when a third
report there names all three. A document's other happenings join it to a
further event that matches them (a roundup covering two meetings), without
merging the two events.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import TypeVar

from readout.link.blocking import UnionFind, candidate_pairs
from readout.link.similarity import jaccard
from readout.model import DocumentFeatures, Event, Happening, Span

T = TypeVar("T")

MAX_DAYS_APART = 3
WINDOW_DAYS = 4  # width of the date blocks; neighbouring blocks are compared too (so at least MAX_DAYS_APART + 1)
ANY_DATE = "any-date"  # the block where an undated document meets every document of its actor
SIMILAR_WORDING = 0.15  # keyword Jaccard that stands in for a shared event type
MAX_PARTICIPANTS = 6


def _happening_actors(features: DocumentFeatures) -> tuple[set[str], set[str]]:
    """People and countries at the main happening, else the document's most mentioned ones."""
    people = set(features.main.people) if features.main and features.main.people else {a.id for a in features.people[:4]}
    countries = set(features.main.countries) if features.main and features.main.countries else {a.id for a in features.countries[:4]}
    return people, countries


def event_date(features: DocumentFeatures) -> dt.date | None:
    return features.main.date if features.main else features.published


def blocking_keys(features: DocumentFeatures):
    """(actor, date window) keys: only documents sharing one are compared (public: the batch job blocks on them too)."""
    people, countries = _happening_actors(features)
    date = event_date(features)
    # Windows are strings so that keys sort (Spark sorts them when a shuffle spills to disk);
    # ANY_DATE lets documents without a date meet the rest.
    windows = [ANY_DATE] if date is None else [f"window {date.toordinal() // WINDOW_DAYS + k}" for k in (-1, 0, 1)] + [ANY_DATE]
    for actor in people | (countries if not people else set()):
        for window in windows:
            yield (actor, window)


def block_pairs(key: tuple[str, str], members: Sequence[T], dated: Callable[[T], bool]) -> list[tuple[T, T]]:
    """The pairs of one block worth comparing, in the order of ``members``.

    In an actor's any-date block only the pairs with an undated document: two dated documents close
    enough in time to be one event also share a window block (no larger than this one), and comparing
    every dated document of an actor with every other, years apart, would grow with the square of the archive.
    """
    if key[1] != ANY_DATE:
        return list(combinations(members, 2))
    undated = [x for x, member in enumerate(members) if not dated(member)]
    wanted = {(min(x, y), max(x, y)) for x in undated for y in range(len(members)) if y != x}
    return [(members[x], members[y]) for x, y in sorted(wanted)]


@dataclass(frozen=True)
class Report:
    """Who a document says was at its happening, where and when: what two reports of one meeting must agree on.

    ``met``: the people it names as meeting each other ("A met B"), not only as present; ``place_country``: the
    state its place lies in, when known; ``stated``: its date is one the text states, not the publication date.
    """

    people: frozenset[str]
    place: str | None = None
    date: dt.date | None = None
    met: frozenset[str] = frozenset()
    place_country: str | None = None
    stated: bool = False


def _report(features: DocumentFeatures) -> Report:
    people, _ = _happening_actors(features)
    main = features.main
    if main is None:
        return Report(frozenset(people), None, event_date(features))
    return _stated(main, people)


def _stated(happening: Happening, people: Iterable[str]) -> Report:
    return Report(frozenset(people), happening.location, happening.date, frozenset(happening.met), happening.location_country, True)


@dataclass(frozen=True)
class Candidate:
    """What ``one_event`` reads of a document, read out of its features once (a document is in many pairs)."""

    doc_id: str
    report: Report  # its people at the happening, place and date
    countries: frozenset[str]
    kinds: frozenset[str]  # its first three event types
    keywords: frozenset[str]


def candidate(features: DocumentFeatures) -> Candidate:
    _, countries = _happening_actors(features)
    return Candidate(features.doc_id, _report(features), frozenset(countries), frozenset(features.event_types[:3]),
                     frozenset(features.keywords))


def one_event(a: Candidate, b: Candidate) -> bool:
    """Two documents are about the same event, judged on what ``candidate`` read of their features."""
    people_a, people_b = a.report.people, b.report.people
    shared = len(people_a & people_b)
    common_countries = len(a.countries & b.countries)
    if not shared and (people_a and people_b or common_countries < 2):
        return False
    date_a, date_b = a.report.date, b.report.date
    if date_a and date_b and abs((date_a - date_b).days) > MAX_DAYS_APART:
        return False
    if not agree(a.report, b.report):
        return False
    if shared >= 2 or common_countries >= 2:
        return True
    return bool(a.kinds & b.kinds) or jaccard(a.keywords, b.keywords) >= SIMILAR_WORDING


def agree(a: Report, b: Report) -> bool:
    """Two reports can be of one meeting: they share two people, or one names nobody the other does not,
    or they name the same place on the same day (a summit's reports name different participants) without
    each naming a meeting with a counterpart the other does not name; and they do not place it apart:
    different places on different days (a tour: the same two leaders in two cities), places in two states,
    or stated days more than a day apart unless both name the same place (a summit over several days).

    "A met B on Monday" and "A met C on Wednesday" share A and disagree on the other side: two meetings.
    So are "A met B in Velmar" and "A met C in Velmar" on one day; "A and B attended the summit in Velmar"
    and "A and C attended the summit in Velmar" are one.
    """
    if _apart(a, b):
        return False
    if len(a.people & b.people) >= 2 or a.people <= b.people or b.people <= a.people:
        return True
    return _same_place_and_day(a, b) and not _other_counterparts(a, b)


def _apart(a: Report, b: Report) -> bool:
    """The two reports place their meeting apart: in two states, in two places on two days, or on stated days
    more than a day apart (time zones, a talk past midnight) where they do not name the same place."""
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return True
    if a.place and b.place and a.place != b.place and a.date and b.date and a.date != b.date:
        return True
    if a.stated and b.stated and abs((a.date - b.date).days) > 1:
        return not (a.place and a.place == b.place)
    return False


def _same_place_and_day(a: Report, b: Report) -> bool:
    return a.place is not None and a.place == b.place and a.date is not None and a.date == b.date


def _other_counterparts(a: Report, b: Report) -> bool:
    """Each report names a meeting with someone the other does not name at all: "A met B" against "A met C"."""
    return bool(a.met - b.people) and bool(b.met - a.people)


@dataclass
class _Group:
    """A growing event: its documents, the distinct reports they give and the days they span."""

    members: list[int]
    reports: set[Report] = field(default_factory=set)
    first: dt.date | None = None
    last: dt.date | None = None

    def joins(self, other: _Group) -> bool:
        days = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        if days and (max(days) - min(days)).days > MAX_DAYS_APART:
            return False
        reports = self.reports | other.reports
        return all(agree(a, b) or _one_gathering(a, b, reports) for a in self.reports for b in other.reports)

    def absorb(self, other: _Group) -> None:
        self.members += other.members
        self.reports |= other.reports
        days = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        self.first, self.last = (min(days), max(days)) if days else (None, None)


def _one_gathering(a: Report, b: Report, reports: set[Report]) -> bool:
    """"A met B" and "A met C" at one place on one day are one gathering when a third report names A, B and C there."""
    if not _same_place_and_day(a, b) or _apart(a, b):
        return False
    everyone = a.people | b.people
    return any(everyone <= r.people and _same_place_and_day(r, a) for r in reports)


def _strongest_first(features: Sequence[DocumentFeatures], reports: Sequence[Report],
                     pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs in the order events grow by: most shared people, closest dates, the same place named, then document
    ids (not input order). A report naming only the leader joins the meeting at the place it names first."""
    def strength(pair: tuple[int, int]):
        a, b = reports[pair[0]], reports[pair[1]]
        gap = abs((a.date - b.date).days) if a.date and b.date else MAX_DAYS_APART + 1
        other_place = not (a.place and a.place == b.place)
        return (-len(a.people & b.people), gap, other_place, *sorted((features[pair[0]].doc_id, features[pair[1]].doc_id)))

    return sorted({(min(i, j), max(i, j)) for i, j in pairs if i != j}, key=strength)


def _groups(features: Sequence[DocumentFeatures], reports: Sequence[Report], pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Documents grouped by joining the pairs strongest first, refusing a join whose reports disagree (see ``_Group``)."""
    found = UnionFind(len(features))
    groups = {i: _Group([i], {report}, report.date, report.date) for i, report in enumerate(reports)}
    for i, j in _strongest_first(features, reports, pairs):
        root_i, root_j = found.find(i), found.find(j)
        if root_i == root_j or not groups[root_i].joins(groups[root_j]):
            continue
        root = found.union(root_i, root_j)
        kept, gone = (root_j, root_i) if root == root_j else (root_i, root_j)
        groups[kept].absorb(groups.pop(gone))
    return [sorted(g.members) for g in groups.values()]


def same_event_pairs(features: Sequence[DocumentFeatures]) -> Iterator[tuple[int, int]]:
    """Index pairs of documents about the same event, compared only inside blocks."""
    def pairs(key, members: Sequence[int]) -> list[tuple[int, int]]:
        return block_pairs(key, members, lambda i: event_date(features[i]) is not None)

    candidates = [candidate(f) for f in features]
    for i, j in candidate_pairs(features, blocking_keys, pairs=pairs):
        if one_event(candidates[i], candidates[j]):
            yield i, j


def cluster_events(features: Sequence[DocumentFeatures], same: Iterable[tuple[int, int]] | None = None) -> list[Event]:
    """Events, most documents first; a document may belong to more than one.

    ``same``: the index pairs already found to be the same event (a batch job
    finds them where the features are, block by block); by default they are found here.
    """
    each = [_report(f) for f in features]
    groups = _groups(features, each, same_event_pairs(features) if same is None else same)
    clusters = [[features[i] for i in group] for group in groups]
    members = [list(cluster) for cluster in clusters]
    member_ids = [{f.doc_id for f in cluster} for cluster in clusters]
    reports = [{each[i] for i in group} for group in groups]
    by_person: dict[str, set[int]] = {}  # clusters by the people at their documents' main happenings
    for n, cluster in enumerate(clusters):
        for f in cluster:
            for person in f.main.people if f.main else ():
                by_person.setdefault(person, set()).add(n)
    for f in features:
        for happening in f.others:
            for n in sorted(set().union(*(by_person.get(p, set()) for p in happening.people))):
                if f.doc_id not in member_ids[n] and _covers(happening, clusters[n], reports[n]):
                    members[n].append(f)
                    member_ids[n].add(f.doc_id)
    events = [_event_of(cluster, extra) for cluster, extra in zip(clusters, members)]
    events.sort(key=lambda e: (-len(e.doc_ids), e.date or dt.date.min, e.id))
    return events


def _covers(happening: Happening, cluster: list[DocumentFeatures], reports: set[Report]) -> bool:
    """A further happening of a document is this event: same day (give or take one), a participant in common, and
    participants that agree with every report of the event (``reports``; see ``agree``)."""
    report = _stated(happening, happening.people)
    if not all(agree(report, other) for other in reports):
        return False
    for f in cluster:
        if f.main is None or abs((f.main.date - happening.date).days) > 1:
            continue
        if set(f.main.people) & set(happening.people):
            return True
    return False


def _event_of(core: list[DocumentFeatures], members: list[DocumentFeatures]) -> Event:
    """Participants: people named where the event date is stated (more than once, or with a title); else the two most mentioned."""
    dates = Counter(f.main.date for f in core if f.main) or Counter(f.published for f in core if f.published)
    date = max(dates, key=lambda d: (dates[d], -d.toordinal())) if dates else None
    date_span = next((f.main.date_span for f in core if f.main and f.main.date == date), None)
    weight: Counter[str] = Counter()
    names: dict[str, str] = {}
    eligible: set[str] = set()
    for f in core:
        for actor in f.people:
            weight[actor.id] += actor.mentions
            names[actor.id] = actor.name
            if actor.at_event and (actor.mentions >= 2 or actor.titled):
                eligible.add(actor.id)
    ranked = [p for p, _ in weight.most_common()]
    participants = [p for p in ranked if p in eligible][:MAX_PARTICIPANTS] or ranked[:2]
    participant_names = tuple(names[p] for p in participants)
    location, location_span = _location(core, date)
    title = _join(participant_names) if participant_names else "Unidentified event"
    if location:
        title += f" in {location}"
    if date:
        title += f", {date.day} {date:%B %Y}"
    types = Counter(t for f in core for t in f.event_types[:3])
    founder = min(f.doc_id for f in core)
    return Event(
        id="ev-" + hashlib.sha256(founder.encode()).hexdigest()[:10],
        title=title,
        date=date,
        date_span=date_span,
        location=location,
        location_span=location_span,
        participants=tuple(participants),
        participant_names=participant_names,
        event_types=tuple(t for t, _ in types.most_common()),
        doc_ids=tuple(dict.fromkeys(f.doc_id for f in members)),
    )


def _location(core: list[DocumentFeatures], date: dt.date | None) -> tuple[str | None, Span | None]:
    places: Counter[str] = Counter()
    spans: dict[str, Span] = {}
    for f in core:
        if f.main and f.main.date == date and f.main.location and f.main.location_span:
            places[f.main.location] += 1
            spans.setdefault(f.main.location, f.main.location_span)
    if not places:
        return None, None
    best = places.most_common(1)[0][0]
    return best, spans[best]


def _join(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
