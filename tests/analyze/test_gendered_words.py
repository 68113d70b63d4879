"""The closed lists of gendered words (readout.analyze.gendered_words), shared by actors and commitments."""

from __future__ import annotations

import json

from readout.analyze.gendered_words import DATA_FILE, gender_of, load_gendered_words


def test_the_data_file_says_where_it_comes_from():
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    assert raw["about"] and raw["source"]


def test_the_two_lists_share_no_word():
    words = load_gendered_words()
    assert words["female"] and words["male"] and not words["female"] & words["male"]


def test_a_gendered_word_gives_its_gender_and_any_other_word_none():
    assert [gender_of(w) for w in ("mrs", "congresswoman", "wife", "mr", "spokesman", "nephew")] == ["female"] * 3 + ["male"] * 3
    assert [gender_of(w) for w in ("chairman", "senator", "Mrs", "mrs.", "")] == [None] * 5
