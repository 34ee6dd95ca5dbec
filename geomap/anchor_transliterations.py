"""The anchor of "15 km to the south of al-Shadadi city" when the gazetteer spells it "Ash Shaddādah".

Arabic place names reach English reports in many transliterations of one name: the article written "al-" or
assimilated to the first letter ("ash-", "as-", "ad-", "ar-", "at-", "az-", "an-"), or "el-"; a doubled letter
written single ("Shadadi", "Shaddadah"); the feminine ending written "-ah", "-a", "-eh", "-e", or an adjective's
"-i"/"-iyah". Where a distance statement's anchor slot (right after "N km <direction> of" / "from" / "off", an
optional "the" between) holds a name opening with such an article that no mention covers, its other spellings are
tried in the gazetteer (the article, at most one doubled letter, the ending) and the first it has becomes a
mention with all its namesakes as candidates, resolved as any mention is. A name none of whose spellings the
gazetteer has adds nothing.
"""
from __future__ import annotations

import re

from .mention_insert import with_anchor_mentions
from .model import Doc
from .names import normalize
from .relation_patterns import statement_ends

_PREPS = ("of", "from", "off", "off of", "out from")
# An Arabic article and one capitalised word: "al-Shadadi", "Ash Shaddadah", "el-Arish", "as-Sukhnah"
_NAME = re.compile(r"\s+(?:the\s+)?(?P<name>(?:[Aa]l|[Ee]l|[Aa](?:sh|th|dh|[dnrstz]))[-\s\u2019']"
                   r"[A-Z][a-z\u00c0-\u024f\u1e00-\u1eff]{2,})(?![\w'\u2019-])")
_ARTICLE = re.compile(r"(?:al|el|ash|ath|adh|a[dnrstz])\s+")
# The sun letters that assimilate the article ("ash-Sham", "ar-Raqqah"), longest first
_SUN = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_ENDINGS = ("iyah", "iyeh", "iya", "ah", "eh", "a", "e", "i", "y")
_VOWELS = set("aeiou")


def _core_forms(core: str) -> list[str]:
    """The ways of writing ``core`` (normalised, article off): its stem with at most one letter doubled, then
    each ending.

    >>> "shaddadah" in _core_forms("shadadi"), "shadadi" in _core_forms("shaddadah")
    (True, True)
    """
    stem = re.sub(r"(.)\1", r"\1", core)
    for ending in _ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            stem = stem[: -len(ending)]
            break
    stems = [stem] + [stem[:j + 1] + stem[j] + stem[j + 1:] for j in range(1, len(stem))
                      if stem[j] not in _VOWELS and stem[j - 1] != stem[j]]
    return [s + e for s in stems for e in ("", *_ENDINGS)]


def variant_keys(name: str) -> list[str]:
    """Gazetteer keys ``name`` (an article and a word) may be written as, the article's assimilated form first.

    >>> "ash shaddadah" in variant_keys("al-Shadadi"), variant_keys("al-Shadadi")[0]
    (True, 'ash shadad')
    """
    words = normalize(name)
    article = _ARTICLE.match(words)
    core = words[article.end():] if article else words
    sun = next((s for s in _SUN if core.startswith(s)), None)
    articles = [f"a{sun}"] if sun else []
    articles += [a for a in ("al", "el") if a not in articles]
    forms = _core_forms(core)
    return [f"{a} {f}" for a in articles for f in forms] + forms


def transliteration_anchor_mentions(doc: Doc) -> Doc:
    """``doc`` with a mention for each statement's anchor written in another transliteration than the
    gazetteer's ("al-Shadadi": Ash Shaddādah); unchanged otherwise (and at once when the text has no distance
    statement: :func:`geomap.relation_patterns.statement_ends` is the cached scan)."""
    named = [m for end in statement_ends(doc.text, _PREPS) if (m := _NAME.match(doc.text, end))]
    if not named:
        return doc
    from .gazetteer import default_gazetteer

    gazetteer = default_gazetteer()

    def find(m: re.Match) -> tuple[int, int, str, tuple] | None:
        key = next((k for k in variant_keys(m.group("name")) if gazetteer.has(k)), None)
        return None if key is None else (*m.span("name"), key, tuple(gazetteer.lookup(key)))

    return with_anchor_mentions(doc, named, find)
