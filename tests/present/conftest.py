"""A hand-built event for the present tests: three sources, a link result and commitment rows.

The texts are invented (no real people, places or figures), one sentence a
line, so every span is found by its words. Source 3 is a near copy of source
1 kept at a local path with no metadata, so the tests can check that a path
never reaches the reader. One sentence carries markup, to check escaping.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import pytest

from readout.model import (
    AlignedItem,
    Alignment,
    Analysis,
    ArithmeticCheck,
    Claim,
    Commitment,
    CommitmentRow,
    Document,
    Entity,
    Event,
    Inconsistency,
    LinkResult,
    Mention,
    Quantity,
    Quote,
    RhetoricMarker,
    RhetoricProfile,
    Sentence,
    Source,
    Span,
    TimeExpr,
)

AS_OF = dt.date(2031, 6, 1)

TEXT_A = """Norland President Tove Arneson and Sudmark Prime Minister Kai Lund met in Port Ellis on 9 May 2031.
Trade between the two countries reached $4.2 billion in 2030, officials said.
Arneson said: "This port will carry our shared future."
The leaders agreed to open a ferry line by the end of 2031.
Fuel in Sudmark costs 9.30 a litre, nearly three times more than the 3.00 paid in Norland.
Critics called the deal a historic betrayal <script>alert(1)</script> of every fisherman."""

TEXT_B = """Prime Minister Kai Lund hosted President Tove Arneson in Port Ellis on 9 May 2031.
Bilateral trade stood at about $5 billion last year.
The two governments will open a ferry line by December 2031, Lund said.
Minister Lund also called the talks "a new chapter".
A customs protocol is to be signed by the end of May 2031."""


def doc_id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def find(doc: Document, words: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(words, start + 1)
    return Span(doc_id=doc.id, start=start, end=start + len(words), text=words)


def sentences(doc: Document) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, line in enumerate(doc.text.split("\n")):
        out.append(Sentence(index=i, span=Span(doc_id=doc.id, start=start, end=start + len(line), text=line)))
        start += len(line) + 1
    return tuple(out)


def sentence(doc: Document, number: int) -> Span:
    return sentences(doc)[number - 1].span


@dataclass
class Sample:
    event: Event
    sources: list[Source]
    link: LinkResult
    commitments: list[CommitmentRow]
    as_of: dt.date = AS_OF


def build_sample() -> Sample:
    a = Document(id=doc_id(TEXT_A), source="https://www.harbourtimes.example/news/port-deal", text=TEXT_A,
                 url="https://www.harbourtimes.example/news/port-deal", title="Leaders agree port deal", author="Ines Varga",
                 published=dt.date(2031, 5, 10), outlet="Harbour Times", language="en")
    b = Document(id=doc_id(TEXT_B), source="/home/analyst/articles/sudmark-daily.txt", text=TEXT_B,
                 title="Lund hosts Arneson", published=dt.date(2031, 5, 11), outlet="Sudmark Daily", language="en")
    c_text = TEXT_A + "\nSubscribe for more."
    c = Document(id=doc_id(c_text), source="/home/analyst/articles/copy-of-harbour.txt", text=c_text, near_duplicate_of=a.id)

    tove, kai = "person:tove-arneson", "person:kai-lund"
    entities = (
        Entity(id=tove, name="Tove Arneson", kind="PERSON", role="President"),
        Entity(id=kai, name="Kai Lund", kind="PERSON", role="Prime Minister"),
    )

    def analysis_a(d: Document) -> Analysis:
        return Analysis(
            doc_id=d.id, analyzer="test", sentences=sentences(d), entities=entities,
            mentions=(Mention(span=find(d, "Tove Arneson"), entity_id=tove), Mention(span=find(d, "Kai Lund"), entity_id=kai),
                      Mention(span=find(d, "Arneson", 1), entity_id=tove)),
            quantities=(
                Quantity(span=find(d, "$4.2 billion"), value=4.2e9, unit="USD", measures="trade between the two countries",
                         period=TimeExpr(span=find(d, "2030"), start=dt.date(2030, 1, 1), end=dt.date(2030, 12, 31), granularity="year")),
                Quantity(span=find(d, "9.30"), value=9.30, unit="count", measures="fuel"),
                Quantity(span=find(d, "3.00"), value=3.00, unit="count", measures="fuel"),
            ),
            times=(TimeExpr(span=find(d, "9 May 2031"), start=dt.date(2031, 5, 9), end=dt.date(2031, 5, 9), granularity="day"),
                   TimeExpr(span=find(d, "the end of 2031"), start=dt.date(2031, 10, 1), end=dt.date(2031, 12, 31), granularity="quarter")),
            quotes=(Quote(span=find(d, "This port will carry our shared future."), kind="direct", speaker_entity_id=tove, speaker="Tove Arneson"),),
            claims=(Claim(span=sentence(d, 2), kind="figure", score=0.7), Claim(span=sentence(d, 4), kind="commitment", score=0.9),
                    Claim(span=sentence(d, 5), kind="comparison", score=0.8)),
            rhetoric=(RhetoricMarker(span=find(d, "historic betrayal"), technique="loaded_language", confidence=0.9),
                      RhetoricMarker(span=find(d, "every fisherman"), technique="exaggeration", confidence=0.6)),
            rhetoric_profile=RhetoricProfile(words=80, per_thousand_words={"loaded_language": 12.5, "exaggeration": 12.5},
                                             hedges=0, certainty_markers=1, claim_sentence_share=0.5),
        )

    analysis_b = Analysis(
        doc_id=b.id, analyzer="test", sentences=sentences(b), entities=entities,
        mentions=(Mention(span=find(b, "Kai Lund"), entity_id=kai), Mention(span=find(b, "Tove Arneson"), entity_id=tove)),
        quantities=(Quantity(span=find(b, "about $5 billion"), value=5e9, unit="USD", qualifier="approximately", measures="bilateral trade"),),
        times=(TimeExpr(span=find(b, "9 May 2031"), start=dt.date(2031, 5, 9), end=dt.date(2031, 5, 9), granularity="day"),
               TimeExpr(span=find(b, "last year"), resolved=False, start=None, anchor="none")),
        quotes=(Quote(span=find(b, "a new chapter"), kind="direct", speaker_entity_id=kai, speaker="Kai Lund"),),
        claims=(Claim(span=sentence(b, 3), kind="commitment", score=0.9), Claim(span=sentence(b, 2), kind="figure", score=0.3)),
    )
    sources = [Source(document=a, analysis=analysis_a(a)), Source(document=b, analysis=analysis_b),
               Source(document=c, analysis=analysis_a(c))]

    event = Event(id="event-1", title="Tove Arneson and Kai Lund, 9 May 2031", date=dt.date(2031, 5, 9), date_span=find(a, "9 May 2031"),
                  location="Port Ellis", location_span=find(a, "Port Ellis"), participants=(tove, kai),
                  participant_names=("Tove Arneson", "Kai Lund"), event_types=("CONSULT",), doc_ids=(a.id, b.id, c.id))

    def item(doc: Document, span: Span, reading: str) -> AlignedItem:
        return AlignedItem(span=span, reading=reading, origin=doc.near_duplicate_of or doc.id)

    ferry = Commitment(span=sentence(a, 4), actors=(tove, kai), actor_names=("Tove Arneson", "Kai Lund"), action="open a ferry line",
                       due_start=dt.date(2031, 10, 1), due_end=dt.date(2031, 12, 31), status_in_text="agreed")
    customs = Commitment(span=sentence(b, 5), actors=(), action="sign a customs protocol", due_start=dt.date(2031, 5, 1),
                         due_end=dt.date(2031, 5, 31), status_in_text="planned")
    alignments = (
        Alignment(id="date-1", event_id="event-1", kind="date", label="the date of the meeting", verdict="corroborated",
                  reason="2 independent sources give this date", independent_sources=2,
                  members=(item(a, find(a, "9 May 2031"), "2031-05-09"), item(b, find(b, "9 May 2031"), "2031-05-09"))),
        Alignment(id="figure-trade", event_id="event-1", kind="figure", label="bilateral trade (USD)", verdict="conflicting",
                  reason="the values differ beyond what rounding and qualifiers allow", independent_sources=2,
                  members=(item(b, find(b, "about $5 billion"), "about 5e+09 USD"), item(a, find(a, "$4.2 billion"), "4.2e+09 USD"),
                           item(c, find(c, "$4.2 billion"), "4.2e+09 USD"))),
        Alignment(id="figure-fuel", event_id="event-1", kind="figure", label="fuel price", verdict="single_source",
                  reason="no second independent source states this figure (near copies counted once: 1 more document)", independent_sources=1,
                  members=(item(a, find(a, "9.30"), "9.3 count"), item(c, find(c, "9.30"), "9.3 count"))),
        Alignment(id="claim-ferry", event_id="event-1", kind="claim", label="open a ferry line", verdict="corroborated",
                  reason="2 independent sources state this", independent_sources=2,
                  members=(item(a, sentence(a, 4), "claim"), item(b, sentence(b, 3), "claim"), item(c, sentence(c, 4), "claim"))),
        Alignment(id="commitment-ferry", event_id="event-1", kind="commitment", label="open a ferry line", verdict="corroborated",
                  reason="2 independent sources state this commitment", independent_sources=2, commitment=ferry,
                  members=(item(a, sentence(a, 4), "agreed"), item(b, sentence(b, 3), "planned"))),
        Alignment(id="claim-fuel", event_id="event-1", kind="claim", label="fuel prices", verdict="single_source",
                  reason="no second independent source states this", independent_sources=1,
                  members=(item(a, sentence(a, 5), "claim"),)),
        Alignment(id="claim-trade-b", event_id="event-1", kind="claim", label="trade last year", verdict="single_source",
                  reason="no second independent source states this", independent_sources=1,
                  members=(item(b, sentence(b, 2), "claim"),)),
        Alignment(id="quote-port", event_id="event-1", kind="quote", label="This port will carry", verdict="single_source",
                  reason="no second independent source states these words (near copies counted once: 1 more document)", independent_sources=1,
                  members=(item(a, find(a, "This port will carry our shared future."), tove),
                           item(c, find(c, "This port will carry our shared future."), tove))),
        Alignment(id="quote-chapter", event_id="event-1", kind="quote", label="a new chapter", verdict="single_source",
                  reason="no second independent source states these words", independent_sources=1,
                  members=(item(b, find(b, "a new chapter"), kai),)),
        Alignment(id="figure-elsewhere", event_id="event-2", kind="figure", label="a figure of another event", verdict="single_source",
                  reason="no second independent source states this figure", independent_sources=1,
                  members=(AlignedItem(span=Span(doc_id="not-in-this-brief", start=0, end=3, text="$1m"), reading="1e+06 USD", origin="x"),)),
    )
    link = LinkResult(
        events=(event,),
        alignments=alignments,
        inconsistencies=(Inconsistency(doc_id=b.id, kind="title_conflict", reason="Kai Lund is called Prime Minister and Minister",
                                       spans=(find(b, "Prime Minister"), find(b, "Minister", 1))),),
        checks=(ArithmeticCheck(doc_id=a.id, stated=find(a, "nearly three times more"), stated_value=3.0, relation="ratio",
                                operands=(find(a, "9.30"), find(a, "3.00")), computed_value=3.1, holds=True,
                                reason="9.30 / 3.00 = 3.10, which “nearly three times” allows"),),
    )
    commitments = [
        CommitmentRow(commitment=ferry, doc_id=a.id, published=a.published, as_of=AS_OF, state="upcoming",
                      reason="due from 2031-10-01", also_in=(sentence(b, 3),), verdict="corroborated", independent_sources=2, event_id="event-1"),
        CommitmentRow(commitment=customs, doc_id=b.id, published=b.published, as_of=AS_OF, state="past_due_unconfirmed",
                      reason="was due by 2031-05-31; no later document reports it", event_id="event-1"),
    ]
    return Sample(event=event, sources=sources, link=link, commitments=commitments)


@pytest.fixture(scope="session")
def sample() -> Sample:
    return build_sample()  # frozen objects: safe to share between tests


@pytest.fixture(scope="session")
def brief(sample):
    from readout.present.compose import compose_brief

    return compose_brief(sample.event, sample.sources, sample.link, sample.commitments, sample.as_of)
