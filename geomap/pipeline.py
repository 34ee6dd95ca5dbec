"""The whole core: text -> FeatureCollection, as pure functions."""
from __future__ import annotations

from .distances import find_relations
from .features import to_feature_collection
from .gazetteer import Gazetteer, default_gazetteer
from .mentions import find_mentions
from .model import Extraction, Warning_
from .resolve import resolve
from .roles import assign_roles
from .text import split_sentences


def extract(text: str, gazetteer: Gazetteer | None = None, online=None) -> Extraction:
    """Run the pipeline's stages on an article's text.

    ``online``: an optional :class:`geomap.geocoding.OnlineGeocoder`; names
    after "in", "at", "near" ... that the gazetteer lacks are then asked online.
    """
    g = gazetteer or default_gazetteer()
    sentences = split_sentences(text)
    if not sentences:
        return Extraction(text, sentences, (), ())
    mentions = find_mentions(text, sentences, g, unknown=online is not None)
    places, warnings = resolve(mentions, g, text, online)
    if online is not None and online.failures:
        warnings += tuple(Warning_("online_failed", f) for f in online.failures)
    relations, rel_warnings = find_relations(text, sentences, mentions, places)
    places = assign_roles(text, sentences, places, relations)
    return Extraction(text, sentences, places, relations, warnings + rel_warnings)


def geoparse(text: str, name: str = "article", gazetteer: Gazetteer | None = None,
             vague_table: dict | None = None, online=None) -> dict:
    """Article text -> the GeoJSON FeatureCollection (the contract every output renders from).

    >>> fc = geoparse("Two bombs went off in Kerman, Iran.")
    >>> [(f["properties"]["name"], f["properties"]["role"]) for f in fc["features"]]
    [('Kerman', 'incident'), ('Iran', 'context')]
    """
    fc = to_feature_collection(extract(text, gazetteer, online), name, vague_table)
    if online is not None and any(f["properties"]["id"].startswith(online.name + ":") for f in fc["features"]):
        fc["geomap"]["attribution"].append(online.attribution)
    return fc
