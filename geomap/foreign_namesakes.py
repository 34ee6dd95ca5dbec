"""A small town abroad is not what a name means in an article about another country.

"The fireworks were stored in a gun shop in the southeastern city of San Felix" in an article
about Venezuela: the gazetteer knows San Félix only as villages of Uruguay and Panama, and a
village on another continent is a worse answer than none (the map would mark it as where it
happened). Applied by :func:`geomap.resolve.resolve_candidates` to its picks: a pick is left
unresolved when

* the article is about a country: names it at least twice (:func:`geomap.resolve.document_countries`;
  a "US Geological Survey" once is no subject), and the pick lies in no named country;
* every candidate of the name is a small town (no country, state, capital or city of 100,000), and
  none lies in a named country;
* no other pick of the article lies in the pick's country or within :data:`NEAR_KM` of it.

And a name that the text itself puts in a country, "the Salvadoran municipality of Nejapa", "the eastern
South African city of Durban", is a place of that country: a pick elsewhere is the sense there when the
gazetteer has one, else left unresolved (:func:`drop_stated_abroad`: the gazetteer's only Nejapa is a
Mexican village, 1,154 km from the Salvadoran municipality).
"""
from __future__ import annotations

from collections import Counter

from .geometry import great_circle_km
from .lazy_re import lazy_compile
from .model import Entry, Mention
from .names import normalize

SMALL_POPULATION = 100_000
NEAR_KM = 1_000.0
SUBJECT_MENTIONS = 2
_TOWN_TYPES = frozenset({"city", "admin2", "admin3", "village", "hamlet"})  # hamlet: a postal place (feature_store)


def _small_towns(opts: list[Entry]) -> bool:
    return all(e.place_type in _TOWN_TYPES and e.population < SMALL_POPULATION for e in opts)


def _alone(i: int, pick: Entry, picks: list[Entry | None]) -> bool:
    """No other pick in ``pick``'s country or near it."""
    return not any(j != i and p is not None and p.source != pick.source
                   and (p.country == pick.country or great_circle_km(p.lat, p.lon, pick.lat, pick.lon) <= NEAR_KM)
                   for j, p in enumerate(picks))


def drop_foreign_villages(picks: list[Entry | None], cands: list[list[Entry]],
                          countries: Counter) -> list[Entry | None]:
    """Each pick, or None for a small town abroad that nothing else in the article is near."""
    named = {c for c, n in countries.items() if n}
    if not any(n >= SUBJECT_MENTIONS for n in countries.values()):
        return picks
    out = list(picks)
    for i, (pick, opts) in enumerate(zip(picks, cands)):
        if pick is None or pick.country in named or not _small_towns(opts):
            continue
        if any(e.country in named for e in opts):
            continue
        if _alone(i, pick, picks):
            out[i] = None
    return out


# Between a demonym and the name: "the Salvadoran municipality of", "South African city of", "the Mexican
# border town of" (a kind of populated place or division, then "of").
_KIND_OF = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|municipality|district|province|region|state|"
                        r"county|commune|department|port|capital|island|parish|canton|governorate|prefecture)"
                        r"\s+of\s+$")
_KIND_REACH = 50  # characters between the demonym's end and the name


def stated_country(text: str, mentions: list[Mention], cands: list[list[Entry]], i: int) -> str | None:
    """The country a demonym right before mention ``i`` puts it in ("the Salvadoran municipality of
    Nejapa": SV), or None."""
    m = mentions[i]
    for k in range(i - 1, -1, -1):
        d = mentions[k]
        if d.end < m.start - _KIND_REACH:
            return None
        if d.kind == "demonym" and cands[k] and _KIND_OF.match(text[d.end:m.start]):
            return cands[k][0].country
    return None


def drop_stated_abroad(mentions: list[Mention], picks: list[Entry | None], cands: list[list[Entry]],
                       text: str | None) -> list[Entry | None]:
    """Each pick; for a name the text puts in a country by a demonym (:func:`stated_country`) and picked
    elsewhere, the most populous candidate in that country that bears the name, or None when the gazetteer has none there."""
    if not text or not any(m.kind == "demonym" for m in mentions):
        return picks
    out = list(picks)
    for i, pick in enumerate(picks):
        if pick is None or mentions[i].kind != "toponym" or i == 0:
            continue
        country = stated_country(text, mentions, cands, i)
        if country is None or pick.country == country:
            continue
        there = [e for e in cands[i] if e.country == country]
        # a place bearing the name before one listing it among its alternate names (Ciudad Mendoza, "Santa Rosa")
        key = mentions[i].key
        out[i] = min(there, key=lambda e: (normalize(e.name) != key, -e.population)) if there else None
    return out


# "the eastern city of Santiago", "the small community of Santa Cruz": the text calls the name a town of the
# region it writes about (no demonym: that is stated_country's).
_KIND_BEFORE = lazy_compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|community|municipality|district|"
                            r"province|region|port|island|parish|capital|suburb|neighbou?rhood)\s+of\s+$")
# "York Park Fire Station", "Windsor Park Police Station", "San Miguel prison": a local facility named after the
# place or street it stands on, in the town the article is about.
_FACILITY_AFTER = lazy_compile(r"(?:\s+[A-Z][\w'\u2019-]+){0,2}\s+(?:(?:Police|Fire|Bus|Railway|Train|Fire\s+and\s+"
                               r"Rescue)\s+Station|Hospital|Health\s+Cent(?:re|er)|Clinic|Primary\s+School|Secondary\s+"
                               r"School|High\s+School|Market|[Pp]rison|[Jj]ail|[Pp]enitentiary)\b")
_FACILITY_REACH = 40
FAR_KM = 2_500.0
_NAMESAKE_TYPES = _TOWN_TYPES | {"capital", "admin1"}


def home_country(picks: list[Entry | None]) -> str | None:
    """The country the article is about: its name or demonym picked at least twice, and more often than any
    other country's; or None."""
    ranked = Counter(p.country for p in picks if p is not None and p.place_type == "country").most_common(2)
    if not ranked or ranked[0][1] < SUBJECT_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _far_from_home(pick: Entry, home: str, picks: list[Entry | None]) -> bool:
    at_home = [p for p in picks if p is not None and p.country == home]
    return bool(at_home) and all(great_circle_km(p.lat, p.lon, pick.lat, pick.lon) >= FAR_KM for p in at_home)


def prefer_home_namesakes(mentions: list[Mention], picks: list[Entry | None], cands: list[list[Entry]],
                          countries: Counter, text: str | None) -> list[Entry | None]:
    """Each pick; for a name the article gives once, picked in a country it never names, thousands of km
    (:data:`FAR_KM`) from its places in the country it is about (:func:`home_country`), when the text calls the
    name a town of the region it writes about ("HAVANA ... the eastern city of Santiago") or a local facility's
    ("York Park Fire Station" in a story about Kingston, Jamaica): the country's own bearer of the name
    (Santiago de Cuba, not Santiago de Chile), else None (not York, Ontario). Without such words a name keeps
    its sense ("at the Palais des Nations in Geneva" in a story about Brazil)."""
    home = home_country(picks)
    if home is None:
        return picks
    named = {c for c, n in countries.items() if n}
    named |= {p.country for p in picks if p is not None and p.place_type == "country"}
    once = Counter(m.key for m in mentions)
    out = list(picks)
    for i, pick in enumerate(picks):
        m = mentions[i]
        if pick is None or pick.country in named or m.kind != "toponym" or pick.place_type not in _NAMESAKE_TYPES \
                or once[m.key] > 1 or not _far_from_home(pick, home, picks):
            continue
        if text is None or not (_KIND_BEFORE.search(text, max(0, m.start - _KIND_REACH), m.start)
                                or _FACILITY_AFTER.match(text[m.end:m.end + _FACILITY_REACH])):
            continue
        there = [e for e in cands[i] if e.country == home]
        out[i] = min(there, key=lambda e: (normalize(e.name) != m.key, -e.population)) if there else None
    return out


def prefer_named_country_province(best: Entry, options: list[Entry], countries: Counter) -> Entry:
    """``best``, or, when it is a province of a country the article does not name and the name is also a province
    of one country the article names, that one: "The police in Papua New Guinea say ... flooding in Central
    Province" is Papua New Guinea's Central Province, not Zambia's (which the gazetteer gives more people). A
    province's name shared by several countries ("Central", "Northern", "Saint James") says nothing of which
    country; the article's country does."""
    if best.place_type != "admin1" or countries.get(best.country):
        return best
    named = [e for e in options if e.place_type == "admin1" and countries.get(e.country)]
    if len({e.country for e in named}) != 1:
        return best
    return max(named, key=lambda e: e.population)

