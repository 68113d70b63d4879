"""NewsQuant (CQE, EMNLP 2023): quantities in news sentences, scored the way its authors score.

Each sentence is analyzed on its own; every predicted quantity becomes a
(value, unit) pair in the dataset's vocabulary: the value as written (12.5 bcm
stays 12.5, not 1.25e10 m3), ranges as (low, high), and the unit as the
dataset's normalized unit name ("dollar", "percentage", "kilometre per hour",
counted nouns in the singular). As in CQE_Evaluation (evaluate_models.py), a
gold quantity counts for "value" when some prediction of its sentence has the
same value (numpy.isclose defaults) and for "value+unit" when that prediction
also has the same unit; unlike the original loop, each prediction is used once.
Precision divides by all predictions, recall by all gold quantities.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from readout.analyze.quantity_grammar import bare_tons, classify_unit, parse_number, ton_expression, unnoised
from readout.analyze.units import currency_name, from_canonical, lexicon, pint_name
from readout.eval.metrics import BenchmarkReport, Score
from readout.eval.public import shared_eval_dir
from readout.model import Document, Quantity
from spacy.tokens import Doc

FILENAME = "newsquant-dev.json"
# Published on the full NewsQuant (CQE, EMNLP 2023): keyed like our metrics so they sit on the same row.
PUBLISHED = {"value_f1": 92.0, "value_unit_f1": 85.6, "quantulum3 value_f1": 73.0, "quantulum3 value_unit_f1": 47.2}

# Our canonical units -> the dataset's normalized unit names.
CURRENCY_NAMES = {
    "USD": "dollar", "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar",
    "NZD": "new zealand dollar", "SGD": "singapore dollar", "EUR": "euro", "GBP": "pound sterling",
    "JPY": "japanese yen", "CNY": "chinese yuan", "RUB": "russian ruble", "INR": "indian rupee",
    "KRW": "south korean won", "ILS": "shekel", "MYR": "malaysian ringgit", "BRL": "brazilian real",
    "CHF": "swiss franc", "TRY": "turkish lira", "ZAR": "south african rand", "DKK": "danish krone",
    "SEK": "swedish krone", "NOK": "norwegian krone",
}
# CQE's unit dictionary (CQE/unit.json, whose keys NewsQuant's normalized units are) names these as words of their own:
# "rupee(s)" and the sign "Rs" alone are "rupee" (only "Indian rupee" and "INR" are "indian rupee"). Its SEK is "swedish krone".
BARE_CURRENCY_NAMES = {"rupees": "rupee", "rupee": "rupee", "rs": "rupee", "rs.": "rupee"}
SUBUNIT_NAMES = {"cents": "cent", "cent": "cent", "sen": "sen", "pence": "penny", "kopecks": "kopeck", "p": "point", "c": "cent"}
# A multiple or a ratio ("sevenfold", "by a factor of five", "won 3-1") has no unit: NewsQuant writes a figure with none
# as "-" (the fit part's bare levels, "rose 8.15% to 3.65", and its score "2-0"); a share of a group is "% " and the
# group, below.
# "three times" is "count": CQE's unit dictionary reads "time(s)" as a count, as it does "instance"; other multiples
# ("fivefold", "a factor of ten") have no unit word and are "-".
_TIMES = re.compile(r"\btimes?\b", re.I)
OTHER_NAMES = {"percent": "percentage", "percentage_point": "percentage point", "basis_point": "basis point",
               "ratio": "-", "rank": "rank", "count": "-"}
PINT_NAMES = {
    "meter": "metre", "kilometer": "kilometre", "centimeter": "centimetre", "millimeter": "millimetre",
    "micrometer": "micrometre", "nanometer": "nanometre", "liter": "litre", "milliliter": "millilitre", "pound": "pound-mass",
    "metric_ton": "metric ton", "ton": "short ton", "long_ton": "long ton", "degree_Celsius": "celsius", "degree_Fahrenheit": "fahrenheit",
    "kilowatt_hour": "kilowatt hour", "megawatt_hour": "megawatt hour", "gigawatt_hour": "gigawatt hour",
    "terawatt_hour": "terawatt hour", "milliampere_hour": "milliampere-hour", "bbl_oil": "barrel",
    "turn / minute": "revolutions per minute", "metric_horsepower": "horsepower", "foot * force_pound": "pound-foot", "meter * newton": "newton metre", "ppb": "parts-per-billion",
    "ppm": "part per million", "mmbtu": "mega british thermal unit", "bcm": "billion cubic metre",
}
DURATION_RATES = {"year", "quarter", "month", "week", "day", "hour"}
DURATION_NAMES = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
                  "months": "month", "years": "year", "decades": "decade"}


@lru_cache(maxsize=1)
def _noun_lemmatizer():
    """spaCy's rule lemmatizer of the configured pipeline, with its vocabulary (loaded once, for the adapter)."""
    from readout.analyze.nlp import load_base

    nlp = load_base()
    return nlp.vocab, nlp.get_pipe("lemmatizer")


@lru_cache(maxsize=4096)
def singular(noun: str) -> str:
    """The English singular of a counted noun, as NewsQuant's normalized units write it ('students' -> 'student').

    NewsQuant's unit names are lemmas ("best wireless speakers" -> "good wireless speaker"), so spaCy's
    lemmatizer, read as a plural noun, gives them: it knows "crises", "knives", "buses", "mice", "indices",
    which a suffix rule gets wrong. The suffix rule below stays for words it leaves unchanged.
    """
    if len(noun) > 3 and noun.replace("-", "").isalpha():
        vocab, lemmatizer = _noun_lemmatizer()
        doc = Doc(vocab, words=[noun])
        doc[0].pos_, doc[0].tag_ = "NOUN", "NNS"
        lemmas = lemmatizer.rule_lemmatize(doc[0])
        if len(lemmas) > 1 and _suffix_singular(noun) in lemmas:
            return _suffix_singular(noun)  # "doses", "taxes", "bases": the lemmatizer also offers "dos", "taxis", "basis"
        if lemmas[0] != noun and not _singular_in_s(noun, lemmas[0]):
            return lemmas[0]
    return _suffix_singular(noun)


def _singular_in_s(noun: str, lemma: str) -> bool:
    """A singular noun ending in -ss, -us or -is ("witness", "census", "crisis"), which the lemmatizer, told the word is
    a plural, cuts to a stem that is no noun ("witnes"); a plural of a noun in -u or -i ("gurus", "taxis") cuts to one
    spaCy knows."""
    return noun.endswith(("ss", "us", "is")) and lemma == noun[:-1] and (noun.endswith("ss") or lemma not in _nouns())


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """spaCy's English nouns (its lemma index)."""
    _, lemmatizer = _noun_lemmatizer()
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])


# NewsQuant drops the conjunction between two modifiers ("Ford and Fiat vans" -> "ford fiat van"), the adverb of a
# superlative ("the most spectacular catches" -> "spectacular catch") and the word of a count added or taken away
# ("two more banks" counts banks)
_DROPPED_MODIFIERS = frozenset(("and", "or", "most", "least", "more", "fewer"))


@lru_cache(maxsize=4096)
def _adjective_lemma(word: str) -> str:
    """A superlative modifier as NewsQuant's unit names write it, a lemma ("best" -> "good", "largest" -> "large"):
    spaCy's exceptions, or its suffix rules where the stem is an adjective it knows ("honest", "west" stay)."""
    if not word.endswith("st") or not word.isalpha():
        return word
    _, lemmatizer = _noun_lemmatizer()
    known, irregular = _adjective_tables()
    if word in irregular:
        return irregular[word][0]
    for old, new in lemmatizer.lookups.get_table("lemma_rules")["adj"]:
        if old == "est" and word.endswith(old) and (stem := word[: -len(old)] + new) in known:
            return stem
    return word


@lru_cache(maxsize=1)
def _adjective_tables() -> tuple[frozenset[str], dict[str, list[str]]]:
    """spaCy's English adjectives (its lemma index) and their irregular forms ("best": "good", "worst": "bad")."""
    _, lemmatizer = _noun_lemmatizer()
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["adj"]), dict(lemmatizer.lookups.get_table("lemma_exc")["adj"])


def _suffix_singular(noun: str) -> str:
    if noun.endswith("children"):  # "grandchildren" -> "grandchild"
        return noun[:-3]
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def _physical_name(expression: str) -> str:
    name = pint_name(expression)
    if name in PINT_NAMES:
        return PINT_NAMES[name]
    parts = []
    for part in name.split(" / "):
        base, _, power = part.strip().partition(" ** ")
        word = PINT_NAMES.get(base, base.replace("_", " "))
        parts.append({"2": f"square {word}", "3": f"cubic {word}"}.get(power, word))
    return " per ".join(parts)


def _per_name(per: str) -> str:
    """The dataset's name of what a price is per: 'gallon', 'square metre', 'share'."""
    kind, expression, _ = classify_unit(per)
    if per.lower() in ("pound", "pounds"):
        return "pound-mass"  # "$1.62 a pound": a price is per pound weighed, as NewsQuant names "1lb"
    if kind == "physical":
        return _physical_name(expression)
    return singular(per.lstrip("0123456789. "))


def _written_unit(display: str) -> str:
    """The unit word of a display unit: 'billion mile' -> 'mile', 'bcm/year' -> 'bcm', 'km/h' stays."""
    head = display if classify_unit(display)[0] != "bare" else display.split("/")[0].strip()
    words = head.split()
    scales = {"thousand", "million", "billion", "trillion", "hundred", "bn", "mln", "m", "k", "lakh", "lakhs", "crore", "crores"}
    while len(words) > 1 and words[0].lower() in scales:
        words = words[1:]
    return " ".join(words)


_WRITTEN_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_AGE_WORD_BEFORE = re.compile(r"\bage\s+(?:of\s+)?\(?$", re.I)  # "the age of 21", "age 14", "average age (63)"


def to_newsquant(q: Quantity, text: str) -> tuple[float | tuple[float, float], str]:
    """(value as written, dataset unit name) for one predicted quantity."""
    value, high = q.value, q.value_high
    base, _, per = q.unit.partition("/")
    after = text[q.span.end : q.span.end + 5].lower()
    display = q.display_unit or ""
    if q.span.text.lower() == "dozens" and high is not None:
        value, high = 12.0, None  # NewsQuant writes "dozens of" as 12 ("dozens of vehicles"); readout reads 12-120
    bare_currency = BARE_CURRENCY_NAMES.get(base) or BARE_CURRENCY_NAMES.get(_written_unit(display).split(" ")[0].lower())
    if base in lexicon()["shared_currency_words"]["words"] and base in lexicon()["currency_words"]:
        # "800 million pesos" with no country: readout leaves the word; NewsQuant names one currency, the word's most
        # common reading (the lexicon's, as CQE's unit normalizer reads bare "pesos" as Mexican pesos)
        base = lexicon()["currency_words"][base]
    money = base in CURRENCY_NAMES or (len(base) == 3 and base.isalpha() and base.isupper() and currency_name(base) != base)
    if money:
        written = _written_unit(display).lower()
        if written in SUBUNIT_NAMES:
            # "3.5p" held as 0.035 pounds: back to pence without floating-point noise (3.5, not 3.5000000000000004)
            value, high = unnoised(value * 100), (unnoised(high * 100) if high is not None else None)
            name = SUBUNIT_NAMES[written]
        elif bare_currency:
            name = bare_currency  # "450 rupees", "Rs 40 crore" (a Pakistani sum too): CQE's "rupee", a word of its own
        else:
            name = CURRENCY_NAMES.get(base) or currency_name(base).lower()  # CLDR's name: "egyptian pound"
    elif base == "ratio" and display == "share":
        name = "% -"  # a share of no group written ("about two-thirds said"), as NewsQuant writes "half of which"
    elif base == "ratio" and display in ("of", "out of"):
        # a share of a group: NewsQuant writes "% " and the group ("two out of five Danes" -> "% danes")
        group = [w for w in (q.measures or "").lower().split() if w not in ("the", "a", "an", "which", "them", "those", "these", "all")]
        name = "% " + (" ".join(group) or "-")
    elif base in ("degC", "degree_temperature") and _written_unit(display).lower() in ("degree", "degrees"):
        # "40 degrees" of heat: NewsQuant writes "degree" and the figure as written, whatever scale readout read it in
        figures = [float(f) for f in _WRITTEN_FIGURE.findall(q.span.text)]
        sign = -1.0 if value < 0 or "minus" in q.span.text.lower() else 1.0
        if figures:
            value, high = sign * figures[0], (sign * figures[-1] if high is not None else None)
        name = "degree"
    elif base == "ratio" and _TIMES.search(q.span.text):
        name = "count"  # "grew three times faster": CQE's unit dictionary reads "times" as a count
    elif base in OTHER_NAMES:
        name = OTHER_NAMES[base]
    elif base in DURATION_NAMES:
        aged = display == "age" or re.search(r"[- ]olds?$", q.span.text) is not None or after.startswith(("-old", " old"))
        name = f"{DURATION_NAMES[base]} of age" if aged else DURATION_NAMES[base]
        if display == "age" and _AGE_WORD_BEFORE.search(text, max(0, q.span.start - 12), q.span.start):
            name = "age"  # "over the age of 21", "under age 14": NewsQuant names the unit by the word written, not years
    else:
        kind, expression, _ = classify_unit(_written_unit(display)) if display else ("bare", "", 1.0)
        if base in lexicon()["units_counted_apart"]["words"]:
            kind = "bare"  # "three doctoral degrees": counted diplomas, which readout reports as a count, not an angle
        if display in (letters := lexicon()["letter_units"]["letters"]) and base not in ("degC", "delta_degC"):
            expression = letters[display][1]  # "2.5 F" of a capacitor: farads, not the temperature the letter also names
        if expression == "metric_ton" and bare_tons(display):
            expression = ton_expression(text)  # "tons" alone in American English: short tons, as readout read them
        if base == "kg" and display.lower() in ("pounds", "pound"):
            kind, expression = "physical", "pound"  # pounds weighed ("weighs 200 pounds"): the word also names sterling
        if kind == "physical" and per == "100km":
            name = f"{_physical_name(expression)} per 100 kilometre"  # "5.6 litres per 100km": the value as written
        elif kind == "physical":
            rate = per if per in ("year", "day") and display.endswith(f"/{per}") else None
            written = expression
            if base.startswith("delta_"):  # a temperature change ("warmed by 3.6 degrees Fahrenheit"): back by ratio only
                written = {"degree_Fahrenheit": "delta_degF", "degree_Celsius": "delta_degC"}.get(expression, expression)
            value = from_canonical(value, written)  # a flow's value is in the unit as written, the rate only names it
            high = from_canonical(high, written) if high is not None else None
            name = _physical_name(f"({expression}) / {rate}" if rate else expression)
            if name == "pound-foot" and not display.lower().startswith("pound"):
                name = "foot pound-force"  # NewsQuant names torque as written: "332 lb-ft" by its abbreviation, "pound-feet" as spelled
        elif q.measures and base and base in (words := q.measures.lower().split()):
            # NewsQuant keeps the words before a counted noun: "rival teams" -> "rival team",
            # "new episodes of a quiz show" -> "new episode"
            before = words[: words.index(base)]
            kept = len(before)
            while kept > 0 and before[kept - 1].replace("-", "").isalpha() and not _group_word(before[kept - 1]):
                kept -= 1  # only the words right before the noun ("In all, 2,450,000 Canadians" -> "canadian")
            # NewsQuant drops the conjunction between two modifiers ("Ford and Fiat vans" -> "ford fiat van")
            name = " ".join([*(_adjective_lemma(w) for w in before[kept:] if w not in _DROPPED_MODIFIERS), singular(base)])
        else:
            name = singular(base) if base else "-"
        if kind != "physical" and per in DURATION_RATES and base not in OTHER_NAMES:
            name = f"{name} per {per}"  # a count with a time rate, as NewsQuant writes a flow ("barrel per day"): "500 cars a day"
    # a conversion in brackets takes the rate written after the bracket in readout ("9 billion rand ($600 million) a
    # year"); NewsQuant writes the rate only on the figure it follows
    bracketed = text[q.span.start - 1 : q.span.start] == "(" and text[q.span.end : q.span.end + 1] == ")"
    if money and "/" in display and not (bracketed and display.rsplit("/", 1)[1] in DURATION_RATES):
        name = " per ".join([name, *(_per_name(per) for per in display.split("/")[1:])])  # "dollar per person per night"
    if high is not None and _written_from_top(q.span.text, value, high):
        value, high = high, value  # "2.6 A/cm2 to 0.04 A/cm2": NewsQuant writes a range in the order written
    return ((value, high) if high is not None else value), name


_TO_SPLIT = re.compile(r"\s+to\s+", re.I)


def _written_from_top(span: str, low: float, high: float) -> bool:
    """A range written from its upper end ("90 metres to 40 metres"); readout holds ranges low to high.

    The written figures must stand in the ratio of the ends, so "$750,000 to $1 million" is not turned round."""
    parts = _TO_SPLIT.split(span.replace(",", ""), maxsplit=1)
    figures = [_WRITTEN_FIGURE.search(part) for part in parts]
    if len(parts) != 2 or not all(figures) or low <= 0:
        return False
    first, second = (float(f.group()) for f in figures)  # type: ignore[union-attr]
    return second > 0 and first > second and _close(first / second, high / low)


# words that open a noun phrase rather than describe its noun: "3 of the 12 banks", "three of its last four games"
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "these", "those", "this", "that", "all", "some", "each", "every"}


SCALE_WORDS = {"dozen", "hundred", "thousand", "million", "billion", "trillion", "m", "bn", "mn", "k"}


def _group_word(word: str) -> bool:
    """A determiner, a number word or a scale word: where the words NewsQuant keeps before a counted noun stop
    ("2 million Britons" counts "briton", not "million briton")."""
    return word in DETERMINERS or word in SCALE_WORDS or parse_number(word) is not None


def _gold_value(raw: str) -> float | tuple[float, float]:
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = raw.split("-", 1)
        return float(low), float(high)
    return float(raw)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-05, abs_tol=1e-08) or abs(a - b) <= 1e-08 + 1e-05 * abs(b)


def values_match(gold: float | tuple[float, float], predicted: float | tuple[float, float]) -> bool:
    if isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    if isinstance(gold, tuple):
        return _close(gold[0], predicted[0]) and _close(gold[1], predicted[1])  # type: ignore[index]
    return _close(gold, predicted)  # type: ignore[arg-type]


def category(unit: str) -> str:
    """A coarse category of a dataset unit, to name the weakest kinds of quantity."""
    if unit in ("percentage", "percentage point", "basis point"):
        return "percent"
    if unit in set(CURRENCY_NAMES.values()) | {"cent", "sen", "penny"} or unit.startswith(("dollar", "cent ")):
        return "money"
    if unit in ("year", "month", "day", "hour", "minute", "second", "week"):
        return "duration"
    if unit in ("year of age",):
        return "age"
    if unit in ("-", "count", "point"):
        return "bare number"
    if unit in set(PINT_NAMES.values()) or any(w in unit for w in ("metre", "mile", "foot", "inch", "yard", "watt", "gram", "hertz", "byte", "horsepower", "celsius", "fahrenheit", "gallon", "litre", "barrel", "ton")):
        return "physical unit"
    return "counted noun"


def _nlp():
    from readout.analyze.nlp import load_pipeline

    return load_pipeline(disable=("readout_quotes", "readout_rhetoric", "readout_claims", "readout_commitments", "readout_events"))


def predict(sentences: list[str], nlp=None) -> list[list[tuple[float | tuple[float, float], str]]]:
    """Our quantities for each sentence, in the dataset's terms."""
    from readout.analyze.analyzer import analyze_many
    from readout.errors import AnalyzeError

    nlp = nlp or _nlp()
    documents = [
        Document(id=hashlib.sha256(f"{i}:{s}".encode()).hexdigest()[:16], source=f"newsquant:{i}", text=s, language="en")
        for i, s in enumerate(sentences)
    ]
    out = []
    for document, analysis in zip(documents, analyze_many(documents, nlp)):
        if isinstance(analysis, AnalyzeError):
            out.append([])
            continue
        out.append(from_to_pairs(analysis.quantities, document.text))
    return out


_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
_TO_BETWEEN = re.compile(r"^(?:[^.;!?()]|\.(?=\d)){0,40}?\bto\s*$", re.I)


def from_to_pairs(quantities, text: str) -> list[tuple[float | tuple[float, float], str]]:
    """Our quantities in the dataset's terms, a change "from A [...] to B" written as one (A, B) item.

    NewsQuant annotates a figure that moves from one level to another as one
    quantity with both ends ("slid from $8,120 at 9.30am to $7,985");
    readout reports the two levels apart (each is a figure in its own right),
    so the pair is joined here, when the two have the same unit (a price per
    barrel and a later bare price count as one) or the second has none, and
    words other than a clause break stand between them.
    """
    # NewsQuant annotates no ordinals ("the second-lowest total", "the fourth quarter", "third-largest" have no gold)
    # nor a multiple written without a number ("twice as loud", "double the 120 decibels" have no gold; readout reads 2)
    ordered = sorted((q for q in quantities if q.unit != "rank" and not _numberless_multiple(q)), key=lambda q: q.span.start)
    items = [to_newsquant(q, text) for q in ordered]
    out: list[tuple[float | tuple[float, float], str]] = []
    skip = False
    for i, (q, item) in enumerate(zip(ordered, items)):
        if skip:
            skip = False
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if nxt is not None and _level_to_range(q, nxt, item, items[i + 1], text):
            low, high = items[i + 1][0]  # type: ignore[misc]
            out.extend([((item[0], low), item[1]), ((item[0], high), item[1])])
            skip = True
            continue
        single = nxt is not None and q.value_high is None and nxt.value_high is None
        single = single and not isinstance(item[0], tuple) and not isinstance(items[i + 1][0], tuple)
        if single and (
            (
                _moved_from(q, text)
                and _TO_BETWEEN.match(text[q.span.end : nxt.span.start])
                and (items[i + 1][1] in (item[1], "-") or nxt.unit.partition("/")[0] == q.unit.partition("/")[0])
            )
            or _tally(q, nxt, item, items[i + 1], text)
        ):
            out.append(((item[0], items[i + 1][0]), item[1]))
            skip = True
            continue
        out.append(item)
    return out


def _moved_from(q: Quantity, text: str) -> bool:
    return q.span.text.lower().startswith("from") or _FROM_BEFORE.search(text[max(0, q.span.start - 8) : q.span.start]) is not None


def _level_to_range(q: Quantity, nxt: Quantity, item: tuple, next_item: tuple, text: str) -> bool:
    """'from 4.2 to 5-6 billion dollars': readout reports the level and the range it moves to; NewsQuant writes the
    move to each end of the range as its own (A, B) item, (4.2, 5) and (4.2, 6), as it writes 'from A to B'."""
    return (
        q.value_high is None and nxt.value_high is not None
        and not isinstance(item[0], tuple) and isinstance(next_item[0], tuple)
        and item[1] == next_item[1]
        and _moved_from(q, text)
        and _TO_BETWEEN.match(text[q.span.end : nxt.span.start]) is not None
    )


_TALLY_BETWEEN = re.compile(r"\s+to\s+|\s*[-\u2013]\s*", re.I)


def _tally(q: Quantity, nxt: Quantity, item: tuple, next_item: tuple, text: str) -> bool:
    """A tally written from the larger ("leads 58 percent to 35 percent", "by 312 votes to 250", a score "3-1"):
    NewsQuant writes "A to B" as one item in the order written, as it writes a move "from A to B" and a score;
    readout reports the two figures apart (they are two shares or counts, not a range)."""
    return (
        item[1] == next_item[1]
        and item[0] > next_item[0]  # type: ignore[operator]
        and (
            _TALLY_BETWEEN.fullmatch(between := text[q.span.end : nxt.span.start]) is not None
            or (q.display_unit is not None and re.fullmatch(rf"\s+{re.escape(q.display_unit)}\s+to\s+", between) is not None)
        )
    )


def _numberless_multiple(q: Quantity) -> bool:
    """'twice the usual fee', 'costs tripled': a multiple written with no figure or number word ('sevenfold' has one)."""
    if q.unit != "ratio" or q.display_unit not in ("times", "fold"):
        return False
    return not any(c.isdigit() for c in q.span.text) and not any(
        word == "half" or parse_number(word) is not None or parse_number(word.removesuffix("fold")) is not None for word in q.span.text.lower().split()
    )


def run(path: Path | None = None, nlp=None, limit: int | None = None, part: str = "both") -> BenchmarkReport:
    """Analyze the NewsQuant sentences (the first ``limit`` of them) and score the quantities.

    ``part`` "fit" or "check" analyzes and scores only that part's sentences (each sentence is analyzed on its
    own, so its figures are those of a run over both); the unsuffixed figures and the notes are then that part's."""
    path = path or shared_eval_dir() / FILENAME
    data = json.loads(Path(path).read_text(encoding="utf-8"))[:limit]
    if limit:
        return score_predictions(data, predict([item["text"] for item in data], nlp), str(path))
    fit, check = newsquant_split(len(data))
    parts = {"fit": fit, "check": check} if part == "both" else {part: fit if part == "fit" else check}
    scored = sorted(i for chosen in parts.values() for i in chosen)
    predictions = dict(zip(scored, predict([data[i]["text"] for i in scored], nlp)))
    report = score_predictions([data[i] for i in scored], [predictions[i] for i in scored], str(path))
    for label, chosen in parts.items():
        sub = score_predictions([data[i] for i in chosen], [predictions[i] for i in chosen], str(path))
        for key in ("value_f1", "value_unit_f1"):
            report.metrics[f"{key}_{label}"] = sub.metrics[key]
    only = "" if part == "both" else f"; only the {part} part analyzed and scored"
    report.notes.append(f"fit part: {len(fit)} sentences, check part: {len(check)} sentences (readout.eval.splits.newsquant_split){only}")
    return report


def newsquant_split(count: int) -> tuple[list[int], list[int]]:
    """(fit, check) sentence indices: a third of the sentences, drawn once with the fixed seed, are the check part."""
    from readout.eval.splits import split_by_seed

    return split_by_seed(list(range(count)), count // 3)


def score_predictions(
    data: list[dict], predictions: list[list], source: str = FILENAME, average_ranges: bool = False
) -> BenchmarkReport:
    """CQE-style value and value+unit precision, recall and F1 of predictions against the dataset items.

    ``average_ranges`` compares a gold range by its midpoint, as CQE_Evaluation does for
    quantulum3 (which reports a range as one averaged value).
    """
    value, value_unit = Score(), Score()
    per_category: dict[str, Score] = defaultdict(Score)
    misses: list[str] = []
    for item, predicted in zip(data, predictions):
        available = list(predicted)
        gold_items = [(_gold_value(g["value"]), g["normalized_unit"].lower()) for g in item["quantities"]]
        if average_ranges:
            gold_items = [((v[0] + v[1]) / 2 if isinstance(v, tuple) else v, u) for v, u in gold_items]
        value.fp += len(predicted)
        value_unit.fp += len(predicted)
        for gold_value, gold_unit in gold_items:
            same_value = [p for p in available if values_match(gold_value, p[0])]
            best = next((p for p in same_value if p[1] == gold_unit), same_value[0] if same_value else None)
            cat = per_category[category(gold_unit)]
            if best is None:
                value.fn += 1
                value_unit.fn += 1
                cat.fn += 1
                misses.append(f"{gold_value} {gold_unit!r} missed in: {item['text'][:120]}")
                continue
            available.remove(best)
            value.tp += 1
            value.fp -= 1
            cat.tp += 1
            if best[1] == gold_unit:
                value_unit.tp += 1
                value_unit.fp -= 1
            else:
                value_unit.fn += 1
    metrics = {
        "value_precision": round(100 * value.precision, 1),
        "value_recall": round(100 * value.recall, 1),
        "value_f1": round(100 * value.f1, 1),
        "value_unit_precision": round(100 * value_unit.precision, 1),
        "value_unit_recall": round(100 * value_unit.recall, 1),
        "value_unit_f1": round(100 * value_unit.f1, 1),
        "sentences": float(len(data)),
        "gold_quantities": float(value.tp + value.fn),
        "predicted_quantities": float(value.tp + value.fp),
    }
    ranked = sorted(per_category.items(), key=lambda kv: kv[1].recall)
    weakest = [f"{name}: value recall {100 * s.recall:.1f} ({s.tp}/{s.tp + s.fn})" for name, s in ranked[:3]]
    notes = [
        "published: CQE (value_f1, value_unit_f1) and quantulum3 on the full NewsQuant",
        "scored as in CQE_Evaluation/evaluate_models.py (value, then value + normalized unit), one prediction per gold quantity",
        f"{len(misses)} gold quantities missed by value",
    ]
    return BenchmarkReport(name="newsquant", data=source, metrics=metrics, published=PUBLISHED, notes=notes, weakest=weakest)
