"""The name index of ``data/gazetteer.tsv``: every name of a place, and the other spellings news uses.

Besides each name normalised (:func:`geomap.names.normalize`), the index holds:

* the name without the apostrophes and okinas inside its words ("O‘ahu" is also "oahu",
  "Xi'an" "xian", :func:`geomap.names.unmarked`), unless that is a frequent English word or
  phrase (the Wade-Giles "Ch'en" is not "chen", nor "Ma'in" "main");
* for places in countries whose names carry the Arabic definite article, the name without
  it: GeoNames files "Al Qāmishlī", "Ar Raqqah", "As Sulaymaniyah", news writes "Qamishli",
  "Raqqa", "Sulaymaniyah" (:func:`article_free`). Bounded so that noise does not become a
  place: only towns of :data:`MIN_TOWN_POPULATION` or more (and divisions), the rest has at
  least :data:`MIN_REST_LETTERS` letters, is not a frequent English
  word (``wordfreq``, as for small towns in ``build_gazetteer.py``) and does not already name
  a place at least as populous.
"""
from __future__ import annotations

from collections import defaultdict

from geomap.names import normalize, unmarked

# ISO codes of the countries where Arabic is the (or a main) official language.
ARABIC_ARTICLE_COUNTRIES = frozenset(
    "AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
# The article as transliterated, assimilated to the next letter (an-Najaf, ash-Shihr, az-Zawiyah)
# or in the Egyptian and Maghrebi "el"/"es"/"ez"; the normaliser has already made "al-" "al ".
ARTICLES = frozenset("al el ar as ash ad adh az an at ath ed er es et ez".split())
MIN_REST_LETTERS = 4
MAX_ZIPF = 3.0
# As build_gazetteer.ALT_NAMES_MIN_POPULATION: a smaller town's bare name is more often a person
# ("Al Barakāt", Libya, 9,908: "Barakat was sent off") or a club ("Al Ittiḩād": "Ittihad remain sixth").
MIN_TOWN_POPULATION = 15000  # as SMALL_TOWN_MAX_ZIPF: a word seen this often is a word, not this place


def article_free(key: str) -> str | None:
    """A normalised name without its leading Arabic article, or None.

    >>> article_free("al qamishli"), article_free("as sulaymaniyah"), article_free("al ain"), article_free("hama")
    ('qamishli', 'sulaymaniyah', None, None)
    """
    first, _, rest = key.partition(" ")
    if first not in ARTICLES or not rest:
        return None
    if sum(c.isalpha() for c in rest) < MIN_REST_LETTERS:
        return None
    return rest


def _english_word(text: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        raise SystemExit("Error: the name index needs the wordfreq package (pip install -e '.[build]')") from None
    return zipf_frequency(text, "en") >= MAX_ZIPF


def unmarked_key(key: str) -> str | None:
    """``key`` without the marks inside its words (:func:`geomap.names.unmarked`), unless that is a
    frequent English word or phrase (the Wade-Giles "Ch'en" is not "chen", nor "Ma'in" "main")."""
    bare = unmarked(key)
    return bare if bare and not _english_word(bare) else None


def name_index(rows: list[tuple], offsets: list[int]) -> dict[str, list[int]]:
    """Normalised name -> byte offsets of the rows it names, in row order within each name.

    ``rows`` are the gazetteer rows (name in column 1, '|'-joined alternates in 9, country in 4,
    population in 6), ``offsets`` their byte offsets in the file.
    """
    index: dict[str, list[int]] = defaultdict(list)

    def add(key: str, offset: int) -> None:
        if key and offset not in index[key]:
            index[key].append(offset)

    keys_of = []
    for row, offset in zip(rows, offsets):
        keys = list(dict.fromkeys(normalize(n) for n in [row[1], *filter(None, row[9].split("|"))]))
        keys_of.append(keys)
        for key in keys:
            add(key, offset)
            bare = unmarked_key(key)
            if bare:
                add(bare, offset)
    population = {offset: int(row[6]) for row, offset in zip(rows, offsets)}
    primary = {key: list(ids) for key, ids in index.items()}  # the article-free names are judged against these
    for row, offset, keys in zip(rows, offsets, keys_of):
        if row[4] not in ARABIC_ARTICLE_COUNTRIES or (row[7] == "city" and population[offset] < MIN_TOWN_POPULATION):
            continue
        for key in keys:
            rest = article_free(key)
            if rest is None or any(population[o] >= population[offset] for o in primary.get(rest, ()) if o != offset):
                continue
            if not _english_word(rest):
                add(rest, offset)
    return index
