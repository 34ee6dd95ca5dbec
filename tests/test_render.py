import re

import pytest

from geomap.result import run
from geomap.render import render_html

EVIL = ('Bombs went off in Kerman, Iran, near "</script><script>window.pwned=1</script>" and '
        "<img src=x onerror=\"window.pwned=2\"> and <a href='javascript:window.pwned=3'>x</a>. "
        "The first blast was 700 meters from Soleimani's grave '\"><svg onload=window.pwned=4>.")


@pytest.fixture(scope="module")
def seed_html(seed_fc):
    return render_html(seed_fc, tiles="none")


def test_same_input_gives_byte_identical_html(seed_fc, seed_html):
    assert render_html(seed_fc, tiles="none") == seed_html
    assert not re.search(r"[0-9a-f]{32}", seed_html)  # no folium random ids


def test_no_network_assets(seed_html):
    for host in ("cdn.jsdelivr", "cdnjs", "unpkg", "code.jquery", "bootstrapcdn", "googleapis"):
        assert host not in seed_html
    assert not re.search(r"<script[^>]+src=", seed_html)
    assert not re.search(r"<link[^>]+href=\"http", seed_html)
    assert "jquery" not in seed_html.lower()


def test_structure(seed_html):
    assert seed_html.count("L.polygon(") >= 2
    assert seed_html.count('"className": "geomap-zone geomap-ring"') == 2
    assert seed_html.count('"className": "geomap-event"') == 2
    assert "geomap-best-guess" not in seed_html  # no direction in the seed: no point invented
    assert "geomap-legend" in seed_html
    assert "L.control.layers(" in seed_html
    assert "L.control.scale(" in seed_html
    assert "GeoNames" in seed_html
    assert "fitBounds(" in seed_html


def test_article_text_is_escaped():
    page = render_html(run(EVIL).geojson, tiles="none")
    for bad in ["<script>window.pwned", "onerror=\"window", "<svg onload", "href='javascript"]:
        assert bad not in page
    # escaped for HTML, then for the JavaScript string that carries it
    assert "\\u0026lt;/script\\u0026gt;\\u0026lt;script\\u0026gt;window.pwned=1" in page


def test_unknown_tiles():
    with pytest.raises(ValueError, match="unknown tiles"):
        render_html(run("Bombs in Kerman, Iran.").geojson, tiles="mars")


def test_seed_page_with_its_article_is_small_and_deterministic(seed_fc, seed_text):
    page = render_html(seed_fc, article=seed_text, title="geomap: kerman-2024-01-03")
    assert len(page.encode("utf-8")) < 450_000
    assert render_html(seed_fc, article=seed_text, title="geomap: kerman-2024-01-03") == page
    # the article reaches the page only as a JavaScript string literal (HTML-safe), never as markup
    from geomap.assets import js_string

    assert "geomapControls.panel(" in page
    assert js_string(" and its pawns are escalating across the ") in page  # a piece of the text, as a string literal


def test_legend_lists_only_the_symbols_used(seed_fc):
    from geomap.annotations import used_symbols
    from geomap.popups import legend_html

    used = used_symbols(seed_fc)
    assert used == ["incident", "context", "ring", "event", "area", "uncertainty"]
    legend = legend_html(used)
    assert "direction" in legend and "between two places" not in legend and "best guess" not in legend
    assert "country / province outline" in legend


def test_ring_vertices_keep_radial_error_under_0_2_percent(seed_fc):
    """Chord midpoints of each drawn ring stay within 0.2% of the stated radius."""
    from geomap.geometry import geodesic_m

    anchors = {f["properties"]["id"]: f["geometry"]["coordinates"] for f in seed_fc["features"]}
    for f in seed_fc["features"]:
        p = f["properties"]
        if p["kind"] != "zone":
            continue
        lon0, lat0 = anchors[p["anchor"]]
        for ring, radius in zip(f["geometry"]["coordinates"], (p["outer_m"], p["inner_m"])):
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                for lon, lat in ((x1, y1), ((x1 + x2) / 2, (y1 + y2) / 2)):
                    assert abs(geodesic_m(lat0, lon0, lat, lon) - radius) / radius < 0.002


def test_static_page_has_no_interactive_controls(seed_fc, seed_text):
    from geomap.png import static_page

    page = static_page(seed_fc, tiles="none", article=seed_text)
    assert "L.control.layers(" not in page and '"zoomControl": false' in page
    assert "geomapControls.panel(" not in page and "geomapControls.caption(" in page
