"""The WordNet expansion of the event trigger patterns, on a tiny WordNet written here, and the shipped file's reproducibility."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout.eval import expand_event_verbs as ev

HEADER = "  1 This software and database is being provided to you, the LICENSEE, by  \n"


def _wordnet(folder: Path) -> Path:
    """Five synsets in WordNet's database format: an attack sense, a praise sense, a sense of thinking, and two of 'hit'."""
    data = [
        # offset lexfile pos w_cnt (word lex_id)* p_cnt (ptr offset pos src/tgt)* | gloss
        "00000001 33 v 04 attack 0 assail 0 hit 0 storm 0 001 ~ 00000004 v 0000 | launch an attack",
        "00000002 32 v 02 praise 0 hail 0 000 | express approval",
        "00000003 31 v 02 reckon 0 figure 0 000 | judge",
        "00000004 33 v 01 ambush 0 000 | attack from hiding",
        "00000005 35 v 01 hit 0 000 | strike with the hand",
    ]
    index = [
        "ambush v 1 0 1 1 00000004  ",
        "assail v 1 0 1 1 00000001  ",
        "attack v 1 0 1 1 00000001  ",
        "figure v 1 0 1 1 00000003  ",
        "hail v 1 0 1 0 00000002  ",  # never sense-tagged: too rare to read
        "hit v 2 0 2 2 00000005 00000001  ",  # first sense is striking with the hand
        "praise v 1 0 1 1 00000002  ",
        "reckon v 1 0 1 1 00000003  ",
        "storm v 1 0 1 1 00000001  ",
    ]
    (folder / "data.verb").write_text(HEADER + "\n".join(data) + "\n", encoding="utf-8")
    (folder / "index.verb").write_text(HEADER + "\n".join(index) + "\n", encoding="utf-8")
    return folder


def _seeds(folder: Path, events: list[dict], skip: dict | None = None) -> Path:
    path = folder / "seeds.json"
    path.write_text(json.dumps({"events": events, "wordnet_skip": {"seeds": skip or {}}}), encoding="utf-8")
    return path


def test_a_seed_lends_its_type_to_the_words_of_its_first_sense_only(tmp_path):
    net = ev.read_wordnet(_wordnet(tmp_path))
    assert net.senses["hit"] == ("00000005", "00000001")
    assert net.synsets["00000001"].words == ("attack", "assail", "hit", "storm")
    assert net.synsets["00000001"].hyponyms == ("00000004",)
    seeds_path = _seeds(tmp_path, [{"type": "ASSAULT", "verbs": ["attack"]}, {"type": "SUPPORT", "verbs": ["praise"]}, {"type": "ACCUSE", "verbs": ["reckon"]}])
    seeds, known = ev.read_seeds(seeds_path)
    out = ev.expand(seeds, net, known)
    # assail: same first sense; hit: its first sense is another; hail: never tagged; figure: a sense of thinking
    assert out["assail"] == {"type": "ASSAULT", "mode": None, "seed": "attack", "relation": "synonym", "wordnet": "00000001"}
    assert set(out) == {"assail", "storm"}
    assert set(ev.expand(seeds, net, known, max_hyponyms=5)) == {"assail", "storm", "ambush"}


def test_words_two_types_reach_and_skipped_seeds_are_left_out(tmp_path):
    net = ev.read_wordnet(_wordnet(tmp_path))
    seeds, known = ev.read_seeds(_seeds(tmp_path, [{"type": "ASSAULT", "verbs": ["attack"]}, {"type": "COERCE", "verbs": ["assail"]}]))
    assert ev.expand(seeds, net, known) == {}  # storm is reached by both types; attack and assail are patterns already
    seeds, known = ev.read_seeds(_seeds(tmp_path, [{"type": "ASSAULT", "verbs": ["attack"]}], skip={"attack": "another sense"}))
    assert seeds == [] and ev.expand(seeds, net, known) == {}
    seeds, known = ev.read_seeds(_seeds(tmp_path, [{"type": "ASSAULT", "verbs": ["attack", "storm the"]}]))
    assert set(ev.expand(seeds, net, known)) == {"assail"}  # "storm" heads a hand-written pattern
    path = _seeds(tmp_path, [{"type": "ASSAULT", "verbs": ["attack"]}])
    path.write_text(json.dumps({**json.loads(path.read_text(encoding="utf-8")), "reporting_verbs": ["assail"]}), encoding="utf-8")
    seeds, known = ev.read_seeds(path)
    assert set(ev.expand(seeds, net, known)) == {"storm"}  # a reporting verb introduces a statement, not an act


def test_the_command_writes_the_file_and_names_a_missing_wordnet(tmp_path, capsys):
    _wordnet(tmp_path)
    seeds = _seeds(tmp_path, [{"type": "ASSAULT", "verbs": ["attack"]}])
    out = tmp_path / "out.json"
    assert ev.main(["--wordnet", str(tmp_path), "--seeds", str(seeds), "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert list(written["verbs"]) == ["assail", "storm"] and "WordNet 3.0" in written["about"]
    assert ev.main(["--wordnet", str(tmp_path / "none"), "--out", str(out)]) == 2
    assert "no WordNet database here" in capsys.readouterr().err


@pytest.mark.skipif(not (ev.WORDNET_DIR / "index.verb").exists(), reason="Debian's wordnet-base is not installed (./install installs it as root)")
def test_the_shipped_expansion_is_what_the_generator_makes():
    assert json.loads(ev.OUT.read_text(encoding="utf-8")) == ev.build()
