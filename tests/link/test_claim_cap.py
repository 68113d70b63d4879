"""A budget of sentence pairs for claim alignment: an event of thousands of documents cannot make linking quadratic.

Past the budget the keys shared by the most sentences (the commonest words) are
not used to pair them; what was left out is counted and said, never dropped
silently. People, places and figures are invented.
"""

from __future__ import annotations

import logging
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from readout.link.blocking import Skipped, budget_bound, candidate_pairs
from readout.link.linker import link

keyed_items = st.lists(st.frozensets(st.integers(0, 12), max_size=4), max_size=30)


@given(keyed_items, st.integers(0, 60))
def test_the_pairs_compared_are_those_of_the_blocks_under_the_budget_and_the_rest_is_counted(items, max_pairs):
    skipped = Skipped()
    found = set(candidate_pairs(items, lambda item: item, max_pairs=max_pairs, skipped=skipped))
    blocks: dict[int, list[int]] = {}
    for i, keys in enumerate(items):
        for key in keys:
            blocks.setdefault(key, []).append(i)
    sizes = [len(m) for m in blocks.values() if len(m) >= 2]
    bound = budget_bound(sizes, max_pairs)
    kept = [m for m in blocks.values() if 2 <= len(m) <= bound]
    assert sum(len(m) * (len(m) - 1) // 2 for m in kept) <= max_pairs
    assert found == {pair for m in kept for pair in combinations(m, 2)}
    over = [m for m in blocks.values() if len(m) > bound and len(m) >= 2]
    assert skipped.keys == len(over) and skipped.bound == (bound if over else None)


def test_the_budget_skips_the_most_crowded_blocks_whole():
    assert budget_bound([2, 3, 3, 10], 7) == 3  # 1 + 3 + 3 pairs
    assert budget_bound([2, 3, 3, 10], 6) == 2  # both blocks of three go, not one of them
    assert budget_bound([2, 3, 3, 10], 52) == 10
    assert budget_bound([], 0) == 1


def _outlet(draft, doc_id, sentences):
    d = draft(doc_id, *sentences)
    d.person("Kasimir Holt", "Holt", role="President")
    if "trade office" in d.text:
        d.claim("Velmar trade office", kind="event")
    return d.source()


def _event(draft):
    """Three outlets on one meeting: every sentence has the common words, one claim has rare ones in two of them."""
    filler = [f"Minister Holt said the talks on the {topic} would continue next week." for topic in
              ("rail link", "fishing quotas", "grain exports", "student exchanges", "flood defences")]
    claim = "Holt promised a Velmar trade office with fourteen clerks by the spring."
    return [
        _outlet(draft, "coast", [claim, *filler]),
        _outlet(draft, "valley", [*filler[:3], "Holt promised a Velmar trade office with fourteen clerks by spring.", *filler[3:]]),
        _outlet(draft, "harbour", filler),
    ]


def _claims(result):
    return sorted((a.label, a.verdict, a.doc_ids) for a in result.alignments if a.kind == "claim")


def test_an_event_over_the_budget_is_capped_with_a_note_and_its_rare_words_still_pair_its_claims(draft, monkeypatch, caplog):
    sources = _event(draft)
    full = link(sources)
    assert full.notes == ()
    monkeypatch.setenv("READOUT_MAX_CLAIM_PAIRS", "40")
    with caplog.at_level(logging.WARNING, logger="readout.link"):
        capped = link(sources)
    [event] = capped.events
    [note] = capped.notes
    assert note.startswith(f"event {event.id} (3 documents, ")
    assert "claim alignment capped at 40 sentence pairs (READOUT_MAX_CLAIM_PAIRS): " in note
    assert "words or actors shared by more than " in note and " of its 17 sentences were not used to pair them" in note
    assert caplog.messages == [note]
    # the claim stated by two outlets is still corroborated through its rare words, and so is each talks sentence:
    # here the commonest words ("Holt", "said", "talks") paired nothing the rarer ones did not
    [promise] = [a for a in capped.alignments if a.kind == "claim" and "trade office" in a.label]
    assert promise.verdict == "corroborated" and sorted(promise.doc_ids) == ["coast", "valley"]
    assert _claims(capped) == _claims(full) and len(_claims(full)) == 6
