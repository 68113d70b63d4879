"""Linking at scale: ``readout.link.linker.link`` on 1,000 and 10,000 synthetic documents, in the same run.

    .venv/bin/python benchmarks/link_scale.py [--sizes 1000 10000] [--per-event 5] [--profile]

No spaCy: the sources are hand-built model objects (sentences, mentions,
entities, times, quantities, quotes, commitments, claims, event codes), as the
analyzer would give them, from a fixed seed. Documents come ``--per-event`` to
an event; each event has its own two leaders and its own day (one event a day,
so a larger batch covers a longer period at the same density), a place and
two countries drawn from small pools, and every text draws on one shared
vocabulary, so blocks keyed by words and countries are crowded and blocking is
exercised. Every tenth document is a near copy of the one before, every tenth
a roundup that also names the next event's leader on the next event's day, and
every fifth later reports the previous event's visit done.

Prints documents per second (of process CPU time, which a shared machine
disturbs less than wall time; wall time beside it) for each size and the CPU
time ratio of the largest to the smallest (linear: the size ratio, 10; quadratic: 100). ``--profile``
profiles the largest size with cProfile and prints the costliest functions;
``--skip-report-search`` links without the search for reports that a
commitment was done (to time the other steps alone).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import random
import time

from readout.link.linker import link
from readout.model import (
    Analysis,
    Claim,
    Commitment,
    Document,
    Entity,
    EventActor,
    EventCode,
    Mention,
    Quantity,
    Quote,
    Sentence,
    Source,
    Span,
    TimeExpr,
)

SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "an", "is", "bre", "gon", "pe", "qua", "ri", "zo")
FIRST = ("Arno", "Mira", "Tomas", "Ina", "Lena", "Dario", "Sven", "Ola", "Kemal", "Rosa", "Jun", "Eda")
COUNTRIES = [(f"{s.capitalize()}land", f"X{s.upper()[:2]}{n}") for n, s in enumerate(SYLLABLES)]
PLACES = [f"Port {a.capitalize()}{b}" for a in SYLLABLES[:6] for b in SYLLABLES[6:10]]
VOCABULARY = (
    "cooperation energy transport agriculture education trade investment security tourism health fisheries "
    "pipeline railway harbour tariffs customs visas students pilgrims grain fertilizer credit banking roaming "
    "satellites vaccines copper lithium textiles wine tea coffee cotton steel cement timber shipping ferries"
).split()
BASE = dt.date(2020, 1, 1)


def surname(n: int) -> str:
    digits = []
    for _ in range(4):
        n, d = divmod(n, len(SYLLABLES))
        digits.append(SYLLABLES[d])
    return "".join(digits).capitalize()


class Builder:
    """One document's text, sentence by sentence, with the items placed in it."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.text = ""
        self.sentences: list[Sentence] = []
        self.entities: dict[str, Entity] = {}
        self.counts: dict[str, int] = {}
        self.mentions: list[Mention] = []
        self.times: list[TimeExpr] = []
        self.quantities: list[Quantity] = []
        self.quotes: list[Quote] = []
        self.claims: list[Claim] = []
        self.commitments: list[Commitment] = []
        self.events: list[EventCode] = []

    def add(self, sentence: str) -> Span:
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += sentence
        span = Span(doc_id=self.doc_id, start=start, end=start + len(sentence), text=sentence)
        self.sentences.append(Sentence(index=len(self.sentences), span=span))
        return span

    def at(self, sentence: Span, needle: str) -> Span:
        start = sentence.start + sentence.text.index(needle)
        return Span(doc_id=self.doc_id, start=start, end=start + len(needle), text=needle)

    def entity(self, sentence: Span, entity_id: str, name: str, kind: str, country: str | None = None, role: str | None = None) -> str:
        self.entities.setdefault(entity_id, Entity(id=entity_id, name=name, kind=kind, country=country, role=role))
        self.counts[entity_id] = self.counts.get(entity_id, 0) + 1
        self.mentions.append(Mention(span=self.at(sentence, name), entity_id=entity_id))
        return entity_id

    def source(self, published: dt.date, near: str | None = None) -> Source:
        entities = tuple(e.model_copy(update={"mention_count": self.counts[e.id]}) for e in self.entities.values())
        start = lambda item: item.span.start  # noqa: E731
        analysis = Analysis(
            doc_id=self.doc_id, analyzer="synthetic", sentences=tuple(self.sentences), entities=entities,
            mentions=tuple(sorted(self.mentions, key=start)), times=tuple(sorted(self.times, key=start)),
            quantities=tuple(sorted(self.quantities, key=start)), quotes=tuple(self.quotes), claims=tuple(self.claims),
            commitments=tuple(self.commitments), events=tuple(self.events),
        )
        document = Document(id=self.doc_id, source=f"synthetic:{self.doc_id}", text=self.text, published=published, near_duplicate_of=near)
        return Source(document=document, analysis=analysis)


def _event(n: int, rng: random.Random) -> dict:
    first, second = rng.sample(range(len(COUNTRIES)), 2)
    return {
        "date": BASE + dt.timedelta(days=n),
        "leaders": (f"{FIRST[n % len(FIRST)]} {surname(2 * n)}", f"{FIRST[(n + 5) % len(FIRST)]} {surname(2 * n + 1)}"),
        "countries": (COUNTRIES[first], COUNTRIES[second]),
        "place": PLACES[n % len(PLACES)],
        "trade": rng.randint(20, 400) / 10,
    }


def _words(rng: random.Random, k: int) -> str:
    return ", ".join(rng.sample(VOCABULARY, k))


def _document(doc_id: str, n: int, events: list[dict], rng: random.Random) -> Source:
    ev = events[n]
    (a, b), ((c1, k1), (c2, k2)) = ev["leaders"], ev["countries"]
    ids = [f"person:{x.lower().replace(' ', '-')}" for x in (a, b)]
    d = Builder(doc_id)
    day = f"{ev['date'].day} {ev['date']:%B %Y}"

    s = d.add(f"President {a} and President {b} met in {ev['place']} on {day}.")
    d.entity(s, ids[0], a, "PERSON", k1, "President")
    d.entity(s, ids[1], b, "PERSON", k2, "President")
    d.entity(s, f"place:{ev['place'].lower()}", ev["place"], "PLACE")
    d.times.append(TimeExpr(span=d.at(s, day), start=ev["date"], end=ev["date"], granularity="day", timex=ev["date"].isoformat()))
    d.events.append(EventCode(span=s, sentence_index=len(d.sentences) - 1, event_type="CONSULT",
                              source=EventActor(text=a, entity_id=ids[0]), target=EventActor(text=b, entity_id=ids[1]),
                              date=ev["date"], location=ev["place"]))

    value = ev["trade"] if rng.random() < 0.8 else ev["trade"] + 3  # a fifth of the documents disagree
    figure = f"${value:g} billion"
    s = d.add(f"Trade between {c1} and {c2} reached {figure} in {ev['date'].year - 1}.")
    d.entity(s, f"country:{k1}", c1, "COUNTRY", k1)
    d.entity(s, f"country:{k2}", c2, "COUNTRY", k2)
    year = TimeExpr(span=d.at(s, str(ev["date"].year - 1)), start=dt.date(ev["date"].year - 1, 1, 1), end=dt.date(ev["date"].year - 1, 12, 31), granularity="year")
    d.times.append(year)
    d.quantities.append(Quantity(span=d.at(s, figure), value=value * 1e9, unit="USD", measures=f"trade between {c1} and {c2}", period=year))

    words = f"We will deepen cooperation in {_words(rng, 3)} over the next five years."
    s = d.add(f'{a.split()[-1]} said: "{words}"')
    d.entity(s, ids[0], a.split()[-1], "PERSON", k1)
    d.quotes.append(Quote(span=d.at(s, words), kind="direct", speaker_entity_id=ids[0], speaker=a))

    s = d.add(f"{b} invited {a} to pay an official visit to {c2} in the first half of {ev['date'].year + 1}.")
    d.entity(s, ids[1], b, "PERSON", k2)
    d.entity(s, ids[0], a, "PERSON", k1)
    d.commitments.append(Commitment(
        span=s, actors=(ids[0],), actor_names=(a,), action=f"pay an official visit to {c2}",
        due_start=dt.date(ev["date"].year + 1, 1, 1), due_end=dt.date(ev["date"].year + 1, 6, 30), status_in_text="invited",
    ))

    s = d.add(f"The two sides agreed to expand cooperation in {_words(rng, 3)} and to meet again in {ev['place']}.")
    d.claims.append(Claim(span=s, kind="commitment", score=0.7))

    s = d.add(f"Fuel in {c1} is nearly three times lower in price than in {c2}.")
    d.quantities.append(Quantity(span=d.at(s, "nearly three times lower"), value=3, unit="ratio", qualifier="approximately"))
    s = d.add(f"A litre costs 11.43 lira in {c2} and 4.23 lira in {c1}.")
    d.quantities.append(Quantity(span=d.at(s, "11.43 lira"), value=11.43, unit="TRY", measures="a litre"))
    d.quantities.append(Quantity(span=d.at(s, "4.23 lira"), value=4.23, unit="TRY", measures="a litre"))

    for _ in range(3):
        d.add(f"Officials also discussed {_words(rng, 4)}.")

    if n + 1 < len(events) and rng.random() < 0.1:  # a roundup: the next event's leader on the next event's day
        nxt = events[n + 1]
        other = nxt["leaders"][0]
        next_day = f"{nxt['date'].day} {nxt['date']:%B %Y}"
        s = d.add(f"A day later, President {other} held talks in {nxt['place']} on {next_day}.")
        d.entity(s, f"person:{other.lower().replace(' ', '-')}", other, "PERSON", role="President")
        d.times.append(TimeExpr(span=d.at(s, next_day), start=nxt["date"], end=nxt["date"], granularity="day"))
        d.events.append(EventCode(span=s, sentence_index=len(d.sentences) - 1, event_type="CONSULT"))

    if n > 0 and rng.random() < 0.2:  # reports the previous event's visit done
        prev = events[n - 1]
        guest, (host, _) = prev["leaders"][0], prev["countries"][1]
        s = d.add(f"{guest} arrived in {host} for an official visit last month.")
        d.entity(s, f"person:{guest.lower().replace(' ', '-')}", guest, "PERSON")

    published = ev["date"] + dt.timedelta(days=rng.randint(0, 2))
    return d.source(published)


def synthetic_sources(documents: int, per_event: int = 5, seed: int = 7) -> list[Source]:
    rng = random.Random(seed)
    count = (documents + per_event - 1) // per_event
    events = [_event(n, rng) for n in range(count)]
    sources: list[Source] = []
    for i in range(documents):
        n = i // per_event
        if sources and i % per_event and rng.random() < 0.1:  # a near copy of the document before, one line added
            original = sources[-1]
            text = original.document.text + " Copyright the agency."
            doc = original.document.model_copy(update={"id": f"d{i}", "text": text, "near_duplicate_of": original.id})
            sources.append(Source(document=doc, analysis=_rehome(original.analysis, f"d{i}")))
        else:
            sources.append(_document(f"d{i}", n, events, rng))
    # later reports come late: published after the previous event's visit was due to start
    return [_late(s) if "arrived in" in s.document.text else s for s in sources]


def _rehome(analysis: Analysis, doc_id: str) -> Analysis:
    """The same analysis for a copy: every span now points into the copy."""
    data = analysis.model_dump()

    def walk(value):
        if isinstance(value, dict):
            return {k: (doc_id if k == "doc_id" else walk(v)) for k, v in value.items()}
        if isinstance(value, (list, tuple)):  # model_dump keeps tuple fields as tuples
            return [walk(v) for v in value]
        return value

    return Analysis.model_validate(walk(data))


def _late(source: Source) -> Source:
    published = source.document.published
    later = dt.date(published.year + 1, 3, 1) if published else None
    return Source(document=source.document.model_copy(update={"published": later}), analysis=source.analysis)


def run(sources: list[Source]) -> tuple[float, float, object]:
    """Wall and CPU seconds of one ``link`` call: on a shared machine the CPU time is what compares."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = link(sources)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--per-event", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile the largest size and print the costliest functions")
    parser.add_argument("--skip-report-search", action="store_true",
                        help="diagnostic: link without searching every document for reports that a commitment was done")
    args = parser.parse_args()
    if args.skip_report_search:
        import readout.link.linker

        readout.link.linker.find_reports = lambda alignment, published, sources, bounds=None: alignment.reports
    link(synthetic_sources(50, args.per_event))  # warm up: imports, caches
    times = {}
    for size in args.sizes:
        sources = synthetic_sources(size, args.per_event)
        wall, seconds, result = run(sources)
        times[size] = seconds
        kinds: dict[str, int] = {}
        for a in result.alignments:
            kinds[a.verdict] = kinds.get(a.verdict, 0) + 1
        print(
            f"{size:>6} documents: {seconds:8.2f} s CPU ({wall:.2f} s wall)  {size / seconds:8.1f} docs/s  "
            f"events {len(result.events)} (expected {-(-size // args.per_event)}), alignments {len(result.alignments)} {kinds}, "
            f"checks {len(result.checks)}, inconsistencies {len(result.inconsistencies)}",
            flush=True,
        )
    small, large = min(times), max(times)
    if large != small:
        print(f"CPU time ratio {large:,}/{small:,}: {times[large] / times[small]:.1f} (size ratio {large / small:g})", flush=True)
    if args.profile:
        sources = synthetic_sources(large, args.per_event)
        profiler = cProfile.Profile()
        profiler.runcall(link, sources)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
