"""Dates a figure refers to, resolved against the published date."""

import datetime as dt

import pytest

from extract import extract_figures
from extract.dates import find_dates
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def test_weekday_resolves_to_the_past_week(g):
    f = extract_figures("Shelling killed 8 people on Tuesday.", gazetteer=g, published=dt.date(2021, 3, 12))
    assert f[0]["refers_to"] == "2021-03-09"


def test_weekday_with_time_of_day(g):
    f = extract_figures("On Thursday night, 14 civilians were killed.", gazetteer=g, published=dt.date(2021, 3, 13))
    assert f[0]["refers_to"] == "2021-03-11"


def test_last_month_name(g):
    dates = find_dates("The offensive began last November.", dt.date(2017, 6, 10))
    assert [d[2] for d in dates] == ["2016-11-01"]


def test_absolute_date_needs_no_published_date(g):
    f = extract_figures("On June 5, 2017, 21 civilians were killed.", gazetteer=g)
    assert f[0]["refers_to"] == "2017-06-05"


def test_relative_date_without_published_is_none(g):
    f = extract_figures("Shelling killed 8 people on Tuesday.", gazetteer=g)
    assert f[0]["refers_to"] is None


def test_no_date_gives_none(g):
    f = extract_figures("About 300 families were displaced.", gazetteer=g, published=dt.date(2021, 3, 12))
    assert f[0]["refers_to"] is None
