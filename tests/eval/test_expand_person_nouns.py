"""Person nouns from WordNet's noun.person file, on a tiny WordNet written here, and the shipped file's reproducibility."""

from __future__ import annotations

import json

import pytest

from readout.eval import expand_person_nouns as pn
from readout.eval.expand_event_verbs import WORDNET_DIR, read_wordnet

HEADER = "  1 This software and database is being provided to you, the LICENSEE, by  \n"


def test_a_noun_is_a_person_when_its_first_sense_is_in_noun_person_and_written_lower(tmp_path):
    data = [
        # offset lexfile pos w_cnt (word lex_id)* p_cnt | gloss
        "00000001 18 n 02 plumber 0 pipe_fitter 0 000 | a worker who fits pipes",
        "00000002 14 n 01 party 0 000 | an organization to gain political power",
        "00000003 18 n 01 party 0 000 | a person involved in legal proceedings",
        "00000004 18 n 01 Abel 0 000 | a son of Adam and Eve",
    ]
    index = [
        "abel n 1 0 1 0 00000004  ",
        "party n 2 0 2 2 00000002 00000003  ",  # a group first
        "pipe_fitter n 1 0 1 0 00000001  ",  # two words
        "plumber n 1 0 1 1 00000001  ",
    ]
    (tmp_path / "data.noun").write_text(HEADER + "\n".join(data) + "\n", encoding="utf-8")
    (tmp_path / "index.noun").write_text(HEADER + "\n".join(index) + "\n", encoding="utf-8")
    assert pn.person_nouns(read_wordnet(tmp_path, "noun"), pn.written_lower(tmp_path)) == ["plumber"]


@pytest.mark.skipif(not (WORDNET_DIR / "index.noun").exists(), reason="no WordNet database (Debian's wordnet-base)")
def test_the_shipped_file_is_what_the_script_writes():
    shipped = json.loads(pn.OUT.read_text(encoding="utf-8"))
    assert shipped == pn.build()
