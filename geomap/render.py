"""FeatureCollection -> folium map (HTML). No file writing here.

The page carries Leaflet inline (from the ``xstatic-leaflet`` package), so it
works with no network at all except for map tiles; folium's default jQuery,
Bootstrap and icon fonts are not used. The map is made of folium's layers
and geomap's own named elements (:mod:`geomap.map_elements`: popups, labels,
outlines, legend, controls, timeline), which never pass text through a
template engine. Article text reaches the page only through
:func:`geomap.assets.js_string` (JSON with ``<``, ``>`` and ``&`` escaped)
after :func:`html.escape`, so it renders as text. Element ids are numbered
in build order, so the same input gives byte-identical HTML.
"""
from __future__ import annotations

import html
import json
import re

from .assets import CSS, geomap_js, js_string, leaflet_assets
from .annotations import article_segments, locator_country, place_labels, used_symbols, zone_label
from .lonlat import anchor_longitudes
from .popups import legend_html
from .styles import COLOURS, PLACES_CREDIT, SHAPE_STYLE, TILES



def _bounds(fc: dict) -> list[list[float]]:
    from shapely.geometry import shape

    from .geometry import disc
    from .lonlat import display_polygons

    anchor_lon = anchor_longitudes(fc)
    zones = [f for f in fc["features"] if f["properties"]["kind"] == "zone"]
    anchors = {f["properties"]["anchor"] for f in zones}
    events = [f for f in fc["features"] if f["properties"]["kind"] in ("event", "agreement")]
    feats = (zones + events + [f for f in fc["features"] if f["properties"]["id"] in anchors]
             or [f for f in fc["features"] if f["properties"]["role"] == "incident"] or fc["features"])
    minx = miny = float("inf")
    maxx = maxy = float("-inf")
    for f in feats:
        g = shape(f["geometry"])
        if f["geometry"]["type"] != "Point":
            near = anchor_lon.get(f["properties"].get("anchor"))
            g = shape({"type": "MultiPolygon", "coordinates": [[[(x, y) for y, x in ring] for ring in poly]
                                                               for poly in display_polygons(f["geometry"], near)]})
        if f["geometry"]["type"] == "Point" and f["properties"]["uncertainty_m"] <= 50_000:
            g = disc(g.y, g.x, max(f["properties"]["uncertainty_m"], 100.0))
        x0, y0, x1, y1 = g.bounds
        minx, miny, maxx, maxy = min(minx, x0), min(miny, y0), max(maxx, x1), max(maxy, y1)
    return [[miny, minx], [maxy, maxx]]


def _raw(cls):
    from .map_elements import folium_raw

    return folium_raw(cls)


def _base_map(tiles: str, static: bool):
    import folium

    tiles_key = tiles.lower()
    if tiles_key not in TILES:
        raise ValueError(f"unknown tiles {tiles!r}; choose from {', '.join(TILES)}")
    still = {"zoom_animation": False, "fade_animation": False, "marker_zoom_animation": False} if static else {}
    m = folium.Map(tiles=None, control_scale=True, prefer_canvas=False, zoom_control=not static, **still)
    m.default_js = [("leaflet", "geomap-inline:leaflet.js"), ("geomap", "geomap-inline:geomap.js")]
    m.default_css = [("leaflet_css", "geomap-inline:leaflet.css")]
    if TILES[tiles_key]:
        import xyzservices.providers as providers

        provider = providers.query_name(TILES[tiles_key])
        _raw(folium.TileLayer)(provider, name="Base map", control=False, class_name="geomap-tiles").add_to(m)
    return m


def _with_popup(layer, popup):
    layer.add_child(popup)
    return layer


def _on(layer, **options):
    """``layer`` with Leaflet options folium's ``path_options`` would drop (``pane``, ``interactive``)."""
    layer.options.update(options)
    return layer


def _add_places(features: list[dict], popup, incident, context, extents, drawn: dict) -> None:
    """Markers (and uncertainty circles) for places: incident ones in ``incident``, others in ``context``.

    Markers go in the places pane, above every area, so an area never takes a click meant for one.
    """
    import folium

    from .geometry import disc
    from .map_elements import raw_polygon

    outlined = {f["properties"]["place"] for f in features if f["properties"]["kind"] == "area"}
    for f in features:
        p = f["properties"]
        if p["kind"] != "place":
            continue
        lon, lat = f["geometry"]["coordinates"]
        group = incident if p["role"] == "incident" else context
        if p["uncertainty_m"] > 0 and p["id"] not in outlined:  # a country's or province's outline replaces it
            circle = disc(lat, lon, p["uncertainty_m"])
            _on(raw_polygon([(y, x) for x, y in circle.exterior.coords], color=COLOURS["anchor"], weight=1.5,
                               dash_array="6 6", fill=True, fill_opacity=0.04, class_name="geomap-uncertainty",
                               smooth_factor=0), interactive=False).add_to(
                group if p["role"] == "incident" else extents)
        colour = COLOURS[p["role"]]
        marker = _on(_raw(folium.CircleMarker)([lat, lon], radius=7 if p["role"] == "incident" else 5, color=colour,
                                         fill=True, fill_color=colour, fill_opacity=0.8, weight=2,
                                         class_name=f"geomap-place geomap-{p['role']}"), pane="geomapPlaces")
        drawn.setdefault(p["id"], []).append(_with_popup(marker, popup(p)).add_to(group))


def _add_areas(features: list[dict], incident, context, drawn: dict) -> None:
    """Countries and provinces as their outlines (thin, barely filled, not clickable: the place's
    marker holds the popup), in their place's layer; recorded under the place's id, after its marker."""
    from .lonlat import display_polygons
    from .map_elements import raw_polygon

    place_lon = {f["properties"]["id"]: f["geometry"]["coordinates"][0] for f in features
                 if f["properties"]["kind"] == "place"}
    for f in features:
        p = f["properties"]
        if p["kind"] != "area":
            continue
        group = incident if p["role"] == "incident" else context
        for rings in display_polygons(f["geometry"], place_lon.get(p["place"])):  # beside the place's point
            poly = _on(raw_polygon(rings, color=COLOURS[p["role"]], weight=1.2, fill=True,
                                            fill_color=COLOURS[p["role"]], fill_opacity=0.03,
                                            class_name="geomap-area", smooth_factor=0), interactive=False)
            drawn.setdefault(p["place"], []).append(poly.add_to(group))


def _add_event(p: dict, geometry: dict, near_lon: float | None, popup, events_layer, incident) -> list:
    """An event's area (and best-guess point) beside its anchor; returns the layers drawn, for the timeline."""
    import folium

    from .lonlat import display_polygons
    from .map_elements import raw_polygon

    drawn = []
    for rings in display_polygons(geometry, near_lon):
        poly = raw_polygon(rings, color=COLOURS["event"], weight=1.5, dash_array="2 6", fill=True,
                              fill_color=COLOURS["event"], fill_opacity=0.05, class_name="geomap-event",
                              smooth_factor=0)
        drawn.append(_with_popup(poly, popup(p)).add_to(events_layer))
    if p.get("best_guess"):
        lon, lat = p["best_guess"]
        lon += 360 * round(((near_lon if near_lon is not None else lon) - lon) / 360)  # beside its anchor
        best = _on(_raw(folium.CircleMarker)([lat, lon], radius=6, color="#000", weight=2, fill=True, fill_color="#fff",
                                       fill_opacity=1.0, class_name="geomap-best-guess"), pane="geomapPlaces")
        drawn.append(_with_popup(best, popup({**p, "name": f"Best guess: {p['name']}"})).add_to(incident))
    return drawn


def _add_zone(p: dict, geometry: dict, near_lon: float | None, popup, incident) -> tuple[list, tuple]:
    """A zone's shape; returns the layers drawn (for the timeline) and its label (at the top of the shape)."""
    from .lonlat import display_polygons
    from .map_elements import raw_polygon

    style = SHAPE_STYLE[p["shape"]]
    parts = display_polygons(geometry, near_lon)
    drawn = []
    for rings in parts:
        poly = raw_polygon(rings, color=style, weight=2.5, fill=True, fill_color=style, fill_opacity=0.25,
                              class_name=f"geomap-zone geomap-{p['shape']}", smooth_factor=0)
        drawn.append(_with_popup(poly, popup(p)).add_to(incident))
    outline = [c for rings in parts for c in rings[0]]
    top, bottom = max(outline), min(outline)
    east, west = (max(outline, key=lambda c: (c[1], c[0])), min(outline, key=lambda c: (c[1], c[0])))
    return drawn, (zone_label(p), top[0], top[1], 2, "zone", drawn[0], (bottom, east, west))


def _add_relations(fc: dict, popup, incident, events_layer, drawn: dict, context=None) -> list[tuple]:
    """Events and zones, their layers recorded in ``drawn`` by feature id; returns the zones' labels.

    A zone the text gives for something else (``role: "context"``: an earlier event, another
    place's geography) goes in ``context``, not with the incident."""
    labels = []
    anchor_lon = anchor_longitudes(fc)
    for f in fc["features"]:
        p = f["properties"]
        if p["kind"] == "event":
            drawn.setdefault(p["id"], []).extend(
                _add_event(p, f["geometry"], anchor_lon.get(p["anchor"]), popup, events_layer, incident))
        elif p["kind"] == "zone":
            group = context if context is not None and p.get("role") == "context" else incident
            layers, label = _add_zone(p, f["geometry"], anchor_lon.get(p["anchor"]), popup, group)
            drawn.setdefault(p["id"], []).extend(layers)
            labels.append(label)
    return labels


def _attributions(fc: dict) -> list[str]:
    """HTML of the attributions: GeoNames always, and any online geocoder the map used (escaped)."""
    online = [html.escape(a) for a in fc.get("geomap", {}).get("attribution", []) if a.startswith("Geocoding:")]
    return [PLACES_CREDIT] + online


def _place_labels(fc: dict, drawn: dict) -> list[tuple]:
    return [(c["text"], c["lat"], c["lon"], c["priority"], c["kind"], drawn[c["id"]][0], None)
            for c in place_labels(fc) if drawn.get(c["id"])]


def _words(m, fc: dict, drawn: dict, zone_labels: list, static: bool, article: str | None, heading: str | None):
    """Labels, legend, caption and (interactive pages with the article) the article panel."""
    from .caption import caption_for
    from .map_elements import ArticlePanel, Caption, Labels, Legend

    m.add_child(Labels(sorted(_place_labels(fc, drawn) + zone_labels, key=lambda item: item[3])))
    m.add_child(Legend(legend_html(used_symbols(fc)), _attributions(fc)))
    caption = caption_for(fc, article, heading)
    m.add_child(Caption(caption.title, caption.meta, caption.attribution))
    segments = article_segments(fc, article) if not static else []
    if segments:
        radii = {f["properties"]["id"]: f["properties"]["uncertainty_m"] for f in fc["features"]}
        m.add_child(ArticlePanel(segments, drawn, radii))


def build_map(fc: dict, tiles: str = "openstreetmap", title: str | None = None, static: bool = False,
              outlines: bool = True, controls: bool = True, article: str | None = None,
              heading: str | None = None):
    """A folium Map for the FeatureCollection (not rendered yet).

    ``static`` is the page a PNG is taken of: no animations, no zoom buttons,
    layer box or article panel; ``outlines`` draws the offline country
    outlines under the tiles and the locator inset; ``controls`` adds
    fullscreen, measure and (when events are ordered) timeline controls.
    ``article`` is the text (for the panel and the caption), ``heading`` the
    caption's title (default: the article's first line), ``title`` the
    page's ``<title>``.
    """
    import folium

    from .map_elements import Controls, Fit, Outlines, Raw, Setup, Timeline, popups_for

    m = _base_map(tiles, static)
    m.add_child(Setup(static))
    if outlines:
        m.add_child(Outlines(locator_country(fc)))
    incident = _raw(folium.FeatureGroup)(name="Incident", show=True).add_to(m)
    context = _raw(folium.FeatureGroup)(name="Context places", show=True).add_to(m)
    extents = _raw(folium.FeatureGroup)(name="Uncertainty of context places", show=False).add_to(m)
    popup, drawn = popups_for(fc), {}
    _add_places(fc["features"], popup, incident, context, extents, drawn)
    _add_areas(fc["features"], incident, context, drawn)
    events_layer = _raw(folium.FeatureGroup)(name="Event areas (anchor uncertainty included)", show=True).add_to(m)
    zone_labels = _add_relations(fc, popup, incident, events_layer, drawn, context)
    if fc["geomap"].get("sources"):  # several reports of one incident: a layer each, and where they agree
        from .report_map import add_report_layers

        add_report_layers(m, fc)
    if not static:
        _raw(folium.LayerControl)(collapsed=False).add_to(m)
    if controls:
        m.add_child(Controls())
        steps = timeline_steps(fc)
        if len(steps) > 1:
            m.add_child(Timeline([(label, when, drawn.get(eid, []) + drawn.get(zid, []))
                                  for label, when, eid, zid in steps]))
    _words(m, fc, drawn, zone_labels, static, article, heading)
    m.get_root().header.add_child(Raw(f"<style>{CSS}</style>"))
    if title:
        m.get_root().header.add_child(Raw(f"<title>{html.escape(title)}</title>"))
    m.add_child(Fit(_bounds(fc)))
    return m


def timeline_steps(fc: dict) -> list[tuple[str, str | None, str, str]]:
    """Events in the order the text gives: (label, when, event id, zone id).

    Ordinals order them ("first", "second" ...); a stated offset ("some 15
    minutes after the first") is shown with its step.
    """
    from .vocabulary import ORDINALS

    order = {w: i for i, w in enumerate(ORDINALS)}
    events = [f["properties"] for f in fc["features"]
              if f["properties"]["kind"] == "event" and f["properties"].get("ordinal") in order]
    events.sort(key=lambda p: (order[p["ordinal"]], p["id"]))
    return [(p["label"], p.get("relative_time"), p["id"], p["zone"]) for p in events]


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
                outlines: bool = True, controls: bool = True, article: str | None = None,
                heading: str | None = None) -> str:
    """The map as one self-contained HTML document (Leaflet inline), deterministic.

    It makes no network request but for map tiles (none with ``tiles="none"``).
    """
    _, page = _rendered(fc, tiles=tiles, title=title, static=static, outlines=outlines, controls=controls,
                        article=article, heading=heading)
    return _inline_assets(page)


def fragment_id(fc: dict) -> str:
    """A short id derived from the content, so fragments of different maps never clash."""
    import hashlib

    return "g" + hashlib.sha256(json.dumps(fc, sort_keys=True).encode("utf-8")).hexdigest()[:8] + "_"


def render_fragment(fc: dict, tiles: str = "openstreetmap", height: str = "500px", article: str | None = None,
                    heading: str | None = None) -> str:
    """A ``<div>`` and scripts to paste into a report page or CMS.

    Element ids carry a content-derived prefix and the map's script runs in
    its own function scope, so it neither clashes with the host page nor
    with another geomap fragment on the same page; Leaflet and geomap's
    controls are defined once per page whatever the number of fragments.
    """
    if not re.fullmatch(r"\d{1,5}(px|em|rem|vh|%)", height):
        raise ValueError(f"bad height {height!r}: use a CSS length such as 500px or 60vh")
    prefix = fragment_id(fc)
    root, _ = _rendered(fc, prefix=prefix, tiles=tiles, controls=True, outlines=True, article=article,
                        heading=heading)
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


def render_iframe(fc: dict, height: int = 500, tiles: str = "openstreetmap", article: str | None = None,
                  heading: str | None = None) -> str:
    """The map as an ``<iframe srcdoc>``: fully isolated from the host page (Jupyter, reports)."""
    page = render_html(fc, tiles=tiles, article=article, heading=heading)
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;border:0" '
            f'sandbox="allow-scripts allow-popups" title="geomap" loading="lazy"></iframe>')
