"""The pipeline's stages for an article not in English (listed by :func:`geomap.pipeline.stages_for`).

Sentences and resolution are the English ones; names are found by
:class:`geomap.lang.names.NameFinder` (which also gives each name's
candidates: the index says which places a name in another script stands
for), distances by :func:`geomap.lang.relations.find_relations_lang`, and
roles by :func:`geomap.roles.assign_roles` (a place a distance is measured
from is where it happened).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Doc, Mention
from ..organisation_names import begins_organisation
from .names import NameFinder
from .relations import distance_spans, find_relations_lang
from .vague import vague_relations
from .west import generic_head


def _entries(gazetteer, keys: tuple[str, ...]) -> tuple:
    out = []
    for key in keys:
        try:
            out.append(gazetteer.entry(key))
        except KeyError:
            continue
    return tuple(out)


def find_names(doc: Doc, *, gazetteer, lang: str) -> Doc:
    """Names of places in a ``lang`` article, with their candidate entries."""
    finder = NameFinder(lang, gazetteer)
    mentions, cands = [], []
    for s in doc.sentences:
        licences = distance_spans(doc.text, lang, s.start, s.end)
        for match in finder.find(doc.text, s.start, s.end, licences):
            if generic_head(doc.text, match.start, match.end, match.key):
                continue  # "Cabo" of "Cabo de S. Vicente": no name of its own
            entries = _entries(gazetteer, match.keys)
            if entries:
                mentions.append(Mention(doc.text[match.start:match.end], match.start, match.end, "toponym",
                                        match.key, s.index,
                                        organisation=begins_organisation(doc.text, match.start, match.end)))
                cands.append(entries)
    return replace(doc, mentions=tuple(mentions), candidates=tuple(cands), lang=lang)


def read_relations_lang(doc: Doc, *, lang: str) -> Doc:
    """Distance, vague and direction-only statements of a ``lang`` article, anchored on its places."""
    distances = find_relations_lang(doc.text, doc.sentences, doc.mentions, doc.places, lang)
    vague = vague_relations(doc.text, doc.sentences, doc.mentions, doc.places, lang)
    # a direction wording inside a distance statement is part of it ("شرق مدينة اعزاز 10 كم",
    # "в 15\nкилометрах к юго-западу от Дербента" across a line break): not read a second time
    vague = tuple(v for v in vague if not any(d.start < v.end and v.start < d.end for d in distances))
    return replace(doc, relations=tuple(sorted(distances + vague, key=lambda r: r.start)))
