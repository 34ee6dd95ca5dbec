"""The online path under hostile or broken services (issue 9), against a fake Nominatim on 127.0.0.1."""
import sqlite3
import time

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.geocoding import Cache, GeocodingError, OnlineGeocoder, OnlineSettings, cache_path

from fake_nominatim import FakeNominatim

UA = "geomap-tests/1.0 (tests@example.org)"


@pytest.fixture
def fake():
    with FakeNominatim() as server:
        yield server
    assert server.errors == []


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GEOMAP_USER_AGENT", raising=False)
    monkeypatch.delenv("GEOMAP_GEOCODER", raising=False)


def geocoder(fake, sleep=lambda s: None, **kw):
    kw.setdefault("timeout_s", 5.0)
    return OnlineGeocoder(OnlineSettings("nominatim", url=fake.url, user_agent=UA, **kw), sleep=sleep)


def geocode_cli(fake, name="Kerman", *extra):
    return CliRunner().invoke(cli, ["geocode", name, "--geocoder", "nominatim", "--geocoder-url", fake.url,
                                    "--user-agent", UA, *extra])


def cached_answers() -> int:
    with sqlite3.connect(cache_path()) as db:
        return db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]


@pytest.mark.parametrize("action", ["drip:0.1", "dripbody:0.1"])
@pytest.mark.parametrize("timeout_s, bound_s", [(5.0, 1.0), (0.5, 30.0)])
def test_a_slow_drip_server_cannot_hold_a_query_past_its_bound(fake, action, timeout_s, bound_s):
    fake.script["Kerman"] = [action]  # a byte every 0.1 s: every read is well inside any timeout
    g = geocoder(fake, timeout_s=timeout_s, max_total_wait_s=bound_s, max_attempts=1)
    start = time.monotonic()
    with pytest.raises(GeocodingError, match="did not answer for 'Kerman'"):
        g.search("Kerman")
    assert time.monotonic() - start < min(timeout_s, bound_s) + 0.3


def test_a_wall_clock_jump_never_makes_a_long_silent_sleep(fake, monkeypatch):
    real_time = time.time
    slept = []
    g = geocoder(fake, sleep=slept.append)
    monkeypatch.setattr(time, "time", lambda: real_time() + 10_000)  # the clock was an hour+ ahead ...
    g.search("Kerman")
    monkeypatch.setattr(time, "time", real_time)  # ... and is set right
    g.search("Iran")
    assert len(fake.log) == 2
    assert max(slept) <= g.min_delay_s


def test_the_sleeps_of_a_query_stay_inside_its_bound(fake):
    fake.script["Kerman"] = ["503"]
    slept = []
    with pytest.raises(GeocodingError):
        geocoder(fake, sleep=slept.append, max_total_wait_s=2.5, max_attempts=10).search("Kerman")
    assert 0 < sum(slept) <= 2.5


@pytest.mark.parametrize("answer", ['{"error": "Unable to geocode"}',
                                    '{"error": {"code": 400, "message": "Nothing to search for."}}'])
def test_an_error_answer_is_a_failure_and_never_cached(fake, answer):
    fake.script["Kerman"] = [f"body:{answer}"]
    res = geocode_cli(fake)
    assert res.exit_code == 8, res.output
    assert res.stderr.startswith("Error: nominatim answered with an error for 'Kerman': ")
    assert len(res.stderr.splitlines()) == 1
    assert cached_answers() == 0
    fake.script["Kerman"] = ["ok"]
    assert geocode_cli(fake).exit_code == 0  # asked again: nothing was cached


@pytest.mark.parametrize("answer", [
    '[{"lon": "57.1", "display_name": "Kerman", "osm_type": "relation", "osm_id": 1}]',  # no lat
    '[{"lat": "north", "lon": "57.1", "display_name": "Kerman"}]',
    '[{"lat": "95", "lon": "57.1", "display_name": "Kerman"}]',
    '[{"lat": "NaN", "lon": "57.1", "display_name": "Kerman"}]',
    '[{"lat": null, "lon": null, "display_name": "Kerman"}]',
    '["Kerman"]',
    '{"lat": "30.1", "lon": "57.1"}',
    '"Kerman"',
])
def test_a_malformed_answer_is_a_failure_never_cached_never_0_0(fake, answer):
    fake.script["Kerman"] = [f"body:{answer}"]
    res = geocode_cli(fake)
    assert res.exit_code == 8, res.output
    assert res.stderr.startswith("Error: nominatim sent a malformed answer for 'Kerman': ")
    assert len(res.stderr.splitlines()) == 1 and "Traceback" not in res.output
    assert cached_answers() == 0
    assert len(fake.log) == 1  # not retried: the service answered, badly


def test_a_malformed_answer_falls_back_offline_when_asked(fake, tmp_path):
    fake.script["*"] = ['body:[{"lon": "35.5"}]']
    article = tmp_path / "a.txt"
    article.write_text("Police said gunmen opened fire at Martyrs Square in Beirut, Lebanon.")
    res = CliRunner().invoke(cli, ["extract", str(article), "--geocoder", "nominatim", "--geocoder-url", fake.url,
                                   "--user-agent", UA, "--fallback-offline"])
    assert res.exit_code == 0, res.output
    assert "warning: nominatim sent a malformed answer for 'Martyrs Square'" in res.stderr
    assert "0.0, 0.0" not in res.stdout and "[0.0, 0.0]" not in res.stdout
    assert cached_answers() == 0


def test_a_gzip_bomb_is_cut_off_at_the_size_cap(fake):
    fake.script["Kerman"] = ["gzip:5"]  # 5 MB of valid JSON once inflated, a few kB on the wire
    g = geocoder(fake, max_answer_bytes=1_000_000)
    with pytest.raises(GeocodingError, match=r"answer for 'Kerman' is larger than 1,000,000 bytes"):
        g.search("Kerman")
    assert len(fake.log) == 1 and cached_answers() == 0


def test_the_default_size_cap_is_two_megabytes(fake):
    fake.script["Kerman"] = ["gzip:2.1"]
    with pytest.raises(GeocodingError, match="larger than 2,000,000 bytes"):
        geocoder(fake).search("Kerman")
    fake.script["Iran"] = ["gzip:1.9"]
    assert geocoder(fake).search("Iran") == []  # under the cap, gzip answers are read as usual


@pytest.mark.parametrize("status", ["400", "403", "404"])
def test_a_4xx_answer_is_final_not_retried(fake, status):
    fake.script["Kerman"] = [status]
    with pytest.raises(GeocodingError, match=f"^nominatim answered HTTP {status} for 'Kerman'"):
        geocoder(fake, max_attempts=4).search("Kerman")
    assert len(fake.log) == 1


def test_retry_after_is_honoured_by_every_process(fake):
    fake.script["Kerman"] = ["429:30"]
    with pytest.raises(GeocodingError, match="did not answer"):
        geocoder(fake, max_total_wait_s=5).search("Kerman")
    other = geocoder(fake, max_total_wait_s=5)  # another process: only the cache file is shared
    with pytest.raises(GeocodingError, match=r"asked to wait .*Retry-After"):
        other.search("Iran")
    assert fake.queries() == ["Kerman"]  # nothing was sent inside the back-off window
    slept = []
    patient = geocoder(fake, sleep=slept.append, max_total_wait_s=60)
    assert patient.search("Iran")[0]["country"] == "IR"
    assert 25 < max(slept) <= 30


def _corrupt(path, where):
    path.parent.mkdir(parents=True, exist_ok=True)
    cache = Cache(path)
    cache.put("nominatim@x", "k", "q", [])
    cache.db.close()  # checkpoints the WAL into the file
    data = bytearray(path.read_bytes())
    start = 0 if where == "header" else 4096  # the pages after the schema
    data[start:] = (b"not SQLite " * len(data))[:len(data) - start]
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["header", "pages"])
def test_a_corrupt_cache_is_a_clear_error_and_cache_clear_recovers(fake, where):
    _corrupt(cache_path(), where)
    res = geocode_cli(fake)
    assert res.exit_code == 8, res.output
    assert res.stderr.startswith(f"Error: the geocoding cache {cache_path()} is damaged")
    assert res.stderr.rstrip().endswith("`geomap cache clear` recreates it")
    assert len(res.stderr.splitlines()) == 1
    assert CliRunner().invoke(cli, ["cache", "info"]).exit_code == 8
    cleared = CliRunner().invoke(cli, ["cache", "clear"])
    assert cleared.exit_code == 0, cleared.output
    assert geocode_cli(fake).exit_code == 0
    assert cached_answers() == 1


def test_the_fake_server_outlives_no_test_and_prints_nothing(capfd):
    with FakeNominatim() as server:
        server.script["Kerman"] = ["sleep:0.5"]
        with pytest.raises(GeocodingError):
            geocoder(server, timeout_s=0.1, max_attempts=1).search("Kerman")
    time.sleep(0.7)  # a handler that outlived the block would write to the closed socket by now
    assert "Traceback" not in capfd.readouterr().err
    assert server.errors == []


@pytest.mark.parametrize("via", ["options", "environment"])
def test_a_configured_proxy_carries_the_request(fake, monkeypatch, via):
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    options = {}
    if via == "options":
        options = {"proxies": {"http": fake.url}}
    else:
        monkeypatch.setenv("HTTP_PROXY", fake.url)
        monkeypatch.setenv("http_proxy", fake.url)
    g = OnlineGeocoder(OnlineSettings("nominatim", url="http://geocoder.invalid", user_agent=UA, options=options),
                       sleep=lambda s: None)
    assert g.search("Kerman")[0]["country"] == "IR"
    assert [(r["path"], r["q"]) for r in fake.log] == [("/search", "Kerman")]


def test_https_is_bounded_too_and_a_bad_certificate_is_final(fake):
    import ssl
    from pathlib import Path

    tls = Path(__file__).parent / "data" / "tls"  # a self-signed certificate for 127.0.0.1, test only
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(tls / "cert.pem", tls / "key.pem")
    fake.server.socket = server_ctx.wrap_socket(fake.server.socket, server_side=True)
    url = fake.url.replace("http:", "https:")
    trusting = {"ssl_context": ssl.create_default_context(cafile=str(tls / "cert.pem"))}
    g = OnlineGeocoder(OnlineSettings("nominatim", url=url, user_agent=UA, options=trusting), sleep=lambda s: None)
    assert g.search("Kerman")[0]["id"] == "relation/5842645"
    fake.script["Iran"] = ["dripbody:0.1"]
    g = OnlineGeocoder(OnlineSettings("nominatim", url=url, user_agent=UA, options=trusting, timeout_s=0.5,
                                      max_attempts=1), sleep=lambda s: None)
    start = time.monotonic()
    with pytest.raises(GeocodingError, match="no complete answer within 0.5 s"):
        g.search("Iran")
    assert time.monotonic() - start < 0.8
    g = OnlineGeocoder(OnlineSettings("nominatim", url=url, user_agent=UA), sleep=lambda s: None)
    with pytest.raises(GeocodingError, match="^nominatim: cannot verify the certificate of 127.0.0.1"):
        g.search("Xyzzy")
