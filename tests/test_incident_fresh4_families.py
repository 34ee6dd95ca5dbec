"""Issue 12: wording families of the worldwide batch 4 (eval/incidents/fresh4.jsonl) that put the
incident in a capital named only as a reference, a hospital's town or a dateline. Every text is the
article's opening as stored in that file (its URL in the comment); the batch was scored untuned
first (39/48, benchmarks/RESULTS.md) and these families were then fixed."""
from geomap.pipeline import extract
from repo_scripts import incident_opening


def opening(url_part):
    return incident_opening("fresh4", url_part)


def roles(text):
    return {p.entry.name: p.role for p in extract(text).places}


def test_a_hospital_town_outside_the_area_the_event_is_placed_in_is_not_the_incident():
    # https://www.irishtimes.com/ireland/2022/10/08/donegal-explosion-latest/ : "in the village of Creeslough,
    # Co Donegal" (a village the gazetteer lacks), then "transferred to a hospital in Dublin"
    found = roles(opening("donegal-explosion-latest"))
    assert found["Dublin"] == "context" and found["Donegal"] == "incident"


def test_a_hospital_town_inside_the_area_named_stays_the_incident():
    # the same rule keeps a town the named area contains ("the hospital ... in Liverpool, northern England")
    text = ("LONDON Doctors at the Alder Hey Children's Hospital where Alfie is admitted in Liverpool, "
            "northern England, have said continuing it is unkind.")
    assert roles(text)["Liverpool"] == "incident"


def test_a_capital_a_town_is_measured_from_is_a_reference_when_the_town_is_unknown():
    # https://ca.movies.yahoo.com/thailand-nursery-attack-nation-mourning-080036867.html : "the scene in Uthai
    # Sawan - a town 500km northeast of Bangkok"; the town is not in the gazetteer, the zone is where
    doc = extract(opening("thailand-nursery-attack"))
    assert {p.entry.name: p.role for p in doc.places}["Bangkok"] == "context"
    assert any(r.role == "incident" and r.anchor_text == "Bangkok" for r in doc.relations)


def test_an_agency_dateline_in_title_case_is_the_newsroom_of_a_village_story():
    # http://www.thaindian.com/...rescued-elephants-run-amok-kill-saviour-in-sri-lanka_100103497.html :
    # "Colombo, Oct 4 (IANS) ... at Kirirawa village in the north-central district of Anuradhapura, about
    # 200 km from here"
    found = roles(opening("rescued-elephants-run-amok"))
    assert found["Colombo"] == "context" and found["Anuradhapura"] == "incident"


def test_arabic_names_with_a_joined_lower_case_article_are_read_whole():
    # https://nationalpost.com/news/shark-attack-kills-german-woman-off-egypt... : "snorkelling off Sharm
    # el-Sheikh on Sunday" was not read at all (the run stopped at "el-Sheikh"), leaving South Sinai
    doc = extract(opening("shark-attack-kills-german"))
    assert {p.entry.name: p.role for p in doc.places}.get("Sharm el-Sheikh") == "incident"
    assert [p.entry.name for p in extract("Shelling hit Deir ez-Zor on Monday.").places] == ["Deir ez-Zor"]


def test_a_divisions_kind_before_its_name_is_not_a_town():
    # https://www.channelnewsasia.com/news/world/several-people-buried-swiss-... : "the Swiss Police of the Canton
    # of Valais" made Guangzhou (Canton) the incident place of an avalanche at Crans-Montana
    found = roles(opening("several-people-buried-swiss"))
    assert "Guangzhou" not in found and found["Crans-Montana"] == "incident"
    assert [p.entry.name for p in extract("A fire in Canton, Ohio killed two.").places][0] == "Canton"
