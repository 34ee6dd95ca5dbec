#!/usr/bin/env python
"""End-to-end false positives and misses of both corpora counted by family of wording (issue 12).

    python benchmarks/mention_families.py [--eval-dir ../shared/eval] [--examples N] [--family NAME]

Runs ``geomap.evaluate.geoparse`` (the pipeline ``accuracy.py`` scores end to end), matches its spans
to the gold toponyms loosely (middles within 10 characters) and puts each spurious prediction and each
missed gold toponym in the first family whose test holds, in the order of the tables below. The tests
read the wording around the span (and the article), never a list of the corpus' names; they are
heuristics to count causes before and after a change, not gold. ``--family`` prints examples of one
family only.

False positives: ``demonym`` (an adjective or a people: "American", "Palestinians"), ``facility``
(a curated landmark or a name ending in a facility word), ``abbreviation`` ("US", "U.S.", "EU"),
``person`` (after a title or a given name, a speaker, an age, a relative, or a bare surname the
article writes after another capitalised word), ``organisation/product`` (inside a longer
capitalised name or before an organisation's word), ``common word`` (written in lower case in the
article, or starting a sentence), ``headline/caps`` (all capitals), ``other`` (often a real place
the corpus leaves out).

Misses: ``dateline``, ``headline/caps``, ``hyphen``, ``before title`` ("New York Gov."),
``lower case`` ("the river"), ``demonym``, ``facility/street`` (a name ending in "Street",
"Church", "Center" ...), ``multi-word`` (a name of several words), ``not in gazetteer`` (one word
the gazetteer does not know), ``inside name`` (a capitalised word right before or after it),
``dropped`` (a known one-word name a rule left out).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from _corpus import ROOT, load  # noqa: F401

from geomap.evaluate import geoparse, match_spans
from geomap.gazetteer import default_gazetteer
from geomap.mention_lexicon import COMMON_WORDS, ORGANISATION_HEADS, STOPWORDS, is_title
from geomap.person_filter import AREA_MODIFIERS
from geomap.names import normalize

# The classifier's own list of given names (geomap's and the census list), read from this tree's data whatever
# code runs, so that before/after counts use the same families.
GIVEN_NAMES = frozenset(line.strip() for name in ("given_names.txt", "census_given_names.txt")
                        for path in [ROOT / "data" / "curated" / name] if path.exists()
                        for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and line[0] != "#")
FACILITY = re.compile(r"\b(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Highway|Parkway|Bridge|Church|"
                      r"Cathedral|Center|Centre|Hospital|Airport|School|College|University|Park|Stadium|Arena|"
                      r"Hall|Mall|Station|Hotel|Inn|Club|Tower|Court|Library|Museum|Estate|Village|Square|"
                      r"Plaza|Canal|Dam|Farm|Plantation|Cemetery|House|Building|Market)\.?$")
ORG_AFTER = re.compile(r"\s+(?:" + "|".join(w.title() for w in sorted(ORGANISATION_HEADS)) + r"|Inc|Corp|Ltd)\b")
WORD_BEFORE = re.compile(r"([A-Z][\w.'\u2019-]*)\s+$")
WORD_AFTER = re.compile(r"^\s([A-Z][\w'\u2019-]*)")
SPEAKS = r"\s+(?:said|says|told|added|wrote|testified)\b"
KIN = re.compile(r"\b(?:wife|husband|son|daughter|father|mother|brother|sister|widow|children|girlfriend)\s*,?\s+$")
SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*[\"\u201c\u2018']?\s*)$")


def _first_name(word: str) -> bool:
    return word.lower() not in STOPWORDS and word.lower() not in COMMON_WORDS and word.lower() not in AREA_MODIFIERS


def _person(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    before = WORD_BEFORE.search(text[max(0, start - 30):start])
    prev = before.group(1) if before else ""
    if is_title(prev) or prev in GIVEN_NAMES or KIN.search(text[max(0, start - 30):start]):
        return True
    if re.match(r"^(?:" + SPEAKS + r"|\s*,\s+\(?\d{1,3}\)?,)", text[end:end + 14]):
        return True
    if " " in name:
        return False
    esc = re.escape(name)
    return re.search(rf"\b{esc}{SPEAKS}|\bsaid\s+{esc}\b|\b(?:Mr|Mrs|Ms|Dr)\.?\s+{esc}\b|"
                     rf"\b{esc}\s+administration\b", text) is not None \
        or any(_first_name(m.group(1)) for m in
               re.finditer(rf"[a-z,]\s+([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?:de\s+|van\s+|von\s+)?{esc}\b(?!\s+[A-Z])", text)) \
        or any(m.group(1) in GIVEN_NAMES or is_title(m.group(1))
               for m in re.finditer(rf"\b([A-Z][a-z]+\.?)\s+{esc}\b(?!\s+[A-Z])", text))


def spurious_family(text: str, start: int, end: int, kind: str) -> str:
    name = text[start:end]
    if kind == "demonym":
        return "demonym"
    if kind == "landmark" or FACILITY.search(name):
        return "facility"
    if re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}|[A-Z][a-z]?\.[A-Z][a-z]*\.", name):
        return "abbreviation"
    if _person(text, start, end):
        return "person"
    before = WORD_BEFORE.search(text[max(0, start - 30):start])
    after = WORD_AFTER.search(text[end:end + 30])
    at_start = SENTENCE_START.search(text[max(0, start - 4):start]) is not None
    if name.isupper() and len(name) > 3:
        return "headline/caps"
    if ORG_AFTER.match(text[end:end + 30]) or (after and not after.group(1).isupper()) \
            or (before and not at_start and not is_title(before.group(1))):
        return "organisation/product"
    if " " not in name and (re.search(rf"\b{re.escape(name.lower())}\b", text) or at_start):
        return "common word"
    return "other"


def missed_family(text: str, start: int, end: int, gazetteer) -> str:
    name = text[start:end]
    line_start = start == 0 or text[start - 1] == "\n"
    if line_start and re.match(r"^(?:,[^\n]{0,25})?\s*(?:\(|\u2014|\u2013|--|-\s|:)", text[end:end + 30]):
        return "dateline"
    if name.isupper() and len(name) > 3:
        return "headline/caps"
    if text[end:end + 1] == "-" or text[start - 1:start] == "-":
        return "hyphen"
    nxt = text[end:end + 14].split()
    if nxt and text[end:end + 1] == " " and is_title(nxt[0]):
        return "before title"
    if name[:1].islower():
        return "lower case"
    key = normalize(name)
    if gazetteer.finds_demonym(key) or (name.endswith("s") and gazetteer.finds_demonym(key[:-1])):
        return "demonym"
    if FACILITY.search(name):
        return "facility/street"
    if " " in name:
        return "multi-word"
    if not gazetteer.has(key):
        return "not in gazetteer"
    if WORD_AFTER.search(text[end:end + 30]) or WORD_BEFORE.search(text[max(0, start - 30):start]):
        return "inside name"
    return "dropped"


def count(docs: list[dict], gazetteer, examples: int, only: str | None) -> tuple[Counter, Counter]:
    spurious, missed, shown = Counter(), Counter(), Counter()
    for n, doc in enumerate(docs):
        text = doc["text"]
        pred = geoparse(text, gazetteer)
        gold = [(t["start"], t["end"]) for t in doc["toponyms"]]
        matched = match_spans(gold, [(t.start, t.end) for t in pred], loose=True)
        hit = set(matched.values())
        rows = [("FP", spurious_family(text, t.start, t.end, t.kind), t.start, t.end)
                for k, t in enumerate(pred) if k not in hit]
        rows += [("FN", missed_family(text, s, e, gazetteer), s, e) for g, (s, e) in enumerate(gold) if g not in matched]
        for side, fam, s, e in rows:
            (spurious if side == "FP" else missed)[fam] += 1
            if (only is None or fam == only) and shown[side, fam] < examples:
                shown[side, fam] += 1
                print(f"  {side} {fam:<22} {doc.get('id', n)} {text[s:e]!r:<22} ...{text[max(0, s - 40):e + 40]!r}...")
    return spurious, missed


def main() -> int:
    args = sys.argv[1:]
    examples = int(args[args.index("--examples") + 1]) if "--examples" in args else 0
    only = args[args.index("--family") + 1] if "--family" in args else None
    eval_dir = Path(args[args.index("--eval-dir") + 1]) if "--eval-dir" in args else ROOT.parent / "shared" / "eval"
    gaz = default_gazetteer()
    for corpus in ("lgl", "geowebnews"):
        spurious, missed = count(load(eval_dir, corpus), gaz, examples, only)
        print(f"{corpus}: false positives {sum(spurious.values())}: "
              + ", ".join(f"{k} {v}" for k, v in spurious.most_common()))
        print(f"{corpus}: misses {sum(missed.values())}: " + ", ".join(f"{k} {v}" for k, v in missed.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
