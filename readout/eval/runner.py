"""``readout eval GOLD.json``: analyze the documents a gold file names and score each section."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from readout.analyze.analyzer import analyze_many
from readout.errors import AnalyzeError, IngestError
from readout.eval.gold import GoldFile
from readout.eval.metrics import SectionReport
from readout.ingest.sources import read_file
from readout.model import Analysis, Document

# gold section -> module with ``score(gold, corpus) -> SectionReport | None`` (or "module:function")
SECTIONS: dict[str, str] = {
    "entities": "readout.eval.score_entities",
    "quantities": "readout.eval.score_quantities",
    "time_expressions": "readout.eval.score_times",
    "quotes": "readout.eval.score_quotes",
    "commitments": "readout.eval.score_commitments",
    "rhetoric": "readout.eval.score_rhetoric",
    "event": "readout.eval.score_events",
    "documents": "readout.eval.score_readout:score_roles",
    "readout_audit": "readout.eval.score_readout:score_audit",
    "readout_omitted": "readout.eval.score_readout:score_omitted",
    "readout_topics": "readout.eval.score_readout:score_topics",
    "audience_messages": "readout.eval.score_readout:score_audience",
    "timing_context": "readout.eval.score_readout:score_timing",
    "beyond_the_readout": "readout.eval.score_readout:score_beyond",
}


@dataclass(frozen=True)
class EvalCorpus:
    """The gold file's documents, cleaned by ingest and analyzed, by the name the gold file uses."""

    documents: dict[str, Document]
    analyses: dict[str, Analysis]


def build_corpus(gold: GoldFile, nlp=None) -> EvalCorpus:
    documents: dict[str, Document] = {}
    for name in gold.document_names:
        try:
            documents[name] = read_file(gold.document_path(name))
        except IngestError as exc:
            raise IngestError(exc.message, source=str(gold.document_path(name)), reason=exc.reason) from exc
    analyses: dict[str, Analysis] = {}
    for name, result in zip(documents, analyze_many(documents.values(), nlp)):
        if isinstance(result, AnalyzeError):
            raise result
        analyses[name] = result
    return EvalCorpus(documents=documents, analyses=analyses)


def evaluate(gold: GoldFile, nlp=None, sections: list[str] | None = None) -> list[SectionReport]:
    corpus = build_corpus(gold, nlp)
    reports = []
    for section, module_name in SECTIONS.items():
        if sections and section not in sections:
            continue
        if not gold.has(section):
            continue
        module, _, function = module_name.partition(":")
        report = getattr(importlib.import_module(module), function or "score")(gold, corpus)
        if report is not None:
            reports.append(report)
    return reports
