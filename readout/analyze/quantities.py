"""Quantities: every figure with its value in canonical units, qualifier, what it measures,
its period and whether it is a target.

The surface grammar (quantity_grammar.py) finds figures on the text; this
component reads the parse to keep only real quantities (a bare "2026" is a
date, a bare "three" is a count only when it modifies a noun), to name what a
figure measures (the noun phrase from the dependency tree), to link the time
expression of the same sentence, and to tell a plan ("will raise to 30 bcm")
from an actual.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.coreference import person_nouns
from readout.analyze.extensions import char_span, doc_text, token_span
from readout.analyze.token_table import sentence_spans
from readout.analyze.quantity_grammar import (
    SHARE_PARTS, VAGUE, RawQuantity, auxiliary_after, bare_tons, change_before_range, classify_unit, find, parse_number, qualifier_before, second_rate_at,
    ton_expression,
)
from readout.analyze.units import DATA_DIR, cldr_currencies, country_currencies, lexicon, to_canonical
from readout.model import Quantity, TimeExpr

# scale words of a thousand and more: "million", and South Asia's "lakh" (100,000) and "crore" (10 million)
_LARGE_SCALES = frozenset(w for w in lexicon()["word_scales_only"] if lexicon()["scales"][w] >= 1e3)
# "850k", "2.3m", "4bn": a scale letter glued to the figure, which the tagger then reads as a name or a plural, not a number
_GLUED_SCALE = re.compile(r"\d(?:k|K|m|M|bn|mn|mln|bln|b|B|tn)$")
DATE_GRANULARITIES = {"day", "month", "quarter", "half", "season", "year", "decade", "range"}
TIME_RATES = {"year", "quarter", "month", "week", "day", "hour"}
OBJECT_DEPS = {"dobj", "attr", "oprd", "acomp", "npadvmod", "appos", "dative"}
MODIFIER_DEPS = {"nummod", "compound", "amod", "nmod", "quantmod"}
# verbs of growth after which "six times" is a multiple (a ratio), not a count of occasions
GROWTH_VERBS = frozenset({"rise", "grow", "increase", "jump", "multiply", "expand", "climb", "soar", "surge", "swell", "balloon", "fall", "drop", "shrink", "decline"})


@Language.factory(
    "readout_quantities",
    assigns=["doc._.readout_quantities"],
    requires=["doc._.readout_times"],  # doc._.readout_document is set on the Doc before the pipeline runs, not by a component
    default_config={"spelled_counts": True, "bare_figures": True, "max_measures_tokens": 12, "inherit_rates": True},
)

def make_readout_quantities(
    nlp: Language, name: str, spelled_counts: bool, bare_figures: bool, max_measures_tokens: int, inherit_rates: bool
):
    return QuantityExtractor(spelled_counts, bare_figures, max_measures_tokens, inherit_rates)


class QuantityExtractor:
    """Sets ``doc._.readout_quantities``: a tuple of Quantity, in text order."""

    def __init__(
        self, spelled_counts: bool = True, bare_figures: bool = True, max_measures_tokens: int = 12, inherit_rates: bool = True
    ):
        self.spelled_counts = spelled_counts
        self.bare_figures = bare_figures
        self.max_measures_tokens = max_measures_tokens
        self.inherit_rates = inherit_rates
        lex = lexicon()
        self.target_cues = {c for c in lex["target_cues"] if " " not in c}
        self.time_units = lex["time_units"]

    def __call__(self, doc: Doc) -> Doc:
        times = tuple(doc._.readout_times or ())
        dates = [t for t in times if t.granularity in DATE_GRANULARITIES]
        quantities: list[Quantity] = []
        raws = find(doc_text(doc))
        figures = [(r.start, r.end) for r in raws if r.kind != "bare"]
        bare: list[tuple[RawQuantity, Quantity | None]] = []  # bare figures read or dropped, for lists sharing one noun
        taken = 0  # the end of the last tally read as two sides: its second figure is read already
        splits = _split_ratios(doc)
        for i, raw in enumerate(raws):
            if raw.start < taken:
                continue
            if any(q.span.start <= raw.number_start < q.span.end for q in splits):
                continue  # "a 3-for-2 split": one ratio, read below
            if any(t.span.start < raw.number_end and raw.number_start < t.span.end for t in dates) and not _year_like_count(doc, raw):
                continue
            if _frequency_before_time(doc, raw, times) or _plural_noun_multiple(doc, raw):
                continue
            if _model_designation(doc, raw):
                continue
            if (sides := _score_sides(doc, raw) or _worded_tally(doc, raw, raws[i + 1] if i + 1 < len(raws) else None)) is not None:
                quantities.extend(sides)
                taken = sides[-1].span.end
                continue
            if raw.kind == "bare" and raw.counted_at is None and i + 1 < len(raws):
                raw = self._change_counting_level(doc, raw, raws[i + 1], times)  # "cut staff by 500 to 4,500 workers"
            quantity = self._quantity(
                doc, raw, times, figures, quantities[-1] if quantities else None, quantities[-2] if len(quantities) > 1 else None
            )
            if quantity is not None:
                quantities.append(quantity)
            if raw.kind == "bare":
                bare.append((raw, quantity))
        if len(bare) > 1:
            quantities = _shared_noun_lists(doc, bare, quantities)
        if bare:
            quantities = _lists_before_a_unit(doc, raws, quantities, dates)
        if splits:
            quantities = sorted([*quantities, *splits], key=lambda q: q.span.start)
        if self.inherit_rates:
            quantities = _inherit_rates(doc, quantities)
            quantities = _rate_carried_from(doc, quantities)
        quantities = _levels_in_points(doc, quantities)
        quantities = _currency_named_in_document(doc, quantities)
        quantities = _percentage_points(doc, quantities)
        if len(quantities) > 1:
            quantities = _conversions(doc, quantities)
            quantities = _second_sides(doc, quantities)
            quantities = _restated_amounts(doc, quantities)
            quantities = _levels_moved_from(doc, quantities)
        if any(q.unit == "percent" and q.measures is None for q in quantities):
            quantities = _respondents(doc, quantities)
        if _SHARE_SUBJECT.search(doc_text(doc)):
            quantities = _respondent_shares(doc, quantities)
        doc._.readout_quantities = tuple(quantities)
        return doc

    def _quantity(
        self,
        doc: Doc,
        raw: RawQuantity,
        times: tuple[TimeExpr, ...],
        figures: list[tuple[int, int]],
        previous: Quantity | None = None,
        earlier: Quantity | None = None,
    ) -> Quantity | None:
        number = doc.char_span(raw.number_start, raw.number_end, alignment_mode="expand")
        if number is None or len(number) == 0:
            return None
        if _is_name_part(doc, raw, number) or _service_number(doc_text(doc), raw) or _digits_read_aloud(doc_text(doc), raw):
            return None
        if raw.kind == "bare" and (_SECTION_CODE.match(doc_text(doc), raw.number_end) or _SECTION_CODE_AFTER.search(doc_text(doc), max(0, raw.number_start - 8), raw.number_start)):
            return None  # "a 501 c3 group", "a 401(k) plan", "501(c)(4)": a section of a code, not a count
        kind, unit, display = raw.kind, raw.unit, raw.display_unit
        value, high = raw.value, raw.value_high
        counted: Token | None = None
        counted_before: Quantity | None = None  # the earlier count whose noun this figure leaves out
        payroll = False  # a count of the people a subject employs, the noun left out
        toll: int | None = None  # where "toll" or "number" starts, for a count of the dead or hurt it gives
        counted_group: Token | None = None  # "an army 10,000 strong": the group whose size the figure is
        numbered: tuple[Token, str] | None = None  # the subject of "number" whose size a bare figure is
        if raw.spelled and raw.value == 1 and _one_idiom(doc_text(doc), raw):
            return None  # "for one thing", "at one point": the word counts nothing
        if raw.spelled and _number_idiom(doc_text(doc), raw):
            return None  # "of two minds", "a thing or two": the words count nothing
        if kind == "ratio" and _multiple_without_degree(doc, raw):
            return None  # "served twice as mayor": how often, not a multiple
        if kind == "bare" and (factor := _FACTOR_OF.search(doc_text(doc), max(0, raw.number_start - 24), raw.number_start)):
            kind, unit, display = "ratio", "ratio", "times"  # "rose by a factor of five": a multiple, not a count of factors
            raw = _with_factor_words(doc_text(doc), raw, factor.start())
        if kind == "bare" and _clock_time(doc, raw, number):
            return None  # "leaves at 9.45": a time of day written with a full stop, not a figure
        if kind == "bare" and _is_age(raw, number):  # "Smith, 45, said"
            kind, unit, display = "duration", "years", "age"
        if kind == "bare" and (sign := _bracketed_change(doc_text(doc), previous, raw)) is not None:
            assert previous is not None
            share = previous.unit == "percent"  # "turnout 61% (+4)": a share's change is in points
            return Quantity(  # "gold $1,912 (+8)": the price's change, in the price's unit
                span=char_span(doc, sign, raw.end), value=raw.value, unit="percentage_point" if share else previous.unit,
                display_unit="points" if share else previous.display_unit, measures=previous.measures, measures_span=previous.measures_span,
            )
        if kind == "bare":
            moved = _whole_price_move(doc_text(doc), raw)  # "Lorne Holdings fell 7 to 312": a price's move in pence
            compared = moved or _same_count_compared(doc_text(doc), previous, raw) or _level_after_fraction_move(doc_text(doc), previous, raw)
            # a figure that leaves out the noun an earlier count gave ("Beta has 120 and Gamma has 45", "four votes for
            # one, 31 for the other") is no date, whatever the tagger says
            carried = not compared and (
                _elided_count(doc, previous, raw, earlier) or _parallel_count(doc, previous, raw) or _carried_count(doc, previous, raw, number)
                or _listed_margin(doc, previous, raw, number) or _more_of_count(doc, previous, raw, number)
            )
            labelled = _labelled_line_name(doc, raw)  # "Smith: 547.  Jones: 46.": a tally one item a sentence
            list_name = _compact_list_name(doc, raw, number) or labelled  # "Seats: Greens 41, Reds 37": no model's number
            tolled = _toll_count(doc_text(doc), raw) is not None  # "the death toll rose to between 30 and 40": not dates
            # a name before a gapped figure is whose figure it is ("and Beta five"), not a model's name
            gapped = carried and previous is not None and _gapped_subject(doc, previous, raw) is not None
            if not _plausible_bare(raw, number, compared or carried or tolled, list_name is not None or gapped):
                return None
            noun = doc.char_span(raw.counted_at, raw.counted_at + 1, alignment_mode="expand") if raw.counted_at is not None else None
            counted = noun[0] if noun else None if labelled else self._counted_noun(raw, number, times)
            if counted is None and raw.rate in TIME_RATES:
                counted = _counted_at_rate(number)  # "added jobs at a rate of 150,000 a month": jobs a month
            if counted is not None and _participle_read_as_noun(counted) and _noun_count(previous) and previous.span.start >= number.sent.start_char:
                counted, compared = None, True  # "far above the 220,000 forecast by analysts": the jobs counted before
            numbered = _numbered_by(number) if counted is None else None
            if numbered is not None:
                counted_group, unit = numbered  # "the protesters numbered 5,000", "a crowd numbering 700": the subject's size
                if unit == "":
                    counted, counted_group = counted_group, None
            if counted is None and (remaining := _remaining_of(doc, raw, number, previous, earlier)) is not None:
                previous, compared = remaining, True  # "freed 40 prisoners. The remaining 25 are still held": prisoners
            if counted is None and (outstanding := _outstanding_of(doc, raw, number, previous, earlier)) is not None:
                previous, compared = outstanding, True  # "or 8% of the 12.5 million outstanding": the shares counted before
            if counted is None and (self.spelled_counts or not raw.spelled):
                counted = _noun_before_dash(doc, number, previous)  # "new officers - 40 from the academy": 40 officers
            if counted is None and not raw.spelled:
                counted = _apposed_count(doc, number, raw)  # "the most seats, 212, of any party": 212 seats
            if counted is None:
                counted = _number_of_noun(doc, raw)  # "will raise the number of its troops to about 4,500": 4,500 troops
            if counted is None and moved:
                unit = "count"  # the move's unit is the price's, which the copy leaves unwritten
            elif counted is None and numbered is not None:
                pass  # the unit is the subject's, set above
            elif counted is None and (
                compared
                or _same_count_after_to(doc_text(doc), previous, raw)
                or carried
                or _threshold_count(doc, previous, raw)
            ):
                unit, display = previous.unit, previous.display_unit  # "passed by 218 votes to 214": 214 votes
                counted_before = previous
            elif counted is None and list_name is not None:
                unit, counted_group = "count", list_name.root  # "Medals: Kenya 6, Ethiopia 4": the name's figure, its noun unwritten
                if _noun_count(previous) and previous.span.start >= number.sent.start_char:
                    unit, display = previous.unit, previous.display_unit  # "won 41 seats, Reds 37": seats, left out
            elif counted is None:
                if _vote_side(doc, raw, number):
                    unit, display = "votes", "votes"  # "voted 62 in favour and 38 against": votes, the noun left out
                elif _casualty_count(number):
                    unit = "people"  # "15 were killed", "killed 45": people, the noun left out
                elif (toll := _toll_count(doc_text(doc), raw)) is not None:
                    unit = "people"  # "the death toll rose to 95", "the number of wounded stood at 40": people
                elif _STRONG_AFTER.match(doc_text(doc), raw.end) and number[0].i > 0 and (group := doc[number[0].i - 1]).pos_ == "NOUN":
                    unit, counted_group = "people", group  # "an army 8,000 strong": the size of the group, in people
                elif _bare_margin(number):
                    unit, display = "points", "points"  # "He leads by 6": a margin in points, the noun left out
                elif _payroll_count(number):
                    unit, payroll = "people", True  # "the plant employs 4,000": the people it employs
                elif self.bare_figures and (not raw.spelled or _spelled_subject_range(doc, raw)) and (
                    _looks_like_figure(doc_text(doc)[raw.number_start : raw.number_end])
                    or _signed(doc_text(doc), raw.number_start)
                    or (raw.rate and raw.rate not in TIME_RATES)
                ):
                    unit = "count"  # "rose 8% to 3.65", "150 per dollar": a figure whose unit the text leaves implicit
                    if raw.rate in TIME_RATES:
                        unit = f"count/{raw.rate}"  # "payrolls grew by 150,000 a month": a count a month, the noun unwritten
                elif self.bare_figures and _size_of_group(number):
                    # "a crew of 25", "a family of five": the size of what the noun names; a crowd's is of people
                    unit = "people" if number[-1].head.head.lemma_.lower() in _CROWD_NOUNS else "count"
                else:
                    return None
        if (
            counted is not None
            and counted.lower_ == "times"
            and counted.head.lemma_.lower() in GROWTH_VERBS
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in counted.head.children)  # "has risen five times since": occasions
        ):
            kind, unit, display, counted = "ratio", "ratio", "times", None  # "imports grew six times": a multiple, not six occasions
        if counted is not None and _model_number(doc, raw, number, counted):
            return None  # "the firm's 68040 processor", "a 767 jet": a model's number before the singular it names, not a count
        if counted is not None and _structure_compound(doc, number, counted):
            return None  # "a three-way race", "a two-party system": a kind of race or system, not a count
        if counted is not None and raw.spelled and counted.lower_ == "figures" and 4 <= raw.value <= 10 and counted.i == number[-1].i + 1:
            return None  # "fees ran into six figures": how many digits an amount has, not a count of figures
        if counted is not None:
            unit_kind, expression, _ = classify_unit(counted.text)
            if counted.lower_ in self.time_units:
                kind, unit, display = "duration", self.time_units[counted.lower_], counted.text
            elif unit_kind == "physical" and not (counted.lower_ in _COUNTED_APART and counted.i - number[-1].i > 1):  # "517 rushing yards"
                kind, unit, display = "physical", expression, counted.text
                if unit == "metric_ton" and bare_tons(display):
                    unit = ton_expression(doc_text(doc))  # "hundreds of tons" in American English: short tons
            elif unit_kind == "money":  # "millions of dollars"
                kind, unit, display = "money", expression, counted.text
            elif (hyphened := classify_unit(_hyphenated_word(counted)))[0] == "percent":
                kind, unit, display = "percent", hyphened[1], _hyphenated_word(counted)  # "a 3-percentage-point lead"
            else:
                display = _hyphenated_word(counted)
                if any(c.isdigit() for c in display):
                    return None  # "a 5-to-3 decision": a tally, and "to-3" no noun it counts
                unit = display.lower()
                rate = _rate_after(doc, counted)
                if not rate and raw.rate in TIME_RATES and counted.i < number[0].i:
                    rate = raw.rate  # "added jobs at a rate of 150,000 a month": the rate follows the figure
                if rate:  # "1.2 million vehicles a year"
                    unit, display = f"{unit}/{rate}", f"{display}/{rate}"
        if kind == "money" and unit == "GBP" and (display or "").lower() == "pounds" and _is_weight(doc, raw):
            kind, unit = "physical", "pound"  # "he weighs 200 pounds": a mass, not sterling
        elif kind == "physical" and (display or "").lower().endswith("pounds of") and _money_after(doc_text(doc), raw.end):
            kind, unit = "money", "GBP"  # "5 million pounds of public money": sterling, not a weight
        if kind == "money" and not raw.rate and (each := _SHARE_RATE.match(doc_text(doc), raw.end)) is not None:
            raw = replace(raw, end=each.end(), rate="share", display_unit=f"{display}/share")
            display = raw.display_unit  # "$17.50 a common share", "$21 in cash a share": a price of each share
        if kind == "money" and not raw.rate and (per := _per_noun(doc, raw.end)) is not None:
            raw = replace(raw, end=per.idx + len(per.text), rate=per.lemma_.lower(), display_unit=f"{display}/{per.lemma_.lower()}")
            display = raw.display_unit  # "$2.1m per patient": a price of each patient
        if kind == "money" and raw.rate and "/" not in raw.rate and raw.rate != "share" and (second := _second_rate(doc, raw)) is not None:
            raw = replace(raw, end=second[1], rate=f"{raw.rate}/{second[0]}", display_unit=f"{display}/{second[0]}")
            display = raw.display_unit  # "€40 per group per day", "$30 per guide per shift": per both
        if kind in ("physical", "money") and not raw.rate and (guarded := _guarded_rate(doc, raw.end)) is not None:
            raw = replace(raw, end=guarded[1], rate=guarded[0], display_unit=f"{display}/{guarded[0]}" if display else None)
            display = raw.display_unit  # "$2 billion a quarter": a flow, as "a year" is
        if kind in ("physical", "money") and not raw.rate and (rate := _rate_after_what(doc, raw.end)):
            raw = replace(raw, rate=rate, display_unit=f"{display}/{rate}" if display else None)
            display = raw.display_unit
        if kind == "physical":
            rate = raw.rate if raw.rate in TIME_RATES else None
            if raw.rate and rate is None and (per := classify_unit(raw.rate))[0] == "physical":
                unit = f"({unit}) / ({per[1]})"  # "250 W/m2", "120 g/km": a unit per a unit, not the first alone
            elif raw.rate and rate is None and _HUNDRED_KM.fullmatch(raw.rate):
                unit = f"({unit}) / (hundred_kilometer)"  # "5.6 litres per 100km", "15 kWh/100km": a use per distance, not a volume
            value, canonical = to_canonical(raw.value, unit, rate)
            if high is not None:
                high, _ = to_canonical(raw.value_high, unit, rate)
            unit = canonical
        elif raw.rate and (raw.rate not in TIME_RATES or kind == "money") and kind in ("money", "percent", "bare"):
            # a price: "€3.10 per 100 kWh" -> EUR/100kWh; an amount a period, as a flow is: "7 billion rupees a year" ->
            # INR/year (a percentage's or a bare figure's "a year" stays in display)
            unit = f"{unit}/{raw.rate}"
        root = _root_token(number)
        measured = counted if counted is not None else _measured_head(root)
        if (
            counted is None
            and (kind in ("physical", "money") or (kind == "duration" and (display or "").lower() in _TIME_UNITS))  # not "25th anniversary of"
            and (held := _noun_held(doc, raw, kind)) is not None
        ):
            measured = held  # "nine hours of talks", "$40 million in grants": what the amount is of, not who has it
        if counted is None and kind == "ratio" and display == "fold" and (moved := _ratio_moved_object(number) or _multiplied_subject(number)) is not None:
            measured = moved  # "Acme cut its dividend in half", "halved the dividend": the dividend changes, not Acme
        multiplied = _compared_by_multiple(doc, raw, number) if counted is None and kind == "ratio" and display == "times" else None
        if multiplied is not None:
            measured = multiplied  # "three times as many containers", "twice as powerful": what is compared, not the word "factor"
        if counted_group is not None:
            measured = counted_group if counted_group.pos_ != "PRON" else None  # "they number 160,000": not an earlier subject
        doer = _pronoun_doer(root) if measured is None and counted is None and counted_group is None and kind != "physical" else None
        if doer is not None:
            measured = doer  # "It spent $40 million": the pronoun and its act; the topic names whom it stands for
        if toll is not None and (toll_noun := _token_at(doc, toll)) is not None:
            measured = toll_noun  # "officials raised the death toll to 95": the toll, not who raised it
        if display == "age" and (person := _aged_one(number)) is not None:
            measured = person  # "the senator, aged 71,", "Being 63, the driver ...": whose age it is
        if kind == "rank" and counted is None and (ranked := _ranked_noun(number)) is not None:
            measured = ranked  # "the No. 1 auto maker": what holds the rank
        margin = listed_margin = None
        if counted is not None and (holder := _margin_holder(counted)) is not None:
            measured = margin = holder  # "Ames leads Bell by 4 points", "a 22-point defeat": the lead's or the defeat's, not the points'
        elif counted is None and display == "points" and kind == "bare" and (holder := _margin_holder(number[-1])) is not None:
            measured = margin = holder  # "He leads by 6"
        elif counted is None and measured is not None and measured.lemma_.lower() == "point" and (holder := _margin_holder(measured)) is not None:
            measured = margin = holder  # "leads by 8 points, 49% to 41%": the share restated after the margin is the leader's
        elif counted is not None and counted.lemma_.lower() == "point" and _listed_margin(doc, previous, raw, number) and (phrase := _margin_phrase(doc, previous)) is not None:
            measured, listed_margin = None, phrase  # "leads Bell by six points in Ohio, and Lowe by four points": the same leader's
        elif counted is not None and counted.lemma_.lower() == "point" and (moved := _measured_head(counted)) is not None and moved.lemma_.lower() != "point":
            measured = moved  # "the Dow rose 12 points to 1,850", "the index ended up 9 points": the index's move, not "points"
        employer = counted is not None and counted.dep_ == "dobj" and counted.head.lemma_.lower() == "employ" and (held_by := _measured_head(counted)) is not None
        if employer:
            measured = held_by  # "the plant, which employs 900 people", "Acme employs 300 engineers": the employer's workforce
        if (
            kind == "percent"
            and counted is None
            and (
                (measured is None and root.dep_ in ("nsubj", "nsubjpass"))
                or (root.dep_ == "dobj" and root.head.lemma_.lower() in _FINDING_VERBS)  # "the survey showed that 59 percent of"
                or (root.dep_ == "dobj" and root.head.lemma_.lower() in _HOLDING_VERBS)  # "the fund holds 5% of the shares": of the shares
            )
            and (group := next((c for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)) is not None
            and group.pos_ in ("NOUN", "PROPN")
            and group.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY")
        ):
            measured = group  # "28 percent of voters said": a share of the voters, not the poll that found it
        share = kind == "ratio" and display in ("of", "out of")
        if share:
            measured = _share_group(doc, raw)  # "a third of the voters", "two out of five Danes": the group
        measures = _phrase(doc, measured, raw, self.max_measures_tokens) if measured is not None else listed_margin
        if kind == "percent" and counted is None and (gapped := _gapped_name(doc, number[0])) is not None:
            measures, measured = gapped, None  # "A needs 55 percent, B 61 percent": the second share is B's
        if counted is None and kind in ("percent", "bare", "money") and (listed := _listed_name(doc, raw, number[0], kind == "money")) is not None:
            measures, measured = listed, None  # "Copper +1.5%, nickel -2.1%", "the Kospi +0.8": each change is its own name's
        if measures is not None and multiplied is not None and (as_many := _AS_MANY_NOUN.match(doc_text(doc), raw.end)) is not None:
            first = _token_at(doc, as_many.end())  # "three times as many containers as in 2010": containers
            measures = doc[first.i : multiplied.i + 1] if first is not None and first.i <= multiplied.i else measures
        if measures is not None and measured is not None:
            measures = _without_other_figures(measures, measured, raw)  # "four of the 10 justices": justices, not "10 justices"
        if measures is not None and counted is not None and counted.i + 1 < measures.end and counted.i < number[0].i and doc[counted.i + 1].lower_ == "at":
            measures = doc[measures.start : counted.i + 1]  # "jobs at a rate of 150,000 a month": the jobs, not the rate
        if measures is not None and counted is not None and measured is not None and measured.i == counted.i + 1 and measures.start <= counted.i < measures.end:
            measures = doc[counted.i + 1 : measures.end]  # "a 22-point defeat": the defeat, not "point defeat"
        if measures is not None and counted is not None and measures.start == counted.i and counted.dep_ == "dobj" and counted.head.i == counted.i - 1 == number[-1].i + 1:
            measures = doc[counted.i - 1 : measures.end]  # "1,630 pledged delegates": the participle describes the noun
        if kind == "percent" and counted is None and (named := _share_for_name(root)) is not None:
            measures, measured = named, None  # "versus 39 percent for Bell", "Ames got 45, with 40 percent for Bell": the name's after "for"
        if counted_before is not None and (total := _TOTAL_BEFORE.search(doc_text(doc), max(0, raw.start - 40), raw.start)) is not None:
            measures, measured = doc.char_span(total.start("total"), total.end("total")), None  # "for a total of 1,749": the total
        elif counted_before is not None and not _is_margin(counted_before) and (subject := _gapped_subject(doc, counted_before, raw)) is not None:
            measures, measured = subject, None  # "won nine seats and the greens four": the greens' seats
        elif counted_before is not None and (phrase := _counted_phrase(doc, counted_before)) is not None:
            measures, measured = phrase, None  # "cast 42 votes for Ames, 18 for Bell": votes too, not Ames
        elif counted_before is not None and _is_margin(counted_before) and (phrase := _margin_phrase(doc, counted_before)) is not None:
            # "leads by 8 points in Maine and by 5 in Utah": the same leader's margin; "and Bell gained three", "and Bell
            # five": a subject of its own
            measures, measured = _own_subject(doc, counted_before, raw, number[-1], phrase) or phrase, None
        if (
            measured is not None
            and not share
            and display != "age"
            and not measured.left_edge.i <= number[0].i <= measured.right_edge.i  # "Ana, 5-foot-11, has": the figure describes the subject
            and not (kind == "bare" and counted is None and (unit.partition("/")[0] == "count" or payroll))  # "Acme employs 4,000": Acme's, not "Acme employs"
            and not employer
            and (_is_actor_subject(measured, self.max_measures_tokens) or (measured in (margin, doer) and _pronoun_subject(measured, self.max_measures_tokens)))
        ):
            measures = doc[measured.left_edge.i : _with_particles(measured.head, raw.start)]  # "Japan will lend": the actor and the act
        period = _period(_clause(root), raw, times, figures)
        return Quantity(
            span=char_span(doc, raw.start, raw.end),
            value=value,
            unit=unit,
            display_unit=display,
            value_high=high,
            qualifier=raw.qualifier,  # type: ignore[arg-type]
            measures=measures.text if measures is not None else None,
            measures_span=token_span(doc, measures) if measures is not None else None,
            period=period,
            is_target=kind not in ("duration", "rank") and self._is_target(root),
        )

    def _change_counting_level(self, doc: Doc, raw: RawQuantity, level: RawQuantity, times: tuple[TimeExpr, ...]) -> RawQuantity:
        """'would cut staff by 500 to 4,500 workers', 'membership grew by 2,000 to 13,000 members': a change after 'by' (a
        verb of change before it) or 'up'/'down', then 'to' and the level it left: the change counts the level's noun."""
        text = doc_text(doc)
        if level.kind != "bare" or not _TO_BETWEEN.fullmatch(text, raw.end, level.start) or not change_before_range(text, raw.start):
            return raw
        number = doc.char_span(level.number_start, level.number_end, alignment_mode="expand")
        if number is None or len(number) == 0:
            return raw
        counted = self._counted_noun(level, number, times)
        if counted is None or counted.tag_ not in ("NNS", "NNPS") or counted.pos_ != "NOUN":
            return raw
        return replace(raw, counted_at=counted.idx)

    def _counted_noun(self, raw: RawQuantity, number: SpacySpan, times: tuple[TimeExpr, ...]) -> Token | None:
        """The noun a bare number counts ("12,000 Kenyan students" -> students), if any."""
        if raw.spelled and not self.spelled_counts:
            return None
        if raw.value_high is not None and raw.value_high == raw.value:
            return None  # "a 50-50 chance", "a 2-2 draw": even odds or a level score, no range of a count
        token = number[-1]
        if token.dep_ == "quantmod" and number[0].i <= token.head.i < token.i:
            token = token.head  # "some two dozen people": the parser hangs the scale word on the figure
        token = _first_end(token, number)
        comparative = token.head
        if token.dep_ in ("npadvmod", "advmod") and comparative.lower_ in ("more", "fewer") and comparative.i == token.i + 1 and comparative.dep_ in ("amod", "advmod"):
            noun = comparative.head  # "14 million more jobs": the parser hangs the figure on the comparative before the noun
            while noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i > noun.i:
                noun = noun.head  # "roughly 20,000 more young Irish women": "more" hangs on the first adjective
            return noun if noun.tag_ in ("NNS", "NNPS") and noun.pos_ == "NOUN" and noun.i - comparative.i <= 4 else None
        if token.lower_ in _LARGE_SCALES and token.dep_ == "amod" and token.head.i == token.i + 1 and token.head.tag_ in ("NNS", "NNPS"):
            return token.head  # "12 lakh people": the parser reads a scale word it does not know as an adjective
        if token.lower_ in _LARGE_SCALES and (prep := next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)  # "3 lakhs of pilgrims"
            if noun is not None and noun.tag_ in ("NNS", "NNPS"):
                return noun
        if token.lower_ in VAGUE:  # "thousands of students": what follows "of" is counted
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None
        if token.dep_ not in ("nummod", "compound"):
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if group is not None and group.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("det", "poss", "nummod") for c in group.children):
                # "3 of the 12 banks", "three of its last four games": a part of a counted group; "one of" only of a
                # superlative ("one of the best speakers", as NewsQuant's gold counts it), not "one of the rebels"
                if token.lower_ not in ("one", "1") or _one_of_superlative(token, group):
                    return group
        whole = token.head
        if token.dep_ == "quantmod" and whole.i == token.i + 2 and token.nbor(1).lower_ == "of" and whole.like_num and whole.dep_ == "nummod":
            # "3 of 10 schools": the parser hangs the part on the whole's figure; both count the whole's noun
            return whole.head if whole.head.tag_ in ("NNS", "NNPS") else None
        if token.text[:1] in "+-−" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "NNS":
            return token.doc[token.i + 1]  # "at +32 points": the tokenizer keeps the sign, and the parser no longer sees a number
        if (described := _noun_after_participle(token)) is not None:
            return described  # "1,630 pledged delegates": the parser reads the participle as the figure's verb
        if (glued := _noun_after_glued_scale(raw, token)) is not None:
            return glued  # "850k downloads": the parser hangs the noun on the figure, or reads it as a verb
        if (named := _noun_after_name(token)) is not None:  # "Nine Pacific Rim economies"
            return named if _near_noun(number[-1], named) and not (raw.spelled and _sole_one(named, number[-1], raw)) else None
        head = _plural_past_modifiers(token)
        # "1,300 Americans"; a plural name counts its kind too ("nine straight Grand Prix wins", "six Carnegie Hall concerts")
        countable = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and (head.ent_type_ == "NORP" or head.tag_ == "NNPS"))
        # the distance from the number's last word: "one and a half million people" hangs "one" on the noun
        if token.dep_ not in ("nummod", "compound") or not countable or head.i <= number[-1].i or not _near_noun(number[-1], head):
            return None
        if head.text[:1] in "+-−" and any(c.isdigit() for c in head.text):
            return None  # "Dow 33,912 +85": the parser hangs the level on the signed change after it, which counts nothing
        between = head.doc[max(token.i, number[-1].i) + 1 : head.i]
        if any(t.dep_ == "prep" for t in between) and not _name_of_words(between):  # "12 Bank of Canada economists"
            return None
        if head.tag_ == "NN" and raw.value != 1 and any(t.dep_ == "cc" for t in between):
            return None  # "has 187 and a third candidate has 55": the parser hangs the figure on a singular across a conjunction
        if raw.spelled and raw.value == 1 and raw.value_high is None and head.i == number[-1].i + 1 and head.tag_ == "NNS":
            return None  # "One dresses so boldly that": a count of one takes the singular; here the pronoun and a verb in -s
        if raw.spelled and _sole_one(head, token, raw):
            return None  # "the one road in": the only one, not a count
        if any(t.span.start <= head.idx < t.span.end and t.granularity in DATE_GRANULARITIES for t in times):
            return None  # "2.1 last year"
        return head

    def _is_target(self, root: Token) -> bool:
        """A plan or target: the figure hangs under 'will', 'plans to', 'aim', 'target'..."""
        for token in [root, *root.ancestors]:
            if token.lower_ in self.target_cues or token.lemma_.lower() in self.target_cues:
                return True
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll") for c in token.children):
                return True
            if any(_infinitival(c) for c in token.children if c.dep_ in ("acl", "relcl")):
                return True  # "a contribution of €200 million, to be disbursed in 2026"
            if token.dep_ == "ROOT":
                break
        return False


_MULTIPLE_WORDS = frozenset({"twice", "thrice", "half"})


def _frequency_before_time(doc: Doc, raw: RawQuantity, times: tuple[TimeExpr, ...]) -> bool:
    """'on the agenda twice this winter', 'met twice that spring': a multiple word right before a time expression
    (the tagger's, or a noun phrase the parse makes an adverbial, npadvmod) says how often or for how long, not a
    multiple or share of what the determiner opens ('twice the usual fee', 'half the members')."""
    text = doc_text(doc)
    if raw.kind != "ratio" or text[raw.number_start : raw.number_end].lower() not in _MULTIPLE_WORDS:
        return False
    at = raw.end + len(text[raw.end : raw.end + 4]) - len(text[raw.end : raw.end + 4].lstrip())
    if any(t.span.start == at for t in times):
        return True
    opened = doc.char_span(at, at + 1, alignment_mode="expand")
    return opened is not None and len(opened) > 0 and opened[0].head.dep_ == "npadvmod"


def _plural_noun_multiple(doc: Doc, raw: RawQuantity) -> bool:
    """'the doubles title', 'three triples': a multiplying word the parse tags as a plural noun names a game or a hit,
    not a multiple ('doubles its output' is a verb; 'a doubling of prices', a singular noun, stays a multiple)."""
    if raw.kind != "ratio" or raw.display_unit != "fold":
        return False
    word = doc.char_span(raw.number_start, raw.number_end, alignment_mode="expand")
    if word is None or len(word) != 1:
        return False
    if word[0].tag_ == "NNS":
        return True
    # "hitting singles and doubles": a verb in -s joined to a verb of another form ("hitting") would not agree with
    # it, so after a conjunction and a plural noun the word is the noun's fellow ("sells bonds and doubles" is a verb)
    token, i = word[0], word[0].i
    conjoined_to_other_form = token.tag_ == "VBZ" and token.dep_ == "conj" and token.head.tag_ != "VBZ"
    return conjoined_to_other_form and i >= 2 and doc[i - 1].dep_ == "cc" and doc[i - 2].tag_ == "NNS"


# a price per share with the kind of share or the form of payment between ("a share" alone is a rate of the grammar's)
_SHARE_RATE = re.compile(
    r"(?:\s+in\s+(?:cash|stock))?\s+(?:a|per|each)\s+(?:(?:common|preferred|ordinary|diluted|fully\s+diluted|new|existing|[Cc]lass\s+[A-Z])\s+)?share\b(?!-)"
)


def _numbered_by(number: SpacySpan) -> tuple[Token, str] | None:
    """The subject a bare figure is the size of after the verb "number" ("the protesters numbered about 5,000": the
    protesters, counted; "a crowd numbering 700": the crowd, in people; "they now number 160,000": the pronoun, a count
    whose noun the sentence does not give, so no earlier clause's subject is taken for it; "a force numbering 900": a
    body of any kind, a count of its members), with the unit, or None."""
    token = number[-1]
    verb = token.head
    if token.dep_ not in ("dobj", "attr", "npadvmod", "oprd") or verb.lemma_.lower() != "number" or verb.pos_ != "VERB" or verb.i > token.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        subject = verb.head  # "a crowd numbering 700"
    if subject is None or subject.pos_ not in ("NOUN", "PRON"):
        return None
    if subject.lemma_.lower() in _CROWD_NOUNS:
        return subject, "people"
    if subject.pos_ == "PRON" or subject.tag_ == "NN":
        return subject, "count"  # "the rebel force, numbering 900": a singular that numbers is a body, a count of its members
    return (subject, "") if subject.tag_ == "NNS" else None


_RATE_NOUNS = frozenset(("rate", "pace", "clip"))


def _counted_at_rate(number: SpacySpan) -> Token | None:
    """'Factories added jobs at a rate of 150,000 a month', 'Migrants arrived at a pace of 3,000 a day': a bare figure
    with a time rate after 'at a rate of' counts the verb's plural object, or with none its plural subject (not
    after a verb of growth: 'prices rose at a rate of 3 a month' counts no prices)."""
    last = number[-1]
    of = last.head
    if last.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _RATE_NOUNS:
        return None
    at = of.head.head
    if of.head.dep_ != "pobj" or at.lower_ != "at":
        return None
    verb = at.head
    if verb.tag_ == "NNS" and verb.dep_ == "dobj" and verb.lower_ not in _UNIT_LIKE:
        return verb  # the parser hangs "at a rate" on the object: "added jobs at a rate of"
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.lemma_.lower() not in GROWTH_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return obj if obj is not None and obj.tag_ == "NNS" and obj.lower_ not in _UNIT_LIKE else None


def _size_of_group(number: SpacySpan) -> bool:
    """'a crew of 25', 'a family of five', 'a sighting of one': a number that closes 'a NOUN of', the size of it.

    Only after "a"/"an" and a common noun, and with no noun after the number (that one would be counted instead)."""
    token = number[-1]
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in prep.head.children):
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "NUM")


# "the death toll from the flood rose to 95", "the number of wounded ... stood at 40": a count of people, the noun left out;
# "the toll rose to 40" alone is the same toll (a road's or a bridge's toll is money, its figure no bare number)
_TOLL_BEFORE = re.compile(
    r"\b(?:(?i:death|casualty|fatality)\s+(?P<toll>toll|count)|(?<=[Tt]he\s)(?P<bare>toll)(?!\s+(?:road|booth|plaza|bridge|lane|rate|charge|fee)s?\b)|(?P<number>[Nn]umber)\s+of\s+(?:the\s+)?(?:dead|injured|wounded|missing|killed|displaced|homeless))\b"
    r"[^.;!?\d]{0,60}?\b(?:to|at|of|was|is|reached|hit|topped|exceeded|passed)\s+(?:between\s+)?$"
)


_STRONG_AFTER = re.compile(r"\s+strong\b(?![-\w])(?!\s+[a-z]+s\b)")


def _toll_count(text: str, raw: RawQuantity) -> int | None:
    """'the death toll from the flood rose to 95', 'the number of wounded still in care stood at 40': a bare figure
    that a toll of deaths or the number of the dead, hurt or missing is (or rises to) counts people; where the toll's
    noun ("toll", "number") starts, or None. A range too ("rose to between 30 and 40")."""
    window = text[max(0, raw.start - 90) : raw.start]
    if "oll" not in window and "ount" not in window and "umber" not in window:
        return None  # no "toll", "count" or "number" before the figure: most bare figures stop here
    match = _TOLL_BEFORE.search(text, max(0, raw.start - 90), raw.start)
    if match is None:
        return None
    return match.start("toll") if match.group("toll") else match.start("bare") if match.group("bare") else match.start("number")


def _payroll_count(number: SpacySpan) -> bool:
    """'the plant employs 4,000', 'will hire about 300': a bare number as the object of a verb of employing, no noun after
    it, counts people (``payroll_verbs`` in the lexicon)."""
    token = number[-1]
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in _PAYROLL_VERBS


def _casualty_count(number: SpacySpan) -> bool:
    """'15 were killed', 'killed 45', 'with 340 injured': a bare number as the subject or object of a verb of harm,
    arrest or rescue counts people (``casualty_verbs`` in the lexicon); so does the subject of a verb of crowds
    ('Thousands marched', 'some 2,000 attended'; ``crowd_verbs``), a vague plural as the acting subject of any verb
    ('Hundreds arrived', 'Dozens were waiting'), and a vague plural object of a verb of expecting a
    crowd ('expecting thousands'), and so does a number before a casualty's state with
    no noun after it ('left 12 dead', '3 dead and 15 missing')."""
    token = number[-1]
    doc = number.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _CASUALTY_STATES:
        following = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if following is None or following.pos_ not in ("NOUN", "PROPN", "NUM"):
            return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and number[0].i <= token.head.head.i:
        token = token.head.head  # "tens of thousands": the first word carries the phrase
    verb = token.head.lemma_.lower()
    return (
        token.dep_ in ("nsubj", "nsubjpass", "dobj")
        and token.head.pos_ in ("VERB", "ADJ")
        and (
            verb in _CASUALTY_VERBS
            or (token.dep_ == "nsubj" and verb in _CROWD_VERBS)  # "Thousands marched"
            or (token.dep_ == "dobj" and verb in _CROWD_OBJECT_VERBS)  # "the rally drew tens of thousands"
            or (token.dep_ == "dobj" and verb in _CROWD_VAGUE_OBJECT_VERBS and token.lower_ in VAGUE)  # "expecting thousands"
            or (token.dep_ == "nsubj" and number[-1].lower_ in _CROWD_VAGUE_WORDS and not _MORE_AFTER.match(doc_text(doc), number.end_char))  # "Hundreds arrived"
        )
        and not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > number[-1].i for c in token.children)  # "two of the suspects"
    )


def _one_of_superlative(one: Token, group: Token) -> bool:
    """"one of" a group described by a superlative ("the best speakers", "the most gifted players", "the world's
    largest cities") singles one out, a count of one; "every one of", "not one of" count no one, and neither does one
    of a group of abstractions ("one of the most overlooked traits of the plan"): nothing there to count."""
    return (
        not any(c.dep_ in ("det", "neg") for c in one.children)
        and any(
            c.dep_ == "amod" and (c.tag_ == "JJS" or any(m.lower_ in ("most", "least") for m in c.children))
            for c in group.children
        )
        and group.lemma_.lower() not in abstract_nouns()
    )


@lru_cache(maxsize=1)
def abstract_nouns() -> frozenset[str]:
    """Nouns every sense of which is a quality, thought, feeling, motive, relation or state in WordNet
    (``data/abstract_nouns_wordnet.json``, written by ``readout.eval.expand_abstract_nouns``)."""
    raw = json.loads((DATA_DIR / "abstract_nouns_wordnet.json").read_text(encoding="utf-8"))
    return frozenset(raw["nouns"])


def _sole_one(noun: Token, number: Token, raw: RawQuantity) -> bool:
    """A spelled "one" after a determiner or an owner ("the one road in", "their one hope") says "only", not a count.
    Every other spelled count after one is counted, as NewsQuant's gold counts "The two sides" (its fit part's
    spelled counts after "the" are all counted): "these two leaders", "their three sons" alike; so is "one" after an
    owner's possessive, which says what the owner has ("the firm's one plant")."""
    if raw.value != 1:
        return False
    before = [c for c in noun.children if c.i < number.i and c.idx < raw.start]
    if any(c.dep_ == "poss" and any(g.dep_ == "case" for g in c.children) for c in before):
        return False
    # "one right for each four shares": the terms of an exchange, not "only"
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("each", "every") for c in before)


def _near_noun(number: Token, noun: Token) -> bool:
    """A counted noun near enough to its number: three words between, or up to five that only describe it
    ("2,000 Syrian and Iraqi asylum seekers", "3,000 mostly young, unemployed men"; no verb, preposition,
    determiner, name or other number among them: "three former George W. Bush administration officials" is
    parsed with the name's noun as head)."""
    words = _words_between(number, noun)
    if words <= 3:
        return True
    between = number.doc[number.i + 1 : noun.i]
    if words <= 5 and not any(t.pos_ in ("VERB", "AUX", "ADP", "DET", "NUM", "PRON", "PROPN", "PART", "SCONJ") for t in between):
        return True
    # "seven current and former Acme and Borough Council aides": a name of an employer among the words is fine where
    # the parser hangs the figure on the plural itself and every word between is an adjective, a name or a conjunction
    # that describes it
    return (
        words <= 7
        and number.dep_ == "nummod"
        and number.head.i == noun.i
        and noun.tag_ == "NNS"
        and all(t.pos_ in ("ADJ", "CCONJ", "PROPN", "NOUN") and t.dep_ in ("amod", "cc", "conj", "compound", "nmod") for t in between)
    )


def _words_between(first: Token, last: Token) -> int:
    """Words between two tokens, a hyphenated word counted once: "60 small family-run farms" has two, not four
    (the tokenizer splits "family-run" into three tokens). A dash standing apart ends the phrase: "4.5 million
    American-born children - citizens all" does not count citizens (returned as too many words)."""
    between = first.doc[first.i + 1 : last.i]
    glued = [t for t in between if t.text == "-" and not t.whitespace_ and not t.nbor(-1).whitespace_]
    if any(t.text in ("-", "–", "—", "--") and t not in glued for t in between):
        return len(first.doc)
    return len(between) - 2 * len(glued)


def _structure_compound(doc: Doc, number: SpacySpan, counted: Token) -> bool:
    """'a three-way race', 'a two-party system': a number hyphened to a noun of kind or structure before another noun.
    'a two-state solution', 'a three-strikes rule': one hyphened to any counted noun right before a noun of a principle
    names what the principle holds, not a count (a unit, money or a duration stays: 'a five-year rule')."""
    if doc_text(doc)[number.end_char : counted.idx] != "-":
        return False
    following = doc[counted.i + 1] if counted.i + 1 < len(doc) else None
    if following is None:
        return False
    if counted.lower_ in _STRUCTURE_WORDS:
        return following.pos_ in ("NOUN", "PROPN", "ADJ") or following.text == "-"
    return (
        following.pos_ == "NOUN"
        and following.lemma_.lower() in _PRINCIPLE_HEADS
        and counted.lower_ not in _TIME_UNITS
        and classify_unit(counted.text)[0] not in ("physical", "money")
    )


_FINDING_VERBS = frozenset(("show", "find", "suggest", "indicate", "reveal"))  # a poll's verbs before what it found
_LEVEL_AT_VERBS = frozenset(lexicon()["level_at_verbs"]["lemmas"])
_HOLDING_VERBS = frozenset(lexicon()["holding_verbs"]["lemmas"])
_LEVEL_TO_VERBS = frozenset(lexicon()["level_to_verbs"]["lemmas"])
_LEVEL_TO_PREPOSITIONS = frozenset(lexicon()["level_to_verbs"]["prepositions"])
_MARGIN_WORDS = frozenset(lexicon()["margin_words"]["words"])
_SHOWING_VERBS = frozenset(lexicon()["margin_words"]["showing"])


def _margin_holder(noun: Token) -> Token | None:
    """What a margin in points measures: the leader, not the points or the poll. 'Ames leads Bell by 4 points in the
    Tally average', 'Ames is ahead by 3 points', 'won the state by 12 points': the subject of the verb of leading;
    'polls show Ames up by 10 points': the one the polls show ahead; 'a 22-point defeat', 'his seven-point lead': the
    noun the hyphened count describes. A pronoun subject ('She trails X by 15 points') is the holder too (the
    measured phrase is then the pronoun and the verb); in a relative clause ('Ames, who trails by 6 points') the
    clause's owner. ``noun`` may also be a bare figure after "by" ('He leads by 6': ``_bare_margin``). None for other
    counts and other nouns."""
    if noun.lemma_.lower() != "point" and not noun.like_num:
        return None
    doc = noun.doc
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i == noun.i + 1 and noun.i >= 2 and doc[noun.i - 1].text in ("-", "‐", "‑"):
        return noun.head if not noun.like_num else None
    verb = _margin_verb(noun)
    if verb is None:
        return None
    if verb.lemma_.lower() in _SHOWING_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ in _RELATIVE_PRONOUNS:
        return _relative_owner(verb)  # "Ames, who trails by 6 points": the clause's owner
    if subject is None and verb.dep_ == "relcl":
        return _relative_owner(verb)
    return subject


_RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))
_BARE_MARGIN_WORDS = frozenset(lexicon()["margin_words"]["bare"])


def _margin_verb(noun: Token) -> Token | None:
    """The verb of leading or winning whose margin ``noun`` is, after "by" ('leads Bell by 4 points'), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "by":
        return None
    verb = noun.head.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "leads among retirees by 9 points": the parser hangs "by" on the group
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    words = {verb.lemma_.lower()} | {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp")}
    return verb if words & _MARGIN_WORDS else None


def _bare_margin(number: SpacySpan) -> bool:
    """A bare figure after "by" under a verb of leading or trailing is a margin in points: 'He leads by 6 among women',
    'Ames trails Bell by 4', 'is ahead by 3'. Not a passive or a participle ('a team led by 12 engineers' has its
    noun; 'was led by 3' is who led), and not other verbs of winning ('won by 6' may be goals, runs or votes)."""
    token = number[-1]
    verb = _margin_verb(token)
    if verb is None or verb.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    words = {verb.lemma_.lower()} | {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp")}
    return bool(words & _BARE_MARGIN_WORDS)


_BY_BEFORE = re.compile(r"\bby\s+$")
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _is_margin(q: Quantity) -> bool:
    return q.unit in ("points", "percentage_point") and "point" in (q.display_unit or "")


def _listed_margin(doc: Doc, previous: Quantity | None, raw: RawQuantity, number: SpacySpan) -> bool:
    """A bare figure after "by" in a list whose verb of winning or leading is said once, after a margin in points:
    "won Ames County by 8 percentage points and Lee by 5", "led in Maine by 8 points, in Utah by 5": the same unit.
    The figure follows the margin in its sentence with no verb and no other figure between."""
    if previous is None or not _is_margin(previous) or previous.span.start < number.sent.start_char:
        return False
    text = doc_text(doc)
    if _BY_BEFORE.search(text, max(0, raw.number_start - 4), raw.number_start) is None:
        return False
    between = _YEAR_IN.sub("", text[previous.span.end : raw.number_start])  # "by 12 points in 2012 and by 9 in 2016"
    if len(between) > 60 or any(c in between for c in ".;:!?()") or any(c.isdigit() for c in between):
        return False
    words = doc.char_span(previous.span.end, raw.number_start, alignment_mode="expand")
    return words is not None and not any(t.pos_ in ("VERB", "AUX") for t in words if previous.span.end <= t.idx < raw.number_start)


def _margin_phrase(doc: Doc, margin: Quantity) -> SpacySpan | None:
    """The measured phrase of an earlier margin ("Ames leads"), which a margin listed after it shares."""
    if margin.measures_span is None:
        return None
    span = doc.char_span(margin.measures_span.start, margin.measures_span.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _own_subject(doc: Doc, earlier: Quantity, raw: RawQuantity, figure: Token, phrase: SpacySpan) -> SpacySpan | None:
    """The subject of a figure that leaves out the points of an earlier move but not its own actor: the name of a gapped
    clause ("Ames lost 4 points while Bell gained six and Cole five": Cole), or the subject and verb of its own clause
    (Bell gained), not the earlier figure's actor and act."""
    if (gapped := _gapped_subject(doc, earlier, raw)) is not None:
        return gapped
    verb = figure.head
    if figure.dep_ != "dobj" or phrase.start <= verb.i < phrase.end or verb.i > figure.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return doc[subject.left_edge.i : _with_particles(verb, raw.start)] if subject is not None and subject.i < verb.i else None


def _hyphenated_word(noun: Token) -> str:
    """The whole word a counted noun is part of: '14 start-ups', '300 lay-offs', '500 e-bikes' (the tokenizer splits
    at the hyphen, and the parser makes either half the noun)."""
    doc, first, last = noun.doc, noun.i, noun.i
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha and not doc[first - 2].like_num:
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].text == "-" and not noun.doc[last].whitespace_ and not doc[last + 1].whitespace_ and doc[last + 2].is_alpha:
        last += 2
    return doc[first : last + 1].text


def _same_count_after_to(text: str, previous: Quantity | None, raw: RawQuantity) -> bool:
    """A bare figure right after "N nouns to" counts the same nouns: a score or a vote ("218 votes to 214", "won 3 games to 1");
    one right after a larger bare figure and "to" is the other side of a tally ("a vote of 64 to 31")."""
    if previous is None or raw.spelled:
        return False
    between = text[previous.span.end : raw.start]
    if previous.unit == "count" and previous.value_high is None and raw.value_high is None:
        if raw.value < previous.value and re.fullmatch(r"\s+to\s+", between) is not None:
            return True
        return _OTHER_SIDE_AFTER.fullmatch(between) is not None  # "Ames has 1,630 to Lund's 870": the other side's count
    if not previous.display_unit or "/" in previous.unit or not previous.display_unit.isalpha():
        return False
    if _DATED_MOVE_BEFORE.search(text, max(0, previous.span.start - 6), previous.span.start) and _DATED_MOVE_BETWEEN.fullmatch(between):
        return True  # "went from 210 drivers in March, to 185 in April, to 240 in May": each later point counts them too
    # "739 delegates to her rival's 465", "1,630 votes, to Lund's 870": the other side's count after a possessive;
    # at most two lower-case words may describe the noun ("1,630 pledged delegates to Lund's 870")
    return re.fullmatch(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{re.escape(previous.display_unit)},?\s+(?:to|against)\s+{_POSSESSOR}", between) is not None


# a count moving through dated points: "from N (nouns) in March, to M in April": the point's date, then "to" the next
_DATED_MOVE_BEFORE = re.compile(r"\b(?:from|to)\s+$")
_DATED_MOVE_BETWEEN = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+in\s+[^,.;:()]{1,30}?,?\s+to\s+")


_OTHER_SIDE_AFTER = re.compile(r",?\s+(?:to|against)\s+(?:(?:his|her|their|its|the)\s+)?(?:[A-Z][\w.-]*\s+)?[A-Za-z][\w.-]*(?:'s|’s|s'|s’)\s+")


_POSSESSOR = r"(?:(?:(?:his|her|their|its|the|a)\s+)?(?:[A-Z][\w.-]*\s+)?[A-Za-z][\w.-]*(?:'s|’s|s'|s’)\s+)?"


def _noun_written(noun: str) -> re.Pattern[str]:
    """A counted noun written right after its figure, or after at most two lower-case words that describe it."""
    return re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{re.escape(noun)}\b")


# the comma may be glued to the figure in hurried copy ("refugees,15 of them children"; the tokenizer splits it, nlp.py)
_ELISION = re.compile(r"(?:(?P<comma>,)\s*|\b(?:and|or|but|while|whereas)\b\s+)(?P<words>(?:[a-z]+\s+){0,2})$")


def _elided_count(doc: Doc, previous: Quantity | None, raw: RawQuantity, earlier: Quantity | None = None) -> bool:
    """'62 votes in favour and 38 against', 'won 3 games and lost 2': a bare figure joined to an earlier count of a noun
    by a comma or a conjunction (at most two words after it, nothing counted between) counts the same noun, left out.
    After a comma alone no verb may come ('a town of 9,000 residents, had 41' counts something else). A share left out
    is a share where a preposition or a clause break follows the figure ('drew 13 percentage points from one rival and
    7 from the other', '52 percent of men and 48 of women'; not 'rose 5 percent and 12 were hurt')."""
    text = doc_text(doc)
    if previous is None or raw.value_high is not None or (raw.spelled and raw.value == 1):
        return False
    between = text[previous.span.end : raw.start]
    if len(between) > 60 or any(c in between for c in ".;:!?()") or any(c.isdigit() for c in between):
        return False
    gapped_alone = _gapped_figure(text, previous, raw)
    share = previous.unit in ("percent", "percentage_point") and (
        gapped_alone or (not raw.spelled and _SHARE_SIDE_AFTER.match(text, raw.end) is not None)
    )
    if not share and (not previous.display_unit or not previous.display_unit.isalpha() or previous.unit != previous.display_unit.lower()):
        return False  # a count of a noun or a share, not money, another unit or a duration
    if gapped_alone and (share or _is_margin(previous) or _noun_count(previous)):
        # points gapped right after the last figure, which left them out too ("lost 6 points while Alpha gained six and
        # Beta five"), are points; a count gapped so ("won 12 seats, the farmers seven and the greens four") the same noun
        return True
    if share and re.fullmatch(r",\s*or\s+", between):
        return False  # "the gauge lost 0.9%, or 4.07": the same change in points, not a share left out
    if not share and _noun_written(previous.display_unit or "").match(between) is None and not _elided_before(text, earlier, previous):
        return False  # the noun right after the figure, or after at most two words that describe it ("306 electoral votes, 36 more")
    if not share and _TOTAL_BEFORE.search(between):
        return True  # "310 elected members and 42 appointed members for a total of 352": the sum of the same noun
    if not share and _GAPPED.search(between) and (_CLAUSE_END_AFTER.match(text, raw.end) or _NEXT_GAP.match(text, raw.end)):
        return True  # "Chad has 9 million residents, and Niger about 11 million": the verb and the noun left out after a subject
    if (
        share
        and (gapped := _GAPPED_AT.search(between)) is not None
        and _CLAUSE_END_AFTER.match(text, raw.end)
        and re.search(rf"\b{gapped.group('prep')}\s+$", text[max(0, previous.span.start - 6) : previous.span.start])
    ):
        return True  # "Ames at 25 percent and Bell at 14": a name and the same preposition, the share's unit left out
    if (joined := _ELISION.search(between)) is None or (share and joined.group("words").strip() not in ("", "and", "or", "but")):
        return False  # a share: the figure right after the joining word ('rose 4.2 points, or 0.3 percent, to 1,488' is a level)
    if joined.group("comma") and joined.group("words"):
        words = doc.char_span(previous.span.end + joined.start("words"), raw.start, alignment_mode="expand")
        return words is not None and not any(t.pos_ in ("VERB", "AUX") for t in words if t.idx < raw.start)
    return True


def _gapped_subject(doc: Doc, previous: Quantity, raw: RawQuantity) -> SpacySpan | None:
    """The subject of a gapped clause whose figure carries an earlier figure's unit ("won nine seats and the greens
    four", "took 52 percent, the opposition 31"): whose figure it is, not the earlier noun's. Right after the earlier
    figure, or after its noun."""
    text = doc_text(doc)
    start = previous.span.end
    if previous.display_unit and (written := _noun_written(previous.display_unit).match(text, start)) is not None:
        start = written.end()
    gap = _GAPPED.fullmatch(text, start, raw.start)
    if gap is None or (_CLAUSE_END_AFTER.match(text, raw.end) is None and _NEXT_GAP.match(text, raw.end) is None):
        return None
    subject = doc.char_span(gap.start("name"), gap.end("name"))
    return subject if subject is not None and not any(t.pos_ in ("VERB", "AUX") for t in subject) else None


def _gapped_figure(text: str, previous: Quantity, raw: RawQuantity) -> bool:
    """'Alpha gained six points and Beta five', and where the figure before left out its noun too ('lost 6 points
    while Alpha gained six and Beta five'): right after the last figure, a conjunction, a name and the figure alone
    in its clause, its verb and noun left out."""
    return _GAPPED.fullmatch(text, previous.span.end, raw.start) is not None and (
        _CLAUSE_END_AFTER.match(text, raw.end) is not None or _NEXT_GAP.match(text, raw.end) is not None
    )


# a gapped clause's subject: a name, or a lower-case noun after a determiner ("and the greens four", "its rival 120"),
# after a conjunction or a comma ("won 12 seats, the farmers' party seven and the greens four")
_GAPPED = re.compile(
    r"(?:,\s*(?:(?:and|while|whereas|but)\s+)?|\s+(?:and|while|whereas|but)\s+)"
    r"(?P<name>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?|(?:the|its|their|his|her)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+$"
)
# "for a total of", ", a combined total of", "bringing the total to": a sum of the counts before it
_TOTAL_BEFORE = re.compile(r"(?:\b(?:for|of|with|to)\s+|,\s*)(?:a|the)\s+(?P<total>(?:combined\s+|grand\s+|overall\s+)?total)\s+(?:of|to)\s+$")
# a gapped clause in the middle of a list ends at the conjunction before the next ("12 seats, the farmers seven and ...")
_NEXT_GAP = re.compile(r"\s+(?:and|while|whereas|but)\s+(?=[\w'’])")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;,)\u2013\u2014]|-{1,2}\s|$)")  # a dash standing apart ends a clause too
_GAPPED_AT = re.compile(r"(?:,\s*|\s+)(?:and|while|whereas|but)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+(?P<prep>at|with|on)\s+$")
# "raise the number of its troops to about 4,500": the plural counted, a few words, then "to" right before the figure
# and "the number of stocks that fell in price exceeded 1,000": the number is the subject, the figure its level
_NUMBER_OF_TO = re.compile(
    r"\bnumber\s+of\s+(?:(?:its|the|their|his|her|our)\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,}s)\b(?:\s+[a-z-]+){0,3}\s+to\s+$"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]he\s+[a-z]+(?:'s|’s))\s+number\s+of\s+(?:[a-z-]+\s+)?(?P<subject>[a-z]{3,}s)\b(?:\s+[\w-]+){0,8}?"
    r"\s+(?:was|were|is|are|exceeded|reached|topped|totaled|totalled|stood\s+at|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to"
    r"|(?:went|rose|fell|grew|climbed|dropped|jumped|shrank|declined|increased|decreased)\s+from)\s+$"
    # "would bring its shares outstanding to 41 million", "raise its troops in the region to 4,000": the plural
    # a verb of change moves to the figure
    r"|\b(?:bring|brings|bringing|brought|raise|raises|raised|raising|increase|increases|increased|increasing|lift|lifts|lifted|lifting"
    r"|boost|boosts|boosted|boosting|cut|cuts|cutting|reduce|reduces|reduced|reducing|trim|trims|trimmed|trimming)"
    r"\s+(?:its|the|their|his|her|our|(?:the\s+)?[\w.&-]+(?:\s+[A-Z][\w.&-]*)?(?:'s|’s))\s+(?:[a-z-]+\s+)?(?P<moved>[a-z]{3,}s)\b"
    r"(?:\s+outstanding|\s+(?:in|on|at)\s+(?:the|its|their)\s+[a-z]+)?\s+to\s+(?:about\s+|nearly\s+|some\s+|around\s+)?$"
)


_MEASURE_PLURALS = frozenset((
    "prices", "rates", "costs", "sales", "earnings", "revenues", "profits", "wages", "taxes", "fees", "tariffs", "forecasts",
    "estimates", "targets", "yields", "margins", "ratings", "scores", "points", "levels", "limits", "payments", "dues", "rents",
))


def _number_of_noun(doc: Doc, raw: RawQuantity) -> Token | None:
    """'the merger lifts the number of its listed shares to nearly 8.4 million': a bare figure after "to" that the number
    of a plural is changed to counts that plural."""
    if raw.value_high is not None:
        return None
    text = doc_text(doc)
    # the qualifier may be a verb ("exceeded 1,000") that the figure's span holds
    match = _NUMBER_OF_TO.search(text, max(0, raw.start - 100), raw.start) or _NUMBER_OF_TO.search(text, max(0, raw.start - 100), raw.number_start)
    if match is None:
        return None
    group = next(g for g in ("noun", "subject", "moved") if match.group(g))
    if group == "moved" and (raw.value < 100 or match.group(group) in _MEASURE_PLURALS):
        return None  # "raised its prices to 5", "cut its rates to 2": a level of a measure, not a count of it
    noun = doc.char_span(match.start(group), match.end(group))
    return noun[0] if noun is not None and noun[0].tag_ == "NNS" else None


def _elided_before(text: str, earlier: Quantity | None, previous: Quantity) -> bool:
    """Whether ``previous`` is itself a figure that left out the noun ``earlier`` counts ("42 votes for one, 18 for another
    and 16 for a third": 16 follows 18, which follows the votes): a third and later member of such a list."""
    if earlier is None or earlier.unit != previous.unit or previous.span.text != text[previous.span.start : previous.span.end]:
        return False
    if not previous.span.text.replace(",", "").isdigit():
        return False
    between = text[earlier.span.end : previous.span.start]
    return (
        len(between) <= 60
        and not any(c in between for c in ".;:!?()")
        and not any(c.isdigit() for c in between)
        and _noun_written(previous.display_unit or "").match(between) is not None
        and _ELISION.search(between) is not None
    )


_PARALLEL_JOIN = re.compile(r",|\b(?:and|while|whereas|but)\b")


def _parallel_count(doc: Doc, previous: Quantity | None, raw: RawQuantity) -> bool:
    """'the hosts sold 4,200 tickets, the visitors sold 900', 'Alpha won 41 seats while Beta won 38': a bare figure that is the object
    of the same verb as an earlier count of a noun, in a clause of its own joined by a comma or a conjunction, counts the
    same noun ('a town of 9,000 residents had 41' does not: no verb governs the residents)."""
    if previous is None or raw.value_high is not None or raw.spelled or not previous.display_unit or not previous.display_unit.isalpha():
        return False
    if previous.unit != previous.display_unit.lower():
        return False  # a count of a noun, not money, another unit or a duration
    text = doc_text(doc)
    between = text[previous.span.end : raw.start]
    noun_written = _noun_written(previous.display_unit).match(between)
    if len(between) > 80 or any(c in between for c in ".;:!?()") or any(c.isdigit() for c in between) or noun_written is None:
        return False
    if _PARALLEL_JOIN.search(between, noun_written.end()) is None:
        return False
    noun = doc.char_span(previous.span.end + noun_written.end() - len(previous.display_unit), previous.span.end + noun_written.end())
    number = doc.char_span(raw.number_start, raw.number_end, alignment_mode="expand")
    if noun is None or number is None or noun[-1].dep_ != "dobj" or number[-1].dep_ != "dobj":
        return False
    verb, again = noun[-1].head, number[-1].head
    if verb.dep_ == "relcl" or not all(any(c.dep_ == "nsubj" for c in v.children) for v in (verb, again)):
        return False  # "the port, which has 84,000 residents, had 61": the same subject, and what it had is not citizens
    return verb.i < again.i < number[-1].i and verb.pos_ in ("VERB", "AUX") and again.lemma_ == verb.lemma_


_THRESHOLD_BEFORE = re.compile(r"\bthe\s+$")
_THRESHOLD_AFTER = re.compile(r"\s+(?:needed|required|necessary)\b")


def _noun_count(previous: Quantity | None) -> bool:
    """Whether ``previous`` counts a noun (not money, another unit or a duration): the noun a later bare figure may leave out."""
    return (
        previous is not None
        and bool(previous.display_unit)
        and previous.display_unit.isalpha()  # type: ignore[union-attr]
        and previous.unit == previous.display_unit.lower()  # type: ignore[union-attr]
        and previous.unit not in _TIME_UNITS
    )


def _threshold_count(doc: Doc, previous: Quantity | None, raw: RawQuantity) -> bool:
    """'won 306 electoral votes, 36 more than the 270 needed', 'had 48 votes, short of the 60 required': a bare figure
    after "the" and before "needed", "required" or "necessary" is the threshold of what an earlier count in the sentence counts."""
    if not _noun_count(previous) or raw.value_high is not None or raw.spelled:
        return False
    text = doc_text(doc)
    if _THRESHOLD_BEFORE.search(text, max(0, raw.start - 5), raw.start) is None or _THRESHOLD_AFTER.match(text, raw.end) is None:
        return False
    between = text[previous.span.end : raw.start]  # type: ignore[union-attr]
    return len(between) <= 100 and not any(c in between for c in ".;:!?")


_CARRY_VERBS = frozenset(lexicon()["carried_counts"]["lemmas"])


def _carried_count(doc: Doc, previous: Quantity | None, raw: RawQuantity, number: SpacySpan) -> bool:
    """'The Greens took all 40 seats in the north. They now hold 212.', 'With 90 seats at stake, the party will win at least
    48': a bare figure that is the object of a verb of having or winning (``carried_counts``), whose clause has a
    subject, counts what the last figure counts where that one counts a noun in the same sentence or one of the two before,
    with no other figure between. A spelled figure, or a share after a share, is carried only in the same sentence."""
    if previous is None or raw.value_high is not None or (raw.spelled and raw.value == 1):
        return False
    token = number[-1]
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in _CARRY_VERBS or token.head.pos_ not in ("VERB", "AUX"):
        return False
    noun_count = _noun_count(previous)
    share = previous.unit in ("percent", "percentage_point")
    if not (noun_count or share):
        return False
    text = doc_text(doc)
    between = text[previous.span.end : raw.start]
    if len(between) > 400 or any(c.isdigit() for c in between):
        return False
    earlier = doc.char_span(previous.span.start, previous.span.end, alignment_mode="expand")
    sentence = number[0].sent
    # the same sentence or one of the two before ("won 212 seats. Its rivals ... said they expected more. In the end they
    # took 98"), with no figure between; a spelled figure or a share only in the same sentence ("lost four points and
    # her rival gained three", "won 52 percent while the mayor took 40")
    same_sentence = earlier is not None and earlier[0].i >= sentence.start
    if not (noun_count or same_sentence) or (raw.spelled and not same_sentence):
        return False
    if earlier is None or earlier[0].i < _sentence_before(doc, sentence, 2):
        return False
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.left_edge.i <= earlier[0].i <= s.right_edge.i for s in subjects):
        return False  # "a town of 9,000 residents had 41": the earlier count describes the one who has, not what it has
    # the verb's own subject, or the subject of the clause it depends on ("the party is sure of winning 30")
    return any(any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) for verb in (token.head, *list(token.head.ancestors)[:3]))


_MORE_AFTER = re.compile(r"\s+more\b")


def _more_of_count(doc: Doc, previous: Quantity | None, raw: RawQuantity, number: SpacySpan) -> bool:
    """'300 families fled; hundreds more were stranded', 'five more arrived': a figure or a vague plural and "more", the
    subject of its clause, adds to the last figure, which counts a noun in the same sentence or the one before, and
    counts that noun."""
    token = number[-1]
    if not (token.lower_ in VAGUE or token.like_num) or token.dep_ not in ("nsubj", "nsubjpass") or not _MORE_AFTER.match(doc_text(doc), raw.end):
        return False
    # the last figure counts a noun, or people with the noun left out ("Three were arrested and two more were released")
    counts = _noun_count(previous) or (previous is not None and previous.unit == "people")
    earlier = doc.char_span(previous.span.start, previous.span.end, alignment_mode="expand") if counts else None  # type: ignore[union-attr]
    return earlier is not None and earlier[0].i >= _sentence_before(doc, number[0].sent, 1)


def _sentence_before(doc: Doc, sentence: SpacySpan, back: int) -> int:
    """The first token of the sentence ``back`` sentences before ``sentence`` (or of the document)."""
    start = sentence.start
    for _ in range(back):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


_SHARE_SIDE_AFTER = re.compile(r"\s+(?:from|in|among|of|with|for|on|at)\b|\s*[,;.]")


_DASH_BEFORE = re.compile(r"(?:\s+(?:-|--)|\s*[\u2013\u2014])\s*$")


def _noun_before_dash(doc: Doc, number: SpacySpan, previous: Quantity | None) -> Token | None:
    """'slates of delegates - three from each district', 'new officers - 40 from the academy': a bare figure right
    after a dash and before a preposition or the clause's end counts the plural noun before the dash, left out after
    it; so does a figure joined to that one by "and" or "or" ("- 40 from the academy and 12 from other forces").
    Not a part ("- one of them"), a unit or a period ("rose for years - 3 in a row" is no count of years), and within one sentence."""
    first, last = number[0], number[-1]
    after = last.nbor(1) if last.i + 1 < len(doc) else None
    if after is not None and (not (after.pos_ in ("ADP", "CCONJ", "PUNCT") or after.is_sent_start) or after.lower_ == "of"):
        return None  # "- one of them": a part of a group, not a count of the noun
    noun = _dash_noun(doc, first)
    if noun is None and previous is not None and previous.display_unit:
        between = doc_text(doc)[previous.span.end : first.idx]
        earlier = doc.char_span(previous.span.start, previous.span.end, alignment_mode="expand")
        if _JOINED_AFTER.fullmatch(between) and earlier is not None and (noun := _dash_noun(doc, earlier[0])) is not None:
            return noun if noun.text == previous.display_unit else None
    return noun


def _apposed_count(doc: Doc, number: SpacySpan, raw: RawQuantity) -> Token | None:
    """'won the most seats, 212, of any party', 'the remaining ballots, 3,400, were recounted': one figure set off by
    commas right after a plural noun counts it. An age is set off after one person ("Smith, 45,"), and two people's
    ages are two figures ("two men, 19 and 22"), so a single figure after a plural is a count; not after a unit or a
    period ("for years, 12, ..." is no count of years)."""
    first, last = number[0], number[-1]
    if raw.value_high is not None or first.i < 2 or last.i + 1 >= len(doc) or first.is_sent_start:
        return None
    comma, noun, after = first.nbor(-1), first.nbor(-2), last.nbor(1)
    if comma.text != "," or after.text != ",":
        return None
    if noun.tag_ not in ("NNS", "NNPS") or noun.pos_ != "NOUN" or noun.lower_ in _TIME_UNITS or noun.lower_ in _UNIT_LIKE:
        return None
    follower = after.nbor(1) if after.i + 1 < len(doc) else None
    if follower is not None and (follower.like_num or follower.lower_ in ("and", "or")):
        return None  # "the scores, 12, 15 and 9": a list, not a figure set off
    return noun


_JOINED_AFTER = re.compile(r"[^\d.;:!?()]{0,60}\b(?:and|or)\s+")


def _dash_noun(doc: Doc, first: Token) -> Token | None:
    """The plural noun right before a dash that stands right before ``first``, if any."""
    if first.i < 2 or first.is_sent_start:
        return None
    dash, noun = first.nbor(-1), first.nbor(-2)
    if dash.text not in ("-", "--", "\u2013", "\u2014") or _DASH_BEFORE.search(doc_text(doc), max(0, first.idx - 4), first.idx) is None:
        return None
    if noun.tag_ not in ("NNS", "NNPS") or noun.pos_ != "NOUN" or noun.lower_ in _TIME_UNITS or noun.lower_ in _UNIT_LIKE:
        return None
    return noun


_VOTE_SIDE = re.compile(r"\s+(?:in\s+favou?r\b|against\b|opposed\b|abstain(?:ing|ed)\b|for(?=\s*(?:[,;.]|and\b|to\b|with\b)))")


def _vote_side(doc: Doc, raw: RawQuantity, number: SpacySpan) -> bool:
    """'voted 62 in favour and 38 against', '5 for, 2 against', '4 abstaining': the sides of a vote, in a sentence of voting."""
    if raw.spelled or raw.value_high is not None or _VOTE_SIDE.match(doc_text(doc), raw.number_end) is None:
        return False
    return any(t.lemma_.lower() in _VOTE_WORDS for t in number[0].sent)


_LIST_COMMA = re.compile(r",\s*")
_LIST_LAST = re.compile(r",?\s+(?:and|or)\s+|,\s*")
# the word after a figure, and the second half of a hyphened compound ("two-bedroom")
_WORD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)(?:-([A-Za-z]+))?")


# "2, 3 and even 4 hours", "three, four or five km": the list's last separator, an "and" or "or" (a bare comma before
# the unit's figure is as often two phrases: "in round 2, 3 people died")
_LIST_BEFORE_UNIT = re.compile(r",?\s+(?:and|or)(?:\s+(?:even|perhaps|possibly|maybe))?\s+")
_LAST_ALTERNATIVE = re.compile(r"\s+or\s+")  # inside a range the grammar read: "3 or 4" of "2, 3 or 4 hours"
_UNIT_KINDS = ("duration", "physical", "percent")


def _lists_before_a_unit(doc: Doc, raws: list[RawQuantity], quantities: list[Quantity], dates: list[TimeExpr]) -> list[Quantity]:
    """'waited three, four and even five hours', 'rose 5, 6 and 7 percent': bare figures listed before a figure with
    a unit all take its unit, written once. The parse hangs the unit on one figure (or none), so the others were
    dropped as small bare figures or counted an earlier noun ("thousands of citizens waited three, four ...").
    Three items or more: a pair is as often a name's number and a figure ("the S&P 500 and 5.8%") or a figure
    restated ("fell 5.39, or 1.2%")."""
    text = doc_text(doc)
    by_start = {q.span.start: q for q in quantities}
    replaced: dict[int, Quantity] = {}
    for i, last in enumerate(raws):
        if last.kind not in _UNIT_KINDS or last.start != last.number_start or i == 0 or (unit_q := by_start.get(last.start)) is None:
            continue
        alternatives: list[Quantity] = []  # the range's two ends, where the grammar read a list's last two as one
        if last.value_high is None and not _LIST_BEFORE_UNIT.fullmatch(text, raws[i - 1].end, last.start):
            continue
        if last.value_high is not None:  # "2, 3 or 4 hours": the grammar reads "3 or 4 hours" as a range; after a list, two items
            alternative = _LAST_ALTERNATIVE.search(text, last.number_start, last.number_end)
            if alternative is None or not _LIST_COMMA.fullmatch(text, raws[i - 1].end, last.start):
                continue
            alternatives = [
                unit_q.model_copy(update={"span": char_span(doc, last.start, alternative.start()), "value_high": None, "qualifier": "exact"}),
                unit_q.model_copy(update={"span": char_span(doc, alternative.end(), unit_q.span.end), "value": last.value_high, "value_high": None, "qualifier": "exact"}),
            ]
        listed = [raws[i - 1]]
        while len(listed) < i and _LIST_COMMA.fullmatch(text, raws[i - 1 - len(listed)].end, listed[-1].start):
            listed.append(raws[i - 1 - len(listed)])
        if len(listed) + (len(alternatives) or 1) < 3 or any(r.kind != "bare" or r.value_high is not None or r.start != r.number_start for r in listed) or any(
            t.span.start < r.end and r.start < t.span.end for r in listed for t in dates
        ):
            continue  # "in 2019, 2020 and 2021": dates
        for raw in listed:
            replaced[raw.start] = unit_q.model_copy(update={"span": char_span(doc, raw.start, raw.end), "value": raw.value, "value_high": None, "qualifier": raw.qualifier})
        replaced.update((q.span.start, q) for q in alternatives)
    if not replaced:
        return quantities
    kept = [q for q in quantities if not any(q.span.start <= start < q.span.end for start in replaced)]
    return sorted([*kept, *replaced.values()], key=lambda q: q.span.start)


def _shared_noun_lists(doc: Doc, bare: list[tuple[RawQuantity, Quantity | None]], quantities: list[Quantity]) -> list[Quantity]:
    """'4,000, 6,000 or 9,000 migrants', '200, 350 and 500 workers': figures listed before one noun all count it.

    The parse hangs the noun on one figure of the list (not always the last), so the others were dropped as small
    bare figures or left as bare counts; each takes the noun, the phrase and the time of the one that counts it."""
    text = doc_text(doc)
    runs: list[list[tuple[RawQuantity, Quantity | None]]] = [[bare[0]]]
    for item in bare[1:]:
        previous = runs[-1][-1][0]
        raw = item[0]
        listed = (
            raw.value_high is None
            and previous.value_high is None
            and not raw.spelled
            and not previous.spelled
            and (_LIST_COMMA.fullmatch(text, previous.end, raw.start) or _LIST_LAST.fullmatch(text, previous.end, raw.start))
        )
        runs.append([item]) if not listed else runs[-1].append(item)
    replaced: dict[int, Quantity] = {}
    for run in runs:
        if len(run) < 2 or not _LIST_LAST.fullmatch(text, run[-2][0].end, run[-1][0].start):
            continue
        after = _WORD_AFTER.match(text, run[-1][0].end)
        noun = next(
            (
                q
                for _, q in run
                if q is not None and q.display_unit and q.unit == q.display_unit.lower() and after and after.group(1) == q.display_unit
            ),
            None,
        )
        if noun is None and after is not None:
            token = doc.char_span(after.start(1), after.end(1))
            plural = token is not None and len(token) == 1 and token[0].tag_ in ("NNS", "NNPS")
            if plural and classify_unit(token[0].text)[0] not in ("physical", "money") and token[0].lower_ not in lexicon()["time_units"]:
                phrase = _phrase(doc, token[0], run[-1][0], 12)  # "120, 80 and 45 jobs": the parse left every figure bare
                noun = Quantity(
                    span=char_span(doc, run[-1][0].start, run[-1][0].end),
                    value=run[-1][0].value,
                    unit=token[0].lower_,
                    display_unit=token[0].text,
                    measures=phrase.text if phrase is not None else None,
                    measures_span=token_span(doc, phrase) if phrase is not None else None,
                )
        if noun is None:
            continue  # nothing counted after the list: "rose 5, 6 and 7 percent" or a list of bare figures
        (low, _), (high, _) = run[0], run[-1]
        if len(run) == 2 and re.fullmatch(r"\s+or\s+", text[low.end : high.start]) and low.value < high.value:
            # "60 or 80 firms" is one range, as "five or six months" is
            replaced[low.start] = replaced[high.start] = Quantity(
                span=char_span(doc, low.start, high.end),
                value=low.value,
                value_high=high.value,
                unit=noun.unit,
                display_unit=noun.display_unit,
                qualifier="range",
                measures=noun.measures,
                measures_span=noun.measures_span,
                period=noun.period,
                is_target=noun.is_target,
            )
            continue
        for raw, q in run:
            replaced[raw.start] = Quantity(
                span=char_span(doc, raw.start, raw.end),
                value=raw.value,
                unit=noun.unit,
                display_unit=noun.display_unit,
                qualifier=raw.qualifier,  # type: ignore[arg-type]
                measures=noun.measures,
                measures_span=noun.measures_span,
                period=noun.period,
                is_target=noun.is_target,
            )
    if not replaced:
        return quantities
    kept = [q for q in quantities if q.span.start not in replaced]
    unique = {id(q): q for q in replaced.values()}.values()
    return sorted([*kept, *unique], key=lambda q: q.span.start)


_OUTNUMBER = re.compile(r"\b(?i:outnumber(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}$")
_SCORE = re.compile(r"(\d{1,3})\s?[-\u2013](\d{1,3})")


def _score_sides(doc: Doc, raw: RawQuantity) -> tuple[Quantity, Quantity] | None:
    """'won 3-1', 'ruled 5-4', 'trailing 2-0': a score or tally written from the larger is the two sides' counts,
    not a range (a range runs upwards), as is one written from the smaller right after a verb of a game ('lost 1-4'). NewsQuant annotates such a pair as one item in the order written; a tie it
    leaves out, and a range is read as one. A tie under a word of voting is the votes of each side ('voted 50-50',
    'split 4-4'); elsewhere it stays nothing ('a 50-50 chance', 'tied at 89-89'). Not a schedule ("24-7"), a code
    glued to more figures ("4-3-3", "12-3/4") nor a numbered name ("Section 12-3")."""
    if raw.kind != "bare" or raw.value_high is None or raw.spelled:
        return None
    text = doc_text(doc)
    match = _SCORE.fullmatch(text, raw.number_start, raw.number_end)
    if match is None or match.group() == "24-7":
        return None
    if raw.value_high > raw.value and not _upward_bracketed_tally(doc, text, match) and not _game_score(doc, text, match):
        return None  # a range runs upwards; "failed in the assembly (45-55)" and "lost 1-4" are a tally and a score all the same
    after = text[raw.number_end : raw.number_end + 2]
    if (after[:1] in ("-", "\u2013", "/") or (after[:1] == "." and after[1:2].isdigit())) or text[raw.number_start - 1 : raw.number_start] in ("-", "/", ".", "#", "$"):
        return None  # "4-3-3", "12-3/4", "12-3.5": a code or a figure; "won 4-2." at a sentence's end is a score
    if (ratio := _odds_ratio(doc, match.start(), match.end(), raw.value, raw.value_high)) is not None:
        return (ratio,)  # "by nearly 2-1": one side as many times the other, not a score
    first = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if first is not None and _poll_shares(first[0], raw.value, raw.value_high):
        return tuple(  # type: ignore[return-value]
            Quantity(span=char_span(doc, match.start(g), match.end(g)), value=float(match.group(g)), unit="percent", display_unit="percent")
            for g in (1, 2)
        )  # "a poll has her ahead 41-40": each side's share, not a score
    before = first[0].nbor(-1) if first is not None and first[0].i > first[0].sent.start else None
    if before is None or before.like_num or (
        before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and ((first[0].head == before and before.dep_ != "dobj") or first[0].ent_type_ not in ("", "CARDINAL"))
        and not any(verb.i < before.i and verb.lemma_.lower() in _BEATEN_SIDE_VERBS for verb in (before.head, before.head.head))
    ):
        # "Section 12-3", "Interstate 95-1": part of a name; "beat the Rhinos 31-17", "beat undefeated Clemson 45-40"
        # (the parser hangs the score on the name): the beaten side, then the score
        return None
    if _working_hours(doc, match, before):
        return None  # "open 9-5", "a 9-5 job": hours of a day, not a score
    if _OUTNUMBER.search(text, max(0, match.start() - 40), match.start()):
        return None  # "outnumber them 3-1": a ratio, not two sides' counts (the tagger takes the verb for a noun)
    voted = _under_vote(first[0]) or _bracketed_vote(doc, first[0], match.start(), match.end())  # "passed the Senate (52-47)"
    unit, display = ("votes", "votes") if voted else ("count", "score")  # "confirmed 52-48": votes
    if raw.value_high == raw.value and unit != "votes":
        return None  # "a 50-50 chance", "tied at 89-89": even odds or a level game, no tally of votes
    return tuple(  # type: ignore[return-value]
        Quantity(span=char_span(doc, match.start(g), match.end(g)), value=float(match.group(g)), unit=unit, display_unit=display)
        for g in (1, 2)
    )


def _game_score(doc: Doc, text: str, match: re.Match[str]) -> bool:
    """'lost 1-4', 'was losing 0-2': a pair right after a verb of a game with no noun after it is a score in the order
    the copy writes it, even upwards; 'won 3-5 seats' is a range of what was won."""
    if not _GAME_BEFORE_BY.search(text, max(0, match.start() - 12), match.start()):
        return False
    after = doc.char_span(match.end(), len(text), alignment_mode="expand")
    return after is None or len(after) == 0 or (after[0].pos_ not in ("NOUN", "PROPN", "SYM") and after[0].text != "%")


_BY_RATIO_BEFORE = re.compile(r"\b[Bb]y\s+(?:an?\s+)?(?:(?P<q>nearly|almost|about|roughly|more\s+than|better\s+than|over)\s+)?$")
_RATIO_AFTER = re.compile(r"\s*(?:margin|ratio)\b")
_GAME_BEFORE_BY = re.compile(r"\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beaten|edged|leads?|leading|led|trail(?:s|ed|ing)?)\s+$", re.I)
_RATIO_QUALIFIERS = {"nearly": "approximately", "almost": "approximately", "about": "approximately", "roughly": "approximately"}


def _odds_ratio(doc: Doc, start: int, end: int, larger: float, smaller: float) -> Quantity | None:
    """'by nearly 2-1', 'by 3 to 1', 'by a 2-1 margin': a pair to one after "by" is how many times one side outnumbers the
    other (a ratio), not a score or a tally."""
    if smaller != 1 or larger <= 1:
        return None
    text = doc_text(doc)
    before = _BY_RATIO_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return None
    if _GAME_BEFORE_BY.search(text, max(0, before.start() - 12), before.start()) and not _RATIO_AFTER.match(text, end):
        return None  # "won by 3-1": a game's score ("won by a 3-1 margin" of voters stays a ratio)
    qualifier = "exact"
    if before.group("q"):
        words = re.sub(r"\s+", " ", before.group("q").lower())
        qualifier = _RATIO_QUALIFIERS.get(words, "more_than")
    begin = before.start("q") if before.group("q") else start
    return Quantity(span=char_span(doc, begin, end), value=larger, unit="ratio", display_unit="to 1", qualifier=qualifier)  # type: ignore[arg-type]


_POINTS_OPEN = re.compile(r"\bpoints?\s*\(\s*$", re.I)


def _poll_shares(first: Token, larger: float, smaller: float) -> bool:
    """'leads 52-48 in the latest poll', 'a survey has him ahead 41-40', 'won by 22 points (47 to 25)': a pair that adds up
    to at most 100 in a sentence naming a poll or survey, or in brackets after a lead in points, is the two sides' shares
    (``poll_pairs``); not a tally under a word of voting, '50-50', nor a ratio ('by 2-1': a side under 3 or a larger under 10)."""
    if larger + smaller > 100 or larger == smaller == 50 or smaller < 3 or larger < 10:
        return False
    text = doc_text(first.doc)
    if not (_POINTS_OPEN.search(text, max(0, first.idx - 12), first.idx) or any(t.lemma_.lower() in _POLL_WORDS for t in first.sent)):
        return False
    return not _under_vote(first)


def _under_vote(token: Token) -> bool:
    """Whether a tally hangs on a word of voting ('voted 7 to 2', 'was approved 9-0', 'a vote of 64 to 31'): up through
    numbers, prepositions and particles, the first other word decides ('voted to raise it from 5 to 7' hangs on 'raise')."""
    for _ in range(5):
        if token.dep_ == "ROOT" and token.pos_ in ("NUM", "SYM", "ADP", "PART"):
            return False
        token = token.head
        if token.pos_ not in ("NUM", "SYM", "ADP", "PART", "PUNCT"):
            return token.pos_ in ("VERB", "NOUN") and token.lemma_.lower() in _TALLY_HEADS
    return False


_WORDED_TALLY = re.compile(r"\s+to\s+(\d{1,3})(?![\d%]|[.,]\d|\s*[-\u2013])")


def _upward_bracketed_tally(doc: Doc, text: str, match: re.Match[str]) -> bool:
    """'the motion failed in the assembly (45-55)', 'the Senate voted (48-52)': a pair written from the smaller, alone
    in brackets, right after the body that voted or under a word of voting, is a tally (a motion can lose), as the
    worded form '(45 to 55)' is; anywhere else a pair that runs upwards is a range ('(20-30)', 'ages (18-24)')."""
    if text[match.start() - 1 : match.start()] != "(" or text[match.end() : match.end() + 1] != ")":
        return False
    first = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if first is None or len(first) == 0:
        return False
    return _bracketed_vote(doc, first[0], match.start(), match.end()) or _under_vote(first[0])


def _bracketed_vote(doc: Doc, first: Token, start: int, end: int) -> bool:
    """'cleared the House (218 to 211)', 'passed the Senate (52-47)': a tally alone in brackets right after the body
    that voted counts its votes (``vote_sides.bodies``), the verb of voting may stand apart or be none of its words."""
    text = doc_text(doc)
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")" or first.i < 2 or doc[first.i - 1].text != "(":
        return False
    body = doc[first.i - 2]
    return body.pos_ in ("NOUN", "PROPN") and body.lemma_.lower() in _VOTING_BODIES


def _worded_tally(doc: Doc, raw: RawQuantity, following: RawQuantity | None) -> tuple[Quantity, Quantity] | None:
    """'the council voted 7 to 2', 'rejected it 11 to 4', 'a vote of 64 to 31': a tally written from the larger with
    'to' and no noun, hanging on a word of voting, is the votes of each side (each with its own span). Not a move
    ('from 5 to 7'), nor an upward range ('approved 5 to 10 homes'), nor a figure a noun or unit follows."""
    if raw.kind != "bare" or raw.spelled or raw.value_high is not None or following is None or following.kind != "bare":
        return None
    text = doc_text(doc)
    match = _WORDED_TALLY.match(text, raw.number_end)
    if match is None or match.start(1) != following.number_start or following.value_high is not None:
        return None
    first = doc.char_span(raw.number_start, raw.number_end, alignment_mode="expand")
    bracketed = first is not None and _bracketed_vote(doc, first[0], raw.number_start, match.end(1))
    if following.value > raw.value and not bracketed:
        return None
    if re.search(r"\b(?:from|between)\s+$", text[max(0, raw.number_start - 9) : raw.number_start], re.I):
        return None
    if (ratio := _odds_ratio(doc, raw.number_start, match.end(1), raw.value, following.value)) is not None:
        return (ratio,)  # type: ignore[return-value]  # "outnumber them by 80 to 1": a ratio
    second = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if first is not None and second is not None and _poll_shares(first[0], raw.value, following.value):
        return (  # "beat her by 22 points (47 to 25)", "leads 45 to 42 in the poll": each side's share
            Quantity(span=char_span(doc, raw.number_start, raw.number_end), value=raw.value, unit="percent", display_unit="percent"),
            Quantity(span=char_span(doc, match.start(1), match.end(1)), value=following.value, unit="percent", display_unit="percent"),
        )
    if first is None or second is None or not bracketed and not _under_vote(first[0]) and not _under_vote(second[0]):
        return None
    after = doc[second[-1].i + 1] if second[-1].i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "voted 12 to 10 new members": a count of members
    return (
        Quantity(span=char_span(doc, raw.number_start, raw.number_end), value=raw.value, unit="votes", display_unit="votes"),
        Quantity(span=char_span(doc, match.start(1), match.end(1)), value=following.value, unit="votes", display_unit="votes"),
    )


_WORKING_HOURS = lexicon()["working_hours"]


def _working_hours(doc: Doc, match: re.Match[str], before: Token) -> bool:
    """Two clock hours (1 to 12) around a word of opening or work: 'open 9-5', 'a 9-5 job'."""
    if not all(1 <= int(match.group(g)) <= 12 for g in (1, 2)):
        return False
    last = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
    after = last[-1].nbor(1) if last is not None and last[-1].i + 1 < len(doc) else None
    return before.lemma_.lower() in _WORKING_HOURS["before"] or (after is not None and after.lower_ in _WORKING_HOURS["after"])


_COMPARED = re.compile(r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?)\s+$", re.I)


_SIGN_IN_BRACKET = re.compile(r"\s*\(\s*(?P<sign>[+\-−])\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _bracketed_change(text: str, previous: Quantity | None, raw: RawQuantity) -> int | None:
    """'gold $1,912 (+8), silver $23.10 (-0.15)': a signed bare figure alone in brackets right after a price or a share
    is its change in the same unit (was lost, or a bare count); where the sign starts, or None. Not after an amount
    with a scale word ("$3.2 billion (+0.1)": the change's scale is not written)."""
    if previous is None or not (_money(previous) or previous.unit == "percent"):
        return None
    if any(word in lexicon()["scales"] for word in (previous.display_unit or "").split()):
        return None
    sign = _SIGN_IN_BRACKET.fullmatch(text, previous.span.end, raw.number_start)
    if sign is None or _BRACKET_CLOSES.match(text, raw.end) is None:
        return None
    return sign.start("sign")


def _same_count_compared(text: str, previous: Quantity | None, raw: RawQuantity) -> bool:
    """A bare figure an earlier count is compared with counts the same nouns ("1,000 people signed up, up from 800
    last month", "350 stores, compared with 290 a year earlier"): the noun right after the earlier figure, then at
    most a clause, "up from", "down from", "compared with", "against" or "versus", and nothing else counted between."""
    if previous is None or raw.spelled or not previous.display_unit or not previous.display_unit.isalpha():
        return False
    if previous.unit != previous.display_unit.lower():
        return False  # a count of a noun, not money, a unit or a duration
    between = text[previous.span.end : raw.start]
    if len(between) > 80 or any(c in between for c in ".;:!?()") or any(c.isdigit() for c in between):
        return False
    if re.fullmatch(rf"\s+{re.escape(previous.display_unit)}\s+from\s+", between) and _TO_BEFORE.search(text, max(0, previous.span.start - 6), previous.span.start):
        return True  # "will cut its branches to 260 branches from 310": a level "to" the count and the one it was changed "from"
    return re.match(rf"\s+{re.escape(previous.display_unit)}\b", between) is not None and _COMPARED.search(between) is not None


_TO_BEFORE = re.compile(r"\bto\s+$")
_TO_BETWEEN = re.compile(r"\s+to\s+")
_REMAINING_BEFORE = re.compile(r"\b[Tt]he\s+(?:remaining|other)\s+$")
_VERB_OR_STOP_AFTER = re.compile(r"\s*(?:[,;.:]|\s(?:are|were|is|was|have|had|has|will|would|could|may|might|must|can|went|stayed|remain|remained)\b)")


def _remaining_of(doc: Doc, raw: RawQuantity, number: SpacySpan, *before: Quantity | None) -> Quantity | None:
    """'freed 40 prisoners. The remaining 25 are still held', 'of the 30 seats, the remaining 8 went to ...': the
    rest of a group counted just before, its noun left out, in a clause with a verb of its own (or the same
    sentence or the one before)."""
    text = doc_text(doc)
    if raw.spelled or not _REMAINING_BEFORE.search(text, max(0, raw.start - 16), raw.start) or not _VERB_OR_STOP_AFTER.match(text, raw.end):
        return None
    first = doc[_sentence_before(doc, number.sent, 1)].idx
    return next((q for q in before if _noun_count(q) and q.span.start >= first), None)


_OUTSTANDING_AFTER = re.compile(r"\s+outstanding\b")


def _outstanding_of(doc: Doc, raw: RawQuantity, number: SpacySpan, *before: Quantity | None) -> Quantity | None:
    """'up to 2 million of its shares, or 8% of the 12.5 million outstanding': a bare figure before 'outstanding'
    with no noun counts what a count earlier in the sentence counts."""
    if raw.spelled or not _OUTSTANDING_AFTER.match(doc_text(doc), raw.end):
        return None
    return next((q for q in before if _noun_count(q) and q.span.start >= number.sent.start_char), None)


_PARTICIPLES_LIKE_NOUNS = frozenset(("forecast", "forecasted", "estimated", "expected", "predicted", "projected", "anticipated"))


def _noun_after_participle(token: Token) -> Token | None:
    """The plural noun after a participle the parser takes for the verb of the figure before it ("had 1,630 pledged
    delegates", "1,630 pledged delegates to Lund's 870"): the figure is its subject, right before it, and the noun its
    object, right after it."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.i != token.i + 1 or verb.tag_ not in ("VBD", "VBN") or not verb.is_lower:
        return None
    noun = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if noun is None or noun.tag_ != "NNS" or noun.pos_ != "NOUN":
        return None
    # its object; or the subject of a later verb ("40 pledged delegates and six others were at stake"), which leaves
    # the participle no clause of its own
    object_of_participle = noun.head.i == verb.i and noun.dep_ == "dobj"
    subject_of_later_verb = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i
    return noun if object_of_participle or subject_of_later_verb else None


_FACTOR_OF = re.compile(r"\b(?:an?\s+)?factor\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$")
_AS_MANY_NOUN = re.compile(r"\s+as\s+(?:many|much|[a-z]+\s+an?)\s+(?=[a-z])")  # "as many containers", "as high a dividend"
_AS_WORD = re.compile(r"\s+as\s+(?=[a-z])")


def _with_factor_words(text: str, raw: RawQuantity, factor_start: int) -> RawQuantity:
    """'rose by more than a factor of five': the multiple is the words 'a factor of five' a reader sees, with the
    qualifier before them ('more than', 'roughly'), not the figure alone."""
    qualifier, start = qualifier_before(text, factor_start)
    return replace(raw, start=min(start, raw.start), qualifier=raw.qualifier if qualifier == "exact" else qualifier)


def _multiple_without_degree(doc: Doc, raw: RawQuantity) -> bool:
    """'served twice as mayor', 'won twice as an outsider': 'twice as' before a word that is no adjective or adverb
    says how often, not how much more ('twice as powerful', 'half as many')."""
    match = _AS_WORD.match(doc_text(doc), raw.end)
    if match is None or (word := _token_at(doc, match.end())) is None:
        return False
    return word.tag_ not in ("JJ", "JJR", "RB", "RBR") and word.lower_ not in ("many", "much", "few", "little")


def _compared_by_multiple(doc: Doc, raw: RawQuantity, number: SpacySpan) -> Token | None:
    """What a multiple compares: the noun after 'as many', 'as much' or 'as high a' ('three times as many containers'), else the
    subject of the clause whose adjective it scales ('the new engine is twice as powerful', 'the chip is four times
    faster'), else what a verb multiplies 'by a factor of' ('multiplied its output by a factor of ten': the output)."""
    text = doc_text(doc)
    if (match := _AS_MANY_NOUN.match(text, raw.end)) is not None:
        noun = _token_at(doc, match.end())
        while noun is not None and noun.pos_ in ("ADJ", "NOUN") and noun.head.i > noun.i and noun.head.pos_ == "NOUN" and noun.head.i - noun.i <= 2:
            noun = noun.head  # "as many shipping containers"
        return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None
    verb = number[-1]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    factor = _FACTOR_OF.search(text, max(0, raw.number_start - 24), raw.number_start) is not None
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None) if factor else None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
    if moved is None and subject is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        return verb.head  # "Costs multiplied by a factor of ten": the parser hangs the verb on its subject as a participle
    return moved or subject


def _noun_after_glued_scale(raw: RawQuantity, token: Token) -> Token | None:
    """'passed 850k downloads', 'said 12k votes were': a figure with its scale letter glued on is no number to the
    tagger, so the parse around it is wrong (the figure a subject, the noun a verb or a clause); the lower-case plural
    right after it, joined to it in the parse either way, is what it counts."""
    if not _GLUED_SCALE.search(doc_text(token.doc), raw.number_start, raw.number_end) or token.i + 1 >= len(token.doc):
        return None
    noun = token.doc[token.i + 1]
    if noun.idx != raw.number_end + 1 or not (noun.is_alpha and noun.is_lower) or noun.tag_ not in ("NNS", "VBZ"):
        return None
    if noun.tag_ == "VBZ" and _after_determiner_or_noun(token):
        return None  # "The 5k runs through the park": the figure names a race, the subject of a real verb
    return noun if token.head.i == noun.i or noun.head.i == token.i else None


def _after_determiner_or_noun(token: Token) -> bool:
    """'the 5k', 'the charity 10k', 'its 4k': a figure after a determiner, a possessive or a noun can name a thing."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and (before.pos_ in ("DET", "NOUN", "PROPN") or before.tag_ == "PRP$")


def _participle_read_as_noun(counted: Token) -> bool:
    """'the 220,000 forecast by analysts': a participle of forecasting the tagger reads as the counted noun, with its
    agent after it; the figure leaves out the noun a count before it gave."""
    following = counted.doc[counted.i + 1] if counted.i + 1 < len(counted.doc) else None
    return counted.lower_ in _PARTICIPLES_LIKE_NOUNS and following is not None and following.lower_ == "by"


_LINKING_VERBS = frozenset(lexicon()["linking_verbs"]["lemmas"])
_PARTICLES = frozenset(lexicon()["verb_particles"]["words"])


def _with_particles(verb: Token, figure_start: int) -> int:
    """Where an act ends: after the particles that alone stand between its verb and the figure ("Tokyo set aside",
    "the Treasury handed over"), which make the verb what it is; the verb's own end otherwise ("led in Maine by 8")."""
    doc, end = verb.doc, verb.i + 1
    while end < len(doc) and doc[end].idx < figure_start and doc[end].lower_ in _PARTICLES and doc[end].pos_ in ("ADP", "ADV", "PART"):
        end += 1
    return end if end >= len(doc) or doc[end].idx >= figure_start else verb.i + 1


def _is_actor_subject(token: Token, limit: int) -> bool:
    """A figure's subject that names an actor ("Japan") says who, not what: keep the verb with it. Not a linking
    verb's ("the Dax was 0.5% lower"): that subject is what is measured, and no act is named. Nor a common noun the
    tagger takes for a name only because its capital opens the sentence ("Harvests grew", "Households paid")."""
    verb = token.head
    misread = token.pos_ == "NOUN" and token.is_sent_start
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and (token.pos_ == "PROPN" or (token.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and not misread))
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_ not in _LINKING_VERBS
        and token.i < verb.i
        and verb.i - token.left_edge.i < limit
    )


def _pronoun_subject(token: Token, limit: int) -> bool:
    """A personal pronoun as the subject of its verb ("She trails X by 15 points"): the measured phrase keeps the verb
    ("She trails"), as an actor's does; the topic component says whom the pronoun stands for."""
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PRON" and verb.pos_ in ("VERB", "AUX") and token.i < verb.i and verb.i - token.i < limit


_DOER_PRONOUNS = frozenset(("he", "she", "it", "they", "we"))


def _pronoun_doer(root: Token) -> Token | None:
    """'It spent $40 million on trains', 'They paid €2 billion': the personal pronoun that is the subject of the verb
    whose object the figure is, which the measured head leaves out (a pronoun alone names nothing). Not a share "of"
    something ("it holds 5% of the shares": the shares), nor a length or weight ("we saw ... 16,000 feet")."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _DOER_PRONOUNS and c.i < verb.i), None)


def _infinitival(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_HELD_AFTER = re.compile(r"\s+(?P<prep>of|in)\s+(?=[a-z])")
# "$500,000 in total", "$2 million in return": an adverbial phrase, not what the money is
# "closed at $13.62 in composite trading": where a price was made, not what it is of
_NOT_HELD_NOUNS = frozenset(("total", "all", "addition", "return", "exchange", "value", "part", "fact", "excess", "advance", "turn", "kind", "time", "place", "trading", "dealings", "dealing", "session"))
_NOT_HELD = frozenset(("DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"))


def _noun_held(doc: Doc, raw: RawQuantity, kind: str) -> Token | None:
    """'nine hours of talks', '20 years of service', '900 hours of flight time', '$40 million in emergency grants', '$2
    million in cash': the noun after 'of' (a duration, a physical amount, money) or after 'in' with no determiner (money)
    is what the amount measures. 'in' before a place, a date or a determiner ('$5 million in Ohio', 'in June', 'in the
    bank') says where or when."""
    match = _HELD_AFTER.match(doc_text(doc), raw.end)
    if match is None or (match.group("prep") == "in" and kind != "money"):
        return None
    prep = _token_at(doc, match.start("prep"))
    if prep is None or prep.lower_ != match.group("prep"):
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in _NOT_HELD or noun.i - prep.i > 6 or noun.lower_ in _TIME_UNITS or noun.lower_ in _NOT_HELD_NOUNS:
        return None
    if prep.lower_ == "in" and any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None
    return noun


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _rate_after(doc: Doc, noun: Token) -> str | None:
    """The time rate right after a counted noun ("vehicles a year" -> "year")."""
    return _rate_at(doc_text(doc), noun.idx + len(noun.text))


_OF_WHAT = re.compile(r"\s+of\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?")


_PER_NOUN = re.compile(r"\s+(?:(?P<per>per)|an?)\s+(?=[a-z])")


def _per_noun(doc: Doc, end: int) -> Token | None:
    """The singular common noun right after 'per' ('$2.1m per patient', '£40 per household'), if that is what follows;
    after 'a' only where a period follows the noun ('$10 a user a month', '€90 a room a night'): alone, "$5 a piece"
    or "$3 a gallon" may be no price of a noun the reader counts."""
    text = doc_text(doc)
    match = _PER_NOUN.match(text, end)
    if match is None:
        return None
    span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    if token is None or token.tag_ != "NN" or token.idx != match.end():
        return None
    return token if match.group("per") or second_rate_at(text, token.idx + len(token.text)) is not None else None


def _second_rate(doc: Doc, raw: RawQuantity) -> tuple[str, int] | None:
    """A price's second rate, a period or a noun after 'per', right after its first, which a rate the grammar did not
    know ('per group') left unread: (the rate, where it ends)."""
    second = second_rate_at(doc_text(doc), raw.end)
    if second is None and (per := _per_noun(doc, raw.end)) is not None:
        second = per.lemma_.lower(), per.idx + len(per.text)
    return second if second is not None and second[0] != raw.rate else None


_GUARDED_RATE = re.compile(rf"\s+(?P<rate>{'|'.join(lexicon()['second_rate_periods']['periods'])})(?![\w-])")


def _guarded_rate(doc: Doc, end: int) -> tuple[str, int] | None:
    """A period read second after a price ("8 cents a share a quarter") read first, right after an amount ("$2 billion
    a quarter"), where no "of" or noun follows it: "a quarter of it", "a quarter century" are a share and a span.
    (the period, where it ends) or None."""
    match = _GUARDED_RATE.match(doc_text(doc), end)
    word = _token_at(doc, match.end() - 1) if match is not None else None
    if word is None or (word.i + 1 < len(doc) and (doc[word.i + 1].lower_ == "of" or doc[word.i + 1].pos_ in ("NOUN", "PROPN", "NUM"))):
        return None
    return lexicon()["second_rate_periods"]["periods"][match.group("rate")], match.end()


def _rate_after_what(doc: Doc, end: int) -> str | None:
    """The time rate after what an amount is of, in one or two words ("1.2 million barrels of crude oil a day" -> "day")."""
    text = doc_text(doc)
    what = _OF_WHAT.match(text, end, min(len(text), end + 40))
    if what is None:
        return None
    return _rate_at(text, what.end(1)) or (_rate_at(text, what.end(2)) if what.group(2) else None)


def _rate_at(text: str, at: int) -> str | None:
    following = text[at : at + 26].lower()  # " every academic year"
    for phrase, period in _RATE_PHRASES:
        if following.startswith(phrase) and not following[len(phrase) : len(phrase) + 1].isalpha():
            rest = following[len(phrase) :].strip()
            if not rest.startswith(("earlier", "ago", "later", "before", "after")):
                return period
    return None


def _share_group(doc: Doc, raw: RawQuantity) -> Token | None:
    """The group a share is of: the object of 'of' ("half of the members"), or the noun after 'out of three'."""
    after = doc.char_span(raw.number_end, len(doc_text(doc)), alignment_mode="expand")
    if after is None or len(after) == 0:
        return None
    first = after[0]
    if first.lower_ == "of":
        return next((c for c in first.children if c.dep_ == "pobj"), None)
    last = doc.char_span(raw.start, raw.end, alignment_mode="expand")
    head = last[-1].head if last is not None and len(last) else None
    return head if head is not None and head.pos_ in ("NOUN", "PROPN") and head.i >= last[-1].i else None


_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _plausible_bare(raw: RawQuantity, number: SpacySpan, compared: bool = False, listed: bool = False) -> bool:
    """A number with no unit can still be a figure, but not a year, a score, an identifier or part of a model name.

    ``compared``: an earlier count is compared with it, so the tagger's date around it ("up from 800 last month")
    is the date of the comparison, not the figure. ``listed``: it is an item of a compact list, so the name before it
    is whose figure it is, not a model's name."""
    if raw.value_high is not None and raw.value_high < raw.value:
        return False  # "2-0" is a score, not a range
    text = doc_text(number.doc)
    written = text[raw.number_start : raw.number_end]
    if len(written) >= 10 and written.isdigit():
        return False  # ten digits and more with no separator: an identifier (a message id in markup), not a count
    if text[raw.number_end : raw.number_end + 1] == "/" and text[raw.number_end + 1 : raw.number_end + 2].isdigit():
        return False  # "the 3/11 gaffe", "24/7 coverage": a date or a schedule written with a slash, not a count
    token = number[-1]
    four_digits = raw.number_end - raw.number_start == 4 and raw.value.is_integer()
    recent_year = four_digits and 1900 <= raw.value <= 2100
    old_year = four_digits and 1000 <= raw.value < 1900 and token.ent_type_ not in ("CARDINAL", "QUANTITY")
    grouped = "," in doc_text(number.doc)[raw.number_start : raw.number_end]  # "2,615.30": no date or clock time is written so
    # nor "two and a half million": the tagger reads spelled halves as dates, but a date has no scale word
    # "12k votes", "holds 60k": a glued scale letter is no date, unless the figure may name a thing ("the charity 10k")
    glued = _GLUED_SCALE.search(text, raw.number_start, raw.number_end) is not None and not _after_determiner_or_noun(token)
    scaled = token.lower_ in _LARGE_SCALES or glued
    if (
        (token.ent_type_ in ("DATE", "TIME") and not grouped and not scaled and not compared and not listed and not _counts_plural(number))
        or recent_year or old_year
    ) and not (four_digits and _year_like_count(number.doc, raw)):
        return False  # a bare year ("the 2022 sanctions") is a time expression
    sentence = number[0].sent
    before = number[0].nbor(-1) if number[0].i > sentence.start else None
    after = number[-1].nbor(1) if number[-1].i + 1 < sentence.end else None
    named_noun = _noun_after_name(token)  # "Nine Pacific Rim economies": the parser hangs the figure on the name
    if (
        after is not None
        # "1,534,600 Zenith common shares": the parser's nmod before an adjective; "three Acme's directors": a possessive
        and after.dep_ in ("compound", "nmod", "poss")
        # "among the 30,000 Moreno's lawyers sent": after "the", a possessive opens a clause; the figure's noun is elided
        and not (after.dep_ == "poss" and before is not None and before.dep_ == "det")
        and (
            (token.dep_ == "nummod" and (token.head.tag_ in ("NNS", "NNPS") or (raw.value == 1 and token.head.tag_ == "NN")))
            or named_noun is not None
        )
        and (
            raw.spelled
            or _looks_like_figure(doc_text(number.doc)[raw.number_start : raw.number_end])
            or (after.ent_iob_ == "B" and after.ent_type_ == "ORG" and token.ent_type_ != "ORG")
            or after.ent_type_ in ("LOC", "FAC")
            or (named_noun or token.head).lemma_.lower() in person_nouns()
            or _counts_before_name(written, after, named_noun or token.head)
        )
    ):
        # "six Carnegie Hall concerts", "1,200 Starbucks stores", "85 Embraer jets" (a maker's name the tagger begins an
        # organisation at, the figure outside it): the name is part of what is counted ("737 Max jets" stays a model);
        # so is a place's name ("the 12 Elmwood families") and any name before people ("the 9 Grand Lake victims"):
        # a model names a product, not people; and a count of one or two digits or with a thousands separator counts
        # what a name describes ("16 Grand Slam titles", "20 Premier League goals": a model's number has three digits
        # or more, "737 Max jets")
        after = None
    text = doc_text(number.doc)
    if after is not None and raw.counted_at is not None and after.idx <= raw.counted_at:
        after = None  # "1.3m NHS staff", "4.1m TEU": the noun a glued scale counts, or a name describing it; no model name
    if raw.number_start >= 2 and text[raw.number_start - 1] in "+-−" and text[raw.number_start - 2].isspace():
        before = None  # "the Nasdaq -35.2", "Dow +120.5": a signed change after an index's name, not part of the name
    for neighbour in (before, after):
        if neighbour is not None and neighbour is after and neighbour.lower_ in _WEEKDAYS:
            continue  # "the chipmaker's stock fell 7/8 Thursday": a day of the week dates the move; no name is numbered by it
        if neighbour is not None and neighbour.pos_ == "PROPN" and neighbour.text[:1].isupper() and neighbour.ent_type_ not in ("GPE", "NORP"):
            if neighbour is before and (grouped or listed):
                continue  # "Dow 34,512": a level after an index's name; a name's number has no thousands separator
            return False  # a model or index name: "iPhone 12", "Fortune 100", "737 Max"
    return True


_MODEL_OPENERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "'s", "’s", "new"))


def _model_number(doc: Doc, raw: RawQuantity, number: SpacySpan, counted: Token) -> bool:
    """'the firm's 68040 graphics processor', 'the 757 freighter', 'a 767 jet': three digits or more, no separator, written
    apart before a singular common noun and after a determiner or a possessive, name a model; a count of more than
    one takes a plural ('the 300 recorded songs', '787 Dreamliner' a name and '150 kn' a unit are untouched)."""
    written = doc_text(doc)[raw.number_start : raw.number_end]
    if raw.spelled or raw.value_high is not None or raw.qualifier != "exact" or not written.isdigit() or len(written) < 3:
        return False
    if written.startswith("0") or doc_text(doc)[raw.number_end : raw.number_end + 1] != " ":
        return False  # "a 700-room hotel": a size hyphened into a modifier is a count
    if counted.tag_ != "NN" or counted.pos_ != "NOUN" or not 0 < counted.i - number[-1].i <= 2:
        return False
    if any(t.pos_ != "NOUN" for t in doc[number[-1].i + 1 : counted.i]):
        return False
    before = doc[number[0].i - 1] if number[0].i > 0 else None
    return before is not None and (before.lower_ in _MODEL_OPENERS or before.dep_ == "poss")


_MODEL_PAIR = re.compile(r"\d{3,}[-–]\d{2,}")


def _model_designation(doc: Doc, raw: RawQuantity) -> bool:
    """'the 747-400 was grounded', 'its 737-800's recorder': three digits or more hyphened to more digits, right after a
    determiner and before no noun, name a model and its variant, not a score nor a range ('the 300-400 delegates')."""
    if raw.kind != "bare" or raw.value_high is None or raw.spelled or not _MODEL_PAIR.fullmatch(doc_text(doc), raw.number_start, raw.number_end):
        return False
    number = doc.char_span(raw.number_start, raw.number_end, alignment_mode="expand")
    if number is None or number[0].i == 0 or number[0].nbor(-1).lower_ not in _MODEL_OPENERS:
        return False
    after = number[-1].nbor(1) if number[-1].i + 1 < len(doc) else None
    return after is None or after.tag_ in ("POS", "MD") or after.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ")


def _noun_after_name(token: Token) -> Token | None:
    """'Nine Pacific Rim economies': the parser hangs a figure before a capitalised name on the name (a compound of
    proper nouns), and the name on the plural noun it describes; that noun is what the figure counts."""
    if token.dep_ not in ("compound", "nummod") or token.head.pos_ != "PROPN" or not 0 < token.head.i - token.i <= 3:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in token.doc[token.i + 1 : token.head.i + 1]):
        return None
    name = token.head
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i and name.head.i - token.i <= 3:
        name = name.head
    noun = name.head
    if name.dep_ in ("compound", "poss") and noun.pos_ == "NOUN" and noun.tag_ == "NNS" and 0 < noun.i - name.i <= 1 + (name.dep_ == "poss"):
        return noun
    if name.dep_ == "nmod" and noun.pos_ == "NOUN" and noun.tag_ == "NNS" and 2 < noun.i - name.i <= 4:
        if _name_of_words(token.doc[name.i : noun.i]):  # "12 Bank of Canada economists": the name hangs as nmod
            return noun
    return None


def _name_of_words(between: list[Token] | SpacySpan) -> bool:
    """'House of Commons', 'Bank of England': an 'of' inside a capitalised name, not a preposition after the count."""
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() or (t.lower_ == "of" and 0 < i < len(between) - 1) for i, t in enumerate(between))


def _first_end(token: Token, number: SpacySpan) -> Token:
    """The word of a range the parser hangs on the counted noun: "between 1.5 million and 2 million people", "some 30-40
    people" (the second end hangs on the first, as a conjunct or a preposition; "hundreds of thousands" is no range)."""
    while token.dep_ in ("conj", "prep") and number[0].i <= token.head.i < token.i:
        token = token.head
    return token


def _counts_before_name(written: str, name: Token, noun: Token) -> bool:
    """'16 Grand Slam titles', '3 World Cup finals', '1,200 Acme stores': a count written in one or two digits, or
    grouped in thousands, before a capitalised name of at most three words and the plural noun it describes."""
    short = written.isdigit() and len(written) <= 2 and not written.startswith("0")
    grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+", written) is not None
    return (short or grouped) and noun.pos_ == "NOUN" and 0 < noun.i - name.i <= 3


def _counts_plural(number: SpacySpan) -> bool:
    """'between 30 and 40 workers', '20 summer interns': the number (its first end, where the parser hangs the range)
    counts the plural common noun right after it or after one or two lower-case nouns that describe it, so the tagger's
    date over "between 30 and 40" or "20 summer" is wrong: a date counts no workers ("the 20 May talks", with a name
    between, stays a date)."""
    token = _first_end(number[-1], number)
    noun = _plural_past_modifiers(token)
    between = number.doc[number[-1].i + 1 : noun.i]
    described = len(between) <= 2 and all(t.tag_ == "NN" and t.is_lower for t in between)
    return token.dep_ == "nummod" and noun.i > number[-1].i and described and noun.tag_ == "NNS" and noun.pos_ == "NOUN"


def _plural_past_modifiers(figure: Token) -> Token:
    """The plural noun a figure counts where the parser hangs the figure on a lower-case noun written apart after it
    that describes it ("20 summer interns", "12 night shifts", "250 county Democrats": on "summer", "night",
    "county"; a plural of a party's members or of nationals counts as a common plural does); the figure's head
    otherwise, and where that noun is a unit the figure measures ("10 year bonds", "5 mile runs", "32-bit chips")."""
    head = noun = figure.head
    if head.i != figure.i + 1 or not figure.whitespace_:
        return head
    while (
        noun.dep_ == "compound" and noun.tag_ == "NN" and noun.is_lower and noun.lower_ not in _UNIT_LIKE
        and noun.head.i == noun.i + 1 and noun.head.i - head.i <= 2
    ):
        noun = noun.head
    # a count of one takes the singular: "the one element Republicans lack" names an element, no Republicans
    members = noun.tag_ == "NNPS" and noun.ent_type_ == "NORP" and figure.lower_ not in ("one", "1")
    return noun if (noun.tag_ == "NNS" and noun.pos_ == "NOUN") or members else head


def _year_like_count(doc: Doc, raw: RawQuantity) -> bool:
    """'a poll of 1986 adults', 'nearly 1900 homes', 'surveyed 2015 adults': four digits in the years' range count the
    plural noun they modify where a qualifier hangs on them (a year takes none), the noun is what a sample or total is
    of, or what a verb of surveying or counting counts. 'The 2016 voters', 'among 2012 voters' stay years."""
    if raw.kind != "bare" or raw.value_high is not None or raw.number_end - raw.number_start != 4:
        return False
    number = doc.char_span(raw.number_start, raw.number_end)
    if number is None or len(number) != 1:
        return False
    token, noun = number[0], number[0].head
    if token.dep_ != "nummod" or noun.tag_ != "NNS" or noun.pos_ != "NOUN" or not 0 < noun.i - token.i <= 3:
        return False
    if any(c.dep_ in ("advmod", "quantmod") and c.i < token.i and c.lower_ in _YEAR_COUNT_QUALIFIERS for c in token.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _YEAR_COUNT_OF_NOUNS:
        return True
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _YEAR_COUNT_VERBS


def _ranked_noun(number: SpacySpan) -> Token | None:
    """'the No. 2 official', 'the No. 1 Dutch brewer': the noun after a rank written 'No.' and its number (the
    parser may hang the number on the split 'No' and '.', which hang on the noun)."""
    doc, last = number.doc, number[-1]
    if not doc_text(doc)[max(0, number.start_char - 4) : number.start_char].rstrip().endswith("No."):
        return None
    head = last.head
    while head.i < last.i and head.i >= number.start - 2 and head.head is not head:  # "No" / "." before the number
        head = head.head
    if head.i > last.i and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NN", "NNS"):
        return head
    return None


def _aged_one(number: SpacySpan) -> Token | None:
    """Whose age a figure gives where it hangs on no noun: 'the senator, aged 71,' (the noun 'aged' describes),
    'Being 63, the driver ...' (the subject of the clause it opens), 'the mayor, who at 77 is ...' (the noun the
    relative clause describes)."""
    doc, first, last = number.doc, number[0], number[-1]
    head = last.head
    if head.lower_ == "aged" and head.i == first.i - 1 and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
        return head.head
    if first.i >= 1 and doc[first.i - 1].lower_ == "being" and doc[first.i - 1].is_sent_start:
        return next((c for c in first.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if first.i >= 2 and doc[first.i - 1].lower_ in ("under", "over") and doc[first.i - 2].lower_ in _AGE_CUES["groups"]:
        return doc[first.i - 2]  # "voters under 30": the group's age
    if first.i >= 1 and _age_group(doc[first.i - 1]):
        return doc[first.i - 1]  # "voters 18 to 29", "blacks 45 and older"
    if last.dep_ == "pobj" and head.lower_ == "at" and head.head.dep_ == "relcl" and head.head.head.pos_ in ("NOUN", "PROPN"):
        return head.head.head
    return None


def _age_group(token: Token) -> bool:
    """A plural naming people right before a bare figure or a range, which then gives their ages ("voters 18 to 29",
    "adults 65 and older"): a group of ``age_cues``, a noun whose first WordNet sense is a person, or a nationality or
    a party's members ("Hispanics", "Democrats")."""
    return token.lower_ in _AGE_CUES["groups"] or (
        token.tag_ in ("NNS", "NNPS") and (token.lemma_.lower() in person_nouns() or token.ent_type_ == "NORP")
    )


# "65 and older", "18 and over", "18 or older", "50-plus": an age and every age above (or below) it
_OPEN_AGE_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?:older|over|up|above|younger|under)\b|-?plus\b)")


def _captioned_age(doc: Doc, first: Token, last: Token) -> bool:
    """A name of two to four capitalised words, a comma and a figure, alone between the start of a line (or of the
    sentence, or a colon) and a full stop ending it or the end of the line: "Karim Salem, 40." in a list of victims or
    under a photo ("Karim Salem (left), 40."), "Karim Salem, 40" as the heading line of a victim's profile, where the
    tagger often takes a foreign name for a place."""
    if first.i < 3 or doc[first.i - 1].text != "," or last.i + 1 >= len(doc):
        return False
    line_ends = doc[last.i + 1].is_space and "\n" in doc[last.i + 1].text  # the line ends right after the figure
    if not line_ends and doc[last.i + 1].text != ".":
        return False
    name_end = first.i - 2
    if name_end >= 3 and doc[name_end].text == ")" and doc[name_end - 2].text == "(" and doc[name_end - 1].is_lower:
        name_end -= 3  # "Karim Salem (left), 40.": a caption's place in the photo between the name and the age
    i = name_end
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].is_title and name_end - i < 4:
        i -= 1
    if name_end - i < 2:
        return False
    opens = i < 0 or doc[i].is_space or doc[i].text == ":" or doc[i + 1].is_sent_start
    closes = line_ends or last.i + 2 >= len(doc) or doc[last.i + 2].is_space or doc[last.i + 2].is_sent_start
    return opens and closes


def _is_age(raw: RawQuantity, number: SpacySpan) -> bool:
    """'Smith, 45, said', 'aged 45', 'over the age of 21', 'under age 14', 'younger than 30', 'the average age was 44':
    a number that gives a person's age."""
    doc, first, last = number.doc, number[0], number[-1]
    if first.i >= 1 and doc[first.i - 1].lower_ in ("aged", "ages") and raw.value_high is not None:
        return 0 < raw.value < raw.value_high < 125  # "voters aged 18 to 24"
    if first.i >= 2 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].lower_ == "ages" and raw.value_high is not None:
        return 0 < raw.value < raw.value_high < 125  # "between the ages of 21 and 35"
    if first.i >= 1 and _age_group(doc[first.i - 1]) and raw.value.is_integer():
        if raw.value_high is not None:
            return 0 < raw.value < raw.value_high < 125  # "voters 18 to 29", "women 30 to 44": the group's ages
        if _OPEN_AGE_AFTER.match(doc_text(doc), raw.end) is not None:
            return 0 < raw.value < 125  # "voters 65 and older", "adults 18 and over": the group's ages from there
    if raw.value_high is not None or not raw.value.is_integer() or not 0 < raw.value < 125:
        return False
    if first.i >= 1 and doc[first.i - 1].lower_ == "aged":
        return True
    if first.i >= 2 and doc[first.i - 1].lower_ in ("under", "over") and doc[first.i - 2].lower_ in _AGE_CUES["groups"]:
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None  # "children under 12", "men over 50" (not "over 50 pounds")
        return after is None or (after.lower_ not in _UNIT_LIKE and after.tag_ not in ("NNS", "NNPS") and after.text != "%")
    if first.i >= 2 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].lower_ in ("age", "ages"):
        return True
    if first.i >= 1 and doc[first.i - 1].text in _AGE_CUES["nouns"]:
        return True  # "children under age 14", "from birth through age 5": the age the noun names
    if first.i >= 2 and doc[first.i - 1].text == "(" and doc[first.i - 2].lower_ in _AGE_CUES["nouns"]:
        return True  # "their average age (63)"
    if first.i >= 2 and doc[first.i - 1].lower_ == "than" and doc[first.i - 2].lower_ in _AGE_CUES["comparatives"]:
        return True  # "voters younger than 30", "those older than 65"
    if raw.spelled:
        return False  # news writes ages in figures (AP style); "she was the one who", "one among millions" are no ages
    if _captioned_age(doc, first, last):
        return True  # "Karim Salem, 40." on a line of its own: a list of victims, a photo's caption
    if last.i + 1 < len(doc) and (doc[last.i + 1].pos_ in ("NOUN", "PROPN") or doc[last.i + 1].lower_ in _UNIT_LIKE):
        return False  # "at 73 points", "turned 40 pages": a count, not an age
    head = last.head
    if last.dep_ == "pobj" and head.lower_ == "at":
        # "died at 73"; "At 36, he is the oldest": an age at which something happens
        opens = head.i == head.sent.start and last.i + 1 < len(doc) and doc[last.i + 1].text == ","
        if head.head.lemma_ == "be" and head.head.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in head.head.children):
            return True  # "the mayor, who at 77 is the oldest in office": the age of whom the clause describes
        return opens or (head.head.pos_ == "VERB" and head.head.lemma_.lower() in _AGE_CUES["verbs_at"])
    if last.dep_ in ("dobj", "attr", "acomp") and head.lemma_.lower() in _AGE_CUES["verbs_reaching"]:
        return True  # "she turned 40"
    if last.dep_ in ("attr", "acomp") and head.lemma_ == "be" and not (head.i == first.i - 1 and head.lower_ == "being"):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)  # "he is 52", "Smith, who is 52,"
        if last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "ADP":
            return False  # "they were 3 of the 12", "he was 2 for 5": a part or a score, not an age
        return subject is not None and (subject.lower_ in _AGE_CUES["subjects"] or subject.ent_type_ == "PERSON" or subject.lower_ in _AGE_CUES["nouns"])
    if first.i >= 1 and doc[first.i - 1].lower_ in ("now", "being") and doc[first.i - 1].is_sent_start and last.i + 1 < len(doc) and doc[last.i + 1].lower_ in (",", "and"):
        # "Now 46 and living abroad, she ...", "Now 81, he still works", "Being 63, the driver": an age opening the sentence
        root = first.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and (
            subject.lower_ in _AGE_CUES["subjects"]
            or subject.ent_type_ == "PERSON"
            or (doc[first.i - 1].lower_ == "being" and subject.lemma_.lower() in person_nouns())  # "Being 63, the driver"
        )
    now = 1 if first.i >= 1 and doc[first.i - 1].lower_ in ("now", "then") else 0  # "the actor, now 81, still works", "Lee, then 38,"
    if (
        first.i >= 2 + now
        and doc[first.i - 1 - now].text == ","
        and (
            doc[first.i - 2 - now].ent_type_ == "PERSON"
            or (
                doc[first.i - 2 - now].pos_ == "PROPN"
                and doc[first.i - 2 - now].dep_ == "nsubj"
                and doc[first.i - 2 - now].head.lemma_.lower() in _AGE_CUES["speech_verbs"]
            )
        )
        and last.i + 1 < len(doc)
        and doc[last.i + 1].text in (".", "!", "?")
        and (last.i + 2 >= len(doc) or doc[last.i + 2].is_sent_start or doc[last.i + 2].is_punct)
    ):
        return True  # '"It was a shock," said Jones, 44.': the age set off at the sentence's end, after a person or the one who speaks
    if first.i < 2 + now or last.i + 1 >= len(doc) or doc[first.i - 1 - now].text != "," or doc[last.i + 1].text != ",":
        return False
    before = doc[first.i - 2 - now]  # "Smith, 45, said"; "the singer, 73, died": a number set off after a person or a noun
    if before.ent_type_ == "PERSON" or (last.dep_ == "appos" and last.head.i == before.i and before.tag_ in ("NN", "NNP")):
        return True
    # "the mother-of-two, 34,": set off after a hyphenated noun, which the parser splits into words
    head, comma = last.head, doc[first.i - 1 - now]
    return (
        last.dep_ in ("appos", "nummod")
        and head.tag_ in ("NN", "NNP")
        and head.i < before.i
        and before.i in {t.i for t in head.subtree}
        and "-" in (compound := doc_text(doc)[head.idx : comma.idx])
        and " " not in compound
    )


def _is_weight(doc: Doc, raw: RawQuantity) -> bool:
    """'weighs 200 pounds', 'weighed in at 250 pounds', 'a weight of 5 pounds': pounds weighed are a mass.

    Only the weighing verb or noun right above the unit counts: "fears weighed on sterling, which fell
    2 pounds" stays money."""
    unit = doc.char_span(raw.start, raw.end, alignment_mode="expand")
    if unit is None or len(unit) == 0:
        return False
    if _METRIC_MASS_AFTER.match(doc_text(doc), raw.end):
        return True  # "1,300 pounds (590 kg) of explosives": a weight given in kilograms beside it
    of_what = _POUNDS_OF_WHAT.match(doc_text(doc), raw.end)
    if of_what is not None and of_what.group(1).lower() not in _MONEY_OF_NOUNS and of_what.group(1)[:1].islower():
        # "hundreds of pounds of fruit", "40 pounds of rice": what is weighed follows "of" (not "pounds of investment",
        # "the 5 million pounds of the fund")
        return of_what.group(1).lower() not in ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that")
    head = unit[-1].head
    if head.lower_ in ("at", "of") and head.head.i != head.i:
        head = head.head if head.lower_ == "of" or head.head.lemma_.lower() == "weigh" else head
    return head.lemma_.lower() in ("weigh", "weight") or head.lower_ in ("weighs", "weighed", "weighing", "weight")


_METRIC_MASS_AFTER = re.compile(r"\s*\(\s*(?:about\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:kg|kgs|kilos?|kilograms?|kilogrammes?|tonnes?|metric\s+tons?)\b")
_ONE_IDIOMS = [re.compile(p) for p in lexicon()["one_idioms"]["patterns"]]
_MONEY_OF_NOUNS = frozenset(lexicon()["money_of_nouns"]["words"])
_POUNDS_OF_WHAT = re.compile(r"(?:\s+of\s+pounds)?\s+of\s+([A-Za-z][\w-]*)")  # "40 pounds| of rice", "hundreds| of pounds of rice"
_TWO_WORDS = re.compile(r"\s+([A-Za-z][\w'-]*)(?:\s+([A-Za-z][\w-]*))?")


def _money_after(text: str, end: int) -> bool:
    """'pounds of investment', 'pounds of taxpayers' money': one of the next two words is what money is 'of'."""
    words = _TWO_WORDS.match(text, end)
    return words is not None and any((w or "").lower().strip("'") in _MONEY_OF_NOUNS for w in words.groups())


def _one_idiom(text: str, raw: RawQuantity) -> bool:
    """'for one thing', 'one shop after another': a spelled one inside an idiom (``one_idioms``)."""
    window_start = max(0, raw.number_start - 12)
    window = text[window_start : raw.number_end + 40]
    return any(m.start("one") + window_start == raw.number_start for p in _ONE_IDIOMS for m in p.finditer(window))


_NUMBER_IDIOMS = [re.compile(p) for p in lexicon()["number_idioms"]["patterns"]]
_CLOCK_LEVEL_VERBS = frozenset(lexicon()["clock_level_verbs"]["words"])
_DOT_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")  # "9.45", "23.05": hours and minutes
_CLOCK_AFTER = re.compile(r"\s*(?:[AaPp]\.?[Mm]\b\.?|GMT\b|UTC\b|BST\b|local time\b)")
_CLOCK_BEFORE = re.compile(r"\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom)\s+$")


def _number_idiom(text: str, raw: RawQuantity) -> bool:
    """'of two minds', 'a thing or two': spelled numbers inside an idiom (``number_idioms``)."""
    window_start = max(0, raw.number_start - 20)
    window = text[window_start : raw.number_end + 30]
    return any(
        m.start("n") + window_start < raw.number_end and raw.number_start < m.end("n") + window_start
        for p in _NUMBER_IDIOMS
        for m in p.finditer(window)
    )


def _clock_time(doc: Doc, raw: RawQuantity, number: SpacySpan) -> bool:
    """'leaves at 9.45', 'by 11.15', '10.30 pm': hours and minutes written with a full stop.

    Only after 'at', 'by', 'until', 'till' or 'from', or before am/pm or a time zone; not a level
    ("the index closed at 10.30", ``clock_level_verbs``), a price ("at 9.45 a share") or a range."""
    text = doc_text(doc)
    if raw.value_high is not None or raw.rate or not _DOT_CLOCK.fullmatch(text[raw.number_start : raw.number_end]):
        return False
    if _CLOCK_AFTER.match(text, raw.number_end):
        return True
    if not _CLOCK_BEFORE.search(text, max(0, raw.number_start - 8), raw.number_start):
        return False
    prep = number[0].head
    return prep.head.lemma_.lower() not in _CLOCK_LEVEL_VERBS


def _signed(text: str, number_start: int) -> bool:
    """A figure with a sign glued before it, after a space: a change in a compact list ("Dow 34,512 +120, Nasdaq -45")."""
    return number_start >= 1 and text[number_start - 1] in "+-−" and (number_start == 1 or text[number_start - 2].isspace())


def _spelled_subject_range(doc: Doc, raw: RawQuantity) -> bool:
    """'Three to four were pulled from the river', 'Dozens more were waiting': a range in words before an auxiliary is
    a count, as in digits (a lone spelled figure with no noun, "one were", stays too vague to report)."""
    if raw.value_high is None:
        return False
    more = _MORE_AFTER.match(doc_text(doc), raw.end)  # "Dozens more were waiting": the count adds to one the reader knows
    return auxiliary_after(doc_text(doc), more.end() if more is not None else raw.end)


def _looks_like_figure(text: str) -> bool:
    """Decimals, thousands separators, a fraction ("rose 3 1/2 to 45 1/4", "eased 1/8": old stock-price copy writes
    no unit) or a scale word mark a figure even without a unit."""
    return any(c in text for c in ".,/½¼¾⅓⅔⅛") or any(c.isalpha() for c in text)


_PRICE_MOVE_BEFORE = re.compile(
    r"(?<![\w-])(?:rose|fell|gained|lost|eased|slipped|skidded|shed|added|dropped|declined|dipped|advanced|climbed|jumped|"
    r"surged|soared|plunged|tumbled|slumped|sank|edged\s+(?:up|down|higher|lower)|(?:was|were|is|are|closed)\s+(?:up|down))\s+$"
)
# the price after "to": a whole number or a decimal, then the sentence goes on with no unit or noun of its own
_PRICE_LEVEL_AFTER = re.compile(r"\s+to\s+(?P<level>\d+(?:\.\d+)?)(?![\d,/%])(?=\s*(?:[.,;)]|$)|\s+(?:on|in|at|after|as|while|and|amid)\b)")


def _whole_price_move(text: str, raw: RawQuantity) -> bool:
    """'Lorne Holdings fell 7 to 312', 'Barrow Trust added 3 to 158': price copy writes a move and the level it reached
    with no unit (pence or points); a whole number after a verb of a price's move and before "to" and a larger
    level is the move (decimals and fractions are figures already)."""
    written = text[raw.number_start : raw.number_end]
    if raw.spelled or raw.value_high is not None or not written.isdigit() or raw.end != raw.number_end:
        return False
    if _PRICE_MOVE_BEFORE.search(text, max(0, raw.start - 24), raw.start) is None:
        return False
    level = _PRICE_LEVEL_AFTER.match(text, raw.end)
    return level is not None and float(level.group("level")) > raw.value


def _level_after_fraction_move(text: str, previous: Quantity | None, raw: RawQuantity) -> bool:
    """'jumped 9 1/2 to 39': after a move written as a bare fraction, the figure after "to" is the price it moved to
    (and 'fell 5 to 286', after a whole move read as a price's)."""
    return (
        previous is not None
        and previous.unit == "count"
        and previous.value_high is None
        and raw.value_high is None
        and not raw.spelled
        and (
            any(c in previous.span.text for c in "/½¼¾⅛")
            or _PRICE_MOVE_BEFORE.search(text, max(0, previous.span.start - 24), previous.span.start) is not None
        )
        and re.fullmatch(r"\s+to\s+", text[previous.span.end : raw.start]) is not None
    )


# a figure with a lower-case letter or a bracketed letter after it, as codes number their sections: "501 c3", "401(k)",
# "501(c)(4)"; and a bracketed figure right after such a letter ("(c)(4)": the second half of the section's name)
_SECTION_CODE = re.compile(r"(?:\s?\([a-z]\))+(?:\(\d{1,2}\))?(?!\w)|\s[a-z]\d{1,2}\b")
_SECTION_CODE_AFTER = re.compile(r"\d\s?\([a-z]\)\($")


_SERVICE_NUMBERS = lexicon()["service_numbers"]
_SERVICE_AFTER = re.compile(rf"[\s-]+(?:{'|'.join(_SERVICE_NUMBERS['nouns'])})\b", re.I)


def _service_number(text: str, raw: RawQuantity) -> bool:
    """'received 911 calls', 'a 999 call', 'the 911 dispatcher': an emergency telephone number before what is made of it,
    not a count (``service_numbers``)."""
    return (
        raw.kind == "bare"
        and raw.value_high is None
        and text[raw.number_start : raw.number_end] in _SERVICE_NUMBERS["numbers"]
        and _SERVICE_AFTER.match(text, raw.number_end) is not None
    )


_DIGIT_WORDS = frozenset(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", *lexicon()["digits_read_aloud"]["words"]))
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")


def _digits_read_aloud(text: str, raw: RawQuantity) -> bool:
    """'Speedbird two two niner', 'gate four oh six': a spelled digit beside another digit word is a call sign or a code
    read aloud digit by digit, not a count ("one or two", "two-thirds", "twenty-two", "two two-bedroom flats" are
    untouched)."""
    if not raw.spelled or raw.value_high is not None or text[raw.number_start : raw.number_end].lower() not in _DIGIT_WORDS:
        return False
    after = _WORD_AFTER.match(text, raw.number_end)
    before = _WORD_BEFORE.search(text, max(0, raw.number_start - 12), raw.number_start)
    if after is not None and after.group(2) and after.group(2).lower() not in _DIGIT_WORDS:
        after = None  # "two two-bedroom flats": the second digit opens a compound modifier
    return any(m is not None and m.group(1).lower() in _DIGIT_WORDS for m in (after, before))


_NEXT_WORDS = re.compile(r"[\s-]+([A-Za-z]+)(?:[\s-]+([A-Za-z]+))?")


_CAPITAL_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+ of $")


def _is_name_part(doc: Doc, raw: RawQuantity, number: SpacySpan) -> bool:
    """'Ten-Point Programme', 'the 30-Year Agreement', 'Group of Seven': a figure inside a capitalised name."""
    if raw.kind == "bare" and (named := _CAPITAL_OF_BEFORE.search(doc_text(doc), max(0, raw.number_start - 16), raw.number_start)):
        word = doc.char_span(named.start(), named.start() + named.group().index(" "), alignment_mode="expand")
        after = number[-1].nbor(1) if number[-1].i + 1 < len(doc) else None
        if word is not None and not word[0].is_sent_start and (after is None or after.tag_ not in ("NNS", "NNPS")):
            return True  # "the Group of 20 summit", "a Gang of 8 bill": a capitalised name numbered after "of"
    covered = doc_text(doc)[raw.number_start : raw.end]
    if raw.kind == "money" and raw.end > raw.number_end and (after := doc.char_span(raw.number_end, raw.end, alignment_mode="expand")):
        if any(t.ent_type_ == "PERSON" and t.text[:1].isupper() for t in after):
            return True  # "5 Rand Ellison" in a numbered list: the currency word is a person's first name
    words = [w for w in covered.replace("-", " ").replace("/", " ").split() if w[:1].isalpha() and w not in _CASED_UNIT_WORDS]
    if raw.kind == "money":
        words = [w for w in words if w.lower() not in _CLDR_CURRENCY_WORDS]  # "300 million Egyptian pounds"
    if raw.kind == "physical" and not raw.spelled:
        words = [w for w in words if w.lower() not in _UNIT_LIKE]  # "100 Watts", "8 Ohms": a unit as product copy writes it
    capitalised = [w for w in words if w[:1].isupper()]
    if not capitalised:
        return False
    text = doc_text(doc)
    at_start = number[0].is_sent_start or text[max(0, raw.number_start - 2) : raw.number_start].strip() in ("-", "•", ":")
    if not at_start and text[max(0, raw.number_start - 2) : raw.number_start].strip() in ('"', "“", "‘", "("):
        # a capital after an opening quotation mark starts a quoted sentence ('said, "Forty percent of it is new"')
        # where the words after it are in lower case; a quoted title is capitalised on ("Seven Samurai", "One or Two Cases")
        following = _NEXT_WORDS.match(text, raw.number_end)
        at_start = following is not None and all(w[:1].islower() for w in following.groups() if w)
    return not (at_start and capitalised == words[:1])


def _cased_unit_words() -> set[str]:
    lex = lexicon()
    keys = [*lex["unit_symbols"], *lex["currency_words"], *lex["unit_words"], *lex["currency_prefixes"]]
    return {w for k in keys for w in k.replace("/", " ").split() if w[:1].isupper()}  # "GB/s": "GB", as names are read


_CASED_UNIT_WORDS = _cased_unit_words()
_CASUALTY_VERBS = frozenset(lexicon()["casualty_verbs"]["lemmas"])
_CASUALTY_STATES = frozenset(lexicon()["casualty_verbs"]["states"])
_CROWD_VERBS = frozenset(lexicon()["crowd_verbs"]["lemmas"])
_CROWD_OBJECT_VERBS = frozenset(lexicon()["crowd_verbs"]["object_lemmas"])
_CROWD_NOUNS = frozenset(lexicon()["crowd_verbs"]["crowd_nouns"])
_CROWD_VAGUE_OBJECT_VERBS = frozenset(lexicon()["crowd_verbs"]["vague_object_lemmas"])
# vague plurals that, as the acting subject of any verb with no noun of their own, count people in news ("Hundreds
# arrived", "Thousands remain without power"); "millions" and "billions" alone are as often money ("billions flowed in")
_CROWD_VAGUE_WORDS = frozenset({"dozens", "hundreds", "thousands"})
_PAYROLL_VERBS = frozenset(lexicon()["payroll_verbs"]["lemmas"])
_CLDR_CURRENCY_WORDS = {w for name in cldr_currencies()[0] for w in name.split()}
_RATE_PHRASES = sorted(
    ((f" {phrase}", period) for phrase, period in lexicon()["rate_periods"].items() if period in TIME_RATES and phrase[0].isalpha()),
    key=lambda item: -len(item[0]),
)
_AGE_CUES = lexicon()["age_cues"]
_BEATEN_SIDE_VERBS = frozenset(lexicon()["beaten_side_verbs"]["lemmas"])
_VOTE_WORDS = frozenset(lexicon()["vote_sides"]["context_lemmas"])
_STRUCTURE_WORDS = frozenset(lexicon()["structure_compounds"]["words"])
_PRINCIPLE_HEADS = frozenset(lexicon()["structure_compounds"]["principle_heads"])
_TIME_UNITS = frozenset(lexicon()["time_units"])
_TALLY_HEADS = frozenset(lexicon()["vote_sides"]["tally_heads"])
_VOTING_BODIES = frozenset(lexicon()["vote_sides"]["bodies"])
_POLL_WORDS = frozenset(lexicon()["poll_pairs"]["lemmas"])
_HUNDRED_KM = re.compile(r"100\s?(?:km|kilometres|kilometers)")  # "L/100km": the distance fuel and power use is given per
_YEAR_COUNT_QUALIFIERS = frozenset(lexicon()["year_like_counts"]["qualifiers"])
_YEAR_COUNT_OF_NOUNS = frozenset(lexicon()["year_like_counts"]["of_nouns"])
_YEAR_COUNT_VERBS = frozenset(lexicon()["year_like_counts"]["verbs"])
_COUNTED_APART = frozenset(lexicon()["units_counted_apart"]["words"])  # "three doctoral degrees": diplomas, not angles
_UNIT_LIKE = (
    {k.lower() for k in lexicon()["unit_words"]}
    | {k.lower() for k in lexicon()["unit_symbols"]}
    | {k.lower() for k in lexicon()["currency_words"]}
    | set(lexicon()["shared_currency_words"]["words"])  # "fined 2 million crowns"
    | {k.lower() for k in lexicon()["currency_prefixes"]}
    | {k.lower() for k in lexicon()["subunits"] if " " not in k}  # "rose 12 pence", "up 45 cents": the price's own unit
    | set(lexicon()["time_units"])
    | set(lexicon()["scales"])
    | {"percent", "cent", "%", "points", "point"}
)


def _root_token(number: SpacySpan) -> Token:
    """The token through which the figure attaches to the sentence (the unit if the number modifies one)."""
    token = number[-1]
    while (
        token.dep_ in ("nummod", "compound", "quantmod")
        and 0 < token.head.i - token.i <= 3
        and (token.head.lower_ in _UNIT_LIKE or token.head.pos_ in ("NUM", "SYM"))
    ):
        token = token.head
    return token


def _measured_head(root: Token) -> Token | None:
    """The noun a figure is about: the noun it modifies, or the subject of the verb it completes."""
    token = root
    for _ in range(3):
        if token.dep_ in MODIFIER_DEPS and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i:
            return token.head
        if token.dep_ == "conj":
            if token.head.pos_ in ("VERB", "AUX"):
                subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.pos_ != "PRON":
                    return subject
                # "Vale, who owns a shop and donated $2,400": the second verb of a relative clause is its owner's too
                # (not a participle the parser joins to it: "scolds who shape the consensus and borrowing $1 trillion")
                return _relative_owner(token.head) if token.tag_ != "VBG" or token.head.tag_ == "VBG" else None
            token = token.head
            continue
        if token.dep_ in ("advcl", "xcomp") and _infinitival(token) and token.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            # "households, who are set to leave $3 trillion": the infinitive's doer is the clause's subject or owner
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
            return _relative_owner(token.head)
        if token.dep_ == "appos" and _level_noun(token.head) and token.head.dep_ in ("pobj", "dobj", "attr"):
            token = token.head  # "jumped to a record $84.6 million": the level of what jumped, not of "record"
            continue
        if token.dep_ == "pobj":
            prep = token.head
            if prep.head.pos_ in ("NOUN", "PROPN") and prep.lower_ == "of" and _level_noun(prep.head) and prep.head.dep_ in ("pobj", "dobj", "attr"):
                token = prep.head  # "hit a record high of $5.20": what hit the high
                continue
            if prep.head.pos_ in ("NOUN", "PROPN") and prep.lower_ == "of":
                return prep.head
            if prep.lower_ == "at" and prep.head.lemma_.lower() in _LEVEL_AT_VERBS:
                # "the tracker puts her approval at 50 percent", "kept rates at 2 percent": the object's level, not the subject's
                placed = next((c for c in prep.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
                if placed is not None:
                    return placed
            token = prep
        if token.dep_ in OBJECT_DEPS or token.dep_ == "prep":
            verb = token.head
            if token.dep_ == "prep" and token.lower_ in _LEVEL_TO_PREPOSITIONS and (moved := _object_moved_to(verb)) is not None:
                return moved  # "the company raised its dividend to 41 cents": the dividend's level, not the company's
            if token.dep_ in ("npadvmod", "prep") and token.lower_ not in ("in", "on", "at", "for", "by", "after", "with") and (moved := _moved_object(verb)) is not None:
                return moved  # "sent Ternco shares down 40 pence to 290 pence": what the verb moved, not what moved it
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ not in ("PRON",):
                return subject
            if verb.dep_ == "relcl" and (owner := _relative_owner(verb)) is not None:
                return owner
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return verb.head
            if verb.pos_ in ("NOUN", "PROPN") and verb.i != root.i:
                return verb
            token = verb
            continue
        if token.dep_ in ("advmod", "prt", "acomp") and token.lower_ in _MOVE_PARTICLES and token.head.pos_ in ("VERB", "AUX") and token.i != root.i:
            # "its shares closed up 45 cents", "were down 6 pence": the change is the verb's subject's, as "$1.45" is
            if (moved := _moved_object(token.head)) is not None:
                return moved  # "pushing the index up 72 points": the object the verb moved
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
        break
    return None


_MOVE_PARTICLES = frozenset(("up", "down", "off", "higher", "lower"))
# nouns that name a level reached, not what reached it ("rose to a record $84.6 million", "an average of $210")
_LEVEL_NOUNS = frozenset(lexicon()["level_nouns"]["words"])
_INDEFINITE_LEVEL_NOUNS = frozenset(lexicon()["level_nouns"]["indefinite_words"])


def _level_noun(noun: Token) -> bool:
    """'a record', 'a high of', 'an average of', 'a total of': a noun naming the kind of level, not what reached it
    ('the regional average of 5.1 percent' names what is measured)."""
    lemma = noun.lemma_.lower()
    if lemma in _LEVEL_NOUNS:
        return True
    if lemma not in _INDEFINITE_LEVEL_NOUNS:
        return False
    before = [c for c in noun.children if c.i < noun.i]
    return len(before) == 1 and before[0].lower_ in ("a", "an")


def _object_moved_to(verb: Token) -> Token | None:
    """The object a verb of change moves to a level or by an amount ("raised its dividend to 41 cents", "cut the
    forecast by half a point"): a noun object that is no figure itself and no unit word, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LEVEL_TO_VERBS:
        return None
    moved = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if moved is None or moved.pos_ != "NOUN" or moved.lower_ in _UNIT_LIKE or any(c.dep_ == "nummod" or c.like_num for c in moved.children):
        return None
    return moved


def _ratio_moved_object(number: SpacySpan) -> Token | None:
    """The object a multiple changes ("cut its dividend in half", "halved the payout", "doubled its stake"): the
    nearest verb at or before the figure, within its sentence and ten words, when it is a verb of change
    (``level_to_verbs``) with a noun object; else None (the subject or the figure's own noun stays what it measures)."""
    first = number[0]
    doc = first.doc
    for i in range(first.i, max(first.sent.start, first.i - 10) - 1, -1):
        if doc[i].pos_ == "VERB":
            return _object_moved_to(doc[i])
    return None


def _multiplied_subject(number: SpacySpan) -> Token | None:
    """What a multiplying verb with no object multiplies ("income doubled", "sales have been halved", "a figure that
    has tripled"): its subject, or for a relative pronoun the noun the clause hangs on; never a personal pronoun. A
    multiple that is no verb measures the subject of the verb of growth it modifies ("output rose more than threefold")."""
    if len(number) != 1:
        return None
    verb = number[0]
    for _ in range(3):  # "risen threefold", "risen more than threefold": the word hangs on the verb or on "than"
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or (verb.i != number[0].i and verb.lemma_ not in GROWTH_VERBS) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _moved_object(verb: Token) -> Token | None:
    """The object a verb moves up or down ("pushing the Dow up 72 points", "sent its shares down 40 pence"): a noun
    object before a particle of movement, or None."""
    if verb.pos_ != "VERB":
        return None
    particle = next((c for c in verb.children if c.dep_ in ("advmod", "prt", "prep") and c.lower_ in _MOVE_PARTICLES), None)
    if particle is None:
        return None
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == particle.i and c.pos_ in ("NOUN", "PROPN")), None)
    return moved if moved is not None and moved.lower_ not in _UNIT_LIKE else None  # not "shed 47.3 points to close ..., down 4.5%"


def _relative_owner(verb: Token) -> Token | None:
    """The noun a relative clause headed by ``verb`` describes ("the plant, which employs 900"), or None. A clause
    of "who" hung on a thing or a place at the end of a chain of prepositions ("the mayor of Springfield, who", "a
    clerk on Long Island, who") is the person's up the chain, its first person noun or name (else the noun it hangs on)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    owner = verb.head
    if any(c.lower_ in ("who", "whom") for c in verb.children):
        climbed = owner
        while not _person_like(climbed) and climbed.dep_ == "pobj" and climbed.head.dep_ == "prep" and climbed.head.head.pos_ in ("NOUN", "PROPN"):
            climbed = climbed.head.head
        if _person_like(climbed):
            return climbed
    elif owner.ent_type_ in _PLACES and owner.dep_ in ("pobj", "appos", "npadvmod"):
        # "a bottling plant in Cedar Falls, Iowa, which employs 450": the plant, not the town the clause follows
        climbed = owner
        while climbed.ent_type_ in _PLACES and climbed.dep_ in ("pobj", "appos", "npadvmod") and climbed.head.i < climbed.i:
            climbed = climbed.head.head if climbed.dep_ == "pobj" else climbed.head
        if climbed.pos_ == "NOUN":
            return climbed
    return owner


def _share_for_name(root: Token) -> SpacySpan | None:
    """The name after "for" right after a share ("39 percent for Bell"), as a span, or None."""
    doc = root.doc
    if root.i + 2 >= len(doc) or doc[root.i + 1].lower_ != "for":
        return None
    name = next((c for c in doc[root.i + 1].children if c.dep_ == "pobj"), None)
    if name is None or not (name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG", "NORP", "")):
        return None
    start = name.left_edge.i if name.left_edge.i > root.i + 1 else name.i
    while start < name.i and doc[start].pos_ == "DET":
        start += 1
    return doc[start : name.i + 1]


_PLACES = frozenset(("GPE", "LOC", "FAC"))


def _person_like(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "NORP", "ORG") or token.lemma_.lower() in person_nouns()


_SHARE_BEFORE = re.compile(r"\d\s*(?:%|per\s?cent\b|percent\b)")
_GAP_JOINERS = frozenset({",", ";", "and", "while", "with"})


def _gapped_name(doc: Doc, first: Token) -> SpacySpan | None:
    """The name before a share in a list whose verb is said once: "A needs 55 percent, B 61 percent and C 70".

    The share's own words are a name (proper nouns, at most four, not a date) right before the figure, after a
    comma, "and" or "while", with a share earlier in the same sentence; the share is the name's, not the first
    subject's and its verb's.
    """
    start = first.i
    while start > first.sent.start and first.i - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ not in ("DATE", "TIME"):
        start -= 1
    if start == first.i or start == first.sent.start or doc[start - 1].lower_ not in _GAP_JOINERS:
        return None
    before = doc_text(doc)[first.sent.start_char : doc[start - 1].idx]
    if _SHARE_BEFORE.search(before) is None:
        return None
    return doc[start : first.i]


_SIGNED_NEXT = re.compile(r"\s+[+\-−]\d")
_GRADE_WORDS = frozenset(lexicon()["price_grade_words"]["words"])


def _listed_name(doc: Doc, raw: RawQuantity, first: Token, price: bool) -> SpacySpan | None:
    """The name before a figure in a compact list of prices or indices ("Copper +1.5%, nickel -2.1%", "the Kospi +0.8
    and the Sensex -0.4", "WTI $77.10 -0.30", "gold $1,904 and silver $23.15", "Palm oil 3,950 ringgit a tonne"): a
    signed change, a level a signed change follows, or a price, right after at most four nouns, names or adjectives
    with a noun among them (a grade word the tagger takes for a verb among them: "Urals crude"), or for a signed
    figure one word of any tag alone in its item (a level between for the change), that open the sentence or follow
    a comma, "and" or "while" (a "the" between); the figure is that name's, not the list's first subject's, nor the
    name cut short ("West Texas" of "West Texas Intermediate $74.80")."""
    text = doc_text(doc)
    signed = _signed(text, raw.number_start)
    if not signed and not _SIGNED_NEXT.match(text, raw.end) and not price:
        return None
    sentence_start = first.sent.start
    end = first.i
    while end > sentence_start and first.i - end < 3 and (doc[end - 1].is_currency or (signed and any(c.isdigit() for c in doc[end - 1].text))):
        end -= 1  # "WTI $77.10 -0.30": past the level and its sign to the name
    start = end
    while start > sentence_start and end - start < 4 and (doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[start - 1].lower_ in _GRADE_WORDS) \
            and doc[start - 1].ent_type_ not in ("DATE", "TIME"):
        start -= 1  # "Brent crude", "the Kospi", "nickel"
    if not signed and start == end and end > sentence_start and _name_read_as_verb(doc[end - 1]):
        start = end - 1  # "gold $1,904 and silver $23.15": the tagger reads the second name as a verb joined to the first
    elif not signed and not any(t.pos_ in ("PROPN", "NOUN") for t in doc[start:end]):
        return None  # "The deal, worth $5 billion": no name before the price
    if not any(t.pos_ in ("PROPN", "NOUN") for t in doc[start:end]) and end > sentence_start:
        start = end - 1  # "Tin +1.5%, ..., lead +0.3%": one word the tagger takes for an adjective or a verb, alone in its item
        if not doc[start].is_alpha or doc[start].is_stop:
            return None
    opener = start - 1 if start > sentence_start and doc[start - 1].lower_ == "the" else start
    if start == end or (opener > sentence_start and doc[opener - 1].lower_ not in _GAP_JOINERS):
        return None
    return doc[start:end]


# an item of a compact list: a name of one to three capitalised words, then a bare figure and at most one lower-case
# word, after the sentence's start, a colon, a dash, a comma, a semicolon, "and" or a lower-case word, before a comma,
# a semicolon, "and" or the sentence's end
_LIST_ITEM = re.compile(
    r"(?:^|[:;,]\s+|\s[-–—]\s+|\band\s+|\b[a-z]+\s+)(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})\s+(?P<figure>\d[\d,.]*\d|\d)"
    r"(?:\s+[a-z]+)?(?=\s*(?:[,;]|\band\b|\.?$))"
)


_LIST_OPENER = re.compile(r"(?::|\s[-–—])\s*$")


def _compact_list_name(doc: Doc, raw: RawQuantity, number: SpacySpan) -> SpacySpan | None:
    """The name a bare figure belongs to in a compact list ("Seats: Greens 41, Reds 37, Blues 12", "Medals - Kenya 6,
    Ethiopia 4", "Rovers have 52 points, City 49 and United 47"): two items or more of a name and its figure, after a
    colon or a dash or after a figure they continue; the figure is that name's, not a model's
    number ("supports Windows 10, Office 365 and Android 12": nothing opens the list). Names the tagger marks as
    products or works are models, not list items."""
    sentence = number[0].sent
    text = doc_text(doc)[sentence.start_char : sentence.end_char]  # sentence.text, without a Token object per word
    items = list(_LIST_ITEM.finditer(text))
    offset = sentence.start_char
    mine = next((m for m in items if offset + m.start("figure") == raw.number_start), None)
    before = text[: items[0].start("name")] if items else ""
    if mine is None or len(items) < 2 or not (_LIST_OPENER.search(before) or any(c.isdigit() for c in before)):
        return None  # "supports Windows 10, Office 365 and Android 12": no colon or dash opens it, no figure it continues
    name = doc.char_span(offset + mine.start("name"), offset + mine.end("name"), alignment_mode="expand")
    if name is None or any(t.ent_type_ in ("PRODUCT", "WORK_OF_ART") for t in name):
        return None
    return name


# "Smith: 547." / "Pledged: 781.": a name, a colon and a figure that ends its sentence, in digits
_LABEL = r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3}[ \t]*:[ \t]*"
_LABELLED_BEFORE = re.compile(rf"(?:^|[.!?;]\s+|\n\s*)(?P<name>{_LABEL})$")
_LABELLED_END = re.compile(r"\s*(?:[.;](?=\s|$)|\n|$)")
_LABELLED_NEXT = re.compile(rf"\s*{_LABEL}(?:\d[\d,.]*\d|\d)\s*(?:[.;](?=\s|$)|\n|$)")
_LABELLED_PREVIOUS = re.compile(rf"{_LABEL}(?:\d[\d,.]*\d|\d)\s*[.;]?\s*$")


def _labelled_line_name(doc: Doc, raw: RawQuantity) -> SpacySpan | None:
    """The name of a tally written one item a sentence ("Smith: 547.  Jones: 46.", "Pledged: 781.  Unpledged: 121."):
    a name, a colon and a figure alone in its sentence, with an item of the same shape next to it; the figure is
    that name's count (a compact list written across sentences)."""
    text = doc_text(doc)
    if raw.kind != "bare" or raw.start != raw.number_start or raw.value_high is not None:
        return None
    before = _LABELLED_BEFORE.search(text, max(0, raw.start - 60), raw.start)
    end = _LABELLED_END.match(text, raw.end)
    if before is None or end is None:
        return None
    neighbour = _LABELLED_NEXT.match(text, end.end()) or _LABELLED_PREVIOUS.search(text, max(0, before.start("name") - 60), before.start("name"))
    if neighbour is None:
        return None
    name_end = before.start("name") + len(before.group("name").rstrip(" :\t\n"))
    return doc.char_span(before.start("name"), name_end, alignment_mode="expand")


def _name_read_as_verb(token: Token) -> bool:
    """'gold $1,904 and silver $23.15': a lower-case word tagged a verb and joined by 'and' to a noun (the list's first
    name, which the parser takes for the root) is the next item's name; 'hire staff and pay $5 million' joins verbs."""
    return token.pos_ == "VERB" and token.is_alpha and token.is_lower and token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN")


def _phrase(doc: Doc, head: Token, raw: RawQuantity, limit: int) -> SpacySpan | None:
    """The noun phrase around ``head``, without the figure itself, at most ``limit`` tokens."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    tokens = [t for t in doc[start:end] if not (raw.start <= t.idx < raw.end)]
    if not tokens:
        return None
    # keep the contiguous stretch that contains the head
    left = head.i
    while left - 1 >= start and not (raw.start <= doc[left - 1].idx < raw.end) and head.i - (left - 1) < limit:
        left -= 1
    right = head.i + 1
    while (
        right < end
        and not (raw.start <= doc[right].idx < raw.end)
        and right - left < limit
        and doc[right].dep_ not in ("relcl", "acl", "advcl", "punct", "cc", "appos")
    ):
        right += 1
    # "four mayors who have run large towns": a relative clause's pronoun ends the phrase, with its auxiliary
    right = next((t.i for t in doc[head.i + 1 : right] if t.tag_ in ("WDT", "WP") and t.head.dep_ in ("relcl", "acl") and t.head.i >= right), right)
    while left < head.i and doc[left].pos_ in ("DET", "PUNCT", "CCONJ", "ADP", "SPACE"):
        left += 1
    while right - 1 > head.i and (doc[right - 1].pos_ in ("PUNCT", "CCONJ", "ADP", "DET", "PRON", "PART", "SPACE") or doc[right - 1].tag_ in ("WDT", "WP")):
        right -= 1  # "40 seats   in the north": no run of spaces at either end
    # "90 percent of her e-mails": the tokenizer splits a hyphenated word, and the parser may leave its pieces
    # side by side; a phrase ends with the whole word, not with "e"
    while right + 1 < len(doc) and doc[right].text == "-" and not doc[right - 1].whitespace_ and not doc[right].whitespace_ and doc[right + 1].is_alpha:
        right += 2
    return doc[left:right]


_BEFORE_FIGURE_WORDS = frozenset(("of", "than", "more", "less", "fewer", "about", "nearly", "almost", "over", "under", "some", "around", "at", "least", "most", "and", "or", "to", "the", "its", "their", "his", "her", ","))


def _counted_phrase(doc: Doc, earlier: Quantity) -> SpacySpan | None:
    """The measured phrase of an earlier count whose phrase names the noun it counts ('votes'), as a span of ``doc``."""
    if earlier.measures_span is None or not earlier.display_unit or earlier.display_unit.lower() not in (earlier.measures or "").lower():
        return None
    span = doc.char_span(earlier.measures_span.start, earlier.measures_span.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _unit_token(token: Token) -> bool:
    """A currency sign or a percent sign of a figure ('$', '%', '€'), which a cut phrase should not end or begin with."""
    return token.text in ("$", "%", "€", "£", "¥", "US$", "C$", "A$") or (token.pos_ == "SYM")


def _amount_word(number: Token) -> bool:
    """A number written as an amount: a scale word, a percent or a unit after it, or a currency sign before it."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    before = doc[number.i - 1] if number.i > 0 else None
    return (
        (after is not None and (after.lower_ in _LARGE_SCALES or classify_unit(after.text)[0] in ("percent", "physical", "money")))
        or (before is not None and classify_unit(before.text)[0] == "money")
        or (before is not None and before.text in ("$", "€", "£", "¥"))
    )


def _without_other_figures(measures: SpacySpan, head: Token, raw: RawQuantity) -> SpacySpan | None:
    """The measured phrase without another figure in it: "four of the 10 justices" measures justices, "won two of the
    three delegate slots" delegate slots, "would cut staff by 500 to 4,500 workers" (the change) workers, and "audiences
    of over 8 million and 6 million" (the second) audiences; "45 percent to [40 percent]" measures nothing (the phrase
    would be the first figure's unit). A year, a date's number, stays ("voters in 2008"),
    and so does a spelled number after the noun ("trade between the two ports")."""
    doc = measures.doc
    start, end = measures.start, measures.end
    if not start <= head.i < end:
        return measures
    other = [
        t
        for t in measures
        if t.like_num and (t.pos_ == "NUM" or t.text[:1].isdigit())  # not "first-team players"
        and not raw.start <= t.idx < raw.end and t.ent_type_ not in ("DATE", "TIME") and t.i != head.i
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "‐", "‑"))  # "650 18-hole courses", "three-quarters of"
        and not (t.ent_type_ and t.ent_type_ not in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"))  # "the Nasdaq 100 Index"
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper())
    ]
    if not other:
        return measures
    left = [t for t in other if t.i < head.i]
    if left and left[-1].i == head.i - 1 and (head.like_num or classify_unit(head.text)[0] in ("percent", "physical", "money")):
        return None  # "45.4 percent to [42 percent]", "half of the $59 million": the phrase is the other figure itself
    if left:
        start = left[-1].i + 1
        while start < head.i and (doc[start].pos_ in ("PUNCT", "DET", "ADP", "SYM") or doc[start].lower_ in ("-", "to") or _unit_token(doc[start])):
            start += 1  # "a 43% increase": not "% increase"
    # a written amount: "between the two ports" names a known pair, "voters under the age of 30" an age bracket
    right = [t for t in other if t.i > head.i and t.text[:1].isdigit() and _amount_word(t)]
    if right:
        end = right[0].i
        while end > head.i + 1 and (doc[end - 1].lower_ in _BEFORE_FIGURE_WORDS or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "SYM") or _unit_token(doc[end - 1])):
            end -= 1
    return doc[start:end]


def _clause(root: Token) -> tuple[int, int]:
    """Character bounds of the clause a figure belongs to: up to the nearest clause head.

    "Japan will lend $900 million, officials said on Tuesday": the loan's clause
    is "lend", so the reporting date is not the loan's period.
    """
    token = root
    while token.dep_ not in ("ROOT", "ccomp", "relcl", "parataxis") and token.head.i != token.i:
        token = token.head
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


def _period(
    clause: tuple[int, int], raw: RawQuantity, times: tuple[TimeExpr, ...], figures: list[tuple[int, int]]
) -> TimeExpr | None:
    """The dated time expression of the figure's clause closest to the figure.

    Durations and expressions inside a figure ("30 bcm annually") are not periods.
    """
    candidates = [
        t
        for t in times
        if clause[0] <= t.span.start < clause[1]
        and t.granularity != "duration"
        and t.start is not None
        and not any(t.span.start < end and start < t.span.end for start, end in figures)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.span.start - raw.end), abs(raw.start - t.span.end)))


_LEVEL_BEFORE = re.compile(r"\b(?:at|to)\s+$")


def _levels_in_points(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'closed at 3,208.11 points, while the broader gauge fell 0.7% to end at 2,615.30': a bare level after
    'at' or 'to' in a sentence that gives another level in points before it (no semicolon between) is
    in points too: index reports name the unit once."""
    if not any(q.unit == "points" for q in quantities):
        return quantities
    text, out = doc_text(doc), list(quantities)
    sentences = [(s.start_char, s.end_char) for s in sentence_spans(doc)]
    for i, quantity in enumerate(out):
        if quantity.unit != "count" or not _LEVEL_BEFORE.search(text, max(0, quantity.span.start - 4), quantity.span.start):
            continue
        bounds = next(((a, b) for a, b in sentences if a <= quantity.span.start < b), None)
        if bounds is not None and any(
            q.unit == "points" and bounds[0] <= q.span.start and ";" not in text[q.span.end : quantity.span.start] for q in out[:i]
        ):
            out[i] = quantity.model_copy(update={"unit": "points", "display_unit": "points"})
    return out


def _percentage_point_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a level before a percentage, a change before points, a change after points), from the lexicon."""
    words = lexicon()["percentage_points"]
    qualifiers = rf"(?:(?:{'|'.join(map(re.escape, words['qualifiers']))})\s+)*"
    level = re.compile(rf"\b(?:{'|'.join(words['before_level'])})\s+{qualifiers}$", re.I)
    change = re.compile(
        rf"\b(?:(?:{'|'.join(words['before_change'])})|(?:{'|'.join(words['change_nouns'])})s?\s+of)\s+{qualifiers}$", re.I
    )
    after = re.compile(rf"\s+(?:percentage\s+)?points?\s+(?:{'|'.join(words['after_change'])})\b", re.I)
    return level, change, after


_PP_LEVEL, _PP_CHANGE, _PP_AFTER = _percentage_point_patterns()


_APPROXIMATELY = r"(?:(?:about|some|roughly|around|nearly|almost|approximately|approx\.|over|more\s+than|under|less\s+than)\s+)?"
_CONVERSION_OPEN = re.compile(r"\s*\(\s*" + _APPROXIMATELY + r"$")
_CONVERSION_CLOSE = re.compile(r"\s*\)")
_CONVERSION_OR = re.compile(r"\s*,\s*or\s+" + _APPROXIMATELY + r"$")
_CURRENCY_UNIT = re.compile(r"[A-Z]{3}(?=/|$)")
# canonical units a figure is restated in by another written unit ("10 miles (16 km)"); not "ratio", "percent" or a count
_CONVERTIBLE_UNITS = frozenset(u for u in lexicon()["canonical_units"].values() if u != "ratio")


def _conversion(first: Quantity, second: Quantity) -> bool:
    """``second`` restates ``first`` in another unit of the same measure: money in another currency, or a length,
    a mass, an area or a volume in another unit (the canonical unit alike, the written one not)."""
    if _CURRENCY_UNIT.match(first.unit) and _CURRENCY_UNIT.match(second.unit):
        return first.unit.split("/")[0] != second.unit.split("/")[0] and first.unit.partition("/")[2] == second.unit.partition("/")[2]
    return (
        first.unit == second.unit
        and first.unit in _CONVERTIBLE_UNITS
        and (first.display_unit or "").lower() != (second.display_unit or "").lower()
    )


def _conversions(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """A figure restating the one before it in another unit, in brackets or after ", or" ("$5 million (4.6 million
    euros)", "10 miles (16 km)", "3 million pounds, or about $3.9 million") is the same measure: it takes the first
    figure's measured phrase (and so its topic), never one of its own or none. The data model has no link between
    two quantities, so the shared measured phrase is what marks the second as a conversion of the first."""
    text, out = doc_text(doc), list(quantities)
    spans = [(q.span.start, q.span.end) for q in out]
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if second.span.start - first.span.end > 16:
            continue
        between = text[first.span.end : second.span.start]
        if not (
            (_CONVERSION_OPEN.fullmatch(between) and _CONVERSION_CLOSE.match(text, second.span.end))
            or _CONVERSION_OR.fullmatch(between)
        ) or not _conversion(first, second):
            continue
        near = spans[max(0, i - 2) : i + 1]  # the pair and the figure before it, whose words a phrase may have taken
        if _phrase_of_its_own(first, near):
            out[i] = second.model_copy(update={"measures": first.measures, "measures_span": first.measures_span})
        elif _phrase_of_its_own(second, near):  # "the £1.8 billion ($2.9 billion) takeover": the phrase found for the second
            out[i - 1] = first.model_copy(update={"measures": second.measures, "measures_span": second.measures_span})
        else:  # neither has a phrase but a figure's words ("Canadian dollars"): no topic of another figure's
            out[i] = second.model_copy(update={"measures": None, "measures_span": None})
    return out


def _phrase_of_its_own(q: Quantity, spans: list[tuple[int, int]]) -> bool:
    """A measured phrase that is none of these figures' words: "Canadian dollars" of "175 million Canadian dollars"
    is not one."""
    return q.measures_span is not None and not any(start < q.measures_span.end and q.measures_span.start < end for start, end in spans)


_SIDES_TO = re.compile(r"(?:\s*(?:%|percent|per\s?cent)|(?:\s+[a-z][\w-]*){1,3})?(?:\s+of\s+[a-z][^,.;:()\d]{0,40}?)?\s*,?\s+to\s+(?:(?P<name>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:'s|’s|'|’)\s+)?$")
_BEATING_VERBS = frozenset(lexicon()["margin_words"]["beating"])


def _second_sides(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """The second figure of a pair "A to B" is the other side's: "won 54 percent to Bell's 46 percent", "1,163 delegates
    to Lund's 844" measure Bell and Lund (the name before the figure); "Ames would beat Bell 46 to 40 percent", "leads
    Bell 48 percent to 41 percent" measure Bell (the object of the verb of beating or leading), not the first side's
    subject. A pair with neither ("who won, 41.2 percent to 38.9 percent") is left as it is."""
    text, out = doc_text(doc), list(quantities)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if second.span.start - first.span.end > 40 or " to " not in (between := text[first.span.end : second.span.start]):
            continue
        if (match := _SIDES_TO.fullmatch(between)) is None or first.unit.split("/")[0] not in (second.unit.split("/")[0], "count"):
            continue
        if match.group("name"):
            side = doc.char_span(first.span.end + match.start("name"), first.span.end + match.end("name"), alignment_mode="contract")
        else:
            side = _beaten_side(doc, first)
        if side is not None and len(side):
            out[i] = second.model_copy(update={"measures": side.text, "measures_span": token_span(doc, side)})
        elif i >= 2 and out[i - 2].unit == "points" and second.measures_span in (None, first.measures_span) and _AFTER_MARGIN.fullmatch(text[out[i - 2].span.end : first.span.start]):
            # "leads Bell by 5 points (47 percent to 42 percent)": the first share restates the leader's, the second is
            # the side the margin's verb beat or led ("beat the mayor of Eastvale by 23 points (61 to 38)"); with none
            # named ("She leads by 8 points, 49% to 41%") it measures nothing rather than the leader
            beaten = _margin_object(doc, out[i - 2])
            out[i] = second.model_copy(update={"measures": beaten.text if beaten else None, "measures_span": token_span(doc, beaten) if beaten else None})
    return out


def _margin_object(doc: Doc, margin: Quantity) -> SpacySpan | None:
    """The one a margin's verb beat, led or trailed ("leading Pike by five points": Pike; "beat the mayor of Eastvale
    by 23 points": the mayor of Eastvale), a name or a person noun with its words, or None."""
    span = doc.char_span(margin.span.start, margin.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span[-1]
    noun = token.head if token.head.lemma_.lower() == "point" and token.head.i > token.i else token
    verb = _margin_verb(noun)
    beaten = next(
        (c for c in verb.children if c.i < noun.i and (c.dep_ == "dobj" or (c.dep_ in ("advmod", "npadvmod") and c.i > verb.i and c.ent_type_ in ("PERSON", "ORG")))),
        None,
    ) if verb is not None else None  # the parser may tag a name after "leading" an adverb ("leading Pike by six points")
    if beaten is None or beaten.ent_type_ == "GPE" or not (beaten.pos_ == "PROPN" or beaten.ent_type_ in ("PERSON", "ORG", "NORP") or _person_like(beaten)):
        return None
    end = beaten.i + 1
    while end < noun.head.i and doc[end].dep_ in ("prep", "pobj", "compound", "amod") and doc[end].head.i >= beaten.i and doc[end].lower_ != "by":
        end += 1  # "the mayor of Eastvale"
    start = beaten.left_edge.i
    while start < beaten.i and doc[start].pos_ == "DET":
        start += 1
    return doc[start:end]


_AFTER_MARGIN = re.compile(r"(?:\s+points?)?\s*[,(:\u2013\u2014-]\s*")


def _beaten_side(doc: Doc, first: Quantity) -> SpacySpan | None:
    """The object of the verb of beating or leading right before a pair's first figure ("would beat Bell 46 to 40"),
    as a name's span, or None."""
    start = doc.char_span(first.span.start, first.span.end, alignment_mode="expand")
    if start is None or len(start) == 0:
        return None
    sent_start = start[0].sent.start
    for token in reversed(doc[max(sent_start, start[0].i - 6) : start[0].i]):
        if token.lemma_.lower() in _BEATING_VERBS and token.pos_ in ("VERB", "AUX"):
            beaten = next((c for c in token.children if c.dep_ == "dobj" and c.i < start[0].i), None)
            if beaten is None or beaten.ent_type_ == "GPE" or not (beaten.pos_ == "PROPN" or beaten.ent_type_ in ("PERSON", "ORG", "NORP")):
                return None  # "won Ohio 52 to 45 percent": the state won, not the other side
            return doc[beaten.left_edge.i : beaten.i + 1]
    return None


def _percentage_points(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'fell to 41%, a drop of 2 points', 'stood at 5.2 percent, down 0.3 points': points that change a
    percentage given as a level before them in the sentence are percentage points. An index's change in
    percent ('fell 1.2%, or 45 points') is no level, so its points stay points."""
    if not any(q.unit in ("points", "point") for q in quantities) or not any(q.unit == "percent" for q in quantities):
        return quantities
    text, out = doc_text(doc), list(quantities)
    sentences = [(s.start_char, s.end_char) for s in sentence_spans(doc)]
    for i, quantity in enumerate(out):
        if quantity.unit not in ("points", "point") or quantity.value >= 100:
            continue
        start = quantity.span.start
        if not (_PP_CHANGE.search(text, max(0, start - 40), start) or _PP_AFTER.match(text, quantity.span.end)):
            continue
        bounds = next(((a, b) for a, b in sentences if a <= start < b), (0, len(text)))
        if any(
            q.unit == "percent"
            and bounds[0] <= q.span.start
            and ";" not in text[q.span.end : start]
            and _PP_LEVEL.search(text, max(0, q.span.start - 40), q.span.start)
            for q in out[:i]
        ):
            out[i] = quantity.model_copy(update={"unit": "percentage_point", "display_unit": "percentage points"})
    return out


def _inherit_rates(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'30 bcm annually, with a new line adding another 8 bcm': later figures of the same
    sentence and base unit share the rate the first one states."""
    out: list[Quantity] = []
    sentence_of = {s.start_char: s for s in sentence_spans(doc)}
    starts = sorted(sentence_of)
    rates: dict[tuple[int, str], str] = {}
    for quantity in quantities:
        at = bisect_right(starts, quantity.span.start)  # the last sentence starting at or before the figure
        sent_start = starts[at - 1] if at else 0
        base, _, rate = quantity.unit.partition("/")
        key = (sent_start, base)
        if _is_money_unit(base):
            pass  # an amount's period is its own: a later sum of the sentence is as often a one-off ("$5bn of loans")
        elif rate and rate in TIME_RATES and base not in ("percent", "count"):  # a bare count's rate names no unit to share
            rates[key] = quantity.unit
        elif not rate and key in rates and quantity.qualifier != "range":
            display = f"{quantity.display_unit}/{rates[key].split('/')[1]}" if quantity.display_unit else None
            quantity = quantity.model_copy(update={"unit": rates[key], "display_unit": display})
        out.append(quantity)
    return out


_SHARED_CURRENCY_WORDS = frozenset(lexicon()["shared_currency_words"]["words"])
# shared words the lexicon reads as one country's currency only by default ("pesos": MXN); "marks" after a scale word
# are the Deutsche mark by the wires' usage, and an exchange rate ("32 to the dollar") names its currency apart
_DEFAULTED_CURRENCY_WORDS = _SHARED_CURRENCY_WORDS & frozenset(lexicon()["currency_words"])
_EXCHANGE_BASES = frozenset(lexicon()["exchange_rate_currencies"]["words"].values())


def _currency_named_in_document(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'will pay 640 French francs a share, or 310 million francs': a currency word several currencies share, written
    alone, is the one the document last named with its country before it, else the one of the country it names most;
    with no country in sight it stays the word ('pesos'), not one country's currency by default."""
    shared = [
        i
        for i, q in enumerate(quantities)
        if q.display_unit and (words := _currency_display_words(q.display_unit)) and words[-1].lower() in _SHARED_CURRENCY_WORDS
        and (len(words) == 1 or words[-2].lower() in _LARGE_SCALES or words[-2] in _SCALE_ABBREVIATIONS)
    ]
    if not shared:
        return quantities
    text, out = doc_text(doc), list(quantities)
    names = {name: code for name, code in cldr_currencies()[0].items() if " " in name}
    names.update({w.lower(): c for w, c in lexicon()["currency_words"].items() if " " in w})
    for i in shared:
        q = out[i]
        word = _currency_display_words(q.display_unit)[-1]
        named = None
        for match in re.finditer(rf"\b([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\s+{re.escape(word)}\b", text[: q.span.start]):
            adjective = match.group(1).split()
            for n in (2, 1):  # "Hong Kong dollars", "French francs"
                code = names.get(" ".join([*adjective[-n:], word]).lower()) if len(adjective) >= n else None
                if code is not None:
                    named = code
                    break
        if named is None:
            named = _currency_of_named_country(text, word, names)
        base, slash, rate = q.unit.partition("/")
        if named is None and word.lower() in _DEFAULTED_CURRENCY_WORDS and rate not in _EXCHANGE_BASES:
            named = word.lower()  # "800 million pesos" with no country: pesos, whose country is not known
        if named is not None and named != base:
            out[i] = q.model_copy(update={"unit": f"{named}{slash}{rate}"})
    return out


_SIGN_WORDS = lexicon()["shared_currency_words"]["signs"]
_SCALE_ABBREVIATIONS = frozenset(("k", "m", "mn", "mln", "bn", "bln", "tn", "trn"))


def _currency_display_words(display: str) -> list[str]:
    """The words of a money figure's display unit, a sign that stands for a shared currency word read as that word
    ("Fr 3 billion" as "3 billion francs")."""
    words = display.split("/")[0].split()
    if words and words[0] in _SIGN_WORDS:
        words = [*words[1:], _SIGN_WORDS[words[0]]]
    return words


def _currency_of_named_country(text: str, word: str, names: dict[str, str]) -> str | None:
    """'the French bank ... 4.7 billion francs', 'Colombia's central bank ... 900 million pesos': where no currency
    is written with its country, the country the document names most often, by its adjective or its name, among
    those whose currency the word names ('French' francs, 'Belgian' francs; Colombia's pesos) names it; none, or a
    tie, leaves the word's country unknown."""
    counts = Counter(code for adjective in _CAPITALISED_WORD.findall(text) if (code := names.get(f"{adjective.lower()} {word.lower()}")))
    plural = word.lower()
    for country, (code, currency) in country_currencies().items():
        if country in text and currency.endswith(f" {plural}"):
            counts[code] += len(re.findall(rf"\b{re.escape(country)}\b", text))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_FROM_BETWEEN = re.compile(r",?\s+(?:(?:up|down)\s+)?from\s+")


def _rate_carried_from(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'lifted its payout to $1.10 a share from $0.90', 'earned 38 cents a share, up from 31 cents': the amount a
    price per share (per barrel, per tonne) changed from, written right after it without the rate, is per share too."""
    if not any("/" in q.unit for q in quantities):
        return quantities
    text, out = doc_text(doc), list(quantities)
    for i in range(1, len(out)):
        previous, quantity = out[i - 1], out[i]
        base, _, rate = previous.unit.partition("/")
        if not rate or rate in TIME_RATES or quantity.unit != base or quantity.value_high is not None:
            continue
        if not previous.value or not 0.1 <= quantity.value / previous.value <= 10:
            continue  # "19 cents a share, down from $41.8 million": the total the per-share figure stands beside, not its old level
        if _FROM_BETWEEN.fullmatch(text, previous.span.end, quantity.span.start):
            display = f"{quantity.display_unit}/{rate}" if quantity.display_unit else None
            out[i] = quantity.model_copy(update={"unit": previous.unit, "display_unit": display})
    return out


# "a 3-for-2 stock split", "a one-for-10 reverse split": so many new shares for so many old ones
_SPLIT = re.compile(
    r"(?<![\w.,-])(?P<new>\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en)-for-(?P<old>\d{1,3}|one|two|three|four|five|ten)"
    r"(?P<what>(?:\s+(?:common|stock|share|reverse))*\s+split)\b"
)


# what joins an amount to the one before it that restates it or that it is compared with: "$512,300, or 27 cents a
# share", "C$4.1 million, compared with C$9.3 million", "$31 million, down from $36.5 million"
_RESTATED_AFTER = re.compile(r"\)?,?\s*(?:or|compared\s+(?:with|to)|(?:up|down)\s+from|from|against|versus|vs\.)\s+(?:about\s+|some\s+|nearly\s+)?", re.I)


def _iso_currency(base: str) -> bool:
    """A canonical unit that is an ISO 4217 code ("USD")."""
    return len(base) == 3 and base.isalpha() and base.isupper()


def _is_money_unit(base: str) -> bool:
    """A canonical unit of money: an ISO code ('USD') or a shared currency word whose country is not known ('pesos',
    'crowns')."""
    return _iso_currency(base) or base in _SHARED_CURRENCY_WORDS


def _money(q: Quantity) -> bool:
    return _is_money_unit(q.unit.partition("/")[0])


def _restated_amounts(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'Acme posted net income of C$4.17 million, or 6.2 cents a share, compared with C$9.3 million': an amount that
    restates the one before it ('or ...') or is compared with it ('compared with', 'down from'), with no noun of its
    own between, measures what that amount measures, not the clause's subject ('Acme posted') nor nothing. Chains
    carry on ('..., or 13 cents a share'); an amount with its own phrase ('compared with a net loss of $6.2 million')
    keeps it."""
    out = list(quantities)
    text = doc_text(doc)
    for i in range(1, len(out)):
        q, previous = out[i], out[i - 1]
        if previous.measures_span is None or not (_money(q) and _money(previous)) or q.measures == previous.measures:
            continue
        if q.measures_span is not None and (q.measures_span.end > previous.span.start or not _actor_phrase(doc, q.measures_span)):
            continue  # a phrase of its own after the earlier amount, or a subject whose own level moved ("revenue surged")
        if not _RESTATED_AFTER.fullmatch(text, previous.span.end, q.span.start):
            continue
        out[i] = q.model_copy(update={"measures": previous.measures, "measures_span": previous.measures_span})
    return out


_FROM_LEVEL = re.compile(r"(?i:from)\b")
_TO_LEVEL = re.compile(r"\s+to\s+")


def _levels_moved_from(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'revenue may climb from 4.2 to 5-6 billion dollars': the level a figure moves from, which the parse hangs on
    'from' with no noun, measures what the level it moves to measures (revenue), not nothing."""
    out = list(quantities)
    text = doc_text(doc)
    for i in range(len(out) - 1):
        q, later = out[i], out[i + 1]
        if q.measures is None and later.measures_span is not None and q.unit == later.unit and _FROM_LEVEL.match(q.span.text) \
                and _TO_LEVEL.fullmatch(text, q.span.end, later.span.start):
            out[i] = q.model_copy(update={"measures": later.measures, "measures_span": later.measures_span})
    return out


def _actor_phrase(doc: Doc, measures) -> bool:
    """Whether a measured phrase names who acted rather than what was measured: the actor and the act ("Acme
    posted"), or the subject of a verb with a noun object of its own ("the company reported a net loss")."""
    span = doc.char_span(measures.start, measures.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if span[-1].pos_ in ("VERB", "AUX"):
        return True
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN") for c in root.head.children)


def _split_ratios(doc: Doc) -> list[Quantity]:
    """'declared a 3-for-2 stock split': a ratio of new shares to old (1.5), not a count of 3 splits and a figure 2."""
    text = doc_text(doc)
    if "-for-" not in text:
        return []
    out = []
    for match in _SPLIT.finditer(text):
        new, old = parse_number(match.group("new")), parse_number(match.group("old"))
        if not new or not old:
            continue
        out.append(
            Quantity(
                span=char_span(doc, match.start(), match.end("old")),
                value=new / old,
                unit="ratio",
                display_unit="for",
                measures=match.group("what").strip(),
            )
        )
    return out


_RESPONDING_VERBS = frozenset(lexicon()["respondent_verbs"]["lemmas"])
_POLL_NOUNS = frozenset(lexicon()["respondent_verbs"]["polls"])
_RESPONDENTS_BACK = 3  # sentences before a share's own in which its respondents are looked for


# "a third", "half": a share in words with no "of" after it, which the grammar does not read as a share of a group
_SHARE_SUBJECT = re.compile(r"\b(?:[Aa]|[Oo]ne)\s+(?P<part>third|quarter|fifth|tenth)\b(?!\s+of\b)|\b(?P<half>[Hh]alf)\b(?!\s+of\b)")


def _respondent_shares(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """"Nearly a third say", "Half said the plan was fair": a share in words right before a verb of saying or thinking
    (``respondent_verbs``), its subject, is a share of the people asked, as "almost half of which" is in NewsQuant's gold
    (no group named). "a third", "a fifth", "a tenth" only before a plural verb ("a third said" may be the third of a
    series of speakers)."""
    text = doc_text(doc)
    found = []
    for match in _SHARE_SUBJECT.finditer(text):
        word = _token_at(doc, match.end() - 1)
        verb = word.nbor(1) if word is not None and word.i + 1 < len(doc) else None
        # the verb right after the share, not the parse's subject: the parser reads "a third say" as an adjective
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _RESPONDING_VERBS:
            continue
        if match.group("part") in ("third", "fifth", "tenth") and verb.tag_ not in ("VBP", "VB"):
            continue
        if any(q.span.start < match.end() and match.start() < q.span.end for q in quantities):
            continue
        qualifier, start = qualifier_before(text, match.start())
        whole = 2 if match.group("half") else SHARE_PARTS[match.group("part")]
        found.append(Quantity(span=char_span(doc, start, match.end()), value=1 / whole, unit="ratio", display_unit="share", qualifier=qualifier))
    return sorted([*quantities, *found], key=lambda q: q.span.start) if found else quantities


def _respondents(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """A share that is the subject of a verb of saying or thinking and names no group ("Only 24 percent said the
    economy was improving", "61 percent want him to stay") is a share of the poll's respondents: the people an earlier
    figure counted or shared out ("a survey of 1,200 voters", "38 percent of Democrats said"), else the people a poll
    "of" names ("a poll of likely voters"), in its sentence or the three before; else it measures nothing, as before."""
    out = list(quantities)
    for i, q in enumerate(out):
        if q.unit != "percent" or q.measures is not None:
            continue
        span = doc.char_span(q.span.start, q.span.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_.lower() not in _RESPONDING_VERBS or root.head.i < root.i:
            continue
        sentence = root.sent
        start = doc[_sentence_before(doc, sentence, _RESPONDENTS_BACK)].idx if _RESPONDENTS_BACK else sentence.start_char
        group = None
        for earlier in reversed(out[:i]):
            if earlier.span.start < start:
                break
            if earlier.measures_span is None:
                continue
            phrase = doc.char_span(earlier.measures_span.start, earlier.measures_span.end, alignment_mode="expand")
            if phrase is not None and len(phrase) and _people_noun(phrase.root):
                group = phrase
                break
        if group is None:
            group = _polled_people(doc, doc[_sentence_before(doc, sentence, _RESPONDENTS_BACK)].i, root.i)
        if group is not None:
            out[i] = q.model_copy(update={"measures": group.text, "measures_span": token_span(doc, group)})
    return out


def _people_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in person_nouns() or token.ent_type_ == "NORP")


def _polled_people(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The people after "poll of" or "survey of" between tokens ``start`` and ``end`` ("a poll of likely voters"), the
    latest, as the noun and its modifiers; None when there are none."""
    found = None
    for token in doc[start:end]:
        if token.lemma_.lower() in _POLL_NOUNS and token.pos_ == "NOUN":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if noun is not None and noun.i < end and _people_noun(noun):
                        left = noun.left_edge.i
                        while left < noun.i and (doc[left].pos_ in ("DET", "NUM", "PUNCT") or doc[left].like_num):
                            left += 1
                        found = doc[left : noun.i + 1]
    return found
