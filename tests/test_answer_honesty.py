"""The honesty rule, checked over generated questions against a store built for it.

Every number in a reply must come from a figure the reply cites, and every cited figure must answer
the question as asked (subject, status, place, source, time), unless the first line says it is the
closest the store has. A no-answer cites nothing. The rule lives in answer/honesty.py; this test asks
several hundred generated questions (random places, subjects, statuses, sources, typos, follow-ups).
"""

from __future__ import annotations

import random

import pytest

from answer import Conversation, ask
from answer.honesty import problems
from answer.parse import parse_question
from store import Store

PLACES = ["Syria", "Aleppo", "Raqqa", "Jazra", "Idlib", "Sudan", "El Fasher", "Gaza Strip", "Yemen", "Haiti"]
AGENCIES = ["UNICEF", "OCHA", "SOHR", "UNHCR", "IOM", "WHO", None]
TOPICS = [
    ("children", "killed"), ("civilians", "killed"), ("people", "killed"), ("people", "injured"), ("people", "displaced"),
    ("people", "fled"), ("children", "trapped"), ("people", "in_need"), ("fighters", "killed"), ("strikes", "launched"),
    ("refugees", "fled"), ("women", "killed"), ("people", "missing"), ("families", "displaced"), ("troops", "deployed"),
]
SUBJECT_WORDS = {"children": ["children", "kids", "chidren"], "civilians": ["civilians", "civilans"], "people": ["people", "ppl", "persons"],
                 "fighters": ["fighters", "militants"], "strikes": ["airstrikes", "strikes"], "refugees": ["refugees"],
                 "women": ["women"], "families": ["families"], "troops": ["troops", "soldiers"]}
STATUS_WORDS = {"killed": ["killed", "dead", "died"], "injured": ["injured", "wounded", "hurt"], "displaced": ["displaced", "uprooted"],
                "fled": ["fled", "fleeing"], "trapped": ["trapped", "stuck", "besieged"], "in_need": ["in need of aid"],
                "launched": ["launched"], "missing": ["missing"], "deployed": ["deployed"]}
TEMPLATES = [
    "how many {subject} {status} in {place}",
    "{subject} {status} in {place} according to {agency}",
    "death toll in {place}",
    "how many {subject} {status}",
    "what does {agency} say about {place}",
    "casualties in the air strike in {place}",
    "how many {subject} {status} in {place} in {year}",
    "{status} {place}",
    "how many cholera cases in {place}",
    "how many {subject} {status} in Atlantis",
    "who says what about {subject} {status} in {place}",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Store:
    store = Store.open(tmp_path_factory.mktemp("honesty") / "h.db")
    rng = random.Random(2026)
    for i in range(400):
        subject, status = rng.choice(TOPICS)
        fig = {
            "value": rng.choice([3, 15, 40, 120, 2500, 40000, 160000, 1200000]) + i, "subject": subject, "status": status,
            "location": rng.choice(PLACES), "agency": rng.choice(AGENCIES), "qualifier": rng.choice(["exact", "about", "at_least"]),
        }
        year = rng.choice(["2014", "2017", "2023"])
        store.add_figure(fig, citation={"title": f"Report {chr(65 + i % 26)}{chr(65 + i // 26 % 26)}", "outlet": "Wire",
                                        "published": f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}, actor="test", origin="import",
                         review=rng.choice(["auto", "verified"]))
    yield store
    store.close()


def questions(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        subject, status = rng.choice(TOPICS)
        out.append(rng.choice(TEMPLATES).format(
            subject=rng.choice(SUBJECT_WORDS[subject]), status=rng.choice(STATUS_WORDS[status]), place=rng.choice(PLACES + ["Aleppp", "raqa"]),
            agency=rng.choice([a for a in AGENCIES if a] + ["the UN"]), year=rng.choice(["2014", "2017", "2020"]),
        ))
    return out


def test_no_reply_breaks_the_honesty_rule(built):
    g = built.gazetteer()
    broken = []
    for question in questions(400, seed=7):
        a = ask(built, question)
        q = parse_question(question, g)
        found = problems(q, a.text, a.figures, a.none, g)
        if found:
            broken.append((question, a.text, found))
    assert not broken, broken[:5]


def test_follow_ups_keep_the_rule(built):
    g = built.gazetteer()
    rng = random.Random(11)
    for first in questions(60, seed=3):
        chat = Conversation(built)
        chat.ask(first)
        follow = rng.choice(["and in Raqqa?", "what about UNICEF?", "and children?", "and in 2017?", "how many cholera cases in Raqqa",
                             "what does OCHA say about Idlib"])
        context = chat.context
        a = chat.ask(follow)
        q = parse_question(follow, g, context)
        assert not problems(q, a.text, a.figures, a.none, g), (first, follow, a.text)


def test_the_check_catches_a_dishonest_reply(built):
    """A reply that states another place's number as the answer is caught (the check can fail)."""
    g = built.gazetteer()
    q = parse_question("how many children killed in Raqqa", g)
    other = next(f for f in built.figures(place="Haiti") if f["subject"] == "people")
    text = f"{other['value']:,} people killed in Haiti, according to someone."
    assert problems(q, text, [other], False, g)
    assert problems(q, "12,345 children killed in Raqqa.", [], False, g)
