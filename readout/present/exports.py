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
  position and by the exact text with its prefix and suffix.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from readout.model import Entity, Event, Source

FORMATS = ("entities.csv", "mentions.csv", "ftm.jsonl", "w3c.jsonl")
FTM_SCHEMA = {"PERSON": "Person", "ORG": "Organization", "GROUP": "Organization", "COUNTRY": "PublicBody"}
CONTEXT_CHARS = 32  # characters of prefix and suffix in a W3C TextQuoteSelector
ITEM_PURPOSE = {"mention": "identifying", "quantity": "tagging", "time": "tagging", "quote": "tagging", "claim": "assessing",
                "commitment": "tagging", "event": "classifying", "rhetoric": "assessing"}


def write_export(fmt: str, sources: Iterable[Source], events: list[Event], out: TextIO) -> int:
    """Write one export to ``out``; the number of rows or objects written."""
    if fmt == "entities.csv":
        return _entities_csv(sources, out)
    if fmt == "mentions.csv":
        return _mentions_csv(sources, out)
    if fmt == "ftm.jsonl":
        return _ftm(sources, events, out)
    if fmt == "w3c.jsonl":
        return _w3c(sources, out)
    raise ValueError(f"unknown export {fmt!r}; choose one of {', '.join(FORMATS)}")


def _entities_csv(sources: Iterable[Source], out: TextIO) -> int:
    entities: dict[str, Entity] = {}
    documents: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for source in sources:
        for entity in source.analysis.entities:
            entities.setdefault(entity.id, entity)
        named = [m.entity_id for m in source.analysis.mentions]
        mentions.update(named)
        documents.update(set(named))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["entity_id", "name", "kind", "country", "role", "aliases", "documents", "mentions"])
    rows = sorted(entities.values(), key=lambda e: (-documents[e.id], e.id))
    for e in rows:
        writer.writerow([e.id, e.name, e.kind, e.country or "", e.role or "", "|".join(e.aliases), documents[e.id], mentions[e.id]])
    return len(rows)


def _mentions_csv(sources: Iterable[Source], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["doc_id", "entity_id", "start", "end", "text", "via"])
    count = 0
    for source in sources:
        for m in source.analysis.mentions:
            writer.writerow([m.span.doc_id, m.entity_id, m.span.start, m.span.end, m.span.text, m.via])
            count += 1
    return count


def _ftm(sources: Iterable[Source], events: list[Event], out: TextIO) -> int:
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
        named = Counter(m.entity_id for m in source.analysis.mentions)
        for entity in source.analysis.entities:
            schema = FTM_SCHEMA.get(entity.kind)
            if schema is None or not named[entity.id]:
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
            mention.add("name", sorted({m.span.text for m in source.analysis.mentions if m.entity_id == entity.id}))
            mention.add("detectedSchema", schema)
            mention.add("contextCountry", [e.country for e in source.analysis.entities if e.kind == "COUNTRY" and e.country])
            emit(mention)
            written += 1
    for event in events:
        proxy = model.make_entity("Event")
        proxy.make_id("readout", "event", event.id)
        proxy.add("name", event.title)
        proxy.add("date", event.date.isoformat() if event.date else None)
        proxy.add("location", event.location)
        proxy.add("involved", [entity_ids[p] for p in event.participants if p in entity_ids])
        emit(proxy)
        written += 1
    return written


def _w3c(sources: Iterable[Source], out: TextIO) -> int:
    count = 0
    for source in sources:
        document = source.document
        target_source = document.url if document.url and document.url.startswith(("http://", "https://")) else f"urn:readout:document:{document.id}"
        for kind, item in _items(source):
            span = item.span
            body = [{"type": "TextualBody", "purpose": "tagging", "value": kind}]
            if kind == "mention":
                body.append({"id": f"urn:readout:entity:{item.entity_id}", "purpose": "identifying"})
            count += 1
            out.write(json.dumps({
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": f"urn:readout:item:{document.id}:{kind}:{span.start}:{span.end}",
                "type": "Annotation",
                "motivation": ITEM_PURPOSE[kind],
                "generator": {"id": "urn:readout", "type": "Software", "name": source.analysis.analyzer},
                "body": body,
                "target": {
                    "source": target_source,
                    "selector": [
                        {"type": "TextPositionSelector", "start": span.start, "end": span.end},
                        {"type": "TextQuoteSelector", "exact": span.text,
                         "prefix": document.text[max(0, span.start - CONTEXT_CHARS):span.start],
                         "suffix": document.text[span.end:span.end + CONTEXT_CHARS]},
                    ],
                },
            }, ensure_ascii=False) + "\n")
    return count


def _items(source: Source):
    a = source.analysis
    for kind, items in (("mention", a.mentions), ("quantity", a.quantities), ("time", a.times), ("quote", a.quotes), ("claim", a.claims),
                        ("commitment", a.commitments), ("event", a.events), ("rhetoric", a.rhetoric)):
        for item in items:
            yield kind, item
