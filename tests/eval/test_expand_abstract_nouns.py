"""Abstract nouns from WordNet's lexicographer files, on a tiny WordNet written here, and the shipped file's reproducibility."""

from __future__ import annotations

import json

import pytest

from readout.eval import expand_abstract_nouns as an
from readout.eval.expand_event_verbs import WORDNET_DIR, read_wordnet

HEADER = "  1 This software and database is being provided to you, the LICENSEE, by  \n"


def test_a_noun_is_abstract_when_every_sense_is_a_quality_thought_or_state(tmp_path):
    data = [
        # offset lexfile pos w_cnt (word lex_id)* p_cnt | gloss
        "00000001 07 n 01 virtue 0 000 | a good quality",
        "00000002 09 n 01 hunch 0 000 | an idea without grounds",
        "00000003 07 n 01 catch 0 000 | a hidden drawback",
        "00000004 18 n 01 catch 0 000 | a person worth marrying",
        "00000005 06 n 01 bridge 0 000 | a structure over a river",
    ]
    index = [
        "bridge n 1 0 1 0 00000005  ",
        "catch n 2 0 2 0 00000003 00000004  ",  # a person too
        "hunch n 1 0 1 0 00000002  ",
        "virtue n 1 0 1 0 00000001  ",
    ]
    (tmp_path / "data.noun").write_text(HEADER + "\n".join(data) + "\n", encoding="utf-8")
    (tmp_path / "index.noun").write_text(HEADER + "\n".join(index) + "\n", encoding="utf-8")
    assert an.abstract_nouns(read_wordnet(tmp_path, "noun")) == ["hunch", "virtue"]


@pytest.mark.skipif(not (WORDNET_DIR / "index.noun").exists(), reason="no WordNet database (Debian's wordnet-base)")
def test_the_shipped_file_is_what_the_script_writes():
    shipped = json.loads(an.OUT.read_text(encoding="utf-8"))
    assert shipped == an.build()
