"""The commitments reader's closed word lists come from data/commitment_words.json, each with a source and a why."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from readout.analyze import commitment_grammar, commitment_words, commitments
from readout.analyze.commitment_words import WORDS_FILE, WordLists, load_word_lists


def _raw() -> dict:
    return json.loads(WORDS_FILE.read_text(encoding="utf-8"))


def test_every_list_has_words_a_source_and_a_why():
    lists = _raw()["lists"]
    assert set(lists) == {f.name for f in fields(WordLists)}
    for name, entry in lists.items():
        assert entry["words"] and entry["source"].strip() and entry["why"].strip(), name


def test_the_readers_constants_are_the_files_lists():
    lists = _raw()["lists"]
    for name in ("relation_nouns", "body_staff", "quantifiers", "promise_nouns", "plan_verbs", "through_on", "nobody",
                 "sourcing_acts", "future_aux", "relative_pronouns", "side_nouns", "thing_plurals", "body_heads"):
        assert getattr(commitments, name.upper()) == frozenset(lists[name]["words"]), name
    assert commitment_grammar.GERUND_PREPS == frozenset(lists["gerund_preps"]["words"])
    assert "spokeswoman" in commitments.BODY_STAFF and "stepdaughter" in commitments.RELATION_NOUNS
    # no list is written in the code any more: each constant is the very object the loader made
    assert commitments.BODY_STAFF is commitment_words.WORDS.body_staff
    assert commitments.BODY_HEADS is commitment_words.WORDS.body_heads  # a body name's last words: data, not code


def test_an_edited_file_changes_the_lists(tmp_path):
    raw = _raw()
    raw["lists"]["nobody"]["words"] = ["nobody", "none", "noone"]
    own = tmp_path / "words.json"
    own.write_text(json.dumps(raw), encoding="utf-8")
    assert load_word_lists(own).nobody == {"nobody", "none", "noone"}


@pytest.mark.parametrize("edit", ["no_why", "unknown_list", "missing_list", "capitals"])
def test_a_file_that_disagrees_with_the_code_is_refused(tmp_path, edit):
    raw = _raw()
    if edit == "no_why":
        del raw["lists"]["quantifiers"]["why"]
    elif edit == "unknown_list":
        raw["lists"]["spare_words"] = {"words": ["x"], "source": "s", "why": "w"}
    elif edit == "missing_list":
        del raw["lists"]["plan_verbs"]
    else:
        raw["lists"]["plan_verbs"]["words"] = ["Plan"]
    own = tmp_path / "words.json"
    own.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError):
        load_word_lists(own)
