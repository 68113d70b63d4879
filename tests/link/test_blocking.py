"""Candidate pairs through shared keys: only items sharing a key are compared, each pair once, crowded keys skipped."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from readout.link.blocking import UnionFind, candidate_pairs
from readout.link.events import block_pairs, blocking_keys, candidate, event_date, one_event, same_event_pairs
from readout.model import ActorWeight, DocumentFeatures

keyed_items = st.lists(st.frozensets(st.integers(0, 12), max_size=4), max_size=30)


@given(keyed_items, st.integers(2, 8))
def test_pairs_share_a_key_come_once_and_are_exactly_those_of_uncrowded_keys(items, max_block):
    pairs = list(candidate_pairs(items, lambda keys: keys, max_block=max_block))
    assert len(pairs) == len(set(pairs))
    assert all(i < j and items[i] & items[j] for i, j in pairs)
    sizes = Counter(k for keys in items for k in keys)
    expected = {(i, j) for i, j in combinations(range(len(items)), 2) if any(sizes[k] <= max_block for k in items[i] & items[j])}
    assert set(pairs) == expected


def test_a_key_shared_by_more_than_max_block_items_is_skipped():
    items = [{"host-country", f"own-{n // 2}"} for n in range(10)]  # all share one key; pairs share another
    assert list(candidate_pairs(items, lambda keys: keys, max_block=5)) == [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9)]
    assert len(list(candidate_pairs(items, lambda keys: keys, max_block=10))) == 45


def test_a_key_repeated_by_one_item_does_not_pair_it_with_itself():
    assert list(candidate_pairs([["a", "a"], ["b"]], lambda keys: keys)) == []


def test_union_find_groups_are_connected_components():
    groups = UnionFind(6)
    for i, j in ((0, 1), (1, 2), (4, 5)):
        groups.union(i, j)
    assert sorted(sorted(g) for g in groups.groups()) == [[0, 1, 2], [3], [4, 5]]


def test_event_blocking_keys_of_dated_and_undated_documents_sort_together():
    """Spark sorts shuffle keys when it spills to disk: a dated and an undated document's keys must compare."""
    person = (ActorWeight(id="person:a", name="A", mentions=3),)
    dated = DocumentFeatures(doc_id="d1", origin="x", published=dt.date(2026, 2, 4), people=person)
    undated = DocumentFeatures(doc_id="d2", origin="y", people=person)
    keys = sorted(set(blocking_keys(dated)) | set(blocking_keys(undated)))
    assert ("person:a", "any-date") in keys
    assert len(keys) == 4  # three windows around the date, and the undated one both share


def test_candidate_pairs_compare_only_the_pairs_a_block_asks_for():
    items = [{"k"}, {"k"}, {"k"}, {"k", "j"}, {"j"}]
    firsts = list(candidate_pairs(items, lambda keys: keys, pairs=lambda key, members: [(members[0], m) for m in members[1:]]))
    assert firsts == [(0, 1), (0, 2), (0, 3), (3, 4)]


def _features(n: int, people: frozenset[str], day: int | None) -> DocumentFeatures:
    weights = tuple(ActorWeight(id=f"person:{p}", name=p, mentions=2) for p in sorted(people))
    published = None if day is None else dt.date(2026, 1, 1) + dt.timedelta(days=day)
    return DocumentFeatures(doc_id=f"d{n}", origin=f"outlet{n}", published=published, people=weights)


documents = st.lists(st.tuples(st.frozensets(st.sampled_from("abc"), min_size=1, max_size=2), st.one_of(st.none(), st.integers(0, 40))),
                     max_size=25)


@given(documents)
def test_same_event_pairs_are_those_of_comparing_every_pair_that_shares_a_block(docs):
    """Dated documents meet only in date windows, undated ones meet every document of their actor: no pair is lost."""
    features = [_features(n, people, day) for n, (people, day) in enumerate(docs)]
    everything = {(i, j) for i, j in combinations(range(len(features)), 2)
                  if set(blocking_keys(features[i])) & set(blocking_keys(features[j])) and one_event(candidate(features[i]), candidate(features[j]))}
    assert set(same_event_pairs(features)) == everything


def test_an_actor_in_the_news_every_day_for_years_costs_comparisons_in_proportion_to_its_documents():
    """The actor's any-date block compares only pairs with an undated document, not every day with every other."""
    features = [_features(n, frozenset("a"), None if n == 0 else 3 * n) for n in range(150)]
    compared: list[tuple[int, int]] = []

    def pairs(key, members):
        found = block_pairs(key, members, lambda i: event_date(features[i]) is not None)
        compared.extend(found)
        return found

    found = list(candidate_pairs(features, blocking_keys, pairs=pairs))
    assert len(compared) < 6 * len(features)  # a pair in up to 3 windows; every pair of 150 would be 11,175
    assert {(0, n) for n in range(1, 150)} <= set(found)  # the undated document meets every other one
    assert (1, 60) not in found  # 177 days apart: never compared
