"""Words whose gender English fixes ("Mrs.", "Mr.", "Congresswoman", "wife"), as written next to a person's name.

One closed list (``data/gendered_words.json``), one test, for the two readers that ask: the actors component
sends a gendered short form ("Mrs. Okafor") first to a full name of that gender, and the commitments reader
finds that a "he" reported by a sayer the text makes a woman is someone else (and the reverse). No gender is
guessed from a given name.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "gendered_words.json"
GENDERS = ("female", "male")


@lru_cache(maxsize=1)
def load_gendered_words() -> dict[str, frozenset[str]]:
    """"female"/"male" -> the lower-case words of the data file; the two lists may share no word."""
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    words = {gender: frozenset(raw[gender]) for gender in GENDERS}
    shared = words["female"] & words["male"]
    if shared:
        raise ValueError(f"{DATA_FILE}: words in both lists: {sorted(shared)}")
    return words


def gender_of(word: str) -> str | None:
    """ "female", "male", or None: ``word`` lower-case and without its full stop ("mrs", "congresswoman")."""
    for gender, listed in load_gendered_words().items():
        if word in listed:
            return gender
    return None
