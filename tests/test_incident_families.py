"""Issue 12, fourth pass on the dev error families (s5-inc). Each text is a verbatim excerpt of a
labelled article of ../shared/eval (corpus and id in the comment); each test names the family of
wording it checks, not the article."""
import pytest

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


# GeoWebNews 142 (dev): a Washington-filed story on a New York court's award
AWARD = ("Could a landmark compensation award by a New York court safeguard street art in the United States from "
         "development? By Carey L. Biron. WASHINGTON, April 5 (Thomson Reuters Foundation) - A landmark "
         "compensation award by a New York court has caught the attention of artists across the United States - "
         "and beyond - as signalling a new strategy for safeguarding street art from development.")


def test_the_newsroom_is_the_dateline_place_the_lede_names_nowhere_else(gazetteer):
    from geomap.dateline_newsroom import newsroom  # the one dateline model

    doc = extract(AWARD, gazetteer)
    assert {p.entry.name for p in doc.places if p.entry.source in newsroom(doc.text, doc.sentences, doc.places)} \
        == {"Washington"}


@pytest.mark.parametrize("text,newsroom,where", [
    (AWARD, "Washington", "New York City"),
    # GeoWebNews 149 (dev): a London-filed story on the case of a child in a Liverpool hospital
    ("LONDON Pope Francis once again brought global attention to a sick British infant after he tweeted prayers "
     "for a 22-month-old boy whose life support is set to be switched off. Britain\u2019s High Court ruled last "
     "month that the hospital caring for Alfie Evans can turn off his life support, against his parents\u2019 "
     "wishes. Doctors at the Alder Hey Children's Hospital where Alfie is admitted in Liverpool, northern "
     "England, have said continuing it is \"unkind, unfair and inhumane.\"", "London", "Liverpool"),
])
def test_a_dateline_the_lede_never_names_again_is_the_newsroom_not_the_incident(gazetteer, text, newsroom, where):
    r = roles(text, gazetteer)
    assert r[newsroom] == "context" and r[where] == "incident"


def test_a_dateline_the_lede_names_again_is_still_the_incident(gazetteer):
    # LGL 40668374 (dev): the protest was at homes in Fairfield, named again after the dateline
    text = ("Protesters visit homes of AIG executives. FAIRFIELD, Conn. -- A busload of activists -- outnumbered "
            "2-to-1 by reporters and photographers -- are paying visits to the homes of American International "
            "Group Inc. executives in Connecticut to protest tens of millions in bonuses awarded by the company. "
            "About 40 protesters parked at a cul-de-sac this afternoon and walked to the Fairfield home of Douglas "
            "Polling.")
    assert roles(text, gazetteer)["Fairfield"] == "incident"


def test_a_lone_dateline_stays_when_no_other_place_is_given_as_where(gazetteer):
    # GeoWebNews 281 (dev): "Clarence" (a victim's first name) is neither in the headline nor after "in", "at"
    text = ("WAUSAU, Wis. (WSAW) -- It took hundreds of reports, countless hours and two costly trials for "
            "investigators to close the case involving the murders of five family members. A huge disappointment "
            "to the prosecution and law enforcement who had already spent countless hours working to get justice "
            "in the deaths of Helen, Clarence, Irene, Marie and Randy Kunz.")
    assert roles(text, gazetteer)["Wausau"] == "incident"


def test_the_newsroom_is_not_the_finer_place_of_a_country_measured_from(gazetteer):
    # GeoWebNews 1 (held-out, quoted only to pin the rule down): "a city in northeastern Syria" makes
    # rule 1 look for a finer place in its sentence, which holds only the dateline
    text = ("BEIRUT (AP) \ufffd A Kurdish militia spokesman says Turkey has shelled a city in northeastern Syria as "
            "Turkish forces press into a Syrian Kurdish enclave for the fourth straight day. Mehmud says forces "
            "from the People's Protection Units, or YPG, have held the Turkish forces from making \"any real "
            "progress\" in Afrin.")
    r = roles(text, gazetteer)
    assert r["Beirut"] == "context"


def test_a_place_after_the_dateline_in_its_own_sentence_is_no_headline(gazetteer):
    # GeoWebNews 251 (a caption read as a dateline): "Boyd Carney" follows it in the same sentence,
    # so nothing in a headline before the dateline gives another place as where it happened
    from geomap.dateline_newsroom import newsroom

    text = ("JEWELL: Boyd Carney and Kate Harrison, from NSW National Parks and Wildlife Service, on the shore of "
            "Glenrock Lagoon. Picture: Jonathan Carroll.")
    doc = extract(text, gazetteer)
    assert newsroom(doc.text, doc.sentences, doc.places) == set()
