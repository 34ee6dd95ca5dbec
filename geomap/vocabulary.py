"""Words and classes that several modules must agree on, each written once.

* :data:`ORDINALS`: the words that number events ("the second blast"), in
  the order events happen: "another" comes after the numbered ones, "last"
  and "final" after everything. Clause labels, time phrases and the map's
  timeline all read this one list.
* :data:`BROAD_PLACE_TYPES`: place types too large to say where something
  happened (countries, seas, straits, canals ...). A strait or a canal is a
  stretch of water, an area or a line like a sea, not a site. Roles treat
  them as context and features give them the coarsest precision class.
"""
from __future__ import annotations

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "another", "last", "final")
BROAD_PLACE_TYPES = frozenset({"country", "continent", "region", "sea", "ocean", "strait", "canal"})
COARSE_PLACE_TYPES = BROAD_PLACE_TYPES | {"admin1"}  # and a state or province: coarser than a town or district


def ordinal_rank(word: str) -> int | None:
    """Position of an ordinal in event order, ``None`` for any other word.

    >>> ordinal_rank("first") < ordinal_rank("tenth") < ordinal_rank("another") < ordinal_rank("last")
    True
    >>> ordinal_rank("blast") is None
    True
    """
    try:
        return ORDINALS.index(word)
    except ValueError:
        return None
