"""The starter dataset loads on request only, once, as verified hand-entered figures."""

import pytest

from store.starter import load_starter, starter_records

pytestmark = pytest.mark.skipif(not starter_records(), reason="store/data/starter.jsonl not written yet")


def test_a_new_store_starts_empty(store, run_cli):
    result = run_cli("init")
    assert result.exit_code == 0 and store.count() == 0


def test_init_starter_loads_once(store, run_cli):
    first = run_cli("init", "--starter")
    assert first.exit_code == 0, first.output
    n = store.count()
    assert n == len(starter_records()) > 0
    assert load_starter(store) == 0 and store.count() == n
    figs = store.figures()
    assert all(f["origin"] == "manual" and f["review"] == "verified" and f["quote"] is None for f in figs)
    assert all(f["article"]["title"] or f["article"]["outlet"] for f in figs)
