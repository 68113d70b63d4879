"""Event codes: PLOVER type, mode, source and target read from the parse of hand-written sentences."""

from __future__ import annotations

import hashlib

import pytest

from readout.analyze.analyzer import analyze
from readout.analyze.event_lexicon import load_lexicon
from readout.model import Document


def _events(text: str, nlp):
    document = Document(id=hashlib.sha1(text.encode()).hexdigest()[:16], source="test", text=text)
    return analyze(document, nlp).events


def _one(text: str, nlp):
    events = _events(text, nlp)
    assert len(events) == 1, [(e.event_type, e.trigger.text) for e in events]
    return events[0]


def test_lexicon_loads_with_its_origin_stated():
    lexicon = load_lexicon()
    assert "sanction" in lexicon.verbs
    assert lexicon.place("Hungarian").code == "HUN"
    assert lexicon.place("U.N.").code == "IGO"
    assert lexicon.sector("army") == "MIL"


def test_talks_by_video_link_are_a_consult_between_two_countries(nlp):
    event = _one("Kenyan President William Ruto held talks with Indonesian President Prabowo Subianto by video link on Monday.", nlp)
    assert event.event_type == "CONSULT"
    assert event.mode == "video"
    assert event.source.code == "KENGOV"
    assert event.target.code == "IDNGOV"
    assert event.trigger.text == "held"
    assert event.span.start == 0 and event.span.text.endswith("Monday.")


def test_sanctions_have_the_subject_as_source_and_the_prepositional_object_as_target(nlp):
    event = _one("The United States imposed new sanctions on Iran.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "USA", "IRN")
    assert event.source.text == "United States"
    assert (event.future, event.hypothetical, event.negation) == (False, False, False)


def test_a_refusal_is_reject_and_controls_the_embedded_verb(nlp):
    event = _one("Norway has refused to station observers in Mali.", nlp)
    assert event.event_type == "REJECT"
    assert event.source.code == "NOR"
    assert event.target.code.startswith("MLI")


def test_a_negated_cooperative_act_is_reject_with_the_negation_flag(nlp):
    event = _one("Syria will not accept refugees from Iraq.", nlp)
    assert event.event_type == "REJECT"
    assert event.negation is True


def test_announced_aid_is_agree_with_the_future_flag(nlp):
    event = _one("Japan will provide emergency aid to Turkey.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("AGREE", "JPN", "TUR")
    assert event.future is True


def test_a_conditional_attack_is_a_threat(nlp):
    event = _one("Egypt threatened to close its airspace to Libya unless Tripoli released the sailors.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "EGY", "LBY")


def test_x_said_y_must_is_a_request_from_x_to_y(nlp):
    event = _one("Brazil said on Friday that Bolivia must hand over the suspects.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "BRA", "BOL")


def test_passive_voice_swaps_source_and_target(nlp):
    event = _one("Three Palestinians were arrested by Israeli soldiers.", nlp)
    assert event.event_type == "COERCE"
    assert event.source.code == "ISRMIL"
    assert event.target.code.startswith("PSE")


def test_a_nominal_meeting_needs_participants(nlp):
    assert _events("The meeting was routine and nothing was decided.", nlp) == ()
    event = _one("The phone call between Germany and France lasted an hour.", nlp)
    assert (event.event_type, event.mode) == ("CONSULT", "phone")
    assert {event.source.code, event.target.code} == {"DEU", "FRA"}


def test_show_in_the_sense_of_demonstrate_is_not_a_protest(nlp):
    assert all(e.event_type != "PROTEST" for e in _events("The summit demonstrated the trust between Brazil and India.", nlp))
    event = _one("Thousands of Kenyan students demonstrated in Nairobi on Sunday.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("PROTEST", "demo", "KENEDU")
    assert event.location == "Nairobi"


def test_events_inside_a_commitment_are_marked_future_unless_past_tense(nlp):
    from readout.analyze.events import _mark_commitments
    from readout.model import Commitment, Span

    text = "Chile invited Peru to visit Santiago in May."
    events = list(_events(text, nlp))
    assert [e.event_type for e in events] == ["AGREE"]
    doc = nlp(text)
    doc._.readout_commitments = (Commitment(span=Span(doc_id="", start=0, end=len(text), text=text), actors=(), action="visit"),)
    assert _mark_commitments(events, doc, load_lexicon())[0].future is False  # "invited" is done
    start = text.index("visit")
    present = events[0].model_copy(update={"trigger": Span(doc_id="", start=start, end=start + 5, text="visit")})
    assert _mark_commitments([present], doc, load_lexicon())[0].future is True


def test_a_states_announced_measure_is_both_its_commitment_and_the_enacted_measure(nlp):
    # PLOVER codes the measure an announcement enacts; the pledge is still the state's commitment
    text = "Canada announced it would freeze the assets of Sudanese officials."
    document = Document(id="announced-freeze", source="test", text=text)
    analysis = analyze(document, nlp)
    (event,) = analysis.events
    assert (event.event_type, event.source.code, event.future) == ("SANCTION", "CAN", False)
    (commitment,) = analysis.commitments
    assert commitment.action == "freeze the assets of Sudanese officials"
    assert [e.name for e in analysis.entities if e.id in commitment.actors] == ["Canada"]


def test_the_component_is_configured_the_spacy_way(tmp_path):
    import json

    import spacy

    from readout.analyze import events  # noqa: F401  (registers the factory)

    from readout.analyze.event_lexicon import DATA_DIR

    verbs = json.loads((DATA_DIR / "plover_verbs.json").read_text(encoding="utf-8"))
    verbs["events"] = [{"type": "AID", "mode": None, "verbs": ["bestow"], "nouns": []}]
    custom = tmp_path / "verbs.json"
    custom.write_text(json.dumps(verbs), encoding="utf-8")
    nlp = spacy.blank("en")
    coder = nlp.add_pipe("readout_events", config={"verbs_path": str(custom), "nominal_events": False})
    assert coder.nominal_events is False
    assert set(coder.lexicon.verbs) == {"bestow"}


def test_contexts_come_from_the_triggers_phrase(nlp):
    event = _one("Germany and Brazil agreed to expand trade and energy cooperation.", nlp)
    assert event.event_type == "AGREE"
    assert event.context == ("economic", "energy")


def test_added_vocabulary_states_its_source():
    import json

    from readout.analyze.event_lexicon import DATA_DIR

    entries = json.loads((DATA_DIR / "plover_verbs.json").read_text(encoding="utf-8"))["events"]
    added = [e for e in entries if "source" in e]
    assert added and all(e["source"] for e in added)
    lexicon = load_lexicon()
    for verb in ("reinforce", "outlaw", "repatriate", "bombard", "indict", "convene"):
        assert verb in lexicon.verbs


def test_what_arrives_decides_the_type(nlp):
    visit = _one("The Spanish foreign minister arrived in Rabat on Monday for talks with Moroccan officials.", nlp)
    assert (visit.event_type, visit.mode) == ("CONSULT", "visit")
    assert visit.source.code.startswith("ESP")
    aid = [e for e in _events("A convoy of Turkish aid arrived in northern Syria on Monday.", nlp) if e.event_type == "AID"]
    assert aid and aid[0].target.code == "SYR"


def test_verbs_beyond_the_first_vocabulary(nlp):
    assert _one("Turkey reinforced its troops along the border with Ukraine.", nlp).event_type == "MOBILIZE"
    assert _one("The Thai government outlawed the main opposition party.", nlp).event_type == "COERCE"
    assert _one("Kenya repatriated two hundred Somali refugees on Friday.", nlp).event_type == "RETREAT"


def test_weis_categories_the_first_vocabulary_left_out(nlp):
    # approve (endorse), assure (promise), postpone a planned event (reduce relations), oust (expel)
    assert _one("Brazil approved the Argentine proposal on Tuesday.", nlp).event_type == "SUPPORT"
    assert _one("Egypt assured Sudan of its continued support.", nlp).event_type == "AGREE"
    postponed = [e.event_type for e in _events("Pakistan postponed talks with India on Monday.", nlp)]
    assert "SANCTION" in postponed
    assert _one("Vietnam banished two Brazilian journalists.", nlp).event_type == "COERCE"


def test_readiness_for_an_act_of_force_is_a_threat_not_an_agreement(nlp):
    types = [e.event_type for e in _events("The Turkish army is ready to attack Kurdish positions in northern Iraq.", nlp)]
    assert "THREATEN" in types and "AGREE" not in types
    assert _one("Greece is ready to negotiate with Turkey.", nlp).event_type in ("AGREE", "CONSULT")


def test_the_object_decides_what_a_withdrawal_is(nlp):
    troops = _one("Ethiopia withdrew its troops from Somalia on Friday.", nlp)
    assert (troops.event_type, troops.mode) == ("RETREAT", "withdraw")
    assert troops.source.code == "ETH"
    assert _one("Ethiopia withdrew from the talks with Eritrea.", nlp).event_type == "SANCTION"
    peacekeepers = _one("Ghana sent 300 peacekeepers to Liberia.", nlp)
    assert peacekeepers.event_type == "AID" and peacekeepers.target.code == "LBR"
    assert _one("Ghana sent 300 troops to the border.", nlp).event_type == "MOBILIZE"


def test_a_protest_addressed_to_a_government_is_a_complaint_not_a_demonstration(nlp):
    assert _one("Japan protested to Brazil over the detention of its citizens.", nlp).event_type == "ACCUSE"
    assert _one("Japan protested the Brazilian incursion.", nlp).event_type == "ACCUSE"
    assert _one("Thousands of students protested in Tokyo on Sunday.", nlp).event_type == "PROTEST"


def test_aid_extended_and_help_given_are_aid(nlp):
    extended = _one("Kuwait extended economic aid to Jordan.", nlp)
    assert extended.event_type == "AID" and (extended.source.code, extended.target.code) == ("KWT", "JOR")
    assert _one("Norway helped Sri Lanka rebuild its ports.", nlp).event_type == "AID"


def test_a_sector_word_modifying_a_noun_makes_an_actor(nlp):
    event = _one("Opposition parties in Ghana are demanding that the cabinet quit.", nlp)
    assert event.event_type == "REQUEST"
    assert event.source.code == "GHAOPP"


def test_a_nominal_event_takes_its_actor_from_a_place_word_or_a_measure_of_it(nlp):
    riots = _one("Albanian riots against the new tax law continued on Monday.", nlp)
    assert riots.event_type == "PROTEST" and riots.source.code == "ALB"
    games = _events("Greek and Cypriot warships launched five days of war games on Monday.", nlp)
    assert [e.event_type for e in games][:1] == ["COOPERATE"]
    assert games[0].source.code.startswith("GRC")


def test_what_is_traded_decides_the_type(nlp):
    fire = _events("The Greek army and Turkish forces traded fire across the border.", nlp)
    assert {e.event_type for e in fire} == {"ASSAULT"}
    assert (fire[0].source.code, fire[0].target.code) == ("GRCMIL", "TURMIL")  # an exchange is between the conjuncts
    assert {e.event_type for e in _events("Egyptian and Israeli officials traded accusations over the incident.", nlp)} == {"ACCUSE"}
    escort = _one("Norwegian troops escorted the aid convoy to Kabul.", nlp)
    assert (escort.event_type, escort.mode, escort.source.code) == ("AID", "peacekeeping", "NORMIL")


def test_a_complement_is_an_event_when_its_governor_codes_none(nlp):
    # "talks" without participants is no event, so what they aim at is coded on its own
    events = _events("Talks aimed at persuading Iran to free the British sailors continued.", nlp)
    assert [(e.event_type, e.target.code) for e in events] == [("REQUEST", "IRN")]
    # a governor that is coded keeps its complement ("agreed to hold talks" is one AGREE)
    assert [e.event_type for e in _events("Iran agreed to hold talks with Britain.", nlp)] == ["AGREE"]


def test_a_verbs_object_word_is_more_specific_than_a_preposition(nlp):
    # "call for" would match through "for Monday"; the object "strike" decides
    strike = _one("The Bolivian opposition called a general strike for Monday.", nlp)
    assert (strike.event_type, strike.mode) == ("PROTEST", "strike")
    assert _one("Kenyan rebels seized control of the northern town.", nlp).event_type == "ASSAULT"


def test_what_is_banned_or_burned_decides_the_type(nlp):
    assert _one("The Thai government banned the main opposition party.", nlp).event_type == "COERCE"
    assert _one("Protesters in Cairo burned Israeli flags outside the embassy.", nlp).event_type == "PROTEST"
    assert _one("Turkey closed its border with Syria.", nlp).event_type == "COERCE"


def test_a_support_verb_carries_the_event_its_object_names(nlp):
    warning = _one("Japan gave North Korea a stern warning over the missile launch.", nlp)
    assert warning.event_type == "THREATEN" and (warning.source.code, warning.target.code) == ("JPN", "PRK")
    assert _one("Japan issued an apology to South Korea.", nlp).event_type == "SUPPORT"
    assert _one("Japan gave South Korea $5 million in aid.", nlp).event_type == "AID"
    # a pattern that names the object stays ("lodge protest" is a formal complaint)
    assert _one("Serbia lodged a formal protest with Albania.", nlp).event_type == "ACCUSE"


def test_the_sources_own_forces_are_not_its_target(nlp):
    event = _one("Egypt is prepared to withdraw its soldiers from neighbouring Sudan.", nlp)
    assert event.target.code == "SDN"
    assert _one("Ethiopia withdrew its troops from Somalia on Friday.", nlp).target.code == "SOM"


def test_the_agent_of_a_nominal_event_is_its_source(nlp):
    event = _one("The invasion of Kuwait by Iraq was condemned.", nlp)
    assert event.event_type == "ASSAULT"
    assert (event.source.code, event.target.code) == ("IRQ", "KWT")


def test_predicate_adjectives_and_event_nouns_of_the_cameo_categories(nlp):
    assert _one("Brazil was critical of the Argentine proposal.", nlp).event_type == "ACCUSE"
    assert _one("Egypt is opposed to the Ethiopian dam.", nlp).event_type == "REJECT"
    counterpart = _one("The Japanese prime minister telephoned his Brazilian counterpart on Monday.", nlp)
    assert counterpart.target.code.startswith("BRA")  # "his" counterpart with a country of its own is the target


def test_talks_held_between_coordinated_nationalities(nlp):
    passive = _one("Talks were held in Cairo between Egyptian and Israeli officials.", nlp)
    assert passive.event_type == "CONSULT"
    assert (passive.source.code[:3], passive.target.code[:3]) == ("EGY", "ISR")
    nominal = _one("Talks between Egyptian and Israeli officials resumed on Monday.", nlp)
    assert (nominal.source.code[:3], nominal.target.code[:3]) == ("EGY", "ISR")


def test_a_trip_for_talks_is_consulting_the_destination(nlp):
    event = _one("Kenya's foreign minister went to Uganda to discuss the border dispute.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "KENGOV", "UGA")
    assert event.trigger.text == "discuss"
    event = _one("Peru sent its foreign minister to Bolivia for consultations.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "PER", "BOL")
    assert event.trigger.text == "consultations"


def test_being_on_a_visit_is_a_visit_by_the_subject(nlp):
    event = _one("The Chilean president is on a state visit to Peru.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code) == ("CONSULT", "visit", "CHLGOV", "PER")


def test_telling_or_wanting_another_to_act_is_a_request_of_it(nlp):
    event = _one("Argentina told Uruguay to stop dredging the river.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "ARG", "URY")
    event = _one("Ghana wants Togo to reopen the border.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "GHA", "TGO")
    assert all(e.event_type != "REQUEST" for e in _events("Ghana wants to reopen the border.", nlp))


def test_wordnet_synonyms_of_the_patterns_are_triggers_and_can_be_left_out(nlp):
    event = _one("The rebels waylaid a Nigerian convoy near the border.", nlp)
    assert (event.event_type, event.trigger.text) == ("ASSAULT", "waylaid")
    assert "waylay" in load_lexicon().verbs
    assert "waylay" not in load_lexicon(wordnet_path="").verbs


def test_a_sector_actor_without_a_country_takes_the_one_country_the_sentence_names(nlp):
    event = _one("President Amos Kiprono threatened to bar Kenyan opposition parties from the vote.", nlp)
    assert (event.source.code, event.target.code) == ("KENGOV", "KENOPP")  # a leader acting on his own country's groups
    event = _one("President Amos Kiprono threatened Turkey with sanctions.", nlp)
    assert (event.source.code, event.target.code) == ("GOV", "TUR")  # another state is not the leader's country


def test_a_sector_actor_without_a_country_is_of_the_place_the_event_happens_in(nlp):
    event = _one("Kenyan troops attacked militants in Somalia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "KENMIL", "SOMREB")


def test_the_act_a_cause_leads_to_is_the_main_event_and_the_object_acts(nlp):
    """ "Fighting ... forced Kenya to close its embassy": the closing is reported, by Kenya, not by the fighting."""
    text = "Fighting between Ugandan and Rwandan troops forced Kenya to close its embassy."
    doc = nlp(text)
    from readout.analyze.event_actors import EntityIndex

    coder = nlp.get_pipe("readout_events")
    main = coder.main_event(next(doc.sents), 0, EntityIndex.of(doc))
    assert (main.event_type, main.trigger.text, main.source.code) == ("SANCTION", "close", "KEN")
    assert {e.event_type for e in _events(text, nlp)} == {"ASSAULT", "SANCTION"}


def test_a_protest_is_aimed_at_whom_its_purpose_names_and_fundamentalists_are_radicals(nlp):
    events = _events("Muslim fundamentalists in Egypt staged a march to call for the removal of the Egyptian prime minister.", nlp)
    protest = next(e for e in events if e.event_type == "PROTEST")  # the call is coded too, as its own clause
    assert (protest.trigger.text, protest.source.code, protest.target.code) == ("staged", "EGYRAD", "EGYGOV")


def test_what_a_verb_carries_or_drops_decides_its_sense(nlp):
    assert _one("Kenyan planes flew food and tents to Somalia.", nlp).event_type == "AID"  # not a visit
    assert _one("Ethiopian planes dropped bombs on Eritrean positions.", nlp).event_type == "ASSAULT"
    assert _one("Egypt dropped the charges against the Sudanese journalists.", nlp).event_type == "CONCEDE"
    event = _one("Ghana hit Togo with new sanctions.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "GHA", "TGO")


def test_calling_on_someone_is_a_visit_unless_they_are_asked_to_act(nlp):
    visit = _one("The Spanish ambassador called on the Moroccan foreign minister on Monday.", nlp)
    assert (visit.event_type, visit.mode) == ("CONSULT", "visit")
    asked = _one("Spain called on Morocco to reopen the border.", nlp)
    assert asked.event_type == "REQUEST" and asked.target.code.startswith("MAR")


def test_the_source_of_a_report_is_not_an_event(nlp):
    # "release" is a RETREAT noun, but a press release cited as the source is no release of anyone
    types = [e.event_type for e in _events("Ugandan police detained six students, according to a press release from the ministry.", nlp)]
    assert types == ["COERCE"]


def test_holding_people_captive_or_as_shields_is_detention(nlp):
    assert _one("Rebels held five Kenyan aid workers captive for a month.", nlp).event_type == "COERCE"
    assert _one("The militia is holding villagers as human shields near the front.", nlp).event_type == "COERCE"


def test_weis_category_names_send_note_condole_oppose(nlp):
    assert _one("Kenya delivered a note to the Ugandan foreign ministry.", nlp).event_type == "CONSULT"  # not AID
    assert _one("Kenya delivered food to Uganda.", nlp).event_type == "AID"
    assert _one("Kenya condoled with Uganda over the flood victims.", nlp).event_type == "SUPPORT"
    assert _one("Kenya voiced opposition to the Ugandan plan.", nlp).event_type == "REJECT"


def test_an_order_to_stop_or_leave_is_coercion_not_a_request(nlp):
    assert _one("The Kenyan government ordered the opposition newspaper to suspend publication.", nlp).event_type == "COERCE"
    assert _one("Kenya ordered two Ugandan traders to leave the country.", nlp).event_type == "COERCE"
    assert _one("Kenya ordered two Ugandan diplomats to leave the country.", nlp).event_type == "SANCTION"  # a mission: expelled
    assert _one("Kenya ordered Uganda to pay compensation.", nlp).event_type == "REQUEST"


def test_coordinated_nationalities_on_one_subject_are_the_two_parties(nlp):
    talks = _one("Kenyan and Ugandan officials discussed trade.", nlp)
    assert talks.event_type == "CONSULT"
    assert (talks.source.code[:3], talks.target.code[:3]) == ("KEN", "UGA")


def test_between_on_the_verb_names_the_parties_of_its_subject_event(nlp):
    fighting = _one("Fighting broke out between Kenyan and Ugandan troops.", nlp)
    assert fighting.event_type == "ASSAULT"
    assert {fighting.source.code[:3], fighting.target.code[:3]} == {"KEN", "UGA"}


def test_nationality_adjectives_and_subject_conjuncts_are_the_parties_of_a_meeting(nlp):
    met = _one("Greek and Turkish negotiators met on Tuesday.", nlp)  # the tagger reads both nationalities as adjectives
    assert (met.event_type, met.source.code[:3], met.target.code[:3]) == ("CONSULT", "GRC", "TUR")
    talks = _one("Kenya and Uganda began negotiations on a border treaty.", nlp)  # a nominal meeting through a light verb
    assert (talks.event_type, talks.trigger.text, talks.source.code, talks.target.code) == ("CONSULT", "negotiations", "KEN", "UGA")


def test_a_nationality_the_gazetteer_lacks_still_makes_an_actor(nlp):
    event = _one("Velorian aircraft attacked Norlandish positions.", nlp)
    assert (event.event_type, event.source.text, event.target.text) == ("ASSAULT", "Velorian aircraft", "Norlandish positions")


def test_an_obligation_or_a_wish_reported_about_another_actor_is_a_request(nlp):
    for text in (
        "Kenya said Uganda has to withdraw its troops.",
        "Kenya said Uganda ought to negotiate.",
        "Kenya told Uganda it should reopen the border.",  # the pronoun is the one told
        "Kenya said it hoped Uganda would release the prisoners.",
        "Kenya expects Uganda to honour the agreement.",
    ):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "KEN", "UGA"), text
    done = _one("Kenya had to withdraw its troops from Uganda.", nlp)  # an obligation told by the writer is the act
    assert done.event_type == "RETREAT"


def test_a_cooperative_act_ahead_is_agree_announced_or_on_a_reported_timetable(nlp):
    # the PLOVER manual takes all cooperative actions reported in the future tense as intentions (AGREE), as the PLOVER
    # records code "will visit"; the visit stays in the mode, the timetable in the future flag
    for text in ("The Kenyan president is expected to visit Uganda next week.", "The Kenyan president will visit Uganda next week.",
                 "The Kenyan president is due to visit Uganda on Monday.", "The Kenyan president is scheduled to visit Uganda in May."):
        event = _one(text, nlp)
        assert (event.event_type, event.mode, event.future, event.source.code, event.target.code) == ("AGREE", "visit", True, "KENGOV", "UGA"), text
    assert _one("Kenya is expected to hold talks next week.", nlp).event_type == "AGREE"
    # a hostile act on a timetable others report is the act ahead, no threat of the actor's
    sanction = _one("Kenya is expected to impose sanctions on Uganda next week.", nlp)
    assert (sanction.event_type, sanction.future) == ("SANCTION", True)


def test_what_is_sunk_stopped_pulled_out_or_blockaded_decides_the_type(nlp):
    assert _one("Kenyan warships sank two Ugandan fishing boats.", nlp).event_type == "ASSAULT"
    assert _one("Kenya stopped its aid to Uganda.", nlp).event_type == "SANCTION"
    assert _one("Kenya pulled its ambassador out of Uganda.", nlp).event_type == "SANCTION"  # the object, not the particle
    assert _one("Kenya blockaded Ugandan ports.", nlp).event_type == "COERCE"


def test_a_vow_is_a_promise_or_a_threat_as_what_is_vowed(nlp):
    assert _one("Kenya vowed to cooperate with Uganda.", nlp).event_type == "AGREE"
    assert _one("Kenya vowed to attack Uganda.", nlp).event_type == "THREATEN"


def test_who_claims_an_attack_did_it_and_a_relative_clause_keeps_its_object(nlp):
    attack = _one("The Ugandan rebels claimed responsibility for the attack on Kenya.", nlp)
    assert (attack.event_type, attack.source.code, attack.target.code) == ("ASSAULT", "UGAREB", "KEN")
    met = _events("The Kenyan president, who met the Ugandan king on Monday, said the talks were useful.", nlp)
    assert [(e.event_type, e.source.code, e.target.code) for e in met] == [("CONSULT", "KENGOV", "UGAGOV")]


def test_sending_doctors_or_rescuers_is_aid(nlp):
    event = _one("Kenya sent doctors and rescuers to Uganda.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("AID", "KEN", "UGA")


def test_the_leaders_of_two_countries_are_the_parties_and_a_visit_returned_from_took_place(nlp):
    summit = _one("The leaders of Kenya and Uganda attended the conference.", nlp)
    assert (summit.event_type, summit.source.code, summit.target.code) == ("CONSULT", "KEN", "UGA")
    back = _one("The Kenyan prime minister returned from a visit to Uganda.", nlp)
    assert (back.event_type, back.mode, back.source.code, back.target.code) == ("CONSULT", "visit", "KENGOV", "UGA")
    assert _one("The Kenyan king gave an audience to the Ugandan envoy.", nlp).event_type == "CONSULT"


def test_common_wording_of_agreements_cancellations_and_repression(nlp):
    came = _one("Kenya and Uganda came to an agreement on fishing rights.", nlp)
    assert (came.event_type, came.source.code, came.target.code) == ("AGREE", "KEN", "UGA")
    assert _one("Kenya and Uganda arrived at an understanding.", nlp).event_type == "AGREE"  # not an arrival
    assert _one("Kenya scrapped a planned summit with Uganda.", nlp).event_type == "SANCTION"
    assert _one("Kenya put its relations with Uganda on hold.", nlp).event_type == "SANCTION"
    assert _one("Kenyan police dispersed Ugandan protesters.", nlp).event_type == "ASSAULT"


def test_common_wording_of_pressure_praise_criticism_and_deadlines(nlp):
    pressed = _events("Kenya put pressure on Uganda to release the prisoners.", nlp)[0]  # the release asked for is coded too
    assert (pressed.event_type, pressed.trigger.text, pressed.source.code, pressed.target.code) == ("REQUEST", "put", "KEN", "UGA")
    assert _one("Kenya lent its support to Uganda.", nlp).event_type == "SUPPORT"  # not a loan
    assert _one("Kenya gave the green light to Uganda's plan.", nlp).event_type == "SUPPORT"
    assert _one("Kenya took Uganda to task for the incident.", nlp).event_type == "ACCUSE"
    assert _one("Kenya attacked Uganda's policy as reckless.", nlp).event_type == "ACCUSE"  # words, not force
    assert _one("Kenya gave Uganda a deadline to withdraw.", nlp).event_type == "THREATEN"


def test_who_comes_under_fire_is_the_target_and_more_category_wording(nlp):
    fire = _one("Kenyan troops came under fire from Ugandan forces.", nlp)
    assert (fire.event_type, fire.source.code, fire.target.code) == ("ASSAULT", "UGAMIL", "KENMIL")
    assert _one("Kenyan jets downed a Ugandan helicopter.", nlp).event_type == "ASSAULT"
    assert _one("Kenya forced two Ugandan traders to leave.", nlp).event_type == "COERCE"
    assert _one("Kenya forced two Ugandan diplomats to leave.", nlp).event_type == "SANCTION"  # a mission forced out: expelled
    assert _one("Kenya wrote off Uganda's debt.", nlp).event_type == "AID"
    assert _one("Kenya returned the captured soldiers to Uganda.", nlp).event_type == "RETREAT"


def test_parties_inside_the_subject_give_way_to_a_named_other_party(nlp):
    event = _one("The leaders of Kenya and Uganda met the Tanzanian president.", nlp)
    assert event.event_type == "CONSULT" and event.target.code == "TZAGOV"


def test_meals_handshakes_and_being_in_talks_are_meetings(nlp):
    for text in (
        "The Kenyan president had lunch with the Ugandan president.",
        "The Kenyan president shook hands with the Ugandan president.",
        "The Kenyan president was in talks with the Ugandan president.",
        "The Kenyan envoy conveyed a message to the Ugandan president.",
    ):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "KENGOV", "UGAGOV"), text


def test_what_is_thrown_planted_or_hit_makes_an_attack(nlp):
    for text in (
        "Kenyan artillery rained shells on Ugandan positions.",
        "Kenyan rebels planted a bomb in a Ugandan market.",
        "Kenyan rebels hurled grenades at Ugandan soldiers.",
        "A Kenyan missile hit a Ugandan school.",
        "Kenyan troops kept up their attacks on Uganda.",  # a light verb carries the attacks
    ):
        assert _one(text, nlp).event_type == "ASSAULT", text


def test_common_wording_of_detention_and_reduced_relations(nlp):
    assert _one("Kenya put two Ugandan activists behind bars.", nlp).event_type == "COERCE"
    assert _one("Kenya slapped sanctions on Uganda.", nlp).event_type == "SANCTION"
    assert _one("Kenya withdrew its recognition of Uganda's government.", nlp).event_type == "SANCTION"  # not a retreat
    ended = _events("Kenya ended its military cooperation with Uganda.", nlp)
    assert [e.event_type for e in ended] == ["SANCTION"]  # the cooperation ended belongs to the ending


def test_calling_for_someone_to_act_is_a_request_of_them_not_their_act(nlp):
    events = _events("Kenya called for Uganda to withdraw its troops.", nlp)
    assert [(e.event_type, e.source.code, e.target.code) for e in events] == [("REQUEST", "KEN", "UGA")]


def test_reopening_an_embassy_readiness_and_refuge(nlp):
    assert _one("Kenya reopened its embassy in Uganda.", nlp).event_type == "SUPPORT"  # not a retreat
    assert _one("Kenya signalled its readiness to negotiate with Uganda.", nlp).event_type == "AGREE"
    assert _one("Kenya hosted Ugandan refugees.", nlp).event_type == "AID"  # not a visit


def test_the_counted_noun_of_a_measure_object_names_what_is_sent(nlp):
    event = _one("Kenya sent 40 tonnes of medicine to Uganda.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("AID", "KEN", "UGA")


def test_an_errand_for_days_of_talks_is_consulting_at_the_destination(nlp):
    for text in (
        "The Kenyan president went to Kampala for three days of consultations.",
        "The Kenyan president will be in Kampala for a round of talks.",
    ):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "KENGOV", "UGA"), text


def test_hosting_a_visitor_and_exchanging_letters_are_contact(nlp):
    for text in (
        "The Kenyan president greeted the visiting Ugandan president.",
        "The Kenyan president played host to the Ugandan president.",
        "The Kenyan president exchanged letters with the Ugandan president.",
    ):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "KENGOV", "UGAGOV"), text
    assert _one("Kenyan troops skirmished with Ugandan units.", nlp).event_type == "ASSAULT"


def test_a_nominal_event_in_the_passive_takes_the_light_verbs_agent(nlp):
    event = _one("A fresh appeal for calm was issued by Kenya.", nlp)
    assert (event.event_type, event.source.code) == ("REQUEST", "KEN")


def test_what_is_left_or_expelled_decides_the_type(nlp):
    assert _one("Kenya pulled out of the negotiations with Uganda.", nlp).event_type == "SANCTION"  # the talks, not "out"
    assert _one("Kenyan troops pulled out of the Ugandan border town.", nlp).event_type == "RETREAT"
    assert _one("Kenya expelled thousands of Ugandan migrants.", nlp).event_type == "COERCE"  # deportation (CAMEO 174)
    assert _one("Kenya expelled two Ugandan diplomats.", nlp).event_type == "SANCTION"  # CAMEO 166
    assert _one("Kenyan troops occupied a Ugandan border post.", nlp).event_type == "COERCE"  # CAMEO 192, a seizure


def test_a_support_verb_with_its_particle_carries_the_event_its_object_names(nlp):
    assert _one("Kenya handed over food aid to Uganda.", nlp).event_type == "AID"
    assert _one("Kenya handed over the captured soldiers to Uganda.", nlp).event_type == "RETREAT"


def test_a_mandative_subjunctive_under_suggest_is_a_request_of_its_subject(nlp):
    event = _one("Kenya suggested that Uganda hold new elections.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "KEN", "UGA")
    reported = _events("Kenya suggested that Uganda would hold new elections.", nlp)  # a report, not a request
    assert "REQUEST" not in [e.event_type for e in reported]


def test_acts_of_force_in_plain_wording(nlp):
    for text in (
        "Kenyan troops mowed down Ugandan protesters.",
        "Kenyan forces recaptured the town from Ugandan rebels.",
        "Kenyan jets pummelled Ugandan positions.",
    ):
        assert _one(text, nlp).event_type == "ASSAULT", text


def test_its_things_hit_in_a_reported_act_of_force_are_the_reporters(nlp):
    event = _one("Kenya said Ugandan troops shelled its border posts.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "UGAMIL", "KEN")
    own = _one("Kenya said Uganda attacked its own barracks.", nlp)
    assert own.target is None or own.target.code != "KEN"


def test_events_joined_staged_or_ordered_through_their_noun(nlp):
    for text, expected in (
        ("Kenya took part in talks with Uganda.", ("CONSULT", "KEN", "UGA")),
        ("Kenya participated in negotiations with Uganda.", ("CONSULT", "KEN", "UGA")),
        ("Kenya staged a raid on a Ugandan camp.", ("ASSAULT", "KEN", "UGA")),  # "staged": the lemmatizer's "stag"
        ("Kenya ordered the arrest of two Ugandan officials.", ("COERCE", "KEN", "UGAGOV")),  # the order is the arrest
        ("Kenya ordered the release of Ugandan prisoners.", ("RETREAT", "KEN", "UGACRM")),
        ("Kenya threw its weight behind Uganda.", ("SUPPORT", "KEN", "UGA")),
        ("The Kenyan envoy shuttled to Kampala for talks.", ("CONSULT", "KENGOV", "UGA")),
    ):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == expected, text


def test_a_reaction_drawn_from_someone_is_theirs_and_aimed_at_the_subject(nlp):
    both = _events("Kenya's attack on Uganda drew condemnation from Tanzania.", nlp)
    assert [(e.event_type, e.source.code, e.target.code) for e in both] == [("ASSAULT", "KEN", "UGA"), ("ACCUSE", "TZA", "KEN")]
    for text, expected in (
        ("Kenya faced sharp criticism from Uganda.", ("ACCUSE", "UGA", "KEN")),
        ("The Kenyan decision won praise from Uganda.", ("SUPPORT", "UGA", "KEN")),
        ("Kenya received aid from Uganda.", ("AID", "UGA", "KEN")),  # not a visit Kenya hosts
    ):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == expected, text
    hosted = _one("Kenya received the Ugandan president.", nlp)
    assert (hosted.event_type, hosted.source.code, hosted.target.code) == ("CONSULT", "KEN", "UGAGOV")


def test_a_two_word_sector_in_the_phrase_beats_its_heads_word(nlp):
    event = _one("Kenyan opposition leaders criticised Uganda.", nlp)
    assert (event.source.code, event.target.code) == ("KENOPP", "UGA")  # not the leaders' GOV
    assert _one("Kenyan government leaders criticised Uganda.", nlp).source.code == "KENGOV"


def test_letters_meals_and_contact_are_consulting(nlp):
    for text in (
        "The Kenyan president wrote a letter to the Ugandan president.",
        "The Kenyan president dined with the Ugandan president.",
        "The Kenyan president got in touch with the Ugandan president.",
    ):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "KENGOV", "UGAGOV"), text
    assert _events("The Kenyan candidate tried to reach out to young voters.", nlp) == ()  # campaigning, not contact


def test_force_done_to_a_proposition_is_words(nlp):
    for text, expected in (
        ("Kenya blasted Uganda's decision to close the border.", "ACCUSE"),
        ("Kenya slammed Uganda's new trade policy.", "ACCUSE"),
        ("Kenya shot down Uganda's proposal.", "REJECT"),
        ("Kenya killed Uganda's proposal.", "REJECT"),
        ("Kenya's delegation stormed out of the talks with Uganda.", "PROTEST"),  # a walkout (WEIS 181)
        ("Kenyan tanks shelled Ugandan positions.", "ASSAULT"),  # positions held, not taken
        ("Kenyan troops stormed the Ugandan embassy.", "ASSAULT"),
    ):
        assert _one(text, nlp).event_type == expected, text


def test_speaking_to_or_calling_a_leader_is_a_contact_by_who_is_addressed(nlp):
    spoke = _one("The German chancellor spoke to the Turkish president on Monday.", nlp)
    assert (spoke.event_type, spoke.mode, spoke.source.code, spoke.target.code) == ("CONSULT", None, "DEUGOV", "TURGOV")
    assert spoke.trigger.text == "spoke"
    called = _one("The German chancellor called the Turkish president on Monday.", nlp)
    assert (called.event_type, called.mode, called.target.code) == ("CONSULT", "phone", "TURGOV")  # "on Monday" is no "call on"
    purpose = _one("The French president called the Turkish president to discuss the crisis.", nlp)
    assert (purpose.event_type, purpose.mode, purpose.source.code, purpose.target.code) == ("CONSULT", "phone", "FRAGOV", "TURGOV")


def test_speaking_to_reporters_or_calling_voters_is_no_event(nlp):
    for text in (
        "The senator spoke to reporters after the vote.",
        "The governor called voters on Sunday.",
        "The German chancellor spoke to the Bundestag on Monday.",  # the own country's parliament: a speech
        "The French president called the German chancellor a friend.",  # naming, not phoning
        "The governor spoke to a gathering of farm owners on Friday.",  # the owners are not the one addressed
        "The United Nations failed to speak out on the killings in Sri Lanka.",  # the infinitive's "to" is no "speak to"
        "I wouldn't call it a victory.",
    ):
        assert _events(text, nlp) == [] or all(e.event_type != "CONSULT" and e.mode != "phone" for e in _events(text, nlp)), text


def test_calling_on_someone_to_act_stays_a_request(nlp):
    event = _one("The French president called on Turkey to withdraw its troops.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "FRAGOV", "TUR")


def test_an_official_going_to_another_country_visits_it(nlp):
    went = _one("The Indian defence minister went to Ankara on Sunday.", nlp)
    assert (went.event_type, went.mode, went.source.code, went.target.code) == ("CONSULT", "visit", "INDGOV", "TUR")
    came = _one("The Brazilian president came to Berlin on Wednesday.", nlp)
    assert (came.event_type, came.mode, came.source.code, came.target.code) == ("CONSULT", "visit", "BRAGOV", "DEU")
    landed = _one("Polish Prime Minister Jan Nowak touched down in Kyiv on Wednesday.", nlp)
    assert (landed.event_type, landed.mode, landed.source.code, landed.target.code) == ("CONSULT", "visit", "POLGOV", "UKR")


def test_travel_by_others_or_to_home_or_to_no_country_is_no_visit(nlp):
    for text in (
        "Thousands of tourists flew to Paris for the holidays.",
        "The senator flew to Iowa on Monday.",
        "The candidate arrived in New Hampshire on Tuesday.",
        "The German chancellor arrived in Berlin on Tuesday.",
        "The Italian president said he would come to the defense of NATO members.",
    ):
        assert not any(e.event_type == "CONSULT" and e.mode == "visit" for e in _events(text, nlp)), text


def test_a_verb_the_parser_hangs_on_its_object_as_a_modifier_is_still_the_act(nlp):
    # the parse makes "engaged" a modifier of "units", a conjunct of "crossed"
    event = _one("Syrian troops crossed the border and engaged Turkish units.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "SYRMIL", "TUR")
    assert event.trigger.text == "engaged"


def test_an_actor_of_a_clause_of_time_is_not_the_main_act_s_target(nlp):
    event = _one("After meeting the Japanese prime minister, the Brazilian president condemned the missile test.", nlp)
    assert (event.event_type, event.source.code, event.target) == ("ACCUSE", "BRAGOV", None)


def test_a_name_the_coder_cannot_place_is_political_by_what_the_text_makes_of_it(nlp):
    flew = _one("Gondor's foreign minister flew to Arnor on Monday.", nlp)
    assert (flew.event_type, flew.mode, flew.source.code, flew.target.text, flew.target.code) == ("CONSULT", "visit", "GOV", "Arnor", None)
    went = _one("An Arnor delegation arrived in Gondor on Monday.", nlp)
    assert (went.event_type, went.mode, went.target.text) == ("CONSULT", "visit", "Gondor")
    front = _one("The Arnor Liberation Front spoke to the Gondor government.", nlp)
    assert (front.event_type, front.source.text, front.source.code, front.target.code) == ("CONSULT", "Arnor Liberation Front", None, "GOV")


def test_an_unplaced_name_is_no_party_to_a_contact_with_people_who_hold_no_office(nlp):
    for text in (
        "Ubu spoke to reporters in Gondor.",
        "Ubu spoke to supporters on Monday.",
        "Activist Jane Roe talks to Gondor about the film.",  # an activist is no political caller
        "The senator flew to Ohio on Monday.",  # a real traveller: a place the gazetteer lacks is no state
    ):
        assert not any(e.event_type == "CONSULT" for e in _events(text, nlp)), text


def test_a_campaign_rally_is_no_protest(nlp):
    for text in (
        "The candidate held rallies in three states.",
        "Trump held a rally in Des Moines on Tuesday.",
        "The senator flew to Ohio for a rally.",
        "The campaign staged a rally in Tampa.",
    ):
        assert not any(e.event_type == "PROTEST" for e in _events(text, nlp)), text


def test_a_rally_against_something_or_by_a_crowd_is_a_protest(nlp):
    crowd = _events("Protesters held a rally outside the embassy.", nlp)
    assert [(e.event_type, e.mode, e.source.code) for e in crowd] == [("PROTEST", "demo", "CVL")]
    against = _one("Opposition supporters held a rally against the government in Caracas.", nlp)
    assert (against.event_type, against.source.code, against.target.code) == ("PROTEST", "VENOPP", "VENGOV")
    leader = _one("The Ruritanian president held a rally against the sanctions.", nlp)  # an office-holder's rally set against something
    assert (leader.event_type, leader.source.code, leader.trigger.text) == ("PROTEST", "GOV", "held")


def test_a_crowd_or_a_number_that_rallies_or_marches_protests(nlp):
    workers = _events("Workers rallied outside parliament.", nlp)  # the parser makes "outside parliament" an object
    assert [(e.event_type, e.mode, e.source.code, e.trigger.text) for e in workers] == [("PROTEST", "demo", "LAB", "rallied")]
    for text in ("Thousands rallied against the new law.", "Hundreds marched against the new tax on Friday."):
        event = _one(text, nlp)
        assert (event.event_type, event.source.text, event.source.code) == ("PROTEST", text.split()[0], "CVL"), text
    behind = _one("Thousands rallied behind the Quenish president.", nlp)  # the pattern naming the preposition wins
    assert (behind.event_type, behind.target.code) == ("SUPPORT", "GOV")
    for text in ("The candidate rallied in Tampa.", "The campaign rallied supporters in Ohio."):
        assert not any(e.event_type == "PROTEST" for e in _events(text, nlp)), text


def test_an_official_arriving_is_no_aid(nlp):
    for text in ("Foreign Minister Ivo Zog arrived on Monday.", "The Gondor foreign minister arrived on Monday.", "The police arrived on the scene."):
        assert not any(e.event_type == "AID" for e in _events(text, nlp)), text
    troops = _one("Quenish peacekeepers arrived in the town on Monday.", nlp)
    assert (troops.event_type, troops.source.code) == ("AID", "MIL")


def test_called_someone_on_a_day_is_a_call_not_a_visit(nlp):
    assert not _events("Ubu, a farmer, called Zog on Sunday.", nlp)  # a farmer is no political caller
    phoned = _one("The Ruritanian president called the Quenish prime minister on Sunday.", nlp)
    assert (phoned.event_type, phoned.mode) == ("CONSULT", "phone")
    visited = _one("The Ruritanian president called on the Quenish prime minister on Sunday.", nlp)
    assert (visited.event_type, visited.mode) == ("CONSULT", "visit")


def test_a_reporter_speaking_to_officials_is_no_contact(nlp):
    for text in ("A Quenish journalist spoke to Turkish officials.", "An Iraqi reporter spoke to the Iranian president on Monday."):
        assert not any(e.event_type == "CONSULT" for e in _events(text, nlp)), text
    minister = _one("The Iraqi foreign minister spoke to the Iranian president on Monday.", nlp)
    assert (minister.event_type, minister.source.code, minister.target.code) == ("CONSULT", "IRQGOV", "IRNGOV")


def test_a_bare_surname_takes_the_code_of_the_titled_name_but_not_over_its_own_words(nlp):
    events = _events("Foreign Minister Ivo Zog of Norway arrived on Monday. Zog later met the Chilean president. "
                     "Interior Minister Lena Holt of Norway resigned in May. Holt, now a lobbyist, met the Chilean president on Friday.", nlp)
    met = [(e.source.text, e.source.entity_id, e.source.code) for e in events if e.trigger.text == "met"]
    assert met == [("Zog", "person:ivo-zog", "NORGOV"), ("Holt, now a lobbyist", "person:lena-holt", "NOR")]


def test_a_bare_surname_of_a_titled_person_is_political_and_speaks_as_that_person(nlp):
    text = 'Foreign Minister Ivo Zog of Arnor arrived on Monday. The talks lasted two days. Zog later spoke to the Gondor president. "We are ready," Zog said.'
    document = Document(id="zog", source="test", text=text)
    analysis = analyze(document, nlp)
    spoke = [e for e in analysis.events if e.trigger.text == "spoke"]
    assert [(e.event_type, e.source.entity_id) for e in spoke] == [("CONSULT", "person:ivo-zog")]
    quote = next(q for q in analysis.quotes if q.span.text == "We are ready")
    assert quote.speaker_entity_id == "person:ivo-zog"
    assert next(e.role for e in analysis.entities if e.id == quote.speaker_entity_id) == "Foreign Minister"


def test_a_protest_at_a_place_targets_the_places_country_not_its_institution(nlp):
    for text in ("Workers rallied outside parliament.", "Thousands demonstrated in front of the parliament building on Friday."):
        event = _one(text, nlp)
        assert (event.event_type, event.target) == ("PROTEST", None), text  # where, not whom
    embassy = _one("Protesters rallied at the US embassy in Baghdad.", nlp)
    assert (embassy.event_type, embassy.source.code, embassy.target.code, embassy.target.text) == ("PROTEST", "CVL", "USA", "US embassy")
    front = _one("Hundreds of workers demonstrated in front of the French parliament.", nlp)
    assert (front.source.code, front.target.code) == ("FRALAB", "FRA")
    against = _one("Workers protested against the Iraqi government outside parliament.", nlp)  # the one protested against stays
    assert (against.target.code, against.target.text) == ("IRQGOV", "Iraqi government")


def test_a_handful_marching_into_a_place_is_no_protest(nlp):
    for text in ("Two men marched into the bank.", "Three students marched through the village.",
                 "Two soldiers marched into the bank.", "The mayor marched in the parade."):
        assert not any(e.event_type == "PROTEST" for e in _events(text, nlp)), text
    crowd = _one("Thousands marched through the capital.", nlp)
    assert (crowd.event_type, crowd.source.code, crowd.target) == ("PROTEST", "CVL", None)
    students = _one("Students marched against the Quenish tuition law.", nlp)
    assert (students.event_type, students.source.code) == ("PROTEST", "EDU")


def test_correspondents_anchors_and_columnists_are_reporters_not_callers(nlp):
    for text in ("An Iraqi correspondent spoke to the Iranian president on Monday.", "The Iraqi television anchor spoke to the Iranian president.",
                 "An Iraqi columnist spoke to Iranian officials.", "An Iraqi commentator spoke to Iranian officials."):
        assert not any(e.event_type == "CONSULT" for e in _events(text, nlp)), text
    assert load_lexicon().sector("correspondent") == "JRN"


def test_reaching_another_countrys_capital_is_a_visit_but_troops_reaching_a_border_are_not(nlp):
    for text, place in (("The Iranian president reached the Iraqi capital on Sunday.", "IRQ"), ("The Iraqi delegation reached Tehran late on Monday.", "IRN")):
        event = _one(text, nlp)
        assert (event.event_type, event.mode, event.trigger.text, event.target.code) == ("CONSULT", "visit", "reached", place), text
    for text in ("Iraqi troops reached the Iranian border.", "The German chancellor reached Berlin on Monday.",
                 "Unemployment reached 10 percent.", "The Quenish army reached the outskirts of Baghdad."):
        assert not any(e.event_type == "CONSULT" for e in _events(text, nlp)), text
    deal = _one("The Iranian president reached an agreement with Iraq.", nlp)  # the pattern naming the object wins
    assert (deal.event_type, deal.target.code) == ("AGREE", "IRQ")
    chief = _one("The Iraqi army chief arrived in Tehran on Monday.", nlp)  # an officer visits; a body of troops moves
    assert (chief.event_type, chief.mode, chief.source.code) == ("CONSULT", "visit", "IRQMIL")
    assert not any(e.event_type == "CONSULT" for e in _events("Iraqi troops arrived in Iran on Monday.", nlp))


def test_an_official_in_another_countrys_capital_is_visiting_it(nlp):
    for text, place in (("The Iraqi foreign minister is in Tokyo this week.", "JPN"), ("The Iraqi foreign minister was in Tehran on Monday.", "IRN")):
        event = _one(text, nlp)
        assert (event.event_type, event.mode, event.source.code, event.target.code) == ("CONSULT", "visit", "IRQGOV", place), text
    for text in ("The Iraqi foreign minister is in Baghdad.", "The senator is in Ohio this week.", "The Iraqi foreign minister is in favour of the deal.",
                 "The Iraqi president is in a difficult position.", "The problem is in Iran."):
        assert not any(e.mode == "visit" for e in _events(text, nlp)), text
    talks = _one("The Iraqi president is in talks with Iran.", nlp)  # in talks, not in a place
    assert (talks.event_type, talks.mode, talks.trigger.text, talks.target.code) == ("CONSULT", None, "talks", "IRN")


def test_protesters_outside_an_embassy_target_its_country_and_are_not_of_it(nlp):
    for text, target in (("Students protested outside the Turkish embassy.", "TUR"), ("Students rallied outside the US embassy.", "USA"),
                         ("Students protested at the Turkish embassy.", "TUR")):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("PROTEST", "EDU", target), text
    home = _one("Hundreds of workers demonstrated in front of the French parliament.", nlp)  # no foreign post: the workers stay French
    assert (home.source.code, home.target.code) == ("FRALAB", "FRA")


def test_the_subject_of_a_demanded_that_clause_is_the_one_asked(nlp):
    """A request's that-clause in the mandative subjunctive names whom it asks ("demanded that X withdraw")."""
    event = _one("Norway demanded that Chile withdraw its ambassador from Oslo.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.text) == ("REQUEST", "NOR", "CHL", "Chile")
    # the clause may hang on the noun the verb carries ("repeated its demand that ...")
    event = _one("The Peruvian foreign ministry repeated its demand that Ecuador release the detained fishermen.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.text) == ("REQUEST", "PERGOV", "ECU", "Ecuador")


def test_a_passive_or_indicative_that_clause_names_no_one_asked(nlp):
    """ "demanded that the smugglers be punished": the smugglers are what is to be done, not whom Norway asks."""
    event = _one("Norway demanded that the smugglers be punished.", nlp)
    assert (event.event_type, event.source.code, event.target) == ("REQUEST", "NOR", None)


def test_the_subject_of_an_infinitive_the_act_governs_is_its_target(nlp):
    """ "allowed X to enter": the parser makes X the subject of the infinitive; the concession is made to X."""
    event = _one("Norway allowed Chilean fishermen to enter its waters.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.text) == ("CONCEDE", "NOR", "CHLCVL", "Chilean fishermen")
    # a rule that allows is no actor: nothing is coded rather than an event without its source
    assert _events("The new rule allows Chilean fishermen to enter Norwegian waters.", nlp) == ()


def test_the_object_decides_easing_expelling_and_prohibiting(nlp):
    # easing restrictions is CAMEO 081 (CONCEDE); easing economic sanctions stays RETREAT (CAMEO 085)
    assert _one("Iraq eased restrictions on foreign journalists.", nlp).event_type == "CONCEDE"
    assert _one("Iraq eased sanctions on Kuwaiti banks.", nlp).event_type == "RETREAT"
    # expelling a diplomat is SANCTION (CAMEO 161/166) also with a place and in the passive
    assert _one("Qatar's ambassador was expelled from Bahrain.", nlp).event_type == "SANCTION"
    # prohibiting gatherings is COERCE (CAMEO 1722), as banning them; a ban on them as well
    assert _one("The authorities have prohibited all demonstrations in the capital.", nlp).event_type == "COERCE"
    assert _one("Officials announced a ban on street protests.", nlp).event_type == "COERCE"
    assert _one("Egypt banned imports of Turkish steel.", nlp).event_type == "SANCTION"
    # extradition is judicial cooperation (CAMEO 063)
    event = _one("India extradited two suspects to Bangladesh.", nlp)
    assert (event.event_type, event.source.code) == ("COOPERATE", "IND")


def test_a_measure_announced_is_enacted_and_a_conditional_one_is_a_threat(nlp):
    # a ban or sanction announced with "will", or reported with "would", is the measure (PLOVER gold: an announced prohibition)
    assert _one("Authorities will ban all public gatherings from Monday.", nlp).event_type == "COERCE"
    event = _one("Canada will impose new sanctions on Iran from Friday.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "CAN", "IRN")
    assert _events("Britain announced it would prohibit arms sales to Sudan.", nlp)[0].event_type == "SANCTION"
    # under a condition, "could", a vow or a threat it stays a threat
    assert _one("Canada will impose new sanctions on Iran if the talks fail.", nlp).event_type == "THREATEN"
    assert _one("Canada could impose new sanctions on Iran.", nlp).event_type == "THREATEN"
    assert _one("The junta vowed to ban the opposition party.", nlp).event_type == "THREATEN"
    # "would" outside reported speech is a plan, not an announcement
    assert _one("Ruritania would impose tariffs on Zemblan steel.", nlp).event_type == "THREATEN"


def test_a_promise_not_to_act_is_a_refusal_or_a_restraint(nlp):
    # never to do a cooperative act is a refusal
    event = _one("Sudan vowed never to hand over the suspects.", nlp)
    assert (event.event_type, event.source.code, event.trigger.text) == ("REJECT", "SDN", "vowed")
    assert _one("Iran vowed never to recognize Israel.", nlp).event_type == "REJECT"
    # not to do a hostile act is a promise of restraint (CAMEO 035), as "will not attack" is
    assert _one("The militia pledged not to attack civilians.", nlp).event_type == "AGREE"
    event = _one("Turkey will not attack Ukraine.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.negation) == ("AGREE", "TUR", "UKR", True)
    # without the negation the vow is a threat and the promise a promise, as before
    assert _one("The militia vowed to attack civilians.", nlp).event_type == "THREATEN"
    assert _one("Sudan vowed to hand over the suspects.", nlp).event_type == "AGREE"


def test_an_exercise_without_a_partner_is_a_show_of_force(nlp):
    # PLOVER: single-country exercises are MOBILIZE, joint ones COOPERATE
    event = _one("Vietnam held naval drills near the disputed islands.", nlp)
    assert (event.event_type, event.source.code, event.trigger.text) == ("MOBILIZE", "VNM", "held")
    assert _one("Greece began five days of manoeuvres in the Aegean.", nlp).event_type == "MOBILIZE"
    # a partner by "with", by coordinated parties or by "joint" keeps the cooperation
    event = _one("Egypt conducted military exercises with Jordan.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("COOPERATE", "EGY", "JOR")
    event = _one("Polish and Lithuanian troops held drills near the border.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("COOPERATE", "POLMIL", "LTUMIL")
    assert _one("Brazil held joint drills on Monday.", nlp).event_type == "COOPERATE"


def test_asking_about_something_is_a_question_not_a_request(nlp):
    assert _events("HOST: I have to ask you about the mayor's budget.", nlp) == ()
    assert _events("Reporters asked the Kenyan minister about the budget.", nlp) == ()
    # asked to act or for something stays a request
    event = _one("Peru asked Chile to extradite the former minister.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "PER", "CHL")
    event = _one("Chad asked the United Nations for help.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "TCD", "IGO")


def test_an_announced_freeze_suspension_or_break_is_the_sanction(nlp):
    event = _one("Canada announced it would freeze the assets of Sudanese officials.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.future) == ("SANCTION", "CAN", "SDNGOV", False)
    event = _one("Ghana will sever diplomatic ties with Togo on Monday.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "GHA", "TGO")
    # conditional, possible, threatened or warned it stays a threat
    assert _one("Canada could freeze the assets of Sudanese officials.", nlp).event_type == "THREATEN"
    assert _one("Norway warned it would suspend aid to Malawi.", nlp).event_type == "THREATEN"
    assert _events("Spain said it would freeze talks if Morocco did not withdraw.", nlp)[0].event_type == "THREATEN"


def test_an_agreement_concluded_or_signed_between_parties_is_the_agreement_made(nlp):
    # PLOVER SUPPORT: "ratify, sign, or finalize an agreement or treaty"; AGREE is the promise to
    event = _one("A peace accord was concluded between Ethiopia and Eritrea.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("SUPPORT", "ETH", "ERI", "concluded")
    event = _one("The signing of a treaty between Ghana and Togo was celebrated in Accra.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("SUPPORT", "GHA", "TGO", "signing")
    assert _one("Ghana and Togo will conclude a border treaty next month.", nlp).event_type == "AGREE"
    # the coordinated countries an official comes from are the two parties
    event = _one("Ministers from Ghana and Togo discussed water sharing.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "GHA", "TGO")


def test_a_meeting_that_frames_the_clause_is_its_subjects(nlp):
    event = _events("After a two-hour meeting with the Egyptian president, the Jordanian king left Cairo.", nlp)[0]
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("CONSULT", "JORGOV", "EGYGOV", "meeting")
    # no one met, someone else's meeting, or a war lived through: no event of the subject
    assert _events("After the meeting, the minister left.", nlp) == ()
    assert _events("During the war, the Jordanian king lived in exile.", nlp) == ()
    assert _events("After her meeting with the Kenyan president, the ministry issued a statement.", nlp) == ()


def test_both_sides_are_the_two_countries_the_sentence_before_named(nlp):
    events = _events("Ghana accused Togo of sheltering rebels. The two countries resumed talks in Accra on Friday.", nlp)
    assert [(e.event_type, e.source.code, e.target.code, e.trigger.text) for e in events] == [
        ("ACCUSE", "GHA", "TGO", "accused"), ("CONSULT", "GHA", "TGO", "resumed")]
    # the source's span is where the country is named, in the sentence before
    assert events[1].source.span.text == "Ghana" and events[1].source.span.end < events[1].span.start
    event = _events("Kenya and Uganda met in Nairobi on Monday. Both sides agreed to reopen the border.", nlp)[1]
    assert (event.event_type, event.source.code, event.target.code) == ("AGREE", "KEN", "UGA")
    # with no sentence before, or one naming three countries, the act is coded with the pair as written, uncoded
    event = _one("Both sides agreed to a ceasefire.", nlp)
    assert (event.event_type, event.source.text, event.source.code, event.target) == ("AGREE", "Both sides", None, None)
    events = _events("Ghana, Togo and Benin met. Both sides agreed to a ceasefire.", nlp)
    assert [e.trigger.text for e in events] == ["met"] * 3 + ["agreed"] and events[-1].source.code is None
    # a meeting of an unnamed pair needs no second party named
    event = _one("The two countries held talks in Geneva.", nlp)
    assert (event.event_type, event.source.text, event.target) == ("CONSULT", "two countries", None)


def test_a_raid_by_armed_forces_or_on_positions_is_an_attack(nlp):
    event = _one("Ethiopian planes raided Eritrean positions.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "ETH", "ERI")
    assert _one("Rebels raided an army garrison near the border.", nlp).event_type == "ASSAULT"
    # police and security forces raiding offices and homes search and seize
    event = _one("Security forces raided the homes of opposition leaders.", nlp)
    assert (event.event_type, event.mode) == ("COERCE", "seize")


def test_a_planned_exercise_without_a_partner_stays_a_show_of_force(nlp):
    # PLOVER: single-country exercises are MOBILIZE; announcing one is no threat (THREATEN is conditional or a warning)
    event = _one("Mali's army will conduct drills near the border next month.", nlp)
    assert (event.event_type, event.source.code, event.future) == ("MOBILIZE", "MLIMIL", True)
    assert _one("Mali plans to hold military exercises in the north.", nlp).event_type == "MOBILIZE"
    # conditional, refused, or with a partner: as before
    assert _one("Mali could hold military exercises if provoked.", nlp).event_type == "THREATEN"
    assert _one("Mali will hold joint exercises with Niger next month.", nlp).event_type == "AGREE"


def test_hyphenated_verbs_are_looked_up_whole(nlp):
    # CAMEO 150: a weapons test displays force (MOBILIZE), it strikes no one
    event = _one("Pakistan test-launched a cruise missile.", nlp)
    assert (event.event_type, event.source.code, event.trigger.text) == ("MOBILIZE", "PAK", "launched")
    assert _one("Peru carried out a missile test on Friday.", nlp).event_type == "MOBILIZE"
    event = _one("Police tear-gassed the demonstrators.", nlp)
    assert (event.event_type, event.trigger.text, event.target.text) == ("ASSAULT", "gassed", "demonstrators")
    # the parser reads "X test-fired missiles" as one noun phrase: X is still the subject
    event = _one("North Korea test-fired two missiles on Sunday.", nlp)
    assert (event.event_type, event.source.code, event.source.text) == ("MOBILIZE", "PRK", "North Korea")


def test_the_place_of_a_meeting_is_no_party_to_it(nlp):
    event = _one("Laotian and Thai officials met in Hanoi on Monday.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "LAOGOV", "THAGOV")
    event = _one("Talks between Chile and Bolivia opened in Vienna.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("CONSULT", "CHL", "BOL", "Talks")
    event = _one("Armenia and Azerbaijan signed a truce in Ankara.", nlp)
    assert (event.source.code, event.target.code) == ("ARM", "AZE")
    # no one else named: a meeting with nobody is not coded
    assert _events("The Laotian foreign minister held talks in Hanoi.", nlp) == ()
    # a visit's place is whom it visits
    event = _one("The Laotian president arrived in Hanoi.", nlp)
    assert (event.event_type, event.mode, event.target.code) == ("CONSULT", "visit", "VNM")


def test_a_measure_taking_effect_is_coded_with_no_one_named_doing_it(nlp):
    event = _one("A ban on opposition rallies will take effect next month.", nlp)
    assert (event.event_type, event.source, event.target.code, event.trigger.text) == ("COERCE", None, "OPP", "ban")
    event = _one("An arms embargo on Eritrea comes into force on Friday.", nlp)
    assert (event.event_type, event.source, event.target.code) == ("SANCTION", None, "ERI")
    assert _events("The curfew took effect at midnight.", nlp) == ()  # on no one named


def test_a_welcomed_appeal_is_the_appeal_of_its_possessor(nlp, ):
    from readout.analyze.event_actors import EntityIndex

    text = "Peru's appeal to the rebel factions to lay down arms was welcomed."
    doc = nlp(text)
    coder = nlp.get_pipe("readout_events")
    event = coder.main_event(next(doc.sents), 0, EntityIndex.of(doc))
    assert (event.event_type, event.source.code, event.trigger.text) == ("REQUEST", "PER", "appeal")
    assert event.target.text == "rebel factions"
    # the reaction stays coded too, and a reaction by someone named stays the main event
    assert [e.event_type for e in _events(text, nlp)] == ["REQUEST", "SUPPORT"]
    doc = nlp("Norway's appeal to the rebels to respect the truce was welcomed by Sweden.")
    event = coder.main_event(next(doc.sents), 0, EntityIndex.of(doc))
    assert (event.event_type, event.source.code) == ("SUPPORT", "SWE")


def test_a_leader_takes_the_country_of_the_place_of_the_act_governed(nlp):
    # "threatened to impose a curfew in X": the curfew's place; "the curfew imposed in X": the object's place
    event = _one("President Zamo Ruwa threatened to impose a curfew in Nairobi.", nlp)
    assert (event.event_type, event.source.code) == ("THREATEN", "KENGOV")
    event = _one("President Zamo Ruwa on Monday eased by two hours the dusk curfew imposed in Zambia after the riots.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONCEDE", "ZMBGOV", "ZMB")
    # the parse hangs "imposed in X" on the noun of the object's "on" phrase: still the object's place
    event = _one("President Zamo Ruwa on Monday lifted the weekend ban on rallies imposed in Zambia after the riots.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONCEDE", "ZMBGOV", "ZMB")


def test_closing_a_frontier_is_closing_a_border(nlp):
    event = _one("Chad closed its frontier with Sudan.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code) == ("COERCE", "restrict", "TCD", "SDN")


def test_an_act_on_a_place_or_thing_is_aimed_at_whom_it_belongs_to(nlp):
    # the passive subject names a place or thing; its "of" or "for" names whose it is
    event = _one("A camp for Sudanese refugees was shelled by Chadian troops.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.text) == ("ASSAULT", "TCDMIL", "SDNREF", "Sudanese refugees")
    event = _one("The offices of a Kenyan newspaper were raided by police.", nlp)
    assert (event.event_type, event.target.code) == ("COERCE", "KENJRN")
    event = _one("The home of an opposition leader was attacked.", nlp)
    assert (event.event_type, event.source, event.target.code) == ("ASSAULT", None, "OPP")


def test_a_body_of_people_sent_is_the_actor_of_its_of_phrase(nlp):
    event = _one("The first deployment of Ghanaian peacekeepers arrived in Liberia.", nlp)
    assert (event.event_type, event.source.code, event.source.text, event.target.code) == ("AID", "GHAMIL", "Ghanaian peacekeepers", "LBR")


def test_police_courts_and_a_countrys_people_act_at_home(nlp):
    # whom police and courts act on is of their country, however many others the sentence names
    event = _one("Kenyan police arrested opposition leaders after clashes with Ugandan traders.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("COERCE", "KENCOP", "KENOPP")
    event = _one("A Chilean judge ordered the former president to appear for questioning in an inquiry into arms sales to Peru and Bolivia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "CHLJUD", "CHLGOV")
    # a country's people and "the government": their own
    event = _events("Young Chadians blocked bridges on Monday to press their demands on the government.", nlp)[0]
    assert (event.event_type, event.source.code, event.target.code) == ("PROTEST", "TCD", "TCDGOV")
    # a state and a leader: still two countries ("President X threatened Norland")
    event = _one("Chile accused the president of meddling.", nlp)
    assert event.target.code == "GOV"


def test_a_threat_is_aimed_at_whom_its_condition_names(nlp):
    event = _one("Ghana has threatened to suspend the talks if Togo goes ahead with its plan to build a new dam.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "GHA", "TGO")
    event = _one("Kenya warned that it would cut aid unless Uganda withdrew its troops.", nlp)
    assert (event.event_type, event.target.code) == ("THREATEN", "UGA")
    event = _one("Kenya will withdraw its troops unless Uganda releases the prisoners.", nlp)
    assert (event.event_type, event.target.code) == ("THREATEN", "UGA")
    assert _one("Ghana threatened to retaliate if attacked.", nlp).target is None  # no one named in the condition


def test_out_of_the_question_is_the_speakers_refusal_aimed_at_whom_the_refused_thing_names(nlp):
    event = _one("The Chilean president said any deal with Bolivia was out of the question.", nlp)
    assert event.event_type == "REJECT"
    assert event.trigger.text == "was"
    assert event.source.code == "CHLGOV" and event.source.span.text == "Chilean president"
    assert event.target.code == "BOL"
    after = _one("A military solution is out of the question, the Dutch minister said.", nlp)
    assert (after.event_type, after.source.code, after.target) == ("REJECT", "NLDGOV", None)
    assert _events("The future of the Greek coalition is in question after the vote.", nlp) == ()


def test_a_plural_subjects_bare_verb_after_demanded_that_is_the_one_asked(nlp):
    # the tagger reads "allies increase" as a present tense; after "demanded that" it is the mandative subjunctive
    event = _one("Portugal demanded that its NATO allies increase their spending.", nlp)
    assert event.event_type == "REQUEST"
    assert event.source.code == "PRT"
    assert event.target.code == "IGO" and event.target.span.text == "its NATO allies"
    passive = _one("Canada demanded that the rebels are punished.", nlp)
    assert passive.target is None


def test_an_attack_by_no_one_named_is_coded_from_the_country_of_its_place(nlp):
    event = _one("An explosion near Mosul killed four Iraqi soldiers on Monday.", nlp)
    assert event.event_type == "ASSAULT"
    assert event.source.code == "IRQ" and event.source.span.text == "Mosul"
    assert event.target.code == "IRQMIL"
    town = _one("A car bombing near the town of Kandahar killed three police officers.", nlp)
    assert town.source.code == "AFG" and town.source.span.text == "Kandahar"
    storm = _events("The storm near Mosul killed four people.", nlp)
    assert all(e.source is None for e in storm)  # no attack: the place stands for no one


def test_reopening_negotiations_is_consulting_but_reopening_a_border_is_not(nlp):
    # WordNet's "reopen" (take up again) and "restart": the resumed event is the object's
    event = _one("Ghana and Togo reopened negotiations on the border.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("CONSULT", "reopened", "GHA", "TGO")
    restarted = _one("Ghana and Togo restarted negotiations on the border.", nlp)
    assert (restarted.event_type, restarted.source.code, restarted.target.code) == ("CONSULT", "GHA", "TGO")
    border = _one("Ghana reopened its border with Togo.", nlp)
    assert (border.event_type, border.target.code) == ("RETREAT", "TGO")


def test_a_person_nothing_places_is_of_the_sentences_one_country(nlp):
    # a name the gazetteer lacks, with no country in its title: the country the sentence names, as for "the president"
    event = _one("Peru's electoral court allowed candidate Ivo Marsk to run in the country's next election.", nlp)
    assert (event.source.code, event.target.text, event.target.code) == ("PERJUD", "candidate Ivo Marsk", "PER")
    # another state's actor is of another country: the person stays uncoded
    event = _one("Ivo Marsk threatened Peru with new sanctions.", nlp)
    assert (event.source.text, event.source.code, event.target.code) == ("Ivo Marsk", None, "PER")


def test_its_or_their_forces_are_of_whom_the_possessive_stands_for(nlp):
    # the sentence names two countries, so only the possessive says whose troops they are
    event = _one("Chad said on Friday that its troops had shelled rebel positions inside Sudan.", nlp)
    assert (event.source.text, event.source.code) == ("its troops", "TCDMIL")
    event = _one("The Chadian rebels said their fighters had seized a Sudanese army post.", nlp)
    assert (event.source.text, event.source.code, event.target.code) == ("their fighters", "TCDREB", "SDNMIL")


def test_an_ethnic_group_is_of_the_country_it_acts_in_not_of_its_nationality(nlp):
    event = _one("About 300 ethnic Armenians rallied in Georgia against the new law.", nlp)
    assert (event.event_type, event.source.text, event.source.code) == ("PROTEST", "300 ethnic Armenians", "GEO")



def test_a_province_the_hand_written_lists_lack_places_its_government(nlp):
    # ISO 3166-2 names the province (world_places.py); NER finds it, the gazetteer's own files do not
    event = _one("The government of Khyber Pakhtunkhwa province banned all rallies on Friday.", nlp)
    assert (event.source.text, event.source.code) == ("government", "PAKGOV")
    event = _one("The governor of Kassala State closed the border crossing on Friday.", nlp)
    assert (event.source.text, event.source.code) == ("governor", "SDNGOV")


def test_a_body_named_after_a_country_or_the_place_of_the_act_is_no_other_state(nlp):
    # the sentence's one country places the president, unless it is another state the president acts on
    event = _one("President Ivo Marsk has taken steps to promote openness and tolerance in Peru.", nlp)
    assert (event.source.code, event.target.code) == ("PERGOV", "PER")
    event = _one("President Ivo Marsk rejected demands by the Peru Anti-Fraud Office to resign.", nlp)
    assert (event.source.code, event.target.text) == ("PERGOV", "Peru Anti-Fraud Office")
    event = _one("President Ivo Marsk threatened the United States with new tariffs.", nlp)
    assert (event.source.code, event.target.code) == ("GOV", "USA")


def test_a_leader_named_by_title_alone_is_of_the_datelines_country(nlp):
    events = _events("Budget row deepens\nKABUL, March 4 (Example Wire) — The president vetoed the budget on Friday and "
                     "threatened to dissolve parliament.", nlp)
    assert [(e.event_type, e.source.text, e.source.code, e.target.code) for e in events] == [
        ("REJECT", "president", "AFGGOV", "AFGLEG"), ("THREATEN", "president", "AFGGOV", "AFGLEG")]
    assert _one("The president vetoed the budget on Friday.", nlp).source.code == "GOV"  # no dateline, no country


def test_a_sector_actor_is_of_the_country_of_the_site_it_acts_at(nlp):
    # "at a prison in Nairobi": the site's "in" places the act; the sentence names a second country
    event = _events("Prisoners rioted at a prison in Nairobi on Friday, demanding an end to Ugandan meddling.", nlp)[0]
    assert (event.event_type, event.source.text, event.source.code) == ("PROTEST", "Prisoners", "KENCRM")


def test_an_ally_named_through_its_possessor_is_not_of_the_possessors_country(nlp):
    event = _one("Rebels ambushed a patrol of Chad's militia allies in northern Sudan on Friday.", nlp)
    assert (event.target.text, event.target.code) == ("Chad's militia allies", "SDNREB")  # of where they fight, not TCD


def test_a_released_or_given_text_is_no_release_of_persons_what_it_says_is_the_event(nlp):
    # utterances: a statement, report or speech put out is no act of its own; its words are the putter's
    event = _one("Pakistan's foreign ministry released a statement condemning India's missile test.", nlp)
    assert (event.event_type, event.trigger.text) == ("ACCUSE", "condemning")
    assert event.source.code == "PAKGOV" and event.source.span.text == "Pakistan's foreign ministry"
    assert event.target.code == "IND"
    speech = _one("The Estonian premier gave a speech accusing Belarus of cyberattacks on state websites.", nlp)
    assert (speech.event_type, speech.source.code, speech.target.code) == ("ACCUSE", "ESTGOV", "BLR")
    assert _events("The Chilean embassy released the transcript on Monday.", nlp) == ()
    assert _events("The video released by the Peruvian ministry shows the flooded valley.", nlp) == ()
    persons = _one("The Cuban government released 50 political prisoners.", nlp)
    assert (persons.event_type, persons.source.code) == ("RETREAT", "CUBGOV")


def test_a_participle_used_as_a_preposition_is_no_act(nlp):
    assert _events("Given the size of the Kenyan delegation, the hall was full.", nlp) == ()


def test_name_calling_is_criticism_or_praise_by_the_complements_valence(nlp):
    # naming: VADER's rating of the complement decides; a neutral name or a thing named is no event
    liar = _one("The Peruvian president called his Bolivian counterpart a liar.", nlp)
    assert (liar.event_type, liar.trigger.text) == ("ACCUSE", "called")
    assert (liar.source.code, liar.target.code) == ("PERGOV", "BOLGOV")
    assert liar.target.span.text == "his Bolivian counterpart"
    friend = _one("Ghana's president called Togo a reliable friend of the region.", nlp)
    assert (friend.event_type, friend.source.code, friend.target.code) == ("SUPPORT", "GHAGOV", "TGO")
    sanctions = _one("Iran called the American sanctions illegal.", nlp)
    assert (sanctions.event_type, sanctions.source.code, sanctions.target.code) == ("ACCUSE", "IRN", "USA")
    assert _events("The Nigerian president called the plan a reform.", nlp) == ()
    assert _events("The Chilean army built a camp near a river called Blue Fork.", nlp) == ()
    assert _events("The African Union put out a statement calling the border raid a serious provocation.", nlp) == ()


def test_an_attack_for_a_reason_as_a_label_or_in_a_speech_is_criticism(nlp):
    # propositions: criticizing_verbs done for the one attacked's act, as a label, in a medium of words, or by a text
    reason = _one("The Hungarian prime minister attacked the European Commission for its migration rules.", nlp)
    assert (reason.event_type, reason.source.code, reason.target.code) == ("ACCUSE", "HUNGOV", "IGO")
    label = _one("In a televised address, the Serbian president blasted Croatia as a haven for extremists.", nlp)
    assert (label.event_type, label.trigger.text, label.target.code) == ("ACCUSE", "blasted", "HRV")
    medium = _one("The Bolivian president attacked Chile in a speech on Monday.", nlp)
    assert medium.event_type == "ACCUSE"
    advert = _one("An Argentine advert attacking Chile ran on Monday.", nlp)
    assert (advert.event_type, advert.target.code) == ("ACCUSE", "CHL")
    force = _one("Government troops attacked rebel positions near the border for the third day.", nlp)
    assert force.event_type == "ASSAULT"


def test_pillorying_grilling_sealing_an_agreement_and_a_military_manoeuvre_are_coded(nlp):
    assert _one("Lithuanian lawmakers pilloried Belarus over the migrant crossings.", nlp).event_type == "ACCUSE"
    grilled = _one("Danish lawmakers grilled the Swedish ambassador about the spying affair.", nlp)
    assert (grilled.event_type, grilled.source.code, grilled.target.code) == ("ACCUSE", "DNKLEG", "SWEGOV")
    sealed = _one("Vietnam and Cambodia sealed a border agreement on Friday.", nlp)
    assert (sealed.event_type, sealed.source.code, sealed.target.code) == ("SUPPORT", "VNM", "KHM")
    drill = _one("Poland began a large military maneuver near the border.", nlp)
    assert (drill.event_type, drill.trigger.text, drill.source.code) == ("MOBILIZE", "maneuver", "POL")
    assert _events("The political maneuvering between Egypt and Sudan could harm Libya.", nlp) == ()


def test_holding_accountable_blocking_a_deal_and_targeting_troops_are_read_by_their_object(nlp):
    held = _one("Chile held Peru accountable for the oil spill.", nlp)
    assert (held.event_type, held.trigger.text, held.source.code, held.target.code) == ("ACCUSE", "held", "CHL", "PER")
    blocked = _one("The Polish parliament blocked the Ukrainian grain deal.", nlp)
    assert (blocked.event_type, blocked.source.code, blocked.target.code) == ("REJECT", "POLLEG", "UKR")
    road = _one("Protesters blocked the main road to the Syrian border.", nlp)
    assert road.event_type == "PROTEST"
    targeted = _one("Ghanaian peacekeepers in Lebanon were targeted by gunmen.", nlp)
    assert (targeted.event_type, targeted.source.span.text, targeted.target.code) == ("ASSAULT", "gunmen", "GHAMIL")


def test_an_offensive_unleashed_is_the_offensive(nlp):
    event = _one("The Georgian army unleashed an offensive against the rebels.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code) == ("ASSAULT", "offensive", "GEOMIL")


def test_taking_to_twitter_is_no_protest_taking_to_the_streets_is(nlp):
    event = _one("The Kenyan president took to Twitter to praise Uganda.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("SUPPORT", "praise", "KENGOV", "UGA")
    streets = _one("Thousands of Chileans took to the streets of Santiago.", nlp)
    assert (streets.event_type, streets.source.code) == ("PROTEST", "CHL")


def test_crediting_championing_sparring_and_booing_are_coded(nlp):
    credited = _one("The Serbian foreign minister credited Hungary with saving the talks.", nlp)
    assert (credited.event_type, credited.source.code, credited.target.code) == ("SUPPORT", "SRBGOV", "HUN")
    assert _one("The Bolivian president championed Peru's bid for the summit.", nlp).event_type == "SUPPORT"
    sparred = _one("Chile and Bolivia sparred over the water treaty.", nlp)
    assert (sparred.event_type, sparred.source.code, sparred.target.code) == ("ACCUSE", "CHL", "BOL")
    booed = _one("The Greek premier was booed by Albanian protesters.", nlp)
    assert (booed.event_type, booed.source.code, booed.target.code) == ("ACCUSE", "ALBCVL", "GRCGOV")


def test_one_named_person_attacking_another_is_words_a_country_or_an_official_attacked_by_gunmen_is_force(nlp):
    words = _one("Kenyan senator Mary Wanjiru attacked Governor Peter Otieno at a rally on Monday.", nlp)
    assert (words.event_type, words.source.code, words.target.code) == ("ACCUSE", "KENLEG", "KENGOV")
    assert words.target.span.text == "Governor Peter Otieno"
    assert _one("Erdogan attacked Syria in February.", nlp).event_type == "ASSAULT"
    assert _one("Gunmen attacked the mayor of Kandahar.", nlp).event_type == "ASSAULT"


def test_giving_is_aid_only_when_money_goods_or_arms_are_given(nlp):
    # gifts: "gave her more time" is no aid; "given that ..." is no act
    aid = _one("The Japanese government gave Laos two tonnes of rice for its schools.", nlp)
    assert (aid.event_type, aid.trigger.text, aid.source.code, aid.target.code) == ("AID", "gave", "JPNGOV", "LAO")
    tents = _one("Turkey gave Syrian refugees tents and blankets.", nlp)
    assert (tents.event_type, tents.source.code) == ("AID", "TUR")
    assert _events("The new law gives the Kenyan president more time to reform the police.", nlp) == ()
    assert _events("Turnout rose, especially given that the Kenyan polls opened late.", nlp) == ()


def test_a_text_named_before_its_release_in_a_relative_clause_is_no_release_of_persons(nlp):
    assert _events("The Peruvian minister quoted figures from a report that Chile released.", nlp) == ()
    assert _events("The Peruvian minister quoted figures from the report Chile released.", nlp) == ()
    assert _one("The prisoners that Cuba released arrived in Miami.", nlp).event_type == "RETREAT"


def test_the_party_of_a_light_verbs_event_is_named_by_the_light_verbs_preposition(nlp):
    # "made a plea to X": the parser hangs "to X" on "made", not on the plea
    plea = _one("Chile made a plea to Bolivia for calm.", nlp)
    assert (plea.event_type, plea.trigger.text, plea.source.code, plea.target.code) == ("REQUEST", "plea", "CHL", "BOL")
    assert plea.target.span.text == "Bolivia"
    offer = _one("Norway made an offer to Sweden on the border crossings.", nlp)
    assert (offer.event_type, offer.source.code, offer.target.code) == ("AGREE", "NOR", "SWE")
    assured = _one("Kenya gave assurances to Uganda about the pipeline.", nlp)
    assert (assured.event_type, assured.source.code, assured.target.code) == ("AGREE", "KEN", "UGA")


def test_a_call_for_someone_to_act_is_a_request_of_them(nlp):
    issued = _events("Ghana issued a call for Togo to withdraw.", nlp)
    assert [(e.event_type, e.trigger.text, e.source.code, e.target.code) for e in issued][0] == ("REQUEST", "call", "GHA", "TGO")
    renewed = _one("Ghana renewed its call for Togo to lift the blockade.", nlp)
    assert (renewed.event_type, renewed.source.code, renewed.target.code) == ("REQUEST", "GHA", "TGO")


def test_inmates_and_convicts_are_prisoners(nlp):
    # CAMEO's agent of the imprisoned, CRM, by any of its common names
    for noun in ("prisoners", "inmates", "convicts"):
        freed = _one(f"Chile freed twelve Bolivian {noun} on Monday.", nlp)
        assert (freed.event_type, freed.source.code, freed.target.code, freed.target.span.text) == ("RETREAT", "CHL", "BOLCRM", f"twelve Bolivian {noun}")


def test_an_attack_on_a_rival_or_written_as_a_noun_between_people_is_words(nlp):
    verb = _one("The Kenyan senator attacked her opponent in the governor's race.", nlp)
    assert (verb.event_type, verb.trigger.text, verb.source.code, verb.target.span.text) == ("ACCUSE", "attacked", "KENLEG", "her opponent")
    noun = _one("The Kenyan senator's attack on her rival drew applause.", nlp)
    assert (noun.event_type, noun.trigger.text, noun.source.code) == ("ACCUSE", "attack", "KENLEG")
    plan = _one("The Kenyan senator's attack on the budget plan drew applause.", nlp)
    assert (plan.event_type, plan.source.code) == ("ACCUSE", "KENLEG")
    # armed rivals and a country attacked stay force
    assert _one("Somali rebels attacked their rivals near the port.", nlp).event_type == "ASSAULT"
    assert _one("The Kenyan army's attack on Somali rebels killed ten.", nlp).event_type == "ASSAULT"


def test_an_act_whose_toll_a_verb_gives_is_the_event_with_its_own_parties(nlp):
    # "X's attack on Y killed dozens": the attack is the act (X on Y), the killing its toll
    event = _one("Kenya's attack on Somali rebels killed dozens.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("ASSAULT", "attack", "KEN", "SOMREB")
    assert event.target.span.text == "Somali rebels"
    # no one named in the noun: the killing as before, by the place it happened in
    bombing = _one("A bombing near the town of Kandahar killed six people.", nlp)
    assert (bombing.event_type, bombing.trigger.text) == ("ASSAULT", "killed")


def test_a_states_envoy_meeting_anothers_minister_is_the_meeting_not_a_toll(nlp):
    # "X's envoy met Y's minister": the envoy (a CONSULT noun) with its owner is no act whose toll the verb gives
    event = _one("Kenya's envoy met Uganda's foreign minister in Kampala to discuss the border.", nlp)
    assert (event.event_type, event.trigger.text) == ("CONSULT", "met")
    assert (event.source.span.text, event.source.code[:3], event.target.code[:3]) == ("Kenya's envoy", "KEN", "UGA")
    plain = _one("The Kenyan envoy met Uganda's foreign minister in Kampala.", nlp)
    assert (plain.event_type, plain.source.code[:3], plain.target.code[:3]) == ("CONSULT", "KEN", "UGA")


def test_a_body_keeping_someone_from_an_act_refuses_it_protesters_keeping_them_out_protest(nlp):
    barred = _one("The Kenyan senate blocked the president from appointing a new judge.", nlp)
    assert (barred.event_type, barred.trigger.text, barred.source.code, barred.target.code) == ("REJECT", "blocked", "KENLEG", "KENGOV")
    crowd = _one("Kenyan protesters blocked the minister from entering the building.", nlp)
    assert (crowd.event_type, crowd.source.code) == ("PROTEST", "KENCVL")


def test_beating_a_rival_at_the_polls_is_no_attack(nlp):
    assert _events("The Kenyan opposition beat the ruling party at the polls.", nlp) == ()
    assert _events("The Kenyan president defeated his rival in the election.", nlp) == ()
    assert _one("Kenyan troops defeated the rebels in a battle near the border.", nlp).event_type == "ASSAULT"


def test_failing_to_act_is_the_act_not_done_not_a_refusal(nlp):
    # the PLOVER manual keeps negation a context of the act: "failed to storm" is the assault, negated
    failed = _one("Kenyan troops failed to storm the Somali town.", nlp)
    assert (failed.event_type, failed.trigger.text, failed.negation, failed.source.code) == ("ASSAULT", "storm", True, "KENMIL")
    # a cooperative act not done is refused, as "did not approve" is
    loan = _one("Kenya failed to approve the loan to Uganda.", nlp)
    assert (loan.event_type, loan.trigger.text, loan.negation, loan.source.code, loan.target.code) == ("REJECT", "approve", True, "KEN", "UGA")


def test_an_act_yet_to_happen_is_the_act_not_done_as_its_plain_negation_is(nlp):
    # "has yet to meet" is no obligation ("has to meet": a demand) and "is yet to visit" no timetable ("is to visit")
    for not_yet, negated in (("The Brazilian president has yet to meet the Argentine leader, officials said.",
                              "The Brazilian president has not met the Argentine leader, officials said."),
                             ("The Norwegian foreign minister is yet to visit Kenya.", "The Norwegian foreign minister has not visited Kenya."),
                             ("Kenyan troops have yet to withdraw from the Somali town.", "Kenyan troops have not withdrawn from the Somali town.")):
        pending, plain = _one(not_yet, nlp), _one(negated, nlp)
        assert (pending.event_type, pending.negation, pending.future) == (plain.event_type, True, False)
        assert (pending.source.code, pending.target.code) == (plain.source.code, plain.target.code)
    meeting = _one("The Brazilian president has yet to meet the Argentine leader, officials said.", nlp)
    assert (meeting.trigger.text, meeting.source.code, meeting.target.code) == ("meet", "BRAGOV", "ARGGOV")
    # an obligation stays a demand of the one who states it
    owed = _one("Chile has to sign the treaty with Peru, Bolivia said.", nlp)
    assert (owed.event_type, owed.source.code, owed.target.code) == ("REQUEST", "BOL", "CHL")


def test_a_people_named_with_another_nationality_is_of_the_country_that_nationality_names(nlp):
    # "Croatian Serbs" live in Croatia: the PLOVER records code such groups by the modifier's country
    event = _one("Croatian Serbs demanded a ceasefire with the Croatian army.", nlp)
    assert (event.event_type, event.source.code, event.source.span.text) == ("REQUEST", "HRV", "Croatian Serbs")
    albanians = _one("Macedonian Albanians protested against the new language law.", nlp)
    assert (albanians.event_type, albanians.source.code) == ("PROTEST", "MKD")
    # a people named alone keeps its own country
    assert _one("Serbs demanded a ceasefire with the Croatian army.", nlp).source.code == "SRB"


def test_a_dateline_at_the_seat_of_a_body_the_story_names_places_no_one(nlp):
    # a story filed from where an international body sits is often the body's: "the spokesman" there is not the host's
    events = _events("Media row\nBRUSSELS, March 4 (Example Wire) — The spokesman criticized Hungary over its new media law "
                     "on Friday, a week after the European Union opened an inquiry.", nlp)
    criticized = [e for e in events if e.trigger.text == "criticized"]
    assert [(e.event_type, e.source.code, e.target.code) for e in criticized] == [("ACCUSE", "GOV", "HUN")]
    # the same city with no such body named: its country, as before
    local = _events("Strike ends\nBRUSSELS, March 4 (Example Wire) — The prime minister criticized the unions on Friday.", nlp)
    assert [(e.event_type, e.source.code) for e in local if e.trigger.text == "criticized"] == [("ACCUSE", "BELGOV")]


def test_withdrawing_from_a_place_is_a_retreat_from_talks_a_sanction(nlp):
    town = _one("Chadian rebels withdrew from the town of Abeche on Sunday.", nlp)
    assert (town.event_type, town.source.code) == ("RETREAT", "TCDREB")
    assert _one("Chad withdrew from the talks with Niger.", nlp).event_type == "SANCTION"


def test_passives_whose_parse_hides_the_parties(nlp):
    # the tagger reads "Aid" as a verb (a clausal passive subject): the agent is still the source, "to X" the target
    aid = _one("Aid to Chad was suspended by Niger.", nlp)
    assert (aid.event_type, aid.source.code, aid.target.code) == ("SANCTION", "NER", "TCD")
    # "between" hung on the place of the talks
    talks = _one("Talks were held in Niamey between Chadian and Nigerien officials.", nlp)
    assert (talks.event_type, talks.source.code, talks.target.code) == ("CONSULT", "TCD", "NER")  # as "talks between" codes them


def test_a_place_hit_by_weapons_is_attacked(nlp):
    event = _one("Chad's capital was hit by Sudanese rockets on Tuesday.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("ASSAULT", "hit", "SDNMIL", "TCD")
    assert _one("Sudanese missiles hit the Chadian border post.", nlp).event_type == "ASSAULT"


def test_a_mandate_without_that_and_a_dictionary_subject_read_as_an_adverb(nlp):
    # "demanded Uganda withdraw": the bare subjunctive asks its subject, with or without "that"
    event = _one("Kenya demanded Uganda withdraw.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "KEN", "UGA")
    # a clause in the past tense reports; no one is asked
    assert _one("Kenya said Uganda withdrew.", nlp).target is None


def test_a_toll_in_the_passive_takes_its_doer_from_the_clause_that_says_how(nlp):
    # "were killed when Y attacked": the attackers of the when-clause did the killing
    events = _events("Five Kenyan soldiers were killed when Somali rebels attacked their post.", nlp)
    killed = [e for e in events if e.trigger.text == "killed"]
    assert [(e.event_type, e.source.code, e.target.code) for e in killed] == [("ASSAULT", "SOMREB", "KENMIL")]


def test_an_act_in_a_clause_of_time_is_done_by_the_subject_of_the_clause_it_hangs_on(nlp):
    event = _one("The Kenyan president spoke to reporters after meeting the Ugandan premier.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("CONSULT", "meeting", "KENGOV", "UGAGOV")


def test_fighting_between_two_sides_as_a_gerund_subject_and_nationalities_read_as_noun_modifiers(nlp):
    fighting = [e for e in _events("Fighting between Kenyan and Somali forces killed five.", nlp) if e.trigger.text == "Fighting"]
    assert [(e.event_type, e.source.code, e.target.code) for e in fighting] == [("ASSAULT", "KEN", "SOM")]


def test_a_phrasal_verb_is_read_by_its_lemma_not_its_surface_word(nlp):
    # "wound up" is "wind up" (end), not "wound" (injure): the visit it ends is the event
    event = _one("Ghana's president wound up a visit to Togo on Sunday.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("CONSULT", "visit", "GHAGOV", "TGO")
    assert _one("Ghanaian troops wounded two Togolese soldiers.", nlp).event_type == "ASSAULT"


def test_a_diplomatic_mission_ordered_out_is_expelled_not_deported(nlp):
    # ordering diplomats or inspectors out is the expulsion of a mission (SANCTION, as "expelled the ambassador"); others: COERCE
    for text in ("Chile ordered the Bolivian ambassador to leave within 48 hours.", "Peru ordered two Ecuadorian envoys out of the country.",
                 "Bolivian diplomats were ordered to leave by Chile."):
        event = _one(text, nlp)
        assert (event.event_type, event.mode, event.trigger.text) == ("SANCTION", "expel", "ordered"), text
        assert event.target.code.startswith(("BOL", "ECU")), text
    migrants = _one("Chile ordered Bolivian migrants to leave.", nlp)
    assert (migrants.event_type, migrants.mode) == ("COERCE", "deport")


def test_a_weapon_is_no_sector_of_its_own(nlp):
    # a state's weapons are fired by its military; an armed body's are its own
    rockets = _one("Sudanese rockets hit a Chadian border post.", nlp)
    assert (rockets.event_type, rockets.source.code, rockets.source.text) == ("ASSAULT", "SDNMIL", "Sudanese rockets")
    assert _one("Government artillery shelled rebel positions near the border.", nlp).source.code == "MIL"
    assert _one("Rebel artillery shelled a Chadian border town.", nlp).source.code.endswith("REB")
    assert _one("Rockets hit a Chadian border post.", nlp).source is None


def test_a_visit_on_a_reported_timetable_without_its_verb_is_the_visit_ahead(nlp):
    # "is due in X" is "is due to visit X" without its verb; a present tense with a time ahead is a timetable too; a
    # visit ahead is AGREE (an intent to meet), as "will visit" is
    for text, code in (("The Malian foreign minister is due in Dakar on Tuesday.", ("MLIGOV", "SEN")),
                       ("The Kenyan president is expected in Kampala next week.", ("KENGOV", "UGA")),
                       ("Norway's prime minister arrives in Stockholm tomorrow.", ("NORGOV", "SWE"))):
        event = _one(text, nlp)
        assert (event.event_type, event.mode, event.future, event.source.code, event.target.code) == ("AGREE", "visit", True, *code), text
    assert _one("Norway's prime minister arrived in Stockholm on Monday.", nlp).future is False
    # no traveller of standing, or no other country: no visit
    assert not _events("Heavy rain is expected in Kampala next week.", nlp)
    assert not _events("The Kenyan president is due in Nairobi on Tuesday.", nlp)


def test_a_hyphenated_pair_before_an_event_noun_names_its_two_parties(nlp):
    # headline wording: "X-Y talks" is talks between X and Y, as "talks between X and Y" is
    for text, trigger, kind in (("Kenya-Uganda border talks", "talks", "CONSULT"),
                                ("Kenyan-Ugandan talks resumed on Monday.", "talks", "CONSULT"),
                                ("The Ghana-Togo trade accord was signed on Monday.", "signed", "SUPPORT")):
        event = _one(text, nlp)
        assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == (kind, trigger, *(
            ("GHA", "TGO") if "Ghana" in text else ("KEN", "UGA"))), text
    assert _one("Kenya-Uganda border talks", nlp).source.text == "Kenya"


def _by_trigger(text: str, trigger: str, nlp):
    found = [e for e in _events(text, nlp) if e.trigger.text == trigger]
    assert len(found) == 1, [(e.event_type, e.trigger.text) for e in _events(text, nlp)]
    return found[0]


def _dyad_of(event):
    return (event.event_type, event.source.code if event.source else None, event.target.code if event.target else None)


def test_a_recall_expulsion_or_closure_written_as_a_noun_is_coded_as_its_verb(nlp):
    # the one whose envoy is recalled recalls, from where the envoy is posted; an expulsion's agent hangs on the expelled
    assert _dyad_of(_by_trigger("Kenya announced the recall of its ambassador to Uganda.", "recall", nlp)) == ("SANCTION", "KEN", "UGA")
    assert _dyad_of(_by_trigger("The recall of the Kenyan ambassador to Uganda was confirmed.", "recall", nlp)) == ("SANCTION", "KEN", "UGA")
    assert _dyad_of(_by_trigger("The recall of Kenya's envoy to Uganda was announced on Friday.", "recall", nlp)) == ("SANCTION", "KEN", "UGA")
    expelled = _by_trigger("The expulsion of two Ugandan diplomats by Kenya was condemned on Monday.", "expulsion", nlp)
    assert _dyad_of(expelled)[:2] == ("SANCTION", "KEN") and expelled.target.code.startswith("UGA")
    closed = _by_trigger("Kenya announced the closure of its embassy in Uganda.", "closure", nlp)
    assert (_dyad_of(closed), closed.mode) == (("SANCTION", "KEN", "UGA"), "withdraw")
    assert not [e for e in _events("The recall of the faulty cars was announced.", nlp) if e.trigger.text == "recall"]


def test_a_ban_imposed_on_a_party_is_the_ban_not_a_sanction(nlp):
    # a light verb that is a trigger of its own carries its object's event when the noun's pattern names what it is about
    ban = _by_trigger("Kenya's high court imposed a ban on the opposition party.", "imposed", nlp)
    assert (ban.event_type, ban.mode) == ("COERCE", "ban")
    assert _by_trigger("Kenya imposed sanctions on Uganda.", "imposed", nlp).event_type == "SANCTION"


def test_the_agent_of_an_order_to_leave_hangs_on_the_infinitive(nlp):
    # "were ordered to leave by X": the parser hangs "by X" on "leave"; X orders
    diplomats = _by_trigger("Two Ugandan diplomats were ordered to leave by Kenya.", "ordered", nlp)
    assert (diplomats.event_type, diplomats.mode, diplomats.source.code) == ("SANCTION", "expel", "KEN")
    traders = _by_trigger("Dozens of Ugandan traders were forced to leave by Kenya.", "forced", nlp)
    assert (traders.event_type, traders.source.code) == ("COERCE", "KEN")


def test_a_measure_reported_in_the_passive_is_enacted_by_the_one_who_reports_it(nlp):
    assert _dyad_of(_by_trigger("Kenya announced new sanctions would be imposed on Uganda.", "imposed", nlp)) == ("SANCTION", "KEN", "UGA")
    # said, not announced, and with no date it takes effect: a measure ahead is Kenya's threat (twenty-sixth pass)
    assert _dyad_of(_by_trigger("Kenya said new sanctions would be imposed on Uganda.", "imposed", nlp)) == ("THREATEN", "KEN", "UGA")
    banned = _by_trigger("Kenya's interior ministry announced that opposition rallies were banned.", "banned", nlp)
    assert (banned.event_type, banned.source.code) == ("COERCE", "KENGOV")
    # the reporter is whom the measure is on, or no one reports it: no imposer named
    assert not [e for e in _events("Uganda said sanctions had been imposed on it unfairly.", nlp) if e.source is not None]
    assert _by_trigger("Sanctions were imposed on Uganda last year.", "imposed", nlp).source is None


def test_headline_talks_whose_verb_is_read_as_a_noun_or_an_adjective(nlp):
    # "X-Y talks open": "talks" tagged as the verb; "Talks open between", "X and Y open talks": "open" read as an adjective;
    # "talks between X and Y opened": the opening is a phase of the talks, coded with their parties
    for text in ("Kenya-Uganda talks open in Geneva.", "Talks open between Kenya and Uganda.", "Kenya and Uganda open talks in Geneva.",
                 "Talks between Kenya and Uganda opened in Addis Ababa.", "Kenya-South Sudan talks open in Geneva."):
        talks = _by_trigger(text, "talks" if "talks" in text else "Talks", nlp)
        assert talks.event_type == "CONSULT", text
        assert {talks.source.code, talks.target.code} == ({"KEN", "SSD"} if "South" in text else {"KEN", "UGA"}), text
    # a verb whose own subject is an event of another type stays the verb's ("peacekeepers arrived": aid)
    assert _by_trigger("Kenyan peacekeepers arrived in Somalia.", "arrived", nlp).event_type == "AID"


def test_goods_sent_to_a_country_are_aid_whatever_they_are_called(nlp):
    for text, trigger in (("Kenya sent ventilators to Uganda.", "sent"), ("Kenya dispatched tents and rice to Uganda.", "dispatched"),
                          ("Kenya rushed generators and blankets to Uganda.", "rushed")):
        assert _dyad_of(_by_trigger(text, trigger, nlp)) == ("AID", "KEN", "UGA"), text
    assert _by_trigger("Kenya sent troops to Uganda.", "sent", nlp).event_type == "MOBILIZE"  # the pattern that names its object


def test_reinforcements_rushed_presence_strengthened_and_a_leader_jetting_off(nlp):
    assert _by_trigger("Kenya rushed reinforcements to the Ugandan border.", "rushed", nlp).event_type == "MOBILIZE"
    assert _by_trigger("Kenya strengthened its military presence on the border.", "strengthened", nlp).event_type == "MOBILIZE"
    jetted = _by_trigger("The Kenyan president jetted to Kampala for talks.", "jetted", nlp)
    assert (jetted.event_type, jetted.mode, jetted.target.code) == ("CONSULT", "visit", "UGA")


def test_a_request_is_of_the_one_asked_before_what_it_asks_for(nlp):
    # "called for X to release the prisoners": X is asked, not the prisoners its purpose clause names
    assert _dyad_of(_by_trigger("Kenya called for Uganda to release the prisoners.", "called", nlp)) == ("REQUEST", "KEN", "UGA")


def test_an_accusation_in_a_that_clause_is_of_its_subject(nlp):
    for text, trigger in (("Kenya charged that Uganda had violated the truce.", "charged"),
                          ("Kenya complained that Uganda had violated its airspace.", "complained")):
        assert _dyad_of(_by_trigger(text, trigger, nlp)) == ("ACCUSE", "KEN", "UGA"), text


def test_a_reporter_confirming_its_own_diplomatic_measure_takes_it(nlp):
    # "confirmed", "revealed": the one who reports a recall, expulsion or closure with no other doer named takes it
    assert _dyad_of(_by_trigger("Kenya confirmed the recall of its envoy to Uganda.", "recall", nlp)) == ("SANCTION", "KEN", "UGA")
    assert _dyad_of(_by_trigger("Peru confirmed the recall of its ambassador from Chile.", "recall", nlp)) == ("SANCTION", "PER", "CHL")
    expelled = _by_trigger("Ecuador revealed the expulsion of a Colombian diplomat.", "expulsion", nlp)
    assert _dyad_of(expelled)[:2] == ("SANCTION", "ECU") and expelled.target.code.startswith("COL")
    # the event's own doer wins; an attack its reporter confirms is not the reporter's
    by_other = _by_trigger("Kenya confirmed the expulsion of two diplomats by Uganda.", "expulsion", nlp)
    assert by_other.source.code == "UGA"
    assert not [e for e in _events("Ghana confirmed the attack on Togo.", nlp) if e.source is not None and e.source.code == "GHA"]


def test_diplomats_told_to_leave_are_expelled(nlp):
    told = _by_trigger("Two Ugandan diplomats were told to leave Kenya.", "told", nlp)
    assert (told.event_type, told.mode, told.source.code, told.target.code[:3]) == ("SANCTION", "expel", "KEN", "UGA")
    by = _by_trigger("Three Togolese diplomats were told to leave the country by Ghana.", "told", nlp)
    assert _dyad_of(by)[:2] == ("SANCTION", "GHA")
    # telling a state to leave talks stays the request
    assert _dyad_of(_by_trigger("Kenya told Uganda to leave the talks.", "told", nlp)) == ("REQUEST", "KEN", "UGA")


def test_headline_talks_read_as_a_verb_with_the_pairs_second_name_as_subject(nlp):
    # "Kenya-Sri Lanka talks open": the parser makes "Lanka" the subject of "talks"
    talks = _by_trigger("Kenya-Sri Lanka talks open in Colombo.", "talks", nlp)
    assert (talks.event_type, talks.source.code, talks.target.code) == ("CONSULT", "KEN", "LKA")


def _sources(text: str, nlp) -> set[str | None]:
    return {e.source.code[:3] if e.source is not None and e.source.code else None for e in _events(text, nlp)}


def test_an_act_done_with_its_own_people_is_the_owner_its_stands_for(nlp):
    # "its" tied to a state only through the reporting verb: the recall, deployment or withdrawal of its own is its act
    assert _dyad_of(_by_trigger("Ghana said the recall of its ambassador from Togo was temporary.", "recall", nlp)) == ("SANCTION", "GHA", "TGO")
    deployed = _by_trigger("Chad said the deployment of its troops to the frontier was defensive.", "deployment", nlp)
    assert (deployed.event_type, deployed.source.code[:3]) == ("MOBILIZE", "TCD")
    # an expulsion of "its" diplomats is done to the reporter, not by it
    assert "GHA" not in _sources("Ghana confirmed the expulsion of its diplomats from Togo.", nlp)


def test_a_measure_confirmed_in_the_passive_is_the_agents(nlp):
    confirmed = _by_trigger("The expulsion of three Togolese diplomats was confirmed by Ghana.", "expulsion", nlp)
    assert _dyad_of(confirmed)[:2] == ("SANCTION", "GHA") and confirmed.target.code.startswith("TGO")
    assert "GHA" not in _sources("The attack on a Togolese patrol was confirmed by Ghana.", nlp)


def test_the_state_people_are_made_to_leave_or_kept_out_of_is_the_doer(nlp):
    asked = _by_trigger("Two Togolese envoys were asked to leave Ghana.", "asked", nlp)
    assert (asked.event_type, asked.mode, asked.source.code, asked.target.code[:3]) == ("SANCTION", "expel", "GHA", "TGO")
    ordered = _by_trigger("The Chilean ambassador was ordered out of Bolivia.", "ordered", nlp)
    assert (ordered.event_type, ordered.source.code, ordered.target.code[:3]) == ("SANCTION", "BOL", "CHL")
    banned = _by_trigger("Four Togolese reporters were banned from entering Ghana.", "banned", nlp)
    assert (banned.event_type, banned.source.code, banned.target.code[:3]) == ("SANCTION", "GHA", "TGO")


def test_an_attack_a_state_announces_is_its_own_only_when_it_launches_it(nlp):
    assert "GHA" not in _sources("Ghana announced the attack on a Togolese convoy.", nlp)
    launched = _by_trigger("Ghana announced an offensive against Togolese rebels.", "offensive", nlp)
    assert (launched.event_type, launched.source.code[:3]) == ("ASSAULT", "GHA")


def test_passive_agents_and_subjects_the_parser_hangs_elsewhere(nlp):
    # "by X" hung on the place the act is from; a place name before its verb read as an adverb; "ties with X" cut
    pulled = _by_trigger("Troops were withdrawn from the disputed village by Chad.", "withdrawn", nlp)
    assert (pulled.event_type, pulled.source.code[:3]) == ("RETREAT", "TCD")
    massed = _events("Ghana and Togo massed troops along their border.", nlp)
    assert {(e.event_type, e.source.code[:3]) for e in massed} == {("MOBILIZE", "GHA"), ("MOBILIZE", "TGO")}
    assert _dyad_of(_by_trigger("Diplomatic ties with Togo were severed by Ghana.", "severed", nlp)) == ("SANCTION", "GHA", "TGO")


def test_a_recalled_envoy_names_the_recalling_state_and_the_post(nlp):
    for text in ("The Ghanaian ambassador to Togo was recalled.", "Ghanaian ambassador to Togo recalled."):
        recalled = _by_trigger(text, "recalled", nlp)
        assert (recalled.event_type, recalled.source.code[:3], recalled.target.code[:3]) == ("SANCTION", "GHA", "TGO"), text


def test_a_warning_of_an_act_ahead_aims_at_that_acts_target(nlp):
    assert _dyad_of(_by_trigger("Ghana warned that it would close its border with Togo.", "warned", nlp)) == ("THREATEN", "GHA", "TGO")
    assert _dyad_of(_by_trigger("Ghana warned that Togo would pay a heavy price.", "warned", nlp)) == ("THREATEN", "GHA", "TGO")
    # a forecast is no threat (twenty-sixth pass; it was a threat aimed at no one before)
    assert not _events("Ghana warned that the drought could hurt trade with Togo.", nlp)


def test_a_protest_at_a_states_mission_is_aimed_at_that_state(nlp):
    # the crowd stands in the host's capital; the embassy or consulate names whom it protests against
    for text, trigger in (("Students rallied outside the Togolese embassy in Accra.", "rallied"),
                          ("Hundreds staged a protest outside the Togolese consulate in Accra.", "staged")):
        protest = _by_trigger(text, trigger, nlp)
        assert (protest.event_type, protest.target.code[:3]) == ("PROTEST", "TGO"), text


def test_a_participle_with_its_agent_is_read_as_the_passive(nlp):
    # "Aid pledged by X to Y arrived": a participle with its agent, also where the tagger reads it as a finite verb
    for text in ("Food aid pledged by Ghana to Togo arrived on Monday.", "Aid pledged by Ghana to Togo arrived in Lome."):
        pledged = _by_trigger(text, "pledged", nlp)
        assert (pledged.source.code[:3], pledged.target.code[:3]) == ("GHA", "TGO"), text


def test_a_decision_to_act_is_its_possessors_act(nlp):
    decided = _by_trigger("Ghana's decision to expel the Togolese ambassador angered Lome.", "expel", nlp)
    assert (decided.event_type, decided.source.code[:3], decided.target.code[:3]) == ("SANCTION", "GHA", "TGO")
    # a power or an inability to act reports no act of the possessor
    assert not [e for e in _events("Ghana's power to detain suspects was curtailed by the court.", nlp) if e.event_type == "COERCE"]


def test_a_pattern_word_as_the_doer_of_a_transitive_verb_is_no_act_on_it(nlp):
    # "recall ambassador" is recalling an envoy; an ambassador who recalls his years abroad recalls no one
    for text in ("The Ghanaian ambassador recalled his years in Lome.", "The Togolese envoy recalled the first talks with Ghana."):
        assert not [e for e in _events(text, nlp) if e.event_type == "SANCTION"], text
    assert _dyad_of(_by_trigger("Ghana recalled its ambassador to Togo.", "recalled", nlp)) == ("SANCTION", "GHA", "TGO")


def test_foreign_people_are_not_placed_in_the_country_named(nlp):
    # the expelling state names where they are told to leave, not whose nationals they are
    told = _by_trigger("Foreign traders were told to leave Ghana.", "told", nlp)
    assert (told.source.code[:3], told.target.text, told.target.code) == ("GHA", "Foreign traders", "BUS")
    # people with no such modifier still take the place the act happens in
    arrested = _by_trigger("Police in Accra arrested protesters.", "arrested", nlp)
    assert arrested.target.code == "GHACVL"


def test_an_embargo_put_or_a_blockade_imposed_is_the_measure_not_a_light_verb_of_put(nlp):
    event = _one("Britain put an arms embargo on Argentina.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("SANCTION", "GBR", "ARG", "put")
    event = _one("Mexico slapped tariffs on Canadian steel.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "MEX", "CAN")
    event = _one("The navy imposed a blockade on the port of Aden.", nlp)
    assert (event.event_type, event.mode, event.target.code) == ("COERCE", "restrict", "YEM")
    assert not _events("The minister put the talks on hold.", nlp)


def test_a_suspension_confirmed_in_the_passive_is_the_confirmer_s_measure(nlp):
    event = _one("The suspension of aid to Nicaragua was confirmed by Sweden.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "SWE", "NIC")
    assert event.trigger.text == "suspension"


def test_a_measure_a_state_says_it_will_take_is_a_threat_unless_announced_or_dated(nlp):
    event = _one("Canada said it would impose sanctions on Iran.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "CAN", "IRN")
    assert event.future is True
    event = _one("Norway told reporters it will ban fish imports from Iceland.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "NOR", "ISL")
    event = _one("Norway said it will ban fish imports from Iceland from Monday.", nlp)
    assert (event.event_type, event.future) == ("SANCTION", False)
    event = _one("Peru announced it would suspend aid to Bolivia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "PER", "BOL")
    event = _one("Canada imposed sanctions on Iran.", nlp)
    assert (event.event_type, event.future) == ("SANCTION", False)


def test_a_visit_by_or_of_a_leader_to_a_state_is_a_visit_to_it(nlp):
    # the parser hangs "to Y" on the visitor, not on the visit
    for text in ("The visit by Brazil's president to Argentina began on Monday.", "The visit of Brazil's president to Argentina began on Monday.",
                 "A visit by the Brazilian foreign minister to Argentina ended without a deal."):
        visit = _by_trigger(text, "visit", nlp)
        assert (visit.event_type, visit.mode, visit.source.code[:3], visit.target.code) == ("CONSULT", "visit", "BRA", "ARG"), text


def test_a_headline_s_comma_joined_pair_of_states_are_both_parties(nlp):
    # "X, Y verb ...": the parser hangs the first name on the verb as an adverb or a second subject
    imposed = [_dyad_of(e) for e in _events("Chile, Peru impose tariffs on Bolivia", nlp)]
    assert sorted(imposed) == [("SANCTION", "CHL", "BOL"), ("SANCTION", "PER", "BOL")]
    condemned = [_dyad_of(e) for e in _events("Ghana, Benin condemn Togo over border raid", nlp)]
    assert sorted(condemned) == [("ACCUSE", "BEN", "TGO"), ("ACCUSE", "GHA", "TGO")]
    drills = _one("Chile, Argentina to hold joint drills", nlp)
    assert {drills.source.code, drills.target.code} == {"CHL", "ARG"}
    # a person addressed is no party ("Minister X, we have an offer for you")
    assert not _events("Minister Okafor, we have a deal for Kenya.", nlp)


def test_a_headline_participle_is_done_to_its_noun_and_expelled_from_names_the_expeller(nlp):
    # "Peruvian minister expelled from Bolivia": the minister (the root noun the participle modifies) is expelled, by Bolivia
    expelled = _one("Peruvian minister expelled from Bolivia", nlp)
    assert (expelled.event_type, expelled.source.code, expelled.target.code) == ("COERCE", "BOL", "PERGOV")
    assert _dyad_of(_one("Peruvian diplomats were expelled from Bolivia.", nlp)) == ("SANCTION", "BOL", "PERGOV")
    # an agent that is no actor leaves the participle's reading open ("firms licensed by it": no act on them)
    assert not _events("Local charities supported by wealthy patrons opened three shelters.", nlp)


def test_a_participle_on_an_envoy_takes_the_sense_the_active_verb_gets_from_its_object(nlp):
    # the noun a participle modifies is the verb's object: expelling diplomats is SANCTION (expel), recalling an envoy too
    expelled = _one("Kenyan diplomats expelled from Ghana", nlp)
    assert (expelled.event_type, expelled.mode, expelled.source.code, expelled.target.code) == ("SANCTION", "expel", "GHA", "KENGOV")
    assert expelled.trigger.text == "expelled"
    # the tagger reads this headline's participle as a past tense: no subject of its own, still a participle
    for text in ("Kenyan ambassador recalled from Ghana", "Kenyan ambassador recalled from Ghana over border row"):
        recalled = _one(text, nlp)
        assert (recalled.event_type, recalled.source.code, recalled.target.code) == ("SANCTION", "KENGOV", "GHA"), text
        assert recalled.trigger.text == "recalled"
    # a minister expelled is no diplomatic measure: the verb's own sense stays
    assert _one("Peruvian minister expelled from Bolivia", nlp).event_type == "COERCE"


def test_a_measure_a_state_decides_it_will_take_is_enacted_by_the_decider(nlp):
    # a decision enacts as an announcement does, and its "it" is the one who decides
    for text, dyad in (("Norway decided it would impose sanctions on Iceland.", ("SANCTION", "NOR", "ISL")),
                       ("Norway has decided that it will ban fish imports from Iceland.", ("SANCTION", "NOR", "ISL")),
                       ("Norway's cabinet resolved that it would freeze the assets of two Icelandic banks.", ("SANCTION", "NORGOV", "ISLBUS"))):
        event = _one(text, nlp)
        assert _dyad_of(event) == dyad, text
        assert event.future is False, text
    # under a condition the decision stays a threat
    assert _dyad_of(_one("Norway decided it would ban fish imports from Iceland if talks fail.", nlp)) == ("THREATEN", "NOR", "ISL")


def test_a_warning_that_forecasts_is_no_threat(nlp):
    # no actor warns, the that-clause is about a thing, or what is warned of is no one's act
    for text in ("Economists warned that Kenya's debt would soon become unpayable.", "The central bank warned that inflation in Ghana will climb.",
                 "Aid agencies warned of famine in Yemen.", "Bankers warned investors that Turkish bonds could lose value."):
        assert not [e for e in _events(text, nlp) if e.event_type == "THREATEN"], text
    # the warner's leverage stays a threat: its act, another actor's, an event, a named consequence or a condition
    for text, dyad in (("Kenya warned Uganda of serious consequences.", ("THREATEN", "KEN", "UGA")),
                       ("Kenya warned of war if Uganda crossed the border.", ("THREATEN", "KEN", "UGA")),
                       ("Ghana warned that sanctions would follow.", ("THREATEN", "GHA", None))):
        assert _dyad_of(_by_trigger(text, "warned", nlp)) == dyad, text


def test_a_general_in_a_civil_title_is_no_military_actor(nlp):
    # "secretary general", "director general" (spaced or hyphened) are officials; a general alone stays military
    for text in ("Mali's membership was suspended by the organization's secretary general.",
                 "The Secretary-General of the African Union suspended Niger.", "The director general criticized Iran."):
        event = _one(text, nlp)
        assert event.source is not None and not event.source.code.endswith("MIL"), text
        assert event.source.code.endswith("GOV"), text
    assert _one("A Nigerian general accused Niger of harbouring rebels.", nlp).source.code == "NGAMIL"


def test_a_hostile_act_foreseen_by_no_actor_is_no_threat_by_its_doer(nlp):
    # analysts, experts, observers foresee; the state named in their clause threatens nothing
    for text in ("Analysts warned that Iran could retaliate against Israel.", "Observers fear that Ethiopia might try to attack Eritrea.",
                 "Many analysts predicted that Venezuela would expel Colombian diplomats.", "Economists expect that Kenya will impose tariffs on Uganda.",
                 "Iran could retaliate against Israel, analysts warned."):
        assert not _events(text, nlp), text
    # the doer's own warning, an actor reporting it, and a past act foreseen by none stay
    assert _dyad_of(_one("Iran warned that it would retaliate against Israel.", nlp)) == ("THREATEN", "IRN", "ISR")
    assert _dyad_of(_one("Iranian officials said Iran could retaliate against Israel.", nlp)) == ("THREATEN", "IRN", "ISR")
    assert _dyad_of(_one("Analysts said Iran retaliated against Israel.", nlp)) == ("ASSAULT", "IRN", "ISR")


def test_envoys_a_participle_acts_on_are_no_mission_and_their_expulsion_is_its_own_act(nlp):
    # "envoys expelled by X left Y": the expulsion, by X, of the envoys; the noun "envoys" sends no one
    for text, dyad in (("Two Dutch envoys expelled by Iran left Tehran on Sunday.", ("SANCTION", "IRN", "NLDGOV")),
                       ("The Kenyan envoy recalled from Uganda landed in Nairobi.", ("SANCTION", "KENGOV", "UGA"))):
        assert [_dyad_of(e) for e in _events(text, nlp)] == [dyad], text
    # a participle on a subject is an act of its own, not a complement of the subject's verb
    assert ("SANCTION", "KEN") in [_dyad_of(e)[:2] for e in _events("Diplomats expelled by Kenya flew to Mogadishu.", nlp)]
    assert _dyad_of(_one("Kenya sent an envoy to Uganda.", nlp)) == ("CONSULT", "KEN", "UGA")


def test_a_measure_agreed_in_a_that_clause_is_coded_beside_the_agreement(nlp):
    # "agreed it would impose ...": the agreement and the sanction it enacts
    for text, trigger, measure in (("Kenya agreed it would impose sanctions on Uganda.", "impose", ("SANCTION", "KEN", "UGA")),
                                   ("Norway agreed that it would freeze the assets of Iranian banks.", "freeze", ("SANCTION", "NOR", "IRNBUS"))):
        assert [_dyad_of(e) for e in _events(text, nlp)] == [("AGREE", measure[1], None), measure], text
        assert _by_trigger(text, trigger, nlp).future is False, text
    # under a condition the measure is not enacted; an agreement to talk is the agreement alone
    assert [_dyad_of(e) for e in _events("Kenya agreed it would impose sanctions on Uganda if the talks failed.", nlp)] == [("AGREE", "KEN", None)]
    assert [_dyad_of(e) for e in _events("Chile agreed to hold talks with Peru.", nlp)] == [("AGREE", "CHL", "PER")]


def test_a_headline_pair_of_a_state_and_its_officials_are_both_parties(nlp):
    # "X, Y ministers meet": the second name places the officials; the comma may hang on the first name
    for text, pair in (("Egypt, Sudan ministers meet over dam dispute", {"EGY", "SDN"}), ("Greece, Turkey foreign ministers meet", {"GRC", "TUR"}),
                       ("Poland, Hungary leaders discuss migration", {"POL", "HUN"})):
        event = _one(text, nlp)
        assert event.event_type == "CONSULT", text
        assert {event.source.code[:3], event.target.code[:3]} == pair, text
    assert not _events("Minister Okafor, our leaders meet today.", nlp)


def test_a_participle_made_the_main_verb_or_acting_on_its_noun_keeps_the_object_sense(nlp):
    # the parser makes "recalled" the verb of the consul: still a recall from Chile, by Norway
    recalled = _by_trigger("The Norwegian consul recalled from Chile arrived home on Sunday.", "recalled", nlp)
    assert (recalled.event_type, recalled.source.code, recalled.target.code) == ("SANCTION", "NORGOV", "CHL")
    # a participle's noun is the object a transitive-only pattern asks for: soldiers captured are arrested, not a place seized
    captured = _by_trigger("Ghanaian soldiers captured by Togo were freed on Tuesday.", "captured", nlp)
    assert (captured.event_type, captured.source.code, captured.target.code) == ("COERCE", "TGO", "GHAMIL")


def test_a_visit_that_times_the_sentence_is_an_event_of_its_own(nlp):
    # "During the visit by X to Y, ...", "After the visit of X's minister to Y, ...", a past visit "before" another act
    for text in ("During the visit by Chile's president to Peru, both sides signed a water deal.",
                 "After the visit of Chile's foreign minister to Peru, the two governments signed a water deal."):
        visit = _by_trigger(text, "visit", nlp)
        assert (visit.event_type, visit.mode, visit.source.code, visit.target.code) == ("CONSULT", "visit", "CHLGOV", "PER"), text
    visited = _by_trigger("Before the Egyptian foreign minister visited Sudan, officials prepared a draft.", "visited", nlp)
    assert (visited.event_type, visited.source.code, visited.target.code) == ("CONSULT", "EGYGOV", "SDN")
    # an act "before" which another is refused is a condition, not done
    assert [e.event_type for e in _events("Kenya refused to talk before Uganda withdraws its troops.", nlp)] == ["REJECT"]


def test_troops_a_participle_moves_are_moved_by_their_own_state(nlp):
    # "X troops withdrawn from Y": X withdraws them from Y (RETREAT); with an agent named, the agent does
    withdrawn = _by_trigger("Kenyan troops withdrawn from Somalia returned to Nairobi.", "withdrawn", nlp)
    assert (withdrawn.event_type, withdrawn.source.code, withdrawn.target.code) == ("RETREAT", "KENMIL", "SOM")
    assert _dyad_of(_one("Kenyan troops withdrawn from Somalia", nlp)) == ("RETREAT", "KENMIL", "SOM")
    assert _dyad_of(_one("Peruvian minister expelled from Bolivia", nlp)) == ("COERCE", "BOL", "PERGOV")


def test_a_measure_agreed_as_an_infinitive_is_coded_beside_the_agreement(nlp):
    # "agreed to impose / freeze / suspend ...": the measure is enacted by the agreement; lifting one is no measure
    for text, trigger, measure in (("Kenya agreed to impose sanctions on Uganda.", "impose", ("SANCTION", "KEN", "UGA")),
                                   ("Kenya agreed to suspend talks with Uganda.", "suspend", ("SANCTION", "KEN", "UGA"))):
        assert _dyad_of(_by_trigger(text, trigger, nlp)) == measure, text
        assert _by_trigger(text, "agreed", nlp).event_type == "AGREE", text
    for text in ("Kenya agreed to impose sanctions on Uganda if the talks failed.", "Kenya agreed to lift sanctions on Uganda."):
        assert [e.event_type for e in _events(text, nlp)] == ["AGREE"], text


def test_troops_under_fire_from_no_one_named_are_fired_on_not_firing(nlp):
    # "came under fire" with no "from": the troops are the target, the attacker unsaid; "by" names the attacker as "from" does
    assert _dyad_of(_one("Peruvian troops came under fire near the Chilean border.", nlp)) == ("ASSAULT", None, "PERMIL")
    assert _dyad_of(_one("Kenyan troops came under attack by Ugandan rebels.", nlp)) == ("ASSAULT", "UGAREB", "KENMIL")


def test_talks_a_trip_is_for_are_its_errand_not_what_is_left(nlp):
    # "left for X for talks": a visit to X ("leave talks" is quitting them only when the talks are its object)
    event = _one("The Peruvian president left for Chile for talks on trade.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code) == ("CONSULT", "visit", "PERGOV", "CHL")
    assert _one("The Kenyan delegation left the talks in Tanzania.", nlp).event_type == "SANCTION"


def test_the_target_of_an_agreed_measure_is_not_the_agreements(nlp):
    # "agreed to impose sanctions on Y": Y is sanctioned, the agreement is with no one named; "agreed it would expel" enacts
    assert [_dyad_of(e) for e in _events("Kenya agreed to impose sanctions on Uganda.", nlp)] == [("AGREE", "KEN", None), ("SANCTION", "KEN", "UGA")]
    assert [_dyad_of(e) for e in _events("Kenya agreed it would expel two Ugandan diplomats.", nlp)] == [
        ("AGREE", "KEN", None), ("SANCTION", "KEN", "UGAGOV")]
    assert [_dyad_of(e) for e in _events("Chile agreed to hold talks with Peru.", nlp)] == [("AGREE", "CHL", "PER")]


def test_a_warner_that_says_it_could_act_against_another_aims_at_it(nlp):
    # the warner's own act under "could" is its threat, aimed at whom the act is against; another's "could" stays a forecast
    for text in ("Peru warned that it could retaliate against Chile.", "Peru warned it could retaliate against Chile."):
        assert _dyad_of(_one(text, nlp)) == ("THREATEN", "PER", "CHL"), text
    assert not _events("Analysts warned that Peru could retaliate against Chile.", nlp)


def test_a_verbless_headline_whose_verb_is_read_as_a_modifier_is_coded(nlp):
    # "X, Y expel envoys": the tagger reads "expel" as a noun on "envoys" and finds no verb; the names before it do the act
    # (a mutual act with no third party named: each expels the other's envoys, both directions, thirtieth pass)
    events = _events("Latvia, Belarus expel envoys", nlp)
    assert {_dyad_of(e) for e in events} == {("SANCTION", "LVA", "BLR"), ("SANCTION", "BLR", "LVA")}
    assert {(e.source.text, e.target.text) for e in events} == {("Latvia", "Belarus"), ("Belarus", "Latvia")}
    two_words = _events("South Sudan, Uganda expel envoys", nlp)
    assert {(e.source.text, e.target.code) for e in two_words} == {("South Sudan", "UGA"), ("Uganda", "SSD")}
    assert not _events("Peace talks in Accra", nlp)  # no name before a verb: no act


def test_railing_heaping_praise_brokering_a_truce_and_giving_hours_to_act(nlp):
    # railing against someone is criticism (CAMEO 111), heaping praise on someone praise (CAMEO 051)
    assert _dyad_of(_one("The Kenyan president railed against Uganda.", nlp)) == ("ACCUSE", "KENGOV", "UGA")
    assert _dyad_of(_one("Kenya heaped praise on Uganda.", nlp)) == ("SUPPORT", "KEN", "UGA")
    # brokering a truce is the broker's agreement with the parties, not a truce between them alone
    assert {_dyad_of(e) for e in _events("Kenya brokered a truce between Uganda and Tanzania.", nlp)} == {("AGREE", "KEN", "UGA"), ("AGREE", "KEN", "TZA")}
    # hours or days given to act are an ultimatum (CAMEO 139); the act demanded is not done
    assert [_dyad_of(e) for e in _events("Kenya gave Uganda 48 hours to withdraw its troops.", nlp)] == [("THREATEN", "KEN", "UGA")]
    assert _dyad_of(_one("Kenya gave Uganda two tonnes of rice.", nlp)) == ("AID", "KEN", "UGA")


def test_an_indirect_question_asks_for_nothing_and_what_it_asks_about_is_not_done(nlp):
    # "asked whether / how ...": a question; the act asked about is not said to happen
    for text in ("The Kenyan president asked whether Uganda would attend the summit.",
                 "The Ugandan president was asked by reporters whether Kenya had sent troops.",
                 "Kenya asked Uganda how the border raid had happened."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("Kenya asked Uganda to release the fishermen.", nlp)) == ("REQUEST", "KEN", "UGA")


def test_declining_to_comment_refuses_no_one(nlp):
    # a source that says nothing; refusing to discuss or to attend stays a refusal
    assert not _events("A spokeswoman for the Kenyan foreign ministry declined to comment.", nlp)
    assert not _events("The Kenyan minister refused to elaborate.", nlp)
    assert _dyad_of(_one("Kenya declined to attend the summit in Uganda.", nlp)) == ("REJECT", "KEN", "UGA")
    # what is left unsaid is not said to happen
    assert not _events("The Kenyan minister declined to say whether Kenya would sign the accord with Uganda.", nlp)


def test_an_admission_in_words_and_a_speech_given_somewhere_yield_nothing(nlp):
    # "conceded that ...", a quote a speaker "conceded": words; conceding land, allowing an act or giving in stay CONCEDE
    assert not _events("The Kenyan minister conceded that Ugandan troops had crossed the border.", nlp)
    assert not _events('"We made mistakes," the Kenyan president conceded.', nlp)
    assert not _events("The Kenyan president gave a speech in Kampala.", nlp)
    for text in ("Kenya conceded the disputed island to Uganda.", "Kenya allowed Ugandan trucks to cross the border.",
                 "Kenya finally gave in to Ugandan demands."):
        assert _one(text, nlp).event_type == "CONCEDE", text


def test_an_official_hitting_back_answers_in_words_and_troops_firing_back_fight(nlp):
    # an official or a person hitting, firing or shooting back retorts (CAMEO 111); troops and states strike back
    assert _dyad_of(_one("The Kenyan president fired back at his Ugandan counterpart.", nlp)) == ("ACCUSE", "KENGOV", "UGAGOV")
    assert _dyad_of(_one("The Kenyan foreign minister shot back at Uganda.", nlp)) == ("ACCUSE", "KENGOV", "UGA")
    assert _dyad_of(_one("Kenyan troops fired back at Ugandan rebels.", nlp)) == ("ASSAULT", "KENMIL", "UGAREB")
    assert _dyad_of(_one("Kenya hit back at Uganda with air strikes.", nlp)) == ("ASSAULT", "KEN", "UGA")


def test_a_headline_pair_expelling_envoys_expels_each_others_or_a_third_partys(nlp):
    # "X, Y expel envoys": a mutual expulsion, both directions; the tagger may read "expel" as a present tense with the
    # second name its subject, or as a noun on "envoys" (which is then no CONSULT of its own)
    for text in ("Peru, Chile expel envoys", "Ghana and Togo expel envoys"):
        events = _events(text, nlp)
        parties = {e.source.code for e in events}
        assert len(events) == 2 and {_dyad_of(e) for e in events} == {("SANCTION", a, b) for a in parties for b in parties if a != b}, text
    # a third party named on the envoys: both expel its envoys
    assert {_dyad_of(e) for e in _events("Ghana, Togo expel Malian envoys", nlp)} == {("SANCTION", "GHA", "MLI"), ("SANCTION", "TGO", "MLI")}
    # a symmetric act stays one dyad, and a headline's venue is no party
    assert [_dyad_of(e) for e in _events("Peru, Chile sign trade deal in Lima", nlp)] == [("SUPPORT", "PER", "CHL")]


def test_troops_of_two_nationalities_clash_with_each_other(nlp):
    # "X, Y troops clash": the comma-joined nationalities are the two sides; "in Z" is where, not a party
    for text in ("Indian, Pakistani troops clash in Kashmir", "Ghanaian, Togolese troops clash on border",
                 "Kenyan and Somali troops clashed in Mogadishu."):
        events = _events(text, nlp)
        assert len(events) == 1 and events[0].event_type == "ASSAULT", text
        # each side is its nationality's military (the brief's lead: "X, Y troops clash" had no military actor)
        assert {events[0].source.code, events[0].target.code} in ({"INDMIL", "PAKMIL"}, {"GHAMIL", "TGOMIL"}, {"KENMIL", "SOMMIL"}), text
    # one side named: the place is still the target
    assert _dyad_of(_one("Kenyan troops clashed in Somalia.", nlp)) == ("ASSAULT", "KENMIL", "SOM")


def test_a_minister_who_left_for_a_capital_visits_it(nlp):
    # the parser reads "left" as a modifier of the minister in a sentence with no other verb
    assert _dyad_of(_one("The Turkish interior minister left for Baghdad for talks on border security.", nlp)) == ("CONSULT", "TURGOV", "IRQ")
    # "left X for Y": Y is visited, not the X left
    assert _dyad_of(_one("Vietnam's prime minister left Hanoi for Tokyo on Monday.", nlp)) == ("CONSULT", "VNMGOV", "JPN")


def test_diplomats_given_days_to_leave_are_expelled(nlp):
    # hours or days given to leave are the order to leave: a mission expelled (SANCTION), other people sent out (COERCE)
    assert [_dyad_of(e) for e in _events("Norway gave three Iranian diplomats 72 hours to leave the country.", nlp)] == [("SANCTION", "NOR", "IRNGOV")]
    assert [_dyad_of(e) for e in _events("Angola gave the French ambassador two days to leave.", nlp)] == [("SANCTION", "AGO", "FRAGOV")]
    # in the passive the state to be left expels them; the envoys are no mission of their own
    assert [_dyad_of(e) for e in _events("Two Belgian envoys have been given 48 hours to leave Rwanda.", nlp)] == [("SANCTION", "RWA", "BELGOV")]
    assert [_dyad_of(e) for e in _events("Kenya gave Somali refugees a month to leave the camp.", nlp)] == [("COERCE", "KEN", "SOMREF")]
    # time given for another act stays an ultimatum
    assert _one("Israel gave Hamas 48 hours to release the hostages.", nlp).event_type == "THREATEN"


def test_force_verbs_in_figures_of_speech_are_no_events(nlp):
    # a contest's prize taken, a show of force that moves no forces, a person's fight for a cause: campaign wording
    for text in ("The governor has locked up endorsements from most of the state party.",
                 "He captured the nomination after a long primary season.",
                 "The former mayor seized the lead in the latest poll.",
                 "The governor stormed to victory in the primary.",
                 "The senator mustered enough zeal to win over the crowd.",
                 "The campaign amassed delegates in the southern primaries.",
                 "The congressman has built up a large war chest.",
                 "She promised to fight for the people of Ohio.",
                 "He has been fighting against corruption for years."):
        assert not _events(text, nlp), text
    # forces, a mission, arms and armed doers keep the act
    assert _one("The army mustered three battalions near the border.", nlp).event_type == "MOBILIZE"
    assert _dyad_of(_one("Serbia mobilized its reservists on Monday.", nlp))[:2] == ("MOBILIZE", "SRB")
    # arming another's fighters: military aid (CAMEO 072; PLOVER AID, "assistance including arms"), MOBILIZE before 2026-12-06
    assert _one("Germany has been training and arming Kurdish fighters in Iraq.", nlp).event_type == "AID"
    assert _dyad_of(_one("Police locked up two journalists overnight.", nlp)) == ("COERCE", "COP", "JRN")
    assert _one("Kenyan troops fought for control of the town.", nlp).event_type == "ASSAULT"
    assert _one("Norway has refused to station observers in Mali.", nlp).event_type == "REJECT"


def test_set_phrases_films_and_contests_won_are_no_force(nlp):
    # an object that makes force a set phrase or a film, whoever does it
    for text in ("The senator struck a chord with her speech on trade.", "The governor hit the campaign trail in Ohio on Monday.",
                 "The grainy video, shot by a trucker at the depot, spread quickly.", "Opposition lawmakers seized the floor on Wednesday."):
        assert not _events(text, nlp), text
    # a named person beaten, or by points, or among voters: a contest won
    for text in ("The mayor beat the senator from Kansas by 12 points in Nevada.", "She has beaten Mr. Harlow handily among young voters.",
                 "He hopes to topple Mrs. Ostrander in the primary."):
        assert not _events(text, nlp), text
    # force stays force: an armed doer, a government toppled, a missile and positions hit
    assert _one("The army defeated the rebels near the border.", nlp).event_type == "ASSAULT"
    assert _one("Protesters toppled the government in 2011.", nlp).event_type == "COERCE"
    assert _dyad_of(_one("Kenyan troops hit rebel positions near the border.", nlp))[:2] == ("ASSAULT", "KENMIL")


def test_help_to_act_and_words_provided_are_no_aid(nlp):
    # helping someone do something gives nothing; details, critiques and reporting are no gifts
    for text in ("He helped conceive a plan for the merger of the two firms.", "This has helped put him within reach of the nomination.",
                 "The candidate provided new details about her tax plan.", "The mayor delivered a blistering critique of the developer.",
                 "A local reporter contributed reporting from Reno.", "Street riots contributed to the senator's loss."):
        assert not _events(text, nlp), text
    # goods, intelligence and refuge given to a state or its people stay aid; a state helped to act is aided
    assert _dyad_of(_one("Japan provided food and medicine to the flood victims in Pakistan.", nlp))[:2] == ("AID", "JPN")
    assert _dyad_of(_one("Norway is providing maps and other military intelligence to Latvia.", nlp)) == ("AID", "NOR", "LVA")
    assert _dyad_of(_one("Sweden provided sanctuary to the Belarusian dissidents.", nlp))[:2] == ("AID", "SWE")
    assert _one("Japan helped Vietnam rebuild its coast guard.", nlp).event_type == "AID"


def test_inking_a_deal_and_embarking_on_a_visit(nlp):
    # "ink" a deal signs it (SUPPORT, as "sign"); embarking on a visit is making it
    assert _dyad_of(_one("Vietnam and the Philippines inked a maritime cooperation deal.", nlp)) == ("SUPPORT", "VNM", "PHL")
    assert _dyad_of(_one("The Kenyan president embarked on a three-day visit to Uganda.", nlp)) == ("CONSULT", "KENGOV", "UGA")


def test_pushing_back_in_words_is_a_retort(nlp):
    # "pushed back against / on" with no one pushed by an unarmed doer answers in words (ACCUSE, as "hit back")
    assert _one("The campaign pushed back against the senator's attack on her record.", nlp).event_type == "ACCUSE"
    # troops pushing back an enemy, or an army against an advance, stay force
    assert _one("Kenyan troops pushed back the rebels from the town.", nlp).event_type == "ASSAULT"
    assert _one("The army pushed back against the rebel advance.", nlp).event_type == "ASSAULT"


def test_a_traveller_with_no_passive_hung_as_a_participle_on_the_root_noun_makes_the_visit(nlp):
    # "embarked" parsed as a participle modifying "minister": embarking has no passive, so the minister embarks
    event = _one("The Kenyan foreign minister embarked on a visit to Ethiopia.", nlp)
    assert (_dyad_of(event), event.mode, event.trigger.text) == (("CONSULT", "KENGOV", "ETH"), "visit", "visit")
    assert (event.source.text, event.target.text) == ("Kenyan foreign minister", "Ethiopia")


def test_a_declaration_of_war_on_a_state_or_an_armed_group_is_a_threat_of_force(nlp):
    # CAMEO 138 / PLOVER THREATEN: words, until force is used
    event = _one("Argentina declared war on Chile.", nlp)
    assert (_dyad_of(event), event.mode, event.trigger.text) == (("THREATEN", "ARG", "CHL"), "violence", "declared")
    assert _dyad_of(_one("The government declared war on the rebels.", nlp)) == ("THREATEN", "GOV", "REB")
    # war declared on a vice or an establishment is a figure of speech
    for text in ("The senator declared war on the establishment.", "Peru declared war on corruption."):
        assert not _events(text, nlp), text


def test_arms_sold_to_a_state_are_military_aid(nlp):
    # PLOVER AID: "military and police assistance including arms"; the buyer is the recipient
    event = _one("Sweden sold fighter jets to Hungary.", nlp)
    assert (_dyad_of(event), event.mode, event.trigger.text) == (("AID", "SWE", "HUN"), "military", "sold")
    assert _dyad_of(_one("Israel sold drones to Azerbaijan.", nlp)) == ("AID", "ISR", "AZE")
    assert _dyad_of(_one("Spain will sell six frigates to Morocco.", nlp)) == ("AGREE", "ESP", "MAR")  # an intention
    assert not _events("The company sold its stake to investors.", nlp)  # other sales are trade


def test_refuge_sought_in_a_state_or_its_embassy_asks_for_asylum(nlp):
    # PLOVER DEMAND (REQUEST): those seeking shelter or refuge in a country ask it; the country is the recipient
    event = _one("The Nicaraguan opposition leader took refuge in the Spanish embassy.", nlp)
    assert (_dyad_of(event), event.trigger.text, event.target.text) == (("REQUEST", "NICOPP", "ESPGOV"), "took", "Spanish embassy")
    assert _dyad_of(_one("Thousands of Sudanese sought refuge in Chad.", nlp)) == ("REQUEST", "SDN", "TCD")
    assert not _events("Residents took refuge in a school.", nlp)  # shelter from danger, no state asked


def test_a_need_or_a_standard_met_is_no_meeting(nlp):
    for text in ("Kenya met the criteria of the lenders.", "The company brought in workers from abroad to meet the labor shortfall."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("The Kenyan president met the Ugandan foreign minister.", nlp)) == ("CONSULT", "KENGOV", "UGAGOV")


def test_blocking_a_release_refuses_it(nlp):
    # WEIS 112: blocking another's act refuses it, no obstruction of passage (PROTEST)
    event = _one("The court blocked the release of the Ugandan prisoners.", nlp)
    assert (event.event_type, event.trigger.text, event.target.text) == ("REJECT", "blocked", "Ugandan prisoners")


def test_a_capital_naming_an_attack_says_where_not_who(nlp):
    assert not _events("After the Nairobi attacks, the president spoke.", nlp)  # no attacker named
    assert _dyad_of(_one("Turkish air strikes hit the town.", nlp))[:2] == ("ASSAULT", "TUR")  # a nationality names the attacker


def test_troops_of_two_nationalities_in_a_headline_are_one_dyad_of_two_militaries(nlp):
    # the comma-joined pair is the two sides: no second dyad from the noun they share
    event = _one("Ethiopian, Eritrean troops clash on border.", nlp)
    assert (_dyad_of(event), event.source.text, event.target.text) == (("ASSAULT", "ETHMIL", "ERIMIL"), "Ethiopian", "Eritrean")


def test_a_view_shared_an_incumbent_challenged_or_fury_summoned_is_no_act(nlp):
    # the object decides: holding a view in common is no exchange; running against an incumbent is no refusal
    for text in ("The senator shares this bleak view of the economy.", "The mayor plans to challenge the incumbent in the autumn."):
        assert not _events(text, nlp), text
    assert not _events("The senator could not summon the fury of his rival.", nlp)  # mustered, no envoy summoned
    event = _one("Kenya summoned the Ugandan ambassador over the incursion.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("ACCUSE", "KEN", "UGAGOV"), "summoned")
    assert _one("Kenya shared intelligence with Uganda.", nlp).event_type == "COOPERATE"
    event = _one("The rebels challenged the Ugandan army.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("REJECT", "UGAREB", "UGAMIL"), "challenged")


def test_a_tie_described_by_a_participle_is_no_act_of_cooperation(nlp):
    for text in ("A political group aligned with the Kenyan opposition bought airtime.",
                 "The union, long aligned with the Kenyan president, said nothing."):
        assert not _events(text, nlp), text
    event = _one("Uganda aligned itself with Kenya on the border dispute.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("COOPERATE", "UGA", "KEN"), "aligned")


def test_a_polls_share_of_respondents_does_no_act(nlp):
    for text in ("Some 41 percent were sure they would back the mayor in the runoff.",
                 "Only a third agreed with the minister on the budget.",
                 "Nearly eight in 10 voters said they would vote against the governor."):
        assert not _events(text, nlp), text
    event = _one("Kenya agreed to support Uganda.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("AGREE", "KEN", "UGA"), "agreed")


def test_a_request_for_comment_asks_for_no_act(nlp):
    # a reporter's question (as "declined to comment" refuses no one)
    for text in ("The Kenyan ministry received several requests for comment.",
                 "The Ugandan minister was asked to comment on the report."):
        assert not _events(text, nlp), text
    for text in ("Kenya asked Uganda to explain the incursion.", "Kenya asked Uganda for help."):
        event = _one(text, nlp)
        assert (_dyad_of(event), event.trigger.text) == (("REQUEST", "KEN", "UGA"), "asked"), text


def test_coordinated_doers_of_a_one_sided_act_are_not_each_others_target(nlp):
    # praising, pledging, voting, committing are each doer's own act, done to whom the sentence names (third pass of 2026-12-05/06)
    events = _events("Peru and Chile praised Bolivia.", nlp)
    assert sorted(_dyad_of(e) for e in events) == [("SUPPORT", "CHL", "BOL"), ("SUPPORT", "PER", "BOL")]
    events = _events("Peru and Chile welcomed the ruling.", nlp)
    assert sorted((e.source.code, e.target) for e in events) == [("CHL", None), ("PER", None)]
    events = _events("Norway, Sweden and Finland pledged aid to Estonia.", nlp)
    assert sorted(_dyad_of(e) for e in events) == [("AGREE", "FIN", "EST"), ("AGREE", "NOR", "EST"), ("AGREE", "SWE", "EST")]
    # an agreement, a signature, a deal reached: one act between the two
    for text, trigger in (("Peru and Chile signed a fisheries treaty.", "signed"), ("Peru and Chile agreed to reopen the border.", "agreed"),
                          ("Peru and Chile reached a deal on water rights.", "reached")):
        event = _one(text, nlp)
        assert (event.source.code, event.target.code, event.trigger.text) == ("PER", "CHL", trigger), text


def test_intelligence_passed_on_is_the_thing_not_the_target(nlp):
    # "intelligence" is also the intelligence services' sector word; shared or given, it goes to whom "with" or "to" names
    for text, kind, trigger in (("Peru shared intelligence with Chile.", "COOPERATE", "shared"),
                                ("Peru agreed to share intelligence with Chile.", "AGREE", "agreed"),
                                ("Peru gave intelligence to Chile.", "AID", "gave")):
        event = _one(text, nlp)
        assert (_dyad_of(event), event.trigger.text, event.target.text) == ((kind, "PER", "CHL"), trigger, "Chile"), text
    event = _one("The Peruvian army shared intelligence with Chilean forces.", nlp)
    assert _dyad_of(event) == ("COOPERATE", "PERMIL", "CHLMIL")
    event = _one("Peruvian intelligence arrested two Chilean men.", nlp)  # the services acting stay an actor
    assert (_dyad_of(event), event.source.text) == (("COERCE", "PERSPY", "CHL"), "Peruvian intelligence")


def test_a_culture_faith_or_border_shared_is_no_cooperation(nlp):
    for text in ("Peru shares a long border with Chile.", "Peru and Bolivia share similar cultures and languages.",
                 "They also share Islam with the Bosniaks."):
        assert not _events(text, nlp), text
    event = _one("Peru shared evidence with Chile.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("COOPERATE", "PER", "CHL"), "shared")


def test_seeking_to_act_is_an_attempt_not_a_request(nlp):
    # "sought to" with an infinitive and no object tries, as "tried to"; the infinitive is coded if it is an act
    assert not _events("The Peruvian minister sought to prove that his figures were right.", nlp)
    event = _one("Peru sought to persuade Chile to withdraw.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("REQUEST", "PER", "CHL"), "persuade")
    for text in ("Peru sought help from Chile.", "Peru sought talks with Chile."):
        event = _one(text, nlp)
        assert (_dyad_of(event), event.trigger.text) == (("REQUEST", "PER", "CHL"), "sought"), text


def test_troops_committed_are_a_deployment_aimed_at_whom_it_names_not_at_the_troops(nlp):
    # committing troops assigns them to an operation (MOBILIZE), not the promise a bare "commit" is; the forces moved
    # are the mover's own, so the target is whom or where they are sent or aimed at, else no one
    events = _events("Norway, Sweden and Finland also committed ground troops.", nlp)
    assert sorted(_dyad_of(e) for e in events) == [("MOBILIZE", "FIN", None), ("MOBILIZE", "NOR", None), ("MOBILIZE", "SWE", None)]
    assert [e.trigger.text for e in events] == ["committed"] * 3
    event = _one("Peru committed two warships to the blockade.", nlp)
    assert _dyad_of(event) == ("MOBILIZE", "PER", None)
    assert _one("Peru committed itself to the peace process.", nlp).event_type == "AGREE"
    for text in ("Peru mobilized its reservists for an expected war with Chile.", "Peru called up reservists ahead of a feared conflict with Chile."):
        event = _one(text, nlp)
        assert (_dyad_of(event), event.target.text) == (("MOBILIZE", "PER", "CHL"), "Chile"), text
    event = _one("Peru massed troops on the Bolivian border.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("MOBILIZE", "PER", "BOL"), "massed")
    assert _dyad_of(_one("Peru deployed troops to Bolivia.", nlp)) == ("MOBILIZE", "PER", "BOL")


def test_blocking_a_states_trade_or_shipping_is_a_blockade_not_a_protest(nlp):
    event = _one("Peru blocked imports from Chile.", nlp)
    assert (_dyad_of(event), event.mode, event.trigger.text) == (("COERCE", "PER", "CHL"), "restrict", "blocked")
    event = _one("Peru admitted that it was trying to block shipping to Bolivia.", nlp)
    assert (_dyad_of(event), event.mode) == (("COERCE", "PER", "BOL"), "restrict")
    event = _one("Protesters blocked the road to the port.", nlp)  # a crowd obstructing passage stays a protest
    assert (event.event_type, event.mode) == ("PROTEST", "obstruct")


def test_the_country_a_phrase_names_before_a_name_speaks_over_a_shared_surnames_link(nlp):
    # "Niger's Salif Amadou" after "King Amadou of Mali": the entity linked by the surname was the king's (MLI)
    events = _events("King Amadou of Mali arrived in Dakar on Monday. Niger's Salif Amadou denounced the Malian plan.", nlp)
    event = next(e for e in events if e.event_type == "ACCUSE")
    assert (event.source.text, event.source.code) == ("Niger's Salif Amadou", "NER")
    events = _events("King Amadou of Mali arrived in Dakar on Monday. The Nigerien president Salif Amadou denounced the Malian plan.", nlp)
    event = next(e for e in events if e.event_type == "ACCUSE")
    assert (event.source.text, event.source.code) == ("Nigerien president Salif Amadou", "NERGOV")
    # a body the name belongs to is no country of it
    event = _one("The senator dismissed NATO member Estonia as a suburb.", nlp)
    assert event.target.code == "EST"


def test_withdrawing_from_a_named_land_is_a_retreat_not_a_break_of_ties(nlp):
    for text in ("Officials said Peru had withdrawn from northern Bolivia.", "Peru withdrew from Bolivia on Monday."):
        event = _one(text, nlp)
        assert (_dyad_of(event), event.mode) == (("RETREAT", "PER", "BOL"), "withdraw"), text
    # wanting to withdraw is intent, as "plans to withdraw" is (fourteenth pass): AGREE ahead, the same parties
    event = _one("Officials said Peru wants to withdraw from northern Bolivia.", nlp)
    assert (_dyad_of(event), event.future) == (("AGREE", "PER", "BOL"), True)
    assert _one("Peru withdrew from the treaty.", nlp).event_type == "SANCTION"
    assert _dyad_of(_one("Peru withdrew from NATO.", nlp)) == ("SANCTION", "PER", "IGO")


def test_whom_a_report_is_according_to_is_no_party_of_the_act(nlp):
    event = _one("The Peruvian army shelled a border village, according to Bolivian officials.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("ASSAULT", "PERMIL", None), "shelled")
    event = _one("Peru sent funds to Bolivia, according to Chilean officials.", nlp)
    assert _dyad_of(event)[1:] == ("PER", "BOL")


def test_the_possessor_of_a_killing_or_an_arrest_is_its_victim(nlp):
    event = _one("Officials said the Peruvian minister's murder shocked the region.", nlp)
    assert (_dyad_of(event), event.target.text, event.trigger.text) == (("ASSAULT", None, "PERGOV"), "Peruvian minister's", "murder")
    event = _one("The Peruvian envoy's abduction by Bolivian rebels shocked the region.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("COERCE", "BOLREB", "PERGOV"), "abduction")
    event = _one("Peru's expulsion of two Bolivian diplomats angered La Paz.", nlp)  # with "of", the possessor acts
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "PER", "BOLGOV")


def test_people_reported_killed_are_the_ones_killed(nlp):
    event = _one("Two Peruvian soldiers were reported killed near the border.", nlp)
    assert (_dyad_of(event), event.target.text) == (("ASSAULT", None, "PERMIL"), "Two Peruvian soldiers")
    event = _one("Two Peruvian soldiers were reported captured by Bolivian rebels.", nlp)
    assert (event.source.code, event.target.code) == ("BOLREB", "PERMIL")


def test_a_named_body_of_water_is_no_actor(nlp):
    # "Persian" is Iran's demonym, but the Persian Gulf is no party of an act done in it
    for text in ("A Peruvian warship is patrolling the Persian Gulf.", "Peru sent warships to the South China Sea.",
                 "Peru sent warships into the Gulf."):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target) == ("MOBILIZE", event.source.code, None), text
    assert _dyad_of(_one("The Gulf Cooperation Council condemned Peru.", nlp)) == ("ACCUSE", "IGO", "PER")


def test_said_to_have_done_is_the_subjects_own_act(nlp):
    event = _one("Peruvian marines were said to have breached the Bolivian lines.", nlp)
    assert event.source.code == "PERMIL"


def test_drug_cartels_are_a_criminal_group_a_state_can_wage_war_on(nlp):
    event = _one("Peru declared war on the drug cartels.", nlp)
    assert (_dyad_of(event), event.mode) == (("THREATEN", "PER", "PERCRM"), "violence")
    event = _one("The drug cartel killed two Peruvian police officers.", nlp)
    assert _dyad_of(event) == ("ASSAULT", "PERCRM", "PERCOP")
    event = _one("Peru threatened to retaliate against the oil cartel.", nlp)  # no criminal group
    assert event.target is None or not event.target.code or "CRM" not in event.target.code
    event = _one("Peruvian police arrested a Bolivian drug lord.", nlp)
    assert _dyad_of(event) == ("COERCE", "PERCOP", "BOLCRM")
    assert not _events("Peru declared war on corruption.", nlp)


def test_a_prisoner_swap_is_between_the_two_sides_not_done_to_the_prisoners(nlp):
    for text, trigger in (("Peru and Chile swapped prisoners on Monday.", "swapped"), ("Peru swapped prisoners with Chile.", "swapped"),
                          ("Peru and Chile carried out a prisoner swap.", "swap"), ("Peru and Chile exchanged prisoners.", "exchanged")):
        event = _one(text, nlp)
        assert (_dyad_of(event), event.trigger.text) == (("RETREAT", "PER", "CHL"), trigger), text
    event = _one("Peru released 20 Chilean prisoners.", nlp)  # a release, not a swap: the prisoners are whom it is done to
    assert _dyad_of(event) == ("RETREAT", "PER", "CHLCRM")


def test_a_request_verb_hung_on_the_root_noun_is_the_nouns_own(nlp):
    # the parser reads "asked" as a modifier of "athletes" in a sentence with no other verb
    event = _one("Two Peruvian athletes asked for asylum in Chile.", nlp)
    assert (_dyad_of(event), event.source.text, event.trigger.text) == (("REQUEST", "PER", "CHL"), "Two Peruvian athletes", "asked")


def test_it_opening_a_sentence_is_the_state_the_sentence_before_was_about(nlp):
    events = _events("Peru denied the charges on Monday. It accused Bolivia of lying.", nlp)
    event = next(e for e in events if e.event_type == "ACCUSE")
    assert (_dyad_of(event), event.source.text) == (("ACCUSE", "PER", "BOL"), "Peru")
    # no named state before: no source; a person before is the person resolver's business
    event = next(e for e in _events("The minister denied the charges. It accused Bolivia of lying.", nlp) if e.event_type == "ACCUSE")
    assert event.source is None
    # shooting oneself in the foot is a figure of speech, no force
    assert not [e for e in _events("Peru denied the charges. It then shot itself in the foot with a new tariff.", nlp) if e.event_type == "ASSAULT"]


def test_a_state_led_coalition_is_that_states(nlp):
    event = _one("The Kenyan-led coalition bombed rebel positions in Somalia.", nlp)
    assert (event.source.text, event.source.code, event.event_type) == ("Kenyan-led coalition", "KEN", "ASSAULT")
    event = _one("A Peruvian-led force attacked Bolivian militants.", nlp)
    assert _dyad_of(event) == ("ASSAULT", "PER", "BOLREB")


def test_coordinated_nationalities_on_one_noun_are_each_a_doer(nlp):
    events = _events("Italian and French diplomats met Libyan officials.", nlp)
    assert sorted(_dyad_of(e) for e in events) == [("CONSULT", "FRAGOV", "LBYGOV"), ("CONSULT", "ITAGOV", "LBYGOV")]
    events = _events("Kenyan and Ugandan officials condemned the attack.", nlp)
    assert sorted(_dyad_of(e) for e in events) == [("ACCUSE", "KENGOV", None), ("ACCUSE", "UGAGOV", None)]
    # a name is one body; a symmetric act with no one else named stays between the two
    event = _one("The Securities and Exchange Commission sued a Kenyan bank.", nlp)
    assert (event.source.text, event.target.code) == ("Securities and Exchange Commission", "KENBUS")
    assert _dyad_of(_one("Kenyan and Ugandan officials discussed trade.", nlp)) == ("CONSULT", "KENGOV", "UGAGOV")


def test_a_plea_in_court_and_what_one_is_protected_from_are_no_parties(nlp):
    for text in ("The Peruvian rebel leader pleaded innocent to charges of treason.", "The two Peruvian officers pleaded not guilty."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("Peru pleaded with Bolivia for help.", nlp)) == ("REQUEST", "PER", "BOL")
    event = _by_trigger("Peru sent troops to protect Bolivia from Chilean attacks.", "protect", nlp)
    assert _dyad_of(event) == ("AID", "PER", "BOL")
    event = _one("Peruvian troops guarded the border from Chilean smugglers.", nlp)
    assert event.target is None or event.target.code[:3] != "CHL"


# fourth pass, 2026-12-06: business newswire (TimeBank WSJ documents read unlabelled); sentences written for the tests


def test_a_share_price_closing_down_is_no_closure(nlp):
    for text in ("Zentara Holdings closed at $31.50, down 75 cents.", "Zentara closed down $2.125 at $40.25 in Tokyo trading on Friday."):
        assert not _events(text, nlp), text
    event = _one("Peru closed down its embassy in Bolivia.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("SANCTION", "PER", "BOL"), "closed")


def test_an_amount_that_declines_is_no_refusal(nlp):
    for text in ("Kenyan coffee exports declined sharply in the second half.",
                 "The Kenyan bank's profit declined to $4.1 million from $7.9 million.",
                 "The Chilean miner's shares retreated 4% to $12."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("Peru declined the Bolivian offer of talks.", nlp)) == ("REJECT", "PER", "BOL")
    assert _dyad_of(_one("The Kenyan minister declined to attend the summit in Kampala.", nlp))[0] == "REJECT"
    events = _events("The Bolivian envoy offered talks, but the Kenyan ministry declined.", nlp)
    assert [e.event_type for e in events if e.trigger.text == "declined"] == ["REJECT"]


def test_an_accounting_charge_is_no_accusation(nlp):
    for text in ("The Kenyan bank had 40 million shillings of extraordinary charges last year.",
                 "The Chilean insurer charged about $12 million against earnings in the period."):
        assert not _events(text, nlp), text
    event = _one("Kenyan prosecutors charged the former Ugandan minister with fraud.", nlp)
    assert (event.event_type, event.mode, event.trigger.text) == ("ACCUSE", "allege", "charged")


def test_a_forecast_or_an_outcome_is_no_request_or_refusal(nlp):
    for text in ("Analysts expect the Chilean miner to post a loss this year.",
                 "The bank expects its profit to fall in the coming year.",
                 "The Peruvian firm failed to come up with a new product."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("Germany expects Serbia to honour the ceasefire agreement.", nlp)) == ("REQUEST", "DEU", "SRB")
    event = _one("Peru and Bolivia failed to reach agreement on the border.", nlp)
    assert (event.event_type, event.negation) == ("REJECT", True)


def test_a_war_of_prices_or_bids_is_no_fighting(nlp):
    for text in ("A price war between the two Chilean airlines broke out in May.", "A bidding war for the Peruvian brewer now looks unlikely."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("The war between Peru and Bolivia lasted three years.", nlp)) == ("ASSAULT", "PER", "BOL")


def test_a_thing_received_is_no_visit_and_trades_executed_no_killing(nlp):
    for text in ("The Chilean bank received a $30-a-share offer from a buyout group.",
                 "The Peruvian firm received antitrust clearance to raise its stake.",
                 "The Lima broker executes program trades for its clients.",
                 "The Chilean retailer hopes to overcome weakness in its home market."):
        assert not _events(text, nlp), text
    event = _one("The Kenyan president received the Ugandan foreign minister in Nairobi.", nlp)
    assert (_dyad_of(event), event.mode) == (("CONSULT", "KENGOV", "UGAGOV"), "visit")
    assert _dyad_of(_one("Iran executed two British citizens accused of spying.", nlp))[:2] == ("ASSAULT", "IRN")


def test_goods_a_firm_ships_are_no_aid(nlp):
    for text in ("The Chilean maker began shipping a new tablet in May.", "The Peruvian firm plans to ship a faster laptop next year."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("Ukraine shipped grain to Egypt.", nlp)) == ("AID", "UKR", "EGY")


def test_figures_bolstered_are_no_show_of_force(nlp):
    assert not _events("The Kenyan bank's net income rose 30%, bolstered by gains on its bond holdings.", nlp)
    assert _dyad_of(_one("Three Kenyan warships are stationed within range of Somalia.", nlp))[0] == "MOBILIZE"
    assert _dyad_of(_one("Israel bolstered its forces along the border with Syria.", nlp)) == ("MOBILIZE", "ISR", "SYR")


def test_a_regulator_clearing_a_deal_approves_it(nlp):
    events = _events("Chilean and Peruvian regulators have cleared the merger of the two airlines.", nlp)
    assert sorted((e.event_type, e.trigger.text, e.source.code) for e in events) == [("SUPPORT", "cleared", "CHL"), ("SUPPORT", "cleared", "PER")]
    assert _dyad_of(_one("The Kenyan government cleared the sale of the lender to a Ugandan group.", nlp))[:2] == ("SUPPORT", "KENGOV")
    assert not _events("Workers cleared the road after the storm.", nlp)


# fourth pass, 2026-12-06: the PLOVER codebook's categories read for common verbs and nouns the lexicon lacked


def test_lifting_or_easing_a_measure_is_a_concession(nlp):
    event = _one("Canada announced the lifting of sanctions on Belarus.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("CONCEDE", "CAN", "BLR"), "lifting")
    assert _dyad_of(_one("Norway called for the easing of the embargo on Cuba.", nlp))[0] == "REQUEST"
    assert _dyad_of(_one("Brazil granted Paraguay a waiver from the tariffs.", nlp)) == ("CONCEDE", "BRA", "PRY")
    assert _dyad_of(_one("Ghana unfroze Togolese assets held in its banks.", nlp)) == ("CONCEDE", "GHA", "TGO")


def test_ties_patched_up_or_mended_are_support(nlp):
    assert _dyad_of(_one("Kenya and Tanzania patched up ties after the trade dispute.", nlp)) == ("SUPPORT", "KEN", "TZA")
    assert _dyad_of(_one("Peru and Chile mended fences after the fishing row.", nlp)) == ("SUPPORT", "PER", "CHL")
    assert not _events("The Kenyan police chief wants to mend relationships with local residents.", nlp)


def test_nouns_of_coercion_and_force_the_lexicon_lacked(nlp):
    assert _dyad_of(_one("Kenya carried out the eviction of Somali refugees from the camp.", nlp)) == ("COERCE", "KEN", "SOMREF")
    assert _dyad_of(_one("The Ugandan government tightened censorship of the press.", nlp))[:2] == ("COERCE", "UGAGOV")
    event = _one("Peru ordered the confiscation of Bolivian trucks.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("COERCE", "seize", "PER")
    event = _one("A shootout between Kenyan police and Somali gunmen left four dead.", nlp)
    assert (_dyad_of(event), event.mode) == (("ASSAULT", "KENCOP", "SOMREB"), "firearms")
    assert _dyad_of(_one("Argentina nationalised the Spanish-owned airline.", nlp))[:2] == ("COERCE", "ARG")


def test_verbs_of_force_and_destruction_the_lexicon_lacked(nlp):
    # the coast guard is MIL since the fifteenth pass (2026-12-07, Phoenix agents COAST_GUARD [~MIL])
    assert _dyad_of(_one("The Philippine coast guard rammed a Vietnamese fishing boat.", nlp)) == ("ASSAULT", "PHLMIL", "VNM")
    event = _one("Iran hanged two men accused of spying for Britain.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("ASSAULT", "assassinate", "IRN")
    assert not _events("The Kenyan minister hung a portrait in his office.", nlp)
    assert _dyad_of(_one("Rebels set fire to government offices in Bangui.", nlp))[0] == "COERCE"
    assert _dyad_of(_one("Greek coast guards turned back migrant boats from Turkey.", nlp)) == ("COERCE", "GRCMIL", "TUR")


def test_walking_out_of_talks_speaking_against_and_handing_over_suspects(nlp):
    assert _dyad_of(_one("Hungary walked out of the talks with Romania.", nlp)) == ("SANCTION", "HUN", "ROU")
    assert _dyad_of(_one("Bolivia spoke out against the Peruvian proposal.", nlp)) == ("ACCUSE", "BOL", "PER")
    assert not _events("The Kenyan minister spoke against the backdrop of the old harbour.", nlp)
    assert _dyad_of(_one("Serbia handed over the suspect to Croatia.", nlp)) == ("COOPERATE", "SRB", "HRV")


def test_terms_that_call_for_an_act_and_markets_courted_are_no_requests(nlp):
    for text in ("The Chilean plan calls for the Peruvian bank to sell its stake.",
                 "A new Kenyan law requires banks to hold more capital.",
                 "The Bolivian party is wooing young voters in the capital.",
                 "The Peruvian brewer will discount its best-known brands.",
                 "Two Chilean brewers have been ceding market share to rivals."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("The United Nations resolution calls for Israel to withdraw from the territories.", nlp)) == ("REQUEST", "IGO", "ISR")
    assert _dyad_of(_one("Kenya called for Uganda to withdraw its troops.", nlp)) == ("REQUEST", "KEN", "UGA")
    assert _dyad_of(_one("Serbia ceded the territory to Kosovo.", nlp)) == ("CONCEDE", "SRB", "XKX")


# Fifth pass, 2026-12-06: CAMEO sub-categories whose common news wording the lexicon lacked, and the kinds read on
# unlabelled election news (acts between states that got no event or the wrong type). Invented sentences.


def test_strikes_by_drones_missiles_or_the_military_are_attacks_not_labour_strikes(nlp):
    event = _one("The raid was in retaliation for Kenyan military strikes in Somalia.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("ASSAULT", "KEN", "SOM"), "strikes")
    event = _one("The raid was in retaliation for Chilean drone strikes in Peru.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.trigger.text) == ("ASSAULT", "heavy-weapons", "CHL", "strikes")
    event = _one("Kenyan dock workers began a strike on Monday.", nlp)
    assert (event.event_type, event.mode) == ("PROTEST", "strike")


def test_a_deal_secured_relations_repaired_and_an_attempt_blocked(nlp):
    assert _dyad_of(_one("Peru secured a fishing deal with Chile.", nlp)) == ("AGREE", "PER", "CHL")
    assert _dyad_of(_one("Norway repaired relations with Sweden after the dispute.", nlp)) == ("SUPPORT", "NOR", "SWE")
    assert _dyad_of(_one("Kenya blocked Uganda's attempt to join the customs union.", nlp))[:2] == ("REJECT", "KEN")


def test_arming_another_states_fighters_is_military_aid(nlp):
    event = _one("Norway is training and arming Kurdish fighters in Iraq.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.trigger.text) == ("AID", "military", "NOR", "arming")
    assert _one("Ethiopia armed its reservists.", nlp).event_type == "MOBILIZE"


def test_halting_a_sale_or_aid_is_a_sanction_not_the_sale(nlp):
    event = _one("Britain halted arms sales to Nigeria.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("SANCTION", "GBR", "NGA"), "halted")
    assert _dyad_of(_one("Kenya imposed a ban on the Ugandan newspaper.", nlp))[0] == "COERCE"


def test_a_vow_to_make_concessions_is_a_promise(nlp):
    event = _one("Ghana vowed to make concessions to Togo.", nlp)
    assert (_dyad_of(event), event.trigger.text) == (("AGREE", "GHA", "TGO"), "vowed")
    assert _dyad_of(_one("Ghana vowed to launch an offensive against the rebels.", nlp))[0] == "THREATEN"


def test_cameo_wording_of_complaints_support_disarming_and_access(nlp):
    assert _dyad_of(_one("Peru filed a protest with Chile over the incursion.", nlp)) == ("ACCUSE", "PER", "CHL")
    assert _dyad_of(_one("Norway rallied support for Ukraine.", nlp)) == ("SUPPORT", "NOR", "UKR")
    event = _one("Sweden rallied opposition against the Eritrean government.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("ACCUSE", "disapprove", "SWE")
    event = _one("The Congolese rebels laid down their arms.", nlp)
    assert (event.event_type, event.mode, event.trigger.text) == ("RETREAT", "disarm", "laid")
    event = _one("Egypt eased its blockade of the Libyan port.", nlp)
    assert (event.event_type, event.source.code) == ("RETREAT", "EGY")
    event = _one("Iran returned the seized ship to Britain.", nlp)
    assert (_dyad_of(event), event.mode) == (("RETREAT", "IRN", "GBR"), "return")
    assert _dyad_of(_one("Myanmar admitted United Nations observers.", nlp)) == ("CONCEDE", "MMR", "IGO")  # as "allowed" them
    assert _one("Mali accepted the peacekeepers.", nlp).event_type == "CONCEDE"
    assert _one("The Kenyan minister admitted his mistake.", nlp).event_type == "SUPPORT"
    assert _dyad_of(_one("Spain granted autonomy to the region.", nlp))[:2] == ("CONCEDE", "ESP")
    assert _dyad_of(_one("Syria used chemical weapons against the rebels.", nlp))[:2] == ("ASSAULT", "SYR")


def test_a_hedged_past_act_is_the_act_not_a_threat(nlp):
    # "likely hacked", "has possibly breached": done, only hedged, as "allegedly attacked"; ahead it stays a threat
    event = _one("The Iranian government likely hacked computers at the Kenyan central bank in 2013.", nlp)
    assert (event.event_type, event.source.code, event.future, event.hypothetical) == ("COERCE", "IRNGOV", False, False)
    assert _dyad_of(_one("Iran has possibly breached the ceasefire with Iraq.", nlp)) == ("ASSAULT", "IRN", "IRQ")
    event = _one("Iran will likely attack Iraq.", nlp)
    assert (event.event_type, event.future) == ("THREATEN", True)
    assert _one("A potential attack by Iran worries Iraq.", nlp).event_type == "THREATEN"


def test_jobs_protected_divisions_reopened_and_computers_compromised_are_no_acts(nlp):
    for text in ("Hackers compromised twelve computers at the Kenyan central bank.",
                 "The episode reopened divisions among the Kenyan minister's allies.",
                 "The Kenyan regulator covered up the breach to protect the job of its chairman."):
        assert not _events(text, nlp), text
    assert _dyad_of(_one("Kenya reopened the border with Uganda.", nlp)) == ("RETREAT", "KEN", "UGA")
    assert _dyad_of(_one("Kenyan troops protected the Somali refugees.", nlp)) == ("AID", "KENMIL", "SOMREF")
    assert _dyad_of(_one("Uganda compromised on the border dispute with Kenya.", nlp)) == ("CONCEDE", "UGA", "KEN")


def test_an_act_inside_a_condition_is_hypothetical_not_done(nlp):
    # fifth pass, 2026-12-06 (evt): "if X uses the weapons, we will strike" coded X's use as a real ASSAULT
    event = _one("If Syria shells the villages again, we will answer.", nlp)
    assert (event.event_type, event.source.code, event.hypothetical, event.future) == ("ASSAULT", "SYR", True, True)
    assert event.trigger.text == "shells"
    # an inverted "should" opens a condition, not a demand on its subject
    events = _events("Should Turkey invade Cyprus, Greece would mobilize its reserves.", nlp)
    invasion = next(e for e in events if e.trigger.text == "invade")
    assert (invasion.event_type, invasion.source.code, invasion.target.code, invasion.hypothetical) == ("ASSAULT", "TUR", "CYP", True)
    # an act told as done keeps no flag
    done = _one("Syria shelled the villages again on Sunday.", nlp)
    assert (done.event_type, done.hypothetical, done.future) == ("ASSAULT", False, False)


def test_a_states_strikes_on_another_are_an_attack_a_workers_strike_a_protest(nlp):
    # fifth pass, 2026-12-06 (evt): a bare "strikes" noun done by a state in or on another country read as a labour strike
    event = _one("Egypt's strikes on Libya began at dawn.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("ASSAULT", "EGY", "LBY", "strikes")
    event = _one("Turkey's strikes against Kurdish positions in Iraq drew protests.", nlp)
    assert (event.event_type, event.source.code, event.trigger.text) == ("ASSAULT", "TUR", "strikes")
    # workers, unions and a state's own people on strike at home stay a protest
    for text in ("A strike by dock workers shut the port of Lagos.", "The teachers' strike in Chile entered its third week.",
                 "Nigerian strikes in Lagos shut banks.", "The union's strike against the government entered a second day."):
        event = _one(text, nlp)
        assert (event.event_type, event.mode) == ("PROTEST", "strike"), text


def test_a_demonstration_or_complaint_ahead_is_that_act_not_a_threat(nlp):
    # sixth pass, 2026-12-06 (evt): "will protest", "plan to march", "vowed to appeal" were THREATEN; a threat needs a harm
    event = _one("Opposition supporters will protest in the capital on Saturday.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.future) == ("PROTEST", "demo", "OPP", True)
    assert event.trigger.text == "protest"
    event = _one("The union will stage a protest against the government.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.future) == ("PROTEST", "LAB", "GOV", True)
    event = _one("Ukraine vowed to appeal the ruling.", nlp)
    assert (event.event_type, event.source.code, event.trigger.text, event.future) == ("REQUEST", "UKR", "appeal", True)
    event = _one("Chile vowed to complain to Peru.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.future) == ("ACCUSE", "CHL", "PER", True)
    # an act that withholds or harms stays a threat announced, and so does a threat said in so many words
    assert _one("Spain will boycott the talks.", nlp).event_type == "THREATEN"
    assert _one("Farmers will strike next week.", nlp).event_type == "THREATEN"
    assert _one("The rebels vowed to attack government positions.", nlp).event_type == "THREATEN"
    assert _one("The opposition threatened to protest.", nlp).event_type == "THREATEN"


def test_an_act_in_an_as_if_clause_is_no_act(nlp):
    # sixth pass, 2026-12-06 (evt): "reacted as if X had invaded Y" coded X's invasion as done
    for text in ("The minister spoke as though Serbia had invaded Croatia.",
                 "Chile behaved as though Peru had imposed sanctions on it.",
                 "Iran treated the seizure as if it were an invasion."):
        assert not _events(text, nlp), text
    # the verb the clause hangs on is no conditional act either
    event = _one("Japan protested as if Vietnam had seized the islands.", nlp)
    assert (event.event_type, event.source.code, event.hypothetical) == ("PROTEST", "JPN", False)
    # under a verb of seeming the clause is a guess: the act, hypothetical
    event = _one("It appears as though Turkey has sent troops to the border.", nlp)
    assert (event.event_type, event.source.code, event.trigger.text, event.hypothetical) == ("MOBILIZE", "TUR", "sent", True)
    # "as" alone, no "if", compares with a done act
    events = _events("Ethiopia attacked Eritrea as Eritrea had attacked Djibouti.", nlp)
    assert [(e.source.code, e.hypothetical) for e in events] == [("ETH", False), ("ERI", False)]


def test_an_act_a_condition_governs_through_a_noun_is_hypothetical(nlp):
    # sixth pass, 2026-12-06 (evt): a nominal act under a conditioned verb, and a noun's infinitive inside a condition
    event = _one("Ministers predicted an agreement between Kenya and Uganda if the border reopens.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("AGREE", "KEN", "UGA", "agreement")
    assert (event.hypothetical, event.future) == (True, True)
    event = _one("If Peru does not have the means to attack Chile, the region will be calm.", nlp)
    assert (event.event_type, event.target.code, event.trigger.text, event.hypothetical) == ("ASSAULT", "CHL", "attack", True)
    # "even if" concedes, it sets no condition; a nominal in the condition's subject is told as done
    event = _one("Kenya signed a deal with Uganda even if critics object.", nlp)
    assert (event.event_type, event.hypothetical) == ("SUPPORT", False)
    event = _one("If the president's veto is overridden, the bill becomes law.", nlp)
    assert (event.event_type, event.hypothetical) == ("REJECT", False)
    # a definite act under a conditioned verb is there already, whatever the condition
    event = _one("The senator would tear up the treaty between Kenya and Uganda if the border stays closed.", nlp)
    assert (event.event_type, event.trigger.text, event.hypothetical) == ("AGREE", "treaty", False)


def test_a_warning_of_weather_or_of_a_past_act_is_no_threat(nlp):
    # sixth pass, 2026-12-06 (evt), from TimeBank and election news read unlabelled: a that-clause the parser hangs on the
    # one warned, and a that-clause told as past, were threats
    assert not _events("Officials in Peru warned residents that heavy rains will cause floods.", nlp)
    assert not _events("The minister warned that Chile had raised tensions along the border.", nlp)
    # a warning of an act ahead stays a threat; a done act warned of is that act
    event = _one("Peru warned Chile that its troops would cross the border.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "PER", "CHL")
    event = _one("Iran warned that it had deployed missiles near the strait.", nlp)
    assert (event.event_type, event.source.code, event.trigger.text) == ("MOBILIZE", "IRN", "deployed")


def test_troops_withdrawn_are_no_target_of_their_withdrawal(nlp):
    # sixth pass, 2026-12-06 (evt), from TimeBank: "will begin withdrawing troops from Iranian territory" targeted the troops
    event = _one("Iraq said it will begin withdrawing troops from Iranian territory on Friday.", nlp)
    assert (event.event_type, event.source.code, event.target.text, event.target.code) == ("AGREE", "IRQ", "Iranian territory", "IRN")
    event = _one("Iraq withdrew troops from Iranian territory.", nlp)
    assert (event.event_type, event.mode, event.target.code) == ("RETREAT", "withdraw", "IRN")


def test_a_threat_reported_by_a_second_verb_is_its_own_event(nlp):
    # sixth pass, 2026-12-06 (evt), from TimeBank: "moved troops into the Gulf and said it would strike X unless ..." coded
    # only the move, with the strike's X as its target; the strike was taken as the move's complement
    events = _events("Kenya closed its border and said it would expel Ugandan traders.", nlp)
    assert [(e.event_type, e.trigger.text, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("COERCE", "closed", "KEN", None), ("THREATEN", "expel", "KEN", "UGABUS")]
    # a verb that shares its object with the trigger still passes it on
    event = _events("Peru signed a trade pact with and later sent aid to Chile.", nlp)[0]
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("SUPPORT", "signed", "PER", "CHL")


def test_figurative_attacks_in_campaign_news_are_words_and_a_fight_to_act_is_an_effort(nlp):
    # seventh pass, 2026-12-06 (evt), from the 84 PolNeAR dev articles: these were ASSAULT
    def by_trigger(text, trigger):
        found = [e for e in _events(text, nlp) if e.trigger.text == trigger]
        assert len(found) == 1, [(e.event_type, e.trigger.text) for e in _events(text, nlp)]
        return found[0]

    event = by_trigger("The senator started attacking immigrants at the start of her campaign.", "attacking")
    assert (event.event_type, event.source.code) == ("ACCUSE", "LEG")
    event = by_trigger("Mr. Okafor has attacked loopholes that help the rich.", "attacked")
    assert (event.event_type, event.source.text) == ("ACCUSE", "Mr. Okafor")
    event = by_trigger("The governor has been pounding his rival as a fraud.", "pounding")
    assert (event.event_type, event.target.text) == ("ACCUSE", "his rival")
    assert by_trigger("There are many reasons to attack and critique the mayor.", "attack").event_type == "ACCUSE"
    assert by_trigger("It will be hard for the governor to attack them during the debates.", "attack").event_type == "ACCUSE"
    assert not [e for e in _events("The governor says he has fought to pass the budget.", nlp) if e.trigger.text == "fought"]
    assert not _events("The firms are fighting to keep their market share.", nlp)
    # force stays force: an armed doer, a state or a building attacked, a weapon
    assert by_trigger("Troops fought to retake the town.", "fought").event_type == "ASSAULT"
    assert by_trigger("Gustavo Pereira attacked Bolivia in 1990.", "attacked").event_type == "ASSAULT"
    assert by_trigger("He attacked the embassy with a truck bomb.", "attacked").event_type == "ASSAULT"
    assert by_trigger("The gunman attacked the students.", "attacked").event_type == "ASSAULT"
    assert by_trigger("He attacked the students with a knife.", "attacked").event_type == "ASSAULT"


def test_a_question_quoted_before_its_asked_is_no_request(nlp):
    # seventh pass, 2026-12-06 (evt), from 40 TimeBank documents: a quoted question before "asked X" was REQUEST
    for text in ('"Why start a war now?" asked Ivan Petrov, a clerk in Accra.',
                 '"Where is the money?" the senator asked.',
                 '"Where\'s the offer?" asked Marc Dubois, an analyst with a Lyon bank.'):
        assert not _events(text, nlp), text  # neither a request nor the war asked about
    # a request stays one, after a quote too
    event = _one('"We need help," Kenya asked Uganda for aid.', nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "KEN", "UGA")
    assert _one("The minister asked for more troops.", nlp).event_type == "REQUEST"


def test_a_death_in_an_accident_is_no_attack(nlp):
    # seventh pass, 2026-12-06 (evt), from 40 TimeBank documents: soldiers killed when their helicopters crashed were
    # an ASSAULT by the helicopters
    for text in ("Nine soldiers were killed when their helicopter crashed near the border.",
                 "Twelve people were killed when a bus collided with a truck in Peru.",
                 "Nine people died in a bus crash in Kenya."):
        assert not _events(text, nlp), text
    # a bomb, an ambush or a named doer keeps the attack
    assert _one("Four soldiers were killed when a bomb exploded near their patrol.", nlp).event_type == "ASSAULT"
    killed = [e for e in _events("Five soldiers were killed when rebels ambushed their convoy.", nlp) if e.trigger.text == "killed"]
    assert [(e.event_type, e.source.code) for e in killed] == [("ASSAULT", "REB")]


def test_a_topic_named_by_a_place_is_no_target_beside_a_partner(nlp):
    # seventh pass, 2026-12-06 (evt), from 40 TimeBank documents: a crisis named by a state, discussed with an ally,
    # targeted the state;
    # the partner named by "with" is the target, and the topic's state places no official
    event = _one("The minister discussed the Sudan question with Egyptian officials.", nlp)
    assert (event.event_type, event.source.code, event.target.text, event.target.code) == ("CONSULT", "GOV", "Egyptian officials", "EGYGOV")
    event = _one("Kenya discussed the border with Uganda.", nlp)
    assert (event.source.code, event.target.code) == ("KEN", "UGA")


def test_what_a_time_preposition_governs_is_no_target(nlp):
    # seventh pass, 2026-12-06 (evt), from 40 TimeBank documents: "mobilized since Iraq's invasion" targeted Iraq
    event = _one("Kenyan troops have mobilized since Sudan's attack on Chad.", nlp)
    assert (event.event_type, event.source.code, event.target) == ("MOBILIZE", "KENMIL", None)
    event = _one("Kenya has mobilized its reserves since Sudan's attack on Chad.", nlp)
    assert (event.source.code, event.target) == ("KEN", None)
    event = [e for e in _events("Ghana sent troops to Mali after the attack on Niger.", nlp) if e.trigger.text == "sent"][0]
    assert (event.source.code, event.target.code) == ("GHA", "MLI")


def test_the_forces_used_are_no_target(nlp):
    # seventh pass, 2026-12-06 (evt), from 40 TimeBank documents: "by using forces and weapons" targeted the forces;
    # a target named by "against" stays
    assert not _events("Iraq can cause problems by using forces that are not yet engaged.", nlp)
    event = _one("Syria used chemical weapons against Jordanian troops.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "SYR", "JORMIL")


def test_a_participle_used_as_a_preposition_names_no_act(nlp):
    # seventh pass, 2026-12-06 (evt), from 40 TimeBank documents: a quarterly result "excluding" a charge was SANCTION
    # by "net"
    assert not _events("Even excluding the gain, however, net rose 7%.", nlp)
    event = _one("Kenya is barring Ugandan imports.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code) == ("COERCE", "barring", "KEN")
    event = _one("Kenya banned imports, including goods from Uganda.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "KEN", "UGA")


def test_prisoners_taken_are_an_arrest(nlp):
    # seventh pass, 2026-12-06 (evt), missed on 40 TimeBank documents: prisoners of war taken gave no event
    event = _one("Officers said 900 Chadian prisoners were taken on the first day of fighting.", nlp)
    assert (event.event_type, event.mode, event.trigger.text, event.target.text) == ("COERCE", "arrest", "taken", "900 Chadian prisoners")
    event = _one("Kenyan troops took 300 prisoners near the border.", nlp)
    assert (event.event_type, event.source.code, event.target.text) == ("COERCE", "KENMIL", "300 prisoners")
    event = _one("Ugandan soldiers were taken prisoner by the rebels.", nlp)
    assert (event.event_type, event.source.text, event.target.code) == ("COERCE", "rebels", "UGAMIL")
    assert not _events("The firm took a $5 million charge.", nlp)


def test_a_direct_question_in_quotation_marks_is_asked_wherever_the_parser_hangs_the_quote(nlp):
    # seventh pass, 2026-12-06 (ev2): the closing mark hung on the quoted clause kept "asked" a REQUEST
    for text in ('"Is this a bluff?" asked the Canadian minister.',
                 '\u201cWill they pay?\u201d asked the French envoy.',
                 'The French envoy asked: "Will they pay?"',
                 'The French envoy asked, \u201cWill they pay the fine?\u201d',
                 "The French envoy asked reporters, 'Is this a bluff?'",
                 'The French envoy asked reporters, \u2018Is this a bluff?\u2019'):
        assert not _events(text, nlp), text  # a question: no request, and the paying asked about is no act
    # a request, quoted or not, stays one
    event = _one('"Pay us now," the Ugandan envoy asked Kenya.', nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("REQUEST", "asked", "UGAGOV", "KEN")
    event = _one("Canada asked France to withdraw its troops.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "CAN", "FRA")


def test_prisoners_taken_are_the_captors_target_of_no_country_or_sector_from_the_captor(nlp):
    # seventh pass, 2026-12-06 (ev2): "took 300 prisoners" gave the prisoners the captor's country and CRM; eighth pass
    # (evt): people a capture acts on are civilians (CVL) by PLOVER's gold records, not criminals (see _held_sector)
    event = _one("Kenyan troops took 300 prisoners.", nlp)
    assert (event.event_type, event.source.code, event.target.text, event.target.code) == ("COERCE", "KENMIL", "300 prisoners", "CVL")
    event = _one("Kenyan troops took 300 Somali prisoners.", nlp)
    assert (event.source.code, event.target.code) == ("KENMIL", "SOMCVL")
    assert _one("5,500 Iraqi prisoners were taken.", nlp).target.code == "IRQCVL"
    # police arrest at home: the place's country stays
    assert _one("Police arrested 300 prisoners in Nairobi.", nlp).target.code == "KENCVL"


def test_a_lone_place_before_talks_is_their_venue_not_a_party(nlp):
    # seventh pass, 2026-12-06 (ev2): "the Kenya talks" made Kenya a party
    event = _one("Ethiopia walked out of the Kenya talks.", nlp)
    assert (event.event_type, event.source.code, event.target.text, event.target.code) == ("SANCTION", "ETH", "Kenya talks", None)
    assert not _events("Ethiopia joined the Kenya talks on Monday.", nlp)  # no partner named, no consultation
    # parties named stay parties
    assert _one("Ethiopia walked out of the Kenya-Uganda talks.", nlp).target.code == "KEN"
    event = _one("The Kenya-Uganda talks resumed on Monday.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "KEN", "UGA")
    assert _one("Ethiopia walked out of the talks with Kenya.", nlp).target.code == "KEN"
    # a body that holds the talks is no venue (PolNeAR dev: a pledge's target at "U.N. climate talks")
    assert _one("Kenya pledged to cut tariffs at the U.N. trade talks.", nlp).target.code == "IGO"


def test_the_venue_of_talks_boycotted_is_no_target(nlp):
    # eighth pass, 2026-12-06 (evt), lead 1: a city that is no capital makes the meeting noun no actor, and the target
    # search walked on from "talks" into the city compounded on it (DEU, TUR, JPN)
    for text in ("Peru boycotted the Munich talks on Friday.", "The Chilean delegation boycotted the Istanbul negotiations.",
                 "Peru walked out of the Osaka conference."):
        event = _one(text, nlp)
        assert event.target is None, (text, event.target)
        assert event.source.code in ("PER", "CHLGOV"), text
    # two places name the parties, as before
    event = _one("Peru boycotted the Chile-Bolivia talks.", nlp)
    assert event.target is not None and event.target.code == "CHL"


def test_a_request_put_as_a_yes_no_question_is_a_request(nlp):
    # eighth pass, 2026-12-06 (evt), lead 2: "asked whether X would allow ..." asks X to grant an act
    for text, target in (("The Dutch minister asked whether Peru would allow monitors into the prison.", "PER"),
                         ("Norway asked if Chile could free the detained fishermen.", "CHL"),
                         ("Canada asked Bolivia whether it would withdraw its soldiers from the border.", "BOL")):
        event = _one(text, nlp)
        assert (event.event_type, event.trigger.text, event.target.code) == ("REQUEST", "asked", target), text
    # questions of fact or of plans ask for no act
    for text in ("The Dutch envoy asked how many villagers died in the floods.",
                 "The Dutch envoy asked whether the Peruvian talks had failed.",
                 "The Dutch envoy asked whether Chile would be punished.",
                 "Reporters asked the senator whether he would run again."):
        assert not _events(text, nlp), text


def test_people_a_capture_acts_on_are_civilians_and_prisoners_of_war_soldiers(nlp):
    # eighth pass, 2026-12-06 (evt), lead 3: arrested prisoners were CRM, hostages CVL; PLOVER's gold records code the
    # arrested and the detained by who they are (CVL), soldiers held as prisoners of war MIL
    for text, code in (("Bolivian police detained 40 prisoners.", "BOLCVL"),
                       ("Peruvian troops arrested 30 Chilean detainees.", "CHLCVL"),
                       ("Militants seized eight hostages.", "CVL"),
                       ("Peruvian troops captured 200 prisoners of war.", "MIL")):
        event = _one(text, nlp)
        assert (event.event_type, event.target.code) == ("COERCE", code), text
    # released or rioting prisoners keep CAMEO's agent of the imprisoned
    assert _one("Peru released 20 Chilean prisoners.", nlp).target.code == "CHLCRM"


def test_a_passive_seizure_is_a_seizure_by_its_agent(nlp):
    # eighth pass, 2026-12-06 (evt), missed on 40 TimeBank documents: a transitive-only verb ("seize +obj") in the
    # passive had no object and gave no event; the passive's subject is its object
    event = _one("The oil tanker was seized by Chilean troops.", nlp)
    assert (event.event_type, event.mode, event.trigger.text, event.source.code) == ("COERCE", "seize", "seized", "CHLMIL")
    event = _one("The savings bank was seized by Peruvian regulators.", nlp)
    assert (event.event_type, event.source.text, event.target.text) == ("COERCE", "Peruvian regulators", "savings bank")
    # an active "seized on" stays no act
    assert not _events("The Peruvian senator seized on the remark.", nlp)


def test_a_crowd_counted_in_thousands_of_a_nationality_protests(nlp):
    # eighth pass, 2026-12-06 (evt), invented international-politics sentences: "thousands of X" took the nationality's
    # code, no crowd sector, so the rally was read as campaigning and gave no event
    event = _one("Thousands of Bolivians rallied outside the Paraguayan embassy.", nlp)
    assert (event.event_type, event.mode, event.source.text, event.source.code, event.target.code) == ("PROTEST", "demo", "Bolivians", "BOL", "PRY")
    assert _one("Hundreds of Bolivians marched on the Paraguayan embassy.", nlp).event_type == "PROTEST"
    # a handful, or supporters rallying for someone, stay no protest
    assert not _events("Two of the Bolivians rallied outside the embassy.", nlp)
    assert not _events("Thousands of supporters rallied for the Bolivian president.", nlp)


def test_rescue_teams_and_hospital_ships_sent_are_aid(nlp):
    # eighth pass, 2026-12-06 (evt), invented sentences: the object's compound names what is sent for
    for text in ("Paraguay dispatched rescue teams to Bolivia.", "Paraguay sent a hospital ship to Bolivia.",
                 "Paraguay sent rescue workers to Bolivia."):
        event = _one(text, nlp)
        assert (event.event_type, event.mode, event.source.code, event.target.code) == ("AID", "humanitarian", "PRY", "BOL"), text
    assert not _events("The senator sent medical records to the committee.", nlp)


def test_the_doer_and_target_of_an_event_counted_or_timed_by_another_noun(nlp):
    # eighth pass, 2026-12-06 (evt), read on 40 TimeBank documents: the parser hangs the "by" and "against" phrases of
    # "the Nth day of an offensive by X against Y" on "day", and the offensive had no doer (no event)
    event = _one("It was the fourth day of an offensive by the border police against the insurgents.", nlp)
    assert (event.event_type, event.trigger.text, event.source.text, event.source.code, event.target.text) == (
        "ASSAULT", "offensive", "border police", "COP", "insurgents")
    event = _one("A series of raids by Bolivian troops against the rebels continued.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.text) == ("ASSAULT", "raids", "BOLMIL", "rebels")
    # a people named "ethnic X" is no state: it gives the unplaced police no country (they were HUNCOP)
    event = _one("It was the fourth day of an offensive by the border police against hamlets of ethnic Hungarians.", nlp)
    assert (event.source.text, event.source.code, event.target.text) == ("border police", "COP", "ethnic Hungarians")
    # nor when the parser hangs the people inside the police's own phrase ("police against hamlets inhabited by ...")
    event = _one("It was the fourth day of an offensive by the border police against hamlets inhabited by ethnic Hungarians.", nlp)
    assert (event.trigger.text, event.source.text, event.source.code) == ("offensive", "border police", "COP")
    # a people named as the head or its own modifier keeps its name's country until a place says where it lives
    assert _one("Ethnic Hungarian villagers protested in Slovakia.", nlp).source.code == "HUNCVL"


def test_figurative_force_in_election_news_is_no_assault(nlp):
    # eighth pass, 2026-12-06 (ev2), invented sentences for kinds read on PolNeAR dev: an illness fought, a rival or a
    # challenge beaten in a race, and an attack told by what the attacker said are no force
    assert not [e for e in _events("The senator battled a nasty case of pneumonia last spring.", nlp) if e.event_type == "ASSAULT"]
    assert not [e for e in _events("The governor beat back a challenge from a county clerk.", nlp) if e.event_type == "ASSAULT"]
    events = _events("The weekly endorsed the governor. It attacked the senator, saying his record was thin.", nlp)
    assert [(e.event_type, e.trigger.text, e.target.text) for e in events if e.trigger.text == "attacked"] == [("ACCUSE", "attacked", "senator")]
    # real force stays
    event = _one("Rebels battled troops through the night.", nlp)
    assert (event.event_type, event.trigger.text, event.source.text, event.target.text) == ("ASSAULT", "battled", "Rebels", "troops")
    events = _events("Militants attacked a police post, saying it was revenge.", nlp)
    assert [(e.event_type, e.target.text) for e in events] == [("ASSAULT", "police post")]


def test_a_plan_carried_out_or_a_belief_combated_is_no_assault(nlp):
    # eighth pass, 2026-12-06 (ev2), invented sentences for kinds read on PolNeAR dev: "execute" done to a plan (or
    # "it") carries it out, and combating a belief is words, no force
    assert not _events("Senator Ramirez entered each debate with a plan and flawlessly executed it.", nlp)
    assert not _events("Senator Ramirez had a plan. He executed it flawlessly.", nlp)
    assert not [e for e in _events("Officials want to combat a growing distrust of the courts.", nlp) if e.event_type == "ASSAULT"]
    event = _one("Rebels executed the prisoners.", nlp)
    assert (event.event_type, event.trigger.text, event.source.text, event.target.text) == ("ASSAULT", "executed", "Rebels", "prisoners")


def test_be_behind_an_act_in_a_city_is_no_visit(nlp):
    # ninth pass, 2026-12-06: "be in" is a visit only when "in" is its predicate; "was behind two bombings in X" places
    # the bombings (TimeBank: a visit was coded)
    assert not _events("Officials believe the ETA was behind three bombings in Madrid last month.", nlp)
    event = _one("Kenya's foreign minister was in Kampala on Monday.", nlp)
    assert (event.event_type, event.mode, event.trigger.text, event.target.text, event.target.code) == ("CONSULT", "visit", "was", "Kampala", "UGA")


def test_reinstating_a_conviction_or_sanctions_is_no_concession(nlp):
    # ninth pass, 2026-12-06: "reinstate" by its object (TimeBank: a court reinstating convictions coded CONCEDE)
    event = _one("An appeals court reinstated the convictions of a former mayor.", nlp)
    assert (event.event_type, event.trigger.text, event.source.text, event.source.code) == ("ACCUSE", "reinstated", "appeals court", "JUD")
    event = _one("Washington reinstated sanctions on Caracas.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "USA", "VEN")
    assert _one("The ministry reinstated the dismissed officials.", nlp).event_type == "CONCEDE"


def test_a_place_captured_is_seized_by_force_not_an_arrest(nlp):
    # ninth pass, 2026-12-06: a place taken (PLOVER ASSAULT, mode seize), not people arrested (TimeBank: "the villages
    # were captured" coded an arrest)
    event = _one("The villages were captured by rebels after heavy fighting.", nlp)
    assert (event.event_type, event.mode, event.trigger.text, event.source.text, event.source.code) == ("ASSAULT", "seize", "captured", "rebels", "REB")
    event = _one("Rebels captured three villages near the border.", nlp)
    assert (event.event_type, event.mode, event.source.text) == ("ASSAULT", "seize", "Rebels")
    event = _one("Police captured two suspects on Friday.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("COERCE", "arrest", "COP")


def test_an_attack_on_the_speakers_own_is_words(nlp):
    # ninth pass, 2026-12-06: no reporting verb, but "my"/"our" attacked by an unarmed doer is an attack in words
    event = _one("There are people who attack my wife every day.", nlp)
    assert (event.event_type, event.mode, event.trigger.text, event.source.text) == ("ACCUSE", "disapprove", "attack", "people")
    # a building so owned, or an armed doer, stays force
    event = _one("Gunmen attacked our embassy in the capital.", nlp)
    assert (event.event_type, event.source.text) == ("ASSAULT", "Gunmen")


def test_fighting_a_problem_is_no_assault(nlp):
    # ninth pass, 2026-12-06: a problem fought ("fight climate change") is no force; forces, groups, a state's fight stay
    assert not _events("The government is fighting climate change.", nlp)
    assert not _events("The senator wants to fight climate change.", nlp)
    event = _one("Kenyan troops fought the rebels near the border.", nlp)
    assert (event.event_type, event.source.code, event.target.text) == ("ASSAULT", "KENMIL", "rebels")
    event = _one("Nigeria is fighting an insurgency in the north.", nlp)
    assert (event.event_type, event.source.code) == ("ASSAULT", "NGA")


def test_missed_acts_of_international_news_are_coded(nlp):
    # ninth pass, 2026-12-06: kinds of sentences with no event on 40 TimeBank documents about international politics
    # a meeting in a relative clause: "with whom" is the noun the clause hangs on
    event = _one("The envoy brought a letter from Uganda's president, with whom the minister met on Monday.", nlp)
    assert (event.event_type, event.trigger.text, event.target.text, event.target.code) == ("CONSULT", "met", "Uganda's president", "UGAGOV")
    # a naval or maritime blockade, quarantine or barricade is a state's blockade; the bare noun stays the protesters'
    event = _one("The United States may extend its naval quarantine to the port of Aqaba.", nlp)
    assert (event.event_type, event.mode, event.trigger.text, event.source.code) == ("COERCE", "restrict", "quarantine", "USA")
    # objecting with a "that" clause is disapproval, as "object to" is
    event = _one("Brazil objected that the deal ignored its farmers.", nlp)
    assert (event.event_type, event.mode, event.trigger.text, event.source.code) == ("ACCUSE", "disapprove", "objected", "BRA")
    # the noun of "conquer"
    event = _one("Peru's conquest of the province shocked the region.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code) == ("ASSAULT", "conquest", "PER")


def test_a_nominal_act_in_the_phrase_of_a_verb_that_codes_nothing_is_done_by_that_verb_s_subject(nlp):
    # "in cooperation with X" under a verb of no event: the verb's subject cooperates with X
    event = _one("The Kenyan ministry wrote the new guidelines in cooperation with Ugandan officials.", nlp)
    assert (event.event_type, event.trigger.text) == ("COOPERATE", "cooperation")
    assert (event.source.code, event.source.text) == ("KENGOV", "Kenyan ministry")
    assert (event.target.code, event.target.text) == ("UGAGOV", "Ugandan officials")
    # a possessive pronoun refers the object's act to the subject ("marked its invasion of X")
    event = _one("Vietnam marked its invasion of Cambodia with a ceremony.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("ASSAULT", "invasion", "VNM", "KHM")
    event = _one("Portugal holds much of the coast with its conquest of Angola.", nlp)
    assert (event.event_type, event.trigger.text, event.source.text, event.target.text) == ("ASSAULT", "conquest", "Portugal", "Angola")
    # "committed to" an act of force: the subject's, as yet a threat
    event = _one("The Ghanaian president says he is committed to a possible strike against Togo.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("THREATEN", "strike", "GHAGOV", "TGO")


def test_a_nominal_act_only_talked_about_gets_no_doer_from_the_talker(nlp):
    assert not _events("Canada spoke about the invasion of Cambodia.", nlp)
    assert all(e.trigger.text != "conquest" or e.source is None or e.source.code != "GHA"
               for e in _events("Ghana criticized the conquest of Togo.", nlp))


def test_a_state_committed_or_prepared_to_something_is_its_own_resolve_and_readiness_for_harm_is_no_promise(nlp):
    # tenth pass, 2026-12-06: "X is committed to ..." parses as a passive with no agent; X is the one resolved, not
    # the one promised to
    event = _one("Ghana is committed to a peaceful settlement of the border dispute.", nlp)
    assert (event.event_type, event.trigger.text, event.source.text, event.source.code, event.target) == (
        "AGREE", "committed", "Ghana", "GHA", None)
    event = _one("The Norwegian government is prepared to reopen the consulate.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code) == ("AGREE", "prepared", "NORGOV")
    # readiness for an attack braces for harm: no agreement, and the attack braced for is no one's act
    assert not _events("Uruguay is prepared for a possible attack against Paraguay.", nlp)
    assert not _events("The Ghanaian army is prepared for a possible attack by Togo.", nlp)
    assert not _events("Kenya stands ready for war.", nlp)
    assert not _events("The Kenyan delegation was prepared.", nlp)  # ready for nothing named: no offer either
    # an agent keeps the passive ("were committed by X"), and readiness for talks stays an offer
    event = _one("Uruguay is ready for talks with Paraguay.", nlp)
    assert (event.event_type, event.source.code) == ("AGREE", "URY")


def test_troops_arriving_are_a_deployment_and_peacekeepers_arriving_are_aid(nlp):
    # tenth pass, 2026-12-06: troops, soldiers or a contingent arriving are MOBILIZE (a deployment reaching its ground,
    # as "deploy" and "send troops" are); peacekeepers, or troops called peacekeeping, stay AID (CAMEO 074)
    event = _one("Western troops arrived in Accra on Tuesday.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("MOBILIZE", "arrived", "MIL", "GHA")
    event = _one("A Kenyan contingent arrived in Mogadishu on Tuesday.", nlp)
    assert (event.event_type, event.source.text, event.target.code) == ("MOBILIZE", "Kenyan contingent", "SOM")
    event = _one("Peacekeeping troops arrived in Monrovia on Friday.", nlp)
    assert (event.event_type, event.mode, event.target.code) == ("AID", "peacekeeping", "LBR")
    event = _one("Ghanaian peacekeepers arrived in Juba on Friday.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("AID", "GHAMIL", "SSD")
    event = _one("Relief supplies arrived in Accra on Tuesday.", nlp)
    assert (event.event_type, event.target.code) == ("AID", "GHA")


def test_a_resolution_or_decree_enacts_what_its_participle_says_and_is_never_its_target(nlp):
    # tenth pass, 2026-12-06: "Security Council resolutions imposed on X" read the resolutions as what was imposed on,
    # the target; a text (``utterances``) a participle hangs on is the doer, coded by its issuer's name
    event = _one("Security Council resolutions imposed on Togo have forced the regime to negotiate.", nlp)
    assert (event.event_type, event.trigger.text) == ("SANCTION", "imposed")
    assert (event.source.text, event.source.code, event.target.text, event.target.code) == (
        "Security Council resolutions", "IGO", "Togo", "TGO")
    # an active participle on a text with no one issuing it: the text's words, by its issuer
    event = _one("A series of U.N. resolutions condemning Togo's invasion of Benin were passed.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("ACCUSE", "condemning", "IGO", "TGO")
    # a named agent and a measure noun keep their reading
    event = _one("The sanctions imposed on Togo by the Security Council were lifted.", nlp)
    assert (event.trigger.text, event.source.text, event.target.code) == ("imposed", "Security Council", "TGO")


def test_a_name_given_by_called_and_information_received_are_no_visits(nlp):
    # tenth pass, 2026-12-06: "a group called the Working Group on X" read "called ... on" as a visit paid
    assert not _events("She leads the youth section of a group called the Working Group on Sudanese Women.", nlp)
    assert not _events("The rebels belong to a movement called the Front for the Liberation of Cabinda.", nlp)
    event = _one("The president called on Togo to release the prisoners.", nlp)
    assert (event.event_type, event.target.code) == ("REQUEST", "TGO")
    # information or word received from someone is theirs to give, no visit hosted
    assert not _events("The minister received information from Togolese officials.", nlp)
    assert not _events("The general said he received word from Togolese commanders.", nlp)
    event = _one("The Kenyan president received the Ugandan envoy on Monday.", nlp)
    assert (event.event_type, event.mode, event.target.code) == ("CONSULT", "visit", "UGAGOV")


def test_a_wish_about_one_s_own_side_and_an_insisted_fact_are_no_requests(nlp):
    # tenth pass, 2026-12-06: "hopes its troops will ..." and "insisted that ... had not failed" were REQUEST on
    # unlabelled TimeBank newswire
    assert not _events("Norway hopes its troops will leave the island soon.", nlp)
    event = _one("The minister hopes that Ghana will lift the ban.", nlp)
    assert (event.event_type, event.target.code) == ("REQUEST", "GHA")
    event = _one("Kenya hoped its allies would join the mission.", nlp)  # allies are others
    assert (event.event_type, event.target.text) == ("REQUEST", "its allies")
    assert not _events("The Ghanaian president insisted that the talks had not failed.", nlp)
    assert not _events("Officials insist they are not trying to provoke Togo.", nlp)
    for text in ("The Ghanaian president insisted that Togo must withdraw its troops.",
                 "The Ghanaian president insisted that Togo withdraw its troops."):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "GHAGOV", "TGO")


def test_people_allowed_to_leave_a_state_are_let_go_by_that_state(nlp):
    # tenth pass, 2026-12-06: "Soviet women ... would be allowed to leave Iraq" had no source on TimeBank newswire; the
    # state left is who lets them go, as "were told to leave X" has X as the one making them leave
    event = _one("Norwegian citizens were permitted to leave Sweden on Monday.", nlp)
    assert (event.event_type, event.source.text, event.source.code, event.target.code) == ("CONCEDE", "Sweden", "SWE", "NORCVL")
    event = _one("Ghana allowed Togolese refugees to leave the camps.", nlp)
    assert (event.event_type, event.source.code) == ("CONCEDE", "GHA")


def test_a_named_persons_troops_and_a_named_guest_take_no_neighbours_state(nlp):
    # tenth pass, 2026-12-06 (ev5): a named leader's troops took the one state the sentence named ("X's troops ... near
    # the Thai province" THAMIL), and a named official on a visit took the state he visited, on TimeBank newswire
    event = _one("Marshal Arvo Tenkla's troops attacked the town near the Peruvian border.", nlp)
    assert (event.event_type, event.source.text, event.source.code) == ("ASSAULT", "Marshal Arvo Tenkla's troops", "MIL")
    event = _one("General Tenkla's forces shelled villages in Peru.", nlp)
    assert (event.source.code, event.target.code) == ("MIL", "PER")
    event = _one("Hamas's gunmen attacked a post in Gaza.", nlp)  # a group's own fighters keep its place
    assert event.source.code == "PSEREB"
    event = _one("Defense Secretary Arvo Tenkla returned from a visit with military commanders in Peru.", nlp)
    assert (event.event_type, event.mode, event.source.text, event.source.code, event.target.code) == (
        "CONSULT", "visit", "Defense Secretary Arvo Tenkla", "GOV", "PERMIL")


def test_acts_of_force_no_list_had(nlp):
    # tenth pass, 2026-12-06 (ev5): eliminating an armed front, engaging a guard, punching through lines, scattering a
    # mob and police keeping people from an act were no event on TimeBank newswire
    event = _one("Peruvian police say they are trying to eliminate the separatist Northern Liberation Front.", nlp)
    assert (event.event_type, event.source.code, event.target.text) == ("ASSAULT", "PERCOP", "separatist Northern Liberation Front")
    event = _one("Chilean troops have not yet engaged Peru's elite Presidential Guard.", nlp)
    assert (event.event_type, event.source.code, event.negation) == ("ASSAULT", "CHLMIL", True)
    event = _one("Chilean armored columns punched through the defensive lines and pushed into Peru.", nlp)
    assert (event.event_type, event.trigger.text, event.target.code) == ("ASSAULT", "punched", "PER")
    event = _one("Chilean police scattered the protesters.", nlp)
    assert (event.event_type, event.source.code, event.target.text) == ("ASSAULT", "CHLCOP", "protesters")
    event = _one("Police dispersed the mob.", nlp)
    assert (event.event_type, event.target.text) == ("ASSAULT", "mob")
    event = _one("Chilean police prevented hundreds of Peruvian workers from crossing the border.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("COERCE", "CHLCOP", "PERLAB")
    assert not _events("The court prevented the mayor from taking office.", nlp)  # no armed body: not coded here
    assert not _events("Baghdad has eliminated its weapons.", nlp)


def test_a_text_adopted_that_states_an_act_is_that_act(nlp):
    # tenth pass, 2026-12-06 (ev5): "adopted a resolution condemning X" was SUPPORT of X; the text's words are the act
    event = _one("The Security Council adopted a resolution condemning Peru for the raids.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("ACCUSE", "condemning", "IGO", "PER")
    event = _one("The assembly approved a declaration urging Chile to free the prisoners.", nlp)
    assert (event.event_type, event.trigger.text, event.target.code) == ("REQUEST", "urging", "CHL")
    event = _one("The Security Council adopted a resolution.", nlp)  # a text with no act in it keeps the verb
    assert (event.event_type, event.trigger.text) == ("SUPPORT", "adopted")


def test_a_meeting_called_for_is_asked_not_held(nlp):
    # tenth pass, 2026-12-06 (ev6): "called for a conference to be convened (to discuss X)" coded the meeting and its
    # talk as held (the parser hangs the infinitive on the object of "for"); the meeting is only asked for
    event = _one("The Brazilian president called for a regional conference to be convened to discuss the border with Peru.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code) == ("REQUEST", "called", "BRAGOV")
    assert not _events("A radio report said that Tenkla's letter called for a summit to be convened to discuss a pullout from Peru.", nlp)
    event = _one("The Chilean envoy met the Peruvian foreign minister in Lima.", nlp)  # a meeting held stays
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "CHLGOV", "PERGOV")


def test_a_text_a_state_issued_calls_for_as_its_request(nlp):
    # tenth pass, 2026-12-06 (ev6): "the proposal called for X" was no event (a text of terms states its content);
    # a text whose issuer its own words name as a state asks for what it calls for, as that state
    event = _one("Peru's plan calls for the withdrawal of Chilean troops.", nlp)
    assert (event.event_type, event.trigger.text, event.source.text, event.source.code, event.target.code) == (
        "REQUEST", "calls", "Peru's plan", "PER", "CHLMIL")
    event = _one("The Swedish plan calls for the withdrawal of Chilean troops.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "SWE", "CHLMIL")
    assert not _events("The new plan calls for the firm to sell its stake.", nlp)  # no issuer: terms, no request
    assert not _events("The Canadian company's plan calls for the firm to sell its stake.", nlp)  # a firm's plan
    assert not _events("The Canadian plan calls for the firm to sell its stake.", nlp)  # business terms asked of a firm
    assert not _events("A new Chilean law requires parties to publish their donors.", nlp)  # a standing rule, no request


def test_declining_to_discuss_is_silence_and_breaching_lines_is_force(nlp):
    # tenth pass, 2026-12-06 (ev6): "declined to discuss details", "declined to use the word X" and "breached mine
    # fields" coded REJECT on TimeBank newswire; silence rejects no one, and a breach of lines is combat
    assert not _events("In an interview from Lima, the Chilean envoy declined to discuss details of the dispute.", nlp)
    assert not _events("The Chilean foreign minister declined to use the word blockade.", nlp)
    event = _one("Peru refused to discuss the border with Chile.", nlp)  # a party named: a refusal stays
    assert (event.event_type, event.source.code, event.target.code) == ("REJECT", "PER", "CHL")
    event = _one("Peru declined to use force against Chile.", nlp)
    assert (event.event_type, event.target.code) == ("REJECT", "CHL")
    event = _one("Chilean marines breached the mine fields along the Peruvian lines.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code) == ("ASSAULT", "breached", "CHLMIL")
    event = _one("Chilean tanks breached Peru's defenses near the border.", nlp)
    assert (event.event_type, event.target.code) == ("ASSAULT", "PER")
    assert _one("Chile breached the treaty.", nlp).event_type == "REJECT"


def test_expelled_from_talks_is_shut_out_and_troops_committed_are_deployed(nlp):
    # tenth pass, 2026-12-06 (ev6): a party "expelled from peace talks" coded COERCE, mode seize (a deportation); shut
    # out of a negotiation is REJECT (PLOVER: refusal to meet or negotiate), no one seized. Troops "expected to be
    # committed to" an operation coded AGREE: the raised subject is what the passive infinitive commits (MOBILIZE)
    event = _one("The Chilean delegation was expelled from the talks in Geneva.", nlp)
    assert (event.event_type, event.mode, event.source, event.target.code) == ("REJECT", None, None, "CHLGOV")
    event = _one("Peru expelled the Chilean delegation from the conference.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REJECT", "PER", "CHLGOV")
    event = _one("Peru expelled the Chilean workers from the country.", nlp)  # a deportation (mode deport, CAMEO 174)
    assert (event.event_type, event.mode, event.target.code) == ("COERCE", "deport", "CHLLAB")
    event = _one("About 20,000 Chilean troops are expected to be committed to the operation against Peru.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.future) == ("MOBILIZE", "CHLMIL", "PER", True)
    event = _one("Chile is committed to a settlement with Peru.", nlp)  # a state's resolve stays AGREE
    assert (event.event_type, event.source.code, event.target.code) == ("AGREE", "CHL", "PER")


def test_a_ceasefire_called_for_is_asked_not_declared(nlp):
    # eleventh pass, 2026-12-06 (evt): "called for a ceasefire" coded RETREAT: the verb-and-object pattern "call
    # ceasefire" (a truce declared) was read through "for", which makes its own pattern with "call" (a request)
    event = _one("Norway called for a ceasefire in the border war on Monday.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code) == ("REQUEST", "called", "NOR")
    event = _one("The Kenyan foreign minister called for an immediate ceasefire between the two armies.", nlp)
    assert (event.event_type, event.source.code) == ("REQUEST", "KENGOV")
    event = _one("The rebels called a ceasefire on Sunday.", nlp)  # a truce declared stays RETREAT
    assert (event.event_type, event.trigger.text) == ("RETREAT", "called")


def test_troops_committed_or_expected_to_be_withdrawn_are_moved_by_their_own_state(nlp):
    # eleventh pass, 2026-12-06 (evt): "troops were committed to X" had no source (the troops the target); "troops are
    # expected to be withdrawn" coded AGREE (a reported timetable read as the troops' promise); "diplomats are expected
    # to be expelled from X" made the diplomats the expellers (the raised subject of a passive infinitive read as its doer)
    event = _one("Eight hundred Danish soldiers were committed to the operation in the north.", nlp)
    assert (event.event_type, event.source.code, event.target) == ("MOBILIZE", "DNKMIL", None)
    event = _one("Polish troops are expected to be withdrawn from the border zone by June.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.future) == ("RETREAT", "withdraw", "POLMIL", True)
    event = _one("Several Iranian diplomats are expected to be expelled from Germany this week.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.future) == ("SANCTION", "DEU", "IRNGOV", True)
    event = _one("The Greek prime minister is expected to visit Cyprus next week.", nlp)  # an active act ahead stays AGREE
    assert (event.event_type, event.source.code, event.target.code) == ("AGREE", "GRCGOV", "CYP")


def test_a_plan_put_out_the_sentence_before_asks_as_its_issuer(nlp):
    # eleventh pass, 2026-12-06 (evt): "the proposal called for ..." whose issuer the sentence before names had no
    # source, and so was read as terms with no one asking (idle); "the plan" is the text that sentence put out
    text = "Chile unveiled a new peace plan for the region. The plan calls for the withdrawal of Bolivian troops from the border."
    events = _events(text, nlp)
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.trigger.text, event.sentence_index, event.target.code) == ("REQUEST", "calls", 1, "BOLMIL")
    assert (event.source.text, event.source.code, text[event.source.span.start:event.source.span.end]) == ("Chile", "CHL", "Chile")
    # the text offered in a "with" phrase, owned by a pronoun nothing else resolves: the clause's doer's
    text = "Peru's president tried to win over Chile with his proposal for a border settlement. The proposal called for Bolivian troops to leave the zone."
    event = next(e for e in _events(text, nlp) if e.trigger.text == "called")
    assert (event.event_type, event.source.text, event.source.code, event.target.code) == ("REQUEST", "Peru's president", "PERGOV", "BOLMIL")
    # a firm's offer, or no text put out before, leaves the terms idle
    assert not _events("Talks resumed in Geneva. The plan calls for Bolivian troops to leave the border.", nlp)
    assert not any(e.event_type == "REQUEST" for e in _events(
        "The Canadian bank made an offer on Monday. The proposal calls for the firm to sell its stake.", nlp))


def test_a_pull_out_hastened_is_the_pull_out_from_the_land_left(nlp):
    # eleventh pass, 2026-12-06 (evt): "hastened the withdrawal of its forces from X" coded nothing (no light verb), and
    # "accelerated the pull-out of its troops from X" had no target ("from X" hung on the light verb)
    for text in ("Britain hastened the withdrawal of its forces from Basra.", "Britain expedited the withdrawal of its forces from Basra."):
        event = _one(text, nlp)
        assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("RETREAT", "withdrawal", "GBR", "IRQ"), text
    event = _one("Moscow accelerated the pull-out of its troops from Afghanistan.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("RETREAT", "RUS", "AFG")


def test_an_object_shared_by_coordinated_verbs_is_each_verbs(nlp):
    # eleventh pass, 2026-12-06 (evt), read on unlabelled PolNeAR train news: "to arm and train Syrian rebels" coded
    # MOBILIZE (the object hung on "train" only, so "arm" was read bare, a state arming itself)
    event = _one("The council voted to arm and equip Syrian rebels.", nlp)
    assert (event.event_type, event.mode, event.trigger.text, event.target.code) == ("AID", "military", "arm", "SYRREB")
    events = _events("Chad mobilized and deployed its troops along the border.", nlp)
    assert [e.event_type for e in events] == ["MOBILIZE", "MOBILIZE"]


def test_an_act_received_is_the_givers(nlp):
    # eleventh pass, 2026-12-06 (evt), read on unlabelled PolNeAR train news: "X had Turkish backing" made X the backer
    # (coded with the backer's state), "X won American support" had no target, "X received Chinese aid" was a visit
    # hosted
    event = _one("The rebel army had Turkish backing for the offensive.", nlp)
    assert (event.event_type, event.source.code, event.target.text) == ("SUPPORT", "TUR", "rebel army")
    event = _one("The Syrian opposition won American support for its plan.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "USA", "SYROPP")
    event = _one("Kenya received Chinese aid.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("AID", "aid", "CHN", "KEN")
    event = _one("The Kenyan president received the Chinese foreign minister in Nairobi.", nlp)  # a guest stays a visit
    assert (event.event_type, event.mode, event.target.code) == ("CONSULT", "visit", "CHNGOV")
    event = _one("Kenya had talks with Uganda.", nlp)  # a mutual act stays the subject's
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "KEN", "UGA")


def test_a_verb_of_force_that_reports_a_quote_strikes_back_in_words(nlp):
    # eleventh pass, 2026-12-06 (evt), read on unlabelled PolNeAR train news: '"...," an angry president retaliated'
    # coded ASSAULT; the verb reports the quoted words
    event = _one('"Spain will never give up," an angry Spanish prime minister retaliated.', nlp)
    assert (event.event_type, event.mode, event.source.code, event.target) == ("ACCUSE", "disapprove", "ESPGOV", None)
    event = _one('"Greece is a proud nation," the Greek minister struck back at Turkey.', nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ACCUSE", "GRCGOV", "TUR")
    event = _one("Spain retaliated against Morocco by closing the border.", nlp)  # no quote: the act stays
    assert (event.event_type, event.target.code) == ("ASSAULT", "MAR")


def test_a_plan_met_with_skepticism_is_received_not_met(nlp):
    # eleventh pass, 2026-12-06 (evt), read on unlabelled PolNeAR train news: "a promise ... is met with relief among
    # allies" coded CONSULT; a passive "met with" a reaction is how a thing was received
    assert not _events("The Dutch plan was met with skepticism by Belgium.", nlp)
    event = _one("The Chinese envoy was met by the Kenyan foreign minister.", nlp)  # a meeting stays
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "KENGOV", "CHNGOV")
    event = _one("The Chinese envoy was met with protesters at the airport.", nlp)  # people met stay a meeting
    assert event.event_type == "CONSULT"


def test_a_build_up_of_ones_own_forces_aimed_at_no_one_is_mobilize_ahead(nlp):
    # twelfth pass, 2026-12-07 (evt), a known kind: "pledged to bolster its military" coded THREATEN; an announced build-up
    # of a state's own forces harms no one named (PLOVER MOBILIZE, an increase in readiness), ahead
    for text in ("Poland pledged to bolster its military after the border incident.", "Poland vowed to bolster its navy.",
                 "The Romanian government vowed to strengthen its armed forces.", "Japan promised to build up its navy."):
        event = _one(text, nlp)
        assert (event.event_type, event.future, event.target) == ("MOBILIZE", True, None), text
    event = _one("Peru pledged to bolster its military against Chile.", nlp)  # aimed at someone: a threat
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "PER", "CHL")
    event = _one("Peru vowed to mass troops against Chile.", nlp)
    assert (event.event_type, event.trigger.text, event.target.code) == ("THREATEN", "mass", "CHL")


def test_a_dare_is_a_provocation_not_a_request(nlp):
    # twelfth pass, 2026-12-07 (evt), a known kind: "dared them to strike again" coded REQUEST; a dare goads the other
    # into a blow (PLOVER THREATEN), no appeal for an act wanted
    event = _one("The rebels dared the Nigerian army to strike again.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("THREATEN", "dared", "NGAREB", "NGAMIL")
    event = _one("The Ghanaian president dared Togo to attack his country.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "GHAGOV", "TGO")
    event = _one("The prime minister challenged Spain to prove its claims.", nlp)  # a challenge stays a request
    assert event.event_type == "REQUEST"


def test_the_name_in_an_aside_is_no_party_to_the_predicate(nlp):
    # twelfth pass, 2026-12-07 (evt), a known kind: "X, echoing Y, called on Z to ..." had no source and Y's or X's
    # name as the target (the parser hangs "called" on the aside's object or on X)
    event = _one("The Kenyan president, echoing the Ugandan foreign minister, called on the rebels to lay down their arms.", nlp)
    assert (event.event_type, event.source.code, event.target.text) == ("REQUEST", "KENGOV", "rebels")
    event = _one("The Austrian chancellor, echoing the Czech premier, called on Russia to withdraw its troops.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "AUTGOV", "RUS")


def test_a_banned_brotherhood_or_front_is_coercion(nlp):
    # twelfth pass, 2026-12-07 (evt), a known kind: a state banning a body named a brotherhood or a front coded SANCTION;
    # banning a political body is CAMEO 1722 (PLOVER COERCE), banning imports stays SANCTION
    event = _one("Jordan banned the Islamic Unity Brotherhood.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.text) == ("COERCE", "ban", "JOR", "Islamic Unity Brotherhood")
    event = _one("Algeria outlawed the People's Salvation Front.", nlp)
    assert (event.event_type, event.mode) == ("COERCE", "ban")
    assert _one("Egypt banned imports of cotton.", nlp).event_type == "SANCTION"


def test_settlements_built_are_places_not_deals(nlp):
    # twelfth pass, 2026-12-07 (evt), a known kind: "accelerated the construction of settlements" coded AGREE (the noun
    # read as the settlement of a dispute)
    for text in ("Israel accelerated the construction of settlements in the West Bank.", "Morocco expanded its settlements.",
                 "Israel will speed up the building of new settlements."):
        assert not any(e.event_type == "AGREE" for e in _events(text, nlp)), text
    event = _one("Israel and Egypt reached a settlement.", nlp)  # a deal stays
    assert (event.event_type, event.source.code, event.target.code) == ("AGREE", "ISR", "EGY")


def test_allegiance_pledged_is_support_not_a_promise(nlp):
    # twelfth pass, 2026-12-07 (evt), read on unlabelled PolNeAR train news: a group that "pledged loyalty" to another
    # coded AGREE; declaring for someone is SUPPORT (CAMEO 051/053)
    event = _one("The rebels pledged loyalty to the Syrian government.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "SYRREB", "SYRGOV")
    event = _one("The Somali militia pledged allegiance to the Yemeni rebels.", nlp)
    assert (event.event_type, event.target.text) == ("SUPPORT", "Yemeni rebels")
    assert _one("Kenya pledged aid to Uganda.", nlp).event_type == "AGREE"  # a pledge of an act stays a promise


def test_troops_ordered_to_a_place_are_sent_there(nlp):
    # twelfth pass, 2026-12-07 (evt), read on unlabelled PolNeAR train news: a president who "ordered" special forces
    # "to" a state coded REQUEST of that state; forces ordered to a place are MOBILIZE with the place the target
    event = _one("The Kenyan president ordered 300 troops to Somalia.", nlp)
    assert (event.event_type, event.trigger.text, event.source.code, event.target.code) == ("MOBILIZE", "ordered", "KENGOV", "SOM")
    event = _one("The Kenyan president ordered the troops to withdraw.", nlp)  # an order to forces to act is that act
    assert (event.event_type, event.source.code, event.target) == ("RETREAT", "KENGOV", None)  # (thirteenth pass)


def test_seeking_an_office_is_no_request(nlp):
    # twelfth pass, 2026-12-07 (evt), read on unlabelled PolNeAR train news: a candidate who "seeks the White House"
    # coded REQUEST of the government; running for an office asks no one for anything
    for text in ("The Kenyan senator seeks the presidency.", "The Ugandan governor is seeking a second term."):
        assert not _events(text, nlp), text
    event = _one("Kenya sought help from Uganda.", nlp)  # help sought stays a request
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "KEN", "UGA")


def test_seeking_to_act_is_an_attempt_however_parsed(nlp):
    # twelfth pass, 2026-12-07 (evt), read on unlabelled PolNeAR train news: "sought on Wednesday to ease worries" (the
    # infinitive parsed as an adverbial clause) and "seeks to be seen as the leader of the party" (a passive infinitive)
    # coded REQUEST of the worries and of the party
    for text in ("The Kenyan president sought on Monday to ease growing Ugandan fears about the vote.",
                 "The Kenyan candidate seeks to be seen as the leader of the party."):
        assert not any(e.event_type == "REQUEST" for e in _events(text, nlp)), text
    event = _one("Kenya sought help from Uganda.", nlp)
    assert (event.event_type, event.target.code) == ("REQUEST", "UGA")


def test_a_plan_put_out_by_an_official_named_by_role_or_name_is_theirs(nlp):
    # twelfth pass, 2026-12-07 (evt), a known kind: "the minister unveiled a plan. The plan calls for ..." had no source
    # when the issuer was a person with no country of their own words; the story's country, else the role
    events = _events("NAIROBI - Foreign Minister Amos Wekesa unveiled a peace plan on Monday. "
                     "The plan calls for Ugandan troops to leave the border.", nlp)
    assert [(e.event_type, e.source.code, e.target.code) for e in events] == [("REQUEST", "KENGOV", "UGAMIL")]
    event = _one("The minister unveiled a plan on Monday. The plan calls for Ugandan troops to leave the border.", nlp)
    assert (event.event_type, event.source.text, event.source.code, event.target.code) == ("REQUEST", "minister", "GOV", "UGAMIL")
    # a firm's plan stays idle
    assert not _events("The Kenyan bank unveiled a plan on Monday. The plan calls for the firm to sell its stake.", nlp)


def test_several_sides_of_one_group_fight_each_other_not_the_place(nlp):
    # twelfth pass, 2026-12-07 (evt), a known kind: "two militias clashed in X" coded the militias against X's state (the
    # place the clash happens in); a plural subject that names several sides (a number, "rival", "each other") fights itself
    event = _one("Two rival militias clashed in Tripoli on Sunday.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.text) == ("ASSAULT", "LBYREB", "LBYREB", "Two rival militias")
    event = _one("The gangs fought each other in Mogadishu.", nlp)
    assert (event.event_type, event.target.text) == ("ASSAULT", "gangs")
    event = _one("Two militias clashed with Libyan troops in Tripoli.", nlp)  # a partner named stays the target
    assert (event.source.code, event.target.code) == ("LBYREB", "LBYMIL")
    event = _one("Kenyan troops clashed in Mogadishu.", nlp)  # one side only: as before
    assert event.target.code == "SOM"


def test_a_name_set_after_a_possessed_title_is_that_state_officials(nlp):
    # thirteenth pass, 2026-12-07 (evt), a known kind: "Kenya's foreign minister, NAME, ..." coded the bare name, with no
    # role (and no country when it was not linked); the title the name stands beside gives both
    event = _one("Peru's defence minister, Tom Bellamy, accused Chile of shelling the border.", nlp)
    assert (event.event_type, event.source.text, event.source.code, event.target.code) == ("ACCUSE", "Tom Bellamy", "PERGOV", "CHL")
    event = _one("The foreign minister of Peru, Tom Bellamy, accused Chile of shelling the border.", nlp)
    assert event.source.code == "PERGOV"
    events = _events("Kenya's foreign minister, Mary Otieno, unveiled a plan. The plan calls for a ceasefire in Sudan.", nlp)
    assert [(e.event_type, e.source.text, e.source.code, e.target.code) for e in events] == [("REQUEST", "Mary Otieno", "KENGOV", "SDN")]
    event = _one("Nepal's army chief, General Ram Thapa, visited India.", nlp)  # a military title stays the military's
    assert event.source.code == "NPLMIL"


def test_a_group_named_by_a_count_takes_no_country_from_the_state_acting_on_it(nlp):
    # thirteenth pass, 2026-12-07 (evt), a known kind: "the United States blamed two militias" coded the militias USAREB,
    # the one country of the sentence being the accuser's own; a counted group acted on by no armed force has no country
    event = _one("The United States blamed two militias for the rocket attack on the embassy.", nlp)
    assert (event.event_type, event.source.code, event.target.text, event.target.code) == ("ACCUSE", "USA", "two militias", "REB")
    event = _one("France urged three armed factions to lay down their arms.", nlp)
    assert (event.event_type, event.target.code) == ("REQUEST", "REB")
    event = _one("The Syrian army fought two militias near the border.", nlp)  # an army fights them at home
    assert (event.source.code, event.target.code) == ("SYRMIL", "SYRREB")
    event = _one("The Kenyan president accused the rebels of burning villages.", nlp)  # no count: as before
    assert event.target.code == "KENREB"


def test_a_pledged_measure_is_that_measure_ahead_not_a_promise_to_cooperate(nlp):
    # thirteenth pass, 2026-12-07 (evt), a known kind: "pledged to ban all X" was AGREE (PLOVER's cooperative intent) while
    # "pledged to ban the party" was a threat; a sanction or an act of force pledged or promised is that act ahead: THREATEN
    for text, target in (("Brazil pledged to ban imports from Argentina.", "ARG"),
                         ("Canada promised to impose sanctions on Iran.", "IRN"),
                         ("Canada pledged to impose sanctions on Iran.", "IRN")):
        event = _one(text, nlp)
        assert (event.event_type, event.future, event.target.code) == ("THREATEN", True, target), text
    event = _one("Japan promised to attack the rebels.", nlp)
    assert (event.event_type, event.source.code, event.future) == ("THREATEN", "JPN", True)
    event = _one("India pledged to send aid to Nepal.", nlp)  # a cooperative act pledged stays a promise
    assert (event.event_type, event.target.code) == ("AGREE", "NPL")


def test_a_place_named_only_in_a_clause_of_time_is_no_home_of_the_actors(nlp):
    # thirteenth pass, 2026-12-07 (evt), a known kind: "since the attacks in X", "when they were in Y" gave troops the
    # country of a place that says when the act happened, not where or whose
    event = _one("Soldiers attacked the village while the president was in Egypt.", nlp)
    assert (event.event_type, event.source.text, event.source.code) == ("ASSAULT", "Soldiers", "MIL")
    event = _one("The troops were stationed near the river when they were in Iraq.", nlp)
    assert (event.event_type, event.source.code) == ("MOBILIZE", "MIL")
    events = _events("Troops have been deployed along the railway since the attacks in Brussels.", nlp)
    assert [(e.event_type, e.source.code) for e in events] == [("MOBILIZE", "MIL")]
    event = _one("Troops opened fire on protesters in Cairo.", nlp)  # the act's own place stays theirs
    assert (event.source.code, event.target.code) == ("EGYMIL", "EGYCVL")


def test_forces_ordered_to_act_do_that_act_for_whoever_orders_them(nlp):
    # thirteenth pass, 2026-12-07 (evt), a known kind: "ordered them to withdraw" stayed a REQUEST (of no one) where the
    # noun form, "ordered the withdrawal of its forces", reads the act; forces ordered to withdraw, deploy or attack,
    # named or as a pronoun standing for them, are the orderer's own act
    events = _events("Russia massed troops on the border. The president ordered them to withdraw.", nlp)
    assert [(e.event_type, e.trigger.text) for e in events] == [("MOBILIZE", "massed"), ("RETREAT", "ordered")]
    event = _one("Russia ordered its forces to pull out of Georgia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("RETREAT", "RUS", "GEO")
    event = _one("Russia ordered the army to attack Georgia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "RUS", "GEO")
    event = _one("Russia ordered the withdrawal of its forces from Georgia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("RETREAT", "RUS", "GEO")
    events = _events("Kenya moved troops to the border and ordered them to Somalia.", nlp)
    assert [(e.event_type, e.source.code, e.target.code) for e in events][-1] == ("MOBILIZE", "KEN", "SOM")
    event = _one("The judge ordered them to pay a fine.", nlp)  # no forces: the order stays a demand
    assert event.event_type == "REQUEST"


def test_a_headline_noun_with_a_to_infinitive_does_the_act(nlp):
    # thirteenth pass, 2026-12-07 (evt), invented one-clause headlines: "X to visit Y" had no source when the parser hung
    # the infinitive on the noun as a clause of it (acl) rather than a relative clause
    event = _one("Chinese president to visit Nepal.", nlp)  # "is to visit" without its "is": AGREE ahead, as that is
    assert (event.event_type, event.mode, event.source.text, event.source.code, event.target.code, event.future) == (
        "AGREE", "visit", "Chinese president", "CHNGOV", "NPL", True)
    event = _one("French foreign minister to meet Iranian counterpart.", nlp)
    assert (event.source.code, event.target.code) == ("FRAGOV", "IRNGOV")


@pytest.mark.parametrize("headline, coded", [
    ("Kenya to send troops to Somalia.", ("MOBILIZE", "KEN", "SOM")),
    ("Turkish president to attack Syria.", ("ASSAULT", "TURGOV", "SYR")),
    ("Japan to impose sanctions on North Korea.", ("SANCTION", "JPN", "PRK")),
    ("French foreign minister to meet Iranian counterpart.", ("AGREE", "FRAGOV", "IRNGOV")),
])
def test_a_headline_x_to_do_y_lies_ahead(nlp, headline, coded):
    # 2026-12-07, thirteenth pass (review): a headline "X to do Y" is "X is to do Y" with its "is" left out; the act was
    # coded as done (future False). It lies ahead on a timetable as "is to" puts it: a cooperative act is AGREE, a hostile
    # one keeps its type (no threat of the doer's), both flagged future
    event = _one(headline, nlp)
    assert (event.event_type, event.source.code, event.target.code, event.future) == (*coded, True)


@pytest.mark.parametrize("sentence", [
    "Senate panel votes to condemn Kenya.",  # a verb the tagger reads as a noun: the vote is done
    "Police deployed in Nairobi to break up a protest by Kenyan students.",  # a purpose clause of a finite verb
])
def test_a_to_infinitive_that_is_no_headline_act_is_not_put_ahead(nlp, sentence):
    assert all(not e.future for e in _events(sentence, nlp))


def test_a_headlines_two_names_parsed_as_an_apposition_are_the_two_parties(nlp):
    # thirteenth pass, 2026-12-07 (evt), invented one-clause headlines: "X, Y agree to ceasefire" coded X alone (shown as
    # "X, Y") with no target when the parser made Y an apposition of X rather than a second subject
    event = _one("India, Pakistan agree to ceasefire.", nlp)
    assert (event.event_type, event.source.text, event.source.code, event.target.text, event.target.code) == ("AGREE", "India", "IND", "Pakistan", "PAK")
    event = _one("Mr. Smith, the envoy, agreed to talks.", nlp)  # an apposition that is no place: no second party
    assert event.target is None


def test_a_plan_adopted_is_the_act_it_plans(nlp):
    # thirteenth pass, 2026-12-07 (evt), invented one-clause sentences: "approved a plan to send troops to X" was SUPPORT of
    # the troops (coded as X's); adopting a course of action is deciding to do its act, the adopter's
    event = _one("Kenya's cabinet approved a plan to send troops to Somalia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "KENGOV", "SOM")
    event = _one("The Kenyan parliament adopted a motion to impose sanctions on Uganda.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "KENLEG", "UGA")
    event = _one("The cabinet approved a plan.", nlp)  # no act named: the approval, as before
    assert event.event_type == "SUPPORT"


def test_the_places_a_sentence_names_are_read_up_to_its_last_word(nlp):
    # the longest place first, a demonym alone, and a two-word name at the sentence's very end (its window clipped there)
    from readout.analyze.analyzer import _make_doc
    from readout.analyze.events import _sentence_places

    text = "Delegates of the United Arab Emirates and Kenyan officials flew on to New Zealand"
    doc = nlp(_make_doc(nlp, Document(id="places", source="test", text=text)))
    places = _sentence_places(next(iter(doc.sents)), nlp.get_pipe("readout_events").lexicon, None, None)
    assert [(doc[k : k + n].text, code) for k, n, code in places] == [
        ("United Arab Emirates", "ARE"), ("Emirates", "ARE"), ("Kenyan", "KEN"), ("New Zealand", "NZL")]


def test_a_verb_prefix_is_read_only_across_an_unspaced_hyphen(nlp):
    from readout.analyze.analyzer import _make_doc
    from readout.analyze.events import _hyphen_prefix

    def prefix(text):
        doc = nlp(_make_doc(nlp, Document(id="prefix", source="test", text=text)))
        return next(_hyphen_prefix(t) for t in doc if t.lower_ == "fired")

    assert prefix("The navy test-fired a missile.") == "test"
    assert prefix("The navy tested - fired a missile.") is None  # a spaced dash joins no compound


def test_a_group_named_by_a_sector_adjective_is_an_actor(nlp):
    # fourteenth pass, 2026-12-07 (evt): "backed the rebel groups" was SUPPORT with no target (the tagger reads "rebel"
    # as an adjective of "groups", so the group noun named no sector)
    event = _one("Zembla backed the rebel groups.", nlp)
    assert (event.event_type, event.target.code, event.target.span.text) == ("SUPPORT", "REB", "rebel groups")
    event = _one("Zembla armed the militant groups in the south.", nlp)
    assert (event.event_type, event.target.code, event.target.span.text) == ("AID", "REB", "militant groups")
    event = _one("The rebel groups attacked a convoy.", nlp)
    assert (event.event_type, event.source.code) == ("ASSAULT", "REB")
    assert _events("Military spending rose by a third.", nlp) == ()


def test_armed_forces_crossing_into_another_state_are_mobilized(nlp):
    # fourteenth pass, 2026-12-07 (evt): forces going over a border onto another's ground were no event; they are
    # MOBILIZE, as "troops moved into X" is; refugees crossing and a minister entering a hall stay no event
    event = _one("Peruvian soldiers crossed the border into Bolivia.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("MOBILIZE", "PERMIL", "BOL", "crossed")
    event = _one("Russian tanks rolled into Georgia overnight.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "RUSMIL", "GEO")
    event = _one("Kenyan troops entered Somalia last week.", nlp)
    assert (event.event_type, event.source.span.text, event.target.span.text) == ("MOBILIZE", "Kenyan troops", "Somalia")
    event = _one("Turkish warplanes crossed into Greek airspace.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "TURMIL", "GRC")
    assert _events("Refugees crossed into Kenya.", nlp) == ()
    assert _events("Thousands of migrants crossed the border into Greece.", nlp) == ()
    assert _events("The minister entered the hall to applause.", nlp) == ()


def test_saying_another_meddles_is_a_charge_against_it(nlp):
    # fourteenth pass, 2026-12-07 (evt): "X says Y is meddling in its affairs" was no event; the sayer charges Y, as
    # "X charged that Y was meddling" already coded; denied or promised interference is no charge
    event = _one("Chile says Peru is meddling in its affairs.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code, event.trigger.text) == ("ACCUSE", "allege", "CHL", "PER", "says")
    event = _one("Iran said Saudi Arabia was interfering in Yemen.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.span.text) == ("ACCUSE", "IRN", "SAU", "Saudi Arabia")
    assert _events("Vietnam says China is not interfering in its waters.", nlp) == ()
    assert _events("The envoy said his country would never interfere in Bolivia's politics.", nlp) == ()
    assert _events("Peru is meddling in Chile's affairs.", nlp) == ()


def test_an_abbreviated_office_after_a_nationality_is_the_government(nlp):
    # fourteenth pass, 2026-12-07 (evt): "Australian PM" was coded AUS with no role ("pm" is kept from the sectors, as it
    # is also a clock time); in capitals after a nationality or a state's name it is the office
    event = _one("Australian PM visits China.", nlp)
    assert (event.event_type, event.source.code, event.source.span.text, event.target.code) == ("CONSULT", "AUSGOV", "Australian PM", "CHN")
    event = _one("Britain's PM condemned the attack on Ghana.", nlp)
    assert (event.event_type, event.source.code) == ("ACCUSE", "GBRGOV")
    event = _one("The Indian FM will meet his Chinese counterpart at 3 PM.", nlp)
    assert (event.source.code, event.target.code) == ("INDGOV", "CHNGOV")


def test_an_act_a_party_wants_or_hopes_to_do_lies_ahead(nlp):
    # fourteenth pass, 2026-12-07 (evt): "Kenya wants to send troops" was coded as done; wanting, hoping or wishing to
    # act is intent, as "plans to" is (a hostile act ahead THREATEN, a cooperative one AGREE, flagged future)
    # (nineteenth pass: forces to be sent "to" a state are a deployment ahead, MOBILIZE flagged future, not a threat)
    event = _one("Kenya wants to send troops to Somalia.", nlp)
    assert (event.event_type, event.future, event.source.code, event.target.code) == ("MOBILIZE", True, "KEN", "SOM")
    event = _one("Ghana hopes to sign a trade deal with Togo.", nlp)
    assert (event.event_type, event.future, event.target.code) == ("AGREE", True, "TGO")
    event = _one("Kenya sent troops to Somalia.", nlp)
    assert (event.event_type, event.future) == ("MOBILIZE", False)


def test_the_forces_of_an_ordered_deployment_are_the_orderers_own(nlp):
    # fourteenth pass, 2026-12-07 (evt): "ordered the deployment of troops to the border with X" took the troops for the
    # target, and so the orderer took X's country (X the sentence's one state); the troops are the orderer's, X the target
    event = _one("The president ordered the deployment of troops to the border with Chad.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.span.text) == ("MOBILIZE", "GOV", "TCD", "Chad")
    event = _one("The general ordered the deployment of tanks near the frontier with Sudan.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "MIL", "SDN")
    event = _one("The president ordered the deployment of troops.", nlp)
    assert (event.event_type, event.source.code, event.target) == ("MOBILIZE", "GOV", None)


def test_a_headline_verb_read_as_a_plural_noun_is_the_verb(nlp):
    # fourteenth pass, 2026-12-07 (evt), invented headlines: "X pledges aid to Y" (the verb a plural noun on "aid") and
    # "X summons Y's envoy" (the verb a noun, the envoy an adverb) were no event
    event = _one("Germany pledges aid to Ukraine.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("AGREE", "DEU", "UKR", "pledges")
    event = _one("Poland summons German ambassador.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.span.text) == ("ACCUSE", "POL", "DEUGOV", "German ambassador")


def test_a_headline_pair_keeps_the_order_it_is_written_in(nlp):
    # fourteenth pass, 2026-12-07 (evt): "X, Y agree/sign/hold ..." with Y the parser's subject was coded Y -> X
    event = _one("Ghana, Togo sign border pact.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "GHA", "TGO")
    event = _one("UK, France hold talks on migration.", nlp)
    assert (event.event_type, event.source.span.text, event.target.span.text) == ("CONSULT", "UK", "France")


def test_a_particle_read_as_a_preposition_keeps_its_object_as_target(nlp):
    # fourteenth pass, 2026-12-07 (evt): "X shoots down Y jet" (the parser's "down" a preposition) had no target
    event = _one("Turkey shoots down Russian jet.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.span.text) == ("ASSAULT", "TUR", "RUSMIL", "Russian jet")


def test_blasting_a_states_sale_or_launch_is_criticism(nlp):
    # fourteenth pass, 2026-12-07 (evt): "X blasts Y's arms sale" was an explosion (ASSAULT); an act of a state's that is
    # blasted or slammed is criticised, as a decision or a plan is; a base blasted with rockets stays an attack
    event = _one("Beijing blasts Washington's arms sale to Taipei.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ACCUSE", "CHN", "USA")
    event = _one("Rebels blasted the army base with rockets.", nlp)
    assert event.event_type == "ASSAULT"


def test_a_headline_verb_with_its_object_is_no_plural_noun(nlp):
    # fourteenth pass, 2026-12-07 (evt), invented headlines: "X army shells Y town" was read as the noun "shells" (its
    # subject a compound, as in "Kenya-Uganda talks open"); a word with a direct object is the verb, the compound its subject
    event = _one("Russian navy shells Ukrainian port.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("ASSAULT", "RUSMIL", "UKR", "shells")
    event = _one("Syrian army shells rebel-held town.", nlp)
    assert (event.event_type, event.source.code) == ("ASSAULT", "SYRMIL")
    event = _one("Kenya-Uganda talks open in Nairobi.", nlp)  # no object: the noun, as before
    assert (event.event_type, event.source.code) == ("CONSULT", "KEN")


def test_a_thing_seized_by_a_state_is_coerced(nlp):
    # fourteenth pass, 2026-12-07 (evt): "X tanker seized by Y" was no event (a transitive-only seizure read a participle's
    # noun as its object only for people); a thing done to by a state or a body of one is its object too
    event = _one("Iranian tanker seized by Britain.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code) == ("COERCE", "seize", "GBR", "IRN")
    assert _events("Recordings captured by a camera showed the crowd.", nlp) == ()


def test_a_verbless_headline_noun_in_talks_is_their_party(nlp):
    # fourteenth pass, 2026-12-07 (evt): "X PM in talks with Y" had no source (no verb to hang one on); the headline's noun
    # is in the talks, as "X PM is in talks with Y" says
    event = _one("Thai PM in talks with Malaysian counterpart.", nlp)
    assert (event.event_type, event.source.code, event.source.span.text, event.target.code) == ("CONSULT", "THAGOV", "Thai PM", "MYSGOV")
    assert _events("Progress in talks with Iran.", nlp) == ()


def test_an_attack_claimed_is_the_claimants(nlp):
    # fourteenth pass, 2026-12-07 (evt), invented sentences: "X claimed the attack on Y" (and the headline "X claim
    # attack on Y") had no source, as "claim" also reports; claiming an attack is taking responsibility for it
    event = _one("Somali militants claimed the attack on Kenyan troops.", nlp)
    assert (event.event_type, event.source.code, event.source.span.text, event.target.code) == ("ASSAULT", "SOMREB", "Somali militants", "KENMIL")
    event = _one("Somali militants claim attack on Kenyan troops.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "SOMREB", "KENMIL")
    assert _events("The Kenyan government claimed the attack was staged.", nlp) == ()


def test_a_question_put_to_someone_is_no_request(nlp):
    # fifteenth pass, 2026-12-07 (evt): "I want to ask you, will X ...?" and "ask X a question" were REQUEST ahead; a
    # question, put as a noun or in its own words after the verb, asks nothing of anyone ("asked X to send aid" stays)
    assert _events("I want to ask you, will the Chilean envoy come to the summit?", nlp) == ()
    assert _events("I would like to ask the Peruvian minister a question about the loan.", nlp) == ()
    event = _one("The senator asked Norway to send more aid.", nlp)
    assert (event.event_type, event.target.code) == ("REQUEST", "NOR")


def test_a_speech_act_hedged_in_the_first_person_is_done_as_said(nlp):
    # fifteenth pass, 2026-12-07 (evt): "I want to thank X", "we want to assure X" were flagged ahead (a wish to act); a
    # first-person speaker performs the speech act by saying it; a state that "wants to" act keeps its intent ahead
    event = _one("We want to thank Japan for its generous help.", nlp)
    assert (event.event_type, event.target.code, event.future) == ("SUPPORT", "JPN", False)
    event = _one("I want to ask Germany to send more doctors.", nlp)
    assert (event.event_type, event.target.code, event.future) == ("REQUEST", "DEU", False)
    event = _one("Kenya wants to send troops to Somalia.", nlp)
    assert event.future is True


def test_a_war_ended_is_a_fight_given_up_by_both_sides(nlp):
    # fifteenth pass, 2026-12-07 (evt): "X, Y end war" and "X and Y stop fighting" were two attacks (the noun "war" under
    # the light verb "end"); ending, stopping or halting a fight is RETREAT (CAMEO 087), each side's to the other
    events = _events("Ethiopia, Eritrea end war.", nlp)
    assert sorted((e.event_type, e.source.code, e.target.code) for e in events) == [("RETREAT", "ERI", "ETH"), ("RETREAT", "ETH", "ERI")]
    events = _events("Peru and Ecuador stopped fighting on Sunday.", nlp)
    assert sorted((e.event_type, e.source.code, e.target.code) for e in events) == [("RETREAT", "ECU", "PER"), ("RETREAT", "PER", "ECU")]
    event = _one("Iraq ended the war with Iran in 1988.", nlp)  # one side's act, its partner named after "with"
    assert (event.event_type, event.source.code, event.target.code) == ("RETREAT", "IRQ", "IRN")


def test_accusations_traded_go_both_ways(nlp):
    # fifteenth pass, 2026-12-07 (evt): "X and Y trade accusations" kept one side (or none as target); traded or exchanged
    # accusations, insults or fire are each side's act against the other
    events = _events("India and Pakistan trade accusations over dam.", nlp)
    assert sorted((e.event_type, e.source.code, e.target.code) for e in events) == [("ACCUSE", "IND", "PAK"), ("ACCUSE", "PAK", "IND")]
    events = _events("Greece and Turkey traded insults on Tuesday.", nlp)
    assert sorted((e.source.code, e.target.code) for e in events) == [("GRC", "TUR"), ("TUR", "GRC")]
    event = _one("Kenya accused Uganda of arming rebels.", nlp)
    assert (event.source.code, event.target.code) == ("KEN", "UGA")


def test_an_armed_group_named_by_another_states_nationality_is_that_states(nlp):
    # fifteenth pass, 2026-12-07 (evt): "the Pakistani Taliban" was coded AFG (the group's home in the gazetteer); an armed
    # group named by another state's nationality word is its branch in that state, an armed group (REB)
    event = _one("The Pakistani Taliban attacked a police post near the border.", nlp)
    assert (event.event_type, event.source.code, event.source.span.text) == ("ASSAULT", "PAKREB", "Pakistani Taliban")
    event = _one("The Taliban attacked a police post.", nlp)
    assert event.source.code == "AFGREB"  # sixteenth pass: the group's own sector with its home


def test_a_group_across_a_border_takes_no_country_from_the_doer(nlp):
    # fifteenth pass, 2026-12-07 (evt): "X funded rebel groups across the border" gave the rebels X's country; a group
    # reached across a border is the other side's ("Kenya armed the rebel groups" keeps KENREB)
    event = _one("Rwanda funded rebel groups across the border.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("AID", "RWA", "REB")
    event = _one("Uganda backed rebels across the frontier.", nlp)
    assert (event.event_type, event.target.code) == ("SUPPORT", "REB")


def test_a_coast_guard_is_an_armed_force(nlp):
    # fifteenth pass, 2026-12-07 (evt): "the coast guard seized a tanker" had no source and "X seized by the Y coast
    # guard" no event (a two-word sector); the coast guard is MIL (Phoenix agents: COAST_GUARD)
    event = _one("The coast guard seized a Liberian tanker.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code) == ("COERCE", "seize", "MIL", "LBR")
    event = _one("Tanker seized by Iranian coast guard.", nlp)
    assert (event.event_type, event.source.code) == ("COERCE", "IRNMIL")


def test_flights_resumed_and_applications_to_join_are_coded(nlp):
    # fifteenth pass, 2026-12-07 (evt): "resumed flights to X" and "applies to join Y" were no event; resuming flights or
    # trade is economic cooperation (CAMEO 061), applying to join a body asks it to admit one (as "applied for membership")
    event = _one("Jordan resumed flights to Iraq on Monday.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("COOPERATE", "JOR", "IRQ")
    event = _one("Finland applies to join NATO.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "FIN", "IGO")
    event = _one("Egypt suspended flights to Qatar.", nlp)
    assert event.event_type == "SANCTION"


def test_an_act_one_is_unable_to_do_is_not_done(nlp):
    # fifteenth pass, 2026-12-07 (evt), PolNeAR train: "the inability to end the conflict" was coded as ended; the act
    # named after "inability" or "failure" is negated, as after "failed to"
    event = _one("Kenya's failure to sign the accord with Uganda surprised diplomats.", nlp)
    assert (event.event_type, event.negation, event.target.code) == ("REJECT", True, "UGA")
    assert _events("The inability to end the conflict leaves Chile exposed.", nlp) == ()  # no side named: no truce


def test_workers_who_strike_protest_and_crowds_block_roads(nlp):
    # fifteenth pass, 2026-12-07 (evt), invented headlines: "workers strike at X mine" was an attack, "farmers block roads
    # in X" and "thousands protest in X against Y" (the headline's verb read as a root noun) were no event
    event = _one("Teachers strike in Kenya over pay.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("PROTEST", "strike", "KENEDU")
    event = _one("Farmers block roads in Poland over grain imports.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("PROTEST", "obstruct", "POLCVL")
    event = _one("Thousands protest in Belgrade against government.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("PROTEST", "CVL", "SRBGOV")
    event = _one("Rebels struck the army base.", nlp)
    assert event.event_type == "ASSAULT"


def test_a_states_name_the_tagger_misreads_still_heads_its_headline(nlp):
    # fifteenth pass, 2026-12-07 (evt): "X expels Y diplomats" with X tagged an adjective (the verb's subject, or the
    # modifier of the verb read as a noun) had no source or no event; "X severs ties with Y" with X tagged a common noun
    # before the verb read as a noun was no event
    event = _one("Nepal expels Indian diplomats.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "NPL", "INDGOV")
    event = _one("Pakistan expels Afghan diplomats.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "PAK", "AFGGOV")
    event = _one("Bahrain severs ties with Qatar.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "BHR", "QAT")
    event = _one("Hungary boycotts EU summit.", nlp)  # the verb tagged a name inside the headline's name run
    assert (event.event_type, event.source.code) == ("PROTEST", "HUN")
    assert _events("Pakistan cricket team wins series.", nlp) == ()


def test_a_show_of_force_near_a_state_is_aimed_at_it(nlp):
    # fifteenth pass, 2026-12-07 (evt), invented sentences: drills and warships "near" a state had no target; a build-up or
    # exercise held near, off or along a state is shown to it (PLOVER MOBILIZE's target) when no other is named
    event = _one("China holds military drills near Taiwan.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "CHN", "TWN")
    event = _one("Chinese warships massed near the Philippine coast.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "CHNMIL", "PHL")


def test_drivers_and_fishermen_are_actors(nlp):
    # fifteenth pass, 2026-12-07 (evt), invented sentences: "taxi drivers staged a strike", "fishermen protested" had no
    # source; the transport trades' working people are LAB, fishermen civilians (CVL) as farmers are
    event = _one("Taxi drivers staged a strike in Lagos.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("PROTEST", "strike", "NGALAB")
    event = _one("Fishermen protested outside the parliament in Manila.", nlp)
    assert (event.event_type, event.source.code[-3:]) == ("PROTEST", "CVL")


def test_an_armed_group_of_the_gazetteer_is_an_armed_group(nlp):
    # sixteenth pass, 2026-12-07 (evt): the armed groups the gazetteer lists (REB) were coded with their home country only
    # ("the Taliban" AFG, as the state); they are the armed group of that country, and one with no home is REB alone
    event = _one("Hezbollah fighters shelled a hilltop outpost overnight.", nlp)
    assert (event.event_type, event.source.code) == ("ASSAULT", "LBNREB")
    event = _one("The Houthis seized a Greek cargo ship.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code) == ("COERCE", "seize", "YEMREB", "GRC")
    event = _one("Jordan held quiet talks with Hamas.", nlp)
    assert (event.event_type, event.target.code) == ("CONSULT", "PSEREB")
    event = _one("Al-Qaeda threatened Denmark.", nlp)
    assert (event.source.code, event.target.code) == ("REB", "DNK")
    event = _one("NATO warned Serbia.", nlp)  # an alliance of states stays the international body
    assert event.source.code == "IGO"


def test_a_curfew_or_martial_law_is_its_own_mode_of_coercion(nlp):
    # sixteenth pass, 2026-12-07 (evt): a curfew imposed was COERCE mode seize; CAMEO2PLOVER-2021 codes imposing a curfew
    # (1723) COERCE mode curfew and a state of emergency or martial law (1724) mode martial-law
    event = _one("The Nigerian army imposed a curfew in Kano.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("COERCE", "curfew", "NGAMIL")
    event = _one("The provincial government declared an overnight curfew.", nlp)
    assert (event.event_type, event.mode) == ("COERCE", "curfew")
    event = _one("Thailand imposed a state of emergency in the south.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("COERCE", "martial-law", "THA")
    assert _one("Peru lifted the curfew in Lima.", nlp).event_type != "COERCE"  # a curfew lifted is none imposed


def test_an_effort_or_a_call_to_end_a_fight_is_no_attack(nlp):
    # sixteenth pass, 2026-12-07 (evt): the fighting someone tries to end was coded as an attack between its sides when no
    # side ended it ("mediators are trying to end ...", "efforts to end ..."), a third party ending others' war as its own
    # retreat, and "calls to halt the shelling" as a sanction; one side halting its shelling is RETREAT (CAMEO 087)
    assert _events("Envoys are trying to end the fighting between Chad's army and the rebels.", nlp) == ()
    assert _events("Senegal is seeking to stop the war between Mali and Niger.", nlp) == ()
    assert _events("A push to end the clashes between Armenia and Azerbaijan stalled.", nlp) == ()
    assert _events("There were calls to halt the shelling of the port by Turkey.", nlp) == ()
    event = _one("Israel suspended its bombing of southern Lebanon.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("RETREAT", "ISR", "LBN")
    events = _events("Mali and Niger ended the fighting.", nlp)  # the sides themselves: each gives up the fight
    assert sorted((e.event_type, e.source.code, e.target.code) for e in events) == [("RETREAT", "MLI", "NER"), ("RETREAT", "NER", "MLI")]


def test_a_reported_hostile_act_on_its_things_is_done_to_the_reporter(nlp):
    # sixteenth pass, 2026-12-07 (evt), invented sentences of events in reported speech: "X said Y had violated its
    # airspace" had no target (only acts of force read "its" as the reporter's); no state violates, threatens or rejects
    # its own things, so "its" is the reporter's; "its own" and a plain clause keep the doer's
    event = _one("Ecuador said Peru had violated its airspace.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REJECT", "PER", "ECU")
    event = _one("Turkey had threatened its islands, Greece said.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "TUR", "GRC")
    event = _one("Chile said Bolivia had rejected its offer of talks.", nlp)
    assert (event.event_type, event.target.code) == ("REJECT", "CHL")
    assert _one("Peru violated its own airspace, Ecuador said.", nlp).target is None


def test_people_who_are_no_envoys_expelled_are_deported(nlp):
    # sixteenth pass, 2026-12-07 (evt), invented sentences: "X expelled Y traders" was SANCTION (the bare verb's, as for
    # diplomats) and expelling workers or migrants COERCE mode seize; CAMEO2PLOVER-2021 174 'expel or deport
    # individuals' is COERCE mode deport; expelling diplomats stays SANCTION
    event = _one("Gabon expelled forty Cameroonian traders.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code) == ("COERCE", "deport", "GAB", "CMRBUS")
    event = _one("Libya expels hundreds of Sudanese workers", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("COERCE", "deport", "LBY")
    event = _one("Gabon expelled two Cameroonian diplomats.", nlp)
    assert (event.event_type, event.mode) == ("SANCTION", "expel")


def test_a_passive_headlines_doer_does_not_place_whom_it_acts_on(nlp):
    # sixteenth pass, 2026-12-07 (evt), invented passive headlines: "Envoy expelled by X" gave the envoy X's country (the
    # agent phrase read as part of the envoy's own phrase), so X expelled its own envoy; the doer places no one
    event = _one("Envoy expelled by Gabon", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "GAB", "GOV")
    event = _one("Diplomats summoned by Estonia", nlp)
    assert (event.source.code, event.target.code) == ("EST", "GOV")


def test_an_act_one_is_likely_or_unlikely_to_do_is_not_done(nlp):
    # sixteenth pass, 2026-12-07 (evt), invented hypothetical sentences: "X is unlikely to sever ties with Y" was coded as
    # done (SANCTION, no flag); an act under "likely" or "unlikely" is a forecast, hypothetical and ahead, as under "could"
    event = _one("Paraguay is unlikely to sever ties with Taiwan.", nlp)
    assert (event.source.code, event.target.code, event.future, event.hypothetical) == ("PRY", "TWN", True, True)
    assert event.event_type != "SANCTION"  # a hostile act ahead, read as "X could sever ties" is
    event = _one("Uruguay is likely to sign the trade pact with Peru.", nlp)
    assert (event.event_type, event.hypothetical) == ("AGREE", True)
    event = _one("Paraguay severed ties with Taiwan.", nlp)
    assert (event.event_type, event.hypothetical) == ("SANCTION", False)


def test_a_states_measure_ended_or_lifted_is_its_own_act_on_the_other(nlp):
    # sixteenth pass, 2026-12-07 (evt), invented nominal events: "X's blockade of Y ended" made the whole phrase the doer
    # and had no target, "X's embargo on Y was lifted" had X as the target, "X's visit to Y was cancelled" coded the visit
    # as made; the owner of the act noun the verb ends, lifts or cancels does so, to whom the noun names
    event = _one("Sudan's blockade of the Eritrean port ended.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("RETREAT", "SDN", "ERI")
    event = _one("Ukraine's embargo on Belarusian fertilizer was lifted.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("RETREAT", "UKR", "BLR")
    event = _one("The Chilean president's visit to Bolivia was cancelled.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "CHLGOV", "BOL")


def test_an_effort_to_end_a_fight_only_placed_is_a_go_betweens(nlp):
    # sixteenth pass, 2026-12-07 (evt): "X is working to halt the fighting in Y" was RETREAT X -> Y and Y -> X (the place
    # read as a side); an effort to end a fight named only by its place is mediation, and a side ending the war in a
    # place ends it there, one way
    assert _events("Qatar is working to halt the fighting in Gaza.", nlp) == ()
    assert _events("Algeria pushed to end the war in Mali.", nlp) == ()
    event = _one("Morocco ended the war in Western Sahara.", nlp)
    assert (event.event_type, event.source.code) == ("RETREAT", "MAR")


def test_an_act_with_neither_or_no_on_its_doer_or_object_is_not_done(nlp):
    # sixteenth pass, 2026-12-07 (evt), invented negated sentences: "Neither X nor Y signed the accord" and "X sent no
    # troops to Y" were coded as done; "neither" or "no" on the act's subject or object negates it as "not" does
    events = _events("Neither Benin nor Niger ratified the accord.", nlp)
    assert sorted((e.source.code, e.negation) for e in events) == [("BEN", True), ("NER", True)]
    event = _one("Hungary sent no troops to Serbia.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.negation) == ("MOBILIZE", "HUN", "SRB", True)
    assert _one("Hungary sent troops to Serbia.", nlp).negation is False


def test_a_deal_brokered_to_end_a_fight_is_no_retreat_of_the_broker(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences: "X brokered a deal to end the fighting" coded X's RETREAT
    # (the deal's aim read as the broker's own act); a go-between's deal aims at the sides' retreat, not its own
    events = _events("Egypt brokered a deal to end the fighting.", nlp)
    assert [(e.event_type, e.source.code) for e in events] == [("AGREE", "EGY")]
    assert "RETREAT" not in {e.event_type for e in _events("Oman helped broker a truce to end the war.", nlp)}
    events = _events("Sudan and Chad signed a deal to end the war.", nlp)
    assert sorted((e.source.code, e.target.code) for e in events if e.event_type == "RETREAT") == [("SDN", "TCD"), ("TCD", "SDN")]


def test_a_warning_that_another_could_act_is_no_threat_of_the_warner(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences: "X warned that Y could invade" was X's THREATEN; a warning
    # about a third party's possible act is Y's act, hypothetical; the warner's own forces or "would pay" stay its threat
    event = _one("Turkey warned that Greece could invade the island.", nlp)
    assert (event.source.code, event.hypothetical, event.trigger.text) == ("GRC", True, "invade")
    event = _one("Brazil warned that rebels might seize the border town.", nlp)
    assert (event.trigger.text, event.hypothetical) == ("seize", True)
    event = _one("Turkey warned that its army could invade the island.", nlp)
    assert (event.event_type, event.source.code, event.trigger.text) == ("THREATEN", "TUR", "warned")
    event = _one("India warned that Pakistan would pay a heavy price.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "IND", "PAK")


def test_expelling_people_who_are_no_envoys_is_deportation_as_a_noun_too(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences: "the expulsion of X traders" was SANCTION (the bare
    # noun's) where the verb was COERCE deport; the noun reads its "of" object as the verb reads its object
    event = _one("Nigeria's expulsion of Ghanaian traders angered Accra.", nlp)
    assert (event.event_type, event.mode, event.source.code, event.target.code) == ("COERCE", "deport", "NGA", "GHABUS")
    event = _one("Mass expulsions of migrants by Libya drew criticism.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("COERCE", "deport", "LBY")
    assert _one("The expulsion of Russian diplomats was announced by Poland.", nlp).event_type == "SANCTION"
    # the verb "deport" and its noun were mode seize and no mode: a deportation is mode deport (CAMEO 174)
    event = _events("Algeria arrested and deported dozens of Malian migrants.", nlp)[1]
    assert (event.event_type, event.mode, event.trigger.text) == ("COERCE", "deport", "deported")
    event = _one("The deportation of Afghan refugees by Iran resumed.", nlp)
    assert (event.event_type, event.mode, event.source.code) == ("COERCE", "deport", "IRN")


def test_a_reported_act_on_its_people_is_done_to_the_reporter(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences: "X said Y had threatened its fishermen" had no target
    # ("its fishermen" read as Y's own); no state threatens or attacks its own people, so they are the reporter's
    event = _one("Vietnam said China had threatened its fishermen.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", "CHN", "VNM")
    event = _one("Ecuador said Colombia had attacked its soldiers.", nlp)
    assert (event.event_type, event.target.code) == ("ASSAULT", "ECU")
    event = _one("Kenya said Uganda had detained its Somali guards.", nlp)
    assert event.target.code == "SOM"  # the object names its own state
    assert _one("Peru said Chile had shelled its own troops.", nlp).target is None


def test_a_participle_on_an_event_noun_takes_the_nouns_party(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences: "Talks with X hosted by Y began" and "Sanctions on X
    # imposed by Y" lost X (the party named in the noun the participle is done to); as "Y hosted talks with X"
    event = _one("Talks with Sudan hosted by Norway began.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONSULT", "NOR", "SDN")
    events = _events("Talks between Mali and Niger hosted by Algeria ended without a deal.", nlp)
    assert sorted((e.source.code, e.target.code) for e in events) == [("DZA", "MLI"), ("DZA", "NER")]
    event = _events("Sanctions on Iran imposed by Canada were lifted.", nlp)[0]
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "CAN", "IRN")


def test_forces_seen_near_a_state_are_a_show_of_force(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences and headlines: "X warships spotted near Y" was uncoded;
    # forces seen near, off or along a state are shown to it, as "massed warships near Y" (MOBILIZE)
    event = _one("Chinese warships were spotted near Japan.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "CHNMIL", "JPN")
    event = _one("Chinese warships spotted near Japan", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "CHNMIL", "JPN")
    event = _one("Russian jets were seen off Estonia on Monday.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("MOBILIZE", "RUSMIL", "EST")
    assert _events("Tourists were spotted near Japan.", nlp) == ()


def test_threats_traded_go_both_ways(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences of two actors joined: "X and Y traded threats" was
    # COOPERATE (the bare verb's trade); threats or warnings traded are each side's THREATEN, as accusations are ACCUSE
    events = _events("Venezuela and Guyana traded threats over the disputed river.", nlp)
    assert sorted((e.event_type, e.source.code, e.target.code) for e in events) == [
        ("THREATEN", "GUY", "VEN"), ("THREATEN", "VEN", "GUY")]
    assert {e.event_type for e in _events("Peru and Chile exchanged warnings.", nlp)} == {"THREATEN"}
    assert _events("Nepal and Bhutan traded rice for timber.", nlp)[0].event_type == "COOPERATE"


def test_each_other_as_object_makes_each_doer_the_others_target(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences of two actors joined: "X and Y accused each other" had no
    # target (or the "of" phrase); "each other" and "one another" are the two doers, each the other's target
    events = _events("Nigeria and Cameroon accused each other of harbouring rebels.", nlp)
    assert sorted((e.source.code, e.target.code) for e in events) == [("CMR", "NGA"), ("NGA", "CMR")]
    events = _events("Sudan and Chad blamed one another for the raid.", nlp)
    assert sorted((e.event_type, e.source.code, e.target.code) for e in events) == [("ACCUSE", "SDN", "TCD"), ("ACCUSE", "TCD", "SDN")]
    events = _events("Greece and Cyprus condemned Turkey.", nlp)
    assert sorted((e.source.code, e.target.code) for e in events) == [("CYP", "TUR"), ("GRC", "TUR")]


def test_ties_deepened_or_strengthened_are_support_between_the_pair(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences: "X and Y strengthened their relations" and "vowed to deepen
    # ties" were uncoded or a THREATEN (a bare vow); ties deepened or strengthened are SUPPORT, as "upgraded ties", and
    # a pair that does it does it with each other; vowing it is a promise (AGREE)
    event = _one("Vietnam and Laos strengthened their relations.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "VNM", "LAO")
    event = _one("Kenya vowed to strengthen ties with Ethiopia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("AGREE", "KEN", "ETH")


def test_a_party_named_amid_an_act_is_no_target_of_it(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences with events named by nouns after "amid": "X withdrew its
    # troops amid pressure from Y" made Y the target; "amid" frames the act in time, as "after" does
    # (the pressure is Germany's own REQUEST since the eighteenth pass's second round)
    events = _events("Serbia withdrew its troops amid pressure from Germany.", nlp)
    assert sorted((e.event_type, e.source.code, e.target) for e in events) == [("REQUEST", "DEU", None), ("RETREAT", "SRB", None)]
    event = _one("Amid protests over the dam, Egypt summoned the Ethiopian envoy.", nlp)
    assert (event.source.code, event.target.code) == ("EGY", "ETHGOV")
    # an act named by the "amid" phrase that opens the sentence is an event of its own, as after "after" or "during"
    events = _events("Amid calls by Germany for restraint, Serbia withdrew its troops.", nlp)
    assert sorted((e.event_type, e.source.code, e.target) for e in events) == [("REQUEST", "DEU", None), ("RETREAT", "SRB", None)]


def test_an_agreement_after_talks_is_made_with_the_talks_partner(nlp):
    # seventeenth pass, 2026-12-07 (evt), invented sentences with events named by nouns after "after": "After talks with
    # X, Y agreed to ..." had no target for the agreement; an agreement reached after talks is made with their partner
    events = _events("After talks with Vietnam, Cambodia agreed to reopen the crossing.", nlp)
    assert sorted((e.event_type, e.source.code, e.target.code) for e in events) == [("AGREE", "KHM", "VNM"), ("CONSULT", "KHM", "VNM")]
    event = _one("Cambodia agreed to reopen the crossing after talks with Vietnam.", nlp)
    assert (event.event_type, event.target.code) == ("AGREE", "VNM")
    event = _events("After talks with Vietnam, Cambodia agreed with Laos on water sharing.", nlp)[1]
    assert (event.event_type, event.target.code) == ("AGREE", "LAO")  # a partner named by the agreement stays


def _dyads(events, event_type):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None) for e in events if e.event_type == event_type)


def test_an_amid_phrase_in_mid_or_end_of_sentence_is_a_request_of_its_own(nlp):
    events = _events("Ghana recalled its envoy from Togo amid calls by Nigeria for sanctions.", nlp)
    assert _dyads(events, "SANCTION") == [("GHA", "TGO")]
    request = next(e for e in events if e.event_type == "REQUEST")
    assert (request.source.code, request.trigger.text, request.target) == ("NGA", "calls", None)
    events = _events("Peru closed its border with Chile on Friday amid demands from Bolivia for talks.", nlp)
    assert [e.source.code for e in events if e.event_type == "REQUEST"] == ["BOL"]
    assert _dyads(events, "COERCE") == [("PER", "CHL")]


def test_calls_from_a_party_are_its_request(nlp):
    event = _one("Calls from Egypt for a truce grew louder.", nlp)
    assert (event.event_type, event.source.code, event.source.text, event.target) == ("REQUEST", "EGY", "Egypt", None)


def test_an_act_of_a_pair_on_what_they_hold_together_is_each_toward_the_other(nlp):
    events = _events("Peru and Ecuador reopened their shared border.", nlp)
    assert _dyads(events, "RETREAT") == [("ECU", "PER"), ("PER", "ECU")]
    events = _events("Sudan and Chad closed their joint border on Tuesday.", nlp)
    assert _dyads(events, "COERCE") == [("SDN", "TCD"), ("TCD", "SDN")]
    assert _dyads(_events("Kenya and Uganda closed their borders.", nlp), "COERCE") == [("KEN", None), ("UGA", None)]
    assert _dyads(_events("India and Pakistan resumed their bilateral trade.", nlp), "COOPERATE") == [("IND", "PAK")]


def test_fire_or_blows_traded_in_words_are_criticism_both_ways(nlp):
    events = _events("Chile and Bolivia traded blows over water rights at the forum.", nlp)
    assert _dyads(events, "ACCUSE") == [("BOL", "CHL"), ("CHL", "BOL")]
    assert not _dyads(events, "ASSAULT") and not _dyads(events, "COOPERATE")
    event = _one("The two senators exchanged shots during a heated debate.", nlp)
    assert (event.event_type, event.mode, event.trigger.text) == ("ACCUSE", "disapprove", "exchanged")
    assert _dyads(_events("Militiamen and police traded blows in the square.", nlp), "ASSAULT") == [("COP", "REB"), ("REB", "COP")]
    event = _one("Indian and Pakistani troops exchanged fire along the border.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "INDMIL", "PAKMIL")


def test_places_after_in_of_a_toll_are_where_the_dead_were_not_sides(nlp):
    events = _events("Car bombs killed 30 in Baghdad and 12 in Damascus.", nlp)
    assert _dyads(events, "ASSAULT") == [(None, "IRQ"), (None, "SYR")]
    assert [e.target.text for e in events] == ["Baghdad", "Damascus"]
    assert _dyads(_events("Raids killed 25 people in Mali and in Niger.", nlp), "ASSAULT") == [(None, "MLICVL"), (None, "NER")]
    assert _dyads(_events("A bomb killed 12 in Lima.", nlp), "ASSAULT") == [(None, "PER")]


def test_praise_or_blame_of_an_act_is_aimed_at_its_doer(nlp):
    event = _one("Bolivia condemned the detention of Bolivian truckers by Chile.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.target.text) == ("ACCUSE", "BOL", "CHL", "Chile")
    event = _one("The withdrawal of Kenyan troops from Somalia was welcomed by the African Union.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "IGO", "KENMIL")
    event = _one("The visit of the Indian foreign minister to Dhaka was praised by Nepal.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "NPL", "INDGOV")


def test_a_host_keeps_its_event_when_a_second_verb_shares_the_talks(nlp):
    events = _events("Qatar hosted and mediated talks between Sudan and Chad.", nlp)
    hosted = [(e.source.code, e.target.code) for e in events if e.trigger.text == "hosted"]
    assert hosted == [("QAT", "SDN"), ("QAT", "TCD")]
    assert [(e.source.code, e.target.code) for e in events if e.trigger.text == "talks"] == [("SDN", "TCD")]
    assert [(e.source.code, e.target.code) for e in events if e.trigger.text == "mediated"] == [("QAT", "SDN"), ("QAT", "TCD")]
    events = _events("Ghana hosted and mediated talks between Togo and Benin.", nlp)
    assert [(e.source.code, e.target.code) for e in events if e.trigger.text == "mediated"] == [("GHA", "TGO"), ("GHA", "BEN")]


def test_deal_making_verbs_agree_with_every_deal_noun_and_signing_is_support(nlp):
    for text in ("Chile and Peru struck an accord on fishing.", "Chile and Peru reached a pact.", "Chile and Peru clinched an agreement."):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("AGREE", "CHL", "PER"), text
    for text in ("Chile and Peru signed a deal.", "Chile and Peru sealed a deal.", "Chile and Peru concluded a treaty."):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "CHL", "PER"), text


def test_police_sent_abroad_are_forces_moved(nlp):
    event = _one("Kenya sent police officers to Haiti.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("MOBILIZE", "KEN", "HTI", "sent")
    assert not _events("The mayor sent officers to the scene.", nlp)


def test_a_visit_put_off_is_its_visitors_act_not_a_visit_made(nlp):
    event = _one("The visit of the Chilean foreign minister to Lima was postponed.", nlp)
    assert (event.event_type, event.source.code, event.target.code, event.trigger.text) == ("SANCTION", "CHLGOV", "PER", "postponed")
    event = _one("Ghana's summit with Togo was postponed.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "GHA", "TGO")
    event = _one("The trip of the Egyptian president to Sudan was cancelled.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SANCTION", "EGYGOV", "SDN")


def test_a_visit_called_off_with_its_visitor_after_of_is_the_visitors_act(nlp):
    # a pattern ending in its particle ("call off", "put off") names no noun: the "of" visitor of the event noun it is
    # done to owns the act, and the visit is no visit made (it was coded CONSULT, and the SANCTION had no source)
    cases = [("The visit of the Peruvian president to Bolivia was called off.", "PERGOV", "BOL", "Peruvian president"),
             ("The trip of Kenya's foreign minister to Uganda was called off on Monday.", "KENGOV", "UGA", "Kenya's foreign minister"),
             ("The visit of Malta's prime minister to Tunisia was put off.", "MLTGOV", "TUN", "Malta's prime minister"),
             ("The trip of the Latvian defense minister to Finland has been called off.", "LVAGOV", "FIN", "Latvian defense minister")]
    for text, source, target, source_text in cases:
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code, event.source.text) == ("SANCTION", source, target, source_text)


def test_pressure_or_a_request_from_a_party_is_its_request(nlp):
    # "pressure" with its "from" names the one who presses, and a request's "from" hung on what is asked for ("a request
    # for aid from X") names the asker, as "calls from X" did: both coded no event of X's
    events = _events("Ghana withdrew its troops amid pressure from Nigeria.", nlp)
    assert _dyads(events, "REQUEST") == [("NGA", None)]
    assert _dyads(events, "RETREAT") == [("GHA", None)]
    events = _events("Amid mounting pressure from Brazil, Paraguay reopened the bridge.", nlp)
    assert [(e.source.code, e.source.text, e.trigger.text) for e in events if e.event_type == "REQUEST"] == [("BRA", "Brazil", "pressure")]
    event = _one("Nepal faces growing pressure from India over the border.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "IND", "NPL")
    event = _one("A request for aid from Haiti reached Cuba on Monday.", nlp)
    assert (event.event_type, event.source.code, event.source.text, event.trigger.text) == ("REQUEST", "HTI", "Haiti", "request")
    event = _one("Chad received a request for troops from Niger.", nlp)
    # the troops asked for are no target; the one who received the request is (nineteenth pass)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "NER", "TCD")
    assert not _events("Blood pressure rose among the delegates.", nlp)


def test_a_host_welcoming_the_visit_of_a_visitor_to_its_capital_receives_the_visitor(nlp):
    # the parser hangs the visit's "to" on "welcomed", whose pattern ("welcome to") read the host's own capital as the one
    # received (the host hosting itself); the visitor is the "of" (or "by") of the visit
    cases = [("Japan welcomed the visit of the Chinese premier to Tokyo.", "JPN", "CHNGOV", "Chinese premier"),
             ("Greece welcomed the visit of the Cypriot president to Athens on Friday.", "GRC", "CYPGOV", "Cypriot president"),
             ("Egypt welcomed the visit by the Jordanian king to Cairo.", "EGY", "JORGOV", "Jordanian king"),
             ("Senegal welcomed the visit of Mali's defense minister to Dakar.", "SEN", "MLIGOV", "Mali's defense minister"),
             ("Uruguay welcomed the Paraguayan foreign minister to Montevideo.", "URY", "PRYGOV", "Paraguayan foreign minister")]
    for text, host, visitor, visitor_text in cases:
        event = _one(text, nlp)
        assert (event.event_type, event.mode, event.source.code, event.target.code, event.target.text) == ("CONSULT", "visit", host, visitor, visitor_text)


def test_pressure_from_an_armed_group_investors_or_markets_is_no_request(nlp):
    # pressure is an ask only from a state or a political body (a government, party, opposition, legislature): an armed
    # group, an army, investors or markets press by force or money; the eighteenth pass coded all of them REQUEST
    for text in ("The Malian army faces mounting pressure from jihadist militants in the north.",
                 "Portugal faces pressure from investors to cut its deficit.",
                 "Norway is under pressure from the bond markets.",
                 "The bank raised rates under heavy pressure from foreign investors."):
        assert not _dyads(_events(text, nlp), "REQUEST"), text
    event = _one("Laos faces pressure from the Vietnamese government over the dam.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "VNMGOV", "LAO")
    events = _events("Estonia recalled its envoy amid pressure from the European Union.", nlp)
    assert _dyads(events, "REQUEST") == [("IGO", None)]


def test_under_pressure_from_a_party_is_its_request_of_the_subject_not_the_subjects_target(nlp):
    # "Under pressure from X, Y closed its airspace" coded X as the target of Y's closure: an act named after "under"
    # with its doer is that doer's act toward the clause's subject, an event of its own
    cases = ["Under pressure from Peru, Bolivia closed its airspace.",
             "Bolivia, under pressure from Peru, closed its airspace.",
             "Bolivia closed its airspace under pressure from Peru."]
    for text in cases:
        events = _events(text, nlp)
        assert _dyads(events, "COERCE") == [("BOL", None)], text
        assert _dyads(events, "REQUEST") == [("PER", "BOL")], text


def test_a_request_refused_or_received_is_aimed_at_or_from_its_asker(nlp):
    # "a request ... was turned down by Y" had no target, and "Y received a request for troops from X" no target Y
    for text in ("A request for loans from Ecuador was turned down by Colombia.",
                 "The request from Ecuador was rejected by Colombia.",
                 "A request by Ecuador for loans was rejected by Colombia."):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code, event.target.text) == ("REJECT", "COL", "ECU", "Ecuador"), text
    event = _one("Mongolia received a request for fuel from Nepal.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "NPL", "MNG")


def test_praise_of_a_visit_by_its_host_aims_at_the_visitor(nlp):
    # "The Pope's visit to Iraq was hailed by Baghdad" was Iraq praising Iraq; the visit's owner is its doer, and a
    # visitor is of no place the sentence names
    event = _one("The Dalai Lama's visit to Latvia was hailed by Riga.", nlp)
    assert (event.event_type, event.source.code, event.target.text) == ("SUPPORT", "LVA", "Dalai Lama's")
    assert not (event.target.code or "").startswith("LVA")
    event = _one("Finland praised the Estonian president's visit to Helsinki.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "FIN", "ESTGOV")


def test_an_attack_in_a_place_is_where_it_was_not_who_did_it(nlp):
    # "a bombing in X killed ..." read X as the attacker; a place after "in" on the attack noun is where it was,
    # the target when no one else is named; "near" a town still stands for the unnamed attacker (as the PLOVER records)
    event = _one("A bombing in Uganda killed 20 people.", nlp)
    assert (event.event_type, event.source, event.target.code) == ("ASSAULT", None, "UGACVL")
    event = _one("A truck attack in Belgium kills at least 30.", nlp)
    assert (event.event_type, event.source, event.target.code) == ("ASSAULT", None, "BEL")


def test_forces_to_be_sent_to_a_state_are_a_deployment_ahead_not_a_threat(nlp):
    # "will send troops to X" was THREATEN; sending forces to a state is MOBILIZE ahead (flagged future) unless under a
    # condition or against someone
    for text, target in (("Spain will send troops to Senegal.", "SEN"),
                         ("Norway said it will deploy 200 soldiers to Latvia next month.", "LVA")):
        event = _one(text, nlp)
        assert (event.event_type, event.future, event.target.code) == ("MOBILIZE", True, target), text
    event = _one("Spain will send troops to Senegal if the rebels advance.", nlp)
    assert event.event_type == "THREATEN"


def test_a_surname_after_a_courtesy_title_is_no_nationality(nlp):
    # "Mr. English, an activist, worked with ..." was coded British (the surname read as a demonym), and gave the
    # sentence that country for every actor it could not place
    event = _one("Mr. French met the Peruvian ambassador on Friday.", nlp)
    assert (event.event_type, event.source.text, event.source.code, event.target.code) == ("CONSULT", "Mr. French", None, "PERGOV")
    event = _one("Mr. English, an activist, worked with Mr. Dunn on the campaign.", nlp)
    assert (event.event_type, event.source.code) == ("COOPERATE", "NGO")


def test_the_first_word_of_a_titled_name_is_no_act(nlp):
    # "Secretary-General Ban Ki-moon" coded the name's first word as a ban (SANCTION between two titles)
    assert not _events("The agency said Secretary-General Ban Ki Moon would name a new panel.", nlp)
    event = _one("Bolivia said President Strike Ortega met the Chilean foreign minister.", nlp)
    assert (event.event_type, event.target.code) == ("CONSULT", "CHLGOV")


def test_a_joint_operation_with_a_party_is_cooperation(nlp):
    # "launched a joint operation against X", "in a joint operation with X" coded no cooperation
    event = _one("Kenya and Somalia launched a joint operation against the militants.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("COOPERATE", "KEN", "SOM")


def test_backing_off_or_away_is_yielding_not_backing(nlp):
    # "Facing protests, Berlin backed off" was SUPPORT (the bare verb's backing); backing off or away is CONCEDE, as
    # backing down was
    for text, source in (("Facing protests, Vienna backed off.", "AUT"),
                         ("Hungary backed away from the plan on Tuesday.", "HUN")):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code) == ("CONCEDE", source), text
    assert _one("Hungary backed the plan on Tuesday.", nlp).event_type == "SUPPORT"


def test_tariffs_raised_announced_or_dropped_are_sanctions_imposed_or_eased(nlp):
    # "raised tariffs on X wine", "announced a new tariff on X steel" and "dropped tariffs on X imports" coded nothing:
    # raising or naming a tariff is SANCTION (CAMEO 163), dropping or cutting one RETREAT (CAMEO 085, as lifting sanctions)
    for text, event_type, source, target in (("Peru raised tariffs on Chilean wine.", "SANCTION", "PER", "CHL"),
                                             ("The Turkish government announced a new tariff on Greek steel.", "SANCTION", "TURGOV", "GRC"),
                                             ("Vietnam dropped tariffs on Thai imports.", "RETREAT", "VNM", "THA")):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == (event_type, source, target), text


def test_support_that_turns_to_anger_is_no_request(nlp):
    # "support for X has turned to Y" was REQUEST (the pattern "turn to X for support" read the subject as what is sought)
    assert not _events("Support for the Estonian pension bill has turned to opposition among teachers.", nlp)
    assert not _events("Local support for the Danish wind farm turned to opposition last spring.", nlp)
    event = _one("Estonia turned to Finland for support.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REQUEST", "EST", "FIN")


def test_scrambling_to_act_is_hurry_not_mobilization(nlp):
    # "X scrambles to keep pace", "officials scrambled for answers" were MOBILIZE; only scrambled aircraft are a build-up
    assert not _events("The Chilean cabinet scrambles to keep up with the floods.", nlp)
    assert not _events("Uruguayan officials scrambled for an explanation.", nlp)
    event = _one("Norway scrambled fighters on Sunday.", nlp)
    assert (event.event_type, event.source.code) == ("MOBILIZE", "NOR")


def test_under_fire_from_a_state_is_its_criticism(nlp):
    # "X is under fire from Y" coded nothing: it is Y's criticism of X (CAMEO 111); from an armed body it is shots
    event = _one("The Polish foreign minister is under fire from Lithuania over the pipeline.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ACCUSE", "LTU", "POLGOV")
    assert event.trigger.text == "fire"
    events = _events("Under fire from Austria, Slovenia dropped the levy.", nlp)
    assert ("ACCUSE", "AUT", "SVN") in {_dyad_of(e) for e in events}
    event = _one("Rebel camps were under fire from the Sudanese army.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "SDNMIL", "SDNREB")
    assert not _events("Fire from the ridge lit up the valley.", nlp)


def test_forces_a_threat_would_send_are_no_target(nlp):
    # "X threatened to send troops to Y" took the troops (coded with Y) as the target; the target is where they would go
    for text, source, target in (("Chad threatened to send troops to Niger.", "TCD", "NER"),
                                 ("Egypt threatened to deploy soldiers into Libya.", "EGY", "LBY")):
        event = _one(text, nlp)
        assert (event.event_type, event.source.code, event.target.code) == ("THREATEN", source, target), text
    event = _one("Chad threatened to attack Nigerien troops.", nlp)
    assert (event.event_type, event.target.code) == ("THREATEN", "NERMIL")


def test_a_legislature_beside_another_states_army_is_not_of_that_state(nlp):
    # "Congress condemned the X army's raid" coded Congress with X (the sentence's one country is the other party's):
    # a legislature takes the dateline's country, or stays a sector
    event = _one("Congress condemned the Peruvian army raid.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ACCUSE", "LEG", "PERMIL")
    event = _one("QUITO, Ecuador (Sample Wire) -- Lawmakers criticized the Peruvian army.", nlp)
    assert (event.source.code, event.target.code) == ("ECULEG", "PERMIL")
    event = _one("Lawmakers in Quito criticized the Peruvian government.", nlp)
    assert (event.source.code, event.target.code) == ("ECULEG", "PERGOV")


def test_our_two_countries_in_a_quote_is_the_speakers_side(nlp):
    # a quoted "joint operations between our two countries" was coded with an unnamed pair and no codes; "our" is the
    # speaker's country, the other side stays unnamed
    event = _one('"We widened joint operations between our two countries," the Ghanaian president said.', nlp)
    assert (event.event_type, event.source.code, event.target) == ("COOPERATE", "GHAGOV", None)
    assert event.source.text.endswith("president")


def test_a_country_naming_only_what_an_act_is_about_is_no_home(nlp):
    # "the Iraq war was opposed by Congress" coded an Iraqi legislature: a country compounded with an event noun names
    # its topic, not the home of the sentence's unplaced actors
    event = _one("The Yemen war was opposed by lawmakers.", nlp)
    assert (event.event_type, event.source.code) == ("REJECT", "LEG")
    event = _one("Parliament in Chile rejected the treaty.", nlp)
    assert (event.event_type, event.source.code) == ("REJECT", "CHLLEG")


def test_a_region_surrounding_a_place_is_no_siege(nlp):
    # "the X region, which surrounds the capital" coded COERCE on the capital's country: a region, a town or hills that
    # surround a place say where it lies; troops surrounding a town stay a siege
    assert not _events("The Tigray province surrounds the Eritrean border town.", nlp)
    assert not _events("The district, which surrounds the Malian capital, is dry.", nlp)
    event = _one("Malian troops surrounded the rebel town.", nlp)
    assert (event.event_type, event.source.code) == ("COERCE", "MLIMIL")


def test_idioms_of_beating_and_allowing_for_are_no_acts(nlp):
    # "generals beating their chests" was ASSAULT, "X beat Y in the final" a blow, "the accord allows for ..." CONCEDE
    assert not _events("Several Bolivian generals were beating their chests.", nlp)
    assert not _events("Ghana beat Nigeria in the final.", nlp)
    assert not _events("The Bolivian system allows for a recall of any judge.", nlp)
    event = _one("Bolivian police beat the marchers.", nlp)
    assert (event.event_type, event.source.code) == ("ASSAULT", "BOLCOP")
    event = _one("Bolivia allowed Chilean ships to dock.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("CONCEDE", "BOL", "CHL")


def test_signing_up_for_something_is_enrolling_not_agreeing(nlp):
    # a newsletter's "Sign up to get ..." and "signed up volunteers" were AGREE; signing up "to" a plan stays one
    assert not _events("Sign up to receive a weekly letter from our Lisbon reporter.", nlp)
    assert not _events("Paraguayan teachers signed up for the Bolivian course.", nlp)
    event = _one("Paraguay signed up to the Bolivian plan.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("AGREE", "PRY", "BOL")


def test_failing_to_meet_a_deadline_is_no_refusal(nlp):
    # "X failed to meet the deadline" kept REJECT when the refusal was read before its idle infinitive was dropped
    assert not _events("Latvia failed to meet the deadline.", nlp)
    assert not _events("Many Latvian trucks fail to meet strict Polish emission standards.", nlp)
    event = _one("Latvia failed to honor the accord with Poland.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("REJECT", "LVA", "POL")


def test_things_that_clash_and_papers_rules_or_children_taken_are_no_acts(nlp):
    # views that clash were ASSAULT, passports received CONSULT, limits struck down ASSAULT, an adopted child SUPPORT
    assert not _events("Her Estonian policies clash with the party's views.", nlp)
    assert not _events("Many adoptees received Estonian passports.", nlp)
    assert not _events("The Estonian court struck down limits on rallies.", nlp)
    assert not _events("He was adopted from Estonia as a baby.", nlp)
    event = _one("The Estonian parliament adopted a resolution on Latvia.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("SUPPORT", "ESTLEG", "LVA")
    event = _one("Estonian and Latvian troops clashed on the border.", nlp)
    assert (event.event_type, event.source.code, event.target.code) == ("ASSAULT", "ESTMIL", "LVAMIL")
