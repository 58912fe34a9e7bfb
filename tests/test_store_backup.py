"""Backups are complete SQLite copies made while the store is open."""

import pytest

from conftest import add
from store import Store, StoreError


def test_backup_holds_the_same_figures(tmp_path, store, run_cli):
    add(store, 12)
    add(store, 40, subject="civilians", status="killed")
    target = tmp_path / "copies" / "backup.db"
    result = run_cli("backup", str(target))
    assert result.exit_code == 0, result.output
    copy = Store.open(target)
    assert copy.stats()["figures"] == 2
    assert [f["value"] for f in copy.iter_figures()] == [12, 40]
    assert len(copy.audit(limit=100)) == len(store.audit(limit=100))


def test_backup_onto_the_store_itself_is_refused(store):
    with pytest.raises(StoreError, match="cannot be the store itself"):
        store.backup(store.path)
