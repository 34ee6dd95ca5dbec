"""Several reports of one incident: one collection, one place per place, agreement and disagreement (#15).

The Kerman reports are the seed article (New York Post, 3 January 2024, as a
saved page) and a page quoting ANF English of 4 January 2024 (IRNA's revised
distances; see tests/data/pages). The triangulation reports are MADE UP: a
depot 70 km south-east of Kerman and 110 km north-west of Bam is one point
(57.55 E, 29.80 N), whatever anchor each report measures from.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from shapely.geometry import Point, shape

from geomap.cli import cli
from geomap.reports import merge_reports
from geomap.result import run

from test_template_injection import ARTICLE, SENTINEL, _assert_inert, compiled_sources  # noqa: F401

PAGES = Path(__file__).parent / "data" / "pages"
NYPOST, ANF = PAGES / "nypost-kerman.html", PAGES / "anf-kerman-no-metadata.html"
REVISED = "The first blast occurred 1.5 km from Soleimani's grave. The second one took place 2.7 km from the grave."
DEPOT = Point(57.55, 29.80)
FROM_KERMAN = "A blast hit a fuel depot 70 km south-east of Kerman, Iran, on Monday, police said."
FROM_BAM = "The explosion at the depot was 110 km north-west of Bam, Iran, the governor said."
ELSEWHERE = "The explosion was 20 km north of Kerman, Iran, a witness said."


def _sources(n):
    return [{"name": f"r{i}", "title": None, "site": None, "author": None, "url": None, "date": None,
             "sha256": str(i)} for i in range(n)]


def _merged(*texts):
    return merge_reports([run(t).geojson for t in texts], _sources(len(texts)))


def _extract(*args):
    res = CliRunner().invoke(cli, ["extract", *map(str, args)])
    assert res.exit_code == 0, res.stderr
    return json.loads(res.stdout), res.stderr


def test_the_same_place_is_one_feature_listing_every_report(tmp_path):
    revised = tmp_path / "irna-revised.txt"
    revised.write_text(REVISED, encoding="utf-8")
    fc, _ = _extract(NYPOST, revised)
    grave = [f for f in fc["features"] if f["properties"]["id"] == "curated:soleimani-grave"]
    assert len(grave) == 1
    assert grave[0]["properties"]["sources"] == [0, 1]
    assert {ev["source"] for ev in grave[0]["properties"]["evidence"]} == {0, 1}
    assert all(f["properties"]["sources"] for f in fc["features"])
    ids = [f["id"] for f in fc["features"]]
    assert len(ids) == len(set(ids))


def test_sources_list_every_input_with_its_metadata(tmp_path):
    revised = tmp_path / "irna-revised.txt"
    revised.write_text(REVISED, encoding="utf-8")
    fc, _ = _extract(NYPOST, revised, ANF)
    sources = fc["geomap"]["sources"]
    assert [s["name"] for s in sources] == ["nypost-kerman", "irna-revised", "anf-kerman-no-metadata"]
    assert sources[0]["site"] == "New York Post" and sources[0]["date"] == "2024-01-03"
    assert sources[0]["url"].startswith("https://nypost.example/")
    assert sources[1]["title"] is None and len(sources[1]["sha256"]) == 64
    assert set(sources[0]) >= {"name", "title", "url", "date", "sha256"}


def test_evidence_quotes_the_sentence_of_its_own_report(tmp_path):
    revised = tmp_path / "irna-revised.txt"
    revised.write_text(REVISED, encoding="utf-8")
    saved = tmp_path / "text.txt"
    fc, _ = _extract(NYPOST, revised, "--save-text", saved)
    texts = [(tmp_path / f"text-{i}.txt").read_text(encoding="utf-8") for i in (1, 2)]
    sentences = fc["geomap"]["sentences"]
    for f in fc["features"]:
        for ev in f["properties"]["evidence"]:
            text = texts[ev["source"]]
            assert text[ev["start"]:ev["end"]] == ev["text"]
            s = sentences[ev["sentence"]]
            assert s["source"] == ev["source"] and text[s["start"]:s["end"]] == s["text"]


def test_different_distances_from_one_anchor_disagree_in_words():
    fc = merge_reports([run(open(PAGES.parent.parent.parent / "seeds" / "kerman-2024-01-03.txt",
                                  encoding="utf-8").read()).geojson, run(REVISED).geojson], _sources(2))
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "agreement"]
    first = next(c for c in fc["geomap"]["comparisons"] if c["event"] == "first explosion")
    assert first["agree"] is False and first["basis"].startswith("zones")
    assert [c["claim"] for c in first["claims"]] == ["700 meters from Soleimani's grave", "1.5 km from Soleimani's grave"]
    assert "700 meters" in first["claims"][0]["quote"] and "1.5 km" in first["claims"][1]["quote"]
    assert "do not overlap" in first["message"]


def test_reports_from_different_anchors_agree_where_their_areas_meet():
    fc = _merged(FROM_KERMAN, FROM_BAM)
    agreements = [f for f in fc["features"] if f["properties"]["kind"] == "agreement"]
    assert len(agreements) == 1
    p = agreements[0]["properties"]
    assert p["sources"] == [0, 1] and p["basis"].startswith("event areas")
    area = shape(agreements[0]["geometry"])
    assert area.is_valid and area.contains(DEPOT)
    # the overlap is smaller than either report's own area
    events = [shape(f["geometry"]) for f in fc["features"] if f["properties"]["kind"] == "event"]
    assert all(area.area < e.area for e in events)
    assert fc["geomap"]["comparisons"][0]["agree"] is True


def test_a_third_report_elsewhere_is_a_disagreement_and_the_pair_still_agrees():
    fc = _merged(FROM_KERMAN, FROM_BAM, ELSEWHERE)
    agreements = [f["properties"]["sources"] for f in fc["features"] if f["properties"]["kind"] == "agreement"]
    assert agreements == [[0, 1]]
    (comparison,) = fc["geomap"]["comparisons"]
    assert comparison["agree"] is False
    assert "the areas of r0 and r2 do not overlap" in comparison["message"]
    assert "20 km north of Kerman" in comparison["message"]


def test_one_input_keeps_the_single_report_contract():
    fc, _ = _extract(NYPOST)
    assert "sources" not in fc["geomap"]
    assert all("sources" not in f["properties"] for f in fc["features"])


def test_map_of_several_reports_has_a_layer_each_and_the_panel(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FROM_KERMAN, encoding="utf-8")
    b.write_text(FROM_BAM, encoding="utf-8")
    out = tmp_path / "map.html"
    res = CliRunner().invoke(cli, ["map", str(a), str(b), "-o", str(out), "--tiles", "none"])
    assert res.exit_code == 0, res.stderr
    page = out.read_text(encoding="utf-8")
    assert '"Report 1"' in page and '"Report 2"' in page and '"Where reports agree"' in page
    assert "geomap-agreement" in page and "geomap-reports" in page
    assert "the reports agree" in res.stderr


def test_stdin_only_once():
    res = CliRunner().invoke(cli, ["extract", "-", "-"], input="Kerman, Iran.")
    assert res.exit_code == 2 and "only once" in res.stderr


@pytest.mark.parametrize("n", [1, 2])
def test_save_text_targets_are_checked_before_anything_is_written(tmp_path, n):
    a = tmp_path / "a.txt"
    a.write_text(FROM_KERMAN, encoding="utf-8")
    out = tmp_path / "out.geojson"
    res = CliRunner().invoke(cli, ["extract", *[str(a)] * n, "-o", str(out), "--save-text", str(tmp_path / "no" / "t.txt")])
    assert res.exit_code == 5 and not out.exists()


def test_report_titles_and_quotes_are_never_template_source(compiled_sources):
    from geomap.render import render_html as render_page

    sources = _sources(2)
    sources[0]["title"] = ARTICLE
    sources[1]["site"] = SENTINEL + " {{ 7*191 }}"
    fcs = [run(ARTICLE).geojson, run(ARTICLE.replace("700 meters", "1.5 km")).geojson]
    page = render_page(merge_reports(fcs, sources), tiles="none")
    assert "the reports disagree" in page and "Report 2" in page
    _assert_inert(page, compiled_sources)


def test_agreement_areas_reach_the_geopackage_and_the_map_bounds(tmp_path):
    import pyogrio

    from geomap.export import export
    from geomap.render import _bounds

    fc = _merged(FROM_KERMAN, FROM_BAM)
    layers = dict(pyogrio.list_layers(export(fc, tmp_path / "r.gpkg")))
    assert layers.get("agreements") in ("Polygon", "MultiPolygon")
    (south, west), (north, east) = _bounds(fc)
    assert south <= DEPOT.y <= north and west <= DEPOT.x <= east
