"""Wording families batch 18 of the fresh corpus (eval/relations/fresh18.jsonl, issue #11) showed geomap misreading.

Batch 18 was scored before any code changed for it (49/63 exact, 7/52 drawn; 50/63 after r1461's relabelling;
eval/relations/README.md); it is tuned from here on. Its seven drawn distractors were all places that are not the
event's own; the mechanisms four of them share with other batches' drawn distractors are read as context here:

- a country or a state placed from the epicentre ("Sri Lanka, more than 1,000 miles west of the epicentre of the
  earthquake, declared a national disaster"; "a surge in sea levels was reported in Hawaii, almost 4,000 miles from
  the quake's epicentre"): a region the event struck or was felt in, whose centre is no point the event is measured
  from (a town placed from the epicentre, batch 17's "The town of Jarm, Afghanistan is 35 km South West of
  epicenter", still places the event);
- where the speaker was ("said Ngoy in Goma, 120 miles north of Uvira"; batch 1's "told reporters on the dock in the
  port city about 210 miles (337 kilometers) west of Mexico City");
- where people live or come from ("The native leader from Kutum area, some 60 km north-west of El-Fasher"; batch
  15's "People living in Ras al-Tbel, about 80 km (50 miles) southeast of Bani Walid, had seen the same convoy");
- a file photo's caption ("In this Thursday, Feb. 17, 2011 file photo, ... in the Lafofe area some 18 km. south of
  Mogadishu"): an earlier scene.
"""
from __future__ import annotations

import pytest

from repo_scripts import check_relation_case, relation_cases
from repo_scripts import zone_properties as _zones

FAMILIES = [
    # https://www.theguardian.com/world/2004/dec/27/tsunami2004.indonesia
    ("fresh18.jsonl", "r1420", "distractor", "a country placed from the epicentre: 'Sri Lanka, more than 1,000 miles'"),
    # https://www.yorkshirepost.co.uk/news/500mph-waves-spread-panic-across-pacific-1-3171832
    ("fresh18.jsonl", "r1421", "distractor", "a state placed from the epicentre: 'in Hawaii, almost 4,000 miles from'"),
    # https://www.irishexaminer.com/world/arid-30092894.html
    ("fresh18.jsonl", "r1431", "distractor", "the speaker's place: 'said Ngoy in Goma, 120 miles north of Uvira'"),
    # https://descargarpseint.online/catamaran/sailboat-stranded-at-sea
    ("fresh.jsonl", "r183", "distractor", "the speaker's place: 'told reporters on the dock in the port city'"),
    # https://sudantribune.com/article62510
    ("fresh18.jsonl", "r1486", "distractor", "people's home: 'The native leader from Kutum area, some 60 km'"),
    # https://www.reuters.com/article/topNews/idCAKCN0W106P?edition-redirect=ca
    ("fresh15.jsonl", "r1144", "distractor", "people's home: 'People living in Ras al-Tbel, about 80 km'"),
    # https://www.ctvnews.ca/world/u-s-airstrike-kills-18-al-shabab-extremists-after-u-s-attacked-in-somalia-1.4105218
    ("fresh18.jsonl", "r1401", "distractor", "a file photo's caption: 'In this ... 2011 file photo, ...'"),
    # kept: a town placed from the epicentre (batch 17), a speaker's clause and a resident of the struck village
    ("fresh17.jsonl", "r1341", "incident", "a town placed from the epicentre: 'The town of Jarm, Afghanistan is 35 km'"),
    ("fresh18.jsonl", "r1452", "incident", "'Attaullah Khan said methane gas had caused the explosion in a mine'"),
    ("fresh.jsonl", "r184", "incident", "'a resident of the village located 70 kilometres from Jammu'"),
]


@pytest.mark.parametrize("name, case_id, role, wording", FAMILIES, ids=[f[1] for f in FAMILIES])
def test_family_is_read_on_the_real_quote(name, case_id, role, wording):
    check_relation_case(relation_cases(name)[case_id], role, wording)


@pytest.mark.parametrize("text, role", [
    ("Thailand, about 600 km north of the epicentre, reported damage along its coast.", "context"),
    ("Waves were reported in California, some 5,000 miles from the quake's epicentre.", "context"),
    ("The town of Mashhad, Iran is 30 km west of epicenter, officials said.", "incident"),
])
def test_a_region_placed_from_the_epicentre_is_context(text, role):
    zones = [z for z in _zones(text) if z.get("distance_m")]
    assert zones and zones[0]["role"] == role


@pytest.mark.parametrize("text, role", [
    ("The ferry sank on Lake Kivu, said Kabila in Bukavu, 100 km south of Goma.", "context"),
    ("The pilot told journalists at the airport in Kisumu, 80 km south of Eldoret, that he saw smoke.", "context"),
    ("Police said the bus crashed in Nyanza, 20 km north of Butare.", "incident"),
    ("The governor told reporters the blast happened in Kenema, 30 km north of Bo.", "incident"),
])
def test_the_speakers_place_is_context(text, role):
    zones = [z for z in _zones(text) if z.get("distance_m")]
    assert zones and zones[0]["role"] == role


@pytest.mark.parametrize("text, role", [
    ("Families living in Kebkabiya, about 140 km west of El-Fasher, said their relatives were missing.", "context"),
    ("Elders from Tawila, some 60 km west of El-Fasher, said the raid killed nine people.", "context"),
    ("The attack hit Tawila, some 60 km west of El-Fasher, killing nine people.", "incident"),
])
def test_where_people_live_is_context(text, role):
    zones = [z for z in _zones(text) if z.get("distance_m")]
    assert zones and zones[0]["role"] == role


@pytest.mark.parametrize("text, role", [
    ("In this 2019 file photo, soldiers patrol the village of Awdheegle, 70 km west of Mogadishu.", "context"),
    ("The strike hit the village of Awdheegle, 70 km west of Mogadishu, the command said.", "incident"),
])
def test_a_file_photos_caption_is_context(text, role):
    zones = [z for z in _zones(text) if z.get("distance_m")]
    assert zones and zones[0]["role"] == role
