"""Articles in languages other than English.

:func:`detect_language` says which language an article is in (a cheap check
keeps English fast; other texts go to ``py3langid`` when installed);
:func:`geomap.lang.stages.language_stages` are the pipeline stages for a
language that is not English. English keeps :func:`geomap.pipeline.default_stages`.
"""
from __future__ import annotations

from .detect import SUPPORTED, detect_language, forced_language

__all__ = ["SUPPORTED", "detect_language", "forced_language"]
