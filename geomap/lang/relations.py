"""Distance statements in other languages -> :class:`~geomap.model.Relation`.

One pattern per language, built from :mod:`geomap.lang.lexicon`: an optional
qualifier, a number (digits in any script, or a number word), a unit, an
optional compass direction, and the word for "from"; the anchor is the place
named right after it ("à 15 km au sud-est de Lyon", "a 20 km al norte de",
"20 km nördlich von", "в 30 км к северу от", "در ۲۰ کیلومتری شمال",
"على بعد 20 كم شمال") or, in Turkish, right before it ("Malatya'nın 20 km
kuzeyinde", "Hanya kentinin 111 kilometre güneyinde"), in Persian after "با"
("اصفهان با ۱۷۹ کیلومتر") and in Arabic with the direction first ("شرق مدينة
اعزاز 10 كم"). Words for the kind of place ("пгт.", "города", "العاصمة") do not
count as distance to the anchor; a depth ("على عمق 10 كم") is no distance; a
line break inside a statement does not end it. Ranges ("7-8 км", "de 10 à 15
km") count their middle and bearings are computed as for English
(:func:`geomap.relations.distance_range`, :func:`geomap.relations.parse_bearing`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention, Place, Relation, Sentence
from ..relation_patterns import MAX_DISTANCE_M, MIN_DISTANCE_M, distance_range, parse_bearing
from .fold import _SCRIPT
from .conversion import bracket, bracketed_reading
from .lexicon import (ABBREVIATIONS, COMPASS, DECIMAL_COMMA, DEPTH, DIRECTION, NUMBER_WORDS, PLACE_WORDS,
                      QUALIFIERS, RANGE_WORDS, UNITS)
from .west import offshore_line, rough_number, rough_value, with_offshore

_TAIL = {  # after the unit: the direction and the word for "from", then the anchor
    "fr": r"(?:\s+(?:au|à\s+l['’]|a\s+l['’])\s*(?P<dir>{D}))?\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)",
    "es": r"(?:\s+(?:al|hacia\s+el|a\s+el)\s+(?P<dir>{D}))?\s+(?:de\s+la\s+|de\s+|del\s+)",
    "pt": r"(?:\s+(?:a|ao|à)\s+(?P<dir>{D}))?\s+(?:de\s+|da\s+|do\s+)",
    "it": r"(?:\s+a\s+(?P<dir>{D}))?\s+(?:di\s+|da\s+|dal\s+|dalla\s+|del\s+|della\s+|dall['’])",
    "de": r"(?:\s+(?P<dir>{D}))?\s+(?:von\s+|vom\s+|der\s+|des\s+)",
    "ru": r"(?:\s+(?:к|на)\s+(?P<dir>{D})\s+от|\s+(?P<dir2>{D})|\s+от)\s+",
    "uk": r"(?:\s+на\s+(?P<dir>{D})\s+від|\s+(?P<dir2>{D})|\s+від)\s+",
    "ar": r"(?:\s+(?:إلى\s+|الى\s+)?(?P<dir>{D}))?(?:\s+فقط)?\s+(?:من\s+|عن\s+)?",
    "fa": r"(?:\s+(?P<dir>{D}))?(?!\s*عمق)(?:\s+(?:از\s+|با\s+)?|(?=\s*(?:[،,.]|$)))",  # "۱۰ کیلومتر عمق": a depth
    "tr": r"(?:\s+(?P<dir>{D})|\s+(?:uzakl|mesafe|açık)\w*)",
}
# before the number, a word that makes the rest optional: "Seferihisar ilçesine uzaklığı 17,26 km."
_LEAD = {"tr": r"uzaklığı|uzaklığının|mesafesi"}
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
    # a range, "7-8 кілометрів", "de 10 à 15 km": read as the English "10-15 km" and "10 to 15 km"
    low = rf"(?:(?P<lo>\d+(?:[.,]\d+)?)(?:\s*[-–—]\s*|\s+(?:{RANGE_WORDS[lang]})\s*))?"
    tail = with_offshore(lang, _TAIL[lang].replace("{D}", DIRECTION[lang]))
    lead = f"(?:(?P<lead>{_LEAD[lang]})\\s+)?" if lang in _LEAD else ""
    if lang in _LEAD:  # after a lead word the tail may be missing
        tail = f"(?:{tail}|(?(lead)|(?!)))"
    # "(1.852 kilómetros) al norte de": a bracketed figure alone; "20 millas (32 km) al norte de": one skipped
    conv = f"(?(open)\\s*\\)|(?:{bracket(nums, units, quals)})?)"
    return re.compile(shadow(rf"(?<![\d.,]){lead}(?P<open>\()?{qual}{low}{num}\s*{unit}{conv}{tail}"), re.IGNORECASE)


def bearing(lang: str, word: str | None) -> tuple[float | None, float | None]:
    """Bearing and half-width of a direction word in ``lang``, (None, None) when it names none."""
    if not word:
        return None, None
    abbreviated = ABBREVIATIONS.get(lang, {})
    if len(word) <= 3 and all(c in abbreviated for c in word):  # "S", "NE", "NNE", German "NO" (north-east)
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
        if re.fullmatch(shadow(regex), shadow(raw), re.IGNORECASE):
            return metres
    raise ValueError(raw)


# {K}: the words for the kind of place (lexicon.PLACE_WORDS), between the name and the number. What joins an anchor named before the distance, tried before an anchor named after it:
# "Malatya'nın 20 km", "Hanya kentinin 111 kilometre", "Gökçeada ile depremin olduğu noktanın uzaklığı",
# "اصفهان با ۱۷۹ کیلومتر", "سردشت با فاصله ۱۳ کیلومتر"
_BEFORE_FIRST = {
    "tr": r"^(?:[`'’]\w*)?\s+(?:(?:{K})\s+)?(?:ile\s+(?-i:[^.,;:A-ZÇĞİÖŞÜ\d]){0,40}?\s+)?(?:yaklaşık\s+|tahminen\s+)?$",
    "fa": r"^\s+با\s+(?:فاصله(?:\s+ی)?\s+)?$",
}
_BEFORE = {"fa": r"^\s+(?:واقع\s+)?در\s+$"}  # "سنخواست واقع در ۱۵ کیلومتری", when no place follows
_AFTER = {"fr", "es", "pt", "it", "de", "ru", "uk", "ar", "fa"}  # languages naming the anchor after the distance
# Arabic may name the direction and the place first: "شرق مدينة اعزاز 10 كم"
_DIRECTION_FIRST = {"ar": r"(?P<dir>{D})\s+(?:(?:{K})\s+)?$"}
_SENTENCE_END = re.compile(r"[.!?؟…:;»\"”)]\s*$")


@lru_cache(maxsize=None)
def _compiled(table: str, lang: str) -> re.Pattern | None:
    wording = {"first": _BEFORE_FIRST, "before": _BEFORE, "direction": _DIRECTION_FIRST}[table].get(lang)
    if wording is None:
        return None
    wording = wording.replace("{K}", PLACE_WORDS.get(lang, "(?!)")).replace("{D}", DIRECTION[lang])
    return re.compile(shadow(wording), re.IGNORECASE)


@lru_cache(maxsize=None)
def _depth(lang: str) -> re.Pattern:
    return re.compile(shadow(rf"(?<![^\W\d_])(?:{DEPTH.get(lang, '(?!)')})\s*$"), re.IGNORECASE)


@lru_cache(maxsize=None)
def _place_words(lang: str) -> re.Pattern | None:
    words = PLACE_WORDS.get(lang)
    return re.compile(shadow(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])"), re.IGNORECASE) if words else None


def place_gap(text: str, a: int, b: int, lang: str) -> str:
    """``text[a:b]`` without the words for the kind of place ("пгт.", "города", "العاصمة")."""
    words = _place_words(lang)
    return words.sub("", shadow(text[a:b])) if words else text[a:b]


def _before(text: str, start: int, mentions: list[Mention], wording: re.Pattern | None) -> Mention | None:
    if wording is not None:
        for x in reversed(mentions):
            if x.end <= start and wording.match(shadow(text[x.end:start])):
                return x
    return None


def _direction_first(text: str, start: int, lang: str, mentions: list[Mention], floor: int):
    """"شرق مدينة اعزاز 10 كم": the place right before the number, a direction before it."""
    wording = _compiled("direction", lang)
    for x in reversed(mentions) if wording is not None else ():
        if x.end <= start:
            if text[x.end:start].strip():
                return None
            m = wording.search(shadow(text[floor:x.start]))
            return (x, m.group("dir"), floor + m.start()) if m else None
    return None


def _anchor(text: str, span: tuple[int, int], lang: str, mentions: list[Mention], stated: str | None,
            floor: int) -> tuple[Mention, str | None, int] | None:
    """The mention a distance wording at ``span`` is measured from, the direction written before it
    (or None) and where the statement starts."""
    start, end = span
    x = _before(text, start, mentions, _compiled("first", lang))
    if x is not None:
        return x, None, x.start
    if not stated:
        got = _direction_first(text, start, lang, mentions, floor)
        if got is not None:
            return got
    for x in mentions if lang in _AFTER else ():
        if x.start >= end:
            gap = place_gap(text, end, x.start, lang)
            if len(gap) <= ANCHOR_REACH and not _GAP_STOP.search(gap):
                return x, None, start
            break
    x = _before(text, start, mentions, _compiled("before", lang))
    return (x, None, x.start) if x is not None else None


def _windows(text: str, sentences: tuple[Sentence, ...], lang: str) -> list[tuple[int, int, int]]:
    """(start, end, first sentence index) of the stretches read for distances: sentences joined where
    a line break cut one without a full stop ("в 15\\nкилометрах") or a place abbreviation's full stop
    ended one ("от г. Москвы")."""
    words = _place_words(lang)
    out: list[tuple[int, int, int]] = []
    for s in sentences:
        if out:
            a, b, i = out[-1]
            before, gap = text[a:b].rstrip(), text[b:s.start]
            cut = "\n" in (text[a:b] + gap)[len(before):] and not _SENTENCE_END.search(before)
            abbreviated = words is not None and before.endswith(".") and any(
                m.end() == len(before) for m in words.finditer(shadow(before), max(0, len(before) - 6)))
            if not gap.strip() and (cut or abbreviated):
                out[-1] = (a, s.end, i)
                continue
        out.append((s.start, s.end, s.index))
    return out


def _range(lang: str, low: str | None, metres: float, unit: float, inner: float, outer: float):
    """(distance, inner, outer) of a range as the English reader takes it: the middle, the band as stated."""
    lowest = number_value(lang, low)[0] * unit if low else metres
    if lowest >= metres:  # no range: "nel 2016 a 10 km da", a year before "a 10 km"
        return metres, inner, outer
    return round((lowest + metres) / 2, 3), lowest, metres


def find_relations_lang(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                        places: tuple[Place, ...], lang: str) -> tuple[Relation, ...]:
    """Distance statements of a ``lang`` article, each tied to the place named as its anchor."""
    if lang not in _TAIL:
        return ()
    place_of = {(m.start, m.end): p for p in places for m in p.mentions}
    placed = sorted((m for m in mentions if (m.start, m.end) in place_of), key=lambda m: m.start)
    out = []
    for w_start, w_end, index in _windows(text, sentences, lang):
        in_window = [m for m in placed if w_start <= m.start < w_end]
        folded, where = shadow_map(text[w_start:w_end])
        for m in pattern(lang).finditer(folded):
            span = (w_start + where[m.start()], w_start + where[m.end()])
            if _depth(lang).search(folded, 0, m.start()):
                continue  # "على عمق 10 كم": how deep, not how far
            stated = m.groupdict().get("dir") or m.groupdict().get("dir2")
            found = _anchor(text, span, lang, in_window, stated, w_start)
            if found is None:
                continue
            anchor, first_dir, first = found
            value, number_text = number_value(lang, m.group("num"))
            unit = _unit_metres(m.group("unit"))
            if m.group("open"):  # "(1.852 kilómetros)" after "una milla náutica": 1.852 km
                value, number_text = bracketed_reading(lang, m.group("num"), unit,
                                                       text[max(w_start, span[0] - 40):span[0]]) or (value, number_text)
            if not MIN_DISTANCE_M <= value * unit <= MAX_DISTANCE_M:
                continue
            qualifier = _qualifier(m.group("qual")) or ("about" if rough_value(lang, m.group("num")) else None)
            metres, inner, outer = _range(lang, m.group("lo"), value * unit,
                                          unit, *distance_range(value * unit, number_text, qualifier))
            bearing_deg, half = bearing(lang, stated or first_dir)
            start, end = min(span[0], first), max(span[1], anchor.end)
            end = start + len(text[start:end].rstrip())  # the tail's space when the anchor came first
            sentence = next((s.index for s in sentences if s.start <= span[0] < s.end), index)
            place = place_of[(anchor.start, anchor.end)]
            out.append(Relation(anchor=place.entry.source, anchor_text=anchor.text,
                                distance_m=metres, inner_m=inner, outer_m=outer, bearing_deg=bearing_deg,
                                bearing_halfwidth_deg=half, qualifier=qualifier, text=text[start:end],
                                start=start, end=end, sentence=sentence, line=offshore_line(m, place)))
    return tuple(out)
