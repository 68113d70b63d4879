"""What a reader checks in the link stage: events, and what the sources of one event share or disagree on.

Sources are hand-made (see ``conftest.Draft``); the people, places and figures
are invented.
"""

from __future__ import annotations

import datetime as dt

from readout.link.checks import arithmetic_checks
from readout.link.claims import align_claims
from readout.link.commitments import align_commitments
from readout.link.events import cluster_events
from readout.link.features import document_features
from readout.link.figures import align_figures, values_agree
from readout.link.inconsistencies import figure_conflicts, title_conflicts
from readout.link.linker import link
from readout.link.quotes import align_quotes
from readout.link.scope import scoped
from readout.model import Quantity, Span

D = dt.date.fromisoformat
TRADE = "trade between Norland and Sudria"


# -- figures


def _trade(draft, doc_id, sentence, needle, value, qualifier="exact", near=None, measures=TRADE, period=None):
    d = draft(doc_id, sentence, near=near)
    d.figure(needle, value, measures=measures, qualifier=qualifier, period=d.period(*period) if period else None)
    return d.source()


def test_same_figure_from_two_sources_is_corroborated(draft):
    a = _trade(draft, "a", "Trade between Norland and Sudria reached $3.2 billion in 2025.", "$3.2 billion", 3.2e9)
    b = _trade(draft, "b", "Norland and Sudria traded goods worth $3.2 billion last year.", "$3.2 billion", 3.2e9, measures="goods")
    [alignment] = align_figures([a, b], "ev")
    assert alignment.verdict == "corroborated" and alignment.independent_sources == 2
    assert alignment.doc_ids == ("a", "b") and alignment.event_id == "ev"


def _cut_figure(d, needle, value, measures, topic=None, unit="USD"):
    """A figure whose measured phrase the analyzer cut before "and" ("trade between Norland"), with the topic its
    parse gave ("trade between Norland and Upper Sudria"), if any."""
    def span(words):
        at = d.text.index(words)
        return Span(doc_id=d.doc_id, start=at, end=at + len(words), text=words)
    q = Quantity(span=d.span(needle), value=value, unit=unit, measures=measures, measures_span=span(measures),
                 topic=span(topic) if topic else None)
    d.quantities.append(q)


def test_a_figures_label_is_its_topic_span_and_the_text_is_not_read_again(draft):
    a = draft("a", "Bilateral trade between Norland and Upper Sudria reached $3.2 billion in 2025.")
    _cut_figure(a, "$3.2 billion", 3.2e9, "Bilateral trade between Norland", "Bilateral trade between Norland and Upper Sudria")
    b = draft("b", "Bilateral trade between Norland and Upper Sudria came to about $4 billion, officials said.")
    _cut_figure(b, "about $4 billion", 4e9, "Bilateral trade between Norland", "Bilateral trade between Norland and Upper Sudria")
    [alignment] = align_figures([a.source(), b.source()], "ev")
    assert alignment.verdict == "conflicting"
    assert alignment.label == "Bilateral trade between Norland and Upper Sudria (USD)"
    # an analysis without a topic (stored before topics were read) is labelled by its measured phrase: the link
    # stage does not read the words after it ("and the Sudrian Republic") from the text
    c = draft("c", "Exports of Norland and the Sudrian Republic rose to $2 billion.")
    _cut_figure(c, "$2 billion", 2e9, "Exports of Norland")
    d = draft("d", "Exports of cut flowers and fresh fruit rose to $2 billion.")
    _cut_figure(d, "$2 billion", 2e9, "Exports of cut flowers", "Exports of cut flowers and fresh fruit")
    labels = [al.label for x in (c, d) for al in align_figures([x.source()])]
    assert labels == ["Exports of Norland (USD)", "Exports of cut flowers and fresh fruit (USD)"]


def test_different_values_for_one_figure_conflict_and_the_reason_names_both_wordings(draft):
    a = _trade(draft, "a", "Trade between Norland and Sudria reached $3.2 billion in 2025.", "$3.2 billion", 3.2e9)
    b = _trade(draft, "b", "Trade between Norland and Sudria is worth about $4 billion a year.", "about $4 billion", 4e9, "approximately")
    [alignment] = align_figures([a, b])
    assert alignment.verdict == "conflicting"
    assert "'$3.2 billion'" in alignment.reason and "'about $4 billion'" in alignment.reason
    assert sorted(m.reading for m in alignment.members) == ["3.2e+09 USD", "approximately 4e+09 USD"]


def test_a_near_copy_is_not_a_second_source(draft):
    text = "Trade between Norland and Sudria reached $3.2 billion in 2025."
    a = _trade(draft, "a", text, "$3.2 billion", 3.2e9)
    b = _trade(draft, "b", text + " Read more on our site.", "$3.2 billion", 3.2e9, near="a")
    [alignment] = align_figures([a, b])
    assert alignment.verdict == "single_source" and alignment.independent_sources == 1
    assert alignment.doc_ids == ("a", "b")
    assert "near copies counted once" in alignment.reason


def test_a_near_copy_of_a_text_giving_two_prices_of_one_measure_yields_no_conflict(draft):
    """One sentence gives the price in two countries; its near copy gives the same two: two figures, no conflict."""
    line = "Minister Lena Ostrova said petrol costs €4 a litre in Norland, compared to €11 in Sudria."
    sources = []
    for doc_id, text, near in (("a", (line,), None), ("b", (line, "Prices were checked on Monday."), "a")):
        d = draft(doc_id, *text, published=D("2026-03-02"), near=near)
        d.person("Lena Ostrova", role="Minister")
        d.figure("€4", 4, "EUR", measures="petrol price")
        d.figure("€11", 11, "EUR", measures="petrol price")
        sources.append(d.source())
    figures = align_figures(sources)
    assert sorted(sorted(m.reading for m in a.members) for a in figures) == [["11 EUR", "11 EUR"], ["4 EUR", "4 EUR"]]
    assert all(a.verdict == "single_source" for a in figures)
    result = link(sources)
    assert len(result.events) == 1  # compared with each other, and still
    assert not [a for a in result.alignments if a.verdict == "conflicting"]
    assert not result.inconsistencies


def test_qualifiers_widen_what_agrees():
    span = Span(doc_id="d", start=0, end=1, text="x")
    more = Quantity(span=span, value=200e9, unit="USD", qualifier="more_than")
    assert values_agree(more, Quantity(span=span, value=230e9, unit="USD"))
    assert not values_agree(more, Quantity(span=span, value=150e9, unit="USD"))
    about = Quantity(span=span, value=20, unit="USD", qualifier="approximately")
    assert values_agree(about, Quantity(span=span, value=20.5, unit="USD"))
    assert not values_agree(Quantity(span=span, value=20, unit="USD"), Quantity(span=span, value=20.5, unit="USD"))
    assert values_agree(Quantity(span=span, value=10, value_high=15, unit="USD", qualifier="range"), Quantity(span=span, value=12, unit="USD"))


def test_unrelated_figures_with_the_same_unit_stay_apart(draft):
    a = _trade(draft, "a", "The new bridge over the Vessa river in Norland cost $56 million.", "$56 million", 56e6, measures="the new bridge")
    b = _trade(draft, "b", "Sudria pledged about $4 billion in loans to farmers in Norland.", "about $4 billion", 4e9, "approximately", measures="loans")
    alignments = align_figures([a, b])
    assert len(alignments) == 2
    assert all(a.verdict == "single_source" for a in alignments)


def test_figures_for_periods_that_exclude_each_other_are_not_aligned(draft):
    a = _trade(draft, "a", "Trade between Norland and Sudria reached $3.2 billion in 2024.", "$3.2 billion", 3.2e9,
               period=("in 2024", D("2024-01-01"), D("2024-12-31")))
    b = _trade(draft, "b", "Trade between Norland and Sudria reached $4.1 billion in 2025.", "$4.1 billion", 4.1e9,
               period=("in 2025", D("2025-01-01"), D("2025-12-31")))
    alignments = align_figures([a, b])
    assert sorted(a.doc_ids for a in alignments) == [("a",), ("b",)]
    assert not [a for a in alignments if a.verdict == "conflicting"]


# -- events

VELL_SAND = ("Arno Vell", "Mira Sand")
REYL_KORD = ("Tomas Reyl", "Ina Kord")


def _meeting(draft, doc_id, sentences, day, people, place=None, published=None, code="CONSULT"):
    """A report of a meeting: ``day`` is (words, date) or None; every person is a titled leader named at least twice."""
    d = draft(doc_id, *sentences, published=published)
    for name in people:
        d.person(name, name.split()[-1], role="President")
    if place:
        d.place(place)
    if day:
        d.day(*day)
    if code:
        d.coded(sentences[0], code)
    return d


def _vell_sand(draft, doc_id, day="12 March 2026", date="2026-03-12"):
    text = (f"Presidents Arno Vell and Mira Sand met in Port Adela on {day}.", "Vell said the talks with Sand were frank.")
    return _meeting(draft, doc_id, text, (day, D(date)), VELL_SAND, "Port Adela", published=D(date) + dt.timedelta(days=1))


def _reyl_kord(draft, doc_id):
    text = ("Tomas Reyl received Ina Kord in Lund on 20 March 2026.", "Reyl and Kord discussed fisheries.")
    return _meeting(draft, doc_id, text, ("20 March 2026", D("2026-03-20")), REYL_KORD, "Lund", published=D("2026-03-21"))


def _features(*drafts):
    return [document_features(d.source()) for d in drafts]


def test_documents_sharing_people_and_date_form_one_event_with_date_participants_and_title(draft):
    [event] = cluster_events(_features(_vell_sand(draft, "a"), _vell_sand(draft, "b")))
    assert sorted(event.doc_ids) == ["a", "b"]
    assert event.date == D("2026-03-12") and event.location == "Port Adela"
    assert set(event.participants) == {"person:arno-vell", "person:mira-sand"}
    assert event.title in ("Arno Vell and Mira Sand in Port Adela, 12 March 2026", "Mira Sand and Arno Vell in Port Adela, 12 March 2026")


def test_two_different_meetings_give_two_events(draft):
    events = cluster_events(_features(_vell_sand(draft, "a"), _reyl_kord(draft, "c"), _vell_sand(draft, "b"), _reyl_kord(draft, "d")))
    assert sorted(sorted(e.doc_ids) for e in events) == [["a", "b"], ["c", "d"]]
    by_doc = {e.doc_ids[0]: e for e in events}
    assert by_doc["a"].date == D("2026-03-12") and by_doc["c"].date == D("2026-03-20")
    assert by_doc["c"].location == "Lund" and set(by_doc["c"].participants) == {"person:tomas-reyl", "person:ina-kord"}


def test_a_roundup_covering_two_meetings_is_linked_to_both_and_its_items_are_split(draft):
    r = draft(
        "r",
        "Presidents Arno Vell and Mira Sand met in Port Adela on 12 March 2026.",
        "Vell and Sand put trade between Norland and Sudria at $3.2 billion.",
        "In Lund, Tomas Reyl held talks with Ina Kord on 20 March 2026.",
        "Reyl and Kord valued the fishing fleet at $900 million.",
        published=D("2026-03-21"),
    )
    for name in VELL_SAND + REYL_KORD:
        r.person(name, name.split()[-1], role="President")
    r.day("12 March 2026", D("2026-03-12"))
    r.day("20 March 2026", D("2026-03-20"))
    r.coded("met in Port Adela", "CONSULT")
    r.coded("held talks", "CONSULT")
    r.figure("$3.2 billion", 3.2e9, measures=TRADE)
    r.figure("$900 million", 9e8, measures="the fishing fleet")
    roundup = r.source()
    features = _features(_vell_sand(draft, "a"), _reyl_kord(draft, "c"), _reyl_kord(draft, "d")) + [document_features(roundup)]
    events = cluster_events(features)
    assert len(events) == 2
    in_events = {e.date: e for e in events}
    first, second = in_events[D("2026-03-12")], in_events[D("2026-03-20")]
    assert "r" in first.doc_ids and "r" in second.doc_ids
    views = scoped(roundup, features[-1], [first, second])
    assert [q.span.text for q in views[first.id].analysis.quantities] == ["$3.2 billion"]
    assert [q.span.text for q in views[second.id].analysis.quantities] == ["$900 million"]


def test_a_roundup_of_two_meetings_on_the_same_day_keeps_them_two_events(draft):
    r = draft(
        "r",
        "Presidents Arno Vell and Mira Sand met in Port Adela on 12 March 2026.",
        "In Lund, Tomas Reyl held talks with Ina Kord on 12 March 2026.",
        published=D("2026-03-13"),
    )
    for name in VELL_SAND + REYL_KORD:
        r.person(name, role="President")
    r.day("12 March 2026", D("2026-03-12"))
    r.day("12 March 2026", D("2026-03-12"), nth=1)
    r.coded("met in Port Adela", "CONSULT")
    r.coded("held talks", "CONSULT")
    lund = [
        _meeting(draft, doc_id, ("Tomas Reyl received Ina Kord in Lund on 12 March 2026.", "Reyl and Kord discussed fisheries."),
                 ("12 March 2026", D("2026-03-12")), REYL_KORD, "Lund", published=D("2026-03-13"))
        for doc_id in ("c", "d")
    ]
    events = cluster_events(_features(_vell_sand(draft, "a"), _vell_sand(draft, "b"), *lund) + [document_features(r.source())])
    assert sorted(sorted(e.doc_ids) for e in events) == [["a", "b", "r"], ["c", "d", "r"]]


def test_an_undated_document_sharing_a_person_and_the_event_type_joins(draft):
    for published in (None, D("2026-03-13")):
        u = _meeting(draft, "u", ("Arno Vell praised the frank talks with his hosts, an aide said.",), None, ("Arno Vell",), published=published)
        unrelated = _meeting(draft, "x", ("Arno Vell opened a tulip farm in his home village, where growers sell bulbs abroad.",), None, ("Arno Vell",), published=published, code=None)
        events = cluster_events(_features(_vell_sand(draft, "a"), _vell_sand(draft, "b"), u, unrelated))
        assert sorted(sorted(e.doc_ids) for e in events) == [["a", "b", "u"], ["x"]], published


# -- commitments

H1_2026 = (D("2026-01-01"), D("2026-06-30"))
NOV_2026 = (D("2026-11-01"), D("2026-11-30"))


def test_an_official_visit_and_a_visit_with_the_same_due_interval_and_actor_are_one_commitment(draft):
    a = draft("a", "Mira Sand invited Arno Vell to pay an official visit to Veloria in the first half of 2026.")
    vell = a.person("Arno Vell")
    a.commitment("invited Arno Vell to pay an official visit to Veloria in the first half of 2026", (vell,),
                 "pay an official visit to Veloria", due=H1_2026, status="invited")
    b = draft("b", "Arno Vell accepted an invitation to visit Veloria in the first half of 2026.")
    b.person("Arno Vell")
    b.commitment("accepted an invitation to visit Veloria in the first half of 2026", (vell,), "visit", obj="Veloria",
                 due=H1_2026, status="accepted")
    [alignment] = align_commitments([a.source(), b.source()], "ev")
    assert alignment.kind == "commitment" and alignment.event_id == "ev"
    assert alignment.verdict == "corroborated" and alignment.independent_sources == 2
    assert alignment.commitment.status_in_text == "accepted" and alignment.commitment.span.doc_id == "b"
    assert alignment.label == "visit Veloria"


def test_a_persons_commitment_and_their_countrys_are_one(draft):
    a = draft("a", "President Arno Vell will attend the summit in Lund in November 2026.")
    vell = a.person("Arno Vell", country="NRL", role="President")
    a.commitment("will attend the summit in Lund in November 2026", (vell,), "attend the summit in Lund", due=NOV_2026)
    b = draft("b", "Norland is ready to take part in the summit in Lund.", "Sudria will attend the summit in Lund.")
    b.country("Norland", "NRL")
    b.country("Sudria", "SDR")
    b.commitment("ready to take part in the summit in Lund", ("country:NRL",), "take part in the summit in Lund", due=NOV_2026, status="speculative")
    b.commitment("will attend the summit in Lund", ("country:SDR",), "attend the summit in Lund", due=NOV_2026)
    alignments = align_commitments([a.source(), b.source()])
    by_size = sorted(([m.span.text for m in al.members] for al in alignments), key=len)
    assert by_size == [
        ["will attend the summit in Lund"],  # Sudria's is another promise
        ["will attend the summit in Lund in November 2026", "ready to take part in the summit in Lund"],
    ]


def test_one_commitment_with_due_intervals_that_do_not_overlap_conflicts(draft):
    sources = []
    for doc_id, when, due in (("a", "in the first half of 2026", H1_2026), ("b", "in November 2026", NOV_2026)):
        d = draft(doc_id, f"Arno Vell will visit Veloria {when}.")
        vell = d.person("Arno Vell")
        d.commitment(f"will visit Veloria {when}", (vell,), "visit Veloria", due=due)
        sources.append(d.source())
    [alignment] = align_commitments(sources)
    assert alignment.verdict == "conflicting"
    assert "different dates" in alignment.reason and "2026-01-01" in alignment.reason and "2026-11-01" in alignment.reason


# -- quotes


def _quoted(draft, doc_id, sentence, words, speaker):
    d = draft(doc_id, sentence)
    d.quote(words, d.person(speaker))
    return d.source()


def test_a_partial_quote_inside_a_longer_one_is_corroborated(draft):
    a = _quoted(draft, "a", 'Mira Sand said: "We will double trade within five years and open new shipping routes."',
                "We will double trade within five years and open new shipping routes.", "Mira Sand")
    b = _quoted(draft, "b", 'Mira Sand promised to "double trade within five years".', "double trade within five years", "Mira Sand")
    [alignment] = align_quotes([a, b])
    assert alignment.kind == "quote" and alignment.verdict == "corroborated" and alignment.independent_sources == 2


def test_the_same_words_given_to_two_speakers_conflict(draft):
    words = "We will double trade within five years."
    a = _quoted(draft, "a", f'Mira Sand said: "{words}"', words, "Mira Sand")
    b = _quoted(draft, "b", f'Arno Vell said: "{words}"', words, "Arno Vell")
    [alignment] = align_quotes([a, b])
    assert alignment.verdict == "conflicting"
    assert alignment.reason == "sources give these words to different speakers: Arno Vell vs Mira Sand"


# -- claims

STATEMENT = "The two sides agreed to build a rail link between Port Adela and Lund by 2030."


def _claim_source(draft, doc_id, *sentences, claims=()):
    d = draft(doc_id, *sentences)
    for needle in claims:
        d.claim(needle)
    return d.source()


def _claim_with(alignments, doc_id, text):
    return next(a for a in alignments if any(m.span.doc_id == doc_id and m.span.text == text for m in a.members))


def test_two_outlets_carrying_one_statement_verbatim_corroborate_it(draft):
    a = _claim_source(draft, "a", "Talks ended in Port Adela on Friday.", STATEMENT, "Officials called the meeting productive.")
    b = _claim_source(draft, "b", "The joint statement was read out after the talks.", STATEMENT, "Markets barely moved.")
    alignment = _claim_with(align_claims([a, b], "ev"), "a", STATEMENT)
    assert alignment.kind == "claim" and alignment.verdict == "corroborated" and alignment.independent_sources == 2
    assert [(m.span.doc_id, m.span.text) for m in alignment.members] == [("a", STATEMENT), ("b", STATEMENT)]


def test_a_paraphrase_sharing_enough_rare_words_aligns_and_an_unrelated_sentence_does_not(draft):
    signed = "The two governments signed an accord on lithium refining near Port Adela."
    paraphrase = "An accord covering lithium refining close to Port Adela was signed by both governments."
    unrelated = "Heavy rain closed the old harbour of Port Adela for two days."
    a = _claim_source(draft, "a", signed, "Talks also covered the fishing quotas of the northern coast.", claims=(signed,))
    b = _claim_source(draft, "b", unrelated, paraphrase, claims=(unrelated, paraphrase))
    alignments = align_claims([a, b])
    together = _claim_with(alignments, "a", signed)
    assert [m.span.text for m in together.members] == [signed, paraphrase] and together.verdict == "corroborated"
    alone = _claim_with(alignments, "b", unrelated)
    assert [m.span.text for m in alone.members] == [unrelated] and alone.verdict == "single_source"


# -- the date of the event


def _date_alignment(result):
    [date] = [a for a in result.alignments if a.kind == "date"]
    return date


def test_two_sources_giving_different_days_for_the_meeting_conflict(draft):
    result = link([_vell_sand(draft, "a").source(), _vell_sand(draft, "b", "13 March 2026", "2026-03-13").source()])
    [event] = result.events
    date = _date_alignment(result)
    assert date.verdict == "conflicting" and date.event_id == event.id
    assert date.reason == "sources date the event differently: 2026-03-12 vs 2026-03-13"


def test_a_side_event_on_another_day_without_the_participants_is_not_a_second_date(draft):
    side = _meeting(
        draft, "c",
        ("A business forum held alongside the talks opened on 13 March 2026.", "President Arno Vell and President Mira Sand held talks in Port Adela."),
        ("13 March 2026", D("2026-03-13")), VELL_SAND, "Port Adela", published=D("2026-03-13"),
    )
    result = link([_vell_sand(draft, "a").source(), _vell_sand(draft, "b").source(), side.source()])
    [event] = result.events
    assert sorted(event.doc_ids) == ["a", "b", "c"]
    date = _date_alignment(result)
    assert date.verdict == "corroborated" and date.independent_sources == 2
    assert date.label == "date of the event: 2026-03-12" and date.doc_ids == ("a", "b")


# -- arithmetic checks


def test_nearly_three_times_lower_is_checked_against_the_two_prices_of_the_next_sentence(draft):
    d = draft("d", "Petrol in Norland is nearly three times lower in price than in Sudria.", "A litre costs 11.43 lira in Sudria and 4.23 lira in Norland.")
    d.figure("nearly three times lower", 3, "ratio", qualifier="approximately")
    d.figure("11.43 lira", 11.43, "TRY")
    d.figure("4.23 lira", 4.23, "TRY")
    [check] = arithmetic_checks(d.source())
    assert check.stated.text == "nearly three times lower" and check.relation == "ratio" and check.stated_value == 3
    assert [s.text for s in check.operands] == ["11.43 lira", "4.23 lira"]
    assert round(check.computed_value, 2) == 2.70 and check.holds


def test_doubled_does_not_hold_for_10_and_35(draft):
    d = draft("d", "Exports to Sudria doubled, from $10 million in 2024 to $35 million in 2025.")
    d.figure("$10 million", 10e6, period=d.period("in 2024", D("2024-01-01"), D("2024-12-31")))
    d.figure("$35 million", 35e6, period=d.period("in 2025", D("2025-01-01"), D("2025-12-31")))
    [check] = arithmetic_checks(d.source())
    assert check.stated.text == "doubled" and check.stated_value == 2
    assert check.computed_value == 3.5 and not check.holds
    assert check.reason.endswith("does not match")


def test_up_20_percent_holds_from_100_in_2024_to_120_in_2025(draft):
    d = draft("d", "Sales of Norland tea abroad were up 20% last year.", "They reached 120 tonnes in 2025, against 100 tonnes in 2024.")
    d.figure("20%", 20, "percent")
    d.figure("120 tonnes", 120, "t", period=d.period("in 2025", D("2025-01-01"), D("2025-12-31")))
    d.figure("100 tonnes", 100, "t", period=d.period("in 2024", D("2024-01-01"), D("2024-12-31")))
    [check] = arithmetic_checks(d.source())
    assert check.relation == "percent_change" and check.stated_value == 20
    assert [s.text for s in check.operands] == ["100 tonnes", "120 tonnes"]  # in time order, not text order
    assert check.computed_value == 20 and check.holds


def test_halved_does_not_hold_when_the_figures_doubled(draft):
    d = draft("d", "Exports halved, from $10 million in 2024 to $20 million in 2025.")
    d.figure("$10 million", 10e6, period=d.period("in 2024", D("2024-01-01"), D("2024-12-31")))
    d.figure("$20 million", 20e6, period=d.period("in 2025", D("2025-01-01"), D("2025-12-31")))
    [check] = arithmetic_checks(d.source())
    assert check.stated.text == "halved" and not check.holds


# -- inconsistencies inside one document


def test_sitting_and_former_title_for_one_person_is_an_inconsistency(draft):
    d = draft("d", "Norland's President Dan Roe spoke.", "Later, former Norland President Roe was quoted.")
    d.person("Dan Roe", "Roe")
    [found] = title_conflicts(d.source())
    assert found.kind == "title_conflict" and "president" in found.reason
    assert [s.text for s in found.spans] == ["President Dan Roe", "former Norland President Roe"]


def test_one_measure_given_two_values_in_two_sentences_is_an_inconsistency(draft):
    d = draft("d", "Trade between Norland and Sudria reached $3.2 billion.", "The minister later put trade between Norland and Sudria at $4.5 billion.")
    d.figure("$3.2 billion", 3.2e9, measures=TRADE)
    d.figure("$4.5 billion", 4.5e9, measures=TRADE)
    [found] = figure_conflicts(d.source())
    assert found.kind == "figure_conflict" and [s.text for s in found.spans] == ["$3.2 billion", "$4.5 billion"]
    assert "'$3.2 billion'" in found.reason and "'$4.5 billion'" in found.reason


def test_two_values_of_one_measure_in_one_sentence_are_a_comparison_not_an_inconsistency(draft):
    d = draft("d", "Petrol costs €4 a litre in Norland, compared to €11 in Sudria.")
    d.figure("€4", 4, "EUR", measures="petrol price")
    d.figure("€11", 11, "EUR", measures="petrol price")
    assert figure_conflicts(d.source()) == []


def _due(start, end, by=False):
    from readout.model import Commitment
    span = Span(doc_id="d", start=0, end=4, text="plan")
    return Commitment(span=span, actors=(), action="conclude a framework", due_start=start, due_end=end, due_by=by)


def test_two_deadlines_agree_only_on_the_same_last_day():
    from readout.link.commitments import dates_agree
    end_2026 = _due(dt.date(2026, 4, 14), dt.date(2026, 12, 31), by=True)
    end_2028 = _due(dt.date(2026, 4, 14), dt.date(2028, 12, 31), by=True)
    undated_start = _due(None, dt.date(2026, 12, 31), by=True)
    assert not dates_agree(end_2026, end_2028)  # "by 2028" against "by the end of 2026"
    assert dates_agree(end_2026, undated_start)  # the same deadline, one source's publication date unknown
    assert dates_agree(undated_start, _due(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))  # "in March" meets the deadline
    assert not dates_agree(undated_start, _due(dt.date(2027, 1, 1), dt.date(2027, 12, 31)))  # "in 2027" misses it
    assert dates_agree(end_2028, _due(None, None))  # an undated statement agrees with any
