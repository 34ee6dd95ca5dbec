"""Names in Arabic script that the index has no native form for, matched by their consonants.

GeoNames gives Arabic or Persian names to large towns only; an article names
a village, an island or a foreign town (سايبن, ساغاينغ, مردهک) by writing its
sounds in its own script. Arabic script writes consonants and long vowels,
so both sides are reduced to a consonant skeleton: the article's word through
``anyascii`` (ISC licence), the gazetteer's Latin names as they are, then the
same reduction (vowels and the letters that write long vowels dropped,
letters Arabic lacks mapped to the one it writes: p -> b, v -> f, g -> k ...).
"سايبن" and "Saipan" both become "sbn".

A skeleton names many places, so :class:`geomap.lang.names.NameFinder` tries
it only where the text says a place follows (after a distance wording or
"مدينة", "شهر" ...), and only when no name in the index matches as long.
"""
from __future__ import annotations

import re
from functools import lru_cache

MIN_SKELETON = 3  # letters: shorter skeletons name too many places
# A skeleton of three letters ("sbn") sounds like many towns: only a capital, a province or a
# city this large is taken for it ("خانوک", a village, is not Kainuk in Kenya).
PROMINENT_POPULATION = 100_000
# Arabic-script letter -> skeleton letter ("" drops it: long vowels, hamza, ain); initial alif/ain -> "'"
_ARABIC = {**dict.fromkeys("اأإآٱىوؤئءعيی", ""), "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ج": "j", "چ": "x",
           "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "z", "ژ": "j", "س": "s", "ش": "x", "ص": "s",
           "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ک": "k", "گ": "g", "ل": "l",
           "م": "m", "ن": "n", "ه": "h", "ة": "h", "ۀ": "h"}
_OPENING = set("اأإآٱع")
_DIGRAPHS = (("x", "ks"), ("kh", "k"), ("gh", "g"), ("sh", "x"), ("ch", "x"), ("zh", "j"), ("th", "t"),
             ("dh", "d"), ("ph", "f"), ("ck", "k"))
_LATIN = str.maketrans({"q": "k", "c": "k", "p": "b", "v": "f", **dict.fromkeys("aeiouyw")})
_NOT_LETTER = re.compile(r"[^a-z]+")
_DOUBLE = re.compile(r"(.)\1+")


def _end(word: str) -> str:
    word = _DOUBLE.sub(r"\1", word)
    return word[:-1] if word.endswith("h") and len(word) > 1 else word  # "Jiddah"/"جدة": final h is a vowel


def arabic_skeleton(phrase: str) -> str:
    """Consonant skeleton of a name in Arabic script, words kept apart ("ريو دل" -> "r dl")."""
    out = []
    for word in phrase.split():
        letters = "".join(_ARABIC.get(ch, "") for ch in word)
        out.append(_end(("'" if word[:1] in _OPENING else "") + letters))
    return " ".join(w for w in out if w)


_OPEN_VOWEL = re.compile(r"(?<![a-z'])(?=[aeiou])")
_FINAL_H = re.compile(r"(?<=[^ \n])h(?=[ \n]|$)")
_SPACES = re.compile(r" *\n *| {2,}")


def latin_skeletons(names: list[str]) -> list[str]:
    """Consonant skeletons of Latin-script names, words kept apart ("Saipan" -> "sbn", "Rio Dell" -> "r dl");
    done on all the names at once (the gazetteer has a quarter of a million)."""
    from anyascii import anyascii

    text = "\n".join(n if n.isascii() else anyascii(n) for n in names).lower()
    text = re.sub(r"[^a-z \n]+", "", text)
    for a, b in _DIGRAPHS:
        text = text.replace(a, b)
    text = _OPEN_VOWEL.sub("'", text).translate(_LATIN)
    text = _FINAL_H.sub("", _DOUBLE.sub(r"\1", text))
    return [line.strip() for line in _SPACES.sub(lambda m: "\n" if "\n" in m.group() else " ", text).split("\n")]


def latin_skeleton(name: str) -> str:
    return latin_skeletons([name])[0]


_VOWELS = {"": "", "ا": "aeo", "أ": "aeo", "إ": "ie", "آ": "a", "ى": "aei", "و": "ouw", "ؤ": "ou", "ي": "iey",
           "ی": "iey", "ئ": "iey"}


def _units(consonants_vowels: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Merge doubled consonants and drop a final h (as the skeletons do)."""
    out: list[list[str]] = []
    for c, v in consonants_vowels:
        if out and c == out[-1][0] and not out[-1][1]:
            out[-1][1] += v
        else:
            out.append([c, v])
    if len(out) > 2 and out[-1][0] == "h":
        out[-2][1] += out.pop()[1]
    return [(c, v) for c, v in out]


def _arabic_units(word: str) -> list[tuple[str, str]]:
    pairs = [("", "")]
    for ch in word:
        c = _ARABIC.get(ch)
        if c:
            pairs.append((c, ""))
        elif ch in _VOWELS:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + _VOWELS[ch])
    return _units(pairs)


def _latin_units(word: str) -> list[tuple[str, str]]:
    word = _NOT_LETTER.sub("", word.lower())
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    pairs = [("", "")]
    for ch in word:
        if ch in "aeiouyw":
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + ch)
        else:
            pairs.append((ch.translate(_LATIN), ""))
    return _units(pairs)


def vowels_agree(phrase: str, name: str) -> bool:
    """True when ``name`` has the consonants of ``phrase`` (Arabic script) and, wherever the phrase
    writes a long vowel, a like vowel at the same place: "سيموشير" (Simushir) is not "Someshwar"."""
    from anyascii import anyascii

    a, b = _arabic_units("".join(phrase.split())), _latin_units(anyascii(name))
    if [c for c, _ in a] != [c for c, _ in b]:
        return False
    return all(not va or set(va) & set(vb) for (_, va), (_, vb) in zip(a[1:], b[1:]))


def _names(store) -> list[str]:
    """Every normalised name of a store's index (Latin script): the gazetteer's or the features'."""
    lines = store.data[store.index_start:].rstrip(b"\n").split(b"\n")
    return [line.split(b"\t", 1)[0].decode("utf-8") for line in lines if line]


def _letters(key: str) -> int:
    return sum(ch.isalpha() for ch in key)


@lru_cache(maxsize=2)
def skeleton_index(gazetteer) -> dict[str, tuple[str, ...]]:
    """Skeleton -> the gazetteer's names that have it; built once per gazetteer. Words stay apart:
    joined, short names of several words ("Cai Nuoc") would sound like too many words."""
    try:
        import anyascii  # noqa: F401  (pip install 'geomap[lang]')
    except ImportError:
        return {}  # without it no name is matched by its sound
    out: dict[str, list[str]] = {}
    gazetteer.features._load()  # islands, seas and capes too ("سيموشير", Simushir)
    names = list(dict.fromkeys(_names(gazetteer.store) + _names(gazetteer.features)))
    for name, key in zip(names, latin_skeletons(names)):
        if _letters(key) < MIN_SKELETON:
            continue
        out.setdefault(key, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _foreign(phrase: str, key: str) -> bool:
    """Whether ``phrase`` may write a foreign name's sounds: no word ends in ة (an Arabic noun or
    adjective: "صغيرة"), and three consonants come with a written long vowel ("سايبن", not "مرز")."""
    if any(w.endswith("ة") for w in phrase.split()):
        return False
    return _letters(key) > MIN_SKELETON or any(ch in _VOWELS for ch in phrase)


def _prominent(entry) -> bool:
    return entry.place_type in ("country", "admin1", "capital") or entry.population >= PROMINENT_POPULATION


def by_skeleton(gazetteer, phrase: str, native: set | frozenset = frozenset()) -> tuple[str, tuple[str, ...]] | None:
    """(Latin name, source keys best first) of the places whose Latin names sound like ``phrase``
    (Arabic script), or None; places in ``native`` (those the index has an Arabic-script name
    for: :func:`geomap.lang.names.arabic_named`) are left to that name."""
    key = arabic_skeleton(phrase)
    if _letters(key) < MIN_SKELETON or not _foreign(phrase, key):
        return None
    found: dict[str, tuple] = {}
    for name in skeleton_index(gazetteer).get(key, ()):
        for e in gazetteer.lookup(name):
            if e.source not in native and not e.source.startswith("curated:") and vowels_agree(phrase, name) \
                    and (_letters(key) > MIN_SKELETON or _prominent(e)):
                found.setdefault(e.source, (e, name))
    if not found:
        return None
    ranked = sorted(found.values(), key=lambda x: (x[0].place_type not in ("admin1", "capital"), -x[0].population))
    return ranked[0][1], tuple(e.source for e, _ in ranked)
