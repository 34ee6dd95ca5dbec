"""RunContext: a run's settings, built from the same choices as the command line, without click (issue 10)."""
import dataclasses
import json

import pytest

from geomap.errors import ConfigError, UsageError
from geomap.gazetteer import default_gazetteer
from geomap.geocoding import user_agent
from geomap.names import normalize
from geomap.run_context import RunContext, build_run_context

from conftest import SEED

UA = "geomap-tests/1.0 (tests@example.org)"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    for name in ("GEOMAP_GEOCODER", "GEOMAP_GEOCODER_URL", "GEOMAP_USER_AGENT"):
        monkeypatch.delenv(name, raising=False)


def _article(tmp_path, config: str | None = None):
    article = tmp_path / "kerman.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    if config is not None:
        (tmp_path / "geomap.toml").write_text(config, encoding="utf-8")
    return article


def test_defaults_are_offline_with_the_shipped_gazetteer(tmp_path):
    article = _article(tmp_path)
    ctx = build_run_context(str(article))
    assert ctx.online is None and ctx.vague_table is None and ctx.warnings == ()
    assert ctx.gazetteer is default_gazetteer()
    assert ctx.tiles == "openstreetmap" and ctx.config_path is None and not ctx.trusted
    assert ctx.inputs == (str(article),)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.tiles = "light"


def test_user_places_join_the_gazetteer_and_files_read_are_inputs(tmp_path):
    article = _article(tmp_path, '[[places]]\nname = "Soleimani\'s grave"\nlat = 30.2829\nlon = 57.0924\n')
    csv_file = tmp_path / "places.csv"
    csv_file.write_text("name,lat,lon\nOld bazaar,30.29,57.08\n")
    table = tmp_path / "vague.json"
    table.write_text(json.dumps({"near": {"shape": "disc", "inner": [0, 0], "outer": [1, 500]}}))
    ctx = build_run_context(str(article), places_file=str(csv_file), place_specs=["Depot=30.3,57.1"],
                            vague_table=str(table))
    for name, source in (("Soleimani's grave", "user:soleimanis-grave"), ("Old bazaar", "user:old-bazaar"),
                         ("Depot", "user:depot")):
        assert [e.source for e in ctx.gazetteer.lookup(normalize(name))] == [source]
        assert source not in [e.source for e in default_gazetteer().lookup(normalize(name))]  # the shared one is untouched
    assert ctx.vague_table["near"]["outer"] == [1.0, 500.0]
    assert ctx.inputs == (str(article), tmp_path / "geomap.toml", str(csv_file), str(table))


def test_tiles_chosen_win_over_the_settings_file_which_wins_over_the_default(tmp_path):
    article = _article(tmp_path, '[map]\ntiles = "none"\n')
    assert build_run_context(str(article)).tiles == "none"
    assert build_run_context(str(article), tiles="light").tiles == "light"
    assert build_run_context(None).tiles == "openstreetmap"  # no article: no geomap.toml looked for


def test_a_settings_file_beside_the_article_may_not_go_online_unless_trusted(tmp_path):
    article = _article(tmp_path, f'[geocoder]\nname = "nominatim"\nurl = "http://127.0.0.1:9"\n'
                                 f'user_agent = "{UA}"\n')
    untrusted = build_run_context(str(article))
    assert untrusted.online is None and not untrusted.trusted
    assert len(untrusted.warnings) == 1 and "ignoring [geocoder]" in untrusted.warnings[0]
    trusted = build_run_context(str(article), trust_config=True)
    assert trusted.trusted and trusted.warnings == ()
    assert trusted.online.name == "nominatim" and trusted.online.settings.url == "http://127.0.0.1:9"
    named = build_run_context(None, config_path=str(tmp_path / "geomap.toml"))
    assert named.trusted and named.online is not None


def test_the_user_agent_comes_from_option_then_file_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_USER_AGENT", "from-env/1.0")
    cfg = tmp_path / "geo.toml"
    cfg.write_text('[geocoder]\nname = "nominatim"\nurl = "http://127.0.0.1:9"\n')
    from_env = build_run_context(None, config_path=str(cfg)).online
    assert user_agent(from_env.settings) == "from-env/1.0"
    assert from_env.geocoder.headers["User-Agent"] == "from-env/1.0"
    cfg.write_text(cfg.read_text() + 'user_agent = "from-file/1.0"\n')
    assert build_run_context(None, config_path=str(cfg)).online.geocoder.headers["User-Agent"] == "from-file/1.0"
    chosen = build_run_context(None, config_path=str(cfg), user_agent="from-option/1.0").online
    assert chosen.geocoder.headers["User-Agent"] == "from-option/1.0"


def test_bad_settings_are_named_errors(tmp_path):
    bad_table = tmp_path / "vague.json"
    bad_table.write_text("{")
    with pytest.raises(UsageError):
        build_run_context(None, vague_table=str(bad_table))
    cfg = tmp_path / "geomap.toml"
    cfg.write_text('[map]\ntiles = 5\n')
    with pytest.raises(ConfigError, match=r"\[map\] tiles must be one of"):
        build_run_context(None, config_path=str(cfg))


def test_a_library_user_can_run_with_a_context_of_their_own():
    from geomap.result import run

    ctx = RunContext(gazetteer=default_gazetteer().with_places(
        [{"name": "Kerman", "lat": 30.30, "lon": 57.10, "radius_m": 2000.0, "aliases": []}]))
    fc = run("Two bombs went off in Kerman, Iran.", gazetteer=ctx.gazetteer, online=ctx.online,
             vague_table=ctx.vague_table).geojson
    assert [f["properties"]["source"] for f in fc["features"] if f["properties"]["name"] == "Kerman"] == \
        ["user:kerman"]
