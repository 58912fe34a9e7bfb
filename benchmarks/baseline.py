"""The baseline: what a user would do instead of asking the bot, search the stored quotes.

Full-text search with FTS5's bm25 ranking over `figures_fts` (the quote and
note of every figure, kept by the store's triggers): the question's words,
OR-ed, each quoted so nothing in a question is read as FTS syntax; the top
hit's number is the answer, shown with the hit's agency and article as a
search result would show them.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

# Function words that every quote holds: searching for them ranks nothing and
# makes every query touch every row.
STOPWORDS = frozenset(
    "a an the of in on at to for by and or is are was were be been has have had do does did how many much what "
    "who whom which where when why there their it its this that these those from with about as into than".split()
)
_WORD = re.compile(r"\w+")
_SQL = (
    "select f.value, f.low, f.high, f.quote, f.note, ag.name, a.title, a.outlet, a.published "
    "from (select rowid from figures_fts where figures_fts match ? order by rank limit 1) hit "
    "join figures f on f.id = hit.rowid join articles a on a.id = f.article_id "
    "left join agencies ag on ag.id = f.agency_id"
)


@dataclass
class Hit:
    text: str
    value: int | None
    none: bool


def match_expression(question: str) -> str | None:
    """The question's words as an FTS5 query: "word1" OR "word2" ... (None when no word is left)."""
    words = []
    for w in _WORD.findall(question.casefold()):
        if w not in STOPWORDS and w not in words:
            words.append(w)
    if not words:
        return None
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in words[:32])


def search(conn: sqlite3.Connection, question: str) -> Hit:
    """The top bm25 hit for the question, as a search results page would show it."""
    expr = match_expression(question)
    if expr is None:
        return Hit("No results.", None, True)
    row = conn.execute(_SQL, (expr,)).fetchone()
    if row is None:
        return Hit("No results.", None, True)
    value, low, high, quote, note, agency, title, outlet, published = row
    number = value if value is not None else (high if high is not None else low)
    source = ", ".join(x for x in (title, outlet, published) if x)
    text = f"{number:,}: \"{quote or note}\" ({agency or 'unattributed'}; {source})" if number is not None else f"\"{quote or note}\" ({source})"
    return Hit(text, number, False)
