"""Distance statements in other languages -> :class:`~geomap.model.Relation`.

One pattern per language, built from :mod:`geomap.lang.lexicon`: an optional
qualifier, a number (digits in any script, or a number word), a unit, an
optional compass direction, and the word for "from"; the anchor is the place
named right after it ("à 15 km au sud-est de Lyon", "a 20 km al norte de",
"20 km nördlich von", "в 30 км к северу от", "در ۲۰ کیلومتری شمال",
"على بعد 20 كم شمال") or, in Turkish, right before it ("Malatya'nın 20 km
kuzeyinde"). Ranges and bearings are computed as for English
(:func:`geomap.relations.distance_range`, :func:`geomap.relations.parse_bearing`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention, Place, Relation, Sentence
from ..relation_patterns import MAX_DISTANCE_M, MIN_DISTANCE_M, distance_range, parse_bearing
from .fold import _SCRIPT
from .lexicon import ABBREVIATIONS, COMPASS, DECIMAL_COMMA, DIRECTION, NUMBER_WORDS, QUALIFIERS, UNITS
from .conversion import bracket, bracketed_reading
from .west import offshore_line, rough_number, rough_value, with_offshore

_TAIL = {  # after the unit: the direction and the word for "from", then the anchor
    "fr": r"(?:\s+(?:au|à\s+l['’]|a\s+l['’])\s*(?P<dir>{D}))?\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)",
    "es": r"(?:\s+(?:al|hacia\s+el|a\s+el)\s+(?P<dir>{D}))?\s+(?:de\s+la\s+|de\s+|del\s+)",
    "pt": r"(?:\s+(?:a|ao|à)\s+(?P<dir>{D}))?\s+(?:de\s+|da\s+|do\s+)",
    "it": r"(?:\s+a\s+(?P<dir>{D}))?\s+(?:di\s+|da\s+|dal\s+|dalla\s+|del\s+|della\s+|dall['’])",
    "de": r"(?:\s+(?P<dir>{D}))?\s+(?:von\s+|vom\s+|der\s+|des\s+)",
    "ru": r"(?:\s+(?:к|на)\s+(?P<dir>{D})\s+от|\s+(?P<dir2>{D})|\s+от)\s+",
    "uk": r"(?:\s+на\s+(?P<dir>{D})\s+від|\s+(?P<dir2>{D})|\s+від)\s+",
    "ar": r"(?:\s+(?:إلى\s+|الى\s+)?(?P<dir>{D}))?\s+(?:من\s+)?",
    "fa": r"(?:\s+(?P<dir>{D}))?(?:\s+(?:از\s+|با\s+)?|(?=\s*[،,.]))",
    "tr": r"(?:\s+(?P<dir>(?:kuzey|güney)(?:doğu|batı)?\w*|(?:doğu|batı)\w*|uzakl\w*|mesafe\w*))",
}
ANCHOR_REACH = 32  # characters between the statement and its anchor (articles, "the city of")
_GAP_STOP = re.compile(r"[.,;:!?؛،\d]")


_ONE_FOR_ONE = {k: v for k, v in _SCRIPT.items() if v is not None and len(v) == 1}
_HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")  # Arabic vowel marks and tatweel


def shadow(text: str) -> str:
    """``text`` with digits and Arabic-script letter forms folded one character for one."""
    return text.translate(_ONE_FOR_ONE)


def shadow_map(text: str) -> tuple[str, list[int]]:
    """:func:`shadow` of ``text`` without Arabic vowel marks, and each character's offset in ``text``
    (one more entry: ``len(text)``), so a match in it maps back to the article's offsets."""
    keep = [i for i, ch in enumerate(text) if not _HARAKAT.match(ch)]
    return shadow("".join(text[i] for i in keep)), keep + [len(text)]


def distance_spans(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each distance wording in ``text[start:end]``."""
    if lang not in _TAIL:
        return []
    folded, where = shadow_map(text[start:end])
    return [(start + where[m.start()], start + where[m.end()]) for m in pattern(lang).finditer(folded)]


@lru_cache(maxsize=None)
def pattern(lang: str) -> re.Pattern:
    words = sorted(NUMBER_WORDS.get(lang, {}), key=len, reverse=True)
    rough = rough_number(lang)
    nums = (rough + "|" if rough else "") + r"\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?" \
        + "".join(f"|{re.escape(w)}" for w in words)
    units = "|".join(f"(?:{u})" for u in UNITS)
    quals = "|".join(f"(?:{q})" for q in QUALIFIERS)
    num, unit = f"(?P<num>{nums})", f"(?P<unit>{units})" + r"(?![^\W\d_])[\u064b-\u0652]*"
    qual = f"(?:(?P<qual>{quals})" + r"\s+)?"
    tail = with_offshore(lang, _TAIL[lang].replace("{D}", DIRECTION[lang]))
    # "(1.852 kilómetros) al norte de": a bracketed figure alone; "20 millas (32 km) al norte de": one skipped
    conv = f"(?(open)\\s*\\)|(?:{bracket(nums, units, quals)})?)"
    return re.compile(shadow(rf"(?<![\d.,])(?P<open>\()?{qual}{num}\s*{unit}{conv}{tail}"), re.IGNORECASE)


def bearing(lang: str, word: str | None) -> tuple[float | None, float | None]:
    """Bearing and half-width of a direction word in ``lang``, (None, None) when it names none."""
    if not word:
        return None, None
    abbreviated = ABBREVIATIONS.get(lang, {})
    if len(word) <= 2 and all(c in abbreviated for c in word):  # "S", "NE", German "NO" (north-east)
        letters = "".join(abbreviated[c] for c in word)
    else:
        compass = {shadow(k): v for k, v in COMPASS[lang].items()}
        stems = sorted(compass, key=len, reverse=True)
        letters = "".join(compass[m.group()] for m in re.finditer("|".join(map(re.escape, stems)), word.lower()))
    try:
        return parse_bearing(letters[:3])
    except ValueError:
        return None, None


def number_value(lang: str, raw: str) -> tuple[float, str]:
    """The number and its text as :func:`distance_range` reads it ("2,5" -> 2.5 in a comma language)."""
    rough = rough_value(lang, raw)
    if rough is not None:  # "une soixantaine de": a count in words, read as such
        return rough, " ".join(raw.lower().split())
    low = raw.lower()
    words = {shadow(w): v for w, v in NUMBER_WORDS.get(lang, {}).items()}
    if low in words:
        return float(words[low]), low
    if re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", raw) and (lang in DECIMAL_COMMA) == (raw[-4] == "."):
        raw = raw.replace(raw[-4], "")  # a thousands separator: "3.100 km" in French, "1,500 km" in Arabic
    digits = raw.replace(",", ".")
    return float(digits), digits


def _qualifier(raw: str | None) -> str | None:
    if not raw:
        return None
    for regex, english in QUALIFIERS.items():
        if re.fullmatch(shadow(regex), raw.strip(), re.IGNORECASE):
            return english
    return None


def _unit_metres(raw: str) -> float:
    for regex, metres in UNITS.items():
        if re.fullmatch(shadow(regex), raw, re.IGNORECASE):
            return metres
    raise ValueError(raw)


_BEFORE = {  # what joins an anchor named before the distance: "Malatya'nın 20 km", "سنخواست واقع در ۱۵ کیلومتری"
    "tr": re.compile(r"^(?:['’]\w*)?\s+(?:(?:ilçe|il|köy|belde|kasaba)\w*\s+)?(?:yaklaşık\s+|tahminen\s+)?$"),
    "fa": re.compile(r"^\s+(?:واقع\s+)?در\s+$"),
}


def _anchor(text: str, span: tuple[int, int], lang: str, mentions: list[Mention]) -> Mention | None:
    """The mention a distance wording at ``span`` is measured from."""
    start, end = span
    for x in mentions:
        if x.start >= end and x.start - end <= ANCHOR_REACH and not _GAP_STOP.search(text[end:x.start]) \
                and lang != "tr":
            return x
    before = _BEFORE.get(lang)
    if before is not None:
        for x in reversed(mentions):
            if x.end <= start and before.match(text[x.end:start]):
                return x
    return None


_FINAL_STOP = re.compile(r"[.!?؟…:;؛\"»”)]\s*$")


def open_end(text: str, s: Sentence, sentences: tuple[Sentence, ...]) -> int:
    """Where the names ``s``'s statements may be anchored on end: the next sentence's end when ``s``
    ends with no stop (a line break in the middle of a sentence: "شمال شرق مدينة\n\nطبرق")."""
    if _FINAL_STOP.search(text[s.start:s.end]) or s.index + 1 >= len(sentences):
        return s.end
    return sentences[s.index + 1].end


def find_relations_lang(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                        places: tuple[Place, ...], lang: str) -> tuple[Relation, ...]:
    """Distance statements of a ``lang`` article, each tied to the place named as its anchor."""
    if lang not in _TAIL:
        return ()
    place_of = {(m.start, m.end): p for p in places for m in p.mentions}
    placed = sorted((m for m in mentions if (m.start, m.end) in place_of), key=lambda m: m.start)
    out = []
    for s in sentences:
        reach = open_end(text, s, sentences)
        in_sentence = [m for m in placed if s.start <= m.start < reach]
        stop = s.end if reach == s.end else len(text[:reach]) - len(text[s.end:reach].lstrip())
        folded, where = shadow_map(text[s.start:stop])  # an open end keeps its line break: "au nord de\n"
        for m in pattern(lang).finditer(folded):
            span = (s.start + where[m.start()], s.start + where[m.end()])
            anchor = _anchor(text, span, lang, in_sentence)
            if anchor is None:
                continue
            value, number_text = number_value(lang, m.group("num"))
            if m.group("open"):  # "(1.852 kilómetros)" after "una milla náutica": 1.852 km
                value, number_text = bracketed_reading(lang, m.group("num"), _unit_metres(m.group("unit")),
                                                       text[max(s.start, span[0] - 40):span[0]]) or (value, number_text)
            metres = value * _unit_metres(m.group("unit"))
            if not MIN_DISTANCE_M <= metres <= MAX_DISTANCE_M:
                continue
            qualifier = _qualifier(m.group("qual")) or ("about" if rough_value(lang, m.group("num")) else None)
            inner, outer = distance_range(metres, number_text, qualifier)
            bearing_deg, half = bearing(lang, m.groupdict().get("dir") or m.groupdict().get("dir2"))
            start, end = min(span[0], anchor.start), max(span[1], anchor.end)
            place = place_of[(anchor.start, anchor.end)]
            out.append(Relation(anchor=place.entry.source, anchor_text=anchor.text,
                                distance_m=metres, inner_m=inner, outer_m=outer, bearing_deg=bearing_deg,
                                bearing_halfwidth_deg=half, qualifier=qualifier, text=text[start:end],
                                start=start, end=end, sentence=s.index, line=offshore_line(m, place)))
    return tuple(out)
