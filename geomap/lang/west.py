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
    """``tail`` (what follows a distance's unit in ``lang``) or an "off X" wording."""
    off = OFFSHORE.get(lang)
    return rf"(?:\s+(?:{off})|{tail})" if off else tail
