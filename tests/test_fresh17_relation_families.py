"""Wording families batch 17 of the fresh corpus (eval/relations/fresh17.jsonl, issue #11) showed geomap misreading.

Batch 17 was scored before any code changed for it (37/61 exact, 3/29 drawn; eval/relations/README.md); it is tuned
from here on. Each row below is one of its real quotes, standing for a family; the other tests write the same family
in other reports' words:

- the relation stated in reverse, the town placed from the epicentre, as seismological summaries word it with no
  article ("Fayzabad, Afghanistan which is just 60 km North of epicenter", "The town of Jarm, Afghanistan is 35 km
  South West of epicenter") or with the town's kind after its name ("the town center of Kadingilan town, 12 km south
  of the epicenter"): the epicentre lies that far from the town, the other way round;
- "previously labelled as magnitude 5.9": a former figure (or "previously known as", a former name), not an earlier
  event.
"""
from __future__ import annotations

import pytest

from repo_scripts import check_relation_case, relation_cases
from repo_scripts import zone_properties as _zones

BY_ID = relation_cases("fresh17.jsonl")

FAMILIES = [
    # https://dnd.com.pk/northern-pakistan-jolted-with-5-3-magnitude-earthquake/173562
    ("r1340", "incident", "reversed, no article: 'Fayzabad, Afghanistan which is just 60 km North of epicenter'"),
    # the same page as r1340
    ("r1341", "incident", "reversed, no article: 'The town of Jarm, Afghanistan is 35 km South West of epicenter'"),
    # https://www.mindanews.com/top-stories/2021/06/aftershocks-hit-bukidnon-towns-after-magnitude-5-7-quake/
    ("r1359", "incident", "reversed, the kind after the name, and 'previously labelled as magnitude 5.9'"),
]


@pytest.mark.parametrize("case_id, role, wording", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family_is_read_on_the_real_quote(case_id, role, wording):
    check_relation_case(BY_ID[case_id], role, wording)


@pytest.mark.parametrize("text, name, bearing", [
    ("The quake was felt widely. The nearest town is Tabriz, Iran, which is 40 km north of epicenter.", "Tabriz", 180.0),
    ("The city of Mashhad, Iran is 30 km west of epicenter, officials said.", "Mashhad", 90.0),
    ("The closest populated area is the town of Bislig town, 12 km east of the epicenter.", "Bislig", 270.0),
])
def test_reversed_statement_is_measured_from_the_town(text, name, bearing):
    """The town (not its country, not the lost article) is the far end, the bearing turned round."""
    from repo_scripts import anchor_name

    zones = [z for z in _zones(text) if z.get("distance_m")]
    assert zones and anchor_name(text, zones[0]) == name
    assert zones[0]["bearing_deg"] == bearing and zones[0]["role"] == "incident"


def test_country_alone_is_still_the_far_end_when_no_town_comes_before():
    """'Afghanistan is 35 km from the epicentre' names no town: the country it is, not a place before it."""
    from repo_scripts import anchor_name

    text = "Officials in Kabul said Afghanistan is about 35 km from the epicentre."
    zones = [z for z in _zones(text) if z.get("distance_m")]
    assert zones and anchor_name(text, zones[0]) == "Afghanistan"


@pytest.mark.parametrize("text, role", [
    ("The quake, previously labelled as magnitude 5.9, struck 20 km north of Tabriz.", "incident"),
    ("The mine, previously known as the Western Deep shaft, collapsed 20 km north of Tabriz.", "incident"),
    ("The town was previously hit by a quake 20 km north of Tabriz.", "context"),
])
def test_previously_a_former_figure_or_name_is_no_earlier_event(text, role):
    zones = [z for z in _zones(text) if z.get("distance_m")]
    assert zones and zones[0]["role"] == role
