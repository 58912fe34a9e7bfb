"""Ingest throughput: synthetic 5 KB wire articles through `extract.ingest_article`.

Each article is composed afresh from sentence templates with figures,
attributions (named, by acronym and referred back to), places from the store,
relative dates and filler that holds numbers that are not figures (years,
distances, percentages, money), so no two articles are near-duplicates.
"""

from __future__ import annotations

import datetime as dt
import random
import time

from synthetic import SUBJECT_WORDS, amount_phrase

ARTICLE_BYTES = 5_000

_CITIES = ("BEIRUT", "BAGHDAD", "AMMAN", "ISTANBUL", "CAIRO", "GENEVA", "NAIROBI", "KHARTOUM", "ADEN", "KABUL", "ERBIL", "GAZIANTEP")
_DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "overnight", "last week", "on Thursday night")
_FIGURE_TEMPLATES = (
    "{amount} {subject} {verb} in {place} {day}, {agency} said.",
    "{agency} said {amount} {subject} {verb} in {place} {day}.",
    "According to {agency}, {amount} {subject} {verb} in {place}.",
    "In {place}, {amount} {subject} {verb}, {agency} reported {day}.",
    "{agency} estimates that {amount} {subject} {verb} in and around {place}.",
    "The toll in {place} rose to {amount} {subject} who {verb}, {agency} said {day}.",
    "{amount} {subject} {verb} in {place}, the group added, citing its network of sources.",
    "Local officials in {place} said {amount} {subject} {verb} {day}.",
)
_VERBS = {
    "killed": ("were killed", "died", "lost their lives"), "injured": ("were wounded", "were injured"),
    "trapped": ("remain trapped", "are trapped", "are besieged"), "displaced": ("have been displaced", "were displaced"),
    "fled": ("fled", "have fled"), "in_need": ("need humanitarian assistance", "are in need of aid"),
    "missing": ("remain missing", "are missing"), "detained": ("were detained", "were arrested"),
    "remaining": ("remain", "are still"),
}  # fmt: skip
_SUBJECTS = ("civilians", "children", "women", "people", "families", "displaced", "refugees")
_FILLER_SUBJECTS = (
    "The offensive", "The fighting", "The latest escalation", "The humanitarian situation", "The aid convoy",
    "The ceasefire talks", "The UN Security Council", "A hospital director", "Residents reached by phone",
    "The regional governor", "Aid agencies", "The health ministry", "A local council member", "Witnesses",
    "The coalition", "Opposition activists", "The foreign ministry", "A senior diplomat", "Human rights groups",
)  # fmt: skip
_FILLER_VERBS = (
    "has drawn criticism from", "was discussed with", "has complicated plans by", "remains a concern for",
    "was raised in talks with", "prompted warnings from", "has stretched the resources of", "was condemned by",
    "has been monitored closely by", "drew an angry response from", "was welcomed cautiously by",
)  # fmt: skip
_FILLER_OBJECTS = (
    "neighbouring governments", "donor countries", "the armed groups involved", "medical charities",
    "tribal elders", "the World Bank", "the European Union", "local water authorities", "teachers' unions",
    "engineers repairing the power grid", "farmers in the river valley", "truck drivers at the border",
)  # fmt: skip
_FILLER_TAILS = (
    "since the conflict began in {year}", "about {km} km from the front line", "as prices rose by {pct} percent",
    "after a pledge of ${money} million", "for the {nth} time this month", "ahead of a meeting on {month} {dom}",
    "despite a truce agreed in {year}", "while roads {km} km to the south stayed closed", "",
)  # fmt: skip
_QUOTES = (
    "\"We have nothing left,\" said {person}, a resident of {place}.",
    "\"The situation is getting worse by the hour,\" {person} told reporters.",
    "\"People are sleeping in the streets and in schools,\" said {person}, who works with {agency}.",
    "\"There is no safe way out,\" {person} said by telephone from {place}.",
)  # fmt: skip
_PEOPLE = ("Amal Haddad", "Karim Saleh", "Rana Aziz", "Samer Nasser", "Lina Darwish", "Faris Jaber", "Mona Qasim", "Tariq Rahman")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def _filler(rng: random.Random, place: str) -> str:
    tail = rng.choice(_FILLER_TAILS).format(
        year=rng.randint(2011, 2024), km=rng.randint(3, 120), pct=rng.randint(5, 90), money=rng.randint(2, 900),
        nth=rng.choice(("second", "third", "fourth")), month=rng.choice(_MONTHS), dom=rng.randint(1, 28),
    )  # fmt: skip
    sentence = f"{rng.choice(_FILLER_SUBJECTS)} {rng.choice(_FILLER_VERBS)} {rng.choice(_FILLER_OBJECTS)}"
    if rng.random() < 0.4:
        sentence += f" in {place}"
    return (sentence + (" " + tail if tail else "")).rstrip() + "."


def _figure_sentence(rng: random.Random, place: str, agency: str) -> str:
    status = rng.choice(tuple(_VERBS))
    subject = rng.choice(_SUBJECTS)
    qualifier = rng.choice(("exact", "exact", "about", "up_to", "at_least", "more_than", "vague"))
    value = int(10 ** rng.uniform(1, 5.3))
    value = value if value < 1000 else round(value, -2)
    vague = rng.choice(("dozens", "hundreds", "thousands", "tens of thousands"))
    amount = amount_phrase(qualifier, value, None, None, vague)
    text = rng.choice(_FIGURE_TEMPLATES).format(
        amount=amount, subject=SUBJECT_WORDS[subject], verb=rng.choice(_VERBS[status]), place=place, day=rng.choice(_DAYS), agency=agency
    )
    return text[0].upper() + text[1:]


def make_article(rng: random.Random, places: list[str], agencies: list[str], n: int) -> dict:
    """One ~5 KB wire article with its title and published date."""
    place = rng.choice(places)
    others = rng.sample(places, 4)
    agency, second = rng.sample(agencies, 2)
    published = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    title = f"{rng.choice(('Civilians flee', 'Toll rises', 'Aid blocked', 'Families trapped', 'Agencies warn'))} as fighting {rng.choice(('rages', 'spreads', 'resumes'))} in {place} ({n})"
    paragraphs = [f"{rng.choice(_CITIES)} (Wire) - {_figure_sentence(rng, place, agency)} {_filler(rng, place)}"]
    while sum(len(p) + 2 for p in paragraphs) < ARTICLE_BYTES - 300:
        kind = rng.random()
        where = rng.choice([place, place] + others)
        if kind < 0.35:
            who = rng.choice((agency, second, "the monitor", "the group", "the agency"))
            paragraphs.append(_figure_sentence(rng, where, who) + " " + _filler(rng, where))
        elif kind < 0.5:
            paragraphs.append(rng.choice(_QUOTES).format(person=rng.choice(_PEOPLE), place=where, agency=agency))
        else:
            paragraphs.append(" ".join(_filler(rng, where) for _ in range(rng.randint(1, 3))))
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return {"text": text, "title": title, "published": published.isoformat()}


def make_articles(store, n: int, seed: int) -> list[dict]:
    """n distinct articles naming the store's own places and agencies."""
    rng = random.Random(seed)
    g = store.gazetteer()
    places = sorted(e.name for e in g.places.values() if e.kind in ("town", "city", "governorate", "district", "country"))
    agencies = sorted(e.name for e in g.agencies.values())
    return [make_article(rng, places, agencies, i + 1) for i in range(n)]


def measure_ingest(store, articles: list[dict], ingest_article) -> dict:
    """Articles per second through the real ingest path (extraction + one transaction each)."""
    figures = duplicates = 0
    start = time.perf_counter()
    for a in articles:
        result = ingest_article(store, a["text"], title=a["title"], published=a["published"], actor="bench")
        figures += len(result.figures)
        duplicates += result.duplicate_of is not None
    seconds = time.perf_counter() - start
    return {
        "articles": len(articles),
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(articles) / seconds, 1) if seconds else None,
        "mean_article_bytes": round(sum(len(a["text"].encode()) for a in articles) / max(1, len(articles))),
        "figures_extracted": figures,
        "duplicates_flagged": duplicates,
    }


def measure_extract(articles: list[dict], extract_figures, gazetteer) -> dict:
    """Articles per second through extraction alone (the target of issue 3), in CPU time."""
    figures = 0
    start = time.process_time()
    for a in articles:
        published = dt.date.fromisoformat(a["published"]) if a.get("published") else None
        figures += len(extract_figures(a["text"], gazetteer=gazetteer, published=published, title=a["title"]))
    seconds = time.process_time() - start
    return {
        "articles": len(articles),
        "cpu_seconds": round(seconds, 3),
        "articles_per_s": round(len(articles) / seconds, 1) if seconds else None,
        "ms_per_article": round(seconds / max(1, len(articles)) * 1000, 2),
        "figures_extracted": figures,
    }
