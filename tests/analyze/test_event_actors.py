"""Event actors: who acts and on whom, and the country each is coded with (readout/analyze/event_actors.py)."""

from __future__ import annotations

import hashlib

from readout.analyze.analyzer import analyze
from readout.model import Document


def _events(text: str, nlp):
    document = Document(id=hashlib.sha1(text.encode()).hexdigest()[:16], source="test", text=text)
    return analyze(document, nlp).events


def _by_trigger(text: str, nlp, trigger: str):
    found = [e for e in _events(text, nlp) if e.trigger.text == trigger]
    assert len(found) == 1, [(e.event_type, e.trigger.text) for e in _events(text, nlp)]
    return found[0]


def test_a_title_given_again_without_a_country_keeps_the_country_of_the_earlier_mention(nlp):
    # "the Danish trade minister, X," placed the person; "Trade Minister X" later names no country
    text = ("The Danish trade minister, Mette Vangsgaard, flew to Lagos on Monday. "
            "On Tuesday Trade Minister Mette Vangsgaard criticized Ghana over its tariffs.")
    event = _by_trigger(text, nlp, "criticized")
    assert event.source.text == "Trade Minister Mette Vangsgaard"  # the day the parser hung on the name is no part of it
    assert event.source.code == "DNKGOV"
    assert event.target.code == "GHA"


def test_a_country_named_only_at_a_later_title_places_the_earlier_mention(nlp):
    text = ("Trade Minister Mette Vangsgaard flew to Lagos on Monday. "
            "Later, Danish Trade Minister Mette Vangsgaard criticized Ghana over its tariffs.")
    event = _by_trigger(text, nlp, "flew")
    assert event.source.code == "DNKGOV"


def test_a_dateline_before_a_spaced_dash_is_no_part_of_the_actor_and_no_subject(nlp):
    event = _by_trigger("MANILA - Presidential envoy Rafael Ocampo met Vietnamese officials on Friday.", nlp, "met")
    assert event.source.text == "Presidential envoy Rafael Ocampo"
    assert event.source.code == "PHLGOV"  # of the dateline's country
    assert event.target.code == "VNMGOV"
    event = _by_trigger("ACCRA -- Ghanaian troops attacked rebel positions on Friday.", nlp, "attacked")
    assert (event.source.text, event.source.code) == ("Ghanaian troops", "GHAMIL")


def test_bare_troops_in_a_state_s_report_are_its_troops_not_those_of_the_place_they_reach(nlp):
    text = "Portugal said on Monday that troops arrived in Angola to help the government."
    arrived = _by_trigger(text, nlp, "arrived")
    assert (arrived.source.text, arrived.source.code) == ("troops", "PRTMIL")
    assert arrived.target.code == "AGO"
    helped = _by_trigger(text, nlp, "help")
    assert (helped.source.code, helped.target.code) == ("PRTMIL", "AGOGOV")
    # an international body's report, troops with a word of their own, and troops in no report keep their readings
    assert _by_trigger("The United Nations said troops had attacked civilians in Chad.", nlp, "attacked").source.code == "TCDMIL"
    assert _by_trigger("Troops attacked militants in Chad.", nlp, "attacked").source.code == "TCDMIL"


def test_a_partner_alongside_the_doer_is_no_target_of_a_one_sided_act(nlp):
    patrol = _by_trigger("The Italian frigate is now patrolling the Adriatic alongside two Greek vessels.", nlp, "patrolling")
    assert patrol.source.code.startswith("ITA")
    assert patrol.target is None
    attack = _by_trigger("Chadian troops attacked the town together with Nigerien soldiers.", nlp, "attacked")
    assert attack.source.code == "TCDMIL"
    assert attack.target is None


def test_it_inside_a_sentence_is_the_state_of_the_clause_it_is_joined_to(nlp):
    event = _by_trigger("Peru massed troops on the border, and then it invaded Ecuador.", nlp, "invaded")
    assert (event.source.text, event.source.code, event.target.code) == ("Peru", "PER", "ECU")
    event = _by_trigger("Chile has refused to lift the tariffs, although it met Bolivian officials last week.", nlp, "met")
    assert (event.source.text, event.source.code, event.target.code) == ("Chile", "CHL", "BOLGOV")
    event = _by_trigger("Chile and Peru met in Lima, and they agreed to open the border.", nlp, "agreed")
    assert {event.source.code, event.target.code} == {"CHL", "PER"}
    # an expletive "it", and "it" after a clause whose subject is no named state, stand for no one
    assert all(e.trigger.text != "was" for e in _events("Peru invaded Ecuador, and it was the first time.", nlp))
    assert [e.source for e in _events("The company cut jobs, and it closed two plants in Ohio.", nlp)] == []


def test_a_place_name_in_lower_case_is_a_common_word(nlp):
    # "male" is the capital of the Maldives only when written as a name
    event = _by_trigger("Sudan has been at war for years, leaving many of its male villagers dead or missing.", nlp, "leaving")
    assert event.target.code == "SDNCVL"


def test_a_coup_s_plotters_and_its_target_are_of_one_state(nlp):
    event = _by_trigger("Army officers staged a coup against President Jean Obame in Gabon.", nlp, "coup")
    assert (event.event_type, event.source.code, event.target.code) == ("COERCE", "GABMIL", "GABGOV")
    event = _by_trigger("Army officers in Gabon staged a coup against President Jean Obame.", nlp, "coup")
    assert (event.source.code, event.target.code) == ("GABMIL", "GABGOV")
    event = _by_trigger("A group of colonels overthrew the Malian government.", nlp, "overthrew")
    assert (event.source.code, event.target.code) == ("MLIMIL", "MLIGOV")


def test_troops_with_no_country_are_not_of_the_state_they_act_against(nlp):
    event = _by_trigger("Warships headed to Qatar on Monday to protect it from Iran.", nlp, "protect")
    assert (event.source.text, event.source.code, event.target.code) == ("Warships", "MIL", "QAT")
    # whose troops a "from" on the noun says, and the place of the act, still place them
    assert _by_trigger("Troops from Kenya arrived in the capital to protect it.", nlp, "arrived").source.code == "KENMIL"
    assert _by_trigger("Troops attacked the rebels in Somalia.", nlp, "attacked").source.code == "SOMMIL"


def test_a_passive_it_after_a_body_s_clause_is_what_the_body_acted_on(nlp):
    assert all(e.trigger.text != "labeled" or e.target is None
               for e in _events("When the Fact Desk examined the statement, it was labeled misleading.", nlp))
    event = _by_trigger("After Peru invaded Ecuador, it was condemned by the United Nations.", nlp, "condemned")
    assert (event.source.code, event.target.text, event.target.code) == ("IGO", "Peru", "PER")
