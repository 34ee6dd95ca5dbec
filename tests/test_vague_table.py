"""--vague-table: every term, key and value is checked when the file is read (issue 10)."""
import json

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.errors import UsageError
from geomap.zone_sizes import VAGUE_TABLE, load_table, merge_table

NEAR = "Fighting raged near Bakhmut."
NO_VAGUE_TERM = "The quake struck 12 km NNE of Ridgecrest."


def _map(tmp_path, article_text, table):
    article = tmp_path / "article.txt"
    article.write_text(article_text, encoding="utf-8")
    path = tmp_path / "table.json"
    path.write_text(table if isinstance(table, str) else json.dumps(table), encoding="utf-8")
    res = CliRunner().invoke(cli, ["map", str(article), "-o", str(tmp_path / "m.html"), "--geojson",
                                   str(tmp_path / "m.geojson"), "--vague-table", str(path), "-q"])
    return res, path


BAD = [
    ({"near": {"outer": "x"}},
     'near.outer must be [factor, metres] (radius = factor * r + metres), not "x"'),
    ({"near": {"shape": "hexagon"}}, 'near.shape must be disc or ring, not "hexagon"'),
    ({"near": {"radius": 3}}, "unknown key near.radius (a disc has shape, inner, outer)"),
    ({"nearby": {"outer": [1, 0]}},
     'unknown term "nearby" (known: near, outskirts, outside, direction, interior, between)'),
    ({"near": {"outer": [1, -5]}}, "near.outer[1] must be a number >= 0, not -5"),
    ({"near": {"outer": [True, 5]}}, "near.outer[0] must be a number >= 0, not true"),
    ({"near": {"outer": [1]}}, "near.outer must be [factor, metres] (radius = factor * r + metres), not [1]"),
    ({"outskirts": {"outer": [0.5, 0]}}, "outskirts: outer [0.5, 0] must be larger than inner [0.7, 0.0]"),
    ({"near": {"inner": [0, 100]}}, "near: a disc has no inner radius (inner must be [0, 0]; use a ring)"),
    ({"near": {"shape": "sector"}}, 'near.shape must be disc or ring, not "sector"'),
    ({"direction": {"halfwidth": 0}}, "direction.halfwidth must be a number > 0 and <= 180, not 0"),
    ({"direction": {"halfwidth": 270}}, "direction.halfwidth must be a number > 0 and <= 180, not 270"),
    ({"between": {"width_fraction": "wide"}},
     'between.width_fraction must be a number > 0 and <= 1, not "wide"'),
    ({"between": {"inner": [0, 0]}},
     "unknown key between.inner (a corridor has shape, width_fraction, min_halfwidth_m)"),
    ({"near": 5}, "near must be an object with some of shape, inner, outer, not 5"),
    ([1, 2], "expected a JSON object of terms (near, outskirts, outside, direction, interior, between), not [1, 2]"),
]


@pytest.mark.parametrize("table,message", BAD, ids=[m[:40] for _, m in BAD])
@pytest.mark.parametrize("text", [NEAR, NO_VAGUE_TERM], ids=["says-near", "no-vague-term"])
def test_bad_table_is_a_usage_error_whatever_the_article_says(tmp_path, text, table, message):
    res, path = _map(tmp_path, text, table)
    assert (res.exit_code, res.stderr) == (2, f"Error: vague-terms table {path}: {message}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "table.json"]  # nothing written


def test_unreadable_table_is_a_usage_error(tmp_path):
    res, path = _map(tmp_path, NEAR, '{"near": ')
    assert res.exit_code == 2
    assert res.stderr == (f"Error: cannot read vague-terms table {path}: "
                          "Expecting value: line 1 column 10 (char 9)\n")
    missing = CliRunner().invoke(cli, ["map", str(tmp_path / "article.txt"), "--vague-table",
                                       str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and missing.stderr.startswith("Error: cannot read vague-terms table ")
    assert missing.stderr.count("\n") == 1


def test_a_good_table_sizes_the_zone(tmp_path):
    res, _ = _map(tmp_path, NEAR, {"near": {"outer": [0, 1234]}, "outskirts": {"shape": "disc", "inner": [0, 0]}})
    assert res.exit_code == 0, res.output
    fc = json.loads((tmp_path / "m.geojson").read_text(encoding="utf-8"))
    zone = next(f["properties"] for f in fc["features"] if f["properties"]["kind"] == "zone")
    assert (zone["term"], zone["shape"], zone["inner_m"], zone["outer_m"]) == ("near", "disc", 0, 1234)


def test_load_table_merges_partial_rows_over_the_default(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"direction": {"halfwidth": 30}}), encoding="utf-8")
    table = load_table(path)
    assert table["direction"] == {**VAGUE_TABLE["direction"], "halfwidth": 30.0}
    assert {k: v for k, v in table.items() if k != "direction"} == {
        k: v for k, v in VAGUE_TABLE.items() if k != "direction"}


def test_the_default_table_passes_its_own_checks():
    assert merge_table(VAGUE_TABLE) == VAGUE_TABLE


def test_usage_error_is_a_value_error_with_exit_code_2():
    with pytest.raises(ValueError):
        merge_table({"near": {"shape": "hexagon"}})
    assert issubclass(UsageError, ValueError) and UsageError.exit_code == 2
