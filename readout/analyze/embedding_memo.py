"""spaCy's token embeddings, memoized: the same vectors, each computed once per distinct token.

Both tok2vec networks of the pipeline (the shared one the tagger and the parser listen to, and the
NER's own) start with an embedding layer (``MultiHashEmbed``): a token's feature values (its norm,
prefix, suffix and shape, and for the shared one whether a space follows it and whether it is a
space) are hashed into four rows of a table per feature, and the rows are mixed by a maxout layer
with layer normalization. That vector depends on the token's feature values alone (the convolution
layers after it are what see the neighbours), and the mixing is a matrix product of 384 or 576
inputs per token: about a third of the shared tok2vec's cost and a tenth of the NER's.

``memoize_embeddings(nlp)`` wraps each such layer: a token whose feature values were seen before
gets the remembered vector; the others are computed by the original layers, together, and
remembered. The vectors are the same floats, bit for bit: each row of the maxout's matrix product
and of the normalization is computed from that row alone, whichever rows are computed with it
(tests/analyze/test_embedding_memo.py compares the doc tensors, the parse and the entities with
and without the memo, cold and warm, and vectors computed one row at a time against a whole doc's).

The memo is per process and bounded: past ``MAX_ENTRIES`` distinct feature rows per layer, new
ones are computed every time and not remembered (the frequent words come first, so most tokens
still hit). A document is analyzed the same whatever came before it. Training (which readout
never does) goes through the original layer.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

MAX_ENTRIES = 100_000  # distinct feature rows per layer: at most about 40 MB of vectors and 18 MB of keys (PolNeAR's 840 train articles bring 39,000)
NAME = "memoized_embed"
HASHED_LEAVES = {"ints-getitem", "hashembed"}  # the layers the hashed features are made of (no static vectors)


class EmbeddingMemo:
    """One embedding layer's vectors, by the bytes of the token's feature values."""

    def __init__(self, embed: Model, max_entries: int = MAX_ENTRIES):
        self.embed = embed
        self.features, _, self.hashed, self.mixed, _ = embed.layers
        self.max_entries = max_entries
        self.rows: dict[bytes, int] = {}  # feature values -> row of ``vectors``
        self.vectors = numpy.zeros((1024, embed.get_dim("nO")), dtype="float32")

    def forward(self, model: Model, docs: list[Doc], is_train: bool):
        """The thinc forward function of the wrapping layer."""
        if is_train:
            return self.embed(docs, is_train)
        return self.predict(docs), _no_backprop

    def predict(self, docs: list[Doc]) -> list[numpy.ndarray]:
        """Each doc's token vectors, as the original layer gives them."""
        per_doc = self.features.predict(docs)
        if not per_doc:
            return []
        features = numpy.ascontiguousarray(numpy.concatenate(per_doc))
        keys = features.view(numpy.dtype((numpy.void, features.itemsize * features.shape[1]))).ravel().tolist()
        get = self.rows.get
        rows = [get(key, -1) for key in keys]
        missed = [i for i, row in enumerate(rows) if row < 0]
        if missed:
            out = self._with_misses(features, keys, rows, missed)
        else:
            out = self.vectors[rows]
        return numpy.split(out, numpy.cumsum([len(f) for f in per_doc[:-1]], dtype=numpy.intp))

    def _with_misses(self, features: numpy.ndarray, keys: list[bytes], rows: list[int], missed: list[int]) -> numpy.ndarray:
        """Compute the vectors of the distinct missed feature rows in one pass, remember them while there is room."""
        first: dict[bytes, int] = {}  # missed key -> its index among the computed vectors
        positions = []
        for i in missed:
            if keys[i] not in first:
                first[keys[i]] = len(positions)
                positions.append(i)
        computed = self.mixed.predict(self.hashed.predict(features[positions]))
        out = self.vectors[[max(row, 0) for row in rows]]
        out[missed] = computed[[first[keys[i]] for i in missed]]
        used = len(self.rows)
        if used + len(positions) <= self.max_entries:
            if used + len(positions) > len(self.vectors):
                size = min(max(2 * len(self.vectors), used + len(positions)), self.max_entries)
                self.vectors = numpy.resize(self.vectors, (size, self.vectors.shape[1]))
            self.vectors[used : used + len(positions)] = computed
            for key, index in first.items():
                self.rows[key] = used + index
        return out


def _no_backprop(d_vectors):
    raise NotImplementedError("the memoized embedding layer only predicts; train with the original pipeline")


def is_hash_embedding(embed: Model) -> bool:
    """A ``MultiHashEmbed`` without static vectors: features, hashed rows, the maxout mix, nothing else."""
    names = [layer.name for layer in embed.layers]
    if len(names) != 5 or names[0] != "extract_features" or names[1] != "list2ragged" or names[4] != "ragged2list":
        return False
    leaves = {node.name for node in embed.layers[2].walk() if not node.layers}
    return names[2].startswith("with_array(") and leaves <= HASHED_LEAVES and names[3] == "with_array(maxout>>layernorm>>dropout)"


def memoize_embeddings(nlp: Language, max_entries: int = MAX_ENTRIES) -> list[EmbeddingMemo]:
    """Wrap every plain hash embedding layer of the enabled components' models; the memos made."""
    memos = []
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in list(model.walk()):
            if "embed" not in node.ref_names or not node.has_ref("embed"):
                continue
            embed = node.get_ref("embed")
            if embed.name == NAME or not is_hash_embedding(embed):
                continue
            memo = EmbeddingMemo(embed, max_entries)
            wrapper = Model(NAME, memo.forward, layers=[embed], dims={"nO": embed.get_dim("nO")})
            model.replace_node(embed, wrapper)
            memos.append(memo)
    return memos
