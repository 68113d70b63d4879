"""The surface grammar of quantities: one regular expression built from the lexicon.

A figure in the press is a number with its company: a currency before it, a
scale word after it ("US$40 billion"), a unit ("12.5 bcm", "90-minute"), a rate
("per 100 kWh", "annually"), a second number for a range ("20-25%", "between 40
and 50 bcm"). The expression finds these on the raw text in one linear pass;
quantities.py then reads the parse (counted nouns, what is measured, tense).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from readout.analyze.units import cldr_currencies, lexicon
from readout.analyze.word_trie import word_tree

# "3 1/2 hours", "2½ inches": a whole number and a simple fraction, as American copy writes halves and quarters
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
# old stock-price copy quotes sixteenths and thirty-seconds ("rose 1 3/32 to 101 5/32")
MIXED = r"\d+(?:\s(?:[1-7]/[2348]|(?:1[0-5]|[1-9])/16|(?:3[01]|[12]\d|[1-9])/32)(?![\d/])|\s?[½¼¾⅓⅔⅛])"  # "5 ½ years": the glyph may stand apart
DIGITS = rf"{MIXED}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_AND_A_HALF = re.compile(r"(.+?)(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half")  # "four and a half", "four-and-a-half"
_MIXED_PARTS = re.compile(r"(\d+)(?:\s(\d{1,2})/([2348]|16|32)|\s?([½¼¾⅓⅔⅛]))")
# a simple fraction alone, as stock tables and old price copy wrote moves ("eased 1/8", "up 7/16"): an odd numerator
# over 2, 4, 8, 16 or 32 (a date or a score is rarely so: "9/11", "24/7", "3/11" are not); before "of" any
# fraction of a small denominator is a share of a group ("3/4 of voters", "2/3 of the seats"). Not after a whole
# number and a space (a mixed number, read by the figure grammar) nor inside a date or a ratio ("3/4/1998", "1/2-inch").
_LONE_FRACTION = re.compile(
    r"(?<![\w.,/$€£¥:-])(?<!\d\s)(?P<a>[12]?\d|3[01])\s?/\s?(?P<b>[2-9]|10|16|32)(?![\w/-]|[.,]\d)(?P<of>\s+of\s)?"
)
SMALL_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


@dataclass(frozen=True)
class RawQuantity:
    """A quantity as matched on the text, before the parse is consulted."""

    start: int
    end: int
    value: float
    value_high: float | None
    kind: str  # money, percent, physical, duration, ratio, rank, bare
    unit: str  # canonical unit ("USD", "percent", a pint expression, "days", "ratio", "rank", "")
    display_unit: str | None
    qualifier: str
    rate: str | None  # "year", "day", "100kWh", ... (what the value is per)
    number_start: int  # where the number itself starts (for the parse)
    number_end: int
    spelled: bool  # the number is written in words
    opens_range: bool = False  # "between 5%" / "from 1 per cent": the other end follows
    counted_at: int | None = None  # where the noun it counts starts, when the grammar sees it ("two-, three- and four-axle")


def _alternation(words, case_insensitive: bool = True) -> str:
    """Longest first, spaces as any run of whitespace; written as a prefix tree (word_trie.py: the same matches)."""
    body = word_tree(sorted({w for w in words if w}, key=len, reverse=True), case_insensitive, space=r"\s+")
    return f"(?i:{body})" if case_insensitive else f"(?:{body})"


def _number_words_pattern() -> str:
    small = "|".join(sorted(_cased(SMALL_WORDS), key=len, reverse=True))
    digits = "|".join(SMALL_WORDS[:9])
    tens = "|".join(_cased(TENS_WORDS))
    core = rf"(?:(?:{tens})(?:[- ](?:{digits}))?|{small})"
    # "two hundred and fifty", "a hundred and twenty", as British copy writes them (not "one hundred and two hundred")
    # and "a hundred thirty", "two hundred fifty", as American speech and broadcast transcripts say them
    and_tens = rf"(?:\s+(?:and\s+)?{core}(?!\s+hundred\b|-))?"
    # "a half million", "a half-billion", "a quarter-million": half or a quarter of the scale word
    fixed = (
        rf"[Aa]\s+half[- ]dozen|[Hh]alf-dozen|[Aa]\s+(?:half|quarter)[- ](?:million|billion|trillion)|[Aa]\s+hundred{and_tens}"
        rf"|[Aa]\s+(?:dozen|hundred|thousand|million|billion|trillion)"
    )
    # "two point four billion", "three point oh five percent": a decimal as broadcast transcripts spell it (digits after "point")
    point = rf"\s+point(?:\s+(?:{digits}|zero|oh)){{1,3}}"
    # one alternative for both readings after the core word: written as two (core+point | core+hundred), the core's
    # alternation was tried twice at every word of the text (+14 ms of the grammar's regexes on 60 articles)
    return rf"\b(?:{fixed}|{core}(?:{point}|\s+hundred{and_tens})?)\b"


@lru_cache(maxsize=2)
def pattern(after_hyphen: bool = False) -> re.Pattern[str]:
    """The figure grammar; ``after_hyphen``: without the guard against starting inside a word or a number,
    to be matched only where a figure is known to start after a hyphen ("20C-25C", "sub-7nm")."""
    lex = lexicon()
    number = rf"(?:(?:{DIGITS}|{_number_words_pattern()})(?:\s+and\s+a\s+half\b|-and-a-half\b)?)"  # "eight and a half years", "four-and-a-half"
    scale_words = _alternation(lex["word_scales_only"])
    scale_abbr = r"(?:bn|mln|mn|bln|tn|trn|tln|mil|k|K|M|m|b|B)(?![\w]|/s\b)"  # "30 m/s" is a speed
    # "4 hundred million"; "$75billion": a scale word glued to the figure
    scale = rf"(?:(?:\s+|-|(?<=\d))(?:{scale_words})(?:\s+(?:{scale_words}))?(?![\w])|\s?{scale_abbr})"
    glued = _alternation([k for k in lex["glued_currency_prefixes"] if k != "about"], case_insensitive=False)
    scaled_signs = _alternation([k for k in lex["scaled_currency_prefixes"] if len(k) == 1], case_insensitive=False)
    codes = _alternation([k for k in lex["scaled_currency_prefixes"] if len(k) > 1], case_insensitive=False)
    scaled_after = rf"\d[\d.,]*\s?(?:{_alternation(lex['word_scales_only'])}|bn|mn|m|tn)\b"  # "R2.5 billion", "UGX 3bn"
    former = _alternation(lex["former_currency_signs"]["signs"], case_insensitive=False)  # "DM200 million", "FFr 3bn"
    currency_pre = (
        _alternation(lex["currency_prefixes"], case_insensitive=False)
        + rf"|{glued}(?=\d{{2}}|\d[.,]\d)|{scaled_signs}(?={scaled_after})|{codes}(?=\s?(?:{scaled_after}|\d{{1,3}}(?:,\d{{3}})+))"
        + rf"|(?<![\w.])(?:{former})(?=\s?(?:{scaled_after}|\d{{1,3}}(?:,\d{{3}})+|\d+\.\d|\d{{2}}))"
    )
    percent = _alternation(lex["percent_units"])
    words = _alternation(
        list(lex["currency_words"]) + list(lex["subunits"]) + list(lex["unit_words"]) + list(lex["time_units"])
    )
    symbols = _alternation(lex["unit_symbols"], case_insensitive=False)
    # "two more weeks", "the 50 previous years": one word of extent between a figure and its time unit (a plural:
    # "5 next year" is a figure and a date)
    extent = rf"\s+(?:{_alternation(_extent_words())})\s+(?:{_alternation(u for u in lex['time_units'] if u.endswith('s'))})"
    glued_symbols = _alternation([*lex["glued_unit_symbols"]["symbols"], *lex["glued_subunits"]["subunits"]], case_insensitive=False)
    # "8,000 second-hand tractors", "two second-rate teams": an ordinal "second" in a compound, not a unit of time
    ordinal_second = r"(?!(?<=[Ss]econd)-(?!long\b|old\b)[A-Za-z])"
    # guarded_unit_symbols: "7.2 l/100 km", a lower-case l only before a use per 100 km (alone it is too often a
    # letter); "14 st", "15st 2lb", stone apart or glued after a last digit that makes no ordinal (not "21st")
    guarded = r"\s?l(?=\s?/\s?100\s?(?:km|kilomet))|\sst(?![\w.\'’-])|(?:(?<=[02-9])|(?<=11))st(?![\w\'’-])"
    # not a letter that opens a currency sign ("ended Aug. 31 C$2.7 million": no 31 degrees Celsius)
    unit = rf"(?:{guarded}|\s?(?:{percent})|(?:\s|-)?(?:{words})|\s?(?:{symbols})|(?<=[\d½¼¾⅓⅔⅛])(?:{glued_symbols})|{extent})(?![\w$]){ordinal_second}"
    rate_periods = _alternation(lex["rate_periods"])
    # "a year earlier", "a year on, ...", "a year on from the merger" are not rates; "a year on subsidies" is one
    not_relative = r"(?!\s+(?i:earlier|ago|later|before|after|from\s+now|on(?=\s*(?:[,.;:!?)]|$)|\s+from\b))\b)"
    per_words = _alternation(list(lex["unit_words"]) + list(lex["subunits"]))
    # "per 100 kWh", "€3 a litre", "250 W/m2", "7.8 g/cm3": an exponent may follow a unit in lower case
    # "a" and "an" only as words: "10.30am" is a clock time, not 10.30 per metre
    # a number after the slash only glued to it ("6.5L/100km"): "224 kW / 300 PS" is a conversion, not a rate
    per_unit = rf"(?:(?:per\s*|/)(?:\d+(?:\.\d+)?\s?)?|an?\s+|/\s*)(?:{symbols}|{per_words})(?:(?<=[a-zµμ])[23²³])?(?![\w])"
    # a period after a slash may be glued to the figure ("$9.99/month", "£40/hr")
    # "a $24-a-share bid", "a $90,000-a-year post": the rate hyphened into a compound modifier before a noun
    rate = rf"(?:(?:[\s,]+|(?=/)|-(?=an?-[a-z]))(?P<rate>{rate_periods})(?![\w]){not_relative}|\s*(?P<per>{per_unit}))"
    bases = _alternation(lex["multiple_bases"]["words"], case_insensitive=False)  # "25 times earnings", "four times that of"
    # "about 2.4 times Norvik's book value", "four times its size": a multiple of what a possessive owns
    ratio = rf"(?:\s+times(?=\s+(?:[a-z]+er|more|less|as|the|over|its|their|{bases}|th(?:at|ose)\s+of|[A-Z][\w.&-]*(?:'s|’s))\b)|-fold|\s+fold)(?![\w])"
    guard = "" if after_hyphen else r"(?<![\w.:/$€£¥-])(?<!\d,)"
    return re.compile(
        rf"""
        {guard}  # not inside a number ("1,234"), but ",minus 233 Celsius" is read
        (?P<between>(?:[Bb]etween(?:\s+the\s+ages\s+of)?|[Ff]rom)\s+)?  # "between the ages of 21 and 35": one range
        (?P<neg>[Mm]inus[\s-]|−|-(?=\.?\d))?  # a signed value in a list of changes: "the DAX -0.8%"
        (?P<cur1>{currency_pre})?\s?
        (?P<num1>{number})(?P<scale1>{scale})?(?P<plus>-plus(?![\w-])|\+(?=\s))?  # "35-plus hours", "100+ people": more than
        (?:\s*(?P<sep>-|–|—|(?i:to|and|or))\s*(?P<cur2>{currency_pre})?\s?(?P<num2>{number})(?P<scale2>{scale})?)?
        (?:(?P<unit>{unit})|(?P<ratio>{ratio}))?
        {rate}?
        (?![\w]|[.:,]\d)
        """,
        re.VERBOSE,
    )


def _cased(words) -> set[str]:
    """lower, Capitalised and UPPER variants: case-sensitive alternations scan much faster than (?i:)."""
    return {variant for w in words for variant in (w, w[:1].upper() + w[1:], w.upper())}


@lru_cache(maxsize=1)
def ordinal_pattern() -> re.Pattern[str]:
    """Ranks ("ranks fifth", "third place", "fourth-largest") and anniversaries ("25th anniversary")."""
    lex = lexicon()
    ordinal = rf"(?:{_alternation(_cased(lex['ordinals']), case_insensitive=False)}|\d+(?:st|nd|rd|th))"
    cues = _alternation(_cased(c for c in lex["rank_cues"] if c not in ("place", "position", "spot")), case_insensitive=False)
    tail = r"\s+(?i:place|position|spot|anniversary)|-(?i:largest|biggest|greatest|highest|most)"
    return re.compile(rf"\b(?:{cues}\s+(?P<after_cue>{ordinal})|(?P<ordinal>{ordinal})(?P<tail>{tail}))\b")


@lru_cache(maxsize=1)
def fold_pattern() -> re.Pattern[str]:
    """Multiplicatives written as one word: 'sevenfold', 'tenfold', 'twentyfold'."""
    words = "|".join(sorted(_cased(SMALL_WORDS[1:] + TENS_WORDS + ["hundred", "thousand"]), key=len, reverse=True))
    return re.compile(rf"\b(?P<word>{words})-?fold\b")


@lru_cache(maxsize=1)
def fraction_pattern() -> re.Pattern[str]:
    """'1/4 of a US pint' (a fraction of a unit) and 'one out of three' (a proportion)."""
    lex = lexicon()
    units = _alternation(list(lex["unit_words"]) + list(lex["unit_symbols"]))
    number = rf"(?:\d+(?:\.\d+)?|{_number_words_pattern()})"
    of_unit = rf"(?P<a>\d+)\s*[/⁄]\s*(?P<b>\d+)\s+of\s+(?:an?|one)\s+(?:(?:US|U\.S\.|UK|imperial|metric)\s+)?(?P<unit>{units})(?![\w])"
    odds_scale = r"(?:\s+(?P<qs>thousand|million|billion)(?![\w-]))?"  # "one in 14 million": odds
    out_of = rf"(?P<p>{number})\s+(?P<of>out\s+of|in)\s+(?:every\s+)?(?P<q>\d{{1,3}}(?:,\d{{3}})+|{number})(?![\w.,]\d){odds_scale}"
    return re.compile(rf"(?<![\w.,/-])(?:{of_unit}|{out_of})")


@lru_cache(maxsize=1)
def share_pattern() -> re.Pattern[str]:
    """'a third of the voters', 'two-thirds of', 'half of which': a share of a group (tried where _SHARE_WORD is)."""
    parts = "|".join(sorted(_cased(SHARE_PARTS), key=len, reverse=True))
    share = rf"(?P<share>(?:(?P<sn>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[\s-]+)?(?P<sd>{parts}))\s+of\s+(?!{SHARE_NOT_AFTER})"
    return re.compile(rf"(?<![\w.,/-]){share}")


# "a third of the voters", "half of which": a share of a group (what follows "of" is the group)
SHARE_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
# "half of 2019", "a quarter of an hour", "a third of a mile": a stretch of time or a fraction of a unit, not of a group
# ("about half of the 6,400 units": a figure that counts a plural is the group, no year)
SHARE_NOT_AFTER = r"(?:(?:the|this|that|next|last)\s+)?(?:\d(?![\d,.]*\s+(?:[a-z]+\s+)?[a-z]{2,}s\b)|(?i:an?\s|year|month|week|day|century|decade|season|quarter|half|way)\b)"
# "the first half of", "the third quarter of": a part of a period
SHARE_NOT_BEFORE = re.compile(r"(?i:\b(?:first|second|third|fourth|final|last|latter|former|other|the|this|that|next|past|each|every)\s*-?\s*)$")


def _interpret_fraction(match: re.Match[str], text: str) -> RawQuantity | None:
    if "share" not in match.re.groupindex and match.group("unit"):
        low, high = float(match.group("a")), float(match.group("b"))
        kind, unit, factor = classify_unit(match.group("unit"))
        if kind != "physical" or high == 0:
            return None
        display, number_end = match.group("unit"), match.end("b")
    elif "share" in match.re.groupindex:
        if not match.group("sn") and SHARE_NOT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return None  # "the first half of"; with a count word it is a share whatever precedes ("noted that two-thirds of")
        count = parse_number(match.group("sn")) if match.group("sn") and match.group("sn").lower() != "a" else 1.0
        whole = SHARE_PARTS[match.group("sd").lower()]
        plural = match.group("sd").lower().endswith("s")
        if count is None or plural != (count > 1) or count >= whole:
            return None  # "two third of", "a halves of", "four quarters of": not a share
        low, high = count, float(whole)
        kind, unit, factor, display, number_end = "ratio", "ratio", 1.0, "of", match.end("share")
    else:
        low, high = parse_number(match.group("p")), parse_number(match.group("q"))
        if low is None or not high or low > high:
            return None
        if match.group("qs"):
            high *= float(lexicon()["scales"][match.group("qs")])
        if match.group("of") == "in" and not _proportion_in(match, text, low, high):
            return None
        kind, unit, factor, display, number_end = "ratio", "ratio", 1.0, "out of", match.end()
    qualifier, start = qualifier_before(text, match.start())  # "nearly half of the voters", "about one in five"
    return RawQuantity(
        start=start, end=number_end if display == "of" else match.end(), value=low / high * factor, value_high=None, kind=kind, unit=unit,
        display_unit=display, qualifier=qualifier, rate=None, number_start=match.start(), number_end=number_end,
        spelled=not match.group(0)[0].isdigit(),
    )


_DIGIT_AND_SPACES_BEFORE = re.compile(r"\d\s+$")


def _interpret_lone_fraction(match: re.Match[str], text: str) -> RawQuantity | None:
    numerator, denominator = int(match.group("a")), int(match.group("b"))
    if not 0 < numerator < denominator or _DIGIT_AND_SPACES_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return None  # "for 4            1/2 hours": a mixed number the page's layout spread out, not half an hour
    share = match.group("of") is not None and denominator <= 10
    if not share and (denominator not in (2, 4, 8, 16, 32) or numerator % 2 == 0):
        return None  # "12/16", "3/5" alone: a date or a tally more often than a price move
    qualifier, start = qualifier_before(text, match.start())
    end = match.end("b")
    return RawQuantity(
        start=start, end=end, value=numerator / denominator, value_high=None, kind="ratio" if share else "bare",
        unit="ratio" if share else "", display_unit="of" if share else None, qualifier=qualifier, rate=None,
        number_start=match.start(), number_end=end, spelled=False,
    )


# "half a mile", "a quarter of a percentage point", "three-quarters of an hour": a share of one unit
_UNIT_SHARE_PARTS = {"half": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3}
_UNIT_SHARE_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


@lru_cache(maxsize=1)
def unit_share_pattern() -> re.Pattern[str]:
    """'half a mile', 'a quarter of a percentage point', 'three-quarters of an hour' (tried where a share word is)."""
    lex = lexicon()
    singular = [w for w in [*lex["unit_words"], *lex["time_units"], *lex["percent_units"]] if not w.endswith("s") and " of" not in w]
    units = _alternation(singular)
    return re.compile(
        rf"(?<![\w-])(?:(?P<n>(?i:a|one|two|three))[\s-]+)?(?P<part>(?i:half|quarters?|thirds?))(?:\s+of)?\s+an?\s+(?P<unit>{units})(?![\w-])"
    )


def _interpret_unit_share(match: re.Match[str]) -> RawQuantity | None:
    part = match.group("part").lower()
    count = _UNIT_SHARE_COUNTS[match.group("n").lower()] if match.group("n") else 1
    if part == "half" and match.group("n") or (count > 1) != part.endswith("s") or (part != "half" and not match.group("n")):
        return None  # "a half a mile", "two quarter of", "quarter a mile": not a share of the unit
    kind, unit, _ = classify_unit(match.group("unit"))
    if kind not in ("physical", "percent", "duration"):
        return None
    return RawQuantity(
        start=match.start(), end=match.end(), value=count / _UNIT_SHARE_PARTS[part], value_high=None, kind=kind, unit=unit,
        display_unit=match.group("unit"), qualifier="exact", rate=None, number_start=match.start(), number_end=match.end("part"),
        spelled=True,
    )


_POINT_SHARE = re.compile(
    r"(?<![\w-])(?:(?P<a>[Aa])\s+(?P<part>quarter|half|three-quarter)[\s-]|(?P<half>[Hh]alf)\s+a\s+|(?P<tq>[Tt]hree-quarters)\s+of\s+a\s+)point(?![\w-])"
)
_POINT_SHARE_VALUES = {"quarter": 0.25, "half": 0.5, "three-quarter": 0.75}


def _interpret_point_share(match: re.Match[str], text: str) -> RawQuantity | None:
    """'a quarter point', 'half a point' of a rate: that share of a percentage point, where the sentence names a rate."""
    start, end = text.rfind(".", 0, match.start()) + 1, text.find(".", match.end())
    sentence = text[start : end if end >= 0 else len(text)]
    if not _point_context().search(sentence):
        return None
    value = _POINT_SHARE_VALUES[match.group("part")] if match.group("part") else (0.5 if match.group("half") else 0.75)
    return RawQuantity(
        start=match.start(), end=match.end(), value=value, value_high=None, kind="percent", unit="percentage_point",
        display_unit="point", qualifier="exact", rate=None, number_start=match.start(), number_end=match.end(), spelled=True,
    )


@lru_cache(maxsize=1)
def _point_context() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(lexicon()['point_shares']['context'])})(?![\w-])")


# "a day or two", "another pick or two": at most two of the thing named (NewsQuant and news readers take the larger)
_OR_TWO = re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?P<noun>[a-z]{3,})\s+or\s+(?P<n>two|three)(?![\w-])")


def _interpret_or_two(match: re.Match[str]) -> RawQuantity | None:
    noun = match.group("noun")
    if noun in lexicon()["number_words"] or noun in ("more", "less", "other", "few", "little", "lot", "couple"):
        return None  # "one more or two", "a few or two"
    kind, unit, _ = classify_unit(noun)
    if kind not in ("duration", "bare"):
        return None
    return RawQuantity(
        start=match.start(), end=match.end(), value=float(parse_number(match.group("n")) or 0), value_high=None, kind=kind, unit=unit,
        display_unit=noun if kind == "duration" else None, qualifier="up_to", rate=None, number_start=match.start("n"),
        number_end=match.end("n"), spelled=True, counted_at=None if kind == "duration" else match.start("noun"),
    )


@lru_cache(maxsize=1)
def unit_and_a_half_pattern() -> re.Pattern[str]:
    """'an hour and a half', 'a mile and a half': one and a half of a unit."""
    lex = lexicon()
    singular = [w for w in [*lex["unit_words"], *lex["time_units"]] if not w.endswith("s") and " of" not in w]
    return re.compile(rf"(?<![\w-])[Aa]n?\s+(?P<unit>{_alternation(singular)})\s+and\s+a\s+half(?![\w-])")


def _interpret_unit_and_a_half(match: re.Match[str]) -> RawQuantity | None:
    kind, unit, _ = classify_unit(match.group("unit"))
    if kind not in ("physical", "duration"):
        return None
    return RawQuantity(
        start=match.start(), end=match.end(), value=1.5, value_high=None, kind=kind, unit=unit, display_unit=match.group("unit"),
        qualifier="exact", rate=None, number_start=match.start(), number_end=match.end(), spelled=True,
    )


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _proportion_in(match: re.Match[str], text: str, low: float, high: float) -> bool:
    """'one in five adults', 'seven in 10 Americans': a proportion; not 'two in 10 minutes', '3 in 2021', 'rose 5 in 100 days'."""
    if low >= high or not (low.is_integer() and high.is_integer()) or (high > 1000 and "," not in match.group("q") and not match.group("qs")):
        return False
    following = _NEXT_WORD.match(text, match.end())
    if following is None:
        return True  # "one in four."
    word = following.group(1)
    if word in lexicon()["glued_unit_symbols"]["symbols"]:
        return True  # "7 in 10 in Tennessee": "in" apart is the preposition, not inches
    return classify_unit(word)[0] == "bare" and word.lower() not in lexicon()["scales"]


_PROPORTION_IN = re.compile(r"\s[Ii]n\s+(?:every\s+)?(?:\d{1,3}(?!\d|\.\d)|[Tt](?:wo|hree|en)\b|[Ff](?:our|ive)\b|[Ss](?:ix|even)\b|[Ee]ight\b|[Nn]ine\b|a\s+(?:hundred|thousand|million)\b)")

# "a man in his 40s", "in her late twenties", "in their mid-60s": an age given as a decade of life
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_AGE_DECADE = re.compile(
    r"(?<![\w-])[Ii]n\s+(?:his|her|their|my|your|our)\s+(?:(?P<part>early|mid|late)[\s-]+)?"
    r"(?P<decade>(?P<digits>[1-9]0)['’]?s|(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])"
)


# the further members of a list of decades after the first: "in their 20s, 60s and 70s", "in her 20s or early 30s"
_AGE_DECADE_MORE = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?P<part>early|mid|late)[\s-]+)?"
    r"(?P<decade>(?P<digits>[1-9]0)['’]?s|(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])"
)


def _interpret_age_decade(match: re.Match[str]) -> RawQuantity:
    """'in his 40s' 40-49 years of age, 'in her late twenties' 27-29, 'in their mid-60s' 64-66."""
    decade = int(match.group("digits")) if match.group("digits") else _DECADE_WORDS[match.group("decade").lower()]
    low, high = _DECADE_PARTS[match.group("part")] if match.group("part") else (0, 9)
    start = match.start("part") if match.group("part") else match.start("decade")
    return RawQuantity(
        start=start, end=match.end(), value=float(decade + low), value_high=float(decade + high), kind="duration", unit="years",
        display_unit="age", qualifier="range", rate=None, number_start=start, number_end=match.end(), spelled=not match.group("digits"),
    )


def _age_decades(match: re.Match[str], text: str) -> list[RawQuantity]:
    """Every decade of a list after 'in their': 'in their 20s, 60s and 70s' is three ages, not the first alone."""
    found = [_interpret_age_decade(match)]
    while (more := _AGE_DECADE_MORE.match(text, found[-1].end)) is not None:
        found.append(_interpret_age_decade(more))
    return found


# "a 1-in-100-year flood", "a one-in-a-thousand-year storm": the odds of it in any one year (or decade, century)
_ODDS_PERIOD = re.compile(
    r"(?<![\w-])(?P<p>1|[Oo]ne)-in-(?P<q>(?:an?-)?(?:\d{1,3}(?:,\d{3})+|\d+|[a-z]+))-(?P<period>year|decade|century)(?![\w-])"
)


def _interpret_odds_period(match: re.Match[str]) -> RawQuantity | None:
    """'a 1-in-100-year flood': a chance of one in 100 a year, not one year."""
    high = parse_number(match.group("q").replace("-", " "))
    if not high or high <= 1:
        return None
    start, end = match.start(), match.end()
    return RawQuantity(
        start=start, end=end, value=1 / high, value_high=None, kind="ratio", unit="ratio", display_unit="out of",
        qualifier="exact", rate=match.group("period"), number_start=start, number_end=end, spelled=match.group("p")[0].isalpha(),
    )


@lru_cache(maxsize=1)
def suspended_pattern() -> re.Pattern[str]:
    """'two-, three- and four-axle', '10- and 20-year': numbers whose hyphen waits for the last one's noun."""
    number = rf"(?:\d+(?:\.\d+)?|{_number_words_pattern()})"
    return re.compile(rf"(?<![\w.,-])(?P<heads>(?:{number}-,?\s+)+)(?:and|or|to)\s+{number}-(?P<noun>[A-Za-z]+)\b")


def _interpret_suspended(match: re.Match[str]) -> list[RawQuantity]:
    noun = match.group("noun")
    kind, unit, factor = classify_unit(noun)
    out = []
    for head in re.finditer(r"([^\s,-]+(?:\s+[^\s,-]+)?)-", match.group("heads")):
        value = parse_number(head.group(1))
        if value is None:
            continue
        start = match.start("heads") + head.start(1)
        end = match.start("heads") + head.end(1)
        if kind == "bare":
            raw = RawQuantity(start=start, end=end, value=value, value_high=None, kind="bare", unit="", display_unit=None,
                              qualifier="exact", rate=None, number_start=start, number_end=end, spelled=not head.group(1)[0].isdigit(),
                              counted_at=match.start("noun"))
        else:
            raw = RawQuantity(start=start, end=end, value=value * factor, value_high=None, kind=kind, unit=unit, display_unit=noun,
                              qualifier="exact", rate=None, number_start=start, number_end=end, spelled=not head.group(1)[0].isdigit())
        out.append(raw)
    return out


# "3.5x earnings", "10x faster", "a 5× zoom": a multiple written with a times sign glued to a figure
# (not "4x4", "1080x720", "0x1F"). The first digit is matched before the look-behind that checks the
# character ahead of it ("not after a word character, a point or a comma"): a pattern that opens with a
# digit lets ``re`` skip from digit to digit instead of trying the look-behind at every character.
TIMES_SIGN = re.compile(r"(?P<word>\d(?<![\w.,]\d)\d*(?:\.\d+)?)[x×](?![\w.,×-]|[.,]\d)")


def _interpret_fold(match: re.Match[str], text: str) -> RawQuantity | None:
    """'sevenfold', '3.5x': a multiple, with the qualifier before it ('more than threefold', 'nearly 10x')."""
    value = parse_number(match.group("word"))
    if value is None:
        return None
    qualifier, start = qualifier_before(text, match.start())
    return RawQuantity(
        start=start, end=match.end(), value=value, value_high=None, kind="ratio", unit="ratio", display_unit="fold",
        qualifier=qualifier, rate=None, number_start=match.start(), number_end=match.end("word"), spelled=True,
    )


# "twice the usual premium", "half the population", "thrice its size": a multiple or share of what the determiner
# opens; not "twice a week" (a frequency), "twice as loud" (a comparison with no reference written as a figure),
# nor "half the time", "half the season" (a stretch of time or an idiom)
_MULTIPLE_OF_THE = re.compile(
    r"(?<![\w-])(?P<word>[Hh]alf|[Tt]wice|[Tt]hrice)\s+(?=(?:the|its|their|his|her|our|your|this|these|those|that)\s+"
    r"(?!(?:usual\s+|normal\s+|whole\s+|entire\s+)?(?:time|times|year|years|month|months|week|weeks|day|days|night|hour|hours|season|century|decade|"
    r"way|game|match|battle|fun|story|first|second|last|next|other|one|ones|same)\b))"
)
_MULTIPLE_VALUES = {"half": 0.5, "twice": 2.0, "thrice": 3.0}
_HALF_BEFORE_DETERMINER = tuple(f"alf {word} " for word in ("the", "its", "their", "his", "her", "our", "your", "this", "these", "those", "that"))


def _interpret_multiple_of_the(match: re.Match[str], text: str) -> RawQuantity | None:
    """'twice the usual premium' 2 times, 'half the population' a half of it (a share of the group, as 'half of')."""
    word = match.group("word").lower()
    if word == "half" and SHARE_NOT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None  # "the other half the", "the first half"
    if word == "half" and re.search(r"(?i:\b(?:and|a|one|an)\s*-?\s*)$", text[max(0, match.start() - 6) : match.start()]):
        return None  # "one and a half the", "a half"
    share = word == "half"
    qualifier, start = qualifier_before(text, match.start())  # "about half the vote", "nearly twice the cost"
    return RawQuantity(
        start=start, end=match.end("word"), value=_MULTIPLE_VALUES[word], value_high=None, kind="ratio", unit="ratio",
        display_unit="of" if share else "times", qualifier=qualifier, rate=None, number_start=match.start(), number_end=match.end("word"),
        spelled=True,
    )


# "twice as powerful", "half as many fighters", "nearly twice as likely": a multiple in a comparison of degree; a word
# after "as" that is no adjective or adverb ("served twice as mayor") is refused by the quantities component, which
# has its tag
_MULTIPLE_AS = re.compile(r"(?<![\w-])(?P<word>[Hh]alf|[Tt]wice|[Tt]hrice)\s+as\s+(?=[a-z]+\b)")


def _interpret_multiple_as(match: re.Match[str], text: str) -> RawQuantity:
    """'twice as powerful' 2 times, 'half as many' 0.5 times: a multiple, as 'three times as many' is."""
    qualifier, start = qualifier_before(text, match.start())
    return RawQuantity(
        start=start, end=match.end("word"), value=_MULTIPLE_VALUES[match.group("word").lower()], value_high=None, kind="ratio",
        unit="ratio", display_unit="times", qualifier=qualifier, rate=None, number_start=match.start(), number_end=match.end("word"),
        spelled=True,
    )


@lru_cache(maxsize=1)
def relative_change_pattern() -> re.Pattern[str]:
    """'fell by a third', 'cut by half', 'up by two-thirds' (a change as a share) and 'doubled', 'halved' (a multiple)."""
    lex = lexicon()["relative_changes"]
    before = _alternation(lex["before_by"])
    parts = "|".join(sorted(SHARE_PARTS, key=len, reverse=True))
    verbs = _alternation(lex["multiplying_verbs"])
    return re.compile(
        # "cut deaths by a third", "reduced its debt by half": what changes may stand between the verb and "by"
        rf"(?<![\w-])(?:(?:{before})(?:\s+(?!by\b)[A-Za-z'’-]+){{0,3}}?\s+by|(?P<bare>(?i:up|down)))\s+(?P<share>(?:(?P<sn>(?i:a|one|two|three|four))[\s-]+)?(?P<sd>(?i:{parts})))(?![\w-])"
        rf"|(?<![\w-])(?P<verb>{verbs})(?![\w-])"
    )


_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)\b")


def _interpret_relative_change(match: re.Match[str], text: str) -> RawQuantity | None:
    lex = lexicon()["relative_changes"]
    following = _NEXT_LOWER_WORD.match(text, match.end())
    if match.group("verb"):
        if following is not None and following.group(1) in lex["not_after_multiplying"]:
            return None  # "doubled down on", "doubled as a clinic": an idiom, not a multiple
        if following is not None and following.group(1) == "over" and _BENT_OVER.match(text, following.end()):
            return None  # "doubled over in pain": bent, not a multiple ("doubled over the past year" is one)
        value, start, end = float(lex["multiplying_verbs"][match.group("verb").lower()]), match.start("verb"), match.end("verb")
    else:
        if following is not None and following.group(1) not in lex["after_share"]:
            return None  # "hit by a third wave", "rose by a third party's vote": an ordinal before its noun
        part = match.group("sd").lower()
        count = parse_number(match.group("sn")) if match.group("sn") and match.group("sn").lower() != "a" else 1.0
        whole = SHARE_PARTS[part]
        if count is None or part.endswith("s") != (count > 1) or count >= whole or ((part != "half" or match.group("bare")) and not match.group("sn")):
            return None  # "by third", "by two third", "by four quarters": not a share
        value, start, end = count / whole, match.start("share"), match.end("share")
    return RawQuantity(
        start=start, end=end, value=value, value_high=None, kind="ratio", unit="ratio", display_unit="fold",
        qualifier="exact", rate=None, number_start=start, number_end=end, spelled=True,
    )


_BENT_OVER = re.compile(r"\s*(?:[,.;:!?]|$|(?:in|with|and|laughing|clutching)\b)")
_IN_HALF = re.compile(r"(?<![\w-])(?i:cut|cuts|cutting|slash|slashed|slashes|slashing|slice|sliced|slices|slicing|split|splits|splitting)(?:\s+[\w'’-]+){0,7}?\s+(?P<share>in\s+half)(?![\w-])(?!\s+(?:an?|the|of)\b)")


def _interpret_in_half(match: re.Match[str]) -> RawQuantity:
    """'cut the budget in half': a change to half of what it was, as 'halved' is."""
    start, end = match.start("share"), match.end("share")
    return RawQuantity(
        start=start, end=end, value=0.5, value_high=None, kind="ratio", unit="ratio", display_unit="fold",
        qualifier="exact", rate=None, number_start=start, number_end=end, spelled=True,
    )


@lru_cache(maxsize=1)
def implied_one_pattern() -> re.Pattern[str]:
    """'a mile wide', 'a foot of snow', 'an acre of land': one unit of measure, its 'one' written as 'a'
    (the 'a' not after a word or a hyphen: checked behind the 'a', so that ``re`` skips from 'a' to 'a')."""
    lex = lexicon()["implied_one"]
    return re.compile(
        rf"(?P<a>[Aa](?<![\w-][Aa])n?)\s+(?P<unit>{_alternation(lex['units'], case_insensitive=False)})"
        rf"(?=\s+(?:{_alternation(lex['after'], case_insensitive=False)})\b)"
    )


@lru_cache(maxsize=1)
def _implied_one_gate() -> re.Pattern[str]:
    """A cheap test on the lower-cased text (a literal 'a' then a space) before the pass runs: most texts have none."""
    return re.compile(rf"an? (?:{'|'.join(map(re.escape, lexicon()['implied_one']['units']))})")


_FIGURE_BEFORE = re.compile(r"(?:\d|\b(?:per|every|each|than|half|quarter|third))\W{0,3}$", re.I)


def _interpret_implied_one(match: re.Match[str], text: str) -> RawQuantity | None:
    if _FIGURE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None  # "$3 a gallon of petrol", "half a mile": a rate or a share, read by their own rules
    kind, unit, _ = classify_unit(match.group("unit"))
    if kind != "physical":
        return None
    return RawQuantity(
        start=match.start(), end=match.end(), value=1.0, value_high=None, kind=kind, unit=unit, display_unit=match.group("unit"),
        qualifier="exact", rate=None, number_start=match.start(), number_end=match.end("a"), spelled=True,
    )


# the pass runs only where a share follows "by" or a multiplying verb's stem is written
_BY_SHARE = re.compile(r"\s(?:by|up|down)\s+(?:\w+[\s-]+)?(?:half|third|quarter|fifth|tenth)")
_MULTIPLYING_STEMS = ("doubl", "tripl", "trebl", "quadrupl", "halv")


_SHARE_WORD = re.compile(rf"({'|'.join(sorted(_cased(SHARE_PARTS), key=len, reverse=True))})\s+of\s")  # cased: faster than (?i:)

VAGUE = {"dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_VAGUE_WORDS = tuple(VAGUE)


@lru_cache(maxsize=1)
def vague_pattern() -> re.Pattern[str]:
    """'dozens of', 'thousands of', 'tens of millions of': an order of magnitude, read as a range; 'several dozen',
    'a few hundred', 'several hundred thousand': a few times a scale word, read as a range.

    'hundreds of thousands' with no 'of' after it (closing a quote) is one order of magnitude too, not 'hundreds'
    of a unit 'thousands'. With no 'of' ("Thousands marched", "killing dozens") it counts what the component
    finds in the parse, or nothing."""
    return re.compile(
        r"\b(?P<tens>(?i:tens|hundreds)\s+of\s+)?(?P<word>(?i:dozens|hundreds|thousands|millions|billions))(?:\s+of\b|(?![\w-]))"
        r"|\b(?P<several>(?P<how_many>(?i:several|a\s+few))\s+(?P<scale>(?i:dozen|hundred|thousand|million|billion))"
        r"(?:\s+(?P<scale2>(?i:thousand|million|billion)))?)\b(?!-)"
    )


# "several dozen": three to nine dozen; "a few hundred": two to five hundred (an approximate count a reader can check)
_FEW_TIMES = {"several": (3.0, 9.0), "a few": (2.0, 5.0)}
_FEW_SCALES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _interpret_vague(match: re.Match[str]) -> RawQuantity:
    if match.group("several"):  # "several dozen protesters", "a few hundred metres", "several hundred thousand"
        start, end = match.start(), match.end("several")
        low, high = _FEW_TIMES[" ".join(match.group("how_many").lower().split())]
        scale = _FEW_SCALES[match.group("scale").lower()] * (_FEW_SCALES[match.group("scale2").lower()] if match.group("scale2") else 1.0)
        return RawQuantity(
            start=start, end=end, value=low * scale, value_high=high * scale, kind="bare", unit="", display_unit=None,
            qualifier="range", rate=None, number_start=start, number_end=end, spelled=True,
        )
    low = VAGUE[match.group("word").lower()]
    if match.group("tens"):
        low *= 10.0 if match.group("tens").lower().startswith("tens") else 100.0
    start = match.start()
    return RawQuantity(
        start=start, end=match.end("word"), value=low, value_high=low * 10, kind="bare", unit="", display_unit=None,
        qualifier="range", rate=None, number_start=start, number_end=match.end("word"), spelled=True,
    )


def parse_number(text: str) -> float | None:
    """'12,000' -> 12000.0, 'twenty-five' -> 25.0, 'a dozen' -> 12.0, 'four hundred' -> 400.0."""
    text = text.strip().lower()
    try:
        return float(text.replace(",", ""))
    except ValueError:
        pass
    if text.endswith(("a half", "a-half")) and (whole := _AND_A_HALF.fullmatch(text)) is not None:
        value = parse_number(whole.group(1))
        return value + 0.5 if value is not None else None
    if (mixed := _MIXED_PARTS.fullmatch(text)) is not None:
        whole, numerator, denominator, glyph = mixed.groups()
        part = VULGAR_FRACTIONS[glyph] if glyph else int(numerator) / int(denominator)
        return int(whole) + part if part < 1 else None
    words = lexicon()["number_words"]
    if text in words:
        return float(words[text])
    if " point " in text:  # "two point four" -> 2.4
        whole, _, decimals = text.partition(" point ")
        digits = [{"zero": "0", "oh": "0"}.get(d) or str(int(words.get(d, -1))) for d in decimals.split()]
        value = parse_number(whole)
        return float(f"{int(value)}.{''.join(digits)}") if value is not None and value.is_integer() and all(d.isdigit() for d in digits) else None
    total = 0.0
    for part in re.split(r"[\s-]+", text.removeprefix("a ")):  # "a hundred and twenty"
        if part == "and" and total:
            continue  # "two hundred and fifty"
        if part == "hundred":
            total = (total or 1.0) * 100
        elif part in words:
            total += float(words[part])
        else:
            return None
    return total


def parse_ordinal(text: str) -> float | None:
    text = text.strip().lower()
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    if match:
        return float(match.group(1))
    value = lexicon()["ordinals"].get(text)
    return float(value) if value is not None else None


def _scale_factor(scale: str | None, has_currency: bool) -> tuple[float, str | None]:
    """(factor, leftover unit): a lone 'm' after a plain number is metres, not millions."""
    if not scale:
        return 1.0, None
    word = scale.strip(" -")
    if word in ("m", "b", "B") and not has_currency:
        return 1.0, word
    scales = lexicon()["scales"]
    factor = 1.0
    for part in word.split():  # "hundred million": the scales multiply
        factor *= float(scales.get(part, scales.get(part.lower(), 1.0)))
    return factor, None


@lru_cache(maxsize=1)
def _plural_after() -> re.Pattern[str]:
    """A plural noun right after a figure: one in -s, or one of the plurals without it ('people', 'children')."""
    irregular = _alternation(lexicon()["plurals_without_s"]["words"], case_insensitive=False)
    # and a people's name in the plural: "2m Britons", "3m Americans", "1.4bn Chinese"
    # up to two words may describe it ("5m broadband customers", "2.1m TV homes"), but not a word of extent ("5m tall trees") nor a
    # word in -ing ("3m diving boards": a length as often as a count, so it stays as before); the first plural wins
    # ("4.1m subscribers across Europe": not "across", a word in -s after the noun)
    stops = _alternation(lexicon()["plurals_without_s"]["not_modifiers"], case_insensitive=False)
    modifier = rf"(?!(?:{stops})\b|[a-z]+ing\b)(?:[a-z]+(?:-[a-z]+)?|[A-Z]{{2,5}})\s+"
    # and an abbreviation in the plural, its s in lower case: "2.3m SUVs", "1.2m EVs" (not "400m IAAF")
    # or an abbreviation with no plural s that closes its phrase ("2.3m TEU in the first half", "4m BPD."): a unit counted
    # by the million; before a noun it names what it describes ("the 400m IAAF final", "a 1.8m NBA star": lengths)
    closing = r"(?=\s*[.,;:!?)]|\s*$|\s+(?:in|of|at|on|for|from|to|by|per|a|an|and|or|last|this|next|each|since)\b)"
    noun = rf"(?:[a-z]+-)?[a-z]{{3,}}s|[A-Z][a-z]{{2,}}(?:ans|ons|ese)|[A-Z]{{2,5}}s|[A-Z]{{2,5}}{closing}|(?:{irregular})(?![\w'’])"
    return re.compile(rf"\s+(?:{modifier}){{0,2}}?(?P<noun>{noun})\b")


@lru_cache(maxsize=1)
def _races() -> frozenset[str]:
    return frozenset(lexicon()["plurals_without_s"]["races"])


def _counted_after(match: re.Match[str], text: str) -> int | None:
    """'4.1m subscribers', '40m people': a glued m or b before a plural noun scales a count (not metres);
    where that noun starts (the parser often hangs it elsewhere: 'm' reads as a noun of its own)."""
    scale = match.group("scale1") or ""
    if scale not in ("m", "b", "bn") or match.group("unit") or match.group("num2"):
        return None
    plural = _plural_after().match(text, match.end())
    if plural is None or plural.group("noun").lower() in _races():
        return None  # "the 400m hurdles": a race over a distance
    return plural.start("noun")


@lru_cache(maxsize=1)
def _money_scale_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = lexicon()["money_scale_cues"]
    before = re.compile(rf"(?<![\w-])(?:{_alternation(cues['before'])})\s+(?:(?i:about|around|some|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$")
    after = re.compile(rf"\s+in\s+(?:[a-z]+\s+)?(?:{_alternation(cues['after'])})(?![\w])")
    return before, after


def _money_scale(match: re.Match[str], text: str) -> bool:
    """'sold for 45m', '3m in funding': a glued m or b after a bare figure is millions or billions of money (no currency written)."""
    if (match.group("scale1") or "").strip() not in ("m", "b", "B") or match.group("unit") or match.group("num2"):
        return False
    before, after = _money_scale_patterns()
    return bool(before.search(text, max(0, match.start() - 40), match.start()) or after.match(text, match.end()))


@lru_cache(maxsize=1)
def _million_subject_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()["million_subjects"]
    nouns, links = _alternation(lex["nouns"]), _alternation(lex["links"])
    # the noun, then at most four words of a level ("stands at", "fell to", "of about") and nothing else before the
    # figure ("visitors can climb 300m" is a height)
    before = re.compile(rf"(?<![\w-])(?:{nouns})(?:\s+(?:{links})){{1,4}}\s+$")
    # nothing after the figure that a length would take: the sentence or clause ends, or a preposition or date follows
    after = re.compile(
        r"\s*(?:[.,;:!?)\]]|$)|\s+(?:on|at|last|this|next|a|an|from|to|and|or|but|for|with|by|during|after|before|since|"
        r"over|than|while|as|when|in(?!\s+(?:length|height|depth|width|diameter|size|area)\b))\b"
    )
    return before, after


def _million_subject(match: re.Match[str], text: str) -> bool:
    """'the club's debt stands at 4.1m', 'an audience of 3.2m': a glued m or b after a bare figure with nothing after
    it is millions or billions where a noun of money, audience or population stands a few words before it."""
    if (match.group("scale1") or "").strip() not in ("m", "b") or match.group("unit") or match.group("num2"):
        return False
    before, after = _million_subject_patterns()
    return bool(after.match(text, match.end()) and before.search(text, max(0, match.start() - 60), match.start()))


def _lookup(table: dict[str, str], surface: str) -> str | None:
    """Case-sensitive first, then case-insensitive, with whitespace normalized."""
    key = re.sub(r"\s+", " ", surface.strip(" -"))
    if key in table:
        return table[key]
    return next((v for k, v in table.items() if k.lower() == key.lower()), None)


@lru_cache(maxsize=4096)
def classify_unit(surface: str) -> tuple[str, str, float]:
    """(kind, unit, factor) for a unit as written: ('money', 'EUR', 1), ('physical', 'bcm', 1), ..."""
    lex = lexicon()
    key = surface.strip(" -")
    if (iso := _lookup(lex["currency_words"], key)) is not None:
        return "money", iso, 1.0
    if (sub := _lookup({k: k for k in lex["subunits"]}, key)) is not None:
        iso, factor = lex["subunits"][sub]
        return "money", iso, float(factor)
    if (pct := _lookup(lex["percent_units"], key)) is not None:
        return "percent", "percent" if pct.startswith("percentage_point_if") else pct, 1.0
    if (time_unit := _lookup(lex["time_units"], key)) is not None:
        return "duration", time_unit, 1.0
    if key in lex["unit_symbols"]:
        return "physical", lex["unit_symbols"][key], 1.0
    if key in lex["guarded_unit_symbols"]["symbols"]:  # read only where ``pattern``'s guards allow them
        return "physical", lex["guarded_unit_symbols"]["symbols"][key], 1.0
    if key in lex["glued_subunits"]["subunits"]:  # "a 5c rise"
        iso, factor = lex["glued_subunits"]["subunits"][key]
        return "money", iso, float(factor)
    if key in lex["glued_unit_symbols"]["symbols"]:
        return "physical", lex["glued_unit_symbols"]["symbols"][key], 1.0
    if (physical := _lookup(lex["unit_words"], key)) is not None:
        return "physical", physical, 1.0
    if (compound := _compound_unit(key) or _powered_unit(key)) is not None:
        return "physical", compound, 1.0
    return "bare", "", 1.0


_POWERS = {"2": "2", "²": "2", "3": "3", "³": "3"}


def _compound_unit(key: str) -> str | None:
    """'W/m2', 'g/cm3', 'µg/m3', 'g/km': a unit per a unit, each known, the second maybe with an exponent."""
    numerator, slash, denominator = key.partition("/")
    if not slash or not numerator or not denominator or "/" in denominator:
        return None
    top = classify_unit(numerator)
    if top[0] != "physical":
        return None
    bottom = classify_unit(denominator)
    return f"({top[1]}) / ({bottom[1]})" if bottom[0] == "physical" else None


def _powered_unit(key: str) -> str | None:
    """'cm3', 'mm2': a length symbol in lower case with its exponent glued ('g/cm3'; not 'V2', 'C3', names first)."""
    power = _POWERS.get(key[-1:])
    if power is None or len(key) < 2 or not key[:-1].isalpha() or not key[:-1].islower():
        return None
    base = classify_unit(key[:-1])
    return f"({base[1]}) ** {power}" if base[0] == "physical" and _is_length(base[1]) else None


@lru_cache(maxsize=64)
def _is_length(expression: str) -> bool:
    from readout.analyze.units import registry

    return registry().parse_expression(expression).dimensionality == registry().parse_expression("meter").dimensionality


@lru_cache(maxsize=1)
def _qualifier_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])({_alternation(lexicon()['qualifiers'])})\s*$")


@lru_cache(maxsize=1)
def _moved_up() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(lexicon()['verbs_before_up']['words'])})\s+$")


@lru_cache(maxsize=1)
def _handed_over() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(lexicon()['verbs_before_over']['words'])})\s+$")


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier just before ``start`` ("more than", "nearly"...), and where it starts."""
    window = text[max(0, start - 30) : start]
    quals = lexicon()["qualifiers"]
    match = _qualifier_pattern().search(window)
    if not match:
        return "exact", start
    if match.group(1).lower().startswith("up") and _moved_up().search(window, 0, match.start(1)):
        return "exact", start  # "edged up to 5.1 percent": a move to a level, not "at most"
    if match.group(1).lower() == "over" and _handed_over().search(window, 0, match.start(1)):
        return "exact", start  # "handed over £2 billion": the verb's particle, not "more than"
    return quals.get(re.sub(r"\s+", " ", match.group(1).lower()), "exact"), start - (len(window) - match.start(1))


def _rate_of(match: re.Match[str]) -> str | None:
    if match.group("rate"):
        return lexicon()["rate_periods"].get(re.sub(r"\s+", " ", match.group("rate").lower()))
    if match.group("per"):
        per = re.sub(r"^(?:per|an|a|/)\s*", "", match.group("per").strip(), flags=re.I)
        if re.search(r"\s", per) and not per[:1].isdigit() and (kind := classify_unit(per))[0] == "physical":
            per = _unit_symbols_by_expression().get(kind[1], per)  # "per square metre" -> m2, "per million British thermal units" -> mmbtu
        return re.sub(r"\s+", "", per)
    return None


@lru_cache(maxsize=1)
def _unit_symbols_by_expression() -> dict[str, str]:
    """A unit's first symbol written without a space ('meter ** 2' -> 'm2'): how a price per a unit in words is named."""
    symbols: dict[str, str] = {}
    for symbol, expression in lexicon()["unit_symbols"].items():
        if " " not in symbol:
            symbols.setdefault(expression, symbol)
    return symbols


_YEAR = re.compile(r"(?:19|20)\d\d")
_CHANGE_BEFORE = re.compile(r"\b(?i:by|up|down)\s*$")


@lru_cache(maxsize=1)
def _change_verb_before() -> re.Pattern[str]:
    """A verb of rise or fall right before an amount ('rose $1.20 to $45.10'): the amount is a change, what follows 'to' a level
    (percentages are left as ranges: 'fell 50% to 75%' is more often a spread than a change and a level)."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(lexicon()['relative_changes']['before_by'])})\s+$")


@lru_cache(maxsize=1)
def _change_verb_object_before() -> re.Pattern[str]:
    """A verb of rise or fall and its object right before an amount ('raised its quarterly dividend 5 cents to 40
    cents', 'increased the offer $2 to $45 a share'): the amount is the object's change, what follows 'to' its level."""
    return re.compile(
        rf"(?<![\w-])(?:{_alternation(lexicon()['relative_changes']['before_by'])})\s+(?:its|the|their|his|her|our|a|an)\s+(?:(?!(?:to|from|by|at|of|in|on|for|with|between|than)\s)[A-Za-z][\w'’-]*\s+){{0,3}}$"
    )


def change_verb_before(text: str, start: int) -> bool:
    """A verb of rise or fall before a money amount at ``start``, right before it or with its object between."""
    return (
        _change_verb_before().search(text, max(0, start - 16), start) is not None
        or _change_verb_object_before().search(text, max(0, start - 60), start) is not None
    )


def _small_before_scaled(num1: str, num2: str) -> bool:
    """'89' before '93 billion' shares its scale; '750,000' before '1 million' does not."""
    low, high = parse_number(num1), parse_number(num2)
    return low is not None and high is not None and low <= high and low < 1000


# "half a million", "a quarter of a billion", "three-quarters of a million": a share of a scale word
_A_SCALE = re.compile(r"[Aa]n?\s+(?i:dozen|hundred|thousand|million|billion|trillion)")
_FRACTION_OF_SCALE = re.compile(r"(?<![\w-])(?:(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)[\s-]+)?(?P<part>[Hh]alf|[Qq]uarters?|[Tt]hirds?)(?:\s+of)?\s+$")


@lru_cache(maxsize=1)
def _aged_before() -> re.Pattern[str]:
    """'aged 18 to 24', 'voters 18 to 29': a word before a range of ages (``age_cues`` groups of people)."""
    return re.compile(rf"\b(?:[Aa]ged|[Aa]ges|{_alternation(lexicon()['age_cues']['groups'])})\s+$")


def _counted_range(match: re.Match[str], text: str, num1: str, num2: str) -> bool:
    """'2,000 to 3,000 people': both ends count the noun after the second (not "up 2,000 to 3,000 people",
    nor a tally, "48,317 to 47,902 votes")."""
    return (
        (parse_number(num1) or 0) < (parse_number(num2) or 0)
        and (_plural_after().match(text, match.end()) is not None or _OF_GROUP_AFTER.match(text, match.end()) is not None)
        and not change_before_range(text, match.start())
    )


def _subject_range(match: re.Match[str], text: str, num1: str, num2: str) -> bool:
    """'12 to 15 were injured', '40 to 60 have fled': a range of counts with no noun, the subject of the auxiliary
    after it (not "up 20 to 30 were ...", a change and a level; not a tally, "45 to 55", written high first or before a
    plain verb)."""
    return (
        not match.group("cur1")
        and not match.group("cur2")
        and 0 < (parse_number(num1) or 0) < (parse_number(num2) or 0)
        and auxiliary_after(text, match.end())
        and not change_before_range(text, match.start())
    )


def auxiliary_after(text: str, end: int) -> bool:
    """An auxiliary or modal right after ``end`` ('... were injured', '... will attend'): a range before it is a subject."""
    return _range_subject_verb().match(text, end) is not None


@lru_cache(maxsize=1)
def _range_subject_verb() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alternation(lexicon()['range_subject_verbs']['words'], case_insensitive=False)})\b")


# "275 to 350 of its 21,000 jobs", "20 to 30 of the workers": a range of a part of a group named after "of"
_OF_GROUP_AFTER = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|those|these)\s")


def _rated_range(match: re.Match[str], text: str, num1: str, num2: str) -> bool:
    """'$64 to $71 a share', '$80 to $95 a barrel': two amounts rising to a rate after the second are one range of
    that price (not "rose $1 to $25 a share", a change and a level, nor "by $2 to $9 a share")."""
    return (
        bool(match.group("rate") or match.group("per"))
        and (parse_number(num1) or 0) < (parse_number(num2) or 0)
        and not change_before_range(text, match.start())
        and _change_verb_before().search(text, max(0, match.start() - 30), match.start()) is None
        and _change_verb_object_before().search(text, max(0, match.start() - 60), match.start()) is None
    )


def change_before_range(text: str, start: int) -> bool:
    """'up 2,000 to 3,000 people', 'cut staff by 200 to 1,500 workers': a change and a level, not a range. A 'by' with
    no verb of change in the four words before it names who acted ('checked by 8 to 10 editors': a range)."""
    before = _CHANGE_BEFORE.search(text, max(0, start - 8), start)
    if before is None:
        return False
    if before.group().strip().lower() != "by":
        return True
    return _change_verb_before_by().search(text, max(0, start - 60), before.start()) is not None


@lru_cache(maxsize=1)
def _change_verb_before_by() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(lexicon()['relative_changes']['before_by'])})(?:\s+[\w'’.,$%-]+){{0,4}}\s+$")


def _extent_words() -> list[str]:
    """Words that may stand between a figure and its time unit: of extent ('more', 'full') or of a streak ('straight')."""
    adjectives = lexicon()["duration_adjectives"]
    return [*adjectives["words"], *adjectives["streak"]]


def _extent_word(unit_text: str) -> bool:
    """'more weeks', 'previous years', 'straight hours': a time unit after a word of extent or streak."""
    words = unit_text.split()
    return len(words) == 2 and words[0].lower() in _extent_words() and words[1].lower() in lexicon()["time_units"]


_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


@lru_cache(maxsize=1)
def _letter_context_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()["letter_units"]
    return tuple(  # type: ignore[return-value]
        re.compile(rf"\b(?:{'|'.join(map(re.escape, lex[key]))})", re.I)
        for key in ("sure_temperature_stems", "temperature_stems", "electric_stems")
    )


def _letter_unit(letter: str, text: str, start: int, end: int) -> str | None:
    """The unit a capital F or C alone after a number names in its sentence: a temperature, an electrical unit, or none.

    "40 C" is a temperature only where the sentence speaks of heat or weather; "2.5 F" beside a capacitor is
    farads, "100 C" of charge coulombs; without either, the letter is a grade, a group or a name.
    """
    sentence = _sentence_around(text, start, end)
    sure, weather, electric = _letter_context_patterns()
    temperature_unit, electric_unit = lexicon()["letter_units"]["letters"][letter]
    if "°" in sentence or sure.search(sentence):
        return temperature_unit
    if electric.search(sentence):
        return electric_unit
    if weather.search(sentence) or _written_scale(text, start, end) == temperature_unit:
        return temperature_unit  # "95 F" in a report that writes "35C (95F)" elsewhere
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 250) : start]
    ends = list(_SENTENCE_END.finditer(before))
    sentence_start = start - len(before) + (ends[-1].end() if ends else 0)
    after = _SENTENCE_END.search(text, end, min(len(text), end + 250))
    return text[sentence_start : after.start() if after else min(len(text), end + 250)]


_SCALE_WRITTEN = re.compile(r"°\s?(?P<letter>[FC])\b|\b(?P<word>(?i:fahrenheit|celsius|centigrade))\b")
_SCALE_UNITS = {"f": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit", "c": "degree_Celsius", "celsius": "degree_Celsius", "centigrade": "degree_Celsius"}


def _written_scale(text: str, at: int, end: int | None = None) -> str | None:
    """The temperature scale the document writes nearest to ``at`` (a degree sign with its letter, or the scale's name).

    A scale in brackets right after the figure (``end``) is a conversion's: "40 degrees (104 Fahrenheit)" is Celsius.
    """
    if "°" not in text and not any(word in text for word in ("ahrenheit", "elsius", "entigrade")):
        return None
    bracket = _CONVERSION_AFTER.match(text, end) if end is not None else None
    written = [m for m in _SCALE_WRITTEN.finditer(text) if bracket is None or not bracket.start() <= m.start() < bracket.end()]
    nearest = min(written, key=lambda m: abs(m.start() - at), default=None)
    if nearest is None and bracket is not None and (inside := _SCALE_WRITTEN.search(bracket.group())):
        other = {"degree_Fahrenheit": "degree_Celsius", "degree_Celsius": "degree_Fahrenheit"}
        return other[_SCALE_UNITS[(inside.group("letter") or inside.group("word")).lower()]]
    return _SCALE_UNITS[(nearest.group("letter") or nearest.group("word")).lower()] if nearest else None


_CONVERSION_AFTER = re.compile(r"\s*\([^()]{0,40}\)")


@lru_cache(maxsize=1)
def _angle_context() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon()['letter_units']['angle_stems']))})", re.I)


def _degree_unit(text: str, start: int, end: int, written: str, negative: bool = False) -> str | None:
    """'40 degrees' with no scale: a temperature where its sentence speaks of heat or weather and of no angle.

    The scale is the one the document writes nearest; where it writes none the degrees stay as written.
    A capitalised "Degrees" in a sentence that speaks of neither heat nor an angle is a name (a band
    called "98 Degrees"), not a measure: None.
    """
    sentence = _sentence_around(text, start, end)
    _, weather, _ = _letter_context_patterns()
    if _angle_context().search(sentence):
        return "degree"
    if not (negative or weather.search(sentence) or _TEMPERATURE_WORD.search(sentence)):
        return None if written[:1].isupper() else "degree"
    return _written_scale(text, start, end) or "degree_temperature"


# a temperature change, not a level: "warmed by 3.6 degrees", "rose 2 degrees", "5 degrees colder than";
# "20 degrees below zero" is a level
_TEMPERATURE_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:by|ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|warm(?:s|ed|ing)?|cool(?:s|ed|ing)?|"
    r"climb(?:s|ed)?|jump(?:s|ed)?|increas(?:e|es|ed)|decreas(?:e|es|ed)|declin(?:e|es|ed)|soar(?:s|ed)|plung(?:e|es|ed)|"
    r"up|down|(?:increase|rise|drop|fall|decline|warming|cooling|change|swing|difference)\s+of)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|only|just|another|more\s+than|less\s+than|"
    r"as\s+much\s+as|at\s+least|an\s+additional|a\s+further)\s+)?$)"
)
_TEMPERATURE_CHANGE_AFTER = re.compile(
    r"\s*(?i:warmer|cooler|hotter|colder|higher|lower|above|below|more|less|of\s+(?:warming|cooling|heating))\b"
    r"(?!\s+(?i:zero|freezing)\b)"
)
_TEMPERATURE_DELTAS = {"degree_Fahrenheit": "delta_degF", "degree_Celsius": "delta_degC"}


def _temperature_change(unit: str, text: str, start: int, end: int) -> str:
    """The unit of a temperature figure: a difference ("warmed by 3.6 degrees Fahrenheit") converts by
    ratio only (pint's delta units: 3.6 F of change is 2 C of change, not -15.8 C); a level keeps its scale."""
    if unit not in _TEMPERATURE_DELTAS:
        return unit
    if _TEMPERATURE_CHANGE_BEFORE.search(text, max(0, start - 40), start) or _TEMPERATURE_CHANGE_AFTER.match(text, end):
        return _TEMPERATURE_DELTAS[unit]
    return unit


# "one foot in front of another", "one foot out the door", "one foot in the grave": a place after the foot,
# not a word of extent ("one foot of snow", "one foot deep") nor a time ("one foot in the past hour")
_BODY_FOOT_AFTER = re.compile(
    r"\s+(?i:in\s+front\b|in\s+the\s+(?!(?:past|last|first|next|previous|coming|same)\b)|on\s+the\b|out\s+(?:the|of)\b|"
    r"off\s+the\b|into\b|onto\b|inside\b|forward\b|after\s+the\s+other\b)"
)
_TEMPERATURE_WORD = re.compile(r"\b(?i:temperatur|thermo|celsius|fahrenheit|centigrade)|°")


def unnoised(value: float) -> float:
    """A scaled figure without floating-point noise: twelve significant digits, more than news ever writes."""
    return float(f"{value:.12g}")


_MONTH_BEFORE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$"
)
_PLUS_OR = re.compile(r"(?i:plus)[\s-]+or[\s-]+$")
_LISTED_BEFORE = re.compile(r"\d\s*,\s*$")  # "3,000, 5,500 or 8,000 travellers": the last two of a list, not a range


def _interpret(match: re.Match[str], text: str) -> RawQuantity | None:
    num1, num2 = match.group("num1"), match.group("num2")
    sep = (match.group("sep") or "").lower()
    between = match.group("between").split()[0].lower() if match.group("between") else ""  # "between the ages of": "between"
    scaled_range = bool(match.group("scale2")) and not match.group("scale1") and (
        not match.group("cur2")
        or (_small_before_scaled(num1, num2) and not _CHANGE_BEFORE.search(text[max(0, match.start() - 8) : match.start()]))
    )  # "$89 to $93 billion": one scale for both ends; "up $4 to $19 billion" is a change and a level
    loose_to = (
        sep == "to"
        and not between
        and not match.group("unit")
        and not scaled_range
        and not _aged_before().search(text, max(0, match.start() - 14), match.start())  # "aged 18 to 24": an age range
        and not _counted_range(match, text, num1, num2)
        and not _rated_range(match, text, num1, num2)
        and not _subject_range(match, text, num1, num2)
    )
    if num2 and ((sep == "and" and between != "between") or loose_to):
        return None  # "2 and 3" are two figures, and so are "by $12.8 billion to $301.5 billion"
    if num2 and sep == "or" and not (
        (match.group("unit") or (_counted_range(match, text, num1, num2) and not _LISTED_BEFORE.search(text, max(0, match.start() - 12), match.start())))
        and (parse_number(num1) or 0) < (parse_number(num2) or 0)
    ):
        return None  # "three or four years", "seven or eight rivals", "2 or 3 million homes" are ranges; "2 or 3" alone, two figures
    if num2 and (match.group("unit") or match.group("cur2")) and _MONTH_BEFORE.search(text, max(0, match.start("num1") - 12), match.start("num1")):
        # "from 44 percent on May 9 to 51 percent", "the half ended June 30 to $412.6 million": a day of a date
        # and the next figure, not a range
        return None
    spaced_dash = sep in ("-", "–", "—") and text[match.start("sep") - 1 : match.start("sep")].isspace() and text[match.end("sep") : match.end("sep") + 1].isspace()
    if num2 and (sep in ("to", "and", "or") or spaced_dash) and _YEAR.fullmatch(num1) and not _YEAR.fullmatch(num2):
        return None  # "in 2008 to 29 mpg", "than in 2019 — 4.2 percent": a year and the next figure, not a range
    has_currency = bool(match.group("cur1") or match.group("cur2"))
    value = parse_number(num1)
    if value is None:
        return None
    counted_at = None if has_currency else _counted_after(match, text)
    # "300m euros", "2m pounds": a currency written after a glued m makes it millions, as a sign before it does; so does
    # any unit ("2m tonnes", "10.5m barrels a day", "1.5m hectares": no length is measured in metres of tonnes)
    unit_after = classify_unit(match.group("unit").strip(" -"))[0] if match.group("unit") else "bare"
    factor1, leftover1 = _scale_factor(
        match.group("scale1"),
        has_currency or unit_after != "bare" or counted_at is not None or _money_scale(match, text) or _million_subject(match, text),
    )
    high = None
    factor2 = 1.0
    if num2:
        high = parse_number(num2)
        factor2, _ = _scale_factor(match.group("scale2"), has_currency)
        if high is None:
            return None
        if not match.group("scale1") and match.group("scale2") and (value <= high or value <= 10 * high):
            # "33-35 billion", "from 1.4 to 1.1 million": the scale applies to both ends where the ends are then
            # alike (not "$750,000 to $1 million", nor "from 900 to 1.2 million")
            factor1 = factor2
    if (
        high is not None
        and sep == "to"
        and not between
        and not has_currency
        and unit_after in ("money", "physical")
        and 0 < value * factor1 * 2 < high * factor2
        and change_before_range(text, match.start())
    ):
        return None  # "rose by 200 million to 3.2 billion euros": a change and the level it reached (the unit carried back below)
    if factor1 != 1.0:
        value = unnoised(value * factor1)  # "4.1 billion" is 4100000000, not 4099999999.9999995
    if high is not None and factor2 != 1.0:
        high = unnoised(high * factor2)
    # a hyphen glued to the figure before it joins a range ("5.25%-5.5%"); after a space it is a sign ("the DAX -0.8%")
    signed = bool(match.group("neg")) and not (match.group("neg") == "-" and match.start("neg") > 0 and text[match.start("neg") - 1] in "%0123456789")
    if signed and _PLUS_OR.search(text, max(0, match.start("neg") - 8), match.start("neg")):
        signed = False  # "an error margin of plus or minus 3.5 points": a spread either way, not a negative value
    if signed:
        value, high = -value, (-high if high is not None else None)
    unit_text = (match.group("unit") or "").strip(" -") or leftover1 or ""
    rate = _rate_of(match)
    display = None
    article_end: int | None = None
    kind, unit, unit_factor = "bare", "", 1.0
    if has_currency:
        kind = "money"
        prefix = match.group("cur1") or match.group("cur2")
        if prefix == "A $" and match.group("cur1") and _article_a(text, match.start("cur1")):
            prefix, article_end = "$", match.start("cur1") + 2  # "A $2 million grant": the article and a dollar sign
        unit = (
            lexicon()["currency_prefixes"].get(prefix)
            or lexicon()["glued_currency_prefixes"].get(prefix)
            or lexicon()["former_currency_signs"]["signs"].get(prefix)
            or lexicon()["scaled_currency_prefixes"][prefix]
        )
        scale_text = (match.group("scale1") or match.group("scale2") or "").strip(" -")
        display = " ".join(filter(None, [prefix, scale_text]))
        if unit_text:
            unit_kind, word_unit, unit_factor = classify_unit(unit_text)
            if unit_kind == "money":
                unit = word_unit
            else:
                unit_factor = 1.0
    elif match.group("ratio"):
        kind, unit, display = "ratio", "ratio", match.group("ratio").strip(" -")
    elif unit_text:
        kind, unit, unit_factor = classify_unit(unit_text.split()[-1] if _extent_word(unit_text) else unit_text)
        display = unit_text
        if unit_text in lexicon()["letter_units"]["letters"]:
            unit = _letter_unit(unit_text, text, match.start(), match.end())
            if unit is None:
                return None  # "Group C 4", "2.5 F" with nothing said of heat or electricity: not a unit we can tell
        elif unit == "degree":
            # "40 degrees" of heat: a temperature, not an angle; so is "minus 4 degrees" (no angle in news is written below zero)
            unit = _degree_unit(text, match.start(), match.end(), unit_text, negative=bool(match.group("neg")))
            if unit is None:
                return None  # "the band 98 Degrees": a name
        elif unit == "foot" and num1.lower() == "one" and _BODY_FOOT_AFTER.match(text, match.end()):
            return None  # "one foot in front of another": the body part, not a length
        if kind == "physical" and not num2 and not re.match(r"[-–]\d", text[match.end() : match.end() + 2]):  # "fell 30C-25C": two levels
            unit = _temperature_change(unit, text, match.start("num1"), match.end())
        if match.group("scale1") and not leftover1:
            display = f"{match.group('scale1').strip(' -')} {unit_text}"
    if unit_factor != 1.0:  # "83 cents" is 0.83 dollars, not 0.8300000000000001
        value = unnoised(value * unit_factor)
        high = unnoised(high * unit_factor) if high is not None else None
    if rate and display:
        display = f"{display}/{rate}"
    base = match.start("cur1") if match.group("cur1") else match.start("num1")
    if article_end is not None:
        base = article_end
    if signed:
        base = match.start("neg")
    if high is not None and between:
        base = match.start("between")
    if high is None and _A_SCALE.fullmatch(num1) and (part := _FRACTION_OF_SCALE.search(text, max(0, base - 24), base)):
        count = parse_number(part.group("n")) if part.group("n") and part.group("n").lower() != "a" else 1.0
        whole = SHARE_PARTS[part.group("part").lower()]
        if count is not None and count < whole and part.group("part").lower().endswith("s") == (count > 1):
            value *= count / whole  # "a quarter of a million", "half a billion": that share of the scale
            base = part.start()
    qualifier, start = qualifier_before(text, base)
    if match.group("plus") and qualifier == "exact":
        qualifier = "more_than"  # "35-plus hours", "100,000-plus subscribers"
    if high is not None:
        qualifier = "range"
        if value > high and between != "from" and kind == "physical":
            value, high = high, value  # "a density of 2.6 to 0.04 A/cm2": a range is held low to high ("from" is a move: _falling_levels)
    opens_range = bool(between) and high is None
    return RawQuantity(
        start=start,
        end=match.end(),
        value=value,
        value_high=high,
        kind=kind,
        unit=unit,
        display_unit=display,
        qualifier=qualifier,
        rate=rate,
        number_start=match.start("num1"),
        number_end=max(match.end("num2") if num2 else match.end("num1"), match.end("scale2") if num2 else match.end("scale1")),
        spelled=not num1[0].isdigit() and not num1.startswith("."),
        opens_range=opens_range,
        counted_at=counted_at,
    )


_IN_THE_FIRST_PLACE = re.compile(r"(?i:in the first place)\b")


def _interpret_ordinal(match: re.Match[str], text: str) -> RawQuantity | None:
    group = "after_cue" if match.group("after_cue") else "ordinal"
    value = parse_ordinal(match.group(group))
    if value is None:
        return None
    if "anniversary" in (match.group("tail") or "").lower():
        kind, unit, display = "duration", "years", "anniversary"
    else:
        kind, unit, display = "rank", "rank", None
    start, end = match.start(group), match.end()
    if group == "ordinal" and start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        return None  # "a 30-second spot": a duration, not the second spot
    if start >= 7 and _IN_THE_FIRST_PLACE.match(text, start - 7):
        return None  # "in the first place": "at all", no rank
    return RawQuantity(
        start=start, end=end, value=value, value_high=None, kind=kind, unit=unit, display_unit=display,
        qualifier="exact", rate=None, number_start=match.start(group), number_end=match.end(group), spelled=True,
    )


# "the No. 2 official", "the country's No. 1 auto maker", "she is No. 3 in the polls": "No." and a number under 100,
# then a lower-case word (perhaps after one capitalised modifier: "No. 1 Dutch brewer"), a comma or "in"
_RANK_NUMBER = re.compile(
    r"(?<![\w.])No\.\s?(?P<n>[1-9]\d?)(?![\d,.]?\d)(?=\s+(?:[A-Z][\w.-]*\s+)?[a-z]|\s*[,;]|\s+in\b)"
)
# the word before "No.": a determiner, a possessive or a verb of being make it a rank; a capitalised name before it
# makes it a number of that thing ("Resolution No. 242", "Flight No. 7")
_RANK_NUMBER_BEFORE = re.compile(r"(?:\b(?i:the|a|its|their|his|her|our|as|was|is|are|were|be|been|being|remains|remained|became|become|now)|['’]s)\s+$")


def _interpret_rank_number(match: re.Match[str], text: str) -> RawQuantity | None:
    if _RANK_NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()) is None:
        return None
    return RawQuantity(
        start=match.start(), end=match.end("n"), value=float(match.group("n")), value_high=None, kind="rank", unit="rank",
        display_unit=None, qualifier="exact", rate=None, number_start=match.start("n"), number_end=match.end("n"), spelled=False,
    )


_WORDS_AFTER = re.compile(r"\s+([^\W\d_][\w'ʻ-]*)(?:\s+([^\W\d_][\w'ʻ-]*))?(?:\s+([^\W\d_][\w'ʻ-]*))?")
_NUMBER_HEAD = re.compile(r"^\S+\s*")


def _currency_after(raw: RawQuantity, text: str) -> RawQuantity:
    """'300 million Egyptian pounds', '200 million baht': a figure followed by a currency CLDR names."""
    match = _WORDS_AFTER.match(text, raw.end)
    if match is None:
        return raw
    names = cldr_currencies()[0]
    words = [w for w in match.groups() if w]
    scale = _NUMBER_HEAD.sub("", text[raw.number_start : raw.number_end], count=1)
    for n in range(len(words), 0, -1):
        code = names.get(" ".join(words[:n]).lower())
        if code is None and n == 1 and (
            scale.lower() in _SCALE_WORDS or _quoted_against(text, raw.start) or _CONVERTED_AFTER.match(text, match.end(1))
        ):  # "3 trillion won", "about 90,000 marks (dlrs 50,000)": a conversion in brackets after it makes it money
            code = lexicon()["currencies_after_scale"]["words"].get(words[0].lower())
        if code is not None:
            end = match.end(n)
            written = " ".join(words[:n])
            return replace(raw, kind="money", unit=code, display_unit=f"{scale} {written}".strip(), end=end)
    word = words[0].lower()
    if word in lexicon()["shared_currency_words"]["sums"] and _sum_of_money(raw, scale):
        # "fined 900,000 crowns", "2 billion shillings": the word, whose country the document may name, not a count
        return replace(raw, kind="money", unit=word, display_unit=f"{scale} {words[0]}".strip(), end=match.end(1))
    return raw


def _sum_of_money(raw: RawQuantity, scale: str) -> bool:
    """Whether a figure before a currency word with no code ('crowns') is a sum: one with a scale word, or in digits of
    100 and more ('150 crowns'); 'three crowns' a dentist fitted are counted."""
    return scale.lower() in _SCALE_WORDS or (not raw.spelled and raw.value >= 100)


_SCALE_WORDS = {"million", "billion", "trillion", "bn", "mn", "m", "crore", "lakh"}
_CONVERTED_AFTER = re.compile(r"\s*\(\s*(?:US\$|\$|£|€|#|dlrs\s|US\s+dlrs\s)\s?\d")
_QUOTED_CUE = re.compile(lexicon()["currencies_after_scale"]["quoted_cue"])


def _quoted_against(text: str, at: int) -> bool:
    """'the dollar slipped to 1.7315 marks': the sentence quotes a currency against the figure's word, an exchange rate."""
    return _QUOTED_CUE.search(text, max(0, at - 120), at) is not None


_WORD_BEFORE = re.compile(r"(\S+)\s*$")


def _article_a(text: str, at: int) -> bool:
    """'A $2 million grant', 'Voters Back A $12 Parking Fee': a capital A that opens a sentence or stands in a title-case
    heading is the article before a dollar sign; 'A $' is Australian dollars only after a word in lower case
    ('sold for A $48 million', as ASCII copy writes 'A$')."""
    word = _WORD_BEFORE.search(text[max(0, at - 40) : at])
    if word is None:
        return True
    last = word.group(1)
    return not (last[-1].isalnum() and (last[0].islower() or last[0].isdigit()))


def _signed_second(match: re.Match[str], text: str) -> bool:
    """'the FTSE 100 -0.4%', 'Brent $82.10 -0.35': a hyphen after a space and glued to a lower figure signs that
    figure (a list of levels and changes); it does not join a range ("5 -10W" rises, and stays one)."""
    if match.group("sep") != "-" or not match.group("num2"):
        return False
    at = match.start("sep")
    if at == 0 or not text[at - 1].isspace() or text[at + 1 : at + 2].isspace():
        return False
    low, high = parse_number(match.group("num1")), parse_number(match.group("num2"))
    return low is not None and high is not None and high < low


def _split_point(match: re.Match[str]) -> int | None:
    """Where the second figure starts when a matched 'X to Y' / 'X and Y' is not a range."""
    if not match.group("num2"):
        return None
    return match.start("cur2") if match.group("cur2") else match.start("num2")


# Gates: what a pass's pattern cannot match without, searched first because the pattern itself opens with a
# lookbehind and alternations the regex engine tries at every word (it finds no literal to skip to). Each is implied
# by its pattern, so the pass finds the same where the gate lets it run.
_HYPHEN_PART = re.compile(r"-(?:half|third|quarter|fifth|tenth)")  # _HYPHEN_SHARE's "-" and part
_PRIME_BETWEEN_DIGITS = re.compile(r"\d\s?['’′]\s?\d")  # _PRIMED_HEIGHT's feet, prime and inches
_UNIT_SHARE_PART = re.compile(r"(?:half|quarters?|thirds?)(?:\s+of)?\s+an?\s")  # unit_share_pattern's part and article


def _unit_share_gate(lowered: str) -> bool:
    """unit_share_pattern's part and article in the lower-cased text; the pattern's (?i:) also matches the dotless
    and dotted i and the long s, which lower() keeps or splits, so a text with one of them is let through."""
    return _UNIT_SHARE_PART.search(lowered) is not None or "ı" in lowered or "ſ" in lowered or "i̇" in lowered


def find(text: str) -> list[RawQuantity]:
    """Every quantity-shaped stretch of ``text``, in order, without overlaps."""
    found: list[RawQuantity] = []
    for match in ordinal_pattern().finditer(text):
        raw = _interpret_ordinal(match, text)
        if raw is not None:
            found.append(raw)
    if "No." in text:  # "the No. 2 official", "the No. 1 Dutch brewer": a rank, not a count
        found.extend(raw for match in _RANK_NUMBER.finditer(text) if (raw := _interpret_rank_number(match, text)) is not None)
    lowered = text.lower()
    if any(word in lowered for word in _VAGUE_WORDS) or "several " in lowered or "a few " in lowered:  # the passes below are skipped where their words are absent
        found.extend(_interpret_vague(match) for match in vague_pattern().finditer(text))
    if "fold" in text:
        found.extend(raw for match in fold_pattern().finditer(text) if (raw := _interpret_fold(match, text)) is not None)
    found.extend(replace(raw, display_unit="times") for match in TIMES_SIGN.finditer(text) if (raw := _interpret_fold(match, text)) is not None)
    if any(stem in lowered for stem in _MULTIPLYING_STEMS) or (("by" in text or "up" in text or "down" in text) and _BY_SHARE.search(text)):  # "fell by a third", "doubled": before the share pass, which would read "half of" as a group
        found.extend(raw for match in relative_change_pattern().finditer(text) if (raw := _interpret_relative_change(match, text)) is not None)
    if "wice " in text or "hrice " in text or ("alf " in text and any(needle in text for needle in _HALF_BEFORE_DETERMINER)):  # "twice the usual premium", "half the population"
        found.extend(raw for match in _MULTIPLE_OF_THE.finditer(text) if (raw := _interpret_multiple_of_the(match, text)) is not None)
    if "wice as " in text or "hrice as " in text or "alf as " in text:  # "twice as powerful", "half as many"
        found.extend(_interpret_multiple_as(match, text) for match in _MULTIPLE_AS.finditer(text))
    if "in half" in lowered:  # "cut the budget in half"
        found.extend(_interpret_in_half(match) for match in _IN_HALF.finditer(text))
    if "-," in text or "- and" in text or "- or" in text or "- to" in text:  # most texts have no suspended hyphen
        found.extend(raw for match in suspended_pattern().finditer(text) for raw in _interpret_suspended(match))
    if any(f"in {whose} " in lowered for whose in ("his", "her", "their", "my", "your", "our")):  # "a man in his 40s"
        found.extend(raw for match in _AGE_DECADE.finditer(text) for raw in _age_decades(match, text))
    if "-in-" in text:  # "a 1-in-100-year flood"
        found.extend(raw for match in _ODDS_PERIOD.finditer(text) if (raw := _interpret_odds_period(match)) is not None)
    if "/" in text or "⁄" in text or "out of" in text or _PROPORTION_IN.search(text):  # most texts have none: skip the pass
        found.extend(raw for match in fraction_pattern().finditer(text) if (raw := _interpret_fraction(match, text)) is not None)
    if "/" in text:  # "eased 1/8", "3/4 of voters": after the fractions of a unit ("1/4 of a mile")
        found.extend(
            raw for match in _LONE_FRACTION.finditer(text)
            if (raw := _interpret_lone_fraction(match, text)) is not None and not any(r.start < raw.end and raw.start < r.end for r in found)
        )
    for hit in _SHARE_WORD.finditer(text):  # a share is tried only just before the few words that can end one
        match = share_pattern().search(text, max(0, hit.start() - 7), hit.end() + 40)
        if match is not None and match.end("sd") == hit.start() + len(hit.group(1)) and (raw := _interpret_fraction(match, text)) is not None:
            found.append(raw)
    if "ub-" in text:
        found.extend(_after_prefix(_SUB, text))
    if "hen-" in text or "ow-" in text:  # "the then-45-year-old senator", "her now-18-month-old son"
        found.extend(_after_prefix(_TIME_PREFIX, text))
    if "-to-" in text:  # "25-to-44-year-olds": an age range
        found.extend(_interpret_age_span(match) for match in _AGE_SPAN.finditer(text))
    if "-" in text and _HYPHEN_PART.search(text) and _HYPHEN_SHARE.search(text):  # "one-third less", "about two-thirds": a share, not a count of thirds
        found.extend(
            raw for match in _HYPHEN_SHARE.finditer(text)
            if (raw := _interpret_hyphen_share(match, text)) is not None and not any(r.start < raw.end and raw.start < r.end for r in found)
        )
    if ("alf" in text or "uarter" in text or "hird" in text) and _unit_share_gate(lowered):  # "half a mile", "a quarter of a percentage point"
        found.extend(raw for match in unit_share_pattern().finditer(text) if (raw := _interpret_unit_share(match)) is not None)
    if "point" in lowered and ("quarter" in lowered or "half" in lowered):  # "by a quarter point", "a half-point cut"
        found.extend(raw for match in _POINT_SHARE.finditer(text) if (raw := _interpret_point_share(match, text)) is not None)
    if " or two" in lowered or " or three" in lowered:  # "a day or two", "another pick or two"
        found.extend(raw for match in _OR_TWO.finditer(text) if (raw := _interpret_or_two(match)) is not None)
    if "and a half" in lowered:  # "an hour and a half", "a year and a half"
        found.extend(raw for match in unit_and_a_half_pattern().finditer(text) if (raw := _interpret_unit_and_a_half(match)) is not None)
    if _implied_one_gate().search(lowered):  # "a mile wide", "a foot of snow": after the share passes ("half a mile")
        found.extend(
            raw for match in implied_one_pattern().finditer(text)
            if (raw := _interpret_implied_one(match, text)) is not None and not any(r.start < raw.end and raw.start < r.end for r in found)
        )
    if ("-by-" in text or " by " in text) and _FIGURE_BY_FIGURE.search(text):  # "an 8-by-10-inch print": each figure a length
        found.extend(_sizes_by(text))
    if ("'" in text or "′" in text or "’" in text) and _PRIME_BETWEEN_DIGITS.search(text):  # "a 6'2\" guard": before the figures, which would read two bare numbers
        found.extend(raw for raw in _primed_heights(text) if not any(r.start < raw.end and raw.start < r.end for r in found))
    compiled, position = pattern(), 0
    while (match := compiled.search(text, position)) is not None:
        position = match.end()
        signed = _signed_second(match, text)
        raw = None if signed else _interpret(match, text)
        if raw is not None and match.group("between") and match.end() == match.end("num2") and _DASH_FIGURE.match(text, match.end()):
            raw = None  # "from 18.5 to 21-23 billion euros": a level, then a range of levels, not the range 18.5-21
        if raw is not None and raw.kind == "bare" and not raw.rate:
            raw = _currency_after(raw, text)
        if raw is not None and raw.kind == "bare" and raw.rate and raw.rate[:1].isdigit() and text[raw.number_end : raw.number_end + 1] == "/":
            pair = _slash_pair(raw, text)  # "28/36 mpg": two figures that share the unit, not 28 per 36 mpg
            if pair is not None:
                found.extend(pair)
                position = pair[1].end
                continue
        if raw is None and (split := _split_point(match)) is not None:
            # not a range: read the first figure alone, then go on from the second (from its sign, if it has one)
            first = compiled.match(text[:match.start("sep")].rstrip(), match.start())
            raw = _interpret(first, text) if first is not None else None
            position = match.start("sep") if signed else split
        if raw is not None and raw.start < match.start("num1") and _A_SCALE.fullmatch(match.group("num1")):  # "Three-quarters of a million": not "Three" alone
            found = [r for r in found if not (r.kind == "bare" and raw.start <= r.start and r.end <= match.start("num1"))]
        if raw is not None and (levels := _falling_levels(raw, match)) is not None:
            found.extend(level for level in levels if not any(r.start < level.end and level.start < r.end for r in found))
            continue
        if raw is not None and not any(r.start < raw.end and raw.start < r.end for r in found):
            found.append(raw)
            if (second := _glued_second(raw, text)) is not None:
                found.append(second)  # _merge_ranges joins the two
                position = second.end
    found = _merge_ranges(sorted(found, key=lambda r: r.start), text)
    if "in" in text or "-foot-" in text:
        found = _feet_and_inches(found, text)
    if " over " in text:  # "$3 billion over 10 years": the span the amount is spread over, not more than 10 years
        found = _spread_over(found, text)
    if "st" in text:  # "11 stone 4 pounds", "15st 2lb"
        found = _stone_and_pounds(found, text)
    found = _rates_after_brackets(_carry_units(found, text), text)
    if any(raw.rate and raw.kind == "money" for raw in found):  # "$3 per person per night"
        found = _second_rates(found, text)
    if " and " in text or " or " in text:  # "11 and 8 percent", "5, 6 or 7 km"
        found = _units_carried_back(found, text)
    if " to " in text and any(raw.kind == "bare" for raw in found):  # "rose by 200 million to 3.2 billion euros"
        found = _change_unit_from_level(found, text)
        found = _from_level_before_range(found, text)  # "from 18.5 to 21-23 billion euros"
    if any(raw.kind == "bare" for raw in found):  # "from 9.30 to 11.15 on Tuesday"
        found = _clock_ranges(found, text)
    if any(raw.kind == "physical" and raw.display_unit == "m" for raw in found):  # "2.3m passengers, up from 2.1m"
        found = _glued_millions_after(found, text)
    if any(raw.kind == "money" and _SCALE_IN_AMOUNT.search(text, raw.start, raw.end) for raw in found):
        found = _scale_left_out(found, text)  # "C$48.2 million, compared with C$37.2 a year earlier": millions of dollars
    found = _exchange_rates(found, text)  # "150 yen per dollar", "1.08 dollars to the euro": tried only where " per " or " to " follows
    if any(raw.kind == "money" and (_CURRENCY_COUNTRY_AFTER.match(text, raw.end) or _DOLLAR_COUNTRY_AFTER.match(text, raw.end)) for raw in found):
        # "$80 U.S. per barrel", as Canadian copy writes US dollars; "$31 Canadian"
        found = [_dollar_country_after(raw, text) for raw in found]
    if " or so" in text:  # "40 or so volunteers", "ten minutes or so"
        found = [_or_so(raw, text) for raw in found]
    if " or more" in text or " or less" in text or " or fewer" in text:  # "$450 million or more", "20 or fewer shops"
        found = [_or_more(raw, text) for raw in found]
    if " H" in text:  # "makes 300 HP": a capital symbol apart that is also a maker's name
        found = [_symbol_apart(raw, text) for raw in found]
    if " scale" in text:  # "from 9 to 12 on the dB scale": the scale's unit is the figure's
        found = [_on_unit_scale(raw, text) for raw in found]
    if "old" in text:  # "a 26-year-old man", "he is 26 years old": the age runs to "old"
        found = [_age_to_old(raw, text) for raw in found]
    if any(raw.unit == "metric_ton" and bare_tons(raw.display_unit) for raw in found) and ton_expression(text) != "metric_ton":
        found = [replace(raw, unit="short_ton") if raw.unit == "metric_ton" and bare_tons(raw.display_unit) else raw for raw in found]
    return found


def bare_tons(display: str | None) -> bool:
    """'40,000 tons', '3 million tons/year': 'tons' written alone, not 'metric tons' or 'tonnes'."""
    words = (display or "").split("/")[0].split()
    return bool(words) and words[-1].lower() in ("ton", "tons") and not (len(words) > 1 and words[-2].lower() == "metric")


@lru_cache(maxsize=1)
def _ton_variety_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()["ton_variety"]
    def words(items):
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))
        return re.compile(rf"\b(?:{alternation})\b", re.I)
    return words(p[0] for p in lex["pairs"]), words(p[1] for p in lex["pairs"]), words(lex["metric_markers"])


@lru_cache(maxsize=4)
def ton_expression(text: str) -> str:
    """The ton that 'tons' alone means in this text: the short ton in American English (more American spellings
    than British ones, and no 'tonne' or 'metric ton' written), the metric ton otherwise (``ton_variety``).

    Cached on the text: the grammar, each counted "tons" of the extractor and the NewsQuant adapter ask it of the
    same document, and it reads the whole text (the last few texts are kept, so one document is read once)."""
    american, british, metric = _ton_variety_patterns()
    if metric.search(text):
        return "metric_ton"
    return "short_ton" if len(american.findall(text)) > len(british.findall(text)) else "metric_ton"


_ON_SCALE = re.compile(r"\s+on\s+the\s+(?P<unit>[^\W\d_][\w/°]*)\s+scale\b")


def _on_unit_scale(raw: RawQuantity, text: str) -> RawQuantity:
    """'scored 9 on the GPa scale', 'between 30 and 35 on the dB scale': a bare figure read on a scale named by a unit
    is in that unit ('6.1 on the Richter scale' stays bare: the scale is no unit)."""
    if raw.kind != "bare" or (match := _ON_SCALE.match(text, raw.end)) is None:
        return raw
    kind, expression, _ = classify_unit(match.group("unit"))
    if kind != "physical":
        return raw
    return replace(raw, end=match.end(), kind="physical", unit=expression, display_unit=match.group("unit"))


_OLD_AFTER = re.compile(r"(?:-|\s+)olds?\b")


def _age_to_old(raw: RawQuantity, text: str) -> RawQuantity:
    """'a 26-year-old man', 'a 3-month-old puppy', '26 years old': the span covers the age as a reader sees it, "old"
    included (a duration right before "-old" or " old"; "26 years older" is a difference, not an age)."""
    if raw.kind != "duration" or (match := _OLD_AFTER.match(text, raw.end)) is None:
        return raw
    return replace(raw, end=match.end())


@lru_cache(maxsize=1)
def _symbol_apart_pattern() -> re.Pattern[str]:
    lex = lexicon()["symbols_apart"]
    symbols = "|".join(map(re.escape, lex["symbols"]))
    following = "|".join(map(re.escape, lex["next_words"]))
    return re.compile(rf" (?P<symbol>{symbols})(?=[,;:.!?)]|\s*$|\s+(?:{following})\b)")


def _symbol_apart(raw: RawQuantity, text: str) -> RawQuantity:
    """'makes 300 HP and 400 Nm', 'a 520 HP engine': horsepower; '300 HP laptops' stays a bare figure (the maker)."""
    if raw.kind != "bare" or raw.rate or raw.spelled or raw.end != raw.number_end:
        return raw
    match = _symbol_apart_pattern().match(text, raw.end)
    if match is None:
        return raw
    symbol = match.group("symbol")
    return replace(raw, end=match.end(), kind="physical", unit=lexicon()["symbols_apart"]["symbols"][symbol], display_unit=symbol)


# not before a noun it would modify ("$3 million US investors", "$5 million Canadian contract")
_STOP_AFTER_COUNTRY = r"(?=[,;:)]|\.?\s*$|\.\s+[A-Z]|\s+(?:per|a|an|each|apiece|for|in|on|to|from|and|or|at|by)\b)"
_DOLLAR_COUNTRY_AFTER = re.compile(rf"\s+(?:U\.S\.|US){_STOP_AFTER_COUNTRY}")
# "$31 Canadian", "20 dollars Australian", "$2 million Hong Kong": the country adjective that names the currency
_CURRENCY_COUNTRY_AFTER = re.compile(rf"\s+(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){_STOP_AFTER_COUNTRY}")


_TO_ONLY = re.compile(r"\s+to\s+")


def _change_unit_from_level(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'rose by 200 million to 3.2 billion euros', 'cut output by 30,000 to 1.2 million tonnes': a bare change after 'by'
    (a verb of change before it) or 'up'/'down', then 'to' and a level with a currency or a unit written after it: the
    change is in the level's unit."""
    out = list(found)
    for i in range(len(out) - 1):
        change, level = out[i], out[i + 1]
        if (
            change.kind == "bare"
            and not change.rate
            and change.value_high is None
            and level.kind in ("money", "physical")
            and level.value_high is None
            and not level.rate
            and _TO_ONLY.fullmatch(text, change.end, level.start)
            and change_before_range(text, change.start)
        ):
            display = " ".join(w for w in (level.display_unit or "").split() if w not in lexicon()["scales"]) or level.display_unit
            out[i] = replace(change, kind=level.kind, unit=level.unit, display_unit=display, counted_at=None)
    return out


_DASH_FIGURE = re.compile(r"[-–]\d")
_FROM_BEFORE = re.compile(r"\b[Ff]rom\s+$")
_TO_BETWEEN = re.compile(r"\s+to\s+")


def _from_level_before_range(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'from 18.5 to 21-23 billion euros', 'from 2.5 to 3-3.5 percent': a bare level after 'from' before a range with
    a currency, a unit or a percent sign is in the range's unit and scale when its magnitude agrees (a fifth to five
    times the range's lower figure). It stays a level of its own (18.5 billion euros) before the range it moves to
    (21-23 billion euros): one range from the level to the top would lose the range's lower end."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        level, later = out[i], out[i + 1]
        if (
            level.kind != "bare" or level.value_high is not None or level.rate or level.counted_at is not None
            or later.kind not in ("money", "physical", "percent") or later.value_high is None
            or not _TO_BETWEEN.fullmatch(text, level.end, later.start)
        ):
            continue
        start = level.start if text.startswith(("from", "From"), level.start) else None
        if start is None and (before := _FROM_BEFORE.search(text, max(0, level.start - 6), level.start)) is not None:
            start = before.start()
        if start is None:
            continue
        scale = _SCALE_IN_AMOUNT.search(text, later.number_start, later.end)
        factor = _SCALE_FACTORS[scale.group("scale").lower()] if scale is not None else 1.0
        if later.value <= 0 or not 0.2 <= level.value * factor / later.value <= 5:
            continue
        out[i] = replace(
            later, start=start, end=level.end, value=unnoised(level.value * factor), value_high=None, qualifier=level.qualifier,
            number_start=level.number_start, number_end=level.number_end, spelled=level.spelled, opens_range=False,
        )
    return out


def _dollar_country_after(raw: RawQuantity, text: str) -> RawQuantity:
    """'$80 U.S. per barrel', '$31 Canadian', '20 dollars Australian': the country written after a dollar amount
    belongs to it (the price's 'per' then follows the amount, not a word after it) and names the currency; so does
    one after a currency word several countries share ('300 pesos Argentine'), where it and the word name one."""
    if raw.kind != "money" or raw.rate:
        return raw
    display = raw.display_unit or ""
    if display.startswith("$") and (match := _DOLLAR_COUNTRY_AFTER.match(text, raw.end)) is not None:
        return replace(raw, end=match.end(), unit="USD")
    words = display.split()
    word = "dollars" if display.startswith("$") or (words and words[-1].lower() in ("dollar", "dollars")) else (words[-1].lower() if words else "")
    if word != "dollars" and word not in _SHARED_CURRENCY_WORDS:
        return raw
    match = _CURRENCY_COUNTRY_AFTER.match(text, raw.end)
    if match is None:
        return raw
    code = _country_currency_names().get(f"{match.group('country').lower()} {word}")
    return replace(raw, end=match.end(), unit=code) if code is not None else raw


@lru_cache(maxsize=1)
def _country_currency_names() -> dict[str, str]:
    """'canadian dollars' -> CAD: CLDR's English currency names and the lexicon's, those written with a country."""
    names = {name: code for name, code in cldr_currencies()[0].items() if " " in name}
    names.update({w.lower(): c for w, c in lexicon()["currency_words"].items() if " " in w})
    return names


_SHARED_CURRENCY_WORDS = frozenset(lexicon()["shared_currency_words"]["words"])


_OR_SO = re.compile(r"\s+or\s+so\b(?![-'’])")


def _or_so(raw: RawQuantity, text: str) -> RawQuantity:
    """'40 or so volunteers', 'an hour or so': 'or so' after the figure (or its unit) makes it approximate and belongs
    to it, so the noun it counts is 'people', not 'so people'."""
    match = _OR_SO.match(text, raw.end)
    if match is None:
        return raw
    return replace(raw, end=match.end(), qualifier="approximately")


_OR_MORE = re.compile(r"\s+or\s+(?P<way>more|less|fewer)\b(?!\s+than\b)(?![-'’])")


def _or_more(raw: RawQuantity, text: str) -> RawQuantity:
    """'$450 million or more', '20 or fewer shops': a bound written after the figure (or its unit), as 'at least'
    and 'at most' write it before; it belongs to the figure, so the noun counted is 'shops', not 'fewer shops'."""
    match = _OR_MORE.match(text, raw.end)
    if match is None or raw.qualifier != "exact" or raw.value_high is not None:
        return raw
    return replace(raw, end=match.end(), qualifier="at_least" if match.group("way") == "more" else "at_most")


# "6-foot-5", "5-foot-10-inch": the inches glued by a hyphen after the feet
_HYPHEN_INCHES = re.compile(r"-(?P<inches>1[01]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)(?:[-\s]inch(?:es)?)?(?![\w/-]|[.,]\d)")


# "5'7\"", "a 6′2″ guard", "the 6'2 forward": feet and inches written with primes (or apostrophes and quotation marks);
# without the inch mark only before a space or a stop; not minutes and seconds of arc after a degree sign
_PRIMED_HEIGHT = re.compile(
    r"(?<![\w.,'’′°$])(?P<feet>[1-9]\d?)\s?['’′]\s?(?P<inches>1[01]|\d)(?!\d)(?:\.5(?!\d))?(?P<mark>\"|″|”|'')?(?(mark)|(?=[\s,;:)]|\.(?!\d)|$))"
)
# "5 ft 4 in", "6ft 1in": a bare figure under twelve after the feet, written with "in" (the inches' symbol)
_INCH_SYMBOL_AFTER = re.compile(r"\s?ins?\b\.?(?!\s+(?:the|a|an|his|her|their|its|my|our|your)\b)")


def _primed_heights(text: str) -> list[RawQuantity]:
    """'She is 5'7"', 'the 6′2″ guard': one height in feet (feet plus inches over twelve), not two bare figures."""
    out: list[RawQuantity] = []
    for match in _PRIMED_HEIGHT.finditer(text):
        inches = float(text[match.start("inches") : match.end() - len(match.group("mark") or "")])
        qualifier, start = qualifier_before(text, match.start())
        out.append(RawQuantity(
            start=start, end=match.end(), value=unnoised(int(match.group("feet")) + inches / 12), value_high=None, kind="physical",
            unit="foot", display_unit="ft", qualifier=qualifier, rate=None, number_start=match.start(), number_end=match.end("inches"),
            spelled=False,
        ))
    return out


def _feet_and_inches(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'6ft 2in', '5 feet 7 inches', '6-foot-5', '5 ft 4 in': one height in feet, not two figures (or the feet alone)."""
    out: list[RawQuantity] = []
    for raw in found:
        if raw.unit == "foot" and raw.value_high is None and text[raw.end : raw.end + 1] == "-" and (inches := _HYPHEN_INCHES.match(text, raw.end)):
            raw = replace(raw, end=inches.end(), value=unnoised(raw.value + (parse_number(inches.group("inches")) or 0) / 12))
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.unit == "foot"
            and previous.value_high is None
            and raw.kind == "bare"
            and raw.value_high is None
            and not raw.spelled
            and text[previous.end : raw.start] == " "
            and raw.value < 12
            and (symbol := _INCH_SYMBOL_AFTER.match(text, raw.number_end)) is not None
        ):
            raw = replace(raw, end=symbol.end(), kind="physical", unit="inch", display_unit=symbol.group().strip())  # "5 ft 4 in"
        if (
            previous is not None
            and (previous.unit, raw.unit) == ("foot", "inch")
            and previous.value_high is None
            and raw.value_high is None
            and text[previous.end : raw.start] == " "
            and raw.value < 12
        ):
            out[-1] = replace(
                previous,
                end=raw.end,
                value=unnoised(previous.value + raw.value / 12),
                number_end=raw.number_end,  # the unit as written stays the feet: the value is in feet
            )
            continue
        out.append(raw)
    return out


_OVER_AFTER_FIGURE = re.compile(r"\s+(?:[a-z]+s\s+)?[Oo]ver\s+$")


def _spread_over(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'will cost $4 billion over eight years', 'hire 2,000 workers over five years': "over" right after an amount (or the
    plural noun it counts) and before a duration is the span the amount is spread over, exactly that long; "for over
    six years", "in over a decade" stay more than."""
    out: list[RawQuantity] = []
    for raw in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and raw.kind == "duration"
            and raw.qualifier == "more_than"
            and raw.start < raw.number_start
            and previous.kind in ("money", "physical", "bare", "percent")
            and _OVER_AFTER_FIGURE.fullmatch(text, previous.end, raw.number_start)
        ):
            raw = replace(raw, start=raw.number_start, qualifier="exact")
        out.append(raw)
    return out


def _stone_and_pounds(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'11 stone 4 pounds', '2 st 4 lb', '15st 2lb': one weight in stone (of 14 pounds), not two figures."""
    out: list[RawQuantity] = []
    for raw in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.unit == "stone"
            and previous.value_high is None
            and raw.value_high is None
            and text[previous.end : raw.start] == " "
            and raw.value < 14
            and (raw.unit == "pound" or (raw.kind == "money" and (raw.display_unit or "").lower() in ("pound", "pounds")))
        ):
            out[-1] = replace(previous, end=raw.end, value=unnoised(previous.value + raw.value / 14), number_end=raw.number_end)
            continue
        out.append(raw)
    return out


def _slash_pair(raw: RawQuantity, text: str) -> tuple[RawQuantity, RawQuantity] | None:
    """'28/36 mpg city/highway', '40/60 per cent': a bare figure, a slash and a figure with a unit are two figures
    in that unit (a rate needs a unit before the slash: '6.5L/100km')."""
    match = pattern(after_hyphen=True).match(text, raw.number_end + 1)
    second = _interpret(match, text) if match is not None else None
    if second is None or second.kind not in ("physical", "percent") or second.value_high is not None:
        return None
    first = replace(raw, end=raw.number_end, kind=second.kind, unit=second.unit, display_unit=second.display_unit, rate=None)
    return first, second


def _glued_second(raw: RawQuantity, text: str) -> RawQuantity | None:
    """'20C-25C', '10km-15km': the second end of a range glued by a hyphen to a figure that has a unit.

    The grammar starts no figure right after a word character and a hyphen ("F-35", "COVID-19"),
    so the second end is read here, only after a figure with a unit and only with the same unit.
    """
    at = raw.end + 1
    if raw.kind == "bare" or raw.value_high is not None or text[raw.end : at] != "-" or not text[at : at + 1].isdigit():
        return None
    match = pattern(after_hyphen=True).match(text, at)
    second = _interpret(match, text) if match is not None else None
    if second is None or (second.kind, second.unit) != (raw.kind, raw.unit) or second.value_high is not None:
        return None
    return replace(second, start=at, counted_at=None)


_FIGURE_BY_FIGURE = re.compile(r"\d(?:-by-|\s+by\s+)\d")


@lru_cache(maxsize=1)
def _size_by_pattern() -> re.Pattern[str]:
    lengths = [w for w in lexicon()["unit_words"] if (kind := classify_unit(w))[0] == "physical" and _is_length(kind[1])]
    figure = r"\d+(?:\.\d+)?"
    by = r"(?:-by-|\s+by\s+)"
    return re.compile(rf"(?<![\w.,/$€£-])(?P<first>{figure}){by}(?P<second>{figure})(?:{by}(?P<third>{figure}))?[-\s](?P<unit>{_alternation(lengths)})(?![\w])")


def _sizes_by(text: str) -> list[RawQuantity]:
    """'8-by-10-inch', '2 by 4 by 8 feet': each figure of a size is a length in the unit written after the last."""
    found = []
    for match in _size_by_pattern().finditer(text):
        _, unit, factor = classify_unit(match.group("unit"))
        names = [name for name in ("first", "second", "third") if match.group(name)]
        for name in names:
            last = name == names[-1]
            found.append(
                RawQuantity(
                    start=match.start(name),
                    end=match.end() if last else match.end(name),
                    value=unnoised(float(match.group(name)) * factor),
                    value_high=None,
                    kind="physical",
                    unit=unit,
                    display_unit=match.group("unit"),
                    qualifier="exact",
                    rate=None,
                    number_start=match.start(name),
                    number_end=match.end(name),
                    spelled=False,
                )
            )
    return found


_AGE_SPAN = re.compile(r"(?<![\w.,-])(?P<low>\d{1,2})-to-(?P<high>\d{1,2})-year-olds?\b")


def _interpret_age_span(match: re.Match[str]) -> RawQuantity:
    """'18-to-29-year-olds': people of an age range, one range of years of age."""
    return RawQuantity(
        start=match.start(), end=match.end(), value=float(match.group("low")), value_high=float(match.group("high")),
        kind="duration", unit="years", display_unit="age", qualifier="range", rate=None,
        number_start=match.start("low"), number_end=match.end("high"), spelled=False,
    )


_HYPHEN_SHARE = re.compile(
    r"(?<![\w-])(?P<n>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]even|[Nn]ine)-(?P<part>half|thirds?|quarters?|fifths?|tenths?)(?![\w-])(?!\s+of\b)"
)


def _interpret_hyphen_share(match: re.Match[str], text: str) -> RawQuantity | None:
    """'one-third less', 'about two-thirds', 'a two-thirds majority': a share written as one hyphenated word
    (before 'of' the share pass reads it as a share of a group)."""
    count = parse_number(match.group("n").lower())
    part = match.group("part").lower()
    whole = SHARE_PARTS.get(part)
    if count is None or whole is None or count >= whole or part.endswith("s") != (count > 1):
        return None  # "one-thirds", "five-quarters": no share as written
    qualifier, start = qualifier_before(text, match.start())
    return RawQuantity(
        start=start, end=match.end(), value=count / whole, value_high=None, kind="ratio", unit="ratio", display_unit="share",
        qualifier=qualifier, rate=None, number_start=match.start(), number_end=match.end(), spelled=True,
    )


# "sub-7 nanometer", "a sub-$300 phone": a figure after "sub-" is an upper bound
_SUB = re.compile(r"\b[Ss]ub-(?=[\d$€£])")
# "the then-45-year-old senator", "her now-18-month-old son"
_TIME_PREFIX = re.compile(r"\b(?:[Tt]hen|[Nn]ow)-(?=\d)")


def _after_prefix(prefix: re.Pattern[str], text: str) -> list[RawQuantity]:
    """The figures right after a hyphened prefix ("sub-", "then-", "now-"): the hyphen kept them out of the grammar,
    which starts no figure inside a word."""
    found = []
    for hit in prefix.finditer(text):
        match = pattern(after_hyphen=True).match(text, hit.end())
        if match is not None and (raw := _interpret(match, text)) is not None:
            found.append(raw)
    return found


@lru_cache(maxsize=1)
def _second_rate_pattern() -> re.Pattern[str]:
    # "a year ago", "a day later": a date after the price, not its second rate
    return re.compile(rf"\s+(?P<rate>{_alternation(_second_periods())})(?![\w])(?!\s+(?i:earlier|ago|later|before|after)\b)")


def _second_periods() -> dict[str, str]:
    """Rate phrases a second rate may be written in: the rate periods and those read only second ('a quarter')."""
    return lexicon()["rate_periods"] | lexicon()["second_rate_periods"]["periods"]


def second_rate_at(text: str, end: int) -> tuple[str, int] | None:
    """The rate phrase right after a price's first rate ("per night" of "$3 per person per night") as its period and
    where it ends, or None."""
    if (match := _second_rate_pattern().match(text, end)) is None:
        return None
    second = _second_periods().get(re.sub(r"\s+", " ", match.group("rate").lower()))
    return (second, match.end()) if second is not None else None


def _second_rates(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'$3 per person per night', '€40 a head a day': a price per one thing and per a period is per both; the
    second rate was left after the span."""
    out = list(found)
    for i, raw in enumerate(out):
        if raw.kind != "money" or not raw.rate or (second := second_rate_at(text, raw.end)) is None or second[0] == raw.rate:
            continue
        display = f"{raw.display_unit}/{second[0]}" if raw.display_unit else None
        out[i] = replace(raw, end=second[1], rate=f"{raw.rate}/{second[0]}", display_unit=display)
    return out


@lru_cache(maxsize=1)
def _bracket_rate_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s*\((?P<inner>[^()]{{1,40}})\)[\s,]+(?P<rate>{_alternation(lexicon()['rate_periods'])})(?![\w])")


def _rates_after_brackets(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'9 billion shekels ($2.4 billion) a year': the rate after a conversion in brackets is the rate of both."""
    if "(" not in text:
        return found
    out = list(found)
    for i, raw in enumerate(out):
        if raw.rate or raw.kind != "money":
            continue
        match = _bracket_rate_pattern().match(text, raw.end)
        if match is None:
            continue
        rate = lexicon()["rate_periods"].get(re.sub(r"\s+", " ", match.group("rate").lower()))
        if rate is None:
            continue
        for j in range(i, len(out)):
            other = out[j]
            if other.start >= match.end("inner"):
                break
            if j == i or (other.kind == raw.kind and not other.rate):
                display = f"{other.display_unit}/{rate}" if other.display_unit else None
                out[j] = replace(other, rate=rate, display_unit=display)
    return out


@lru_cache(maxsize=1)
def _exchange_rate_pattern() -> re.Pattern[str]:
    """'per dollar', 'to the euro': the currency an exchange rate is quoted against, right after a figure."""
    entry = lexicon()["exchange_rate_currencies"]
    after_per = _alternation(entry["words"], case_insensitive=False)
    after_to = _alternation([*entry["words"], *entry["only_after_to_the"]], case_insensitive=False)
    not_before = _alternation(entry["not_before"], case_insensitive=False)
    return re.compile(rf"\s+(?:per\s+(?P<per>{after_per})|to\s+(?:the|one|1)\s+(?P<to>{after_to}))(?![\w-])(?!\s+(?:{not_before})\b)")


def _exchange_rates(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'150 per dollar', '1.08 dollars to the euro': an exchange rate, the figure per one of the other currency.

    The figure is a currency amount or a bare number (the currency it is in is then named elsewhere: "the yen
    weakened past 150 per dollar"); a percentage or a physical unit before "to the euro" is a move against it."""
    out = list(found)
    words = {**lexicon()["exchange_rate_currencies"]["words"], **lexicon()["exchange_rate_currencies"]["only_after_to_the"]}
    for i, raw in enumerate(out):
        if raw.kind not in ("money", "bare") or raw.rate or raw.value_high is not None:
            continue
        if not (text.startswith(" per ", raw.end) or text.startswith(" to ", raw.end)):
            continue
        match = _exchange_rate_pattern().match(text, raw.end)
        if match is None:
            continue
        per = words[match.group("per") or match.group("to")]
        named = _currency_named_before(text, raw.start, per) if raw.kind == "bare" else None
        if named is not None:  # "the yen weakened past 150 per dollar": yen per dollar
            out[i] = replace(raw, end=match.end(), rate=per, kind="money", unit=named[1], display_unit=f"{named[0]}/{per}")
            continue
        unit = raw.unit or "count"
        display = f"{raw.display_unit}/{per}" if raw.display_unit else None
        out[i] = replace(raw, end=match.end(), rate=per, unit=unit if raw.kind == "money" else raw.unit, display_unit=display)
    return out


_THE_CURRENCY = re.compile(r"\b[Tt]he\s+(?:([A-Z][a-z]+)\s+)?([a-z]+)\b")
_SENTENCE_BREAK = re.compile(r".*[.!?]\s", re.S)


def _currency_named_before(text: str, at: int, per: str) -> tuple[str, str] | None:
    """(word as written, ISO code) of the currency 'the ...' names last before ``at`` in its sentence, not the one
    the rate is quoted against: the currency a bare exchange rate is in ('the rupee slid to 83.5 per dollar')."""
    window = text[max(0, at - 150) : at]
    window = window[broken.end() :] if (broken := _SENTENCE_BREAK.match(window)) else window
    for match in reversed(list(_THE_CURRENCY.finditer(window))):
        adjective, word = match.group(1), match.group(2)
        if word == per:
            continue
        names = cldr_currencies()[0]
        code = names.get(f"{adjective} {word}".lower()) if adjective else None
        if code is None:
            kind, iso, _ = classify_unit(word)
            code = iso if kind == "money" else lexicon()["currencies_after_scale"]["words"].get(word) or names.get(word)
        if code is not None:
            return word, code
    return None


_GLUED_MILLIONS = re.compile(r"\d(?:m|bn)$")
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|\n")
# the words that put a second level beside the first: "up from 5.9m", "to 230m", "against 9m", "compared with 2m"
_LEVEL_CUE_BEFORE = re.compile(
    r"\b(?:from|to|against|versus|vs\.?|with|than|of|and|or)\s+(?:(?:about|around|nearly|almost|some|over|just|roughly|more\s+than|an\s+estimated)\s+)?$", re.I
)
_EXTENT_AFTER = re.compile(r"(?:-|\s+)(?:high|tall|long|wide|deep|away|above|below|thick|across|in\s+(?:height|length|diameter|depth))\b")


def _glued_millions_after(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'2.3m passengers, up from 2.1m', 'sold 45m copies, taking the total to 230m': a glued m read as millions
    earlier in the sentence makes a later bare 'm' millions of the same thing too, not metres."""
    out = list(found)
    for i in range(1, len(out)):
        raw = out[i]
        if raw.kind != "physical" or raw.display_unit != "m" or raw.rate or not _GLUED_MILLIONS.search(text, 0, raw.end):
            continue
        previous = next(
            (p for p in reversed(out[:i]) if p.kind in ("money", "bare") and _GLUED_MILLIONS.search(text, p.number_start, p.number_end)), None
        )
        if previous is None or _CLAUSE_BREAK.search(text, previous.end, raw.start) or previous.number_end - previous.number_start < 2:
            continue
        if not _LEVEL_CUE_BEFORE.search(text, max(0, raw.start - 30), raw.start) or _EXTENT_AFTER.match(text, raw.end):
            continue  # "4.1m subscribers and the wall is 4.1m high": a length, not a level compared with the count
        scale = 1e6 if text[raw.end - 1] == "m" else 1e9
        out[i] = replace(
            raw, kind=previous.kind, unit=previous.unit, display_unit=previous.display_unit, value=unnoised(raw.value * scale),
            value_high=unnoised(raw.value_high * scale) if raw.value_high is not None else None, counted_at=previous.counted_at,
        )
    return out


_SCALE_IN_AMOUNT = re.compile(r"(?:\d\s*|\s)(?P<scale>million|billion|trillion|mln|bn|m)\b", re.I)
_SCALE_FACTORS = {"million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
# the words that compare a second amount with the first: "compared with", "up from", "against", "versus"; a bare
# "from" only right after the first amount ("to $810 million from 920")
_COMPARISON_BETWEEN = re.compile(
    r",?\s+(?:(?:[^\d.;:!?()]{0,50}?\s)?(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)|from)\s+$", re.I
)
_CURRENCY_ONLY = re.compile(r"(?:[A-Z]{1,3})?[$€£¥]\s?[\d.,]+$")
# what may follow a second amount with its scale word left out: the time it is of, or the clause's end
_AFTER_LEFT_OUT = re.compile(
    r"\s*(?:$|[,;.:)!?]|(?:a|an|the|in|last|at|on|for|during|and|or|earlier|previously|before|ago|year|quarter)\b)", re.I
)


def _scale_left_out(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'net income was C$48.2 million, compared with C$37.2 a year earlier', 'sales of $1.2 billion, up from 1.1':
    the second figure of a comparison written with no scale word takes the first amount's currency and scale when its
    magnitude agrees (a fifth to five times the first amount's figure); never when it has its own unit, a scale, a
    rate or a noun after it ("down from 31 cents a share", "from 3 donors")."""
    out = list(found)
    listed: tuple[RawQuantity, float, float] | None = None  # the last amount given a scale, the factor, the first's figure
    for i in range(1, len(out)):
        raw, previous = out[i], out[i - 1]
        if listed is not None and listed[0] is previous:
            # "compared with 3.1 and 2.8", "up from 7.9, 7.1 and 6.5": the comparison's later figures, listed with no
            # scale word, take the first's under the same magnitude test
            if (
                raw.kind == "bare" and raw.counted_at is None and raw.value_high is None and not raw.rate and not raw.spelled
                and _LISTED_BETWEEN.fullmatch(text, previous.end, raw.start) and _AFTER_LEFT_OUT.match(text, raw.end)
                and 0.2 <= raw.value / listed[2] <= 5
            ):
                out[i] = replace(raw, kind="money", unit=previous.unit, display_unit=previous.display_unit, value=unnoised(raw.value * listed[1]))
                listed = (out[i], listed[1], listed[2])
                continue
        listed = None
        if raw.value_high is not None or raw.rate or raw.spelled or previous.kind != "money" or previous.rate or previous.value_high is not None:
            continue
        if raw.kind == "money":
            if raw.unit != previous.unit or not _CURRENCY_ONLY.fullmatch(text, raw.start, raw.end):
                continue
        elif raw.kind != "bare" or raw.counted_at is not None:
            continue
        scale = _SCALE_IN_AMOUNT.search(text, previous.number_start, previous.end)
        if scale is None or not _COMPARISON_BETWEEN.fullmatch(text, previous.end, raw.start):
            continue
        if not _AFTER_LEFT_OUT.match(text, raw.end):
            continue
        factor = _SCALE_FACTORS[scale.group("scale").lower()]
        figure = previous.value / factor
        if figure <= 0 or not 0.2 <= raw.value / figure <= 5:
            continue  # "$2 million, up from 150": a different magnitude, not the same amount's scale
        out[i] = replace(raw, kind="money", unit=previous.unit, display_unit=previous.display_unit, value=unnoised(raw.value * factor))
        listed = (out[i], factor, figure)
    return out


_LISTED_BETWEEN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


# "from 9.30 to 11.15 on Tuesday", "between 7.00 and 10.00pm": two clock times, not a range of figures
_CLOCK_RANGE = re.compile(
    r"(?:[Ff]rom|[Bb]etween)\s+(?P<h1>[01]?\d|2[0-3])[.:](?P<m1>[0-5]\d)\s*(?:to|and|-|–|until|till)\s*(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)"
)
_CLOCK_CUE_AFTER = re.compile(
    r"\s*(?:[ap]\.?m\b\.?|GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|local\s+time|hrs|hours|today|tonight|tomorrow|daily|"
    r"(?:every|each)\s+day|on\s+weekdays|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:this|tomorrow|each|every|on\s+[A-Z][a-z]+)\s+(?:morning|afternoon|evening|night))\b"
)


def _positions(text: str, needle: str) -> list[int]:
    """Where ``needle`` starts in ``text`` (str.find: faster than a regular expression scan for a literal)."""
    out, at = [], text.find(needle)
    while at != -1:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _clock_ranges(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'open from 9.30 to 11.15 on Tuesday': a stretch of the day written as two clock times is no range of figures.

    Only a rising pair of hours and minutes with a word of the day after it, and not after a verb of rise or fall
    ("shares rose from 9.30 to 11.15 on Tuesday" are prices)."""
    starts = [i for needle in ("rom ", "etween ") for i in _positions(text, needle)]
    matches = [m for i in starts if i > 0 and (m := _CLOCK_RANGE.match(text, i - 1)) is not None]
    clocks = [
        (match.start(), match.end())
        for match in matches
        if (int(match["h1"]), int(match["m1"])) < (int(match["h2"]), int(match["m2"]))
        and _CLOCK_CUE_AFTER.match(text, match.end())
        and not _change_verb_before().search(text, max(0, match.start() - 16), match.start())
    ]
    if not clocks:
        return found
    # "between 7.00 and 10.00pm": the second end is no figure, so the first may stand alone inside the pair
    return [raw for raw in found if not (raw.kind == "bare" and any(start <= raw.start and raw.end <= end for start, end in clocks))]


_FROM_BEFORE = re.compile(r"\b[Ff]rom\s+(?:about\s+|around\s+)?\S*$")
_TO_LEVEL = re.compile(r"(?:\s+[a-z]+){0,3}?\s+to\s+")


def _carry_units(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'from 27 mpg highway to 31': a bare level after 'to' has the unit of the level it moved from."""
    out = list(found)
    for i in range(1, len(out)):
        previous, raw = out[i - 1], out[i]
        if raw.kind != "bare" or raw.spelled or raw.value_high is not None or previous.kind in ("bare", "rank", "ratio"):
            continue
        if _FROM_LEVEL.fullmatch(text, previous.end, raw.start) and _TO_BEFORE_LEVEL.search(text, max(0, previous.start - 20), previous.number_start):
            # "rose to 3.2 million tonnes from 2.9 million": the level it moved from, in the same unit and with its own scale
            scales = [w for w in (previous.display_unit or "").split() if w.lower() in _SCALE_WORDS or w.lower() in ("thousand", "hundred")]
            written = text[raw.number_start : raw.number_end].lower()
            if _YEAR.fullmatch(written) or raw.counted_at is not None or _plural_after().match(text, raw.end):
                continue  # "rose to 61% from 1992 levels": a year, or a count of something else
            if all(written.endswith(w.lower()) for w in scales):
                out[i] = replace(raw, kind=previous.kind, unit=previous.unit, display_unit=previous.display_unit, rate=previous.rate)
            continue
        if previous.kind == "money" and previous.display_unit and " " in previous.display_unit:
            continue  # "from $1.2 billion to 1.5": whether the scale carries over is not written
        if _TO_LEVEL.fullmatch(text, previous.end, raw.start) and _FROM_BEFORE.search(text, max(0, previous.start - 20), previous.number_start):
            out[i] = replace(raw, kind=previous.kind, unit=previous.unit, display_unit=previous.display_unit, rate=previous.rate)
    return out


_TO_BEFORE_LEVEL = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\S*$")
_FROM_LEVEL = re.compile(r"\s+from\s+")


_LISTED_BEFORE_LAST = re.compile(r",?\s+(?:and|or)\s+")
_LISTED_BEFORE = re.compile(r",\s+")
_OR_AFTER_COMMA = re.compile(r",\s*or\s+")
_LIST_ITEM_BEFORE = re.compile(r"\d\s*,\s*$")
_DIGITS = re.compile(r"[\d.,]+")


def _units_carried_back(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'11 and 8 percent', '5, 6 or 7 km', '30 and 35C': bare figures listed before a figure whose unit is written
    after it have that unit. A comma alone joins only within such a list ("of those 300, 45 percent" is a count and
    a share); a year, a share over 100 percent and a unit with a scale word or a factor ("3 and 4 million tonnes",
    "2 and 5 cents") are left as they were."""
    out = list(found)
    unit_from: RawQuantity | None = None  # the figure whose unit the list after it carries back
    for i in range(len(out) - 1, 0, -1):
        previous, raw = out[i - 1], out[i]
        chained = unit_from is not None and _LISTED_BEFORE.fullmatch(text, previous.end, raw.start)
        source = unit_from if chained else raw
        unit_from = None
        if not (chained or _LISTED_BEFORE_LAST.fullmatch(text, previous.end, raw.start)):
            continue
        if not chained and _OR_AFTER_COMMA.fullmatch(text, previous.end, raw.start) and not _LIST_ITEM_BEFORE.search(text, max(0, previous.number_start - 12), previous.number_start):
            continue  # "the gauge slid 4.07, or 0.9%": the same change in another unit, no list of two shares
        if source.kind not in ("percent", "physical") or source.value_high is not None or source.rate or source.end <= source.number_end:
            continue
        if not _DIGITS.fullmatch(text, source.number_start, source.number_end) or source.value != parse_number(text[source.number_start : source.number_end]):
            continue  # a scale word, a sign or a unit's factor: whether it carries over is not written
        written = text[previous.number_start : previous.number_end]
        if previous.kind != "bare" or previous.spelled or previous.value_high is not None or previous.rate or previous.counted_at is not None:
            continue
        if not _DIGITS.fullmatch(written) or _YEAR.fullmatch(written) or (source.kind == "percent" and previous.value > 100):
            continue
        out[i - 1] = replace(previous, kind=source.kind, unit=source.unit, display_unit=source.display_unit)
        unit_from = source
    return out


_FROM_AT_END = re.compile(r"\b[Ff]rom\s*$")


def _falling_levels(raw: RawQuantity, match: re.Match[str]) -> tuple[RawQuantity, RawQuantity] | None:
    """'fell from 70 to 58 kilograms': a move from a level to a lower one is two levels, not a range
    (a range runs upwards; "between" bounds stay a range whichever end is written first); so is a tally of
    shares written from the larger ("won 46 to 40 percent")."""
    if raw.value_high is None or raw.value <= raw.value_high:
        return None
    between = match.group("between").split()[0].lower() if match.group("between") else ""  # "between the ages of": "between"
    if not (between == "from" or (raw.kind == "percent" and not between and match.group("sep").lower() == "to")):
        return None
    first_start = match.start("cur1") if match.group("cur1") else match.start("num1")
    first_end = match.end("scale1") if match.group("scale1") else match.end("num1")
    second_start = match.start("cur2") if match.group("cur2") else match.start("num2")
    first = replace(raw, start=first_start, end=first_end, value_high=None, qualifier="exact", number_end=first_end, counted_at=None)
    display = raw.display_unit
    scale1, scale2 = ((match.group(name) or "").strip(" -") for name in ("scale1", "scale2"))
    if display and scale1 and scale1 in display.split():  # "from 3.5 million to 900,000 barrels": each end its own scale
        display = " ".join(scale2 if word == scale1 else word for word in display.split() if word != scale1 or scale2)
    second = replace(
        raw, start=second_start, value=raw.value_high, value_high=None, qualifier="exact", number_start=match.start("num2"), display_unit=display
    )
    return first, second


_RANGING_FROM = re.compile(r"\b(?i:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+from\s*$")
_CLAUSE_BEFORE = re.compile(r".*[.;:,(]", re.S)


@lru_cache(maxsize=1)
def _movement_verb() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(lexicon()['relative_changes']['before_by'])})(?![\w-])")


def _falling_range(previous: RawQuantity, raw: RawQuantity, text: str) -> bool:
    """'a current density of 2.6 A/cm2 to 0.04 A/cm2': a range written from its top, one quantity (low, high).

    Not where the clause moves ("fell from 70 kilograms to 58 kilograms", "cut 12% to 8%": two levels, or a
    change and a level), unless what moves is a span ("ranging from"); both ends must carry the same unit as written.
    """
    if not (
        previous.kind == "physical"  # "leads 47 percent to 41 percent" is a tally of two shares, not a range
        and (previous.kind, previous.unit, previous.display_unit) == (raw.kind, raw.unit, raw.display_unit)
        and previous.value_high is None
        and raw.value_high is None
        and previous.value > raw.value
        and re.fullmatch(r"\s+to\s+", text[previous.end : raw.start], flags=re.I)
    ):
        return False
    before = text[max(0, previous.start - 48) : previous.start]
    before = before[clause.end() :] if (clause := _CLAUSE_BEFORE.match(before)) else before
    if _RANGING_FROM.search(before):
        return True
    return not (_FROM_AT_END.search(before) or _CHANGE_BEFORE.search(before) or _movement_verb().search(before))


# "an increase of $4 billion to $19 billion" is a change and a level; "a loss of $17 million to $19 million" a range
_CHANGE_OF_BEFORE = re.compile(
    r"\b(?i:increase|decrease|rise|gain|drop|fall|decline|jump|dip|slide|cut|boost|improvement|reduction|growth|change|"
    r"hike|surge|plunge|climb|advance|swing|shift)s?\s+of\s*$"
)


_COUNTRY_DOLLAR = re.compile(r"^(?:US|U\.S\.)\s?(?=\$)")


def _same_written_unit(previous: RawQuantity, raw: RawQuantity) -> bool:
    """'US$76.5 million to $78 million' (the country written at the first end only), '40 cents to 45 cents a
    share' (the rate written after the second end only): both ends are written in the same unit."""
    first, second = _COUNTRY_DOLLAR.sub("", previous.display_unit or ""), _COUNTRY_DOLLAR.sub("", raw.display_unit or "")
    if raw.rate and not previous.rate and second.endswith(f"/{raw.rate}"):
        second = second[: -len(raw.rate) - 1]
    return first == second and (previous.unit == raw.unit)


_CONVERSION_OPENS = re.compile(r"\s*\(\s*")
_CONVERSION_CLOSES_RANGE = re.compile(r"(?:\s+[A-Za-z.]+)?\s*\)\s*(?:and|to|-|–)\s*", re.I)


def _range_around_conversion(first: RawQuantity, conversion: RawQuantity, raw: RawQuantity, text: str) -> bool:
    """'between £300 million ($470 million) and £400 million', 'from $20 ($31 Canadian) to $30': the two ends of a
    range in one unit, the first end's conversion into another in brackets between them."""
    return (
        (first.kind, first.unit) == (raw.kind, raw.unit)
        and first.value_high is None
        and raw.value_high is None
        and first.value < raw.value
        and _CONVERSION_OPENS.fullmatch(text, first.end, conversion.start) is not None
        and _CONVERSION_CLOSES_RANGE.fullmatch(text, conversion.end, raw.start) is not None
        and (first.opens_range or text[conversion.end : raw.start].strip(" )").lower().startswith(("to", "-", "–")) and _same_written_unit(first, raw))
    )


# a verb of change in its plain form after a modal or "to": an estimate or a plan ("would reduce its debt by")
_ESTIMATED_CHANGE_BY = re.compile(
    r"\b(?i:will|would|could|may|might|should|can|to|'ll|’ll)\s+(?:[a-z]+\s+)?"
    r"(?i:reduce|cut|lower|trim|slash|raise|increase|boost|lift|grow|rise|fall|drop|decline|shrink|expand)"
    r"(?:\s+[\w'’.,$%-]+){0,4}?\s+by\s*$"
)


@lru_cache(maxsize=1)
def _estimate_moved_by() -> re.Pattern[str]:
    """An estimate moved 'by' ('raised its forecast by', 'cut our estimates for 2027 by'), whatever the tense."""
    nouns = _alternation(lexicon()["estimate_nouns"]["words"])
    return re.compile(rf"(?<![\w-]){nouns}(?:\s+[\w'’.,-]+){{0,3}}?\s+by\s*$")


def _estimated_change_range(previous: RawQuantity, raw: RawQuantity, text: str) -> bool:
    """'will cut costs by $3 million to $4 million', 'would reduce the deficit by 2% to 3%', 'lifted its outlook by €20
    million to €30 million': in an estimate or a plan, or where what moves is an estimate, the two figures after 'by'
    are the ends of the change's range when the second is at most twice the first; 'fell by $3 million to $40 million'
    (a change and the level it left) and 'will cut staff by 500 to 4,500' stay two."""
    return 0 < previous.value < raw.value <= 2 * previous.value and (
        _ESTIMATED_CHANGE_BY.search(text, max(0, previous.start - 80), previous.start) is not None
        or _estimate_moved_by().search(text, max(0, previous.start - 60), previous.start) is not None
    )


def _merge_ranges(found: list[RawQuantity], text: str) -> list[RawQuantity]:
    """'between 5% and 6%', 'from 2 per cent to 2.5 per cent': two figures that make one range."""
    merged: list[RawQuantity] = []
    for raw in found:
        if len(merged) >= 2 and _range_around_conversion(merged[-2], merged[-1], raw, text):
            # "between £300 million ($470 million) and £400 million": the range is the first end's, written up to it
            # (the conversion in brackets keeps its own span, so the two do not overlap); the second end is its top
            merged[-2] = replace(merged[-2], value_high=raw.value, qualifier="range", opens_range=False)
            continue
        previous = merged[-1] if merged else None
        if previous is not None and (previous.kind, previous.unit) == (raw.kind, raw.unit) and raw.value_high is None:
            between = text[previous.end : raw.start]
            falling = previous.value > raw.value and _FROM_AT_END.search(text, max(0, previous.start - 12), previous.start)
            opened = (previous.opens_range and not falling and re.fullmatch(r"\s*(?:and|to|-|–)\s*", between, flags=re.I)) or (
                between == "-" and previous.kind != "bare" and previous.value_high is None and 0 <= previous.value < raw.value
            )  # "5.25%-5.5%": two figures glued by a hyphen
            # "15 per cent to 20 per cent" is a range; "by $4 billion to $19 billion" is a change and a level
            loose = (
                re.fullmatch(r"\s+to\s+", between, flags=re.I)
                and previous.value < raw.value
                and previous.value_high is None
                and _same_written_unit(previous, raw)
                and not _CHANGE_OF_BEFORE.search(text, max(0, previous.start - 30), previous.start)
                and previous.kind != "bare"
                and (
                    _estimated_change_range(previous, raw, text)
                    or (
                        not re.search(r"\bby\s*$", text[max(0, previous.start - 5) : previous.start], flags=re.I)
                        and not (previous.kind == "money" and change_verb_before(text, previous.start))
                    )
                )
            )
        else:
            opened = loose = False
        if opened or loose:
            merged[-1] = replace(
                previous, end=raw.end, value_high=raw.value, qualifier="range", number_end=raw.number_end, opens_range=False
            )
            if loose and raw.rate and not previous.rate:  # "40 cents to 45 cents a share": the rate is both ends'
                merged[-1] = replace(merged[-1], rate=raw.rate, display_unit=raw.display_unit)
            continue
        if previous is not None and _falling_range(previous, raw, text):  # "a density of 2.6 A/cm2 to 0.04 A/cm2"
            merged[-1] = replace(
                previous, end=raw.end, value=raw.value, value_high=previous.value, qualifier="range", number_end=raw.number_end, opens_range=False
            )
            continue
        merged.append(raw)
    return merged
