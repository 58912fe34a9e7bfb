"""Figures that answer a Query, ranked: SQL on the store's indexes, then a small sort in Python.

The SQL reads only the covering index (status, subject, place_id) or the
place_id / agency_id indexes and returns a bounded number of ids; the details
of those few figures are then read by primary key. Ranking:

1. about the asked place itself before a place inside it (Jazra inside Raqqa);
2. the asked status before a related one ("still in" is remaining, then trapped);
3. figures whose article says the question's other words ("overnight strikes");
4. the asked subject itself before a narrower one (people, then children),
   then a related one (troops, then military personnel);
5. the agency named in passing, if any;
6. verified before auto, corroborated (more articles) before single-source,
   attributed before unattributed, newest first.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass

from store import Store, vocab
from store.gazetteer import Gazetteer

from . import words as W
from .when import in_range
from .parse import Query

# How many figures each SQL query may return (newest ids first); enough for a
# reply (one figure, three others and a count) with room for deduplication.
CANDIDATES = 80
# A question that names no place and no source reads at most this many index entries.
SAMPLE = 3000
# With this many figures about the asked place itself, places inside it are not read.
ENOUGH_EXACT = 20
# A place and everything inside it; beyond this many places (a whole region)
# the contained places are left out rather than sent to SQLite one by one.
MAX_PLACES = 400

_CONTEXT_BEFORE = 200
_CONTEXT_AFTER = 250


@dataclass
class Hit:
    """One candidate figure with what the ranking needs."""

    id: int
    fact_id: int
    place_id: int | None
    agency_id: int | None
    review: str
    status: str
    subject: str
    value: int | None
    date: str | None  # refers_to, else the article's publication date
    quote: str
    context: str
    citations: int = 1
    place_exact: bool = True
    place_depth: int = 0  # levels below the asked place: a province's toll before a town's
    status_exact: bool = True
    subject_rank: int = 0  # 0 the subject asked, 1 a narrower one, 2 a related one
    relevance: float = 0.0
    reported: bool = False  # its date is its article's (the text gave none of its own)


# Descendant lists per gazetteer, so a country's places are walked once, not per question.
_descendants: "weakref.WeakKeyDictionary[Gazetteer, dict[int, list[int]]]" = weakref.WeakKeyDictionary()


def places_within(g: Gazetteer, place_id: int) -> list[int]:
    cache = _descendants.setdefault(g, {})
    if place_id not in cache:
        cache[place_id] = sorted(g.descendants(place_id))[:MAX_PLACES]
    return cache[place_id]


def asked_statuses(q: Query) -> list[str]:
    """The statuses asked, then the related ones."""
    out = list(q.statuses)
    for s in q.statuses:
        out += [r for r in W.RELATED_STATUSES.get(s, ()) if r not in out]
    return out


def asked_subjects(q: Query) -> list[str]:
    """The subjects asked, every subject inside them (people -> children, women...), then related ones."""
    out = list(q.subjects)
    for s in q.subjects:
        out += sorted(x for x in vocab.narrower_subjects(s) if x not in out)
    population = bool(q.statuses) and all(s in W.POPULATION_STATUSES for s in q.statuses)
    for s in q.subjects:
        for related in W.RELATED_SUBJECTS.get(s, ()):
            if related == "people" and not population and (s, related) not in W.RELATED_ONLY_WITH:
                continue
            # "people" for "civilians" means the people figure itself, not children or women again.
            candidates = {related} if related == "people" else vocab.narrower_subjects(related)
            out += sorted(x for x in candidates if x not in out)
    return out


def find(store: Store, q: Query, *, agency_id: int | None | str = "asked", reports_on: str | None = None) -> list[Hit]:
    """The figures that answer q, best first (retracted figures never). `reports_on`: wherever they are placed, those
    of the reports that tell of something happening in that place (q asks no place then)."""
    g = store.gazetteer()
    place = g.place(q.place, fuzzy=False) if q.place and not reports_on else None
    if q.place and place is None and not reports_on:
        return []
    if agency_id == "asked":
        agency = g.agency(q.agency, fuzzy=False) if q.agency else None
        if q.agency and agency is None:
            return []
        agency_id = agency.id if agency else None
    statuses, subjects = asked_statuses(q), asked_subjects(q)
    if not (statuses or subjects or place or agency_id):
        return []
    # A parent agency answers through its members: "according to the UN" finds OCHA's, UNICEF's...
    agencies = g.agency_members(agency_id) if agency_id is not None else None
    if reports_on:
        if not (statuses or subjects):
            return []
        ids = store.figures_in_reports_on(reports_on, statuses or list(vocab.STATUSES), subjects or list(vocab.SUBJECTS),
                                          known=g.place(reports_on, fuzzy=False) is not None)
    elif place is not None:
        # (and the places named together with others, "Khogyani and Sherzad": a figure for them is in part its own)
        ids = _candidate_ids(store, statuses, subjects, [place.id] + g.joint_places(place.id), agencies)
        inside = places_within(g, place.id)
        # Places inside rank after the place itself: with enough figures for the
        # place itself (a reply shows four), they would not be shown anyway.
        if inside and len(ids) < ENOUGH_EXACT:
            ids += _candidate_ids(store, statuses, subjects, inside, agencies, sample=True)
    else:
        ids = _candidate_ids(store, statuses, subjects, None, agencies)
    hits = _details(store, ids, with_context=bool(q.words))
    hits = [h for h in hits if h.review != "retracted" and _in_time(h, q.time) and _related_status_ok(h, q)
            and (not reports_on or agencies is None or h.agency_id in agencies)]
    if not hits:
        return []
    hits = _one_per_fact(store, hits)
    hint = g.agency(q.agency_hint, fuzzy=False) if q.agency_hint else None
    narrower = set().union(*(vocab.narrower_subjects(s) for s in q.subjects)) if q.subjects else set()
    for h in hits:
        h.place_exact = place is None or h.place_id == place.id
        if not h.place_exact and h.place_id is not None:
            up = g.ancestors(h.place_id)
            h.place_depth = up.index(place.id) + 1 if place.id in up else len(up) + 1
        h.status_exact = not q.statuses or h.status in q.statuses
        if q.subjects:
            h.subject_rank = 0 if h.subject in q.subjects else 1 if h.subject in narrower else 2
        else:
            # With no subject asked ("death toll in X"), people come before fighters and strikes.
            h.subject_rank = 0 if h.subject == "people" else 3 if h.subject in vocab.CONFLICT_SUBJECTS else 1
    if q.cases:
        # "how many cholera cases": counts of cases, of the disease asked (no flood's "affected")
        disease = disease_asked(q)
        hits = [h for h in hits if counts_cases(h) and (disease is None or _of_disease(h, disease))]
    else:
        hits = [h for h in hits if not counts_cases(h)]  # (and a count of cases answers only a question about cases)
    if not hits:
        return []
    if q.first_word and place is None and not store.says_anywhere(q.first_word):
        # "sendong washi how many ppl missing", "haiyan how many displaced acc to ocha": nothing the store keeps says the
        # word, so no figure it has answers (a source asked or not; the question's own words, "confirmed deaths acc to
        # ocha", are stopwords)
        return []
    event_name, written = written_event_name(store, q.event_name)
    named = event_name or q.first_word
    # (a name of several words written_event_name found written is not looked up again)
    if named and ((written or store.writes_as_a_name(named)) if place is None else
                  named == event_name and store.writes_as_a_name(named, beside=said_of(place))):
        # (a first word typed before "how many" too: "tapachula how many migrants deported" is asked of the reports
        # that name Tapachula, not answered with a flood's toll in Brazil)
        # "minneapolis bridge collapse how many evacuated": a figure from an article that never names Minneapolis (a
        # bridge collapse in Mexico) answers another question; not where no article writes the word as a name ("fatal
        # bridge collapse", "viaregio": a common word, or a misspelling no article has)
        said = store.figures_whose_article_says([h.id for h in hits], named)
        hits = [h for h in hits if h.id in said]
        if not hits:
            return []
    if q.event_place and (place is None or store.writes_as_a_name(q.event_place, beside=said_of(place))):
        # "noto earthquake number of injured": a figure whose article never names Noto answers another
        # question, so it is no answer at all; nor, with a place asked too, where an article on that place names the
        # event ("tempi train crash greece how many still missing": not Greece's missing from a shipwreck off Pylos; while
        # "summer floods kenya" is Kenya's, whatever a story on the Olympics writes)
        said = store.figures_whose_article_says([h.id for h in hits], q.event_place)
        hits = [h for h in hits if h.id in said]
        if not hits:
            return []
    if q.subjects and any(h.subject_rank == 0 and h.status_exact for h in hits):
        # "how many people displaced in Baidoa": households counted there answer only where no people are
        # (a subject asked itself stays: "how many hh displaced" asks for households, whatever else it asks)
        hits = [h for h in hits if h.subject in q.subjects or not any((s, h.subject) in W.UNIT_FALLBACK for s in q.subjects)]
    _score_relevance(hits, q.words)
    hint_id = hint.id if hint else None
    latest = q.kind == "latest"
    hits.sort(key=lambda h: _rank(h, hint_id, latest))
    return hits


def written_event_name(store: Store, name: str | None) -> tuple[str | None, bool]:
    """The longest start of an event's name of several words that a stored article writes as a name ("fort albany",
    written "Fort Albany"; "savar" of "savar garment", the factory's kind in lower case), else its first word; and
    whether the store was found to write the name returned (False where it was not asked)."""
    if not name or " " not in name:
        return name, False
    words = name.split()
    found = next((" ".join(words[:k]) for k in range(len(words), 1, -1) if store.writes_as_a_name(" ".join(words[:k]))), None)
    return (found, True) if found else (words[0], False)


def said_of(place) -> list[str]:
    """A place's name and its people's adjectives ("Greece", "Greek"): the words a report on it says."""
    return [place.name, *vocab.DEMONYMS_OF.get(place.name, ())]


_CASES = re.compile(r"\b(?:" + "|".join(sorted(vocab.CASE_WORDS)) + r")\b", re.I)


def disease_asked(q: Query) -> str | None:
    """The disease a question names ("cholera", "bird flu" rather than "flu"), read from its other words."""
    named = vocab.DISEASE_NAMED.search(" ".join(q.words))
    return vocab.disease(named.group()) if named else None


def counts_cases(h: Hit) -> bool:
    """Is the figure a count of cases: people affected whose quote says cases ("53 suspected cases") or infected?"""
    return h.status == "affected" and _CASES.search(h.quote) is not None


def _of_disease(h: Hit, disease: str) -> bool:
    """Is the figure's count one of this disease: the disease its quote names nearest its number ("1,000 measles cases
    and 300 cholera cases"), else one its article's title or the text around it names?"""
    named = list(vocab.DISEASE_NAMED.finditer(h.quote))
    if not named:
        return any(vocab.disease(m.group()) == disease for m in vocab.DISEASE_NAMED.finditer(h.context))
    # (the count itself, not "300" inside "1,300")
    at = next((m.start() for v in ((f"{h.value:,}", str(h.value)) if h.value is not None else ())
               for m in [re.search(rf"(?<![\d,.]){re.escape(v)}(?![\d,])", h.quote)] if m), None)
    nearest = min(named, key=lambda m: abs(m.start() - at)) if at is not None else named[0]
    return vocab.disease(nearest.group()) == disease


def _related_status_ok(h: Hit, q: Query) -> bool:
    """A figure of a related subject counts only with the statuses that relation allows."""
    if not q.subjects or h.subject in q.subjects:
        return True
    allowed = [W.RELATED_ONLY_WITH[(s, h.subject)] for s in q.subjects if (s, h.subject) in W.RELATED_ONLY_WITH]
    return not allowed or any(h.status in a for a in allowed)


def _rank(h: Hit, hint_id: int | None, latest: bool) -> tuple:
    newest = -_ordinal(h.date)
    return (
        not h.place_exact,
        h.subject_rank >= 3,
        h.place_depth,
        not h.status_exact,
        # A source named in passing ("... coalition strike sohr") is what the reader wants first.
        h.agency_id != hint_id if hint_id else False,
        newest if latest else 0,
        -h.relevance,
        h.subject_rank,
        h.review != "verified",
        -h.citations,
        h.agency_id is None,
        newest,
        -(h.value or 0),  # newest and largest first: a toll's latest, highest count leads
        -h.id,
    )


def _ordinal(date: str | None) -> int:
    if not date:
        return 0
    try:
        return dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return 0


def _in_time(h: Hit, time: str | None) -> bool:
    # A figure of another time does not answer "in 2016"; one of unknown date may.
    return in_range(h.date, time, reported=h.reported)


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


def _candidate_ids(
    store: Store, statuses: list[str], subjects: list[str], place_ids: list[int] | None, agency_ids: list[int] | None, *, sample: bool = False
) -> list[int]:
    """Ids of matching figures, newest first, from one indexed query.

    The query is written so that SQLite picks the index that narrows most:
    the (status, subject, place_id) index when the question names what is
    counted and where (read without touching the table), else the place_id or
    agency_id index. `order by +id` stops SQLite from walking a one-column index
    only because it is already in id order.
    """
    where: list[str] = []
    params: list = []
    narrow = bool(statuses or subjects)
    if narrow:
        # Both columns are listed (every value when one is not asked) so that SQLite
        # walks the (status, subject, place_id) index instead of scanning the table.
        s = statuses or list(vocab.STATUSES)
        u = subjects or list(vocab.SUBJECTS)
        where += [f"status in ({_marks(s)})", f"subject in ({_marks(u)})"]
        params += s + u
    if place_ids is not None:
        where.append(f"place_id in ({_marks(place_ids)})")
        params += place_ids
    if agency_ids is not None:
        # With a topic, the (agency_id, status, subject, place_id) index seeks exactly the figures asked for:
        # never more than the (status, subject, place_id) one, and over the many places inside a country a
        # tenth of its reads at 1,000,000 figures (benchmarks/README.md).
        where.append(f"{'' if narrow else '+'}agency_id in ({_marks(agency_ids)})")
        params += agency_ids
    if agency_ids is not None and not (narrow and place_ids is not None):
        return _agency_ids(store, agency_ids, where, params)
    sql = f"select id from figures where {' and '.join(where)}"
    if narrow and agency_ids is None and (place_ids is None or sample):
        # Anywhere at all ("how many people were killed") or anywhere inside a country:
        # rank a bounded sample of the index rather than sort every matching figure.
        sql = f"select id from ({sql} limit {SAMPLE}) order by id desc limit ?"
    else:
        sql += " order by +id desc limit ?"
    return [r[0] for r in store.conn.execute(sql, params + [CANDIDATES])]


def _agency_ids(store: Store, agency_ids: list[int], where: list[str], params: list) -> list[int]:
    """Figures of one agency, newest first, through the index that narrows most.

    With a topic SQLite reads the (agency_id, status, subject, place_id)
    index, with a place the (place_id, agency_id) one; `order by +id` keeps it
    from walking the agency's every figure in id order instead. With neither,
    that walk is the quickest way to the agency's newest figures.
    """
    filters = [w for w in where if not w.startswith(("+agency_id", "agency_id"))]
    extra = params[: len(params) - len(agency_ids)]
    if len(agency_ids) == 1:
        sql = "select id from figures where " + " and ".join(["agency_id = ?", *filters])
        sql += " order by +id desc limit ?" if filters else " order by id desc limit ?"
        return [r[0] for r in store.conn.execute(sql, [agency_ids[0], *extra, CANDIDATES])]
    # A parent and its members: each member's newest through its index, then the newest of all.
    out: list[int] = []
    for aid in agency_ids:
        out += _agency_ids(store, [aid], where[:-1] + ["+agency_id = ?"], [*extra, aid])
    return sorted(out, reverse=True)[:CANDIDATES]


def _details(store: Store, ids: list[int], *, with_context: bool) -> list[Hit]:
    if not ids:
        return []
    context = (
        f"substr(a.text, max(1, f.quote_start + 1 - {_CONTEXT_BEFORE}), f.quote_end - f.quote_start + {_CONTEXT_BEFORE + _CONTEXT_AFTER})"
        if with_context
        else "''"
    )
    rows = store.conn.execute(
        f"select f.id, f.fact_id, f.place_id, f.agency_id, f.review, f.status, f.subject, f.value, "
        # The article's title counts as context: it names the event ("Typhoon Mangkhut", "Marawi").
        f"coalesce(f.refers_to, a.published), coalesce(f.quote, f.note, ''), coalesce(a.title, '') || ' ' || coalesce({context}, ''), "
        f"f.refers_to is null "
        f"from figures f join articles a on a.id = f.article_id where f.id in ({_marks(ids)})",
        ids,
    ).fetchall()
    return [Hit(*r[:7], value=r[7], date=r[8], quote=r[9], context=r[10], reported=bool(r[11])) for r in rows]


def _one_per_fact(store: Store, hits: list[Hit]) -> list[Hit]:
    """One hit per fact (the same figure in several articles), with its number of articles; an unsourced
    figure that a sourced one states too gives way to it."""
    facts = sorted({h.fact_id for h in hits if h.fact_id is not None})
    counts: dict[int, int] = {}
    if facts:
        counts = dict(
            store.conn.execute(
                f"select fact_id, count(distinct article_id) from figures where fact_id in ({_marks(facts)}) "
                f"and review != 'retracted' group by fact_id",
                facts,
            ).fetchall()
        )
    best: dict[int, Hit] = {}
    for h in hits:
        key = h.fact_id if h.fact_id is not None else -h.id
        h.citations = counts.get(h.fact_id, 1)
        keep = best.get(key)
        # The fact is shown through its verified, newest member.
        if keep is None or (h.review == "verified", _ordinal(h.date), h.id) > (keep.review == "verified", _ordinal(keep.date), keep.id):
            best[key] = h
    # A number a source gives makes the same number stated without one redundant (a headline's "kills 13"
    # over the body's "13 dead, authorities said"): the sourced one answers.
    # (placed in the same place, or one inside the other: "Idlib" and "Idlib Governorate")
    g = store.gazetteer()
    sourced: dict[tuple, list[int | None]] = {}
    for h in best.values():
        if h.agency_id is not None:
            sourced.setdefault((h.value, h.subject, h.status), []).append(h.place_id)

    def covered(h: Hit) -> bool:
        return any(
            p == h.place_id or (p is not None and h.place_id is not None and (g.within(p, h.place_id) or g.within(h.place_id, p)))
            for p in sourced.get((h.value, h.subject, h.status), ())
        )

    return [h for h in best.values() if h.agency_id is not None or h.value is None or not covered(h)]


# -- relevance --------------------------------------------------------------------

_SUFFIXES = ("ings", "ing", "ies", "es", "ed", "s")


def _forms(word: str) -> tuple[str, ...]:
    """What to look for in an article for a question word: its synonyms, or its stem."""
    group = W.STATUS_WORDS.get(word) or W.SUBJECT_WORDS.get(word)
    if group is None:
        entry = W.PHRASES.get((word,))
        if entry and entry[0] in ("status", "subject"):
            group = (W.STATUS_WORDS if entry[0] == "status" else W.SUBJECT_WORDS)[entry[1]]
    if group is not None:
        return tuple(f for f in group if len(f) >= 4)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return (word[: -len(suffix)],)
    return (word,) if len(word) >= 3 else ()


def _score_relevance(hits: list[Hit], question_words: tuple[str, ...]) -> None:
    """Score each hit by the question's other words found in its quote (1) or around it (0.5).

    A word found around every candidate tells them apart less than a word found
    around one, so each word's weight is divided by how many candidates have it.
    """
    if not question_words or len(hits) < 2:
        return
    quotes = [h.quote.lower() for h in hits]
    contexts = [h.context.lower() for h in hits]
    for word in question_words:
        forms = _forms(word)
        if not forms:
            continue
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + ")")
        found = []
        for i in range(len(hits)):
            if pattern.search(quotes[i]):
                found.append((i, 1.0))
            elif pattern.search(contexts[i]):
                found.append((i, 0.5))
        if found:
            for i, weight in found:
                hits[i].relevance += weight / len(found)


# -- what the store knows, for honest no-answers ------------------------------------


def topic_counts(store: Store, place_id: int) -> dict[tuple[str, str], int]:
    """(subject, status) -> how many figures the place itself has, read from the index alone.

    The counts include retracted figures (the review state is not in the index);
    a topic whose figures are all retracted is dropped by the caller's check.
    """
    rows = store.conn.execute(
        f"select subject, status, count(*) from figures where status in ({_marks(vocab.STATUSES)}) "
        f"and subject in ({_marks(vocab.SUBJECTS)}) and place_id = ? group by status, subject",
        [*vocab.STATUSES, *vocab.SUBJECTS, place_id],
    ).fetchall()
    return {(subject, status): n for subject, status, n in rows}


def has_topic(store: Store, subject: str, status: str, place_ids: list[int]) -> bool:
    """Is there a figure (not retracted) on this topic in these places?"""
    row = store.conn.execute(
        f"select 1 from figures where status = ? and subject = ? and place_id in ({_marks(place_ids)}) and review != 'retracted' limit 1",
        [status, subject, *place_ids],
    ).fetchone()
    return row is not None


def sampled_topics(store: Store, place_ids: list[int], limit: int = 8) -> list[tuple[str, str]]:
    """(subject, status) pairs the store has figures for in these places, most figures first.

    Reads a few hundred rows through the place_id index: a sample is enough
    to say what else is known, and a country can hold hundreds of thousands.
    """
    if not place_ids:
        return []
    rows = store.conn.execute(
        f"select subject, status from figures where place_id in ({_marks(place_ids)}) and review != 'retracted' limit 500",
        place_ids,
    ).fetchall()
    counts: dict[tuple[str, str], int] = {}
    for subject, status in rows:
        counts[(subject, status)] = counts.get((subject, status), 0) + 1
    return [k for k, _ in sorted(counts.items(), key=lambda kv: -kv[1])][:limit]


def places_with_figures(store: Store, limit: int = 8) -> list[int]:
    """Place ids that have figures, by walking the place_id index (no full scan)."""
    out: list[int] = []
    last = -1
    while len(out) < limit:
        row = store.conn.execute("select min(place_id) from figures where place_id > ?", (last,)).fetchone()
        if row is None or row[0] is None:
            break
        last = row[0]
        out.append(last)
    return out


def has_figures(store: Store, place_ids: list[int]) -> bool:
    if not place_ids:
        return False
    return store.conn.execute(f"select 1 from figures where place_id in ({_marks(place_ids)}) and review != 'retracted' limit 1", place_ids).fetchone() is not None
