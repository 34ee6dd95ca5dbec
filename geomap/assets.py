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


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's JavaScript and CSS (images inlined as data URIs)."""
    import xstatic.pkg.leaflet as xl

    base = Path(xl.BASE_DIR)
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S+\s*$", "", js)
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
.geomap-legend{background:#fff;padding:6px 8px;font:12px/1.4 sans-serif;border-radius:4px;
 box-shadow:0 1px 4px rgba(0,0,0,.3)}
.geomap-legend .sw{display:inline-block;width:12px;height:12px;border-radius:6px;vertical-align:middle;
 box-sizing:border-box}
.geomap-legend .ring{border:3px solid;background:transparent}
.geomap-legend .dashed{border-style:dashed}
.geomap-legend .dotted{border-style:dotted}
.geomap-legend .wedge{border:3px solid;border-radius:0 12px 0 0;background:transparent}
.geomap-legend .best{border:2px solid #000;background:#fff}
.geomap-label{font:bold 12px sans-serif;color:#bf360c;white-space:nowrap;text-shadow:0 0 3px #fff}
.geomap-popup{font:13px/1.4 sans-serif;max-width:340px}
.geomap-popup blockquote{margin:6px 0;padding-left:6px;border-left:3px solid #ccc}
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
"""


