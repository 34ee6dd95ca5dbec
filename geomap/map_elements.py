"""The named pieces of a geomap page, as branca elements: popups, labels, outlines, legend, controls.

branca compiles what a ``MacroElement`` renders as a new ``jinja2.Template``
(``Element(script(...))``), so any text that reached it would be template
*source*. Our elements never go that way: each has a ``script(parent)``
method, a Python function of its parent's JavaScript name, and renders as a
:class:`Raw` element whose output is the string itself. Article text, user
places, file names and geocoder answers reach the page only as JavaScript
string literals made by :func:`geomap.assets.js_string`, after HTML escaping.

This module imports branca: import it only when a map is made.
"""
from __future__ import annotations

import html

from branca.element import Element, Figure, MacroElement

from .assets import country_outlines, js_string


class Raw(Element):
    """Literal page content: rendered as it is, never compiled as a template.

    >>> Raw("{{ 7*191 }}").render()
    '{{ 7*191 }}'
    """

    def __init__(self, content: str):
        super().__init__()
        self._name = "Raw"
        self.content = content

    def render(self, **kwargs) -> str:
        return self.content


class RawMacro(MacroElement):
    """``MacroElement.render`` with what the macros output added as :class:`Raw`, never compiled again.

    folium's own layers (polygons, markers, groups) carry only numbers and
    geomap's constant options, but branca would still compile each one's
    output as a template; through :func:`folium_raw` nothing on a geomap page
    is (and rendering is faster).
    """

    def render(self, **kwargs):
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise RuntimeError("a geomap element can only be rendered inside a Figure")
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(Raw(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


def folium_raw(cls):
    """``cls`` (a folium layer class) rendered through :class:`RawMacro`: its own ``render`` runs
    first (adding its children, links ...), then the output is added as it is."""
    return _RAW.setdefault(cls, type(cls.__name__, (cls, RawMacro), {"__module__": __name__}))


_RAW: dict = {}


def raw_polygon(locations, **options):
    """A folium Polygon (rendered raw, see :func:`folium_raw`) of ``locations`` as folium takes them (a ring of (lat, lon)
    pairs, or a list of rings), which geomap computed: finite numbers.

    folium checks every vertex one by one (about 15 us each: the seed's country outlines
    alone took 25 ms); geomap's own coordinates are checked here at once for what folium's
    check guards against (finite numbers), and given to the layer as they are."""
    import math

    import folium

    flat = not isinstance(locations[0][0], (list, tuple))
    rings = [locations] if flat else locations
    checked = [[[float(lat), float(lon)] for lat, lon in ring] for ring in rings]
    if not all(math.isfinite(v) for ring in checked for pair in ring for v in pair):
        raise ValueError("a polygon vertex is not a finite number")
    poly = folium_raw(folium.Polygon)([(0.0, 0.0), (0.0, 1.0), (1.0, 0.0)], **options)
    poly.locations = checked[0] if flat else checked
    return poly


class GeomapJs(MacroElement):
    """JavaScript bound to its parent layer or map; subclasses define ``script(parent)``."""

    def __init__(self):
        super().__init__()
        self._name = type(self).__name__

    def script(self, parent: str) -> str:
        raise NotImplementedError

    def render(self, **kwargs):
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise RuntimeError("a geomap element can only be rendered inside a Figure")
        figure.script.add_child(Raw(self.script(self._parent.get_name())), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class Popup(GeomapJs):
    """A popup (HTML already escaped) and a tooltip (the plain name) on the parent layer."""

    def __init__(self, popup_html: str, name: str):
        super().__init__()
        self.popup_html, self.name = popup_html, name

    def script(self, parent: str) -> str:
        return (f"{parent}.bindPopup({js_string(self.popup_html)}, {{maxWidth: 360}});\n"
                f"{parent}.bindTooltip({js_string(html.escape(self.name))});\n")


def popups_for(fc: dict):
    """``popup(props) -> Popup`` for the features of ``fc``, quoting from its ``geomap.sentences``."""
    from .popups import popup_html

    quoted = fc["geomap"].get("sentences", [])
    from .written_names import display_name

    return lambda props: Popup(popup_html(props, quoted), display_name(props))


class Outlines(GeomapJs):
    """The offline country outlines, under the tiles (seen only where tiles do not load), and the
    locator inset drawn from them (``iso``: the country to show; ``locator=False``: no inset)."""

    def __init__(self, iso: str | None = None, locator: bool = True):
        super().__init__()
        self.iso, self.locator = iso, locator

    def script(self, parent: str) -> str:
        inset = f"geomapControls.locator(map,data,{js_string(self.iso or '')});" if self.locator else ""
        return ("(function(map){var data=" + country_outlines() + ";map.createPane('geomapOutlines')"
                ".style.zIndex=150;L.geoJSON(data,{pane:'geomapOutlines',interactive:false,"
                "style:{color:'#9e9e9e',weight:0.8,fillColor:'#f3efe6',fillOpacity:1}}).addTo(map);"
                f"map.getContainer().style.background='#d4e4f1';{inset}}})({parent});\n")


class Setup(GeomapJs):
    """Panes (places above areas), size classes and no focus outlines; must come before the layers."""

    def __init__(self, static: bool):
        super().__init__()
        self.static = static

    def script(self, parent: str) -> str:
        return f"geomapControls.setup({parent}, {{static: {'true' if self.static else 'false'}}});\n"


class Labels(GeomapJs):
    """Permanent labels placed without overlaps by ``geomapControls.labels``.

    ``items`` are ``(text, lat, lon, priority, kind, owner layer, ends)``: a label
    shows only while its owner layer is on the map; ``ends`` (zones) are the
    shape's bottom, east and west points, other places for its label.
    """

    def __init__(self, items):
        super().__init__()
        self.items = items

    def script(self, parent: str) -> str:
        rows = ",".join(
            f"{{text:{js_string(text)},lat:{lat!r},lng:{lon!r},priority:{int(priority)},kind:{js_string(kind)},"
            f"owner:{owner.get_name()}" + (f",ends:{[list(e) for e in ends]!r}" if ends else "") + "}"
            for text, lat, lon, priority, kind, owner, ends in self.items)
        return f"geomapControls.labels({parent}, [{rows}]);\n"


class Caption(GeomapJs):
    """The caption (title, source and date, attribution), top left; text only, set as textContent."""

    def __init__(self, title: str, meta: str, attribution: str):
        super().__init__()
        self.title, self.meta, self.attribution = title, meta, attribution

    def script(self, parent: str) -> str:
        return (f"geomapControls.caption({parent}, {{title:{js_string(self.title)},meta:{js_string(self.meta)},"
                f"attribution:{js_string(self.attribution)}}});\n")


class ArticlePanel(GeomapJs):
    """The article beside the map: ``segments`` are (text, feature id, colour); ``layers`` maps a
    feature id to its layers (the first opens the popup). Text is set as textContent, never HTML."""

    def __init__(self, segments, layers: dict, radii: dict):
        super().__init__()
        self.segments, self.layers, self.radii = segments, layers, radii

    def script(self, parent: str) -> str:
        segs = ",".join("[" + js_string(t) + ("," + js_string(fid) + "," + js_string(c) if fid else "") + "]"
                        for t, fid, c in self.segments)
        reg = ",".join(f"[{js_string(fid)},[{','.join(l.get_name() for l in layers)}],{self.radii.get(fid, 0)!r}]"
                       for fid, layers in self.layers.items() if layers)
        return f"geomapControls.panel({parent}, [{segs}], [{reg}]);\n"


class Controls(GeomapJs):
    """geomap's fullscreen and measure buttons (``static/geomap.js``)."""

    def script(self, parent: str) -> str:
        return f"geomapControls.fullscreen({parent});geomapControls.measure({parent});\n"


class Legend(GeomapJs):
    """The legend (bottom right) and the data attributions (GeoNames, online geocoders)."""

    def __init__(self, legend_html: str, attributions: list[str]):
        super().__init__()
        self.legend_html, self.attributions = legend_html, attributions

    def script(self, parent: str) -> str:
        adds = "".join(f"map.attributionControl.addAttribution({js_string(a)});" for a in self.attributions)
        return ("(function(map){var c=L.control({position:'bottomright'});c.onAdd=function(){"
                f"var d=L.DomUtil.create('div');d.innerHTML={js_string(self.legend_html)};return d;}};"
                f"c.addTo(map);{adds}geomapControls.compactLayers(map);}})({parent});\n")


class Timeline(GeomapJs):
    """Steps through the events in order: ``steps`` are (label, when, [layers shown at that step])."""

    def __init__(self, steps):
        super().__init__()
        self.steps = steps

    def script(self, parent: str) -> str:
        items = ",".join(
            "{label:" + js_string(label) + ",when:" + js_string(when or "") + ",layers:["
            + ",".join(layer.get_name() for layer in layers) + "]}" for label, when, layers in self.steps)
        return f"geomapControls.timeline({parent}, [{items}]);\n"


class Fit(GeomapJs):
    """Fits the map to ``bounds`` ([[south, west], [north, east]]) beside the article panel."""

    def __init__(self, bounds):
        super().__init__()
        self.bounds = bounds

    def script(self, parent: str) -> str:
        return f"geomapControls.fit({parent}, {self.bounds!r});\n"
