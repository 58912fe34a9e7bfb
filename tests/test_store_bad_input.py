"""Bad input gets one clear line and leaves the store as it was."""

import os
import stat

import pytest
from click.testing import CliRunner

from bot.cli import cli
from conftest import add
from store import Store, StoreError


def _snapshot(store):
    return store.stats(), len(store.audit(limit=10_000))


CASES = [
    ({"value": -3}, "cannot be negative"),
    ({"value": 10**12}, "not a plausible count"),
    ({"value": "lots"}, "whole number"),
    ({"value": 5, "subject": "aliens"}, "unknown subject"),
    ({"value": 5, "status": "teleported"}, "unknown status"),
    ({"value": 5, "qualifier": "roughly"}, "unknown qualifier"),
    ({"value": None}, "needs a value"),
    ({"value": None, "qualifier": "vague"}, "needs low and high"),
    ({"value": 5, "low": 10, "high": 2}, "above high"),
    ({"value": 5, "location": "Atlantis"}, "unknown place"),
    ({"value": 5, "agency": "Ministry of Silly Walks"}, "unknown agency"),
    ({"value": 5, "refers_to": "last Tuesday"}, "YYYY-MM-DD"),
]


@pytest.mark.parametrize("fields,message", CASES)
def test_bad_figure_is_refused_and_nothing_changes(store, fields, message):
    add(store, 1)
    before = _snapshot(store)
    with pytest.raises(StoreError, match=message):
        add(store, **{"value": None, **fields})
    assert _snapshot(store) == before


def test_missing_article_is_refused(store):
    before = _snapshot(store)
    with pytest.raises(StoreError, match="needs its article"):
        store.add_figure({"value": 5, "subject": "people", "status": "killed", "location": "Syria"}, citation={}, actor="t")
    with pytest.raises(StoreError, match="no article #99"):
        store.add_figure({"value": 5, "subject": "people", "status": "killed", "location": "Syria"}, article_id=99, actor="t")
    assert _snapshot(store) == before


@pytest.mark.parametrize(
    "args,message",
    [
        (["add", "-5", "--subject", "people", "--status", "killed", "--location", "Syria", "--title", "t"], "cannot be negative"),
        (["add", "99999999999999", "--subject", "people", "--status", "killed", "--location", "Syria", "--title", "t"], "not a plausible count"),
        (["add", "5", "--subject", "aliens", "--status", "killed", "--location", "Syria", "--title", "t"], "unknown subject"),
        (["add", "5", "--subject", "people", "--status", "beamed", "--location", "Syria", "--title", "t"], "unknown status"),
        (["add", "5", "--subject", "people", "--status", "killed", "--location", "Syria"], "needs its article"),
        (["edit", "1", "colour=red"], "cannot edit colour"),
        (["retract", "404", "gone"], "no figure #404"),
    ],
)
def test_cli_gives_one_line_errors(run_cli, store, args, message):
    add(store, 1)
    before = _snapshot(store)
    result = run_cli(*args)
    assert result.exit_code == 1
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error:") and message in lines[0]
    assert "Traceback" not in result.output
    assert _snapshot(store) == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 50)
    content = bogus.read_bytes()
    with pytest.raises(StoreError, match="not an ImpactBot store"):
        Store.open(bogus)
    result = CliRunner().invoke(cli, ["--db", str(bogus), "stats"])
    assert result.exit_code == 1 and "not an ImpactBot store" in result.output and "Traceback" not in result.output
    assert bogus.read_bytes() == content


def test_a_read_only_store_answers_reads_and_refuses_writes(db_path):
    store = Store.open(db_path)
    add(store, 9)
    store.close()
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        ro = Store.open(db_path)
        assert ro.readonly and ro.count() == 1
        with pytest.raises(StoreError, match="read-only"):
            add(ro, 10)
        result = CliRunner().invoke(cli, ["--db", str(db_path), "retract", "1", "wrong"])
        assert result.exit_code == 1 and "read-only" in result.output
        assert [f["review"] for f in ro.iter_figures()] == ["verified"]
    finally:
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)
