"""Geoparsing a corpus: one document's full result, and an ordered, bounded, parallel map.

Each document gives the same FeatureCollection as ``geomap extract`` (with the
input's ``id`` as a foreign member, and its ``date`` and ``source`` in
``geomap.article``). Documents go to the workers in chunks; at most ``window``
chunks are in flight, and results come back in input order as soon as the
oldest chunk is done, so memory stays bounded however long the corpus is and
the output is the same for 1 worker, N processes or a Dask cluster.

Workers are processes (``spawn``): each loads the gazetteer once, in
:func:`init_worker` (a Dask worker once, on its first task, through
:func:`geomap.gazetteer.default_gazetteer`'s cache).
"""
from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator

CHUNK = 8  # documents per task: big enough to hide the hand-over, small enough to stream

# What a worker returns for one document, by output format.
FORMATS = ("jsonl", "geojsonseq", "events-csv", "events-parquet", "toponyms")


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False)


def document_collection(doc: dict, given_spans: bool = False, gazetteer=None) -> dict:
    """The FeatureCollection of one input document (``{"id", "text", "toponyms"?, "date"?, "source"?}``).

    >>> fc = document_collection({"id": 7, "text": "Two bombs went off in Kerman, Iran.", "date": "2024-01-03"})
    >>> kinds = [(f["properties"]["kind"], f["properties"]["name"]) for f in fc["features"]]
    >>> fc["id"], fc["geomap"]["article"]["date"], kinds
    (7, '2024-01-03', [('place', 'Kerman'), ('place', 'Iran'), ('area', 'Iran')])
    """
    from .feature_collection import to_feature_collection
    from .gazetteer import default_gazetteer
    from .pipeline import default_stages, extract, given_spans as given_stage, split_into_sentences, stages_for

    g = gazetteer or default_gazetteer()
    name = "document" if doc.get("id") is None else str(doc["id"])
    # each document in its own language ("lang" in the line, else detected); gold spans are read as English
    stages = default_stages(g) if given_spans else stages_for(doc["text"], g, lang=doc.get("lang"))
    if given_spans:
        from functools import partial

        spans = [(t["start"], t["end"]) for t in doc.get("toponyms") or []]
        assert stages[0] is split_into_sentences
        stages = [split_into_sentences, partial(given_stage, spans=spans, gazetteer=g), *stages[2:]]
    fc = to_feature_collection(extract(doc["text"], stages=stages), name)
    article = fc["geomap"]["article"]
    for key in ("date", "source"):
        if doc.get(key) is not None:
            article[key] = doc[key]
    return {"type": "FeatureCollection", "id": doc.get("id"), **{k: v for k, v in fc.items() if k != "type"}}


def feature_records(fc: dict) -> list[dict]:
    """The collection's features, each standing alone (RFC 8142 sequences, GIS layers).

    Each gets ``document_id`` and ``document_date``, and its evidence the quoted
    sentence's text (``sentence_text``), which otherwise lives in the collection.
    """
    sentences = fc["geomap"].get("sentences", [])
    date = fc["geomap"]["article"].get("date")
    out = []
    for f in fc["features"]:
        props = dict(f["properties"], document_id=fc.get("id"), document_date=date)
        props["evidence"] = [dict(ev, sentence_text=sentences[ev["sentence"]]["text"]) for ev in props["evidence"]]
        out.append({**f, "properties": props})
    return out


def _toponyms(doc: dict, given_spans: bool, gazetteer) -> str:
    from .evaluate import geoparse, resolve_spans

    if given_spans:
        tops = resolve_spans(doc["text"], [(t["start"], t["end"]) for t in doc.get("toponyms") or []], gazetteer)
    else:
        tops = geoparse(doc["text"], gazetteer, lang=doc.get("lang"))
    return _dumps({"id": doc.get("id"), "toponyms": [t.as_dict() for t in tops]}) + "\n"


def process_document(doc: dict, fmt: str, given_spans: bool = False, gazetteer=None):
    """One document's output: text for the JSON formats, a list of row dicts for the events table."""
    from .gazetteer import default_gazetteer

    g = gazetteer or default_gazetteer()
    if fmt == "toponyms":
        return _toponyms(doc, given_spans, g)
    fc = document_collection(doc, given_spans, g)
    if fmt == "jsonl":
        return _dumps(fc) + "\n"
    if fmt == "geojsonseq":
        return "".join("\x1e" + _dumps(f) + "\n" for f in feature_records(fc))
    from .events_table import event_rows

    return event_rows(fc, g)


def process_chunk(docs: list[dict], fmt: str, given_spans: bool = False) -> list:
    """The outputs of a chunk of documents, in order (the unit of work sent to a worker)."""
    return [process_document(d, fmt, given_spans) for d in docs]


def init_worker() -> None:
    """Runs once in each worker process: Ctrl-C is the parent's to handle; load the gazetteer."""
    import signal

    from .gazetteer import default_gazetteer

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    default_gazetteer()


def chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    """Lists of ``size`` items, the last one shorter.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Done:
    """A finished 'future' (the serial path)."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def ordered_map(submit: Callable[[list], object], work: Iterable[list], window: int) -> Iterator:
    """Each item of every chunk's result, in input order, with at most ``window`` chunks in flight.

    ``submit(chunk)`` returns a future (``.result()``): a concurrent.futures one,
    a dask.distributed one, or :class:`_Done`.

    >>> list(ordered_map(lambda c: _Done([x * 10 for x in c]), chunks(range(5), 2), window=2))
    [0, 10, 20, 30, 40]
    """
    pending: deque = deque()
    for chunk in work:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def serial_results(docs: Iterable[dict], fmt: str, given_spans: bool) -> Iterator:
    from .gazetteer import default_gazetteer

    g = default_gazetteer()
    for doc in docs:
        yield process_document(doc, fmt, given_spans, g)


def process_results(docs: Iterable[dict], fmt: str, given_spans: bool, workers: int) -> Iterator:
    """Results in input order from ``workers`` processes (spawned: nothing inherited but the arguments)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker)
    try:
        yield from ordered_map(lambda c: pool.submit(process_chunk, c, fmt, given_spans),
                               chunks(docs), window=4 * workers)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
