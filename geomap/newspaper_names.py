"""Newspapers' names in an article: the paper, not a place of that name (issue 12).

"The Herald (Harare)" above an allAfrica story, "the Tribune reported": a newspaper's head word after "the"
is the paper (Herald, California is not where anything happened), and the city in brackets closing a masthead
line is the paper's seat, an organisation's place (:func:`geomap.organisation_names.begins_organisation`).
"""
from __future__ import annotations

import re

from .lazy_re import lazy_compile  # patterns of rules most articles never reach: compiled on first use
from .mention_lexicon import ORGANISATION_HEADS, Word, gap_after


def newspaper_title(text: str, words: list[Word], i: int, j: int, key: str) -> bool:
    """True when the one-word name ``key`` (words ``i..j``) is a newspaper's head word after "the" ("The Herald
    (Harare)", "the Tribune reported"): the paper, not Herald, California.

    >>> from geomap.mention_lexicon import words_of
    >>> t = "The Herald (Harare) said; the Post reported; in Herald, California"
    >>> w = words_of(t)
    >>> newspaper_title(t, w, 1, 1, "herald"), newspaper_title(t, w, 9, 9, "herald")
    (True, False)
    """
    return i == j and i > 0 and key in ORGANISATION_HEADS and words[i - 1][1] in ("The", "the") \
        and gap_after(text, words, i - 1) == " "


# A masthead line: a title of capitalised words, then the paper's city in brackets ending the line ("The Herald
# (Harare)", "Daily News (Harare)", "Premium Times (Abuja)").
_MASTHEAD_TITLE = lazy_compile(r"[ \t]*(?:The\s+)?[A-Z][\w'&.-]*(?:[ \t]+[A-Z][\w'&.-]*){0,3}[ \t]+\(")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def masthead_city(text: str, start: int, end: int) -> bool:
    r"""True when ``text[start:end]`` is the city in brackets that closes a masthead line ("The Herald (Harare)"):
    the newspaper's seat, not where anything happened.

    >>> t = "Zimbabwe: Tank Kills Child\nThe Herald (Harare)\nA Chinhoyi couple (Harare) said"
    >>> masthead_city(t, t.index("Harare"), t.index("Harare") + 6), masthead_city(t, t.rindex("Harare"), len(t) - 6)
    (True, False)
    """
    if text[start - 1:start] != "(" or text[end:end + 1] != ")" or not _LINE_END.match(text, end + 1):
        return False
    return _MASTHEAD_TITLE.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
