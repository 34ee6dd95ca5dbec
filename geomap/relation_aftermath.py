"""The event's own site, and the places its victims were taken to, in distance statements.

- **the event as the far end**: "Chilas, about 75km east of the accident site",
  "Sfax, located 50 km from the epicentre": the place before the statement is
  the anchor and the event lies at that distance from it (see
  :func:`geomap.relation_far_end.seen_from_the_event`);
- **an aftermath place**: where the injured were rushed or treated, or the
  dead buried ("rushed ... to a hospital in Pontianak city on Borneo island,
  about 300km from Genting"; "They have been buried in the town of Ampana,
  about 196 kilometers northeast of Poso"): a statement apposed to such a place
  locates it, not the event, and is drawn as context.

The two meet in "moved to a government hospital in the town of Chilas, about
75km east of the accident site": the statement is measured from the event, so
it locates the event and stays incident.
"""
from __future__ import annotations

import re
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

# "the epicentre", "the crash site", "the accident site", "the site of the blast": the event itself as the far end;
# seismological summaries drop the article before "epicenter" ("35 km South West of epicenter")
THE_EVENT = re.compile(r"\s+(?:the\s+(?:quake['\u2019]s\s+)?(?:epicent(?:re|er)"
                       r"|(?:crash|blast|explosion|impact|accident|attack)\s+site"
                       r"|site\s+of\s+the\s+(?:crash|blast|explosion|accident|attack))|epicent(?:re|er))\b",
                       re.IGNORECASE)
_EVENT_AFTER = lazy_compile(r"[^.;]{0,80}?\b(?:of|from)" + THE_EVENT.pattern, re.IGNORECASE)
# Up to four words between the aftermath words and the apposed name ("hospital in Pontianak city on ")
_UP_TO_NAME = r"\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w\u2019'-]+\s+){0,4}$"
_AFTERMATH = lazy_compile(
    r"\b(?:(?:rushed|taken|moved|brought|transferred|airlifted|flown|evacuated|carried)\s+(?:[\w\u2019'-]+\s+){0,4}?"
    r"to\s+(?:a|the)\s+(?:[\w\u2019'-]+\s+){0,2}?(?:hospital|clinic|mortuary|morgue)"
    r"|treated\s+(?:and\s+(?:released|discharged)\s+)?at\s+(?:a|the)\s+(?:[\w\u2019'-]+\s+){0,2}?(?:hospital|clinic)|hospitali[sz]ed"
    # burial, not being buried by a landslide: "have been buried in the town of", "laid to rest in"
    r"|(?:have|has)\s+been\s+buried|laid\s+to\s+rest)" + _UP_TO_NAME, re.IGNORECASE)


def aftermath_place(text: str, sentence_start: int, name_start: int, statement_start: int) -> bool:
    """Whether the name at ``name_start``, which the statement at ``statement_start`` is apposed to, is where
    the victims were taken, treated or buried (and the statement is not measured from the event itself).

    >>> t = "They have been buried in the town of Ampana, about 196 kilometers northeast of Poso."
    >>> aftermath_place(t, 0, t.index("Ampana"), t.index("about"))
    True
    >>> t = "Bodies were moved to a hospital in the town of Chilas, about 75km east of the accident site."
    >>> aftermath_place(t, 0, t.index("Chilas"), t.index("about"))
    False
    >>> t = "Ten people were buried in the village of Kalikasa, 30 km from Tarakan, when the hill collapsed."
    >>> aftermath_place(t, 0, t.index("Kalikasa"), t.index("30"))
    False
    """
    return bool(_AFTERMATH.search(text, sentence_start, name_start)) \
        and not _EVENT_AFTER.match(text, statement_start)
