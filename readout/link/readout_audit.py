"""The coverage of an event against its official readouts: what they support, what the coverage adds or distorts.

Within one event, documents whose source role is "official" (a government's own
readout or statement) are the reference; every other document is coverage.
Each statement of the coverage gets one verdict:

- figure: a readout figure of the same unit and measure with an agreeing value
  is "in_readout"; one with a different value is "contradicts" (both spans);
  none is "added";
- quote: a quote whose speaker the readouts name (or who carries a title) is
  looked for in the official text: verbatim (the same words in order),
  paraphrased (most of its content words in one readout sentence), or not found
  ("added");
- commitment: a readout commitment with most of the same action words is
  "in_readout", unless both give due dates that cannot overlap ("contradicts");
- claim: a check-worthy sentence most of whose content words one readout
  sentence shares is "in_readout" (or "contradicts" when a figure of it does);
  otherwise "added".

Readout statements that no coverage sentence reports are "omitted". With two or
more readouts (each side's own), topics one mentions and another does not, and
figures they give differently, become a topic × side table. With no readout,
claims about the event's actors that no official statement quoted in the
coverage supports are listed as "beyond" what any official said.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from readout.link.commitment_status import key_stems
from readout.link.commitments import dates_agree
from readout.link.figures import comparable_units, is_figure, values_agree
from readout.link.similarity import content_words
from readout.model import AuditItem, Commitment, Quantity, Quote, ReadoutAudit, ReadoutTopic, Source, Span

SUPPORT_SHARE = 0.5  # share of the smaller statement's content words found in a readout sentence
SUPPORT_MIN_SHARED = 3  # ... and at least this many words: "the two leaders met" is not support
PARAPHRASE_SHARE = 0.5  # share of a quote's content words in one readout sentence
MEASURE_SHARE = 0.5  # share of the measured words two figures have in common to be one figure
SENTENCE_SHARE = 0.4  # or share of their sentences' words
SAME_VALUE_SHARE = 0.2  # share of the sentences' words two figures of the same value need to be one
TOPIC_SHARE = 0.4  # a readout sentence another readout shares this much of is the same topic
COMMITMENT_SHARE = 0.5
TOPIC_CHARS = 90


def role_of(source: Source) -> str:
    decision = source.analysis.role
    return source.document.role or (decision.role if decision else "news")


@dataclass(frozen=True)
class _Sentence:
    source: Source
    span: Span
    words: frozenset[str]


def _sentences(sources: Sequence[Source]) -> list[_Sentence]:
    return [_Sentence(s, x.span, _words(s, x.span)) for s in sources for x in s.analysis.sentences]


def _words(source: Source, span: Span) -> frozenset[str]:
    """Content words of a statement without actors, their titles and dates: two sentences naming the same leaders on the same day say nothing alike yet."""
    text = list(span.text)
    names = [m.span for m in source.analysis.mentions] + [t.span for t in source.analysis.times]
    for m in names:
        if span.start <= m.start and m.end <= span.end:
            for i in range(m.start - span.start, m.end - span.start):
                text[i] = " "
    titles = frozenset(w for e in source.analysis.entities if e.role for w in content_words(e.role))
    return content_words("".join(text)) - titles


def _share(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    shared = len(a & b)
    return (shared / min(len(a), len(b)) if a and b else 0.0), shared


def _best(words: frozenset[str], candidates: Sequence[_Sentence]) -> tuple[_Sentence | None, float, int]:
    best, best_share, best_shared = None, 0.0, 0
    for c in candidates:
        share, shared = _share(words, c.words)
        if (share, shared) > (best_share, best_shared):
            best, best_share, best_shared = c, share, shared
    return best, best_share, best_shared


def _sentence_of(source: Source, offset: int) -> Span | None:
    return next((s.span for s in source.analysis.sentences if s.span.start <= offset < s.span.end), None)


def audit_event(event_id: str | None, sources: Sequence[Source]) -> ReadoutAudit:
    """The audit of one event's sources (in brief order)."""
    analyzed = [s for s in sources if not s.analysis.skipped_reason]
    official = [s for s in analyzed if role_of(s) == "official"]
    coverage = [s for s in analyzed if role_of(s) != "official" and s.independent]
    if not official:
        return ReadoutAudit(event_id=event_id, beyond=tuple(_beyond(coverage)))
    readout = _sentences(official)
    items: list[AuditItem] = []
    for source in coverage:
        figures = _figures(source, official)
        commitments = _commitments(source, official)
        items += figures + commitments
        items += _quotes(source, official, readout)
        items += _claims(source, readout, figures + commitments)
    return ReadoutAudit(
        event_id=event_id,
        readouts=tuple(s.id for s in official),
        items=tuple(sorted(items, key=lambda i: ([s.id for s in analyzed].index(i.span.doc_id), i.span.start, i.kind))),
        omitted=tuple(_omitted(readout, _sentences(coverage), items)),
        topics=tuple(_topics(official)) if len(official) > 1 else (),
    )


# --- figures ----------------------------------------------------------------------------------


def _figure_words(source: Source, q: Quantity) -> tuple[frozenset[str], frozenset[str]]:
    sentence = _sentence_of(source, q.span.start)
    return content_words(q.measures or ""), content_words(sentence.text if sentence else q.span.text)


def _same_measure(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The same thing measured: most of the measured words shared, or much of the two sentences."""
    if a[0] and b[0] and _share(a[0], b[0])[0] >= MEASURE_SHARE:
        return True
    share, shared = _share(a[1], b[1])
    return share >= SENTENCE_SHARE and shared >= SUPPORT_MIN_SHARED


def _figures(source: Source, official: Sequence[Source]) -> list[AuditItem]:
    readout_figures = [(o, r, _figure_words(o, r)) for o in official for r in o.analysis.quantities if is_figure(r)]
    items = []
    for q in source.analysis.quantities:
        if not is_figure(q):
            continue
        words = _figure_words(source, q)
        comparable = [(o, r, w) for o, r, w in readout_figures if comparable_units(q.unit, r.unit)]
        same = [(o, r) for o, r, w in comparable if q.is_target == r.is_target and _same_measure(words, w)]
        # the same value in the same unit needs less of the wording ("up to 140 billion yen" for a loan, said two ways),
        # and a plan agrees with the readout's statement of it; only a different value of one measure contradicts
        agreeing = [r for o, r, w in comparable if values_agree(q, r) and (_same_measure(words, w) or _share(words[1], w[1])[0] >= SAME_VALUE_SHARE)]
        if agreeing:
            others = [r for _, r in same if not values_agree(q, r)]  # the readouts disagree: say which value the coverage took
            reason = f"the readout gives the same figure ({agreeing[0].span.text})"
            reason += f"; another readout gives {others[0].span.text}" if others else ""
            items.append(AuditItem(kind="figure", span=q.span, verdict="in_readout", readout_span=agreeing[0].span, reason=reason))
        elif same:
            r = same[0][1]
            items.append(AuditItem(kind="figure", span=q.span, verdict="contradicts", readout_span=r.span,
                                   reason=f"the readout gives {r.span.text}, the coverage {q.span.text}"))
        else:
            items.append(AuditItem(kind="figure", span=q.span, verdict="added", reason="no readout gives this figure"))
    return items


# --- quotes -----------------------------------------------------------------------------------


def _normalized_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _verbatim(quote: Quote, official: Sequence[Source]) -> Span | None:
    """The place in a readout with the quote's words in order (punctuation and case aside)."""
    words = _normalized_words(quote.span.text)
    if len(words) < 3:
        return None
    pattern = re.compile(r"(?<![^\W_])" + r"[\W_]+".join(re.escape(w) for w in words) + r"(?![^\W_])", re.IGNORECASE)
    for o in official:
        match = pattern.search(o.document.text)
        if match:
            return Span(doc_id=o.id, start=match.start(), end=match.end(), text=match.group(0))
    return None


def _official_speaker(quote: Quote, source: Source, official: Sequence[Source]) -> bool:
    """A speaker the readouts name, or one the coverage gives a title: someone who speaks for a side."""
    if quote.speaker_entity_id is None:
        return False
    if any(m.entity_id == quote.speaker_entity_id for o in official for m in o.analysis.mentions):
        return True
    entity = next((e for e in source.analysis.entities if e.id == quote.speaker_entity_id), None)
    return entity is not None and entity.role is not None


def _quotes(source: Source, official: Sequence[Source], readout: Sequence[_Sentence]) -> list[AuditItem]:
    items = []
    for quote in source.analysis.quotes:
        if quote.kind != "direct" or not _official_speaker(quote, source, official):
            continue  # an indirect quote is the coverage's own wording: it is audited as a claim
        who = quote.speaker or "the speaker"
        if (found := _verbatim(quote, official)) is not None:
            items.append(AuditItem(kind="quote", span=quote.span, verdict="in_readout", readout_span=found, quote_check="verbatim",
                                   reason=f"{who}'s words are in the readout verbatim"))
            continue
        best, share, shared = _best(content_words(quote.span.text), readout)
        if best is not None and share >= PARAPHRASE_SHARE and shared >= SUPPORT_MIN_SHARED:
            items.append(AuditItem(kind="quote", span=quote.span, verdict="in_readout", readout_span=best.span, quote_check="paraphrased",
                                   reason=f"the readout says this in other words ({share:.0%} of the quote's words)"))
        else:
            items.append(AuditItem(kind="quote", span=quote.span, verdict="added", quote_check="not_found",
                                   reason=f"no readout has these words of {who}"))
    return items


# --- commitments ------------------------------------------------------------------------------


def _commitments(source: Source, official: Sequence[Source]) -> list[AuditItem]:
    readout = [c for o in official for c in o.analysis.commitments]
    items = []
    for c in source.analysis.commitments:
        stems = key_stems(c)
        matches = [r for r in readout if stems and key_stems(r) and _share(stems, key_stems(r))[0] >= COMMITMENT_SHARE]
        if not matches:
            items.append(AuditItem(kind="commitment", span=c.span, verdict="added", reason="no readout states this commitment"))
        elif not any(dates_agree(c, r) for r in matches):
            r = matches[0]
            items.append(AuditItem(kind="commitment", span=c.span, verdict="contradicts", readout_span=r.span,
                                   reason=f"the readout gives it another date ({r.due_span.text if r.due_span else r.due_start})"))
        else:
            r = next(r for r in matches if dates_agree(c, r))
            items.append(AuditItem(kind="commitment", span=c.span, verdict="in_readout", readout_span=r.span,
                                   reason="the readout states this commitment"))
    return items


# --- claims -----------------------------------------------------------------------------------


def _claims(source: Source, readout: Sequence[_Sentence], parts: Sequence[AuditItem]) -> list[AuditItem]:
    """A claim contradicts the readout when a figure or commitment of it does; a figure the readout lacks makes it an addition."""
    items = []
    for claim in source.analysis.claims:
        inside = [f for f in parts if claim.span.start <= f.span.start < claim.span.end]
        contradicting = next((f for f in inside if f.verdict == "contradicts"), None)
        if contradicting is not None:
            items.append(AuditItem(kind="claim", span=claim.span, verdict="contradicts", readout_span=contradicting.readout_span,
                                   reason=contradicting.reason))
            continue
        best, share, shared = _best(_words(source, claim.span), readout)
        added_figures = [f for f in inside if f.verdict == "added" and f.kind == "figure"]
        supported = next((f for f in inside if f.verdict == "in_readout" and f.kind in ("figure", "commitment")), None)
        if supported is not None and not added_figures:
            items.append(AuditItem(kind="claim", span=claim.span, verdict="in_readout", readout_span=supported.readout_span,
                                   reason=f"its {supported.kind} is in the readout"))
        elif best is not None and share >= SUPPORT_SHARE and shared >= SUPPORT_MIN_SHARED and not added_figures:
            items.append(AuditItem(kind="claim", span=claim.span, verdict="in_readout", readout_span=best.span,
                                   reason=f"a readout sentence shares {share:.0%} of its words"))
        else:
            reason = "its figure is in no readout" if added_figures else "no readout sentence says this"
            items.append(AuditItem(kind="claim", span=claim.span, verdict="added", reason=reason))
    return items


def _omitted(readout: Sequence[_Sentence], coverage: Sequence[_Sentence], items: Sequence[AuditItem]) -> list[Span]:
    """Readout sentences that no coverage item cites and no coverage sentence says again."""
    cited = [i.readout_span for i in items if i.readout_span is not None]
    out = []
    for sentence in readout:
        if len(sentence.words) < SUPPORT_MIN_SHARED:
            continue
        if any(c.doc_id == sentence.span.doc_id and sentence.span.start <= c.start < sentence.span.end for c in cited):
            continue
        best, share, shared = _best(sentence.words, coverage)
        if best is None or share < SUPPORT_SHARE or shared < SUPPORT_MIN_SHARED:
            out.append(sentence.span)
    return out


# --- several readouts -------------------------------------------------------------------------


def _topic(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TOPIC_CHARS else text[: TOPIC_CHARS].rsplit(" ", 1)[0] + " …"


def _topics(official: Sequence[Source]) -> list[ReadoutTopic]:
    """Sentences one readout has and another lacks, and figures they give differently."""
    rows: list[ReadoutTopic] = []
    per_side = [_sentences([o]) for o in official]
    for i, sentences in enumerate(per_side):
        others = [s for j, side in enumerate(per_side) if j != i for s in side]
        for sentence in sentences:
            if len(sentence.words) < SUPPORT_MIN_SHARED:
                continue
            best, share, shared = _best(sentence.words, others)
            if best is None or share < TOPIC_SHARE or shared < SUPPORT_MIN_SHARED:
                spans = tuple(sentence.span if j == i else None for j in range(len(official)))
                rows.append(ReadoutTopic(topic=_topic(sentence.span.text), spans=spans))
    figures = [[(q, _figure_words(o, q)) for q in o.analysis.quantities if is_figure(q)] for o in official]
    for i, side in enumerate(figures):
        for j in range(i + 1, len(figures)):
            for q, words in side:
                for r, other in figures[j]:
                    if comparable_units(q.unit, r.unit) and _same_measure(words, other) and not values_agree(q, r):
                        spans = tuple(q.span if k == i else r.span if k == j else None for k in range(len(official)))
                        readings = tuple(q.span.text if k == i else r.span.text if k == j else None for k in range(len(official)))
                        rows.append(ReadoutTopic(topic=q.measures or _topic(_sentence_of(official[i], q.span.start).text), spans=spans, readings=readings))
    return rows


# --- no readout -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _audit_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads((Path(__file__).parent / "data" / "audit_words.json").read_text(encoding="utf-8"))
    return frozenset(raw["event_nouns"]), frozenset(raw["speech_nouns"])


def _reported(source: Source, officials: set[str]) -> list[Span]:
    """Sentences that say what an official said or what the event was: what an official statement should support.

    An official's words reported indirectly ("X called for ..."), an official's words
    named by a noun ("X's mention of ..."), and a figure stated of the event itself
    ("this two-hour dialogue").
    """
    event_nouns, speech_nouns = _audit_words()
    found: dict[int, Span] = {}
    for quote in source.analysis.quotes:
        if quote.kind == "indirect" and quote.speaker_entity_id in officials and (s := _sentence_of(source, quote.span.start)):
            found[s.start] = s
    for mention in source.analysis.mentions:
        if mention.entity_id not in officials:
            continue
        after = source.document.text[mention.span.end : mention.span.end + 40]
        possessive = re.match(r"['’]s?\s+(\w+)", after)
        if possessive and possessive.group(1).lower() in speech_nouns and (s := _sentence_of(source, mention.span.start)):
            found[s.start] = s
    for q in source.analysis.quantities:
        if not is_figure(q) or (s := _sentence_of(source, q.span.start)) is None:
            continue
        words = {w.lower() for w in re.findall(r"[^\W_]+", source.document.text[q.span.end : q.span.end + 30])[:2]}
        if words & event_nouns:  # the figure measures the event: "40-minute call", "two-hour meeting"
            found[s.start] = s
    return [found[k] for k in sorted(found)]


def _beyond(coverage: Sequence[Source]) -> list[Span]:
    """What coverage reports of officials' words or of the event that no official statement quoted in the coverage supports.

    The official statements are the direct quotes of titled people (someone speaking
    for a side) in any coverage document; a report that most of one's words support
    rests on them.
    """
    officials: set[str] = set()
    statements: list[frozenset[str]] = []
    for source in coverage:
        titled = {e.id for e in source.analysis.entities if e.role and e.kind == "PERSON"}
        officials |= titled
        statements += [content_words(q.span.text) for q in source.analysis.quotes if q.kind == "direct" and q.speaker_entity_id in titled]
    out = []
    for source in coverage:
        for span in _reported(source, officials):
            words = content_words(span.text)
            if any(_share(words, s)[0] >= SUPPORT_SHARE and _share(words, s)[1] >= SUPPORT_MIN_SHARED for s in statements):
                continue
            out.append(span)
    return out
