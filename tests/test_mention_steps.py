"""The steps of the mention finder, one at a time, on the small gazetteer (``mini_gazetteer``).

Names the tests rely on: Kerman, Kuwait City, Iran, Rio de Janeiro, Brazil, Alexandria,
Charleston, Allen, Paris, Hamas, Quds, Syrian, Iranian, US, Commerce, Tehran, New York.
"""
import pytest

from geomap.mention_lexicon import words_of
from geomap.mention_rules import NameMatch, is_acronym, keep_name, part_of_longer_name
from geomap.mentions import (abbreviation_spans, capital_spans, capitalised_run, find_mentions, landmark_spans,
                             longest_name, name_spans, unknown_spans)
from geomap.person_filter import after_title_or_first_name, given_name_surnames, person_names, titled_surnames
from geomap.text import split_sentences


def everywhere_free(start, end):
    return True


def index_of(words, word):
    return [w for _, w in words].index(word)


def test_words_drop_possessives_and_keep_inner_dots():
    assert words_of("Iran’s envoy left Kerman's Martyrs' square") == [
        (0, "Iran"), (7, "envoy"), (13, "left"), (18, "Kerman"), (27, "Martyrs"), (36, "square")]


@pytest.mark.parametrize("text,i,reach", [
    ("Rio de Janeiro, Brazil", 0, 2),      # connectors inside, a comma ends the run
    ("Kuwait City police", 0, 1),          # a lower-case word ends it
    ("Kerman  Tehran", 0, 0),              # two spaces end it
    ("Kerman-Tehran road", 0, 0),          # a hyphenated name is one word
    ("A B C D E F G", 0, 4),               # at most five words
    ("A B C D E F G", 3, 6),
    ("Kerman", 0, 0),
])
def test_capitalised_run(text, i, reach):
    assert capitalised_run(text, words_of(text), i) == reach


@pytest.mark.parametrize("text,expected", [
    ("Fighting in Kuwait City today", ("kuwait city", "toponym", "Kuwait City")),  # longest name first
    ("He visited Kerman Bazaar.", ("kerman", "toponym", "Kerman")),               # falls back to the known part
    ("Syrian forces", ("syrian", "demonym", "Syrian")),
    ("Rio de Janeiro", ("rio de janeiro", "toponym", "Rio de Janeiro")),
])
def test_longest_name(text, expected, mini_gazetteer):
    words = words_of(text)
    i = next(k for k, (_, w) in enumerate(words) if w[0].isupper() and w not in ("Fighting", "He"))
    match = longest_name(text, words, i, mini_gazetteer)
    assert (match.key, match.kind, text[words[i][0]:match.end]) == expected


def test_longest_name_is_none_for_an_unknown_run(mini_gazetteer):
    text = "Zxqvbland Qwrtzia"
    assert longest_name(text, words_of(text), 0, mini_gazetteer) is None


def test_landmark_generic_aliases_need_a_specific_one(mini_gazetteer):
    landmarks = mini_gazetteer.landmarks
    assert landmark_spans("Crowds walked to the cemetery.", landmarks) == []
    text = "The cemetery was full. Crowds at Soleimani's grave."
    spans = landmark_spans(text, landmarks)
    assert [(text[s:e], kind, key) for s, e, kind, key in spans] == [
        ("The cemetery", "landmark", "curated:soleimani-grave"),
        ("Soleimani's grave", "landmark", "curated:soleimani-grave")]


@pytest.mark.parametrize("text,expected", [
    ("Crowds filled the capital.", ["capital"]),
    ("Crowds filled the country’s capital.", ["capital"]),
    ("The capital of Iran", []),
    ("the capital city of Iran", []),
    ("capital gains", []),
])
def test_capital_spans(text, expected):
    assert [text[s:e] for s, e, _, _ in capital_spans(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("He lives in Alexandria, La., near Charleston, W.Va.", ["La.", "W.Va."]),
    ("Miss. Smith sang.", []),             # before a name: a title
    ("She moved to Miss. last year", ["Miss."]),
    ("Officials in the U.S. spoke.", ["U.S."]),
])
def test_abbreviation_spans(text, expected, mini_gazetteer):
    assert [text[s:e] for s, e, _, _ in abbreviation_spans(text, mini_gazetteer)] == expected


def test_given_name_and_titled_surnames():
    text = "Paul Allen met President Trump, Gen. Qassem Soleimani and the Chief Justice; Paul The"
    words = words_of(text)
    assert given_name_surnames(text, words) == {"allen"}
    assert titled_surnames(text, words) == {"trump", "qassem", "soleimani"}  # every word of a titled name
    assert person_names(text, words) == {"allen", "trump", "qassem", "soleimani"}


def test_a_title_name_does_not_run_across_a_line_or_a_comma():
    text = "said the President\nParis was calm. Gen., Paris"
    assert titled_surnames(text, words_of(text)) == set()


@pytest.mark.parametrize("text,word,expected", [
    ("He met President Paris.", "Paris", True),
    ("He met Gen. Paris.", "Paris", True),
    ("He met Bashar Allen.", "Allen", True),       # a capitalised first name
    ("Fighting in Paris.", "Paris", False),
    ("Syrian Allen fell.", "Allen", False),        # a demonym before it
    ("It ended. Yesterday Allen fell.", "Allen", False),  # the word before starts a sentence
    ("The Allen", "Allen", False),                 # a stopword before it
    ("Paris", "Paris", False),
])
def test_after_title_or_first_name(text, word, expected, mini_gazetteer):
    words = words_of(text)
    assert after_title_or_first_name(text, words, index_of(words, word), mini_gazetteer) is expected


@pytest.mark.parametrize("text,word,key,expected", [
    ("Elite units of the Quds Force attacked.", "Quds", "quds", True),
    ("Fighting in Kerman City.", "Kerman", "kerman", False),   # a place suffix
    ("The US Army said", "US", "us", False),                   # a country before an office
    ("The Iran Foreign Ministry said", "Iran", "iran", False),
    ("The Kerman Foreign Ministry said", "Kerman", "kerman", True),  # not a country
    ("Iran's Army said", "Iran", "iran", False),               # a possessive between
    ("They left Kerman. Tehran", "Kerman", "kerman", False),   # not one space
    ("They left Kerman", "Kerman", "kerman", False),           # nothing after
])
def test_part_of_longer_name(text, word, key, expected, mini_gazetteer):
    words = words_of(text)
    assert part_of_longer_name(text, words, index_of(words, word), key, mini_gazetteer) is expected


def test_is_acronym(mini_gazetteer):
    assert is_acronym("EST", "est", mini_gazetteer)
    assert not is_acronym("US", "us", mini_gazetteer)       # curated
    assert not is_acronym("Iran", "iran", mini_gazetteer)
    assert not is_acronym("KERMAN", "kerman", mini_gazetteer)


@pytest.mark.parametrize("text,word,persons,kind,expected", [
    ("Fighting in Kerman.", "Kerman", set(), "toponym", True),
    ("Hamas fighters crossed.", "Hamas", set(), "toponym", False),    # listed as not a place
    ("Later Paris said.", "Paris", {"paris"}, "toponym", False),      # a person of the article
    ("Commerce grew.", "Commerce", set(), "toponym", False),          # a common word alone
    ("Syrian President spoke.", "Syrian", set(), "demonym", True),    # demonyms skip the name rules
    ("President Paris spoke.", "Paris", set(), "toponym", False),
])
def test_keep_name(text, word, persons, kind, expected, mini_gazetteer):
    words = words_of(text)
    i = index_of(words, word)
    match = NameMatch(i, i, words[i][0] + len(word), word.lower(), kind)
    assert keep_name(text, words, match, mini_gazetteer, persons) is expected


def test_name_spans_skip_taken_words_and_continue_after_a_match(mini_gazetteer):
    text = "Kuwait City and Kerman"
    words = words_of(text)
    assert [text[s:e] for s, e, _, _ in name_spans(text, words, mini_gazetteer, set(), everywhere_free)] == [
        "Kuwait City", "Kerman"]
    taken_kuwait = lambda s, e: s >= len("Kuwait")  # noqa: E731 - an earlier step took "Kuwait"
    assert [text[s:e] for s, e, _, _ in name_spans(text, words, mini_gazetteer, set(), taken_kuwait)] == [
        "Kerman"]


@pytest.mark.parametrize("text,persons,expected", [
    ("Fighting near Zxqvbland Hills today", set(), ["Zxqvbland Hills"]),
    ("Fighting in Zxqvbland's east", set(), ["Zxqvbland"]),
    ("He went to Gen. Zxqvbland", set(), []),            # a title
    ("He went to Zxqvbland", {"zxqvbland"}, []),         # a person of the article
    ("He went to The Zxqvbland", set(), []),             # a stopword first
    ("He went to Commerce", set(), []),                  # one common word
    ("He went to Hamas", set(), []),                     # not a place
    ("He went to Iranian", set(), []),                   # a demonym
])
def test_unknown_spans(text, persons, expected, mini_gazetteer):
    assert [text[s:e] for s, e, _, _ in unknown_spans(text, mini_gazetteer, persons)] == expected


def test_an_earlier_step_wins_an_overlap(mini_gazetteer):
    """The landmark "Soleimani's grave" holds its words; "Kerman" is a name; "the capital" a reference."""
    text = "Crowds at Soleimani's grave in Kerman fled to the capital."
    got = [(m.text, m.kind) for m in find_mentions(text, split_sentences(text), mini_gazetteer)]
    assert got == [("Soleimani's grave", "landmark"), ("Kerman", "toponym"), ("capital", "reference")]


@pytest.mark.parametrize("text", [
    "Dozens of Iranian pilgrims walked to Kerman.",
    "Graphic video showed Iranian pilgrims in Kerman.",
    "Yesterday Iranian pilgrims walked to Kerman.",
])
def test_a_sentence_initial_word_needs_no_stopword_entry(text, mini_gazetteer):
    """Words that open sentences are handled by position, not by listing each one
    (the seed's "Graphic", "Thousands" ... are not in ``STOPWORDS``)."""
    got = [(m.text, m.kind) for m in find_mentions(text, split_sentences(text), mini_gazetteer)]
    assert got == [("Iranian", "demonym"), ("Kerman", "toponym")]
