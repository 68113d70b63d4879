"""Rule matches to calendar intervals: start and end dates, granularity and a TIMEX3 value.

Absolute expressions need nothing else. Relative ones ("next year", "this
November", "Friday") need an anchor date and, for a bare weekday or month, the
tense of the clause (a past verb points back, a future one forward).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from readout.analyze.time_rules import DECADE_WORDS, ORDINAL_WORDS, Lexicon, RuleMatch

Tense = str  # "past", "present" or "future"


@dataclass(frozen=True)
class Normalized:
    start: dt.date | None
    end: dt.date | None
    granularity: str
    timex: str | None
    relative: bool  # needed an anchor (or would have)
    recurrence: str | None = None
    resolved: bool = True
    reference_date: dt.date | None = None  # set when counted from the expression just before, not the anchor


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# "last", "previous": the season before the one the writing falls in ("the past summer", "this past summer" written
# in August may be the one now ending, so they keep the season's start)
_BEFORE_THIS_ONE = {"last", "previous", "the previous", "prior", "the prior"}


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """Months first..last of a year; last < first runs into the next year (winter)."""
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), month_end(end_year, last)


def add_months(day: dt.date, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months from the month of ``day``."""
    index = day.year * 12 + day.month - 1 + n
    return index // 12, index % 12 + 1


# half of a unit in the next smaller one, as TimeML writes "two and a half years" (P2Y6M); clock units after 'T'
HALF_OF = {"Y": "6M", "M": "15D", "D": "T12H"}
HALF_OF_CLOCK = {"H": "30M", "M": "30S"}
HALF_A = {"century": "P50Y", "decade": "P5Y", "year": "P6M", "month": "P15D", "day": "PT12H", "hour": "PT30M", "minute": "PT30S"}


def count_number(word: str | None, lex: Lexicon) -> int | None:
    """A count written in digits or words ("12", "twelve", "twenty-four"); None for anything else."""
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    tens, _, units = word.replace("-", " ").partition(" ")
    tens_value, units_value = lex.number_words.get(tens, 0), lex.number_words.get(units, 0)
    if 20 <= tens_value <= 90 and tens_value % 10 == 0 and 1 <= units_value <= 9:  # "twenty-four", "twenty four"
        return tens_value + units_value
    return lex.number_words.get(word)


_SPOKEN = {
    "oh": 0, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}


def year_number(text: str | None) -> int | None:
    """A four-digit year, or one read aloud ('nineteen ninety-six' 1996, 'two thousand and one' 2001); None otherwise."""
    if not text:
        return None
    if text.isdigit():
        return int(text) if len(text) == 4 else None
    words = text.lower().replace("-", " ").replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SPOKEN.get(w, 0) for w in words[2:])
    if len(words) < 2 or words[0] not in _SPOKEN:
        return None
    return 100 * _SPOKEN[words[0]] + sum(_SPOKEN.get(w, 0) for w in words[1:])


_TIMES = {"once": 1, "twice": 2, "thrice": 3}


def _unit_code(unit: str | None, lex: Lexicon) -> tuple[str, bool] | None:
    if unit is None or unit not in lex.units:
        return None
    entry = lex.units[unit]
    return entry["code"], bool(entry.get("clock"))


def _unresolved(granularity: str, timex: str | None = None) -> Normalized:
    return Normalized(None, None, granularity, timex, relative=True, resolved=False)


def period(year: int, unit_code: str, anchor: dt.date, shift: int) -> Normalized | None:
    """The calendar unit (day, week, month, quarter, year, decade) ``shift`` units from the anchor."""
    del year
    if unit_code == "D":
        day = anchor + dt.timedelta(days=shift)
        return Normalized(day, day, "day", day.isoformat(), True)
    if unit_code == "W":
        day = anchor + dt.timedelta(weeks=shift)
        monday = day - dt.timedelta(days=day.weekday())
        iso = monday.isocalendar()
        return Normalized(monday, monday + dt.timedelta(days=6), "week", f"{iso[0]}-W{iso[1]:02d}", True)
    if unit_code == "M":
        y, m = add_months(anchor, shift)
        return Normalized(dt.date(y, m, 1), month_end(y, m), "month", f"{y}-{m:02d}", True)
    if unit_code == "Q":
        y, m = add_months(anchor, 3 * shift)
        q = (m - 1) // 3 + 1
        start, end = _months(y, 3 * q - 2, 3 * q)
        return Normalized(start, end, "quarter", f"{y}-Q{q}", True)
    if unit_code == "Y":
        y = anchor.year + shift
        return Normalized(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", str(y), True)
    if unit_code == "DE":
        d = (anchor.year // 10 + shift) * 10
        return Normalized(dt.date(d, 1, 1), dt.date(d + 9, 12, 31), "decade", str(d // 10), True)
    if unit_code == "CE":  # "this century", "the next century": TimeML writes the 1900s as 19
        c = (anchor.year // 100 + shift) * 100
        return Normalized(dt.date(c, 1, 1), dt.date(c + 99, 12, 31), "range", str(c // 100), True)
    return None


# years in a decade or a century: "a decade ago" is the year ten back
_YEARS_IN = {"DE": 10, "CE": 100}

# months in one unit of a span counted on from a named month or year ("three months later", "a decade later")
_MONTHS_IN = {"M": 1, "Q": 3, "Y": 12, "DE": 120}


def _period_later(code: str, n: int | None, reference: Normalized | None) -> Normalized | None:
    """The month or year ``n`` units after a month or year just named, at its granularity; None when the span is
    finer than the period named ('two weeks later' after a year names no knowable week) or no such period was named."""
    if n is None or reference is None or reference.start is None or code not in _MONTHS_IN:
        return None
    months = n * _MONTHS_IN[code]
    if reference.granularity == "month":
        return period(reference.start.year, "M", reference.start, months)
    if reference.granularity == "year" and months % 12 == 0:
        return period(reference.start.year, "Y", reference.start, months // 12)
    return None


def _later_than_nothing_known(code: str, n: int | None, tense: Tense, reference: Normalized | None) -> bool:
    """'A week later, the dam burst' with no day named before, 'elected in 2019 and two weeks later ...': 'later'
    counts from a day the text names; with none, or with only a month or year it cannot count weeks or days from,
    the day is unknown (it was counted from the writing, a day ahead of it in a story told in the past). The value
    stays the span (P1W); told ahead ('a week later, the rules take effect'), the writing date is still the base."""
    if reference is not None and reference.start is not None:
        return reference.granularity != "day" and _period_later(code, n, reference) is None
    return tense == "past"


def _weekday_of(year: int, month: int, day: int) -> int | None:
    """Monday 0 ... Sunday 6 of that date; None where the date does not exist (February 29 of a common year)."""
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _years_from(reference: Normalized, years: int) -> Normalized:
    """The same part of the year as ``reference``, ``years`` years away."""
    start = reference.start.replace(year=reference.start.year + years, day=1)
    end = month_end(reference.end.year + years, reference.end.month)
    timex = str(start.year) + reference.timex[4:] if reference.timex else None
    return Normalized(start, end, reference.granularity, timex, True)


ANAPHORIC_RELATIONS = {"the previous", "previous", "the prior", "prior", "the preceding", "preceding", "the following", "following", "that"}


def anaphoric(rel: str | None) -> bool:
    """ "the previous year" counts from the time just named; "last year" counts from now."""
    return (rel or "").lower() in ANAPHORIC_RELATIONS


# "the next day", "the next week" after a day just named count from that day ("attacked on Tuesday. The next
# day, they withdrew"); "the next year" stays deictic, as news writes it of the coming year
NEXT_FROM_DAY = {"day", "week"}


def _counts_from(g: dict, reference: Normalized, tense: Tense) -> bool:
    """Whether a relative unit counts from the expression just before: 'the previous year', 'the day before';
    a day only from a day ('the previous day' after a month has no day to count from). 'The next year' told in
    the past after a year named ('opened in 2010 and closed the next year') is the year after it, as 'the next
    month' after a month; told otherwise it stays the coming one ('over the next year')."""
    rel, unit = (g.get("rel") or "").lower(), (g.get("unit") or "").lower()
    if unit == "day" and reference.granularity != "day":
        return False
    if rel == "the next" and tense == "past" and unit in ("month", "year") and reference.granularity == unit:
        return True
    return anaphoric(rel) or (rel == "the next" and unit in NEXT_FROM_DAY and reference.granularity == "day")


# "the next day" told in the past with no day named before it to count from (see Normalizer.__call__)
DAY_AFTER_OR_BEFORE_ANOTHER = {"the next", "the following", "following", "the previous", "previous", "the preceding", "the prior"}


# "that night" is the night of the day just named, "the next morning" the morning after it
DAY_PART_SHIFTS = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}


def _past_end(g: dict, tense: Tense, found: Normalized, anchor: dt.date) -> bool:
    """A bare "year's end" or "month-end" told in the past whose end in the anchor's period is still to come:
    the period's end already passed, the previous one ("month's end" with no "this" before it)."""
    return bool(g.get("bare_end")) and tense == "past" and found.start is not None and found.start > anchor


class Normalizer:
    """Turns a RuleMatch into a Normalized interval; one method per rule kind."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon

    def __call__(self, match: RuleMatch, anchor: dt.date | None, tense: Tense, reference: Normalized | None = None) -> Normalized | None:
        """``reference``: the expression just before this one, which 'a year earlier' may count from."""
        method = getattr(self, f"_{match.kind}", None)
        if method is None:
            return None
        try:
            if match.kind == "offset":
                return self._offset(match.groups, anchor, tense, reference)
            if match.kind != "relative_unit" and (match.groups.get("before_last") or match.groups.get("after_next")):
                return self._one_further(match, anchor, tense)
            if match.kind == "relative_unit" and match.groups.get("rel") in ("that", "the same") and anchor is not None:
                same = reference is not None and reference.start and reference.granularity == match.groups["unit"]
                # "that year" is the year just named; with none named, or a time of another size, nothing to point at;
                # "that day" after "Friday night" or "6 p.m. Friday" is the whole day, not its part or hour
                if not same:
                    return None
                timex = reference.start.isoformat() if reference.granularity == "day" else reference.timex
                return replace(reference, timex=timex, relative=True, reference_date=reference.start)
            if match.kind == "latest_period" and anchor is not None:
                return self._latest_period_of(reference, anchor)
            if match.kind == "year_period" and reference is not None and reference.granularity == "quarter" and reference.start:
                year = year_number(match.groups["year"])  # "the 1988 quarter" after "the third quarter": that quarter in 1988
                found = _years_from(reference, year - reference.start.year)
                return replace(found, reference_date=reference.start)
            rel = (match.groups.get("rel") or "").lower()
            if match.kind == "weekday" and reference is not None and reference.granularity == "day" and reference.start and (anaphoric(rel) or (rel == "the next" and tense == "past")):
                # "down 4.5% from the previous Friday": before the day just named; "docked on May 2 and sailed the next
                # Tuesday": told in the past, the next one after it
                found = self._weekday(match.groups, reference.start, tense)
                return replace(found, reference_date=reference.start) if found else None
            if match.kind == "relative_season" and reference is not None and reference.start and anaphoric(rel) and rel != "that":
                found = self._relative_season(match.groups, reference.start, tense)  # "began in March 2021 and ended the following spring"
                return replace(found, reference_date=reference.start) if found else None
            if match.kind == "relative_part" and match.groups.get("inunit") == "day" and reference is not None and reference.granularity == "day" and reference.start:
                day = reference.start  # "On Tuesday ... later in the day": that Tuesday
                return Normalized(day, day, "day", day.isoformat(), True, reference_date=day)
            if match.kind == "relative_unit" and reference is not None and reference.start and _counts_from(match.groups, reference, tense):
                found = self._relative_unit(match.groups, reference.start, tense)  # "in 2025, up on the previous year"
                return replace(found, reference_date=reference.start) if found else None
            if match.kind in ("overnight", "day_of_month") and reference is not None and reference.start and reference.granularity in ("day", "month"):
                found = self._counted_in(match, reference)  # "On Tuesday ... overnight", "In March ... on the 15th"
                return replace(found, reference_date=reference.start) if found else None
            if match.groups.get("dayrel"):
                return self._part_of_day_after(match.groups, anchor, reference)
            if match.groups.get("anaphor") == "only":  # "the day before" with no day named: before some event, not the writing
                return _unresolved("unknown") if anchor is None else None
            if match.kind == "relative_unit" and tense == "past" and (match.groups.get("unit") or "").lower() == "day" and (match.groups.get("rel") or "").lower() in DAY_AFTER_OR_BEFORE_ANOTHER:
                return _unresolved("day")  # "He apologized the next day", no day named before: the day after an undated act, not tomorrow
            if match.kind in ("relative_unit", "weekend") and tense == "past" and (match.groups.get("rel") or "").lower() in ("the following", "following"):
                return _unresolved("week" if match.kind == "weekend" else (match.groups.get("unit") or "unknown").lower())  # "withdrew the following weekend", nothing named before: not the coming one
            return method(match.groups, anchor, tense)
        except (ValueError, OverflowError):  # impossible dates such as February 30
            return None

    def _one_further(self, match: RuleMatch, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the summer before last', 'the Monday after next', 'the weekend before last': the last (next) such one,
        one further back (on): a season a year, a weekday or weekend a week; 'three Sundays ago' two further back."""
        sign = -1 if match.groups.get("before_last") else 1
        steps = (count_number(match.groups["num"], self.lex) or 1) - 1 if match.groups.get("num") else 1
        g = {**match.groups, "rel": "last" if sign < 0 else "next"}
        found = getattr(self, f"_{match.kind}")(g, anchor, tense)
        if found is None or found.start is None:
            return found
        if match.kind == "relative_season":
            return self._season_interval(g["season"], found.start.year + sign * steps)
        start, end = found.start + dt.timedelta(weeks=sign * steps), found.end + dt.timedelta(weeks=sign * steps)
        iso = start.isocalendar()
        timex = f"{iso[0]}-W{iso[1]:02d}-WE" if match.kind == "weekend" else start.isoformat() + (found.timex or "")[10:]
        return replace(found, start=start, end=end, timex=timex)

    # -- absolute calendar expressions (year may be missing: then the anchor's year) --

    def _year_for(self, month: int | None, anchor: dt.date, tense: Tense, day: int | None = None) -> int:
        """Year of a month (or a day of a month) named without one: the anchor's, unless the tense points across new
        year. A day told ahead that this year's month has passed is next year's ('will end March 3', written on March
        20); a month told ahead is this year's while it lasts."""
        if month is None:
            return anchor.year
        if tense == "past":  # a little slack: parsers misread tense, and news looks a few weeks ahead
            return anchor.year - 1 if month > anchor.month + 2 else anchor.year
        if tense == "future":
            passed = (month, day) < (anchor.month, anchor.day) if day is not None else month < anchor.month
            return anchor.year + 1 if passed else anchor.year
        if month - anchor.month > 6:  # no tense to go by: the nearer of the two
            return anchor.year - 1
        if anchor.month - month > 6:
            return anchor.year + 1
        return anchor.year

    def _fields(self, g: dict, suffix: str) -> dict:
        def get(name):
            return g.get(f"{name}{suffix}")

        month = get("month")
        if month is not None:
            month = int(month) if month.isdigit() else self.lex.months[month.rstrip(".")]
        year = get("year")
        return {
            "year": year_number(year),
            "month": month,
            "day": int(get("day")) if get("day") else None,
            "part": get("part"),
            "season": get("season"),
            "modifier": get("modifier"),
        }

    def _interval(self, f: dict, year: int) -> Normalized:
        """An interval from calendar fields with a known year."""
        month, day, modifier = f["month"], f["day"], f["modifier"]
        if month is not None and day is not None:
            d = dt.date(year, month, day)
            return Normalized(d, d, "day", d.isoformat(), False)
        if month is not None:
            start, end = dt.date(year, month, 1), month_end(year, month)
            granularity = "month"
            if modifier:
                first, last = self.lex.period_modifiers[modifier]["days"]
                start, end = dt.date(year, month, first), dt.date(year, month, min(last, end.day))
                granularity = "range"
            return Normalized(start, end, granularity, f"{year}-{month:02d}", False)
        if f["part"]:
            part = self.lex.parts_of_year[f["part"]]
            start, end = _months(year, *part["months"])
            return Normalized(start, end, part["granularity"], f"{year}-{part['code']}", False)
        if f["season"]:
            season = self.lex.seasons[f["season"]]
            start, end = _months(year, *season["months"])
            return Normalized(start, end, "season", f"{year}-{season['code']}", False)
        if modifier:
            first, last = self.lex.period_modifiers[modifier]["months"]
            start, end = _months(year, first, last)
            return Normalized(start, end, "range", str(year), False)
        return Normalized(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), False)

    def _calendar(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        f = self._fields(g, "")
        if f["year"] is not None:
            return self._interval(f, f["year"])
        if anchor is None:
            return _unresolved("day" if f["day"] else "month")
        n = self._interval(f, self._year_on_its_weekday(g, f, self._year_for(f["month"], anchor, tense, f["day"]), anchor))
        return Normalized(n.start, n.end, n.granularity, n.timex, True)

    def _year_on_its_weekday(self, g: dict, f: dict, year: int, anchor: dt.date) -> int:
        """'Friday, January 29' with no year: the year the tense suggests, unless the weekday written with the date
        says otherwise; then the year before or after it in which that date is that weekday, the one nearer the
        writing (a date falls on the same weekday again only five or six years on)."""
        if not g.get("weekday") or not f["day"]:
            return year
        wanted = self.lex.weekdays.get(g["weekday"].rstrip(".").lower())
        fits = [y for y in (year, year - 1, year + 1) if wanted is not None and _weekday_of(y, f["month"], f["day"]) == wanted]
        if not fits or fits[0] == year:
            return year
        return min(fits, key=lambda y: abs((dt.date(y, f["month"], min(f["day"], 28)) - anchor).days))

    def _range(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        left, right = self._fields(g, ""), self._fields(g, "2")
        for key in ("year", "month"):
            if right[key] is None:
                right[key] = left[key]
            if left[key] is None:
                left[key] = right[key]
        relative = left["year"] is None
        if relative:
            if anchor is None:
                return _unresolved("range")
            across_new_year = None not in (left["month"], right["month"]) and (left["month"], left["day"] or 0) > (right["month"], right["day"] or 0)  # "from November to February"
            if tense == "past":  # told as done: its last month lies behind the writing ("Work ran May-July", written in April: last year's)
                right["year"] = self._year_for(right["month"], anchor, tense)
                left["year"] = right["year"] - across_new_year
            else:
                left["year"] = self._year_for(left["month"], anchor, tense)
                right["year"] = left["year"] + across_new_year
        start = self._interval(left, left["year"]).start
        end = self._interval(right, right["year"]).end
        if start > end and g.get("year") and g.get("year2") is None:
            start = self._interval(left, left["year"] - 1).start  # "Dec. 15 to Jan. 5, 2026"
        if start > end:
            return None
        return Normalized(start, end, "range", None, relative)

    def _year_range(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        first, second = year_number(g["year"]), g.get("year2") or g["year3"]
        last = year_number(second) or first // 100 * 100 + int(second)
        if last <= first:
            return None
        if g.get("period") and last == first + 1:  # "the 2023-24 season": one period across new year, as an ISO 8601 interval (TIMEX3 has no value for it)
            return Normalized(dt.date(first, 1, 1), dt.date(last, 12, 31), "range", f"{first}/{last}", False)
        return Normalized(dt.date(first, 1, 1), dt.date(last, 12, 31), "range", None, False)

    def _written_or_told_year(self, g: dict, month: int, anchor: dt.date | None, tense: Tense) -> int | None:
        """The year written beside a day or week of a month, else the one the tense gives (None with no anchor)."""
        year = year_number(g.get("year"))
        if year is None and anchor is not None:
            year = self._year_for(month, anchor, tense)
        return year

    def _nth_weekday(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the first Monday of April', 'the last Sunday in October': that day of the month (its year
        written, else the one the tense gives, as for a bare month)."""
        month = self.lex.months[g["month"]]
        year = self._written_or_told_year(g, month, anchor, tense)
        if year is None:
            return _unresolved("day")
        wanted = self.lex.weekdays[g["weekday"]]
        if g["nth"] == "last":
            day = month_end(year, month)
            day -= dt.timedelta(days=(day.weekday() - wanted) % 7)
        else:
            first = dt.date(year, month, 1)
            nth = ("first", "second", "third", "fourth").index(g["nth"])
            day = first + dt.timedelta(days=(wanted - first.weekday()) % 7 + 7 * nth)
        return Normalized(day, day, "day", day.isoformat(), g.get("year") is None)

    def _nth_week(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the second week of May', 'the last week of June': seven days of the month (the first seven, the next
        seven, ...; the last week its last seven), its year written, else the one the tense gives, as for a bare
        month. The TIMEX3 value is the ISO week that holds the middle of the seven days."""
        month = self.lex.months[g["month"]]
        year = self._written_or_told_year(g, month, anchor, tense)
        if year is None:
            return _unresolved("week")
        start, end = self._week_of_month(g["nth"], year, month)
        if g.get("year") is None and tense == "future" and end < anchor:  # "will leave in the first week of November",
            start, end = self._week_of_month(g["nth"], year + 1, month)  # written late in November: next year's
        iso_year, week, _ = (start + dt.timedelta(days=3)).isocalendar()
        return Normalized(start, end, "week", f"{iso_year}-W{week:02d}", g.get("year") is None)

    @staticmethod
    def _week_of_month(nth: str, year: int, month: int) -> tuple[dt.date, dt.date]:
        """The first and last day of the nth seven days of a month (the last: its last seven)."""
        if nth in ("last", "final"):
            end = month_end(year, month)
            return end - dt.timedelta(days=6), end
        start = dt.date(year, month, 1 + 7 * ("first", "second", "third", "fourth").index(nth))
        return start, start + dt.timedelta(days=6)

    def _short_year(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'in '97', 'the class of '64', 'FY25', 'Q3 FY25': the year (or its part) with those last two digits nearest
        the anchor, no more than 20 years ahead of it (news looks back further than it looks ahead)."""
        if anchor is None:
            return _unresolved("year")
        short = int(g["short"])
        year = anchor.year - anchor.year % 100 + short
        if year > anchor.year + 20:
            year -= 100
        elif year < anchor.year - 80:
            year += 100
        n = self._interval({"year": year, "month": None, "day": None, "part": g.get("part"), "season": None, "modifier": None}, year)
        return replace(n, relative=True)

    def _decade(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        text = g["decade"].strip("'\u2019").rstrip("s").rstrip("'\u2019")
        if g["decade"] in DECADE_WORDS:  # "the nineties"
            text = str(DECADE_WORDS[g["decade"]])
        if len(text) == 2:  # "'90s": the most recent such decade before the anchor
            if anchor is None:
                return _unresolved("decade")
            first = anchor.year // 100 * 100 + int(text)
            if first > anchor.year:
                first -= 100
        else:
            first = int(text)
        start, end = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        granularity = "decade"
        if g.get("modifier"):
            lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(g["modifier"].split()[-1].strip("-"), (0, 9))
            start, end, granularity = dt.date(first + lo, 1, 1), dt.date(first + hi, 12, 31), "range"
        return Normalized(start, end, granularity, f"{first // 10}", len(text) == 2)  # TimeML writes the 1990s as 199

    # -- relative expressions --

    def _shift(self, rel: str | None) -> int:
        return self.lex.relative_words.get(rel, 0) if rel else 0

    def _relative_month(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        if anchor is None:
            return _unresolved("month")
        month = self.lex.months[g["month"].rstrip(".")]
        shift = self._shift(g.get("rel"))
        if g.get("rel") and shift == 0:
            year = anchor.year
        elif shift > 0:
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif shift < 0:
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = self._year_for(month, anchor, tense)
        n = self._interval({"month": month, "day": None, "part": None, "season": None, "modifier": g.get("modifier")}, year)
        return Normalized(n.start, n.end, n.granularity, n.timex, True)

    def _month_in_year(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'July last year', 'January this year', 'March 3 next year': that month (or day) of the year named."""
        if anchor is None:
            return _unresolved("day" if g.get("day") else "month")
        f = self._fields(g, "")
        n = self._interval(f, anchor.year + self._shift(g["rel"]))
        return Normalized(n.start, n.end, n.granularity, n.timex, True)

    def _relative_season(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        if anchor is None:
            return _unresolved("season")
        first = self.lex.seasons[g["season"]]["months"][0]
        rel = g.get("rel") or next((w for w in ("last", "next", "this") if g.get("modifier") and w in (g.get("modifier") or "")), None)
        shift = self._shift(rel)
        year = anchor.year
        if first == 12 and anchor.month <= self.lex.seasons[g["season"]]["months"][1]:
            # written in January or February, inside the winter that began last December (TimeML names a winter by
            # the year of its December): "this winter" is that one, "last winter" the one before, "next winter" the next
            return self._season_interval(g["season"], anchor.year - 1 + shift, g.get("modifier"))
        last = self.lex.seasons[g["season"]]["months"][1]
        if shift > 0 and first <= anchor.month:
            year += 1
        elif shift < 0 and first >= anchor.month:
            year -= 1
        elif shift < 0 and last >= anchor.month and rel.lower() in _BEFORE_THIS_ONE:
            year -= 1  # "last summer", written in August, inside this summer: the summer before it
        elif (rel is None or (rel.lower() == "this" and first == 12)) and tense == "past" and first > anchor.month:
            # "over the summer", written in the spring: last year's; "closed this winter", written in March. "This
            # spring" or "this summer" is the anchor's year's whatever the verb's tense ("officials spoke in
            # January of a vote this spring": the coming one)
            year -= 1
        elif rel is None and tense == "future" and self.lex.seasons[g["season"]]["months"][1] < anchor.month and first != 12:
            year += 1  # "into the summer", written in the autumn: next year's
        return self._season_interval(g["season"], year, g.get("modifier"))

    def _seasons_ago(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'two summers ago', 'three winters ago': the last such season before the writing, a year further back for
        each one more (TimeML writes the season of that year, 2022-SU)."""
        season, n = g["seasons"].lower()[:-1], count_number(g.get("num"), self.lex)
        if season not in self.lex.seasons or n is None:
            return None
        if anchor is None:
            return _unresolved("season")
        last = self._relative_season({"season": season, "rel": "last", "modifier": None}, anchor, "past")
        return self._season_interval(season, last.start.year - (n - 1))

    def _season_interval(self, season: str, year: int, modifier: str | None = None) -> Normalized:
        """The season of that year; with a modifier, its part: "early spring", "the beginning of the spring" its first
        month, "mid-summer" its middle one, "late autumn", "the end of winter" its last (the TIMEX3 value stays the
        season's, as TimeML puts the part in its 'mod' attribute)."""
        n = self._interval({"month": None, "day": None, "part": None, "season": season, "modifier": None}, year)
        months = self.lex.period_modifiers.get(modifier or "", {}).get("months")
        if not months or n.start is None:
            return Normalized(n.start, n.end, n.granularity, n.timex, True)
        third = 0 if months[0] <= 4 else 1 if months[0] <= 8 else 2
        y, m = add_months(n.start, third)
        return Normalized(dt.date(y, m, 1), month_end(y, m), "range", n.timex, True)

    def _relative_part(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        if g.get("ofmonth"):  # "the end of the month": the same pattern as "the end of the year"
            return self._month_part(g, anchor, tense)
        if anchor is None:
            return _unresolved("range")
        if g.get("inyear"):  # "later in the year", "earlier this month"
            unit = {"year": "Y", "month": "M", "week": "W", "day": "D"}[g["inunit"]]
            whole = period(anchor.year, unit, anchor, 0)
            if g["inyear"] == "later":
                return Normalized(anchor, whole.end, "range", whole.timex, True)
            return Normalized(whole.start, anchor, "range", whole.timex, True)
        year = anchor.year + self._shift(g.get("rel"))
        if g.get("part") and g["part"] not in self.lex.parts_of_year:
            g = {**g, "part": f"{g['part']} quarter"}  # "the second and fourth quarters": each ordinal names a quarter
        if g.get("part"):
            part = self.lex.parts_of_year[g["part"]]
            if (g.get("rel") or "the").lower() == "the" and tense == "past" and part["months"][0] > anchor.month:
                year -= 1  # "the third quarter" reported in the spring: last year's; "the second half of the year" told in the past, written in January
        n = self._interval({"month": None, "day": None, "part": g.get("part"), "season": None, "modifier": g.get("modifier")}, year)
        if _past_end(g, tense, n, anchor):  # "sales fell by year's end", written in January: last year's
            n = self._interval({"month": None, "day": None, "part": None, "season": None, "modifier": g.get("modifier")}, year - 1)
        return Normalized(n.start, n.end, n.granularity, n.timex, True)

    def _quarter_ending(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the quarter ended Sept. 30', 'the quarter ending in March': the three months that end with the month
        named, not the quarter before the writing. A fiscal quarter need not be a calendar one ('ended July 31',
        May to July): its value is the calendar quarter of its middle month, where most of it lies."""
        f = self._fields(g, "")
        year = f["year"]
        if year is None:
            if anchor is None:
                return _unresolved("quarter")
            year = self._year_for(f["month"], anchor, "past" if g.get("ending") == "ended" else tense)
        end = dt.date(year, f["month"], f["day"]) if f["day"] else month_end(year, f["month"])
        first_year, first_month = add_months(dt.date(year, f["month"], 1), -2)
        middle_year, middle_month = add_months(dt.date(year, f["month"], 1), -1)
        start = dt.date(first_year, first_month, 1)
        return Normalized(start, end, "quarter", f"{middle_year}-Q{(middle_month - 1) // 3 + 1}", f["year"] is None)

    def _year_ago_part(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the year-ago third quarter': the last such quarter (or half) up to the anchor, a year before."""
        if anchor is None:
            return _unresolved("range")
        part = self.lex.parts_of_year[g["part"]]
        year = anchor.year - (2 if part["months"][0] > anchor.month else 1)
        n = self._interval({"month": None, "day": None, "part": g["part"], "season": None, "modifier": None}, year)
        return Normalized(n.start, n.end, n.granularity, n.timex, True)

    def _month_part(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the end of the month', 'early next month', 'month-end': part of the anchor's month (or the one it names)."""
        if anchor is None:
            return _unresolved("range")
        year, month = add_months(anchor, self._shift(g.get("rel")))
        n = self._interval({"month": month, "day": None, "part": None, "season": None, "modifier": g.get("modifier") or "end of"}, year)
        if _past_end(g, tense, n, anchor):  # "had recovered by month's end", written early in the month: last month's
            year, month = add_months(anchor, self._shift(g.get("rel")) - 1)
            n = self._interval({"month": month, "day": None, "part": None, "season": None, "modifier": g.get("modifier") or "end of"}, year)
        return Normalized(n.start, n.end, n.granularity, n.timex, True)

    def _relative_unit(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        unit = _unit_code(g["unit"], self.lex)
        if unit is None or unit[1]:
            return None
        shift = self._shift(g["rel"]) - (1 if g.get("before_last") else 0) + (1 if g.get("after_next") else 0)  # "the week before last": two weeks back
        if unit[0] == "CE" and "past" in g["rel"].lower():
            return None  # "over the past century": a span of about a hundred years, not the 1800s
        if g["unit"].endswith("s") and shift:  # "the coming years", "the past months": no one period
            code = "FUTURE_REF" if shift > 0 else "PAST_REF"
            return Normalized(anchor if shift > 0 else None, anchor if shift < 0 else None, "unknown", code, True, resolved=anchor is not None)
        if anchor is None:
            return _unresolved("unknown")
        if g.get("new_year") and tense != "past" and anchor.month > 2:
            shift = 1  # "talks resume in the new year", written in September: the coming year; told in the past, or in
            # its first months, the year now running
        if unit[0] == "W" and shift == 0 and tense == "future" and anchor.weekday() == 6 and (g["rel"] or "").lower() == "this":
            shift = 1  # "this week the panel will vote", written on a Sunday: the week that starts tomorrow, not the one ending
        if unit[0] == "W" and shift == -1 and anchor.weekday() >= 5 and (g["rel"] or "").lower() == "this past":
            shift = 0  # "this past week", written on a Saturday or Sunday: the week now ending, not the one before it
        return period(anchor.year, unit[0], anchor, shift)

    def _offset(self, g: dict, anchor: dt.date | None, tense: Tense, reference: Normalized | None = None) -> Normalized | None:
        unit = _unit_code(g["unit"], self.lex)
        direction = self.lex.offset_words.get(g["offset"], -1)
        n = count_number(g["num"], self.lex)
        if direction > 0 and unit is not None and not unit[1]:
            if g["offset"].lower() == "later" and _later_than_nothing_known(unit[0], n, tense, reference):
                found = Normalized(None, None, "unknown", f"P{n if n is not None else 'X'}{unit[0]}", True, resolved=False)
            else:
                found = self._span_after(unit[0], n, anchor, reference if g["offset"] == "later" else None)  # "from now": the writing date
            half = HALF_OF.get(unit[0]) if (g.get("half") or g.get("half2")) and n is not None else None
            return replace(found, timex=found.timex + half) if half and found.timex else found  # "a year and a half later" P1Y6M
        if unit is None or unit[1] or n is None:
            return Normalized(None, None, "unknown", "PAST_REF" if direction < 0 else "FUTURE_REF", True, resolved=anchor is not None)
        if (g.get("half") or g.get("half2")) and unit[0] == "Y" and direction < 0 and anchor is not None:
            return period(anchor.year, "M", anchor, -(12 * n + 6))  # "a year and a half ago": 18 months back, a month
        if unit[0] == "Y" and g.get("period") == "quarter" and reference is not None and reference.granularity in ("day", "month") and reference.start:
            quarter = period(reference.start.year, "Q", reference.start, 0)  # "the year-ago quarter" after "Sept. 30": that quarter
            return replace(_years_from(quarter, direction * n), reference_date=reference.start)
        # "third-quarter profit ... a year earlier": that quarter; "in March ... a year earlier": that March. "Ago" counts
        # from the writing ("last month ... Four years ago" is a year); only "a year ago" after a quarter or half is
        # that period a year back, as business news writes it
        counted_from_now = g["offset"].lower() == "ago" and not (n == 1 and reference is not None and reference.granularity in ("quarter", "half"))
        if unit[0] == "Y" and reference is not None and reference.granularity in ("quarter", "half", "month", "season") and not counted_from_now:
            return replace(_years_from(reference, direction * n), reference_date=reference.start)
        if direction < 0 and n > 1 and g["offset"].lower() != "ago" and reference is not None and reference.granularity == "year" and reference.start is not None:
            # "took office in 2019. Six years earlier ...": the year 2013, as "a year earlier" after a quarter is that
            # quarter a year back, not six years before the writing; weeks or months before a year name no knowable
            # period, so the value is the span. (One year: business news names the year-ago period itself before
            # "a year earlier", "the 1988 period ... a year earlier", so that still counts from the writing.)
            back = _period_later(unit[0], -n, reference)
            if back is None:
                return Normalized(None, None, "unknown", f"P{n}{unit[0]}", True, resolved=False)
            return replace(back, reference_date=reference.start)
        if direction < 0 and g["offset"].lower() != "ago" and unit[0] in ("D", "W") and reference is not None and reference.granularity == "day" and reference.start is not None and (anchor is None or reference.start <= anchor):
            # "Voters rejected it on Sunday. Two weeks earlier ...": counted back from the day just told, as "a year
            # earlier" after a quarter is, when that day is told as past; "ago" counts from the writing. (Not a year after a year: business news
            # names the year-ago period itself before "a year earlier", "the 1988 period ... the year-ago results")
            return replace(period(reference.start.year, unit[0], reference.start, direction * n), reference_date=reference.start)
        if anchor is None:
            return _unresolved("unknown")
        if unit[0] in _YEARS_IN:  # "a decade ago", "a century ago": the year that far back, as TimeBank writes "five years ago"
            return period(anchor.year, "Y", anchor, _YEARS_IN[unit[0]] * direction * n)
        return period(anchor.year, unit[0], anchor, direction * n)

    def _span_after(self, code: str, n: int | None, anchor: dt.date | None, reference: Normalized | None) -> Normalized:
        """'two weeks later', 'ten years from now': a span counted from a date, so the TIMEX3 value is the
        duration (P2W), and the interval is the day that far from the date (a day named just before, else the anchor).
        After a month or a year named just before, whole months or years later are that month or year so far on
        ('elected in 2019 and re-elected two years later' is 2021, 'opened in March. Three months later' June)."""
        timex = f"P{n if n is not None else 'X'}{code}"
        later = _period_later(code, n, reference)
        if later is not None:
            return replace(later, timex=timex, reference_date=reference.start)
        base = reference.start if reference is not None and reference.granularity == "day" and reference.start else anchor
        if base is None or n is None:
            return Normalized(None, None, "unknown", timex, True, resolved=False)
        if code in ("D", "W"):
            day = base + dt.timedelta(days=n * (7 if code == "W" else 1))
        else:
            months = n * {"M": 1, "Q": 3, "Y": 12, "DE": 120}.get(code, 12)
            y, m = add_months(base, months)
            day = dt.date(y, m, min(base.day, calendar.monthrange(y, m)[1]))
        found = Normalized(day, day, "day", timex, True)
        return replace(found, reference_date=base) if base is not anchor else found

    def _in_units(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'The bonds will be redeemed in five years', 'the trial begins in two weeks' (a clause told ahead): the
        day, week, month or year that far from the writing, as TimeML annotates it (a date: 1994, 1998-W12)."""
        unit, n = _unit_code(g["unit"], self.lex), count_number(g.get("num"), self.lex)
        if unit is None or unit[1] or n is None:
            return None
        if anchor is None:
            return _unresolved("unknown")
        return period(anchor.year, unit[0], anchor, n)

    def _offset_from_day(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'a week from Friday', 'three days from tomorrow': one day, counted forward from the coming day named
        (a day to come, whatever the tense of the clause), not that day and a separate duration; 'a week ago
        Sunday' one day counted back."""
        n = count_number(g["num"], self.lex)
        if n is None:
            return None
        if anchor is None:
            return _unresolved("day")
        if g.get("ago"):  # "a week ago Sunday": that weekday in the week N weeks back, on or before the same day then
            back = anchor - dt.timedelta(days=7 * n)
            day = back - dt.timedelta(days=(back.weekday() - self.lex.weekdays[g["weekday"]]) % 7)
            return Normalized(day, day, "day", day.isoformat(), True)
        if g.get("fromday"):
            base = anchor + dt.timedelta(days=self.lex.day_references[g["fromday"]])
        else:
            base = self._weekday({"weekday": g["weekday"], "rel": g.get("rel")}, anchor, "future").start
        day = base + dt.timedelta(days=n * (7 if g["unit"].startswith("week") else 1))
        return Normalized(day, day, "day", day.isoformat(), True)

    def _weekend(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        if anchor is None:
            return _unresolved("week")
        shift = self._shift(g.get("rel"))
        saturday = anchor + dt.timedelta(days=5 - anchor.weekday())  # the Saturday of the anchor's week
        if (shift < 0 and not (saturday < anchor and (g.get("rel") or "").lower() == "this past")) or (
                shift == 0 and saturday > anchor and (tense == "past" or (not g.get("rel") and tense != "future"))):
            saturday -= dt.timedelta(days=7)  # "this past weekend" written on its Sunday: that weekend; "held talks this weekend", written on a Monday: the one gone
        elif shift > 0:
            saturday += dt.timedelta(days=7)
        iso = saturday.isocalendar()
        return Normalized(saturday, saturday + dt.timedelta(days=1), "week", f"{iso[0]}-W{iso[1]:02d}-WE", True)

    def _weekday(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        if anchor is None:
            return _unresolved("day")
        wanted = self.lex.weekdays[g["weekday"].rstrip(".")]
        delta = wanted - anchor.weekday()
        rel = g.get("rel")
        shift = self._shift(rel)
        if rel and shift == 0:
            pass  # "this Friday": the one in the anchor's week
        elif shift > 0 or (not rel and (tense == "future" or (tense == "present" and delta % 7 == 1))):
            # a weekday told in the present that is the day after the writing is that day ("the vote on Tuesday is
            # a test", written on a Monday): news tells a day six days gone in the past tense
            delta = delta % 7 or (7 if shift > 0 else 0)
        else:
            delta = -((-delta) % 7) or (-7 if shift < 0 else 0)
        day = anchor + dt.timedelta(days=delta)
        return Normalized(day, day, "day", day.isoformat() + self._part_of_day(g.get("partofday")), True)

    def weekday_ahead_of_past(self, g: dict, anchor: dt.date, reference: Normalized | None, days_back: int = 3) -> Normalized:
        """'The talks, which opened on Monday, were to end on Friday': a day told as the future of a past moment is
        the first such weekday on or after the past day just named; with none named, the one nearest the writing date
        (the moment the plan was told of is close to the writing, and the day may fall on either side of it), at
        most ``days_back`` days behind it."""
        wanted = self.lex.weekdays[g["weekday"].rstrip(".")]
        if reference is not None and reference.granularity == "day" and reference.start is not None and reference.start <= anchor:
            base = reference.start
            day = base + dt.timedelta(days=(wanted - base.weekday()) % 7)  # the same day may be meant ("on Sunday ... was to speak Sunday night")
        else:
            base = None
            delta = (wanted - anchor.weekday()) % 7
            day = anchor + dt.timedelta(days=delta if delta < 7 - days_back else delta - 7)
        return Normalized(day, day, "day", day.isoformat() + self._part_of_day(g.get("partofday")), True, reference_date=base)

    def _part_of_day(self, text: str | None) -> str:
        """TimeML's suffix for a part of the day ('evening' -> 'TEV'); the interval stays the whole day."""
        if not text:
            return ""
        code = self.lex.times_of_day.get(text.lower().split()[-1])
        return f"T{code}" if code else ""

    def _clock(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'10:35 a.m.', '9 a.m. EST Tuesday', '0730 GMT Tuesday': the day (named or the anchor's) at that time."""
        if anchor is None:
            return _unresolved("day")
        weekday = g.get("weekday") or g.get("weekday2")
        dayref = g.get("dayref") or g.get("dayref2")
        if g.get("month") and g.get("day"):  # "6 p.m. EST Dec. 4"
            day = self._calendar({"month": g["month"], "day": g["day"]}, anchor, tense).start
        elif weekday:
            day = self._weekday({"weekday": weekday}, anchor, tense).start
        elif dayref:
            day = self._day_reference({"dayref": dayref}, anchor, tense).start
        else:
            day = anchor
        hour = int(g["hour"]) if g["ampm"] == "24h" else int(g["hour"]) % 12 + (12 if g["ampm"].startswith("p") else 0)  # "0730 GMT"
        minute = int(g["minute"]) if g.get("minute") else 0
        return Normalized(day, day, "day", f"{day.isoformat()}T{hour:02d}:{minute:02d}", True)

    def _noon(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'noon Thursday', 'Friday at midnight', 'at noon': the day at 12:00 or 24:00 (TimeML writes midnight as T24)."""
        if anchor is None:
            return _unresolved("day")
        weekday, dayref = g.get("weekday") or g.get("weekday2"), g.get("dayref") or g.get("dayref2")
        hour = "24:00" if (g.get("noon") or g.get("noon2")) == "midnight" else "12:00"
        if weekday:
            day = self._weekday({"weekday": weekday}, anchor, tense).start
        elif dayref:
            day = self._day_reference({"dayref": dayref}, anchor, tense).start
        elif hour == "24:00" and tense == "past":
            day = anchor - dt.timedelta(days=1)  # "went off shortly before midnight": the night just gone
        else:
            day = anchor  # "at noon": the writing day, unless its sentence names a day (set by the times component)
        return Normalized(day, day, "day", f"{day.isoformat()}T{hour}", True)

    def _day_part(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'mid-afternoon yesterday', 'by mid afternoon', 'the night of March 2': that part of the named day (else the
        anchor's; a bare 'in the morning' gets its day from its sentence in the times component)."""
        if anchor is None:  # 'primary night', 'caucus night': the writing's night here, unless told otherwise (see times.py)
            return _unresolved("day")
        if g.get("month") and g.get("day"):
            day = self._calendar({"month": g["month"], "day": g["day"], "year": g.get("year")}, anchor, tense).start
        elif g.get("weekday"):
            day = self._weekday({"weekday": g["weekday"]}, anchor, tense).start
        elif g.get("dayref"):
            day = self._day_reference({"dayref": g["dayref"]}, anchor, tense).start
        else:
            day = anchor
        return Normalized(day, day, "day", day.isoformat() + self._part_of_day(g.get("partofday")), True)

    def _part_of_day_after(self, g: dict, anchor: dt.date | None, reference: Normalized | None) -> Normalized | None:
        """'that night', 'the next morning', 'the previous evening': that part of the day just named (or of the day
        after or before it); with no day named, nothing to point at (an event's day, not the writing's)."""
        if reference is None or reference.granularity != "day" or reference.start is None:
            return _unresolved("day") if anchor is None else None
        shift = DAY_PART_SHIFTS[g["dayrel"].lower()]
        day = reference.start + dt.timedelta(days=shift)
        return Normalized(day, day, "day", day.isoformat() + self._part_of_day(g.get("partofday")), True, reference_date=reference.start)

    def _latest_period(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the latest period' read alone (the first pass): a relative reference, read again against the period before it."""
        return Normalized(None, None, "unknown", None, True) if anchor is None else None

    @staticmethod
    def _latest_period_of(reference: Normalized | None, anchor: dt.date) -> Normalized | None:
        """'Third-quarter profit fell ... Sales in the latest period rose': the quarter or half just named and already
        over (the period reported on); with none named, no period to point at."""
        if reference is None or reference.start is None or reference.end is None or reference.granularity not in ("quarter", "half") or reference.end >= anchor:
            return None
        return replace(reference, relative=True, reference_date=reference.start)

    def _year_period(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the 1988 quarter': with no quarter named before it, the year. Without an anchor (the first pass) it is
        marked relative, so that it is read again against the expression before it."""
        year = year_number(g["year"])
        return Normalized(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), anchor is None)

    def _century(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the 20th century': TimeML writes the hundreds digits ('19'), the interval is 1900-1999."""
        word = g["ordinal"]
        n = int(word[:-2]) if word[:-2].isdigit() else ORDINAL_WORDS.get(word)
        if not n:
            return None
        first = (n - 1) * 100
        return Normalized(dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "range", f"{n - 1:02d}", False)

    def _turn_of_century(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'the turn of the century': the round year a century (or millennium) starts on, with a year either side;
        named by its ordinal ('the turn of the 20th century') it is 1900, else the one the tense points to from the
        writing (told in the past the last, ahead the next, otherwise the nearer). TimeML writes the year, 2000."""
        size = 1000 if g["hundreds"].lower() == "millennium" else 100
        word = g.get("ordinal")
        if word:
            n = int(word[:-2]) if word[:-2].isdigit() else ORDINAL_WORDS.get(word.lower())
            if not n:
                return None
            year, relative = (n - 1) * size, False
        elif anchor is None:
            return _unresolved("range")
        else:
            last = anchor.year // size * size
            year = last if tense == "past" else last + size if tense == "future" and last < anchor.year else round(anchor.year / size) * size
            relative = True
        return Normalized(dt.date(max(year - 1, 1), 1, 1), dt.date(year + 1, 12, 31), "range", str(year), relative)

    def _this_time_of_year(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'this time last year', 'this time next year': about the writing date a year back or on; its month then."""
        if anchor is None:
            return _unresolved("month")
        return period(anchor.year, "M", anchor, 12 * self._shift(g["rel"].lower()))

    def _day_reference(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        if anchor is None:
            return _unresolved("day")
        word = g["dayref"]
        day = anchor + dt.timedelta(days=self.lex.day_references[word])
        part = self._part_of_day(g.get("partofday")) or self._part_of_day(word)  # "yesterday morning", "last night"
        return Normalized(day, day, "day", day.isoformat() + part, True)

    def _overnight(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'shelled the city overnight': the night before the writing when told in the past, else the coming
        night; TimeML writes the night's date with the part-of-day code (1998-02-12TNI)."""
        if anchor is None:
            return _unresolved("day")
        day = anchor - dt.timedelta(days=1) if tense == "past" else anchor
        return Normalized(day, day + dt.timedelta(days=1), "day", day.isoformat() + "TNI", True)

    def _day_of_month(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        """'on the 15th': that day of the anchor's month, or of the next (ahead) or last (behind) month when the
        tense says the day has passed or is still to come."""
        if anchor is None:
            return _unresolved("day")
        n = int(g["nthday"])
        month = anchor.replace(day=1)
        if tense == "future" and n < anchor.day:
            month = (month + dt.timedelta(days=32)).replace(day=1)
        elif tense == "past" and n > anchor.day:
            month = (month - dt.timedelta(days=1)).replace(day=1)
        day = month.replace(day=n)
        return Normalized(day, day, "day", day.isoformat(), True)

    def _counted_in(self, match: RuleMatch, reference: Normalized) -> Normalized | None:
        """The night before the day just named (TimeBank: 'closed lower Friday ... overnight losses in New York'
        is Thursday night), or the day of the month just named."""
        if match.kind == "overnight":
            if reference.granularity != "day":
                return None
            day = reference.start - dt.timedelta(days=1)
            return Normalized(day, day + dt.timedelta(days=1), "day", day.isoformat() + "TNI", True)
        day = reference.start.replace(day=int(match.groups["nthday"]))
        return Normalized(day, day, "day", day.isoformat(), True)

    def _vague(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        code = self.lex.vague_references.get(g["vague"]) or self.lex.vague_words[g["vague"]]
        start = anchor if code in ("PRESENT_REF", "FUTURE_REF") else None
        end = anchor if code in ("PRESENT_REF", "PAST_REF") else None
        return Normalized(start, end, "unknown", code, True, resolved=anchor is not None)

    def _holiday_date(self, name: str, year: int) -> dt.date:
        rule = self.lex.holidays[name]
        if "easter" in rule:  # "Good Friday", "Easter Monday": days from Easter Sunday (Western computus unless the rule says)
            method = EASTER_ORTHODOX if rule.get("computus") == "orthodox" else EASTER_WESTERN
            return easter(year, method) + dt.timedelta(days=rule["easter"])
        if "day" in rule:
            return dt.date(year, rule["month"], rule["day"])
        if rule["nth"] < 0:  # "the last Monday of May"
            last = month_end(year, rule["month"])
            return last - dt.timedelta(days=(last.weekday() - rule["weekday"]) % 7)
        first = dt.date(year, rule["month"], 1)
        offset = (rule["weekday"] - first.weekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (rule["nth"] - 1) + rule.get("after", 0))  # "Black Friday": a day after

    def _holiday(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        name = g["holiday"]
        part = f"T{self.lex.holidays[name]['part']}" if "part" in self.lex.holidays[name] else ""  # "Election Night": TNI
        if g.get("year"):
            day = self._holiday_date(name, year_number(g["year"]))
            if day.year < self.lex.holidays[name].get("since", day.year):
                return None  # "Super Tuesday 2008" fell in February: the rule holds only from its first year
            return Normalized(day, day, "day", day.isoformat() + part, False)
        if anchor is None:
            return _unresolved("day")
        every = self.lex.holidays[name].get("every")
        if every:  # "Super Tuesday": held only in years divisible by 4; the one the tense points to, else the nearer
            year = anchor.year - anchor.year % every
            before = [self._holiday_date(name, y) for y in (year, year - every) if self._holiday_date(name, y) <= anchor][0]
            after = [self._holiday_date(name, y) for y in (year, year + every) if self._holiday_date(name, y) >= anchor][0]
            shift = self._shift(g.get("rel"))
            if shift < 0 or (not shift and tense == "past"):
                day = before
            elif shift > 0 or tense == "future":
                day = after
            else:
                day = before if (anchor - before) <= (after - anchor) else after
            if day.year < self.lex.holidays[name].get("since", day.year) or abs((day - anchor).days) > 400:
                return None  # far from any such year (a story of 2026 names one of 2024 or 2028 only with its year)
            return Normalized(day, day, "day", day.isoformat() + part, True)
        shift = self._shift(g.get("rel"))
        day = self._holiday_date(name, anchor.year)
        if shift < 0 and day >= anchor:
            day = self._holiday_date(name, anchor.year - 1)
        elif shift > 0 and day <= anchor:
            day = self._holiday_date(name, anchor.year + 1)
        elif not shift and tense == "past" and self.lex.holidays[name].get("past_if_gone"):
            if day > anchor:
                return None  # "by Election Day, he was near 60%" in a story of August: an earlier campaign's
        elif not shift:
            ahead = tense == "present" and self.lex.holidays[name].get("present_ahead")  # "polls open on Election Day"
            day = self._holiday_date(name, self._year_for(day.month, anchor, "future" if ahead else tense))
        return Normalized(day, day, "day", day.isoformat() + part, True)

    def feast_before(self, g: dict, anchor: dt.date) -> Normalized:
        """The last feast of that name before the writing (its day falls on another date each year, so not the
        same day a year back)."""
        name = g["holiday"]
        part = f"T{self.lex.holidays[name]['part']}" if "part" in self.lex.holidays[name] else ""
        day = self._holiday_date(name, anchor.year)
        if day > anchor:
            day = self._holiday_date(name, anchor.year - 1)
        return Normalized(day, day, "day", day.isoformat() + part, True)

    def _recurrence(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        if g.get("weekday"):  # "every Thursday", "every Friday evening", "on Sundays", "Tuesday nights"
            n = self.lex.weekdays[g["weekday"]] + 1
            part = self._part_of_day((g.get("partofday") or g.get("partofday2") or "").removesuffix("s"))  # "Monday and Tuesday nights": both nights
            return Normalized(None, None, "recurrence", f"XXXX-WXX-{n}{part}", False, recurrence="P2W" if g.get("other") else "P1W")
        if g.get("month"):  # "each July"
            return Normalized(None, None, "recurrence", f"XXXX-{self.lex.months[g['month']]:02d}", False, recurrence="P1Y")
        if g.get("times"):  # "twice a month": TimeML's value P1M with freq 2X, written here "P1M 2X"
            unit = _unit_code(g["unit"].lower(), self.lex)
            n = _TIMES.get(g["times"].lower()) or count_number(g.get("num"), self.lex)
            if unit is None or n is None:
                return None
            value = f"PT1{unit[0]}" if unit[1] else f"P1{unit[0]}"
            return Normalized(None, None, "recurrence", value, False, recurrence=f"{value} {n}X")
        if g.get("seasons"):  # "the past three summers": each of those summers, any year's as TimeML writes it
            season = self.lex.seasons.get(g["seasons"].lower()[:-1])
            n = count_number(g.get("num"), self.lex)
            if season is None or n is None:
                return None
            return Normalized(None, None, "recurrence", f"XXXX-{season['code']}", False, recurrence=f"P1Y x{n}")
        if g.get("recur"):
            value = self.lex.recurrences[g["recur"]]
            return Normalized(None, None, "recurrence", value, False, recurrence=value)
        if g.get("season"):  # "each summer"
            return Normalized(None, None, "recurrence", f"XXXX-{self.lex.seasons[g['season']]['code']}", False, recurrence="P1Y")
        if g.get("partofday"):  # "every morning"
            return Normalized(None, None, "recurrence", f"XXXX-XX-XX{self._part_of_day(g['partofday'])}", False, recurrence="P1D")
        if g.get("everyfew"):  # "every few years": once each few units, TimeML's PXY
            unit = _unit_code(g["unit"], self.lex)
            if unit is None:
                return None
            value = f"PTX{unit[0]}" if unit[1] else f"PX{unit[0]}"
            return Normalized(None, None, "recurrence", value, False, recurrence=value)
        unit, n = _unit_code(g["unit"], self.lex), 2 if g.get("other") else count_number(g["num"], self.lex)
        if unit is None or n is None:
            return None
        if g.get("every"):  # "every two weeks", "every other year": once each n units
            value = f"PT{n}{unit[0]}" if unit[1] else f"P{n}{unit[0]}"
            return Normalized(None, None, "recurrence", value, False, recurrence=value)
        return Normalized(None, None, "recurrence", f"P{n}{unit[0]}", False, recurrence=f"P1{unit[0]} x{n}")

    def _duration(self, g: dict, anchor: dt.date | None, tense: Tense) -> Normalized | None:
        unit = _unit_code(g["unit"], self.lex)
        if unit is None:
            return None
        code, clock = unit
        if g.get("halfof"):  # "half a century" P50Y, "half a year" P6M, "half an hour" PT30M
            return Normalized(None, None, "duration", HALF_A[g["unit"]], False)
        n = count_number(g.get("num"), self.lex)
        amount = "X" if n is None else str(n)
        if code == "DE" and n is not None:
            code, amount = "Y", str(10 * n)
        if code == "CE" and n is not None:
            code, amount = "Y", str(100 * n)
        value = f"PT{amount}{code}" if clock else f"P{amount}{code}"
        half = (HALF_OF_CLOCK if clock else HALF_OF).get(code) if g.get("half") or g.get("half2") else None
        if half and n is not None:
            value += half  # "2 1/2 years" P2Y6M, "a minute and a half" PT1M30S
        return Normalized(None, None, "duration", value, False)
