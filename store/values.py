"""StoreError and the checks and conversions every write of the store shares.

Its own module so that `store/db.py` and the modules of its mixins (articles,
figures, review, names, admins) import them without importing each other.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from . import vocab


class StoreError(Exception):
    """A one-line, user-facing reason why the store refused something."""


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))


_STAMPS = ("created_at", "created_by", "updated_at", "updated_by")


def creation_record(row: dict) -> str:
    """The audit `after` of a new row: its values without nulls or stamps (the audit row has who and when).

    The audit table is most of a large store, so creations are kept compact;
    edits keep full before/after rows, so every state stays recoverable.
    """
    return _json({k: v for k, v in row.items() if v is not None and k not in _STAMPS})


def parse_date(value: Any, field: str = "date") -> str | None:
    """An ISO date string (YYYY-MM-DD) or None; anything else is refused."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise StoreError(f"{field} must be a date as YYYY-MM-DD, got {str(value)[:40]!r}") from None


def _int_or_none(value: Any, field: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise StoreError(f"{field} must be a whole number, got {value!r}")
    try:
        number = int(str(value).replace(",", "").strip()) if not isinstance(value, int) else value
    except ValueError:
        raise StoreError(f"{field} must be a whole number, got {str(value)[:40]!r}") from None
    if number < 0:
        raise StoreError(f"{field} cannot be negative ({number})")
    if number > vocab.MAX_VALUE:
        raise StoreError(f"{field} {number:,} is not a plausible count (over {vocab.MAX_VALUE:,})")
    return number


def _opt_text(value: Any, field: str, limit: int = 5000) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if "\x00" in value:
        raise StoreError(f"{field} holds binary data")
    if len(value) > limit:
        raise StoreError(f"{field} is too long ({len(value):,} characters; the limit is {limit:,})")
    return value or None


def _clean_name(name: Any, what: str) -> str:
    name = _opt_text(name, what, limit=200)
    if not name:
        raise StoreError(f"the {what} name is empty")
    return name


def _user_id(value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise StoreError(f"a Telegram user id is a number, got {str(value)[:40]!r}") from None


def _where(conditions: dict[str, Any]) -> tuple[str, list]:
    """`" where a = ? and b > ?"` and its parameters, for the conditions whose value is not None."""
    used = {sql: value for sql, value in conditions.items() if value is not None}
    return (" where " + " and ".join(used) if used else ""), list(used.values())
