#!/usr/bin/env python
"""Why geomap's end-to-end mentions are wrong: spurious predictions and missed gold toponyms by cause (issue 12).

    python benchmarks/spurious.py [--eval-dir ../shared/eval] [--examples N]

Runs the mention finder (no resolution) over both corpora and matches its
spans to the gold toponyms loosely (middles within 10 characters, as
``geomap evaluate``). Each unmatched prediction is put in one class by the
wording around it, checked in this order:

- ``person``: after a title or a given name, before "said"/"says" or ", <age>,",
  or its word is the last word of a longer capitalised name elsewhere;
- ``org``: inside a longer capitalised name (a capitalised word right before
  or after it) or before an organisation word ("Police", "Times", ...);
- ``word``: a single word written in lower case elsewhere in the article, or
  starting a sentence;
- ``other``: none of these (often a real place the corpus does not annotate:
  LGL keeps only toponyms with coordinates).

Missed gold toponyms are classed as ``dateline`` (at a line start followed
by "," "(" or a dash), ``caps`` (all capitals), ``hyphen`` (joined to a
word by a hyphen), ``before_title`` (followed by "Gov.", "Mayor" ...),
``inside_name`` (a capitalised word right before or after) or ``other``.
The classes are heuristics to count causes before and after a change, not gold.
"""
from __future__ import annotations

import re
import sys
from collections import Counter

from _corpus import ROOT, load, parse_args  # noqa: F401

from geomap.evaluate import match_spans
from geomap.gazetteer import default_gazetteer
from geomap.mention_lexicon import GIVEN_NAMES, is_title
from geomap.mentions import find_mentions
from geomap.text import split_sentences

ORG_WORDS = re.compile(r"\s+(?:Police|Times|Post|News|Herald|Tribune|University|College|School|Hospital|"
                       r"Department|Company|Corp|Inc|Bank|Airlines?|Party|Council|Club|Church|Center|Centre)\b")
PERSON_AFTER = re.compile(r"^(?:\s+(?:said|says|told|added)\b|,\s+\d{1,3},)")
WORD_BEFORE = re.compile(r"([A-Z][\w.'\u2019-]*)\s+$")
WORD_AFTER = re.compile(r"^\s([A-Z][\w'\u2019-]*)")


def spurious_class(text: str, start: int, end: int) -> str:
    name = text[start:end]
    before = WORD_BEFORE.search(text[max(0, start - 30):start])
    after = WORD_AFTER.search(text[end:end + 30])
    prev = before.group(1) if before else ""
    if is_title(prev) or prev in GIVEN_NAMES or PERSON_AFTER.search(text[end:end + 12]) \
            or re.search(rf"\b[A-Z][a-z]+\.?\s+{re.escape(name)}\b(?!\s+[A-Z])", text) and " " not in name \
            and re.search(rf"\b{re.escape(name)}\s+(?:said|says|told)\b", text):
        return "person"
    if ORG_WORDS.match(text[end:end + 20]) or (after and not after.group(1).isupper()):
        return "org"
    line_start = start == 0 or text[start - 1] in "\n"
    sentence_start = line_start or re.search(r"[.!?]\s+[\"\u201c]?$", text[max(0, start - 4):start])
    if " " not in name and (re.search(rf"\b{re.escape(name.lower())}\b", text) or sentence_start):
        return "word"
    if prev and not sentence_start:
        return "org"
    return "other"


def missed_class(text: str, start: int, end: int) -> str:
    name = text[start:end]
    line_start = start == 0 or text[start - 1] == "\n" or text[max(0, start - 2):start] in (". ", "| ")
    if line_start and re.match(r"^(?:,[^\n]{0,20})?\s*(?:\(|\u2014|--|-\s|:)", text[end:end + 25]):
        return "dateline"
    if name.isupper() and len(name) > 3:
        return "caps"
    if text[end:end + 1] == "-" or text[start - 1:start] == "-":
        return "hyphen"
    if is_title(text[end:end + 12].split(" ")[1] if text[end:end + 1] == " " and len(text[end:].split(" ")) > 1 else ""):
        return "before_title"
    if WORD_AFTER.search(text[end:end + 30]) or WORD_BEFORE.search(text[max(0, start - 30):start]):
        return "inside_name"
    return "other"


def count(docs: list[dict], gazetteer, examples: int) -> tuple[Counter, Counter, dict]:
    spurious, missed, shown = Counter(), Counter(), {}
    for doc in docs:
        text = doc["text"]
        mentions = find_mentions(text, split_sentences(text), gazetteer)
        gold = [(t["start"], t["end"]) for t in doc["toponyms"]]
        pred = [(m.start, m.end) for m in mentions]
        matched = match_spans(gold, pred, loose=True)
        hit_pred = set(matched.values())
        for k, (s, e) in enumerate(pred):
            if k not in hit_pred:
                c = spurious_class(text, s, e)
                spurious[c] += 1
                shown.setdefault("spurious " + c, []).append(text[max(0, s - 25):e + 25].replace("\n", " "))
        for g, (s, e) in enumerate(gold):
            if g not in matched:
                c = missed_class(text, s, e)
                missed[c] += 1
                shown.setdefault("missed " + c, []).append(text[max(0, s - 25):e + 25].replace("\n", " "))
    return spurious, missed, {k: v[:examples] for k, v in shown.items()}


def main() -> int:
    args = sys.argv[1:]
    examples = int(args[args.index("--examples") + 1]) if "--examples" in args else 0
    eval_dir = ROOT.parent / "shared" / "eval"
    if "--eval-dir" in args:
        from pathlib import Path
        eval_dir = Path(args[args.index("--eval-dir") + 1])
    gaz = default_gazetteer()
    for corpus in ("lgl", "geowebnews"):
        spurious, missed, shown = count(load(eval_dir, corpus), gaz, examples)
        print(f"{corpus}: spurious {sum(spurious.values())} " + " ".join(f"{k}={v}" for k, v in spurious.most_common())
              + f" | missed {sum(missed.values())} " + " ".join(f"{k}={v}" for k, v in missed.most_common()))
        for key, items in sorted(shown.items()):
            for item in items:
                print(f"  {key:<22} ...{item}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
