"""GeoNames' macro-regions, oceans and seas, with GeoNames' own points.

Used by ``build_gazetteer.py`` only (never at run time).

GeoNames keeps the places that lie in no country (oceans, seas, gulfs,
macro-regions such as "Middle East" or "Northern Europe", unions such as the
European Union) in its dump file ``no-country.txt`` (same columns as
``allCountries.txt``; CC BY 4.0, attribution "GeoNames"). No PyPI package
ships it; the build reads it from a path (the file itself, or a git directory
whose ``HEAD`` holds it, such as a snapshot of
github.com/PrimeEagle/PowerShell-GeonameGrampsImport); it is never committed.

Rows kept (each with its GeoNames id and point, ``point_source``
``geonames/no-country``):

* regions (``L.RGN``, ``L.RGNE``) to which GeoNames gives a population, i.e.
  the groupings of countries it records as such (those without one are vague
  or historical: "America" at 26 N 104 W, "Polar Regions"); unions
  (``A.ZN``: the EU, ASEAN) are organisations more often than places in news
  and are left out;
* oceans (``H.OCN``);
* any other row whose id a curated place names in its ``point_from`` column
  (seas and gulfs such as the Red Sea), so that the curated row can take
  GeoNames' point.

GeoNames gives no extent, so the radius is set by kind (documented in
``data/LICENSE-DATA.md``): a region 1,500 km, an ocean 5,000 km, a
sea 500 km; a curated row keeps its own radius.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

from country_points import snapshot_text

DEFAULT_SOURCE = os.environ.get("GEOMAP_GEONAMES_NO_COUNTRY",
                                "/work/.mirror/PrimeEagle+PowerShell-GeonameGrampsImport/repo")
FILE_IN_REPO = "no-country.txt"
POINT_SOURCE = "geonames/no-country"
# GeoNames feature code -> (place type, radius in metres)
KINDS = {"RGN": ("region", 1_500_000.0), "RGNE": ("region", 1_500_000.0),
         "OCN": ("ocean", 5_000_000.0), "SEA": ("sea", 500_000.0), "GULF": ("sea", 500_000.0)}
GROUPINGS = ("RGN", "RGNE")


def _text(source: Path) -> str:
    """The dump's text: the file itself, or ``HEAD:no-country.txt`` of a git directory."""
    return snapshot_text(source, FILE_IN_REPO, f"Error: no GeoNames no-country.txt at {source} (give "
                         "--geonames-no-country FILE or set GEOMAP_GEONAMES_NO_COUNTRY; 'none' builds without it)")


def curated_point_ids(places_csv: Path) -> set[str]:
    """GeoNames ids that curated places take their point from (``point_from`` = ``geonames:ID``)."""
    with open(places_csv, newline="", encoding="utf-8") as fh:
        return {row["point_from"].split(":", 1)[1] for row in csv.DictReader(fh)
                if (row.get("point_from") or "").startswith("geonames:")}


def _wanted(cols: list[str], referenced: set[str]) -> bool:
    code = cols[7]
    if code not in KINDS:
        return False
    if cols[0] in referenced or code == "OCN":
        return True
    return code in GROUPINGS and int(cols[14] or 0) > 0


def region_rows(source: Path | None, referenced: set[str]) -> list[tuple]:
    """Gazetteer rows (``build_gazetteer`` columns) for the kept no-country features, sorted by key."""
    if source is None:
        return []
    rows, seen = [], set()
    for line in _text(source).splitlines():
        cols = line.split("\t")
        if len(cols) < 15 or not _wanted(cols, referenced):
            continue
        place_type, radius = KINDS[cols[7]]
        names = sorted({cols[2]} - {cols[1]} - {""})
        rows.append((f"geonames:{cols[0]}", cols[1], round(float(cols[4]), 5), round(float(cols[5]), 5), "", "",
                     int(cols[14] or 0), place_type, radius, "|".join(names), "", POINT_SOURCE))
        seen.add(cols[0])
    missing = referenced - seen
    if missing:
        raise SystemExit(f"Error: curated point_from ids not in {FILE_IN_REPO}: {sorted(missing)}")
    return sorted(rows)
