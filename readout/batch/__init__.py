"""Batch runs: many articles read, analyzed and linked into Parquet tables, in a process pool or on Spark.

``job.run`` is the entry point (the pipeline façade's ``run_batch``); ``load``
puts a batch's tables into the store. docs/batch.md describes the tables.
"""
