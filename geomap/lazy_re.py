"""Regular expressions compiled on first use, not when their module is imported.

Compiling a rule's pattern costs a cold start (``geomap map`` on one article)
the same whether or not the article ever reaches the rule; most rules run
only on some wordings. :func:`lazy_compile` is ``re.compile`` deferred to the
pattern's first use: the compiled pattern's methods are then bound on the
object itself, so later calls cost what a compiled pattern's do.
"""
from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern string and flags, compiled by the first attribute read (``.search``, ``.groups`` ...).

    ``pattern`` is readable without compiling (patterns are built from other patterns' text).

    >>> p = LazyPattern(r"\\bKerman\\b", re.IGNORECASE)
    >>> p.pattern, "search" in vars(p)
    ('\\\\bKerman\\\\b', False)
    >>> p.search("in KERMAN, Iran").span(), "search" in vars(p)
    ((3, 9), True)
    """

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern:
        """The compiled pattern (re.compile's own cache makes a second call cheap)."""
        return re.compile(self.pattern, self._flags)

    def __getattr__(self, name: str):
        if name.startswith("__"):  # copy, pickle and the like look for dunders: not a use of the pattern
            raise AttributeError(name)
        compiled = self.compiled()
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return LazyPattern(pattern, flags)
