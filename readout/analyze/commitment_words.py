"""The closed word lists of the commitments reader, read once from ``data/commitment_words.json``.

The lists (relation nouns, a body's staff, quantifiers, promise nouns, ...) used to be constants in
``commitments.py``; they now live in the data file beside ``commitment_patterns.json``, each with the
source it comes from and why the reader needs it. ``load_word_lists`` refuses a list without words,
source or why, a list the code does not know, and a field the file does not give, so the file and the
code cannot drift apart silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

WORDS_FILE = Path(__file__).parent / "data" / "commitment_words.json"


@dataclass(frozen=True)
class WordLists:
    exhorting_aux: frozenset[str]
    joiners: frozenset[str]
    ellipsis_will: frozenset[str]
    future_aux: frozenset[str]
    promise_verbs: frozenset[str]
    stranding_words: frozenset[str]
    pro_acts: frozenset[str]
    topic_prepositions: frozenset[str]
    upcoming: frozenset[str]
    role_prepositions: frozenset[str]
    perfect_or_passive: frozenset[str]
    side_nouns: frozenset[str]
    own_side_possessives: frozenset[str]
    acting_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    likelihood_verbs: frozenset[str]
    hypothetical_marks: frozenset[str]
    relation_nouns: frozenset[str]
    promise_nouns: frozenset[str]
    plan_verbs: frozenset[str]
    through_on: frozenset[str]
    nobody: frozenset[str]
    sourcing_acts: frozenset[str]
    role_verbs: frozenset[str]
    thing_plurals: frozenset[str]
    dashes: frozenset[str]
    quantifiers: frozenset[str]
    body_staff: frozenset[str]
    gerund_preps: frozenset[str]
    condition_marks: frozenset[str]
    counterfactual_modals: frozenset[str]
    tax_items: frozenset[str]
    family_nouns: frozenset[str]
    ordering_verbs: frozenset[str]
    wishing_verbs: frozenset[str]
    impersonal_verbs: frozenset[str]
    public_offices: frozenset[str]
    time_nouns: frozenset[str]
    evidence_verbs: frozenset[str]
    text_ordering_verbs: frozenset[str]
    gathering_nouns: frozenset[str]
    hinting_verbs: frozenset[str]
    body_heads: frozenset[str]
    owned_things: frozenset[str]
    bloc_nouns: frozenset[str]
    bloc_vote_verbs: frozenset[str]
    declining_verbs: frozenset[str]
    failed_plan_verbs: frozenset[str]
    past_act_adverbs: frozenset[str]
    preference_adverbs: frozenset[str]
    unspecified_one: frozenset[str]
    deadline_preps: frozenset[str]
    ensuring_verbs: frozenset[str]
    fame_nouns: frozenset[str]
    obtaining_verbs: frozenset[str]
    direction_preps: frozenset[str]
    before_words: frozenset[str]
    becoming_verbs: frozenset[str]
    vowed_outcome_verbs: frozenset[str]
    contest_prizes: frozenset[str]
    period_end_words: frozenset[str]
    time_having_verbs: frozenset[str]
    age_verbs: frozenset[str]
    seat_defending_verbs: frozenset[str]


def load_word_lists(path: Path = WORDS_FILE) -> WordLists:
    """Every list of the file as a frozenset; raises ValueError when the file and ``WordLists`` disagree."""
    lists = json.loads(Path(path).read_text(encoding="utf-8"))["lists"]
    wanted = {f.name for f in fields(WordLists)}
    if set(lists) != wanted:
        raise ValueError(f"{path}: lists missing {sorted(wanted - set(lists))}, unknown {sorted(set(lists) - wanted)}")
    for name, entry in lists.items():
        if not entry.get("words") or not str(entry.get("source", "")).strip() or not str(entry.get("why", "")).strip():
            raise ValueError(f"{path}: list {name!r} needs words, a source and a why")
        if any(not isinstance(w, str) or w != w.lower() for w in entry["words"]):
            raise ValueError(f"{path}: list {name!r} holds a word that is not a lower-case string")
    return WordLists(**{name: frozenset(entry["words"]) for name, entry in lists.items()})


WORDS = load_word_lists()  # read once, at import
