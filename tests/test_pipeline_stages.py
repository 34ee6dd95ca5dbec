"""The pipeline as an ordered list of stages over one Doc (issue 10)."""
from dataclasses import dataclass, field
from functools import partial

import pytest

from geomap.errors import GeocodingError
from geomap.model import Doc, Entry
from geomap.pipeline import (ask_online, default_stages, extract, given_spans, look_up_candidates,
                             toponym_stages)

TEXT = "Two bombs went off in Kerman, Iran, near Zzyzxville. Crowds gathered in Kerman."


def test_extract_is_a_fold_over_the_stages(gazetteer):
    stages = default_stages(gazetteer)
    doc = Doc(TEXT)
    seen = []
    for stage in stages:
        before = doc
        doc = stage(doc)
        assert before.text == doc.text
        seen.append(doc)
    assert extract(TEXT, gazetteer) == doc
    # each stage fills its part: sentences, then mentions, then candidates, then places, roles
    assert seen[0].sentences and not seen[0].mentions
    assert seen[1].mentions and not seen[1].candidates
    assert len(seen[2].candidates) == len(seen[2].mentions) and not seen[2].places
    assert seen[3] == seen[2]  # no anchor spelt otherwise after a distance (geomap.fuzzy_anchors)
    # nor named after a town ("X Inlet", geomap.named_after_anchors), nor a division's town (geomap.anchor_towns)
    assert seen[5] == seen[4] == seen[3]
    assert [p.entry.name for p in seen[6].places] == ["Kerman", "Iran"]
    assert {p.role for p in doc.places} == {"incident", "context"}


def test_given_spans_replace_the_mention_stage(gazetteer):
    spans = [(22, 28), (30, 34)]  # Kerman, Iran
    stages = toponym_stages(gazetteer)
    stages[1] = partial(given_spans, spans=spans, gazetteer=gazetteer)
    doc = extract(TEXT, stages=stages)
    assert [(m.start, m.end) for m in doc.mentions] == spans
    assert [m.text for m in doc.context] == ["Kerman", "Iran", "Kerman"]  # what the finder saw: evidence only
    assert [p.entry.name for p in doc.places] == ["Kerman", "Iran"]


@dataclass
class FakeOnline:
    mode: str = "offline-first"
    on_error: str = "offline"
    fail: bool = False
    asked: list = field(default_factory=list)

    @property
    def settings(self):
        return self

    def entries(self, query):
        self.asked.append(query)
        if self.fail:
            raise GeocodingError("fake did not answer")
        return [Entry(f"fake:{query}", query, 1.0, 2.0, None, None, 0, "landmark", 100.0)]


def _online_doc(gazetteer, online):
    return extract(TEXT, stages=toponym_stages(gazetteer, online))


def test_offline_first_asks_only_for_names_the_gazetteer_lacks(gazetteer):
    online = FakeOnline()
    doc = _online_doc(gazetteer, online)
    assert online.asked == ["Zzyzxville"]
    assert "fake:Zzyzxville" in [p.entry.source for p in doc.places]


def test_online_first_asks_for_every_name(gazetteer):
    online = FakeOnline(mode="online-first")
    _online_doc(gazetteer, online)
    assert online.asked == ["Kerman", "Iran", "Zzyzxville", "Kerman"]


def test_an_online_failure_is_a_warning_of_the_stage_when_falling_back(gazetteer):
    doc = _online_doc(gazetteer, FakeOnline(mode="online-first", fail=True))
    assert [w.code for w in doc.warnings if w.code == "online_failed"] == ["online_failed"]
    assert [p.entry.name for p in doc.places] == ["Kerman", "Iran"]  # offline candidates kept


def test_an_online_failure_propagates_unless_falling_back_is_allowed(gazetteer):
    with pytest.raises(GeocodingError):
        _online_doc(gazetteer, FakeOnline(fail=True, on_error="fail"))


def test_stages_do_not_change_their_input(gazetteer):
    stages = toponym_stages(gazetteer, FakeOnline())  # its mention stage also keeps names only online may know
    doc = stages[1](stages[0](Doc(TEXT)))
    after = look_up_candidates(doc, gazetteer=gazetteer)
    assert doc.candidates == () and after.candidates
    assert ask_online(after, online=FakeOnline()).candidates != after.candidates
    assert after.candidates[2] == ()  # Zzyzxville: still nothing in the input Doc
