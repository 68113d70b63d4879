"""The brief's sections "Against the readout" and "Messages read into the event", and the timing context.

Selection and order rules:

- Against the readout: the official readouts by source number; per coverage
  source the counts of statements in the readout, added, and contradicting;
  then every finding in source and text order (renderers show the additions and
  contradictions, the JSON carries all); readout statements no coverage reports;
  the topic × side table where readouts differ. With no readout the note says
  so and the reports that no quoted official statement supports are listed.
- Messages: grouped by audience (the entity's name when the audience resolves
  to one, so "the U.K." and "the United Kingdom" meet), groups in order of first
  appearance; a message with no named audience goes under "audience not named".
- Timing: every timing context, in source order.
"""

from __future__ import annotations

from collections.abc import Sequence

from readout.model import (
    AgainstReadout,
    AuditCount,
    AuditFinding,
    BriefMessage,
    BriefTiming,
    CitedText,
    MessageGroup,
    ReadoutAudit,
    Source,
    TopicCell,
    TopicRow,
)
from readout.present.citations import Citer

NO_AUDIENCE = "audience not named"


def against_readout(audit: ReadoutAudit | None, sources: Sequence[Source], citer: Citer) -> AgainstReadout | None:
    if audit is None:
        return None
    readouts = tuple(citer.number[d] for d in audit.readouts if d in citer.number)
    if not readouts:
        return AgainstReadout(
            note="No official readout among the sources: nothing to audit against. Listed instead: what the coverage reports "
                 "of officials' words or of the event that no official statement quoted in the coverage supports.",
            beyond=tuple(CitedText(text=" ".join(s.text.split()), citations=c) for s in audit.beyond if (c := citer.cite_all([s]))),
        )
    findings = []
    for item in audit.items:
        citations = citer.cite_all([item.span])
        if not citations:
            continue
        findings.append(AuditFinding(kind=item.kind, verdict=item.verdict, text=" ".join(item.span.text.split()), reason=item.reason,
                                     quote_check=item.quote_check, citations=citations, readout_citations=citer.cite_all([item.readout_span])))
    counts = []
    for source in sources:
        number = citer.number[source.id]
        mine = [f for f in findings if f.citations[0].source_number == number]
        if mine:
            counts.append(AuditCount(source_number=number, in_readout=sum(f.verdict == "in_readout" for f in mine),
                                     added=sum(f.verdict == "added" for f in mine), contradicts=sum(f.verdict == "contradicts" for f in mine),
                                     citations=citer.cite_all(c.span for f in mine for c in f.citations)))
    topics = []
    for topic in audit.topics:
        cells = tuple(
            TopicCell(source_number=citer.number[doc_id], mentioned=span is not None,
                      as_written=(topic.readings[i] if topic.readings else None), citations=citer.cite_all([span]))
            for i, (doc_id, span) in enumerate(zip(audit.readouts, topic.spans)) if doc_id in citer.number
        )
        citations = citer.cite_all(topic.spans)
        if citations:
            topics.append(TopicRow(topic=topic.topic, cells=cells, citations=citations))
    names = ", ".join(str(n) for n in readouts)
    return AgainstReadout(
        readouts=readouts,
        note=f"Checked against the official readout{'s' if len(readouts) > 1 else ''} (source {names}).",
        counts=tuple(counts),
        findings=tuple(findings),
        omitted=tuple(CitedText(text=" ".join(s.text.split()), citations=c) for s in audit.omitted if (c := citer.cite_all([s]))),
        topics=tuple(topics),
    )


def messages(sources: Sequence[Source], citer: Citer) -> tuple[MessageGroup, ...]:
    groups: dict[str, tuple[str, str | None, list[BriefMessage]]] = {}
    for source in sources:
        names = {e.id: e.name for e in source.analysis.entities}
        for m in source.analysis.audience_messages:
            citations = citer.cite_all([m.span])
            if not citations:
                continue
            audience = names.get(m.audience_id or "", None) or m.audience or NO_AUDIENCE
            key = m.audience_id or audience.lower()
            groups.setdefault(key, (audience, m.audience_id, []))[2].append(
                BriefMessage(sender=m.sender, message=" ".join((m.message or m.span.text).split()), citations=citations))
    return tuple(MessageGroup(audience=a, audience_id=i, messages=tuple(ms)) for a, i, ms in groups.values())


def timing(sources: Sequence[Source], citer: Citer) -> tuple[BriefTiming, ...]:
    out = []
    for source in sources:
        for t in source.analysis.timing:
            citations = citer.cite_all([t.span])
            if citations:
                out.append(BriefTiming(relation=t.relation, happening=" ".join(t.happening.text.split()), date=t.date, citations=citations))
    return tuple(out)
