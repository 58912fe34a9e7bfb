"""Articles: ingest (an article and its figures in one transaction), near-duplicates by content
hash and MinHash sketch, citations of hand-entered and imported figures, and the article reads.

`ArticlesMixin` is part of `Store` (store/db.py); `_write_articles` is the one place article
rows, their sketches and their audit rows are written.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from rapidfuzz import fuzz

from .gazetteer import fold
from .vocab import strip_accents
from .values import StoreError, _json, _opt_text, now, parse_date

ARTICLE_FIELDS = ("id", "title", "outlet", "url", "published", "duplicate_of")
# The columns of an article row as written (the id is taken up front, see _write_articles).
_ARTICLE_COLUMNS = ("id", "title", "outlet", "url", "published", "received", "text", "content_hash", "duplicate_of", "created_by")
# What an article's audit row records (the text is in the row; the hash says which text).
_AUDITED = ("title", "outlet", "url", "published", "duplicate_of", "content_hash")

MAX_ARTICLE_CHARS = 1_000_000
SKETCH_SIZE = 64
DUPLICATE_SIMILARITY = 0.7

# Rows per executemany call of a bulk import: one chunk's rows are held in memory at a time.
CHUNK = 5_000

_WORDS = re.compile(r"\w+")


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(_WORDS.findall(text.casefold())).encode()).hexdigest()


def sketch(text: str, k: int = SKETCH_SIZE) -> list[int]:
    """Bottom-k MinHash of the article's 5-word shingles (stable across runs)."""
    words = _WORDS.findall(text.casefold())
    if len(words) < 5:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    return sorted({zlib.crc32(s.encode()) for s in shingles})[:k]


def sketch_similarity(a: list[int], b: list[int], k: int = SKETCH_SIZE) -> float:
    """Estimated Jaccard similarity of two bottom-k sketches."""
    union = sorted(set(a) | set(b))[:k]
    if not union:
        return 0.0
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def check_article_text(text: Any) -> str:
    """Refuse what is not article text: empty, binary, oversized."""
    if isinstance(text, bytes):
        if b"\x00" in text[:4096]:
            raise StoreError("that is a binary file, not article text")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise StoreError("the article is not UTF-8 text") from None
    if not isinstance(text, str) or not text.strip():
        raise StoreError("the article is empty")
    if "\x00" in text:
        raise StoreError("that is a binary file, not article text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise StoreError(f"the article is too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})")
    return text


@dataclass
class IngestResult:
    article: dict
    figures: list[dict]
    duplicate_of: int | None


def _title_case(text: str, pos: int) -> bool:
    """Is the line holding pos in title case ("Three Dead In Fatal Crash On Highway"), its capitals no sign of names?"""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start : end if end >= 0 else len(text)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


class ArticlesMixin:
    """Methods of `Store` for articles; they use its connection, `_transaction` and the figures' write path."""

    def find_duplicate(self, text: str) -> int | None:
        """The id of a stored article this text repeats (exactly or almost), if any."""
        row = self.conn.execute(
            "select id, duplicate_of from articles where content_hash = ? order by id limit 1", (content_hash(text),)
        ).fetchone()
        if row:
            return row[1] or row[0]
        mine = sketch(text)
        if not mine:
            return None
        marks = ",".join("?" * len(mine))
        candidates = self.conn.execute(
            f"select article_id, count(*) c from article_sketch where h in ({marks}) group by article_id "
            f"having c >= ? order by c desc limit 5",
            mine + [max(2, len(mine) // 4)],
        ).fetchall()
        for article_id, _ in candidates:
            theirs = [r[0] for r in self.conn.execute("select h from article_sketch where article_id = ?", (article_id,))]
            if sketch_similarity(mine, theirs) >= DUPLICATE_SIMILARITY:
                return article_id
        return None

    def _article_row_for(self, text: str | None, meta: dict, actor: str, duplicate_of: int | None) -> dict:
        """A checked articles row (no id yet) from the text and its title, outlet, url and published date."""
        return {
            "title": _opt_text(meta.get("title"), "title"),
            "outlet": _opt_text(meta.get("outlet"), "outlet"),
            "url": _opt_text(meta.get("url"), "url"),
            "published": parse_date(meta.get("published"), "published"),
            "received": now(),
            "text": text,
            "content_hash": content_hash(text) if text else None,
            "duplicate_of": duplicate_of,
            "created_by": actor,
        }

    def _write_articles(self, rows: list[dict], actor: str) -> list[int]:
        """Insert checked rows with their sketches and audit rows, in a few statements; returns their ids.

        The one write path of articles: ingest, citations and bulk imports all come here. Ids are
        taken up front (a write transaction has one writer), so the sketches need no lastrowid.
        """
        if not rows:
            return []
        first = self.conn.execute("select coalesce(max(id), 0) + 1 from articles").fetchone()[0]
        out = [{**row, "id": first + i} for i, row in enumerate(rows)]
        marks = ",".join("?" * len(_ARTICLE_COLUMNS))
        # Plain SQL: sqlite-utils' generic insert costs more than the write itself.
        self.conn.executemany(f"insert into articles ({', '.join(_ARTICLE_COLUMNS)}) values ({marks})", [[r[c] for c in _ARTICLE_COLUMNS] for r in out])
        # A near-duplicate is found by the sketch of the article it repeats, so duplicates get none.
        self.conn.executemany(
            "insert into article_sketch (article_id, h) values (?, ?)",
            [(r["id"], h) for r in out if r["text"] and r["duplicate_of"] is None for h in sketch(r["text"])],
        )
        self._audit_added(actor, "article", [(r["received"], r["id"], _json({k: r[k] for k in _AUDITED})) for r in out])
        return [r["id"] for r in out]

    def _insert_article(self, text: str | None, meta: dict, actor: str, duplicate_of: int | None) -> int:
        return self._write_articles([self._article_row_for(text, meta, actor, duplicate_of)], actor)[0]

    def add_articles(self, articles: Iterable[dict], *, actor: str) -> list[int]:
        """Add article records `{title, outlet, url, published, text}` in one transaction; returns their ids in order.

        For large imports: the rows are written a chunk at a time through the same path as one
        article. They are not checked against the stored ones for near-duplicates: ingest
        articles that must be (`extract.ingest_article`).
        """
        self._writable()
        ids: list[int] = []
        with self._transaction():
            rows: list[dict] = []
            for a in articles:
                rows.append(self._article_row_for(a.get("text") or None, a, actor, None))
                if len(rows) >= CHUNK:
                    ids += self._write_articles(rows, actor)
                    rows = []
            ids += self._write_articles(rows, actor)
        return ids

    def ingest(
        self,
        text: str,
        figures: Iterable[dict] | None,
        *,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: Any = None,
        actor: str,
        duplicate_of: int | None = None,
    ) -> IngestResult:
        """Store an article and its extracted figures in one transaction.

        A duplicate article (pass `duplicate_of`, see find_duplicate) is
        recorded as such and adds no figures.
        """
        self._writable()
        text = check_article_text(text)
        meta = {"title": title, "outlet": outlet, "url": url, "published": published}
        with self._transaction():
            article_id = self._insert_article(text, meta, actor, duplicate_of)
            rows = []
            if duplicate_of is None:
                rows = [self._figure_row_for(fig, article_id, text=text, origin="extracted", review="auto", actor=actor, create_names=True) for fig in figures or ()]
            ids = self._write_figures(rows, actor)
        return IngestResult(self.article(article_id), self.figures_by_ids(ids), duplicate_of)

    def article(self, article_id: int) -> dict:
        row = self.conn.execute(
            "select id, title, outlet, url, published, duplicate_of from articles where id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article #{article_id}")
        return dict(zip(ARTICLE_FIELDS, row))

    def article_text(self, article_id: int) -> str | None:
        row = self.conn.execute("select text from articles where id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def _articles_of(self, figure_ids: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
        """(figure id, article id) of each figure, and the articles' ids once each: what the readers below read."""
        rows = self.conn.execute(f"select id, article_id from figures where id in ({', '.join('?' * len(figure_ids))})",
                                 figure_ids).fetchall()
        return rows, sorted({a for _, a in rows})

    def figures_whose_article_says(self, figure_ids: list[int], word: str, *, as_place: bool = False) -> set[int]:
        """The figures among figure_ids whose article's title or text has `word` at the start of a word,
        accents and case aside ("izmir" finds "İzmir", "vina" finds "Viña"), or whose article's text the
        store does not keep. `as_place`: only where the article says something happened in it ("Heavy rains in
        Freetown", not "the road linking Kassala with Khartoum")."""
        if not figure_ids or not word:
            return set()
        rows, ids = self._articles_of(figure_ids)
        said = _said_as_place(word) if as_place else re.compile(r"\b" + _spaced(word))
        titled = re.compile(r"\b" + _spaced(word))
        marks = ", ".join("?" * len(ids))
        # One read of each article; one kept without its text (figures imported with a citation only) says
        # what its title, its figures' quotes (or notes), their places and their sources say ("sardoba dam collapse
        # death toll" is not answered by an imported figure from Bahía Blanca; "gb floods" is by the GB Home Minister's).
        quoted: dict[int, str] = {}
        for aid, quote, place, agency in self.conn.execute(
            f"select f.article_id, coalesce(f.quote, '') || ' ' || coalesce(f.note, ''), coalesce(p.name, ''), "
            f"coalesce(a.name, '') from figures f left join places p on p.id = f.place_id "
            f"left join agencies a on a.id = f.agency_id "
            f"where f.article_id in ({marks}) and f.article_id in (select id from articles where text is null)", ids
        ):
            # (and a place's initials, as stories shorten it: "KP" for Khyber Pakhtunkhwa, "GB" for Gilgit-Baltistan)
            words = re.split(r"[\s-]+", place.strip())
            initials = "".join(w[0] for w in words if w) if len(words) > 1 else ""
            quoted[aid] = f"{quoted.get(aid, '')} {quote} {place} {initials} {agency}"
        read = [(aid, fold(title), fold(text if text is not None else quoted.get(aid, "")), text is None and not title)
                for aid, title, text in self.conn.execute(f"select id, coalesce(title, ''), text from articles where id in ({marks})", ids)]
        # (one with neither text nor title cannot say it does not)
        saying = {aid for aid, title, body, blank in read if blank or titled.search(title) or said.search(body)}
        return {fid for fid, aid in rows if aid in saying}

    def figures_whose_article_cites(self, figure_ids: list[int], name: str) -> set[int]:
        """The figures among figure_ids whose article's title or text names the source `name` as a whole word ("ASDMA",
        "Queensland Police"): an acronym in capitals as written (WHO, not "who"; UN, not "under"), other names case and
        accents aside."""
        if not figure_ids or not name.strip():
            return set()
        rows, ids = self._articles_of(figure_ids)
        acronym = name.isupper()
        cited = re.compile(r"(?<!\w)" + re.escape(name if acronym else fold(name)) + r"(?!\w)")
        saying = {
            aid for aid, title, text in self.conn.execute(
                f"select id, coalesce(title, ''), coalesce(text, '') from articles where id in ({', '.join('?' * len(ids))})", ids)
            if cited.search(f"{title}\n{text}" if acronym else fold(f"{title}\n{text}"))
        }
        return {fid for fid, aid in rows if aid in saying}

    def figures_in_reports_on(self, place: str, statuses: list[str], subjects: list[str], *, known: bool = True,
                              limit: int = 200) -> list[int]:
        """Ids of the figures of these statuses and subjects, newest first, wherever they are placed, from the newest
        articles whose text says something happened in `place` ("Fire at a container depot in Sitakunda", a dateline)
        or whose title names it: anywhere for a place the store knows, after "in", "at"... for a word it does not
        ("Hope fades for trapped miners" is about no place called Hope)."""
        name = _fts_phrase(place)
        if not name or not statuses or not subjects:
            return []
        # (the name's own words only: a phrase with "in" would read the index's list of every article saying "in")
        match = f'"{name}"'
        said = _said_as_place(place, r"\b")
        titled = re.compile(r"\b" + _spaced(place) + r"\b") if known else _said_as_place(place, r"\b", start=False)
        articles = [
            aid for aid, title, text in self.conn.execute(
                "select id, coalesce(title, ''), coalesce(text, '') from articles where rowid in "
                "(select rowid from articles_fts where articles_fts match ? order by rowid desc limit ?) and duplicate_of is null",
                (match, READ_FOR_A_PLACE))
            if titled.search(fold(title)) or said.search(fold(text))
        ]
        if not articles:
            return []
        rows = self.conn.execute(
            # (order by +id: read through the article_id index, not a walk of every figure in id order)
            f"select id from figures where article_id in ({', '.join('?' * len(articles))}) and +status in "
            f"({', '.join('?' * len(statuses))}) and +subject in ({', '.join('?' * len(subjects))}) order by +id desc limit ?",
            articles + list(statuses) + list(subjects) + [limit])
        return [r[0] for r in rows]

    def says_anywhere(self, word: str) -> bool:
        """Does any stored article's title or text, or any figure's quote or note, say this word, or one spelt a letter
        or two apart ("viaregio" for Viareggio)?"""
        if not word.isalpha() or len(word) < 4:
            return True  # (too short to tell)
        prefix = f'"{word[:3]}"*'
        near = re.compile(rf"\b{re.escape(word[:3])}\w*", re.I)
        for table, columns in (("articles", "coalesce(title, '') || ' ' || coalesce(text, '')"), ("figures", "coalesce(quote, '') || ' ' || coalesce(note, '')")):
            rows = self.conn.execute(
                f"select {columns} from {table} where rowid in (select rowid from {table}_fts where {table}_fts match ?) limit 200", (prefix,))
            if any(fuzz.ratio(word.lower(), m.group().lower()) >= 85 for (said,) in rows for m in near.finditer(said)):
                return True
        return False

    def writes_as_a_name(self, word: str, *, beside: Iterable[str] = ()) -> bool:
        """Does a stored article write this word as a name: capitalised inside a sentence ("... in Minneapolis",
        not "Fatal" opening one)? With `beside`, an article that also says one of these words, a place's names and
        its people's ("Tempi" in a report on "the Greek railways", not "Summer" in one on the Olympics for a question on
        Kenya's floods). Articles kept without their text are read through their figures' quotes, notes and places
        (_cites_as_a_name)."""
        if not word.replace(" ", "").isalpha():
            return False
        # (a name of more words, each capitalised: "fort albany" is written "Fort Albany")
        # (after a dateline's capitals and dash too: "BUHERA -Buhera District in Manicaland Province has recorded")
        name = re.compile(r"(?:[a-z,;:)]\s+|\b[A-Z]{3,}[A-Z.,\s]*?\s*[-–—]+\s*)" + _capitalised(word, r"\s+") + r"\b")
        near = [f'"{p}"' for p in (_fts_phrase(b) for b in beside) if p]
        match = f'"{word}"' + (" AND (" + " OR ".join(near) + ")" if near else "")
        rows = self.conn.execute(
            "select text from articles where rowid in (select rowid from articles_fts where articles_fts match ?) "
            "and text is not null limit 200", (match,))
        if any(not _title_case(text, m.start()) for (text,) in rows for m in name.finditer(text)):
            return True
        return self._cites_as_a_name(word, name, beside)

    def _cites_as_a_name(self, word: str, name: re.Pattern, beside: Iterable[str]) -> bool:
        """writes_as_a_name for the articles kept without their text (figures imported with a citation only): a figure's
        quote or note writes the word as a name ("19 other people in Barrow-in-Furness"), or a figure is placed in a place
        whose name has the word capitalised ("Barrow-in-Furness", not "Kutupalong camp" for "camp"), in an article whose
        quotes, places and title say one of `beside` where it is given. Reads the first 200 figures the full-text index
        finds for the word (and as many placed in such a place), as the text check reads its first 200 articles."""
        phrase = _fts_phrase(word)
        if not phrase:
            return False
        hits = self.conn.execute(
            "select article_id from figures where rowid in (select rowid from figures_fts where figures_fts match ? limit 200) "
            "and article_id in (select id from articles where text is null)", (f'"{phrase}"',)).fetchall()
        hits += self.conn.execute(
            "select f.article_id from figures f join places p on p.id = f.place_id where p.name like ? "
            "and f.article_id in (select id from articles where text is null) limit 200", (f"%{phrase.split()[0]}%",)).fetchall()
        ids = sorted({aid for (aid,) in hits})
        if not ids:
            return False
        # (the place's own spelling, its first letter a capital: a name, not a kind word after one)
        placed = re.compile(r"(?:^|[\s(-])" + _capitalised(word, r"[\s-]+") + r"(?![\w])")
        near = [re.compile(r"\b" + _spaced(b) + r"\b") for b in beside if _fts_phrase(b)]
        said: dict[int, tuple[str, list[str], list[str]]] = {}
        for aid, quote, note, place, title in self.conn.execute(
            f"select f.article_id, coalesce(f.quote, ''), coalesce(f.note, ''), coalesce(p.name, ''), coalesce(a.title, '') "
            f"from figures f join articles a on a.id = f.article_id left join places p on p.id = f.place_id "
            f"where f.article_id in ({', '.join('?' * len(ids))})", ids):
            _, quotes, places = said.setdefault(aid, (title, [], []))
            quotes += [quote, note]  # (each read alone: a quote's last word and a note's first are no sentence)
            places.append(place)
        for title, quotes, places in said.values():
            if not any(name.search(q) for q in quotes) and not any(placed.search(strip_accents(p)) for p in places):
                continue
            if not near or any(n.search(fold(" ".join([title, *quotes, *places]))) for n in near):
                return True
        return False

    def articles(self, limit: int = 1000) -> list[dict]:
        rows = self.conn.execute(
            "select id, title, outlet, url, published, duplicate_of from articles order by id desc limit ?", (limit,)
        ).fetchall()
        return [dict(zip(ARTICLE_FIELDS, r)) for r in rows]

    def find_or_add_citation(self, citation: dict, *, actor: str) -> int:
        """An article row for a hand-entered or imported figure: by url, else title+outlet+date."""
        title, outlet, url = citation.get("title"), citation.get("outlet"), citation.get("url")
        published = parse_date(citation.get("published"), "published")
        if not (title or outlet or url):
            raise StoreError("a figure needs its article: give at least a title, an outlet or a url")
        if url:
            row = self.conn.execute("select id from articles where url = ? order by id limit 1", (url,)).fetchone()
        else:
            row = self.conn.execute(
                "select id from articles where title is ? and outlet is ? and published is ? and duplicate_of is null order by id limit 1",
                (title, outlet, published),
            ).fetchone()
        if row:
            return row[0]
        return self._insert_article(None, {"title": title, "outlet": outlet, "url": url, "published": published}, actor, None)


@lru_cache(maxsize=256)
def _said_as_place(word: str, end: str = "", *, start: bool = True) -> re.Pattern:
    """`word` written as a place something happened in: after a locative, as a capital, or (`start`) first, as a
    dateline ("FREETOWN, Aug 15 (Reuters)", "Sierra Leone's capital Freetown", "in Freetown"), matched on folded text."""
    where = (r"(?:\b(?:" + "|".join(_LOCATIVES) + r"|(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
             r"(?:ern)?\s+of|(?:outskirts|countryside|suburbs?)\s+of)\s+(?:the\s+)?|\bcapital\s+" + (r"|^\W*)" if start else ")"))
    return re.compile(where + _spaced(word) + end)


def _spaced(word: str) -> str:
    """A name as a pattern on folded text, its spaces and hyphens alike ("Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa")."""
    return r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]+", fold(word).strip()))


def _capitalised(word: str, between: str) -> str:
    """A pattern for a name as it is written, each word capitalised ("fort albany" -> "Fort Albany"), `between` its words."""
    return between.join(re.escape(w[:1].upper() + w[1:].lower()) for w in word.split())


def _fts_phrase(name: str) -> str:
    """A name as the words of a full-text phrase (no quotes or operators of the query language inside it)."""
    return " ".join(re.findall(r"\w+", name))


# Words before a place something happened in ("in Freetown")
_LOCATIVES = ("in", "at", "near", "around", "across", "outside", "inside", "throughout")
# The newest articles naming a place read for the ones that tell of something happening there (a report on it is among
# the newest that name it, however many name it in passing before)
READ_FOR_A_PLACE = 300
