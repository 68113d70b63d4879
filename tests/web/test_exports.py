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


def _rows(client, name: str, **params) -> list[dict]:
    return list(csv.DictReader(io.StringIO(client.get(f"/api/1/export/{name}", params=params).text)))


def test_exports_leave_hidden_entities_out_and_report_merged_ones_under_their_target(db_copy):
    from followthemoney import model

    from readout.web.app import WebConfig
    from tests.web.conftest import client_for

    client = client_for(WebConfig(db=db_copy))
    raw_entities = {r["entity_id"]: r for r in _rows(client, "entities.csv")}
    raw_mentions = _rows(client, "mentions.csv")
    hidden, merged, into = "person:sanae-takaichi", "person:prabowo-subianto", "country:IDN"
    for body in ({"action": "hide", "target_kind": "entity", "target": hidden},
                 {"action": "merge", "target_kind": "entity", "target": merged, "value": into},
                 {"action": "note", "target_kind": "entity", "target": into, "value": "check the minister's title"}):
        assert client.post("/api/1/annotations", json={**body, "author": "ana"}).status_code == 201
    entities = {r["entity_id"]: r for r in _rows(client, "entities.csv")}
    assert hidden not in entities and merged not in entities and entities[into]["merged_from"] == merged
    assert int(entities[into]["mentions"]) == int(raw_entities[into]["mentions"]) + int(raw_entities[merged]["mentions"])
    assert "Prabowo Subianto" in entities[into]["aliases"].split("|") and entities[into]["name"] == "Indonesia"
    mentions = _rows(client, "mentions.csv")
    assert hidden not in {m["entity_id"] for m in mentions} and merged not in {m["entity_id"] for m in mentions}
    moved = [m for m in mentions if m["extracted_entity_id"] == merged]
    assert moved and {m["entity_id"] for m in moved} == {into}
    assert len(mentions) == len(raw_mentions) - sum(1 for m in raw_mentions if m["entity_id"] == hidden)
    assert {r["entity_id"] for r in _rows(client, "entities.csv", as_extracted=True)} == set(raw_entities)  # the evidence as extracted

    proxies = [model.get_proxy(json.loads(line)) for line in client.get("/api/1/export/ftm.jsonl").text.splitlines()]
    names = {p.first("name") for p in proxies if p.schema.name in ("Person", "PublicBody")}
    assert "Sanae Takaichi" not in names and "Prabowo Subianto" not in names and "Indonesia" in names
    by_id = {p.id: p for p in proxies}
    event = next(p for p in proxies if p.schema.name == "Event" and p.first("date") == "2026-06-09")
    assert [by_id[i].first("name") for i in event.get("involved")] == ["Indonesia"]

    w3c = [json.loads(line) for line in client.get("/api/1/export/w3c.jsonl").text.splitlines()]
    identified = {b["id"] for a in w3c for b in a["body"] if b.get("purpose") == "identifying" and "generator" in a}
    assert f"urn:readout:entity:{hidden}" not in identified and f"urn:readout:entity:{merged}" not in identified
    by_analyst = [a for a in w3c if "creator" in a]
    assert [(a["motivation"], a["target"]["source"]) for a in by_analyst] == [
        ("moderating", f"urn:readout:entity:{hidden}"), ("linking", f"urn:readout:entity:{merged}"),
        ("commenting", f"urn:readout:entity:{into}")]
    assert by_analyst[1]["body"][0]["id"] == f"urn:readout:entity:{into}" and by_analyst[2]["creator"]["nickname"] == "ana"


def test_an_export_of_one_event_and_an_analyst_verdict_on_an_item(db_copy):
    from readout.web.app import WebConfig
    from tests.web.conftest import client_for

    client = client_for(WebConfig(db=db_copy))
    visit = next(e["event"] for e in client.get("/api/1/events").json()["items"] if "Tokyo" in e["event"]["title"])
    figure = next(a for a in client.get("/api/1/alignments", params={"event": visit["id"], "kind": "figure"}).json()["items"])
    span = figure["members"][0]["span"]
    target = f"{span['doc_id']}:{span['start']}:{span['end']}"
    assert client.post("/api/1/annotations", json={"action": "verdict", "target_kind": "item", "target": target, "value": "conflicting",
                                                   "author": "bo"}).status_code == 201
    lines = [json.loads(line) for line in client.get("/api/1/export/w3c.jsonl", params={"event": visit["id"]}).text.splitlines()]
    assert {a["target"]["source"].rsplit(":", 1)[-1] for a in lines if "generator" in a} <= set(visit["doc_ids"])
    [verdict] = [a for a in lines if "creator" in a]
    assert verdict["motivation"] == "assessing" and verdict["body"][0]["value"] == "conflicting"
    position, quote = verdict["target"]["selector"]
    assert (position["start"], position["end"], quote["exact"]) == (span["start"], span["end"], span["text"])
    extracted = [a for a in lines if "generator" in a and a["target"]["selector"][0] == position]
    assert extracted and all("creator" not in a for a in extracted)  # the extracted item's own annotation stays beside it
    assert client.post("/api/1/annotations", json={"action": "verdict", "target_kind": "alignment", "target": figure["id"],
                                                   "value": "corroborated", "author": "bo"}).status_code == 201
    lines = [json.loads(line) for line in client.get("/api/1/export/w3c.jsonl").text.splitlines()]
    on_alignment = [a for a in lines if "creator" in a][-1]
    assert [b["value"] for b in on_alignment["body"]] == ["corroborated", f"extracted verdict: {figure['verdict']}"]
    assert [t["selector"][1]["exact"] for t in on_alignment["target"]] == [m["span"]["text"] for m in figure["members"]]
    articles = [line for line in client.get("/api/1/export/ftm.jsonl", params={"event": visit["id"]}).text.splitlines()
                if '"schema": "Article"' in line]
    assert len(articles) == len(visit["doc_ids"]) == 5
    assert client.get("/api/1/export/ftm.jsonl", params={"event": "ev-nope"}).json() == {
        "status": 404, "code": "not_found", "message": "no event with id 'ev-nope'"}
