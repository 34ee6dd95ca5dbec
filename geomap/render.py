"""FeatureCollection -> folium map (HTML). No file writing here.

The page carries Leaflet inline (from the ``xstatic-leaflet`` package), so it
works with no network at all except for map tiles; folium's default jQuery,
Bootstrap and icon fonts are not used. Article text reaches the page only
through :func:`js_string` (JSON with ``<``, ``>`` and ``&`` escaped) after
:func:`html.escape`, so it renders as text. Element ids are numbered in
build order, so the same input gives byte-identical HTML.
"""
from __future__ import annotations

import base64
import html
import json
import re
from functools import lru_cache
from pathlib import Path

from .features import format_distance

COLOURS = {"incident": "#c62828", "context": "#1565c0", "zone": "#ef6c00", "anchor": "#6a1b9a",
           "event": "#b71c1c"}
SHAPE_STYLE = {"ring": "#ef6c00", "disc": "#ef6c00", "sector": "#2e7d32", "corridor": "#00838f"}
# Background tiles by xyzservices name; every provider here is free to use with its attribution.
TILES = {
    "openstreetmap": "OpenStreetMap.Mapnik",
    "light": "Esri.WorldGrayCanvas",
    "satellite": "Esri.WorldImagery",
    "none": None,
}


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


QUOTE_CHARS = 300  # at most this much of a sentence is quoted around a mention


def quote_window(sentence: str, start: int, end: int, limit: int = QUOTE_CHARS) -> tuple[str, str, str]:
    """(before, mention, after) of ``sentence`` around ``[start, end)``, at most ``limit`` characters.

    Cut ends are marked with an ellipsis, so a popup stays small however long
    the sentence (an article may be one 20 MiB sentence).

    >>> quote_window("In Kerman today.", 3, 9)
    ('In ', 'Kerman', ' today.')
    >>> before, mention, after = quote_window("a " * 200 + "Kerman" + " b" * 200, 400, 406, 20)
    >>> before, mention, after, len(before + mention + after)
    ('\u2026 a a a ', 'Kerman', ' b b b \u2026', 22)
    """
    end = min(end, start + limit)
    room = max(limit - (end - start), 0)
    left = min(start, room // 2)
    right = min(len(sentence) - end, room - left)
    left = min(start, room - right)
    a, b = start - left, end + right
    return (("\u2026" if a > 0 else "") + sentence[a:start], sentence[start:end],
            sentence[end:b] + ("\u2026" if b < len(sentence) else ""))


def popup_html(props: dict, sentences: list[dict] = ()) -> str:
    """The popup of a feature: name, meaning, evidence sentences (escaped).

    ``sentences`` is the collection's ``geomap.sentences``, which evidence
    items point into; each quote is a window of at most ``QUOTE_CHARS``.
    """
    e = html.escape
    parts = [f"<div class='geomap-popup'><b>{e(str(props['name']))}</b>"]
    if props["kind"] in ("zone", "event"):
        parts.append(f"<div>{e(props['description'])}</div>")
        if props["kind"] == "event" and props.get("best_guess"):
            lon, lat = props["best_guess"]
            parts.append(f"<div>Best guess: {lat:.5f}, {lon:.5f} (distance and direction as stated)</div>")
        if props.get("label"):
            parts.append(f"<div>Event: {e(props['label'])}</div>")
        if props.get("relative_time"):
            parts.append(f"<div>Time: {e(props['relative_time'])}</div>")
    else:
        kind = e(str(props.get("place_type") or "place"))
        country = f", {e(props['country'])}" if props.get("country") else ""
        parts.append(f"<div>{e(props['role'])} {kind}{country}; "
                     f"uncertainty about {e(format_distance(props['uncertainty_m']))}</div>")
        parts.append(f"<div class='geomap-source'>source: {e(props['source'])}</div>")
        if props.get("source_note") and not str(props["source"]).startswith("geonames:"):
            parts.append(f"<div class='geomap-source'>{e(props['source_note'])}</div>")
    for ev in props["evidence"][:5]:
        s = sentences[ev["sentence"]] if isinstance(ev.get("sentence"), int) and ev["sentence"] < len(sentences) \
            else {"start": ev["start"], "text": ev["text"]}
        before, mention, after = quote_window(s["text"], ev["start"] - s["start"], ev["end"] - s["start"])
        quoted = f"{e(before)}<mark>{e(mention)}</mark>{e(after)}"
        where = f"line {ev['line']}, " if ev.get("line") else ""
        parts.append(f"<blockquote>{quoted}<br><small>{where}characters {ev['start']}\u2013{ev['end']}"
                     f"</small></blockquote>")
    if len(props["evidence"]) > 5:
        parts.append(f"<div>\u2026 and {len(props['evidence']) - 5} more mentions</div>")
    parts.append("</div>")
    return "".join(parts)


def _legend_html() -> str:
    rows = [
        (f"<span class='sw' style='background:{COLOURS['incident']}'></span>", "incident place"),
        (f"<span class='sw' style='background:{COLOURS['context']}'></span>", "place mentioned for context"),
        (f"<span class='sw ring' style='border-color:{SHAPE_STYLE['ring']}'></span>",
         "ring or disc: distance (or 'near') with no direction"),
        (f"<span class='sw wedge' style='border-color:{SHAPE_STYLE['sector']}'></span>",
         "sector: distance or side with a direction"),
        (f"<span class='sw ring' style='border-color:{SHAPE_STYLE['corridor']}'></span>",
         "band: between two places"),
        ("<span class='sw best'></span>", "best-guess point (distance and direction given)"),
        (f"<span class='sw ring dotted' style='border-color:{COLOURS['event']}'></span>",
         "event area: the zone widened by its anchor's uncertainty"),
        (f"<span class='sw ring dashed' style='border-color:{COLOURS['anchor']}'></span>",
         "uncertainty of a place's position"),
    ]
    body = "".join(f"<div>{sw} {html.escape(label)}</div>" for sw, label in rows)
    return f"<div class='geomap-legend'><b>geomap</b>{body}</div>"


_CSS = """
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


def _bounds(fc: dict) -> list[list[float]]:
    from shapely.geometry import shape

    zones = [f for f in fc["features"] if f["properties"]["kind"] == "zone"]
    anchors = {f["properties"]["anchor"] for f in zones}
    events = [f for f in fc["features"] if f["properties"]["kind"] == "event"]
    feats = (zones + events + [f for f in fc["features"] if f["properties"]["id"] in anchors]
             or [f for f in fc["features"] if f["properties"]["role"] == "incident"] or fc["features"])
    from .geometry import disc

    minx = miny = float("inf")
    maxx = maxy = float("-inf")
    for f in feats:
        g = shape(f["geometry"])
        if f["geometry"]["type"] == "Point" and f["properties"]["uncertainty_m"] <= 50_000:
            g = disc(g.y, g.x, max(f["properties"]["uncertainty_m"], 100.0))
        x0, y0, x1, y1 = g.bounds
        minx, miny, maxx, maxy = min(minx, x0), min(miny, y0), max(maxx, x1), max(maxy, y1)
    return [[miny, minx], [maxy, maxx]]


def build_map(fc: dict, tiles: str = "openstreetmap", title: str | None = None, static: bool = False,
              outlines: bool = True, controls: bool = True):
    """A folium Map for the FeatureCollection (not rendered yet).

    ``static`` turns animations off (for PNG); ``outlines`` draws the
    offline country outlines under the tiles; ``controls`` adds fullscreen,
    measure and (when events are ordered) timeline controls.
    """
    import folium
    from branca.element import Element

    from .geometry import disc

    tiles_key = tiles.lower()
    if tiles_key not in TILES:
        raise ValueError(f"unknown tiles {tiles!r}; choose from {', '.join(TILES)}")
    still = {"zoom_animation": False, "fade_animation": False, "marker_zoom_animation": False} if static else {}
    m = folium.Map(tiles=None, control_scale=True, prefer_canvas=False, zoom_control=True, **still)
    m.default_js = [("leaflet", "geomap-inline:leaflet.js"), ("geomap", "geomap-inline:geomap.js")]
    m.default_css = [("leaflet_css", "geomap-inline:leaflet.css")]
    if TILES[tiles_key]:
        import xyzservices.providers as providers

        provider = providers.query_name(TILES[tiles_key])
        folium.TileLayer(provider, name="Base map", control=False, class_name="geomap-tiles").add_to(m)

    _Js, _Timeline = _elements()

    quoted = fc["geomap"].get("sentences", [])

    def bind_popup(layer, props):
        layer.add_child(_Js(f"__PARENT__.bindPopup({js_string(popup_html(props, quoted))}, {{maxWidth: 360}});\n"))
        layer.add_child(_Js(f"__PARENT__.bindTooltip({js_string(html.escape(props['name']))});\n"))

    if outlines:
        # Under the tiles (pane z-index 150 < 200): seen only where tiles do not load, e.g. offline.
        m.add_child(_Js(
            "(function(map){map.createPane('geomapOutlines').style.zIndex=150;"
            "L.geoJSON(" + country_outlines() + ",{pane:'geomapOutlines',interactive:false,"
            "style:{color:'#9e9e9e',weight:0.8,fillColor:'#f3efe6',fillOpacity:1}}).addTo(map);"
            "map.getContainer().style.background='#d4e4f1';})(__PARENT__);\n"))

    incident = folium.FeatureGroup(name="Incident", show=True).add_to(m)
    context = folium.FeatureGroup(name="Context places", show=True).add_to(m)
    extents = folium.FeatureGroup(name="Uncertainty of context places", show=False).add_to(m)
    features = fc["features"]
    for f in features:
        p = f["properties"]
        if p["kind"] != "place":
            continue
        lon, lat = f["geometry"]["coordinates"]
        group = incident if p["role"] == "incident" else context
        colour = COLOURS[p["role"]]
        if p["uncertainty_m"] > 0:
            circle = disc(lat, lon, p["uncertainty_m"])
            target = group if p["role"] == "incident" else extents
            folium.Polygon([(y, x) for x, y in circle.exterior.coords], color=COLOURS["anchor"], weight=1.5,
                           dash_array="6 6", fill=True, fill_opacity=0.04, class_name="geomap-uncertainty",
                           interactive=False).add_to(target)
        marker = folium.CircleMarker([lat, lon], radius=7 if p["role"] == "incident" else 5, color=colour,
                                     fill=True, fill_color=colour, fill_opacity=0.8, weight=2,
                                     class_name=f"geomap-place geomap-{p['role']}")
        bind_popup(marker, p)
        marker.add_to(group)
    events_layer = folium.FeatureGroup(name="Event areas (anchor uncertainty included)", show=True).add_to(m)
    drawn: dict[str, list] = {}
    for f in features:
        p = f["properties"]
        if p["kind"] == "event":
            poly = folium.Polygon([[(y, x) for x, y in r] for r in f["geometry"]["coordinates"]],
                                  color=COLOURS["event"], weight=1.5, dash_array="2 6", fill=True,
                                  fill_color=COLOURS["event"], fill_opacity=0.05, class_name="geomap-event")
            bind_popup(poly, p)
            poly.add_to(events_layer)
            drawn.setdefault(p["id"], []).append(poly)
            if p.get("best_guess"):
                lon, lat = p["best_guess"]
                best = folium.CircleMarker([lat, lon], radius=6, color="#000", weight=2, fill=True,
                                           fill_color="#fff", fill_opacity=1.0, class_name="geomap-best-guess")
                bind_popup(best, {**p, "name": f"Best guess: {p['name']}"})
                best.add_to(incident)
                drawn[p["id"]].append(best)
            continue
        if p["kind"] != "zone":
            continue
        style = SHAPE_STYLE[p["shape"]]
        rings = f["geometry"]["coordinates"]
        poly = folium.Polygon([[(y, x) for x, y in r] for r in rings], color=style, weight=2.5,
                              fill=True, fill_color=style, fill_opacity=0.25,
                              class_name=f"geomap-zone geomap-{p['shape']}")
        bind_popup(poly, p)
        poly.add_to(incident)
        drawn.setdefault(p["id"], []).append(poly)
        top = max(rings[0], key=lambda c: c[1])
        short = format_distance(p["distance_m"]) if p.get("distance_m") else p["name"]
        label = html.escape(short + (f" ({p['label']})" if p.get("label") else ""))
        incident.add_child(_Js(
            f"L.marker([{top[1]}, {top[0]}], {{interactive: false, keyboard: false, icon: L.divIcon("
            f"{{className: 'geomap-label', iconSize: null, iconAnchor: [0, 18], html: {js_string(label)}}})}})"
            f".addTo(__PARENT__);\n"))

    folium.LayerControl(collapsed=False).add_to(m)
    if controls:
        m.add_child(_Js("geomapControls.fullscreen(__PARENT__);geomapControls.measure(__PARENT__);\n"))
        steps = timeline_steps(fc)
        if len(steps) > 1:
            m.add_child(_Timeline([(label, when, drawn.get(eid, []) + drawn.get(zid, []))
                                   for label, when, eid, zid in steps]))
    legend = _Js(
        "(function(map){var c=L.control({position:'bottomright'});c.onAdd=function(){"
        "var d=L.DomUtil.create('div');d.innerHTML=" + js_string(_legend_html()) + ";return d;};"
        "c.addTo(map);map.attributionControl.addAttribution(" + js_string(
            "Places: <a href='https://www.geonames.org/'>GeoNames</a> (CC BY 4.0) &middot; geomap") + ");"
        + "".join("map.attributionControl.addAttribution(" + js_string(html.escape(a)) + ");"
                  for a in fc.get("geomap", {}).get("attribution", []) if a.startswith("Geocoding:")) +
        "})(__PARENT__);\n")
    m.add_child(legend)
    m.get_root().header.add_child(Element(f"<style>{_CSS}</style>"))
    if title:
        m.get_root().header.add_child(Element(f"<title>{html.escape(title)}</title>"))
    m.fit_bounds(_bounds(fc), padding=(20, 20))
    return m


@lru_cache(maxsize=1)
def _elements():
    """Our two branca elements (defined lazily: branca loads only when a map is made)."""
    from branca.element import MacroElement
    from jinja2 import Template

    class GeomapJs(MacroElement):
        """A snippet of JavaScript bound to its parent layer or the map (``__PARENT__``)."""

        _template = Template("{% macro script(this, kwargs) %}"
                             "{{ this.code.replace('__PARENT__', this._parent.get_name()) }}{% endmacro %}")

        def __init__(self, code: str):
            super().__init__()
            self._name = "GeomapJs"
            self.code = code

    class GeomapTimeline(MacroElement):
        """Steps through the events in order; layer names are read at render time."""

        _template = Template("{% macro script(this, kwargs) %}{{ this.code() }}{% endmacro %}")

        def __init__(self, steps):
            super().__init__()
            self._name = "GeomapTimeline"
            self.steps = steps

        def code(self) -> str:
            items = ",".join(
                "{label:" + js_string(label) + ",when:" + js_string(when or "") + ",layers:["
                + ",".join(layer.get_name() for layer in layers) + "]}" for label, when, layers in self.steps)
            return f"geomapControls.timeline({self._parent.get_name()}, [{items}]);\n"

    return GeomapJs, GeomapTimeline


def timeline_steps(fc: dict) -> list[tuple[str, str | None, str, str]]:
    """Events in the order the text gives: (label, when, event id, zone id).

    Ordinals order them ("first", "second" ...); a stated offset ("some 15
    minutes after the first") is shown with its step.
    """
    order = {w: i for i, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                         "eighth", "ninth", "tenth", "another", "last", "final"])}
    events = [f["properties"] for f in fc["features"]
              if f["properties"]["kind"] == "event" and f["properties"].get("ordinal") in order]
    events.sort(key=lambda p: (order[p["ordinal"]], p["id"]))
    return [(p["label"], p.get("relative_time"), p["id"], p["zone"]) for p in events]


@lru_cache(maxsize=1)
def country_outlines() -> str:
    """The offline background outlines (``data/countries.geojson``) as compact JSON text."""
    from .gazetteer import data_dir

    path = data_dir() / "countries.geojson"
    try:
        text = path.read_text(encoding="utf-8").strip()
        json.loads(text)
    except (OSError, ValueError) as exc:
        from .errors import DataError

        raise DataError(f"cannot read the offline outlines {path}: {exc}") from None
    return text.replace("</", "<\\/")


@lru_cache(maxsize=1)
def geomap_js() -> str:
    return (Path(__file__).parent / "static" / "geomap.js").read_text(encoding="utf-8")


def _renumber(element, counter: list[int], prefix: str = "") -> None:
    element._id = f"{prefix}{counter[0]:04d}"
    counter[0] += 1
    for child in element._children.values():
        _renumber(child, counter, prefix)


def _rekey(element) -> None:
    items = list(element._children.values())
    element._children.clear()
    for child in items:
        element._children[child.get_name()] = child
        _rekey(child)


def _rendered(fc: dict, prefix: str = "", **options):
    """Build, renumber deterministically and render; returns the Figure."""
    m = build_map(fc, **options)
    root = m.get_root()
    _renumber(root, [0], prefix)
    _rekey(root)  # children were keyed by their old names
    return root, root.render()


def _inline_assets(page: str) -> str:
    js, css = leaflet_assets()
    page = page.replace('<script src="geomap-inline:leaflet.js"></script>', f"<script>{js}</script>")
    page = page.replace('<script src="geomap-inline:geomap.js"></script>', f"<script>{geomap_js()}</script>")
    page = page.replace('<link rel="stylesheet" href="geomap-inline:leaflet.css"/>', f"<style>{css}</style>")
    if "geomap-inline:" in page:
        raise RuntimeError("an inline asset was not replaced")
    return page


def render_html(fc: dict, tiles: str = "openstreetmap", title: str | None = None, static: bool = False,
                outlines: bool = True, controls: bool = True) -> str:
    """The map as one self-contained HTML document (Leaflet inline), deterministic.

    It makes no network request but for map tiles (none with ``tiles="none"``).
    """
    _, page = _rendered(fc, tiles=tiles, title=title, static=static, outlines=outlines, controls=controls)
    return _inline_assets(page)


def fragment_id(fc: dict) -> str:
    """A short id derived from the content, so fragments of different maps never clash."""
    import hashlib

    return "g" + hashlib.sha256(json.dumps(fc, sort_keys=True).encode("utf-8")).hexdigest()[:8] + "_"


def render_fragment(fc: dict, tiles: str = "openstreetmap", height: str = "500px") -> str:
    """A ``<div>`` and scripts to paste into a report page or CMS.

    Element ids carry a content-derived prefix and the map's script runs in
    its own function scope, so it neither clashes with the host page nor
    with another geomap fragment on the same page; Leaflet and geomap's
    controls are defined once per page whatever the number of fragments.
    """
    if not re.fullmatch(r"\d{1,5}(px|em|rem|vh|%)", height):
        raise ValueError(f"bad height {height!r}: use a CSS length such as 500px or 60vh")
    prefix = fragment_id(fc)
    root, _ = _rendered(fc, prefix=prefix, tiles=tiles, controls=True, outlines=True)
    header = root.header.render()
    styles = "".join(re.findall(r"<style>.*?</style>", header, flags=re.S))
    body = root.html.render()
    script = root.script.render()
    js, css = leaflet_assets()
    guard_leaflet = ("<script>(function(){if(window.L&&window.L.version){return;}\n" + js + "\n})();</script>")
    guard_css = f"<style>{css}</style>"
    return (f'<div class="geomap-fragment" id="{prefix}wrap" style="position:relative;width:100%;height:{height}">'
            f"{guard_css}{styles}{body}{guard_leaflet}<script>{geomap_js()}</script>"
            f"<script>(function(){{{script}}})();</script></div>")


def render_iframe(fc: dict, height: int = 500, tiles: str = "openstreetmap") -> str:
    """The map as an ``<iframe srcdoc>``: fully isolated from the host page (Jupyter, reports)."""
    page = render_html(fc, tiles=tiles)
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;border:0" '
            f'sandbox="allow-scripts allow-popups" title="geomap" loading="lazy"></iframe>')


def find_chromium() -> str | None:
    """Debian's chromium (or $GEOMAP_CHROMIUM), if installed."""
    import os
    import shutil

    for candidate in (os.environ.get("GEOMAP_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def render_png(fc: dict, width: int = 1200, height: int = 800, tiles: str = "openstreetmap",
               timeout_s: float = 20.0) -> bytes:
    """A PNG of the map, rendered by a real headless browser, legend included.

    Needs Playwright (``pip install 'geomap[png]'``) and a Chromium browser
    (Debian: ``apt-get install chromium``); a clear error names what is missing.
    """
    import tempfile

    from .errors import RenderError

    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise RenderError("PNG export needs Playwright: pip install 'geomap[png]'") from None
    browser_path = find_chromium()
    if browser_path is None:
        raise RenderError("PNG export needs a Chromium browser: apt-get install chromium "
                          "(or set GEOMAP_CHROMIUM to its path)")
    if not (100 <= width <= 8000 and 100 <= height <= 8000):
        raise RenderError("PNG width and height must be between 100 and 8000 pixels")
    page_html = render_html(fc, tiles=tiles, static=True, controls=False)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "map.html"
        page_path.write_text(page_html, encoding="utf-8")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=browser_path, args=[
                    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars"])
                try:
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(page_path.as_uri(), timeout=timeout_s * 1000)
                    page.wait_for_selector(".folium-map", timeout=timeout_s * 1000)
                    try:  # tiles, when they can load; offline the outlines show instead
                        page.wait_for_load_state("networkidle", timeout=timeout_s * 1000)
                    except PlaywrightError:
                        pass
                    return page.screenshot(type="png")
                finally:
                    browser.close()
        except PlaywrightError as exc:
            raise RenderError(f"the browser could not render the map: {str(exc).splitlines()[0]}") from None
