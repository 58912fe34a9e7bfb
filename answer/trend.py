"""Questions about change over time ("children trapped in Raqqa over time", "trend", "since January"):
each source's figures by the date they refer to (else their article's date), for a chart.

`ask` is the question entry point of the chat, the terminal and `impactbot ask`: a trend question
gets a `TrendAnswer` (a caption citing every point's agency and article, and the chart), any other
question the usual answer. The chart itself is drawn by answer/chart.py, which imports matplotlib:
only when a chart is drawn.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, replace

from store import Store
from store.gazetteer import normalize

from . import honesty, match
from . import words as W
from .parse import Query, clean_text, parse_question
from .reply import Answer, Bold, Line, amount, build, citation, counted, short, split_parts, what
from .respond import ask as plain_ask
from .when import time_range

MAX_POINTS = 200  # figures read for one chart
MIN_POINTS = 2  # fewer dated figures than this make no trend

_TREND = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(W.TREND_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@dataclass
class Point:
    date: str  # ISO date: the day the figure refers to, else its article's date
    value: int | None
    low: int | None
    high: int | None
    figure: dict


@dataclass
class Trend:
    """What a chart shows: a title (place and metric) and one series of points per source."""

    title: str
    series: dict[str, list[Point]]

    def png(self) -> bytes:
        from .chart import render_png  # matplotlib loads here, never for a plain answer

        return render_png(self)


@dataclass
class TrendAnswer(Answer):
    chart: Trend | None = None


def write_chart(result: Answer, path: str | None = None) -> str | None:
    """Write a trend answer's chart as PNG (to path, else a new file in the temp folder); returns
    where, or None for an answer without a chart (the terminal chat and `impactbot ask`)."""
    chart = getattr(result, "chart", None)
    if chart is None:
        return None
    data = chart.png()
    if path is None:
        fd, path = tempfile.mkstemp(prefix="impactbot-trend-", suffix=".png")
        os.close(fd)
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def is_trend(question: str) -> bool:
    """Does the question ask how a figure changed over time?"""
    text = clean_text(question)
    if _TREND.search(text):
        return True
    if "since" not in text.lower():
        return False  # only "since ..." asks for a trend by its time alone (and dateparser is slow)
    when = time_range(text)
    if when is None or not text.lower()[when[1][0]:].startswith("since"):
        return False
    folded = normalize(text)
    return not any(folded == o or folded.startswith(o + " ") for o in W.COUNT_OPENERS)


def ask(store: Store, question: str, context: Query | None = None) -> Answer:
    """A trend question answered with a chart and its caption; any other question as `respond.ask` does."""
    if not is_trend(question):
        return plain_ask(store, question, context)
    asked = " ".join(_TREND.sub(" ", clean_text(question)).split())
    q = parse_question(asked, store.gazetteer(), context)
    hits = match.find(store, q) if q.kind not in ("help", "greeting", "sources") else []
    trend, figs, undated = series(store, q, hits[0]) if hits else (None, [], 0)
    points = sum(len(p) for p in trend.series.values()) if trend else 0
    if trend is None or points < MIN_POINTS:
        return _too_few(store, asked, context)
    lines: list[Line] = [[Bold(trend.title), " over time, each source's figures by date:"]]
    for agency, p in sorted(((a, p) for a, pts in trend.series.items() for p in pts), key=lambda ap: (ap[1].date, ap[0])):
        lines.append([f"• {p.date} — ", Bold(amount(p.figure)), f" — {short(agency, 80)} (", *citation(p.figure["article"]), ")"])
    if undated:
        lines.append([f"Not on the chart: {counted(undated, 'figure')} with no date."])
    answer = build(lines, figures=figs, none=False, context=q, kind="trend")
    return TrendAnswer(**vars(answer), chart=trend)


def series(store: Store, q: Query, top: match.Hit) -> tuple[Trend, list[dict], int]:
    """Every figure on the best hit's subject, status and place that answers q, by source and date;
    with the figures and how many had no date."""
    g = store.gazetteer()
    place = g.place_by_id(top.place_id)
    name = place.name if place else None
    found = store.figures(place=name, subject=top.subject, status=top.status, within=False, limit=MAX_POINTS)
    found = [f for f in found if f.get("location") == name and honesty.answers(q, f, g)]
    by_agency: dict[str, list[Point]] = {}
    figs, undated, seen = [], 0, set()
    for f in found:
        date = f.get("refers_to") or f["article"].get("published")
        if not date:
            undated += 1
            continue
        agency = f.get("agency") or "unattributed"
        key = (agency, date, f["value"], f["low"], f["high"])
        if key in seen:  # the same figure repeated by another article: one point
            continue
        seen.add(key)
        by_agency.setdefault(agency, []).append(Point(date[:10], f["value"], f["low"], f["high"], f))
        figs.append(f)
    for pts in by_agency.values():
        pts.sort(key=lambda p: p.date)
    title = what(top.subject, top.status)
    title = title[:1].upper() + title[1:] + (f" in {short(place.name, 80)}" if place else "")
    return Trend(title, dict(sorted(by_agency.items()))), figs, undated


def _too_few(store: Store, asked: str, context: Query | None) -> Answer:
    """Fewer than two dated figures: say so, then answer the question as usual."""
    plain = plain_ask(store, asked, context)
    if plain.none:
        return plain
    note = "I have too few dated figures on this to show a trend; here is what I have:"
    return replace(plain, text=f"{note}\n{plain.text}", html=f"{note}\n{plain.html}", html_parts=split_parts([note, *plain.html.split("\n")]))
