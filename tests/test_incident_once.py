"""Issue 12 cleanup: the incident scores are computed once per article (roles stage) and reused
by the ambiguity warning, with the same output."""
import geomap.confidence
import geomap.incident
import geomap.pipeline
import geomap.roles
from geomap.confidence import warn_ambiguous_incident
from geomap.pipeline import extract

# LGL 42873895 (opening): two candidate incident towns far apart, so the warning stage runs fully
TEXT = ("Funeral begins for 4 slain Oakland, police. Thousands of officers and firefighters from around the "
        "nation and overseas along with mourners turned out for Friday's funeral for the four Oakland Police "
        "Department veterans. The four officers were shot in the line of duty Saturday, the biggest single day, "
        "gun-related loss of life for law enforcement since four federal agents died 15 years ago during a "
        "raid on the Branch Davidian cult in Waco, Texas.")


def test_incident_scores_run_once_per_article(gazetteer, monkeypatch):
    calls = []

    def counted(*args):
        calls.append(1)
        return geomap.incident.incident_scores(*args)

    for module in (geomap.pipeline, geomap.roles, geomap.confidence):
        monkeypatch.setattr(module, "incident_scores", counted)
    doc = extract(TEXT, gazetteer)
    assert len(calls) == 1
    assert dict(doc.incident_scores) == geomap.incident.incident_scores(doc.text, doc.sentences, doc.places)


def test_the_warning_is_the_same_with_or_without_the_kept_scores(gazetteer):
    from dataclasses import replace

    doc = extract(TEXT, gazetteer)
    before = replace(doc, warnings=(), incident_scores=())
    kept = replace(doc, warnings=())
    assert warn_ambiguous_incident(kept).warnings == warn_ambiguous_incident(before).warnings
