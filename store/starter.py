"""The starter dataset: the seed articles' figures, entered by hand as cited facts.

Only `make run` (``impactbot run --starter``) and ``impactbot init --starter``
load it, so a store for another crisis does not inherit Raqqa's figures.
"""

from __future__ import annotations

import json
from importlib import resources

from .db import Store

STARTER_ACTOR = "starter"


def starter_records() -> list[dict]:
    path = resources.files("store") / "data" / "starter.jsonl"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_starter(store: Store) -> int:
    """Add the starter figures unless this store already has them; returns how many were added."""
    if store.readonly:
        return 0
    if store.conn.execute("select 1 from figures where created_by = ? limit 1", (STARTER_ACTOR,)).fetchone():
        return 0
    records = starter_records()
    with store.db.atomic():
        for rec in records:
            art = rec.get("article") or {}
            citation = {k: art.get(k) for k in ("title", "outlet", "url", "published")}
            fig = {k: v for k, v in rec.items() if k != "article"}
            store.add_figure(fig, citation=citation, actor=STARTER_ACTOR, origin="manual", review="verified")
    return len(records)
