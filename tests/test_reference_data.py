"""The bundled reference data: agencies, places and the starter dataset.

Loads store/data/agencies.json, places.json and starter.jsonl with plain json
and checks their shape, their vocabulary, the names the gold relies on, and
that no starter line repeats article wording.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from store.vocab import QUALIFIERS, STATUSES, SUBJECTS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "store" / "data"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEEDS = CORPUS / "seeds"

AGENCY_KINDS = {"un", "ngo", "monitor", "government", "military", "armed_group", "media", "other"}
PLACE_KINDS = {
    "region", "country", "governorate", "district", "subdistrict", "city", "town",
    "village", "neighbourhood", "camp", "area",
}

# Aliases deliberately shared by two entries of the same file: {normalised alias: {names}}.
# Empty for now; add an entry here (with a comment why) rather than loosening the test.
SHARED_PLACE_ALIASES: dict[str, set[str]] = {}
SHARED_AGENCY_ALIASES: dict[str, set[str]] = {}

GOLD_PLACES = {"Raqqa", "Jazra", "Syria", "Iraq and Syria", "Bir Qassab"}
GOLD_AGENCIES = {"UNICEF", "OCHA", "SOHR", "Pentagon", "US military", "rebels"}


def _load(name):
    with (DATA / name).open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def agencies() -> list[dict]:
    return _load("agencies.json")


@pytest.fixture(scope="module")
def places() -> list[dict]:
    return _load("places.json")


@pytest.fixture(scope="module")
def starter() -> list[dict]:
    with (DATA / "starter.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def norm(alias: str) -> str:
    """How the gazetteer compares aliases, near enough: case, quotes and spacing folded."""
    return " ".join(alias.replace("’", "'").replace("‘", "'").casefold().split())


def by_name(rows):
    return {r["name"]: r for r in rows}


def is_pycountry(name: str) -> bool:
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


# -- agencies ---------------------------------------------------------------------


def test_agency_shape(agencies):
    assert isinstance(agencies, list) and len(agencies) > 50
    names = {a["name"] for a in agencies}
    for a in agencies:
        assert set(a) - {"parent", "people", "asked_as"} == {"name", "kind", "full_name", "aliases"}, a
        # Names a question uses for the agency's whole family ("the red cross"): never another agency's own name.
        assert all(isinstance(n, str) and n not in names for n in a.get("asked_as", [])), a
        # People who speak for it: full names (a surname alone would match strangers).
        assert all(isinstance(p, str) and len(p.split()) >= 2 for p in a.get("people", [])), a
        # A parent is another agency of the file (OCHA's is the UN), never the agency itself.
        assert a.get("parent") is None or (a["parent"] in names and a["parent"] != a["name"]), a
        assert isinstance(a["name"], str) and a["name"].strip() == a["name"] != ""
        assert a["kind"] in AGENCY_KINDS, a
        assert a["full_name"] is None or (isinstance(a["full_name"], str) and a["full_name"])
        assert isinstance(a["aliases"], list)
        assert all(isinstance(x, str) and x.strip() == x != "" for x in a["aliases"]), a


def test_agency_names_unique(agencies):
    names = [norm(a["name"]) for a in agencies]
    assert len(names) == len(set(names))


def test_agency_aliases_not_shared(agencies):
    owners: dict[str, set[str]] = defaultdict(set)
    for a in agencies:
        for x in [a["name"], a["full_name"], *a["aliases"]]:
            if x:
                owners[norm(x)].add(a["name"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == SHARED_AGENCY_ALIASES


def test_gold_agencies_present(agencies):
    names = by_name(agencies)
    assert GOLD_AGENCIES <= set(names)
    required = {
        "SOHR": [
            "Syrian Observatory for Human Rights", "the Observatory", "the monitor",
            "the Britain-based group", "the Britain-based Observatory", "the UK-based monitor",
        ],
        "OCHA": [
            "UN humanitarian office", "United Nations humanitarian office",
            "UN Office for the Coordination of Humanitarian Affairs",
            "Office for the Coordination of Humanitarian Affairs",
        ],
        "UNICEF": ["UN children's agency", "United Nations Children's Fund", "UN children's fund"],
        "ISIS": ["IS", "ISIL", "Islamic State", "Daesh"],
        "US military": ["U.S. military", "CENTCOM", "US-led coalition", "U.S.-led coalition"],
    }
    for name, wanted in required.items():
        a = names[name]
        have = {norm(x) for x in [a["name"], a["full_name"] or "", *a["aliases"]]}
        missing = [w for w in wanted if norm(w) not in have]
        assert not missing, (name, missing)
    # Bare "the coalition" is too vague to name one agency.
    assert "the coalition" not in {norm(x) for a in agencies for x in a["aliases"]}


def _plain_word(alias: str) -> bool:
    # A single ordinary lower-case word ("monitor") would match everywhere: keep the article.
    return re.fullmatch(r"[a-z]+", alias) is not None


def test_no_bare_common_word_aliases(agencies, places):
    bad = [x for r in agencies + places for x in r["aliases"] if _plain_word(x)]
    assert not bad


# -- places ---------------------------------------------------------------------------


def test_place_shape(places):
    assert isinstance(places, list) and len(places) > 300
    for p in places:
        assert set(p) == {"name", "kind", "parent", "pcode", "aliases"}, p
        assert isinstance(p["name"], str) and p["name"].strip() == p["name"] != ""
        assert p["kind"] in PLACE_KINDS, p
        assert p["parent"] is None or isinstance(p["parent"], str)
        assert p["pcode"] is None or re.fullmatch(r"[A-Z]{2}[A-Z0-9]*", p["pcode"]), p
        assert all(isinstance(x, str) and x.strip() == x != "" for x in p["aliases"]), p


def test_place_names_unique(places):
    names = [norm(p["name"]) for p in places]
    assert len(names) == len(set(names))


def test_place_parents_exist_without_cycles(places):
    names = by_name(places)
    for p in places:
        parent = p["parent"]
        if parent is not None:
            assert parent in names or is_pycountry(parent), (p["name"], parent)
        seen, cur = {p["name"]}, parent
        while cur in names:
            assert cur not in seen, ("parent cycle", p["name"])
            seen.add(cur)
            cur = names[cur]["parent"]
    for p in places:
        if p["kind"] != "country" and p["kind"] != "region":
            assert p["parent"] is not None, p["name"]


def test_place_aliases_not_shared(places):
    owners: dict[str, set[str]] = defaultdict(set)
    for p in places:
        for x in [p["name"], *p["aliases"]]:
            owners[norm(x)].add(p["name"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == SHARED_PLACE_ALIASES


def test_pcodes(places):
    codes = [p["pcode"] for p in places if p["pcode"]]
    assert len(codes) == len(set(codes))
    for p in places:
        if p["kind"] == "country":
            assert p["pcode"] is None or pycountry.countries.get(alpha_2=p["pcode"]) is not None, p
    syria_admin1 = {p["pcode"]: p["name"] for p in places if p["kind"] == "governorate" and p["parent"] == "Syria"}
    assert sorted(syria_admin1) == [f"SY{i:02d}" for i in range(1, 15)]
    assert syria_admin1["SY01"] == "Damascus Governorate"
    assert syria_admin1["SY11"] == "Raqqa Governorate"
    assert syria_admin1["SY14"] == "Quneitra Governorate"


def test_gold_places_present(places):
    names = by_name(places)
    assert GOLD_PLACES <= set(names)
    assert names["Raqqa"]["kind"] == "city"
    assert names["Raqqa"]["parent"] == "Raqqa Governorate"
    assert names["Raqqa Governorate"]["parent"] == "Syria"
    assert names["Jazra"]["parent"] == "Raqqa"
    assert names["Bir Qassab"]["parent"] == "Rural Damascus Governorate"
    raqqa = {norm(x) for x in names["Raqqa"]["aliases"]}
    for alias in ["Raqa", "Al-Raqqah", "ar-Raqqa", "Raqqah", "الرقة"]:
        assert norm(alias) in raqqa, alias
    meshleb = {norm(x) for x in names["Al-Meshleb"]["aliases"]}
    for alias in ["Mashlab", "Al Mashlab", "al-Mishlab"]:
        assert norm(alias) in meshleb, alias
    for country in ["Syria", "Iraq", "Turkey", "Lebanon", "Jordan", "Iran", "Russia", "United States", "United Kingdom"]:
        assert names[country]["kind"] == "country", country


# -- starter dataset ----------------------------------------------------------------------

STARTER_KEYS = {"value", "low", "high", "qualifier", "subject", "status", "location", "agency", "person", "note", "article"}
ARTICLE_KEYS = {"key", "title", "outlet", "url", "published"}


def test_starter_shape_and_vocabulary(starter, places, agencies):
    assert starter
    place_names = {p["name"] for p in places}
    agency_names = {a["name"] for a in agencies}
    for f in starter:
        assert set(f) == STARTER_KEYS, f
        assert "quote" not in f
        assert f["qualifier"] in QUALIFIERS, f
        assert f["subject"] in SUBJECTS, f
        assert f["status"] in STATUSES, f
        assert f["location"] in place_names, f
        assert f["agency"] is None or f["agency"] in agency_names, f
        assert f["person"] is None or isinstance(f["person"], str)
        assert isinstance(f["note"], str) and f["note"]
        for k in ("value", "low", "high"):
            assert f[k] is None or (isinstance(f[k], int) and f[k] >= 0), f
        if f["qualifier"] == "vague":
            assert f["value"] is None and f["low"] is not None and f["high"] is not None, f
        else:
            assert f["value"] is not None, f
        if f["low"] is not None and f["high"] is not None:
            assert f["low"] <= f["high"], f
        art = f["article"]
        assert set(art) == ARTICLE_KEYS, art
        assert isinstance(art["key"], str) and art["key"]
        assert isinstance(art["title"], str) and art["title"]
        assert art["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["published"])


def _meta() -> dict[str, dict]:
    path = CORPUS / "seeds.meta.jsonl"
    if not path.is_file():
        pytest.skip("shared corpus not available")
    with path.open(encoding="utf-8") as fh:
        return {m["article"]: m for m in map(json.loads, filter(str.strip, fh))}


def test_starter_citations_match_meta(starter):
    meta = _meta()
    for f in starter:
        art = f["article"]
        m = meta[art["key"]]
        assert m["duplicate_of"] is None, "duplicate articles are not entered twice"
        assert art["outlet"] == m["outlet"]
        assert art["published"] == m["published"]
        if m["title"]:
            assert art["title"] == m["title"]
        else:
            assert art["title"].startswith("[untitled]"), art


FIELDS = ("value", "low", "high", "qualifier", "subject", "status", "location", "agency")


def test_starter_holds_every_gold_figure(starter):
    meta = _meta()
    path = CORPUS / "seeds.gold.jsonl"
    with path.open(encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    want = sorted(
        json.dumps([g["article"], *(g[k] for k in FIELDS)])
        for g in gold
        if meta[g["article"]]["duplicate_of"] is None
    )
    have = sorted(json.dumps([f["article"]["key"], *(f[k] for k in FIELDS)]) for f in starter)
    assert have == want


# -- no article wording -------------------------------------------------------------------------

NGRAM = 8


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:'\w+)*", text.replace("’", "'").replace("‘", "'").casefold())


def _ngrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + NGRAM]) for i in range(len(words) - NGRAM + 1)}


@pytest.fixture(scope="module")
def seed_ngrams() -> set[tuple[str, ...]]:
    if not SEEDS.is_dir():
        pytest.skip("seed articles not available")
    grams: set[tuple[str, ...]] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        grams |= _ngrams(_words(path.read_text(encoding="utf-8")))
    assert grams
    return grams


def _strings(obj, skip=()):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if k not in skip:
                yield from _strings(v, skip)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v, skip)


def test_starter_copies_no_article_wording(starter, seed_ngrams):
    titles = set()
    meta_path = CORPUS / "seeds.meta.jsonl"
    if meta_path.is_file():
        titles = {m["title"] for m in map(json.loads, filter(str.strip, meta_path.read_text(encoding="utf-8").splitlines())) if m["title"]}
    for line in (DATA / "starter.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        # A headline given as citation data by seeds.meta.jsonl is the one article string allowed.
        if rec["article"]["title"] in titles:
            rec = {**rec, "article": {**rec["article"], "title": None}}
        for text in _strings(rec):
            hits = _ngrams(_words(text)) & seed_ngrams
            assert not hits, (text, sorted(hits)[:3])


def test_reference_files_copy_no_article_wording(agencies, places, seed_ngrams):
    for text in _strings(agencies + places):
        assert not (_ngrams(_words(text)) & seed_ngrams), text


# -- the gazetteer's own matching rules ---------------------------------------------------------
#
# The checks above compare aliases case- and space-folded; the gazetteer also strips accents and
# punctuation (normalize), drops Arabic articles and doubled letters (translit_key) and, for
# places, matches consonant skeletons. These checks run the real rules over the bundled files.

# Consonant skeletons two places share (the gazetteer keeps the first place in file order, so
# the older entry wins); each pair was looked at and both names keep exact aliases of their own.
KNOWN_SKELETON_COLLISIONS: dict[str, set[str]] = {
    "bshk": {"Abu Shouk camp", "Bashiqa"},
    "dnprvnc": {"Adana Province", "Aden Governorate"},
    "drdstrct": {"Daraa District", "Darayya District"},
    "drksh": {"Darkush", "Dreikish"},
    "krch": {"Karachi", "Kerch"},
    "krmn": {"Kerman", "Kreminna"},
    "krnstt": {"Kayah State", "Kayin State"},
    "rpblcfgn": {"Guinea", "Guyana"},
    "shdd": {"Al-Shaddadi", "Ashdod"},
}


@pytest.fixture(scope="module")
def gazetteer():
    from store.gazetteer import Gazetteer

    return Gazetteer.from_data()


def _keyed(rows, key, *, min_len=1):
    from store.gazetteer import _is_acronym

    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for x in [r["name"], r.get("full_name"), *r["aliases"]]:
            if not x or _is_acronym(x):
                continue
            k = key(x)
            if len(k) >= min_len:
                owners[k].add(r["name"])
    return {k: v for k, v in owners.items() if len(v) > 1}


def test_aliases_not_shared_after_normalize(agencies, places):
    from store.gazetteer import normalize

    assert _keyed(places, normalize) == SHARED_PLACE_ALIASES
    assert _keyed(agencies, normalize) == SHARED_AGENCY_ALIASES


def test_acronyms_not_shared(agencies, places):
    from store.gazetteer import _is_acronym

    for rows in (places, agencies):
        owners: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            for x in [r["name"], r.get("full_name"), *r["aliases"]]:
                if x and _is_acronym(x):
                    owners[x.replace(".", "")].add(r["name"])
        assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_place_transliteration_keys_not_shared():
    """No two places (pycountry's countries included) agree on a translit key or, beyond the
    reviewed list, on a consonant skeleton (provinces of ISO 3166-2 are matched as spelled: no keys)."""
    from store.gazetteer import Entity, _is_acronym, _transliterated, reference_places, skeleton, translit_key

    rows, aliases = reference_places()
    names = {r["id"]: r["name"] for r in rows}
    loose = {r["id"] for r in rows if _transliterated(Entity(r["id"], r["name"], r["kind"], pcode=r["pcode"]))}
    pairs = [(r["name"], r["id"]) for r in rows] + list(aliases)
    keys: dict[str, set[str]] = defaultdict(set)
    skels: dict[str, set[str]] = defaultdict(set)
    for alias, pid in pairs:
        if _is_acronym(alias) or pid not in loose:
            continue
        if len(translit_key(alias)) >= 3:
            keys[translit_key(alias)].add(names[pid])
        if len(skeleton(alias)) >= 4:
            skels[skeleton(alias)].add(names[pid])
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}
    shared = {k: v for k, v in skels.items() if len(v) > 1}
    unreviewed = {k: v for k, v in shared.items() if KNOWN_SKELETON_COLLISIONS.get(k) != v}
    assert not unreviewed


def test_every_place_alias_resolves_to_its_own_place(places, gazetteer):
    wrong = []
    for p in places:
        for alias in [p["name"], *p["aliases"]]:
            hit = gazetteer.place(alias, fuzzy=False)
            if hit is None or hit.name != p["name"]:
                wrong.append((alias, p["name"], hit and hit.name))
    assert not wrong


def test_every_agency_alias_resolves_to_its_own_agency(agencies, gazetteer):
    wrong = []
    for a in agencies:
        for alias in [a["name"], a["full_name"], *a["aliases"]]:
            if alias:
                hit = gazetteer.agency(alias, fuzzy=False)
                if hit is None or hit.name != a["name"]:
                    wrong.append((alias, a["name"], hit and hit.name))
    assert not wrong


def test_pycountry_names_still_resolve_to_their_country(gazetteer):
    wrong = []
    for c in pycountry.countries:
        for n in {c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)} - {None}:
            hit = gazetteer.place(n, fuzzy=False)
            if hit is None or hit.kind != "country" or hit.pcode != c.alpha_2:
                wrong.append((n, c.alpha_2, hit and hit.name))
    assert not wrong


# -- crises beyond Syria and Iraq ------------------------------------------------------------------

WORLD_PLACES = {
    # name: (parent, variants that must be aliases)
    "Khan Younis": ("Khan Younis Governorate", ["Khan Yunis", "خان يونس"]),
    "Gaza City": ("Gaza Governorate", []),
    "Jabalia camp": ("Jabalia", ["Jabalya camp"]),
    "Deir al-Balah": ("Deir al-Balah Governorate", ["Deir el-Balah"]),
    "Al-Mawasi": ("Khan Younis Governorate", ["Mawasi"]),
    "Jenin camp": ("Jenin", []),
    "Tyre": ("South Lebanon Governorate", []),
    "Nabatieh": ("Nabatieh Governorate", ["Nabatiyeh"]),
    "El Fasher": ("North Darfur", ["Al-Fashir", "Al Fasher", "الفاشر"]),
    "El Geneina": ("West Darfur", ["Geneina", "Al-Junaynah"]),
    "Zamzam camp": ("North Darfur", ["Zamzam"]),
    "North Darfur": ("Darfur", []),
    "Darfur": ("Sudan", []),
    "Adre": ("Ouaddai Province", ["Adré"]),
    "Kyiv": ("Ukraine", ["Kiev", "Київ"]),
    "Kharkiv": ("Kharkiv Oblast", ["Kharkov"]),
    "Odesa": ("Odesa Oblast", ["Odessa"]),
    "Zaporizhzhia": ("Zaporizhzhia Oblast", ["Zaporizhia", "Zaporozhye"]),
    "Avdiivka": ("Donetsk Oblast", ["Avdeyevka"]),
    "Kutupalong camp": ("Cox's Bazar", []),
    "Goma": ("North Kivu", []),
    "Mekelle": ("Tigray", ["Mek'ele"]),
    "Maiduguri": ("Borno State", []),
    "Derna": ("Libya", ["Darnah"]),
    "Antakya": ("Hatay", ["Antioch"]),
    "Stepanakert": ("Nagorno-Karabakh", ["Khankendi"]),
    "Cúcuta": ("Norte de Santander", ["Cucuta"]),
    "Al Haouz Province": ("Marrakesh-Safi", ["Al Haouz"]),
}

WORLD_AGENCIES = {
    "Gaza Health Ministry": ["the health ministry in Gaza", "the Hamas-run health ministry"],
    "Israeli military": ["IDF", "Israel Defense Forces", "Israeli army"],
    "Lebanese Health Ministry": ["Lebanon's health ministry"],
    "Rapid Support Forces": ["RSF"],
    "Sudanese army": ["SAF", "Sudanese Armed Forces"],
    "Ukrainian State Emergency Service": ["Ukraine's State Emergency Service", "State Emergency Service of Ukraine"],
    "Ukrainian health ministry": ["Ukraine's health ministry"],
    "IPC": ["Integrated Food Security Phase Classification"],
    "IDMC": ["Internal Displacement Monitoring Centre"],
    "Houthis": ["Ansar Allah"],
    "Palestinian Red Crescent": ["PRCS"],
}


def test_world_places_present(places):
    names = by_name(places)
    for name, (parent, variants) in WORLD_PLACES.items():
        assert names[name]["parent"] == parent, name
        have = {norm(x) for x in names[name]["aliases"]}
        missing = [v for v in variants if norm(v) not in have]
        assert not missing, (name, missing)


def test_world_agencies_present(agencies):
    names = by_name(agencies)
    for name, wanted in WORLD_AGENCIES.items():
        a = names[name]
        have = {x for x in [a["name"], a["full_name"] or "", *a["aliases"]]}
        missing = [w for w in wanted if w not in have]
        assert not missing, (name, missing)


def test_ukraine_admin1(places):
    oblasts = [p for p in places if p["parent"] == "Ukraine" and p["kind"] == "governorate"]
    assert len(oblasts) == 25  # 24 oblasts and Crimea
    assert sum(p["name"].endswith(" Oblast") for p in oblasts) == 24
    codes = [p["pcode"] for p in oblasts]
    assert all(c and c.startswith("UA") for c in codes)


def test_health_ministry_aliases_name_their_country(agencies):
    # A bare "the health ministry" would name every country's: aliases carry the country or place.
    for a in agencies:
        for x in [a["name"], a["full_name"] or "", *a["aliases"]]:
            assert norm(x) not in {"health ministry", "the health ministry", "ministry of health"}, (a["name"], x)


def test_every_demonym_names_a_country_by_its_canonical_name():
    # A country renamed in places.json ("Cabo Verde" -> "Cape Verde") must take its demonyms along, or
    # "the Cape Verdean coastguard" loses its country.
    from store.gazetteer import Gazetteer

    g = Gazetteer.from_data()
    demonyms = json.loads((DATA / "demonyms.json").read_text(encoding="utf-8"))["demonyms"]
    for country, words in demonyms.items():
        e = g.place_named(country)
        assert e is not None and e.kind == "country" and e.name == country, country
        assert words and all(w[:1].isupper() for w in words), country
    seen = [w.lower() for words in demonyms.values() for w in words]
    # One country per demonym, but for the two Congos: "the Congolese army" is the larger one's (listed
    # first), while an article on Brazzaville still names its own government "Congolese".
    assert {w for w in seen if seen.count(w) > 1} == {"congolese"}
    from store.vocab import COUNTRY_OF_DEMONYM, DEMONYMS_OF

    assert COUNTRY_OF_DEMONYM["congolese"] == "Democratic Republic of the Congo" and DEMONYMS_OF["Congo"] == ("Congolese",)


@pytest.mark.parametrize("asked, name, code", [
    ("Bavaria", "Bavaria", "DE-BY"), ("Bayern", "Bavaria", "DE-BY"), ("Razavi Khorasan", "Razavi Khorasan", "IR-09"),
    ("Khorasan Razavi", "Razavi Khorasan", "IR-09"), ("Crete", "Crete", "GR-M"), ("Tuscany", "Tuscany", "IT-52"),
    ("Catalonia", "Catalonia", "ES-CT"), ("Lower Austria", "Lower Austria", "AT-3"), ("Jeju", "Jeju", "KR-49"),
    ("Styria", "Styria", "AT-6"), ("Steiermark", "Styria", "AT-6"), ("Krasnodar region", "Krasnodar Krai", "RU-KDA"),
    ("Krasnodarskiy kray", "Krasnodar Krai", "RU-KDA"),
])
def test_provinces_go_by_their_english_names_too(gazetteer, asked, name, code):
    e = gazetteer.place(asked, fuzzy=False)
    assert (e.name, e.kind, e.pcode) == (name, "governorate", code)


def test_every_english_province_name_is_a_code_pycountry_knows():
    import pycountry

    names = json.loads((DATA / "subdivisions_en.json").read_text(encoding="utf-8"))["names"]
    codes = {s.code for s in pycountry.subdivisions}
    assert set(names) <= codes, set(names) - codes
    assert all(isinstance(v, list) and v and all(isinstance(n, str) and n for n in v) for v in names.values())


def test_png_is_papua_new_guinea(gazetteer):
    assert gazetteer.place("PNG", fuzzy=False).name == "Papua New Guinea"


@pytest.mark.parametrize("name", ["Central Greece", "Western Greece", "Scania", "Marches"])
def test_compass_parts_of_a_country_and_common_words_are_no_province(gazetteer, name):
    assert gazetteer.place(name, fuzzy=False) is None
