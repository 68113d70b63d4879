"""Language detection: ISO 639-1 codes, offline; the input's own declaration only when the text is too short."""

from __future__ import annotations

import pytest

from readout.ingest.language import detect_language
from readout.ingest.pages import page_from_text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The ministers met on Tuesday and agreed to resume the talks next month.", "en"),
        ("Министры встретились во вторник и договорились возобновить переговоры в следующем месяце.", "ru"),
        ("Les ministres se sont réunis mardi et ont convenu de reprendre les négociations le mois prochain.", "fr"),
        ("Die Minister trafen sich am Dienstag und vereinbarten, die Gespräche im nächsten Monat fortzusetzen.", "de"),
        ("两国外长周二举行会晤，同意下个月恢复谈判，并将就贸易问题继续磋商。", "zh"),
    ],
)
def test_detected_languages(text, code):
    assert detect_language(text) == code


def test_short_text_falls_back_to_the_declared_language():
    assert detect_language("Oui.", "fr-FR") == "fr"
    assert detect_language("Oui.", "not a code") is None


def test_a_russian_page_is_marked_russian_even_if_the_template_says_english():
    body = "<p>Министры встретились во вторник и договорились возобновить переговоры в следующем месяце.</p>"
    document = page_from_text(f"<html lang='en'><body><article>{body * 3}</article></body></html>", "ru.html", "html")
    assert document.language == "ru"


def test_every_language_the_detector_knows_can_be_named():
    from readout.ingest.language import nameable_languages

    names = nameable_languages()
    assert len(names) == 75 and {"da", "nb", "nn", "hr", "sk", "ca", "sw"} <= set(names)
    danish = ("Udenrigsministrene fra de to lande blev tirsdag enige om en ny fiskeriaftale, som skal gælde i fem år. "
              "Aftalen giver fartøjerne adgang til hinandens farvande for nogle arter, og fiskerne hilste den velkommen.")
    assert detect_language(danish) == "da"
