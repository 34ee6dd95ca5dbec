"""Name normalisation shared by the gazetteer builder and the matcher."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TRANSLATE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    ".": "",
})


@lru_cache(maxsize=1 << 16)  # the mention finder normalises the same words article after article
def normalize(name: str) -> str:
    """Fold a place name to the key used for gazetteer look-ups.

    Accents, case, hyphens, full stops and curly apostrophes do not matter.

    Examples
    --------
    >>> normalize("Kermān")
    'kerman'
    >>> normalize("Winston-Salem")
    'winston salem'
    >>> normalize("Soleimani\u2019s  Grave")
    "soleimani's grave"
    >>> normalize("U.S.")
    'us'
    """
    s = name.translate(_TRANSLATE)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


# An apostrophe or okina between two letters: "O‘ahu", "Sana'a", "Hawaiʻi" are also written without it.
# Not an English clitic ("Modi's", "I've", "we'll", "he'd", "don't"): "modis", "ive" are no spellings of them.
_INNER_MARK = re.compile(r"(?<=\w)(?:\u02bb|'(?!(?:s|ve|ll|d|re|t|m)\b))(?=\w)")


def unmarked(key: str) -> str | None:
    """A normalised name without the apostrophes and okinas inside its words, or None when it has none.

    The gazetteer indexes both forms of a name that has such a mark (``scripts/build_gazetteer.py``)
    and looks a written one up in both, so a name written with and without the mark meet.

    >>> unmarked(normalize("O\u2018ahu")), unmarked("hawai\u02bbi"), unmarked("sanaa"), unmarked("'t hooft")
    ('oahu', 'hawaii', None, None)
    >>> unmarked("modi's"), unmarked("i've"), unmarked("king's cross"), unmarked("xi'an")
    (None, None, None, 'xian')
    """
    if "'" not in key and "\u02bb" not in key:
        return None
    out = _INNER_MARK.sub("", key)
    return out if out != key else None


def slug(name: str) -> str:
    """The id-safe form of a name, used in sources (``user:<slug>``, ``...admin1:<cc>.<slug>``).

    >>> slug("Soleimani\u2019s Grave")
    'soleimanis-grave'
    >>> slug("Île-de-France")
    'ile-de-france'
    """
    return "-".join(normalize(name).replace("'", "").split())
