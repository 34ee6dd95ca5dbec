"""Choose one gazetteer entry per mention, using the whole document.

Each candidate's score is the sum of:

* a prior: log10 of population, plus a bonus for countries and continents
  (a country is meant more often than a same-named town);
* a bonus when the candidate lies in a country, or a state/province, that
  the article names unambiguously (directly, by demonym, or through a place
  that exists in one country only);
* a large bonus when the text pins it: "Paris, Texas", "Alexandria, La.";
* the country and state bonuses too for a US time zone after a clock time
  ("at 11:50 PM CDT": the US, a Central-time state; :mod:`geomap.time_zones`);
* a bonus when it lies within 200 km of the places already resolved with
  confidence (local news stays local);
* a bonus for each other name of the article that could lie in the same
  state or province ("Gainesville ... Hall County ... Georgia": only Georgia,
  US, holds all three), unless a country or national capital bears the name;
  a name backs a state only through a sense of similar prominence to its
  main one (:mod:`geomap.support`), and a large city does not name its state.

With ``data/ranker.tsv`` present (written by ``scripts/train_ranker.py``), a second pass
scores the candidates with the learned weights of :mod:`geomap.ranker` instead.

A city that bears the name of its own division ("Kerman" in Kerman
province, "New York", "Raipur" in Raipur district) is preferred to the
division when it is a large city. A post-office hamlet is a candidate with its
state, but the weakest sense of a name (:mod:`geomap.hamlet_senses`).
"""
from __future__ import annotations

import math
from collections import Counter

from .feature_store import FEATURE_PREFIX
from .gazetteer import Gazetteer
from .model import Entry, Mention, Place, Warning_
from .names import normalize
from .list_coherence import coherent
from .near_index import NearIndex
from .hamlet_senses import populated_senses, prefer_city_to_hamlet
from .state_names import prefer_state
from .own_names import prefer_own_name, prefer_town
from .support import division_support, names_its_state, state_pinned
from .discourse import bare_counties, pinned_elsewhere
from .division_cues import division_named
from .foreign_namesakes import (drop_foreign_villages, prefer_home_namesakes,
                               prefer_named_country_province)
from .region_namesakes import stated_places
from .pins import pinned_in, same_pin, text_pins
from .agency_states import agency_states
from .time_zones import zone_cues

COUNTRY_BONUS = 3.0
# However often the article names a country, being in it is worth at most this much:
# a hamlet in the right country must not beat a world city or a country of the same name.
COUNTRY_BONUS_CAP = 4.0
ADMIN1_BONUS = 2.0
PINNED_BONUS = 20.0
NEARBY_BONUS = 2.5
SUPPORT_BONUS = 1.0
# Curated seas, regions and landmarks carry no population: their prior is
# that of a large place, so a same-named hamlet does not beat them.
TYPE_BONUS = {"country": 4.0, "continent": 4.0, "capital": 1.5, "sea": 6.0, "ocean": 6.0, "region": 6.0,
              "strait": 5.0, "canal": 5.0, "landmark": 5.0}
# Islands, lakes, airports ... (geomap.feature_store): below any populated place (whose prior is
# at least 1), so a feature never takes a town's or a country's name unless the document supports it.
FEATURE_PRIOR = 0.5
NAMESAKE_CITY_MIN_POPULATION = 100_000
LOCAL_TYPES = ("city", "capital", "admin2", "landmark")


def candidates(mention: Mention, gazetteer: Gazetteer) -> list[Entry]:
    """Gazetteer entries a mention may stand for, best first by prior (none for "unknown" names).

    Online look-up is a stage of its own (:func:`geomap.pipeline.ask_online`).
    """
    if mention.kind == "unknown":
        return []
    if mention.kind == "landmark":
        return [gazetteer.entry(mention.key)]
    if mention.kind == "demonym":
        return [gazetteer.entry(gazetteer.demonyms[mention.key])]
    if mention.kind == "abbreviation":
        return gazetteer.abbreviated(mention.key)
    if mention.kind == "reference":
        return []  # "the capital": resolved from the document's country in resolve()
    return gazetteer.lookup(mention.key)


def prior(entry: Entry) -> float:
    """Context-free score: population and type.

    >>> from geomap.model import Entry
    >>> prior(Entry("a", "Georgia", 42, 43.5, "GE", None, 3_700_000, "country", 1)) > \\
    ...     prior(Entry("b", "Georgia", 32.7, -83.5, "US", "GA", 9_900_000, "admin1", 1))
    True
    """
    if entry.source.startswith(FEATURE_PREFIX):
        return FEATURE_PRIOR
    return math.log10(max(entry.population, 0) + 10) + TYPE_BONUS.get(entry.place_type, 0.0)


def rank(entries: list[Entry], written: str | None = None) -> list[Entry]:
    """Candidates best first with no document context (what ``geomap geocode`` prints).

    ``written``: the name asked for, so a place bearing it comes before one that only lists it
    among its alternate names (:func:`geomap.own_names.prefer_own_name`).
    """
    if not entries:
        return []
    best = choose(entries, Counter(), Counter(), written=normalize(written) if written else None)
    rest = sorted((e for e in entries if e is not best), key=lambda e: (-prior(e), entries.index(e)))
    return [best, *rest]


def document_countries(cands: list[list[Entry]]) -> Counter:
    """Countries the document names: unambiguously (every candidate in one country), or by a name
    whose most prominent sense is the country itself and every other sense abroad a small town
    ("Colombia", though towns of Cuba and Brazil bear the name; not "Georgia", a US state too), so a
    namesake in the country the article is about wins."""
    counts: Counter = Counter()
    for entries in map(populated_senses, cands):
        countries = {e.country for e in entries}
        if len(countries) == 1 and entries[0].country:
            counts[entries[0].country] += 1
        elif len(entries) > 1:
            top = max(entries, key=prior)
            if top.place_type == "country" and top.country and all(
                    e.country == top.country or (e.place_type not in ("admin1", "country", "capital")
                                                 and e.population < NAMESAKE_CITY_MIN_POPULATION)
                    for e in entries):
                counts[top.country] += 1
    return counts


def document_admin1(cands: list[list[Entry]], countries: Counter | None = None) -> Counter:
    """States/provinces the document names, as (country, code): unambiguously (every candidate in
    one), or by a name whose most prominent sense is the province, none of its other senses in it
    ("Ontario": the province, not the towns of California and Oregon) and no other province of that
    name in a country the document names (``countries``: "Northern Region" in a story about Ghana does
    not name Uganda's). A large city does not name its state for the other names
    (:func:`geomap.support.names_its_state`)."""
    counts: Counter = Counter()
    for entries in map(populated_senses, cands):
        divisions = {(e.country, e.admin1) for e in entries}
        if len(divisions) == 1 and entries[0].admin1 and names_its_state(entries, NAMESAKE_CITY_MIN_POPULATION):
            counts[(entries[0].country, entries[0].admin1)] += 1
        elif len(entries) > 1:  # "Ontario": the province, above the towns of other provinces bearing its name
            top = max(entries, key=prior)
            if top.place_type == "admin1" and top.admin1 and not any(
                    e is not top and (e.country, e.admin1) == (top.country, top.admin1) for e in entries) \
                    and not (countries and top.country not in countries and any(
                        e.place_type == "admin1" and countries.get(e.country) for e in entries)):
                counts[(top.country, top.admin1)] += 1
    return counts


def score(entry: Entry, countries: Counter, admin1s: Counter | None = None) -> float:
    """Document-aware score of one candidate (higher is better).

    >>> from geomap.model import Entry
    >>> ir = Entry("geonames:128234", "Kerman", 30.28, 57.08, "IR", "29", 577514, "city", 8600)
    >>> us = Entry("geonames:5362909", "Kerman", 36.72, -120.06, "US", "CA", 14475, "city", 2000)
    >>> score(ir, Counter({"IR": 3})) > score(us, Counter({"IR": 3}))
    True
    >>> score(us, Counter({"US": 2})) > score(ir, Counter({"US": 2}))
    True
    """
    s = prior(entry)
    if entry.country and countries.get(entry.country):
        s += min(COUNTRY_BONUS * (1 + min(countries[entry.country], 3) / 3), COUNTRY_BONUS_CAP)
    if admin1s and entry.admin1 and admin1s.get((entry.country, entry.admin1)):
        s += ADMIN1_BONUS * (1 + min(admin1s[(entry.country, entry.admin1)], 3) / 3)
    return s


def _signals(options: list[Entry], countries: Counter, admin1s: Counter, pinned_by, anchors, support):
    """Per candidate: the hand score, and the division support, pin and nearness behind it."""
    name = frozenset(e.source for e in options)
    if any(e.place_type in ("country", "continent", "capital") for e in options):
        support = None  # a country or a capital of this name is not outvoted by local co-occurrence
    hand, backing, pinned, near = [], [], [], []
    for e in options:
        names = support.get((e.country, e.admin1), ()) if support and e.admin1 else ()
        backing.append(min(len(names) - (name in names), 3) if names else 0)
        pinned.append(bool(pinned_by and pinned_in(e, pinned_by)))
        near.append(bool(anchors and e.place_type in LOCAL_TYPES and anchors.near(e)))
        hand.append(score(e, countries, admin1s) + SUPPORT_BONUS * backing[-1] + PINNED_BONUS * pinned[-1]
                    + NEARBY_BONUS * near[-1])
    return hand, backing, pinned, near


def choose(options: list[Entry], countries: Counter, admin1s: Counter, pinned_by: list[Entry] | None = None,
           anchors=(), support: dict | None = None, model: tuple | None = None,
           context: dict | None = None, written: str | None = None) -> Entry:
    """The best candidate under the document's evidence.

    ``anchors``: confident places (a list of entries, or a :class:`NearIndex` of them).
    ``model``: learned weights (:mod:`geomap.ranker`) scoring the candidates instead of the
    hand score, with ``context`` the ranker's view of the document. ``written``: the name as
    written (normalised), so a place bearing it beats an alternate-name-only match of a place of
    similar size (:func:`geomap.own_names.prefer_own_name`).
    """
    if anchors and not isinstance(anchors, NearIndex):
        anchors = NearIndex(anchors)
    if model is not None and context is not None:
        from .ranker import linear

        totals = [linear(model, row) for row in candidate_rows(options, countries, admin1s, pinned_by, anchors,
                                                                support, context)]
    else:
        totals = _signals(options, countries, admin1s, pinned_by, anchors, support)[0]

    def state_named(e: Entry) -> bool:  # the document names its state or pins it there
        return bool(admin1s.get((e.country, e.admin1)) or (pinned_by and pinned_in(e, pinned_by)))

    def backed(e: Entry) -> bool:  # the same, or the document names its country
        return bool(countries.get(e.country)) or state_named(e)

    best = max(range(len(options)), key=lambda i: (totals[i], -i))
    best = prefer_town(prefer_own_name(best, options, totals, prior, written, backed), options, totals, written,
                       state_named, lambda e: state_pinned(e, pinned_by))
    best = prefer_state(best, options, written, lambda e: bool(pinned_by) and pinned_in(e, pinned_by))
    best = prefer_city_to_hamlet(best, options, lambda e: bool(pinned_by) and pinned_in(e, pinned_by),
                                 lambda e: bool(anchors) and anchors.near(e) or _near_names(e, context))
    # "Diyarbakir province": the text says which sense, not prefer_city; "Central Province" in Papua New Guinea
    best = division_named(context.get("cue") if context else None, prefer_city(options[best], options), options, totals)
    return prefer_named_country_province(best, options, countries)


def _near_names(e: Entry, context: dict | None) -> bool:
    """Whether another name of the document has a candidate near ``e`` (the ranker's ``near_names``)."""
    return bool(context) and "picks" in context and context["picks"].near_names(context["key"], e) > 0


def candidate_rows(options: list[Entry], countries: Counter, admin1s: Counter, pinned_by, anchors, support,
                   context: dict) -> list[list[float]]:
    """The learned ranker's feature rows (:func:`geomap.ranker.feature_rows`) for ``options``."""
    from .ranker import feature_rows

    if anchors and not isinstance(anchors, NearIndex):
        anchors = NearIndex(anchors)
    hand, backing, pinned, near = _signals(options, countries, admin1s, pinned_by, anchors, support)
    ctx = {**context, "prior": [prior(e) for e in options], "countries": countries, "admin1s": admin1s,
           "support": backing, "pinned": pinned, "near": near}
    return feature_rows(options, hand, ctx)


def prefer_city(best: Entry, options: list[Entry]) -> Entry:
    """"Raipur": the large city, not the district or state named after it."""
    if best.place_type in ("admin1", "admin2"):
        for e in options:
            if e.place_type in ("city", "capital") and e.country == best.country and e.admin1 == best.admin1 \
                    and e.population >= NAMESAKE_CITY_MIN_POPULATION:
                return e
    return best


def _evidence(mentions: list[Mention], cands: list[list[Entry]], text: str | None, context) -> dict:
    """What the document says about every mention: named countries and states, pins, support."""
    evidence = list(cands) + list(context)
    countries = document_countries(evidence)
    admin1s = document_admin1(evidence, countries)
    if text is not None:  # "at 11:50 PM CDT": the US, a Central-time state (geomap.time_zones)
        zone_countries, zone_states = zone_cues(text)
        agencies = agency_states(text)  # "Georgia Bureau of Investigation": the article is in Georgia
        countries, admin1s = countries + zone_countries, admin1s + zone_states + agencies
    keys = [tuple(e.source for e in opts) for opts in cands]
    return {"countries": countries, "admin1s": admin1s, "pins": same_pin(text_pins(text, mentions, cands), keys),
            "support": division_support(evidence, prior), "keys": keys, "written": written_names(mentions)}


def written_names(mentions: list[Mention]) -> list[str | None]:
    """Each mention's name as written and looked up (None for demonyms, abbreviations ...)."""
    return [m.key if m.kind == "toponym" else None for m in mentions]


def _first_pass(ev: dict, cands: list[list[Entry]]) -> tuple[list, NearIndex]:
    """Hand-score picks with no anchors, and the confident ones among them as anchors."""
    memo: dict[tuple, Entry] = {}
    first = []
    for i, opts in enumerate(cands):
        pin = ev["pins"].get(i)
        key = (ev["keys"][i], tuple(e.source for e in pin) if pin else None, ev["written"][i])
        if opts and key not in memo:
            memo[key] = choose(opts, ev["countries"], ev["admin1s"], pin, (), ev["support"], written=ev["written"][i])
        first.append(memo[key] if opts else None)
    first = pinned_elsewhere(first, cands, ev["pins"])
    # Confident places: the only candidate, or pinned by the text.
    anchors = NearIndex(e for i, (e, opts) in enumerate(zip(first, cands))
                        if e is not None and (len(populated_senses(opts)) == 1 or i in ev["pins"])
                        and e.place_type in LOCAL_TYPES)
    return first, anchors


def resolve_candidates(mentions: list[Mention], cands: list[list[Entry]], text: str | None = None,
                       context: list[list[Entry]] = (), model: tuple | None = None) -> list[Entry | None]:
    """One entry (or None) per mention; ``context`` adds other candidate lists as evidence.

    Mentions with the same candidates and the same pin get the same answer,
    which is computed once. A first pass picks with the hand score; a second
    re-picks with the places it found as anchors, and with the learned
    ``model`` (default: ``data/ranker.tsv`` when present; ``()``: none) when there is one.
    """
    from .ranker import document_view, load_weights

    model = load_weights() if model is None else (model or None)
    ev = _evidence(mentions, cands, text, context)
    first, anchors = _first_pass(ev, cands)
    if not anchors and model is None:
        return stated_places(mentions, bare_counties(first, cands, ev["written"]), cands, text)
    view = document_view(mentions, ev["keys"], first, text, cands) if model is not None else None
    memo: dict[tuple, Entry] = {}
    out = []
    for i, opts in enumerate(cands):
        if not opts or len(opts) == 1:
            out.append(first[i])
            continue
        pin = ev["pins"].get(i)
        ctx = view(i) if view else None
        key = (ev["keys"][i], tuple(e.source for e in pin) if pin else None, ctx and (ctx["name"], ctx["cue"]),
               ev["written"][i])
        if key not in memo:
            memo[key] = choose(opts, ev["countries"], ev["admin1s"], pin, anchors, ev["support"], model, ctx,
                               ev["written"][i])
        out.append(memo[key])
    out = bare_counties(pinned_elsewhere(out, cands, ev["pins"]), cands, ev["written"])
    out = stated_places(mentions, out, cands, text)  # "the Salvadoran municipality of Nejapa"; "Alcudia, Granada"
    out = prefer_home_namesakes(mentions, out, cands, ev["countries"], text)  # "HAVANA ... the eastern city of Santiago"
    return drop_foreign_villages(out, cands, ev["countries"])


def ranker_rows(mentions: list[Mention], cands: list[list[Entry]], text: str | None = None,
                context: list[list[Entry]] = ()) -> tuple[list, list]:
    """For training the ranker: the first picks, and per mention with several candidates
    its feature rows in the second pass (None for the others)."""
    from .ranker import document_view

    ev = _evidence(mentions, cands, text, context)
    first, anchors = _first_pass(ev, cands)
    view = document_view(mentions, ev["keys"], first, text, cands)
    rows = [candidate_rows(opts, ev["countries"], ev["admin1s"], ev["pins"].get(i), anchors, ev["support"], view(i))
            if len(opts) > 1 else None for i, opts in enumerate(cands)]
    return first, rows


def _with_capital(mentions, cands: list[list[Entry]], gazetteer: Gazetteer) -> list[list[Entry]]:
    """"The capital" stands for the capital of the country the article names most; "Iraq's capital"
    (key ``capital:IQ``) for that country's."""
    if not any(m.kind == "reference" for m in mentions):
        return cands
    countries = document_countries(cands)
    top = max(sorted(countries), key=lambda c: countries[c]) if countries else None

    def capital(m):
        code = m.key.partition(":")[2] or top
        return gazetteer.capital_of(code) if code else None

    return [[cap] if m.kind == "reference" and (cap := capital(m)) else c for m, c in zip(mentions, cands)]


def resolve_inner_last(mentions: list[Mention], cands: list[list[Entry]], text: str | None,
                       context: list[list[Entry]]) -> list[Entry | None]:
    """:func:`resolve_candidates` when some given spans are resolved from a place named inside them
    (``Mention.inner``): the other mentions are resolved
    exactly as if those had no candidates (a contained name is weaker evidence than a name and must
    not move them), then those with the whole document as context."""
    if not any(m.inner for m in mentions):
        return resolve_candidates(mentions, cands, text, context=context)
    whole = [[] if m.inner else c for m, c in zip(mentions, cands)]
    first = resolve_candidates(mentions, whole, text, context=context)
    second = resolve_candidates(mentions, cands, text, context=context)
    return [b if m.inner else a for m, a, b in zip(mentions, first, second)]


def resolve(mentions: tuple[Mention, ...], cands: list[list[Entry]], gazetteer: Gazetteer, text: str | None = None,
            context: list[list[Entry]] = ()) -> tuple[tuple[Place, ...], tuple[Warning_, ...]]:
    """Resolve mentions to places, given each one's candidates; mentions of one entry become one place."""
    cands = _with_capital(mentions, [list(c) for c in cands], gazetteer)
    chosen_entries = coherent(list(mentions), cands, resolve_inner_last(list(mentions), cands, text,
                                                                         [list(c) for c in context]), text)
    chosen: dict[str, list[Mention]] = {}
    entries: dict[str, Entry] = {}
    alternatives: dict[str, int] = {}
    warnings = []
    for mention, options, best in zip(mentions, cands, chosen_entries):
        if best is None:
            warnings.append(Warning_("unresolved", f"no place found for {mention.text!r}",
                                     mention.text, mention.start, mention.end))
            continue
        if best.place_type == "admin1" and all(e.source != best.source for e in options):  # discourse.py
            warnings.append(Warning_("drawn_as_state", f"{mention.text!r} is not in the gazetteer; drawn as "
                                     f"{best.name}, where the text places it", mention.text, mention.start, mention.end))
        chosen.setdefault(best.source, []).append(mention)
        entries[best.source] = best
        alternatives[best.source] = max(alternatives.get(best.source, 0), len(options) - 1)
    places = tuple(Place(entries[src], tuple(ms), alternatives=alternatives[src])
                   for src, ms in sorted(chosen.items(), key=lambda kv: kv[1][0].start))
    return places, tuple(warnings)
