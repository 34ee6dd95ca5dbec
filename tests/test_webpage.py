"""Saved web pages as articles: main text and metadata in, boilerplate out (issue #15).

The pages in tests/data/pages wrap real article text (their sources are in
each file's comment) in made-up navigation, cookie banners, "most read" boxes
and footers that name places which must never reach the map.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.errors import InputError
from geomap.sources import read_report
from geomap.webpage import page_from_html

PAGES = Path(__file__).parent / "data" / "pages"
NYPOST = PAGES / "nypost-kerman.html"
ANF = PAGES / "anf-kerman-no-metadata.html"
BOILERPLATE_PLACES = {"London", "Tokyo", "Bangladesh", "Chicago", "Shinjuku", "Berlin", "Manchester"}


def _extract(*args) -> tuple[int, dict, str]:
    res = CliRunner().invoke(cli, ["extract", *map(str, args)])
    return res.exit_code, (json.loads(res.stdout) if res.exit_code == 0 else {}), res.stderr


@pytest.mark.parametrize("page", [NYPOST, ANF], ids=["with-metadata", "without-metadata"])
def test_boilerplate_places_never_reach_the_output(page):
    code, fc, err = _extract(page)
    assert code == 0, err
    names = {f["properties"]["name"] for f in fc["features"]}
    mentions = {m for f in fc["features"] for m in f["properties"].get("mentions", [])}
    assert "Kerman" in names
    assert not (names | mentions) & BOILERPLATE_PLACES
    # the place names of the boilerplate are in the page, so it is the extraction that left them out
    raw = page.read_text(encoding="utf-8")
    assert all(p in raw for p in BOILERPLATE_PLACES if p in ("London", "Bangladesh"))


def test_page_metadata_goes_into_the_article_member():
    code, fc, err = _extract(NYPOST)
    assert code == 0, err
    article = fc["geomap"]["article"]
    assert article["title"] == "More than 100 killed in blasts at Soleimani memorial in Iran"
    assert article["site"] == "New York Post"
    assert article["author"] == "Social Desk"
    assert article["date"] == "2024-01-03"
    assert article["url"] == "https://nypost.example/2024/01/03/news/iran-blasts-soleimani-memorial/"
    assert article["format"] == "html"
    import hashlib

    assert article["file_sha256"] == hashlib.sha256(NYPOST.read_bytes()).hexdigest()


def test_page_without_metadata_says_none():
    code, fc, err = _extract(ANF)
    assert code == 0, err
    article = fc["geomap"]["article"]
    assert [article[k] for k in ("title", "site", "author", "date", "url")] == [None] * 5


def test_offsets_index_the_saved_extracted_text(tmp_path):
    saved = tmp_path / "text.txt"
    code, fc, err = _extract(NYPOST, "--save-text", saved)
    assert code == 0, err
    text = saved.read_text(encoding="utf-8")
    assert "<" not in text and "cookies" not in text.lower()
    import hashlib

    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == fc["geomap"]["article"]["sha256"]
    evidence = [ev for f in fc["features"] for ev in f["properties"]["evidence"]]
    assert evidence
    for ev in evidence:
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_map_of_a_page_has_its_title(tmp_path):
    out = tmp_path / "map.html"
    res = CliRunner().invoke(cli, ["map", str(NYPOST), "-o", str(out), "--tiles", "none", "-q"])
    assert res.exit_code == 0, res.stderr
    assert "<title>geomap: More than 100 killed in blasts at Soleimani memorial in Iran</title>" in \
        out.read_text(encoding="utf-8")


def test_html_is_recognised_by_its_first_tag_on_stdin():
    res = CliRunner().invoke(cli, ["extract", "-"], input=NYPOST.read_bytes())
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["geomap"]["article"]["site"] == "New York Post"


def test_page_with_no_article_text_is_exit_3(tmp_path):
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav><a href='/'>Home</a> <a href='/l'>London</a></nav></body></html>",
                    encoding="utf-8")
    code, _, err = _extract(page)
    assert code == 3
    assert err.startswith("Error: ") and "no article text" in err and err.count("\n") == 1


def test_missing_trafilatura_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    with pytest.raises(InputError, match=r"pip install 'geomap\[web\]'"):
        page_from_html(b"<html><body><p>Kerman</p></body></html>")
    code, _, err = _extract(NYPOST)
    assert code == 3 and "geomap[web]" in err


def test_text_files_stay_text():
    report = read_report(str(Path(__file__).resolve().parent.parent / "seeds" / "kerman-2024-01-03.txt"))
    assert report.metadata == {} and "format" not in report.info
    assert report.info["newlines"] == "as in the file"


def test_page_scripts_and_styles_are_not_text():
    html = (b"<html><head><script>var place = 'Tokyo';</script><style>.x{}</style></head><body><article>"
            b"<p>Two bombs went off in Kerman, Iran, on Wednesday, killing dozens of people at a memorial.</p>"
            b"<p>Officials said the blasts happened on the road to the cemetery in the east of the city.</p>"
            b"</article></body></html>")
    page = page_from_html(html)
    assert "Kerman" in page.text and "Tokyo" not in page.text and "var place" not in page.text
