"""Words that say a capitalised name is another kind of feature than the town the gazetteer has.

"capsized on the Dakar river" is a river, not Senegal's capital; "the Canton of Valais" is the canton
of Valais, not Canton (Guangzhou's old name, or Canton, Ohio).
"""
from __future__ import annotations

import re

# A river's name written with its feature word in lower case ("capsized on the Dakar river", "the Kano
# river"): the river, not the town; generic_name reads it when the gazetteer knows the river's whole name.
_RIVER_AFTER = re.compile(r"\s+(?:river|creek|stream|canal)\b")
# "the Canton of Valais", "the Department of Antioquia": a division's kind written before its name (Canton,
# Ohio and Guangzhou's old name are not meant)
_DIVISION_KIND = frozenset({"canton", "department", "province", "prefecture", "region", "district", "county",
                            "municipality", "governorate", "oblast", "state"})
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def kind_word_use(text: str, match) -> bool:
    """True when the name ``match`` (a :class:`geomap.mention_rules.NameMatch`) stands before a lower-case
    river word, or is a division's kind before "of" and a name.

    >>> from types import SimpleNamespace as NS
    >>> t = "on the Dakar river; the Canton of Valais; in Canton, Ohio"
    >>> ends = (t.index("Dakar") + 5, t.index("Canton") + 6, t.rindex("Canton") + 6)
    >>> [kind_word_use(t, NS(kind="toponym", i=0, j=0, key=k, end=e)) for k, e in zip(("dakar", "canton", "canton"), ends)]
    [True, True, False]
    """
    if match.kind == "toponym" and _RIVER_AFTER.match(text, match.end):
        return True
    return match.i == match.j and match.key in _DIVISION_KIND and _OF_NAME.match(text, match.end) is not None
