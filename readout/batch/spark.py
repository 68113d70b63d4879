"""The Spark engine: the job's steps (``job``) as Spark stages, the link as a second Spark job (``link_job``).

Splits are read and analyzed inside Spark tasks; a Python worker process loads
the spaCy pipeline the first time it analyzes and keeps it (workers are reused,
``spark.python.worker.reuse``). Copies of a text are found by grouping on the
document id, near copies by joining the MinHash LSH band keys as DataFrames.
Tasks write their own Parquet files (named by part, so a retried task
overwrites its files), so the output folder must be one every executor can
write: a local folder with ``local[N]``, a shared mount on a cluster.
"""

from __future__ import annotations

import importlib.util
import math
import os
import shutil
import sys
import time
from collections.abc import Sequence
from importlib import resources

from readout.batch import minhash
from readout.batch.job import BatchSummary, Ingested, PartResult, account, analyze_part, finish, keep_first, with_original
from readout.batch.link_job import spark_link
from readout.batch.splits import Split
from readout.errors import ExtraMissingError

PYSPARK_HINT = "install the extra: pip install 'readout[spark]' (./install does)"
JAVA_HINT = "install Java 17 (Debian: apt-get install openjdk-17-jre-headless; ./install does when run as root) or set JAVA_HOME"


def missing() -> str | None:
    """Why the Spark engine cannot run here (pyspark or Java missing), or None."""
    if importlib.util.find_spec("pyspark") is None:
        return f"pyspark is not installed ({PYSPARK_HINT})"
    java_home = os.environ.get("JAVA_HOME")
    if not (java_home and os.path.exists(os.path.join(java_home, "bin", "java"))) and shutil.which("java") is None:
        return f"Java is not installed: Spark needs a Java 17 runtime ({JAVA_HINT})"
    return None


def check_available() -> None:
    reason = missing()
    if reason:
        raise ExtraMissingError(f"the spark engine cannot run: {reason}", source="--engine spark")


def session(master: str | None = None):
    """A Spark session with Spark's own log kept to errors (readout reports what matters itself)."""
    check_available()
    from pyspark.sql import SparkSession

    log_config = resources.files("readout.batch").joinpath("data/log4j2.properties")
    java_options = f"-Dlog4j2.configurationFile=file:{log_config}"
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # the driver's JVM starts before the builder's settings apply: its log settings go on its command line
    os.environ.setdefault("PYSPARK_SUBMIT_ARGS", f'--conf "spark.driver.extraJavaOptions={java_options}" pyspark-shell')
    builder = (
        SparkSession.builder.master(master or "local[*]").appName("readout batch")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.driver.extraJavaOptions", java_options)
        .config("spark.executor.extraJavaOptions", java_options)
    )
    if (master or "local[*]").startswith("local"):
        # one machine: Spark's driver on the loopback address, whatever the host name resolves to
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.conf.set("spark.sql.shuffle.partitions", str(max(1, spark.sparkContext.defaultParallelism)))
    return spark


def _is_document(item) -> bool:
    return isinstance(item, Ingested)


def near_duplicates(spark, kept) -> dict[str, str]:
    """{copy: original}: band keys joined as DataFrames, candidates checked on the whole signature."""
    from pyspark.sql import functions as F

    bands = kept.filter(lambda i: i.signature is not None).flatMap(
        lambda i: [(i.document.id, i.order[0], i.order[1], band, key) for band, key in minhash.band_keys(i.signature)])
    frame = spark.createDataFrame(bands, "doc_id string, split long, position long, band int, key long")
    signatures = spark.createDataFrame(kept.filter(lambda i: i.signature is not None).map(lambda i: (i.document.id, list(i.signature))),
                                       "doc_id string, minhash array<long>")
    a, b = frame.alias("a"), frame.alias("b")
    earlier = (F.col("a.split") < F.col("b.split")) | ((F.col("a.split") == F.col("b.split")) & (F.col("a.position") < F.col("b.position")))
    pairs = (a.join(b, (F.col("a.band") == F.col("b.band")) & (F.col("a.key") == F.col("b.key")) & earlier)
             .select(F.col("a.doc_id").alias("original"), F.col("a.split").alias("split"), F.col("a.position").alias("position"),
                     F.col("b.doc_id").alias("copy")).distinct())
    sa, sb = signatures.alias("sa"), signatures.alias("sb")
    same = F.aggregate(F.zip_with(F.col("sa.minhash"), F.col("sb.minhash"), lambda x, y: F.when(x == y, 1).otherwise(0)), F.lit(0), lambda acc, v: acc + v)
    checked = (pairs.join(sa, F.col("original") == F.col("sa.doc_id")).join(sb, F.col("copy") == F.col("sb.doc_id"))
               .where(same.cast("double") / F.size(F.col("sa.minhash")) >= minhash.THRESHOLD)
               .groupBy("copy").agg(F.min(F.struct("split", "position", "original")).alias("first")))
    return {row["copy"]: row["first"]["original"] for row in checked.collect()}


def run_spark(splits: Sequence[Split], out: str, rejects: list[dict], master: str | None = None, part_docs: int = 256) -> BatchSummary:
    from pyspark import StorageLevel

    started = time.perf_counter()
    summary = BatchSummary(engine="spark", out=out, splits=len(splits))
    spark = session(master)
    try:
        sc = spark.sparkContext
        items = sc.parallelize(list(splits), max(len(splits), 1)).flatMap(_ingest).persist()
        rejects += items.filter(lambda i: not _is_document(i)).collect()
        documents = items.filter(_is_document)
        summary.read = documents.count()
        since = summary.stage("ingest", started)  # the JVM's and the Python workers' start included
        firsts = documents.map(lambda i: (i.document.id, i)).groupByKey(sc.defaultParallelism).map(lambda kv: keep_first(kv[1])).persist()
        rejects += firsts.flatMap(lambda kept: kept[1]).collect()
        kept = firsts.map(lambda kept: kept[0]).persist()
        count = kept.count()
        since = summary.stage("copies", since)
        originals = sc.broadcast(near_duplicates(spark, kept))
        since = summary.stage("near copies (band join)", since)
        summary.parts = max(1, math.ceil(count / part_docs))
        ordered = kept.map(lambda i: with_original(i, originals.value)).sortBy(lambda i: i.order, numPartitions=summary.parts)
        # The analyses are the job's dearest data: kept on disk when memory runs short, never evicted and analyzed again
        results = ordered.mapPartitionsWithIndex(lambda n, part: [analyze_part(f"{n:05d}", list(part), out)]).persist(StorageLevel.MEMORY_AND_DISK)
        rejects += results.flatMap(lambda r: r.rejects).collect()
        account(summary, results.map(lambda r: PartResult(cpu_seconds=r.cpu_seconds, process=r.process)).collect())
        analyzed = results.flatMap(lambda r: r.analyzed).persist(StorageLevel.MEMORY_AND_DISK)
        analyzed.count()
        results.unpersist()
        items.unpersist()
        firsts.unpersist()
        since = summary.stage("analyze and write", since)
        result, published = spark_link(sc, analyzed, summary.stage_seconds)
        summary.stage("link", since)
        near = sum(1 for doc_id in originals.value if doc_id in published)  # copies the analyzer did not skip
        return finish(summary, out, rejects, result, published, near, started)
    finally:
        spark.stop()


def _ingest(split: Split):
    from readout.batch.job import ingest_split

    return ingest_split(split)
