"""Issue 12: wording families of the worldwide batch 13 (eval/incidents/fresh13.jsonl), scored untuned first
(40/49, benchmarks/RESULTS.md), then fixed as families seen in several batches. Every article text is the
opening as stored in that file (its URL in the comment); the short sentences are the same family in other words."""
from geomap.gazetteer import default_gazetteer
from geomap.pipeline import extract
from geomap.region_namesakes import inside
from repo_scripts import incident_opening


def places(text):
    return {p.entry.name: (p.entry.country, p.entry.admin1_name, p.role) for p in extract(text).places}


def test_a_town_written_before_its_province_is_not_a_namesake_in_another_region():
    # https://www.nerjatoday.com/2013/03/31/stabbing-in-alcudia/ : the gazetteer's only Alcudia is on Mallorca
    found = places(incident_opening("fresh13", "nerjatoday.com/2013/03/31/stabbing-in-alcudia"))
    assert "Alcúdia" not in found
    assert found["Granada"][0] == "ES"


def test_the_village_of_a_name_in_a_story_about_one_region_is_not_a_namesake_elsewhere():
    # https://www.pravda.com.ua/eng/news/2024/03/29/7448767/ : the gazetteer's Topolyne are in Donetsk and
    # Zaporizhzhia oblasts, the story is Kherson Oblast's
    found = places(incident_opening("fresh13", "pravda.com.ua/eng/news/2024/03/29/7448767"))
    assert "Topolyne" not in found and found["Kherson"][2] == "incident"
    # https://en.interfax.com.ua/news/general/952892-amp.html (batch 12): Verbivka of Zhytomyr region
    found = places(incident_opening("fresh12", "interfax.com.ua/news/general/952892"))
    assert all(admin1 == "Zhytomyr" for name, (_, admin1, _) in found.items() if name == "Verbivka")


def test_a_town_in_its_stated_province_stays():
    # http://elispiritweaver.blogspot.com/2017/03/disease_30.html (batch 10): the gazetteer's Cauayan of Negros
    # Occidental lies 62 km from the province's point, but its division names hold the province's
    found = places(incident_opening("fresh10", "elispiritweaver.blogspot.com/2017/03/disease_30"))
    assert found["Cauayan"][2] == "incident"
    # a list of towns is no container: Alcúdia stays Mallorca's
    found = places("Storms hit Alcudia, Granada and Malaga on Sunday, and a man died in Alcudia.")
    assert found["Alcúdia"][0] == "ES"


def test_inside_reads_the_division_names_then_the_radius():
    gaz = default_gazetteer()
    province = next(e for e in gaz.lookup("negros occidental") if e.place_type == "admin1")
    towns = gaz.lookup("cauayan")
    assert [inside(e, province) for e in towns] == [True, False, False]
    kherson = next(e for e in gaz.lookup("kherson") if e.place_type == "admin1")
    assert not any(inside(e, kherson) for e in gaz.lookup("topolyne"))


def test_a_name_introduced_as_a_persons_is_no_place():
    # https://www.ghanaweb.live/GhanaHomePage/NewsArchive/Wa-Municipality-Suspected-thief-lynched-by-angry-mob-1950875
    # : "A suspected thief named Hanam was lynched by a mob in Danko, Wa municipality" (Hanam, a Korean city)
    found = places(incident_opening("fresh13", "ghanaweb.live/GhanaHomePage/NewsArchive/Wa-Municipality"))
    assert "Hanam" not in found and found["Upper West"][0] == "GH"
    # https://eaglefm.com.na/news/kavango-crocodiles-strike-again-kills-5th-victim-in-3-months : "Ndumba Ben, the
    # deceased, was taking a bath" (Ben read as Bern)
    found = places(incident_opening("fresh13", "eaglefm.com.na/news/kavango-crocodiles"))
    assert "Bern" not in found and found["Kavango West"][2] == "incident"
    # the same families in other words: the town stays a town where the text makes it one
    found = places("A fisherman named Kendal drowned off Whitby on Monday. Kendal, the victim, was 40. "
                   "Police in Whitby said the boat was found later.")
    assert "Kendal" not in found and "Whitby" in found
    found = places("A fire destroyed a barn near Kendal on Monday. Police in Kendal said no one was hurt.")
    assert any(name.startswith("Kendal") for name in found)
