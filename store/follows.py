"""Follows, shown figures and the notices outbox: the store side of keeping staff informed (issue 12).

Functions that take a Store, like store/exchange.py. Following and unfollowing are a user's
choices and are audited like every other write. What the bot showed to whom and which notices
it sent are delivery bookkeeping, not store content: they have no audit rows (an answer would
otherwise write one per figure shown).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Iterable

from .db import Store, StoreError, now

SHOWN_DAYS = 90  # how long the bot remembers that it showed a chat a figure
NOTICE_CURSOR = "notices"
# The audit actions on figures that can make a notice (a reopen tells nobody anything new).
NOTICE_ACTIONS = ("add", "verify", "edit", "retract")


def _rows(cur) -> list[dict]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _days_before(stamp: str, days: int) -> str:
    return (dt.datetime.fromisoformat(stamp) - dt.timedelta(days=days)).isoformat(timespec="seconds")


def newest_audit_id(store: Store) -> int:
    """The id of the newest audit row: the store's clock for 'before' and 'after' a change."""
    return store.conn.execute("select coalesce(max(id), 0) from audit").fetchone()[0]


# -- follows ---------------------------------------------------------------------------


def follow(
    store: Store, *, chat_id: int, user_id: int | None, place: str, subjects: Iterable[str] = (),
    statuses: Iterable[str] = (), agency: str | None = None, label: str, actor: str,
) -> tuple[dict, bool]:
    """Follow a place (and optionally what is counted there, and by whom) in a chat.

    Returns the follow and whether it is new; following again what a chat stopped following
    starts it again."""
    store._writable()
    g = store.gazetteer()
    p = g.place(place, fuzzy=False)
    if p is None:
        raise StoreError(f"unknown place {place!r}")
    a = g.agency(agency, fuzzy=False) if agency else None
    if agency and a is None:
        raise StoreError(f"unknown agency {agency!r}")
    key = {"chat_id": int(chat_id), "place_id": p.id, "subjects": " ".join(sorted(set(subjects))), "statuses": " ".join(sorted(set(statuses))), "agency_id": a.id if a else None}
    existing = store.conn.execute(
        "select id, status from follows where chat_id = ? and place_id = ? and subjects = ? and statuses = ? and ifnull(agency_id, 0) = ifnull(?, 0)",
        (key["chat_id"], key["place_id"], key["subjects"], key["statuses"], key["agency_id"]),
    ).fetchone()
    if existing and existing[1] == "active":
        return _follow(store, existing[0]), False
    with store._transaction():
        if existing:
            store.conn.execute(
                "update follows set status = 'active', label = ?, user_id = ?, since_audit_id = ? where id = ?",
                (label, user_id, newest_audit_id(store), existing[0]),
            )
            follow_id = existing[0]
        else:
            row = {**key, "user_id": user_id, "label": label, "status": "active", "created_at": now(), "created_by": actor, "since_audit_id": newest_audit_id(store)}
            follow_id = store.conn.execute(
                f"insert into follows ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values())
            ).lastrowid
        store._audit(actor, "follow", "follow", follow_id, after={**key, "label": label})
    return _follow(store, follow_id), True


def unfollow(store: Store, *, chat_id: int, place: str, actor: str) -> list[dict]:
    """Stop every follow of a chat about a place; returns the follows stopped (none: it followed nothing there)."""
    store._writable()
    p = store.gazetteer().place(place, fuzzy=False)
    if p is None:
        raise StoreError(f"unknown place {place!r}")
    stopped = [f for f in following(store, chat_id) if f["place_id"] == p.id]
    if stopped:
        with store._transaction():
            for f in stopped:
                store.conn.execute("update follows set status = 'stopped' where id = ?", (f["id"],))
                store._audit(actor, "unfollow", "follow", f["id"], before={"status": "active"}, after={"status": "stopped"})
    return stopped


def following(store: Store, chat_id: int) -> list[dict]:
    """A chat's active follows, oldest first."""
    return _with_names(store, _rows(store.conn.execute("select * from follows where chat_id = ? and status = 'active' order by id", (int(chat_id),))))


def follows_about(store: Store, place_ids: Iterable[int]) -> list[dict]:
    """The active follows of these places (a figure's place and the places around it)."""
    ids = sorted(set(place_ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return _with_names(store, _rows(store.conn.execute(f"select * from follows where status = 'active' and place_id in ({marks}) order by id", ids)))


def _follow(store: Store, follow_id: int) -> dict:
    return _with_names(store, _rows(store.conn.execute("select * from follows where id = ?", (follow_id,))))[0]


def _with_names(store: Store, rows: list[dict]) -> list[dict]:
    """Follow rows with their place and agency names and their subjects and statuses as tuples."""
    g = store.gazetteer()
    for r in rows:
        place, agency = g.place_by_id(r["place_id"]), g.agency_by_id(r["agency_id"]) if r["agency_id"] else None
        r["place"] = place.name if place else None
        r["agency"] = agency.name if agency else None
        r["subjects"] = tuple(r["subjects"].split())
        r["statuses"] = tuple(r["statuses"].split())
    return rows


# -- what each chat was shown ----------------------------------------------------------------


def record_shown(store: Store, chat_id: int, figure_ids: Iterable[int]) -> None:
    """Remember that a chat was shown these figures (for corrections). A read-only store forgets."""
    ids = sorted({int(i) for i in figure_ids})
    if not ids or store.readonly:
        return
    stamp = now()
    with store._transaction():
        seen = newest_audit_id(store)
        store.conn.executemany(
            "insert into shown (chat_id, figure_id, first_at, last_at, first_audit_id) values (?, ?, ?, ?, ?) "
            "on conflict (chat_id, figure_id) do update set last_at = excluded.last_at",
            [(int(chat_id), i, stamp, stamp, seen) for i in ids],
        )


def shown_chats(store: Store, figure_id: int, change: dict) -> list[int]:
    """The chats shown a figure before a change (its audit row) and within SHOWN_DAYS of it."""
    rows = store.conn.execute(
        "select chat_id from shown where figure_id = ? and first_audit_id < ? and last_at >= ? order by chat_id",
        (figure_id, change["id"], _days_before(change["at"], SHOWN_DAYS)),
    )
    return [r[0] for r in rows]


# -- the notices outbox --------------------------------------------------------------------


def changes_after_cursor(store: Store, limit: int = 500) -> list[dict]:
    """Audit rows of figures added, verified, edited or retracted since the notices were last queued, oldest first."""
    cursor = store.conn.execute("select audit_id from cursors where name = ?", (NOTICE_CURSOR,)).fetchone()
    after = cursor[0] if cursor else 0
    marks = ",".join("?" * len(NOTICE_ACTIONS))
    rows = _rows(store.conn.execute(
        f"select * from audit where id > ? and entity = 'figure' and action in ({marks}) order by id limit ?",
        (after, *NOTICE_ACTIONS, limit),
    ))
    for row in rows:
        for k in ("before", "after"):
            row[k] = json.loads(row[k]) if row[k] else None
    return rows


def queue_notices(store: Store, notices: Iterable[dict], *, through_audit_id: int) -> int:
    """Queue notices ({chat_id, figure_id, audit_id, kind}) and move the cursor past through_audit_id,
    in one transaction (a restart neither loses nor repeats a change); forget shown rows older than
    SHOWN_DAYS. Returns how many notices are new (a chat is never queued twice for one change)."""
    store._writable()
    stamp = now()
    with store._transaction():
        before = store.conn.total_changes
        store.conn.executemany(
            "insert or ignore into notices (chat_id, figure_id, audit_id, kind, state, created_at) values (?, ?, ?, ?, 'pending', ?)",
            [(n["chat_id"], n["figure_id"], n["audit_id"], n["kind"], stamp) for n in notices],
        )
        added = store.conn.total_changes - before
        store.conn.execute(
            "insert into cursors (name, audit_id) values (?, ?) on conflict (name) do update set audit_id = max(audit_id, excluded.audit_id)",
            (NOTICE_CURSOR, through_audit_id),
        )
        store.conn.execute("delete from shown where last_at < ?", (_days_before(stamp, SHOWN_DAYS),))
    return added


def pending_notices(store: Store) -> dict[int, list[dict]]:
    """Queued notices not yet sent, by chat, oldest first, each with its audit row."""
    rows = _rows(store.conn.execute(
        "select n.*, a.at, a.action, a.before, a.after, a.reason from notices n join audit a on a.id = n.audit_id "
        "where n.state = 'pending' order by n.chat_id, n.id"
    ))
    out: dict[int, list[dict]] = {}
    for r in rows:
        for k in ("before", "after"):
            r[k] = json.loads(r[k]) if r[k] else None
        out.setdefault(r["chat_id"], []).append(r)
    return out


def mark_sent(store: Store, chat_id: int, notices: list[dict]) -> None:
    """Record that Telegram accepted a chat's message with these notices; a new-figure alert
    counts as showing the figure (so a later correction reaches that chat too)."""
    stamp = now()
    with store._transaction():
        store.conn.executemany("update notices set state = 'sent', sent_at = ? where id = ?", [(stamp, n["id"]) for n in notices])
        record_shown(store, chat_id, [n["figure_id"] for n in notices if n["kind"] == "follow"])


def mark_dropped(store: Store, notices: list[dict]) -> None:
    """Give up on notices to a chat that cannot receive them (the bot was blocked or removed)."""
    with store._transaction():
        store.conn.executemany("update notices set state = 'dropped', sent_at = ? where id = ?", [(now(), n["id"]) for n in notices])
