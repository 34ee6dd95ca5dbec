"""The optional extras of geomap batch (issue 17): GeoParquet events (pyarrow, ``geomap[parquet]``)
and Dask (``geomap[dask]``), on a small LocalCluster. Skipped when the extra is missing,
except under CI, which installs both."""
import importlib
import os

import pytest

from geomap.events_table import COLUMNS

from test_batch import DOCS, corpus, run  # noqa: F401  (corpus: a fixture)


def need(module: str, extra: str):
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("CI") == "true":
            raise  # CI installs the extras: a missing one there is a failure, not a skip
        pytest.skip(f"{module} is not installed (pip install 'geomap[{extra}]')")



def test_events_parquet_is_geoparquet_with_the_csv_rows(corpus, tmp_path):
    need("pyarrow", "parquet")
    import geopandas as gpd
    import pandas as pd

    out = tmp_path / "events.parquet"
    res = run(["batch", corpus, "--format", "events-parquet", "-o", out])
    assert res.exit_code == 0, res.stderr
    table = pd.read_parquet(out)
    assert tuple(table.columns) == (*COLUMNS, "geometry")
    from_csv = pd.read_csv(__import__("io").StringIO(run(["batch", corpus, "--format", "events-csv"]).stdout),
                           dtype={"document_id": str})
    assert list(table.document_id) == list(from_csv.document_id)
    assert list(table.latitude) == pytest.approx(list(from_csv.latitude))
    points = gpd.read_parquet(out)  # the "geo" metadata makes it GeoParquet: QGIS shows points
    assert points.crs.to_string() == "OGC:CRS84"  # GeoParquet's default: WGS 84, longitude first
    assert list(points.geometry.y) == pytest.approx(list(table.latitude))


def test_dask_local_cluster_gives_the_same_bytes_as_one_worker(corpus, tmp_path):
    need("distributed", "dask")
    one, dask = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    assert run(["batch", corpus, "-o", one]).exit_code == 0
    res = run(["batch", corpus, "--dask", "local", "--workers", "2", "-o", dask])
    assert res.exit_code == 0, res.stderr
    assert dask.read_bytes() == one.read_bytes()


def test_geoparse_bag_and_events_dataframe_on_a_local_cluster(corpus):
    need("distributed", "dask")
    import dask.bag as db
    from distributed import Client, LocalCluster

    import geomap.dask
    from geomap.batch import document_collection

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster):
        bag = db.from_sequence(DOCS, npartitions=2)
        collections = geomap.dask.geoparse_bag(bag).compute()
        events = geomap.dask.events_dataframe(bag).compute()
    assert collections == [document_collection(d) for d in DOCS]
    cli_rows = run(["batch", corpus, "--format", "events-csv"]).stdout.splitlines()
    assert tuple(events.columns) == COLUMNS and len(events) == len(cli_rows) - 1
    assert set(events.document_id) == {"k", "2", "p"}
