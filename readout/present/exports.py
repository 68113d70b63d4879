"""Exports of stored documents and what was extracted from them, for other tools.

- ``entities.csv`` / ``mentions.csv``: one row per entity (with how many
  documents and mentions name it) and one per mention (its exact span).
- ``ftm.jsonl``: FollowTheMoney entities, as Aleph / OpenAleph and Datashare
  load them: an Article per document, a Person, Organization or PublicBody per
  entity (a country is the PublicBody of its state), an Event per stored event,
  and a Mention per entity named in a document. Built and validated by the
  ``followthemoney`` package itself (its schemata, property types and ids), so
  the output is what its loaders expect rather than a guess at the format.
- ``w3c.jsonl``: every extracted item as a W3C Web Annotation (one JSON-LD
  object per line) whose target is the document, selected by character
  position and by the exact text with its prefix and suffix; then the
  analysts' own annotations (tags, notes, verdicts, hide, merge), each with its
  creator and time, so a manual verdict sits beside the extracted item.

The analyst layer applies as on the pages (``present/analyst.py``): a hidden
entity has no row, mention or annotation; a merged one is reported under the
entity it was merged into (the mention keeps the extracted id in its own
column, the target lists what was merged into it). ``EntityView()`` exports
the evidence as extracted.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TextIO

from readout.model import Alignment, Annotation, Entity, Event, Source
from readout.present.analyst import EntityView

FORMATS = ("entities.csv", "mentions.csv", "ftm.jsonl", "w3c.jsonl")
FTM_SCHEMA = {"PERSON": "Person", "ORG": "Organization", "GROUP": "Organization", "COUNTRY": "PublicBody"}
CONTEXT_CHARS = 32  # characters of prefix and suffix in a W3C TextQuoteSelector
ITEM_PURPOSE = {"mention": "identifying", "quantity": "tagging", "time": "tagging", "quote": "tagging", "claim": "assessing",
                "commitment": "tagging", "event": "classifying", "rhetoric": "assessing"}


def write_export(fmt: str, sources: Iterable[Source], events: list[Event], out: TextIO, view: EntityView | None = None,
                 annotations: Sequence[Annotation] = (), alignments: Sequence[Alignment] = ()) -> int:
    """Write one export to ``out``; the number of rows or objects written.

    ``view`` is who analysts hid and merged; ``annotations`` are theirs to add to the W3C export (those about what is exported),
    ``alignments`` the ones they annotated (an annotation of an alignment targets its members' words).
    """
    view = view or EntityView()
    if fmt == "entities.csv":
        return _entities_csv(sources, out, view)
    if fmt == "mentions.csv":
        return _mentions_csv(sources, out, view)
    if fmt == "ftm.jsonl":
        return _ftm(sources, events, out, view)
    if fmt == "w3c.jsonl":
        return _w3c(sources, out, view, annotations, {a.id: a for a in alignments})
    raise ValueError(f"unknown export {fmt!r}; choose one of {', '.join(FORMATS)}")


def _entities_csv(sources: Iterable[Source], out: TextIO, view: EntityView) -> int:
    entities: dict[str, Entity] = {}
    merged_from: dict[str, set[str]] = {}
    documents: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for source in sources:
        for entity in source.analysis.entities:
            target = view.resolve(entity.id)
            if target is None:
                continue
            if target != entity.id:
                merged_from.setdefault(target, set()).add(entity.id)
                entities.setdefault(target, view.entities.get(target) or entity.model_copy(update={"id": target}))
                aliases = {*entities[target].aliases, entity.name, *entity.aliases} - {entities[target].name}
                entities[target] = entities[target].model_copy(update={"aliases": tuple(sorted(aliases))})
            else:
                entities.setdefault(entity.id, entity)
        named = [t for t in (view.resolve(m.entity_id) for m in source.analysis.mentions) if t is not None]
        mentions.update(named)
        documents.update(set(named))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["entity_id", "name", "kind", "country", "role", "aliases", "documents", "mentions", "merged_from"])
    rows = sorted(entities.values(), key=lambda e: (-documents[e.id], e.id))
    for e in rows:
        writer.writerow([e.id, e.name, e.kind, e.country or "", e.role or "", "|".join(e.aliases), documents[e.id], mentions[e.id],
                         "|".join(sorted(merged_from.get(e.id, ())))])
    return len(rows)


def _mentions_csv(sources: Iterable[Source], out: TextIO, view: EntityView) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["doc_id", "entity_id", "start", "end", "text", "via", "extracted_entity_id"])
    count = 0
    for source in sources:
        for m in source.analysis.mentions:
            target = view.resolve(m.entity_id)
            if target is None:
                continue
            writer.writerow([m.span.doc_id, target, m.span.start, m.span.end, m.span.text, m.via, m.entity_id])
            count += 1
    return count


def _ftm(sources: Iterable[Source], events: list[Event], out: TextIO, view: EntityView) -> int:
    try:
        from followthemoney import model
    except ImportError as exc:  # pinned in requirements.lock; a bare install of the package may lack it
        raise RuntimeError("the FollowTheMoney export needs the followthemoney package (pip install 'readout[ftm]')") from exc

    def emit(proxy) -> None:
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")

    entity_ids: dict[str, str] = {}
    written = 0
    for source in sources:
        document = source.document
        article = model.make_entity("Article")
        article.make_id("readout", "document", document.id)
        article.add("title", document.title)
        article.add("author", document.author)
        article.add("publishedAt", document.published.isoformat() if document.published else None)
        article.add("sourceUrl", document.url if document.url and document.url.startswith(("http://", "https://")) else None)
        article.add("publisher", document.outlet)
        article.add("language", document.language)
        article.add("bodyText", document.text)
        emit(article)
        written += 1
        reported = _reported_entities(source, view)  # hidden ones left out, merged ones under their target
        words: dict[str, set[str]] = {}
        for m in source.analysis.mentions:
            target = view.resolve(m.entity_id)
            if target is not None:
                words.setdefault(target, set()).add(m.span.text)
        for entity in reported.values():
            schema = FTM_SCHEMA.get(entity.kind)
            if schema is None or not words.get(entity.id):
                continue
            if entity.id not in entity_ids:
                proxy = model.make_entity(schema)
                proxy.make_id("readout", "entity", entity.id)
                proxy.add("name", entity.name)
                proxy.add("alias", [a for a in entity.aliases if a != entity.name])
                proxy.add("country", entity.country)
                if schema == "Person":
                    proxy.add("position", entity.role)
                emit(proxy)
                written += 1
                entity_ids[entity.id] = proxy.id
            mention = model.make_entity("Mention")
            mention.make_id("readout", "mention", document.id, entity.id)
            mention.add("document", article.id)
            mention.add("resolved", entity_ids[entity.id])
            mention.add("name", sorted(words[entity.id]))
            mention.add("detectedSchema", schema)
            mention.add("contextCountry", [e.country for e in reported.values() if e.kind == "COUNTRY" and e.country])
            emit(mention)
            written += 1
    for event in events:
        proxy = model.make_entity("Event")
        proxy.make_id("readout", "event", event.id)
        proxy.add("name", event.title)
        proxy.add("date", event.date.isoformat() if event.date else None)
        proxy.add("location", event.location)
        involved = [view.resolve(p) for p in event.participants]
        proxy.add("involved", sorted({entity_ids[p] for p in involved if p in entity_ids}))
        emit(proxy)
        written += 1
    return written


def _reported_entities(source: Source, view: EntityView) -> dict[str, Entity]:
    """The document's entities as reported: hidden ones left out, a merged one as its target (the stored one, else renamed)."""
    reported: dict[str, Entity] = {}
    for entity in source.analysis.entities:
        target = view.resolve(entity.id)
        if target is not None:
            reported.setdefault(target, entity if target == entity.id else view.entities.get(target) or entity.model_copy(update={"id": target}))
    return reported


def _target_source(document) -> str:
    return document.url if document.url and document.url.startswith(("http://", "https://")) else f"urn:readout:document:{document.id}"


def _span_target(document, start: int, end: int) -> dict:
    return {
        "source": _target_source(document),
        "selector": [
            {"type": "TextPositionSelector", "start": start, "end": end},
            {"type": "TextQuoteSelector", "exact": document.text[start:end],
             "prefix": document.text[max(0, start - CONTEXT_CHARS):start],
             "suffix": document.text[end:end + CONTEXT_CHARS]},
        ],
    }


def _w3c(sources: Iterable[Source], out: TextIO, view: EntityView, annotations: Sequence[Annotation], alignments: dict[str, Alignment]) -> int:
    count = 0
    annotated = {a.target.rsplit(":", 2)[0] if a.target_kind == "item" else a.target for a in annotations if a.target_kind in ("item", "document")}
    annotated |= {m.span.doc_id for a in alignments.values() for m in a.members}
    documents = {}  # those an analyst annotated, kept while the others stream past
    for source in sources:
        document = source.document
        if document.id in annotated:
            documents[document.id] = document
        for kind, item in _items(source):
            span = item.span
            body = [{"type": "TextualBody", "purpose": "tagging", "value": kind}]
            if kind == "mention":
                target = view.resolve(item.entity_id)
                if target is None:
                    continue  # an entity an analyst hid
                body.append({"id": f"urn:readout:entity:{target}", "purpose": "identifying"})
            count += 1
            out.write(json.dumps({
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": f"urn:readout:item:{document.id}:{kind}:{span.start}:{span.end}",
                "type": "Annotation",
                "motivation": ITEM_PURPOSE[kind],
                "generator": {"id": "urn:readout", "type": "Software", "name": source.analysis.analyzer},
                "body": body,
                "target": _span_target(document, span.start, span.end),
            }, ensure_ascii=False) + "\n")
    for annotation in annotations:
        line = _analyst_w3c(annotation, documents, alignments)
        if line is not None:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    return count


ANALYST_MOTIVATION = {"tag": "tagging", "note": "commenting", "verdict": "assessing", "hide": "moderating", "merge": "linking"}


def _analyst_w3c(annotation: Annotation, documents: dict, alignments: dict[str, Alignment]) -> dict | None:
    """An analyst's annotation as a W3C Web Annotation made by a person; None when it is about a document not exported.

    One about an alignment targets the words of its members (several targets); a verdict on it says the extracted verdict too.
    """
    kind, target = annotation.target_kind, annotation.target
    alignment = alignments.get(target) if kind == "alignment" else None
    if kind == "item":
        doc_id, start, end = target.rsplit(":", 2)
        if doc_id not in documents:
            return None
        selected = _span_target(documents[doc_id], int(start), int(end))
    elif kind == "document":
        if target not in documents:
            return None
        selected = {"source": _target_source(documents[target])}
    elif alignment is not None and any(m.span.doc_id in documents for m in alignment.members):
        selected = [_span_target(documents[m.span.doc_id], m.span.start, m.span.end) for m in alignment.members if m.span.doc_id in documents]
    else:
        selected = {"source": f"urn:readout:{kind}:{target}"}
    if annotation.action == "merge":
        body = [{"id": f"urn:readout:entity:{annotation.value}", "purpose": "identifying"}]
    elif annotation.action == "hide":
        body = [{"type": "TextualBody", "purpose": "moderating", "value": "hidden"}]
    else:
        body = [{"type": "TextualBody", "purpose": ANALYST_MOTIVATION[annotation.action], "value": annotation.value}]
    if annotation.action == "verdict" and alignment is not None:
        body.append({"type": "TextualBody", "purpose": "describing", "value": f"extracted verdict: {alignment.verdict}"})
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"urn:readout:annotation:{annotation.id}",
        "type": "Annotation",
        "motivation": ANALYST_MOTIVATION[annotation.action],
        "creator": {"type": "Person", "nickname": annotation.author},
        "created": annotation.created_at.isoformat() if annotation.created_at else None,
        "body": body,
        "target": selected,
    }


def _items(source: Source):
    a = source.analysis
    for kind, items in (("mention", a.mentions), ("quantity", a.quantities), ("time", a.times), ("quote", a.quotes), ("claim", a.claims),
                        ("commitment", a.commitments), ("event", a.events), ("rhetoric", a.rhetoric)):
        for item in items:
            yield kind, item
