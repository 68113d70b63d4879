"""What each part of the analyzer costs: the tokenizer, every pipeline component, building the Analysis.

    .venv/bin/python benchmarks/analyzer_components.py [--repeat 3] [--rounds 3] [--bare] [PATH ...]

Same corpus as throughput.py. The documents go through the pipeline one stage
at a time (each component over the whole batch, with its own ``pipe`` when it
has one, as ``nlp.pipe`` does), timing every stage by CPU time. Prints each
stage's seconds and its share of the total, its least CPU time over the rounds
(a pass), the share of the bare spaCy components against readout's, and
readout's extractors one row each, costliest first, by their least time a pass.

``--bare`` also times the bare spaCy pipeline's stages the same way, in rounds
alternating with the analyzer's, and prints the ratio read from each stage's
least CPU time over the rounds (sum for the bare pipeline / sum for the
analyzer). On a shared machine another job's load only ever adds time, so a
stage's minimum is the steadiest reading of its cost; throughput.py's ratio of
sums moves with the load between rounds.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from throughput import corpus

from readout.analyze.analyzer import _make_doc, analysis_from_doc
from readout.analyze.nlp import load_base, shared_pipeline


def stage_costs(nlp, documents, batch_size: int = 16, analysis: bool = True) -> dict[str, float]:
    """CPU seconds per stage for one pass over ``documents`` (``analysis``: also build the Analysis objects)."""
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
        if analysis:
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
    parser.add_argument("--bare", action="store_true", help="also time the bare pipeline; print the ratio of the stages' minima")
    args = parser.parse_args()
    documents = corpus(args.paths) * args.repeat
    nlp = shared_pipeline()  # as the CLI and the batch workers load it
    base = load_base()
    bare = set(base.pipe_names)
    stage_costs(nlp, documents)  # warm up: lazily loaded data (the unit registry), the memos
    if args.bare:
        stage_costs(base, documents)
    total: dict[str, float] = defaultdict(float)
    least: dict[str, float] = {}
    least_bare: dict[str, float] = {}
    for _ in range(args.rounds):
        if args.bare:
            for name, seconds in stage_costs(base, documents, analysis=False).items():
                least_bare[name] = min(least_bare.get(name, seconds), seconds)
        for name, seconds in stage_costs(nlp, documents).items():
            total[name] += seconds
            least[name] = min(least.get(name, seconds), seconds)
    overall = sum(total.values())
    spacy_stages = [n for n in total if n in bare or n == "tokenizer"]
    ours_stages = [n for n in total if n not in spacy_stages]  # readout's components and the Analysis objects
    print(f"documents: {len(documents)} x {args.rounds} rounds, {overall:.2f} s CPU in all")
    print(f"{'stage':28} {'CPU s':>8} {'share':>7} {'least a pass':>13}" + (f" {'bare, least':>12}" if args.bare else ""))
    for name, seconds in total.items():
        print(f"{name:28} {seconds:8.2f} {seconds / overall:7.1%} {least[name]:13.3f}"
              + (f" {least_bare[name]:12.3f}" if args.bare and name in least_bare else ""))
    for name in (n for n in least_bare if n not in total):  # bare stages the analyzer replaces
        print(f"{name:28} {'-':>8} {'-':>7} {'-':>13} {least_bare[name]:12.3f}")
    spacy_part = sum(total[n] for n in spacy_stages)
    ours_part = overall - spacy_part
    print(f"{'spaCy (tokenizer + bare)':28} {spacy_part:8.2f} {spacy_part / overall:7.1%} {sum(least[n] for n in spacy_stages):13.3f}")
    print(f"{'readout':28} {ours_part:8.2f} {ours_part / overall:7.1%} {sum(least[n] for n in ours_stages):13.3f}")
    print("readout's stages (extractors, memos, Analysis objects), least CPU ms a pass, costliest first:")
    for name in sorted(ours_stages, key=lambda n: -least[n]):
        print(f"  {name:26} {1000 * least[name]:8.1f} ms {least[name] / sum(least.values()):7.1%}")
    if args.bare:
        theirs, ours = sum(least_bare.values()), sum(least.values())
        print(f"least CPU s per pass, stage by stage: bare spaCy {theirs:.3f}, analyzer {ours:.3f}")
        print(f"ratio (readout / bare) read from the stages' minima: {theirs / ours:.3f}")


if __name__ == "__main__":
    main()
