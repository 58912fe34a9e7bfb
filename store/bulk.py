"""Bulk writes for large imports and benchmarks, with the invariants of the store API.

The one-row API in `store.db` costs a few queries per figure; these helpers write
many rows with `executemany` in one transaction per call, and keep what the
store promises:

- every figure passes `Store.validate`; places and agencies must already exist;
- `fact_id` is the id of the first (non-retracted) figure stating the same fact
  (same value, low, high, subject, status, place and agency), in the store or
  earlier in the same call;
- one audit row per written row (action `add`, or `alias` for a new alias), in
  the same transaction, with the same `after` the one-row API records;
- the FTS triggers stay on, so full-text search sees every row;
- a refused row (StoreError) or a database error rolls the whole call back.

Callers that write millions of rows call these once per chunk (say 100,000
rows), so each chunk is one transaction and the WAL stays small.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from . import vocab
from .db import Store, StoreError, _clean_name, _json, _opt_text, content_hash, creation_record, now, parse_date
from .gazetteer import normalize, skeleton, translit_key

# Rows per executemany call inside a transaction.
CHUNK = 5_000

_FIGURE_COLUMNS = (
    "id", "fact_id", "article_id", "value", "low", "high", "qualifier", "subject", "status", "kind",
    "place_id", "agency_id", "person", "refers_to", "quote", "quote_start", "quote_end", "origin",
    "review", "note", "created_at", "created_by", "updated_at", "updated_by",
)  # fmt: skip
_AUDIT_SQL = "insert into audit (at, actor, action, entity, entity_id, before, after, reason) values (?,?,?,?,?,?,?,?)"


@contextmanager
def _transaction(store: Store) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; drops the cached gazetteer."""
    store._writable()
    conn = store.conn
    conn.execute("begin immediate")
    try:
        yield conn
    except BaseException:
        conn.execute("rollback")
        store._gazetteer = None
        raise
    conn.execute("commit")
    store._gazetteer = None


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"select coalesce(max(id), 0) + 1 from {table}").fetchone()[0]


def _flush(conn: sqlite3.Connection, sql: str, rows: list) -> None:
    if rows:
        conn.executemany(sql, rows)
        rows.clear()


def _name_keys(name: str) -> list[tuple[str, str]]:
    """The keys under which the gazetteer finds a place name (exact, transliteration, skeleton)."""
    keys = [("exact", normalize(name))]
    key = translit_key(name)
    if len(key) >= 3:
        keys.append(("key", key))
    skel = skeleton(name)
    if len(skel) >= 4:
        keys.append(("skel", skel))
    return keys


def _aliases(entry: dict, family: str, entity_id: int, name: str, alias_id: int, taken: set, known, alias_rows: list, audit_rows: list, stamp: str, actor: str) -> int:
    """Alias rows (and their audit rows) for one new place or agency; returns the next alias id.

    An alias that is already another name (in the store or earlier in the call) is left out.
    """
    for alias in entry.get("aliases") or ():
        alias = _clean_name(alias, "alias")
        norm = normalize(alias)
        if not norm or ("exact", norm) in taken or alias in taken or known(alias) is not None:
            continue
        taken.update((("exact", norm), alias))
        alias_rows.append((alias_id, entity_id, alias, norm, actor))
        audit_rows.append((stamp, actor, "alias", family, entity_id, None, _json({"alias": alias, "alias_id": alias_id, "name": name}), None))
        alias_id += 1
    return alias_id


def bulk_add_places(store: Store, places: Iterable[dict], *, actor: str) -> dict[str, int]:
    """Add places, each `{name, kind, parent, pcode, aliases}`; returns {name: id}.

    `parent` is the name of a place in the store or earlier in `places`. A name
    the store (or an earlier row) already answers to is refused, as
    `Store.add_place` refuses it. Aliases that are another place's name are
    left out, as `Store.add_alias` refuses them.
    """
    return _add_named(store, "place", places, actor=actor)


def bulk_add_agencies(store: Store, agencies: Iterable[dict], *, actor: str) -> dict[str, int]:
    """Add agencies, each `{name, kind, full_name, aliases}`; returns {name: id}.

    A name the store already knows is refused; an alias already taken by
    another agency is left out.
    """
    return _add_named(store, "agency", agencies, actor=actor)


_NAMED = {
    # family: (table, alias table, alias key, columns after id and name)
    "place": ("places", "place_aliases", "place_id", ("kind", "parent_id", "pcode")),
    "agency": ("agencies", "agency_aliases", "agency_id", ("kind", "full_name")),
}


def _add_named(store: Store, family: str, entries: Iterable[dict], *, actor: str) -> dict[str, int]:
    table, alias_table, alias_key, columns = _NAMED[family]
    g = store.gazetteer()
    known = (lambda n: g.place(n, fuzzy=False)) if family == "place" else (lambda n: g.agency(n, fuzzy=False))
    taken: set = set()
    added: dict[str, int] = {}
    stamp = now()
    with _transaction(store) as conn:
        next_id = _next_id(conn, table)
        alias_id = _next_id(conn, alias_table)
        rows, alias_rows, audit_rows = [], [], []
        for entry in entries:
            name = _clean_name(entry.get("name"), family)
            keys = _name_keys(name) if family == "place" else [("exact", normalize(name)), name]
            if known(name) is not None or any(k in taken for k in keys):
                raise StoreError(f"{family} {name!r} already exists")
            taken.update(keys)
            row = {"kind": entry.get("kind") or ("area" if family == "place" else "other")}
            if family == "place":
                row["parent_id"] = _parent_id(entry.get("parent"), added, g)
                row["pcode"] = _opt_text(entry.get("pcode"), "pcode")
                after = {"name": name, "kind": row["kind"], "parent": entry.get("parent"), "pcode": row["pcode"]}
            else:
                row["full_name"] = _opt_text(entry.get("full_name"), "full_name")
                after = {"name": name, **row}
            rows.append((next_id, name, *(row[c] for c in columns), actor))
            audit_rows.append((stamp, actor, "add", family, next_id, None, _json(after), None))
            alias_id = _aliases(entry, family, next_id, name, alias_id, taken, known, alias_rows, audit_rows, stamp, actor)
            added[name] = next_id
            next_id += 1
        # Parents come before their children: foreign keys hold row by row.
        marks = ",".join("?" * (len(columns) + 3))
        conn.executemany(f"insert into {table} (id, name, {', '.join(columns)}, created_by) values ({marks})", rows)
        conn.executemany(f"insert into {alias_table} (id, {alias_key}, alias, norm, created_by) values (?,?,?,?,?)", alias_rows)
        conn.executemany(_AUDIT_SQL, audit_rows)
    return added


def _parent_id(parent: str | None, added: dict[str, int], g) -> int | None:
    if not parent:
        return None
    if parent in added:
        return added[parent]
    entity = g.place(parent, fuzzy=False)
    if entity is None:
        raise StoreError(f"unknown place {parent!r}; add it with an alias or as a new place first")
    return entity.id


def bulk_add_articles(store: Store, articles: Iterable[dict], *, actor: str) -> list[int]:
    """Add article records `{title, outlet, url, published, text}`; returns their ids in order.

    Articles with text get no near-duplicate sketch here: use `extract.ingest_article`
    for articles that must be checked against the stored ones.
    """
    stamp = now()
    ids: list[int] = []
    with _transaction(store) as conn:
        next_id = _next_id(conn, "articles")
        rows, audit_rows = [], []
        for a in articles:
            text = a.get("text") or None
            row = {
                "title": _opt_text(a.get("title"), "title"),
                "outlet": _opt_text(a.get("outlet"), "outlet"),
                "url": _opt_text(a.get("url"), "url"),
                "published": parse_date(a.get("published"), "published"),
                "content_hash": content_hash(text) if text else None,
                "duplicate_of": None,
            }
            rows.append((next_id, row["title"], row["outlet"], row["url"], row["published"], stamp, text, row["content_hash"], actor))
            audit_rows.append((stamp, actor, "add", "article", next_id, None, _json(row), None))
            ids.append(next_id)
            next_id += 1
            if len(rows) >= CHUNK:
                _flush(conn, "insert into articles (id, title, outlet, url, published, received, text, content_hash, created_by) values (?,?,?,?,?,?,?,?,?)", rows)
                _flush(conn, _AUDIT_SQL, audit_rows)
        _flush(conn, "insert into articles (id, title, outlet, url, published, received, text, content_hash, created_by) values (?,?,?,?,?,?,?,?,?)", rows)
        _flush(conn, _AUDIT_SQL, audit_rows)
    return ids


class _Resolver:
    """Place and agency names -> ids, cached, without creating anything (like add_figure)."""

    def __init__(self, store: Store) -> None:
        self.g = store.gazetteer()
        self.places: dict[str, int | None] = {}
        self.agencies: dict[str, int | None] = {}

    def place(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self.places:
            entity = self.g.place(name, fuzzy=False)
            if entity is None:
                raise StoreError(f"unknown place {name!r}; add it with an alias or as a new place first")
            self.places[name] = entity.id
        return self.places[name]

    def agency(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self.agencies:
            if normalize(name) in ("unattributed", "none", "null"):
                self.agencies[name] = None
            else:
                entity = self.g.agency(name, fuzzy=False)
                if entity is None:
                    raise StoreError(f"unknown agency {name!r}; add it with an alias or as a new agency first")
                self.agencies[name] = entity.id
        return self.agencies[name]


def bulk_add_figures(store: Store, figures: Iterable[dict], *, actor: str) -> int:
    """Add figures, each like `Store.add_figure`'s input plus `article_id` (and optional
    `origin`, `review`); returns how many were written.

    One transaction for the whole call: a row that fails validation, names an
    unknown place, agency or article, or breaks a constraint leaves the store
    as it was.
    """
    resolver = _Resolver(store)
    known_articles: set[int] = set()
    facts: dict[tuple, int] = {}  # fact key -> fact_id, for this call
    had_figures = store.conn.execute("select exists(select 1 from figures)").fetchone()[0]
    stamp = now()
    count = 0
    figure_sql = f"insert into figures ({', '.join(_FIGURE_COLUMNS)}) values ({','.join('?' * len(_FIGURE_COLUMNS))})"
    with _transaction(store) as conn:
        next_id = _next_id(conn, "figures")
        rows, audit_rows = [], []
        for fig in figures:
            clean = store.validate(fig)
            origin = fig.get("origin") or "manual"
            if origin not in vocab.ORIGINS:
                raise StoreError(f"unknown origin {origin!r}")
            review = fig.get("review") or ("verified" if origin == "manual" else "auto")
            if review not in vocab.REVIEW_STATES:
                raise StoreError(f"unknown review state {review!r}; one of: {', '.join(vocab.REVIEW_STATES)}")
            article_id = _article_id(conn, fig.get("article_id"), known_articles)
            place_id = resolver.place(clean["location"])
            agency_id = resolver.agency(clean["agency"])
            key = (clean["status"], clean["subject"], place_id, agency_id, clean["value"], clean["low"], clean["high"])
            fact_id = facts.get(key)
            if fact_id is None and had_figures:
                fact_id = _stored_fact(conn, key)
            if fact_id is None:
                fact_id = next_id
            if review != "retracted":
                facts.setdefault(key, fact_id)
            row = {
                "id": next_id,
                "fact_id": fact_id,
                "article_id": article_id,
                **{k: clean[k] for k in ("value", "low", "high", "qualifier", "subject", "status", "kind")},
                "place_id": place_id,
                "agency_id": agency_id,
                **{k: clean[k] for k in ("person", "refers_to", "quote", "quote_start", "quote_end")},
                "origin": origin,
                "review": review,
                "note": clean["note"],
                "created_at": stamp,
                "created_by": actor,
                "updated_at": stamp,
                "updated_by": actor,
            }
            rows.append(tuple(row[c] for c in _FIGURE_COLUMNS))
            audit_rows.append((stamp, actor, "add", "figure", next_id, None, creation_record({"id": next_id, **row}), None))
            next_id += 1
            count += 1
            if len(rows) >= CHUNK:
                _flush(conn, figure_sql, rows)
                _flush(conn, _AUDIT_SQL, audit_rows)
        _flush(conn, figure_sql, rows)
        _flush(conn, _AUDIT_SQL, audit_rows)
    return count


def _article_id(conn: sqlite3.Connection, value: Any, known: set[int]) -> int:
    try:
        article_id = int(value)
    except (TypeError, ValueError):
        raise StoreError(f"a figure needs the id of its article, got {str(value)[:40]!r}") from None
    if article_id not in known:
        if conn.execute("select 1 from articles where id = ?", (article_id,)).fetchone() is None:
            raise StoreError(f"no article #{article_id}")
        known.add(article_id)
    return article_id


def _stored_fact(conn: sqlite3.Connection, key: tuple) -> int | None:
    hit = conn.execute(
        "select fact_id from figures where status = ? and subject = ? and place_id is ? and agency_id is ? "
        "and value is ? and low is ? and high is ? and review != 'retracted' order by id limit 1",
        key,
    ).fetchone()
    return hit[0] if hit else None
