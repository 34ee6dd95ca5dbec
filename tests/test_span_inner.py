"""Given spans that name no place as a whole but contain one (issue #13): "Dubai World Cup",
"Bank of Mexico", "Walker County Sheriff's Office". LGL and GeoWebNews annotate such a span with
the place it contains; geomap resolves that place and records that it came from inside the name.

The sentences are quoted from the corpora (../shared/eval), with their document ids."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.evaluate import resolve_spans
from geomap.gazetteer import default_gazetteer
from geomap.geometry import great_circle_km
from geomap.span_mentions import inner_mention, mention_for_span

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def _resolve(text: str, name: str):
    start = text.index(name)
    (top,) = resolve_spans(text, [(start, start + len(name))])
    return top


# (corpus:doc id, sentence, gold span, the contained name, gold lat, lon)
CONTAINED = [
    ("geowebnews:120", "Thunder Snow won the 23 rd renewal of the $10 million Dubai World Cup.",
     "Dubai World Cup", "Dubai", 25.07, 55.17),
    ("geowebnews:139", "Younus Al Nasser, assistant director general of the Smart Dubai Office (SDO) said: "
     "\u201cAs the world grows ever more connected, Internet of Things increasingly becomes a hot topic.",
     "Smart Dubai Office", "Dubai", 25.07, 55.17),
    ("geowebnews:195", "pledging, \u201cwe will be respectful of the autonomy of the Bank of Mexico\u201d.",
     "Bank of Mexico", "Mexico", 23.0, -102.0),
    ("geowebnews:312", "councillors within the MDC T dominated Harare City Council began tabling the proposal "
     "to name one of the streets in the central business district (CBD) after their late leader.",
     "Harare City Council", "Harare", -17.83, 31.05),
    ("geowebnews:311", "NEW DELHI: The Delhi High Court today sought response of former President Pranab "
     "Mukherjee on a suit.", "Delhi High Court", "Delhi", 28.65, 77.23),
    ("geowebnews:194", "Strong hiring and income gains in the Western US mean more Americans can make the trip.",
     "Western US", "US", 39.76, -98.5),
    ("geowebnews:207", "the deceleration of economic momentum as the US Federal Reserve continues to tighten "
     "monetary policy", "US Federal Reserve", "US", 39.76, -98.5),
    ("geowebnews:198", "There are 28 HAP contracts in Nenagh Municipal District area, according to figures "
     "released to local councillors at Nenagh MDC.", "Nenagh Municipal District", "Nenagh", 52.86, -8.2),
    ("lgl:40831112", "the first in a series of heavy-duty electric trucks that will be hauling cargo at the Port "
     "of Los Angeles, the nation's busiest container port.", "Port of Los Angeles", "Los Angeles", 33.73, -118.26),
]


@pytest.mark.parametrize("doc, text, span, inner, lat, lon", CONTAINED, ids=[c[0] for c in CONTAINED])
def test_a_given_span_resolves_to_the_place_it_contains(doc, text, span, inner, lat, lon):
    top = _resolve(text, span)
    assert top.lat is not None, f"{span!r} ({doc}) was not resolved"
    assert great_circle_km(top.lat, top.lon, lat, lon) <= 161
    assert (top.name, top.inner) == (span, inner)  # the whole span is kept, the contained name recorded


# geowebnews:18, as the corpus gives it: every gold span resolved together (the county is Georgia's).
_WALKER = ("UPDATE : The two inmates and their female accomplice have been captured in Chattanooga, "
           "according to a news release from the Walker County Sheriff's Office. All three were arrested on 14th St. "
           "Thursday afternoon and have been taken to the Hamilton County jail.\n\nORIGINAL STORY : The Walker County "
           "(Ga.) Sheriff's Office is asking the public to be on the lookout for two inmates who walked away from a "
           "civilian-supervised work detail on Wednesday at around noon in LaFayette.")


def test_a_county_inside_an_office_name_is_resolved_with_the_other_spans():
    names = ["Chattanooga", "Walker County Sheriff's Office", "Hamilton County", "Walker County (Ga.)", "LaFayette"]
    starts = [_WALKER.index(n) for n in names]
    spans = [(s, s + len(n)) for s, n in zip(starts, names)]
    spans[3] = (starts[3], starts[3] + len("Walker County"))
    top = resolve_spans(_WALKER, spans)[1]
    assert top.inner == "Walker County" and great_circle_km(top.lat, top.lon, 34.74, -85.3) <= 161


@pytest.mark.parametrize("doc, text, span, demonym", [
    ("geowebnews:261", "the Mexican Senate unanimously condemned the offensive and unfounded statements concerning "
     "Mexicans", "Mexican Senate", "Mexican"),
    ("geowebnews:144", "The European Commission\u2019s project to establish a \u2018European Education Area\u2019 "
     "by 2025 includes several proposals", "European Commission", "European"),
])
def test_a_demonym_inside_a_name_is_the_fallback(doc, text, span, demonym):
    start = text.index(span)
    m = mention_for_span(text, start, start + len(span), default_gazetteer())
    assert (m.kind, m.text, text[m.inner[0]:m.inner[1]]) == ("demonym", span, demonym)
    assert _resolve(text, span).inner == demonym


@pytest.mark.parametrize("doc, text, span", [
    # Places of their own whose last word is a town elsewhere: nothing in the rest says "a part of Hatch".
    ("geowebnews:214", "the new season, which will start on April 7/8 at Brands Hatch, Collard said.", "Brands Hatch"),
    ("lgl:38543440", "selling ice cream from his van on Chesterton Road, along the Backs, and at Cherry Hinton Hall.",
     "Cherry Hinton"),
    # Generic words alone never become places.
    ("geowebnews:307", "his debut at the Convention Centre, Dublin with a solo lunch-time concert", "Convention Centre"),
    ("geowebnews:154", "consultative meeting and workshops at the City Hall while parallel Sports Science", "City Hall"),
])
def test_no_contained_place_is_made_up(doc, text, span):
    start = text.index(span)
    assert inner_mention(text, start, start + len(span), default_gazetteer()) is None
    assert _resolve(text, span).lat is None


def test_a_hamlet_of_its_own_is_itself_not_the_state_it_contains():
    """lgl:40127598: "a Tennessee Colony man" is Tennessee Colony, Texas (LGL's gold 31.8354, -95.8389), a
    hamlet the postal-code places hold (scripts/postal_places.py), never Tennessee."""
    text, span = "the June 2007 murder of a Tennessee Colony man has been upped to $5,000.", "Tennessee Colony"
    start = text.index(span)
    assert inner_mention(text, start, start + len(span), default_gazetteer()) is None
    top = _resolve(text, span)
    assert top.inner is None and great_circle_km(top.lat, top.lon, 31.8354, -95.8389) <= 25


def test_a_span_with_candidates_is_looked_up_as_written():
    text = "The bombs went off in Kerman City on Wednesday."
    start = text.index("Kerman")
    m = mention_for_span(text, start, start + len("Kerman"), default_gazetteer())
    assert (m.key, m.inner) == ("kerman", None)


def test_the_inner_name_is_recorded_in_the_output_formats():
    text = CONTAINED[0][1]
    start = text.index("Dubai World Cup")
    top = resolve_spans(text, [(start, start + len("Dubai World Cup"))])[0]
    assert top.as_dict()["inner"] == "Dubai"
    assert "inner" not in resolve_spans("Two bombs in Kerman.", [(13, 19)])[0].as_dict()


def _doc(corpus: str, doc_id: str) -> dict:
    path = EVAL / f"{corpus}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    with open(path, encoding="utf-8") as fh:
        return next(d for d in map(json.loads, fh) if d["id"] == doc_id)


@pytest.mark.parametrize("corpus, doc_id, inner_span", [
    ("lgl", "41194276", "Hopkins Park"),        # Hopkins County, KY must not pull DeKalb County (IL) to Georgia
    ("geowebnews", "309", "Norwich City"),      # nor Norwich City (the club) pull Norwich to Connecticut
])
def test_a_contained_place_does_not_move_the_other_spans(corpus, doc_id, inner_span):
    doc = _doc(corpus, doc_id)
    spans = [(t["start"], t["end"]) for t in doc["toponyms"]]
    inner = {(t["start"], t["end"]) for t in doc["toponyms"] if t["name"] == inner_span}
    assert inner
    rest = [s for s in spans if s not in inner]
    with_inner = {(t.start, t.end): t.source for t in resolve_spans(doc["text"], spans)}
    without = {(t.start, t.end): t.source for t in resolve_spans(doc["text"], rest)}
    assert {s: with_inner[s] for s in rest} == without
    assert all(with_inner[s] is not None for s in inner)


def _given_collection(text: str, names: list[str]) -> dict:
    from geomap.batch import document_collection

    spans = [{"start": text.rindex(n), "end": text.rindex(n) + len(n)} for n in names]
    return document_collection({"id": "x", "text": text, "toponyms": spans}, given_spans=True)


def test_a_place_named_only_inside_an_organisation_is_not_the_incident():
    # Issue #12: the place inside an organisation's name is not where it happened.
    text = CONTAINED[0][1]  # geowebnews:120
    (dubai,) = [f for f in _given_collection(text, ["Dubai World Cup"])["features"]
                if f["properties"]["kind"] == "place"]
    assert dubai["properties"]["role"] == "context"
    assert dubai["properties"]["evidence"][0]["inner"] == {"text": "Dubai", "start": text.index("Dubai"),
                                                           "end": text.index("Dubai") + 5}


def test_a_place_also_named_on_its_own_keeps_its_role():
    text = ("The Delhi High Court today sought response of former President Pranab Mukherjee on a suit filed "
            "in Delhi.")  # geowebnews:311, shortened
    places = [f for f in _given_collection(text, ["Delhi High Court", "Delhi"])["features"]
              if f["properties"]["kind"] == "place"]
    assert [(p["properties"]["name"], p["properties"]["role"]) for p in places] == [("Delhi", "incident")]
    assert [e.get("inner", {}).get("text") for e in places[0]["properties"]["evidence"]] == ["Delhi", None]
