"""Issue 12: the user says what is not a place (--not-place, not_places in geomap.toml)."""
import json

from click.testing import CliRunner

from geomap.cli import cli

TEXT = "A fire broke out in Kerman, Iran, on Monday.\n"


def names(tmp_path, *args):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(article), *args])
    return res, ([f["properties"]["name"] for f in json.loads(res.output)["features"]
                  if f["properties"]["kind"] == "place"] if res.exit_code == 0 else None)


def test_not_place_option_drops_the_name_and_can_be_repeated(tmp_path):
    assert names(tmp_path)[1] == ["Kerman", "Iran"]
    assert names(tmp_path, "--not-place", "Kerman")[1] == ["Iran"]
    res, _ = names(tmp_path, "--not-place", "kerman", "--not-place", "IRAN")
    assert res.exit_code != 0 and "no place" in res.output


def test_not_places_in_geomap_toml_beside_the_article(tmp_path):
    (tmp_path / "geomap.toml").write_text('not_places = ["Iran"]\n', encoding="utf-8")
    assert names(tmp_path)[1] == ["Kerman"]


def test_a_bad_not_places_value_is_a_one_line_config_error(tmp_path):
    (tmp_path / "geomap.toml").write_text('not_places = "Iran"\n', encoding="utf-8")
    res, _ = names(tmp_path)
    assert res.exit_code != 0 and "not_places must be a list" in res.output and "Traceback" not in res.output


def test_the_shared_gazetteer_is_left_untouched(tmp_path):
    names(tmp_path, "--not-place", "Kerman")
    assert names(tmp_path)[1] == ["Kerman", "Iran"]
