"""The honesty rule, in one place: which figures a reply may give as the answer to a question.

A reply may state a number only from a figure that answers the question as asked (its subject, its
status and its place, within the asked time and from the asked source or one of its members), or
under a first line that says it is the closest figure and what differs. `respond` asks `answers()`
before it words a reply; `problems()` checks a finished reply (the property test runs it over
generated questions).
"""

from __future__ import annotations

import re

from store.gazetteer import Gazetteer

from .parse import Query
from .when import in_range

# Statuses and subjects reported interchangeably: no caveat between them.
SAME_STATUS = (frozenset({"present", "deployed"}),)
FORCES = frozenset({"troops", "soldiers", "personnel"})
CLOSEST = "the closest I have"


def subject_answers(q: Query, subject: str) -> bool:
    if not q.subjects or subject in q.subjects:
        return True
    return subject in FORCES and set(q.subjects) <= FORCES


def status_answers(q: Query, status: str) -> bool:
    if not q.statuses or status in q.statuses:
        return True
    return any({status, asked} <= same for asked in q.statuses for same in SAME_STATUS)


def place_answers(q: Query, location: str | None, g: Gazetteer) -> bool:
    """In the place asked, or in another place the question names ("ukraine poland border")."""
    if not q.place:
        return True
    got = g.place(location, fuzzy=False) if location else None
    for name in (q.place, *q.also_places):
        asked = g.place(name, fuzzy=False)
        if asked is not None and got is not None and (got.id == asked.id or g.within(got.id, asked.id)):
            return True
    return False


def agency_answers(q: Query, agency: str | None, g: Gazetteer) -> bool:
    if not q.agency:
        return True
    asked, got = g.agency(q.agency, fuzzy=False), g.agency(agency, fuzzy=False) if agency else None
    return asked is not None and got is not None and got.id in g.agency_members(asked.id)


def answers(q: Query, fig: dict, g: Gazetteer) -> bool:
    """Does this figure answer the question as asked?"""
    date = fig.get("refers_to") or (fig.get("article") or {}).get("published")
    return (
        subject_answers(q, fig["subject"]) and status_answers(q, fig["status"]) and place_answers(q, fig.get("location"), g)
        and agency_answers(q, fig.get("agency"), g) and in_range(date, q.time, reported=not fig.get("refers_to"))
    )


_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.,])\d+(?![\w,])")


def problems(q: Query, text: str, figures: list[dict], none: bool, g: Gazetteer) -> list[str]:
    """What breaks the rule in a finished reply (empty when it is honest)."""
    out = []
    values = {v for f in figures for v in (f.get("value"), f.get("low"), f.get("high")) if v is not None}
    for title in {(f.get("article") or {}).get("title") or "" for f in figures} | {c.get("title") or "" for f in figures for c in f.get("citations") or []}:
        text = text.replace(title, " ")  # numbers in a cited title are the title's
    for m in _NUMBER.finditer(_DATE.sub(" ", text)):
        n = int(m.group(0).replace(",", ""))
        if n not in values:
            out.append(f"the number {m.group(0)} comes from no figure the reply cites")
    if none and figures:
        out.append("a no-answer cites figures")
    first = text.split("\n", 1)[0]
    if figures and CLOSEST not in first:
        for f in figures:
            if not answers(q, f, g):
                out.append(f"figure {f.get('id')} ({f['subject']} {f['status']} in {f.get('location')}) does not answer the question and no first line says so")
    return out
