"""Whatever bytes or markup a user feeds in, ingest returns a Document or raises IngestError, nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readout.errors import IngestError
from readout.ingest.jsonl import line_document
from readout.ingest.pages import page_document, page_from_text
from readout.ingest.sources import read_sources
from readout.model import Document

PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TAGS = ["html", "head", "body", "title", "meta", "p", "div", "article", "nav", "script", "style", "a", "br", "table", "td", "!--", "![CDATA["]
words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
attributes = st.lists(st.tuples(st.sampled_from(["class", "lang", "charset", "content", "name", "href"]), words), max_size=3)


@st.composite
def html_fragments(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        choice = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(TAGS))
        if choice == 0:
            attrs = "".join(f' {k}="{v}"' for k, v in draw(attributes))
            parts.append(f"<{tag}{attrs}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        elif choice == 2:
            parts.append(draw(words))
        else:
            parts.append(draw(st.sampled_from(["<", ">", "&amp;", "&#x0;", "&#99999999;", "\x00", "<p", "</", "<!DOCTYPE html>"])))
    return "".join(parts)


def check(call) -> None:
    try:
        result = call()
    except IngestError as exc:
        assert exc.reason and exc.source
        return
    assert isinstance(result, Document)
    assert result.text and result.id


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=3000), kind=st.sampled_from(["text", "html", "markdown"]))
def test_random_bytes(data, kind):
    check(lambda: page_document(data, "random.bin", kind))


@PROPERTY_SETTINGS
@given(fragment=html_fragments())
def test_random_html_fragments(fragment):
    check(lambda: page_from_text(fragment, "fragment.html", "html"))
    check(lambda: page_document(fragment.encode("utf-8", "surrogatepass"), "fragment.html", "html"))


@PROPERTY_SETTINGS
@given(line=st.one_of(st.binary(max_size=300), st.builds(lambda f: ('{"html": %r}' % f).encode("utf-8", "replace"), html_fragments())))
def test_random_jsonl_lines(line):
    check(lambda: line_document(line, "items.jsonl:1"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".warc", ".warc.gz", ".rss", ".jsonl", ".txt.gz", ".html"]))
def test_random_files_never_stop_a_batch(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        results = list(read_sources([path]))
    assert all(isinstance(r, Document | IngestError) for r in results)
    assert all(not isinstance(r, IngestError) or r.reason != "unreadable" for r in results), [r.line() for r in results]
