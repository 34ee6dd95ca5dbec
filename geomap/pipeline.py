"""The core: article text -> :class:`~geomap.model.Doc` -> GeoJSON FeatureCollection.

Like a spaCy pipeline: one document object and an ordered list of stages, each a
pure function ``Doc -> Doc`` that fills in its part; :func:`extract` is a fold
over them. The stages, in order:

    split_into_sentences -> find_place_mentions (or given_spans) -> look_up_candidates
    -> ask_online (only with an online geocoder) -> resolve_places -> read_relations
    -> assign_incident_roles -> check_described_places -> warn_ambiguous_incident
    -> warn_unknown_locality

Articles in another language (:func:`geomap.lang.detect_language`) swap the
mention and relation stages for :mod:`geomap.lang.stages` (:func:`stages_for`);
English keeps exactly these.

Stages that need the gazetteer or a geocoder take it as a keyword argument and
are bound with :func:`functools.partial` by :func:`default_stages`; swapping
one stage (given spans for evaluation, say) is replacing one item of the list.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial, reduce

from .described_places import check_described_places
from .relations import find_relations
from .anchor_towns import town_anchor_candidates
from .confidence import warn_ambiguous_incident
from .dateline_newsroom import warn_unknown_locality
from .feature_collection import to_feature_collection
from .fuzzy_anchors import spelt_anchor_mentions
from .gazetteer import Gazetteer, default_gazetteer
from .incident import incident_scores
from .mentions import find_mentions
from .named_after_anchors import named_after_anchor_mentions
from .model import Doc, Mention, Warning_
from .resolve import candidates, resolve
from .roles import assign_roles
from .text import sentence_at, split_sentences

Stage = Callable[[Doc], Doc]


def split_into_sentences(doc: Doc) -> Doc:
    return replace(doc, sentences=split_sentences(doc.text))


def find_place_mentions(doc: Doc, *, gazetteer: Gazetteer, unknown: bool = False) -> Doc:
    """Names of places in the text; with ``unknown``, also names only an online geocoder may know."""
    if not doc.sentences:
        return doc
    return replace(doc, mentions=find_mentions(doc.text, doc.sentences, gazetteer, unknown=unknown))


def given_spans(doc: Doc, *, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> Doc:
    """The mentions are exactly these spans (evaluation with gold spans); the names the
    finder sees become context for resolution."""
    from .span_mentions import mention_for_span  # evaluation only: not loaded by `geomap map`

    found = find_mentions(doc.text, doc.sentences, gazetteer) if doc.sentences else ()
    given = tuple(mention_for_span(doc.text, start, end, gazetteer,
                                   sentence_at(doc.sentences, start).index if doc.sentences else 0)
                  for start, end in spans)
    return replace(doc, mentions=given, context=found)


def look_up_candidates(doc: Doc, *, gazetteer: Gazetteer) -> Doc:
    """The gazetteer's entries for each mention (and each context mention)."""
    return replace(doc, candidates=tuple(tuple(candidates(m, gazetteer)) for m in doc.mentions),
                   context_candidates=tuple(tuple(candidates(m, gazetteer)) for m in doc.context))


def _wants_online(mention: Mention, found: tuple, mode: str) -> bool:
    return mention.kind in ("toponym", "unknown") and (mode == "online-first" or not found)


def ask_online(doc: Doc, *, online) -> Doc:
    """Candidates from an online geocoder (:class:`geomap.geocoding.OnlineGeocoder`).

    Offline-first (the default) asks only for names the gazetteer cannot place;
    online-first asks for every name. When the service fails and the user
    allowed falling back, the failure is a warning of this stage and the rest
    of the names keep their offline candidates; otherwise the error propagates.
    """
    from .errors import GeocodingError

    cands = list(doc.candidates)
    for i, mention in enumerate(doc.mentions):
        if not _wants_online(mention, cands[i], online.settings.mode):
            continue
        try:
            answer = online.entries(mention.text)
        except GeocodingError as exc:
            if online.settings.on_error != "offline":
                raise
            failed = Warning_("online_failed", f"{exc}; falling back to the offline gazetteer")
            return replace(doc, candidates=tuple(cands), warnings=doc.warnings + (failed,))
        if answer:
            cands[i] = tuple(answer)
    return replace(doc, candidates=tuple(cands))


def resolve_places(doc: Doc, *, gazetteer: Gazetteer) -> Doc:
    """One place per entry chosen, the whole document as context; unplaced names are warnings."""
    places, warnings = resolve(doc.mentions, doc.candidates, gazetteer, doc.text, context=doc.context_candidates)
    return replace(doc, places=places, warnings=doc.warnings + warnings)


def read_relations(doc: Doc) -> Doc:
    """Distances, directions, vague terms and "between" statements, anchored on places."""
    if not doc.sentences:
        return doc
    relations, warnings = find_relations(doc.text, doc.sentences, doc.mentions, doc.places)
    return replace(doc, relations=relations, warnings=doc.warnings + warnings)


def assign_incident_roles(doc: Doc) -> Doc:
    """Which places are where it happened ("incident") and which are mentioned ("context");
    the places' incident scores are kept on the doc for :func:`warn_ambiguous_incident`."""
    scores = incident_scores(doc.text, doc.sentences, doc.places) if doc.places else {}
    places = assign_roles(doc.text, doc.sentences, doc.places, doc.relations, scores)
    return replace(doc, places=places, incident_scores=tuple(scores.items()))


def toponym_stages(gazetteer: Gazetteer, online=None) -> list[Stage]:
    """Sentences, mentions, candidates (online too, when given), resolution: places and nothing more."""
    stages = [split_into_sentences,
              partial(find_place_mentions, gazetteer=gazetteer, unknown=online is not None),
              partial(look_up_candidates, gazetteer=gazetteer),
              partial(spelt_anchor_mentions, gazetteer=gazetteer),
              partial(named_after_anchor_mentions, gazetteer=gazetteer), town_anchor_candidates]
    if online is not None:
        stages.append(partial(ask_online, online=online))
    return stages + [partial(resolve_places, gazetteer=gazetteer)]


def default_stages(gazetteer: Gazetteer, online=None) -> list[Stage]:
    """Every stage, in order, bound to ``gazetteer`` (and ``online``)."""
    return toponym_stages(gazetteer, online) + [read_relations, assign_incident_roles, check_described_places,
                                                warn_ambiguous_incident,
                                                warn_unknown_locality]


def article_language(text: str, lang: str | None = None) -> str:
    """``lang`` when given (and not "auto"), else the detected language of ``text`` (``--lang`` wins)."""
    from .lang import detect_language

    return lang if lang and lang != "auto" else detect_language(text)


def toponym_stages_for(text: str, gazetteer: Gazetteer, online=None, lang: str | None = None) -> list[Stage]:
    """:func:`toponym_stages` for ``text``'s language (``lang`` when given): places and nothing more."""
    from .lang.lexicon import LANGS

    lang = article_language(text, lang)
    if lang not in LANGS:
        return toponym_stages(gazetteer, online)
    from .lang.stages import find_names

    stages = [split_into_sentences, partial(find_names, gazetteer=gazetteer, lang=lang)]
    if online is not None:
        stages.append(partial(ask_online, online=online))
    return stages + [partial(resolve_places, gazetteer=gazetteer)]


def stages_for(text: str, gazetteer: Gazetteer, online=None, lang: str | None = None) -> list[Stage]:
    """The stages for ``text``'s language (``lang`` when given, else detected): :func:`default_stages`
    for English (and any language geomap has no words for); for the others, names and distances
    from :mod:`geomap.lang.stages`."""
    from .lang.lexicon import LANGS

    lang = article_language(text, lang)
    if lang not in LANGS:
        return default_stages(gazetteer, online)
    from .lang.stages import read_relations_lang

    return toponym_stages_for(text, gazetteer, online, lang) + [
        partial(read_relations_lang, lang=lang), assign_incident_roles, check_described_places,
        warn_ambiguous_incident,
        warn_unknown_locality]


def extract(text: str, gazetteer: Gazetteer | None = None, online=None,
            stages: Sequence[Stage] | None = None) -> Doc:
    """Run the stages (by default :func:`default_stages`) over an article's text.

    >>> doc = extract("Two bombs went off in Kerman, Iran.")
    >>> [p.entry.name for p in doc.places], [m.text for m in doc.mentions]
    (['Kerman', 'Iran'], ['Kerman', 'Iran'])
    """
    if stages is None:
        stages = stages_for(text, gazetteer or default_gazetteer(), online)
    return reduce(lambda doc, stage: stage(doc), stages, Doc(text))


def geoparse(text: str, name: str = "article", gazetteer: Gazetteer | None = None,
             vague_table: dict | None = None, online=None) -> dict:
    """Article text -> the GeoJSON FeatureCollection (the contract every output renders from).

    >>> fc = geoparse("Two bombs went off in Kerman, Iran.")
    >>> [(f["properties"]["kind"], f["properties"]["name"], f["properties"]["role"]) for f in fc["features"]]
    [('place', 'Kerman', 'incident'), ('place', 'Iran', 'context'), ('area', 'Iran', 'context')]
    """
    fc = to_feature_collection(extract(text, gazetteer, online), name, vague_table)
    if online is not None and any(f["properties"]["id"].startswith(online.name + ":") for f in fc["features"]):
        fc["geomap"]["attribution"].append(online.attribution)
    return fc
