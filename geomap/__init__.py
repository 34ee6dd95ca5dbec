"""geomap: news article -> honest, interactive incident map.

Nothing heavy is imported here: folium and geopandas load only in the
functions that need them.
"""
__version__ = "0.1.0"

from .errors import GeomapError  # noqa: E402

__all__ = ["GeomapError", "__version__", "run", "Result", "geoparse", "extract", "OfflineGazetteer"]


def __getattr__(name):
    if name in ("run", "Result"):
        from . import result

        return getattr(result, name)
    if name in ("geoparse", "extract"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "OfflineGazetteer":
        from .offline_geocoder import OfflineGazetteer

        return OfflineGazetteer
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
