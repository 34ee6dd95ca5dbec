"""Issues 12 and 13: evidence for resolution that is no place mention. Texts are verbatim excerpts
of ../shared/eval articles (corpus and id in the comments); each test names the general rule."""
from geomap.agency_states import agency_states
from geomap.pipeline import extract


def places(text, gazetteer):
    return {p.entry.name: (p.entry.country, p.entry.admin1) for p in extract(text, gazetteer).places}


# LGL 40195377: no state is named, but a state agency is; Albany, Georgia, not Albany, N.Y.
ALBANY = ("GBI, police arrest suspected Albany serial rapist. Albany \u2014 An Albany man police labeled a suspected "
          "serial rapist has been taken into custody. An Albany police SWAT team and Georgia Bureau of "
          "Investigation agents raided the home of 27-year-old Phillip Benjamin Conner on Wednesday.")


def test_a_state_named_inside_a_state_agency_is_evidence_for_the_articles_towns(gazetteer):
    assert places(ALBANY, gazetteer)["Albany"] == ("US", "GA")


def test_the_state_inside_an_agency_name_is_still_no_place_mention(gazetteer):
    assert "Georgia" not in places(ALBANY, gazetteer)


def test_agency_states_reads_state_agencies_only():
    # LGL: "the Ohio State Highway Patrol", "Indiana Department of Natural Resources", "Kentucky State Police"
    text = ("troopers of the Ohio State Highway Patrol, the Indiana Department of Natural Resources and the "
            "Kentucky State Police; West Virginia Division of Highways")
    assert set(agency_states(text)) == {("US", "OH"), ("US", "IN"), ("US", "KY"), ("US", "WV")}
    assert not agency_states("The New York Times quoted the Washington Post and Georgia Ministry of Defence.")
