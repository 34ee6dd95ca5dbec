"""Bounded fuzzy matching of an anchor's name: "Krasnogorovka" -> Krasnohorivka, "Итуруп" -> Iturup.

A report spells a place its own way: transliterated from another script
("Krasnogorovka", the Russian spelling of the Ukrainian Krasnohorivka), in
another script altogether ("Фочани", "Нехою"), or with its accents dropped.
When no name in the gazetteer matches exactly, the written form is folded to
Latin letters (``anyascii``, ISC) and compared with the folded names of the
gazetteer's places (``rapidfuzz``, MIT).

Noise must not become places, so a match is taken only

* where the caller already expects a place (right after "10 km north of", "в 30 км
  к северу от", see :class:`geomap.lang.names.NameFinder` and
  :mod:`geomap.fuzzy_anchors`),
* for a written form of at least :data:`MIN_LETTERS` letters,
* at a similarity of :data:`MIN_RATIO` or more (``rapidfuzz.fuzz.ratio``), or of
  :data:`SOUND_RATIO` or more where both spell the same sounds (:func:`sound_key`:
  the Russian "g" for the Ukrainian "h", "kh" for "h", any run of vowels), with the
  same first letter and lengths within :data:`LENGTH_GAP` of each other,
* for a place of some size: a country, a division, a town of
  :data:`TOWN_POPULATION` or more, or an island, sea, lake or cape
  (:data:`FEATURE_TYPES`).

A match by sounds alone, to one of a place's other names rather than its own
(a spelling of "Taron" is not one of Tarsus's old names, "Tarson"), or of a
guessed dictionary form not spelt exactly as a name is taken only in a country
the document names; an exact transliteration ("Симанэ", "simane", a name of
Shimane) is taken anywhere. Among several, a place in such a country comes
first, then a match by sounds, then the closer spelling, then the larger place;
a name shared by places of like size (:data:`RIVAL_SHARE`) that no named country
tells apart is refused. Everything here loads on the first call, never at import.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

MIN_RATIO = 88.0
SOUND_RATIO = 75.0
LENGTH_GAP = 0.2
MIN_LETTERS = 6  # five letters one edit apart name too many places ("Taron", PNG, is not Tarong)
TOWN_POPULATION = 1000
AREA_TYPES = frozenset({"country", "admin1", "admin2", "capital"})
FEATURE_TYPES = frozenset({"island", "islands", "sea", "gulf", "bay", "strait", "lake", "cape", "peninsula"})
RIVAL_SHARE = 4  # a namesake of a quarter of the best one's population or more makes a name ambiguous
LIMIT = 12  # closest names looked at per written form


def latin_key(written: str) -> str:
    """The written form in Latin letters, folded as gazetteer names are ("Фочани" -> "fochani")."""
    from anyascii import anyascii

    from ..names import normalize

    return normalize(anyascii(written))


_DIGRAPHS = (("kh", "h"), ("zh", "j"), ("ch", "c"), ("sh", "s"), ("h", "g"), ("y", "i"), ("w", "v"))
_VOWELS = re.compile("[aeiou]+")


def sound_key(key: str) -> str:
    """What a transliteration keeps of a name: "krasnogorovka" and "krasnohorivka" -> "krasnagaravka"."""
    for a, b in _DIGRAPHS:
        key = key.replace(a, b)
    return _VOWELS.sub("a", key)


def _index_names(data: bytes, start: int) -> list[str]:
    lines = data[start:].rstrip(b"\n").split(b"\n")
    return [line.split(b"\t", 1)[0].decode("utf-8") for line in lines if line]


@lru_cache(maxsize=2)
def name_table(gazetteer) -> dict[str, tuple[str, ...]]:
    """First letter -> the gazetteer's and the features' normalised names starting with it."""
    store = gazetteer.store
    names = _index_names(store.data, store.index_start)
    features = gazetteer.features
    features._load()
    names += _index_names(features.data, features.index_start)
    out: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        if len(name) >= MIN_LETTERS - 1:
            out.setdefault(name[:1], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def sized(entry) -> bool:
    """True for a place large enough to be taken for a near spelling of its name."""
    if entry.source.startswith("curated:"):
        return False
    if entry.place_type in AREA_TYPES or entry.place_type in FEATURE_TYPES:
        return True
    return entry.place_type == "city" and entry.population >= TOWN_POPULATION


def _bare(key: str) -> str:
    """A key without the apostrophes transliterations write for the soft sign ("nikol'skoye")."""
    return key.replace("'", "")


def _close(query: str, name: str) -> bool:
    return name[:1] == query[:1] and abs(len(name) - len(query)) <= LENGTH_GAP * max(len(name), len(query))


def near_names(gazetteer, query: str) -> list[tuple[str, float, bool]]:
    """(name, similarity, same sounds) of the gazetteer's names spelt like ``query`` (a :func:`latin_key`)."""
    try:
        from rapidfuzz import fuzz, process
    except ImportError:  # pip install 'geomap[lang]'
        return []
    choices = name_table(gazetteer).get(query[:1], ())
    found = process.extract(query, choices, scorer=fuzz.ratio, processor=_bare, score_cutoff=SOUND_RATIO,
                            limit=LIMIT)
    sound = sound_key(_bare(query))
    out = [(name, score, sound_key(_bare(name)) == sound) for name, score, _ in found if _close(query, name)]
    return [x for x in out if x[1] >= MIN_RATIO or x[2]]


def _word(form: str, lang: str | None) -> bool:
    """True when ``form`` is a word of ``lang``'s dictionary ("Monday", "Capital"): no name."""
    if not lang:
        return False
    try:
        import simplemma
        return simplemma.is_known(form.lower(), lang=lang)
    except Exception:  # noqa: BLE001 - simplemma absent or without the language
        return False


def _candidates(gazetteer, query: str, wanted: set, guessed: bool):
    """(rank, name, entry) of each sized place spelt like ``query`` that the caps let through."""
    from ..names import normalize

    for name, score, same_sound in near_names(gazetteer, query):
        for e in gazetteer.lookup(name):
            own = normalize(e.name) == name or score == 100.0
            believed = own and score >= MIN_RATIO and (score == 100.0 or not guessed)
            if sized(e) and (believed or e.country in wanted):
                yield (e.country in wanted, same_sound, score, e.place_type in AREA_TYPES, e.population), name, e


def fuzzy_place(gazetteer, written_forms: Iterable[str], countries: Iterable[str] = (), lang: str | None = None,
                guessed_forms: Iterable[str] = ()) -> tuple[str, tuple[str, ...]] | None:
    """(matched name, (source key,)) of the place best spelt like one of ``written_forms`` (the word as
    written) or ``guessed_forms`` (its dictionary forms, which are guesses), or None.

    ``countries`` are the ISO codes of the countries the document names: a match by sounds alone
    (:func:`sound_key`), to a place's other name, or of a guessed form not spelt exactly as a name
    ("Фочана", a guess from "Фочани", is not Fouchana in Tunisia) is taken only in one of them. A
    name several such places of like size share ("Nikol'skoye") is refused unless a named country
    singles one out. A form that is a word of ``lang`` is no name."""
    try:
        import anyascii  # noqa: F401
    except ImportError:
        return None
    wanted = set(countries)
    found = []
    forms = [(f, False) for f in written_forms] + [(f, True) for f in guessed_forms]
    for form, guessed in forms:
        query = latin_key(form)
        if sum(ch.isalpha() for ch in query) < MIN_LETTERS or _word(form, lang):
            continue
        found += _candidates(gazetteer, query, wanted, guessed)
    if not found:
        return None
    rank, name, best = max(found, key=lambda x: x[0])
    rivals = [e for r, n, e in found if n == name and r[0] == rank[0] and e.source != best.source]
    if any(e.population * RIVAL_SHARE >= best.population for e in rivals):
        return None  # "Nikol'skoye": two towns of 50,000 and 19,000, neither singled out
    return name, (best.source,)
