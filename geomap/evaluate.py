"""Geoparsing in bulk and the field's metrics (see ``../shared/eval/README.md``).

* Acc@161: share of gold toponyms whose predicted point lies within 161 km
  of the gold point; an unresolved toponym counts as wrong.
* Mean / median error (km): great-circle distance, over resolved toponyms.
* AUC: mean of ln(1 + error km) / ln(1 + 20039), an unresolved toponym
  counting as the maximum error; lower is better.
* Precision / recall / F1 of exact spans; "loose" matches a predicted span
  whose middle lies within 10 characters of a gold span's middle (EUPEG).
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from .gazetteer import Gazetteer, default_gazetteer
from .geometry import great_circle_km  # noqa: F401 (also part of this module's API)

EARTH_HALF_CIRCUMFERENCE_KM = 20039.0


def resolution_metrics(errors_km: list[float | None]) -> dict:
    """Acc@161, mean/median error and AUC from per-toponym errors (None: unresolved).

    >>> m = resolution_metrics([0.0, 100.0, 200.0, None])
    >>> m["acc161"], m["mean_km"], m["median_km"], m["resolved"]
    (0.5, 100.0, 100.0, 3)
    """
    n = len(errors_km)
    resolved = [e for e in errors_km if e is not None]
    if not n:
        return {"n": 0, "resolved": 0, "acc161": None, "mean_km": None, "median_km": None, "auc": None}
    norm = math.log(1 + EARTH_HALF_CIRCUMFERENCE_KM)
    auc = sum(math.log(1 + min(e, EARTH_HALF_CIRCUMFERENCE_KM)) / norm if e is not None else 1.0
              for e in errors_km) / n
    return {
        "n": n, "resolved": len(resolved),
        "acc161": sum(1 for e in resolved if e <= 161.0) / n,
        "mean_km": statistics.fmean(resolved) if resolved else None,
        "median_km": statistics.median(resolved) if resolved else None,
        "auc": auc,
    }


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]], loose: bool = False) -> dict[int, int]:
    """One-to-one matches, gold index -> predicted index.

    >>> match_spans([(0, 5), (10, 15)], [(0, 5), (11, 15)])
    {0: 0}
    >>> match_spans([(0, 5), (10, 15)], [(0, 5), (11, 15)], loose=True)
    {0: 0, 1: 1}
    """
    out: dict[int, int] = {}
    used: set[int] = set()
    if not loose:
        where = {span: i for i, span in enumerate(pred)}
        for gi, span in enumerate(gold):
            pi = where.get(span)
            if pi is not None and pi not in used:
                out[gi] = pi
                used.add(pi)
        return out
    for gi, (gs, ge) in enumerate(gold):
        gm = (gs + ge) / 2
        best = None
        for pi, (ps, pe) in enumerate(pred):
            if pi in used:
                continue
            d = abs((ps + pe) / 2 - gm)
            if d <= 10 and (best is None or d < best[0]):
                best = (d, pi)
        if best is not None:
            out[gi] = best[1]
            used.add(best[1])
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1.

    >>> prf(8, 10, 16)
    {'precision': 0.8, 'recall': 0.5, 'f1': 0.6153846153846154}
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    source: str | None
    kind: str | None = None
    inner: str | None = None  # the place named inside a longer given span it was resolved from ("Dubai")

    def as_dict(self) -> dict:
        out = {"start": self.start, "end": self.end, "name": self.name, "lat": self.lat, "lon": self.lon,
               "source": self.source, "kind": self.kind}
        if self.inner is not None:
            out["inner"] = self.inner
        return out


def _toponyms(doc) -> list[Toponym]:
    out = []
    for place in doc.places:
        for m in place.mentions:
            if m.kind == "reference":  # "the capital": a reference, not a toponym span
                continue
            e = place.entry
            inner = doc.text[m.inner[0]:m.inner[1]] if m.inner else None
            out.append(Toponym(m.start, m.end, m.text, e.lat, e.lon, e.source, m.kind, inner))
    out.sort(key=lambda t: t.start)
    return out


def geoparse(text: str, gazetteer: Gazetteer | None = None, lang: str | None = None) -> list[Toponym]:
    """Find and resolve toponyms end to end (the pipeline's toponym stages for the text's
    language: ``lang``, else detected).

    Demonyms ("Iranian") are included, located at their country, as both
    public corpora annotate them as toponyms; ``kind`` tells them apart.
    """
    from .pipeline import extract, toponym_stages_for

    return _toponyms(extract(text, stages=toponym_stages_for(text, gazetteer or default_gazetteer(), lang=lang)))


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None) -> list[Toponym]:
    """Resolve exactly the given spans, in order, with the document as context.

    The same pipeline with the mention stage replaced by :func:`geomap.pipeline.given_spans`.
    """
    from functools import partial

    from .pipeline import extract, given_spans, toponym_stages

    g = gazetteer or default_gazetteer()
    stages = toponym_stages(g)
    stages[1] = partial(given_spans, spans=spans, gazetteer=g)
    by_span = {(t.start, t.end): t for t in _toponyms(extract(text, stages=stages))}
    return [by_span.get((start, end)) or Toponym(start, end, text[start:end], None, None, None)
            for start, end in spans]


def evaluate_documents(docs: list[dict], predictions: list[list[Toponym]], given_spans: bool) -> dict:
    """Metrics for predictions against the gold toponyms of ``docs``."""
    errors: list[float | None] = []
    tp_exact = tp_loose = n_pred = n_gold = 0
    errors_found: list[float | None] = []
    for doc, preds in zip(docs, predictions):
        gold = doc.get("toponyms") or []
        n_gold += len(gold)
        n_pred += len(preds)
        gold_spans = [(t["start"], t["end"]) for t in gold]
        pred_spans = [(t.start, t.end) for t in preds]
        if given_spans:
            for t, p in zip(gold, preds):
                errors.append(None if p.lat is None else great_circle_km(t["lat"], t["lon"], p.lat, p.lon))
            continue
        exact = match_spans(gold_spans, pred_spans)
        loose = match_spans(gold_spans, pred_spans, loose=True)
        tp_exact += len(exact)
        tp_loose += len(loose)
        for gi, t in enumerate(gold):
            p = preds[loose[gi]] if gi in loose else None
            err = None if p is None or p.lat is None else great_circle_km(t["lat"], t["lon"], p.lat, p.lon)
            errors.append(err)
            if gi in loose:
                errors_found.append(err)
    result = {"documents": len(docs), "gold_toponyms": n_gold}
    if given_spans:
        result["resolution"] = resolution_metrics(errors)
    else:
        result["predicted_toponyms"] = n_pred
        result["exact"] = prf(tp_exact, n_pred, n_gold)
        result["loose"] = prf(tp_loose, n_pred, n_gold)
        result["resolution_found"] = resolution_metrics(errors_found)
        result["resolution_all_gold"] = resolution_metrics(errors)
    return result
