"""Exports: entities and mentions as CSV, FollowTheMoney entities (validated by followthemoney itself), W3C Web Annotations."""

from __future__ import annotations

import csv
import io
import json


def test_entities_and_mentions_csv_agree_with_the_api(client):
    entities = list(csv.DictReader(io.StringIO(client.get("/api/1/export/entities.csv").text)))
    japan = next(e for e in entities if e["entity_id"] == "country:JPN")
    actor = client.get("/api/1/actors/country:JPN").json()
    assert japan["name"] == "Japan" and japan["kind"] == "COUNTRY" and int(japan["documents"]) == actor["documents"]
    response = client.get("/api/1/export/mentions.csv")
    assert response.headers["content-type"].startswith("text/csv")
    mentions = list(csv.DictReader(io.StringIO(response.text)))
    assert sum(1 for m in mentions if m["entity_id"] == "country:JPN") == actor["mentions"] == int(japan["mentions"])
    first = mentions[0]
    text = client.get(f"/api/1/documents/{first['doc_id']}").json()["document"]["text"]
    assert text[int(first["start"]):int(first["end"])] == first["text"]


def test_followthemoney_entities_load_and_reference_each_other(client):
    from followthemoney import model

    lines = [json.loads(line) for line in client.get("/api/1/export/ftm.jsonl").text.splitlines()]
    proxies = [model.get_proxy(line) for line in lines]  # raises on an unknown schema or property
    by_id = {p.id: p for p in proxies}
    schemata = {p.schema.name for p in proxies}
    assert {"Article", "Person", "PublicBody", "Event", "Mention"} <= schemata
    assert len([p for p in proxies if p.schema.name == "Article"]) == 9
    for mention in (p for p in proxies if p.schema.name == "Mention"):
        assert by_id[mention.first("document")].schema.name == "Article"
        assert by_id[mention.first("resolved")].schema.name in ("Person", "Organization", "PublicBody")
    japan = next(p for p in proxies if p.schema.name == "PublicBody" and p.first("name") == "Japan")
    assert japan.get("country") == ["jp"]
    event = next(p for p in proxies if p.schema.name == "Event" and p.first("date") == "2026-06-09")
    assert sorted(by_id[i].first("name") for i in event.get("involved")) == ["Prabowo Subianto", "Sanae Takaichi"]


def test_w3c_annotations_select_the_exact_characters(client):
    lines = [json.loads(line) for line in client.get("/api/1/export/w3c.jsonl").text.splitlines()]
    assert lines and all(a["type"] == "Annotation" and a["@context"] == "http://www.w3.org/ns/anno.jsonld" for a in lines)
    figure = next(a for a in lines if a["body"][0]["value"] == "quantity" and a["target"]["selector"][1]["exact"] == "US$19.6 billion")
    position, quote = figure["target"]["selector"]
    doc_id = figure["target"]["source"].rsplit(":", 1)[-1]
    text = client.get(f"/api/1/documents/{doc_id}").json()["document"]["text"]
    assert text[position["start"]:position["end"]] == quote["exact"]
    assert text[:position["start"]].endswith(quote["prefix"]) and text[position["end"]:].startswith(quote["suffix"])
    mention = next(a for a in lines if a["body"][0]["value"] == "mention")
    assert mention["body"][1]["id"].startswith("urn:readout:entity:") and mention["motivation"] == "identifying"


def test_an_unknown_export_is_422(client):
    assert client.get("/api/1/export/everything.xml").json()["code"] == "invalid_input"
