"""When it happened: relative dates in a report ("on Wednesday", "yesterday") anchored on its publication date.

News reports date their events relative to the day they are published. Given
that day, the first relative date the article gives in its opening sentences
is turned into a calendar date; without a publication date nothing is guessed.
Pure functions; the result goes into the FeatureCollection's
``geomap.article.incident_date`` with the words it was read from.
"""
from __future__ import annotations

import datetime as dt
import re
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = lazy_compile(
    r"\b(?:(?P<on>on|last|this|early|late)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\b(?P<day>yesterday|today|tonight|last\s+night|this\s+morning)\b",
    re.IGNORECASE)
LEAD_CHARS = 1500  # the date of the event is given early; later dates are background


def parse_date(value) -> dt.date | None:
    """A date from ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date); None if it is not one.

    >>> parse_date("2024-01-03T08:15:00Z"), parse_date("3 January"), parse_date(None)
    (datetime.date(2024, 1, 3), None, None)
    """
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def resolve_relative(words: str, published: dt.date) -> dt.date | None:
    """The calendar date ``words`` ("on Wednesday", "yesterday") mean in a report published on ``published``.

    A weekday is the latest such day on or before publication ("last
    Wednesday" the one before that if publication fell on a Wednesday).

    >>> d = dt.date(2024, 1, 4)  # a Thursday
    >>> resolve_relative("on Wednesday", d), resolve_relative("yesterday", d), resolve_relative("Thursday", d)
    (datetime.date(2024, 1, 3), datetime.date(2024, 1, 3), datetime.date(2024, 1, 4))
    >>> resolve_relative("last Thursday", d)
    datetime.date(2023, 12, 28)
    """
    w = " ".join(words.lower().split())
    if w in ("today", "tonight", "this morning"):
        return published
    if w in ("yesterday", "last night"):
        return published - dt.timedelta(days=1)
    for i, name in enumerate(WEEKDAYS):
        if name in w:
            back = (published.weekday() - i) % 7
            if back == 0 and w.startswith("last "):
                back = 7
            return published - dt.timedelta(days=back)
    return None


def incident_date(text: str, published) -> dict | None:
    """``{"date", "text", "start", "end", "published"}`` for the first relative date in the lead, or None.

    >>> incident_date("Two bombs went off on Wednesday in Kerman.", "2024-01-03")["date"]
    '2024-01-03'
    >>> incident_date("Two bombs went off on Wednesday in Kerman.", None) is None
    True
    """
    day = parse_date(published)
    if day is None:
        return None
    m = _RELATIVE.search(text, 0, LEAD_CHARS)
    if m is None:
        return None
    words = m.group(0)
    when = resolve_relative(words, day)
    if when is None:
        return None
    return {"date": when.isoformat(), "text": words, "start": m.start(), "end": m.end(),
            "published": day.isoformat()}
