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
