"""Popups say how sure a reading is and give the option that picks another candidate (issues 12 and 14)."""
import shlex

from click.testing import CliRunner

from geomap.cli import cli
from geomap.popups import popup_html
from geomap.result import run

TEXT = "Two bombs went off in Kerman on Wednesday, officials said."


def _kerman(fc):
    return next(f["properties"] for f in fc["features"] if f["properties"]["name"] == "Kerman")


def test_popup_lists_alternatives_with_the_option_that_picks_each():
    props = _kerman(run(TEXT).geojson)
    assert props["top_alternatives"], "Kerman has namesakes in Iran and California"
    page = popup_html(props)
    assert "confidence" in page
    for alt in props["top_alternatives"]:
        assert f"--place &quot;Kerman={alt['lat']},{alt['lon']}&quot;" in page


def test_the_option_in_the_popup_does_pick_that_place(tmp_path):
    props = _kerman(run(TEXT).geojson)
    alt = next(a for a in props["top_alternatives"] if a["country"] == "US")
    option = f"Kerman={alt['lat']},{alt['lon']}"
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(art), "-q", "--place", option])
    assert res.exit_code == 0, res.output
    import json

    fc = json.loads(res.stdout)
    point = next(f["geometry"]["coordinates"] for f in fc["features"] if f["properties"]["name"] == "Kerman")
    assert point == [alt["lon"], alt["lat"]]
    assert shlex.split(f'--place "{option}"') == ["--place", option]


def test_alternative_names_are_escaped():
    props = {"kind": "place", "name": "<b>X</b>", "role": "context", "place_type": "city", "country": None,
             "uncertainty_m": 1000.0, "source": "geonames:1", "evidence": [], "confidence": 0.5,
             "top_alternatives": [{"id": "geonames:2", "name": "<img src=x onerror=alert(1)>", "country": "US",
                                   "lat": 1.0, "lon": 2.0, "score": 1.0}]}
    page = popup_html(props)
    assert "<img" not in page and "&lt;img" in page
