"""Actors: gazetteer, NER clean-up, roles, within-document coreference, and the helpers others call."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout.analyze.actors import actor_code, entity_for_span, mention_for_span, persons_before
from readout.analyze.coreference import Found, resolve_short_forms
from readout.analyze.gazetteer import DATA_DIR, load_gazetteer
from readout.analyze.given_names import doubtful_given_name, title_case_line
from readout.analyze.nlp import COMPONENTS, load_pipeline
from readout.model import Document

ACTOR_COMPONENTS = ("readout_gazetteer", "readout_actors")


@pytest.fixture(scope="module")
def actors_nlp():
    """The spaCy pipeline with only the actor components (the others are not needed here)."""
    return load_pipeline(disable=tuple(name for _, name, _ in COMPONENTS if name not in ACTOR_COMPONENTS))


def read(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.readout_document = Document(id="t", source="test", text=text)
    return nlp(doc)


def entity(doc, entity_id: str):
    found = [e for e in doc._.readout_entities if e.id == entity_id]
    assert found, f"{entity_id} not in {[e.id for e in doc._.readout_entities]}"
    return found[0]


def mentions_of(doc, entity_id: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.via) for m in doc._.readout_mentions if m.entity_id == entity_id]


def test_short_forms_titles_and_descriptions_resolve_to_the_full_name(actors_nlp):
    doc = read(
        actors_nlp,
        "Brazilian President Luiz Inácio Lula da Silva received Chancellor Friedrich Merz in Brasília on Monday. "
        "Lula said the talks were frank. Later, the Brazilian leader thanked Merz, and the German chancellor "
        "promised to return.",
    )
    lula = entity(doc, "person:luiz-inacio-lula-da-silva")
    assert lula.country == "BRA"
    assert lula.role == "Brazilian President"
    assert ("the Brazilian leader", "title") in mentions_of(doc, lula.id)
    assert "Lula" in lula.aliases
    merz = entity(doc, "person:friedrich-merz")
    assert merz.mention_count == 3
    assert ("the German chancellor", "title") in mentions_of(doc, merz.id)
    assert merz.role == "Chancellor"


def test_a_person_unknown_to_the_gazetteer_gets_role_country_and_short_form(actors_nlp):
    doc = read(
        actors_nlp,
        "Kenyan Energy Minister Jane Wanjiru met investors in Nairobi. Wanjiru said the grid would expand.",
    )
    person = entity(doc, "person:jane-wanjiru")
    assert person.role == "Kenyan Energy Minister"
    assert person.country == "KEN"
    assert person.mention_count == 2
    assert ("Wanjiru", "short-form") in mentions_of(doc, person.id)
    assert actor_code(person) == "KENGOV"


def test_capitals_stand_for_their_state_unless_they_are_where_something_happens(actors_nlp):
    doc = read(actors_nlp, "Officials met in Paris on Tuesday. Paris and Ottawa rejected the plan, while Downing Street said nothing.")
    assert mentions_of(doc, "place:paris") == [("Paris", "gazetteer")]
    assert ("Paris", "metonymy") in mentions_of(doc, "country:FRA")
    assert ("Ottawa", "metonymy") in mentions_of(doc, "country:CAN")
    assert ("Downing Street", "metonymy") in mentions_of(doc, "country:GBR")


def test_a_capital_is_its_state_only_when_it_acts(actors_nlp):
    doc = read(actors_nlp, "The envoy flew to Nairobi after the Nairobi bombing. Talks with Nairobi stalled, and Nairobi's decision angered donors.")
    assert [text for text, _ in mentions_of(doc, "place:nairobi")] == ["Nairobi", "Nairobi"]
    assert mentions_of(doc, "country:KEN") == [("Nairobi", "metonymy"), ("Nairobi", "metonymy")]


def test_a_capital_coordinated_with_a_place_is_a_place(actors_nlp):
    doc = read(actors_nlp, "Officials in Ottawa and Canberra welcomed the deal, while Tokyo protested.")
    assert mentions_of(doc, "place:canberra") == [("Canberra", "gazetteer")]
    assert mentions_of(doc, "country:JPN") == [("Tokyo", "metonymy")]


def test_a_leader_surname_inside_another_name_is_not_the_leader(actors_nlp):
    doc = read(actors_nlp, "Melania Trump visited a school. President Trump spoke later.")
    assert mentions_of(doc, "person:melania-trump") == [("Melania Trump", "ner")]
    assert mentions_of(doc, "person:donald-trump") == [("Trump", "gazetteer")]


def test_names_inside_longer_names_are_not_read_as_states(actors_nlp):
    doc = read(actors_nlp, "The story ran in The Washington Post about George Washington and the South China Sea.")
    ids = {e.id for e in doc._.readout_entities}
    assert "country:USA" not in ids
    assert "country:CHN" not in ids


def test_organisations_with_acronyms_and_countries_named_inside_them(actors_nlp):
    doc = read(
        actors_nlp,
        "Leaders of the Association of Southeast Asian Nations (ASEAN) met the head of the Kenya Ports Authority. "
        "ASEAN and the UN issued a statement.",
    )
    asean = entity(doc, "org:asean")
    assert asean.mention_count == 3
    assert actor_code(asean) == "IGO"
    ports = [e for e in doc._.readout_entities if e.kind == "ORG" and "Ports" in e.name]
    assert ports and ports[0].country == "KEN"


def test_a_hyphenated_pair_gives_one_mention_per_state(actors_nlp):
    doc = read(actors_nlp, "The U.S.-India deal was signed.")
    assert mentions_of(doc, "country:USA") == [("U.S.", "gazetteer")]
    assert mentions_of(doc, "country:IND") == [("India", "gazetteer")]


def test_entity_for_span_and_actor_codes(actors_nlp):
    text = "Kenyan President William Ruto spoke with the Pentagon chief, and the Pentagon said it would reply."
    doc = read(actors_nlp, text)
    start = text.index("Kenyan President William Ruto")
    speaker = entity_for_span(doc, start, start + len("Kenyan President William Ruto"))
    assert speaker is not None and speaker.id == "person:william-ruto"
    assert actor_code(speaker) == "KENGOV"
    kenyan = entity_for_span(doc, start, start + len("Kenyan"))
    assert kenyan is not None and kenyan.id == "country:KEN"
    assert actor_code(kenyan) == "KEN"
    pentagon_start = text.rindex("Pentagon")
    usa = entity_for_span(doc, pentagon_start, pentagon_start + len("Pentagon"))
    assert usa is not None and usa.id == "country:USA"
    mention = next(m for m in doc._.readout_mentions if m.span.start == pentagon_start)
    assert actor_code(usa, mention) == "USAMIL"
    assert entity_for_span(doc, text.index("spoke"), text.index("spoke") + 5) is None


def test_a_state_takes_the_sector_of_the_group_acting_for_it(actors_nlp):
    text = "Turkish troops crossed the river while Kenyan officials watched and Downing Street said nothing."
    doc = read(actors_nlp, text)
    for phrase, code in (("Turkish troops", "TURMIL"), ("Kenyan officials", "KENGOV"), ("Downing Street", "GBRGOV")):
        start = text.index(phrase)
        mention = mention_for_span(doc, start, start + len(phrase))
        entity = entity_for_span(doc, start, start + len(phrase))
        assert actor_code(entity, mention, doc) == code, phrase


def test_persons_before_lists_the_latest_first(actors_nlp):
    text = "Chancellor Friedrich Merz met Prime Minister Keir Starmer. Merz said he was pleased."
    doc = read(actors_nlp, text)
    names = [e.name for e in persons_before(doc, text.index(" he "))]
    assert names == ["Friedrich Merz", "Keir Starmer"]
    assert persons_before(doc, 0) == []


def test_every_mention_has_a_span_into_the_text(actors_nlp):
    text = "German Foreign Minister Johann Wadephul met Secretary of State Marco Rubio. Wadephul and Rubio agreed to meet again."
    doc = read(actors_nlp, text)
    assert doc._.readout_mentions
    for m in doc._.readout_mentions:
        assert text[m.span.start : m.span.end] == m.span.text
    wadephul = entity(doc, "person:johann-wadephul")
    assert wadephul.role == "German Foreign Minister"
    assert wadephul.mention_count == 2
    assert entity(doc, "person:marco-rubio").mention_count == 2


G20_AND_BRICS = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA EGY ETH IRN ARE".split()


def test_gazetteer_knows_leaders_and_foreign_ministers_of_g20_and_brics():
    gaz = load_gazetteer()
    for iso3 in G20_AND_BRICS:
        categories = {k.category for k in gaz.known.values() if k.kind == "PERSON" and k.country == iso3}
        assert categories & {"head_of_state", "head_of_government"}, iso3
        assert "foreign_minister" in categories, iso3
        assert f"country:{iso3}" in gaz.known
    for org in ("un", "apec", "sco", "brics", "g20", "eu", "nato", "au"):
        assert f"org:{org}" in gaz.known


def test_every_gazetteer_file_says_where_it_comes_from_and_as_of_when():
    for path in Path(DATA_DIR).glob("*.tsv"):
        header = path.read_text(encoding="utf-8").splitlines()[:6]
        assert any(line.startswith("# about:") for line in header), path.name
        assert any(line.startswith("# origin:") for line in header), path.name
        assert any(line.startswith("# as_of:") for line in header), path.name


def test_names_of_things_and_cut_off_names_are_no_actors(actors_nlp):
    doc = read(
        actors_nlp,
        "They declared 2026 and 2027 the Cross Years of Cooperation in Education. Ministers discussed the Treaty on "
        "Measures for the Further Reduction and Limitation of Strategic Offensive Arms. Engineers want to bypass "
        "Western tech bans. The Asian Development Bank approved the loan.",
    )
    names = {e.name for e in doc._.readout_entities}
    # NER labels the first three ORG: a programme, a treaty's title (head "Reduction"), a common-noun phrase
    assert not {"Cross Years of Cooperation in Education", "Further Reduction and Limitation of Strategic Offensive Arms", "Western tech"} & names
    assert "Asian Development Bank" in names


def test_a_one_word_person_never_introduced_is_dropped_unless_titled(actors_nlp):
    doc = read(actors_nlp, "The call fell on Jingzhe, the waking of insects. Senator Okafor said the vote was close. Okafor left.")
    persons = {e.name for e in doc._.readout_entities if e.kind == "PERSON"}
    assert "Jingzhe" not in persons
    assert "Okafor" in persons


def test_a_world_region_taken_for_an_organisation_is_a_place(actors_nlp):
    doc = read(actors_nlp, "Critics call it a win for Sub-Saharan Africa but a loss for the IMF. The pipeline is a lifeline for "
                           "the Caucasus and a headache for OPEC.")
    kinds = {e.name: e.kind for e in doc._.readout_entities}
    # the NER labels "Sub-Saharan Africa" and "Caucasus" ORG here
    assert kinds.get("Sub-Saharan Africa") == "PLACE" and kinds.get("Caucasus") == "PLACE"
    assert not any(e.kind == "ORG" and e.name in {"Sub-Saharan Africa", "Caucasus"} for e in doc._.readout_entities)
    assert kinds.get("International Monetary Fund") == "ORG" and kinds.get("Organization of the Petroleum Exporting Countries") == "ORG"


def test_a_name_ending_in_a_model_number_is_no_actor(actors_nlp):
    doc = read(actors_nlp, "The EB-5 visa program drew investors from abroad. Leaders of the G-20 met in Rome.")
    names = {e.name: e.kind for e in doc._.readout_entities}
    assert "EB-5" not in names  # the NER labels the visa class ORG
    assert names.get("G20") == "ORG"  # a grouping written with a hyphen is known to the gazetteer


def test_a_bare_surname_shared_by_two_named_people_means_the_one_named_first(actors_nlp):
    doc = read(
        actors_nlp,
        "Maria Lindqvist opened her campaign in Ohio on Monday. Lindqvist said the economy came first. Her husband, "
        "Daniel Lindqvist, a former governor, spoke briefly at the rally. Lindqvist then promised new schools, and "
        "Lindqvist said she would win.",
    )
    # all three bare surnames, the one NER leaves untagged too ("Lindqvist then promised")
    assert mentions_of(doc, "person:maria-lindqvist") == [("Maria Lindqvist", "ner")] + [("Lindqvist", "short-form")] * 3
    assert mentions_of(doc, "person:daniel-lindqvist") == [("Daniel Lindqvist", "ner")]


def test_a_full_name_the_document_gives_beats_a_gazetteer_leader_with_that_surname(actors_nlp):
    doc = read(actors_nlp, "Anna Merz, a Berlin economist, criticised the budget on Tuesday. Merz said the deficit was too large.")
    assert mentions_of(doc, "person:anna-merz") == [("Anna Merz", "ner"), ("Merz", "short-form")]
    assert mentions_of(doc, "person:friedrich-merz") == []


def test_a_gazetteer_surname_stands_when_the_document_names_no_one_else_with_it(actors_nlp):
    doc = read(actors_nlp, "The budget was criticised on Tuesday. Merz said the deficit was too large.")
    assert mentions_of(doc, "person:friedrich-merz") == [("Merz", "gazetteer")]
    doc = read(actors_nlp, "Friedrich Merz met the economist Anna Merz in Berlin. Merz said the deficit was too large.")
    assert mentions_of(doc, "person:friedrich-merz") == [("Friedrich Merz", "gazetteer"), ("Merz", "short-form")]
    assert mentions_of(doc, "person:anna-merz") == [("Anna Merz", "ner")]
    doc = read(actors_nlp, "Anna Merz, a Berlin economist, criticised the budget. Chancellor Merz said the deficit was fine.")
    assert mentions_of(doc, "person:friedrich-merz") == [("Merz", "gazetteer")]
    assert mentions_of(doc, "person:anna-merz") == [("Anna Merz", "ner")]


def test_an_epithet_glued_to_a_leader_surname_in_a_headline_is_the_leader(actors_nlp):
    """NER reads "Reckless Merz" in a Title Case headline as a full name; the adjective is no given name, so the
    mention is the gazetteer's Merz and the bare surnames after it stay his."""
    doc = read(actors_nlp, "Reckless Merz And The Budget Fight\nThe chancellor defended his plan on Tuesday. Merz said the deficit would shrink.")
    assert mentions_of(doc, "person:friedrich-merz") == [("Merz", "gazetteer"), ("The chancellor", "title"), ("Merz", "gazetteer")]
    assert [e.id for e in doc._.readout_entities if e.id == "person:reckless-merz"] == []


def test_a_given_name_that_is_also_an_adjective_stays_a_given_name_in_running_text(actors_nlp):
    doc = read(actors_nlp, "Frank Merz criticised the budget on Tuesday. Merz said the deficit was too large.")
    assert mentions_of(doc, "person:frank-merz") == [("Frank Merz", "ner"), ("Merz", "short-form")]
    assert mentions_of(doc, "person:friedrich-merz") == []


def test_a_sentence_initial_adjective_the_document_also_writes_in_lower_case_is_no_given_name(actors_nlp):
    doc = read(actors_nlp, "Frank Merz criticised the budget on Tuesday. Merz said the deficit was too large, and a frank debate was needed.")
    assert mentions_of(doc, "person:friedrich-merz") == [("Merz", "gazetteer"), ("Merz", "gazetteer")]


def test_doubtful_given_names_come_from_the_wordnet_adjectives_and_the_casing_of_their_line(actors_nlp):
    adjectives = actors_nlp.get_pipe("readout_actors").adjectives
    assert {"reckless", "frank", "derelict"} <= adjectives and "maria" not in adjectives
    assert title_case_line("Reckless Merz And The Budget Fight\nThe chancellor spoke.", 3)
    assert not title_case_line("Reckless Merz And The Budget Fight\nThe chancellor spoke at length today.", 40)
    assert not title_case_line("By Frank Merz\nText.", 4)  # a short byline is not a headline
    doc = actors_nlp.make_doc("The Reckless Merz Budget Show\nAnna Reckless spoke to the economist Frank Merz about the budget and the coming elections.")
    for token in doc:
        token.is_sent_start = token.i in (0, 6)
    assert doubtful_given_name(doc, 1, adjectives)  # "Reckless" in the headline
    assert not doubtful_given_name(doc, 7, adjectives)  # "Reckless" mid-sentence in running text
    assert not doubtful_given_name(doc, 6, adjectives)  # "Anna": no adjective
    assert not doubtful_given_name(doc, 12, adjectives)  # "Frank" mid-sentence, never written in lower case


def test_a_doubtful_full_name_comes_after_the_plausible_ones_for_a_bare_surname():
    found = [
        Found(0, 2, 0, 16, "Hapless Lindqvist", "PERSON", "person:hapless-lindqvist"),
        Found(5, 7, 30, 45, "Maria Lindqvist", "PERSON", "person:maria-lindqvist"),
        Found(9, 10, 60, 69, "Lindqvist", "PERSON"),
    ]
    names = {"person:hapless-lindqvist": "Hapless Lindqvist", "person:maria-lindqvist": "Maria Lindqvist"}
    resolve_short_forms(found, names, doubtful=frozenset({"person:hapless-lindqvist"}))
    assert (found[2].entity_id, found[2].via) == ("person:maria-lindqvist", "short-form")
    found[2].entity_id, found[2].via = None, "ner"
    resolve_short_forms(found, names)
    assert found[2].entity_id == "person:hapless-lindqvist"  # without the doubt, the first named wins


def test_a_known_surname_relinked_to_the_documents_full_name_is_that_name_for_later_short_forms():
    # the gazetteer's "Lindqvist" yields to the document's "Maria Lindqvist"; from then on that mention is hers, first
    # named, so a later bare "Maria" is hers too, not "Maria Berg" named in between
    found = [
        Found(0, 1, 0, 9, "Lindqvist", "PERSON", "person:erik-lindqvist", via="gazetteer"),
        Found(4, 6, 30, 40, "Maria Berg", "PERSON", "person:maria-berg"),
        Found(9, 11, 60, 75, "Maria Lindqvist", "PERSON", "person:maria-lindqvist"),
        Found(14, 15, 90, 95, "Maria", "PERSON"),
    ]
    names = {"person:erik-lindqvist": "Erik Lindqvist", "person:maria-berg": "Maria Berg", "person:maria-lindqvist": "Maria Lindqvist"}
    resolve_short_forms(found, names)
    assert (found[0].entity_id, found[0].via) == ("person:maria-lindqvist", "short-form")
    assert (found[3].entity_id, found[3].via, found[3].text) == ("person:maria-lindqvist", "short-form", "Maria")


def test_a_bare_surname_ner_leaves_untagged_is_the_titled_person_with_role_and_country(actors_nlp):
    text = "Foreign Minister Ivo Zog of Norway arrived in Paris on Monday. The talks lasted two days. Zog later met the Chilean president."
    doc = read(actors_nlp, text)
    assert mentions_of(doc, "person:ivo-zog") == [("Ivo Zog", "ner"), ("Zog", "short-form")]
    zog = entity(doc, "person:ivo-zog")
    assert (zog.role, zog.country) == ("Foreign Minister", "NOR")  # the country after the titled name
    bare = text.rindex("Zog")
    assert entity_for_span(doc, bare, bare + 3) == zog
    assert actor_code(zog) == "NORGOV"


def test_a_capitalized_word_that_is_no_surname_of_the_document_stays_no_person(actors_nlp):
    doc = read(actors_nlp, "Foreign Minister Ivo Zog arrived on Monday. Ivo later met the press. Norbert spoke too.")
    assert mentions_of(doc, "person:ivo-zog") == [("Ivo Zog", "ner")]  # a given name alone is not taken up
    assert not any(m.span.text in {"Ivo", "Norbert"} for m in doc._.readout_mentions)



def test_a_surname_inside_a_longer_name_ner_missed_is_not_taken_up(actors_nlp):
    """Hand-built parse with no entities past the first: "Anna Zog" (a given name before the surname, even at a
    sentence's start) is another person; "President Zog" and a bare "Zog" are the Ivo Zog the document names."""
    from spacy.tokens import Doc as SpacyDoc

    from readout.analyze.actors import _missed_surnames

    words = ["Foreign", "Minister", "Ivo", "Zog", "arrived", ".", "Anna", "Zog", "stayed", ".", "President", "Zog", "spoke", ".", "Zog", "left", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    starts = [True] + [False] * 5 + [True] + [False] * 3 + [True] + [False] * 3 + [True, False, False]
    doc = SpacyDoc(actors_nlp.vocab, words=words, pos=pos, sent_starts=starts)
    full = Found(2, 4, doc[2].idx, doc[3].idx + 3, "Ivo Zog", "PERSON", "person:ivo-zog", name="Ivo Zog")
    missed = _missed_surnames(doc, [full], {"person:ivo-zog": "Ivo Zog"}, load_gazetteer())
    assert [(f.start, f.text, f.label, f.entity_id) for f in missed] == [(11, "Zog", "PERSON", None), (14, "Zog", "PERSON", None)]



def test_a_bare_surname_ner_calls_a_product_is_still_the_person_named_in_full(actors_nlp):
    """Hand-built parse: NER labels the bare "Zog" PRODUCT, a label the resolver does not collect; it is the
    surname of the full name all the same. A word NER put in a collected label (here ORG) is left to that label."""
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan

    from readout.analyze.actors import _missed_surnames

    words = ["Minister", "Ivo", "Zog", "arrived", ".", "Zog", "and", "Lind", "agreed", ".", "Zog", "left", "."]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    starts = [True] + [False] * 4 + [True] + [False] * 4 + [True, False, False]
    doc = SpacyDoc(actors_nlp.vocab, words=words, pos=pos, sent_starts=starts)
    doc.ents = [SpacySpan(doc, 5, 6, label="PRODUCT"), SpacySpan(doc, 10, 11, label="ORG")]
    full = Found(1, 3, doc[1].idx, doc[2].idx + 3, "Ivo Zog", "PERSON", "person:ivo-zog", name="Ivo Zog")
    missed = _missed_surnames(doc, [full], {"person:ivo-zog": "Ivo Zog"}, load_gazetteer())
    assert [(f.start, f.text, f.label) for f in missed] == [(5, "Zog", "PERSON")]

def test_a_person_named_only_after_the_with_a_common_adjective_for_given_name_is_a_concept(actors_nlp):
    doc = read(actors_nlp, "It brings calm to the wider Young Wave in a tense decade.")
    assert [e.id for e in doc._.readout_entities] == []  # NER reads "Young Wave" as a person
    assert doc._.readout_mentions == ()


def test_a_person_written_once_without_the_or_with_a_given_name_after_the_stays(actors_nlp):
    doc = read(actors_nlp, "Frank Oduya arrived on Monday. Critics praised the brave Frank Oduya for his speech.")
    assert mentions_of(doc, "person:frank-oduya") == [("Frank Oduya", "ner"), ("Frank Oduya", "ner")]
    doc = read(actors_nlp, "The speech was written by the late Anna Zog, a poet.")
    assert entity(doc, "person:anna-zog").kind == "PERSON"  # "Anna" is no adjective


def test_a_titled_surname_the_gazetteers_office_holders_of_one_country_share_is_of_that_country(actors_nlp):
    # the gazetteer lists the surname as no one's other name, so the person stays open; the country does not
    doc = read(actors_nlp, "Prime Minister Abe telephoned the Indian premier on Tuesday.")
    assert [(e.name, e.country) for e in doc._.readout_entities if e.kind == "PERSON"] == [("Abe", "JPN")]
    doc = read(actors_nlp, "Professor Anna Abe telephoned the Indian premier on Tuesday.")  # a full name is someone else
    assert [(e.name, e.country) for e in doc._.readout_entities if e.kind == "PERSON"] == [("Anna Abe", None)]


def test_an_entity_is_named_by_its_persons_name_not_by_a_longer_description(actors_nlp):
    doc = read(actors_nlp, "Governor Ann Holt signed the bill on Monday. Later the governor told reporters she was pleased.")
    holt = entity(doc, "person:ann-holt")
    assert holt.name == "Ann Holt"
    assert mentions_of(doc, holt.id) == [("Ann Holt", "ner"), ("the governor", "title")]
    assert holt.aliases == ("Ann Holt", "the governor")
    # a description with a country is longer still, and still only a mention
    doc = read(actors_nlp, "Foreign Minister Ivo Zog of Norway met his hosts on Monday. The Norwegian foreign minister left on Tuesday.")
    zog = entity(doc, "person:ivo-zog")
    assert zog.name == "Ivo Zog"
    assert ("The Norwegian foreign minister", "title") in mentions_of(doc, zog.id)


def test_question_auxiliary_is_no_given_name(actors_nlp):
    """ "Will Okafor back down ...?": the modal opening a headline question is not the person's given name; the
    person is the rest of the name, linked to the full name the document gives (invented names)."""
    text = "Will Okafor back down on the tariff plan?\n\nAda Okafor, the trade minister, told reporters in Lagos on Monday that the plan stands."
    doc = read(actors_nlp, text)
    assert not [e for e in doc._.readout_entities if e.name.startswith("Will ")]
    okafor = [(m.span.text, m.span.start, m.span.end) for m in doc._.readout_mentions if m.entity_id == "person:ada-okafor"]
    assert ("Okafor", 5, 11) in okafor


def test_question_auxiliary_before_full_name(actors_nlp):
    text = "Will Osei Brannick keep his seat? The vote in the river district is close, and Osei Brannick has spent the week knocking on doors."
    doc = read(actors_nlp, text)
    assert [(m.span.text, m.span.start) for m in doc._.readout_mentions if m.entity_id == "person:osei-brannick"] == [("Osei Brannick", 5), ("Osei Brannick", 79)]
    assert [e.id for e in doc._.readout_entities if e.kind == "PERSON"] == ["person:osei-brannick"]


@pytest.mark.parametrize("text", [
    "Will Okafor, the trade minister, told reporters on Monday that the plan stands. Did the plan change?",
    "Will Okafor is the new minister? Nobody in the capital believed it.",
])
def test_given_name_will_stays_outside_a_question(actors_nlp, text):
    """A real given name "Will": in a statement, or followed by its own finite verb, the name stays whole."""
    doc = read(actors_nlp, text)
    assert [(m.span.text, m.span.start, m.span.end) for m in doc._.readout_mentions if m.entity_id == "person:will-okafor"] == [("Will Okafor", 0, 11)]


def test_question_auxiliary_is_cut_from_an_organisation_too(actors_nlp):
    """ "Will Ostravia Airlines Survive The Winter?": NER glues the modal to a body's name as well (invented names)."""
    text = "Will Ostravia Airlines Survive The Winter? Its Chief Says Yes.\n\nOstravia Airlines said on Monday that it would drop ten routes in March."
    doc = read(actors_nlp, text)
    assert not [e for e in doc._.readout_entities if e.name.startswith("Will ")]
    assert ("Ostravia Airlines", 5) in [(m.span.text, m.span.start) for m in doc._.readout_mentions]


def test_headline_question_without_its_question_mark(actors_nlp):
    """A Title Case headline drops its "?": a base-form verb after the name still marks the question."""
    text = "Will Osei Brannick Keep His Seat. The Vote Is Close.\n\nThe vote in the river district is close, and Osei Brannick has spent the week knocking on doors."
    doc = read(actors_nlp, text)
    assert [e.id for e in doc._.readout_entities if e.kind == "PERSON"] == ["person:osei-brannick"]
    assert ("Osei Brannick", 5) in [(m.span.text, m.span.start) for m in doc._.readout_mentions]
    # a headline statement keeps its given name "Will": no base-form verb after the name
    text = "Will Okafor Joins The Cabinet As Trade Minister.\n\nWill Okafor, the former envoy, was sworn in on Monday."
    doc = read(actors_nlp, text)
    assert "person:will-okafor" in [e.id for e in doc._.readout_entities]


def test_a_headline_verb_is_no_part_of_the_name(actors_nlp):
    """ "Osei Brannick Suffered A Heavy Defeat": in a Title Case line NER runs the name into the verb."""
    text = "Osei Brannick Suffered A Heavy Defeat. Here Is What Comes Next.\n\nOsei Brannick lost the river district by nine points on Tuesday."
    doc = read(actors_nlp, text)
    assert [e.name for e in doc._.readout_entities if e.kind == "PERSON"] == ["Osei Brannick"]


def test_a_titled_surname_is_not_a_namesake_titled_otherwise(actors_nlp):
    # two persons share a surname: the king is not the president named later, and his country is not the president's
    text = ("King Tomas of Belgium met Chilean President Rafael Tomas in Brussels. "
            "Rafael thanked him for the visit.")
    doc = read(actors_nlp, text)
    rafael = entity(doc, "person:rafael-tomas")
    assert rafael.country == "CHL"
    assert rafael.role == "Chilean President"
    assert ("Tomas", "short-form") not in mentions_of(doc, rafael.id)
    king = entity(doc, "person:tomas")
    assert (king.country, king.role) == ("BEL", "King")
    assert mentions_of(doc, king.id) == [("Tomas", "ner")]


def test_a_titled_surname_with_the_full_name_s_title_stays_that_person(actors_nlp):
    doc = read(actors_nlp, "Chilean President Rafael Tomas arrived in Lima. President Tomas met reporters there.")
    rafael = entity(doc, "person:rafael-tomas")
    assert mentions_of(doc, rafael.id) == [("Rafael Tomas", "ner"), ("Tomas", "short-form")]
    assert rafael.country == "CHL"


def test_a_titled_surname_is_not_a_namesake_placed_in_another_country(actors_nlp):
    # the full name has no title, but a possessor places it: the king of another country is someone else, and the
    # bare given name later is the full name's person, of the possessor's country
    text = ("Chile's Rafael Tomas faced new tariffs. King Tomas of Belgium arrived in Paris. "
            "In a letter to Peru, Rafael said he would lift the tariffs. Officials said King Tomas met the French president.")
    doc = read(actors_nlp, text)
    rafael = entity(doc, "person:rafael-tomas")
    assert (rafael.country, rafael.role) == ("CHL", None)
    assert ("Tomas", "short-form") not in mentions_of(doc, rafael.id)
    king = entity(doc, "person:tomas")
    assert (king.country, king.role) == ("BEL", "King")
    assert mentions_of(doc, king.id) == [("Tomas", "ner"), ("Tomas", "ner")]  # the king named again is the same king


def test_an_acronym_before_a_title_is_the_role_s_country(actors_nlp):
    # "US" is a stop word only in lower case ("us"): it is no article to drop from the role
    doc = read(actors_nlp, "At a news conference with US Vice President Tom Hadley in Rome, officials spoke. Mr. Hadley left.")
    hadley = entity(doc, "person:tom-hadley")
    assert (hadley.role, hadley.country) == ("US Vice President", "USA")


def test_a_nationality_and_a_word_saying_what_a_person_is_place_them(actors_nlp):
    doc = read(actors_nlp, "Hungarian physicist Anna Kovacs is leaving for Canada. Kovacs said she would return.")
    kovacs = entity(doc, "person:anna-kovacs")
    assert (kovacs.role, kovacs.country) == (None, "HUN")
    assert ("Kovacs", "short-form") in mentions_of(doc, kovacs.id)


def test_words_with_dashes_are_found_in_the_text_once_each_in_order():
    from readout.analyze.actors import _words_with_hyphens

    text = "Two-party talks — a long-run x-y-z plan"
    starts = [0, 10, 16, 18, 20, 29, 35]  # Two-party, talks, —, a, long-run, x-y-z, plan
    assert _words_with_hyphens(text, starts) == [0, 2, 4, 5]
    assert _words_with_hyphens("no dash here", [0, 3, 8]) == []

