#!/usr/bin/env python
"""Write data/curated/sentence_words.txt: frequent English words that are also gazetteer names (issue 12).

    python scripts/make_sentence_words.py [--min-zipf 4.0]

Needs the ``wordfreq`` package (``pip install -e '.[build]'``). A word is listed when its Zipf frequency
in English (log10 of occurrences per billion words) is at least ``--min-zipf``, the gazetteer knows it as a
name, and it names only towns and counties (no country, state, capital, sea or island), none of them a town of
100,000+ of that name, and no demonym, nor already one of the mention finder's stopwords or common words. At a sentence's start such a word is read as the word ("Due to
the smoke", "Share your memories", "Bare bones:") unless the article also writes it capitalised inside a
sentence (then it names something: "... Temple police said. In Temple, ...").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geomap.gazetteer import default_gazetteer  # noqa: E402
from geomap.mention_lexicon import COMMON_WORDS, STOPWORDS  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "curated" / "sentence_words.txt"
PROMINENT = 100_000
HEADER = """# Frequent English words (wordfreq Zipf >= {zipf}) that name only small towns and counties in the gazetteer:
# at a sentence's start such a word is the word ("Due to the smoke"), unless the article writes it capitalised
# inside a sentence too. Written by scripts/make_sentence_words.py
# from wordfreq 3.1.1 (data: CC BY-SA 4.0, see its README); do not edit by hand.
"""


def _prominent(gazetteer, key: str) -> bool:
    """A country, a state, a capital, a sea, an island ... (anything but a town or a county), or a town of
    100,000+ of that very name: such a name is meant as the place even at a sentence's start."""
    return any(e.place_type not in ("city", "admin2") or (e.population >= PROMINENT and e.name.lower() == key)
               for e in gazetteer.lookup(key))


def sentence_words(min_zipf: float) -> list[str]:
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:
        raise SystemExit("Error: this script needs the wordfreq package (pip install -e '.[build]')") from None
    gazetteer = default_gazetteer()
    kept = []
    for word in top_n_list("en", 50_000):
        if zipf_frequency(word, "en") < min_zipf:
            break
        if not word.isalpha() or len(word) < 3 or word in STOPWORDS or word in COMMON_WORDS:
            continue
        if gazetteer.has(word) and word not in gazetteer.demonyms and not _prominent(gazetteer, word):
            kept.append(word)
    return sorted(set(kept))


def main() -> int:
    args = sys.argv[1:]
    zipf = float(args[args.index("--min-zipf") + 1]) if "--min-zipf" in args else 4.0
    words = sentence_words(zipf)
    OUT.write_text(HEADER.format(zipf=zipf) + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
