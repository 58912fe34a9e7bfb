"""Who gave a figure, read from the dependency parse, for any speaker.

The speaker is the subject of the reporting verb that governs the figure's clause ("X said",
"X told", "X estimated", "X put the toll at", "according to X", "was reported by X"), whatever
that subject is. A speaker the agency table knows keeps its canonical name; one it does not know
becomes a name built from its noun phrase ("the health ministry in Hamas-run Gaza" -> "Gaza health
ministry"; "the army" in a Sudan story -> "Sudanese army"; "local officials"), which the store
records as a new agency for review. Pronouns and anaphors ("he", "the agency", "its spokesman")
are left to the caller, which knows who spoke last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import chain

from store import vocab
from store.gazetteer import ONE_AND_MANY, Mention, agency_people, another_wording, without_kind

from .attribution import MEDIA_KINDS, surname
from .nlp import RECORDING_VERBS, REPORTING_VERBS, Parsed
from .places import CAPITALISED_WORD_BEFORE, NAME_CONNECTORS, PLACE_KIND_WORDS

# A report, not a reporter: "reports from a volunteer aid group" -> the group.
_REPORT_NOUNS = frozenset(
    """report reports figures figure data statistics estimates estimate count counts tally tallies toll tolls
    statement statements assessment assessments update updates records record numbers information findings
    bulletin bulletins release communique briefing balance""".split()
)
# "a statement issued by the public prosecutor", "the report released by the Ministry of Health"
_ISSUED_BY = re.compile(
    r"\b(?P<doc>statements?|reports?|bulletins?|updates?|communiques?|releases?)\s+(?:issued|released|published|put\s+out)\s+"
    r"(?:\w+\s+){0,2}?by\s+(?P<who>(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,4}?[A-Za-z][\w'’-]*)(?=\s+(?:on|in|at|earlier|late|last|this|that)\b|[,.;:]|$)")
# Where a speaker's words are written down: "said in a report that", "said in a statement that".
_DOCUMENT_NOUNS = frozenset("report reports statement statements bulletin update briefing interview communique release post".split())
# Common nouns that can head a source's name: who counts, reports and speaks.
SOURCE_NOUNS = frozenset(
    """ministry ministries army military police forces government authorities authority officials official
    sources source spokesman spokeswoman spokesperson spokespeople activists activist residents resident survivors survivor eyewitnesses eyewitness witnesses
    witness medics medic doctors doctor hospital hospitals group groups monitor monitors agency agencies office
    council committee commission media outlets outlet television tv radio department directorate command
    administration governor mayor chief commander commanders head director coordinator mission organisation
    organization organisations organizations charity charities ngo ngos network observatory centre center service services rescuers volunteers workers
    partners
    officers officer staff team teams coalition regime rebels opposition militants fighters insurgents
    presidency president parliament cabinet embassy consulate army's prosecutor prosecutors investigators paramedics
    coroner court union association society
    federation institute secretariat board bureau unit units prefecture prefect commissariat commissioner
    firefighters gendarmerie gendarmes defence defense brigade brigades
    eyewitness eyewitnesses headquarters villagers locals elder elders""".split()
)
_TIME_NOUNS = frozenset("hours hour days day weeks week months month years year minutes night morning evening".split())
# Sites a role may be of, named with their proper names: "a coordinator of the Zalingei camps", "the head of Kutupalong camp"
_SITES = frozenset("camp camps settlement settlements site sites village villages shelter shelters".split())
# Roles whose holder speaks for the organisation after "of": "the head of the national security department".
_ROLES = frozenset("head chief director minister representative commander secretary spokesman spokeswoman spokesperson coordinator leader boss".split())
# A police officer's title, then the place of their command: "Superintendent of Police (SP), Shimla,".
_POLICE_TITLE = re.compile(r"(?:Senior\s+|Deputy\s+|Additional\s+)?(?:Superintendent|Commissioner|Inspector[-\s]General)\s+of\s+Police", re.I)
_OFFICE_TITLE = (r"(?:(?:" + "|".join(vocab.OFFICES["before"]) + r")\s+)*(?:"
                 + "|".join(vocab.OFFICES["titles"] + list(vocab.OFFICES["misspelt"])) + r")")
_OFFICE = rf"(?P<title>{_OFFICE_TITLE})\b"
# (after the place's name, in capitals or not: "Rift Valley regional commissioner Abdi Hassan")
_OFFICE_ANY_CASE = rf"(?P<title>(?i:{_OFFICE_TITLE}))\b"
_PLACE_WORDS = r"(?P<place>(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*)"
# The start of a hyphenated name before a span the parse began inside it: "Port-a-" before "Piment"
_CUT_AT_HYPHEN = re.compile(r"(?<![\w-])[\w-]*\w-$")
# The kinds of place written in lower case between a place's name and its office: "Qeshm island governor", "Zabol city
# governor" (kept in the office's name; a village's is not: "Port-a-Piment village Mayor", the Port-a-Piment mayor)
_KIND_BEFORE_OFFICE = r"(?:island|city|town|province|district)"
# "Tamil Nadu’s Chief Secretary Shiv Das Meena", "Kerr County Sheriff Larry Leitha"; "The Management Committee
# Chairman of Bokkos LGA": an office of a place, named before or after it
# (not "Secretary General of the Sovereign Council", "Governor General": an office of a body, or of a title of its own)
_PLACE_OFFICE = re.compile(r"(?:[Tt]he\s+)?" + _PLACE_WORDS[:-1] + rf"(?:\s+{_KIND_BEFORE_OFFICE})?)"
                           + r"(?:\s+village)?(?P<owned>['’]s)?\s+" + _OFFICE_ANY_CASE
                           + r"(?:\s*\([A-Z]{2,6}\))?"  # ("Mastung Assistant Commissioner (AC) Attahul Munim")
                           + r"(?![\s-]+General\b)(?!\s+(?:of|for)\s+(?:the\s+)?[A-Z])(?:\s+[A-Z]|\s*,|$)")
_OFFICE_OF_PLACE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}?" + _OFFICE + r"\s+of\s+(?:the\s+)?"
                              + _PLACE_WORDS.replace("{0,3}?", "{0,3}") + r"(?![\w-])")
# "Mayor Felicita Zeledon of Posoltega": the office, its holder's name, then the place
_OFFICE_NAMED_OF_PLACE = re.compile(r"(?:[Tt]he\s+)?" + _OFFICE + r"\s+(?:[A-Z][\w'’.-]*\s+){1,4}of\s+(?:the\s+)?"
                                    + _PLACE_WORDS.replace("{0,3}?", "{0,3}") + r"$")
# "The Kogi State Commissioner for Agriculture, Timothy Ojomah": a member of a state's government, by portfolio
_STATE_BODY = re.compile(r"(?:[Tt]he\s+)?(?:state|provincial)\s+(?P<body>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for))*)")
_STATE_POLICE = re.compile(r"(?:[Tt]he\s+)?State\s+Police\b(?!\s+(?:Command|Headquarters|Department|Service|Force))")
_DISTRICT_TITLE = re.compile(
    r"(?:[Tt]he\s+)?(?:District\s+(?P<title>Collector|Magistrate|Commissioner)|(?P<deputy>Deputy\s+Commissioner)(?![-–])(?!\s+of\s+[Pp]olice))\b"
    r"(?:\s+of\s+(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?")
_PORTFOLIO_OFFICE = re.compile(r"(?:[Tt]he\s+)?" + _PLACE_WORDS + r"\s+(?:Commissioner|Minister)\s+(?:for|of)\s+(?!State\b)[A-Z]")
_LOCAL_POLICE_TITLE = re.compile(
    r"(?:[Tt]he\s+)?(?P<place>[A-Z][\w'’-]+?(?:\s+[A-Z][\w'’-]+?)?)(?:['’]s)?\s+(?:district\s+|county\s+|city\s+)?[Pp]olice\s+"
    r"(?P<title>[Cc]ommander|[Cc]hief|[Bb]oss),?\s+[A-Z]")  # ("Canterbury district police commander Dave Cliff", "Léogane's police chief, Alain Auguste")
_ON_THE_ISLAND = re.compile(r"\b(?:on|in|of)\s+the\s+(?:[A-Z][\w'’-]+\s+)?(?:island|islands|archipelago)\b")
_NOT_POLICE_PLACES = frozenset(
    "National Regional Local Federal State Provincial District County City Municipal Metropolitan Traffic Border Railway "
    "Tourist Military Deputy Senior Chief Acting Assistant Former Top Police The".split())
_SHERIFF = re.compile(r"(?:[Tt]he\s+)?(?:County\s+)?Sheriff\s+[A-Z]")
_COUNTY = re.compile(r"\bin\s+(?:[a-z-]+\s+){0,2}?(?P<county>(?:[A-Z][\w'’-]+\s+){1,2}County)\b")  # (where the count is)
_PLACE_KINDS_WRITTEN = "district|county|city|town|village|province|region|state|municipality|governorate|prefecture"
# What a name goes on to when it is a building's or a firm's, not a place's ("at Tazreen Fashions factory")
_BUILDINGS = r"factory|factories|centres?|centers?|hospitals?|schools?|offices?|headquarters|plant|mall|market|branch|premises|warehouse"
_PLACE_KIND_END = re.compile(r"\s(?:County|District|LGA|State|Province|Region|City|Municipality|Regency|Prefecture|Area|Governorate|Division)$")
_PLACE_AFTER_TITLE = re.compile(r"\s*(?:\(?[A-Z]{2,5}\)|\))?\s*(?:,|of|for)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,(?=\s*[A-Z])")
_REPORT_QUALIFIER = re.compile(r"(?<=\w)\s+(?:Official|Preliminary|Latest|Initial|Final|Daily|Weekly)$")
_REPORT_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_REPORT_NOUNS, key=len, reverse=True)) + r")\b", re.I)
# The possessive a body of the state or province a story is in is named with: "the state's health department".
_STATE_WORDS = frozenset({"state", "province"})
_TITLE_OF_PLACES_BODY = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}),[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){1,3}(?:of|for|at)[ \t]+(?:the[ \t]+)?"
    r"(?P<owner>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)['’]s[ \t]+(?P<body>(?:[a-z-]+[ \t]+){0,4}(?:office|agency|department|ministry"
    r"|authority|service|directorate|council|committee|commission|centre|center))\b")
_LOCAL_GOVERNMENT = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,3}?(?:of\s+the\s+)?(provincial|state|regional)\s+government\b")
# A body's chair, a role as _ROLES are when written in lower case ("Ali Musa, chairman of the X Agency").
_CHAIRS = frozenset("chairman chairwoman chairperson".split())
# The level of a local government named with its place: "the county government of Garissa".
_LOCAL_LEVELS = frozenset("county provincial state district city municipal regional local town".split())
# A name written as a place's: capitalised words, no initials ("Rift Valley", not "SEMA").
_NAMED_LIKE_A_PLACE = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}")
# Words before a title that name a time or the title's own rank, no place ("Yesterday county commissioner").
_NOT_A_PLACE_FIRST = frozenset("yesterday today tonight earlier later acting deputy former interim senior meanwhile also then "
                               "monday tuesday wednesday thursday friday saturday sunday on in at but and the a an this that "
                               "executive outgoing incoming embattled local lord metropolitan metro".split())
# The words that say a title is of a level of government, so that the words before it name a place ("Rift Valley regional
# commissioner", "Ilembe District Mayor").
_LEVEL_TITLES = frozenset("regional provincial district divisional division county state".split())
# A town's name going on before where the parse starts it ("Viña del | Mar's Mayor")
_NAME_GOES_ON_BEFORE = re.compile(rf"(?:\b(?:{NAME_CONNECTORS}|el|al|of)|[A-Z][\w'’-]*)[ \t]+$")
# Offices only a town holds: "Pisco Mayor Juan Mendoza", "Mayor Felicita Zeledon of Posoltega" name a town, whatever the
# tables know of it (not "Executive Mayor X", "Outgoing Mayor X": the title's rank, _NOT_A_PLACE_FIRST)
_TOWN_TITLES = frozenset(("mayor", "deputy mayor", "lord mayor"))
# Holders whose office speaks as named after them: "the attorney general's office", "the governor's office".
_OFFICE_HOLDERS = frozenset("governor mayor president premier general prosecutor sheriff coroner commissioner minister".split())
# The offices a story's state or town has one of: "the governor's office" in a story on Hawaii is its governor's.
_HOLDERS_OFFICE = re.compile(r"(governor|mayor)'s office")
# "the attorney general's office of the state of Veracruz": the kinds of place an office is of.
_HELD_PLACES = frozenset("state province region county city district department municipality".split())
# Words that make a capitalised "State ..." body a nation's, not a state's ("State Security Service").
_NATIONAL_STATE_WORDS = frozenset("Security Intelligence".split())
# Roles held over a place: "the governor of Donetsk region" speaks as "Donetsk governor".
_PLACE_ROLES = frozenset("governor mayor ombudsman gov. gov".split())
# Offices of a county, named with it: "Lake County Coroner Jennifer Banek", "Kerr County Sheriff Larry Leitha".
_COUNTY_OFFICES = frozenset("sheriff coroner".split())
# A local government's name ends in one of these: its spokesperson speaks for it ("Santa Barbara County spokeswoman").
_LOCAL_GOVERNMENTS = frozenset("county city municipality district prefecture province governorate".split())
_ROLE_SPELLED = {"gov.": "governor", "gov": "governor"}  # ("Mississippi Gov. Tate Reeves": the state's governor)
# Roles after a name, in apposition, that say whom the person speaks for ("Adrian de la Garza, prosecutor for the
# border state of Nuevo Leon")
_APPOSED_ROLES = _ROLES | _PLACE_ROLES | {"prosecutor", "commissioner", "sheriff", "coroner"}
# What an apposition calls a person, not an office ("Hendri Satoko, a local official, said": a name the small model took
# for an organisation's)
_APPOSED_PEOPLE = frozenset({"official", "officer"})
# What a body is called before its name ("the state energy group Sonatrach", "mine operator Sibanye"): the name speaks
_FIRM_NOUNS = frozenset("group company firm operator corporation broadcaster utility carrier airline giant conglomerate".split())


def _role_word(tok) -> str:
    return _ROLE_SPELLED.get(tok.lower_, tok.lower_)
_OF_A_PLACE = frozenset("provincial regional state district city county municipal local".split())
_PLACE_KIND_WORDS = PLACE_KIND_WORDS | {"'s"}
# The ministries a country has that reports quote: "Interior ministry spokesman X", "the home ministry".
_MINISTRY_KINDS = r"interior|home|health|defen[cs]e|foreign|information"
_DEPUTY_RANKS = frozenset("deputy assistant vice junior".split())
# The interior ministry by the title post-Soviet states give it: "Minister of Internal Affairs Ihor Klymenko"
_FIELD_NAMES = {"internal affairs": "interior"}


def _ministry_field(kind: str | None) -> str | None:
    """A ministry's field as the kinds above name it ("Internal Affairs" -> "interior")."""
    return _FIELD_NAMES.get(re.sub(r"\s+", " ", kind.lower()), kind) if kind else kind


def _field_of(tok) -> str | None:
    """The ministry's field a title's "of" object names, as the parse reads it ("Health"; "Internal Affairs", whose
    "Affairs" holds "Internal", -> "interior"), or None."""
    if re.fullmatch(_MINISTRY_KINDS, tok.lower_):
        return tok.text
    internal = next((c for c in tok.children if c.lower_ == "internal"), None) if tok.lower_ == "affairs" else None
    return _ministry_field(f"{internal.text} {tok.text}") if internal is not None else None


_KIND_MINISTRY = re.compile(rf"\b({_MINISTRY_KINDS})\s+ministry\b", re.I)  # "the interior ministry statement"
# "The Interior Ministry", "Ministry of Health": a ministry named by its kind alone, as a proper name
_BARE_MINISTRY = re.compile(rf"(?:The\s+)?(?:{_KIND_MINISTRY.pattern}|Ministry\s+of\s+(?:the\s+)?({_MINISTRY_KINDS}))", re.I)
_KIND_BEFORE = re.compile(rf"\b({_MINISTRY_KINDS})\s+$")  # "interior " before "ministry statement", split by the parse
# Who passes on an organisation's words: "a source at X", "an official in X" name X; alone they name no one.
_MESSENGERS = frozenset("source sources".split())
# Words before a person's name ("President Putin's spokesman").
_HONORIFICS = frozenset("president prime king queen prince princess mr mrs ms dr sir general gen col colonel captain capt "
                        "pope sheikh senator sen rep judge".split())
_HEARER_ROLES = frozenset("correspondent correspondents reporter reporters journalist journalists editor anchor".split())
# Words for a body of people sent or set up to do something, which a story names again by its description.
_BODY_NOUNS = frozenset("team mission panel delegation group committee commission unit".split())
# Nouns that point back to an organisation named earlier ("the agency said").
ANAPHOR_NOUNS = frozenset(
    """agency organisation organization group monitor watchdog mission charity body office ngo fund programme
    program spokesman spokeswoman spokesperson source ministry department directorate service commission committee
    council bureau institute""".split()
)
# Anaphors that point only to an organisation whose name holds the same noun ("the ministry"; "According to
# the department" after "the Guyana Fire Department said"): never a source of their own ("department").
_NAMED_BY_NOUN = frozenset("ministry department directorate service commission committee council bureau institute".split())
_MODIFIER_KINDS = {
    "monitoring": {"monitor"}, "rights": {"monitor", "ngo"}, "watchdog": {"monitor"}, "aid": {"ngo"},
    "relief": {"ngo"}, "medical": {"ngo"}, "humanitarian": {"ngo", "un"}, "rebel": {"armed_group"},
    "militant": {"armed_group"}, "jihadist": {"armed_group"}, "armed": {"armed_group"},
}
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)")
_THING_PRONOUNS = frozenset({"it", "they", "which", "this", "that"})
# Words of a news outlet's name: "Radio Liberty", "Turkmen News".
_MEDIA_WORDS = frozenset("radio television tv news press broadcasting broadcaster channel agency".split())
# "X said it confirmed ...": the speaker's own pronoun in what it said
_SAID_IT = re.compile(r"\s+(?:said|says|reported|reports|added|stated|announced)\s+(?:that\s+)?", re.I)
# Speakers the text describes rather than names: "the sources" points back to "security sources".
_UNNAMED_SPEAKERS = frozenset({"sources", "source", "officials", "official"})
_NOT_DESCRIPTIONS = frozenset("the these those its their his her our two three several some many other same and or of".split())
PRONOUNS = frozenset("he she they it we i who which this that these those one".split())
# An institution named without its country: the article's country is meant ("the army said").
_NATIONAL = frozenset(
    """army military police government ministry authorities regime navy forces coastguard administration
    presidency president cabinet parliament prosecutors prosecutor defence defense""".split()
)
# A footnote's number glued to the word before it: "from the Ministry of Health2 resulting in ...".
_FOOTNOTE = re.compile(r"(?<=[a-z]{4})\d{1,2}$")
# Forces a town or province has of its own ("police in Koblenz", "authorities in Sindh").
_LOCAL_FORCES = frozenset({"police", "authorities"})
# Heads that are never a source.
_NOT_SOURCES = frozenset(
    """people civilians children women men number numbers toll death deaths there study video footage
    images image photos analysis survey war fighting attack attacks strike strikes violence clashes
    bombing offensive operation it this that which
    procedures procedure protocol protocols guidelines guideline rules law laws standards plan plans""".split()
)  # ("... provided Emergency Health Services according to Standard Operating Procedures": no one's count)
_DROP_WORDS = frozenset(
    """the a an its their his her our some several many other early earlier initial preliminary latest new
    recent previous first last more most two three four few various both all such same another run""".split()
) | vocab.RANKS  # ("The Taliban-run refugee department": the Taliban refugee department, as analysts name it)
_WORD = re.compile(r"[A-Za-z]")
# Words around "police" that name no force of their own ("a police official", "police sources").
_BARE_POLICE_WORDS = frozenset({"the", "a", "an", "official", "officials", "officer", "source", "sources", "spokesman", "spokeswoman", "spokesperson"})
# "a doctor said", "an activist said": the group they speak from, named as a group.
_PLURAL = {"activist": "activists", "medic": "medics", "doctor": "doctors", "rescuer": "rescuers", "volunteer": "volunteers",
           "prosecutor": "prosecutors"}
# People one of whom may speak ("a resident told AFP"); an official, a resident or a witness keeps the singular, as the
# development gold names them (18 figures "official", 17 "resident", 16 "witness"): the gazetteer's one-and-many people
# (a source is no one who speaks of themselves)
_ONE_OF_MANY = (*_PLURAL, *(one for one in ONE_AND_MANY if one != "source"))
_ONE_OFFICE = frozenset(("public", "chief", "state", "attorney"))  # (before "prosecutor"; "a state official" is one of many)
# Abbreviations in source names, written out so that one source has one name.
_EXPAND = {"MoH": "health ministry", "MOH": "health ministry", "MoD": "defence ministry", "MOD": "defence ministry",
           "MoI": "interior ministry", "MOI": "interior ministry"}


@dataclass
class Speaker:
    start: int  # article offsets of the speaker's noun phrase
    end: int
    head: str  # its head word, lower case
    name: str | None  # a source name built from the phrase (None for pronouns and anaphors)
    person: str | None
    anaphor: bool  # "he", "the agency", "its spokesman": the caller resolves it
    phrase_words: frozenset[str] = frozenset()
    indefinite: bool = False  # "a monitor", "a volunteer aid group": introduced, not referred back to
    whole: bool = False  # the name says whose body it is better than a table's body inside it ("Victoria police")


def speaker_of(parsed: Parsed, pos: int, country: str | None) -> Speaker | None:
    """The speaker of the figure whose number starts at article offset `pos`, or None.

    A reporting verb (or "according to") over the figure in the parse wins; else the nearest one in
    its sentence, since text without commas ("killed 24 people a monitor said") often parses the
    speaker's clause as a modifier of the figure's noun.
    """
    tok = parsed.token_at(pos)
    if tok is None:
        return None
    ancestors = {a.i for a in tok.ancestors}
    ranked = []
    for cue, head in sentence_sources(parsed.doc):
        inside = {t.i for t in head.subtree}
        if getattr(cue, "dep_", None) == "relcl" and cue.head.i == head.i:
            inside -= {t.i for t in cue.subtree}  # "a security source who put the toll at 14": what the source says
        if tok.i in inside:
            continue  # the figure is inside the speaker's phrase ("300,000 people said ...")
        over = cue.i in ancestors or (
            # "The previous toll from local authorities was 13 dead": the toll is the subject of the figure's verb
            getattr(cue, "lower_", "") in _TOLL_NOUNS and cue.dep_ in ("nsubj", "nsubjpass") and cue.head.i in ancestors | {tok.i})
        if not over and not _tail(cue, tok) and not _aside_over(cue, ancestors) and not _opening_over(cue, tok, ancestors):
            continue
        if cue.i in ancestors and _through_prep(cue, ancestors | {tok.i}):
            continue  # "In Baidoa, where 500,000 people live, aid agencies say ...": not what they say
        # '"So far we have recorded 130 deaths," the government spokesperson said': "we" is whoever says
        # the quotation, so a reporting verb further up names the speaker better.
        first_person = getattr(head, "lower_", "") in ("we", "i")
        ranked.append(((0 if over else 1, first_person, abs(cue.i - tok.i)), head))
        for cited in (o for c in getattr(cue, "children", ()) if c.lower_ in ("citing", "quoting") and c.dep_ in ("advcl", "xcomp", "prep")
                      for o in c.children if o.dep_ in ("dobj", "pobj")):
            # "Reuters reported, citing police", "Xinhua, citing the health ministry, said": whom the reporter cites
            # (before the reporter; "citing the floods" names no one, and the reporter stays)
            ranked.append(((0 if cue.i in ancestors else 1, first_person, -1), cited))
    # The nearest cue that names someone: "Dobbs said according to reports, ..." is Dobbs's.
    for _, head in sorted(ranked, key=lambda r: r[0]):
        found = _describe(parsed, head, country)
        if found is not None:
            return found
    return None



def sentence_speaker(parsed: Parsed, country: str | None) -> Speaker | None:
    """The first speaker a sentence's reporting verbs name, whatever they report ("MEMA announced the deaths by
    county as the following:"): for the lead-in of a list whose items name no one."""
    for _, head in sentence_sources(parsed.doc):
        found = _describe(parsed, head, country)
        if found is not None:
            return found
    return None


# Prepositions that set a scene; "put the toll at 57", "raised it to 57" carry what is reported.
_SETTING_PREPS = frozenset("in on during after before since across near around within throughout amid inside".split())


def _through_prep(cue, path: set[int]) -> bool:
    """Does the figure hang from the reporting verb through a prepositional phrase (where, when),
    rather than being what is reported?"""
    return any(
        c.i in path and c.dep_ == "prep" and c.lower_ in _SETTING_PREPS
        and not any(o.dep_ == "pobj" and o.lower_ in _DOCUMENT_NOUNS for o in c.children)  # "said in a report that 14 ..."
        for c in cue.children
    )



def _aside_over(cue, ancestors: set[int]) -> bool:
    """A cue set in the sentence as an aside covers all of it: "Rescuers found one body, police said,
    with nine people still missing" (the parse hangs "with nine ..." from "found", beside "said")."""
    # (an object of "said" is the parse taking what was said for an object: "X, who confirmed this, said the floods ...
    # has displaced 2,051 people"; not "said this")
    return cue.dep_ == "parataxis" and cue.head.i in ancestors and not any(
        c.dep_ == "ccomp" or (c.dep_ == "dobj" and (cue.lower_ not in _SAID or c.lower_ in ("this", "that", "it", "so")))
        for c in cue.children)


_SAID = frozenset("said says say".split())


def _opening_over(cue, tok, ancestors: set[int]) -> bool:
    """A sentence opening with its speaker's verb says all of it: "Police said 10 people died in the theater, two died at
    nearby hospitals" (the parse hangs "Police said ..." from the second clause's verb, after the comma)."""
    return (
        getattr(cue, "dep_", None) == "ccomp" and cue.head.i in ancestors | {tok.i} and cue.i < tok.i
        and cue.left_edge.i == cue.sent.start and cue.head.i > cue.right_edge.i
        and any(c.dep_ == "ccomp" for c in cue.children)
    )


def _puts_at(verb) -> bool:
    """"put the number of the injured at 284": a verb of putting with its count "at" a number states that count."""
    return verb.lower_ in ("put", "puts", "putting") and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def _general(tok) -> bool:
    """"director general", "inspector general", "secretary general", "chief executive": a role in two words, as
    "director" is ("Haseeb-ur-Rehman, director general of the state disaster response force, said"; "Dr Saeed Mirwani,
    chief executive of Shaheed Nawab Ghous Bakhsh Raisani Memorial Hospital, had earlier told Dawn.com")."""
    if tok.lower_ == "executive":
        return any(c.dep_ in ("amod", "compound") and c.lower_ == "chief" for c in tok.children)
    return tok.lower_ == "general" and any(c.dep_ == "compound" and c.lower_ in ("director", "inspector", "secretary") for c in tok.children)


def _tail(cue, tok) -> bool:
    """A cue that is not over the figure in the parse covers it only as a tail ("... killed 24
    people a monitor said"): after it, and saying nothing of its own ("UNHCR estimates 4,000 ..."
    covers what follows, not "Thousands have fled" before it)."""
    if cue.lower_ in ("according", "based", "per"):  # ("As per the National Disaster Operations Centre, 40 people ...")
        return cue.i > tok.i or cue.i <= 2
    if cue.i == 1 and cue.nbor(-1).lower_ == "as":
        return True  # "As confirmed by the authorities of the Moroccan province of Nador, 13 of the migrants died"
    return cue.i > tok.i and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "attr") and c.i > cue.i and c.lower_ not in _HEARERS for c in cue.children
    )  # ("..., the minister and the police chief told reporters": whom they told, not what)


# A toll and whom it may be from: "the previous toll from local authorities" (not "the toll from the floods")
_TOLL_NOUNS = frozenset("toll tally count figures figure".split())
_TOLL_FROM = frozenset("authorities officials police ministry government agency officers".split())
# Verbs by which a body puts out a list or report whose counts are its own ("the hospital has released a list of 99 deceased").
_ISSUED = frozenset("released releases published publishes issued issues".split())
# Verbs that speak only with a that-clause ("the police headquarters declared that 140 ... are wounded")
_DECLARES = frozenset({"declared", "declares"})
# Whom a speaker tells, as the object of "told": not what they say.
_HEARERS = frozenset("reporters journalists media press parliament lawmakers AFP Reuters AP".lower().split())


# Verbs of saying that, after "can" or "may", tell what something may mean ("can indicate", "may suggest"); not "can confirm"
_MAY_MEAN = frozenset({"indicate", "suggest", "show", "mean", "signal"})


def sentence_sources(doc) -> list[tuple]:
    """(cue token, speaker head token) for each reporting verb and 'according to' in a sentence."""
    out = []
    for t in doc:
        low = t.lower_
        if low == "according":
            for to in t.children:
                if to.lower_ == "to":
                    # the first object only: "According to report ISIS has executed ..." (commas stripped)
                    # parses the next clause's subject as a second object
                    for o in [o for o in to.children if o.dep_ == "pobj"][:1]:
                        # "according to information presented by national Civil Protection chief Laura Velázquez":
                        # who presented it
                        by = [b for v in o.children if v.dep_ == "acl" and o.lower_ in _REPORT_NOUNS
                              for a in v.children if a.dep_ == "agent" for b in a.children if b.dep_ == "pobj"]
                        out.append((t, by[0] if by else o))
        elif low == "based" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "on" and any(
            o.dep_ == "pobj" and o.lower_ in _REPORT_NOUNS for o in doc[t.i + 1].children
        ):
            # "based on the report from the Camalig Municipal Social Welfare and Development Office, 189 families ..."
            out.extend((t, o) for o in [o for o in doc[t.i + 1].children if o.dep_ == "pobj"][:1])
        elif low in _TOLL_NOUNS and t.pos_ == "NOUN":
            # "The previous toll from local authorities was 13 dead": whom the toll is from (an authority, not a cause:
            # "the death toll from the floods")
            out.extend((t, o) for p in t.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                       for o in p.children if o.dep_ == "pobj" and o.lower_ in _TOLL_FROM)
        elif low in ("citing", "per") and t.dep_ in ("prep", "advcl", "advmod", "pcomp"):
            out.extend((t, o) for o in t.children if o.dep_ in ("pobj", "dobj"))
        elif t.pos_ == "VERB" and low not in REPORTING_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in ("report", "update", "statement", "assessment") and any(
                p.dep_ == "poss" for p in c.children) for c in t.children
        ):
            # "The ministry's latest report brings the toll to 34,305": whose report it is.
            out.extend((t, c) for c in t.children if c.dep_ == "nsubj")
        elif low in _ISSUED and t.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in _REPORT_NOUNS | {"list"} for c in t.children):
            # "the Morbi government hospital has released a list of 99 deceased": who issued the list or report
            out.extend((t, c) for c in t.children if c.dep_ == "nsubj")
        elif low in REPORTING_VERBS and t.pos_ == "NOUN" and t.dep_ in ("ROOT", "conj") and any(c.dep_ == "ccomp" for c in t.children):
            # "and government estimates at least 125,000 people have been affected": a verb the tagger took
            # for a noun, its subject parsed as a compound
            out.extend((t, c) for c in t.children if c.dep_ in ("nsubj", "compound"))
        elif low in REPORTING_VERBS | _DECLARES and t.pos_ in ("VERB", "AUX"):
            if low in _DECLARES and not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                            for c in t.children):
                continue  # ("declared that 140 of its soldiers are wounded" speaks; not "declared a state of emergency after ...")
            if low in _MAY_MEAN and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in t.children):
                continue  # ("AJS, which commonly causes the yellowing of the skin, can indicate a person has hepatitis E": what a
                # symptom may mean, not who counts)
            if low in ("continued", "recalled") and any(c.dep_ in ("dobj", "xcomp", "prep", "advcl") for c in t.children):
                continue  # ("The army continued its offensive", "continued to fight": only '"...," he continued' speaks)
            if low.startswith("claim") and (any(c.dep_ == "dobj" for c in t.children) or not any(c.dep_ == "ccomp" for c in t.children)):
                # "IS claimed a bomb attack that killed 17": a claim of the attack, not of the toll; "which claimed 17
                # lives": a toll's verb. Only a claim that something is so speaks ("The Odisha government claimed the
                # cyclone has led to ... as 1.2 million people were evacuated")
                continue
            # ("Vahidi put the number of the injured at 284": putting a count at a number is stating it, whoever the subject)
            if not _puts_at(t) and any(c.dep_ == "dobj" and c.lower_ in vocab.CHANGE_NOUNS + vocab.TALLY_NOUNS for c in t.children) and any(
                c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "LOC") or (c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "NORP")))
                for c in t.children
            ):
                continue  # "Pahang registered a slight drop in evacuees", "Beaufort recorded the highest number of evacuees": a
                # change or a count the place saw, not words it said
            if any(c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in t.children) and any(
                c.dep_ == "nsubj" and ((c.ent_type_ in ("GPE", "LOC") and c.text not in vocab.DEMONYMS_OF and (
                    low in RECORDING_VERBS or any(k.dep_ == "conj" or k.lower_ == "each" for k in c.children)))
                    or (c.pos_ == "PROPN" and c.lower_ not in ORG_WORDS and c.text not in vocab.DEMONYMS_OF
                        and any(a.dep_ in ("amod", "compound") and a.lower_ in _HIT for a in c.children)))
                for c in t.children
            ):
                continue  # "Kupang and Ende each reported one casualty", "Beaufort recorded 249 evacuees", "Hard-hit Minxian
                # reported 53 deaths": deaths the places saw, not a statement of theirs (a country that reports or records
                # deaths speaks through its authorities: "Turkey recorded 12 deaths", "Hard-hit Spain reported 950 deaths";
                # nor is a body a place, "the flood-hit Sindh Government")
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if len(subj) > 1:
                # "SAN JUAN – The Secretary of Public Affairs ... said": a dateline parsed as a second subject
                # (nor a count: '"32 bodies recovered, 8 of these identified," police said' parses the 8 as one)
                subj = [c for c in subj if not c.text.isupper() and not c.like_num] or subj
                # (not an opening participle's object parsed as a subject: "Briefing parliament today, NSW Premier Barry
                # O'Farrell said"; "Deputy spokesman for the Taliban government, Bilal Karimi said" keeps its spokesman)
                opening = [c for c in subj if c.i > 0 and doc[c.i - 1].is_sent_start and doc[c.i - 1].pos_ == "VERB"
                           and doc[c.i - 1].lower_.endswith("ing")]
                subj = [c for c in subj if c not in opening] or subj
                # (a body or a title before a person's name, then those before the verb, the nearest first: "Umar Namadi,
                # the state governor informed", "Deputy spokesman for the Taliban government, Bilal Karimi said"; "The
                # rapid assessment made by volunteers and local authorities ... shows")
                subj = sorted(subj, key=lambda c: (c.ent_type_ == "PERSON", c.i > t.i, -c.i))
            if subj and ((subj[0].text.isupper() and subj[0].ent_type_ in ("GPE", "LOC")) or (
                subj[0].pos_ == "PROPN" and subj[0].i + 1 < len(doc) and doc[subj[0].i + 1].text == ":"
            )):
                # (or with the speaker hung from the dateline as its apposition: "Riyadh: Director of Civil Defence, ...
                # has announced")
                subj = [c for c in subj[0].children if c.dep_ == "appos"][:1] or subj
            if not subj and low == "reads":
                subj = [c for c in t.children if c.dep_ == "attr" and c.i > t.i]  # '"...," reads part of the statement'
            if subj and subj[0].lower_ in ("who", "that", "which") and t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
                subj = [t.head]  # "said a security source who put the death toll at 14": the source
            elif subj and subj[0].lower_ in ("that", "which") and subj[0].i > 0 and doc[subj[0].i - 1].lower_ in ("that", "those"):
                continue  # "The new death toll replaced that which said 38 people had died": an earlier toll, no one
            if not subj and t.dep_ == "pcomp" and t.head.lower_ == "as" and t.head.head.lower_ in ("quoted", "quotes", "quoting", "cited", "cites", "citing"):
                # "The Bangkok Post quoted an official from the Erawan Centre as saying there were 17 deaths": whom it quoted
                subj = [c for c in t.head.head.children if c.dep_ == "dobj"][:1]
            if not subj and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp") and t.head.pos_ == "VERB":
                # "NEMA issued a separate report on Thursday, claiming that 14 bodies had been retrieved": who
                # issued it says it
                subj = [c for c in t.head.children if c.dep_ == "nsubj"][:1]
            elif not subj and t.tag_ == "VBG" and t.dep_ == "acl" and t.head.lower_ in _REPORT_NOUNS and t.head.dep_ == "dobj" and (
                t.head.head.lower_ in _ISSUED
            ):
                # "The ASDMA released a report saying 12 people died": whose report it is
                subj = [c for c in t.head.head.children if c.dep_ == "nsubj"][:1]
            if not subj and t.dep_ == "conj" and t.head.pos_ == "VERB":
                # "Gov. Tate Reeves followed up on MEMA's toll and also announced injury totals": the first verb's subject
                subj = [c for c in t.head.children if c.dep_ == "nsubj"][:1]
            agent = [o for c in t.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if subj or agent:
                out.append((t, (subj or agent)[0]))
            elif t.i > 0 and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and not (
                t.dep_ == "acl" and t.head.i < t.i - 1 and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "ADP"
            ):
                # (not a participle after its noun: "1.2 million refugees from Ukraine recorded in Poland")
                # "... wounded 90 people the Syrian Observatory for Human Rights said": the words
                # right before the verb, which the parse splits between the clauses.
                k = t.i
                while k > 0 and (doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k - 1].lower_ in ("for", "of", "-")):
                    if doc[k - 1].lower_ in _TIME_NOUNS:
                        break  # "in the last 48 hours military sources said": when, not who
                    k -= 1
                while k < t.i and (doc[k].pos_ not in ("NOUN", "PROPN", "ADJ") or doc[k].lower_ in ("for", "of", "-")):
                    k += 1
                if k < t.i:  # (no words left before the verb: no speaker)
                    out.append((t, _Span(doc[k : t.i])))
    return out


class _Span:
    """A run of words standing for a speaker the parse did not make a subject (see sentence_sources)."""

    def __init__(self, span, root=None) -> None:
        self.span = span
        heads = [w for w in span if w.head.i < span.start or w.head.i >= span.end or w.head.i == w.i]
        nouns = [w for w in heads if w.pos_ in ("NOUN", "PROPN")]
        self.root = root if root is not None else nouns[0] if nouns else span[-1]
        self.i = self.root.i

    @property
    def subtree(self):
        return iter(self.span)


# Last words of a public service's name that say what it does ("County Emergency Management", "Civil Defense")
# What a hazard did to a place named as the subject of a count it reports ("Hard-hit Minxian reported 53 deaths").
_HIT = frozenset("hit affected stricken battered ravaged devastated flooded".split())
_SERVICE_HEADS = frozenset("management response relief rescue service services".split())
# Words that make a one-word name a paper's or a channel's ("the mass-circulation Bild", "the daily Kathimerini")
_PAPER_WORDS = frozenset("newspaper daily tabloid circulation weekly broadcaster magazine channel".split())
# A nation's services a spokesperson's lower-case title may name ("the fire brigade spokesperson Vasilis Vathrakogiannis")
_SERVICES = (("fire", "brigade"), ("fire", "service"), ("fire", "department"), ("ambulance", "service"), ("coast", "guard"),
             ("civil", "protection"), ("civil", "defence"), ("civil", "defense"))
_FORCE_WORDS = frozenset("force forces guard guards brigade brigades".split())


def _holder_after_body(parsed: Parsed, tok):
    """(the body's words, the person's name) where a run of capitalised words ends in a person's name after a body's
    ("Kirovohrad Regional State Administration Andriy Raikovych"); None otherwise."""
    if tok.pos_ != "PROPN" or tok.lower_ in ORG_WORDS or not tok.text[:1].isupper():
        return None
    run = [t for t in parsed.doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det"]
    last = max((k for k, t in enumerate(run) if t.lower_ in ORG_WORDS | _FORCE_WORDS and t.text[:1].isupper()), default=None)
    if last is None or not 1 <= len(run) - last - 1 <= 3:
        return None
    person = run[last + 1 :]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in ORG_WORDS | _FORCE_WORDS for t in person):
        return None
    return parsed.doc[run[0].i : run[last].i + 1], " ".join(t.text for t in person)


# Verbs of speech: their subject is who speaks, where it names people (the pipeline runs no lemmatizer: the forms)
_TELL_FORMS = frozenset("tell tells told telling".split())
_SPEECH_FORMS = _SAID | _TELL_FORMS | frozenset("saying added adds stated".split())
# Endings of plural nouns that name people by what they do or hold: "separatists", "lawmakers", "troopers" (one person
# alone, "a receptionist said", stays a person with no organisation, as the rules for people leave them)
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "men", "ees", "ives")
# Nouns with a person's ending that name things, or people only by pointing back ("others"), by their singular: none of
# them a source of its own
_THINGS_WITH_PEOPLES_ENDINGS = frozenset(
    """letter newsletter paper newspaper order poster banner register chapter counter tracker indicator dossier computer
    border river tower shelter container water number disaster power matter answer filter cluster list decree directive
    archive initiative objective motive incentive incident accident event comment document agreement content extent
    component plant grant restaurant warrant motor factor sector floor door error other latter former member author""".split())


def _people_speaking(head) -> bool:
    """Is a common noun no source list holds people speaking: the plural subject of a verb of speech with an ending that
    names people ("the separatists said", "Congolese lawmakers said"), not things ("the figures said", "the papers said")
    nor an order ("soldiers told 300 families to leave")? (A count inside the subject is left to the caller: "300
    protesters said" speaks as the protesters.)"""
    verb, low = head.head, head.lower_
    one = low[:-1]
    return (head.dep_ == "nsubj" and verb.lower_ in _SPEECH_FORMS and head.tag_ == "NNS"
            and low.endswith(_PEOPLE_ENDINGS) and not low.endswith("ments")
            and low not in _NOT_SOURCES | _REPORT_NOUNS | _DOCUMENT_NOUNS and one not in _THINGS_WITH_PEOPLES_ENDINGS
            and head.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            # (an office's holder is read by the rules for offices, which leave a former one unnamed on purpose)
            and one not in vocab.PERSON_TITLES | _ROLES and not any(c.lower_ in ("former", "ex") for c in head.children)
            # (nor one the text names: "The mother of Maria, Ana Lopez, said" is Ana Lopez, who names no organisation)
            and not any(c.dep_ == "appos" for c in head.children)
            and not (verb.lower_ in _TELL_FORMS and any(c.dep_ == "xcomp" for c in verb.children)))


def _describe(parsed: Parsed, head, country: str | None) -> Speaker | None:
    """A Speaker for the noun phrase headed by `head` (or the run of words of a _Span)."""
    span = None
    if isinstance(head, _Span):
        span, head = head, head.root
    low = head.lower_
    joined = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i and c.text in ("Police", "Constabulary")), None)
    if span is None and joined is not None and head.text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ == "and" for t in parsed.doc[head.i : joined.i + 1]
    ):
        # "Devon and Cornwall Police said": one force named for two places, which the parse took for a person and a force
        s, e = parsed.start + head.idx, parsed.start + joined.idx + len(joined.text)
        run = parsed.doc[head.i : joined.i + 1].text
        return Speaker(s, e, joined.lower_, run, None, False, frozenset(t.lower_ for t in parsed.doc[head.i : joined.i + 1]))
    if low in _DOCUMENT_NOUNS | {"tweet", "tweets"}:
        # "a Health Ministry tweet saying 17 were killed", "the president's statement mentioning 15": whose it is
        owner = [c for c in head.children if c.dep_ == "poss"]
        if owner:
            return _describe(parsed, owner[0], country)
        if span is not None and len(span.span) > 1 and span.span[-1].i == head.i:
            return _describe(parsed, _Span(span.span[:-1]), country)
    if low in ("part", "parts", "excerpt", "extract") and span is None:
        # "..., reads part of the statement": whose statement
        objs = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if objs and objs[0].lower_ in _REPORT_NOUNS:
            return _describe(parsed, objs[0], country)
    if low in _REPORT_NOUNS:
        # "reports from a volunteer aid group", "figures by the ministry": the source is inside.
        for prep in sorted(head.children, key=lambda c: c.lower_ == "of"):
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                # (not when they are of: "the latest estimates of 8 May from the Provincial Health Division")
                objs = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
                if objs and prep.lower_ == "from" and (objs[0].ent_type_ in ("GPE", "LOC") or objs[0].lower_ in PLACE_KIND_WORDS):
                    return None  # "Reports from Blantyre District indicate ...": where they come from, not who gives them
                if objs:
                    return _describe(parsed, objs[0], country)
        # "figures released by Nepali police": the agent of the verb that gives them.
        for verb in head.children:
            # "Initial reports obtained from provincial authorities indicate ...": where they were obtained from
            came_from = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                              if o.dep_ == "pobj" and o.ent_type_ not in ("GPE", "LOC", "DATE")), None) if verb.dep_ == "acl" else None
            if came_from is not None and (came_from.lower_ in SOURCE_NOUNS or any(t.lower_ in ORG_WORDS for t in came_from.subtree)):
                return _describe(parsed, came_from, country)  # (a body, not a place: "Reports received from Blantyre")
            if verb.dep_ == "acl" and verb.lower_ not in ("seen", "obtained", "reviewed", "consulted", "quoted", "cited"):
                # (not "a police report seen by AFP": who read it)
                # "a press statement issued on Saturday, December 9, signed by X": the parse may hang the
                # second verb from the date, so the agent is looked for anywhere below the first
                agents = [o for a in verb.subtree if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
                if agents:
                    return _describe(parsed, agents[0], country)
        # "its report", "the agency's figures", "an Observatory toll", "the interior ministry statement":
        # whose report (the word nearest the noun first).
        for ch in sorted(head.children, key=lambda c: -c.i):
            if ((ch.dep_ in ("poss", "compound") and ch.pos_ in ("PROPN", "NOUN", "PRON")) or (ch.dep_ == "nmod" and ch.pos_ == "PROPN" and any(
                n.dep_ == "nmod" and n.lower_ in ORG_WORDS for n in head.children))) and ch.lower_ not in _REPORT_NOUNS:
                # ("the Sarawak State Disaster Management Committee (JPBN) report": a body's name and its initials, parsed as
                # nmods; not "the Multi-sector Initial Rapid Assessment (MIRA) report", an assessment's)
                return _describe(parsed, ch, country)
        if country and any(ch.dep_ == "amod" and ch.lower_ == "official" for ch in head.children) and not any(
            ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in head.children
        ):  # (not "an official statement said": whose, the next sentence may say)
            # "according to official figures": the country's officials, as analysts record them
            s = parsed.start + head.idx
            return Speaker(s, s + len(head.text), low, _of_country(country, "officials"), None, False, frozenset({"official", low}))
        # "the toll according to media reports has now increased to 15": the source the phrase names
        named = [o for a in head.children if a.lower_ == "according" for to in a.children if to.lower_ == "to"
                 for o in to.children if o.dep_ == "pobj"]
        if named:
            return _describe(parsed, named[0], country)
        dets = [ch.lower_ for ch in head.children if ch.dep_ == "det"]
        if (dets in (["the"], ["this"], ["that"]) or (not dets and low in ("report", "assessment", "statement"))) and not any(
            ch.dep_ in ("compound", "nmod") for ch in head.children
        ):
            # "According to the assessment conducted in August, ...": the report of the source named before it.
            s = parsed.start + head.idx
            return Speaker(s, s + len(head.text), low, None, None, True, frozenset({low}))
        if dets in (["a"], ["an"]) and low in ("statement", "report", "bulletin", "update"):
            # "an official statement said": whose, the next sentence may say ("the interior ministry statement")
            s = parsed.start + head.idx
            return Speaker(s, s + len(head.text), low, None, None, True, frozenset({low}), indefinite=True)
        return None
    if low in _FIRM_NOUNS and span is None and head.text.islower() and (named := next(
        (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1), None)
    ) is not None:
        # "the state energy group Sonatrach said", "the airline Lion Air": the body the apposition names (a one-word name
        # the tagger may take for a person's), not what kind of body it is
        s = parsed.start + head.idx
        return Speaker(s, parsed.start + named.idx + len(named.text), low, _name_run(named), None, False, frozenset({low}))
    if low == "general" and span is None and any(c.lower_ == "attorney" for c in head.children) and country and not any(
        c.dep_ == "prep" or (c.dep_ in ("compound", "amod", "nmod", "poss") and c.lower_ != "attorney") for c in head.children
    ):  # (not "the attorney general of Texas", "the U.S. attorney general": another's)
        # "according to the balance offered this Monday by the attorney general, Tarek Saab": the country's
        s = parsed.start + head.idx
        named = next((_name_run(c) for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return Speaker(s, s + len(head.text), low, _of_country(country, "attorney general"), named, False, frozenset({"attorney", low}))
    if low in _LOCAL_FORCES and span is None:
        # "Police in Koblenz say": the force of the place named, not the country's
        # (the small model may tag the town a person: "Police in Koblenz")
        local = next((parsed.doc[o.i : o.right_edge.i + 1].text for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.n_lefts == 0
                      and o.ent_type_ not in ("ORG", "NORP", "DATE") and all(
                          t.pos_ in ("PROPN", "CCONJ") for t in parsed.doc[o.i : o.right_edge.i + 1])), None)
        if local:
            s = parsed.start + head.idx
            name = _of_country(local, low) or f"{local} {low}"  # "police in Pakistan": the Pakistani police
            return Speaker(s, s + len(head.text), low, name, None, False, frozenset({low}))
    if low in ("government", "administration", "council") and span is None:
        level = next((c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.lower_ in _LOCAL_LEVELS), None)
        of = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.pos_ == "PROPN" and all(c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.lefts)), None)
        if level and of is not None:
            # "The county government of Garissa confirmed": that county's, as analysts name it
            s = parsed.start + head.idx
            # (the name alone, not an aside after it: "The municipal government of Salvatierra – a municipality in southern
            # Guanajuato – said")
            last = of.i
            while last < of.right_edge.i and parsed.doc[last + 1].pos_ == "PROPN":
                last += 1
            return Speaker(s, s + len(head.text), low, f"{parsed.doc[of.left_edge.i : last + 1].text} {level} {low}", None, False, frozenset({level, low}))
    if low in _NATIONAL and span is None and head.text[:1].isupper():
        s = parsed.start + head.idx
        states = [  # "The Government of Bolivia reported": the named country's (the whole name: "of South Sudan")
            name for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and (name := parsed.doc[o.left_edge.i : o.i + 1].text) in vocab.DEMONYMS_OF
        ]
        if states and all(c.dep_ in ("det", "prep") for c in head.children):
            return Speaker(s, s + len(head.text), low, _of_country(states[0], low), None, False, frozenset({low}))
        if country and all(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # "The Government reported", "The Ministry said": capitalised, still the country's institution
            if low in ANAPHOR_NOUNS:
                return Speaker(s, s + len(head.text), low, None, None, True, frozenset({"the", low}))  # the one named before
            return Speaker(s, s + len(head.text), low, _of_country(country, low), None, False, frozenset({low}))
    if low in _PLACE_ROLES and span is None and head.ent_type_ != "PERSON":
        # "the governor of Donetsk region", "Kherson's regional governor": the place's governor.
        place = _place_of(head)
        if place:
            s = parsed.start + head.idx
            rank = [c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in ("vice", "deputy", "acting")]
            return Speaker(s, s + len(head.text), low, " ".join([place, *rank, low]), None, False, frozenset({low}))
    if low == "prosecutor" and span is None and head.ent_type_ != "PERSON" and any(
        o.dep_ == "pobj" and (o.lower_ in PLACE_KIND_WORDS or o.ent_type_ in ("GPE", "LOC") or (o.pos_ == "PROPN" and not any(
            t.lower_ in ORG_WORDS or t.lower_ in ("court", "tribunal") for t in o.subtree)))
        for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children
    ) and (place := _place_of(head, ("of", "for"))):  # (not "prosecutor for the Bucharest Court of Appeal")
        # "Adrian de la Garza, prosecutor for the border state of Nuevo Leon": that state's prosecutor
        s = parsed.start + head.idx
        named = next((_name_run(c) for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return Speaker(s, s + len(head.text), low, f"{place} prosecutor", named, False, frozenset({low}))
    if low in _ROLES and span is None and head.ent_type_ != "PERSON" and (owner := _owner_org(head)):
        # "Mercy Relief's country director Jane Doe told reporters": the organisation whose director
        named = next((_name_run(c) for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        s = parsed.start + head.idx
        return Speaker(s, s + len(head.text), low, owner, named, False, frozenset({low}))
    if low == "minister" and span is None and head.ent_type_ != "PERSON" and country and (
        kind := next((field for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                      for o in p.children if o.dep_ == "pobj" and (field := _field_of(o))), None)
    ) and all(c.dep_ in ("det", "prep", "appos", "punct") or (c.dep_ == "poss" and _country_named(c)) for c in head.children):
        # "the Minister of Health reports 36 ... case-patients": the country's ministry, named as the text names it;
        # "Kenya's Minister of Health": Kenya's (not "the party's Minister of Information"; a secretary of health may be a US
        # state's)
        whose = next((_country_named(c) for c in head.children if c.dep_ == "poss"), None) or country
        s = parsed.start + head.idx
        named = next((_name_run(c) for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return Speaker(s, s + len(head.text), low, _of_country(whose, f"Ministry of {_field_name(kind)}"), named, False, frozenset({low, kind.lower()}))
    # (a chairman in lower case: "Ali Musa, chairman of the Kano State Emergency Management Agency"; "The Management
    # Committee Chairman of Bokkos LGA" is a place's office, SpeakerMemory._office)
    if (low in _ROLES or _general(head) or (low in _CHAIRS and (head.text.islower() or not _chair_of_a_place(head)))) and span is None and head.ent_type_ != "PERSON":
        # "the Polish head of the national security department": the organisation they head.
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "from"):
                objs = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
                holder = _holder_after_body(parsed, objs[0]) if objs and low != "minister" else None
                if holder is not None:
                    # "Head of Kirovohrad Regional State Administration Andriy Raikovych has said": the parse runs the body's
                    # name and its head's into one; the body is the name up to its last body word, the rest who heads it
                    body, named = holder
                    # (the body's word heads its name, not the place before it)
                    org = _describe(parsed, _Span(body, root=body[-1]), country)
                    return replace(org, person=named) if org is not None and org.person is None else org
                org = _describe(parsed, objs[0], country) if objs else None
                if org is None and objs and objs[0].pos_ == "NOUN" and objs[0].lower_ in _SITES and prep.lower_ == "of" and (
                    named := [c for c in objs[0].children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                ):
                    # "Sheikh Abdelrazeg Suleiman, a coordinator of the Zalingei camps, told Radio Dabanga": the office of
                    # the named site ("Zalingei camps coordinator"), as analysts name it
                    s = parsed.start + head.idx
                    site = " ".join(t.text for t in parsed.doc[named[0].left_edge.i : objs[0].i + 1] if t.dep_ != "det")
                    return Speaker(s, s + len(head.text), low, f"{site} {low}", None, False, frozenset({low}))
                if org is not None and org.name and not any(w[:1].isupper() for w in org.name.split()):
                    adjective = next((c.text for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in vocab.COUNTRY_OF_DEMONYM), None)
                    if adjective:
                        org = replace(org, name=f"{adjective} {org.name}")
                if org is not None and org.name:
                    org = replace(org, name=_body_of_title(org.name, country) or None)
                if org is not None and org.name is None and org.person and objs[0].pos_ == "PROPN" and objs[0].n_lefts == 0 and any(
                    c.dep_ == "appos" and c.pos_ == "PROPN" for c in objs[0].children
                ) and (body := org.person) and " " not in body:
                    # "The director of Sinapred, Guillermo González, said": the parse hangs the holder's name on the body's
                    # one word, which is the body (González speaks for it), not a person
                    named = next(_name_run(c) for c in objs[0].children if c.dep_ == "appos" and c.pos_ == "PROPN")
                    s = parsed.start + objs[0].idx
                    return Speaker(s, s + len(objs[0].text), objs[0].lower_, body, named, False, frozenset({low, objs[0].lower_}))
                if org is not None:
                    # "The Secretary of Public Affairs, Ramón Rosario, said": "Rosario said" later is the same body
                    named = next((_name_run(c) for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                    return replace(org, person=named) if named and org.person is None else org
    if low == "minister" and span is None and head.ent_type_ != "PERSON" and country:
        # "Belgium's health minister says", "the health minister said": the country's ministry, named by its
        # people's adjective as analysts write it ("Belgian health ministry")
        kind = next((c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and re.fullmatch(_MINISTRY_KINDS, c.lower_)), None)
        whose = [c for c in head.children if c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper() and _country_named(c)]
        state = _country_named(whose[0]) if whose else country
        # (a deputy's rank is no other owner: "the assistant health minister" speaks for the ministry too)
        others = [c for c in head.children if c.dep_ in ("poss", "amod", "compound") and c not in whose and c.lower_ != kind
                  and c.lower_ not in _DEPUTY_RANKS]
        if kind and not others and (name := _of_country(state, f"{kind} ministry")):
            s = parsed.start + head.idx
            return Speaker(s, s + len(head.text), low, name, None, False, frozenset({low, kind}))
        # "Zanzibar's state minister for emergencies": the place's minister for what the title says, as named
        portfolio = next(((p, o) for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                          for o in p.children if o.dep_ == "pobj"), None)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if portfolio is not None and owner is not None and not kind:
            s = parsed.start + head.idx
            what = parsed.doc[portfolio[1].left_edge.i : portfolio[1].right_edge.i + 1].text
            return Speaker(s, s + len(head.text), low, f"{owner.text} minister {portfolio[0].lower_} {what}", None, False, frozenset({low}))
    if low in _ROLES and span is None and country:
        # "the government spokesperson", "an army spokesman": the article's country's
        # institution, unless the phrase names whose it is ("the UN spokesman", "Kenya's police")
        institution = _institution(c for c in head.children if c.dep_ in ("compound", "amod"))
        if institution is None and low == "minister" and any(c.lower_ == "prime" for c in head.children):
            institution = "government"  # "the prime minister said": the head of the government speaks for it
        name = _of_country(country, institution)
        # "a Kerala government spokesman": the government of the place named before it, not the country's
        # ("an Indian army spokesman": the Indian army)
        mods = [t for c in head.children if c.dep_ in ("compound", "amod") for t in c.subtree
                if t.i < head.i and t.lower_ not in (institution, "prime")]  # ("Pakistan's Prime Minister")
        whose = [t for t in mods if t.dep_ in ("compound", "poss", "amod") and t.text[:1].isupper() and t.ent_type_ not in ("PERSON", "ORG")
                 and (t.pos_ == "PROPN" or t.lower_ in vocab.COUNTRY_OF_DEMONYM)]
        if institution and whose and len(whose) == len(mods):
            s = parsed.start + head.idx
            where = " ".join(w.text for w in sorted(whose, key=lambda w: w.i))
            return Speaker(s, s + len(head.text), low, f"{where} {institution}", None, False, frozenset({low, institution}))
        if name and not any((c.text[:1].isupper() and c.dep_ != "det") or c.dep_ == "poss" for c in head.children):
            s = parsed.start + head.idx
            return Speaker(s, s + len(head.text), low, name, None, False, frozenset({low, institution}))
    if low in ("officials", "official") and span is None:
        # "Officials of the State Disaster Response Force said", "Officials at the PDMA said": the organisation they are
        # officials of (not "officials in Kerala", a place's, nor "officials of the US")
        body = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "at", "with")
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and (
                         o.lower_ in _ORG_HEADS | {"force", "forces"} or _body_initials(o))), None)
        if body is not None:
            s = parsed.start + head.idx
            return Speaker(s, s + len(head.text), low, _proper_run(body), None, False, frozenset({low}))
    if low in _MESSENGERS and span is None:
        # "a source at Aleppo Police Command", "an official in Hama Governorate": the organisation.
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "in", "of", "from", "with", "within"):
                # (a town is where described sources are, not who: "Hospital and morgue sources in Baquba")
                objs = [o for o in prep.children if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.lower_ in SOURCE_NOUNS) and not (
                    o.ent_type_ in ("GPE", "LOC") and any(ch.dep_ in ("compound", "amod", "nmod") for ch in head.children))]
                if objs:
                    return _describe(parsed, objs[0], country)
        if not any(ch.dep_ in ("compound", "amod") for ch in head.children):
            if any(ch.dep_ == "det" and ch.lower_ in ("the", "this", "that") for ch in head.children):
                # "The source added that ...": the source named before ("a source at Hama Governorate").
                s, e = parsed.start + head.idx, parsed.start + head.idx + len(head.text)
                return Speaker(s, e, low, None, None, True, frozenset({low}))
            return None  # "a source said": nobody named
    toks = list(span.span) if span is not None else _phrase(head)
    start = parsed.start + toks[0].idx
    end = parsed.start + toks[-1].idx + len(toks[-1].text)
    words = frozenset(t.lower_ for t in toks)
    if low in PRONOUNS or head.pos_ == "PRON":
        return Speaker(start, end, low, None, None, True, words)
    if low in _NOT_SOURCES or head.pos_ not in ("NOUN", "PROPN") or head.like_num:
        return None
    named = head.text[:1].isupper() and head.ent_type_ in ("ORG", "PERSON")  # "Dobbs said", tagged a noun
    # "TVGE said that ...": initials the tagger took for a common noun are an organisation's
    named = named or _initials(head)
    if head.pos_ == "NOUN" and low not in SOURCE_NOUNS and not named and not (low == "general" and any(
        c.dep_ == "compound" and c.lower_ in ("prosecutor", "attorney") for c in head.children
        # ("the spokesman for the Kazakh prosecutor-general": an office, its title in two words)
    )) and not _people_speaking(head):  # (people no list holds, speaking: "the separatists said")
        return None  # "a series of attacks claimed", "the violent rapids": not who counts

    # (the parse may head "the Vietnam Disaster and Dyke Management Authority" by its first noun)
    org_head = head if head.lower_ in _ORG_HEADS else next(
        (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.lower_ in _ORG_HEADS), None)
    if head.pos_ == "PROPN" and org_head is not None and span is None:
        held = next((o for p in org_head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "LOC") and (
                         o.text in _HOLDER_TITLES or any(d.dep_ == "det" and d.lower_ == "the" for d in o.children))),
                    None) if org_head.lower_ == "office" else None
        if held is None and org_head.lower_ == "office":
            held = next((c for c in org_head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC")), None)
        if held is not None:
            # "According to the Office of the Relief Commissioner", "the Oklahoma Office of the Chief Medical Examiner",
            # "the Orleans Parish Coroner's Office": the office speaks as its holder (of the place it is named with)
            title = " ".join(t.text for t in held.subtree if t.i <= held.i and t.dep_ in ("compound", "amod") or t.i == held.i)
            where = [c.text for c in org_head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < org_head.i]
            if held.text in ("President", "Minister") and country and not where and not any(
                t.text in vocab.DEMONYMS_OF or t.lower_ in vocab.COUNTRY_OF_DEMONYM for t in held.subtree
                if t.i < held.i and t.dep_ in ("compound", "amod")
            ):  # (a country's: "Sudanese prime minister"; not one the title names, "the Maldives President's Office")
                title = _of_country(country, title.lower()) or title
            return Speaker(start, end, low, " ".join([*where, title]), None, False, words)
        # "The Secretariat of State for Civil Protection estimates", "Cooperative Governance and Traditional
        # Affairs (Cogta) confirmed": an organisation's proper name, whole, not a person's
        return Speaker(start, end, low, _proper_run(org_head), None, False, words)
    state = " ".join(t.text for t in toks if t.pos_ == "PROPN")
    if head.pos_ == "PROPN" and state in vocab.DEMONYMS_OF and (name := _of_country(state, "authorities")):
        # "So far, Honduras reports a total death toll of 14": a country reports through its authorities
        return Speaker(start, end, low, name, None, False, words)
    person = _person(head)
    if person is not None and " " in person and person.split()[-1].lower() in _ORG_HEADS | {"ambulance"}:
        # "St John Ambulance said": an organisation the entity tagger took for a person (its head word an organisation's:
        # not a surname that is a title, "Fire chief Tom Mayor", "Margaret Court")
        person = None
    run = _proper_run(head) if person is None and head.pos_ == "PROPN" and span is None else ""
    if len(run.split()) > 1 and run.split()[-1].lower() in _BODY_LAST_WORDS and (
        "ministry" not in run.lower()  # (a ministry is named as analysts write it: "Algerian defence ministry", below)
    ):
        # "According to the Rio Grande do Sul Civil Defense bulletin", where the parse heads the name by "Grande": a
        # name ending in an organisation's word is the organisation's, not a person's
        return Speaker(start, end, low, run, None, False, words)
    if person is None and head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "GPE", "NORP") and head.text[:1].isupper() and not head.text.isupper() and (
        head.lower_ not in vocab.PERSON_TITLES | _TITLE_WORDS
    ):  # (not a title in capitals: "The Tunisian Prime Minister said")
        # "Padilla said": a name the entity tagger missed is a person's, not an agency (a lower-case word the
        # tagger took for a name, "Bulgaria's interior ministry", is no one's name)
        person = head.text
    # (a title in lower case before the name: "fire chief Gen Jassem Mansuri", the surname tagged a place)
    titled = any(ch.dep_ == "compound" and ch.pos_ == "NOUN" and ch.text.islower() and ch.lower_ in vocab.PERSON_TITLES
                 and ch.i < head.i - 1 for ch in head.children)
    if person is None and head.pos_ == "PROPN" and head.ent_type_ in ("ORG", "GPE") and " " in _name_run(head) and (
        head.ent_type_ == "ORG" or titled or any(ch.dep_ == "appos" and ch.lower_ in _APPOSED_ROLES for ch in head.children)
    ):  # (a name tagged a place too: "Agnes Kunga, the Londiani police boss")
        # "said Yolande Makolo, the government spokesperson": a name the small model took for an
        # organisation, which its apposition shows is a person's
        if any(ch.dep_ == "appos" and ch.lower_ in _APPOSED_ROLES | _APPOSED_PEOPLE for ch in head.children) or titled or (not {t.lower_ for t in parsed.doc[head.left_edge.i : head.i + 1]} & (ORG_WORDS | SOURCE_NOUNS) and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "ORG" for p in head.children
            if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in p.children
        )):  # ("prosecutor Andrijana Nastic told reporters": a title in lower case before the name; "DIG Mohsin Shahidi of
            # the NDRF said": a name with no organisation's word, of an organisation)
            person = _name_run(head)
    if person is not None:
        if owner := _owner_org(head):
            return Speaker(start, end, low, owner, person, False, words)  # "Mercy Relief's Jane Doe said"
        if force := _police_of_a_place(parsed.doc, head):
            return Speaker(start, end, low, force, person, False, words, whole=True)
        # (the title may hang from the first name: "Fire Service Spokesperson Andreas Kettis")
        for ch in [*head.children, *(t for c in head.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"
                                      for t in c.children if t.dep_ == "compound")]:
            # ("PDMA spokesperson", "SEMA Executive Secretary": not a country's initials, "US President", "DRC President")
            body = next((c for c in ch.children if c.dep_ == "compound" and c.pos_ == "PROPN" and (
                c.lower_ in _ORG_HEADS | _SERVICE_HEADS or _body_initials(c))), None) if ch.dep_ == "compound" and ch.lower_ in _ROLES | _CHAIRS | {"president"} else None
            if body is not None:
                # "Kano State Emergency Management Agency spokesman Ali Musa said": the organisation named before the
                # title (the name up to the title: "State Health and Environment Committee chairman R.Vidyananthan");
                # "Snohomish County Emergency Management Director John Pennington": a service named by what it does, with
                # the place before it
                first = min(body.left_edge.i, ch.left_edge.i) if body.lower_ in _SERVICE_HEADS else body.left_edge.i
                # (as written, hyphens kept: "Miami-Dade Fire Rescue"; without the title's own words before it, "Acting
                # Fire Service Director")
                run = re.sub(r"^(?:[-–]\s*|(?:[Tt]he|[Aa]cting|[Ff]ormer|[Aa]ssistant|[Dd]eputy|[Vv]eteran|[Ii]nterim|[Ss]enior|[Oo]utgoing|[Tt]hen)(?:\s+|\s*-\s*))+", "",
                             " ".join(parsed.doc[first : body.i + 1].text.split()))
                return Speaker(start, end, low, run, person, False, words)
            before = parsed.doc[ch.i - 1] if ch.i > 0 else None
            if ch.dep_ == "compound" and ch.lower_ in _ROLES and before is not None and before.pos_ == "PROPN" and before.lower_ in _LOCAL_GOVERNMENTS:
                # "Santa Barbara County spokeswoman Amber Anderson said": the county speaks (as analysts cite it); the
                # whole name before the title ("Harris County Flood Control District spokeswoman": the district)
                first = before.i
                while first > 0 and parsed.doc[first - 1].pos_ == "PROPN":
                    first -= 1
                return Speaker(start, end, low, parsed.doc[first : before.i + 1].text, person, False, words)
            if ch.dep_ == "compound" and ch.lower_ in _ROLES and country:
                # "Chief Government Spokesperson Mobhare Matinyi", "Army spokesman X": the country's institution
                institution = _institution(ch.subtree) or _institution(c for c in head.children if c.dep_ == "compound")
                name = _of_country(country, institution)
                if name and not any(c.dep_ == "poss" for c in ch.subtree):
                    return Speaker(start, end, low, name, person, False, words)
            lower = _modifiers_before(ch)
            if ch.dep_ == "compound" and ch.lower_ in _ROLES and lower and lower[-1].lower_ in _ORG_HEADS and all(
                t.text.islower() and t.pos_ in ("NOUN", "ADJ") for t in lower
            ) and lower[-1].i == ch.i - 1 and not any(t.dep_ == "poss" for t in ch.subtree):  # (not "Turkey's disaster agency")
                # "provincial disaster management agency chief Asfandiyar Khattak said", "rescue agency spokesman Bilal
                # Ahmed Faizi": the body the title names in lower case, as written (no country's institution named)
                # ("provincial disaster management agency": the PDMA, as every province's is called)
                initials = "".join(t.text[0] for t in lower).upper()
                body = initials if initials in vocab.REGIONAL_BODIES else " ".join(t.text for t in lower)
                return Speaker(start, end, low, body, person, False, words)
            if ch.dep_ == "compound" and ch.lower_ in _PLACE_ROLES | _COUNTY_OFFICES:
                # "Viña del Mar's Mayor Macarena Ripamonti", "Valparaíso governor Rodrigo Mundaca": the place's
                where = [c for c in ch.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
                if where:
                    place = " ".join(t.text for t in where[0].subtree if t.dep_ != "case")
                    return Speaker(start, end, low, f"{place} {_role_word(ch)}", person, False, words)
                before = [t for t in ch.subtree if t.i < ch.i and t.dep_ != "case"]
                if before and before[0].text[:1].isupper() and all(
                    t.text[:1].isupper() or t.lower_ in PLACE_KIND_WORDS or t.lower_ in _OF_A_PLACE for t in before
                ):  # ("Salzburg provincial governor Franz Schausberger")
                    # "Zabol city governor Abbasli Arjamandi said" (the tagger took the town for a noun)
                    return Speaker(start, end, low, " ".join([*(t.text for t in before), _role_word(ch)]), person, False, words)
        for ch in head.children:
            if ch.dep_ == "prep" and ch.lower_ in ("from", "of", "at"):
                # "said Col. Jose Ernesto Betancourt, from the Civil Defense General Staff": whom they speak for
                org = next((o for o in ch.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "ORG"), None)
                if org is not None:
                    return Speaker(start, end, low, _proper_run(org), person, False, words)
            if ch.dep_ == "appos" and ch.lower_ in ("official", "officer"):
                # "Mohamed Sheriff, the chief medical officer at Monrovia's main John F. Kennedy hospital": the
                # named institution they work at
                at = next((o for p in ch.children if p.dep_ == "prep" and p.lower_ in ("at", "of")
                           for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
                named = [t for t in at.subtree if t.i < at.i and t.dep_ == "compound" and t.pos_ == "PROPN"] if at is not None else []
                if named:
                    first = min(t.i for t in named)
                    return Speaker(start, end, low, parsed.doc[first : at.i + 1].text, person, False, words)
                # "Manuela Curra, a provincial government official, told Reuters": the body they serve
                # (not their rank: "Seracettin Com, a senior health official" is a health official; "a senior police
                # official" speaks for the police)
                body = [t for t in _modifiers_before(ch) if t.lower_ not in vocab.RANKS]
                if body:
                    name = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in body)
                    if len(body) == 1 and body[0].pos_ != "PROPN" and body[0].lower_ not in ORG_WORDS:
                        name = f"{name} {ch.lower_}"
                    return Speaker(start, end, low, name, person, False, words)
            if ch.dep_ == "appos" and (ch.lower_ in _APPOSED_ROLES or _general(ch) or (ch.lower_ in _CHAIRS and ch.text.islower())) and not any(
                c.lower_ in ("former", "ex", "retired") for c in ch.children
            ):  # (not "Jane Doe, a former commissioner": no office now)
                # "the head of the disaster authority, Mohammad Haqqani, said": whose head they are
                org = _describe(parsed, ch, country)
                if org is not None and org.name and org.person is None:
                    return Speaker(start, end, low, org.name, person, False, words)
            if ch.dep_ == "appos" and ch.pos_ == "NOUN":
                # "Anicet Bah, GSPM captain and deputy head of operations, told AFP": the organisation before the rank
                org = [c for c in ch.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"]
                if org:
                    return Speaker(start, end, low, org[0].text, person, False, words)
            if ch.dep_ == "appos" and ch.pos_ in ("NOUN", "PROPN") and any(d.dep_ == "det" for d in ch.children) and any(
                t.lower_ in vocab.SERVE_WORDS for t in ch.subtree if t.i <= ch.i
            ):  # (who serves there speaks for it: not "John Smith, a professor at Harvard University")
                # "said Yehuda Gottleib, a volunteer EMT with the United Hatzalah rescue organization": the
                # organisation named after whatever they are
                at = next((o for p in ch.children if p.dep_ == "prep" and p.lower_ in ("with", "for", "at", "of", "from")
                           for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
                named = [t for t in at.subtree if t.i <= at.i and t.dep_ in ("compound", "pobj") and t.pos_ == "PROPN"
                         and t.text[:1].isupper()] if at is not None else []
                if named and ((at.pos_ == "PROPN" and at.ent_type_ == "ORG") or at.lower_ in ORG_WORDS):
                    first, last = min(t.i for t in named), max(t.i for t in named)
                    return Speaker(start, end, low, parsed.doc[first : last + 1].text, person, False, words)
            if ch.dep_ == "appos" and ch.pos_ == "NOUN" and ch.text.islower() and ch.lower_ in vocab.WITNESS_ROLES and not any(
                c.dep_ == "prep" for c in ch.children
            ) and (ch.lower_ != "leader" or any(c.dep_ in ("compound", "amod") for c in ch.children)):
                # "said Ibrahim Liman, another militiaman", "Musa Ali, a resident": no body, what they are (as analysts
                # record the source; "a militia leader", not "a leader")
                return Speaker(start, end, low, _name(ch, list(ch.subtree), None), person, False, words)
        return Speaker(start, end, low, None, person, True, words)
    if low in ANAPHOR_NOUNS and not any(t.pos_ == "PROPN" for t in toks) and _definite(head) and not (
        low in _NAMED_BY_NOUN - {"ministry"} and any(c.dep_ in ("compound", "amod") for c in head.children)
    ) and not any(c.dep_ == "poss" and c.lower_ in _OFFICE_HOLDERS for c in head.children):
        # ("the department" points back; "the border police department" names itself, "the governor's office" its holder)
        return Speaker(start, end, low, None, None, True, words)
    return Speaker(
        start, end, low, _name(head, toks, country, run=span is not None), None, False, words,
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children),
    )


def _initials(tok) -> bool:
    """A word of two to eight capital letters, read as an organisation's initials ("TVGE", "PDMA")."""
    return tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 8


def _body_initials(tok) -> bool:
    """A body's initials ("PDMA", "INGD"), not a country's ("US", "DRC": words.json country_initials)."""
    return _initials(tok) and tok.ent_type_ not in ("GPE", "LOC", "NORP") and tok.text not in vocab.COUNTRY_INITIALS


def _chair_of_a_place(head) -> bool:
    """"The Management Committee Chairman of Bokkos LGA": a chairman of a place, whose office SpeakerMemory._office
    names ("Bokkos LGA chairman"), not of a body ("Chairman of the Kano State Emergency Management Agency")."""
    return any(o.lower_ in PLACE_KIND_WORDS | {"lga"} or o.ent_type_ in ("GPE", "LOC")
               for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _institution(tokens) -> str | None:
    """The first word among tokens naming an institution every country has ("government", "army"), or the two
    words of one ("national Civil Protection chief Laura Velázquez")."""
    tokens = list(tokens)
    for a, b in zip(tokens, tokens[1:]):
        if a.lower_ == "civil" and b.lower_ in _CIVIL_BODIES:
            return f"Civil {b.text.capitalize()}"
    return next((t.lower_ for t in tokens if t.lower_ in _NATIONAL), None)


_CIVIL_BODIES = frozenset("protection defence defense".split())


def _institution_words(name: str) -> bool:
    """Does a body's name hold an institution every country has (_institution: "Civil Defense Unit", "Police Unit")?"""
    words = name.lower().split()
    return any(w in _NATIONAL for w in words) or any(a == "civil" and b in _CIVIL_BODIES for a, b in zip(words, words[1:]))


# The titles that name an office a person speaks for, with a word before saying of what ("fire chief", "Regional
# Chairman", "Police Surgeon"; not a minister or a president, whom other rules name by their country, nor a manager or an
# officer, whose body the text names elsewhere), and the honorifics and ranks between the title and the name ("fire chief
# Gen Jassem Mansuri")
_TITLE_WORDS = _CHAIRS | {"chief", "commander", "surgeon", "head", "director", "coordinator", "sheriff", "coroner", "prosecutor"}
# Words before a surname that are no given name: titles, ranks and honorifics ("Chief Insp Thomassen", "Dr Saeed Mirwani")
_NOT_GIVEN_NAMES = _TITLE_WORDS | vocab.PERSON_TITLES | vocab.RANKS | _HONORIFICS | frozenset(
    """miss prof professor rev reverend dame lord lady insp inspector supt superintendent maj major lt lieutenant brig
    brigadier sgt sergeant eng engr hon deputy acting police commissioner minister interim assistant alhaji haji mallam
    malam imam pastor bishop councillor councilor ustaz elder gov al el bin ibn abu de van von der la le du da di del dos
    das""".split())  # (and a name's particles)


def _given_names(person: str) -> frozenset[str]:
    """The given names of a person's name as written, without its surname, titles, ranks and abbreviations."""
    return _given_words(person.split()[:-1])


def _given_words(words: list[str]) -> frozenset[str]:
    """Those of the words before a surname that are given names, in lower case (not "Brig-Gen", "Al", "DIG")."""
    return frozenset(w.lower() for w in words if not w.isupper() and not all(
        part in _NOT_GIVEN_NAMES for part in w.rstrip(".").lower().split("-")))


# First words of a title that hold no office now, or none that speaks for the public ("Former fire chief", "Film director")
_NO_OFFICE = frozenset("former retired ex ex- late outgoing film executive managing creative art artistic music technical sales "
                       "marketing finance general".split())
# A title's own words before a body's name ("Acting Fire Service Director", "Then-Fire Service Chief")
_TITLES_BEFORE_A_BODY = _NOT_GIVEN_NAMES | _NO_OFFICE | {"then"}
_HONORIFIC_END = re.compile(r"(?:\s+(?:Dr|Mr|Mrs|Ms|Gen|Maj|Col|Lt|Capt|Brig|Sgt|Prof|Rev|Eng|Engr)\.?)+\s*$")


def _title_before(text: str, start: int, person: str) -> str | None:
    """The title written before a person's name, from `start` ("Regional Chairman" of "Regional Chairman Deron Adams"), if
    it is a word of what and a title (_TITLE_WORDS): else None."""
    at = text.find(person, start, start + 120)
    if at <= start:
        return None
    title = _HONORIFIC_END.sub("", text[start:at].rstrip())
    title = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", title).strip(" ,")
    words = title.split()
    if not 2 <= len(words) <= 4 or words[-1].lower() not in _TITLE_WORDS or words[0].lower() in _NO_OFFICE:
        return None
    return title if all(re.fullmatch(r"[A-Za-z-]+", w) for w in words) else None


def _of_country(country: str | None, institution: str | None) -> str | None:
    """"Tanzanian government": an institution of the country, by the country's adjective ("Bermuda police": a
    territory's by its name)."""
    adjective = vocab.institution_adjective(country) if institution else None
    return f"{adjective} {institution}" if adjective else None


# An organisation's proper name opened by its kind, with "of" or "for": "the Ministry of Health and Welfare", "the
# Department for Disaster Management" (the capitalised words after it, "and" between them)
_PROPER_ORG_OF = re.compile(
    r"\b((?:Ministry|Department|Directorate|Commission|Bureau)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,5})")
# An organisation's proper name, by the last word of it: "the Guyana Fire Department", "the National Disaster
# Management Directorate".
_PROPER_ORG = re.compile(
    r"\b((?:(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w'’-]+\s+){1,4}(?:Directorate|Department|Agency|Authority|Service"
    r"|Commission|Committee|Council|Bureau|Secretariat|Institute|Administration|Office|Ministry))\b"
)
# A town's own government or council, named with the town the story is about or without it
_TOWN_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:city|municipal|town)\s+(?P<body>government|council|administration)"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:city|town|municipality)\s+of\s+(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"|\s+(?:of|in)\s+(?P<of2>[A-Z][\w'’-]+))?")
_STATE_MEDIA = re.compile(r"state(?:-run)? (?:media|television|tv|radio|broadcaster|news agency)")
# Last words of organisations' proper names.
# The last words of newspapers' names: a newspaper's name is whole too ("the South China Morning Post said", which the
# small model tags a place)
NEWSPAPER_WORDS = frozenset("post times herald tribune gazette journal telegraph chronicle observer".split())
_ORG_HEADS = frozenset(
    """secretariat department agency office council committee commission authority affairs service services
    directorate bureau centre center administration institute governance unit corps society federation organisation
    organization foundation network coalition fund programme program superintendence superintendency
    tracker project initiative observatory""".split()
) | NEWSPAPER_WORDS
# Words that show a name is an organisation's ("Cooperative Governance and Traditional Affairs").
ORG_WORDS = _ORG_HEADS | SOURCE_NOUNS
# A word that is no one's given name nor a surname alone: an organisation's
_NO_GIVEN_NAME = ORG_WORDS | _BODY_NOUNS
# The last words of an organisation's proper name ("Rio Grande do Sul Civil Defense", "St John Ambulance").
_BODY_LAST_WORDS = ORG_WORDS | {"defense", "defence", "protection", "ambulance"}
# Small words inside an organisation's proper name ("Secretariat of State for Civil Protection"); figures.py
# reads them too, to spell a name's initials and find the short form an article defines.
NAME_CONNECTORS = frozenset("of for and on do da de del dos das".split())  # ("Rio Grande do Sul Civil Defense")


# The titles an office is named for: "the Office of the Relief Commissioner", "of the Prime Minister"
_HOLDER_TITLES = frozenset(vocab.OFFICES["titles"]) | {"President", "Minister", "Governor", "Mayor", "Commissioner"}


def _proper_run(head) -> str:
    """The capitalised name around head, with its small connecting words: "Secretariat of State for Civil
    Protection", "Cooperative Governance and Traditional Affairs"."""
    doc = head.doc
    lo = hi = head.i

    def fits(i: int) -> bool:
        t = doc[i]  # ("... General Staff on Monday": a date is no part of a name)
        # (a possessive inside the name: "the Hawke's Bay Regional Council"; not a country's, "Kenya's National Disaster
        # Operations Centre", which is the centre's owner)
        inside = (t.lower_ in ("'s", "’s") and 0 < i < len(doc) - 1 and doc[i - 1].text[:1].isupper()
                  and doc[i + 1].text[:1].isupper() and doc[i - 1].text not in vocab.DEMONYMS_OF
                  and doc[max(0, i - 2) : i].text not in vocab.DEMONYMS_OF)  # (nor "New Zealand's")
        return (t.text[:1].isupper() and t.is_alpha and t.ent_type_ != "DATE") or t.lower_ in NAME_CONNECTORS or inside

    while lo > head.sent.start and fits(lo - 1):
        lo -= 1
    while hi + 1 < head.sent.end and fits(hi + 1):
        hi += 1
    while doc[lo].lower_ in NAME_CONNECTORS or doc[lo].lower_ == "the":
        lo += 1
    while doc[hi].lower_ in NAME_CONNECTORS:
        hi -= 1
    return doc[lo : hi + 1].text


def _modifiers_before(title) -> list:
    """The nouns and adjectives before a title in its phrase: "provincial disaster management agency" of "chief", "a
    senior health" of "official"."""
    return [t for t in title.subtree if t.i < title.i and t.dep_ in ("compound", "amod")]


# Words between a place's name and "police" that say what level the force is of ("Victoria state police")
_FORCE_LEVELS = frozenset("state regional provincial district county city municipal national federal central".split())
# Words of a title, not of a force's place ("Acting Police Spokesman", "Deputy Police Spokesperson")
_TITLE_MODIFIERS = frozenset("acting deputy assistant senior interim former chief head".split())


def _police_of_a_place(doc, head) -> str | None:
    """"Victoria state police spokeswoman Wendy Willingham", "Northern Region Police Spokesperson Inspector Maurice
    Chapola": a force the title names by its place (not the country's: "Kenya Police spokesman" is the country's)."""
    toks = doc[head.left_edge.i : head.i]
    k = next((i for i, t in enumerate(toks) if t.lower_ == "police" and i + 1 < len(toks) and toks[i + 1].lower_ in _ROLES), None)
    if k is None:
        return None
    lo = k
    while lo > 0 and (toks[lo - 1].pos_ == "PROPN" and toks[lo - 1].text[:1].isupper() or toks[lo - 1].lower_ in _FORCE_LEVELS
                      or toks[lo - 1].lower_ in vocab.COUNTRY_OF_DEMONYM):
        lo -= 1
    # (the place's name alone, however the level is written: "Kaduna State police" and "Victoria state police" alike;
    # "Kenya National Police" is Kenya's)
    named = [t.text for t in toks[lo:k] if t.text[:1].isupper() and t.lower_ not in _FORCE_LEVELS | _TITLE_MODIFIERS]
    place = " ".join(named)
    if not named:
        return None  # (no place: "State police spokesman X said", "Acting Police Spokesman X")
    if country := _country_of_words(place):
        return _of_country(country, "police")  # ("Nigerian police spokesman")
    return f"{place} police"


def _owner_org(head) -> str | None:
    """"Mercy Relief's Jane Doe", "Mercy Relief's country director Jane Doe": the organisation in the possessive
    before a person or their title (not a country's: "Kenya's police chief" is named elsewhere)."""
    holders = [head, *(c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
    if any(h.lower_ in _HEARER_ROLES for h in holders):
        return None  # "Al Jazeera's correspondent Jane Doe": where a reporter works is no source
    for owner in (c for h in holders for c in h.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        run = _name_run(owner)
        titled = run.split()[0].lower().rstrip(".") in vocab.PERSON_TITLES | _HONORIFICS
        if owner.ent_type_ in ("GPE", "LOC", "NORP") or run in vocab.DEMONYMS_OF or run.lower() in vocab.COUNTRY_OF_DEMONYM or (
            owner.ent_type_ == "PERSON" and (" " not in run or titled)
        ):
            continue  # (nor a person's: "President Putin's spokesman"; the small model tags "Mercy Relief" a person too)
        if " " in run or owner.ent_type_ == "ORG" or (owner.text.isupper() and len(owner.text) > 1):
            # ("Léogane's police chief, Alain Auguste": the town's police, however the tagger read the town)
            return f"{run} police" if any(h.lower_ == "police" for h in holders) else run
    return None


def _name_run(head) -> str:
    """The proper-noun run ending at head: "Yolande Makolo"."""
    toks = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i] + [head]
    return " ".join(t.text for t in sorted(toks, key=lambda t: t.i))


def _place_of(head, preps: tuple[str, ...] = ("of",)) -> str | None:
    """The place a role noun is of: "governor of the Ukrainian-controlled part of Donetsk region" -> Donetsk."""
    for ch in head.children:
        if ch.dep_ == "poss" and (ch.ent_type_ in ("GPE", "LOC") or (ch.pos_ == "PROPN" and ch.ent_type_ not in ("PERSON", "NORP", "DATE"))):
            return ch.text  # ("Karabakh's human rights ombudsman", the small model tagging the region an organisation)
        if ch.dep_ == "prep" and ch.lower_ in preps:
            for o in ch.children:
                if o.dep_ == "pobj":
                    # the last run of proper names: "the Ukrainian-controlled part of Donetsk region" -> Donetsk
                    run: list = []
                    depth = 0  # "vice mayor of Haidong (Tibetan: Tsoshar) City": not what is in brackets
                    # (nor the holder's name in apposition after a place's name: "The regional governor of Burgas, Plamen
                    # Yanev, said"; where it is the place, it stays: "the governor of the worst-hit state, Bauchi")
                    aside = {t.i for c in o.children if c.dep_ == "appos" and (o.pos_ == "PROPN" or c.ent_type_ == "PERSON")
                             for t in c.subtree}
                    for t in o.subtree:
                        depth += (t.text == "(") - (t.text == ")")
                        if depth or t.text in "()" or t.ent_type_ == "NORP" or t.i in aside:
                            continue
                        if (t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN") and t.lower_ not in _PLACE_KIND_WORDS:
                            run = run + [t] if run and run[-1].i == t.i - 1 else [t]
                        elif t.text == "-" and run and run[-1].i == t.i - 1 and not run[-1].whitespace_:
                            run.append(t)  # "the Centre-Nord region": one name, its hyphen unspaced
                    if run and not run[-1].text.endswith(("-", "ian", "ish", "ese")):
                        return "".join(t.text_with_ws for t in run).strip()
    return None


def _definite(head) -> bool:
    """"the agency", "its office", "agency": points back; "a volunteer aid group" introduces a new one."""
    for ch in head.children:
        if ch.dep_ == "det":
            return ch.lower_ in ("the", "this", "that")
        if ch.dep_ == "poss":
            return True
    return True


def _phrase(head) -> list:
    """The tokens of the noun phrase headed by `head`, without relative clauses and asides."""
    out = [head]
    for ch in head.children:
        if ch.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"):
            continue
        out.extend(ch.subtree)
    return sorted(out, key=lambda t: t.i)


def _field_name(field: str) -> str:
    """A ministry's field as its name writes it, each word capitalised: "civil affairs" -> "Civil Affairs"."""
    return " ".join(w[:1].upper() + w[1:] for w in field.split())


def _country_named(tok) -> str | None:
    """The country a possessive names by its name or its people's word ("Kenya's", "Kenyan"), or None."""
    return _country_of_words(re.sub(r"['’]s$", "", tok.text))


def _country_of_words(text: str) -> str | None:
    """The country words name by its name or its people's word ("Kenya", "Nigerian", "South Sudan"), or None."""
    return text if text in vocab.DEMONYMS_OF else vocab.COUNTRY_OF_DEMONYM.get(text.lower())


def _person(head) -> str | None:
    """"UNHCR's Charlie Yaxley", "Agency spokesman Babar Baloch": the person's name."""
    if head.ent_type_ != "PERSON":
        return None
    # (not inside a possessive before it: "HelpAge Mali's Jane Doe" is Jane Doe)
    owned = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    names = [t for t in head.subtree if t.ent_type_ == "PERSON" and t.i <= head.i and (t.i == head.i or t.dep_ == "compound")
             and t.i not in owned]
    return " ".join(t.text for t in sorted(names, key=lambda t: t.i)) or None


def _name(head, toks: list, country: str | None, run: bool = False) -> str | None:
    """A source name from its phrase: modifiers and head, a place it is 'in' or 'of' first."""
    if head.lower_ in ("officials", "official", "staff", "spokesman", "spokeswoman", "spokesperson") and (
        kind := next((o.text for m in head.children if m.dep_ in ("nmod", "compound") and m.lower_ == "ministry" and m.n_lefts == 0
                      for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and re.fullmatch(_MINISTRY_KINDS, o.lower_)), None)
    ):
        # "Ministry of Health officials confirmed": the ministry they speak for, the country's (not "Turkish Ministry of
        # Health officials" in a story on Syria: the parse names those as it reads them)
        # (named as the text names it, as readers and annotators do: "Ministry of Health", not "health ministry")
        return _of_country(country, f"Ministry of {kind}") or f"Ministry of {kind}"
    place = ministry_of = None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    place = " ".join(t.text for t in obj.subtree if t.ent_type_ in ("GPE", "LOC"))
                elif obj.dep_ == "pobj" and obj.lower_ in _HELD_PLACES and (of := next(
                    (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)) is not None:
                    place = " ".join(t.text for t in of.subtree if t.pos_ == "PROPN")  # "the office of the state of Veracruz"
                elif prep.lower_ == "in" and obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "") and (
                    head.lower_ in _UNNAMED_SPEAKERS and obj.n_lefts == obj.n_rights == 0
                ):  # "an official in Stepanakert said": a town the small model took for a person's name
                    place = obj.text
                elif head.lower_ == "ministry" and prep.lower_ == "of" and obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    # "the Ministry of Interior", "the NRW Ministry of the Interior", "the ministry of civil affairs": as
                    # written, each word capitalised as a name is
                    field = [t for t in obj.subtree if t.i <= obj.i and t.dep_ in ("compound", "amod") or t.i == obj.i]
                    ministry_of = ("the " if any(d.dep_ == "det" and d.lower_ == "the" for d in obj.children) else "") + _field_name(
                        " ".join(_FOOTNOTE.sub("", t.text) for t in field))
    # "the British territory's government", "the island's health ministry": the article's country described,
    # whose institution it is (not the UK's, as the adjective inside the description would make it)
    polity = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in vocab.POLITY_NOUNS), None) if country else None
    described = {t.i for t in polity.subtree} if polity is not None else set()
    words = []
    for t in toks:
        if t.i > head.i:
            break  # what follows the head is a prepositional phrase (its place is read above)
        if t.i in described:
            continue
        if t.dep_ == "poss" and t.head.i == head.i and (t.ent_type_ == "GPE" or t.text in vocab.DEMONYMS_OF) and head.lower_ in _NATIONAL:
            # "Thailand's health ministry", "Algeria's president": the Thai health ministry, by the country's adjective as
            # analysts name a country's institutions (a territory's by its name: "Bermuda's police"); a body's proper name
            # keeps the country's ("Equatorial Guinea's Ministry of Health")
            words.append((vocab.institution_adjective(_country_named(t)) if head.text.islower() else None) or t.text)
            continue
        if t.dep_ == "poss" and t.head.i == head.i and head.lower_ == "office" and t.pos_ == "NOUN" and t.lower_ in _OFFICE_HOLDERS:
            words.append(f"{t.lower_}'s")  # "the attorney general's office": the holder's office, as annotators name it
            continue
        if t.dep_ in ("det", "poss", "case", "nummod", "quantmod", "punct") or t.like_num or t.ent_type_ in ("DATE", "TIME") or (
            t.ent_type_ == "GPE" and t.text.isupper() and len(t.text) > 3
        ):
            continue  # ("HAVANA, Cuba, Sept 8 (acn) Civil defense authorities reported": the date is the dateline's)
        if t.lower_ in _DROP_WORDS or not _WORD.search(t.text):
            continue
        if t.i != head.i and t.dep_ not in ("compound", "amod", "nmod", "npadvmod") and not run:
            continue  # (a run of words the parse split, "military sources said", keeps them all)
        proper = t.pos_ == "PROPN" or t.text.isupper() or (t.text[:1].isupper() and (
            t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE", "LOC") or t.lower_ in vocab.COUNTRY_OF_DEMONYM))
        words.append(_FOOTNOTE.sub("", t.text if proper else t.lower_))  # ("the Ministry of Health2": a footnote's number)
    if not words:
        return None
    field = _ministry_field(re.sub(r"^the ", "", ministry_of)).lower() if ministry_of else None
    if ministry_of and words[-1] == "ministry" and re.fullmatch(_MINISTRY_KINDS, field) and field not in words:
        # "Ukraine's ministry of internal affairs said": a ministry written in lower case is described, not named: the
        # Ukrainian interior ministry, as analysts name it
        words = [*words[:-1], field, "ministry"]
    elif ministry_of and words[-1].lower() == "ministry" and ministry_of.split()[-1].lower() not in (w.lower() for w in words):
        # "the Ministry of Interior", "Equatorial Guinea's Ministry of Health": named as the text names it
        words = [*words[:-1], "Ministry", "of", ministry_of]
        if len(words) == 3 and country and not place and (adjective := vocab.institution_adjective(country)):
            words.insert(0, adjective)  # ("The Ministry of National Defence said" in a story on Algeria: Algeria's)
    # ("an official said" is one of the officials; "the public prosecutor said" is an office, one person's)
    words = [_PLURAL.get(w, w) if i == len(words) - 1 and not (w == "prosecutor" and i and words[i - 1] in _ONE_OFFICE) else w
             for i, w in enumerate(words)]
    name = " ".join(_EXPAND.get(w, w) for w in words).replace(" - ", "-").replace(" 's", "'s")
    if name == "partners":
        name = "humanitarian partners"  # ("according to partners" in an agency's update: its humanitarian partners)
    if place and place.lower() not in name.lower():
        name = f"{place} {name}"
    elif polity is not None and not any(w[:1].isupper() for w in words):
        name = _of_country(country, name) or f"{country} {name}"  # (as "Turkey's health ministry" is named)
    elif (head.lower_ in _NATIONAL or _NATIONAL & {w.lower() for w in words} or _STATE_MEDIA.fullmatch(name)) and country and not any(
        w[:1].isupper() and w.lower() not in _NATIONAL | SOURCE_NOUNS for w in words
    ) and (_STATE_MEDIA.fullmatch(name) or not _LOCAL_LEVELS & {w.lower() for w in words}):
        # (common words capitalised at a sentence's start or in a report's style are still common: "Army officials said",
        # "According to Government sources")
        # ("state media reported": the country's state media; not "the city government said", a town's)
        # "the army said", "army officials said": the article's country's army
        name = _of_country(country, name.lower()) or name
    name = _body_of_title(name, country)
    if head.lower_ in ("defence", "defense") and not any(c.lower_ == "civil" for c in head.children):
        return None  # ("The defence said": a trial's, no civil defence)
    if len(name) < 3 or name.lower() in _ROLES:
        return None  # (a role alone names no body: "The head of Jordan's civil defence said" where the body is not read)
    parts = name.split()
    # A long phrase keeps its head and nearest modifiers: "the Palestinian ... occupation military".
    # ("Equatorial Guinea Ministry of Health": "of Health" is the head's own)
    keep = 6 if ministry_of else 4
    while keep < 7 and len(parts) > keep and parts[-keep][:1].isupper() and parts[-keep - 1][:1].isupper():
        keep += 1  # (not cut inside a proper name: "Harrison County emergency operations center", not "County ...")
    return " ".join(parts[-keep:]) if len(parts) > keep else name


# Where people come from, before a place's name ("workers from West Bengal")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


class SpeakerMemory:
    """Who spoke so far in an article, to resolve the parse's speakers to agencies.

    A speaker phrase holding a known agency's name is that agency; a person keeps the agency they
    were named with ("UNHCR's Charlie Yaxley ... Yaxley said"); a pronoun or an anaphor ("the
    agency", "its spokesman", "Agency spokesman Babar Baloch") is the organisation named last
    before it; any other phrase is a new source under the name built from it.
    """

    def __init__(
        self, text: str, agencies: list, cues: list, gazetteer=None, country: str | None = None, town: str | None = None,
        region: str | None = None, island: str | None = None,
    ) -> None:
        self.agencies = agencies
        self.country = country
        self.island = island  # the place a story is about when no country is, that "the island" describes
        self.region = region  # the state or province the story is in, when it is in one
        self.gazetteer = gazetteer
        self.text = text
        self.learned: list[tuple[int, str]] = []
        self.resolved: list[tuple[int, str]] = []  # (where, agency) of each speaker resolved so far
        self.people_spoke: list[tuple[int, str]] = []  # (where, agency) of those that were a person
        self.persons: dict[str, str] = {}
        self.in_full: dict[str, str] = {}  # the same by each person's full name, which the parse may take for a body's
        # first names of people who spoke for an agency, for a person named by first name alone ("According to
        # Sutopo"): apart from the surnames, so that "Ali Ahmed" is not Ahmed Hassan's
        self.first_names: dict[str, str] = {}
        # persons named in full with their organisation: the parse may take the name, repeated, for an organisation's
        self.full_names: set[str] = set()
        self.cues = cues
        for c in cues:
            if c.person and c.agency:
                self._remember(c.person, c.agency, replace=True)  # ("Raditya Jati said ... Raditya said")
        # "said military spokesman Brig. Gen. Restituto Padilla ... Padilla said": a national institution
        # named without its country is the article's country's (the Philippine military).
        adjective = vocab.institution_adjective(country)
        for m in _INSTITUTION_SPEAKER.finditer(text) if adjective else ():
            whose = _whose_title(text, m.start(), gazetteer)  # "Russian government spokesman Dmitry Peskov"
            if whose is not False:
                self._remember(m.group("name"), f"{whose or adjective} {m.group('noun').lower()}")
        # "said Chief Insp Soren Thomassen, head of the Copenhagen police operations unit": the country's force
        for m in _HEADS_INSTITUTION.finditer(text) if adjective else ():
            if _whose_title(text, m.start("what"), gazetteer) is not False:
                self._remember(m.group("name"), f"{adjective} {m.group('what').lower()}")
        # "said Alvin Gayle, director general of Jamaica’s emergency management office ... Gayle said the storm has
        # displaced 30,000 households": the body of the place the title names, by its adjective for a country
        for m in _TITLE_OF_PLACES_BODY.finditer(text) if gazetteer is not None else ():
            owner = gazetteer.place(m.group("owner"), fuzzy=False)
            if owner is not None:
                body = m.group("body").lower()
                named = (_of_country(owner.name, body) if owner.kind == "country" else None) or f"{without_kind(owner.name)} {body}"
                self._remember(m.group("name"), named)
        # "Mayor J. Mans told RTL-5 ... Mans initially told RTL-5 that 10 firefighters were missing": a mayor named
        # with no town is the mayor of the town the story is about (`town`), never an organisation called "Mans"
        self.town = town
        self.mayors: set[str] = set()
        # ("Quezon City Mayor Ismael Mathay" in a story on Manila: the mayor of the city named with the title)
        self.mayor_of: dict[str, str] = {}
        for m in _MAYOR_NAMED.finditer(text):
            self.mayors.add(surname(m.group("sur")))
            if gazetteer is not None and (before := _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None and (
                place := gazetteer.place(before.group(1), fuzzy=False)
            ) is not None and place.kind in ("city", "town", "district"):
                self.mayor_of[surname(m.group("sur"))] = place.name
        # "Gov. Andy Beshear stated ... according to Beshear" in a story on Kentucky: the state's governor
        if region:
            for m in _GOVERNOR_NAMED.finditer(text):
                before = text[max(0, m.start() - 30) : m.start()].split()
                if before and (before[-1].lower() in ("former", "ex-", "then") or (before[-1][:1].isupper() and not before[-1].endswith((".", ",")))):
                    continue  # "New York Gov. Kathy Hochul", "Former Governor Matt Bevin": not the state's governor now
                self._remember(m.group("sur"), f"{region} governor")
        # "Governor Babajide Sanwo-Olu of Lagos State ... noted that 32 bodies", "Mayor Walt Maddox of Tuscaloosa": the
        # office of the place named after the person (before any region's: the title says whose)
        for m in _TITLE_NAME_OF_PLACE.finditer(text) if gazetteer is not None else ():
            place = m.group("place")
            if gazetteer.place(place, fuzzy=False) is not None or _PLACE_KIND_END.search(" " + place):
                self._remember(m.group("name"), f"{place} {_ROLE_SPELLED.get(m.group('title').lower(), m.group('title').lower())}", replace=True)
        self.titled: list[tuple[int, int, str, str]] = []
        self.role_spoke: tuple[int, str, int] | None = None  # (sentence, agency, offset) of the last title that spoke without a name
        # "Environment Minister Nasser Yassin announced ...": a minister speaks for the country's government
        for m in _MINISTER_SPEAKER.finditer(text) if adjective else ():
            kind = _ministry_field(m.group("kind") or m.group("kind2"))
            whose = _whose_title(text, m.start(), gazetteer)  # "Turkey's Minister of Interior", "US Secretary of State"
            if whose is False or (m.group("secretary") and not m.group("kind2")):
                continue
            body = f"{whose or adjective} {kind.lower()} ministry" if kind else f"{whose or adjective} government"
            self._remember(m.group("name"), body)
            if m.group("kind2"):
                # the title's words after the name's place in the parse ("Secretary ... Jorge Gomes said") name no one else
                self.titled.append((m.start(), m.end(), body, m.group("name")))
        # "The Vice Minister of Civil Defense, Juan Carlos Calvimontes, indicated ...": the body the title names
        # (the parse may take the title's last words for the speaker: "Civil Defense ... indicated")
        for m in _MINISTER_OF_SPEAKER.finditer(text) if adjective else ():
            of = m.group("of")
            if _WHOSE_MINISTER.search(text, max(0, m.start() - 8), m.start()) or of in vocab.DEMONYMS_OF or (
                gazetteer is not None and gazetteer.place(of, fuzzy=False) is not None
            ):
                continue  # "Turkey's Minister of Interior", "the Prime Minister of Pakistan": not this country's ministry
            vice = "Vice " if m.group("vice") and m.group("vice").startswith("Vice") else ""
            body = f"{adjective} {vice}Ministry of {of}"
            self._remember(m.group("name"), body)
            self.titled.append((m.start(), m.end(), body, m.group("name")))
        for m in _SECRETARY_OF.finditer(text) if adjective else ():
            if _whose_title(text, m.start("what"), gazetteer) is not False:
                self._remember(m.group("name"), f"{adjective} Ministry of {_field_name(m.group('what').lower())}")
        for m in _SHORT_NAMED_HEAD.finditer(text):
            self._remember(m.group("name"), m.group("short"))
        for m in _BODY_SPOKESPERSON.finditer(text):
            if not any(a.start < m.end("body") and m.start("body") < a.end for a in agencies):  # (a known one: below)
                self._remember(m.group("name"), m.group("body"))
        # "Sabah Parks director Jamili Nais said": a body no table knows, by a name of two words or more that is no place's
        # and no title's, whose director, head or spokesperson speaks for it
        for m in chain(_NAMED_BODY_HEAD.finditer(text), _NAMED_BODY_TITLED.finditer(text)) if gazetteer is not None else ():
            body = m.group("body").strip()
            words = body.split()
            if m.re is _NAMED_BODY_TITLED:
                while words and words[0].lower() in _TITLES_BEFORE_A_BODY:
                    words = words[1:]  # ("Acting Fire Service Director Ahmed Musa": the title's own words are no body's)
                body = " ".join(words)
                if not words or words[-1].lower() not in _ORG_HEADS or _institution_words(body):
                    continue  # (a body every country has is named below as the country's: "Civil Defense Unit Chief ...")
            if (before := CAPITALISED_WORD_BEFORE.search(text, max(0, m.start("body") - 40), m.start("body"))) and (
                before.group(0).strip() != "The") or "'" in body or "’" in body:
                continue  # (the whole of a longer name, "Harris County Flood Control District", is read elsewhere; nor
                # "President Putin's spokesman", a person's)
            known = any(a.start < m.end("body") and m.start("body") < a.end for a in agencies)
            titled = {w.lower() for w in words} & (vocab.PERSON_TITLES | _TITLE_WORDS | {t.lower() for t in vocab.OFFICES["titles"]})
            if known or titled or gazetteer.place(body, fuzzy=False) is not None or words[-1].lower() in vocab.DEMONYMS or (
                gazetteer.place(words[-1], fuzzy=False) is not None
            ):
                continue  # (not "Deputy Interior Minister ...", "the Kenyan ...", "Sri Lanka ...": a title, a people, a place)
            self._remember(m.group("name"), body)
        # "A source at Hama Governorate told SANA ...": "the source" of later sentences is Hama Governorate.
        for m in _SOURCE_AT.finditer(text):
            self.learned.append((m.start(), m.group("org")))
        # People named with their organisation anywhere in the text: "UNHCR's Charlie Yaxley",
        # "UNICEF spokesman James Elder", "Babar Baloch, a spokesman for UNHCR".
        for m in agencies:
            after = _NAMED_AFTER.match(text, m.end)
            if after:
                self._remember(after.group("name"), m.entity.name)
            before = _NAMED_BEFORE.search(text, max(0, m.start - 80), m.start) or (
                # "Manzo Ezekiel, NEMA spokesperson"
                _ROLE_AFTER.match(text, m.end) and _NAMED_BEFORE_ROLE.search(text, max(0, m.start - 60), m.start))
            if before:
                self._remember(before.group("name"), m.entity.name)
        # "According to Irene Nakasiita, the Uganda Redcross spokesperson, they deployed two ambulances ... In Kapchorwa,
        # she says, three lives were lost": a person named with the body they speak for, in a sentence with no count,
        # is whom "she" is after it
        for m in _NAME_THEN_BODY_ROLE.finditer(text):
            body = m.group("body").strip()
            known = gazetteer.agency(body, fuzzy=False) if gazetteer is not None else None
            if known is None and (gazetteer is None or gazetteer.place(body, fuzzy=False) is not None or body.lower() in vocab.COUNTRY_OF_DEMONYM):
                continue  # (not "Jane Doe, the Kenya spokesperson", "the Kenyan spokesperson": a place is no body)
            self._remember(m.group("name"), known.name if known else body)
            self.people_spoke.append((m.end(), known.name if known else body))
        # Well-known spokespeople named in full anywhere in the text ("said Rami Abdel Rahman" is SOHR's
        # director even where the article misspells the Observatory), after the article's own links.
        for person, agency in agency_people().items():
            if person in text:
                self._remember(person, agency)
        # "Oxfam's Jane Doe said ...", which the rules attribute whole: a person spoke, for "she said" later
        for c in cues:
            # (a person the rules found without an organisation, named with one elsewhere: "Kindiki said ... Interior
            # CS Kithure Kindiki")
            agency = c.agency or (self.persons.get(surname(c.person)) if c.person else None)
            if agency and not c.conflict_only and (c.person or any(
                w in self.persons for w in re.findall(r"[A-Z][\w'’-]+", text[c.start : c.verb_start]))):
                self.people_spoke.append((c.verb_end, agency))
        # the ministers the story names by a place's title, for "a minister said" in its lead
        self.ministers = {f"{m.group('owner')} minister {m.group('prep')} {m.group('what')}" for m in MINISTER_OF_PERSON.finditer(text)}
        for m in _OF_A_LOCAL_BODY.finditer(text):
            # "according to Yevgeny Zhuravlyov, press secretary of the local emergencies department ... he said": the body
            # speaks through them, named for the story's town ("local", "city": a Houston story's health department is
            # Houston's), else its region, else its country
            owner = (town if m.group("scope") in ("local", "city", "municipal", "district") else None) or region or adjective
            if owner:
                self._remember(m.group("name"), f"{owner} {m.group('body')}")
        # "The tornado caused damage, Ochiltree County Sheriff Terry Bouchard told KAMR" in a sentence with no count:
        # the office their title names is whose "Bouchard said" and "he said" are later
        for c in cues:
            if c.person and not c.agency and not c.conflict_only and (at := text.find(c.person, c.start, c.verb_start + 1)) >= 0 and (
                office := self._office(Speaker(at, at + len(c.person), "", None, None, False))
            ) and (named := _OFFICE_THEN_NAME.search(text, at, at + len(c.person))):
                self._remember(named.group("name"), office)
                self.people_spoke.append((c.verb_end, office))
        # '"We have distributed tents," the governor-general of Hormouzgan province, Abdolreza Sheikholeslami, told state
        # television': in a sentence with no count, whom "He said" is next
        for m in _OFFICE_OF_PLACE_NAMED.finditer(text) if gazetteer is not None else ():
            if gazetteer.agency(m.group("place"), fuzzy=False) is None and m.group("place").lower() not in vocab.COUNTRY_OF_DEMONYM:
                office = f"{m.group('place')} {m.group('title').lower()}"
                self._remember(m.group("name"), office)
                self.people_spoke.append((m.end(), office))
        for m in _HEAD_OF.finditer(text) if gazetteer is not None else ():
            # "Helena Maleno, head of Caminando Fronteras, a Spanish NGO, said ...": the body a named person heads speaks
            # through them ("said Maleno", "she said")
            if gazetteer.place(m.group("org"), fuzzy=False) is None and m.group("org").lower() not in _NO_BODY:
                known = gazetteer.agency(m.group("org"), fuzzy=False)
                whose = f"{self.country} " if m.group("whose") and self.country and known is None else ""
                self._remember(m.group("person"), known.name if known is not None else whose + m.group("org"))

    @cached_property
    def _named_after_first(self) -> dict[str, set[str]]:
        """The capitalised words the text writes after each capitalised word ("James" -> {"Elder", "Okello"}), read once
        per article for every person remembered."""
        out: dict[str, set[str]] = {}
        for m in re.finditer(r"\b([A-Z][\w'’-]*)\s+(?=([A-Z][\w'’-]+))", self.text):
            out.setdefault(m.group(1), set()).add(m.group(2))
        return out

    def _remember(self, name: str, agency: str, replace: bool = False) -> None:
        """A person the article names with the agency they speak for, for their surname alone later ("Monardo said")
        and their first name ("Doni said": many write a person by it); the first agency named stands unless `replace`.
        A first name is remembered only where it is one person's in the text: not a title or a place, nor one that
        another person named in full shares ("James Elder" of UNICEF and "James Okello", a father)."""
        if replace:
            self.persons[surname(name)] = agency
            self.in_full[name] = agency
        else:
            self.persons.setdefault(surname(name), agency)
            self.in_full.setdefault(name, agency)
        words = name.split()
        if len(words) < 2 or not words[0][:1].isupper() or not words[0].replace("-", "").isalpha():
            return
        first = words[0]
        if first.lower() in vocab.PERSON_TITLES or (self.gazetteer is not None and self.gazetteer.place(first, fuzzy=False) is not None) or (
            self._named_after_first.get(first, set()) - {words[1]}
        ):
            return
        if replace:
            self.first_names[first] = agency
        else:
            self.first_names.setdefault(first, agency)

    def _last_before(self, pos: int, noun: str | None = None) -> str | None:
        """The organisation named last before pos, known or learned from the article (a known one on a
        tie); for "the ministry", the last one whose name says ministry."""
        general = noun in ("agency", "body", "organisation", "organization")
        noun = noun if noun in _NAMED_BY_NOUN else None
        known = [
            (m.start, 1, m.entity.name) for m in self.agencies if m.end <= pos
            and (noun in f"{m.surface} {m.entity.name}".lower() if noun else m.entity.kind not in MEDIA_KINDS)
        ]
        learned = [(p, 0, n) for p, n in self.learned if p < pos and (noun is None or noun in n.lower())]
        if noun:
            # "the Guyana Fire Department said in a statement" in a sentence with no figure, whose speaker
            # nothing resolved: the proper name written with the noun (or opened by it: "The Ministry of Health and
            # Welfare has activated ... the ministry said")
            learned += [
                (m.start(), 0, m.group(1)) for m in _PROPER_ORG.finditer(self.text, 0, pos) if m.group(1).lower().endswith(noun)
            ] + [
                # (the country's, as a speaker so named is; not where the rules read it as a speaker already)
                (m.start(), 0, _of_country(self.country, m.group(1)) or m.group(1)) for m in _PROPER_ORG_OF.finditer(self.text, 0, pos)
                if m.group(1).lower().startswith(noun) and not any(m.start() - 4 <= p <= m.end() for p, _ in self.learned)
            ]
        elif general:
            # "The National Disaster Management Directorate said ... The disaster agency added that 390": any
            # organisation's proper name before it
            learned += [(m.start(), 0, m.group(1)) for m in _PROPER_ORG.finditer(self.text, 0, pos)]
        return max(known + learned)[2] if known or learned else None

    def _other_country_near(self, pos: int) -> bool:
        """Does the sentence up to pos name a country other than the article's ("The death toll in
        government-held areas of Syria ... according to the Health Ministry" in a story on Turkey)?"""
        return any(m.entity.kind == "country" and m.entity.name != self.country for m in self._places_up_to(pos))

    def _other_region_near(self, pos: int) -> bool:
        """Does the sentence up to pos name a province other than the story's ("In neighbouring Hubei, the information
        office of the provincial government said")?"""
        start = self._sentence_start(pos)
        # (not where people come from: "18 workers from West Bengal were killed ... in Mizoram, police said")
        return any((province := self.gazetteer.province_of(m.entity.id)) is not None and province.name != self.region
                   and not _FROM_BEFORE.search(self.text, max(0, start + m.start - 10), start + m.start)
                   for m in self._places_up_to(pos))

    def _sentence_start(self, pos: int) -> int:
        return max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos)) + 1

    def _places_up_to(self, pos: int) -> list[Mention]:
        """The places the tables know that the sentence names up to pos."""
        if self.gazetteer is None:
            return []
        return self.gazetteer.scan_places(self.text[self._sentence_start(pos) : pos])

    def resolve(self, sp: Speaker | None, sentence: int, rule=None):
        """A Cue for the speaker, or None when it names no one. `rule`: the cue the rules found
        (a person without an agency), whose person is kept."""
        from .attribution import Cue

        if sp is None:
            return None
        bare = _BARE_MINISTRY.fullmatch(sp.name or "")
        if bare and self.country and not self._other_country_near(sp.start) and (
            name := _of_country(self.country, f"{bare.group(1).lower()} ministry" if bare.group(1) else re.sub(r"^[Tt]he\s+", "", bare.group(0)))
        ):
            # "the Interior Ministry confirmed" in a story on North Macedonia: the country's, named as the
            # lower-case "interior ministry" already is (_national); "the Ministry of the Interior" as written
            sp = replace(sp, name=name)
        for start, end, body, name in self.titled:
            if start < sp.end and sp.start < end:
                return self._cue(sentence, sp, body, name)
        # (one capitalised word no organisation's, as a surname is written: "Torrecarion", "Mwachi")
        surname_only = bool(sp.name and sp.person is None and re.fullmatch(r"[A-Z][a-z'’-]+", sp.name)) and sp.name.lower() not in _NO_GIVEN_NAME
        if sp.name and sp.person is None and (body := self.in_full.get(sp.name) or (
            self.persons.get(sp.name) if surname_only else None)
        ) is not None:
            # "said Lord Byron Torrecarion, Office of the Civil Defense director ... Torrecarion said": a person the story
            # names with the body they speak for, whom the parse took for an organisation, by full name or surname
            return self._cue(sentence, sp, body, sp.name)
        if surname_only and (self.gazetteer is None or self.gazetteer.agency(sp.name, fuzzy=False) is None) and any(self._a_persons_name(m.group(1)) for m in re.finditer(
            rf"\b((?:[A-Z][a-z'’-]+[ \t]+){{1,3}}){re.escape(sp.name)}\b(?!,[ \t]+(?:a|an|the)\b)", self.text[: sp.start])):
            # "Pius Masai Mwachi said ... Mwachi said", "provincial spokesman Ros Udong told AFP ... Udong said": a person
            # named in full before, by surname, whom the parse took for an organisation: no agency of that name (the
            # body they speak for, where the text gives it, is found above; a name with an apposition is left to it:
            # "Patrice Latron, the central government representative on the island")
            return self._cue(sentence, sp, None, sp.name)
        if (held := _HOLDERS_OFFICE.fullmatch(sp.name or "")) and (owner := self.region if held.group(1) == "governor" else self.town):
            sp = replace(sp, name=f"{without_kind(owner)} {sp.name}")  # "the governor's office" in a story on Hawaii: its governor's
        if sp.name and _POLICE_TITLE.fullmatch(re.sub(r"\s*\(\w*$", "", sp.name)) and self.gazetteer is not None:
            after = _PLACE_AFTER_TITLE.match(self.text, sp.end)
            where = self.gazetteer.place_named(after.group("place")) if after else None
            person = sp.person or (rule.person if rule is not None else None)
            if after and (where is None or where.kind != "country") and self.gazetteer.agency(after.group("place"), fuzzy=False) is None and (
                not person or after.group("place") not in person
            ):
                # "Superintendent of Police (SP), Shimla, Sanjeev Kumar Gandhi told PTI": the police of the district the
                # title names (a name no table knows too: between the title and the officer, only their district stands)
                district = where.name if where is not None else after.group("place")
                return self._cue(sentence, sp, f"{district} Police", person)
            sp = replace(sp, name="police", head="police")  # an officer's title speaks for the police, not as a body
        if sp.name in ("media", "press") and re.match(r"\s+reports\b", self.text[sp.end : sp.end + 10]):
            sp = replace(sp, name=f"{sp.name} reports")  # "according to media reports": the reports, as analysts cite them
        office = self._office(sp)
        if office is not None:
            # (the person the title names, for their surname alone later: "According to Bengkulu Governor Rohidin Mersyah ...
            # Mersyah stated that 10 were confirmed dead")
            named = _OFFICE_THEN_NAME.search(self.text, sp.start, min(len(self.text), sp.end + 40))
            return self._cue(sentence, sp, office, sp.person or (rule.person if rule is not None else None) or (named and named.group("name")))
        if sp.name and (qualifier := _REPORT_QUALIFIER.search(sp.name)) and _REPORT_AFTER.match(self.text, sp.end):
            # "DROMIC Official Reports indicate": the parse may take a report's adjective for the speaker's head
            sp = replace(sp, name=sp.name[: qualifier.start()], head=sp.name[: qualifier.start()].split()[-1].lower(), person=None)
        if self.island and sp.head in ("authorities", "officials") and sp.person is None and _ON_THE_ISLAND.search(self.text, sp.start, sp.end):
            # "Authorities on the Portuguese island said" in a story on Madeira: the island's, as analysts name them
            return self._cue(sentence, sp, f"{self.island} {sp.head}", None)
        person_words = {w.lower() for w in (sp.person or "").split()}
        if self.region and {"chief", "minister"} <= sp.phrase_words <= {"chief", "minister", "the", "state", "'s"} | person_words:
            # "said Chief Minister Naveen Patnaik" in a story on Odisha: a state's head speaks for its government
            return self._cue(sentence, sp, f"{self.region} government", sp.person)
        inside = [m for m in self.agencies if m.start < sp.end and sp.start < m.end]
        if self.region and self.country in vocab.STATE_POLICE and not inside and sp.person is None and (
            "police" in sp.phrase_words and sp.phrase_words <= vocab.FORCE_MEMBERS | vocab.RANKS | _BARE_POLICE_WORDS
        ) and not self._force_before(sp) and not self._other_region_near(sp.start):
            # "a top police official confirmed" in a story on Gujarat: where the police are a state's, that state's
            return self._cue(sentence, sp, f"{self.region} police", None)
        if self.town and self.country in vocab.TOWN_POLICE and not inside and sp.person is None and (
            "police" in sp.phrase_words and sp.phrase_words <= vocab.FORCE_MEMBERS | vocab.RANKS | _BARE_POLICE_WORDS
        ) and not self._force_before(sp):
            # "Police said 10 people died in the theater" in a story on Aurora, Colorado: where the police are a town's,
            # the story town's
            return self._cue(sentence, sp, f"{self.town} police", None)
        if self.region and not inside and sp.name and sp.person is None and sp.name.islower() and (
            "'s" in sp.phrase_words and sp.phrase_words & _STATE_WORDS and sp.head in ORG_WORDS
        ) and not set(sp.name.split()) & _STATE_WORDS:
            # "the state's disaster management department said" in a story on Bihar: that state's department
            self.learned.append((sp.start, f"{self.region} {sp.name}"))
            return self._cue(sentence, sp, f"{self.region} {sp.name}", None)
        town_body = _TOWN_BODY.fullmatch(self.text, sp.start, sp.end) if self.town and not inside and sp.person is None else None
        if town_body is not None and (town_body.group("of") or town_body.group("of2") or self.town) == self.town:
            # "the municipal government in the resort city of Atami said", "the city government said" in a story on
            # Atami: the town's, as analysts name it ("Atami city government")
            kind = "town" if re.match(r"(?:[Tt]he\s+)?town\s", town_body.group(0)) else "city"  # ("the town council": a town's)
            name = f"{self.town} {kind} {town_body.group('body').lower()}"
            self.learned.append((sp.start, name))
            return self._cue(sentence, sp, name, None)
        # (the country's adjective the parse put before it says nothing more: "Chinese provincial government")
        bare = re.sub(r"^[A-Z][\w'’-]+\s+(?=(?:provincial|prefectural|state)\s)", "", sp.name or "")
        if self.region and not inside and bare and sp.person is None and bare.islower() and (
            (words := bare.split())[0] in ("provincial", "prefectural", "state") and len(words) > 1 and words[-1] in ORG_WORDS
            and (words[0] != "state" or self.country in vocab.STATE_COUNTRIES)  # (China's "state" ministry is the nation's)
            and not set(words[1:]) & _STATE_WORDS and not _STATE_MEDIA.search(bare)  # (not "Iranian state television")
        ) and not self._other_region_near(sp.start):
            # "according to the provincial civil affairs bureau" in a story on Hebei: Hebei's bureau, as analysts name it
            # (its government and its authorities keep the word, by the province's bare name: "Henan provincial government",
            # "Helmand provincial authorities")
            keeps = words[-1] in ("government", "authorities")
            name = f"{without_kind(self.region) if keeps else self.region} {' '.join(words if keeps else words[1:])}"
            self.learned.append((sp.start, name))
            return self._cue(sentence, sp, name, None)
        capitalised = _STATE_BODY.fullmatch(self.text, sp.start, sp.end)
        if sp.person and sp.name and (titled := _STATE_BODY.fullmatch(sp.name[:1].lower() + sp.name[1:])) and " " in titled.group("body") and (
            not set(titled.group("body").split()) & _NATIONAL_STATE_WORDS
        ):  # (not "State Security Service", a nation's)
            # "State Health and Environment Committee chairman R.Vidyananthan said": the body a person speaks for,
            # its "State" capitalised as part of the title (but never the bare "State Department", a nation's)
            capitalised = titled
        if self.region and not inside and capitalised and self.country in vocab.STATE_COUNTRIES and (
            capitalised.group("body").split()[-1].lower() in ORG_WORDS and not self._other_region_near(sp.start)
        ):
            # "the state Health Department reported" in a story on Louisiana: Louisiana's, as analysts name it (an agency
            # keeps the word: "Kano State Emergency Management Agency")
            agency_named = sp.person and capitalised.group("body").split()[-1] in ("Agency", "Service")
            name = f"{self.region} {'State ' if agency_named else ''}{capitalised.group('body')}"
            self.learned.append((sp.start, name))
            return self._cue(sentence, sp, name, sp.person)
        local = _LOCAL_GOVERNMENT.search(self.text, sp.start, sp.end) if self.region and not inside and sp.name is None and (
            not self._other_region_near(sp.start)) else None
        if local is not None:
            # "the information office of the provincial government told a press briefing" in a story on Henan: that
            # province's government ("said the office" then finds it again)
            government = f"{self.region} {local.group(1).lower()} government"
            self.learned.append((sp.start, government))
            return self._cue(sentence, sp, government, None)
        if not inside and self.gazetteer is not None:
            # "Observatory director Rami Abdel Rahman": a capitalised word that is an agency's alias.
            for w in re.findall(r"[A-Z][\w'’-]+", self.text[sp.start : sp.end]):
                e = self.gazetteer.agency(w, fuzzy=False) or self.gazetteer.agency("the " + w, fuzzy=False)
                if e is not None and e.kind not in MEDIA_KINDS:
                    return self._cue(sentence, sp, e.name, sp.person or (rule.person if rule is not None else None))
        if sp.head == "it" and rule is not None and rule.person and rule.agency is None and rule.start < sp.start and (
            _SAID_IT.fullmatch(self.text, rule.start + len(rule.person), sp.start)
        ) and self.text.startswith(rule.person, rule.start) and _organisation_like(rule.person):
            # "Radio Liberty said it confirmed 30 deaths": what "it" stands for is an organisation, not a person
            return self._cue(sentence, sp, rule.person, None)
        # "It said ...": an organisation's pronoun, never the person the rules last saw speak
        person = sp.person or (rule.person if rule is not None and sp.head not in _THING_PRONOUNS else None)
        if person and not sp.person and _PLACE_KIND_END.search(person):
            person = None  # '..., he stated' after "... in the Ibaji Local Government Area": a place is no one who spoke
        state = self.gazetteer.place(person, fuzzy=False) if person and self.gazetteer is not None else None
        if state is not None and state.kind == "country" and not inside:
            # "Mozambique reported 20 deaths": a country that reports speaks through its authorities
            return self._cue(sentence, sp, f"{state.name} authorities", None)
        if not inside and person is not None:
            # "Rami Abdel Rahman of the Syrian Observatory", "Ahmed, from the health ministry"
            after = [m for m in self.agencies if sp.end <= m.start <= sp.end + 24 and _OF_AGENCY.match(self.text, sp.end, m.start)]
            if after:
                return self._cue(sentence, sp, after[0].entity.name, person)
        if person is None and sp.name and (" " not in sp.name and (sp.name in self.persons or sp.name in self.first_names)
                                           or sp.name in self.full_names):
            # a surname alone: "Yaxley said" (or a first name: "according to Sutopo"); or the full name again: "Shiv Das
            # Meena said" after "Tamil Nadu’s Chief Secretary Shiv Das Meena"
            person = sp.name
        named = person or sp.name
        if not inside and named and surname(named) in self.mayors:
            town = self.mayor_of.get(surname(named)) or self.town
            return self._cue(sentence, sp, f"{town} mayor" if town else None, named)
        if sp.whole and sp.name:
            agency = sp.name  # ("Victoria state police spokeswoman Wendy Willingham": not the country's police the tables see)
        elif inside:
            agency = inside[0].entity.name
        elif person is not None:
            agency = self.agency_of(person, sp.end)
            if sp.person is None and sp.head in ("he", "she") and (last := self.text.rfind(person, 0, sp.start)) >= 0 and (
                newer := self.last_person(sp.start, since=last)
            ):
                # "Betty Ah Soon, a spokeswoman for the Emergency Operations Center, said 31 ... She said 17": the
                # pronoun is the person who spoke since the one the rules saw named before it (not "Police said")
                return self._cue(sentence, sp, newer, None)
            if agency is None and sp.anaphor and sp.head not in PRONOUNS and _has_anaphor_word(sp):
                agency = self._last_before(sp.start)
            if agency is None and " " in person and (sp.name is None or sp.name == person) and self.role_spoke and (
                self.role_spoke[0] == sentence - 1 and self.role_spoke[2] < 600  # the lead, then its second sentence
                and set(sp.phrase_words) <= {w.lower() for w in person.split()}  # not "Witness John Smith"
                and not self.text[sp.end : sp.end + 1] == ","  # not "Anil Kumar, a farmer, said": who they are is said
            ):
                # "..., Belgium's health minister says. Maggie de Block said that ...": the name the next sentence
                # gives the title (as news leads do)
                agency = self.role_spoke[1]
            if agency is None and sp.name and not sp.anaphor:
                agency = self._known(sp.name)  # the parse's organisation, with the person the rules found
            if agency is None and " " not in person and sp.phrase_words & _PAPER_WORDS:
                return self._cue(sentence, sp, person, None)  # "according to mass-circulation Bild": a paper, not a person
            service = _service_named(sp) if agency is None else None
            if agency is None and self.country:
                # "military spokesman Restituto Padilla", "police chief X": the country's institution.
                noun = next((w for w in ("military", "army", "police", "prosecutor") if w in sp.phrase_words), None) or service
                agency = _of_country(self.country, _PLURAL.get(noun, noun))
                if noun == "police" and self.region and self.country in vocab.STATE_POLICE and not self._other_region_near(sp.start):
                    agency = f"{without_kind(self.region)} police"  # "Director General of Police Anil Shukla" on Mizoram
            if agency is None and service is not None:
                agency = service  # "the fire brigade spokesperson Vasilis Vathrakogiannis" in a story whose country is not known
            if agency is None and sp.person:
                # "Regional Chairman Deron Adams told INews", "Police Surgeon Dr Summaiya Syed said": a title with no body
                # the text names speaks as that office, not as the person's name
                agency = _title_before(self.text, sp.start, sp.person)
            if agency is None and sp.person and self.town and {"city", "official"} <= sp.phrase_words:
                agency = "city official"  # "city official Takashi Otsuka said": the official of the story's city (_cue)
        elif sp.anaphor and sp.indefinite and sp.head in _REPORT_NOUNS:
            agency = self._named_next(sp)
        elif sp.anaphor:
            agency = (
                self._same_noun_before(sp) or (self.person_before(sp.start) if sp.head in ("he", "she") else None)
                or (self._issued_before(sp) if sp.head in _DOCUMENT_NOUNS else None)
                or (self.last_speaker(sp.start) if sp.head in _REPORT_NOUNS | {"he", "she"} else None)
                or self._last_before(sp.start, sp.head) or self._national(sp)
            )
            ministry = _KIND_MINISTRY.search(self.text, max(0, sp.start - 16), sp.end)
            if ministry and (agency is None or ministry.group(1).lower() not in agency.lower()):
                # "the interior ministry statement" after the health ministry spoke: another ministry
                agency = self._national(sp) or agency
            service = _service_named(sp)
            if service is not None and not sp.phrase_words & _LOCAL_LEVELS and (agency is None or (
                not set(service.split()) & set(agency.lower().split()) and self.gazetteer is not None
                and self.gazetteer.agency(agency, fuzzy=False) is None and not agency.isupper()
            )):
                # "the civil defence office said" after "local police have reported": the service the words name (the
                # country's), not the last body named (but a body the tables know may be that service by its initials,
                # "CONRED", and "the state civil protection agency" is a state's, not the country's)
                agency = _of_country(self.country, service) or service
                self.learned.append((sp.start, agency))  # (the one "the office said" then points back to)
            if agency and sp.head in _NAMED_BY_NOUN:
                # "according to the country's interior ministry ... The ministry said": the ministry resolved is
                # the one "the ministry" points back to next
                self.learned.append((sp.start, agency))
        elif sp.indefinite and sp.head in ANAPHOR_NOUNS and sp.head not in _MESSENGERS and (named := self._named_kind(sp)) is not None:
            agency = named  # "a monitor said" in the lead, the Observatory named elsewhere in the story
        else:
            agency = (
                (self._force_before(sp) if sp.head in vocab.FORCE_MEMBERS else None) or self._hospital_named(sp)
                or self._same_body_before(sp) or self._known(sp.name)
            )
            if agency in _PLACE_ROLES and self.town:
                agency = f"{self.town} {agency}"  # "the mayor said": the mayor of the town the story is about
            if agency:
                self.learned.append((sp.start, agency))
        if agency and self.gazetteer is not None and self.gazetteer.agency(agency, fuzzy=False) is None and (
            (where := self.gazetteer.place(agency, fuzzy=False)) is not None and where.kind != "country"
            and (kind := re.search(r"\s+(?:province|state|region|district|county|governorate)$", agency.lower())) is not None
            and agency.lower()[: kind.start()] == where.name.lower()
        ):  # (a province by its kind word; a capital that speaks, "Kyiv said", speaks for its government)
            agency = None  # "Koshi Province has reported 17 deaths": where the deaths are, not who counted them
        if agency is None and person is None:
            return None
        if person is None and agency and sp.head in _ROLES:
            self.role_spoke = (sentence, agency, sp.start)
        return self._cue(sentence, sp, agency, person)

    def _a_persons_name(self, given: str) -> bool:
        """Are the capitalised words before a surname a person's given names: none a title, an article, a people, a place
        or a body's word ("Pius Masai" Mwachi; not "The" Vale, "Ethiopian Airlines" Boeing)?"""
        words = given.split()
        return bool(_given_words(words)) and not any(
            w.lower() in vocab.SENTENCE_OPENERS or w.lower() in _NO_GIVEN_NAME or w.lower() in vocab.DEMONYMS
            or (self.gazetteer is not None and self.gazetteer.place(w, fuzzy=False) is not None) for w in words)

    def agency_of(self, person: str, end: int | None = None) -> str | None:
        """The agency a person the article named before speaks for, by their surname; or by a first name alone, where
        the name (ending at `end`) is not described as someone else ("According to Mohamed, a local chief in Wajir",
        "Local activist Rami said")."""
        given = _given_names(person)
        if given and person not in self.in_full and any(
            surname(n) == surname(person) and (other := _given_names(n)) and not given & other for n in self.in_full
        ):
            return None  # (another person of that surname: "Salim Riaz Khan, a senior police officer" is not "Prime
            # Minister Imran Khan"; "Chief Insp Thomassen" is Soren Thomassen, "Dr Saeed Mirwani" Saeed Mirwani)
        return self.persons.get(surname(person)) or (
            self.first_names.get(person) if " " not in person and end is not None and not described_after(self.text, end)
            and not _SOMEONE_BEFORE.search(self.text, max(0, end - len(person) - 30), end - len(person)) else None)

    def last_person(self, pos: int, since: int = -1) -> str | None:
        """"Jane Doe, a spokeswoman for Oxfam, said ... Police said ... She said": the organisation of the person who
        spoke last before pos (and after `since`)."""
        spoke = [(p, a) for p, a in self.people_spoke if since < p <= pos]
        return max(spoke)[1] if spoke else None

    def person_before(self, pos: int) -> str | None:
        """"A resident from the camp told AFP that ... 'The two men were killed,' he said": the one the sentence or two
        before names as speaking, by what they are (a resident, a witness), when no person the rules know spoke since;
        else the organisation of the person who spoke last (last_person)."""
        ends = [m.end() for m in _SENTENCE_END.finditer(self.text, max(0, pos - 600), pos)]
        since = ends[-3] if len(ends) >= 3 else max(0, pos - 600)  # (this sentence and the two before it)
        one = None
        for m in _ONE_OF_THEM_SPOKE.finditer(self.text, since, pos):
            one = m
        if one is not None and not any(one.start() < p <= pos for p, _ in self.people_spoke) and not any(
            # (nor anyone the rules or the parse saw speak since: "The county commissioner said 12 people were killed")
            one.end() < c.verb_start < pos and not HE_SHE.fullmatch(self.text, c.start, c.verb_start) for c in self.cues
        ) and not any(one.end() < p < pos for p, _ in self.resolved):
            return _PLURAL.get(one.group("who").lower(), one.group("who").lower())
        return self.last_person(pos)

    def last_speaker(self, pos: int) -> str | None:
        """"SNHR said in a report that ISIS ... According to the report": whoever spoke last before pos,
        not the last organisation named (there, the perpetrator)."""
        spoke = [(c.verb_end, c.agency) for c in self.cues if c.agency and not c.conflict_only and c.verb_end <= pos]
        spoke += [(p, a) for p, a in self.resolved if p <= pos]  # and the speakers the parse found
        return max(spoke)[1] if spoke else None

    def _named_next(self, sp: Speaker) -> str | None:
        """"an official statement said on Saturday. According to the interior ministry statement, ...": the
        same kind of document named with its source within the next sentence or so."""
        after = re.search(rf"\b[Tt]he\s+((?:[A-Za-z-]+\s+){{1,3}}?){sp.head}\b", self.text[sp.end : sp.end + 300])
        if after is None:
            return None
        phrase = after.group(1).strip()
        known = [m for m in self.agencies if sp.end + after.start(1) <= m.start < sp.end + after.end(1)]
        if known:
            return known[0].entity.name
        name = _of_country(self.country, phrase) if _NATIONAL & set(phrase.lower().split()) and phrase.islower() else None
        return self._known(name) if name else None

    def _force_before(self, sp: Speaker) -> str | None:
        """"The Metropolitan Police say ... Officers said ...": bare "officers" or "police" are the police force
        the article named before, not a source of their own."""
        if not sp.name or not sp.phrase_words <= vocab.FORCE_MEMBERS | {"the"}:
            return None  # (a force's own name, "Kenya Police", is no bare noun; the country's name for one is: "Indian police")
        named = [(p, a) for p, a in self.resolved if p <= sp.start and "police" in a.lower()]
        named += [(m.start, m.entity.name) for m in self.agencies if m.end <= sp.start and "police" in m.entity.name.lower()]
        # (and a force no table knows that spoke before: "Uttarakhand Police said ... police said")
        named += [(c.verb_end, c.agency) for c in self.cues if c.agency and c.verb_end <= sp.start and "police" in c.agency.lower()]
        return max(named)[1] if named else None

    def _hospital_named(self, sp: Speaker) -> str | None:
        """"... were rushed to the Pirogov emergency hospital in Sofia, hospital staff said": the hospital the
        sentence names speaks through its staff."""
        if not sp.name or not sp.name.startswith("hospital "):
            return None
        start = max(self.text.rfind(". ", 0, sp.start), self.text.rfind("\n", 0, sp.start), 0)
        named = list(_NAMED_HOSPITAL.finditer(self.text, start, sp.start))
        return f"{named[-1].group(1)} hospital" if named else None

    def _same_body_before(self, sp: Speaker) -> str | None:
        """"an inter-agency assessment mission ... The assessment team reported": a body described again with the
        definite article is the one named before with the same description (a word of it besides the body's kind)."""
        if sp.indefinite or sp.head not in _BODY_NOUNS or not sp.name or "the" not in sp.phrase_words:
            return None
        words = set(sp.name.lower().split()) - _BODY_NOUNS
        # (every word of the description: "the national rescue team" is not "the local rescue team")
        before = [(p, a) for p, a in self.resolved if p <= sp.start and a.split()[-1].lower() in _BODY_NOUNS
                  and words <= set(a.lower().split())]
        return max(before)[1] if words and before else None

    def _same_noun_before(self, sp: Speaker) -> str | None:
        """"security sources said ... the sources said": the sources described before, not the last
        organisation the text named (often the group the figure counts)."""
        if sp.head not in _UNNAMED_SPEAKERS:
            return None
        found = None
        for m in re.finditer(r"\b([a-z][a-z-]+)\s+" + sp.head + r"\b", self.text[: sp.start]):
            if m.group(1) not in _NOT_DESCRIPTIONS:
                found = f"{m.group(1)} {sp.head}"
        return found

    def _issued_before(self, sp: Speaker) -> str | None:
        """"a statement issued by the public prosecutor ... according to the statement": whose document it is, as the
        text said when it last named one with its issuer (not the last organisation named since, often the group the
        figure counts); None where another document of that kind is issued since ("the Islamic State group said in a
        statement that ...": which statement is meant, the parse's speaker says)."""
        issued = None
        for m in _ISSUED_BY.finditer(self.text, 0, sp.start):
            if m.group("doc").rstrip("s") == sp.head.rstrip("s"):
                issued = m
        if issued is None or re.search(rf"\b(?:in|issued|released)\s+(?:a|an|another)\s+(?:\w+\s+)?{re.escape(sp.head.rstrip('s'))}s?\b",
                                       self.text[issued.end() : sp.start], re.I):
            return None  # (not "The prosecutor’s Saturday statement added", the same one named again)
        who = issued.group("who")
        start = issued.start("who")
        known = next((a.entity.name for a in self.agencies if start <= a.start < start + len(who)), None)
        if known is not None:
            return known
        phrase = re.sub(r"^(?:the|its|their)\s+", "", who.strip(), flags=re.I)
        if phrase.split()[0] in vocab.DEMONYMS_OF or phrase.split()[0].lower() in vocab.COUNTRY_OF_DEMONYM:
            return phrase  # "issued by the Armenian Defence Ministry" in a story on Azerbaijan: Armenia's
        if phrase.split()[-1].lower() in _NATIONAL and len(phrase.split()) <= 3:
            # "issued by the public prosecutor", "issued by the Health Ministry": the country's, named as the parse
            # names it when that body speaks ("Egyptian health ministry")
            return _of_country(self.country, phrase.lower()) or phrase
        return phrase if phrase[:1].isupper() and phrase.split()[-1].lower() in ORG_WORDS else None

    def _national(self, sp: Speaker) -> str | None:
        """"According to the home ministry" with no ministry named before: the article's country's."""
        if sp.head not in _NATIONAL or not self.country:
            return None
        # ("according to the country's interior ministry": the article's country's, said another way)
        phrase = re.sub(r"^(?:the|its|their)\s+(?:(?:country|nation)['’]s\s+)?", "", self.text[sp.start : sp.end].strip(), flags=re.I)
        if len(phrase.split()) > 3:
            return None
        kind = _KIND_BEFORE.search(self.text, max(0, sp.start - 16), sp.start)
        if kind and " " not in phrase:
            phrase = f"{kind.group(1)} {phrase}"  # "the interior ministry statement": the parse split the name
        if " " not in phrase or not phrase.islower():
            return None  # "the ministry" alone says too little; "the Health Ministry of X" names itself
        return _of_country(self.country, phrase)

    def _known(self, name: str | None) -> str | None:
        """A name built from the parse, as the agency table spells it when the table knows it
        ("Gaza health ministry" from "the MoH in Gaza" is the Gaza Health Ministry)."""
        if name and self.gazetteer is not None:
            e = self.gazetteer.agency(name, fuzzy=False)
            if e is not None:
                return e.name
        return name

    def titled_person(self, start: int, end: int) -> str | None:
        """"..., Naivasha police commander Stephen Kirui confirmed": the office of a place the words right before a
        named person give, when the parse found no speaker to read it from."""
        lo = max(self.text.rfind(",", max(0, start - 80), start), self.text.rfind(". ", max(0, start - 80), start), start - 81) + 1
        while lo < start and self.text[lo].isspace():
            lo += 1
        return self._office(Speaker(lo, end, "", None, None, False, frozenset())) if lo < start else None

    def state_force(self, name: str, at: int | None = None) -> str | None:
        """"State Police" in a story on a state of a federal country: that state's force, as analysts name it
        ("New Jersey State Police"), not the nation's police; not where the sentence up to `at` names another state
        ("In New York, 10 people died, State Police said")."""
        if not self.region or self.country not in vocab.STATE_COUNTRIES or not _STATE_POLICE.match(name) or (
            at is not None and self._other_region_near(at)
        ):
            return None
        return f"{without_kind(self.region)} State Police"

    def _office(self, sp: Speaker) -> str | None:
        """"Tamil Nadu’s Chief Secretary Shiv Das Meena confirmed 10 deaths": a place's office speaks, named as
        analysts name it ("Tamil Nadu chief secretary", "Kerr County sheriff", "Bokkos LGA chairman"); None when
        the speaker names no office of a place (nor one of an organisation the tables know)."""
        if self.gazetteer is None:
            return None
        # ("Port-a-Piment village Mayor ...": a hyphenated name the parse cut at its hyphens is one word)
        cut = _CUT_AT_HYPHEN.search(self.text, max(0, sp.start - 60), sp.start)
        span = self.text[cut.start() if cut else sp.start : sp.end]
        if (district := _DISTRICT_TITLE.match(span)) is not None and (where := district.group("of") or self.town or self.island) and (
            not district.group("deputy") or self.country in vocab.DEPUTY_COMMISSIONERS
            # (or, in a story that names no country, a place the text calls a district: not "the Bronx")
            or (self.country is None and re.search(rf"\b{re.escape(where)}\s+[Dd]istrict\b", self.text) is not None)
        ):
            # "District Collector Dr Ilayaraja T told reporters": the collector of the district named, else of the town
            # (or the district) the story is in, not of its state
            title = "deputy commissioner" if district.group("deputy") else f"district {district.group('title').lower()}"
            return f"{where} {title}"
        if (state := self.state_force(span, sp.start)) is not None:
            return state  # "According to State Police Lt. Stephen Jones" in a story on New Jersey
        m = _PLACE_OFFICE.match(span) or _OFFICE_OF_PLACE.match(span) or _OFFICE_NAMED_OF_PLACE.match(span)
        local = _LOCAL_POLICE_TITLE.match(span) if m is None else None
        if local is not None and not set(local.group("place").split()) & _NOT_POLICE_PLACES and self.gazetteer.agency(local.group("place"), fuzzy=False) is None and not (
            (where := self.gazetteer.place_named(local.group("place"))) is not None and where.kind == "country"
        ) and local.group("place").lower() not in vocab.COUNTRY_OF_DEMONYM:
            # "Naivasha police commander Stephen Kirui": the commander of a town's police (not "Kenya police
            # commander", nor "Kenyan police chief": a nation's force)
            return f"{local.group('place')} police {local.group('title').lower()}"
        fire = _FIRE_CHIEF.match(span) if m is None else None
        if fire is not None and (
            self.gazetteer.place_named(fire.group("place")) is not None or fire.group("place") == self.town or self._written_as_place(fire.group("place"))
        ):
            # "Perryton Fire Chief Paul Dutcher said": the town's fire department ("Los Angeles County Fire Chief": the county's)
            return f"{fire.group('place')} {'County ' if fire.group('county') else ''}Fire Department"
        if m is None and _SHERIFF.match(span):
            # "According to Sheriff Quentin Miller, 72 deaths have been confirmed so far in hard-hit Buncombe County": the
            # sheriff of the county the count is in (not "crews from neighbouring Dickson County")
            end = self.text.find(". ", sp.end)
            county = _COUNTY.search(self.text, sp.end, end if end > 0 else len(self.text))
            return f"{county.group('county')} sheriff" if county else None
        if m is None:
            member = _PORTFOLIO_OFFICE.match(span)
            if member and _PLACE_KIND_END.search(" " + member.group("place")) and self.gazetteer.agency(member.group("place"), fuzzy=False) is None:
                return f"{member.group('place')} government"  # (as analysts name it: "Kogi State government")
            return None
        place, title = m.group("place"), m.group("title")
        first, _, rest = title.partition(" ")
        if rest and first[:1].isupper() and _PLACE_KIND_END.search(" " + first) and not m.groupdict().get("owned"):
            place, title = f"{place} {first}", rest  # "Kerr County Sheriff": the county's sheriff
        # (a title in lower case only after a place the tables know, or a region's named like one: "Yesterday county
        # commissioner" is no county's)
        lower = title[:1].islower()
        if self.gazetteer.agency(place, fuzzy=False) is not None or not (
            (not lower and (_PLACE_KIND_END.search(place) or self._written_as_place(place)))
            or self.gazetteer.place_named(place) is not None
            or re.search(rf"[A-Z][\w-]*\s{_KIND_BEFORE_OFFICE}$", place) is not None  # ("Qeshm island governor")
            or ((first.lower() in _LEVEL_TITLES or (title.lower() in _TOWN_TITLES and not _NAME_GOES_ON_BEFORE.search(self.text, max(0, sp.start - 16), sp.start)))
                and _NAMED_LIKE_A_PLACE.fullmatch(place) is not None and not set(place.lower().split()) & (ORG_WORDS | _NOT_A_PLACE_FIRST))
            # ("Rift Valley regional commissioner": a region's, whatever the tables know; not "Yesterday county
            # commissioner", "SEMA state secretary", "Emergency Management Agency state secretary")
        ):
            return None  # ("the UN Secretary", "Red Cross Secretary General": an organisation's, not a place's)
        if title.lower().endswith("minister") and ((where := self.gazetteer.place_named(place)) is None or where.kind == "country"):
            return None  # (a minister of a state, "Rajasthan Home Minister"; a country's speak for its ministries: below)
        for wrong, right in vocab.OFFICES["misspelt"].items():
            title = title.replace(wrong, right)
        return f"{place} {title.lower()}"  # (as the rules name a place's governor: "Texas governor")

    def _written_as_place(self, name: str) -> bool:
        """Does the article write a name no table knows as a place's: "Balochistan’s Mastung district", "in Mastung," (not an
        organisation's name, nor a name going on: "at Edhi Foundation centres", "in Tazreen Fashions factory")?"""
        if set(name.lower().split()) & (ORG_WORDS | SOURCE_NOUNS):
            return False
        return re.search(rf"\b(?:in|near|at)\s+{re.escape(name)}\b(?![\w'’-])(?!\s+(?:[A-Z]|{_BUILDINGS}))"
                         # ("Rodriguez, San Mateo, and Taytay towns in Rizal": the kind in the plural after a list)
                         rf"|\b{re.escape(name)}\s+(?:{_PLACE_KINDS_WRITTEN}|towns|villages|cities|districts|municipalities)\b", self.text) is not None

    def _another_town_in_sentence(self, pos: int) -> bool:
        """Does the sentence around pos put something in a place other than the story's town, or in "the capital" ("500
        people fled in Tokyo, city officials in the capital said")?"""
        stop = min((i for i in (self.text.find(". ", pos), self.text.find("\n", pos)) if i >= 0), default=len(self.text))
        sentence = self.text[self._sentence_start(pos) : stop]
        own = (self.town or "").split()[0]
        return "capital" in sentence or any(m.group(1) != own for m in _PLACED_IN.finditer(sentence))

    def _cue(self, sentence: int, sp: Speaker, agency: str | None, person: str | None):
        from .attribution import Cue

        short = _ACRONYM_AFTER.match(self.text, sp.end) if agency and agency == sp.name else None
        if short and (self.gazetteer is None or self.gazetteer.agency(agency, fuzzy=False) is None):
            # "the Assam State Disaster Management Authority (ASDMA)": an organisation no table knows goes
            # by the short name the text gives it, as analysts write it
            agency = short.group(1)

        if agency in ("city official", "city officials") and self.town and not self._another_town_in_sentence(sp.start):
            # ("said Takashi Otsuka, a city official" in a story on Kashiwazaki: that city's, as analysts name the source)
            agency = f"{self.town} {agency}"
        if person and agency:
            self._remember(person, agency, replace=True)  # ("Sutopo Purwo Nugroho said ... According to Sutopo")
            self.full_names.add(person)
        if agency:
            self.resolved.append((sp.end, agency))
            if person or sp.head in _ROLES | _PLACE_ROLES | {"official"} or _NAMED_BEFORE.search(self.text, max(0, sp.start - 80), sp.start) or (
                sp.indefinite and sp.head in _PLURAL
            ):
                # ("Betty Ah Soon, a spokeswoman for the ...", "Congo's health minister said", "A resident from the camp told
                # AFP": a person spoke, whom "he" is)
                self.people_spoke.append((sp.end, agency))
        # the name built from the text where the tables spell the agency otherwise ("Pakistan government")
        named = (agency, sp.name) if agency and sp.name and person is None and another_wording(sp.name, agency) else None
        return Cue(sp.start, sp.start, sp.end, sentence, False, agency, person, named=named)

    def _named_kind(self, sp: Speaker) -> str | None:
        """The known organisation of the kind an indefinite 'a monitor' / 'a rights group' stands for,
        nearest to it in the article."""
        from .attribution import _ANAPHOR_KINDS

        kinds = _ANAPHOR_KINDS.get(sp.head) or {"ngo", "monitor"}
        # "a monitoring group" is a monitor, "an aid group" a charity, whatever else the text names.
        said = set().union(*(_MODIFIER_KINDS.get(w, set()) for w in sp.phrase_words))
        kinds = kinds & said if said else kinds
        fits = [m for m in self.agencies if m.entity.kind in kinds]
        if not fits:
            return None
        return min(fits, key=lambda m: abs(m.start - sp.start)).entity.name


_NAMED_HOSPITAL = re.compile(r"\b((?:[A-Z][\w'’.-]+[ \t]+){0,2}[A-Z][\w'’.-]+)[ \t]+(?:[a-z]+[ \t]+)?[Hh]ospital\b")
# (A name never runs over a line break: "... displaced: Minister\n\nLebanon News" names no minister.)
# ("Khalid bin Abdul-Aziz al-Falih": up to four words, a part joined by a hyphen may start in capitals)
_NAME_PART = r"[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?(?:-[A-Z]?[a-z'’]+)*"  # ("McDaniel", "DeSantis": a capital inside)
_NAME = rf"(?P<name>{_NAME_PART}(?:[ \t]+(?:al-|el-|bin[ \t]+|ibn[ \t]+|de[ \t]+|van[ \t]+)?{_NAME_PART}){{1,3}})"
_NAMED_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+){0,3}?" + _NAME + r"\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
# A cue that is only "he" or "she" (the quotation's closing mark may open it: '..., " he said')
HE_SHE = re.compile(r"[\"”’,]?\s*(?:he|she|He|She)\s*")
# "A resident from the camp told AFP that", "an eyewitness said": one person who spoke, named by what they are
_ONE_OF_THEM_SPOKE = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+)?(?P<who>" + "|".join(_ONE_OF_MANY) + r")\b[^.;\n]{0,40}?\s(?:told|said|says|tells)\b")
_NAMED_BEFORE = re.compile(_NAME + r",\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,3}?(?:for|of|at|with)\s+(?:the\s+)?$")
# (the article may be left out, and the name go on with "of the": "said Lord Byron Torrecarion, Office of the Civil
# Defense director in Eastern Visayas")
_NAME_THEN_BODY_ROLE = re.compile(_NAME + r",[ \t]+(?:(?:the|an?)[ \t]+)?(?P<body>[A-Z][\w'’-]*[ \t]+(?:(?:(?:of|for|on)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*[ \t]+){0,5})(?:chief[ \t]+)?"
                                  r"(?:spokes(?:man|woman|person)|director|head|official|coordinator|representative)\b")
_NAMED_BEFORE_ROLE = re.compile(_NAME + r",[ \t]+(?:the[ \t]+)?$")
_ROLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:chief\s+)?(?:spokes(?:man|woman|person)|director|head|chief|official|coordinator|representative)\b")
# A capitalised word that opens a sentence and never a body's name ("But Fire Department spokesman Michael Hunt",
# "Meanwhile Police Service spokesman")
_NOT_A_NAMES_FIRST = (r"(?!(?:The|A|An|Its|Their|But|And|Or|So|Yet|Then|Now|Still|Also|Meanwhile|However|Later|Earlier|Separately"
                      r"|When|While|After|Before|On|In|At|By|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# "Alaska Department of Public Safety spokesman Austin McDaniel": a body no table knows, by its capitalised name, and
# the person who speaks for it
_BODY_SPOKESPERSON = re.compile(
    r"\b(?P<body>" + _NOT_A_NAMES_FIRST
    + r"(?:[A-Z][\w'’&-]*[ \t]+){1,4}(?:Department|Agency|Office|Service|Authority|Administration|Bureau|Directorate"
    r"|Commission|Ministry|Troopers|Patrol)(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,3})?)"
    r"[ \t]+(?:chief[ \t]+)?spokes(?:man|woman|person)[ \t]+" + _NAME
)
# "Sabah Parks director Jamili Nais": a capitalised name of two to four words, then its director's or spokesperson's name
_NAMED_BODY_HEAD = re.compile(
    r"\b(?P<body>" + _NOT_A_NAMES_FIRST
    + r"[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){1,3})[ \t]+(?:director|head|chief|spokes(?:man|woman|person))[ \t]+" + _NAME
)
# "The National Disaster Management Unit Acting Director Pius Masai Mwachi": the same with the title in capitals, the
# body's name ending in a body's word (Unit, Agency, Council ...: _ORG_HEADS), so that no title word is read as the body's
_NAMED_BODY_TITLED = re.compile(
    r"\b(?P<body>" + _NOT_A_NAMES_FIRST + r"[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){1,4}?)[ \t]+"
    r"(?:(?:Acting|Deputy|Regional|Assistant)[ \t]+)?(?:Director|Head|Chief|Spokes(?:man|woman|person))"
    r"(?:[ \t-]+General)?[ \t]+" + _NAME
)
_INSTITUTION_SPEAKER = re.compile(
    rf"\b(?P<noun>military|army|police|government|Military|Army|Police|Government|(?i:{_MINISTRY_KINDS})\s+[Mm]inistry)"
    r"\s+(?:spokes(?:man|woman|person)|chief|commander)\s+"
    r"(?:(?:Brig|Gen|Col|Maj|Lt|Capt|Adm|Sgt|Supt|Insp)\.?\s+)*" + _NAME
)
_TITLE_NAME_OF_PLACE = re.compile(
    r"\b(?P<title>Governor|Gov\.|Mayor)[ \t]+(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){0,2}[A-Z][\w'’-]+)[ \t]+of[ \t]+"
    r"(?P<place>[A-Z][\w'’-]+(?:[ \t]+(?:State|County|Province|City|Region))?)\b")
_GOVERNOR_NAMED = re.compile(r"(?<![’'A-Za-z]s[ \t])\b(?:Gov\.|Governor)[ \t]+(?:[A-Z]\.[ \t]*)*(?:[A-Z][a-z]+[ \t]+)?(?P<sur>[A-Z][a-z'’-]+)\b")
# "said Mohammed Aboud, Zanzibar's state minister for emergencies": a place's minister for a portfolio, by title
MINISTER_OF_PERSON = re.compile(
    r",\s+(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?:[a-z]+\s+){0,2}minister\s+(?P<prep>for|of)\s+"
    r"(?P<what>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}?)(?=\s*[,.;]|\s+(?:said|says|told)\b)")
# "Dr. Opart Karnkawinpong, permanent secretary of public health": a ministry's officer by the field it runs, who speaks
# for that ministry of the story's country
# (a permanent secretary is a ministry's: not "the secretary of health" of a US state, nor "director general of health
# services Sindh", a province's)
_SECRETARY_OF = re.compile(
    _NAME + r",[ \t]+(?:the[ \t]+)?(?i:permanent|principal)[ \t]+(?i:secretary)[ \t]+(?:of|for)[ \t]+"
    rf"(?P<what>(?i:(?:public[ \t]+)?(?:{_MINISTRY_KINDS})))\b(?![ \t]+(?:services|department|[A-Z]))"
)
_OFFICE_THEN_NAME = re.compile(_OFFICE + r"[ \t]+" + _NAME)
# "Perryton Fire Chief Paul Dutcher": the head of a town's fire department
_FIRE_CHIEF = re.compile(r"(?:[Tt]he\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?P<county>County\s+)?Fire\s+(?:Chief|Marshal|Captain|Commissioner)\b")
# A title read whole as a source's name: "Director of Civil Defence", "Head of Office"
_TITLE_OF_BODY = re.compile(
    r"(?:(?:Deputy|Acting|Vice)\s+)?(?:Director|Head|Chief|Commander|Spokes(?:man|woman|person))(?:[\s-]+General)?\s+of\s+(?:the\s+)?(?P<body>.+)", re.I)


def _body_of_title(name: str, country: str | None) -> str:
    """"Director of Civil Defence" (a title read whole as a name): the body the title heads, the country's where it is a
    national one ("Saudi civil defence"); "" for a title that heads no body ("Head of Office"); any other name as it is."""
    titled = _TITLE_OF_BODY.fullmatch(name)
    if titled is None:
        return name
    body = titled.group("body")
    if body.lower() in _NO_BODY:
        return ""  # ("Sarah Lee, Head of Office": a title of its own, no body named)
    return (_of_country(country, body.lower()) if body.split()[-1].lower() in _NATIONAL else None) or body


# What a title's "of" names that is no body: "Mark Johnson, Chief of Staff", "Sarah Lee, Head of Office"
_NO_BODY = frozenset("staff office operations programmes programs communications security mission delegation".split())
# "Helena Maleno, head of Caminando Fronteras,": the body a named person heads or speaks for
# "the governor-general of Hormouzgan province, Abdolreza Sheikholeslami, told": a place's office, then its holder
_OFFICE_OF_PLACE_NAMED = re.compile(
    rf"\b[Tt]he[ \t]+(?P<title>(?i:{_OFFICE_TITLE})(?:-general)?)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
    r"(?:[ \t]+(?:province|state|region|county|district|island))?,[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),[ \t]+"
    r"(?:said|says|told|tells|added)\b")
# "in Tokyo", "In neighbouring Nagaoka": a capitalised name a sentence puts something in
_PLACED_IN = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:(?:neighbou?ring|nearby|the)\s+)?([A-Z][\w'’-]+)")
_HEAD_OF = re.compile(
    # ("Jim Pollard is a spokesman for the Harrison County emergency operations center.": said as a sentence of its own)
    r"(?P<person>[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){1,2})(?:,[ \t]+(?:the[ \t]+)?|[ \t]+(?:is|was)[ \t]+(?:the|a|an)[ \t]+)"
    r"(?i:head|director|chief|president|founder|coordinator"
    r"|executive[ \t]+director|spokes(?:man|woman|person))[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?"  # ("Oleh Kiper, Head of ...")
    r"(?P<whose>country['’]?s[ \t]+)?"  # ("the head of the country's Crisis Management Organization": the story's country's)
    r"(?P<org>[A-Z][\w'’-]+(?:[ \t](?:(?:of|for|and|de|la|del|des|du)[ \t])?[A-Z][\w'’-]+){0,5}"
    # (a body's name that goes on in lower case to its kind: "the Harrison County emergency operations center")
    r"(?:(?:[ \t][a-z]+){0,3}[ \t](?:center|centre|office|department|agency|service|committee|authority|council|unit))?)"
    # (the whole of the body's name: not "head of Operations at the Syrian Arab Red Crescent")
    # (or the line's end: "Source: Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration")
    r"(?=[ \t]*(?:[,.;\n]|$|said\b|says\b|told\b))")
# "Yevgeny Zhuravlyov, press secretary of the local emergencies department": a body named in lower case, a local one
_OF_A_LOCAL_BODY = re.compile(
    _NAME + r",[ \t]+(?:the[ \t]+)?(?:press[ \t]+secretary|spokes(?:man|woman|person)|head|chief|director)[ \t]+(?:of|for|at)[ \t]+"
    r"the[ \t]+(?P<scope>local|regional|provincial|city|district|municipal)[ \t]+(?P<body>(?:[a-z]+[ \t]+){0,2}"
    r"(?:department|directorate|service|office|committee|administration|ministry))\b")
# The capitalised name of one or two words right before a title ("Quezon City Mayor")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]+$")
_MAYOR_NAMED = re.compile(r"(?<![’'A-Za-z]s[ \t])\bMayor[ \t]+(?:[A-Z]\.[ \t]*)*(?:[A-Z][a-z]+[ \t]+)?(?P<sur>[A-Z][a-z'’-]+)\b")
# "National Coordinator for Disaster Reduction (Conred) chief Sergio Cabanas": an organisation by the short name
# the text gives it, and the person who heads or speaks for it ("Cabanas said" later); the titles are words.json's
_SHORT_NAMED_HEAD = re.compile(
    r"\((?P<short>[A-Z][A-Za-z]{1,9})\)\s+(?:" + "|".join(sorted(vocab.PERSON_TITLES | {"president"})) + r")\s+" + _NAME
)
# "Soren Thomassen, head of the Copenhagen police operations unit": a person who heads part of a national force.
_HEADS_INSTITUTION = re.compile(
    _NAME + r",[ \t]+(?:the[ \t]+)?(?:head|chief|commander|director|spokes(?:man|woman|person))[ \t]+(?:of|for|at)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+)?(?P<what>police|army|military)\b"
)
# "Health Minister X", "Interior CS X" (Kenya's cabinet secretaries): a minister, and of what.
# "Minister of Health X", "Secretary of State for the Interior X": of what, after the title.
_MINISTER_SPEAKER = re.compile(
    rf"\b(?:(?P<kind>(?i:{_MINISTRY_KINDS}))[ \t]+)?(?:Prime[ \t]+)?(?:Minister|Cabinet[ \t]+Secretary|CS|(?P<secretary>Secretary[ \t]+of[ \t]+State))[ \t]+"
    rf"(?:(?:of|for)[ \t]+(?:the[ \t]+)?(?:(?P<kind2>(?i:{_MINISTRY_KINDS}|internal[ \t]+affairs))|[A-Z][a-z]+)[ \t]+)?" + _NAME)
# "the Vice Minister of Civil Defense, Juan Carlos Calvimontes,": a title naming its ministry, the name in apposition
_MINISTER_OF_SPEAKER = re.compile(
    r"\b(?P<vice>(?:Vice|Deputy)[ \t-]+)?Minister[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?P<of>[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3}),[ \t]+" + _NAME + r"\b"
)
_WHOSE_MINISTER = re.compile(r"(?:['’]s|\bPrime)\s+$")
# The capitalised word or two right before a title: whose institution it is ("Russian", "Turkey's", "US").
_BEFORE_TITLE = re.compile(r"(?<![\w.’'-])(?P<who>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)?)[ \t]+$")


def _organisation_like(name: str) -> bool:
    """Does a name the rules took for a person's read as an organisation's ("Radio Liberty", "Turkmen News"; not
    "John Smith", "Governor Ahmed Ali")?"""
    words = [w.lower() for w in name.split()]
    return bool(words) and words[0] not in vocab.PERSON_TITLES | _PLACE_ROLES and any(w in _ORG_HEADS | _MEDIA_WORDS for w in words)




def _whose_title(text: str, start: int, gazetteer) -> str | None | bool:
    """The adjective of the country a title before `start` names as its own ("Russian government
    spokesman", "Turkey's Minister of Interior"), False when it names another body's ("US Secretary of
    State", "UN"), None when it names none (the article's country's)."""
    m = _BEFORE_TITLE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    who = re.sub(r"['’]s$", "", m.group("who"))
    country = vocab.country_of_demonym(who)
    for cand in dict.fromkeys((who, who.split()[-1])) if country is None and gazetteer is not None else ():
        e = gazetteer.place(cand, fuzzy=False)  # "Turkey's": a country by its name
        if e is not None and e.kind == "country":
            country = e.name
            break
    if country:
        return vocab.institution_adjective(country) or False
    return False if who.isupper() and len(who) <= 4 else None
_SOURCE_AT = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+)?[Ss]ource\s+(?:at|in|from)\s+(?:the\s+)?(?P<org>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})")
_OF_AGENCY = re.compile(r"[\s,]*(?:a\s+[a-z]+\s+)?(?:of|from|at|with|for)\s+(?:the\s+)?$")


# Who someone is when they are no organisation's speaker: "Mohamed, a local chief", "Local activist Rami"
_SOMEONE_WORDS = ("resident|residents|farmer|chief|villager|witness|survivor|mother|father|teacher|trader|student|elder|pastor"
                  "|imam|nurse|doctor|driver|fisherman|neighbour|neighbor|relative|victim|activist")
_SOMEONE_ELSE_AFTER = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _SOMEONE_WORDS + r")\b")


# A first name after a word that says who they are: "Local activist Rami said" is not Rami Abdel Rahman of SOHR
_SOMEONE_BEFORE = re.compile(r"\b(?:" + _SOMEONE_WORDS + r"|man|woman|boy|girl|named)\s+$", re.I)


def described_after(text: str, end: int) -> bool:
    """Is a name followed by a description of who they are ("Mohamed, a local chief in Wajir")? Then a first name
    is someone of their own, not the speaker named in full before ("Mohamed Ali, Red Cross spokesman")."""
    return _SOMEONE_ELSE_AFTER.match(text, end) is not None


def _service_named(sp: Speaker) -> str | None:
    """The service the speaker's words name ("fire brigade", "civil defence"), if any (_SERVICES)."""
    return next((" ".join(pair) for pair in _SERVICES if set(pair) <= sp.phrase_words), None)


def _has_anaphor_word(sp: Speaker) -> bool:
    return bool(sp.phrase_words & ANAPHOR_NOUNS)
