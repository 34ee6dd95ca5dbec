"""Issue 12, fourth pass on the dev error families (s5-inc). Each text is a verbatim excerpt of a
labelled article of ../shared/eval (corpus and id in the comment); each test names the family of
wording it checks, not the article."""
from geomap.incident import place_features
from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


def features(text, gazetteer):
    doc = extract(text, gazetteer)
    found = place_features(doc.text, doc.sentences, doc.places)
    return {p.entry.name: found[p.entry.source] for p in doc.places}


# LGL 38991174 (dev): the robberies were at banks in Indiana; the funeral director is from Alton, Ill.
ROBBERY = ("Area funeral director charged in robberies. An Alton funeral director has been charged with robbing "
           "two Indiana banks of more than $10,000. Vanderburgh, Ind., County prosecutors last week charged George "
           "R, Chesnut with robbing Evansville Federal Credit Union on Dec. 5. The 46-year-old Chesnut was already "
           "in custody for allegedly robbing the First Bank of Princeton on March 6.")


def test_a_town_before_a_persons_occupation_is_whose_town_not_where(gazetteer):
    assert features(ROBBERY, gazetteer)["Alton"]["residence"] == 1.0


def test_the_robbed_bank_town_wins_over_the_robbers_home_town(gazetteer):
    r = roles(ROBBERY, gazetteer)
    assert r["Princeton"] == "incident" and r["Alton"] == "context"


# LGL 44289401 (dev): the headline's "Nokomis" is the street of the crash, in Alexandria, Minn.
NOKOMIS = ("Driver injured in Nokomis crash. An Alexandria man remains hospitalized after a two-vehicle crash at the "
           "intersection of North Nokomis Street and Darling Avenue near the Re/Max realty office in Alexandria "
           "Friday night.")


def test_a_headline_name_the_body_writes_as_a_street_is_no_incident_place(gazetteer):
    r = roles(NOKOMIS, gazetteer)
    assert r.get("Nokomis", "context") == "context" and r["Alexandria"] == "incident"


def test_a_headline_town_the_body_also_names_alone_is_not_taken_for_a_street(gazetteer):
    # LGL 42258350: "Lebanon Street Superintendent" once, but Lebanon alone more often
    text = ("Lebanon schedules spring clean-up. Yard cleanup days are April 6-9 and April 13-17, Lebanon Street "
            "Superintendent Larry Lee said. Lebanon's semi-annual heavy trash disposal day is 7 a.m. to 4 p.m. "
            "April 24-25 at the street department, 1301 Lafayette Ave., Lebanon.")
    assert roles(text, gazetteer)["Lebanon"] == "incident"
