"""A distance given twice, the second time in brackets: "una milla náutica (1.852 kilómetros)".

The bracketed figure is a conversion of the one before it. When the first
figure is read, it counts (as in English: "15 miles (24 km)"); the bracket is
skipped by :func:`bracket` (so is one between commas: "50 milhas
náuticas, cerca de 93 quilómetros ao largo de"). When only the bracketed one is (the first has a
unit geomap does not read), a figure like "1.852" is either 1852 or 1.852:
:func:`bracketed_reading` takes the reading closest to the first figure
("una milla" is about 1.6 km, so 1.852 km, not 1852 km).
"""
from __future__ import annotations

import math
import re

from .lexicon import DECIMAL_COMMA, NUMBER_WORDS, UNITS

_AMBIGUOUS = re.compile(r"\d{1,3}([.,])\d{3}")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+")


def bracket(num: str, unit: str, qual: str) -> str:
    """Regex (no groups) of a conversion right after a distance's unit: " (46 km)", or between
    commas with a qualifier: "50 milhas náuticas, cerca de 93 quilómetros"."""
    return (rf"\s*\(\s*(?:(?:{qual})\s+)?(?:{num})\s*(?:{unit})(?![^\W\d_])\s*\)"
            rf"|,\s*(?:o\s+|ou\s+|soit\s+|oder\s+|ossia\s+)?(?:{qual})\s+(?:{num})\s*(?:{unit})(?![^\W\d_]),?")


def _unit_m(word: str) -> float | None:
    for regex, metres in UNITS.items():
        if re.fullmatch(regex, word, re.IGNORECASE):
            return metres
    return None


def _number(lang: str, word: str) -> float | None:
    if word[:1].isdigit():  # the page's own convention: "1.150 millas" is 1150 in Spanish
        mark, grouping = (",", ".") if lang in DECIMAL_COMMA else (".", ",")
        if re.fullmatch(rf"\d{{1,3}}(?:\{grouping}\d{{3}})+", word):
            word = word.replace(grouping, "")
        return float(word.replace(",", "."))
    value = NUMBER_WORDS.get(lang, {}).get(word.lower())
    return None if value is None else float(value)


def figure_before(lang: str, before: str) -> float | None:
    """Metres of the distance written at the end of ``before`` ("a una milla náutica "), else None."""
    tokens = _TOKEN.findall(before)[-3:]
    found = None
    for number, unit in zip(tokens, tokens[1:]):
        value, metres = _number(lang, number), _unit_m(unit)
        if value is not None and metres is not None:
            found = value * metres
    return found


def bracketed_reading(lang: str, raw: str, unit_m: float, before: str) -> tuple[float, str] | None:
    """Value and text of a bracketed figure that reads two ways ("1.852": 1852 or 1.852), the one
    nearer the figure it converts; None when it reads one way or no figure comes before."""
    m = _AMBIGUOUS.fullmatch(raw)
    main = figure_before(lang, before) if m else None
    if not main:
        return None
    readings = [raw.replace(m.group(1), ""), raw.replace(m.group(1), ".")]
    best = min(readings, key=lambda r: abs(math.log(float(r) * unit_m / main)))
    return float(best), best
