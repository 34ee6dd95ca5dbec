"""Issue 12's throughput budget: the mention finder's per-word work, made cheaper, keeps its answers."""
from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings, strategies as st

from geomap.gazetteer import default_gazetteer
from geomap.mention_lexicon import capitalised, is_cap, words_of
from geomap.mention_rules import keep_name, lower_case_words
from geomap.mentions import generic_before, longest_name, name_spans
from geomap.person_filter import person_names

TEXTS = [
    "Iran's U.S. envoy met Ali in Kerman. \u00c9mile Zola, 62, and President Trump said; Paul Allen left Allen.",
    "deputy Ronnie Howell attempted to stop him, and Howell gave chase; in Austin Texas; in Downtown Howell",
    "ALL CAPS HEADLINE NEW JERSEY now. \u01c5ungla and \u01c4 or x-Ray, iPhone in Springfield, Ill., and Gen. Ali",
    "Kerman",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_capitalised_words_are_the_words_is_cap_finds(text):
    words = words_of(text)
    assert capitalised(words) == [i for i, (_, w) in enumerate(words) if is_cap(w)]


class _CountingWords(list):
    """A word list that counts the words read one by one (``words[i]``)."""

    reads = 0

    def __getitem__(self, index):
        if isinstance(index, int):
            type(self).reads += 1
        return super().__getitem__(index)


def test_the_name_rules_read_the_capitalised_words_not_every_word():
    """The person rules and the name scan looked at every word of an article, where only a
    capitalised one can start a name: a long article of lower-case words costs them nothing now."""
    text = "Gen. Ali met Paul Allen in Kerman, Iran. " + "the quiet town was calm that night " * 300
    words = _CountingWords(words_of(text))
    g = default_gazetteer()
    persons = person_names(text, words, g)
    spans = name_spans(text, words, g, persons, lambda s, e: True)
    assert {"ali", "allen"} <= persons and [s[3] for s in spans] == ["kerman", "iran"]
    assert _CountingWords.reads < 300  # the lower-case words alone are 2,100


def _scan_every_word(text, words, gazetteer, persons, free):
    """The name scan as it was: every word tried, a match's words skipped."""
    spans, lower, i = [], lower_case_words(words), 0
    while i < len(words):
        start, word = words[i]
        match = longest_name(text, words, i, gazetteer) if is_cap(word) and free(start, start + len(word)) else None
        if match is None:
            i += 1
            continue
        if keep_name(text, words, match, gazetteer, persons, lower):
            spans.append(generic_before(text, start, match, gazetteer))
        i = match.j + 1
    return spans


@pytest.mark.parametrize("text", TEXTS)
def test_the_capitalised_scan_finds_what_the_every_word_scan_found(text):
    words, g = words_of(text), default_gazetteer()
    taken = {words[1][0]} if len(words) > 1 else set()  # a word an earlier step took
    free = lambda s, e: s not in taken  # noqa: E731
    persons = person_names(text, words, g)
    assert name_spans(text, words, g, persons, free) == _scan_every_word(text, words, g, persons, free)
    assert name_spans(text, words, g, persons, free, capitalised(words)) == name_spans(text, words, g, persons, free)


def _haversine_terms(points, key, lat, lon):
    """The ranker's distance terms as they were computed: every term from the point's own latitude."""
    p2 = math.radians(lat)
    return [(k, math.sin((p2 - math.radians(plat)) / 2) ** 2 + math.cos(math.radians(plat)) * math.cos(p2)
             * math.sin(math.radians(lon - plon) / 2) ** 2) for k, plat, plon in points if k != key]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.floats(-89.9, 89.9), st.floats(-180, 180)), max_size=6),
       st.floats(-89.9, 89.9), st.floats(-180, 180), st.floats(1, 2000))
def test_the_ranker_distances_with_the_points_terms_kept_are_the_same_numbers(points, lat, lon, reach):
    """A pick's latitude in radians and its cosine are computed once per point (ranker._point), not once per
    candidate: the nearest distance and the names within reach are bit for bit what they were."""
    from geomap.ranker import _keys_within, _nearest_km, _point

    kept = [_point(*p) for p in points]
    terms = _haversine_terms(points, "a", lat, lon)
    least = min((a for _, a in terms), default=None)
    assert _nearest_km(kept, "a", lat, lon) == (None if least is None else
                                                2 * 6371.0 * math.asin(min(1.0, math.sqrt(least))))
    assert _keys_within(kept, "a", lat, lon, reach) == \
        {k for k, a in terms if 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a))) <= reach}


AGED_TEXTS = ["their children, Hailey, 6, and Caleb, 4, and Ann, 7,", "said  Tom, 12, and,\tBo, 3, d Al, 5,",
              "x,Hailey, 6, dd\n Caleb, 44, and Caleb, 444, ,  Zoe, 1,", "Hailey, 6, Caleb, 4,"]


@pytest.mark.parametrize("text", AGED_TEXTS)
def test_aged_first_names_match_as_with_the_leading_look_behind(text):
    """The pattern opened with a look-behind, tried at every character; it now opens with a space."""
    from geomap.person_filter import _AGED_FIRST_NAME

    before = re.compile(r"(?<=[,d])\s+(?P<s>[A-Z][a-z]+),\s+\d{1,2},")
    assert not _AGED_FIRST_NAME.pattern.startswith("(?<=")
    assert [m.span() for m in _AGED_FIRST_NAME.finditer(text)] == [m.span() for m in before.finditer(text)] != []
