"""The pipeline on arbitrary text: never crashes, and every offset indexes the text."""
from hypothesis import HealthCheck, given, settings, strategies as st

from geomap.pipeline import run

WORDS = ["Kerman", "Iran", "the", "700", "meters", "from", "Soleimani's", "grave", "north", "of", "Paris",
         "Texas", "a", "kilometer", "away", "near", "between", "and", "Mosul", "U.S.", "W.Va.", "capital",
         "\u2019s", ",", ".", "\n", "President", "Trump", "12", "km", "NNE", "some", "15", "minutes", "after",
         "first", "second", "blast", "outskirts", "on", "<script>", "&", "\u2028", "Red Sea", "Mideast"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), st.text(max_size=200)))
def test_run_is_total_and_offsets_are_exact(text):
    fc = run(text).geojson
    for f in fc["features"]:
        p = f["properties"]
        assert p["evidence"]
        for e in p["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]
            s = fc["geomap"]["sentences"][e["sentence"]]
            assert text[s["start"]:s["end"]] == s["text"] and s["start"] <= e["start"] < s["end"]
        assert p["uncertainty_m"] > 0
        geom = f["geometry"]
        if geom["type"] == "Polygon":
            assert len(geom["coordinates"][0]) >= 4
