"""A figure's topic from the parse: the measured phrase with its conjuncts, as a span of the text.

The sentences are written for these tests; the places and people are invented.
"""

from __future__ import annotations

import pytest

from readout.analyze.analyzer import analyze
from readout.analyze.measured_phrase import topic_phrase
from readout.analyze.nlp import load_pipeline
from readout.link.figures import align_figures
from readout.model import Document, Source

LATER = ("readout_quotes", "readout_rhetoric", "readout_claims", "readout_commitments", "readout_events")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(disable=LATER)


def _quantity(nlp, text, figure):
    document = Document(id="t", source="test", text=text, language="en")
    [q] = [q for q in analyze(document, nlp).quantities if q.span.text == figure]
    return q


def _topic(nlp, text, figure):
    q = _quantity(nlp, text, figure)
    assert q.topic is not None and q.topic.text == text[q.topic.start : q.topic.end]  # provenance: the characters
    return q.topic.start, q.topic.text


def test_x_between_a_and_b_keeps_both_sides(nlp):
    text = "Freight traffic between the two ports and the islands rose to 4 million tonnes last year."
    q = _quantity(nlp, text, "4 million tonnes")
    assert q.measures == "Freight traffic between the two ports"  # the phrase figures are matched on is unchanged
    assert _topic(nlp, text, "4 million tonnes") == (0, "Freight traffic between the two ports and the islands")
    text = "Last year trade between Norland and Sudria reached $3 billion."
    assert _topic(nlp, text, "$3 billion") == (10, "trade between Norland and Sudria")


def test_x_of_a_b_and_c_keeps_every_conjunct(nlp):
    text = "Imports of steel, copper and aluminium rose 8 percent in March."
    assert _topic(nlp, text, "8 percent") == (0, "Imports of steel, copper and aluminium")
    text = "The combined output of Norland, Sudria and Vestmark was 3 million barrels a day."
    assert _topic(nlp, text, "3 million barrels a day") == (4, "combined output of Norland, Sudria and Vestmark")
    text = "Spending on schools, hospitals and roads reached $12 billion this year."
    assert _topic(nlp, text, "$12 billion") == (0, "Spending on schools, hospitals and roads")


def test_a_conjunct_keeps_its_own_modifiers_and_not_its_clause(nlp):
    text = "Exports of coffee and tea, which the ministry tracks closely, rose 6 percent."
    assert _topic(nlp, text, "6 percent") == (0, "Exports of coffee and tea")
    text = "Officials said grain sales to the islands and the northern provinces fell by 9 percent."
    assert _topic(nlp, text, "9 percent") == (15, "grain sales to the islands and the northern provinces")


def test_a_s_and_b_s_x_is_the_noun_both_own(nlp):
    text = "Norland's and Sudria's exports rose to $5 billion."
    q = _quantity(nlp, text, "$5 billion")
    assert q.measures == "Norland's and Sudria's exports rose"  # the parser read "Norland" as the subject
    assert _topic(nlp, text, "$5 billion") == (0, "Norland's and Sudria's exports")
    text = "The country's and the region's debt stood at $40 billion."
    assert _topic(nlp, text, "$40 billion") == (4, "country's and the region's debt")


def test_no_conjunct_is_taken_from_another_clause_or_a_name_joined_to_a_common_noun(nlp):
    text = "She won 25 delegates and Tomas Varga won 10."
    assert _topic(nlp, text, "25") == (11, "delegates")
    text = "Norland will lend $900 million to the port authority and the rail company."
    q = _quantity(nlp, text, "$900 million")
    assert q.measures == "Norland will lend"  # the actor and the act: the phrase figures are matched on is unchanged
    assert _topic(nlp, text, "$900 million") == (0, "Norland")  # the topic is the actor, not "Norland will lend"


def test_an_actor_and_act_phrase_names_the_actor_alone_unless_the_figure_is_a_span_of_time(nlp):
    text = "Valdor Corp., which makes pumps, earned $12 million in the quarter."
    q = _quantity(nlp, text, "$12 million")
    assert q.measures == "Valdor Corp., which makes pumps, earned"
    assert _topic(nlp, text, "$12 million") == (0, "Valdor Corp.")  # no clause, no verb
    text = "The Harbour Workers Union raised $300,000 from its members."
    assert _topic(nlp, text, "$300,000") == (0, "The Harbour Workers Union")
    text = "Ames received 41 percent, while Bell had 38 percent."
    assert _topic(nlp, text, "41 percent") == (0, "Ames")
    assert _topic(nlp, text, "38 percent") == (text.index("Bell"), "Bell")
    text = "Osric Lund met for two hours with the ferry operators."
    q = _quantity(nlp, text, "two hours")
    assert (q.measures, q.topic.text) == ("Osric Lund met", "Osric Lund met")  # the time measures the meeting


def test_a_conjunct_of_the_measured_noun_with_its_own_figure_or_determiner_is_a_second_thing(nlp):
    text = "The dollar closed at 1.84 marks and 142.10 yen."
    assert _topic(nlp, text, "1.84 marks") == (text.index("dollar"), "dollar")  # "142.10 yen" is a figure of its own
    text = "The mill sold 40 tractors and 12 ploughs."
    assert _topic(nlp, text, "40") == (text.index("tractors"), "tractors")  # "12 ploughs" is a figure of its own
    text = "The harbour took in 60 trawlers and an armada of small boats."
    assert _topic(nlp, text, "60") == (text.index("trawlers"), "trawlers")  # the count is of the trawlers, not of "an armada"
    text = "The league has 14 clubs and academies."
    assert _topic(nlp, text, "14") == (text.index("clubs"), "clubs and academies")  # a bare conjunct shares the count
    text = "The fund bought a 30% stake and warrants."
    assert _topic(nlp, text, "30%") == (text.index("stake"), "stake")  # a figure before a singular noun counts no plural
    text = "The firm's 61-year-old chairman and chief executive stepped down."
    assert _topic(nlp, text, "61-year-old") == (text.index("chairman"), "chairman and chief executive")  # one person


def test_a_conjunct_after_a_comma_and_or_restates_the_noun(nlp):
    text = "The bid values the group at twice its $40 million book value, or assets minus debts."
    assert _topic(nlp, text, "$40 million") == (text.index("book value"), "book value")


def test_the_topic_never_reaches_into_the_figure(nlp):
    doc = nlp("Trade between Norland and Sudria reached a record.")
    measures = doc[0:3]  # "Trade between Norland"
    sudria = doc.text.index("Sudria")
    assert topic_phrase(measures, (sudria, sudria + len("Sudria")), 16).text == "Trade between Norland"
    assert topic_phrase(measures, (0, 0), 16).text == "Trade between Norland and Sudria"
    assert topic_phrase(measures, (0, 0), 4).text == "Trade between Norland"  # longer than the limit: the phrase as cut


def test_two_sources_figure_is_labelled_by_its_topic_span(nlp):
    texts = ("Freight traffic between the two ports and the islands rose to 4 million tonnes last year.",
             "Officials said freight traffic between the two ports and the islands reached about 5 million tonnes.")
    sources = []
    for n, text in enumerate(texts):
        document = Document(id=f"d{n}", source=f"s{n}", text=text, language="en")
        sources.append(Source(document=document, analysis=analyze(document, nlp)))
    [alignment] = [a for a in align_figures(sources, "ev") if len(a.members) == 2]
    assert alignment.verdict == "conflicting"
    assert alignment.label == "Freight traffic between the two ports and the islands (kg)"


def test_a_pronoun_topic_names_the_person_it_stands_for(nlp):
    # invented (eighth pass, 2026-12-06): "She trails" measures the margin; the topic is the person, not "She"
    text = "Mara Quill has gained ground since spring. She trails the governor by 12 points in the newest poll."
    (q,) = [q for q in analyze(Document(id="t", source="t", text=text, language="en"), nlp).quantities]
    assert (q.measures, text[q.topic.start : q.topic.end]) == ("She trails", "Mara Quill")


def test_an_amount_whose_doer_is_it_or_they_names_the_thing_before(nlp):
    # invented (eleventh pass, 2026-12-06): "It spent $40 million" measured nothing; now the pronoun and its act, and
    # the topic is the subject the pronoun carries on from the sentence before
    text = "The river authority cleared its backlog in March. It spent 62 million euros on new locks."
    (q,) = analyze(Document(id="t", source="t", text=text, language="en"), nlp).quantities
    assert (q.measures, text[q.topic.start : q.topic.end]) == ("It spent", "river authority")
    text = "The harbour pilots went on strike. They raised €9,000 at a street fair."
    (q,) = analyze(Document(id="t", source="t", text=text, language="en"), nlp).quantities
    assert (q.measures, text[q.topic.start : q.topic.end]) == ("They raised", "harbour pilots")
    text = "Mrs. Vera Lind sold the farm. It fetched $700,000 at auction."  # "it" after a person is no person
    (q,) = analyze(Document(id="t", source="t", text=text, language="en"), nlp).quantities
    assert q.measures == "It fetched" and text[q.topic.start : q.topic.end] == "It"
    text = "NORVALE SHIPPING CORP. said it paid $14 million for the yard."  # a full stop the parser takes for a name
    (q,) = analyze(Document(id="t", source="t", text=text, language="en"), nlp).quantities
    assert (q.measures, text[q.topic.start : q.topic.end]) == ("it paid", "NORVALE SHIPPING CORP")
