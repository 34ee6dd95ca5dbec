"""National capitals and first-level divisions by code, found in the GeoNames store's rows.

"The capital" of an article's country and AP state abbreviations ("Calif.")
need the row of a capital or a state from its ISO code. Both tables are built
on first use by one regular-expression pass over the relevant section of the
file, so a run that needs neither pays nothing.
"""
from __future__ import annotations


from .errors import DataError
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

_CAPITAL_ROW = lazy_compile(
    rb"\n(geonames:\d+)\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t([A-Z]{2})\t[^\t\n]*\t[^\t\n]*\tcapital\t")
_ADMIN1_ROW = lazy_compile(
    rb"\n([^\t\n]+)\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t([A-Z]{2})\t([^\t\n]+)\t[^\t\n]*\tadmin1\t")


class AdminIndex:
    """Source keys of capitals (by ISO country code) and divisions (by country and admin-1 code)."""

    def __init__(self, data: bytes):
        self._data = data
        self._capitals: dict[str, str] | None = None
        self._divisions: dict[tuple[str, str], str] | None = None

    def capital(self, country: str) -> str | None:
        """The source key of the national capital of ``country``, if the file has it."""
        if self._capitals is None:
            data = self._data
            first = data.find(b"\tcapital\t")  # the builder keeps capitals together, before cities
            start = data.rfind(b"\n", 0, first) if first >= 0 else len(data)
            end = data.find(b"\tcity\t", first) if first >= 0 else len(data)
            self._capitals = {m.group(2).decode(): m.group(1).decode()
                              for m in _CAPITAL_ROW.finditer(data, start, end if end >= 0 else len(data))}
        return self._capitals.get(country)

    def division(self, country: str, code: str) -> str | None:
        """The source key of the first-level division ``code`` of ``country`` (GeoNames admin-1 codes)."""
        if self._divisions is None:
            section = self._data[:self._data.find(b"\tadmin2\t")]
            found: dict[tuple[str, str], str] = {}
            for m in _ADMIN1_ROW.finditer(section):
                found.setdefault((m.group(2).decode(), m.group(3).decode()), m.group(1).decode())
            self._divisions = found
        return self._divisions.get((country, code))

    def us_state(self, code: str) -> str:
        """The source key of the US state with this two-letter code."""
        key = self.division("US", code)
        if key is None:
            raise DataError(f"curated/us_state_abbreviations.csv: no US state {code!r} in the gazetteer")
        return key
