"""Find place mentions in text: gazetteer names, demonyms and landmarks.

A deterministic matcher built from small steps, each a pure function that
proposes spans ``(start, end, kind, key)``:

1. ``landmark_spans``: curated landmarks by their alias phrases; generic
   aliases ("the cemetery") only in an article that names the landmark
   specifically;
2. ``capital_spans``: "the capital", resolved later to the article's country;
3. ``abbreviation_spans``: dotted and state abbreviations ("U.S.", "W.Va.");
4. ``name_spans``: runs of capitalised words looked up in the gazetteer's name
   index (longest first), kept unless a rule of ``mention_rules`` shows a
   person, an organisation or a common word;
5. ``hyphen_part_spans`` (:mod:`geomap.compound_mentions`): places inside
   hyphenated words ("Russia-Turkey", "UK-based");
6. ``unknown_spans`` (on request): names after "in", "at" ... the gazetteer
   does not know.

``find_mentions`` runs them in that order; a span overlapping one already
taken by an earlier step (or earlier in the same step) is dropped.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from .compound_mentions import hyphen_part_spans
from .curated import Landmark
from .gazetteer import Gazetteer
from .mention_lexicon import (COMMON_WORDS, CONNECTORS, GIVEN_NAMES, MAX_WORDS, OFFICES,  # noqa: F401
                              PLACE_SUFFIXES, STOPWORDS, TITLES, Word, capitalised, gap_after, is_cap, is_title,
                              strip_possessive, words_of)
from .mention_rules import NAME_PREFIXES, NameMatch, currency_use, keep_name, lower_case_words
from .model import Mention, Sentence
from .names import normalize
from .organisation_names import begins_organisation
from .person_filter import person_names, sentence_initial  # noqa: F401
from .saint_names import saint_named_institution, saints_day_or_institution  # noqa: F401
from .text import sentence_at
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

Span = tuple[int, int, str, str]  # start, end, kind, key

_CAPITAL = re.compile(r"\b[Tt]he\s+(?:country['\u2019]s\s+|nation['\u2019]s\s+)?"
                      r"(?P<name>capital)\b(?!\s+(?:of|city\s+of)\b)")
# "Iraq's capital": the capital of the country named before it (checked against the gazetteer).
_POSSESSIVE_CAPITAL = lazy_compile(r"\b(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['\u2019]s\s+"
                                   r"(?P<name>capital)\b(?!\s+(?:of|city\s+of)\b)")
# "the Iraqi capital": the capital of the country the adjective names (checked against the gazetteer).
_DEMONYM_CAPITAL = lazy_compile(r"\b[Tt]he\s+(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
                                r"(?P<name>capital)\b(?!\s+(?:of|city\s+of)\b)")
_LOCATIVE_NAME = lazy_compile(
    r"\b(?:in|at|near|outside|from|to|into|toward|towards)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:(?:of|de|del|al|el|la|le)\s+)?[A-Z][\w'\u2019-]+){0,3})")
# Abbreviations that begin place names and keep their dot inside the name: "St. Louis", "Ft. Myers".
# A state abbreviation stands after "Town, " or a preposition ("in Calif.").
_ABBREVIATION_CONTEXT = lazy_compile(r"(?:,|\b(?:in|of|from|to|near|at))\s+$")
# ... or before a lower-case word, as headlines write it: "Missing Ill. man", "Mass. legislators" (a title
# abbreviation stands before a name).
_LOWER_CASE_AFTER = lazy_compile(r" [a-z]")


# After a seat of government, words that make it the institution (metonymy): "the White House said",
# "White House aides", "a Kremlin-backed movement". Neither corpus annotates such a use as a toponym.
_INSTITUTION_USE = re.compile(r"(?:['\u2019]s)?(?:-(?:backed|controlled|linked|run)\b|\s+(?:said|says|announced|declined|"
                              r"denied|insisted|confirmed|spokes(?:man|woman|person)|aides?|staff(?:ers)?|press\s+secretary|"
                              r"chiefs?\b|correspondents?|officials?|budget|counsel|adviser|advisor|stooge|move)\b)")


# Before it, words that make it an actor: "rebuffed by the White House in", "denied by the Kremlin.", "on behalf of
# the Kremlin", "negotiating a project with the Kremlin" (not "by the White House fence": a noun after it).
_ACTOR_BEFORE = re.compile(r"\b(?:by|on\s+behalf\s+of|with)\s+the\s+$")
_NO_NOUN_AFTER = lazy_compile(r"(?:['\u2019]s\b|\s*[,.;:)]|\s+(?:in|on|at|to|for|late|early|last|this|and|but|will|would|"
                              r"has|had|is|was)\b)")


def institution_use(text: str, end: int, start: int | None = None) -> bool:
    """True when the words after a landmark ending at ``end`` (or, given its ``start``, an agent's "by the",
    "on behalf of the" before it) make it an institution, not a place (issue 12: White House, Kremlin).

    >>> t = "The White House said no. Five miles from the White House. A charge denied by the Kremlin."
    >>> institution_use(t, 15), institution_use(t, 56, 41), institution_use(t, 88, 81)
    (True, False, True)
    """
    if _INSTITUTION_USE.match(text, end) is not None:
        return True
    return start is not None and _ACTOR_BEFORE.search(text, max(0, start - 20), start) is not None \
        and _NO_NOUN_AFTER.match(text, end) is not None


def landmark_spans(text: str, landmarks: Iterable[Landmark]) -> list[Span]:
    """Spans of landmark aliases, landmark by landmark, each one's hits in text order.

    A landmark's generic aliases count only when one of its specific aliases occurs. A hit used as an
    institution ("the White House said") has kind ``"institution"``: it covers the words, names no place.
    """
    spans = []
    lowered = text.lower()
    for lm in landmarks:
        if not lm.may_occur(text, lowered):
            continue
        pat = lm.compiled("specific")
        hits = list(pat.finditer(text)) if pat else []
        if not hits:
            continue
        generic = lm.compiled("generic")
        if generic:
            hits += list(generic.finditer(text))
        spans += [(m.start(), m.end(), "institution" if institution_use(text, m.end(), m.start()) else "landmark", lm.key)
                  for m in sorted(hits, key=lambda m: (m.start(), -m.end()))]
    return spans


def capital_spans(text: str) -> list[Span]:
    """"capital" in "the (country's) capital" not followed by "of".

    >>> capital_spans("Crowds filled the capital. The capital of Iran")
    [(18, 25, 'reference', 'capital')]
    """
    return [(m.start("name"), m.end("name"), "reference", "capital") for m in _CAPITAL.finditer(text)]


def possessive_capital_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """"capital" in "Iraq's capital" when the possessor is a country, and in "the Iraqi capital" when the
    adjective is a country's; the key carries the country code.

    >>> from geomap.gazetteer import default_gazetteer
    >>> possessive_capital_spans("60 miles from Iraq's capital. Sichuan's capital", default_gazetteer())
    [(21, 28, 'reference', 'capital:IQ')]
    >>> possessive_capital_spans("50 km south of the Iraqi capital. The Provincial capital", default_gazetteer())
    [(25, 32, 'reference', 'capital:IQ')]
    """
    spans = []
    if "capital" not in text:  # both patterns hold the word: a cheap test before two slow scans
        return spans
    for m in _POSSESSIVE_CAPITAL.finditer(text):
        code = next((e.country for e in gazetteer.lookup(normalize(m.group("country")))
                     if e.place_type == "country"), None)
        if code:
            spans.append((m.start("name"), m.end("name"), "reference", f"capital:{code}"))
    for m in _DEMONYM_CAPITAL.finditer(text):
        source = gazetteer.demonyms.get(normalize(m.group("country")))
        entry = gazetteer.entry(source) if source else None
        if entry is not None and entry.place_type == "country":
            spans.append((m.start("name"), m.end("name"), "reference", f"capital:{entry.country}"))
    return sorted(spans)


def abbreviation_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Abbreviations of the gazetteer ("U.S.", "W.Va.", "Calif.") where they stand for a place.

    One with an inner dot always does; "Miss." or "La." only after a comma or a
    preposition or before a lower-case word ("Mass. legislators"), since before a name such a word is a title.
    """
    spans = []
    for m in gazetteer.abbreviation_pattern.finditer(text):
        key = normalize(m.group())
        if key in gazetteer.not_places or currency_use(text, m.start(), m.end()):
            continue
        if "." in m.group()[:-1] or _ABBREVIATION_CONTEXT.search(text[max(0, m.start() - 6):m.start()]) \
                or (m.group().endswith(".") and _LOWER_CASE_AFTER.match(text, m.end())):
            spans.append((m.start(), m.end(), "abbreviation", key))
    return spans


# Arabic names write the article in lower case, joined to the next word: "Sharm el-Sheikh", "Ras al-Ain",
# "Deir ez-Zor", "Mazar-i-Sharif" (the "i" of Persian names too).
ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ed|an|ar|as|ash|at|az|ez|es|ud|ul|ur|adh|i)-[A-Z]")


def capitalised_run(text: str, words: list[Word], i: int) -> int:
    """Index of the last word of the name-like run from word ``i``: at most five words,
    capitalised or connectors ("of", "de"), joined by one space or a hyphen (or ". " after
    "St", "Mt", "Ft": "St. Louis").

    >>> t = "Rio de Janeiro, Brazil"
    >>> capitalised_run(t, words_of(t), 0), capitalised_run(t, words_of(t), 3)
    (2, 3)
    >>> t = "near St. Louis."
    >>> capitalised_run(t, words_of(t), 1)
    2
    >>> t = "off Sharm el-Sheikh, Egypt"
    >>> capitalised_run(t, words_of(t), 1)
    2
    >>> t = "ST. PAUL -- St. Louis"
    >>> capitalised_run(t, words_of(t), 0), capitalised_run(t, words_of(t), 2)
    (1, 3)
    """
    reach = i
    limit = min(len(words), i + MAX_WORDS) - 1
    while reach < limit:
        here, word = words[reach]
        after, nxt = words[reach + 1]
        gap = text[here + len(word):after]  # gap_after(text, words, reach), inlined: asked of every capital
        if gap == ". " and word.lower() in NAME_PREFIXES:  # "St. Louis", "ST. PAUL", "Mt. Pleasant"
            gap = " "
        if gap not in (" ", "-") or not (is_cap(nxt) or nxt.lower() in CONNECTORS or ARTICLE_JOINED.match(nxt)):
            break
        reach += 1
    return reach


# Feature words news writes in lower case after a name: "Juba International airport".
LOWER_CASE_GENERICS = frozenset({"airport", "airfield", "island", "islands", "inlet", "lake", "pass", "river",
                                 "peninsula", "mountains", "strait", "bay", "gulf", "sea"})


def generic_name(text: str, words: list[Word], i: int, reach: int, gazetteer: Gazetteer) -> NameMatch | None:
    """Words ``i..reach`` and a lower-case feature word after them, when the gazetteer knows the whole.

    >>> from geomap.gazetteer import default_gazetteer
    >>> t = "near Juba International airport today"
    >>> generic_name(t, words_of(t), 1, 2, default_gazetteer()).key
    'juba international airport'
    """
    nxt = reach + 1
    if nxt >= len(words) or words[nxt][1] not in LOWER_CASE_GENERICS or gap_after(text, words, reach) != " ":
        return None
    end = words[nxt][0] + len(words[nxt][1])
    key = normalize(text[words[i][0]:end])
    return NameMatch(i, nxt, end, key, "toponym") if gazetteer.has(key) else None


_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _possessive_name(text: str, words: list[Word], start: int, j: int, end: int,
                     gazetteer: Gazetteer) -> tuple[int, int, str] | None:
    """(last word, end, key) of a name whose word ``j`` ends in "'s" ("St. John's", not "St. John's Hospital";
    "Cox's Bazar", the name going on after it), when the gazetteer knows the whole; else None."""
    if not _NAME_GOES_ON.match(text, end + 2):
        whole = normalize(text[start:end + 2])
        return (j, end + 2, whole) if gazetteer.has(whole) else None
    if j + 1 < len(words) and words[j + 1][0] == end + 3 and text[end + 2] == " ":
        nxt_end = words[j + 1][0] + len(words[j + 1][1])
        whole = normalize(text[start:nxt_end])
        if gazetteer.has(whole):
            return j + 1, nxt_end, whole
    return None


def longest_name(text: str, words: list[Word], i: int, gazetteer: Gazetteer) -> NameMatch | None:
    """The longest gazetteer name or demonym of words ``i..j`` ending in a capitalised word
    (or in a lower-case feature word, see :func:`generic_name`), or None."""
    start = words[i][0]
    reach = capitalised_run(text, words, i)
    generic = generic_name(text, words, i, reach, gazetteer)
    if generic is not None:
        return generic
    for j in range(reach, i - 1, -1):
        last_start, last = words[j]
        if not (is_cap(last) or ARTICLE_JOINED.match(last)):
            continue
        end = last_start + len(last)
        key = normalize(text[start:end])
        if text[end:end + 2] in ("'s", "\u2019s"):
            whole = _possessive_name(text, words, start, j, end, gazetteer)
            if whole is not None:
                return NameMatch(i, whole[0], whole[1], whole[2], "toponym")
        if key[:1] == "s" and (saints_day_or_institution(text, end, key) or saint_named_institution(text, end, key)):
            continue  # (both ask only of names starting "st ", "saint " ...: the first letter is the cheap test)
        if gazetteer.finds_demonym(key):
            return NameMatch(i, j, end, key, "demonym")
        if gazetteer.has(key):
            return NameMatch(i, j, end, key, "toponym")
    return None


def name_spans(text: str, words: list[Word], gazetteer: Gazetteer, persons: set[str],
               free: Callable[[int, int], bool], caps: list[int] | None = None) -> list[Span]:
    """Spans of gazetteer names and demonyms the rules keep, scanning words left to right.

    Only a capitalised word starts a name (``caps``: :func:`capitalised` of ``words``, when the caller
    keeps it), and not one that is not ``free`` (taken by an earlier step); after a match, even a dropped
    one, the scan goes on after its last word.
    """
    spans = []
    lower = lower_case_words(words)
    after = 0  # the first word the scan may start a name at
    for i in capitalised(words) if caps is None else caps:
        start, word = words[i]
        if i < after or not free(start, start + len(word)):
            continue
        match = longest_name(text, words, i, gazetteer)
        if match is None:
            continue
        if keep_name(text, words, match, gazetteer, persons, lower):
            spans.append(generic_before(text, start, match, gazetteer))
        after = match.j + 1
    return spans


# Feature words news writes in lower case before a name: "Three drown in lake Victoria", "climbers on mount Kenya".
LOWER_CASE_LEADS = ("lake ", "mount ", "river ")


def generic_before(text: str, start: int, match: NameMatch, gazetteer: Gazetteer) -> Span:
    """The span of a kept name, or of the name and the lower-case feature word before it when the gazetteer
    knows the whole ("lake Victoria" is Lake Victoria, not Victoria, Hong Kong): asked once per name, not per word.

    >>> from geomap.gazetteer import default_gazetteer
    >>> t = "Three drown in lake Victoria"
    >>> generic_before(t, 20, NameMatch(4, 4, 28, "victoria", "toponym"), default_gazetteer())
    (15, 28, 'toponym', 'lake victoria')
    """
    for lead in LOWER_CASE_LEADS:
        if match.kind == "toponym" and text.startswith(lead, start - len(lead)) and gazetteer.has(lead + match.key):
            return start - len(lead), match.end, match.kind, lead + match.key
    return start, match.end, match.kind, match.key


def _unknown_is_excluded(name: str, key: str, gazetteer: Gazetteer, persons: set[str]) -> bool:
    first = name.split()[0]
    if first.lower() in STOPWORDS or is_title(first) or key in persons or key in gazetteer.not_places \
            or key in gazetteer.demonyms:
        return True
    return len(name.split()) == 1 and first.lower() in COMMON_WORDS


def unknown_spans(text: str, gazetteer: Gazetteer, persons: set[str]) -> list[Span]:
    """Capitalised names after "in", "at", "near" ... that are not people, titles or common words."""
    spans = []
    for m in _LOCATIVE_NAME.finditer(text):
        name = strip_possessive(m.group("name"))
        key = normalize(name)
        if not _unknown_is_excluded(name, key, gazetteer, persons):
            spans.append((m.start("name"), m.start("name") + len(name), "unknown", key))
    return spans


class _Coverage:
    """The characters of the text already covered by a mention."""

    def __init__(self, length: int):
        self._taken = bytearray(length + 1)

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


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
    coverage = _Coverage(len(text))
    out: list[Mention] = []

    def take(spans: list[Span]) -> None:
        for s, e, kind, key in spans:
            if coverage.free(s, e):
                coverage.take(s, e)
                if kind == "institution":  # covered, so no later step reads it as a place, but no mention
                    continue
                out.append(Mention(text[s:e], s, e, kind, key, sentence_at(sentences, s).index,
                                   organisation=begins_organisation(text, s, e)))

    take(landmark_spans(text, gazetteer.landmarks))
    take(capital_spans(text))
    take(possessive_capital_spans(text, gazetteer))
    take(abbreviation_spans(text, gazetteer))
    words = words_of(text)
    caps = capitalised(words)  # the rules of people's names and the name scan look only at these words
    persons = person_names(text, words, gazetteer, caps)
    take(name_spans(text, words, gazetteer, persons, coverage.free, caps))
    take(hyphen_part_spans(text, words, gazetteer, persons, coverage.free))
    if unknown:
        take(unknown_spans(text, gazetteer, persons))
    out.sort(key=lambda m: m.start)
    return tuple(out)
