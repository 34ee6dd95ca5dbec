"""The gazetteer's parts on their own: store, capital/state index, curated tables, user overlay (issue 10)."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.admin_index import AdminIndex
from geomap.curated import CuratedTables
from geomap.errors import DataError
from geomap.geonames_store import GeoNamesStore
from geomap.model import Entry
from geomap.names import normalize
from geomap.user_overlay import with_user_places

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER_PARTS = ["gazetteer.py", "geonames_store.py", "admin_index.py", "curated.py", "user_overlay.py"]

HEADER = "key\tname\tlat\tlon\tcountry\tadmin1\tpopulation\tplace_type\tradius_m\tnames\tdemonyms"
ROWS = [  # the builder's order: countries, admin1, admin2, capitals, cities
    ("geonames:1", "Iran", 32.0, 53.0, "IR", "", 80000000, "country", 900000.0, "Iranian"),
    ("geonames:2", "Macao", 22.2, 113.5, "MO", "", 600000, "country", 10000.0, "Chinese|Macanese"),
    ("geonames:3", "China", 35.0, 105.0, "CN", "", 1400000000, "country", 2000000.0, "Chinese"),
    ("geonames:10", "California", 37.2, -119.5, "US", "CA", 39000000, "admin1", 500000.0, ""),
    ("geonames:11", "Kerman County", 30.2, 57.1, "IR", "29", 700000, "admin2", 40000.0, ""),
    ("geonames:20", "Tehran", 35.69, 51.42, "IR", "26", 8000000, "capital", 20000.0, ""),
    ("geonames:30", "Kerman", 30.28, 57.08, "IR", "29", 500000, "city", 8000.0, ""),
    ("geonames:31", "Kerman", 36.72, -120.06, "US", "CA", 15000, "city", 3000.0, ""),
]


def write_store(folder: Path) -> Path:
    """A tiny gazetteer.tsv in the shipped format: rows, then the sorted name index by byte offset."""
    body = (HEADER + "\n").encode()
    offsets: dict[str, list[int]] = {}
    for source, name, lat, lon, cc, a1, pop, kind, radius, dems in ROWS:
        offsets.setdefault(normalize(name), []).append(len(body))
        body += f"{source}\t{name}\t{lat}\t{lon}\t{cc}\t{a1}\t{pop}\t{kind}\t{radius}\t\t{dems}\n".encode()
    index = "".join(f"{k}\t{','.join(map(str, v))}\n" for k, v in sorted(offsets.items()))
    (folder / "gazetteer.tsv").write_bytes(body + b"#index\n" + index.encode())
    return folder


@pytest.fixture
def store(tmp_path):
    return GeoNamesStore(write_store(tmp_path))


def test_store_reads_the_countries_first_and_other_rows_on_demand(store):
    assert [(e.source, dems) for e, dems in store.countries] == [
        ("geonames:1", ["Iranian"]), ("geonames:2", ["Chinese", "Macanese"]), ("geonames:3", ["Chinese"])]
    assert [e.source for e in store.named("kerman")] == ["geonames:30", "geonames:31"]
    assert store.find("geonames:20").name == "Tehran"
    assert store.find("geonames:99") is None and store.named("paris") == []


def test_store_index_answers_as_the_whole_index_split_into_lines(store):
    lines = store.data[store.index_start:].rstrip(b"\n").split(b"\n")
    by_line = {line.split(b"\t", 1)[0].decode("utf-8"): line.split(b"\t", 1)[1] for line in lines}
    keys = ["kerman", "iran", "tehran", "paris", "a", "zzz"]
    assert [store.ids(k) for k in keys] == [by_line.get(k) for k in keys]
    assert store.ids("kerman") is not None and store.ids("paris") is None


def test_admin_index_finds_capitals_and_us_states(store):
    index = AdminIndex(store.data)
    assert index.capital("IR") == "geonames:20"
    assert index.capital("FR") is None
    assert index.us_state("CA") == "geonames:10"
    with pytest.raises(DataError, match="no US state 'ZZ'"):
        index.us_state("ZZ")


def test_shared_demonyms_go_to_the_most_populous_country(store):
    tables = CuratedTables()
    tables.add_country_demonyms(store.countries)
    assert tables.demonyms["chinese"] == tables.demonyms["chineses"] == "geonames:3"
    assert tables.demonyms["macanese"] == "geonames:2"
    assert tables.demonyms["iranians"] == "geonames:1"


KERMAN = Entry(source="geonames:30", name="Kerman", lat=30.28, lon=57.08, country="IR", admin1="29",
               population=500000, place_type="city", uncertainty_m=8000.0)


def curated_grave() -> CuratedTables:
    tables = CuratedTables()
    tables.add_place({"id": "grave", "name": "Martyrs' grave (Kerman)", "aliases": "the martyrs' tomb",
                      "generic_aliases": "the cemetery", "place_type": "landmark", "radius_m": "1000",
                      "container": "geonames:30", "source": "test"}, {"geonames:30": KERMAN}.__getitem__)
    tables.add_place({"id": "lake", "name": "Salt Lake", "place_type": "region", "lat": "30.5",
                      "lon": "57.5", "radius_m": "5000", "source": "test"}, {}.__getitem__)
    return tables


def test_curated_landmark_sits_on_its_container_and_is_named_by_its_aliases():
    tables = curated_grave()
    grave = tables.entries["curated:grave"]
    assert (grave.lat, grave.lon, grave.container) == (KERMAN.lat, KERMAN.lon, "geonames:30")
    [lm] = tables.landmarks
    assert (lm.key, lm.specific, lm.generic) == ("curated:grave", ["Martyrs' grave", "the martyrs' tomb"],
                                                 ["the cemetery"])
    assert tables.names[normalize("the martyrs' tomb")] == ["curated:grave"]


def test_user_place_replaces_the_curated_landmark_of_the_same_name_aliases_and_all():
    tables = curated_grave()
    user = with_user_places(tables, [{"name": "Martyrs' grave", "lat": 30.2829, "lon": 57.0924,
                                      "radius_m": 150, "aliases": ["the gravesite"]}])
    [lm] = user.landmarks  # the curated landmark is gone, not shadowed
    assert lm.key == "user:martyrs-grave"
    assert lm.specific == ["Martyrs' grave", "the gravesite", "the martyrs' tomb"]
    assert lm.generic == ["the cemetery"]
    for name in lm.specific:
        assert user.names[normalize(name)] == ["user:martyrs-grave"]
    place = user.entries["user:martyrs-grave"]
    assert (place.lat, place.lon, place.uncertainty_m, place.place_type) == (30.2829, 57.0924, 150.0, "user")
    # the tables it started from are unchanged
    assert [m.key for m in tables.landmarks] == ["curated:grave"]
    assert "user:martyrs-grave" not in tables.entries and normalize("the gravesite") not in tables.names


def test_a_user_alias_alone_is_enough_to_replace_a_landmark():
    user = with_user_places(curated_grave(), [{"name": "Tomb", "lat": 30.3, "lon": 57.1, "radius_m": 50,
                                               "aliases": ["the martyrs' tomb"]}])
    assert [lm.key for lm in user.landmarks] == ["user:tomb"]
    assert user.landmarks[0].specific == ["Tomb", "the martyrs' tomb", "Martyrs' grave"]


def test_user_places_come_first_and_other_landmarks_stay():
    tables = curated_grave()
    tables.add_place({"id": "gate", "name": "Old Gate", "place_type": "landmark", "lat": "30.1",
                      "lon": "57.0", "radius_m": "100", "source": "test"}, {}.__getitem__)
    user = with_user_places(tables, [{"name": "New Bridge", "lat": 30.0, "lon": 57.0, "radius_m": 10}])
    assert [lm.key for lm in user.landmarks] == ["user:new-bridge", "curated:grave", "curated:gate"]


def test_gazetteer_with_places_is_a_copy_whose_user_places_are_matched_first(gazetteer):
    g = gazetteer.with_places([{"name": "Kerman", "lat": 30.3, "lon": 57.1, "radius_m": 2000},
                               {"name": "Red Sea", "lat": 20.1, "lon": 38.4, "radius_m": 9, "aliases": ["RS1"]}])
    # matched in text like landmarks, before every curated landmark and GeoNames name
    assert [lm.key for lm in g.landmarks[:2]] == ["user:kerman", "user:red-sea"]
    assert g.landmarks[2:] == gazetteer.landmarks
    # a name the user gives is theirs alone; the GeoNames rows stay candidates for lookups
    assert [e.source for e in g.search("RS1")] == ["user:red-sea"]
    assert "curated:red-sea" not in [e.source for e in g.search("the Red Sea")]
    assert {e.source for e in g.search("Kerman")} == {"user:kerman", *(e.source for e in gazetteer.search("Kerman"))}
    assert g.entry("user:kerman").uncertainty_m == 2000
    # the shared gazetteer is untouched
    assert gazetteer.search("the Red Sea")[0].source == "curated:red-sea"
    assert not gazetteer.curated("rs1") and g.curated("rs1")
    with pytest.raises(KeyError):
        gazetteer.entry("user:kerman")


def test_curated_override_moves_a_geonames_place_in_every_lookup(gazetteer):
    us = gazetteer.entry("geonames:6252001")
    assert (us.lat, us.lon) == (39.8333, -98.5833) and "Geographic centre" in us.note
    assert gazetteer.search("United States")[0] == us
    assert gazetteer.store.find("geonames:6252001").lat != us.lat  # the store keeps GeoNames' row


def test_an_offline_run_imports_neither_geopy_nor_requests():
    code = ("import sys, geomap\n"
            "fc = geomap.run('Two bombs went off in Kerman, Iran.').geojson\n"
            "assert any(f['properties'].get('source') == 'geonames:128234' for f in fc['features'])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('geopy', 'requests', 'urllib3')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout == "[]\n", out.stdout


def test_the_geopy_adapter_loads_on_demand():
    code = ("import sys, geomap.gazetteer\n"
            "assert 'geopy' not in sys.modules and 'geomap.resolve' not in sys.modules\n"
            "from geomap import OfflineGazetteer\n"
            "print(OfflineGazetteer.__module__, 'geopy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout == "geomap.offline_geocoder True\n"


@pytest.mark.parametrize("name", GAZETTEER_PARTS)
def test_gazetteer_parts_stay_small_and_below_the_resolver(name):
    path = ROOT / "geomap" / name
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree), f"{name} says what it is for"
    assert source.count("\n") <= 400
    imported = set()
    for node in ast.walk(tree):  # function-level imports count too
        if isinstance(node, ast.ImportFrom):
            imported.add(("." * node.level) + (node.module or ""))
        elif isinstance(node, ast.Import):
            imported.update(a.name for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            assert node.end_lineno - node.lineno < 60, f"{name}:{node.name} is over 60 lines"
    assert not {m for m in imported if m.split(".")[0] in ("geopy", "requests")}, imported
    assert not {m for m in imported if m.endswith("resolve")}, imported
