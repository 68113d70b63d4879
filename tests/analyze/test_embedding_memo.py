"""The memoized token embeddings give spaCy's own vectors, bit for bit, and so the same annotations."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, ORTH, SENT_START, TAG

from readout.analyze.embedding_memo import NAME, EmbeddingMemo, memoize_embeddings
from readout.analyze.nlp import load_base

ATTRS = [ORTH, TAG, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
TEXTS = [
    "The minister said the talks in Jakarta had gone well. She did not say when they would meet again.",
    "Exports rose 12% to $4.6 billion in 2025, officials of the Trade Ministry said on Tuesday.",
    "Y'all gonna love it, let's go.  It ain't over,\n\nc'mon! President Oduya met Chancellor Varga.",
    "",
    "Zyxwvut qqq-77 said ÅÆØ: «nothing»  \t  was agreed.",
]


@pytest.fixture(scope="module")
def pipelines():
    memoized = load_base()
    memos = memoize_embeddings(memoized)
    return load_base(), memoized, memos


def test_both_tok2vec_networks_are_wrapped_once(pipelines):
    _, memoized, memos = pipelines
    assert len(memos) == 2  # the shared tok2vec and the NER's own
    assert memoize_embeddings(memoized) == []  # already wrapped: not wrapped again
    assert memoized.get_pipe("tok2vec").model.get_ref("embed").name == NAME
    assert memoized.get_pipe("ner").model.get_ref("tok2vec").layers[0].get_ref("embed").name == NAME


@pytest.mark.parametrize("passes", [1, 2])
def test_tensors_and_annotations_are_the_originals_cold_and_warm(pipelines, passes):
    original, memoized, memos = pipelines
    for _ in range(passes):  # the second pass reads what the first remembered
        theirs, ours = list(original.pipe(TEXTS)), list(memoized.pipe(TEXTS))
        for text, a, b in zip(TEXTS, theirs, ours):
            assert numpy.array_equal(a.tensor, b.tensor), text
            assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), text
    assert all(len(memo.rows) > 40 for memo in memos)


def test_vectors_computed_a_few_rows_at_a_time_are_the_whole_docs(pipelines):
    original, _, _ = pipelines
    docs = [original.make_doc(text) for text in TEXTS]
    for embed in (original.get_pipe("tok2vec").model.get_ref("embed"),
                  original.get_pipe("ner").model.get_ref("tok2vec").layers[0].get_ref("embed")):
        whole = numpy.concatenate(embed.predict(docs))
        for size in (1, 2, 5, 17):
            memo = EmbeddingMemo(embed)
            parts = [numpy.concatenate(memo.predict(docs[:1]) + memo.predict(docs[1:]))]  # misses, then hits and misses
            assert numpy.array_equal(parts[0], whole)
            features = numpy.concatenate(memo.features.predict(docs))
            for start in range(0, len(features), size):
                rows = memo.mixed.predict(memo.hashed.predict(features[start : start + size]))
                assert numpy.array_equal(rows, whole[start : start + size])


def test_a_full_memo_computes_without_remembering(pipelines):
    original, _, _ = pipelines
    embed = original.get_pipe("tok2vec").model.get_ref("embed")
    docs = [original.make_doc(text) for text in TEXTS]
    memo = EmbeddingMemo(embed, max_entries=10)
    first = memo.predict(docs[:1])
    assert len(memo.rows) == 0  # the first doc has more than 10 distinct tokens: none remembered
    small = [original.make_doc("Yes, yes.")]
    memo.predict(small)
    assert len(memo.rows) == 4  # 'Yes', ',', 'yes' and '.' fit: remembered
    again = memo.predict(docs[:1])
    assert all(numpy.array_equal(a, b) for a, b in zip(first, again))
    assert [len(v) for v in memo.predict(docs)] == [len(d) for d in docs]
