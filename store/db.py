"""The store: one API for every read and write of sourced figures.

Every write records an audit row (who, when, what, before, after) in the same
transaction, and nothing is deleted: a retraction is a review state, an edit
keeps the old values in the audit trail.

`Store` is composed of one mixin per concern, each in its own module:
`articles.py` (ingest, near-duplicates, citations), `figures.py` (validation,
the one write path of figures with their fact ids, reads), `review.py` (edits,
verify, retract), `names.py` (places, agencies, aliases, the gazetteer) and
`admins.py` (admins, refusals, audit reads, backup, stats). This module opens
the file and holds what every write shares: the transaction and the audit row.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from typing import Iterator

from sqlite_utils import Database

from . import schema
from .admins import AdminsMixin
from .articles import (  # noqa: F401  (importable from store.db, as before the split)
    ARTICLE_FIELDS,
    DUPLICATE_SIMILARITY,
    MAX_ARTICLE_CHARS,
    SKETCH_SIZE,
    ArticlesMixin,
    IngestResult,
    check_article_text,
    content_hash,
    sketch,
    sketch_similarity,
)
from .figures import FIGURE_FIELDS, FiguresMixin  # noqa: F401
from .gazetteer import Gazetteer
from .names import NamesMixin
from .review import EDITABLE_FIELDS, ReviewMixin  # noqa: F401
from .values import StoreError, _json, creation_record, now, parse_date  # noqa: F401

# How long a write waits for another process's write to finish before giving up.
BUSY_SECONDS = 30.0

_AUDIT_SQL = "insert into audit (at, actor, action, entity, entity_id, before, after, reason) values (?,?,?,?,?,?,?,?)"


class Store(ArticlesMixin, FiguresMixin, ReviewMixin, NamesMixin, AdminsMixin):
    """A SQLite file of articles, figures, places, agencies, admins and the audit trail."""

    def __init__(self, db: Database, path: str, readonly: bool = False) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self._gazetteer: Gazetteer | None = None

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True) -> "Store":
        """Open (and migrate) the store at path, with WAL and foreign keys on."""
        path = str(path)
        exists = os.path.exists(path)
        if exists and os.path.isdir(path):
            raise StoreError(f"{path} is a folder, not a store file")
        if not exists and not create:
            raise StoreError(f"no store at {path}")
        if not exists:
            parent = os.path.dirname(os.path.abspath(path))
            try:
                os.makedirs(parent, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the folder for {path}: {e.strerror}") from None
        # No write bit at all counts as read-only even for root, who passes os.access.
        readonly = exists and (not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222)
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
            # Another process writing waits its turn rather than failing at once (bot, CLI, imports).
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("select count(*) from sqlite_master").fetchone()
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as e:
            if "not a database" in str(e) or "malformed" in str(e):
                raise StoreError(f"{path} is not an ImpactBot store (not a SQLite database)") from None
            raise StoreError(f"cannot open {path}: {e}") from None
        db = Database(conn)
        store = cls(db, path, readonly)
        try:
            if schema.pending(db):
                if readonly:
                    raise StoreError(f"{path} is read-only and needs upgrading; make it writable once")
                # One process migrates; another opening the store at the same moment waits, then finds it done.
                conn.execute("BEGIN IMMEDIATE")
                try:
                    if schema.pending(db):
                        schema.apply(db)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot set up the store at {path}: {e}") from None
        return store

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """A write transaction; on failure forget the in-memory gazetteer, which may hold rolled-back names.

        It begins IMMEDIATE: the write lock is taken at the start (waiting up to BUSY_SECONDS for another
        process to finish), so two writers never both read and then collide on commit. Nested calls
        are savepoints.
        """
        if self.conn.in_transaction:
            try:
                with self.db.atomic():
                    yield
            except BaseException:
                self._gazetteer = None
                raise
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(f"the store is busy ({e}); nothing was changed, try again") from None
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._gazetteer = None
            raise

    def close(self) -> None:
        self.db.conn.close()

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"the store {self.path} is read-only; nothing was changed")

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    # -- audit ---------------------------------------------------------------------

    def _audit(self, actor: str, action: str, entity: str, entity_id: int | None, before=None, after=None, reason=None) -> None:
        self.conn.execute(_AUDIT_SQL, (now(), actor, action, entity, entity_id, _json(before), _json(after), reason))

    def _audit_added(self, actor: str, entity: str, rows: list[tuple[str, int, str]]) -> None:
        """The audit rows of many new rows in one statement, each `(at, id, after as JSON)`."""
        self.conn.executemany(_AUDIT_SQL, [(at, actor, "add", entity, entity_id, None, after, None) for at, entity_id, after in rows])
