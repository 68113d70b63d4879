"""The data model: the typed objects that stages exchange.

Every extracted item carries a ``Span`` into the cleaned text of its
``Document``; nothing is reported without one. Objects are frozen pydantic
models so they validate on construction and serialize to JSON without
hand-written code.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


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
    outlet: str | None = None  # the publication or domain
    language: str | None = None
    near_duplicate_of: str | None = None  # id of the document this one copies
    raw: bytes | None = Field(default=None, exclude=True, repr=False)  # fetched bytes, kept to re-analyze
    raw_media_type: str | None = None


class Sentence(Frozen):
    index: int
    span: Span


EntityKind = Literal["PERSON", "COUNTRY", "ORG", "PLACE", "GROUP", "OTHER"]


class Entity(Frozen):
    """A canonical actor within one document (and, through ``id``, across documents)."""

    id: str  # stable key, e.g. "person:vladimir-putin", "country:RUS", "org:un"
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
    recurrence: str | None = None  # "P1Y" for annually, "P1Y x3" for three consecutive years
    resolved: bool = True  # False: a relative expression with nothing to anchor it
    timex: str | None = None  # TIMEX3-style value: "2026-02-04", "2026-H1", "2026-W06", "P30D", "PRESENT_REF"


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
    skipped_reason: str | None = None  # set when the document was not analyzed (e.g. unsupported language)


class Event(Frozen):
    """A cluster of documents about one happening."""

    id: str
    title: str
    date: dt.date | None = None
    date_span: Span | None = None
    participants: tuple[str, ...] = ()  # entity ids
    participant_names: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()


Verdict = Literal["corroborated", "conflicting", "single_source"]


class Alignment(Frozen):
    """Statements from several documents that say the same thing, and what they add up to."""

    key: str  # what is aligned, e.g. "quantity:USD:bilateral trade" or a claim summary
    verdict: Verdict
    reasons: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    doc_ids: tuple[str, ...] = ()


class Inconsistency(Frozen):
    """Two statements inside one document that cannot both be true."""

    doc_id: str
    kind: str
    reason: str
    spans: tuple[Span, ...]


class Citation(Frozen):
    doc_id: str
    label: str  # short human label: "[2] s14"
    span: Span


class BriefLine(Frozen):
    text: str
    citations: tuple[Citation, ...]
    cells: tuple[str, ...] = ()  # the same line as table cells, when its section has columns


class BriefSection(Frozen):
    title: str
    lines: tuple[BriefLine, ...]
    columns: tuple[str, ...] = ()  # set when the section reads best as a table


class SourceInfo(Frozen):
    number: int
    doc_id: str
    source: str
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    near_duplicate_of: str | None = None


class Brief(Frozen):
    """Everything a reader sees; every line carries its citations."""

    title: str
    event: Event | None = None
    as_of: dt.date | None = None
    sections: tuple[BriefSection, ...] = ()
    sources: tuple[SourceInfo, ...] = ()
