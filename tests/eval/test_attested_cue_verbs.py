"""Verbs the training articles show heading attributions: counted on invented articles, the command on a small
sample, and the shipped file read as a gate of the learned reader."""

from __future__ import annotations

import json

import pytest

from readout.analyze.quotes import load_cues
from readout.eval import attested_cue_verbs as av
from readout.eval import polnear_check
from readout.eval.expand_event_verbs import read_wordnet
from readout.eval.polnear import Article, Attribution

needs_polnear = pytest.mark.skipif(not polnear_check.default_path().is_dir(), reason="PolNeAR is not in ../shared/eval")


def _attribution(text: str, cue: str, content: str) -> Attribution:
    at = text.index(content)
    return Attribution(content=((at, at + len(content)),), cue=((text.index(cue), text.index(cue) + len(cue)),), cue_text=cue)


def test_a_verb_counts_each_time_it_occurs_and_each_time_it_heads_a_cue():
    from readout.analyze.nlp import load_corrected

    text = ("The mayor echoed the concerns of the ferry crews. The canyon echoed with thunder all night. "
            "The new coach signed a two-year contract.")
    article = Article("a", text, (_attribution(text, "echoed", "the concerns of the ferry crews"),))
    occurrences, cues = av.count([(article, load_corrected(None)(text))])
    assert (occurrences["echo"], cues["echo"]) == (2, 1)
    assert (occurrences["sign"], cues["sign"]) == (1, 0)
    # kept: seen at least three times as a verb and heading a cue at least once
    assert av.attested(occurrences, cues) == {}
    assert av.attested(occurrences, cues, min_occurrences=2) == {"echo": [1, 2]}


def test_verbs_of_physical_contact_are_named_from_wordnet(tmp_path):
    header = "  1 This software and database is being provided to you, the LICENSEE, by  \n"
    (tmp_path / "data.verb").write_text(header + "00000001 35 v 01 slam 0 000 | strike violently\n"
                                        "00000002 32 v 01 echo 0 000 | say again\n", encoding="utf-8")
    (tmp_path / "index.verb").write_text(header + "echo v 1 0 1 1 00000002  \nslam v 1 0 1 1 00000001  \n", encoding="utf-8")
    assert av.physical({"echo": [3, 4], "slam": [3, 4], "opine": [3, 3]}, read_wordnet(tmp_path)) == ["slam"]


def test_the_lexicon_reads_the_verbs_at_the_share_and_not_the_physical_ones(tmp_path):
    path = tmp_path / "attested.json"
    path.write_text(json.dumps({"min_share": 0.5, "physical": ["slam"],
                                "verbs": {"echo": [3, 5], "attend": [1, 9], "slam": [9, 10]}}), encoding="utf-8")
    assert load_cues(None, None, str(path)).attested == frozenset({"echo"})
    assert load_cues(None, None, "").attested == frozenset()


def test_the_shipped_file_says_where_it_comes_from():
    cues = load_cues()
    assert "echo" in cues.attested and "slam" not in cues.attested  # a literal use of 'slam' is an act
    assert not cues.attested & {"sign", "attend", "visit"}


@needs_polnear
def test_the_command_on_three_articles_writes_counts(tmp_path, capsys):
    out = tmp_path / "attested.json"
    assert av.main(["--limit", "3", "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert "PolNeAR" in written["about"] and written["min_share"] == av.MIN_SHARE
    assert all(0 < cues <= seen and seen >= av.MIN_OCCURRENCES for cues, seen in written["verbs"].values())
    assert "say" in written["verbs"]
