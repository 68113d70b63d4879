"""Candidate pairs through shared keys, so no step compares every item with every other.

Items that share no key are never compared. A key shared by more than
``max_block`` items says little (a stop word, the host country) and is skipped,
which keeps the work close to linear in the number of items. A budget of pairs
(``max_pairs``) lowers that bound where needed: the most crowded keys, which
say least, are skipped until the blocks hold at most that many pairs, and what
was skipped is counted (``Skipped``), never dropped silently.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

T = TypeVar("T")
MAX_BLOCK = 200  # a key shared by more items than this is skipped


def all_pairs(key: Hashable, members: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Every pair of a block's members: what a block compares unless told otherwise."""
    return combinations(members, 2)


@dataclass
class Skipped:
    """What a pair budget left out: how many keys, each shared by more than ``bound`` items."""

    keys: int = 0
    bound: int | None = None


def budget_bound(sizes: Iterable[int], max_pairs: int) -> int:
    """The largest block size such that all the blocks of at most that size hold at most ``max_pairs`` pairs."""
    counts = Counter(sizes)
    total = 0
    bound = 1
    for size in sorted(counts):
        total += counts[size] * (size * (size - 1) // 2)
        if total > max_pairs:
            return bound
        bound = size
    return bound


def candidate_pairs(
    items: Sequence[T],
    keys: Callable[[T], Iterable[Hashable]],
    max_block: int = MAX_BLOCK,
    pairs: Callable[[Hashable, Sequence[int]], Iterable[tuple[int, int]]] = all_pairs,
    max_pairs: int | None = None,
    skipped: Skipped | None = None,
) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of items sharing at least one key, each pair once.

    ``pairs(key, members)`` gives the pairs of one block worth comparing (by default all of them), for
    keys whose blocks need fewer. ``max_pairs``: the blocks compared hold at most this many pairs (the
    most crowded are skipped, whole, and counted in ``skipped``).
    """
    blocks: dict[Hashable, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for key in set(keys(item)):
            blocks[key].append(i)
    kept = {key: members for key, members in blocks.items() if 2 <= len(members) <= max_block}
    if max_pairs is not None:
        bound = budget_bound((len(m) for m in kept.values()), max_pairs)
        over = [members for members in kept.values() if len(members) > bound]
        if over and skipped is not None:
            skipped.keys += len(over)
            skipped.bound = bound if skipped.bound is None else min(bound, skipped.bound)
        kept = {key: members for key, members in kept.items() if len(members) <= bound}
    seen: set[tuple[int, int]] = set()
    for key, members in kept.items():
        for i, j in pairs(key, members):
            pair = (i, j) if i < j else (j, i)
            if pair not in seen:
                seen.add(pair)
                yield pair


class UnionFind:
    """Groups grown by joining pairs; ``join`` may refuse a union that a constraint forbids."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        root_i, root_j = self.find(i), self.find(j)
        if root_i != root_j:
            self.parent[root_i] = root_j
        return root_j

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            found[self.find(i)].append(i)
        return list(found.values())
