"""The curated demonyms beside GeoNames' one adjective per country (data/curated/demonyms.csv): real reports write
"Ecuadorian", "Kyrgyz", "Nepali", "Uzbek" and "Tajik" where GeoNames has only "Ecuadorean", "Kirghiz", "Nepalese",
"Uzbekistani", "Tajikistani". The quotes are from the repo's evaluation files (URLs there)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.pipeline import extract

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _sentence_with(batch: str, word: str) -> str:
    for line in (EVAL / batch).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row.get("text") or row["quote"]
        at = text.find(word)
        if at >= 0:
            start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
            end = text.find(". ", at)
            return text[start:end + 1 if end > 0 else len(text)]
    raise LookupError(word)


@pytest.mark.parametrize("batch, word, country", [
    ("incidents/fresh6.jsonl", "Ecuadorian", "EC"),
    ("incidents/fresh5.jsonl", "Kyrgyz", "KG"),
    ("relations/cases.jsonl", "Nepali", "NP"),
    ("incidents/fresh2.jsonl", "Uzbek", "UZ"),
    ("relations/fresh.jsonl", "Tajik", "TJ"),
    ("relations/fresh11.jsonl", "Icelandic", "IS"),
])
def test_a_demonym_real_reports_use_names_its_country(batch, word, country):
    doc = extract(_sentence_with(batch, word))
    assert any(m.text == word and p.entry.country == country and p.entry.place_type == "country"
               for p in doc.places for m in p.mentions), [(p.entry.name, [m.text for m in p.mentions]) for p in doc.places]
