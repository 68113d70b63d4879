import re

import pytest

from readout.analyze.regex_start import start_class


def test_the_class_holds_what_a_match_can_start_with():
    assert start_class(r"(?:(?i:the) )?(?P<m>May|June)\b") == "[JMTt]"
    assert start_class(r"\d{1,3} days") == r"[\d]"
    assert start_class(r"(?<=the )(?:[a-c]|x)") == "[abcx]"


def test_a_case_insensitive_letter_brings_its_other_cases_and_the_characters_that_match_it():
    cls = start_class(r"(?i:since|k)")
    assert set("sSkK\u017f\u212a") <= set(cls)
    assert re.match(f"{cls}", "\u017f") and re.fullmatch(r"(?i:since)", "\u017fince")


@pytest.mark.parametrize("pattern", [r"[^a]b", r"(?:x)?", r".a", r"(?i:é)", r"(?>a)b"])
def test_no_class_for_what_it_cannot_read_or_an_empty_match(pattern):
    assert start_class(pattern) is None
