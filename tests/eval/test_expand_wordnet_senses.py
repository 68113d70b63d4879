"""The WordNet senses the cue model reads: written from a WordNet database, read back without WordNet."""

from __future__ import annotations

import json

from readout.analyze.quote_model import Sense, load_senses
from readout.eval import expand_wordnet_senses

# A tiny database in WordNet 3.0's format (wndb(5WN)): offsets, lexicographer file, words, pointers, gloss.
DATA_VERB = """  licence header line
00000001 32 v 01 communicate 0 000 | to pass on
00000002 32 v 02 say 0 state 0 001 @ 00000001 v 0000 | to utter
00000003 32 v 01 lambast 0 001 @ 00000002 v 0000 | to criticize hard
00000004 35 v 01 lambast 0 000 | to beat
00000005 32 v 01 give_up 0 000 | to stop
"""
INDEX_VERB = """  licence header line
communicate v 1 0 1 0 00000001
give_up v 1 0 1 0 00000005
lambast v 2 1 @ 2 0 00000004 00000003
say v 1 1 @ 1 1 00000002
state v 1 1 @ 1 0 00000002
"""
DATA_NOUN = """  licence header line
00000010 10 n 01 claim 0 000 | an assertion
00000011 18 n 01 senator 0 000 | a legislator
"""
INDEX_NOUN = """  licence header line
claim n 1 0 1 0 00000010
senator n 1 0 1 0 00000011
"""


def _database(folder):
    for name, text in (("data.verb", DATA_VERB), ("index.verb", INDEX_VERB), ("data.noun", DATA_NOUN), ("index.noun", INDEX_NOUN)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_senses_name_the_first_sense_its_hypernyms_and_the_other_senses_files(tmp_path):
    data = expand_wordnet_senses.build(_database(tmp_path))
    assert data["verbs"]["say"] == ["verb.communication", ["v00000002", "v00000001"], []]
    assert data["verbs"]["lambast"] == ["verb.contact", ["v00000004"], ["verb.communication"]]
    assert "give_up" not in data["verbs"]  # phrases: the model's lemmas are single words
    assert data["nouns"] == {"claim": ["noun.communication", ["n00000010"], []]}  # a senator is a person, not a message


def test_the_written_file_loads_as_senses_per_part_of_speech(tmp_path, capsys):
    out = tmp_path / "senses.json"
    assert expand_wordnet_senses.main(["--wordnet", str(_database(tmp_path)), "--out", str(out)]) == 0
    assert "WordNet 3.0" in json.loads(out.read_text(encoding="utf-8"))["about"]
    senses = load_senses.__wrapped__(out)
    assert senses["VERB"]["state"] == Sense("verb.communication", ("v00000002", "v00000001"), ())
    assert senses["NOUN"]["claim"].lexname == "noun.communication"
    assert "4 verbs and 1 nouns" in capsys.readouterr().out


def test_a_folder_without_wordnet_is_named_in_the_error(tmp_path, capsys):
    assert expand_wordnet_senses.main(["--wordnet", str(tmp_path), "--out", str(tmp_path / "x.json")]) == 2
    assert str(tmp_path) in capsys.readouterr().err
