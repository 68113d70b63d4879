"""compose_brief on a hand-built event: what it selects, how it ranks, and that every item is cited."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from readout.model import Citation, Document, Event, LinkResult, Source
from readout.present.compose import VERDICT_ORDER, compose_brief


def _walk(obj, path="brief"):
    """Every model object inside the brief, with where it is."""
    if isinstance(obj, BaseModel):
        yield path, obj
        for name in type(obj).model_fields:
            yield from _walk(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, (tuple, list)):
        for i, x in enumerate(obj):
            yield from _walk(x, f"{path}[{i}]")


def test_every_item_with_citations_has_at_least_one(brief):
    cited = [(path, o) for path, o in _walk(brief) if "citations" in type(o).model_fields]
    assert len(cited) > 20
    assert [path for path, o in cited if not o.citations] == []


def test_every_citation_points_at_its_sentence_and_its_exact_characters(brief):
    sources = {s.number: s for s in brief.sources}
    citations = [o for _, o in _walk(brief) if isinstance(o, Citation)]
    assert citations
    for c in citations:
        source = sources[c.source_number]
        assert c.doc_id == source.doc_id
        assert c.label == f"[{c.source_number}:s{c.sentence}]"
        sentence = source.sentences[c.sentence - 1]
        assert sentence.start <= c.span.start < sentence.end, c
        assert source.text[c.span.start : c.span.end] == c.span.text


def test_event_facts_are_cited_from_every_source_that_gives_them(brief):
    assert brief.title == "Briefing: Tove Arneson and Kai Lund, 9 May 2031"
    assert brief.date.text == "9 May 2031"
    assert [c.label for c in brief.date.citations] == ["[1:s1]", "[2:s1]"]
    assert brief.location.text == "Port Ellis"
    assert [(p.name, p.role) for p in brief.participants] == [("Tove Arneson", "President"), ("Kai Lund", "Prime Minister")]


def test_a_participant_no_source_mentions_is_not_reported(sample):
    event = sample.event.model_copy(update={"participants": sample.event.participants + ("person:nobody",),
                                            "participant_names": sample.event.participant_names + ("Nobody Named",)})
    brief = compose_brief(event, sample.sources, sample.link, sample.commitments, sample.as_of)
    assert "Nobody Named" not in [p.name for p in brief.participants]


def test_summary_takes_one_sentence_per_independent_source(brief):
    sources = [c.source_number for s in brief.summary for c in s.citations]
    assert sources == [1, 2]  # the near copy (source 3) adds nothing


def test_takeaways_rank_corroborated_then_conflicts_then_single_source(brief):
    verdicts = [t.verdict for t in brief.takeaways]
    assert verdicts == sorted(verdicts, key=VERDICT_ORDER.get)
    assert verdicts[0] == "corroborated" and "conflicting" in verdicts and verdicts[-1] == "single_source"
    first = brief.takeaways[0]
    assert first.text == "The leaders agreed to open a ferry line by the end of 2031."  # most check-worthy of the corroborated
    assert first.independent_sources == 2


def test_single_source_takeaways_need_a_check_worthy_sentence(brief):
    texts = [t.text for t in brief.takeaways]
    assert any(t.startswith("Fuel in Sudmark costs") for t in texts)  # check-worthiness 0.8
    assert not any(t.startswith("Bilateral trade stood") for t in texts)  # 0.3: left to the figures table


def test_one_takeaway_per_sentence(brief):
    labels = [t.citations[0].label for t in brief.takeaways if t.verdict != "conflicting"]
    assert len(labels) == len(set(labels))  # the ferry claim and the ferry commitment share a sentence


def test_a_conflicting_figure_lists_each_value_with_the_sources_that_give_it(brief):
    trade = next(f for f in brief.figures if f.label == "bilateral trade (USD)")
    assert trade.verdict == "conflicting"
    assert [(r.as_written, r.source_numbers) for r in trade.readings] == [("$4.2 billion", (1, 3)), ("about $5 billion", (2,))]
    assert [r.value for r in trade.readings] == [4.2e9, 5e9]
    assert trade.as_written == "$4.2 billion" and trade.period == "2030"
    conflict = next(c for c in brief.conflicts if c.label == "bilateral trade (USD)")
    assert [r.source_numbers for r in conflict.readings] == [(1, 3), (2,)]
    takeaway = next(t for t in brief.takeaways if t.verdict == "conflicting")
    assert takeaway.text == "Sources disagree on bilateral trade (USD)" and len(takeaway.readings) == 2


def test_figures_follow_the_takeaway_order(brief):
    assert [f.verdict for f in brief.figures] == ["conflicting", "single_source"]


def test_commitments_in_due_order_with_their_state(brief):
    assert [(c.action, c.state) for c in brief.commitments] == [
        ("sign a customs protocol", "past_due_unconfirmed"),
        ("open a ferry line", "upcoming"),
    ]
    ferry = brief.commitments[1]
    assert ferry.verdict == "corroborated" and [c.label for c in ferry.citations] == ["[1:s4]", "[2:s3]"]


def test_quotes_grouped_by_speaker(brief):
    assert [(g.speaker, [q.text for q in g.quotes]) for g in brief.quotes] == [
        ("Tove Arneson", ["This port will carry our shared future."]),
        ("Kai Lund", ["a new chapter"]),
    ]


def test_inconsistencies_and_checks_are_reported_with_their_values(brief):
    assert [(i.kind, i.source_number) for i in brief.inconsistencies] == [("title_conflict", 2)]
    check = brief.checks[0]
    assert (check.stated, check.stated_value, check.computed_value, check.operands, check.holds) == (
        "nearly three times more", 3.0, 3.1, ("9.30", "3.00"), True)


def test_rhetoric_per_source_with_most_frequent_techniques_first(brief):
    assert [r.source_number for r in brief.rhetoric] == [1, 3]  # source 2 has no marker to cite
    assert {t.technique for t in brief.rhetoric[0].techniques} == {"loaded_language", "exaggeration"}


def test_sources_are_named_by_outlet_never_by_path(brief):
    assert [(s.number, s.outlet, s.title) for s in brief.sources] == [
        (1, "Harbour Times", "Leaders agree port deal"),
        (2, "Sudmark Daily", "Lund hosts Arneson"),
        (3, None, None),
    ]
    assert brief.sources[2].near_duplicate_of == 1
    assert brief.sources[0].url == "https://www.harbourtimes.example/news/port-deal"
    assert brief.sources[1].url is None  # a local path is not a URL
    assert "/home/analyst" not in brief.model_dump_json()


def test_the_outlet_falls_back_to_the_domain_of_the_url_and_rejects_paths():
    def source(**fields) -> Source:
        from readout.model import Analysis

        document = Document(id="d", source=fields.pop("source", "stdin"), text="Some text.", **fields)
        return Source(document=document, analysis=Analysis(doc_id="d", analyzer="test"))

    def outlet(**fields):
        brief = compose_brief(None, [source(**fields)], LinkResult(), [], dt.date(2031, 1, 1))
        return brief.sources[0].outlet

    assert outlet(url="https://www.example-news.test/a/b") == "example-news.test"
    assert outlet(source="https://wire.example/story") == "wire.example"
    assert outlet(outlet="/srv/corpus/article.txt") is None
    assert outlet(outlet="C:\\corpus\\article.txt") is None
    assert outlet(outlet="article.html") is None
    assert outlet(outlet="The Daily Example") == "The Daily Example"


def test_items_of_documents_outside_the_brief_are_left_out(brief):
    assert "figure-elsewhere" not in [a.id for a in brief.alignments]
    assert {c.doc_id for _, c in _walk(brief) if isinstance(c, Citation)} <= {s.doc_id for s in brief.sources}


def test_without_an_event_the_brief_still_says_what_its_sources_say(sample):
    brief = compose_brief(None, sample.sources, sample.link, sample.commitments, sample.as_of)
    assert brief.title == "Briefing: Leaders agree port deal"
    assert brief.date is None and brief.participants == ()
    assert brief.figures and brief.takeaways


def test_an_empty_event_gives_an_empty_but_valid_brief():
    brief = compose_brief(Event(id="e", title="Nothing"), [], LinkResult(), [], dt.date(2031, 1, 1))
    assert brief.title == "Briefing: Nothing" and brief.sources == () and brief.takeaways == ()


def test_an_item_whose_spans_are_all_outside_the_brief_is_not_reported(sample):
    from readout.model import Inconsistency, Span

    elsewhere = Span(doc_id="not-in-this-brief", start=0, end=10, text="0123456789")
    row = sample.commitments[0].model_copy(update={
        "commitment": sample.commitments[0].commitment.model_copy(update={"span": elsewhere, "action": "do something elsewhere"}),
        "also_in": ()})
    link = sample.link.model_copy(update={"inconsistencies": sample.link.inconsistencies + (
        Inconsistency(doc_id="not-in-this-brief", kind="title_conflict", reason="elsewhere", spans=(elsewhere,)),)})
    brief = compose_brief(sample.event, sample.sources, link, [*sample.commitments, row], sample.as_of)
    assert "do something elsewhere" not in [c.action for c in brief.commitments]
    assert "elsewhere" not in [i.reason for i in brief.inconsistencies]
