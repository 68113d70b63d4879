"""What each part of the analyzer costs: the tokenizer, every pipeline component, building the Analysis.

    .venv/bin/python benchmarks/analyzer_components.py [--repeat 3] [--rounds 3] [PATH ...]

Same corpus as throughput.py. The documents go through the pipeline one stage
at a time (each component over the whole batch, with its own ``pipe`` when it
has one, as ``nlp.pipe`` does), timing every stage by CPU time. Prints each
stage's seconds and its share of the total, and the share of the bare spaCy
components against readout's.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from throughput import corpus

from readout.analyze.analyzer import _make_doc, analysis_from_doc
from readout.analyze.nlp import load_base, shared_pipeline


def stage_costs(nlp, documents, batch_size: int = 16) -> dict[str, float]:
    """CPU seconds per stage for one pass over ``documents``."""
    costs: dict[str, float] = defaultdict(float)
    for at in range(0, len(documents), batch_size):
        batch = documents[at : at + batch_size]
        start = time.process_time()
        docs = [_make_doc(nlp, d) for d in batch]
        costs["tokenizer"] += time.process_time() - start
        for name, proc in nlp.pipeline:
            start = time.process_time()
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
            costs[name] += time.process_time() - start
        start = time.process_time()
        for doc in docs:
            analysis_from_doc(doc)
        costs["Analysis objects"] += time.process_time() - start
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    documents = corpus(args.paths) * args.repeat
    nlp = shared_pipeline()  # as the CLI and the batch workers load it
    bare = set(load_base().pipe_names)
    stage_costs(nlp, documents)  # warm up: lazily loaded data (the unit registry), the memo of memoized.py
    total: dict[str, float] = defaultdict(float)
    for _ in range(args.rounds):
        for name, seconds in stage_costs(nlp, documents).items():
            total[name] += seconds
    overall = sum(total.values())
    print(f"documents: {len(documents)} x {args.rounds} rounds, {overall:.2f} s CPU in all")
    print(f"{'stage':28} {'CPU s':>8} {'share':>7}")
    for name, seconds in total.items():
        print(f"{name:28} {seconds:8.2f} {seconds / overall:7.1%}")
    spacy_part = sum(s for n, s in total.items() if n in bare or n == "tokenizer")
    print(f"{'spaCy (tokenizer + bare)':28} {spacy_part:8.2f} {spacy_part / overall:7.1%}")
    print(f"{'readout':28} {overall - spacy_part:8.2f} {(overall - spacy_part) / overall:7.1%}")


if __name__ == "__main__":
    main()
