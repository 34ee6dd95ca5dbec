"""Issue 12: wording families of the worldwide batch 10 (eval/incidents/fresh10.jsonl), scored untuned first
(38/54, then 37/54 on main, benchmarks/RESULTS.md), then fixed as families seen in several batches: a river or
lake named beside the province it runs through, the towns named only as where the bodies were taken or where
the rescuers came from, a province name shared by several countries, a victim's home town abroad, and a town
that the dateline's newsroom rule passed over for its province. Every article text is the opening as stored in
that file (its URL in the comment); the short sentences are the same families in other words."""
from geomap.pipeline import extract
from repo_scripts import incident_opening


def roles(text):
    return {p.entry.name: p.role for p in extract(text).places}


def places(text):
    return {p.entry.name: (p.entry.country, p.role) for p in extract(text).places}


def incident_names(text):
    return {p.entry.name for p in extract(text).places if p.role == "incident"}


def test_a_province_beats_a_river_or_lake_too_large_to_say_where():
    # https://24newsreporter.com/economy/160337.html : "dragged by a crocodile into the Zambezi River in Sofala,
    # central Mozambique": the river (2,700 km long, its point 135 km from Sofala's) was the incident place and
    # the province named with it context
    found = roles(incident_opening("fresh10", "24newsreporter.com/economy/160337"))
    assert found["Sofala"] == "incident" and found["Zambezi River"] == "context"
    assert incident_names("Two boys drowned in the Zambezi River in Tete province, Mozambique, on Sunday.") \
        == {"Tete"}


def test_the_towns_the_rescuers_came_from_are_not_the_scene():
    # https://news.err.ee/1608916454/one-dead-in-overnight-saaremaa-village-house-fire : "a house fire in the Saaremaa
    # village of Viltina ... Rescuers from Orissaare Rescue Brigade arrived ... rescuers from the Orissaare, Kuressaare
    # and Kihelkonna rescue brigades as well as volunteers from Valjala": the three brigades' towns, 67-85 km from
    # the island county's point, were the incident places and Saaremaa (Saare County) context
    found = roles(incident_opening("fresh10", "news.err.ee/1608916454"))
    assert found["Saare"] == "incident"
    assert {found["Orissaare"], found["Kuressaare"], found["Valjala"]} == {"context"}
    found = roles("A barn burned down in Tartu County on Monday. Firefighters from Elva and Otepaa put out the "
                  "fire, the Rescue Board said.")
    assert found["Tartu"] == "incident" and found["Elva"] == found["Otepää"] == "context"


def test_the_town_the_bodies_were_conveyed_to_is_not_the_scene():
    # https://mobile.ghanaweb.com/GhanaHomePage/NewsArchive/5-dead-after-galamsey-pit-caves-in-15-others-sustain-
    # severe-injuries-1075651 : "an illegal mining pit caved in at Ayamfuri in the Upper Denkyira West District of
    # the Central Region ... conveyed the dead bodies to the Dunkwa government hospital morgue": the morgue's town
    # was the incident place, the region context
    found = places(incident_opening("fresh10", "5-dead-after-galamsey-pit-caves-in"))
    assert found["Central"] == ("GH", "incident") and found["Dunkwa"] == ("GH", "context")


def test_a_hospital_town_does_not_give_way_to_a_namesake_province_abroad():
    # https://guardian.co.tt/news/tragic-end-to-family-lime-6.2.1678289.3c29ee3621 (batch 9): "ordered its removal
    # to the Sangre Grande Hospital mortuary, pending an autopsy at the Forensic Sciences Centre, St James": the
    # hospital's town gave way to Jamaica's Saint James parish, 1,993 km off; a province of another country is
    # no better answer than the town the body was taken to
    found = places(incident_opening("fresh9", "guardian.co.tt/news/tragic-end-to-family-lime"))
    assert found["Sangre Grande"] == ("TT", "incident") and found["Saint James"] == ("JM", "context")


def test_a_province_name_of_several_countries_is_the_named_country_s():
    # https://www.rnz.co.nz/international/pacific-news/190796/png-police-are-not-expecting-to-find-missing-people-
    # alive : "The police in Papua New Guinea say ... flooding in Central Province": Zambia's Central Province (the
    # gazetteer gives Papua New Guinea's no population) was picked, and with two countries named the village of
    # "Avara", read as Awara in Japan, 5,270 km off, was the incident place
    found = places(incident_opening("fresh10", "rnz.co.nz/international/pacific-news/190796"))
    assert found["Central"] == ("PG", "incident") and all(role == "context" for c, role in found.values() if c == "JP")
    found = places("Kenyan police said two people drowned in a river in Central Province on Sunday. The Kenya Red "
                   "Cross said.")
    assert found["Central"] == ("KE", "incident")


def test_a_victim_s_home_town_abroad_is_not_the_scene():
    # https://m.ru24.pro/english/385276129 : "An Italian couple fell ... at a popular waterfall in Bali, Indonesia
    # ... Giancarlo Zicari, an engineer from Rome ... head of Tabanan Police Public Relations": Rome, 11,683 km
    # off, was the incident place
    found = places(incident_opening("fresh10", "ru24.pro/english/385276129"))
    assert found["Rome"] == ("IT", "context") and found["Tabanan"] == ("ID", "incident")
    found = places("A tourist drowned off a beach at Kata Noi on Sunday. The victim, a 41-year-old engineer from "
                   "Melbourne, was swimming with his son, Thai police in Phuket said.")
    assert found["Melbourne"] == ("AU", "context") and found["Phuket"] == ("TH", "incident")


def test_a_town_the_lede_places_the_event_in_is_finer_than_its_province_past_a_dateline():
    # https://betaen.vietnamplus.vn/at-least-13-injured-as-gas-tanker-explodes-in-cambodia-post157878.vnp : "Phnom Penh
    # (VNA) - ... a gas tanktruck exploded in Siem Reap province ... the incident happened at a liquefied petroleum
    # gas station atWat Bo village in Siem Reap": past the newsroom, the province was the incident place and the
    # town inside it, where the lede puts the station, context
    found = {(p.entry.name, p.entry.place_type): p.role
             for p in extract(incident_opening("fresh10", "betaen.vietnamplus.vn/at-least-13-injured")).places}
    assert found[("Siem Reap", "city")] == "incident" and found[("Phnom Penh", "capital")] == "context"


def test_a_prison_named_after_a_namesake_abroad_names_no_place_abroad():
    # https://www.nevadaappeal.com/news/local/fire-during-chile-prison-brawl-kills-at-least-81/ : "SANTIAGO, Chile
    # (AP) - A fire ... swept through an overcrowded prison ... The early morning blaze at San Miguel prison": the
    # gazetteer's San Miguel is El Salvador's (5,541 km off), which was the incident place
    found = places(incident_opening("fresh10", "nevadaappeal.com/news/local/fire-during-chile-prison"))
    assert "San Miguel" not in found and found["Santiago"] == ("CL", "incident")
