"""geomap on Dask: a bag of articles in, a bag of results (or a dataframe of events) out.

Dask is an optional extra (``pip install 'geomap[dask]'``); nothing here imports
it before it is needed. Each worker process loads the gazetteer once (the
first task it runs fills :func:`geomap.gazetteer.default_gazetteer`'s cache),
and geomap must be installed on every worker.

    >>> import dask.bag as db                                       # doctest: +SKIP
    >>> import geomap.dask
    >>> docs = db.read_text("corpus-*.jsonl").map(json.loads)        # doctest: +SKIP
    >>> geomap.dask.geoparse_bag(docs).map(json.dumps).to_textfiles("out-*.jsonl")  # doctest: +SKIP
    >>> geomap.dask.events_dataframe(docs).to_parquet("events/")    # doctest: +SKIP

Articles are dicts as in ``geomap batch``: ``{"id", "text", "date"?, "source"?, "toponyms"?}``.
"""
from __future__ import annotations

from .batch import chunks, ordered_map, process_chunk, process_document


def require_distributed():
    """``distributed``, or a usage error saying how to install it."""
    from .errors import UsageError

    try:
        import distributed
    except ImportError:
        raise UsageError("--dask needs dask.distributed: pip install 'geomap[dask]'") from None
    return distributed


def _collections(partition, given_spans: bool) -> list:
    from .batch import document_collection

    return [document_collection(d, given_spans) for d in partition]


def _rows(partition, given_spans: bool) -> list:
    return [row for d in partition for row in process_document(d, "events-csv", given_spans)]


def geoparse_bag(bag, given_spans: bool = False):
    """A bag of article dicts -> a bag of their FeatureCollections (the same as ``geomap batch``)."""
    return bag.map_partitions(_collections, given_spans)


def events_bag(bag, given_spans: bool = False):
    """A bag of article dicts -> a bag of events-table rows (dicts with :data:`geomap.events_table.COLUMNS`)."""
    return bag.map_partitions(_rows, given_spans)


def events_dataframe(bag, given_spans: bool = False):
    """A bag of article dicts -> a Dask DataFrame of the events table (the columns of ``events-csv``)."""
    import pandas as pd

    from .events_table import COLUMNS

    numeric = {"latitude": "float64", "longitude": "float64", "geo_precision": "int64", "uncertainty_m": "float64"}
    meta = pd.DataFrame({c: pd.Series(dtype=numeric.get(c, "object")) for c in COLUMNS})
    return events_bag(bag, given_spans).to_dataframe(meta=meta)


def _warm() -> int:
    from .gazetteer import default_gazetteer

    default_gazetteer()
    return 0


def _client(address: str, workers: int):
    """(client, cluster or None) for ``--dask ADDRESS|local``."""
    import os

    from .errors import UsageError

    distributed = require_distributed()
    if address == "local":
        n = workers if workers > 1 else (os.cpu_count() or 1)
        cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=50)
        return distributed.Client(cluster), cluster
    try:
        return distributed.Client(address, timeout=20), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def cluster_results(docs, fmt: str, given_spans: bool, address: str, workers: int = 1):
    """What ``geomap batch --dask`` writes: each document's output, in input order, streamed."""
    client, cluster = _client(address, workers)
    try:
        client.run(_warm)  # every worker loads the gazetteer once, before the first chunk
        n = max(1, len(client.scheduler_info().get("workers", {})))
        yield from ordered_map(lambda c: client.submit(process_chunk, c, fmt, given_spans, pure=False),
                               chunks(docs), window=4 * n)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
