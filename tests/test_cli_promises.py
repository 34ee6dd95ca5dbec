"""Promises the CLI made and broke (issue 9): inputs never overwritten, outputs checked
before any write, stdin/stdout failures, interrupted writes, bounded reads, batch edge cases,
CRLF offsets, deterministic GeoPackages, and a geomap.toml that came with the article."""
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap import text as text_mod
from geomap.atomic import write_atomic
from geomap.cli import cli
from geomap.errors import InputError

from conftest import ROOT, SEED

from fake_nominatim import FakeNominatim

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run(args, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kw)


def geomap_proc(args, **kw):
    return subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, env=ENV, timeout=120, **kw)


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(SEED.read_bytes())
    return p


# -- never write over an input ---------------------------------------------------------------

@pytest.mark.parametrize("spelling", ["same", "dotdot", "symlink"])
@pytest.mark.parametrize("command", [["map", "{a}", "-o", "{o}"], ["extract", "{a}", "-o", "{o}"],
                                     ["embed", "{a}", "-o", "{o}"], ["map", "{a}", "-o", "{tmp}/m.html", "--csv", "{o}"]])
def test_output_over_the_article_is_refused(article, tmp_path, command, spelling):
    out = {"same": article, "dotdot": tmp_path / "sub" / ".." / article.name,
           "symlink": tmp_path / "link.txt"}[spelling]
    (tmp_path / "sub").mkdir()
    if spelling == "symlink":
        out.symlink_to(article)
    args = [a.format(a=article, o=out, tmp=tmp_path) for a in command]
    res = run(args)
    assert res.exit_code == 5
    assert res.stderr == f"Error: refusing to write {out}: it is an input file ({article})\n"
    assert article.read_bytes() == SEED.read_bytes()
    assert not (tmp_path / "m.html").exists()


def test_batch_output_over_its_input_is_refused(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1, "text": "Kerman, Iran"}\n')
    res = run(["batch", p, "-o", p])
    assert res.exit_code == 5 and res.stderr == f"Error: refusing to write {p}: it is an input file ({p})\n"
    assert p.read_text() == '{"id": 1, "text": "Kerman, Iran"}\n'


def test_places_file_is_an_input_too(article, tmp_path):
    places = tmp_path / "places.csv"
    places.write_text("name,lat,lon\nGrave,30.28,57.09\n")
    res = run(["map", article, "--places", places, "-o", tmp_path / "m.html", "--kml", places])
    assert res.exit_code == 5 and res.stderr == f"Error: refusing to write {places}: it is an input file ({places})\n"


def test_every_output_is_checked_before_any_is_written(article, tmp_path):
    res = run(["map", article, "-o", tmp_path / "m.html", "--kml", tmp_path / "nodir" / "x.kml"])
    assert res.exit_code == 5
    assert res.stderr == f"Error: cannot write {tmp_path / 'nodir' / 'x.kml'}: {tmp_path / 'nodir'} does not exist\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


# -- standard input and output -----------------------------------------------------------------

def test_closed_stdin_is_a_clear_error():
    res = subprocess.run(["sh", "-c", f'exec "{sys.executable}" -m geomap extract - <&-'], capture_output=True,
                         env=ENV, timeout=120)
    assert (res.returncode, res.stderr) == (3, b"Error: standard input is closed\n")


def test_full_disk_on_stdout_is_an_output_error():
    with open("/dev/full", "wb") as full:
        res = subprocess.run([sys.executable, "-m", "geomap", "extract", str(SEED), "-q"], stdout=full,
                             stderr=subprocess.PIPE, env=ENV, timeout=120)
    assert (res.returncode, res.stderr) == (5, b"Error: cannot write standard output: No space left on device\n")


def test_closed_stdout_is_not_success():
    res = subprocess.run(["sh", "-c", f'exec "{sys.executable}" -m geomap extract "{SEED}" -q >&-'],
                         capture_output=True, env=ENV, timeout=120)
    assert (res.returncode, res.stderr) == (5, b"Error: standard output is closed: nothing could be written\n")


def test_non_utf8_file_name_and_geocode_name(tmp_path):
    name = os.fsencode(tmp_path) + b"/\xff.txt"
    with open(name, "wb") as fh:
        fh.write(SEED.read_bytes())
    res = geomap_proc([b"map", name, b"-q"], cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert os.listdir(tmp_path / "maps") == ["\ufffd.html"]
    fc = json.loads(geomap_proc([b"extract", name]).stdout)
    assert fc["geomap"]["article"]["name"] == "\ufffd"
    res = geomap_proc([b"geocode", b"\xff"])
    assert (res.returncode, res.stderr) == (2, b"Error: NAME '\\udcff' is not valid UTF-8 text\n")


# -- interrupted writes --------------------------------------------------------------------------

def test_write_is_synced_before_the_rename(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    write_atomic(tmp_path / "x.json", "new")
    assert calls[:2] == ["fsync", "replace"] and calls[2:] == ["fsync"]  # the file, then its directory


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, SystemExit])
def test_interrupted_write_leaves_nothing(tmp_path, monkeypatch, interrupt):
    target = tmp_path / "x.json"
    target.write_text("old")

    def stop(fd):
        raise interrupt()

    monkeypatch.setattr(os, "fsync", stop)
    with pytest.raises(interrupt):
        write_atomic(target, "new")
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["x.json"]


def test_interrupted_export_leaves_nothing(seed_fc, tmp_path, monkeypatch):
    import geomap.export

    def stop(fc, tmp, fmt, target):
        Path(tmp).write_text("half")
        raise KeyboardInterrupt

    monkeypatch.setattr(geomap.export, "_write", stop)
    with pytest.raises(KeyboardInterrupt):
        geomap.export.export(seed_fc, tmp_path / "x.csv")
    assert os.listdir(tmp_path) == []


def test_sigterm_during_a_write_leaves_nothing(tmp_path):
    marker, out = tmp_path / "writing", tmp_path / "out" / "x.json"
    out.parent.mkdir()
    code = (f"import os, time, sys\n"
            f"def slow(fd):\n    open({str(marker)!r}, 'w').close()\n    time.sleep(60)\n"
            f"os.fsync = slow\nfrom geomap.cli import main\n"
            f"sys.exit(main(['extract', {str(SEED)!r}, '-o', {str(out)!r}, '-q']))\n")
    proc = subprocess.Popen([sys.executable, "-c", code], env=ENV, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 128 + signal.SIGTERM
    proc.stderr.close()
    assert os.listdir(out.parent) == []


# -- bounded reads ---------------------------------------------------------------------------------

class _Endless:
    """A standard input that never ends (like /dev/zero) and refuses unbounded reads."""

    def __init__(self):
        self.total = 0
        self.buffer = self

    def read(self, n=-1):
        if n is None or n < 0:
            raise AssertionError("unbounded read of an endless stream")
        self.total += n
        return b"a" * n


def test_endless_stdin_is_refused_after_the_size_limit(monkeypatch):
    endless = _Endless()
    monkeypatch.setattr(sys, "stdin", endless)
    with pytest.raises(InputError, match="^standard input is larger than 20 MiB$"):
        text_mod.read_article("-")
    assert endless.total == text_mod.MAX_BYTES + 1


def test_dev_zero_on_stdin_exits_3():
    with open("/dev/zero", "rb") as zero:
        res = subprocess.run([sys.executable, "-m", "geomap", "extract", "-"], stdin=zero, capture_output=True,
                             env=ENV, timeout=120)
    assert (res.returncode, res.stderr) == (3, b"Error: standard input is larger than 20 MiB\n")


# -- batch -----------------------------------------------------------------------------------------

def test_batch_empty_input_keeps_the_old_output(tmp_path):
    out, empty = tmp_path / "out.jsonl", tmp_path / "in.jsonl"
    out.write_text("precious\n")
    empty.write_text("\n")
    res = run(["batch", empty, "-o", out])
    assert (res.exit_code, res.stderr) == (3, f"Error: {empty} has no documents\n")
    assert out.read_text() == "precious\n"


def test_batch_skip_bad_quiet_still_counts(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1, "text": "Kerman, Iran"}\nnot json\n{"id": 3}\n')
    res = run(["batch", p, "--skip-bad", "-q"])
    assert res.exit_code == 0
    assert res.stderr == f"skipped 2 bad line(s) of {p}\n"
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == [1]


def test_batch_lines_end_at_lf_only_and_a_bom_is_accepted(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_bytes(b'\xef\xbb\xbf{"id": 1,\r "text": "Kerman, Iran"}\n{"id": 2, "text": "Paris"}\r\n')
    res = run(["batch", p])
    assert res.exit_code == 0, res.stderr
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == [1, 2]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_batch_refuses_nan_and_infinity(tmp_path, constant):
    p = tmp_path / "in.jsonl"
    p.write_text(f'{{"id": {constant}, "text": "Kerman, Iran"}}\n')
    res = run(["batch", p])
    assert res.exit_code == 3
    assert res.stderr == (f"Error: {p} line 1: not JSON ({constant} is not a JSON number) "
                          "(use --skip-bad to skip such lines)\n")


# -- CRLF: what the offsets index ------------------------------------------------------------------

def test_crlf_article_says_the_offsets_index_normalised_text(tmp_path):
    data = SEED.read_bytes().replace(b"\n", b"\r\n")
    p = tmp_path / "crlf.txt"
    p.write_bytes(data)
    fc = json.loads(run(["extract", p, "-q"]).stdout)
    art = fc["geomap"]["article"]
    normalised = data.decode("utf-8").replace("\r\n", "\n")
    assert art["newlines"] == "normalised from CRLF" and art["bom_removed"] is False
    assert art["file_sha256"] == hashlib.sha256(data).hexdigest()
    assert art["sha256"] == hashlib.sha256(normalised.encode("utf-8")).hexdigest()
    ev = fc["features"][0]["properties"]["evidence"][0]
    assert normalised[ev["start"]:ev["end"]] == ev["text"]
    plain = json.loads(run(["extract", SEED, "-q"]).stdout)["geomap"]["article"]
    assert plain["newlines"] == "as in the file" and plain["file_sha256"] == plain["sha256"]


# -- GeoPackage bytes ------------------------------------------------------------------------------

def test_geopackage_is_byte_deterministic(seed_fc, tmp_path):
    from geomap.export import export

    a = export(seed_fc, tmp_path / "a.gpkg").read_bytes()
    time.sleep(1.1)  # GDAL stamps tables with the current time, to the millisecond
    b = export(seed_fc, tmp_path / "b.gpkg").read_bytes()
    assert a == b


# -- a geomap.toml beside the article ---------------------------------------------------------------

@pytest.fixture
def planted(tmp_path, monkeypatch):
    """An article whose folder carries a geomap.toml pointing at a (fake) server."""
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GEOMAP_GEOCODER", raising=False)
    with FakeNominatim() as server:
        folder = tmp_path / "download"
        folder.mkdir()
        article = folder / "a.txt"
        article.write_text("Police said gunmen opened fire at Martyrs Square in Beirut, Lebanon.")
        cfg = folder / "geomap.toml"
        cfg.write_text(f'[geocoder]\nname = "nominatim"\nurl = "{server.url}"\nuser_agent = "x/1.0 (x@example.org)"\n'
                       '[map]\ntiles = "none"\n')
        yield server, article, cfg


def test_config_beside_the_article_cannot_go_online(planted):
    server, article, cfg = planted
    res = run(["extract", article])
    assert res.exit_code == 0
    assert server.log == []
    assert res.stderr.startswith(
        f"warning: ignoring [geocoder] in {cfg}: a geomap.toml beside the article may not turn on online "
        "geocoding (pass --config or --trust-config to allow it); staying offline\n")
    assert "nominatim" not in json.dumps(json.loads(res.stdout)["geomap"]["attribution"]).lower()


@pytest.mark.parametrize("how", ["--trust-config", "--config"])
def test_config_the_user_names_or_trusts_may_go_online(planted, how):
    server, article, cfg = planted
    extra = ["--config", cfg] if how == "--config" else [how]
    res = run(["extract", article, *extra, "-q"])
    assert res.exit_code == 0
    assert server.queries() == ["Martyrs Square"]


# -- bad values in geomap.toml ------------------------------------------------------------------------

@pytest.mark.parametrize("body,message", [
    ("[map]\ntiles = 5\n", "[map] tiles must be one of openstreetmap, light, satellite, none (got 5)"),
    ('[geocoder]\nmin_delay_seconds = "abc"\n',
     "[geocoder] min_delay_seconds must be a number of seconds from 0 to 3600 (got 'abc')"),
    ('[geocoder]\nname = 3\n', "[geocoder] name must be a string (got 3)"),
    ('[geocoder]\nmode = "fast"\n', "[geocoder] mode must be one of offline-first, online-first (got 'fast')"),
    ('[map]\ntile = "none"\n', "unknown key [map] tile"),
])
def test_bad_config_values_name_the_key(article, tmp_path, body, message):
    cfg = tmp_path / "geomap.toml"
    cfg.write_text(body)
    for args in (["map", article, "-o", tmp_path / "m.html"], ["extract", article, "--config", cfg]):
        res = run(args)
        assert (res.exit_code, res.stderr) == (2, f"Error: {cfg}: {message}\n")
    assert not (tmp_path / "m.html").exists()
