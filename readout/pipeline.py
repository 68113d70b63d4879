"""The only module that wires the stages: ingest -> analyze -> link -> present (and store)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from readout.analyze.analyzer import analyze_many
from readout.errors import AnalyzeError, ReadoutError
from readout.ingest.dedupe import NearDuplicateIndex
from readout.ingest.sources import read_sources
from readout.link.linker import Linked, link
from readout.link.sources import Source
from readout.model import Brief, Document
from readout.present.compose import compose_brief

Progress = Callable[[int], None]


@dataclass
class RunResult:
    sources: list[Source] = field(default_factory=list)
    errors: list[ReadoutError] = field(default_factory=list)


def ingest(
    inputs: Iterable[str | Path],
    errors: list[ReadoutError],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    near_duplicates: NearDuplicateIndex | None = None,
) -> list[Document]:
    """Documents from the inputs, each text once, near copies marked; failures are collected, not raised."""
    index = near_duplicates if near_duplicates is not None else NearDuplicateIndex()
    documents: dict[str, Document] = {}
    for result in read_sources(inputs, include=include, exclude=exclude):
        if isinstance(result, ReadoutError):
            errors.append(result)
        elif result.id not in documents:
            documents[result.id] = index.check(result)
    return list(documents.values())


def process(documents: list[Document], nlp=None, progress: Progress | None = None) -> RunResult:
    """Analyze documents (batched); a document that fails is reported and the rest go on."""
    run = RunResult()
    for document, result in zip(documents, analyze_many(documents, nlp)):
        if isinstance(result, AnalyzeError):
            run.errors.append(result)
        else:
            run.sources.append(Source(document, result))
        if progress:
            progress(1)
    return run


def brief_of(sources: list[Source], as_of: dt.date | None = None) -> tuple[Brief, Linked]:
    linked = link(sources)
    return compose_brief(sources, linked, as_of=as_of), linked
