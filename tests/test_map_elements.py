"""geomap's named map elements, each on its own: what script it adds, and that text stays data."""
import json
import re

import folium
import pytest

from geomap.assets import js_string
from geomap.map_elements import (ArticlePanel, Caption, Controls, Labels, Legend, Outlines, Popup, Raw, Setup,
                                 Timeline)


def _script(element, parent_name="map_x") -> str:
    return element.script(parent_name)


def _string_literals(js: str) -> list[str]:
    return [json.loads(s) for s in re.findall(r'"(?:[^"\\]|\\.)*"', js)]


def test_raw_is_never_a_template():
    assert Raw("{{ 7*191 }} {% if %} {# #}").render() == "{{ 7*191 }} {% if %} {# #}"


def test_popup_binds_popup_and_escaped_tooltip_to_its_parent():
    js = _script(Popup("<b>Kerman</b>", "A & <B> __PARENT__"), "layer_7")
    assert js.startswith("layer_7.bindPopup(") and "layer_7.bindTooltip(" in js
    popup, tooltip = _string_literals(js)
    assert popup == "<b>Kerman</b>"  # already-escaped HTML passes as is
    assert tooltip == "A &amp; &lt;B&gt; __PARENT__"  # a plain name is escaped
    assert "<" not in js.replace("\\u003c", "")


def test_labels_carry_text_as_data_and_their_owner_layer():
    owner = folium.CircleMarker([30.25, 57.08])
    js = _script(Labels([("700 m <first>", 30.25, 57.08, 2, "zone", owner, ((30.2, 57.08), (30.25, 57.1), (30.25, 57.0)))]),
                 "map_1")
    assert js.startswith("geomapControls.labels(map_1, [")
    assert f"owner:{owner.get_name()}" in js and "ends:[[30.2, 57.08], [30.25, 57.1], [30.25, 57.0]]" in js
    # set as textContent in the page: the text is data, not HTML (and cannot close the script)
    assert _string_literals(js) == ["700 m <first>", "zone"]
    assert "<" not in js


def test_caption_and_article_panel_pass_text_only_as_string_literals():
    js = _script(Caption("Bombs </script> in {{ x }}", "New York Post", "Map: geomap"), "m")
    assert _string_literals(js) == ["Bombs </script> in {{ x }}", "New York Post", "Map: geomap"]
    assert "</" not in js
    layer = folium.CircleMarker([1, 2])
    js = _script(ArticlePanel([("In ", None, None), ("<b>Kerman</b>", "geonames:1", "#c62828")],
                              {"geonames:1": [layer]}, {"geonames:1": 8600.0}), "m")
    assert js.startswith("geomapControls.panel(m, [")
    assert _string_literals(js) == ["In ", "<b>Kerman</b>", "geonames:1", "#c62828", "geonames:1"]
    assert f"[{layer.get_name()}],8600.0]" in js and "<" not in js


def test_setup_makes_the_panes_before_the_layers():
    assert _script(Setup(static=True), "m") == "geomapControls.setup(m, {static: true});\n"


def test_outlines_sit_in_their_own_pane_under_the_tiles():
    js = _script(Outlines("IR"), "map_9")
    assert 'geomapControls.locator(map,data,"IR")' in js
    assert "locator" not in _script(Outlines(locator=False), "map_9")
    assert "createPane('geomapOutlines').style.zIndex=150" in js
    assert js.rstrip().endswith("})(map_9);")
    assert "</" not in js  # the outlines cannot close the script element


def test_controls_and_legend():
    assert _script(Controls(), "m") == "geomapControls.fullscreen(m);geomapControls.measure(m);\n"
    js = _script(Legend("<div>legend</div>", ["GeoNames", "Geocoding: x &amp; y"]), "m")
    assert _string_literals(js) == ["<div>legend</div>", "GeoNames", "Geocoding: x &amp; y"]
    assert js.count("addAttribution(") == 2 and js.rstrip().endswith("})(m);")
    assert "geomapControls.compactLayers(map)" in js  # a small map folds its layer box


def test_timeline_refers_to_the_layers_by_their_names():
    a, b = folium.FeatureGroup(name="a"), folium.FeatureGroup(name="b")
    js = _script(Timeline([("First blast", None, [a]), ("Second blast", "15 minutes later", [a, b])]), "m")
    assert js.startswith("geomapControls.timeline(m, [")
    assert f"layers:[{a.get_name()},{b.get_name()}]" in js
    assert _string_literals(js) == ["First blast", "", "Second blast", "15 minutes later"]


def test_elements_render_inside_a_map_with_their_parent_name():
    m = folium.Map(tiles=None)
    group = folium.FeatureGroup(name="g").add_to(m)
    marker = folium.CircleMarker([1.0, 2.0]).add_to(group)
    m.add_child(Labels([("x", 1.0, 2.0, 0, "incident", marker, None)]))
    page = m.get_root().render()
    assert f"geomapControls.labels({m.get_name()}, [" in page and f"owner:{marker.get_name()}" in page


def test_an_element_outside_a_figure_is_an_error():
    with pytest.raises(RuntimeError, match="inside a Figure"):
        Controls().render()


@pytest.mark.parametrize("text", ["</script>", "\u2028", "&amp;", "'\""])
def test_js_string_round_trips(text):
    assert json.loads(js_string(text)) == text
