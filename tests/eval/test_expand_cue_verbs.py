"""The WordNet widening of the quote cue verbs, on a tiny WordNet written here, the shipped file's reproducibility, and its use as a gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.analyze.quotes import load_cues
from readout.eval import expand_cue_verbs as cv

HEADER = "  1 This software and database is being provided to you, the LICENSEE, by  \n"


def _wordnet(folder: Path) -> Path:
    """A sense of speaking with a hyponym, a sense of thinking, an act, and a word whose first sense is another."""
    data = [
        "00000001 32 v 03 assert 0 avow 0 hold 0 001 ~ 00000004 v 0000 | state firmly",
        "00000002 31 v 02 doubt 0 distrust 0 000 | be uncertain",
        "00000003 41 v 02 sign 0 ink 0 000 | put a signature on",
        "00000004 32 v 01 profess 0 000 | state insincerely",
        "00000005 35 v 01 hold 0 000 | grasp",
    ]
    index = [
        "assert v 1 0 1 1 00000001  ",
        "avow v 1 0 1 1 00000001  ",
        "distrust v 1 0 1 0 00000002  ",  # never sense-tagged: too rare to read
        "doubt v 1 0 1 1 00000002  ",
        "hold v 2 0 2 2 00000005 00000001  ",  # first sense is grasping
        "ink v 1 0 1 1 00000003  ",
        "profess v 1 0 1 1 00000004  ",
        "sign v 1 0 1 1 00000003  ",
    ]
    (folder / "data.verb").write_text(HEADER + "\n".join(data) + "\n", encoding="utf-8")
    (folder / "index.verb").write_text(HEADER + "\n".join(index) + "\n", encoding="utf-8")
    nouns = [
        "00000011 06 n 01 door 0 000 | a swinging barrier",
        "00000012 10 n 01 remark 0 000 | a statement",
        "00000013 27 n 01 water 0 000 | a liquid",
        "00000014 06 n 01 gate 0 000 | a movable barrier",
        "00000015 06 n 01 embassy 0 000 | a building of envoys",
        "00000016 14 n 01 embassy 0 000 | the envoys and their staff",
    ]
    noun_index = [
        "door n 1 0 1 1 00000011  ",
        "embassy n 2 0 2 2 00000015 00000016  ",  # a building first, its people second
        "gate n 1 0 1 0 00000014  ",  # never sense-tagged
        "remark n 1 0 1 1 00000012  ",
        "water n 1 0 1 1 00000013  ",
    ]
    (folder / "data.noun").write_text(HEADER + "\n".join(nouns) + "\n", encoding="utf-8")
    (folder / "index.noun").write_text(HEADER + "\n".join(noun_index) + "\n", encoding="utf-8")
    return folder


def _lexicon(folder: Path) -> Path:
    path = folder / "cues.json"
    path.write_text(json.dumps({"speech_verbs": ["assert"], "cognition_verbs": ["doubt"], "stance_verbs": ["sign"]}), encoding="utf-8")
    return path


def test_a_cue_verb_lends_the_words_of_its_first_sense_of_speaking_or_thinking(tmp_path):
    net = cv.read_wordnet(_wordnet(tmp_path))
    seeds, known = cv.read_seeds(_lexicon(tmp_path))
    assert seeds == ["assert", "doubt", "sign"] and known == {"assert", "doubt", "sign"}
    # avow: same first sense; hold: its first sense is grasping; distrust: never tagged; ink: an act, not speech
    assert cv.expand(seeds, net, known) == {"avow": {"seed": "assert", "relation": "synonym", "wordnet": "00000001"}}
    assert set(cv.expand(seeds, net, known, hyponyms=True)) == {"avow", "profess"}


def test_words_whose_first_sense_is_speaking_thinking_or_feeling_are_classed(tmp_path):
    net = cv.read_wordnet(_wordnet(tmp_path))
    seeds, known = cv.read_seeds(_lexicon(tmp_path))
    # profess: first sense of communication, tagged, in no list; avow: widened already; distrust: never tagged;
    # hold: first sense grasping; ink, sign: acts (verb.social)
    assert cv.classed(net, known, {"avow"}) == ["profess"]


def test_things_one_can_touch_and_verbs_of_handling_are_listed(tmp_path):
    _wordnet(tmp_path)
    # door, embassy, water: an artifact and a substance first; remark: communication; gate: never tagged
    assert cv.things(cv.read_wordnet(tmp_path, "noun")) == ["door", "embassy", "water"]
    # an embassy is also the people in it (noun.group): it may stand for those who speak there
    assert cv.things_for_bodies(cv.read_wordnet(tmp_path, "noun")) == ["embassy"]
    # hold: first sense grasping (contact); the others speak, think or act socially
    assert cv.handling(cv.read_wordnet(tmp_path)) == ["hold"]


def test_the_command_writes_the_file_and_names_a_missing_wordnet(tmp_path, capsys):
    _wordnet(tmp_path)
    out = tmp_path / "out.json"
    assert cv.main(["--wordnet", str(tmp_path), "--seeds", str(_lexicon(tmp_path)), "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert list(written["verbs"]) == ["avow"] and "WordNet 3.0" in written["about"]
    assert written["classed"] == ["profess"]
    assert (written["things"], written["handling"]) == (["door", "embassy", "water"], ["hold"])
    assert written["things_for_bodies"] == ["embassy"]
    assert cv.main(["--wordnet", str(tmp_path / "none"), "--out", str(out)]) == 2
    assert "no WordNet database here" in capsys.readouterr().err


def test_the_lexicon_knows_a_widened_verb_only_as_a_verb(tmp_path):
    from readout.analyze.nlp import load_corrected

    widened = tmp_path / "widened.json"
    widened.write_text(json.dumps({"verbs": {"reference": {"seed": "cite"}}}), encoding="utf-8")
    doc = load_corrected()("She referenced the report. The reference was old.")
    verb, noun = doc[1], doc[6]
    assert (verb.lemma_, verb.pos_, noun.lemma_, noun.pos_) == ("reference", "VERB", "reference", "NOUN")
    assert load_cues(None, str(widened)).knows(verb) and not load_cues(None, str(widened)).knows(noun)
    assert not load_cues(None, "").knows(verb)


@pytest.mark.skipif(not (cv.WORDNET_DIR / "index.verb").exists(), reason="Debian's wordnet-base is not installed (./install installs it as root)")
def test_the_shipped_widening_is_what_the_generator_makes():
    assert json.loads(cv.OUT.read_text(encoding="utf-8")) == cv.build()
