"""Fit and check parts of the public data: what rules and models may be written from, and what is only scored.

Every benchmark has a *fit* part (read while writing rules, trained on, errors
looked at) and a *check* part (only scored; its errors are not read while
writing rules). docs/evaluation.md lists them. Where the data comes as one
split, it is split here once, by whole debate or document, with a fixed seed,
so a sentence never sits on both sides with its neighbours on the other.
"""

from __future__ import annotations

import random

SEED = 2019

# CLEF 2019 CheckThat! training debates: how many go to the check part (the
# 2019 test set had 7 debates and speeches).
CHECKWORTHY_CHECK_DEBATES = 7

# TempEval-3 training data: rules are written from TimeBank, AQUAINT is the check part.
TEMPEVAL_FIT = "TimeBank"
TEMPEVAL_CHECK = "AQUAINT"


def split_by_seed(names: list[str] | set[str], check_count: int, seed: int = SEED) -> tuple[list[str], list[str]]:
    """(fit, check): ``check_count`` of the sorted names drawn with ``seed``; both sorted."""
    ordered = sorted(set(names))
    check = set(random.Random(seed).sample(ordered, check_count))
    return [n for n in ordered if n not in check], [n for n in ordered if n in check]


def checkworthy_split(debates: list[str] | set[str]) -> tuple[list[str], list[str]]:
    """(fit debates, check debates) of the CT19 training file."""
    return split_by_seed(debates, CHECKWORTHY_CHECK_DEBATES)


def folds(names: list[str], k: int, seed: int = SEED) -> list[list[str]]:
    """``names`` shuffled with ``seed`` and dealt into ``k`` folds (for cross-validation by debate)."""
    ordered = sorted(names)
    random.Random(seed).shuffle(ordered)
    return [sorted(ordered[i::k]) for i in range(k)]
