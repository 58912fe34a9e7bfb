"""The figure vocabulary of corpus/FORMAT.md, shared by extraction, answers and the store."""

import re
import unicodedata
from functools import lru_cache

QUALIFIERS = ("exact", "about", "up_to", "at_least", "more_than", "range", "vague")

SUBJECTS = (
    "civilians",
    "children",
    "women",
    "people",
    "families",
    "displaced",
    "refugees",
    "fighters",
    "personnel",
    "troops",
    "soldiers",
    "strikes",
    "vehicles",
    "houses",
)

STATUSES = (
    "killed",
    "injured",
    "casualties",
    "missing",
    "detained",
    "trapped",
    "remaining",
    "living_under",
    "displaced",
    "fled",
    "returned",
    "in_need",
    "affected",
    "present",
    "deployed",
    "launched",
)

# damage: what happens to homes ("60 homes were destroyed"), kept apart from counts of people.
KINDS = ("impact", "conflict", "damage")

# Review states: extraction writes "auto"; an admin moves it on. Nothing is deleted.
REVIEW_STATES = ("auto", "verified", "retracted")

# Where a figure came from.
ORIGINS = ("extracted", "manual", "import")

# Subjects that count people, and the broader subjects each one is part of:
# a question about people is answered by a figure about children, not the reverse.
SUBJECT_PARENTS: dict[str, tuple[str, ...]] = {
    "children": ("civilians", "people"),
    "women": ("civilians", "people"),
    "civilians": ("people",),
    "displaced": ("people",),
    "refugees": ("people",),
    "families": (),
    "people": (),
    "fighters": (),
    "personnel": (),
    "troops": (),
    "soldiers": (),
    "strikes": (),
    "vehicles": (),
    "houses": (),
}

# Personnel (aid and health workers included) are conflict figures only when
# deployed or present; aid workers killed are an impact figure.
CONFLICT_SUBJECTS = ("fighters", "troops", "soldiers", "strikes", "vehicles")
# Conflict subjects that count things, not people: in "killed in the strikes" they name the cause.
THING_SUBJECTS = ("strikes", "vehicles")
CONFLICT_STATUSES = ("present", "deployed", "launched")
# Subjects that count persons one by one (not families, houses or a conflict's forces and strikes).
PEOPLE_SUBJECTS = ("civilians", "children", "women", "people", "displaced", "refugees")


def narrower_subjects(subject: str) -> set[str]:
    """The subject itself and every subject that is part of it (people -> children, women...)."""
    return {s for s, parents in SUBJECT_PARENTS.items() if s == subject or subject in parents}


def kind_for(subject: str, status: str) -> str:
    """`impact` for what happens to people, `conflict` for fighters, troops, strikes, vehicles,
    `damage` for homes."""
    if subject == "houses":
        return "damage"
    if subject in CONFLICT_SUBJECTS:
        # Fighters or soldiers killed are still conflict figures in the gold.
        return "conflict"
    if subject == "personnel" and status in CONFLICT_STATUSES:
        return "conflict"
    return "impact"


# Bounds recorded for vague amounts ("hundreds": 200-999), as the gold does.
VAGUE_BOUNDS: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (200, 999),
    "thousands": (2000, 9999),
    "several thousand": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "millions": (2000000, 9999999),
}

# An upper bound on any single figure: more than everyone alive is a typo, not a figure.
MAX_VALUE = 10_000_000_000


# -- words ---------------------------------------------------------------------------
# The words for each subject and status (store/data/words.json, which says what each key means):
# extraction's phrase patterns and the question parser's words are both built from it, so adding a
# word or a status is one change there.


@lru_cache(maxsize=None)
def data_file(name: str):
    """A JSON file of store/data (the gazetteer's reference data reads them the same way), read once per
    process: callers read what it returns and never change it."""
    import json
    from importlib import resources

    path = resources.files("store") / "data" / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


_WORDS = data_file("words.json")
# "CRETE, Neb.": the abbreviations of US states news agencies write after a town -> the state's name
AP_STATES: dict[str, str] = (data_file("subdivisions_en.json") or {}).get("abbreviated", {})
SUBJECT_TERMS: dict[str, dict[str, list]] = _WORDS["subjects"]
# In extraction's priority order (where a phrase could be read two ways, the earlier status wins).
STATUS_TERMS: dict[str, dict[str, list]] = _WORDS["statuses"]
# Words that never name a place, even after "in" ("in total", "on Monday").
NOT_PLACE_TERMS: dict[str, list] = _WORDS["not_places"]
# Provinces and states whose bare name is an English word ("Rivers", "Coast"): known only with their kind
# word ("Rivers State"), see gazetteer.subdivisions.
NOT_SUBDIVISIONS: list[str] = _WORDS["not_subdivisions"]
NOT_CITIES: list[str] = _WORDS["not_cities"]
HOW_BADLY: frozenset[str] = frozenset(_WORDS["how_badly"])
# Nouns of what is counted that is no one: a count with its noun left out after them counts no people.
NOT_PEOPLE: list[str] = _WORDS["not_people"]
# Outbreaks and the words for their cases ("53 suspected yellow fever cases"): words.json's "diseases"
DISEASES: tuple[str, ...] = tuple(sorted(_WORDS["diseases"]["names"], key=len, reverse=True))  # (longest first: "bird flu")
DISEASE_NAMED = re.compile(r"\b(?:" + "|".join(re.escape(d) for d in DISEASES) + r")\b", re.I)
_SAME_DISEASE: dict[str, str] = _WORDS["diseases"]["same"]


def disease(name: str) -> str:
    """A disease's one name for its several ("flu" and "influenza", "covid-19" and "coronavirus")."""
    low = name.lower()
    return _SAME_DISEASE.get(low, low)


CASE_NOUNS: frozenset[str] = frozenset(_WORDS["diseases"]["case_nouns"])  # what a count of cases is a count of
CASE_WORDS: frozenset[str] = frozenset(_WORDS["diseases"]["case_words"])  # how a question asks for them
CASE_QUALIFIERS: frozenset[str] = frozenset(_WORDS["diseases"]["case_qualifiers"])


def asks_for_cases(word: str | None) -> bool:
    """Is a question's word one that asks for counts of cases of a disease: "cases", "infected", "cholera"?"""
    return bool(word) and (word in CASE_WORDS or DISEASE_NAMED.fullmatch(word) is not None)
# A source's title typed at the end of a question: the word of its name each stands for, and roles to drop.
SOURCE_TITLE_NAMES: dict[str, str] = _WORDS["source_titles"]["names"]
SOURCE_ROLES: frozenset[str] = frozenset(_WORDS["source_titles"]["roles"])
# Who speaks for whom (see "sources" in words.json): a person's titles, who serve an organisation, a police
# force's members and the nouns that make a name a force's.
PERSON_TITLES: frozenset[str] = frozenset(_WORDS["sources"]["titles"])
# A place's offices whose holder speaks as the office ("Kerr County Sheriff Larry Leitha"): words.json "offices".
OFFICES: dict = _WORDS["sources"]["offices"]
SERVE_WORDS: frozenset[str] = frozenset(_WORDS["sources"]["serve"])
WITNESS_ROLES: frozenset[str] = frozenset(_WORDS["sources"]["witness_roles"])
FORCE_MEMBERS: frozenset[str] = frozenset(_WORDS["sources"]["force_members"])
STATE_POLICE: frozenset[str] = frozenset(_WORDS["sources"]["state_police"])
TOWN_POLICE: frozenset[str] = frozenset(_WORDS["sources"]["town_police"])
DEPUTY_COMMISSIONERS: frozenset[str] = frozenset(_WORDS["sources"]["deputy_commissioners"])
STATE_COUNTRIES: frozenset[str] = frozenset(_WORDS["sources"]["state_countries"])
NATIONAL_SOCIETIES: dict[str, str] = _WORDS["sources"]["national_societies"]
RANKS: frozenset[str] = frozenset(_WORDS["sources"]["ranks"])
REGIONAL_BODIES: frozenset[str] = frozenset(_WORDS["sources"]["regional_bodies"])
SPEAKS: frozenset[str] = frozenset(_WORDS["sources"]["speaks"])
GOVERNS: frozenset[str] = frozenset(_WORDS["sources"]["governs"])
ACTS_ABROAD: frozenset[str] = frozenset(_WORDS["sources"]["acts_abroad"])
SPEAKS_FROM: frozenset[str] = frozenset(_WORDS["sources"]["speaks_from"])
COUNTRY_INITIALS: frozenset[str] = frozenset(_WORDS["sources"]["country_initials"])
FORCES: list[str] = _WORDS["sources"]["forces"]
PARENT_BY_WORDS: dict[str, str] = _WORDS["sources"]["parent_by_words"]


def learned_parent(name: str) -> str | None:
    """The parent agency a source learned from an article belongs to by its name ("Micronesia Red Cross": the
    Red Cross and Red Crescent Movement), or None."""
    low = f" {re.sub(r'[^a-z]+', ' ', name.lower())} "
    return next((parent for words, parent in PARENT_BY_WORDS.items() if f" {words} " in low), None)
# A caption's credit run into the name before it ("in Pedrógão Grande Photo: AFP").
CAPTION_WORDS: list[str] = _WORDS["not_places"]["caption_words"]


def terms(entry: dict[str, list], *keys: str) -> list[str]:
    """The words of a subject's or status's entry under the given keys, in order, each once."""
    return list(dict.fromkeys(w for k in keys for w in entry.get(k, ())))


# -- demonyms ------------------------------------------------------------------------
# Country -> its demonyms (store/data/demonyms.json), the adjective first. Extraction names an
# unqualified institution after the article's country ("the army" -> "Sudanese army"); answers read
# a people's name as its country ("how many Afghans ..."). Nationality words are never places.


DEMONYMS_OF: dict[str, tuple[str, ...]] = {c: tuple(w) for c, w in data_file("demonyms.json")["demonyms"].items()}
# Dependent territories, whose institutions go by the place's name ("Bermuda police").
INSTITUTIONS_BY_NAME = frozenset(data_file("demonyms.json")["institutions_by_name"])


def strip_accents(text: str) -> str:
    """The text with its accents stripped and its case kept ("Léogâne" -> "Leogane", "Curaçao" -> "Curacao")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def institution_adjective(country: str | None) -> str | None:
    """The word before a country's institutions: its adjective ("Sudanese army"), a territory's name ("Bermuda police"),
    written without accents as analysts type it ("Curacao police", "Reunion prefecture")."""
    if country in INSTITUTIONS_BY_NAME:
        return strip_accents(country)
    return DEMONYMS_OF.get(country, (None,))[0] if country else None


# Lower-case demonym (and its plural) -> country.
COUNTRY_OF_DEMONYM: dict[str, str] = {}
for _country, _words in DEMONYMS_OF.items():
    for _w in _words:
        for _form in (_w, _w + "s", _w[:-1] + "ies" if _w.endswith("y") else _w + "s"):
            COUNTRY_OF_DEMONYM.setdefault(_form.lower(), _country)
# A country's other names give its demonyms too: a store made before a country's canonical name changed
# ("Cabo Verde" before "Cape Verde") still calls it by the old one, and texts write "Ivory Coast".
for _place in data_file("places.json"):
    if _place.get("kind") == "country" and _place["name"] in DEMONYMS_OF:
        for _alias in _place.get("aliases") or ():
            DEMONYMS_OF.setdefault(_alias, DEMONYMS_OF[_place["name"]])


def country_of_demonym(phrase: str) -> str | None:
    """The country a nationality names, the whole phrase first, then its last word ("South Sudanese" is
    South Sudan's, "Cambodian" Cambodia's), or None."""
    for cand in dict.fromkeys((phrase, phrase.split()[-1] if phrase.strip() else phrase)):
        country = COUNTRY_OF_DEMONYM.get(cand.lower())
        if country:
            return country
    return None


# Every people's or region's adjective, lower case, with plurals: a country's ("sudanese") and those of
# no one country ("north african", "rohingya"). None of them is a place.
DEMONYMS: frozenset[str] = frozenset(COUNTRY_OF_DEMONYM) | frozenset(
    form.lower() for w in data_file("demonyms.json")["regional"] for form in (w, w + "s")
)


# -- causes and other counts -----------------------------------------------------------
# Words that name what caused a toll, not who is counted: "death toll in the air strike" asks about
# people killed (the strike is the cause). Read by answers; extraction reads strikes as a subject only
# when a number counts them ("25 airstrikes").
CAUSE_WORDS = frozenset(
    """strike strikes airstrike airstrikes raid raids bombardment bombardments shelling shellings attack attacks
    blast blasts explosion explosions bomb bombs bombing bombings quake quakes earthquake earthquakes flood floods
    flooding storm storms cyclone hurricane typhoon landslide landslides fire fires shooting shootings massacre
    ambush clashes clash fighting offensive assault siege barrage rocket rockets missile missiles mortar mortars
    drone drones suicide car-bomb carbomb mudslide mudslides landslip wildfire wildfires tsunami eruption volcano
    avalanche drought tremor rain rains rainfall rainstorm rainstorms downpour downpours monsoon snow snowstorm
    blizzard heatwave dana typhoons hurricanes cyclones dam dams collapse burst breach shipwreck shipwrecks capsizing
    sinking stampede crash crashes derailment boat boats pirogue ferry dzud tornado tornadoes twister
    twisters cloudburst cloudbursts glof""".split()
)
# Sectors a report says were hit, which are no places ("Agriculture was the hardest hit area")
SECTORS = ("Agriculture", "Education", "Health", "Housing", "Livestock", "Fisheries", "Infrastructure", "Transport",
           "Tourism", "Commerce", "Trade", "Energy", "Water", "Sanitation", "Shelter", "Nutrition", "Protection", "Industry")
# Causes that name one event a later sentence may place: "the attack in Pont-Sonde", "the fire at Camp 5".
EVENT_NOUNS = frozenset(
    """attack attacks assault massacre raid raids strike strikes bombing bombings blast blasts explosion explosions fire
    fires quake earthquake landslide mudslide flood floods flooding shooting shootings collapse sinking crash stampede
    shipwreck""".split()
)
assert EVENT_NOUNS <= CAUSE_WORDS
# Of those, the hazards that strike a region, not a spot: their toll is the region's or the country's, not the
# town the story keeps naming ("the floods that tore through Derna").
AREA_HAZARDS = frozenset("quake earthquake landslide mudslide flood floods flooding".split())
assert AREA_HAZARDS <= EVENT_NOUNS
# What "the attack" of a story names again: a blast, a bombing, a shooting its headline or lead told ("Pakistan bomb
# blast ... The attack took place during the regular Friday bazaar in Kalaya")
ATTACK_KINDS = frozenset("""attack attacks assault massacre raid bombing bombings blast blasts explosion bomb bomber shooting
    shootings gunmen gunman ambush stabbing suicide""".split())
# Nouns that describe the country an article is about: "the island's government", "the country's health ministry"
# (not "state", which is mostly a province's: "the state's health department" in Kerala).
POLITY_NOUNS = frozenset({"country", "nation", "island", "islands", "territory", "kingdom", "emirate", "archipelago", "republic"})
# Names of months and days: when, never a place or a count's noun (articles and questions).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Words that open a sentence or a noun phrase, in lower case: no part of a name that goes on before them ("in Lattakia
# countryside Three civilians", a text that lost its full stop; "The Vale dam burst": no given name)
SENTENCE_OPENERS = frozenset(
    """the a an this that these those it its he she they we i our their his her there here one two three four five six
    seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands dozens some many several at in on
    as after before when while but and or meanwhile however also earlier later""".split()
) | {m.lower() for m in MONTH_NAMES + WEEKDAY_NAMES}
# Rough depth of each kind of place, to tell a city from its country.
PLACE_DEPTH = {
    "country": 0, "region": 1, "governorate": 1, "province": 1, "state": 1, "admin1": 1,
    "district": 2, "regency": 2, "county": 2, "admin2": 2, "subdistrict": 2, "admin3": 2, "area": 3,
    "city": 3, "town": 3, "village": 4, "suburb": 4, "neighbourhood": 4, "neighborhood": 4, "camp": 4,
}
# Words that say what kind of place a name is ("Kunar province", "the town of X", "Jan District"): never a
# name themselves, in articles and in questions.
PLACE_KIND_WORDS = frozenset(PLACE_DEPTH) | {"countryside", "oblast", "prefecture", "territory"}
# A country's first-level parts in the plural: "across 10 provinces" is the country.
COUNTRY_PARTS = ("provinces", "regions", "states", "governorates", "departments", "counties")
# Places in the plural: "Provinces affected: 10" counts no people.
PLACE_KIND_PLURALS = COUNTRY_PARTS + ("districts", "municipalities", "communes", "villages", "towns", "cities", "communities",
                                      "islands", "countries")
# Hazards that strike a region or a country, whose toll a story on one town still gives for the country.
WIDE_HAZARDS = AREA_HAZARDS | frozenset(
    """earthquakes quakes landslides mudslides tsunami storm storms cyclone cyclones hurricane hurricanes typhoon typhoons
    rains monsoon wildfire wildfires drought heatwave heat cold outbreak epidemic cholera eruption eruptions volcano volcanic""".split()
)
# Of those, hazards that strike a site (a landslide buries a village, a wildfire burns a district): a story on one
# is about the place it struck, where a flood's or a quake's is about the region (and landslides in the plural, a
# season's, are the region's too).
SITE_HAZARDS = frozenset("landslide mudslide wildfire".split())
# Words of war, whose tolls a story on one town still gives for the country ("killed in Syria since 2011").
WAR_WORDS = frozenset(
    """attack attacks attacked strike strikes airstrike airstrikes raid raids bombardment shelling bomb bombs bombing
    bombings war fighting clashes offensive siege rebels militants army troops forces military conflict coalition
    jihadists isis shootings""".split()
)
# Nouns of a change in a count: "a rise from 11,216", "Pahang registered a slight drop" (no one speaking).
CHANGE_NOUNS = ("drop", "rise", "increase", "decrease", "fall", "decline", "jump", "surge", "spike")
# Nouns for a tally of people: "the number of evacuees, with 249 people", "Beaufort recorded the highest number".
TALLY_NOUNS = ("number", "numbers", "count", "total", "tally")
# Places built for people, named by whom they serve: "girls school", "refugee camp", "children's hospital". A word for
# people right before one describes the place, not who is counted ("kabul girls school blast death toll").
FACILITY_NOUNS = frozenset(
    """school schools camp camps hospital hospitals clinic clinics centre centres center centers
    hostel hostels dormitory dormitories orphanage orphanages daycare nursery nurseries settlement settlements ward wards""".split()
)
# The heads of a body named by its field after "of": "Ministry of Health", "Office of the Prime Minister", "Department of
# Social Welfare" (a question's "acc to ministry of health" names a source, not a place called Health)
FIELD_BODY_HEADS = frozenset("ministry minister department office bureau secretariat directorate".split())
# Things people ask to count that no figure in the store counts: a question about them has no answer.
OTHER_COUNTS = frozenset(
    """cases case infections infected outbreak cholera measles polio covid malaria schools school hospitals
    hospital clinics buildings shelters tents trucks convoys doses vaccinations vaccines tons
    tonnes meals kits pregnancies births weddings""".split()
)
# Statuses a combined word asks for together: "casualties", "dead or hurt" are both.
COMBINED_STATUSES: dict[str, tuple[str, ...]] = {"casualties": ("casualties", "killed", "injured")}
