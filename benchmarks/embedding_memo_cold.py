"""The memoized token embeddings on text they have not seen: cost against spaCy's own layers.

    .venv/bin/python benchmarks/embedding_memo_cold.py [--articles 240] [--batch 40]

``throughput.py`` passes over the same texts again and again, so there the memo of
``analyze/embedding_memo.py`` always hits. This starts with empty memos and passes PolNeAR training
articles (which nothing else in this script has read) through spaCy's ``tok2vec`` and ``ner``
components batch by batch, twice per batch: once as the model ships and once with the memos,
alternating, by CPU time. Prints per batch the feature rows the shared tok2vec's memo had not seen
(new rows, per token) and the cost of the two components with the memos as a share of without.
Needs ../shared/eval/polnear.
"""

from __future__ import annotations

import time

from memo_cold import unseen_articles

from readout.analyze.embedding_memo import memoize_embeddings
from readout.analyze.nlp import load_base

def cost(nlp, texts: list[str], batch: int) -> float:
    """CPU seconds of the tok2vec and ner components over the texts (tokenized beforehand)."""
    docs = [nlp.make_doc(t) for t in texts]
    start = time.process_time()
    for name in ("tok2vec", "ner"):
        docs = list(nlp.get_pipe(name).pipe(docs, batch_size=batch))
    return time.process_time() - start


def main() -> None:
    texts, batch = unseen_articles(__doc__.splitlines()[0])
    original, memoized = load_base(), load_base()
    memos = memoize_embeddings(memoized)
    shared = memos[0]
    cost(original, ["Warm up."], 16), cost(memoized, ["Warm up."], 16)
    print(f"{'articles':>10} {'tokens':>8} {'new rows':>8} {'originals s':>12} {'memo s':>8} {'memo / originals':>17}")
    for at in range(0, len(texts), batch):
        part = texts[at : at + batch]
        tokens = sum(len(original.make_doc(t)) for t in part)
        before = len(shared.rows)
        theirs = cost(original, part, 16)
        ours = cost(memoized, part, 16)
        missed = len(shared.rows) - before  # distinct new feature rows: each missed at least once
        print(f"{at + 1:>4}-{at + len(part):<5} {tokens:>8} {missed / tokens:>8.1%} {theirs:>12.2f} {ours:>8.2f} {ours / theirs:>17.2f}")


if __name__ == "__main__":
    main()
