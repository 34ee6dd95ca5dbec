"""The FeatureCollection as GIS files: GeoJSON, GeoPackage, KML, CSV.

geopandas and pyogrio load only here. Nested properties (evidence, lists)
become JSON text columns, so nothing is lost and QGIS opens every file.
Each file goes through :func:`geomap.atomic.atomic_path`: a temporary name, fsync, rename.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

from .atomic import atomic_path, check_outputs
from .errors import OutputError

FORMATS = ("geojson", "gpkg", "kml", "csv")
LAYERS = {"place": "places", "zone": "zones", "event": "events", "agreement": "agreements", "area": "areas"}


def quoted_evidence(evidence: list[dict], sentences: list[dict]) -> list[dict]:
    """Evidence items with a ``quote``: their sentence around the mention, at most 300 characters.

    A GIS layer has no ``geomap.sentences`` beside it, so each row carries its own words.

    >>> quoted_evidence([{"text": "Kerman", "start": 3, "end": 9, "sentence": 0}],
    ...                 [{"start": 0, "end": 16, "text": "In Kerman today."}])[0]["quote"]
    'In Kerman today.'
    """
    from .popups import quote_window

    out = []
    for ev in evidence:
        i = ev.get("sentence")
        s = sentences[i] if isinstance(i, int) and 0 <= i < len(sentences) else {"start": ev["start"], "text": ev["text"]}
        out.append({**ev, "quote": "".join(quote_window(s["text"], ev["start"] - s["start"], ev["end"] - s["start"]))})
    return out


def to_geodataframe(fc: dict, kind: str | None = None):
    """A GeoDataFrame (EPSG:4326) of the features, optionally of one ``kind``.

    Nested properties become JSON text columns; evidence items carry their quote.
    """
    import geopandas as gpd
    from shapely.geometry import shape

    sentences = fc.get("geomap", {}).get("sentences", [])
    rows, geoms = [], []
    for f in fc["features"]:
        p = f["properties"]
        if kind and p["kind"] != kind:
            continue
        flat = {}
        for k, v in p.items():
            if k == "evidence":
                v = quoted_evidence(v, sentences)
            flat[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
        rows.append(flat)
        geoms.append(shape(f["geometry"]))
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


# GeoPackage stamps every table with the time of writing; a fixed date makes the file
# depend on its content only (the same input gives byte-identical files).
FIXED_DATE = "2000-01-01T00:00:00.000Z"


@contextmanager
def _fixed_gdal_date():
    import pyogrio

    old = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_DATE})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": old})


def _write(fc: dict, tmp: Path, fmt: str, target: Path) -> None:
    if fmt == "geojson":
        tmp.write_text(json.dumps(fc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif fmt == "gpkg":
        with _fixed_gdal_date():
            for kind, layer in LAYERS.items():
                gdf = to_geodataframe(fc, kind)
                if len(gdf):
                    gdf.to_file(tmp, layer=layer, driver="GPKG", engine="pyogrio")
        if not tmp.exists():
            raise OutputError(f"{target}: nothing to export")
    elif fmt == "kml":
        gdf = to_geodataframe(fc)
        gdf = gdf.rename(columns={"name": "Name", "description": "Description"})
        gdf.to_file(tmp, driver="KML", engine="pyogrio", layer="geomap")
    else:  # csv: one row per feature, WKT geometry and a representative lon/lat
        gdf = to_geodataframe(fc)
        point = gdf.geometry.representative_point()
        table = gdf.drop(columns="geometry").assign(lon=point.x.round(6), lat=point.y.round(6),
                                                   wkt=gdf.geometry.to_wkt(rounding_precision=6))
        table.to_csv(tmp, index=False)


def export(fc: dict, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``fc`` to ``path`` in ``fmt`` (default: from the suffix), through :func:`atomic_path`."""
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise OutputError(f"{target}: unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    check_outputs([target], [])
    with atomic_path(target, suffix=f".tmp{target.suffix}") as tmp:
        try:
            _write(fc, tmp, fmt, target)
        except (OutputError, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # GDAL and pandas raise many kinds; none may leave a half file
            raise OutputError(f"cannot write {target}: {exc}") from None
    return target
