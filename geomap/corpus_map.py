"""``geomap map --corpus``: one self-contained page drawing a whole corpus's events table.

Clustered markers (Leaflet.markercluster, from the ``xstatic-leaflet-markercluster``
package), a heat layer (``static/corpus.js`` draws it on a canvas), a time
slider by day or week (or month for long corpora, :mod:`geomap.corpus_data`),
undated rows as grey markers that are always shown, and popups quoting each
place's documents (id, date, source, event, evidence sentence).

No template engine is involved: the page is put together from trusted package
files (Leaflet, the cluster plugin, geomap's JS and CSS, the offline outlines)
and one JSON document made by :func:`geomap.assets.js_string`, which the page's
script reads with ``JSON.parse`` and puts on the page only as ``textContent``.
The same input gives the same bytes.
"""
from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path

from .assets import country_outlines, inline_script, js_string, leaflet_assets
from .corpus_data import MAX_PLACES, CorpusData, aggregate
from .corpus_read import read_corpus
from .errors import NoPlacesError, UsageError
from .styles import PLACES_CREDIT, TILES


CSS = """
html,body{margin:0;height:100%}
.geomap-corpus{position:absolute;inset:0}
.geomap-corpus-marker{background:rgba(178,24,43,.85);color:#fff;border:2px solid #fff;border-radius:50%;
 font:bold 11px sans-serif;display:flex;align-items:center;justify-content:center;box-shadow:0 0 3px rgba(0,0,0,.5)}
.geomap-corpus-undated{background:rgba(110,110,110,.85)}
.geomap-corpus-cluster{background:rgba(178,24,43,.35);border-radius:50%}
.geomap-corpus-cluster div{background:rgba(178,24,43,.8);color:#fff;border-radius:50%;margin:5px;
 font:bold 12px/30px sans-serif;text-align:center;width:30px;height:30px}
.geomap-corpus-cluster.geomap-corpus-undated{background:rgba(110,110,110,.35)}
.geomap-corpus-cluster.geomap-corpus-undated div{background:rgba(90,90,90,.85)}
.geomap-corpus-time{background:#fff;padding:6px 9px;font:12px/1.4 sans-serif;border-radius:4px;
 box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:min(460px,80vw)}
.geomap-corpus-time input[type=range]{width:100%;margin:4px 0}
.geomap-corpus-time .geomap-corpus-when{font-weight:bold}
.geomap-corpus-time .geomap-corpus-note{color:#555;font-size:11px}
.geomap-corpus-time button{font:12px sans-serif;margin-right:4px}
.geomap-corpus-title{background:rgba(255,255,255,.93);padding:5px 9px;border-radius:4px;font:bold 14px sans-serif;
 box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:min(420px,60vw)}
.geomap-corpus-popup{font:13px/1.4 sans-serif;max-height:320px;overflow:auto}
.geomap-corpus-popup blockquote{margin:3px 0 8px;padding-left:6px;border-left:3px solid #ccc}
.geomap-corpus-popup .geomap-corpus-doc{font-weight:bold}
.geomap-corpus-popup .geomap-corpus-meta{color:#555;font-size:11px}
.geomap-heat{pointer-events:none}
"""


@lru_cache(maxsize=1)
def cluster_assets() -> tuple[str, str]:
    """Leaflet.markercluster's JavaScript and CSS, from the xstatic package."""
    import xstatic.pkg.leaflet_markercluster as xm

    base = Path(xm.BASE_DIR)
    return inline_script(base / "leaflet.markercluster.js"), (base / "MarkerCluster.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def corpus_js() -> str:
    return (Path(__file__).parent / "static" / "corpus.js").read_text(encoding="utf-8")


def _tiles(tiles: str) -> dict:
    key = tiles.lower()
    if key not in TILES:
        raise UsageError(f"unknown tiles {tiles!r}; choose from {', '.join(TILES)}")
    if TILES[key] is None:
        return {"url": "", "attribution": PLACES_CREDIT, "maxZoom": 18}
    import xyzservices.providers as providers

    provider = providers.query_name(TILES[key])
    return {"url": provider.build_url(), "maxZoom": provider.get("max_zoom", 18),
            "attribution": provider.html_attribution + " | " + PLACES_CREDIT}


def corpus_page(data: CorpusData, tiles: str = "openstreetmap", title: str = "Corpus") -> str:
    """The HTML page of an aggregated corpus."""
    leaflet_js, leaflet_css = leaflet_assets()
    cluster_js, cluster_css = cluster_assets()
    options = {"title": title, "maxPlaces": MAX_PLACES, **_tiles(tiles)}
    payload = json.dumps({"data": data.as_json(), "options": options}, ensure_ascii=False, separators=(",", ":"))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(title)}</title>\n"
            f"<style>{leaflet_css}\n{cluster_css}\n{CSS}</style>\n"
            f"<script>{leaflet_js}</script>\n<script>{cluster_js}</script>\n<script>{corpus_js()}</script>\n"
            "</head>\n<body>\n<div id=\"geomap-corpus\" class=\"folium-map geomap-corpus\"></div>\n"
            f"<script>geomapCorpus(document.getElementById(\"geomap-corpus\"), JSON.parse({js_string(payload)}), "
            f"{country_outlines()});</script>\n</body>\n</html>\n")


def corpus_map(path, tiles: str = "openstreetmap", title: str | None = None) -> tuple[str, CorpusData]:
    """(page, data) of an events table (CSV, GeoParquet) or a ``geomap batch`` JSONL file."""
    from .atomic import printable

    data = aggregate(read_corpus(path))
    if not data.rows:
        raise NoPlacesError(f"{printable(str(path))} has no events or incident places to map")
    return corpus_page(data, tiles=tiles, title=title or Path(path).name), data
