"""The mention finder's hot paths (issue 13's throughput budget) keep their answers when made cheaper."""
from __future__ import annotations

import re
import re._compiler as sre_compiler

import pytest

from geomap import person_filter
from geomap.mention_lexicon import WORD, strip_possessive, words_of
from geomap.person_filter import _word_starts, introduced_surnames, relatives

TEXTS = [
    "Clark, Clarke and Clark_ or Clark. Clark's dog; O'Neil- O'Neil O'Neil's Ålesund Ålesund2 Clark\u2019s",
    "Iran's U.S. envoy and the Emirates' and Ross' friends; the bus's wheels, Jesus\u2019 words, Xs' and s'",
    "Gino D. Bassett, 56, of Derry and Rafael Gomez, 27, were held; Desmond Demetrius Clark left. Clark said.",
    "McDonald (not his real name) and the McDonalds said; \u00c9mile Zola, 62, and \u00c9mile Zola said; aB Cd, 4,",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_of_drops_possessives_as_before(text):
    assert words_of(text) == [(m.start(), strip_possessive(m.group())) for m in WORD.finditer(text)]


@pytest.mark.parametrize("word", ["Clark", "O'Neil", "O'", "Ross-", "\u00c9mile", "McDonald", "s", "Zola"])
@pytest.mark.parametrize("text", TEXTS)
def test_word_starts_are_the_regular_expressions(text, word):
    assert list(_word_starts(text, word)) == [m.start() for m in re.finditer(re.escape(word) + r"\b", text)]


@pytest.mark.parametrize("name", ["_AGED_NAME", "_INITIAL_NAME"])
@pytest.mark.parametrize("text", TEXTS)
def test_capital_first_patterns_match_as_the_word_boundary_ones(text, name):
    pattern = getattr(person_filter, name)
    before = re.compile(pattern.pattern.replace(r"[A-Z](?<!\w[A-Z])", r"\b[A-Z]", 1))
    assert before.pattern != pattern.pattern
    assert [m.span("s") for m in pattern.finditer(text)] == [m.span("s") for m in before.finditer(text)]


def test_speakers_are_found_without_compiling_a_pattern_per_name(monkeypatch):
    """Each speaker's full name was found by a pattern made of the word: one compile per new surname
    of every article (the re module's cache holds 512), a tenth of the person filter's time."""
    introduced_surnames("Anna Bell said.")  # the module's own patterns, compiled once (some on first use)
    relatives("Ann (not her real name) said; his son Ed")
    compiled = []
    real = sre_compiler.compile
    monkeypatch.setattr(sre_compiler, "compile", lambda *a, **k: compiled.append(a[0]) or real(*a, **k))
    text = "Zebulon Quarrington met us. Quarrington said no. Ximena Farquharson left; Farquharson said yes."
    assert introduced_surnames(text) == {"quarrington", "farquharson"}
    assert relatives("Noma (not her real name) said; his father Zachary smoked") == {"noma", "zachary"}
    assert compiled == []


SCAN_TEXTS = TEXTS + [
    "Georgia Bureau of Investigation agents, the Ohio State Highway Patrol and West Virginia State Police; "
    "NewYork State Police, xTexas Legislature, the Texas Legislature, Virginia's National Guard",
    "his father Zachary smoked, Johnson Smith, the grandson Ed, stepson Al; stepfather, Bo; "
    "fianc\u00e9e Ann, Crolley's wife, Amelia, and her youngest son Joshua; Ericson Lee",
    "12 km south of Krasnogorovka on Monday; 5 miles from Avdiivka; proof of Kyiv, xfrom Lviv, "
    "_of Odesa, \u00e9of Mariupol, 3 km west of Highway 50, 7 km from Dnipro-Kamianske, 18km of Rangkas Bitung",
]


@pytest.mark.parametrize("module, name", [("geomap.agency_states", "_AGENCY"), ("geomap.person_filter", "_KIN_NOUN"),
                                          ("geomap.fuzzy_anchors", "_AFTER_PREP"),
                                          ("geomap.fuzzy_anchors", "_TWO_AFTER_PREP")])
@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_word_start_matches_are_the_leading_word_boundary_patterns(module, name, text):
    from importlib import import_module

    from geomap.word_scan import word_start_matches

    pattern = getattr(import_module(module), name)
    with_boundary = re.compile(r"\b" + pattern.pattern, pattern.flags)
    assert [(m.span(), m.groups()) for m in word_start_matches(pattern, text)] == \
        [(m.span(), m.groups()) for m in with_boundary.finditer(text)]


def test_agency_states_and_relatives_read_as_before():
    from geomap.agency_states import agency_states

    assert sorted(agency_states(SCAN_TEXTS[-3])) == [("US", "GA"), ("US", "OH"), ("US", "TX"), ("US", "VA"),
                                                     ("US", "WV")]
    # kin after "his", "her" or a possessive only: not "the grandson Ed", nor "Johnson Smith" ("son" inside a word)
    assert relatives(SCAN_TEXTS[-2]) == {"zachary", "amelia", "joshua"}


@pytest.mark.parametrize("text", ["60 miles from Iraq's capital", "the Iraqi capital", "Iraq's Capital city", ""])
def test_possessive_capitals_need_the_word_capital(text):
    from geomap.gazetteer import default_gazetteer
    from geomap.mentions import _DEMONYM_CAPITAL, _POSSESSIVE_CAPITAL, possessive_capital_spans

    spans = possessive_capital_spans(text, default_gazetteer())
    assert bool(spans) == bool(_POSSESSIVE_CAPITAL.search(text) or _DEMONYM_CAPITAL.search(text))
    assert all(text[s:e] == "capital" for s, e, _, _ in spans)


def test_importing_the_pipeline_leaves_rare_rules_unloaded_and_uncompiled():
    """A cold start (`geomap map` on one article) paid for modules and patterns most articles never reach."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    code = ("import re, sys; from re import _compiler as c; made = []; real = c.compile; "
            "c.compile = lambda p, f=0: made.append(p) or real(p, f); import geomap.pipeline as p; "
            "from geomap import relation_context as rc, relation_anchors as ra; "
            "print(sorted(m for m in ('geomap.span_mentions', 'geomap.border_sides', 'geomap.user_overlay') "
            "if m in sys.modules)); print(rc._ELSEWHERE.pattern in made, ra._HEAD_WORD.pattern in made, len(made))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                         env={**__import__("os").environ, "PYTHONPATH": str(root)}).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1].split()[:2] == ["False", "False"]


def test_a_lazy_pattern_is_the_compiled_pattern_once_used():
    from geomap.lazy_re import lazy_compile

    lazy = lazy_compile(r"\b(?P<n>Kerman)\b", re.IGNORECASE)
    eager = re.compile(lazy.pattern, re.IGNORECASE)
    text = "in KERMAN and Kermanshah, kerman"
    assert [m.span("n") for m in lazy.finditer(text)] == [m.span("n") for m in eager.finditer(text)]
    assert lazy.search(text, 10).span() == eager.search(text, 10).span()
    assert lazy.sub("X", text) == eager.sub("X", text) and lazy.groupindex == eager.groupindex
    assert lazy.flags == eager.flags


def test_a_cold_map_runs_no_more_full_collections_than_importing_its_libraries():
    """The console script freezes its start-up objects: without it, `geomap map` on the seed ran two full
    garbage collections (about 45 ms) where importing folium, shapely, pyproj, geopy and click runs one."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    count = ("import gc, sys; full = []; gc.callbacks.append(lambda phase, info: phase == 'stop' and "
             "info['generation'] == 2 and full.append(1)); ")
    libs = count + "import folium, shapely, pyproj, geopy, click; print(len(full))"
    seed = count + (f"sys.argv = ['geomap', 'map', {str(root / 'seeds' / 'kerman-2024-01-03.txt')!r}, '-o', "
                    f"sys.argv[1], '-q']; from geomap.cli import main\ntry: main()\nexcept SystemExit: pass\n"
                    "print(len(full))")

    def full_collections(code: str, *args: str) -> int:
        env = {**__import__("os").environ, "PYTHONPATH": str(root)}
        return int(subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                                  cwd=root, env=env).stdout.split()[-1])

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        assert full_collections(seed, str(Path(tmp) / "seed.html")) <= full_collections(libs)


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(-89, 89), st.floats(-179.5, 179.5)), min_size=1, max_size=8),
       st.tuples(st.floats(-89, 89), st.floats(-179.5, 179.5)))
def test_near_index_answers_as_the_plain_distance_test(anchors, point):
    # NearIndex probes only the occupied cells when there are few: it must answer exactly as testing every
    # anchor's great-circle distance would (the cells are a shortcut, never a different answer)
    from geomap.geometry import great_circle_km
    from geomap.model import Entry
    from geomap.near_index import NEARBY_KM, NearIndex

    entries = [Entry(f"a{k}", "a", lat, lon, None, None, 0, "city", 1.0) for k, (lat, lon) in enumerate(anchors)]
    e = Entry("p", "p", point[0], point[1], None, None, 0, "city", 1.0)
    expected = any(great_circle_km(a.lat, a.lon, e.lat, e.lon) <= NEARBY_KM for a in entries)
    assert NearIndex(entries).near(e) == expected


def test_the_console_script_pauses_the_cycle_collector_only_for_short_commands(tmp_path):
    """A cold `geomap map` runs without the cycle collector (it walked folium's and pandas' objects on
    import); `batch` turns it back on, so memory stays bounded over a whole corpus."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": "Two bombs went off in Kerman, Iran."}) + "\n", encoding="utf-8")
    code = ("import gc, sys; sys.argv = ['geomap', *sys.argv[1:]]; from geomap.cli import main\n"
            "try: main()\nexcept SystemExit: pass\nprint('collector', gc.isenabled(), file=sys.stderr)")
    env = {**__import__("os").environ, "PYTHONPATH": str(root)}

    def collector(*args: str) -> str:
        err = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=root,
                             env=env).stderr
        return err.strip().splitlines()[-1]

    assert collector("extract", str(root / "seeds" / "kerman-2024-01-03.txt"), "-o", str(tmp_path / "x.json")) \
        == "collector False"
    assert collector("batch", str(docs), "-o", str(tmp_path / "out.jsonl")) == "collector True"
