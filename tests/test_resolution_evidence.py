"""Issues 12 and 13: evidence for resolution that is no place mention. Texts are verbatim excerpts
of ../shared/eval articles (corpus and id in the comments); each test names the general rule."""
import re

from geomap.agency_states import agency_states
from geomap.evaluate import resolve_spans
from geomap.geometry import great_circle_km
from geomap.pipeline import extract


def places(text, gazetteer):
    return {p.entry.name: (p.entry.country, p.entry.admin1) for p in extract(text, gazetteer).places}


# LGL 40195377: no state is named, but a state agency is; Albany, Georgia, not Albany, N.Y.
ALBANY = ("GBI, police arrest suspected Albany serial rapist. Albany \u2014 An Albany man police labeled a suspected "
          "serial rapist has been taken into custody. An Albany police SWAT team and Georgia Bureau of "
          "Investigation agents raided the home of 27-year-old Phillip Benjamin Conner on Wednesday.")


def test_a_state_named_inside_a_state_agency_is_evidence_for_the_articles_towns(gazetteer):
    assert places(ALBANY, gazetteer)["Albany"] == ("US", "GA")


def test_the_state_inside_an_agency_name_is_the_state_and_only_context(gazetteer):
    # LGL and GeoWebNews annotate a state or country named inside an organisation's name (LGL 43432698:
    # "the Georgia Bureau of Investigation"), so the finder names it (tests/test_mention_families.py);
    # it is the state, as context, and the incident stays the town.
    found = {p.entry.name: (p.entry.country, p.entry.admin1, p.role) for p in extract(ALBANY, gazetteer).places}
    assert found["Georgia"] == ("US", "GA", "context") and found["Albany"] == ("US", "GA", "incident")


def test_agency_states_reads_state_agencies_only():
    # LGL: "the Ohio State Highway Patrol", "Indiana Department of Natural Resources", "Kentucky State Police"
    text = ("troopers of the Ohio State Highway Patrol, the Indiana Department of Natural Resources and the "
            "Kentucky State Police; West Virginia Division of Highways")
    assert set(agency_states(text)) == {("US", "OH"), ("US", "IN"), ("US", "KY"), ("US", "WV")}
    assert not agency_states("The New York Times quoted the Washington Post and Georgia Ministry of Defence.")


# LGL 38551578, whole (gold spans): the town is written once with its state, then alone, then in an
# institution's name; the same town every time.
ELIZABETHTOWN = ("Martha Uhrich Peiffer. Martha Uhrich Peiffer, age 95, passed away peacefully at Willow Valley Retire"
                 "ment Communities in Lancaster, Pennsylvania, on March 5, 2009. Martha was the widow of the Reverend "
                 "Dr. Harold S. Peiffer. Together they shared a life of Christian ministry that spanned seven decades."
                 " Martha was born in Grantville, Pennsylvania, on November 4, 1913. The daughter of D. Valentine and "
                 "L. Stella Hetrick Uhrich, she was one of five siblings, Helen Uhrich, Ruth Shreffler and Daniel Uhri"
                 "ch, now deceased, and Elenore Barnhart, who resides in Elizabethtown, Pennsylvania. Martha attended "
                 "school in Grantville, and became a registered nurse in the state of Pennsylvania in 1939. She worked"
                 " as a nurse at the Masonic Homes and the Elizabethtown Hospital for Crippled Children, and it was th"
                 "ere that she met her future husband. Harold and Martha were married on June 15, 1940, at St. Paul\u2019s "
                 "United Brethren Church in Elizabethtown. In addition to her sister, Elenore, and four nieces and thr"
                 "ee nephews, Martha is survived by her daughter, Nadine Peiffer Wethington, and her son-in-law, Olin "
                 "L. Wethington of McLean, Virginia; and three loving grandchildren, Stephanie L. Wethington of New Yo"
                 "rk City, Catherine A.R. Wethington of McLean, Virginia, and Bryan L. Wethington and his wife, Caroly"
                 "n Pacala Wethington of Hoboken, New Jersey.")


def test_a_name_pinned_once_by_its_state_is_pinned_everywhere_in_the_article(gazetteer):
    spans = [(m.start(), m.end()) for m in re.finditer(r"Lancaster|Elizabethtown|Pennsylvania|Grantville|McLean|Virginia|New York City|Hoboken|New Jersey", ELIZABETHTOWN)]
    resolved = resolve_spans(ELIZABETHTOWN, spans, gazetteer)
    towns = [t for t in resolved if ELIZABETHTOWN[t.start:t.end] == "Elizabethtown"]
    assert len(towns) == 3  # Elizabethtown, Pa.: 40.15 N 76.60 W
    assert all(great_circle_km(t.lat, t.lon, 40.15, -76.60) < 25 for t in towns), [(t.name, t.lat, t.lon) for t in towns]


# LGL 44256394: "Ontario" is a province and towns of California and Oregon; the province, far above
# them, is what the name says, so London is London, Ontario (not London, England).
LONDON = ("City Hall Digest . London city council will hire outside experts to defend itself and its rejection "
          "of a proposed medical clinic and pharmacy in north London. Developers who wanted to build the project "
          "on Richmond Street along the Uplands have appealed to the Ontario Municipal Board.")


def test_a_name_whose_main_sense_is_a_province_names_that_province(gazetteer):
    spans = [(m.start(), m.end()) for m in re.finditer(r"London|Uplands|Ontario", LONDON)]  # the gold spans
    londons = [t.source for t in resolve_spans(LONDON, spans, gazetteer) if t.name == "London"]
    assert [(gazetteer.entry(s).country, gazetteer.entry(s).admin1) for s in londons] == [("CA", "08")] * 2
