"""The ``readout_times`` component: time expressions with normalized start and end dates.

Matches come from the rule layer (time_rules, data in data/time_rules.json),
values from time_normalize, and the anchor of relative expressions from
time_anchor. The parse is used for two things the rules cannot see: the tense
of the clause (is "Friday" last Friday or next Friday? read in time_direction)
and whether a four-digit number counts things rather than naming a year
("2000 troops").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.extensions import char_span, doc_text, document_of
from readout.analyze.paragraphs import paragraph_around
from readout.analyze.time_anchor import choose_anchor
from readout.analyze.time_direction import (  # which side of the writing a weekday or month lies on
    TIME_WORDS_KEY,
    _ahead_unless_told_past,
    _back_unless_told_ahead,
    _back_when_told_past,
    _done_before,
    _event_the_weekday_owns,
    _done_on_the_date,
    _end_told_in_past,
    _future_in_past,
    _future_of_a_recent_act,
    _in_dateline,
    clock_in_a_told_habit,
    in_habitual_present,
    _match_span,
    _month_just_gone_on_a_noun,
    _opens_since,
    _since_clause_month,
    tense_at,
    feast_of_a_done_act,
    time_words,
    _told_in_the_present,
    _verb_of,
    _verb_of_date,
    first_set_for,
    move_told_ahead,
    moved_to,
    quarter_end_not_told_past,
)
from readout.analyze.time_normalize import Normalized, Normalizer, add_months, anaphoric, count_number, month_end, period
from readout.analyze.time_rules import DAY_ORDINAL_WORDS, MONTH_INTRODUCERS, TENS, Lexicon, RuleMatch, find_matches, grammar_words, load_rules
from readout.model import TimeExpr

YEAR_DETERMINERS = {"the", "its", "their", "his", "her", "our", "this", "that", "fiscal", "calendar"}
# Words TimeML puts inside a time expression's extent (its 'mod' attribute: APPROX, LESS_THAN, MORE_THAN,
# START, END): "nearly two years", "at least 30 days", "around Nov. 1", "early Tuesday", "late yesterday".
# Not "over" ("over the weekend" is a preposition; TimeBank leaves it out 24 times of 25).
_APPROX_BEFORE = re.compile(r"(?<![\w-])(?:about|around|nearly|almost|roughly|approximately|some|more than|less than|fewer than|at least|at most|no more than|no less than|up to|just under|just over)\s$", re.I)
_AROUND_BEFORE = re.compile(r"(?<![\w-])(?:about|around|approximately|roughly)\s$", re.I)
_EDGE_OF_DAY_BEFORE = re.compile(r"(?<![\w-])(?:early|late|earlier|later)\s$", re.I)
# "by the end of this week", "at the start of next week": TimeML's mod (END, START, MID) inside the extent, the value
# the week's own, as for "the end of the year" (TimeBank so)
_EDGE_OF_UNIT_BEFORE = re.compile(r"(?<![\w-])(?:early|late|earlier|later|the (?:end|beginning|start|middle) of)\s$", re.I)
_MODIFIED = {
    "duration": _APPROX_BEFORE, "offset": _APPROX_BEFORE, "clock": _AROUND_BEFORE, "noon": _AROUND_BEFORE,
    "calendar": _AROUND_BEFORE, "relative_part": _AROUND_BEFORE,
    "weekday": _EDGE_OF_DAY_BEFORE, "day_reference": _EDGE_OF_DAY_BEFORE, "relative_unit": _EDGE_OF_UNIT_BEFORE,
}


_DAY_WORD = "|".join(sorted(DAY_ORDINAL_WORDS, key=len, reverse=True))
_DAY_WORD_AFTER = re.compile(rf" (?:the )?({_DAY_WORD})(?![\w-])(?!,? \d)(?=[,.;:!?)]|\s*$| (?:and|or|but|to|at|in|when|with|for|after|before|from|through|until|as|if)\b)", re.I)
_DAY_WORD_BEFORE = re.compile(rf"\b[Tt]he ({_DAY_WORD}) of $", re.I)


def _with_day_word(text: str, match: RuleMatch) -> RuleMatch:
    """'March eighth', 'the twenty-third of February', 'the first of May, 2027': a day of the month written as an
    ordinal word, as transcripts write it, is that day, not the month alone. Looked for only beside a month the
    rules found (a pattern of its own scanned every text for month names)."""
    g = match.groups
    if not g.get("month") or g.get("day") or g.get("rel") or g.get("modifier") or match.kind not in ("relative_month", "calendar"):
        return match
    before = _DAY_WORD_BEFORE.search(text, max(0, match.start - 30), match.start)
    if before is not None:
        return replace(match, start=before.start(), kind="calendar", groups={**g, "day": str(DAY_ORDINAL_WORDS[before.group(1).lower()])})
    after = _DAY_WORD_AFTER.match(text, match.end) if not g.get("year") else None
    if after is not None:
        return replace(match, end=after.end(1), kind="calendar", groups={**g, "day": str(DAY_ORDINAL_WORDS[after.group(1).lower()])})
    return match


def _longest_of_overlaps(matches: list[RuleMatch]) -> list[RuleMatch]:
    """The rules' matches do not overlap, but a month widened over a day written in words ("November twenty-second",
    "the twenty-second of November") may now cover another match ("twenty-second" read as 20 seconds): the longer stays."""
    kept: list[RuleMatch] = []
    for match in sorted(matches, key=lambda m: m.start):
        if kept and match.start < kept[-1].end:
            if match.end - match.start > kept[-1].end - kept[-1].start:
                kept[-1] = match
            continue
        kept.append(match)
    return kept


_WEEKDAY_DATE_GAP = re.compile(r",? ")


def _weekday_and_its_date_as_one(text: str, made: list[tuple[RuleMatch, Normalized]]) -> list[tuple[RuleMatch, Normalized]]:
    """"Sunday, November twenty-second": a weekday and the date right after it, the same day, are one expression, as
    "Sunday, Nov. 22" is (one rule reads that; a day written in words is read apart, then joined here)."""
    out: list[tuple[RuleMatch, Normalized]] = []
    for match, norm in made:
        if out and match.kind == "calendar" and norm.granularity == "day" and norm.start is not None:
            before, before_norm = out[-1]
            gap = _WEEKDAY_DATE_GAP.fullmatch(text, before.end, match.start)
            if gap is not None and before.kind == "weekday" and before_norm.start == norm.start and before_norm.granularity == "day":
                out[-1] = (replace(match, start=before.start), norm)
                continue
        out.append((match, norm))
    return out


# the day may be that of an event named between ("two days after the vote on May 3", "a week before the election of
# November 8": a determiner, up to three words and "on" or "of") or after it ("a week after the May 3 vote"); a count
# of tens and units is one number with a hyphen or without ("twenty-one days", "twenty one days")
_COUNT_FROM_A_DAY = re.compile(
    rf"(?<![\w-])(?P<num>the|an?|one|\d{{1,2}}|(?:{TENS}) [a-z]+|[a-z]+(?:-[a-z]+)?) (?P<unit>days?|weeks?) (?P<side>after|before) "
    r"(?P<det>(?:the|an?|its|his|her|their|this|last) (?P<words>(?:[\w'’-]+ ){1,3}(?:on|of) )?)?$",
    re.I,
)
_EVENT_NOUN_AFTER = re.compile(r" (?!(?:and|or|but|to|in|at|on|of|for|by|with|from|as|when|after|before)\b)[a-z][\w-]*")
_SPAN_OF_DAYS_BEFORE = re.compile(r"(?<![\w-])(?:for|within|over|during) $", re.I)  # "shut for two days after Easter": days, not a day


def _counted_from_the_day(doc: Doc, text: str, made: list[tuple[RuleMatch, Normalized]], lex: Lexicon, anchor: dt.date | None) -> list[tuple[RuleMatch, Normalized]]:
    """"the day after Easter", "two days before May 3", "the week before Christmas", "two days after the vote on May
    3": a day (or week) counted from the day named, or from an event on it, is the time the sentence means, not the
    day named; one expression, as "a week from Friday" is. A count of days read as a duration ("two days", with
    durations on) is inside it. The day counted, not the day named, lies on the side of the writing the tense of
    the count's clause gives (see _counted_on_the_told_side)."""
    out: list[tuple[RuleMatch, Normalized]] = []
    for match, norm in made:
        found = _COUNT_FROM_A_DAY.search(text, max(0, match.start - 70), match.start) if norm.granularity == "day" and norm.start is not None else None
        noun = _EVENT_NOUN_AFTER.match(text, match.end) if found is not None and found["det"] and not found["words"] else None
        shifted = _day_counted(found, norm.start, lex) if found is not None and (noun is not None or not found["det"] or found["words"]) else None
        if shifted is not None and anchor is not None and norm.relative and match.kind in ("weekday", "calendar"):
            shifted = _counted_on_the_told_side(found, match, norm.start, shifted, anchor, tense_at(doc, found.start("num"), found.end("unit")), lex)
        if shifted is not None:
            if out and out[-1][0].end > found.start():
                out.pop()  # "two days" read as a duration is the count
            match, norm = replace(match, start=found.start(), end=noun.end() if noun is not None else match.end), replace(norm, **shifted)
        out.append((match, norm))
    return out


def _day_counted(found: re.Match, day: dt.date, lex: Lexicon) -> dict | None:
    """The day N days or weeks from ``day`` ("two days after"), or the whole week one week from it ("the week before":
    the ISO week, as TimeML values a week); None for a count that is no number or does not agree with its unit."""
    word, unit = found["num"].lower(), found["unit"].lower()
    if word != "the" and _SPAN_OF_DAYS_BEFORE.search(found.string, max(0, found.start() - 8), found.start()):
        return None
    n = 1 if word in ("the", "a", "an") else count_number(word, lex)
    if n is None or (n == 1) == unit.endswith("s"):
        return None
    days = n * (7 if unit.startswith("week") else 1) * (1 if found["side"].lower() == "after" else -1)
    shifted = day + dt.timedelta(days=days)
    if word == "the" and unit == "week":
        iso = shifted.isocalendar()
        monday = shifted - dt.timedelta(days=shifted.weekday())
        return {"start": monday, "end": monday + dt.timedelta(days=6), "granularity": "week", "timex": f"{iso[0]}-W{iso[1]:02d}"}
    return {"start": shifted, "end": shifted, "timex": shifted.isoformat()}


def _counted_on_the_told_side(found: re.Match, match: RuleMatch, day: dt.date, shifted: dict, anchor: dt.date, tense: str, lex: Lexicon) -> dict | None:
    """"Officials resigned two weeks after May 10", written May 20: the day named was put on the side of the writing
    the tense gives, but the day counted from it is what was done, so it is that day that must lie behind a past
    clause (last year's May 10, so 2025-05-24) or ahead of a future one ("will meet three weeks after the vote on May
    3", written May 20: this year's May 24, not next year's). A weekday named moves a week, a date with no year a
    year; the counted day is read again from the day moved."""
    if match.kind == "weekday":
        back, ahead = day - dt.timedelta(days=7), day + dt.timedelta(days=7)
    elif match.kind == "calendar" and not (day.month == 2 and day.day == 29):
        back, ahead = day.replace(year=day.year - 1), day.replace(year=day.year + 1)
    else:
        return shifted
    if tense == "past" and shifted["start"] > anchor:
        return _day_counted(found, back, lex)
    if tense == "future" and shifted["start"] <= anchor:
        return _day_counted(found, ahead, lex)
    if tense == "future":
        earlier = _day_counted(found, back, lex)
        return earlier if earlier is not None and earlier["start"] > anchor else shifted
    return shifted


_THIS_PERIOD = re.compile(r"(?:this (?:week|month|spring|summer|autumn|fall|winter|weekend)|today|tonight)\b", re.I)


def _ago_this_period(text: str, made: list[tuple[RuleMatch, Normalized]], lex: Lexicon) -> list[tuple[RuleMatch, Normalized]]:
    """"ten years ago this month", "a year ago today", "five years ago this week": one expression, the month, day or
    week of writing that far back (it was two, the year ten back and this month)."""
    out: list[tuple[RuleMatch, Normalized]] = []
    for match, norm in made:
        before = out[-1][0] if out else None
        if before is not None and before.kind == "offset" and text[before.end : match.start] == " " and norm.start is not None and _THIS_PERIOD.match(text, match.start):
            back = _period_back(norm, before.groups, lex) if (before.groups.get("offset") or "").lower() == "ago" else None
            if back is not None:
                out[-1] = (replace(match, start=before.start), back)
                continue
        out.append((match, norm))
    return out


_YEARS_IN = {"decade": 10, "century": 100}


def _period_back(norm: Normalized, groups: dict, lex: Lexicon) -> Normalized | None:
    """``norm`` (a day, week, month or season) moved back by the count of years, months, weeks or days in ``groups``;
    None where the unit is finer than the period ("a week ago this month") or the count is no number."""
    n, unit = count_number((groups.get("num") or "").lower(), lex), (groups.get("unit") or "").lower().rstrip("s")
    if n is not None and unit in _YEARS_IN:  # "a decade ago this month": ten years back
        n, unit = n * _YEARS_IN[unit], "year"
    if n is None or unit not in ("year", "month", "week", "day") or (unit != "year" and norm.granularity != "day"):
        return None
    if unit == "month":
        year, month = add_months(norm.start, -n)
        day = norm.start.replace(year=year, month=month, day=min(norm.start.day, month_end(year, month).day))
    elif unit != "year":
        day = norm.start - dt.timedelta(days=n * (7 if unit == "week" else 1))
    if unit != "year":
        return replace(norm, start=day, end=day, timex=day.isoformat() + (norm.timex or "")[10:])
    try:
        start = norm.start.replace(year=norm.start.year - n)
        end = month_end(norm.end.year - n, norm.end.month) if norm.granularity == "month" else norm.end.replace(year=norm.end.year - n)
    except ValueError:
        return None  # a 29 February
    if norm.granularity == "week":  # the same days of the week that held the date a year (or n) back
        start = start - dt.timedelta(days=start.weekday() - norm.start.weekday())
        end = start + (norm.end - norm.start)
        iso = start.isocalendar()
        return replace(norm, start=start, end=end, timex=f"{iso[0]}-W{iso[1]:02d}" + (norm.timex or "")[8:])
    return replace(norm, start=start, end=end, timex=f"{start.year:04d}" + (norm.timex or "")[4:])


def _without_verb_last(doc: Doc, match: RuleMatch) -> RuleMatch:
    """'expected to last a week', 'will last three months': the verb 'last' is not inside the duration."""
    if match.kind != "duration" or doc_text(doc)[match.start : match.start + 5].lower() != "last ":
        return match
    span = doc.char_span(match.start, match.start + 4)
    if span is None or span[0].pos_ not in ("VERB", "AUX"):
        return match
    return replace(match, start=match.start + 5)


def _modified_start(text: str, match: RuleMatch) -> int:
    """Where the expression starts with a modifier TimeML annotates inside it ("nearly two years")."""
    pattern = _MODIFIED.get(match.kind)
    if pattern is None:
        return match.start
    found = pattern.search(text, max(0, match.start - 22), match.start)
    if found is not None and found.group()[:4].lower() == "the " and text[match.end : match.end + 2] in ("'s", "’s"):
        return match.start  # "at the end of this week's hearings": the end is the hearings'
    return found.start() if found else match.start


# TimeML's extent (TimeML 1.2.1 guidelines, TIMEX3): an adjective phrase ("a 30-day truce", "third-quarter
# results") is the timex alone; the determiner belongs to the noun it modifies ("the [30-day] truce"), where a
# time noun heading the phrase keeps it ("the year-ago quarter"). TimeBank so, 9 of 9.
_DETERMINER_OF_A_MODIFIER = re.compile(
    r"(?:the|The) (?=(?:fiscal )?[\w.]+(?:-\w+)*-(?:years?|weeks?|days?|months?|quarters?|hours?|minutes?|decades?|ago|earlier|long)$)"
)
# Words after the expression that TimeML puts inside it (mod APPROX, ON_OR_AFTER, EQUAL_OR_MORE ...): "the next
# year or so", "1994 or later", "1990 and beyond", "a week or two"; TimeBank so, 6 of 6.
_MOD_AFTER = re.compile(r" (?:or so|or later|or earlier|and beyond|or longer|or more(?! than)|or less(?! than))(?![\w-])")
_OR_COUNT_AFTER = re.compile(r" or (?:two|three)(?![\w-])(?! \w+s\b)")  # "a year or two", not "a day or two days"
_SINGULAR_UNIT_END = re.compile(r"(?:year|month|week|day|hour|decade)$", re.I)
# a count given as a range or a choice is one duration ("two to three weeks", "the next 12 to 18 months", "one or two
# days"; TimeBank so, 2 of 2), as are two units offered as one span ("for weeks or months", "in recent weeks and months")
_COUNT_RANGE_BEFORE = re.compile(
    r"(?<![\w.,-])(?:the (?:past|last|next|first|coming|previous) )?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) (?:to|or) $",
    re.I,
)
_PLURAL_UNIT_END = re.compile(r"(?<![\w-])(?:hours|days|weeks|months|years|decades)$", re.I)
_UNIT_ALTERNATIVE_AFTER = re.compile(r" (?:or|and) (?:hours|days|weeks|months|years|decades)(?![\w-])(?! (?:ago|later|earlier|before|after)\b)", re.I)


def _timeml_extent(text: str, match: RuleMatch, norm: Normalized, number_words: dict[str, int]) -> tuple[RuleMatch, Normalized]:
    """The span as TimeML marks it: a modifier TimeML puts inside at the start ("nearly two years") or the end ("the
    next year or so"), no determiner before a hyphenated adjective ("the [eight-year] war"), no preposition before a
    vague reference ("in [recent years]"), a count range whole ("two to three weeks", valued by its first count as
    TimeBank values it: P2W)."""
    start, end = _modified_start(text, match), match.end
    if _DETERMINER_OF_A_MODIFIER.match(text, start, end):
        start += 4
    elif match.kind == "vague" and text[start : start + 3].lower() == "in " and end - start > 3:
        start += 3
    if match.kind == "duration" and start == match.start:
        count = _COUNT_RANGE_BEFORE.search(text, max(0, start - 30), start)
        if count is not None and not text[start:end].lower().startswith(("the ", "past ", "last ", "next ")):
            start = count.start()
            first = count.group().split()[-2].lower()
            first_count = int(first) if first.isdigit() else number_words.get(first)
            if first_count is not None and norm.timex:
                norm = replace(norm, timex=re.sub(r"^(PT?)\d+", lambda m: f"{m.group(1)}{first_count}", norm.timex, count=1))
    after = _MOD_AFTER.match(text, end) or (_OR_COUNT_AFTER.match(text, end) if _SINGULAR_UNIT_END.search(text, start, end) else None)
    if after is None and _PLURAL_UNIT_END.search(text, start, end):
        after = _UNIT_ALTERNATIVE_AFTER.match(text, end)
    return replace(match, start=start, end=after.end() if after is not None else end), norm


DAY_REACH = 3000  # characters within which "earlier in the day", told in the past, is in the last day told
REFERENCE_REACH = 1000  # characters within which "a year earlier" counts from the previous expression
PERIOD_SIZES = {"quarter", "half", "month", "season"}  # what "the year-ago period" may be the same part of the year as


def _a_year_back(norm: Normalized) -> Normalized:
    """The same month or day one year earlier (a 29 February stays as it is; the month February of a leap year
    ends on the 28th a year back)."""
    try:
        start = norm.start.replace(year=norm.start.year - 1)
        end = month_end(norm.end.year - 1, norm.end.month) if norm.granularity == "month" else norm.end.replace(year=norm.end.year - 1)
    except ValueError:
        return norm
    return replace(norm, start=start, end=end, timex=f"{start.year:04d}" + (norm.timex or "")[4:])


def _a_year_ahead(norm: Normalized) -> Normalized:
    """The same month one year later."""
    start = norm.start.replace(year=norm.start.year + 1)
    end = month_end(norm.end.year + 1, norm.end.month)
    return replace(norm, start=start, end=end, timex=f"{start.year:04d}" + (norm.timex or "")[4:])


_BOUND_PREPS = {"until", "till"}


def _awaited_until_the_new_year(doc: Doc, match: RuleMatch, norm: Normalized, anchor: dt.date) -> bool:
    """'They said she did not need to decide until January', written in December: a bare month after 'until' that
    bounds an infinitive (an act not yet done at the time of the past verb above it) is the first such month after
    that verb, which in a story of November or December is the January or February just ahead, not the one gone
    most of a year before. Not a finite past verb ('the ban ran until January', 'did not arrive until January'), nor
    'to have', nor a month with a year or 'last'/'next'."""
    g = match.groups
    if norm.granularity != "month" or anchor.month < 11 or g.get("year") or g.get("rel"):
        return False
    ahead = norm.start.replace(year=norm.start.year + 1)
    if not (anchor < ahead and (ahead - anchor).days <= 92):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _BOUND_PREPS:
        return False
    verb = prep.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VB" and "to" in aux and not aux & {"have", "has", "had"} and verb.lemma_ != "have"


_THAT_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)
_THAT_BEFORE = re.compile(r"(?<![\w-])[Tt]hat\s+$")


def _month_of_that_year(doc: Doc, text: str, match: RuleMatch) -> bool:
    """'that November', 'early June of that year', 'in May the same year': a month (or a day of one) with no year of its
    own, pointed back at the year the story has just told, is in that year, not the nearest such month to the writing."""
    g = match.groups
    if match.kind not in ("calendar", "relative_month") or not g.get("month") or g.get("year") or g.get("rel") or g.get("weekday"):
        return False
    if _THAT_YEAR_AFTER.match(text, match.end):
        return True
    if not _THAT_BEFORE.search(text, max(0, match.start - 6), match.start):
        return False
    span = _match_span(doc, match.start, match.end)  # not "said that November was cold", "that November sales fell"
    return span is not None and span.start > 0 and (doc[span.start - 1].dep_ != "mark" or span.root.dep_ == "npadvmod")


def _in_year(norm: Normalized, year: int) -> Normalized:
    """The same month or day in another year (a 29 February outside a leap year stays as it is; the month February
    ends where that year's does)."""
    try:
        start = norm.start.replace(year=year)
        whole = norm.granularity == "month" and norm.end == month_end(norm.end.year, norm.end.month)
        end = month_end(year, norm.end.month) if whole else norm.end.replace(year=year)  # "early June" ends on the 10th
    except ValueError:
        return norm
    return replace(norm, start=start, end=end, timex=f"{year:04d}" + (norm.timex or "")[4:], relative=False)


def _counts_things(doc: Doc, match: RuleMatch) -> bool:
    """A bare four-digit 'year' that modifies a plural noun counts things ('2000 troops')."""
    if match.rule != "year":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    token = span[-1]
    if token.i > 0 and (token.nbor(-1).lower_ in YEAR_DETERMINERS or token.nbor(-1).tag_ == "POS"):
        return False  # "the 2000 Olympics", "its 1989 results", "the company's 1989 results", "fiscal 1989 sales": a year
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS") and token.head.i > token.i


def _rate_of_an_amount(doc: Doc, match: RuleMatch) -> bool:
    """'$2 million a year', 'four flights a week', '700 seats a week': 'a year' after an amount is the rate of that
    amount, a unit the quantities extractor reads, not a span of time ('within a week', 'the smallest gain in a year'
    stay durations). So is a word of recurrence right after an amount ('44 bcm annually', 'rise 8% yearly'), which
    TimeML leaves unmarked; after anything else it is a set of times ('talks held annually', 'patients each year')."""
    a_period = match.rule == "duration" and re.match(r"(?i)an? ", doc_text(doc)[match.start : match.end])
    if not (a_period or match.rule == "recurrence"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.like_num or (before.pos_ == "NOUN" and any(c.dep_ == "nummod" or c.like_num for c in before.children))


def _verb_not_month(doc: Doc, match: RuleMatch) -> bool:
    """A bare month name the parser reads as a verb ('May we...', 'they march')."""
    if match.kind != "relative_month" or match.groups.get("rel") or match.groups.get("modifier"):
        return False
    span = _match_span(doc, match.start, match.end)
    return span is not None and span[0].tag_ in ("MD", "VB", "VBP", "VBZ")


_LOWER_AMBIGUOUS_MONTH = re.compile(r"(?<![\w-])(?:may|march|august)(?![\w-])")


def _lower_case_verb_not_month(doc: Doc, match: RuleMatch) -> bool:
    """'the 10 may join', 'they march 5 miles': a lower-case 'may', 'march' or 'august' beside a number that the tagger
    reads as a verb or modal, or whose number is not the date's own day or year or counts a noun after it, is no month
    (the rules take it only with a number beside it)."""
    if not match.groups.get("month") or match.groups["month"] not in ("may", "march", "august"):
        return False
    found = _LOWER_AMBIGUOUS_MONTH.search(doc_text(doc), match.start, match.end)
    if found is None:
        return False
    span = doc.char_span(found.start(), found.end())
    if not (match.groups.get("day") or match.groups.get("year")):
        # "a 2014 march in the capital": the number beside it is not the date's; "due in march" is a month, not
        # "in march rallies", "the next may be", "an early march on the capital"
        return span is None or not _month_after_its_introducer(doc, span)
    if span is None or span[0].tag_ == "MD" or span[0].pos_ in ("VERB", "AUX"):
        return True
    following = doc[span.end] if span.end < len(doc) else None  # "pickets march 5 miles": the number counts a noun after it
    return following is not None and following.like_num and following.dep_ == "nummod" and following.head.i > following.i


_ADJECTIVE_INTRODUCERS = {"last", "next", "early", "late"}


def _month_after_its_introducer(doc: Doc, span) -> bool:
    """'due in march', 'until august', 'last may': a lower-case 'may', 'march' or 'august' right after a word that
    introduces a month (time_rules.MONTH_INTRODUCERS) is the month when no noun, verb or adjective follows it (not
    'in march rallies', 'the next may be') and its 'last' or 'early' has no determiner of its own ('an early march')."""
    before = doc[span.start - 1] if span.start > 0 else None
    words_before = " ".join(t.lower_ for t in doc[max(0, span.start - 3) : span.start])  # "as early as march"
    if before is None or (before.lower_.rstrip("-") not in {w.rstrip("-") for w in MONTH_INTRODUCERS}
                          and not any(" " in w and f" {words_before} ".endswith(f" {w} ") for w in MONTH_INTRODUCERS)):
        return False
    if before.lower_ in _ADJECTIVE_INTRODUCERS and before.i > 0 and doc[before.i - 1].pos_ in ("DET", "PRON"):
        return False
    following = doc[span.end] if span.end < len(doc) else None
    if following is None or following.is_punct:
        return True
    return following.pos_ in ("ADP", "CCONJ", "SCONJ", "ADV", "DET", "PRON", "NUM", "PART") and following.lower_ not in ("not", "n't")


_AS_BEFORE = re.compile(r"(?<![\w-])[Aa]s $")
_AS_AFTER = re.compile(r" as\b")


def _in_an_as_comparison(text: str, match: RuleMatch) -> bool:
    """'as recently as May', 'as lately as last week': a vague word between 'as' and 'as' only introduces the date
    after it, which is the time told; it is no time of its own."""
    return match.kind == "vague" and bool(_AS_BEFORE.search(text, max(0, match.start - 3), match.start)) and bool(_AS_AFTER.match(text, match.end))


_OF_AFTER = re.compile(r"\s+of\b")


def _future_of_a_thing(text: str, match: RuleMatch) -> bool:
    """'the future of global stability', 'vital to the future of both nations': the future of something is its fate
    or prospects, no time (TimeML leaves it unmarked); 'plans for the future', 'in the future' stay FUTURE_REF."""
    return match.kind == "vague" and text[match.start : match.end].lower().endswith("future") and bool(_OF_AFTER.match(text, match.end))


_TAG_REACH = 400  # characters back to look for the '<' of a tag a match may sit in


def _in_markup(text: str, match: RuleMatch) -> bool:
    """'<tweet author="@x" datetime="2016-09-01">': a date inside a tag of markup left in the text (an embedded post's
    attributes) is the markup's, not a time the story tells; the post's own words after the tag are read as text."""
    opened = text.rfind("<", max(0, match.start - _TAG_REACH), match.start)
    if opened < 0 or text.rfind(">", opened, match.start) >= 0 or not re.match(r"<[A-Za-z][\w:-]*\s", text[opened : opened + 40]):
        return False
    closed = text.find(">", match.end, match.end + _TAG_REACH)
    return closed >= 0 and text.find("<", match.end, closed) < 0


def _ordinal_second(doc: Doc, match: RuleMatch) -> bool:
    """'a second group', 'a second director': the ordinal before a noun, not the duration of one second."""
    if match.kind != "duration" or (match.groups.get("unit") or "") != "second":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.pos_ in ("NOUN", "PROPN", "ADJ") or (span[-1].dep_ in ("amod", "nummod") and span[-1].head.i > span[-1].i)


def _part_of_day_modifies(doc: Doc, match: RuleMatch) -> bool:
    """'in the morning papers', 'the next morning session', 'the midday heat': a part of the day (or noon) before the noun it
    modifies is no time, nor one written in capitals inside a sentence ('the Midnight Express')."""
    if not match.groups.get("bare_part") and not match.groups.get("dayrel") and match.rule != "noon_bare":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return True
    token = span[-1]
    if match.rule == "noon_bare" and token.text[:1].isupper() and not token.is_sent_start:
        return True
    return token.head.i > token.i and token.dep_ in ("compound", "amod", "nmod")


def _modified_plural_unit(doc: Doc, match: RuleMatch) -> bool:
    """'the final days before the vote', 'three more weeks after': a plural unit before 'before' or 'after' is a vague
    span of its own only bare ('Police came days later', 'Hours after the blast'), with no word that counts or
    picks out its units."""
    if match.rule != "duration_plural_before":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return True
    token = span[-1]
    return token.dep_ == "compound" or any(c.dep_ in ("det", "amod", "nummod", "quantmod", "poss", "compound", "predet") for c in token.children)


def _overnight_denied(token: Token) -> bool:
    """'Trust is not rebuilt overnight', 'you can't build that overnight', 'the change didn't happen overnight':
    'overnight' under a denied 'can' or 'will', or a denied verb of change, means 'all at once', not a night."""
    verb = token.head
    if token.dep_ not in ("advmod", "npadvmod") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "neg" for c in verb.children):
        return False  # "the army did not fire overnight" is a night without firing; only a change denied is 'at once'
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & {"can", "ca", "could", "will", "wo", "would"}) or verb.lemma_ in _ALL_AT_ONCE_VERBS


def _overnight_change(token: Token) -> bool:
    """'She turned from a clerk into a star overnight', 'the town changed from a village to a city overnight': a
    change from one state to another 'overnight' is one made all at once, not in a night."""
    verb = token.head
    if token.dep_ not in ("advmod", "npadvmod") or verb.lemma_ not in _ALL_AT_ONCE_VERBS:
        return False
    preps = [c.lower_ for c in verb.children if c.dep_ == "prep"]
    return "from" in preps and ("to" in preps or "into" in preps)


_ALL_AT_ONCE_VERBS = {"happen", "change", "come", "build", "rebuild", "fix", "solve", "disappear", "vanish", "transform",
                      "turn", "become", "develop", "emerge", "heal", "recover", "restore", "repair", "reverse", "undo", "end",
                      "win", "earn", "create", "grow"}


def _overnight_kind(doc: Doc, match: RuleMatch) -> bool:
    """'the overnight rate', 'an overnight stay', 'six weeks of overnight curfews': 'overnight' after a determiner,
    or on a noun after 'of', names a kind of thing, not a night ('overnight losses in New York' is one)."""
    if match.kind != "overnight":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    token = span[0]
    noun = token.head
    if _overnight_denied(token) or _overnight_change(token):
        return True
    if noun.i <= token.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return True
    return any(c.dep_ in ("det", "poss") for c in noun.children if c.i < token.i)


# "the last day of the convention", "the last week I worked": the final unit of some other stretch, not the unit
# just before the writing
_FINAL_UNIT_AFTER = re.compile(r"\s+(?:of|I|we|he|she|they|you)\b")


def _final_unit_of_another(text: str, match: RuleMatch) -> bool:
    """'On the last day of the convention', 'the last week of June', 'nobody can recall the last week they rested':
    'the last' before 'of' or a clause names the end of another stretch of time, not yesterday or last week."""
    if match.kind != "relative_unit" or (match.groups.get("rel") or "").lower() != "the last":
        return False
    return bool(_FINAL_UNIT_AFTER.match(text, match.end))


def _moment_of_a_past_act(doc: Doc, match: RuleMatch) -> bool:
    """'At the moment the senator announced his bid, aides cheered': 'at the moment' before a clause in the past is
    'when', not now ('At the moment the economy is strong' stays now)."""
    if match.kind != "vague" or not doc_text(doc)[match.start : match.end].lower().endswith("the moment"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    doc = span.doc
    for token in doc[span.end : min(len(doc), span.end + 12)]:
        if token.is_punct:
            return False
        if token.pos_ in ("VERB", "AUX"):  # the clause's first verb, with its subject between the phrase and it
            return token.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in token.children)
    return False


# Nouns of what comes out or goes on air every week: "appeared on a Sunday talk show", "his Friday night show" name
# no one day ("a Tuesday interview", "a Friday rally", "a Sunday column" do: one of them, on that day)
WEEKLY_NOUNS = {"show", "program", "programme", "newspaper", "paper", "edition", "supplement", "magazine"}
# determiners of a kind or of its owner, not of one occasion ("the Sunday papers" may be this Sunday's)
_KIND_DETERMINERS = {"a", "an", "every", "each", "any", "his", "her", "their", "its", "my", "our", "your"}


def _lower_case_national_day(text: str, match: RuleMatch, lex: Lexicon) -> bool:
    """'on election day', 'election night' in lower case: any country's election, which has no fixed date; only the
    capitalized 'Election Day' of American style is the United States' (the rule marks such days 'capitalized')."""
    name = match.groups.get("holiday")
    if not name or not lex.holidays.get(name, {}).get("capitalized"):
        return False
    return name.title() not in text[match.start : match.end]


def _quarterly_not_adverb(doc: Doc, match: RuleMatch) -> bool:
    """'reports quarterly', 'is adjusted quarterly': the adverb is a set, once each three months (TimeML's P3M); the
    adjective or noun ('a quarterly dividend', 'its initial quarterly of five cents') names a payment or report that
    comes each quarter, which TimeBank leaves unmarked nine times of ten."""
    if (match.groups.get("recur") or "").lower() != "quarterly":
        return False
    span = _match_span(doc, match.start, match.end)
    return span is None or span.root.tag_ != "RB"


_PAPER_WORDS = {"daily", "weekly", "monthly"}


def _a_paper(doc: Doc, match: RuleMatch) -> bool:
    """'a free daily', 'the Paris daily Le Monde', 'the business weekly': the word names a paper that comes out each
    day or week, a noun or the adjective before a paper's name, not a set ('updated daily', 'daily updates')."""
    if (match.groups.get("recur") or "").lower() not in _PAPER_WORDS:
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None or len(span) != 1:
        return False
    token = span.root
    if token.tag_ in ("NN", "NNS", "NNP") or token.dep_ in _NOUN_ROLES or any(c.dep_ in ("det", "compound") for c in token.children):
        return True  # "the business daily reported" (tagged an adverb, but the subject or with a noun on it), "the Paris daily Liberation" (NNP)
    # "the Paris daily Le Monde": before a paper's name of one or more capitalised words
    between = token.doc[token.i + 1 : token.head.i]
    return token.dep_ in ("amod", "compound") and token.head.tag_ == "NNP" and token.head.i > token.i and all(t.tag_ == "NNP" for t in between)


_NOUN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"}


def _weekly_kind(doc: Doc, match: RuleMatch) -> bool:
    """'She appeared on a Sunday talk show', 'his Friday night show': a weekday that modifies a programme or paper under
    'a' or an owner names one that comes out every week, not a day (it was read as last Sunday)."""
    g = match.groups
    if not g.get("weekday") or g.get("rel") or g.get("month") or g.get("day"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    token = span.root
    for _ in range(3):
        if token.dep_ not in ("compound", "nmod", "amod") or token.head.i <= token.i:
            break
        token = token.head
    if token.i < span.end or token.lemma_.lower() not in WEEKLY_NOUNS:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in _KIND_DETERMINERS for c in token.children)


def _dated_event(doc: Doc, match: RuleMatch, lex: Lexicon) -> dt.date | None:
    """'Security tightened after the Sept. 11 attacks', 'the Jan. 6 committee': a month and day with no year that
    modify a noun of an event news names by its day alone (data/time_rules.json, dated_events) are that event's
    day, years back (they were read as the nearest Sept. 11)."""
    g = match.groups
    if match.kind != "calendar" or g.get("year") or g.get("weekday") or not (g.get("month") and g.get("day")):
        return None
    month = lex.months.get(g["month"].lower().rstrip("."))
    day = int(g["day"]) if g["day"].isdigit() else None
    year = lex.dated_events.get((month, day)) if month and day else None
    if year is None:
        return None
    span = _match_span(doc, match.start, match.end)
    if span is None or span.root.dep_ not in ("nmod", "compound", "amod") or span.root.head.i < span.end:
        return None
    noun = span.root.head
    if not any(t.lemma_.lower() in lex.dated_event_nouns for t in doc[span.end : noun.i + 1]):
        return None
    return dt.date(year, month, day)


def _year_the_story_writes(match: RuleMatch, matches: list[RuleMatch], lex: Lexicon) -> int | None:
    """'the attack of Sept. 11, 2012 ... the Sept. 11 attack': one story, one Sept. 11. The year the story writes
    beside the same month and day elsewhere (one year only), which a famous event's day does not override."""
    g = match.groups
    day = (lex.months.get((g.get("month") or "").lower().rstrip(".")), g.get("day"))
    written = {
        int(m.groups["year"])
        for m in matches
        if m.kind == "calendar" and (m.groups.get("year") or "").isdigit() and (lex.months.get((m.groups.get("month") or "").lower().rstrip(".")), m.groups.get("day")) == day
    }
    return written.pop() if len(written) == 1 else None


def _year_framing_the_event(doc: Doc, match: RuleMatch, years: list[RuleMatch], event_year: int) -> int | None:
    """'In 2012, gunmen stormed the consulate; the Sept. 11 attack killed four guards': a sentence opened by 'In' and a
    later year than the famous event's frames what it tells, and an event that acts in it (the subject of a past verb)
    happened in that year. Not an event looked back on from the year ('In 2019, the fund for victims of the Sept. 11
    attacks was extended'; 'By 2010, the Sept. 11 plotters had been jailed')."""
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return None
    noun = span.root.head
    if noun.dep_ != "nsubj" or noun.head.tag_ != "VBD" or noun.head.lemma_ in time_words(doc)["state_verbs"]:
        return None
    sentence = span.root.sent
    opener = sentence[0] if sentence[0].is_alpha else sentence[1] if len(sentence) > 1 else sentence[0]
    if opener.lower_ != "in":
        return None
    for year in years:
        year_span = _match_span(doc, year.start, year.end)
        if year_span is None or not (sentence.start <= year_span.start < span.start):
            continue
        if year_span[-1].head.i == opener.i and int(year.groups["year"]) > event_year:
            return int(year.groups["year"])
    return None


def _noun_it_modifies(token: Token) -> Token | None:
    """The noun a time word belongs to: the one it modifies ('the 2012 attack', 'the Sept. 11 attack') or the one its
    preposition hangs on ('the attack on Sept. 11', 'the attacks of 2012')."""
    if token.dep_ in ("nummod", "compound", "nmod", "amod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in ("on", "of", "in") and token.head.head.pos_ in ("NOUN", "PROPN"):
        return token.head.head
    return None


def _year_of_the_phrase(doc: Doc, match: RuleMatch, years: list[RuleMatch]) -> int | None:
    """'the 2012 attack in the city on Sept. 11', 'the Sept. 11 attack of 2012': a month and day (or a bare month) with
    no year of their own that belong to the same noun as a year written beside them are in that year; not the nearest
    such day to the writing, nor the day of a famous event (data/time_rules.json, dated_events) named the same way."""
    g = match.groups
    if not years or match.kind not in ("calendar", "relative_month") or g.get("year") or g.get("rel") or g.get("modifier") or g.get("weekday") or not g.get("month"):
        return None
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return None
    noun = _noun_it_modifies(span.root)
    if noun is None:
        return _year_of_the_clause(doc, span, years)
    if span.start <= noun.i < span.end:
        return None
    phrase = {noun.i}
    for _ in range(2):  # "the 2012 attack on the embassy on Sept. 11": the parser may hang the date on the nearer noun
        if not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN")):
            break
        noun = noun.head.head
        phrase.add(noun.i)
    for year in years:
        year_span = _match_span(doc, year.start, year.end)
        owner = _noun_it_modifies(year_span[-1]) if year_span is not None else None
        if owner is not None and owner.i in phrase and year_span[-1].i not in phrase:
            return int(year.groups["year"])
    return None


_OPENING_QUOTES = ('"', "“", "'", "‘")


def _season_in_name(doc: Doc, match: RuleMatch) -> bool:
    """'the Spring Festival', 'the Summer Palace', 'The Winter Games': a capitalised season before a
    capitalised word is the first word of a name, not the season."""
    text = doc_text(doc)
    if match.kind != "relative_season" or not text[match.start : match.end].split()[-1][:1].isupper():
        return False
    following = re.match(r" ([A-Z][a-z]+)\b", text[match.end : match.end + 30])
    return following is not None and following.group(1).lower() not in _TIME_WORDS_AFTER_SEASON


_TIME_WORDS_AFTER_SEASON = {"of", "and", "or", "to", "through", "until", "in", "on", "at"}

_IN_OR_OF_AFTER = re.compile(r" (?:in|of) ((?:[\w$£€%'’-]+ ){0,3}[\w$£€%'’-]+)")


def _fall_of_an_amount(text: str, match: RuleMatch, amount_nouns: frozenset[str]) -> bool:
    """'this fall in prices', 'the fall in the number of visitors', 'the fall of 3 percent': 'fall' the noun of a
    drop, not the season, when an 'in' or 'of' phrase of an amount follows (a figure, or a noun of amount_nouns
    within four words); 'this fall in Paris' and 'last fall in the number of ...' stay the season."""
    if match.kind != "relative_season" or text[match.start : match.end].lower() not in ("this fall", "the fall"):
        return False
    phrase = _IN_OR_OF_AFTER.match(text, match.end)
    if phrase is None:
        return False
    words = phrase.group(1).lower().split()
    return words[0][:1].isdigit() or words[0][:1] in "$£€" or any(word in amount_nouns for word in words)

# "early spring in the Persian calendar", "the new year of the lunar calendar": a time of another calendar
# system, which the Gregorian dates of this component do not name (not "the racing calendar", "the Gregorian calendar")
_OTHER_CALENDAR_AFTER = re.compile(
    r",? (?:in|of|on|by|under|according to) the (?:(?:traditional|old|ancient|religious) )?"
    r"(?:(?!Gregorian\b|Western\b|Christian\b)[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?|lunar|lunisolar|solar|liturgical)(?: lunar| solar| lunisolar)? calendar\b"
)


_JULIAN_AFTER = re.compile(r",? (?:in|of|on|by|under|according to) the (?:old )?Julian calendar\b")


def _in_another_calendar(text: str, match: RuleMatch) -> bool:
    """A time named in another calendar system ('a feast held in early spring in the Persian calendar'): no Gregorian
    date. A day of the Julian calendar is kept: it converts by a count of days (`_julian_shift`)."""
    return _OTHER_CALENDAR_AFTER.match(text, match.end) is not None and not _julian_day(text, match)


def _julian_day(text: str, match: RuleMatch) -> bool:
    """'on 7 January in the Julian calendar': a month and a day named in the Julian calendar."""
    return bool(match.groups.get("month") and match.groups.get("day")) and _JULIAN_AFTER.match(text, match.end) is not None


def _julian_shift(day: dt.date, sign: int) -> dt.date:
    """A day of the Julian calendar on the Gregorian one (sign 1), or back (sign -1): the Julian calendar falls a day
    behind in each century year not divisible by 400, 13 days from March 1900 to February 2100."""
    return day + dt.timedelta(days=sign * (day.year // 100 - day.year // 400 - 2))


# entities a time word may end: "USA Today", "The Daily Beast" (not DATE, EVENT or places: "Mexico Next Week")
NAME_ENTITIES = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON"}
# kinds whose words news writes in lower case inside a sentence ("today", "daily", "this week", "now")
_LOWER_CASE_KINDS = {"relative_unit", "day_reference", "recurrence", "vague"}
_WEEKDAY_FIRST = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_SENTENCE_OPENERS = ".!?:;([\n" + "".join(_OPENING_QUOTES)
# a short quoted title that a time word ends: 'on "Capitol Report Sunday"', '“Face the Nation Today,”'
_QUOTED_TITLE_BEFORE = re.compile(r"(?:[\"“‘]|'')(?:[A-Z][\w.&'’-]*\s+(?:(?:the|of|and|in|on|at|for)\s+)?){0,5}$")
_QUOTED_TITLE_AFTER = re.compile(r"(?: [A-Z][\w.&'’-]*){0,4}[,.]?(?:[\"”’](?!s\b)|'')")  # “Friday Night Revue”; not a possessive ("“Tonight’s vote”")


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether the text (not the parser, which may split 'Radio Four This Morning' before 'This') starts a
    sentence, a quotation or a clause after a colon at ``start``."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_OPENERS


def _in_headline(text: str, start: int) -> bool:
    """A line in title case ('Council Votes To Raise Harbor Levy Today'): capitals there say nothing of names."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = re.findall(r"[A-Za-z]{4,}", text[line_start : line_end if line_end != -1 else len(text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _part_of_name(doc: Doc, match: RuleMatch) -> bool:
    """A time phrase inside a name: a month in a person's name ('Rosa May'); a capitalised time word that ends
    a name the NER read ('USA Today', 'The Daily Beast') or a short quoted title ('"Capitol Report Sunday"');
    a word news writes in lower case ('today', 'daily') capitalised inside a sentence ('the Today show',
    'Coast News Daily'); a relative phrase in title case after an organisation's name or an opening quote, the
    title of a programme ('KTVX This Morning', NBC's "This Week"; not 'visit Mexico Next Week')."""
    if _season_in_name(doc, match):
        return True
    text = doc_text(doc)
    bare_month = match.kind == "relative_month" and not match.groups.get("rel") and not match.groups.get("modifier")
    capital = text[match.start].isupper()
    if not bare_month and not (capital and (match.kind in _LOWER_CASE_KINDS or match.kind == "weekday")):
        return False  # most matches: neither a bare month nor a capitalised word that may begin a name
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    if bare_month:
        return span[0].ent_type_ == "PERSON" or _a_march_by_name(text, match)
    if span[0].ent_iob_ == "I" and span[0].ent_type_ in NAME_ENTITIES:
        return True  # the NER's name began before the time word
    if _QUOTED_TITLE_BEFORE.search(text, max(0, match.start - 60), match.start) and _QUOTED_TITLE_AFTER.match(text, match.end):
        return True
    if match.kind == "weekday" or _WEEKDAY_FIRST.match(text, match.start) or not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False  # "on Sundays" is no name
    if len(span) > 1 and text[max(0, match.start - 1) : match.start] in _OPENING_QUOTES:
        return True  # ABC's "This Week With ..."
    if _opens_a_sentence(text, match.start) or _in_headline(text, match.start):
        return False
    if len(span) == 1:
        return True  # "told Harbor City Today", "on the Today show", "MIDLAND TODAY"
    owner = span[0].i - 1
    if owner > 0 and doc[owner].tag_ == "POS":
        owner -= 1  # "NBC's This Week"
    return owner >= 0 and doc[owner].ent_type_ == "ORG"  # "KTVX This Morning"; not "visit Peru Next Week"


# "the 1963 March on Washington", "joined the March for Science", "a group, March for Peace": a capitalised "March"
# before "on", "for", "against" or "to" and a capitalised name is a march of that name, not the month; not after a word
# that places a month ("in March for Talks", "early March to Berlin", "February and March on Tuesdays")
_MARCH_NAMED_AFTER = re.compile(r" (?i:on|for|against|to) (?i:the |our |a )?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|April|May|June|July|August|September|October|November|December)[A-Z]")
_MONTH_PLACED_BEFORE = re.compile(
    r"(?:\b(?:in|by|since|until|till|through|from|of|early|late|mid|last|next|this|that|each|every|during|before|after|around|between|to|on)|[-/])\s*$",
    re.I,
)


# "the annual Pride March.", "joined the Women's March in the capital": a capitalised "March" that ends a name of
# capitalised words (none a weekday, a month or a word placing a month), with no day or year after it
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|January\b|February\b|April\b|May\b|June\b|July\b|August\b|September\b|October\b|November\b|December\b)[A-Z][a-z]+(?:['’]s|s['’])? $")
_DAY_OR_YEAR_AFTER = re.compile(r",? (?:\d|'\d)")


def _a_march_by_name(text: str, match: RuleMatch) -> bool:
    if text[match.start : match.end] != "March":
        return False
    if not _MARCH_NAMED_AFTER.match(text, match.end):
        before = text[max(0, match.start - 30) : match.start]
        named = _NAME_WORD_BEFORE.search(before) and not _MONTH_PLACED_BEFORE.search(before) and not _DAY_OR_YEAR_AFTER.match(text, match.end)
        return bool(named) and not _opens_a_sentence(text, match.start - len(_NAME_WORD_BEFORE.search(before).group())) and not _in_headline(text, match.start)
    before = text[max(0, match.start - 20) : match.start]
    if re.search(r"\b(?:and|or)\s*$", before):  # "February and March to Berlin"; not "the Coalition and March on the Capitol"
        return not re.search(r"(?:January|February|April|May|June|July|August|September|October|November|December)\s+(?:and|or)\s*$", before)
    return not _MONTH_PLACED_BEFORE.search(before)


def _in_a_title(text: str, match: RuleMatch, titles: re.Pattern | None) -> bool:
    """A time word inside the title of a programme, a paper or a named day ('told Fox News Sunday', 'on Saturday
    Night Live', '60 Minutes', 'Super Tuesday'; the names in the rule file): no time, though 'told Reuters Sunday'
    is one. Looked for only around a match with a capital letter, as the titles are written."""
    if titles is None or not any(c.isupper() for c in text[match.start : match.end]):
        return False
    start = max(0, match.start - 40)
    return any(t.start() + start < match.end and t.end() + start > match.start for t in titles.finditer(text[start : match.end + 40]))


_WEEKDAY_JOINER = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|into)\s*", re.I)  # "from Tuesday night into Wednesday"


def _weekday_spans_run_forward(text: str, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date | None, told_past: set[int]) -> list[tuple[RuleMatch, Normalized]]:
    """'will run Tuesday through Sunday', 'fought from Tuesday to Thursday', 'rain from Monday night into Tuesday': a span
    of weekdays runs forward, so when each end, read alone, falls on the wrong side of the other, one end moves a week or
    two. A span that starts ahead of the writing, or in a clause not told in the past ('the talks run from Monday to
    Thursday', 'the fair runs Tuesday through Sunday', written on its first day or the day after), keeps its start and
    its end moves later; told in the past the start moves earlier. A span told ahead whose end is the writing day runs
    through it only when its start is the day just gone ('snow will linger from Monday night into Tuesday', written on
    the Tuesday); 'will be closed from Friday to Monday', written on a Monday, is the coming Friday to the next Monday.
    Not 'Friday and Thursday', a list in any order."""
    out = list(made)
    week = dt.timedelta(days=7)
    for i in range(1, len(out)):
        (first, one), (second, two) = out[i - 1], out[i]
        if first.kind != "weekday" or second.kind != "weekday" or first.groups.get("rel") or second.groups.get("rel"):
            continue
        if anchor is None or one.start is None or two.start is None or two.start >= one.start:
            continue
        if not _WEEKDAY_JOINER.fullmatch(text[first.end : second.start]):
            continue
        ahead = one.start > anchor or first.start not in told_past
        runs_through_today = two.start == anchor and one.start - week >= anchor - dt.timedelta(days=1)
        if ahead and not runs_through_today:
            day = two.start + week * -((two.start - one.start).days // 7)
            out[i] = (second, replace(two, start=day, end=day, timex=day.isoformat() + (two.timex or "")[10:]))
        else:
            day = one.start - week * -((two.start - one.start).days // 7)
            out[i - 1] = (first, replace(one, start=day, end=day, timex=day.isoformat() + (one.timex or "")[10:]))
    return out


def _bare_weekday_or_month(match: RuleMatch, norm: Normalized) -> bool:
    """A weekday, or a month with no day, named with no year or relative word: the tense placed it."""
    if match.groups.get("year") or match.groups.get("rel") or norm.start is None:
        return False
    return (match.kind == "weekday" and norm.granularity == "day") or (match.kind in ("calendar", "relative_month") and norm.granularity == "month")


def _shifted(norm: Normalized, later: bool) -> Normalized:
    """A weekday a week, a month a year, later or earlier."""
    if norm.granularity == "month":
        return _a_year_ahead(norm) if later else _a_year_back(norm)
    day = norm.start + dt.timedelta(days=7 if later else -7)
    return replace(norm, start=day, end=day, timex=day.isoformat() + (norm.timex or "")[10:])


def _postponed_past_the_first_date(doc: Doc, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date | None) -> list[tuple[RuleMatch, Normalized]]:
    """'The hearing, first set for Monday, was delayed until Thursday', written on a Tuesday: a date a thing is moved
    ahead to lies after the date it was first set for. When the two, each read alone, fall the other way, a move told
    ahead ('will be delayed until Tuesday') takes the new date a week or a year later; any other move, the first date
    as much earlier (the day set has gone by: last Monday, not next). Months in the right order get the year of a
    move not told ahead (_months_of_a_past_move)."""
    out = list(made)
    for i, (target, new) in enumerate(out):
        moved = moved_to(doc, target) if _bare_weekday_or_month(target, new) else None
        if moved is None:
            continue
        for j, (first, old) in enumerate(out):
            if j == i or not _bare_weekday_or_month(first, old) or old.granularity != new.granularity:
                continue
            in_order = old.start < new.start
            if (in_order and (new.granularity != "month" or anchor is None or move_told_ahead(moved))) or not first_set_for(doc, first, moved):
                continue
            if in_order:
                old, new = _months_of_a_past_move(old, new, anchor)
                out[j], out[i] = (first, old), (target, new)
            elif move_told_ahead(moved):
                out[i] = (target, _shifted(new, later=True))
            else:
                out[j] = (first, _shifted(old, later=False))
            break
    return out


def _months_of_a_past_move(old: Normalized, new: Normalized, anchor: dt.date) -> tuple[Normalized, Normalized]:
    """'The summit, originally set for March, was delayed until May', written in June: each month read alone lies
    ahead (a plan, a move to a later date), but the month first set, in a move not told ahead, is the nearer of
    its two readings (the March just gone, not next year's; 'first planned for December', written in November, the
    coming one), and the new month is the first such month after it (May, not next May: 'planned for February but
    was postponed to April' is two months' delay, not fourteen)."""
    other = _shifted(old, later=old.start <= anchor)
    if abs((other.start - anchor).days) < abs((old.start - anchor).days):
        old = other
    if _shifted(new, later=False).start > old.start:
        new = _shifted(new, later=False)
    elif new.start < old.start:
        new = _shifted(new, later=True)
    return old, new


def _month_spans_run_forward(text: str, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date | None, told_past: set[int]) -> list[tuple[RuleMatch, Normalized]]:
    """'from October to February', 'November through March': a span of months named without a year runs forward, so
    when the end, read alone, falls before the start, one end moves a year: told in the past or behind the writing the
    start moves earlier ('ran from October to February', written in November: the October before), else the end
    later. told_past: the starts of the matches whose clause is told in the past."""
    out = list(made)
    for i in range(1, len(out)):
        (first, one), (second, two) = out[i - 1], out[i]
        if _month_after_a_dated_month(text, first, one, second, two):  # "from October 2019 to February": February 2020
            year = one.start.year + (two.start.month <= one.start.month)
            if two.start.year != year:
                out[i] = (second, replace(_in_year(two, year), relative=True))
            continue
        if first.kind != "relative_month" or second.kind != "relative_month" or first.groups.get("rel") or second.groups.get("rel"):
            continue
        if anchor is None or not (one.relative and two.relative) or one.start is None or two.start is None or two.start >= one.start:
            continue
        if not _WEEKDAY_JOINER.fullmatch(text[first.end : second.start]):
            continue
        if one.start > anchor and not {first.start, second.start} & told_past:
            out[i] = (second, replace(_in_year(two, two.start.year + 1), relative=True))
        else:
            out[i - 1] = (first, replace(_in_year(one, one.start.year - 1), relative=True))
    return out


def _saying_day(doc: Doc, match: RuleMatch) -> Token | None:
    """'The senator said Monday ...', 'officials announced on Friday that ...', 'wrote on Sunday': the reporting verb in the past whose day
    a bare weekday right after it (or after 'on') names, the day the words were said; None otherwise."""
    span = _match_span(doc, match.start, match.end)
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.lower_ == "on" and span.start > 1:
        before = doc[span.start - 2]
    if before.tag_ != "VBD" or (before.lemma_ not in time_words(doc)["reporting_verbs"] and before.lemma_ not in _POSTING_VERBS):
        return None
    return None if span.end < len(doc) and doc[span.end].tag_ == "POS" else before  # not "said Monday's vote ..."


# verbs whose day is the day of the words: "said Monday", "wrote on Monday", "tweeted Sunday"
_POSTING_VERBS = {"write", "post", "tweet"}  # said in writing: as a reporting verb, the day of the words
SAYING_REACH = 2  # sentences back from a quotation's own in which its day of saying may be named


def _quote_opening(text: str, start: int, low: int) -> int:
    """Where the quotation open at ``start`` opened (the index of its mark) within text[low:start], -1 if none is open:
    a curly opening quote last, an odd number of straight double quotes, or of doubled apostrophes (''), or a ``
    not closed by ''."""
    before = text[low:start]
    curly = max(before.rfind("“"), before.rfind("”"))
    if curly >= 0:
        return low + curly if before[curly] == "“" else -1
    backticks = before.rfind("``")
    if backticks >= 0:
        return low + backticks if backticks > before.rfind("''") else -1
    for mark in ('"', "''"):
        if mark in before:
            return low + before.rfind(mark) if before.count(mark) % 2 == 1 else -1
    return -1


def _inside_quote(text: str, start: int, low: int) -> bool:
    """Whether characters low:start leave a quotation open."""
    return _quote_opening(text, start, low) >= 0


def _saying_days(doc: Doc, text: str, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date) -> dict[int, tuple[dt.date | None, bool]]:
    """Sentence start -> (a day of the last week named in it outside any quotation, whether that day is the day of a
    past reporting verb: 'said Monday', 'On Monday, the senator said', 'In a statement on Monday, she said'); only
    a weekday, 'yesterday' or 'last night' whose first verb above is told in the past; (None, False) for a sentence
    that names some other time outside a quotation."""
    said: dict[int, tuple[dt.date | None, bool]] = {}
    for match, norm in made:
        span = _match_span(doc, match.start, match.end)
        if span is None or _inside_quote(text, match.start, text.rfind("\n", 0, match.start) + 1):
            continue
        said.setdefault(span.sent.start, (None, False))
        if norm.start is None or norm.granularity != "day" or norm.start >= anchor or anchor - norm.start > dt.timedelta(days=6):
            continue
        if match.groups.get("rel") or match.kind not in ("weekday", "day_reference"):
            continue
        if match.kind == "day_reference" and (match.groups.get("dayref") or "").lower() not in ("yesterday", "last night"):
            continue
        verb = _verb_of(span.root)
        if verb is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl"):
            verb = _verb_of(verb.head)  # "Speaking on Monday, the senator said", "The senator, speaking Monday, said"
        if verb is None or verb.tag_ != "VBD":
            continue
        reporting = _saying_day(doc, match) is not None or verb.lemma_ in time_words(doc)["reporting_verbs"] or verb.lemma_ in _POSTING_VERBS
        if said[span.sent.start][0] is None or (reporting and not said[span.sent.start][1]):
            said[span.sent.start] = (norm.start, reporting)
    return said


_QUOTE_MARKS = re.compile(r"[\"“”]|''|``")
_QUOTE_OPENERS = "\"“'`‘ "


def _day_of_saying(doc: Doc, text: str, opened: int, said: dict[int, tuple[dt.date | None, bool]]) -> dt.date | None:
    """The day the words of a quotation opened at character ``opened`` were said: the day of a past reporting verb in
    the sentence the quotation opens in; else, when that sentence names no time outside the quotation, the day the
    nearest sentence before it (up to SAYING_REACH back) names with a past verb ('On Sunday, the senator urged
    calm. "Last night was a turning point," he said.'), across sentences that quote and name no time and whose
    reporting verbs are all past. None for a quotation whose day of saying is not told: the writing day's, as
    TimeBank values a quoted 'today'."""
    first = opened
    while first < len(text) - 1 and text[first] in _QUOTE_OPENERS:
        first += 1  # the quotation's first word: the parser may end the sentence before at its opening mark
    span = _match_span(doc, first, first + 1)
    if span is None:
        return None
    sent = span.sent
    for step in range(SAYING_REACH + 1):
        if sent.start in said:
            day, reporting = said[sent.start]
            return day if reporting or step > 0 else None
        if step > 0 and not _QUOTE_MARKS.search(sent.text):
            return None
        if any(t.tag_ in ("VBZ", "VBP") and t.lemma_ in time_words(doc)["reporting_verbs"] for t in sent):
            return None  # '"Tonight we vote," she says': said now
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


def _the_one_past_day_told(doc: Doc, text: str, made: list[tuple[RuleMatch, Normalized]], said: dict[int, tuple[dt.date | None, bool]], opened: int, anchor: dt.date) -> dt.date | None:
    """'... an aide said Thursday. [three sentences] "Their announcement today is a stunt," the aide said.', written
    on the Friday: where every day of the week before the writing that the story names outside quotations, up to the
    quotation, is one past day, and that day is the day of a past reporting verb, the story tells that day, and a
    quotation whose own sentence names no time and no present reporting verb was said on it."""
    span = _match_span(doc, opened + 1, opened + 2)
    if span is None or span.sent.start in said:
        return None
    if any(t.tag_ in ("VBZ", "VBP") and t.lemma_ in time_words(doc)["reporting_verbs"] for t in span.sent):
        return None
    week_before = anchor - dt.timedelta(days=6)
    days = {n.start for m, n in made if m.start < opened and n.start is not None and n.start == n.end and week_before <= n.start <= anchor
            and not _inside_quote(text, m.start, text.rfind("\n", 0, m.start) + 1)}
    if len(days) != 1:
        return None
    day = days.pop()
    return day if day < anchor and (day, True) in said.values() else None


def _quoted_days_from_the_saying(doc: Doc, text: str, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date | None) -> list[tuple[RuleMatch, Normalized]]:
    """'The minister said on Monday: "We vote tonight."', written on the Wednesday: 'today', 'tonight', 'tomorrow',
    'yesterday', 'last night' in a quotation count from the day the words were said, when that day lies before the
    writing and the sentence the quotation opens in names it (see _day_of_saying); not words outside the quote ('said
    on Monday that the vote was set for tomorrow' is the writer's tomorrow), nor a quote with no day of saying."""
    if anchor is None:
        return made
    quoted = [(i, opened) for i, (m, n) in enumerate(made) if m.kind == "day_reference" and n.start is not None
              and (opened := _quote_opening(text, m.start, text.rfind("\n", 0, m.start) + 1)) >= 0]
    if not quoted:
        return made  # no day word inside a quotation of its paragraph
    said = _saying_days(doc, text, made, anchor)
    if not said:
        return made
    out = list(made)
    for i, opened in quoted:
        match, norm = made[i]
        saying = _day_of_saying(doc, text, opened, said)
        if saying is None:
            saying = _the_one_past_day_told(doc, text, made, said, opened, anchor)
        if saying is None:
            continue
        day = saying + (norm.start - anchor)
        out[i] = (match, replace(norm, start=day, end=day, timex=day.isoformat() + (norm.timex or "")[10:], reference_date=saying))
    return out


# an embedded post's opening tag and the day it carries: datetime="2016-06-29" or timestamp="1454432400" (seconds)
_POST_TAG = re.compile(r'<(?:tweet|post|blockquote)\b[^<>]*?\b(?:datetime="(\d{4}-\d{2}-\d{2})|timestamp="(\d{9,10})")[^<>]*>', re.I)
_POST_END = re.compile(r"</(?:tweet|post|blockquote)\b", re.I)
_POST_REACH = 1500  # characters: a post is short


def _days_in_a_dated_post(text: str, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date | None) -> list[tuple[RuleMatch, Normalized]]:
    """'<tweet author="x" datetime="2016-06-29">Big rally tonight!</tweet>', in a story written July 2: 'tonight',
    'today', 'yesterday' and 'tomorrow' in an embedded post count from the day its markup gives it, not from the
    writing day."""
    if anchor is None or "<" not in text:
        return made
    out = list(made)
    for i, (match, norm) in enumerate(made):
        if match.kind != "day_reference" or norm.start is None or norm.granularity != "day":
            continue
        tag = None
        opened = text.rfind("<", max(0, match.start - _POST_REACH), match.start)
        while opened >= 0 and tag is None and not _POST_END.match(text, opened):
            tag = _POST_TAG.match(text, opened)  # else a link's tag inside the post: look further back
            opened = text.rfind("<", max(0, match.start - _POST_REACH), opened)
        if tag is None:
            continue
        if tag.group(1):
            day = dt.date.fromisoformat(tag.group(1))
        else:
            day = dt.datetime.fromtimestamp(int(tag.group(2)), dt.timezone.utc).date()  # the writer's zone is not given: UTC's day
        shift = norm.start - anchor
        if day == anchor or day > anchor or anchor - day > dt.timedelta(days=3650):
            continue
        when = day + shift
        out[i] = (match, replace(norm, start=when, end=when, timex=when.isoformat() + (norm.timex or "")[10:], reference_date=day))
    return out


def _one_event_one_day(doc: Doc, made: list[tuple[RuleMatch, Normalized]]) -> list[tuple[RuleMatch, Normalized]]:
    """'... as the race turns to Saturday's state caucus ... Aides say the plan rests on winning most delegates in Saturday's
    state caucus': one story names one event by its weekday and its noun, so each mention of the same weekday owning
    the same event noun is the same day; where the mentions, read alone, disagree, the day most of them give (the
    first one's on a tie) is every one's. Not weekdays with 'last', 'next' or 'this', nor parts of the day apart."""
    named = [(match.groups.get("weekday") or "").lower().rstrip(".") if match.kind == "weekday" and not match.groups.get("rel") and norm.start is not None and norm.granularity == "day" else None
             for match, norm in made]
    twice = {w for w in named if w and named.count(w) > 1}
    if not twice:
        return made
    groups: dict[tuple[str, str], list[int]] = {}
    for i, (match, norm) in enumerate(made):
        if named[i] not in twice:
            continue
        span = _match_span(doc, match.start, match.end)
        noun = _event_the_weekday_owns(span.root) if span is not None else None
        if noun is not None:
            groups.setdefault((named[i], noun.lemma_.lower()), []).append(i)
    out = list(made)
    for found in groups.values():
        days = [made[i][1].start for i in found]
        if len(set(days)) < 2:
            continue
        day = max(days, key=lambda d: (days.count(d), -days.index(d)))
        for i in found:
            match, norm = made[i]
            if norm.start != day:
                out[i] = (match, replace(norm, start=day, end=day, timex=day.isoformat() + (norm.timex or "")[10:]))
    return out


def _reported_days_before_the_saying(doc: Doc, made: list[tuple[RuleMatch, Normalized]], told_past: set[int]) -> list[tuple[RuleMatch, Normalized]]:
    """'The senator said Monday the bill passed Tuesday', written on a Wednesday: what was said on Monday in the past
    tense had happened by Monday, so the Tuesday is the one before it (the week before), not the Tuesday between the
    saying and the writing. A bare weekday in a past clause reported by a verb whose own day is a weekday named right
    after it ('said Monday', 'said on Monday') that, read alone, falls after the saying day moves back a week. Not a
    weekday with 'last', 'this' or 'next', nor one in a clause told ahead ('would vote Friday')."""
    out = list(made)
    saying: tuple[Token, dt.date, int] | None = None  # the reporting verb, its day, the sentence's first token
    for i, (match, norm) in enumerate(made):
        if match.kind != "weekday" or norm.start is None or norm.granularity != "day":
            continue
        span = _match_span(doc, match.start, match.end)
        if span is None:
            continue
        verb = _saying_day(doc, match) if not match.groups.get("rel") else None
        if verb is not None:
            saying = (verb, norm.start, span.sent.start)
            continue
        if saying is None or saying[2] != span.sent.start or match.groups.get("rel") or match.start not in told_past:
            continue
        verb, day, _ = saying
        if norm.start > day and verb in span.root.ancestors and span.root.head.i != verb.i:
            back = norm.start - dt.timedelta(days=7)
            out[i] = (match, replace(norm, start=back, end=back, timex=back.isoformat() + (norm.timex or "")[10:]))
    return out


def _month_after_a_dated_month(text: str, first: RuleMatch, one: Normalized, second: RuleMatch, two: Normalized) -> bool:
    """'from October 2019 to February', 'May 2024 through July': a bare month that ends a span opened by a month with
    its year is the first month of that name after the opening one, whatever side of the writing it would fall on read
    alone."""
    return (first.kind == "calendar" and bool(first.groups.get("month")) and bool(first.groups.get("year")) and not first.groups.get("day")
            and one.granularity == "month" and one.start is not None and second.kind == "relative_month" and not second.groups.get("rel")
            and two.granularity == "month" and two.start is not None and bool(_WEEKDAY_JOINER.fullmatch(text[first.end : second.start])))


_CALENDAR_NAME = re.compile(r"\d{4}-(?:\d\d|Q[1-4])")


def _contest_night_not_now(doc: Doc, made: list[tuple[RuleMatch, Normalized]]) -> list[tuple[RuleMatch, Normalized]]:
    """'primary night', 'caucus night' (the night a primary's or caucus's results come in): the night of the writing when
    told in the present by a finite verb ('is holding his primary night party', 'Tonight is caucus night'), as a story
    written that night tells it; told in the past, ahead, or by a verb of no tense of its own ('accused them of cheating
    on caucus night'), the night of a contest no rule file dates: left undated."""
    out = []
    for match, norm in made:
        if match.groups.get("contest") and norm.start is not None:
            span = _match_span(doc, match.start, match.end)
            verb = _verb_of(span.root) if span is not None else None
            tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")} if verb is not None else set()
            if not tags & {"VBZ", "VBP"} or tags & {"MD", "VBD"}:
                norm = Normalized(None, None, "day", None, relative=True, resolved=False)
        out.append((match, norm))
    return out


_PRIMARY = re.compile(r"(?<![\w-])(?:primary|primaries|caucus|caucuses)(?![\w-])", re.I)
_GENERAL_ELECTION = re.compile(r"(?<![\w-])(?:general election|November)(?![\w-])", re.I)
PRIMARY_SEASON_DAYS = 150  # an Election Day more than this ahead of the writing is far from November: a primary's, if the paragraph names one
_PRIMARY_NOUNS = {"primary", "primaries", "caucus", "caucuses"}
_OF_THE_NOUN = {"compound", "poss", "nmod", "npadvmod", "amod", "nummod"}  # 'the March 1 primary', "Tuesday's caucuses"


_UNREAD = Normalized(None, None, "day", None, relative=True, resolved=False)  # kept only to be given a primary's day


def _of_a_primary(match: RuleMatch, lex: Lexicon) -> bool:
    return bool(lex.holidays.get(match.groups.get("holiday") or "", {}).get("not_of_a_primary"))


def _primary_named_day(doc: Doc, match: RuleMatch, norm: Normalized) -> bool:
    """A day that names a primary or caucus: "Tuesday's primary", 'the March 1 primary', 'the caucuses on Feb. 1'."""
    if norm.start is None or norm.granularity != "day" or match.kind == "holiday":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "of"):
        head = head.head
    elif root.dep_ not in _OF_THE_NOUN:
        return False
    return head.lower_ in _PRIMARY_NOUNS and head.i not in range(span.start, span.end)


def _election_day_of_a_primary(doc: Doc, text: str, made: list[tuple[RuleMatch, Normalized]], lex: Lexicon, anchor: dt.date | None) -> list[tuple[RuleMatch, Normalized]]:
    """'Election Day' said of a state's primary or caucus ('queues on Election Day cost her the primary'; a winter
    story's 'his crowds may not vote on Election Day', in a paragraph on the caucuses) is that contest's day: the day
    the sentence, else the paragraph, names for the primary ("Tuesday's primary", 'the March 1 primary'; the nearest
    one), else left undated, not dated to November. So when its sentence names a primary or caucus, or its paragraph
    does (not also the general election or November) and the November day lies far ahead of the writing. Not with a
    year ('Election Day 2016'), not 'Super Tuesday'. The paragraph is the one readout_paragraph_breaks keeps sentences
    inside."""
    if not any(m.kind == "holiday" and _of_a_primary(m, lex) for m, _ in made):
        return made
    out = []
    for match, norm in made:
        if match.kind == "holiday" and _of_a_primary(match, lex) and not match.groups.get("year"):
            span = _match_span(doc, match.start, match.end)
            sentence = (span.sent.start_char, span.sent.end_char) if span is not None else (match.start, match.end)
            paragraph = paragraph_around(text, match.start)
            far = anchor is not None and norm.start is not None and (norm.start - anchor).days > PRIMARY_SEASON_DAYS
            in_paragraph = text[paragraph[0] : paragraph[1]]
            if _PRIMARY.search(text[sentence[0] : sentence[1]]) or ((far or norm is _UNREAD) and _PRIMARY.search(in_paragraph) and not _GENERAL_ELECTION.search(in_paragraph)):
                norm = _the_primarys_day(doc, match, norm, made, sentence, paragraph, lex)
            if norm is _UNREAD:
                continue  # told in the past with no primary's day named: left unread, as the rule file says
        elif norm is _UNREAD:
            continue
        out.append((match, norm))
    return out


def _the_primarys_day(doc: Doc, match: RuleMatch, norm: Normalized, made: list[tuple[RuleMatch, Normalized]],
                      sentence: tuple[int, int], paragraph: tuple[int, int], lex: Lexicon) -> Normalized:
    """The day the sentence (else the paragraph) names for a primary or caucus, nearest the Election Day, in the
    Election Day's or Night's form; undated where none is named."""
    for start, end in (sentence, paragraph):
        days = [(abs(m.start - match.start), n.start) for m, n in made if start <= m.start < end and _primary_named_day(doc, m, n)]
        if days:
            day = min(days, key=lambda d: d[0])[1]
            part = lex.holidays[match.groups["holiday"]].get("part")  # 'NI' for Election Night
            return Normalized(day, day, "day", day.isoformat() + (f"T{part}" if part else ""), relative=True)
    return _UNREAD if norm is _UNREAD else Normalized(None, None, "day", None, relative=True, resolved=False)


def _any_years_in_a_habit(doc: Doc, text: str, made: list[tuple[RuleMatch, Normalized]]) -> list[tuple[RuleMatch, Normalized]]:
    """'the wind blows from October to February', 'sales usually peak in the fourth quarter': a month or quarter
    named without a year in a clause told in the simple present of a habit is any year's, XXXX-10, XXXX-Q4 as TimeML
    writes it, with no calendar dates. A span of months needs only the simple present ('the season runs from October
    to March'); one month or quarter also an adverb of habit ('usually', 'every year'), since the bare present of a
    single month is mostly a schedule ('the law takes effect in January')."""
    spans = set()
    for i in range(1, len(made)):
        (first, _), (second, _) = made[i - 1], made[i]
        if first.kind == second.kind == "relative_month" and _WEEKDAY_JOINER.fullmatch(text[first.end : second.start]):
            spans.update((i - 1, i))
    out = list(made)
    for i, (match, norm) in enumerate(made):
        if _months_in_a_row_named(match, norm) and in_habitual_present(doc, match.start, match.end, cue_needed=False):
            out[i] = (match, Normalized(start=None, end=None, granularity="range", timex=f"XXXX-{norm.start:%m}/XXXX-{norm.end:%m}", relative=False))
            continue
        named = norm.relative and norm.granularity in ("month", "quarter") and norm.reference_date is None
        if not named or match.groups.get("rel") or match.groups.get("year") or not _CALENDAR_NAME.fullmatch(norm.timex or ""):
            continue
        if in_habitual_present(doc, match.start, match.end, cue_needed=i not in spans):
            out[i] = (match, Normalized(start=None, end=None, granularity=norm.granularity, timex="XXXX" + norm.timex[4:], relative=False))
    return out


def _months_in_a_row_named(match: RuleMatch, norm: Normalized) -> bool:
    """'from October to March', 'May-July': two months named without a year and read as one range."""
    return match.kind == "range" and norm.relative and norm.start is not None and norm.end is not None and bool(match.groups.get("month")) and not match.groups.get("day")


def _weekday_spans_in_a_habit(doc: Doc, text: str, made: list[tuple[RuleMatch, Normalized]], lex: Lexicon) -> list[tuple[RuleMatch, Normalized]]:
    """'Shops open from Monday to Saturday', 'the clinic is open Monday through Friday', 'the ferry usually sails
    Monday to Friday': a span of weekdays in a clause told in the simple present of a habit is every week's, no
    dated days (TimeML's set, XXXX-WXX-1, as TimeBank writes a weekday of a habit). The simple present alone is
    mostly a schedule ('the talks run from Monday to Thursday'), so the clause also needs an adverb of habit, a
    word of opening hours (data/time_rules.json, opening_hours_words) as its verb or that verb's complement, or a
    service that runs on a timetable as its verb's subject (regular_service_nouns: 'the ferry runs Monday to Friday')."""
    out = list(made)
    for i in range(1, len(made)):
        (first, one), (second, two) = made[i - 1], made[i]
        if first.kind != "weekday" or second.kind != "weekday" or first.groups.get("rel") or second.groups.get("rel"):
            continue
        if one.granularity != "day" or two.granularity != "day" or not _WEEKDAY_JOINER.fullmatch(text[first.end : second.start]):
            continue
        if not (in_habitual_present(doc, first.start, first.end, cue_needed=True) or _keeps_hours(doc, first, lex) or _a_service_runs(doc, first, lex)):
            continue
        for at, (match, norm) in ((i - 1, made[i - 1]), (i, made[i])):
            day = _weekday_number(match, lex.weekdays) + 1
            out[at] = (match, Normalized(None, None, "recurrence", f"XXXX-WXX-{day}" + (norm.timex or "")[10:], False, recurrence="P1W"))
    return out


def _keeps_hours(doc: Doc, match: RuleMatch, lex: Lexicon) -> bool:
    """The match hangs on a word of opening hours in the simple present: its verb ('opens', 'are closed'), the
    complement of its verb ('is open'), or, in a sentence with no verb, the word right after a plural noun the
    tagger reads as an adjective ('Shops open from Monday', a present verb taken for 'open shops')."""
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    verb = _verb_of(span.root)
    nearby = [*span.root.ancestors, *(c for c in (verb.children if verb is not None else ()) if c.dep_ == "acomp")]
    word = next((t for t in nearby if t.lower_ in lex.opening_hours_words or t.lemma_.lower() in lex.opening_hours_words), None)
    if word is None:
        return False
    if word.pos_ in ("VERB", "AUX") or word.dep_ == "acomp":
        return in_habitual_present(doc, match.start, match.end, cue_needed=False)
    read_as_adjective = word.dep_ == "amod" and word.head.tag_ == "NNS" and word.head.i == word.i - 1
    return read_as_adjective and not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in span.sent)


def _a_service_runs(doc: Doc, match: RuleMatch, lex: Lexicon) -> bool:
    """The match hangs on a verb in the simple present whose subject is a service that runs on a timetable ('the
    ferry runs', 'night buses leave', 'the bus service operates'; the parser may hang 'ferry' on 'runs' as a compound)."""
    span = _match_span(doc, match.start, match.end)
    verb = _verb_of(span.root) if span is not None else None
    if verb is None:
        return span is not None and _service_verb_read_as_noun(span, lex)
    if not any(c.dep_ in ("nsubj", "compound") and c.i < verb.i and c.lemma_.lower() in lex.regular_service_nouns for c in verb.children):
        return False
    return in_habitual_present(doc, match.start, match.end, cue_needed=False)


def _service_verb_read_as_noun(span, lex: Lexicon) -> bool:
    """'The ferry sails Monday to Friday', 'the flight departs Monday to Friday': the tagger reads the present verb
    of a service's run (grammar_words' service_verbs) as a plural noun with the service as its compound, so the
    sentence has no verb. Where the span hangs on that noun and the sentence has no verb and no number (no year),
    it is a verb in the simple present."""
    noun = span.sent.root
    before = noun.doc[noun.i - 1] if noun.i > span.sent.start else None
    if noun.tag_ != "NNS" or noun.lower_ not in time_words(span.doc)["service_verbs"]:
        return False
    if before is None or before.dep_ != "compound" or before.lemma_.lower() not in lex.regular_service_nouns:
        return False
    return noun in span.root.ancestors and not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in span.sent)


_WEEKDAY_LISTER = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|and|or|&)\s*", re.I)
_LIST_GAP = range(1, 4)  # days from one weekday of a list to the next: "Wednesday and Thursday", "Friday and Monday"


def _weekday_lists_in_a_row(text: str, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date | None, weekdays: dict[str, int]) -> list[tuple[RuleMatch, Normalized]]:
    """'met on Wednesday and Thursday', 'visited Tuesday, Wednesday and Thursday': weekdays listed in the order of the
    week are days in a row, though each, read alone, may fall in another week (written on a Wednesday, a past
    'Wednesday' is the writing day and a past 'Thursday' the week before). When the days read alone are out of
    order, the list is placed from its end nearer the writing: a list ahead of the writing keeps its first day and
    counts on, one behind keeps its last day and counts back. Not 'Friday and Thursday', a list out of the week's
    order, nor 'next Monday and Tuesday'."""
    if anchor is None:
        return made
    out = list(made)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _listed_next(text, out[j], out[j + 1], weekdays):
            j += 1
        run = out[i : j + 1]
        if j > i and any(b.start <= a.start for (_, a), (_, b) in zip(run, run[1:])):
            first, last = run[0][1], run[-1][1]
            if first.start > anchor:
                days = [first.start]
                for match, _ in run[1:]:
                    days.append(days[-1] + dt.timedelta(days=(_weekday_number(match, weekdays) - days[-1].weekday()) % 7))
            else:
                days = [last.start]
                for match, _ in reversed(run[:-1]):
                    days.insert(0, days[0] - dt.timedelta(days=(days[0].weekday() - _weekday_number(match, weekdays)) % 7))
            for k, ((match, norm), day) in enumerate(zip(run, days)):
                out[i + k] = (match, replace(norm, start=day, end=day, timex=day.isoformat() + (norm.timex or "")[10:]))
        i = j + 1
    return out


def _weekday_number(match: RuleMatch, weekdays: dict[str, int]) -> int:
    return weekdays[match.groups["weekday"].rstrip(".").lower()]


def _listed_next(text: str, one: tuple[RuleMatch, Normalized], two: tuple[RuleMatch, Normalized], weekdays: dict[str, int]) -> bool:
    """Two weekdays written as neighbours of a list, the second one to three days after the first in the week's order."""
    (first, a), (second, b) = one, two
    if first.kind != "weekday" or second.kind != "weekday" or first.groups.get("rel") or second.groups.get("rel"):
        return False
    if a.start is None or b.start is None or a.granularity != "day" or b.granularity != "day":
        return False
    if not _WEEKDAY_LISTER.fullmatch(text[first.end : second.start]):
        return False
    return (_weekday_number(second, weekdays) - _weekday_number(first, weekdays)) % 7 in _LIST_GAP


_CLOCK_KINDS = {"clock", "noon", "day_part"}
_DAY_GROUPS = ("weekday", "weekday2", "dayref", "dayref2", "month", "day", "dayrel")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$")


def _clocks_on_their_day(doc: Doc, made: list[tuple[RuleMatch, Normalized]]) -> list[tuple[RuleMatch, Normalized]]:
    """'The truce begins at 3 p.m. local time (0700 GMT) on Friday', 'A man was shot Tuesday evening. Police
    arrived about 9 p.m.': a clock time that names no day is on the day its sentence names (else, told in the past,
    the last day the sentence before it names), not on the writing day."""
    days = [(m, n.start) for m, n in made if n.timex and _DAY_VALUE.match(n.timex) and n.start is not None and not m.groups.get("bare_part")]
    out = []
    for match, norm in made:
        if match.kind in _CLOCK_KINDS and norm.start is not None and norm.timex and not any(match.groups.get(g) for g in _DAY_GROUPS) and not match.groups.get("contest"):
            day = _day_of_sentence(doc, match, days) if days else None
            if day is not None:
                norm = replace(norm, start=day, end=day, timex=day.isoformat() + norm.timex[10:])
            elif match.groups.get("bare_part"):
                continue  # "in the morning" with no day named near it: a habit or an unknown day, not the writing day's
        out.append((match, norm))
    return out


_SET_JOINER = re.compile(r"\s*(?:,\s*)?(?:on\s+)?")  # "at 9 p.m. on Fridays", "at noon, Sundays"
_AT_JOINER = re.compile(r"\s*,?\s*(?:at|from)\s+")  # "on Fridays at 2 p.m."
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)
_WEEKDAY_NUMBERS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


def _a_kind_of_day(noun: Token) -> bool:
    """'their days', 'the trading day', 'her shift', not 'the day' (the one told of: 'the day begins at 9 a.m. with a
    vote')."""
    return noun.tag_ == "NNS" or any(c.dep_ in ("poss", "compound", "amod") for c in noun.children)


def _a_days_routine(doc: Doc, match: RuleMatch, made: list[tuple[RuleMatch, Normalized]], lex: Lexicon) -> bool:
    """'Their days start at 5:15 a.m.', 'a nurse whose shift starts at 5 a.m.': a clock time on the simple present
    verb of a working day or a shift is that of every such day, where the sentence names no day."""
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    verb = span.root
    for _ in range(3):  # the clock's verb: "start at 5:15 a.m." (not through _verb_of, which may take it for a noun)
        if verb.tag_.startswith("VB") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.routine_nouns and _a_kind_of_day(c) for c in verb.children):
        return False
    return not _names_a_day(doc, match, made)


def _names_a_day(doc: Doc, match: RuleMatch, made: list[tuple[RuleMatch, Normalized]]) -> bool:
    """Whether the match's sentence names a day besides the match ('On Tuesday the shop opened at 9 a.m.'; another
    clock time with no day of its own, 'and closed at noon', names none)."""
    span = _match_span(doc, match.start, match.end)
    sent = span.sent if span is not None else None
    return sent is not None and any(
        m is not match and sent.start_char <= m.start < sent.end_char and n.granularity == "day"
        and (m.kind not in _CLOCK_KINDS or any(m.groups.get(g) for g in _DAY_GROUPS))
        for m, n in made
    )


def _clocks_in_a_habit(doc: Doc, made: list[tuple[RuleMatch, Normalized]], lex: Lexicon) -> list[tuple[RuleMatch, Normalized]]:
    """'The market opens at 9 a.m. every day', 'the council usually meets at noon', 'stays open until 9 p.m. on
    Fridays', 'on Fridays at 2 p.m.', 'the shop opened at 9 a.m. every day last year': a clock time that names no
    day, in a clause told in the simple present of a habit, in a clause of any tense with a cue of a clock time's
    habit in a sentence that names no day, or next to a weekday of every week, is on no one day; 'each Friday at 2 p.m.' is every Friday's 2 p.m.
    (XXXX-WXX-5T14:00): TimeML writes it XXXX-XX-XXT09:00, not the
    writing day's hour."""
    out = list(made)
    text = doc_text(doc)
    for i, (match, norm) in enumerate(made):
        if match.kind not in _CLOCK_KINDS or match.groups.get("bare_part") or norm.start is None or not norm.timex or "T" not in norm.timex:
            continue
        weekday = match.groups.get("weekday") or match.groups.get("weekday2")
        every = _EVERY_BEFORE.search(text, max(0, match.start - 8), match.start) if weekday else None
        if every is not None and not any(match.groups.get(g) for g in _DAY_GROUPS if g not in ("weekday", "weekday2")) and norm.granularity != "range":
            # "each Friday at 2 p.m.": every Friday's 2 p.m., the span taking in its 'each'
            n = _WEEKDAY_NUMBERS.get(weekday.lower().rstrip(".")[:3])
            if n is not None:
                out[i] = (replace(match, start=every.start()), Normalized(None, None, "recurrence", f"XXXX-WXX-{n}" + norm.timex[10:], False, recurrence="P1W"))
            continue
        if any(match.groups.get(g) for g in _DAY_GROUPS) or not _DAY_VALUE.match(norm.timex[:10]):
            continue
        after = made[i + 1] if i + 1 < len(made) else None
        before = made[i - 1] if i > 0 else None
        weekly = after is not None and (after[1].timex or "").startswith("XXXX-WXX") and _SET_JOINER.fullmatch(text[match.end : after[0].start])
        weekly = weekly or (before is not None and (before[1].timex or "").startswith("XXXX-WXX") and _AT_JOINER.fullmatch(text[before[0].end : match.start]))
        told = clock_in_a_told_habit(doc, match.start, match.end, lex.clock_habit_units) and not _names_a_day(doc, match, made)
        habit = in_habitual_present(doc, match.start, match.end, cue_needed=True, clock_units=lex.clock_habit_units)
        if weekly or told or habit or _a_days_routine(doc, match, made, lex):
            out[i] = (match, replace(norm, start=None, end=None, timex="XXXX-XX-XX" + norm.timex[10:], relative=False, reference_date=None))
    return out


def _day_of_sentence(doc: Doc, match: RuleMatch, days: list[tuple[RuleMatch, dt.date]]) -> dt.date | None:
    """The day named nearest the match in its sentence, else (in a past clause) the last one named in the sentence before."""
    span = _match_span(doc, match.start, match.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    sent = span[0].sent
    text = doc_text(doc)
    near = [  # not itself ('the early hours'), nor across a line ('6 p.m.' heading a live update, a day named below it)
        (abs(m.start - match.start), day) for m, day in days
        if sent.start_char <= m.start < sent.end_char and m is not match and "\n" not in text[min(m.start, match.start) : max(m.start, match.start)]
    ]
    if near:
        return min(near)[1]
    if sent.start == 0 or tense_at(doc, match.start, match.end) != "past":  # "Talks ended Monday. Aides will speak at 4 p.m.": today
        return None
    before = doc[sent.start - 1].sent
    earlier = [(m.start, day) for m, day in days if before.start_char <= m.start < before.end_char]
    return max(earlier)[1] if earlier else None


# "the second half", "the first quarter" with no year: a half or quarter of a year only where the text around it
# is about a year or a business period; else a game's or a match's ("conceded twice in the second half")
PERIOD_CONTEXT_WORDS = (
    "year", "years", "fiscal", "annual", "annually", "quarterly", "quarter", "quarters", "half-year", "calendar",
    "profit", "profits", "earnings", "revenue", "revenues", "sales", "income", "loss", "losses", "growth", "economy",
    "economic", "gdp", "inflation", "output", "forecast", "forecasts", "outlook", "results", "dividend", "dividends",
    "analyst", "analysts", "investor", "investors", "shipments", "orders", "demand", "production", "exports",
    "imports", "budget", "deficit", "spending", "prices", "market", "markets", "stores", "company", "bank",
    "share", "shares", "cents", "charge", "write-off", "cost", "costs", "million", "billion",
)
# one of the words (not the "year" of an age, "the 25-year-old striker"), or a currency sign
_PERIOD_CONTEXT = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in PERIOD_CONTEXT_WORDS) + r")(?![\w]|-old\b)|[$€£¥]", re.I)
_YEAR_LEVEL = PERIOD_SIZES | {"year"}
_BARE_PART_CODES = {"h1", "h2", "q1", "q2", "q3", "q4"}


def _part_without_period_context(doc: Doc, match: RuleMatch, made: list[tuple[RuleMatch, Normalized]]) -> bool:
    """A bare "the second half" or "the first quarter" (no year, no "this year") is a part of a year only when
    its sentence or the two before it name a year-sized time or speak of a year or a business period; else it
    is a part of a game ("scored twice in the second half"), not H2 of the year. "H1", "Q3" are always a year's."""
    if (match.groups.get("part") or "") in _BARE_PART_CODES:
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return False
    sent = span[0].sent
    first = sent.start
    for _ in range(2):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    lo, hi = doc[first].idx, sent.end_char
    if any(m is not match and lo <= m.start < hi and n.granularity in _YEAR_LEVEL for m, n in made):
        return False
    text = doc_text(doc)
    return not (_PERIOD_CONTEXT.search(text, lo, match.start) or _PERIOD_CONTEXT.search(text, match.end, hi))


# "the first rise in five years", "the highest level in a decade": a span looked back over, not a date ahead
_RECORD_BEFORE = re.compile(r"\b(?:first|last|time|once|only|highest|lowest|biggest|largest|smallest|worst|best|most|least|fastest|slowest|strongest|weakest|\w+est)\b[^.;:!?]{0,40}$", re.I)


# a clause told ahead in so many words ("will", "is set to"), not only a present read as a schedule ("occurs in one year")
_FUTURE_WORD_BEFORE = re.compile(r"\b(?:will|wo|'ll|would|shall|going to|(?:is|are|was|were) (?:set|due|scheduled|expected|slated|likely|to)|expects? to|plans? to|hopes? to|aims? to|intends? to)\b[^.;:!?]{0,70}$", re.I)


def _units_ahead_or_durations(text: str, matches: list[RuleMatch], tenses: list[str], since: list[bool], durations: bool) -> tuple[list[RuleMatch], list[str], list[bool]]:
    """'in five years' is a date ahead of the writing only in a clause told ahead ('will be redeemed in five years');
    else it is the duration it names ('rose 5% in two years', 'the first rise in five years'), reported only when
    durations are, as the duration rule would have. The tenses and 'since' marks of the matches kept stay with them."""
    kept: list[tuple[RuleMatch, str, bool]] = []
    for match, tense, opens in zip(matches, tenses, since):
        if match.kind == "in_units" and (tense != "future" or not _FUTURE_WORD_BEFORE.search(text, max(0, match.start - 80), match.start) or _RECORD_BEFORE.search(text, max(0, match.start - 60), match.start)):
            if not durations:
                continue
            match = replace(match, kind="duration", rule="duration")
        kept.append((match, tense, opens))
    return [k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept]


def _counts_from_a_recurrence(doc: Doc, match: RuleMatch, before: tuple[RuleMatch, Normalized]) -> bool:
    """'Every autumn the club audits what it spent the previous year': a year counted from a recurrence named just
    before it in its sentence is a year of each one, no date (not the year before the writing)."""
    if match.kind != "relative_unit" or not anaphoric(match.groups.get("rel")) or before[1].granularity != "recurrence":
        return False
    span, other = _match_span(doc, match.start, match.end), _match_span(doc, before[0].start, before[0].end)
    if span is None or other is None or not doc.has_annotation("SENT_START"):
        return False
    return span[0].sent.start == other[0].sent.start


_MONTHS_SPAN = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:first\s+|latest\s+|past\s+)?(?:three|six|nine|twelve|3|6|9|12)\s+months\b")


def _months_span_between(text: str, start: int, end: int) -> bool:
    """'For the nine months' told between a quarter and 'year-earlier': the year-ago figure is that span's, so it
    does not count from the quarter."""
    return bool(_MONTHS_SPAN.search(text, start, end))


_PART_OF_THE_MONTH = re.compile(r"(?i:the (?:end|beginning|start|middle) of the month|(?:later|earlier) in the month)$")


_LATER_IN_BEFORE = re.compile(r"(?i:later|earlier) (?i:in|that) $")


def _season_later_in_the_year_told(text: str, match: RuleMatch) -> bool:
    """'a strike in early March of that year and a fire later in the summer': a season with no year of its own, after
    'later in' or 'earlier in', is in the year of the month or day just told, not the nearest one to the writing."""
    # (not winter, which runs across new year: the year of a January named is not that of its winter's December)
    season = (match.groups.get("season") or "").lower()
    return match.rule == "the_season" and season != "winter" and bool(_LATER_IN_BEFORE.search(text, max(0, match.start - 12), match.start))


def _part_of_the_month_told(text: str, match: RuleMatch) -> bool:
    """'the end of the month', 'earlier in the month' (not 'this month' nor 'next month', which name their month)."""
    return match.kind == "relative_part" and bool(_PART_OF_THE_MONTH.search(text, match.start, match.end))


_WILL = re.compile(r"\b(?:will|'ll|shall|wo)\b", re.I)


def _month_told_past(doc: Doc, match: RuleMatch, tense: str) -> bool:
    """A part of the month in a past sentence, not one with a future perfect ('will have fled by the end of the month')."""
    if not _in_a_past_sentence(doc, match, tense):
        return False
    span = _match_span(doc, match.start, match.end)
    return span is not None and not _WILL.search(span.sent.text)


def _in_a_past_sentence(doc: Doc, match: RuleMatch, tense: str) -> bool:
    """Told in the past, or in a clause of no tense of its own ('after trading lower earlier in the day') in a sentence
    whose main verb is past."""
    if tense == "past":
        return True
    span = _match_span(doc, match.start, match.end)
    return tense == "present" and span is not None and span.sent.root.tag_ == "VBD"


_OWNED_AFTER = re.compile(r"['’]s\b")


def _this_period_owning_results(text: str, match: RuleMatch, reported: Normalized) -> bool:
    """'... a net loss for the third quarter ended Sept. 30. This quarter's loss includes a charge': 'this quarter'
    owning what is reported, after a quarter (or half) just named and already over, is that period, not the quarter
    under way at the writing. Not 'this quarter' alone ('expects a profit this quarter' looks ahead)."""
    g = match.groups
    if match.kind != "relative_unit" or (g.get("rel") or "").lower() != "this" or (g.get("unit") or "").lower() != reported.granularity:
        return False
    return bool(_OWNED_AFTER.match(text, match.end))


def _period_not_yet_over(norm: Normalized, anchor: dt.date | None) -> bool:
    """A quarter or half still running or ahead at the writing is a forecast's ('losses into the fourth quarter and
    through the second quarter of next year'), not the period whose results are reported."""
    return anchor is not None and norm.end is not None and norm.end >= anchor


def _of_the_period_named(match: RuleMatch, near: Normalized | None, anchor: dt.date | None) -> bool:
    """'the same quarter last year', 'the 1988 quarter', 'the year-ago period': the same part of the year as the last
    quarter or half named, though a day or a year was named since ('for the third quarter ended Sept. 30. ... the
    corresponding period last year'), or a forecast period since ('losses through the second quarter of next year':
    not the period reported on). A bare 'period' only after a day, the end of the period: after a year it may be
    a span the rules do not read ('in the first nine months ... the 1988 period')."""
    period = match.groups.get("period")
    if not period:
        return False
    if near is not None and near.granularity in PERIOD_SIZES:
        return _period_not_yet_over(near, anchor)
    return period in ("quarter", "half") or (near is not None and near.granularity == "day")


def _year_of_the_clause(doc: Doc, span, years: list[RuleMatch]) -> int | None:
    """'The runoff in 2028 will be held in May', 'the 2019 strike ended in May', 'In 2019, prices peaked in July': a
    bare month hung on a verb whose subject is dated by a year, or that a year after 'in' is hung on too, is in that
    year; not the nearest such month to the writing."""
    verb = _verb_of_date(span.root)
    if verb is None:
        return None
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    found = set()
    for year in years:
        year_span = _match_span(doc, year.start, year.end)
        if year_span is None:
            continue
        token = year_span[-1]
        owner = _noun_it_modifies(token)
        on_verb = token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "in" and token.head.head.i == verb.i
        if on_verb or (owner is not None and owner.i in subjects):
            found.add(int(year.groups["year"]))
    return found.pop() if len(found) == 1 else None


class TimesComponent:
    """Finds, normalizes and anchors time expressions; sets doc._.readout_times."""

    def __init__(self, rules_path: str | None, durations: bool, vague_words: bool = False):
        self.rules = load_rules(rules_path)
        self.grammar_words = grammar_words(rules_path)
        self.normalize = Normalizer(self.rules.lexicon)
        self.durations = durations
        self.vague_words = vague_words
        names = sorted(self.rules.lexicon.names_with_time_words, key=len, reverse=True)
        self.titles = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[TIME_WORDS_KEY] = self.grammar_words  # the direction rules read this rule file's word sets
        doc._.readout_times = tuple(self.extract(doc))
        return doc

    def extract(self, doc: Doc) -> list[TimeExpr]:
        text = doc_text(doc)
        other_calendar = "calendar" in text
        markup = "<" in text
        matches = [_without_verb_last(doc, m) for m in _longest_of_overlaps([_with_day_word(text, m) for m in find_matches(text, self.rules, self.durations, self.vague_words) if not (other_calendar and _in_another_calendar(text, m)) and not (markup and _in_markup(text, m)) and not _counts_things(doc, m) and not _rate_of_an_amount(doc, m) and not _verb_not_month(doc, m) and not _lower_case_verb_not_month(doc, m) and not _part_of_name(doc, m) and not _fall_of_an_amount(text, m, self.grammar_words["amount_nouns"]) and not _in_a_title(text, m, self.titles) and not _ordinal_second(doc, m) and not _overnight_kind(doc, m) and not _part_of_day_modifies(doc, m) and not _modified_plural_unit(doc, m) and not _weekly_kind(doc, m) and not _final_unit_of_another(text, m) and not _moment_of_a_past_act(doc, m) and not _quarterly_not_adverb(doc, m) and not _a_paper(doc, m) and not _lower_case_national_day(text, m, self.rules.lexicon) and not _in_an_as_comparison(text, m) and not _future_of_a_thing(text, m)])]
        # "since January 1": the date lies before the writing, whatever the tense the parse gives
        since = [_opens_since(text, m.start) for m in matches]
        tenses = ["past" if opens else "present" if _in_dateline(text, m.start, m.end) else tense_at(doc, m.start, m.end) for m, opens in zip(matches, since)]
        # a weekday told as the future of a past moment ("was scheduled to leave late Tuesday") is read apart (see the
        # loop below) and says nothing of which side of the writing the story's other mentions of that weekday lie
        tenses = ["present" if t == "future" and (_future_in_past(doc, m) or _future_of_a_recent_act(doc, m)) else t for m, t in zip(matches, tenses)]
        tenses = _ahead_unless_told_past(doc, matches, tenses, since, self.rules.lexicon)
        tenses = _back_unless_told_ahead(doc, matches, tenses, since, self.rules.lexicon)
        tenses = _back_when_told_past(doc, matches, tenses, since, self.rules.lexicon)
        matches, tenses, since = _units_ahead_or_durations(text, matches, tenses, since, self.durations)
        first_pass = [self.normalize(m, None, t) for m, t in zip(matches, tenses)]
        day_dates = [(m.start, n.start) for m, n in zip(matches, first_pass) if n is not None and not n.relative and n.granularity == "day"]
        anchor = choose_anchor(document_of(doc), text, day_dates)
        years = [m for m in matches if m.rule == "year" and (m.groups.get("year") or "").isdigit()]  # bare years: "2012", "the year 2012"
        made: list[tuple[RuleMatch, Normalized]] = []
        reference, reference_end = None, -1
        period_reference, period_end = None, -1  # the last quarter or half named: what "the same period last year" is of
        last_day, last_day_end = None, -1  # the last day told: what "earlier in the day" in a past clause is in
        past_day, past_day_end = None, -1  # the last day told that lies behind the writing: what "a day earlier" counts from
        last_month, last_month_end = None, -1  # the last month or day of a month told: what "the end of the month" told in the past is in
        for match, tense, first, opens in zip(matches, tenses, first_pass, since):
            norm = first
            julian = other_calendar and _julian_day(text, match)
            if first is not None and first.relative and anchor.date is not None:
                near = reference if match.start - reference_end < REFERENCE_REACH else None
                if near is not None and near.granularity in ("quarter", "half") and match.kind == "offset" and _months_span_between(text, reference_end, match.start):
                    near = None  # "in the third quarter ... For the nine months, ... year-earlier net income": not the quarter
                if match.kind == "relative_part" and match.groups.get("inunit") == "day" and _in_a_past_sentence(doc, match, tense) and (near is None or near.granularity != "day") and last_day is not None and match.start - last_day_end < DAY_REACH:
                    near = last_day  # "Stocks ended higher on Friday. ... a year ago ... after trading lower earlier in the day": Friday
                if match.kind == "offset" and near is not None and near.granularity == "day" and near.start is not None and near.start > anchor.date and past_day is not None and match.start - past_day_end < REFERENCE_REACH:
                    near = past_day  # "spoke on Tuesday ahead of next Tuesday's primary. A day earlier, ...": the day of the story
                if period_reference is not None and _of_the_period_named(match, near, anchor.date) and match.start - period_end < REFERENCE_REACH:
                    near = period_reference  # "results for the third quarter ended Sept. 30 ... the corresponding period last year"
                if _future_in_past(doc, match):
                    norm = self.normalize.weekday_ahead_of_past(match.groups, anchor.date, near)
                elif _future_of_a_recent_act(doc, match):
                    norm = self.normalize.weekday_ahead_of_past(match.groups, anchor.date, near, days_back=2)
                elif tense == "future" and _told_in_the_present(doc, match):
                    norm = self.normalize.weekday_ahead_of_past(match.groups, anchor.date, None, days_back=1)
                else:
                    on = _julian_shift(anchor.date, -1) if julian else anchor.date  # the writing day as the Julian calendar counts it
                    norm = self.normalize(quarter_end_not_told_past(doc, _end_told_in_past(doc, match, tense, on), tense), on, tense, near)
            if norm is not None and last_month is not None and match.start - last_month_end < DAY_REACH and _part_of_the_month_told(text, match) and _month_told_past(doc, match, tense):
                # "The crisis began in January. By the end of the month, 200 had fled": the end of January
                told = self.normalize._relative_part(match.groups, last_month.end or last_month.start, "present")
                norm = replace(told, reference_date=last_month.start) if told is not None else norm
            if norm is not None and norm.start is not None and match.rule == "part_of_the_decade" and reference is not None and reference.start is not None and match.start - reference_end < REFERENCE_REACH:
                # "The mill opened in 1983. By the end of the decade it employed 500": the decade of the year just told
                told = period(reference.start.year, "DE", reference.start, 0)
                norm = replace(norm, start=told.start, end=told.end, timex=told.timex, reference_date=reference.start)
            if norm is not None and reference is not None and reference.start is not None and match.start - reference_end < REFERENCE_REACH and _season_later_in_the_year_told(text, match):
                told = self.normalize._season_interval(match.groups["season"].lower(), reference.start.year)  # "March of that year ... later in the summer"
                norm = replace(told, reference_date=reference.start) if told.start is not None else norm
            if norm is not None and anchor.date is not None and period_reference is not None and match.start - period_end < REFERENCE_REACH and _this_period_owning_results(text, match, period_reference):
                norm = self.normalize._latest_period_of(period_reference, anchor.date) or norm  # "This quarter's loss" after the quarter reported
            if norm is None and first is not None and match.kind == "holiday" and _of_a_primary(match, self.rules.lexicon):
                made.append((match, _UNREAD))  # a past Election Day before November's: a primary's, if its day is named
                continue
            if norm is None or (made and _counts_from_a_recurrence(doc, match, made[-1])):
                continue
            phrase_year = _year_of_the_phrase(doc, match, years)
            if phrase_year is None and reference is not None and match.start - reference_end < REFERENCE_REACH and _month_of_that_year(doc, text, match):
                phrase_year = reference.start.year  # "the 1968 convention ... lost that November", "In early June of that year"
            event_day = None if phrase_year is not None else _dated_event(doc, match, self.rules.lexicon)
            if event_day is not None:  # a famous day, unless the story or the sentence gives the day another year
                phrase_year = _year_the_story_writes(match, matches, self.rules.lexicon) or _year_framing_the_event(doc, match, years, event_day.year)
                event_day = None if phrase_year is not None else event_day
            in_one_month = norm.granularity == "range" and norm.start is not None and norm.end is not None and norm.start.replace(day=1) == norm.end.replace(day=1)
            if phrase_year is not None and norm.start is not None and (norm.granularity in ("day", "month") or in_one_month):  # "early June": its first days
                norm = _in_year(norm, phrase_year)
            elif event_day is not None and anchor.date is not None and event_day < anchor.date:
                norm = Normalized(start=event_day, end=event_day, granularity="day", timex=event_day.isoformat(), relative=False)
            if julian and norm.granularity == "day" and norm.start is not None:
                day = _julian_shift(norm.start, 1)
                norm = replace(norm, start=day, end=day, timex=day.isoformat() + (norm.timex or "")[10:])
            if tense == "past" and norm.start is not None and anchor.date is not None and norm.start > anchor.date and match.kind == "nth_weekday" and _done_on_the_date(doc, match):
                told = self.normalize._nth_weekday({**match.groups, "year": str(norm.start.year - 1)}, anchor.date, tense)
                norm = replace(told, relative=True) if told is not None else norm  # that weekday of last year's month, not the same date
            elif tense == "past" and norm.start is not None and anchor.date is not None and norm.start > anchor.date and (_done_on_the_date(doc, match) or _since_clause_month(doc, match)):
                norm = _a_year_back(norm)
            elif norm.start is not None and anchor.date is not None and norm.start > anchor.date and feast_of_a_done_act(doc, match):
                norm = self.normalize.feast_before(match.groups, anchor.date)
            elif tense == "future" and phrase_year is None and _month_just_gone_on_a_noun(doc, match, norm, anchor.date):
                norm = _a_year_back(norm)
            elif tense == "past" and phrase_year is None and norm.start is not None and anchor.date is not None and norm.start < anchor.date and _awaited_until_the_new_year(doc, match, norm, anchor.date):
                norm = _a_year_ahead(norm)
            if norm.start is not None and norm.timex and (norm.reference_date is None or match.kind == "weekday"):
                # an expression counted from the one before is not a new reference: two "a year earlier" in a row are the
                # same year; but a weekday is a day named, the one "that day" after it points at ("met on Tuesday and was
                # to return on Thursday; ... that day": Thursday, though Thursday was counted from Tuesday)
                reference, reference_end = norm, match.end
                if norm.granularity in ("quarter", "half") and not _period_not_yet_over(norm, anchor.date):
                    period_reference, period_end = norm, match.end
            if norm.granularity == "day" and norm.start is not None:
                last_day, last_day_end = norm, match.end
                if anchor.date is not None and norm.start <= anchor.date:
                    past_day, past_day_end = norm, match.end
            if norm.granularity in ("day", "month") and norm.start is not None and norm.timex and not (match.kind == "relative_part" and _part_of_the_month_told(text, match)):
                last_month, last_month_end = norm, match.end
            if opens and norm.start is not None and anchor.date is not None and norm.start > anchor.date and _done_before(match):
                norm = _a_year_back(norm)  # "have doubled since April", written in March: last April
            if opens and norm.end is not None and norm.start is not None and anchor.date is not None and norm.start < anchor.date != norm.end:
                norm = replace(norm, end=anchor.date, granularity="range", relative=True)  # "since 1998": up to now
            made.append((match, norm))
        made = [(m, n) for m, n in made if m.rule != "part_alone" or not _part_without_period_context(doc, m, made)]
        told_past = {m.start for m, t in zip(matches, tenses) if t == "past"}
        made = _weekday_lists_in_a_row(text, _weekday_spans_run_forward(text, made, anchor.date, told_past), anchor.date, self.rules.lexicon.weekdays)
        made = _month_spans_run_forward(text, made, anchor.date, told_past)
        made = _postponed_past_the_first_date(doc, made, anchor.date)
        made = _any_years_in_a_habit(doc, text, made)
        made = _weekday_spans_in_a_habit(doc, text, made, self.rules.lexicon)
        made = _contest_night_not_now(doc, _election_day_of_a_primary(doc, text, made, self.rules.lexicon, anchor.date))
        made = _reported_days_before_the_saying(doc, made, told_past)
        made = _one_event_one_day(doc, _days_in_a_dated_post(text, _quoted_days_from_the_saying(doc, text, made, anchor.date), anchor.date))
        made = _weekday_and_its_date_as_one(text, _clocks_in_a_habit(doc, _clocks_on_their_day(doc, made), self.rules.lexicon))
        number_words = self.rules.lexicon.number_words
        made = _ago_this_period(text, _counted_from_the_day(doc, text, made, self.rules.lexicon, anchor.date), self.rules.lexicon)
        return [self._expr(doc, *_timeml_extent(text, match, norm, number_words), anchor.kind, anchor.date) for match, norm in made]

    @staticmethod
    def _expr(doc: Doc, match: RuleMatch, norm: Normalized, anchor_kind: str, anchor_date) -> TimeExpr:
        relative = norm.relative
        timex = norm.timex
        if timex is None and match.kind == "range" and match.groups.get("day") and norm.start is not None and norm.end is not None:
            timex = f"{norm.start.isoformat()}/{norm.end.isoformat()}"  # "March 17-18": TIMEX3 has no value for days in a row, ISO 8601's interval has
        elif timex is None and match.kind == "range" and match.groups.get("month") and norm.start is not None and norm.end is not None:
            timex = f"{norm.start:%Y-%m}/{norm.end:%Y-%m}"  # "May-July 2026": months in a row, the same way
        return TimeExpr(
            span=char_span(doc, match.start, match.end),
            start=norm.start,
            end=norm.end,
            granularity=norm.granularity,
            anchor=("reference" if norm.reference_date else anchor_kind) if relative else "absolute",
            anchor_date=(norm.reference_date or anchor_date) if relative else None,
            recurrence=norm.recurrence,
            resolved=norm.resolved,
            timex=timex,
        )


@Language.factory(
    "readout_times",
    assigns=["doc._.readout_times"],
    default_config={"rules_path": None, "durations": False, "vague_words": False},
)
def make_readout_times(nlp: Language, name: str, rules_path: str | None, durations: bool, vague_words: bool) -> TimesComponent:
    """rules_path: another rule file in the format of data/time_rules.json; durations: also report
    'three days'-style durations as times (off by default: the quantities extractor reports them);
    vague_words: also report the single words TimeML annotates as vague references ('current', 'recent',
    'soon'; off by default: they date nothing)."""
    return TimesComponent(rules_path, durations, vague_words)
