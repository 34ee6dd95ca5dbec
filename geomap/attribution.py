"""A place named only as the seat of the official who speaks: "the Diyarbakir governor's office said".

A wire report filed from a provincial capital often names it twice: in the dateline and as the
office that gave the figures ("DIYARBAKIR ... the Diyarbakir governor's office said", "Duesseldorf
police said"). Neither says the incident happened there; the place the lede gives after "in" does
("The blast occurred in the Kulp district"). :func:`geomap.dateline_newsroom.newsroom` does not count
such a mention as the lede naming the dateline's town again.
"""
from __future__ import annotations

import re

from .model import Mention

# The name, then at most two words, an official or office, and a verb of saying.
_SPEAKER = re.compile(
    r"(?:['\u2019]s)?\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:governor|governorate|mayor|prefect|prefecture|police|officials?|authorities|administration|office)"
    r"(?:['\u2019]s)?(?:\s+office)?\s+(?:said|says|told|reported|announced|confirmed)\b")
REACH = 60


def speaker_seat(text: str, m: Mention) -> bool:
    """True when mention ``m`` names the seat of an official or office that is speaking.

    >>> from geomap.model import Mention
    >>> t = "the Diyarbakir governor's office said on Thursday. The blast hit Kulp."
    >>> speaker_seat(t, Mention("Diyarbakir", 4, 14, "toponym", "diyarbakir", 0))
    True
    >>> speaker_seat(t, Mention("Kulp", 64, 68, "toponym", "kulp", 1))
    False
    """
    return _SPEAKER.match(text[m.end:m.end + REACH]) is not None
