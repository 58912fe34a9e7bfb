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
) -> IngestResult:
    """Store an article and the figures extracted from it (a repeat of a stored one adds none).

    Refuses empty, binary or oversized text with a StoreError and stores nothing.
    """
    from . import extract_figures  # the extractor's public entry point

    text = check_article_text(text)
    published = parse_date(published, "published")
    duplicate_of = store.find_duplicate(text)
    figures: list[dict] = []
    if duplicate_of is None:
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
