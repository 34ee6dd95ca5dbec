"""Matches that start a word, found several times faster than with a leading ``\\b``.

A pattern opening with ``\\b`` (or a look-behind) is tried at every character of
the article; one opening with literal words ("father|mother|son", "Alabama|
Alaska") is searched for their first letters only. :func:`word_start_matches`
runs the pattern without its ``\\b`` and keeps the matches no word character
precedes, resuming one character on after a rejected one, which is exactly
what the ``\\b`` pattern's ``finditer`` finds when every match begins with a
word character.
"""
from __future__ import annotations

import re
from collections.abc import Iterator


def word_start_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern`` (whose matches begin with a word character) that no word character
    precedes: ``re.compile(r"\\b" + pattern.pattern).finditer(text)``.

    >>> [m.group() for m in word_start_matches(re.compile(r"(?:son|father)\\s+[A-Z]\\w+"), "Johnson Smith, son Ed")]
    ['son Ed']
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # "\\w" of a str pattern
            pos = start + 1
            continue
        yield m
        pos = m.end() if m.end() > start else start + 1
