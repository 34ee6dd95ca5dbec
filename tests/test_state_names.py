"""A state's name written bare is the state, not a small town named after it (issue #13)."""
from __future__ import annotations

from geomap.evaluate import resolve_spans


def _places(text: str, names: tuple[str, ...]) -> dict[str, str]:
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    return {text[a:b]: p.source for (a, b), p in zip(spans, resolve_spans(text, spans))}


def test_a_bare_state_name_in_other_states_news_is_the_state(gazetteer):
    text = ("The winning ticket was sold in Riverdale, New Jersey, the lottery said in Trenton. It is the first "
            "jackpot since January, when a man in Florida won $451 million. New York and New Jersey share the game.")
    picked = _places(text, ("Riverdale", "New Jersey", "Trenton", "Florida", "New York"))
    assert gazetteer.entry(picked["Florida"]).place_type == "admin1"


def test_a_pinned_town_keeps_the_states_name(gazetteer):
    """"Florida, N.Y." pins the town (given spans with the state's abbreviation, and in running text)."""
    from geomap.result import run

    text = "Police in Florida, N.Y., closed the road near Goshen and Warwick on Tuesday."
    picked = _places(text, ("Florida", "N.Y.", "Goshen", "Warwick"))
    town = gazetteer.entry(picked["Florida"])
    assert (town.place_type, town.admin1) == ("city", "NY")
    found = {f["properties"]["name"]: f["properties"]["source"] for f in run(text).geojson["features"]
             if f["properties"]["kind"] == "place"}
    assert found["Florida"] == town.source


def test_a_province_named_after_its_seat_leaves_the_town(gazetteer):
    """The town that a province is named after lies in it: the bare name is the town (Taipei Times, 2007,
    eval/incidents/fresh.jsonl: http://www.taipeitimes.com/News/world/archives/2007/06/10/2003364604)."""
    from geomap.result import run

    text = ("The bomb was hidden in a bag and placed inside a telephone booth on Friday in front of a busy "
            "teashop in Yala city, capital of the province of the same name, police Lieutenant Colonel "
            "Jirasit Lomae said.")
    found = {f["properties"]["name"]: f["properties"]["source"] for f in run(text).geojson["features"]
             if f["properties"]["kind"] == "place"}
    assert gazetteer.entry(found["Yala"]).place_type == "city"


def test_a_bare_state_name_is_the_state_not_a_post_office_hamlet_of_that_name():
    """A postal hamlet (data/features.tsv) carries its state: "Kansas" in Illinois news has the hamlet of
    Kansas, Illinois among its senses, but a state's name written bare stays the state, as for a town."""
    from geomap.model import Entry
    from geomap.state_names import prefer_state

    hamlet = Entry("feature:hamlet-kansas-3", "Kansas", 39.55, -87.94, "US", "IL", 0, "hamlet", 12_000)
    state = Entry("geonames:4273857", "Kansas", 38.5, -98.5, "US", "KS", 2_910_357, "admin1", 300_000)
    assert prefer_state(0, [hamlet, state], "kansas", lambda e: False) == 1
    assert prefer_state(0, [hamlet, state], "kansas", lambda e: True) == 0  # "Kansas, Ill." pins the hamlet


def test_a_large_city_keeps_its_name_from_a_hamlet_of_a_state_named_elsewhere():
    """"Oakland police" in a story that says "Waco, Texas" (LGL 42873895): the Texas post office named Oakland
    is not meant, unless the text pins it ("Oakland, Texas") or the article's other places lie near it."""
    from geomap.model import Entry
    from geomap.hamlet_senses import prefer_city_to_hamlet

    hamlet = Entry("feature:hamlet-oakland", "Oakland", 29.6, -96.8, "US", "TX", 0, "hamlet", 12_000)
    city = Entry("geonames:5378538", "Oakland", 37.80, -122.27, "US", "CA", 419_267, "city", 4_000)
    town = Entry("geonames:4646637", "Oakland", 35.23, -89.51, "US", "TN", 7_488, "city", 2_000)
    no = lambda e: False  # noqa: E731
    assert prefer_city_to_hamlet(0, [hamlet, town, city], no, no) == 2
    assert prefer_city_to_hamlet(0, [hamlet, town, city], lambda e: True, no) == 0  # pinned
    assert prefer_city_to_hamlet(0, [hamlet, town, city], no, lambda e: True) == 0  # a local story's hamlet
    assert prefer_city_to_hamlet(0, [hamlet, town], no, no) == 0  # no large city of the name


def test_a_post_office_of_another_state_does_not_make_a_town_name_ambiguous_evidence(gazetteer):
    """"DANIELSVILLE - Madison County commissioners" (LGL 44105288): Danielsville is a Georgia town of 577
    people and a Pennsylvania post office. The name still says the article is in Georgia, and the town is
    still a confident place, so Madison County is Georgia's (not Alabama's, 290,000 people)."""
    from geomap.resolve import document_admin1

    entries = gazetteer.lookup("danielsville")
    assert {e.place_type for e in entries} == {"city", "hamlet"}
    assert document_admin1([entries]) == {("US", "GA"): 1}
    text = ("Madison will dump assessors. DANIELSVILLE - Madison County commissioners voted Monday to wipe clean "
            "the county Board of Tax Assessors by dismissing all four members.")
    picked = _places(text, ("DANIELSVILLE", "Madison County"))
    assert gazetteer.entry(picked["Madison County"]).admin1 == "GA"
