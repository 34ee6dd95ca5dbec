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
