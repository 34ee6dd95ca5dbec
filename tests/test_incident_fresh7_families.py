"""Issue 12: wording families of the worldwide batch 7 (eval/incidents/fresh7.jsonl), scored untuned first
(36/46, benchmarks/RESULTS.md), then fixed as families: a reference place beside the right site (the anchor
of "N km south of X", the capital where officials spoke or victims were taken), the victims' home country,
a person's first name or a newspaper taken for a place abroad, and animal attacks as incident wording.
Every article text is the opening as stored in that file (its URL in the comment); the short sentences
are the same families in other words."""
from geomap.pipeline import extract
from repo_scripts import incident_opening


def roles(text):
    return {p.entry.name: p.role for p in extract(text).places}


def test_the_anchor_of_a_statement_is_no_incident_place_beside_the_site_it_locates():
    # https://english.ahram.org.eg/News/205750.aspx : "Dozens hospitalised with food poisoning south of Cairo" ...
    # "a wedding party in a village in Beni Suef, some 150 kilometres south of the capital Cairo": Cairo,
    # 111 km from Beni Suef, was marked incident beside it
    found = roles(incident_opening("fresh7", "ahram.org.eg/News/205750"))
    assert found["Banī Suwayf"] == "incident" and found["Cairo"] == "context"
    # the same family in other words, and the anchor kept when it is also named as the scene
    found = roles("A bus crashed near the village of Vilia, about 50 kilometers northwest of Athens, killing two.")
    assert found["Vília"] == "incident" and found["Athens"] == "context"
    found = roles("A fire in Vilia, about 50 kilometers northwest of Athens, spread. Later a blast hit Athens.")
    assert found["Athens"] == "incident"


def test_a_namesake_far_from_where_its_statement_puts_it_is_not_located_by_it():
    # https://www.ndtv.com/world-news/12-killed-after-coal-mine-collapses-in-pakistan-5274411 : "the mining
    # region of Khost, about 80 kilometres (50 miles) east of Quetta": the gazetteer's only Khost is the Afghan
    # province, about 350 km from Quetta, which was marked incident (404 km from the site)
    found = roles(incident_opening("fresh7", "12-killed-after-coal-mine-collapses-in-pakistan"))
    assert found["Khost"] == "context" and found["Quetta"] == "incident"
    found = roles("The blast hit Khost, about 80 kilometres east of Gardez.")  # the Afghan Khost lies there
    assert found["Khōst"] == "incident" and found["Gardez"] == "context"
