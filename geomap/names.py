"""Name normalisation shared by the gazetteer builder and the matcher."""
from __future__ import annotations

import unicodedata

_TRANSLATE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    ".": "",
})


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


def slug(name: str) -> str:
    """The id-safe form of a name, used in sources (``user:<slug>``, ``...admin1:<cc>.<slug>``).

    >>> slug("Soleimani\u2019s Grave")
    'soleimanis-grave'
    >>> slug("Île-de-France")
    'ile-de-france'
    """
    return "-".join(normalize(name).replace("'", "").split())
