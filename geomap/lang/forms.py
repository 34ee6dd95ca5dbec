"""The forms a written name may take in an article: "Харкова" -> Харків, "والموصل" -> الموصل, "Malatya'nın".

Inflected languages change a name's ending (Russian and Ukrainian cases, the
Turkish suffix after an apostrophe); Arabic and Persian glue prepositions and
the article to it. :func:`word_forms` lists the dictionary forms a word may be,
through its endings and, when installed, the lemmatizer ``simplemma``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .fold import fold

_ARABIC_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "وك", "و", "ب", "ل", "ف", "ك")
_PERSIAN_PREFIXES = ("به", "ب", "و")
_CYR_ENDINGS = ("ами", "ями", "ого", "ому", "ому", "ові", "еві", "ою", "ей", "ом", "ем", "ах", "ях", "ой",
                "ий", "ів", "а", "я", "у", "ю", "е", "і", "и", "ы")
_TR_SUFFIX = re.compile(r"['’`](?:\w+)$")


@lru_cache(maxsize=4096)
def _lemma(word: str, lang: str) -> str | None:
    try:
        import simplemma
    except ImportError:
        return None
    try:
        return simplemma.lemmatize(word, lang=lang)
    except Exception:  # noqa: BLE001 - a language simplemma lacks: no lemma
        return None


# a Russian or Ukrainian adjective's case ending -> its nominative ("Старого" -> "Старый")
ADJECTIVE = (("ого", "ий"), ("ого", "ой"), ("ого", "ый"), ("его", "ий"), ("ому", "ий"), ("ой", "ая"),
              ("ой", "ий"), ("ой", "ый"), ("ую", "ая"), ("ій", "а"), ("ої", "а"), ("ою", "а"))
# endings of a feminine name's other cases ("Варни", "Варні", "Ушиці", "Махачкалы"): the nominative ends in а/я
_A_STEM_CASES = ("ою", "ею", "и", "і", "ы", "е", "у", "ю", "ї")


def _hyphenated_forms(word: str, lang: str) -> list[str]:
    """"Петропавловска-Камчатского" -> "Петропавловск-Камчатский": each part in its own case."""
    parts = word.split("-")
    heads = word_forms(parts[0], lang)[:4]
    tail = parts[-1]
    tails = [tail] + [tail[: -len(a)] + b for a, b in ADJECTIVE if tail.endswith(a)] + word_forms(tail, lang)[1:3]
    middle = parts[1:-1]
    return ["-".join([h, *middle, t]) for h in heads for t in dict.fromkeys(tails)]


def word_forms(word: str, lang: str) -> list[str]:
    """Forms a written word may be the dictionary name of, the word itself first."""
    forms = [word]
    if lang in ("ru", "uk") and "-" in word:
        return list(dict.fromkeys(forms + _hyphenated_forms(word, lang)))
    if lang == "tr":
        forms.append(_TR_SUFFIX.sub("", word))
    if lang in ("ar", "fa"):
        prefixes = _ARABIC_PREFIXES if lang == "ar" else _PERSIAN_PREFIXES + _ARABIC_PREFIXES
        for p in prefixes:
            if word.startswith(p) and len(word) - len(p) >= 3:
                rest = word[len(p):]
                forms += [rest, "ال" + rest] if p.endswith("ال") or p == "لل" else [rest]
        if lang == "ar" and not word.startswith("ال"):
            forms.append("ال" + word)
    if lang in ("ru", "uk"):
        lemma = _lemma(word.lower(), lang)
        if lemma:
            forms.append(lemma)
        for end in _CYR_ENDINGS:
            if word.lower().endswith(end) and len(word) - len(end) >= 3:
                stem = word[: -len(end)]
                forms.append(stem)
                if end in _A_STEM_CASES:  # "Варни" -> "Варна", "Ушиці" -> "Ушиця" (only a form the index has counts)
                    forms += [stem + "а", stem + "я"]
                if lang == "uk":  # Харкова -> Харків, Києві -> Київ: о/е/є turn to і/ї in the nominative
                    forms += [re.sub(r"[оеє](?=[^оеєаиіуюяї]*$)", r, stem) for r in ("і", "ї")]
                break
    if lang in ("de", "es", "fr", "it", "pt"):
        lemma = _lemma(word, lang)
        if lemma and lemma != word and lemma[:1].isupper():
            forms.append(lemma)
    return list(dict.fromkeys(forms))


# Words a sea's, a gulf's or a lake's name starts with, written in lower case ("la mer Caspienne", "el
# golfo de Vizcaya"): a run starting with one names a feature (data/features_intl.tsv) or nothing.
FEATURE_HEADS = frozenset(fold(w) for w in (
    "mer golfe baie détroit canal océan lac mar golfo bahía baía estrecho estreito océano oceano lago"
    " stretto mare baia oceano").split())


def features_only(found: tuple[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]] | None:
    """``found`` (name, keys) with only the keys of features (``feature:``), or None when none is."""
    keys = tuple(k for k in found[1] if k.startswith("feature:"))
    return (found[0], keys) if keys else None
