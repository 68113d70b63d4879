"""A builder for hand-made sources: a text, one sentence per string, and the items an analyzer would read in it.

Every item is placed by its words (``needle``), so a test reads like the article
it stands for. People, places and figures are invented.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

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


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class Draft:
    """One document under construction; ``source()`` freezes it."""

    def __init__(self, doc_id: str, *sentences: str, published: dt.date | None = None, near: str | None = None):
        self.doc_id = doc_id
        self.text = " ".join(sentences)
        self.published = published
        self.near = near
        self.sentences: list[Sentence] = []
        at = 0
        for n, sentence in enumerate(sentences):
            self.sentences.append(Sentence(index=n, span=Span(doc_id=doc_id, start=at, end=at + len(sentence), text=sentence)))
            at += len(sentence) + 1
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.quantities: list[Quantity] = []
        self.times: list[TimeExpr] = []
        self.quotes: list[Quote] = []
        self.claims: list[Claim] = []
        self.commitments: list[Commitment] = []
        self.events: list[EventCode] = []

    # -- spans

    def span(self, needle: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(needle, start + 1)
        return Span(doc_id=self.doc_id, start=start, end=start + len(needle), text=needle)

    def sentence(self, needle: str) -> Sentence:
        at = self.span(needle).start
        return next(s for s in self.sentences if s.span.start <= at < s.span.end)

    # -- actors

    def actor(self, entity_id: str, name: str, kind: str, *forms: str, country: str | None = None, role: str | None = None) -> str:
        """An entity and a mention at every occurrence of its name (and of the other ``forms`` given)."""
        count = 0
        for form in (name, *forms):
            for match in re.finditer(re.escape(form), self.text):
                span = Span(doc_id=self.doc_id, start=match.start(), end=match.end(), text=form)
                if not any(m.span.start <= span.start < m.span.end for m in self.mentions):
                    self.mentions.append(Mention(span=span, entity_id=entity_id))
                    count += 1
        self.entities[entity_id] = Entity(id=entity_id, name=name, kind=kind, country=country, role=role, mention_count=count)
        return entity_id

    def person(self, name: str, *forms: str, country: str | None = None, role: str | None = None) -> str:
        return self.actor(f"person:{slug(name)}", name, "PERSON", *forms, country=country, role=role)

    def country(self, name: str, code: str) -> str:
        return self.actor(f"country:{code}", name, "COUNTRY", country=code)

    def place(self, name: str) -> str:
        return self.actor(f"place:{slug(name)}", name, "PLACE")

    # -- times and figures

    def day(self, needle: str, date: dt.date, anchor: str = "absolute", nth: int = 0) -> TimeExpr:
        t = TimeExpr(span=self.span(needle, nth), start=date, end=date, granularity="day", anchor=anchor, timex=date.isoformat())
        self.times.append(t)
        return t

    def period(self, needle: str, start: dt.date, end: dt.date, granularity: str = "year") -> TimeExpr:
        t = TimeExpr(span=self.span(needle), start=start, end=end, granularity=granularity)
        self.times.append(t)
        return t

    def figure(self, needle: str, value: float, unit: str = "USD", *, measures: str | None = None, qualifier: str = "exact",
               period: TimeExpr | None = None, nth: int = 0) -> Quantity:
        q = Quantity(span=self.span(needle, nth), value=value, unit=unit, qualifier=qualifier, measures=measures, period=period)
        self.quantities.append(q)
        return q

    # -- statements

    def quote(self, needle: str, speaker_id: str | None = None) -> Quote:
        speaker = self.entities[speaker_id].name if speaker_id else None
        q = Quote(span=self.span(needle), kind="direct", speaker_entity_id=speaker_id, speaker=speaker)
        self.quotes.append(q)
        return q

    def claim(self, needle: str, kind: str = "event", score: float = 0.6) -> Claim:
        c = Claim(span=self.sentence(needle).span, kind=kind, score=score)
        self.claims.append(c)
        return c

    def commitment(self, needle: str, actors: tuple[str, ...], action: str, *, obj: str | None = None,
                   due: tuple[dt.date, dt.date] | None = None, status: str = "planned") -> Commitment:
        c = Commitment(
            span=self.span(needle),
            actors=actors,
            actor_names=tuple(self.entities[a].name for a in actors if a in self.entities),
            action=action,
            object=obj,
            due_start=due[0] if due else None,
            due_end=due[1] if due else None,
            status_in_text=status,
        )
        self.commitments.append(c)
        return c

    def coded(self, needle: str, event_type: str, source: str | None = None, target: str | None = None) -> EventCode:
        """An event code for the sentence holding ``needle``."""
        sentence = self.sentence(needle)
        actor = lambda eid: EventActor(text=self.entities[eid].name, entity_id=eid) if eid else None  # noqa: E731
        code = EventCode(span=sentence.span, sentence_index=sentence.index, event_type=event_type, source=actor(source), target=actor(target))
        self.events.append(code)
        return code

    def source(self) -> Source:
        document = Document(id=self.doc_id, source=f"{self.doc_id}.txt", text=self.text, published=self.published, near_duplicate_of=self.near)
        key = lambda item: item.span.start  # noqa: E731
        analysis = Analysis(
            doc_id=self.doc_id,
            analyzer="test",
            sentences=tuple(self.sentences),
            entities=tuple(self.entities.values()),
            mentions=tuple(sorted(self.mentions, key=key)),
            quantities=tuple(sorted(self.quantities, key=key)),
            times=tuple(sorted(self.times, key=key)),
            quotes=tuple(self.quotes),
            claims=tuple(self.claims),
            commitments=tuple(self.commitments),
            events=tuple(self.events),
        )
        return Source(document=document, analysis=analysis)


@pytest.fixture
def draft():
    """``draft(doc_id, *sentences, published=..., near=...)``: a Draft to annotate."""
    return Draft
