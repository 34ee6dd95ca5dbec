"""What every geomap page carries inline: Leaflet, geomap's controls and CSS, the offline outlines.

Nothing here is fetched from a network: Leaflet comes from the ``xstatic-leaflet``
package, the outlines from ``data/countries.geojson``. Also the one function that
turns text into a JavaScript string literal safe inside ``<script>``.
"""
from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from pathlib import Path

from .errors import DataError
from .gazetteer import data_dir


def js_string(value: str) -> str:
    """A JavaScript string literal safe inside an HTML ``<script>`` element.

    >>> js_string('</script><b a="1">&')
    '"\\\\u003c/script\\\\u003e\\\\u003cb a=\\\\"1\\\\"\\\\u003e\\\\u0026"'
    """
    return (json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def inline_script(path: Path) -> str:
    """A packaged script's text without its source-map comment (the map file is not inlined)."""
    return re.sub(r"//# sourceMappingURL=\S+\s*$", "", path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's JavaScript and CSS (images inlined as data URIs)."""
    import xstatic.pkg.leaflet as xl

    base = Path(xl.BASE_DIR)
    js = inline_script(base / "leaflet.js")
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def inline(m: re.Match) -> str:
        path = base / m.group(1)
        if not path.is_file():
            return "url(data:,)"
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        kind = "svg+xml" if path.suffix == ".svg" else path.suffix.lstrip(".")
        return f"url(data:image/{kind};base64,{data})"

    css = re.sub(r"url\(\s*['\"]?(images/[^'\")]+)['\"]?\s*\)", inline, css)
    return js, css


@lru_cache(maxsize=1)
def geomap_js() -> str:
    """geomap's own controls (fullscreen, measure, timeline), ``static/geomap.js``."""
    return (Path(__file__).parent / "static" / "geomap.js").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def country_outlines() -> str:
    """The offline background outlines (``data/countries.geojson``) as compact JSON text."""
    path = data_dir() / "countries.geojson"
    try:
        text = path.read_text(encoding="utf-8").strip()
        json.loads(text)
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the offline outlines {path}: {exc}") from None
    return text.replace("</", "<\\/")


CSS = """
.geomap-legend{background:rgba(255,255,255,.93);padding:4px 7px;font:12px/1.35 sans-serif;border-radius:4px;
 box-shadow:0 1px 4px rgba(0,0,0,.3)}
.geomap-legend .sw{display:inline-block;width:11px;height:11px;border-radius:6px;vertical-align:middle;
 box-sizing:border-box}
.geomap-legend .ring{border:3px solid;background:transparent}
.geomap-legend .dashed{border-style:dashed}
.geomap-legend .dotted{border-style:dotted}
.geomap-legend .wedge{border:3px solid;border-radius:0 12px 0 0;background:transparent}
.geomap-legend .best{border:2px solid #000;background:#fff}
.geomap-label{position:absolute;left:0;top:0;font:bold 13px/1.2 sans-serif;color:#7f1010;white-space:nowrap;
 pointer-events:none;text-shadow:0 0 2px #fff,0 0 3px #fff,0 0 4px #fff}
.geomap-label-zone{color:#a33a00;font-size:12px}
.geomap-label-context{color:#0d3c78;font-weight:normal;font-size:12px}
.geomap-caption{background:rgba(255,255,255,.93);padding:5px 9px;border-radius:4px;max-width:min(420px,46vw);
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.3 sans-serif;color:#333}
.geomap-caption .geomap-title{font-weight:bold;font-size:14px;color:#111}
.geomap-caption .geomap-credit{font-size:10px;color:#666}
.geomap-locator{width:150px;height:105px;border:1px solid #999;box-shadow:0 1px 4px rgba(0,0,0,.3);
 background:#d4e4f1}
.geomap-locator-name{position:absolute;left:3px;bottom:1px;z-index:1000;font:10px sans-serif;color:#333;
 text-shadow:0 0 2px #fff}
.geomap-panel{background:#fff;width:300px;font:13px/1.45 sans-serif;border-radius:4px;
 box-shadow:0 1px 4px rgba(0,0,0,.3)}
.geomap-panel .geomap-panel-toggle{display:block;text-align:left;padding:0 10px;font-size:13px}
.geomap-panel .geomap-panel-toggle::before{content:"\\25BE  "}
.geomap-closed .geomap-panel-toggle::before{content:"\\25B8  "}
.geomap-panel-body{position:relative;overflow:auto;padding:4px 10px 8px;white-space:pre-wrap;border-top:1px solid #ddd}
.geomap-closed .geomap-panel-body{display:none}
.geomap-mention{border-bottom:2px solid;border-radius:2px;cursor:pointer}
.geomap-flash{outline:2px solid #111}
.geomap-popup{font:13px/1.4 sans-serif;max-width:340px}
.geomap-popup blockquote{margin:6px 0;padding-left:6px;border-left:3px solid #ccc}
.geomap-alternatives{margin:2px 0 4px;padding-left:16px;font-size:11px}
.geomap-alternatives code{font-size:10px;user-select:all}
.geomap-confidence{font-size:11px;color:#555}
.geomap-popup mark{background:#ffe082}
.geomap-source{color:#555;font-size:11px}
.geomap-button{font:bold 16px/26px sans-serif;text-align:center;text-decoration:none;color:#222}
.geomap-active{background:#ffe082 !important}
.geomap-timeline{background:#fff;padding:4px 8px;font:13px/1.4 sans-serif;border-radius:4px;
 box-shadow:0 1px 4px rgba(0,0,0,.3)}
.geomap-timeline .geomap-button{display:inline-block;width:22px;line-height:20px;font-size:13px}
.geomap-timeline .geomap-step{padding:0 6px}
.geomap-measure{font:12px sans-serif}
.geomap-measuring .leaflet-interactive{pointer-events:none !important}
.leaflet-container .leaflet-interactive:focus,.leaflet-container path:focus{outline:none}
.geomap-map .leaflet-control-layers,.geomap-map .leaflet-control-scale-line{font-size:12px}
.geomap-small .geomap-legend{font-size:10.5px;padding:2px 5px;line-height:1.25}
.geomap-small .geomap-caption{padding:3px 6px;font-size:10.5px;max-width:min(340px,50vw)}
.geomap-small .geomap-caption .geomap-title{font-size:12px}
.geomap-small .geomap-locator{width:100px;height:70px}
.geomap-small .geomap-panel{width:230px;font-size:12px}
.geomap-small .geomap-label{font-size:12px}
.geomap-small .leaflet-control-attribution{font-size:9px}
.geomap-large .geomap-legend{font-size:16px;padding:6px 10px}
.geomap-large .geomap-legend .sw{width:15px;height:15px;border-radius:8px}
.geomap-large .geomap-caption{font-size:16px;padding:8px 12px;max-width:640px}
.geomap-large .geomap-caption .geomap-title{font-size:21px}
.geomap-large .geomap-caption .geomap-credit{font-size:13px}
.geomap-large .geomap-locator{width:240px;height:165px}
.geomap-large .geomap-label{font-size:18px}
.geomap-large .geomap-label-zone,.geomap-large .geomap-label-context{font-size:16px}
.geomap-large .leaflet-control-scale-line{font-size:14px}
.geomap-large .leaflet-control-attribution{font-size:13px}
"""
