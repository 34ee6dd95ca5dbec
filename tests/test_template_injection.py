"""Article text, user places, file names and geocoder answers never pass through a template engine.

branca compiles the output of every folium element as a new ``jinja2.Template``; an
article containing ``{{ ... }}`` once ran code on the machine of whoever mapped it.
These tests feed template syntax through every entry point that makes HTML and check
(1) nothing is evaluated, (2) the text shows literally, and (3) no template source
compiled while rendering contains any of it (so the guarantee does not depend on the
payload: user text is never template source).
"""
from __future__ import annotations

import html
import json

import jinja2
import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.result import Result, run
from geomap.render import render_fragment, render_html, render_iframe

SENTINEL = "Zq9sentinel"
PAYLOADS = [
    "{{ 7*191 }}{{ 'EVAL' ~ 'UATED' }}",
    "{% if 1 %}IFX" + "{% endif %}",
    "{# hidden #}",
    "{{ lipsum.__globals__.os.popen('echo PWN' ~ 'ED').read() }}",
    "{{cite web|url=http://example.org|title=x}}",
    "__PARENT__",
    "</script><script>window.pwned=1</script>",
]
ARTICLE = (f"{SENTINEL} Two bombs went off in Kerman, Iran {PAYLOADS[0]} on Wednesday {PAYLOADS[1]}. "
           f"The first blast was 700 meters from Soleimani's grave {PAYLOADS[2]} {PAYLOADS[3]}. "
           f"The second was a kilometer away {PAYLOADS[4]} {PAYLOADS[5]}, officials said {PAYLOADS[6]}.")


@pytest.fixture
def compiled_sources(monkeypatch):
    """Every template source jinja2 compiles while the test runs."""
    seen: list[str] = []
    original = jinja2.Environment.from_string

    def recording(self, source, *args, **kwargs):
        seen.append(source if isinstance(source, str) else repr(source))
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "from_string", recording)
    return seen


@pytest.fixture(scope="module")
def evil_fc():
    return run(ARTICLE, name=f"{SENTINEL} {{{{ 7*191 }}}}.txt").geojson


def _assert_inert(page: str, compiled: list[str]) -> None:
    assert "EVALUATED" not in page  # {{ 'EVAL' ~ 'UATED' }} was not evaluated
    assert "PWNED" not in page
    assert "<script>window.pwned" not in page
    leaked = [s for s in compiled if SENTINEL in s or "7*191" in s or "__globals__" in s]
    assert not leaked, f"user text was compiled as a template: {leaked[0][:200]!r}"


def _visible(page: str) -> str:
    """The text as a reader sees it: JS string escapes and HTML entities undone (roughly)."""
    text = page.replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&").replace('\\"', '"')
    return html.unescape(html.unescape(text))


def test_render_html_evaluates_nothing(evil_fc, compiled_sources):
    page = render_html(evil_fc, tiles="none", title=f"{SENTINEL} {{{{ 7*191 }}}}")
    _assert_inert(page, compiled_sources)
    seen = _visible(page)
    for payload in PAYLOADS[:5]:
        assert payload in seen, payload
    assert f"<title>{SENTINEL} {{{{ 7*191 }}}}</title>" in page


def test_parent_placeholder_in_text_is_left_alone(evil_fc):
    page = render_html(evil_fc, tiles="none")
    assert "__PARENT__" in _visible(page)


def test_static_page_for_png_evaluates_nothing(evil_fc, compiled_sources):
    _assert_inert(render_html(evil_fc, tiles="none", static=True, controls=False), compiled_sources)


def test_fragment_and_iframe_evaluate_nothing(evil_fc, compiled_sources):
    _assert_inert(render_fragment(evil_fc, tiles="none"), compiled_sources)
    _assert_inert(render_iframe(evil_fc, tiles="none"), compiled_sources)


def test_result_html_and_jupyter_evaluate_nothing(evil_fc, compiled_sources):
    r = Result(evil_fc, name="evil")
    _assert_inert(r.to_html(tiles="none"), compiled_sources)
    _assert_inert(r._repr_html_(), compiled_sources)


def test_geocoder_answer_and_attribution_are_data(evil_fc, compiled_sources):
    fc = json.loads(json.dumps(evil_fc))
    for f in fc["features"]:
        if f["properties"]["kind"] == "place":
            f["properties"]["name"] = f"{SENTINEL} {{{{ 7*191 }}}} </script>"
            f["properties"]["source"] = f"nominatim:{{{{ 7*191 }}}}"
    fc["geomap"]["attribution"].append(f"Geocoding: {SENTINEL} {{{{ 7*191 }}}}")
    page = render_html(fc, tiles="none")
    _assert_inert(page, compiled_sources)
    assert f"{SENTINEL} {{{{ 7*191 }}}}" in _visible(page)


@pytest.mark.parametrize("args", [
    ["map", "{art}", "-o", "{out}", "--tiles", "none"],
    ["map", "{art}", "-o", "{out}", "--fragment", "--tiles", "none"],
    ["embed", "{art}", "-o", "{out}", "--tiles", "none"],
    ["embed", "{art}", "-o", "{out}", "--iframe", "--tiles", "none"],
])
def test_cli_entry_points_evaluate_nothing(tmp_path, args, compiled_sources):
    art = tmp_path / "{{ 7*191 }} __PARENT__.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.html"
    argv = [a.format(art=art, out=out) for a in args]
    place = f"{SENTINEL} {{{{ 7*191 }}}} grave=30.2829,57.0924;radius=150;alias=the {{{{ 7*191 }}}} gate"
    result = CliRunner().invoke(cli, argv + ["--place", place, "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    _assert_inert(out.read_text(encoding="utf-8"), compiled_sources)


def test_wiki_citation_does_not_crash(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("A bomb went off in Kerman, Iran.{{cite web|url=x}} {% raw %} {#", encoding="utf-8")
    result = CliRunner().invoke(cli, ["map", str(art), "-o", str(tmp_path / "a.html"), "-q"])
    assert result.exit_code == 0, result.output


def test_no_layer_output_is_compiled_at_all(evil_fc, compiled_sources):
    """folium's polygons, markers, groups and controls render through RawMacro: their output is
    never template source either, whatever it holds (and rendering is faster)."""
    render_html(evil_fc, tiles="openstreetmap")
    for js in ("L.polygon(", "L.circleMarker(", "L.featureGroup(", "L.control.layers(", "L.tileLayer("):
        assert not [s for s in compiled_sources if js in s], js
