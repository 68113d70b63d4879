"""Claims: the same proposition in other words, across the sources of one event.

Every sentence of at least ``MIN_WORDS`` content words can corroborate: a
check-worthy claim in one source is often a plain sentence in another. Two
sentences say the same thing when their shared content words, weighted by how
rare each word is among the event's sentences, make ``SAME_PROPOSITION`` of
both sentences' words (weighted Dice), with at least ``MIN_SHARED`` words in
common; actors named in both count as one more shared word each. Headings and
other short lines (fewer than ``MIN_WORDS`` content words) take no part. With an embedder (the
optional ``readout[semantic]`` extra) a pair whose sentence embeddings are
close (``SEMANTIC``) needs only ``SEMANTIC_LEXICAL`` of that overlap. Each
sentence joins its best match in every other source only, so one general
sentence cannot chain unrelated claims together. Claims that no other source
supports are kept as single-source when check-worthy (score >= ``MIN_SCORE``).

Sentences are compared inside blocks keyed by their words and actors, and a
key shared by more than a quarter of the event's sentences is skipped; that
still grows with the square of an event's size, so an event of thousands of
documents (a chain of meetings the event rule let through) gets a budget of
``max_pairs`` sentence pairs (``READOUT_MAX_CLAIM_PAIRS``): its most crowded
keys, the commonest words, are skipped until the blocks fit, and the caller
is told how many (``Skipped``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from readout.link.blocking import Skipped, UnionFind, candidate_pairs
from readout.link.similarity import WordWeights, content_words
from readout.link.verdicts import aligned, make_alignment
from readout.model import Alignment, Claim, Source, Span

MIN_WORDS = 5
MIN_SHARED = 3
SAME_PROPOSITION = 0.3
SEMANTIC = 0.65  # cosine of all-MiniLM-L6-v2 (readout[semantic]); measured in docs/evaluation.md, "Semantic extra"
SEMANTIC_LEXICAL = 0.20
MIN_SCORE = 0.3

Embed = Callable[[list[str]], list[list[float]]]  # texts to unit-length vectors


@dataclass(frozen=True)
class _Sentence:
    source: Source
    span: Span
    words: frozenset[str]
    actors: frozenset[str]
    claim: Claim | None


def _sentences(source: Source) -> list[_Sentence]:
    claims = {c.span.start: c for c in source.analysis.claims}
    mentions = source.analysis.mentions
    found = []
    for sentence in source.analysis.sentences:
        span = sentence.span
        words = content_words(span.text)
        if len(words) < MIN_WORDS:
            continue
        actors = frozenset(m.entity_id for m in mentions if span.start <= m.span.start < span.end)
        found.append(_Sentence(source, span, words, actors, claims.get(span.start)))
    return found


def _similarity(a: _Sentence, b: _Sentence, weights: WordWeights) -> float:
    if len(a.words & b.words) + len(a.actors & b.actors) < MIN_SHARED:
        return 0.0
    return weights.dice(_bag(a), _bag(b))


def _bag(s: _Sentence) -> frozenset[str]:
    """Content words plus the actors named ("@country:RUS"), so a shared actor counts however it is written."""
    return s.words | {f"@{x}" for x in s.actors}


def align_claims(sources: Sequence[Source], event_id: str | None = None, embed: Embed | None = None,
                 max_pairs: int | None = None, skipped: Skipped | None = None) -> list[Alignment]:
    """The claims of one event's sources aligned; ``max_pairs`` bounds the sentence pairs compared (see the module)."""
    sentences = [s for source in sources for s in _sentences(source)]
    weights = WordWeights(_bag(s) for s in sentences)
    vectors = embed([s.span.text for s in sentences]) if embed and sentences else None
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i, j in candidate_pairs(sentences, _bag, max_block=max(50, len(sentences) // 4), max_pairs=max_pairs, skipped=skipped):
        a, b = sentences[i], sentences[j]
        if a.source.origin == b.source.origin:
            continue
        lexical = _similarity(a, b, weights)
        semantic = sum(x * y for x, y in zip(vectors[i], vectors[j])) if vectors is not None else 0.0
        if lexical >= SAME_PROPOSITION or (semantic >= SEMANTIC and lexical >= SEMANTIC_LEXICAL):
            score = lexical + semantic
            for x, y in ((i, j), (j, i)):
                key = (x, sentences[y].source.id)
                if key not in best or best[key][0] < score:
                    best[key] = (score, y)
    groups = UnionFind(len(sentences))
    for (i, _), (_, j) in best.items():
        groups.union(i, j)
    alignments = []
    for group in groups.groups():
        members = [sentences[i] for i in sorted(group)]
        if len(members) == 1 and not (members[0].claim and members[0].claim.score >= MIN_SCORE and members[0].claim.kind != "evaluative"):
            continue
        lead = max(members, key=lambda s: (s.claim.score if s.claim else 0.0, -s.span.start))
        items = [aligned(s.span, s.claim.kind if s.claim else "sentence", s.source.origin) for s in members]
        alignments.append(make_alignment("claim", event_id, lead.span.text, items, what="this claim"))
    return alignments


def with_figure_conflicts(claims: Sequence[Alignment], figures: Sequence[Alignment]) -> list[Alignment]:
    """A claim that sources state with figures that conflict is not corroborated: it conflicts, for the figure's reason."""
    conflicts = [f for f in figures if f.verdict == "conflicting"]
    result = []
    for claim in claims:
        sentences = claim.spans
        for figure in conflicts:
            inside = {m.origin for m in figure.members if any(_within(m.span, s) for s in sentences)}
            if len(inside) >= 2:
                claim = claim.model_copy(update={"verdict": "conflicting", "reason": f"the sources state it with different figures: {figure.reason}"})
                break
        result.append(claim)
    return result


def _within(span: Span, sentence: Span) -> bool:
    return span.doc_id == sentence.doc_id and sentence.start <= span.start < sentence.end
