"""Speed paths of the quote reader give the answers of the slower code they replace."""

from __future__ import annotations

from readout.analyze.quotes import SpeakerResolver


def test_a_pronoun_asked_about_twice_is_resolved_once_with_the_same_answer(nlp):
    quotes = nlp.get_pipe("readout_quotes")
    doc = nlp("Jonas Erikson opened the new bridge on Friday. He said the city would add two more lanes.")
    resolver = SpeakerResolver(doc, quotes.cues)
    he = next(t for t in doc if t.lower_ == "he")
    asked: list[int] = []
    resolve = resolver.persons.resolve
    resolver.persons.resolve = lambda span: asked.append(span.start) or resolve(span)
    first = resolver._previous_person(doc[he.i : he.i + 1])
    again = doc[he.i : he.i + 1]
    second = resolver._previous_person(again)
    assert first.name == second.name and first.name is not None and first.name == "Jonas Erikson"
    assert first.entity_id == second.entity_id and second.span is again  # the span asked about, the first answer
    assert asked == [he.i]  # the resolver was asked once
