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
