"""The schema is created by named migrations, and re-opening a store is a no-op."""

import sqlite3

import pytest

from sqlite_utils import Database

from store import Store
from store.schema import migrations


def test_new_store_gets_every_migration_and_pragmas(db_path):
    store = Store.open(db_path)
    applied = [m.name for m in migrations.applied(store.db)]
    assert applied == [m.name for m in migrations._migrations]
    assert {"articles", "figures", "places", "place_aliases", "agencies", "agency_aliases", "audit", "admins"} <= set(store.db.table_names())
    assert store.db["figures_fts"].exists() and store.db["articles_fts"].exists()
    assert store.conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("pragma foreign_keys").fetchone()[0] == 1
    assert store.stats()["places"] > 200  # every country at least


def test_reopening_is_a_no_op(db_path):
    first = Store.open(db_path)
    before = (first.stats(), [m.name for m in migrations.applied(first.db)])
    first.close()
    second = Store.open(db_path)
    assert (second.stats(), [m.name for m in migrations.applied(second.db)]) == before
    assert second.conn.execute("select count(*) from _sqlite_migrations").fetchone()[0] == len(migrations._migrations)


def test_an_older_store_is_upgraded(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    names = [m.name for m in migrations._migrations]
    migrations.apply(Database(conn), stop_before=names[-1])
    assert [m.name for m in migrations.applied(Database(conn))] == names[:-1]
    conn.close()
    store = Store.open(db_path)
    assert [m.name for m in migrations.applied(store.db)] == names


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("insert into figures (article_id, qualifier, subject, status, kind, origin, review, created_at) values (999, 'exact', 'people', 'killed', 'impact', 'manual', 'auto', 'x')")
