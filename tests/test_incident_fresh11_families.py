"""Issue 12: wording families of the worldwide batch 11 (eval/incidents/fresh11.jsonl), scored untuned first
(39/50, benchmarks/RESULTS.md), then fixed as families seen in several batches or given by a clear general rule.
Every article text is the opening as stored in that file (its URL in the comment); the short sentences are the
same families in other words."""
from geomap.pipeline import extract
from repo_scripts import features_of, incident_opening


def places(text):
    return {p.entry.name: (p.entry.country, p.role) for p in extract(text).places}


def test_a_small_namesake_far_from_two_neighbouring_countries_named_is_not_the_scene():
    # https://transylvanianow.com/shepherds-killed-and-injured-by-bears-in-maros-and-hargita-county/ : "Shepherds
    # killed and injured by bears in Maros and Hargita County ... in Gernyeszeg (Gornesti) in Maros (Mures) County
    # ... Hungarian newspaper, Szekelyhon reports": the article names Mures County (Romania) and Hungary, so the
    # rule for a small namesake abroad (every named area of one country) did not apply, and Maros, South Sulawesi,
    # 10,788 km off, was the incident place; areas of two neighbouring countries are one part of the world too
    found = places(incident_opening("fresh11", "transylvanianow.com/shepherds-killed"))
    assert found["Gorneşti"] == ("RO", "incident")
    assert found["Maros"][1] == "context"
    found = places("Bear kills shepherd in Maros County\n\nA shepherd was found dead near his sheepfold in Mureș "
                   "County on Sunday, the Hungarian newspaper Szekelyhon reported.")
    assert found["Mureș"] == ("RO", "incident") and found["Maros"][1] == "context"


def test_a_town_and_a_colon_opening_the_story_is_the_newsroom_when_the_lede_places_the_event_elsewhere():
    # https://deccanchronicle.com/amp/151216/world-neighbours/article/5-indians-killed-nepal-accident : "Kathmandu: At
    # least five Indians are among the seven people killed when a 105-foot high chimney at a brick factory collapsed
    # in eastern Nepal ... at New Jaya Nepal Brick Factory in Nepal's Itahari city": the newsroom, 225 km from the
    # site, was the incident place; now the lede's "in eastern Nepal" (its zone covers Itahari) is
    found = places(incident_opening("fresh11", "deccanchronicle.com/amp/151216"))
    assert found["Kathmandu"] == ("NP", "context")
    assert {name for name, (_, role) in found.items() if role == "incident"} == {"Nepal"}
    assert [f["properties"]["name"] for f in features_of(incident_opening("fresh11", "deccanchronicle.com/amp/151216"))
            if f["properties"]["kind"] == "zone" and f["properties"]["role"] == "incident"] == ["in the east of Nepal"]
    # the same family in batch 10 (https://ommcomnews.com/?p=370988): "Berhampur: More than 22 persons were injured
    # ... in a group clash between villagers of Bahadapada and Bijipur under Mohana police limits in Gajapati district"
    found = places(incident_opening("fresh10", "ommcomnews.com/?p=370988"))
    assert found["Mohana"] == ("IN", "incident") and found["Brahmapur"] == ("IN", "context")
    found = places("Four killed in factory collapse\n\nKathmandu: Four workers were killed when a wall collapsed at a "
                   "cement factory in Nepal's Butwal city on Tuesday, police said.")
    assert found["Butwāl"] == ("NP", "incident") and found["Kathmandu"] == ("NP", "context")


def test_a_colon_opening_stays_the_scene_without_strong_evidence_of_elsewhere():
    # the kickers of batches 6 and 7 ("Hyderabad: A 24-year-old labourer died ...", "Kendrapara: A 45-year-old man
    # was killed in a crocodile attack ..."): the town before the colon is where it happened, and weak evidence
    # (another place merely named) does not make it a newsroom; nor is a title-case headline's kicker a dateline
    assert places("Four killed in factory collapse\n\nKathmandu: Four workers were killed when a wall collapsed at "
                  "a cement factory in the city on Tuesday, police said on Wednesday.")["Kathmandu"][1] == "incident"
    for batch, url in (("fresh7", "telegraphindia.com/odisha/man-killed-in-crocodile-attack"),
                       ("fresh6", "hyderabad-wall-collapse-kills-construction-worker")):
        text = incident_opening(batch, url)
        town = text[:text.index(":")]
        assert [role for name, (_, role) in places(text).items() if name.startswith(town)] == ["incident"]


def test_the_one_place_of_another_country_far_from_all_the_others_is_not_the_scene():
    # https://algarvedailynews.com/news/16098-senhora-da-rocha-hotel-viking-evacuated (batch 10): "A fire this morning
    # at the Pestana Viking Hotel site in Senhora da Rocha, Lagoa ... Firefighters from Lagoa, Portimao, Albufeira and
    # Silves stations": "Rocha" read as Uruguay's Rocha department, 9,197 km off and the one place of its country
    # among four Portuguese municipalities, was the incident place; the same family as Maros (batch 11), with no
    # province or country named to tell the article's country
    found = places(incident_opening("fresh10", "senhora-da-rocha-hotel-viking"))
    assert found["Lagoa"] == ("PT", "incident") and found["Rocha"] == ("UY", "context")
    found = places("Fire at Rocha hotel\n\nA fire this morning at a hotel car park in Senhora da Rocha, Lagoa, forced "
                   "guests to leave. Firefighters from Lagoa, Albufeira and Silves stations were soon at the scene.")
    assert found["Lagoa"] == ("PT", "incident") and found["Rocha"][1] == "context"


def test_the_anchor_of_a_direction_to_an_unnamed_site_is_not_the_scene():
    # https://www.kuwaittimes.com/wedding-bus-crash-kills-10-in-australia/ (batch 4): "GRETA, Australia: A bus
    # carrying wedding guests overturned ... as it travelled through a wine-growing area north of Sydney": Sydney,
    # named only as the direction's anchor and 133 km from Greta, was an incident place (astray); the area north of
    # it is where it happened, at a distance the text does not state
    found = places(incident_opening("fresh4", "wedding-bus-crash-kills-10-in-australia"))
    assert found["Sydney"] == ("AU", "context")
    assert places("Four killed as tourist bus overturns\n\nA tourist bus overturned in a mountainous area east of "
                  "Medellin on Sunday, killing four passengers, police said.")["Medellín"] == ("CO", "context")
    # a direction with no site noun keeps its anchor (nothing else says where)
    assert places("Four killed as tourist bus overturns\n\nA tourist bus overturned east of Medellin on Sunday, "
                  "killing four passengers, police said.")["Medellín"] == ("CO", "incident")
