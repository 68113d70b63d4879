"""The read API in process: values, filters, pages, and one error shape for every bad input."""

from __future__ import annotations

import pytest

ERROR_KEYS = {"status", "code", "message"}


def _event(client, title_part: str) -> dict:
    events = client.get("/api/1/events").json()["items"]
    return next(e for e in events if title_part in e["event"]["title"])


def _error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == ERROR_KEYS and body["status"] == status and body["code"] == code, body
    return body["message"]


def test_events_come_with_their_verdict_counts(client):
    page = client.get("/api/1/events").json()
    assert page["total"] == len(page["items"]) >= 2 and page["limit"] == 50 and page["offset"] == 0
    visit = _event(client, "Tokyo")
    assert visit["event"]["date"] == "2026-06-09" and visit["sources"] == 5
    assert visit["counts"]["conflicting"] >= 1  # the US$4.6 / $4.1 billion investment figure
    assert client.get(f"/api/1/events/{visit['event']['id']}").json() == visit


def test_documents_give_text_sentences_and_item_spans_that_match_the_text(client):
    page = client.get("/api/1/documents", params={"limit": 3}).json()
    assert page["total"] == 9 and len(page["items"]) == 3
    doc_id = page["items"][0]["id"]
    body = client.get(f"/api/1/documents/{doc_id}").json()
    text = body["document"]["text"]
    assert body["sentences"] and body["items"] and body["events"]
    for item in body["items"] + [{"span": s} for s in body["sentences"]]:
        span = item["span"]
        assert text[span["start"]:span["end"]] == span["text"]
    assert "raw" not in body["document"]


def test_figures_quotes_event_codes_and_alignments(client):
    figures = client.get("/api/1/figures", params={"limit": 500}).json()["items"]
    assert any(f["span"]["text"] == "US$19.6 billion" and f["unit"] == "USD" and f["value"] == 19.6e9 for f in figures)
    quotes = client.get("/api/1/quotes").json()
    assert quotes["total"] > 0 and all(q["kind"] in ("direct", "indirect") for q in quotes["items"])
    codes = client.get("/api/1/event-codes").json()["items"]
    assert codes and all(c["event_type"].isupper() for c in codes)
    conflicting = client.get("/api/1/alignments", params={"verdict": "conflicting"}).json()
    assert conflicting["total"] >= 1 and {a["verdict"] for a in conflicting["items"]} == {"conflicting"}
    figures_only = client.get("/api/1/alignments", params={"kind": "figure", "verdict": "conflicting"}).json()["items"]
    assert any("4.6 billion" in m["span"]["text"] for a in figures_only for m in a["members"])


def test_verdict_filter_on_items_keeps_items_inside_aligned_statements(client):
    conflicting = client.get("/api/1/figures", params={"verdict": "conflicting"}).json()["items"]
    texts = {f["span"]["text"] for f in conflicting}
    assert any("4.6 billion" in t for t in texts) and any("4.1 billion" in t for t in texts)
    members = [m["span"] for a in client.get("/api/1/alignments", params={"verdict": "conflicting", "limit": 500}).json()["items"]
               for m in a["members"]]
    for f in conflicting:
        assert any(m["doc_id"] == f["span"]["doc_id"] and m["start"] < f["span"]["end"] and f["span"]["start"] < m["end"] for m in members)
    assert len(conflicting) < client.get("/api/1/figures").json()["total"]


def test_commitments_have_a_state_as_of_the_date_asked(client):
    early = client.get("/api/1/commitments", params={"as_of": "2026-01-01", "limit": 500}).json()
    late = client.get("/api/1/commitments", params={"as_of": "2030-01-01", "limit": 500}).json()
    assert early["total"] == late["total"] > 0
    assert all(r["as_of"] == "2026-01-01" for r in early["items"])
    assert {r["state"] for r in early["items"]} != {r["state"] for r in late["items"]}


def test_actors_and_one_actor(client):
    actors = client.get("/api/1/actors", params={"kind": "country"}).json()["items"]
    assert actors and all(a["entity"]["id"].startswith("country:") for a in actors)
    japan = client.get("/api/1/actors/country:JPN").json()
    assert japan["entity"]["name"] == "Japan" and japan["documents"] >= 4 and japan["mentions"] >= japan["documents"]


def test_filters_narrow_by_actor_country_date_and_source(client):
    all_docs = client.get("/api/1/documents").json()["total"]
    japan = client.get("/api/1/documents", params={"country": "jpn"}).json()
    assert 0 < japan["total"] < all_docs
    assert client.get("/api/1/documents", params={"actor": "country:JPN"}).json()["total"] == japan["total"]
    dated = client.get("/api/1/documents", params={"since": "2026-03-01", "until": "2026-03-31"}).json()["items"]
    assert [d["published"] for d in dated] == ["2026-03-12"]  # only the readout says when it was published
    assert client.get("/api/1/documents", params={"since": "2026-03-13"}).json()["total"] == 0
    assert client.get("/api/1/documents", params={"since": "2026-03-13", "until": "2026-03-01"}).json()["total"] == 0  # an empty range
    gazette = client.get("/api/1/documents", params={"source": "markup"}).json()["items"]
    assert len(gazette) == 1
    events = client.get("/api/1/events", params={"country": "BRA"}).json()["items"]
    assert events and all("Tokyo" not in e["event"]["title"] for e in events)


def test_pages_split_a_list_without_losing_or_repeating_rows(client):
    whole = [d["id"] for d in client.get("/api/1/documents", params={"limit": 500}).json()["items"]]
    paged = []
    for offset in range(0, len(whole), 4):
        paged += [d["id"] for d in client.get("/api/1/documents", params={"limit": 4, "offset": offset}).json()["items"]]
    assert paged == whole


def test_search_highlights_each_matching_word(client):
    page = client.get("/api/1/search", params={"q": "trade between"}).json()
    assert page["total"] >= 3
    for hit in page["items"]:
        words = [hit["span"]["text"][m["start"]:m["end"]].lower() for m in hit["matches"]]
        assert set(words) == {"trade", "between"}, words
    assert client.get("/api/1/search", params={"q": "trade", "source": "markup"}).json()["total"] == 1


def test_search_takes_quotes_and_operators_as_words(client):
    assert client.get("/api/1/search", params={"q": 'trade" OR "x'}).json()["total"] == 0
    assert client.get("/api/1/search", params={"q": "NEAR(trade"}).status_code == 200


def test_brief_in_three_formats(client):
    event_id = _event(client, "Tokyo")["event"]["id"]
    as_json = client.get(f"/api/1/events/{event_id}/brief", params={"as_of": "2026-07-01"})
    assert as_json.headers["content-type"] == "application/json" and as_json.json()["as_of"] == "2026-07-01"
    md = client.get(f"/api/1/events/{event_id}/brief", params={"format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("# ")
    html = client.get(f"/api/1/events/{event_id}/brief", params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html") and "<h1>" in html.text


@pytest.mark.parametrize("path, what", [
    ("/api/1/events/ev-nope", "event"), ("/api/1/events/ev-nope/brief", "event"), ("/api/1/documents/0000", "document"),
    ("/api/1/actors/person:nobody", "actor"), ("/api/1/tasks/abc", "task"),
])
def test_unknown_ids_are_404_in_the_error_shape(client, path, what):
    assert _error(client.get(path), 404, "not_found").startswith(f"no {what} with id")


@pytest.mark.parametrize("params, named", [
    ({"since": "2026-02-30"}, "since"), ({"until": "yesterday"}, "until"), ({"limit": 0}, "limit"), ({"limit": 501}, "limit"),
    ({"offset": -1}, "offset"), ({"verdict": "true"}, "verdict"), ({"country": "Norland"}, "country"),
])
def test_bad_query_values_are_422_naming_the_parameter(client, params, named):
    assert named in _error(client.get("/api/1/figures", params=params), 422, "invalid_input")


def test_other_errors_share_the_shape(client):
    _error(client.get("/api/1/nothing-here"), 404, "not_found")
    _error(client.delete("/api/1/events"), 405, "method_not_allowed")
    _error(client.get("/api/1/search"), 422, "invalid_input")
    _error(client.get("/api/1/events/x/brief", params={"format": "pdf"}), 422, "invalid_input")


def test_openapi_is_published_with_every_endpoint(client):
    schema = client.get("/api/1/openapi.json").json()
    assert schema["info"]["version"] == "1"
    for path in ("/api/1/events", "/api/1/events/{event_id}", "/api/1/events/{event_id}/brief", "/api/1/documents",
                 "/api/1/documents/{doc_id}", "/api/1/actors", "/api/1/actors/{entity_id}", "/api/1/figures", "/api/1/quotes",
                 "/api/1/commitments", "/api/1/event-codes", "/api/1/alignments", "/api/1/search", "/api/1/tasks/text",
                 "/api/1/tasks/upload", "/api/1/tasks/url", "/api/1/tasks/{task_id}"):
        assert path in schema["paths"], path
    assert not any(p.startswith("/events") or p == "/" for p in schema["paths"])  # pages are not API
    assert set(schema["components"]["schemas"]["ErrorOut"]["properties"]) == ERROR_KEYS


def test_search_words_with_a_nul_character_are_words(client):
    assert client.get("/api/1/search", params={"q": "trade\x00between"}).json()["total"] >= 3
    assert client.get("/api/1/search", params={"q": "\x00"}).json()["total"] == 0
