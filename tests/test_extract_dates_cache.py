"""Cached date resolution gives what dateparser gives when asked directly on each base date."""

import datetime as dt
import random

import dateparser
import pytest

from extract.dates import _parse

EXPRESSIONS = [
    ("Tuesday", "weekday"), ("Sunday", "weekday"), ("yesterday", "rel"), ("today", "rel"), ("last week", "rel"),
    ("last month", "month"), ("this month", "month"), ("November", "month"), ("January", "month"),
    ("June 5", "monthday"), ("5 June", "monthday"), ("December 31", "monthday"), ("February 29", "monthday"),
]  # fmt: skip


def direct(expression: str, base: dt.date) -> str | None:
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)}
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed is not None and parsed.date() <= base else None


BASES = [dt.date(2001, 1, 1) + dt.timedelta(days=random.Random(7).randrange(9000) + i * 211) for i in range(25)]


@pytest.mark.parametrize("base", BASES, ids=str)
def test_cached_resolution_matches_dateparser(base):
    for expression, kind in EXPRESSIONS:
        if expression == "February" or (base.month == 1 and base.day >= 29 and kind == "month"):
            continue  # dateparser's own month-end quirk ("February" on January 31 jumps back years)
        assert _parse(expression, base, kind) == direct(expression, base), (expression, base)


def test_absolute_dates_need_no_base():
    assert _parse("June 5, 2017", None, "abs") == "2017-06-05"


MONTHS = "January February March April May June July August September October November December".split()


def test_written_out_dates_read_as_dateparser_reads_them():
    # "June 5, 2017" and "June 5" are read without dateparser (extract/dates.py _written_out);
    # every month with days 0 to 32 in each written form, impossible days ("June 31") included.
    bases = [dt.date(2016, 3, 1), dt.date(2017, 7, 15)]
    for month in MONTHS:
        for day in range(33):
            for expression in (f"{month} {day}, 2016", f"{day} {month} 2017", f"{month} {day} 2015"):
                settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
                want = dateparser.parse(expression, languages=["en"], settings=settings)
                assert _parse(expression, None, "abs") == (want.date().isoformat() if want else None), expression
            if not 1 <= day <= 31:
                continue  # dateparser reads "January 32" as January 1932: the cache on a canonical base does not
            for expression in (f"{month} {day}", f"{day} {month}"):
                for base in bases:
                    assert _parse(expression, base, "monthday") == direct(expression, base), (expression, base)
