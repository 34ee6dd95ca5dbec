"""Issue 12: wording families of the worldwide batch 9 (eval/incidents/fresh9.jsonl), scored untuned first
(36/50 at 61d753b, benchmarks/RESULTS.md), then fixed as families: a dateline whose country takes three words,
persons listed after a plural rank, a name the text puts in a part of the article's country, and the places
an event is only measured from, taken to, or belongs to. Every article text is the opening as stored in that
file (its URL in the comment); the short sentences are the same families in other words."""
from geomap.datelines import dateline_span
from geomap.pipeline import extract
from repo_scripts import incident_opening


def roles(text):
    return {p.entry.name: p.role for p in extract(text).places}


def dateline(text):
    span = dateline_span(text)
    return span and text[span[0]:span[1]]


def test_a_dateline_whose_country_takes_three_words_is_a_dateline():
    assert dateline("Blast kills 3\n\nDUBAI, United Arab Emirates (AP) \u2013 A blast killed three") == "DUBAI"
    assert dateline("Landslide\n\nPORT MORESBY, Papua New Guinea (AP) \u2014 A landslide buried") == "PORT MORESBY"
    assert dateline("Quake\n\nSANTO DOMINGO, Dominican Republic (AP) \u2014 A quake shook") == "SANTO DOMINGO"


def test_a_foreign_dateline_is_the_newsroom_when_the_lede_places_the_event_in_another_country():
    # https://medicinehatnews.com/?p=4930474 : "DUBAI, United Arab Emirates (AP) - At least 41 people died when a
    # fire swept through a building ... in Kuwait ... in the southern Mangaf district": the three-word country
    # hid the dateline, and Dubai, 839 km off, was the incident place, Mangaf context
    found = roles(incident_opening("fresh9", "medicinehatnews.com/?p=4930474"))
    assert found["Dubai"] == "context" and found["Al Manqaf"] == "incident"


def test_surnames_listed_after_a_plural_rank_are_officers_not_places():
    # https://guardian.co.tt/news/tragic-end-to-family-lime-6.2.1678289.3c29ee3621 : "The Toco police was informed
    # and Sgt Edwards, Cpls Bhagan and Bailey, PCs Singh, Dandrade and West responded": Bailey was read as
    # Bailey, Colorado (5,409 km off) and made the drowning's incident place
    found = roles(incident_opening("fresh9", "guardian.co.tt/news/tragic-end-to-family-lime"))
    # Sangre Grande (the mortuary's town, 13 km from the beach) is the incident place since batch 10's fixes: it
    # no longer gives way to Jamaica's Saint James (tests/test_incident_fresh10_families.py)
    assert "Bailey" not in found and found["Sangre Grande"] == "incident"
    found = roles("A man was shot dead in Arima, Trinidad, on Sunday. Cpls Bailey and Troy and PCs Chester, "
                  "Ramsey and Salem of the Arima police responded.")
    assert "Arima" in found and not {"Bailey", "Troy", "Chester", "Ramsey", "Salem"} & set(found)


def places(text):
    return {p.entry.name: (p.entry.country, p.role) for p in extract(text).places}


def test_a_town_of_the_region_written_about_is_the_article_s_country_s_namesake():
    # https://cubarights.blogspot.com/2012/08/gas-station-blast-injures-31-in-cuba-5.html : "HAVANA -- An explosion
    # ripped through a gas station in the eastern city of Santiago ... Cuban state media reported": Santiago de
    # Chile, 5,972 km off, was the incident place; the gazetteer's Cuban Santiago is "Santiago de Cuba"
    found = places(incident_opening("fresh9", "cubarights.blogspot.com/2012/08/gas-station-blast"))
    assert found["Santiago de Cuba"] == ("CU", "incident") and "Santiago" not in found


def test_a_facility_named_after_a_namesake_abroad_names_no_place_abroad():
    # https://www.stabroeknews.com/2019/12/28/news/regional/jamaica/jamaica-six-year-old-boy-dies-in-fire/ :
    # "acting senior superintendent at the York Park Fire Station ... a house on Beeston Street in downtown
    # Kingston was on fire" in a story about Jamaica: York, Ontario (2,888 km) was the incident place
    found = places(incident_opening("fresh9", "stabroeknews.com/2019/12/28/news/regional/jamaica"))
    assert "York" not in found and found["Kingston"] == ("JM", "incident")
    found = places("KINGSTON, Jamaica \u2014 Two men were shot dead near the Windsor Park Police Station in Spanish "
                   "Town on Sunday. Jamaica's police said the killings were linked to a gang feud.")
    assert "Windsor Park" not in found and found["Spanish Town"] == ("JM", "incident")


def test_a_prominent_namesake_abroad_stays_without_a_cue():
    # a capital named once, with no "the eastern city of" before it, keeps its usual sense in an article about
    # another country
    found = places("A fire killed two people in Kingston, Jamaica, on Sunday. Jamaica's fire brigade said the "
                   "victims had returned from Santiago a week earlier.")
    assert found["Santiago"][0] == "CL"


def features(text):
    from geomap.result import run
    return [(f["properties"]["kind"], f["properties"]["name"], f["properties"]["role"]) for f in run(text).features]


def test_the_anchor_of_an_unknown_village_s_statement_is_no_incident_place():
    # https://www.businesscable.co.uk/four-stabbed-in-knife-attack-in-norway/ : "The stabbings took place in the
    # village of Nore, located to the northeast of the capital Oslo": Oslo (107 km off) was an incident place
    found = features(incident_opening("fresh9", "businesscable.co.uk/four-stabbed"))
    assert ("place", "Oslo", "context") in found and ("zone", "north-east of Oslo, distance not stated", "incident") in found
    # https://warsintheworld.com/index.php/2017/09/03/puntland-at-least-10-killed-and-35-others-injured-in-explosions-
    # in-af-urur-town/comments : "two bomb explosions targeted a Khat market in Af Urur, about 100KM (60 miles) south
    # of Bosasso": Bosaso (183 km off) was an incident place
    found = features(incident_opening("fresh9", "warsintheworld.com/index.php/2017/09/03/puntland"))
    assert ("place", "Bosaso", "context") in found
    assert ("zone", "100KM (60 miles) south of Bosaso", "incident") in found
    found = features("A bus overturned in Qaryat Zubair, about 40 km west of Basra, killing six pilgrims, police said.")
    assert ("place", "Basrah", "context") in found and any(k == "zone" and r == "incident" for k, _, r in found)


def test_a_lower_case_lake_before_a_name_is_the_lake():
    # http://www.monitor.co.ug/News/National/Three-drown-in-lake-Victoria/688334-4060210-format-xhtml-n9extnz/index.html
    # : the headline "Three drown in lake Victoria" (a lower-case "lake") was read as Victoria, i.e. Hong Kong,
    # 9,193 km off, and made the incident place
    found = places(incident_opening("fresh9", "monitor.co.ug/News/National/Three-drown-in-lake-Victoria"))
    assert "Hong Kong" not in found and "Lake Victoria" in found
    found = places("A ferry sank on lake Malawi near Nkhata Bay, Malawi police said.")
    assert "Lake Malawi" in found and found["Nkhata Bay"] == ("MW", "incident")


def test_where_the_victim_was_taken_is_no_incident_place_past_the_newsroom():
    # https://thehimalayantimes.com/ampArticle/171855 : "RAJBIRAJ: A teenage girl died after being bitten by
    # poisonous snake in Saptari district ... later referred to the Dharan-based BP Koirala Institute ... she
    # eventually succumbed to the poisoning on the way to Dharan": Dharan (61 km off) was the incident place;
    # the district is unknown to the gazetteer, so the country stands
    found = roles(incident_opening("fresh9", "thehimalayantimes.com/ampArticle/171855"))
    assert found["Dharān"] == "context" and found["Rājbirāj"] == "context" and found["Nepal"] == "incident"
    found = roles("KATHMANDU, Nepal: A farmer was stung to death by wasps in Gorkha district on Monday. He was "
                  "rushed to Bharatpur but died on the way to Bharatpur.")
    assert found["Bharatpur"] == "context" and found["Nepal"] == "incident"


def test_a_surname_after_a_given_name_and_a_particle_is_a_person_s():
    # https://ticotimes.net/2011/09/22/deadly-mudslides-hit-guatemala-day-after-earthquake : "David de León, an
    # emergency official, said four homes were swept away" was read as León, Mexico (1,242 km off), an incident place
    found = places(incident_opening("fresh9", "ticotimes.net/2011/09/22/deadly-mudslides-hit-guatemala"))
    assert not any(name.startswith("León") for name in found) and found["Guatemala City"][1] == "context"
    found = places("A bus fell into a ravine near Cuenca, Ecuador, said Maria de Loja, a police spokeswoman. "
                   "Santiago de Cuba and San Juan de los Morros were spared.")
    assert "Loja" not in found and "Santiago de Cuba" in found and found["Cuenca"][1] == "incident"
