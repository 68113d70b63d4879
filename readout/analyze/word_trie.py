"""A regex alternation of words written as a prefix tree: the same matches, found with fewer tries.

``re`` tries the alternatives of ``the past|the next|this|prior`` one after the other at every position
it reaches, and in a group that ignores case it cannot skip an alternative by its first character. Written
as a tree, ``th(?:e (?:past|next)|is)|prior``, each position costs about one try per distinct first character.

The tree finds what the flat alternation finds, given words ordered longest first (as every caller sorts
them): the branches under one node start with different characters, so at most one of them can match at a
position, and a word that ends at a node (the empty branch) is tried after every longer word through that
node, as it came after them in the flat list. When case is ignored, letters are grouped by their lower case,
only for ASCII words (no two ASCII letters match the same character); other lists stay flat.
"""

from __future__ import annotations

import os
import re


def word_tree(words: list[str], ignore_case: bool, space: str = " ") -> str:
    """The regex body matching ``words`` (ordered longest first) as ``"|".join(map(re.escape, words))`` would,
    inside a group that ignores case or not as ``ignore_case`` says; each space in a word is written ``space``."""
    if ignore_case:
        if not all(word.isascii() for word in words):
            return "|".join(_escaped(word, space) for word in words)
        words = list(dict.fromkeys(word.lower() for word in words))
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in groups.items():
        if len(rests) == 1:
            branches.append(_escaped(first + rests[0], space))
        else:
            shared = os.path.commonprefix(rests)
            branches.append(_escaped(first + shared, space) + "(?:" + word_tree([r[len(shared) :] for r in rests], False, space) + ")")
    return "|".join(branches)


def _escaped(text: str, space: str) -> str:
    return re.escape(text).replace(r"\ ", space)
