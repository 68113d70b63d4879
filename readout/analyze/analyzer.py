"""Document in, Analysis out: one pure function per document, batched through nlp.pipe."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.extensions import char_span, doc_text
from readout.analyze.nlp import PIPELINE_VERSION, shared_pipeline
from readout.analyze.token_table import sentence_spans
from readout.errors import AnalyzeError
from readout.model import Analysis, Document, Sentence

SUPPORTED_LANGUAGES = {"en"}


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.readout_document = document
    return doc


def _skipped(document: Document) -> Analysis | None:
    if document.language and document.language not in SUPPORTED_LANGUAGES:
        return Analysis(
            doc_id=document.id,
            analyzer=PIPELINE_VERSION,
            skipped_reason=f"language {document.language!r} is not supported yet (supported: {', '.join(sorted(SUPPORTED_LANGUAGES))})",
        )
    return None


def analysis_from_doc(doc: Doc) -> Analysis:
    document: Document = doc._.readout_document
    return Analysis(
        doc_id=document.id,
        analyzer=PIPELINE_VERSION,
        sentences=_sentences(doc),
        entities=tuple(doc._.readout_entities or ()),
        mentions=tuple(doc._.readout_mentions or ()),
        quantities=tuple(doc._.readout_quantities or ()),
        times=tuple(doc._.readout_times or ()),
        quotes=tuple(doc._.readout_quotes or ()),
        claims=tuple(doc._.readout_claims or ()),
        commitments=tuple(doc._.readout_commitments or ()),
        events=tuple(doc._.readout_events or ()),
        rhetoric=tuple(doc._.readout_rhetoric or ()),
        rhetoric_profile=doc._.readout_rhetoric_profile,
        role=doc._.readout_role,
        audience_messages=tuple(doc._.readout_audience_messages or ()),
        timing=tuple(doc._.readout_timing or ()),
    )


def _sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Sentence spans without surrounding whitespace; whitespace-only 'sentences' dropped."""
    sentences = []
    whole = doc_text(doc)
    for sent in sentence_spans(doc):
        text = whole[sent.start_char : sent.end_char]  # sent.text, without rebuilding it from the tokens
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.start_char + len(text.rstrip())
        if end > start:
            sentences.append(Sentence(index=len(sentences), span=char_span(doc, start, end)))
    return tuple(sentences)


def analyze(document: Document, nlp: Language | None = None) -> Analysis:
    """Analyze one document."""
    result = next(analyze_many([document], nlp))
    if isinstance(result, AnalyzeError):
        raise result
    return result


def analyze_many(documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 16) -> Iterator[Analysis | AnalyzeError]:
    """Analyze documents in order; a document that fails yields an AnalyzeError instead of stopping the batch."""
    nlp = nlp or shared_pipeline()
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _analyze_batch(nlp, batch)
            batch = []
    if batch:
        yield from _analyze_batch(nlp, batch)


def _analyze_batch(nlp: Language, batch: list[Document]) -> Iterator[Analysis | AnalyzeError]:
    todo = [d for d in batch if _skipped(d) is None]
    results: dict[str, Analysis | AnalyzeError] = {}
    try:
        for doc in nlp.pipe([_make_doc(nlp, d) for d in todo]):
            results[doc._.readout_document.id] = analysis_from_doc(doc)
    except Exception:  # one bad document: redo the batch one at a time to find it
        results = {}
        for document in todo:
            try:
                results[document.id] = analysis_from_doc(nlp(_make_doc(nlp, document)))
            except Exception as exc:  # noqa: BLE001 - reported per document, never raised past the batch
                results[document.id] = AnalyzeError(f"{type(exc).__name__}: {exc}", source=document.source)
    for document in batch:
        yield _skipped(document) or results[document.id]
