"""The date a figure refers to: "on Tuesday", "Thursday night", "last November", "June 5, 2017".

Relative expressions are resolved against the article's published date with
dateparser. dateparser is slow (milliseconds a call), so expressions are found
with one precompiled regex, normalised, and each (expression, published date)
pair is parsed once.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from . import tokens

# Dates and years, as numbers that count nothing ("Date of publication 27 October 2016", "Dec. 3, 2023").
_MONTH_ABBREVIATED = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_NUMBERS = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH_ABBREVIATED}(?:\s+\d{{4}})?\b|\b{_MONTH_ABBREVIATED}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\b"
    r"|\b(?:19|20)\d{2}\b"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = re.compile(
    rf"\b(?=[A-Z\dloteyd])(?:(?P<abs>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b"
    rf"|\b(?P<monthday>{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b(?!,?\s+\d{{4}})"
    rf"|\b(?:(?P<lastmonth>last)\s+)?(?P<month>{_MONTH})(?!\s+\d)\b"
    rf"|\b(?:(?:on|last|this|late|early)\s+)?(?P<weekday>{_WEEKDAY})(?:['’]s)?"
    rf"(?:\s+(?:night|morning|afternoon|evening))?\b"
    r"|\b(?P<rel>yesterday|today|last\s+night|overnight|last\s+week|this\s+week|last\s+month|this\s+month)\b)"
)
tokens.register(
    tokens.DATE,
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday on last this late early yesterday today overnight",
    case_insensitive=False,
)
# A date after "since" or "between" starts or bounds a period: not the day the figure is about.
_PERIOD = re.compile(r"\b(?:since|between|from|until|till|and)\s*$", re.I)


def _parse(expression: str, base: dt.date | None, kind: str = "abs") -> str | None:
    """The ISO date an expression means, written on base (None: no base needed).

    dateparser costs milliseconds a call, and every article has its own base
    date, so the parse is cached on a canonical base that shares what the
    expression depends on, then moved to the real base: the weekday for
    "Tuesday" or "yesterday", the month for "November", the month and day for
    "June 5". An absolute date needs no base at all.
    """
    if kind == "monthday" and _leap_day(expression):
        kind = "direct"  # February 29 reaches back to the last leap year: no canonical base for that
    if base is None or kind in ("abs", "direct"):
        parsed = (kind == "abs" and _written_out(expression)) or _parse_on(expression, base if kind == "direct" else None)
        return parsed.isoformat() if parsed and (base is None or parsed <= base) else None
    if kind == "monthday":
        # "June 5" is the last June 5 on or before the base: this year's, or last year's.
        day = _written_out(expression) or _parse_on(expression, _MONDAY)
        if day is None:
            return None
        year = base.year if (day.month, day.day) <= (base.month, base.day) else base.year - 1
        return day.replace(year=year).isoformat()
    if kind in ("weekday", "rel"):
        canonical = _MONDAY + dt.timedelta(days=base.weekday())
    else:  # month: "November", "last month" resolve to the first of a month, whatever the day
        canonical = dt.date(_LEAP, base.month, 15)
    parsed = _parse_on(expression, canonical)
    if parsed is None:
        return None
    if kind in ("weekday", "rel"):
        resolved = base + (parsed - canonical)
    else:
        resolved = parsed.replace(year=base.year + parsed.year - canonical.year)
    return resolved.isoformat() if resolved <= base else None


_MONDAY = dt.date(2001, 1, 1)  # a Monday: weekday expressions are parsed on the same weekday
_LEAP = 2004  # a leap year, so that February 29 has a canonical base


def _leap_day(expression: str) -> bool:
    parsed = _written_out(expression) or _parse_on(expression, _MONDAY)
    return parsed is not None and (parsed.month, parsed.day) == (2, 29)


_MONTHS = {name: i for i, name in enumerate(_MONTH[3:-1].split("|"), 1)}
# What DATE's abs and monthday groups match, ordinal suffixes already dropped by _normalise.
_WRITTEN_OUT = re.compile(
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))(?:,?\s+(?P<year>\d{{4}}))?"
)


def _written_out(expression: str) -> dt.date | None:
    """"June 5, 2017", "5 June 2017", "June 5" (in a leap year, so that February 29 exists) read
    directly: dateparser costs about 10 ms for each new string and they are mostly new. None when
    the expression is not one of these or is no date ("June 31"): dateparser then has its say.
    Only the month and day of a date without a year are used (see _parse)."""
    m = _WRITTEN_OUT.fullmatch(expression)
    if m is None:
        return None
    try:
        return dt.date(
            int(m["year"] or _LEAP), _MONTHS[m["month"] or m["month2"]], int(m["day"] or m["day2"])
        )
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse_on(expression: str, base: dt.date | None) -> dt.date | None:
    import dateparser  # imported on first use: it is slow to import

    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def _normalise(m: re.Match) -> tuple[str, str]:
    """(expression for dateparser, its kind: abs, monthday, month, weekday or rel)."""
    if m.group("abs"):
        return re.sub(r"(\d)(?:st|nd|rd|th)", r"\1", m.group("abs")), "abs"
    if m.group("monthday"):
        return m.group("monthday"), "monthday"
    if m.group("month"):
        return m.group("month"), "month"
    if m.group("weekday"):
        return m.group("weekday"), "weekday"
    rel = " ".join(m.group("rel").lower().split())
    if rel.endswith("month"):
        return rel, "month"  # "last month" depends on the month, not the weekday
    return {"last night": "yesterday", "overnight": "yesterday"}.get(rel, rel), "rel"


def find_dates(
    text: str, published: dt.date | None, start: int = 0, end: int | None = None, starts: list[int] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) for every date expression in text[start:end] that resolves.

    `starts`: where a date may begin (tokens.triggers(text).dates), computed once per article.
    """
    out = []
    if starts is None:
        starts = tokens.triggers(text).dates
    for m in tokens.matches(DATE, text, starts, start, end):
        if _PERIOD.search(text, max(0, m.start() - 10), m.start()):
            continue
        expression, kind = _normalise(m)
        relative = kind != "abs"
        if relative and published is None:
            continue
        iso = _parse(expression, published if relative else None, kind)
        if iso:
            out.append((m.start(), m.end(), iso))
    return out


def date_for(dates: list[tuple[int, int, str]], clause: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The date in the figure's clause, else the first one in its sentence."""
    for s, e, iso in dates:
        if clause[0] <= s < clause[1]:
            return iso
    for s, e, iso in dates:
        if sentence[0] <= s < sentence[1]:
            return iso
    return None
