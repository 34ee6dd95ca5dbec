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
