"""Figures: validation against the vocabulary, the one write path (ids, fact ids, audit rows),
hand-entered and bulk-imported figures, and the reads (by id, filtered, all, counts).

`FiguresMixin` is part of `Store` (store/db.py). Every new figure, from an article's ingest, a
hand entry, a file import or a bulk import, is written by `_write_figures`, from rows that
`_figure_row_for` checked.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from . import vocab
from .articles import ARTICLE_FIELDS, CHUNK
from .values import StoreError, _int_or_none, _opt_text, _where, creation_record, now, parse_date
from .gazetteer import normalize

FIGURE_FIELDS = (
    "value",
    "low",
    "high",
    "qualifier",
    "subject",
    "status",
    "kind",
    "location",
    "agency",
    "person",
    "refers_to",
    "quote",
    "quote_start",
    "quote_end",
    "note",
)


def _fact_key(row: dict) -> tuple:
    return (row["status"], row["subject"], row["place_id"], row["agency_id"], row["value"], row["low"], row["high"])


@dataclass
class _Facts:
    """The facts written so far in one transaction, so a repeated fact is found without a query.

    `complete` says the store had no figures when the transaction began: every stored fact is
    then in `first`, and a fact not there is new without asking the database.
    """

    complete: bool
    first: dict[tuple, int] = field(default_factory=dict)  # fact key -> fact id (its first non-retracted figure)


class FiguresMixin:
    """Methods of `Store` for figures; they use its connection, `_transaction`, `_audit` and names."""

    # -- checks ------------------------------------------------------------------

    def validate(self, fig: dict) -> dict:
        """Check a figure's fields against the vocabulary; returns the cleaned values."""
        clean: dict[str, Any] = {}
        for k in ("value", "low", "high", "quote_start", "quote_end"):
            clean[k] = _int_or_none(fig.get(k), k)
        qualifier = fig.get("qualifier") or "exact"
        if qualifier not in vocab.QUALIFIERS:
            raise StoreError(f"unknown qualifier {qualifier!r}; one of: {', '.join(vocab.QUALIFIERS)}")
        if qualifier == "range" and clean["value"] is None and clean["low"] is not None:
            clean["value"] = clean["low"]  # FORMAT.md writes a range with a null value; the store keeps its low end
        if qualifier == "vague":
            if clean["low"] is None and clean["high"] is None:
                raise StoreError("a vague figure needs low and high bounds (e.g. hundreds: low=200 high=999)")
        elif clean["value"] is None:
            raise StoreError("a figure needs a value (or qualifier=vague with low and high)")
        if clean["low"] is not None and clean["high"] is not None and clean["low"] > clean["high"]:
            raise StoreError(f"low {clean['low']:,} is above high {clean['high']:,}")
        subject, status = fig.get("subject"), fig.get("status")
        if subject not in vocab.SUBJECTS:
            raise StoreError(f"unknown subject {subject!r}; one of: {', '.join(vocab.SUBJECTS)}")
        if status not in vocab.STATUSES:
            raise StoreError(f"unknown status {status!r}; one of: {', '.join(vocab.STATUSES)}")
        kind = fig.get("kind") or vocab.kind_for(subject, status)
        if kind not in vocab.KINDS:
            raise StoreError(f"unknown kind {kind!r}; one of: {', '.join(vocab.KINDS)}")
        clean.update(qualifier=qualifier, subject=subject, status=status, kind=kind)
        clean["refers_to"] = parse_date(fig.get("refers_to"), "refers_to")
        for k in ("person", "quote", "note", "location", "agency"):
            clean[k] = _opt_text(fig.get(k), k)
        return clean

    @staticmethod
    def _origin_and_review(origin: str | None, review: str | None) -> tuple[str, str]:
        """A figure's origin and review state: by hand means verified, anything else waits for review."""
        origin = origin or "manual"
        if origin not in vocab.ORIGINS:
            raise StoreError(f"unknown origin {origin!r}")
        review = review or ("verified" if origin == "manual" else "auto")
        if review not in vocab.REVIEW_STATES:
            raise StoreError(f"unknown review state {review!r}; one of: {', '.join(vocab.REVIEW_STATES)}")
        return origin, review

    def _figure_row_for(self, fig: dict, article_id: int, *, text: str | None, origin: str, review: str, actor: str, create_names: bool) -> dict:
        """A checked figures row (no id or fact yet): vocabulary, quote span, place and agency ids."""
        clean = self.validate(fig)
        if clean["quote"] is not None and text is not None:
            s, e = clean["quote_start"], clean["quote_end"]
            if s is None or e is None or text[s:e] != clean["quote"]:
                found = text.find(clean["quote"])
                if found < 0:
                    raise StoreError("the quote is not in the article text")
                clean["quote_start"], clean["quote_end"] = found, found + len(clean["quote"])
        place_id = self._place_id(clean.pop("location"), create=create_names, actor=actor, within=fig.get("location_in"),
                                  country=fig.get("location_country"))
        given = clean.pop("agency")
        agency_id = self._agency_id(given, create=create_names, actor=actor)
        stamp = now()
        return {
            **clean,
            "article_id": article_id,
            "place_id": place_id,
            "agency_id": agency_id,
            "agency_named": self._agency_named(fig.get("agency_named") or given, agency_id),
            "origin": origin,
            "review": review,
            "created_at": stamp,
            "created_by": actor,
            "updated_at": stamp,
            "updated_by": actor,
        }

    # -- the write path ------------------------------------------------------------

    def _write_figures(self, rows: list[dict], actor: str, facts: _Facts | None = None) -> list[int]:
        """Insert checked rows with their fact ids and audit rows, in a few statements; returns their ids.

        The one write path of figures. Ids are taken up front (a write transaction has one
        writer), so a new fact is its own first figure without an update that would re-index its
        quote; a fact written earlier in the same transaction is found in `facts` without a query
        (pass the same `facts` to every batch of a transaction).
        """
        if not rows:
            return []
        first = self.conn.execute("select coalesce(max(id), 0) + 1 from figures").fetchone()[0]
        if facts is None:
            facts = _Facts(complete=first == 1)
        out = []
        for i, row in enumerate(rows):
            key = _fact_key(row)
            fact = facts.first.get(key) or (None if facts.complete else self._fact_for(row))
            row = {"id": first + i, **row, "fact_id": fact or first + i}
            if row["review"] != "retracted":  # a retracted figure cites nothing; later ones do not join through it
                facts.first.setdefault(key, row["fact_id"])
            out.append(row)
        columns = list(out[0])
        self.conn.executemany(f"insert into figures ({', '.join(columns)}) values ({', '.join('?' * len(columns))})", [[r[c] for c in columns] for r in out])
        self._audit_added(actor, "figure", [(r["created_at"], r["id"], creation_record(r)) for r in out])
        return [r["id"] for r in out]

    def _fact_for(self, row: dict, exclude: int | None = None) -> int | None:
        """The fact an identical figure (value, subject, status, place, agency) already states."""
        hit = self.conn.execute(
            "select fact_id from figures where status = ? and subject = ? and place_id is ? and agency_id is ? "
            "and value is ? and low is ? and high is ? and review != 'retracted' and id is not ? order by id limit 1",
            (row["status"], row["subject"], row["place_id"], row["agency_id"], row["value"], row["low"], row["high"], exclude),
        ).fetchone()
        return hit[0] if hit else None

    def _insert_figure(self, fig: dict, article_id: int, *, text: str | None, origin: str, review: str, actor: str, create_names: bool) -> int:
        row = self._figure_row_for(fig, article_id, text=text, origin=origin, review=review, actor=actor, create_names=create_names)
        return self._write_figures([row], actor)[0]

    def add_figure(self, fig: dict, *, citation: dict | None = None, article_id: int | None = None, actor: str, origin: str = "manual", review: str | None = None) -> dict:
        """One figure entered by hand (or imported), cited to an article."""
        self._writable()
        origin, review = self._origin_and_review(origin, review)
        with self._transaction():  # a refused figure rolls back its citation too
            if article_id is None:
                article_id = self.find_or_add_citation(citation or {}, actor=actor)
            else:
                self.article(article_id)
            figure_id = self._insert_figure(fig, article_id, text=self.article_text(article_id), origin=origin, review=review, actor=actor, create_names=False)
        return self.figure(figure_id)

    def add_figures(self, figures: Iterable[dict], *, actor: str) -> int:
        """Add many figures, each like `add_figure`'s input plus `article_id` (and optional `origin`,
        `review`), in one transaction; returns how many were written.

        For large imports: each row is checked as `add_figure` checks it (places and agencies must
        exist) and written through the same path, a chunk at a time. A refused row, an unknown
        article or a broken constraint leaves the store as it was.
        """
        self._writable()
        count = 0
        with self._transaction():
            facts = _Facts(complete=not self.conn.execute("select exists(select 1 from figures)").fetchone()[0])
            figures = iter(figures)
            while chunk := list(itertools.islice(figures, CHUNK)):
                rows = []
                texts: dict[int, str | None] = {}  # article id -> text, to check quotes against (one chunk's)
                for fig in chunk:
                    origin, review = self._origin_and_review(fig.get("origin"), fig.get("review"))
                    article_id = self._cited_article(fig.get("article_id"), texts)
                    rows.append(self._figure_row_for(fig, article_id, text=texts[article_id], origin=origin, review=review, actor=actor, create_names=False))
                count += len(self._write_figures(rows, actor, facts))
        return count

    def _cited_article(self, value: Any, texts: dict[int, str | None]) -> int:
        """The id of a stored article a bulk row cites; its text is kept in `texts`."""
        try:
            article_id = int(value)
        except (TypeError, ValueError):
            raise StoreError(f"a figure needs the id of its article, got {str(value)[:40]!r}") from None
        if article_id not in texts:
            row = self.conn.execute("select text from articles where id = ?", (article_id,)).fetchone()
            if row is None:
                raise StoreError(f"no article #{article_id}")
            texts[article_id] = row[0]
        return article_id

    # -- reads -----------------------------------------------------------------------

    def _figure_row(self, figure_id: int) -> dict:
        cur = self.conn.execute("select * from figures where id = ?", (figure_id,))
        row = cur.fetchone()
        if row is None:
            raise StoreError(f"no figure #{figure_id}")
        return dict(zip([c[0] for c in cur.description], row))

    def figure(self, figure_id: int) -> dict:
        """A figure as a dict in the vocabulary of FORMAT.md, with its article and citations."""
        found = self.figures_by_ids([figure_id])
        if not found:
            raise StoreError(f"no figure #{figure_id}")
        return found[0]

    def figures_by_ids(self, ids: list[int]) -> list[dict]:
        """Figures as dicts, in the order of ids."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        cur = self.conn.execute(
            f"select f.*, a.title, a.outlet, a.url, a.published, a.duplicate_of from figures f "
            f"join articles a on a.id = f.article_id where f.id in ({marks})",
            ids,
        )
        cols = [c[0] for c in cur.description]
        rows = {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}
        facts = {r["fact_id"] for r in rows.values() if r["fact_id"] is not None}
        citations = self._citations(facts)
        return [self._to_dict(rows[i], citations) for i in ids if i in rows]

    def _citations(self, fact_ids: set[int]) -> dict[int, list[dict]]:
        if not fact_ids:
            return {}
        marks = ",".join("?" * len(fact_ids))
        cur = self.conn.execute(
            f"select f.fact_id, a.id, a.title, a.outlet, a.url, a.published, a.duplicate_of from figures f "
            f"join articles a on a.id = f.article_id where f.fact_id in ({marks}) and f.review != 'retracted' "
            f"order by coalesce(a.published, '') desc, a.id desc",
            list(fact_ids),
        )
        out: dict[int, list[dict]] = {}
        for fact_id, *article in cur.fetchall():
            cites = out.setdefault(fact_id, [])
            art = dict(zip(ARTICLE_FIELDS, article))
            if all(c["id"] != art["id"] for c in cites):
                cites.append(art)
        return out

    def _to_dict(self, r: dict, citations: dict[int, list[dict]]) -> dict:
        g = self.gazetteer()
        place = g.place_by_id(r["place_id"])
        agency = g.agency_by_id(r["agency_id"])
        article = {"id": r["article_id"], "title": r["title"], "outlet": r["outlet"], "url": r["url"], "published": r["published"], "duplicate_of": r["duplicate_of"]}
        out = {
            "id": r["id"],
            "fact_id": r["fact_id"],
            **{k: r[k] for k in ("value", "low", "high", "qualifier", "subject", "status", "kind")},
            "location": place.name if place else None,
            "agency": agency.name if agency else None,
            "agency_named": r.get("agency_named"),
            "agency_initials": g.agency_initials(agency.id) if agency else None,
            **{k: r[k] for k in ("person", "refers_to", "quote", "quote_start", "quote_end", "origin", "review", "note")},
            **{k: r[k] for k in ("created_at", "created_by", "updated_at", "updated_by")},
            "article": article,
            "citations": citations.get(r["fact_id"]) or [article],
        }
        return out

    def figures(
        self,
        *,
        place: str | None = None,
        agency: str | None = None,
        subject: str | None = None,
        status: str | None = None,
        review: str | None = None,
        include_retracted: bool = False,
        within: bool = True,
        after_id: int = 0,
        article_id: int | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
        """Figures filtered by place (and the places inside it), agency, subject, status, review, article."""
        where, params = [], []
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        g = self.gazetteer()
        if place:
            p = g.place(place)
            if p is None:
                raise StoreError(f"unknown place {place!r}")
            ids = [p.id] + (sorted(g.descendants(p.id)) if within else [])
            where.append(f"place_id in ({','.join('?' * len(ids))})")
            params += ids
        if agency:
            if normalize(agency) == "unattributed":
                where.append("agency_id is null")
            else:
                a = g.agency(agency)
                if a is None:
                    raise StoreError(f"unknown agency {agency!r}")
                where.append("agency_id = ?")
                params.append(a.id)
        for field, value, allowed in (("subject", subject, vocab.SUBJECTS), ("status", status, vocab.STATUSES), ("review", review, vocab.REVIEW_STATES)):
            if value:
                if value not in allowed:
                    raise StoreError(f"unknown {field} {value!r}; one of: {', '.join(allowed)}")
                where.append(f"{field} = ?")
                params.append(value)
        if not include_retracted and review != "retracted":
            where.append("review != 'retracted'")
        if after_id:
            where.append("id > ?")  # keyset paging: cheap on a large store
            params.append(after_id)
        sql = "select id from figures" + (" where " + " and ".join(where) if where else "") + " order by id"
        if limit is not None:
            sql += " limit ? offset ?"
            params += [limit, offset]
        return self.figures_by_ids([r[0] for r in self.conn.execute(sql, params)])

    def iter_figures(self, *, include_retracted: bool = True, batch: int = 1000) -> Iterator[dict]:
        """Every figure, in id order, in batches (for export)."""
        last = 0
        while True:
            ids = [
                r[0]
                for r in self.conn.execute(
                    "select id from figures where id > ? " + ("" if include_retracted else "and review != 'retracted' ") + "order by id limit ?",
                    (last, batch),
                )
            ]
            if not ids:
                return
            yield from self.figures_by_ids(ids)
            last = ids[-1]

    def count(self, review: str | None = None, *, after_id: int = 0, article_id: int | None = None) -> int:
        """How many figures (in a review state, with ids above after_id, of one article)."""
        where, params = _where({"id > ?": after_id, "review = ?": review or None, "article_id = ?": article_id})
        return self.conn.execute(f"select count(*) from figures{where}", params).fetchone()[0]
