"""Questions over a store, and answer latency through the core `impactbot ask` uses.

Questions are drawn from the store's own places, aliases and agencies, the way
staff type them: synonyms, misspelled and transliterated place names, places
that contain others, agency questions, and questions with no answer (unknown
places, or a subject and status the place has no figure for), plus greetings
and hostile input.
"""

from __future__ import annotations

import random
import time
from typing import Callable

SUBJECT_SAY = {
    "civilians": ("civilians", "civilians"), "children": ("children", "kids"), "women": ("women", "women"),
    "people": ("people", "people"), "families": ("families", "families"), "displaced": ("displaced people", "IDPs"),
    "refugees": ("refugees", "refugees"), "fighters": ("fighters", "militants"), "personnel": ("aid workers", "aid workers"),
    "troops": ("troops", "troops"), "soldiers": ("soldiers", "soldiers"), "strikes": ("airstrikes", "strikes"),
    "vehicles": ("armoured vehicles", "vehicles"), "houses": ("homes", "houses"),
}  # fmt: skip
STATUS_SAY = {
    "killed": ("killed", "dead", "died"), "injured": ("injured", "wounded"), "casualties": ("casualties",),
    "missing": ("missing",), "detained": ("detained", "arrested"), "trapped": ("trapped", "stuck", "besieged"),
    "remaining": ("still in", "left in"), "living_under": ("living under ISIS",), "displaced": ("displaced",),
    "fled": ("fled",), "returned": ("returned to",), "in_need": ("in need of aid", "needing assistance"),
    "affected": ("affected",), "present": ("present",), "deployed": ("deployed",), "launched": ("launched",),
}  # fmt: skip
CATEGORY_SHARES = (
    ("how_many", 33), ("misspelled", 12), ("transliterated", 10), ("containing_place", 10), ("agency", 13),
    ("none_unknown_place", 8), ("none_absent_figure", 9), ("chatter", 5),
)  # fmt: skip
CHATTER = (
    "hello", "hi there", "thanks!", "what can you do?", "asdfghjkl", "🙂🙂🙂", "'; drop table figures; --",
    "<script>alert(1)</script>", "كم عدد الأطفال المحاصرين في الرقة؟", "help", "?", "how many", "x" * 600,
)  # fmt: skip


class Vocabulary:
    """Places (by kind, with aliases), agencies (with aliases) and what each place has figures on."""

    def __init__(self, store) -> None:
        conn = store.conn
        self.towns, self.containers = [], []
        for name, kind in conn.execute("select name, kind from places where created_by = 'bench' order by id"):
            (self.towns if kind == "town" else self.containers).append(name)
        self.containers += [r[0] for r in conn.execute("select name from places where kind = 'country' and id in (select parent_id from places where created_by = 'bench')")]
        self.place_aliases: dict[str, list[str]] = {}
        for place, alias in conn.execute("select p.name, a.alias from place_aliases a join places p on p.id = a.place_id where a.created_by = 'bench'"):
            self.place_aliases.setdefault(place, []).append(alias)
        self.agencies: list[tuple[str, list[str]]] = []
        aliases: dict[int, list[str]] = {}
        for agency_id, alias in conn.execute("select agency_id, alias from agency_aliases"):
            aliases.setdefault(agency_id, []).append(alias)
        for agency_id, name in conn.execute("select id, name from agencies where id in (select distinct agency_id from figures) order by id"):
            self.agencies.append((name, aliases.get(agency_id, [])))
        self._store = store

    def sample_figures(self, rng: random.Random, k: int) -> list[dict]:
        """k stored figures picked at random: what answerable questions ask about."""
        conn = self._store.conn
        top = conn.execute("select max(id) from figures").fetchone()[0] or 0
        ids = [rng.randint(1, top) for _ in range(k)] if top else []
        g = self._store.gazetteer()
        out = []
        for i in ids:
            row = conn.execute("select subject, status, place_id, agency_id from figures where id >= ? and place_id is not null order by id limit 1", (i,)).fetchone()
            if row is None:
                continue
            subject, status, place_id, agency_id = row
            place = g.place_by_id(place_id)
            agency = g.agency_by_id(agency_id)
            containers = [g.place_by_id(p).name for p in g.ancestors(place_id)]
            out.append({"subject": subject, "status": status, "place": place.name, "containers": containers, "agency": agency.name if agency else None})
        return out

    def pairs_at(self, place: str) -> set[tuple[str, str]]:
        return {
            (r[0], r[1])
            for r in self._store.conn.execute(
                "select distinct subject, status from figures where place_id = (select id from places where name = ?)", (place,)
            )
        }


def _typo(rng: random.Random, name: str) -> str:
    """One slip of the keyboard: a letter dropped, doubled or swapped with the next."""
    i = rng.randrange(1, max(2, len(name) - 1))
    op = rng.choice(("drop", "double", "swap"))
    if op == "drop":
        return name[:i] + name[i + 1 :]
    if op == "double":
        return name[:i] + name[i] + name[i:]
    return name[:i - 1] + name[i] + name[i - 1] + name[i + 1 :] if i < len(name) else name + name[-1]


def _unknown_place(rng: random.Random) -> str:
    syl = ("zor", "vex", "plin", "grat", "quib", "ulm", "trex", "bok", "snar", "fley")
    return "".join(rng.sample(syl, 3)).capitalize()


def _how_many(rng: random.Random, subject: str, status: str, place: str) -> str:
    subj = rng.choice(SUBJECT_SAY[subject])
    stat = rng.choice(STATUS_SAY[status])
    if status == "killed" and rng.random() < 0.25:
        return rng.choice((f"death toll in {place}", f"{subj} death toll {place}"))
    if stat.endswith(" in") or stat.endswith(" to"):
        return rng.choice((f"how many {subj} are {stat} {place}?", f"{subj} {stat} {place}"))
    return rng.choice((
        f"how many {subj} {stat} in {place}?", f"How many {subj} were {stat} in {place}", f"{subj} {stat} {place}",
        f"number of {subj} {stat} in {place}?", f"how many {subj} {stat} {place}",
    ))  # fmt: skip


def make_questions(vocab: Vocabulary, n: int, seed: int) -> list[tuple[str, str]]:
    """n (category, question) pairs in a shuffled, reproducible order."""
    rng = random.Random(seed)
    subjects, statuses = list(SUBJECT_SAY), list(STATUS_SAY)
    out: list[tuple[str, str]] = []
    cats = [c for c, share in CATEGORY_SHARES for _ in range(share)]
    agency_aliases = dict(vocab.agencies)
    figures = vocab.sample_figures(rng, n)
    while len(out) < n and figures:
        cat = rng.choice(cats)
        fig = figures[len(out) % len(figures)]
        subject, status, town = fig["subject"], fig["status"], fig["place"]
        if cat == "how_many":
            q = _how_many(rng, subject, status, town)
        elif cat == "misspelled":
            q = _how_many(rng, subject, status, _typo(rng, town))
        elif cat == "transliterated":
            aliases = vocab.place_aliases.get(town) or [town]
            q = _how_many(rng, subject, status, rng.choice(aliases))
        elif cat == "containing_place":
            q = _how_many(rng, subject, status, rng.choice(fig["containers"] or vocab.containers))
        elif cat == "agency":
            name = fig["agency"] or rng.choice(vocab.agencies)[0]
            who = rng.choice([name] + agency_aliases.get(name, []))
            q = rng.choice((
                f"what does {who} say about {town}?", f"how many {rng.choice(SUBJECT_SAY[subject])} {rng.choice(STATUS_SAY[status])} in {town} according to {who}",
                f"{who} figures for {town}", f"what does {who} say about {rng.choice(fig['containers'] or vocab.containers)}?",
            ))  # fmt: skip
        elif cat == "none_unknown_place":
            subject, status = rng.choice(subjects), rng.choice(statuses)
            q = _how_many(rng, subject, status, _unknown_place(rng))
        elif cat == "none_absent_figure":
            town = rng.choice(vocab.towns)
            have = vocab.pairs_at(town)
            absent = [(s, t) for s in ("families", "fighters", "strikes", "vehicles", "soldiers") for t in statuses if (s, t) not in have]
            subject, status = rng.choice(absent)
            q = _how_many(rng, subject, status, town)
        else:
            q = rng.choice(CHATTER)
        out.append((cat, q))
    return out


def percentiles(samples_ns: list[int]) -> dict:
    """p50, p95, p99, max and mean in milliseconds (nearest-rank percentiles)."""
    if not samples_ns:
        return {}
    s = sorted(samples_ns)

    def rank(p: float) -> float:
        return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))] / 1e6

    return {"n": len(s), "p50": round(rank(50), 3), "p95": round(rank(95), 3), "p99": round(rank(99), 3), "max": round(s[-1] / 1e6, 3), "mean": round(sum(s) / len(s) / 1e6, 3)}


def time_calls(
    call: Callable[[str], object], questions: list[tuple[str, str]], warmup: int = 200, budget_s: float | None = None, min_n: int = 200
) -> tuple[dict, dict, list]:
    """Time each call after a warm-up; returns overall and per-category percentiles, and the slowest questions.

    With a budget, stops once budget_s seconds are spent and min_n questions
    are timed (the questions are in random order, so the ones timed are a fair sample).
    """
    for _, q in questions[:warmup]:
        call(q)
    samples: list[tuple[int, str, str]] = []
    perf = time.perf_counter_ns
    deadline = perf() + budget_s * 1e9 if budget_s else None
    for cat, q in questions:
        t0 = perf()
        call(q)
        t1 = perf()
        samples.append((t1 - t0, cat, q))
        if deadline and t1 > deadline and len(samples) >= min_n:
            break
    by_cat: dict[str, list[int]] = {}
    for ns, cat, _ in samples:
        by_cat.setdefault(cat, []).append(ns)
    slowest = sorted(samples, reverse=True)[:10]
    return (
        percentiles([s[0] for s in samples]),
        {c: percentiles(v) for c, v in sorted(by_cat.items())},
        [{"ms": round(ns / 1e6, 2), "category": cat, "question": q[:120]} for ns, cat, q in slowest],
    )
