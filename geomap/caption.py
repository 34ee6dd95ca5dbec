"""What a map says about itself: its title, the source and date of the article, and the attribution.

Pure functions of the article text, its name and the FeatureCollection. The
title is the one the user gives (``--title``), else the article's first line
(a headline, or the lead sentence shortened at a word), else its name. The
source is a line of the article that credits one ("(c) New York Post",
"Source: Reuters"); the date is an ISO date in the article's name or in a
dateline ("Published 2024-01-03"). Either is left out when unknown: nothing
is guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TITLE_CHARS = 110
_SOURCE = re.compile(r"^\s*(?:\u00a9|\(c\)|copyright\b|source:)\s*(?:\d{4}\s+)?(.{2,60}?)\s*\.?\s*$",
                     re.IGNORECASE)
_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@dataclass(frozen=True)
class Caption:
    title: str
    source: str | None
    date: str | None
    attribution: str

    @property
    def meta(self) -> str:
        """``"New York Post, 3 January 2024"``, or what of it is known ("" when nothing is)."""
        return ", ".join(x for x in (self.source, self.date) if x)


def shorten(line: str, limit: int = TITLE_CHARS) -> str:
    """``line`` cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut.

    >>> shorten("Two bombs went off in Kerman", 20)
    'Two bombs went off\u2026'
    >>> shorten("Short", 20)
    'Short'
    """
    line = " ".join(line.split())
    if len(line) <= limit:
        return line
    cut = line[:limit - 1]
    if " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:-\u2014") + "\u2026"


def headline(text: str) -> str | None:
    """The article's first non-empty line, shortened; None for an empty text.

    >>> headline("\\n  Quake hits Pokhara  \\nThe epicentre was ...")
    'Quake hits Pokhara'
    """
    for line in text.splitlines():
        if line.strip():
            return shorten(line)
    return None


def source_of(text: str) -> str | None:
    """The source an article credits on a line of its own (the last such line).

    >>> source_of("Bombs in Kerman.\\n\u00a9 New York Post")
    'New York Post'
    >>> source_of("Source: Reuters\\nText") is None, source_of("Nothing here.") is None
    (False, True)
    """
    found = None
    for line in text.splitlines()[-400:] if len(text) < 5_000_000 else []:
        m = _SOURCE.match(line) if len(line) < 100 else None
        if m:
            found = m.group(1)
    return found


def date_of(*texts: str) -> str | None:
    """The first valid ISO date (``YYYY-MM-DD``) in ``texts``, written out.

    >>> date_of("kerman-2024-01-03", "")
    '3 January 2024'
    >>> date_of("report-2024-13-40") is None
    True
    """
    for text in texts:
        for m in _DATE.finditer(text[:2000]):
            year, month, day = (int(g) for g in m.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{day} {_MONTHS[month - 1]} {year}"
    return None


def caption_for(fc: dict, article: str | None = None, title: str | None = None) -> Caption:
    """The caption of ``fc``'s map; ``article`` is its text when known, ``title`` the user's."""
    meta = fc.get("geomap", {}).get("article", {}) or {}
    name = str(meta.get("name") or "")
    text = article or ""
    sources = fc.get("geomap", {}).get("sources") or []
    heading = (shorten(title) if title and title.strip() else shorten(meta["title"]) if meta.get("title")
               else headline(text) or (f"{len(sources)} reports of one incident" if sources else name) or "geomap")
    online = [a for a in fc.get("geomap", {}).get("attribution", []) if a.startswith("Geocoding:")]
    attribution = "; ".join(["Map: geomap", "places: GeoNames (CC BY 4.0)"] + online)
    source = meta.get("site") or (source_of(text) if text else None)
    date = date_of(str(meta.get("date") or ""), name, text[:2000])
    return Caption(heading, source, date, attribution)
