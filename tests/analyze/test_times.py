"""The readout_times component on hand-written sentences (spaCy's pipeline plus this component only)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from readout.analyze import extensions  # noqa: F401
from readout.analyze import times  # noqa: F401  (registers the factory)
from readout.analyze.nlp import load_corrected
from readout.analyze.time_rules import _BEFORE, _NOT_ASCII_EDGE, Rule, RuleSet, _bounds, _finditer, _windows, find_matches, load_rules, required_placeholders
from readout.eval.tempeval import range_ends
from readout.model import Document, Paragraph

D = dt.date


@pytest.fixture(scope="module")
def nlp():
    pipeline = load_corrected()
    pipeline.add_pipe("readout_times")
    return pipeline


@pytest.fixture(scope="module")
def nlp_durations():
    pipeline = load_corrected()
    pipeline.add_pipe("readout_times", config={"durations": True})
    return pipeline


def read(nlp, text: str, published: dt.date | None = None, paragraphs=()):
    document = Document(id="t", source="test", text=text, published=published, paragraphs=paragraphs)
    doc = nlp.make_doc(text)
    doc._.readout_document = document
    return list(nlp(doc)._.readout_times)


def one(nlp, text: str, wanted: str, published: dt.date | None = None):
    found = [t for t in read(nlp, text, published) if t.span.text == wanted]
    assert found, f"{wanted!r} not found in {[t.span.text for t in read(nlp, text, published)]}"
    return found[0]


@pytest.mark.parametrize(
    "text, wanted, start, end, granularity, timex",
    [
        ("The call took place on February 4, 2026, by video.", "February 4, 2026", D(2026, 2, 4), D(2026, 2, 4), "day", "2026-02-04"),
        ("Talks opened on 4 February 2026 in the capital.", "4 February 2026", D(2026, 2, 4), D(2026, 2, 4), "day", "2026-02-04"),
        ("The treaty was signed on Sept. 15, 2025.", "Sept. 15, 2025", D(2025, 9, 15), D(2025, 9, 15), "day", "2025-09-15"),
        ("The filing is dated 2026-02-04 in the register.", "2026-02-04", D(2026, 2, 4), D(2026, 2, 4), "day", "2026-02-04"),
        ("Deliveries resume in November 2026.", "November 2026", D(2026, 11, 1), D(2026, 11, 30), "month", "2026-11"),
        ("A visit is planned for the first half of 2026.", "the first half of 2026", D(2026, 1, 1), D(2026, 6, 30), "half", "2026-H1"),
        ("Output rose in Q3 2025 after a slow start.", "Q3 2025", D(2025, 7, 1), D(2025, 9, 30), "quarter", "2025-Q3"),
        ("Exports fell in the second quarter of 2024.", "the second quarter of 2024", D(2024, 4, 1), D(2024, 6, 30), "quarter", "2024-Q2"),
        ("The plant opens in the summer of 2027.", "the summer of 2027", D(2027, 6, 1), D(2027, 8, 31), "season", "2027-SU"),
        ("Reforms began in the 1990s and stalled.", "the 1990s", D(1990, 1, 1), D(1999, 12, 31), "decade", "199"),
        ("Trade fell in 2025 for the first time.", "2025", D(2025, 1, 1), D(2025, 12, 31), "year", "2025"),
        ("Work ends by the end of 2026 at the latest.", "the end of 2026", D(2026, 12, 1), D(2026, 12, 31), "range", "2026"),
    ],
)
def test_absolute_expressions(nlp, text, wanted, start, end, granularity, timex):
    t = one(nlp, text, wanted)
    assert (t.start, t.end, t.granularity, t.timex) == (start, end, granularity, timex)
    assert t.anchor == "absolute" and t.anchor_date is None and t.resolved


def test_span_points_into_the_text(nlp):
    text = "Officials met on Feb. 4, 2026, and again later."
    t = one(nlp, text, "Feb. 4, 2026")
    assert text[t.span.start : t.span.end] == "Feb. 4, 2026"
    assert t.span.doc_id == "t"


def test_range_with_commas_is_one_expression(nlp):
    found = read(nlp, "The programme runs from Sept. 15, 2025, to Sept. 14, 2026, in both countries.")
    assert len(found) == 1
    t = found[0]
    assert t.span.text == "from Sept. 15, 2025, to Sept. 14, 2026"
    assert (t.start, t.end, t.granularity) == (D(2025, 9, 15), D(2026, 9, 14), "range")


@pytest.mark.parametrize("text", ["The 2026-2027 plan was adopted.", "The 2026–2027 plan was adopted.", "The 2026–27 plan was adopted."])
def test_year_ranges(nlp, text):
    found = read(nlp, text)
    assert [(t.start, t.end, t.granularity) for t in found] == [(D(2026, 1, 1), D(2027, 12, 31), "range")]


def test_two_years_after_a_declaration_cue_are_one_period(nlp):
    found = read(nlp, "They welcomed the declaration of 2026 and 2027 as the Years of Culture.")
    assert [(t.span.text, t.start, t.end) for t in found] == [("2026 and 2027", D(2026, 1, 1), D(2027, 12, 31))]


def test_two_years_without_a_cue_are_two_years(nlp):
    found = read(nlp, "Growth slowed in 2026 and 2027 because of drought.")
    assert [t.timex for t in found] == ["2026", "2027"]


def test_relative_expressions_anchor_on_the_publication_date(nlp):
    published = D(2026, 3, 10)
    text = "Ministers will meet again next year. Prices rose last month. A summit is due this November."
    got = {t.span.text: t for t in read(nlp, text, published)}
    assert (got["next year"].start, got["next year"].end) == (D(2027, 1, 1), D(2027, 12, 31))
    assert (got["last month"].start, got["last month"].end) == (D(2026, 2, 1), D(2026, 2, 28))
    assert (got["this November"].start, got["this November"].end) == (D(2026, 11, 1), D(2026, 11, 30))
    assert all(t.anchor == "publication" and t.anchor_date == published for t in got.values())


def test_without_publication_date_the_opening_date_is_the_anchor(nlp):
    text = "Leaders spoke by phone on March 12, 2026.\nA visit is set for the first half of the year. Trade fell on June 1, 2025."
    paragraphs = (Paragraph(start=0, end=41), Paragraph(start=42, end=len(text)))
    t = next(t for t in read(nlp, text, None, paragraphs) if t.span.text == "the first half of the year")
    assert (t.start, t.end, t.granularity) == (D(2026, 1, 1), D(2026, 6, 30), "half")
    assert t.anchor == "event" and t.anchor_date == D(2026, 3, 12)


def test_without_any_anchor_relative_expressions_stay_unresolved(nlp):
    t = one(nlp, "Ministers will meet again next year.", "next year")
    assert t.resolved is False and t.anchor == "none" and t.start is None and t.end is None


def test_later_in_the_year_runs_from_the_anchor_to_year_end(nlp):
    t = one(nlp, "A second round is expected later in the year.", "later in the year", D(2026, 2, 4))
    assert (t.start, t.end, t.granularity) == (D(2026, 2, 4), D(2026, 12, 31), "range")


def test_weekday_follows_the_tense(nlp):
    published = D(2026, 3, 11)  # a Wednesday
    assert one(nlp, "The minister said on Friday that talks failed.", "Friday", published).start == D(2026, 3, 6)
    assert one(nlp, "The minister will travel on Friday to the capital.", "Friday", published).start == D(2026, 3, 13)


def test_a_year_earlier_counts_from_the_quarter_just_named(nlp):
    text = "Profit rose in the third quarter of 2025, up from 3 million a year earlier."
    t = one(nlp, text, "a year earlier", D(2025, 10, 26))
    assert (t.start, t.end, t.granularity, t.timex) == (D(2024, 7, 1), D(2024, 9, 30), "quarter", "2024-Q3")


def test_clock_time_on_a_named_day(nlp):
    t = one(nlp, "The deadline was 9 a.m. EST Tuesday, the agency said.", "9 a.m. EST Tuesday", D(2026, 3, 11))
    assert (t.start, t.timex) == (D(2026, 3, 10), "2026-03-10T09:00")
    t = one(nlp, "The deadline is 9 a.m. EST Tuesday, the agency said.", "9 a.m. EST Tuesday", D(2026, 3, 11))
    assert (t.start, t.timex) == (D(2026, 3, 17), "2026-03-17T09:00")  # a deadline in the present lies ahead


def test_weekend_is_saturday_and_sunday(nlp):
    t = one(nlp, "Protests spread over the weekend, officials said.", "the weekend", D(2026, 3, 11))
    assert (t.start, t.end, t.timex) == (D(2026, 3, 7), D(2026, 3, 8), "2026-W10-WE")


def test_month_without_year_takes_the_nearer_year(nlp):
    t = one(nlp, "The accord was signed on Nov. 25 in the capital.", "Nov. 25", D(2026, 1, 7))
    assert t.start == D(2025, 11, 25) and t.anchor == "publication"


@pytest.mark.parametrize(
    "text, wanted, recurrence",
    [
        ("The leaders meet annually in the spring.", "annually", "P1Y"),
        ("The company must pay $100 million in interest every quarter.", "every quarter", "P1Q"),
    ],
)
def test_recurrences(nlp, text, wanted, recurrence):
    t = one(nlp, text, wanted)
    assert t.granularity == "recurrence" and t.recurrence == recurrence


def test_a_streak_is_a_duration_left_to_the_quantities(nlp, nlp_durations):
    # "for three consecutive years" lasts three years (TimeML DURATION P3Y); it is no recurrence with no dates
    assert [t.span.text for t in read(nlp, "Trade exceeded the mark for three consecutive years.", D(2026, 3, 10))] == []
    t = one(nlp_durations, "Trade exceeded the mark for three consecutive years.", "three consecutive years")
    assert (t.granularity, t.timex, t.recurrence) == ("duration", "P3Y", None)
    t = one(nlp_durations, "Exports rose for the last five straight months.", "the last five straight months")
    assert (t.timex, t.recurrence) == ("P5M", None)


@pytest.mark.parametrize(
    "text",
    ["The new line will carry 44 bcm annually.", "Sales should rise 8.5% yearly.", "The plant makes about 10,000 units monthly.",
     "The cut saves $17.9 million annually."],
)
def test_a_recurrence_after_an_amount_is_its_rate(nlp, text):
    assert read(nlp, text, D(2026, 3, 10)) == []


def test_a_recurrence_after_no_amount_stays(nlp):
    assert one(nlp, "Thousands of patients wait for a new kidney each year.", "each year").recurrence == "P1Y"
    assert one(nlp, "The two presidents meet annually in the capital.", "annually").recurrence == "P1Y"


def test_the_future_of_a_thing_is_no_time(nlp):
    assert read(nlp, "The talks weigh heavily on the future of the alliance.", D(2026, 3, 10)) == []
    assert one(nlp, "The ministers made plans for the future.", "the future", D(2026, 3, 10)).timex == "FUTURE_REF"


def test_every_quarter_is_written_with_timeml_quarter_unit(nlp):
    assert one(nlp, "It pays interest every quarter.", "every quarter").timex == "P1Q"  # TimeML's Q, as in P2Q


def test_quarterly_as_an_adjective_is_no_time(nlp):
    assert [t.span.text for t in read(nlp, "The quarterly dividend was raised.", D(1989, 10, 30))] == []


@pytest.mark.parametrize(
    "text",
    ["The army sent 2000 troops to the border.", "May we ask a question?", "Over 56,000 students enrolled.", "It cost $2025 in fees."],
)
def test_numbers_and_verbs_are_not_dates(nlp, text):
    assert read(nlp, text) == []


def test_durations_only_when_configured(nlp, nlp_durations):
    text = "The talks lasted three days and ended."
    assert read(nlp, text) == []
    found = read(nlp_durations, text)
    assert [(t.span.text, t.granularity, t.timex) for t in found] == [("three days", "duration", "P3D")]


def test_holidays_with_a_fixed_rule(nlp):
    t = one(nlp, "Talks resume after Thanksgiving Day, officials said.", "Thanksgiving Day", D(2026, 11, 2))
    assert (t.start, t.granularity) == (D(2026, 11, 26), "day")
    assert one(nlp, "The treaty was signed on Christmas Eve 2025.", "Christmas Eve 2025").start == D(2025, 12, 24)


def test_recurring_weekday(nlp):
    t = one(nlp, "Envoys meet every Thursday in Geneva.", "every Thursday")
    assert (t.granularity, t.timex, t.recurrence) == ("recurrence", "XXXX-WXX-4", "P1W")


def test_plural_relative_units_are_vague(nlp):
    t = one(nlp, "Ties will deepen in the coming years.", "the coming years", D(2026, 2, 4))
    assert (t.timex, t.granularity, t.start, t.end) == ("FUTURE_REF", "unknown", D(2026, 2, 4), None)


def test_vague_references_keep_their_timex(nlp):
    t = one(nlp, "Relations are now at their best.", "now", D(2026, 2, 4))
    assert t.timex == "PRESENT_REF" and t.start == t.end == D(2026, 2, 4)


def test_rule_file_states_its_origin():
    rules = load_rules()
    assert "HeidelTime" in rules.about and "as of" in rules.about


def test_longest_match_wins():
    rules = load_rules()
    text = "from Sept. 15, 2025, to Sept. 14, 2026"
    assert [(m.rule, m.start, m.end) for m in find_matches(text, rules)] == [("range_mdy", 0, len(text))]


def test_required_placeholders_are_those_outside_alternatives_quantifiers_and_look_arounds():
    assert required_placeholders(r"(?:{REL} |{MODIFIER}[ -]?)?{MONTH_FULL}(?! \d)") == ("MONTH_FULL",)
    assert required_placeholders(r"{NUM}[ -](?:{UNIT}) {OFFSET}") == ("NUM", "UNIT", "OFFSET")  # a plain group is looked into
    assert required_placeholders(r"(?P<core>(?:the )?{SEASON}) of {YEAR}") == ("SEASON", "YEAR")
    assert required_placeholders(r"(?:{REL}|{OFFSET}) {UNIT}") == ("UNIT",)  # a group with an alternative adds none
    assert required_placeholders(r"(?:{REL} )+{UNIT}(?:, {YEAR})?(?:{DAY}){1,2}") == ("REL", "UNIT")
    assert required_placeholders(r"(?<!{DAY} ){MONTH}(?= {YEAR})(?i:{SEASON})") == ("MONTH",)  # look-arounds, flags
    assert required_placeholders(r"[(]{MONTH}[)] ((?:[)(]|x){DAY})") == ("MONTH", "DAY")  # brackets in a class
    assert required_placeholders(r"{YEAR}? {DAY}* [(|]{MONTH}") == ("MONTH",)
    assert required_placeholders(r"{YEAR}|{MONTH}") == ()
    assert required_placeholders(r"\d{1,3} {UNIT}") == ("UNIT",)  # a count, not a placeholder


def test_patterns_whose_required_words_are_absent_are_skipped_without_losing_a_match():
    rules = load_rules()
    present = rules.present("at 3 p.m. on Monday")
    assert present["WEEKDAY_FULL"] and present["AMPM"] and not present["SEASON"]
    # a case-insensitive letter also matches a few other characters ('ſ' is an 's'): the look for words sees them too
    assert [(m.rule, m.start, m.end) for m in find_matches("in the \u017fummer of 2020 they met", rules)] == [("season_year", 3, 21)]
    assert [(m.rule, m.start, m.end) for m in find_matches("on Christmas Day", rules)] == [("holiday", 3, 16)]


@pytest.mark.parametrize(
    ("text", "rule", "found"),
    [
        ("Rallies are planned for THIS WEEKEND.", "weekend", "THIS WEEKEND"),
        ("Sales fell from the YEAR-EARLIER quarter.", "year_earlier", "the YEAR-EARLIER quarter"),
        ("Prices rose FOR THE WHOLE YEAR.", "duration_the_unit", "THE WHOLE YEAR"),
        ("A vote is due LATER THIS YEAR.", "later_in_year", "LATER THIS YEAR"),
        ("Revenue for THE FISCAL YEAR rose.", "whole_year", "THE FISCAL YEAR"),
        ("EARLY NEXT YEAR the plant opens.", "modifier_relative_year", "EARLY NEXT YEAR"),
        ("Output fell from a prior-year high.", "year_earlier", "prior-year"),
        ("Sales beat the year-ago quarter.", "year_earlier", "the year-ago quarter"),
        ("Profit rose FOR THE year.", "year_of_account", "THE year"),
        ("He returns ON THE 21st.", "day_of_month", "THE 21st"),
        ("The summit is TWO WEEKS FROM Friday.", "offset_from_day", "TWO WEEKS FROM Friday"),
        ("It ends 3 day\u017f from today.", "offset_from_day", "3 day\u017f from today"),  # a long s: (?i:s) matches it
    ],
)
def test_a_rule_that_requires_a_word_finds_it_in_capitals(text, rule, found):
    """The required words are looked for in the lower-cased text: a headline in capitals still matches."""
    matches = find_matches(text, load_rules(), durations=True)
    assert [(m.rule, text[m.start : m.end]) for m in matches] == [(rule, found)]


@pytest.mark.parametrize(
    ("text", "year", "decade"),
    [
        ("Talks began in 1999.", True, False),
        ("He was born in nineteen ninety-six.", True, False),
        ("In the year two thousand the law passed.", True, False),
        ("Twenty people came.", False, False),
        ("Prices were lower in the Seventies.", False, True),
        ("It recalls the '90s.", False, True),
        ("The 1980s were different.", True, True),
        ("No date at all.", False, False),
    ],
)
def test_a_year_or_a_decade_is_looked_for_by_its_digits_then_only_where_its_words_are(text, year, decade):
    rules = load_rules()
    present = rules.present(text)
    assert (present["YEAR"], present["DECADE"]) == (year, decade)
    whole = RuleSet(lexicon=rules.lexicon, rules=rules.rules, about=rules.about, probes=rules.probes)  # each placeholder's own pattern
    assert (whole.present(text)["YEAR"], whole.present(text)["DECADE"]) == (year, decade)


def test_the_previous_year_counts_from_the_year_just_named_and_last_year_from_now(nlp):
    text = "Exports reached $5 billion in 2023, up 4% on the previous year. Imports fell last year."
    got = {t.span.text: t for t in read(nlp, text, D(2026, 3, 10))}
    previous = got["the previous year"]
    assert (previous.start, previous.end) == (D(2022, 1, 1), D(2022, 12, 31))
    assert previous.anchor == "reference" and previous.anchor_date == D(2023, 1, 1)
    assert (got["last year"].start, got["last year"].anchor) == (D(2025, 1, 1), "publication")


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before(nlp):
    got = {t.span.text: t for t in read(nlp, "Output rose in the second quarter of 2025 from a year earlier.", D(2026, 3, 10))}
    earlier = got["a year earlier"]
    assert (earlier.start, earlier.end, earlier.anchor) == (D(2024, 4, 1), D(2024, 6, 30), "reference")


def test_a_date_moved_forward_lies_ahead_whatever_the_tense(nlp):
    written = D(2026, 2, 10)  # a Tuesday in February
    assert one(nlp, "The programme was extended through May.", "May", written).start == D(2026, 5, 1)
    assert one(nlp, "The vote was delayed until Thursday.", "Thursday", written).start == D(2026, 2, 12)
    assert one(nlp, "The curfew lasted until Thursday.", "Thursday", written).start == D(2026, 2, 5)


def test_full_day_and_month_names_in_lower_case(nlp):
    found = {t.span.text: t for t in read(nlp, "The envoys met on tuesday and will meet again in november.", D(2026, 2, 12))}
    assert found["tuesday"].start == D(2026, 2, 10)
    assert found["november"].start == D(2026, 11, 1)
    assert not [t for t in read(nlp, "Troops may march on the capital.", D(2026, 2, 12))]


def test_since_a_year_runs_up_to_the_anchor(nlp):
    since = one(nlp, "Prices have risen since 1998.", "1998", D(2026, 2, 10))
    assert (since.start, since.end) == (D(1998, 1, 1), D(2026, 2, 10))
    assert since.timex == "1998"
    plain = one(nlp, "Prices rose in 1998.", "1998", D(2026, 2, 10))
    assert plain.end == D(1998, 12, 31)


def test_a_date_after_since_lies_before_the_anchor_and_following_alone_is_a_preposition(nlp):
    written = D(2016, 9, 29)  # a Thursday
    since = one(nlp, "We've logged hundreds of break-ins, hundreds since March 3rd.", "March 3rd", written)
    assert (since.start, since.end, since.timex) == (D(2016, 3, 3), written, "2016-03-03")
    assert one(nlp, "Following Monday's debate, the site ran a fact-check.", "Monday", written).start == D(2016, 9, 26)
    assert one(nlp, "They met again the following Monday.", "the following Monday", written).start == D(2016, 10, 3)


def test_time_words_inside_names_are_no_times(nlp):
    written = D(2016, 9, 26)
    text = 'Finance Minister Rosa May was not invited. Lind told NBC\'s "This Week" and KTVX This Morning that they meet in May.'
    assert [t.span.text for t in read(nlp, text, written)] == ["May"]
    assert one(nlp, "He will visit Mexico Next Week, aides said.", "Next Week", written).timex == "2016-W40"


def test_a_programme_title_after_a_broadcaster_the_parser_splits_from_it_is_no_time(nlp):
    text = 'Finance Minister Rosa May was not invited. Lind told NBC\'s "This Week" and Radio Four This Morning that they meet in May.'
    assert [t.span.text for t in read(nlp, text, D(2016, 9, 26))] == ["May"]


def test_spans_counted_forward_are_durations_from_a_date_and_parts_of_day_keep_their_code(nlp):
    from readout.analyze.analyzer import analyze
    from readout.model import Document

    text = "The talks opened on Monday, March 2. Three days later the envoys left. A vote is due ten years from now. They met Thursday evening and again yesterday morning."
    document = Document(id="t", source="test", text=text, language="en", published=D(2026, 3, 6))
    found = {t.span.text: t for t in analyze(document, nlp).times}
    later = found["Three days later"]
    assert (later.timex, later.start, later.granularity) == ("P3D", D(2026, 3, 5), "day")
    assert later.anchor == "reference" and later.anchor_date == D(2026, 3, 2)
    assert (found["ten years from now"].timex, found["ten years from now"].start) == ("P10Y", D(2036, 3, 6))
    assert (found["Thursday evening"].timex, found["Thursday evening"].start) == ("2026-03-05TEV", D(2026, 3, 5))
    assert found["yesterday morning"].timex == "2026-03-05TMO"


def test_a_plan_already_past_and_an_arrangement_ahead(nlp):
    written = D(2026, 2, 11)  # a Wednesday
    assert one(nlp, "The offer had been scheduled to expire at midnight Friday.", "midnight Friday", written).timex == "2026-02-06T24:00"
    assert one(nlp, "The offer is scheduled to expire at midnight Friday.", "midnight Friday", written).timex == "2026-02-13T24:00"
    assert one(nlp, "The stock is to resume trading in Paris Tuesday.", "Tuesday", written).start == D(2026, 2, 17)


def test_a_year_is_not_joined_to_a_count_after_it(nlp):
    found = read(nlp, "Membership rose from 2012 to 45 members.", D(2026, 2, 12))
    assert [(t.span.text, t.timex) for t in found] == [("2012", "2012")]
    assert [(t.start, t.end) for t in read(nlp, "The 1987-88 season was poor.")] == [(D(1987, 1, 1), D(1988, 12, 31))]


def test_years_read_aloud_and_centuries(nlp):
    found = {t.span.text: t.timex for t in read(nlp, "In nineteen ninety-six, by the year two thousand, in January nineteen ninety-seven, in the 20th century.")}
    assert found == {"nineteen ninety-six": "1996", "the year two thousand": "2000", "January nineteen ninety-seven": "1997-01", "the 20th century": "19"}
    assert read(nlp, "More than two thousand years of history.") == []


def test_noon_on_a_day_a_clock_time_on_a_date_and_vague_counts_ago(nlp, nlp_durations):
    written = D(1989, 11, 2)  # a Thursday
    assert one(nlp, "Talks broke off at noon Tuesday.", "noon Tuesday", written).timex == "1989-10-31T12:00"
    assert one(nlp, "The poll stays open until 6 p.m. EST Dec. 4.", "6 p.m. EST Dec. 4", written).timex == "1989-12-04T18:00"
    assert one(nlp, "The machines were removed several years ago.", "several years ago", written).timex == "PAST_REF"
    assert one(nlp_durations, "It will not change for a couple of years.", "a couple of years", written).timex == "P2Y"


def test_vague_words_only_when_configured():
    pipeline = load_corrected()
    pipeline.add_pipe("readout_times", config={"vague_words": True})
    text = "Current conditions will soon change, as soon as the recent sale closes, at the then current price."
    assert {t.span.text: t.timex for t in read(pipeline, text, D(2026, 2, 12))} == {
        "Current": "PRESENT_REF", "soon": "FUTURE_REF", "recent": "PAST_REF", "then current": "PAST_REF"
    }


def test_decades_in_words_the_last_half_and_a_plan_that_was_due(nlp):
    assert one(nlp, "Numbers dropped through the nineties.", "the nineties", D(1998, 3, 3)).timex == "199"
    assert read(nlp, "Men in their sixties met.", D(1998, 3, 3)) == []
    assert one(nlp, "Earnings fall in the last half of 1989.", "the last half of 1989").timex == "1989-H2"
    assert read(nlp, "It ended in the last half hour.", D(1998, 3, 3)) == []
    written = D(2026, 2, 11)  # a Wednesday
    assert one(nlp, "It had been due to expire Friday evening.", "Friday evening", written).start == D(2026, 2, 6)
    assert one(nlp, "The offer is due to expire Friday.", "Friday", written).start == D(2026, 2, 13)


def test_a_year_after_a_determiner_before_a_plural_noun_is_a_year(nlp):
    assert [t.timex for t in read(nlp, "They hope to win by the opening of the 2000 Olympics.")] == ["2000"]
    assert [t.timex for t in read(nlp, "Sales were above fiscal 1989 sales of $155 million.")] == ["1989"]
    assert read(nlp, "The army sent 2000 troops.") == []
    assert [t.timex for t in read(nlp, "It is an item in the company's 1989 operating results.")] == ["1989"]  # after a possessive, as after 'its'


def test_the_season_follows_the_tense_and_a_quarter_before_an_amount(nlp):
    written = D(1989, 10, 26)
    assert one(nlp, "Over the summer, rivals offered more.", "the summer", written).timex == "1989-SU"
    assert one(nlp, "Demand will stay strong well into the summer.", "the summer", written).timex == "1990-SU"
    assert read(nlp, "The summer of love was long gone.", written) == []
    assert one(nlp, "It announced a loss for the third quarter of $226.3 million.", "the third quarter", written).timex == "1989-Q3"
    assert read(nlp, "They led in the first half of the match.", written) == []


def test_near_future_words_are_vague_words():
    pipeline = load_corrected()
    pipeline.add_pipe("readout_times", config={"vague_words": True})
    found = {t.span.text: t.timex for t in read(pipeline, "It may sell the unit in the near future or at a later date.", D(2026, 2, 12))}
    assert found == {"the near future": "FUTURE_REF", "a later date": "FUTURE_REF"}


def test_mid_afternoon_and_durations_with_more_or_trading(nlp, nlp_durations):
    written = D(1989, 11, 2)
    assert one(nlp, "In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday", written).timex == "1989-11-01TAF"
    assert one(nlp, "By mid afternoon, sources said so.", "mid afternoon", written).timex == "1989-11-02TAF"
    assert one(nlp_durations, "The base stays for at least 20 more years.", "at least 20 more years", written).timex == "P20Y"
    assert one(nlp_durations, "Eight trading days after the plunge, it recovered.", "Eight trading days", written).timex == "P8D"


def test_a_participle_dates_the_past_unless_it_schedules(nlp):
    written = D(1989, 10, 31)
    assert one(nlp, "Revenue in the year ended March 31 rose.", "March 31", written).start == D(1989, 3, 31)
    assert one(nlp, "Talks scheduled for Monday were announced.", "Monday", written).start == D(1989, 11, 6)


def test_that_year_is_the_year_just_named(nlp):
    text = "Imports reached $1.5 billion in 1988. Watches made up a small share that year."
    assert one(nlp, text, "that year", D(1989, 11, 2)).timex == "1988"
    assert read(nlp, "He said that day was hard.", D(1989, 11, 2)) == []


def test_a_scheduled_present_and_a_deadline_look_ahead(nlp):
    written = D(1998, 5, 1)  # a Friday
    assert one(nlp, "The two leaders meet separately Monday with the envoy.", "Monday", written).start == D(1998, 5, 4)
    assert one(nlp, "The leaders hold talks Tuesday in London.", "Tuesday", written).start == D(1998, 5, 5)
    assert one(nlp, "The offer stands until February.", "February", written).start == D(1999, 2, 1)
    assert one(nlp, "The minister said Tuesday that talks failed.", "Tuesday", written).start == D(1998, 4, 28)


def test_year_end_month_end_and_holidays_counted_from_easter(nlp):
    written = D(1989, 10, 27)
    year_end = one(nlp, "The deal should close by year-end.", "year-end", written)
    assert (year_end.start, year_end.end, year_end.timex) == (D(1989, 12, 1), D(1989, 12, 31), "1989")
    month_end = one(nlp, "Troops should arrive by the end of the month.", "the end of the month", written)
    assert (month_end.start, month_end.end, month_end.timex) == (D(1989, 10, 25), D(1989, 10, 31), "1989-10")
    assert one(nlp, "The shops reopen on Easter Monday.", "Easter Monday", D(1998, 2, 10)).start == D(1998, 4, 13)
    assert one(nlp, "It happened on Good Friday.", "Good Friday", D(1999, 4, 20)).start == D(1999, 4, 2)
    assert read(nlp, "The Good Friday Agreement was signed.", written) == []


def test_halves_compound_numbers_and_a_span_before_an_event(nlp_durations):
    written = D(1998, 2, 27)
    assert one(nlp_durations, "They lived in camps for 2 1/2 years.", "2 1/2 years", written).timex == "P2Y6M"
    assert one(nlp_durations, "It took a minute and a half.", "a minute and a half", written).timex == "PT1M30S"
    assert one(nlp_durations, "In the last twenty-four hours prices fell.", "the last twenty-four hours", written).timex == "PT24H"
    assert one(nlp_durations, "Banks must wait 30 days before closing the purchase.", "30 days", written).timex == "P30D"
    assert one(nlp_durations, "He had left two days before.", "two days before", written).start == D(1998, 2, 25)


def test_the_fast_scan_finds_what_finditer_finds_after_any_character():
    rules = load_rules()
    texts = ["May 5, 2020 and June 2021", "éMay 5, 2020", "£2020 then 2021", "“March 2019”, then (April 2020)",
             "\u00a0July 4\u2014and ÉtéJuly 2020", "x2020 2020", "on Monday, at 3 p.m. last week"]
    for rule in rules.rules:
        for text in texts:
            expected = [(m.start(), m.end(), m.groupdict()) for m in rule.regex.finditer(text)]
            assert [(at, m.end(), m.groupdict()) for at, m in _finditer(rule, text)] == expected, (rule.name, text)
    starts = {at for rule in rules.rules for at, _ in _finditer(rule, "éMay 5, 2020")}
    assert 1 not in starts and 0 not in starts  # a match never starts after a letter, even a non-ASCII one


def test_a_patterns_width_and_what_its_look_aheads_read_bound_the_windows():
    assert _bounds(r"(?<![a-z])ab(?=cde|f(?!g))\b(?:x|yz)") == (4, 5)  # 'ab' + 'yz'; 'cde' read past a position, plus two
    assert _bounds(r"ab\b") == (2, 2)
    assert _bounds(r"a+b") == (None, None)  # unbounded
    assert _bounds(r"a(?=b*)") == (None, None)  # a look-ahead that may read on without end
    assert _bounds(r"(a)\1") == (None, None)  # a group referred back to: no bound known


def test_the_windowed_scan_finds_what_finditer_finds():
    rules = load_rules()
    filler = "Officials met again; nothing was decided, and the talks go on. " * 40  # windows cover little of the text
    texts = [
        filler + "On 5 March 2020 and in June 2021, Sept. 30 to Oct. 2, last summer, the spring of 2019. " + filler,
        "March 2020 " + filler + " the second quarter of 2024, three years ago, on Tuesday, May 5",  # at both ends
        filler + "in mid-March, March 2020s, 12 March 20201, Marchers and March-2020 " + filler,  # look-aheads at a window's edge
        filler + "(\u00a0July 4\u2014and ÉtéJuly 2020), the ſummer of 2020, early spring 2024" + filler,
    ]
    windowed = 0
    for text in texts:
        present = rules.present(text)
        for rule in rules.rules:
            places = _windows(rule, rules, present, len(text))
            windowed += places is not None
            expected = [(m.start(), m.end(), m.groupdict()) for m in rule.regex.finditer(text)]
            assert [(at, m.end(), m.groupdict()) for at, m in _finditer(rule, text, places)] == expected, (rule.name, text[-80:])
    assert windowed > 60  # the rules with a word placeholder ran in windows (88 of the 256 runs when written)


def test_the_year_rules_scan_only_around_the_years_and_find_what_finditer_finds():
    """A year's places (its digits, and its spelled forms where their words are) bound the windows of the year rules,
    as a word's places do; the places cover every match of the placeholder's own pattern."""
    rules = load_rules()
    filler = "Officials met again; nothing was decided, and the talks go on. " * 40
    texts = [
        filler + "From 2019 to 2021, then 2014-15 and the 1990s; in fiscal 2024 " + filler,
        "1998 " + filler + " in nineteen ninety-six, the year two thousand, twenty oh-five, the Seventies 2020",  # at both ends
        filler + "x2020, 20201, £2020, 2020s, '90s, 2020-2021-2022, 12/03/2020 and ÉtéJuly 2020" + filler,
        filler + "twenty people, the year two thousand and one, Nineteen Eighty-Four 1984" + filler,
    ]
    year_rules = [rule for rule in rules.rules if "YEAR" in rule.required and rule.width is not None]
    windowed = 0
    for text in texts:
        present = rules.present(text)
        for name in ("YEAR", "DECADE"):
            starts, ends = present.places(name)
            whole = re.compile(rules.probes[name][0].pattern)
            assert list(zip(starts, ends)) == [m.span() for m in whole.finditer(text)], (name, text[-60:])
        for rule in year_rules:
            places = _windows(rule, rules, present, len(text))
            windowed += places is not None
            expected = [(m.start(), m.end(), m.groupdict()) for m in rule.regex.finditer(text)]
            assert [(at, m.end(), m.groupdict()) for at, m in _finditer(rule, text, places)] == expected, (rule.name, text[-80:])
    assert windowed >= 2 * len(year_rules)  # the year rules ran in windows, not over the whole text


def test_a_rules_anchor_skips_texts_without_it_and_bounds_its_windows_with_the_same_matches():
    """A rule's anchor (the rarer piece every match holds: '3 p.m.', ' a week') is looked for first; a text without
    it skips the rule, and its places bound the rule's windows. Same matches as the rule's own pattern over the text."""
    rules = load_rules()
    by_name = {rule.name: rule for rule in rules.rules}
    assert by_name["clock"].required[0] == "anchor:clock" and by_name["times_a_unit"].required[0] == "anchor:times_a_unit"
    filler = "The program was run by the campaign, which I am told met many times and once again. " * 30
    texts = [
        filler + "At 3 p.m. Tuesday, then 10:30 am EST, 7pm on Friday, Monday at 9 a.m. " + filler,
        "Noon 4 PM " + filler + " they vote twice a year, three times per week, once a day, ten times a year after",
        filler + "five times a-day, twice an hour's, 2 am, 12:45 P.M., 11 times each quarter. " + filler,
        filler,  # neither anchor: both rules skipped
    ]
    matched = 0
    for text in texts:
        present = rules.present(text)
        for name in ("clock", "times_a_unit"):
            rule = by_name[name]
            expected = [(m.start(), m.end(), m.groupdict()) for m in rule.regex.finditer(text)]
            places = _windows(rule, rules, present, len(text)) if all(present[n] for n in rule.required) else None
            found = [(at, m.end(), m.groupdict()) for at, m in _finditer(rule, text, places)] if all(present[n] for n in rule.required) else []
            assert found == expected, (name, text[-60:])
            assert not expected or places is not None, (name, text[-60:])  # ran in windows
            matched += bool(expected)
    assert matched == 5  # clocks in the first three texts, sets in the second and third
    assert not any(present[f"anchor:{name}"] for name in ("clock", "times_a_unit"))  # the filler alone


def test_the_capitalized_holidays_have_a_rule_of_their_own():
    """Election Day, Election Night and Super Tuesday (read only when capitalized) are found by their own rule, so
    election news does not run the rule of the other holidays; the same matches as one rule."""
    rules = load_rules()
    text = "On Election Day, and on Christmas Eve 2015, and after Super Tuesday, election night and ELECTION NIGHT."
    found = [(m.rule, text[m.start : m.end], m.groups["holiday"]) for m in find_matches(text, rules) if m.kind == "holiday"]
    assert found == [("holiday_capitalized", "Election Day", "election day"), ("holiday", "Christmas Eve 2015", "christmas eve"),
                     ("holiday_capitalized", "Super Tuesday", "super tuesday"), ("holiday_capitalized", "ELECTION NIGHT", "election night")]
    assert not any(w in rules.rules[[r.name for r in rules.rules].index("holiday")].requires for w in ("election day", "super tuesday"))


def test_a_window_reaches_as_far_back_as_a_match_is_long_and_as_far_on_as_its_look_aheads_read():
    def rule(body: str) -> Rule:
        width, reach = _bounds(_BEFORE + body)
        return Rule(name="t", kind="date", regex=re.compile(_BEFORE + body), scan=re.compile(_NOT_ASCII_EDGE + body), width=width, reach=reach)

    filler = "nothing was decided and the talks go on " * 5
    text = filler + "last year's fall " + filler + "fall of this year again " + filler
    places = ([m.start() for m in re.finditer("fall", text)], [m.end() for m in re.finditer("fall", text)])
    for body in (r"(?:(?:this|last) year's )?fall\b", r"fall(?: of (?:this|last) year)?(?! again)"):
        found = [(at, m.end()) for at, m in _finditer(rule(body), text, places)]
        assert found == [(m.start(), m.end()) for m in re.compile(_BEFORE + body).finditer(text)]
    assert [text[at:m.end()] for at, m in _finditer(rule(r"(?:(?:this|last) year's )?fall\b"), text, places)] == ["last year's fall", "fall"]
    assert [text[at:m.end()] for at, m in _finditer(rule(r"fall(?: of (?:this|last) year)?(?! again)"), text, places)] == ["fall", "fall"]


def test_a_weekday_owning_an_event_noun_lies_behind_unless_looked_ahead_to(nlp):
    written = D(1998, 8, 12)  # a Wednesday
    assert one(nlp, "Investigators are examining Friday's bombing.", "Friday", written).start == D(1998, 8, 7)
    assert one(nlp, "Police are questioning suspects in Friday's attack.", "Friday", written).start == D(1998, 8, 7)
    assert one(nlp, "Parties are preparing for Sunday's election.", "Sunday", written).start == D(1998, 8, 16)
    assert one(nlp, "Parties are campaigning ahead of Sunday's vote.", "Sunday", written).start == D(1998, 8, 16)


@pytest.mark.parametrize("text, wanted, timex", [
    # a weekday in a phrase set before a clause told as a plan ('will', 'shall') takes that clause's tense ...
    ("After the hearing on Thursday, the judge will rule on bail.", "Thursday", "2026-03-12"),
    ("After Friday's count, the commission will publish the results.", "Friday", "2026-03-13"),
    ("Following the debate on Wednesday, the candidates will tour the north.", "Wednesday", "2026-03-11"),
    ("After the hearing on Thursday, the judge is expected to rule on bail.", "Thursday", "2026-03-12"),
    ("After Friday's count, the commission plans to publish the results.", "Friday", "2026-03-13"),
    # ... not a clause told in the past, nor a modal of what may follow a done event
    ("After the hearing on Thursday, the judge ruled on bail.", "Thursday", "2026-03-05"),
    ("After the hearing on Thursday, the judge might rule on bail.", "Thursday", "2026-03-05"),
    ("After Friday's count, the commission faces a hard choice.", "Friday", "2026-03-06"),
])
def test_a_weekday_in_a_fronted_phrase_takes_the_tense_of_a_plan(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 3, 10))  # written on a Tuesday
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, timex", [
    # a weekday after 'on' hung on a noun of a done act (a killing, a raid) dates the act, past whatever the verb ...
    ("Voters will back him because of the slaying on Friday of a young nurse.", D(2026, 8, 30), "2026-08-28"),
    ("Voters will back him because of the slaying in the city on Friday of a young nurse.", D(2026, 8, 30), "2026-08-28"),
    # ... not an act told as one that may happen
    ("Police will guard the square to prevent an attack on Friday.", D(2026, 8, 26), "2026-08-28"),
])
def test_a_weekday_on_a_done_act_after_on_is_past(nlp, text, published, timex):
    assert [t.timex for t in read(nlp, text, published)] == [timex]


def test_a_weekday_owning_an_event_looked_back_on_lies_behind_though_a_modal_follows(nlp):
    written = D(2026, 3, 10)  # a Tuesday
    assert one(nlp, "Dealers will try to recover from Monday's slide.", "Monday", written).timex == "2026-03-09"
    assert one(nlp, "After Friday's ballot, the alliance could fall apart.", "Friday", written).timex == "2026-03-06"
    assert one(nlp, "Thursday's ballot might stall the spending bill.", "Thursday", written).timex == "2026-03-05"
    assert one(nlp, "Monday's selloff could erase the gains of the winter.", "Monday", written).timex == "2026-03-09"
    # the story tells the same weekday as ahead elsewhere, or looks ahead to it
    text = "The ballot is set for Thursday. Thursday's ballot might stall the spending bill."
    assert [t.timex for t in read(nlp, text, written)] == ["2026-03-12", "2026-03-12"]
    assert one(nlp, "Ahead of Friday's ballot, the alliance could fall apart.", "Friday", written).timex == "2026-03-13"
    assert one(nlp, "Voters will cast ballots in Thursday's primary.", "Thursday", written).timex == "2026-03-12"



def test_an_event_looked_back_on_under_a_modal_is_ahead_when_written_the_day_before(nlp):
    written = D(2026, 3, 11)  # a Wednesday
    # the next day's event, with a modal in the clause: a preview, not last week's
    assert one(nlp, "After Thursday's forum, the governor must drive to the border towns.", "Thursday", written).timex == "2026-03-12"
    assert one(nlp, "The ferry crews may strike again after Thursday's talks.", "Thursday", written).timex == "2026-03-12"
    # guards: another weekday, or no modal, keeps the done event
    assert one(nlp, "After Monday's forum, the governor must drive to the border towns.", "Monday", written).timex == "2026-03-09"
    assert one(nlp, "After Thursday's forum, the governor drove to the border towns.", "Thursday", written).timex == "2026-03-05"

@pytest.mark.parametrize(
    "text, timex",
    [
        # praise or blame in the present is a reaction under way to what was done: the Thursday just gone
        ("Union leaders are hailing the court's ruling on Thursday as a win for workers.", "2026-03-05"),
        ("Critics are blasting the mayor's budget speech on Thursday.", "2026-03-05"),
        ("Farm groups praise the new tariff deal on Thursday.", "2026-03-05"),
        ("Critics slam the budget speech Thursday.", "2026-03-05"),
        # told ahead, or an act one arranges, it is still the coming Thursday
        ("The mayor will praise the deal on Thursday.", "2026-03-12"),
        ("The mayor plans to condemn the attack on Thursday.", "2026-03-12"),
        ("The council is expected to vote on Thursday.", "2026-03-12"),
        ("The chief will meet the envoy on Thursday.", "2026-03-12"),
        ("The team is meeting the investors on Thursday.", "2026-03-12"),
        ("The city is welcoming the delegation on Thursday.", "2026-03-12"),
    ],
)
def test_praise_or_blame_in_the_present_is_a_reaction_not_a_schedule(nlp, text, timex):
    found = one(nlp, text, "Thursday", D(2026, 3, 9))  # written on a Monday
    assert (found.span.text, found.timex) == ("Thursday", timex)


def test_a_modal_on_a_weekdays_event_reads_as_preview_or_follow_up_by_the_storys_evidence(nlp):
    # the modal alone does not tell a preview from a follow-up: the writing day and the story's other mentions do
    line = "Wednesday's runoff could settle the contest."
    assert one(nlp, line, "Wednesday", D(2026, 3, 10)).timex == "2026-03-11"  # written the day before: coming
    assert one(nlp, line, "Wednesday", D(2026, 3, 12)).timex == "2026-03-11"  # written the day after: just gone
    written = D(2026, 3, 6)  # a Friday
    assert one(nlp, line, "Wednesday", written).timex == "2026-03-04"  # no other evidence: looked back on
    ahead = "Both camps bought airtime before the runoff. " + line
    assert [t.timex for t in read(nlp, ahead, written)] == ["2026-03-11"]
    upcoming = "The upcoming runoff has drawn big crowds. " + line
    assert [t.timex for t in read(nlp, upcoming, written)] == ["2026-03-11"]
    done = "The runoff drew a record turnout. " + line
    assert [t.timex for t in read(nlp, done, written)] == ["2026-03-04"]
    clause = "Crowds will pack the squares during the runoff. " + line  # the tense of the clause it is told in
    assert [t.timex for t in read(nlp, clause, written)] == ["2026-03-11"]
    after = "After the runoff, the mayor conceded. " + line
    assert [t.timex for t in read(nlp, after, written)] == ["2026-03-04"]
    # another runoff of its kind is no evidence about this one
    other = "Every runoff drew crowds in the old days. " + line
    assert [t.timex for t in read(nlp, other, written)] == ["2026-03-04"]


def test_a_plain_mention_dated_by_a_time_of_its_own_is_another_event_of_the_kind(nlp):
    # 'the runoff in 2019', 'the runoff last year' are earlier runoffs: no evidence that Wednesday's lies behind
    written = D(2026, 3, 6)  # a Friday
    line = "Wednesday's runoff could settle the contest."
    text = "The upcoming runoff has drawn big crowds. The runoff in 2019 drew a record turnout. " + line
    assert [t.timex for t in read(nlp, text, written)] == ["2019", "2026-03-11"]
    text = "Both camps bought airtime before the runoff. The runoff of 2019 drew a record turnout, and the runoff last year was close. " + line
    assert [t.timex for t in read(nlp, text, written)] == ["2019", "2025", "2026-03-11"]
    # a mention dated by the same weekday is the same event
    text = "The runoff drew a record turnout. Officials said the runoff on Wednesday went smoothly. " + line
    assert [t.timex for t in read(nlp, text, written)] == ["2026-03-04", "2026-03-04"]


def test_lower_case_may_march_august_are_months_only_with_a_number_beside_them(nlp):
    written = D(2026, 3, 10)
    assert one(nlp, "The poet was born in august 1931 by the sea.", "august 1931", written).timex == "1931-08"
    assert one(nlp, "The ferry stopped running on march 4.", "march 4", written).timex == "2026-03-04"
    assert one(nlp, "The mill shut in may 2011.", "may 2011", written).timex == "2011-05"
    assert one(nlp, "The count ends on 2 august 2027.", "2 august 2027", written).timex == "2027-08-02"
    # the verb and the modal stay words, with or without a number beside them
    assert read(nlp, "Some 40 may lose their posts.", written) == []
    assert read(nlp, "Pickets march 5 miles a day.", written) == []
    assert read(nlp, "They may march on the capital.", written) == []
    assert [t.timex for t in read(nlp, "A 2019 march on the capital drew crowds.", written)] == ["2019"]


def test_lower_case_may_march_august_after_a_word_that_introduces_a_month(nlp):
    written = D(2026, 3, 10)
    assert one(nlp, "The survey is due in august.", "august", written).timex == "2026-08"
    assert one(nlp, "Fares stay frozen until may, the operator says.", "may", written).timex == "2026-05"
    assert one(nlp, "The depot reopened last march after repairs.", "last march", written).timex == "2025-03"
    found = one(nlp, "Since august the line has run at a loss.", "august", written)
    assert (found.start, found.end) == (D(2025, 8, 1), written)
    # not the noun or the verb after such a word
    assert read(nlp, "Hundreds joined in march rallies.", written) == []
    assert read(nlp, "The first offer failed; the next may fare better.", written) == []
    assert read(nlp, "Farmers began an early march toward the city.", written) == []


def test_into_joining_two_weekdays_orders_them_as_a_span(nlp):
    written = D(2026, 3, 10)  # a Tuesday; told in the past, the night read alone is today's, the morning last week's
    text = "The valley had no power from Tuesday night into Wednesday morning."
    assert [t.timex for t in read(nlp, text, written)] == ["2026-03-03TNI", "2026-03-04TMO"]
    # told ahead, a span ending on the writing day runs through it: the evening just gone and today, not next week's
    text = "Sleet will fall from Monday evening into Tuesday."
    assert [t.timex for t in read(nlp, text, written)] == ["2026-03-09TEV", "2026-03-10"]
    text = "Snow is expected from Monday night into Tuesday."
    assert [t.timex for t in read(nlp, text, written)] == ["2026-03-09TNI", "2026-03-10"]
    # a span wholly ahead still runs forward from its start
    text = "Sleet will fall from Monday evening into Tuesday."
    assert [t.timex for t in read(nlp, text, D(2026, 3, 12))] == ["2026-03-16TEV", "2026-03-17"]


def test_a_past_verb_the_tagger_reads_as_a_participle_still_tells_a_past_act(nlp):
    # 'asserted' with a subject and no auxiliary, heading the sentence, is tagged VBN by the small model
    written = D(2026, 3, 11)
    text = "The deputy aide, speaking on the radio, asserted in July that the plan worked."
    assert [t.timex for t in read(nlp, text, written)] == ["2025-07"]
    text = "The charter for the new board, adopted over loud protests in May, takes effect soon."
    assert [t.timex for t in read(nlp, text, written)] == ["2025-05"]
    # a small clause is no past act: the date it holds is read by the verb it hangs on
    assert [t.timex for t in read(nlp, "The board wants the hull tested in July.", written)] == ["2026-07"]


def test_plan_verbs_the_lemmatizer_misreads_still_look_ahead(nlp):
    written = D(2026, 3, 10)  # a Tuesday; the lemmatizer reads 'hopes' as 'hop' and 'slated' as 'slat'
    assert one(nlp, "The envoy hopes to close the deal Friday.", "Friday", written).timex == "2026-03-13"
    assert one(nlp, "The envoy is hoping to close the deal Friday.", "Friday", written).timex == "2026-03-13"
    assert one(nlp, "A recount is slated for Thursday.", "Thursday", written).timex == "2026-03-12"
    assert one(nlp, "The envoy had hoped to close the deal Friday.", "Friday", written).timex == "2026-03-06"


def test_an_event_after_ahead_of_lies_ahead_though_the_act_is_past(nlp):
    written = D(2026, 3, 5)  # a Thursday
    assert one(nlp, "Party workers knocked on doors across the valley ahead of voting Tuesday.", "Tuesday", written).timex == "2026-03-10"
    assert one(nlp, "Clerks printed the ballots ahead of Saturday's referendum.", "Saturday", written).timex == "2026-03-07"
    assert one(nlp, "Cities hired extra guards in the run-up to Sunday's marathon.", "Sunday", written).timex == "2026-03-08"
    assert one(nlp, "Soldiers were sent to the villages ahead of the November election.", "November", written).timex == "2026-11"
    # the story tells the same weekday as past elsewhere: one Friday in one story
    text = "The ministers met Friday by the lake. Ahead of Friday's meeting, two of them drafted a plan."
    assert [t.timex for t in read(nlp, text, written)] == ["2026-02-27", "2026-02-27"]
    assert one(nlp, "Shares rose Monday ahead of the jobs report.", "Monday", written).timex == "2026-03-02"


def test_a_weekday_naming_a_weekly_programme_or_paper_is_no_day(nlp):
    written = D(2026, 3, 5)  # a Thursday
    assert read(nlp, "The senator went on a Sunday talk show to defend the budget.", written) == []
    assert read(nlp, "Her Saturday morning programme drew record audiences.", written) == []
    assert read(nlp, "The anchor hosts a Sunday quiz show.", written) == []
    assert one(nlp, "The senator said at a Tuesday news conference that the budget was safe.", "Tuesday", written).timex == "2026-03-03"
    assert one(nlp, "The senator went on Sunday's talk shows to defend the budget.", "Sunday", written).timex == "2026-03-01"


def test_a_month_and_day_naming_an_event_years_back(nlp):
    written = D(2026, 3, 5)
    assert one(nlp, "Airport screening was overhauled after the Sept. 11 attacks.", "Sept. 11", written).timex == "2001-09-11"
    assert one(nlp, "The September 11 hijackers had trained at flight schools.", "September 11", written).timex == "2001-09-11"
    assert one(nlp, "The Jan. 6 committee held its last hearing.", "Jan. 6", written).timex == "2021-01-06"
    # an anniversary and a date to come are this year's; an event of that name not yet happened is not meant
    assert one(nlp, "Crowds attended the Sept. 11 memorial service downtown.", "Sept. 11", written).timex == "2025-09-11"
    assert one(nlp, "The trial opens on Sept. 11 in the county court.", "Sept. 11", written).timex == "2026-09-11"
    assert one(nlp, "Police studied the Sept. 11 attacks on two banks.", "Sept. 11", D(2000, 10, 2)).timex == "2000-09-11"


def test_a_year_written_in_the_phrase_beats_the_nearest_day_and_a_famous_event(nlp):
    written = D(2026, 3, 5)
    day = one(nlp, "Investigators reopened the file on the 2012 attack in the port on Sept. 11.", "Sept. 11", written)
    assert (day.start, day.end, day.timex) == (D(2012, 9, 11), D(2012, 9, 11), "2012-09-11")
    assert one(nlp, "The 2012 raid on the embassy on Sept. 11 killed four guards.", "Sept. 11", written).timex == "2012-09-11"
    assert one(nlp, "The Sept. 11 attack of 2012 was studied for years.", "Sept. 11", written).timex == "2012-09-11"
    assert one(nlp, "The 2024 election on Nov. 5 drew long queues.", "Nov. 5", written).timex == "2024-11-05"
    month = one(nlp, "The 2019 flood in May ruined the harvest.", "May", written)
    assert (month.start, month.end, month.timex) == (D(2019, 5, 1), D(2019, 5, 31), "2019-05")
    # a year of another part of the sentence is not the date's
    assert one(nlp, "Sales in 2025 rose 5%, the firm said on March 3.", "March 3", written).timex == "2026-03-03"
    assert one(nlp, "By 2010, the Sept. 11 plotters had been jailed.", "Sept. 11", written).timex == "2001-09-11"


def test_a_famous_day_gives_way_to_the_year_the_story_or_its_sentence_gives_the_event(nlp):
    written = D(2026, 3, 5)
    # a sentence opened by 'In' and a later year frames the event that acts in it
    text = "In 2012, gunmen stormed the consulate; the Sept. 11 attack killed four guards."
    assert [t.timex for t in read(nlp, text, written)] == ["2012", "2012-09-11"]
    text = "In 2012, gunmen stormed the consulate, and the Sept. 11 attack killed four guards."
    assert [t.timex for t in read(nlp, text, written)] == ["2012", "2012-09-11"]
    # one story, one Sept. 11: the year written beside the same day elsewhere
    text = "Gunmen stormed the consulate on Sept. 11, 2012. Months later, the Sept. 11 attack still shaped the campaign."
    assert [t.timex for t in read(nlp, text, written) if t.granularity == "day"] == ["2012-09-11", "2012-09-11"]
    # the famous event looked back on from a later year stays its own day
    assert one(nlp, "In 2019, Congress extended the fund for victims of the Sept. 11 attacks.", "Sept. 11", written).timex == "2001-09-11"
    assert one(nlp, "In 2019, the Sept. 11 attacks were remembered at a quiet service.", "Sept. 11", written).timex == "2001-09-11"


def test_centuries_named_relative_to_the_writing(nlp):
    written = D(1998, 8, 12)
    century = one(nlp, "The plan runs into the next century.", "the next century", written)
    assert (century.start, century.end, century.timex) == (D(2000, 1, 1), D(2099, 12, 31), "20")
    assert one(nlp, "It was the worst flood of this century.", "this century", written).timex == "19"
    assert read(nlp, "Prices rose over the past century.", written) == []


def test_the_year_of_an_account_and_quarters_as_a_span(nlp, nlp_durations):
    written = D(1989, 10, 30)
    assert one(nlp, "For the year, pet food volume was flat.", "the year", written).timex == "1989"
    assert one(nlp, "Sales fell in the first nine months of the year.", "the year", written).timex == "1989"
    assert one(nlp_durations, "For the year ended Sept. 30, it earned $4 million.", "the year", written).timex == "P1Y"
    assert read(nlp, "For the year ended Sept. 30, it earned $4 million.", written)[0].span.text == "Sept. 30"
    assert read(nlp, "He was named player of the year.", written) == []
    assert one(nlp_durations, "It lost money in the past two quarters.", "the past two quarters", written).timex == "P2Q"


def test_an_act_agreed_to_lies_after_the_agreement_and_one_day_ahead(nlp):
    written = D(1989, 11, 2)
    text = "The company announced an agreement to acquire the bank in January."
    assert one(nlp, text, "January", written).start == D(1990, 1, 1)
    assert one(nlp, "It agreed to purchase the line in February.", "February", written).start == D(1990, 2, 1)
    assert one(nlp, "It purchased the line in February.", "February", written).start == D(1989, 2, 1)
    assert one(nlp, "Islam will one day be the largest religion there.", "one day", written).timex == "FUTURE_REF"
    assert read(nlp, "The strike lasted one day.", written) == []


def test_the_year_ended_on_a_date_is_a_span_of_a_year(nlp, nlp_durations):
    written = D(1989, 10, 31)
    text = "In the fiscal year ended Jan. 31, the company reported sales of $10 million."
    assert one(nlp_durations, text, "the fiscal year", written).timex == "P1Y"
    assert [t.span.text for t in read(nlp, text, written)] == ["Jan. 31"]
    assert one(nlp_durations, "It earned $50 million in the year ended March 31.", "the year", written).timex == "P1Y"
    assert one(nlp, "Sales rose in the current fiscal year.", "the current fiscal year", written).timex == "1989"


def test_the_previous_weekday_counts_from_the_day_just_named(nlp):
    text = "The index closed on Friday, Oct. 27, down 4.5% from the previous Friday. The talks began on Tuesday, Oct. 17; the following Monday they ended."
    got = {t.span.text: t for t in read(nlp, text, D(1989, 10, 30))}
    previous = got["the previous Friday"]
    assert (previous.start, previous.anchor, previous.anchor_date) == (D(1989, 10, 20), "reference", D(1989, 10, 27))
    assert got["the following Monday"].start == D(1989, 10, 23)
    alone = one(nlp, "Shares fell on the previous Friday.", "the previous Friday", D(1989, 10, 30))
    assert (alone.start, alone.anchor) == (D(1989, 10, 27), "publication")  # no day named before: from the writing date


def test_an_ing_clause_takes_the_tense_of_its_main_verb(nlp):
    text = "The stock has risen sharply this year, rising to a high of $42 a share in June from $29.75 in March."
    assert one(nlp, text, "March", D(1989, 10, 30)).start == D(1989, 3, 1)  # not next March, the nearer one


def test_a_date_after_effective_is_the_nearer_one_whatever_the_verb(nlp):
    text = "The insurer also formed a five-person risk committee, effective Feb. 1."
    assert one(nlp, text, "Feb. 1", D(1989, 10, 26)).start == D(1990, 2, 1)
    assert one(nlp, "The bank created the office, effective Sept. 1.", "Sept. 1", D(1989, 10, 26)).start == D(1989, 9, 1)


@pytest.mark.parametrize(
    "text, wanted, day",
    [
        ("The suspect is expected to be charged Thursday.", "Thursday", D(1998, 8, 13)),  # a passive infinitive of a plan
        ("The results are due Friday.", "Friday", D(1998, 8, 14)),  # a deadline ahead
        ("The payment will be due Friday.", "Friday", D(1998, 8, 14)),
        ("The report was due on Friday.", "Friday", D(1998, 8, 7)),  # 'be' in the past: the deadline is past
    ],
)
def test_plans_and_deadlines_lie_ahead_unless_said_past(nlp, text, wanted, day):
    assert one(nlp, text, wanted, D(1998, 8, 12)).start == day


def test_the_year_ago_quarter_is_the_quarter_just_named_a_year_before(nlp):
    text = "Coast earned $10.2 million in the quarter ended Sept. 30, against $8 million in the year-ago quarter."
    earlier = one(nlp, text, "the year-ago quarter", D(1989, 11, 1))
    assert (earlier.start, earlier.end, earlier.timex, earlier.anchor) == (D(1988, 7, 1), D(1988, 9, 30), "1988-Q3", "reference")


def test_a_year_before_quarter_is_the_quarter_just_named_in_that_year(nlp):
    text = "Kirschner earned $376,000 in the third quarter, against $300,000 in the 1988 quarter."
    got = one(nlp, text, "the 1988 quarter", D(1989, 10, 30))
    assert (got.start, got.end, got.timex) == (D(1988, 7, 1), D(1988, 9, 30), "1988-Q3")
    alone = one(nlp, "The 1988 period was weak.", "The 1988 period", D(1989, 10, 30))
    assert (alone.start, alone.end, alone.timex) == (D(1988, 1, 1), D(1988, 12, 31), "1988")  # no quarter named: the year
    assert alone.anchor == "absolute"


@pytest.mark.parametrize(
    "text, wanted, timex, start",
    [
        ("In July last year in Phnom Penh, the leader was arrested.", "July last year", "1997-07", D(1997, 7, 1)),
        ("In January this year, the police arrived.", "January this year", "1998-01", D(1998, 1, 1)),
        ("The vote is set for March 3 next year.", "March 3 next year", "1999-03-03", D(1999, 3, 3)),
        ("He left in Dec. last year.", "Dec. last year", "1997-12", D(1997, 12, 1)),
    ],
)
def test_a_month_of_a_relative_year_is_one_expression(nlp, text, wanted, timex, start):
    t = one(nlp, text, wanted, D(1998, 2, 19))
    assert (t.timex, t.start, t.anchor) == (timex, start, "publication")


def test_the_year_ago_third_quarter_is_one_expression_a_year_before(nlp):
    t = one(nlp, "The company in the year-ago third quarter earned $22.5 million.", "the year-ago third quarter", D(1989, 10, 30))
    assert (t.timex, t.start, t.end) == ("1988-Q3", D(1988, 7, 1), D(1988, 9, 30))
    spring = one(nlp, "In the year-earlier third quarter, it lost money.", "the year-earlier third quarter", D(1990, 3, 1))
    assert spring.timex == "1988-Q3"  # in March the last third quarter is 1989's: a year before it


@pytest.mark.parametrize(
    "text, found",
    [
        ("A second group of three directors holds 10%.", []),
        ("The company named a second director.", []),
        ("He paused for a second and left.", ["a second"]),
        ("It took just a second.", ["a second"]),
    ],
)
def test_a_second_before_a_noun_is_an_ordinal_not_a_duration(nlp_durations, text, found):
    assert [t.span.text for t in read(nlp_durations, text, D(1989, 10, 30))] == found


@pytest.mark.parametrize(
    "text, day",
    [
        ("The bank said on Monday it would cut rates.", D(1998, 8, 10)),  # the parser hangs "on Monday" on "would cut"
        ("Officials said on Wednesday they would investigate.", D(1998, 8, 12)),
        ("The company said on Monday it expects profits to rise.", D(1998, 8, 10)),
        ("The bank said it would cut rates on Monday.", D(1998, 8, 17)),  # after the reported clause's subject: its own
        ("Officials said they would meet on Tuesday.", D(1998, 8, 18)),
    ],
)
def test_a_weekday_between_a_reporting_verb_and_its_clause_is_the_reporting_verbs(nlp, text, day):
    wanted = next(w for w in ("Monday", "Tuesday", "Wednesday") if w in text)
    t = one(nlp, text, wanted, D(1998, 8, 14))
    assert (t.start, t.timex) == (day, day.isoformat())


@pytest.mark.parametrize(
    "text, wanted, timex, start",
    [
        ("Rebels attacked the town on Tuesday. The day before, they had warned of reprisals.", "The day before", "1998-08-10", D(1998, 8, 10)),
        ("Visitors fell to 2 million in 1997 from 2.5 million the year before.", "the year before", "1996", D(1996, 1, 1)),
        ("The ministry said on Thursday that the day before, 20 people were killed.", "the day before", "1998-08-12", D(1998, 8, 12)),
        ("Rebels attacked the town on Tuesday. The next day, they withdrew.", "The next day", "1998-08-12", D(1998, 8, 12)),
        ("Rebels attacked the town on Tuesday. On the same day, police arrested 12 people.", "the same day", "1998-08-11", D(1998, 8, 11)),
        ("Rebels attacked the town on Tuesday and withdrew later in the day.", "the day", "1998-08-11", D(1998, 8, 11)),
    ],
)
def test_the_day_before_the_next_day_and_the_same_day_count_from_the_day_just_named(nlp, text, wanted, timex, start):
    t = one(nlp, text, wanted, D(1998, 8, 14))
    assert (t.timex, t.start, t.anchor) == (timex, start, "reference")


def test_anaphoric_days_without_a_day_named_count_from_the_writing(nlp):
    assert one(nlp, "The minister resigned earlier in the day.", "the day", D(1998, 8, 14)).timex == "1998-08-14"
    assert [t.span.text for t in read(nlp, "Prices rose 4% in 1997. The day before, they fell.", D(1998, 8, 14))] == ["1997"]  # a year is no day to count from
    assert [t.span.text for t in read(nlp, "The day before the vote, he left.", D(1998, 8, 14))] == []  # "the day before the vote": counted from an event
    assert one(nlp, "Growth will pick up in the next year.", "the next year", D(1998, 8, 14)).timex == "1999"  # stays deictic


@pytest.mark.parametrize(
    "text, wanted, month",
    [
        ("Elections are due in May.", "May", "1999-05"),  # a deadline ahead, as "due Friday"
        ("Elections were due in May.", "May", "1998-05"),
        ("The accord expires in March.", "March", "1999-03"),  # the present of a schedule, as "the leaders meet Monday"
        ("Parliament meets again in February.", "February", "1999-02"),
        ("The voters she needs in November are young.", "November", "1998-11"),
        ("The clash echoes a controversy in June.", "June", "1998-06"),  # after the verb's object: not placed by the verb
        ("The accord expired in March.", "March", "1998-03"),
        ("The bank is continuing to sell itself under a June agreement.", "June", "1998-06"),  # a named past event
        ("The party is preparing for the March election.", "March", "1999-03"),  # unless a preposition looks ahead
    ],
)
def test_a_month_after_a_scheduled_present_lies_ahead_and_one_naming_an_event_behind(nlp, text, wanted, month):
    assert one(nlp, text, wanted, D(1998, 8, 14)).timex == month


@pytest.mark.parametrize(
    "text, wanted, day",
    [
        ("The exhibition runs through Sunday.", "Sunday", D(1998, 8, 16)),  # a present 'through' reads like 'until'
        ("The exhibition ran through Sunday.", "Sunday", D(1998, 8, 9)),
        ("He has until Friday to respond.", "Friday", D(1998, 8, 14)),  # 'has ... to': an obligation ahead
        ("He had until Friday to respond.", "Friday", D(1998, 8, 7)),
        ("Rain is forecast for Saturday.", "Saturday", D(1998, 8, 15)),  # a forecast looks ahead, as a plan
    ],
)
def test_deadlines_obligations_and_forecasts_lie_ahead(nlp, text, wanted, day):
    assert one(nlp, text, wanted, D(1998, 8, 12)).start == day


def test_a_hyphenated_range_of_months_is_one_range_in_the_year_the_tense_gives(nlp):
    t = one(nlp, "In the January-June period, imports fell 5 percent.", "January-June", D(1998, 8, 14))
    assert (t.start, t.end, t.granularity) == (D(1998, 1, 1), D(1998, 6, 30), "range")
    assert [e.timex for e in range_ends(t)] == ["1998-01", "1998-06"]
    assert [e.span.text for e in range_ends(t)] == ["January", "June"]


@pytest.mark.parametrize(
    "text, wanted, timex",
    [
        ("The plane crashed at 0300 GMT Tuesday.", "0300 GMT Tuesday", "1998-08-11T03:00"),  # wire copy's 24-hour clock
        ("About 2000 GMT, the plane crashed.", "About 2000 GMT", "1998-08-12T20:00"),
        ("The ship docked at 10:00 local time.", "10:00 local time", "1998-08-12T10:00"),  # the 24-hour clock with a colon
        ("Shelling resumed at 06:30 GMT on Sunday.", "06:30 GMT on Sunday", "1998-08-09T06:30"),
        ("The plane crashed a week or so ago.", "a week or so ago", "1998-W32"),
        ("The plane crashed on 11 August.", "11 August", "1998-08-11"),  # the sentence's full stop is not an abbreviation's
        ("The plane crashed on 11 Aug. in the north.", "11 Aug.", "1998-08-11"),
    ],
)
def test_wire_clock_times_approximate_offsets_and_day_month_dates(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(1998, 8, 12)).timex == timex


def test_a_year_before_gmt_is_no_clock_time(nlp):
    assert [(t.span.text, t.timex) for t in read(nlp, "The 1998 GMT standard was changed.", D(1998, 8, 12))] == [("1998", "1998")]


@pytest.mark.parametrize(
    "text, wanted, timex",
    [
        ("Talks were cut off for nearly two years.", "nearly two years", "P2Y"),  # TimeML's extent: the modifier inside
        ("Sites open for no more than sixty days.", "no more than sixty days", "P60D"),
        ("The sale is to be completed around Nov. 1.", "around Nov. 1", "1998-11-01"),
        ("Officials said late yesterday that it ended.", "late yesterday", "1998-08-11"),
        ("Earlier Sunday, police clashed with marchers.", "Earlier Sunday", "1998-08-09"),
        ("Late last week, the talks began.", "Late last week", "1998-W32"),
    ],
)
def test_modifiers_timeml_annotates_are_inside_the_extent(nlp_durations, text, wanted, timex):
    assert one(nlp_durations, text, wanted, D(1998, 8, 12)).timex == timex


def test_over_before_a_time_stays_a_preposition(nlp_durations):
    assert [t.span.text for t in read(nlp_durations, "Officials said over the weekend that it ended.", D(1998, 8, 12))] == ["the weekend"]
    assert [t.span.text for t in read(nlp_durations, "It lasted over a week.", D(1998, 8, 12))] == ["a week"]


@pytest.mark.parametrize(
    "text, published, wanted, timex",
    [
        # a dateline's date is the day of the report, the nearest to the writing, whatever the tense after it
        ("HARBOURTON, Dec. 31 (Example Wire) -- The port will open three new berths next year.", D(2001, 1, 1), "Dec. 31", "2000-12-31"),
        ("LAKEVILLE, Ont., Dec. 30 _ The council will vote on the budget in March.", D(2001, 1, 1), "Dec. 30", "2000-12-30"),
        ("OLD HARBOUR, Feb. 28 (Example Wire) - The central bank will raise rates.", D(2003, 3, 1), "Feb. 28", "2003-02-28"),
        # not a dateline: the sentence's tense still places the date
        ("The mayor said the bridge will open on Dec. 31.", D(2001, 1, 1), "Dec. 31", "2001-12-31"),
    ],
)
def test_a_datelines_date_is_the_nearest_day_to_the_writing(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


def test_a_capitalised_season_before_a_capitalised_word_is_a_name(nlp):
    text = "Visitors filled the Summer Palace during the Spring Festival holiday, and sales rose in the Spring."
    assert [(t.span.text, t.timex) for t in read(nlp, text, D(2003, 5, 20))] == [("the Spring", "2003-SP")]


@pytest.mark.parametrize(
    "text, wanted, timex",
    [
        ("The truce is expected to last a week.", "a week", "P1W"),
        ("The strike will last three months, the union said.", "three months", "P3M"),
        ("Prices rose over the last three months.", "the last three months", "P3M"),
    ],
)
def test_the_verb_last_is_not_inside_a_duration(nlp_durations, text, wanted, timex):
    assert one(nlp_durations, text, wanted, D(2003, 5, 20)).timex == timex


@pytest.mark.parametrize(
    "text, wanted, day",
    [
        ("The closing date for entries is Friday.", "Friday", D(2003, 5, 23)),  # the present of 'be': a schedule ahead
        ("The final hearing is on Thursday.", "Thursday", D(2003, 5, 22)),
        ("The closing date for entries was Friday.", "Friday", D(2003, 5, 16)),
        ("The bakers have threatened to walk out Monday unless pay rises.", "Monday", D(2003, 5, 26)),
        ("The index is up 3 percent from Friday.", "Friday", D(2003, 5, 16)),
    ],
)
def test_a_weekday_after_a_present_be_or_a_threat_lies_ahead(nlp, text, wanted, day):
    assert one(nlp, text, wanted, D(2003, 5, 20)).start == day  # written on a Tuesday


@pytest.mark.parametrize(
    "text, wanted, timex",
    [
        ("Fares rose in '97 and fell in '01.", "'97", "1997"),
        ("Fares rose in '97 and fell in '01.", "'01", "2001"),
        ("The class of \u201964 held a reunion.", "\u201964", "1964"),
        ("The depot closed a year and a half ago.", "a year and a half ago", "2001-11"),
        ("The depot closed 2 1/2 years ago.", "2 1/2 years ago", "2000-11"),
    ],
)
def test_apostrophe_years_and_half_years_ago(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2003, 5, 20)).timex == timex


def test_a_year_and_a_half_later_is_a_duration_and_an_apostrophe_of_feet_no_year(nlp_durations):
    assert one(nlp_durations, "The depot reopened a year and a half later.", "a year and a half later", D(2003, 5, 20)).timex == "P1Y6M"
    assert read(nlp_durations, "The keeper is 6'02\" tall.", D(2003, 5, 20)) == []


@pytest.mark.parametrize(
    "text, wanted, timex",
    [
        ("Ferries are checked every two weeks.", "every two weeks", "P2W"),
        ("The club votes every other year.", "every other year", "P2Y"),
        ("Trams run every 10 minutes.", "every 10 minutes", "PT10M"),
        ("Each winter, the pass is closed.", "Each winter", "XXXX-WI"),
        ("The guard is changed every evening.", "every evening", "XXXX-XX-XXTEV"),
    ],
)
def test_recurrences_every_n_units_seasons_and_parts_of_day_are_sets(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2003, 5, 20))
    assert (found.timex, found.granularity) == (timex, "recurrence")


def test_half_a_unit_is_a_duration_of_half_that_unit(nlp_durations):
    assert one(nlp_durations, "The party ruled for nearly half a century.", "nearly half a century", D(2003, 5, 20)).timex == "P50Y"
    assert one(nlp_durations, "The crew waited half an hour.", "half an hour", D(2003, 5, 20)).timex == "PT30M"
    assert read(nlp_durations, "Half a million people marched.", D(2003, 5, 20)) == []


@pytest.mark.parametrize(
    "text, wanted, timex",
    [
        ("The figures are released on the first Monday of June.", "the first Monday of June", "2003-06-02"),
        ("Clocks go back on the last Sunday in October.", "the last Sunday in October", "2003-10-26"),
        ("The poll was held on the second Tuesday of November 1999.", "the second Tuesday of November 1999", "1999-11-09"),
        ("Guards were posted at 0630 local time Monday.", "0630 local time Monday", "2003-05-19T06:30"),
    ],
)
def test_nth_weekday_of_a_month_and_a_24_hour_local_time(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2003, 5, 20)).timex == timex


@pytest.mark.parametrize(
    "text, wanted, timex, ahead",
    [
        ("Fuel prices should ease in the weeks ahead.", "the weeks ahead", "FUTURE_REF", True),
        ("The inquiry will hear witnesses in the days to come.", "the days to come", "FUTURE_REF", True),
        ("The firm plans to open ten shops over the next few months.", "the next few months", "FUTURE_REF", True),
        ("Ferry crossings have been cut in recent days.", "recent days", "PAST_REF", False),
        ("Rents have climbed over the past several years.", "the past several years", "PAST_REF", False),
    ],
)
def test_a_vague_span_ahead_or_behind_is_a_vague_reference(nlp, text, wanted, timex, ahead):
    found = one(nlp, text, wanted, D(2003, 5, 20))
    assert found.timex == timex
    assert (found.start, found.end) == ((D(2003, 5, 20), None) if ahead else (None, D(2003, 5, 20)))


def test_a_vague_span_with_few_stays_a_duration_for_timeml(nlp_durations):
    assert one(nlp_durations, "The firm plans to open ten shops over the next few months.", "the next few months", D(2003, 5, 20)).timex == "PXM"


@pytest.mark.parametrize(
    "text, day",
    [
        ("The council has a vote slated for Thursday.", D(2003, 5, 22)),  # written on a Tuesday
        ("A ferry strike is slated Thursday.", D(2003, 5, 22)),
        ("The minister has a speech scheduled Friday.", D(2003, 5, 23)),
        ("On Friday, the minister has a speech scheduled at the harbour.", D(2003, 5, 23)),  # the day on 'has'
        ("On Friday, the minister had a speech scheduled at the harbour.", D(2003, 5, 16)),  # told in the past
        ("The council vote was held Thursday.", D(2003, 5, 15)),
    ],
)
def test_a_weekday_slated_or_scheduled_lies_ahead(nlp, text, day):
    wanted = "Thursday" if "Thursday" in text else "Friday"
    assert one(nlp, text, wanted, D(2003, 5, 20)).start == day


@pytest.mark.parametrize(
    "text, wanted, start",
    [
        ("The vote was set for Thursday, the speaker said.", "Thursday", D(2026, 2, 12)),  # arranged in the past, held ahead
        ("Talks were scheduled for Friday in the capital.", "Friday", D(2026, 2, 13)),
        ("The court set a hearing for Thursday.", "Thursday", D(2026, 2, 12)),  # 'for' on the arranging verb's object
        ("The union called a strike for Monday.", "Monday", D(2026, 2, 16)),
        ("A hearing has been set for Friday.", "Friday", D(2026, 2, 13)),
        ("The deal had been scheduled for Friday but collapsed.", "Friday", D(2026, 2, 6)),  # a plan already past
        ("The record was set on Monday.", "Monday", D(2026, 2, 9)),  # set on a day, not for it
        ("The board announced a vote for Friday.", "Friday", D(2026, 2, 6)),  # 'announce ... for' names a period of results, kept past
    ],
)
def test_a_day_an_act_is_arranged_for_lies_ahead_though_told_in_the_past(nlp, text, wanted, start):
    assert one(nlp, text, wanted, D(2026, 2, 11)).start == start  # written on a Wednesday


def test_results_announced_for_a_quarter_stay_in_the_past(nlp):
    assert one(nlp, "Results were announced for the fourth quarter.", "the fourth quarter", D(2026, 2, 11)).timex == "2025-Q4"


@pytest.mark.parametrize(
    "text, wanted, start",
    [
        ("The report is due, officials said, Monday.", "Monday", D(2026, 2, 16)),  # the reported clause's date, after a comma
        ("The budget is due, the minister said, by Friday.", "Friday", D(2026, 2, 13)),
        ("The report was due, officials said, Monday.", "Monday", D(2026, 2, 9)),  # told as past
        ("The figures are final, officials said Monday.", "Monday", D(2026, 2, 9)),  # no comma: the day of saying
        ("Lawmakers face a deadline, due Friday, to pass the budget.", "Friday", D(2026, 2, 13)),  # 'due' after its noun
        ("The bill goes to the floor, with a final vote due Thursday.", "Thursday", D(2026, 2, 12)),
        ("The firm missed a payment due Monday.", "Monday", D(2026, 2, 9)),  # in a past clause: behind
    ],
)
def test_a_deadline_set_off_by_commas_lies_ahead(nlp, text, wanted, start):
    assert one(nlp, text, wanted, D(2026, 2, 11)).start == start


@pytest.mark.parametrize(
    "text, wanted, timex",
    [
        ("The ceasefire begins at 3 p.m. local time (0700 GMT) on Friday.", "0700 GMT", "2026-02-13T07:00"),  # the sentence's day
        ("A man was shot Tuesday evening in a shop. Police arrived about 9 p.m., witnesses said.", "about 9 p.m.", "2026-02-10T21:00"),
        ("The shooting happened about 9 p.m.", "about 9 p.m.", "2026-02-11T21:00"),  # no day named: the writing day
        ("Talks ended Monday. Officials will brief reporters at 4 p.m. in the capital.", "4 p.m.", "2026-02-11T16:00"),  # ahead: not Monday's
    ],
)
def test_a_clock_time_that_names_no_day_is_on_the_day_its_sentence_names(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 2, 11)).timex == timex


@pytest.mark.parametrize(
    "text, days",
    [
        ("The festival will run Tuesday through Sunday.", [D(2026, 2, 17), D(2026, 2, 22)]),  # ahead: the end moves a week on
        ("Fighting raged from Tuesday to Thursday.", [D(2026, 2, 3), D(2026, 2, 5)]),  # behind: the start moves a week back
        ("Talks were held Monday through Thursday.", [D(2026, 2, 2), D(2026, 2, 5)]),
        ("Officials met on Friday and Thursday.", [D(2026, 2, 6), D(2026, 2, 5)]),  # a list, not a span: each alone
    ],
)
def test_a_span_of_weekdays_runs_forward(nlp, text, days):
    assert [t.start for t in read(nlp, text, D(2026, 2, 11))] == days  # written on a Wednesday


@pytest.mark.parametrize(
    "text, wanted, start",
    [
        ("The fair runs Friday at the convention center.", "Friday", D(2026, 2, 13)),  # 'runs' tagged as a plural noun
        ("The team travels to Rome Monday.", "Monday", D(2026, 2, 16)),  # 'Monday' parsed as the head of 'Rome Monday'
        ("The team traveled to Rome Monday.", "Monday", D(2026, 2, 9)),  # told in the past: behind
        ("The talks Friday ended without a deal.", "Friday", D(2026, 2, 6)),  # a real plural noun with a verb after it
    ],
)
def test_a_present_verb_the_parser_misreads_still_schedules_its_weekday(nlp, text, wanted, start):
    assert one(nlp, text, wanted, D(2026, 2, 11)).start == start  # written on a Wednesday


@pytest.mark.parametrize(
    "text, wanted, timex",
    [
        ("Rebels shelled the city overnight, residents said.", "overnight", "2026-02-10TNI"),  # the night before the writing
        ("Rain will fall overnight in the north.", "overnight", "2026-02-11TNI"),  # the coming night
        ("Shares closed lower on Friday. Overnight losses abroad weighed on them.", "Overnight", "2026-02-05TNI"),  # the night before that day
        ("The board will meet on the 15th to review the plan.", "the 15th", "2026-02-15"),
        ("The board met on the 23rd, officials said.", "the 23rd", "2026-01-23"),  # past and after the writing day: last month's
        ("The board will meet in March, probably on the 15th.", "the 15th", "2026-03-15"),  # the month just named
        ("Emissions must fall by the end of the century.", "the end of the century", "20"),
        ("Rebels attacked the town on Tuesday. The day after, aid workers arrived.", "The day after", "2026-02-11"),
        ("A deal is expected by week's end.", "week's end", "2026-W07"),
        ("Payments resume at month's end.", "month's end", "2026-02"),
    ],
)
def test_nights_days_of_the_month_and_the_century_in_news(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 2, 11)).timex == timex


@pytest.mark.parametrize(
    "text",
    [
        "Banks cut the overnight rate.",  # a kind of rate, not a night
        "He booked an overnight stay in the city.",
        "He lives on the 15th floor.",  # an ordinal before its noun
        "The day after, aid workers arrived.",  # no day named to count from: not the writing day's
    ],
)
def test_no_time_in_overnight_kinds_ordinals_or_an_unanchored_day_after(nlp, text):
    assert read(nlp, text, D(2026, 2, 11)) == []


@pytest.mark.parametrize("text", [
    # a change from one state to another 'overnight' is made all at once, not in a night
    "She turned from a shy clerk into a star overnight.",
    "The valley changed from a desert into a lake overnight.",
    "Her mood turned from joy to anger overnight.",
])
def test_overnight_on_a_change_from_one_state_to_another_is_all_at_once(nlp, text):
    assert read(nlp, text, D(2026, 2, 11)) == []
    # a move from one place to another 'overnight' is a night's
    assert [t.timex for t in read(nlp, "The convoy moved from the port to the border overnight.", D(2026, 2, 11))] == ["2026-02-10TNI"]


@pytest.mark.parametrize("text, published, timex", [
    # 'this weekend' told in the past before the writing week's Saturday is the weekend gone ...
    ("Rival candidates traded barbs at a debate this weekend.", D(2026, 5, 18), "2026-W20-WE"),
    ("This weekend's rally drew a big crowd.", D(2026, 5, 20), "2026-W20-WE"),
    # ... not one told ahead, nor one written on the weekend itself
    ("Rival candidates will debate this weekend.", D(2026, 5, 18), "2026-W21-WE"),
    ("Rival candidates traded barbs at a debate this weekend.", D(2026, 5, 24), "2026-W21-WE"),
])
def test_this_weekend_told_in_the_past_early_in_the_week_is_the_one_gone(nlp, text, published, timex):
    assert [t.timex for t in read(nlp, text, published)] == [timex]


def test_last_weeks_end_of_session_is_last_week_not_a_weeks_end(nlp):
    assert [(t.span.text, t.timex) for t in read(nlp, "Last week's end-of-session vote failed.", D(2026, 2, 11))] == [("Last week", "2026-W06")]


def test_a_bare_plural_unit_before_an_event_is_a_vague_duration(nlp_durations):
    found = one(nlp_durations, "Months before the attack, officials had warned of a threat.", "Months", D(2026, 2, 11))
    assert (found.timex, found.span.start, found.span.end) == ("PXM", 0, 6)
    assert [t.span.text for t in read(nlp_durations, "Two months before the vote, polls shifted.", D(2026, 2, 11))] == ["Two months"]


@pytest.mark.parametrize(
    ("text", "published", "wanted", "timex", "start", "end"),
    [
        ("Sales fell by year's end, the company said.", D(2026, 1, 20), "year's end", "2025", D(2025, 12, 1), D(2025, 12, 31)),  # told in the past: last year's end
        ("Stocks had recovered by month's end.", D(2026, 2, 10), "month's end", "2026-01", D(2026, 1, 25), D(2026, 1, 31)),
        ("The firm expects a deal by year's end.", D(2026, 1, 20), "year's end", "2026", D(2026, 12, 1), D(2026, 12, 31)),  # ahead: this year's
        ("Stocks had recovered by month's end.", D(2026, 2, 27), "month's end", "2026-02", D(2026, 2, 25), D(2026, 2, 28)),  # written at the end itself
    ],
)
def test_a_bare_periods_end_told_in_the_past_is_the_last_one(nlp, text, published, wanted, timex, start, end):
    found = one(nlp, text, wanted, published)
    assert (found.timex, found.start, found.end) == (timex, start, end)


@pytest.mark.parametrize(
    ("text", "wanted", "timex", "start"),
    [
        ("Prices rose the week before last, the agency said.", "the week before last", "2026-W05", D(2026, 1, 26)),  # two weeks before the writing's week
        ("The deal was signed the year before last.", "the year before last", "2024", D(2024, 1, 1)),
        ("He left the month before last, and returned.", "the month before last", "2025-12", D(2025, 12, 1)),
    ],
)
def test_the_unit_before_last_is_two_units_back(nlp, text, wanted, timex, start):
    found = one(nlp, text, wanted, D(2026, 2, 11))
    assert (found.timex, found.start, found.span.text) == (timex, start, wanted)


def test_the_week_before_last_weeks_vote_is_last_week_only(nlp):
    assert [(t.span.text, t.timex) for t in read(nlp, "The week before last week's vote, turnout fell.", D(2026, 2, 11))] == [("last week", "2026-W06")]


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("The hearing was moved to a week from Friday, the court said.", "a week from Friday", "2026-02-13"),  # the coming Friday, plus seven days
        ("The trial resumes a week from Friday.", "a week from Friday", "2026-02-13"),
        ("Talks resume two weeks from next Monday.", "two weeks from next Monday", "2026-02-23"),
        ("The vote is three days from tomorrow.", "three days from tomorrow", "2026-02-08"),
    ],
)
def test_an_offset_from_a_named_day_is_one_day_ahead(nlp_durations, text, wanted, timex):
    found = read(nlp_durations, text, D(2026, 2, 4))  # a Wednesday
    assert [(t.span.text, t.timex) for t in found] == [(wanted, timex)]  # one expression, not a past day and a P1W


def test_a_span_of_days_from_a_weekday_to_another_is_not_an_offset(nlp_durations):
    found = read(nlp_durations, "He worked two days from Monday to Friday.", D(2026, 2, 4))
    assert [t.span.text for t in found] == ["two days", "Monday", "Friday"]


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("The fire broke out in the early hours of Sunday, police said.", "the early hours of Sunday", "2026-02-08TNI"),
        ("A man died in the small hours of Sunday morning.", "the small hours of Sunday morning", "2026-02-08TNI"),
        ("Two men were arrested in the early hours, police said.", "the early hours", "2026-02-09TNI"),  # no day named: the writing day's
        ("Rebels attacked on Saturday. Two men were arrested in the early hours.", "the early hours", "2026-02-07TNI"),  # told in the past: the day just named
    ],
)
def test_the_early_hours_are_the_night_part_of_their_day(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 9))  # a Monday
    assert (found.timex, found.span.text) == (timex, wanted)


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("Shares slid on Friday. Dealers sold heavily in the morning.", "the morning", "2026-02-06TMO"),  # told in the past: the day just named
        ("On Saturday, rebels shelled the town in the evening.", "the evening", "2026-02-07TEV"),  # the day its sentence names
        ("The market rose yesterday. Buyers came back during the afternoon.", "the afternoon", "2026-02-08TAF"),
        ("The raid took place on the night of Jan. 30, officials said.", "the night of Jan. 30", "2026-01-30TNI"),
        ("The envoy arrives on the evening of March 3, 2027.", "the evening of March 3, 2027", "2027-03-03TEV"),
        ("Witnesses said the blast came on the morning of Thursday.", "the morning of Thursday", "2026-02-05TMO"),
    ],
)
def test_a_part_of_the_day_written_apart_is_that_part_of_its_day(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 9))  # a Monday
    start = text.index(wanted)  # the span is the phrase after "in", "on", "during"
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    "text",
    [
        "The baker starts work in the morning.",  # no day named: a habit, not the writing day's morning
        "She read the report in the morning papers.",  # the part of the day names a kind of paper
        "Talks resume Friday. Delegates will meet in the morning.",  # the day before is not told in the past
    ],
)
def test_a_bare_part_of_the_day_with_no_day_to_hang_on_is_not_reported(nlp, text):
    assert [t.span.text for t in read(nlp, text, D(2026, 2, 9)) if "the " in t.span.text] == []


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("The minister named a panel to review the rules by June.", "June", "2026-06"),  # the review lies ahead, not last June
        ("The board ordered managers to report back by Friday.", "Friday", "2026-02-13"),
        ("The army was ordered to withdraw by Friday.", "Friday", "2026-02-13"),
        ("The council asked the mayor to present a budget in May.", "May", "2026-05"),
        ("The strike forced the company to close the plant in May.", "May", "2025-05"),  # the closing was done: past
        ("The company began to cut jobs in May.", "May", "2025-05"),
    ],
)
def test_an_act_a_past_verb_puts_in_hand_is_not_read_as_past(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 9))  # a Monday
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    ("text", "published", "wanted", "timex"),
    [
        ("Sales had doubled by the end of the year, the company said.", D(2026, 2, 9), "the end of the year", "2025"),  # early in the year: last year's
        ("Profits rose sharply at the end of the year.", D(2026, 1, 20), "the end of the year", "2025"),
        ("Traders had sold most bonds by the end of the month.", D(2026, 3, 4), "the end of the month", "2026-02"),  # first week: last month's
        ("Sales had doubled by the end of the year.", D(2026, 6, 9), "the end of the year", "2026"),  # mid-year: left as it was
        ("The firm said it would finish by the end of the year.", D(2026, 2, 9), "the end of the year", "2026"),  # ahead
        ("Prices fell by the end of this year.", D(2026, 2, 9), "the end of this year", "2026"),  # "this" names the year
        ("The firm moved closer to its target of a cut of 500 jobs by the end of the year.", D(2026, 2, 9), "the end of the year", "2026"),  # an aim
    ],
)
def test_the_end_of_a_period_told_in_the_past_early_in_the_next_is_the_last_ones(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("Beginning Tuesday, stores will close early.", "Tuesday", "2026-02-10"),  # a change still to come
        ("Starting Friday, the shops open on Sundays.", "Friday", "2026-02-13"),
        ("Beginning in June, the law requires a permit.", "June", "2026-06"),
        ("Starting Friday, the ban was lifted.", "Friday", "2026-02-06"),  # told in the past: behind
        ("The allies demanded that the army withdraw, starting at noon Saturday.", "noon Saturday", "2026-02-07T12:00"),  # no tense of its own: as before
        ("The judge gave lawyers until Friday to respond.", "Friday", "2026-02-13"),  # a time granted runs ahead
        ("The judge had given lawyers until Friday to respond.", "Friday", "2026-02-06"),
    ],
)
def test_a_day_a_change_starts_from_or_a_time_granted_runs_to_lies_ahead(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 9))  # a Monday
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("The ceasefire collapsed days later.", "days", "PXD"),  # after a verb, not only at the start of a sentence
        ("Police arrived just hours after the attack.", "hours", "PTXH"),
        ("Hours after the blast, troops moved in.", "Hours", "PTXH"),
        ("The protests went on for weeks after the vote.", "weeks", "PXW"),
    ],
)
def test_a_bare_plural_unit_before_after_or_later_is_a_vague_duration_anywhere(nlp_durations, text, wanted, timex):
    found = one(nlp_durations, text, wanted, D(2026, 2, 11))
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    "text",
    ["In the final days before the vote, rebels attacked.", "He died in the years after the war.", "Those weeks before the vote were calm."],
)
def test_a_plural_unit_picked_out_by_other_words_is_no_vague_duration(nlp_durations, text):
    assert read(nlp_durations, text, D(2026, 2, 11)) == []


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("The bomb went off shortly before midnight.", "midnight", "2026-02-08T24:00"),  # told in the past: the night just gone
        ("The ceremony took place at noon.", "noon", "2026-02-09T12:00"),
        ("Rebels attacked on Saturday. At midnight, the ceasefire took effect.", "midnight", "2026-02-07T24:00"),  # the day just named
        ("The truce begins at midnight.", "midnight", "2026-02-09T24:00"),
    ],
)
def test_noon_and_midnight_alone_are_clock_times_on_their_day(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 9))  # a Monday
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize("text", ["The midday heat was fierce.", "The Midnight Express left the station.", "The midnight deadline passed."])
def test_noon_or_midnight_before_a_noun_or_in_a_name_is_no_time(nlp, text):
    assert read(nlp, text, D(2026, 2, 9)) == []


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("Rebels attacked on Saturday. That night, troops arrived.", "That night", "2026-02-07TNI"),
        ("Rebels attacked on Saturday. The next morning, troops arrived.", "The next morning", "2026-02-08TMO"),
        ("Rebels attacked on Saturday. The following evening, troops left.", "The following evening", "2026-02-08TEV"),
        ("Rebels attacked on Saturday. On the previous night, troops had arrived.", "the previous night", "2026-02-06TNI"),
        ("Shots rang out yesterday. That same night, troops arrived.", "That same night", "2026-02-08TNI"),
        ("The firm was founded in 1990. That same year, it went public.", "That same year", "1990"),
    ],
)
def test_a_part_of_the_day_named_from_the_day_before_is_that_days(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 9))  # a Monday
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    "text",
    ["That night, troops arrived.", "Talks failed on Saturday. The next morning session was canceled."],  # no day named; a kind of session
)
def test_a_part_of_the_day_with_no_day_before_or_before_a_noun_is_not_reported(nlp, text):
    assert [t.span.text for t in read(nlp, text, D(2026, 2, 9)) if "morning" in t.span.text or "night" in t.span.text] == []


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("Sales in 2027's first quarter will rise.", "2027's first quarter", "2027-Q1"),  # the year's, not this year's quarter
        ("2025's second half was weak.", "2025's second half", "2025-H2"),
        ("Sales rose in the final quarter of 2024.", "the final quarter of 2024", "2024-Q4"),
        ("Sales rose in the last quarter of last year.", "the last quarter of last year", "2025-Q4"),
    ],
)
def test_a_part_of_a_year_named_by_its_year_or_as_its_final_quarter(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 9))
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


def test_the_final_quarter_of_a_game_is_no_time(nlp):
    assert read(nlp, "The home side scored 30 points in the final quarter.", D(2026, 2, 9)) == []


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("Flags flew at half-staff on Memorial Day 2025.", "Memorial Day 2025", "2025-05-26"),  # the last Monday of May
        ("Marches were held on Martin Luther King Day.", "Martin Luther King Day", "2026-01-19"),  # the third Monday of January
        ("The parade is on the Fourth of July.", "the Fourth of July", "2026-07-04"),
        ("Veterans Day fell on a Tuesday in 2025.", "Veterans Day", "2025-11-11"),  # told in the past: the last one
    ],
)
def test_us_holidays_with_a_fixed_rule_are_their_day(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 9))
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    ("text", "published", "wanted", "timex"),
    [
        ("The storm hit this winter.", D(2026, 2, 9), "this winter", "2025-WI"),  # written inside the winter that began in December 2025
        ("Floods hit the region last winter.", D(2026, 2, 9), "last winter", "2024-WI"),
        ("Next winter will be cold.", D(2026, 2, 9), "Next winter", "2026-WI"),
        ("Floods hit the region last winter.", D(2026, 7, 9), "last winter", "2025-WI"),  # in July: the one just gone
        ("The plant will open this winter.", D(2026, 7, 9), "this winter", "2026-WI"),
    ],
)
def test_a_winter_named_in_january_or_february_counts_from_the_winter_under_way(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("The meeting lasted a half-hour.", "a half-hour", "PT30M"),
        ("They waited a half hour for the bus.", "a half hour", "PT30M"),
        ("A half-century of rule ended.", "A half-century", "P50Y"),
        ("The half-year results were weak.", "half-year", "P6M"),
    ],
)
def test_a_half_unit_written_as_one_word_is_a_duration(nlp_durations, text, wanted, timex):
    found = one(nlp_durations, text, wanted, D(2026, 2, 9))
    start = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, start, start + len(wanted))


@pytest.mark.parametrize(
    ("text", "wanted", "timex", "start", "end"),
    [
        ("The company reported a loss for the quarter ending in March.", "the quarter", "2026-Q1", D(2026, 1, 1), D(2026, 3, 31)),  # not the quarter before the writing (Q2)
        ("Profit fell 5% in the quarter ended June 30.", "the quarter", "2026-Q2", D(2026, 4, 1), D(2026, 6, 30)),
        ("For the quarter that ended in June, revenue climbed.", "the quarter", "2026-Q2", D(2026, 4, 1), D(2026, 6, 30)),
        ("The retailer expects sales to rise in the quarter ending Jan. 31.", "the quarter", "2026-Q4", D(2026, 11, 1), D(2027, 1, 31)),  # a fiscal quarter: its middle month's
        ("The fiscal quarter ended July 31, 2025, was weak.", "The fiscal quarter", "2025-Q2", D(2025, 5, 1), D(2025, 7, 31)),
    ],
)
def test_a_quarter_that_ends_in_a_month_named_is_the_three_months_up_to_it(nlp, text, wanted, timex, start, end):
    found = one(nlp, text, wanted, D(2026, 9, 10))
    at = text.index(wanted)
    assert (found.timex, found.start, found.end, found.span.start, found.span.end) == (timex, start, end, at, at + len(wanted))
    assert any(t.span.start > at + len(wanted) for t in read(nlp, text, D(2026, 9, 10)))  # the month or date after it stays its own expression


def test_a_bare_quarter_with_no_end_named_is_still_the_last_one(nlp):
    assert one(nlp, "Revenue rose in the quarter as demand recovered.", "the quarter", D(2026, 9, 10)).timex == "2026-Q2"


@pytest.mark.parametrize(
    "text",
    [
        "The home side led at the break but conceded twice in the second half.",
        "The 25-year-old striker scored twice in the second half.",
        "The visitors trailed by 10 in the first quarter before rallying.",
        "He threw two touchdowns in the third quarter.",
    ],
)
def test_a_bare_half_or_quarter_of_a_game_is_no_part_of_a_year(nlp, text):
    assert read(nlp, text, D(2026, 5, 13)) == []


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("Growth should pick up in the second half, the central bank said.", "the second half", "2026-H2"),
        ("The chain plans to open 40 stores in the second half.", "the second half", "2026-H2"),
        ("The firm expects a $2 million charge in the fourth quarter.", "the fourth quarter", "2026-Q4"),
        ("Output rose 3% in 2025. The second half was the weakest part.", "The second half", "2025-H2"),  # a year named in the sentence before
        ("Margins should improve in H2.", "H2", "2026-H2"),
    ],
)
def test_a_bare_half_or_quarter_among_words_of_a_year_or_a_business_period_is_the_years(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 13))
    at = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, at, at + len(wanted))


@pytest.mark.parametrize(
    ("text", "published", "wanted", "timex"),
    [
        ("The talks, which opened on Monday, were to end on Friday.", D(2026, 5, 13), "Friday", "2026-05-15"),  # after the Monday just named
        ("The talks, which opened on Monday, were to end on Friday.", D(2026, 5, 17), "Friday", "2026-05-15"),  # written two days after it: still that Friday
        ("The talks, which opened on May 4, were to end on Friday.", D(2026, 5, 13), "Friday", "2026-05-08"),  # the week of the day named, not the writing's
        ("The deal was to be signed on Friday.", D(2026, 5, 13), "Friday", "2026-05-15"),  # no day named: the one nearest the writing
        ("The summit was to end on Friday.", D(2026, 5, 16), "Friday", "2026-05-15"),
        ("The strike was to end Friday, the union said.", D(2026, 5, 13), "Friday", "2026-05-15"),
    ],
)
def test_a_weekday_told_as_the_future_of_a_past_moment_looks_ahead_from_it(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    at = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, at, at + len(wanted))


@pytest.mark.parametrize("text", ["The strike ended on Friday.", "He was in Paris on Friday."])
def test_a_weekday_in_a_plain_past_clause_stays_behind(nlp, text):
    assert one(nlp, text, "Friday", D(2026, 5, 13)).timex == "2026-05-08"


@pytest.mark.parametrize(
    "text",
    [
        "The harvest feast falls in early spring in the Persian calendar.",
        "The fair opens on March 21 in the Persian calendar.",
        "The feast ends in late summer by the traditional lunar calendar.",
    ],
)
def test_a_time_named_in_another_calendar_system_is_no_gregorian_date(nlp, text):
    assert read(nlp, text, D(2026, 2, 4)) == []


def test_a_date_in_the_gregorian_calendar_stays(nlp):
    assert one(nlp, "The fair opens on March 21 in the Gregorian calendar.", "March 21", D(2026, 2, 4)).timex == "2026-03-21"


@pytest.mark.parametrize(
    ("text", "wanted", "timex", "start", "end"),
    [
        ("Farmers planted in early spring.", "early spring", "2025-SP", D(2025, 3, 1), D(2025, 3, 31)),
        ("Floods came at the end of summer.", "the end of summer", "2025-SU", D(2025, 8, 1), D(2025, 8, 31)),
        ("The harvest ends in late summer, officials said.", "late summer", "2026-SU", D(2026, 8, 1), D(2026, 8, 31)),
        ("Prices peak in mid-summer.", "mid-summer", "2026-SU", D(2026, 7, 1), D(2026, 7, 31)),
        ("Farmers planted in the spring.", "the spring", "2025-SP", D(2025, 3, 1), D(2025, 5, 31)),  # no modifier: the whole season
    ],
)
def test_a_modified_season_is_its_first_middle_or_last_month(nlp, text, wanted, timex, start, end):
    found = one(nlp, text, wanted, D(2026, 2, 4))
    at = text.index(wanted)
    assert (found.timex, found.start, found.end, found.span.start, found.span.end) == (timex, start, end, at, at + len(wanted))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The bank earned $5 million in the third quarter, up from $3 million in the same quarter last year.", "the same quarter last year"),
        ("The bank earned $5 million in the third quarter. Sales for last year's quarter were $2 million.", "last year's quarter"),
        ("The bank earned $5 million in the third quarter. For the quarter a year ago, it lost $1 million.", "the quarter a year ago"),
        # a day named since: the period is still the quarter that day ends
        ("The bank earned $5 million for the third quarter ended Sept. 30, against $3 million in the corresponding period last year.", "the corresponding period last year"),
        # a year named since: an explicit quarter still counts from the last quarter named
        ("The bank earned $5 million in the third quarter, its best this year. It earned $3 million in the 2025 quarter.", "the 2025 quarter"),
        # a forecast quarter named since is not the period reported on
        ("The bank earned $5 million in the third quarter. It sees losses through the second quarter of 2027. It earned $3 million in the year-ago period.", "the year-ago period"),
    ],
)
def test_the_same_period_last_year_is_the_quarter_just_named_a_year_back(nlp, text, wanted):
    found = one(nlp, text, wanted, D(2026, 10, 28))
    at = text.index(wanted)
    assert (found.timex, found.start, found.end, found.span.start, found.span.end) == ("2025-Q3", D(2025, 7, 1), D(2025, 9, 30), at, at + len(wanted))


def test_a_unit_after_an_amount_is_its_rate_not_a_duration(nlp_durations):
    # '$2 million a year' and 'four flights a week' are rates, read by the quantities extractor
    written = D(2026, 3, 5)
    for text in ("The airline plans four flights a week to the coast.", "The shares pay $2.10 a year.", "The cuts trim $300 million a year from spending.", "Jobs grew by 412,000 a month during the boom."):
        assert read(nlp_durations, text, written) == [], text
    # a span of time stays one
    assert [t.timex for t in read(nlp_durations, "The army must withdraw within a week.", written)] == ["P1W"]
    assert [t.timex for t in read(nlp_durations, "Output grew 1%, its slowest pace in a year.", written)] == ["P1Y"]


def test_two_quarters_of_a_year_are_its_half(nlp_durations):
    written = D(2026, 10, 26)
    assert one(nlp_durations, "Analysts see losses through the first two quarters of 2027.", "the first two quarters of 2027", written).timex == "2027-H1"
    assert one(nlp_durations, "Sales fell in the last two quarters of 2025.", "the last two quarters of 2025", written).timex == "2025-H2"
    # quarters of a game are no half of a year
    assert one(nlp_durations, "The team led for the first two quarters of the game.", "the first two quarters", written).timex == "P2Q"


def test_the_latest_period_is_the_quarter_just_reported(nlp):
    written = D(2026, 10, 26)
    text = "The mill posted a drop in third-quarter profit. Revenue in the latest period reached $1.2 billion."
    found = one(nlp, text, "the latest period", written)
    assert (found.timex, found.start, found.end) == ("2026-Q3", D(2026, 7, 1), D(2026, 9, 30))
    # no period reported before it (or only one still to come): no period to point at
    assert read(nlp, "Sales in the latest period rose 4%.", written) == []
    assert [t.span.text for t in read(nlp, "The mill sees losses in the fourth quarter. Sales in the latest period rose 4%.", written)] == ["the fourth quarter"]


@pytest.mark.parametrize(("text", "wanted"), [("Sales fell by half last year.", "last year"), ("Profit rose by a quarter a year earlier.", "a year earlier")])
def test_a_fraction_before_last_year_is_no_period(nlp, text, wanted):
    found = read(nlp, text, D(2026, 10, 28))
    assert [(t.span.text, t.timex) for t in found] == [(wanted, "2025")]


@pytest.mark.parametrize(
    ("text", "wanted", "timex"),
    [
        ("The show airs Tuesday nights on cable.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("The market is closed on Sundays.", "Sundays", "XXXX-WXX-7"),
        ("The club meets every Friday evening.", "every Friday evening", "XXXX-WXX-5TEV"),  # was read as one Friday evening
        ("Flights leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),  # the plural of the second covers both
        ("Flights leave on Monday and Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ],
)
def test_a_weekday_in_the_plural_or_after_every_is_a_weekly_recurrence(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 10, 28))
    at = text.index(wanted)
    assert (found.timex, found.recurrence, found.start, found.span.start, found.span.end) == (timex, "P1W", None, at, at + len(wanted))


def test_a_weekday_before_a_singular_weekday_stays_a_day(nlp):
    assert [t.timex for t in read(nlp, "Fighting raged on Monday and Tuesday night.", D(2026, 10, 28))] == ["2026-10-26", "2026-10-27TNI"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Every autumn the club audits what it spent the previous year.", [("Every autumn", "XXXX-FA")]),
        ("Every March, the council sets the budget for the following year.", [("Every March", "XXXX-03")]),
        ("The club met in 2024 and audited what it spent the previous year.", [("2024", "2024"), ("the previous year", "2023")]),
    ],
)
def test_a_year_counted_from_a_recurrence_in_its_sentence_is_no_date(nlp, text, kept):
    found = read(nlp, text, D(2026, 10, 28))
    assert [(t.span.text, t.timex) for t in found] == kept
    assert all(text[t.span.start : t.span.end] == t.span.text for t in found)


@pytest.mark.parametrize(
    ("text", "wanted", "timex", "start", "end"),
    [
        ("The trial is set to begin in two weeks.", "two weeks", "2026-W46", D(2026, 11, 9), D(2026, 11, 15)),
        ("The bonds will be redeemed in five years.", "five years", "2031", D(2031, 1, 1), D(2031, 12, 31)),
        ("The plant will close in 10 days.", "10 days", "2026-11-07", D(2026, 11, 7), D(2026, 11, 7)),
        ("The firm expects to break even in three months' time.", "three months", "2027-01", D(2027, 1, 1), D(2027, 1, 31)),
    ],
)
def test_in_so_many_units_told_ahead_is_the_date_that_far_from_the_writing(nlp, text, wanted, timex, start, end):
    found = one(nlp, text, wanted, D(2026, 10, 28))
    at = text.index(wanted)
    assert (found.timex, found.start, found.end, found.span.start, found.span.end) == (timex, start, end, at, at + len(wanted))


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5% in two years.",  # told in the past: a span
        "It will be the first rise in five years.",  # a span looked back over
        "Taxes would be small in a quarter that made a loss.",  # any such quarter
        "He may return in a year or two.",  # vague
    ],
)
def test_in_so_many_units_not_told_ahead_is_no_date(nlp, nlp_durations, text):
    assert read(nlp, text, D(2026, 10, 28)) == []
    assert all(not t.start and (t.timex or "").startswith("P") for t in read(nlp_durations, text, D(2026, 10, 28)))


def test_a_span_dropped_before_a_since_date_leaves_the_since_reading_in_place(nlp):
    found = one(nlp, "Prices rose 5% in two years, and costs have doubled since January.", "January", D(2026, 10, 28))
    assert (found.start, found.end, found.granularity) == (D(2026, 1, 1), D(2026, 10, 28), "range")


@pytest.mark.parametrize(
    "text, written, days",
    [
        # written on a Wednesday: the Thursday is the one after the Wednesday, so both lie in the week before
        ("The growers' council met on Wednesday and Thursday in the river town.", D(2026, 1, 28), ["2026-01-21", "2026-01-22"]),
        # written on a Sunday, told ahead: the Sunday follows the Saturday
        ("The festival will be held Saturday and Sunday.", D(2026, 2, 1), ["2026-02-07", "2026-02-08"]),
        # a list running over a weekend, and three days in a row
        ("Ferries were halted Friday and Monday.", D(2026, 1, 27), ["2026-01-23", "2026-01-26"]),
        ("Inspectors visited Tuesday, Wednesday and Thursday.", D(2026, 1, 28), ["2026-01-20", "2026-01-21", "2026-01-22"]),
        # already in order, and a list written out of order: left as each reads alone
        ("The council met on Monday and Tuesday.", D(2026, 1, 28), ["2026-01-26", "2026-01-27"]),
        ("The council met Friday and Thursday.", D(2026, 1, 28), ["2026-01-23", "2026-01-22"]),
    ],
)
def test_weekdays_in_a_list_are_days_in_a_row(nlp, text, written, days):
    found = [t for t in read(nlp, text, written) if t.granularity == "day"]
    assert [t.timex for t in found] == days
    assert [t.span.text for t in found] == [w for w in re.findall(r"[A-Z][a-z]+day", text)]


@pytest.mark.parametrize(
    "text, wanted, written, day",
    [
        ("Orthodox Easter falls a week after the Western one this spring.", "Orthodox Easter", D(2026, 3, 2), D(2026, 4, 12)),
        ("Pilgrims arrived before Orthodox Easter 2027.", "Orthodox Easter 2027", D(2026, 3, 2), D(2027, 5, 2)),
        ("Shops shut for Orthodox Christmas.", "Orthodox Christmas", D(2026, 1, 5), D(2026, 1, 7)),
        ("Easter falls early this spring.", "Easter", D(2026, 3, 2), D(2026, 4, 5)),
    ],
)
def test_orthodox_holidays_take_the_eastern_computus(nlp, text, wanted, written, day):
    found = one(nlp, text, wanted, written)
    at = text.index(wanted)
    assert (found.start, found.timex, found.span.start, found.span.end) == (day, day.isoformat(), at, at + len(wanted))


@pytest.mark.parametrize("text, wanted, timex", [
    ("The promise to halve the deficit by the year two thousand was dropped.", "the year two thousand", "2000"),
    ("The Year 2030 target stands.", "The Year 2030", "2030"),
    ("The grant runs until the year 2031.", "the year 2031", "2031"),
    ("Spending rose in FY2025, the report said.", "FY2025", "2025"),
    ("The FY 2027 budget was cut.", "FY 2027", "2027"),
])
def test_the_year_before_a_year_is_part_of_its_extent(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 1, 28))
    at = text.index(wanted)
    assert (found.timex, found.granularity, found.span.start, found.span.end) == (timex, "year", at, at + len(wanted))


@pytest.mark.parametrize("text, wanted, day", [
    ("The panel will hear testimony Thursday and vote Friday.", "Friday", D(2026, 1, 30)),
    ("The board will meet Monday and announce its decision Tuesday.", "Tuesday", D(2026, 2, 3)),
    ("Ministers are expected to arrive Sunday and leave Tuesday.", "Tuesday", D(2026, 2, 3)),
    ("The crew landed Monday and left Tuesday.", "Tuesday", D(2026, 1, 27)),
])
def test_a_bare_verb_joined_to_another_shares_its_tense(nlp, text, wanted, day):
    found = one(nlp, text, wanted, D(2026, 1, 28))
    at = text.rindex(wanted)
    assert (found.start, found.span.start, found.span.end) == (day, at, at + len(wanted))


@pytest.mark.parametrize("text, wanted, timex", [
    ("The monastery keeps the feast on 1 March in the Julian calendar.", "1 March", "2026-03-14"),
    ("The town fell on 3 March 1711, according to the Julian calendar.", "3 March 1711", "1711-03-14"),
    ("Believers mark the birth on December 25 in the Julian calendar.", "December 25", "2026-01-07"),
])
def test_a_day_of_the_julian_calendar_is_given_its_gregorian_date(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 1, 5))
    at = text.index(wanted)
    assert (found.timex, found.start, found.span.start, found.span.end) == (timex, D.fromisoformat(timex), at, at + len(wanted))
    assert read(nlp, "The feast falls in early spring in the Julian calendar.", D(2026, 1, 5)) == []


@pytest.mark.parametrize("text, wanted, day", [
    ("The results of Sunday's runoff are expected to be announced Wednesday.", "Sunday", D(2026, 1, 25)),
    ("An inquiry into Friday's derailment will report next month.", "Friday", D(2026, 1, 23)),
    ("Officials will meet Thursday to weigh the fallout of Monday's ruling.", "Monday", D(2026, 1, 26)),
    ("The city is preparing for Saturday's marathon.", "Saturday", D(2026, 1, 31)),
])
def test_an_event_whose_results_are_awaited_lies_behind(nlp, text, wanted, day):
    found = one(nlp, text, wanted, D(2026, 1, 28))
    at = text.index(wanted)
    assert (found.start, found.span.start, found.span.end) == (day, at, at + len(wanted))


@pytest.mark.parametrize("text, wanted, timex", [
    ("The tribunal heard the appeal on March 3.", "March 3", "2025-03-03"),
    ("Grain prices peaked in April and have eased since.", "April", "2025-04"),
    ("The bridge was closed in March for repairs.", "March", "2025-03"),
    # not an act done: a plan, a date the verb does not hold, a day still ahead
    ("The tribunal will hear the appeal on March 3.", "March 3", "2026-03-03"),
    ("The board declared a dividend payable March 15.", "March 15", "2026-03-15"),
    ("The hearing was scheduled for March 3.", "March 3", "2026-03-03"),
])
def test_a_month_or_day_hung_on_a_past_verb_is_before_the_writing(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 2, 10))
    at = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, at, at + len(wanted))


@pytest.mark.parametrize("text, wanted, day", [
    ("Talks resume Tuesday.", "Tuesday", D(2026, 2, 3)),
    ("Negotiations restart Monday in the capital.", "Monday", D(2026, 2, 2)),
])
def test_a_verb_read_as_a_noun_after_its_plural_subject_schedules_its_weekday(nlp, text, wanted, day):
    found = one(nlp, text, wanted, D(2026, 1, 28))
    at = text.index(wanted)
    assert (found.start, found.span.start, found.span.end) == (day, at, at + len(wanted))


@pytest.mark.parametrize("text", [
    "The mayor told Harbor City Today that the levy would rise.",  # a paper named after the day
    "She wrote a column for The Weekly Ledger and then for Coast News Daily.",
    "A spokesman spoke to MIDLAND TODAY about the closure.",
    "He was a guest on the Today show with two other writers.",
    'The senator said on "Capitol Report Sunday" that she would run.',  # a quoted programme title
    "He got a second hosting gig on “Friday Night Revue” after the tour.",
    "She took questions on ''Harbor Report Sunday'' about the levy.",  # the doubled apostrophes some papers quote with
    "The council spoke to the Valley Tonight programme.",
])
def test_a_capitalised_time_word_inside_a_sentence_is_the_name_of_a_paper_or_programme(nlp, text):
    assert [t.span.text for t in read(nlp, text, D(2026, 1, 28))] == []


@pytest.mark.parametrize("text, wanted, timex", [
    ("Today the council voted to raise the levy.", "Today", "2026-01-28"),  # a sentence's first word
    ("The levy rose. Today, the council meets again.", "Today", "2026-01-28"),
    ('"Today we vote," the mayor said.', "Today", "2026-01-28"),
    ("Voters wrote in.\n“Tonight’s vote showed who he is,” one said.", "Tonight", "2026-01-28TNI"),
    ("Council Votes To Raise Harbor Levy Today", "Today", "2026-01-28"),  # a headline in title case
    ("The council told reporters Sunday that the levy would rise.", "Sunday", "2026-01-25"),
])
def test_a_capitalised_time_word_opening_a_sentence_or_in_a_headline_stays_a_time(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 1, 28))
    assert found.timex == timex


@pytest.mark.parametrize("text, wanted, timex", [
    ("Growth will be slower than forecast in July, the fund said.", "July", "2026-07"),
    ("The fund now sees output of 1.2 percent, less than it predicted in April.", "April", "2026-04"),
    # not a comparison with an estimate made then: a plan still ahead, a day the compared thing happens on
    ("Turnout will be higher than expected on Monday, officials say.", "Monday", "2026-10-12"),
    ("The plant will open as planned in March.", "March", "2027-03"),
])
def test_a_date_after_than_and_an_estimate_is_when_the_estimate_was_made(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 10, 7))  # a Wednesday
    at = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, at, at + len(wanted))


def test_a_clock_time_heading_a_live_update_is_not_on_a_day_named_below_it(nlp):
    text = "Updates through the day (all times local):\n\n6 p.m.\n\nThe mayor is raising doubts about Monday's vote count.\n\n5 p.m.\n\nThe count ended on Tuesday."
    found = {t.span.text: t for t in read(nlp, text, D(2026, 10, 9))}  # a Friday
    assert found["6 p.m."].timex == "2026-10-09T18:00"
    assert found["5 p.m."].timex == "2026-10-09T17:00"
    assert found["Monday"].timex == "2026-10-05"


@pytest.mark.parametrize("text, wanted, timex", [
    ("Donations fell last month. Four years ago, turnout was higher.", "Four years ago", "2022"),
    ("The plant closed in March. Three years ago it employed 400 people.", "Three years ago", "2023"),
    ("Sales slipped in the summer. Two years ago they had doubled.", "Two years ago", "2024"),
    # "earlier" counts from the time just named (last March, as the past verb placed it), "a year ago" after a
    # quarter is that quarter a year back
    ("The plant closed in March. A year earlier it employed 400 people.", "A year earlier", "2024-03"),
    ("Profit rose in the third quarter. A year ago the company lost money.", "A year ago", "2024-Q3"),
])
def test_years_ago_count_back_from_the_writing_in_years_not_from_a_month_named_before(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 1, 12))
    assert found.timex == timex


@pytest.mark.parametrize("text, wanted, day", [
    ("The mayor is likely to win Tuesday when the city votes.", "Tuesday", D(2026, 1, 20)),
    ("The measure is certain to pass Thursday, aides say.", "Thursday", D(2026, 1, 22)),
    # told in the past, the likelihood was of a day gone by
    ("The measure was likely to pass Thursday, aides said.", "Thursday", D(2026, 1, 15)),
])
def test_a_weekday_of_an_act_said_to_be_likely_lies_ahead(nlp, text, wanted, day):
    found = one(nlp, text, wanted, D(2026, 1, 16))  # a Friday
    assert found.start == day


@pytest.mark.parametrize("text, wanted, timex", [
    ("The festival opens this coming Sunday, March eighth.", "this coming Sunday, March eighth", "2026-03-08"),
    ("The vote is set for June first, officials said.", "June first", "2026-06-01"),
    ("The ferry sailed on the twenty-third of February.", "the twenty-third of February", "2026-02-23"),
    ("Ballots are due by the thirty-first of May, 2027.", "the thirty-first of May, 2027", "2027-05-31"),
    # an ordinal of something else after a month
    ("The April second-round vote was close.", "April", "2026-04"),
])
def test_a_day_of_the_month_written_as_an_ordinal_word_is_that_day(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 3, 5))
    at = text.index(wanted)
    assert (found.timex, found.span.start, found.span.end) == (timex, at, at + len(wanted))


@pytest.mark.parametrize("text, wanted, start, end, granularity", [
    # whole years or months counted on from a year or month named before: that year or month, not a day from the writing
    ("The mayor was elected in 2011 and re-elected two years later.", "two years later", D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("The mill shut in 1992. A decade later it reopened as flats.", "A decade later", D(2002, 1, 1), D(2002, 12, 31), "year"),
    ("The ferry line opened in April 2003. Five months later it went bust.", "Five months later", D(2003, 9, 1), D(2003, 9, 30), "month"),
    ("The ferry line opened in 2003. A year later it went bust.", "A year later", D(2004, 1, 1), D(2004, 12, 31), "year"),
    # a day named: the day that far on, as before
    ("The ferry line opened on June 2, 2003. Two weeks later it went bust.", "Two weeks later", D(2003, 6, 16), D(2003, 6, 16), "day"),
])
def test_a_span_later_than_a_named_month_or_year_is_that_period_moved_on(nlp, text, wanted, start, end, granularity):
    found = one(nlp, text, wanted, D(2026, 1, 16))
    assert (found.start, found.end, found.granularity) == (start, end, granularity)
    assert found.anchor == "reference" and found.timex.startswith("P")  # the TIMEX3 value stays the duration


@pytest.mark.parametrize("text, wanted, timex", [
    # whole years or decades back from a year named before: that year moved back, not counted from the writing
    ("The orchard was planted in 2019. Six years earlier the field was a car park.", "Six years earlier", "2013"),
    ("The canal froze over in 1996; two years before, it had flooded the mill.", "two years before", "1994"),
    ("The choir toured in 1990. Two decades earlier it had only four singers.", "Two decades earlier", "1970"),
])
def test_years_earlier_than_a_named_year_count_back_from_it(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 20))
    year = int(timex)
    assert (found.start, found.end, found.granularity, found.timex) == (D(year, 1, 1), D(year, 12, 31), "year", timex)
    assert found.anchor == "reference"


def test_weeks_or_months_earlier_than_a_named_year_are_an_unknown_day(nlp):
    found = one(nlp, "The choir toured in 1990. Three months earlier it lost its director.", "Three months earlier", D(2026, 5, 20))
    assert (found.start, found.end, found.resolved, found.timex) == (None, None, False, "P3M")


def test_a_year_earlier_after_a_year_keeps_the_business_reading(nlp):
    # one year back after a year stays counted from the writing: business news names the year-ago period itself first
    found = one(nlp, "Sales in 2025 reached 40 million. A year earlier, sales were 35 million.", "A year earlier", D(2026, 2, 10))
    assert found.timex == "2025"
    # "ago" counts from the writing whatever was named
    assert one(nlp, "The orchard was planted in 2019. Three years ago it burned.", "Three years ago", D(2026, 5, 20)).timex == "2023"


def test_a_span_later_than_no_day_it_can_count_from_is_an_unknown_day(nlp):
    written = D(2026, 2, 10)
    for text, wanted in (
        ("A week later, the dam collapsed.", "A week later"),  # no day named before: not a week after the writing
        ("The club signed him in 2019 and sold him two weeks later.", "two weeks later"),  # weeks after a year
    ):
        found = one(nlp, text, wanted, written)
        assert (found.start, found.end, found.resolved) == (None, None, False)
        assert found.timex == "P" + ("1W" if wanted == "A week later" else "2W")
    # told ahead, the writing is the base; a day named before is counted from
    assert one(nlp, "A week later, the new levy will take effect.", "A week later", written).start == D(2026, 2, 17)
    assert one(nlp, "The truce ran out on Friday. Three days later, fighting resumed.", "Three days later", written).start == D(2026, 2, 9)


@pytest.mark.parametrize("text, wanted, timex", [
    ("The bakery opened in 2009 and closed the next year.", "the next year", "2010"),
    ("The envoy arrived in May 2019 and left the next month.", "the next month", "2019-06"),
    # not told in the past: the coming year, from the writing
    ("The bakery opened in 2009. Its sales should double over the next year.", "the next year", "2027"),
])
def test_the_next_year_told_in_the_past_counts_from_the_year_named(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 1, 16)).timex == timex


@pytest.mark.parametrize("text, wanted, timex", [
    # a verb and an object that name one scheduled act: its present is a schedule, as "the accord expires in March"
    ("The new levy takes effect in January.", "January", "2027-01"),
    ("The governor-elect takes office in January.", "January", "2027-01"),
    ("The party holds its congress in January.", "January", "2027-01"),
    ("The banker faces trial in January.", "January", "2027-01"),
    ("The banker stands trial in January.", "January", "2027-01"),
    # told in the past, or an object that tells of something else
    ("The new levy took effect in January.", "January", "2026-01"),
    ("The mural recalls a scandal in January.", "January", "2026-01"),
])
def test_a_month_after_a_verb_and_the_object_completing_it_is_a_schedule(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 2, 11)).timex == timex


def test_a_weekday_after_standing_trial_lies_ahead(nlp):
    assert one(nlp, "The banker stands trial Monday in the capital.", "Monday", D(2026, 2, 11)).timex == "2026-02-16"
    assert one(nlp, "The banker stood trial Monday in the capital.", "Monday", D(2026, 2, 11)).timex == "2026-02-09"


@pytest.mark.parametrize("text, wanted, day", [
    # a weekday owning an event that a present verb of an act takes as subject or object, or by a preposition: ahead
    ("Farmers head to the polls in Tuesday's runoff.", "Tuesday", D(2026, 2, 17)),
    ("Councillors face Monday's deadline with no plan.", "Monday", D(2026, 2, 16)),
    ("Monday's deadline looms over the council.", "Monday", D(2026, 2, 16)),
    # told in the past, a state verb or the aftermath of the event: behind ("a Sunday quiz show", a habit, is no day)
    ("Councillors missed Monday's deadline.", "Monday", D(2026, 2, 9)),
    ("Turnout in Tuesday's runoff was thin.", "Tuesday", D(2026, 2, 10)),
    ("Observers question the count of Tuesday's runoff.", "Tuesday", D(2026, 2, 10)),
])
def test_a_weekday_event_a_present_verb_acts_on_lies_ahead(nlp, text, wanted, day):
    assert one(nlp, text, wanted, D(2026, 2, 12)).start == day  # written on a Thursday


@pytest.mark.parametrize("text, kept", [
    # the titles of programmes, papers and primary days in the rule file hold no time
    ("The senator told Fox News Sunday that the bill was dead.", []),
    ("The sketch on Saturday Night Live drew complaints.", []),
    ("The governor spoke to 60 Minutes about the flood.", []),
    ("The mayor wrote in the Mail on Sunday that fares would rise.", []),
    ("Eleven states vote on Super Tuesday.", []),  # far from a presidential year (2026): no day
    # a weekday after any other name stays a time
    ("The senator told Reuters Sunday that the bill was dead.", ["Sunday"]),
    ("The senator spoke on Meet the Press on Sunday.", ["Sunday"]),
])
def test_a_time_word_inside_a_programme_or_paper_title_is_no_time(nlp, text, kept):
    assert [t.span.text for t in read(nlp, text, D(2026, 2, 11))] == kept


def test_a_programme_named_by_a_duration_is_no_duration(nlp_durations):
    assert [t.span.text for t in read(nlp_durations, "The governor spoke to 60 Minutes for an hour.", D(2026, 2, 11))] == ["an hour"]


def test_black_friday_and_cyber_monday_count_from_thanksgiving(nlp):
    assert one(nlp, "Stores opened early on Black Friday.", "Black Friday", D(2025, 12, 3)).timex == "2025-11-28"
    assert one(nlp, "Online sales peaked on Cyber Monday.", "Cyber Monday", D(2025, 12, 3)).timex == "2025-12-01"


@pytest.mark.parametrize("text, wanted, timex, start, end", [
    # a month after "since" lies before the writing, whatever slack the past tense leaves, and runs up to it
    ("Rents have doubled since April.", "April", "2025-04", D(2025, 4, 1), D(2026, 3, 20)),
    ("Rents have doubled since March.", "March", "2026-03", D(2026, 3, 1), D(2026, 3, 20)),
    ("Rents have doubled since Jan. 5.", "Jan. 5", "2026-01-05", D(2026, 1, 5), D(2026, 3, 20)),
])
def test_a_month_since_which_something_runs_is_the_last_one_and_runs_to_the_writing(nlp, text, wanted, timex, start, end):
    found = one(nlp, text, wanted, D(2026, 3, 20))
    assert (found.timex, found.start, found.end) == (timex, start, end)


@pytest.mark.parametrize("text, timex", [
    ("Snow closed the pass twice this winter.", "2025-WI"),  # written in March: the winter just gone
    ("Snow will close the pass this winter.", "2026-WI"),
])
def test_this_winter_told_in_the_past_after_it_ended_is_the_winter_just_gone(nlp, text, timex):
    assert one(nlp, text, "this winter", D(2026, 3, 20)).timex == timex


@pytest.mark.parametrize("text, day", [
    # a contraction with a curly apostrophe is the same auxiliary as with a straight one
    ("“We’ll all be meeting up on Friday,” the organiser said.", D(2016, 6, 24)),
    ("“They’re voting on Friday,” the organiser said.", D(2016, 6, 24)),
    # a second present verb the tagger reads as a plural noun keeps the schedule of the first
    ("The envoy speaks in Lyon on Wednesday and testifies before the panel on Friday.", D(2016, 6, 24)),
])
def test_curly_contractions_and_joined_present_verbs_look_ahead(nlp, text, day):
    assert one(nlp, text, "Friday", D(2016, 6, 22)).start == day  # written on a Wednesday


def test_through_a_date_on_a_noun_ends_a_period_not_a_deadline(nlp):
    # "through" hung on a noun closes the period the noun covers; on a verb in the present it is a deadline ahead
    assert one(nlp, "Ticket sales through Jan. 31 are up a third.", "Jan. 31", D(2016, 2, 20)).timex == "2016-01-31"
    assert one(nlp, "The exhibition runs through Jan. 31.", "Jan. 31", D(2016, 2, 20)).timex == "2017-01-31"


@pytest.mark.parametrize("text, wanted, timex", [
    # the weekday written with a date picks the year in which the date is that weekday
    ("The ballot is on Sunday, Dec. 6.", "Sunday, Dec. 6", "2015-12-06"),  # 2016-12-06 is a Tuesday
    ("The ballot is on Tuesday, Dec. 6.", "Tuesday, Dec. 6", "2016-12-06"),
    ("The audit began, as planned, on Friday, 29 January.", "Friday, 29 January", "2016-01-29"),
])
def test_a_date_with_its_weekday_takes_the_year_the_weekday_fits(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2016, 2, 3)).timex == timex


@pytest.mark.parametrize("text, wanted, timex", [
    ("The mayor says the party can win in November.", "November", "2016-11"),
    ("“We can win on Tuesday,” the organiser said.", "Tuesday", "2016-04-12"),
])
def test_can_with_a_date_on_its_verb_looks_ahead(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2016, 4, 9)).timex == timex  # written on a Saturday


@pytest.mark.parametrize("text, wanted, timex", [
    # "overnight" beside a weekday is that weekday's night, one expression (TimeML's part-of-day code NI)
    ("Sleet fell overnight Monday across the hills.", "overnight Monday", "2026-03-02TNI"),
    ("The pumps failed Sunday overnight, the utility said.", "Sunday overnight", "2026-03-01TNI"),
])
def test_overnight_beside_a_weekday_is_that_nights_date(nlp, text, wanted, timex):
    t = one(nlp, text, wanted, D(2026, 3, 5))  # written on a Thursday
    assert (t.timex, t.start) == (timex, D.fromisoformat(timex[:10]))


@pytest.mark.parametrize("text, wanted, timex", [
    # dawn and dusk on a named day are parts of that day: TimeML's morning (MO) and evening (EV) codes
    ("The convoy left at dawn on Tuesday.", "dawn on Tuesday", "2026-03-03TMO"),
    ("Fishing boats returned at dusk on March 1.", "dusk on March 1", "2026-03-01TEV"),
    ("The ferry docked Monday at sunset.", "Monday at sunset", "2026-03-02TEV"),
])
def test_dawn_or_dusk_on_a_named_day_is_a_part_of_that_day(nlp, text, wanted, timex):
    t = one(nlp, text, wanted, D(2026, 3, 5))  # written on a Thursday
    assert (t.timex, t.start) == (timex, D.fromisoformat(timex[:10]))


def test_an_auxiliary_the_parser_joins_across_a_blank_line_is_not_the_verbs(nlp):
    # the parser sometimes runs a sentence on over a paragraph break; given such a parse (written out here, as the
    # parser's choice varies with the text around), the 'should' that ends the first paragraph is not the tense of
    # the verb that opens the next: the Monday of a debate told in the past is the one just gone
    from spacy.tokens import Doc

    words = ["He", "should", ".", "\n\n", "Critics", "mocked", "him", "during", "the", "Monday", "debate", "."]
    spaces = [True, False, False, False, True, True, True, True, True, True, False, False]
    heads = [5, 5, 5, 2, 5, 5, 5, 5, 10, 10, 7, 5]
    deps = ["nsubj", "aux", "punct", "dep", "nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"]
    tags = ["PRP", "MD", ".", "_SP", "NNS", "VBD", "PRP", "IN", "DT", "NNP", "NN", "."]
    pos = ["PRON", "AUX", "PUNCT", "SPACE", "NOUN", "VERB", "PRON", "ADP", "DET", "PROPN", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos)
    doc._.readout_document = Document(id="t", source="test", text=doc.text, published=D(2026, 3, 5))
    found = nlp.get_pipe("readout_times")(doc)._.readout_times
    assert [(t.span.text, t.timex) for t in found] == [("Monday", "2026-03-02")]


def test_a_gerund_completing_a_verb_takes_that_verbs_tense(nlp):
    written = D(2026, 3, 8)  # a Sunday
    assert one(nlp, "Volunteers kept searching the woods until late Friday.", "late Friday", written).timex == "2026-03-06"
    assert one(nlp, "Volunteers will keep searching until late Friday.", "late Friday", written).timex == "2026-03-13"


@pytest.mark.parametrize("text, wanted, timex", [
    # an event a weekday owns through 'on', the subject of a modal: its results lie ahead, the day behind
    ("Her two victories on Tuesday will hasten the change in the party.", "Tuesday", "2026-03-03"),
    ("The senator's wins on Tuesday could reshape the race.", "Tuesday", "2026-03-03"),
    # an event told as one that may happen still lies ahead
    ("A win on Tuesday would give her the nomination.", "Tuesday", "2026-03-10"),
])
def test_a_weekday_after_on_owning_the_subject_of_a_modal_is_behind(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 3, 6)).timex == timex  # written on a Friday


@pytest.mark.parametrize("text, wanted, timex", [
    # told in the present, the weekday after the writing day is the next day, not the one six days gone
    ("The results on Tuesday are a test for the party.", "Tuesday", "2026-03-10"),
    ("The council has its vote on Tuesday.", "Tuesday", "2026-03-10"),
    ("Commuters waking up on Tuesday morning will find the bridge shut.", "Tuesday morning", "2026-03-10TMO"),
    # told in the past, or another weekday, it stays behind
    ("The council held its vote on Tuesday.", "Tuesday", "2026-03-03"),
    ("The results on Thursday are a test for the party.", "Thursday", "2026-03-05"),
])
def test_a_weekday_in_the_present_the_day_after_the_writing_is_tomorrow(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 3, 9)).timex == timex  # written on a Monday


@pytest.mark.parametrize("text, wanted, timex", [
    # a 'would' reported after a past verb is the future of that past moment: the weekday nearest the writing
    ("The two towns said they would light the old bridge in blue on Monday night.", "Monday night", "2026-03-09TNI"),
    ("The coach expected that the rematch on Saturday would draw a crowd.", "Saturday", "2026-03-14"),
    # a 'would' not after a past verb stays ahead
    ("The two towns say they would light the old bridge in blue on Monday night.", "Monday night", "2026-03-16TNI"),
])
def test_a_weekday_of_a_would_after_a_past_verb_is_the_one_nearest_the_writing(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 3, 11)).timex == timex  # written on a Wednesday


@pytest.mark.parametrize("text, wanted, timex", [
    # a bare month on a verb whose subject is dated by a year, or that a year after 'in' also hangs on, is in that year
    ("The runoff in 2028 will be held in May.", "May", "2028-05"),
    ("The 2019 strike ended in May.", "May", "2019-05"),
    ("In 2029, the new bridge will open in October.", "October", "2029-10"),
    # a year on another verb leaves the month to the tense
    ("Sales rose in 2025 and will rise again in May.", "May", "2026-05"),
])
def test_a_bare_month_takes_the_year_of_its_clause(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 3, 11)).timex == timex


@pytest.mark.parametrize("text, written, timex", [
    # the act of an infinitive after a past verb of directing is the future of that past moment
    ("The mayor invited the union leaders to meet on Thursday.", D(2026, 3, 9), "2026-03-12"),
    # an invitation that stands still lies ahead
    ("The mayor has invited the union leaders to meet on Thursday.", D(2026, 3, 13), "2026-03-19"),
])
def test_a_weekday_of_an_act_someone_was_directed_to_do(nlp, text, written, timex):
    assert one(nlp, text, "Thursday", written).timex == timex


@pytest.mark.parametrize("text, wanted, written, timex", [
    # a month before the noun it dates, just gone, is not next year's for a future around the event
    ("Traders will get one more clue with the release of the November payrolls report.", "November", D(2025, 12, 2), "2025-11"),
    ("The two rivals will share a stage again after their Oct. 14 forum.", "Oct. 14", D(2025, 11, 12), "2025-10-14"),
    # an event said to be ahead, or a month on the verb, keeps the future
    ("The two rivals will meet again at the upcoming October forum.", "October", D(2025, 11, 12), "2026-10"),
    ("The two rivals will meet again in October.", "October", D(2025, 11, 12), "2026-10"),
])
def test_a_month_just_gone_naming_an_event_is_not_next_years(nlp, text, wanted, written, timex):
    assert one(nlp, text, wanted, written).timex == timex


@pytest.mark.parametrize("text, wanted, timex", [
    # a refusal to tell, with 'would not', is already made: its weekday is behind
    ("The minister wouldn't say Tuesday when the bridge would reopen.", "Tuesday", "2026-03-03"),
    ("The agency would not comment on Tuesday.", "Tuesday", "2026-03-03"),
    # 'would' without a refusal stays ahead
    ("The minister would speak on Tuesday if asked.", "Tuesday", "2026-03-10"),
    # a plan told in the past passive is the future of a past moment: the nearest such day
    ("The envoy was scheduled to fly home late Tuesday.", "late Tuesday", "2026-03-03"),
    ("The hearings were expected to close on Tuesday.", "Tuesday", "2026-03-03"),
    # told in the present, the plan lies ahead
    ("The hearings are expected to close on Tuesday.", "Tuesday", "2026-03-10"),
])
def test_a_refusal_made_and_a_plan_told_in_the_past_are_not_read_ahead(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 3, 4)).timex == timex  # written on a Wednesday


@pytest.mark.parametrize("text, timex", [
    # a plan told in the simple past is the future of a past moment: the nearest such day
    ("Just as the governor prepared to address the crowd on Tuesday, the lights failed.", "2026-03-03"),
    ("The club planned to reopen the pool on Tuesday, its manager said.", "2026-03-03"),
    # a plan already past, or still standing, keeps its direction
    ("The club had planned to reopen the pool on Sunday.", "2026-03-01"),
    ("The club plans to reopen the pool on Tuesday.", "2026-03-10"),
])
def test_a_weekday_of_a_plan_told_in_the_simple_past_is_the_nearest(nlp, text, timex):
    wanted = "Sunday" if "Sunday" in text else "Tuesday"
    assert one(nlp, text, wanted, D(2026, 3, 4)).timex == timex  # written on a Wednesday


def test_a_plan_in_the_past_progressive_is_the_future_of_a_past_moment(nlp):
    written = D(2026, 3, 6)  # a Friday
    text = "The chief executive was planning to host a dinner for the senator on Thursday night, a spokeswoman said."
    assert one(nlp, text, "Thursday night", written).timex == "2026-03-05TNI"
    text = "The chief executive is planning to host a dinner for the senator on Thursday night."
    assert one(nlp, text, "Thursday night", written).timex == "2026-03-12TNI"


def test_the_future_of_a_past_moment_may_fall_on_the_day_just_named(nlp):
    # the day named just before is the writing day; a plan told in the past for that weekday is that same day
    text = "6:40 p.m. The singer was to perform at the old theatre Sunday night."
    assert one(nlp, text, "Sunday night", D(2026, 3, 8)).timex == "2026-03-08TNI"


@pytest.mark.parametrize("text, wanted, timex", [
    # a weekday in the present or its progressive is never six days ahead: the day before the writing is that day
    ("The governor is touring the flooded valley on Wednesday.", "Wednesday", "2026-03-04"),
    ("The two mayors meet Wednesday night in the harbour town.", "Wednesday night", "2026-03-04TNI"),
    # other weekdays, and a future, keep the schedule ahead
    ("The two mayors meet Friday in the harbour town.", "Friday", "2026-03-06"),
    ("The governor will tour the flooded valley on Wednesday.", "Wednesday", "2026-03-11"),
])
def test_a_weekday_in_the_present_the_day_before_the_writing_is_yesterday(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 3, 5)).timex == timex  # written on a Thursday


@pytest.mark.parametrize("text, timex", [
    # a plural noun the tagger reads as a present verb, after a possessive, has no tense of its own
    ("Her town hall remarks on Sunday drew fire.", "2026-03-01"),
    ("His Tuesday wins boost his delegate count.", "2026-03-03"),
    # a weekday as the subject of a present verb is still a schedule
    ("Tuesday marks ten years since the flood.", "2026-03-10"),
])
def test_a_plural_noun_read_as_a_present_verb_sets_no_tense(nlp, text, timex):
    wanted = "Sunday" if "Sunday" in text else "Tuesday"
    assert one(nlp, text, wanted, D(2026, 3, 5)).timex == timex


@pytest.mark.parametrize("text, timex", [
    # an act offered in the past lay ahead of that moment: the weekday nearest the writing
    ("The panel gave the builder a chance to respond Tuesday, but he stayed away.", "2026-03-03"),
    # offered in the present, it lies ahead
    ("The panel gives the builder a chance to respond Tuesday.", "2026-03-10"),
])
def test_a_weekday_of_an_act_offered_in_the_past_is_the_nearest(nlp, text, timex):
    assert one(nlp, text, "Tuesday", D(2026, 3, 5)).timex == timex


@pytest.mark.parametrize("text, timex", [
    # the event after 'run-up to' owns the 'on' that follows it, though the parser hangs it on the verb
    ("Ticket sales fell in the run-up to the regatta on Monday.", "2026-03-09"),
    # a finite verb between the weekday and 'ahead of' tells its own tense
    ("Traders were calm ahead of the auction, which was held on Monday.", "2026-03-02"),
])
def test_the_event_of_a_lead_up_owns_its_weekday(nlp, text, timex):
    assert one(nlp, text, "Monday", D(2026, 3, 5)).timex == timex


def test_overnight_on_a_noun_after_of_is_a_kind(nlp):
    assert [t.span.text for t in read(nlp, "She faced six weeks of overnight curfews at the hostel.", D(2026, 3, 5))] == []


@pytest.mark.parametrize("before, timex", [
    ("The parade ended Friday night.", "2026-02-27"),
    ("The alarm sounded at 6 p.m. Friday.", "2026-02-27"),
])
def test_that_day_is_the_whole_day_named_not_its_part(nlp, before, timex):
    found = one(nlp, before + " That day the harbour was quiet.", "That day", D(2026, 3, 5))
    assert (found.timex, found.start, found.granularity) == (timex, D(2026, 2, 27), "day")


@pytest.mark.parametrize("text, wanted, timex", [
    # a bare weekday just after the noun it dates owns that event, like "Sunday's address"
    ("The governor's address Sunday about the floods will be a big topic this week.", "Sunday", "2026-03-01"),
    ("The mayor should get a lift from the win Tuesday, aides said.", "Tuesday", "2026-03-03"),
    # an event told as one that may happen still lies ahead
    ("A win Tuesday would give her the nomination.", "Tuesday", "2026-03-10"),
])
def test_a_bare_weekday_after_its_event_noun_owns_it(nlp, text, wanted, timex):
    assert one(nlp, text, wanted, D(2026, 3, 5)).timex == timex  # written on a Thursday


@pytest.mark.parametrize("text, timex", [
    # a weekday dating a noun off the progressive verb tells when that thing happened
    ("With a sharp drop in the bond price on Tuesday, the strain on the lender is only growing.", "2026-03-03"),
    # on the verb's own object it is what the progressive has in hand, ahead
    ("The senator is holding a rally in the capital on Tuesday.", "2026-03-10"),
])
def test_a_weekday_on_a_noun_off_a_progressive_is_not_a_plan(nlp, text, timex):
    assert one(nlp, text, "Tuesday", D(2026, 3, 5)).timex == timex


def test_an_infinitive_on_a_noun_after_a_preposition_of_a_past_verb(nlp):
    text = "In a bid to calm the markets on Tuesday, the bank cut rates."
    assert one(nlp, text, "Tuesday", D(2026, 3, 5)).timex == "2026-03-03"
    text = "In a bid to calm the markets on Tuesday, the bank will cut rates."
    assert one(nlp, text, "Tuesday", D(2026, 3, 5)).timex == "2026-03-10"


def test_a_weekday_owning_the_subject_of_a_present_verb_is_the_one_the_story_tells_past(nlp):
    text = "The accord was signed Friday. Friday's accord sets a new wage scale."
    assert [t.timex for t in read(nlp, text, D(2026, 3, 8))] == ["2026-03-06", "2026-03-06"]
    # so too the subject of a modal the story tells elsewhere in the past
    text = "The deal was announced Friday. The accord will take effect soon. Friday's accord may reset the clock."
    assert [t.timex for t in read(nlp, text, D(2026, 3, 8))] == ["2026-03-06", "2026-03-06"]
    # told nowhere else, it stays ahead
    assert one(nlp, "Friday's accord sets a new wage scale.", "Friday", D(2026, 3, 8)).timex == "2026-03-13"


@pytest.mark.parametrize("text", [
    # 'the last' unit before 'of' or a clause is the end of another stretch, not the unit just gone
    "On the last day of the fair in July, the band played.",
    "Few can recall the last week they took off.",
    # a 'quarter' in a compound is no quarter of the year
    "The quarter-century-old pact stays weak.",
    # 'at the moment' before a past clause is 'when'
    "At the moment the mayor announced her bid, the crowd cheered.",
])
def test_phrases_that_name_no_time_of_their_own(nlp, text):
    assert [t.span.text for t in read(nlp, text, D(2026, 3, 5)) if "last" in t.span.text or "quarter" in t.span.text or "moment" in t.span.text] == []


def test_the_last_day_and_at_the_moment_still_read_alone(nlp):
    assert one(nlp, "It has been quiet in the last day.", "the last day", D(2026, 3, 5)).timex == "2026-03-04"
    assert one(nlp, "At the moment the economy is strong.", "At the moment", D(2026, 3, 5)).timex == "PRESENT_REF"


@pytest.mark.parametrize("text, timex", [
    # a month in a clause 'since' opens is of the act counted from: before the writing
    ("The mayor has courted the unions since she announced her bid in March at a rally.", "2015-03"),
    ("Since announcing in March that she would retire, the judge has kept quiet.", "2015-03"),
    # a causal 'since' with a future keeps it ahead
    ("Since the vote will be held in March, the mayor waits.", "2016-03"),
])
def test_a_month_in_a_since_clause_is_before_the_writing(nlp, text, timex):
    assert one(nlp, text, "March", D(2016, 1, 12)).timex == timex


@pytest.mark.parametrize("text, timex", [
    # a year back from a leap year's February is the February before, whose month ends on the 28th
    ("Prices peaked in February.", "2015-02"),
    ("The 2015 strike ended in February.", "2015-02"),
])
def test_february_of_a_leap_year_moves_back_a_year(nlp, text, timex):
    found = one(nlp, text, "February", D(2016, 1, 12))
    assert (found.timex, found.end) == (timex, D(2015, 2, 28))


def test_a_date_cited_as_evidence_is_not_ahead(nlp):
    text = "The group hopes the plan could help the town, pointing to the sale of some land at an auction in June."
    assert one(nlp, text, "June", D(2016, 7, 6)).timex == "2016-06"


@pytest.mark.parametrize("text, timex", [
    # an event awaited after 'for' or 'before', in a clause not told past, lies ahead
    ("Staff close to the planning for Thursday's summit say the talks will turn to unity.", "2026-03-05"),
    ("The mayor is eligible for Thursday's runoff.", "2026-03-05"),
    # not after blame or a count
    ("The gang responsible for Thursday's raid remains at large.", "2026-02-26"),
])
def test_an_event_awaited_in_a_present_clause_lies_ahead(nlp, text, timex):
    assert one(nlp, text, "Thursday", D(2026, 3, 3)).timex == timex  # written on a Tuesday


def test_a_participle_sets_the_past_only_for_its_own_date(nlp):
    text = "Aides hope the ads will supply the money needed for Thursday's runoff."
    assert one(nlp, text, "Thursday", D(2026, 3, 3)).timex == "2026-03-05"
    assert one(nlp, "The quarter ended March 31 was weak.", "March 31", D(2026, 3, 3)).timex == "2025-03-31"


def test_a_paper_named_for_a_time_word_is_no_time(nlp):
    assert read(nlp, "Source USA TODAY/Harbor College.", D(2026, 3, 3)) == []


def test_a_weekday_of_a_past_plan_is_no_evidence_for_the_others(nlp):
    # "late Tuesday" of a plan told in the past is read apart; it does not make the story's Tuesday one ahead
    text = "The envoy was scheduled to fly home late Tuesday. He should get a lift from the win Tuesday, aides said."
    assert [t.timex for t in read(nlp, text, D(2026, 3, 4))] == ["2026-03-03", "2026-03-03"]  # written on a Wednesday


def test_a_date_inside_a_tag_of_markup_is_no_time(nlp):
    text = '<post author="@aide" datetime="2026-03-11" posted="March 11, 2026">The minister spoke today.</post>'
    # (the post's own "today" is the day its markup gives it: see test_a_day_word_in_a_dated_post)
    assert [(t.span.text, t.timex) for t in read(nlp, text, D(2026, 3, 12))] == [("today", "2026-03-11")]
    # a date in the text between tags, and "<" as a sign, stay times
    assert one(nlp, "<p>Talks ended on March 11, 2026.</p>", "March 11, 2026", D(2026, 3, 12)).timex == "2026-03-11"
    assert one(nlp, "Inflation stayed < 3% in March 2026, the bank said.", "March 2026", D(2026, 4, 2)).timex == "2026-03"


@pytest.mark.parametrize("text", [
    "The 1961 March on the Capitol drew thousands of farmers.",
    "Thousands joined the March for Clean Rivers in the port city.",
    "Organizers of the coalition and March Against Hunger said they expected crowds.",
    "Her group, March for Fair Wages, plans a rally.",
    # a name of capitalised words ending in "March", with no day or year after it
    "Crowds lined the avenue for the annual Harbor Pride March. The parade ended at noon.",
    "Thousands joined the Teachers' March in the old town.",
])
def test_a_march_by_name_is_no_month(nlp, text):
    assert [t.span.text for t in read(nlp, text, D(2026, 5, 12)) if t.span.text == "March"] == []


@pytest.mark.parametrize("text, timex", [
    ("The envoys will travel in March to Vienna for talks.", "2027-03"),
    ("Both chambers sat in February and March for Budget hearings.", "2026-03"),
    ("Talks resume in early March on Tuesdays and Thursdays.", "2027-03"),
    # guards: a capitalised word before March that names no march
    ("Both rivals met Sunday, March 1, in the capital.", "2026-03-01"),
    ("Last March the levy was raised.", "2026-03"),
    ("The council said March would be the busiest month.", "2027-03"),
])
def test_a_month_placed_by_a_preposition_stays_a_month(nlp, text, timex):
    found = [t for t in read(nlp, text, D(2026, 5, 12)) if "March" in t.span.text]
    assert [t.timex for t in found] == [timex]


@pytest.mark.parametrize("text, wanted, timex, start, end", [
    ("The agency opened in 1998. In early June of that year, its first chief quit.", "early June", "1998-06", D(1998, 6, 1), D(1998, 6, 10)),
    ("The riots marred the 1968 convention, and the party lost that November.", "November", "1968-11", D(1968, 11, 1), D(1968, 11, 30)),
    ("The bill passed in 2009, and that October the governor signed it.", "October", "2009-10", D(2009, 10, 1), D(2009, 10, 31)),
    ("The plant closed in 2011; in May the same year, the mill followed.", "May", "2011-05", D(2011, 5, 1), D(2011, 5, 31)),
])
def test_a_month_of_that_year_takes_the_year_just_named(nlp, text, wanted, timex, start, end):
    found = one(nlp, text, wanted, D(2026, 3, 12))
    assert (found.timex, found.start, found.end) == (timex, start, end)


def test_that_opening_a_clause_is_no_pointer_to_a_year(nlp):
    # "said that November was cold": "that" opens the clause whose subject is the month
    assert one(nlp, "In 2009 she said that November was cold.", "November", D(2026, 3, 12)).timex == "2025-11"


@pytest.mark.parametrize("text, published, timex", [
    ("This week the committee will publish its report.", D(2026, 3, 8), "2026-W11"),  # a Sunday: the week to come
    ("The committee is expected to vote this week on the bill.", D(2026, 3, 8), "2026-W11"),
    ("Both ministers met their counterparts this week in the capital.", D(2026, 3, 8), "2026-W10"),  # the week just ending
    ("This week the committee will publish its report.", D(2026, 3, 7), "2026-W10"),  # a Saturday: this one
])
def test_this_week_ahead_written_on_a_sunday_is_the_week_to_come(nlp, text, published, timex):
    assert one(nlp, text, "this week" if "this week" in text else "This week", published).timex == timex


def test_a_headline_parsed_into_the_sentence_below_gives_no_tense(nlp):
    # the parser hangs "Tuesday" on the headline's "Will Not Stop" across the line break; the sentence is past
    text = "Rain Will Not Stop Us\n\nTuesday at a rally, the mayor promised to build the bridge."
    assert one(nlp, text, "Tuesday", D(2026, 3, 12)).timex == "2026-03-10"


def test_a_weekday_closing_a_subjects_phrase_owns_that_event(nlp):
    # the weekday ends the phrase of the modal's subject, told past elsewhere: the Tuesday gone, not the next
    text = "Scenes from the rally at the arena in the state capital Tuesday will stay with the reporter. Tuesday marked a turning point."
    assert [t.timex for t in read(nlp, text, D(2026, 3, 13))] == ["2026-03-10", "2026-03-10"]  # written on a Friday
    text = "Scenes from the senator's rally at the Civic Coliseum in North Dakota Tuesday will keep the writer awake. Tuesday marked a turning point."
    assert [t.timex for t in read(nlp, text, D(2026, 3, 13))] == ["2026-03-10", "2026-03-10"]


@pytest.mark.parametrize("text, wanted, timex, start", [
    # told in the past with no day named before it: the day after an undated act, not the day after the writing
    ("He apologized the next day, saying the remark was rude.", "the next day", None, None),
    ("The following day, the base came under fire.", "The following day", None, None),
    # after a day named, counted from it; told ahead, the day after the writing
    ("The envoy arrived on Tuesday. The next day, he met the president.", "The next day", "2026-03-11", D(2026, 3, 11)),
    ("The panel will meet the next day to vote.", "the next day", "2026-03-13", D(2026, 3, 13)),
])
def test_the_next_day_in_the_past_counts_only_from_a_day_named(nlp, text, wanted, timex, start):
    found = one(nlp, text, wanted, D(2026, 3, 12))
    assert (found.timex, found.start, found.resolved) == (timex, start, timex is not None)


def test_the_commas_of_a_place_do_not_set_a_date_apart(nlp):
    # "said at a meeting in Dover, Del., this week": the date is the saying's, not the quoted clause's
    text = '"I am proud of the plan," she said at a meeting in Dover, Del., this week.'
    assert one(nlp, text, "this week", D(2026, 3, 8)).timex == "2026-W10"  # written on a Sunday: the week just ending
    text = "The report is due, officials said, Monday."
    assert one(nlp, text, "Monday", D(2026, 3, 12)).timex == "2026-03-16"


def test_a_weekday_inside_a_paragraph_keeps_the_verb_the_parser_gives(nlp):
    text = 'Crowds shouted, "Stop it!"\n\nThe mayor - who fired the chief on Tuesday after backing him - is safe.'
    assert one(nlp, text, "Tuesday", D(2026, 3, 13)).timex == "2026-03-10"


@pytest.mark.parametrize("text, wanted, timex", [
    # a hyphenated adjective is the timex alone: "the" belongs to the noun it modifies (TimeML extent)
    ("The ministry ended the nine-year freeze on hiring.", "nine-year", "P9Y"),
    ("The 45-day review closed without a ruling.", "45-day", "P45D"),
    ("Shares fell after the third-quarter loss was posted.", "third-quarter", "2026-Q3"),
    ("The firm posted the fiscal fourth-quarter profit late.", "fiscal fourth-quarter", "2026-Q4"),
    # a time noun heading the phrase keeps its determiner and "fiscal"
    ("Sales in the fiscal second quarter slipped.", "the fiscal second quarter", "2026-Q2"),
    ("Profit in the 2024 third quarter doubled.", "the 2024 third quarter", "2024-Q3"),
])
def test_determiner_of_a_hyphenated_modifier_is_outside(nlp_durations, text, wanted, timex):
    found = one(nlp_durations, text, wanted, D(2026, 11, 20))
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # words after the expression TimeML marks inside it (its mod): approximation and open ends
    ("Rates should stay low for the next year or so, the bank said.", "the next year or so", "2027"),
    ("The line is to open in 2031 or later.", "2031 or later", "2031"),
    ("The plan covers 2027 and beyond.", "2027 and beyond", "2027"),
    ("A deal may take a month or two to draft.", "a month or two", "P1M"),
    ("The tests take three weeks or longer, staff said.", "three weeks or longer", "P3W"),
])
def test_modifier_after_the_expression_is_inside(nlp_durations, text, wanted, timex):
    assert one(nlp_durations, text, wanted, D(2026, 11, 20)).timex == timex


def test_a_count_after_or_with_its_own_unit_stays_outside(nlp_durations):
    text = "Repairs take a day or two days more than planned, or more than that."
    assert [t.span.text for t in read(nlp_durations, text, D(2026, 11, 20))][:1] == ["a day"]


def test_no_preposition_before_a_vague_reference_and_this_past_or_coming():
    pipeline = load_corrected()
    pipeline.add_pipe("readout_times", config={"vague_words": True})
    text = "In recent months the shop grew. This past summer it hired, and this coming Friday it opens a branch."
    found = {t.span.text: t.timex for t in read(pipeline, text, D(2026, 11, 18))}
    assert found == {"recent months": "PAST_REF", "This past summer": "2026-SU", "this coming Friday": "2026-11-20"}


@pytest.mark.parametrize("text, wanted, timex", [
    # "the end of" a week inside the extent (TimeML's mod END), the value the week's own
    ("The vote is expected by the end of this week.", "the end of this week", "2026-W47"),
    ("Results come at the start of next week.", "the start of next week", "2026-W48"),
    # a possessive week: the end is its noun's ("the end of this week's hearings")
    ("At the end of this week's hearings, a plan may be done.", "this week", "2026-W47"),
])
def test_the_end_of_a_week_is_inside(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 11, 18))
    assert found.timex == timex and found.span.start == text.index(wanted)


def test_a_day_in_words_is_no_duration_and_joins_its_weekday(nlp_durations):
    text = "The council meets this coming Sunday, November twenty-second, in the hall."
    assert [(t.span.text, t.timex) for t in read(nlp_durations, text, D(2026, 11, 18))] == [
        ("this coming Sunday, November twenty-second", "2026-11-22")
    ]
    text = "The council sat on the twenty-second of October."
    assert [(t.span.text, t.timex) for t in read(nlp_durations, text, D(2026, 11, 18))] == [("the twenty-second of October", "2026-10-22")]


@pytest.mark.parametrize("text, timex", [
    # a clause of time in the simple present tells a future: the gerund it hangs on lies ahead
    ("Every sign pointed to the governor signing the bill on Friday after she meets with the council.", "2026-11-20"),
    ("Aides hinted at the mayor announcing a run on Monday once she returns from the trip.", "2026-11-23"),
    # told in the past, the clause of time is past too
    ("The governor was seen signing the bill on Friday after she met with the council.", "2026-11-13"),
])
def test_a_gerund_before_a_present_clause_of_time_lies_ahead(nlp, text, timex):
    assert [t.timex for t in read(nlp, text, D(2026, 11, 18))] == [timex]  # written on a Wednesday


@pytest.mark.parametrize("text, published, timexes", [
    # a span of months without a year runs forward: told past, the start moves back a year
    ("The campaign ran from October to February.", D(2026, 11, 18), ["2025-10", "2026-02"]),
    ("The strike lasted from December to March.", D(2026, 11, 18), ["2025-12", "2026-03"]),
    # told ahead of the writing, the end moves on a year
    ("Once the storms blow from October to February, the port shuts.", D(2026, 7, 15), ["2026-10", "2027-02"]),
    ("The tours resume from September through May.", D(2026, 7, 15), ["2026-09", "2027-05"]),
])
def test_a_span_of_months_runs_forward(nlp, text, published, timexes):
    assert [e.timex for t in read(nlp, text, published) for e in range_ends(t)] == timexes  # one range, each end as TimeML has it


@pytest.mark.parametrize("text, wanted, timex", [
    # a count given as a range or a choice is one duration, valued by its first count
    ("Repairs will take two to three weeks.", "two to three weeks", "P2W"),
    ("Prices may stay high for the next 12 to 18 months.", "the next 12 to 18 months", "P12M"),
    ("The delay could last one or two days.", "one or two days", "P1D"),
    # two units offered as one span
    ("The dispute may drag on for weeks or months.", "weeks or months", "PXW"),
    # a year before "to" is no count
    ("The grant ran in 2016 to 18 months of work.", "18 months", "P18M"),
])
def test_a_count_range_is_one_duration(nlp_durations, text, wanted, timex):
    found = one(nlp_durations, text, wanted, D(2026, 11, 18))
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # "half a dozen" counts six: not "the past" alone as a vague reference
    ("Over the past half-dozen days the mayor lost ground.", "the past half-dozen days", "P6D"),
    ("It took half a dozen years to finish the dam.", "half a dozen years", "P6Y"),
])
def test_half_a_dozen_is_a_count(nlp_durations, text, wanted, timex):
    assert one(nlp_durations, text, wanted, D(2026, 11, 18)).timex == timex


@pytest.mark.parametrize("text, published, found", [
    # a span of months told in the simple present of a habit is any year's: no calendar dates
    ("The dry wind blows from November to March, herders say.", D(2026, 7, 15), [("November", "XXXX-11"), ("March", "XXXX-03")]),
    ("The canal is closed from December through February.", D(2026, 7, 15), [("December", "XXXX-12"), ("February", "XXXX-02")]),
    ("Ferries run on the lake August-October.", D(2026, 7, 15), [("August", "XXXX-08"), ("October", "XXXX-10")]),
    # one month or quarter needs an adverb of habit as well
    ("Growers usually harvest the olives in November, the union said.", D(2026, 7, 15), [("November", "XXXX-11")]),
    ("Half of the toy maker's sales typically come in the fourth quarter.", D(2026, 7, 15), [("the fourth quarter", "XXXX-Q4")]),
    # guards: told in the past or ahead, a bare present of one month, a year in the sentence, a return
    ("The dry wind blew from November to March.", D(2026, 7, 15), [("November", "2025-11"), ("March", "2026-03")]),
    ("The canal will be closed from December through February.", D(2026, 7, 15), [("December", "2026-12"), ("February", "2027-02")]),
    ("The new levy takes effect in January.", D(2026, 7, 15), [("January", "2027-01")]),
    ("In 2027 the dry wind usually blows in November.", D(2026, 7, 15), [("2027", "2027"), ("November", "2027-11")]),
    ("The night buses resume from October through April.", D(2026, 7, 15), [("October", "2026-10"), ("April", "2027-04")]),
    # the adverb of habit must be on the month's own clause (or the clause it hangs on)
    ("The river rises in April every year.", D(2026, 7, 15), [("April", "XXXX-04"), ("every year", "P1Y")]),
    ("Aides have always been careful to win the votes that they need in April.", D(2026, 7, 15), [("April", "2027-04")]),
])
def test_a_month_or_quarter_in_a_habit_is_any_years(nlp, text, published, found):
    times = read(nlp, text, published)
    assert [(e.span.text, e.timex) for t in times for e in range_ends(t)] == found  # months in a row are one range, each end as TimeML has it
    for t in times:
        if t.timex.startswith("XXXX"):
            assert t.start is None and t.end is None and t.span.start == text.index(t.span.text)


@pytest.mark.parametrize("text, found", [
    # "the second and fourth quarters": each ordinal a quarter, as TimeML marks them ("second", "fourth quarters")
    ("Profit rose in the first and third quarters.", [("first", "2026-Q1"), ("third quarters", "2026-Q3")]),
    ("Most of the firm's orders usually arrive in the second or fourth quarters.", [("second", "XXXX-Q2"), ("fourth quarters", "XXXX-Q4")]),
    # with a year after them the pair is left alone
    ("The mill lost money in the second and third quarters of 2025.", [("2025", "2025")]),
])
def test_two_quarters_named_with_one_noun(nlp, text, found):
    times = read(nlp, text, D(2026, 11, 15))
    assert [(t.span.text, t.timex) for t in times] == found
    assert all(t.span.start == text.index(t.span.text) for t in times)


@pytest.mark.parametrize("text, wanted, timex", [
    # "every other Thursday" is a set of Thursdays, not the coming one
    ("The parish council sits every other Thursday in the library.", "every other Thursday", "XXXX-WXX-4"),
    ("Inspectors call every other Monday morning.", "every other Monday morning", "XXXX-WXX-1TMO"),
    # "every few years": a set with a vague count, TimeML's PXY, not a duration
    ("The old dike gives way every few years.", "every few years", "PXY"),
    ("Crews swap the filters every several weeks.", "every several weeks", "PXW"),
    ("The pump is checked every couple of hours.", "every couple of hours", "PTXH"),
])
def test_sets_every_other_weekday_and_every_few_units(nlp, nlp_durations, text, wanted, timex):
    for pipeline in (nlp, nlp_durations):
        found = one(pipeline, text, wanted, D(2026, 11, 18))
        assert found.timex == timex and found.recurrence and found.start is None
        assert found.recurrence == ("P2W" if "other" in wanted else timex)
        assert found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, found", [
    # said on one weekday of a past act on another: the act came by the saying day, so a weekday that read alone
    # falls between the saying and the writing is the week before
    ("The governor said Monday the levy failed Tuesday.", D(2026, 11, 18), [("Monday", "2026-11-16"), ("Tuesday", "2026-11-10")]),
    ("Police said on Tuesday that the suspect had fled on Wednesday.", D(2026, 11, 19), [("Tuesday", "2026-11-17"), ("Wednesday", "2026-11-11")]),
    # guards: a day already before the saying, a clause told ahead, a weekday with "last", another sentence
    ("The coach said Monday that the team trained Friday in the rain.", D(2026, 11, 18), [("Monday", "2026-11-16"), ("Friday", "2026-11-13")]),
    ("The coach said Monday that the team would train Tuesday.", D(2026, 11, 18), [("Monday", "2026-11-16"), ("Tuesday", "2026-11-17")]),
    ("Police said Tuesday that the suspect fled. On Wednesday the dogs found him.", D(2026, 11, 19), [("Tuesday", "2026-11-17"), ("Wednesday", "2026-11-18")]),
])
def test_a_past_weekday_reported_on_an_earlier_day(nlp, text, published, found):
    times = read(nlp, text, published)
    assert [(t.span.text, t.timex) for t in times] == found
    assert all(t.span.start == text.index(t.span.text) for t in times)


@pytest.mark.parametrize("text, wanted, timex, recurrence", [
    # "twice a month": TimeML's P1M with freq 2X (the frequency after the value in readout's recurrence)
    ("The choir rehearses twice a month in the old school.", "twice a month", "P1M", "P1M 2X"),
    ("She swims three times a week at the lido.", "three times a week", "P1W", "P1W 3X"),
    ("The ferry sails once a day in winter.", "once a day", "P1D", "P1D 1X"),
    ("The committee meets four times a year.", "four times a year", "P1Y", "P1Y 4X"),
    ("Nurses check the ward twice per hour.", "twice per hour", "PT1H", "PT1H 2X"),
    # "quarterly" as an adverb: once each three months
    ("The trust reports quarterly to its donors.", "quarterly", "P3M", "P3M"),
    ("Interest on the loan is reset quarterly.", "quarterly", "P3M", "P3M"),
    ("The bonds pay interest semiannually.", "semiannually", "P6M", "P6M"),
    # "the past three summers": each of those seasons, any year's as TimeML writes it
    ("Wildfires have closed the park during the past three summers.", "the past three summers", "XXXX-SU", "P1Y x3"),
    ("Ice jams flooded the village in the last two winters.", "the last two winters", "XXXX-WI", "P1Y x2"),
])
def test_frequencies_quarterly_and_counted_seasons(nlp, nlp_durations, text, wanted, timex, recurrence):
    for pipeline in (nlp, nlp_durations):
        found = one(pipeline, text, wanted, D(2026, 11, 18))
        assert (found.timex, found.recurrence, found.start) == (timex, recurrence, None)
        assert found.span.start == text.index(wanted)


@pytest.mark.parametrize("text", [
    "The mill raised its quarterly dividend by a cent.",
    "Quarterly sales beat the forecast.",
    "The pitcher threw five times a game's usual load.",
    "Rents rose ten times a year after the mill closed.",
])
def test_quarterly_adjective_or_noun_is_no_time(nlp, text):
    assert [t.span.text for t in read(nlp, text, D(2026, 11, 18))] == []


@pytest.mark.parametrize("text, found", [
    # a bare month closing a span opened by a month with its year is the first such month after it
    ("The shelter opened each night from October 2019 to February.", [("each night", "XXXX-XX-XXTNI"), ("October 2019", "2019-10"), ("February", "2020-02")]),
    ("The exhibit ran from May 2024 through July.", [("May 2024", "2024-05"), ("July", "2024-07")]),
    ("The road will be shut from December 2026 to March.", [("December 2026", "2026-12"), ("March", "2027-03")]),
])
def test_a_month_after_a_month_with_its_year(nlp, text, found):
    times = read(nlp, text, D(2026, 11, 18))
    assert [(t.span.text, t.timex) for t in times] == found


def test_fiscal_joined_to_a_quarter_by_a_hyphen(nlp_durations):
    text = "The mill earned $4 million in the fiscal-first quarter, its best start."
    found = one(nlp_durations, text, "the fiscal-first quarter", D(2026, 11, 18))
    assert found.timex == "2026-Q1" and found.span.start == text.index("the fiscal-first quarter")


@pytest.mark.parametrize("text, published, wanted, timex", [
    # the United States' Election Day, the Tuesday after the first Monday of November, and its night
    ("Polling stations open at dawn on Election Day.", D(2016, 3, 5), "Election Day", "2016-11-08"),
    ("Lines were long on Election Day in the suburbs.", D(2020, 11, 10), "Election Day", "2020-11-03"),
    ("Supporters filled the ballroom on Election Night.", D(2016, 11, 12), "Election Night", "2016-11-08TNI"),
    ("The couple wed on Election Day, 2008.", D(2016, 3, 5), "Election Day, 2008", "2008-11-04"),
    # Super Tuesday: the first Tuesday of March of a presidential year, from 2012 on
    ("The race may be settled on Super Tuesday.", D(2015, 12, 20), "Super Tuesday", "2016-03-01"),
    ("She carried seven states on Super Tuesday.", D(2016, 4, 20), "Super Tuesday", "2016-03-01"),
    ("Both camps are spending heavily before Super Tuesday.", D(2020, 2, 10), "Super Tuesday", "2020-03-03"),
])
def test_election_day_and_super_tuesday(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published", [
    ("On election day in the capital, voters queued for hours.", D(2016, 3, 5)),  # any country's: no fixed day
    ("The mayor watched the returns on election night.", D(2016, 3, 5)),
    ("Turnout was low on Super Tuesday, 2008.", D(2016, 3, 5)),  # before 2012 the rule does not hold
    ("The party's hopes rose again on Super Tuesday 2.", D(2016, 3, 16)),  # a later day of that name
    # told in the past before this year's has come: an earlier campaign's (or a primary's), not last November's
    ("By Election Day, the governor was hovering near 60 percent.", D(2016, 8, 10)),
])
def test_lower_case_election_day_or_an_early_super_tuesday_is_no_day(nlp, text, published):
    assert [t.timex for t in read(nlp, text, published) if "lection" in t.span.text or "Super" in t.span.text] == []


@pytest.mark.parametrize("text, wanted, timex", [
    # the simple present of a condition ('if', 'unless') tells what may come: a date in it lies ahead
    ("Senators may regret the delay if the November election does not go their way.", "November", "2016-11"),
    ("The plan fails if the board rejects it in November.", "November", "2016-11"),
    # guard: 'be' in the condition looks at what may be gone
    ("If Tuesday's vote is any guide, the mayor is in trouble.", "Tuesday", "2016-03-01"),
])
def test_a_date_in_the_present_of_a_condition_lies_ahead(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2016, 3, 5))  # written on a Saturday in March
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text", [
    "Crews worked through the night in the lead up to Saturday's launch.",
    "Shoppers queued for hours in the run up to Saturday's sale.",
])
def test_lead_up_written_as_two_words_looks_ahead(nlp, text):
    assert one(nlp, text, "Saturday", D(2016, 4, 14)).timex == "2016-04-16"  # written on a Thursday


@pytest.mark.parametrize("text, found", [
    # "come November": when November comes, ahead whatever the clause's tense
    ("Those are the voters she will need come November.", [("November", "2016-11")]),
    ("Come Monday, the clinic reopens its doors.", [("Monday", "2016-03-28")]),
    # guard: the verb 'come' with an auxiliary of its own
    ("The delegation had come November 5 to the capital.", [("November 5", "2015-11-05")]),
    ("Help did not come Monday.", [("Monday", "2016-03-21")]),
])
def test_come_before_a_month_or_weekday_looks_ahead(nlp, text, found):
    times = read(nlp, text, D(2016, 3, 23))  # written on a Wednesday in March
    assert [(t.span.text, t.timex) for t in times] == found
    assert all(t.span.start == text.index(t.span.text) for t in times)


@pytest.mark.parametrize("text", [
    # without durations "the past" opening a counted span is no vague past of its own (the span is a duration)
    "Turnout has doubled in the past three weeks.",
    "The mill has shed jobs over the past 12 months.",
])
def test_the_past_opening_a_counted_span_is_no_past_ref(nlp, text):
    assert [t.timex for t in read(nlp, text, D(2016, 8, 28))] == []


def test_lower_case_super_tuesday_is_a_tuesday(nlp):
    text = "She called it another super Tuesday for the campaign."
    assert [(t.span.text, t.timex) for t in read(nlp, text, D(2016, 3, 15))] == [("Tuesday", "2016-03-15")]


@pytest.mark.parametrize("text, published, timex", [
    # 'Election Day' said of a state's primary or caucus is that contest's day, which no rule dates: left undated
    ("The slow count after Election Day angers the voters who backed her in the primary.", D(2016, 7, 2), None),
    ("The caucuses loom in Iowa. His rivals doubt that his crowds will turn out for him on Election Day.", D(2016, 1, 20), None),
    # guards: the paragraph also names the general election or November; the writing near November; no primary named
    ("The primaries run into June, but general election work looms. Counting back from Election Day, time is short.", D(2016, 4, 10), "2016-11-08"),
    ("The caucuses are over.\nAs Election Day nears, her donors grow nervous.", D(2016, 9, 4), "2016-11-08"),
    ("As Election Day nears, her donors grow nervous.", D(2016, 2, 18), "2016-11-08"),
    ("The caucuses loom in Iowa. His rivals doubt that his crowds will turn out for him on Election Day 2016.", D(2016, 1, 20), "2016-11-08"),
    ("The caucuses loom in Iowa.\nHis rivals doubt that his crowds will turn out for him on Election Day.", D(2016, 1, 20), "2016-11-08"),  # another paragraph
])
def test_election_day_of_a_primary_is_left_undated(nlp, text, published, timex):
    found = one(nlp, text, "Election Day" + (" 2016" if "Day 2016" in text else ""), published)
    assert found.timex == timex and found.span.start == text.index("Election Day")
    assert found.resolved is (timex is not None)


@pytest.mark.parametrize("text, wanted, timex", [
    # told now by a finite verb, the night of the writing, as 'Election Night' is November's
    ("The senator is holding her primary night party at a hotel downtown.", "primary night", "2016-03-15TNI"),
    ("Tonight is caucus night in two states.", "caucus night", "2016-03-15TNI"),
    # the day another clause of its sentence names is not the contest's night
    ("He cast an early ballot on March 2 and is hosting a primary-night rally.", "primary-night", "2016-03-15TNI"),
    # told in the past, ahead, or by a verb of no tense: a contest's night no rule dates, left undated
    ("Turnout was high on caucus night across the state.", "caucus night", None),
    ("The mayor will speak at the primary night gathering.", "primary night", None),
    ("Aides accused the rival camp of tricks on caucus night.", "caucus night", None),
])
def test_primary_night_and_caucus_night(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2016, 3, 15))
    assert found.timex == timex and (found.span.start, found.span.end) == (text.index(wanted), text.index(wanted) + len(wanted))


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a month after 'until' or 'through' in a past clause: the one gone when what it bounds is over ...
    ("The curfew lasted until January, when the army withdrew.", D(2026, 3, 10), "January", "2026-01"),
    ("Prices held steady through February, officials said.", D(2026, 3, 10), "February", "2026-02"),
    ("The freeze lasted until December.", D(2026, 3, 10), "December", "2025-12"),
    # ... the coming one when the past clause sets a plan (told in December of the January ahead)
    ("The council voted to extend the freeze until January.", D(2026, 12, 10), "January", "2027-01"),
    ("The board delayed the vote until February.", D(2026, 11, 20), "February", "2027-02"),
    # 'year-end', 'the year's end': the anchor's year ahead, the past year-end told in the past
    ("Sales are expected to recover by year-end.", D(2026, 3, 10), "year-end", "2026"),
    ("Sales rose sharply at year-end, the firm said.", D(2026, 1, 5), "year-end", "2025"),
])
def test_a_month_after_until_and_year_end_by_the_tense(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, wanted, timex", [
    # an Election Day said of a primary or caucus is the day its sentence, else its paragraph, names for that contest
    ("Voters in the state pick a nominee in the March 8 primary, and lines on Election Day could be long.", D(2016, 3, 2), "Election Day", "2016-03-08"),
    ("Polls close early in Tuesday's primary, so clerks expect a rush of voters on Election Day.", D(2016, 4, 24), "Election Day", "2016-04-26"),
    ("The caucuses on Feb. 1 will test him. His rivals doubt his crowds will turn out for him on Election Day.", D(2016, 1, 20), "Election Day", "2016-02-01"),
    ("Results of Tuesday's primary trickled in. Her aides watched the count on Election Night at a hotel.", D(2016, 4, 28), "Election Night", "2016-04-26TNI"),
    # told in the past before November's: the primary's day named in the paragraph (it was left unread)
    ("Officials said long lines marred Tuesday's primary. Many voters waited for hours on Election Day.", D(2016, 4, 28), "Election Day", "2016-04-26"),
    # guards: a day that is not the primary's; another paragraph; told in the past with no primary's day named
    ("After the March 8 debate the primary looked close, and lines on Election Day could be long.", D(2016, 3, 2), "Election Day", None),
    ("Tuesday's primary drew few voters.\nMany voters waited for hours on Election Day.", D(2016, 4, 28), "Election Day", "absent"),
    ("The primary drew few voters. Many voters waited for hours on Election Day.", D(2016, 4, 28), "Election Day", "absent"),
])
def test_election_day_of_a_primary_takes_the_primarys_day(nlp, text, published, wanted, timex):
    found = [t for t in read(nlp, text, published) if t.span.text == wanted]
    if timex == "absent":
        assert found == []
        return
    assert len(found) == 1 and found[0].timex == timex and found[0].span.start == text.index(wanted)
    assert found[0].resolved is (timex is not None)
    if timex is not None:
        assert found[0].start == dt.date.fromisoformat(timex[:10])


def test_paragraph_around_is_the_line_readout_breaks_sentences_at():
    from readout.analyze.paragraphs import paragraph_around
    text = "First line here.\nSecond one, longer.\nThird."
    assert paragraph_around(text, 0) == (0, 16)
    assert paragraph_around(text, text.index("longer")) == (17, 36)
    assert paragraph_around(text, len(text) - 1) == (37, len(text))


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a bare infinitive under a verb in the simple present tells what is not yet done: its date lies ahead
    ("Our turnout is strong enough to carry three swing states in November.", D(2016, 2, 1), "November", "2016-11"),
    ("Many of the students are too young to vote in the November runoff.", D(2016, 3, 1), "November", "2016-11"),
    ("The coalition is well placed to pick up two more seats on Saturday.", D(2016, 3, 23), "Saturday", "2016-03-26"),
    ("The mayor wants to open the bridge in October.", D(2026, 2, 1), "October", "2026-10"),
    # guards: a perfect infinitive, a governor in the past, a verb of the same time, a date deeper in the object,
    # a date looked back from
    ("The club is proud to have won the cup in November.", D(2016, 2, 1), "November", "2015-11"),
    ("The mayor wanted to open the bridge in October.", D(2026, 2, 1), "October", "2025-10"),
    ("Exports seem to slump in November.", D(2016, 2, 1), "November", "2015-11"),
    ("To grasp the stakes of Thursday night's vote, look at the budget.", D(2016, 2, 12), "Thursday night", "2016-02-11TNI"),
    ("The firm is trying to recover from Monday's outage.", D(2016, 2, 12), "Monday", "2016-02-08"),
])
def test_a_date_on_an_infinitive_under_a_present_verb_lies_ahead(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and (found.span.start, found.span.end) == (text.index(wanted), text.index(wanted) + len(wanted))


@pytest.mark.parametrize("text, timex", [
    # 'heading into', 'going into' an event: it comes after the act told, as after 'ahead of'
    ("Heading into Tuesday's runoff, the senator's lead has shrunk.", "2016-02-09"),
    ("Going into Thursday's vote, the bloc looked divided.", "2016-02-11"),
    ("The two camps are heading into Friday's debate with rival plans.", "2016-02-12"),
    # guards: a journey into a place, a past verb of another sense
    ("The convoy drove into the valley on Tuesday.", "2016-02-02"),
])
def test_heading_into_an_event_looks_ahead(nlp, text, timex):
    found = [t for t in read(nlp, text, D(2016, 2, 8)) if t.span.text in ("Tuesday", "Thursday", "Friday")]
    assert len(found) == 1 and found[0].timex == timex  # written on a Monday


@pytest.mark.parametrize("text, kept", [
    # a month or holiday inside the name of a charity or a treaty is no time
    ("Volunteers from the March of Dimes and Easter Seals staffed the booth.", []),
    ("The Good Friday agreement ended the long conflict.", []),
    ("Envoys met to mark the anniversary of the Good Friday accord.", []),
    # guards: the holiday itself and a month before another name
    ("Churches were full on Good Friday.", ["Good Friday"]),
    ("The march in March drew crowds.", ["March"]),
])
def test_a_month_or_holiday_inside_a_name_is_no_time(nlp, text, kept):
    assert [t.span.text for t in read(nlp, text, D(2026, 6, 29))] == kept


@pytest.mark.parametrize("text, published, wanted, timex", [
    # 'this past week' written on a Saturday or Sunday is the week now ending, 'this past weekend' on its Sunday that weekend
    ("The governor toured the flooded towns this past week.", D(2016, 1, 17), "this past week", "2016-W02"),
    ("The governor toured the flooded towns this past week.", D(2016, 1, 16), "this past week", "2016-W02"),
    ("Crowds filled the square this past weekend.", D(2016, 1, 17), "this past weekend", "2016-W02-WE"),
    # guards: written on a weekday, 'this past weekend' on a Saturday, 'last week' on a Sunday
    ("The governor toured the flooded towns this past week.", D(2016, 1, 20), "this past week", "2016-W02"),
    ("Crowds filled the square this past weekend.", D(2016, 1, 16), "this past weekend", "2016-W01-WE"),
    ("Crowds filled the square this past weekend.", D(2016, 1, 18), "this past weekend", "2016-W02-WE"),
    ("The governor toured the flooded towns last week.", D(2016, 1, 17), "last week", "2016-W01"),
])
def test_this_past_week_written_at_the_weekend_is_the_week_ending(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, timex", [
    # a gerund after the preposition 'to' under a verb in the simple present reads as the infinitive does
    ("Strategists say the suburbs are key to winning the state in November.", "2016-11"),
    ("The senator looks forward to meeting the envoy in May.", "2016-05"),
    # guard: told in the past
    ("The senator objected to meeting the envoy in November.", "2015-11"),
])
def test_a_gerund_after_to_under_a_present_verb_lies_ahead(nlp, text, timex):
    found = [t for t in read(nlp, text, D(2016, 2, 29)) if t.span.text in ("November", "May")]
    assert len(found) == 1 and found[0].timex == timex


@pytest.mark.parametrize("text, timex", [
    # a gerund after 'by' (the means) or 'including' (an instance) is told in the tense of the verb it serves
    ("The city has cut its deficit by selling two parks in June.", "2015-06"),
    ("The company has cooperated with auditors, including opening its books in August.", "2015-08"),
    # guards: the verb it serves told ahead, or a plan
    ("The city will cut its deficit by selling two parks in June.", "2016-06"),
    ("The city plans to cut its deficit by selling two parks in June.", "2016-06"),
])
def test_a_gerund_after_by_or_including_takes_its_verbs_tense(nlp, text, timex):
    found = [t for t in read(nlp, text, D(2016, 3, 3)) if t.span.text in ("June", "August")]
    assert len(found) == 1 and found[0].timex == timex


@pytest.mark.parametrize("text, published, wanted, timex", [
    # 'this spring', 'this fall' are the seasons of the writing's year, whatever the verb's tense
    ("In a memo, ministers warned of shortages this summer.", D(2018, 1, 22), "this summer", "2018-SU"),
    ("The board discussed a share sale this fall.", D(2018, 2, 5), "this fall", "2018-FA"),
    ("Officials spoke in January of a referendum this spring.", D(2018, 2, 5), "this spring", "2018-SP"),
    # 'last summer' written inside the summer is the one before it; 'last fall' written in October too
    ("Ferries stopped running last summer.", D(2018, 7, 20), "last summer", "2017-SU"),
    ("Ferries stopped running last fall.", D(2018, 10, 20), "last fall", "2017-FA"),
    ("Ferries stopped running last spring.", D(2018, 4, 20), "last spring", "2017-SP"),
    # guards: the winter told in the past after it ended, 'last summer' written after it, 'this past summer' in August
    ("Snow closed the pass twice this winter.", D(2018, 4, 2), "this winter", "2017-WI"),
    ("Ferries stopped running last summer.", D(2018, 10, 20), "last summer", "2018-SU"),
    ("Ferries stopped running this past summer.", D(2018, 8, 25), "this past summer", "2018-SU"),
])
def test_this_and_last_season_against_the_season_of_the_writing(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, timex", [
    # a dated event that is the object of an infinitive of taking part, under a chain of infinitives ending in a verb
    # told now (simple present, progressive or passive), lies ahead
    ("The governor wants to win the November runoff by a wide margin.", "2016-11"),
    ("The party needs more cash to be able to contest the November ballot.", "2016-11"),
    ("The alliance is raising funds to win the November vote in the north.", "2016-11"),
    ("More volunteers are needed to win the November contest, aides say.", "2016-11"),
    # guards: an infinitive that looks back at the event, a past governor, a verb of the same time
    ("The governor wants to explain the November runoff to his donors.", "2015-11"),
    ("The governor wanted to win the November runoff by a wide margin.", "2015-11"),
    ("The governor seems to recall the November runoff fondly.", "2015-11"),
])
def test_an_event_an_infinitive_chain_takes_part_in_lies_ahead(nlp, text, timex):
    found = [t for t in read(nlp, text, D(2016, 3, 10)) if t.span.text == "November"]
    assert len(found) == 1 and found[0].timex == timex


@pytest.mark.parametrize("text, wanted, timex", [
    # 'N days/weeks earlier' after a day just told counts back from that day, not from the writing
    ("Voters in the south rejected the charter on Sunday. Two weeks earlier, the north had backed it.", "Two weeks earlier", "2017-W11"),
    ("The rebels took the bridge on March 30. Three days earlier they had cut the power.", "Three days earlier", "2017-03-27"),
    # guards: 'ago' counts from the writing; 'a year earlier' after a year stays the business reading
    ("Voters in the south rejected the charter on Sunday. Two weeks ago, the north had backed it.", "Two weeks ago", "2017-W12"),
    ("Profit for 2016 was $3 million. A year earlier it was $2 million.", "A year earlier", "2016"),
    ("The senator rallied ahead of next Tuesday's runoff. A day earlier, two aides quit.", "A day earlier", "2017-04-06"),
])
def test_days_or_weeks_earlier_count_from_the_day_just_told(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2017, 4, 7))
    assert found.timex == timex and found.span.start == text.index(wanted)


def test_that_day_after_a_weekday_counted_from_another_is_that_weekday(nlp):
    text = "The envoy landed on Tuesday night and was to see the king on Thursday. He also hopes to visit the port that day."
    assert one(nlp, text, "that day", D(2017, 3, 9)).timex == "2017-03-09"


@pytest.mark.parametrize("text, wanted", [
    # 'daily', 'weekly' naming a paper is no set
    ("The mayor gave an interview to a regional daily.", None),
    ("The minister told the Lisbon daily Correio that talks would resume.", None),
    ("She writes a column for the business weekly.", None),
    # the parser's other readings of the paper: a proper noun, an adverb as subject, a name of two words after it
    ("The mayor spoke to the Madrid daily Norte.", None),
    ("The business daily reported the merger first.", None),
    ("The envoy told the Oslo daily Nye Tider that the talks were over.", None),
    # guards: the adverb and the adjective before a common noun stay sets
    ("The river level is checked daily.", "daily"),
    ("Staff send daily reports to the ministry.", "daily"),
    ("They updated the list daily.", "daily"),
    ("The two envoys met daily to review the plan.", "daily"),
])
def test_a_daily_or_weekly_paper_is_no_set(nlp, text, wanted):
    found = [t.span.text for t in read(nlp, text, D(2017, 3, 9)) if t.span.text in ("daily", "weekly")]
    assert found == ([wanted] if wanted else [])


@pytest.mark.parametrize("text, published, timex", [
    # 'the second half of the year' told in the past before that half began is last year's, as 'the third quarter' is
    ("The charity took in most of its money during the second half of the year.", D(2017, 2, 3), "2016-H2"),
    # guards: told ahead, or written after the half began
    ("The charity will take in most of its money during the second half of the year.", D(2017, 2, 3), "2017-H2"),
    ("The charity took in most of its money during the second half of the year.", D(2017, 10, 3), "2017-H2"),
])
def test_a_half_of_the_year_told_in_the_past_before_it_began_is_last_years(nlp, text, published, timex):
    assert one(nlp, text, "the second half of the year", published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex", [
    # 'tomorrow' and 'yesterday' in a quotation count from the day of saying the same sentence names ...
    ("The minister said on Monday: “Parliament votes tomorrow.”", D(2026, 12, 8), "tomorrow", "2026-12-08"),
    ("“We signed the accord yesterday,” the envoy said on Monday.", D(2026, 12, 9), "yesterday", "2026-12-06"),
    ("The premier said yesterday: “Parliament votes tomorrow.”", D(2026, 12, 9), "tomorrow", "2026-12-09"),
    ("The envoy said on Monday that “the vote is tomorrow morning.”", D(2026, 12, 9), "tomorrow morning", "2026-12-08TMO"),
    # ... not words outside the quote, nor a quote with no day of saying, nor one said on the writing day
    ("The minister said on Monday that the cabinet would vote tomorrow.", D(2026, 12, 8), "tomorrow", "2026-12-09"),
    ("“Parliament votes tomorrow,” the minister said.", D(2026, 12, 8), "tomorrow", "2026-12-09"),
    ("“The vote is tomorrow,” an aide said Wednesday.", D(2026, 12, 9), "tomorrow", "2026-12-10"),
    ("“We signed it yesterday,” the envoy said on Monday, and the pact goes to parliament tomorrow.", D(2026, 12, 9), "tomorrow", "2026-12-10"),
])
def test_a_quoted_tomorrow_counts_from_the_day_of_saying(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a bare month after 'until' bounding an infinitive under a past verb, in a story of November or December: the
    # January or February just ahead ...
    ("Aides said the governor did not need to decide until January.", D(2025, 12, 20), "January", "2026-01"),
    ("The envoys said they did not have to return to the table until February.", D(2025, 12, 3), "February", "2026-02"),
    ("Officials said the clerks did not need to publish the count until January.", D(2025, 11, 12), "January", "2026-01"),
    # ... not a finite past verb, nor a month further off, nor a story of another month, nor the present
    ("The ban ran until January, when the court lifted it.", D(2026, 12, 10), "January", "2026-01"),
    ("The mayor did not arrive until January.", D(2026, 12, 10), "January", "2026-01"),
    ("In January the mayor announced her resignation.", D(2026, 12, 10), "January", "2026-01"),
    ("Aides said the governor did not need to decide until April.", D(2025, 11, 12), "April", "2025-04"),
    ("The aides said she did not need to decide until February.", D(2026, 6, 10), "February", "2026-02"),
    ("The ban runs until January.", D(2026, 12, 10), "January", "2027-01"),
])
def test_until_a_month_just_after_the_new_year_bounding_an_infinitive(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, wanted, timex", [
    # the past tense of an 'if' clause under 'would', 'could' or 'might' supposes what may come: not a past date ...
    ("Allies would be relieved if the premier won the snap election on Nov. 8.", D(2026, 5, 16), "Nov. 8", "2026-11-08"),
    ("If the rebels seized the port in June, the ceasefire could collapse.", D(2026, 5, 16), "June", "2026-06"),
    ("Mediators said the truce would end if no deal was reached by Friday.", D(2026, 5, 16), "Friday", "2026-05-22"),
    # ... not a past that did not happen, nor an 'if' clause with no such main clause
    ("Allies would have been relieved if the premier had won the election in November.", D(2026, 5, 16), "November", "2025-11"),
    ("If the rebels seized the port in June, they did so without a shot.", D(2026, 5, 16), "June", "2025-06"),
    # ... nor a weekday naming an event whose results are in
    ("Even if the challenger carried half the seats in Tuesday's runoffs, she would still trail.", D(2026, 5, 20), "Tuesday", "2026-05-19"),
])
def test_a_date_in_an_unreal_condition_is_not_past(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, wanted, timex", [
    # 'a week ago Sunday' is one day: that weekday in the week N weeks back, not 'a week ago' and the last Sunday
    ("Militia fighters crossed the river a week ago Sunday.", D(2026, 5, 20), "a week ago Sunday", "2026-05-10"),
    ("The ferry sank a week ago Monday, the coast guard said.", D(2026, 5, 18), "a week ago Monday", "2026-05-11"),
    ("The strike began two weeks ago Tuesday.", D(2026, 5, 20), "two weeks ago Tuesday", "2026-05-05"),
])
def test_weeks_ago_a_weekday_is_one_day(nlp, text, published, wanted, timex):
    found = read(nlp, text, published)
    assert [(t.span.text, t.timex) for t in found] == [(wanted, timex)]
    assert found[0].span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # 'this quarter' owning what is reported, after a quarter named and already over, is that quarter ...
    ("The brewer posted a loss of $4 million for the third quarter ended Sept. 30. This quarter's loss includes a plant closing.", "This quarter", "1989-Q3"),
    # ... not 'this quarter' alone, nor with no quarter reported before it
    ("The brewer posted a loss of $4 million for the third quarter. It expects a small profit this quarter.", "this quarter", "1989-Q4"),
    ("This quarter's sales should recover, the brewer said.", "This quarter", "1989-Q4"),
])
def test_this_quarters_results_after_the_quarter_reported(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(1989, 11, 2))
    assert found.timex == timex and found.span.start == text.index(wanted)


def test_a_year_earlier_after_a_span_of_months_is_not_the_quarter(nlp):
    text = ("The miller lost $2 million in the third quarter, against a year-earlier loss of $1 million. "
            "For the nine months, it lost $6 million, against year-earlier net income of $3 million.")
    found = [(t.span.start, t.timex) for t in read(nlp, text, D(1989, 11, 2)) if t.span.text == "year-earlier"]
    assert found == [(text.index("year-earlier"), "1988-Q3"), (text.rindex("year-earlier"), "1988")]


@pytest.mark.parametrize("text, timex", [
    # 'earlier in the day' told in the past is in the last day told, though a year was named since ...
    ("Shares closed higher on Friday. Profits fell from a year ago but beat forecasts. The miner rose 2% after trading lower earlier in the day.", "2026-07-24"),
    ("Shares closed higher on Friday. Profits fell from a year ago. The miner fell earlier in the day.", "2026-07-24"),
    # ... not one told ahead, nor with no day told
    ("Shares closed higher on Friday. Profits fell from a year ago. The miner will report later in the day.", "2026-07-25"),
    ("Profits fell from a year ago. The miner rose 2% after trading lower earlier in the day.", "2026-07-25"),
])
def test_earlier_in_the_day_is_in_the_last_day_told(nlp, text, timex):
    found = [t for t in read(nlp, text, D(2026, 7, 25)) if t.span.text == "the day"]
    assert [t.timex for t in found] == [timex] and found[0].span.start == text.index("the day")


@pytest.mark.parametrize("text, found", [
    # 'overnight' under a denied 'can' or 'will', or a denied verb of change, is 'all at once': no time ...
    ("The city cannot rebuild a ruined port overnight, the governor warned.", []),
    ("The shift in public mood did not happen overnight.", []),
    ("Confidence in the banks is not restored overnight.", []),
    # ... a night with something denied in it, or told plainly, stays the night before
    ("The artillery did not fire overnight, villagers said.", [("overnight", "2026-05-15TNI")]),
    ("Militias shelled the suburbs overnight.", [("overnight", "2026-05-15TNI")]),
])
def test_overnight_denied_as_all_at_once(nlp, text, found):
    assert [(t.span.text, t.timex) for t in read(nlp, text, D(2026, 5, 16))] == found


@pytest.mark.parametrize("text, wanted, timex", [
    # a weekday (with its part of the day) right after a noun of a done act dates the act, past whatever the verb says ...
    ("The general's assertion Tuesday night cannot be checked by reporters.", "Tuesday night", "2026-05-12TNI"),
    ("The ambush Monday evening is the deadliest this spring.", "Monday evening", "2026-05-11TEV"),
    ("Their denial Tuesday may not calm the markets.", "Tuesday", "2026-05-12"),
    # ... not an act of a kind, one told ahead, nor a noun news also names ahead
    ("An ambush Monday evening would close the road.", "Monday evening", "2026-05-18TEV"),
    ("The planned raid Friday will go ahead.", "Friday", "2026-05-15"),
    ("The vote Tuesday night is expected to be close.", "Tuesday night", "2026-05-19TNI"),
])
def test_a_weekday_dating_a_done_act_is_past(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 14))  # written on a Thursday
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # a clock time in the simple present of a habit is on no one day ...
    ("The bakery opens at 7 a.m. every day.", "7 a.m.", "XXXX-XX-XXT07:00"),
    ("The board usually convenes at noon.", "noon", "XXXX-XX-XXT12:00"),
    ("The museum closes at 5 p.m. each Sunday.", "5 p.m.", "XXXX-XX-XXT17:00"),
    ("The library stayed open until 9 p.m. on Fridays.", "9 p.m.", "XXXX-XX-XXT21:00"),
    # ... one told today, ahead or in the past stays on its day
    ("The board convenes at noon today.", "noon today", "2026-05-14T12:00"),
    ("The board will convene at noon.", "noon", "2026-05-14T12:00"),
    ("Trading normally opens at 9:30 a.m., but on Monday it opened at 11 a.m.", "11 a.m.", "2026-05-11T11:00"),
    # a habit told in the past or ahead is one too, when its cue is on the clock time's clause ...
    ("Last winter the ferry left at 6:45 a.m. every morning.", "6:45 a.m.", "XXXX-XX-XXT06:45"),
    ("The canteen used to close at 3 p.m. each weekday.", "3 p.m.", "XXXX-XX-XXT15:00"),
    ("During the blockade the market opened at 8 a.m. daily.", "8 a.m.", "XXXX-XX-XXT08:00"),
    ("The gates will open at 10 a.m. every day of the fair.", "10 a.m.", "XXXX-XX-XXT10:00"),
    ("Every day, the clerk said, hearings began at 10 a.m. and ended at noon.", "noon", "XXXX-XX-XXT12:00"),
    # ... not where the sentence names the day, nor where the cue is another clause's
    ("On Monday the market opened at 8 a.m., as it does every day.", "8 a.m.", "2026-05-11T08:00"),
])
def test_a_clock_time_in_a_habit_has_no_date(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 14))
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # 'tonight' in a quotation counts from the day of saying the sentence names, like 'tomorrow' ...
    ('The governor said on Monday: "We sign the budget tonight."', "tonight", "2026-03-02TNI"),
    ('The governor wrote Monday: "We sign the budget tonight."', "tonight", "2026-03-02TNI"),
    # ... not the writer's own words, nor a quotation with no day of saying
    ("The governor said on Monday that she signs the budget tonight.", "tonight", "2026-03-04TNI"),
    ('The governor said: "We sign the budget tonight."', "tonight", "2026-03-04TNI"),
])
def test_tonight_in_a_quote_counts_from_the_saying(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 3, 4))  # written on a Wednesday
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # a day word in a quotation counts from the day of saying named anywhere on the reporting verb, or, in a quote
    # whose own sentence names no time, in the sentence before it ...
    ('In a statement on Monday, the governor said: "Today we mourn the lost miners."', "Today", "2026-03-02"),
    ("At a press briefing yesterday, the fire chief said, “Last night the wind turned twice.”", "Last night", "2026-03-02TNI"),
    ("On Monday, the mayor told the council: ''This morning the bridge was shut to lorries.''", "This morning", "2026-03-02TMO"),
    ("The coach spoke to fans on Monday. “Tonight we start over,” he said.", "Tonight", "2026-03-02TNI"),
    ("The envoys met the rebels on Monday. “We talked for hours. Tonight we sleep,” one said.", "Tonight", "2026-03-02TNI"),
    ("Speaking on Monday, the coach said, “Tonight we start over.”", "Tonight", "2026-03-02TNI"),
    ("The coach, speaking Monday, said “tonight we start over.”", "tonight", "2026-03-02TNI"),
    # ... not one said now, nor one whose sentences name another time or a day of another act
    ("The coach spoke to fans on Monday. “Tonight we start over,” he says.", "Tonight", "2026-03-04TNI"),
    ("The storm is due on Friday. “Tonight we get ready,” the mayor said.", "Tonight", "2026-03-04TNI"),
    ("“Tonight we rest,” said the senator, who lost the vote on Monday.", "Tonight", "2026-03-04TNI"),
])
def test_a_quoted_day_word_counts_from_a_day_of_saying_told_elsewhere(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 3, 4))  # written on a Wednesday
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a count written with a hyphen is read as count_number reads it ...
    ("The court sat twenty-one days after the flood of March 2.", D(2026, 5, 20), "twenty-one days after the flood of March 2", "2026-03-23"),
    ("Envoys returned thirty-five days after March 1.", D(2026, 5, 20), "thirty-five days after March 1", "2026-04-05"),
    # ... and the day counted, not the day named, lies on the side of the writing the tense gives
    ("The tally finished three days after the ballot on October 8.", D(2026, 10, 9), "three days after the ballot on October 8", "2025-10-11"),
    ("The strikers went back two weeks after June 10.", D(2026, 6, 20), "two weeks after June 10", "2025-06-24"),
    ("The board will meet three weeks after the vote on April 2.", D(2026, 4, 15), "three weeks after the vote on April 2", "2026-04-23"),
    ("The board met a week after the vote on Tuesday.", D(2026, 5, 20), "a week after the vote on Tuesday", "2026-05-19"),
    # guards: already on its side
    ("The tally finished three days after the ballot on October 8.", D(2026, 10, 20), "three days after the ballot on October 8", "2026-10-11"),
    ("The board will meet two days after the vote on June 9.", D(2026, 5, 20), "two days after the vote on June 9", "2026-06-11"),
    ("The board will meet two days after the vote on Tuesday.", D(2026, 5, 20), "two days after the vote on Tuesday", "2026-05-21"),
])
def test_a_day_counted_from_a_day_named_lies_on_the_side_its_tense_gives(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a count of tens and units written without a hyphen is one number, as with one
    ("The ferry sailed again twenty one days after the storm of March 2.", D(2026, 5, 20), "twenty one days after the storm of March 2", "2026-03-23"),
    ("Thirty two days before the vote on May 3, the posters went up.", D(2026, 5, 20), "Thirty two days before the vote on May 3", "2026-04-01"),
    ("The well was capped forty five days after June 1.", D(2026, 8, 20), "forty five days after June 1", "2026-07-16"),
    ("The panel will report twenty two days after the hearing on July 9.", D(2026, 5, 20), "twenty two days after the hearing on July 9", "2026-07-31"),
])
def test_a_count_of_tens_and_units_without_a_hyphen_counts_days(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # days in a row of one month, the month before or after them, are one range valued as ISO 8601's interval
    # (TIMEX3 has no value for it; the benchmark gives each day its own TIMEX3, as TimeBank annotates two ends)
    ("The fair ran on 17-18 March in the port.", "17-18 March", "2026-03-17/2026-03-18"),
    ("Talks are set for between 3 and 5 June.", "between 3 and 5 June", "2026-06-03/2026-06-05"),
    ("Voting runs from 28 to 30 September 2027.", "from 28 to 30 September 2027", "2027-09-28/2027-09-30"),
    ("The show runs October 8-10.", "October 8-10", "2026-10-08/2026-10-10"),
])
def test_days_in_a_row_are_one_range_with_a_value(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 20))
    assert found.timex == timex and found.span.start == text.index(wanted)
    assert (found.start.isoformat(), found.end.isoformat()) == tuple(timex.split("/"))
    assert [(e.span.text, e.timex) for e in range_ends(found)] == list(zip(re.split(r"(?<=\d)-| (?:to|and) ", re.sub(r"^(?:between|from) ", "", wanted)), timex.split("/")))


@pytest.mark.parametrize("text, published, wanted, timex", [
    # "a day earlier" in a past story counts from the last day told behind the writing, not from a day ahead named
    # in passing ...
    ("The minister toured the port on Tuesday, ahead of next Tuesday's vote. A day earlier, dockers had walked out.", D(2026, 5, 20), "A day earlier", "2026-05-18"),
    ("Rebels shelled the town on Sunday, before the talks set for May 28. Two days earlier, aid had arrived.", D(2026, 5, 20), "Two days earlier", "2026-05-15"),
    # ... as before after a day behind the writing
    ("The minister spoke on Monday. A day earlier, dockers had struck.", D(2026, 5, 20), "A day earlier", "2026-05-17"),
    # 'were likely to' in the words of a past reporting verb is 'are likely to' reported: what is likely lies ahead ...
    ("Most voters said they were less likely to back the mayor in November.", D(2026, 4, 22), "November", "2026-11"),
    ("The pollster said farmers were certain to switch parties in October.", D(2026, 4, 22), "October", "2026-10"),
    # ... not the writer's own 'were likely'
    ("Voters were likely to back the mayor in November.", D(2026, 4, 22), "November", "2025-11"),
])
def test_a_day_counted_back_from_the_story_and_a_likely_act_reported(nlp, text, published, wanted, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


def test_a_day_word_in_a_dated_post(nlp):
    # 'tonight', 'today' in an embedded post count from the day its markup gives it (a date or a UTC timestamp,
    # read as UTC's day, the markup giving no zone); the story's own 'tonight' stays the writing day's
    text = ('Her rival answered online.\n\n<tweet author="@aide" datetime="2026-03-02">Packed hall tonight! '
            '<a href="x">watch</a> today</tweet>.\n\nThe hall is packed again tonight.')
    found = [(t.span.start, t.timex) for t in read(nlp, text, D(2026, 3, 4))]
    assert found == [(text.index("tonight"), "2026-03-02TNI"), (text.index("today"), "2026-03-02"), (text.rindex("tonight"), "2026-03-04TNI")]
    # 1772582400 is 2026-03-04 00:00 UTC: no zone is assumed for the writer (the evening of March 3 in New York,
    # the morning of March 4 in Delhi), the timestamp's UTC day is the post's
    text = '<tweet author="aide" timestamp="1772582400">Big crowd tonight.</tweet>'
    assert [t.timex for t in read(nlp, text, D(2026, 3, 6))] == ["2026-03-04TNI"]


def test_one_event_named_by_its_weekday_is_one_day(nlp):
    # the same weekday owning the same event noun twice is one day, though the second, read alone, falls the other way
    text = ("Updates as the race turns to Saturday's state caucus. Aides say the plan rests on winning nearly all the "
            "delegates in Saturday's state caucus and the race running through June.")
    found = [(t.span.start, t.timex) for t in read(nlp, text, D(2016, 4, 14)) if t.span.text == "Saturday"]
    assert found == [(text.index("Saturday"), "2016-04-16"), (text.rindex("Saturday"), "2016-04-16")]
    # different events, or different weekdays, keep their own days
    text = "Monday's meeting was tense. Thursday's meeting will decide the budget."
    assert [t.timex for t in read(nlp, text, D(2016, 4, 14))] == ["2016-04-11", "2016-04-14"]


@pytest.mark.parametrize("text, wanted, timex", [
    # a clock time on the simple present of a kind of working day or a shift is every such day's ...
    ("Like their editor, their days start at 5:15 a.m. and end late.", "5:15 a.m.", "XXXX-XX-XXT05:15"),
    ("The trading day ends at 4 p.m.", "4 p.m.", "XXXX-XX-XXT16:00"),
    # ... not 'the day' told of, nor a shift on a day named
    ("The day begins at 9 a.m. with a vote.", "9 a.m.", "2016-04-14T09:00"),
    ("The night shift starts at 10 p.m. on Monday.", "10 p.m. on Monday", "2016-04-11T22:00"),
])
def test_a_clock_time_of_a_routine_has_no_date(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2016, 4, 14))
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # 'the end of the month', 'earlier in the month' told in the past are in the last month told ...
    ("The siege began in January. By the end of the month, 300 families had fled.", "the end of the month", "1998-01"),
    ("The monitors landed on Feb. 20. Earlier in the month, the council had voted.", "Earlier in the month", "1998-02"),
    # ... not told ahead, nor 'this month', nor with no month told
    ("The siege began in January. By the end of the month, 300 families will have fled.", "the end of the month", "1998-03"),
    ("The siege began in January. Earlier this month, 300 families fled.", "Earlier this month", "1998-03"),
    ("Troops will be in place by the end of the month.", "the end of the month", "1998-03"),
])
def test_a_part_of_the_month_told_past_is_in_the_last_month_told(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(1998, 3, 12))
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, found", [
    # 'each Friday at 2 p.m.' is every Friday's 2 p.m., its 'each' in the span ...
    ("The exchange closes each Friday at 2 p.m.", [("each Friday at 2 p.m.", "XXXX-WXX-5T14:00")]),
    ("The synod meets every Sunday at noon.", [("every Sunday at noon", "XXXX-WXX-7T12:00")]),
    # ... a clock time after a weekday of every week is on no one day ...
    ("The exchange closes on Fridays at 2 p.m.", [("Fridays", "XXXX-WXX-5"), ("2 p.m.", "XXXX-XX-XXT14:00")]),
    # ... and one Friday's stays that Friday
    ("The exchange closes on Friday at 2 p.m.", [("Friday at 2 p.m.", "1998-03-13T14:00")]),
])
def test_a_weekly_clock_time_is_a_set(nlp, text, found):
    made = read(nlp, text, D(1998, 3, 12))
    assert [(t.span.text, t.timex) for t in made] == found
    assert [t.span.start for t in made] == [text.index(w) for w, _ in found]


@pytest.mark.parametrize("text, wanted, published, timex", [
    # a month after 'as early as', 'as late as', 'as recently as' is the verb's own date, told in the verb's tense ...
    ("Inspectors knew of the crack as early as April.", "April", D(2023, 2, 14), "2022-04"),
    ("As late as May, the mayor had promised a new ferry.", "May", D(2023, 2, 14), "2022-05"),
    ("The depot was still in use as recently as March.", "March", D(2023, 2, 14), "2022-03"),
    # ... and ahead when told ahead ...
    ("The ferry could sail as early as April.", "April", D(2023, 2, 14), "2023-04"),
    # ... and in lower case it is the month after such a phrase too
    ("The mayor said the ferry may sail as early as march.", "march", D(2023, 7, 2), "2024-03"),
    ("the crew stayed as late as august, locals said.", "august", D(2023, 2, 14), "2022-08"),
])
def test_a_month_after_as_early_as_takes_the_verbs_tense(nlp, text, wanted, published, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, published, timex", [
    # 'from' a month on a present verb of change is when a scheduled change starts: ahead ...
    ("Bus fares rise from September.", "September", D(2024, 2, 5), "2024-09"),
    ("The new levy applies from November, the council says.", "November", D(2024, 3, 18), "2024-11"),
    ("Under the deal, pensions increase from July.", "July", D(2024, 12, 9), "2025-07"),
    ("The new timetable applies from Monday.", "Monday", D(2024, 2, 7), "2024-02-12"),
    # ... not told in the past, nor on a verb of origin, whose 'from' looks back
    ("Bus fares rose from September, the council said.", "September", D(2024, 2, 5), "2023-09"),
    ("The oldest of the letters dates from September.", "September", D(2024, 2, 5), "2023-09"),
    ("The oldest of the maps dates from January.", "January", D(2024, 10, 15), "2024-01"),
])
def test_a_present_schedule_from_a_month_points_ahead(nlp, text, wanted, published, timex):
    found = one(nlp, text, wanted, published)
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, found", [
    # a date a thing is moved ahead to lies after the date it was first set for: a move told in the past or perfect
    # puts the first date behind (written on a Wednesday) ...
    ("The trial, first set for Tuesday, was delayed until Friday.", D(2023, 5, 10), [("Tuesday", "2023-05-09"), ("Friday", "2023-05-12")]),
    ("The ballot, originally scheduled for Monday, has been postponed to Saturday.", D(2023, 5, 10), [("Monday", "2023-05-08"), ("Saturday", "2023-05-13")]),
    ("The congress was set for Tuesday and then delayed until Friday.", D(2023, 5, 10), [("Tuesday", "2023-05-09"), ("Friday", "2023-05-12")]),
    ("The festival, first planned for June, has been pushed back to October.", D(2023, 8, 1), [("June", "2023-06"), ("October", "2023-10")]),
    # ... a move told ahead puts the new date later (written on a Monday) ...
    ("The launch, first slated for Saturday, will be delayed until Wednesday.", D(2023, 5, 8), [("Saturday", "2023-05-13"), ("Wednesday", "2023-05-17")]),
    # ... and dates already in order stay, as does a move to an earlier date (written on a Monday)
    ("Talks first set for Thursday were postponed until Monday.", D(2023, 5, 10), [("Thursday", "2023-05-11"), ("Monday", "2023-05-15")]),
    ("The ballot, first set for Friday, was moved up to Tuesday.", D(2023, 5, 8), [("Friday", "2023-05-12"), ("Tuesday", "2023-05-09")]),
])
def test_a_postponement_goes_later_than_the_date_first_set(nlp, text, published, found):
    made = read(nlp, text, published)
    assert [(t.span.text, t.timex) for t in made] == found
    assert [t.span.start for t in made] == [text.index(w) for w, _ in found]


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # 'the second week of May', 'the last week of June': seven days of the month, the year placed as for the bare month,
    # the value the ISO week holding their middle day
    ("Surveyors will come back in the second week of May.", D(2022, 6, 3), "the second week of May", "2023-W19", D(2023, 5, 8), D(2023, 5, 14)),
    ("Surveyors came back in the second week of May.", D(2022, 6, 3), "the second week of May", "2022-W19", D(2022, 5, 8), D(2022, 5, 14)),
    ("The panel rules in the last week of October.", D(2022, 6, 3), "the last week of October", "2022-W43", D(2022, 10, 25), D(2022, 10, 31)),
    ("Bids close the first week of February 2024.", D(2022, 6, 3), "the first week of February 2024", "2024-W05", D(2024, 2, 1), D(2024, 2, 7)),
    # told ahead, written after those seven days of this year's month: next year's
    ("Monitors will leave in the first week of June.", D(2022, 6, 20), "the first week of June", "2023-W22", D(2023, 6, 1), D(2023, 6, 7)),
])
def test_the_nth_week_of_a_month(nlp, text, published, wanted, timex, start, end):
    found = one(nlp, text, wanted, published)
    assert (found.timex, found.start, found.end) == (timex, start, end) and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, timex", [
    # the end of 'the quarter' told ahead is the current quarter's end ...
    ("The lender hopes to sign the merger by the end of the quarter.", "2022-Q2"),
    ("The refund will arrive before the close of the quarter.", "2022-Q2"),
    # ... told in the past, 'the quarter' stays the last one reported
    ("Its debt fell to $2 million at the end of the quarter.", "2022-Q1"),
])
def test_the_end_of_the_quarter_told_ahead_is_this_quarter(nlp, text, timex):
    found = [t for t in read(nlp, text, D(2022, 5, 17)) if "quarter" in t.span.text]
    assert [t.timex for t in found] == [timex]


@pytest.mark.parametrize("text, wanted, timex", [
    # 'the following spring' after a month named counts from that month, as 'the following year' does ...
    ("The drought began in June 2017 and broke the following spring.", "the following spring", "2018-SP"),
    ("The dam opened in April 2015; the previous winter had been dry.", "the previous winter", "2014-WI"),
    # ... and 'the next Tuesday' told in the past after a day named is the one after that day
    ("The ferry left port on Aug. 3 and reached the island the next Tuesday.", "the next Tuesday", "2022-08-09"),
    # told ahead, 'the next Tuesday' is still the coming one
    ("The ferry will reach the island the next Tuesday.", "the next Tuesday", "2022-10-18"),
])
def test_the_following_season_or_weekday_counts_from_the_date_named(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2022, 10, 12))
    assert found.timex == timex and found.span.start == text.index(wanted)


def test_recently_in_as_recently_as_is_no_time_of_its_own(nlp):
    text = "The depot was still in use as recently as March, and it closed only recently."
    found = [(t.span.text, t.span.start, t.timex) for t in read(nlp, text, D(2023, 2, 14))]
    assert found == [("March", text.index("March"), "2022-03"), ("recently", text.rindex("recently"), "PAST_REF")]


@pytest.mark.parametrize("text, wanted", [
    # 'the following week' or 'weekend' told in the past with no date named before it follows an undated act: not the coming one
    ("The convoy turned back, and the envoys left the following weekend.", "the following weekend"),
    ("The mayor resigned the following week.", "the following week"),
])
def test_the_following_unit_told_past_with_nothing_named_is_unresolved(nlp, text, wanted):
    found = one(nlp, text, wanted, D(2021, 9, 15))
    assert (found.timex, found.start, found.end) == (None, None, None) and found.span.start == text.index(wanted)


def test_the_lower_case_month_pattern_looks_ahead_before_it_looks_behind():
    """The lower-case 'may', 'march', 'august' after a number or a word that introduces a month: the regex engine tries
    every lookbehind at every character unless the month word is asked first; the same words are found."""
    from readout.analyze.time_rules import _AMBIGUOUS_LOWER_MONTH

    assert _AMBIGUOUS_LOWER_MONTH.startswith("(?=may|march|august)")
    text = "The ferry is due in march, not in march rallies; the 10 may join by may 4, and the vote came last august."
    found = [(m.start(), m.group()) for m in re.finditer(_AMBIGUOUS_LOWER_MONTH, text)]
    assert found == [(text.index("march,"), "march"), (text.index("march rallies"), "march"), (text.index("may join"), "may"),
                     (text.index("may 4"), "may"), (text.index("august."), "august")]  # the rules sort them out after


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # a half (or the latter part) of a month or week is part of that period: its value, about half its days
    ("The new bridge should open in the second half of the month.", D(2025, 4, 8), "the second half of the month", "2025-04", D(2025, 4, 16), D(2025, 4, 30)),
    ("Rents climbed through the first half of the month.", D(2024, 10, 25), "the first half of the month", "2024-10", D(2024, 10, 1), D(2024, 10, 15)),
    ("The storm is expected to ease in the second half of next month.", D(2026, 11, 3), "the second half of next month", "2026-12", D(2026, 12, 16), D(2026, 12, 31)),
    ("Ticket sales slowed in the second half of September.", D(2023, 10, 2), "the second half of September", "2023-09", D(2023, 9, 16), D(2023, 9, 30)),
    ("Talks will resume in the latter part of the week.", D(2027, 1, 12), "the latter part of the week", "2027-W02", D(2027, 1, 11), D(2027, 1, 17)),
    ("The works began in the first half of the week.", D(2025, 6, 20), "the first half of the week", "2025-W25", D(2025, 6, 16), D(2025, 6, 22)),
    # guards: a half of a year keeps its own code
    ("Output shrank in the second half of last year.", D(2024, 11, 20), "the second half of last year", "2023-H2", D(2023, 7, 1), D(2023, 12, 31)),
    ("Output shrank in the first half of 2022.", D(2024, 11, 20), "the first half of 2022", "2022-H1", D(2022, 1, 1), D(2022, 6, 30)),
])
def test_a_half_of_a_month_or_week_is_part_of_it(nlp, text, published, wanted, timex, start, end):
    found = one(nlp, text, wanted, published)
    assert (found.timex, found.start, found.end) == (timex, start, end)
    assert found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, published, found", [
    # a month first set, in a move told in the past, is the nearer of its two readings, and the new month the first after it
    ("The summit, originally set for March, was delayed until May.", D(2026, 6, 15), [("March", "2026-03"), ("May", "2026-05")]),
    ("The launch had been planned for February but was postponed to April.", D(2026, 6, 15), [("February", "2026-02"), ("April", "2026-04")]),
    ("The festival, originally planned for July, was postponed until August.", D(2023, 9, 28), [("July", "2023-07"), ("August", "2023-08")]),
    # guards: a first month still ahead, or nearer ahead, stays ahead; a move told ahead is left as read
    ("The summit, originally set for March, was delayed until May.", D(2026, 1, 20), [("March", "2026-03"), ("May", "2026-05")]),
    ("The vote, first planned for December, was put off until February.", D(2025, 11, 3), [("December", "2025-12"), ("February", "2026-02")]),
    ("The census, first scheduled for January, has been pushed back to April.", D(2024, 8, 20), [("January", "2025-01"), ("April", "2025-04")]),
    ("The summit, originally set for March, will be delayed until May.", D(2026, 6, 15), [("March", "2027-03"), ("May", "2027-05")]),
])
def test_a_past_move_of_a_month_keeps_the_months_near_the_writing(nlp, text, published, found):
    assert [(t.span.text, t.timex) for t in read(nlp, text, published)] == found


@pytest.mark.parametrize("text, published, found", [
    # a span of weekdays in a habit of opening hours (or with an adverb of habit) is every week's: no dates
    ("Shops open from Monday to Saturday.", D(2026, 6, 15), [("Monday", "XXXX-WXX-1"), ("Saturday", "XXXX-WXX-6")]),
    ("The ministry's archive is open Tuesday through Friday.", D(2024, 3, 7), [("Tuesday", "XXXX-WXX-2"), ("Friday", "XXXX-WXX-5")]),
    ("Most stalls are closed from Sunday to Tuesday.", D(2025, 9, 1), [("Sunday", "XXXX-WXX-7"), ("Tuesday", "XXXX-WXX-2")]),
    ("The border post usually operates Monday to Thursday.", D(2023, 2, 14), [("Monday", "XXXX-WXX-1"), ("Thursday", "XXXX-WXX-4")]),
    # guards: told in the past or ahead, or a bare present schedule with no word of hours, keeps dated days
    ("The clinic opened Monday through Friday last week.", D(2026, 6, 15), [("Monday", "2026-06-08"), ("Friday", "2026-06-12"), ("last week", "2026-W24")]),
    ("The office will be closed from Tuesday to Thursday.", D(2026, 6, 15), [("Tuesday", "2026-06-16"), ("Thursday", "2026-06-18")]),
    ("The festival will run Tuesday through Sunday.", D(2026, 2, 11), [("Tuesday", "2026-02-17"), ("Sunday", "2026-02-22")]),
])
def test_a_span_of_weekdays_in_a_habit_is_every_weeks(nlp, text, published, found):
    times = read(nlp, text, published)
    assert [(t.span.text, t.timex) for t in times] == found
    for t in times:
        if t.timex.startswith("XXXX"):
            assert t.start is None and t.end is None and t.recurrence == "P1W" and t.span.start == text.index(t.span.text)


def test_a_rule_file_a_user_passes_gives_its_own_grammar_words(nlp, tmp_path):
    """The direction rules read the grammar word sets of the rule file the component was made with, not the
    shipped file's: an adverb of habit added in the user's file makes a month any year's."""
    import json

    from readout.analyze.time_rules import DATA_FILE

    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    raw["grammar_words"]["habit_words"]["words"].append("invariably")
    path = tmp_path / "my_time_rules.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    own = load_corrected()
    own.add_pipe("readout_times", config={"rules_path": str(path)})
    text = "Growers invariably harvest the olives in November."
    assert [(t.span.text, t.timex) for t in read(own, text, D(2026, 7, 15))] == [("November", "XXXX-11")]
    assert [(t.span.text, t.timex) for t in read(nlp, text, D(2026, 7, 15))] == [("November", "2026-11")]  # the shipped file's


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # "N summers ago": the last such season before the writing, a year further back for each one more
    ("Two summers ago the town flooded after a week of rain.", D(2024, 3, 11), "Two summers ago", "2022-SU", D(2022, 6, 1), D(2022, 8, 31)),
    ("The orchard will recover, as it did three winters ago.", D(2024, 3, 11), "three winters ago", "2021-WI", D(2021, 12, 1), D(2022, 2, 28)),
    ("The lake froze two winters ago.", D(2024, 1, 20), "two winters ago", "2021-WI", D(2021, 12, 1), D(2022, 2, 28)),
    ("The vines were planted four springs ago.", D(2023, 10, 5), "four springs ago", "2020-SP", D(2020, 3, 1), D(2020, 5, 31)),
    # "a decade ago" is the year that far back, as TimeBank writes "five years ago"
    ("A decade ago the bridge was a single lane.", D(2021, 6, 15), "A decade ago", "2011", D(2011, 1, 1), D(2011, 12, 31)),
    ("Two decades ago nobody on the island had a phone.", D(2021, 6, 15), "Two decades ago", "2001", D(2001, 1, 1), D(2001, 12, 31)),
    ("The dam will be older than it was three decades ago.", D(2030, 11, 30), "three decades ago", "2000", D(2000, 1, 1), D(2000, 12, 31)),
])
def test_seasons_and_decades_ago_count_back_from_the_writing(nlp, text, published, wanted, timex, start, end):
    t = one(nlp, text, wanted, published)
    assert (t.timex, t.start, t.end) == (timex, start, end)


@pytest.mark.parametrize("text, published, found", [
    # a span of weekdays not told in the past keeps its start and its end moves later; told ahead, its end is the
    # writing day only when the span began the day before
    ("The museum will be closed from Friday to Monday.", D(2024, 3, 11), [("Friday", "2024-03-15"), ("Monday", "2024-03-18")]),
    ("The talks run from Monday to Thursday.", D(2024, 3, 11), [("Monday", "2024-03-11"), ("Thursday", "2024-03-14")]),
    ("The talks run from Monday to Thursday.", D(2024, 3, 12), [("Monday", "2024-03-11"), ("Thursday", "2024-03-14")]),
    ("The fair runs Tuesday through Sunday.", D(2024, 3, 12), [("Tuesday", "2024-03-12"), ("Sunday", "2024-03-17")]),
    ("The strike will last from Saturday until Monday.", D(2020, 9, 14), [("Saturday", "2020-09-19"), ("Monday", "2020-09-21")]),
    # guards: told in the past the start moves back; a night just gone into today stays
    ("The talks ran from Wednesday to Monday.", D(2024, 3, 13), [("Wednesday", "2024-03-06"), ("Monday", "2024-03-11")]),
    ("Snow will linger from Monday night into Tuesday.", D(2024, 3, 12), [("Monday night", "2024-03-11TNI"), ("Tuesday", "2024-03-12")]),
])
def test_a_span_of_weekdays_told_ahead_never_ends_before_it_starts(nlp, text, published, found):
    assert [(t.span.text, t.timex) for t in read(nlp, text, published)] == found


@pytest.mark.parametrize("text, published, found", [
    # a service that runs on a timetable, in the simple present, runs every week's days
    ("The ferry runs Monday to Friday.", D(2024, 3, 11), [("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
    ("Night buses leave from Friday to Sunday.", D(2022, 7, 7), [("Friday", "XXXX-WXX-5"), ("Sunday", "XXXX-WXX-7")]),
    ("The airport shuttle runs Tuesday through Saturday.", D(2025, 1, 29), [("Tuesday", "XXXX-WXX-2"), ("Saturday", "XXXX-WXX-6")]),
    # guards: told in the past or ahead, or an event as subject, keeps dated days
    ("The ferry ran Monday to Friday.", D(2025, 1, 29), [("Monday", "2025-01-20"), ("Friday", "2025-01-24")]),
    ("The ferry will run from Monday to Friday.", D(2025, 1, 29), [("Monday", "2025-02-03"), ("Friday", "2025-02-07")]),
    ("The hearings run from Monday to Thursday.", D(2024, 3, 11), [("Monday", "2024-03-11"), ("Thursday", "2024-03-14")]),
])
def test_a_span_of_weekdays_a_service_runs_is_every_weeks(nlp, text, published, found):
    assert [(t.span.text, t.timex) for t in read(nlp, text, published)] == found


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # the turn of a century: the round year the tense points to from the writing, a year either side
    ("The trees were planted at the turn of the century.", D(2024, 3, 20), "the turn of the century", "2000", D(1999, 1, 1), D(2001, 12, 31)),
    ("The line will be finished by the turn of the century.", D(1998, 5, 4), "the turn of the century", "2000", D(1999, 1, 1), D(2001, 12, 31)),
    ("The port grew fast at the turn of the 20th century.", D(2024, 3, 20), "the turn of the 20th century", "1900", D(1899, 1, 1), D(1901, 12, 31)),
    ("Analysts expect a glut around the turn of the millennium.", D(1997, 2, 2), "the turn of the millennium", "2000", D(1999, 1, 1), D(2001, 12, 31)),
    # this time last (next) year: the writing month a year back (on)
    ("This time last year the river was dry.", D(2024, 3, 20), "This time last year", "2023-03", D(2023, 3, 1), D(2023, 3, 31)),
    ("By this time next year the road will be open.", D(2024, 3, 20), "this time next year", "2025-03", D(2025, 3, 1), D(2025, 3, 31)),
    ("Prices were lower this time last year.", D(2023, 12, 30), "this time last year", "2022-12", D(2022, 12, 1), D(2022, 12, 31)),
])
def test_the_turn_of_a_century_and_this_time_last_year(nlp, text, published, wanted, timex, start, end):
    t = one(nlp, text, wanted, published)
    assert (t.timex, t.start, t.end) == (timex, start, end)


@pytest.mark.parametrize("text, published, wanted, timex", [
    # "before last" and "after next": the last (next) such one, one further back (on)
    ("The summer before last was the hottest on record.", D(2024, 3, 20), "The summer before last", "2022-SU"),
    ("The winter before last was mild.", D(2024, 1, 15), "The winter before last", "2021-WI"),
    ("The winter after next will be harder.", D(2024, 3, 20), "The winter after next", "2025-WI"),
    ("The vote is expected the Monday after next.", D(2024, 3, 20), "the Monday after next", "2024-04-01"),
    ("The Sunday before last, the church burned.", D(2024, 3, 20), "The Sunday before last", "2024-03-10"),
    ("The road reopens the week after next.", D(2024, 3, 20), "the week after next", "2024-W14"),
    ("They marched the weekend before last.", D(2024, 3, 20), "the weekend before last", "2024-W10-WE"),
    # guard: the rule that was there
    ("The week before last was busy.", D(2024, 3, 20), "The week before last", "2024-W10"),
])
def test_before_last_and_after_next_go_one_further(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex", [
    # "two Sundays ago": the last such weekday, a week further back for each one more
    ("The team met two Sundays ago.", D(2024, 3, 20), "two Sundays ago", "2024-03-10"),
    ("The market burned three Fridays ago.", D(2024, 3, 20), "three Fridays ago", "2024-03-01"),
    ("It rained two Fridays ago.", D(2024, 3, 22), "two Fridays ago", "2024-03-08"),
    # "a century ago" is the year that far back, as "a decade ago" is
    ("The statue was erected a century ago.", D(2024, 3, 20), "a century ago", "1924"),
    ("The fort may crumble as it did two centuries ago.", D(2019, 8, 2), "two centuries ago", "1819"),
])
def test_weekdays_and_centuries_ago_count_back_from_the_writing(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # "end-2025", "start-March": a hyphened part of a year or month, as "mid-2025" is
    ("The plant will close by end-2025.", D(2024, 3, 20), "end-2025", "2025", D(2025, 12, 1), D(2025, 12, 31)),
    ("Rates should fall by end-March.", D(2024, 3, 20), "end-March", "2024-03", D(2024, 3, 25), D(2024, 3, 31)),
    ("The figures date from start-2023.", D(2024, 3, 20), "start-2023", "2023", D(2023, 1, 1), D(2023, 3, 31)),
    # a season of last or next year
    ("The dam will be finished in the spring of next year.", D(2024, 3, 20), "the spring of next year", "2025-SP", D(2025, 3, 1), D(2025, 5, 31)),
    ("Crops failed in autumn last year.", D(2021, 2, 8), "autumn last year", "2020-FA", D(2020, 9, 1), D(2020, 11, 30)),
    # a fiscal year in two digits, alone or after its quarter
    ("Profit rose in FY25.", D(2024, 3, 20), "FY25", "2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("The unit posted a loss in Q3 FY24.", D(2024, 11, 2), "Q3 FY24", "2024-Q3", D(2024, 7, 1), D(2024, 9, 30)),
])
def test_hyphened_parts_seasons_of_a_relative_year_and_short_fiscal_years(nlp, text, published, wanted, timex, start, end):
    t = one(nlp, text, wanted, published)
    assert (t.timex, t.start, t.end) == (timex, start, end)


@pytest.mark.parametrize("text, published, wanted, timex", [
    # "a fortnight" is read as "two weeks" is
    ("The plan was announced a fortnight ago.", D(2024, 3, 20), "a fortnight ago", "2024-W10"),
    ("The clinic will reopen in a fortnight.", D(2024, 3, 20), "a fortnight", "2024-W14"),
    ("A fortnight later the dam broke.", D(2024, 3, 20), "A fortnight later", "P2W"),
])
def test_a_fortnight_is_two_weeks(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a day of a month told ahead, written after that day of this year's month: next year's
    ("The consultation will end March 3.", D(2025, 3, 20), "March 3", "2026-03-03"),
    ("The levy will lapse on June 2, the treasury said.", D(2024, 6, 11), "June 2", "2025-06-02"),
    ("Registration will close Sept. 14 for the autumn intake.", D(2023, 9, 30), "Sept. 14", "2024-09-14"),
    # guards: the writing day itself, a day still to come this month, and a day told in the past
    ("The bridge will reopen on March 20.", D(2025, 3, 20), "March 20", "2025-03-20"),
    ("The museum will reopen March 25.", D(2025, 3, 20), "March 25", "2025-03-25"),
    ("The fair closed on March 3.", D(2025, 3, 20), "March 3", "2025-03-03"),
])
def test_a_day_told_ahead_after_it_passed_this_month_is_next_years(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a feast told as done, written before this year's: the last one
    ("The shop reopened the day after Easter.", D(2025, 3, 10), "the day after Easter", "2024-04-01"),
    ("The strike began the day after Easter, the union said.", D(2024, 2, 20), "the day after Easter", "2023-04-10"),
    ("The roof collapsed on Good Friday.", D(2023, 3, 28), "Good Friday", "2022-04-15"),
    ("Rail fares rose after Christmas.", D(2024, 12, 20), "Christmas", "2023-12-25"),
    # guards: told ahead, and told on the day itself
    ("The shop will reopen the day after Easter.", D(2025, 3, 10), "the day after Easter", "2025-04-21"),
    ("The market opened on Easter Monday.", D(2025, 4, 21), "Easter Monday", "2025-04-21"),
])
def test_a_feast_told_in_the_past_before_this_years_is_last_years(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, found", [
    # the service's verb read as a plural noun ('ferry' a compound on 'sails'): still every week's days
    ("The ferry sails Monday to Friday.", [("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
    ("The shuttle sails from Monday to Saturday.", [("Monday", "XXXX-WXX-1"), ("Saturday", "XXXX-WXX-6")]),
    ("The island ferry sails Tuesday through Sunday.", [("Tuesday", "XXXX-WXX-2"), ("Sunday", "XXXX-WXX-7")]),
    ("The flight departs Monday to Friday.", [("Monday", "XXXX-WXX-1"), ("Friday", "XXXX-WXX-5")]),
    # guards: a real noun with a verb of its own, and a noun that is no service's run
    ("The ferry sails were patched on Monday.", [("Monday", "2025-03-10")]),
    ("The ferry talks Monday to Friday.", [("Monday", "2025-03-17"), ("Friday", "2025-03-21")]),
])
def test_a_service_verb_read_as_a_noun_keeps_its_weekly_days(nlp, text, found):
    assert [(t.span.text, t.timex) for t in read(nlp, text, D(2025, 3, 12))] == found


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # two years in a row that name one season or school year: one period across new year, its interval as the value
    ("The club finished third in the 2023-24 season.", D(2024, 9, 10), "the 2023-24 season", "2023/2024", D(2023, 1, 1), D(2024, 12, 31)),
    ("Attendance rose during the 2019-20 season despite the strike.", D(2021, 1, 5), "the 2019-20 season", "2019/2020", D(2019, 1, 1), D(2020, 12, 31)),
    ("Tickets for the 2025/26 season go on sale next week.", D(2025, 3, 2), "the 2025/26 season", "2025/2026", D(2025, 1, 1), D(2026, 12, 31)),
    ("Fees rise in the 2026-2027 academic year.", D(2025, 3, 2), "the 2026-2027 academic year", "2026/2027", D(2026, 1, 1), D(2027, 12, 31)),
    # guards: years apart and a span of years with no season stay a range of whole years, each end its own
    ("The 2019-22 season was shortened.", D(2024, 9, 10), "The 2019-22 season", None, D(2019, 1, 1), D(2022, 12, 31)),
    ("The war lasted from 1914-18.", D(2024, 9, 10), "from 1914-18", None, D(1914, 1, 1), D(1918, 12, 31)),
])
def test_two_years_of_one_season_are_one_period(nlp, text, published, wanted, timex, start, end):
    t = one(nlp, text, wanted, published)
    assert (t.timex, t.start, t.end) == (timex, start, end)


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # a day or week counted from the day named: the day the sentence means, not the feast or date itself
    ("The museum reopens the day after Easter.", D(2026, 3, 10), "the day after Easter", "2026-04-06", D(2026, 4, 6), D(2026, 4, 6)),
    ("Flights are full for the week before Christmas.", D(2026, 12, 1), "the week before Christmas", "2026-W51", D(2026, 12, 14), D(2026, 12, 20)),
    ("The ceasefire collapsed a week after Easter.", D(2026, 4, 20), "a week after Easter", "2026-04-12", D(2026, 4, 12), D(2026, 4, 12)),
    ("Voters return to the polls three weeks after March 1.", D(2026, 1, 10), "three weeks after March 1", "2026-03-22", D(2026, 3, 22), D(2026, 3, 22)),
    ("The audit is due the day before Election Day.", D(2026, 10, 2), "the day before Election Day", "2026-11-02", D(2026, 11, 2), D(2026, 11, 2)),
    ("He resigned two days after June 4, aides said.", D(2026, 6, 10), "two days after June 4", "2026-06-06", D(2026, 6, 6), D(2026, 6, 6)),
    # guards: days over a span after the feast are no one day; a day with no count before it stays itself
    ("Shops stay shut for two days after Easter.", D(2026, 4, 1), "Easter", "2026-04-05", D(2026, 4, 5), D(2026, 4, 5)),
    ("Talks resume after Easter, officials said.", D(2026, 3, 10), "Easter", "2026-04-05", D(2026, 4, 5), D(2026, 4, 5)),
])
def test_a_day_counted_from_a_day_named_is_that_day(nlp, text, published, wanted, timex, start, end):
    t = one(nlp, text, wanted, published)
    assert (t.timex, t.start, t.end) == (timex, start, end)


def test_a_count_of_days_from_a_date_is_one_expression_with_durations_on(nlp_durations):
    found = read(nlp_durations, "Ballots were counted two days after May 3.", D(2026, 5, 20))
    assert [(t.span.text, t.timex) for t in found] == [("two days after May 3", "2026-05-05")]


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a fiscal year named by the two years it spans: one period, as a season is (not two whole years)
    ("The ministry drafted the 2024-25 budget in secret.", D(2026, 6, 15), "2024-25", "2024/2025"),
    ("Lawmakers passed the 2026-27 budget late at night.", D(2026, 6, 15), "2026-27", "2026/2027"),
    ("The board approved the 2025-26 spending plan.", D(2025, 2, 1), "2025-26", "2025/2026"),
    ("Earnings for fiscal 1987-88 rose sharply.", D(1988, 9, 15), "fiscal 1987-88", "1987/1988"),
    ("Revenue in financial year 2025-26 fell short of forecasts.", D(2026, 6, 15), "financial year 2025-26", "2025/2026"),
    ("Revenue grew by a tenth in FY2025-26.", D(2026, 6, 15), "FY2025-26", "2025/2026"),
    ("The budget for 2027-28 was unveiled to jeers.", D(2027, 2, 1), "2027-28", "2027/2028"),
    # guards: years apart are still a range of whole years; years before another noun are no fiscal period
    ("The 2024-28 budget plan was shelved.", D(2026, 6, 15), "2024-28", None),
    ("Prices doubled in 2024-25 for tenants.", D(2026, 6, 15), "2024-25", None),
])
def test_a_fiscal_year_of_two_years_is_one_period(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a deadline on what is promised, expected or asked for lies after the promise: ahead, though the verb is past
    ("The cabinet promised a decision by year's end.", D(2026, 3, 18), "year's end", "2026"),
    ("The firm said it expected a deal by year-end.", D(2026, 3, 18), "year-end", "2026"),
    ("The cabinet promised a ruling by June.", D(2026, 3, 18), "June", "2026-06"),
    ("The regulator vowed action by Friday.", D(2026, 3, 18), "Friday", "2026-03-20"),
    ("Officials planned a vote by month's end.", D(2026, 3, 18), "month's end", "2026-03"),
    ("The union demanded a reply by Monday.", D(2026, 3, 18), "Monday", "2026-03-23"),
    # guards: a finished act's 'by', and a promise told as before another past, stay past
    ("Sales had recovered by year's end.", D(2026, 3, 18), "year's end", "2025"),
    ("Stocks fell sharply by year's end.", D(2026, 3, 18), "year's end", "2025"),
    ("Analysts had expected a recovery by June.", D(2026, 3, 18), "June", "2025-06"),
])
def test_a_deadline_on_a_promise_told_in_the_past_lies_ahead(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex", [
    # "the new year" is a year: the coming one told ahead late in a year, the year now running told in the past
    ("Talks are due to resume in the new year.", D(2026, 9, 14), "the new year", "2027"),
    ("The ministry will publish the plan in the new year.", D(2026, 12, 20), "the new year", "2027"),
    ("Prices jumped in the new year as taxes rose.", D(2026, 1, 12), "the new year", "2026"),
    # "a week on Sunday", "two weeks on Saturday": counted on from the coming weekday, as "a week from Sunday"
    ("Voters go to the polls a week on Sunday.", D(2026, 9, 14), "a week on Sunday", "2026-09-27"),
    ("The final is two weeks on Saturday.", D(2026, 9, 14), "two weeks on Saturday", "2026-10-03"),
])
def test_the_new_year_and_a_week_on_a_weekday(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


def test_the_new_year_before_a_noun_of_the_feast_is_no_year(nlp):
    assert [t.span.text for t in read(nlp, "The new year message was broadcast at noon.", D(2026, 12, 20))] == ["noon"]


@pytest.mark.parametrize("text, published, wanted, timex", [
    # a verb whose past is its bare form ('cost', 'cut', 'hurt'), read as past, joined to a bare verb under a modal: ahead
    ("A messy row could stall the bill and cost the ruling party seats in the ballot on May 24.", D(2026, 5, 20), "May 24", "2026-05-24"),
    ("Rising prices could anger voters and cut the lead of the coalition on Monday.", D(2026, 5, 20), "Monday", "2026-05-25"),
    # guard: joined to a past verb, it stays past
    ("Protesters marched and cut the fence on Monday.", D(2026, 5, 20), "Monday", "2026-05-18"),
])
def test_a_verb_joined_to_a_modal_verb_shares_its_tense(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex", [
    # 'at', 'during', 'over' the weekend on a present verb of an act: a schedule, so the coming weekend
    ("Ministers meet at the weekend to settle the budget.", D(2026, 5, 20), "the weekend", "2026-W21-WE"),
    ("The two delegations gather during the weekend in the capital.", D(2026, 5, 20), "the weekend", "2026-W21-WE"),
    ("The committee reconvenes over the weekend, aides say.", D(2026, 5, 20), "the weekend", "2026-W21-WE"),
    ("Party leaders hold talks at the weekend.", D(2026, 5, 20), "the weekend", "2026-W21-WE"),
    # guards: a present written as its own past, and a past verb, stay behind
    ("Rumours spread over the weekend.", D(2026, 5, 20), "the weekend", "2026-W20-WE"),
    ("Ministers met at the weekend to settle the budget.", D(2026, 5, 20), "the weekend", "2026-W20-WE"),
])
def test_a_schedule_at_the_weekend_lies_ahead(nlp, text, published, wanted, timex):
    assert one(nlp, text, wanted, published).timex == timex


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # a day or week counted from an event named on a day: the day counted, not the event's day
    ("The council met two days after the vote on May 3 to count the ballots.", D(2026, 5, 20), "two days after the vote on May 3", "2026-05-05", D(2026, 5, 5), D(2026, 5, 5)),
    ("Officials resigned a week after the election of April 12.", D(2026, 5, 20), "a week after the election of April 12", "2026-04-19", D(2026, 4, 19), D(2026, 4, 19)),
    ("The mayor will speak three days after the ceremony on June 9.", D(2026, 5, 20), "three days after the ceremony on June 9", "2026-06-12", D(2026, 6, 12), D(2026, 6, 12)),
    ("Crowds gathered again the day after the raid on Tuesday.", D(2026, 5, 22), "the day after the raid on Tuesday", "2026-05-20", D(2026, 5, 20), D(2026, 5, 20)),
    ("The strike began two weeks after the deal of March 30 collapsed.", D(2026, 5, 20), "two weeks after the deal of March 30", "2026-04-13", D(2026, 4, 13), D(2026, 4, 13)),
    # ... or named after the day
    ("The cabinet quit a week after the May 3 vote.", D(2026, 5, 20), "a week after the May 3 vote", "2026-05-10", D(2026, 5, 10), D(2026, 5, 10)),
    ("Results came the day after the March 5 election.", D(2026, 5, 20), "the day after the March 5 election", "2026-03-06", D(2026, 3, 6), D(2026, 3, 6)),
    # guard: days over a span after the event are no one day
    ("Roads stayed closed for two days after the storm on May 3.", D(2026, 5, 20), "May 3", "2026-05-03", D(2026, 5, 3), D(2026, 5, 3)),
])
def test_a_day_counted_from_a_dated_event_is_that_day(nlp, text, published, wanted, timex, start, end):
    t = one(nlp, text, wanted, published)
    assert (t.timex, t.start, t.end) == (timex, start, end)


@pytest.mark.parametrize("text, published, wanted, timex, start, end", [
    # "N units ago this month / this week / today": one expression, the period of writing that far back
    ("Ten years ago this month, the old bridge collapsed.", D(2026, 5, 20), "Ten years ago this month", "2016-05", D(2016, 5, 1), D(2016, 5, 31)),
    ("The charter was adopted five years ago this week.", D(2026, 5, 20), "five years ago this week", "2021-W20", D(2021, 5, 17), D(2021, 5, 23)),
    ("A year ago today, the first case was confirmed.", D(2026, 5, 20), "A year ago today", "2025-05-20", D(2025, 5, 20), D(2025, 5, 20)),
    ("Two years ago this spring the mill closed.", D(2026, 5, 20), "Two years ago this spring", "2024-SP", D(2024, 3, 1), D(2024, 5, 31)),
    ("A month ago today, the walkout began.", D(2026, 5, 20), "A month ago today", "2026-04-20", D(2026, 4, 20), D(2026, 4, 20)),
    ("Two weeks ago tonight, the polls closed.", D(2026, 5, 20), "Two weeks ago tonight", "2026-05-06TNI", D(2026, 5, 6), D(2026, 5, 6)),
    ("The dam burst a decade ago this month.", D(2026, 5, 20), "a decade ago this month", "2016-05", D(2016, 5, 1), D(2016, 5, 31)),
    # guard: a comma between makes two expressions ("this month" is the subject)
    ("Ten years ago, this month was the wettest on record.", D(2026, 5, 20), "this month", "2026-05", D(2026, 5, 1), D(2026, 5, 31)),
])
def test_ago_this_period_is_one_expression(nlp, text, published, wanted, timex, start, end):
    t = one(nlp, text, wanted, published)
    assert (t.timex, t.start, t.end) == (timex, start, end)


@pytest.mark.parametrize("text", [
    # "fall" after "this" or "the" with an "in" or "of" phrase of an amount is the noun of a drop, not the season
    "This fall in prices hit the bakers hard.",
    "The fall in the number of tourists emptied the harbour cafes.",
    "Traders blamed this fall in copper exports on the strike.",
    "The fall in the value of the currency alarmed the mint.",
    # guard: "the fall of" a figure was no season before
    "The fall of 4 percent came after the harvest.",
])
def test_fall_of_an_amount_is_no_season(nlp, text):
    assert [t.span.text for t in read(nlp, text, D(2026, 5, 20)) if t.granularity == "season"] == []


@pytest.mark.parametrize("text, wanted, timex", [
    # guards: the season, with a place or a word of no amount after "in", or after "last"
    ("She will teach this fall in the capital.", "this fall", "2026-FA"),
    ("The choir tours this fall in three towns.", "this fall", "2026-FA"),
    ("Sales slid last fall in the number of stores open.", "last fall", "2025-FA"),
])
def test_fall_with_no_amount_after_is_the_season(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 20))
    assert found.timex == timex and found.span.start == text.index(wanted)


@pytest.mark.parametrize("text, wanted, timex", [
    # months in a row are one range valued as ISO 8601's interval of months, as days in a row are (the benchmark
    # gives each end its own TIMEX3)
    ("Repairs to the pier run May-July 2027.", "May-July 2027", "2027-05/2027-07"),
    ("The exhibit stays open from March to June 2027.", "from March to June 2027", "2027-03/2027-06"),
    ("The drought lasted from November 2025 to February 2026.", "from November 2025 to February 2026", "2025-11/2026-02"),
    ("Ferries will run on the lake August-October.", "August-October", "2026-08/2026-10"),  # the simple present of a habit is any year's (below)
])
def test_months_in_a_row_are_one_range_with_a_value(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 20))
    assert found.timex == timex and found.span.start == text.index(wanted)
    assert [e.timex for e in range_ends(found)] == timex.split("/")


@pytest.mark.parametrize("text, wanted, timex", [
    # months in a row written with words and no year are one range too (they were two months)
    ("The museum wing will stay shut from June to September.", "from June to September", "2026-06/2026-09"),
    ("Night trains will run between October and December.", "between October and December", "2026-10/2026-12"),
    # across new year: the second month is the next year's
    ("The ice road will open from December until March.", "from December until March", "2026-12/2027-03"),
    # told as done, written in May: the months lie behind the writing, last year's
    ("Repairs to the pier ran June-August, the council said.", "June-August", "2025-06/2025-08"),
    ("The ferry was idle from July to September.", "from July to September", "2025-07/2025-09"),
    ("The strike lasted from November to February.", "from November to February", "2025-11/2026-02"),
])
def test_months_in_a_row_without_a_year_take_the_tense(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 20))
    assert found.timex == timex and found.span.start == text.index(wanted)
    assert [e.timex for e in range_ends(found)] == timex.split("/")
    assert [e.span.text for e in range_ends(found)] == re.split(r"-| to | until | and ", wanted.removeprefix("from ").removeprefix("between "))


def test_a_month_and_a_day_after_from_are_no_range_of_months(nlp):
    # guard: "from May to July 3" is a month and a day, not two months
    texts = [t.span.text for t in read(nlp, "Hearings are set from May to July 3 in the capital.", D(2026, 3, 10))]
    assert "from May to July" not in texts


@pytest.mark.parametrize("text, wanted, timex", [
    # a decade written with a typographic apostrophe is the decade, not its first year
    ("She studied law in the 1970’s, her aides said.", "the 1970’s", "197"),
    ("Songs of the ’80s filled the hall.", "the ’80s", "198"),
    ("She studied law in the 1970's, her aides said.", "the 1970's", "197"),  # guard: the straight apostrophe
])
def test_a_decade_with_a_typographic_apostrophe(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 5, 12))
    assert found.timex == timex and found.granularity == "decade"


def test_the_past_before_a_choice_of_counts_is_that_span(nlp, nlp_durations):
    # "the past three or four months" is a span of months (a duration), not "the past" (PAST_REF) and some months
    assert [t.span.text for t in read(nlp, "In the past three or four months, aides met in secret.", D(2026, 3, 10))] == []
    found = read(nlp_durations, "In the past three to four months, aides met in secret.", D(2026, 3, 10))
    assert [(t.span.text, t.timex) for t in found] == [("the past three to four months", "P3M")]
    assert one(nlp, "In the past, aides met in secret.", "the past", D(2026, 3, 10)).timex == "PAST_REF"  # guard


@pytest.mark.parametrize("text, timex", [
    # the story tells one past day (the day of a past reporting verb), so a quotation with no day of its own was said on it
    ("The panel will release the memos soon, an aide said Thursday. The staff spoke after the chairman earlier in the day"
     " praised the panel. Critics said the hearing added nothing. A committee aide attacked the statement."
     " \"Their announcement today is a stunt,\" the aide said in an email.", "2026-03-12"),
    # guards: a present reporting verb, a story that tells the writing day too, a past day of no saying
    ("The panel will release the memos soon, an aide said Thursday. Critics said the hearing added nothing."
     " \"Their announcement today is a stunt,\" the aide says.", "2026-03-13"),
    ("The panel will release the memos soon, an aide said Thursday. The vote is set for Friday. A committee aide"
     " attacked the statement. \"Their announcement today is a stunt,\" the aide said.", "2026-03-13"),
    ("The panel met on Thursday. Critics said the hearing added nothing. A committee aide attacked the statement."
     " \"Their announcement today is a stunt,\" the aide said.", "2026-03-13"),
])
def test_a_quoted_today_in_a_story_of_one_past_day(nlp, text, timex):
    assert one(nlp, text, "today", D(2026, 3, 13)).timex == timex  # written on a Friday


@pytest.mark.parametrize("text, wanted, timex", [
    # two days with no year after "from" or "between" are one range, as they are with a year after the second
    ("The survey ran between Sept. 28 and Oct. 6, the institute said.", "between Sept. 28 and Oct. 6", "2025-09-28/2025-10-06"),
    ("The fair will run from June 3 to June 9.", "from June 3 to June 9", "2026-06-03/2026-06-09"),
    ("The strike lasted from Dec. 28 to Jan. 4.", "from Dec. 28 to Jan. 4", "2025-12-28/2026-01-04"),
])
def test_two_days_without_a_year_are_one_range(nlp, text, wanted, timex):
    found = one(nlp, text, wanted, D(2026, 3, 13))
    assert found.timex == timex
    assert [e.timex for e in range_ends(found)] == timex.split("/")


def test_two_days_in_a_list_are_no_range(nlp):
    # guard: a third day after them makes a list of days
    texts = [t.span.text for t in read(nlp, "Polls opened between March 2 and March 4 and March 6 in turn.", D(2026, 3, 13))]
    assert "between March 2 and March 4" not in texts


@pytest.mark.parametrize("text, timex", [
    # a season after "later in" or "earlier in" is in the year of the time just told, not the nearest to the writing
    ("The mill reopened in 1987, after a strike in early March of that year and a fire later in the summer.", "1987-SU"),
    ("The rail line closed in 2004. Earlier in the spring, the last freight train had left.", "2004-SP"),
    # guards: no year told before, or no "later in", keeps the nearest season
    ("Protests began in June. Later in the summer, the talks resumed.", "2025-SU"),
    ("The mill reopened in 1987. The crops failed in the summer.", "2025-SU"),
])
def test_a_season_later_in_a_year_told_is_in_that_year(nlp, text, timex):
    assert one(nlp, text, "the summer" if "summer" in text else "the spring", D(2026, 5, 20)).timex == timex


@pytest.mark.parametrize("text, timex", [
    # an nth weekday of a month, hung on a past verb, whose day this year is still ahead of the writing: last year's
    ("The referendum took place on the first Sunday in June.", "2025-06-01"),
    ("The runoff was held on the second Sunday of June.", "2025-06-08"),
    # guards: a day already gone this year, and one told ahead
    ("The referendum took place on the first Sunday in May.", "2026-05-03"),
    ("Voters will go to the polls on the last Sunday in April.", "2027-04-25"),
])
def test_an_nth_weekday_of_a_month_told_done_lies_behind_the_writing(nlp, text, timex):
    assert [t.timex for t in read(nlp, text, D(2026, 5, 20))] == [timex]


@pytest.mark.parametrize("text, timex", [
    # "the end of the decade" is a decade (the one now running, as "the end of this decade" is) ...
    ("By the end of the decade, the tram line will reach the airport.", "202"),
    # ... or the decade of the year just told
    ("The tannery opened in 1974. By the end of the decade it had three sites.", "197"),
])
def test_a_part_of_the_decade_is_that_decade(nlp, text, timex):
    found = [t for t in read(nlp, text, D(2026, 5, 20)) if "decade" in t.span.text]
    assert [(t.span.text, t.timex) for t in found] == [("the end of the decade", timex)]
