"""URLs and feeds fetched from a local HTTP server on 127.0.0.1 started by the test."""

from __future__ import annotations

import gzip

import httpx
import pytest

from readout.errors import IngestError
from readout.ingest.sources import read_sources

from .conftest import Route
from .pages import ARTICLE_BODY, NEWS_PAGE

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{base}/</link>
<item><title>Full entry</title><link>{base}/full</link><author>ana@example.org (Ana Li)</author>
<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[{body}]]></content:encoded></item>
<item><title>Linked entry</title><link>{base}/news</link><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
<description>Teaser only.</description></item>
<item><title>Broken entry</title><description>no content, no link</description></item>
<item><title>Dead link</title><link>{base}/gone</link></item>
</channel></rss>"""


@pytest.fixture(autouse=True)
def allow_local_server(monkeypatch):
    """The test server is on 127.0.0.1, which feed links and redirects may reach only with this setting."""
    monkeypatch.setenv("READOUT_ALLOW_PRIVATE_ADDRESSES", "1")


def split(results):
    return [r for r in results if not isinstance(r, IngestError)], [r for r in results if isinstance(r, IngestError)]


def run(urls, client=None):
    return split(list(read_sources(urls, client=client)))


def test_page_is_fetched_with_metadata_raw_bytes_and_our_user_agent(server):
    server.routes["/news"] = Route(NEWS_PAGE.encode())
    (document,), errors = run([server.url("/news")])
    assert errors == []
    assert document.source == server.url("/news") and document.url == server.url("/news")
    assert document.title == "Ministers agree to resume talks" and document.author == "Jane Roe"
    assert document.raw == NEWS_PAGE.encode() and document.raw_media_type == "text/html"
    assert server.user_agents[-1].startswith("readout/")


def test_redirects_are_followed_and_the_final_url_kept(server):
    server.routes["/news"] = Route(NEWS_PAGE.encode())
    server.routes["/old"] = Route(status=301, location="/news")
    (document,), _ = run([server.url("/old")])
    assert document.source == server.url("/old")
    assert document.url == server.url("/news")


def test_http_errors_content_types_and_unreachable_hosts(server):
    server.routes["/pdf"] = Route(b"%PDF-1.7 ...", content_type="application/pdf")
    server.routes["/news"] = Route(NEWS_PAGE.encode())
    documents, errors = run([server.url("/missing"), server.url("/pdf"), "http://127.0.0.1:9/closed", server.url("/news")])
    assert len(documents) == 1
    assert [(e.source, e.reason) for e in errors] == [
        (server.url("/missing"), "http_status"), (server.url("/pdf"), "content_type"), ("http://127.0.0.1:9/closed", "unreachable")]
    assert errors[0].message == "the server answered HTTP 404 Not Found"
    assert errors[1].message == "the server sent application/pdf, not an HTML page, text or feed"


def test_timeout(server, monkeypatch):
    monkeypatch.setenv("READOUT_FETCH_TIMEOUT", "0.2")
    server.routes["/slow"] = Route(NEWS_PAGE.encode(), delay=1.0)
    _, (error,) = run([server.url("/slow")])
    assert (error.source, error.reason) == (server.url("/slow"), "timeout")
    assert error.line() == f"{server.url('/slow')}: timeout: the fetch did not finish within 0.2 s (raise READOUT_FETCH_TIMEOUT or try later)"


def test_the_timeout_is_a_deadline_for_the_whole_fetch_not_per_read(server, monkeypatch):
    """A server that sends a byte every 0.05 s never leaves a read waiting 0.5 s, yet the fetch stops at the deadline."""
    monkeypatch.setenv("READOUT_FETCH_TIMEOUT", "0.5")
    server.routes["/trickle"] = Route(NEWS_PAGE.encode(), drip=0.05)
    _, (error,) = run([server.url("/trickle")])
    assert (error.reason, error.message) == ("timeout", "the fetch did not finish within 0.5 s")


def test_a_client_that_follows_redirects_itself_still_has_each_hop_checked(server, monkeypatch):
    monkeypatch.delenv("READOUT_ALLOW_PRIVATE_ADDRESSES")
    server.routes["/hop"] = Route(status=302, location="/news")
    server.routes["/news"] = Route(NEWS_PAGE.encode())
    _, (error,) = run([server.url("/hop")], client=httpx.Client(follow_redirects=True))
    assert error.reason == "private_address"


def test_redirect_to_another_scheme_is_refused_with_a_message(server):
    server.routes["/ftp"] = Route(status=302, location="ftp://files.example.org/report.txt")
    server.routes["/file"] = Route(status=301, location="file:///etc/passwd")
    _, errors = run([server.url("/ftp"), server.url("/file")])
    assert [(e.reason, e.message) for e in errors] == [
        ("bad_redirect", "the server redirected to a ftp URL (ftp://files.example.org/report.txt); only http and https redirects are followed"),
        ("bad_redirect", "the server redirected to a file URL (file:///etc/passwd); only http and https redirects are followed"),
    ]


def test_redirects_and_feed_links_to_private_addresses_are_refused_unless_allowed(server, monkeypatch):
    monkeypatch.delenv("READOUT_ALLOW_PRIVATE_ADDRESSES")
    server.routes["/news"] = Route(NEWS_PAGE.encode())
    server.routes["/hop"] = Route(status=302, location="/news")
    server.routes["/out"] = Route(status=302, location="http://169.254.169.254/latest/meta-data/")
    server.routes["/feed"] = Route(FEED.format(base=server.base, body=ARTICLE_BODY).encode(), content_type="application/rss+xml")
    documents, errors = run([server.url("/news"), server.url("/hop"), server.url("/out"), server.url("/feed")])
    # the page the user named is fetched; the feed's own content entry is read; links and redirects into private space are not
    assert [d.source for d in documents] == [server.url("/news"), server.url("/feed") + "#entry 1"]
    assert [(e.source, e.reason) for e in errors] == [
        (server.url("/hop"), "private_address"), (server.url("/out"), "private_address"),
        (server.url("/feed") + "#entry 2", "private_address"), (server.url("/feed") + "#entry 3", "bad_feed_entry"),
        (server.url("/feed") + "#entry 4", "private_address")]
    assert errors[0].line() == (f"{server.url('/hop')}: private_address: the redirect leads to 127.0.0.1, a loopback, link-local "
                                "or private address, which is not fetched (set READOUT_ALLOW_PRIVATE_ADDRESSES=1 to allow it)")
    assert errors[1].message.startswith("the redirect leads to 169.254.169.254")
    assert errors[2].message.startswith(f"the link leads to 127.0.0.1, a loopback") and errors[2].message.endswith(f"(fetching {server.url('/news')})")


def test_size_message_gives_the_real_size(server, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", "500")
    server.routes["/big"] = Route(NEWS_PAGE.encode())
    _, (error,) = run([server.url("/big")])
    assert error.message == f"the page is {len(NEWS_PAGE.encode()):,} bytes, over the size cap of 500 bytes"


def test_size_cap(server, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", "500")
    server.routes["/big"] = Route(NEWS_PAGE.encode())
    _, (error,) = run([server.url("/big")])
    assert error.reason == "too_large"


def test_feed_entries_from_content_or_link_and_broken_entries_reported(server):
    server.routes["/news"] = Route(NEWS_PAGE.encode())
    server.routes["/feed"] = Route(FEED.format(base=server.base, body=ARTICLE_BODY).encode(), content_type="application/rss+xml")
    documents, errors = run([server.url("/feed")])
    full, linked = documents
    assert (full.source, full.title, full.url, str(full.published), full.outlet) == (
        server.url("/feed") + "#entry 1", "Full entry", server.url("/full"), "2026-03-02", "Example Wire")
    assert full.text.startswith("The two foreign ministers met in Geneva")
    assert full.author == "Ana Li"
    # the linked page's own headline and structured date win over the feed entry's "Linked entry" and pubDate
    assert (linked.title, str(linked.published), linked.author) == ("Ministers agree to resume talks", "2026-02-05", "Jane Roe")
    assert linked.raw == NEWS_PAGE.encode()
    assert [(e.source, e.reason) for e in errors] == [
        (server.url("/feed") + "#entry 3", "bad_feed_entry"), (server.url("/feed") + "#entry 4", "http_status")]
    assert errors[1].message == f"the server answered HTTP 404 Not Found (fetching {server.url('/gone')})"


def test_feed_file_and_a_feed_with_no_entries(tmp_path, server):
    server.routes["/news"] = Route(NEWS_PAGE.encode())
    path = tmp_path / "wire.rss"
    path.write_text(FEED.format(base=server.base, body=ARTICLE_BODY))
    (tmp_path / "broken.xml").write_text("<rss><channel><title>x</title>")
    documents, errors = split(list(read_sources([path, tmp_path / "broken.xml"])))
    assert [d.title for d in documents] == ["Full entry", "Ministers agree to resume talks"]
    assert (errors[-1].source, errors[-1].reason) == (str(tmp_path / "broken.xml"), "bad_feed")


def test_not_a_url_scheme_is_not_fetched(tmp_path):
    documents, (error,) = split(list(read_sources([tmp_path / "ftp:" / "x.txt"])))
    assert error.reason == "not_found"


@pytest.mark.parametrize("url", ["http://", "https://exa mple.org/\x00"])
def test_invalid_urls(url):
    _, (error,) = run([url])
    assert error.reason == "unreachable"


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom Desk</title><id>urn:example:desk</id>
<updated>2026-05-01T00:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:example:1</id><link href="https://desk.example.org/1"/>
<published>2026-05-01T09:00:00Z</published><author><name>Bo Chen</name></author>
<content type="html">{body}</content></entry>
</feed>"""


def test_atom_feed_file_uses_the_entry_content_without_fetching(tmp_path):
    from html import escape

    path = tmp_path / "desk.atom"
    path.write_text(ATOM.format(body=escape(ARTICLE_BODY)))
    (document,), errors = split(list(read_sources([path])))
    assert errors == []
    assert (document.source, document.title, document.author, str(document.published), document.outlet, document.url) == (
        f"{path}#entry 1", "Atom entry", "Bo Chen", "2026-05-01", "Example Atom Desk", "https://desk.example.org/1")
    assert document.text.startswith("The two foreign ministers met in Geneva") and document.raw is None


def test_a_compressed_page_is_inflated_only_up_to_the_cap(server, monkeypatch):
    monkeypatch.setenv("READOUT_MAX_BYTES", "100000")
    server.routes["/bomb"] = Route(gzip.compress(b"<p>" + b"x" * 20_000_000), headers={"Content-Encoding": "gzip"})
    server.routes["/gz"] = Route(gzip.compress(NEWS_PAGE.encode()), headers={"Content-Encoding": "gzip"})
    (document,), (error,) = run([server.url("/bomb"), server.url("/gz")])
    assert (error.reason, error.message) == ("too_large", "the page is more than 100,000 bytes, over the size cap of 100,000 bytes")
    assert document.title == "Ministers agree to resume talks" and document.raw == NEWS_PAGE.encode()


def test_feed_authors_are_peoples_names(tmp_path):
    from html import escape

    feed = ATOM.format(body=escape(ARTICLE_BODY)).replace("<name>Bo Chen</name>", "<name>By Bo Chen and Di Egan</name>")
    desk = ATOM.format(body=escape(ARTICLE_BODY)).replace("<name>Bo Chen</name>", "<name>Example Atom Desk</name>")
    (tmp_path / "a.atom").write_text(feed)
    (tmp_path / "b.atom").write_text(desk)
    documents, _ = split(list(read_sources([tmp_path / "a.atom", tmp_path / "b.atom"])))
    assert [d.author for d in documents] == ["Bo Chen, Di Egan", None]
