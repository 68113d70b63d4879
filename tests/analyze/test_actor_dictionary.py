"""A user's PETRARCH-format actor dictionary: read from disk, found in the text, coded inside the events coder.

Every name and sentence here is invented: Zembla, Ruritania and the rest are no country the gazetteer or the
tagger knows as one, so only the dictionary can code them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from readout.analyze.actor_dictionary import load_actor_dictionary
from readout.errors import SettingsError, UsageError

DICTIONARY = """<!-- an invented actor dictionary -->
ZEMBLA [ZMB]
+ZEMBLAN
RURITANIA_  [rur]  # a final underscore, a lower-case code
+RURITANIAN
OSTERLICH_LIBERATION_FRONT [OSTREB]
MARSHAL VOLKO  # dated codes only
\t[RURELI <20200101]
\t[RURGOV 200102-221231]
QUARTZ ISLES
\t[QTZ]
KALDER_JOURNAL [---]
DUNMARROW [DUN]
+DUNMARROWAN
TELLEVAN [TEL]
+TELLEVANI
ILSA_VARN [TELGOV]
+VARN
BORIN_HALDE [DUNGOV]
+HALDE
"""


@pytest.fixture(scope="module")
def dictionary_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("actors") / "actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def coder(nlp, dictionary_path):
    """The events component as a user configures it, made by its registered factory (not added to the shared pipeline)."""
    return nlp.create_pipe("readout_events", config={"actors_path": str(dictionary_path)})


def _events(text, nlp, coder):
    doc = nlp(text)
    entities = coder.index(doc)
    return [e for i, sent in enumerate(doc.sents) for e in coder.code_sentence(sent, i, entities)]


def _dyad(event):
    def actor(a):
        return None if a is None else (a.text, a.code, a.span.start, a.span.end)

    return event.event_type, actor(event.source), actor(event.target)


def test_entries_synonyms_code_lines_and_null_codes_are_read(dictionary_path):
    actors = load_actor_dictionary(dictionary_path)
    assert actors.code("Zemblan") == "ZMB"
    assert actors.code("ruritania") == "RUR"  # the final underscore dropped, the code in upper case
    assert actors.code("Osterlich Liberation Front") == "OSTREB"  # underscores are blanks
    assert actors.code("Quartz Isles") == "QTZ"  # an undated code on the line below
    assert actors.code("Kalder Journal") is None and "KALDER JOURNAL" in actors.names  # the null code: known, coded as nothing
    assert actors.code("Osterlich") is None  # names are matched whole, never as stems


def test_dated_codes_hold_on_their_days_and_none_without_a_date(dictionary_path):
    actors = load_actor_dictionary(dictionary_path)
    assert actors.code("Marshal Volko", dt.date(2019, 12, 31)) == "RURELI"
    assert actors.code("Marshal Volko", dt.date(2020, 1, 2)) == "RURGOV"  # YYMMDD, limits included
    assert actors.code("Marshal Volko", dt.date(2023, 1, 1)) is None  # no code holds and there is no undated one
    assert actors.code("Marshal Volko") is None


def test_an_unreadable_or_empty_dictionary_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="cannot read the actor dictionary") as missing:
        load_actor_dictionary(tmp_path / "none.txt")
    assert missing.value.source == str(tmp_path / "none.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("<!-- nothing -->\n# only comments\n", encoding="utf-8")
    with pytest.raises(UsageError, match="names no actor"):
        load_actor_dictionary(empty)
    bad = tmp_path / "bad.txt"
    bad.write_text("ZEMBLA [ZMB]\n\t[ZMBGOV sometime]\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"\[ZMBGOV sometime\] is not <DATE, >DATE or DATE-DATE"):
        load_actor_dictionary(bad)


def test_a_dictionary_country_takes_the_sector_of_the_phrase_it_names(nlp, coder):
    text = "Zembla's foreign minister called the Ruritanian president on Tuesday."
    assert [_dyad(e) for e in _events(text, nlp, coder)] == [
        ("CONSULT", ("Zembla's foreign minister", "ZMBGOV", 0, 25), ("Ruritanian president", "RURGOV", 37, 57))
    ]
    # without the dictionary the sectors are there but no country
    plain = nlp.get_pipe("readout_events")
    assert [(e.source.code, e.target.code) for e in _events(text, nlp, plain)] == [("GOV", "GOV")]


def test_names_only_the_dictionary_knows_are_political_actors_of_contacts_and_visits(nlp, coder):
    text = "Zembla spoke with Ruritania about the border."
    assert [_dyad(e) for e in _events(text, nlp, coder)] == [("CONSULT", ("Zembla", "ZMB", 0, 6), ("Ruritania", "RUR", 18, 27))]
    visit = _events("The foreign minister of Zembla flew to Ruritania for a two-day stay.", nlp, coder)
    assert [(e.event_type, e.mode, e.source.code, e.target.text, e.target.code) for e in visit] == [("CONSULT", "visit", "ZMBGOV", "Ruritania", "RUR")]


def test_a_dictionary_code_with_a_sector_is_used_whole(nlp, coder):
    events = _events("Zemblan troops shelled positions of the Osterlich Liberation Front.", nlp, coder)
    assert [_dyad(e) for e in events] == [
        ("ASSAULT", ("Zemblan troops", "ZMBMIL", 0, 14), ("Osterlich Liberation Front", "OSTREB", 40, 66))
    ]


def test_a_sector_without_a_country_is_of_the_dictionary_place_the_event_happens_in(nlp, coder):
    events = _events("Troops attacked militants in Zembla.", nlp, coder)
    assert [_dyad(e) for e in events] == [("ASSAULT", ("Troops", "ZMBMIL", 0, 6), ("militants", "ZMBREB", 16, 25))]


def test_a_null_coded_name_is_no_political_caller(nlp, coder):
    """Kalder Journal [---]: the user codes it as nothing, so its speaking to a president is no contact."""
    assert _events("Kalder Journal spoke to the Ruritanian president.", nlp, coder) == []


def test_the_environment_setting_configures_the_events_component(monkeypatch, dictionary_path, tmp_path):
    from readout.analyze.nlp import component_settings

    monkeypatch.delenv("READOUT_ACTOR_DICTIONARY", raising=False)
    assert component_settings() == {}  # no dictionary: the component's own defaults
    monkeypatch.setenv("READOUT_ACTOR_DICTIONARY", str(dictionary_path))
    assert component_settings() == {"readout_events": {"actors_path": str(dictionary_path)}}
    monkeypatch.setenv("READOUT_ACTOR_DICTIONARY", str(tmp_path / "missing.txt"))
    with pytest.raises(SettingsError, match="READOUT_ACTOR_DICTIONARY=.* is not valid: it must be the path of an existing file"):
        component_settings()


def test_a_pipeline_loaded_with_the_setting_codes_the_docs_events_with_the_dictionary(dictionary_path):
    """The route a user takes: the component's config given to load_pipeline (READOUT_ACTOR_DICTIONARY does the same)."""
    from readout.analyze.nlp import load_pipeline

    nlp = load_pipeline(config={"readout_events": {"actors_path": str(dictionary_path)}})
    assert nlp.get_pipe("readout_events").dictionary.dictionary.source == str(dictionary_path)
    doc = nlp("Zembla spoke with Ruritania about the border.")
    assert [(e.event_type, e.source.code, e.target.code) for e in doc._.readout_events] == [("CONSULT", "ZMB", "RUR")]


def test_a_phrase_a_dictionary_name_modifies_or_a_two_word_sector_heads_is_an_actor(nlp, coder):
    """The tagger reads rare names as it likes ("Tellevani" a common noun, "Dunmarrow" an organisation): a noun that a
    dictionary name modifies ("a Tellevani trade mission", "Tellevani villages") is that country's actor, and a sector of
    two words is one by its head ("Dunmarrow's air force")."""
    shelled = _events("Tellevani villages were shelled by Dunmarrowan artillery overnight.", nlp, coder)
    assert [_dyad(e) for e in shelled] == [("ASSAULT", ("Dunmarrowan artillery", "DUNMIL", 35, 56), ("Tellevani villages", "TEL", 0, 18))]
    bombed = _events("Dunmarrow's air force bombed rebel bases in Tellevan.", nlp, coder)
    assert [(e.event_type, e.source.text, e.source.code, e.target.code) for e in bombed] == [("ASSAULT", "Dunmarrow's air force", "DUNMIL", "TELREB")]
    arrived = _events("A Tellevani trade mission arrived in Dunmarrow.", nlp, coder)
    assert [(e.event_type, e.source.code, e.target.code) for e in arrived] == [("CONSULT", "TEL", "DUN")]


def test_a_dictionary_name_the_tagger_reads_as_an_adverb_before_the_verb_is_its_subject(nlp, coder):
    """ "Tellevan" and other rare names open a sentence as an adverb or a noun modifier of the verb in the parse; a name the
    user codes, before a verb that has no subject, is that subject."""
    massed = _events("Dunmarrow massed troops on the border with Tellevan.", nlp, coder)
    assert [(e.event_type, e.source.text, e.source.code) for e in massed] == [("MOBILIZE", "Dunmarrow", "DUN")]
    met = _events("Varn met Halde in the capital.", nlp, coder)  # "Varn" tagged as an adverb (RB)
    assert [(e.event_type, e.source.text, e.source.code, e.target.code) for e in met] == [("CONSULT", "Varn", "TELGOV", "DUNGOV")]


def test_two_dictionary_nationalities_coordinated_before_a_noun_are_the_two_parties(nlp, coder):
    clashed = _events("Dunmarrowan and Tellevani forces clashed on the border.", nlp, coder)
    assert [(e.event_type, e.source.code, e.target.code) for e in clashed] == [("ASSAULT", "DUNMIL", "TELMIL")]
