"""The FeatureCollection as GIS files: GeoJSON, GeoPackage, KML, CSV.

geopandas and pyogrio load only here. Nested properties (evidence, lists)
become JSON text columns, so nothing is lost and QGIS opens every file.
Each file is written to a temporary name and renamed when complete.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .errors import OutputError

FORMATS = ("geojson", "gpkg", "kml", "csv")
LAYERS = {"place": "places", "zone": "zones", "event": "events"}


def to_geodataframe(fc: dict, kind: str | None = None):
    """A GeoDataFrame (EPSG:4326) of the features, optionally of one ``kind``."""
    import geopandas as gpd
    from shapely.geometry import shape

    rows, geoms = [], []
    for f in fc["features"]:
        p = f["properties"]
        if kind and p["kind"] != kind:
            continue
        flat = {}
        for k, v in p.items():
            flat[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
        rows.append(flat)
        geoms.append(shape(f["geometry"]))
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def _tmp_for(target: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    os.unlink(tmp)  # GDAL drivers want to create the file themselves
    return Path(tmp)


def export(fc: dict, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``fc`` to ``path`` in ``fmt`` (default: from the suffix)."""
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise OutputError(f"{target}: unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    if target.is_dir():
        raise OutputError(f"{target} is a directory")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    tmp = _tmp_for(target)
    try:
        if fmt == "geojson":
            tmp.write_text(json.dumps(fc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        elif fmt == "gpkg":
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
        os.replace(tmp, target)
    except OutputError:
        raise
    except Exception as exc:  # GDAL and pandas raise many kinds; none may leave a half file
        raise OutputError(f"cannot write {target}: {exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return target
