"""The audit against the readout on hand-built sources: quotes checked verbatim (case and punctuation aside) or paraphrased."""

from __future__ import annotations

from readout.link.readout_audit import audit_event
from readout.model import Analysis, Document, Entity, Mention, Quote, RoleDecision, Sentence, Source, Span


def _span(doc: Document, text: str) -> Span:
    start = doc.text.index(text)
    return Span(doc_id=doc.id, start=start, end=start + len(text), text=text)


def _source(doc_id: str, text: str, role: str, quotes: tuple[str, ...] = ()) -> Source:
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=text)
    sentences = tuple(Sentence(index=i, span=_span(doc, s.strip() + ".")) for i, s in enumerate(text.split(".")) if s.strip())
    speaker = Entity(id="person:ana-lima", name="Ana Lima", kind="PERSON", role="Foreign Minister")
    return Source(document=doc, analysis=Analysis(
        doc_id=doc_id, analyzer="test", sentences=sentences, entities=(speaker,),
        mentions=(Mention(span=_span(doc, "Lima"), entity_id=speaker.id),),
        quotes=tuple(Quote(span=_span(doc, q), kind="direct", speaker="Lima", speaker_entity_id=speaker.id) for q in quotes),
        role=RoleDecision(role=role, reason="test"),
    ))


READOUT = "Minister Lima said: The harbour agreement opens a new chapter for both ports. Talks covered fisheries quotas."


def test_a_quote_is_found_verbatim_whatever_its_case_and_punctuation():
    coverage = _source("c", 'Lima said "the harbour agreement opens a new chapter, for both ports". Lima said "we rejected every quota".',
                       "news", ("the harbour agreement opens a new chapter, for both ports", "we rejected every quota"))
    audit = audit_event("e", [_source("r", READOUT, "official"), coverage])
    quotes = [(i.quote_check, i.verdict, i.readout_span.text if i.readout_span else None) for i in audit.items if i.kind == "quote"]
    assert quotes == [("verbatim", "in_readout", "The harbour agreement opens a new chapter for both ports"), ("not_found", "added", None)]
    assert audit.readouts == ("r",)


def test_without_a_readout_the_audit_says_so():
    audit = audit_event("e", [_source("c", READOUT, "news")])
    assert audit.readouts == () and audit.items == ()
