"""The memoized attribute ruler and lemmatizer on text it has not seen: cost against the two originals.

    .venv/bin/python benchmarks/memo_cold.py [--articles 240] [--batch 40]

Real firehose text brings new words, so the memo of ``analyze/memoized.py`` misses on part of
every document. This starts with an empty memo and passes PolNeAR training articles (which
nothing else in this script has read) through it batch by batch, after spaCy's tok2vec, tagger
and parser. Each batch is annotated twice, on copies of the same parsed docs: by spaCy's
``attribute_ruler`` and ``lemmatizer`` (the baseline) and by the memo, by CPU time, each side with its
own lemmatizer cache kept from batch to batch (as in two processes).
Prints per batch the share of tokens that missed and the memo's cost as a share of the
originals'. Needs ../shared/eval/polnear.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from readout.analyze.nlp import load_base

ROOT = Path(__file__).resolve().parents[1]


def unseen_articles(description: str) -> tuple[list[str], int]:
    """The PolNeAR training articles and the batch size the command line asks for (the cold-memo benchmarks share it)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--batch", type=int, default=40)
    args = parser.parse_args()
    paths = sorted((ROOT.parent / "shared" / "eval" / "polnear" / "train" / "text").glob("*.txt"))[: args.articles]
    return [p.read_text(encoding="utf-8") for p in paths], args.batch


def main() -> None:
    texts, batch = unseen_articles(__doc__.splitlines()[0])
    import readout.analyze.memoized  # noqa: F401  (registers the factory)

    nlp = load_base()
    memo = nlp.add_pipe("readout_memoized_attributes", before="attribute_ruler")
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    upstream = [proc for name, proc in nlp.pipeline if name in ("tok2vec", "tagger", "parser")]
    caches = {}, {}  # the lemmatizer's cache of (word, part of speech), one for each side, kept from batch to batch
    print(f"{'articles':>10} {'tokens':>8} {'missed':>7} {'originals s':>12} {'memo s':>8} {'memo / originals':>17}")
    for at in range(0, len(texts), batch):
        docs = [nlp.make_doc(t) for t in texts[at : at + batch]]
        for proc in upstream:
            docs = [proc(doc) for doc in docs]
        theirs, ours = [doc.copy() for doc in docs], [doc.copy() for doc in docs]
        missed = 0
        lemmatizer.cache = caches[0]
        start = time.process_time()
        for doc in theirs:
            lemmatizer(ruler(doc))
        originals = time.process_time() - start
        lemmatizer.cache = caches[1]
        start = time.process_time()
        for doc in ours:
            before = memo.used
            memo(doc)
            missed += memo.used - before
        memoized = time.process_time() - start
        tokens = sum(len(doc) for doc in docs)
        same = all(a.lemma == b.lemma and a.pos == b.pos and a.morph.key == b.morph.key and a.tag == b.tag and a.dep == b.dep
                   for x, y in zip(theirs, ours) for a, b in zip(x, y))
        print(f"{at + 1:>4}-{at + len(docs):<5} {tokens:8} {missed / tokens:7.1%} {originals:12.3f} {memoized:8.3f} {memoized / originals:17.2f}"
              + ("" if same else "  DIFFERENT ANNOTATIONS"))


if __name__ == "__main__":
    main()
