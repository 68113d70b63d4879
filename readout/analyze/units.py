"""Units: the quantity lexicon and pint conversions to one canonical unit per dimension.

Figures from different articles are only comparable in the same unit, so physical
quantities are converted (12.5 bcm -> 1.25e10 m3) while the unit as written is
kept as the display unit. The pint registry is loaded once per process from
data/units.txt; it is read-only afterwards.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pint

DATA_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The surface forms of quantities (data/quantity_lexicon.json), with CLDR's currency signs that hold a '$'."""
    lex = json.loads((DATA_DIR / "quantity_lexicon.json").read_text(encoding="utf-8"))
    for symbol, code in cldr_currencies()[1].items():
        lex["currency_prefixes"].setdefault(symbol, code)  # "NT$", "MX$"
    lex["subunits"] = {**lex["country_subunits"]["subunits"], **lex["subunits"]}  # "41 Canadian cents"
    lex["currency_words"] = {**lex["currency_words"], **lex["former_currencies"]["words"], **lex["wire_currency_abbreviations"]["words"]}
    for symbol, code in lex["wire_currency_abbreviations"]["prefixes"].items():
        lex["currency_prefixes"].setdefault(symbol, code)  # "dlrs 9 billion"
    for symbol, code in lex["local_currency_signs"]["signs"].items():
        lex["currency_prefixes"].setdefault(symbol, code)  # "Sh3 billion", "KSh 450 million"
    not_signs = set(lex["scaled_currency_signs"]["not_signs"])
    lex["scaled_currency_prefixes"] = dict(lex["scaled_currency_signs"]["signs"]) | {
        code: code for code in cldr_currencies()[2] if code not in lex["currency_prefixes"] and code not in not_signs
    }  # "R2.5 billion", "UGX 3 billion": only before a scale word or a grouped figure
    lex["rate_periods"] = _with_period_modifiers(lex["rate_periods"], lex["rate_period_modifiers"]["words"])
    lex["rate_periods"] |= {  # "a $24-a-share bid": the hyphened form of "a share", "a year"
        phrase.replace(" ", "-"): period for phrase, period in lex["rate_periods"].items() if re.fullmatch(r"an? [a-z]+", phrase)
    }
    return lex


_RATE_OPENERS = ("per ", "a ", "each ", "every ")


def _with_period_modifiers(periods: dict[str, str], modifiers: list[str]) -> dict[str, str]:
    """The rate phrases plus each with a modifier before its period ('per calendar month', 'a working day'):
    the modifier does not change what the rate is per, so it is read as the phrase without it."""
    out = dict(periods)
    for phrase, period in periods.items():
        opener = next((o for o in _RATE_OPENERS if phrase.startswith(o)), None)
        if opener is None or period not in ("year", "month", "week", "day", "hour"):
            continue
        for modifier in modifiers:
            out.setdefault(f"{opener}{modifier} {phrase[len(opener):]}", period)
    return out


@lru_cache(maxsize=1)
def cldr_currencies() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """(currency name in lower case -> ISO code, sign -> ISO code, the ISO 4217 codes in use) from CLDR's English
    names (Babel's data).

    Names come with their country ("egyptian pounds", "mexican pesos", "thai baht"); a last word
    alone ("baht", "zlotys") only when it names one currency and is not an English word first
    (data/quantity_lexicon.json, ``cldr_not_bare``). The lexicon's own words are read first
    ("pounds" stays sterling): these names are looked up only after a figure with no unit.
    """
    from babel.numbers import get_currency_name, get_currency_symbol, list_currencies

    not_bare = set(json.loads((DATA_DIR / "quantity_lexicon.json").read_text(encoding="utf-8"))["cldr_not_bare"]["words"])
    names: dict[str, str] = {}
    signs: dict[str, str] = {}
    last_words: dict[str, set[str]] = {}
    in_use: list[str] = []
    for code in sorted(list_currencies()):
        singular = get_currency_name(code, locale="en")
        if "(" in singular or (code.startswith("X") and code not in ("XOF", "XAF", "XCD", "XPF")):
            continue  # a currency no longer issued ("(1990–1993)"), a metal or a unit of account
        in_use.append(code)
        plural = get_currency_name(code, count=2, locale="en")
        for name in (singular, plural):
            names.setdefault(name.lower(), code)
            last_words.setdefault(name.split()[-1].lower(), set()).add(code)
        symbol = get_currency_symbol(code, locale="en")
        if "$" in symbol and len(symbol) > 1 and symbol != code:
            signs[symbol] = code
    for word, codes in last_words.items():
        if len(codes) == 1 and word not in not_bare:
            names.setdefault(word, next(iter(codes)))
    return names, signs, tuple(in_use)


@lru_cache(maxsize=1)
def country_currencies() -> dict[str, tuple[str, str]]:
    """Country name as CLDR writes it in English ('Colombia', 'Saudi Arabia') -> the ISO 4217 code of its tender
    currency in 2026 and that currency's plural name in lower case ('COP', 'colombian pesos'), from Babel's data: a
    country named in an article says which 'pesos' or 'rupees' it means."""
    import datetime as dt

    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    found: dict[str, tuple[str, str]] = {}
    for territory, name in Locale("en").territories.items():
        if territory.isalpha() and (codes := get_territory_currencies(territory, start_date=dt.date(2026, 1, 1), tender=True)):
            found[name] = (codes[0], get_currency_name(codes[0], count=2, locale="en").lower())
    return found


@lru_cache(maxsize=None)
def currency_name(code: str) -> str:
    """CLDR's English name of an ISO 4217 code ('EGP' -> 'Egyptian Pound')."""
    from babel.numbers import get_currency_name

    return get_currency_name(code, locale="en")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """pint's default units plus readout's (data/units.txt)."""
    ureg = pint.UnitRegistry()
    ureg.load_definitions(str(DATA_DIR / "units.txt"))
    return ureg


def _dimension_key(ureg: pint.UnitRegistry, expression: str) -> str | None:
    """The canonical-units key whose dimensionality and root units match ``expression``.

    The root units keep apart what pint counts as dimensionless: bits and bytes, angles, decibels,
    parts per million (else "20 degrees" became bytes and "1 Gbps" hertz)."""
    target = ureg.parse_expression(expression).dimensionality
    root = str(ureg.get_root_units(expression)[1])
    keys = [
        key
        for key in lexicon()["canonical_units"]
        if key != "dimensionless" and ureg.parse_expression(key).dimensionality == target and str(ureg.get_root_units(key)[1]) == root
        # a temperature difference ("warmed by 3.6 degrees Fahrenheit") converts to a difference, by ratio only
        and key.startswith("delta_") == expression.startswith("delta_")
    ]
    factors = _factor_dimensions(ureg, expression)
    # a torque is a force times a length, not an energy: "400 Nm", "332 lb-ft" are N*m, whatever pint's dimensions say
    return next((key for key in keys if _factor_dimensions(ureg, key) == factors), keys[0] if keys else None)


def _factor_dimensions(ureg: pint.UnitRegistry, expression: str) -> list[tuple[tuple[str, float], ...]]:
    """The dimensions of the units an expression is written with ('pound_force * foot': force and length)."""
    units = ureg.parse_expression(expression).units
    return sorted(tuple(sorted((ureg.parse_expression(name).dimensionality ** power).items())) for name, power in units._units.items())


@lru_cache(maxsize=512)
def _conversion(expression: str) -> tuple[float, float, str] | None:
    """(factor, offset, canonical name) so that canonical = value * factor + offset."""
    ureg = registry()
    try:
        key = _dimension_key(ureg, expression)
        if key is None:
            return None
        zero = ureg.Quantity(0.0, expression).to(key).magnitude
        one = ureg.Quantity(1.0, expression).to(key).magnitude
    except (pint.errors.PintError, AttributeError, TypeError, ValueError):
        return None
    return one - zero, zero, lexicon()["canonical_units"][key]


def to_canonical(value: float, expression: str, rate: str | None = None) -> tuple[float, str]:
    """Convert ``value`` in the pint ``expression`` to the canonical unit of its dimension.

    ``rate`` ("year", "day") makes a flow: 30 bcm annually -> 3.0e10 "m3/year".
    Units with no canonical entry keep their pint expression.
    """
    conversion = _conversion(expression)
    if conversion is None:
        unit = expression.replace(" ", "")
        converted = value
    else:
        factor, offset, unit = conversion
        converted = value * factor + offset
    if rate:
        unit = f"{unit}/{rate}"
    return _round(converted), unit


def _round(value: float, digits: int = 12) -> float:
    """Drop floating-point noise from conversions (3000 rpm, not 3000.0000000000005)."""
    return float(f"{value:.{digits}g}")


def from_canonical(value: float, expression: str) -> float:
    """The inverse of ``to_canonical``: back to the unit as written (for display and benchmarks)."""
    conversion = _conversion(expression)
    if conversion is None:
        return value
    factor, offset, _ = conversion
    return _round((value - offset) / factor, digits=10)


def pint_name(expression: str) -> str:
    """pint's long name of an expression, e.g. 'kilometer / hour' (for benchmark unit mapping)."""
    try:
        return str(registry().parse_expression(expression).units)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError):
        return expression
