"""The data model: the typed objects that stages exchange.

Every extracted item carries a ``Span`` into the cleaned text of its
``Document``; nothing is reported without one. Objects are frozen pydantic
models so they validate on construction and serialize to JSON without
hand-written code.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


SourceRole = Literal["official", "news", "analysis"]  # a government speaking for itself / a report / an opinion


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Frozen):
    """Where an item comes from: document id and character offsets into its cleaned text."""

    doc_id: str
    start: int
    end: int
    text: str


class Paragraph(Frozen):
    start: int
    end: int


class Document(Frozen):
    """A cleaned article. ``id`` is the hash of the cleaned text, so re-adding is idempotent."""

    id: str
    source: str  # where it came from: a path, a URL, "stdin", "warc:FILE#N"
    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # what stated the date: "JSON-LD datePublished", "meta article:published_time", "file header"...
    outlet: str | None = None  # the publication or domain
    language: str | None = None
    near_duplicate_of: str | None = None  # id of the document this one copies
    raw: bytes | None = Field(default=None, exclude=True, repr=False)  # fetched bytes, kept to re-analyze
    raw_media_type: str | None = None
    role: SourceRole | None = None  # declared by the user (--role, a JSONL "role" field); else the analyzer decides


class Sentence(Frozen):
    index: int
    span: Span


EntityKind = Literal["PERSON", "COUNTRY", "ORG", "PLACE", "GROUP", "OTHER"]


class Entity(Frozen):
    """A canonical actor within one document (and, through ``id``, across documents)."""

    id: str  # stable key, e.g. "person:william-ruto", "country:RUS", "org:un"
    name: str
    kind: EntityKind
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # the title or role the document gives
    aliases: tuple[str, ...] = ()
    mention_count: int = 0


class Mention(Frozen):
    span: Span
    entity_id: str
    via: str = "ner"  # how it was resolved: ner, gazetteer, short-form, title, metonymy, demonym, pronoun


Granularity = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "range", "duration", "recurrence", "unknown"]
Anchor = Literal["absolute", "publication", "event", "reference", "none"]  # reference: the time named just before


class TimeExpr(Frozen):
    span: Span
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity = "unknown"
    anchor: Anchor = "absolute"  # what a relative expression was resolved against
    anchor_date: dt.date | None = None
    recurrence: str | None = None  # "P1Y" for annually, "P1Y x5" for each of five years
    resolved: bool = True  # False: a relative expression with nothing to anchor it
    timex: str | None = None  # TIMEX3-style value: "2026-02-04", "2026-H1", "2026-W06", "P30D", "PRESENT_REF"; "2023/2024" (ISO 8601 interval) for one season across new year, which TIMEX3 cannot write


Qualifier = Literal["exact", "more_than", "less_than", "at_least", "at_most", "approximately", "up_to", "range"]


class Quantity(Frozen):
    span: Span
    value: float
    unit: str  # canonical: "USD", "EUR", "m3", "m3/year", "percent", "count", "minutes", ...
    display_unit: str | None = None  # as written: "bcm", "bn", "%"
    value_high: float | None = None  # upper bound of a range
    qualifier: Qualifier = "exact"
    measures: str | None = None  # the noun phrase it quantifies
    measures_span: Span | None = None
    topic: Span | None = None  # what it measures as a reader names it: the measured phrase with its conjuncts ("trade between A and B")
    period: TimeExpr | None = None
    is_target: bool = False  # a plan or target rather than an actual


class Quote(Frozen):
    span: Span  # the quoted content
    kind: Literal["direct", "indirect"]
    speaker_entity_id: str | None = None
    speaker: str | None = None  # display name of the speaker
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None


ClaimKind = Literal["figure", "event", "commitment", "quote", "causal", "evaluative", "comparison", "prediction"]


class Claim(Frozen):
    span: Span  # the sentence
    kind: ClaimKind
    score: float  # check-worthiness in [0, 1]
    features: dict[str, float] = {}
    entity_ids: tuple[str, ...] = ()


CommitmentStatus = Literal["agreed", "invited", "accepted", "planned", "target", "in_force", "speculative", "declared"]
CommitmentState = Literal["upcoming", "due", "past_due_unconfirmed", "reported_fulfilled", "in_force", "expired", "undated"]


class Commitment(Frozen):
    span: Span
    actors: tuple[str, ...]  # entity ids
    actor_names: tuple[str, ...] = ()
    action: str
    object: str | None = None
    due_start: dt.date | None = None
    due_end: dt.date | None = None
    due_span: Span | None = None
    due_by: bool = False  # a deadline ("by the end of 2026"): due any time up to due_end, not over the period alone
    status_in_text: CommitmentStatus = "planned"


class EventActor(Frozen):
    text: str
    entity_id: str | None = None
    code: str | None = None  # ISO3 plus optional sector, e.g. "RUS", "RUSGOV"
    span: Span | None = None


class EventCode(Frozen):
    span: Span  # the sentence
    sentence_index: int
    event_type: str  # PLOVER: CONSULT, AGREE, COOPERATE, ...
    mode: str | None = None
    context: tuple[str, ...] = ()
    source: EventActor | None = None
    target: EventActor | None = None
    date: dt.date | None = None
    location: str | None = None
    trigger: Span | None = None
    future: bool = False
    hypothetical: bool = False
    negation: bool = False


class RhetoricMarker(Frozen):
    span: Span
    technique: str  # SemEval-2020 Task 11 name, snake_case
    confidence: float
    cue: str | None = None


class RhetoricProfile(Frozen):
    words: int
    per_thousand_words: dict[str, float]
    hedges: int
    certainty_markers: int
    claim_sentence_share: float


class RoleDecision(Frozen):
    """What kind of source a document is and what showed it (an official readout is audited against, not with)."""

    role: SourceRole
    reason: str  # "set by the user", "outlet kremlin.ru: an official publisher", "labelled 'readout'"
    evidence: Span | None = None  # the words that showed it, when they are in the text
    publisher: str | None = None  # the official publisher, as the data file names it


class AudienceMessage(Frozen):
    """A statement of the coverage that the event sends a message or signal to an audience."""

    span: Span  # the statement
    cue: str  # the words that make it a message: "signaling to", "messages to several audiences"
    sender: str | None = None
    sender_span: Span | None = None
    sender_ids: tuple[str, ...] = ()
    audience: str | None = None  # as written; None when the text does not name one
    audience_span: Span | None = None
    audience_id: str | None = None  # the entity it resolves to, when it does
    message: str | None = None
    message_span: Span | None = None


TimingRelation = Literal["before", "during", "after"]  # when the happening is, relative to the event


class TimingContext(Frozen):
    """A happening the coverage ties to the event's timing ("two days after X proposed Y")."""

    span: Span  # the statement
    relation: TimingRelation
    cue: str  # "days after", "just as"
    happening: Span
    date: dt.date | None = None  # only when the text gives the happening's date
    date_span: Span | None = None


class Analysis(Frozen):
    """Everything the analyzer reads in one document."""

    doc_id: str
    analyzer: str  # name and version of the pipeline that produced it
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    events: tuple[EventCode, ...] = ()
    rhetoric: tuple[RhetoricMarker, ...] = ()
    rhetoric_profile: RhetoricProfile | None = None
    role: RoleDecision | None = None
    audience_messages: tuple[AudienceMessage, ...] = ()
    timing: tuple[TimingContext, ...] = ()
    skipped_reason: str | None = None  # set when the document was not analyzed (e.g. unsupported language)


class Source(Frozen):
    """A document paired with its analysis: the unit the link stage works on."""

    document: Document
    analysis: Analysis

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def independent(self) -> bool:
        """A near copy of another document is not an independent source."""
        return self.document.near_duplicate_of is None

    @property
    def origin(self) -> str:
        """The independence key: a near copy shares its original's, so the two count once."""
        return self.document.near_duplicate_of or self.document.id


class ActorWeight(Frozen):
    """An actor as one document features it: how often, whether with a title, whether at the event."""

    id: str
    name: str
    mentions: int
    titled: bool = False
    at_event: bool = False  # named in a sentence that states the event date


class Happening(Frozen):
    """A dated sentence with participants: a happening a document reports."""

    date: dt.date
    date_span: Span
    sentence: Span
    people: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    location: str | None = None
    location_span: Span | None = None
    location_country: str | None = None  # ISO 3166-1 alpha-3 of the state the place lies in, when the gazetteer knows it
    met: tuple[str, ...] = ()  # people named as meeting each other ("A met B"), not only as present


class DocumentFeatures(Frozen):
    """What event clustering reads of one document: small, so the store can keep it for every document."""

    doc_id: str
    origin: str
    version: int = 1  # of the reading that made them (link.features.FEATURES_VERSION); rows stored before versions were kept read as 1
    published: dt.date | None = None
    main: Happening | None = None  # the happening the document is about (its event date), when it names one
    others: tuple[Happening, ...] = ()  # further dated happenings with participants (a roundup covers several)
    people: tuple[ActorWeight, ...] = ()  # most mentioned first
    countries: tuple[ActorWeight, ...] = ()
    event_types: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # the most frequent content words, for text similarity


class Event(Frozen):
    """A cluster of documents about one happening."""

    id: str  # stable: derived from the document that founded the cluster
    title: str
    date: dt.date | None = None
    date_span: Span | None = None
    location: str | None = None
    location_span: Span | None = None
    participants: tuple[str, ...] = ()  # entity ids
    participant_names: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()  # PLOVER types coded in its documents, most frequent first
    doc_ids: tuple[str, ...] = ()


Verdict = Literal["corroborated", "conflicting", "single_source"]
AlignmentKind = Literal["date", "figure", "commitment", "quote", "claim"]


class AlignedItem(Frozen):
    """One source's statement inside an alignment, with the reading that was compared."""

    span: Span
    reading: str  # the normalized value compared: "19,600,000,000 USD", "2026-02-04", a speaker, a status
    origin: str  # independence key (see Source.origin)


class CommitmentReport(Frozen):
    """A sentence of a later document that reports a commitment done."""

    span: Span
    published: dt.date


class Alignment(Frozen):
    """Statements from the documents of one event that say the same thing, and what they add up to."""

    id: str
    event_id: str | None = None
    kind: AlignmentKind
    label: str  # what is aligned, in words: "bilateral trade (USD)", "visit Veloria", a quote's opening words
    verdict: Verdict
    reason: str  # one sentence saying why
    independent_sources: int
    members: tuple[AlignedItem, ...]
    commitment: Commitment | None = None  # kind "commitment": the firmest statement, which speaks for the others
    reports: tuple[CommitmentReport, ...] = ()  # kind "commitment": later reports that it was done

    @property
    def spans(self) -> tuple[Span, ...]:
        return tuple(m.span for m in self.members)

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.span.doc_id for m in self.members))


class Inconsistency(Frozen):
    """Two statements inside one document that cannot both be true."""

    doc_id: str
    kind: Literal["title_conflict", "figure_conflict"]
    reason: str
    spans: tuple[Span, ...]


class ArithmeticCheck(Frozen):
    """A stated ratio, multiple or change checked against figures the same text gives."""

    doc_id: str
    stated: Span  # "half as much", "doubled", "up 20%"
    stated_value: float  # as a ratio (3.0) or a change in percent (20.0)
    relation: Literal["ratio", "percent_change"]
    operands: tuple[Span, Span]  # the two figures it was computed from, in the order used
    computed_value: float
    holds: bool  # within what the stated wording allows
    reason: str


class LinkResult(Frozen):
    """What the link stage returns and the store keeps: events, alignments, inconsistencies, checks."""

    events: tuple[Event, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    inconsistencies: tuple[Inconsistency, ...] = ()
    checks: tuple[ArithmeticCheck, ...] = ()
    notes: tuple[str, ...] = ()  # about the linking itself: an event whose claim alignment was capped

    def for_event(self, event_id: str) -> LinkResult:
        event = next(e for e in self.events if e.id == event_id)
        docs = set(event.doc_ids)
        return LinkResult(
            events=(event,),
            alignments=tuple(a for a in self.alignments if a.event_id == event_id),
            inconsistencies=tuple(i for i in self.inconsistencies if i.doc_id in docs),
            checks=tuple(c for c in self.checks if c.doc_id in docs),
        )


AuditVerdict = Literal["in_readout", "added", "contradicts"]
AuditKind = Literal["claim", "figure", "quote", "commitment"]
QuoteCheck = Literal["verbatim", "paraphrased", "not_found"]


class AuditItem(Frozen):
    """One statement of the coverage checked against the official readout(s) of its event."""

    kind: AuditKind
    span: Span  # the coverage's words
    verdict: AuditVerdict
    reason: str
    readout_span: Span | None = None  # the readout's words that support or contradict it
    quote_check: QuoteCheck | None = None  # for a quote: found verbatim, paraphrased, or not in the official text


class ReadoutTopic(Frozen):
    """A topic or figure on which official readouts of one event differ: one cell per readout."""

    topic: str
    spans: tuple[Span | None, ...]  # in ``ReadoutAudit.readouts`` order; None: that readout does not mention it
    readings: tuple[str | None, ...] = ()  # for a figure: the value each readout gives


class ReadoutAudit(Frozen):
    """The coverage of one event against what its official readouts say."""

    event_id: str | None = None
    readouts: tuple[str, ...] = ()  # doc ids of the official readouts, in source order
    items: tuple[AuditItem, ...] = ()
    omitted: tuple[Span, ...] = ()  # readout statements that no coverage reports
    topics: tuple[ReadoutTopic, ...] = ()  # where the readouts differ from each other
    beyond: tuple[Span, ...] = ()  # with no readout: coverage claims that no official statement quoted in the coverage supports


class CommitmentRow(Frozen):
    """One commitment (all its statements merged) with its state as of a date and the evidence for that state."""

    commitment: Commitment
    doc_id: str
    published: dt.date | None = None
    as_of: dt.date
    state: CommitmentState
    reason: str
    reported_by: Span | None = None  # the later sentence that reports it done
    also_in: tuple[Span, ...] = ()  # the same commitment stated again, in this or other documents
    verdict: Verdict = "single_source"
    independent_sources: int = 1
    event_id: str | None = None


# The brief: what a reader sees. Renderers (md, html, json) format these objects and select nothing.
# Provenance or silence: every item carries at least one citation (``min_length=1``), so an item
# without a span cannot even be built, and the JSON Schema says so too (``minItems: 1``).

BRIEF_SCHEMA_VERSION = "6"


class Citation(Frozen):
    """A pointer from a brief item to one sentence of one source, with the exact characters it rests on."""

    label: str  # "[2:s14]": source 2, sentence 14
    source_number: int
    sentence: int  # 1-based sentence number in its document
    doc_id: str
    span: Span


class CitedText(Frozen):
    text: str
    citations: tuple[Citation, ...] = Field(min_length=1)


class BriefParticipant(Frozen):
    name: str
    entity_id: str | None = None
    role: str | None = None  # the title a source gives
    merged_from: tuple[str, ...] = ()  # entity ids an analyst merged into this one (reported under it)
    citations: tuple[Citation, ...] = Field(min_length=1)


class Reading(Frozen):
    """One value that sources give for an aligned item, and which sources give it."""

    reading: str  # as compared: "4200000000 USD", "2031-05-09", a speaker, a status
    as_written: str  # the words of the first source that gives it
    value: float | None = None  # for figures, the number (charts read it)
    source_numbers: tuple[int, ...]
    citations: tuple[Citation, ...] = Field(min_length=1)


class Takeaway(Frozen):
    kind: AlignmentKind
    text: str  # the sentence that states it, or, for a conflict, what sources disagree on
    verdict: Verdict
    reason: str
    independent_sources: int
    readings: tuple[Reading, ...] = ()  # for a conflict: each value with the sources that give it
    citations: tuple[Citation, ...] = Field(min_length=1)


class BriefFigure(Frozen):
    label: str  # what is measured, as the link stage names it
    as_written: str
    value: float
    value_high: float | None = None
    unit: str
    qualifier: Qualifier = "exact"
    is_target: bool = False
    measures: str | None = None
    period: str | None = None  # the period as written
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    verdict: Verdict
    reason: str
    independent_sources: int
    readings: tuple[Reading, ...] = Field(min_length=1)
    citations: tuple[Citation, ...] = Field(min_length=1)


class BriefDate(Frozen):
    as_written: str
    start: dt.date | None = None
    end: dt.date | None = None
    note: str  # what it was anchored on, or why it is unresolved
    citations: tuple[Citation, ...] = Field(min_length=1)


class BriefCommitment(Frozen):
    state: CommitmentState
    actors: tuple[str, ...]
    action: str
    object: str | None = None
    status_in_text: CommitmentStatus
    due_start: dt.date | None = None
    due_end: dt.date | None = None
    reason: str  # why it has this state as of the brief's date
    verdict: Verdict
    independent_sources: int
    reported_by: Citation | None = None  # the later sentence that reports it done
    citations: tuple[Citation, ...] = Field(min_length=1)


class BriefQuote(Frozen):
    kind: Literal["direct", "indirect"]
    text: str
    verdict: Verdict
    reason: str
    independent_sources: int
    citations: tuple[Citation, ...] = Field(min_length=1)


class QuoteGroup(Frozen):
    speaker: str
    speaker_id: str | None = None
    quotes: tuple[BriefQuote, ...] = Field(min_length=1)


class BriefConflict(Frozen):
    """Sources that disagree: each reading with the sources that give it."""

    kind: AlignmentKind
    label: str
    reason: str
    readings: tuple[Reading, ...] = Field(min_length=2)
    citations: tuple[Citation, ...] = Field(min_length=1)


class BriefInconsistency(Frozen):
    """Two statements inside one document that cannot both be true."""

    kind: Literal["title_conflict", "figure_conflict"]
    source_number: int
    reason: str
    citations: tuple[Citation, ...] = Field(min_length=1)


class BriefCheck(Frozen):
    """A stated ratio or change beside the value computed from the figures the same text gives."""

    source_number: int
    stated: str  # as written: "four times higher"
    stated_value: float
    computed_value: float
    relation: Literal["ratio", "percent_change"]
    operands: tuple[str, str]  # the two figures as written, in the order used
    holds: bool
    reason: str
    citations: tuple[Citation, ...] = Field(min_length=1)


class TechniqueCount(Frozen):
    technique: str
    count: int
    examples: tuple[Citation, ...] = Field(min_length=1)


class SourceRhetoric(Frozen):
    source_number: int
    profile: RhetoricProfile | None = None
    techniques: tuple[TechniqueCount, ...] = Field(min_length=1)
    citations: tuple[Citation, ...] = Field(min_length=1)  # the profile's evidence: the examples of its techniques


class AuditCount(Frozen):
    """How many statements of one coverage source the official readouts support, leave out, or contradict."""

    source_number: int
    in_readout: int
    added: int
    contradicts: int
    citations: tuple[Citation, ...] = Field(min_length=1)  # the statements counted


class AuditFinding(Frozen):
    """One coverage statement against the readout: the coverage's citations, and the readout's when it has the words."""

    kind: AuditKind
    verdict: AuditVerdict
    text: str
    reason: str
    quote_check: QuoteCheck | None = None
    citations: tuple[Citation, ...] = Field(min_length=1)
    readout_citations: tuple[Citation, ...] = ()


class TopicCell(Frozen):
    source_number: int  # the official readout
    mentioned: bool
    as_written: str | None = None  # for a figure: the value as that readout writes it
    citations: tuple[Citation, ...] = ()


class TopicRow(Frozen):
    """A topic or figure on which the official readouts differ: one cell per readout (the table is topic × side)."""

    topic: str
    cells: tuple[TopicCell, ...]
    citations: tuple[Citation, ...] = Field(min_length=1)


class AgainstReadout(Frozen):
    """The section "Against the readout": the coverage checked against the event's official readouts."""

    readouts: tuple[int, ...] = ()  # source numbers of the official readouts; none: the note says so
    note: str
    counts: tuple[AuditCount, ...] = ()
    findings: tuple[AuditFinding, ...] = ()  # every verdict; renderers show the additions and contradictions
    omitted: tuple[CitedText, ...] = ()  # readout statements no coverage reports
    topics: tuple[TopicRow, ...] = ()
    beyond: tuple[CitedText, ...] = ()  # with no readout: reports no official statement quoted in the coverage supports


class BriefMessage(Frozen):
    sender: str | None = None
    message: str  # the message, or the statement when it names none
    citations: tuple[Citation, ...] = Field(min_length=1)


class MessageGroup(Frozen):
    """Messages the coverage reads into the event for one audience."""

    audience: str  # the entity's name when resolved, else as written; "audience not named"
    audience_id: str | None = None
    messages: tuple[BriefMessage, ...] = Field(min_length=1)


class BriefTiming(Frozen):
    relation: TimingRelation
    happening: str
    date: dt.date | None = None
    citations: tuple[Citation, ...] = Field(min_length=1)


class TextRange(Frozen):
    start: int
    end: int


class SourceInfo(Frozen):
    """A source as a reader identifies it: outlet, author, date, title; never a local file path."""

    number: int
    doc_id: str
    outlet: str | None = None  # the outlet, or the domain of its URL
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # what stated the date ("JSON-LD datePublished", "meta article:published_time", ...)
    url: str | None = None  # only an http(s) address
    language: str | None = None
    near_duplicate_of: int | None = None  # the number of the source it copies, when that source is in the brief
    skipped_reason: str | None = None
    role: SourceRole | None = None  # official, news, analysis
    role_reason: str | None = None  # what showed it: "set by the user", "its title labels it 'readout'"
    text: str = ""  # the cleaned text, so a standalone page can open a citation inside it
    paragraphs: tuple[TextRange, ...] = ()
    sentences: tuple[TextRange, ...] = ()  # sentence n of a citation is sentences[n - 1]


class Brief(Frozen):
    """Everything a reader sees about one event; every item carries its citations."""

    schema_version: str = Field(default=BRIEF_SCHEMA_VERSION, json_schema_extra={"const": BRIEF_SCHEMA_VERSION})
    title: str
    as_of: dt.date
    event: Event | None = None
    date: CitedText | None = None
    location: CitedText | None = None
    participants: tuple[BriefParticipant, ...] = ()
    summary: tuple[CitedText, ...] = ()
    takeaways: tuple[Takeaway, ...] = ()
    figures: tuple[BriefFigure, ...] = ()
    dates: tuple[BriefDate, ...] = ()
    commitments: tuple[BriefCommitment, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    conflicts: tuple[BriefConflict, ...] = ()
    inconsistencies: tuple[BriefInconsistency, ...] = ()
    checks: tuple[BriefCheck, ...] = ()
    rhetoric: tuple[SourceRhetoric, ...] = ()
    against_readout: AgainstReadout | None = None
    messages: tuple[MessageGroup, ...] = ()
    timing: tuple[BriefTiming, ...] = ()
    alignments: tuple[Alignment, ...] = ()  # the link stage's records behind the items above, for other tools
    sources: tuple[SourceInfo, ...] = ()
    analyst: AnalystLayer | None = None  # what analysts said; the items above keep the extracted verdicts


AnnotationAction = Literal["hide", "merge", "tag", "note", "verdict"]
AnnotationTarget = Literal["entity", "alignment", "item", "document", "event"]


class Annotation(Frozen):
    """What an analyst says about the evidence (hide or merge an entity, tag, note, set a verdict); never changes extracted rows."""

    id: int | None = None  # set by the store
    action: AnnotationAction
    target_kind: AnnotationTarget
    target: str = Field(min_length=1, max_length=300)  # an id; an item as "doc_id:start:end"
    value: str | None = Field(default=None, max_length=20_000)  # merge: entity id; tag; note text; verdict
    author: str = Field(min_length=1, max_length=200)
    created_at: dt.datetime | None = None  # set by the store when not given (an import keeps the original time)

    @model_validator(mode="after")
    def _consistent(self) -> Annotation:
        if self.action in ("hide", "merge") and self.target_kind != "entity":
            raise ValueError(f"{self.action} applies to an entity, not to a {self.target_kind}")
        if self.action == "merge" and (not self.value or self.value == self.target):
            raise ValueError("merge needs value: the id of the entity it is merged into (another entity)")
        if self.action == "verdict" and self.value not in ("corroborated", "conflicting", "single_source"):
            raise ValueError("verdict needs value: corroborated, conflicting or single_source")
        if self.action == "verdict" and self.target_kind not in ("alignment", "item"):
            raise ValueError("a verdict is set on an alignment or an item")
        if self.action in ("tag", "note") and not (self.value or "").strip():
            raise ValueError(f"{self.action} needs value: the {self.action}'s text")
        return self


class AnalystVerdict(Frozen):
    """A verdict an analyst set by hand, beside the extracted one (which the brief keeps as the link stage gave it)."""

    target_kind: Literal["alignment", "item"]
    target: str  # the alignment id, or the item as doc_id:start:end
    label: str  # the alignment's label, or the item's words
    verdict: Verdict  # the analyst's
    extracted_verdict: Verdict | None = None  # the link stage's; None for an item that no alignment holds
    author: str
    created_at: dt.datetime
    citations: tuple[Citation, ...] = ()


class AnalystLayer(Frozen):
    """The analyst layer as a brief applies it: hidden entities left out, merged ones reported under their target, verdicts beside."""

    hidden: tuple[str, ...] = ()  # entity ids left out of the participants and no longer named as speaker or audience
    merged: dict[str, str] = {}  # entity id -> the entity it is reported under
    verdicts: tuple[AnalystVerdict, ...] = ()  # in the order made
    annotations: tuple[Annotation, ...] = ()  # on the event, its alignments, sources and their items, and the entities it names


Brief.model_rebuild()
