"""Bulk imports (benchmarks, large files): many rows per call, one transaction per call.

Each function is a name for a batch method of `Store`, which writes through the
same path as one row (`add_place`, `add_agency`, `add_alias`, `find_or_add_citation`,
`add_figure`): the same checks, fact ids, audit rows and FTS triggers. A refused row
(StoreError) or a database error rolls the whole call back. Callers that write
millions of rows call these once per chunk (say 100,000 rows), so each chunk is
one transaction and the WAL stays small.
"""

from __future__ import annotations

from typing import Iterable

from .db import Store


def bulk_add_places(store: Store, places: Iterable[dict], *, actor: str) -> dict[str, int]:
    """Add places, each `{name, kind, parent, pcode, aliases}`; returns {name: id}. See `Store.add_places`."""
    return store.add_places(places, actor=actor)


def bulk_add_agencies(store: Store, agencies: Iterable[dict], *, actor: str) -> dict[str, int]:
    """Add agencies, each `{name, kind, full_name, aliases}`; returns {name: id}. See `Store.add_agencies`."""
    return store.add_agencies(agencies, actor=actor)


def bulk_add_articles(store: Store, articles: Iterable[dict], *, actor: str) -> list[int]:
    """Add article records `{title, outlet, url, published, text}`; returns their ids. See `Store.add_articles`."""
    return store.add_articles(articles, actor=actor)


def bulk_add_figures(store: Store, figures: Iterable[dict], *, actor: str) -> int:
    """Add figures like `add_figure`'s input plus `article_id`; returns how many. See `Store.add_figures`."""
    return store.add_figures(figures, actor=actor)
