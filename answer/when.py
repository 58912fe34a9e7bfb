"""Time in questions: "in 2016", "in the first half of 2018", "since October", "last week", "on Monday".

A question's time becomes a range of dates, "YYYY-MM-DD/YYYY-MM-DD", that a figure's date (the day
it refers to, else its article's) must fall in. Relative expressions count back from today. Month
and day names are read by dateparser, imported only when a question holds one.
"""

from __future__ import annotations

import datetime as dt
import re

from store.vocab import MONTH_NAMES, PLACE_KIND_WORDS, WEEKDAY_NAMES

_MONTHS = [m.lower() for m in MONTH_NAMES] + "jan feb mar apr jun jul aug sep sept oct nov dec".split()
_MONTH = r"(?:" + "|".join(_MONTHS) + r")"
_WEEKDAY = r"(?:" + "|".join(d.lower() for d in WEEKDAY_NAMES) + r")"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_PLACE_KINDS = "|".join(sorted(PLACE_KIND_WORDS))

_PATTERNS = [
    # A war named by its years: "the 1992-93 conflict in Abkhazia" is still counted decades on (its missing, its dead
    # identified), so any report since it began answers
    ("war", re.compile(rf"\b(?P<year>{_YEAR})(?:\s*[-–]\s*(?:\d\d|{_YEAR}))?\s+(?:armed\s+|civil\s+)?(?:conflict|war)\b")),
    ("half", re.compile(rf"\b(?:in\s+)?(?:the\s+)?(?P<which>first|second|1st|2nd)\s+half\s+(?:of\s+)?(?P<year>{_YEAR})\b")),
    ("since", re.compile(rf"\bsince\s+(?P<what>(?:{_MONTH}\s+)?(?:\d{{1,2}}\s+)?(?:{_MONTH}\s*)?(?:{_YEAR})?|{_WEEKDAY})\b")),
    ("last", re.compile(r"\b(?:in\s+the\s+)?(?:last|past)\s+(?:(?P<n>\d+|few|two|three)\s+)?(?P<unit>day|days|week|weeks|month|months|year|years|yrs?|24\s*(?:hours|hrs?|h)|hours|hrs?)\b")),
    ("this", re.compile(r"\bthis\s+(?P<unit>week|month|year)\b")),
    # A weekday after "on" or "last" ("killed on Monday"); alone it may only name the event ("monday shelling").
    ("day", re.compile(rf"\b(?:(?:on|last)\s+(?P<what>{_WEEKDAY})|(?P<what2>yesterday|today))\b")),
    # A month after "in", "during" or before a year: "may" and "march" are words too.
    # (not a place named like one: "people still in Jan District", "in May Province")
    ("month", re.compile(rf"\b(?:(?:in|during)\s+(?P<what>{_MONTH})(?:\s+(?P<year>{_YEAR}))?|(?P<what2>{_MONTH})\s+(?P<year2>{_YEAR}))\b"
                         rf"(?!\s+(?:{_PLACE_KINDS})\b)")),
    ("year", re.compile(rf"\b(?P<year>{_YEAR})\b")),
]
_NUMBER_WORDS = {"few": 3, "two": 2, "three": 3}


def time_range(text: str, today: dt.date | None = None) -> tuple[str, tuple[int, int]] | None:
    """The date range a question names, as "start/end", with the span of text that names it."""
    low = text.lower()
    today = today or dt.date.today()
    for kind, pattern in _PATTERNS:
        m = pattern.search(low)
        if m is None or (kind == "since" and not m.group("what").strip()):
            continue
        found = _range(kind, m, today)
        if found is not None:
            start, end = found
            return f"{start.isoformat()}/{end.isoformat()}", m.span()
    return None


def _range(kind: str, m: re.Match, today: dt.date) -> tuple[dt.date, dt.date] | None:
    if kind == "year":
        y = int(m.group("year"))
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if kind == "war":
        return dt.date(int(m.group("year")), 1, 1), today
    if kind == "half":
        y = int(m.group("year"))
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if m.group("which") in ("first", "1st") else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if kind == "last":
        n = m.group("n")
        n = int(n) if n and n.isdigit() else _NUMBER_WORDS.get(n or "", 1)
        unit = re.sub(r"^24\s*", "", m.group("unit")).rstrip("s")
        unit = {"yr": "year", "hr": "hour", "h": "hour"}.get(unit, unit)
        days = {"day": 1, "hour": 1, "week": 7, "month": 31, "year": 366}[unit] * (1 if unit == "hour" else n)
        return today - dt.timedelta(days=days), today
    if kind == "this":
        unit = m.group("unit")
        start = {"week": today - dt.timedelta(days=today.weekday()), "month": today.replace(day=1), "year": today.replace(month=1, day=1)}[unit]
        return start, today
    if kind == "month" and m.group("what2"):
        what, year = m.group("what2"), m.group("year2")
    elif kind == "day" and m.group("what2"):
        what, year = m.group("what2"), None
    else:
        what, year = m.group("what"), m.groupdict().get("year")
    if re.fullmatch(_YEAR, what.strip()):
        what = _parse(f"1 January {what.strip()}", today)  # "since 2015": from its first day
    else:
        what = _parse(what, today)
    if what is None:
        return None
    if kind == "since":
        return what, today
    if kind == "day":
        return what, what
    # a month: the whole of it
    year = int(year) if year else what.year
    start = dt.date(year, what.month, 1)
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return start, end


def _parse(expression: str, today: dt.date) -> dt.date | None:
    import dateparser  # imported on first use: it is slow to import

    base = dt.datetime.combine(today, dt.time(12))
    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def counts_back_from(time: str | None, today: dt.date | None = None) -> bool:
    """Is this a window that ends today ("last month", "past 24 hours", "since October")?"""
    return bool(time) and "/" in time and time.split("/")[1] >= (today or dt.date.today()).isoformat()


REPORTING_LAG_DAYS = 7


def in_range(date: str | None, time: str | None, *, reported: bool = False) -> bool:
    """Does a figure's date fall in the asked time? A figure of unknown date may. `reported`: the date is
    its article's, which may come a few days after the month or year it tells of."""
    if not time or not date:
        return True
    if "/" not in time:
        return date.startswith(time)  # a bare year, as older contexts hold it
    start, end = time.split("/")
    if start <= date[:10] <= end:
        return True
    if not reported:
        return False
    try:
        first, last, day = dt.date.fromisoformat(start), dt.date.fromisoformat(end), dt.date.fromisoformat(date[:10])
    except ValueError:
        return False
    # "st lucia floods dec 2013" answered by a report issued on 3 January 2014: a month's or a year's
    # events are reported in the days after it ends (the reply gives the article's date; an event the text
    # dates itself is taken as dated)
    return (last - first).days >= 27 and last < day <= last + dt.timedelta(days=REPORTING_LAG_DAYS)
