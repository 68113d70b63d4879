"""Choosing and ordering what the brief says. Renderers only format what this returns.

Selection rules (stated so readers can trust them):
- Summary: the sentences with the highest lead score, at most one per source,
  three in all. Lead score = 2 if the sentence names an event participant
  + 1 if it states the event date + 1 if it has a figure + 1 if it is among its
  document's first two sentences + its check-worthiness (0..1) when scored.
- Key takeaways: claims ranked by check-worthiness x (1 + 0.5 per extra
  independent source that states them); at most ``TAKEAWAYS``; a claim already
  in the summary is skipped.
- Figures: every figure group from the link stage, with its verdict.
- Source comparison: conflicting figures, corroborated claims, then the most
  check-worthy claims (score >= 0.6, at most 8) that rest on one source.
"""

from __future__ import annotations

import datetime as dt

from readout.link.commitment_status import commitment_rows
from readout.link.linker import Linked
from readout.link.sources import Source
from readout.model import Brief, BriefLine, BriefSection, Event, SourceInfo, Span
from readout.present.citations import Citer
from readout.present.formatting import format_interval, format_quantity, format_value

FIGURE_COLUMNS = ("as written", "value", "measures", "period", "across sources")
SUMMARY_SENTENCES = 3
TAKEAWAYS = 6
SINGLE_SOURCE_MIN_SCORE = 0.6  # only check-worthy claims are worth flagging as resting on one source
SINGLE_SOURCE_LINES = 8


def compose_brief(sources: list[Source], linked: Linked, as_of: dt.date | None = None) -> Brief:
    citer = Citer(sources)
    event = linked.events[0] if linked.events else None
    sections = [
        _event_section(event, sources, citer),
        _summary_section(event, sources, citer),
        _takeaways_section(linked, citer),
        _figures_section(linked, citer),
        _dates_section(sources, citer),
        _commitments_section(sources, citer, as_of),
        _quotes_section(sources, citer),
        _comparison_section(linked, citer),
        _rhetoric_section(sources, citer),
    ]
    return Brief(
        title=f"Briefing: {event.title}" if event else "Briefing",
        event=event,
        as_of=as_of,
        sections=tuple(s for s in sections if s.lines),
        sources=tuple(_source_info(i + 1, s) for i, s in enumerate(sources)),
    )


def _source_info(number: int, source: Source) -> SourceInfo:
    d = source.document
    return SourceInfo(
        number=number, doc_id=d.id, source=d.source, title=d.title, author=d.author,
        published=d.published, outlet=d.outlet, near_duplicate_of=d.near_duplicate_of,
    )


def _event_section(event: Event | None, sources: list[Source], citer: Citer) -> BriefSection:
    lines = []
    if event and event.date and event.date_span:
        lines.append(BriefLine(text=f"Date: {event.date.day} {event.date:%B %Y}", citations=(citer.cite(event.date_span),)))
    if event:
        for entity_id, name in zip(event.participants, event.participant_names):
            spans = _first_mentions(sources, entity_id)
            role = _role_of(sources, entity_id)
            if spans:
                lines.append(BriefLine(text=f"Participant: {name}" + (f" ({role})" if role else ""), citations=citer.cite_all(spans)))
    return BriefSection(title="Event", lines=tuple(lines))


def _first_mentions(sources: list[Source], entity_id: str) -> list[Span]:
    spans = []
    for s in sources:
        mentions = [m for m in s.analysis.mentions if m.entity_id == entity_id]
        if mentions:
            spans.append(min(mentions, key=lambda m: m.span.start).span)
    return spans


def _role_of(sources: list[Source], entity_id: str) -> str | None:
    for s in sources:
        for e in s.analysis.entities:
            if e.id == entity_id and e.role:
                return e.role
    return None


def _lead_score(source: Source, sentence_span: Span, position: int, event: Event | None) -> float:
    a = source.analysis
    inside = lambda span: sentence_span.start <= span.start < sentence_span.end  # noqa: E731
    score = 0.0
    if event and any(m.entity_id in event.participants and inside(m.span) for m in a.mentions):
        score += 2
    if event and event.date and any(t.start == event.date and inside(t.span) for t in a.times):
        score += 1
    if any(inside(q.span) for q in a.quantities):
        score += 1
    if position < 2:
        score += 1
    score += max((c.score for c in a.claims if c.span.start == sentence_span.start), default=0.0)
    return score


def _summary_section(event: Event | None, sources: list[Source], citer: Citer) -> BriefSection:
    candidates = []
    for source in sources:
        if source.analysis.skipped_reason or not source.independent:
            continue
        scored = [(_lead_score(source, s.span, i, event), s.span) for i, s in enumerate(source.analysis.sentences) if len(s.span.text) > 40]
        if scored:
            candidates.append(max(scored, key=lambda x: x[0]))
    candidates.sort(key=lambda x: -x[0])
    lines = [BriefLine(text=span.text, citations=(citer.cite(span),)) for _, span in candidates[:SUMMARY_SENTENCES]]
    return BriefSection(title="Summary", lines=tuple(lines))


def _takeaways_section(linked: Linked, citer: Citer) -> BriefSection:
    ranked = []
    for alignment in linked.claims:
        first = alignment.spans[0]
        claim = _claim_at(citer, first)
        if claim is None:
            continue
        extra = max(0, len(alignment.doc_ids) - 1)
        ranked.append((claim.score * (1 + 0.5 * extra), alignment))
    ranked.sort(key=lambda x: -x[0])
    lines = []
    for _, alignment in ranked[:TAKEAWAYS]:
        suffix = f" (stated by {len(alignment.doc_ids)} sources)" if alignment.verdict == "corroborated" else ""
        lines.append(BriefLine(text=alignment.spans[0].text + suffix, citations=citer.cite_all(alignment.spans)))
    return BriefSection(title="Key takeaways", lines=tuple(lines))


def _claim_at(citer: Citer, span: Span):
    for claim in citer.by_id[span.doc_id].analysis.claims:
        if claim.span == span:
            return claim
    return None


def _figures_section(linked: Linked, citer: Citer) -> BriefSection:
    lines = []
    for alignment in linked.figures:
        quantity = _quantity_at(citer, alignment.spans[0])
        if quantity is None or not _is_figure(quantity):
            continue
        what = f" — {quantity.measures}" if quantity.measures else ""
        period = f", {quantity.period.span.text}" if quantity.period else ""
        verdict = {"corroborated": "corroborated", "conflicting": "CONFLICT: " + _readings(alignment, citer), "single_source": "single source"}[alignment.verdict]
        cells = (
            f"“{quantity.span.text}”",
            format_value(quantity),
            quantity.measures or "",
            quantity.period.span.text if quantity.period else "",
            verdict,
        )
        lines.append(BriefLine(text=f"{format_quantity(quantity)}{what}{period} [{verdict}]", citations=citer.cite_all(alignment.spans), cells=cells))
    return BriefSection(title="Figures", lines=tuple(lines), columns=FIGURE_COLUMNS)


def _readings(alignment, citer: Citer) -> str:
    """The different values sources give, with the sources that give each: “19.6” (1, 2) vs “about 21” (3)."""
    by_value: dict[tuple, list[int]] = {}
    wording: dict[tuple, str] = {}
    for span in alignment.spans:
        q = _quantity_at(citer, span)
        key = (q.value, q.qualifier) if q else (span.text,)
        by_value.setdefault(key, []).append(citer.number[span.doc_id])
        wording.setdefault(key, span.text)
    return " vs ".join(
        f"“{wording[k]}” (source{'s' if len(set(n)) > 1 else ''} {', '.join(map(str, sorted(set(n))))})" for k, n in by_value.items()
    )


def _is_figure(quantity) -> bool:
    """A bare number word ("two leaders") is not a figure a reader needs; ranks and ratios are."""
    text = quantity.span.text
    return any(ch.isdigit() for ch in text) or len(text.split()) > 1 or quantity.unit in ("rank", "ratio")


def _quantity_at(citer: Citer, span: Span):
    for quantity in citer.by_id[span.doc_id].analysis.quantities:
        if quantity.span == span:
            return quantity
    return None


def _dates_section(sources: list[Source], citer: Citer) -> BriefSection:
    seen: dict[tuple, list[Span]] = {}
    labels: dict[tuple, str] = {}
    for source in sources:
        for t in sorted(source.analysis.times, key=lambda t: t.anchor != "absolute"):  # absolute wording first
            key = (t.start, t.end) if t.resolved and t.start else ("unresolved", t.span.text.lower())
            seen.setdefault(key, []).append(t.span)
            labels.setdefault(key, format_interval(t))
    ordered = sorted(seen, key=lambda k: (k[0] if isinstance(k[0], dt.date) else dt.date.max, str(k[1])))
    lines = [BriefLine(text=f"{labels[k]}: “{seen[k][0].text}”", citations=citer.cite_all(seen[k])) for k in ordered]
    return BriefSection(title="Dates and deadlines", lines=tuple(lines))


def _commitments_section(sources: list[Source], citer: Citer, as_of: dt.date | None) -> BriefSection:
    """Commitments in due order, each with its state as of the brief's date (or the latest publication date)."""
    commitments = [c for s in sources for c in s.analysis.commitments]
    published = {s.id: s.document.published for s in sources}
    when = as_of or max((d for d in published.values() if d), default=dt.date.today())
    lines = []
    for row in commitment_rows(commitments, published, [s.analysis for s in sources], when):
        c = row.commitment
        actors = ", ".join(c.actor_names or c.actors) or "unnamed actor"
        due = f"due {c.due_start} to {c.due_end}" if c.due_start else "no date given"
        obj = f" {c.object}" if c.object and c.object not in c.action else ""
        spans = (c.span,) + ((row.reported_by,) if row.reported_by else ())
        text = f"{row.state.replace('_', ' ')}: {actors}: {c.action}{obj} ({c.status_in_text}; {due}; {row.reason})"
        lines.append(BriefLine(text=text, citations=citer.cite_all(spans)))
    return BriefSection(title=f"Commitments as of {when}", lines=tuple(lines))


def _quotes_section(sources: list[Source], citer: Citer) -> BriefSection:
    lines = []
    for source in sources:
        for q in source.analysis.quotes:
            speaker = q.speaker or "unattributed"
            text = f"{speaker}: “{q.span.text}”" if q.kind == "direct" else f"{speaker} (indirect): {q.span.text}"
            lines.append(BriefLine(text=text, citations=(citer.cite(q.span),)))
    return BriefSection(title="Quotes", lines=tuple(lines))


def _comparison_section(linked: Linked, citer: Citer) -> BriefSection:
    lines = []
    for a in linked.figures:
        if a.verdict == "conflicting":
            lines.append(BriefLine(text=f"Sources disagree on a figure: {_readings(a, citer)}", citations=citer.cite_all(a.spans)))
    for a in linked.claims:
        if a.verdict == "corroborated":
            lines.append(BriefLine(text=f"Corroborated by {len(a.doc_ids)} sources: {a.spans[0].text}", citations=citer.cite_all(a.spans)))
    compared = [span for a in linked.figures if a.verdict != "single_source" for span in a.spans]
    single = []
    for a in linked.claims:
        claim = _claim_at(citer, a.spans[0]) if a.verdict == "single_source" else None
        if claim is not None and any(_inside(f, claim.span) for f in compared):
            continue  # its figure is already compared across sources above
        if claim is not None and claim.score >= SINGLE_SOURCE_MIN_SCORE:
            single.append((claim.score, a))
    for _, a in sorted(single, key=lambda x: -x[0])[:SINGLE_SOURCE_LINES]:
        lines.append(BriefLine(text=f"Single source: {a.spans[0].text}", citations=citer.cite_all(a.spans)))
    for i in linked.inconsistencies:
        lines.append(BriefLine(text=f"Inconsistent within one document: {i.reason}", citations=citer.cite_all(i.spans)))
    return BriefSection(title="Source comparison", lines=tuple(lines))


def _profile_text(number: int, profile) -> str:
    total = sum(profile.per_thousand_words.values())
    top = ", ".join(f"{t.replace('_', ' ')} {v:.1f}" for t, v in sorted(profile.per_thousand_words.items(), key=lambda x: -x[1])[:3])
    return (
        f"Source {number} profile: {total:.1f} markers per 1,000 words ({top}); "
        f"{profile.hedges} hedges vs {profile.certainty_markers} certainty markers; "
        f"{profile.claim_sentence_share:.0%} of sentences are check-worthy claims"
    )


def _inside(span: Span, container: Span) -> bool:
    return span.doc_id == container.doc_id and container.start <= span.start < container.end


def _rhetoric_section(sources: list[Source], citer: Citer) -> BriefSection:
    lines = []
    for source in sources:
        markers = sorted(source.analysis.rhetoric, key=lambda r: -r.confidence)
        if not markers:
            continue
        number = citer.number[source.id]
        profile = source.analysis.rhetoric_profile
        if profile is not None:
            lines.append(BriefLine(text=_profile_text(number, profile), citations=citer.cite_all(m.span for m in markers[:3])))
        by_technique: dict[str, list] = {}
        for m in markers:
            by_technique.setdefault(m.technique, []).append(m)
        for technique, found in sorted(by_technique.items(), key=lambda x: -len(x[1])):
            examples = "; ".join(f"“{m.span.text}”" for m in found[:3])
            lines.append(
                BriefLine(
                    text=f"Source {number}: {technique.replace('_', ' ')} ×{len(found)}: {examples}",
                    citations=citer.cite_all(m.span for m in found[:3]),
                )
            )
    return BriefSection(title="Rhetoric", lines=tuple(lines))
