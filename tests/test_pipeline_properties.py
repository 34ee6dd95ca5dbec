"""The pipeline on arbitrary text: never crashes, and always emits a valid FeatureCollection.

Two generators: words and raw text (anything at all), and phrases (what
news text and hostile input actually contain: numbers with units in
digits and words, huge, tiny and many-digit; compass directions including
nonsense ones; "between X and Y"; brackets, right-to-left text, combining
marks, template syntax; and places from the gazetteer).
"""
from hypothesis import HealthCheck, example, given, settings, strategies as st

from geojson_checks import problems
from geomap.result import run

WORDS = ["Kerman", "Iran", "the", "700", "meters", "from", "Soleimani's", "grave", "north", "of", "Paris",
         "Texas", "a", "kilometer", "away", "near", "between", "and", "Mosul", "U.S.", "W.Va.", "capital",
         "\u2019s", ",", ".", "\n", "President", "Trump", "12", "km", "NNE", "some", "15", "minutes", "after",
         "first", "second", "blast", "outskirts", "on", "<script>", "&", "\u2028", "Red Sea", "Mideast"]

# Places across the globe: near the antimeridian (Suva, Fiji, Tonga), near the
# poles (Antarctica, Greenland, Arctic Ocean), huge ones (Russia, Asia), ambiguous ones.
PLACES = ["Kerman", "Paris", "Texas", "Mosul", "Suva", "Fiji", "Tonga", "Auckland", "Antarctica", "Greenland",
          "the Arctic Ocean", "Russia", "Asia", "the Pacific Ocean", "Iran", "Pokhara", "Bharatpur", "Anchorage"]
NUMBERS = st.one_of(
    st.integers(0, 10**12).map(str),
    st.integers(0, 10**6).map(lambda n: f"{n:,}"),
    st.floats(0, 1e7, allow_nan=False).map(lambda x: f"{x:.4f}"),
    st.sampled_from(["0.0001", "0.5", "1e400", "10" + "0" * 20, "9" * 400, "1" + "0" * 400, "0." + "0" * 300 + "1",
                     "a", "an", "half a", "twenty-five", "two hundred", "ninety-nine thousand", "one"]),
)
UNITS = st.sampled_from(["m", "km", "meters", "metres", "kilometres", "miles", "mi", "ft", "feet", "yards", "nm",
                         "nautical miles"])
DIRECTIONS = st.sampled_from(["north", "south-east", "NNE", "WSW", "north-west", "north-south", "east-west",
                              "north-north", "NSE", "south south west", "E", "west-northwest"])
QUALS = st.sampled_from(["", "just ", "about ", "some ", "nearly ", "more than ", "within ", "less than "])
PLACE = st.sampled_from(PLACES)
ODD = st.sampled_from(["((([[{", "}]])))", "{{ 7*191 }}", "${7*191}", "<%= 7*191 %>", "\u05e9\u05dc\u05d5\u05dd",
                       "\u0645\u0631\u062d\u0628\u0627", "\u202e", "\u200f", "e\u0301\u0301\u0301", "K\u0308erman",
                       "\u2028", "\ufeff", "\U0001f4a5", "\x00", "'", '"', "\\", "\n\n", "...", ";"])


@st.composite
def phrase(draw):
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return f"{draw(QUALS)}{draw(NUMBERS)} {draw(UNITS)} from {draw(PLACE)}"
    if kind == 1:
        return f"{draw(QUALS)}{draw(NUMBERS)} {draw(UNITS)} {draw(DIRECTIONS)} of {draw(PLACE)}"
    if kind == 2:
        return f"{draw(DIRECTIONS)} of {draw(PLACE)}"
    if kind == 3:
        return f"between {draw(PLACE)} and {draw(PLACE)}"
    if kind == 4:
        word = draw(st.sampled_from(["near", "on the outskirts of", "just outside", "in the"]))
        if word == "in the":
            word += f" {draw(DIRECTIONS)} of"
        return f"{word} {draw(PLACE)}"
    if kind == 5:
        return f"the {draw(st.sampled_from(['first', 'second']))} blast was {draw(NUMBERS)} {draw(UNITS)} away"
    return draw(ODD)


ARTICLES = st.lists(st.one_of(phrase(), PLACE, ODD, st.sampled_from(WORDS)), min_size=1, max_size=8).map(
    lambda parts: " ".join(parts) + ".")


def _check(text):
    fc = run(text).geojson
    assert problems(fc, text) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), st.text(max_size=200)))
def test_run_is_total_and_offsets_are_exact(text):
    _check(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
@example("0 m from Kerman west-northwest of Russia.")  # a sector around Russia cut at the antimeridian left a sliver
def test_run_on_phrases_gives_a_valid_feature_collection(text):
    _check(text)
