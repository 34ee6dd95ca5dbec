"""Issue 12, dev-split error families: each test is an excerpt, verbatim, of a labelled article of
../shared/eval (corpus and id in the comment), the rule it checks stated in the test's name."""
from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


def test_a_country_measured_from_yields_to_the_town_in_its_sentence(gazetteer):
    # GeoWebNews 123
    text = ("THIS is the first picture of the hero crack soldier who was killed by a buried bomb while battling "
            "ISIS in Syria. The SAS soldier had been embedded with US Special Forces in Manbij near the Turkish "
            "border when the booby-trap bomb exploded.")
    r = roles(text, gazetteer)
    assert r["Manbij"] == "incident" and r["Turkey"] == "context"


def test_an_earlier_event_in_the_same_sentence_is_background(gazetteer):
    # LGL 42873895: Waco is the 1993 comparison ("15 years ago"), Oakland where the officers were shot
    text = ("Funeral begins for 4 slain Oakland, police. Thousands of officers and firefighters from around the "
            "nation and overseas along with mourners turned out for Friday's funeral for the four Oakland Police "
            "Department veterans. The four officers were shot in the line of duty Saturday, the biggest single day, "
            "gun-related loss of life for law enforcement since four federal agents died 15 years ago during a "
            "raid on the Branch Davidian cult in Waco, Texas.")
    r = roles(text, gazetteer)
    assert r["Oakland"] == "incident" and r["Waco"] == "context"


def test_a_town_before_a_lower_case_hospital_is_the_aftermath(gazetteer):
    # LGL 43764962: the stabbing was in Athens-Clarke County; Augusta is the psychiatric hospital
    text = ("Attorney insists client not competent for trial . A grand jury indicted Eberhart on a criminal attempt "
            "to commit murder charge and 10 other felonies, and in September, a civil panel in Clarke County "
            "Superior Court determined that Eberhart, though he has a history of schizophrenia, is competent to "
            "stand trial. Eberhart has been held at the Augusta psychiatric hospital since soon after his arrest "
            "in December 2007.")
    r = roles(text, gazetteer)
    assert r["Clarke County"] == "incident" and r["Augusta"] == "context"


def names(text, gazetteer):
    return [m.text for m in extract(text, gazetteer).mentions]


def test_a_place_before_a_weekday_is_still_a_place_and_a_two_letter_fragment_is_not(gazetteer):
    # LGL 44289401: "in Alexandria Friday night" is a place; "Re" of "Re/Max" is not
    text = ("An Alexandria man remains hospitalized after a two-vehicle crash at the intersection of North Nokomis "
            "Street and Darling Avenue near the Re/Max realty office in Alexandria Friday night.")
    found = names(text, gazetteer)
    assert found.count("Alexandria") == 2 and "Re" not in found


def test_a_break_in_is_an_incident_word(gazetteer):
    # GeoWebNews 125: the break-in was in Mississauga; Peel (of Peel Regional Police) is the police region
    text = ("Peel Regional Police are searching for two suspects in connection with a break-in in Mississauga "
            "earlier this month that had the particular misfortune of coming face-to-face with a security camera "
            "on the premises.")
    r = roles(text, gazetteer)
    assert r["Mississauga"] == "incident" and r["Peel"] == "context"


def test_a_name_with_its_age_after_a_spaced_comma_is_a_person(gazetteer):
    # GeoWebNews 149: "Noel Conway , 68," ... "Conway wrote": not Conway, Arkansas
    text = ("In a separate British case, Noel Conway , 68, who has terminal motor neuron disease, was earlier this "
            "year granted permission to appeal the High Court\u2019s rejection of his wish to let a doctor prescribe "
            "him a lethal drug dose when his condition deteriorates.\n\n\"It has to be a fundamental human right,\" "
            "Conway wrote in an article on the website of Dignity in Dying , a British campaign group.")
    assert "Conway" not in names(text, gazetteer)


def test_a_relative_named_by_kinship_is_a_person(gazetteer):
    # GeoWebNews 228: "his father Zachary" is not Zachary, Louisiana; the boy drowned at home in Slidell
    text = ("Four year-old Timothy Brooks, who died in a fetid pool at his home on March 5 while his father Zachary "
            "smoked meth (Picture: Facebook) A dad smoked meth while his four year-old son drowned in a filthy "
            "swimming pool, police say. Zachary Brooks, 24, got high on tina and left Timothy to die unattended in "
            "the backyard of his home in Slidell, La., on March 5.")
    r = roles(text, gazetteer)
    assert "Zachary" not in r and r["Slidell"] == "incident"


def test_a_country_before_a_road_number_is_a_highway_not_the_incident(gazetteer):
    # LGL 41884742: "near U.S. 321" measured from the country made the whole US the incident
    text = ("Man tried to run over trooper, officials say. A man authorities say was shot by a state trooper after "
            "he tried to hit the trooper and a woman with a car last week in Swansea was jailed Tuesday. Gregory M. "
            "Crolley, 42, of Swansea, who suffered gunshot wounds to the head and hand, is at the Lexington County "
            "jail, charged with two counts of assault with intent to kill, SLED arrest affidavits say. Crolley was "
            "a passenger in a 2001 Chevrolet Cavalier that was stopped March 16 on suspicion of DUI on S.C. 6 near "
            "U.S. 321, authorities said.")
    r = roles(text, gazetteer)
    assert r["United States"] == "context" and r["Swansea"] == "incident"
