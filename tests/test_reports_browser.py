"""Several reports on one map, in a real Chromium: each layer toggles, the panel quotes each claim (#15)."""
from __future__ import annotations

import pytest

from geomap.render import render_html as render_page
from geomap.reports import merge_reports
from geomap.result import run

from test_browser import CHROMIUM, open_map  # noqa: F401  (skips the module without chromium)
from test_render import EVIL
from test_reports import FROM_BAM, FROM_KERMAN, REVISED

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _sources(names):
    return [{"name": n, "title": None, "site": None, "author": None, "url": None, "date": None, "sha256": "0"}
            for n in names]


def _toggle(page, name):
    page.locator(".leaflet-control-layers-overlays label", has_text=name).locator("input").click()


def test_each_report_layer_toggles_and_the_panel_quotes_each_claim(browser, seed_text, tmp_path):
    fc = merge_reports([run(seed_text).geojson, run(REVISED).geojson], _sources(["nypost", "irna-revised"]))
    path = tmp_path / "reports.html"
    path.write_text(render_page(fc, tiles="none"), encoding="utf-8")
    page, problems, _ = open_map(browser, path)
    for i in (0, 1):
        drawn = page.locator(f"path.geomap-report-{i}")
        before = drawn.count()
        assert before > 0
        _toggle(page, f"Report {i + 1}")
        assert drawn.count() == 0
        _toggle(page, f"Report {i + 1}")
        assert drawn.count() == before
    panel = page.locator(".geomap-reports").inner_text()
    assert "the reports disagree" in panel
    assert "700 meters from Soleimani's grave" in panel and "1.5 km from Soleimani's grave" in panel
    assert "The first explosion occurred just 700 meters from Soleimani\u2019s grave" in panel
    assert "The first blast occurred 1.5 km from Soleimani's grave." in panel
    assert problems == []
    page.close()


def test_agreement_area_is_drawn_and_toggles(browser, tmp_path):
    fc = merge_reports([run(FROM_KERMAN).geojson, run(FROM_BAM).geojson], _sources(["a", "b"]))
    path = tmp_path / "agree.html"
    path.write_text(render_page(fc, tiles="none"), encoding="utf-8")
    page, problems, _ = open_map(browser, path)
    assert page.locator("path.geomap-agreement").count() == 1
    _toggle(page, "Where reports agree")
    assert page.locator("path.geomap-agreement").count() == 0
    assert problems == []
    page.close()


def test_hostile_report_titles_and_quotes_run_nothing(browser, tmp_path):
    sources = _sources(["a", "b"])
    sources[0]["title"] = EVIL
    sources[1]["url"] = "javascript:alert(1)"
    fc = merge_reports([run(FROM_KERMAN + " " + EVIL).geojson, run(FROM_BAM).geojson], sources)
    path = tmp_path / "evil.html"
    path.write_text(render_page(fc, tiles="none"), encoding="utf-8")
    page, problems, _ = open_map(browser, path)
    assert page.evaluate("() => window.pwned === undefined")
    assert "<script>" not in page.locator(".geomap-reports").inner_html().replace("&lt;script&gt;", "")
    assert problems == []
    page.close()
