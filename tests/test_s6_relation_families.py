"""Wording families left over in the relation corpora (eval/relations/*.jsonl, issue #11), sixth session.

Each row is one of the corpora's real quotes, standing for a family of wording:

- a settlement's kind in front of a name that a town and its division share ("some 80 kilometres north of
  the capital of Maputo", fresh8 r486): the distance is measured from the town, as from a bare "Maputo";
  "the capital of Maputo province" keeps the province;
"""
from __future__ import annotations

import pytest

from repo_scripts import check_relation_case, relation_cases

CASES = {name: relation_cases(f"{name}.jsonl") for name in ("fresh8",)}

FAMILIES = [
    ("fresh8", "r486", "incident", "a settlement's kind before a town's name: 'the capital of Maputo'"),
]


@pytest.mark.parametrize("corpus, case_id, role, wording", FAMILIES, ids=[f[1] for f in FAMILIES])
def test_family_is_read_on_the_real_quote(corpus, case_id, role, wording):
    check_relation_case(CASES[corpus][case_id], role, wording)


def _zone_anchors(text: str) -> list[tuple[str, str]]:
    """(anchor name, anchor type) of each zone drawn from ``text``."""
    from geomap.result import run

    features = run(text).geojson["features"]
    places = {f["properties"]["id"]: f["properties"] for f in features if f["properties"]["kind"] == "place"}
    return [(places[z["anchor"]]["name"], places[z["anchor"]]["place_type"])
            for z in (f["properties"] for f in features) if z["kind"] == "zone"]


@pytest.mark.parametrize("text, anchors", [
    ("The road was cut some 80 kilometres north of the capital of Maputo.", [("Maputo", "capital")]),
    ("The road was cut some 80 kilometres north of the city of Maputo.", [("Maputo", "capital")]),
    # a division's kind after the name: the province is meant
    ("The road was cut some 80 kilometres north of the capital of Maputo province.", [("Maputo", "admin1")]),
])
def test_a_towns_kind_in_front_measures_from_the_town(text, anchors):
    assert _zone_anchors(text) == anchors
