"""Online geocoding against a fake Nominatim on 127.0.0.1 (issue 6). No test touches the internet."""
import json
import os
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.geocoding import Cache, GeocodingError, OnlineGeocoder, OnlineSettings

from conftest import SEED
from fake_nominatim import FakeNominatim

UA = "geomap-tests/1.0 (tests@example.org)"


@pytest.fixture
def fake():
    with FakeNominatim() as server:
        yield server


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GEOMAP_USER_AGENT", raising=False)
    monkeypatch.delenv("GEOMAP_GEOCODER", raising=False)


def geocoder(fake, sleep=time.sleep, **kw):
    settings = OnlineSettings("nominatim", url=fake.url, user_agent=UA, timeout_s=kw.pop("timeout_s", 5.0), **kw)
    return OnlineGeocoder(settings, sleep=sleep)


def cli_run(*args, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def test_nominatim_without_user_agent_is_refused(fake):
    res = cli_run("geocode", "Kerman", "--geocoder", "nominatim", "--geocoder-url", fake.url)
    assert res.exit_code == 8
    assert res.stderr == ("Error: nominatim requires a User-Agent that identifies you (its usage policy): pass "
                          "--user-agent 'yourapp/1.0 (you@example.org)', set GEOMAP_USER_AGENT, or user_agent "
                          "in geomap.toml's [geocoder] section\n")
    assert fake.log == []


def test_geocode_asks_the_named_service_then_the_cache(fake):
    args = ["geocode", "Kerman", "--geocoder", "nominatim", "--geocoder-url", fake.url, "--user-agent", UA]
    first = cli_run(*args)
    assert first.exit_code == 0, first.output
    assert first.stdout.split()[:3] == ["nominatim:relation/5842645", "Kerman", "IR"]
    assert "\u00a9 OpenStreetMap contributors" in first.stderr
    assert [(r["path"], r["q"], r["ua"]) for r in fake.log] == [("/search", "Kerman", UA)]
    assert fake.log[0]["query"]["format"] == ["json"]
    second = cli_run(*args)
    assert second.stdout == first.stdout
    assert len(fake.log) == 1  # answered from the cache: zero requests
    assert "(0 request(s)" in second.stderr


def test_at_most_one_request_per_second(fake):
    g = geocoder(fake)
    for q in ("Kerman", "Iran", "Xyzzy"):
        g.search(q)
    times = [r["t"] for r in fake.log]
    assert len(times) == 3
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.95, gaps  # the policy: one a second


def test_never_faster_than_the_policy(fake):
    assert geocoder(fake, min_delay_s=0.1).min_delay_s == 1.0
    assert geocoder(fake, min_delay_s=2.5).min_delay_s == 2.5


def test_the_same_query_is_asked_once_per_run(fake):
    g = geocoder(fake)
    g.cache.clear()
    a = g.search("Kerman")
    g.cache.clear()  # even without the disk cache, the run remembers
    assert g.search("Kerman") == a
    assert len(fake.log) == 1


def test_429_retry_after_is_honoured(fake):
    fake.script["Kerman"] = ["429:3", "ok"]
    slept = []
    g = geocoder(fake, sleep=slept.append)
    assert g.search("Kerman")[0]["country"] == "IR"
    assert len(fake.log) == 2
    assert 2.9 < max(slept) <= 3  # the wait for the next slot, past the recorded back-off


def test_503_is_retried_with_backoff_then_reported(fake):
    fake.script["Kerman"] = ["503"]
    slept = []
    g = geocoder(fake, sleep=slept.append, max_attempts=3)
    with pytest.raises(GeocodingError, match=r"nominatim did not answer for 'Kerman' after 3 attempt\(s\)"):
        g.search("Kerman")
    assert len(fake.log) == 3
    backoff = [s for s in slept if s in (1.0, 2.0, 4.0)]  # the rest are waits for the 1/s slot
    assert backoff == [1.0, 2.0]


def test_total_wait_is_bounded(fake):
    fake.script["Kerman"] = ["429:1000"]
    slept = []
    g = geocoder(fake, sleep=slept.append, max_total_wait_s=30)
    with pytest.raises(GeocodingError):
        g.search("Kerman")
    assert sum(slept) <= 30 and len(fake.log) == 1


def test_timeout(fake):
    fake.script["Kerman"] = ["sleep:1.5"]
    g = geocoder(fake, sleep=lambda s: None, timeout_s=0.3, max_attempts=2)
    with pytest.raises(GeocodingError, match="did not answer"):
        g.search("Kerman")
    assert len(fake.log) == 2


def test_malformed_json_is_an_error_not_a_miss(fake):
    fake.script["Kerman"] = ["garbage"]
    with pytest.raises(GeocodingError, match="^nominatim sent a malformed answer for 'Kerman': not JSON"):
        geocoder(fake, sleep=lambda s: None).search("Kerman")
    assert len(fake.log) == 1  # not retried: the service answered, badly


def test_empty_result_is_cached_and_reported(fake):
    args = ["geocode", "Xyzzy", "--geocoder", "nominatim", "--geocoder-url", fake.url, "--user-agent", UA]
    res = cli_run(*args)
    assert res.exit_code == 4
    assert res.stderr == f"Error: no place named 'Xyzzy' in nominatim at {fake.url}\n"
    cli_run(*args)
    assert len(fake.log) == 1


def test_outage_stops_the_map_unless_fallback_is_asked(fake, tmp_path):
    fake.script["*"] = ["503"]
    article = tmp_path / "a.txt"
    article.write_text("Police said gunmen opened fire at Martyrs Square in Beirut, Lebanon.")
    base = ["map", str(article), "-o", str(tmp_path / "a.html"), "--geocoder", "nominatim", "--geocoder-url",
            fake.url, "--user-agent", UA, "--min-delay", "1"]
    res = CliRunner().invoke(cli, base)
    assert res.exit_code == 8 and res.stderr.startswith("Error: nominatim did not answer for 'Martyrs Square'")
    assert not (tmp_path / "a.html").exists()
    res = CliRunner().invoke(cli, [*base, "--fallback-offline"])
    assert res.exit_code == 0
    assert "warning: nominatim did not answer for 'Martyrs Square'" in res.stderr
    assert "falling back to the offline gazetteer" in res.stderr
    fc = json.loads(CliRunner().invoke(cli, ["extract", str(article), *base[4:], "--fallback-offline", "-q"]).stdout)
    assert "online_failed" in [w["code"] for w in fc["geomap"]["warnings"]]


def test_unknown_names_are_asked_online_and_attributed(fake, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Police said gunmen opened fire at Martyrs Square in Beirut, Lebanon.")
    res = cli_run("extract", str(article), "--geocoder", "nominatim", "--geocoder-url", fake.url, "--user-agent", UA)
    fc = json.loads(res.stdout)
    square = next(f for f in fc["features"] if f["properties"]["source"].startswith("nominatim:"))
    assert square["properties"]["source"] == "nominatim:way/1040851237"
    assert square["geometry"]["coordinates"] == [35.5066, 33.8957]
    assert square["properties"]["role"] == "incident"
    assert fake.queries() == ["Martyrs Square"]  # Beirut and Lebanon came from the gazetteer
    assert any("OpenStreetMap contributors" in a for a in fc["geomap"]["attribution"])


def test_map_of_the_seed_online_first(fake, tmp_path):
    out = tmp_path / "seed.html"
    res = cli_run("map", str(SEED), "-o", str(out), "--geocoder", "nominatim", "--geocoder-url", fake.url,
                  "--user-agent", UA, "--online-first", "-q")
    assert res.exit_code == 0, res.output
    page = out.read_text()
    assert "nominatim:relation/5842645" in page and "OpenStreetMap contributors (Nominatim" in page
    assert "Kerman" in fake.queries() and "Iran" in fake.queries()
    assert len(set(fake.queries())) == len(fake.queries())  # each name asked once


def test_two_processes_share_the_cache(fake, tmp_path):
    env = {**os.environ, "GEOMAP_CACHE_DIR": str(tmp_path / "shared")}
    cmd = [sys.executable, "-m", "geomap", "geocode", "Kerman", "--geocoder", "nominatim", "--geocoder-url",
           fake.url, "--user-agent", UA, "-q"]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert outs[0][0] == outs[1][0] and outs[0][0].startswith("nominatim:relation/5842645")
    times = sorted(r["t"] for r in fake.log)
    assert 1 <= len(times) <= 2
    if len(times) == 2:
        assert times[1] - times[0] >= 0.95  # the shared clock kept them a second apart
    third = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert third.returncode == 0 and len(fake.log) == len(times)  # the cache answered


def test_cache_info_and_clear(fake):
    geocoder(fake).search("Kerman")
    info = json.loads(cli_run("cache", "info", "--json").stdout)
    assert info["services"][f"nominatim@{fake.url}"]["entries"] == 1
    assert cli_run("cache", "clear").stdout == "deleted 1 cached answer(s)\n"
    assert "empty" in cli_run("cache", "info").stdout


def test_unknown_geocoder_name():
    res = cli_run("geocode", "Kerman", "--geocoder", "nosuchservice")
    assert res.exit_code == 8
    assert res.stderr == ("Error: unknown geocoder 'nosuchservice'; any geopy service name works, "
                          "e.g. nominatim, photon, arcgis\n")


@pytest.mark.online
def test_real_nominatim():  # pragma: no cover - run with: pytest -m online (needs internet and a UA)
    ua = os.environ.get("GEOMAP_USER_AGENT")
    if not ua:
        pytest.skip("set GEOMAP_USER_AGENT to run against the real Nominatim")
    g = OnlineGeocoder(OnlineSettings("nominatim", user_agent=ua), cache=Cache())
    assert g.entries("Kerman, Iran")[0].country == "IR"
