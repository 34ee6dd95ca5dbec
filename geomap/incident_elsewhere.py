"""Rule 2's candidates without the places said to be elsewhere (:mod:`geomap.roles`): a country named only as
visitors' home, a town named only where officials spoke or the injured were taken when an incident statement
locates the event, and a namesake abroad in a story about one country's places (:func:`namesakes_abroad`,
:func:`lone_namesakes`)."""
from __future__ import annotations

from collections import Counter

from .incident import home_or_aftermath, km
from .lazy_re import lazy_compile
from .model import Place, Relation, Sentence
from .vocabulary import BROAD_PLACE_TYPES, COARSE_PLACE_TYPES

_BROAD = BROAD_PLACE_TYPES
_COARSE = COARSE_PLACE_TYPES


def said_elsewhere(text: str, sentences: tuple[Sentence, ...], named: list[Place], statements: bool) -> list[Place]:
    """Rule 2's candidates without the countries (and other broad places) named only as someone's home ("a
    family of Romanian tourists" rescued in Greece) and, when an incident statement locates the event (its zone
    is drawn), without the places named only as where officials spoke or the injured were taken ("the Niamey
    government said", "taken to a hospital in Niamey" for a village 50 km from the Malian border); all of
    ``named`` when nothing else would be left."""
    def passed_over(p: Place) -> bool:  # asked only of the places either rule may drop: most articles, few
        if not statements and p.entry.place_type not in _BROAD:
            return False
        said = [home_or_aftermath(text, sentences[m.sentence], m) for m in p.mentions]
        return (p.entry.place_type in _BROAD and all(home for home, _ in said)) \
            or (statements and all(aftermath for _, aftermath in said))

    kept = [p for p in named if not passed_over(p)] or named
    abroad = namesakes_abroad(text, sentences, kept) | lone_namesakes(kept)
    return [p for p in kept if p.entry.source not in abroad] or kept


ANCHOR_GAP = 40  # characters between a statement's end and its anchor's name ("150 km south of the capital Cairo")
ABROAD_KM = 2000.0  # a town this far from every area the article names lies in another part of the world
SMALL_TOWN = 50_000  # ... and one this small is more likely a namesake of a name the gazetteer lacks there


def namesakes_abroad(text: str, sentences: tuple[Sentence, ...], named: list[Place]) -> set[str]:
    """Source keys of the small towns of ``named`` that lie in another country than, and over
    :data:`ABROAD_KM` from, every country, state or region the article names (not only as people's home:
    "Australian tourists"), when those all lie in one part of the world (within :data:`ABROAD_KM` of each other:
    one country, or neighbours such as Romania's Mures County and Hungary for Maros, South Sulawesi): "Tobago's
    murder toll ... killed four men in Black Rock" (the gazetteer's Black Rocks are in Australia and the US,
    Tobago's is missing), not the site of a story about Tobago; and the cities of any size there named only as
    someone's home (:func:`_home_only`)."""
    areas = [p for p in named if p.entry.place_type in _COARSE and p.entry.country
             and not all(m.kind == "demonym" and home_or_aftermath(text, sentences[m.sentence], m)[0]
                         for m in p.mentions)]  # "Australian tourists": their home, not what the story is about
    if not areas or any(km(a.entry, b.entry) > ABROAD_KM for a in areas for b in areas):
        return set()
    countries = {a.entry.country for a in areas}
    return {p.entry.source for p in named if p.entry.place_type not in _COARSE and p.entry.country not in countries
            and (p.entry.population < SMALL_TOWN or _home_only(text, sentences, p))
            and all(km(p.entry, a.entry) > ABROAD_KM for a in areas)}


def _home_only(text: str, sentences: tuple[Sentence, ...], place: Place) -> bool:
    """True when every mention of ``place`` names someone's home ("Giancarlo Zicari, an engineer from Rome"): a
    visitor's home city abroad, whatever its size, is not where a story about another country happened."""
    return all(home_or_aftermath(text, sentences[m.sentence], m)[0] for m in place.mentions)


LONE_COMPANY = 2  # places of one other country that make a story about that country's places


def lone_namesakes(named: list[Place]) -> set[str]:
    """Source keys of the small towns and provinces that are the only place of their country, over
    :data:`ABROAD_KM` from every other place of an article whose other places (at least :data:`LONE_COMPANY`)
    all lie in one country: "a fire at the Pestana Viking Hotel site in Senhora da Rocha, Lagoa ... Firefighters
    from Lagoa, Portimao, Albufeira and Silves" is not in Uruguay's Rocha department, whatever the headline says."""
    countries = [p.entry.country for p in named]
    if len(set(countries)) != 2 or None in countries:
        return set()
    ranked = Counter(countries).most_common()
    if ranked[-1][1] != 1 or ranked[0][1] < LONE_COMPANY:
        return set()
    lone = next(p for p in named if p.entry.country == ranked[-1][0])
    if lone.entry.place_type in _BROAD or lone.entry.population >= SMALL_TOWN \
            or any(km(lone.entry, p.entry) <= ABROAD_KM for p in named if p is not lone):
        return set()
    return {lone.entry.source}


# "through a wine-growing area north of Sydney", "in a village east of Tripoli": a site the text does not name
UNNAMED_BEFORE = lazy_compile(r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:area|region|village|hamlet|settlement|"
                              r"community|farm|forest|valley|hillside|mountainside|stretch|section)\s+$")
UNNAMED_REACH = 60


def direction_only_anchors(text: str, relations: list[Relation], by_source: dict[str, Place]) -> set[str]:
    """Source keys of the anchors that incident statements give only a direction from, for a site they do not
    name ("travelled through a wine-growing area north of Sydney": Greta, 133 km from Sydney's point), when the
    article names the anchor only in those statements: the event lies away from the anchor, at a distance the
    text does not state, so the anchor is no incident place (the statement's zone is)."""
    kinds: dict[str, list] = {}
    for r in relations:
        kinds.setdefault(r.anchor, []).append(r)
    out = set()
    for a, rs in kinds.items():
        if a not in by_source or any(r.kind != "direction" or r.anchor2 is not None for r in rs):
            continue
        if not all(UNNAMED_BEFORE.search(text, max(0, r.start - UNNAMED_REACH), r.start) for r in rs):
            continue
        if all(any(r.start <= m.start <= r.end + ANCHOR_GAP for r in rs) for m in by_source[a].mentions):
            out.add(a)
    return out
