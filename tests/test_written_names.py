"""Labels of articles not in English: the name as written beside the English one (issue #16)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import geomap
from geomap.annotations import place_labels
from geomap.cli import cli
from geomap.written_names import written_label

ROOT = Path(__file__).resolve().parent.parent
CASES = [json.loads(line) for line in (ROOT / "eval" / "languages" / "cases.jsonl").read_text("utf-8").splitlines()]


def _quote(site: str) -> str:
    return next(c["quote"] for c in CASES if site in c["url"])


def test_label_says_both_names_once():
    assert written_label("زرند", "Zarand") == "زرند (Zarand)"
    assert written_label("Bânda", "Banda") == "Banda"  # the same name but for an accent: not doubled
    assert written_label("  Indonésie ", "Indonesia") == "Indonésie (Indonesia)"


def test_persian_report_places_and_zones_keep_the_article_words():
    fc = geomap.run(_quote("idman.ir")).geojson
    props = {f["properties"]["kind"]: f["properties"] for f in fc["features"]}
    assert props["place"]["display_name"] == "زرند (Zarand)" and props["place"]["written"] == "زرند"
    assert props["zone"]["display_name"] == "۱۴ کیلومتری زرند (14 km from Zarand)"
    assert props["event"]["display_name"].startswith("Event: ۱۴ کیلومتری زرند (")
    assert "زرند (Zarand)" in [label["text"] for label in place_labels(fc)]


def test_french_report_zone_label_and_unchanged_names():
    fc = geomap.run(_quote("rtbf.be")).geojson
    by_name = {f["properties"]["name"]: f["properties"] for f in fc["features"]}
    assert by_name["Saumlaki"]["display_name"] == "Saumlaki"
    assert by_name["234 km west of Saumlaki"]["display_name"] == \
        "environ 234 kilomètres à l’ouest de Saumlaki (234 km west of Saumlaki)"


def test_english_articles_get_no_written_names():
    fc = geomap.run("Two bombs went off 20 km south of Kerman, Iran.").geojson
    assert not any("written" in f["properties"] or "display_name" in f["properties"] for f in fc["features"])


def test_map_popup_and_tooltip_show_both_names(tmp_path):
    article = tmp_path / "fa.txt"
    article.write_text(_quote("idman.ir"), encoding="utf-8")
    out = tmp_path / "fa.html"
    done = CliRunner().invoke(cli, ["map", str(article), "-o", str(out), "--tiles", "none", "-q"])
    assert done.exit_code == 0, done.output
    page = out.read_text("utf-8")
    assert "\\u003cb\\u003eزرند (Zarand)\\u003c/b\\u003e" in page  # the popup's title
    assert 'bindTooltip("زرند (Zarand)")' in page
    assert 'bindTooltip("۱۴ کیلومتری زرند (14 km from Zarand)")' in page
