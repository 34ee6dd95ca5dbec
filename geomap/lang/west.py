"""Wordings of the western languages (fr, es, pt, it, de) that need more than a word list.

- German names a place after a place-type noun, itself capitalised: "östlich
  der Hauptstadt Kabul", "südöstlich der Stadt Puerto Quellón", "nördlich des
  Ortes X". :data:`PLACE_NOUN` says which capitalised word is such a noun, so
  the name after it is no tail of a longer proper name.
"""
from __future__ import annotations

import re

_DE_PREFIX = r"(?:haupt|klein|groß|gross|hafen|küsten|grenz|kreis|provinz|heimat|nachbar|bade|ferien|urlaubs|vor|geburts)?"
PLACE_NOUN = re.compile(
    rf"{_DE_PREFIX}(?:stadt|ort|dorf)(?:e?s)?|ortschaft|ortsteil(?:e?s)?|stadtteil(?:e?s)?|gemeinde|siedlung"
    r"|provinz|region|insel|bezirk(?:e?s)?|distrikt(?:e?s)?|(?:land)?kreis(?:es)?|metropole|(?:bundes)?staat(?:e?s)?",
    re.IGNORECASE)

# "off X": the distance is out at sea from the anchor, in no stated direction, as English
# "2 km off Calais" (the wording ends right before the anchor)
OFFSHORE: dict[str, str] = {
    "fr": r"au\s+large\s+(?:des\s+côtes\s+)?(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)",
    "es": r"(?:frente\s+a\s+las\s+costas\s+(?:de\s+la\s+|de\s+|del\s+)|frente\s+a(?:l|\s+la)?\s+)",
    "pt": r"(?:ao\s+largo|ao\s+largo\s+da\s+costa)\s+(?:de\s+|da\s+|do\s+|dos\s+|das\s+)",
    "it": r"al\s+largo\s+(?:delle\s+coste\s+)?(?:di\s+|del\s+|della\s+|dell['’]|dello\s+|dei\s+|delle\s+)",
    "de": r"vor\s+der\s+(?:\w+)?küste\s+(?:von\s+|vor\s+)?",
}


def with_offshore(lang: str, tail: str) -> str:
    """``tail`` (what follows a distance's unit in ``lang``) or an "off X" wording (group ``off``)."""
    off = OFFSHORE.get(lang)
    return rf"(?:\s+(?P<off>{off})|{tail})" if off else tail


def offshore_line(match, place) -> str | None:
    """"coast" when an "off X" wording names a country (its coast is the anchor, as English "off
    Malta": see :func:`geomap.relation_anchors.anchor_line`), else None."""
    off = match.groupdict().get("off")
    return "coast" if off and place.entry.place_type == "country" else None

# Rough counts: "une soixantaine de kilomètres", "una veintena de", "uma dezena de", "una ventina di",
# "ein Dutzend": about that many, read as "about" + the number (as English "about sixty km").
_ROUGH: dict[str, tuple[str, dict[str, int], str]] = {  # article, count words, the word for "of"
    "fr": (r"une\s+", {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                       "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100},
           r"\s+(?:de\s+|d['’])"),
    "es": (r"una?\s+", {"decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30,
                        "cuarentena": 40, "cincuentena": 50, "centena": 100, "centenar": 100}, r"\s+de\s+"),
    "pt": (r"uma?\s+", {"dezena": 10, "dúzia": 12, "quinzena": 15, "vintena": 20, "trintena": 30,
                        "quarentena": 40, "cinquentena": 50, "centena": 100}, r"\s+de\s+"),
    "it": (r"una?\s+", {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
                        "quarantina": 40, "cinquantina": 50, "sessantina": 60, "settantina": 70,
                        "ottantina": 80, "novantina": 90, "centinaio": 100}, r"\s+di\s+"),
    "de": (r"ein(?:em|es)?\s+", {"dutzend": 12}, r"\s+"),
}


def rough_number(lang: str) -> str:
    """Regex (no groups) of a rough count in ``lang`` up to its unit, "" when the language has none."""
    if lang not in _ROUGH:
        return ""
    article, counts, of = _ROUGH[lang]
    words = "|".join(sorted(counts, key=len, reverse=True))
    return rf"(?:{article})?(?:{words}){of}"


def rough_value(lang: str, raw: str) -> float | None:
    """The count a rough-count wording stands for ("une soixantaine de " -> 60), else None."""
    counts = _ROUGH.get(lang, ("", {}, ""))[1]
    for word in raw.lower().split():
        if word in counts:
            return float(counts[word])
    return None

# Words that begin many longer names ("Cabo de São Vicente", "Boca de Camichín", "Puerto de Ensenada",
# "Isla Coronado"); the gazetteer knows a few places called just that, none of them meant there.
GENERIC_HEADS = frozenset(
    "cabo boca puerto porto port ciudad cidade citta ville isla ilha ile isola insel punta ponta pointe"
    " monte mont playa praia plage bahia baia baie golfo golfe lago lac lagoa laguna rio villa vila cerro"
    " sierra serra valle vale cap capo san santa santo sao saint sainte colonia barrio bairro estrecho"
    " fuerte forte fort nueva nuevo novo nova canal".split())
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:de|di|do|da|del|della|dello|dos|das|du|des|de\s+la|de\s+los|de\s+las)"
                           r"\s+|d['’])?[^\W\d_]*[A-ZÀ-ÞĀ-ſ]")


def generic_head(text: str, start: int, end: int, key: str) -> bool:
    """True when ``text[start:end]`` (folded ``key``) is only a generic word that starts a longer
    name the gazetteer lacks ("Cabo de S. Vicente", "Boca de Camichín"): that word alone names
    some other place ("Cabo" in Brazil), so it is no name here."""
    return key in GENERIC_HEADS and _NAME_GOES_ON.match(text, end) is not None
