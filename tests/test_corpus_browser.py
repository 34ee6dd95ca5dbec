"""The corpus map in a real browser (issue 17): clusters, heat, the time slider and popups, offline.

Network is blocked (the harness of test_browser.py): any request other than the page
itself and the stand-in tiles, any console error and any page error fails the test.
"""
import csv

import pytest

from test_browser import CHROMIUM, browser, open_map  # noqa: F401  (the module-scoped browser fixture)
from test_corpus_map import EVIL, rows_of

from corpus_helpers import batch, run

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corpus")
    table = batch(tmp, "events-csv")
    rows = rows_of(table)
    with open(table, "a", encoding="utf-8", newline="") as fh:  # one hostile row, as a table could carry
        w = csv.DictWriter(fh, list(rows[0]))
        evil = dict(rows[0], document_id="evil", location=EVIL, evidence=EVIL, source="javascript:alert(1)",
                    event=EVIL, latitude="-33.9", longitude="18.4", date=rows[0]["date"] or "2024-01-01")
        w.writerow(evil)
        rows.append(evil)
    out = tmp / "corpus.html"
    res = run(["map", "--corpus", table, "-o", out])
    assert res.exit_code == 0, res.stderr
    return out, rows


def _visible_rows(page) -> int:
    """Rows the dated clusters and markers count, summed over what is on screen."""
    return page.evaluate("""() => {
      let n = 0;
      document.querySelectorAll('.geomap-corpus-cluster:not(.geomap-corpus-undated) div,'
        + '.geomap-corpus-marker:not(.geomap-corpus-undated) span').forEach(e => n += +e.textContent.replace(/,/g, ''));
      return n; }""")


def test_corpus_map_clusters_heat_slider_and_popups_offline(browser, corpus_page):  # noqa: F811
    path, rows = corpus_page
    page, problems, _ = open_map(browser, path, 1200, 800)
    page.evaluate("() => { window.alert = window.confirm = () => { window.__pwned = 'dialog'; }; }")
    dated = [r for r in rows if r["date"]]
    page.evaluate("() => window.dispatchEvent(new Event('resize'))")
    assert _visible_rows(page) == len(dated)
    undated = page.evaluate("""() => [...document.querySelectorAll('.geomap-corpus-undated')]
        .reduce((n, e) => n + (+e.textContent.replace(/,/g, '') || 0), 0)""")
    assert undated == len(rows) - len(dated) > 0
    # the heat layer painted something
    painted = page.evaluate("""() => { const c = document.querySelector('canvas.geomap-heat');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }""")
    assert painted > 100
    # one day on the slider: only that day's rows
    days = sorted({r["date"] for r in dated})
    slider = page.locator(".geomap-corpus-slider")
    slider.evaluate("(e, v) => { e.value = v; e.dispatchEvent(new Event('input')); }", 0)
    assert days[0] in page.locator(".geomap-corpus-when").text_content()
    assert _visible_rows(page) == sum(r["date"] == days[0] for r in dated)
    page.locator(".geomap-corpus-unit").click()  # by week
    assert "week of" in page.locator(".geomap-corpus-when").text_content()
    page.locator(".geomap-corpus-all").click()
    assert _visible_rows(page) == len(dated)
    # the hostile row's popup: its text shown as text, nothing run, no javascript: link
    page.locator(".geomap-corpus-marker[title*='__pwned']").first.click()
    popup = page.locator(".geomap-corpus-popup")
    assert "document evil" in popup.text_content() and "onerror=" in popup.text_content()
    assert popup.locator("img, script, a[href^='javascript']").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert problems == []


def test_corpus_map_without_tiles_draws_on_the_offline_outlines(browser, corpus_page, tmp_path):  # noqa: F811
    table = corpus_page[0].parent / "events.csv"
    out = tmp_path / "none.html"
    assert run(["map", "--corpus", table, "-o", out, "--tiles", "none"]).exit_code == 0
    page, problems, tiles = open_map(browser, out)
    assert page.locator(".geomap-corpus-cluster, .geomap-corpus-marker").count() > 0
    assert problems == [] and tiles == []
