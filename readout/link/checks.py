"""Stated ratios, multiples and changes checked against the figures the same text gives.

A stated multiple ("four times higher", "sixfold") or change ("doubled",
"up 20%") is compared with the two figures of one unit that the same sentence
or its neighbours give; when several pairs could be meant, the pair closest to
the statement is shown, so a check that fails fails for every pair. It holds
when the computed value is within the stated wording's tolerance (exact 5%,
approximate 15%, "more than" one-sided). The words that state a change are data
(``data/change_words.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from readout.link.figures import is_figure
from readout.model import ArithmeticCheck, Quantity, Source, Span

WINDOW = 1  # sentences before and after the statement in which its figures are looked for
EXACT, APPROXIMATE = 0.05, 0.15


@dataclass(frozen=True)
class ChangeWords:
    multiples: dict[str, float]
    increase: frozenset[str]
    decrease: frozenset[str]

    @classmethod
    def load(cls) -> ChangeWords:
        data = json.loads((resources.files("readout.link") / "data" / "change_words.json").read_text(encoding="utf-8"))
        return cls(data["multiples"], frozenset(data["increase"]), frozenset(data["decrease"]))


_WORDS = ChangeWords.load()
_MULTIPLE = re.compile(r"\b(" + "|".join(map(re.escape, _WORDS.multiples)) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def arithmetic_checks(source: Source) -> list[ArithmeticCheck]:
    sentences = [s.span for s in source.analysis.sentences]
    figures = [q for q in source.analysis.quantities if is_figure(q) and q.unit not in ("ratio", "percent", "rank")]
    checks = []
    for index, sentence in enumerate(sentences):
        nearby = [q for q in figures if _within(q.span, sentences[max(0, index - WINDOW) : index + WINDOW + 1])]
        for statement in _statements(source, sentence):
            check = _check(source.id, statement, nearby)
            if check is not None:
                checks.append(check)
    return checks


@dataclass(frozen=True)
class _Statement:
    span: Span
    value: float
    relation: str  # ratio or percent_change
    qualifier: str
    directional: bool = False  # "doubled", "halved": the later value over the earlier one, not the larger over the smaller


def _statements(source: Source, sentence: Span) -> list[_Statement]:
    found = []
    for q in source.analysis.quantities:
        if not (sentence.start <= q.span.start < sentence.end):
            continue
        if q.unit == "ratio":
            found.append(_Statement(q.span, q.value, "ratio", q.qualifier))
        elif q.unit == "percent":
            around = set(_WORD.findall(source.document.text[max(sentence.start, q.span.start - 30) : q.span.end + 20].lower()))
            sign = 1 if around & _WORDS.increase else -1 if around & _WORDS.decrease else 0
            if sign:
                found.append(_Statement(q.span, sign * q.value, "percent_change", q.qualifier))
    for match in _MULTIPLE.finditer(sentence.text):
        start = sentence.start + match.start()
        span = Span(doc_id=sentence.doc_id, start=start, end=start + len(match.group(0)), text=match.group(0))
        found.append(_Statement(span, _WORDS.multiples[match.group(1).lower()], "ratio", "exact", directional=True))
    return found


def _within(span: Span, sentences: list[Span]) -> bool:
    return any(s.start <= span.start < s.end for s in sentences)


def _check(doc_id: str, statement: _Statement, figures: list[Quantity]) -> ArithmeticCheck | None:
    candidates = []
    for n, a in enumerate(figures):
        for b in figures[n + 1 :]:
            if a.unit != b.unit or a.value == b.value or not a.value or not b.value:
                continue
            if statement.relation == "ratio" and statement.directional:
                earlier, later = _in_time_order(a, b)
                computed = later.value / earlier.value
                candidates.append((abs(computed - statement.value) / statement.value, computed, (later, earlier)))
            elif statement.relation == "ratio":
                small, large = sorted((a, b), key=lambda q: q.value)
                computed = large.value / small.value
                target = statement.value if statement.value >= 1 else 1 / statement.value
                candidates.append((abs(computed - target) / target, computed, (large, small)))
            else:
                earlier, later = _in_time_order(a, b)
                computed = (later.value - earlier.value) / earlier.value * 100
                candidates.append((abs(computed - statement.value) / max(abs(statement.value), 1.0), computed, (earlier, later)))
    if not candidates:
        return None
    error, computed, (x, y) = min(candidates, key=lambda c: c[0])
    holds = _holds(statement, computed, error)
    if statement.relation == "ratio":
        reason = f"stated {statement.span.text!r} ({statement.value:g}×); {x.span.text!r} / {y.span.text!r} = {computed:.2f}"
    else:
        reason = f"stated {statement.span.text!r} ({statement.value:+g}%); from {x.span.text!r} to {y.span.text!r} is {computed:+.1f}%"
    return ArithmeticCheck(
        doc_id=doc_id,
        stated=statement.span,
        stated_value=statement.value,
        relation=statement.relation,
        operands=(x.span, y.span),
        computed_value=round(computed, 4),
        holds=holds,
        reason=reason + ("; consistent" if holds else "; does not match"),
    )


def _in_time_order(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    if a.period and b.period and a.period.start and b.period.start and a.period.start != b.period.start:
        return (a, b) if a.period.start < b.period.start else (b, a)
    return (a, b) if a.span.start < b.span.start else (b, a)


def _holds(statement: _Statement, computed: float, error: float) -> bool:
    directly = statement.relation == "percent_change" or statement.directional or statement.value >= 1
    target = statement.value if directly else 1 / statement.value
    if statement.qualifier in ("more_than", "at_least"):
        return computed >= target * (1 - EXACT)
    if statement.qualifier in ("less_than", "at_most", "up_to"):
        return computed <= target * (1 + EXACT)
    return error <= (APPROXIMATE if statement.qualifier == "approximately" else EXACT)
