"""Server-rendered pages in process: content, citations to spans, JSON twins, and document text always escaped."""

from __future__ import annotations

import re
from html import unescape

import pytest

SCRIPT = "<script>alert(1)</script>"


def _markup_doc(client) -> str:
    return client.get("/api/1/documents", params={"source": "markup"}).json()["items"][0]["id"]


def _visit(client) -> dict:
    return next(e["event"] for e in client.get("/api/1/events").json()["items"] if "Tokyo" in e["event"]["title"])


def test_events_list_shows_counts_and_links(client):
    page = client.get("/").text
    visit = _visit(client)
    assert f'href="/events/{visit["id"]}"' in page and "Corroborated" in page
    row = re.search(rf'<tr>\s*<td>2026-06-09</td>.*?</tr>', page, re.S).group(0)
    cells = [unescape(re.sub("<[^>]+>", "", c)).strip() for c in re.findall(r"<td>(.*?)</td>", row, re.S)]
    assert cells[3] == "5"
    assert client.get("/index.json").json()["total"] >= 2


def test_event_page_has_brief_charts_matrix_and_rhetoric(client):
    visit = _visit(client)
    page = client.get(f"/events/{visit['id']}").text
    for heading in ("Brief", "Commitments as of", "Figures", "Source comparison", "Rhetoric by source", "Sources"):
        assert f">{heading}" in page, heading
    assert "<svg" not in page  # charts are images of their own, drawn once per brief and cached
    for chart in ("timeline", "figures"):
        src = re.search(rf'<img src="(/events/[^"]+/{chart}\.svg\?as_of=[^"]+)" alt="[^"]+"', page).group(1)
        image = client.get(unescape(src))
        assert image.headers["content-type"] == "image/svg+xml" and image.text.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
        assert "<text" in image.text or "<g " in image.text
    assert "✗ conflicting" in page and "US$4.6 billion" in page
    twin = client.get(f"/events/{visit['id']}.json").json()
    assert twin["brief"]["title"] in unescape(page) and twin["summary"]["event"]["id"] == visit["id"]


def test_every_citation_opens_its_document_at_the_cited_characters(client):
    visit = _visit(client)
    page = client.get(f"/events/{visit['id']}").text
    links = re.findall(r'class="cite" href="([^"]+)" title="([^"]*)"', page)
    assert len(links) > 10
    for href, cited in links[:15]:
        document = client.get(unescape(href).split("#")[0]).text
        mark = re.search(r'<mark class="cited" id="hl"[^>]*>(.*?)</mark>(?!</mark>)', document, re.S)
        assert mark, href
        shown = unescape(re.sub(r'<span class="sr-only">[^<]*</span>|<[^>]+>', "", mark.group(1)))
        assert unescape(cited).startswith(shown.strip()[:20]) or shown.strip() in unescape(cited) or unescape(cited) in shown


def test_document_page_marks_items_by_kind_for_screen_readers(client):
    doc_id = client.get("/api/1/figures", params={"limit": 1}).json()["items"][0]["span"]["doc_id"]
    page = client.get(f"/documents/{doc_id}").text
    assert '<mark class="k-quantity"><span class="sr-only">figure: </span>US$19.6 billion</mark>' in page
    assert '<mark class="k-quote"><span class="sr-only">quote: </span>' in page
    assert 'id="hl"' not in page  # nothing cited, nothing marked as cited


def test_actor_and_search_pages(client):
    japan = client.get("/actors/country:JPN").text
    assert "<h1>Japan</h1>" in japan and "Documents that name Japan" in japan
    found = client.get("/search", params={"q": "trade between"}).text
    assert '<mark class="k-quantity"><span class="sr-only">match: </span>Trade</mark>' in found
    assert client.get("/search.json", params={"q": "trade between"}).json()["total"] >= 3


@pytest.mark.parametrize("path", ["/documents/{doc}", "/documents/{doc}?s=40&e=120", "/documents/{doc}?s=95&e=110", "/search?q=alert",
                                  "/search?q=fishermen", "/events/{event}", "/", "/actors/country:JPN", "/api/1/events/{event}/brief?format=html"])
def test_markup_in_a_document_is_escaped_on_every_page(client, path):
    doc = _markup_doc(client)
    event = client.get(f"/api/1/documents/{doc}").json()["events"][0]
    response = client.get(path.format(doc=doc, event=event))
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "<script" not in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'none';")  # and no script would run if one slipped in
    if path.startswith("/documents/{doc}") or path.startswith("/search?"):
        assert "&lt;script&gt;" in response.text
    if path in ("/documents/{doc}", "/search?q=fishermen"):
        assert "the accord &lt;script&gt;alert(1)&lt;/script&gt; a betrayal" in response.text


@pytest.mark.parametrize("path", ["/documents/{doc}.json", "/search.json?q=alert", "/api/1/documents/{doc}"])
def test_json_twins_carry_the_text_as_json_never_as_html(client, path):
    response = client.get(path.format(doc=_markup_doc(client)))
    assert response.headers["content-type"] == "application/json" and response.headers["x-content-type-options"] == "nosniff"
    assert SCRIPT in response.text


def test_a_chart_the_event_cannot_have_is_404(client):
    markup_event = client.get(f"/api/1/documents/{_markup_doc(client)}").json()["events"][0]
    response = client.get(f"/events/{markup_event}/timeline.svg")
    assert response.status_code == 404 and "has no dated commitment to chart" in response.json()["message"]
    assert client.get("/events/nope/figures.svg").json()["code"] == "not_found"


def test_unknown_pages_answer_an_html_error_page_and_json_twins_json(client):
    html = client.get("/events/nope", headers={"accept": "text/html"})
    assert html.status_code == 404 and "<h1>Error 404</h1>" in html.text and "no event with id &#39;nope&#39;" in html.text
    assert client.get("/events/nope.json").json() == {"status": 404, "code": "not_found", "message": "no event with id 'nope'"}
    assert client.get("/documents/x", params={"s": "a"}, headers={"accept": "text/html"}).status_code == 422


def test_the_paste_form_queues_a_task_and_its_page_links_the_document(db_copy):
    import time

    from readout.web.app import WebConfig
    from tests.web.conftest import client_for

    client = client_for(WebConfig(db=db_copy))
    posted = client.post("/add", data={"title": "Ferry line", "text": "Norland opened a ferry line to Sudmark on 2 May 2031."},
                         follow_redirects=False)
    assert posted.status_code == 303
    task_url = posted.headers["location"]
    for _ in range(300):
        task = client.get(task_url + ".json").json()
        if task["state"] == "done":
            break
        time.sleep(0.1)
    page = client.get(task_url).text
    assert f'href="/documents/{task["document_ids"][0]}"' in page and "1 added" in page
    assert "http-equiv=\"refresh\"" not in page  # finished: no more reloading


def test_event_and_document_pages_show_each_source_role(client):
    visit = _visit(client)
    page = client.get(f"/events/{visit['id']}").text
    sources = re.search(r'<section id="sources".*?</section>', page, re.S).group(0)
    items = [unescape(re.sub("<[^>]+>", "", li)).strip() for li in re.findall(r"<li>(.*?)</li>", sources, re.S)]
    roles = {s["doc_id"]: (s["role"], s["role_reason"]) for s in client.get(f"/events/{visit['id']}.json").json()["brief"]["sources"]}
    assert len(items) == len(roles) == 5
    words = {"official": "official readout or statement", "news": "wire or news report", "analysis": "analysis or opinion"}
    for item, (role, reason) in zip(items, roles.values()):
        assert item.startswith(words[role]) and item.endswith(f"(role: {reason})"), item
    assert {role for role, _ in roles.values()} >= {"official", "news"}
    official = next(doc_id for doc_id, (role, _) in roles.items() if role == "official")
    document = client.get(f"/documents/{official}").text
    shown = unescape(re.sub("<[^>]+>", "", re.search(r"<p>Source role:.*?</p>", document, re.S).group(0)))
    assert shown.startswith(f"Source role: official readout or statement ({roles[official][1]}")
    twin = client.get(f"/documents/{official}.json").json()
    assert (twin["role"]["role"], twin["role"]["reason"]) == ("official", roles[official][1])
