"""Issue 12, error families of the dev half of eval/incidents/fresh.jsonl (worldwide news).
Texts are verbatim excerpts of its dev articles (URL in the comment) or the same wording about
other places; each test names the general rule it checks."""
import pytest

from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


@pytest.mark.parametrize("text,reference,site", [
    # https://www.vaildaily.com/news/landslide-in-northwest-colombia-kills-at-least-26-people/
    ("BELLO, Colombia – An intense rainstorm triggered a landslide that buried part of a shantytown on the "
     "outskirts of the northwestern city of Medellin, killing at least 26 people, many of them children, officials "
     "said Friday.Rescuers on Friday recovered the bodies and continued digging through the mud as nearly 30 people "
     "remained missing, said Claudia Helena Velez, a municipal official in Bello, 160 miles northwest of Bogota.",
     "Bogotá", "Bello"),
    # https://www.newsmax.com/world/globaltalk/eu-russia-building-collapse/2018/12/31/id/896351
    ("MOSCOW (AP) — Russian emergency officials say that at least four people have died after sections of an "
     "apartment building collapsed after an apparent gas explosion in the Ural Mountains region.\n\nThe authorities "
     "say four others have been hospitalized with injuries, and 68 other residents remained unaccounted for in the "
     "accident in Magnitogorsk, a city of 400,000 about 1,400 kilometers (870 miles) southeast of Moscow.",
     "Moscow", "Magnitogorsk"),
    # the same wording about other places
    ("A bus plunged into a river near Huancayo, about 200 kilometers east of Lima, killing 12 passengers.",
     "Lima", "Huancayo"),
])
def test_the_city_a_long_distance_is_measured_from_is_a_reference_not_the_incident(gazetteer, text, reference,
                                                                                     site):
    r = roles(text, gazetteer)
    assert r[reference] == "context" and r[site] == "incident", r


def test_a_short_distance_still_makes_its_anchor_an_incident_place(gazetteer):
    # "six miles northeast of Gilroy": the town a few km away is where it happened (rule 1 of geomap.roles)
    r = roles("A brush fire burned 200 acres about six miles northeast of Gilroy on Tuesday, firefighters said.",
              gazetteer)
    assert r["Gilroy"] == "incident", r


def test_a_route_length_from_one_town_to_another_is_no_reference(gazetteer):
    # a route's length is not a site's offset: its start is on the route (LGL 41432379 has the same wording)
    r = roles("The rally's second stage covered 300 kilometers from Dakar to Saint-Louis, and three riders "
              "crashed on it.", gazetteer)
    assert r["Dakar"] == "incident", r


def test_a_reference_city_stays_context_when_a_broad_place_of_its_sentence_is_measured_from(gazetteer):
    # https://walltrace.com/2020/12/at-least-37-died-in-cameroon-bus-accident/ ("in western Cameroon" made
    # every town of its sentence an incident place, the capital 200 km away too)
    text = ("At least 37 people, including 10 women and four children, died today in a collision between a bus and a "
            "truck in central Cameroon, police announced.\n\nBus collided head-on with the truck and fell into a "
            "ravine, and 19 other passengers were injured, said the public broadcaster CRTV Paulin Moantsouog Mempou "
            ", public safety commissioner Ndikinimeli , about 200 kilometers northwest of Yaounde , where the accident "
            "occurred during in the evening.\n\nThe occupants of the bus came from Foumban , in western Cameroon, to "
            "the capital, Yaoundé , after the Christmas festivities")
    assert roles(text, gazetteer)["Yaoundé"] == "context"


@pytest.mark.parametrize("text,dateline,site", [
    # https://www.thenews.com.pk/print/487783-25-dead-as-indian-bus-plunges-into-gorge
    ("25 dead as Indian bus plunges into gorge\n\nSHIMLA, India: At least 25 passengers were killed and 35 injured "
     "Thursday after their vehicle fell in a gorge in a mountainous region of India\u00b4s northern Himachal Pradesh "
     "state, officials said.\n\nThe private bus was filled with more than 60 people, some of them sitting on the "
     "roof, when it plunged into a 150-metre deep gorge in Kullu district of the Himalayan state.\n\nKullu police "
     "chief Shalini Agnihotri told AFP that authorities launched a rescue operation immediately and moved the "
     "injured to hospitals.", "Shimla", "Kulu"),
    # the same family of accident verbs, other places
    ("KATHMANDU, Nepal (AP) \u2014 A crowded bus overturned on a mountain road in Pokhara on Sunday, officials "
     "said.", "Kathmandu", "Pokhara"),
    ("MANILA, Philippines (AP) \u2014 A ferry with 80 passengers capsized in rough seas off Cebu on Monday, the "
     "coast guard said.", "Manila", "Cebu City"),
])
def test_accident_verbs_tell_where_it_happened_over_the_dateline(gazetteer, text, dateline, site):
    r = roles(text, gazetteer)
    assert r[dateline] == "context" and r[site] == "incident", r


@pytest.mark.parametrize("text,dateline,area", [
    # https://www.dailyherald.com/article/20200102/news/301029959/
    ("Kenya police say suspected extremists attack bus, killing 3\nUpdated 1/2/2020 8:44 AM\nNAIROBI, Kenya -- Kenya "
     "police say three people were killed when a passenger bus was ambushed by gunmen suspected to be Islamic "
     "extremists in Lamu county in the country's eastern coastal area.\nA police report seen by the Associated Press "
     "said Thursday that gunmen opened fire on a bus and three men were shot at close range and died instantly.",
     "Nairobi", "Lamu"),
    # the same wording, another country
    ("LAGOS, Nigeria (AP) \u2014 Gunmen killed 11 villagers in an attack in Zamfara state on Sunday, police said.",
     "Lagos", "Zamfara State"),
])
def test_a_dateline_town_yields_to_the_province_the_lede_puts_the_incident_in(gazetteer, text, dateline, area):
    r = roles(text, gazetteer)
    assert r[dateline] == "context" and r[area] == "incident", r


def test_a_dateline_town_stays_when_the_located_county_holds_it(gazetteer):
    r = roles("CHARLESTON, W.Va. (AP) \u2014 A house fire in Kanawha County killed two people on Sunday, "
              "firefighters said.", gazetteer)
    # With the newsroom rule (geomap.dateline_newsroom.newsroom: a dateline town the lede never names again is
    # where the report was filed), the county the lede puts the fire in is the incident place, and the county
    # that holds the dateline town is not pushed aside for it either.
    assert r["Kanawha County"] == "incident", r
    assert r["Charleston"] == "context", r


def test_a_reference_town_stays_the_incident_place_when_no_other_town_is_named(gazetteer):
    # an epicentre at sea: the town it is measured from is the nearest named point (eval/languages, rtbf.be)
    r = roles("The quake's epicentre was about 234 kilometres west of Saumlaki, a town on Yamdena island in "
              "Maluku province, at a depth of 197 kilometres in the Banda Sea.", gazetteer)
    assert r["Saumlaki"] == "incident", r
