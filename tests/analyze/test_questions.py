"""The shared reading of a clause asked as a direct question (events and commitments both use it)."""

from readout.analyze.questions import asked_directly


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_an_auxiliary_before_the_subject_and_a_question_mark_ask(nlp):
    assert asked_directly(_verb(nlp, "When will the ferry company lower its fares?", "lower"))
    assert asked_directly(_verb(nlp, '"Will the harbour board publish the audit?" a reporter asked.', "publish"))
    assert asked_directly(_verb(nlp, "I want to ask you, will the ferry company lower its fares?", "lower"))


def test_a_statement_or_an_indirect_question_is_not_asked_directly(nlp):
    assert not asked_directly(_verb(nlp, "The ferry company will lower its fares in May.", "lower"))
    assert not asked_directly(_verb(nlp, "Nobody knows when the ferry company will lower its fares.", "lower"))
    assert not asked_directly(_verb(nlp, "Will said the ferry company lowers its fares in May.", "lowers"))


def test_an_opening_auxiliary_the_parser_hangs_on_a_name_still_asks(nlp):
    # the parser tags "Tamsin" a verb and hangs "will" on it, not on "be"
    assert asked_directly(_verb(nlp, "Sam, I want to ask you, will Tamsin Holt be there?", "be"))
