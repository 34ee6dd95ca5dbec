"""Issue 12: the dateline's city, distance and border references, road ends: context unless the text
puts the event there. Quotes are verbatim from eval/incidents/fresh.jsonl's dev half or from the
labelled corpora (source in the comment); each test names the general rule it checks."""
from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


def test_a_dateline_city_named_again_only_as_an_office_and_a_container_is_the_newsroom(gazetteer):
    # https://www.dailymail.co.uk/wires/reuters/article-7457555/Four-dead-13-injured-Turkeys-southeast-blast-governor-office.html
    r = roles("Four dead, 13 injured in Turkey's southeast after blast -governor office\nDIYARBAKIR, Sept 12 (Reuters) - "
              "Four people were killed and 13 were badly wounded in southeast Turkey after improvised explosives "
              "placed on a road detonated as a vehicle carrying villagers was passing, the Diyarbakir governor's "
              "office said on Thursday.\nThe explosives were believed to have been placed by Kurdistan Workers Party "
              "(PKK) militants, the office said in a statement. The blast occurred in the Kulp district of Diyarbakir "
              "province, it said.", gazetteer)
    assert r["Kulp"] == "incident" and r["Diyarbakır"] == "context", r


def test_a_dateline_city_is_not_the_incident_when_the_lede_names_a_district_the_gazetteer_lacks(gazetteer):
    # http://www.sultanseye.com/english/2018-05/09/c_137166347.htm ("Shaodong County" is not in the gazetteer):
    # the coarsest known place the text gives, the province, is where it happened; not the newsroom's city.
    r = roles("5 killed in China colliery gas explosion\n\nCHANGSHA, May 9 (Xinhua) -- Five people were killed "
              "early Wednesday as a methane gas explosion ripped through a coal mine in central China's Hunan "
              "Province, local authorities said.\n\nThe explosion happened at about 3:10 a.m. at a coal pit of the "
              "Hunan Baodian Qunli Mining Co., Ltd. in Shaodong County, the county's publicity department said.",
              gazetteer)
    assert r["Changsha"] == "context" and r["Hunan"] == "incident", r


def test_a_dateline_city_with_an_unknown_village_in_the_lede_gives_way_to_the_country(gazetteer):
    # https://gephardtdaily.com/national-international/least-37-die-thousands-displaced-sri-lanka-monsoon
    r = roles("COLOMBO, Sri Lanka, May 18 (UPI) — Floods and mudslides in Sri Lanka’s mountainous Kagalle district "
              "killed at least 37 people and left 134 unaccounted for.\nLandslides prompted by three days of rain "
              "and wind, at the start of the country’s monsoon season, have displaced at least 350,000 in the "
              "island nation, officials said Wednesday. A major landslide near the town of Aranayake struck "
              "Tuesday, and rescuers announced they were unable to get heavy equipment to the worst-hit sites.",
              gazetteer)
    assert r["Colombo"] == "context" and r["Sri Lanka"] == "incident", r


def test_naming_the_dateline_city_s_own_state_does_not_move_the_event(gazetteer):
    # GeoWebNews 225 (../shared/eval/geowebnews.jsonl): Massachusetts holds Boston, so Boston stays
    r = roles("By Nate Raymond. BOSTON (Reuters) - The owner of a restaurant in Massachusetts was arrested on "
              "Thursday on federal charges that he had traded on inside information. Charlie Chen, 48, was accused "
              "in an indictment filed in federal court in Boston of making more than $800,000 from 2012 to 2014.",
              gazetteer)
    assert r["Boston"] == "incident", r


def test_the_capital_a_short_distance_is_measured_from_is_a_landmark_not_the_incident(gazetteer):
    # http://uk.reuters.com/article/nigeria-violence-idUKL5N1193FO20150903 (eval/relations/*.jsonl)
    r = roles("Five villagers were killed by militants and six were injured\nwhile fleeing the attack in Mainari, "
              "20 km (12 miles) southeast\nof the state capital Maiduguri, according to two armed civilian\n"
              "volunteers who helped the military repulse the attackers.", gazetteer)
    assert r["Maiduguri"] == "context", r


def test_a_capital_landmark_is_context_even_when_the_text_names_no_other_town(gazetteer):
    # http://pukhtunkhwatimes.blogspot.com/2011/03/pakistan-mine-explosion-kills-at-least.html: the zone
    # "about 40 kilometers east of" Quetta is where it happened, not the city itself
    doc = extract("Pakistan mine explosion kills at least 43. The mine is located about 40 kilometers east of "
                  "the provincial capital, Quetta.", gazetteer)
    r = {p.entry.name: p.role for p in doc.places}
    assert r["Quetta"] == "context", r
    assert any(x.role == "incident" and x.anchor_text == "Quetta" for x in doc.relations)


def test_a_short_distance_from_a_town_not_called_the_capital_keeps_it_incident(gazetteer):
    # rule 1 of geomap.roles stands: "six miles northeast of Gilroy" (tests/test_incident_fresh_families.py)
    r = roles("A brush fire burned 200 acres about six miles northeast of Gilroy on Tuesday, firefighters said.",
              gazetteer)
    assert r["Gilroy"] == "incident", r


def test_a_country_named_only_as_a_border_line_is_not_the_incident(gazetteer):
    # https://jagonews24.com/en/amp/58743 (eval/relations/fresh7.jsonl): an attack in Niger near the border
    r = roles("It came two days after 69 people were killed in another area near the Malian border about 160km "
              "(100 miles) away.", gazetteer)
    assert r["Mali"] == "context", r


def test_a_country_named_also_as_where_it_happened_keeps_its_role(gazetteer):
    # the same wording, the country named again as the scene: the border rule leaves it
    r = roles("Gunmen killed 12 soldiers near the Malian border. The attack happened in Mali on Sunday.", gazetteer)
    assert r["Mali"] == "incident", r


def test_the_ends_a_between_statement_names_are_context_when_the_text_places_the_event_elsewhere(gazetteer):
    # https://nationalpost.com/pmn/news-pmn/crime-pmn/u-s-coast-guard-search-finds-one-body-38-still-missing-after-boat-capsizes-off-florida-3
    # (eval/relations/cases.jsonl): the capsizing is off Fort Pierce, 200 km from either end
    r = roles("According to the survivor, the group’s vessel capsized on Sunday morning when it hit rough weather about "
              "45 miles (72 km) east of Fort Pierce Inlet, off Florida’s Atlantic coast about midway between Miami "
              "and Cape Canaveral, but no one was wearing a life jacket, the Coast Guard said.", gazetteer)
    assert r["Fort Pierce"] == "incident", r
    assert r["Miami"] == "context" and r["Cape Canaveral"] == "context", r


def test_the_ends_of_a_between_statement_stay_when_nothing_else_is_said_to_be_where(gazetteer):
    # the same wording with no other place: the ends are the nearest named points there are
    r = roles("A bus plunged off the highway between Potosi and Oruro on Sunday, killing 20 people.", gazetteer)
    assert r["Potosí"] == "incident" and r["Oruro"] == "incident", r


def test_with_an_unknown_town_in_the_lede_the_dateline_country_is_the_incident_not_a_demonym(gazetteer):
    # LGL 38661079 (../shared/eval/lgl.jsonl): "Maameltein" is not in the gazetteer; Lebanon, the dateline's
    # country, is where it happened, not Iraq ("an Iraqi national") nor the newsroom's Beirut
    r = roles("Iraqi national found dead in Maameltein . In February last year, the Lebanese government said it would "
              "give all foreigners, including Iraqi refugees, who stayed in the country after their visas expired, a "
              "three-month period during which they could legalize their status. But it remains unclear exactly how "
              "many Iraqis regulated their status during that time. BEIRUT: The body of an Iraqi national was "
              "discovered on Saturday, a police report said. Mohammad Abed al-Wahab, born in 1952, was found dead in "
              "the town of Maameltein, Keserwan.", gazetteer)
    assert r["Lebanon"] == "incident" and r["Iraq"] == "context" and r["Beirut"] == "context", r


def test_an_unknown_district_in_the_lede_gives_a_warning_naming_it(gazetteer):
    # http://www.sultanseye.com/english/2018-05/09/c_137166347.htm: the map shows Hunan, and says why
    doc = extract("5 killed in China colliery gas explosion\n\nCHANGSHA, May 9 (Xinhua) -- Five people were killed "
                  "early Wednesday as a methane gas explosion ripped through a coal mine in central China's Hunan "
                  "Province, local authorities said.\n\nThe explosion happened at about 3:10 a.m. at a coal pit of "
                  "the Hunan Baodian Qunli Mining Co., Ltd. in Shaodong County, the county's publicity department "
                  "said.", gazetteer)
    found = [w for w in doc.warnings if w.code == "incident_place_not_found"]
    assert len(found) == 1 and found[0].text == "Shaodong" and "Hunan" in found[0].message, doc.warnings


def test_no_unknown_place_warning_when_the_incident_town_is_found(gazetteer):
    # the Diyarbakir article above: Kulp is found, nothing to warn about
    doc = extract("DIYARBAKIR, Sept 12 (Reuters) - Four people were killed and 13 were badly wounded in southeast "
                  "Turkey. The blast occurred in the Kulp district of Diyarbakir province, it said.", gazetteer)
    assert not [w for w in doc.warnings if w.code == "incident_place_not_found"], doc.warnings
