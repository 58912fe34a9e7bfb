"""The store: one API for every read and write of sourced figures.

Every write records an audit row (who, when, what, before, after) in the same
transaction, and nothing is deleted: a retraction is a review state, an edit
keeps the old values in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlite_utils import Database

from . import schema, vocab
from .gazetteer import Gazetteer, normalize


# How long a write waits for another process's write to finish before giving up.
BUSY_SECONDS = 30.0


class StoreError(Exception):
    """A one-line, user-facing reason why the store refused something."""


FIGURE_FIELDS = (
    "value",
    "low",
    "high",
    "qualifier",
    "subject",
    "status",
    "kind",
    "location",
    "agency",
    "person",
    "refers_to",
    "quote",
    "quote_start",
    "quote_end",
    "note",
)
EDITABLE_FIELDS = ("value", "low", "high", "qualifier", "subject", "status", "location", "agency", "person", "refers_to", "note")
ARTICLE_FIELDS = ("id", "title", "outlet", "url", "published", "duplicate_of")

MAX_ARTICLE_CHARS = 1_000_000
SKETCH_SIZE = 64
DUPLICATE_SIMILARITY = 0.7


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


# -- near-duplicate detection ----------------------------------------------------

_WORDS = re.compile(r"\w+")


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(_WORDS.findall(text.casefold())).encode()).hexdigest()


def sketch(text: str, k: int = SKETCH_SIZE) -> list[int]:
    """Bottom-k MinHash of the article's 5-word shingles (stable across runs)."""
    words = _WORDS.findall(text.casefold())
    if len(words) < 5:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    return sorted({zlib.crc32(s.encode()) for s in shingles})[:k]


def sketch_similarity(a: list[int], b: list[int], k: int = SKETCH_SIZE) -> float:
    """Estimated Jaccard similarity of two bottom-k sketches."""
    union = sorted(set(a) | set(b))[:k]
    if not union:
        return 0.0
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


@dataclass
class IngestResult:
    article: dict
    figures: list[dict]
    duplicate_of: int | None


class Store:
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

    # -- audit -------------------------------------------------------------------

    def _audit(self, actor: str, action: str, entity: str, entity_id: int | None, before=None, after=None, reason=None) -> None:
        self.conn.execute(
            "insert into audit (at, actor, action, entity, entity_id, before, after, reason) values (?,?,?,?,?,?,?,?)",
            (now(), actor, action, entity, entity_id, _json(before), _json(after), reason),
        )

    def audit(self, *, entity: str | None = None, entity_id: int | None = None, limit: int = 100) -> list[dict]:
        """Audit rows, newest first, optionally for one entity."""
        where, params = [], []
        if entity:
            where.append("entity = ?")
            params.append(entity)
        if entity_id is not None:
            where.append("entity_id = ?")
            params.append(entity_id)
        sql = "select * from audit" + (" where " + " and ".join(where) if where else "") + " order by id desc limit ?"
        rows = self.db.execute(sql, params + [limit])
        cols = [c[0] for c in rows.description]
        out = []
        for r in rows.fetchall():
            row = dict(zip(cols, r))
            for k in ("before", "after"):
                row[k] = json.loads(row[k]) if row[k] else None
            out.append(row)
        return out

    # -- gazetteer ---------------------------------------------------------------

    def refresh_names(self) -> None:
        """Forget the cached gazetteer: another connection (a worker thread, another process) may
        have learned places or sources; it is rebuilt on next use."""
        self._gazetteer = None

    def gazetteer(self) -> Gazetteer:
        """The places and agencies of this store with their aliases (cached)."""
        if self._gazetteer is None:
            places = [dict(r) for r in self.db["places"].rows]
            agencies = [dict(r) for r in self.db["agencies"].rows]
            place_aliases = [(r[0], r[1]) for r in self.conn.execute("select alias, place_id from place_aliases order by id")]
            agency_aliases = [(r[0], r[1]) for r in self.conn.execute("select alias, agency_id from agency_aliases order by id")]
            for a in agencies:
                if a.get("full_name"):
                    agency_aliases.append((a["full_name"], a["id"]))
            self._gazetteer = Gazetteer(places, place_aliases, agencies, agency_aliases)
        return self._gazetteer

    def _place_id(self, name: str | None, *, create: bool, actor: str, within: str | None = None) -> int | None:
        """The id of a named place; with `create`, a place no table knows is learned (marked for
        review, inside `within`, the country the article is about, when known)."""
        if not name:
            return None
        entity = self.gazetteer().place(name, fuzzy=False)
        if entity is not None:
            return entity.id
        if not create:
            raise StoreError(f"unknown place {name!r}; add it with an alias or as a new place first")
        parent = within if within and self.gazetteer().place(within, fuzzy=False) else None
        return self.add_place(name, kind="area", parent=parent, actor=actor, review="auto")

    def _agency_id(self, name: str | None, *, create: bool, actor: str) -> int | None:
        if not name or normalize(name) in ("unattributed", "none", "null"):
            return None
        entity = self.gazetteer().agency(name, fuzzy=False)
        if entity is not None:
            return entity.id
        if not create:
            raise StoreError(f"unknown agency {name!r}; add it with an alias or as a new agency first")
        return self.add_agency(name, kind="other", actor=actor, review="auto")

    _NAME_COLUMNS = {
        "place": ("places", ("id", "name", "kind", "parent_id", "pcode")),
        "agency": ("agencies", ("id", "name", "kind", "full_name", "parent_id")),
    }

    def _stored_meanwhile(self, family: str, name: str, review: str | None) -> int | None:
        """The id of a name another process stored since this one's gazetteer was built (which then
        learns it), inside the write transaction; None when it is new. Only a name learned from an
        article (review 'auto') may reuse it: an admin adding an existing name is told so."""
        table, columns = self._NAME_COLUMNS[family]
        row = self.conn.execute(f"select {', '.join(columns)} from {table} where name = ?", (name,)).fetchone()
        if row is None:
            return None
        g = self.gazetteer()
        (g.add_place if family == "place" else g.add_agency)(dict(zip(columns, row)))
        if review != "auto":
            raise StoreError(f"{family} {name!r} already exists")
        return row[0]

    def add_place(
        self, name: str, *, kind: str = "area", parent: str | None = None, pcode: str | None = None, actor: str,
        review: str | None = None,
    ) -> int:
        """A new place (kind city, district...) inside an optional parent place; `review` 'auto'
        marks a place learned from an article, for an admin to confirm or merge."""
        self._writable()
        name = _clean_name(name, "place")
        if self.gazetteer().place(name, fuzzy=False):
            raise StoreError(f"place {name!r} already exists")
        parent_id = self._place_id(parent, create=False, actor=actor) if parent else None
        with self._transaction():
            known = self._stored_meanwhile("place", name, review)
            if known is not None:
                return known
            pid = self.conn.execute(
                "insert into places (name, kind, parent_id, pcode, created_by, review) values (?,?,?,?,?,?)",
                (name, kind, parent_id, pcode, actor, review),
            ).lastrowid
            self._audit(actor, "add", "place", pid, after={"name": name, "kind": kind, "parent": parent, "pcode": pcode, "review": review})
            self.gazetteer().add_place({"id": pid, "name": name, "kind": kind, "parent_id": parent_id, "pcode": pcode})
        return pid

    def add_agency(
        self, name: str, *, kind: str = "other", full_name: str | None = None, actor: str, review: str | None = None,
        parent: str | None = None,
    ) -> int:
        """A new agency that figures can be attributed to; `review` 'auto' marks one learned from an article."""
        self._writable()
        name = _clean_name(name, "agency")
        if self.gazetteer().agency(name, fuzzy=False):
            raise StoreError(f"agency {name!r} already exists")
        parent_id = self._agency_id(parent, create=False, actor=actor) if parent else None
        with self._transaction():
            known = self._stored_meanwhile("agency", name, review)
            if known is not None:
                return known
            aid = self.conn.execute(
                "insert into agencies (name, kind, full_name, created_by, review, parent_id) values (?,?,?,?,?,?)",
                (name, kind, full_name, actor, review, parent_id),
            ).lastrowid
            self._audit(actor, "add", "agency", aid, after={"name": name, "kind": kind, "full_name": full_name, "review": review, "parent": parent})
            self.gazetteer().add_agency({"id": aid, "name": name, "kind": kind, "full_name": full_name, "parent_id": parent_id})
        return aid

    def set_agency_parent(self, name: str, parent: str | None, *, actor: str) -> dict:
        """Put an agency under another ("OCHA" under "UN"), or under none; questions naming the
        parent are answered by its members. Refuses a cycle."""
        self._writable()
        aid = self._agency_id(name, create=False, actor=actor)
        if aid is None:
            raise StoreError("name an agency")
        pid = self._agency_id(parent, create=False, actor=actor) if parent else None
        g = self.gazetteer()
        if pid is not None and (pid == aid or pid in g.agency_members(aid)):
            raise StoreError(f"{parent} is {name} itself or one of its members: an agency cannot be under its own member")
        before = g.agency_by_id(aid).parent_id
        with self._transaction():
            self.conn.execute("update agencies set parent_id = ? where id = ?", (pid, aid))
            self._audit(actor, "parent", "agency", aid, before={"parent_id": before}, after={"parent_id": pid})
            g.set_agency_parent(aid, pid)
        return {"agency": g.agency_by_id(aid).name, "parent": g.agency_by_id(pid).name if pid else None}

    def learned_names(self) -> list[dict]:
        """Places and agencies learned from articles and not yet reviewed, newest first."""
        rows = []
        for family, table in (("place", "places"), ("agency", "agencies")):
            for r in self.conn.execute(f"select id, name, created_by from {table} where review = 'auto' order by id desc"):
                rows.append({"family": family, "id": r[0], "name": r[1], "created_by": r[2]})
        return rows

    def add_alias(self, family: str, canonical: str, alias: str, *, actor: str) -> dict:
        """Teach the store another name for a place or an agency (`family` is place or agency)."""
        self._writable()
        if family not in ("place", "agency"):
            raise StoreError("alias is for a place or an agency")
        alias = _clean_name(alias, "alias")
        g = self.gazetteer()
        target = g.place(canonical, fuzzy=False) if family == "place" else g.agency(canonical, fuzzy=False)
        if target is None:
            raise StoreError(f"unknown {family} {canonical!r}")
        existing = g.place(alias, fuzzy=False) if family == "place" else g.agency(alias, fuzzy=False)
        if existing is not None and existing.id != target.id and normalize(existing.name) == normalize(alias):
            raise StoreError(f"{alias!r} is already the name of another {family}, {existing.name}")
        table = "place_aliases" if family == "place" else "agency_aliases"
        key = "place_id" if family == "place" else "agency_id"
        if self.conn.execute(f"select 1 from {table} where norm = ? and {key} = ?", (normalize(alias), target.id)).fetchone():
            return {"family": family, "name": target.name, "alias": alias, "new": False}
        with self._transaction():
            row_id = self.db[table].insert({key: target.id, "alias": alias, "norm": normalize(alias), "created_by": actor}).last_pk
            self._audit(actor, "alias", family, target.id, after={"alias": alias, "alias_id": row_id, "name": target.name})
            g.add_alias(family, target.id, alias)
        return {"family": family, "name": target.name, "alias": alias, "new": True}

    # -- articles ----------------------------------------------------------------

    def find_duplicate(self, text: str) -> int | None:
        """The id of a stored article this text repeats (exactly or almost), if any."""
        row = self.conn.execute(
            "select id, duplicate_of from articles where content_hash = ? order by id limit 1", (content_hash(text),)
        ).fetchone()
        if row:
            return row[1] or row[0]
        mine = sketch(text)
        if not mine:
            return None
        marks = ",".join("?" * len(mine))
        candidates = self.conn.execute(
            f"select article_id, count(*) c from article_sketch where h in ({marks}) group by article_id "
            f"having c >= ? order by c desc limit 5",
            mine + [max(2, len(mine) // 4)],
        ).fetchall()
        for article_id, _ in candidates:
            theirs = [r[0] for r in self.conn.execute("select h from article_sketch where article_id = ?", (article_id,))]
            if sketch_similarity(mine, theirs) >= DUPLICATE_SIMILARITY:
                return article_id
        return None

    def _insert_article(self, text: str | None, meta: dict, actor: str, duplicate_of: int | None) -> int:
        row = {
            "title": _opt_text(meta.get("title"), "title"),
            "outlet": _opt_text(meta.get("outlet"), "outlet"),
            "url": _opt_text(meta.get("url"), "url"),
            "published": parse_date(meta.get("published"), "published"),
            "received": now(),
            "text": text,
            "content_hash": content_hash(text) if text else None,
            "duplicate_of": duplicate_of,
            "created_by": actor,
        }
        # Plain SQL on the ingest path: sqlite-utils' generic insert costs more than the write itself.
        article_id = self.conn.execute(f"insert into articles ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values())).lastrowid
        if text and duplicate_of is None:
            self.conn.executemany("insert into article_sketch (article_id, h) values (?, ?)", [(article_id, h) for h in sketch(text)])
        self._audit(actor, "add", "article", article_id, after={k: row[k] for k in ("title", "outlet", "url", "published", "duplicate_of", "content_hash")})
        return article_id

    def ingest(
        self,
        text: str,
        figures: Iterable[dict] | None,
        *,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: Any = None,
        actor: str,
        duplicate_of: int | None = None,
    ) -> IngestResult:
        """Store an article and its extracted figures in one transaction.

        A duplicate article (pass `duplicate_of`, see find_duplicate) is
        recorded as such and adds no figures.
        """
        self._writable()
        text = check_article_text(text)
        meta = {"title": title, "outlet": outlet, "url": url, "published": published}
        with self._transaction():
            article_id = self._insert_article(text, meta, actor, duplicate_of)
            rows = []
            if duplicate_of is None:
                rows = [self._figure_row_for(fig, article_id, text=text, origin="extracted", review="auto", actor=actor, create_names=True) for fig in figures or ()]
            ids = self._write_figures(rows, actor)
        return IngestResult(self.article(article_id), self.figures_by_ids(ids), duplicate_of)

    def article(self, article_id: int) -> dict:
        row = self.conn.execute(
            "select id, title, outlet, url, published, duplicate_of from articles where id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article #{article_id}")
        return dict(zip(ARTICLE_FIELDS, row))

    def article_text(self, article_id: int) -> str | None:
        row = self.conn.execute("select text from articles where id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def articles(self, limit: int = 1000) -> list[dict]:
        rows = self.conn.execute(
            "select id, title, outlet, url, published, duplicate_of from articles order by id desc limit ?", (limit,)
        ).fetchall()
        return [dict(zip(ARTICLE_FIELDS, r)) for r in rows]

    def find_or_add_citation(self, citation: dict, *, actor: str) -> int:
        """An article row for a hand-entered or imported figure: by url, else title+outlet+date."""
        title, outlet, url = citation.get("title"), citation.get("outlet"), citation.get("url")
        published = parse_date(citation.get("published"), "published")
        if not (title or outlet or url):
            raise StoreError("a figure needs its article: give at least a title, an outlet or a url")
        if url:
            row = self.conn.execute("select id from articles where url = ? order by id limit 1", (url,)).fetchone()
        else:
            row = self.conn.execute(
                "select id from articles where title is ? and outlet is ? and published is ? and duplicate_of is null order by id limit 1",
                (title, outlet, published),
            ).fetchone()
        if row:
            return row[0]
        return self._insert_article(None, {"title": title, "outlet": outlet, "url": url, "published": published}, actor, None)

    # -- figures -----------------------------------------------------------------

    def validate(self, fig: dict) -> dict:
        """Check a figure's fields against the vocabulary; returns the cleaned values."""
        clean: dict[str, Any] = {}
        for k in ("value", "low", "high", "quote_start", "quote_end"):
            clean[k] = _int_or_none(fig.get(k), k)
        qualifier = fig.get("qualifier") or "exact"
        if qualifier not in vocab.QUALIFIERS:
            raise StoreError(f"unknown qualifier {qualifier!r}; one of: {', '.join(vocab.QUALIFIERS)}")
        if qualifier == "range" and clean["value"] is None and clean["low"] is not None:
            clean["value"] = clean["low"]  # FORMAT.md writes a range with a null value; the store keeps its low end
        if qualifier == "vague":
            if clean["low"] is None and clean["high"] is None:
                raise StoreError("a vague figure needs low and high bounds (e.g. hundreds: low=200 high=999)")
        elif clean["value"] is None:
            raise StoreError("a figure needs a value (or qualifier=vague with low and high)")
        if clean["low"] is not None and clean["high"] is not None and clean["low"] > clean["high"]:
            raise StoreError(f"low {clean['low']:,} is above high {clean['high']:,}")
        subject, status = fig.get("subject"), fig.get("status")
        if subject not in vocab.SUBJECTS:
            raise StoreError(f"unknown subject {subject!r}; one of: {', '.join(vocab.SUBJECTS)}")
        if status not in vocab.STATUSES:
            raise StoreError(f"unknown status {status!r}; one of: {', '.join(vocab.STATUSES)}")
        kind = fig.get("kind") or vocab.kind_for(subject, status)
        if kind not in vocab.KINDS:
            raise StoreError(f"unknown kind {kind!r}; one of: {', '.join(vocab.KINDS)}")
        clean.update(qualifier=qualifier, subject=subject, status=status, kind=kind)
        clean["refers_to"] = parse_date(fig.get("refers_to"), "refers_to")
        for k in ("person", "quote", "note", "location", "agency"):
            clean[k] = _opt_text(fig.get(k), k)
        return clean

    def _insert_figure(self, fig: dict, article_id: int, *, text: str | None, origin: str, review: str, actor: str, create_names: bool) -> int:
        row = self._figure_row_for(fig, article_id, text=text, origin=origin, review=review, actor=actor, create_names=create_names)
        return self._write_figures([row], actor)[0]

    def _figure_row_for(self, fig: dict, article_id: int, *, text: str | None, origin: str, review: str, actor: str, create_names: bool) -> dict:
        """A checked figures row (no id or fact yet): vocabulary, quote span, place and agency ids."""
        clean = self.validate(fig)
        if clean["quote"] is not None and text is not None:
            s, e = clean["quote_start"], clean["quote_end"]
            if s is None or e is None or text[s:e] != clean["quote"]:
                found = text.find(clean["quote"])
                if found < 0:
                    raise StoreError("the quote is not in the article text")
                clean["quote_start"], clean["quote_end"] = found, found + len(clean["quote"])
        place_id = self._place_id(clean.pop("location"), create=create_names, actor=actor, within=fig.get("location_in"))
        agency_id = self._agency_id(clean.pop("agency"), create=create_names, actor=actor)
        stamp = now()
        return {
            **clean,
            "article_id": article_id,
            "place_id": place_id,
            "agency_id": agency_id,
            "origin": origin,
            "review": review,
            "created_at": stamp,
            "created_by": actor,
            "updated_at": stamp,
            "updated_by": actor,
        }

    def _write_figures(self, rows: list[dict], actor: str) -> list[int]:
        """Insert checked rows with their fact ids and audit rows, in a few statements; returns their ids.

        Ids are taken up front (a write transaction has one writer), so a new
        fact is its own first figure without an update that would re-index its
        quote; a fact repeated within the same batch is found without a query.
        """
        if not rows:
            return []
        first = self.conn.execute("select coalesce(max(id), 0) + 1 from figures").fetchone()[0]
        seen: dict[tuple, int] = {}
        out = []
        for i, row in enumerate(rows):
            key = _fact_key(row)
            fact = seen.get(key) or self._fact_for(row)
            row = {"id": first + i, **row, "fact_id": fact or first + i}
            if row["review"] != "retracted":
                seen.setdefault(key, row["fact_id"])
            out.append(row)
        columns = list(out[0])
        self.conn.executemany(f"insert into figures ({', '.join(columns)}) values ({', '.join('?' * len(columns))})", [[r[c] for c in columns] for r in out])
        self.conn.executemany(
            "insert into audit (at, actor, action, entity, entity_id, before, after, reason) values (?,?,?,?,?,?,?,?)",
            [(r["created_at"], actor, "add", "figure", r["id"], None, creation_record(r), None) for r in out],
        )
        return [r["id"] for r in out]

    def _fact_for(self, row: dict, exclude: int | None = None) -> int | None:
        """The fact an identical figure (value, subject, status, place, agency) already states."""
        hit = self.conn.execute(
            "select fact_id from figures where status = ? and subject = ? and place_id is ? and agency_id is ? "
            "and value is ? and low is ? and high is ? and review != 'retracted' and id is not ? order by id limit 1",
            (row["status"], row["subject"], row["place_id"], row["agency_id"], row["value"], row["low"], row["high"], exclude),
        ).fetchone()
        return hit[0] if hit else None

    def add_figure(self, fig: dict, *, citation: dict | None = None, article_id: int | None = None, actor: str, origin: str = "manual", review: str | None = None) -> dict:
        """One figure entered by hand (or imported), cited to an article."""
        self._writable()
        if origin not in vocab.ORIGINS:
            raise StoreError(f"unknown origin {origin!r}")
        review = review or ("verified" if origin == "manual" else "auto")
        if review not in vocab.REVIEW_STATES:
            raise StoreError(f"unknown review state {review!r}; one of: {', '.join(vocab.REVIEW_STATES)}")
        with self._transaction():  # a refused figure rolls back its citation too
            if article_id is None:
                article_id = self.find_or_add_citation(citation or {}, actor=actor)
            else:
                self.article(article_id)
            figure_id = self._insert_figure(fig, article_id, text=self.article_text(article_id), origin=origin, review=review, actor=actor, create_names=False)
        return self.figure(figure_id)

    def _figure_row(self, figure_id: int) -> dict:
        cur = self.conn.execute("select * from figures where id = ?", (figure_id,))
        row = cur.fetchone()
        if row is None:
            raise StoreError(f"no figure #{figure_id}")
        return dict(zip([c[0] for c in cur.description], row))

    def figure(self, figure_id: int) -> dict:
        """A figure as a dict in the vocabulary of FORMAT.md, with its article and citations."""
        found = self.figures_by_ids([figure_id])
        if not found:
            raise StoreError(f"no figure #{figure_id}")
        return found[0]

    def figures_by_ids(self, ids: list[int]) -> list[dict]:
        """Figures as dicts, in the order of ids."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        cur = self.conn.execute(
            f"select f.*, a.title, a.outlet, a.url, a.published, a.duplicate_of from figures f "
            f"join articles a on a.id = f.article_id where f.id in ({marks})",
            ids,
        )
        cols = [c[0] for c in cur.description]
        rows = {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}
        facts = {r["fact_id"] for r in rows.values() if r["fact_id"] is not None}
        citations = self._citations(facts)
        return [self._to_dict(rows[i], citations) for i in ids if i in rows]

    def _citations(self, fact_ids: set[int]) -> dict[int, list[dict]]:
        if not fact_ids:
            return {}
        marks = ",".join("?" * len(fact_ids))
        cur = self.conn.execute(
            f"select f.fact_id, a.id, a.title, a.outlet, a.url, a.published, a.duplicate_of from figures f "
            f"join articles a on a.id = f.article_id where f.fact_id in ({marks}) and f.review != 'retracted' "
            f"order by coalesce(a.published, '') desc, a.id desc",
            list(fact_ids),
        )
        out: dict[int, list[dict]] = {}
        for fact_id, *article in cur.fetchall():
            cites = out.setdefault(fact_id, [])
            art = dict(zip(ARTICLE_FIELDS, article))
            if all(c["id"] != art["id"] for c in cites):
                cites.append(art)
        return out

    def _to_dict(self, r: dict, citations: dict[int, list[dict]]) -> dict:
        g = self.gazetteer()
        place = g.place_by_id(r["place_id"])
        agency = g.agency_by_id(r["agency_id"])
        article = {"id": r["article_id"], "title": r["title"], "outlet": r["outlet"], "url": r["url"], "published": r["published"], "duplicate_of": r["duplicate_of"]}
        out = {
            "id": r["id"],
            "fact_id": r["fact_id"],
            **{k: r[k] for k in ("value", "low", "high", "qualifier", "subject", "status", "kind")},
            "location": place.name if place else None,
            "agency": agency.name if agency else None,
            **{k: r[k] for k in ("person", "refers_to", "quote", "quote_start", "quote_end", "origin", "review", "note")},
            **{k: r[k] for k in ("created_at", "created_by", "updated_at", "updated_by")},
            "article": article,
            "citations": citations.get(r["fact_id"]) or [article],
        }
        return out

    def figures(
        self,
        *,
        place: str | None = None,
        agency: str | None = None,
        subject: str | None = None,
        status: str | None = None,
        review: str | None = None,
        include_retracted: bool = False,
        within: bool = True,
        after_id: int = 0,
        article_id: int | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
        """Figures filtered by place (and the places inside it), agency, subject, status, review, article."""
        where, params = [], []
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        g = self.gazetteer()
        if place:
            p = g.place(place)
            if p is None:
                raise StoreError(f"unknown place {place!r}")
            ids = [p.id] + (sorted(g.descendants(p.id)) if within else [])
            where.append(f"place_id in ({','.join('?' * len(ids))})")
            params += ids
        if agency:
            if normalize(agency) == "unattributed":
                where.append("agency_id is null")
            else:
                a = g.agency(agency)
                if a is None:
                    raise StoreError(f"unknown agency {agency!r}")
                where.append("agency_id = ?")
                params.append(a.id)
        for field, value, allowed in (("subject", subject, vocab.SUBJECTS), ("status", status, vocab.STATUSES), ("review", review, vocab.REVIEW_STATES)):
            if value:
                if value not in allowed:
                    raise StoreError(f"unknown {field} {value!r}; one of: {', '.join(allowed)}")
                where.append(f"{field} = ?")
                params.append(value)
        if not include_retracted and review != "retracted":
            where.append("review != 'retracted'")
        if after_id:
            where.append("id > ?")  # keyset paging: cheap on a large store
            params.append(after_id)
        sql = "select id from figures" + (" where " + " and ".join(where) if where else "") + " order by id"
        if limit is not None:
            sql += " limit ? offset ?"
            params += [limit, offset]
        return self.figures_by_ids([r[0] for r in self.conn.execute(sql, params)])

    def iter_figures(self, *, include_retracted: bool = True, batch: int = 1000) -> Iterator[dict]:
        """Every figure, in id order, in batches (for export)."""
        last = 0
        while True:
            ids = [
                r[0]
                for r in self.conn.execute(
                    "select id from figures where id > ? " + ("" if include_retracted else "and review != 'retracted' ") + "order by id limit ?",
                    (last, batch),
                )
            ]
            if not ids:
                return
            yield from self.figures_by_ids(ids)
            last = ids[-1]

    def count(self, review: str | None = None, *, after_id: int = 0, article_id: int | None = None) -> int:
        """How many figures (in a review state, with ids above after_id, of one article)."""
        where, params = ["id > ?"], [after_id]
        if review:
            where.append("review = ?")
            params.append(review)
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        return self.conn.execute(f"select count(*) from figures where {' and '.join(where)}", params).fetchone()[0]

    def edit_figure(self, figure_id: int, changes: dict, *, actor: str, reason: str | None = None) -> dict:
        """Change some fields of a figure; the old values stay in the audit trail."""
        self._writable()
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise StoreError(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(EDITABLE_FIELDS)}")
        if not changes:
            raise StoreError("nothing to change")
        before_row = self._figure_row(figure_id)
        current = self.figure(figure_id)
        merged = {k: current.get(k) for k in FIGURE_FIELDS}
        merged.update(changes)
        if "subject" in changes or "status" in changes:
            merged["kind"] = None  # recomputed from the new subject and status
        clean = self.validate(merged)
        update = {k: clean[k] for k in ("value", "low", "high", "qualifier", "subject", "status", "kind", "person", "refers_to", "note")}
        update["place_id"] = self._place_id(clean["location"], create=False, actor=actor)
        update["agency_id"] = self._agency_id(clean["agency"], create=False, actor=actor)
        update.update(updated_at=now(), updated_by=actor)
        with self._transaction():
            fact = self._fact_for({**before_row, **update}, exclude=figure_id)
            update["fact_id"] = fact or figure_id
            self.db["figures"].update(figure_id, update)
            self._audit(actor, "edit", "figure", figure_id, before=before_row, after=self._figure_row(figure_id), reason=reason)
        return self.figure(figure_id)

    def set_review(self, figure_id: int, review: str, *, actor: str, reason: str | None = None) -> dict:
        """Move a figure to verified, auto or retracted, with the reason in the audit trail."""
        self._writable()
        if review not in vocab.REVIEW_STATES:
            raise StoreError(f"unknown review state {review!r}")
        before = self._figure_row(figure_id)
        update = {"review": review, "updated_at": now(), "updated_by": actor}
        if reason:
            update["note"] = reason
        with self._transaction():
            self.db["figures"].update(figure_id, update)
            action = {"verified": "verify", "retracted": "retract", "auto": "reopen"}[review]
            self._audit(actor, action, "figure", figure_id, before=before, after=self._figure_row(figure_id), reason=reason)
        return self.figure(figure_id)

    def verify(self, figure_id: int, *, actor: str) -> dict:
        return self.set_review(figure_id, "verified", actor=actor)

    def retract(self, figure_id: int, *, actor: str, reason: str) -> dict:
        if not reason or not reason.strip():
            raise StoreError("a retraction needs a reason")
        return self.set_review(figure_id, "retracted", actor=actor, reason=reason.strip())

    # -- admins ------------------------------------------------------------------

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

    # -- maintenance -------------------------------------------------------------

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


def _fact_key(row: dict) -> tuple:
    return (row["status"], row["subject"], row["place_id"], row["agency_id"], row["value"], row["low"], row["high"])


def check_article_text(text: Any) -> str:
    """Refuse what is not article text: empty, binary, oversized."""
    if isinstance(text, bytes):
        if b"\x00" in text[:4096]:
            raise StoreError("that is a binary file, not article text")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise StoreError("the article is not UTF-8 text") from None
    if not isinstance(text, str) or not text.strip():
        raise StoreError("the article is empty")
    if "\x00" in text:
        raise StoreError("that is a binary file, not article text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise StoreError(f"the article is too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})")
    return text


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
