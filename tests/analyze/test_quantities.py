"""The quantities component on hand-built sentences: values, units, qualifiers, spans, targets."""

from __future__ import annotations

import pytest

from readout.analyze.analyzer import analyze
from readout.analyze.nlp import load_pipeline
from readout.analyze.quantity_grammar import find, parse_number
from readout.analyze.units import from_canonical, to_canonical
from readout.model import Document

LATER = ("readout_quotes", "readout_rhetoric", "readout_claims", "readout_commitments", "readout_events")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(disable=LATER)


def quantities(nlp, text):
    document = Document(id="t", source="test", text=text, language="en")
    found = analyze(document, nlp).quantities
    for q in found:
        assert q.span.text == text[q.span.start : q.span.end]
    return found


def only(nlp, text):
    found = quantities(nlp, text)
    assert len(found) == 1, [q.span.text for q in found]
    return found[0]


def test_money_with_scale_word_and_currency_symbol(nlp):
    q = only(nlp, "Exports to the bloc rose to €12.5 billion.")
    assert (q.value, q.unit, q.qualifier, q.span.text) == (12.5e9, "EUR", "exact", "€12.5 billion")


def test_currency_words_after_the_number(nlp):
    q = only(nlp, "The loan is worth 300 million yuan.")
    assert (q.value, q.unit) == (3e8, "CNY")


def test_more_than_and_the_verb_exceeded_are_lower_bounds(nlp):
    assert only(nlp, "Trade has exceeded US$80 billion.").qualifier == "more_than"
    q = only(nlp, "More than 3,000 soldiers were deployed.")
    assert (q.value, q.unit, q.qualifier, q.measures) == (3000, "soldiers", "more_than", "soldiers")


def test_gas_volume_in_bcm_becomes_cubic_metres_and_a_rate_with_annually(nlp):
    q = only(nlp, "The new pipeline will carry 30 bcm annually.")
    assert (q.value, q.unit, q.is_target) == (3e10, "m3/year", True)
    assert q.display_unit.startswith("bcm")


def test_an_actual_is_not_a_target(nlp):
    q = only(nlp, "Deliveries through the pipeline reached 22.5 bcm.")
    assert (q.value, q.unit, q.is_target) == (2.25e10, "m3", False)
    assert q.measures.startswith("Deliveries")


def test_later_figures_of_the_sentence_share_the_stated_rate(nlp):
    found = quantities(nlp, "The deal raises supplies to 10 bcm annually, with a second line adding another 5 bcm.")
    assert [(q.value, q.unit) for q in found] == [(1e10, "m3/year"), (5e9, "m3/year")]


def test_percentages_ranges_and_approximations(nlp):
    q = only(nlp, "Turnout was about 64%.")
    assert (q.value, q.unit, q.qualifier) == (64, "percent", "approximately")
    q = only(nlp, "Tariffs of 20-25% were discussed.")
    assert (q.value, q.value_high, q.unit, q.qualifier) == (20, 25, "percent", "range")
    q = only(nlp, "Exports could reach between 40 and 50 bcm.")
    assert (q.value, q.value_high, q.unit, q.qualifier) == (4e10, 5e10, "m3", "range")


def test_price_per_unit(nlp):
    q = only(nlp, "Households paid roughly €0.25 per 100 kWh.")
    assert (q.value, q.unit, q.qualifier) == (0.25, "EUR/100kWh", "approximately")


def test_durations_ranks_ratios_and_anniversaries(nlp):
    q = only(nlp, "The 45-minute call ended without a statement.")
    assert (q.value, q.unit, q.measures) == (45, "minutes", "call")
    q = only(nlp, "Visitors may stay for up to 90 days.")
    assert (q.value, q.unit, q.qualifier) == (90, "days", "up_to")
    q = only(nlp, "The country ranks third among the bloc's suppliers.")
    assert (q.value, q.unit) == (3, "rank")
    q = only(nlp, "Prices there are nearly four times higher.")
    assert (q.value, q.unit, q.qualifier) == (4, "ratio", "approximately")
    q = only(nlp, "Officials marked the 30th anniversary of the accord.")
    assert (q.value, q.unit) == (30, "years")


def test_barrels_per_day_are_a_volume_rate(nlp):
    q = only(nlp, "Output fell to 9 million barrels per day.")
    assert q.unit == "m3/day"
    assert q.value == pytest.approx(9e6 * 0.158987294928)


def test_dates_years_and_names_are_not_quantities(nlp):
    text = "In 2024 the G20 leaders met on March 3, 2024, to discuss the 14th Five-Year Plan and the One China policy."
    assert quantities(nlp, text) == ()


def test_two_figures_joined_by_to_are_not_a_range(nlp):
    found = quantities(nlp, "The deficit grew by $4 billion to $19 billion.")
    assert [(q.value, q.unit) for q in found] == [(4e9, "USD"), (19e9, "USD")]


def test_period_is_the_dated_time_expression_of_the_sentence(nlp):
    q = only(nlp, "In 2025, bilateral trade reached $50 billion.")
    assert q.period is not None and "2025" in q.period.span.text
    assert q.measures == "bilateral trade"


def test_grammar_reads_numbers_in_words_and_digits():
    assert parse_number("56,000") == 56000
    assert parse_number("twenty-five") == 25
    assert parse_number("four hundred") == 400
    assert [r.value for r in find("up 1.56pm: +0.2%")] == [0.2]


def test_units_round_trip_through_the_canonical_unit():
    assert to_canonical(38.5, "bcm") == (3.85e10, "m3")
    assert to_canonical(2, "bcm", "year") == (2e9, "m3/year")
    value, unit = to_canonical(90, "mile")
    assert unit == "m" and from_canonical(value, "mile") == 90


def test_bare_figures_ages_and_model_names(nlp):
    q = only(nlp, "The index closed at 1,463.78 on Friday.")
    assert (q.value, q.unit) == (1463.78, "count")
    q = only(nlp, "Maria Lopez, 54, said the talks had stalled.")
    assert (q.value, q.unit, q.display_unit) == (54, "years", "age")
    assert quantities(nlp, "The airline grounded its 737 Max jets after the 2022 sanctions.") == ()


def test_ranges_written_with_a_unit_on_each_end(nlp):
    q = only(nlp, "Prices are expected to rise between 5% and 6% this year.")
    assert (q.value, q.value_high, q.unit, q.qualifier) == (5, 6, "percent", "range")


def test_vague_plurals_are_order_of_magnitude_ranges(nlp):
    q = only(nlp, "Thousands of protesters gathered outside.")
    assert (q.value, q.value_high, q.unit, q.qualifier) == (1000, 10000, "protesters", "range")
    q = only(nlp, "The scheme cost tens of millions of dollars.")
    assert (q.value, q.value_high, q.unit) == (1e7, 1e8, "USD")


def test_negative_values_written_with_minus(nlp):
    q = only(nlp, "Temperatures fell to minus 30 degrees Celsius.")
    assert (q.value, q.unit) == (-30, "degC")


def test_superlative_ranks_and_counts_per_year(nlp):
    q = only(nlp, "That makes the country the bloc's third-largest supplier.")
    assert (q.value, q.unit, q.span.text) == (3, "rank", "third-largest")
    q = only(nlp, "Factories there build about 800,000 cars a year.")
    assert (q.value, q.unit, q.qualifier) == (800000, "cars/year", "approximately")


def test_the_reporting_date_is_not_the_period_of_a_reported_figure(nlp):
    q = only(nlp, "Japan will lend Indonesia $900 million for the subway, officials said on June 9, 2026.")
    assert q.period is None and q.is_target


def test_loose_ranges_need_the_same_written_unit_and_no_change_marker(nlp):
    q = only(nlp, "Growth could reach 15 per cent to 20 per cent.")
    assert (q.value, q.value_high, q.qualifier) == (15, 20, "range")
    found = quantities(nlp, "The contract rose 10 cents to $2.24 a gallon.")
    assert [q.value for q in found] == [0.1, 2.24]


def test_what_a_figure_measures(nlp):
    q = only(nlp, "Over 2,000 foreign students are enrolled this year.")
    assert q.measures == "foreign students"
    q = only(nlp, "Germany will contribute €35 million to the fund.")
    assert q.measures == "Germany will contribute"
    assert q.measures_span.text == q.measures


def test_a_glued_m_before_a_plural_noun_is_millions_not_metres(nlp):
    first, second = quantities(nlp, "The service has 4.1m subscribers and the wall is 4.1m high.")
    assert first.value == pytest.approx(4.1e6) and first.unit != "m"
    assert second.value == pytest.approx(4.1) and second.unit == "m"


def test_a_glued_m_before_a_plural_without_s_is_millions_too(nlp):
    found = quantities(nlp, "Some 40m people and 3m children were affected; the 100m men's final was run on a 12m track.")
    assert [(q.value, q.unit) for q in found] == [(40e6, "people"), (3e6, "children"), (100.0, "m"), (12.0, "m")]
    assert [(q.value, q.unit) for q in quantities(nlp, "She won the 400m hurdles.")] == [(400.0, "m")]  # a race, not a count


def test_a_rate_after_what_an_amount_is_of(nlp):
    oil, steel, aid, loan = quantities(
        nlp,
        "The field pumps 1.2 million barrels of crude oil a day, the plant makes 500 tonnes of steel per month, "
        "donors pledged $2bn of aid a year and the bank lent $5bn of loans a year ago.",
    )
    assert (oil.unit, oil.display_unit) == ("m3/day", "million barrels/day")
    assert oil.value == pytest.approx(1.2e6 * 0.158987294928)
    assert (steel.value, steel.unit) == (500e3, "kg/month")
    assert (aid.value, aid.unit, aid.display_unit) == (2e9, "USD/year", "$ bn/year")
    assert (loan.unit, loan.display_unit) == ("USD", "$ bn")  # "a year ago" is a date, not a rate


def test_one_word_multiplicatives_are_ratios(nlp):
    found = quantities(nlp, "Output rose sevenfold while costs grew tenfold.")
    assert [(q.value, q.unit) for q in found] == [(7.0, "ratio"), (10.0, "ratio")]


def test_signed_values_in_a_list_of_changes_keep_their_sign(nlp):
    found = quantities(nlp, "The index rose 1.2%, the bond yield fell -0.8% and the other gained +0.3%.")
    assert [(q.value, q.unit) for q in found] == [(1.2, "percent"), (-0.8, "percent"), (0.3, "percent")]


def test_unit_spellings_in_capitals_glued_or_with_the_degree_spelled(nlp):
    found = quantities(nlp, "The radio works at 900 MHZ, the night fell to -5 degC and the engine gives 180 BHP.")
    assert [q.display_unit for q in found] == ["MHZ", "degC", "BHP"]
    assert [(q.value, q.unit) for q in found][:2] == [(900e6, "Hz"), (-5.0, "degC")]  # canonical units
    assert found[2].value > 0 and found[2].span.text == "180 BHP"


def test_a_rate_after_a_currency_word(nlp):
    (fee,) = quantities(nlp, "The state pays 9 billion shekels a year from its budget.")
    assert (fee.value, fee.unit, fee.display_unit) == (9e9, "ILS/year", "billion shekels/year")  # "a year from now" is not a rate



def test_a_rate_before_what_the_money_goes_on(nlp):
    # "a year on" closing a clause is "a year later"; before what the money is spent on, the rate still holds
    (grant,) = quantities(nlp, "The province spends 7 billion rupees a year on rural clinics.")
    assert (grant.value, grant.unit, grant.display_unit, grant.span.text) == (
        7e9, "rupees/year", "billion rupees/year", "7 billion rupees a year")  # no country in sight: rupees
    (wage,) = quantities(nlp, "Porters take home about €450 a month on average.")
    assert (wage.display_unit, wage.span.text) == ("€/month", "about €450 a month")
    (growth,) = quantities(nlp, "The harbour handled 6% more cargo a year on, officials said.")
    assert growth.unit == "percent"


def test_a_signed_figure_in_brackets_after_a_price_is_its_change(nlp):
    # "(+8)" after a price was lost and "(-0.15)" a bare count; a share's change in brackets is in points
    found = quantities(nlp, "Cocoa closed at $3,410 (+22) and sugar at $0.27 (-0.01) on Friday.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [
        ("$3,410", 3410.0, "USD"), ("+22", 22.0, "USD"), ("$0.27", 0.27, "USD"), ("-0.01", -0.01, "USD")]
    found = quantities(nlp, "The incumbent took 54% (-3) of the vote.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("54%", 54.0, "percent"), ("-3", -3.0, "percentage_point")]

def test_a_scale_written_once_serves_both_ends_of_a_currency_range(nlp):
    (guidance,) = quantities(nlp, "The company now expects revenue of $89 to $93 billion this year.")
    assert (guidance.value, guidance.value_high, guidance.unit) == (89e9, 93e9, "USD")
    change = quantities(nlp, "Revenue went up $4 to $19 billion.")
    assert len(change) == 2 and all(q.value_high is None for q in change)  # a change and a level, not a range


def test_a_multiple_after_a_verb_of_growth_is_a_ratio_not_occasions(nlp):
    (grew,) = quantities(nlp, "Imports from the region grew six times in a decade.")
    assert (grew.value, grew.unit) == (6.0, "ratio")
    (visits,) = quantities(nlp, "The envoy visited the capital six times.")
    assert visits.unit != "ratio"
    (hikes,) = quantities(nlp, "The fee has increased five times since 2022.")
    assert hikes.unit != "ratio"


def test_a_year_is_not_the_low_end_of_a_range_with_the_next_figure(nlp):
    found = quantities(nlp, "Efficiency improved from 18 miles per gallon in 2011 to 26 mpg in 2019.")
    assert [(q.span.text, q.value_high) for q in found] == [("18 miles per gallon", None), ("26 mpg", None)]
    assert found[1].display_unit == "mpg" and round(found[1].value, 3) == 11.054  # km/L


def test_a_bare_level_after_to_keeps_the_unit_it_moved_from(nlp):
    found = quantities(nlp, "The sedan's rating went from 27 mpg highway to 31 for the top trim.")
    assert [(q.span.text, q.display_unit) for q in found] == [("27 mpg", "mpg"), ("31", "mpg")]


def test_n_or_m_units_is_a_range_and_scales_multiply(nlp):
    q = only(nlp, "In the last five or six months, tenants moved out.")
    assert (q.value, q.value_high, q.unit, q.qualifier) == (5.0, 6.0, "months", "range")
    q = only(nlp, "There were 3 hundred million listeners.")
    assert (q.value, q.unit) == (3e8, "listeners")


def test_transliterated_pound_sign_and_minus_after_a_comma(nlp):
    q = only(nlp, "The bonus could reach up to PS4.1m.")
    assert (q.value, q.unit, q.span.text) == (4.1e6, "GBP", "up to PS4.1m")
    assert list(quantities(nlp, "He bought a PS5 and a PS4 Pro.")) == []
    found = quantities(nlp, "The probe measured near minus 292 Fahrenheit ,minus 180 Celsius.")
    assert [q.span.text for q in found][-1] == "minus 180 Celsius" and found[-1].value == -180.0


def test_fractions_of_a_unit_and_proportions(nlp):
    found = quantities(nlp, "Each glass held 1/4 of a US pint.")
    pint = [q for q in found if q.span.text == "1/4 of a US pint"][0]
    assert round(from_canonical(pint.value, "pint"), 6) == 0.25 and pint.display_unit == "pint"
    q = only(nlp, "Two out of five Danes own a bicycle.")
    assert (round(q.value, 4), q.unit, q.span.text) == (0.4, "ratio", "Two out of five")


def test_what_is_counted_does_not_end_on_an_infinitive_marker(nlp):
    q = only(nlp, "There were nine rival teams to compete with.")
    assert (q.unit, q.measures) == ("teams", "rival teams")


def test_a_rate_after_a_conversion_in_brackets_is_the_rate_of_both(nlp):
    found = quantities(nlp, "It would hit the 9 billion shekels ($2.4 billion) a year tobacco industry.")
    assert [(q.span.text, q.unit, q.display_unit) for q in found] == [
        ("9 billion shekels", "ILS/year", "billion shekels/year"), ("$2.4 billion", "USD/year", "$ billion/year")
    ]
    assert [q.display_unit for q in quantities(nlp, "It costs 5 million euros ($6 million) in all.")] == ["million euros", "$ million"]


def test_aged_and_the_age_of_give_an_age(nlp):
    found = quantities(nlp, "The club listed 12 members over the age of 65.")
    assert [(q.span.text, q.unit, q.display_unit) for q in found] == [("12", "members", "members"), ("65", "years", "age")]
    q = only(nlp, "The victim, aged 45, was found.")
    assert (q.value, q.unit, q.display_unit) == (45.0, "years", "age")


@pytest.mark.parametrize(
    "text, age",
    [
        ("The actor died at 73 in his home.", 73.0),
        ("She turned 40 last week.", 40.0),
        ("The singer, 73, died at home.", 73.0),
        ("Smith, who is 52, declined to comment.", 52.0),
        ("At 36, he is the oldest player in the squad.", 36.0),
    ],
)
def test_ages_given_by_a_life_event_reaching_a_person_as_subject_or_apposition(nlp, text, age):
    q = only(nlp, text)
    assert (q.value, q.unit, q.display_unit) == (age, "years", "age")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Drivers under age 18 need a permit.", "18"),
        ("Free care covers toddlers through age 4.", "4"),
        ("Their mean age (34) surprised the pollsters.", "34"),
        ("The median age in the district is 41.", "41"),
        ("Those younger than 16 cannot vote.", "16"),
        ("Patients older than 80 were moved first.", "80"),
    ],
)
def test_an_age_after_the_noun_age_or_younger_than(nlp, text, span):
    # invented: a figure right after "age" (or its bracket), after "be" with "age" its subject, or after "younger
    # than" / "older than" was dropped as a small bare figure
    q = only(nlp, text)
    assert (q.span.text, q.value, q.unit, q.display_unit) == (span, float(span), "years", "age")
    assert [q.display_unit for q in quantities(nlp, "The average age of the farmers was 58; the average age of their children was 27.")] == ["age", "age"]


def test_numbers_after_at_or_is_that_are_no_ages(nlp):
    found = quantities(nlp, "The index closed at 73.5 on Friday; the match starts at 8; the score is 52 points. She was the one who left.")
    assert all(q.display_unit != "age" for q in found), [(q.span.text, q.display_unit) for q in found]


def test_a_name_before_a_counted_plural_is_part_of_what_is_counted(nlp):
    stores, cars = quantities(nlp, "It runs 1,200 Starbucks stores and recalled 150,000 Model Y vehicles.")
    assert (stores.value, stores.unit, cars.value, cars.unit) == (1200.0, "stores", 150000.0, "vehicles")
    assert [q.span.text for q in quantities(nlp, "Boeing delivered 737 Max jets.")] == []  # a model number, not a count


def test_n_in_m_is_a_proportion_unless_a_unit_or_year_follows(nlp):
    q = only(nlp, "Seven in 10 Americans back the law.")
    assert (q.value, q.unit, q.span.text) == (0.7, "ratio", "Seven in 10")
    assert only(nlp, "About 1 in 10,000 patients react.").value == pytest.approx(1e-4)
    assert [(q.value, q.unit) for q in quantities(nlp, "He scored two in 10 minutes; sales rose 3 in 2021.")] == [(10.0, "minutes")]


def test_square_units_abbreviated_with_sq(nlp):
    found = quantities(nlp, "It covers 20 sq ft and 3 sq km, at $80 per sq m.")
    assert [(q.span.text, q.unit) for q in found] == [("20 sq ft", "m2"), ("3 sq km", "m2"), ("$80 per sq m", "USD/sqm")]


def test_numbers_with_a_suspended_hyphen_count_the_last_ones_noun(nlp):
    found = quantities(nlp, "The plant builds two-, three- and four-axle trucks.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("two", 2.0, "axle"), ("three", 3.0, "axle"), ("four", 4.0, "axle")]
    found = quantities(nlp, "They sold 10- and 20-year bonds.")
    assert [(q.value, q.unit) for q in found] == [(10.0, "years"), (20.0, "years")]


def test_a_share_of_a_group_is_a_proportion_of_that_group(nlp):
    found = quantities(nlp, "Two-thirds of the voters backed it and half of the members agreed.")
    assert [(round(q.value, 4), q.unit, q.span.text, q.measures) for q in found] == [
        (0.6667, "ratio", "Two-thirds", "voters"), (0.5, "ratio", "half", "members")
    ]
    q = only(nlp, "Two out of five Danes own a bicycle.")
    assert q.measures == "Danes"  # the group, not the subject's clause
    # a part of a period or a fraction of a unit is not a share of a group
    assert quantities(nlp, "Profits rose in the first half of 2019 and in the third quarter of the year.") == ()
    assert [(q.value, q.unit) for q in quantities(nlp, "It took a quarter of an hour.")] == [(0.25, "hours")]  # a share of a unit


def test_a_plural_name_is_what_a_spelled_number_counts(nlp):
    q = only(nlp, "The orchestra played six Carnegie Hall concerts last season.")
    assert (q.value, q.unit) == (6.0, "concerts")
    q = only(nlp, "She has won three Grand Slams this decade.")
    assert (q.value, q.unit) == (3.0, "slams")


def test_metric_horsepower_and_torque_in_pound_feet(nlp):
    found = quantities(nlp, "The engine makes 300 PS and 332 lb-ft of torque.")
    assert [(q.span.text, q.display_unit) for q in found] == [("300 PS", "PS"), ("332 lb-ft", "lb-ft")]
    assert found[0].unit == "W" and round(found[0].value) == 220650


def test_a_currency_named_after_the_figure_as_cldr_names_it(nlp):
    found = quantities(nlp, "The ministry spent 300 million Egyptian pounds and 200 million baht; it earned 5 million zlotys.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [
        ("300 million Egyptian pounds", 3e8, "EGP"), ("200 million baht", 2e8, "THB"), ("5 million zlotys", 5e6, "PLN")
    ]
    assert only(nlp, "Revenue reached NT$3.5 billion.").unit == "TWD"
    assert only(nlp, "The fine was 40 million pounds.").unit == "GBP"  # the lexicon's own words come first
    assert [q.unit for q in quantities(nlp, "They found 5 real problems.")] == ["problems"]  # 'real' is not read alone


def test_a_currency_that_is_an_english_word_only_after_a_scale_word(nlp):
    found = quantities(nlp, "Samsung earned 9.5 trillion won and its rival lost 40 billion reais.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("9.5 trillion won", 9.5e12, "KRW"), ("40 billion reais", 4e10, "BRL")]
    assert all(q.unit != "KRW" for q in quantities(nlp, "They paid 5,000 won for it."))
    assert [q.unit for q in quantities(nlp, "The team won 3 games in a row.")] == ["games"]


def test_a_times_sign_glued_to_a_figure_is_a_multiple(nlp):
    found = only(nlp, "The stock trades at 3.5x earnings.")
    assert (found.span.text, found.value, found.unit, found.display_unit) == ("3.5x", 3.5, "ratio", "times")
    assert only(nlp, "The camera has a 5× optical zoom.").value == 5
    assert [q for q in quantities(nlp, "He drives a 4x4 truck.") if q.unit == "ratio"] == []
    assert [q for q in quantities(nlp, "Use 0x1F as the mask.") if q.unit == "ratio"] == []
    # the figure starts a word: not after a letter or a point
    assert [q for q in quantities(nlp, "Model B7x ships in May.") if q.unit == "ratio"] == []
    assert [q for q in quantities(nlp, "It rose .5x on the day.") if q.unit == "ratio"] == []


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Only 3 of the 12 banks passed the test.", [(3, "banks"), (12, "banks")]),
        ("He won 6 of his 10 fights.", [(6, "fights"), (10, "fights")]),
        ("Police said 14 of the victims were children.", [(14, "victims")]),
        ("Five of them were injured.", []),  # no noun to count
        ("One of the rebels is here.", []),  # 'one of' picks one out, it does not count; of a superlative it does (below)
    ],
)
def test_a_part_of_a_counted_group_counts_the_group_noun(nlp, text, counts):
    assert [(q.value, q.unit) for q in quantities(nlp, text)] == counts


@pytest.mark.parametrize(
    "text, value, span",
    [
        ("A quarter of a million people live there.", 250_000, "A quarter of a million people"),
        ("Half a million people marched.", 500_000, "Half a million people"),
        ("Three-quarters of a million homes lost power.", 750_000, "Three-quarters of a million homes"),
        ("A million people marched.", 1_000_000, "A million people"),
    ],
)
def test_a_share_of_a_scale_word_is_that_share(nlp, text, value, span):
    q = only(nlp, text)
    assert (q.value, q.unit) == (value, "people" if "people" in text else "homes")
    assert q.span.text.startswith(span.rsplit(" ", 1)[0])


def test_two_percentages_glued_by_a_hyphen_are_a_range_and_a_spaced_hyphen_is_a_sign(nlp):
    q = only(nlp, "The central bank kept its rate at 5.25%-5.5%.")
    assert (q.value, q.value_high, q.unit, q.span.text) == (5.25, 5.5, "percent", "5.25%-5.5%")
    signed = quantities(nlp, "In Europe, the DAX -0.8%, the CAC -1.1%.")
    assert [(q.value, q.value_high) for q in signed] == [(-0.8, None), (-1.1, None)]


@pytest.mark.parametrize(
    "text, counts",
    [
        ("The bill passed by 218 votes to 214.", [(218, "votes"), (214, "votes")]),
        ("The home side won 3 games to 1.", [(3, "games"), (1, "games")]),
        ("He traded 2 cows to 3 farmers.", [(2, "cows"), (3, "farmers")]),  # a noun of its own
    ],
)
def test_a_bare_figure_after_n_nouns_to_counts_the_same_nouns(nlp, text, counts):
    assert [(q.value, q.unit) for q in quantities(nlp, text)] == counts


@pytest.mark.parametrize(
    ("text", "value", "unit", "display", "span"),
    [
        ("The panels deliver 250 W/m2 at noon.", 250.0, "W/m2", "W/m2", "250 W/m2"),
        ("The alloy has a density of 7.8 g/cm3.", 7800.0, "kg/m3", "g/cm3", "7.8 g/cm3"),
        ("Fine dust reached 150 µg/m3 in the capital.", 1.5e-7, "kg/m3", "µg/m3", "150 µg/m3"),
        ("The new model emits 95 g/km of carbon dioxide.", 95.0, "g/km", "g/km", "95 g/km"),
        ("Lead levels hit 15 mg per litre in the samples.", 0.015, "kg/m3", "mg/litre", "15 mg per litre"),
    ],
)
def test_a_unit_per_a_unit_is_one_compound_unit(nlp, text, value, unit, display, span):
    # before, the unit after the slash was dropped ("7.8 g", "95 g/km" as grams) or the figure lost ("W/m2" read as a name)
    q = only(nlp, text)
    assert (q.value, q.unit, q.display_unit, q.span.text) == (pytest.approx(value), unit, display, span)


def test_a_capital_letter_with_an_exponent_is_not_a_unit():
    from readout.analyze.quantity_grammar import classify_unit

    assert classify_unit("cm3") == ("physical", "(centimeter) ** 3", 1.0)
    assert classify_unit("V2")[0] == "bare"  # a rocket, not volts squared
    assert classify_unit("kg2")[0] == "bare"  # only a length takes an exponent


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "span"),
    [
        ("Temperatures will reach 20C-25C across the south.", 20.0, 25.0, "degC", "20C-25C"),
        ("The trail runs 10km-15km through the hills.", 10000.0, 15000.0, "m", "10km-15km"),
        ("The sentences range from 10 years-15 years.", 10.0, 15.0, "years", "10 years-15 years"),
    ],
)
def test_two_figures_with_units_glued_by_a_hyphen_are_a_range(nlp, text, low, high, unit, span):
    q = only(nlp, text)
    assert (q.value, q.value_high, q.unit, q.qualifier, q.span.text) == (low, high, unit, "range", span)


def test_a_hyphen_after_a_word_still_starts_no_figure(nlp):
    assert quantities(nlp, "The F-35 jets arrived as COVID-19 rules eased.") == ()
    lower, higher = quantities(nlp, "Temperatures fell 30C-25C overnight.")  # falling: two levels, not a range
    assert (lower.value, lower.value_high, higher.value) == (30.0, None, 25.0)


@pytest.mark.parametrize(
    ("text", "value", "unit", "span"),
    [
        ("She will stay two more weeks.", 2.0, "weeks", "two more weeks"),
        ("Officials need three additional years to finish.", 3.0, "years", "three additional years"),
        ("Prices rose over the 10 previous years.", 10.0, "years", "10 previous years"),
        ("The talks ran for five full days.", 5.0, "days", "five full days"),
    ],
)
def test_a_word_of_extent_between_a_figure_and_its_time_unit(nlp, text, value, unit, span):
    q = only(nlp, text)
    assert (q.value, q.unit, q.span.text) == (value, unit, span)


@pytest.mark.parametrize(
    ("text", "value", "unit", "span"),
    [
        ("The ferry crew stayed at their posts for 36 straight hours.", 36.0, "hours", "36 straight hours"),
        ("Snow closed the pass five consecutive days in March.", 5.0, "days", "five consecutive days"),
        ("The orchard lost money in three successive years.", 3.0, "years", "three successive years"),
        ("Wage talks dragged on for 11 straight weeks", 11.0, "weeks", "11 straight weeks"),
    ],
)
def test_a_streak_lasts_as_long_as_its_figure_counts(nlp, text, value, unit, span):
    # the time rules read "for 36 straight hours" as a recurrence; the streak is also a duration
    q = only(nlp, text)
    assert (q.value, q.unit, q.span.text) == (value, unit, span)


def test_a_streak_after_an_amount_keeps_the_amount(nlp):
    amount, streak = quantities(nlp, "Exports have topped US$45 billion for four consecutive years.")
    assert (amount.value, amount.unit, streak.value, streak.unit) == (4.5e10, "USD", 4.0, "years")
    assert [q.unit for q in quantities(nlp, "The index will rise to 105 next year.")] in ([], ["count"])


def test_sub_before_a_figure_is_an_upper_bound(nlp):
    q = only(nlp, "Chipmakers are racing toward sub-5 nanometer processes.")
    assert (q.value, q.unit, q.qualifier, q.span.text) == (pytest.approx(5e-9), "m", "less_than", "sub-5 nanometer")
    q = only(nlp, "The phone sells for a sub-$300 price.")
    assert (q.value, q.unit, q.qualifier) == (300.0, "USD", "less_than")
    assert quantities(nlp, "Aid to sub-Saharan Africa grew.") == ()


@pytest.mark.parametrize(
    ("text", "pounds"),
    [
        ("He weighs 200 pounds.", 200.0),
        ("The baby, weighing 8 pounds, was born at noon.", 8.0),
        ("He weighed in at 250 pounds.", 250.0),
        ("The package has a weight of 5 pounds.", 5.0),
    ],
)
def test_pounds_weighed_are_a_mass(nlp, text, pounds):
    q = only(nlp, text)
    assert (q.unit, q.display_unit) == ("kg", "pounds")
    assert from_canonical(q.value, "pound") == pytest.approx(pounds)


@pytest.mark.parametrize(
    "text", ["The fine was 200 pounds.", "Brexit fears weighed on sterling, which fell 2 pounds.", "She was fined 500 pounds."]
)
def test_pounds_not_weighed_stay_sterling(nlp, text):
    assert only(nlp, text).unit == "GBP"


def test_units_pint_counts_as_dimensionless_keep_their_own_canonical_unit():
    # by dimensionality alone, degrees and decibels became bytes and Gbps hertz
    assert to_canonical(20.0, "degree") == (pytest.approx(0.349065850399), "rad")
    assert to_canonical(1.0, "gigabit / second") == (1e9, "bit/s")
    assert to_canonical(2.0, "gigabyte") == (2e9, "B")
    assert to_canonical(3000.0, "revolution / minute") == (3000.0, "rpm")
    assert to_canonical(5.0, "ppm") == (5.0, "ppm")
    assert to_canonical(900.0, "megahertz") == (9e8, "Hz")


@pytest.mark.parametrize(
    ("text", "display", "unit"),
    [
        ("The drive reads at 7,000MB/s.", "MB/s", "bit/s"),
        ("Winds gusted at 30 m/s.", "m/s", "km/h"),  # a speed, not 30 million
        ("The cable carries 10 Gb/s.", "Gb/s", "bit/s"),
    ],
)
def test_rates_per_second_written_with_a_slash(nlp, text, display, unit):
    q = only(nlp, text)
    assert (q.display_unit, q.unit) == (display, unit)


def test_a_figure_with_a_thousands_separator_is_no_date_whatever_the_ner_says(nlp):
    # the NER tags "2,615.30" a date here; no date or clock time is written with a thousands separator
    q = only(nlp, "The benchmark gave up gains to end at 2,615.30, on light trading.")
    assert (q.value, q.span.text) == (2615.3, "2,615.30")



def test_a_bare_level_after_a_level_in_points_is_in_points(nlp):
    found = quantities(nlp, "The FTSE 100 fell 0.5% to 7,500.3 points, while the DAX lost 0.3% to 15,800.2.")
    assert [(q.value, q.unit) for q in found] == [(0.5, "percent"), (7500.3, "points"), (0.3, "percent"), (15800.2, "points")]
    # a semicolon starts another report: the level there keeps no unit
    found = quantities(nlp, "The index closed at 1,463.78 points; turnover rose to 1,200.5 in the session.")
    assert [(q.value, q.unit) for q in found] == [(1463.78, "points"), (1200.5, "count")]


@pytest.mark.parametrize(
    ("text", "value", "high", "span"),
    [
        ("Voters aged 18 to 24 backed the party.", 18.0, 24.0, "18 to 24"),
        ("The scheme covers individuals ages 55 to 65.", 55.0, 65.0, "55 to 65"),
        ("Children under 12 travel free.", 12.0, None, "under 12"),
        ("Men over 50 are at greater risk.", 50.0, None, "over 50"),
        ("The actor, now 81, still works.", 81.0, None, "81"),
    ],
)
def test_ages_in_ranges_after_a_group_and_after_now(nlp, text, value, high, span):
    q = only(nlp, text)
    assert (q.value, q.value_high, q.unit, q.display_unit, q.span.text) == (value, high, "years", "age", span)


def test_a_figure_after_a_group_and_over_with_a_unit_or_a_plural_is_no_age(nlp):
    assert only(nlp, "The team has players over 6 feet tall.").unit == "m"
    assert only(nlp, "Companies with over 50 employees must report.").unit == "employees"
    assert only(nlp, "The prices rose to 18 to 24 dollars.").unit == "USD"


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The quake killed 2,000 to 3,000 people.", 2000.0, 3000.0, "people"),
        ("Estimates range between 1.5 million and 2 million people.", 1.5e6, 2e6, "people"),
        ("Around 30 to 70 volunteers showed up to each event.", 30.0, 70.0, "volunteers"),
    ],
)
def test_a_range_of_bare_figures_counts_the_noun_after_it(nlp, text, low, high, unit):
    q = only(nlp, text)
    assert (q.value, q.value_high, q.unit, q.qualifier) == (low, high, unit, "range")


@pytest.mark.parametrize(
    ("text", "low", "high", "span"),
    [
        ("Police said 40 to 50 were detained after the match.", 40.0, 50.0, "40 to 50"),
        ("Medics believe 12 to 15 have been hurt in the crush.", 12.0, 15.0, "12 to 15"),
        ("About 200 to 300 will march on Sunday, organisers say.", 200.0, 300.0, "About 200 to 300"),
        ("Three to four were pulled from the river", 3.0, 4.0, "Three to four"),
        ("Guides reckon six to nine had turned back before the summit.", 6.0, 9.0, "six to nine"),
    ],
)
def test_a_range_of_counts_before_an_auxiliary_is_one_range(nlp, text, low, high, span):
    # no noun after the second figure: the range is the clause's subject, not two figures
    q = only(nlp, text)
    assert (q.value, q.value_high, q.qualifier, q.span.text) == (low, high, "range", span)


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("Hundreds of drivers sat in the jam three, four and even five hours.", [3.0, 4.0, 5.0], "hours"),
        ("The ferry runs were delayed 2, 3 and 4 hours on those days.", [2.0, 3.0, 4.0], "hours"),
        ("Rents climbed 6, 8 and 9 percent in the three towns.", [6.0, 8.0, 9.0], "percent"),
        ("Picnickers waited six, seven, or perhaps eight hours for the ferry.", [6.0, 7.0, 8.0], "hours"),
    ],
)
def test_figures_listed_before_a_unit_all_take_it(nlp, text, values, unit):
    # the unit is written once, after the last figure; the others were dropped or counted an earlier noun
    found = [q for q in quantities(nlp, text) if q.value in values]
    assert [(q.value, q.unit) for q in found] == [(v, unit) for v in values]


@pytest.mark.parametrize(
    ("text", "spans", "unit"),
    [
        ("The ferry crossing took 2, 3 or 4 hours depending on the wind.", ["2", "3", "4 hours"], "hours"),
        ("Volunteers sorted parcels for five, six or seven hours a day.", ["five", "six", "seven hours a day"], "hours"),
        ("Each plot is 20, 30 or 40 metres wide.", ["20", "30", "40 metres"], "m"),
        ("Prices rose 3, 4 or 5 percent in the northern villages.", ["3", "4", "5 percent"], "percent"),
    ],
)
def test_a_list_of_alternatives_before_a_unit_keeps_every_figure(nlp, text, spans, unit):
    # the grammar read the last two as a range ("3 or 4 hours") and the first figure was dropped
    found = quantities(nlp, text)
    assert [(q.span.text, q.value_high, q.unit) for q in found] == [(s, None, unit) for s in spans]
    assert [q.value for q in found] == [parse_number(s.split()[0]) for s in spans]
    assert [(q.value, q.value_high) for q in quantities(nlp, "The hikers needed two or three days to reach the hut.")] == [(2.0, 3.0)]


def test_a_vague_plural_with_no_of_counts_what_the_sentence_gives(nlp):
    # invented: "dozens of X" counted X, but a vague plural with no "of" was dropped: after "more" it adds to the
    # last count (its noun, else a count with the noun unwritten), and after a verb of expecting a crowd it is people
    def read(text):
        return [(q.span.text, q.value, q.value_high, q.unit) for q in quantities(nlp, text)]

    assert read("Dozens more were waiting outside the clinic.") == [("Dozens", 12.0, 120.0, "count")]
    assert read("Thousands more are expected to join the strike.") == [("Thousands", 1e3, 1e4, "count")]
    assert read("Two boats sank in the storm and dozens more were damaged.")[1] == ("dozens", 12.0, 120.0, "boats")
    assert read("The flood forced 300 families from their homes; hundreds more were stranded on rooftops.")[1] == ("hundreds", 100.0, 1000.0, "families")
    assert read("Organisers are expecting thousands at the harvest fair.") == [("thousands", 1e3, 1e4, "people")]
    assert read("The town will welcome hundreds for the festival.") == [("hundreds", 100.0, 1000.0, "people")]
    assert read("Economists expected 180,000 in the report.") == [("180,000", 180000.0, None, "count")]
    assert read("The repairs will cost thousands.") == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Kestrel Town beat unbeaten Marlow 38-35 to win the cup.", [38.0, 35.0]),
        ("Northfield routed visiting Eastbrook 52-7 on Friday night.", [52.0, 7.0]),
        ("Valdora defeated Kestin 3-1 in the qualifier.", [3.0, 1.0]),
    ],
)
def test_a_score_after_the_beaten_side_is_read(nlp, text, sides):
    # invented: the parser hangs the score on the name before it, which was taken for a model's name ("Model 12-4")
    assert [(q.value, q.display_unit) for q in quantities(nlp, text)] == [(v, "score") for v in sides]


def test_a_tally_written_one_item_a_sentence_counts_each_name(nlp):
    # invented: "Name: figure." items in a row, as results copy writes a tally; small bare figures were dropped
    found = quantities(nlp, "RESULTS. Okafor: 547.  Lindqvist: 46.")
    assert [(q.span.text, q.value, q.unit, q.measures) for q in found] == [("547", 547.0, "count", "Okafor"), ("46", 46.0, "count", "Lindqvist")]
    found = quantities(nlp, "Ayes: 61. Noes: 38.")
    assert [(q.value, q.unit) for q in found] == [(61.0, "count"), (38.0, "count")]
    assert quantities(nlp, "Chapter: 3. She left the room.") == ()  # one item alone is no tally


def test_a_tally_and_a_change_before_a_noun_are_not_ranges(nlp):
    tally = quantities(nlp, "He won 48,317 to 47,902 votes.")
    assert [q.value for q in tally] == [48317.0, 47902.0] and all(q.value_high is None for q in tally)
    assert [q.value_high for q in quantities(nlp, "Hiring rose by 2,000 to 3,000 workers.")] == [None, None]


def test_dozen_after_a_figure_is_a_scale_of_the_counted_noun(nlp):
    # "two dozen" is 24 of what follows, not two "dozen"; the parser may hang "dozen" on the figure
    q = only(nlp, "Two dozen lawmakers signed the letter.")
    assert (q.value, q.unit, q.span.text) == (24.0, "lawmakers", "Two dozen")
    q = only(nlp, "Some two dozen people were hurt in the crush.")
    assert (q.value, q.unit, q.qualifier, q.span.text) == (24.0, "people", "approximately", "Some two dozen")
    q = only(nlp, "About 3 dozen boats joined the flotilla.")
    assert (q.value, q.unit) == (36.0, "boats")
    q = only(nlp, "Half a dozen ministers resigned.")
    assert (q.value, q.unit, q.span.text) == (6.0, "ministers", "Half a dozen")
    assert (only(nlp, "He sold a dozen eggs.").value) == 12.0


@pytest.mark.parametrize(
    ("text", "span", "unit", "value"),
    [
        ("The alarm was measured at 12 dB above the hum.", "12 dB", "decibel", 12.0),
        ("Each scan gives a dose of 0.3 mSv to the patient.", "0.3 mSv", "millisievert", 0.3),
        ("Crews near the reactor took 20 millisieverts.", "20 millisieverts", "millisievert", 20.0),
        ("The tablet holds 5 mcg of the hormone.", "5 mcg", "kg", 5e-9),
        ("Pressure fell to 950 hPa as the storm deepened.", "950 hPa", "hectopascal", 950.0),
        ("The fibre line reached 300 Mbit/s in the test.", "300 Mbit/s", "bit/s", 3e8),
        ("Global output of the gas reached 37 Gt.", "37 Gt", "kg", 3.7e13),
        ("The probe is now 40 light-years from the Sun.", "40 light-years", "m", None),
        ("The coil is rated at 470 ohms.", "470 ohms", "ohm", 470.0),
        ("The lag stays under 20 ms on most links.", "under 20 ms", "millisecond", 20.0),
        ("The path runs for 12 mi along the cliffs.", "12 mi", "m", 12 * 1609.344),
    ],
)
def test_units_of_sound_radiation_pressure_data_and_small_masses(nlp, text, span, unit, value):
    # before, these were counted nouns ("20 'millisieverts'") or missed ("12 dB", "300 Mbit/s")
    q = only(nlp, text)
    assert (q.span.text, q.unit) == (span, unit)
    if value is not None:
        assert q.value == pytest.approx(value)


def test_a_counted_noun_written_with_a_hyphen_is_counted_whole(nlp):
    # the tokenizer splits at the hyphen and the parser makes either half the noun: "ups", "e"
    assert only(nlp, "The fund backed 14 start-ups last year.").unit == "start-ups"
    assert only(nlp, "The city bought 500 e-bikes.").unit == "e-bikes"
    q = only(nlp, "The newsroom will have 18 fact-checkers on duty.")
    assert (q.value, q.unit, q.display_unit) == (18.0, "fact-checkers", "fact-checkers")
    # a number before the hyphen is a figure of its own, not part of the noun
    assert [q.unit for q in quantities(nlp, "The plant builds two-, three- and four-axle trucks.")] == ["axle"] * 3


def test_a_share_of_one_unit_written_in_words_is_that_fraction_of_the_unit(nlp):
    # before, nothing was read, or "three-quarters" was three "quarters"
    q = only(nlp, "The bank cut its main rate by half a percentage point.")
    assert (q.value, q.unit, q.span.text) == (0.5, "percentage_point", "half a percentage point")
    q = only(nlp, "Yields rose by a quarter of a percentage point on the day.")
    assert (q.value, q.unit) == (0.25, "percentage_point")
    q = only(nlp, "The bond gained three-quarters of a percentage point.")
    assert (q.value, q.unit, q.span.text) == (0.75, "percentage_point", "three-quarters of a percentage point")
    q = only(nlp, "She ran half a mile before the rain.")
    assert (q.value, q.unit, q.display_unit) == (pytest.approx(804.672), "m", "mile")
    assert (only(nlp, "He won the sprint by half a second.").value, "seconds") == (0.5, "seconds")
    # not a share of a scale word, a group, or a unit that is not one
    assert only(nlp, "Half a million people marched.").value == 500000.0
    assert only(nlp, "Half a dozen firms bid.").value == 6.0
    assert quantities(nlp, "Profits rose in the first half of the year.") == ()


def test_times_before_what_a_multiple_is_of_is_a_ratio(nlp):
    # before, "25 times earnings" counted 25 "earnings"
    for text, span in [
        ("The shares trade at 25 times earnings.", "25 times"),
        ("A house now costs 8.5 times average earnings.", "8.5 times"),
        ("The buyer paid 40 times its annual sales.", "40 times"),
        ("Its output is four times that of the old plant.", "four times"),
    ]:
        q = only(nlp, text)
        assert (q.span.text, q.unit, q.display_unit) == (span, "ratio", "times")
    # occasions stay occasions, also before "that week"
    assert only(nlp, "He tried three times that week.").unit == "times"


def test_a_signed_change_after_a_level_in_a_compact_list_is_not_a_range(nlp):
    # before, "100 -0.4%" was the range 100 to 0.4 per cent and "$82.10 -0.35" 82.10 to 0.35 dollars
    found = quantities(nlp, "Europe: the FTSE 100 -0.4%, the DAX +0.2%, the CAC 40 -0.7%.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in found] == [
        ("-0.4%", -0.4, None, "percent"), ("0.2%", 0.2, None, "percent"), ("-0.7%", -0.7, None, "percent"),
    ]
    found = quantities(nlp, "Crude: Brent $82.10 -0.35, WTI $78.40 -0.41.")
    assert [(q.value, q.value_high) for q in found] == [(82.1, None), (-0.35, None), (78.4, None), (-0.41, None)]
    # a rising pair with the same spacing stays a range
    q = only(nlp, "The rig uses 5 -10W lasers.")
    assert (q.value, q.value_high, q.unit) == (5.0, 10.0, "W")


def test_a_price_per_a_unit_in_several_words_is_named_by_the_units_symbol(nlp):
    # before, "USD/millionBritishthermalunits", "EUR/squaremetre", and "per metric ton" was dropped
    assert only(nlp, "Gas changed hands at $2.60 per million British thermal units.").unit == "USD/mmbtu"
    assert only(nlp, "Plots sell for 300 euros per square metre.").unit == "EUR/sqm"
    assert only(nlp, "Permits trade at 85 euros per metric ton.").unit == "EUR/mt"
    assert only(nlp, "Water costs $1.20 per cubic metre.").unit == "USD/m3"


def test_a_bare_number_killed_injured_or_arrested_counts_people(nlp):
    # before, a small whole number with the noun left out was dropped ("15 were killed", "killed 45")
    assert [(q.span.text, q.value, q.unit) for q in quantities(nlp, "At least 15 were killed in the attack.")] == [("At least 15", 15.0, "people")]
    assert [(q.value, q.unit) for q in quantities(nlp, "The flu has infected 2,300 people and killed 45.")] == [(2300.0, "people"), (45.0, "people")]
    assert [(q.value, q.unit) for q in quantities(nlp, "Four people were killed and 11 injured.")] == [(4.0, "people"), (11.0, "people")]
    # a noun counted elsewhere, or a number that is no subject or object of such a verb, stays as it was
    assert [(q.value, q.unit) for q in quantities(nlp, "Two of the suspects were arrested.")] == [(2.0, "suspects")]
    assert quantities(nlp, "Rescuers pulled 8 from the rubble.") == ()


def test_a_change_written_as_a_share_or_a_multiple_is_a_ratio(nlp):
    found = quantities(nlp, "Bus fares fell by a third last spring, rents rose by two-thirds and the toll doubled since May.")
    assert [(q.span.text, round(q.value, 3), q.unit) for q in found] == [
        ("a third", 0.333, "ratio"), ("two-thirds", 0.667, "ratio"), ("doubled", 2.0, "ratio")
    ]
    (half,) = quantities(nlp, "Shares of the bakery chain were cut by half on Friday.")
    assert (half.span.text, half.value) == ("half", 0.5)


def test_an_ordinal_after_by_or_an_idiom_of_double_is_no_ratio(nlp):
    assert quantities(nlp, "The harbour town was hit by a third wave of storms.") == ()
    assert quantities(nlp, "The mayor doubled down on his plan, and the school gym doubled as a shelter.") == ()
    (point,) = quantities(nlp, "The bond yield rose by a quarter point.")  # a share of a point of the yield, not a ratio
    assert (point.span.text, point.value, point.unit) == ("a quarter point", 0.25, "percentage_point")


def test_a_capital_f_or_c_alone_is_a_temperature_only_where_the_sentence_speaks_of_heat(nlp):
    (hot,) = quantities(nlp, "Temperatures in the valley reached 41 C on Monday.")
    assert (hot.span.text, hot.value, hot.unit) == ("41 C", 41.0, "degC")
    (cold,) = quantities(nlp, "The forecast says lows of 14 F tonight.")
    assert (cold.span.text, round(cold.value, 2), cold.unit) == ("14 F", -10.0, "degC")
    (farad,) = quantities(nlp, "The new capacitor stores 2.5 F in a case the size of a coin.")
    assert (farad.span.text, farad.value, farad.unit) == ("2.5 F", 2.5, "farad")
    (coulomb,) = quantities(nlp, "A charge of 360 C passed through the wire.")
    assert (coulomb.span.text, round(coulomb.value, 3), coulomb.unit) == ("360 C", 0.1, "Ah")
    assert quantities(nlp, "She finished with 12 F and was sent home.") == ()


def test_cut_in_half_is_a_ratio_and_doubled_over_in_pain_is_not(nlp):
    (half,) = quantities(nlp, "The ministry cut the grant in half in March.")
    assert (half.span.text, half.value, half.unit) == ("in half", 0.5, "ratio")
    assert quantities(nlp, "She tore the letter in half.") == ()
    assert quantities(nlp, "The striker doubled over in pain after the tackle.") == ()
    (double,) = quantities(nlp, "Ticket sales doubled over the summer.")
    assert (double.span.text, double.value) == ("doubled", 2.0)


def test_several_dozen_and_a_half_dozen(nlp):
    (several,) = quantities(nlp, "Several dozen farmers blocked the bridge.")
    assert (several.span.text, several.value, several.value_high, several.unit) == ("Several dozen", 36.0, 108.0, "farmers")
    (half,) = quantities(nlp, "A half-dozen ministers resigned.")
    assert (half.span.text, half.value, half.unit) == ("A half-dozen", 6.0, "ministers")


def test_a_before_a_unit_of_measure_then_of_or_a_word_of_extent_is_one_unit(nlp):
    (wide,) = quantities(nlp, "The sinkhole is a mile wide.")
    assert (wide.span.text, wide.value, wide.unit) == ("a mile", 1609.344, "m")
    (snow,) = quantities(nlp, "The village woke under a foot of snow.")
    assert (snow.span.text, snow.value, snow.unit) == ("a foot", 0.3048, "m")
    (rice,) = quantities(nlp, "Each pupil got a kilogram of beans.")
    assert (rice.span.text, rice.value, rice.unit) == ("a kilogram", 1.0, "kg")
    assert quantities(nlp, "The strike lasted a day and the repairs took an hour of work.") == ()
    assert quantities(nlp, "A soldier walked a mile.") == ()  # no "of" or word of extent after the unit
    assert quantities(nlp, "They strolled the Riviera mile of shops.") == ()  # the "a" ends a word
    (price,) = quantities(nlp, "Diesel sold at $4 a gallon of fuel.")
    assert (price.span.text, price.unit) == ("$4 a gallon", "USD/gallon")


def test_a_change_in_money_then_to_is_a_change_and_a_level_not_a_range(nlp):
    change, level = quantities(nlp, "The lender's shares rose C$1.20 to C$45.10 in Toronto.")
    assert (change.span.text, change.value, change.value_high, change.unit) == ("C$1.20", 1.2, None, "CAD")
    assert (level.span.text, level.value, level.value_high, level.unit) == ("C$45.10", 45.1, None, "CAD")
    (spread,) = quantities(nlp, "Tickets cost $15 to $40 at the door.")
    assert (spread.span.text, spread.value, spread.value_high) == ("$15 to $40", 15.0, 40.0)
    (share,) = quantities(nlp, "Profits fell 50% to 75% below the forecast.")  # percentages: a spread
    assert (share.span.text, share.value, share.value_high) == ("50% to 75%", 50.0, 75.0)


def test_a_clock_time_written_with_am_is_not_a_figure_per_metre(nlp):
    assert quantities(nlp, "The ferry leaves at 6.45am on weekdays.") == ()
    assert quantities(nlp, "The 8.15am service was cancelled.") == ()
    (price,) = quantities(nlp, "Parking costs £2 an hour.")
    assert (price.span.text, price.unit) == ("£2 an hour", "GBP/hour")


def test_a_torque_is_in_newton_metres_not_an_energy():
    assert to_canonical(400.0, "newton * meter") == (400.0, "N*m")
    assert to_canonical(100.0, "pound_force * foot") == (135.581794833, "N*m")
    assert to_canonical(2.0, "kilojoule") == (0.000555555555556, "kWh")  # an energy stays one
    assert to_canonical(3.0, "liter") == (0.003, "m3")


def test_torque_and_lower_case_hertz_as_written(nlp):
    torque, refresh = quantities(nlp, "The motor gives 400Nm and the screen refreshes at 144hz.")
    assert (torque.span.text, torque.value, torque.unit) == ("400Nm", 400.0, "N*m")
    assert (refresh.span.text, refresh.value, refresh.unit) == ("144hz", 144.0, "Hz")


def test_a_scaled_figure_has_no_floating_point_noise():
    (raw,) = find("Sales reached $4.1 billion.")
    assert raw.value == 4_100_000_000


def test_a_whole_number_and_a_simple_fraction_are_one_figure(nlp):
    (wait,) = quantities(nlp, "The queue at the border took about 3 1/2 hours.")
    assert (wait.span.text, wait.value, wait.unit, wait.qualifier) == ("about 3 1/2 hours", 3.5, "hours", "approximately")
    (rain,) = quantities(nlp, "The front dropped 2½ inches of rain on the valley.")
    assert (rain.span.text, rain.value, rain.unit) == ("2½ inches", 0.0635, "m")
    assert parse_number("12 3/4") == 12.75
    assert parse_number("5 3/2") is None  # not a proper fraction


def test_a_glued_in_is_inches_and_feet_then_inches_one_height(nlp):
    (screen,) = quantities(nlp, "The new tablet has a 10.9in display.")
    assert (screen.span.text, screen.value, screen.unit) == ("10.9in", 0.27686, "m")
    (ratio,) = quantities(nlp, "Three in 10 drivers had no insurance.")
    assert (ratio.span.text, ratio.value, ratio.unit) == ("Three in 10", 0.3, "ratio")
    (height,) = quantities(nlp, "The goalkeeper is 6ft 2in tall.")
    assert (height.span.text, height.value, height.unit, height.display_unit) == ("6ft 2in", 1.8796, "m", "ft")


def test_a_glued_m_before_a_peoples_name_in_the_plural_is_millions(nlp):
    (travellers,) = quantities(nlp, "About 2m Britons flew abroad in August.")
    assert (travellers.span.text, travellers.value, travellers.unit) == ("About 2m", 2_000_000.0, "britons")
    (wall,) = quantities(nlp, "The harbour wall is 5m high.")
    assert (wall.span.text, wall.value, wall.unit) == ("5m", 5.0, "m")


def test_two_figures_with_a_slash_share_the_unit_after_the_second(nlp):
    city, highway = quantities(nlp, "The estate car is rated at 41/48 mpg city/highway.")
    assert (city.span.text, city.display_unit, round(city.value, 3), city.unit) == ("41", "mpg", 17.431, "km/L")
    assert (highway.span.text, highway.display_unit, round(highway.value, 3), highway.unit) == ("48 mpg", "mpg", 20.407, "km/L")
    (rate,) = quantities(nlp, "The small car uses 4.9L/100km.")  # a unit before the slash: a rate
    assert (rate.span.text, rate.display_unit) == ("4.9L/100km", "L/100km")


def test_cents_with_their_country_are_that_currency(nlp):
    (q,) = quantities(nlp, "The Australian dollar bought 66.5 US cents on Friday.")
    assert (q.span.text, q.value, q.unit) == ("66.5 US cents", 0.665, "USD")


def test_a_conversion_after_a_spaced_slash_is_a_figure_not_a_rate(nlp):
    kw, ps = quantities(nlp, "The diesel is rated at 150 kW / 204 PS.")
    assert (kw.span.text, kw.value, kw.unit) == ("150 kW", 150_000.0, "W")
    assert (ps.span.text, ps.display_unit, round(ps.value, 3), ps.unit) == ("204 PS", "PS", 150041.745, "W")
    (price,) = quantities(nlp, "Tariffs fell to 20 cents per 100 kWh.")
    assert (price.span.text, price.display_unit) == ("20 cents per 100 kWh", "cents/100kWh")


def test_and_a_half_adds_a_half(nlp):
    (term,) = quantities(nlp, "The fraudster was jailed for six and a half years.")
    assert (term.span.text, term.value, term.unit) == ("six and a half years", 6.5, "years")
    (wait,) = quantities(nlp, "Passengers waited an hour and a half on the runway.")
    assert (wait.span.text, wait.value, wait.unit) == ("an hour and a half", 1.5, "hours")
    assert parse_number("3 and a half") == 3.5


def test_an_amount_per_a_singular_noun_is_a_price_of_each(nlp):
    (dose,) = quantities(nlp, "The gene therapy costs $2.1m per patient.")
    assert (dose.span.text, dose.value, dose.unit, dose.display_unit) == ("$2.1m per patient", 2_100_000.0, "USD/patient", "$ m/patient")
    (month,) = quantities(nlp, "The plan costs $20 per month.")  # a time rate stays a rate of time
    assert (month.span.text, month.unit) == ("$20 per month", "USD/month")


def test_a_proportion_followed_by_in_is_still_a_proportion(nlp):
    share, _ = quantities(nlp, "The senator won 7 in 10 in the rural counties and 4 in 10 votes in towns.")
    assert (share.span.text, share.value, share.unit) == ("7 in 10", 0.7, "ratio")


def test_a_unit_written_with_a_capital_is_a_unit_not_a_name(nlp):
    (power,) = quantities(nlp, "The speaker puts out 120 Watts per channel.")
    assert (power.span.text, power.value, power.unit) == ("120 Watts", 120.0, "W")
    (mass,) = quantities(nlp, "The prototype weighs 1,450 kilos.")
    assert (mass.span.text, mass.value, mass.unit) == ("1,450 kilos", 1450.0, "kg")


def test_a_glued_m_after_a_word_of_money_is_millions_not_metres(nlp):
    (sale,) = quantities(nlp, "The portrait sold for 45m at the spring auction.")
    assert (sale.span.text, sale.value, sale.unit) == ("45m", 45_000_000.0, "count")
    (funding,) = quantities(nlp, "The app maker received 3m in seed funding.")
    assert (funding.span.text, funding.value) == ("3m", 3_000_000.0)
    (race,) = quantities(nlp, "She ran for 400m before the bend.")
    assert (race.span.text, race.value, race.unit) == ("400m", 400.0, "m")


def test_a_long_unscaled_figure_keeps_every_digit():
    (raw,) = find("The post 672138506081275904 was shared.")
    assert raw.value == 672138506081275904
    (cents,) = find("The dividend is 83 cents a share.")
    assert cents.value == 0.83


def test_a_thing_or_two_is_at_most_two_of_it(nlp):
    (signing,) = quantities(nlp, "The club hopes to add another defender or two before the deadline.")
    assert (signing.span.text, signing.value, signing.unit, signing.qualifier) == ("another defender or two", 2.0, "defender", "up_to")
    (wait,) = quantities(nlp, "The verdict is expected in a week or two.")
    assert (wait.span.text, wait.value, wait.unit, wait.qualifier) == ("a week or two", 2.0, "weeks", "up_to")
    assert [r for r in find("They wanted one more or two.") if r.qualifier == "up_to"] == []


def test_a_share_of_a_point_of_a_rate(nlp):
    (hike,) = quantities(nlp, "The central bank raised interest rates by a quarter point on Thursday.")
    assert (hike.span.text, hike.value, hike.unit) == ("a quarter point", 0.25, "percentage_point")
    (cut,) = quantities(nlp, "Mortgage rates fell half a point in a month.")
    assert (cut.span.text, cut.value, cut.unit) == ("half a point", 0.5, "percentage_point")
    assert quantities(nlp, "The skater lost by a quarter point.") == ()  # no rate named


def test_up_to_after_a_verb_of_movement_is_a_level_not_at_most(nlp):
    level, before = quantities(nlp, "The jobless rate edged up to 5.1 percent from 5.0 percent.")
    assert (level.span.text, level.qualifier) == ("5.1 percent", "exact")
    (cap,) = quantities(nlp, "The fund can invest up to $5 billion.")
    assert (cap.span.text, cap.qualifier) == ("up to $5 billion", "up_to")


def test_a_glued_m_before_a_currency_word_is_millions_of_it(nlp):
    (cost,) = quantities(nlp, "The weather satellite cost 300m euros to build.")
    assert (cost.span.text, cost.value, cost.unit) == ("300m euros", 300_000_000.0, "EUR")
    (fine,) = quantities(nlp, "The bank was fined 2m Swiss francs.")
    assert (fine.span.text, fine.value, fine.unit) == ("2m Swiss francs", 2_000_000.0, "CHF")


def test_up_or_down_a_share_is_a_relative_change(nlp):
    (fall,) = quantities(nlp, "Bus ridership was down a fifth from a year earlier.")
    assert (fall.span.text, fall.value, fall.unit) == ("a fifth", 0.2, "ratio")
    assert quantities(nlp, "The climbers went up a third of the way.") == ()
    # not "up" and a share: "half the size" is a multiple of what the determiner opens (0.5), no relative change
    assert [(q.span.text, q.value) for q in quantities(nlp, "The loaf ended up half the size.")] == [("half", 0.5)]


def test_a_spelled_number_with_a_half_and_a_scale_counts_its_noun(nlp):
    (crowd,) = quantities(nlp, "One and a half million pilgrims walked to the shrine.")
    assert (crowd.span.text, crowd.value, crowd.unit) == ("One and a half million", 1.5e6, "pilgrims")
    (jobs,) = quantities(nlp, "The carmaker will cut nearly three and a half thousand jobs.")
    assert (jobs.span.text, jobs.value, jobs.unit, jobs.qualifier) == ("nearly three and a half thousand", 3500, "jobs", "approximately")


def test_a_spelled_hundred_and_a_number_is_one_figure(nlp):
    (bill,) = quantities(nlp, "The council spent two hundred and fifty million pounds on the tram.")
    assert (bill.span.text, bill.value, bill.unit) == ("two hundred and fifty million pounds", 2.5e8, "GBP")
    (rescued,) = quantities(nlp, "A hundred and twenty miners were brought to the surface.")
    assert (rescued.span.text, rescued.value, rescued.unit) == ("A hundred and twenty", 120, "miners")
    (seats,) = quantities(nlp, "The party won three hundred and forty-one seats.")
    assert (seats.value, seats.unit) == (341, "seats")
    (between,) = quantities(nlp, "Between one hundred and two hundred boats joined the flotilla.")
    assert (between.value, between.value_high, between.unit) == (100, 200, "boats")
    assert parse_number("a hundred and six") == 106


def test_odds_of_one_in_n_a_year_are_a_chance_not_one_year(nlp):
    (flood,) = quantities(nlp, "The dam was designed for a 1-in-500-year flood.")
    assert (flood.span.text, flood.value, flood.unit) == ("1-in-500-year", 0.002, "ratio")
    (storm,) = quantities(nlp, "Meteorologists called it a one-in-a-thousand-year downpour.")
    assert (storm.span.text, storm.value, storm.unit) == ("one-in-a-thousand-year", 0.001, "ratio")


def test_odds_with_a_scale_word_or_at_the_end_of_a_sentence(nlp):
    (jackpot,) = quantities(nlp, "The chance of hitting the jackpot is 1 in 45 million.")
    assert (jackpot.span.text, jackpot.unit) == ("1 in 45 million", "ratio")
    assert jackpot.value == pytest.approx(1 / 45e6)
    (odds,) = quantities(nlp, "Experts put the risk of a repeat at one in 20.")
    assert (odds.span.text, odds.value, odds.unit) == ("one in 20", 0.05, "ratio")
    assert [q.span.text for q in quantities(nlp, "The striker scored 4 in 2019.")] == []


def test_degrees_of_heat_are_a_temperature_and_degrees_of_a_turn_an_angle(nlp):
    (heat,) = quantities(nlp, "Thermometers in Seville showed 44 degrees on Friday afternoon.")
    assert (heat.span.text, heat.value, heat.unit) == ("44 degrees", 44, "degree_temperature")  # no scale written: as written
    (turn,) = quantities(nlp, "The crane swung 90 degrees before it toppled.")
    assert (turn.span.text, turn.unit) == ("90 degrees", "rad")
    assert turn.value == pytest.approx(1.5707963268)
    (slope,) = quantities(nlp, "On a hot day the track climbs at an angle of 12 degrees.")
    assert slope.unit == "rad"  # an angle word wins over a word of heat


def test_degrees_of_heat_take_the_scale_the_document_writes(nlp):
    text = "Forecasters expect 35 degrees on Monday. Last year the city reached 41°C in July."
    forecast, record = quantities(nlp, text)
    assert (forecast.span.text, forecast.value, forecast.unit, record.unit) == ("35 degrees", 35, "degC", "degC")
    (fahrenheit,) = [q for q in quantities(nlp, "The heat index hit 105 degrees. Highs stay near 100 degrees Fahrenheit.") if q.span.text == "105 degrees"]
    assert (fahrenheit.unit, fahrenheit.value) == ("degC", pytest.approx(40.5555555556))
    converted, _ = quantities(nlp, "The heatwave brought 45 degrees (113 Fahrenheit) to the valley.")
    assert (converted.span.text, converted.unit, converted.value) == ("45 degrees", "degC", 45)  # the bracket is its conversion


def test_a_lone_f_with_its_scale_written_elsewhere_in_the_document_is_fahrenheit(nlp):
    (late,) = [q for q in quantities(nlp, "Tuesday was mild at 70°F. By Friday the gauge on Main Street read 98 F.") if q.span.text == "98 F"]
    assert (late.unit, late.value) == ("degC", pytest.approx(36.6666666667))
    assert [q.span.text for q in quantities(nlp, "The pupil got 12 F in the spring term.")] == []


def test_a_bare_figure_an_earlier_count_is_compared_with_counts_the_same_nouns(nlp):
    now, before = quantities(nlp, "The charity now runs 640 shelters, up from 510 last winter.")
    assert (now.unit, before.span.text, before.value, before.unit) == ("shelters", "510", 510, "shelters")
    _, earlier = quantities(nlp, "The airline flew 3.2 million passengers, compared with 2.9 million a year before.")
    assert (earlier.span.text, earlier.value, earlier.unit) == ("2.9 million", 2.9e6, "passengers")
    # not without a word of comparison, nor across a sentence
    assert [q.span.text for q in quantities(nlp, "The charity runs 640 shelters. In 510 of them beds are short.")] == ["640"]


def test_an_age_set_off_after_a_hyphenated_noun(nlp):
    (age,) = quantities(nlp, "The father-of-four, 52, told the court he was innocent.")
    assert (age.span.text, age.value, age.unit, age.display_unit) == ("52", 52, "years", "age")


def test_an_age_given_as_a_decade_of_life_is_a_range(nlp):
    (forties,) = quantities(nlp, "A cyclist in his 40s was taken to hospital.")
    assert (forties.span.text, forties.value, forties.value_high, forties.unit, forties.display_unit) == ("40s", 40, 49, "years", "age")
    (late,) = quantities(nlp, "The owner, a woman in her late twenties, was not hurt.")
    assert (late.span.text, late.value, late.value_high, late.qualifier) == ("late twenties", 27, 29, "range")
    assert [q.span.text for q in quantities(nlp, "Fuel was cheap in the 1970s.")] == []


def test_a_share_change_with_what_changes_between_the_verb_and_by(nlp):
    (cut,) = quantities(nlp, "The new rules cut waiting times by a third.")
    assert (cut.span.text, cut.value, cut.unit) == ("a third", pytest.approx(1 / 3), "ratio")
    (halved,) = quantities(nlp, "The council reduced its street lighting by half.")
    assert (halved.span.text, halved.value) == ("half", 0.5)
    assert [q.span.text for q in quantities(nlp, "The village was struck by a third storm.")] == []


def test_every_decade_of_a_list_of_ages_is_read(nlp):
    found = quantities(nlp, "Most of the new members are in their 20s, 30s and early 40s, the club said.")
    assert [(q.span.text, q.value, q.value_high, q.display_unit) for q in found] == [
        ("20s", 20, 29, "age"), ("30s", 30, 39, "age"), ("early 40s", 40, 43, "age"),
    ]
    (alone,) = quantities(nlp, "A walker in her 60s, who was not named, was rescued.")
    assert (alone.span.text, alone.value, alone.value_high) == ("60s", 60, 69)


def test_cents_glued_to_a_figure_are_money(nlp):
    rise, level = quantities(nlp, "Diesel went up 4.2c a litre to 171.5c at most forecourts.")
    assert (rise.span.text, rise.value, rise.unit) == ("4.2c a litre", pytest.approx(0.042), "USD/litre")
    assert (level.span.text, level.value, level.unit) == ("171.5c", pytest.approx(1.715), "USD")
    assert [q.span.text for q in quantities(nlp, "The hash ended in 0x3c and nothing else.")] == []


def test_an_exchange_rate_is_a_figure_per_one_of_the_other_currency(nlp):
    (bare,) = quantities(nlp, "The won slid past 1,400 per dollar for the first time since March.")
    assert (bare.span.text, bare.value, bare.unit) == ("1,400 per dollar", 1400, "KRW/dollar")  # the currency "the won" names
    (low,) = quantities(nlp, "The lira closed at 32 to the dollar on Friday.")
    assert (low.span.text, low.value, low.unit) == ("32 to the dollar", 32, "TRY/dollar")
    (against,) = quantities(nlp, "The single currency bought 1.11 dollars to the euro by noon.")
    assert (against.span.text, against.value, against.unit) == ("1.11 dollars to the euro", 1.11, "USD/euro")
    (weight,) = quantities(nlp, "Cherries sold for $6 per pound at the market.")
    assert (weight.span.text, weight.unit) == ("$6 per pound", "USD/pound")
    assert [q.span.text for q in quantities(nlp, "Sterling gained 0.4% to the euro.")] == ["0.4%"]


def test_a_glued_m_after_millions_in_the_same_sentence_is_millions_too(nlp):
    now, before = quantities(nlp, "The app had 6.4m users in June, up from 5.9m.")
    assert (now.value, now.unit) == (6_400_000, "users")
    assert (before.span.text, before.value, before.unit) == ("5.9m", 5_900_000, "users")
    fee, old = quantities(nlp, "The county paid £12m for the site, against 9m in 2019.")
    assert (old.span.text, old.value, old.unit) == ("9m", 9_000_000, "GBP")
    sold, tower = quantities(nlp, "The group sold 3m flats; its new tower is 250m tall.")
    assert (tower.span.text, tower.value, tower.unit) == ("250m", 250, "m")
    first, second = quantities(nlp, "She threw 61.5m in Oslo, after 60.2m in Rome.")
    assert (second.value, second.unit) == (60.2, "m")


def test_twice_or_half_before_a_determiner_is_a_multiple_or_a_share(nlp):
    (twice,) = quantities(nlp, "Landlords now ask twice the usual deposit from students.")
    assert (twice.span.text, twice.value, twice.unit, twice.display_unit) == ("twice", 2, "ratio", "times")
    (half,) = quantities(nlp, "Half the members voted against the motion.")
    assert (half.span.text, half.value, half.unit, half.display_unit) == ("Half", 0.5, "ratio", "of")
    assert not quantities(nlp, "She trains twice a week and sleeps half the time.")
    (louder,) = quantities(nlp, "The engine is twice as loud as the old one.")  # a multiple too, of the engine (twelfth pass)
    assert (louder.value, louder.unit, louder.measures) == (2, "ratio", "engine")
    assert not quantities(nlp, "He scored twice in the second half of the game.")


def test_a_number_closing_a_noun_of_is_the_size_of_it(nlp):
    ships, crew = quantities(nlp, "The ferry carried 300 cars and a crew of 18.")
    assert (crew.span.text, crew.value, crew.unit) == ("18", 18, "count")
    (family,) = quantities(nlp, "They moved to the coast as a family of four.")
    assert (family.span.text, family.value, family.unit) == ("four", 4, "count")
    (films,) = quantities(nlp, "She directed a series of 3 films.")
    assert (films.value, films.unit) == (3, "films")


def test_a_signed_change_after_an_index_name_is_read(nlp):
    found = quantities(nlp, "At the close: Nikkei +212.4, Hang Seng -88.1, Kospi +0.6%.")
    assert [(q.span.text, q.value) for q in found] == [("212.4", 212.4), ("-88.1", -88.1), ("0.6%", 0.6)]
    found = quantities(nlp, "The Dow ended +98.7 and the Nasdaq -41.3.")
    assert [(q.span.text, q.value) for q in found] == [("98.7", 98.7), ("-41.3", -41.3)]
    assert quantities(nlp, "The Galaxy 22 sold out in Seoul.") == ()


def test_two_clock_times_are_no_range_of_figures(nlp):
    assert quantities(nlp, "The library opens from 8.30 to 17.45 on Saturday.") == ()
    assert quantities(nlp, "Polling stations stay open between 7.00 and 10.00pm.") == ()
    (prices,) = quantities(nlp, "Its shares climbed from 8.30 to 9.45 on Monday.")
    assert (prices.value, prices.value_high) == (8.3, 9.45)


def test_iso_codes_of_more_currencies_open_an_amount(nlp):
    sek, pln = quantities(nlp, "The utility booked SEK 3.4bn in charges and PLN 800 million in fines.")
    assert (sek.span.text, sek.value, sek.unit) == ("SEK 3.4bn", 3_400_000_000, "SEK")
    assert (pln.span.text, pln.value, pln.unit) == ("PLN 800 million", 800_000_000, "PLN")


def test_a_multiple_word_before_a_time_expression_is_a_frequency(nlp):
    # invented: "twice this winter" says how often, not a multiple of the winter; "twice the usual fee" stays a multiple
    assert not quantities(nlp, "The rule keeps the levy on the agenda twice this winter.")
    assert not quantities(nlp, "The committee met twice that spring.")
    (twice,) = quantities(nlp, "The clinic now charges twice the usual fee.")
    assert (twice.span.text, twice.value, twice.unit) == ("twice", 2, "ratio")


def test_a_hyphenated_square_unit_before_its_noun_is_an_area(nlp):
    # invented: "an 80,000-square-foot shed" is an area, not 80,000 feet
    (area,) = quantities(nlp, "The plant leased an 80,000-square-foot shed near the port.")
    assert (area.span.text, area.unit, round(area.value, 3), area.display_unit) == ("80,000-square-foot", "m2", 7432.243, "square-foot")
    (miles,) = quantities(nlp, "Crews contained a 40-square-mile blaze.")
    assert (miles.unit, miles.span.text) == ("m2", "40-square-mile")


def test_a_unit_word_apart_from_its_figure_can_be_a_counted_thing(nlp):
    # invented: diplomas are counted; an angle or heat is written right after the figure
    (diplomas,) = quantities(nlp, "The dean holds three doctoral degrees.")
    assert (diplomas.span.text, diplomas.value, diplomas.unit) == ("three", 3, "degrees")
    (angle,) = quantities(nlp, "The ramp rises at 12 degrees.")
    assert (angle.span.text, angle.unit) == ("12 degrees", "rad")


def test_an_english_word_ending_a_currency_name_is_no_currency(nlp):
    # invented: "value" ends CLDR's name of an old Ecuadorian unit of account, but here it is a score's noun
    found = quantities(nlp, "The panel gave the design a 91.4 value rating.")
    assert all(q.unit != "ECV" for q in found), [(q.span.text, q.unit) for q in found]


def test_a_figure_before_a_makers_name_counts_the_noun_after_it(nlp):
    # invented: a maker the tagger names as an organisation is part of what is counted; a model number stays a name
    (jets,) = quantities(nlp, "The carrier ordered 85 Embraer jets last month.")
    assert (jets.span.text, jets.value, jets.unit, jets.measures) == ("85", 85, "jets", "Embraer jets")
    assert not quantities(nlp, "Boeing delivered 737 Max jets.")


def test_or_so_after_a_figure_makes_it_approximate_and_keeps_the_counted_noun(nlp):
    # invented: "or so" belongs to the figure; the noun counted is "volunteers", not "so volunteers"
    (crowd,) = quantities(nlp, "Organisers said 40 or so volunteers cleared the beach.")
    assert (crowd.span.text, crowd.value, crowd.unit, crowd.qualifier, crowd.measures) == ("40 or so", 40, "volunteers", "approximately", "volunteers")
    (wait,) = quantities(nlp, "The hearing paused for 15 minutes or so.")
    assert (wait.span.text, wait.qualifier) == ("15 minutes or so", "approximately")


def test_a_bare_exchange_rate_is_in_the_currency_its_sentence_names(nlp):
    # invented: the figure is in the currency "the ..." names before it, per the one after "per"
    (rate,) = quantities(nlp, "The Indian rupee slid to 83.5 per dollar on Monday.")
    assert (rate.span.text, rate.value, rate.unit, rate.display_unit) == ("83.5 per dollar", 83.5, "INR/dollar", "rupee/dollar")
    (plain,) = quantities(nlp, "Dealers quoted 150 per dollar.")
    assert plain.unit == "count/dollar"  # no currency named: the figure's unit stays implicit


def test_a_capital_a_opening_a_sentence_or_a_heading_is_the_article_before_a_dollar_sign(nlp):
    # invented: "A $" is Australian dollars only after a word in lower case
    (grant,) = quantities(nlp, "A $3 million grant went to the clinic.")
    assert (grant.span.text, grant.unit) == ("$3 million", "USD")
    (heading,) = quantities(nlp, "Council Backs A $12 Parking Fee")
    assert (heading.span.text, heading.unit) == ("$12", "USD")
    (mine,) = quantities(nlp, "The stake was sold for A $48 million.")
    assert (mine.span.text, mine.unit) == ("A $48 million", "AUD")


def test_a_multiplying_word_tagged_as_a_plural_noun_is_no_multiple(nlp):
    # invented: "doubles" as a game is no ratio; the verb is
    assert [q.span.text for q in quantities(nlp, "She won the doubles title in Rome.")] == []
    (verb,) = quantities(nlp, "The plant doubles its output.")
    assert (verb.span.text, verb.value, verb.unit) == ("doubles", 2, "ratio")


def test_a_currency_word_that_is_a_persons_first_name_is_no_currency(nlp):
    # invented: a numbered list of names; "Rand" is a first name here
    assert not any(q.unit == "ZAR" for q in quantities(nlp, "4 Lee Smith.  5 Rand Ellison.  6 Ann Cole."))
    (fee,) = quantities(nlp, "The fee was 8 Rand per litre.")
    assert fee.unit == "ZAR/litre"


def test_a_dollars_country_after_the_amount_belongs_to_it(nlp):
    # invented: "$80 U.S. per barrel" is a price per barrel; "US" before a noun modifies the noun
    price, = [q for q in quantities(nlp, "Crude traded at $80 U.S. per barrel on Friday.")]
    assert (price.span.text, price.unit) == ("$80 U.S. per barrel", "USD/barrel")
    (paid,) = quantities(nlp, "The fund paid $3 million US investors.")
    assert paid.span.text == "$3 million"


def test_a_current_density_is_amperes_per_area(nlp):
    # invented: "A/cm2" is amperes per square centimetre, not an area
    (density,) = quantities(nlp, "The cell ran at 2.4 A/cm2 during the test.")
    assert (density.span.text, density.unit, round(density.value)) == ("2.4 A/cm2", "A/m2", 24000)


def test_a_fall_from_one_level_to_a_lower_one_is_two_levels_not_a_range(nlp):
    # invented: "from A to B" with B below A is a fall between two levels; a range runs upwards
    high, low = quantities(nlp, "The leakage current fell from 2.6 A/cm2 to 0.04 A/cm2 once the film was annealed.")
    assert (high.span.text, round(high.value), high.value_high, high.unit) == ("2.6 A/cm2", 26000, None, "A/m2")
    assert (low.span.text, round(low.value), low.value_high, low.unit) == ("0.04 A/cm2", 400, None, "A/m2")
    high, low = quantities(nlp, "Its weight dropped from 70 kilograms to 58 kilograms.")
    assert [(q.value, q.value_high, q.unit) for q in (high, low)] == [(70, None, "kg"), (58, None, "kg")]
    (rising,) = quantities(nlp, "Its weight grew from 58 kilograms to 70 kilograms.")
    assert (rising.value, rising.value_high, rising.qualifier) == (58, 70, "range")


def test_a_temperature_change_converts_by_ratio_not_as_a_temperature(nlp):
    # invented: a warming of 5.4 degrees Fahrenheit is 3 degrees Celsius of change, not -14.8 C
    (change,) = quantities(nlp, "The lake has warmed by 5.4 degrees Fahrenheit since the 1960s.")
    assert (change.span.text, round(change.value, 6), change.unit) == ("5.4 degrees Fahrenheit", 3.0, "delta_degC")
    (colder,) = quantities(nlp, "Nights in the valley were 9 degrees Fahrenheit colder than usual.")
    assert (round(colder.value, 6), colder.unit) == (5.0, "delta_degC")
    (rose,) = quantities(nlp, "Average highs rose 1.8 degrees Fahrenheit, the agency said.")
    assert (round(rose.value, 6), rose.unit) == (1.0, "delta_degC")
    (level,) = quantities(nlp, "The thermometer showed 104 degrees Fahrenheit at noon.")
    assert (round(level.value, 6), level.unit) == (40.0, "degC")
    (freezing,) = quantities(nlp, "It was 13 degrees Fahrenheit below zero at dawn.")
    assert freezing.unit == "degC"


def test_a_band_named_with_a_figure_and_degrees_is_no_angle(nlp):
    # invented: a capitalised "Degrees" with nothing said of heat or of an angle is a name
    assert quantities(nlp, "The pop group 87 Degrees will open the festival in June.") == ()
    (angle,) = quantities(nlp, "The ramp rises at an angle of 12 degrees.")
    assert angle.unit == "rad"


def test_one_foot_before_a_place_is_the_body_part(nlp):
    # invented: "one foot in front of another" walks, it does not measure
    assert quantities(nlp, "Recovery is slow, he said, just one foot in front of another.") == ()
    assert quantities(nlp, "The coach already has one foot out the door.") == ()
    (snow,) = quantities(nlp, "One foot of snow fell overnight.")
    assert (snow.value, snow.unit) == (0.3048, "m")


def test_a_height_in_feet_and_inches_written_with_hyphens_is_one_height(nlp):
    # invented: "6-foot-4" is six feet four inches, not six feet
    (height,) = quantities(nlp, "The 6-foot-4 centre joined the club in May.")
    assert (height.span.text, round(height.value, 4), height.unit) == ("6-foot-4", 1.9304, "m")
    (short,) = quantities(nlp, "She is 5-foot-2 and fast.")
    assert (short.span.text, round(short.value, 4)) == ("5-foot-2", 1.5748)
    (tall,) = quantities(nlp, "Tall and 5-foot-11, she plays at centre.")
    assert (tall.span.text, round(tall.value, 4)) == ("5-foot-11", 1.8034)


def test_each_figure_of_a_size_written_with_by_keeps_the_unit(nlp):
    # invented: "9-by-12-inch" is two lengths in inches, not one figure
    nine, twelve = quantities(nlp, "They printed it on 9-by-12-inch card stock.")
    assert [(q.span.text, round(q.value, 4), q.unit) for q in (nine, twelve)] == [("9", 0.2286, "m"), ("12-inch", 0.3048, "m")]
    ten, fourteen = quantities(nlp, "The shed sits on a 10-by-14-foot slab.")
    assert [round(q.value, 4) for q in (ten, fourteen)] == [3.048, 4.2672]


def test_a_range_written_from_its_top_is_one_range(nlp):
    # invented: with nothing moving, "X unit to Y unit" with X above Y is one range, held low to high
    (span,) = quantities(nlp, "The cells work at a density of 2.6 A/cm2 to 0.04 A/cm2.")
    assert (span.span.text, round(span.value), round(span.value_high), span.qualifier) == ("2.6 A/cm2 to 0.04 A/cm2", 400, 26000, "range")
    (ranging,) = quantities(nlp, "Depths ranging from 90 metres to 40 metres were surveyed.")
    assert (ranging.value, ranging.value_high) == (40, 90)
    cut = quantities(nlp, "The bank cut its forecast 12% to 8%.")
    assert [(q.value, q.value_high) for q in cut] != [(8, 12)]
    (once,) = quantities(nlp, "Sensors rated for 5 to 2 volts failed.")
    assert (once.value, once.value_high) == (2, 5)


def test_a_tally_of_shares_written_from_the_larger_is_two_shares(nlp):
    # invented: a poll lead is two shares, neither a range nor a change
    first, second = quantities(nlp, "The mayor leads her rival 54 percent to 39 percent, the survey found.")
    assert [(q.value, q.value_high) for q in (first, second)] == [(54, None), (39, None)]
    first, second = quantities(nlp, "She would win the runoff 51 to 44 percent.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in (first, second)] == [("51", 51, None, "percent"), ("44 percent", 44, None, "percent")]


def test_a_figure_glued_to_second_is_a_duration_not_a_rank(nlp):
    # invented: "a 45-second spot" lasts 45 seconds; it is not the second spot
    (clip,) = quantities(nlp, "The network aired a 45-second spot during the game.")
    assert (clip.span.text, clip.value, clip.unit) == ("45-second", 45, "seconds")
    (rank,) = quantities(nlp, "She finished in second place.")
    assert rank.unit == "rank"


def test_a_long_run_of_digits_is_an_identifier_not_a_count(nlp):
    # invented: a message id in markup before a sentence is no count of what follows it
    text = '<post stamp="1449075600" post_id="918273645546372819">Our prayers are with the families.</post>'
    assert quantities(nlp, text) == ()


def test_a_spelled_fraction_with_a_hyphen_is_a_share_not_a_count(nlp):
    # invented: "one-third less" is a third, not one "third"
    (less,) = quantities(nlp, "Her new job pays one-third less than the old one.")
    assert (less.span.text, round(less.value, 4), less.unit) == ("one-third", 0.3333, "ratio")
    (most,) = quantities(nlp, "Output costs have risen, about two-thirds, the director said.")
    assert (round(most.value, 4), most.unit, most.qualifier) == (0.6667, "ratio", "approximately")


def test_a_vote_tally_with_to_is_no_counted_noun(nlp):
    # invented: "a 6-to-3 decision" is a tally; "to-3" is no noun it counts
    assert not any("to-" in (q.unit or "") for q in quantities(nlp, "The court ruled in a 6-to-3 decision on Monday."))


def test_an_age_span_written_with_to_and_year_olds_is_one_age_range(nlp):
    # invented: "25-to-44-year-olds" is an age range, not 25 years
    (ages,) = quantities(nlp, "The survey of 25-to-44-year-olds found rising rents.")
    assert (ages.span.text, ages.value, ages.value_high, ages.unit, ages.display_unit) == ("25-to-44-year-olds", 25, 44, "years", "age")


def test_idioms_with_one_are_no_count(nlp):
    # invented: "for one thing", "at one point", "one X after another", "with one voice" count nothing
    assert quantities(nlp, "For one thing, the bridge is too narrow.") == ()
    assert quantities(nlp, "At one point the crowd grew restless.") == ()
    assert quantities(nlp, "The town lost one shop after another.") == ()
    assert quantities(nlp, "The council spoke with one voice.") == ()
    (one,) = quantities(nlp, "The team scored one point in the final minute.")
    assert (one.value, one.unit) == (1, "point")


def test_a_figure_before_a_slash_and_a_figure_counts_no_noun(nlp):
    # invented: "the 3/11 gaffe" names a date; it is no count of gaffes
    assert quantities(nlp, "Voters soon shrugged off his 3/11 gaffe.") == ()
    assert not any(q.unit == "service" for q in quantities(nlp, "Crowds gathered at the 7/7 memorial service."))


def test_in_the_first_place_is_no_rank(nlp):
    # invented: "in the first place" means "at all"; "took first place" is a rank
    assert quantities(nlp, "He should never have signed the deal in the first place.") == ()
    (rank,) = quantities(nlp, "The relay team took first place in Oslo.")
    assert (rank.value, rank.unit) == (1, "rank")


def test_one_time_as_an_adjective_counts_nothing(nlp):
    # invented: "a one-time payment" is a single payment, "the one-time mayor" a former one; neither counts times
    assert not any(q.unit == "time" for q in quantities(nlp, "The grant is a one-time boost for the clinic."))


def test_a_score_written_from_the_larger_is_the_two_sides_counts(nlp):
    # invented: a score or a split decision is two counts, not a range (a range runs upwards)
    home, away = quantities(nlp, "The visitors won 4-2 on a wet pitch.")
    assert [(q.span.text, q.value, q.value_high, q.unit, q.display_unit) for q in (home, away)] == [
        ("4", 4, None, "count", "score"),
        ("2", 2, None, "count", "score"),
    ]
    assert [q.value for q in quantities(nlp, "The court split 7–2 on the appeal.")] == [7, 2]
    assert quantities(nlp, "The coach kept his 4-4-2 formation.") == ()
    assert quantities(nlp, "Under Section 14-3 of the code, fines apply.") == ()
    assert quantities(nlp, "The clinic is open 24-7 now.") == ()
    (spread,) = quantities(nlp, "The lamp draws 10-15 watts.")
    assert (spread.value_high, spread.unit) == (15, "W")


def test_a_smaller_bare_figure_after_a_larger_and_to_is_the_other_side_of_a_tally(nlp):
    # invented: "a vote of 64 to 31" gives both sides (the smaller was dropped as a small bare figure); hanging on
    # "vote", both are votes
    ayes, noes = quantities(nlp, "The board approved the plan by a vote of 64 to 31 on Monday.")
    assert [(q.span.text, q.value, q.unit) for q in (ayes, noes)] == [("64", 64, "votes"), ("31", 31, "votes")]


def test_figures_listed_before_one_noun_all_count_it(nlp):
    # invented: the parse hangs the noun on one figure of the list; every figure counts it
    listed = quantities(nlp, "Guards counted 3,000, 5,500 or 8,000 travellers at the gate on busy days.")
    assert [(q.span.text, q.value, q.unit) for q in listed] == [
        ("3,000", 3000, "travellers"),
        ("5,500", 5500, "travellers"),
        ("8,000", 8000, "travellers"),
    ]
    added = quantities(nlp, "The mill added 140, 90 and 35 jobs over the period.")
    assert [(q.value, q.unit) for q in added] == [(140, "jobs"), (90, "jobs"), (35, "jobs")]
    (either,) = quantities(nlp, "The region has 40 or 70 makers of such gear.")
    assert (either.span.text, either.value, either.value_high, either.unit) == ("40 or 70", 40, 70, "makers")
    assert [q.unit for q in quantities(nlp, "In 2018, 4,000 nurses applied.")] == ["nurses"]


def test_a_scale_written_once_serves_a_first_end_of_the_same_size(nlp):
    # invented: "from 2.4 to 1.9 million tonnes" is millions at both ends (the first was 2.4 tonnes)
    first, second = quantities(nlp, "Exports slid from 2.4 to 1.9 million barrels a day last year.")
    assert [round(q.value / second.value, 4) for q in (first, second)] == [round(2.4 / 1.9, 4), 1.0]
    debt_from, debt_to = quantities(nlp, "Its debt fell from 3.2 to 2.9 billion dollars.")
    assert [(q.value, q.unit) for q in (debt_from, debt_to)] == [(3.2e9, "USD"), (2.9e9, "USD")]
    (span,) = quantities(nlp, "Turnout rose from 900 to 1.2 million over a decade.")
    assert (span.value, span.value_high) == (900, 1.2e6)


def test_pounds_of_a_thing_weigh_it_and_pounds_of_money_are_sterling(nlp):
    # invented: what follows "pounds of" says whether it is a weight or a sum
    (pills,) = quantities(nlp, "Agents seized hundreds of pounds of illicit pills at the border.")
    assert pills.unit == "kg"
    (spent,) = quantities(nlp, "The council spent 5 million pounds of public money on the bridge.")
    assert (spent.value, spent.unit) == (5e6, "GBP")
    (damage,) = quantities(nlp, "Floods caused thousands of pounds of damage.")
    assert damage.unit == "GBP"
    (rice,) = quantities(nlp, "The farm sold 40 pounds of rice to the school.")
    assert rice.unit == "kg"


def test_a_clock_time_written_with_a_full_stop_is_no_figure(nlp):
    # invented: hours and minutes after "at", "by", "until" or before "pm" are a time of day
    assert quantities(nlp, "The night ferry sails at 9.45 and docks by 11.15.") == ()
    assert quantities(nlp, "The café serves lunch until 2.30 on weekdays.") == ()
    (fee,) = quantities(nlp, "Doors open at 7.15 pm and tickets cost 12 euros.")
    assert (fee.span.text, fee.value, fee.unit) == ("12 euros", 12.0, "EUR")
    # a level, a price or a figure not in clock form stays
    (level,) = [q for q in quantities(nlp, "The index closed at 10.30 after a quiet session.") if q.value == 10.3]
    assert level.span.text == "10.30"
    (price,) = quantities(nlp, "The fund bought the stock at 9.45 a share.")
    assert (price.span.text, price.value) == ("9.45 a share", 9.45)
    assert [q.value for q in quantities(nlp, "The board met at 9.75 percent turnout.")] == [9.75]


def test_tens_or_hundreds_of_a_scale_with_nothing_after_are_one_vague_figure(nlp):
    # invented: "hundreds of thousands" closing a quote is not "hundreds" of a unit "thousands"
    assert quantities(nlp, '"We have lost hundreds of thousands," the grower said.') == ()
    (marchers,) = quantities(nlp, "Hundreds of thousands of people filled the square.")
    assert (marchers.span.text, marchers.value, marchers.value_high, marchers.unit) == (
        "Hundreds of thousands", 1e5, 1e6, "people"
    )


def test_numbers_inside_idioms_count_nothing(nlp):
    # invented: "of two minds", "a thing or two", "one or two things about" (``number_idioms``, general English)
    assert quantities(nlp, "The council is of two minds about the new ring road.") == ()
    assert quantities(nlp, "The old sailor knows a thing or two about storms.") == ()
    assert quantities(nlp, "She has learned one or two things about pruning.") == ()
    (minds,) = quantities(nlp, "Two minds worked on the puzzle for 3 hours.")[:1]
    assert (minds.span.text, minds.value) == ("Two", 2.0)


def test_a_counted_noun_after_hyphenated_modifiers_is_counted(nlp):
    # invented: a hyphenated modifier is one word, so the noun is near enough to the figure
    (farms,) = quantities(nlp, "More than 60 small family-run farms closed.")
    assert (farms.span.text, farms.value, farms.unit) == ("More than 60", 60.0, "farms")
    (units,) = quantities(nlp, "The army sent four rotating battalion-sized units east.")
    assert (units.value, units.unit) == (4.0, "units")
    # a dash standing apart ends the phrase: what follows it is not what the figure counts
    (kids,) = quantities(nlp, "Their 2.5 million locally-born children - voters all - are at risk.")
    assert kids.unit != "voters"


def test_second_in_a_hyphenated_ordinal_compound_is_no_unit_of_time(nlp):
    # invented: "second-hand", "second-rate" name an ordinal, not seconds
    (tractors,) = quantities(nlp, "About 9,000 second-hand tractors were sold.")
    assert (tractors.span.text, tractors.value, tractors.unit) == ("About 9,000", 9000.0, "tractors")
    (lap,) = quantities(nlp, "He ran the lap in 58 seconds.")
    assert (lap.value, lap.unit) == (58.0, "seconds")


def test_short_and_long_tons_are_their_own_masses(nlp):
    # invented: a short ton is 907.18474 kg, a long ton 1,016.0469088 kg; "tons" alone stays metric
    (coal,) = quantities(nlp, "The mine shipped 2 million short tons of coal.")
    assert (coal.unit, round(coal.value)) == ("kg", 1814369480)
    (ore,) = quantities(nlp, "The barge carried 500 long tons of ore.")
    assert (ore.span.text, ore.unit, round(ore.value)) == ("500 long tons", "kg", 508023)
    (grain,) = quantities(nlp, "The barge carried 500 tons of grain.")
    assert grain.value == 500000.0


def test_yearly_after_an_amount_is_a_rate(nlp):
    # invented
    (fee,) = quantities(nlp, "Members pay €150 yearly.")
    assert (fee.span.text, fee.unit, fee.display_unit) == ("€150 yearly", "EUR/year", "€/year")


def test_unit_symbols_in_capitals_glued_to_a_figure(nlp):
    # invented: capital symbols that are also abbreviations of names are read only glued to the figure
    (load,) = quantities(nlp, "The van carries 3,000LBS of tools.")
    assert (load.span.text, round(load.value, 3), load.unit) == ("3,000LBS", 1360.777, "kg")
    (lens,) = quantities(nlp, "She shoots with a 35MM lens.")
    assert (lens.span.text, lens.value, lens.unit) == ("35MM", 0.035, "m")
    (engine,) = quantities(nlp, "The coupe has a 250HP engine.")
    assert (engine.span.text, engine.display_unit) == ("250HP", "HP")
    assert quantities(nlp, "The school bought 30 HP laptops.")[0].unit != "W"


def test_a_level_with_a_thousands_separator_after_an_index_name_and_signed_changes(nlp):
    # invented: a compact market list; a name's number ("FTSE 100") has no thousands separator
    found = quantities(nlp, "Markets: Dow 33,912 +85, Nasdaq 12,874 -31, Nikkei 27,550 +4.")
    assert [(q.span.text, q.value) for q in found] == [
        ("33,912", 33912.0), ("85", 85.0), ("12,874", 12874.0), ("-31", -31.0), ("27,550", 27550.0), ("4", 4.0)
    ]
    (points,) = quantities(nlp, "Her approval sits at +21 points.")
    assert (points.value, points.unit) == (21.0, "points")
    assert [q.value for q in quantities(nlp, "The FTSE 100 rose 0.4%.")] == [0.4]


def test_a_hyphenated_and_a_half_is_one_figure(nlp):
    # invented
    (wait,) = quantities(nlp, "The inquiry took six-and-a-half years.")
    assert (wait.span.text, wait.value, wait.unit) == ("six-and-a-half years", 6.5, "years")
    (film,) = quantities(nlp, "It is a 3-and-a-half-hour film.")
    assert (film.value, film.unit) == (3.5, "hours")


def test_a_glued_m_before_described_plurals_is_millions(nlp):
    # invented: up to two words may describe the plural; a word of extent or in -ing keeps the metres
    found = quantities(nlp, "The operator has 6m broadband customers and 1.4m TV homes.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("6m", 6e6, "customers"), ("1.4m", 1.4e6, "homes")]
    assert [(q.value, q.unit) for q in quantities(nlp, "The garden has 4m tall hedges.")] == [(4.0, "m")]
    assert [(q.value, q.unit) for q in quantities(nlp, "The pool has two 3m diving boards.")][-1] == (3.0, "m")
    assert [(q.value, q.unit) for q in quantities(nlp, "She won the 200m freestyle heats.")] == [(200.0, "m")]


def test_clock_hours_of_opening_or_work_are_no_score(nlp):
    # invented: "open 9-5", "a 9-5 job", "the 7-3 shift" are hours of the day
    assert quantities(nlp, "The library is open 9-5 on weekdays.") == ()
    assert quantities(nlp, "She left her 9-5 job in March.") == ()
    assert quantities(nlp, "Porters work the 7-3 shift.") == ()
    assert [q.value for q in quantities(nlp, "The hosts won 4-2 on Saturday.")] == [4.0, 2.0]


def test_a_vague_plural_with_no_noun_counts_people_as_the_subject_of_a_crowd_or_harm_verb(nlp):
    # invented: "Thousands marched", "killed dozens" count people; with no such verb a vague plural with no noun
    # counts nothing ("in the thousands", "cost millions")
    (marchers,) = quantities(nlp, "Thousands marched through the old town.")
    assert (marchers.span.text, marchers.value, marchers.value_high, marchers.unit) == ("Thousands", 1e3, 1e4, "people")
    dead, hurt = quantities(nlp, "The landslide killed dozens and injured hundreds.")
    assert [(q.span.text, q.unit) for q in (dead, hurt)] == [("dozens", "people"), ("hundreds", "people")]
    (fans,) = quantities(nlp, "The parade drew tens of thousands.")
    assert (fans.value, fans.value_high, fans.unit) == (1e4, 1e5, "people")
    (crowd,) = quantities(nlp, "Some 400 attended the memorial.")
    assert (crowd.value, crowd.unit) == (400.0, "people")
    assert quantities(nlp, "Tickets now sell in the thousands.") == ()
    assert quantities(nlp, "The overrun will cost the county millions.") == ()
    assert [(q.value, q.unit) for q in quantities(nlp, "He attended 12 hearings.")] == [(12.0, "hearings")]


def test_a_counted_noun_after_up_to_five_describing_words_is_counted(nlp):
    # invented: adjectives and nouns only between the figure and its noun; a name among them stops it
    (seekers,) = quantities(nlp, "Nearly 2,000 Syrian and Iraqi asylum seekers arrived.")
    assert (seekers.value, seekers.unit) == (2000.0, "seekers")
    (men,) = quantities(nlp, "Some 3,000 mostly young, unemployed men joined.")
    assert (men.value, men.unit) == (3000.0, "men")


def test_a_word_between_per_and_the_period_keeps_the_rate(nlp):
    # invented: "per calendar month", "per working day", "each trading day" are rates per month and day
    (fee,) = quantities(nlp, "The locker rents for $12 per calendar month.")
    assert (fee.span.text, fee.value, fee.unit, fee.display_unit) == ("$12 per calendar month", 12.0, "USD/month", "$/month")
    (wage,) = quantities(nlp, "Pickers earn €95 per working day.")
    assert (wage.span.text, wage.display_unit) == ("€95 per working day", "€/day")
    (trades,) = quantities(nlp, "The venue clears 4 million orders each trading day.")
    assert (trades.value, trades.unit) == (4e6, "orders/day")


def test_points_changing_a_percentage_level_are_percentage_points(nlp):
    # invented: a level in percent, then points that change it; an index's change in percent keeps its points
    level, change = quantities(nlp, "Backing for the levy slid to 44%, a fall of 3 points since spring.")
    assert (level.unit, change.span.text, change.value, change.unit) == ("percent", "3", 3.0, "percentage_point")
    _, dip = quantities(nlp, "Turnout stood at 61.5 percent, down 0.4 points on the last count.")
    assert (dip.value, dip.unit) == (0.4, "percentage_point")
    _, lower = quantities(nlp, "Her rating is 37 percent, 5 points lower than in May.")
    assert lower.unit == "percentage_point"
    assert [q.unit for q in quantities(nlp, "The gauge fell 1.4%, or 52 points, to 3,610 points.")] == ["percent", "points", "points"]
    assert [q.unit for q in quantities(nlp, "The forward shot 48 percent and scored 31 points.")] == ["percent", "points"]


def test_horsepower_written_apart_in_capitals_is_read_where_no_noun_of_the_maker_follows(nlp):
    # invented: "HP" apart is horsepower at a clause's end, before a function word or an engine word
    power, torque = quantities(nlp, "The roadster makes 340 HP and 420 Nm of torque.")
    assert (power.span.text, power.display_unit, round(power.value)) == ("340 HP", "HP", 253538)
    (tuned,) = quantities(nlp, "Tuned, the coupe puts out 410 HP.")
    assert tuned.span.text == "410 HP"
    (engine,) = quantities(nlp, "It gets a 260 HP engine.")
    assert engine.display_unit == "HP"
    (printers,) = quantities(nlp, "The office bought 40 HP printers.")
    assert (printers.span.text, printers.unit) == ("40", "printers")
    (revs,) = quantities(nlp, "The diesel idles at 800 RPM.")
    assert (revs.span.text, revs.unit) == ("800 RPM", "rpm")


def test_a_number_hyphened_to_a_noun_of_structure_counts_nothing(nlp):
    # invented: "a three-way contest", "a two-party system", "a four-star admiral" name a kind; counts stay
    assert quantities(nlp, "The seat is now a three-way contest.") == ()
    assert quantities(nlp, "The island kept a two-party system for decades.") == ()
    assert quantities(nlp, "A four-star admiral chaired the inquiry.") == ()
    assert quantities(nlp, "The envoys met for one-on-one talks.") == ()
    assert [(q.value, q.unit) for q in quantities(nlp, "The van has a four-cylinder engine.")] == [(4.0, "cylinder")]
    assert [(q.value, q.unit) for q in quantities(nlp, "A 9-member jury was sworn in.")] == [(9.0, "member")]


def test_a_tally_hanging_on_a_word_of_voting_counts_votes_on_each_side(nlp):
    # invented: "voted 7 to 2", "confirmed 52-48", "approved 9-0", "a vote of 64 to 31" are votes, each side its own span
    def sides(text):
        return [(q.span.text, q.value, q.unit) for q in quantities(nlp, text)]

    assert sides("The council voted 7 to 2 to rezone the old mill.") == [("7", 7.0, "votes"), ("2", 2.0, "votes")]
    assert sides("The Senate voted 52-48 to confirm the nominee.") == [("52", 52.0, "votes"), ("48", 48.0, "votes")]
    assert sides("The measure was approved 9-0.") == [("9", 9.0, "votes"), ("0", 0.0, "votes")]
    assert sides("The committee rejected the amendment 11 to 4.") == [("11", 11.0, "votes"), ("4", 4.0, "votes")]
    assert sides("Lawmakers passed the bill by a vote of 64 to 31.") == [("64", 64.0, "votes"), ("31", 31.0, "votes")]
    # a game's score, a move and an upward range stay what they were
    assert sides("The home side won 3-1 in extra time.") == [("3", 3.0, "count"), ("1", 1.0, "count")]
    assert sides("The council voted to raise the fee from 5 to 7.") == [("from 5 to 7", 5.0, "count")]
    assert [(q.value, q.value_high, q.unit) for q in quantities(nlp, "The board approved 5 to 10 new homes.")] == [(5.0, 10.0, "homes")]


def test_an_age_span_runs_to_old(nlp):
    # invented: the reader sees "31-year-old" and "8 months old" as the age; "older" is a difference, not an age
    def ages(text):
        return [(q.span.text, q.value, q.unit) for q in quantities(nlp, text)]

    assert ages("A 31-year-old courier was hurt.") == [("31-year-old", 31.0, "years")]
    assert ages("The foal is 8 months old.") == [("8 months old", 8.0, "months")]
    assert ages("The pair of 6-week-old kittens slept.") == [("6-week-old", 6.0, "weeks")]
    assert ages("Her brother is 4 years older.") == [("4 years", 4.0, "years")]


def test_a_figure_numbering_a_section_of_a_code_counts_nothing(nlp):
    # invented: "a 501 c3 group", "a 401(k) plan", "501(c)(4)" name sections of a tax code, not counts
    assert quantities(nlp, "The shelter is a 501 c3 organization.") == ()
    assert quantities(nlp, "She rolled her 401 (k) savings into a new fund.") == ()
    assert quantities(nlp, "A 501 (c)(4) group paid for the mailers.") == ()
    # a count with a remark in brackets stays
    assert [(q.value, q.unit) for q in quantities(nlp, "The mill cut 300 jobs (a record) in May.")] == [(300.0, "jobs")]


def test_the_ton_of_a_text_is_decided_once_per_text(nlp):
    # invented: three counted "tons" and the grammar's own pass ask the same text; it is read once
    from readout.analyze.quantity_grammar import ton_expression

    ton_expression.cache_clear()
    text = "Hundreds of tons went north, thousands of tons went south and 40 tons stayed, 3 percent of the labor pool's haul."
    assert [q.unit for q in quantities(nlp, text)].count("kg") == 3
    assert ton_expression.cache_info().misses == 1


def test_a_figure_before_a_place_or_a_name_of_people_counts_them(nlp):
    # invented: a place's name or any name before people is part of what is counted; a model name before a product stays
    def counts(text):
        return [(q.span.text, q.value, q.unit) for q in quantities(nlp, text)]

    assert counts("The 9 Grand Lake victims were named.") == [("9", 9.0, "victims")]
    assert counts("He met the 12 Westfield families on Monday.") == [("12", 12.0, "families")]
    assert counts("The airline grounded its 737 Max jets.") == []


def test_a_figure_after_a_dash_counts_the_noun_before_it(nlp):
    # invented: the noun is written before the dash and left out after it, also for a figure joined to the first
    def counts(text):
        return [(q.span.text, q.value, q.unit) for q in quantities(nlp, text)]

    assert counts("The city hired new officers - 40 from the academy and 12 from other forces.") == [
        ("40", 40.0, "officers"),
        ("12", 12.0, "officers"),
    ]
    assert counts("Each club names two squads of riders - five from each region.") == [("two", 2.0, "squads"), ("five", 5.0, "riders")]
    # a period or a unit before the dash is not counted, nor a part of a group after it
    assert counts("It rained for years - 3 in a row.") == []
    assert counts("They offered four other dates - one of them on a Sunday.") == [("four", 4.0, "dates")]


def test_a_figure_on_a_scale_named_by_a_unit_is_in_that_unit(nlp):
    # invented: "on the dB scale" gives the figure its unit; a scale that is no unit leaves it bare
    (hum,) = quantities(nlp, "The fan hums between 30 and 35 on the dB scale.")
    assert (hum.span.text, hum.value, hum.value_high, hum.unit) == ("between 30 and 35 on the dB scale", 30.0, 35.0, "decibel")
    (one,) = quantities(nlp, "The fan hums at 32 on the dB scale.")
    assert (one.span.text, one.value, one.unit) == ("32 on the dB scale", 32.0, "decibel")
    assert [q.unit for q in quantities(nlp, "The tremor reached 4.2 on the Richter scale.")] == ["count"]


def test_a_year_and_a_figure_across_a_spaced_dash_are_no_range(nlp):
    # invented: "in 2019 - 4.2 percent" is a year and a share, not a range from 2019 down to 4.2; a season stays
    assert [(q.span.text, q.value, q.value_high) for q in quantities(nlp, "Sales trail the level of 2019 \u2014 4.2 percent.")] == [
        ("4.2 percent", 4.2, None)
    ]
    assert [(q.value, q.value_high) for q in quantities(nlp, "Prices rose 10-15 percent.")] == [(10.0, 15.0)]


def test_a_share_with_a_count_word_is_read_after_that(nlp):
    # invented: "that" before "two-thirds of" is a conjunction, not a determiner of a part of a period
    (share,) = quantities(nlp, "He noted that two-thirds of the town's residents were young.")
    assert (share.span.text, round(share.value, 4), share.unit) == ("two-thirds", 0.6667, "ratio")
    assert quantities(nlp, "In the first half of the game he scored.") == ()


def test_a_scaled_figure_before_more_or_fewer_counts_the_noun(nlp):
    # invented: "2 million more workers": the parser hangs the figure on the comparative
    assert [(q.span.text, q.value, q.unit) for q in quantities(nlp, "The plan adds 2 million more workers.")] == [
        ("2 million", 2e6, "workers")
    ]
    assert [(q.value, q.unit) for q in quantities(nlp, "He wants 3 million fewer cars on the road.")] == [(3e6, "cars")]


def test_a_share_left_out_after_a_conjunction_is_the_same_share(nlp):
    # invented: the second figure of a pair of shares or points joined by "and" keeps the unit
    def read(text):
        return [(q.span.text, q.value, q.unit) for q in quantities(nlp, text)]

    assert read("She took 13 percentage points from the mayor and 7 from the governor.") == [
        ("13 percentage points", 13.0, "percentage_point"),
        ("7", 7.0, "percentage_point"),
    ]
    assert read("The rate fell 2 percent in May, and 3 in June.") == [("2 percent", 2.0, "percent"), ("3", 3.0, "percent")]
    # a level after a change, and a count after a verb, are not shares
    assert [q.unit for q in quantities(nlp, "The gauge rose 4.2 points, or 0.3 percent, to 1,488.5.")][-1] != "percent"
    assert [q.unit for q in quantities(nlp, "Prices rose 5 percent and 12 were hurt.")] == ["percent", "people"]


def test_a_tie_of_votes_and_a_bench_split_count_votes_on_each_side(nlp):
    # invented: a tie under a word of voting and a court's split are votes, each side its own span
    def sides(text):
        return [(q.span.text, q.value, q.unit) for q in quantities(nlp, text)]

    assert sides("The zoning board voted 3-3 on the permit.") == [("3", 3.0, "votes"), ("3", 3.0, "votes")]
    assert sides("The appeals judges ruled 7-2 against the insurer.") == [("7", 7.0, "votes"), ("2", 2.0, "votes")]
    assert sides("The tribunal issued a 4-1 decision on the claim.") == [("4", 4.0, "votes"), ("1", 1.0, "votes")]
    assert sides("The panel split 2-2 over the grant.") == [("2", 2.0, "votes"), ("2", 2.0, "votes")]
    # even odds and a level game are no tally
    assert sides("Analysts give the merger a 50-50 chance.") == []
    assert sides("The hosts were level at 71-71 with a minute left.") == []


def test_a_number_hyphened_to_a_noun_before_a_noun_of_a_principle_counts_nothing(nlp):
    # invented: the number names what a solution, policy or rule holds, not a count of states, nations or strikes
    assert quantities(nlp, "The envoy backed a two-state solution to the conflict.") == ()
    assert quantities(nlp, "The island keeps a one-nation policy on visas.") == ()
    assert quantities(nlp, "The league adopted a three-strikes rule for members.") == ()
    # a fraction, a duration and a count before other nouns stay
    (share,) = quantities(nlp, "The treaty needs a two-thirds majority in the chamber.")
    assert (share.span.text, round(share.value, 4), share.unit) == ("two-thirds", 0.6667, "ratio")
    (years,) = quantities(nlp, "The firm follows a five-year rule on audits.")
    assert (years.value, years.unit) == (5.0, "years")
    assert [(q.value, q.unit) for q in quantities(nlp, "The governor made a 50-state tour.")] == [(50.0, "state")]


def test_a_count_whose_noun_is_left_out_counts_the_noun_of_the_count_it_is_joined_to(nlp):
    # invented: the sides of a vote, and a second figure after "and" or a comma with its noun elided
    yes, no = quantities(nlp, "The motion carried with 71 votes in favour and 29 against.")
    assert [(x.span.text, x.value, x.unit) for x in (yes, no)] == [("71", 71.0, "votes"), ("29", 29.0, "votes")]
    assert [(x.value, x.unit) for x in quantities(nlp, "The council voted 9 in favor and 4 against the plan.")] == [(9.0, "votes"), (4.0, "votes")]
    assert [(x.value, x.unit) for x in quantities(nlp, "The board voted 6 for, 3 against.")] == [(6.0, "votes"), (3.0, "votes")]
    assert [(x.value, x.unit) for x in quantities(nlp, "The side won 7 matches and lost 4.")] == [(7.0, "matches"), (4.0, "matches")]
    assert [(x.value, x.unit) for x in quantities(nlp, "The shop sold 5 for $20.")] == [(20.0, "USD")]
    # a verb after a comma alone starts another clause: "recorded 41" counts something else
    assert [(x.value, x.unit) for x in quantities(nlp, "The town, which has 9,000 residents, recorded 41.")] == [(9000.0, "residents")]


def test_tons_alone_are_short_tons_in_american_english_and_metric_otherwise(nlp):
    # invented: the spelling variety decides ("percent", "labor" American; "per cent", "labour" British);
    # "tonnes" or "metric tons" anywhere keeps "tons" metric
    (us,) = [x for x in quantities(nlp, "The port handled 8,000 tons of ore, 4 percent more than the labor board expected.") if x.unit == "kg"]
    assert (us.span.text, round(us.value)) == ("8,000 tons", 7257478)
    (uk,) = [x for x in quantities(nlp, "The port handled 8,000 tons of ore, 4 per cent more than the labour board expected.") if x.unit == "kg"]
    assert uk.value == 8e6
    mixed = quantities(nlp, "Mills made 3 million metric tons in spring; 8,000 tons went abroad, up 4 percent.")
    assert [x.value for x in mixed if x.unit == "kg"] == [3e9, 8e6]
    assert [x.value for x in quantities(nlp, "The barge holds 500 tons.") if x.unit == "kg"] == [5e5]


def test_a_figure_after_then_or_now_and_a_hyphen_is_read(nlp):
    # invented: "the then-52-year-old mayor", "her now-14-month-old son": ages the hyphen kept out of the grammar
    (mayor,) = quantities(nlp, "The then-52-year-old mayor resigned.")
    assert (mayor.span.text, mayor.value, mayor.unit) == ("52-year-old", 52.0, "years")
    (son,) = quantities(nlp, "He carried his now-14-month-old son.")
    assert (son.span.text, son.value, son.unit) == ("14-month-old", 14.0, "months")


def test_a_score_at_the_end_of_a_sentence_is_read(nlp):
    # invented: the full stop after "3-1" ends the sentence; "12-3.5" and "4-4-2" stay no score
    assert [(q.span.text, q.value) for q in quantities(nlp, "The visitors won 3-1.")] == [("3", 3.0), ("1", 1.0)]
    assert [(q.span.text, q.value) for q in quantities(nlp, "The measure passed 61-37.")] == [("61", 61.0), ("37", 37.0)]
    assert quantities(nlp, "They lined up 4-4-2.") == ()


def test_a_spelled_count_after_a_possessive_is_a_figure(nlp):
    # invented: scaled, owned by a noun, or after "their" / "these" / "those" as after "the" (eighteenth pass)
    (abroad,) = quantities(nlp, "Only a fraction of the six million Chileans who left the country came back.")
    assert (abroad.span.text, abroad.value, abroad.unit) == ("six million", 6e6, "chileans")
    districts, delegates = quantities(nlp, "The province's nine electoral districts each send two delegates.")
    assert [(x.span.text, x.value, x.unit) for x in (districts, delegates)] == [("nine", 9.0, "districts"), ("two", 2.0, "delegates")]
    assert [(x.span.text, x.unit) for x in quantities(nlp, "The mill's three furnaces went cold.")] == [("three", "furnaces")]
    assert [(x.span.text, x.value, x.unit) for x in quantities(nlp, "Their three governments signed the pact.")] == [("three", 3.0, "governments")]
    assert [(x.span.text, x.value, x.unit) for x in quantities(nlp, "These two envoys met at the border.")] == [("two", 2.0, "envoys")]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Her four cousins moved to the coast in spring.", "four", 4.0, "cousins"),
        ("Those six ferries sail twice a week.", "six", 6.0, "ferries"),
        ("Our eleven volunteers painted the hall.", "eleven", 11.0, "volunteers"),
        ("The clinic hired these nine nurses last winter.", "nine", 9.0, "nurses"),
    ],
)
def test_a_spelled_count_after_a_demonstrative_or_owner_counts_its_noun(nlp, text, span, value, unit):
    # invented: until the eighteenth pass a known set and dropped, while the same count after "the" was counted
    # (NewsQuant's fit gold counts "The two sides"); "one" after a determiner says "only" and stays no count
    q = only(nlp, text)
    assert (q.span.text, q.value, q.unit) == (span, value, unit)
    assert quantities(nlp, "Their one hope is an early thaw.") == ()
    assert quantities(nlp, "That one bridge carries every truck.") == ()


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The mill is one of the oldest buildings in the county.", "one", "buildings"),
        ("She became one of the most decorated pilots of her squadron.", "one", "pilots"),
        ("One of the region's busiest ports froze over.", "One", "ports"),
        ("He remains one of the least known painters of the period.", "one", "painters"),
    ],
)
def test_one_of_a_superlative_counts_one(nlp, text, span, unit):
    # invented: NewsQuant's fit gold counts "one of the best X" as 1 X; "one of the rebels", "one of them" stay nothing
    q = only(nlp, text)
    assert (q.span.text, q.value, q.unit) == (span, 1.0, unit)
    assert quantities(nlp, "One of the drivers waved at us.") == ()
    assert quantities(nlp, "One of them waved at us.") == ()
    assert quantities(nlp, "Tea is served to every one of the oldest guests.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "One of the most neglected traits of the reform was its cost.",
        "Patience may prove one of the greatest virtues of a negotiator.",
        "It was one of the least forgivable flaws in the report.",
    ],
)
def test_one_of_a_superlative_of_abstractions_counts_nothing(nlp, text):
    # invented: "one of the best speakers" counts a speaker, but a trait, a virtue, a flaw (nouns WordNet knows only as
    # qualities, thoughts or states) is nothing an analyst counts
    assert quantities(nlp, text) == ()
    q = only(nlp, "One of the most neglected bridges of the county was its oldest.")
    assert (q.span.text, q.value, q.unit) == ("One", 1.0, "bridges")


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The two envoys met at the border.", "two", 2.0, "envoys"),
        ("The three standing committees met on Friday.", "three", 3.0, "committees"),
        ("Talks between the two neighbours stalled in spring.", "two", 2.0, "neighbours"),
        ("The last nine contests went to the challenger.", "nine", 9.0, "contests"),
        ("The seven holes on the back nine are the hardest.", "seven", 7.0, "holes"),
    ],
)
def test_a_spelled_count_after_the_counts_its_noun(nlp, text, span, value, unit):
    # invented: dropped as a known set since the seventh pass; NewsQuant's fit gold counts every such figure ("The two
    # sides"), so the product does too. "the one road" is no count
    q = only(nlp, text)
    assert (q.span.text, q.value, q.unit) == (span, value, unit)
    assert quantities(nlp, "The one road into the valley was closed.") == ()


def test_a_glued_m_before_a_plural_noun_and_a_word_in_s_counts_the_noun(nlp):
    # invented: the first plural after "4.1m" is counted, not a word in -s after it ("across", "across the")
    (fans,) = quantities(nlp, "The league now has 4.1m registered fans across the continent.")
    assert (fans.span.text, fans.value, fans.unit) == ("4.1m", 4.1e6, "fans")
    (jobs,) = quantities(nlp, "The insurer cut 1.5m jobs across its branches.")
    assert (jobs.value, jobs.unit) == (1.5e6, "jobs")


def test_a_glued_m_before_a_unit_is_millions_of_it(nlp):
    # invented: no length is measured in metres of tonnes or of barrels; "25m long" stays a length
    (steel,) = quantities(nlp, "The smelter shipped 2m tonnes of zinc.")
    assert (steel.span.text, steel.value, steel.unit) == ("2m tonnes", 2e9, "kg")
    (oil,) = quantities(nlp, "The field pumps 10.5m barrels per day.")
    assert oil.unit == "m3/day" and abs(oil.value - 10.5e6 * 0.158987294928) < 1
    (forest,) = quantities(nlp, "The estate spans 1.5m hectares.")
    assert (forest.value, forest.unit) == (1.5e10, "m2")
    (pool,) = quantities(nlp, "The lido is 25m long.")
    assert (pool.value, pool.unit) == (25.0, "m")


def test_a_range_at_the_start_of_a_sentence_counts_its_noun(nlp):
    # invented: the parser hangs "40" on "30" as a preposition, and the tagger reads "between 30 and 40" as a date
    (guests,) = quantities(nlp, "Some 30-40 guests stayed overnight.")
    assert (guests.span.text, guests.value, guests.value_high, guests.unit) == ("Some 30-40", 30.0, 40.0, "guests")
    (crew,) = quantities(nlp, "Between 30 and 40 engineers joined the project.")
    assert (crew.span.text, crew.value, crew.value_high, crew.unit) == ("Between 30 and 40", 30.0, 40.0, "engineers")
    assert quantities(nlp, "Pundits call it a 50-50 race.") == ()


def test_a_number_before_a_casualty_state_counts_people(nlp):
    # invented: "left 12 dead", "3 dead and 15 missing": the noun is left out; "2 dead batteries" counts batteries
    assert [(q.span.text, q.value, q.unit) for q in quantities(nlp, "The landslide left 9 dead and 15 missing.")] == [
        ("9", 9.0, "people"),
        ("15", 15.0, "people"),
    ]
    (toll,) = quantities(nlp, "The ferry fire left at least 30 dead.")
    assert (toll.span.text, toll.value, toll.unit, toll.qualifier) == ("at least 30", 30.0, "people", "at_least")
    (cells,) = quantities(nlp, "The torch had 2 dead batteries.")
    assert cells.unit == "batteries"


def test_bare_figures_listed_before_a_unit_take_that_unit(nlp):
    # invented: "12 and 9 percent", "4, 5 and 6 per cent", "20 and 25C": the unit is written once, after the last
    def read(text):
        return [(q.span.text, q.value, q.unit) for q in quantities(nlp, text)]

    assert read("The two parties scored 12 and 9 percent.")[1:] == [("12", 12.0, "percent"), ("9 percent", 9.0, "percent")]
    assert read("Fees rose 3 and 4 per cent in the two quarters.")[:2] == [("3", 3.0, "percent"), ("4 per cent", 4.0, "percent")]
    assert [q.value for q in quantities(nlp, "Returns were 4, 5 and 6 percent.")] == [4.0, 5.0, 6.0]
    assert [(q.value, q.unit) for q in quantities(nlp, "Highs of 20 and 25C are forecast in the heat.")] == [(20.0, "degC"), (25.0, "degC")]
    assert [(q.value, q.unit) for q in quantities(nlp, "Trails of 5 and 10 km are marked.")] == [(5000.0, "m"), (10000.0, "m")]
    # a comma alone does not join a count to a share, and a year is no figure of the list
    assert read("Of those 300, 45 percent agreed.")[-1] == ("45 percent", 45.0, "percent")
    assert [q.value for q in quantities(nlp, "Since 2015 and 12 percent of cases it has failed.")] == [12.0]


def test_a_hyphened_percentage_point_is_percentage_points(nlp):
    # invented: AP style hyphenates the compound modifier ("a 4-percentage-point lead", "a 6 percentage-point gap")
    (lead,) = quantities(nlp, "The mayor opened a 4-percentage-point lead.")
    assert (lead.value, lead.unit) == (4.0, "percentage_point")
    (gap,) = quantities(nlp, "The poll shows a 6 percentage-point gap.")
    assert (gap.value, gap.unit) == (6.0, "percentage_point")


def test_a_period_after_a_slash_glued_to_a_price_is_its_rate(nlp):
    # invented: "$9.99/month", "£40/hr": the slash needs no space before it; "24/7" and "km/h" stay as they were
    (plan,) = quantities(nlp, "The basic tier costs $7.99/month.")
    assert (plan.span.text, plan.value, plan.unit, plan.display_unit) == ("$7.99/month", 7.99, "USD/month", "$/month")
    (wage,) = quantities(nlp, "Tutors charge £35/hr in the capital.")
    assert (wage.value, wage.unit, wage.display_unit) == (35.0, "GBP/hour", "£/hour")
    (speed,) = quantities(nlp, "Gusts reached 95 km/h.")
    assert speed.unit == "km/h"


def test_a_glued_m_after_a_noun_of_money_or_audience_is_millions(nlp):
    # invented: "the debt stands at 6.2m", "an audience of 2.7m": millions, not metres, with nothing after the figure
    assert [q.value for q in quantities(nlp, "The council's debt now stands at 6.2m.")] == [6.2e6]
    assert [q.value for q in quantities(nlp, "The final drew an audience of 2.7m.")] == [2.7e6]
    assert [q.value for q in quantities(nlp, "Attendance fell to 1.3m last season.")] == [1.3e6]
    # a length stays a length: a verb of motion, a word after the figure, or no such noun before it
    assert [(q.value, q.unit) for q in quantities(nlp, "Visitors can climb 300m to the summit.")] == [(300.0, "m")]
    assert [(q.value, q.unit) for q in quantities(nlp, "The crowd stood 5m from the stage.")] == [(5.0, "m")]
    assert [(q.value, q.unit) for q in quantities(nlp, "The value of the 3m-high statue is unclear.")] == [(3.0, "m")]
    assert [(q.value, q.unit) for q in quantities(nlp, "The swell hit 4m.")] == [(4.0, "m")]


def test_a_short_count_before_a_capitalised_name_counts_the_noun_after_it(nlp):
    # invented: "14 Grand Slam titles", "9 Premier League goals": a name describes what is counted; a model's number
    # has three digits or more ("the 40 757 Lite jets" stays a model)
    (titles,) = quantities(nlp, "The veteran has won 14 Grand Slam titles.")
    assert (titles.span.text, titles.value, titles.unit) == ("14", 14.0, "titles")
    (goals,) = quantities(nlp, "The forward scored 9 Premier League goals last term.")
    assert (goals.value, goals.unit) == (9.0, "goals")
    (rings,) = quantities(nlp, "The coach owns 4 Super Bowl rings.")
    assert (rings.value, rings.unit) == (4.0, "rings")
    assert [q.unit for q in quantities(nlp, "The airline took 757 Lite jets.")] == []


def test_one_figure_set_off_by_commas_after_a_plural_counts_it(nlp):
    # invented: "the most seats, 212, of any party": a count in apposition; an age follows one person, not a plural
    (seats,) = quantities(nlp, "The party won the most seats, 212, of any party.")
    assert (seats.span.text, seats.value, seats.unit) == ("212", 212.0, "seats")
    (ballots,) = quantities(nlp, "The remaining ballots, 3,400, were recounted by hand.")
    assert (ballots.value, ballots.unit) == (3400.0, "ballots")
    (age,) = quantities(nlp, "The singer, 73, died on Sunday.")
    assert (age.value, age.unit) == (73.0, "years")
    assert quantities(nlp, "The team played for years, 12, without a title.") == ()


def test_four_digits_in_the_years_range_count_a_plural_with_a_sign_of_counting(nlp):
    # invented: a qualifier on the figure, the noun a sample or total is of, a verb of surveying: a count, not a year
    (voters,) = quantities(nlp, "A poll of 1986 adults put the mayor ahead.")
    assert (voters.span.text, voters.value, voters.unit) == ("1986", 1986.0, "adults")
    (homes,) = quantities(nlp, "Nearly 1900 homes were damaged.")
    assert (homes.span.text, homes.value, homes.unit, homes.qualifier) == ("Nearly 1900", 1900.0, "homes", "approximately")
    (adults,) = quantities(nlp, "The firm surveyed 2015 small businesses.")
    assert (adults.value, adults.unit) == (2015.0, "businesses")
    # a year before a plural stays a year
    for text in ("Turnout among 2012 voters was higher.", "The 2020 candidates met in the capital.", "A group of 2012 graduates returned to campus."):
        assert [q.unit for q in quantities(nlp, text)] == [], text


def test_a_height_in_feet_and_inches_is_one_length(nlp):
    # invented: primes (or an apostrophe and a quotation mark) and "ft ... in" write one height, not two figures
    (height,) = quantities(nlp, "The new keeper is 6'3\" and left-footed.")
    assert (height.span.text, height.unit) == ("6'3\"", "m")
    assert height.value == pytest.approx(1.905)
    (height,) = quantities(nlp, "The 5′9″ winger signed a new deal.")
    assert (height.span.text, height.value) == ("5′9″", pytest.approx(1.7526))
    (height,) = [q for q in quantities(nlp, "Police said the man is 5 ft 8 in with short hair.")]
    assert (height.span.text, height.value) == ("5 ft 8 in", pytest.approx(1.7272))
    # "in" before a determiner is the preposition; an arc's minutes after a degree sign are no height
    assert [q.span.text for q in quantities(nlp, "The fence rose 6 ft 3 in the storm.")][0] == "6 ft"
    assert all("'" not in q.span.text for q in quantities(nlp, "The buoy lies at 41°15'7\" north."))


def test_local_currency_signs_and_iso_codes_before_an_amount(nlp):
    # invented: the signs local papers write (CLDR's English-locale symbols and the press's own), and ISO 4217 codes
    (shillings,) = quantities(nlp, "The council spent Sh4 billion on water pipes.")
    assert (shillings.span.text, shillings.value, shillings.unit) == ("Sh4 billion", 4e9, "KES")
    (cedis,) = quantities(nlp, "The board was fined GH₵7 million.")
    assert (cedis.value, cedis.unit) == (7e6, "GHS")
    (rand,) = quantities(nlp, "The smelter deal is worth R3.5 billion.")
    assert (rand.span.text, rand.value, rand.unit) == ("R3.5 billion", 3.5e9, "ZAR")
    (birr,) = quantities(nlp, "The lender reported a profit of ETB 9 billion.")
    assert (birr.value, birr.unit) == (9e9, "ETB")
    # a letter or a code that is a word, before a bare figure, is no currency
    assert [q.unit for q in quantities(nlp, "The P5 envoys and R2 met in TOP 10 form.")] == []


def test_frames_per_second_and_use_per_hundred_kilometres_are_units(nlp):
    # invented: "fps" is a rate of frames, not a count of "fp"; "per 100km" is part of a fuel or power use
    (frames,) = quantities(nlp, "The new phone films at 240 fps.")
    assert (frames.span.text, frames.value, frames.unit) == ("240 fps", 240.0, "fps")
    (fuel,) = quantities(nlp, "The estate car needs 4.9 litres per 100km on a long run.")
    assert (fuel.span.text, fuel.value, fuel.unit) == ("4.9 litres per 100km", 4.9, "L/100km")
    (power,) = quantities(nlp, "The small van uses 17 kWh/100km in winter.")
    assert (power.value, power.unit) == (17.0, "kWh/100km")


def test_a_score_after_the_beaten_sides_name_is_the_two_sides(nlp):
    # invented: the score hangs on the verb, not on the name before it; a numbered name stays nothing
    won = quantities(nlp, "Leeds beat the Rhinos 31-17 on Friday.")
    assert [(q.span.text, q.value, q.unit) for q in won] == [("31", 31.0, "count"), ("17", 17.0, "count")]
    assert quantities(nlp, "The clause sits in Section 14-2 of the act.") == ()
    assert quantities(nlp, "The appeal cited Rule 11-2 of the code.") == ()
    assert quantities(nlp, "Since renters outnumber owners 3-1, the vote was close.") == ()  # a ratio, not a score


def test_a_range_after_by_naming_who_acted_is_a_range(nlp):
    # invented: "by" after a passive verb names the agents; after a verb of change it starts a change ("by 300 to")
    (readers,) = quantities(nlp, "Each chapter was checked by 8 to 10 editors.")
    assert (readers.span.text, readers.value, readers.value_high, readers.unit) == ("8 to 10", 8.0, 10.0, "editors")
    # a change after "by" and the level it left: two figures, both of people (sixth pass: the change counts the level's noun)
    assert [(q.value, q.value_high, q.unit) for q in quantities(nlp, "Membership grew by 300 to 4,000 people last year.")] == [
        (300, None, "people"),
        (4000, None, "people"),
    ]


def test_a_bare_figure_after_the_same_verb_in_a_parallel_clause_counts_the_same_noun(nlp):
    # invented: "X sold N tickets, Y sold M": the second clause leaves the noun out; no verb, no count
    found = quantities(nlp, "The home club sold 4,200 tickets, the visitors sold 900.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("4,200", 4200.0, "tickets"), ("900", 900.0, "tickets")]
    found = quantities(nlp, "The firm hired 120 engineers and its rival hired 85.")
    assert [(q.value, q.unit) for q in found] == [(120.0, "engineers"), (85.0, "engineers")]
    assert [q.value for q in quantities(nlp, "A town of 9,000 residents had 41 on the list.")] == [9000.0]
    assert [q.value for q in quantities(nlp, "The port, which has 84,000 residents, had 61 last year.")] == [84000.0]
    # the parser hangs a figure on a singular noun across "and": no count of it
    assert "candidate" not in [q.unit for q in quantities(nlp, "The mayor has 412 delegates, her rival has 187 and a third candidate has 55.")]


def test_two_figures_joined_by_or_before_a_plural_are_one_range(nlp):
    # invented: "one or two faults" was one fault (the second figure read as the noun's); a scale written once serves both
    (faults,) = quantities(nlp, "The inspectors found one or two faults in the wiring.")
    assert (faults.span.text, faults.value, faults.value_high, faults.unit, faults.qualifier) == ("one or two", 1.0, 2.0, "faults", "range")
    (buyers,) = quantities(nlp, "She has met seven or eight buyers this week.")
    assert (buyers.value, buyers.value_high, buyers.unit) == (7.0, 8.0, "buyers")
    (phones,) = quantities(nlp, "They sold 2 or 3 million phones last year.")
    assert (phones.span.text, phones.value, phones.value_high, phones.unit) == ("2 or 3 million", 2e6, 3e6, "phones")
    assert quantities(nlp, "We offered one or two.") == ()  # no noun: no range


def test_a_deadlocked_panel_is_a_tie_of_votes(nlp):
    # invented: "deadlock" (the lemma corrections read it since the twenty-third pass) is a word of voting
    tie = quantities(nlp, "The board deadlocked 4-4 on the merger.")
    assert [(q.span.text, q.value, q.unit) for q in tie] == [("4", 4.0, "votes"), ("4", 4.0, "votes")]


def test_a_pair_in_a_sentence_about_a_poll_is_two_shares(nlp):
    # invented: a poll's "44-39" is each side's percent, not a score's counts; a game's stays a score
    poll = quantities(nlp, "A new survey puts the mayor ahead of her rival 44-39.")
    assert [(q.span.text, q.value, q.unit) for q in poll] == [("44", 44.0, "percent"), ("39", 39.0, "percent")]
    game = quantities(nlp, "The club won 44-39 on Sunday.")
    assert [(q.value, q.unit) for q in game] == [(44.0, "count"), (39.0, "count")]
    assert quantities(nlp, "Polls show a 50-50 race.") == ()


def test_a_threshold_after_the_and_before_needed_counts_the_earlier_noun(nlp):
    # invented: "the 326 needed" and "15 more" leave out the seats counted first (were a bare count and nothing)
    found = quantities(nlp, "The coalition won 341 seats, 15 more than the 326 needed.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("341", 341.0, "seats"), ("15", 15.0, "seats"), ("326", 326.0, "seats")]
    found = quantities(nlp, "The bill drew 52 votes, eight short of the 60 required.")
    assert [(q.span.text, q.unit) for q in found][-1] == ("60", "votes")


def test_a_bare_figure_had_or_won_counts_the_noun_of_the_count_just_before(nlp):
    # invented: the noun is said once, then left out, in the same sentence or the one before (were dropped)
    found = quantities(nlp, "The Greens took all 40 seats in the north. They now hold 212.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("40", 40.0, "seats"), ("212", 212.0, "seats")]
    stake, won = quantities(nlp, "With 90 seats at stake, the Greens will win at least 48.")
    assert (won.span.text, won.value, won.unit, won.qualifier) == ("at least 48", 48.0, "seats", "at_least")
    chain = quantities(nlp, "Alpha has 300 seats, Beta has 120 and Gamma has 45.")
    assert [(q.span.text, q.unit) for q in chain] == [("300", "seats"), ("120", "seats"), ("45", "seats")]
    assert [q.unit for q in quantities(nlp, "The town paid $5 million. It has 300.")] == ["USD"]  # money is no noun to carry


def test_litres_per_100_km_in_lower_case(nlp):
    # invented: a lower-case "l" was no unit, and "100 km" was read as the figure's length
    (use,) = quantities(nlp, "The hatchback uses 5.9 l/100 km on the motorway.")
    assert (use.span.text, use.value, use.unit) == ("5.9 l/100 km", 5.9, "L/100km")


def test_stone_is_a_weight_and_takes_the_pounds_after_it(nlp):
    # invented: "8 st" was nothing and "15 stone" a count of stones; "2 st 6 lb" is one weight
    (jockey,) = quantities(nlp, "The jockey weighed 8 st before the race.")
    assert (jockey.span.text, jockey.unit, round(jockey.value, 3)) == ("8 st", "kg", round(8 * 6.35029318, 3))
    (lost,) = quantities(nlp, "He lost 2 st 6 lb over the winter.")
    assert (lost.span.text, round(lost.value, 3)) == ("2 st 6 lb", round((2 + 6 / 14) * 6.35029318, 3))
    (weight,) = quantities(nlp, "He weighs 15 stone now.")
    assert (weight.span.text, weight.unit) == ("15 stone", "kg")
    assert quantities(nlp, "The goal came in the 21st minute.") == ()


def test_an_age_at_a_sentences_end_or_after_now_at_its_start(nlp):
    # invented: the age was read only when a comma followed it
    (age,) = quantities(nlp, '"It was a shock," said Pereira, 52.')
    assert (age.span.text, age.value, age.unit, age.display_unit) == ("52", 52.0, "years", "age")
    (age,) = quantities(nlp, "Now 67 and retired, he paints every day.")
    assert (age.span.text, age.value, age.display_unit) == ("67", 67.0, "age")
    assert [q.unit for q in quantities(nlp, "Now 12 stores remain open.")] == ["stores"]


def test_a_share_keeps_the_qualifier_before_it(nlp):
    # invented: "nearly half of", "about half the" were exact
    (share,) = quantities(nlp, "Nearly half of the staff left.")
    assert (share.span.text, share.value, share.qualifier) == ("Nearly half", 0.5, "approximately")
    (share,) = quantities(nlp, "More than half the crew stayed.")
    assert (share.span.text, share.qualifier) == ("More than half", "more_than")
    (paid,) = quantities(nlp, "The fund paid not quite 40 cents on the dollar.")
    assert (paid.span.text, paid.value, paid.qualifier) == ("not quite 40 cents", 0.4, "less_than")


def test_over_a_duration_after_an_amount_is_its_span(nlp):
    # invented: "over eight years" after an amount is how long it is spread over, not more than eight years
    cost, span = quantities(nlp, "The scheme will cost $4 billion over eight years.")
    assert (span.span.text, span.value, span.qualifier) == ("eight years", 8.0, "exact")
    (lived,) = quantities(nlp, "He has lived there for over eight years.")
    assert (lived.span.text, lived.qualifier) == ("over eight years", "more_than")


def test_a_half_glyph_apart_from_its_figure(nlp):
    # invented: "3 ½ years" was nothing ("3½ years" was read)
    (spent,) = quantities(nlp, "She spent 3 ½ years abroad.")
    assert (spent.span.text, spent.value, spent.unit) == ("3 ½ years", 3.5, "years")


def test_an_emergency_number_before_a_call_counts_nothing(nlp):
    # invented: "911 calls" was 911 calls
    assert quantities(nlp, "Dispatchers took 911 calls about the fire.") == ()
    assert [(q.value, q.unit) for q in quantities(nlp, "The arena has 911 seats.")] == [(911.0, "seats")]


def test_a_spelled_figure_opening_a_quotation_is_no_name(nlp):
    # invented: the capital after the quotation mark was taken for a name's ("Sixty" read as a title word)
    (share,) = quantities(nlp, 'The mayor said, "Sixty percent of the roads are new."')
    assert (share.span.text, share.value, share.unit) == ("Sixty percent", 60.0, "percent")
    assert quantities(nlp, 'He admired "Seven Samurai" as a boy.') == ()


def test_plus_or_minus_is_a_spread_not_a_negative_value(nlp):
    # invented: "plus or minus 3.5" was -3.5
    (margin,) = quantities(nlp, "The survey's error margin is plus or minus 2.8 percentage points.")
    assert (margin.span.text, margin.value, margin.unit) == ("2.8 percentage points", 2.8, "percentage_point")


def test_degrees_below_zero_are_a_temperature(nlp):
    # invented: "minus 4 degrees" with no word of weather was an angle
    (cold,) = quantities(nlp, "By dawn it had fallen to minus 6 degrees.")
    assert (cold.span.text, cold.value, cold.unit) == ("minus 6 degrees", -6.0, "degree_temperature")


def test_a_day_of_a_date_does_not_open_a_range_with_the_next_figure(nlp):
    # invented: "on May 9 to 51 percent" was one range from 9 to 51 percent, dropped with the date
    found = quantities(nlp, "Her rating climbed from 44 percent on May 9 to 51 percent last week.")
    assert [(q.span.text, q.value) for q in found] == [("44 percent", 44.0), ("51 percent", 51.0)]


def test_a_pair_to_one_after_by_is_a_ratio(nlp):
    # invented: "by nearly 3-1" was a score's counts, "by 40 to 1" nothing; a game won "by 3-1" stays a score
    (ratio,) = quantities(nlp, "By nearly 3-1, members say the fee should go.")
    assert (ratio.span.text, ratio.value, ratio.unit, ratio.qualifier) == ("nearly 3-1", 3.0, "ratio", "approximately")
    (ratio,) = quantities(nlp, "Sheep outnumber people on the island by 40 to 1.")
    assert (ratio.span.text, ratio.value, ratio.unit) == ("40 to 1", 40.0, "ratio")
    assert [q.unit for q in quantities(nlp, "The Lions won by 3-1 at home.")] == ["count", "count"]


def test_a_poll_pair_written_with_to_or_in_brackets_after_points_is_two_shares(nlp):
    # invented: "(52 to 31)" after a lead in points and "54 to 41" in a poll were nothing
    found = quantities(nlp, "The senator won the county by 21 points (52 to 31) on Tuesday.")
    assert [(q.span.text, q.value, q.unit) for q in found][1:] == [("52", 52.0, "percent"), ("31", 31.0, "percent")]
    found = quantities(nlp, "The poll has the governor ahead 54 to 41 among women.")
    assert [(q.span.text, q.unit) for q in found] == [("54", "percent"), ("41", "percent")]


def test_a_figure_leaving_out_the_noun_is_read_where_the_tagger_sees_a_date(nlp):
    # invented: "31 for the other" after "four votes for one" was taken for a day of a month and dropped
    found = quantities(nlp, "The chair announced four votes for Lopez, 31 for Baptiste and two abstentions.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("four", 4.0, "votes"), ("31", 31.0, "votes"), ("two", 2.0, "abstentions")]


def test_a_figure_with_plus_after_it_is_more_than_that(nlp):
    # invented: "40-plus hours" was dropped, "20,000-plus members" exact
    (hours,) = quantities(nlp, "Nurses there work 40-plus hours a week.")
    assert (hours.span.text, hours.value, hours.unit, hours.qualifier) == ("40-plus hours a week", 40.0, "hours", "more_than")
    (members,) = quantities(nlp, "The guild has 20,000-plus members.")
    assert (members.value, members.unit, members.qualifier) == (20000.0, "members", "more_than")


def test_a_scale_word_glued_to_the_figure(nlp):
    # invented: "$40billion" was nothing
    (plan,) = quantities(nlp, "The $40billion plan stalled.")
    assert (plan.span.text, plan.value, plan.unit) == ("$40billion", 40e9, "USD")


def test_a_figure_after_a_capitalised_word_and_of_names_a_group(nlp):
    # invented: "the Group of 20 summit" was 20 summits; "out of 14 candidates" at a sentence's start stays a count
    assert quantities(nlp, "Ministers met after the Group of 20 summit in Osaka.") == ()
    assert [(q.value, q.unit) for q in quantities(nlp, "Out of 14 candidates, two remain.")][0] == (14.0, "candidates")


def test_how_many_digits_an_amount_has_counts_nothing(nlp):
    # invented: "five-figure fees" and "into six figures" were counts of figures
    assert quantities(nlp, "Lecturers charged five-figure fees.") == ()
    assert quantities(nlp, "Her fees often ran into six figures.") == ()


def test_a_third_figure_in_a_list_leaving_out_the_noun_counts_it(nlp):
    # invented: the third figure after "N votes for one, M for another" was dropped
    found = quantities(nlp, "The state will cast 42 votes for Lopez, 18 for Baptiste and 16 for Okafor.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("42", 42.0, "votes"), ("18", 18.0, "votes"), ("16", 16.0, "votes")]


def test_an_age_after_then_and_a_crowds_size_of_people(nlp):
    # invented: "then 38" was no age (only "now 38" was); "an audience of 300" was a bare count
    (age,) = quantities(nlp, "Mr. Lee, then 38, told us he wanted a deputy.")
    assert (age.span.text, age.value, age.display_unit) == ("38", 38.0, "age")
    (age,) = quantities(nlp, "He hired a deputy older than Ms. Brainard, then 35.")
    assert (age.span.text, age.display_unit) == ("35", "age")
    (crowd,) = quantities(nlp, "She spoke to an audience of 300 in the hall.")
    assert (crowd.value, crowd.unit) == (300.0, "people")
    (crew,) = quantities(nlp, "The team had a crew of 25 on board.")
    assert (crew.value, crew.unit) == (25.0, "count")


def test_a_subunit_named_with_its_country_is_that_countrys(nlp):
    # invented: "22 Canadian cents" was 22 US dollars (the figure read bare, the cents as its noun)
    found = quantities(nlp, "The miner lost C$4.1 million, or 22 Canadian cents a share, and its stock gained 12.5 Australian cents.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [
        ("C$4.1 million", 4.1e6, "CAD"),
        ("22 Canadian cents a share", 0.22, "CAD/share"),
        ("12.5 Australian cents", 0.125, "AUD"),
    ]


def test_currencies_the_euro_replaced_and_the_wires_dlrs(nlp):
    # invented: "lire", "guilders", "pesetas", "markkaa" were counted nouns; "dlrs 9 billion" a bare count
    found = quantities(nlp, "The insurer earned 4.6 billion lire, or 85 lire a share, and sold 120 million guilders of notes.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [
        ("4.6 billion lire", 4.6e9, "ITL"),
        ("85 lire a share", 85.0, "ITL/share"),
        ("120 million guilders", 1.2e8, "NLG"),
    ]
    found = quantities(nlp, "Each bank will put in 40 million Finnish markkaa; the yard needs 90 million markkaa and 2 billion pesetas.")
    assert [(q.value, q.unit) for q in found] == [(4e7, "FIM"), (9e7, "FIM"), (2e9, "ESP")]
    found = quantities(nlp, "Exports fell to dlrs 9 billion, down dlrs 1.5 billion, leaving a debt of 700 million dlrs.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [
        ("dlrs 9 billion", 9e9, "USD"),
        ("dlrs 1.5 billion", 1.5e9, "USD"),
        ("700 million dlrs", 7e8, "USD"),
    ]


def test_marks_are_a_currency_after_a_scale_word_or_quoted_against_the_dollar(nlp):
    # invented: "1.6120 marks" was a count of marks; "90 marks" in a test stays a count
    found = quantities(nlp, "In Frankfurt the dollar eased to 1.6120 marks from 1.6245 marks.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("1.6120 marks", 1.612, "DEM"), ("1.6245 marks", 1.6245, "DEM")]
    (spend,) = quantities(nlp, "Bonn plans to spend 6 billion marks on rail.")
    assert (spend.value, spend.unit) == (6e9, "DEM")
    (score,) = quantities(nlp, "The pupil scored 90 marks in the oral test.")
    assert score.unit == "marks"


def test_a_shared_currency_word_alone_is_the_one_the_document_named_with_its_country(nlp):
    # invented: "310 million francs" after "French francs" was Swiss francs
    found = quantities(nlp, "The insurer will pay 640 French francs a share, or 310 million francs in all.")
    assert [(q.value, q.unit) for q in found] == [(640.0, "FRF/share"), (3.1e8, "FRF")]
    (alone,) = quantities(nlp, "The insurer will pay 85 francs a share.")
    assert alone.unit == "francs/share"  # no country in sight: francs, not Swiss by default


def test_a_rate_hyphened_into_a_modifier_and_carried_to_the_amount_it_changed_from(nlp):
    # invented: "$24-a-share" was dollars alone; "from $0.90" and "up from 31 cents" lost the share
    (bid,) = quantities(nlp, "The fund made a $24-a-share bid for the chain.")
    assert (bid.span.text, bid.value, bid.unit) == ("$24-a-share", 24.0, "USD/share")
    found = quantities(nlp, "The bank lifted its payout to $1.10 a share from $0.90.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("$1.10 a share", 1.1, "USD/share"), ("$0.90", 0.9, "USD/share")]
    found = quantities(nlp, "The brewer earned 38 cents a share, up from 31 cents.")
    assert [(q.value, q.unit) for q in found] == [(0.38, "USD/share"), (0.31, "USD/share")]
    found = quantities(nlp, "The brewer earned 38 cents a share and paid 10 cents to its bankers.")
    assert [q.unit for q in found] == ["USD/share", "USD"]


def test_a_count_changed_to_a_level_from_a_bare_figure(nlp):
    # invented: "from 210" after "to 260 branches" was dropped
    found = quantities(nlp, "The lender will cut its branches to 260 branches from 310.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("260", 260.0, "branches"), ("310", 310.0, "branches")]


def test_a_range_of_a_level_after_of_and_a_range_of_a_part_of_a_group(nlp):
    # invented: "a charge of $40 million to $45 million" was two amounts; "120 to 150 of its" dropped the first end
    (charge,) = quantities(nlp, "The insurer expects a charge of $40 million to $45 million.")
    assert (charge.span.text, charge.value, charge.value_high, charge.qualifier) == ("$40 million to $45 million", 4e7, 4.5e7, "range")
    found = quantities(nlp, "An increase of $4 million to $19 million was reported.")
    assert [(q.value, q.value_high) for q in found] == [(4e6, None), (1.9e7, None)]
    found = quantities(nlp, "About 120 to 150 of its 9,000 workers will leave.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in found] == [
        ("About 120 to 150", 120.0, 150.0, "workers"),
        ("9,000", 9000.0, None, "workers"),
    ]


def test_spoken_hundreds_and_a_half_million(nlp):
    # invented: "a hundred forty million dollars" was 40 million; "a half million" was nothing
    (price,) = quantities(nlp, "He paid a hundred forty million dollars for the tower.")
    assert (price.span.text, price.value, price.unit) == ("a hundred forty million dollars", 1.4e8, "USD")
    (homes,) = quantities(nlp, "By noon about a half million homes had no heat.")
    assert (homes.span.text, homes.value, homes.unit, homes.qualifier) == ("about a half million", 5e5, "homes", "approximately")


def test_an_amount_right_after_a_dates_day_is_no_temperature(nlp):
    # invented: "May 31 C$4.4 million" was read as 31 degrees Celsius and the amount was lost
    (net,) = quantities(nlp, "That left profit for the half ended May 31 C$4.4 million.")
    assert (net.span.text, net.value, net.unit) == ("C$4.4 million", 4.4e6, "CAD")


def test_a_grouped_count_before_a_one_word_name_and_its_shares(nlp):
    # invented: the parser's nmod "Norland" before "common shares" made the figure a name's number
    (held,) = quantities(nlp, "The trust holds 2,417,300 Norland common shares.")
    assert (held.value, held.unit) == (2417300.0, "shares")


def test_a_stock_split_is_one_ratio(nlp):
    # invented: "a 3-for-2 split" was 3 splits and a stray 2
    found = quantities(nlp, "The toy maker declared a 3-for-2 stock split and a 1-for-4 reverse split for its unit.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("3-for-2", 1.5, "ratio"), ("1-for-4", 0.25, "ratio")]


def test_a_count_left_out_after_a_named_subject_and_the_number_of_a_plural_changed_to_a_figure(nlp):
    # invented: "and Niger about 11 million" and "the number of its troops to 4,500" were bare counts
    found = quantities(nlp, "Chad has 9 million residents, and Niger about 11 million.")
    assert [(q.value, q.unit) for q in found] == [(9e6, "residents"), (1.1e7, "residents")]
    (troops,) = quantities(nlp, "The army will raise the number of its troops to 4,500 by March.")
    assert (troops.value, troops.unit) == (4500.0, "troops")
    found = quantities(nlp, "The plant employs 300 workers and Dr. Sato said 40 were hurt.")
    assert [q.unit for q in found] == ["workers", "people"]


def test_a_share_of_a_group_counted_with_a_figure(nlp):
    # invented: "half of the 6,400 units" was no share ("of the" and a digit read as a period, "half of the 2019")
    found = quantities(nlp, "The new line made up nearly half of the 6,400 units sold.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("nearly half", 0.5, "ratio"), ("6,400", 6400.0, "units")]
    assert quantities(nlp, "Sales fell in the first half of 2019.") == ()


def test_a_total_after_a_per_share_aside_keeps_no_rate(nlp):
    # invented: "$41.8 million" after "19 cents a share, down from" took the share's rate
    found = quantities(nlp, "Net was $6.1 million, or 19 cents a share, down from $41.8 million, or $1.02 a share.")
    assert [q.unit for q in found] == ["USD", "USD/share", "USD", "USD/share"]


def test_the_pound_sign_as_ascii_copy_wrote_it(nlp):
    # invented: "#43.5 million" was a bare count; "#1" before a noun stays no amount
    found = quantities(nlp, "The group paid #43.5 million ($70 million) for the brewer.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("#43.5 million", 4.35e7, "GBP"), ("$70 million", 7e7, "USD")]
    assert all(q.unit != "GBP" for q in quantities(nlp, "It is the #1 seller in Ohio."))


def test_pounds_given_beside_kilograms_are_a_weight(nlp):
    # invented: "2,200 pounds (1,000 kg)" was sterling, and "kgs" a counted noun
    found = quantities(nlp, "Troops found 2,200 pounds (1,000 kgs) of fertiliser in a barn.")
    assert [(q.unit, q.display_unit) for q in found] == [("kg", "pounds"), ("kg", "kgs")]
    assert round(found[0].value) == 998


def test_a_change_given_again_after_comma_or_keeps_its_own_unit(nlp):
    # invented: "4.07, or 0.9%" made 4.07 a percentage, and "0.9%, or 4.07" too
    found = quantities(nlp, "The gauge slid 4.07, or 0.9%, to 441.20 on Monday.")
    assert [(q.span.text, q.unit) for q in found] == [("4.07", "count"), ("0.9%", "percent"), ("441.20", "count")]
    found = quantities(nlp, "The gauge lost 0.9%, or 4.07, to 441.20.")
    assert [q.unit for q in found] == ["percent", "count", "count"]
    found = quantities(nlp, "Rents rose 4, 5, or 8 percent.")
    assert [q.unit for q in found] == ["percent", "percent", "percent"]


def test_the_number_of_a_plural_is_the_subject_of_its_level(nlp):
    # invented: "exceeded 900" was a bare count
    (issues,) = quantities(nlp, "The number of issues that rose on the exchange exceeded 900.")
    assert (issues.value, issues.unit, issues.qualifier) == (900.0, "issues", "more_than")


def test_a_level_moved_from_after_to_takes_the_unit_of_the_new_level(nlp):
    # invented: "from 2.9 million" after "to 3.4 million tonnes" was a bare count; a year after "from" stays no figure
    found = quantities(nlp, "Grain exports rose to 3.4 million tonnes from 2.9 million.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("3.4 million tonnes", 3.4e9, "kg"), ("2.9 million", 2.9e9, "kg")]
    found = quantities(nlp, "The jobless rate fell to 6.5% from 7.1.")
    assert [(q.value, q.unit) for q in found] == [(6.5, "percent"), (7.1, "percent")]
    found = quantities(nlp, "Exports rose to 3.4 million tonnes from 800,000.")
    assert [q.unit for q in found] == ["kg", "count"]
    assert [q.span.text for q in quantities(nlp, "Turnout rose to 58% from 1996 levels.")] == ["58%"]


def test_the_other_sides_count_after_a_possessive(nlp):
    # invented: "to her rival's 465" dropped the figure
    found = quantities(nlp, "She leads with 812 delegates to her rival's 465.")
    assert [(q.value, q.unit) for q in found] == [(812.0, "delegates"), (465.0, "delegates")]
    found = quantities(nlp, "He won 62 votes to Ms. Diaz's 48 in the second round.")
    assert [(q.value, q.unit) for q in found] == [(62.0, "votes"), (48.0, "votes")]


def test_a_count_carried_two_sentences_on(nlp):
    # invented: the figure two sentences after its noun was dropped
    found = quantities(nlp, "The Greens won 212 seats. Their rivals, weakened by a long feud, hoped for more. In the end they took 98.")
    assert [(q.value, q.unit) for q in found] == [(212.0, "seats"), (98.0, "seats")]


def test_a_count_glued_after_a_comma_counts_the_noun_before(nlp):
    # the tokenizer splits "migrants,19" (nlp.py) and the elided noun is read across a comma with no space
    found = quantities(nlp, "The ferry carried 52 migrants,19 of them minors.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("52", 52.0, "migrants"), ("19", 19.0, "migrants")]


def test_a_figure_after_a_year_and_a_comma_is_not_split(nlp):
    # "1998,200" is one number to the tokenizer (digits on both sides): no year and no count of 200 made up from it
    found = quantities(nlp, "In 1998,200 rail workers struck.")
    assert all(q.span.text != "200" for q in found)


def test_price_moves_in_fractions_are_mixed_numbers(nlp):
    # old stock-price copy: no unit written, a whole number and a fraction over 2, 4, 8, 16 or 32
    found = quantities(nlp, "The brewer's stock advanced 2 3/8 to 61 1/4 on the news.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("2 3/8", 2.375, "count"), ("61 1/4", 61.25, "count")]
    found = quantities(nlp, "The long bond slipped 1 5/32 to 98 9/16.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("1 5/32", 1.15625, "count"), ("98 9/16", 98.5625, "count")]


def test_a_lone_price_fraction_is_its_value(nlp):
    found = quantities(nlp, "The utility's shares edged up 3/8 and the bank's slid 5/16.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("3/8", 0.375, "count"), ("5/16", 0.3125, "count")]


def test_the_level_after_a_fraction_move_is_a_price(nlp):
    found = quantities(nlp, "The retailer's shares climbed 2 1/4 to 58 after the report.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("2 1/4", 2.25, "count"), ("58", 58.0, "count")]


def test_a_fraction_before_of_is_a_share_and_dates_stay_out(nlp):
    q = only(nlp, "Nearly 3/4 of the growers signed the petition.")
    assert (q.span.text, q.value, q.unit, q.qualifier) == ("Nearly 3/4", 0.75, "ratio", "approximately")
    assert quantities(nlp, "Flags flew at half-staff on 9/11 and the shop stays open 24/7.") == ()
    assert quantities(nlp, "A 1/2-inch bolt held the frame.") == ()


def test_a_fraction_spread_from_its_whole_number_by_layout_is_no_lone_half(nlp):
    found = quantities(nlp, "The voters queued for 2             1/2           hours at the school.")
    assert all(q.value != 0.5 for q in found), [(q.span.text, q.value) for q in found]


def test_a_price_move_before_a_weekday_is_no_name_and_no_date(nlp):
    # fourth pass (TimeBank kinds): "fell 7/8 Thursday" was dropped as a name's number; the times component reads
    # only the weekday (no month and day is written without a year)
    text = "The chipmaker's stock fell 7/8 Thursday on worries about a flaw, and the utility rose 12.5 Monday."
    document = Document(id="t", source="test", text=text, language="en")
    analysis = analyze(document, nlp)
    assert [(q.span.text, q.value, q.unit) for q in analysis.quantities] == [("7/8", 0.875, "count"), ("12.5", 12.5, "count")]
    assert [t.span.text for t in analysis.times] == ["Thursday", "Monday"]


def test_a_range_of_amounts_before_a_rate_is_one_range_of_that_price(nlp):
    # fourth pass (TimeBank kinds): "$115 to $125 a share" was $115 alone and $125 a share
    found = quantities(nlp, "Brokers put the fair value of the stock at $64 to $71 a share.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in found] == [("$64 to $71 a share", 64.0, 71.0, "USD/share")]
    found = quantities(nlp, "Traders expect crude to trade at $80 to $95 a barrel.")
    assert [(q.value, q.value_high, q.unit) for q in found] == [(80.0, 95.0, "USD/barrel")]
    # a change and a level stay two amounts
    found = quantities(nlp, "The insurer's shares climbed $2 to $48 a share.")
    assert [(q.value, q.value_high) for q in found] == [(2.0, None), (48.0, None)]


def test_a_count_before_a_capitalised_name_counts_the_noun_after_the_name(nlp):
    # fourth pass (TimeBank kinds): a figure before a name of several words, a name with "of" or a possessive name
    # was dropped as a model's number
    found = quantities(nlp, "Nine Pacific Rim economies endorsed the accord.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("Nine", 9.0, "economies")]
    found = quantities(nlp, "The tour took 12 Bank of Canada economists to the mills.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("12", 12.0, "economists")]
    found = quantities(nlp, "The fund now owns 1,250,400 Zylo's shares and two Zylo's directors back it.")
    assert [(q.value, q.unit) for q in found] == [(1250400.0, "shares"), (2.0, "directors")]
    found = quantities(nlp, "Holders get two Varex shares for one Norwest Mining share.")
    assert [(q.value, q.unit) for q in found] == [(2.0, "shares"), (1.0, "share")]
    assert quantities(nlp, "The airline flies 737 Max jets.") == ()
    # after "the", a possessive name opens a clause: the figure's own noun is left out, not the name's noun
    assert all(q.unit != "lawyers" for q in quantities(nlp, "It was not among the 30,000 Moreno's lawyers returned."))
    found = quantities(nlp, "The lobby group flew 8 House of Lords peers and three Court of Appeal judges to the site.")
    assert [(q.value, q.unit) for q in found] == [(8.0, "peers"), (3.0, "judges")]


def test_a_model_number_before_a_singular_noun_is_no_count(nlp):
    # fourth pass (TimeBank kinds): "its 80486 microprocessor chip" was 80486 chips, "the 486 chip" 486 chips
    found = quantities(nlp, "Engineers found two bugs in the firm's 68040 graphics processor.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("two", 2.0, "bugs")]
    assert quantities(nlp, "The carrier will retire a 767 jet and the 757 freighter next year.") == ()
    # a count of several takes a plural, and a size hyphened into a modifier is a count
    found = quantities(nlp, "The group runs a 900-bed hospital and 450 clinics.")
    assert [(q.value, q.unit) for q in found] == [(900.0, "bed"), (450.0, "clinics")]



def test_a_model_and_its_variant_hyphened_is_no_score_nor_range(nlp):
    # "the 747-400 was grounded" was a score 747 to 400, "the 737-800's recorder" a range of 737-800 recorders
    assert quantities(nlp, "Inspectors grounded the 321-200 after a hard landing.") == ()
    assert quantities(nlp, "Mechanics replaced the 350-900's left engine on Monday.") == ()
    found = quantities(nlp, "The 250-300 cadets marched past; the home side won 104-98.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in found] == [
        ("250-300", 250.0, 300.0, "cadets"), ("104", 104.0, None, "count"), ("98", 98.0, None, "count")]


def test_digits_read_aloud_in_a_call_sign_are_no_count(nlp):
    # "Speedbird two two niner" was two niners
    found = quantities(nlp, "The tower told Skyways four four niner to hold while two gliders landed.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("two", 2.0, "gliders")]
    found = quantities(nlp, "They rented two three-room flats near gate five oh two.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("two", 2.0, "flats")]

def test_counts_after_each_or_every_are_the_terms_of_an_exchange(nlp):
    # fourth pass (TimeBank kinds): "for each three shares" was dropped as a known set ("the three shares")
    found = quantities(nlp, "Holders will receive one right for each four shares they own.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("one", 1.0, "right"), ("four", 4.0, "shares")]
    found = quantities(nlp, "Members may buy three new units for every seven units held.")
    assert [(q.value, q.unit) for q in found] == [(3.0, "units"), (7.0, "units")]


def test_a_multiple_of_what_a_possessive_owns_is_a_ratio(nlp):
    # fourth pass (TimeBank kinds): "about 1.65 times Deseret's book value" was a bare count of 1.65
    q = only(nlp, "The bid values the lender at about 2.4 times Norvik's book value.")
    assert (q.span.text, q.value, q.unit, q.qualifier) == ("about 2.4 times", 2.4, "ratio", "approximately")
    q = only(nlp, "The new terminal is four times its predecessor.")
    assert (q.value, q.unit) == (4.0, "ratio")


def test_or_more_and_or_fewer_after_a_figure_are_bounds(nlp):
    # fourth pass (TimeBank kinds): "the $600 million or more cost" was exact, and "or fewer" went into the noun
    q = only(nlp, "The new terminal will cost $450 million or more.")
    assert (q.span.text, q.value, q.unit, q.qualifier) == ("$450 million or more", 4.5e8, "USD", "at_least")
    q = only(nlp, "Towns with 20 or fewer shops lose the grant.")
    assert (q.span.text, q.value, q.unit, q.qualifier, q.measures) == ("20 or fewer", 20.0, "shops", "at_most", "shops")
    q = only(nlp, "Her share could climb to 35% or more next year.")
    assert (q.value, q.qualifier) == (35.0, "at_least")


def test_a_range_whose_ends_are_written_differently_is_one_range(nlp):
    # fourth pass (TimeBank kinds): the country written at the first end only, the rate after the second end only
    found = quantities(nlp, "The placement should raise 90 million Canadian dollars (US$76.5 million to $78 million).")
    assert [(q.value, q.value_high, q.unit) for q in found][-1] == (76.5e6, 78e6, "USD")
    found = quantities(nlp, "Brokers expect a profit of 40 cents to 45 cents a share.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in found] == [("40 cents to 45 cents a share", 0.4, 0.45, "USD/share")]
    found = quantities(nlp, "The stock rose 40 cents to 45 cents a share.")
    assert [(q.value, q.value_high) for q in found] == [(0.4, None), (0.45, None)]


def test_a_decimal_spelled_as_broadcasts_say_it(nlp):
    # fourth pass (TimeBank transcripts): "a one point six billion dollar plan" was six billion dollars
    q = only(nlp, "The carrier unveiled a two point four billion dollar savings plan.")
    assert (q.span.text, q.value, q.unit) == ("two point four billion dollar", 2.4e9, "USD")
    q = only(nlp, "Inflation eased to three point oh five percent in May.")
    assert (q.value, q.unit) == (3.05, "percent")
    assert quantities(nlp, "At one point, the talks nearly collapsed.") == ()


def test_a_day_of_a_date_opens_no_range_with_an_amount_after_it(nlp):
    # fourth pass (TimeBank kinds): "ended Sept. 30 to $747.8 million" was a range from 30 million, then dropped as a date
    found = quantities(nlp, "Revenue rose in the half ended June 30 to $412.6 million from $388.1 million.")
    assert [(q.span.text, q.value, q.value_high) for q in found] == [("$412.6 million", 412.6e6, None), ("$388.1 million", 388.1e6, None)]


def test_a_whole_price_move_and_its_level_without_a_unit(nlp):
    # fourth pass (TimeBank kinds): London price copy, "British Petroleum fell 5 to 286", moves in whole pence
    found = quantities(nlp, "Among the banks, Lorne Holdings fell 7 to 312 and Barrow Trust added 3 to 158 on light volume.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("7", 7.0, "count"), ("312", 312.0, "count"), ("3", 3.0, "count"), ("158", 158.0, "count")]
    assert quantities(nlp, "The home side gained 3 to 2 in the replay.") == ()


def test_francs_alone_follow_the_country_the_document_names_most(nlp):
    # fourth pass (TimeBank kinds): a French company's "4.7 billion francs" was Swiss francs, no "French francs" written
    text = "The French retailer said its profit would reach 2.1 billion francs, a French record, up from 1.8 billion francs."
    assert [q.unit for q in quantities(nlp, text)] == ["FRF", "FRF"]
    assert [q.unit for q in quantities(nlp, "The bank earned 300 million francs last year.")] == ["francs"]  # no country


def test_marks_with_a_conversion_in_brackets_are_money(nlp):
    # fourth pass (TimeBank kinds): marks with a dollar conversion in brackets after them were counted marks
    found = quantities(nlp, "The penalty will cost the party about 84,000 marks (dlrs 47,000), officials said.")
    assert [(q.value, q.unit) for q in found] == [(84000.0, "DEM"), (47000.0, "USD")]
    assert [q.unit for q in quantities(nlp, "She scored 90 marks (out of 100) in the test.")][0] == "marks"


def test_a_participle_of_forecasting_is_no_counted_noun(nlp):
    # fourth pass (TimeBank kinds): "the 235,000 forecast by economists" counted forecasts, not the jobs before
    found = quantities(nlp, "Employers added 301,000 jobs in May, far above the 220,000 forecast by analysts.")
    assert [(q.value, q.unit) for q in found] == [(301000.0, "jobs"), (220000.0, "jobs")]


def test_a_figure_before_outstanding_counts_the_shares_counted_before(nlp):
    # fourth pass (TimeBank kinds): a figure before "outstanding" with its noun left out was a bare count
    found = quantities(nlp, "It will buy back up to 2 million of its shares, or 8% of the 12.5 million outstanding.")
    assert [(q.value, q.unit) for q in found] == [(2e6, "shares"), (8.0, "percent"), (12.5e6, "shares")]


def test_the_remaining_figure_counts_the_group_before_in_a_clause_of_its_own(nlp):
    # lead of the twenty-seventh pass: "the remaining" with a verb of its own dropped the figure
    found = quantities(nlp, "The militia released 14 fishermen. The remaining 9 are still held on the island.")
    assert [(q.value, q.unit) for q in found] == [(14.0, "fishermen"), (9.0, "fishermen")]
    found = quantities(nlp, "Of the 60 places, the remaining 18 went to late applicants.")
    assert [(q.value, q.unit) for q in found] == [(60.0, "places"), (18.0, "places")]


# fifth pass, 2026-12-06: ranks written "No.", ranges around a conversion, ranges of an estimated change, ages, topics


def test_a_rank_written_no_and_a_number_is_a_rank_not_a_count(nlp):
    q = only(nlp, "The No. 2 engineer at the shipyard quit on Friday.")
    assert (q.value, q.unit, q.span.text, q.measures) == (2.0, "rank", "No. 2", "engineer at the shipyard")
    q = only(nlp, "Orlen remains the No. 1 Polish refiner by sales.")
    assert (q.value, q.unit, q.span.text) == (1.0, "rank", "No. 1")
    q = only(nlp, "The league's No. 4, a tall striker, signed again.")
    assert (q.value, q.unit) == (4.0, "rank")


def test_a_number_after_a_named_no_is_no_rank(nlp):
    assert quantities(nlp, "Ordinance No. 7 was repealed in the spring.") == ()
    assert quantities(nlp, "The office sits at No. 12 Harbour Row.") == ()


def test_a_conversion_in_brackets_inside_a_range_keeps_its_own_span(nlp):
    found = quantities(nlp, "The mill was valued at between £120 million ($190 million) and £150 million.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in found] == [
        ("£120 million", 120e6, 150e6, "GBP"),
        ("$190 million", 190e6, None, "USD"),
    ]
    assert found[0].span.end <= found[1].span.start
    found = quantities(nlp, "Tickets ran from €40 ($44) to €60.")
    assert [(q.span.text, q.value, q.value_high) for q in found] == [("€40", 40.0, 60.0), ("$44", 44.0, None)]


def test_two_figures_after_by_in_an_estimate_are_a_range_of_the_change(nlp):
    q = only(nlp, "The utility will trim spending by $6 million to $8 million next year.")
    assert (q.span.text, q.value, q.value_high, q.qualifier) == ("$6 million to $8 million", 6e6, 8e6, "range")
    found = quantities(nlp, "Operating profit fell by $2.5 million to $3.9 million.")
    assert [(q.span.text, q.value_high) for q in found] == [("$2.5 million", None), ("$3.9 million", None)]
    # an estimate moves by an uncertain amount in the past tense too; a realized change stays a change and a level
    q = only(nlp, "The brewer lifted its sales outlook by €20 million to €30 million on Tuesday.")
    assert (q.span.text, q.value, q.value_high, q.unit, q.measures) == ("€20 million to €30 million", 20e6, 30e6, "EUR", "its sales outlook")
    found = quantities(nlp, "The brewer lifted its sales outlook by €20 million to €900 million.")
    assert [q.value_high for q in found] == [None, None]


def test_ages_opened_by_being_or_in_a_relative_clause_and_whose_age(nlp):
    q = only(nlp, "Being 63, the driver wanted a shorter route.")
    assert (q.value, q.unit, q.display_unit, q.measures) == (63.0, "years", "age", "driver")
    q = only(nlp, "The judge, who at 58 is the youngest on the bench, wrote the ruling.")
    assert (q.value, q.unit, q.display_unit, q.measures) == (58.0, "years", "age", "judge")
    q = only(nlp, "The trawler's captain, aged 52, was rescued at dawn.")
    assert (q.value, q.display_unit, q.measures) == (52.0, "age", "trawler's captain")
    q = only(nlp, "Tomas Varga, aged 39, was arrested on Monday.")
    assert (q.value, q.display_unit, q.measures) == (39.0, "age", "Tomas Varga")
    q = quantities(nlp, "The mayor carried 70 percent of residents over 65 in the district.")[1]
    assert (q.span.text, q.display_unit, q.measures) == ("over 65", "age", "residents")
    q = only(nlp, "Lena Ortiz, 44, of Tucson, runs a bakery.")
    assert (q.value, q.display_unit, q.measures, q.topic.text) == (44.0, "age", "Lena Ortiz", "Lena Ortiz")


def test_a_figure_set_off_inside_the_subject_describes_the_subject(nlp):
    q = quantities(nlp, "Renata, red-haired and 5-foot-9, has won two titles.")[0]
    assert (q.span.text, q.unit, q.measures, q.topic.text) == ("5-foot-9", "m", "Renata", "Renata")
    q = only(nlp, "Organisers said 4,000 nurses marched on Sunday.")
    assert (q.value, q.measures, q.topic.text) == (4000.0, "nurses", "nurses")


def test_a_measured_phrase_ends_before_spaces_and_a_relative_clause(nlp):
    q = only(nlp, "The alliance took 31 seats   in the south.")
    assert (q.measures, q.topic.text) == ("seats", "seats")
    q = only(nlp, "Four governors who have run big cities spoke.")
    assert (q.measures, q.topic.text) == ("governors", "governors")


def test_flight_numbers_and_altitudes(nlp):
    assert quantities(nlp, "Flight 417 landed safely after the storm.") == ()
    assert quantities(nlp, "Investigators replayed the tapes of the night Flight six hundred went down.") == ()
    q = only(nlp, "The airliner was cruising at 33,000 feet over the sea.")
    assert (q.value, q.unit, q.display_unit) == (pytest.approx(10058.4), "m", "feet")


# sixth pass, 2026-12-06 (issue 10): kinds read on PolNeAR train articles outside the check part and the draws;
# every sentence below is invented


def test_a_change_after_by_counts_the_noun_of_the_level_after_to(nlp):
    change, level = quantities(nlp, "The mill would cut its payroll by 350 to 2,650 workers next spring.")
    assert (change.span.text, change.value, change.unit, change.measures) == ("350", 350.0, "workers", "workers")
    assert (level.span.text, level.value, level.unit) == ("2,650", 2650.0, "workers")
    change, level = quantities(nlp, "Enrolment at the college is up 120 to 1,480 students.")
    assert (change.value, change.unit, change.value_high, level.value, level.unit) == (120.0, "students", None, 1480.0, "students")
    # a "by" that names who acted stays one range
    (q,) = quantities(nlp, "The draft was read by 6 to 9 lawyers.")
    assert (q.span.text, q.value, q.value_high, q.unit) == ("6 to 9", 6.0, 9.0, "lawyers")


def test_currency_signs_of_the_currencies_the_euro_replaced(nlp):
    q = only(nlp, "The Bonn utility booked a loss of DM340 million in the year.")
    assert (q.span.text, q.value, q.unit) == ("DM340 million", 3.4e8, "DEM")
    q = only(nlp, "Its Lyon plant cost FFr 1.2bn to build.")
    assert (q.span.text, q.value, q.unit) == ("FFr 1.2bn", 1.2e9, "FRF")
    q = only(nlp, "The Zurich insurer set aside SFr85m for claims.")
    assert (q.span.text, q.value, q.unit) == ("SFr85m", 8.5e7, "CHF")
    q = only(nlp, "The tender was worth Dfl 640 million to the yard.")
    assert (q.span.text, q.value, q.unit) == ("Dfl 640 million", 6.4e8, "NLG")
    # "Fr" names a franc without its country: the document's own French franc, else francs of no known country
    q = only(nlp, "The Paris retailer, a French chain, earned Fr 2.4 billion.")
    assert (q.span.text, q.value, q.unit) == ("Fr 2.4 billion", 2.4e9, "FRF")
    q = only(nlp, "The group earned Fr 2.4 billion.")
    assert (q.span.text, q.unit) == ("Fr 2.4 billion", "francs")  # no country in sight
    # no sign before a lone digit, a postcode, or a priest's title
    assert quantities(nlp, "Mail it to Ocala, Fl 34470 by Friday.") == ()
    assert quantities(nlp, "Fr. Murphy blessed the new hall.") == ()


def test_a_country_after_a_dollar_amount_names_its_currency(nlp):
    q = only(nlp, "The miner's shares ended at $14 Canadian.")
    assert (q.span.text, q.value, q.unit) == ("$14 Canadian", 14.0, "CAD")
    q = only(nlp, "A night there costs 90 dollars Australian, breakfast included.")
    assert (q.span.text, q.value, q.unit) == ("90 dollars Australian", 90.0, "AUD")
    q = only(nlp, "The bank raised $3 billion Hong Kong in the sale.")
    assert (q.span.text, q.unit) == ("$3 billion Hong Kong", "HKD")
    # a country adjective before a noun the amount modifies is no currency
    q = only(nlp, "The province paid $2 million Canadian builders last year.")
    assert (q.span.text, q.unit) == ("$2 million", "USD")


def test_an_amount_of_a_noun_measures_the_noun_not_who_has_it(nlp):
    q = only(nlp, "Ortega sat through nine hours of talks with the envoys.")
    assert (q.value, q.unit, q.measures) == (9.0, "hours", "talks with the envoys")
    q = only(nlp, "The governor released $40 million in emergency grants to farmers.")
    assert (q.value, q.unit, q.measures, q.topic.text) == (4e7, "USD", "emergency grants", "emergency grants")
    q = only(nlp, "Bellweather Corp has $9 million in cash.")
    assert (q.measures, q.topic.text) == ("cash", "cash")
    # "in" before a place, a month or a determiner says where, when, or in what it is kept
    assert [q.measures for q in quantities(nlp, "Lopez raised $3 million in Nevada.")] != ["Nevada"]
    assert [q.measures for q in quantities(nlp, "The fund kept $6 million in the vault.")] != ["vault"]
    q = only(nlp, "The town marks the 40th anniversary of its charter.")
    assert q.measures != "charter"


def test_a_measured_phrase_holds_no_other_figure(nlp):
    first, second = quantities(nlp, "Analysts found that three of the 12 regulators were lenient.")
    assert (first.value, first.unit, first.measures) == (3.0, "regulators", "regulators")
    q = quantities(nlp, "The union won five of the seven board seats.")[0]
    assert (q.value, q.measures) == (5.0, "board seats")
    first, second = quantities(nlp, "The twins built audiences of more than 12 million and 9 million, respectively.")
    assert (second.value, second.measures) == (9e6, "audiences")
    q = only(nlp, "As many as 11 first-team players left the club.")
    assert q.measures == "first-team players"


def test_a_count_that_leaves_out_an_earlier_noun_measures_that_noun(nlp):
    first, second, third = quantities(nlp, "Delegates will cast 37 votes for Ames, 12 for Bell and 9 for Cole.")
    assert [(q.value, q.unit, q.measures) for q in (first, second, third)] == [
        (37.0, "votes", "votes"),
        (12.0, "votes", "votes"),
        (9.0, "votes", "votes"),
    ]


def test_a_number_the_subject_employs_counts_people_of_the_subject(nlp):
    q = only(nlp, "Halvorsen Marine employs 2,300 at its shipyards.")
    assert (q.value, q.unit, q.measures) == (2300.0, "people", "Halvorsen Marine")
    q = only(nlp, "The bakery chain will hire about 450 this spring.")
    assert (q.value, q.unit, q.measures) == (450.0, "people", "bakery chain")
    q = only(nlp, "The bakery chain will hire 450 drivers.")
    assert (q.unit, q.measures) == ("drivers", "drivers")


def test_a_share_after_another_share_has_no_measured_phrase_of_that_figure(nlp):
    first, second = quantities(nlp, "She trails him by 38.5 percent to 33 percent in the tally.")
    assert (second.value, second.unit, second.measures) == (33.0, "percent", None)
    q = quantities(nlp, "The chamber has passed only three bills with more than 70% support.")[0]
    assert (q.value, q.measures) == (3.0, "bills")


def test_a_death_toll_and_the_number_of_the_hurt_count_people(nlp):
    q = only(nlp, "Officials raised the death toll from the landslide to 143.")
    assert (q.value, q.unit, q.measures) == (143.0, "people", "death toll")
    q = only(nlp, "The number of wounded still in hospital stands at 58.")
    assert (q.value, q.unit) == (58.0, "people")
    q = only(nlp, "A group 6,000 strong marched on the capital.")
    assert (q.value, q.unit, q.measures) == (6000.0, "people", "group")


def test_a_share_left_out_after_a_name_and_the_same_preposition(nlp):
    found = quantities(nlp, "Okafor led with 41 percent, followed by Lund at 27 percent and Reyes at 16.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [
        ("41 percent", 41.0, "percent"),
        ("27 percent", 27.0, "percent"),
        ("16", 16.0, "percent"),
    ]


def test_an_amount_of_a_long_noun_phrase(nlp):
    q = only(nlp, "The mayor praised the streak of 30 months of small-business job growth.")
    assert (q.value, q.unit, q.measures) == (30.0, "months", "small-business job growth")


def test_a_change_and_its_level_with_the_currency_or_unit_after_the_level(nlp):
    change, level = quantities(nlp, "Turnover grew by 150 million to 2.7 billion euros.")
    assert (change.span.text, change.value, change.unit, change.value_high) == ("150 million", 1.5e8, "EUR", None)
    assert (level.span.text, level.value, level.unit) == ("2.7 billion euros", 2.7e9, "EUR")
    change, level = quantities(nlp, "The smelter cut output by 20,000 to 900,000 tonnes.")
    assert (change.value, change.unit, level.value, level.unit) == (2e7, "kg", 9e8, "kg")
    # ends alike after "by" are a range of the change
    (q,) = quantities(nlp, "Costs rose by 2 to 3 billion euros.")
    assert (q.value, q.value_high, q.unit) == (2e9, 3e9, "EUR")


def test_a_measured_phrase_keeps_a_hyphened_number_and_an_age_bracket(nlp):
    q = quantities(nlp, "Nearly 300 9-hole courses were sold last year.")[0]
    assert (q.value, q.measures) == (300.0, "9-hole courses")
    share, amount = quantities(nlp, "Two-thirds of the $84 million raised by the group went to television.")
    assert (share.measures, amount.measures) == (None, "Two-thirds")


def test_a_cut_measured_phrase_keeps_no_sign_and_no_name_s_number(nlp):
    first, second, third = quantities(nlp, "Sales reached $2.2 billion, a 31% rise from $1.68 billion.")
    assert (second.measures, third.measures) == ("rise", "rise")
    q = quantities(nlp, "The airline reported a third-quarter loss of $40.2 million, or $3.15 a share.")[1]
    assert q.measures == "third-quarter loss"
    q = quantities(nlp, "The Valdor 50 Index, which slid 2.1%, ended at 611.2.")[0]
    assert q.measures == "Valdor 50 Index"
    q = only(nlp, "Vance shares closed at $18.25 in composite trading.")
    assert q.measures != "composite trading"


# qt2, sixth pass, 2026-12-06: a share in a list whose verb is said once is the share of the name before it
def test_a_gapped_share_measures_the_name_before_it(nlp):
    text = "In the mock ballot Osric Lund took 44 percent, Ana Reyes 31 percent and Tomas Varga 9 percent."
    found = [(q.span.text, q.measures, q.topic.text, text[q.topic.start : q.topic.end]) for q in quantities(nlp, text)]
    assert found[1:] == [("31 percent", "Ana Reyes", "Ana Reyes", "Ana Reyes"), ("9 percent", "Tomas Varga", "Tomas Varga", "Tomas Varga")]
    found = [(q.span.text, q.measures) for q in quantities(nlp, "Lund needs 52% of the ballots left, Reyes 58% and Varga 71%.")]
    assert found[1:] == [("58%", "Reyes"), ("71%", "Varga")]


# seventh pass, 2026-12-06: what a figure measures (sentences invented)


def _measured(q):
    return (q.span.text, q.value, q.unit, q.measures, q.topic.text if q.topic else None)


def test_a_bare_toll_counts_the_dead(nlp):
    q = only(nlp, "The toll from the mudslide rose to 61 on Friday.")
    assert _measured(q) == ("61", 61.0, "people", "toll from the mudslide", "toll from the mudslide")
    fare = only(nlp, "The toll on the new causeway rose to $6.")
    assert (fare.span.text, fare.value, fare.unit) == ("$6", 6.0, "USD")


def test_a_margin_in_points_measures_the_leader(nlp):
    q = only(nlp, "Okafor leads Brannick by 5 points in the Ballotwise average.")
    assert _measured(q) == ("5", 5.0, "points", "Okafor leads", "Okafor")
    q = only(nlp, "Surveys show Ferris up by 9 points among women.")
    assert _measured(q) == ("9", 9.0, "points", "Ferris", "Ferris")
    q = only(nlp, "Lindqvist suffered an 18-point defeat in the primary.")
    assert _measured(q) == ("18", 18.0, "point", "defeat in the primary", "defeat in the primary")


def test_a_level_put_at_a_figure_is_the_objects(nlp):
    q = only(nlp, "The Ballotwise tracker, which averages all public surveys, puts the mayor's approval at 47 percent.")
    assert _measured(q) == ("47 percent", 47.0, "percent", "mayor's approval", "mayor's approval")


def test_a_figure_in_a_relative_clause_measures_its_owner(nlp):
    q = only(nlp, "Dana Pruitt, who runs a bakery and gave $1,800 to the campaign, was interviewed.")
    assert _measured(q) == ("$1,800", 1800.0, "USD", "Dana Pruitt", "Dana Pruitt")
    _, q = quantities(nlp, "The levy would hit some 90,000 households, who are on course to pass $3 trillion to their children.")
    assert _measured(q) == ("$3 trillion", 3e12, "USD", "households", "households")
    q = only(nlp, "The mill, which employs 650 people, will shut in June.")
    assert _measured(q) == ("650", 650.0, "people", "mill", "mill")


def test_a_share_of_a_group_as_subject_measures_the_group(nlp):
    q = only(nlp, "Only 31 percent of parents said the plan would help.")
    assert _measured(q) == ("31 percent", 31.0, "percent", "parents", "parents")


def test_the_second_side_of_a_pair_is_the_other_sides(nlp):
    first, second = quantities(nlp, "Okafor won 58 percent of rural voters to Brannick's 39 percent.")
    assert _measured(first)[:3] == ("58 percent", 58.0, "percent") and first.topic.text == "Okafor"
    assert _measured(second) == ("39 percent", 39.0, "percent", "Brannick", "Brannick")
    _, second = quantities(nlp, "A new survey found that Okafor would beat Brannick 47 to 42 percent.")
    assert _measured(second) == ("42 percent", 42.0, "percent", "Brannick", "Brannick")
    _, second = quantities(nlp, "Okafor holds 702 delegates to Ferris' 515 so far.")
    assert _measured(second) == ("515", 515.0, "delegates", "Ferris", "Ferris")


def test_a_conversion_measures_what_the_first_figure_measures(nlp):
    miles, km = quantities(nlp, "The causeway runs 12 miles (19 km) across the bay.")
    assert _measured(km) == ("19 km", 19000.0, "m", "causeway", "causeway") and miles.measures_span == km.measures_span
    pounds, dollars = quantities(nlp, "The prize of 2 million pounds ($2.6 million) went unclaimed.")
    assert _measured(dollars) == ("$2.6 million", 2.6e6, "USD", "prize", "prize") and pounds.measures == "prize"


def test_a_who_clause_on_a_place_measures_the_person_up_the_chain(nlp):
    q = only(nlp, "Ann Roe, a nurse in Dayton, who gave $500 to the campaign, spoke.")
    assert _measured(q) == ("$500", 500.0, "USD", "nurse in Dayton", "nurse in Dayton")
    # a participle the parser joins to a relative clause's verb is no second verb of the clause
    q = only(nlp, "What about mocking the budget hawks who dominate the old consensus and borrowing $2 trillion to rebuild bridges?")
    assert (q.span.text, q.value, q.measures) == ("$2 trillion", 2e12, None)


def test_a_share_for_a_name_is_the_names(nlp):
    first, second = quantities(nlp, "Okafor got 45 percent, with 40 percent for Sen. Dana Brannick.")
    assert first.topic.text == "Okafor"
    assert _measured(second) == ("40 percent", 40.0, "percent", "Sen. Dana Brannick", "Sen. Dana Brannick")
    _, second = quantities(nlp, "In the survey, 52 percent of those asked backed Okafor, versus 39 percent for Brannick.")
    assert _measured(second) == ("39 percent", 39.0, "percent", "Brannick", "Brannick")


def test_a_conversion_shares_the_phrase_either_figure_has(nlp):
    pounds, dollars = quantities(nlp, "It was only the second use since the £1.8 billion ($2.9 billion) takeover of Norvale PLC.")
    assert (pounds.span.text, pounds.measures) == ("£1.8 billion", "takeover of Norvale PLC")
    assert (dollars.span.text, dollars.measures) == ("$2.9 billion", "takeover of Norvale PLC")
    cad, usd = quantities(nlp, "Tarvo said it would raise 210 million Canadian dollars (US$180 million) this year.")
    assert usd.span.text == "US$180 million" and usd.measures != "Canadian dollars" and usd.measures == cad.measures


def test_a_which_clause_after_a_place_measures_the_thing_before_it(nlp):
    q = only(nlp, "The sale includes a bottling plant in Cedar Falls, Iowa, which employs about 450 workers.")
    assert _measured(q) == ("about 450", 450.0, "workers", "bottling plant in Cedar Falls", "bottling plant in Cedar Falls")


# eighth pass, 2026-12-06: margins, pairs and respondents (sentences invented)


def test_a_margin_with_a_pronoun_subject_measures_the_pronoun_and_its_verb(nlp):
    q = only(nlp, "She trails the governor by 12 points in the newest tracking poll.")
    assert _measured(q)[:4] == ("12", 12.0, "points", "She trails")
    q = only(nlp, "Pell Harrow, who trails by 6 points, spoke first.")
    assert (q.span.text, q.measures) == ("6", "Pell Harrow")


def test_a_bare_margin_after_leading_by_is_in_points(nlp):
    q = only(nlp, "He leads by 9 among older voters.")
    assert _measured(q)[:4] == ("9", 9.0, "points", "He leads")
    q = only(nlp, "Okafor is ahead by 3 in the county.")
    assert (q.span.text, q.value, q.unit) == ("3", 3.0, "points")
    # a passive "led by" names who led, and other verbs of winning keep their own units
    assert quantities(nlp, "The delegation was led by 3 of the ministers.") == [] or all(
        q.unit != "points" for q in quantities(nlp, "The delegation was led by 3 of the ministers.")
    )
    assert all(q.unit != "points" for q in quantities(nlp, "The visitors won by 2 in extra time."))


def test_shares_restated_after_a_margin_are_the_leaders_and_the_other_sides(nlp):
    margin, lead, other = quantities(nlp, "She leads among retirees by 9 points, 51% to 42%.")
    assert (margin.measures, lead.span.text, lead.measures) == ("She leads", "51%", "She leads")
    assert (other.span.text, other.measures) == ("42%", None)
    _, lead, other = quantities(nlp, "Okafor leads Brannick by seven points, 48 percent to 41 percent, among men.")
    assert (lead.topic.text, other.measures) == ("Okafor", "Brannick")


def test_a_bare_count_after_to_a_name_s_is_the_other_side_s(nlp):
    first, second = quantities(nlp, "After the caucuses Tamsin Vell has 1,412 to Arlo Pike's 1,096.")
    assert (first.span.text, second.span.text, second.value, second.unit, second.measures) == ("1,412", "1,096", 1096.0, "count", "Arlo Pike")
    _, second = quantities(nlp, "Vell won 2,310 ballots, to Pike's 1,987.")
    assert (second.span.text, second.unit, second.measures) == ("1,987", "ballots", "Pike")


def test_a_share_that_says_something_measures_the_respondents(nlp):
    count, share = quantities(nlp, "The canvass reached 900 nurses across the region. Only 21 percent said staffing was adequate.")
    assert (count.measures, share.span.text, share.measures) == ("nurses", "21 percent", "nurses")
    (share,) = quantities(nlp, "A survey of retired teachers was released Monday. About 58 percent want the pension law changed.")
    assert (share.span.text, share.measures) == ("About 58 percent", "retired teachers")
    # no people named nearby: nothing rather than a guess; a price's share is no respondent's
    assert only(nlp, "Only 21 percent said staffing was adequate.").measures is None
    _, share = quantities(nlp, "The stock slid 4 percent. Roughly 30 percent said they would sell.")
    assert share.measures is None


def test_a_price_a_common_share_or_in_cash_a_share_is_per_share(nlp):
    # invented (eighth pass; the kind seen in TimeBank): the kind of share or the payment between the amount and "a share"
    q = only(nlp, "Holders of the notes may convert them at $11.20 a common share.")
    assert (q.span.text, q.value, q.unit) == ("$11.20 a common share", 11.2, "USD/share")
    q = only(nlp, "Stockholders of the bank will get $16 in cash a share under the pact.")
    assert (q.span.text, q.value, q.unit) == ("$16 in cash a share", 16.0, "USD/share")


def test_one_another_counts_nothing(nlp):
    assert [q.span.text for q in quantities(nlp, "Rival militias kept killing one another in the hills.")] == []
    assert [q.span.text for q in quantities(nlp, "The teams praised one another's coaches.")] == []


def test_a_figure_after_the_verb_number_is_the_subject_s_size(nlp):
    q = only(nlp, "The strikers numbered about 3,500 by the second day.")
    assert (q.span.text, q.value, q.unit, q.measures) == ("about 3,500", 3500.0, "strikers", "strikers")
    q = only(nlp, "A crowd numbering more than 900 waited at the gate.")
    assert (q.value, q.unit, q.measures) == (900.0, "people", "crowd")
    # a pronoun subject: a count, not the subject of the clause before
    q = quantities(nlp, "The navy sent more sailors to the port, and they now number some 12,000.")[-1]
    assert (q.value, q.unit, q.measures) == (12000.0, "count", None)


def test_the_second_share_after_a_margin_is_the_beaten_side_s(nlp):
    # invented: the share pair in brackets after "by N points"; the margin's verb names whom it beat or led
    _, lead, other = quantities(nlp, "Kerr beat the mayor of Eastvale by 23 points (61 percent to 38 percent) on Tuesday.")
    assert (lead.topic.text, other.span.text, other.measures) == ("Kerr", "38 percent", "mayor of Eastvale")
    _, lead, other = quantities(nlp, "The Ridgeway survey has Kerr leading Pike by only five points (47 percent to 42 percent).")
    assert (lead.topic.text, other.measures) == ("Kerr", "Pike")


def test_a_share_that_blames_measures_the_respondents(nlp):
    _, second = quantities(nlp, "While 37 percent of adults say the plan is fair, 39 percent blame the council.")
    assert (second.span.text, second.measures) == ("39 percent", "adults")


def test_margins_listed_after_by_share_the_first_margin_s_unit_and_leader(nlp):
    # invented (ninth pass): the verb of leading or winning said once, each later "by N" a margin of the same leader
    found = quantities(nlp, "Ostrow led in Vermont by 8 points, in Oregon by 5 and in Idaho by 3.")
    assert [(q.span.text, q.value, q.unit, q.measures) for q in found] == [
        ("8", 8.0, "points", "Ostrow led"), ("5", 5.0, "points", "Ostrow led"), ("3", 3.0, "points", "Ostrow led")]
    first, second = quantities(nlp, "Ostrow carried Delta County by 12 percentage points and Pine County by 7.")
    assert (second.span.text, second.value, second.unit, second.measures) == ("7", 7.0, "percentage_point", first.measures)
    first, later = quantities(nlp, "Ostrow trails Keane by 9 points among men and by 14 among retirees.")
    assert first.measures.startswith("Ostrow")
    assert (later.value, later.unit, later.measures) == (14.0, "points", first.measures)
    # the beaten side named again with its own "points", a spelled margin, a year between: still the leader's margin
    first, second = quantities(nlp, "Ostrow leads Keane by six points in Ohio, and Pell by four points.")[:2]
    assert (second.span.text, second.value, second.measures) == ("four", 4.0, first.measures)
    first, second = quantities(nlp, "Ostrow beat Keane by 12 points in 2012 and by 9 in 2016.")
    assert (second.span.text, second.unit, second.measures) == ("9", "points", first.measures)
    # a verb between: another figure of another kind, not the margin's
    assert [q.span.text for q in quantities(nlp, "Ostrow leads by 9 points, but turnout rose by 4 in the city.")] == ["9"]


def test_a_price_in_pence_or_cents_measures_the_shares_not_its_unit_word(nlp):
    # invented (ninth pass): the subunit word is the price's unit, so the phrase is the subject of the move
    move, level = quantities(nlp, "Brackwell shares rose 14 pence to 322 pence on Friday.")
    assert (move.span.text, move.value, move.unit, move.display_unit, move.measures) == ("14 pence", 0.14, "GBP", "pence", "Brackwell shares")
    assert (level.value, level.unit, level.measures) == (3.22, "GBP", "Brackwell shares")
    move, level = quantities(nlp, "Its stock closed up 35 cents at $19.60 in heavy trading.")
    assert (move.span.text, move.value, move.unit, move.measures) == ("35 cents", 0.35, "USD", "Its stock")
    assert (level.value, level.unit, level.measures) == (19.6, "USD", "Its stock")
    move, _ = quantities(nlp, "Fennick shares were down 9 cents at $4.02.")
    assert (move.value, move.measures) == (0.09, "Fennick shares")


def test_an_index_move_in_points_measures_the_index(nlp):
    # invented (ninth pass, the kind seen in TimeBank): "points" is the index's unit, not what it measures
    move, level = quantities(nlp, "The composite index rose 14 points to 2,310 on Monday.")
    assert (move.value, move.unit, move.measures) == (14.0, "points", "composite index")
    assert (level.value, level.unit) == (2310.0, "points")


def test_a_participle_before_the_counted_noun_keeps_the_other_side_s_count(nlp):
    # invented (ninth pass): the parser takes "pledged" for the figure's verb; the noun and the other side's count stay
    first, second = quantities(nlp, "Marrow had 1,480 pledged delegates to Quill's 915.")
    assert (first.value, first.unit, first.measures) == (1480.0, "delegates", "pledged delegates")
    assert (second.span.text, second.value, second.unit, second.measures) == ("915", 915.0, "delegates", "Quill")
    _, second = quantities(nlp, "Marrow has 1,480 elected delegates to Quill's 915.")
    assert (second.value, second.unit, second.measures) == (915.0, "delegates", "Quill")


def test_an_object_moved_up_or_down_is_what_the_figures_measure(nlp):
    # invented (ninth pass, the kind seen in TimeBank): "pushing X up N points", "sent X down N pence"
    move, level = quantities(nlp, "Buying swept the market, pushing the composite index up 31.6 points, to 2,904.1.")
    assert (move.value, move.unit, move.measures) == (31.6, "points", "composite index")
    assert (level.value, level.measures) == (2904.1, "composite index")
    move, level = quantities(nlp, "The warning sent Corrin shares down 22 pence to 181 pence.")
    assert (move.value, move.unit, move.measures, level.value) == (0.22, "GBP", "Corrin shares", 1.81)
    # the points an index shed are no object moved down: the share after "down" is the index's, not "points"
    *_, share = quantities(nlp, "The Alder 50 index shed 31.2 points to end at 1,460.5, down 2.1% on the week.")
    assert (share.value, share.unit) == (2.1, "percent") and share.measures != "points"


def test_a_verb_of_change_and_its_object_before_two_amounts_give_a_change_and_a_level(nlp):
    # invented (ninth pass, the kind seen in TimeBank): not the range "5 cents to 40 cents"
    move, level = quantities(nlp, "Tolvar raised its quarterly dividend 6 cents to 41 cents a share.")
    assert (move.span.text, move.value, move.value_high, move.unit) == ("6 cents", 0.06, None, "USD")
    assert (level.span.text, level.value, level.unit) == ("41 cents a share", 0.41, "USD/share")
    move, level = quantities(nlp, "The bidder increased the offer $3 to $52 a share.")
    assert (move.value, move.value_high, level.value, level.unit) == (3.0, None, 52.0, "USD/share")
    # a range the verb moves something to, or a range with no verb of change, stays one range
    q = only(nlp, "Tolvar raised its forecast to $1.10 to $1.25 a share.")
    assert (q.value, q.value_high, q.unit) == (1.1, 1.25, "USD/share")
    q = only(nlp, "Tickets ranged 50 cents to 90 cents.")
    assert (q.value, q.value_high, q.qualifier) == (0.5, 0.9, "range")


def test_a_bare_figure_a_verb_of_change_moves_a_plural_to_counts_that_plural(nlp):
    # invented (ninth pass, the kind seen in TimeBank): the noun before "to", not a bare count
    q = only(nlp, "The swap will bring the bank's total shares outstanding to 61.5 million.")
    assert (q.value, q.unit, q.measures) == (61.5e6, "shares", "bank's total shares outstanding")
    q = only(nlp, "The ministry will raise its troops in the province to 2,400.")
    assert (q.value, q.unit) == (2400.0, "troops")
    # a measure's level is no count of it
    assert [q.unit for q in quantities(nlp, "Acme raised its prices to 500.")] == []


@pytest.mark.parametrize(
    "text, second, value, unit",
    [
        ("Quarterly profit at the miner was C$63.4 million, compared with C$51.9 a year earlier.", "C$51.9", 51.9e6, "CAD"),
        ("The retailer reported revenue of $2.3 billion, up from 2.1 in the prior year.", "2.1", 2.1e9, "USD"),
        ("Net loss widened to 14.5 million euros versus 9.8 in the first half.", "9.8", 9.8e6, "EUR"),
        ("Group sales reached £3.4bn, against £3.1 in the previous year.", "£3.1", 3.1e9, "GBP"),
        ("Operating income fell to $810 million from 920 a year ago.", "920", 920e6, "USD"),
    ],
)
def test_second_amount_of_a_comparison_takes_the_first_ones_scale(nlp, text, second, value, unit):
    found = quantities(nlp, text)
    assert len(found) == 2, [q.span.text for q in found]
    q = found[1]
    assert (q.span.text, q.value, q.unit) == (second, value, unit)


@pytest.mark.parametrize(
    "text, second, value, unit",
    [
        ("Profit was $12 million, down from 31 cents a share.", "31 cents a share", 0.31, "USD/share"),  # its own unit
        ("The charity raised $2 million from 3 donors.", "3", 3.0, "donors"),  # a noun after it
        ("Sales were $4.6 billion against $4.1 billion a year before.", "$4.1 billion", 4.1e9, "USD"),  # its own scale
    ],
)
def test_second_figure_with_its_own_unit_keeps_it(nlp, text, second, value, unit):
    q = quantities(nlp, text)[1]
    assert (q.span.text, q.value, q.unit) == (second, value, unit)


def test_second_figure_of_another_magnitude_takes_no_scale(nlp):
    found = quantities(nlp, "The plant cost $3 million, compared with 450 last decade.")
    assert [(q.span.text, q.value, q.unit) for q in found][0] == ("$3 million", 3e6, "USD")
    assert all(q.unit != "USD" for q in found[1:])


def test_hyphened_count_names_its_noun_in_the_singular(nlp):
    # NewsQuant writes a hyphened count's unit as the text does, in the singular ("six-cylinder": cylinder)
    q = quantities(nlp, "The group opened a 640-room hotel by the harbour.")[0]
    assert (q.span.text, q.value, q.unit) == ("640", 640.0, "room")


# tenth pass, 2026-12-06


def test_a_tally_in_brackets_after_the_body_that_voted_is_two_counts_of_votes(nlp):
    for text, sides in (
        ("The amendment cleared the House (218 to 211) after a long night.", ("218", "211")),
        ("The treaty was ratified by the upper chamber (61 to 38) on Tuesday.", ("61", "38")),
        ("The motion failed in the assembly (45 to 55) on Friday.", ("45", "55")),
        ("The levy cleared the council (7-2) on Monday.", ("7", "2")),
    ):
        found = quantities(nlp, text)
        assert [(q.span.text, q.unit) for q in found] == [(sides[0], "votes"), (sides[1], "votes")], text
    q = only(nlp, "The committee (5 to 7 members) meets monthly.")
    assert (q.value, q.value_high, q.unit) == (5, 7, "members")


def test_a_rate_after_a_count_belongs_to_its_unit(nlp):
    q = only(nlp, "Factories added jobs at a rate of 150,000 a month last year.")
    assert (q.span.text, q.value, q.unit, q.measures) == ("150,000 a month", 150000, "jobs/month", "jobs")
    q = only(nlp, "Employers shed jobs at a pace of 20,000 per week in the spring.")
    assert (q.value, q.unit, q.measures) == (20000, "jobs/week", "jobs")
    q = only(nlp, "Migrants arrived at a rate of about 3,000 a day.")
    assert (q.value, q.unit, q.qualifier) == (3000, "migrants/day", "approximately")
    q = only(nlp, "Payrolls grew by 150,000 a month in the first half.")
    assert (q.span.text, q.unit) == ("150,000 a month", "count/month")


def test_a_bare_counts_rate_is_not_shared_with_other_counts(nlp):
    found = quantities(nlp, "Officials said the economy added 150,000 a month, and the jobless rate fell to 4.1.")
    assert [(q.span.text, q.unit) for q in found] == [("150,000 a month", "count/month"), ("4.1", "count")]


def test_a_level_a_verb_of_change_moves_its_object_to_measures_the_object(nlp):
    q = only(nlp, "The utility raised its dividend to 41 cents.")
    assert (q.value, q.unit, q.measures) == (0.41, "USD", "its dividend")
    found = quantities(nlp, "The board cut the payout to 10 cents a share from 25 cents.")
    assert [(q.span.text, q.measures) for q in found] == [("10 cents a share", "payout"), ("25 cents", "payout")]
    q = only(nlp, "The lender increased its stake in the insurer to 15%.")
    assert (q.value, q.measures) == (15, "its stake in the insurer")


def test_later_figures_of_a_comparison_list_take_the_first_amounts_scale(nlp):
    found = quantities(nlp, "Net income rose to $4.2 billion, compared with 3.1 and 2.8 in the two years before.")
    assert [(q.span.text, q.value, q.unit) for q in found[:3]] == [
        ("$4.2 billion", 4.2e9, "USD"), ("3.1", 3.1e9, "USD"), ("2.8", 2.8e9, "USD"),
    ]
    found = quantities(nlp, "Turnover was 8.4 billion euros, up from 7.9, 7.1 and 6.5 in earlier years.")
    assert [(q.value, q.unit) for q in found] == [(8.4e9, "EUR"), (7.9e9, "EUR"), (7.1e9, "EUR"), (6.5e9, "EUR")]
    found = quantities(nlp, "Sales reached $12 million against 9.8 and 310 a year earlier.")
    assert [(q.span.text, q.value, q.unit) for q in found][:2] == [("$12 million", 12e6, "USD"), ("9.8", 9.8e6, "USD")]
    assert all(q.value != 310e6 for q in found)  # a different magnitude: not the same scale


def test_a_level_from_which_a_figure_moves_to_a_range_is_in_the_ranges_unit(nlp):
    # the level and the range it moves to are two quantities: one range 18.5-23 lost the range's lower end
    level, target = quantities(nlp, "The group expects turnover to climb from 18.5 to 21-23 billion euros by 2030.")
    assert (level.span.text, level.value, level.value_high, level.unit) == ("from 18.5", 18.5e9, None, "EUR")
    assert (target.span.text, target.value, target.value_high, target.unit) == ("21-23 billion euros", 21e9, 23e9, "EUR")
    level, target = quantities(nlp, "Output should climb from 12.1 to 14-15 million tonnes.")
    assert (level.value, level.unit, target.value, target.value_high) == (12.1e9, "kg", 14e9, 15e9)
    level, target = quantities(nlp, "Inflation could ease from 6.5 to 4-4.5 percent next spring.")
    assert (level.value, level.unit, target.value, target.value_high, target.unit) == (6.5, "percent", 4.0, 4.5, "percent")
    assert level.measures == target.measures == "Inflation"  # the level measures what moves from it


def test_an_amount_restated_or_compared_with_the_one_before_measures_the_same(nlp):
    found = quantities(nlp, "Calder posted net income of C$11.4 million, or 16 Canadian cents a share, up from C$9.3 million, or 13 Canadian cents a share, a year earlier.")
    assert [(q.span.text, q.measures) for q in found] == [
        ("C$11.4 million", "net income"), ("16 Canadian cents a share", "net income"),
        ("C$9.3 million", "net income"), ("13 Canadian cents a share", "net income"),
    ]
    found = quantities(nlp, "Quarterly sales at the chain were $31 million, down from $36.5 million last year.")
    assert [q.measures for q in found] == ["Quarterly sales at the chain", "Quarterly sales at the chain"]
    found = quantities(nlp, "The firm had a loss of $2.3 million, or 9 cents a share, compared with a year-earlier loss of $1.1 million.")
    assert [q.measures for q in found] == ["loss", "loss", "year-earlier loss"]  # its own phrase stays


def test_one_day_after_a_modal_or_hope_is_someday_not_a_duration(nlp):
    assert quantities(nlp, "Officials said the reactor could one day power the whole region.") == ()
    assert quantities(nlp, "She hopes to one day run the shipyard her father built.") == ()
    assert quantities(nlp, "He will one day be governor, his aides said.") == ()
    q = only(nlp, "The fair will run for one day only.")
    assert (q.value, q.unit) == (1, "days")
    assert [(q.value, q.unit) for q in quantities(nlp, "The strike lasted one day and cost the airline $3 million.")][0] == (1, "days")


def test_a_record_or_a_high_is_the_level_of_what_reached_it(nlp):
    found = quantities(nlp, "At the mill, quarterly profit jumped 12% to a record $84.6 million, or 71 cents a share, from $75.5 million.")
    assert [(q.span.text, q.measures) for q in found][1:] == [
        ("$84.6 million", "quarterly profit"), ("71 cents a share", "quarterly profit"), ("$75.5 million", "quarterly profit"),
    ]
    assert only(nlp, "The shares hit a record high of $52.40 on Monday.").measures == "shares"
    assert only(nlp, "Copper prices fell to a low of $3,100 a tonne.").measures == "Copper prices"


def test_a_multiple_measures_the_object_a_verb_of_change_moves(nlp):
    # qt3, 2026-12-06: the dividend changes by the ratio, not the company that cut it
    q = only(nlp, "Brandt Mills said it would cut its quarterly dividend in half.")
    assert (q.span.text, q.value, q.unit, q.measures) == ("in half", 0.5, "ratio", "its quarterly dividend")
    q = only(nlp, "The board of the lender halved the dividend in March.")
    assert (q.span.text, q.value, q.unit, q.measures) == ("halved", 0.5, "ratio", "dividend")
    q = only(nlp, "The brewer means to slash research costs in half.")  # 'slash' in its bare form was no cut
    assert (q.span.text, q.value, q.unit, q.measures) == ("in half", 0.5, "ratio", "research costs")
    q = only(nlp, "The value of the bonds was cut nearly in half.")  # no object: the subject stays
    assert (q.span.text, q.value, q.measures) == ("in half", 0.5, "value of the bonds")


def test_a_tally_in_brackets_from_the_smaller_with_a_hyphen_is_votes(nlp):
    # qt3, 2026-12-06: "(45 to 55)" was votes in either order; the hyphen form now too, after a body or a vote
    found = quantities(nlp, "The road levy failed in the assembly (44-57) late on Friday.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in found] == [("44", 44.0, None, "votes"), ("57", 57.0, None, "votes")]
    found = quantities(nlp, "The proposal lost narrowly when the council voted (4-5), and the mayor left.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("4", 4.0, "votes"), ("5", 5.0, "votes")]
    assert not quantities(nlp, "Harvest prices in the valley (20-30) rose sharply.")  # no body, no vote: no tally


def test_a_cut_in_half_reaches_its_verb_over_a_long_object(nlp):
    # qt3, 2026-12-06 (TimeBank): up to seven words between the verb and "in half"; "in half an hour" is no cut
    q = only(nlp, "The new owner vowed to slash the mill's paper and pulp shipping costs in half.")
    assert (q.span.text, q.value, q.unit, q.measures) == ("in half", 0.5, "ratio", "mill's paper and pulp shipping costs")
    q = only(nlp, "She cut the bread in half an hour before dinner.")
    assert (q.span.text, q.value, q.unit) == ("half an hour", 0.5, "hours")


def test_a_multiplying_verb_with_no_object_measures_its_subject(nlp):
    # qt3, 2026-12-06 (PolNeAR and TimeBank): "income doubled", "have been halved", "a figure that has tripled"
    q = only(nlp, "The county's income per head doubled between the wars.")
    assert (q.span.text, q.value, q.unit, q.measures) == ("doubled", 2.0, "ratio", "county's income per head")
    q = only(nlp, "But grain exports have been halved this season.")
    assert (q.span.text, q.value, q.measures) == ("halved", 0.5, "grain exports")
    found = quantities(nlp, "Wind gives a tenth of the power, a share that has tripled in a decade.")
    assert [(q.span.text, q.value, q.measures) for q in found if q.unit == "ratio" and q.display_unit == "fold"] == [("tripled", 3.0, "share")]
    q = only(nlp, "They doubled in size.")  # a pronoun names nothing
    assert (q.span.text, q.value, q.measures) == ("doubled", 2.0, None)


def test_a_route_or_flight_number_is_a_name_not_a_count(nlp):
    # qt3, 2026-12-06: pins the identifiers after "flight", "route", "bus" and "Highway" (no count of anything)
    assert not quantities(nlp, "Divers searched for the recorders of Flight 417 all week.")
    assert not quantities(nlp, "Crews repaved Route 12 and Highway 58 over the summer.")
    assert not quantities(nlp, "Riders waited for bus 31 in the snow.")
    assert not quantities(nlp, "Relatives gathered on the anniversary of flight eight hundred.")


def test_a_figure_with_a_glued_scale_letter_counts_the_plural_after_it(nlp):
    # "850k" is no number to the tagger: the noun after it becomes a verb or a clause, or the figure a date
    cases = [
        ("The budgeting app passed 850k downloads in its first month.", "850k", 850_000, "downloads"),
        ("Officials said 12k votes were still uncounted.", "12k", 12_000, "votes"),
        ("Her channel gained 40k followers after the interview.", "40k", 40_000, "followers"),
    ]
    for text, span, value, unit in cases:
        q = only(nlp, text)
        assert (q.span.text, q.value, q.unit) == (span, value, unit), text
    first, second = quantities(nlp, "The trailer drew 3.2m views and 15k comments.")
    assert (first.value, first.unit, second.value, second.unit) == (3_200_000, "views", 15_000, "comments")
    assert only(nlp, "The stadium holds 60k.").unit == "count"  # no noun written: a bare count (was nothing, a date)
    # after "the" the figure names a race, "runs" its verb
    assert all(q.unit != "runs" for q in quantities(nlp, "The 5k runs through the park on Sunday."))
    assert quantities(nlp, "The charity 10k starts at noon.") == ()


def test_a_share_a_verb_of_holding_takes_measures_what_it_is_a_share_of(nlp):
    # the holder is the verb's subject; the share's measured phrase says what is shared out
    cases = [
        ("The fund holds 5% of the shares in the airline.", "5%", "shares in the airline"),
        ("It holds 5% of the shares.", "5%", "shares"),
        ("The state owns 40 percent of the brewery's stock.", "40 percent", "brewery's stock"),
        ("The buyer agreed to acquire 30% of the mill.", "30%", "mill"),
    ]
    for text, span, measures in cases:
        q = only(nlp, text)
        assert (q.span.text, q.value, q.unit, q.measures) == (span, float(span.split("%")[0].split()[0]), "percent", measures), text
    assert only(nlp, "The coalition took 52 percent of the vote.").measures == "coalition"  # a candidate's share: the holder


def test_multiples_in_comparisons_and_by_a_factor_are_ratios_of_what_they_compare(nlp):
    cases = [
        ("The new engine is twice as powerful as the old one.", "twice", 2.0, "new engine"),
        ("The ferry line carries half as much freight as the old one.", "half", 0.5, "freight"),
        ("The depot now stores three times as many pallets as in 2015.", "three times", 3.0, "pallets"),
        ("The new kiln is four times faster than its predecessor.", "four times", 4.0, "new kiln"),
        ("Rents have risen by a factor of about three since 2015.", "a factor of about three", 3.0, "Rents"),
        ("The cooperative multiplied its output by a factor of ten.", "a factor of ten", 10.0, "its output"),
        ("The reform would mean nearly twice as high a pension.", "nearly twice", 2.0, "pension"),
    ]
    for text, span, value, measures in cases:
        q = next(q for q in quantities(nlp, text) if q.unit == "ratio")
        assert (q.span.text, q.value, q.display_unit, q.measures) == (span, value, "times", measures), text
    assert only(nlp, "Young drivers are nearly twice as likely to crash.").qualifier == "approximately"
    assert quantities(nlp, "She served twice as mayor of the town.") == ()  # how often, not a multiple


def test_each_figure_of_a_compact_signed_list_measures_its_own_name(nlp):
    metals = quantities(nlp, "Tin +1.5%, cobalt -2.1%, lead +0.3% at the close.")  # "lead" tagged a verb
    assert [(q.value, q.unit, q.measures) for q in metals] == [(1.5, "percent", "Tin"), (-2.1, "percent", "cobalt"), (0.3, "percent", "lead")]
    grains = quantities(nlp, "Wheat +1.5%, soybeans -2.1%, corn +0.3% by midday.")
    assert [q.measures for q in grains] == ["Wheat", "soybeans", "corn"]
    indices = quantities(nlp, "In Europe the Ibex was -1.2, the Dax +0.8 and the Aex -0.4.")
    assert [q.measures for q in indices][1:] == ["Dax", "Aex"]
    oils = quantities(nlp, "Urals $61.20 +0.45, Dubai $59.10 -0.30.")
    assert [(q.value, q.measures) for q in oils] == [(61.2, "Urals"), (0.45, "Urals"), (59.1, "Dubai"), (-0.3, "Dubai")]
    rose, fell = quantities(nlp, "The shares rose 4% on Monday, while the index fell -0.5%.")  # a verb between: the subject's, as before
    assert (rose.measures, fell.measures) == ("shares", "index")


def test_a_linking_verbs_named_subject_is_measured_without_the_verb(nlp):
    # invented: "was", "is", "stood", "remained" name no act, so the named subject alone is what the figure measures;
    # a verb of acting keeps its actor ("Japan will lend")
    for text, measures in (
        ("The Dax was 0.5% lower in early trade.", "Dax"),
        ("The Nikkei was up 2.3 percent.", "Nikkei"),
        ("The Ibex is 1.4 percent higher since Monday.", "Ibex"),
        ("Sterling stood at $1.27 against the dollar.", "Sterling"),
        ("The Kospi was -0.8 on the day.", "Kospi"),
        ("Toyota remained 4% below its record.", "Toyota"),
    ):
        assert only(nlp, text).measures == measures, text
    assert only(nlp, "Japan will lend $5 billion to the fund.").measures == "Japan will lend"


def test_a_multiples_span_covers_its_words_and_the_qualifier_before_them(nlp):
    # invented: "a factor of N" is the multiple a reader sees, not the figure alone; a qualifier before the words or
    # before a one-word multiple ("more than threefold", "nearly 10x") bounds it; what grows is the verb's subject
    for text, span, qualifier, measures in (
        ("Prices rose by a factor of five in a decade.", "a factor of five", "exact", "Prices"),
        ("Fees went up by roughly a factor of three.", "roughly a factor of three", "approximately", "Fees"),
        ("Sales rose by more than a factor of four.", "more than a factor of four", "more_than", "Sales"),
        ("Output rose more than threefold since the reform.", "more than threefold", "more_than", "Output"),
        ("Membership has grown almost fivefold in ten years.", "almost fivefold", "approximately", "Membership"),
        ("The chip is nearly 10x faster than its predecessor.", "nearly 10x", "approximately", "chip"),
    ):
        q = quantities(nlp, text)[0]
        assert (q.span.text, q.unit, q.qualifier, q.measures) == (span, "ratio", qualifier, measures), text


def test_a_price_after_a_commodity_name_in_a_compact_list_measures_that_name(nlp):
    # invented: a price right after a name that opens the sentence or follows a comma, "and" or ";" is that name's,
    # the whole name ("West Texas Intermediate", "Urals crude" with "crude" tagged a verb), even when the tagger reads
    # a later name as a verb ("and silver"); a price after no name ("worth") or after a verb ("and pay") is not one
    for text, names in (
        ("Urals crude $58.40 a barrel, down from last week.", ["Urals crude"]),
        ("On the commodity board, gold $1,904 and silver $23.15 by midday.", ["gold", "silver"]),
        ("West Texas Intermediate $74.80, up 1.1%.", ["West Texas Intermediate", None]),
        ("Palm oil 3,950 ringgit a tonne, Arabica coffee $1.62 a pound.", ["Palm oil", "Arabica coffee"]),
        ("Copper $8,200 a tonne; aluminium $2,310.", ["Copper", "aluminium"]),
        ("In Asia, spot gold $2,015.40 and platinum $912.", ["spot gold", "platinum"]),
    ):
        assert [q.measures for q in quantities(nlp, text)] == names, text
    assert only(nlp, "The deal, worth $5 billion, closed on Monday.").measures is None
    assert only(nlp, "The firm will hire staff and pay $5 million.").measures == "firm"


def test_a_currency_word_several_countries_share_takes_a_named_country_or_stays_the_word(nlp):
    # invented: "pesos" or "francs" with no country in sight are not Mexican or Swiss by default; a country named by
    # its adjective or by its name picks its own currency; the amount stays money either way ("company", not "pesos")
    for text, unit in (
        ("The company paid 800 million pesos for the land.", "pesos"),
        ("The fine came to 5,000 francs.", "francs"),
        ("Colombia's central bank said it would sell 900 million pesos of bonds.", "COP"),
        ("In Chile, the tax raised 800 million pesos last year.", "CLP"),
        ("A court in Pakistan fined the firm 2 million rupees.", "PKR"),
        ("The Argentine government paid 800 million pesos.", "ARS"),
    ):
        assert only(nlp, text).unit == unit, text
    assert only(nlp, "The company paid 800 million pesos for the land.").measures == "company"


def test_a_glued_m_before_an_abbreviation_in_the_plural_counts_it(nlp):
    # invented: "2.3m SUVs" was 2.3 metres; an abbreviation with a lower-case plural s is a counted noun, so the m
    # scales the count; a race over a distance before a name in capitals stays a length
    for text, value, unit in (
        ("The carmaker sold 2.3m SUVs last year.", 2.3e6, "suvs"),
        ("Chinese buyers took 1.2m EVs in the quarter.", 1.2e6, "evs"),
        ("The agency shipped 4m PCs to schools.", 4e6, "pcs"),
        ("The 400m IAAF final was delayed.", 400.0, "m"),
    ):
        q = only(nlp, text)
        assert (q.value, q.unit) == (value, unit), text


def test_a_price_a_head_a_person_a_night_or_a_pound_is_a_rate(nlp):
    # invented: "a head", "a person", "a night" and "a pound" after a price lost the rate ("per head" kept it)
    for text, span, unit in (
        ("Tickets cost €70 a head.", "€70 a head", "EUR/head"),
        ("The fee is $15 a person.", "$15 a person", "USD/person"),
        ("Rooms go for $250 a night.", "$250 a night", "USD/night"),
        ("Arabica coffee traded at $1.62 a pound.", "$1.62 a pound", "USD/pound"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.unit) == (span, unit), text


def test_a_phrasal_verbs_particle_is_no_qualifier_and_stays_with_the_act(nlp):
    # invented: "handed over £2 billion" was "more than £2 billion"; the actor's act lost its particle ("Tokyo set")
    for text, span, qualifier, measures in (
        ("The Treasury handed over £2 billion to the fund.", "£2 billion", "exact", "The Treasury handed over"),
        ("The club forked over $40 million for the striker.", "$40 million", "exact", "club"),
        ("Tokyo set aside 40 billion yen for the games.", "40 billion yen", "exact", "Tokyo set aside"),
        ("Google shelled out $2.1 billion for the startup.", "$2.1 billion", "exact", "Google shelled out"),
        ("The bank lent over $5 billion.", "over $5 billion", "more_than", "bank"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.qualifier, q.measures) == (span, qualifier, measures), text


def test_a_glued_m_before_a_singular_abbreviation_or_an_acronym_and_its_noun_is_millions(nlp):
    # invented: "2.3m TEU" (an abbreviation with no plural s that closes its phrase) was 2.3 metres; "1.3m NHS staff"
    # (an acronym before the counted noun) was read as a model's name and dropped. Before a noun the abbreviation
    # describes, the figure stays a length ("a 1.8m NBA star", "the 400m IAAF final")
    for text, span, value, unit in (
        ("The terminal handled 2.3m TEU in the first half.", "2.3m", 2.3e6, "teu"),
        ("Throughput reached 4.6m TEU last year.", "4.6m", 4.6e6, "teu"),
        ("Its yards moved 1.2m TEU.", "1.2m", 1.2e6, "teu"),
        ("The budget pays for 1.3m NHS staff across the regions.", "1.3m", 1.3e6, "staff"),
        ("Some 2.4m UN troops have served since then.", "Some 2.4m", 2.4e6, "troops"),
        ("The 1.8m NBA star signed on Friday.", "1.8m", 1.8, "m"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.value, q.unit) == (span, pytest.approx(value), unit), text


def test_an_amount_a_period_keeps_the_period_in_its_unit_as_a_flow_does(nlp):
    # invented: "a year", "annually", "per day" after money were in the display only ("INR", display "crore
    # rupees/year"); the unit now names the period, as "m3/year" and "jobs/month" do
    for text, span, unit in (
        ("The district spends 600 crore rupees annually on its schools.", "600 crore rupees annually", "rupees/year"),
        ("Tourists spend about $180 per day on the island.", "about $180 per day", "USD/day"),
        ("The lighthouse keeper earned £9 a week in 1890.", "£9 a week", "GBP/week"),
        ("The ferry line loses 3 million kronor a month.", "3 million kronor a month", "kronor/month"),
        ("Cleaners are paid €14.50 an hour under the deal.", "€14.50 an hour", "EUR/hour"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.unit) == (span, unit), text


def test_a_noun_of_the_kind_of_level_is_not_what_the_figure_measures(nlp):
    # invented: "an average of $210" measured "average"; "a total of", "a maximum of" name the kind of level too
    for text, measures in (
        ("Visitors spend an average of $210 per day in the capital.", "Visitors"),
        ("The appeal raised a total of $4 million in a week.", "appeal"),
        ("Each crane lifts a maximum of 40 tonnes.", "crane"),
        ("The fund lost a total of 8% last year.", "fund"),
    ):
        q = only(nlp, text)
        assert q.measures == measures, text
    # a described average names what is measured
    _, regional = quantities(nlp, "The town jobless rate is 6.2 percent, above the regional average of 5.1 percent.")
    assert regional.measures == "regional average"


def test_a_multiple_by_a_factor_measures_the_noun_the_parser_hangs_its_verb_on(nlp):
    # invented: "Costs multiplied by a factor of ten": the parser makes the verb a participle of "Costs", so the
    # multiple measured nothing
    for text, value, measures in (
        ("Costs multiplied by a factor of ten during the war.", 10.0, "Costs"),
        ("Rents multiplied by a factor of four in the decade.", 4.0, "Rents"),
        ("The fees multiplied by a factor of three.", 3.0, "fees"),
        ("Output multiplied by a factor of six, the report said.", 6.0, "Output"),
    ):
        q = only(nlp, text)
        assert (q.value, q.unit, q.measures) == (value, "ratio", measures), text


def test_a_price_per_a_thing_and_per_a_period_keeps_both_rates(nlp):
    # invented: "$3 per person per night" lost the second rate; "a year ago" after a price is a date, not a rate
    for text, span, unit in (
        ("The hostel charges $3 per person per night in summer.", "$3 per person per night", "USD/person/night"),
        ("Rooms go for $45 a person a night.", "$45 a person a night", "USD/person/night"),
        ("The canteen pays £4 a head a day for meals.", "£4 a head a day", "GBP/head/day"),
        ("The fund paid $2 a share a year ago.", "$2 a share", "USD/share"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.unit) == (span, unit), text


def test_south_asian_scale_words_scale_the_count_and_count_its_noun(nlp):
    # invented: "40 crores" was a count of crores; "12 lakh people" (the parser reads "lakh" as an adjective) and
    # "3 lakhs of pilgrims" counted nothing
    for text, value, unit in (
        ("The company raised 40 crores in its first round.", 4e8, "count"),
        ("About 12 lakh people live in the district.", 1.2e6, "people"),
        ("Over 3 lakhs of pilgrims visited the shrine.", 3e5, "pilgrims"),
        ("The trust spent Rs 12 crores on the hospital.", 1.2e8, "rupees"),  # "Rs" is shared: no country named
        ("The festival drew 1.5 crore visitors.", 1.5e7, "visitors"),
    ):
        q = only(nlp, text)
        assert (q.value, q.unit) == (pytest.approx(value), unit), text


def test_a_price_per_a_noun_the_grammar_does_not_know_keeps_its_second_rate(nlp):
    # invented: "per group" is read after the grammar, which had already looked for a second rate, so "per day" was lost
    for text, span, unit in (
        ("The hostel charges €40 per group per day for the hall.", "€40 per group per day", "EUR/group/day"),
        ("The council set a fee of £12 per vehicle per hour in the old quarter.", "£12 per vehicle per hour", "GBP/vehicle/hour"),
        ("The camp asks $15 per child a week for lunches.", "$15 per child a week", "USD/child/week"),
        ("Guides earn $30 per person per shift at the fort.", "$30 per person per shift", "USD/person/shift"),
        ("Tickets cost €9 per adult per visit this summer.", "€9 per adult per visit", "EUR/adult/visit"),
        ("The firm paid $2 per share a year ago.", "$2 per share", "USD/share"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.unit) == (span, unit), text


def test_a_price_a_noun_a_period_keeps_both_rates(nlp):
    # invented: after "a" only the nouns the grammar knows ("a share", "a head") took a second rate; "a user a month"
    # lost both. Alone, "a piece" after a price stays no rate
    for text, span, unit in (
        ("The streaming app costs $10 a user a month for schools.", "$10 a user a month", "USD/user/month"),
        ("The inn charges €90 a room a night in August.", "€90 a room a night", "EUR/room/night"),
        ("The garage asks £3 a car a day near the station.", "£3 a car a day", "GBP/car/day"),
        ("The trust pays out €0.80 a unit a month", "€0.80 a unit a month", "EUR/unit/month"),
        ("Stalls sold pears at 50 cents a piece.", "50 cents", "USD"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.unit) == (span, unit), text


def test_a_quarter_is_a_rate_period(nlp):
    # invented: "per quarter", "quarterly" were no rate, and "a share a quarter" kept the share only; "a quarter of it"
    # after an amount is a share of it
    for text, span, unit in (
        ("The co-op pays 8 cents a share a quarter to members.", "8 cents a share a quarter", "USD/share/quarter"),
        ("The utility pays 45 cents per share per quarter.", "45 cents per share per quarter", "USD/share/quarter"),
        ("The lender books $2 billion per quarter in fees.", "$2 billion per quarter", "USD/quarter"),
        ("Members of the club pay £30 quarterly.", "£30 quarterly", "GBP/quarter"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.unit) == (span, unit), text
    amount = quantities(nlp, "Profit fell $3 billion, a quarter of it from ads.")[0]
    assert (amount.span.text, amount.unit) == ("$3 billion", "USD")


def test_a_quarter_right_after_an_amount_is_its_rate(nlp):
    # invented: "a quarter" was a rate only after a first rate ("a share a quarter"); after an amount alone it was
    # left out, while "a year" there is a rate. Not where "of" or a noun follows it: a share, a span, a point
    for text, span, value, unit in (
        ("The mill lost $2 billion a quarter during the slump.", "$2 billion a quarter", 2e9, "USD/quarter"),
        ("The utility spent €400 million a quarter on repairs, officials said.", "€400 million a quarter", 4e8, "EUR/quarter"),
        ("Each branch pays £30,000 a quarter.", "£30,000 a quarter", 30000.0, "GBP/quarter"),
        ("Rent there is $900 a quarter, a steal.", "$900 a quarter", 900.0, "USD/quarter"),
        ("They raised $3 billion a quarter century ago.", "$3 billion", 3e9, "USD"),
        ("Shares rose $2 a quarter point above the offer.", "$2", 2.0, "USD"),
    ):
        q = quantities(nlp, text)[0]
        assert (q.span.text, q.value, q.unit) == (span, value, unit), text
    amount = quantities(nlp, "The fund held $3 billion, a quarter of it in bonds.")[0]
    assert (amount.span.text, amount.unit) == ("$3 billion", "USD")


def test_a_plural_noun_opening_the_sentence_is_no_actor_however_it_is_tagged(nlp):
    # invented: the tagger takes "Harvests", "Households" for names (its capital opens the sentence), so the measured
    # phrase kept the verb as an actor's does ("Japan will lend")
    for text, span, measures in (
        ("Harvests grew by a factor of five over the decade.", "a factor of five", "Harvests"),
        ("Households paid an average of £1,200 on heating last winter.", "£1,200", "Households"),
        ("Harvests grew by 5% over the decade.", "5%", "Harvests"),
        ("Farmers earned $300 a week during the drought.", "$300 a week", "Farmers"),
        ("Households paid £1,200 on heating last winter.", "£1,200", "Households"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.measures) == (span, measures), text
    q = only(nlp, "Japan will lend $3 billion to the port authority.")
    assert q.measures == "Japan will lend"  # a name stays an actor


def test_the_sign_rs_is_read_as_the_word_rupees(nlp):
    # invented: "3 crore rupees" was rupees of no known country, "Rs 40 crore" Indian: one currency for one thing
    for text, unit in (
        ("The ministry released Rs 40 crore for the canal.", "rupees"),
        ("The trust raised 40 crore rupees for the canal.", "rupees"),
        ("The shop sold the kettle for Rs. 2,500.", "rupees"),
        ("Pakistan's cabinet approved Rs 12 billion for the dam.", "PKR"),
        ("The Sri Lankan ministry set aside Rs 800 million for schools.", "LKR"),
        ("The fund got ₹40 crore from the board.", "INR"),
    ):
        q = only(nlp, text)
        assert q.unit == unit, text


def test_crowns_shillings_and_dinars_after_a_sum_are_money(nlp):
    # invented: a currency word with no code of its own was a counted noun: the span left it out, and the amount
    # measured the word ("crowns")
    for text, span, unit, measures in (
        ("The museum sold the painting for 900,000 crowns.", "900,000 crowns", "crowns", "museum"),
        ("The fine was 2 million crowns.", "2 million crowns", "crowns", "fine"),
        ("The Czech bank lent 2 billion crowns to the city.", "2 billion crowns", "CZK", "Czech bank"),
        ("The farmer sold the goat for 5,000 shillings.", "5,000 shillings", "shillings", "farmer"),
        ("The ministry paid 40 million dinars for the bridge.", "40 million dinars", "dinars", "ministry"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.unit, q.measures) == (span, unit, measures), text
    q = only(nlp, "The dentist fitted three crowns last week.")
    assert (q.value, q.unit) == (3.0, "crowns")  # a small spelled count stays a count


def test_a_count_before_a_describing_noun_and_its_plural_is_no_date(nlp):
    # invented: the tagger reads "20 summer", "12 night" as a date or a time, and the parser hangs the figure on the
    # describing noun, so the count was dropped; a month's name between ("the 20 May talks") stays a date, and a unit
    # between is what the figure measures ("10 year bonds")
    for text, span, unit, measures in (
        ("Across from the town hall, 20 summer interns gathered for lunch.", "20", "interns", "summer interns"),
        ("The mill runs 12 night shifts every week.", "12", "shifts", "night shifts"),
        ("About 300 morning commuters were stranded.", "About 300", "commuters", "morning commuters"),
        ("Some 40 evening guides were hired.", "Some 40", "guides", "evening guides"),
    ):
        q = only(nlp, text)
        assert (q.span.text, q.unit, q.measures) == (span, unit, measures), text
    assert quantities(nlp, "Leaders met at the 20 May talks in Geneva.") == ()
    q = only(nlp, "Investors bought 10 year bonds at auction.")
    assert (q.span.text, q.unit) == ("10 year", "years")
    q = only(nlp, "The lab makes faster 64-bit chips now.")
    assert (q.value, q.unit) == (64.0, "bit")  # a hyphened unit, not a describing noun


def test_figures_in_a_compact_list_of_names_are_each_names_figure(nlp):
    # invented: a bare figure after a name was taken for a model's number ("iPhone 12") or, small and with no noun,
    # dropped; in a list a colon or a dash opens, or that continues a counted figure, each is its name's
    for text, expected in (
        ("Seats: Greens 41, Reds 37, Blues 12.", [(41.0, "count", "Greens"), (37.0, "count", "Reds"), (12.0, "count", "Blues")]),
        ("Medals - Kenya 6, Ethiopia 4, Uganda 2.", [(6.0, "count", "Kenya"), (4.0, "count", "Ethiopia"), (2.0, "count", "Uganda")]),
        ("Greens won 41 seats, Reds 37 and Blues 12.", [(41.0, "seats", "seats"), (37.0, "seats", "Reds"), (12.0, "seats", "Blues")]),
        ("In the table, Rovers have 52 points, City 49 and United 47.",
         [(52.0, "points", "Rovers have"), (49.0, "points", "City"), (47.0, "points", "United")]),
    ):
        assert [(q.value, q.unit, q.measures) for q in quantities(nlp, text)] == expected, text
    for text in ("The firm supports Windows 10, Office 365 and Android 12.", "Boeing 737, Airbus 320 and Embraer 190 jets were grounded."):
        assert quantities(nlp, text) == (), text  # nothing opens the list: models' numbers


def test_a_score_written_upwards_after_a_verb_of_a_game_is_a_score(nlp):
    # invented: "lost 1-4" was a range 1-4 with no noun, so it was dropped; a range of what was won stays a range
    for text, values in (
        ("The visitors lost 1-4 at home.", [1.0, 4.0]),
        ("The side was losing 0-2 at half-time.", [0.0, 2.0]),
        ("The hosts won 2-0 and the visitors lost 1-3 a week later.", [2.0, 0.0, 1.0, 3.0]),
    ):
        found = quantities(nlp, text)
        assert [(q.value, q.display_unit) for q in found] == [(v, "score") for v in values], text
    q = only(nlp, "The party won 3-5 seats.")
    assert (q.value, q.value_high, q.unit) == (3.0, 5.0, "seats")


def test_a_part_of_a_counted_whole_with_no_determiner_counts_the_whole_noun(nlp):
    # invented: the parser hangs "3" of "3 of 10 schools" on the whole's figure, so the part was dropped
    for text, noun in (
        ("Only 3 of 10 schools reopened on Monday.", "schools"),
        ("The club won 7 of 9 games.", "games"),
        ("Just 4 of 12 clinics stayed open.", "clinics"),
    ):
        assert [q.unit for q in quantities(nlp, text)] == [noun, noun], text


def test_a_quarter_of_a_scale_word_written_before_it(nlp):
    # invented: "a quarter-million" was nothing ("a half-million" was read); it is a quarter of the scale word
    for text, value, unit in (
        ("A quarter-million people fled the floods.", 2.5e5, "people"),
        ("Nearly a quarter million fans watched.", 2.5e5, "fans"),
        ("The state paid a quarter-billion dollars.", 2.5e8, "USD"),
    ):
        q = only(nlp, text)
        assert (q.value, q.unit) == (value, unit), text


def test_a_toll_given_as_a_range_counts_people(nlp):
    # invented: a toll's range ("rose to between 30 and 40") was dropped: the toll rule took single figures only, and
    # the tagger dates "between 30 and 40"
    for text, low, high, measures in (
        ("The death toll rose to between 30 and 40.", 30.0, 40.0, "death toll"),
        ("The number of injured stood at between 12 and 20 on Friday.", 12.0, 20.0, "number of injured"),
    ):
        q = only(nlp, text)
        assert (q.value, q.value_high, q.unit, q.measures) == (low, high, "people", measures), text
    q = only(nlp, "The death toll rose to 35.")
    assert (q.value, q.unit) == (35.0, "people")


@pytest.mark.parametrize(
    ("text", "spans", "units"),
    [
        ("The mayor lost four points and her rival gained three.", ["four", "three"], ["points", "points"]),
        ("The mayor lost 4 percentage points as her rival gained three.", ["4 percentage points", "three"], ["percentage_point"] * 2),
        (
            "The governor lost 6 percentage points, while Smith gained six and Jones five — a swing few expected.",
            ["6 percentage points", "six", "five"],
            ["percentage_point"] * 3,
        ),
        ("Three were arrested and two more were released.", ["Three", "two"], ["people", "people"]),
        ("The ferry carried 40 tourists; five more arrived by bus.", ["40", "five"], ["tourists", "tourists"]),
        ("Seven buses left at dawn. Two more followed at noon.", ["Seven", "Two"], ["buses", "buses"]),
    ],
)
def test_a_figure_that_leaves_out_the_unit_of_an_earlier_clause_takes_it(nlp, text, spans, units):
    # invented: a spelled figure or a share after a verb of winning or losing, a gapped "and Jones five" after a figure
    # that left its noun out too, and "two more" as a subject, each counted what the earlier figure counts (eighteenth
    # pass; before, nothing). A spelled figure in a later sentence stays unread
    found = quantities(nlp, text)
    assert [(q.span.text, q.unit) for q in found] == list(zip(spans, units))
    assert [q.span.text for q in quantities(nlp, "The bakery sold 90 loaves on Friday. On Saturday it sold eleven.")] == ["90"]


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("Nearly a third say the tram should run all night.", "Nearly a third", 1 / 3, "approximately"),
        ("Half said the new bridge was too narrow.", "Half", 0.5, "exact"),
        ("Roughly half want the market moved indoors.", "Roughly half", 0.5, "approximately"),
        ("A quarter think ferry fares will rise.", "A quarter", 0.25, "exact"),
    ],
)
def test_a_share_in_words_before_a_verb_of_saying_is_a_share(nlp, text, span, value, qualifier):
    # invented: a share with no "of" as the subject of a verb of saying or thinking (as "about two-thirds said" already
    # was); "a third said" may be the third of a series of speakers, so a third is a share only before a plural verb
    q = only(nlp, text)
    assert (q.span.text, q.value, q.unit, q.qualifier) == (span, pytest.approx(value), "ratio", qualifier)
    assert [q for q in quantities(nlp, "One guard said no; a second said maybe; a third said yes.") if q.unit == "ratio"] == []


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("Lindqvist lost four percentage points, while Moreau gained six and Haddad five.", ["Lindqvist lost", "Moreau gained", "Haddad"]),
        ("Petrov lost seven points and her rival gained three.", ["Petrov lost", "her rival gained"]),
        ("Weber dropped 3 points in the survey, but Ngata picked up 4.", ["Weber dropped", "Ngata picked up"]),
        ("Okafor gained 5 percentage points and Brandt 2.", ["Okafor gained", "Brandt"]),
        ("The Tigers lead by 4 points in Leeds and by 7 in York.", ["The Tigers lead", "The Tigers lead"]),
        ("Sato lost 3 points, while Ito gained two and Mori four.", ["Sato lost", "Ito gained", "Mori"]),
    ],
)
def test_a_figure_carrying_an_earlier_moves_points_measures_its_own_subject(nlp, text, measures):
    # invented: a figure that leaves out the points of an earlier move measured that move's actor ("Lindqvist lost" for
    # Moreau's six and Haddad's five); its own clause's subject and verb, or the name of a gapped clause, now. A margin
    # listed with no subject of its own ("and by 7 in York") stays the same leader's. A gapped "and Mori four" after a
    # figure that left out its points too was read only after percentage points (second round; before, unread)
    found = quantities(nlp, text)
    assert [q.measures for q in found] == measures
    assert all(text[q.measures_span.start : q.measures_span.end] == q.measures for q in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The liberals won 12 seats, the farmers' party seven and the greens four.",
            [("12", "seats", "seats"), ("seven", "seats", "the farmers' party"), ("four", "seats", "the greens")],
        ),
        (
            "Reds won 12 seats, Blues seven and Greens four.",
            [("12", "seats", "seats"), ("seven", "seats", "Blues"), ("four", "seats", "Greens")],
        ),
        (
            "The ruling party took 52 percent, the opposition 31 and the greens 9.",
            [("52 percent", "percent", "ruling party"), ("31", "percent", "the opposition"), ("9", "percent", "the greens")],
        ),
        ("The town has 4 schools and the village two.", [("4", "schools", "schools"), ("two", "schools", "the village")]),
    ],
)
def test_a_gapped_clause_counts_its_own_subject(nlp, text, expected):
    # invented: a list whose verb and noun are said once; each later figure is its own subject's, of the first's unit.
    # A subject in lower case or in the middle of the list (before "and") was missed or measured the first noun
    assert [(q.span.text, q.unit, q.measures) for q in quantities(nlp, text)] == expected


def test_a_vague_plural_subject_with_no_noun_counts_people(nlp):
    # invented: "Thousands marched" was read for verbs of crowds only; any acting subject of a vague plural is people
    def read(text):
        return [(q.span.text, q.value, q.value_high, q.unit) for q in quantities(nlp, text)]

    assert read("Hundreds arrived at the square before dawn.") == [("Hundreds", 100.0, 1000.0, "people")]
    assert read("Tens of thousands remain without clean water.") == [("Tens of thousands", 1e4, 1e5, "people")]
    assert read("Dozens more were waiting outside the clinic.") == [("Dozens", 12.0, 120.0, "count")]  # adds to a known count
    assert read("Billions flowed into the fund last year.") == []  # money as often as people


@pytest.mark.parametrize(
    ("text", "span", "value", "high", "measures"),
    [
        ("Turnout reached 61 percent among women 30 to 44 last year.", "30 to 44", 30.0, 44.0, "women"),
        ("Support was strongest among voters 65 and older.", "65", 65.0, None, "voters"),
        ("Hispanics 18 to 29 backed the mayor by a wide margin.", "18 to 29", 18.0, 29.0, "Hispanics"),
        ("Adults 18 or older may apply for the grant.", "18", 18.0, None, "Adults"),
    ],
)
def test_a_figure_right_after_a_group_of_people_gives_their_ages(nlp, text, span, value, high, measures):
    # invented: exit-poll copy breaks a vote down by age with no "aged": the range was split into two bare figures
    # (the second taking the share before it), and "65 and older" was nothing
    ages = [q for q in quantities(nlp, text) if q.unit == "years"]
    assert [(q.span.text, q.value, q.value_high, q.display_unit, q.measures) for q in ages] == [(span, value, high, "age", measures)]


def test_a_figure_after_you_or_they_and_be_is_an_age(nlp):
    # invented: "he is 52" was an age, "when you're 45" and "they're 55" were nothing; a part ("3 of the 12") is none
    assert [(q.span.text, q.unit) for q in quantities(nlp, '"Knees start to ache when you\'re 45," the coach warned.')] == [("45", "years")]
    assert [(q.span.text, q.unit) for q in quantities(nlp, "Few retire when they are 55.")] == [("55", "years")]
    assert [q.unit for q in quantities(nlp, "They were 3 of the 12.")] != ["years"]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The panel questioned six current and former Harbor Authority clerks.", "six", "clerks"),
        ("The court let the firm depose five current and former Tolly and Port Board staffers.", "five", "staffers"),
    ],
)
def test_a_count_before_an_employer_s_name_and_its_noun(nlp, text, span, unit):
    # invented: more than five words, a name among them, were too far for a count; where the parser hangs the
    # figure on the plural itself and only adjectives, names and "and" stand between, they describe the noun
    q = only(nlp, text)
    assert (q.span.text, q.unit) == (span, unit)


def test_a_total_after_counts_of_a_noun_counts_that_noun(nlp):
    # invented: "for a total of 1,749" after counts of delegates was a bare count measuring the sentence's subject
    found = quantities(nlp, "The tally gives her 310 elected members and 42 appointed members for a total of 352.")
    assert [(q.span.text, q.unit, q.measures) for q in found][-1] == ("352", "members", "total")
    found = quantities(nlp, "The mill shipped 300 bales in May and 250 in June, a combined total of 550.")
    assert [(q.span.text, q.unit, q.measures) for q in found][-1] == ("550", "bales", "combined total")


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("The mayor said 80 percent of her e-mails were kept.", "her e-mails"),
        ("The firm posted a 31% drop in third-quarter sales.", "drop in third-quarter"),
    ],
)
def test_a_measured_phrase_ends_with_a_whole_hyphenated_word(nlp, text, measures):
    # invented: the tokenizer splits "e-mails" and "third-quarter"; the phrase ended on the first piece ("her e")
    assert quantities(nlp, text)[0].measures.startswith(measures)


def test_a_count_before_more_after_an_adverb_counts_the_noun(nlp):
    # invented: "100,000 more women" was read, but after "roughly" the parser hangs the figure as an adverb of "more"
    q = only(nlp, "There are roughly 20,000 more young Irish women than men in the county.")
    assert (q.span.text, q.unit, q.qualifier) == ("roughly 20,000", "women", "approximately")


def test_one_before_a_plural_is_no_count(nlp):
    # invented: "One dresses so boldly": the tagger takes the verb for a plural noun, and "one" counted it; a count of
    # one takes the singular ("One man walks")
    assert quantities(nlp, "One dresses so boldly that her boss complains.") == ()
    assert [(q.span.text, q.unit) for q in quantities(nlp, "One man walks to work.")] == [("One", "man")]


def test_between_the_ages_of_two_figures_is_one_range_of_ages(nlp):
    # invented: "between" before "the ages of" was not seen, so the pair was two figures and only the first an age
    found = quantities(nlp, "The study followed 900 nurses between the ages of 21 and 35 for a decade.")
    assert [(q.span.text, q.value, q.value_high, q.unit) for q in found][-1] == ("between the ages of 21 and 35", 21.0, 35.0, "years")


def test_a_name_a_comma_and_a_figure_alone_on_a_line_is_an_age(nlp):
    # invented: a list of victims or a caption ("Name, 40." on its own line); the tagger often takes the name for a place
    text = "Those on board included:  Karim Dallou, 43.  Dallou taught music in Lyon."
    assert [(q.span.text, q.unit, q.measures) for q in quantities(nlp, text)] == [("43", "years", "Karim Dallou")]
    assert [q.unit for q in quantities(nlp, "He moved to Old Town Road, 12. It was cold.")] != ["years"]


def test_a_name_a_comma_and_a_figure_heading_a_line_is_an_age(nlp):
    # invented: a victim's profile headed by "Name, 47" with no full stop, the profile on the next line; the line break
    # ends the heading as a full stop would
    text = "The dead included teachers.\n\nLena Varga, 47\nVarga, a nurse, had flown in for a wedding.\n\nTomas Adler, 38\nAdler was a baker."
    found = [(q.span.text, q.value, q.unit, q.measures) for q in quantities(nlp, text)]
    assert found == [("47", 47.0, "years", "Lena Varga"), ("38", 38.0, "years", "Tomas Adler")]
    # a figure that runs on into its sentence on the same line is no heading
    assert [q.unit for q in quantities(nlp, "The dead included teachers.\nLena Varga, 47 dogs and a cat.")] != ["years"]


def test_a_participle_before_a_plural_subject_describes_the_counted_noun(nlp):
    # invented: the parser reads "pledged" as the figure's verb and the noun as the subject of the later verb; the
    # participle has no clause of its own, so the figure counts the noun
    found = quantities(nlp, "In the county, 40 pledged delegates and six superdelegates were at stake.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("40", 40.0, "delegates"), ("six", 6.0, "superdelegates")]


def test_a_multiplying_word_in_s_after_a_plural_and_a_conjunction_is_a_noun(nlp):
    # invented: "singles and doubles" are hits; the tagger made "doubles" a verb joined to "hitting", and it was a multiple
    assert [q.unit for q in quantities(nlp, "She won by hitting singles and doubles all season.")] == []
    # a verb in -s joined to a verb in -s stays a multiple
    found = quantities(nlp, "The firm sells bonds and doubles its output every year.")
    assert [(q.span.text, q.value, q.unit) for q in found] == [("doubles", 2.0, "ratio")]


def test_a_singular_body_that_numbers_a_figure_is_a_count_of_it(nlp):
    # invented: "numbering" after a singular that is no crowd gave nothing; a body that numbers N has N members
    q = only(nlp, "The rebel force, numbering more than 900, crossed the river.")
    assert (q.span.text, q.value, q.unit, q.qualifier, q.measures) == ("more than 900", 900.0, "count", "more_than", "rebel force")
    q = only(nlp, "The delegation numbered 14.")
    assert (q.span.text, q.value, q.unit, q.measures) == ("14", 14.0, "count", "delegation")


def test_a_count_before_a_describing_noun_and_a_plural_of_members_counts_the_members(nlp):
    # invented: the parser hangs the figure on the describing noun; the plural after it is a party's members, which
    # was not taken for the counted noun as a common plural is, so the describing noun was the unit
    q = only(nlp, "By spring the mayor had 250 establishment Republicans behind her bid.")
    assert (q.span.text, q.value, q.unit, q.measures) == ("250", 250.0, "republicans", "establishment Republicans")
    q = only(nlp, "We counted 300 county Democrats at the fair.")
    assert (q.span.text, q.value, q.unit) == ("300", 300.0, "democrats")


def test_several_or_a_few_times_a_scale_word_is_an_approximate_range(nlp):
    # invented: "several hundred", "a few thousand" were no figure ("several dozen" alone was read); an analyst wants
    # the approximate count with its span: several is three to nine times the scale word, a few two to five times
    found = [(q.span.text, q.value, q.value_high, q.unit, q.qualifier) for q in quantities(nlp, "Several hundred protesters marched on the ministry.")]
    assert found == [("Several hundred", 300.0, 900.0, "protesters", "range")]
    found = [(q.span.text, q.value, q.value_high, q.unit) for q in quantities(nlp, "A few thousand people lost power.")]
    assert found == [("A few thousand", 2000.0, 5000.0, "people")]
    found = [(q.span.text, q.value, q.value_high, q.unit) for q in quantities(nlp, "Several hundred thousand residents fled.")]
    assert found == [("Several hundred thousand", 300000.0, 900000.0, "residents")]
    found = [(q.span.text, q.value, q.value_high, q.unit) for q in quantities(nlp, "The city spent a few million euros on roads.")]
    assert found == [("a few million", 2e6, 5e6, "EUR")]
    # a count of one takes the singular: the plural after the describing noun is the subject of a relative clause
    assert [q.unit for q in quantities(nlp, "The one issue Democrats avoided was trade.")] != ["democrats"]


def test_a_count_moving_through_dated_points_counts_the_same_noun_at_each(nlp):
    # invented: "the number of X went from N in March" gave no noun to N, and the later points after "to" none either
    text = "The firm's number of drivers went from 210 in March, to 185 in April, to 240 in May."
    assert [(q.span.text, q.value, q.unit) for q in quantities(nlp, text)] == [
        ("210", 210.0, "drivers"), ("185", 185.0, "drivers"), ("240", 240.0, "drivers")]


def test_a_captions_place_in_the_photo_between_name_and_age(nlp):
    # invented: "(left)" between the name and the comma hid the captioned age
    text = "The crew was named on Friday.\nLena Varga (left), 47.\nVarga flew the plane."
    assert [(q.span.text, q.unit, q.measures) for q in quantities(nlp, text)] == [("47", "years", "Lena Varga")]
