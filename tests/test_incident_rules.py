"""Issue 12, dev-split error families: each test is an excerpt, verbatim, of a labelled article of
../shared/eval (corpus and id in the comment), the rule it checks stated in the test's name."""
from geomap.pipeline import extract


def roles(text, gazetteer):
    doc = extract(text, gazetteer)
    return {p.entry.name: p.role for p in doc.places}


def test_a_country_measured_from_yields_to_the_town_in_its_sentence(gazetteer):
    # GeoWebNews 123
    text = ("THIS is the first picture of the hero crack soldier who was killed by a buried bomb while battling "
            "ISIS in Syria. The SAS soldier had been embedded with US Special Forces in Manbij near the Turkish "
            "border when the booby-trap bomb exploded.")
    r = roles(text, gazetteer)
    assert r["Manbij"] == "incident" and r["Turkey"] == "context"
