"""A distance statement in apposition to a named place is checked against the gazetteer's position of that place
(geomap.described_places). The articles are real, read from the repo's evaluation files (URLs there)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.described_places import disagrees, fit
from geomap.geometry import destination
from geomap.model import Entry, Place, Relation
from geomap.pipeline import extract

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _text(path: str, key: str, value: str) -> str:
    for line in (EVAL / path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row[key] == value or (key == "url" and value in row[key]):
            return row.get("text") or row["quote"]
    raise LookupError(value)


def _roles(doc) -> dict[str, str]:
    return {p.entry.name: p.role for p in doc.places}


def test_a_town_the_statement_misplaces_is_the_incident_and_the_statement_context():
    # https://www.newsmax.com/world/globaltalk/eu-russia-building-collapse/2018/12/31/id/896351: "Magnitogorsk, a
    # city of 400,000 about 1,400 kilometers (870 miles) southeast of Moscow" (Magnitogorsk lies east of Moscow)
    doc = extract(_text("incidents/fresh.jsonl", "url", "eu-russia-building-collapse"))
    statement = next(r for r in doc.relations if "1,400" in r.text)
    assert statement.role == "context" and statement.role_reason.startswith("describes Magnitogorsk")
    assert "km east of Moscow" in statement.role_reason
    assert _roles(doc)["Magnitogorsk"] == "incident"
    assert any(w.code == "described_place" and "Magnitogorsk is drawn as the incident" in w.message
               for w in doc.warnings)


def test_a_namesake_abroad_gives_way_to_the_statement():
    # https://www.ndtv.com/world-news/12-killed-after-coal-mine-collapses-in-pakistan-5274411: "the mining region
    # of Khost, about 80 kilometres (50 miles) east of Quetta": the gazetteer's only Khost is Afghanistan's
    doc = extract(_text("incidents/fresh7.jsonl", "url", "12-killed-after-coal-mine-collapses"))
    statement = next(r for r in doc.relations if "80 kilometres" in r.text)
    assert statement.role == "incident"
    assert all(p.role == "context" for p in doc.places if p.entry.country == "AF")
    assert any(w.code == "described_place" and "taken for a namesake" in w.message for w in doc.warnings)


def test_a_town_the_statement_places_within_its_rounding_is_left_alone():
    # https://www.shropshirestar.com/world-news/2025/03/05/three-skiers-feared-dead-after-avalanche-in-alaska/:
    # "Girdwood, located about 40 miles south of Anchorage": Girdwood, 50 km away, is within the statement's
    # rounding, so both stay the incident's
    doc = extract(_text("relations/fresh10.jsonl", "id", "r590"))
    assert all(r.role == "incident" for r in doc.relations if r.kind == "distance")
    assert not any(w.code == "described_place" for w in doc.warnings)


def test_a_place_the_text_calls_an_area_is_not_trusted_over_the_statement():
    # http://clevefurnbank.org/...: "Maoxian lies in Sichuan's Aba prefecture, around 110 miles by road north of
    # the provincial capital Chengdu": a prefecture's point is no better than the statement
    doc = extract(_text("relations/cases.jsonl", "id", "r101"))
    assert all(r.role == "incident" for r in doc.relations if r.kind == "distance")


def test_the_first_of_two_references_for_one_position_describes_nothing():
    # latestly.com (IMD bulletin, r769): "about 520 km southwest of Port Blair, 1410 km south-southwest of Cox's
    # Bazar": Port Blair is the first reference, not a place the second one describes
    doc = extract(_text("relations/fresh11.jsonl", "id", "r769"))
    assert not any(w.code == "described_place" for w in doc.warnings)


def _place(lat: float, lon: float, radius: float = 1000.0) -> Place:
    return Place(Entry("s", "n", lat, lon, "XX", None, 0, "city", radius), ())


@settings(max_examples=60, deadline=None)
@given(lat=st.floats(-60, 60), lon=st.floats(-179, 179), km=st.floats(5, 2000), bearing=st.floats(0, 359.9),
       turn=st.floats(-20, 20), stretch=st.floats(0.95, 1.05))
def test_a_place_inside_the_zone_has_no_gap(lat, lon, km, bearing, turn, stretch):
    r = Relation("a", "A", km * 1000, km * 900, km * 1100, bearing, 22.5, "about", "", 0, 0, 0)
    y, x = destination(lat, lon, (bearing + turn) % 360.0, km * 1000 * stretch)
    gap, _, _ = fit(r, _place(lat, lon), _place(y, x))
    assert gap == pytest.approx(0.0, abs=1.0) and not disagrees(r, gap)


@settings(max_examples=60, deadline=None)
@given(lat=st.floats(-60, 60), lon=st.floats(-179, 179), km=st.floats(200, 2000), bearing=st.floats(0, 359.9))
def test_a_place_on_the_opposite_side_disagrees(lat, lon, km, bearing):
    r = Relation("a", "A", km * 1000, km * 900, km * 1100, bearing, 22.5, "about", "", 0, 0, 0)
    y, x = destination(lat, lon, (bearing + 180.0) % 360.0, km * 1000)
    assert disagrees(r, fit(r, _place(lat, lon), _place(y, x))[0])
