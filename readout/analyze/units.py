"""Units: the quantity lexicon and pint conversions to one canonical unit per dimension.

Figures from different articles are only comparable in the same unit, so physical
quantities are converted (12.5 bcm -> 1.25e10 m3) while the unit as written is
kept as the display unit. The pint registry is loaded once per process from
data/units.txt; it is read-only afterwards.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pint

DATA_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The surface forms of quantities (data/quantity_lexicon.json)."""
    return json.loads((DATA_DIR / "quantity_lexicon.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """pint's default units plus readout's (data/units.txt)."""
    ureg = pint.UnitRegistry()
    ureg.load_definitions(str(DATA_DIR / "units.txt"))
    return ureg


def _dimension_key(ureg: pint.UnitRegistry, expression: str) -> str | None:
    """The canonical-units key whose dimensionality matches ``expression``."""
    target = ureg.parse_expression(expression).dimensionality
    for key in lexicon()["canonical_units"]:
        if key != "dimensionless" and ureg.parse_expression(key).dimensionality == target:
            return key
    return None


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

    ``rate`` ("year", "day") makes a flow: 44 bcm annually -> 4.4e10 "m3/year".
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
