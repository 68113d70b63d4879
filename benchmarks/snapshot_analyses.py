"""The analyses of a fixed set of texts as JSON lines, for checking that a speed-up changes no output.

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/snapshot_analyses.py OUT.jsonl [--no-polnear] [--train N]
    cmp BEFORE.jsonl AFTER.jsonl

The texts are the throughput corpus (the examples and, when present, the seed articles) and the
PolNeAR dev articles (../shared/eval/polnear/dev, when present), and with ``--train N`` the first N
PolNeAR training texts (longer, more opinion: more of the rules fire): one line per document, the
``Analysis`` as ``model_dump_json`` writes it. Run it on the commit before a change and on the change,
under the same fixed hash seed, and compare the files byte for byte; docs/benchmarks.md says what else
is compared (the briefs of the examples and seeds, ``readout eval`` on the seeds' gold file).
"""

from __future__ import annotations

import argparse

from throughput import ROOT, corpus

from readout.analyze.analyzer import analyze_many
from readout.analyze.nlp import load_pipeline
from readout.errors import ReadoutError
from readout.eval.polnear import load_articles
from readout.model import Document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--no-polnear", action="store_true", help="only the throughput corpus")
    parser.add_argument("--train", type=int, default=0, help="also the first N PolNeAR training texts")
    args = parser.parse_args()
    documents = corpus([])
    if not args.no_polnear:
        try:
            articles = load_articles()
        except ReadoutError as exc:
            print(f"PolNeAR dev articles left out: {exc}")
            articles = []
        published = documents[0].published if documents else None
        documents += [Document(id=f"polnear-{i}", source="polnear", text=a.text, published=published) for i, a in enumerate(articles)]
    if args.train:
        paths = sorted((ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text").glob("*.txt"))[: args.train]
        published = documents[0].published if documents else None
        documents += [Document(id=f"polnear-train-{p.stem}", source="polnear", text=p.read_text(encoding="utf-8"), published=published)
                      for p in paths]
    with open(args.out, "w", encoding="utf-8") as out:
        for analysis in analyze_many(documents, load_pipeline()):
            out.write((analysis.model_dump_json() if not isinstance(analysis, ReadoutError) else f"error: {analysis}") + "\n")
    print(f"{len(documents)} documents -> {args.out}")


if __name__ == "__main__":
    main()
