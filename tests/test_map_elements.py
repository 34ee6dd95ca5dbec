"""geomap's named map elements, each on its own: what script it adds, and that text stays data."""
import json
import re

import folium
import pytest

from geomap.assets import js_string
from geomap.map_elements import Controls, Label, Legend, Outlines, Popup, Raw, Timeline


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


def test_label_is_a_non_interactive_div_icon_with_escaped_text():
    js = _script(Label(30.25, 57.08, "700 m <first>"), "group_1")
    assert js.startswith("L.marker([30.25, 57.08], {interactive: false")
    assert js.rstrip().endswith(".addTo(group_1);")
    assert _string_literals(js) == ["700 m &lt;first&gt;"]


def test_outlines_sit_in_their_own_pane_under_the_tiles():
    js = _script(Outlines(), "map_9")
    assert "createPane('geomapOutlines').style.zIndex=150" in js
    assert js.rstrip().endswith("})(map_9);")
    assert "</" not in js  # the outlines cannot close the script element


def test_controls_and_legend():
    assert _script(Controls(), "m") == "geomapControls.fullscreen(m);geomapControls.measure(m);\n"
    js = _script(Legend("<div>legend</div>", ["GeoNames", "Geocoding: x &amp; y"]), "m")
    assert _string_literals(js) == ["<div>legend</div>", "GeoNames", "Geocoding: x &amp; y"]
    assert js.count("addAttribution(") == 2 and js.rstrip().endswith("})(m);")


def test_timeline_refers_to_the_layers_by_their_names():
    a, b = folium.FeatureGroup(name="a"), folium.FeatureGroup(name="b")
    js = _script(Timeline([("First blast", None, [a]), ("Second blast", "15 minutes later", [a, b])]), "m")
    assert js.startswith("geomapControls.timeline(m, [")
    assert f"layers:[{a.get_name()},{b.get_name()}]" in js
    assert _string_literals(js) == ["First blast", "", "Second blast", "15 minutes later"]


def test_elements_render_inside_a_map_with_their_parent_name():
    m = folium.Map(tiles=None)
    group = folium.FeatureGroup(name="g").add_to(m)
    group.add_child(Label(1.0, 2.0, "x"))
    page = m.get_root().render()
    assert f".addTo({group.get_name()});" in page


def test_an_element_outside_a_figure_is_an_error():
    with pytest.raises(RuntimeError, match="inside a Figure"):
        Controls().render()


@pytest.mark.parametrize("text", ["</script>", "\u2028", "&amp;", "'\""])
def test_js_string_round_trips(text):
    assert json.loads(js_string(text)) == text
