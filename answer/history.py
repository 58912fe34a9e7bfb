"""A figure's history for staff, from the audit trail: added, verified, edited, retracted, and why.

Also the words for one change ("value about 40,000 → 42,000"), which corrections reuse. Admins
have /audit with who did what; staff see what happened to the figure, not who did it.
"""

from __future__ import annotations

from store import Store
from store.gazetteer import Gazetteer

from .reply import Answer, Bold, Line, amount, build, citation, short, statement

MAX_REASON = 300
MAX_ROWS = 200

ADDED = {"manual": "added by hand", "import": "imported", "extracted": "extracted from an article"}
STATES = {"auto": "awaiting review", "verified": "verified", "retracted": "retracted"}
# Figure fields whose change is a correction, in the order they are told (amount first).
_NAMED_FIELDS = (("subject", "subject"), ("status", "status"), ("place_id", "place"), ("agency_id", "agency"), ("person", "person"), ("refers_to", "date it refers to"))
_AMOUNT_FIELDS = ("value", "low", "high", "qualifier")


def as_of(fig: dict, row: dict | None, g: Gazetteer) -> dict:
    """The figure as a stored figures row (an audit `before` or `after`) had it."""
    if not row:
        return fig
    place = g.place_by_id(row.get("place_id"))
    agency = g.agency_by_id(row.get("agency_id"))
    old = {k: row.get(k) for k in (*_AMOUNT_FIELDS, "subject", "status", "person", "refers_to", "review", "note") if k in row}
    return {**fig, **old, "location": place.name if place else None, "agency": agency.name if agency else None}


def changes(before: dict | None, after: dict | None, g: Gazetteer) -> list[str]:
    """What an edit changed, in words: "value about 40,000 → 42,000", "place Raqqa → Jazra"."""
    if not before or not after:
        return []
    out = []
    if any(before.get(k) != after.get(k) for k in _AMOUNT_FIELDS):
        out.append(f"value {amount(before)} → {amount(after)}")
    for field, label in _NAMED_FIELDS:
        if before.get(field) != after.get(field):
            out.append(f"{label} {_name(field, before.get(field), g)} → {_name(field, after.get(field), g)}")
    return out


def _name(field: str, value, g: Gazetteer) -> str:
    if value is None:
        return "none"
    if field == "place_id":
        entity = g.place_by_id(value)
    elif field == "agency_id":
        entity = g.agency_by_id(value)
    else:
        return short(str(value).replace("_", " "), 80)
    return short(entity.name, 80) if entity else "unknown"


def when(stamp: str) -> str:
    """2026-12-02T11:30:05+00:00 -> 2026-12-02 11:30 UTC"""
    return f"{stamp[:10]} {stamp[11:16]} UTC" if len(stamp) >= 16 else stamp


def event(row: dict, g: Gazetteer) -> str:
    """One audit row of a figure, in words (no actor)."""
    action, after = row["action"], row.get("after") or {}
    reason = f": {short(row['reason'], MAX_REASON)}" if row.get("reason") else ""
    if action == "add":
        return f"{ADDED.get(after.get('origin'), 'added')} ({STATES.get(after.get('review'), after.get('review') or 'stored')})"
    if action == "verify":
        return "verified"
    if action == "retract":
        return f"retracted{reason}"
    if action == "reopen":
        return "reopened for review"
    if action == "edit":
        what = changes(row.get("before"), after, g)
        return "edited" + (f" ({'; '.join(what)})" if what else " (note only)") + reason
    return action + reason


def figure_history(store: Store, figure_id: int) -> Answer:
    """Where a figure came from and every state it went through, oldest first."""
    fig = store.figure(figure_id)  # StoreError "no figure #ID" for an unknown id
    g = store.gazetteer()
    rows = list(reversed(store.audit(entity="figure", entity_id=figure_id, limit=MAX_ROWS)))
    agency = short(fig.get("agency"), 80) or "unattributed"
    lines: list[Line] = [
        [Bold(f"History of #{fig['id']}"), ": ", *statement(fig, None), f" — {agency}"],
        ["Article: ", *citation(fig["article"])],
        [f"Now: {STATES.get(fig['review'], fig['review'])}."],
    ]
    lines += [[f"• {when(r['at'])} — {event(r, g)}"] for r in rows]
    return build(lines, figures=[fig], none=False, kind="history")
