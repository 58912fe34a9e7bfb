"""Bulk imports and one-row writes share one write path: the same rows give the same store."""

from __future__ import annotations

from store import Store
from store.bulk import bulk_add_agencies, bulk_add_articles, bulk_add_figures, bulk_add_places

PLACES = [
    {"name": "Qarsal Governorate", "kind": "governorate", "parent": "Syria", "pcode": "SY99", "aliases": ["Qarsal Gov"]},
    {"name": "Tell Marun", "kind": "town", "parent": "Qarsal Governorate", "aliases": ["Tal Maroun", "Tell Maroun"]},
]
AGENCIES = [{"name": "Northern Relief Alliance", "kind": "ngo", "full_name": "The Northern Relief Alliance", "aliases": ["NRLA"]}]
ARTICLES = [{"title": f"Report {i}", "outlet": "Test Wire", "url": f"https://example.org/{i}", "published": f"2024-03-0{i}"} for i in (1, 2, 3)]


def _figures(a1: int, a2: int, a3: int) -> list[dict]:
    base = {"subject": "children", "status": "trapped", "location": "Tal Maroun", "agency": "NRLA", "origin": "extracted"}
    return [
        {**base, "article_id": a1, "value": 100, "quote": "100 children remain trapped"},
        {**base, "article_id": a2, "value": 100, "quote": "some 100 children trapped"},  # the same fact: a second citation
        {**base, "article_id": a3, "value": 100, "review": "retracted", "note": "misread"},  # joins the fact, cites nothing
        {**base, "article_id": a1, "value": "1,250", "status": "killed"},
        {**base, "article_id": a2, "value": 100, "agency": None},  # unattributed: another fact
        {**base, "article_id": a3, "value": None, "qualifier": "vague", "low": 200, "high": 999, "origin": "manual"},
        {**base, "article_id": a1, "value": 40, "location": "Qarsal Gov", "review": "verified", "refers_to": "2024-03-01"},
    ]


def _one_by_one(store: Store) -> None:
    for p in PLACES:
        store.add_place(p["name"], kind=p["kind"], parent=p["parent"], pcode=p.get("pcode"), actor="import")
        for alias in p["aliases"]:
            store.add_alias("place", p["name"], alias, actor="import")
    for a in AGENCIES:
        store.add_agency(a["name"], kind=a["kind"], full_name=a["full_name"], actor="import")
        for alias in a["aliases"]:
            store.add_alias("agency", a["name"], alias, actor="import")
    ids = [store.find_or_add_citation(a, actor="import") for a in ARTICLES]
    for fig in _figures(*ids):
        fig = dict(fig)
        store.add_figure(fig, article_id=fig.pop("article_id"), origin=fig.pop("origin"), review=fig.pop("review", None), actor="import")


def _in_bulk(store: Store) -> None:
    bulk_add_places(store, PLACES, actor="import")
    bulk_add_agencies(store, AGENCIES, actor="import")
    ids = bulk_add_articles(store, ARTICLES, actor="import")
    assert bulk_add_figures(store, _figures(*ids), actor="import") == 7


# Everything but the clock.
QUERIES = {
    "places": "select id, name, kind, parent_id, pcode, review, created_by from places order by id",
    "place_aliases": "select * from place_aliases order by id",
    "agencies": "select id, name, kind, full_name, parent_id, review, created_by from agencies order by id",
    "agency_aliases": "select * from agency_aliases order by id",
    "articles": "select id, title, outlet, url, published, text, content_hash, duplicate_of, created_by from articles order by id",
    "figures": "select id, fact_id, article_id, value, low, high, qualifier, subject, status, kind, place_id, agency_id, person, "
    "refers_to, quote, quote_start, quote_end, origin, review, note, created_by, updated_by from figures order by id",
    "audit": "select id, actor, action, entity, entity_id, before, after, reason from audit order by id",
    "figures_fts": "select rowid, quote, note from figures_fts order by rowid",
}


def test_a_bulk_import_stores_what_the_same_rows_added_one_by_one_store(tmp_path):
    single, bulk = Store.open(tmp_path / "single.db"), Store.open(tmp_path / "bulk.db")
    _one_by_one(single)
    _in_bulk(bulk)
    for table, sql in QUERIES.items():
        assert single.conn.execute(sql).fetchall() == bulk.conn.execute(sql).fetchall(), table
    figs = bulk.figures(include_retracted=True)
    assert [f["fact_id"] for f in figs[:3]] == [figs[0]["id"]] * 3 and figs[3]["fact_id"] == figs[3]["id"]
    assert len(bulk.figure(figs[0]["id"])["citations"]) == 2
    assert len(bulk.audit(entity="figure")) == 7
    single.close()
    bulk.close()


def test_a_second_bulk_call_joins_the_facts_the_first_one_stored(tmp_path):
    single, bulk = Store.open(tmp_path / "single.db"), Store.open(tmp_path / "bulk.db")
    _one_by_one(single)
    _in_bulk(bulk)
    again = [{**f, "article_id": 3} for f in _figures(1, 2, 3)[:2]]
    for fig in again:
        fig = dict(fig)
        single.add_figure(fig, article_id=fig.pop("article_id"), origin=fig.pop("origin"), actor="import")
    bulk_add_figures(bulk, again, actor="import")
    assert single.conn.execute(QUERIES["figures"]).fetchall() == bulk.conn.execute(QUERIES["figures"]).fetchall()
    assert bulk.figures()[-1]["fact_id"] == bulk.figures()[0]["id"]
    single.close()
    bulk.close()
