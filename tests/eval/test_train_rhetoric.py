"""The rhetoric calibration command: kinds shrunk toward the mean, the line chosen for precision, a loadable file."""

from __future__ import annotations

import json

import pytest

from readout.analyze.rhetoric_calibration import load_calibration
from readout.eval import train_rhetoric
from readout.eval.public import shared_eval_dir
from readout.eval.semeval import FIT_DATA
from readout.eval.train_rhetoric import Marked, choose, fit_cues, fit_kinds, kept

HAVE_DATA = (shared_eval_dir() / FIT_DATA).is_file()


def _marked(kind: str, credits: list[float], cue: str | None = None) -> list[Marked]:
    return [Marked((f"m{i}", 0, 5, kind.split("/")[0]), kind, c, cue) for i, c in enumerate(credits)]


def test_kinds_are_shrunk_toward_the_mean_and_rare_kinds_left_out():
    marked = _marked("a/lexicon", [1.0] * 8) + _marked("b/parallel", [0.0] * 8) + _marked("c/pattern", [0.0] * 2)
    kinds = fit_kinds(marked, prior_weight=2.0)
    prior = 8 / 18
    assert kinds["a/lexicon"] == {"markers": 8, "credit": 8.0, "confidence": round((8 + 2 * prior) / 10, 2)}
    assert kinds["b/parallel"]["confidence"] == round(2 * prior / 10, 2)
    assert "c/pattern" not in kinds  # seen twice: keeps the lexicon's confidence
    assert [item[3] for item in kept(marked, kinds, 0.5)] == ["a"] * 8 + ["c"] * 2


def test_evidence_is_counted_in_memes_not_markers():
    """Six markers of a kind on two memes (one author's habit written three times each) are two examples, too few to
    learn from: the kind keeps the lexicon's confidence, and so does a phrase written four times on one meme."""
    marked = _marked("a/lexicon", [1.0] * 8)
    marked += [Marked((f"m{i % 2}", 10 + i, 12 + i, "b"), "b/pattern", 0.0) for i in range(6)]
    marked += [Marked(("m0", 20 + i, 22 + i, "a"), "a/lexicon", 1.0, "a/habit") for i in range(4)]
    kinds = fit_kinds(marked, prior_weight=1.0)
    assert "b/pattern" not in kinds and kinds["a/lexicon"]["markers"] == 12
    assert "a/habit" not in fit_cues(marked, kinds, cue_weight=2.0)
    assert len(kept(marked, kinds, 0.5)) == len(marked)  # the pattern, wrong six times on two memes, is not dropped on that


def test_a_phrase_seen_often_gets_its_own_confidence_shrunk_toward_its_kind():
    marked = _marked("a/lexicon", [1.0] * 6, "a/good") + _marked("a/lexicon", [0.0] * 4, "a/bad") + _marked("a/lexicon", [1.0], "a/once")
    kinds = fit_kinds(marked, prior_weight=1.0)
    kind = kinds["a/lexicon"]["confidence"]
    cues = fit_cues(marked, kinds, cue_weight=2.0)
    assert cues["a/bad"]["confidence"] == round(2 * kind / 6, 2) and cues["a/good"]["confidence"] == round((6 + 2 * kind) / 8, 2)
    assert "a/once" not in cues and fit_cues(marked, kinds, None) == {}
    assert len(kept(marked, kinds, 0.4, cues)) == 7  # the phrase that was always wrong goes, its kind stays


def test_the_line_is_the_most_precise_that_keeps_the_recall():
    table = {(1, 1.0, None, 0.0): (0.70, 0.100, 0.18), (1, 1.0, None, 0.3): (0.75, 0.099, 0.17), (1, 1.0, None, 0.5): (0.90, 0.080, 0.15),
             (1, 2.0, None, 0.0): (0.70, 0.100, 0.18), (1, 2.0, None, 0.3): (0.75, 0.099, 0.17), (1, 2.0, 2.0, 0.3): (0.75, 0.099, 0.17),
             (2, 1.0, None, 0.3): (0.75, 0.099, 0.17), (3, 1.0, None, 0.3): (0.80, 0.070, 0.13)}
    # 0.5 is more precise but loses a fifth of the recall, and so does asking entries for 3 memes; ties: no cues, the lower
    # weight, then the higher support (fewer entries)
    assert choose(table) == (2, 1.0, None, 0.3)


def _entry_markers(names: list[str], right_on: set[str], entry: str = "a/insult") -> list[Marked]:
    return [Marked((n, 20, 25, "a"), "a/lexicon", 1.0 if n in right_on else 0.0, entry, entry) for n in names if n in right_on]


def test_an_entry_written_from_the_fit_memes_is_kept_only_where_enough_memes_attest_it():
    """An entry of the lexicon's ``from_fit_memes`` is kept when its markers are right on ``support`` memes; its
    markers go otherwise, those of other detectors and entries stay, and its markers still count toward its kind."""
    marked = [Marked((f"m{i}", 0, 5, "a"), "a/lexicon", 1.0) for i in range(4)]
    marked += _entry_markers(["m0", "m1"], {"m0", "m1"}) + [Marked(("m2", 30, 35, "a"), "a/lexicon", 0.0, "a/once", "a/once")]
    assert train_rhetoric.supported(marked, 1) == {"a/insult"}  # "a/once" was never right: not attested
    assert train_rhetoric.supported(marked, 2) == {"a/insult"} and train_rhetoric.supported(marked, 3) == frozenset()
    entries, kinds, _ = train_rhetoric.fitted(marked, 3, 1.0, None)
    assert entries == frozenset() and kinds["a/lexicon"]["markers"] == 7
    assert len(train_rhetoric.admitted(marked, entries)) == 4


def test_the_nested_figure_chooses_the_entries_without_the_held_out_memes():
    """An entry written from the fit memes that only one fold's memes attest: chosen on all memes it is kept and
    finds its gold spans; held out, that fold is scored with the entries the other folds attest, where it has no
    right marker, so it is not in the lexicon there and its spans are missed, as they would be had its writer read only
    the other memes."""
    names = [f"m{i:02d}" for i in range(20)]
    lucky = [set(p) for p in train_rhetoric.folds(names, train_rhetoric.FOLDS, train_rhetoric.SEED) if p][0]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names] + _entry_markers(names, lucky)
    gold = [(n, 0, 5, "a") for n in names] + [(n, 20, 25, "a") for n in lucky]
    table = train_rhetoric.cross_validate(marked, gold, names)
    entries, _, _ = train_rhetoric.fitted(marked, choose(table)[0], 1.0, None)
    assert entries == {"a/insult"}  # in-sample: kept
    precision, recall, _ = train_rhetoric.nested_held_out(marked, gold, names)
    assert precision == pytest.approx(1.0) and recall == pytest.approx(0.9)  # the lucky fold finds 4 of its 8 spans


@pytest.mark.skipif(not HAVE_DATA, reason="../shared/eval is not available")
def test_a_meme_and_its_repost_or_template_twin_sit_in_one_fold():
    """Near-duplicate memes (the same words, or a shared run of six) are one text: held out together (fourteenth pass)."""
    items = [{"id": "a", "text": "THE TIDE IS COMING FOR YOUR BOATS"},
             {"id": "b", "text": "The tide is coming for your boats!"},
             {"id": "c", "text": "Maybe sailing isn't your game, landlubbers. Let's have a knot-tying contest."},
             {"id": "d", "text": "Maybe fishing isn't your game. Let's have a knot-tying contest instead."},
             {"id": "e", "text": "Ferries are late again."}]
    assert train_rhetoric.twins(items) == {"b": "a", "d": "c"}  # "let s have a knot tying contest": six words shared
    names = [f"m{i}" for i in range(40)]
    train_rhetoric._twins.clear()
    train_rhetoric._twins.update({"m7": "m1", "m30": "m2"})
    try:
        parts = train_rhetoric.meme_folds(names, 5)
    finally:
        train_rhetoric._twins.clear()
    fold_of = {n: i for i, part in enumerate(parts) for n in part}
    assert fold_of["m7"] == fold_of["m1"] and fold_of["m30"] == fold_of["m2"]
    assert sorted(n for part in parts for n in part) == sorted(names)


def test_a_small_run_writes_a_calibration_the_component_loads(tmp_path):
    out = tmp_path / "cal.json"
    assert train_rhetoric.main(["--out", str(out), "--limit", "80"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "80 memes" in data["about"] and data["min_confidence"] in train_rhetoric.GRID_LINE
    assert all(0.0 <= k["confidence"] <= 1.0 and (k["markers"] >= train_rhetoric.MIN_MEMES or k.get("few_memes"))
               for k in data["kinds"].values())
    assert data["support"] in train_rhetoric.GRID_SUPPORT and data["entries"]["candidates"] == len(data["entries"]["kept"]) + len(data["entries"]["dropped"])
    calibration = load_calibration(str(out))
    assert calibration.min_confidence == data["min_confidence"]
    assert 0.0 < data["prior"]["confidence"] <= 1.0 and data["prior"]["sources"] == ["metaphor"]  # the unlisted metaphors' confidence
    assert calibration.prior == data["prior"]["confidence"]
    assert train_rhetoric.main(["--out", str(tmp_path / "again.json"), "--limit", "80"]) == 0
    assert (tmp_path / "again.json").read_text(encoding="utf-8") == out.read_text(encoding="utf-8")  # no randomness


@pytest.mark.skipif(not HAVE_DATA, reason="../shared/eval is not available")
def test_the_cross_validated_fit_figure_is_the_nested_one():
    """The benchmark's held-out fit figure (``*_fit_cv``) is the training command's nested one: the setting chosen
    inside each fold, so below the in-sample figure. Against the figure the setting was chosen by it is not always
    below: the two differ by less than the spread over fold assignments (sd 0.008; with twins in one fold, fourteenth
    pass, the shipped assignment gives nested 0.876 against 0.873)."""
    items = json.loads((shared_eval_dir() / FIT_DATA).read_text(encoding="utf-8"))
    bundled = json.loads(train_rhetoric.CALIBRATION_PATH.read_text(encoding="utf-8"))
    precision, recall, _ = train_rhetoric.cross_validated_fit(items)
    assert [round(precision, 4), round(recall, 4)] == bundled["fit"]["nested_cv"][:2]
    assert precision < bundled["fit"]["after"][0] and bundled["fit"]["cv_after"][0] < bundled["fit"]["after"][0]


def test_the_nested_figure_chooses_the_setting_without_the_held_out_memes():
    """Kind "a" is always right; kind "b" only on the memes of one fold. Chosen on all memes, "b" is kept (every
    gold "b" span found). Held out, that fold is scored with a setting chosen on the other memes, where "b" is never
    right: "b" is dropped there and its four gold spans are missed."""
    names = [f"m{i:02d}" for i in range(20)]
    lucky = [set(p) for p in train_rhetoric.folds(names, train_rhetoric.FOLDS, train_rhetoric.SEED) if p][0]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names]
    marked += [Marked((n, 10, 15, "b"), "b/pattern", 1.0 if n in lucky else 0.0) for n in names]
    gold = [(n, 0, 5, "a") for n in names] + [(n, 10, 15, "b") for n in lucky]
    table = train_rhetoric.cross_validate(marked, gold, names)
    assert table[choose(table)][1] == 1.0
    precision, recall, _ = train_rhetoric.nested_held_out(marked, gold, names)
    assert recall == pytest.approx(0.9)  # the lucky fold: 4 of 8 gold spans; the others: all
    assert precision == pytest.approx(0.6)


def test_the_nested_figure_over_several_fold_assignments_starts_with_the_shipped_one():
    """Repeated nested cross-validation: the shipped seed's figure first (the one the benchmark reports), then other
    assignments of the same memes to folds, each a full nested run."""
    names = [f"m{i:02d}" for i in range(20)]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0 if i % 3 else 0.0) for i, n in enumerate(names)]
    gold = [(n, 0, 5, "a") for i, n in enumerate(names) if i % 3]
    runs = train_rhetoric.nested_spread(marked, gold, names, 3)
    assert [seed for seed, _ in runs] == [train_rhetoric.SEED, 1, 2]
    assert runs[0][1] == train_rhetoric.nested_held_out(marked, gold, names)
    assert runs[1][1] == train_rhetoric.nested_held_out(marked, gold, names, seed=1)


@pytest.mark.skipif(not HAVE_DATA, reason="../shared/eval is not available")
def test_the_spread_command_prints_figures_and_writes_nothing(tmp_path, capsys):
    assert train_rhetoric.main(["--out", str(tmp_path / "cal.json"), "--limit", "60", "--spread", "2"]) == 0
    out = capsys.readouterr().out
    assert f"seed {train_rhetoric.SEED}: nested P" in out and "over 2 assignments: mean" in out
    assert not (tmp_path / "cal.json").exists()


def test_the_forms_of_one_word_are_chosen_together():
    """The lexicon matches "liars" only on plurals and "liar" only on singulars: both are one group, attested by the
    memes of either, and the file names each entry."""
    entries = train_rhetoric.fit_entries(train_rhetoric.calibration_pipeline())
    assert entries["name_calling_labeling/liar"] == entries["name_calling_labeling/liars"] == "name_calling_labeling/liar"
    assert entries["loaded_language/ruined"] == entries["loaded_language/ruin"] != entries["loaded_language/lies"]
    assert entries["exaggeration_minimisation/pattern"] == "exaggeration_minimisation/pattern"
    group = entries["name_calling_labeling/liar"]
    marked = [Marked(("m0", 0, 4, "a"), "a/lexicon", 1.0, "a/liar", group), Marked(("m1", 0, 5, "a"), "a/lexicon", 1.0, "a/liars", group)]
    assert train_rhetoric.supported(marked, 2) == {group}


def test_entries_seen_on_few_memes_take_their_held_out_confidence():
    """An entry right on one meme and wrong on nine others is right 0.0 of the time on memes it was not read from:
    under the line it goes, with it over its kind's line it is kept and reported with that held-out figure, while an
    entry right on ten memes is judged as before."""
    names = [f"m{i:02d}" for i in range(20)]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0 if i < 10 else 0.0, "a/often", "a/often") for i, n in enumerate(names)]
    marked += [Marked((n, 10, 15, "a"), "a/lexicon", 1.0 if i == 0 else 0.0, "a/rare", "a/rare") for i, n in enumerate(names[:10])]
    credit, markers = train_rhetoric.few_memes_credit(marked, names, 1)
    assert credit == 0.0 and markers > 0
    assert train_rhetoric.few_memes_kept(marked, names, 1, 0.5) == (frozenset({"a/often"}), frozenset(), 0.0)
    assert train_rhetoric.few_memes_kept(marked, names, 1, 0.0) == (frozenset({"a/often", "a/rare"}), frozenset({"a/rare"}), 0.0)


def _gated(group: str, value: float, credit: float, kind: str, name: str) -> Marked:
    return Marked((name, 0, 5, kind.split("/")[0]), kind, credit, None, None, (group, value))


def test_the_detectors_settings_keep_the_markers_worth_the_line():
    """Marked once with the loosest settings, a setting keeps what its detectors would have made; the setting chosen
    keeps the markers more likely right than the line: loaded words rated -2.1 wrong, -2.6 right; quoted single
    words wrong, three-word labels right; imperative exclamations never right (off)."""
    marked = [_gated("valence", -2.1, 0.0, "loaded_language/valence", f"a{i}") for i in range(5)]
    marked += [_gated("valence", -2.6, 1.0, "loaded_language/valence", f"b{i}") for i in range(5)]
    marked += [_gated("valence", -1.6, 1.0, "name_calling_labeling/valence", f"c{i}") for i in range(3)]
    marked += [_gated("scare_quotes", 1, 0.0, "loaded_language/scare_quotes", f"d{i}") for i in range(4)]
    marked += [_gated("scare_quotes", 3, 1.0, "loaded_language/scare_quotes", f"e{i}") for i in range(2)]
    marked += [_gated("exclamation", 4, 0.0, "slogans/exclamation", f"f{i}") for i in range(3)]
    setting = train_rhetoric.choose_detectors(marked, 0.5)
    assert setting == {"name_calling_max": -1.5, "loaded_max": -2.5, "name_reach": 1, "noun_said_of": 0, "scare_min_words": 3,
                       "exclamation_max_words": 1}  # no label: the shortest reach; no noun said of someone: the rule as written
    kept_items = {m.item[0] for m in train_rhetoric.made_under(marked, setting)}
    assert kept_items == {f"b{i}" for i in range(5)} | {f"c{i}" for i in range(3)} | {"e0", "e1"}
    # loaded language needs both lines, name calling its own
    assert not train_rhetoric.made(marked[10], {**train_rhetoric.LOOSE, "name_calling_max": -2.0})
    assert not train_rhetoric.made(marked[5], {**train_rhetoric.LOOSE, "name_calling_max": -2.75})
    assert train_rhetoric.LOOSE == {"name_calling_max": -1.5, "loaded_max": -2.0, "name_reach": 5, "noun_said_of": 0,
                                    "scare_min_words": 1, "exclamation_max_words": 6}


def test_the_nested_figure_chooses_the_detectors_without_the_held_out_memes():
    """Imperative exclamations right only on one fold's memes and wrong on the others: each fold chooses the setting
    from the other folds alone. Held out, the lucky fold is scored with the detector off (its training memes hold no
    right exclamation); every other fold's training memes hold the 4 right ones of 16, worth a line of 0.1, so there
    the detector is on."""
    names = [f"m{i:02d}" for i in range(20)]
    parts = [set(p) for p in train_rhetoric.folds(names, train_rhetoric.FOLDS, train_rhetoric.SEED) if p]
    lucky = parts[0]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names]
    marked += [_gated("exclamation", 3, 1.0 if n in lucky else 0.0, "slogans/exclamation", n) for n in names]
    gold = [(n, 0, 5, "a") for n in names]
    split = train_rhetoric._split(marked, gold, parts, 0.1)
    # held out the lucky fold, the others' exclamations are all wrong: off; held out another fold, 4 right of 16 pay 0.1
    assert [sum(m.gate is not None for m in test) for _, test, _ in split] == [0, 4, 4, 4, 4]


def test_the_scorer_gives_span_prf_s_figures_to_the_last_bit():
    """The training scores each fold's held-out markers with a ``Scorer`` that reads each marker's overlaps once: the
    same precision, recall and F1 as ``semeval.span_prf``, exactly (duplicates, other techniques, misses, partial
    overlaps, a span longer than the gold, gold no marker touches)."""
    import random

    from readout.eval.semeval import span_prf

    rng = random.Random(5)
    gold = [(f"m{rng.randrange(6)}", a, a + rng.randrange(1, 30), rng.choice("abc")) for a in (rng.randrange(200) for _ in range(40))]
    scorer = train_rhetoric.Scorer(gold)
    for _ in range(30):
        items = [(f"m{rng.randrange(7)}", a, a + rng.randrange(0, 40), rng.choice("abcd")) for a in (rng.randrange(200) for _ in range(rng.randrange(0, 50)))]
        items += items[:3]
        assert scorer.prf(items) == span_prf(items, gold)
    assert scorer.prf([]) == span_prf([], gold) == (0.0, 0.0, 0.0)


def test_the_reach_of_a_rated_adjective_is_chosen_with_the_lines():
    """A rated adjective four tokens from its name: marked once under the loosest reach, it is a label under a reach of
    4 or more and its word alone (loaded language) under a shorter one. Labels that far are right here, their words
    alone wrong: the reach chosen is 4, the shortest that keeps them."""
    label = [Marked((f"n{i}", 0, 30, "name"), "name_calling_labeling/valence", 1.0, None, None, ("valence", -2.2), 4) for i in range(4)]
    word = [Marked((f"n{i}", 0, 7, "load"), "loaded_language/valence", 0.0, None, None, ("valence", -2.2), -4) for i in range(4)]
    near = [Marked((f"p{i}", 0, 10, "name"), "name_calling_labeling/valence", 1.0, None, None, ("valence", -2.2), 1) for i in range(4)]
    marked = label + word + near
    loose = train_rhetoric.LOOSE
    assert train_rhetoric.made_under(marked, {**loose, "name_reach": 3}) == word + near
    assert train_rhetoric.made_under(marked, {**loose, "name_reach": 4}) == label + near
    assert train_rhetoric.made_under(marked, {**loose, "name_reach": 4, "loaded_max": -2.5}) == label + near
    assert train_rhetoric.made_under(marked, {**loose, "name_reach": 2, "loaded_max": -2.5}) == near  # the word alone needs the loaded line
    assert train_rhetoric.choose_detectors(marked, 0.5)["name_reach"] == 4


def test_the_fewest_memes_a_kind_is_learned_from_is_chosen_by_the_cross_validation():
    """``min_memes`` is part of the setting: a kind seen on two memes is learned under 2 and keeps the lexicon's
    confidence under 3; the table the cross-validation fills holds every value of the grid, and each outer fold of
    the nested figure records the value it chose."""
    marked = [Marked((f"m{i % 2}", 10 * i, 10 * i + 5, "b"), "b/pattern", 0.0) for i in range(6)]
    assert "b/pattern" in fit_kinds(marked, 1.0, 2) and "b/pattern" not in fit_kinds(marked, 1.0, 3)
    names = [f"m{i:02d}" for i in range(20)]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names] + [Marked((n, 10, 15, "b"), "b/pattern", 0.0) for n in names[:4]]
    gold = [(n, 0, 5, "a") for n in names]
    table = train_rhetoric.cross_validate(marked, gold, names)
    assert {key[3] for key in table} == set(train_rhetoric.GRID_MIN_MEMES) and all(len(key) == 7 for key in table)
    record: list = []
    train_rhetoric.nested_held_out(marked, gold, names, record=record)
    assert len(record) == train_rhetoric.FOLDS and all(r["min_memes"] in train_rhetoric.GRID_MIN_MEMES for r in record)


def test_a_labels_loaded_word_is_reported_only_with_its_label():
    """The loaded word of a one-word label (``rhetoric.label_words``) is its own kind, but the component makes it only
    from a reported label: in training it goes when its label's phrase is under the line or its entry is dropped."""
    word = [Marked((f"m{i}", 0, 4, "load"), "loaded_language/label", 1.0, None, None, None, 0,
                   ("name_calling_labeling/liar", "name_calling_labeling/liar")) for i in range(4)]
    kinds = {"loaded_language/label": {"confidence": 0.9}, train_rhetoric.LABEL_KIND: {"confidence": 0.8}}
    assert len(kept(word, kinds, 0.5)) == 4
    assert kept(word, kinds, 0.5, {"name_calling_labeling/liar": {"confidence": 0.3}}) == []
    assert train_rhetoric.admitted(word, frozenset()) == [] and train_rhetoric.admitted(word, frozenset({"name_calling_labeling/liar"})) == word


def test_a_labels_loaded_word_is_kept_per_kind_of_label_by_its_held_out_precision():
    """Whether a label's loaded word is reported is chosen inside the cross-validation (``choose_labels``): here the
    lower-case labels' words are right and the shouted ones' wrong on every meme, so only the lower-case kind is kept
    ("per_kind"; title-cased labels, never seen, are not kept either), which loses no recall; forced, "off" drops
    every label's word and "all" keeps them."""
    names = [f"m{i:02d}" for i in range(20)]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names]
    marked += [Marked((n, 10, 14, "load"), "loaded_language/label", 1.0, None, None, None, 0, ("name_calling_labeling/liar", None), "lower")
               for n in names]
    marked += [Marked((n, 20, 24, "load"), "loaded_language/label", 0.0, None, None, None, 0, ("name_calling_labeling/liar", None), "shouted")
               for n in names]
    gold = [(n, 0, 5, "a") for n in names] + [(n, 10, 14, "load") for n in names]
    setting = (1, 1.0, None, 3, False, 0.4)
    words = train_rhetoric.choose_labels(marked, gold, names, setting)
    assert words["choice"] == "per_kind" and words["kept"] == ["lower"]
    assert words["held_out"] == {"lower": [1.0, 20], "shouted": [0.0, 20]}
    assert train_rhetoric.choose_labels(marked, gold, names, setting, force="off")["kept"] == []
    assert train_rhetoric.choose_labels(marked, gold, names, setting, force="all")["kept"] == ["lower", "title", "shouted"]
    assert [m.shape for m in train_rhetoric.label_words_kept(marked, ["lower"]) if m.shape] == ["lower"] * 20
    record: list = []
    train_rhetoric.nested_held_out(marked, gold, names, record=record)
    assert len(record) == train_rhetoric.FOLDS and all(r["label_words"] in train_rhetoric.LABEL_GRID for r in record)
    assert all(r["label_words_held_out"]["shouted"][0] == 0.0 for r in record)


def test_the_line_on_the_lexicons_confidence_is_part_of_the_setting():
    """A kind the calibration does not list keeps the lexicon's confidence: reported whatever it is, or, with the line on
    the lexicon's confidences, only when it is at or above the line (in training ``kept``; the component's
    ``Calibration.line_on_lexicon``). The cross-validation's table carries the setting's values of the grid."""
    from readout.analyze.rhetoric_calibration import Calibration
    from readout.model import RhetoricMarker, Span

    rare = [Marked((f"m{i}", 0, 5, "b"), "b/pattern", 0.0, prior=0.45) for i in range(2)]
    assert len(kept(rare, {}, 0.5)) == 2 and kept(rare, {}, 0.5, on_lexicon=True) == []
    assert len(kept(rare, {}, 0.4, on_lexicon=True)) == 2
    m = RhetoricMarker(span=Span(doc_id="d", start=0, end=4, text="abcd"), technique="doubt", confidence=0.45, cue="pattern")
    assert Calibration({}, 0.5).reported([m]) == [m] and Calibration({}, 0.5, line_on_lexicon=True).reported([m]) == []
    assert Calibration({"doubt/pattern": 0.6}, 0.5, line_on_lexicon=True).reported([m]) == [m]
    names = [f"m{i:02d}" for i in range(10)]
    table = train_rhetoric.cross_validate([Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names], [(n, 0, 5, "a") for n in names], names)
    assert {key[4] for key in table} == set(train_rhetoric.GRID_LINE_ON_LEXICON)


def test_a_gate_read_by_a_lower_bound_needs_more_than_a_few_lucky_markers():
    """Right 5 times of 5 against 40 of 44: by the point estimate (shrunk toward the mean) both kinds pass a line of
    0.75, the five more easily; by Wilson's lower bound at z 1.645 over the markers and the prior's pseudo-markers the
    five fall under it and the 44 stay. The calibration's gate is written beside the confidence, which is unchanged."""
    from readout.eval.train_rhetoric import gate, lower_bound

    assert lower_bound(0.9, 10, 0.0) == 0.9 and lower_bound(0.9, 0, 1.0) == 0.9
    assert lower_bound(1.0, 5, 1.645) == pytest.approx(5 / (5 + 1.645 ** 2))
    assert lower_bound(0.8, 100, 1.0) < lower_bound(0.8, 1000, 1.0) < 0.8
    few = [Marked((f"f{i}", 0, 5, "a"), "a/lexicon", 1.0) for i in range(5)]
    many = [Marked((f"m{i}", 0, 5, "b"), "b/lexicon", 1.0 if i < 40 else 0.0) for i in range(44)]
    point, bounded = fit_kinds(few + many, 1.0), fit_kinds(few + many, 1.0, bound=1.645)
    assert point["a/lexicon"]["confidence"] == bounded["a/lexicon"]["confidence"] > point["b/lexicon"]["confidence"]
    assert "gate" not in point["a/lexicon"] and gate(bounded["a/lexicon"]) == 0.68 and gate(bounded["b/lexicon"]) == 0.81
    assert len(kept(few + many, point, 0.75)) == 49
    assert [m[0] for m in kept(few + many, bounded, 0.75)] == [f"m{i}" for i in range(44)]


def test_the_bound_is_part_of_the_setting_and_each_fold_records_it():
    """The cross-validation's table holds every bound offered; each outer fold of the nested figure records the one it
    chose, its reported markers and, per technique, their credit and number."""
    names = [f"m{i:02d}" for i in range(20)]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names] + [Marked((n, 10, 15, "b"), "b/pattern", 0.0) for n in names[:4]]
    gold = [(n, 0, 5, "a") for n in names]
    table = train_rhetoric.cross_validate(marked, gold, names, bounds=(0.0, 1.0))
    assert {key[5] for key in table} == {0.0, 1.0}
    record: list = []
    train_rhetoric.nested_held_out(marked, gold, names, record=record, bounds=(1.0,))
    assert [r["bound"] for r in record] == [1.0] * train_rhetoric.FOLDS
    assert sum(r["markers"] for r in record) == sum(r["techniques"]["a"][1] + r["techniques"].get("b", [0, 0])[1] for r in record)
    assert sum(r["techniques"]["a"][1] for r in record) == 20


def test_each_fold_records_its_markers_by_where_their_words_come_from():
    """A marker of an entry written from the fit memes (or a label's loaded word whose label is one) counts as
    "fit_memes", any other as "other", per technique: the held-out precision of the words grown from the memes."""
    from readout.eval.train_rhetoric import origin

    assert origin(Marked(("m", 0, 5, "a"), "loaded_language/lexicon", 1.0, entry="loaded_language/vile")) == "loaded_language/fit_memes"
    assert origin(Marked(("m", 0, 5, "a"), "loaded_language/label", 1.0, follows=("x/liar", "x/liar"))) == "loaded_language/fit_memes"
    assert origin(Marked(("m", 0, 5, "a"), "loaded_language/label", 1.0, follows=("x/thug", None))) == "loaded_language/other"
    assert origin(Marked(("m", 0, 5, "a"), "loaded_language/valence", 1.0)) == "loaded_language/other"
    names = [f"m{i:02d}" for i in range(20)]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0, entry="a/x" if n < "m10" else None) for n in names]
    record: list = []
    train_rhetoric.nested_held_out(marked, [(n, 0, 5, "a") for n in names], names, record=record)
    pooled = train_rhetoric._pooled_over_folds(record, "origins")
    assert pooled == {"a/fit_memes": [10.0, 10], "a/other": [10.0, 10]}


def test_the_component_reads_a_gate_where_the_training_wrote_one():
    """``Calibration`` reports a kind by its gate (the lower bound) when the file gives one, and relabels its markers
    with the confidence, as before."""
    from readout.analyze.rhetoric_calibration import Calibration
    from readout.model import RhetoricMarker, Span

    m = RhetoricMarker(span=Span(doc_id="d", start=0, end=4, text="abcd"), technique="doubt", confidence=0.45, cue="pattern")
    assert Calibration({"doubt/pattern": 0.7}, 0.5).reported([m]) == [m]
    gated = Calibration({"doubt/pattern": 0.7}, 0.5, gates={"doubt/pattern": 0.45})
    assert gated.reported([m]) == [] and gated.drops("doubt/pattern") and gated.learned(m) == 0.7


def test_the_technique_of_a_noun_said_of_someone_is_chosen_with_the_lines():
    """A rated noun of people said of someone ("the mayor is a liar") is marked once as loaded language (the rule as
    written, ``noun_said_of`` 0) with its name-calling twin (1); a setting keeps one of the two, the twin only under the
    noun's line too. Here the twins are right and the loaded words wrong: the switch chosen is 1; with both right, ties
    go to the rule as written."""
    loaded = [Marked((f"s{i}", 0, 4, "load"), "loaded_language/valence", 0.0, None, None, ("valence", -2.4), said_of=0) for i in range(4)]
    twins = [Marked((f"s{i}", 0, 4, "name"), "name_calling_labeling/valence", 1.0, None, None, ("valence", -2.4), said_of=1) for i in range(4)]
    loose = train_rhetoric.LOOSE
    assert train_rhetoric.made_under(loaded + twins, loose) == loaded
    assert train_rhetoric.made_under(loaded + twins, {**loose, "noun_said_of": 1}) == twins
    assert train_rhetoric.made_under(loaded + twins, {**loose, "noun_said_of": 1, "loaded_max": -2.5}) == []
    assert train_rhetoric.choose_detectors(loaded + twins, 0.5)["noun_said_of"] == 1
    right = [Marked(m.item, m.kind, 1.0, None, None, m.gate, said_of=0) for m in loaded]
    assert train_rhetoric.choose_detectors(right + twins, 0.5)["noun_said_of"] == 0


def test_a_listed_kind_under_the_line_held_out_is_switched_off():
    """``choose_switches``: a kind the calibration lists and reports by its in-sample confidence (here right 10 times on
    one meme, wrong once on each of three others: 10 of 13) is right 0 times of 3 on memes held out from its fit (the
    meme that makes it pass is never held out while it passes), so "per_kind" switches it off, at no recall; a kind not
    listed (too rare to learn) is never switched."""
    names = [f"m{i:02d}" for i in range(20)]
    marked = [Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names]
    marked += [Marked(("m00", 10 + 10 * i, 15 + 10 * i, "b"), "b/lexicon", 1.0) for i in range(10)]
    marked += [Marked((n, 10, 15, "b"), "b/lexicon", 0.0) for n in names[1:4]]
    gold = [(n, 0, 5, "a") for n in names] + [("m00", 10 + 10 * i, 15 + 10 * i, "b") for i in range(10)]
    setting = (1, 1.0, None, 2, False, 0.5)
    assert fit_kinds(marked, 1.0, 2)["b/lexicon"]["confidence"] >= 0.5  # in-sample the gate passes
    switches = train_rhetoric.choose_switches(marked, gold, names, setting, {"a/lexicon", "b/lexicon"})
    assert switches["held_out"]["per_kind"]["b/lexicon"] == [0.0, 3]
    assert switches["choice"] == "per_kind" and switches["off"] == ["b/lexicon"]
    assert switches["cv"]["per_kind"][0] > switches["cv"]["none"][0] and switches["cv"]["per_kind"][1] == switches["cv"]["none"][1]
    assert train_rhetoric.choose_switches(marked, gold, names, setting, {"a/lexicon"})["off"] == []
    assert train_rhetoric.switched_on(marked, ["b/lexicon"]) == marked[:20]


def test_the_ranking_by_confidence_compares_the_more_and_the_less_confident_half():
    """The held-out markers as (confidence, credit): the more confident half's precision against the rest; markers of one
    confidence straddling the middle count toward both halves in proportion. A marker's confidence is its phrase's, else
    its kind's, else the lexicon's."""
    from readout.eval.train_rhetoric import confidence_of, ranked_halves

    assert ranked_halves([(0.9, 1.0), (0.9, 1.0), (0.5, 0.0), (0.5, 1.0)]) == (1.0, 0.5)
    assert ranked_halves([(0.9, 1.0), (0.7, 1.0), (0.7, 0.0), (0.5, 0.0)]) == (0.75, 0.25)  # the 0.7 pair straddles
    assert ranked_halves([]) == (0.0, 0.0)
    marker = Marked(("m", 0, 5, "a"), "a/lexicon", 1.0, cue="a/vile", prior=0.3)
    assert confidence_of(marker, {"a/lexicon": {"confidence": 0.8}}, {"a/vile": {"confidence": 0.9}}) == 0.9
    assert confidence_of(marker, {"a/lexicon": {"confidence": 0.8}}, {}) == 0.8
    assert confidence_of(marker, {}, {}) == 0.3
    names = [f"m{i:02d}" for i in range(20)]
    record: list = []
    train_rhetoric.nested_held_out([Marked((n, 0, 5, "a"), "a/lexicon", 1.0) for n in names], [(n, 0, 5, "a") for n in names],
                                   names, record=record)
    assert sum(len(fold["scored"]) for fold in record) == 20
