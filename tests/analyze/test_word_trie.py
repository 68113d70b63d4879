import random
import re

import pytest

from readout.analyze.word_trie import word_tree


def test_tree_shares_prefixes():
    assert word_tree(["the past", "the next", "this", "prior"], ignore_case=True) == "th(?:e (?:past|next)|is)|prior"
    assert word_tree(["March", "march", "May"], ignore_case=False) == "Ma(?:rch|y)|march"


def test_a_word_that_ends_inside_another_is_tried_after_it():
    assert word_tree(["mid-", "mid"], ignore_case=True) == r"mid(?:\-|)"
    assert re.fullmatch("(?:" + word_tree(["mid-", "mid"], ignore_case=True) + ")", "mid")


@pytest.mark.parametrize("ignore_case", [True, False])
def test_same_matches_as_the_flat_alternation(ignore_case):
    rng = random.Random(7)
    letters = "abAB -'"
    for _ in range(400):
        words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))).strip() for _ in range(6)} - {""}, key=len, reverse=True)
        flat = "|".join(re.escape(w).replace(r"\ ", " ") for w in words)
        wrap = "(?i:{})" if ignore_case else "(?:{})"
        for suffix in ("", r"\b", "b", r"(?! a)"):
            a, b = re.compile(wrap.format(flat) + suffix), re.compile(wrap.format(word_tree(words, ignore_case)) + suffix)
            for _ in range(10):
                text = "".join(rng.choice(letters + "x") for _ in range(15))
                assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], (words, text)
