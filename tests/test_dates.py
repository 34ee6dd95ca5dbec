"""Relative dates anchored on the publication date (issue 15), and a page's metadata in its caption."""
import datetime as dt
import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from geomap.caption import caption_for
from geomap.cli import cli
from geomap.dates import WEEKDAYS, incident_date, resolve_relative

PAGE = "tests/data/pages/nypost-kerman.html"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), st.sampled_from(WEEKDAYS))
def test_a_weekday_is_the_last_such_day_on_or_before_publication(published, weekday):
    day = resolve_relative(f"on {weekday.title()}", published)
    assert day.weekday() == WEEKDAYS.index(weekday)
    assert 0 <= (published - day).days <= 6


def test_yesterday_and_last_night():
    assert resolve_relative("yesterday", dt.date(2024, 1, 1)) == dt.date(2023, 12, 31)
    assert resolve_relative("last night", dt.date(2024, 3, 1)) == dt.date(2024, 2, 29)


def test_no_publication_date_no_guess():
    assert incident_date("Bombs went off on Wednesday.", None) is None
    assert incident_date("Bombs went off on Wednesday.", "Wednesday") is None
    assert incident_date("Bombs went off in Kerman.", "2024-01-03") is None


def test_a_page_dates_its_incident_and_captions_with_its_metadata(tmp_path):
    res = CliRunner().invoke(cli, ["extract", PAGE, "-q"])
    assert res.exit_code == 0, res.output
    fc = json.loads(res.stdout)
    when = fc["geomap"]["article"]["incident_date"]
    assert when["published"] == "2024-01-03" and when["date"] == "2024-01-03"
    CliRunner().invoke(cli, ["extract", PAGE, "-q", "--save-text", str(tmp_path / "t.txt")])
    saved = (tmp_path / "t.txt").read_text(encoding="utf-8")
    assert saved[when["start"]:when["end"]] == when["text"]
    caption = caption_for(fc, saved)
    assert caption.title == fc["geomap"]["article"]["title"]
    assert caption.source == "New York Post" and caption.date == "3 January 2024"
