"""Errors raised by geomap.

Every error is a :class:`GeomapError` and also a builtin exception, in the
style of geopy (``GeocoderTimedOut(GeocoderServiceError, TimeoutError)``),
so callers can catch either. ``exit_code`` is what the command line exits
with; the codes are listed in the README.
"""
from __future__ import annotations


class GeomapError(Exception):
    """Base class for every error geomap raises on purpose."""

    exit_code = 1


class UsageError(GeomapError, ValueError):
    """A command-line option or the file it names is not usable (e.g. a bad ``--vague-table``)."""

    exit_code = 2


class InputError(GeomapError, ValueError):
    """The article cannot be read: missing, a directory, binary, undecodable, empty."""

    exit_code = 3


class ConfigError(GeomapError, ValueError):
    """A settings file (``geomap.toml``, ``--config``) is unreadable or holds a bad value."""

    exit_code = 2


class NoPlacesError(GeomapError, LookupError):
    """The article was read but no place in it could be found and located."""

    exit_code = 4


class OutputError(GeomapError, OSError):
    """An output file cannot be written."""

    exit_code = 5


class DataError(GeomapError, RuntimeError):
    """The embedded gazetteer or a curated table is missing or malformed."""

    exit_code = 6


class RenderError(GeomapError, RuntimeError):
    """The map cannot be rendered (e.g. no browser for a PNG)."""

    exit_code = 7


class GeocodingError(GeomapError, ConnectionError):
    """The online geocoder could not answer (after retries), answered badly, or is misconfigured."""

    exit_code = 8


class PartialOutputError(GeomapError):
    """A later output of a run failed after earlier ones were written; says which were.

    Its exit code is that of the failure (e.g. 7 when the PNG cannot be rendered).
    """

    def __init__(self, cause: GeomapError, written: list):
        done = ", ".join(str(p) for p in written) or "standard output"
        super().__init__(f"{cause}; already written: {done}")
        self.cause = cause
        self.exit_code = cause.exit_code
