"""The WordNet list of rated adjectives that classify, on a tiny WordNet written here, and the shipped file's reproducibility."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.eval import expand_classifying_adjectives as ca

HEADER = "  1 This software and database is being provided to you, the LICENSEE, by  \n"


def _write(folder: Path, pos: str, data: list[str], index: list[str]) -> None:
    (folder / f"data.{pos}").write_text(HEADER + "\n".join(data) + "\n", encoding="utf-8")
    (folder / f"index.{pos}").write_text(HEADER + "\n".join(index) + "\n", encoding="utf-8")


def _wordnet(folder: Path) -> Path:
    """A judging and a derived sense of "criminal", a pertainym, an adjective derived from a noun of feeling, two nouns of people,
    a noun of a thing, a noun of a place, a noun whose first sense is an act ("crossing": a place second), and two general nouns of noun.Tops,
    one over people ("person") and one over things ("whole")."""
    _write(folder, "adj", [
        "00000001 00 s 01 criminal 0 001 + 00000010 n 0101 | involving a crime",
        "00000002 00 s 01 criminal 0 000 | deserving censure",
        "00000003 01 a 01 tragic 0 001 \\ 00000011 n 0101 | of tragedy",
        "00000004 00 a 01 hateful 0 001 + 00000012 n 0101 | evoking hatred",
    ], [
        "criminal a 2 0 2 2 00000002 00000001  ",
        "hateful a 1 0 1 1 00000004  ",
        "tragic a 1 0 1 1 00000003  ",
    ])
    _write(folder, "noun", [
        "00000010 04 n 01 crime 0 000 | an unlawful act",
        "00000011 10 n 01 tragedy 0 000 | a drama",
        "00000012 12 n 01 hatred 0 000 | a feeling",
        "00000013 18 n 01 looter 0 000 | a person who loots",
        "00000014 14 n 01 mob 0 000 | a disorderly crowd",
        "00000015 06 n 01 ladder 0 000 | a climbing frame",
        "00000016 04 n 01 crossing 0 000 | the act of crossing",
        "00000017 15 n 01 crossing 0 000 | a place where roads cross",
        "00000018 03 n 01 person 0 001 ~ 00000013 n 0000 | a human being",
        "00000019 03 n 01 whole 0 001 ~ 00000015 n 0000 | an assemblage of parts",
        "00000040 15 n 01 town 0 000 | an urban area",
    ], [
        "crime n 1 0 1 1 00000010  ",
        "crossing n 2 0 2 2 00000016 00000017  ",
        "hatred n 1 0 1 1 00000012  ",
        "ladder n 1 0 1 1 00000015  ",
        "looter n 1 0 1 1 00000013  ",
        "mob n 1 0 1 1 00000014  ",
        "person n 1 1 ~ 1 1 00000018  ",
        "town n 1 0 1 1 00000040  ",
        "tragedy n 1 0 1 1 00000011  ",
        "whole n 1 1 ~ 1 1 00000019  ",
    ])
    return folder


def _lexicon(folder: Path) -> Path:
    path = folder / "lexicon.json"
    valence = {"package": "vaderSentiment", "file": "vader_lexicon.txt", "name_calling_max": -1.5, "not_loaded": ["crime"]}
    path.write_text(json.dumps({"valence": valence}), encoding="utf-8")
    return path


def test_rated_adjectives_with_a_relational_sense_are_listed_with_the_nouns_of_people_and_things(tmp_path):
    built = ca.build(_wordnet(tmp_path), _lexicon(tmp_path))
    # VADER rates criminal -2.4, tragic -2.0, hateful -2.2: "hateful" comes from a feeling, not from a noun that reports
    assert built["adjectives"] == {
        "criminal": {"relation": "derived", "noun": "crime", "wordnet": "00000001"},
        "tragic": {"relation": "pertainym", "wordnet": "00000003"},
    }
    assert built["people"] == ["looter", "mob", "person"]  # "person" is filed under noun.Tops, over nouns of people
    assert built["groups"] == ["mob"]
    assert built["things"] == ["ladder", "town"]  # only the most frequent sense counts
    assert built["places"] == ["town"]  # "crossing" is a place only in its second sense


def test_the_command_writes_the_file_and_names_a_missing_wordnet(tmp_path, capsys):
    _wordnet(tmp_path)
    out = tmp_path / "out.json"
    assert ca.main(["--wordnet", str(tmp_path), "--lexicon", str(_lexicon(tmp_path)), "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert list(written["adjectives"]) == ["criminal", "tragic"] and "WordNet 3.0" in written["about"]
    assert ca.main(["--wordnet", str(tmp_path / "none"), "--out", str(out)]) == 2
    assert "no WordNet database here" in capsys.readouterr().err


@pytest.mark.skipif(not (ca.WORDNET_DIR / "index.adj").exists(), reason="Debian's wordnet-base is not installed (./install installs it as root)")
def test_the_shipped_list_is_what_the_generator_makes():
    assert json.loads(ca.OUT.read_text(encoding="utf-8")) == ca.build()


def test_participles_of_verbs_felt_by_their_object_are_feelings(tmp_path):
    """ "frustrated" (frustrate: verb.emotion, only "Somebody ----s somebody") says what someone feels; "hated" (hate
    may take something: "Somebody ----s something") judges what is felt about; a verb of another file is no feeling."""
    _write(_wordnet(tmp_path), "verb", [
        "00000020 37 v 01 frustrate 0 000 01 + 09 00 | make someone feel thwarted",
        "00000021 37 v 01 hate 0 000 02 + 08 00 + 09 00 | dislike intensely",
        "00000022 35 v 01 crush 0 000 01 + 09 00 | press hard",
    ], [
        "crush v 1 0 1 1 00000022  ",
        "frustrate v 1 0 1 1 00000020  ",
        "hate v 1 0 1 1 00000021  ",
    ])
    built = ca.build(tmp_path, _lexicon(tmp_path))
    # VADER rates frustrated, hated and crushed at or under -1.5; "hatred" is a noun of feeling (next test)
    assert built["feelings"] == ["frustrated", "hatred"]
    assert ca.verb_bases("horrified")[2] == "horrify" and "annoy" in ca.verb_bases("annoyed")


def test_nouns_of_feeling_and_adjectives_glossed_as_experiencing_one_are_feelings(tmp_path):
    """ "hatred" (most frequent sense in noun.feeling) and "fearful" ("experiencing or showing fear") say what someone
    feels; "hateful" ("evoking hatred") causes a feeling, and a noun whose first sense is another kind is no feeling."""
    folder = _wordnet(tmp_path)
    adjectives = (folder / "data.adj").read_text(encoding="utf-8") + "00000005 00 a 01 fearful 0 000 | experiencing or showing fear\n"
    (folder / "data.adj").write_text(adjectives, encoding="utf-8")
    (folder / "index.adj").write_text((folder / "index.adj").read_text(encoding="utf-8") + "fearful a 1 0 1 1 00000005  \n", encoding="utf-8")
    built = ca.build(folder, _lexicon(tmp_path))
    assert built["feelings"] == ["fearful", "hatred"]  # no verbs here: no participles; "hateful" and "crime" are not listed


def test_adjectives_glossed_as_bringing_harm_are_outcomes_and_nouns_of_acts_are_events(tmp_path):
    """ "fatal" ("bringing death") says what an event did; "grave" ("causing fear or anxiety by threatening great harm")
    says what it might do; nouns whose most frequent sense is an act or event ("crime", "crossing") are events."""
    folder = _wordnet(tmp_path)
    adjectives = (folder / "data.adj").read_text(encoding="utf-8")
    adjectives += "00000006 00 a 01 fatal 0 000 | bringing death\n00000007 00 a 01 grave 0 000 | causing fear or anxiety by threatening great harm\n"
    (folder / "data.adj").write_text(adjectives, encoding="utf-8")
    index = (folder / "index.adj").read_text(encoding="utf-8") + "fatal a 1 0 1 1 00000006  \ngrave a 1 0 1 1 00000007  \n"
    (folder / "index.adj").write_text(index, encoding="utf-8")
    built = ca.build(folder, _lexicon(tmp_path))  # VADER rates fatal -2.5 and grave -1.6
    assert built["outcomes"] == ["fatal"]
    assert built["events"] == ["crime", "crossing"]


def test_adjectives_glossed_as_dire_consequences_or_bloodshed_are_outcomes(tmp_path):
    """ "disastrous" ("(of events) having extremely unfortunate or dire consequences") and "bloody" ("having or covered
    with or accompanied by blood") say what an event did too; "reckless" ("marked by defiant disregard for danger or
    consequences") judges the one who acts."""
    folder = _wordnet(tmp_path)
    adjectives = (folder / "data.adj").read_text(encoding="utf-8")
    adjectives += ("00000008 00 a 01 disastrous 0 000 | (of events) having extremely unfortunate or dire consequences; bringing ruin\n"
                   "00000009 00 a 01 bloody 0 000 | having or covered with or accompanied by blood\n"
                   "00000010 00 a 01 reckless 0 000 | marked by defiant disregard for danger or consequences\n")
    (folder / "data.adj").write_text(adjectives, encoding="utf-8")
    index = (folder / "index.adj").read_text(encoding="utf-8")
    index += "bloody a 1 0 1 1 00000009  \ndisastrous a 1 0 1 1 00000008  \nreckless a 1 0 1 1 00000010  \n"
    (folder / "index.adj").write_text(index, encoding="utf-8")
    built = ca.build(folder, _lexicon(tmp_path))  # VADER rates disastrous -2.9, bloody -1.9, reckless -1.7
    assert built["outcomes"] == ["bloody", "disastrous"]


def test_wordnet_terms_opened_by_a_flag_word_are_listed(tmp_path):
    """ "homeland security" opens with a flag-waving entry of the lexicon: a term; "crime wave" opens with no such word."""
    folder = _wordnet(tmp_path)
    nouns = (folder / "data.noun").read_text(encoding="utf-8")
    nouns += "00000030 14 n 01 homeland_security 0 000 | a department\n00000031 11 n 01 crime_wave 0 000 | a rise in crime\n"
    (folder / "data.noun").write_text(nouns, encoding="utf-8")
    index = (folder / "index.noun").read_text(encoding="utf-8") + "crime_wave n 1 0 1 0 00000031  \nhomeland_security n 1 0 1 0 00000030  \n"
    (folder / "index.noun").write_text(index, encoding="utf-8")
    lexicon = _lexicon(tmp_path)
    raw = json.loads(lexicon.read_text(encoding="utf-8"))
    raw["techniques"] = {"flag_waving": {"phrases": ["homeland", "our nation"]}}
    lexicon.write_text(json.dumps(raw), encoding="utf-8")
    assert ca.build(folder, lexicon)["flag_terms"] == ["homeland security"]


def test_nouns_under_a_root_and_nouns_of_matter_are_listed_by_their_senses(tmp_path):
    """``descendants``: the nouns whose first sense is a root or lies under it ("person" over "looter"), not a noun whose
    first sense lies elsewhere; ``matter_words``: a noun with any sense in noun.substance or noun.possession."""
    from readout.eval.expand_event_verbs import read_wordnet

    folder = _wordnet(tmp_path)
    (folder / "data.noun").write_text((folder / "data.noun").read_text(encoding="utf-8")
                                      + "00000020 27 n 01 sludge 0 000 | a substance\n00000021 21 n 01 ladder 0 000 | a holding\n",
                                      encoding="utf-8")
    (folder / "index.noun").write_text((folder / "index.noun").read_text(encoding="utf-8").replace(
        "ladder n 1 0 1 1 00000015  ", "ladder n 2 0 2 2 00000015 00000021  ") + "sludge n 1 0 1 1 00000020  \n", encoding="utf-8")
    net = read_wordnet(folder, "noun")
    assert ca.descendants(net, ("00000018",)) == ["looter", "person"]
    assert ca.descendants(net, ("99999999",)) == []  # a root this WordNet lacks
    assert ca.matter_words(net) == ["ladder", "sludge"]  # "ladder": its second sense is a possession


def test_an_untagged_noun_names_people_only_when_most_of_its_common_senses_do(tmp_path):
    """A noun none of whose senses WordNet's tagged texts hold has its senses in no order: "hauler" (a person first, then
    two vehicles) is no noun of people; "tagger" with the same senses, tagged, is, by its first sense; "dolt" (a person,
    and a town of that name) is, the name not counted; "rascal" (a person and a cart) is not, but "louse" (a person and
    an insect's thing-sense here), rated as an insult (VADER: -1.6), is."""
    folder = _wordnet(tmp_path)
    (folder / "data.noun").write_text((folder / "data.noun").read_text(encoding="utf-8") + (
        "00000050 18 n 01 hauler 0 000 | a person who hauls\n00000051 06 n 01 hauler 0 000 | a truck\n"
        "00000052 06 n 01 hauler 0 000 | a trailer\n00000053 18 n 01 dolt 0 000 | a dull person\n"
        "00000054 15 n 01 Dolt 0 001 @i 00000040 n 0000 | a town\n00000055 18 n 01 rascal 0 000 | a rogue\n"
        "00000056 06 n 01 rascal 0 000 | a cart\n00000057 18 n 01 louse 0 000 | a contemptible person\n"
        "00000058 06 n 01 louse 0 000 | a comb\n"), encoding="utf-8")
    (folder / "index.noun").write_text((folder / "index.noun").read_text(encoding="utf-8") + (
        "dolt n 2 1 @ 2 0 00000053 00000054  \nhauler n 3 0 3 0 00000050 00000051 00000052  \n"
        "louse n 2 0 2 0 00000057 00000058  \nrascal n 2 0 2 0 00000055 00000056  \n"
        "tagger n 3 0 3 2 00000050 00000051 00000052  \n"), encoding="utf-8")
    built = ca.build(folder, _lexicon(tmp_path))
    assert {"tagger", "dolt", "louse"} <= set(built["people"])
    assert "hauler" not in built["people"] and "rascal" not in built["people"]
    assert ca.instances(folder) == frozenset({"00000054"})
