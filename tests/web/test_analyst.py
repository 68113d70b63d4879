"""The analyst layer: annotations with author and time, shown beside the evidence, never rewriting it; export and import."""

from __future__ import annotations

import json
import sqlite3

import pytest

from readout.web.app import WebConfig
from tests.web.conftest import client_for


@pytest.fixture()
def writable(db_copy):
    return client_for(WebConfig(db=db_copy)), db_copy


def _extracted(path) -> list:
    connection = sqlite3.connect(path)
    rows = [connection.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in ("items", "alignments", "events", "documents")]
    connection.close()
    return rows


def _conflict(client) -> dict:
    return client.get("/api/1/alignments", params={"verdict": "conflicting", "kind": "figure"}).json()["items"][0]


def test_a_manual_verdict_and_a_note_are_shown_beside_the_evidence_which_stays_as_it_was(writable):
    client, path = writable
    before = _extracted(path)
    alignment = _conflict(client)
    made = client.post("/api/1/annotations", json={"action": "verdict", "target_kind": "alignment", "target": alignment["id"],
                                                  "value": "corroborated", "author": "ana"})
    assert made.status_code == 201
    body = made.json()
    assert body["id"] >= 1 and body["author"] == "ana" and body["created_at"].endswith(("Z", "+00:00"))
    client.post("/api/1/annotations", json={"action": "note", "target_kind": "alignment", "target": alignment["id"],
                                            "value": "Ministry figure <b>revised</b> in March", "author": "ana"})
    assert _extracted(path) == before
    assert client.get("/api/1/alignments", params={"verdict": "conflicting", "kind": "figure"}).json()["items"][0] == alignment
    page = client.get(f"/events/{alignment['event_id']}").text
    assert "verdict set to <strong>corroborated</strong>" in page and "Ministry figure &lt;b&gt;revised&lt;/b&gt; in March" in page
    assert "— ana, " in page
    twin = client.get(f"/events/{alignment['event_id']}.json").json()
    assert [a["action"] for a in twin["annotations"]] == ["verdict", "note"]
    listed = client.get("/api/1/annotations", params={"target_kind": "alignment", "target": alignment["id"]}).json()
    assert [a["value"] for a in listed] == ["corroborated", "Ministry figure <b>revised</b> in March"]


def test_hiding_and_merging_entities_change_the_lists_and_pages_not_the_mentions(writable):
    client, path = writable
    before = _extracted(path)
    actors = client.get("/api/1/actors", params={"limit": 500}).json()
    ids = [a["entity"]["id"] for a in actors["items"]]
    hidden, merged, into = ids[0], ids[1], ids[2]
    assert client.post("/api/1/annotations", json={"action": "hide", "target_kind": "entity", "target": hidden, "author": "bo"}).status_code == 201
    assert client.post("/api/1/annotations", json={"action": "merge", "target_kind": "entity", "target": merged, "value": into,
                                                   "author": "bo"}).status_code == 201
    after = client.get("/api/1/actors", params={"limit": 500}).json()
    assert after["total"] == actors["total"] - 1 and hidden not in [a["entity"]["id"] for a in after["items"]]
    assert next(a for a in after["items"] if a["entity"]["id"] == merged)["merged_into"] == into
    assert client.get("/api/1/actors", params={"limit": 500, "include_hidden": True}).json()["total"] == actors["total"]
    target = client.get(f"/api/1/actors/{into}").json()
    assert target["merged_from"] == [merged]
    assert "An analyst hid this entity" in client.get(f"/actors/{hidden}").text
    assert _extracted(path) == before


def test_tags_on_items_and_notes_on_documents_show_on_the_document_page(writable):
    client, _ = writable
    figure = client.get("/api/1/figures", params={"limit": 1}).json()["items"][0]["span"]
    target = f"{figure['doc_id']}:{figure['start']}:{figure['end']}"
    assert client.post("/api/1/annotations", json={"action": "tag", "target_kind": "item", "target": target, "value": "check-later",
                                                   "author": "cy"}).status_code == 201
    client.post("/api/1/annotations", json={"action": "note", "target_kind": "document", "target": figure["doc_id"], "value": "wire copy",
                                            "author": "cy"})
    page = client.get(f"/documents/{figure['doc_id']}").text
    assert "tag <strong>check-later</strong>" in page and "note: wire copy" in page


@pytest.mark.parametrize("body, status, words", [
    ({"action": "hide", "target_kind": "entity", "target": "person:nobody", "author": "a"}, 404, "no entity with id 'person:nobody'"),
    ({"action": "note", "target_kind": "event", "target": "ev-none", "value": "x", "author": "a"}, 404, "no event"),
    ({"action": "verdict", "target_kind": "alignment", "target": "x", "value": "true", "author": "a"}, 422, "verdict needs value"),
    ({"action": "merge", "target_kind": "entity", "target": "country:JPN", "author": "a"}, 422, "merge needs value"),
    ({"action": "hide", "target_kind": "document", "target": "x", "author": "a"}, 422, "hide applies to an entity"),
    ({"action": "note", "target_kind": "event", "target": "x", "value": "x"}, 422, "author"),
    ({"action": "tag", "target_kind": "item", "target": "abc", "value": "t", "author": "a"}, 422, "doc_id:start:end"),
])
def test_bad_annotations_are_refused_with_the_reason(writable, body, status, words):
    client, _ = writable
    response = client.post("/api/1/annotations", json=body)
    assert response.status_code == status and words in response.json()["message"], response.json()
    assert client.get("/api/1/annotations").json() == []


def test_export_then_import_into_another_database_keeps_author_and_time(writable, web_db, tmp_path):
    client, _ = writable
    alignment = _conflict(client)
    client.post("/api/1/annotations", json={"action": "note", "target_kind": "alignment", "target": alignment["id"], "value": "n1", "author": "di"})
    client.post("/api/1/annotations", json={"action": "hide", "target_kind": "entity", "target": "country:JPN", "author": "ed"})
    exported = client.get("/api/1/annotations.jsonl")
    assert exported.headers["content-type"] == "application/x-ndjson"
    lines = [json.loads(line) for line in exported.text.splitlines()]
    assert [(x["author"], x["action"]) for x in lines] == [("di", "note"), ("ed", "hide")] and "id" not in lines[0]
    other_path = tmp_path / "other.db"
    other_path.write_bytes(web_db.read_bytes())
    other = client_for(WebConfig(db=other_path))
    bad = exported.text + '{"action": "note"}\n'
    refused = other.post("/api/1/annotations/import", content=bad, headers={"content-type": "application/x-ndjson"})
    assert refused.status_code == 422 and refused.json()["message"].startswith("line 3: ") and "nothing was imported" in refused.json()["message"]
    assert other.get("/api/1/annotations").json() == []
    done = other.post("/api/1/annotations/import", content=exported.text, headers={"content-type": "application/x-ndjson"})
    assert done.json() == {"imported": 2}
    assert [{k: v for k, v in a.items() if k != "id"} for a in other.get("/api/1/annotations").json()] == lines


def test_withdrawing_an_annotation(writable):
    client, _ = writable
    made = client.post("/api/1/annotations", json={"action": "hide", "target_kind": "entity", "target": "country:JPN", "author": "fa"}).json()
    assert client.delete(f"/api/1/annotations/{made['id']}").status_code == 204
    assert client.get("/api/1/annotations").json() == []
    assert client.delete(f"/api/1/annotations/{made['id']}").json()["code"] == "not_found"


def test_server_mode_annotations_need_the_token(db_copy):
    client = client_for(WebConfig(db=db_copy, public=True, token="t0k"))
    body = {"action": "hide", "target_kind": "entity", "target": "country:JPN", "author": "x"}
    assert client.post("/api/1/annotations", json=body).status_code == 401
    assert client.post("/api/1/annotations", json=body, headers={"Authorization": "Bearer t0k"}).status_code == 201


def test_the_pages_forms_annotate_and_come_back(writable):
    import re
    from html import unescape

    client, _ = writable
    alignment = _conflict(client)
    page = client.get(f"/events/{alignment['event_id']}").text
    assert f'<option value="{alignment["id"]}">' in page and 'name="token"' not in page
    back = f"/events/{alignment['event_id']}"
    posted = client.post("/annotate", data={"action": "verdict", "target_kind": "alignment", "target": alignment["id"],
                                            "value": "single_source", "author": "Gus", "back": back}, follow_redirects=False)
    assert posted.status_code == 303 and posted.headers["location"] == back
    assert "verdict set to <strong>single source</strong>" in client.get(back).text
    refused = client.post("/annotate", data={"action": "merge", "target_kind": "entity", "target": "country:JPN", "author": "Gus"},
                          headers={"accept": "text/html"})
    assert refused.status_code == 422 and "merge needs value" in unescape(refused.text)
    offsite = client.post("/annotate", data={"action": "hide", "target_kind": "entity", "target": "country:JPN", "author": "Gus",
                                             "back": "//evil.example/"}, follow_redirects=False)
    assert offsite.headers["location"] == "/"
    assert re.search(r"An analyst hid this entity", client.get("/actors/country:JPN").text)


def test_in_server_mode_the_forms_ask_for_the_token(db_copy):
    client = client_for(WebConfig(db=db_copy, public=True, token="t0k"))
    assert 'name="token"' in client.get("/actors/country:JPN").text
    data = {"action": "note", "target_kind": "entity", "target": "country:JPN", "value": "x", "author": "h"}
    assert client.post("/annotate", data=data).status_code == 401
    assert client.post("/annotate", data={**data, "token": "t0k"}, follow_redirects=False).status_code == 303
    assert client.post("/add", data={"text": "Some text.", "token": "wrong"}).status_code == 401


def test_a_hidden_participant_leaves_the_events_list_and_the_event_page(writable):
    from urllib.parse import quote

    client, _ = writable
    visit = next(e["event"] for e in client.get("/api/1/events").json()["items"] if "Tokyo" in e["event"]["title"])
    link = f'href="/actors/{quote(visit["participants"][0])}"'

    def participants_line() -> str:
        return client.get(f"/events/{visit['id']}").text.split("Participants:")[1].split("</p>")[0]

    assert link in client.get("/").text and link in participants_line()
    client.post("/api/1/annotations", json={"action": "hide", "target_kind": "entity", "target": visit["participants"][0], "author": "ix"})
    assert link not in client.get("/").text and link not in participants_line()
    assert f'href="/actors/{quote(visit["participants"][1])}"' in participants_line()


def _visit_id(client) -> str:
    return next(e["event"]["id"] for e in client.get("/api/1/events").json()["items"] if "Tokyo" in e["event"]["title"])


def _annotate(client, **body) -> dict:
    made = client.post("/api/1/annotations", json={"author": "ana", **body})
    assert made.status_code == 201, made.text
    return made.json()


def test_the_brief_json_applies_hide_and_merge_and_lists_manual_verdicts_beside_the_extracted_ones(writable):
    client, path = writable
    event_id = _visit_id(client)
    before = client.get(f"/api/1/events/{event_id}/brief").json()
    assert before["analyst"] is None
    prabowo = next(p for p in before["participants"] if p["entity_id"] == "person:prabowo-subianto")
    quoted = {g["speaker_id"] for g in before["quotes"]}
    extracted = _extracted(path)
    conflict = next(a for a in before["alignments"] if a["verdict"] == "conflicting")
    _annotate(client, action="hide", target_kind="entity", target="person:sanae-takaichi")
    _annotate(client, action="merge", target_kind="entity", target="person:prabowo-subianto", value="country:IDN")
    _annotate(client, action="verdict", target_kind="alignment", target=conflict["id"], value="corroborated")
    member = conflict["members"][0]["span"]
    item = f"{member['doc_id']}:{member['start']}:{member['end']}"
    _annotate(client, action="verdict", target_kind="item", target=item, value="single_source", author="bo")
    brief = client.get(f"/api/1/events/{event_id}/brief").json()
    ids = [p["entity_id"] for p in brief["participants"]]
    assert "person:sanae-takaichi" not in ids and "person:prabowo-subianto" not in ids
    indonesia = next(p for p in brief["participants"] if p["entity_id"] == "country:IDN")
    assert indonesia["name"] == "Indonesia" and indonesia["merged_from"] == ["person:prabowo-subianto"]
    assert {c["label"] for c in prabowo["citations"]} <= {c["label"] for c in indonesia["citations"]}
    assert brief["event"]["participants"] == ["country:IDN"] and brief["event"]["participant_names"] == ["Indonesia"]
    assert "person:sanae-takaichi" not in {g["speaker_id"] for g in brief["quotes"]}
    if "person:prabowo-subianto" in quoted:
        assert "country:IDN" in {g["speaker_id"] for g in brief["quotes"]}
    layer = brief["analyst"]
    assert layer["hidden"] == ["person:sanae-takaichi"] and layer["merged"] == {"person:prabowo-subianto": "country:IDN"}
    by_target = {v["target"]: v for v in layer["verdicts"]}
    assert (by_target[conflict["id"]]["verdict"], by_target[conflict["id"]]["extracted_verdict"]) == ("corroborated", "conflicting")
    assert by_target[conflict["id"]]["label"] == conflict["label"] and by_target[conflict["id"]]["author"] == "ana"
    assert by_target[item]["label"] == member["text"] and by_target[item]["extracted_verdict"] == "conflicting"
    assert by_target[item]["citations"][0]["span"] == member and by_target[item]["author"] == "bo"
    assert [a["action"] for a in layer["annotations"]] == ["hide", "merge", "verdict", "verdict"]
    # the extracted verdicts stay as the link stage gave them, in the brief and in the store
    assert next(a for a in brief["alignments"] if a["id"] == conflict["id"])["verdict"] == "conflicting"
    assert [t["verdict"] for t in brief["takeaways"]] == [t["verdict"] for t in before["takeaways"]]
    assert _extracted(path) == extracted
    markdown = client.get(f"/api/1/events/{event_id}/brief", params={"format": "md"}).text
    analyst = markdown.split("## Analyst annotations")[1]
    assert f"{conflict['label']}: extracted CONFLICT; analyst: corroborated (ana, " in analyst
    assert "Left out by an analyst: person:sanae-takaichi" in analyst and "Participant: Indonesia" in markdown
    assert "Sanae Takaichi" not in markdown.split("## Event")[1].split("## ")[0]  # the title stays as extracted
    html = client.get(f"/api/1/events/{event_id}/brief", params={"format": "html"}).text
    assert "Analyst annotations" in html and "merged by an analyst" in html
    page = client.get(f"/events/{event_id}").text.split("Participants:")[1].split("</p>")[0]
    assert 'href="/actors/country%3AIDN">Indonesia</a> <span class="muted">(with person:prabowo-subianto, merged by an analyst)' in page
    assert client.get(f"/events/{event_id}.json").json()["brief"]["analyst"]["hidden"] == ["person:sanae-takaichi"]


def test_the_events_list_json_leaves_a_hidden_participant_out_and_names_a_merged_one_by_its_target(writable):
    client, _ = writable
    event_id = _visit_id(client)
    _annotate(client, action="hide", target_kind="entity", target="person:sanae-takaichi")
    _annotate(client, action="merge", target_kind="entity", target="person:prabowo-subianto", value="country:IDN")
    for listed in (client.get("/api/1/events").json()["items"], client.get("/index.json").json()["items"],
                   [client.get(f"/api/1/events/{event_id}").json()]):
        event = next(e["event"] for e in listed if e["event"]["id"] == event_id)
        assert (event["participants"], event["participant_names"]) == (["country:IDN"], ["Indonesia"])
    row = client.get("/").text.split(f'href="/events/{event_id}"')[1].split("</tr>")[0]
    assert 'href="/actors/country%3AIDN">Indonesia</a>' in row and "Takaichi" not in row.split("</td>", 1)[1]
