"""Synthetic stores with a realistic spread, built through the bulk path of `store.bulk`.

Places: governorates, districts and towns under real countries, with
transliteration aliases. Agencies: hundreds, with acronyms and short names,
plus the real ones the seed articles cite. Figures: every subject and status,
every qualifier (vague amounts too), a mix of review states and origins, many
facts reported by several articles, each with the quote sentence an extractor
would have kept. Everything is drawn from a seeded random generator, so the
same size gives the same store.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Iterator

from store import Store
from store.bulk import bulk_add_agencies, bulk_add_articles, bulk_add_figures, bulk_add_places
from store.gazetteer import normalize, skeleton, translit_key
from store.vocab import STATUSES, SUBJECTS, VAGUE_BOUNDS

ACTOR = "bench"
SEED = 20240601

COUNTRIES = (
    "Syria", "Iraq", "Yemen", "Sudan", "South Sudan", "Somalia", "Afghanistan", "Lebanon", "Libya",
    "Mali", "Niger", "Nigeria", "Ethiopia", "Myanmar", "Haiti", "Ukraine",
)  # fmt: skip
GOVERNORATES_PER_COUNTRY = 6
DISTRICTS_PER_GOVERNORATE = 6
TOWNS_PER_DISTRICT = 9

_ONSETS = ("b", "d", "f", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t", "w", "z", "dh", "gh", "th")
_VOWELS = ("a", "a", "i", "u", "e", "o", "aa", "ou")
_CODAS = ("", "", "n", "r", "l", "m", "b", "d", "s", "t", "k", "sh", "q", "z")
_PREFIXES = ("", "", "", "", "Tell ", "Kafr ", "Deir ", "Ain ", "Jabal ", "Bir ", "Khan ", "Qasr ", "Ras ", "Umm ", "Beit ", "Wadi ")

REAL_AGENCIES = (
    {"name": "UNICEF", "kind": "un", "full_name": "United Nations Children's Fund", "aliases": ["UN children's agency"]},
    {"name": "OCHA", "kind": "un", "full_name": "Office for the Coordination of Humanitarian Affairs", "aliases": ["UN humanitarian office"]},
    {"name": "UNHCR", "kind": "un", "full_name": "United Nations High Commissioner for Refugees", "aliases": ["UN refugee agency"]},
    {"name": "WHO", "kind": "un", "full_name": "World Health Organization", "aliases": []},
    {"name": "WFP", "kind": "un", "full_name": "World Food Programme", "aliases": []},
    {"name": "IOM", "kind": "un", "full_name": "International Organization for Migration", "aliases": []},
    {"name": "MSF", "kind": "ngo", "full_name": "Medecins Sans Frontieres", "aliases": ["Doctors Without Borders"]},
    {"name": "SOHR", "kind": "monitor", "full_name": "Syrian Observatory for Human Rights", "aliases": ["the Observatory"]},
    {"name": "ICRC", "kind": "ngo", "full_name": "International Committee of the Red Cross", "aliases": ["Red Cross"]},
)  # fmt: skip
_AGENCY_REGIONS = ("Northern", "Southern", "Eastern", "Western", "Central", "Coastal", "Highland", "Delta", "Valley", "Border", "Desert", "River", "Mountain", "Lakes", "Plains")
_AGENCY_FIELDS = ("Relief", "Health", "Aid", "Rescue", "Children's", "Refugee", "Human Rights", "Medical", "Food", "Shelter", "Water", "Protection", "Education", "Civil Defence")
_AGENCY_ORGS = ("Network", "Alliance", "Committee", "Council", "Foundation", "Coalition", "Mission", "Trust", "Union", "Society", "Monitor", "Observatory")
OUTLETS = (
    "Reuters", "AFP", "AP", "Al Jazeera", "BBC News", "The Guardian", "TRT World", "France 24", "Deutsche Welle", "Anadolu",
    "The New Arab", "Middle East Eye", "Al-Monitor", "The National", "Xinhua", "ReliefWeb", "The New Humanitarian", "NPR",
    "CNN", "Washington Post", "New York Times", "Le Monde", "El Pais", "Kurdistan 24", "Rudaw", "Enab Baladi", "Syria Direct",
    "Sudan Tribune", "Radio Dabanga", "Addis Standard", "Kyiv Independent", "Myanmar Now", "Haiti Liberte", "Garowe Online",
    "Libya Observer", "Premium Times", "Pajhwok", "Tolo News", "Daily Star Lebanon", "Yemen Monitor",
)  # fmt: skip

# What is counted and what happened to them, as a wire sentence says it.
SUBJECT_WORDS = {
    "civilians": "civilians", "children": "children", "women": "women", "people": "people", "families": "families",
    "displaced": "displaced people", "refugees": "refugees", "fighters": "fighters", "personnel": "aid workers",
    "troops": "troops", "soldiers": "soldiers", "strikes": "airstrikes", "vehicles": "armoured vehicles", "houses": "homes",
}  # fmt: skip
STATUS_WORDS = {
    "killed": "were killed", "injured": "were wounded", "casualties": "were killed or wounded", "missing": "remain missing",
    "detained": "were detained", "trapped": "remain trapped", "remaining": "remain", "living_under": "live under militant rule",
    "displaced": "have been displaced", "fled": "fled", "returned": "have returned", "in_need": "need humanitarian assistance",
    "affected": "were affected", "present": "are present", "deployed": "were deployed", "launched": "were launched",
}  # fmt: skip
PEOPLE = ("civilians", "children", "women", "people", "families", "displaced", "refugees")
IMPACT_STATUSES = ("killed", "injured", "casualties", "missing", "detained", "trapped", "remaining", "living_under", "displaced", "fled", "returned", "in_need", "affected")
CONFLICT_PAIRS = (
    ("fighters", "killed"), ("fighters", "present"), ("fighters", "detained"), ("fighters", "injured"), ("personnel", "killed"),
    ("personnel", "deployed"), ("personnel", "present"), ("troops", "deployed"), ("troops", "present"), ("troops", "killed"),
    ("soldiers", "killed"), ("soldiers", "injured"), ("soldiers", "detained"), ("strikes", "launched"), ("vehicles", "deployed"),
    ("vehicles", "present"),
)  # fmt: skip
QUALIFIER_WEIGHTS = (("exact", 45), ("about", 20), ("up_to", 8), ("at_least", 8), ("more_than", 8), ("range", 4), ("vague", 7))
QUALIFIER_WORDS = {"exact": "", "about": "about ", "up_to": "up to ", "at_least": "at least ", "more_than": "more than "}
PERSON_NAMES = ("Ahmed", "Fatima", "Omar", "Layla", "Yusuf", "Mariam", "Hassan", "Nour", "Ibrahim", "Rania", "Samir", "Huda")
FAMILY_NAMES = ("Haddad", "Khalil", "Mansour", "Saleh", "Nasser", "Darwish", "Aziz", "Hamdan", "Barakat", "Jaber", "Qasim", "Rahman")


@dataclass
class World:
    """The places and agencies of a synthetic store (the same for every size)."""

    countries: list[str]
    governorates: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    towns: list[str] = field(default_factory=list)
    place_aliases: dict[str, list[str]] = field(default_factory=dict)
    agencies: list[str] = field(default_factory=list)
    agency_aliases: dict[str, list[str]] = field(default_factory=dict)

    @property
    def places(self) -> list[str]:
        return self.countries + self.governorates + self.districts + self.towns


def _word(rng: random.Random) -> str:
    syllables = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.choice((1, 2, 2, 3)))]
    return ("".join(syllables) + rng.choice(_CODAS)).capitalize()


class _Names:
    """Fresh place names that no stored or earlier name answers to (exact, transliteration, skeleton)."""

    def __init__(self, store: Store, rng: random.Random) -> None:
        self.g = store.gazetteer()
        self.rng = rng
        self.taken: set[str] = set()

    def _keys(self, name: str) -> list[str]:
        return ["n:" + normalize(name), "k:" + translit_key(name), "s:" + skeleton(name)]

    def free(self, name: str) -> bool:
        return self.g.place(name, fuzzy=False) is None and not any(k in self.taken for k in self._keys(name))

    def take(self, name: str) -> None:
        self.taken.update(self._keys(name))

    def new(self, suffix: str = "", prefixed: bool = True) -> tuple[str, str]:
        """(name, core word) for a new place."""
        while True:
            core = _word(self.rng)
            if len(core) < 4:
                continue
            name = (self.rng.choice(_PREFIXES) if prefixed else "") + core + suffix
            if self.free(name) and self.free(core):
                self.take(name)
                return name, core


def _variants(core: str, rng: random.Random) -> list[str]:
    """Transliteration variants of a name: al- prefix, -ah ending, q/k, ou/u, doubled letters."""
    out = {f"al-{core}", core + ("h" if core[-1] in "aeiou" else "ah"), core.replace("q", "k").replace("Q", "K"), core.replace("ou", "u").replace("aa", "a")}
    if len(core) > 4:
        i = rng.randrange(1, len(core) - 1)
        out.add(core[:i] + core[i] + core[i:])
    out.discard(core)
    return sorted(out)


def build_world(store: Store, seed: int = SEED) -> World:
    """Add the synthetic places and agencies to the store; returns their names."""
    rng = random.Random(seed)
    g = store.gazetteer()
    world = World([c for c in COUNTRIES if g.place(c, fuzzy=False) is not None])
    names = _Names(store, rng)
    places: list[dict] = []
    for country in world.countries:
        for _ in range(GOVERNORATES_PER_COUNTRY):
            gov, gov_core = names.new(" Governorate", prefixed=False)
            names.take(gov_core + " Province")
            places.append({"name": gov, "kind": "governorate", "parent": country, "aliases": [gov_core + " Province"]})
            world.governorates.append(gov)
            for _ in range(DISTRICTS_PER_GOVERNORATE):
                dist, _core = names.new(" District", prefixed=False)
                places.append({"name": dist, "kind": "district", "parent": gov, "aliases": []})
                world.districts.append(dist)
                for _ in range(TOWNS_PER_DISTRICT):
                    town, core = names.new()
                    aliases = []
                    for v in _variants(core, rng):
                        alias = town.replace(core, v)
                        if names.free(alias):
                            names.take(alias)
                            aliases.append(alias)
                    places.append({"name": town, "kind": "town", "parent": dist, "aliases": aliases})
                    world.towns.append(town)
                    world.place_aliases[town] = aliases
    bulk_add_places(store, places, actor=ACTOR)

    agencies = [a for a in REAL_AGENCIES if store.gazetteer().agency(a["name"], fuzzy=False) is None]
    combos = [(r, f, o) for r in _AGENCY_REGIONS for f in _AGENCY_FIELDS for o in _AGENCY_ORGS]
    rng.shuffle(combos)
    acronyms: set[str] = set()
    for region, field_, org in combos[:400]:
        name = f"{region} {field_} {org}"
        acronym = "".join(w[0] for w in name.replace("'s", "").split()).upper()
        aliases = [f"{field_} {org} of the {region}", f"the {region} {org}"]
        if acronym not in acronyms and len(acronym) >= 3:
            acronyms.add(acronym)
            aliases.append(acronym)
        agencies.append({"name": name, "kind": "ngo", "aliases": aliases})
    bulk_add_agencies(store, agencies, actor=ACTOR)
    g = store.gazetteer()
    for a in REAL_AGENCIES + tuple(agencies):
        if g.agency(a["name"], fuzzy=False) is not None:
            world.agencies.append(a["name"])
            world.agency_aliases[a["name"]] = [x for x in a["aliases"] if g.agency(x, fuzzy=False) is not None]
    return world


def _zipf_picker(rng: random.Random, items: list[str], s: float = 1.0):
    """Pick items with weights 1/rank^s (a few busy places and agencies, a long tail)."""
    order = items[:]
    rng.shuffle(order)
    weights = [1 / (i + 1) ** s for i in range(len(order))]
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)

    def pick() -> str:
        return rng.choices(order, cum_weights=cum)[0]

    return pick


def amount_phrase(qualifier: str, value: int | None, low: int | None, high: int | None, vague: str | None) -> str:
    if qualifier == "vague":
        return f"{vague} of" if vague and not vague.startswith("several") else (vague or "hundreds of")
    if qualifier == "range":
        return f"{low:,}-{high:,}"
    return QUALIFIER_WORDS[qualifier] + f"{value:,}"


def _value(rng: random.Random, subject: str, status: str) -> int:
    scale = {"strikes": 2.5, "vehicles": 1.8, "personnel": 2.0, "troops": 3.2, "soldiers": 2.2, "fighters": 2.8}.get(subject, 3.3)
    if status in ("displaced", "in_need", "affected", "living_under", "fled"):
        scale += 1.2
    value = int(10 ** rng.uniform(0.3, scale + 1.0))
    return max(1, value if value < 1000 else round(value, -2 if value < 100000 else -3))


@dataclass
class Spread:
    """The shares that make a store realistic (see the module docstring)."""

    corroborated: float = 0.15  # a figure repeating a fact an earlier article gave
    unattributed: float = 0.15
    review: tuple = (("auto", 70), ("verified", 25), ("retracted", 5))
    origin: tuple = (("extracted", 88), ("import", 7), ("manual", 5))
    figures_per_article: tuple = (5, 10)


def _weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def generate_figures(world: World, n: int, article_ids: list[int], articles: list[dict], rng: random.Random, spread: Spread) -> Iterator[dict]:
    """n figure dicts, article by article, each with a quote as an extractor would keep it."""
    pick_town = _zipf_picker(rng, world.towns, 0.8)
    pick_district = _zipf_picker(rng, world.districts, 0.8)
    pick_gov = _zipf_picker(rng, world.governorates, 0.8)
    pick_country = _zipf_picker(rng, world.countries, 1.0)
    pick_agency = _zipf_picker(rng, world.agencies, 1.0)
    recent: list[dict] = []
    made = 0
    for article_id, article in zip(article_ids, articles):
        focus = rng.choices((pick_town, pick_district, pick_gov, pick_country), weights=(60, 20, 12, 8))[0]()
        agency = None if rng.random() < spread.unattributed else pick_agency()
        for _ in range(article["n_figures"]):
            if made >= n:
                return
            made += 1
            origin = _weighted(rng, spread.origin)
            review = _weighted(rng, spread.review)
            if recent and rng.random() < spread.corroborated:
                fig = dict(rng.choice(recent))
            else:
                if rng.random() < 0.8:
                    subject, status = rng.choice(PEOPLE), rng.choice(IMPACT_STATUSES)
                else:
                    subject, status = rng.choice(CONFLICT_PAIRS)
                if rng.random() < 0.05:  # the odd pair, so that every subject meets every status somewhere
                    subject, status = rng.choice(SUBJECTS), rng.choice(STATUSES)
                qualifier = _weighted(rng, QUALIFIER_WEIGHTS)
                fig = {"subject": subject, "status": status, "qualifier": qualifier, "value": None, "low": None, "high": None, "vague": None}
                if qualifier == "vague":
                    fig["vague"] = rng.choice(tuple(VAGUE_BOUNDS))
                    fig["low"], fig["high"] = VAGUE_BOUNDS[fig["vague"]]
                else:
                    value = _value(rng, subject, status)
                    fig["value"] = value
                    if qualifier == "range":
                        fig["low"], fig["high"] = value, value + max(1, value // rng.choice((2, 4, 10)))
                    elif qualifier == "up_to":
                        fig["high"] = value
                    elif qualifier in ("at_least", "more_than"):
                        fig["low"] = value
                fig["location"] = focus if rng.random() < 0.7 else pick_town()
                fig["agency"] = agency if rng.random() < 0.8 else (None if rng.random() < spread.unattributed else pick_agency())
                if len(recent) < 5000:
                    recent.append(fig)
                else:
                    recent[rng.randrange(5000)] = fig
            person = f"{rng.choice(PERSON_NAMES)} {rng.choice(FAMILY_NAMES)}" if rng.random() < 0.2 else None
            quote = _quote(rng, fig, person)
            yield {
                "article_id": article_id,
                **{k: fig[k] for k in ("value", "low", "high", "qualifier", "subject", "status", "location", "agency")},
                "person": person,
                "refers_to": article["published"],
                "quote": None if origin == "manual" else quote,
                "note": quote if origin == "manual" else None,
                "origin": origin,
                "review": review,
            }


def _quote(rng: random.Random, fig: dict, person: str | None) -> str:
    amount = amount_phrase(fig["qualifier"], fig["value"], fig["low"], fig["high"], fig["vague"])
    what = f"{amount} {SUBJECT_WORDS[fig['subject']]} {STATUS_WORDS[fig['status']]} in {fig['location']}"
    who = fig["agency"] or "local sources"
    if person:
        who = f"{person} of {fig['agency']}" if fig["agency"] else person
    return rng.choice((f"{who} said {what}", f"{what}, according to {who}", f"{what}, {who} reported", f"{what.capitalize()}, {who} said on {rng.choice(('Monday', 'Tuesday', 'Thursday', 'Saturday'))}"))


def generate_articles(n_figures: int, world: World, rng: random.Random, spread: Spread) -> list[dict]:
    """Article records (no text) covering n_figures figures, 5-10 figures each."""
    out, covered, day0 = [], 0, dt.date(2015, 1, 1)
    while covered < n_figures:
        k = rng.randint(*spread.figures_per_article)
        published = (day0 + dt.timedelta(days=rng.randrange(3650))).isoformat()
        place = rng.choice(world.towns)
        outlet = rng.choice(OUTLETS)
        title = f"{rng.choice(('Fighting', 'Strikes', 'Aid', 'Displacement', 'Clashes', 'Siege'))} {rng.choice(('in', 'near', 'around'))} {place}: {rng.choice(('civilians flee', 'toll rises', 'aid blocked', 'thousands trapped', 'agencies warn'))} ({len(out) + 1})"
        out.append({"title": title, "outlet": outlet, "url": f"https://example.org/{outlet.lower().replace(' ', '-')}/{len(out) + 1}", "published": published, "n_figures": k})
        covered += k
    return out


def build_store(store: Store, n_figures: int, *, seed: int = SEED, chunk: int = 100_000, progress=None) -> dict:
    """Fill an empty store with n_figures synthetic figures; returns what was added."""
    world = build_world(store, seed)
    rng = random.Random(seed + n_figures)
    spread = Spread()
    articles = generate_articles(n_figures, world, rng, spread)
    article_ids = bulk_add_articles(store, articles, actor=ACTOR)
    figures = generate_figures(world, n_figures, article_ids, articles, rng, spread)
    written = 0
    while written < n_figures:
        batch = [f for _, f in zip(range(chunk), figures)]
        if not batch:
            break
        written += bulk_add_figures(store, batch, actor=ACTOR)
        if progress:
            progress(written)
    store._gazetteer = None
    return {"figures": written, "articles": len(article_ids), "places": len(world.places), "agencies": len(world.agencies), "world": world}
