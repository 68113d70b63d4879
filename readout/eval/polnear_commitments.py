"""Commitments on PolNeAR news: a small fit part and check part, annotated by hand before scoring.

No public data set marks promises and deadlines, so a few PolNeAR *train*
articles (outside the quotes check part) that carry commitment cues were drawn
with the fixed seed and split by article into a fit part and a check part. The
gold (``data/commitments_polnear.json``) holds only article names and the
annotator's own paraphrases (who committed, to what, due when): the article
texts stay in ``../shared/eval/polnear``. Both parts were annotated before the
extractor was run on them; rules are written from the fit part's errors only.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import random
import re
from pathlib import Path

from readout.eval import polnear_check
from readout.eval.gold import GoldFile
from readout.eval.metrics import BenchmarkReport
from readout.eval.splits import SEED, split_by_seed
from readout.model import Document

GOLD = Path(__file__).parent / "data" / "commitments_polnear.json"
CUES = re.compile(
    r"\b(?:will|pledged?|promised?|vowed?|vows|agreed to|plans? to|by (?:the end of )?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|next|\d{4}))\b"
)
MIN_CUES = 4  # an article with fewer cues has too few commitments to be worth annotating
MAX_CHARS = 3500  # short articles, so both parts could be read in full by one annotator
ARTICLES = 16  # drawn; half of them form the check part


def text_root(path: Path | None = None) -> Path:
    return polnear_check.default_path() if path is None else Path(path)


def chosen_articles(path: Path | None = None) -> list[str]:
    """The drawn article names (sorted): train articles outside the quotes check part with enough cues, short enough to read."""
    root = text_root(path)
    excluded = polnear_check.check_names(root)
    eligible = []
    for file in sorted((root / "text").glob("*.txt")):
        if file.stem in excluded:
            continue
        text = file.read_text(encoding="utf-8")
        if len(text) <= MAX_CHARS and len(CUES.findall(text)) >= MIN_CUES:
            eligible.append(file.stem)
    return sorted(random.Random(SEED).sample(eligible, min(ARTICLES, len(eligible))))


def parts(path: Path | None = None) -> tuple[list[str], list[str]]:
    """(fit, check) article names, split by article with the fixed seed."""
    names = chosen_articles(path)
    return split_by_seed(names, len(names) // 2)


if __name__ == "__main__":
    fit, check = parts()
    print("fit:", *fit, sep="\n  ")
    print("check:", *check, sep="\n  ")
