"""Training and test articles for scripts/train_incident.py: the corpus labels and the worldwide batches.

An *article* is a dict: ``kind`` ("labels" or "fresh"), ``key`` (a stable name: "lgl:123" or the
case's URL), ``group`` (the corpus or the batch's file stem), ``half`` ("dev" or "held-out", by the
benchmark's own split), ``extracted`` (the pipeline's doc up to its relations, or None when the
pipeline refused the text), ``features`` (the incident features of every place, by source key),
``fine`` (the fine places' source keys: what rule 2 of geomap.roles chooses among) and ``right``
(whether each fine place counts as right). The verdict on a whole article (:func:`verdict`) is
always the benchmark's own: benchmarks/incident.py's ``score`` for labels,
benchmarks/incident_fresh.py's ``score`` for batch cases.

Which fine place is right: for labels, within 25 km of the label point or of an incident toponym's
gold point; for batch cases, exactly when benchmarks/incident_fresh.py's ``is_hit`` counts the
place's feature as a hit (its own rule, not re-implemented here).

Nothing here runs at import: the pipeline and the benchmarks are imported inside the functions.
"""
from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

HIT_KM = 25.0


def _km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _extract(text: str):
    """The article up to its relations, as geomap.run reads it (language-aware stages, before the roles,
    the described-places check and the two warning stages), and its places' feature rows; (None, {})
    when the pipeline refuses it."""
    from geomap.errors import GeomapError
    from geomap.gazetteer import default_gazetteer
    from geomap.incident import place_features
    from geomap.pipeline import extract, stages_for

    try:
        d = extract(text, stages=stages_for(text, default_gazetteer())[:-4])
    except GeomapError:
        return None, {}
    return d, place_features(d.text, d.sentences, d.places, extra=True) if d.places else {}


def features_with(d, features: dict[str, dict[str, float]], weights: dict[str, float]) -> list[dict]:
    """The GeoJSON features geomap.run would give when its incident score used ``weights``: the
    pipeline's last role stages (geomap.pipeline.assign_incident_roles, then check_described_places)
    over the doc ``d`` read up to its relations."""
    from geomap.described_places import check_described_places
    from geomap.feature_collection import to_feature_collection
    from geomap.roles import assign_roles

    if d is None:
        return []
    scores = {s: sum(weights.get(k, 0.0) * v for k, v in f.items()) for s, f in features.items()}
    places = assign_roles(d.text, d.sentences, d.places, d.relations, scores) if d.places else d.places
    doc = check_described_places(replace(d, places=places, incident_scores=tuple(scores.items())))
    return to_feature_collection(doc)["features"]


def _fine(d) -> list:
    from geomap.roles import COARSE_TYPES

    return [p for p in d.places if p.entry.place_type not in COARSE_TYPES] if d is not None else []


def prepare_label(label: dict, doc: dict) -> dict:
    """A labelled corpus article (eval/incidents/labels.jsonl)."""
    from incident import reference_points, split_of

    d, feats = _extract(doc["text"])
    truth = reference_points(label, doc["toponyms"], ("incident",))
    fine = _fine(d)
    right = [any(_km(p.entry.lat, p.entry.lon, lat, lon) <= HIT_KM for lat, lon in truth) for p in fine]
    return {"kind": "labels", "key": f"{label['corpus']}:{label['id']}", "group": label["corpus"],
            "half": split_of(label), "label": label, "doc": doc, "extracted": d, "features": feats,
            "fine": [p.entry.source for p in fine], "right": right}


def prepare_fresh(case: dict, batch: str) -> dict:
    """A worldwide batch case (eval/incidents/fresh*.jsonl): a fine place is right when the fresh
    benchmark's hit rule counts its feature (a point) as a hit."""
    from geomap.incident import WEIGHTS
    from incident_fresh import half, is_hit

    d, feats = _extract(case["text"])
    fine = _fine(d)
    right = []
    if fine:
        by_id = {f["properties"].get("id"): f for f in features_with(d, feats, WEIGHTS)
                 if f["properties"].get("kind") == "place"}
        right = [p.entry.source in by_id and is_hit(by_id[p.entry.source], case) for p in fine]
    return {"kind": "fresh", "key": case["url"], "group": batch, "half": half(case), "case": case,
            "extracted": d, "features": feats, "fine": [p.entry.source for p in fine], "right": right}


def load_fresh(paths: list[Path]) -> list[dict]:
    """Every case of the batch files, prepared, in file and line order (group: the file's stem)."""
    out = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").split("\n"):
            if line.strip():
                out.append(prepare_fresh(json.loads(line), Path(path).stem))
    return out


def load_labels(labels_path: Path, eval_dir: Path) -> list[dict]:
    """Every labelled corpus article, prepared."""
    from _corpus import load
    from incident import read_labels

    labels = read_labels(labels_path)
    docs = {c: {d["id"]: d for d in load(eval_dir, c)} for c in sorted({lab["corpus"] for lab in labels})}
    return [prepare_label(lab, docs[lab["corpus"]][lab["id"]]) for lab in labels]


def verdict(article: dict, weights: dict[str, float]) -> bool:
    """The benchmark's verdict on the article when the pipeline scores places with ``weights``."""
    features = features_with(article["extracted"], article["features"], weights)
    if article["kind"] == "fresh":
        from incident_fresh import score

        return score(article["case"], features)["right"]
    from incident import score

    return score(article["label"], article["doc"], features)[0]
