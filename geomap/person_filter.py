"""People's names in an article, and the rule that drops a place name used as one.

"Gen. Qassem Soleimani", "President Trump", "Paul Allen": the surname is
remembered, so a later bare "Soleimani" or "Allen" is not taken for a place;
a name right after a title or a capitalised first name is a person's too.
"""
from __future__ import annotations

import re
from typing import Iterator

from .gazetteer import Gazetteer
from .mention_lexicon import (COMMON_WORDS, GIVEN_NAMES, INSTITUTIONS, ORGANISATION_HEADS, STOPWORDS, TITLES, Word,
                              capitalised, gap_after, is_cap, is_title, strip_possessive)
from .name_runs import (AREA_MODIFIERS, first_name_surnames, longer_name_after, prominent_place,  # noqa: F401
                        sentence_initial, written_as_a_place)
from .names import normalize
from .person_intros import introduced_people
from .rank_names import particle_surnames, ranked_names
from .word_scan import word_start_matches
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

_MAX_NAME_WORDS = 4  # words of a name tried after a title
_ABBREVIATED_TITLE = 4  # letters of the longest abbreviated title ("Capt.", "Prof."): "Justice. Azerbaijan" ends a sentence



def given_name_surnames(text: str, words: list[Word], firsts: set[str] | None = None,
                        caps: list[int] | None = None) -> set[str]:
    """Keys of the capitalised words right after a curated given name ("Paul Allen" -> allen); the given
    names themselves are added to ``firsts`` when the caller passes a set. ``caps``: :func:`capitalised`
    of ``words``, when the caller keeps it (every given name is capitalised).

    >>> from geomap.mention_lexicon import words_of
    >>> t = "Paul Allen and Paul The; Old Alton Edwardsville Road"
    >>> firsts = set()
    >>> sorted(given_name_surnames(t, words_of(t), firsts)), sorted(firsts)
    (['allen'], [('Paul', 'Allen', 0)])
    """
    names = set()
    last = len(words) - 1
    for idx in capitalised(words) if caps is None else caps:
        if idx >= last:
            break
        first, second = words[idx][1], words[idx + 1][1]
        if first in GIVEN_NAMES and is_cap(second) and gap_after(text, words, idx) == " " \
                and second.lower() not in STOPWORDS and not longer_name_after(text, words, idx + 1) \
                and not written_as_a_place(text, second):
            names.add(normalize(second))
            if firsts is not None:
                firsts.add((first, second, words[idx][0]))
    return names


def introduced_first_names(text: str, firsts: set[tuple[str, str, int]], gazetteer: Gazetteer) -> set[str]:
    """Keys of the curated given names of ``firsts`` (given name, surname and where the pair starts) that
    a later bare mention stands for: the pair stands mid-sentence after a lower-case word or a comma, the way
    news introduces a person ("a 19-year-old Australian woman, Holly Bowles, who died"), so a later "Holly and
    her close friend ... fell seriously ill" is the woman, not Holly, Michigan. Not when the second word is an
    institution's or a newspaper's ("in Jerome Township", "at the former Augusta Herald") or the pair is a
    gazetteer name, nor when the given name is a country, a state or a town of 100,000+ or the article writes
    it after "in", "near" or "outside" ("Austin Rivers ... in Austin").

    >>> from geomap.gazetteer import default_gazetteer
    >>> t = "Mr Holly Bowles and Austin Rivers died. Holly was 19. A bar in Regina; Regina Smith; in Jerome Township"
    >>> pairs = {("Holly", "Bowles", 3), ("Austin", "Rivers", 20), ("Regina", "Smith", 67), ("Jerome", "Township", 84)}
    >>> sorted(introduced_first_names(t, pairs, default_gazetteer()))
    ['holly']
    """
    out = set()
    for first, second, start in firsts:
        key, low = normalize(first), second.lower()
        if not _mid_sentence(text, start) or low in INSTITUTIONS or low in ORGANISATION_HEADS \
                or gazetteer.has(normalize(f"{first} {second}")) or prominent_place(gazetteer, key) \
                or key in gazetteer.demonyms or written_as_a_place(text, first):
            continue
        out.add(key)
    return out


def _mid_sentence(text: str, start: int) -> bool:
    """True when a lower-case word or a comma stands before ``start`` (past spaces)."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k > 0 and (text[k - 1].islower() or text[k - 1] == ",")


def name_after_title(text: str, words: list[Word], idx: int) -> list[str]:
    """The capitalised words after the title at ``idx``, on one line, up to four of them.

    >>> from geomap.mention_lexicon import words_of
    >>> t = "Gen. Qassem Soleimani, said"
    >>> name_after_title(t, words_of(t), 0)
    ['Qassem', 'Soleimani']
    >>> t = "named Miss Butler County. HAMILTON \u2014 To"
    >>> name_after_title(t, words_of(t), 1)
    ['Butler', 'County']
    >>> t = "the Ministry of Justice. Azerbaijan has"
    >>> name_after_title(t, words_of(t), 3)
    []
    """
    run = []
    k = idx + 1
    while k < len(words) and is_cap(words[k][1]) and k - idx <= _MAX_NAME_WORDS:
        gap = gap_after(text, words, k - 1)
        if gap.strip(" .") or "\n" in gap:
            break
        if "." in gap and len(words[k - 1][1]) > (_ABBREVIATED_TITLE if k - 1 == idx else 1):  # a full stop ends
            break  # the sentence, except after an abbreviated title ("Gen. Qassem") or an initial ("John F. Kennedy")
        run.append(words[k][1])
        k += 1
    return run


def titled_surnames(text: str, words: list[Word], caps: list[int] | None = None) -> set[str]:
    """Keys of the words of each name written after a title ("President Trump" -> trump). Every
    word counts, not just the last: a surname may come first ("Attorney Wang Quanzhang", then "Wang").
    Titles are capitalised: only ``caps`` (:func:`capitalised` of ``words``) are read.

    >>> from geomap.mention_lexicon import words_of
    >>> t = "President Trump met Chief Justice Roberts and Attorney Wang Quanzhang. Miss Butler County won"
    >>> sorted(titled_surnames(t, words_of(t)))
    ['county', 'quanzhang', 'roberts', 'trump', 'wang']
    """
    names = set()
    for idx in capitalised(words) if caps is None else caps:
        if not is_title(words[idx][1]):
            continue
        run = name_after_title(text, words, idx)
        if run and run[-1].lower() not in TITLES:  # "Chief Justice": an office, no name
            names.update(normalize(w) for w in (run if plain_name(run) else run[-1:]))
    return names


def plain_name(run: list[str]) -> bool:
    """True when no word of a titled run is another title or an institution's word: "Wang Quanzhang"
    is a name, "Kanawha Circuit Judge Jim" ("Chief ...") and "Butler County" ("Miss ...") hold a place.

    >>> plain_name(["Wang", "Quanzhang"]), plain_name(["Butler", "County"]), plain_name(["Kanawha", "Circuit"])
    (True, False, False)
    """
    return not any(w.lower().rstrip(".") in TITLES or w.lower() in INSTITUTIONS for w in run)


# A full name the way news writing introduces a person: "Gino D. Bassett, 56,", "Rafael Gomez, 27,"
# (age after the name, "Noel Conway , 68," too), "Charles S. Williams" (a middle initial). The last word is the surname.
# The capital comes first and the word boundary is looked behind it ("[A-Z](?<!\w[A-Z])", the same as "\b[A-Z]"):
# a pattern that opens with a character class is scanned for that class alone, twice as fast.
_AGED_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){0,2}\s+(?P<s>[A-Z][\w'\u2019-]+)\s?,?\s+\(?\d{1,3}\)?,")
# A child or a pet named by a first name and an age: "their children, Hailey, 6, and Caleb, 4".
# (After "," or "and" or "said": the look-behind stands after the first space, so the scan looks for spaces.)
_AGED_FIRST_NAME = re.compile(r"\s(?<=[,d]\s)\s*(?P<s>[A-Z][a-z]+),\s+\d{1,2},")
_INITIAL_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+\s+[A-Z]\.\s+(?P<s>[A-Z][a-z][\w'\u2019-]+)\b")
# "... Clark said", "said Clark": a bare word as the subject of a speech verb.
_SPEAKER = re.compile(r"\b(?P<a>[A-Z][\w'\u2019-]+)\s+(?:said|says|told|added|testified|pleaded)\b|"
                      r"\b(?:said|says|according\s+to)\s+(?P<b>[A-Z][\w'\u2019-]+)\b(?![\s,]+[A-Z])")
_NAMES_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+$")  # one or two names right before a surname
_NAMES_REACH = 60


def _full_names(text: str, word: str) -> Iterator[str]:
    """Each "First (Middle) Word" in ``text``: found from the word's occurrences back (a literal search),
    not by scanning the article for every pair of names.

    >>> list(_full_names("Desmond Demetrius Clark left. Clark said", "Clark"))
    ['Desmond Demetrius Clark']
    """
    for start in _word_starts(text, word):
        if start == 0 or not text[start - 1].isspace():
            continue
        window = text[max(0, start - _NAMES_REACH):start + len(word)]
        full = _NAMES_BEFORE.search(window, 0, len(window) - len(word))
        if full is not None:
            yield window[full.start():]


def _word_starts(text: str, word: str) -> Iterator[int]:
    """Where ``word`` occurs with a word boundary after it, as ``re.finditer(re.escape(word) + r"\b", text)``
    finds it, by literal search: no pattern compiled for each speaker of each article.

    >>> list(_word_starts("Clark, Clarke and Clark_ or Clark", "Clark"))
    [0, 28]
    """
    n, pos = len(word), text.find(word)
    while pos >= 0:
        end = pos + n
        if _is_word_char(text[end - 1]) != (end < len(text) and _is_word_char(text[end])):
            yield pos
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what "\w" matches in a str pattern


# A relative introduced by kinship ("his father Zachary", "his wife Li Wenzu", "Crolley's wife, Amelia,", "her
# youngest son Joshua") or a pseudonym ("Noma (not her real name)"): every word of the name is a person's.
# (_KIN_NOUN opens with no "\b": geomap.word_scan.word_start_matches puts it back, scanning for the initials only.)
_KIN_NOUN = re.compile(r"(?:father|mother|son|daughter|wife|husband|widow|widower|brother|sister|girlfriend|"
                       r"boyfriend|partner|fianc\w+|grandson|granddaughter|grandmother|grandfather|uncle|aunt|cousin|"
                       r"nephew|niece|stepfather|stepmother|stepson|stepdaughter|dad|mom|mum),?\s+"
                       r"(?P<n>[A-Z][\w'\u2019]+(?:\s+[A-Z][\w'\u2019]+)?)\b(?![-\s]+[A-Z])")
_KIN_BEFORE = lazy_compile(r"\b(?:his|her|their|my|our|whose|[A-Z][\w-]*['\u2019]s)\s+(?:(?:late|former|elder|older|"
                           r"younger|youngest|eldest|oldest|teenage|infant|baby|newborn|adult|only|twin|"
                           r"\d{1,3}-(?:year|month)-old)\s+){0,2}$")
_KIN_REACH = 50  # characters before the kin noun searched for "his", "Crolley's" and adjectives
_PSEUDONYM = lazy_compile(r"\b(?P<n>[A-Z][\w'\u2019-]+)\s+\(not\s+(?:his|her|their)\s+real\s+name\)")
# A president's or a leader's term: "the Obama administration", "Obama-era rule", "the Clinton and Bush Jr
# administrations".
_ADMINISTRATION = lazy_compile(r"\b(?P<n>[A-Z][a-z]+)(?:\s+(?:and|&)\s+(?P<m>[A-Z][a-z]+)(?:\s+Jr\.?)?)?"
                               r"(?:-era\b|\s+administrations?\b)")


# A photo credit: "(Dean Curtis / News-Leader)", "(Image: Gareth Copley/Getty Images)": a photographer's name.
_CREDIT = re.compile(r"\((?:(?:Image|Photo|Picture):\s*)?[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,2}\s+(?P<n>[A-Z][\w'\u2019-]+)"
                     r"\s?/\s?[A-Z]")


def credited(text: str) -> set[str]:
    """Keys of the photographers' surnames in photo credits.

    >>> sorted(credited("(Dean Curtis / News-Leader) A car. (Image: Gareth Copley/Getty Images) (Metropolitan Police/PA)"))
    ['copley', 'curtis', 'police']
    """
    return {normalize(m.group("n")) for m in _CREDIT.finditer(text)}


def relatives(text: str) -> set[str]:
    """Keys of the words of names introduced by kinship or as a pseudonym.

    >>> sorted(relatives("while his father Zachary smoked; Noma (not her real name) said; Rozen's wife, Julia, left"))
    ['julia', 'noma', 'zachary']
    """
    kin = [m for m in word_start_matches(_KIN_NOUN, text)  # the kin noun first (rare), then who it belongs to
           if _KIN_BEFORE.search(text, max(0, m.start() - _KIN_REACH), m.start())]
    return {normalize(strip_possessive(w)) for m in kin + _pseudonyms(text) for w in m.group("n").split()}


def _pseudonyms(text: str) -> list[re.Match]:
    return list(_PSEUDONYM.finditer(text)) if "(not" in text else []  # a cheap test first: the scan is slow


def administrations(text: str) -> set[str]:
    """Keys of the names before "administration(s)" or "-era": a leader's, not a place.

    >>> sorted(administrations("the Obama administration; the Clinton and Bush Jr administrations; Obama-era"))
    ['bush', 'clinton', 'obama']
    """
    if "administration" not in text and "-era" not in text:  # a cheap test first
        return set()
    return {normalize(n) for m in _ADMINISTRATION.finditer(text) for n in (m.group("n"), m.group("m")) if n}


def _speaks_for_a_country(gazetteer: Gazetteer, word: str) -> bool:
    """True when ``word`` names a country: "India said" speaks for the country (metonymy), even where a
    brand holds the name ("Star India"). A state's name may be a surname ("councillor Dewly Nelson")."""
    key = normalize(word)
    found = gazetteer.lookup(key) if gazetteer.has(key) else None  # has(): a cheap test first
    return bool(found) and found[0].place_type == "country"


def introduced_surnames(text: str, gazetteer: Gazetteer | None = None) -> set[str]:
    """Surnames of people introduced the way news does: with their age or a middle initial
    ("Gino D. Bassett, 56,"), or quoted as speakers ("Clark said") after a full name
    ("Desmond Demetrius Clark") that is not itself a place name.

    >>> sorted(introduced_surnames("Rafael Gomez, 27, was held. Conor McGregor sat. McGregor said no."))
    ['gomez', 'mcgregor']
    """
    names = {normalize(m.group("s")) for pat in (_AGED_NAME, _INITIAL_NAME, _AGED_FIRST_NAME) for m in pat.finditer(text)}
    checked: set[str] = set()  # each speaker's word is searched for once: linear in the article
    for m in _SPEAKER.finditer(text):
        word = m.group("a") or m.group("b")
        if word in checked or word.lower() in STOPWORDS or is_title(word) or normalize(word) in names \
                or (gazetteer is not None and _speaks_for_a_country(gazetteer, word)):
            continue
        checked.add(word)
        for full in _full_names(text, word):
            run = full.split()
            if run[0].lower() in STOPWORDS or is_title(run[0]):
                continue
            if gazetteer is not None and gazetteer.has(normalize(full)):
                continue
            names.add(normalize(word))
            break
    return names


# "Sandberg said", "Barr tweeted": a bare capitalised word as the subject of a speech verb (not after a
# preposition or an article: "in Laconia said", "the Kremlin said" are other readings).
_SPEECH_VERB = re.compile(r" (?:s(?:aid|ays)|t(?:old|weeted)|added|wrote|explained|re(?:iterated|called|plied)|"
                          r"testified|admitted|insisted)\b")  # a literal space first: a fast scan
_SUBJECT = re.compile(r"\b(?P<w>[A-Z][a-z][\w'\u2019-]*)$")  # the word before the verb (found from the verb:
_SUBJECT_REACH = 40  # verbs are rarer than capitalised words, so the scan stays short)
_NOT_A_SUBJECT = re.compile(r"\b(?:in|at|of|to|on|by|the|from|for|with|into|near|a|an)\s+$", re.IGNORECASE)


def bare_speakers(text: str, gazetteer: Gazetteer) -> set[str]:
    """Keys of bare capitalised words that speak ("Sandberg said") and are no country, state, demonym
    or town of 100,000+: a person's surname (issue 12), though the article never gives the full name.

    >>> from geomap.gazetteer import default_gazetteer
    >>> sorted(bare_speakers("Sandberg said no. Tbilisi says yes. Police in Laconia said so.", default_gazetteer()))
    ['sandberg']
    """
    names = set()
    for verb in _SPEECH_VERB.finditer(text):
        window = text[max(0, verb.start() - _SUBJECT_REACH):verb.start()]
        m = _SUBJECT.search(window)
        if m is None or _NOT_A_SUBJECT.search(window, 0, m.start()):
            continue
        word = m.group("w")
        key = normalize(word)
        if key in names or word.lower() in STOPWORDS or is_title(word) or gazetteer.finds_demonym(key):
            continue
        if not prominent_place(gazetteer, key):
            names.add(key)
    return names


def person_names(text: str, words: list[Word], gazetteer: Gazetteer | None = None,
                 caps: list[int] | None = None) -> set[str]:
    """Surnames of people named with a title, a first name, an age or a middle initial anywhere in ``text``,
    or quoted bare as speakers. ``caps``: :func:`capitalised` of ``words``, when the caller keeps it."""
    firsts: set[tuple[str, str]] = set()
    caps = capitalised(words) if caps is None else caps
    names = given_name_surnames(text, words, firsts, caps) | titled_surnames(text, words, caps) \
        | introduced_surnames(text, gazetteer) | relatives(text) | ranked_names(text)
    if gazetteer is None:
        return names
    names |= first_name_surnames(text, words, gazetteer, caps) | bare_speakers(text, gazetteer)
    names |= particle_surnames(text, gazetteer)  # "David de León, an emergency official"
    names |= introduced_first_names(text, firsts, gazetteer)
    names |= {k for k in introduced_people(text) if not _is_country(gazetteer, k)}  # "a thief named Hanam"
    several = [key for key in names if " " in key]  # a double-barrelled surname ("Nina Webb-Lawton") makes each
    if several:  # of its parts a person's
        lowered = text.lower()
        names |= {part for key in several if key.replace(" ", "-") in lowered for part in key.split()
                  if not prominent_place(gazetteer, part)}
    others = {key for key in administrations(text) | credited(text)  # "the French administration" is the country's
              if not prominent_place(gazetteer, key) and key not in gazetteer.demonyms}
    return names | others


def after_title_or_first_name(text: str, words: list[Word], i: int, gazetteer: Gazetteer) -> bool:
    """True when word ``i`` follows a title ("President Trump") or a first name ("Bashar Assad").

    A capitalised word before it counts as a first name unless it is a stopword,
    starts a sentence or is a demonym ("Syrian Kerman" stays a place).
    """
    if i == 0:
        return False
    pstart, prev = words[i - 1]
    gap = gap_after(text, words, i - 1)
    if is_title(prev) and gap.strip(" .") == "" and ("." not in gap or len(prev) <= _ABBREVIATED_TITLE):
        return True  # "Gen. Qassem", not "the Ministry of Justice. Azerbaijan has"
    return gap == " " and is_cap(prev) and prev.lower() not in STOPWORDS and not sentence_initial(text, pstart) \
        and normalize(prev) not in gazetteer.demonyms and prev.lower() not in AREA_MODIFIERS \
        and not (no_first_name(prev) and _is_country(gazetteer, normalize(words[i][1])))


def no_first_name(word: str) -> bool:
    """True when a capitalised word before a country is no person's first name but a brand's or a body's
    word: initials ("HSBC Malta", "CSA Singapore") or a common English word that is no given name
    ("Air Zimbabwe", "Building Ireland"); "New" makes a new name ("New England").

    >>> no_first_name("HSBC"), no_first_name("Air"), no_first_name("Grace"), no_first_name("Bashar"), no_first_name("New")
    (True, True, False, False, False)
    """
    low = word.lower()
    return (word.isupper() and len(word) > 1) \
        or (low in COMMON_WORDS and word not in GIVEN_NAMES and low not in _NAME_WORDS)


def _is_country(gazetteer: Gazetteer, key: str) -> bool:
    found = gazetteer.lookup(key)
    return bool(found) and found[0].place_type == "country"


_NAME_WORDS = frozenset({"grace", "hope", "joy", "faith", "rose", "will", "may", "king", "young", "love", "rich",
                         "strong", "long", "white", "new", "black", "green", "hunt", "burns", "wood", "hall", "hill",
                         "summit", "noble", "free", "sweet", "gold", "silver", "stone", "bright", "short", "wild",
                         "clay", "grant", "pearl", "star", "ocean", "river", "sun", "moon", "victory", "mars"})
