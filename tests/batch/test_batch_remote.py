"""``readout batch`` over inputs named by URL (read through fsspec): a WARC.gz served over HTTP by a server of the test.

Nothing leaves the machine: the server listens on 127.0.0.1 and answers byte
ranges (range_server), the unreachable input is a closed port of 127.0.0.1.
"""

from __future__ import annotations

import importlib
import json
import socket
import sys
from dataclasses import replace
from pathlib import Path

import corpus
import fsspec
import pytest
from conftest import canonical, spark_missing
from range_server import FlakyHandler, RangeHandler, SlowHandler, WholeHandler, serving
from typer.testing import CliRunner

from readout.batch import job, splits, tables
from readout.cli import app
from readout.errors import ExtraMissingError

ARTICLES = 14


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A small archive with its faults (a corrupt record, a French page, a huge page, copies), on disk and over HTTP."""
    folder = tmp_path_factory.mktemp("served")
    path = folder / "news.warc.gz"
    corpus.write_warc(path, ARTICLES, faults=True, huge_bytes=21 * 1024 * 1024)
    with serving(folder) as base:
        yield path, f"{base}/news.warc.gz", base


def _split_bytes(path: Path) -> int:
    return path.stat().st_size // 3


@pytest.fixture(scope="module")
def disk_run(served, tmp_path_factory):
    path, _, _ = served
    out = tmp_path_factory.mktemp("disk") / "tables"
    job.run([path], out, engine="local", workers=1, split_bytes=_split_bytes(path), part_docs=8)
    return out


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_on_disk(rows: list[dict], url: str, path: Path) -> list[dict]:
    """Rows with the URL written as the file's path (in sources, and messages naming them): all that says where a file was read."""
    return [{k: v.replace(url, str(path)) if isinstance(v, str) else v for k, v in r.items()} for r in rows]


@pytest.mark.parametrize("engine", ["local", "spark"])
def test_a_warc_served_over_http_and_cut_gives_the_rows_of_the_same_file_on_disk(engine, served, disk_run, tmp_path):
    if engine == "spark" and (reason := spark_missing()):
        pytest.skip(reason)
    path, url, base = served
    missing, unreachable = f"{base}/gone.warc.gz", f"http://127.0.0.1:{_closed_port()}/news.warc.gz"
    out = tmp_path / "tables"
    RangeHandler.ranges.clear()
    options = {"workers": 1} if engine == "local" else {"master": "local[2]"}
    summary = job.run([url, missing, unreachable], out, engine=engine, split_bytes=_split_bytes(path), part_docs=8, **options)
    on_disk, _ = splits.plan_splits([path], _split_bytes(path))
    assert summary.splits == len(on_disk) >= 2 and summary.documents == ARTICLES + 1  # the near copy is a document; the exact copy is not
    # the boundary scans and the splits after the first were read from their offsets, not from the file's start
    assert any(not r.startswith("bytes=0-") for r in RangeHandler.ranges)
    rejects = tables.read(out, "rejects").to_pylist()
    failed = [(r["source"], r["reason"], r["message"]) for r in rejects if r["source"] in (missing, unreachable)]
    assert failed[0] == (missing, "not_found", "the server answered HTTP 404")
    assert failed[1][:2] == (unreachable, "unreachable") and failed[1][2].startswith("the input cannot be reached (ClientConnectorError")
    assert len(failed) == 2
    assert {r["source"].split("#")[0] for r in tables.read(out, "documents").to_pylist()} == {
        f"{url}@{s.start}" for s in on_disk}
    for name in tables.ANALYSIS_TABLES + tables.LINK_TABLES + ("rejects",):
        got = _as_on_disk([r for r in tables.read(out, name).to_pylist() if r.get("source") not in (missing, unreachable)], url, path)
        assert canonical(got) == canonical(tables.read(disk_run, name).to_pylist()), name


def test_a_remote_file_missing_when_its_split_is_read_is_a_reject_of_that_split(served, tmp_path):
    _, _, base = served
    (tmp_path / "late.jsonl").write_text('{"text": "An article read over the web. ' + "Words of the article go on here. " * 8 + '"}\n')
    with serving(tmp_path) as other:
        cut, errors = splits.plan_splits([f"{other}/late.jsonl"])
        assert errors == [] and [d.source for d in splits.read_split(cut[0])] == [f"{other}/late.jsonl:1"]
        (tmp_path / "late.jsonl").unlink()
        [error] = list(splits.read_split(cut[0]))
    assert (error.source, error.reason, error.message) == (f"{other}/late.jsonl", "not_found", "the server answered HTTP 404")


def test_a_file_system_whose_package_is_missing_names_the_input_and_the_extra(tmp_path, monkeypatch):
    registry = importlib.import_module("fsspec.registry")._registry
    monkeypatch.delitem(registry, "http", raising=False)  # as if never loaded
    monkeypatch.setitem(sys.modules, "fsspec.implementations.http", None)  # aiohttp's file system not installed
    result = CliRunner().invoke(app, ["batch", "README.md", "https://data.example/CC-NEWS-1.warc.gz", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("error: https://data.example/CC-NEWS-1.warc.gz: extra_missing: reading https:// inputs needs a package "
                                     "that is not installed (HTTPFileSystem requires \"requests\" and \"aiohttp\" to be installed) "
                                     "(pip install 'readout[http]')")
    assert not (tmp_path / "out").exists()
    monkeypatch.delitem(registry, "gcs", raising=False)
    monkeypatch.setitem(sys.modules, "gcsfs", None)  # no readout extra: fsspec's own message names the package
    with pytest.raises(ExtraMissingError) as raised:
        job.run(["gcs://bucket/news/"], tmp_path / "out")
    assert raised.value.line() == ("gcs://bucket/news/: extra_missing: reading gcs:// inputs needs a package that is not installed "
                                   "(Please install gcsfs to access Google Storage) (install the fsspec back end for gcs://)")
    assert not (tmp_path / "out").exists()


def test_remote_folders_and_globs_are_walked_as_local_ones_and_unknown_schemes_are_refused_by_name():
    memory = fsspec.filesystem("memory")
    text = "Words of the article go on here. " * 8
    for name in ("news/CC-NEWS-1.jsonl", "news/CC-NEWS-2.jsonl", "news/sub/other.jsonl", "news/.hidden/x.jsonl", "news/notes.pdf"):
        memory.pipe(f"/readout-test/{name}", f'{{"text": "{name}: {text}"}}\n'.encode())
    try:
        cut, errors = splits.plan_splits(["memory:///readout-test/news", "memory:///readout-test/news/CC-NEWS-*.jsonl",
                                          "memory:///readout-test/none-*.jsonl", "nosuchfs://host/a.warc.gz"])
        assert [s.path for s in cut] == [f"memory:///readout-test/news/{n}" for n in
                                         ("CC-NEWS-1.jsonl", "CC-NEWS-2.jsonl", "sub/other.jsonl", "CC-NEWS-1.jsonl", "CC-NEWS-2.jsonl")]
        assert [(e.source, e.reason, e.message.split(" (")[0]) for e in errors] == [
            ("memory:///readout-test/none-*.jsonl", "not_found", "no file or folder matches the pattern"),
            ("nosuchfs://host/a.warc.gz", "unsupported", "no file system reads nosuchfs:// URLs")]
        assert [d.source for d in splits.read_split(cut[2])] == ["memory:///readout-test/news/sub/other.jsonl:1"]
    finally:
        memory.rm("/readout-test", recursive=True)


def test_hdfs_without_java_or_libhdfs_says_what_to_set_before_any_work(tmp_path, monkeypatch):
    import pyarrow.fs

    def no_libhdfs(*args, **kwargs):
        raise OSError("Unable to load libhdfs: ./libhdfs.so: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(pyarrow.fs, "HadoopFileSystem", no_libhdfs)
    with pytest.raises(ExtraMissingError) as raised:
        job.run(["hdfs://namenode:8020/news/"], tmp_path / "out")
    assert raised.value.line() == (
        "hdfs://namenode:8020/news/: extra_missing: reading hdfs:// inputs needs a native library that cannot be loaded "
        "(Unable to load libhdfs: ./libhdfs.so: cannot open shared object file: No such file or directory) "
        "(hdfs:// is read by pyarrow, which needs a Java runtime and Hadoop's libhdfs on every machine: set JAVA_HOME, "
        "ARROW_LIBHDFS_DIR (or HADOOP_HOME) and CLASSPATH=$(hadoop classpath --glob))")
    assert not (tmp_path / "out").exists()


def test_a_server_that_answers_no_byte_ranges_has_its_files_read_whole(served):
    path, _, _ = served
    with serving(path.parent, WholeHandler) as base:
        cut, errors = splits.plan_splits([f"{base}/{path.name}"], split_bytes=_split_bytes(path))
        assert errors == [] and [(s.start, s.end) for s in cut] == [(0, None)]
        read = [d for d in splits.read_split(cut[0])]
    on_disk = [d for s in splits.plan_splits([path], split_bytes=path.stat().st_size)[0] for d in splits.read_split(s)]
    assert [(type(d).__name__, d.source.replace(f"{base}/", f"{path.parent}/"), getattr(d, "text", str(d))) for d in read] == [
        (type(d).__name__, d.source, getattr(d, "text", str(d))) for d in on_disk]
    assert len(on_disk) == ARTICLES + 5


def test_s3_is_read_by_pyarrow_with_the_options_of_fsspec_s3_and_its_retries(tmp_path, monkeypatch):
    import pyarrow.fs
    from fsspec.implementations.arrow import ArrowFSWrapper

    from readout.batch import remote
    from readout.errors import UsageError

    conf = importlib.import_module("fsspec.config").conf
    monkeypatch.setitem(conf, "s3", {"anonymous": True, "region": "us-east-1"})
    fs, path = remote.filesystem("s3a://commoncrawl/crawl-data/CC-NEWS/2026/03/")  # made, not contacted
    assert isinstance(fs, ArrowFSWrapper) and path == "commoncrawl/crawl-data/CC-NEWS/2026/03/"
    assert fs.fs.region == "us-east-1"
    made = []
    monkeypatch.setattr(pyarrow.fs, "S3FileSystem", lambda **options: made.append(options) or pyarrow.fs.LocalFileSystem())
    monkeypatch.setenv("READOUT_REMOTE_RETRIES", "5")
    remote.filesystem("s3://commoncrawl/")
    [options] = made  # passing failures are left to the AWS SDK, which counts the first attempt too
    assert type(options["retry_strategy"]).__name__ == "AwsStandardS3RetryStrategy" and options["retry_strategy"].max_attempts == 6
    monkeypatch.undo()
    monkeypatch.setitem(conf, "s3", {"anon": True})  # s3fs's name, not pyarrow's
    with pytest.raises(UsageError) as raised:
        job.run(["s3://commoncrawl/crawl-data/CC-NEWS/"], tmp_path / "out")
    assert raised.value.source == "FSSPEC_S3" and raised.value.message.startswith("FSSPEC_S3 holds an option pyarrow's S3FileSystem does not take")
    assert not (tmp_path / "out").exists()


def test_passing_failures_are_tried_again_and_a_server_that_stays_down_is_one_reject_while_a_404_is_asked_once(served, disk_run, tmp_path):
    path, _, _ = served
    for name in ("flaky", "down"):
        (tmp_path / name).mkdir()
        (tmp_path / name / path.name).write_bytes(path.read_bytes())
    FlakyHandler.requests.clear()
    FlakyHandler.failed.clear()
    with serving(tmp_path, FlakyHandler) as base:
        flaky, down, gone = f"{base}/flaky/{path.name}", f"{base}/down/{path.name}", f"{base}/gone.warc.gz"
        summary = job.run([flaky, down, gone], tmp_path / "tables", engine="local", workers=1, split_bytes=_split_bytes(path), part_docs=8)
    # every range, HEAD and plain GET under /flaky/ failed once (503 and dropped connections in turn), and was asked again
    assert len(FlakyHandler.failed) > summary.splits >= 2
    assert {(r["source"], r["reason"], r["message"]) for r in tables.read(tmp_path / "tables", "rejects").to_pylist()
            if "#" not in r["source"]} == {  # no input nor split failed, but the one that stayed down and the missing one
        (down, "http_status", "the server answered HTTP 503 (tried 4 times)"),  # READOUT_REMOTE_RETRIES=3
        (gone, "not_found", "the server answered HTTP 404")}
    assert FlakyHandler.requests.count(f"/{down.split('/', 3)[3]}") == 4 * 2  # four attempts, each a HEAD then a GET (fsspec's info)
    assert FlakyHandler.requests.count("/gone.warc.gz") == 2  # one HEAD, one GET: a 404 is not asked again
    for name in tables.ANALYSIS_TABLES + tables.LINK_TABLES + ("rejects",):
        got = _as_on_disk([r for r in tables.read(tmp_path / "tables", name).to_pylist() if r.get("source") not in (down, gone)], flaky, path)
        assert canonical(got) == canonical(tables.read(disk_run, name).to_pylist()), name


def test_a_split_whose_server_goes_down_after_the_cut_is_a_reject_naming_the_split_after_the_retries(served, tmp_path, monkeypatch):
    path, _, _ = served
    (tmp_path / "down").mkdir()
    (tmp_path / "down" / path.name).write_bytes(path.read_bytes())
    with serving(tmp_path) as base:
        cut, errors = splits.plan_splits([f"{base}/down/{path.name}"], split_bytes=_split_bytes(path))
    assert errors == [] and len(cut) >= 2
    monkeypatch.setenv("READOUT_REMOTE_RETRIES", "2")
    FlakyHandler.requests.clear()
    with serving(tmp_path, FlakyHandler) as moved:  # the same file, now on a server that answers 503 to all
        split = replace(cut[1], path=cut[1].path.replace(base, moved))
        [error] = list(splits.read_split(split))
    assert (error.source, error.reason, error.message) == (
        f"{moved}/down/{path.name}@{split.start}", "http_status", "the server answered HTTP 503 (tried 3 times)")
    assert len(FlakyHandler.requests) == 3 * 2


def test_a_server_that_stops_sending_is_given_up_after_the_timeout_and_asked_again_while_a_slow_steady_one_is_read_whole(tmp_path, monkeypatch):
    text = "An article read over a slow link." + " Words of the article go on here." * 8
    line = json.dumps({"text": text}) + "\n"
    for name in ("stall", "trickle"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "news.jsonl").write_text(line)
    monkeypatch.setenv("READOUT_REMOTE_TIMEOUT", "1")
    monkeypatch.setenv("READOUT_REMOTE_BACKOFF", "0.1")
    SlowHandler.requests.clear()
    with serving(tmp_path, SlowHandler) as base:
        stalled, trickled = f"{base}/stall/news.jsonl", f"{base}/trickle/news.jsonl"
        cut, errors = splits.plan_splits([stalled, trickled])
        assert errors == []
        read = [d for split in cut for d in splits.read_split(split)]
    # the stalled GET was given up after a second of silence and asked again (not waited out for 20 s)
    assert SlowHandler.requests.count("/stall/news.jsonl") == 2
    # the trickle took longer than the timeout in all (a pause after every 40 of its bytes) and was read once, whole
    assert SlowHandler.requests.count("/trickle/news.jsonl") == 1 and len(line) / 40 * SlowHandler.pause > 1
    assert [(d.source, d.text) for d in read] == [(f"{stalled}:1", text), (f"{trickled}:1", text)]
