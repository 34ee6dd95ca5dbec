"""Issue 12: the one dateline model (geomap.dateline_newsroom.newsroom). A dateline is where the report
was filed; its town is the incident only when the lede places the event there or names nothing finer.
Texts quote articles of eval/incidents/fresh3.jsonl (URL in the comment) or use the same wording about
other places."""
import pytest

from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


@pytest.mark.parametrize("text,dateline,where", [
    # https://localnews8.com/news/national-world/ap-national/2024/11/28/landslides-bury-40-homes-in-six-villages-in-eastern-uganda-killing-at-least-13-people
    ("Death toll rises to at least 15 after landslides bury 40 homes in eastern Uganda\nNAIROBI, Kenya (AP) \u2014 At "
     "least 15 people have died and 113 others are missing after landslides buried homes in six villages in eastern "
     "Uganda. Uganda police say that 15 injured people had been rescued and admitted to Buluganya Health Center. "
     "Local media reports say authorities expect the death toll could rise to 30. The landslides happened after "
     "heavy rains in the mountainous district of Bulambuli.", "Nairobi", "Bulambuli"),
    # the same wording, other places
    ("NAIROBI, Kenya (AP) \u2014 At least 9 people died after floods swept away homes in two villages in northern "
     "Tanzania, police said. The floods happened after heavy rains in the mountainous region of Kilimanjaro.",
     "Nairobi", "Kilimanjaro"),
])
def test_a_dateline_in_another_country_than_the_lede_places_the_event_is_the_newsroom(gazetteer, text, dateline,
                                                                                      where):
    # rule 1 looked for a place finer than "eastern Uganda" in its sentence and found only the dateline
    r = roles(text, gazetteer)
    assert r[dateline] == "context" and r[where] == "incident", r


@pytest.mark.parametrize("text,dateline", [
    # https://nationalpost.com/pmn/news-pmn/politics-news-pmn/bomb-explodes-inside-mosque-in-eastern-afghanistan-during-friday-prayers
    ("KABUL \u2014 A bomb exploded in a mosque in eastern Afghanistan during Friday prayers, officials said, killing "
     "and wounding at least 10 men who had gathered for worship.\nAttaullah Khogyani, the spokesman for Nangarhar\u2019s "
     "provincial governor, said the explosion happened inside a mosque in Haska Mena district.", "Kabul"),
    # the same wording, another country
    ("ISLAMABAD \u2014 A bomb exploded at a market in northwestern Pakistan, officials said, killing four people.\n"
     "A police spokesman said the explosion happened in Shewa Adda district.", "Islamabad"),
])
def test_a_dateline_is_not_the_finer_place_of_a_country_when_the_lede_names_an_unknown_district(gazetteer, text,
                                                                                                dateline):
    doc = extract(text, gazetteer)
    incident = [p.entry.name for p in doc.places if p.role == "incident"]
    assert dateline not in incident and incident, incident


def test_the_area_the_lede_places_it_in_wins_over_a_weak_town_once_the_newsroom_is_out(gazetteer):
    # https://www.dailyherald.com/article/20200102/news/301029959/ (eval/incidents/fresh.jsonl): a background
    # "al-Shabab" sentence must not be picked once the newsroom is set aside
    text = ("Kenya police say suspected extremists attack bus, killing 3\nUpdated 1/2/2020 8:44 AM\nNAIROBI, Kenya -- "
            "Kenya police say three people were killed when a passenger bus was ambushed by gunmen suspected to be "
            "Islamic extremists in Lamu county in the country's eastern coastal area.\nA police report seen by the "
            "Associated Press said Thursday that gunmen opened fire on a bus and three men were shot at close range "
            "and died instantly.\nKenya has seen many attacks by the Somalia-based extremist group al-Shabab since "
            "Kenya sent troops to Somalia in 2011.")
    r = roles(text, gazetteer)
    assert r["Nairobi"] == "context" and r["Lamu"] == "incident", r
    assert [n for n, role in r.items() if role == "incident"] == ["Lamu"], r


def test_there_is_one_dateline_model():
    import geomap.incident
    import geomap.roles

    assert not hasattr(geomap.incident, "newsroom_only")
    with pytest.raises(ImportError):
        import geomap.dateline_areas  # noqa: F401
    assert geomap.roles.dateline_newsroom.__module__ == "geomap.dateline_newsroom"


@pytest.mark.parametrize("text,dateline", [
    # https://www.brecorder.com/news/40112355/suspected-jihadists-kill-51-villagers-in-mali-12-soldiers-in-burkina
    # (eval/incidents/fresh2.jsonl)
    ("BAMAKO: Suspected jihadists massacred 51 civilians in northern Mali and killed 12 troops in an ambush in "
     "neighbouring Burkina Faso, the authorities said Monday, highlighting the security crisis gripping the two "
     "fragile states.\n\u201cTerrorists\u201d on Sunday invaded the villages of Karou, Ouatagouna and Daoutegeft "
     "near Mali\u2019s border with Niger, a military officer told AFP.", "Bamako"),
    # the same wording, other countries
    ("NAIROBI: Gunmen killed 9 villagers in northern Kenya and 4 herders in an attack in neighbouring Ethiopia, "
     "officials said on Monday.", "Nairobi"),
])
def test_a_lede_placing_the_event_in_another_country_makes_the_dateline_the_newsroom(gazetteer, text, dateline):
    assert roles(text, gazetteer)[dateline] == "context"


@pytest.mark.parametrize("text,dateline,where", [
    # https://thehill.com/homenews/ap/ap-international/ap-40-people-killed-dozens-injured-in-bus-crash-in-senegal/
    # (eval/incidents/fresh2.jsonl): a byline and a map caption before the dateline
    ("40 people killed, dozens injured in bus crash in Senegal\n\nby BABACAR DIONE, Associated Press - 01/08/23 8:02 "
     "AM ET\nby BABACAR DIONE, Associated Press - 01/08/23 8:02 AM ET\nSenegal-Bus Crash\nMap locates Gniby village "
     "in the Kaffrine region.\n\nDAKAR, Senegal (AP) \u2014 At least 40 people were killed and dozens injured in a bus "
     "crash in central Senegal, the country\u2019s president said Sunday.\n\nPresident Macky Sall tweeted that the "
     "collision happened in Gnivy village, in the Kaffrine region, at about 3:30 a.m.", "Dakar", "Kaffrine"),
    # https://localnews8.com/news/ap-national/2024/02/03/at-least-19-dead-as-forest-fires-approach-densely-populated-areas-of-central-chile/
    # (eval/incidents/fresh.jsonl)
    ("At least 19 dead as forest fires approach densely populated areas of central Chile\nBy PATRICIA LUNA and "
     "MANUEL RUEDA\nAssociated Press\nSANTIAGO, Chile (AP) \u2014 Officials say intense forest fires burning around a "
     "densely populated area of central Chile have left at least 19 people dead and destroyed about 1,100 homes. "
     "Chile\u2019s Interior Minister Carolina Toh\u00e1 says there are currently 92 forest fires burning in the center "
     "and south of the country, where temperatures have been unusually high this week. The deadliest of the fires "
     "are occurring in the region of Valparaiso, where authorities urged people not to leave their homes so "
     "firetrucks, ambulances and other emergency vehicles can transit with greater ease. One of the fires is "
     "threatening the coastal resort town of Vi\u00f1a del Mar.", "Santiago", "Valpara\u00edso"),
])
def test_the_lede_is_counted_from_the_dateline_past_a_byline_or_a_caption(gazetteer, text, dateline, where):
    r = roles(text, gazetteer)
    assert r[dateline] == "context" and r[where] == "incident", r
