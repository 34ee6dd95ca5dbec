"""Find place mentions in text: gazetteer names, demonyms and landmarks.

A deterministic matcher: capitalised word sequences are looked up in the
gazetteer's name index (longest first), then rules drop what is a person or
part of an organisation's name. Curated landmarks are found by their alias
phrases; their generic aliases ("the cemetery") count only in an article
that names the landmark specifically.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .model import Mention, Sentence
from .names import normalize
from .text import sentence_at

_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*(?:\.(?=[^\W\d_]\.))?", re.UNICODE)

# Words that, capitalised in front of a name, make it a person's name.
TITLES = {
    "gen", "general", "president", "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep",
    "representative", "gov", "governor", "secretary", "minister", "king", "queen", "prince",
    "princess", "sheikh", "ayatollah", "judge", "justice", "officer", "sgt", "sergeant", "capt",
    "captain", "col", "colonel", "lt", "lieutenant", "maj", "major", "chief", "pope", "lord", "sir",
    "dame", "rev", "reverend", "imam", "commander", "admiral", "adm", "detective", "det", "coach",
    "mayor", "chairman", "ceo", "director", "spokesman", "spokeswoman", "prof", "professor",
    "cardinal", "bishop", "emir", "sultan", "premier", "chancellor", "ambassador", "envoy",
}
# Capitalised words that may follow a place name and still leave it that place
# ("Kerman City"). Division words ("Kerman Province") are not here: the
# division is not the town, so such a mention is left out rather than drawn
# as the town.
PLACE_SUFFIXES = {"city", "town"}
# Capitalised words that start sentences or headlines and are never places here.
STOPWORDS = {
    "the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "or", "if", "as", "by", "to",
    "he", "she", "it", "we", "they", "i", "you", "this", "that", "these", "those", "his", "her",
    "their", "our", "its", "who", "what", "when", "where", "why", "how", "after", "before",
    "while", "with", "from", "some", "many", "most", "all", "no", "not", "one", "two", "three",
    "several", "thousands", "hundreds", "graphic", "footage", "more", "less", "however",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "god", "lord", "said", "says", "police", "army",
    "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
    "mobile", "reading", "independence", "liberty", "union", "unity", "victoria", "progress",
    "ap", "afp", "cnn", "bbc", "nbc", "abc", "cbs", "fox",
}
def _word_list(name: str) -> frozenset[str]:
    from .gazetteer import data_dir

    path = data_dir() / "curated" / name
    return frozenset(line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.split("#")[0].strip())


# Capitalised English words that GeoNames also has as town names ("Commerce",
# "Industry", "Snow"): a single such word is not taken for a place.
COMMON_WORDS = {w.lower() for w in _word_list("common_words.txt")}
# Given names: "Paul Allen" makes Allen a person everywhere in the article.
GIVEN_NAMES = _word_list("given_names.txt")
_MAX_WORDS = 5
_CAPITAL = re.compile(r"\b[Tt]he\s+(?:country['\u2019]s\s+|nation['\u2019]s\s+)?(?P<name>capital)\b(?!\s+(?:of|city\s+of)\b)")
_CONNECTORS = {"of", "de", "del", "la", "le", "and", "upon", "on", "the", "al", "el", "du", "des", "da", "dos"}


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _strip_possessive(text: str) -> str:
    if text.endswith(("'s", "\u2019s")):
        return text[:-2]
    if text.endswith(("s'", "s\u2019")):
        return text[:-1]
    return text


def find_mentions(text: str, sentences: tuple[Sentence, ...], gazetteer: Gazetteer,
                  unknown: bool = False) -> tuple[Mention, ...]:
    """All place mentions in ``text``, in order, non-overlapping.

    With ``unknown``, capitalised names after "in", "at", "near" ... that the
    gazetteer does not know are returned too (kind ``"unknown"``), for an
    online geocoder to place.

    Examples
    --------
    >>> from geomap.gazetteer import default_gazetteer
    >>> from geomap.text import split_sentences
    >>> t = "Bombs hit Kerman, Iran, said Gen. Ali Tehran."
    >>> [(m.text, m.kind) for m in find_mentions(t, split_sentences(t), default_gazetteer())]
    [('Kerman', 'toponym'), ('Iran', 'toponym')]
    """
    taken = bytearray(len(text) + 1)  # 1 where a mention already covers the character
    out: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def add(s: int, e: int, kind: str, key: str) -> None:
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention(text[s:e], s, e, kind, key, sentence_at(sentences, s).index))

    # 1. Landmarks: specific aliases first; generic ones only once triggered.
    for lm in gazetteer.landmarks:
        pat = lm.pattern(lm.specific)
        hits = list(pat.finditer(text)) if pat else []
        if not hits:
            continue
        generic = lm.pattern(lm.generic)
        if generic:
            hits += list(generic.finditer(text))
        for m in sorted(hits, key=lambda m: (m.start(), -m.end())):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), "landmark", lm.key)

    # "the capital": the capital of the country the article is about (resolved later).
    for m in _CAPITAL.finditer(text):
        if free(m.start("name"), m.end("name")):
            add(m.start("name"), m.end("name"), "reference", "capital")

    words = [(m.start(), _strip_possessive(m.group())) for m in _WORD.finditer(text)]
    for m in gazetteer.abbreviation_pattern.finditer(text):  # U.S., D.C., W.Va., Calif.
        key = normalize(m.group())
        if not free(m.start(), m.end()) or key in gazetteer.not_places:
            continue
        before = text[max(0, m.start() - 6):m.start()]
        # A state abbreviation stands after "Town, " or a preposition; "Miss." before a name is a title.
        if "." in m.group()[:-1] or re.search(r"(?:,|\b(?:in|of|from|to|near|at))\s+$", before):
            add(m.start(), m.end(), "abbreviation", key)

    persons = _person_names(text, words)
    i = 0
    n = len(words)
    while i < n:
        start, word = words[i]
        if not word[:1].isupper() or not free(start, start + len(word)):
            i += 1
            continue
        match = _longest_name(text, words, i, gazetteer)
        if match is None:
            i += 1
            continue
        j, end, key = match
        kind = "demonym" if key in gazetteer.demonyms else "toponym"
        if _keep(text, words, i, j, key, kind, gazetteer, persons) and free(start, end):
            add(start, end, kind, key)
        i = j + 1
    if unknown:
        for m in _LOCATIVE_NAME.finditer(text):
            s, e = m.start("name"), m.end("name")
            name = _strip_possessive(m.group("name"))
            e = s + len(name)
            first = name.split()[0]
            key = normalize(name)
            if not free(s, e) or first.lower() in STOPWORDS or first.lower().rstrip(".") in TITLES \
                    or key in persons or key in gazetteer.not_places or key in gazetteer.demonyms:
                continue
            if len(name.split()) == 1 and first.lower() in COMMON_WORDS:
                continue
            add(s, e, "unknown", key)
    out.sort(key=lambda m: m.start)
    return tuple(out)


def _longest_name(text: str, words: list[tuple[int, str]], i: int, gazetteer: Gazetteer):
    """``(j, end, key)`` for the longest gazetteer name or demonym of words ``i..j``, or None.

    The words must be capitalised or connectors ("of", "de") and joined by
    one space or a hyphen; the run that qualifies is found once, then tried
    from its longest capitalised end down.
    """
    reach = i
    limit = min(len(words), i + _MAX_WORDS) - 1
    while reach < limit:
        (s0, w0), (s1, w1) = words[reach], words[reach + 1]
        if text[s0 + len(w0):s1] not in (" ", "-") or not (_is_cap(w1) or w1.lower() in _CONNECTORS):
            break
        reach += 1
    start = words[i][0]
    for j in range(reach, i - 1, -1):
        last_start, last = words[j]
        if not _is_cap(last):
            continue
        end = last_start + len(last)
        key = normalize(text[start:end])
        if gazetteer.has(key) or key in gazetteer.demonyms:
            return j, end, key
    return None


_LOCATIVE_NAME = re.compile(
    r"\b(?:in|at|near|outside|from|to|into|toward|towards)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:(?:of|de|del|al|el|la|le)\s+)?[A-Z][\w'\u2019-]+){0,3})")


def _person_names(text: str, words: list[tuple[int, str]]) -> set[str]:
    """Surnames of people named with a title or a first name in the text.

    "Gen. Qassem Soleimani", "President Trump", "Secretary of Defense Mark
    Esper": the last capitalised word of the name is remembered, so that a
    later bare "Soleimani" is not taken for a place either.
    """
    names = set()
    # "Firstname Surname" with a given name from the curated list: the surname is a person's.
    for idx in range(len(words) - 1):
        (s1, w1), (s2, w2) = words[idx], words[idx + 1]
        if w1 in GIVEN_NAMES and _is_cap(w2) and text[s1 + len(w1):s2] == " " and w2.lower() not in STOPWORDS:
            names.add(normalize(w2))
    for idx, (start, word) in enumerate(words):
        if word.lower().rstrip(".") not in TITLES or not _is_cap(word):
            continue
        k = idx + 1
        run = []
        while k < len(words) and _is_cap(words[k][1]) and k - idx <= 4:
            gap = text[words[k - 1][0] + len(words[k - 1][1]):words[k][0]]
            if gap.strip(" .") or "\n" in gap:
                break
            run.append(words[k][1])
            k += 1
        # "Secretary of Defense Mark Esper": skip the office to the name.
        if run and run[-1].lower() not in TITLES:
            names.add(normalize(run[-1]))
    return names


def _keep(text: str, words, i: int, j: int, key: str, kind: str, gazetteer: Gazetteer,
          persons: set[str]) -> bool:
    """Rules that drop person names, organisations and common words."""
    if key in gazetteer.not_places or key in persons:
        return False
    surface = text[words[i][0]:words[j][0] + len(words[j][1])]
    if i == j and surface.isupper() and len(surface) <= 4 and not gazetteer.curated(key):
        return False  # "EST", "CEO": short capitals are acronyms unless curated ("US", "UAE")
    first = words[i][1]
    if i == j and (first.lower() in STOPWORDS or first.lower() in COMMON_WORDS):
        return False
    if kind == "demonym":
        return True
    # Previous word: a title ("President Trump") or a first name ("Bashar Assad").
    if i > 0:
        pstart, prev = words[i - 1]
        gap = text[pstart + len(prev):words[i][0]]
        if prev.lower().rstrip(".") in TITLES and gap.strip(" .") == "":
            return False
        if gap == " " and _is_cap(prev) and prev.lower() not in STOPWORDS and not _sentence_initial(text, pstart) \
                and normalize(prev) not in gazetteer.demonyms:
            return False
    # Next word capitalised: part of a longer name ("Quds Force", "New York Post").
    if j + 1 < len(words):
        nstart, nxt = words[j + 1]
        gap = text[words[j][0] + len(words[j][1]):nstart]
        raw_end = words[j][0] + len(words[j][1])
        possessive = text[raw_end:raw_end + 2] in ("'s", "\u2019s")
        if gap == " " and _is_cap(nxt) and not possessive and nxt.lower() not in PLACE_SUFFIXES \
                and not (nxt.lower().rstrip(".") in TITLES | OFFICES and _is_country(gazetteer, key)):
            return False
    return True


# Capitalised nouns after a country that leave it a place: "US Army", "Iran Foreign Ministry".
OFFICES = {"army", "navy", "forces", "force", "government", "embassy", "ministry", "military", "troops",
           "officials", "department", "parliament", "congress", "senate", "court", "coast", "border",
           "foreign", "defense", "defence", "interior", "state"}


def _is_country(gazetteer: Gazetteer, key: str) -> bool:
    found = gazetteer.lookup(key)
    return bool(found) and found[0].place_type == "country"


def _sentence_initial(text: str, pos: int) -> bool:
    """True when only quotes, brackets and spaces stand between ``pos`` and a sentence's start.

    >>> _sentence_initial("Ends. (Kerman", 7), _sentence_initial("in Kerman", 3), _sentence_initial("Kerman", 0)
    (True, False, True)
    """
    k = pos
    while k > 0 and text[k - 1] in " \"'\u201c\u2018(":  # no copy of text[:pos]: linear in the article
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n:\u2014"
