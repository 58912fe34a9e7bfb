"""Ingest: an article's text -> its figures, stored in one transaction."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from store import IngestResult, Store, check_article_text
from store.db import parse_date

from .sentences import wrapped

_HEADLINE = re.compile(r"^[^\n]{10,160}$")


def headline(text: str) -> str | None:
    """The first line when it reads as a headline (short, no closing full stop)."""
    text = text.strip()
    first = text.split("\n", 1)[0].strip()
    if _HEADLINE.match(first) and not first.endswith((".", ":", ";", ",")) and "\n" in text and not wrapped(text, text.index("\n")):
        return first
    return None


def ingest_article(
    store: Store,
    text: Any,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: Any = None,
    actor: str = "cli",
    figures: list[dict] | None = None,
) -> IngestResult:
    """Store an article and the figures extracted from it (a repeat of a stored one adds none).

    `figures`: already extracted from this text (by a worker, see ingest_many); else extracted here.
    Refuses empty, binary or oversized text with a StoreError and stores nothing.
    """
    from . import extract_figures  # the extractor's public entry point

    text = check_article_text(text)
    published = parse_date(published, "published")
    duplicate_of = store.find_duplicate(text)
    if duplicate_of is not None:
        figures = []
    elif figures is None:
        figures = extract_figures(
            text,
            gazetteer=store.gazetteer(),
            published=dt.date.fromisoformat(published) if published else None,
            title=title,
            outlet=outlet,
        )
    return store.ingest(
        text,
        figures,
        title=title or headline(text),
        outlet=outlet,
        url=url,
        published=published,
        actor=actor,
        duplicate_of=duplicate_of,
    )


# -- many articles: extraction on every core, writes in this process ----------------------------

_POOL_GAZETTEER = None  # set in the parent before forking; the workers inherit it


def _extract_job(job: tuple[Any, str | None, str | None, Any]) -> list[dict] | str:
    """In a worker: the figures of one article, or why it cannot be read (the writer reports it)."""
    from store import StoreError

    from . import extract_figures

    data, title, outlet, published = job
    try:
        text = check_article_text(data)
        date = parse_date(published, "published")
    except StoreError as e:
        return str(e)
    return extract_figures(
        text, gazetteer=_POOL_GAZETTEER, published=dt.date.fromisoformat(date) if date else None, title=title, outlet=outlet
    )


def ingest_many(
    store: Store,
    articles: list[Any],
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: Any = None,
    actor: str = "cli",
    workers: int | None = None,
):
    """Ingest several articles: extraction runs in worker processes (one per core), the store is
    written here, one transaction per article, in order. Yields an IngestResult or a StoreError
    per article. A repeat of a stored article keeps no figures, as with ingest_article."""
    import multiprocessing as mp
    import os

    from store import StoreError

    from .nlp import nlp

    global _POOL_GAZETTEER
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(articles) < 4 or "fork" not in mp.get_all_start_methods():
        for data in articles:
            try:
                yield ingest_article(store, data, title=title, outlet=outlet, url=url, published=published, actor=actor)
            except StoreError as e:
                yield e
        return
    nlp()  # loaded once here: forked workers share it
    _POOL_GAZETTEER = store.gazetteer()
    jobs = [(data, title, outlet, published) for data in articles]
    with mp.get_context("fork").Pool(workers) as pool:
        for data, figures in zip(articles, pool.imap(_extract_job, jobs, chunksize=1)):
            try:
                if isinstance(figures, str):
                    raise StoreError(figures)
                yield ingest_article(
                    store, data, title=title, outlet=outlet, url=url, published=published, actor=actor, figures=figures
                )
            except StoreError as e:
                yield e
