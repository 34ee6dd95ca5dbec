"""Mentions for spans someone else found (gold spans in evaluation, a user's NER): what kind each is."""
from __future__ import annotations

from .gazetteer import Gazetteer
from .model import Mention
from .names import normalize


def mention_for_span(text: str, start: int, end: int, gazetteer: Gazetteer, sentence: int = 0) -> Mention:
    """The mention ``text[start:end]`` as the gazetteer would look it up.

    A dotted abbreviation ("W.Va.") and a demonym ("Iranian") are looked up as
    such; a possessive "'s" and a leading "the" the gazetteer does not know
    are dropped from the key.

    >>> from geomap.gazetteer import default_gazetteer
    >>> m = mention_for_span("Iranian forces in the Red Sea", 0, 7, default_gazetteer())
    >>> m.kind, m.key
    ('demonym', 'iranian')
    """
    name = text[start:end]
    key = normalize(name)
    if key.endswith("'s"):
        key = key[:-2]
    kind = "toponym"
    if gazetteer.abbreviated(key) and "." in name:
        kind = "abbreviation"
    elif key in gazetteer.demonyms:
        kind = "demonym"
    elif not gazetteer.has(key) and key.startswith("the ") and gazetteer.has(key[4:]):
        key = key[4:]
    return Mention(name, start, end, kind, key, sentence)
