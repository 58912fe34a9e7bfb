"""One sentence staff can paste into a report:

According to UNICEF, about 40,000 children are trapped in Raqqa (“Heavy US-led strikes…”, AFP, 9 June 2017, https://…).
"""

from __future__ import annotations

import datetime as dt

from .reply import STATUS_WORDS, agency_name, amount, short, what, where, MAX_NAME, MAX_TITLE

# How each status reads after its subject in a sentence; the rest are "are <STATUS_WORDS>".
# Events that happened read in the past ("were killed"); states in the present ("are trapped").
_PAST = frozenset({"killed", "injured", "casualties", "launched", "detained"})
_VERBS = {"fled": "fled", "returned": "returned", "remaining": "remain"}
_VERBS_ONE = {"remaining": "remains"}


def _verb(status: str, one: bool) -> str:
    if status in _VERBS:
        return (_VERBS_ONE if one else _VERBS).get(status, _VERBS[status])
    be = ("was" if one else "were") if status in _PAST else ("is" if one else "are")
    return f"{be} {STATUS_WORDS.get(status, status.replace('_', ' '))}"


def long_date(iso: str | None) -> str | None:
    """2017-06-09 -> 9 June 2017 (as written in reports)."""
    if not iso:
        return None
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return short(iso, 20)
    return f"{d.day} {d:%B %Y}"


def sentence(fig: dict) -> str:
    """The figure as one citable sentence, with its agency and its article's title, outlet, date and link."""
    one = fig.get("value") == 1 and fig.get("qualifier") == "exact"
    noun = what(fig["subject"], None, one=one)
    claim = f"{amount(fig)} {noun} {_verb(fig['status'], one)} {where(fig, None)}".replace(" (place not stated)", "")
    art = fig.get("article") or {}
    title = short(art.get("title"), MAX_TITLE)
    parts = [f"“{title}”" if title else None, short(art.get("outlet"), MAX_TITLE) or None, long_date(art.get("published") or fig.get("refers_to")), art.get("url")]
    source = ", ".join(p for p in parts if p)
    agency = agency_name(fig)
    text = f"According to {agency}, {claim}" if agency else f"{claim[:1].upper()}{claim[1:]}, according to a report that names no source"
    return f"{text} ({source})." if source else f"{text}."
