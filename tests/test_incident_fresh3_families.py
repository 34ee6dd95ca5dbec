"""Issue 12, error families of eval/incidents/fresh3.jsonl (worldwide news; its failure kinds were used, so
the batch is now tuned). Texts quote its articles (URL in the comment) or use the same wording about other
places; each test names the general rule it checks."""
import pytest

from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


@pytest.mark.parametrize("text,dateline", [
    # https://tribune.com.pk/story/794242/at-least-24-feared-dead-as-bus-plunges-into-nepal-river?amp=1
    ("At least 24 feared dead as bus plunges into Nepal river\nJajarkot police chief says five bodies have been found "
     "so far, including those of two children\nKATHMANDU:\nAt least 24 people were feared dead when a passenger bus "
     "plunged Thursday into a river in mountainous western Nepal, triggering a search operation for any survivors, "
     "police said.\nThe bus, carrying at least 45 passengers, veered off a narrow road in Jajarkot region in the "
     "morning, police officer Sher Bahadur Chaudhary said.", "Kathmandu"),
    # the same wording, another country
    ("LIMA:\nA bus carrying 40 passengers skidded off a mountain road in Tayacaja region in central Peru on Sunday, "
     "police said.", "Lima"),
])
def test_a_road_accident_in_a_region_the_gazetteer_lacks_is_not_at_the_dateline(gazetteer, text, dateline):
    # "veered off", "skidded" report the accident; "Jajarkot region", "Tayacaja region" are unknown localities
    assert roles(text, gazetteer)[dateline] == "context"


@pytest.mark.parametrize("text,reference,province", [
    # https://www.lbcgroup.tv/news/middleeastnews/850984/massive-explosion-in-southern-iran-port-state-tv/en
    ("A \"massive explosion\" and fire took place at a key port in the Iranian province of Hormozgan, more than "
     "1,000 kilometers (620 miles) south of Tehran, state media reported Saturday.", "Tehran", "Hormozgan"),
    # the same wording, another country
    ("A gas explosion killed six people at a mine in the Chinese province of Yunnan, about 2,000 kilometers "
     "southwest of Beijing, state media said.", "Beijing", "Yunnan"),
])
def test_a_province_named_before_a_long_distance_makes_the_far_city_a_reference(gazetteer, text, reference,
                                                                                province):
    r = roles(text, gazetteer)
    assert r[reference] == "context" and r[province] == "incident", r


@pytest.mark.parametrize("text,noun", [
    # https://en.royanews.tv/news/40720/2023-03-25
    ("'My city is gone' -- Tornado kills at least 23 in Mississippi\n\n\nPublished: 2023-03-25 20:29\n\n'My city is "
     "gone' -- Tornado kills at least 23 in Mississippi\n\nAt least 23 people were killed as a devastating tornado "
     "ripped across the southern US state of Mississippi, tearing off roofs, smashing cars and flattening entire "
     "neighborhoods.\n\nIn the town of Rolling Fork, home to less than 2,000 people, an entire row of houses and "
     "buildings was demolished, leaving only scattered debris.", "Tornado"),
    # https://www.newsweek.com/guatemala-volcano-inside-abandoned-village-buried-under-ash-972918 (fresh2)
    ("Guatemala Volcano: Inside an Abandoned Village Buried Under Ash\n\nGuatemala Volcano: Inside an Abandoned "
     "Village Buried Under Ash Carlos Jasso/Reuters\n\nThe village of San Miguel Los Lotes has been almost completely "
     "engulfed by tons of ash spewed out by the eruption of Guatemala's Fuego volcano.", "Volcano"),
])
def test_a_hazard_noun_capitalised_by_a_headline_is_not_where_it_happened(gazetteer, text, noun):
    r = roles(text, gazetteer)
    assert r.get(noun) != "incident", r


def test_a_town_named_like_a_hazard_stays_a_town_after_in(gazetteer):
    r = roles("Two escaped inmates were found hiding under a railroad bridge in Hurricane on Monday, police said.",
              gazetteer)
    assert r["Hurricane"] == "incident", r


@pytest.mark.parametrize("text,lake,town", [
    # http://www.thecitizen.co.tz/News/2-killed--14-survive-as-overloaded-boat-sinks-in-Lake-Victoria/1840340-4532838-44o5pgz/index.html
    ("2 killed, 14 survive as overloaded boat sinks in Lake Victoria\n\nMwanza Regional police chief Ahmed Msangi \n\n"
     "14 passengers survived the accident, according to official police reports.\n\nBy Daniel Makaka @TheCitizenTZ "
     "news@tz.nationmedia.com\n\nSengerema. Two individuals died when the overloaded boat they were in was sunk by a "
     "storm in Lake Victoria yesterday (April 26).\n\nThe victims, Tumaini Ramadhani, 32, and Pima Rashidi 28, were "
     "both residents of Kahumu in Kahamulo Ward, Sengerema.\n\nMwanza Regional police chief Ahmed Msangi said the "
     "boat capsized off the coast of Ilunda in Ngoma Ward.", "Lake Victoria", "Sengerema"),
    # the same wording, another lake
    ("Boat sinks in Lake Tanganyika, 8 dead\n\nKigoma. Eight fishermen drowned when their boat was sunk by a storm "
     "in Lake Tanganyika on Sunday, Kigoma police said.", "Lake Tanganyika", "Kigoma"),
])
def test_a_lake_hundreds_of_km_across_yields_to_the_town_named(gazetteer, text, lake, town):
    r = roles(text, gazetteer)
    assert r[lake] == "context" and r[town] == "incident", r


def test_a_wide_lake_stays_the_incident_place_when_no_town_is_named(gazetteer):
    r = roles("Twelve passengers are missing after a ferry capsized in Lake Tanganyika on Sunday.", gazetteer)
    assert r["Lake Tanganyika"] == "incident", r


@pytest.mark.parametrize("text,feature,town", [
    # https://www.straitstimes.com/asia/south-asia/at-least-15-killed-after-train-derails-in-pakistan
    # (eval/incidents/fresh2.jsonl): a station named like a desert
    ("KARACHI \u2013 At least 15 people were killed when a train derailed in southern Pakistan on Sunday, according to "
     "local media.\n\nThe derailment happened near Sahara railway station in the city of Nawabshah in the southern "
     "Sindh province.", "Sahara", "Nawabshah"),
])
def test_a_feature_thousands_of_km_across_measured_from_yields_to_the_town_of_its_sentence(gazetteer, text, feature,
                                                                                           town):
    r = roles(text, gazetteer)
    assert r[feature] == "context" and r[town] == "incident", r
