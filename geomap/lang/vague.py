"""Vague and direction-only wordings in other languages: "près de X", "под Харьковом", "شمال X".

Each becomes a :class:`~geomap.model.Relation` of kind ``"vague"`` (term
``near``, ``outskirts`` or ``interior``, sized by :mod:`geomap.zone_sizes`
as for English) or ``"direction"`` (a bearing). The anchor is the place named
right after the wording (in Turkish, right before: "Malatya yakınlarında",
"Malatya'nın kuzeyinde"). Wordings inside a distance statement are left to it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention, Place, Relation, Sentence
from .lexicon import DIRECTION, PLACE_WORDS
from .relations import bearing, distance_spans, place_gap

_D = "(?P<dir>{D})"
# term -> wording that ends right before the anchor (for "direction"/"interior", with the direction)
AFTER: dict[str, dict[str, str]] = {
    "fr": {"near": r"près\s+d(?:e\s+la\s+|e\s+|u\s+|['’])|à\s+proximité\s+d(?:e\s+la\s+|e\s+|u\s+|['’])"
                   r"|non\s+loin\s+d(?:e\s+la\s+|e\s+|u\s+|['’])",
           "outskirts": r"(?:aux\s+abords|à\s+la\s+périphérie|en\s+périphérie)\s+d(?:e\s+la\s+|e\s+|u\s+|['’])",
           "interior": rf"dans\s+le\s+{_D}\s+d(?:e\s+la\s+|e\s+|u\s+|['’])",
           "direction": rf"au\s+{_D}\s+d(?:e\s+la\s+|e\s+|u\s+|['’])"},
    "es": {"near": r"cerca\s+de(?:\s+la)?\s+|en\s+las\s+inmediaciones\s+de(?:\s+la)?\s+",
           "outskirts": r"en\s+las\s+afueras\s+de(?:\s+la)?\s+",
           "interior": rf"en\s+el\s+{_D}\s+de(?:\s+la)?\s+",
           "direction": rf"al\s+{_D}\s+de(?:\s+la)?\s+"},
    "pt": {"near": r"perto\s+d[eoa]s?\s+|próximo\s+(?:a|ao|à|de)\s+",
           "outskirts": r"nos\s+arredores\s+d[eoa]\s+|na\s+periferia\s+d[eoa]\s+",
           "interior": rf"n[oa]\s+{_D}\s+d[eoa]\s+",
           "direction": rf"(?:a|ao)\s+{_D}\s+d[eoa]\s+"},
    "it": {"near": r"vicino\s+a(?:l|lla)?\s+|nei\s+pressi\s+di\s+|nei\s+dintorni\s+di\s+",
           "outskirts": r"alla\s+periferia\s+di\s+|alle\s+porte\s+di\s+",
           "interior": rf"nel(?:l['’])?\s*{_D}\s+d(?:i|ella|el)\s+",
           "direction": rf"a\s+{_D}\s+d(?:i|ella|el)\s+"},
    "de": {"near": r"(?:nahe|unweit)\s+(?:von\s+)?|in\s+der\s+Nähe\s+von\s+",
           "outskirts": r"am\s+Stadtrand\s+von\s+",
           "interior": r"im\s+(?P<dir>Norden|Süden|Osten|Westen)\s+von\s+",
           "direction": rf"{_D}\s+(?:von|vom)\s+"},
    "ru": {"near": r"(?:недалеко|неподалеку|вблизи)\s+(?:от\s+)?|под\s+",
           "outskirts": r"на\s+окраине\s+",
           "direction": rf"к\s+{_D}\s+от\s+"},
    "uk": {"near": r"(?:неподалік|поблизу)\s+(?:від\s+)?|біля\s+|під\s+",
           "outskirts": r"на\s+околиці\s+",
           "direction": rf"на\s+{_D}\s+від\s+"},
    "ar": {"near": r"بالقرب\s+من\s+|قرب\s+|في\s+محيط\s+",
           "outskirts": r"على\s+مشارف\s+|في\s+ضواحي\s+",
           "interior": rf"في\s+{_D}\s+",
           "direction": rf"{_D}\s+"},
    "fa": {"near": r"(?:در\s+)?نزدیکی\s+|(?:در\s+)?حوالی\s+",
           "outskirts": r"(?:در\s+)?حومه(?:\s+ی)?\s+",
           "interior": rf"در\s+{_D}\s+",
           "direction": rf"{_D}\s+"},
}
# Turkish names the anchor first: "Malatya yakınlarında", "Malatya'nın kuzeyinde"
# or names the kind of place between ("Hanya kentinin kuzeyinde", "Malatya ili yakınlarında")
BEFORE = {"tr": {"near": r"(?:[`'’]\w+)?(?:\s+(?:{K}))?\s+(?:yakın\w*|civar\w*)",
                 "direction": r"(?:[`'’]\w+|\s+(?:{K}))\s+(?P<dir>(?:(?:kuzey|güney|doğu|batı)-)?"
                              r"(?:(?:kuzey|güney)(?:doğu|batı)?|doğu|batı))(?:s?[ıiuü])?n[dt][ae]"}}
REACH = 24  # characters of filler ("the city of") between a wording and its anchor


@lru_cache(maxsize=None)
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    from .relations import shadow

    out = []
    for term, wording in AFTER.get(lang, {}).items():
        out.append((term, re.compile(shadow(r"(?<![^\W\d_])(?:" + wording.replace("{D}", DIRECTION[lang]) + ")"),
                                     re.IGNORECASE)))
    return out


def _relation(text: str, sentence: Sentence, start: int, end: int, anchor: Mention, place: Place, lang: str,
              term: str, direction: str | None) -> Relation | None:
    kind = "direction" if term == "direction" else "vague"
    bearing_deg = None
    if direction is not None:
        bearing_deg, _ = bearing(lang, direction)
        if bearing_deg is None:
            return None
    return Relation(anchor=place.entry.source, anchor_text=anchor.text, distance_m=None, inner_m=0.0, outer_m=0.0,
                    bearing_deg=bearing_deg, bearing_halfwidth_deg=None, qualifier=None, text=text[start:end],
                    start=start, end=end, sentence=sentence.index, kind=kind,
                    term=None if kind == "direction" else term)


def _after(text: str, s: Sentence, lang: str, mentions: list[Mention], place_of: dict, taken) -> list[Relation]:
    from .relations import shadow_map

    out = []
    folded, where = shadow_map(text[s.start:s.end])
    for term, pat in _patterns(lang):
        for m in pat.finditer(folded):
            a, b = s.start + where[m.start()], s.start + where[m.end()]
            if any(x < b and a < y for x, y in taken):
                continue
            anchor = next((x for x in mentions if x.start >= b and len(gap := place_gap(text, b, x.start, lang)) <= REACH
                           and not re.search(r"[.,;:!?؛،\d]", gap)), None)  # "к северу от г. Харькова"
            if anchor is not None:
                d = m.groupdict().get("dir")
                r = _relation(text, s, a, anchor.end, anchor, place_of[(anchor.start, anchor.end)], lang, term,
                              text[s.start + where[m.start("dir")]:s.start + where[m.end("dir")]] if d else None)
                out += [r] if r else []
    return out


def _before(text: str, s: Sentence, lang: str, mentions: list[Mention], place_of: dict, taken) -> list[Relation]:
    out = []
    for term, wording in BEFORE.get(lang, {}).items():
        pat = re.compile(wording.replace("{K}", PLACE_WORDS.get(lang, "(?!)")), re.IGNORECASE)  # match() at the name's end
        for x in mentions:
            m = pat.match(text, x.end, s.end)
            if m is None or any(a < m.end() and x.start < b for a, b in taken):
                continue
            r = _relation(text, s, x.start, m.end(), x, place_of[(x.start, x.end)], lang, term, m.groupdict().get("dir"))
            out += [r] if r else []
    return out


def vague_relations(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                    places: tuple[Place, ...], lang: str) -> tuple[Relation, ...]:
    """Near, outskirts, "in the north of" and direction-only wordings of a ``lang`` article."""
    place_of = {(m.start, m.end): p for p in places for m in p.mentions}
    placed = sorted((m for m in mentions if (m.start, m.end) in place_of), key=lambda m: m.start)
    out = []
    for s in sentences:
        in_sentence = [m for m in placed if s.start <= m.start < s.end]
        taken = distance_spans(text, lang, s.start, s.end)
        out += _after(text, s, lang, in_sentence, place_of, taken) + _before(text, s, lang, in_sentence, place_of, taken)
    kept: list[Relation] = []
    for r in sorted(out, key=lambda r: (r.start, -r.end)):  # "في شمال X" is "interior", not also "شمال X"
        if not any(k.start < r.end and r.start < k.end for k in kept):
            kept.append(r)
    return tuple(kept)
