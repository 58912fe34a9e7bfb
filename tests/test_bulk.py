"""The bulk write path keeps the store's invariants: validation, facts, audit, FTS, atomicity."""

from __future__ import annotations

import pytest

from store import StoreError
from store.bulk import bulk_add_agencies, bulk_add_articles, bulk_add_figures, bulk_add_places


@pytest.fixture
def seeded(store):
    bulk_add_places(
        store,
        [
            {"name": "Qarsal Governorate", "kind": "governorate", "parent": "Syria", "aliases": ["Qarsal Gov"]},
            {"name": "Tell Marun", "kind": "town", "parent": "Qarsal Governorate", "aliases": ["Tal Maroun"]},
        ],
        actor="bench",
    )
    bulk_add_agencies(store, [{"name": "Northern Relief Alliance", "kind": "ngo", "aliases": ["NRLA", "the Alliance"]}], actor="bench")
    ids = bulk_add_articles(store, [{"title": f"Report {i}", "outlet": "Test Wire", "published": "2024-03-0" + str(i)} for i in range(1, 4)], actor="bench")
    return store, ids


def _fig(article_id, value=100, **extra):
    return {"article_id": article_id, "value": value, "subject": "children", "status": "trapped", "location": "Tell Marun",
            "agency": "NRLA", "quote": f"{value} children remain trapped in Tell Marun", "origin": "extracted", **extra}


def test_places_and_agencies_resolve_with_their_parents_and_aliases(seeded):
    store, _ = seeded
    g = store.gazetteer()
    town = g.place("Tal Maroun", fuzzy=False)
    assert town is not None and town.name == "Tell Marun"
    assert g.within(town.id, g.place("Syria", fuzzy=False).id)
    assert g.agency("the Alliance", fuzzy=False).name == "Northern Relief Alliance"
    assert g.agency("NRLA").name == "Northern Relief Alliance"
    with pytest.raises(StoreError, match="already exists"):
        bulk_add_places(store, [{"name": "Tell Marun", "parent": "Syria"}], actor="bench")


def test_every_figure_gets_an_audit_row_and_fact_ids_group_the_same_fact(seeded):
    store, (a1, a2, a3) = seeded
    before = store.stats()["audit_rows"]
    figures = [
        _fig(a1, 100),
        _fig(a2, 100),  # the same fact from another article: a second citation
        _fig(a3, 100, review="retracted"),  # joins the fact, but later figures do not join through it
        _fig(a1, 250),  # another value: another fact
        _fig(a2, 100, agency=None),  # unattributed: another fact
        _fig(a3, None, qualifier="vague", low=200, high=999, quote="hundreds of children remain trapped"),
        _fig(a2, None, qualifier="vague", low=200, high=999, quote="hundreds of children still trapped"),
    ]
    assert bulk_add_figures(store, figures, actor="bench") == len(figures)
    rows = store.audit(entity="figure", limit=100)
    assert len(rows) == len(figures) == store.stats()["audit_rows"] - before
    assert {(r["action"], r["actor"]) for r in rows} == {("add", "bench")}
    figs = store.figures(include_retracted=True)
    by_value = [(f["value"], f["agency"], f["fact_id"], f["id"], f["review"]) for f in figs]
    first = figs[0]["id"]
    assert [f[2] for f in by_value] == [first, first, first, figs[3]["id"], figs[4]["id"], figs[5]["id"], figs[5]["id"]]
    assert len(store.figure(first)["citations"]) == 2  # the retracted one is no citation
    # The audit's after is the row as stored, as the one-row API records it.
    # The creation record: the row's values without nulls or stamps (the audit row has who and when).
    full = store._figure_row(first)
    assert rows[-1]["after"] == {k: v for k, v in full.items() if v is not None and not k.startswith(("created_", "updated_"))}
    # A second call finds facts stored by the first one.
    bulk_add_figures(store, [_fig(a3, 250)], actor="bench")
    assert store.figures(include_retracted=True)[-1]["fact_id"] == figs[3]["id"]
    # The FTS triggers stayed on.
    hits = store.conn.execute("select rowid from figures_fts where figures_fts match 'hundreds'").fetchall()
    assert sorted(r[0] for r in hits) == [figs[5]["id"], figs[6]["id"]]


def test_a_bad_row_refuses_the_whole_batch(seeded):
    store, (a1, a2, _) = seeded
    stats = store.stats()
    bad_rows = [
        {"subject": "children", "status": "trapped"},  # no value
        {"value": 5, "subject": "kittens", "status": "trapped"},
        {"value": 5, "subject": "children", "status": "eaten"},
        {"value": -5, "subject": "children", "status": "trapped"},
        {"value": 5, "subject": "children", "status": "trapped", "location": "Atlantis"},
        {"value": 5, "subject": "children", "status": "trapped", "agency": "Nobody Knows Inc"},
        {"value": 5, "subject": "children", "status": "trapped", "review": "maybe"},
    ]
    for bad in bad_rows:
        with pytest.raises(StoreError):
            bulk_add_figures(store, [_fig(a1, 1), {**bad, "article_id": a2}, _fig(a2, 2)], actor="bench")
    with pytest.raises(StoreError, match="no article"):
        bulk_add_figures(store, [_fig(a1, 1), _fig(99999, 2)], actor="bench")
    assert store.stats() == stats
    assert store.count() == 0
