"""Drawing several reports of one incident on the map :func:`geomap.render.build_map` made.

For a merged collection (``geomap.sources``, see :mod:`geomap.reports`):

- one layer per report ("Report 1", "Report 2" ...; the layer control shows
  no article text), in its own colour: its zones and event areas outlined,
  and a ring around each place it names;
- a layer "Where reports agree" with the ``"agreement"`` features;
- a panel (top left) naming each report (title, site, date, URL) with its
  colour, and each comparison: agreement or disagreement in words, then who
  said what, with the quote.

Like :mod:`geomap.map_elements`, nothing here passes text through a template:
report titles, quotes and claims are HTML-escaped and reach the page as
JavaScript string literals made by :func:`geomap.assets.js_string`.
"""
from __future__ import annotations

import html

from .map_elements import GeomapJs, Popup, folium_raw, raw_polygon
from .assets import js_string

REPORT_COLOURS = ("#1b9e77", "#7570b3", "#d95f02", "#e7298a", "#66a61e", "#a6761d", "#666666")
AGREEMENT_COLOUR = "#00695c"
PANEL_CSS = (".geomap-reports{background:#fff;padding:6px 8px;max-width:340px;max-height:45vh;overflow:auto;"
             "font:12px/1.35 sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3)}"
             ".geomap-reports .sw{display:inline-block;width:12px;height:12px;margin-right:4px;"
             "vertical-align:middle;border:2px solid}.geomap-reports blockquote{margin:2px 0 4px 8px;"
             "color:#333;font-style:italic}.geomap-reports .disagree{color:#b71c1c}")


def report_colour(i: int) -> str:
    """The colour of report ``i`` (cycling through the palette).

    >>> report_colour(0), report_colour(7) == report_colour(0)
    ('#1b9e77', True)
    """
    return REPORT_COLOURS[i % len(REPORT_COLOURS)]


def _source_html(sources: list[dict], i: int) -> str:
    e = html.escape
    s = sources[i]
    parts = [s.get("title") or s.get("name") or f"report {i + 1}"]
    parts += [s[k] for k in ("site", "author", "date") if s.get(k)]
    text = ", ".join(e(str(p)) for p in parts)
    url = f"<br><small>{e(s['url'])}</small>" if s.get("url") else ""
    return (f"<div><span class='sw' style='border-color:{report_colour(i)}'></span>"
            f"<b>Report {i + 1}</b>: {text}{url}</div>")


def comparison_html(entry: dict) -> str:
    """One comparison in words, then each claim with its quote (all escaped)."""
    e = html.escape
    verdict = "agree" if entry["agree"] else "disagree"
    out = [f"<div class='{verdict}'><b>{e(entry['event'].capitalize())}</b>: the reports {verdict} "
           f"({e(entry['basis'])})</div>"]
    for c in entry["claims"]:
        out.append(f"<div><span class='sw' style='border-color:{report_colour(c['source'])}'></span>"
                   f"{e(c['who'])}: {e(c['claim'])}</div><blockquote>{e(c['quote'])}</blockquote>")
    if not entry["agree"]:
        out.append(f"<div class='disagree'>{e(entry['message'].split('; compared as ', 1)[-1])}</div>")
    return "".join(out)


def panel_html(fc: dict) -> str:
    g = fc["geomap"]
    body = "".join(_source_html(g["sources"], i) for i in range(len(g["sources"])))
    body += "".join(comparison_html(c) for c in g.get("comparisons", []))
    return f"<div class='geomap-reports'><b>Reports</b>{body}</div>"


class ReportsPanel(GeomapJs):
    """The reports and their comparisons, as a Leaflet control (top left)."""

    def __init__(self, content_html: str):
        super().__init__()
        self.content_html = content_html

    def script(self, parent: str) -> str:
        return ("(function(map){var c=L.control({position:'topleft'});c.onAdd=function(){"
                "var d=L.DomUtil.create('div');d.innerHTML=" + js_string(self.content_html) + ";"
                "L.DomEvent.disableScrollPropagation(d);L.DomEvent.disableClickPropagation(d);return d;};"
                f"c.addTo(map);}})({parent});\n")


def _agreement_popup(p: dict) -> str:
    e = html.escape
    return (f"<div class='geomap-popup'><b>{e(p['name'])}</b><div>{e(p['description'])}</div>"
            f"<div>reports: {', '.join(str(i + 1) for i in p['sources'])}</div></div>")


def _polygons(f: dict, near_lon, layer, style: dict, popup) -> None:
    from .lonlat import display_polygons

    for rings in display_polygons(f["geometry"], near_lon):
        poly = raw_polygon(rings, smooth_factor=0, **style)  # every vertex, as the main layers
        poly.add_child(popup)
        poly.add_to(layer)


def _report_layer(fc: dict, i: int, popup, anchor_lon: dict):
    import folium

    colour = report_colour(i)
    layer = folium_raw(folium.FeatureGroup)(name=f"Report {i + 1}", show=True)
    for f in fc["features"]:
        p = f["properties"]
        if i not in p.get("sources", ()):
            continue
        if p["kind"] == "place":
            lon, lat = f["geometry"]["coordinates"]
            folium_raw(folium.CircleMarker)([lat, lon], radius=10 + 3 * p["sources"].index(i), color=colour, weight=2.5,
                                fill=False, class_name=f"geomap-report geomap-report-{i}").add_child(
                popup(p)).add_to(layer)
        elif p["kind"] in ("zone", "event"):
            dash = "2 6" if p["kind"] == "event" else None
            _polygons(f, anchor_lon.get(p.get("anchor")), layer,
                      {"color": colour, "weight": 3 if p["kind"] == "zone" else 1.5, "dash_array": dash,
                       "fill": p["kind"] == "zone", "fill_opacity": 0.1, "fill_color": colour,
                       "class_name": f"geomap-report geomap-report-{i}"}, popup(p))
    return layer


def add_report_layers(m, fc: dict) -> None:
    """The report layers, the agreement layer and the panel, on a map from :func:`geomap.render.build_map`."""
    import folium

    from .lonlat import anchor_longitudes
    from .map_elements import Raw, popups_for

    popup, anchor_lon = popups_for(fc), anchor_longitudes(fc)
    for i in range(len(fc["geomap"]["sources"])):
        _report_layer(fc, i, popup, anchor_lon).add_to(m)
    agree = folium_raw(folium.FeatureGroup)(name="Where reports agree", show=True).add_to(m)
    for f in fc["features"]:
        p = f["properties"]
        if p["kind"] == "agreement":
            _polygons(f, anchor_lon.get(p.get("anchor")), agree,
                      {"color": AGREEMENT_COLOUR, "weight": 2, "fill": True, "fill_color": AGREEMENT_COLOUR,
                       "fill_opacity": 0.35, "class_name": "geomap-agreement"},
                      Popup(_agreement_popup(p), p["name"]))
    m.add_child(ReportsPanel(panel_html(fc)))
    m.get_root().header.add_child(Raw(f"<style>{PANEL_CSS}</style>"))
    for key, child in list(m._children.items()):  # the layer control names layers: it must come after them
        if isinstance(child, folium.LayerControl):
            m._children.move_to_end(key)


def page_title(fc: dict, stem: str) -> str:
    """The page's title: a web page's own title, else the input's name."""
    article = fc["geomap"].get("article") or {}
    return f"geomap: {article.get('title') or stem}"
