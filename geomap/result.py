"""What :func:`geomap.run` returns: the FeatureCollection, with ways to show and convert it.

The core (:mod:`geomap.pipeline`) makes the FeatureCollection and knows nothing of
maps; this wrapper is where presentation (HTML, Jupyter, GeoDataFrame) is reached,
each only when asked for.
"""
from __future__ import annotations

from dataclasses import dataclass

from .pipeline import geoparse


@dataclass(frozen=True)
class Result:
    """An article's FeatureCollection, displayable in Jupyter as its map.

    It has a ``__geo_interface__``, so GIS libraries take it as it is
    (``geopandas.GeoDataFrame.from_features(result)``, ``shapely.geometry.shape``
    of a feature ...).
    """

    geojson: dict
    name: str = "article"

    @property
    def features(self) -> list[dict]:
        return self.geojson["features"]

    @property
    def warnings(self) -> list[dict]:
        return self.geojson["geomap"]["warnings"]

    @property
    def __geo_interface__(self) -> dict:
        return self.geojson

    def to_geodataframe(self, kind: str | None = None):
        """The features as a GeoDataFrame (EPSG:4326); ``kind`` keeps only places, zones or events."""
        from .export import to_geodataframe

        return to_geodataframe(self.geojson, kind)

    def to_html(self, **options) -> str:
        from .render import render_html

        return render_html(self.geojson, **options)

    def _repr_html_(self) -> str:  # Jupyter
        from .render import render_iframe

        return render_iframe(self.geojson)


def run(text: str, name: str = "article", gazetteer=None, vague_table: dict | None = None,
        online=None) -> Result:
    """Article text -> :class:`Result` holding the GeoJSON FeatureCollection.

    >>> r = run("Two bombs went off in Kerman, Iran.")
    >>> [(f["properties"]["name"], f["properties"]["role"]) for f in r.features if f["properties"]["kind"] == "place"]
    [('Kerman', 'incident'), ('Iran', 'context')]
    """
    return Result(geoparse(text, name, gazetteer, vague_table, online), name)
