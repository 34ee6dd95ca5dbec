"""Issue 12: the incident score's features, its optional trained weights and the trainer.

Texts are verbatim excerpts of ../shared/eval articles (corpus and id in the comments)."""
from pathlib import Path

import pytest

from geomap import incident
from geomap.incident import WEIGHTS, incident_scores, load_weights, place_features
from geomap.incident_features import EXTRA_FEATURES
from geomap.pipeline import extract
from repo_scripts import load

ROOT = Path(__file__).resolve().parent.parent

# LGL 44363267: the raid was in Worthington; MINNEAPOLIS is the dateline of the court story
WORTHINGTON = ("Claims dismissed in Worthington immigration raid . MINNEAPOLIS -- A federal judge has dismissed all "
               "claims against the Department of Homeland Security over an immigration raid at the Swift & Co. "
               "meatpacking plant in Worthington. The U.S. attorney's office says Judge Joan Ericksen dismissed the "
               "claims last Friday.")
# GeoWebNews 222 (opening and one later sentence): a rape case in Delft, Cape Town
DELFT = ("The mother of a severely disabled nine-year-old child who was raped says the police have failed her. "
         "Noma (not her real name) opened a case of rape at the Delft police station in May 2017. She said she "
         "received an SMS in August saying that the case was withdrawn. He said according to the statements in "
         "the docket she came to Cape Town after she was in the Eastern Cape for one month. It is therefore "
         "unknown whether she was raped there or in Cape Town.")
# LGL 41383748: arrests in Cottonport by the Avoyelles Parish task force
COTTONPORT = ("Avoyelles task force arrests 14. The Task Force officers began their night at the Cottonport Fire "
              "Station and arrested 14 in the Cottonport area through the night clearing 18 warrants during the "
              "four-hour operation. Anderson again urged all who have a reason to believe there may be an "
              "outstanding warrant for their arrest to contact the Avoyelles Parish Sheriff's Office immediately.")


def features(text, gazetteer):
    doc = extract(text, gazetteer)
    by_name = {p.entry.name: p.entry.source for p in doc.places}
    return doc, {name: place_features(doc.text, doc.sentences, doc.places, extra=True)[s]
                 for name, s in by_name.items()}


def test_a_dateline_town_not_named_again_in_the_lede_is_marked_alone(gazetteer):
    _, f = features(WORTHINGTON, gazetteer)
    assert f["Minneapolis"]["dateline"] == 1.0 and f["Minneapolis"]["dateline_alone"] == 1.0
    assert f["Worthington"]["dateline_alone"] == 0.0 and f["Worthington"]["report"] == 1.0
    assert f["Worthington"]["lede_count"] > f["Minneapolis"]["lede_count"]


def test_the_only_place_of_its_country_among_places_of_another_is_marked(gazetteer):
    _, f = features(DELFT, gazetteer)
    lone = {name for name, x in f.items() if x["country_alone"]}
    others = {name for name, x in f.items() if not x["country_alone"]}
    assert len(lone) == 1 and {"Cape Town", "Eastern Cape"} <= others
    assert f["Cape Town"]["locative_body"] == 0.0 or f["Cape Town"]["lede_count"] == -1.0


def test_a_parish_and_its_town_mark_each_other(gazetteer):
    _, f = features(COTTONPORT, gazetteer)
    parish = next(n for n in f if n.startswith("Avoyelles"))
    assert f[parish]["county"] == 1.0 and f[parish]["contains"] == 1.0
    assert f["Cottonport"]["contained"] == 1.0 and f["Cottonport"]["contains"] == 0.0


def test_the_hand_weights_do_not_compute_the_extra_features(gazetteer, monkeypatch):
    doc = extract(WORTHINGTON, gazetteer)

    def refuse(*args):
        raise AssertionError("extra features computed for the hand weights")

    monkeypatch.setattr("geomap.incident_features.extra_features", refuse)
    scores = incident_scores(doc.text, doc.sentences, doc.places, WEIGHTS)
    assert max(scores, key=scores.get) == next(p.entry.source for p in doc.places if p.entry.name == "Worthington")


def test_a_weights_file_changes_the_score_and_names_only_known_features(gazetteer, tmp_path):
    doc = extract(WORTHINGTON, gazetteer)
    src = {p.entry.name: p.entry.source for p in doc.places}
    path = tmp_path / "incident_weights.tsv"
    path.write_text("# trained\ndateline_alone\t5.0\nlocative\t0.0\n", encoding="utf-8")
    scores = incident_scores(doc.text, doc.sentences, doc.places, load_weights(path))
    assert scores[src["Minneapolis"]] > scores[src["Worthington"]]
    bad = tmp_path / "bad.tsv"
    bad.write_text("nearness\t1.0\n", encoding="utf-8")
    with pytest.raises(ValueError, match="nearness"):
        load_weights(bad)
    assert dict(load_weights(tmp_path / "absent.tsv")) == WEIGHTS


def test_without_a_shipped_weights_file_the_pipeline_uses_the_hand_weights():
    assert not incident.weights_path().exists() or set(load_weights()) <= set(WEIGHTS) | set(EXTRA_FEATURES)
    if not incident.weights_path().exists():
        assert dict(load_weights()) == WEIGHTS


def trainer():
    return load("scripts/train_incident.py")


def test_the_trainer_raises_the_weight_of_a_feature_that_picks_the_right_place():
    t = trainer()
    names = ("locative", "report")
    # three articles where "report" (not "locative") marks the right place
    arts = [{"features": {"a": {"locative": 1.0, "report": 0.0}, "b": {"locative": 0.0, "report": 1.0}},
             "fine": ["a", "b"], "right": [False, True]} for _ in range(3)]
    weak = t.fit(arts, {"locative": 1.0, "report": 0.0}, names, l2=0.02)
    assert weak["report"] > 0.5 and weak["locative"] < 1.0
    # a stronger penalty stays closer to the prior (the hand weights)
    strong = t.fit(arts, {"locative": 1.0, "report": 0.0}, names, l2=2.0)
    assert abs(strong["locative"] - 1.0) < abs(weak["locative"] - 1.0)
    assert 0.0 < strong["report"] < weak["report"]


# eval/incidents/fresh.jsonl, the AP's Guanajuato bar shooting: filed in MEXICO CITY, it happened in a bar
# near Jaral del Progreso (the case as labelled there)
def fresh_cases():
    import json

    cases = [json.loads(line) for line in (ROOT / "eval" / "incidents" / "fresh.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if c["incident"][0]["name"] == "Jaral del Progreso"]


def test_the_batch_loader_marks_the_places_the_fresh_benchmark_counts_as_hits(tmp_path):
    data = load("scripts/train_incident_data.py")
    bench = load("benchmarks/incident_fresh.py")
    (case,) = fresh_cases()
    path = tmp_path / "fresh77.jsonl"
    other = dict(case, url=case["url"] + "#2")
    import json

    path.write_text("\n".join(json.dumps(c) for c in (case, other)) + "\n", encoding="utf-8")
    arts = data.load_fresh([path])
    assert [a["key"] for a in arts] == [case["url"], other["url"]] and {a["group"] for a in arts} == {"fresh77"}
    assert [a["half"] for a in arts] == [bench.half(case), bench.half(other)]
    a = arts[0]
    names = {p.entry.source: p.entry.name for p in a["extracted"].places}
    right = {names[s] for s, r in zip(a["fine"], a["right"]) if r}
    wrong = {names[s] for s, r in zip(a["fine"], a["right"]) if not r}
    assert right == {"Jaral del Progreso"} and wrong == {"Mexico City"}  # the newsroom is ~250 km off
    # the verdict with the hand weights is the benchmark's own on geomap.run's output
    assert data.verdict(a, dict(WEIGHTS)) == bench.score(case, bench.run_features(case["text"]))["right"]


def test_the_verdict_replays_the_pipeline_stages_after_the_score():
    # eval/incidents/fresh5.jsonl, the Kwekwe stadium stampede: "Kwekwe, 213km west of the capital Harare"
    # is a described place (geomap.described_places runs after the roles): re-scoring a doc read past those
    # stages made Harare the incident place; replayed from the relations on, Kwekwe stays it, as in geomap.run
    import json

    data = load("scripts/train_incident_data.py")
    bench = load("benchmarks/incident_fresh.py")
    (case,) = [c for line in (ROOT / "eval" / "incidents" / "fresh5.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip() and (c := json.loads(line))["incident"][0]["name"] == "Kwekwe"]
    a = data.prepare_fresh(case, "fresh5")
    assert bench.score(case, bench.run_features(case["text"]))["right"]
    assert data.verdict(a, dict(WEIGHTS))


def test_a_text_the_pipeline_refuses_is_a_batch_case_no_weights_can_get_right():
    data = load("scripts/train_incident_data.py")
    case = {"url": "https://example.org/x", "country": "NP", "text": "nothing to see here", "containing": [],
            "incident": [{"name": "Dharan", "lat": 26.81, "lon": 87.28}]}
    a = data.prepare_fresh(case, "freshX")
    assert a["fine"] == [] and a["right"] == [] and not data.verdict(a, dict(WEIGHTS))
