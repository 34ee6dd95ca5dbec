"""Place names in any script: the ``data/names_intl.tsv`` index and the matcher over a text.

Names are found by the longest run of words (up to four) the index or the
gazetteer knows. Scripts without capital letters (Arabic, Persian) take any
word, with the prepositions and article glued to it stripped ("والموصل",
"بکرمان"); scripts with capitals need one. Inflected forms are tried through
their endings and a lemmatizer when installed (``simplemma``): "Харкова",
"Києві", "Malatya'nın".
"""
from __future__ import annotations

import re
from itertools import product
from dataclasses import dataclass
from functools import lru_cache

from ..geonames_store import data_dir
from .fold import fold
from .forms import ADJECTIVE, FEATURE_HEADS, features_only, word_forms
from .lexicon import DIRECTION, PLACE_WORDS, not_places
from .west import PLACE_NOUN

_L = "(?:[^\\W\\d_][\u064b-\u0652\u0670]*)"  # a letter, with the Arabic vowel marks written on it
WORD = re.compile(f"{_L}+(?:[-'’`]{_L}+)*")  # "Çeşme İlçesi`nin": a backtick for the apostrophe
MAX_WORDS = 4
# In scripts without capitals a one-word name of a town smaller than this is believed only
# where the text says a place follows: after "city of", "province" ... or a distance wording.
TRUSTED_POPULATION = 100_000
CUES = {
    "ar": "مدينة بلدة قرية جزيرة منطقة محافظة ولاية مخيم مدينتي",
    "fa": "شهر شهرستان روستای روستا استان بخش جزیره منطقه",
}
CUE_REACH = 32
# An adjective made from a name ("Каспійського моря", "Японского моря"): not the place it is made from
_NAME_ADJECTIVE = re.compile(r"(?:ськ|цьк|ск|цк)(?:ого|ому|ий|ій|ой|ый|ая|ою|ої|ую|им|ым|ому|ем|ом|ої|ие|і)$")
NAME_FIRST = ("tr", "fa", "ar")  # languages that write the place before the distance ("Kalavrita'nın 6 km batısı")
_ELISION = re.compile(r"^(?:l|d|qu|dell|dall|nell|all|sull)['’]", re.IGNORECASE)


INDEX_FILES = ("names_intl.tsv", "features_intl.tsv")  # places, then islands, seas, capes ("mer Caspienne")


@lru_cache(maxsize=1)
def intl_index() -> dict[str, tuple[str, ...]]:
    """Folded name -> gazetteer source keys (most populous first), read once from
    :data:`INDEX_FILES` (a feature's keys come after a place's of the same name)."""
    out: dict[str, tuple[str, ...]] = {}
    extra: dict[str, tuple[str, ...]] = {}
    for file in INDEX_FILES:
        path = data_dir() / file
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                name, _, keys = line.rstrip("\n").partition("\t")
                out[name] = out.get(name, ()) + tuple(keys.split(","))
                if _ARABIC_SCRIPT.search(name):
                    _ARABIC_NAMED.update(out[name])
                    for variant in _arabic_variants(name):
                        extra.setdefault(variant, out[name])
    for variant, keys in extra.items():
        out.setdefault(variant, keys)
    return out


_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
VARIANT_LETTERS = 6
_ARABIC_NAMED: set[str] = set()


def arabic_named() -> set[str]:
    """Source keys of the places the index has a name in Arabic script for."""
    intl_index()
    return _ARABIC_NAMED


def _arabic_variants(name: str) -> list[str]:
    """Other forms an Arabic-script article writes a name in: without the qualifier GeoNames
    appends ("ریو دل، کالیفورنیا" -> "ریو دل") and with its words joined ("عنبر اباد" -> "عنبراباد")."""
    head = re.split(r"\s*[،,]\s*", name)[0]
    out = [head] if head != name and _distinctive(head) else []
    return out + [v.replace(" ", "") for v in (name, *out) if " " in v and _distinctive(v.replace(" ", ""))]


def _distinctive(variant: str) -> bool:
    """A variant is indexed when it is several words or one long word: a short single word
    cut from a longer name ("دولی" of "دولی، آنگویلا", "خمس") is too often a common word."""
    return " " in variant or len(variant) >= VARIANT_LETTERS


@dataclass(frozen=True)
class NameMatch:
    """``text[start:end]`` names the places ``keys`` (gazetteer source keys); ``key`` the folded form found."""

    start: int
    end: int
    key: str
    keys: tuple[str, ...]


def _has_case(word: str) -> bool:
    return word[:1].lower() != word[:1].upper()


LOWER_CASE_POPULATION = 15_000


@lru_cache(maxsize=4096)
def _known_word(word: str, lang: str) -> bool:
    """True when ``word`` (lower case) is a word of ``lang``'s dictionary (simplemma), so no name."""
    try:
        import simplemma
    except ImportError:
        return False
    try:
        return simplemma.is_known(word, lang=lang)
    except Exception:  # noqa: BLE001 - a language simplemma lacks
        return False


class NameFinder:
    """Finds place names in one language; ``known(key)`` says whether a folded name is a place."""

    def __init__(self, lang: str, gazetteer=None):
        self.lang = lang
        self.index = intl_index()
        self.gazetteer = gazetteer
        self.stop = not_places(lang) | {fold(w) for w in CUES.get(lang, "").split()}
        self.direction = re.compile(f"(?:{DIRECTION[lang]})", re.IGNORECASE) if lang in DIRECTION else None
        self.cues = {fold(w) for w in CUES.get(lang, "").split()}
        self.kinds = re.compile(PLACE_WORDS[lang], re.IGNORECASE) if lang in PLACE_WORDS else None
        self.countries: set[str] = set()  # of the places found so far: a near spelling is believed there

    def _big(self, keys: tuple[str, ...], population: int = TRUSTED_POPULATION) -> bool:
        if self.gazetteer is None:
            return True
        for key in keys[:3]:
            try:
                e = self.gazetteer.entry(key)
            except KeyError:
                continue
            if e.population >= population or e.place_type in ("country", "admin1", "capital"):
                return True
        return False

    def _believed(self, text: str, words: list, i: int, n: int, keys: tuple[str, ...],
                  licences: list[tuple[int, int]]) -> bool:
        """A name in a caseless script: several words, a large place, or a place the text announces."""
        if n > 1 or _has_case(words[i][2]) or self._big(keys):
            return True
        return self._announced(text, words, i, licences, before=True)

    def _announced(self, text: str, words: list, i: int, licences, before: bool = False) -> bool:
        """True when the text says a place's name starts at word ``i``: a cue word ("مدينة") right
        before, or a distance wording ending shortly before (with ``before``, or starting right after)."""
        start, end = words[i][0], words[i][1]
        if i > 0 and fold(words[i - 1][2]) in self.cues:
            return True
        return any(0 <= start - b <= CUE_REACH and not re.search(r"[.,;:!?؛،]", text[b:start])
                   or before and 0 <= a - end <= 16 for a, b in licences)

    def _right_after(self, text: str, words: list, i: int, licences) -> bool:
        """True when word ``i`` follows a distance wording or a cue word ("مدينة") right away."""
        start = words[i][0]
        return i > 0 and fold(words[i - 1][2]) in self.cues \
            or any(b == start or 0 < start - b and text[b:start].isspace() for _, b in licences)

    def _lower_name(self, text: str, words: list, i: int, n: int) -> tuple[str, tuple[str, ...]] | None:
        """A name written in lower case right after a distance wording ("39 km a Nord Est di faenza"):
        a town of 15,000 or more whose name is no word of the language."""
        run = words[i:i + n]
        if not _has_case(run[0][2]) or any(_known_word(w[2], self.lang) for w in run):
            return None
        found = self._candidate(run, lower=True)
        if found and self.gazetteer is not None and not self._big(found[1], LOWER_CASE_POPULATION):
            return None
        return found

    def _sounds_like(self, words: list, i: int, n: int) -> tuple[str, tuple[str, ...]] | None:
        """A name in Arabic script the index lacks, matched to a Latin name by its consonants
        (:mod:`geomap.lang.translit`), its first word tried without the prefixes glued to it."""
        if self.lang not in ("ar", "fa") or self.gazetteer is None:
            return None
        run = [w[2] for w in words[i:i + n]]
        if any(fold(f) in self.stop for w in run for f in word_forms(w, self.lang)):
            return None
        from .translit import by_skeleton

        for form in word_forms(run[0], self.lang):
            if form.startswith("ال"):
                continue  # the article is no part of a foreign name
            found = by_skeleton(self.gazetteer, " ".join([form, *run[1:]]), arabic_named())
            if found:
                return found
        return None

    def _expects_place(self, text: str, words: list, i: int, licences) -> bool:
        """True when the text says a place's name is word ``i``: right after a distance wording or a cue
        word, after a word for a kind of place that follows one ("от японской префектуры Симанэ", "від
        міста Нехою"), or, in languages that name the place first, right before one ("Kalavrita'nın
        yaklaşık 6 kilometre")."""
        if self._right_after(text, words, i, licences):
            return True
        if self.kinds is not None and i > 0 and self.kinds.fullmatch(words[i - 1][2]):
            if any(self._right_after(text, words, j, licences) for j in (i - 1, i - 2) if j >= 0):
                return True
        end = words[i][1]
        return self.lang in NAME_FIRST and any(0 <= a - end <= CUE_REACH // 2 and not re.search(r"[.,;:!?؛،]", text[end:a])
                                               for a, _ in licences)

    def _spelt_like(self, words: list, i: int, n: int) -> tuple[str, tuple[str, ...]] | None:
        """A capitalised one-word name the gazetteer spells otherwise ("Итуруп" -> Iturup, "Kalavrita" ->
        Kalávryta), matched through :mod:`geomap.lang.fuzzy`, its dictionary forms tried too."""
        word = words[i][2]
        if n > 1 or self.gazetteer is None or not _has_case(word) or not word[:1].isupper() \
                or _NAME_ADJECTIVE.search(word):
            return None
        forms = word_forms(word, self.lang)
        if any(fold(f) in self.stop for f in forms):
            return None
        from .fuzzy import fuzzy_place

        written = [f for f in forms if f == word or word.startswith(f)]  # "Kalavrita'nın" -> "Kalavrita"
        guessed = [f for f in forms if f not in written]
        return fuzzy_place(self.gazetteer, written, self.countries, self.lang, guessed)

    def keys(self, phrase: str) -> tuple[str, tuple[str, ...]] | None:
        key = fold(phrase)
        if not key or key in self.stop or len(key) < 3:
            return None
        if key in self.index:
            return key, self.index[key]
        if self.gazetteer is not None and self.gazetteer.has(key):
            found = self.gazetteer.lookup(key)
            if found:
                return key, tuple(e.source for e in found)
        return None

    def _candidate(self, words: list[tuple[int, int, str]], lower: bool = False) -> tuple[str, tuple[str, ...]] | None:
        first, last = words[0][2], words[-1][2]
        feature = _has_case(first) and not first[:1].isupper() and not lower
        if feature and (len(words) == 1 or fold(first) not in FEATURE_HEADS):
            return None
        forms = word_forms(last, self.lang)
        if len(words) == 1 and any(fold(f) in self.stop for f in forms):
            return None
        for head in self._heads([w[2] for w in words[:-1]]):
            for form in forms:
                found = self.keys(" ".join([*head, form]))
                if found and feature:  # "la mer Caspienne": lower case, so only a feature's name
                    found = features_only(found)
                if found:
                    return found
        return None

    def _heads(self, head: list[str]) -> list[tuple[str, ...]]:
        """The words before a name's last one as written, and in Russian and Ukrainian each adjective
        also in the nominative ("Нової Ушиці" -> "Нова Ушиця", "Старого Оскола" -> "Старый Оскол")."""
        if self.lang not in ("ru", "uk") or not head:
            return [tuple(head)]
        options = [dict.fromkeys([w] + [w[: -len(a)] + b for a, b in ADJECTIVE if w.endswith(a)]) for w in head]
        return list(product(*options))

    def words(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, word) of each word, a French or Italian elided article cut off ("d'Alep")."""
        out = []
        for m in WORD.finditer(text, start, end):
            elided = _ELISION.match(m.group())
            a = m.start() + (elided.end() if elided and elided.end() < len(m.group()) else 0)
            out.append((a, m.end(), text[a:m.end()]))
        return out

    @staticmethod
    def _inside_name(text: str, words: list, i: int, j: int) -> bool:
        """True when a capitalised word that is not the sentence's first sits right before the run:
        the run ends a longer proper name ("Servicio Sismológico Nacional"), an organisation's."""
        if i == 0 or not _has_case(words[i][2]):
            return False
        prev = words[i - 1]
        if text[prev[1]:words[i][0]] != " " or not prev[2][:1].isupper() or re.search("['’`]", prev[2]):
            return False  # "Mersin’in Silifke": an inflected name before is a name of its own
        if PLACE_NOUN.fullmatch(prev[2]):
            return False  # German capitalises the noun that announces a place: "der Hauptstadt Kabul"
        before = text[words[i - 2][1]:prev[0]] if i >= 2 else "."
        return not any(c in before for c in ".!?:\n\"«“")

    def _before_name(self, text: str, words: list, j: int) -> bool:
        """True when a capitalised word that is no place follows the run right away: a person's
        or organisation's name starts with it ("Florence Parly"). Not in German, which
        capitalises every noun."""
        if self.lang == "de" or j >= len(words) or not _has_case(words[j][2]) or not words[j][2][:1].isupper():
            return False
        if text[words[j - 1][1]:words[j][0]] != " ":
            return False
        if self.kinds is not None and self.kinds.fullmatch(words[j][2]):
            return False  # "Çeşme İlçesi`nin": the word for the kind of place, not a name
        found = self._candidate([words[j]])
        return found is None or self._only_villages(found[1])

    def _note_country(self, keys: tuple[str, ...]) -> None:
        if self.gazetteer is None or not keys:
            return
        try:
            country = self.gazetteer.entry(keys[0]).country
        except KeyError:
            return
        if country:
            self.countries.add(country)

    def _only_villages(self, keys: tuple[str, ...]) -> bool:
        """True when every place of a name is a village under 1,000 people: too small to make a
        capitalised word after a name a place rather than a surname ("Florence Parly")."""
        if self.gazetteer is None:
            return False
        for key in keys:
            try:
                e = self.gazetteer.entry(key)
            except KeyError:
                return False
            if e.place_type != "city" or e.population >= 1000:
                return False
        return True

    def _match(self, text: str, words: list, i: int, n: int, found, licences) -> NameMatch | None:
        """The match of ``words[i:i + n]`` for the name ``found``, unless the words around say it is none."""
        run = words[i:i + n]
        if self._before_name(text, words, i + n):
            return None
        phrase = text[run[0][0]:run[-1][1]]
        if self.direction is not None and self.direction.fullmatch(phrase):
            return None  # "شمال شرق", "Nord Est": a direction, not the village of that name
        if not self._believed(text, words, i, n, found[1], licences):
            return None
        stop = run[-1][1]
        cut = re.search(r"['’`]", run[-1][2])
        if cut and "'" not in found[0]:  # "İstanbul'un", "Kilyos'a": the name ends at the apostrophe
            stop = run[-1][0] + cut.start()
        self._note_country(found[1])
        return NameMatch(run[0][0], stop, found[0], found[1])

    def find(self, text: str, start: int = 0, end: int | None = None,
             licences: list[tuple[int, int]] = ()) -> list[NameMatch]:
        """Longest known names in ``text[start:end]``, left to right, never overlapping.

        ``licences`` are the spans of distance wordings: a small place's name in a
        caseless script is believed right after (or before) one. A word where a place
        is expected that no name matches is tried last by its spelling (:meth:`_spelt_like`),
        once the sentence's other places say which countries it speaks of."""
        words = self.words(text, start, len(text) if end is None else end)
        out, pending, i = [], [], 0
        while i < len(words):
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                run = words[i:i + n]
                if any(text[a[1]:b[0]].strip() not in ("", "-") for a, b in zip(run, run[1:])):
                    continue
                found = None if self._inside_name(text, words, i, i + n) else self._candidate(run)
                if not found and self._right_after(text, words, i, licences):
                    found = self._lower_name(text, words, i, n) or self._sounds_like(words, i, n)
                match = self._match(text, words, i, n, found, licences) if found else None
                if match:
                    out.append(match)
                    i += n
                    break
            else:
                if self._expects_place(text, words, i, licences):
                    pending.append(i)
                i += 1
        for i in pending:
            found = self._spelt_like(words, i, 1)
            match = self._match(text, words, i, 1, found, licences) if found else None
            if match:
                out.append(match)
        return sorted(out, key=lambda m: m.start)


def lookup_name(name: str, gazetteer, lang: str | None = None) -> list:
    """Gazetteer entries for one place name written in another language or script ("زرند",
    "Харкові"), best first: the index and the name's dictionary forms, then (Arabic script) its sound."""
    from .detect import detect_language

    lang = lang or detect_language(name)
    if lang not in DIRECTION:
        return []
    finder = NameFinder(lang, gazetteer)
    words = [w[2] for w in finder.words(name, 0, len(name))]
    found = finder._candidate([(0, 0, w) for w in words], lower=True) if words else None
    if found is None and lang in ("ar", "fa") and words:
        from .translit import by_skeleton

        found = by_skeleton(gazetteer, " ".join(words), arabic_named())
    out = []
    for key in found[1] if found else ():
        try:
            out.append(gazetteer.entry(key))
        except KeyError:
            continue
    return out
