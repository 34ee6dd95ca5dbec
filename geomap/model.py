"""Plain, frozen data passed between the pipeline's stages.

    text -> Sentence -> Mention -> candidate Entry -> Place (resolved) -> Relation -> features (GeoJSON)

A :class:`Doc` carries them all from stage to stage (see :mod:`geomap.pipeline`).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article: ``text[start:end]``, on line ``line`` (1-based; never two lines)."""

    index: int
    start: int
    end: int
    line: int = 1


@dataclass(frozen=True)
class Mention:
    """A span of the article that names a place.

    ``kind`` is ``"toponym"`` (a name from the gazetteer), ``"abbreviation"``
    (a dotted one: "W.Va.", "U.S."), ``"demonym"`` ("Iranian" for Iran) or
    ``"landmark"`` (an alias of a curated landmark).
    ``key`` is the normalised name looked up in the gazetteer, or the
    curated entry's key for landmarks and aliases.
    ``inner`` is set only for a given span that names no place as a whole but
    contains one ("Dubai" in "Dubai World Cup", see
    :func:`geomap.span_mentions.inner_mention`): the offsets of that contained
    name, which ``key`` then looks up.
    ``organisation`` is set by the mention finders when the mention begins the name of
    a newspaper, a team, a party, a company or an armed force ("New York Times",
    "Texas Rangers": :func:`geomap.organisation_names.begins_organisation`).
    """

    text: str
    start: int
    end: int
    kind: str
    key: str
    sentence: int
    inner: tuple[int, int] | None = field(default=None, repr=False)  # shown only where set: see evidence
    organisation: bool = field(default=False, repr=False)


@dataclass(frozen=True)
class Entry:
    """One gazetteer record (GeoNames, curated or user-supplied)."""

    source: str
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    population: int
    place_type: str
    uncertainty_m: float  # metres within which the place lies (the gazetteer file's radius_m column)
    note: str = ""
    container: str | None = None
    # Names of the country and of the first- and second-level divisions holding the place
    # (None where the gazetteer does not know them; never guessed).
    country_name: str | None = None
    admin1_name: str | None = None
    admin2_name: str | None = None


@dataclass(frozen=True)
class Place:
    """A resolved place: the entry chosen for a group of mentions."""

    entry: Entry
    mentions: tuple[Mention, ...]
    role: str = "context"
    alternatives: int = 0


@dataclass(frozen=True)
class Relation:
    """Where the text puts something relative to an anchor place.

    ``kind`` is ``"distance"`` ("700 meters from X", maybe with a direction:
    "30 km north-west of X"), ``"direction"`` ("north of X"), ``"vague"``
    ("near X", "on the outskirts of X", "just outside X", "in the east of
    X": ``term`` says which) or ``"between"`` ("between X and Y", the
    second anchor in ``anchor2``). Distances are in metres;
    ``inner_m``/``outer_m`` bound what the wording allows for distance
    statements and are 0 for the others (their size comes from the anchor,
    see :mod:`geomap.zone_sizes`). ``bearing_deg`` is ``None`` when no
    direction is given. ``anchor`` is the anchor place's source key.
    """

    anchor: str
    anchor_text: str
    distance_m: float | None
    inner_m: float
    outer_m: float
    bearing_deg: float | None
    bearing_halfwidth_deg: float | None
    qualifier: str | None
    text: str
    start: int
    end: int
    sentence: int
    label: str | None = None
    elliptical: bool = False
    relative_time: str | None = None
    kind: str = "distance"
    term: str | None = None
    anchor2: str | None = None
    anchor2_text: str | None = None
    role: str = "incident"  # "context": it locates something other than the event (see geomap.relation_context)
    role_reason: str | None = None
    line: str | None = None  # "coast" or "border": the anchor is that line of the country (geomap.line_bands);
    # "boundary": a state's or province's line with its neighbours (geomap.division_lines)
    line_with: str | None = None  # a border's other side (ISO code) when the text says which; None: all its borders


@dataclass(frozen=True)
class Warning_:
    """Something the pipeline could not do, kept in the output."""

    code: str
    message: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Doc:
    """An article as it goes through the pipeline: each stage returns a new Doc with its part filled.

    ``candidates[i]`` are the entries ``mentions[i]`` may stand for;
    ``context`` are mentions found in the text that are not themselves
    output (when the spans are given, e.g. for evaluation) but whose
    candidates (``context_candidates``) count as evidence in resolution.
    ``lang`` is the article's language (ISO 639-1) as the stages read it.
    ``incident_scores`` are each place's incident score (by source key, from
    :func:`geomap.incident.incident_scores`), computed once by the roles stage
    and reused by the ambiguity warning.
    """

    text: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    candidates: tuple[tuple[Entry, ...], ...] = ()
    context: tuple[Mention, ...] = ()
    context_candidates: tuple[tuple[Entry, ...], ...] = ()
    places: tuple[Place, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[Warning_, ...] = field(default_factory=tuple)
    lang: str = "en"
    incident_scores: tuple[tuple[str, float], ...] = ()

