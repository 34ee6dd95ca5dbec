"""geomap.run is linear in time and output size (issue 9).

Linearity is checked by counts where possible (output bytes, sentences
stored, distance computations), and by time only with a wide margin, at
sizes eight times apart measured in one run: linear work grows about 8x,
quadratic 64x.
"""
import json
import time

import pytest

from geomap import resolve
from geomap.result import run
from geomap.popups import popup_html

PATTERNS = {
    "paris-texas": "Paris, Texas. ",
    "kerman-comma": "Kerman, ",  # one long sentence
    "parens": "(Kerman ",  # nested parentheses, closed at the end
    "blast": "the first blast ",  # the time phrase's lazy scan
    "alexandria": "Alexandria, La. ",
    "kerman-iran": "Kerman,Iran;",
}


def make(unit: str, size: int) -> str:
    if unit.startswith("("):
        k = size // (len(unit) + 1)
        return unit * k + ")" * k
    return (unit * (size // len(unit) + 1))[:size]


def out_bytes(text: str) -> int:
    return len(json.dumps(run(text).geojson, ensure_ascii=False).encode("utf-8"))


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_output_doubles_when_the_input_doubles(name):
    small, large = out_bytes(make(PATTERNS[name], 8_000)), out_bytes(make(PATTERNS[name], 16_000))
    assert large <= 2.2 * small, (small, large)


def test_each_quoted_sentence_is_stored_once():
    text = make("Kerman,Iran;", 24_000)  # one sentence, 4,000 mentions
    fc = run(text).geojson
    assert [s["text"] for s in fc["geomap"]["sentences"]] == [text]
    items = [e for f in fc["features"] if f["properties"]["kind"] == "place" for e in f["properties"]["evidence"]]
    assert len(items) == 4_000
    assert all(e["sentence"] == 0 and text[e["start"]:e["end"]] == e["text"] for e in items)
    assert len(json.dumps(fc)) < 30 * len(text)


def test_only_quoted_sentences_are_stored():
    text = "Nothing here. " * 50 + "Blasts hit Kerman. " + "Still nothing. " * 50
    fc = run(text).geojson
    assert [s["text"] for s in fc["geomap"]["sentences"]] == ["Blasts hit Kerman."]


def test_popup_quotes_a_bounded_window_of_a_long_sentence():
    text = make("Kerman, ", 400_000)
    fc = run(text).geojson
    place = fc["features"][0]["properties"]
    html = popup_html(place, fc["geomap"]["sentences"])
    assert "<mark>Kerman</mark>" in html and "\u2026" in html
    assert len(html) < 5 * (300 + 200)  # five quotes of at most 300 characters, plus markup


def test_distance_computations_grow_linearly(monkeypatch):
    from geomap import near_index

    calls = []
    real = near_index.great_circle_km

    def counting(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(near_index, "great_circle_km", counting)  # where resolution measures nearness
    counts = []
    for size in (14_000, 28_000):
        calls.clear()
        run(make("Paris, Texas. ", size))
        counts.append(len(calls))
    assert counts[0] > 0 and counts[1] <= 2.2 * counts[0], counts


def test_near_index_agrees_with_a_full_scan():
    import random

    from geomap.model import Entry

    rng = random.Random(9)

    def entry(i, lat, lon):
        return Entry(f"x:{i}", "x", lat, lon, None, None, 0, "city", 1)

    anchors = [entry(i, rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)) for i in range(300)]
    anchors += [entry(1000 + i, rng.uniform(75, 89.9), rng.uniform(-180, 180)) for i in range(100)]
    from geomap import near_index

    index = near_index.NearIndex(anchors)
    for i in range(3000):
        lat = rng.uniform(70, 90) if i % 3 == 0 else rng.uniform(-90, 90)
        base = rng.choice(anchors)  # many candidates close to an anchor, across the date line too
        e = entry(5000 + i, lat, rng.uniform(-180, 180)) if i % 2 else \
            entry(5000 + i, max(-90, min(90, base.lat + rng.uniform(-2.5, 2.5))), (base.lon + rng.uniform(-8, 8) + 180) % 360 - 180)
        expected = any(near_index.great_circle_km(a.lat, a.lon, e.lat, e.lon) <= near_index.NEARBY_KM for a in anchors)
        assert index.near(e) == expected, (e.lat, e.lon)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_time_grows_about_linearly(name):
    """At 8x the input, linear work takes about 8x as long and quadratic 64x; 24x is the line."""
    unit = PATTERNS[name]
    run(make(unit, 1_000))  # warm up

    def best_of(text, n):
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            run(text)
            times.append(time.perf_counter() - t0)
        return min(times)

    small = best_of(make(unit, 8_000), 3)
    large = best_of(make(unit, 64_000), 2)
    assert large <= 24 * max(small, 0.005), (small, large)
