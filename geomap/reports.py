"""Several reports of one incident -> one FeatureCollection.

Each report is geoparsed on its own (its offsets index its own text); then
:func:`merge_reports` joins the collections:

- ``geomap.sources`` lists every input (``name``, ``title``, ``site``,
  ``url``, ``date``, ``sha256``), in command-line order;
- every feature has ``properties.sources``, the indices (into
  ``geomap.sources``) of the reports that support it, and ``report``, the
  first of them (the layer it is drawn in);
- the same place named by several reports is one feature that lists them
  all, with the evidence of each (every evidence item says its ``source``);
- zones and events keep their report's ids with ``@<source index>``
  appended, so two reports' "700 m from X" never clash;
- ``geomap.sentences`` holds every report's quoted sentences, each with its
  ``source``; ``geomap.warnings`` every report's warnings, each with its ``source``;
- agreement areas and disagreements between reports come from
  :mod:`geomap.report_agreement`.
"""
from __future__ import annotations

import copy

from .report_agreement import compare_reports, source_label  # noqa: F401  (source_label: importable from here)


def source_entry(report) -> dict:
    """What ``geomap.sources`` says of one input (a :class:`geomap.sources.Report`)."""
    md = report.metadata
    return {"name": report.name, "title": md.get("title"), "site": md.get("site"), "author": md.get("author"),
            "url": md.get("url"), "date": md.get("date"), "sha256": report.sha256}


def _renamed(ident, i: int):
    return f"{ident}@{i}" if ident else ident


def _merge_place(kept: dict, f: dict, i: int) -> None:
    p, q = kept["properties"], f["properties"]
    if i not in p["sources"]:
        p["sources"].append(i)
    p["evidence"].extend(q["evidence"])
    p["mentions"].extend(q["mentions"])
    p["demonym_only"] = p["demonym_only"] and q["demonym_only"]
    if q["role"] == "incident":
        p["role"] = "incident"


def _add_report(fc: dict, i: int, merged: dict, places: dict, others: list) -> None:
    """One report's sentences, warnings and features into ``merged`` (features copied, ids renamed)."""
    base = len(merged["geomap"]["sentences"])
    merged["geomap"]["sentences"] += [{**s, "source": i} for s in fc["geomap"]["sentences"]]
    merged["geomap"]["warnings"] += [{**w, "source": i} for w in fc["geomap"]["warnings"]]
    for f in fc["features"]:
        f = copy.deepcopy(f)
        p = f["properties"]
        for ev in p["evidence"]:
            ev["source"] = i
            if isinstance(ev.get("sentence"), int):
                ev["sentence"] += base
        if p["kind"] == "place":
            if p["id"] in places:
                _merge_place(places[p["id"]], f, i)
                continue
            places[p["id"]] = f
        else:
            p["id"] = f["id"] = _renamed(p["id"], i)
            for key in ("zone", "after"):
                if key in p:
                    p[key] = _renamed(p[key], i)
        p["report"], p["sources"] = i, [i]
        if p["kind"] != "place":
            others.append(f)


def merge_reports(fcs: list[dict], sources: list[dict]) -> dict:
    """One FeatureCollection for several reports' collections (see the module's docstring).

    ``sources[i]`` describes ``fcs[i]`` (see :func:`source_entry`). Agreement
    areas and disagreements are added by :func:`geomap.report_agreement.compare_reports`.
    """
    if len(fcs) != len(sources):
        raise ValueError("one source entry per collection")
    first = fcs[0]["geomap"]
    merged = {"type": "FeatureCollection", "features": [],
              "geomap": {"version": first["version"], "sources": sources, "warnings": [], "sentences": [],
                         "attribution": list(dict.fromkeys(a for fc in fcs for a in fc["geomap"]["attribution"]))}}
    places: dict[str, dict] = {}
    others: list[dict] = []
    for i, fc in enumerate(fcs):
        _add_report(fc, i, merged, places, others)
    merged["features"] = list(places.values()) + [f for f in others if f["properties"]["kind"] == "zone"] \
        + [f for f in others if f["properties"]["kind"] == "event"]
    agreements, disagreements = compare_reports(merged["features"], sources, merged["geomap"]["sentences"])
    merged["features"] += agreements
    merged["geomap"]["comparisons"] = disagreements
    merged["geomap"]["articles"] = [fc["geomap"]["article"] for fc in fcs]
    return merged
