from geomap.pipeline import extract


def resolved(text):
    return {p.entry.name: p.entry for p in extract(text).places}


def test_kerman_in_an_iranian_story_is_in_iran():
    e = resolved("Blasts in Kerman killed many, Iranian media said. Iran mourned.")["Kerman"]
    assert e.source == "geonames:128234" and e.country == "IR"


def test_kerman_in_a_californian_story_is_in_california():
    e = resolved("A fire near Fresno and Kerman, California burned homes in the United States.")["Kerman"]
    assert e.source == "geonames:5362909" and e.country == "US"


def test_country_names_win_over_towns():
    assert resolved("Troops crossed into Jordan.")["Jordan"].place_type == "country"


def test_names_that_share_a_state_support_each_other():
    places = resolved("Gainesville police said the fire in Hall County was set. Georgia officials agreed.")
    assert places["Gainesville"].country == "US" and places["Gainesville"].admin1 == "GA"
    assert places["Hall County"].admin1 == "GA"


def test_support_does_not_outvote_a_country():
    places = resolved("Officials in Paris, Texas met. China and Mexico were discussed in Texas.")
    assert places["China"].place_type == "country" and places["Mexico"].place_type == "country"
