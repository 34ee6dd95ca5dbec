"""Facts several modules rely on are written once, and the modules agree on them (issue #10)."""
import pytest

import geomap.zone_sizes
from geomap.clauses import Clauses
from geomap.feature_collection import precision_class, to_feature_collection
from geomap.model import Sentence
from geomap.pipeline import extract
from geomap.render import timeline_steps
from geomap.result import run
from geomap.roles import BROAD_TYPES
from geomap.vocabulary import BROAD_PLACE_TYPES, ORDINALS


@pytest.mark.parametrize("place_type", sorted(BROAD_TYPES))
def test_every_type_roles_calls_broad_is_the_coarsest_precision(place_type):
    # roles treated straits and canals as broad context, features gave them a town's precision
    assert precision_class(place_type, 1000.0) == 3


def test_a_strait_is_drawn_as_coarse_as_a_sea():
    fc = run("A tanker was attacked in the Strait of Hormuz on Tuesday, off Oman.").geojson
    strait = next(f["properties"] for f in fc["features"] if f["properties"].get("place_type") == "strait")
    assert strait["precision"] == 3


def test_broad_place_types_include_water_areas():
    assert {"sea", "ocean", "strait", "canal"} <= BROAD_PLACE_TYPES


def _event(ordinal: str) -> dict:
    return {"properties": {"kind": "event", "ordinal": ordinal, "id": f"event:{ordinal}",
                           "label": f"{ordinal} blast", "zone": f"zone:{ordinal}"}}


def test_timeline_orders_events_by_the_one_ordinal_list():
    fc = {"features": [_event(w) for w in reversed(ORDINALS)]}
    assert [label.split(" ")[0] for label, _, _, _ in timeline_steps(fc)] == list(ORDINALS)


def test_another_comes_before_the_last():
    assert ORDINALS.index("tenth") < ORDINALS.index("another") < ORDINALS.index("last")


def test_clause_labels_know_every_ordinal_the_timeline_orders():
    for word in ORDINALS:
        text = f"The {word} blast was 700 m away"
        assert Clauses(text).label(Sentence(0, 0, len(text)), 17) == (word, "blast")


def test_zone_and_event_precision_use_the_place_thresholds():
    fc = run("The first blast was 30 km north of Kerman, Iran.").geojson
    for f in fc["features"]:
        p = f["properties"]
        if p["kind"] in ("zone", "event"):
            assert p["precision"] == precision_class("city", p["uncertainty_m"])


def test_each_relation_shape_is_built_once(monkeypatch, gazetteer, seed_text):
    ex = extract(seed_text, gazetteer)
    calls = []
    real = geomap.zone_sizes.zone_for
    monkeypatch.setattr(geomap.zone_sizes, "zone_for", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    fc = to_feature_collection(ex)
    zones = [f for f in fc["features"] if f["properties"]["kind"] == "zone"]
    assert len(zones) >= 2
    assert len(calls) == len(zones)
