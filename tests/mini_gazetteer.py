"""A small gazetteer for unit tests of the text stages, cut from the shipped one.

It keeps every country, continent and first-level division (the document-level
rules need them) and every row the curated tables point at and every row named by a
capitalised word sequence of the given texts (a test module's own source), in the shipped ``gazetteer.tsv`` format,
with the curated tables and the features file (``features.tsv``) as shipped. A test that says "Allen is not a place here"
therefore still meets every Allen of the real gazetteer: the filter, not a
missing row, must do the work.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from geomap.division_names import division_keys
from geomap.gazetteer import data_dir
from geomap.names import normalize

KEEP_TYPES = {"country", "continent", "admin1"}
CAPITALISED = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}")


def names_in(text: str) -> set[str]:
    """Normalised names of every run of 1-4 capitalised words (and each shorter run inside it)."""
    keys: set[str] = set()
    for m in CAPITALISED.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                for variant in (" ".join(words[i:j]), " ".join(words[i:j]).rstrip(".,'")):
                    if key := normalize(variant):
                        keys.add(key)
    return keys


def build(folder: Path, texts: list[str]) -> Path:
    """Write ``gazetteer.tsv`` and ``curated/`` for ``texts`` into ``folder``; returns ``folder``."""
    wanted = set().union(*(names_in(t) for t in texts))
    wanted |= {d for k in wanted for d in division_keys(k)}  # the counties a bare name is offered
    curated = "".join(p.read_text(encoding="utf-8") for p in (data_dir() / "curated").iterdir())
    referenced = set(re.findall(r"geonames:\d+", curated))  # rows the curated tables point at
    source = (data_dir() / "gazetteer.tsv").read_text(encoding="utf-8")
    header, *rows = source.split("\n#index\n", 1)[0].split("\n")
    kept = []
    for row in rows:
        cols = row.split("\t")
        names = [cols[1], *filter(None, cols[9].split("|"))]
        if cols[7] in KEEP_TYPES or cols[0] in referenced or any(normalize(n) in wanted for n in names):
            kept.append((row, names))
    lines, index, pos = [header], {}, len(header.encode("utf-8")) + 1
    for row, names in kept:
        for key in {normalize(n) for n in names} - {""}:
            index.setdefault(key, []).append(pos)
        lines.append(row)
        pos += len(row.encode("utf-8")) + 1
    lines.append("#index")
    lines += [f"{k}\t{','.join(map(str, sorted(v)))}" for k, v in sorted(index.items(), key=lambda kv: kv[0].encode())]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gazetteer.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copytree(data_dir() / "curated", folder / "curated", dirs_exist_ok=True)
    # The features as shipped too: a postal hamlet may bear a town's name ("Allen", Oklahoma's and others').
    shutil.copyfile(data_dir() / "features.tsv", folder / "features.tsv")
    return folder
