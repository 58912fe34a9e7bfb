"""The words people type in questions, mapped to the store's vocabulary.

Everything here is built once at import: the parser looks words and phrases
up in plain dicts, and only a word that matches nothing exactly is compared
(with rapidfuzz, at a high cutoff) against the single words of these tables.
"""

from __future__ import annotations

from store import vocab
from store.gazetteer import normalize

# -- subjects and statuses -----------------------------------------------------------
# The words for each, from store/data/words.json: the ones reports and questions share, the singular
# nouns and the shorthand staff type ("kids", "ppl"); never the phrasing only reports use.

SUBJECT_WORDS: dict[str, tuple[str, ...]] = {
    subject: tuple(vocab.terms(entry, "words", "singular", "typed")) for subject, entry in vocab.SUBJECT_TERMS.items()
}
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    status: tuple(vocab.terms(entry, "words", "typed", "heads")) for status, entry in vocab.STATUS_TERMS.items()
}

# A question about one status may be answered by a related one, ranked after it
# and labelled with its own status ("still in Raqqa" is answered by remaining,
# then by trapped). Killed is never answered by casualties (which count the injured).
RELATED_STATUSES: dict[str, tuple[str, ...]] = {
    "remaining": ("trapped", "present"),
    "trapped": ("remaining",),
    "present": ("remaining", "deployed"),
    "deployed": ("present",),
    "fled": ("displaced",),
    "displaced": ("fled",),
    "living_under": ("remaining",),
}

# Who else may answer for a subject, ranked after it: US "troops" are often
# counted as military personnel; "civilians" in a population count are counted
# as people (never for deaths, where "people" may include fighters).
RELATED_SUBJECTS: dict[str, tuple[str, ...]] = {
    # "killed in the bombing on evacuees": the toll is often counted as people or civilians.
    "displaced": ("people", "civilians", "families"),
    "families": ("people",),
    # "how many ppl evacuated" where the report counts households: the closest, said to count families
    "people": ("families", "personnel"),
    "troops": ("personnel", "soldiers"),
    "soldiers": ("troops",),
    "personnel": ("troops",),
    "civilians": ("people",),
    "refugees": ("people",),
}
# A group named by what befell it, before the people it is made of ("refugee children"): the status
# those people are counted with.
GROUP_STATUS: dict[str, str] = {"refugees": "fled", "displaced": "displaced"}
GROUP_MEMBERS = frozenset({"children", "women"})
# Where people who "stay" or "remain" are still displaced: "idps staying with relatives", "stayed in red cross shelter"
STAYING_DISPLACED = frozenset({"shelter", "shelters", "camp", "camps", "relatives", "host", "hosts"})
POPULATION_STATUSES = frozenset({"remaining", "trapped", "living_under", "displaced", "fled", "returned", "in_need", "affected"})
# A related subject that answers only with these statuses: refugees are people
# who fled (abroad); people displaced inside their country are not refugees.
RELATED_ONLY_WITH: dict[tuple[str, str], frozenset[str]] = {
    ("refugees", "people"): frozenset({"fled"}),
    # families stand for people only in a count of where people are (never a toll: "families killed")
    ("people", "families"): POPULATION_STATUSES,
    # responders stand for people only where people sent are asked ("how many ppl in the undac team ocha sent")
    ("people", "personnel"): frozenset({"deployed"}),
}
# ... and only when no count of people with the status asked is there at all (a unit fallback, not a rival).
UNIT_FALLBACK = frozenset({("people", "families"), ("people", "personnel")})

# -- question kinds and small words ------------------------------------------------

# Phrases that tell what kind of question it is.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "greeting": (
        "hi", "hello", "hey", "hiya", "yo", "hola", "salaam", "salam", "marhaba", "bonjour", "good morning",
        "good afternoon", "good evening", "thanks", "thank you", "thx", "cheers", "ok", "okay", "bye",
    ),
    "help": ("help", "start", "what can you do", "how do i use", "how does this work", "commands", "menu", "usage"),
    "sources": ("sources", "what sources", "list sources", "your sources", "agencies", "which agencies", "what articles", "articles"),
    "about_place": ("tell me about", "what do you know about", "what is known about", "situation in", "overview", "summary", "summarise", "summarize"),
    "who_says": ("who says", "who said", "who reports", "who reported", "which agency", "which source", "which organisation", "which organization"),
    "latest": ("latest", "newest", "most recent", "recent", "current", "currently", "now", "today", "updated", "up to date", "so far"),
}

# Words right before an agency that make it the source asked about ("according to UNICEF").
# Not "by" or "from" alone: "killed by the coalition" names who killed, not who counted.
SOURCE_BEFORE = (
    "according to", "per", "reported by", "counted by", "estimated by", "recorded by", "documented by",
    "figures from", "figure from", "data from", "numbers from", "estimate from", "report from",
)
# "what does UNICEF say", "how many did OCHA count": a source only with a reporting verb after it
# ("how many fighters did the SDF kill" names who killed).
SOURCE_AUXILIARIES = ("does", "do", "did")
# Words right after an agency that make it the source asked about ("UNICEF says").
SOURCE_AFTER = (
    "say", "says", "said", "report", "reports", "reported", "estimate", "estimates", "estimated", "claim",
    "claims", "claimed", "figure", "figures", "count", "counts", "data", "number", "numbers", "think",
    "thinks", "count",
)

# Words that open a follow-up to the previous question ("and in Jazra?").
FOLLOW_UP_OPENERS = ("and", "what about", "how about", "and what about", "same for", "also", "only", "just", "then", "what of", "and for", "or")

# Words that ask how a figure changed over time: the answer is a chart (answer/trend.py). A time
# phrase starting with "since" asks it too, unless the question counts a total ("how many ... since").
TREND_WORDS = (
    "over time", "trend", "trends", "trending", "timeline", "time series", "evolution", "evolved", "evolving",
    "changed", "changing", "chart", "graph", "plot",
)
COUNT_OPENERS = ("how many", "how much", "total", "the total", "what is the total", "whats the total")

# Prepositions after which an unknown word is probably a place name.
PLACE_PREPOSITIONS = {"in", "at", "inside", "near", "within", "across", "around", "from", "of", "for", "on", "about", "into", "outside"}

STOPWORDS = frozenset(
    """
    a an the how many much what whats which who whom whose is are was were be been being am do does did done
    of in on at to for from by with about and or nor but if so as than then there here their they them it its
    this that these those have has had having i me my we our us you your he she his her please tell know give
    show any some all each every per into onto inside outside near within across around over under up down out off
    number numbers figure figures count counts total totals amount estimate estimates estimated according
    say says said report reports reported claim claims can could would will shall should may might must
    get got let lets let's just only also still yet ever very really more most less least few lot lots
    not no yes ok okay hey hi hello thanks thank
    people's city town area village region country province district countryside camp camps
    since during after before until while when where why whether
    year years month months week weeks day days today yesterday tonight last past recent latest current
    overall altogether whole entire so-called like
    kindly sorry quick pls plz again urgent urgently confirmed verified known exact roughly official officially
    """.split()
)

# Words that are never the name of an unknown place even after "in" ("killed in total", "in the strike").
NOT_PLACES = frozenset(vocab.terms(vocab.NOT_PLACE_TERMS, "words", "typed"))

# Nationality words and peoples -> country: one list, store/vocab.py (store/data/demonyms.json).
DEMONYMS = vocab.COUNTRY_OF_DEMONYM


# A few words of the Arabic questions staff type ("كم عدد الأطفال المحاصرين في الرقة").
ARABIC_WORDS: dict[str, tuple[str, str]] = {
    "أطفال": ("subject", "children"), "الأطفال": ("subject", "children"), "طفل": ("subject", "children"),
    "مدنيين": ("subject", "civilians"), "المدنيين": ("subject", "civilians"), "مدني": ("subject", "civilians"),
    "نساء": ("subject", "women"), "النساء": ("subject", "women"), "شخص": ("subject", "people"),
    "أشخاص": ("subject", "people"), "الناس": ("subject", "people"), "نازحين": ("subject", "displaced"),
    "النازحين": ("subject", "displaced"), "لاجئين": ("subject", "refugees"), "اللاجئين": ("subject", "refugees"),
    "مقاتلين": ("subject", "fighters"), "غارات": ("subject", "strikes"), "غارة": ("subject", "strikes"),
    "قتلى": ("status", "killed"), "قتل": ("status", "killed"), "القتلى": ("status", "killed"),
    "جرحى": ("status", "injured"), "الجرحى": ("status", "injured"), "مفقودين": ("status", "missing"),
    "معتقلين": ("status", "detained"), "محاصرين": ("status", "trapped"), "المحاصرين": ("status", "trapped"),
    "عالقين": ("status", "trapped"), "فروا": ("status", "fled"), "نزحوا": ("status", "displaced"),
    "مرحبا": ("kind", "greeting"), "السلام": ("kind", "greeting"), "مساعدة": ("kind", "help"),
}


def _key(phrase: str) -> tuple[str, ...]:
    # The parser looks words up in the gazetteer's normal form: folded, no punctuation.
    return tuple(normalize(phrase).split())


def _phrase_table() -> dict[tuple[str, ...], tuple[str, str]]:
    """Word sequence -> (role, value): role is subject, status or kind."""
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for role, groups in (("kind", KIND_WORDS), ("subject", SUBJECT_WORDS), ("status", STATUS_WORDS)):
        for value, phrases in groups.items():
            for phrase in phrases:
                table.setdefault(_key(phrase), (role, value))
    for word, entry in ARABIC_WORDS.items():
        table.setdefault(_key(word), entry)
    # The store's own names are words people type too ("in_need" -> "in need").
    for s in vocab.SUBJECTS:
        table.setdefault((s,), ("subject", s))
    for s in vocab.STATUSES:
        table.setdefault(tuple(s.split("_")), ("status", s))
    table.pop((), None)
    return table


PHRASES: dict[tuple[str, ...], tuple[str, str]] = _phrase_table()
MAX_PHRASE_WORDS = max(len(k) for k in PHRASES)
# The words of the vocabulary's phrases of two words or more, and the phrases each is in: a typo of one of them is
# corrected where the phrase then reads whole ("taken to hospitl")
PHRASES_WITH: dict[str, list[tuple[str, ...]]] = {}
for _key in PHRASES:
    if len(_key) > 1:
        for _w in _key:
            if len(_w) >= 5 and _w.isascii() and _w.isalpha():
                PHRASES_WITH.setdefault(_w, []).append(_key)
PHRASE_WORDS: frozenset[str] = frozenset(w for k in PHRASES for w in k)
PHRASE_WORDS_LIST: list[str] = sorted(PHRASES_WITH)

# Single words that rapidfuzz may correct a typo to ("chidren" -> children).
# Short words are left out: at four letters a typo is as likely another word.
FUZZY_WORDS: list[str] = sorted({k[0] for k in PHRASES if len(k) == 1 and len(k[0]) >= 5 and k[0].isascii() and k[0] not in STOPWORDS})

# Words that say where someone lives; with "under" anywhere in the question
# ("living in Raqqa under ISIS") they ask about life under a group's rule.
LIVING = frozenset({"living", "live", "lived", "lives"})
# "how many survivors", with nothing else asked of them: those found or brought out alive, whom the figures count as present
SURVIVING = frozenset({"survivors", "survivor"})
# (not survivors in care, whom the figures count as injured: "how many survivors treated at zell am see hospital")
IN_CARE = frozenset({"treated", "treating", "treatment", "hospital", "hospitals", "hospitalised", "hospitalized", "admitted"})
