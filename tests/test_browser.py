"""Real-browser tests: Playwright driving Debian's chromium (/usr/bin/chromium).

Network is blocked: the page may load only itself and data: URLs; map tile
requests are answered by a stand-in tile server inside the test. Any console
error, page error or other request fails the test.
"""
import os
import struct
import zlib
from pathlib import Path

import pytest

from geomap.result import run
from geomap.render import render_html

from test_render import EVIL

from conftest import SEED

CHROMIUM = Path(os.environ.get("GEOMAP_CHROMIUM", "/usr/bin/chromium"))
pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"CI needs {CHROMIUM} for the browser tests (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} not installed", allow_module_level=True)


def _png(width=256, height=256, rgb=(230, 230, 225)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


TILE = _png()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def open_map(browser, path: Path, width: int = 1000, height: int = 700):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(90_000)  # Playwright's 30 s ran out on a machine loaded by other test runs
    problems, tiles = [], []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def route(r):
        url = r.request.url
        if url.startswith(("file:", "data:")):
            return r.continue_()
        if url.startswith("https://tile.openstreetmap.org/"):
            tiles.append(url)
            return r.fulfill(status=200, content_type="image/png", body=TILE)
        problems.append(f"unexpected request: {url}")
        return r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_selector(".folium-map")
    page.wait_for_load_state("networkidle")
    return page, problems, tiles


def test_seed_map_renders_rings_and_markers_without_errors(browser, seed_fc, tmp_path):
    path = tmp_path / "seed.html"
    path.write_text(render_html(seed_fc), encoding="utf-8")
    page, problems, tiles = open_map(browser, path)
    assert problems == []
    assert tiles, "the base map asked for no tiles"
    assert page.locator("path.geomap-zone").count() == 1
    page.locator(".geomap-timeline a[title='Next event']").click()
    assert page.locator("path.geomap-zone").count() == 2
    places = [f for f in seed_fc["features"] if f["properties"]["kind"] == "place"]
    assert page.locator("path.geomap-place").count() == len(places)
    labels = page.locator(".geomap-label-zone").all_inner_texts()
    assert sorted(labels) == ["700 meters (first explosion)", "a kilometer (second explosion)"]
    assert page.locator(".geomap-legend").is_visible()
    assert page.locator(".leaflet-control-scale").is_visible()
    # both rings are on screen (map fitted to the incident)
    for box in [page.locator("path.geomap-zone").nth(i).bounding_box() for i in range(2)]:
        assert box["width"] > 20 and 0 <= box["x"] and box["x"] + box["width"] <= 1000
    # click on the wider ring's band, just inside its northern edge
    box = max((page.locator("path.geomap-zone").nth(i).bounding_box() for i in range(2)),
              key=lambda b: b["width"])
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.06)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "direction not stated" in popup.inner_text()
    assert problems == []
    page.close()


def test_hostile_article_runs_no_script(browser, tmp_path):
    path = tmp_path / "evil.html"
    path.write_text(render_html(run(EVIL).geojson), encoding="utf-8")
    page, problems, _ = open_map(browser, path)
    # open every popup and tooltip, so their content is put in the DOM
    page.evaluate("""() => { for (const k in window) { const l = window[k];
        if (l && l.getPopup && l.getPopup()) { l.openPopup(); } } }""")
    page.wait_for_timeout(200)
    assert page.evaluate("window.pwned") is None
    assert page.locator(".leaflet-popup-content img, .leaflet-popup-content svg, "
                        ".leaflet-popup-content script").count() == 0
    assert problems == []
    page.close()


def test_template_syntax_in_article_shows_as_text(browser, tmp_path):
    from test_template_injection import ARTICLE, PAYLOADS

    path = tmp_path / "template.html"
    path.write_text(render_html(run(ARTICLE).geojson, title="{{ 7*191 }}"), encoding="utf-8")
    page, problems, _ = open_map(browser, path)
    assert page.title() == "{{ 7*191 }}"
    texts = page.evaluate("""() => { const out = []; for (const k in window) { const l = window[k];
        if (l && l.getPopup && l.getPopup()) { l.openPopup(); const d = document.createElement('div');
            d.innerHTML = l.getPopup().getContent(); out.push(d.textContent); } } return out; }""")
    joined = " ".join(texts)
    for payload in PAYLOADS[:6]:
        assert payload in joined, payload
    assert page.evaluate("window.pwned") is None
    assert problems == []
    page.close()


def test_self_contained_map_makes_no_request_at_all(browser, seed_fc, tmp_path):
    from geomap.render import render_html

    path = tmp_path / "offline.html"
    path.write_text(render_html(seed_fc, tiles="none"), encoding="utf-8")
    page, problems, tiles = open_map(browser, path)
    assert problems == [] and tiles == []
    assert page.locator("path.geomap-zone").count() == 1  # the timeline's first event
    # the offline background: country outlines are drawn
    assert page.locator(".leaflet-geomapOutlines-pane path").count() > 0
    page.close()


def test_two_fragments_in_one_host_page(browser, seed_fc, tmp_path):
    from geomap.render import render_fragment

    other = run("The quake struck 12 km NNE of Ridgecrest, California.").geojson
    host = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title>"
            "<script>var map = 'host value'; var L_host = 1;</script></head><body><h1>Our report</h1>"
            f"<section>{render_fragment(seed_fc, height='400px')}</section><p>Text between the maps.</p>"
            f"<section>{render_fragment(other, height='400px')}</section></body></html>")
    path = tmp_path / "host.html"
    path.write_text(host, encoding="utf-8")
    page, problems, _ = open_map(browser, path)
    assert problems == []
    assert page.locator(".folium-map").count() == 2
    for i, wanted in enumerate([1, 1]):  # the seed's timeline starts at its first event
        fragment = page.locator(".geomap-fragment").nth(i)
        assert fragment.locator("path.geomap-zone").count() == wanted
        assert fragment.locator(".geomap-legend").count() == 1
    assert page.evaluate("window.map") == "host value"
    page.close()


def test_timeline_and_measure_controls_work(browser, seed_fc, tmp_path):
    path = tmp_path / "seed.html"
    path.write_text(render_html(seed_fc, tiles="none"), encoding="utf-8")
    page, problems, _ = open_map(browser, path)
    step = page.locator(".geomap-timeline .geomap-step")
    zone_labels = page.locator(".geomap-label-zone")
    assert step.inner_text() == "Event 1/2: first explosion"  # the story starts at the first event
    assert page.locator("path.geomap-zone").count() == 1  # the second blast is not there yet
    assert zone_labels.all_inner_texts() == ["700 meters (first explosion)"]
    page.locator(".geomap-timeline a[title='Next event']").click()
    assert step.inner_text() == "Event 2/2: second explosion (some 15 minutes after the first)"
    assert page.locator("path.geomap-zone").count() == 2
    assert sorted(zone_labels.all_inner_texts()) == ["700 meters (first explosion)", "a kilometer (second explosion)"]
    page.locator(".geomap-timeline a[title='Previous event']").click()
    assert zone_labels.all_inner_texts() == ["700 meters (first explosion)"]  # its label hid with the ring
    page.locator(".geomap-timeline a[title='Next event']").click()
    page.locator(".geomap-measure-control a").click()
    page.mouse.click(300, 300)
    page.mouse.click(600, 300)
    page.wait_for_function("document.querySelectorAll('.geomap-measure').length === 1")  # old tip faded out
    assert page.locator(".geomap-measure").inner_text().startswith("\u2248 ")
    assert problems == []
    page.close()


def test_png_of_the_seed(tmp_path):
    """Through the command line, in its own process (Playwright's sync API does not nest)."""
    import io
    import subprocess
    import sys

    from PIL import Image

    out = tmp_path / "seed.png"
    res = subprocess.run([sys.executable, "-m", "geomap", "map", str(SEED), "-o", str(tmp_path / "seed.html"),
                          "--tiles", "none", "--png", str(out), "--width", "1000", "--height", "700"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    image = Image.open(io.BytesIO(out.read_bytes())).convert("RGB")
    assert image.size == (1000, 700)
    colours = image.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50  # not blank: outlines, rings, legend, text
    orange = sum(n for n, (r, g, b) in colours if r > 200 and 80 < g < 140 and b < 60)
    assert orange > 200  # the ring outlines are drawn


GRAVE = "Soleimani's grave (Martyrs' Cemetery)"
MAP = "window[document.querySelector('.folium-map').id]"


@pytest.fixture(scope="module")
def seed_page_file(seed_fc, seed_text, tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "seed.html"
    path.write_text(render_html(seed_fc, tiles="none", article=seed_text), encoding="utf-8")
    return path


def _visible_labels(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('.geomap-label')].map(e => {
        const r = e.getBoundingClientRect();
        return {text: e.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; })""")


def _assert_no_overlap(labels: list[dict]) -> None:
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            apart = a["x1"] <= b["x0"] or b["x1"] <= a["x0"] or a["y1"] <= b["y0"] or b["y1"] <= a["y0"]
            assert apart, (a, b)


def _grave_point(page, seed_fc) -> tuple[float, float]:
    lon, lat = next(f["geometry"]["coordinates"] for f in seed_fc["features"] if f["properties"]["name"] == GRAVE)
    p = page.evaluate(f"() => {MAP}.latLngToContainerPoint([{lat}, {lon}])")
    box = page.locator(".folium-map").bounding_box()
    return box["x"] + p["x"], box["y"] + p["y"]


def test_first_view_names_the_places_without_overlaps(browser, seed_page_file):
    page, problems, tiles = open_map(browser, seed_page_file)
    labels = _visible_labels(page)
    texts = [label["text"] for label in labels]
    assert "Kerman" in texts and GRAVE in texts
    for label in labels:  # inside the viewport
        assert 0 <= label["x0"] and label["x1"] <= 1000 and 0 <= label["y0"] and label["y1"] <= 700, label
    _assert_no_overlap(labels)
    for zoom in (11, 8, 5, 3):  # zoomed out, labels are dropped rather than stacked
        page.evaluate(f"() => {MAP}.setZoom({zoom}, {{animate: false}})")
        _assert_no_overlap(_visible_labels(page))
    assert problems == [] and tiles == []
    page.close()


def test_clicking_the_grave_marker_opens_the_graves_popup(browser, seed_page_file, seed_fc):
    page, problems, _ = open_map(browser, seed_page_file)
    x, y = _grave_point(page, seed_fc)
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.inner_text().startswith(GRAVE)
    # no focus rectangle around what was clicked
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") == "none"
    page.locator(".leaflet-popup-close-button").click()
    page.locator(".leaflet-control-layers label", has_text="Event areas").locator("input").uncheck()
    # opening the popup may have panned the map (autoPan): wait until it is still, then find the grave again
    page.wait_for_function(f"() => !{MAP}._panAnim || !{MAP}._panAnim._inProgress")
    x, y = _grave_point(page, seed_fc)
    page.mouse.click(x, y)  # with the event areas off, the grave's own uncertainty disc does not cover it
    popup.wait_for()
    assert popup.inner_text().startswith(GRAVE)
    assert problems == []
    page.close()


def test_rings_are_drawn_with_every_vertex(browser, seed_page_file, seed_fc):
    """Leaflet would simplify a ring to a polygon of a few pixels' tolerance; the map keeps its vertices."""
    page, problems, _ = open_map(browser, seed_page_file)
    zone = next(f for f in seed_fc["features"] if f["properties"]["kind"] == "zone")
    vertices = len(zone["geometry"]["coordinates"][0]) - 1
    d = page.locator("path.geomap-zone").first.get_attribute("d")
    drawn = len(d.split("M")[1].split("L"))
    assert drawn >= vertices - 1, (drawn, vertices)
    assert problems == []
    page.close()


def test_clicking_a_mention_opens_its_feature_and_a_feature_shows_its_mention(browser, seed_page_file):
    page, problems, _ = open_map(browser, seed_page_file)
    panel = page.locator(".geomap-panel")
    assert panel.is_visible()
    mention = page.locator(".geomap-mention[data-feature-id='geonames:128234']").first
    assert mention.inner_text() == "Kerman"
    assert mention.evaluate("e => getComputedStyle(e).borderBottomColor") == "rgb(198, 40, 40)"  # incident red
    mention.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.inner_text().startswith("Kerman")
    # a zone the timeline hides still opens its popup from the text
    page.locator(".geomap-mention", has_text="a kilometer away").click()
    page.wait_for_function("() => (document.querySelector('.leaflet-popup-content') || {}).textContent"
                           "?.startsWith('a kilometer from')")
    # clicking a feature on the map scrolls the panel to its evidence
    page.locator(".geomap-panel-body").evaluate("e => { e.scrollTop = e.scrollHeight; }")
    page.evaluate(f"() => {MAP}.closePopup()")
    page.locator("path.geomap-incident").first.click(force=True)
    page.wait_for_selector(".geomap-mention.geomap-flash")
    flashed = page.locator(".geomap-mention.geomap-flash")
    body = page.locator(".geomap-panel-body").bounding_box()
    box = flashed.bounding_box()
    assert body["y"] <= box["y"] <= body["y"] + body["height"]
    # the panel folds away
    page.locator(".geomap-panel-toggle").click()
    assert not page.locator(".geomap-panel-body").is_visible()
    assert problems == []
    page.close()


@pytest.mark.parametrize("size", [(800, 450), (1600, 1000)])
def test_png_page_has_caption_and_no_controls(browser, seed_fc, seed_text, tmp_path, size):
    from geomap.png import static_page

    path = tmp_path / "static.html"
    path.write_text(static_page(seed_fc, tiles="none", article=seed_text), encoding="utf-8")
    page, problems, _ = open_map(browser, path, *size)
    for control in (".leaflet-control-zoom", ".leaflet-control-layers", ".geomap-timeline", ".geomap-panel",
                    ".geomap-fullscreen", ".geomap-measure-control"):
        assert page.locator(control).count() == 0, control
    caption = page.locator(".geomap-caption")
    assert caption.is_visible()
    assert "New York Post, 3 January 2024" in caption.inner_text()
    assert caption.inner_text().startswith("More than 100 people were killed")
    labels = _visible_labels(page)
    assert {"Kerman", GRAVE} <= {label["text"] for label in labels}
    _assert_no_overlap(labels)
    for sel in (".geomap-legend", ".geomap-caption", ".geomap-locator"):  # every box inside the image
        b = page.locator(sel).bounding_box()
        assert b["x"] >= 0 and b["y"] >= 0 and b["x"] + b["width"] <= size[0] and b["y"] + b["height"] <= size[1]
    legend = page.locator(".geomap-legend").inner_text()
    assert "sector" not in legend and "between two places" not in legend  # only symbols the map uses
    assert page.locator(".geomap-legend").bounding_box()["width"] < size[0] / 3
    assert problems == []
    page.close()
