"""Rhetoric markers on hand-written texts: spans, techniques and the profile."""

from __future__ import annotations

import json

import pytest

from readout.analyze import rhetoric  # noqa: F401  (registers the factory)
from readout.analyze.nlp import load_corrected
from readout.analyze.rhetoric_calibration import CALIBRATION_PATH
from readout.errors import AnalyzeError
from readout.model import Document, Quote, Span


@pytest.fixture(scope="module")
def nlp():
    """The detectors as written: every marker, the lexicon's confidences (the learned line is tested below)."""
    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric", config={"calibrate": False})
    return nlp


@pytest.fixture(scope="module")
def calibrated():
    """The component as shipped, with the bundled calibration."""
    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric")
    return nlp


def run(nlp, text: str, quotes: tuple[Quote, ...] | None = None):
    doc = nlp.make_doc(text)
    doc._.readout_document = Document(id="d1", source="test", text=text)
    doc._.readout_quotes = quotes
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def found(doc) -> set[tuple[str, str]]:
    return {(m.technique, m.span.text) for m in doc._.readout_rhetoric}


def test_lexicon_phrase_matches_inflected_verb_with_its_span(nlp):
    doc = run(nlp, "The minister slammed the door on any compromise.")
    assert ("loaded_language", "slammed the door") in found(doc)
    marker = next(m for m in doc._.readout_rhetoric if m.span.text == "slammed the door")
    assert doc.text[marker.span.start : marker.span.end] == "slammed the door"
    assert marker.span.doc_id == "d1"
    assert 0 < marker.confidence <= 1


def test_plain_truth_pattern_is_thought_terminating(nlp):
    doc = run(nlp, 'The "Plain Truth" is that sanctions have failed.')
    assert ("thought_terminating_cliche", 'The "Plain Truth" is that') in found(doc)


def test_not_x_it_is_y_contrast(nlp):
    doc = run(nlp, "That is not spin. It is a fact.")
    assert ("black_and_white_fallacy", "That is not spin. It is a fact.") in found(doc)
    assert ("thought_terminating_cliche", "It is a fact") in found(doc)


def test_a_leader_cited_with_approval_is_appeal_to_authority_a_plain_citation_is_not(nlp):
    endorsed = found(run(nlp, "As Chancellor Okafor rightly noted, the tariffs will hurt farmers."))
    assert ("appeal_to_authority", "As Chancellor Okafor rightly noted") in endorsed
    assert ("appeal_to_authority", "as President Ilves so aptly put it") in found(run(nlp, "Trade, as President Ilves so aptly put it, is trust."))
    plain = found(run(nlp, "As Chancellor Okafor noted, the tariffs take effect in May."))
    assert not any(technique == "appeal_to_authority" for technique, _ in plain)  # attribution, as news writes it


def test_textbook_example_labels_the_phrase(nlp):
    doc = run(nlp, "The offer was a textbook example of gunboat diplomacy, critics said.")
    assert ("name_calling_labeling", "a textbook example of gunboat diplomacy") in found(doc)


def test_scare_quotes_are_labels_unless_attributed(nlp):
    text = 'The so-called "Iron Pact" was signed, and the minister said "we are ready".'
    doc = run(nlp, text)
    assert ("slogans", '"Iron Pact"') in found(doc)
    assert ("doubt", "so-called") in found(doc)  # a quoted name after "so-called" is held at arm's length
    start = text.index("we are ready")
    quote = Quote(span=Span(doc_id="d1", start=start, end=start + 12, text="we are ready"), kind="direct")
    doc = run(nlp, text, quotes=(quote,))
    assert not any(m.span.text == '"we are ready"' for m in doc._.readout_rhetoric)
    assert ("doubt", "so-called") not in found(doc)  # where quotes were read (news) doubt is not reported (off_on_news)


def test_repeated_quoted_label_is_repetition_after_first_use(nlp):
    text = 'The "grand bargain" is near. Critics doubt the "grand bargain". Still, the "grand bargain" dominates.'
    doc = run(nlp, text)
    repeats = [m for m in doc._.readout_rhetoric if m.technique == "repetition"]
    assert [m.span.start for m in repeats] == [text.index('"grand bargain"', 30), text.rindex('"grand bargain"')]


def test_title_cased_label_used_again_is_a_name(nlp):
    text = 'The "Blue Horizon" pact is near. Critics doubt the "Blue Horizon" pact. Still, the "Blue Horizon" pact dominates. A "Red Line" was drawn.'
    doc = run(nlp, text)
    assert not [m for m in doc._.readout_rhetoric if "Blue Horizon" in m.span.text]  # not a slogan, not the lexicon's slogan, not repetition
    assert ("slogans", '"Red Line"') in found(doc)  # written once: still a label in the author's voice


def test_lexicon_phrase_in_quote_marks_is_one_marker(nlp):
    text = 'Observers warned of a "New Cold War" in the region.'
    assert {m.technique for m in run(nlp, text)._.readout_rhetoric if "Cold War" in m.span.text} == {"appeal_to_fear_prejudice"}


def test_parallel_short_sentences(nlp):
    doc = run(nlp, "The old allies chose delay. The new partners chose speed. Nobody else noticed.")
    assert ("black_and_white_fallacy", "The old allies chose delay. The new partners chose speed.") in found(doc)


def test_neutral_wire_copy_has_no_markers(nlp):
    doc = run(nlp, "The ministers met in Geneva on Tuesday. They discussed grain exports and agreed to meet again in May.")
    assert doc._.readout_rhetoric == ()
    assert doc._.readout_rhetoric_profile.hedges == 0  # "May" the month is not a hedge


def test_profile_counts_per_thousand_words_hedges_and_certainty(nlp):
    doc = run(nlp, "Talks may resume. It will certainly be a catastrophe, and clearly a catastrophe.")
    profile = doc._.readout_rhetoric_profile
    assert profile.words == 13
    assert profile.per_thousand_words["appeal_to_fear_prejudice"] == pytest.approx(2 * 1000 / 13, abs=0.01)
    assert profile.hedges == 1
    assert profile.certainty_markers == 2
    assert profile.claim_sentence_share == 0.0


def test_custom_lexicon_through_config(tmp_path):
    lexicon = tmp_path / "lex.json"
    lexicon.write_text(
        '{"about": "test", "techniques": {"flag_waving": {"label": "Flag-waving", "confidence": 0.9, "phrases": ["dear motherland"]}}}',
        encoding="utf-8",
    )
    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric", config={"lexicon": str(lexicon), "calibrate": False})
    doc = run(nlp, "For the dear motherland, they said.")
    assert [(m.technique, m.span.text, m.confidence) for m in doc._.readout_rhetoric] == [("flag_waving", "dear motherland", 0.9)]


def test_min_confidence_drops_weak_markers():
    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric", config={"min_confidence": 0.5})
    doc = run(nlp, 'They call it a "partnership" and slammed the door.')
    assert found(doc) == {("loaded_language", "slammed the door")}


def test_missing_lexicon_is_a_clear_error(tmp_path):
    from readout.errors import AnalyzeError

    nlp = load_corrected()
    with pytest.raises(AnalyzeError) as info:
        nlp.add_pipe("readout_rhetoric", config={"lexicon": str(tmp_path / "nope.json")})
    assert "cannot read the rhetoric lexicon file" in info.value.line()
    assert "nope.json" in info.value.line()


def test_rated_negative_words_are_loaded_language_or_name_calling(nlp):
    # VADER rates "horrendous" -2.8, "villain" -2.6, "incompetent" -2.1; "war" -2.9 reports an event
    doc = run(nlp, "The deal is horrendous. The minister is a villain, and war broke out. Voters ousted the incompetent Jones.")
    markers = {(m.technique, m.span.text): m for m in doc._.readout_rhetoric}
    assert ("loaded_language", "horrendous") in markers
    assert ("loaded_language", "villain") in markers  # one rated word said of someone: the word is what is loaded
    assert ("name_calling_labeling", "incompetent Jones") in markers  # a rated adjective on a name labels the person
    assert not any(text == "war" for _, text in markers)
    assert markers[("loaded_language", "horrendous")].cue == "valence -2.8"


def test_a_rated_adjective_on_a_noun_of_a_person_labels_them(nlp, calibrated):
    # VADER rates "violent" -2.9, "useless" -1.8 and "hostile" -1.6; "looter" and "clerk" are persons in WordNet,
    # "regime" a group and "gadget" a thing: only persons are labelled
    text = ("Violent looters emptied the depot. The mayor blamed useless clerks for the delay. "
            "He threw away a useless gadget. Envoys warned of a hostile regime.")
    for pipeline in (nlp, calibrated):
        markers = {(m.technique, m.span.text) for m in run(pipeline, text)._.readout_rhetoric}
        assert ("name_calling_labeling", "Violent looters") in markers
        assert ("loaded_language", "Violent") in markers  # the word alone is still loaded language
        assert ("name_calling_labeling", "useless clerks") in markers
        assert not any("gadget" in span or "regime" in span or span == "useless" for _, span in markers)  # -1.8 is not loaded alone
    cues = {m.span.text: m.cue for m in run(nlp, text)._.readout_rhetoric}
    assert cues["useless clerks"] == "valence -1.8 on people"
    # "person" itself: WordNet files it under its most general nouns, not with the nouns of people
    assert ("name_calling_labeling", "cruel person") in {(m.technique, m.span.text) for m in run(nlp, "Only a cruel person would say so.")._.readout_rhetoric}


def test_a_rated_noun_that_names_a_kind_of_thing_is_not_loaded(nlp):
    # VADER rates "suicide" -3.5 and "terror" -2.4: before another noun they say what kind of thing it is
    doc = run(nlp, "The council opened a suicide hotline in March. Officials described a terror campaign along the coast.")
    assert not any(m.technique == "loaded_language" for m in doc._.readout_rhetoric)
    # the same words used as nouns of their own are still read by their rating
    doc = run(nlp, "Their plan brought nothing but suicide to the valley.")
    assert ("loaded_language", "suicide") in found(doc)


def test_a_rated_adjective_that_classifies_is_not_loaded_but_a_judging_one_is(nlp):
    # VADER rates "criminal" -2.4; WordNet derives a sense of it from "crime", which reports an event
    doc = run(nlp, "The senator wrote a criminal justice bill. The clerk checked his criminal record.")
    assert not any(m.span.text == "criminal" for m in doc._.readout_rhetoric)
    # said of something, graded, or put on people, it judges
    for text in ("What the landlord did was criminal.", "The landlord made a truly criminal offer.", "The mayor warned of criminal gangs."):
        assert ("loaded_language", "criminal") in found(run(nlp, text)), text


def test_a_rated_adjective_before_a_thing_or_place_describes_it(nlp):
    # VADER rates "dangerous" -2.1 and "troubled" -2.0; "crossroads" and "mine" are places and things in WordNet
    doc = run(nlp, "Drivers slow down at the dangerous crossroads near the school. The fund bought a troubled mine in the hills.")
    assert not any(m.span.text in {"dangerous", "troubled"} for m in doc._.readout_rhetoric)
    # said of something, graded, or put on people or acts, the same adjective is read by its rating
    for text in ("The new levy is dangerous.", "They drove down a very dangerous road.", "The mayor warned of dangerous gangs.",
                 "The minister made a dangerous decision."):
        assert ("loaded_language", "dangerous") in found(run(nlp, text)), text


@pytest.mark.parametrize(
    "text, word",
    [
        ("UGLY INSIDE & OUT", "UGLY"),  # shouted: tagged as a name and recognized as an organisation
        ("They are perverted schemers.", "perverted"),  # a participle used as an adjective (VADER -2.5)
    ],
)
def test_shouted_and_participle_words_are_read_by_their_rating(nlp, text, word):
    assert any(m.span.text == word and m.technique == "loaded_language" for m in run(nlp, text)._.readout_rhetoric)


def test_negated_rated_word_is_not_loaded(nlp):
    assert run(nlp, "The report was not horrendous.")._.readout_rhetoric == ()


def test_exclamation_alone_is_no_slogan(nlp):
    doc = run(nlp, "I am getting very concerned! Finally! Keep the door open!")
    assert found(doc) == {("slogans", "Keep the door open!")}


def test_single_quoted_words_and_quoted_exclamations_are_not_labels(nlp):
    assert run(nlp, 'They called it a "partnership" and cheered "Free the port!" loudly.')._.readout_rhetoric == ()


def test_capitals_say_nothing_in_a_line_written_in_capitals(nlp):
    doc = run(nlp, 'THE "IRON PACT" IS WHAT THEY SIGNED IN MAY')
    assert found(doc) == {("loaded_language", '"IRON PACT"')}
    assert ("slogans", '"Iron Pact"') in found(run(nlp, 'They signed the "Iron Pact" in May.'))


def test_a_line_is_counted_once_for_all_its_words_in_capitals():
    """A news paragraph is one line: each word in capitals on it asks whether the line around it is in capitals. The
    line's letters are counted once (the answers as before: the word itself left out of the count)."""
    from readout.analyze.rhetoric import _in_capitals, _line_letters

    text = "FERRY STRIKE ENDS AS UNION VOTES YES\nThe ferry union in the port of Marlow voted on the offer, the UNION said."
    _line_letters.cache_clear()
    assert _in_capitals(text, 0, 5) and _in_capitals(text, 13, 17)  # "FERRY", "ENDS": a heading
    assert not _in_capitals(text, text.index("UNION said"), text.index(" said."))  # "UNION" in a lower-case line
    assert not _in_capitals("NATO met", 0, 4)  # too few letters around it to say
    assert _line_letters.cache_info().hits == 1  # the heading's second word: its line not counted again


def test_letters_are_counted_as_str_isalpha_and_isupper_count_them():
    """The ASCII letters are counted by bytes.translate, the others one by one: the same counts as a loop over the
    characters, for accented and other non-ASCII letters and marks too."""
    from readout.analyze.rhetoric import _letters

    for text in ("ÉTÉ À GENÈVE — “OUI”", "Ⅻ Ⓐ ß ǅ ª 42 km²", "quiet harbour, 7 a.m.", ""):
        letters = [c for c in text if c.isalpha()]
        assert _letters(text) == (len(letters), sum(c.isupper() for c in letters))
    assert _letters("ÉTÉ à Nîmes") == (9, 4)


def test_one_marker_per_exact_span(nlp):
    text = 'The "grand bargain" is near. Critics doubt the "grand bargain". Still, the "grand bargain" dominates.'
    markers = run(nlp, text)._.readout_rhetoric
    spans = [(m.span.start, m.span.end) for m in markers]
    assert len(spans) == len(set(spans)) == 3
    assert [m.technique for m in markers] == ["loaded_language", "repetition", "repetition"]


def test_hyphenated_compound_is_one_word_for_repetition(nlp):
    text = "The visa-free regime helps. The visa-free regime grows. The visa-free regime stays."
    assert not any(m.technique == "repetition" for m in run(nlp, text)._.readout_rhetoric)


def test_missing_valence_package_is_a_clear_error(tmp_path):
    import json

    from readout.errors import AnalyzeError

    lexicon = json.loads(rhetoric.LEXICON_PATH.read_text(encoding="utf-8"))
    lexicon["valence"]["package"] = "no_such_ratings_package"
    path = tmp_path / "lex.json"
    path.write_text(json.dumps(lexicon), encoding="utf-8")
    nlp = load_corrected()
    with pytest.raises(AnalyzeError) as info:
        nlp.add_pipe("readout_rhetoric", config={"lexicon": str(path)})
    assert "no_such_ratings_package" in info.value.line() and "./install" in info.value.line()


def test_a_rated_adverb_is_an_intensifier_not_loaded(nlp):
    # VADER rates "badly" -2.1; "badly needs" says how much, not how bad
    assert run(nlp, "German industry badly needs reliable energy partners.")._.readout_rhetoric == ()


def test_one_look_for_any_pattern_finds_what_each_pattern_finds():
    from readout.analyze.rhetoric import LEXICON_PATH, load_lexicon, pattern_matches

    lexicon = load_lexicon(str(LEXICON_PATH), load_corrected().tokenizer)
    assert lexicon.any_pattern is not None
    text = ("Everyone knows it. This is not a deal; it is a surrender. Do you really believe them? "
            "It was the worst deal ever made, the worst deal in history. Empty words, hollow words. A simple truth.")
    expected = [(k, m.span()) for k, (pattern, _, _) in enumerate(lexicon.patterns) for m in pattern.finditer(text)]
    assert len(expected) >= 5
    assert [(k, m.span()) for k, m in pattern_matches(lexicon, text)] == expected


# learned confidences (rhetoric_calibration.py, made by readout.eval.train_rhetoric) --------------


def _marker(technique: str, cue: str, confidence: float = 0.5):
    from readout.model import RhetoricMarker

    return RhetoricMarker(span=Span(doc_id="d1", start=0, end=4, text="abcd"), technique=technique, confidence=confidence, cue=cue)


def test_marker_source_is_read_from_the_cue():
    from readout.analyze.rhetoric_calibration import kind_of, marker_source

    assert marker_source("valence -2.5") == "valence"
    assert marker_source("'the people of this land' used 3 times") == "repetition"
    assert marker_source("parallel 'choose'") == "parallel"
    assert marker_source("scare quotes") == "scare_quotes"
    assert marker_source("imperative exclamation") == "exclamation"
    assert marker_source("pattern") == "pattern"
    assert marker_source("label 'liar'") == "label"
    assert marker_source("slam the door") == "lexicon"
    assert kind_of(_marker("slogans", "scare quotes")) == "slogans/scare_quotes"


def test_calibration_sets_learned_confidence_and_drops_kinds_under_the_line():
    from readout.analyze.rhetoric_calibration import Calibration

    calibration = Calibration(confidence={"loaded_language/valence": 0.86, "slogans/scare_quotes": 0.12}, min_confidence=0.35)
    kept = calibration.apply([_marker("loaded_language", "valence -2.5"), _marker("slogans", "scare quotes"), _marker("doubt", "pattern", 0.45)])
    assert [(m.technique, m.confidence) for m in kept] == [("loaded_language", 0.86), ("doubt", 0.45)]  # an unlisted kind keeps its own
    by_phrase = Calibration(confidence={"exaggeration_minimisation/lexicon": 0.6}, min_confidence=0.3,
                            cues={"exaggeration_minimisation/nobody": 0.17, "exaggeration_minimisation/all time": 0.9})
    kept = by_phrase.apply([_marker("exaggeration_minimisation", "nobody"), _marker("exaggeration_minimisation", "all time"),
                            _marker("exaggeration_minimisation", "ever")])
    assert [(m.cue, m.confidence) for m in kept] == [("all time", 0.9), ("ever", 0.6)]


def test_a_metaphor_the_memes_never_attest_is_reported_with_the_calibrations_prior(calibrated):
    """A detector with no confidence of its own (the metaphors) and no kind the calibration lists takes the prior every
    listed kind is shrunk toward, not its placeholder; other kinds the calibration does not list keep their own."""
    import json

    from readout.analyze.rhetoric_calibration import Calibration

    with_prior = Calibration(confidence={"loaded_language/valence": 0.86}, min_confidence=0.5, prior=0.8)
    kept = with_prior.apply([_marker("loaded_language", "metaphor 'cancer'", 0.4), _marker("doubt", "pattern", 0.45)])
    assert [(m.cue, m.confidence) for m in kept] == [("metaphor 'cancer'", 0.8), ("pattern", 0.45)]
    prior = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))["prior"]["confidence"]
    assert 0.5 <= prior <= 1.0
    markers = run(calibrated, "The new surveillance law is a cancer on our democracy.", quotes=())._.readout_rhetoric
    assert [(m.span.text, m.confidence) for m in markers] == [("cancer", prior)]


def test_calibration_drops_the_lexicon_entries_the_training_did_not_keep():
    from readout.analyze.rhetoric_calibration import Calibration, entry_of

    calibration = Calibration(confidence={"slogans/lexicon": 0.8}, min_confidence=0.5,
                              dropped=frozenset({"slogans/paint it red", "exaggeration_minimisation/pattern"}))
    markers = [_marker("slogans", "paint it red"), _marker("slogans", "paint it blue"), _marker("exaggeration_minimisation", "pattern"),
               _marker("doubt", "pattern"), _marker("loaded_language", "valence -2.5")]
    assert [entry_of(m) for m in markers] == ["slogans/paint it red", "slogans/paint it blue", "exaggeration_minimisation/pattern",
                                              "doubt/pattern", None]
    assert [(m.technique, m.cue) for m in calibration.apply(markers)] == [
        ("slogans", "paint it blue"), ("doubt", "pattern"), ("loaded_language", "valence -2.5")]


def test_bundled_calibration_names_the_lexicon_entries_it_drops(nlp, calibrated):
    """The entries written from the fit memes that no fit meme attests are named in the calibration file and not
    reported by the shipped component; the detectors as written still mark them."""
    import json

    from readout.analyze.rhetoric import LEXICON_PATH
    from readout.analyze.rhetoric_calibration import CALIBRATION_PATH

    data = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))["entries"]
    listed = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["from_fit_memes"]["entries"]
    assert data["candidates"] == sum(len(v) for v in listed.values()) == len(data["kept"]) + len(data["dropped"])
    slogan = next(e.split("/", 1)[1] for e in data["dropped"] if e.startswith("slogans/") and e.split("/", 1)[1] in listed["slogans"])
    text = f"At the rally on Sunday the crowd chanted {slogan} until dusk."
    start = text.index(slogan)
    assert ("slogans", text[start:start + len(slogan)]) in found(run(nlp, text))
    assert not any(t == "slogans" for t, _ in found(run(calibrated, text)))


def test_bundled_calibration_says_where_it_comes_from_and_what_it_drops(nlp, calibrated):
    import json

    from readout.analyze.rhetoric_calibration import CALIBRATION_PATH

    data = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
    assert "training_set_task2.txt" in data["about"] and "train_rhetoric" in data["about"]
    line = data["min_confidence"]
    assert data["kinds"]["black_and_white_fallacy/parallel"]["confidence"] < line <= data["kinds"]["loaded_language/lexicon"]["confidence"]
    text = "The minister slammed the door on any compromise. Rome chose peace. Paris chose war."
    assert ("black_and_white_fallacy", "Rome chose peace. Paris chose war.") in found(run(nlp, text))
    markers = run(calibrated, text)._.readout_rhetoric
    assert not calibrated.get_pipe("readout_rhetoric").run_parallel  # the kind is dropped: its detector does not run
    assert [(m.technique, m.span.text, m.confidence) for m in markers] == [
        ("loaded_language", "slammed the door", data["kinds"]["loaded_language/lexicon"]["confidence"])
    ]


def test_unreadable_calibration_is_a_clear_error(tmp_path):
    from readout.errors import AnalyzeError

    path = tmp_path / "cal.json"
    path.write_text('{"kinds": {}}', encoding="utf-8")
    with pytest.raises(AnalyzeError) as info:
        load_corrected().add_pipe("readout_rhetoric", config={"calibration": str(path)})
    assert "cannot read the rhetoric calibration file" in info.value.line() and "cal.json" in info.value.line()


def _quote(text: str, words: str, kind: str = "indirect", speaker: str | None = "the mayor") -> Quote:
    start = text.index(words)
    return Quote(span=Span(doc_id="d1", start=start, end=start + len(words), text=words), kind=kind, speaker=speaker)


def test_words_a_named_speaker_said_are_theirs_not_the_writers(nlp):
    """Reported speech of a third party: the speaker's loaded words are reported, not the writer's spin; an
    unattributed quote and the writer's own sentence keep their markers."""
    text = "The mayor said the new toll was a disgusting scam. The toll is a disgusting scam, the editors add."
    said = "the new toll was a disgusting scam"
    assert ("loaded_language", "disgusting") in found(run(nlp, text))
    markers = run(nlp, text, quotes=(_quote(text, said),))._.readout_rhetoric
    assert not [m for m in markers if m.span.start < text.index(said) + len(said)]  # nothing in the mayor's words
    assert [m.span.text for m in markers if m.technique == "loaded_language"][:1] == ["disgusting"]  # the writer's stays
    unattributed = run(nlp, text, quotes=(_quote(text, said, speaker=None),))
    assert any(m.span.start < text.index(said) + len(said) for m in unattributed._.readout_rhetoric)


@pytest.mark.parametrize("text, word", [
    ("Patriot Ridge Mining filed its annual report on Monday.", "Patriot"),
    ("The Department of Homeland Security set new rules on Monday.", "Homeland"),
    ("He listened to Freedom Patriot Radio on the drive home.", "Patriot"),
    ("They passed the Patriot Act in a hurry.", "Patriot"),
])
def test_a_lexicon_word_inside_the_name_of_a_body_or_thing_is_part_of_the_name(nlp, text, word):
    assert not [m for m in run(nlp, text)._.readout_rhetoric if word in m.span.text]


def test_a_lexicon_word_outside_a_name_or_on_a_person_is_still_marked(nlp):
    assert ("flag_waving", "patriot") in found(run(nlp, "A true patriot defends the homeland."))
    assert ("loaded_language", "Crooked") in found(run(nlp, "Voters booed Crooked Vance at the rally."))  # a nickname on a person


def test_a_phrase_used_again_in_later_paragraphs_is_the_topic_not_repetition(nlp):
    """A news story names its subject in paragraph after paragraph ("the water treatment plant"); repetition as a
    technique is a phrase said again and again in one stretch of text."""
    text = ("The water treatment plant opened in May.\n\nResidents praised the water treatment plant at a meeting.\n\n"
            "The water treatment plant employs forty people.\n\nThe water treatment plant runs all night.")
    assert not any(m.technique == "repetition" for m in run(nlp, text)._.readout_rhetoric)
    together = text.replace("\n\n", " ")
    assert sum(m.technique == "repetition" for m in run(nlp, together)._.readout_rhetoric) == 3


def test_a_sentence_written_again_in_the_next_paragraph_is_a_copy_not_repetition(nlp):
    text = ("Will the city ever finish the long bridge over the river?\n"
            "Will the city ever finish the long bridge over the river?\nComments are closed.")
    assert not any(m.technique == "repetition" for m in run(nlp, text)._.readout_rhetoric)


def test_a_label_word_before_a_noun_of_a_thing_or_act_classifies_it(nlp):
    """ "a terrorist attack", "terrorist financing": a name-calling word written before a common noun that is no
    person names a kind of act or thing; said of someone, or shouted, it is still a label."""
    for text in ("The terrorist attack on the depot was condemned.", "Banks must report terrorist financing."):
        assert not any(m.technique == "name_calling_labeling" for m in run(nlp, text)._.readout_rhetoric), text
    assert ("name_calling_labeling", "terrorist") in found(run(nlp, "He is a terrorist, the poster says."))
    assert ("name_calling_labeling", "TERRORIST") in found(run(nlp, "THEY ARE A TERRORIST ORGANIZATION"))


@pytest.mark.parametrize("text", [
    "Patriot Ridge Mining filed for bankruptcy. Later Patriot sold two mines to a trust.",
    "Patriot Ridge filed for bankruptcy in May. Later Patriot sold two mines to a trust.",  # the company read as a person
])
def test_the_short_form_of_a_name_the_text_writes_in_full_is_a_name(nlp, text):
    later = text.index("Later")
    assert not [m for m in run(nlp, text)._.readout_rhetoric if "Patriot" in m.span.text and m.span.start > later]

def test_a_lexicon_word_written_plainly_beside_such_a_name_is_still_marked(nlp):
    assert ("flag_waving", "patriot") in found(run(nlp, "Patriot Ridge Mining filed for bankruptcy. Every patriot must vote."))


@pytest.mark.parametrize("text", [
    "The agency waged an aggressive campaign to collect unpaid fees.",
    "The council imposed sweeping new limits on short-term rentals.",
    "Lower rates would help, experts say, but only slowly.",
    "In the worst cases, tenants waited a year for repairs.",
    "The scandal damaged her credibility with donors.",
    "Survivors of the massacre gathered at the memorial on Sunday.",
    "The figures have not been released, but the audit is finished.",
])
def test_words_news_writes_as_plain_description_are_not_markers(nlp, text):
    """Lexicon entries no fit meme shows and that news writes plainly: an adjective of manner or scope, a
    superlative of cases, a cited body of experts, a noun of reputation, a reported killing, a plain contrast."""
    assert run(nlp, text)._.readout_rhetoric == (), text


def test_a_label_at_the_end_of_a_line_is_no_modifier_of_the_next_line(nlp):
    assert ("name_calling_labeling", "Moron") in found(run(nlp, "If that is true, I am a Moron\n\nSelf-respect"))


def test_a_negated_word_of_exaggeration_or_minimisation_says_the_opposite(nlp):
    """ "not merely a tax", "not unprecedented": the negation denies the minimising or the exaggeration."""
    for text in ("The levy is not merely a tax. It is a penalty on savers.", "Such a delay is not unprecedented, the clerk noted."):
        assert not any(m.technique == "exaggeration_minimisation" for m in run(nlp, text)._.readout_rhetoric), text
    assert ("exaggeration_minimisation", "merely") in found(run(nlp, "The levy is merely a tax on savers."))
    # "not everyone agrees", "not everyone is": the negation denies that all are on one side
    for text in ("Not everyone agrees that the levy will work.", "Not everyone is on board with the new timetable."):
        assert not any(m.technique == "bandwagon" for m in run(nlp, text)._.readout_rhetoric), text
    assert ("bandwagon", "Everyone agrees") in found(run(nlp, "Everyone agrees that the levy will work."))


def test_a_participle_of_feeling_says_what_someone_feels(nlp):
    """ "frustrated tenants", "she was horrified": WordNet's verbs of feeling whose object is the one who feels
    (``feelings`` in the generated file) describe a state, they neither judge nor label; shouted, they are read by
    their rating, as memes shout them."""
    for text in ("Frustrated tenants packed the hall on Monday.", "The enraged neighbours wrote to the council.",
                 "She was horrified by the verdict.", "Disheartened relatives waited at the gate."):
        assert run(nlp, text)._.readout_rhetoric == (), text
    assert ("loaded_language", "OUTRAGED") in found(run(nlp, "THE NEIGHBOURS ARE OUTRAGED"))
    # a participle of a verb of feeling about something judges what is felt about: not in the list
    assert ("loaded_language", "hated") in found(run(nlp, "The hated levy returned in May."))


def test_a_present_participle_before_a_name_acts_on_it(nlp):
    # VADER rates "brutalizing" -3.4: the new coach outdoing Keller in it acts, he puts no epithet on Keller
    doc = run(nlp, "The new coach was out-brutalizing Keller, who had trained the squad before.")
    assert not any(m.technique == "name_calling_labeling" for m in doc._.readout_rhetoric)
    assert ("name_calling_labeling", "perverted Jones") in found(run(nlp, "Nobody trusts the perverted Jones."))



def test_a_rated_noun_dated_or_priced_reports_an_event(nlp):
    """ "the 2009 collapse", "a $40 million penalty", "their defeat in 2014": the noun reports what happened on that
    day or at that price; undated, the same noun is read by its rating, as the memes' annotators mark it."""
    # VADER rates "collapse" -2.2, "penalty" -2.0, "defeat" -2.0
    for text in ("Lenders were blamed for the 2009 collapse of the housing market.",
                 "The bank paid a $40 million penalty to the regulator.",
                 "After their defeat in 2014, the party chose a new leader."):
        assert not any(m.technique == "loaded_language" for m in run(nlp, text)._.readout_rhetoric), text
    assert ("loaded_language", "collapse") in found(run(nlp, "Their plan would bring collapse and ruin."))


def test_a_phrase_whose_last_word_runs_on_is_not_the_phrase(nlp):
    """ "by far-right hosts", "by far fewer votes": "far" belongs to the words after it; "by far the largest" exaggerates."""
    for text in ("The shirts were sold by far-right hosts at the fair.", "The motion was backed by far fewer members this time."):
        assert not any(m.technique == "exaggeration_minimisation" for m in run(nlp, text)._.readout_rhetoric), text
    assert ("exaggeration_minimisation", "by far") in found(run(nlp, "It was by far the largest rally of the year."))


def test_a_flag_word_before_a_noun_of_a_thing_classifies_it(nlp):
    # "homeland" before "security" names a field of government; said of a country it waves the flag
    assert not any(m.technique == "flag_waving" for m in run(nlp, "Two homeland security officials checked the list.")._.readout_rhetoric)
    assert ("flag_waving", "homeland") in found(run(nlp, "They will defend the homeland at any cost."))


@pytest.mark.parametrize("text", [
    "The incumbent holds a decisive lead in the county.",
    "Donors may now give unlimited sums to such committees.",
    "The port is the island's economic lifeline.",
    "The fund posted enormous losses on the trade.",
    "Police questioned the alleged burglar on Friday.",
    "Whether the bridge opens in May remains to be seen.",
])
def test_entries_no_fit_meme_bears_out_and_news_writes_plainly_are_gone(nlp, text):
    assert run(nlp, text)._.readout_rhetoric == (), text


@pytest.mark.parametrize("text", [
    'Harlan Mayor Calls Parking Levy \u2018Disgusting Scam\u2019',  # a headline's quoted epithet, no speaker found
    "The mayor called the parking levy ''a disgusting scam'' on Monday.",  # doubled apostrophes, as some papers quote
    'The mayor called the parking levy "a disgusting scam" on Monday.',
])
def test_words_in_quote_marks_are_cited_where_quotes_were_read(nlp, text):
    """Where the quote extractor ran (news), words in quote marks are someone's, cited, even when it found no
    speaker; without it (the memes' benchmark, whose annotators mark quoted words too) they are read as before."""
    assert not any("isgusting" in m.span.text for m in run(nlp, text, quotes=())._.readout_rhetoric)
    assert any("isgusting" in m.span.text for m in run(nlp, text)._.readout_rhetoric)
    # the writer's own words, unquoted (not "the mayor called the levy a disgusting scam": the mayor's view, reported)
    plain = "The parking levy is a disgusting scam."
    assert any("isgusting" in m.span.text for m in run(nlp, plain, quotes=())._.readout_rhetoric)


def test_a_rated_noun_charged_judged_or_committed_reports_the_act(nlp):
    """ "charged with assault", "held in contempt", "committed suicide": the object of a verb of charging, judging or
    committing (``charging_verbs``) names the act the news reports; elsewhere the noun is read by its rating."""
    # VADER rates "assault" and "contempt" -2.8, "suicide" -3.5
    for text in ("The driver was charged with assault after the crash on Elm Street.",
                 "The treasurer was convicted of assault last week.",
                 "The committee voted to hold the clerk in contempt.",
                 "Her cousin committed suicide at the age of nineteen."):
        assert not any(m.technique == "loaded_language" for m in run(nlp, text)._.readout_rhetoric), text
    assert ("loaded_language", "assault") in found(run(nlp, "The plan is an assault on the poor."))
    # with an article or an owner the act is one the writer describes: "charged" here is said
    assert ("loaded_language", "assault") in found(run(nlp, "The senator charged in her brutal assault on the bill that it was a scam."))


def test_a_noun_or_adjective_of_feeling_says_what_someone_feels(nlp):
    """ "their disdain for the rule", "uneasy council members", "an anguished father": a noun whose most frequent WordNet
    sense is a feeling, or an adjective WordNet glosses as experiencing one (``feelings`` in the generated file), says
    what someone feels; written, it neither judges nor labels. Shouted, it is read by its rating."""
    # VADER rates "disdain" -2.1, "disappointment" -2.3, "apprehension" -2.1, "uneasy" -1.6, "anguished" -1.8, "fearful" -2.2
    for text in ("The growers made no secret of their disdain for the new quota.",
                 "The mayor voiced disappointment that the vote was delayed.",
                 "Shippers watched the strike with apprehension.",
                 "Uneasy council members asked for a second reading.",
                 "An anguished father spoke to the reporters outside the court.",
                 "The flood left the villagers fearful of the next storm."):
        assert run(nlp, text)._.readout_rhetoric == (), text
    assert ("loaded_language", "DISDAIN") in found(run(nlp, "THEIR DISDAIN FOR YOU"))
    # a disposition is no feeling someone has: "hostile" (characterized by enmity) still labels
    assert ("name_calling_labeling", "hostile clerks") in found(run(nlp, "The hostile clerks turned us away."))


@pytest.mark.parametrize("text", [
    "Owners may defer the gain through so-called swap deals, the adviser said.",
    "The first route is a so-called duties test for each worker.",
])
def test_so_called_before_a_term_names_it(nlp, text):
    """ "so-called" before a common noun that names no person introduces a term of art; before people it doubts the
    title they are given."""
    assert not any(m.technique == "doubt" for m in run(nlp, text)._.readout_rhetoric), text
    assert ("doubt", "so-called") in found(run(nlp, "The so-called reviewers never read the report."))


def test_a_clichéd_noun_inside_a_phrase_is_the_noun(nlp):
    """ "during the review period.", "came to a full stop": the noun with an article, an owner or another noun on it,
    or after a preposition, is no sentence cut short; "Taxes are theft, period." is."""
    for text in ("The board may block the rule during a mandated review period.",
                 "Sales of the firm rose by a third over the same period.",
                 "The talks came to a full stop in May."):
        assert not any(m.technique == "thought_terminating_cliche" for m in run(nlp, text)._.readout_rhetoric), text
    assert ("thought_terminating_cliche", "period.") in found(run(nlp, "The levy is theft, period."))
    assert ("thought_terminating_cliche", "full stop") in found(run(nlp, "That is the deal, full stop."))


@pytest.mark.parametrize("text", [
    "Two guards were hurt by the alleged terrorist on Sunday.",
    "The charity returned the gift of an accused rapist.",
    "The council urged the ruler to release an imprisoned rival.",
    "The jailed activist wrote to the court again.",
    "THEY WANT TO FREE CONVICTED CRIMINALS",
])
def test_a_participle_of_charging_or_custody_reports_the_charge(nlp, text):
    """ "the alleged terrorist", "an accused rapist", "an imprisoned rival": a participle of a verb of charging, judging or
    custody (``charging_verbs``) on a label or a person reports the charge, the verdict or the custody; the writer puts
    no label of their own on anyone."""
    assert not any(m.technique in {"name_calling_labeling", "loaded_language"} for m in run(nlp, text)._.readout_rhetoric), text


def test_a_label_without_a_charge_is_still_a_label(nlp):
    assert ("name_calling_labeling", "rapist") in found(run(nlp, "The mayor is a rapist, the poster says."))
    assert ("name_calling_labeling", "criminals") in found(run(nlp, "They are criminals, all of them."))


def test_a_participle_read_as_an_adjective_has_its_verb_lemma():
    """The tagger calls some participles before a noun adjectives ("the alleged thief"), whose lemma is the word itself:
    their verb is read by the pipeline's own lemmatizer and lemma corrections, not by cutting letters off."""
    verbs = rhetoric.VerbLemmas(load_corrected())
    assert [verbs.participle(w) for w in ("alleged", "jailed", "committed", "sentenced")] == ["allege", "jail", "commit", "sentence"]
    assert verbs.participle("hated") == "hate"  # a correction of readout's (the bare rule lemmatizer gives "hat")


def test_straight_single_quotes_mark_a_label_as_curly_ones_do(nlp):
    """Scare quotes are found by the shared quote-mark reader (``quote_marks``): straight single quotes and mixed pairs
    too, as in the text after them."""
    assert ("slogans", "'Iron Pact'") in found(run(nlp, "They signed the 'Iron Pact' in May."))
    assert ("slogans", "\u2018Iron Pact\u2019") in found(run(nlp, "They signed the \u2018Iron Pact\u2019 in May."))


@pytest.mark.parametrize("text", [
    "Two hikers died in a fatal crash on the coast road on Sunday.",
    "A devastating flood swept through the valley in March.",
    "Destructive storms cut power to the town overnight.",
    "Bloody clashes broke out near the ferry terminal after dark.",
    "The disastrous fire spread to three shops near the square.",
    "The hurtful attack on the clinic left two nurses in hospital.",
])
def test_an_adjective_of_outcome_on_an_event_reports_it(nlp, text):
    """ "a fatal crash", "a devastating flood": an adjective that says what an event did (death, damage, destruction,
    from WordNet's glosses) written plainly before a noun of an act or event is description, not loaded language."""
    assert not any(m.technique in {"loaded_language", "exaggeration_minimisation"} for m in run(nlp, text)._.readout_rhetoric), text


def test_an_adjective_of_outcome_graded_shouted_or_exclaimed_is_still_loaded(nlp):
    assert ("loaded_language", "devastating") in found(run(nlp, "It was a truly devastating defeat for the mayor."))
    assert ("loaded_language", "devastating") in found(run(nlp, "What a devastating defeat!"))
    assert ("loaded_language", "ruinous") in found(run(nlp, "The levy would be ruinous."))
    assert ("loaded_language", "disastrous") in found(run(nlp, "The new levy would be disastrous."))
    assert ("name_calling_labeling", "devastating senator") in found(run(nlp, "The devastating senator spoke."))


@pytest.fixture(scope="module")
def with_names():
    """The detectors with the recognizer's names (the corrected spaCy pipeline tags entities too)."""
    nlp = load_corrected()
    nlp.add_pipe("readout_rhetoric", config={"calibrate": False})
    return nlp


@pytest.mark.parametrize("text", [
    "The Patriots beat the visitors 24-10 on Sunday in the rain.",
    "The bill was backed by Patriot Coal and two unions.",
    "As a former secretary of homeland security, she knows the gates.",
    "The homeland security secretary visited the port.",
])
def test_a_flag_word_in_a_name_or_a_term_is_no_flag_waving(with_names, text):
    """ "the Patriots won", "Patriot Coal" (read by the recognizer as a person), "homeland security" (a WordNet term): a
    flag word written as a name, or opening a term, names a body or a field; it appeals to nobody's nation."""
    assert not any(m.technique == "flag_waving" for m in run(with_names, text)._.readout_rhetoric), text


def test_a_flag_word_outside_a_name_still_waves_the_flag(with_names):
    assert ("flag_waving", "patriots") in found(run(with_names, "Only true patriots will stand up for the homeland now."))
    assert ("flag_waving", "homeland") in found(run(with_names, "Only true patriots will stand up for the homeland now."))


@pytest.mark.parametrize("text", ["Nobody on the council can say what lies ahead for the depot.",
                                  "The fault lies with the board, and the report says so.",
                                  "The old ferry was lying idle in the harbour all winter."])
def test_lie_as_a_verb_of_place_is_not_deceit(nlp, text):
    assert not any(m.technique == "loaded_language" for m in run(nlp, text)._.readout_rhetoric)


def test_lie_as_a_verb_of_deceit_is_still_loaded(nlp):
    assert ("loaded_language", "lies") in found(run(nlp, "The treasurer lies about the depot's budget every month."))
    assert ("loaded_language", "lying") in found(run(nlp, "The treasurer keeps lying to the council."))


@pytest.mark.parametrize("text", ["The levy passed by an overwhelming margin in the county.",
                                  "Deficit hawks on the panel asked for cuts to the depot's budget.",
                                  "The new parking rule could backfire on the shop owners.",
                                  "The more the depot charges, the more the drivers pay at the pump."])
def test_words_news_writes_as_description_are_not_marked(nlp, text):
    """Lexicon entries no fit meme shows, read on unlabelled news as plain description (seventeenth pass)."""
    assert run(nlp, text)._.readout_rhetoric == ()


def test_the_justice_systems_own_words_are_not_loaded(nlp):
    # VADER rates "prisoners" -2.3, "violations" -2.4, "punitive" -2.3, "perpetrator" -2.2, "jeopardy" -2.1:
    # news uses them for a status under the law, as it uses "prison" and "arrest"
    doc = run(nlp, "The warden freed nine prisoners on Tuesday. Inspectors listed four safety violations at the mill. "
                   "The jury added punitive damages. The perpetrator left by bicycle. Two river grants are in jeopardy now.")
    assert found(doc) == set()
    # a rated word outside that vocabulary is still read by its rating
    assert ("loaded_language", "vile") in found(run(nlp, "The council passed a vile ordinance."))


def test_a_rated_word_after_anti_names_what_is_opposed(nlp):
    # VADER rates "slavery" -3.8 and "bullying" -2.9; glued to "anti-" they say what a group or a rule is against
    doc = run(nlp, "The anti-slavery society met in a chapel. Anti-slavery farmers joined it. The school wrote anti-bullying rules.")
    assert found(doc) == set()
    # the same words on their own are still read by their rating
    assert ("loaded_language", "bullying") in found(run(nlp, "The school ignored the bullying for years."))


def test_a_prosecution_and_a_reported_stance_are_not_loaded(nlp):
    # VADER rates "prosecution" -2.2, "hostility" -2.5 and "rejection" -2.5; news reports a case and a stance with them
    doc = run(nlp, "The prosecution called three witnesses. The mayor met open hostility from the union after the rejection of the budget.")
    assert found(doc) == set()


@pytest.mark.parametrize("text, word", [
    ("The union attacked the depot plan as reckless and vile.", "vile"),
    ("The council tried to cast the treasurer as a traitor to the town.", "traitor"),
    ("Two of the ferry captains are considered too dangerous to hire.", "dangerous"),
    ("While the mayor considered the bakers enemies of the town, she bought their bread.", "enemies"),
    ("Some of the growers, polled by the paper, quietly doubt the dam, believing that it poses a grave danger.", "danger"),
    ("The plan is to disqualify the treasurer, a former banker, as too dangerous to keep the books.", "dangerous"),
])
def test_a_view_reported_by_a_verb_of_regarding_or_believing_is_the_holders(nlp, text, word):
    """Where quotes were read (news), the view that a verb of casting, regarding or believing gives to someone is that
    someone's word, reported, not the writer's rhetoric (nineteenth pass)."""
    assert not any(word in m.span.text for m in run(nlp, text, quotes=())._.readout_rhetoric)
    # without the quote reader (the memes) the word is marked, as the annotators mark it
    assert any(word in m.span.text for m in run(nlp, text)._.readout_rhetoric)


def test_what_a_charge_or_an_allegation_is_of_is_its_makers_view(nlp):
    """A loaded noun in the "of" phrase of a noun of charging or claiming is the charge's content, reported (fourteenth
    pass): "faces charges of betrayal" does not call anyone a traitor in the writer's voice."""
    text = "The ferry captain faces charges of betrayal from his old crew. Amid allegations of vile treachery, the treasurer quit."
    assert found(run(nlp, text, quotes=())) == set()
    assert {("loaded_language", "betrayal"), ("loaded_language", "vile")} <= found(run(nlp, text))  # the memes: read as before
    # the writer's own charge keeps its word
    assert ("loaded_language", "betrayal") in found(run(nlp, "My charge of betrayal stands.", quotes=()))


def test_a_collapse_with_what_collapsed_named_is_a_reported_end(nlp):
    # VADER rates "collapse" -2.2; on news an owned collapse, or one "of" something, is an end reported (fourteenth pass)
    text = "After the collapse of the old dockers' union, the baker's sudden collapse in the polls surprised the council."
    assert found(run(nlp, text, quotes=())) == set()
    assert ("loaded_language", "collapse") in found(run(nlp, text))  # the memes: read by its rating
    assert ("loaded_language", "collapse") in found(run(nlp, "Their plan would bring collapse and ruin.", quotes=()))


def test_an_adversary_placed_by_an_adjective_of_relation_is_reported(nlp):
    """A rated noun of people with an adjective that says who shares it or since when ("a common enemy", "longtime
    foes") reports who is against whom, as "her enemies" does (fourteenth pass); a rated adjective on it still labels."""
    text = "The two mayors found a common enemy in the harbour tax. The longtime foes met on Monday. The navy kept major foes at bay."
    assert found(run(nlp, text, quotes=())) == set()
    assert ("loaded_language", "enemy") in found(run(nlp, "They are our common enemy.", quotes=()))  # the writer's side
    assert ("name_calling_labeling", "Vicious foes") in found(run(nlp, "Vicious foes surround the port.", quotes=()))


def test_a_seismic_shift_is_a_stock_metaphor_on_news(nlp):
    # "seismic shift" says a large change (fourteenth pass: the lexicon's idioms); "seismic" on another noun stays
    assert found(run(nlp, "Grain traders are bracing for a seismic shift in prices.", quotes=())) == set()
    assert ("exaggeration_minimisation", "seismic") in found(run(nlp, "The vote was a seismic event for the port.", quotes=()))
    assert ("exaggeration_minimisation", "seismic") in found(run(nlp, "Grain traders are bracing for a seismic shift in prices."))


def test_a_superlative_ranked_within_a_stretch_of_time_is_no_exaggeration_on_news(nlp):
    """ "one of the greatest of the 19th century", "the most consequential of his career": a ranking within a period,
    the noun left out (fourteenth pass); over all time, or on the memes, it stays exaggeration."""
    century = "The ferry treaty was one of the greatest of the 19th century for the port."
    career = "Friday's vote on the dock fees was the most consequential of the mayor's long career."
    assert found(run(nlp, century, quotes=())) == set() and found(run(nlp, career, quotes=())) == set()
    assert ("exaggeration_minimisation", "the greatest") in found(run(nlp, century))
    assert ("exaggeration_minimisation", "the most consequential") in found(run(nlp, career))
    assert ("exaggeration_minimisation", "the greatest") in found(run(nlp, "The tax was the greatest of all time.", quotes=()))


def test_an_adjective_of_how_words_were_taken_describes_a_text_on_news(nlp):
    """ "a provocative headline", "offensive comments", "the remark was unacceptable": how words were taken, said of a
    text (fifteenth pass); a judging adjective on a text, the same adjective on something else, and the memes stay."""
    text = ("The ferry board ran a provocative headline on Tuesday. The skipper was fined for posting offensive comments "
            "online. Her remark about the tolls was unacceptable to the council.")
    assert found(run(nlp, text, quotes=())) == set()
    assert ("loaded_language", "offensive") in found(run(nlp, text))  # the memes: read by its rating
    assert ("loaded_language", "crude") in found(run(nlp, "The skipper made a crude remark.", quotes=()))
    assert ("loaded_language", "offensive") in found(run(nlp, "The skipper's offensive behaviour cost him.", quotes=()))


def test_an_adjective_a_field_qualifies_is_a_standing_on_news(nlp):
    # "politically toxic": a standing within a field, the analysis's term (fifteenth pass); alone it stays loaded
    assert found(run(nlp, "By Friday the ferry tax had become politically toxic for the mayor.", quotes=())) == set()
    assert ("loaded_language", "toxic") in found(run(nlp, "By Friday the ferry tax had become toxic for the mayor.", quotes=()))


def test_what_a_third_party_likens_someone_to_is_their_view_on_news(nlp):
    """ "compared his critics to Nazis", "likened the board to thieves": the subject's comparison, reported (fifteenth
    pass); the writer's own ("we compared them to thieves") and the memes keep the marker."""
    text = ("In a post, the skipper compared his critics to Nazis. The leaflet likened the ferry board to thieves. "
            "The skipper posted a note that compared rival captains to thugs.")  # "to" hung on the object
    assert found(run(nlp, text, quotes=())) == set()
    assert ("loaded_language", "thieves") in found(run(nlp, "We compared the ferry board to thieves.", quotes=()))
    assert ("name_calling_labeling", "Nazis") in found(run(nlp, text))


def test_a_by_phrase_hung_after_a_described_as_phrase_is_part_of_the_view(nlp):
    """ "described the harbour as overrun by smugglers, some of them thugs": the parser hangs "by" on the active verb,
    which takes no agent, so the words are the "as" phrase's, the describer's (fifteenth pass)."""
    text = "The mayor described the harbour as overrun by smugglers, some of them thugs."
    assert found(run(nlp, text, quotes=())) == set()
    # "as plagued by ...": the parser hangs the loose "some of them thugs" on the verb
    assert found(run(nlp, "The mayor described the port as plagued by smugglers, some of them thugs.", quotes=())) == set()
    assert ("name_calling_labeling", "thugs") in found(run(nlp, "I described the harbour as overrun by smugglers, some of them thugs.", quotes=()))


def test_a_dire_warning_a_term_of_law_and_an_outcry_are_reported_on_news(nlp):
    """ "dire warnings" restate what a warning says, "rape or incest" names the cases a law's exception provides for,
    an outcry is a protest reported (fifteenth pass); "dire" on another noun and the memes' rated words stay."""
    text = ("The vote came amid dire warnings from engineers about the dam. The bill allows no exceptions for rape or "
            "incest. The levy drew a rising outcry from growers.")
    assert found(run(nlp, text, quotes=())) == set()
    assert {("loaded_language", "dire"), ("loaded_language", "rape")} <= found(run(nlp, text))
    assert ("loaded_language", "dire") in found(run(nlp, "The dam is in dire shape.", quotes=()))


def test_the_writers_own_view_and_the_verb_itself_stay_marked(nlp):
    doc = run(nlp, "I regard the depot plan as vile. The union slammed the plan as costly.", quotes=())
    assert ("loaded_language", "vile") in found(doc)
    # the verb of a third party's criticism is news's word for its act, reported (``criticism_verbs``, eighth pass)
    assert ("loaded_language", "slammed") not in found(doc)
    # an imperative speaks to the reader in the writer's voice
    assert ("name_calling_labeling", "traitor") in found(run(nlp, "Call him a traitor, then.", quotes=()))


def test_a_negated_single_cause_or_single_way_is_denied(nlp):
    # the writer says there is more than one cause or way: the opposite of the technique (nineteenth pass)
    assert found(run(nlp, "Cheap rent isn't the only reason the bakers stayed.")) == set()
    assert found(run(nlp, "Saving is not the only way to buy a boat.")) == set()
    assert found(run(nlp, "Cheap Rent Isn’t The Only Reason Bakers Stay")) == set()  # a headline, a curly apostrophe
    assert ("causal_oversimplification", "the only reason") in found(run(nlp, "Cheap rent is the only reason the bakers stayed."))
    assert any(t == "black_and_white_fallacy" and "the only way" in s for t, s in found(run(nlp, "Saving is the only way to buy a boat.")))


def test_an_adjective_the_parser_hangs_on_a_name_before_a_noun_describes_the_noun():
    """The parser sometimes hangs "disastrous" on the last word of a name written before a common noun ("the disastrous
    October Ohio debate"); the adjective describes the debate and labels nobody (nineteenth pass). A name before a noun
    of people ("the corrupt Smith family") is still labelled."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["the", "disastrous", "October", "Ohio", "debate", "and", "the", "corrupt", "Smith", "family"]
    heads = [4, 3, 3, 4, 4, 4, 9, 8, 9, 4]
    deps = ["det", "amod", "compound", "compound", "ROOT", "cc", "det", "amod", "compound", "conj"]
    pos = ["DET", "ADJ", "PROPN", "PROPN", "NOUN", "CCONJ", "DET", "ADJ", "PROPN", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=words)
    assert rhetoric._name_on_a_noun(doc[3], frozenset({"family"}))
    assert not rhetoric._name_on_a_noun(doc[8], frozenset({"family"}))


def test_a_noun_paired_with_its_opposite_names_both_sides(nlp):
    # "losers" is a name-calling entry and VADER rates "enemies" -2.2; joined to a noun rated positive they name both
    # sides of an outcome or a divide (nineteenth pass)
    doc = run(nlp, "The vote will decide winners and losers among the ferry firms. The mayor counts her friends and enemies.")
    assert found(doc) == set()
    # alone they are still read by the lexicon and the rating
    assert ("name_calling_labeling", "losers") in found(run(nlp, "The ferry firms are losers."))
    assert ("loaded_language", "enemies") in found(run(nlp, "The mayor sees enemies everywhere."))
    # nouns of things are left to their rating: the memes mark such idioms as loaded
    assert ("loaded_language", "garbage") in found(run(nlp, "The shed holds garbage and treasures."))


def test_the_plural_of_a_word_naming_an_affair_is_not_loaded(nlp):
    # VADER rates "scandal" -1.9 (not marked) and "scandals" -2.2: the plural names affairs as the singular does
    assert found(run(nlp, "The mayor survived two scandals at the depot.")) == set()


def test_a_rated_word_glued_to_the_next_is_part_of_a_compound(nlp):
    # VADER rates "sucker" -2.4; "sucker-punched" is the compound verb, a blow described (nineteenth pass)
    assert found(run(nlp, "A fan sucker-punched the referee after the match.")) == set()
    # alone, or shouted, the word is still read by its rating
    assert ("loaded_language", "suckers") in found(run(nlp, "Only suckers buy the depot's bonds."))
    assert any(t == "loaded_language" for t, _ in found(run(nlp, "ONLY SUCKER-PUNCHERS BUY THE BONDS")))


def _with(detectors: dict, calibrate: bool = False):
    pipeline = load_corrected()
    pipeline.add_pipe("readout_rhetoric", config={"calibrate": calibrate, "detectors": detectors})
    return pipeline


def test_the_detectors_numbers_are_settings_the_calibration_chooses():
    """The numbers first read off the fit memes are settings: the rated-word lines (a noun's line follows the
    adjective's), the fewest words of a quoted label, the most words of an imperative exclamation. The shipped
    component takes them from the calibration file (chosen by train_rhetoric's cross-validation), over the lexicon's."""
    text = "The levy is horrendous. Critics mock the \"reform\" daily. Vote them all out now!"
    loose = found(run(_with({"loaded_max": -2.0, "scare_min_words": 1, "exclamation_max_words": 6}), text))
    assert {("loaded_language", "horrendous"), ("loaded_language", '"reform"'), ("slogans", "Vote them all out now!")} <= loose
    strict = found(run(_with({"loaded_max": -3.0, "scare_min_words": 2, "exclamation_max_words": 4}), text))
    assert not {("loaded_language", "horrendous"), ("loaded_language", '"reform"'), ("slogans", "Vote them all out now!")} & strict
    # a noun's line follows the adjective's: "villain" is rated -2.6
    assert ("loaded_language", "villain") not in found(run(_with({"loaded_max": -3.0}), "The mayor is a villain."))
    shipped = load_corrected().add_pipe("readout_rhetoric")
    chosen = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))["detectors"]["chosen"]
    assert shipped.exclamation_max_words == chosen["exclamation_max_words"]
    assert (shipped.lexicon.valence.name_calling_max, shipped.lexicon.valence.loaded_max, shipped.lexicon.valence.noun_max) == (
        chosen["name_calling_max"], chosen["loaded_max"], chosen["loaded_max"])
    assert shipped.lexicon.scare_quotes["marker_min_words"] == chosen["scare_min_words"]
    with pytest.raises(AnalyzeError, match="unknown rhetoric detector settings"):
        _with({"loaded_line": -2.0})


def test_no_quoted_label_marked_still_leaves_names_and_refrains_alone():
    """With no quoted label marked (fewest words over the most), a title-cased quoted name written twice still hides
    the lexicon phrase inside it, and a quoted label said three times is still repetition."""
    off = _with({"scare_min_words": 5})
    assert ("loaded_language", "Witch Hunt") in found(run(off, 'The "Witch Hunt Act" passed.'))  # written once
    named = 'The "Witch Hunt Act" passed. Donors praised the "Witch Hunt Act" again.'
    assert run(off, named)._.readout_rhetoric == ()
    text = 'The "grand bargain" is near. Critics doubt the "grand bargain". Still, the "grand bargain" dominates.'
    assert [m.technique for m in run(off, text)._.readout_rhetoric] == ["repetition", "repetition"]


def test_the_reach_of_a_rated_adjective_to_its_name_is_a_setting():
    """How far a rated adjective may stand from the name it labels (``name_reach``, in tokens) is a setting the
    calibration chooses: within it the adjective and the name are name calling; beyond it the adjective alone is
    loaded language when rated under the loaded line ("hateful" -2.2: four tokens from the surname here)."""
    text = "Voters heard from the hateful former state senator Oakes."
    near = found(run(_with({"name_reach": 1}), text))
    assert near == {("loaded_language", "hateful")}
    assert found(run(_with({"name_reach": 5}), text)) == {("name_calling_labeling", "hateful former state senator Oakes")}
    shipped = load_corrected().add_pipe("readout_rhetoric")
    chosen = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))["detectors"]["chosen"]
    assert shipped.lexicon.valence.name_reach == chosen["name_reach"]


def test_a_rated_noun_of_people_owned_by_someone_names_a_relation(nlp):
    """ "his enemies", "the governor's enemies": rated people owned by a third party are named by their relation to
    the owner, not labelled; "our enemies" takes the writer's side and stays loaded."""
    assert not found(run(nlp, "The governor listed his enemies in a memo."))
    assert not found(run(nlp, "Reporters asked about the governor's enemies."))
    assert found(run(nlp, "Our enemies are everywhere.")) == {("loaded_language", "enemies")}


def test_an_adjective_on_a_classifying_genitive_describes_the_thing(nlp):
    """ "a mock children's book": the adjective is on the book (a book for children), not a label on children."""
    assert ("name_calling_labeling", "mock children") not in found(run(nlp, "She wrote a mock children's book about the race."))
    assert ("name_calling_labeling", "hateful thugs") in found(run(nlp, "The hateful thugs left."))


def test_a_view_the_sentence_denies_labels_nobody(nlp):
    """In the "as" phrase of a negated verb the view is denied: no marker; asserted, the label stays."""
    assert not found(run(nlp, "The pastor does not describe the protesters as hateful bigots."))
    assert ("name_calling_labeling", "hateful bigots") in found(run(nlp, "The pastor describes the protesters as hateful bigots."))


def test_verbs_of_presenting_someone_as_something_give_a_reported_view(nlp):
    """ "positioned X as ...", "dubbed X ...": where quotes were read (news), the view is the subject's, reported."""
    text = "The senator positioned the mayor as the most corrupt official ever."
    assert not found(run(nlp, text, quotes=()))
    assert found(run(nlp, text))  # the memes are read without quotes: the writer's own words


def test_a_punishment_faced_is_reported_not_loaded(nlp):
    assert not found(run(nlp, "The clerk would face some punishment for the error."))


def test_a_one_word_label_is_also_a_loaded_word(nlp, calibrated):
    """A one-word label from the lexicon is name calling and, as its own marker, loaded language (the calibration's
    kind "loaded_language/label", reported by the shipped component); a loaded-language marker already on the word
    makes no second one, and a label not reported has no loaded word."""
    text = "The treasurer is a liar."
    assert found(run(nlp, text)) == {("name_calling_labeling", "liar"), ("loaded_language", "liar")}
    word = next(m for m in run(calibrated, text)._.readout_rhetoric if m.technique == "loaded_language")
    assert word.cue == "label 'liar'"
    assert word.confidence == json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))["kinds"]["loaded_language/label"]["confidence"]
    assert found(run(nlp, "The treasurer is a liar.", quotes=(_quote("The treasurer is a liar.", "The treasurer is a liar."),))) == set()
    assert rhetoric.label_words((_marker("loaded_language", "liar"), _marker("name_calling_labeling", "liar"))) == []


def test_a_labels_loaded_word_is_reported_by_its_kind_of_label():
    """The calibration keeps a label's loaded word only for the kinds of label the training chose
    (``label_words.kept``: how the label is written, lower-case, title-cased or shouted); other markers are untouched."""
    from readout.analyze.rhetoric_calibration import Calibration, label_shape
    from readout.model import RhetoricMarker

    def word(text: str, cue: str):
        return RhetoricMarker(span=Span(doc_id="d1", start=0, end=len(text), text=text), technique="loaded_language", confidence=0.9, cue=cue)

    assert [label_shape(t) for t in ("liar", "Liar", "LIAR", " LIARS ")] == ["lower", "title", "shouted", "shouted"]
    lower, shouted, other = word("liar", "label 'liar'"), word("LIAR", "label 'liar'"), word("LIAR", "valence -2.5")
    assert Calibration({}, 0.5).reported([lower, shouted, other]) == [lower, shouted, other]
    assert Calibration({}, 0.5, label_words=frozenset({"lower"})).reported([lower, shouted, other]) == [lower, other]
    assert Calibration({}, 0.5, label_words=frozenset()).reported([lower, shouted, other]) == [other]


def test_a_topic_of_talk_is_named_not_loaded(nlp):
    """A rated noun after "about", "on" or "over" hung on a word of talk or dispute names what is talked about
    (``valence.topic_heads``), joined nouns too; the same noun said of something stays loaded language."""
    assert not found(run(nlp, "The mayors differed sharply on slavery and land reform."))
    assert not found(run(nlp, "His remarks about racism drew a crowd."))
    assert found(run(nlp, "It was racism, plain and simple.")) == {("loaded_language", "racism")}


def test_the_clause_of_a_noun_of_charging_is_its_holders_view(nlp):
    """On news (the quote reader ran), a marker in the "that" clause of a noun of charging, claiming or believing
    (``stance_verbs.nouns``) is its holder's word, reported; the writer's own claim keeps it, and so do the memes."""
    text = "The vote went ahead amid complaints that the count was unfair."
    assert not found(run(nlp, text, quotes=()))
    assert found(run(nlp, text)) == {("loaded_language", "unfair")}
    assert found(run(nlp, "I stand by my claim that the count was unfair.", quotes=())) == {("loaded_language", "unfair")}


def test_an_interview_printed_as_questions_and_answers_is_the_speakers_words(nlp):
    """On news, a line opened by "Q:" or "A:" is the interviewer's or the guest's, not the writer's."""
    text = "Q: Why is the plan so dangerous?\nA: It is not."
    assert ("loaded_language", "dangerous") not in found(run(nlp, text, quotes=()))
    assert rhetoric.transcript_turns(text) == [(0, 32), (33, 46)]
    assert found(run(nlp, "Why is the plan so dangerous?", quotes=())) == {("loaded_language", "dangerous")}


def test_a_view_given_by_as_on_an_adjective_or_by_citing_is_reported(nlp):
    """ "see the tax as most unfair", whose "as" the parser hangs on the adjective, and "citing X as Y" give the
    subject's view, as "see X as Y" does."""
    for text in ("Most residents see the new tax as most unfair.", "Citing the flood as a wake-up call, the mayor asked for funds."):
        assert not found(run(nlp, text, quotes=()))
        assert found(run(nlp, text))


def test_a_rated_adjective_on_a_measured_result_rates_it(nlp):
    """ "a disappointing finish", "disappointing earnings": a result compared with what was expected, described
    (``valence.result_nouns``); the same adjective on a person still labels them."""
    assert not found(run(nlp, "The party had a disappointing finish in the county."))
    assert not found(run(nlp, "The firm posted disappointing earnings for the quarter."))
    assert ("name_calling_labeling", "disappointing leader") in found(run(nlp, "The party had a disappointing leader in the county."))


def test_a_lexicon_word_a_negated_verb_predicates_is_denied(nlp):
    """ "It's not a crazy plan", "he is not a liar": the lexicon's one-word loaded words and labels are denied when a
    negated verb predicates them (or the noun they qualify), as rated words are; said plainly they are marked."""
    assert not found(run(nlp, "It's not a crazy plan."))
    assert not found(run(nlp, "He is not a liar."))
    assert found(run(nlp, "It's a crazy plan.")) == {("loaded_language", "crazy")}
    assert ("name_calling_labeling", "liar") in found(run(nlp, "He is a liar."))


def test_in_history_stretches_only_a_superlative(nlp):
    """ "in history" and "of all time" make a superlative an exaggeration ("the largest merger in history"); with no
    superlative before them in the sentence they say where or when ("rooted in history")."""
    assert not found(run(nlp, "Their customs are deeply rooted in history."))
    assert found(run(nlp, "It was the largest merger in history.")) == {("exaggeration_minimisation", "in history")}


def test_a_past_participle_after_have_is_a_verb(nlp):
    """ "both clubs have broken records": a past participle after a form of "have" is a perfect tense, a verb (rated verbs
    are not marked), even where the parser hangs it on the next noun as an adjective; as an adjective it is read by its
    rating as before."""
    assert not found(run(nlp, "It was a season in which both clubs have broken records for attendance."))
    assert ("loaded_language", "broken") in found(run(nlp, "It was a season of broken records and empty seats."))


def test_a_word_inside_a_charge_names_what_is_charged(nlp):
    """ "charge the clerk with two felonies, including bribery and lying to the auditors", "convicted of lying": a word in
    the object of a verb of charging reached through "with" or "of", a list of charges or a gerund of the act, is the
    charge; said of the clerk plainly, or with an article on the act, it is marked as before."""
    assert not found(run(nlp, "Prosecutors threatened to charge the clerk with two felonies, including bribery and lying to the auditors."))
    assert not found(run(nlp, "The clerk was convicted of lying to the auditors."))
    assert found(run(nlp, "The clerk keeps lying to the auditors.")) == {("loaded_language", "lying")}
    assert ("loaded_language", "assault") in found(run(nlp, "The clerk was charged with the brutal assault of a guard."))


def test_whataboutism_is_not_reported_on_news(nlp):
    """Whataboutism held out under the line on the fit memes and plain on news (``off_on_news`` in the lexicon): where
    the quote reader ran it is not reported; on text read without it (the memes) it is, as before."""
    text = "The council raised the levy again. What about the roads they promised to fix?"
    assert ("whataboutism", "What about") in found(run(nlp, text))
    assert not any(technique == "whataboutism" for technique, _ in found(run(nlp, text, quotes=())))


def test_a_noun_naming_a_reported_act_is_not_loaded_on_news(nlp):
    """ "the assault on the harbour", "some damage to the ferry service": on news a noun of an act or event with what it
    was done to, or with a clause of its own, names the act reported; said of something ("is an assault on"), or read
    without the quote reader (the memes), it is marked as before."""
    reported = "The assault on the harbour town began at dawn, and some damage to the ferry service was done."
    assert not any(text in {"assault", "damage"} for _, text in found(run(nlp, reported, quotes=())))
    assert ("loaded_language", "assault") in found(run(nlp, reported))
    judged = "This levy is an assault on every family in the valley."
    assert ("loaded_language", "assault") in found(run(nlp, judged, quotes=()))


def test_a_label_on_the_agent_of_a_reported_act_is_not_marked_on_news(nlp):
    """ "two sailors were held by terrorists": on news a label that is the agent of a passive verb says who did the act
    reported; said of someone, or read without the quote reader, it is marked as before."""
    reported = "Two sailors were held by terrorists for a month before their release."
    assert not any(text == "terrorists" for _, text in found(run(nlp, reported, quotes=())))
    assert any(text == "terrorists" for _, text in found(run(nlp, reported)))
    assert any(text == "terrorists" for _, text in found(run(nlp, "The mayor says his rivals are terrorists.", quotes=())))



def test_a_label_on_the_doer_of_a_reported_act_is_not_marked_on_news(nlp):
    """ "the terrorists were able to kill", "local racists once fired shots": on news a label that is the active subject of
    a verb of a violent or criminal act (``act_verbs``), directly, through "able to", or by a relative clause, names the
    doers of the act reported. A label the writer applies in judgement ("those thugs in Congress blocked the bill"),
    one with a rated adjective of its own, and the memes (read without the quote reader) keep the marker."""
    reported = ["The terrorists were able to kill nine guards before the police arrived.",
                "Local racists once fired shots at the new arrivals from the bridge.",
                "Terrorists who stormed the hotel took forty guests hostage."]
    for text in reported:
        assert not any(t.lower() in {"terrorists", "racists"} for _, t in found(run(nlp, text, quotes=()))), text
        assert len(found(run(nlp, text))) == 2, text  # the memes: loaded language and name calling on the label
    judged = found(run(nlp, "Those thugs in Congress blocked the bill again.", quotes=()))
    assert judged == {("loaded_language", "thugs"), ("name_calling_labeling", "thugs")}
    assert found(run(nlp, "The thugs in Congress blocked the bill again.", quotes=())) == judged
    assert ("name_calling_labeling", "Vicious thugs") in found(run(nlp, "Vicious thugs were able to kill nine guards.", quotes=()))


def test_a_fraction_of_one_unit_is_a_measure(nlp):
    """ "a fraction of a cent", "a fraction of one second": a phrase of minimising before one unit measures an amount
    smaller than the unit; before the thing compared ("a fraction of the price") it belittles, as before."""
    assert not found(run(nlp, "The new levy takes a fraction of a cent from each ticket sold."))
    assert not found(run(nlp, "The sprinter won by a fraction of one second."))
    assert ("exaggeration_minimisation", "a fraction of") in found(run(nlp, "Their ferry costs a fraction of the price of a bridge."))


def test_a_verb_of_reported_criticism_is_not_loaded_on_news(nlp):
    """ "the governor blasted the water board", "lashed out at the council": on news a verb of harsh criticism whose
    subject is a third party reports what that party did (``criticism_verbs``, decided once for all such verbs); the
    writer's own ("we blasted them"), an idiom of its own ("slammed the door") and the memes (read without the quote
    reader) keep the marker."""
    reported = "The governor blasted the water board on Monday for its slow repairs."
    assert not found(run(nlp, reported, quotes=()))
    assert ("loaded_language", "blasted") in found(run(nlp, reported))
    assert not found(run(nlp, "The mayor lashed out at the council after the vote.", quotes=()))
    assert ("loaded_language", "blasted") in found(run(nlp, "We blasted them for it, and rightly so.", quotes=()))
    assert ("loaded_language", "slammed the door") in found(run(nlp, "The minister slammed the door on any compromise.", quotes=()))


def test_so_called_before_the_name_of_a_body_gives_its_common_name(nlp):
    """ "the so-called Eastern Alliance": "so-called" before the name of a body, place or event gives the name it is
    known by, no doubt of the writer's; before people ("a so-called expert") or a person's title and name it doubts."""
    assert not found(run(nlp, "Officials met leaders of the so-called Eastern Alliance on Friday."))
    assert ("doubt", "so-called") in found(run(nlp, "He is a so-called expert on tides."))
    assert ("doubt", "so-called") in found(run(nlp, "She mocked the so-called President Varga again."))


def test_doubt_is_not_reported_on_news(nlp):
    """Doubt held out under the line on the fit memes and read on news under it too (``off_on_news``): where the quote
    reader ran it is not reported; on text read without it (the memes) it is, as before."""
    text = "The paper quotes a self-styled expert on tides."
    assert ("doubt", "self-styled") in found(run(nlp, text))
    assert not found(run(nlp, text, quotes=()))


def test_the_reported_act_and_its_doers_after_the_are_not_loaded_on_news(nlp):
    """ "the scale of the assault", "one of the attackers": on news a noun after "the" that names an act or event, or the
    persons named from one ("attacker" from "attack"), refers back to what the news reports; with an adjective of its
    own ("the cowardly attackers"), an "of" phrase ("the slaughter of ..."), or on the memes, it is marked as before."""
    reported = "Police said the attackers fled north after the raid, and the scale of the assault surprised the town."
    assert not any(text in {"attackers", "assault"} for _, text in found(run(nlp, reported, quotes=())))
    assert {("loaded_language", "attackers"), ("loaded_language", "assault")} <= found(run(nlp, reported))
    assert not found(run(nlp, "One of the attackers was arrested on Tuesday.", quotes=()))
    assert ("loaded_language", "attackers") in found(run(nlp, "The cowardly attackers fled.", quotes=()))
    assert ("loaded_language", "slaughter") in found(run(nlp, "The slaughter of innocent farmers must end.", quotes=()))


def test_a_rated_noun_said_of_someone_carries_the_chosen_technique(nlp):
    """ "the harbour master is a villain": a rated noun of people said of someone is loaded language under the rule as
    written (``noun_said_of`` 0) and name calling under 1, the switch the training chooses inside its cross-validation;
    a rated noun said of nobody stays loaded language either way."""
    text = "The harbour master is a villain."
    assert ("loaded_language", "villain") in found(run(nlp, text))
    switched = load_corrected()
    switched.add_pipe("readout_rhetoric", config={"calibrate": False, "detectors": {"noun_said_of": 1}})
    assert ("name_calling_labeling", "villain") in found(run(switched, text))
    assert ("name_calling_labeling", "villain") not in found(run(nlp, text))
    assert ("loaded_language", "disgrace") in found(run(switched, "The flooded harbour is a disgrace."))


def test_a_reported_state_or_outcome_is_not_loaded_on_news(nlp, calibrated):
    """ "poses its own dangers", "in no danger of", "fleeing chaos", "devastated by the floods", "proved damaging": on
    news a word that describes a situation met or escaped, or what an event or act did, reports it; with an adjective
    or adverb of its own, said by the writer or the reader, or on the memes (read without the quote reader), it is
    marked as before (rhetoric, twenty-seventh pass)."""
    posed = "Keeping the old mill open poses its own dangers for the town."
    assert not found(run(nlp, posed, quotes=()))
    assert ("loaded_language", "dangers") in found(run(nlp, posed))
    assert not found(run(nlp, "The alderman is in no danger of losing his seat this autumn.", quotes=()))
    fleeing = "Thousands of herders are fleeing chaos in the eastern hills."
    assert not found(run(calibrated, fleeing, quotes=()))  # the component as shipped
    assert ("loaded_language", "chaos") in found(run(calibrated, fleeing))
    assert not found(run(nlp, "Villages devastated by the spring floods are still rebuilding their bridges.", quotes=()))
    assert not found(run(nlp, "The leaked memo proved damaging to the treasurer's campaign.", quotes=()))
    assert ("loaded_language", "dangers") in found(run(nlp, "Keeping it open poses grave dangers for the town.", quotes=()))
    assert ("loaded_language", "chaos") in found(run(calibrated, "We face chaos if this passes.", quotes=()))


def test_a_bare_plural_naming_a_class_is_not_a_label_on_news(nlp):
    """ "whether students, seasonal workers or terrorists", "the motives of extremists": on news a bare plural noun of
    people in a list of kinds, or what an abstract noun is of, names a class, nobody in particular; with a determiner
    or adjective of its own ("these terrorists"), after a noun of people ("a gang of thugs"), said of someone, or on the
    memes, it is marked as before (rhetoric, twenty-seventh pass)."""
    listed = "Newcomers, whether students, seasonal workers or terrorists, must register with the office."
    assert not found(run(nlp, listed, quotes=()))
    assert ("name_calling_labeling", "terrorists") in found(run(nlp, listed))
    assert not found(run(nlp, "Few analysts grasp the motives of terrorists in the region.", quotes=()))
    assert ("name_calling_labeling", "terrorists") in found(run(nlp, "These terrorists must be stopped.", quotes=()))
    assert ("name_calling_labeling", "thugs") in found(run(nlp, "A gang of thugs broke the windows.", quotes=()))
    assert ("name_calling_labeling", "racists") in found(run(nlp, "The critics are racists.", quotes=()))


def test_a_title_cased_headline_verb_of_criticism_is_reported_criticism_on_news(nlp):
    """ "Two Harbour Commissioners Slam Ferry Deal": a title-cased headline's verb is tagged as part of a name, and
    was marked as loaded language by its typography; on news it is a verb of reported criticism with a third party as
    subject, as "the commissioners slammed the deal" is. The writer's own ("We Slam ...") and the memes keep it."""
    headline = "Two Harbour Commissioners Slam Ferry Deal"
    assert not found(run(nlp, headline, quotes=()))
    assert ("loaded_language", "Slam") in found(run(nlp, headline))
    assert ("loaded_language", "Slam") in found(run(nlp, "We Slam The Ferry Deal Again", quotes=()))


def test_a_superlative_ranking_places_is_not_loaded_on_news(nlp):
    """ "the most dangerous roads in the province", "the region's most polluted rivers", "one of the most polluted
    towns": on news a superlative rated adjective before a noun of places or things ranked within a scope reports a
    ranking by a measure; on people ("the most dangerous man"), with no scope, or on the memes it is marked as before."""
    ranked = "The report lists the most dangerous roads in the province."
    assert not found(run(nlp, ranked, quotes=()))
    assert ("loaded_language", "dangerous") in found(run(nlp, ranked))
    assert not found(run(nlp, "The ferry passes the region's most polluted rivers.", quotes=()))
    assert not found(run(nlp, "Millbrook was one of the most polluted towns, the survey found.", quotes=()))
    assert ("name_calling_labeling", "dangerous man") in found(run(nlp, "He is the most dangerous man in the province.", quotes=()))
    assert ("loaded_language", "dangerous") in found(run(nlp, "They took the most dangerous road.", quotes=()))
    # said of places, the ranked noun left out: "towns that were the most dangerous in the province"
    assert not found(run(nlp, "Some of the towns that were the most dangerous in the province in 2014 lie on the coast.", quotes=()))
    assert not found(run(nlp, "The old port is the most polluted in the state.", quotes=()))
    assert ("loaded_language", "dangerous") in found(run(nlp, "The mayor is the most dangerous in the province.", quotes=()))


def test_a_kind_the_calibration_switches_off_is_not_reported(tmp_path):
    """A calibration's ``switches.off`` names kinds ("technique/source") under the line on memes held out from their
    fit (``train_rhetoric.choose_switches``): the component does not report them, whatever their gate."""
    raw = json.loads(CALIBRATION_PATH.read_text(encoding="utf-8"))
    text = "The senator is a liar and a coward."
    shipped = load_corrected()
    shipped.add_pipe("readout_rhetoric")
    assert ("name_calling_labeling", "liar") in found(run(shipped, text))
    raw["switches"] = {**raw.get("switches", {}), "off": ["name_calling_labeling/lexicon"]}
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    switched = load_corrected()
    switched.add_pipe("readout_rhetoric", config={"calibration": str(path)})
    assert not any(technique == "name_calling_labeling" for technique, _ in found(run(switched, text)))


def test_an_idiom_is_not_loaded_or_exaggerated_on_news(nlp):
    """ "a far cry from", "the lesser of two evils", "nothing but praise", "went crazy": on news a fixed phrase whose
    rated or degree word has lost its own sense (the lexicon's ``idioms``) is the writer's plain idiom; the same word
    outside the phrase, a loaded idiom not listed, and the memes are marked as before (rhetoric, tenth pass)."""
    cry = "The new pier is a far cry from the wooden jetty the ferry used for decades."
    assert not found(run(nlp, cry, quotes=()))
    assert ("loaded_language", "cry") in found(run(nlp, cry))
    evils = "Farmers in the valley chose the lesser of two evils in the runoff."
    assert not found(run(nlp, evils, quotes=()))
    assert ("loaded_language", "evils") in found(run(nlp, evils))
    praise = "The harbour master had nothing but praise for the divers who raised the wreck."
    assert not found(run(nlp, praise, quotes=()))
    assert ("exaggeration_minimisation", "nothing but") in found(run(nlp, praise))
    assert not found(run(nlp, "The fans went crazy when the striker scored in the last minute.", quotes=()))
    assert ("loaded_language", "crazy") in found(run(nlp, "The plan to sell the harbour is crazy.", quotes=()))
    assert ("exaggeration_minimisation", "nothing but") in found(run(nlp, "The ferry deal is nothing but a giveaway.", quotes=()))


def test_a_degree_phrase_comparing_plain_ranks_or_amounts_is_not_exaggeration_on_news(nlp):
    """ "the top worry by far for rural voters", "wages rose far more than prices": on news a degree phrase of the
    lexicon's ``plain_comparisons`` with no strongly rated word within three words compares ranks or quantities the news
    reports; "by far the worst mayor", a shouted one, and the memes keep the marker (rhetoric, tenth pass)."""
    top = "The top worry by far for rural voters is the price of diesel."
    assert not found(run(nlp, top, quotes=()))
    assert ("exaggeration_minimisation", "by far") in found(run(nlp, top))
    wages = "Wages in the northern provinces rose far more than rents last year."
    assert not found(run(nlp, wages, quotes=()))
    assert ("exaggeration_minimisation", "far more than") in found(run(nlp, wages))
    assert ("exaggeration_minimisation", "by far") in found(run(nlp, "He is by far the worst mayor the port has had.", quotes=()))
    recast = "The minister's stop in the harbour town was far more than a courtesy call."
    assert ("exaggeration_minimisation", "far more than") in found(run(nlp, recast, quotes=()))
    assert ("exaggeration_minimisation", "BY FAR") in found(run(nlp, "THE HARBOUR BOARD IS BY FAR THE WORST", quotes=()))


def test_a_word_in_a_question_someone_asked_is_not_loaded_on_news(nlp):
    """ "a crew went out to ask shoppers if the count had been rigged": on news a marker inside the "if" or "whether"
    clause a verb of asking puts (the lexicon's ``asking_verbs``) is a question, which claims nothing; the writer's own
    question ("We asked ourselves whether ...") and the memes keep it (rhetoric, tenth pass)."""
    asked = "On Friday the radio station sent a crew to the market in Lyon to ask shoppers if the count had been rigged for the mayor."
    assert not found(run(nlp, asked, quotes=()))
    assert ("loaded_language", "rigged") in found(run(nlp, asked))
    assert ("loaded_language", "rigged") in found(run(nlp, "We asked ourselves whether the count had been rigged.", quotes=()))


def test_a_view_a_thing_struck_someone_with_is_theirs_on_news(nlp):
    """ "the new toll struck many drivers as unfair": "strike ... as" gives the view of its object (a stance verb whose
    object holds the view); on news it is the drivers', reported; "struck me as unfair" is the writer's, and the memes
    keep the marker (rhetoric, tenth pass)."""
    toll = "The new toll struck many drivers as unfair, and the council dropped it in May."
    assert not found(run(nlp, toll, quotes=()))
    assert ("loaded_language", "unfair") in found(run(nlp, toll))
    assert ("loaded_language", "unfair") in found(run(nlp, "The new toll struck me as unfair, and I said so at the meeting.", quotes=()))


def test_a_state_come_near_is_reported_not_loaded_on_news(nlp):
    """ "the bank was on the brink of collapse", "pushed the mill to the verge of ruin": on news a loaded noun that is
    the state something came near describes what the news reports; with an adjective of its own ("the brink of utter
    collapse"), exclaimed, or on the memes it stays (rhetoric, tenth pass)."""
    brink = "The bank was on the brink of collapse when the regulators stepped in."
    assert ("loaded_language", "collapse") not in found(run(nlp, brink, quotes=()))  # "on the brink" is the lexicon's appeal to fear
    assert ("loaded_language", "ruin") not in found(run(nlp, "The strike pushed the mill to the verge of ruin by March.", quotes=()))
    assert ("loaded_language", "collapse") in found(run(nlp, brink))
    assert ("loaded_language", "collapse") in found(run(nlp, "The bank was on the brink of utter collapse when the regulators stepped in.", quotes=()))
    assert ("loaded_language", "collapse") in found(run(nlp, "We are on the brink of collapse!", quotes=()))


def test_two_denials_in_a_row_are_no_false_dilemma(nlp):
    """ "This is not Lisbon. This is not Porto.": the "not X. It is Y." pattern is a contrast only when its second half
    affirms something; a second denial repeats the first (a fit meme's double denial was marked and held out wrong)."""
    assert not any(t == "black_and_white_fallacy" for t, _ in found(run(nlp, "This is not Lisbon. This is not Porto.")))
    assert ("black_and_white_fallacy", "This is not a tax cut. It is a giveaway.") in found(run(nlp, "This is not a tax cut. It is a giveaway."))


def test_a_rated_word_in_a_news_heading_in_capitals_is_not_loaded(nlp):
    """ "3. DESPITE FLOOD SCARE, FAIR GOES ON.": on news a line in capitals is a heading, capitals by convention; the
    tagger reads its words as names, and a rated word there is not read as shouted loaded language. A shouted word in a
    line of lower case, the same heading on the memes, and lexicon words are read as before (eleventh pass)."""
    heading = "3. DESPITE FLOOD SCARE, FAIR GOES ON.\nThe fair opened on Friday in the rain."
    assert not found(run(nlp, heading, quotes=()))
    doc = run(nlp, heading)
    assert [(m.technique, m.span.start, m.span.end, m.span.text) for m in doc._.readout_rhetoric] == [("loaded_language", 17, 22, "SCARE")]
    assert ("loaded_language", "SCARE") in found(run(nlp, "The board said the SCARE was over.", quotes=()))
    assert ("loaded_language", "DISGUSTING") in found(run(nlp, "THE FERRY DEAL IS DISGUSTING", quotes=()))


def test_a_superlative_standing_for_a_ranked_place_is_not_loaded_on_news(nlp):
    """ "topped a list of fifty ports for the most polluted in the region": a superlative rated adjective with "the" that
    stands for a noun left out, ranked within a scope of places or things, reports a ranking on news; ranked among people
    ("the most violent of the three brothers") or on the memes it stays (eleventh pass)."""
    ports = "For the third year the town topped a list of fifty ports for the most polluted in the region."
    assert not found(run(nlp, ports, quotes=()))
    assert ("loaded_language", "polluted") in found(run(nlp, ports))
    brothers = "The police arrested the most violent of the three brothers on Monday."
    assert ("loaded_language", "violent") in found(run(nlp, brothers, quotes=()))


def test_a_label_on_a_group_named_by_its_creed_is_not_name_calling_on_news(nlp):
    """ "police arrested two Islamist extremists", "a Maoist extremist preacher": on news a label with a word of
    nationality, religion or politics on it (or on the noun it qualifies) is the usual description of the group it
    names; the bare label and the memes keep the marker (eleventh pass)."""
    arrests = "Police arrested two Islamist extremists and a Maoist extremist preacher in the port."
    assert not found(run(nlp, arrests, quotes=()))
    assert {("name_calling_labeling", "extremists"), ("name_calling_labeling", "extremist")} <= found(run(nlp, arrests))
    assert ("name_calling_labeling", "extremists") in found(run(nlp, "Police arrested two extremists in the port.", quotes=()))


def test_a_word_in_a_persons_full_name_is_not_loaded_on_news(nlp):
    """ "Lawyer Jane-Anne Slaughter wrote to the board": a lexicon word that is part of a person's full name the recognizer
    found is a surname on news; the memes keep it (eleventh pass)."""
    letter = "Lawyer Jane-Anne Slaughter wrote to the board on Monday."
    assert not found(run(nlp, letter, quotes=()))
    assert ("loaded_language", "Slaughter") in found(run(nlp, letter))


def test_a_defeat_reported_is_not_loaded(nlp):
    """ "after the senator's defeat in the March primary": like "loss", the noun reports an election's or a battle's
    outcome (the lexicon's ``not_loaded``); a rated word beside it is read as before (eleventh pass)."""
    primary = "After the senator's defeat in the March primary, her staff left the capital."
    assert not found(run(nlp, primary, quotes=()))
    assert not found(run(nlp, primary))
    assert ("loaded_language", "crushing") in found(run(nlp, "After the senator's crushing defeat, her staff left.", quotes=()))


def test_a_capitalised_noun_in_a_title_cased_heading_is_no_name_on_news(nlp):
    """ "Letters From Nowhere: The Hellish View from the Back Row": in a title-cased heading every word takes a capital,
    and the tagger reads "View" as a name; on news a rated adjective on such a word, which the recognizer found no name
    in, is loaded language, not name calling. The memes are read as before."""
    heading = "Letters From Nowhere: The Hellish View from the Back Row.\nThe board met on Monday."
    doc = run(nlp, heading, quotes=())
    assert [(m.technique, m.span.start, m.span.end, m.span.text) for m in doc._.readout_rhetoric] == [("loaded_language", 26, 33, "Hellish")]
    assert ("name_calling_labeling", "Hellish View") in found(run(nlp, heading))


def test_a_verb_of_feeling_with_a_third_party_subject_reports_their_feeling_on_news(nlp):
    """ "Ferry Crews Are Striking Today… The Mayor Is Going To HATE Why.", "the growers hate the new levy": on news the
    lexicon's verb of feeling with a third party as subject says what that party feels (a headline's word in capitals
    with "to" of its own is a verb, not a shouted name); the writer's own ("We hate the levy") and the memes keep it."""
    headline = "Ferry Crews Are Striking Today… The Mayor Is Going To HATE Why.\nThe crews met at dawn."
    assert not found(run(nlp, headline, quotes=()))
    assert ("loaded_language", "HATE") in found(run(nlp, headline))
    assert not found(run(nlp, "The growers hate the new levy.", quotes=()))
    assert ("loaded_language", "hate") in found(run(nlp, "We hate the new levy.", quotes=()))


def test_a_class_a_third_party_talks_of_is_not_a_label_on_news(nlp):
    """ "the governor, who often derides idiots, ...", "has said of extremists that ...": on news a bare plural label that is
    the object of a third party's verb of talk or judgement names the class they talk of, in their terms; the writer's
    own ("We deride idiots") and a label with a determiner ("derides these idiots") keep the marker."""
    governor = "The governor, who often derides idiots, toured the docks."
    assert not found(run(nlp, governor, quotes=()))
    assert ("name_calling_labeling", "idiots") in found(run(nlp, governor))
    assert not found(run(nlp, "The mayor has said of extremists that they should be watched.", quotes=()))
    assert ("name_calling_labeling", "idiots") in found(run(nlp, "We often deride idiots at the docks.", quotes=()))
    assert ("name_calling_labeling", "idiots") in found(run(nlp, "The governor often derides these idiots.", quotes=()))


def test_words_left_quoted_by_an_unbalanced_mark_are_cited_on_news(nlp):
    """A straight quote inside a straight one ('wrote, "... shouted "Stop!" as the thugs smashed ..."') closes the outer
    quote at the inner close, and a quote the writer forgot to close ('“Its plan is a disgrace, ...' to the paragraph's
    end) is no balanced quotation: on news the words from the early close to the stray closing mark, and from the
    unclosed opening mark to the paragraph's end, are cited, not the writer's. The same words unquoted keep the marker."""
    nested = 'The mayor wrote, "Witnesses say a man shouted "Stop!" as the thugs smashed the windows." The post was deleted.'
    assert not found(run(nlp, nested, quotes=()))
    unclosed = '“The board met,” said the editor. “Its plan is a disgrace, and it deserves the closest look.\n\nHe continued, “That is what we will do.”'
    assert not found(run(nlp, unclosed, quotes=()))
    assert ("loaded_language", "thugs") in found(run(nlp, "Witnesses say the thugs smashed the windows.", quotes=()))
    assert ("loaded_language", "disgrace") in found(run(nlp, "The plan is a disgrace, the editor wrote.", quotes=()))


def test_unbalanced_quote_marks_give_the_words_they_leave_quoted():
    from readout.analyze.quote_marks import find_quoted_regions
    from readout.analyze.rhetoric import unbalanced_quotes

    def left_quoted(text):
        return [text[a:b] for a, b in unbalanced_quotes(text, find_quoted_regions(text))]

    assert left_quoted('He wrote, "They shouted "Stop!" as it fell." Then he left.') == [' as it fell."']
    assert left_quoted('He said. “It fell, and we ran.\n\nThen he left.') == ['“It fell, and we ran.']
    assert left_quoted('A 6" pipe burst. He said "fine" and left.') == []


def test_a_noun_of_people_taken_up_by_which_is_a_thing(nlp):
    """ "an unsecured server, which anyone could reach": "server" is a person in its first WordNet sense, but "which" takes
    it up as a thing, so a rated adjective on it labels nobody; "an unsecured tutor, who ..." is read as before."""
    assert not found(run(nlp, "The clerk stored the files on an unsecured server, which anyone could reach.", quotes=()))
    assert ("name_calling_labeling", "unsecured tutor") in found(run(nlp, "She hired an unsecured tutor, who left in May.", quotes=()))


def test_a_contests_tone_reported_is_description_on_news(nlp):
    """ "the council race turned nasty", "an increasingly vicious campaign", "the contest has been ugly", "the tone of the
    hearing became nastier": on news a loaded adjective on a noun of a contest or of talks, or said of one by a verb of
    becoming or being, reports the tone the contest took. The same adjective on a person stays, and the memes keep it."""
    turned = "By the autumn the council race had turned nasty, and both camps were buying attack ads."
    assert not found(run(nlp, turned, quotes=()))
    assert ("loaded_language", "nasty") in found(run(nlp, turned))
    assert not found(run(nlp, "An increasingly vicious campaign for the harbour seat enters its last week.", quotes=()))
    assert not found(run(nlp, "The mayoral contest has been particularly ugly this spring.", quotes=()))
    assert not found(run(nlp, "As the tone of the hearing became nastier, the chair called a recess.", quotes=()))
    person = run(nlp, "The treasurer has been particularly nasty to the new clerks.", quotes=())
    assert [(m.technique, m.span.text) for m in person._.readout_rhetoric] == [("loaded_language", "nasty")]


def test_a_hedged_superlative_is_no_exaggeration_on_news(nlp):
    """ "Perhaps the greatest weakness of the scheme is ...", "arguably the worst ..." (a hedging adverb right before the
    superlative): on news an analysis ranks its points with a hedge. Unhedged it stays, and so does a superlative
    stretched over all time ("in history"); the memes keep it."""
    hedged = "Perhaps the greatest weakness of the ferry scheme is its reliance on one harbour."
    assert not found(run(nlp, hedged, quotes=()))
    assert ("exaggeration_minimisation", "the greatest") in found(run(nlp, hedged))
    assert not found(run(nlp, "The levy was arguably the worst part of the budget.", quotes=()))
    plain = run(nlp, "The greatest weakness of the ferry scheme is its reliance on one harbour.", quotes=())
    assert [(m.technique, m.span.text) for m in plain._.readout_rhetoric] == [("exaggeration_minimisation", "The greatest")]
    assert found(run(nlp, "It was perhaps the worst budget in history.", quotes=()))


def test_an_outcome_on_an_ailment_or_said_of_a_disaster_is_no_loaded_word(nlp):
    """ "a devastating infection", "devastating heart defects" (an adjective of outcome before a noun of ill health, injury or
    a bodily defect: what the condition does, on news and memes alike), "the cyclone was devastating for the island" (said of
    a disaster of nature, on news). Said of a decision it stays."""
    assert not found(run(nlp, "The climber was left with a devastating infection that took months to treat."))
    assert not found(run(nlp, "The twins were born with devastating heart defects that needed surgery.", quotes=()))
    cyclone = "The cyclone was devastating for the island's fishing villages."
    assert not found(run(nlp, cyclone, quotes=()))
    assert ("loaded_language", "devastating") in found(run(nlp, cyclone))
    decision = run(nlp, "The ruling was devastating for the dock workers.", quotes=())
    assert [(m.technique, m.span.start, m.span.end) for m in decision._.readout_rhetoric] == [("loaded_language", 15, 26)]


def test_toxic_on_a_substance_or_an_asset_is_a_term_on_news(nlp):
    """ "toxic fumes", "poisonous gas" (chemistry), "toxic debt", "toxic assets", "the toxic bundles of debt" (finance): on news
    an adjective of a substance's harm on a noun with a sense of a substance or a possession is the field's term. "a toxic
    culture" stays, and the memes keep the word."""
    fumes = "Staff at the tannery breathed toxic fumes for most of the shift."
    assert not found(run(nlp, fumes, quotes=()))
    assert ("loaded_language", "toxic") in found(run(nlp, fumes))
    assert not found(run(nlp, "The leak released poisonous gas over the valley.", quotes=()))
    assert not found(run(nlp, "The lender was holding billions in toxic assets when prices fell.", quotes=()))
    assert not found(run(nlp, "The fund sold the toxic bundles of debt to small councils.", quotes=()))
    culture = run(nlp, "The agency has a toxic culture, its former director said.", quotes=())
    assert ("loaded_language", "toxic") in found(culture)


def test_an_end_or_a_swing_undergone_with_what_underwent_it_named_is_reported_on_news(nlp):
    """ "the recent volatility of the grain markets", "the tribunal's new volatility" (the lexicon's word), "the financial
    collapse" (a field's adjective), "a bank collapse" (a noun before it): on news what ended or swung is named, the event
    reported. "chose volatility" and "would bring collapse and ruin" stay, and the memes keep the words."""
    markets = "Traders blamed the recent volatility of the grain markets for the losses."
    assert not found(run(nlp, markets, quotes=()))
    assert ("loaded_language", "volatility") in found(run(nlp, markets))
    assert not found(run(nlp, "The tribunal's new volatility worries the unions.", quotes=()))
    assert not found(run(nlp, "Wages have stagnated since the financial collapse that the council inherited.", quotes=()))
    assert ("loaded_language", "collapse") not in found(run(nlp, "A bank collapse would hit the harbour towns.", quotes=()))
    assert ("loaded_language", "volatility") in found(run(nlp, "The town chose volatility over steady growth.", quotes=()))
    assert ("loaded_language", "collapse") in found(run(nlp, "It would bring collapse and ruin.", quotes=()))


def test_throwing_a_scare_into_someone_is_an_idiom_on_news(nlp):
    """ "threw a scare into the ferry firms": to alarm them for a while, the writer's plain idiom on news; the memes keep it."""
    scare = "The harbour board threw a scare into the ferry firms last year."
    assert not found(run(nlp, scare, quotes=()))
    assert ("loaded_language", "scare") in found(run(nlp, scare))


def test_the_second_member_of_not_just_but_shares_the_reported_view_on_news(nlp):
    """ "..., insisting that the levy has been not just a blunder, but a disgrace": the parser hangs "disgrace" on the
    sentence's root, but it stands where "a blunder" does, in the view the unions insist on. The writer's own ("We
    speak ..., insisting ...") and the plain sentence keep it."""
    insisted = "Harbour unions speak in unison, insisting that the levy has been not just a blunder, but a disgrace."
    assert not found(run(nlp, insisted, quotes=()))
    assert found(run(nlp, insisted.replace("Harbour unions speak", "We speak"), quotes=()))
    plain = run(nlp, "The levy has been not just a blunder, but a disgrace.", quotes=())
    assert [m.span.text for m in plain._.readout_rhetoric] == ["disgrace"]


def test_a_campaign_or_military_act_reported_is_not_loaded_on_news(nlp):
    """ "pushing an offensive on payday lenders" (the target hung on the verb), "a charm offensive", "a ground offensive"
    (a noun names the campaign's kind), "the new assault comes as ..." (it happens): on news the rated noun is the act or
    campaign reported, by its usual name. Said of something ("the bill is an assault on tenants") it stays, and the
    memes keep the word."""
    pushing = "The governor is pushing an offensive on payday lenders before the session ends."
    assert not found(run(nlp, pushing, quotes=()))
    assert ("loaded_language", "offensive") in found(run(nlp, pushing))
    assert not found(run(nlp, "The mayor launched a charm offensive in the suburbs last week.", quotes=()))
    assert not found(run(nlp, "The army prepared a ground offensive in the valley.", quotes=()))
    assert not found(run(nlp, "The new assault comes as the union tries to sharpen its case against the board.", quotes=()))
    said_of = run(nlp, "The bill is an assault on tenants.", quotes=())
    assert [(m.technique, m.span.start, m.span.end) for m in said_of._.readout_rhetoric] == [("loaded_language", 15, 22)]


def test_authorities_joined_to_a_named_party_are_a_citation_on_news(nlp):
    """ "she and several tax experts agree", "he and most economists agree", "the panel and experts agree": on news the
    sentence reports who agrees; the writer leans on no unnamed authority. The writer's side ("we and many experts") and
    the bare "experts agree" stay, and the memes keep the marker."""
    she = "She and several tax experts agree that the bill will be hard to pass."
    assert not found(run(nlp, she, quotes=()))
    assert ("appeal_to_authority", "experts agree") in found(run(nlp, she))
    assert not found(run(nlp, "He and most economists agree the levy will raise little money.", quotes=()))
    assert not found(run(nlp, "The panel and experts agree that the bridge needs repairs.", quotes=()))
    we = run(nlp, "We and many experts agree that the bridge needs repairs.", quotes=())
    assert [(m.technique, m.span.start, m.span.end) for m in we._.readout_rhetoric] == [("appeal_to_authority", 12, 25)]
    assert found(run(nlp, "Experts agree that the plan is the best one on the table.", quotes=()))


def test_a_rated_noun_in_the_subject_of_talk_or_of_an_account_is_a_topic(nlp):
    """ "a discussion about special rooms in hell" (the object of the topic's own phrase), "the paper's coverage of the
    cartel's brutality", "an account of the regime's brutality" (what an account is of): the rated noun names the
    subject of the talk or the account. The plain "the regime's brutality shocked the visitors" stays."""
    assert not found(run(nlp, "The panel held a long discussion about special rooms in hell for bad landlords.", quotes=()))
    assert not found(run(nlp, "The paper's coverage of the cartel's brutality won a prize.", quotes=()))
    assert not found(run(nlp, "The museum shows an account of the regime's brutality in the north."))
    plain = run(nlp, "The regime's brutality shocked the visitors.", quotes=())
    assert [(m.technique, m.span.start, m.span.end) for m in plain._.readout_rhetoric] == [("loaded_language", 13, 22)]


def test_a_claim_put_forward_and_a_threatening_letter_are_texts_described_on_news(nlp, calibrated):
    """ "the admittedly provocative claim that ...", "her provocative proposition that ...", "a threatening letter": on news
    the adjective says how the words were taken or what a letter does to whom it is sent. On behaviour, and a judging
    "vile letter", it stays; the memes keep the word."""
    claim = "The columnist made the admittedly provocative claim that libraries are obsolete."
    assert not found(run(nlp, claim, quotes=()))
    assert ("loaded_language", "provocative") in found(run(nlp, claim))
    assert not found(run(nlp, "Her provocative proposition that schools should close in summer drew letters.", quotes=()))
    letter = "The clerk received a threatening letter at the office on Friday."  # shipped: the lexicon's fear cue is off
    assert not found(run(calibrated, letter, quotes=()))
    assert ("loaded_language", "threatening") in found(run(calibrated, letter))
    behaviour = run(nlp, "His provocative behaviour at the meeting upset the staff.", quotes=())
    assert [(m.technique, m.span.start, m.span.end) for m in behaviour._.readout_rhetoric] == [("loaded_language", 4, 15)]
    assert ("loaded_language", "vile") in found(run(nlp, "They sent a vile letter to the clerk.", quotes=()))


def test_a_feeling_listed_with_others_is_named_not_loaded_on_news(nlp):
    """ "described worry, embarrassment, even shame at ...", "shame and embarrassment filled the hall": on news a lexicon noun
    of feeling listed with another names what people feel. "Shame on the council" stays, and the memes keep the word."""
    listed = "Voters I spoke to in the valley described worry, embarrassment, even shame at the state of the roads."
    assert not found(run(nlp, listed, quotes=()))
    assert ("loaded_language", "shame") in found(run(nlp, listed))
    assert not found(run(nlp, "Shame and embarrassment filled the hall after the count.", quotes=()))
    alone = run(nlp, "Shame on the council for closing the pool.", quotes=())
    assert [(m.technique, m.span.start, m.span.end) for m in alone._.readout_rhetoric] == [("loaded_language", 0, 5)]


def test_a_crush_of_people_is_a_crowd_on_news(nlp):
    """ "a crush of reporters", "the crush of shoppers": on news a dense crowd, the writer's plain idiom; the verb stays."""
    reporters = "A crush of reporters waited outside the court."
    assert not found(run(nlp, reporters, quotes=()))
    assert ("loaded_language", "crush") in found(run(nlp, reporters))
    assert not found(run(nlp, "The crush of shoppers at the gate delayed the opening.", quotes=()))
    assert ("loaded_language", "crush") in found(run(nlp, "They vowed to crush the dock workers.", quotes=()))


def test_a_predicate_denied_by_no_longer_or_not_is_no_exaggeration(nlp):
    """ "a bad harvest is no longer a death sentence", "is not a death sentence for the farm": the negated verb denies
    what the phrase says. Asserted, it stays."""
    assert not found(run(nlp, "For small farms, a bad harvest is no longer a death sentence."))
    assert not found(run(nlp, "A bad harvest is not a death sentence for the farm."))
    said = run(nlp, "For small farms, a bad harvest is a death sentence.")
    assert [(m.technique, m.span.start, m.span.end) for m in said._.readout_rhetoric] == [("exaggeration_minimisation", 36, 50)]


def spans(doc) -> list[tuple[str, int, int]]:
    return [(m.technique, m.span.start, m.span.end) for m in doc._.readout_rhetoric]


def test_an_intensified_superlative_is_exaggeration_unless_it_ranks_within_a_set_on_news(nlp):
    """ "far and away the worst plan" is the writer's exaggeration, as "by far" is; on news "by far the most valuable of
    the owner's five resorts" ranks members of a named set by a quality not rated negative. A negative superlative
    within a set condemns and stays; the memes keep every degree phrase."""
    worst = "His budget is far and away the worst plan the council has produced."
    assert spans(run(nlp, worst, quotes=())) == [("exaggeration_minimisation", 14, 26)]
    ranked = "The club earned the most, so the club ranks by far the most valuable of the owner's five resorts."
    assert not found(run(nlp, ranked, quotes=()))
    assert ("exaggeration_minimisation", "by far") in found(run(nlp, ranked))
    assert not found(run(nlp, "The harbour is far and away the largest of the family's holdings.", quotes=()))
    blunders = "This is by far the worst of his many blunders."
    assert ("exaggeration_minimisation", "by far") in found(run(nlp, blunders, quotes=()))


def test_a_metaphor_of_dependency_on_people_is_loaded_a_drug_named_is_not(nlp):
    """ "hooking voters on handouts", "voters are addicted to tax cuts": a verb of dependency on people with no drug
    named likens a want to an addiction, the writer's loaded metaphor; "patients hooked on heroin" is literal, and the
    drug named is no loaded word. A bag hooked on a nail is nobody's dependency."""
    lobby = "The lobby spent a decade hooking voters on handouts they cannot afford."
    assert spans(run(nlp, lobby, quotes=())) == [("loaded_language", 25, 32)]
    opening = run(nlp, "Hooking readers on a newsletter is harder than hooking them on sugar.", quotes=())
    assert ("loaded_language", 0, 7) in spans(opening)
    assert spans(run(nlp, "Voters are addicted to tax cuts.", quotes=())) == [("loaded_language", 11, 19)]
    assert not found(run(nlp, "The doctors treated patients hooked on heroin.", quotes=()))
    assert not found(run(nlp, "He became addicted to painkillers after the crash."))
    assert not found(run(nlp, "She hooked the bag on a nail."))


def test_a_place_hooked_on_or_addicted_to_something_is_a_metaphor_of_dependency(nlp):
    """ "the town is addicted to casino money", "a county hooked on federal grants": a place named by a common noun of a
    location stands for its people, so the dependency is likened to an addiction as it is of voters. A drug named keeps
    it literal, and a thing that is no place ("the cable was hooked on the rail") is nobody's dependency."""
    town = "The town is addicted to casino money."
    assert spans(run(nlp, town, quotes=())) == [("loaded_language", 12, 20)]
    county = "Officials warned that the county was hooked on federal grants."
    assert spans(run(nlp, county, quotes=())) == [("loaded_language", 37, 43)]
    assert not found(run(nlp, "The region is addicted to heroin, the report said.", quotes=()))
    assert not found(run(nlp, "The cable was hooked on the rail behind the truck.", quotes=()))


def test_a_not_on_the_adjective_itself_denies_it(nlp):
    """ "useful, not necessarily provocative", "a not very brutal film": a "not" on the adjective (with an adverb of
    degree between) denies the word, whether the lexicon lists it or the ratings rate it; the plain word stays."""
    assert not found(run(nlp, "The goal is to be useful, not necessarily provocative, for readers.", quotes=()))
    assert not found(run(nlp, "It was a not very brutal film.", quotes=()))
    assert spans(run(nlp, "The council's plan was provocative.", quotes=())) == [("loaded_language", 23, 34)]
    assert spans(run(nlp, "It was a brutal film.", quotes=())) == [("loaded_language", 9, 15)]


def test_a_proverb_of_alliances_is_an_idiom_on_news(nlp):
    """ "the enemy of my enemy ..." cites a principle of alliances; its rated word is nobody's enemy. "The enemy crossed the
    river" keeps the rated word."""
    assert not found(run(nlp, "Both capitals act on the old rule: the enemy of my enemy can be useful.", quotes=()))
    assert spans(run(nlp, "The enemy crossed the river at dawn.", quotes=())) == [("loaded_language", 4, 9)]


def test_a_label_word_in_the_name_of_a_state_names_its_period(nlp):
    """ "the defeat of Nazi Germany": a label word written before a state's name names the state under that regime;
    said of someone ("The senator is a Nazi") it labels, as before."""
    assert not found(run(nlp, "The alliance fought for years to defeat Nazi Germany.", quotes=()))
    assert ("name_calling_labeling", "Nazi") in found(run(nlp, "The senator is a Nazi.", quotes=()))


def test_the_loser_of_a_contest_named_near_is_a_side_on_news(nlp):
    """ "primaries share out seats by vote, so the loser also gets a few": "the loser" beside a contest is the side
    that lost it. "She married a loser" and a contest's loser said of someone ("the mayor is the loser") stay."""
    text = "The primaries share out seats by vote, so the loser also gets a few."
    assert not found(run(nlp, text, quotes=()))
    assert not found(run(nlp, "After the primary, the losers went home early.", quotes=()))
    assert ("name_calling_labeling", "loser") in found(run(nlp, "She married a loser.", quotes=()))
    assert ("name_calling_labeling", "loser") in found(run(nlp, "The mayor is the loser in this race.", quotes=()))


def test_a_word_glued_to_a_named_event_says_what_it_did_on_news(nlp):
    """ "the war-shattered town", "the flood-shattered village": the compound says what the event did; "the shattered
    town" alone stays the writer's word."""
    assert not found(run(nlp, "Crews began to rebuild the war-shattered town.", quotes=()))
    assert not found(run(nlp, "Volunteers cleared the flood-shattered village.", quotes=()))
    assert spans(run(nlp, "The shattered town waited for aid.", quotes=())) == [("loaded_language", 4, 13)]


def test_a_metaphor_of_disease_said_of_something_is_loaded_a_diagnosis_is_not(nlp):
    """ "a cancer on our democracy", "corruption has become a cancer in the party": a disease on something, or said of
    something that is no illness, likens a harm to it. "a cancer of the liver", "died of cancer" and "the lump was a
    cancer" are diagnoses."""
    law = "The new surveillance law is a cancer on our democracy."
    assert spans(run(nlp, law, quotes=())) == [("loaded_language", 30, 36)]
    party = "Corruption has become a cancer in the party."
    assert spans(run(nlp, party, quotes=())) == [("loaded_language", 24, 30)]
    assert not found(run(nlp, "She was diagnosed with a cancer of the liver.", quotes=()))
    assert not found(run(nlp, "He died of cancer last year.", quotes=()))
    assert not found(run(nlp, "The biopsy showed that the lump was a cancer.", quotes=()))


def test_an_adjective_of_horror_is_loaded_in_the_writers_voice_not_a_speakers(nlp):
    """ "a gruesome killing", "appalling conditions": adjectives of horror VADER leaves unrated or rates mildly are the
    writer's judgement, as "horrific" is; said by a named speaker they are the speaker's, reported."""
    killing = "Police are investigating a gruesome killing in the suburb."
    assert spans(run(nlp, killing, quotes=())) == [("loaded_language", 27, 35)]
    cells = "Inspectors found appalling conditions in the cells."
    assert spans(run(nlp, cells, quotes=())) == [("loaded_language", 17, 26)]
    said = "The warden said the conditions in the old wing were appalling."
    assert not found(run(nlp, said, quotes=(_quote(said, "the conditions in the old wing were appalling", speaker="The warden"),)))


def test_an_end_in_prices_and_the_other_side_of_an_outcome_are_reported_on_news(nlp):
    """ "a collapse in the price of wheat" names what fell, as "the collapse of" does; "The winner is X. The losers? Y."
    names both sides of one outcome, as "winners and losers" does. "She married a loser" labels, and a collapse
    alone stays."""
    wheat = "Growers have faced a collapse in the price of wheat."
    assert not found(run(nlp, wheat, quotes=()))
    assert ("loaded_language", "collapse") in found(run(nlp, wheat))
    assert not found(run(nlp, "The winner is Smith. The losers? The Green Party.", quotes=()))
    married = run(nlp, "She married a loser who never paid his debts.", quotes=())
    assert ("name_calling_labeling", "loser") in found(married)
    assert ("loaded_language", "collapse") in found(run(nlp, "The plan would bring collapse and ruin.", quotes=()))


def test_a_figure_of_a_physical_or_legal_act_is_literal_on_what_it_is_done_to_on_news(nlp):
    """ "crumbling warehouses", "the blast shattered windows": a word of physical ruin said of a building or an object;
    "he faces a death sentence", "put the teenager in a chokehold": a legal or bodily act on a person. The topic's own
    facts on news; said of anything else ("the coalition is crumbling", "a chokehold on the economy", "the ruling is a
    death sentence for the mill") the word stays a figure."""
    assert not found(run(nlp, "The old market is lined with crumbling warehouses and shuttered cafes.", quotes=()))
    assert not found(run(nlp, "The walls of the old chapel are crumbling.", quotes=()))
    assert not found(run(nlp, "The blast shattered windows across the street.", quotes=()))
    assert not found(run(nlp, "The dissident was flown home, where he was shown on television and now faces a death sentence.", quotes=()))
    assert not found(run(nlp, "The officer put the teenager in a chokehold until he stopped moving.", quotes=()))
    coalition = "The coalition is crumbling under the weight of its promises."
    assert spans(run(nlp, coalition, quotes=())) == [("loaded_language", 17, 26)]
    cartel = "The cartel keeps a chokehold on the port town's economy."
    assert spans(run(nlp, cartel, quotes=())) == [("loaded_language", 19, 28)]
    ruling = "The ruling is a death sentence for the textile mill."
    assert spans(run(nlp, ruling, quotes=())) == [("exaggeration_minimisation", 16, 30)]
    assert ("exaggeration_minimisation", "death sentence") in found(run(nlp, "He now faces a death sentence."))  # memes: as before


def test_a_noun_whose_senses_are_mostly_machines_is_no_person_labelled():
    """ "trailer" and "scanner": WordNet lists a person first, in no order of frequency (none of their senses is in its
    tagged texts), but most of their senses are machines or vehicles: a rated adjective on one labels nobody."""
    from readout.analyze.rhetoric import LEXICON_PATH, Valence
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    valence = Valence.from_spec(raw["valence"], LEXICON_PATH.parent)
    assert not {"trailer", "scanner", "server"} & valence.people
    assert {"looter", "moron", "waiter"} <= valence.persons


def test_a_rated_adjective_on_a_vehicle_is_no_name_calling(nlp):
    doc = run(nlp, "A dangerous trailer jackknifed on the highway and blocked two lanes.")
    assert "name_calling_labeling" not in {m.technique for m in doc._.readout_rhetoric}


def test_a_noun_of_worry_or_complaint_gives_its_holders_view_on_news(nlp):
    """ "cite concerns that the valley shelters extremists", "constant grumbling that X is nothing but a naive dreamer":
    the clause is the worried or complaining party's view, reported (also where the parser calls it a relative clause)."""
    concerns = "Critics of admitting the migrants cite concerns that the valley shelters extremists who plot against the capital."
    assert not found(run(nlp, concerns, quotes=()))
    assert ("name_calling_labeling", "extremists") in found(run(nlp, concerns))  # memes: as before
    grumbling = "Yet in spite of constant grumbling that Mr. Lund is nothing but a naive dreamer, the budget passed."
    assert not found(run(nlp, grumbling, quotes=()))
    assert ("exaggeration_minimisation", "nothing but") in found(run(nlp, "The mayor is a liar, and nothing but a recall will help.", quotes=()))
