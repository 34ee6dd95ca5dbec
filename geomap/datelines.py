"""Datelines: the place a report was filed from, at the top of the article.

"WASHINGTON —", "TROY, N.C. (AP) —", "BEIRUT:", "CHARLESTON, W.Va. --",
"SOUTH WAZIRISTAN, April 5 (APP):", "WASHINGTON, April 5 (Thomson Reuters Foundation) -",
"LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) --", "NUR-SULTAN. KAZINFORM" — a name in capitals (or capitalised)
at the start of a line or right after the headline (or after a byline: "By NAIROBI, Kenya,
Apr 5 –", "... Advocate Reporter March 30, 2009 NEWARK --"), maybe followed by a state, a
date and an agency in brackets, then a dash (U+0097 too, an em dash decoded as Latin-1, a
figure dash, a bar or a minus, and a dash garbled to U+FFFD or to Windows-1252 mojibake), a
colon or an agency in brackets; or, at the top of the text or of a line, a name in capitals
right before the story's first word ("LONDON The Latest ..."). A capitals name with an agency
in brackets and a dash is a dateline wherever it stands in the opening ("... Associated Press
WASHINGTON (AP) —"). Wire reprints add: "Juba, Apr. 2, (dpa/GNA) –", "April 19, 2006 (ADDIS ABABA) —",
"Bangkok –" opening a line, "(MENAFN- IANS) Cairo, Aug 5 (IANS)" (a town, a date and an agency after a wire
tag) and "Kathmandu, February 25" alone on its line.

Not datelines: a label ("UPDATE:", "(PHOTO: ...)"), an agency alone ("(CNN) —"), an
organisation's capitals before a title-case headline ("OSCE Envoy Condemns ..."), and a
capitalised name further into the story ("... Okie. Now Hughes —a 72-year old").
"""
from __future__ import annotations

import re
from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use

_PREFIX = r"(?:Mc|Mac|De|La|Le|Du)"  # DeKALB, McALLEN: capitals after a name's prefix
_NAME = (r"(?P<name>" + _PREFIX + r"?[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}"  # WASHINGTON, ST. PAUL
         r"|(?:St\.\s)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")  # Albany, Falls Village, St. Marys (+ a dash)
# A dash garbled on the way: an undecodable byte (U+FFFD), or an em/en dash's UTF-8 bytes read as
# Windows-1252 ("\u00e2\u20ac\u201d", with a byte lost "\u00e2 \u201d" or only the last one left "\u201d ").
_GARBLED = r"\ufffd+|\u00e2[\u20ac\s]?[\u201c\u201d\u2122\x93\x94]|\u201d(?=\s)"
_SEP = r"[\u2012-\u2015\u2212]|\x96|\x97|--+|-\s|:|\u00a0|\s\s|" + _GARBLED
_MONTH_DAY = (r"[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?"  # April 5, Jan. 5, Apr 05, 5 April
              r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*")  # "DILI, 04 april 2021"
_NUMERIC_DATE = r"\d{1,2}[./]\d{1,2}[./]+\d{2,4}"  # "VIENTIANE, 01.30..2012 (KPL) -" (the page's double dot)
# (AP), (Thomson Reuters Foundation); "(APP - UrduPoint / Pakistan Point News - 8th Jul, 2024)": the agency,
# then its feed and the date inside the brackets (every UrduPoint dateline)
# "(dpa/GNA)": two agencies' feeds joined by a slash
_AGENCY = (r"\((?P<agency>(?:[A-Z][\w.&'-]*|[a-z]+/[A-Z][\w.&'-]*)(?:\s+[A-Z][\w.&'-]*){0,3})"
           r"(?:\s+-\s+(?P<dated>[^()\n]{0,60}\b\d{4}))?\)")
_DATELINE = re.compile(
    r"(?:^|(?<=\s))(?P<open>\()?" + _NAME + r"(?(open)\))"
    r"(?P<state>,\s+[A-Z][A-Za-z.]+(?:\s?[A-Z][A-Za-z.]+)?(?:\s[A-Z][a-z]+)?)?"  # "N.C.", "United Arab Emirates"
    r"(?P<date>,\s+(?:(?:" + _MONTH_DAY + r")(?:,?\s+\d{4})?|" + _NUMERIC_DATE + r"))?\s*"
    r"(?:,\s*(?=\(\w[^()\n]{0,80}\d{4}\)))?"  # "Montevideo, (APP - ... - 8th Jul, 2024)": a comma, the dated agency
    r"(?:(?<=\d),\s*(?=\([a-z]+/[A-Z]+\)))?"  # "Juba, Apr. 2, (dpa/GNA) –": a comma after the date
    r"(?:" + _AGENCY + r"\s*(?:" + _SEP + r")?|" + _SEP +  # "MEXICO CITY (AP) Mexico's": no dash
    # "NUR-SULTAN. KAZINFORM Four ...", "BEIJING. November 6. KAZINFORM At least": a full stop, then the wire
    r"|\.\s+(?:(?:" + _MONTH_DAY + r")\.\s+)?(?P<wire>[A-Z]{4,})\s*(?:" + _SEP + r"|(?=[A-Z][a-z])))")
# At the very top (or a line's start), a name in capitals then the story's first word:
# "LONDON The Latest on ...", "OKLAHOMA CITY The Latest ..." (the dash lost when the page was copied).
_BARE = re.compile(r"(?:^|(?<=\n))(?P<name>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3})\s(?=[A-Z][a-z])")
_REACH = 400  # a dateline stands in the article's first characters
# Where a dateline may start: the text's or a line's start, after the headline's full stop, after a
# byline's "By " or after the year of a byline's date.
_BOUNDARY = lazy_compile(r"(?:^|\n|[.!?]\s{1,2}|\bBy\s|\b\d{4},?\s)$")
_SENTENCE_END = lazy_compile(r"[a-z0-9]{2}[.!?]\s")  # not "St. Marys", "Okla. and"
# Words that open a line like a dateline but label it, and agencies standing alone ("(CNN) —").
_LABELS = frozenset("""NOTICE UPDATE UPDATED BREAKING NEWS PHOTO PHOTOS IMAGE VIDEO WATCH FILE CORRECTION
    EXCLUSIVE OPINION ANALYSIS COMMENTARY LISTEN READ MORE EDITOR'S NOTE AP AFP APP CNN UPI DPA IANS PTI
    XINHUA REUTERS""".split())
_HEADLINE_WORDS = lazy_compile(r"(?:[A-Z][\w'\u2019-]*,?\s+){3}")  # "Envoy Condemns Dvani ...": title case


def _accepted(text: str, m: re.Match) -> bool:
    """True when a match of :data:`_DATELINE` is a dateline (see the module's doc)."""
    name, agency = m.group("name"), m.group("agency") or m.group("wire")
    if len(name.replace(".", "")) < 3 or set(name.upper().split()) <= _LABELS:  # not "PM. (NBC News) --"
        return False
    capitals = re.sub(_PREFIX + "(?=[A-Z]{2})", "", name).isupper()
    # "Colombo, Oct 4 (IANS) An elephant": a date, then the agency (or the date inside its brackets)
    dated = m.group("date") is not None or m.group("dated") is not None
    if agency and not capitals and not dated and not text[m.end("agency") + 1:m.end()].strip():
        return False  # "World Health Organization (WHO) said": an agency needs a dash after a mixed-case name
    if not (capitals or agency or m.group("open") or m.group().rstrip().endswith(("\u2014", "--", ")"))
            or _line_dateline(text, m)):
        return False
    before = _BOUNDARY.search(text, max(0, m.start() - 8), m.start())
    if before is None:  # mid-sentence: only "... Associated Press WASHINGTON (AP) —", or a town, a date and
        # the agency after page furniture ("(MENAFN- IANS) Cairo, Aug 5 (IANS) Three people ...")
        return capitals and agency is not None or m.group("date") is not None and m.group("agency") is not None
    if m.group("open") and before.group()[:1].isdigit() and _WIRE_WORDS.search(name):
        return False  # "2018 (GLOBE NEWSWIRE) --" is the agency; "April 19, 2006 (ADDIS ABABA) \u2014" a dateline
    if capitals or before.group().startswith("\n") or m.start() == 0 or m.group("state"):
        return True
    # a capitalised name alone ("Goose Creek —"): right after the headline, not further into the story
    return _SENTENCE_END.search(text, 0, before.start()) is None


_WIRE_WORDS = lazy_compile(r"NEWS|WIRE|PRESS|MEDIA|AGENCY|\bPR\b", re.IGNORECASE)
_DATE_LINE_END = lazy_compile(r"[ \t]*\r?\n")


def _line_dateline(text: str, m: re.Match) -> bool:
    """A mixed-case town opening a line with an en dash ("Bangkok \u2013 At least 17 girls died"), or with
    a date and nothing else on its line ("Kathmandu, February 25" above the story)."""
    if m.start() and text[m.start() - 1] != "\n":
        return False
    if m.group("date"):
        return _DATE_LINE_END.match(text, m.end("date")) is not None
    return m.group().rstrip().endswith("\u2013")


def _bare_accepted(text: str, m: re.Match) -> bool:
    name = m.group("name")
    return (len(name) >= 3 and not set(name.upper().split()) <= _LABELS
            and _HEADLINE_WORDS.match(text, m.end()) is None)


def dateline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline's place name, or None.

    >>> t = "Crash kills two. TROY, N.C. (AP) \u2014 Two people died."
    >>> s = dateline_span(t); t[s[0]:s[1]]
    'TROY'
    >>> t = "By Carey L. Biron. WASHINGTON, April 5 (Thomson Reuters Foundation) - A landmark award"
    >>> s = dateline_span(t); t[s[0]:s[1]]
    'WASHINGTON'
    >>> dateline_span("Two people died in Troy on Monday.") is None
    True
    >>> dateline_span("(CNN) \u2014 After a record drought") is None
    True
    >>> t = "Bus crash\\n\\n    NUR-SULTAN. KAZINFORM Four Kyrgyz nationals were hurt"
    >>> s = dateline_span(t); t[s[0]:s[1]]
    'NUR-SULTAN'
    >>> dateline_span("FIRE KILLS SIX. POLICE SAY NOTHING") is None
    True
    """
    reach = min(len(text), _REACH)
    m = _DATELINE.search(text, 0, reach)
    while m:
        if _accepted(text, m):
            return m.start("name"), m.end("name")
        m = _DATELINE.search(text, m.start() + 1, reach)
    bare = _BARE.search(text, 0, reach)
    if bare and _bare_accepted(text, bare):
        return bare.start("name"), bare.end("name")
    return None


def dateline_at(text: str, start: int) -> bool:
    """True when the dateline's place name starts at ``start`` (cheap: anchored matches).

    >>> dateline_at("TROY, N.C. (AP) \u2014 Two died.", 0), dateline_at("Two died in Troy.", 12)
    (True, False)
    >>> dateline_at("(NEW YORK) \u2014 Police officers", 1)
    True
    """
    if start >= _REACH:
        return False
    for at in (start, start - 1) if start and text[start - 1] == "(" else (start,):
        m = _DATELINE.match(text, at)
        if m and m.start("name") == start and _accepted(text, m):
            return True
    m = _BARE.match(text, start)
    return bool(m and _bare_accepted(text, m))


def lede_length(sentences, span: tuple[int, int] | None = None) -> int:
    """How many of ``sentences`` (objects with ``start`` and ``end``) make the lede: a third of them, at
    least 5, counted from the dateline's sentence when page furniture stands before it (a byline, a map
    caption: "Map locates Gniby village ... DAKAR, Senegal (AP) —"); ``span`` is :func:`dateline_span`'s.

    >>> from types import SimpleNamespace as S
    >>> lines = [S(start=40 * k, end=40 * k + 35) for k in range(9)]
    >>> lede_length(lines), lede_length(lines, (160, 165)), lede_length([S(start=0, end=3), *lines[1:]])
    (5, 9, 6)
    """
    at = 0 if span is None else next((k for k, s in enumerate(sentences) if s.start <= span[0] < s.end), 0)
    return max(5, len(sentences) // 3, _past_furniture(sentences, at))


FURNITURE_CHARS = 30  # "AFP", "February 25, 2015 09:53 MYT": a line that short is page furniture, not the story


def _past_furniture(sentences, at: int) -> int:
    """The index just past the fifth sentence from ``at`` that is no furniture line (a credit, a time stamp:
    under :data:`FURNITURE_CHARS` characters), so page furniture does not eat the lede."""
    told = 0
    for k in range(at, len(sentences)):
        told += sentences[k].end - sentences[k].start >= FURNITURE_CHARS
        if told == 5:
            return k + 1
    return len(sentences)


# "Kathmandu: At least five Indians are among ...", "Berhampur: More than 22 persons were injured ...": a
# capitalised town and a colon opening a paragraph of the story (not a "Country: Title Case Headline" kicker).
_COLON = lazy_compile(r"(?:^|(?<=\n))(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):[ \t]+(?=[A-Z0-9])")
COLON_PARAGRAPH = 80  # characters of story after the colon: a paragraph, not a headline


def colon_dateline_span(text: str) -> tuple[int, int] | None:
    r"""(start, end) of a mixed-case town opening a paragraph with a colon, the dateline of many South Asian and
    African papers, or None. Weaker than :func:`dateline_span` (a kicker is written the same way), so the
    newsroom model takes it only on strong evidence of elsewhere (:mod:`geomap.dateline_newsroom`).

    >>> t = "5 killed\n\nKathmandu: At least five Indians are among the seven people killed when a chimney collapsed."
    >>> s = colon_dateline_span(t); t[s[0]:s[1]]
    'Kathmandu'
    >>> colon_dateline_span("Mozambique: Terrorists Kill At Least 10 in Cabo Delgado Attack") is None
    True
    """
    reach = min(len(text), _REACH)
    for m in _COLON.finditer(text, 0, reach):
        line_end = text.find("\n", m.end())
        rest = text[m.end():len(text) if line_end < 0 else line_end]
        if len(rest) >= COLON_PARAGRAPH and _HEADLINE_WORDS.match(rest) is None \
                and m.group("name").upper() not in _LABELS:
            return m.start("name"), m.end("name")
    return None

