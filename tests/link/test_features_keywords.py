"""A document's keywords are the same in every process: ties go by the word, not by a set's hash order."""

from __future__ import annotations

import datetime as dt

from readout.link.features import KEYWORDS, document_features
from readout.link.similarity import content_words

WORDS = ("harbour tariffs customs visas students pilgrims grain fertilizer credit banking roaming satellites vaccines copper "
         "lithium textiles wine coffee cotton steel cement timber shipping ferries railway pipeline tourism fisheries energy "
         "agriculture education security investment")


def test_keywords_tied_in_count_are_the_first_by_the_word(draft):
    sentence = WORDS.capitalize() + "."
    source = draft("ties", sentence, "Copper and wine.", published=dt.date(2026, 5, 12)).source()
    stems = sorted(content_words(sentence))
    assert len(stems) > KEYWORDS  # more words than are kept, all but two said once
    twice = sorted(content_words("Copper and wine."))
    assert len(twice) == 2
    expected = sorted(twice + [w for w in stems if w not in twice][: KEYWORDS - len(twice)])
    assert document_features(source).keywords == tuple(expected)
