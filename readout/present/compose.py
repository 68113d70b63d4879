"""Choosing and ordering what the brief says. Renderers only format what this returns.

``compose_brief`` reads only the data model: the event, its sources in brief
order, the link result scoped to the event and the commitment rows. Every item
it builds carries the citations of its spans; a span of a document outside the
brief is not cited, and an item left with no citation is not reported
(provenance or silence).

Selection and order rules (stated so a reader can trust them):

- Event: the event's date (cited by its own span and every source that gives
  that date), its location, and its participants, each cited by its first
  mention in every source that names it, with the first title a source gives.
- Summary: at most ``SUMMARY_SENTENCES`` sentences, at most one per
  independent analyzed source: each source's sentence with the highest lead
  score, longer than ``SUMMARY_MIN_CHARS``; highest scores first. Lead score =
  2 if it names an event participant + 1 if it states the event date + 1 if it
  has a figure + 1 if it is among its document's first two sentences + its
  check-worthiness (0..1).
- Key takeaways: every alignment, stated by the sentence of its first source
  (a conflict by what the sources disagree on and each reading with its
  sources). Ranked corroborated first, conflicts next, single-source last;
  within a verdict by more independent sources, then by check-worthiness of
  the sentence, then by source and sentence order. A single-source item
  qualifies only when its sentence's check-worthiness is at least
  ``SINGLE_SOURCE_MIN_SCORE``. One takeaway per sentence; at most
  ``TAKEAWAYS``.
- Figures: every figure alignment, with its verdict and its readings (each
  value with the numbers of the sources that give it); ordered as takeaways.
- Dates: every time expression, grouped by the interval it resolves to
  (unresolved ones by their words), in date order.
- Commitments: every commitment row, as of the brief's date, in due order
  (undated last).
- Quotes: every quote alignment, grouped by the speaker its first source
  names (by the speaker's canonical name when it is resolved to an entity);
  resolved speakers first, each group in order of first appearance.
- Conflicts: every conflicting alignment; inconsistencies and arithmetic
  checks: every one the link stage found in the brief's sources.
- Rhetoric: for each source with rhetoric markers, its profile (cited by
  the most confident marker of each of its ``RHETORIC_EXAMPLES`` most
  frequent techniques) and its techniques, most frequent first, each cited by
  its ``RHETORIC_EXAMPLES`` most confident markers. A source with no marker
  has nothing to cite and is left out.
- Against the readout, messages read into the event, timing context: see
  ``audit_section``.
- Sources: numbered in the order given, named by outlet (or the domain of its
  URL), author, date and title; a local path is never shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from urllib.parse import urlparse

from readout.model import (
    Alignment,
    Brief,
    BriefCheck,
    BriefCommitment,
    BriefConflict,
    BriefDate,
    BriefFigure,
    BriefInconsistency,
    BriefParticipant,
    BriefQuote,
    CitedText,
    CommitmentRow,
    Event,
    LinkResult,
    Quantity,
    Quote,
    QuoteGroup,
    Reading,
    ReadoutAudit,
    Source,
    SourceInfo,
    SourceRhetoric,
    Span,
    Takeaway,
    TechniqueCount,
    TextRange,
)
from readout.present import audit_section
from readout.present.citations import Citer
from readout.present.formatting import date_note, format_day

SUMMARY_SENTENCES = 3
SUMMARY_MIN_CHARS = 40
TAKEAWAYS = 8
SINGLE_SOURCE_MIN_SCORE = 0.6  # only check-worthy statements are worth flagging as resting on one source
RHETORIC_EXAMPLES = 3
VERDICT_ORDER = {"corroborated": 0, "conflicting": 1, "single_source": 2}


def compose_brief(
    event: Event | None,
    sources: Sequence[Source],
    link: LinkResult,
    commitments: Sequence[CommitmentRow],
    as_of: dt.date,
    audit: ReadoutAudit | None = None,
) -> Brief:
    citer = Citer(sources)
    alignments = tuple(a for a in link.alignments if any(citer.knows(m.span) for m in a.members))
    return Brief(
        title=_title(event, sources),
        as_of=as_of,
        event=event,
        date=_event_date(event, alignments, citer),
        location=_location(event, citer),
        participants=_participants(event, sources, citer),
        summary=_summary(event, sources, citer),
        takeaways=_takeaways(alignments, citer),
        figures=_figures(alignments, citer),
        dates=_dates(sources, citer),
        commitments=_commitments(commitments, citer),
        quotes=_quotes(alignments, citer),
        conflicts=_conflicts(alignments, citer),
        inconsistencies=_inconsistencies(link, citer),
        checks=_checks(link, citer),
        rhetoric=_rhetoric(sources, citer),
        against_readout=audit_section.against_readout(audit, sources, citer),
        messages=audit_section.messages(sources, citer),
        timing=audit_section.timing(sources, citer),
        alignments=alignments,
        sources=_source_infos(sources),
    )


def _title(event: Event | None, sources: Sequence[Source]) -> str:
    if event is not None:
        return f"Briefing: {event.title}"
    titled = next((s.document.title for s in sources if s.document.title), None)
    return f"Briefing: {titled}" if titled else "Briefing"


# --- the event -------------------------------------------------------------------------------


def _event_date(event: Event | None, alignments: Sequence[Alignment], citer: Citer) -> CitedText | None:
    if event is None or event.date is None:
        return None
    spans = [event.date_span] + [
        m.span for a in alignments if a.kind == "date" for m in a.members if m.reading == event.date.isoformat()
    ]
    citations = citer.cite_all(spans)
    return CitedText(text=format_day(event.date), citations=citations) if citations else None


def _location(event: Event | None, citer: Citer) -> CitedText | None:
    if event is None or not event.location:
        return None
    citations = citer.cite_all([event.location_span])
    return CitedText(text=event.location, citations=citations) if citations else None


def _participants(event: Event | None, sources: Sequence[Source], citer: Citer) -> tuple[BriefParticipant, ...]:
    if event is None:
        return ()
    out = []
    for entity_id, name in zip(event.participants, event.participant_names):
        spans = []
        for source in sources:
            mentions = [m.span for m in source.analysis.mentions if m.entity_id == entity_id]
            if mentions:
                spans.append(min(mentions, key=lambda span: span.start))
        citations = citer.cite_all(spans)
        if citations:
            out.append(BriefParticipant(name=name, entity_id=entity_id, role=_role_of(sources, entity_id), citations=citations))
    return tuple(out)


def _role_of(sources: Sequence[Source], entity_id: str) -> str | None:
    return next((e.role for s in sources for e in s.analysis.entities if e.id == entity_id and e.role), None)


# --- summary and takeaways -------------------------------------------------------------------


def _inside(span: Span, container: Span) -> bool:
    return span.doc_id == container.doc_id and container.start <= span.start < container.end


def _check_worthiness(source: Source, sentence: Span) -> float:
    return max((c.score for c in source.analysis.claims if _inside(c.span, sentence) or _inside(sentence, c.span)), default=0.0)


def _lead_score(source: Source, sentence: Span, position: int, event: Event | None) -> float:
    a = source.analysis
    score = 0.0
    if event and any(m.entity_id in event.participants and _inside(m.span, sentence) for m in a.mentions):
        score += 2
    if event and event.date and any(t.start == event.date and _inside(t.span, sentence) for t in a.times):
        score += 1
    if any(_inside(q.span, sentence) for q in a.quantities):
        score += 1
    if position < 2:
        score += 1
    return score + _check_worthiness(source, sentence)


def _summary(event: Event | None, sources: Sequence[Source], citer: Citer) -> tuple[CitedText, ...]:
    candidates = []
    for source in sources:
        if source.analysis.skipped_reason or not source.independent:
            continue
        scored = [
            (_lead_score(source, s.span, i, event), citer.number[source.id], i, s.span)
            for i, s in enumerate(source.analysis.sentences)
            if len(s.span.text) > SUMMARY_MIN_CHARS
        ]
        if scored:
            candidates.append(max(scored, key=lambda x: (x[0], -x[2])))
    candidates.sort(key=lambda x: (-x[0], x[1]))
    return tuple(CitedText(text=_clean(span.text), citations=(citer.cite(span),)) for *_, span in candidates[:SUMMARY_SENTENCES])


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _members_in_order(alignment: Alignment, citer: Citer):
    """The members the brief can cite, in source then position order."""
    known = [m for m in alignment.members if citer.knows(m.span)]
    return sorted(known, key=lambda m: (citer.number[m.span.doc_id], m.span.start))


def _rank(alignment: Alignment, citer: Citer) -> tuple:
    first = _members_in_order(alignment, citer)[0]
    score = _check_worthiness(citer.by_id[first.span.doc_id], citer.sentence_span(first.span))
    return (VERDICT_ORDER[alignment.verdict], -alignment.independent_sources, -score, citer.number[first.span.doc_id], first.span.start)


def _takeaways(alignments: Sequence[Alignment], citer: Citer) -> tuple[Takeaway, ...]:
    out: list[Takeaway] = []
    said: set[str] = set()
    for alignment in sorted(alignments, key=lambda a: _rank(a, citer)):
        first = _members_in_order(alignment, citer)[0]
        sentence = citer.sentence_span(first.span)
        citations = citer.cite_all(m.span for m in alignment.members)
        if alignment.verdict == "conflicting":
            readings = _readings(alignment, citer)
            if len(readings) < 2:
                continue
            text = f"Sources disagree on {alignment.label}"
        else:
            if alignment.verdict == "single_source" and _check_worthiness(citer.by_id[first.span.doc_id], sentence) < SINGLE_SOURCE_MIN_SCORE:
                continue
            key = citer.cite(sentence).label
            if key in said:
                continue
            said.add(key)
            readings, text = (), _clean(sentence.text)
        out.append(
            Takeaway(
                kind=alignment.kind, text=text, verdict=alignment.verdict, reason=alignment.reason,
                independent_sources=alignment.independent_sources, readings=readings, citations=citations,
            )
        )
        if len(out) == TAKEAWAYS:
            break
    return tuple(out)


def _readings(alignment: Alignment, citer: Citer) -> tuple[Reading, ...]:
    """Each distinct reading with the sources that give it, in order of first appearance."""
    groups: dict[str, list] = {}
    for member in _members_in_order(alignment, citer):
        groups.setdefault(member.reading, []).append(member)
    out = []
    for reading, members in groups.items():
        quantity = _quantity_at(citer, members[0].span) if alignment.kind == "figure" else None
        out.append(
            Reading(
                reading=reading,
                as_written=_clean(members[0].span.text),
                value=quantity.value if quantity else None,
                source_numbers=tuple(sorted({citer.number[m.span.doc_id] for m in members})),
                citations=citer.cite_all(m.span for m in members),
            )
        )
    return tuple(out)


# --- figures, dates, commitments, quotes ------------------------------------------------------


def _quantity_at(citer: Citer, span: Span) -> Quantity | None:
    quantities = citer.by_id[span.doc_id].analysis.quantities
    return next((q for q in quantities if q.span.start == span.start and q.span.end == span.end), None)


def _figures(alignments: Sequence[Alignment], citer: Citer) -> tuple[BriefFigure, ...]:
    out = []
    for alignment in sorted((a for a in alignments if a.kind == "figure"), key=lambda a: _rank(a, citer)):
        first = _members_in_order(alignment, citer)[0]
        q = _quantity_at(citer, first.span)
        if q is None:
            continue  # the span names no quantity of its document: nothing to state its value from
        out.append(
            BriefFigure(
                label=alignment.label, as_written=_clean(q.span.text), value=q.value, value_high=q.value_high, unit=q.unit,
                qualifier=q.qualifier, is_target=q.is_target, measures=q.measures,
                period=q.period.span.text if q.period else None,
                period_start=q.period.start if q.period else None,
                period_end=q.period.end if q.period else None,
                verdict=alignment.verdict, reason=alignment.reason, independent_sources=alignment.independent_sources,
                readings=_readings(alignment, citer), citations=citer.cite_all(m.span for m in alignment.members),
            )
        )
    return tuple(out)


def _dates(sources: Sequence[Source], citer: Citer) -> tuple[BriefDate, ...]:
    spans: dict[tuple, list[Span]] = {}
    first: dict[tuple, object] = {}
    for source in sources:
        for t in sorted(source.analysis.times, key=lambda t: (t.anchor != "absolute", t.span.start)):  # absolute wording first
            key = ("resolved", t.start, t.end) if t.resolved and t.start else ("unresolved", _clean(t.span.text).lower())
            spans.setdefault(key, []).append(t.span)
            first.setdefault(key, t)
    order = sorted(spans, key=lambda k: (k[0] != "resolved", k[1] if k[0] == "resolved" else dt.date.max, str(k[1:])))
    out = []
    for key in order:
        t = first[key]
        citations = citer.cite_all(spans[key])
        if citations:
            out.append(BriefDate(as_written=_clean(t.span.text), start=t.start, end=t.end, note=date_note(t), citations=citations))
    return tuple(out)


def _commitments(rows: Sequence[CommitmentRow], citer: Citer) -> tuple[BriefCommitment, ...]:
    out = []
    for row in rows:
        c = row.commitment
        citations = citer.cite_all([c.span, *row.also_in, row.reported_by])
        if not citations:
            continue
        reported = citer.cite(row.reported_by) if row.reported_by and citer.knows(row.reported_by) else None
        out.append(
            BriefCommitment(
                state=row.state, actors=c.actor_names or c.actors, action=c.action,
                object=c.object if c.object and c.object not in c.action else None,
                status_in_text=c.status_in_text, due_start=c.due_start, due_end=c.due_end, reason=row.reason,
                verdict=row.verdict, independent_sources=row.independent_sources, reported_by=reported, citations=citations,
            )
        )
    return tuple(sorted(out, key=lambda b: (b.due_start is None, b.due_start or dt.date.max, b.citations[0].source_number, b.citations[0].sentence)))


def _quote_at(citer: Citer, span: Span) -> Quote | None:
    quotes = citer.by_id[span.doc_id].analysis.quotes
    return next((q for q in quotes if q.span.start == span.start and q.span.end == span.end), None) or next(
        (q for q in quotes if q.span.start <= span.start < q.span.end), None
    )


def _quotes(alignments: Sequence[Alignment], citer: Citer) -> tuple[QuoteGroup, ...]:
    groups: dict[str, tuple[str, str | None, list[BriefQuote]]] = {}
    quote_alignments = [a for a in alignments if a.kind == "quote"]
    quote_alignments.sort(key=lambda a: (citer.number[_members_in_order(a, citer)[0].span.doc_id], _members_in_order(a, citer)[0].span.start))
    for alignment in quote_alignments:
        first = _members_in_order(alignment, citer)[0]
        quote = _quote_at(citer, first.span)
        speaker_id = quote.speaker_entity_id if quote else None
        speaker = _entity_name(citer.by_id[first.span.doc_id], speaker_id) or (quote.speaker if quote else None) or "unattributed"
        key = speaker_id or speaker.lower()
        groups.setdefault(key, (speaker, speaker_id, []))[2].append(
            BriefQuote(
                kind=quote.kind if quote else "direct", text=_clean(first.span.text), verdict=alignment.verdict,
                reason=alignment.reason, independent_sources=alignment.independent_sources,
                citations=citer.cite_all(m.span for m in alignment.members),
            )
        )
    ordered = sorted(groups.values(), key=lambda g: g[1] is None)  # identified speakers first; stable otherwise
    return tuple(QuoteGroup(speaker=s, speaker_id=i, quotes=tuple(q)) for s, i, q in ordered)


def _entity_name(source: Source, entity_id: str | None) -> str | None:
    return next((e.name for e in source.analysis.entities if e.id == entity_id), None) if entity_id else None


# --- findings ----------------------------------------------------------------------------------


def _conflicts(alignments: Sequence[Alignment], citer: Citer) -> tuple[BriefConflict, ...]:
    out = []
    for alignment in sorted((a for a in alignments if a.verdict == "conflicting"), key=lambda a: _rank(a, citer)):
        readings = _readings(alignment, citer)
        if len(readings) >= 2:
            out.append(
                BriefConflict(
                    kind=alignment.kind, label=alignment.label, reason=alignment.reason, readings=readings,
                    citations=citer.cite_all(m.span for m in alignment.members),
                )
            )
    return tuple(out)


def _inconsistencies(link: LinkResult, citer: Citer) -> tuple[BriefInconsistency, ...]:
    out = []
    for i in link.inconsistencies:
        citations = citer.cite_all(i.spans)
        if citations and i.doc_id in citer.number:
            out.append(BriefInconsistency(kind=i.kind, source_number=citer.number[i.doc_id], reason=i.reason, citations=citations))
    return tuple(out)


def _checks(link: LinkResult, citer: Citer) -> tuple[BriefCheck, ...]:
    out = []
    for c in link.checks:
        citations = citer.cite_all([c.stated, *c.operands])
        if citations and c.doc_id in citer.number:
            out.append(
                BriefCheck(
                    source_number=citer.number[c.doc_id], stated=_clean(c.stated.text), stated_value=c.stated_value,
                    computed_value=c.computed_value, relation=c.relation,
                    operands=(_clean(c.operands[0].text), _clean(c.operands[1].text)),
                    holds=c.holds, reason=c.reason, citations=citations,
                )
            )
    return tuple(out)


# --- rhetoric and sources ----------------------------------------------------------------------


def _rhetoric(sources: Sequence[Source], citer: Citer) -> tuple[SourceRhetoric, ...]:
    out = []
    for source in sources:
        by_technique: dict[str, list] = {}
        for marker in sorted(source.analysis.rhetoric, key=lambda r: (-r.confidence, r.span.start)):
            by_technique.setdefault(marker.technique, []).append(marker)
        techniques = tuple(
            TechniqueCount(technique=t, count=len(found), examples=citer.cite_all(m.span for m in found[:RHETORIC_EXAMPLES]))
            for t, found in sorted(by_technique.items(), key=lambda x: (-len(x[1]), x[0]))
        )
        if techniques:
            examples = citer.cite_all(t.examples[0].span for t in techniques[:RHETORIC_EXAMPLES])
            out.append(SourceRhetoric(source_number=citer.number[source.id], profile=source.analysis.rhetoric_profile, techniques=techniques, citations=examples))
    return tuple(out)


_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")  # non-blank lines that follow each other
_FILE_SUFFIX = re.compile(r"\.(txt|html?|json|jsonl|xml|md|warc|gz|rss|atom)$", re.IGNORECASE)


def _outlet(source: Source) -> str | None:
    """The outlet the document names, or its URL's domain; nothing that looks like a local path."""
    d = source.document
    if d.outlet and not _looks_like_path(d.outlet):
        return d.outlet
    url = d.url or (d.source if d.source.startswith(("http://", "https://")) else None)
    if url:
        host = urlparse(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def _looks_like_path(text: str) -> bool:
    return (
        text.startswith(("/", "./", "../", "~", "file:", "stdin", "warc:"))
        or re.match(r"^[A-Za-z]:[\\/]", text) is not None
        or "\\" in text
        or ("/" in text and " " not in text)
        or _FILE_SUFFIX.search(text) is not None
    )


def _web_url(source: Source) -> str | None:
    d = source.document
    for url in (d.url, d.source):
        if url and url.startswith(("http://", "https://")):
            return url
    return None


def _source_infos(sources: Sequence[Source]) -> tuple[SourceInfo, ...]:
    number = {s.id: i + 1 for i, s in enumerate(sources)}
    out = []
    for i, source in enumerate(sources):
        d = source.document
        paragraphs = tuple(TextRange(start=p.start, end=p.end) for p in d.paragraphs) or _blank_line_paragraphs(d.text)
        title = d.title if d.title and not _looks_like_path(d.title) else None
        out.append(
            SourceInfo(
                number=i + 1, doc_id=d.id, outlet=_outlet(source), title=title, author=d.author, published=d.published, published_from=d.published_from,
                url=_web_url(source), language=d.language,
                near_duplicate_of=number.get(d.near_duplicate_of) if d.near_duplicate_of else None,
                skipped_reason=source.analysis.skipped_reason, text=d.text, paragraphs=paragraphs,
                role=source.analysis.role.role if source.analysis.role else d.role,
                role_reason=source.analysis.role.reason if source.analysis.role else ("set by the user" if d.role else None),
                sentences=tuple(TextRange(start=s.span.start, end=s.span.end) for s in source.analysis.sentences),
            )
        )
    return tuple(out)


def _blank_line_paragraphs(text: str) -> tuple[TextRange, ...]:
    """Paragraphs for a document that records none: runs of text between blank lines."""
    return tuple(TextRange(start=m.start(), end=m.end()) for m in _PARAGRAPH.finditer(text))

