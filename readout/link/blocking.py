"""Candidate pairs through shared keys, so no step compares every item with every other.

Items that share no key are never compared. A key shared by more than
``max_block`` items says little (a stop word, the host country) and is skipped,
which keeps the work close to linear in the number of items.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from itertools import combinations
from typing import TypeVar

T = TypeVar("T")
MAX_BLOCK = 200  # a key shared by more items than this is skipped


def all_pairs(key: Hashable, members: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Every pair of a block's members: what a block compares unless told otherwise."""
    return combinations(members, 2)


def candidate_pairs(
    items: Sequence[T],
    keys: Callable[[T], Iterable[Hashable]],
    max_block: int = MAX_BLOCK,
    pairs: Callable[[Hashable, Sequence[int]], Iterable[tuple[int, int]]] = all_pairs,
) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of items sharing at least one key, each pair once.

    ``pairs(key, members)`` gives the pairs of one block worth comparing (by default all of them), for
    keys whose blocks need fewer.
    """
    blocks: dict[Hashable, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for key in set(keys(item)):
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2 or len(members) > max_block:
            continue
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
