"""From the audit trail to the messages that keep staff informed: new figures for followers, corrections
for the chats that were shown a figure an admin then retracted or edited.

Changes are read from the audit trail, not from handler hooks, so a figure verified in the chat, added
from the shell (`impactbot add`) or retracted by `impactbot retract` is told all the same. Two steps:
`queue` turns new audit rows into notices in the store's outbox (with the cursor, in one transaction),
`messages` words each chat's pending notices as one message. The bot sends it and marks the notices
sent only then, so nothing is lost on a restart and nobody is told twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from store import Store, vocab
from store import follows as F

from . import honesty
from .history import as_of, changes
from .parse import Query
from .reply import PART_LIMIT, Bold, Line, build, citation, short, statement, telegram_length
from .respond import _best_line, _source_line

MAX_REASON = 300


@dataclass
class ChatMessage:
    """One chat's message: its HTML, and the notices it carries (marked sent once it is sent)."""

    chat_id: int
    html: str
    notices: list[dict]


def follow_query(follow: dict) -> Query:
    """A follow as the question it was: a follow of people counts children and women too."""
    subjects = list(follow["subjects"])
    for s in follow["subjects"]:
        subjects += sorted(vocab.narrower_subjects(s) - set(subjects))
    return Query(subjects=tuple(subjects), statuses=tuple(follow["statuses"]), place=follow["place"], agency=follow["agency"])


def followers(store: Store, fig: dict, change: dict) -> list[int]:
    """The chats with a follow made before a change (its audit row) that the figure answers (its place or a place around it)."""
    g = store.gazetteer()
    place = g.place(fig["location"], fuzzy=False) if fig.get("location") else None
    if place is None:
        return []
    chats = {f["chat_id"] for f in F.follows_about(store, [place.id, *g.ancestors(place.id)])
             if f["since_audit_id"] < change["id"] and honesty.answers(follow_query(f), fig, g)}
    return sorted(chats)


def _tells_followers(fig: dict) -> bool:
    """Figures entered by hand or imported count at once; extracted ones once an admin verified them."""
    return fig["review"] == "verified" or (fig["review"] == "auto" and fig["origin"] != "extracted")


def _corrects(row: dict, store: Store) -> bool:
    """A retraction, or an edit of what the figure says (a note alone corrects nothing)."""
    return row["action"] == "retract" or bool(changes(row.get("before"), row.get("after"), store.gazetteer()))


def queue(store: Store, limit: int = 500) -> int:
    """Turn the audit rows since the last run into notices; returns how many are new."""
    rows = F.changes_after_cursor(store, limit)
    if not rows:
        return 0
    figs = {f["id"]: f for f in store.figures_by_ids(sorted({r["entity_id"] for r in rows}))}
    notices: list[dict] = []
    for row in rows:
        fig = figs.get(row["entity_id"])
        if fig is None:
            continue
        # Corrections first: a chat both shown the figure and following it is corrected, not re-alerted.
        if row["action"] in ("edit", "retract") and _corrects(row, store):
            notices += [{"chat_id": c, "figure_id": fig["id"], "audit_id": row["id"], "kind": "correction"} for c in F.shown_chats(store, fig["id"], row)]
        if row["action"] in ("add", "verify") and _tells_followers(fig):
            notices += [{"chat_id": c, "figure_id": fig["id"], "audit_id": row["id"], "kind": "follow"} for c in followers(store, fig, row)]
    return F.queue_notices(store, notices, through_audit_id=rows[-1]["id"])


# -- wording ----------------------------------------------------------------------------------


def alert_lines(fig: dict) -> list[Line]:
    """A new figure on what a chat follows, worded as an answer gives it."""
    return [[Bold("New figure"), f" (#{fig['id']}) on what you follow:"], _best_line(fig, None), _source_line(fig)]


def correction_lines(fig: dict, notice: dict, store: Store) -> list[Line]:
    """Correction: the figure as shown, what changed, and the admin's reason."""
    g = store.gazetteer()
    shown = as_of(fig, notice.get("before"), g)
    agency = short(shown.get("agency"), 80) or "unattributed"
    if notice["action"] == "retract":
        change = "has been retracted"
    else:
        change = "has been corrected: " + "; ".join(changes(notice.get("before"), notice.get("after"), g))
    lines: list[Line] = [[Bold("Correction:"), " ", *statement(shown, None), f" — {agency} (#{fig['id']}, ", *citation(fig["article"]), f"), which I showed you, {change}."]]
    if notice.get("reason"):
        lines.append([f"Reason: {short(notice['reason'], MAX_REASON)}"])
    return lines


def messages(store: Store) -> list[ChatMessage]:
    """Each chat's pending notices as one message (what does not fit waits for the next run).

    A new-figure alert whose figure was retracted before it could be sent is dropped, not sent."""
    out = []
    for chat_id, notices in F.pending_notices(store).items():
        figs = {f["id"]: f for f in store.figures_by_ids(sorted({n["figure_id"] for n in notices}))}
        stale = [n for n in notices if n["kind"] == "follow" and figs[n["figure_id"]]["review"] == "retracted"]
        if stale:
            F.mark_dropped(store, stale)
        blocks: list[str] = []
        taken: list[dict] = []
        for n in notices:
            fig = figs[n["figure_id"]]
            if n in stale:
                continue
            block = build(alert_lines(fig) if n["kind"] == "follow" else correction_lines(fig, n, store)).html
            if blocks and telegram_length("\n\n".join([*blocks, block])) > PART_LIMIT:
                break
            blocks.append(block)
            taken.append(n)
        if blocks:
            out.append(ChatMessage(chat_id, "\n\n".join(blocks), taken))
    return out
