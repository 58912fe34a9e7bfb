"""Admins, refused commands, the audit trail's reads, backup and stats: what the store keeps
about who may do what, and what an admin runs to look after it.

`AdminsMixin` is part of `Store` (store/db.py); the audit rows themselves are written by
`Store._audit`, in the transaction of each write.
"""

from __future__ import annotations

import json
import os
import sqlite3

from .values import StoreError, _user_id, _where, now


class AdminsMixin:
    """Methods of `Store` for admins and upkeep; they use its connection, `_transaction` and `_audit`."""

    # -- the audit trail -------------------------------------------------------------

    def audit(self, *, entity: str | None = None, entity_id: int | None = None, limit: int = 100) -> list[dict]:
        """Audit rows, newest first, optionally for one entity."""
        where, params = _where({"entity = ?": entity or None, "entity_id = ?": entity_id})
        rows = self.db.execute(f"select * from audit{where} order by id desc limit ?", params + [limit])
        cols = [c[0] for c in rows.description]
        out = []
        for r in rows.fetchall():
            row = dict(zip(cols, r))
            for k in ("before", "after"):
                row[k] = json.loads(row[k]) if row[k] else None
            out.append(row)
        return out

    # -- admins ----------------------------------------------------------------------

    def add_admin(self, user_id: int, *, actor: str, name: str | None = None) -> None:
        self._writable()
        user_id = _user_id(user_id)
        before = self.db["admins"].get(user_id) if self._admin_row(user_id) else None
        row = {"user_id": user_id, "name": name, "active": 1, "added_at": now(), "added_by": actor}
        with self._transaction():
            self.db["admins"].upsert(row, pk="user_id")
            self._audit(actor, "add", "admin", user_id, before=before, after=row)

    def remove_admin(self, user_id: int, *, actor: str) -> bool:
        self._writable()
        user_id = _user_id(user_id)
        before = self._admin_row(user_id)
        if not before or not before["active"]:
            return False
        with self._transaction():
            self.db["admins"].update(user_id, {"active": 0})
            self._audit(actor, "remove", "admin", user_id, before=before, after={**before, "active": 0})
        return True

    def _admin_row(self, user_id: int) -> dict | None:
        cur = self.conn.execute("select * from admins where user_id = ?", (user_id,))
        row = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], row)) if row else None

    def is_admin(self, user_id: int) -> bool:
        row = self._admin_row(user_id)
        return bool(row and row["active"])

    def admins(self) -> list[dict]:
        return [dict(r) for r in self.db["admins"].rows_where("active = 1", order_by="user_id")]

    def record_refusal(self, actor: str, action: str, detail: str | None = None) -> None:
        """Audit an attempt that was refused (a non-admin trying an admin command)."""
        if self.readonly:
            return
        with self._transaction():
            self._audit(actor, "refused", "command", None, after={"attempt": action}, reason=detail)

    # -- upkeep ----------------------------------------------------------------------

    def backup(self, target: str | os.PathLike) -> str:
        """Copy the store to target with SQLite's online backup (safe while in use)."""
        target = str(target)
        if os.path.abspath(target) == os.path.abspath(self.path):
            raise StoreError("the backup file cannot be the store itself")
        try:
            os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
            dest = sqlite3.connect(target)
            with dest:
                self.conn.backup(dest)
            dest.close()
        except (sqlite3.Error, OSError) as e:
            raise StoreError(f"backup to {target} failed: {e}") from None
        return target

    def stats(self) -> dict:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        reviews = dict(self.conn.execute("select review, count(*) from figures group by review").fetchall())
        return {
            "figures": q("select count(*) from figures"),
            "facts": q("select count(distinct fact_id) from figures where review != 'retracted'"),
            "auto": reviews.get("auto", 0),
            "verified": reviews.get("verified", 0),
            "retracted": reviews.get("retracted", 0),
            "articles": q("select count(*) from articles"),
            "duplicates": q("select count(*) from articles where duplicate_of is not null"),
            "places": q("select count(*) from places"),
            "agencies": q("select count(*) from agencies"),
            "admins": q("select count(*) from admins where active = 1"),
            "audit_rows": q("select count(*) from audit"),
        }
