"""Which language an article is written in.

English is recognised without any model (its function words), so English
runs stay as fast as before; the script decides Cyrillic and Arabic-script
texts (Ukrainian letters, Persian letters); other Latin-script texts go to
``py3langid`` (a packaged model, ``pip install 'geomap[lang]'``) when it is
installed, else to the same function-word counts. ``--lang`` (or
:data:`forced_language`) overrides the guess.
"""
from __future__ import annotations

import re
from contextvars import ContextVar

SUPPORTED = ("en", "es", "fr", "de", "pt", "it", "ru", "uk", "ar", "fa", "tr")
forced_language: ContextVar[str | None] = ContextVar("geomap_forced_language", default=None)

_WORD = re.compile(r"[^\W\d_]+")
# The commonest short words of each Latin-script language (none shared between two lists).
_FUNCTION_WORDS = {
    "en": "the of and to in was is that for with on by from were are have has at which",
    "fr": "le la les des du et est une dans au aux sur qui pour pas été ont ce",
    "es": "el los las del y es una por con para que fue se al como más",
    "de": "der die das und ist ein eine nicht von mit den dem im auf wurde zu sich",
    "pt": "o os as do da dos das e um uma em no na não foi ao pelo pela",
    "it": "il lo gli della dei delle di e è un una nel nella per che sono con",
    "tr": "ve bir bu da de ile için olarak olan göre km'lik yaklaşık ise",
}
_FW = {lang: set(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FW.items():
    for _w in _words:
        _WORD_LANGS[_w] = _WORD_LANGS.get(_w, ()) + (_lang,)
_UKRAINIAN = set("іїєґІЇЄҐ")
_RUSSIAN = set("ыэъЫЭЪё")
_PERSIAN = set("پچژگکی")


SAMPLE = 3000  # characters looked at
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ARABIC = re.compile("[\u0600-\u06ff]")


# English at a glance: four of these words, and no letter of another script, in the first lines
_ENGLISH_HINT = re.compile(r"\b(?:the|and|of|was|were|with|from|that|have|has|said)\b", re.IGNORECASE)
_OTHER_SCRIPT = re.compile("[\u0400-\u04ff\u0600-\u06ff]")
HEAD = 600


def _surely_english(text: str) -> bool:
    head = text[:HEAD]
    return len({w.lower() for w in _ENGLISH_HINT.findall(head)}) >= 4 and not _OTHER_SCRIPT.search(head)


def _script_share(text: str) -> tuple[int, int, int]:
    sample = text[:SAMPLE]
    return len(_LATIN.findall(sample)), len(_CYRILLIC.findall(sample)), len(_ARABIC.findall(sample))


def _function_word_counts(text: str) -> dict[str, int]:
    """How many different function words of each language ``text`` uses."""
    seen: dict[str, set] = {lang: set() for lang in _FW}
    for w in _WORD.findall(text[:SAMPLE].lower()):
        for lang in _WORD_LANGS.get(w, ()):
            seen[lang].add(w)
    counts = {lang: len(words) for lang, words in seen.items()}
    if any(ch in "ğışİĞŞ" for ch in text[:SAMPLE]):
        counts["tr"] += 3
    return counts


def _by_function_words(text: str) -> tuple[str, int, int]:
    """The language with the most different function words in ``text``, how many, and the runner-up's."""
    counts = _function_word_counts(text)
    ranked = sorted(counts, key=lambda lang: (counts[lang], lang == "en"), reverse=True)
    return ranked[0], counts[ranked[0]], counts[ranked[1]]


def _langid(text: str) -> str | None:
    try:
        import py3langid
    except ImportError:
        return None
    lang, _ = py3langid.classify(text[:SAMPLE])
    return lang if lang in SUPPORTED else None


_CUE_LANGS = ("es", "fr", "de", "pt", "it", "tr")


def _by_distance_wording(text: str, guess: str) -> str | None:
    """The one Latin-script language whose distance wording the text uses ("16 km al sur de",
    "26 Kilometer südöstlich der"), when a short or number-heavy text has too few function
    words to tell; None when no language's wording, or several, match ("20 km de Lisboa")."""
    from .relations import pattern, shadow

    sample = shadow(text[:SAMPLE])
    hits = [lang for lang in _CUE_LANGS if pattern(lang).search(sample)]
    if len(hits) == 1:
        return hits[0]
    return guess if guess in hits else None


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language ("en" when unsure); :data:`forced_language` wins.

    >>> detect_language("Two bombs went off in Kerman, Iran."), detect_language("Вибух у Харкові.")
    ('en', 'uk')
    >>> detect_language("انفجار در ۲۰ کیلومتری شمال کرمان")
    'fa'
    """
    forced = forced_language.get()
    if forced:
        return forced
    if _surely_english(text):  # a corpus of English news pays one short regex per document
        return "en"
    latin, cyr, arab = _script_share(text)
    if arab > latin and arab >= cyr:
        return "fa" if any(ch in _PERSIAN for ch in text[:SAMPLE]) else "ar"
    if cyr > latin:
        chars = set(text[:SAMPLE])
        if chars & _UKRAINIAN and not chars & _RUSSIAN:
            return "uk"
        return "ru" if not chars & _UKRAINIAN else "uk"
    guess, kinds, runner_up = _by_function_words(text)
    if kinds - runner_up < 2:  # too few words to tell: a distance wording of one language decides
        cue = _by_distance_wording(text, guess)
        if cue is not None:
            # Italian and Portuguese share words ("a", "da"): where the model names another
            # language among the tied ones ("a 1.9 km a S da X"), the model decides
            lid = _langid(text)
            return lid if lid not in (None, cue) and _function_word_counts(text).get(lid, 0) == kinds else cue
    if guess == "en" and kinds:
        return "en"
    if guess != "en" and kinds >= 2:  # two different function words of one language: "le ... des"
        # close to another language (Italian and Portuguese share words): the model decides
        return (_langid(text) or guess) if kinds - runner_up < 2 else guess
    return _langid(text) or "en"
