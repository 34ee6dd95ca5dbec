import json
import os

import click
import pytest
from click.testing import CliRunner

from geomap.cli import cli, write_atomic
from geomap.errors import OutputError

from conftest import SEED


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, args, **kw):
    return runner.invoke(cli, args, catch_exceptions=False, **kw)


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


def test_every_command_has_help(runner):
    assert run(runner, ["--help"]).exit_code == 0
    seen = []
    for path, cmd in _commands(cli):
        res = run(runner, [*path, "--help"])
        assert res.exit_code == 0, path
        first = cmd.help.split("\n")[0].split(".")[0]
        assert first and " ".join(first.split()) in " ".join(res.output.split()), path
        seen.append(" ".join(path))
    assert {"map", "embed", "extract", "geocode", "batch", "evaluate", "cache info", "cache clear"} <= set(seen)


def test_every_help_lists_every_option_of_its_command(runner):
    for path, cmd in _commands(cli):
        res = run(runner, [*path, "--help"])
        assert res.exit_code == 0, path
        for param in cmd.params:
            if isinstance(param, click.Option) and not param.hidden:
                longest = max(param.opts, key=len)
                assert longest in res.output, (path, longest)
                if param.help:
                    assert " ".join(param.help.split()[:3]) in " ".join(res.output.split()), (path, longest)
            elif isinstance(param, click.Argument):
                assert param.make_metavar(click.Context(cmd)) in res.output, (path, param.name)


def test_extract_prints_the_feature_collection(runner, seed_fc):
    res = run(runner, ["extract", str(SEED)])
    assert res.exit_code == 0
    fc = json.loads(res.stdout)
    assert fc["type"] == "FeatureCollection"
    assert [f["id"] for f in fc["features"]] == [f["id"] for f in seed_fc["features"]]


def test_extract_reads_stdin(runner):
    res = run(runner, ["extract", "-", "--indent", "0"], input="Bombs went off in Kerman, Iran.\n")
    assert res.exit_code == 0
    fc = json.loads(res.stdout)
    assert [f["properties"]["name"] for f in fc["features"] if f["properties"]["kind"] == "place"] == ["Kerman", "Iran"]
    assert fc["geomap"]["article"]["name"] == "stdin"


def test_map_writes_default_path(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run(runner, ["map", str(SEED)])
    assert res.exit_code == 0, res.output
    assert "wrote maps/kerman-2024-01-03.html" in res.stderr
    page = (tmp_path / "maps" / "kerman-2024-01-03.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert os.listdir(tmp_path / "maps") == ["kerman-2024-01-03.html"]  # no temporary file left


@pytest.mark.parametrize("args,stdin,message,code", [
    (["map", "missing.txt"], None, "Error: missing.txt: no such file\n", 3),
    (["extract", "."], None, "Error: . is a directory, not an article\n", 3),
    (["extract", "-"], "", "Error: standard input is empty\n", 3),
    (["extract", "-"], "   \n\t", "Error: standard input is empty\n", 3),
    (["extract", "-"], b"\x00\x01\x02", "Error: standard input is binary, not text\n", 3),
    (["extract", "-"], b"caf\xe9", "Error: standard input is not UTF-8 text (bad byte at offset 3)\n", 3),
    (["extract", "-"], "The weather was fine all day.", "Error: no place found in standard input\n", 4),
    (["geocode", "Xyzzyville"], None, "Error: no place named 'Xyzzyville' in the gazetteer\n", 4),
])
def test_errors_are_one_line_with_exit_codes(runner, args, stdin, message, code):
    res = run(runner, args, input=stdin)
    assert res.exit_code == code
    assert res.stderr == message
    assert res.stdout == ""


def test_failed_run_does_not_clobber_existing_output(runner, tmp_path):
    out = tmp_path / "map.html"
    out.write_text("precious")
    res = run(runner, ["map", "-", "-o", str(out)], input="Nothing to see.")
    assert res.exit_code == 4
    assert out.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


def test_output_into_a_directory_is_an_error(runner, tmp_path):
    res = run(runner, ["extract", str(SEED), "-o", str(tmp_path)])
    assert res.exit_code == 5
    assert res.stderr == f"Error: {tmp_path} is a directory\n"


def test_write_atomic_leaves_nothing_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "x.json"
    target.write_text("old")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_geocode_lists_candidates_best_first(runner):
    res = run(runner, ["geocode", "Kerman"])
    lines = res.stdout.splitlines()
    assert lines[0].split()[:3] == ["geonames:128234", "Kerman", "IR"]
    assert lines[2].split()[:3] == ["geonames:5362909", "Kerman", "US"]
    data = json.loads(run(runner, ["geocode", "Kerman", "--json"]).stdout)
    assert [d["place_type"] for d in data] == ["city", "admin1", "city"]
    assert data[0]["lat"] == pytest.approx(30.28321)


def test_warnings_go_to_stderr_and_quiet_silences_them(runner):
    text = "Bombs hit Kerman, Iran. The second was a kilometer away, officials said."
    res = run(runner, ["extract", "-"], input=text)
    assert "warning: distance 'a kilometer away' has no place to measure from" in res.stderr
    fc = json.loads(res.stdout)
    assert fc["geomap"]["warnings"][0]["code"] == "no_anchor"
    assert run(runner, ["extract", "-", "-q"], input=text).stderr == ""


def test_python_dash_m_works():
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "geomap", "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.startswith("geomap, version")


def test_importing_geomap_loads_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys, geomap, geomap.cli; "
            "print(sorted(m for m in ('folium','geopandas','pandas','shapely','pyproj') if m in sys.modules))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.stdout.strip() == "[]"


def test_a_bug_is_one_line_not_a_traceback(monkeypatch, capsys):
    import geomap.cli as gc
    import geomap.result

    def boom(*a, **k):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(geomap.result, "run", boom)
    assert gc.main(["extract", str(SEED)]) == 1
    err = capsys.readouterr().err
    assert err == ("Error: internal error (ZeroDivisionError: division by zero); rerun with GEOMAP_DEBUG=1 "
                   "and please report it\n")


def test_commands_raise_only_named_errors():
    """No literal exit codes in the commands: they raise geomap.errors classes, mapped to codes in one place."""
    import ast
    from pathlib import Path

    import geomap.errors

    named = {n for n, v in vars(geomap.errors).items() if isinstance(v, type) and issubclass(v, Exception)}
    # the mapping itself; SIGTERM as Ctrl-C; json's parse_constant hook (caught where it is used)
    allowed = {("_errors", "_ClickError"), ("_terminate", "SystemExit"), ("_no_constant", "ValueError")}
    package = Path(geomap.errors.__file__).parent
    for module in ("cli.py", "cli_common.py", "cli_corpus.py"):
        tree = ast.parse((package / module).read_text(encoding="utf-8"))
        for fn in (node for node in tree.body if isinstance(node, ast.FunctionDef)):
            for node in ast.walk(fn):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                    raised = ast.unparse(node.exc.func)
                    assert raised in named or (fn.name, raised) in allowed, (module, fn.name, raised)
