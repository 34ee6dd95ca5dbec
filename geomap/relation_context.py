"""Distance statements that locate something other than the reported event: drawn as context, never as incident.

A report locates many things besides its event:

- an **earlier event**: "Last week, such an attack took place in Gadud, about
  250 miles southwest of the capital"; "On that occasion, a quake hit ...
  100km west of Chengdu";
- **where the event was felt**: "tremors felt as far away as Moscow, about
  7,000 kilometres west of the epicentre";
- **a forecast position**: "Emong was expected to be 70 km northeast of
  Tuguegarao City ... on Friday afternoon";
- **a file photo's caption**, **where the speaker was** ("said Ngoy in Goma,
  120 miles north of Uvira") and **where people live or come from** ("People
  living in Ras al-Tbel, about 80 km ... southeast of Bani Walid");
- **another place's geography**: a departure point, destination or stop ("left
  Bimini, about 50 miles east of Miami"; "delivered rice to the town of
  Charikot, about 50 miles northeast of Kathmandu"), or a place being evacuated
  ("areas west of Parkman, roughly eight miles north of Dayton, have been given
  an evacuation order"), unless the statement is inside the event's own subject
  ("The eruption of ... Java, 800 km southeast of the capital, Jakarta, has
  prompted the evacuation of close by villages");
- **the previous distance's anchor**: a far reference set after the anchor of a
  near statement ("centered 35 miles northwest of the provincial capital of
  Kunming, about 1,300 miles southwest of Beijing": Beijing places Kunming).

Such a statement is still read (its zone is drawn, in the context layer, with
the reason) but its anchor is not made an incident place and it has no event
area. A statement in apposition to a place the event happened in ("near
Blackwell, about 50 miles southwest of St. Louis") stays incident: Y locates X.
"""
from __future__ import annotations

import re

from .clauses import EVENT_NOUNS
from .model import Mention, Sentence
from .relation_aftermath import aftermath_place
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

# A date with its year: "2014", "September 2014", "4 May 2012", "May 4, 2012"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATED = (r"(?:(?:early|late|mid-?)\s*)?(?:(?:\d{1,2}\s+)?" + _MONTH + r"\s+(?:\d{1,2},?\s+)?)?"
          r"(?:1[89]|20)\d\d\b")
EARLIER = re.compile(
    r"\b(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter)|on\s+that\s+occasion|earlier\s+this\s+"
    r"(?:week|month|year)|(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier)"
    # ("previously labelled as magnitude 5.9", "previously known as": a former figure or name, no earlier event)
    r"|previous(?:ly)?\b(?!\s+(?:known|called|named|labell?ed|listed|reported|estimated|measured|rated|put)\b)"
    r"|in\s+a\s+similar"
    # "The last strong earthquake, also measuring 6, was 5km south of Te Aroha": the one before this one
    r"|\bthe\s+last\s+(?:[\w-]+\s+){0,2}?(?:earthquake|quake|tremor|eruption|attack|blast|explosion|tornado|storm"
    r"|typhoon|cyclone|hurricane|flood|landslide|crash)s?\b"
    r"|\bc(?:omes?|ame)\s+(?:just\s+|only\s+)?(?:(?:a|one|two|three|four|five|several|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+after)"
    # "However, in September 2014, at least 16 people were killed ... 130km south of Bamako", "Back in March 2015,
    # ...": a contrast (at the sentence's start) or "back" before a date with its year sets another, earlier event
    # apart from the report's; a date alone ("In September 2014, an earthquake struck ...") may be the event's own
    r"|^\W*(?:however|but)\s*,?\s+(?:in|on)\s+" + _DATED + r"|\bback\s+in\s+" + _DATED, re.IGNORECASE)
# "felt as far away as Moscow, about 7,000 km west of the epicentre", "felt in Chengdu, ..., which is 226 km
# away": where the event was felt (or heard), as long as no verb placing the event comes in between
# ("The quake, felt in Lima, struck 30 km north of Ica" is the epicentre's statement).
FELT = re.compile(
    r"\b(?:felt|heard|sensed)\s+(?:[\w-]+\s+){0,3}?(?:as\s+far(?:\s+away)?\s+as|in|at|across|throughout)\s"
    r"(?:(?!\b(?:struck|strikes?|hit|hits|jolted|rocked|occurred|cent(?:red|ered)|epicent\w*)\b)[^;:])*$",
    re.IGNORECASE)
# "was expected to be 70 km northeast of X on Friday; 300 km northeast of Y ... on Saturday": a forecast
# position (and the list of positions it goes on to give), not where the storm was or the event happened. Only
# such a list may stand between the forecast and the statement: figures, units, compass words, names, times of
# day and the small words joining them ("it would be a deterrent, but ... he surveyed the scene near X" is no
# forecast of X). Each word is read one way only (a capitalised one as a name), so a line that is no such list
# fails at once. "is expected to move 62 miles north of Saipan tonight", "the closest point of approach to Guam is 84
# miles north of Hagatna": the same forecast in the National Weather Service's words.
_LIST_WORD = (r"(?:[A-Z][\w'\u2019.-]*|\d+(?:[,.]\d+)*|(?:km|kms|kilomet\w*|miles?|nautical|nm|mi"
              r"|(?:north|south|east|west)[\w-]*|of|in|on|off|or|and|the|by|at|near|about|some|around|roughly"
              r"|approximately|morning|afternoon|evening|night|noon|midnight|[ap]\.?m\.?))")
FORECAST = lazy_compile(r"\b(?i:(?:expected|forecast(?:ed)?|predicted|projected)\s+to\s+(?:be|move|pass|track|go)"
                        r"(?:\s+(?:over|by|through|near|about))?|will\s+(?:be|pass|move)|would\s+be"
                        r"|closest\s+(?:point\s+of\s+)?approach\s+(?:to\s+(?-i:[A-Z][\w'\u2019.-]*)\s+)?"
                        r"(?:is|will\s+be))\s+"
                        r"(?:" + _LIST_WORD + r"(?![\w'\u2019.-])[\s,;]*)*$")
# "the ash which is currently 2,000km south of Western Australia", "The ash cloud was 500 km east of Hobart": where
# a volcano's ash has drifted, a few words after it and no comma between, not where the eruption is
DRIFTED = lazy_compile(r"\b(?:volcanic\s+)?ash(?:\s+(?:cloud|plume|column))?(?:\s+[\w'\u2019-]+){0,4}?\s+$", re.IGNORECASE)
# "a 40-centimetre tsunami hitting Hachijo Island about 290 kilometres south of Tokyo", "A tsunami wave of about a
# meter (3.3 feet) hit Hachijojima island, 280 kilometers ... south of Tokyo": a tsunami's height measured where the
# waves arrived (a tide gauge's reading), not where the quake was; a wave with no height ("The muddy tsunami swept
# away cars ... in the town") may be the event itself
_HEIGHT = r"(?:centimet(?:er|re)s?|cm|met(?:er|re)s?|m|feet|foot|ft|inch(?:es)?)\b"
TSUNAMI_READING = lazy_compile(
    r"(?:\b(?:\d[\d.,]*|an?|one|two|three)[-\s]*" + _HEIGHT + r"(?:\s*\([^)]{0,25}\))?\s+tsunami(?:\s+waves?)?"
    r"|\btsunami(?:\s+waves?)?\s+of\s+(?:about\s+|around\s+|some\s+|up\s+to\s+)?(?:\d[\d.,]*|an?|one|two|three)\s*"
    + _HEIGHT + r"(?:\s*\([^)]{0,25}\))?)"
    r"\s+(?:hit|hitting|hits|reached|reaching|struck|striking|arrived\s+(?:at|in)|lashed|was\s+recorded\s+(?:at|in|on))"
    r"\s+[^.;:]*$", re.IGNORECASE)
# "In this Thursday, Feb. 17, 2011 file photo, hundreds of ... fighters perform military exercises in the Lafofe
# area some 18 km. south of Mogadishu": a file photo's caption shows an earlier scene, not the reported event
FILE_PHOTO = lazy_compile(r"\bfile\s+(?:photo|picture|image|footage)\b", re.IGNORECASE)
# "said Ngoy in Goma, 120 miles north of Uvira", "Shaddock ... told reporters on the dock in the port city about 210
# miles ... west of Mexico City": where the speaker was (a name, or reporters, between the verb and the place), not
# the event; "told reporters the tragedy took place in X" is the event's (a clause follows the verb)
SPOKEN_FROM = lazy_compile(
    r"\b(?:said|says|told|speaking)\s+(?:(?-i:[A-Z][\w.\u2019'-]*)\s+){0,4}?"
    r"(?:(?:reporters|journalists)\s+(?:(?:on|at)\s+the\s+[a-z]+\s+)?)?"
    r"(?:in|at|from)\s+(?:the\s+)?(?:[\w\u2019'-]+\s+){0,2}?[\w\u2019'-]+\s*,?\s*$", re.IGNORECASE)
# "People living in Ras al-Tbel, about 80 km ... southeast of Bani Walid, had seen the same convoy", "The native
# leader from Kutum area, some 60 km north-west of El-Fasher": where people live or come from, their home, not the
# event's place ("a resident of the village located 70 kilometres from Jammu", where the mortars landed, is not this)
HOME_OF = lazy_compile(
    r"\b(?:(?:people|families|villagers|residents)\s+(?:living|who\s+live[sd]?)\s+in"
    r"|(?:leaders?|natives?|elders?|chiefs?)\s+(?:hailing\s+)?from)"
    r"\s+(?:the\s+)?(?:[\w\u2019'-]+\s+){0,2}?[\w\u2019'-]+\s*,?\s*$", re.IGNORECASE)
# ("Residents in the town of Mirranatwa, which is about 270km west of Melbourne, were warned to leave as a bushfire
# in the Grampians National Park raged ... towards the area": an evacuation in other words)
EVACUATION = lazy_compile(r"\bevacuat\w*|\bshelters?\b|\b(?:warned|told|ordered|urged|advised)\s+to\s+(?:leave|flee)\b",
                          re.IGNORECASE)
# A place's title before its name and a comma: "from the Iranian capital, Tehran, some 610 km ..."
_TITLE = r"(?:capital|city|town|village|port|island)"
# The words before a place that make it a destination, a departure point or a stop, not the event's place
# ("a flight plan showing a destination of Bozeman, about 85 miles southeast of Butte").
# "on" alone is where the event was ("The strike took place on a village", "the eruption on the eastern part
# of Java"); only a crowd's or an army's movement makes it a destination ("pilgrims descend on Karbala").
_ELSEWHERE = lazy_compile(
    r"\b(?<!called\s)(?<!rushed\s)(?<!close\s)(?<!closer\s)(?<!closest\s)(?<!next\s)(?<!near\s)(?<!nearer\s)"
    r"(?<!nearest\s)(?<!sent\s)(?<!dispatched\s)(?<!deployed\s)(?<!taken\s)(?<!responded\s)(?:to|from|left|leaving|departed|toward|towards|for|via|bound\s+for|headed\s+for"
    r"|destination|(?:descend|march|advanc|clos)\w*(?:\s+in)?\s+on)\s+"
    r"(?:the\s+)?(?:(?:[\w\u2019'-]+\s+){0,3}|(?:[\w\u2019'-]+\s+){0,2}" + _TITLE + r",\s+)$", re.IGNORECASE)
# "a bridge linking Baghdad to ", "the road connecting X with ": the place is a link's end, where the
# road or bridge (and so the event on it) is, not a destination
_LINK = lazy_compile(r"\b(?:link|connect|join)(?:s|ed|ing)?\s+(?:[\w\u2019'-]+\s+){1,3}(?:to|with|and)\s+"
                     r"(?:the\s+)?(?:[\w\u2019'-]+\s+){0,3}$", re.IGNORECASE)
# "overturned on the road in Morogoro": "on" names where the event was, not a destination ("descend on Karbala")
_ON_A_WAY = lazy_compile(r"\bon\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:road|highway|street|route|motorway|expressway"
                         r"|bridge)\s+(?:in|at|near|outside)\s+$", re.IGNORECASE)
# "missing from Saturday's landslide in Manizales", "injured from the blast at X": "from" the event, whose place
# the name is, not a departure point
_FROM_THE_EVENT = lazy_compile(
    r"\bfrom\s+(?:the\s+|a\s+|an\s+)?(?:[\w\u2019'-]+\s+){0,2}?(?:" + EVENT_NOUNS + r"|landslides?|mudslides?"
    r"|floods?|flooding|storms?|eruptions?|avalanches?|collapses?|sinking|accidents?|disasters?|tremors?)\s+"
    r"(?:in|at|near|on)\s+(?:the\s+)?(?:[\w\u2019'-]+\s+){0,2}$", re.IGNORECASE)
# "Rescuers were working to pull victims from the hard-to-reach area in Pasamayo, about 70 kilometres north of ...
# Lima", "bodies were recovered from the river near X": where people are rescued or recovered from is the event's
# place, not a departure point
_RESCUED_FROM = lazy_compile(
    r"\b(?:pull|rescu|recover|retriev|extract|freed|dug|dig|airlift|winch)\w*\s+(?:[\w\u2019'-]+\s+){0,3}?from\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w\u2019'-]+\s+){0,3}$", re.IGNORECASE)
_ON_BEFORE = lazy_compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
_WAY_OR_WATER = lazy_compile(r"\b(?:River|Lake|Road|Highway|Street|Bridge|Expressway|Motorway|Canal)$")


def _on_named_way(text: str, sentence: Sentence, x: re.Match) -> bool:
    """Whether the apposed name is a road or water the event happened on: "capsized on Padma River, some
    30 miles from Dhaka", "crashed on the Kabul-Jalalabad Highway, ..." (not a destination)."""
    return bool(_ON_BEFORE.search(text, sentence.start, x.start()) and _WAY_OR_WATER.search(x.group()))


# "X, " or "X, a town " right before a statement: the statement locates X. A finite verb after the comma ends a
# clause that X closed: "The train, traveling from New Orleans to Chicago, derailed about 25 miles north of
# Jackson", "a fire that, according to the ... Service, was only one kilometer west of town" (the event's
# statement, not Chicago's or the Service's geography); "located", "situated", "based" describe X, and so does an
# adjective before a noun ("X, a fortified town 20 km ...": only the word right before the statement is checked).
_NO_VERB = (r"(?!(?:was|were|is|are|has|had|have|said)\s)"
            r"(?!(?!(?:located|situated|based|isolated|populated|landlocked)\s)[a-z]+ed\s)")
_APPOSITION = lazy_compile(r"(?:\s+islands?)?,\s*(?:(?:a|an|the|which\s+is|located|situated|some)\s+)?"
                           r"(?:(?:[a-z]+\s+)?" + _NO_VERB + r"[a-z]+\s+)?"
                           r"(?:(?:that|which)\s+(?:lies|is|sits)\s+(?:[a-z]+\s+)?)?$")
# ("Eureka, a town that lies about 25 miles south of ...": the relative clause describes the town too)


# What the sentence says before a statement that makes it context, in the order tried, with the reason given
_CONTEXT_BEFORE = (
    (EARLIER, "an earlier event"),
    (FELT, "a place where the event was felt, not where it happened"),
    (FORECAST, "a forecast position, not where it was"),
    (DRIFTED, "where the ash drifted, not where the eruption was"),
    (TSUNAMI_READING, "where a tsunami's waves arrived and were measured, not where the quake was"),
    (FILE_PHOTO, "a file photo's caption, not the reported event"),
    (SPOKEN_FROM, "where the speaker was, not the event"),
    (HOME_OF, "where people live or come from, not the event's place"),
)


def statement_role(text: str, sentence: Sentence, start: int, mentions: tuple[Mention, ...],
                   line: bool = False) -> tuple[str, str | None]:
    """("incident" | "context", reason) for a distance statement starting at ``start``; ``line``: it is
    measured from a line (a border, a coast, a state's boundary).

    >>> from geomap.model import Sentence
    >>> t = "Last week, an attack took place in Gadud, 250 miles southwest of Mogadishu."
    >>> statement_role(t, Sentence(0, 0, len(t)), t.index("250"), ())
    ('context', 'an earlier event')
    """
    before = text[sentence.start:start]
    for pattern, reason in _CONTEXT_BEFORE:
        if pattern.search(before):
            return "context", reason
    x = _apposed(text, sentence, start, mentions) or _PLACE_NOUN_BEFORE.search(text, sentence.start, start)
    if x is None:
        return _journeys_end(text, sentence, start)
    if not _RESTATED.match(text, x.end(), start) and _places_previous_anchor(text, sentence, x, start, line):
        return "context", "the geography of the previous distance's anchor, not of the event"
    if _AROUND_THE_SOURCE.search(text, sentence.start, x.start()):
        return "incident", None  # "evacuated from hamlets near the Merapi, which lies ...": the danger's place
    if (_ELSEWHERE.search(text, sentence.start, x.start()) or _JOURNEY_END.search(text, sentence.start, x.start())) \
            and not _LINK.search(text, sentence.start, x.start()) \
            and not _ON_A_WAY.search(text, sentence.start, x.start()) and not _on_named_way(text, sentence, x) \
            and not _FROM_THE_EVENT.search(text, sentence.start, x.start()) \
            and not _RESCUED_FROM.search(text, sentence.start, x.start()):
        return "context", "the geography of another place (a departure point, destination or stop)"
    if aftermath_place(text, sentence.start, x.start(), start):
        return "context", "the geography of a place the victims were taken to or buried in"
    if EVACUATION.search(text, sentence.start, sentence.end) and not _reached(text, sentence, x.group()) \
            and not _EVENT_SUBJECT.match(text, sentence.start, x.start()):
        return "context", "the geography of a place being evacuated"
    return "incident", None


# A figure with no unit before a direction: "Revelstoke, 200 west of Calgary"
_BARE_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s+$")


def direction_role(text: str, sentence: Sentence, start: int, mentions: tuple[Mention, ...]) -> tuple[str, str | None]:
    """:func:`statement_role` of a direction without a distance ("north of X") starting at ``start``, read from the
    figure before it when the wire copy dropped the unit: "treated and released at a hospital in Revelstoke, 200
    west of Calgary" locates the hospital's town, as a distance statement apposed to it does.

    >>> from geomap.model import Sentence
    >>> t = "He was treated at a hospital in Revelstoke, 200 west of Calgary."
    >>> direction_role(t, Sentence(0, 0, len(t)), t.index("west"), ())[0]
    'context'
    """
    figure = _BARE_FIGURE.search(text, sentence.start, start)
    return statement_role(text, sentence, figure.start() if figure else start, mentions)


# A distance statement whose anchor ends right before the apposed name: "35 miles northwest of the provincial
# capital of " (a converted value in brackets allowed: "55 miles (85 kilometers) northeast of the capital, ")
_UNIT = r"(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?|nautical\s+miles?|nm)\b"
_NUMBER = r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
_DISTANCE_BEFORE_ANCHOR = lazy_compile(_NUMBER + _UNIT + r"(?:\s*\([^()]{1,40}\))?\s+(?:[\w-]+\s+){0,3}?(?:of|from)\s+"
                                       r"(?:the\s+)?(?:[\w\u2019'-]+\s+){0,4}?$", re.IGNORECASE)
_OWN_DISTANCE = lazy_compile(r"(?:[a-z]+\s+){0,2}?" + _NUMBER + _UNIT, re.IGNORECASE)
_KM_PER = {"k": 1.0, "m": 1.609344, "n": 1.852}
FAR_REFERENCE = 5  # times the previous statement's distance: a reference that far places its anchor


def _km(m: re.Match) -> float | None:
    try:
        value = float(m.group("num").replace(",", ""))
    except ValueError:
        return None
    unit = m.group("unit").lower()
    return value * _KM_PER["n" if unit.startswith(("nautical", "nm")) else unit[0]]


def _places_previous_anchor(text: str, sentence: Sentence, x: re.Match, start: int, line: bool = False) -> bool:
    """Whether the statement at ``start``, apposed to ``x``, is a far reference for the anchor of a distance
    statement just before ``x`` rather than a second locator of the event: "35 miles northwest of ... Kunming,
    about 1,300 miles southwest of Beijing" (far: over FAR_REFERENCE times the first distance). A near second
    reference ("70 km W of Pescara, 95 km NE of Rome") stays the event's. A distance from a line ("40 miles
    southwest of Eureka, a town that lies about 25 miles south of the Oregon border") places the town at any
    figure: a border or a coast is how one says where a town lies, and no point the event could be near.

    >>> t = "It was centered 35 miles northwest of Kunming, about 1,300 miles southwest of Beijing."
    >>> x = re.search("Kunming", t)
    >>> s = Sentence(0, 0, len(t))
    >>> _places_previous_anchor(t, s, x, t.index("about"))
    True
    >>> _places_previous_anchor(t.replace("1,300", "100"), s, x, t.index("about"))
    False
    """
    before = _DISTANCE_BEFORE_ANCHOR.search(text, sentence.start, x.start())
    own = _OWN_DISTANCE.match(text, start)
    if before is None or own is None:
        return False
    near, far = _km(before), _km(own)
    return near is not None and far is not None and (line or far > FAR_REFERENCE * near)


# "about 37 miles (62 km) north of the community of Southend, or 350 miles (560 km) northeast of Saskatoon": "or"
# gives the same site from a second, better-known reference point, not the first anchor's geography
_RESTATED = lazy_compile(r"(?:\s+islands?)?,\s*or\s+$", re.IGNORECASE)


def _reached(text: str, sentence: Sentence, name: str) -> bool:
    """Whether the sentence says the event reached the apposed place itself ("... were evacuated as the
    fire encircled the village"): then the place is the event's, not only one being emptied.

    >>> t = "Vilia, 50 km from Athens, was evacuated as the fire encircled the village."
    >>> _reached(t, Sentence(0, 0, len(t)), "Vilia"), _reached(t[:44] + ".", Sentence(0, 0, 45), "Vilia")
    (True, False)
    """
    pattern = _REACHED.pattern.replace("NAME", re.escape(name))
    return re.search(pattern, text[sentence.start:sentence.end], re.IGNORECASE) is not None


# "The eruption of the volcano on the island of Java, 800 km southeast of the capital, ... has prompted the evacuation
# of nearby villages": the sentence opens with the event, the statement inside its subject locates the event's place
# (no verb, no evacuation, before the apposed name); the places evacuated are others. "Meanwhile, another
# out-of-control fire in the Little Desert National Park, about 340km west of Melbourne, was threatening a community
# ..., with residents of Nurcoung urged to evacuate": a second event opens the sentence the same way
_EVENT_SUBJECT = lazy_compile(r"\s*(?:(?:meanwhile|elsewhere|separately|also|in\s+addition),\s*)?"
                              r"(?:the|a|an|this|that|another)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + EVENT_NOUNS +
                              r"|eruptions?|wildfires?|blazes?|landslides?|mudslides?|floods?|avalanches?|collapses?"
                              r"|derailments?|sinkings?)\b(?:(?!\b(?:is|was|were|are|has|have|had|forced|prompted"
                              r"|caused|led|evacuat\w*)\b)[^.;:!?])*$", re.IGNORECASE)
# "were evacuated from communities closer to the Pacaya, which is ...", "ordered to leave 17 villages around the
# Volcán del Fuego, which sits ...", "evacuated from around Jemblung in the ... regency of central Java, about ...": the
# places emptied are those around the apposed one, which is where the danger is (the volcano, the slide), not one
# being evacuated itself
_AROUND_THE_SOURCE = lazy_compile(
    r"\bevacu\w*(?:[^.;:!?]){0,80}?\b(?:around|surrounding|near(?:est)?|close(?:r|st)?\s+to|next\s+to"
    r"|in\s+the\s+vicinity\s+of|at\s+the\s+foot\s+of|on\s+the\s+slopes?\s+of)\s+(?:the\s+)?"
    r"(?:[\w\u2019'-]+\s+){0,7}$", re.IGNORECASE)
# "an evacuation order for the entire town 60 miles southeast of X": the statement locates that town
# ("coming from an exploration camp about 100 kilometres south of Dawson": a camp, as a town, is a place the
# statement locates)
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:town|village|city|community|settlement|hamlet|camp)(?=\s+$)", re.IGNORECASE)
# "Its departure point was the Sahara Desert garrison city of Tamanrasset, 1,500km ... south of Constantine": the
# journey's end, named after the words that say so and a few more
_JOURNEY_END = lazy_compile(r"\b(?:departure\s+point|point\s+of\s+departure|starting\s+point|destination)\s+"
                            r"(?:was|is|had\s+been|being)\s+(?:[\w\u2019'-]+\s+){0,6}$", re.IGNORECASE)
# "en route to Mayo, a community of roughly 200 people about 320 kilometres north of Whitehorse": a place named
# with its size before the statement, which locates it
_SIZED_PLACE = lazy_compile(r"(?P<name>[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*),\s+an?\s+(?:[a-z]+\s+){0,2}?"
                            r"(?:town|city|village|community|settlement|hamlet)\s+of\s+(?:[a-z]+\s+){0,2}?"
                            r"\d[\d,.]*(?:\s+million)?\s+(?:people|residents|inhabitants)\s+$")

_MOVED = lazy_compile(r"\b(?:to|from|towards?|via|left|leaving|departed|bound\s+for|headed\s+for)\s+$", re.IGNORECASE)


def _journeys_end(text: str, sentence: Sentence, start: int) -> tuple[str, str | None]:
    """("context", why) when the statement at ``start`` follows a place named with its size that a journey goes
    to or from ("en route to Mayo, a community of roughly 200 people about 320 km north of Whitehorse");
    ("incident", None) otherwise: a town so described where the event was ("an evacuation order ... for areas of
    Paradise, a town of about 27,000 people 180 miles northeast of San Francisco") is the event's.

    >>> t = "It left Rackla, en route to Mayo, a community of roughly 200 people about 320 km north of Whitehorse."
    >>> _journeys_end(t, Sentence(0, 0, len(t)), t.index("about 320"))[0]
    'context'
    """
    sized = _SIZED_PLACE.search(text, max(sentence.start, start - 120), start)
    if sized and _MOVED.search(text, sentence.start, sized.start("name")):
        return "context", "the geography of another place (a departure point, destination or stop)"
    return "incident", None
# The event reaching a place: "encircled the village", "swept through Vilia" (NAME: the apposed name)
_REACHED = lazy_compile(r"\b(?:encircl|engulf|surround|reach|ravag|destroy|hit|struck|swept|sweep)\w*\s+"
                        r"(?:(?:into|through|over)\s+)?"
                        r"(?:the\s+(?:village|town|city|community|settlement|hamlet)\b|NAME\b)")
# A relative clause open before the name: its comma after the name closes it, it is no apposition. The clause
# may hold a place and its state or country ("which transports crude oil from Crane, Texas to Houston, ruptured
# about 4 mi southwest of Bastrop"): a comma before a capitalised word does not end it.
_CLOSES_CLAUSE = lazy_compile(r",\s*(?:which|who|whose|that)\b(?:[^,]|,\s*(?-i:[A-Z]))*$", re.IGNORECASE)
# A sea, gulf or bay after "X in the": a statement after it locates X, which lies in that water
_SEA = lazy_compile(r"\b(?:Sea|Ocean|Gulf|Bay|Strait|Channel)$")
_IN_A_SEA = lazy_compile(r"[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*(?=\s+in\s+(?:the\s+)?$)")
_NAME = re.compile(r"[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*(?=(?:\s+islands?)?,)")


def _apposed(text: str, sentence: Sentence, start: int, mentions: tuple[Mention, ...]) -> re.Match | None:
    """The name the statement at ``start`` stands in apposition to ("Bimini, about 50 miles ..."), if any:
    a place mention or any capitalised name (a hamlet the gazetteer lacks is still a place)."""
    window = max(sentence.start, start - 60)
    best = None
    for m in _NAME.finditer(text, window, start):
        best = m
    if best is None or not _APPOSITION.fullmatch(text, best.end(), start):
        return None
    inner = _IN_A_SEA.search(text, window, best.start()) if _SEA.search(best.group()) else None
    if inner is not None:  # "Snake Island in the Black Sea, about 20 miles off X": it locates the island
        best = inner
    if _CLOSES_CLAUSE.search(text, sentence.start, best.start()):
        return None  # "M V Kanchan, which was on its way to Mangalore, sunk 7 nm west of X": the comma ends a clause
    return best


def located_mention(text: str, sentence: Sentence, start: int, mentions: tuple[Mention, ...]) -> Mention | None:
    """The place mention a statement at ``start`` stands in apposition to and so locates ("The village of
    Vilia, about 50 kilometers northwest of Athens"), if the name is a mention.

    >>> from geomap.model import Mention, Sentence
    >>> t = "The village of Vilia, about 50 kilometers northwest of Athens, burned."
    >>> located_mention(t, Sentence(0, 0, len(t)), t.index("about"), (Mention("Vilia", 15, 20, "toponym", "vilia", 0),))
    Mention(text='Vilia', start=15, end=20, kind='toponym', key='vilia', sentence=0)
    """
    x = _apposed(text, sentence, start, mentions)
    if x is None:
        return None
    return next((m for m in mentions if x.start() <= m.start and m.end <= x.end() + 1 and m.end > x.start()), None)
