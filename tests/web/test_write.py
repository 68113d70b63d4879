"""Adding documents through the API: tasks run by the worker, size caps, tokens, origins and private addresses."""

from __future__ import annotations

import time

from readout.web.app import WebConfig
from readout.web.write import split_title
from tests.web.conftest import client_for

TEXT = ("Norland and Sudmark signed a fisheries accord in Port Ellis on 4 April 2031. "
        "The accord doubles the quota to 40,000 tonnes, officials said.")


def _wait(client, task_id: str) -> dict:
    for _ in range(300):
        task = client.get(f"/api/1/tasks/{task_id}").json()
        if task["state"] in ("done", "failed"):
            return task
        time.sleep(0.1)
    raise AssertionError(f"task {task_id} did not finish")


def test_pasted_text_is_analyzed_by_the_worker_and_stored(db_copy):
    client = client_for(WebConfig(db=db_copy))
    queued = client.post("/api/1/tasks/text", json={"text": TEXT, "title": "Fisheries accord"})
    assert queued.status_code == 202 and queued.json()["state"] in ("queued", "running") and queued.json()["kind"] == "text"
    task = _wait(client, queued.json()["id"])
    assert task["state"] == "done" and task["added"] == 1 and task["errors"] == [], task
    [doc_id] = task["document_ids"]
    document = client.get(f"/api/1/documents/{doc_id}").json()
    assert document["document"]["title"] == "Fisheries accord" and document["document"]["text"] == TEXT  # the title is not in the text
    assert any(i["kind"] == "quantity" and i["span"]["text"].startswith("40,000") for i in document["items"])
    cached = {key[0] for key in client.app.state.briefs._items}
    assert set(task["event_ids"]) and set(task["event_ids"]) <= cached  # the worker composed the touched events' briefs ahead
    again = _wait(client, client.post("/api/1/tasks/text", json={"text": TEXT, "title": "Fisheries accord"}).json()["id"])
    assert again["added"] == 0 and again["already_stored"] == 1


def test_a_short_first_line_before_a_blank_line_is_the_title_and_leaves_the_text():
    assert split_title("Fisheries accord signed\n\n" + TEXT) == ("Fisheries accord signed", TEXT)
    assert split_title("\n# Fisheries accord\r\n\r\n" + TEXT) == ("Fisheries accord", TEXT)
    assert split_title(TEXT) == (None, TEXT)  # one paragraph: no title
    assert split_title("Fisheries accord\n" + TEXT) == (None, "Fisheries accord\n" + TEXT)  # no blank line after it
    lede = "Norland and Sudmark signed an accord."
    assert split_title(lede + "\n\n" + TEXT) == (None, lede + "\n\n" + TEXT)  # a sentence, not a headline
    long_line = "Fisheries " * 20
    assert split_title(long_line + "\n\n" + TEXT)[0] is None
    assert split_title("Title: Accord\n\n" + TEXT)[0] is None  # a header block: the text reader takes its fields
    assert split_title("Fisheries accord\n\n") == (None, "Fisheries accord\n\n")  # nothing after it: it is the text


def test_a_pasted_text_without_a_title_takes_its_first_line(db_copy):
    client = client_for(WebConfig(db=db_copy))
    pasted = "Quota doubled in Port Ellis\n\n" + TEXT.replace("40,000", "44,000")
    task = _wait(client, client.post("/api/1/tasks/text", json={"text": pasted}).json()["id"])
    assert task["state"] == "done" and task["input"] == "Quota doubled in Port Ellis", task
    document = client.get(f"/api/1/documents/{task['document_ids'][0]}").json()["document"]
    assert document["title"] == "Quota doubled in Port Ellis" and document["text"] == TEXT.replace("40,000", "44,000")
    header = "Author: Ana Berg\nDate: 2026-04-05\n\n" + TEXT.replace("40,000", "48,000")
    task = _wait(client, client.post("/api/1/tasks/text", json={"text": header, "title": "Quota\nup"}).json()["id"])
    document = client.get(f"/api/1/documents/{task['document_ids'][0]}").json()["document"]
    assert (document["title"], document["author"], document["published"]) == ("Quota up", "Ana Berg", "2026-04-05")
    assert document["text"] == TEXT.replace("40,000", "48,000")
    pasted = "Quota  tripled\n\n" + TEXT.replace("40,000", "60,000")  # the title given and pasted again above the text
    task = _wait(client, client.post("/api/1/tasks/text", json={"text": pasted, "title": "quota tripled"}).json()["id"])
    document = client.get(f"/api/1/documents/{task['document_ids'][0]}").json()["document"]
    assert (document["title"], document["text"]) == ("quota tripled", TEXT.replace("40,000", "60,000"))


def test_an_upload_keeps_its_format_and_a_bad_file_fails_with_its_name(db_copy):
    client = client_for(WebConfig(db=db_copy))
    html = b"<html><head><title>Port news</title></head><body><article><p>" + TEXT.encode() + b"</p></article></body></html>"
    task = _wait(client, client.post("/api/1/tasks/upload", files={"file": ("port news.html", html, "text/html")}).json()["id"])
    assert task["state"] == "done" and task["input"] == "port news.html"
    stored = client.get(f"/api/1/documents/{task['document_ids'][0]}").json()["document"]
    assert stored["title"] == "Port news" and "<p>" not in stored["text"]
    failed = _wait(client, client.post("/api/1/tasks/upload", files={"file": ("empty.txt", b"   ", "text/plain")}).json()["id"])
    assert failed["state"] == "failed" and failed["errors"][0].startswith("empty.txt: ") and "readout-serve-" not in failed["errors"][0]


def test_oversize_uploads_and_texts_are_413(db_copy):
    client = client_for(WebConfig(db=db_copy, max_upload=1000))
    response = client.post("/api/1/tasks/upload", files={"file": ("big.txt", b"word " * 1000, "text/plain")})
    assert response.status_code == 413 and response.json()["code"] == "too_large"
    assert "5,000 bytes, more than the 1,000 allowed" in response.json()["message"]
    assert client.post("/api/1/tasks/text", json={"text": "word " * 1000}).status_code == 413
    assert client.get("/api/1/tasks").json() == []  # nothing was queued


def test_empty_text_and_non_http_urls_are_refused(db_copy):
    client = client_for(WebConfig(db=db_copy))
    assert client.post("/api/1/tasks/text", json={"text": "  "}).json()["code"] == "invalid_input"
    response = client.post("/api/1/tasks/url", json={"url": "file:///etc/passwd"})
    assert response.status_code == 422 and "not an http(s) URL" in response.json()["message"]
    assert client.post("/api/1/tasks/text", json={}).json()["message"].startswith("text:")


def test_server_mode_needs_the_token_and_refuses_private_addresses(db_copy):
    client = client_for(WebConfig(db=db_copy, public=True, token="s3cret"))
    assert client.post("/api/1/tasks/url", json={"url": "http://example.org/"}).status_code == 401
    wrong = client.post("/api/1/tasks/url", json={"url": "http://example.org/"}, headers={"Authorization": "Bearer nope"})
    assert wrong.json() == {"status": 401, "code": "unauthorized", "message": wrong.json()["message"]}
    auth = {"Authorization": "Bearer s3cret"}
    for url in ("http://127.0.0.1:8765/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/", "http://localhost/"):
        refused = client.post("/api/1/tasks/url", json={"url": url}, headers=auth)
        assert refused.status_code == 403 and refused.json()["code"] == "private_address", (url, refused.json())
        assert "loopback, link-local or private address" in refused.json()["message"]
    assert client.get("/api/1/tasks").json() == []
    assert client.get("/api/1/events").status_code == 200  # reading needs no token


def test_local_mode_takes_private_urls_but_no_other_sites_pages(db_copy):
    client = client_for(WebConfig(db=db_copy))
    assert client.post("/api/1/tasks/url", json={"url": "http://127.0.0.1:9/"}).status_code == 202
    forged = client.post("/api/1/tasks/text", json={"text": TEXT}, headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403 and "https://evil.example" in forged.json()["message"]
    form = client.post("/add", data={"text": TEXT}, headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert form.status_code == 403


def test_serve_refuses_other_hosts_without_public_and_public_without_token(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from readout.cli import app

    monkeypatch.delenv("READOUT_WEB_TOKEN", raising=False)
    runner = CliRunner()
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 2 and "add --public to serve beyond this machine" in result.output
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--public", "--db", str(tmp_path / "r.db")])
    assert result.exit_code == 2 and "--public needs a token for write endpoints: set READOUT_WEB_TOKEN" in result.output
    assert not (tmp_path / "r.db").exists()


def test_readout_serve_serves_the_database_on_loopback(web_db, tmp_path):
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-c", "from readout.cli import app; app()", "serve", "--db", str(web_db), "--port", str(port)],
                               stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(200):
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/1/events", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        assert response.status_code == 200 and response.json()["total"] >= 2
        assert response.headers["x-content-type-options"] == "nosniff"
    finally:
        process.terminate()
        stderr = process.communicate(timeout=10)[1]
    assert f"on http://127.0.0.1:{port}/" in stderr


def test_server_mode_takes_private_addresses_when_the_setting_allows(db_copy):
    client = client_for(WebConfig(db=db_copy, public=True, token="s3cret", allow_private=True))
    queued = client.post("/api/1/tasks/url", json={"url": "http://127.0.0.1:9/"}, headers={"Authorization": "Bearer s3cret"})
    assert queued.status_code == 202
    task = _wait(client, queued.json()["id"])
    assert task["state"] == "failed" and task["errors"][0].startswith("http://127.0.0.1:9/: ")  # nothing listens there


def test_a_restarted_server_reports_its_tasks_and_fails_the_unfinished_ones_saying_why(db_copy):
    import datetime as dt
    from html import unescape

    from readout import pipeline
    from readout.store.tasks import INTERRUPTED, StoredTask

    client = client_for(WebConfig(db=db_copy))
    done = _wait(client, client.post("/api/1/tasks/text", json={"text": TEXT, "title": "Fisheries accord"}).json()["id"])
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=1)
    with pipeline.open_store(db_copy) as store:  # what a server that stopped mid-task left written
        store.tasks.save(StoredTask(id="cut0ff", kind="url", input="https://example.org/a", state="running", created_at=later))
        assert store.tasks.get(done["id"]).document_ids == tuple(done["document_ids"])
    restarted = client_for(WebConfig(db=db_copy))
    assert restarted.get(f"/api/1/tasks/{done['id']}").json() == done
    cut = restarted.get("/api/1/tasks/cut0ff").json()
    assert (cut["state"], cut["errors"], cut["input"]) == ("failed", [INTERRUPTED], "https://example.org/a") and cut["finished_at"]
    assert [t["id"] for t in restarted.get("/api/1/tasks").json()][:2] == ["cut0ff", done["id"]]
    page = unescape(restarted.get("/tasks/cut0ff").text)
    assert INTERRUPTED in page and 'http-equiv="refresh"' not in page
    assert restarted.get("/api/1/tasks/nope").json()["code"] == "not_found"
