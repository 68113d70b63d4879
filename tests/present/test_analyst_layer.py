"""The analyst layer applied to a hand-built brief: hide and merge over participants, speakers and audiences; verdicts beside."""

from __future__ import annotations

import datetime as dt

from readout.model import (
    AlignedItem,
    Alignment,
    Annotation,
    Brief,
    BriefMessage,
    BriefParticipant,
    BriefQuote,
    Citation,
    Entity,
    Event,
    MessageGroup,
    QuoteGroup,
    SourceInfo,
    Span,
    TextRange,
)
from readout.present.analyst import EntityView, apply_to_brief

TEXT = "Ana Berg met Kai Lund. Lund said the talks went well. Norland signals to Sudmark."
AT = dt.datetime(2026, 12, 3, 7, 30, tzinfo=dt.timezone.utc)


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(doc_id="d1", start=start, end=start + len(words), text=words)


def _cite(words: str) -> Citation:
    span = _span(words)
    sentence = 1 + sum(1 for s in (23, 54) if span.start >= s)
    return Citation(label=f"[1:s{sentence}]", source_number=1, sentence=sentence, doc_id="d1", span=span)


def _brief() -> Brief:
    quote = BriefQuote(kind="indirect", text="the talks went well", verdict="single_source", reason="one source", independent_sources=1,
                       citations=(_cite("the talks went well"),))
    return Brief(
        title="Berg and Lund", as_of=dt.date(2026, 12, 3),
        event=Event(id="ev-1", title="Berg and Lund", participants=("person:ana-berg", "person:kai-lund", "person:k-lund"),
                    participant_names=("Ana Berg", "Kai Lund", "K. Lund"), doc_ids=("d1",)),
        participants=(BriefParticipant(name="Ana Berg", entity_id="person:ana-berg", citations=(_cite("Ana Berg"),)),
                      BriefParticipant(name="K. Lund", entity_id="person:k-lund", role="envoy", citations=(_cite("Lund said"),)),
                      BriefParticipant(name="Kai Lund", entity_id="person:kai-lund", citations=(_cite("Kai Lund"),)),
                      BriefParticipant(name="the talks", citations=(_cite("the talks"),))),
        quotes=(QuoteGroup(speaker="K. Lund", speaker_id="person:k-lund", quotes=(quote,)),
                QuoteGroup(speaker="Kai Lund", speaker_id="person:kai-lund", quotes=(quote,)),
                QuoteGroup(speaker="Ana Berg", speaker_id="person:ana-berg", quotes=(quote,))),
        messages=(MessageGroup(audience="Sudmark", audience_id="country:SDM",
                               messages=(BriefMessage(message="signals", citations=(_cite("Norland signals to Sudmark"),)),)),),
        alignments=(Alignment(id="claim-1", event_id="ev-1", kind="claim", label="talks went well", verdict="single_source",
                              reason="one source", independent_sources=1,
                              members=(AlignedItem(span=_span("Lund said the talks went well."), reading="x", origin="d1"),)),),
        sources=(SourceInfo(number=1, doc_id="d1", text=TEXT,
                            sentences=(TextRange(start=0, end=22), TextRange(start=23, end=53), TextRange(start=54, end=len(TEXT)))),),
    )


def _note(action: str, kind: str, target: str, value: str | None = None, n: int = 1) -> Annotation:
    return Annotation(id=n, action=action, target_kind=kind, target=target, value=value, author="ana", created_at=AT)


def test_no_annotation_leaves_the_brief_as_it_was():
    brief = _brief()
    assert apply_to_brief(brief, EntityView(), []) is brief
    assert apply_to_brief(brief, EntityView(), [_note("note", "event", "ev-other", "elsewhere")]) is brief


def test_a_merge_into_a_later_participant_joins_it_with_its_name_role_and_citations():
    view = EntityView(merged={"person:k-lund": "person:kai-lund"},
                      entities={"person:kai-lund": Entity(id="person:kai-lund", name="Kai Lund", kind="PERSON")})
    brief = apply_to_brief(_brief(), view, [_note("merge", "entity", "person:k-lund", "person:kai-lund")])
    assert [(p.name, p.entity_id, p.role, p.merged_from) for p in brief.participants] == [
        ("Ana Berg", "person:ana-berg", None, ()), ("Kai Lund", "person:kai-lund", "envoy", ("person:k-lund",)),
        ("the talks", None, None, ())]
    assert [c.label for c in brief.participants[1].citations] == ["[1:s1]", "[1:s2]"]
    assert [(g.speaker, g.speaker_id, len(g.quotes)) for g in brief.quotes] == [("Kai Lund", "person:kai-lund", 2), ("Ana Berg", "person:ana-berg", 1)]
    assert (brief.event.participants, brief.event.participant_names) == (("person:ana-berg", "person:kai-lund"), ("Ana Berg", "Kai Lund"))
    assert brief.analyst.merged == {"person:k-lund": "person:kai-lund"} and brief.analyst.hidden == ()


def test_hidden_entities_and_what_is_merged_into_them_leave_participants_speakers_and_audiences():
    view = EntityView(hidden=frozenset({"person:kai-lund", "country:SDM"}), merged={"person:k-lund": "person:kai-lund"})
    brief = apply_to_brief(_brief(), view, [])
    assert [p.entity_id for p in brief.participants] == ["person:ana-berg", None]
    assert [(g.speaker, g.speaker_id) for g in brief.quotes] == [("K. Lund", None), ("Kai Lund", None), ("Ana Berg", "person:ana-berg")]
    assert [(g.audience, g.audience_id) for g in brief.messages] == [("Sudmark", None)]  # the words stay, the entity goes
    assert brief.analyst.hidden == ("country:SDM", "person:k-lund", "person:kai-lund")
    assert brief.event.participants == ("person:ana-berg",)


def test_manual_verdicts_stand_beside_the_extracted_ones_with_their_citations():
    item = _span("the talks went well")
    annotations = [_note("verdict", "alignment", "claim-1", "conflicting", 1), _note("note", "alignment", "claim-1", "see the ministry", 2),
                   _note("verdict", "item", f"d1:{item.start}:{item.end}", "corroborated", 3),
                   _note("verdict", "item", "d1:0:8", "corroborated", 4), _note("verdict", "alignment", "claim-9", "conflicting", 5)]
    brief = apply_to_brief(_brief(), EntityView(), annotations)
    assert [(v.target, v.label, v.verdict, v.extracted_verdict, [c.label for c in v.citations]) for v in brief.analyst.verdicts] == [
        ("claim-1", "talks went well", "conflicting", "single_source", ["[1:s2]"]),
        (f"d1:{item.start}:{item.end}", "the talks went well", "corroborated", "single_source", ["[1:s2]"]),
        ("d1:0:8", "Ana Berg", "corroborated", None, ["[1:s1]"])]  # no alignment holds it
    assert [a.id for a in brief.analyst.annotations] == [1, 2, 3, 4]  # claim-9 is another event's
    assert brief.alignments[0].verdict == "single_source"
