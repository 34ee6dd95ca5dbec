#!/usr/bin/env python
"""Build the offline background map: simplified country outlines.

    pip install -e '.[build]'
    python scripts/build_outlines.py

Writes ``data/countries.geojson`` from the outlines shipped in the
``countryinfo`` package (MIT): each country's polygon, repaired, simplified
by 0.2 degrees and snapped to a 0.05-degree grid (about 5 km), which keeps
the file near 100 kB so a self-contained map stays small. It is drawn under
the map when tiles cannot load; it is not precise enough for anything else.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "countries.geojson"
TOLERANCE_DEG = 0.2
GRID_DEG = 0.05


def main() -> int:
    import countryinfo
    import shapely
    from shapely.geometry import mapping, shape

    features = []
    for ci in countryinfo.all_countries():
        info = ci.info()
        outline = info.get("geoJSON")
        iso = (info.get("ISO") or {}).get("alpha2")
        if not outline or not outline.get("features") or not iso:
            continue
        for f in outline["features"]:
            geom = shape(f["geometry"]).buffer(0).simplify(TOLERANCE_DEG, preserve_topology=True)
            try:
                geom = shapely.set_precision(geom, GRID_DEG)
            except shapely.errors.GEOSException:
                pass  # keep the unsnapped outline rather than lose the country
            if not geom.is_empty:
                features.append({"type": "Feature", "properties": {"iso": iso, "name": info.get("name")},
                                 "geometry": mapping(geom)})
    features.sort(key=lambda f: f["properties"]["iso"])
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(OUT)
    print(f"wrote {OUT} ({len(features)} outlines, {OUT.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
