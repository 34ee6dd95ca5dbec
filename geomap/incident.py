"""Which place is where it happened: a score per place from the wording around its mentions.

Every feature is a kind of wording, weighed by hand on the development half of
``eval/incidents/labels.jsonl`` (see ``benchmarks/incident.py --split dev``):

- ``locative``: named after "in", "at", "near" ... in a sentence of the lede
  that reports the incident (a blast, a shooting, a fire, an arrest ...);
- ``headline``: named in the headline (the first sentence or line);
- ``dateline``: the dateline town ("TROY, N.C. (AP) --"): where the report was
  filed, usually but not always the incident's town;
- ``count``: how often the place is named (log-scaled);
- ``early``: how early it is first named;
- ``residence``: named as where someone lives, comes from or works ("a Kansas
  City man", "Jensen, 87, of Williston", "An Alton funeral director"): a penalty;
- ``aftermath``: named as the hospital, court, jail or agency's town ("taken to
  a hospital in X", "X Superior Court"): a penalty.

The features are computed by :func:`place_features`; :func:`incident_scores`
weighs them with :data:`WEIGHTS`, or with the weights of
``data/incident_weights.tsv`` when one is shipped (:func:`load_weights`;
``scripts/train_incident.py`` writes it only when trained weights beat these
out of sample; they may also weigh the features of
:mod:`geomap.incident_features`). None is shipped: see benchmarks/RESULTS.md.

:func:`incident_scores` returns the score of each place; :func:`pick_incident`
keeps the best fine place and the fine places close to it (within
:data:`NEAR_KM`) whose score is near the best, so one background sentence far
away cannot add a second, distant incident place.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from .datelines import dateline_span, lede_length
from .geometry import great_circle_km
from .lazy_re import lazy_compile
from .model import Mention, Place, Sentence

INCIDENT_WORDS = re.compile(
    r"\b(?:explo(?:sion|sions|ded|de)|blasts?|bomb(?:s|ing|ings|ed)?|attack(?:s|ed)?|kill(?:s|ed|ing)?|"
    r"wounded|injur(?:ed|ies|ing)|hurt|struck|strikes?|detonat(?:ed|ion)|went off|shoot(?:ing|ings)?|shot|"
    r"fire|fires|blaze|burn(?:ed|ing)|earthquake|quake|flood(?:s|ing|ed)?|crash(?:ed|es)?|collaps(?:ed|e)|"
    r"stampede|stabb(?:ed|ing)|murder(?:ed)?|robb(?:ed|ery)|dead|died|death|drown(?:ed|ing)?|found|"
    r"arrest(?:ed)?|assault(?:ed)?|rap(?:e|ed)|protest(?:s|ed|ers)?|outbreak|missing|accident|collided|"
    r"happened|occurred|took place|erupted|raid(?:ed)?|clash(?:es|ed)?|break-ins?|break and enter|"
    r"burglar(?:y|ies|ized|s)?|stole|stolen|theft|kidnapp(?:ed|ing)|abduct(?:ed|ion)|"
    r"plung(?:ed|es|ing)|overturn(?:ed|s)?|capsiz(?:ed|es)|sank|sunk|derail(?:ed|ment)|ambush(?:ed)?|"
    r"(?:land|mud)slides?|swept\s+away|buried|veer(?:ed|s)\s+off|skidd(?:ed|ing)|rampage|massacre[ds]?|"
    r"shelling|gunfire|gunm[ae]n|hostages?|riots?|rioting|"
    # animal attacks and poisonings: "trampled by a wild elephant", "mauled by a tiger", "a mass food poisoning"
    r"maul(?:ed|ing|s)?|trampl(?:ed|es|ing)|gored|bitten|poison(?:ed|ing|ings)|electrocut(?:ed|ion)|"
    # stings and snakebites: "stung to death by a swarm of bees", "died of snakebite"
    r"stung|stings?|swarms?|snakebites?)\b",
    re.IGNORECASE)
LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|on|into|of|inside|across|off)\s+(?:the\s+|a\s+)?"
                      r"(?:[\w-]+\s+)?)$", re.IGNORECASE)
RESIDENCE_AFTER = re.compile(r"^\s+(?:man|woman|men|women|teen|teenager|boy|girl|resident|residents|native|"
                             r"couple|family|mother|father|student|police)\b"
                             # "An Alton funeral director", "an Arlington spokeswoman": their town, not the scene
                             r"|^\s+(?:[a-z]+\s+)?(?:director|owner|teacher|doctor|nurse|lawyer|attorney|pastor|"
                             r"businessman|businesswoman|employee|worker|firefighter|soldier|spokesman|spokeswoman|"
                             r"dispatcher|citizen|national|"
                             # "a family of Romanian tourists", "Australian holidaymakers": the visitors' home
                             r"tourist|visitor|holidaymaker|pilgrim|migrant|expat|expatriate|hiker|climber)s?\b",
                             re.IGNORECASE)
RESIDENCE_BEFORE = re.compile(r"(?:\d{1,3},\s+(?:of|from)\s+|"
                              # "Chakra Bahadur Khadka (19) of Gurans rural municipality in Dailekh": the person's
                              # home, named by its municipality or village, then the district holding it
                              r"(?:\d{1,3},|\(\d{1,3}\))\s+(?:of|from)\s+(?:[A-Z][\w'-]*\s+){1,3}(?:rural\s+|urban\s+)?"
                              r"(?:municipality|village|town|ward|tehsil|township|union)(?:-\d+)?,?\s+(?:in\s+|of\s+)?|\b(?:lives?|lived|living|grew\s+up|native\s+of|"
                              r"hometown\s+of|home\s+in|resident\s+of|born\s+in)\s+(?:[\w-]+\s+){0,2}"
                              # "Giancarlo Zicari, an engineer from Rome", "a 34-year-old teacher from Manchester"
                              r"|,\s+an?\s+(?:[\w-]+\s+){1,3}from\s+|\ban?\s+(?:[\w-]+\s+){0,2}(?:man|woman|boy|"
                              r"girl|engineer|teacher|student|tourist|visitor|holidaymaker|pilgrim|worker|couple|"
                              r"family|national|native|resident)\s+from\s+)$",
                              re.IGNORECASE)
AFTERMATH_BEFORE = re.compile(r"\b(?:hospital|medical\s+center|court|courthouse|jail|prison|taken\s+to|"
                              r"flown\s+to|transferred\s+to|airlifted\s+to|rushed\s+to|referred\s+to|headquarters|"
                              r"offices?|on\s+(?:the|his|her|their)\s+way\s+to)\b[^.]{0,40}$",  # "died on the way to Dharan"
                              re.IGNORECASE)
# "The Kendari Search and Rescue Office dispatched a team to the scene": the rescue agency's seat, not the scene
RESCUE_OFFICE_AFTER = (r"\s+(?:Search\s+and\s+Rescue|SAR|Disaster\s+Management)\s+"
                       r"(?:Office|Agency|Team|Post|Unit|Base)\b")
RESCUE_OFFICE = lazy_compile(RESCUE_OFFICE_AFTER)
AFTERMATH_AFTER = re.compile(r"^\s+(?:[A-Z]\w+\s+)?(?:Hospital|Medical|Superior|Circuit|District|Court|"
                             r"Courthouse|Jail|County\s+Jail|Federal)\b"
                             r"|^\s+(?:[a-z]+\s+)?(?:hospital|jail|prison|courthouse)\b"  # "the Augusta psychiatric hospital"
                             r"|^\s+(?:government|regime|junta)\b"  # "the Niamey government said": where officials spoke
                             r"|^-based\b"  # "the Dharan-based BP Koirala Institute": where a hospital or an agency is
                             r"|^" + RESCUE_OFFICE_AFTER)
# The clause before the mention tells of an earlier event ("since four agents died 15 years ago
# during a raid in Waco"): its "in" does not say where this one happened.
BACKGROUND_BEFORE = re.compile(r"\b(?:\d+|several|many|two|three|four|five|ten)\s+(?:years?|decades?|months?)\s+ago\b"
                               r"|\b(?:last|previous)\s+year\b|\bin\s+(?:19|20)\d\d\b|\bearlier\s+(?:incident|attack)"
                               # "Earlier Monday, another fire broke out ... in Baghdad", "In a separate incident"
                               r"|\banother\s+(?:fire|blaze|blast|explosion|attack|bombing|crash|accident|incident)\b"
                               r"|\bin\s+a\s+separate\b|\bseparately\b"
                               # "With tension high following deadly attacks in Paris and in Copenhagen"
                               r"|\b(?:following|after)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:attacks|bombings|shootings"
                               r"|massacres)\s+in\b",
                               re.IGNORECASE)
# "Rescuers from Orissaare Rescue Brigade", "rescuers from the Orissaare, Kuressaare and Kihelkonna rescue brigades",
# "Firefighters from Lagoa, Portimao, Albufeira and Silves stations": where the responders came from, not the scene
RESPONDERS_FROM = lazy_compile(r"\b(?:rescuers|firefighters|fire-fighters|volunteers|crews|teams|brigades|units|"
                               r"paramedics|reinforcements"
                               # "More officers are being deployed from Honiara": where they are sent from
                               r"|(?:deployed|dispatched|sent|mobili[sz]ed|drafted)(?:\s+in)?)\s+from\s+(?:the\s+)?"
                               r"(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?,?\s+(?:and\s+)?){0,4}$",
                               re.IGNORECASE)
LOCATIVE_REACH = 64
BACKGROUND_REACH = 160  # a bounded window: a sentence of thousands of names stays linear (issue 9)
NEAR_KM = 60.0  # incident places further than this from the best one are not added to it
WEIGHTS = {"locative": 2.0, "headline": 1.0, "dateline": 1.0, "count": 1.0, "early": 1.0,
           "residence": -1.5, "aftermath": -1.5}
MARGIN = 1.5  # a second incident place must score at least the best minus this


def km(a, b) -> float:
    """Great-circle kilometres between two entries (:func:`geomap.geometry.great_circle_km`)."""
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def mention_features(text: str, sentences: tuple[Sentence, ...], m: Mention, lede: int,
                     reports: dict[int, bool]) -> dict[str, float]:
    """The wording features of one mention (0 or 1 each)."""
    s = sentences[m.sentence]
    if m.sentence not in reports:
        reports[m.sentence] = INCIDENT_WORDS.search(text, s.start, s.end) is not None
    before = text[max(s.start, m.start - LOCATIVE_REACH):m.start]
    background = BACKGROUND_BEFORE.search(text, max(s.start, m.start - BACKGROUND_REACH), m.start) is not None
    residence, aftermath = home_or_aftermath(text, s, m)
    # "a family of Romanian tourists", "taken to a hospital in Niamey": someone's home or the hospital, not the scene
    said_where = reports[m.sentence] and not background and not residence and not aftermath \
        and LOCATIVE.search(before) is not None
    return {
        "locative": float(m.sentence < lede and said_where),
        "said_where": float(said_where),  # anywhere in the text (for geomap.incident_features)
        "reports": float(reports[m.sentence]),
        "headline": float(m.sentence == 0),
        "residence": float(residence),
        "aftermath": float(aftermath),
    }


def home_or_aftermath(text: str, s: Sentence, m: Mention) -> tuple[bool, bool]:
    """Whether mention ``m`` (of sentence ``s``) names someone's home ("a Kansas City man", "a family of
    Romanian tourists") and whether it names the hospital's, the court's or the officials' town ("taken to a
    hospital in Niamey", "the Niamey government said")."""
    before = text[max(s.start, m.start - LOCATIVE_REACH):m.start]
    after = text[m.end:min(s.end, m.end + 40)]
    return (bool(RESIDENCE_AFTER.search(after) or RESIDENCE_BEFORE.search(before)),
            bool(AFTERMATH_BEFORE.search(before) or AFTERMATH_AFTER.search(after) or responders_from(before)))


def responders_from(before: str) -> bool:
    """True when the text ``before`` a name ends in "rescuers from (the)", with the names listed before it:
    the name is where the responders came from (:data:`RESPONDERS_FROM`)."""
    return "from" in before.lower() and RESPONDERS_FROM.search(before) is not None


FEATURES = tuple(WEIGHTS)


def place_features(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                   extra: bool = False) -> dict[str, dict[str, float]]:
    """The features of each place (by source key), before weighing; with ``extra``, also
    :data:`geomap.incident_features.EXTRA_FEATURES`."""
    dateline = dateline_span(text)
    lede = lede_length(sentences, dateline)  # counted from the dateline, past a byline or a caption
    reports: dict[int, bool] = {}
    out, per_mention = {}, {}
    for p in places:
        feats = per_mention[p.entry.source] = [mention_features(text, sentences, m, lede, reports)
                                               for m in p.mentions]
        f = {k: max(x[k] for x in feats) for k in ("locative", "headline")}
        # residence and aftermath: the share of its mentions that say so
        f.update({k: sum(x[k] for x in feats) / len(feats) for k in ("residence", "aftermath")})
        f["dateline"] = float(bool(dateline) and any(m.start < dateline[1] and dateline[0] < m.end
                                                     for m in p.mentions))
        f["count"] = math.log(1 + len(p.mentions)) / math.log(2) - 1
        f["early"] = 1.0 - min(1.0, p.mentions[0].start / max(1, len(text)))
        out[p.entry.source] = f
    if extra:
        from .incident_features import extra_features

        for source, f in extra_features(places, per_mention, lede, dateline, NEAR_KM).items():
            out[source].update(f)
    return out


def weights_path() -> Path:
    """Trained weights, when shipped: ``data/incident_weights.tsv`` (written by scripts/train_incident.py)."""
    from .geonames_store import data_dir

    return data_dir() / "incident_weights.tsv"


@lru_cache(maxsize=4)
def load_weights(path: Path | None = None) -> MappingProxyType:
    """The weights of ``path`` (feature, tab, weight a line; ``#`` comments), or :data:`WEIGHTS`
    when there is no such file."""
    from .incident_features import EXTRA_FEATURES

    path = path or weights_path()
    if not path.exists():
        return MappingProxyType(WEIGHTS)
    weights = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("\t")
            weights[name.strip()] = float(value)
    unknown = set(weights) - set(FEATURES) - set(EXTRA_FEATURES)
    if unknown:
        raise ValueError(f"{path}: unknown incident features {sorted(unknown)}")
    return MappingProxyType(weights)


def incident_scores(text: str, sentences: tuple[Sentence, ...], places: tuple[Place, ...],
                    weights=None) -> dict[str, float]:
    """Score of each place (by source key): the weighted features of its mentions
    (``weights``: by default the shipped trained ones, else :data:`WEIGHTS`)."""
    weights = load_weights() if weights is None else weights
    extra = any(v and k not in WEIGHTS for k, v in weights.items())
    return {source: sum(weights.get(k, 0.0) * v for k, v in f.items())
            for source, f in place_features(text, sentences, places, extra).items()}


def pick_incident(fine: list[Place], scores: dict[str, float]) -> set[str]:
    """The best-scoring fine place and those near it (in km and in score)."""
    if not fine:
        return set()
    ranked = sorted(fine, key=lambda p: (-scores[p.entry.source], p.mentions[0].start))
    best = ranked[0]
    keep = {best.entry.source}
    for p in ranked[1:]:
        if scores[p.entry.source] >= scores[best.entry.source] - MARGIN and km(p.entry, best.entry) <= NEAR_KM:
            keep.add(p.entry.source)
    return keep
