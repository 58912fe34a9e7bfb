"""Where a figure is: the most specific place its clause names, else the place in focus.

Place names come from the gazetteer's scan (aliases and transliterations
resolve there). Names that only locate something else are set aside: an
origin ("displaced from other parts of Syria") and a reference point ("75 km
southeast of Damascus", "the border with Jordan"). "the city" and "the town"
refer back to the last city named; a clause that names no place takes the
place in focus (the last one named, or the headline's).
"""

from __future__ import annotations

import re
from functools import cached_property
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from itertools import chain

from rapidfuzz.distance import OSA

from store import vocab
from store.gazetteer import Entity, Gazetteer, Mention, base_name, major_city_names, spelled_alike

from . import tokens
from .nlp import RECORDING_VERBS
from .numbers import FATE_AFTER
from .sentences import CREDITED_DATELINE, DATELINE, SHORT_FORMS_BEFORE_NAMES, Sentence

_DEPTH = vocab.PLACE_DEPTH
_CITY_KINDS = {"city", "town"}
# Between a place and the one that holds it, named after it: " of the ", " district in ", ", "
_HELD_IN_GAP = re.compile(r"(?:\s+(?:district|province|region|county|oblast|municipality|area))?\s*(?:,|\bof|\bin)\s+(?:the\s+)?")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
PLACE_KIND_WORDS = vocab.PLACE_KIND_WORDS
# Statuses of people counted where they are now (displaced, sheltering), not where they come from.
# A people named abroad with these statuses are counted where they are ("45,000 Rohingya displaced" in a story
# on Bangladesh; "12 to 15 Italian citizens were hospitalized" after a fire in Switzerland), not at home.
_WHERE_THEY_ARE = frozenset({"displaced", "fled", "remaining", "present", "returned", "killed", "injured", "missing"})
# ... the hurt only when named as people away from home ("Italian citizens"; not "killed two Israelis")
_HURT = frozenset({"killed", "injured", "missing"})
# "the attack at Umpqua Community College in Roseburg", "the shooting at the Pulse nightclub in Orlando": an event at a
# named site, in a town
_AT_A_SITE_IN = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?P<cause>" + "|".join(sorted(vocab.EVENT_NOUNS - vocab.AREA_HAZARDS))
                           + r")\s+(?:at|on)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:[a-z]+\s+)?in\s+$")
# "the tragic landslide that hit ", "Tuesday's attack on ", "the explosion in the town of ": where the story's event
# happened (one spot: not floods, which cover a region)
_SPOT_EVENT_NOUNS = vocab.EVENT_NOUNS - {"flood", "floods", "flooding"}
# ("in the town of ", "near the central city of ", "in the Red Sea resort of ": the kind of place the site is)
_SITE_KINDS = r"town|city|village|district|resort|neighbou?rhood|suburb|settlement|municipality|township|hamlet"
_KIND_OF = r"(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:area|community|" + _SITE_KINDS + r")\s+of\s+)?$"
# (the event's day between: "the collapse yesterday in the central city of Konya")
_EVENT_DAY = r"(?:(?:yesterday|today|overnight|(?:early\s+|late\s+|on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?)\s+)?"
_EVENT_SITE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+){0,2}?(?P<cause>"
    + "|".join(sorted(_SPOT_EVENT_NOUNS | {"tornado", "tornadoes"}))
    + r")\s+(?:(?:(?:that|which)\s+)?(?:hit|struck|ravaged|battered|devastated|buried|swept\s+through|ripped\s+through|tore\s+through"
    r"|engulfed|rocked)\s+|" + _EVENT_DAY + r"(?:in|at|near|on)\s+)" + _KIND_OF
    # "the fire started in a kitchen in a six-storey building in Mangaf city", "The explosion occurred at the Evangelos
    # Florakis Naval Base": where it broke out
    # (or the story's event by a word for any, the place right after its verb: "The disaster happened in the town of Altalil",
    # "It happened Monday near the town of Bavispe")
    + r"|(?:\b(?:[Tt]he|[Tt]his)\s+(?:disaster|tragedy|incident|accident)|\b[Ii]t)\s+(?:happened|occurred|took\s+place)\s+"
    # (a time between: "occurred early Sunday in the village of Quilcas"; not "hours after a protest in")
    r"(?:(?!after|before|following|during|when)[\w,-]+\s+){0,3}?(?:in|at|near)\s+" + _KIND_OF
    # ("the death toll could rise further from the disaster in the town of Jahra", "at the site of the tragedy, in the
    # district of Muzema": the story's event by a word for any, and where)
    + r"|\b(?:[Tt]he|[Tt]his)\s+(?:disaster|tragedy)\s*,?\s+(?:in|at|near)\s+" + _KIND_OF
    + r"|\b(?:[Tt]he|[Aa]n?)\s+(?P<cause2>" + "|".join(sorted(_SPOT_EVENT_NOUNS)) + r")\s+"
    r"(?:started|broke\s+out|erupted|occurred|happened|took\s+place)\s+(?:[\w,-]+\s+){0,8}?(?:in|at)\s+" + _KIND_OF
    # "the tanker overturned at high speed near the village of Sange": what the event did, and where
    + r"|\b(?:overturned|exploded|collapsed|capsized|derailed|caught\s+fire)\s+(?:(?!after|before|following|during|when)[\w,-]+\s+){0,4}?"
    r"(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:" + _SITE_KINDS + r")\s+of\s+)$"
    # "the Russians struck a café in the village of Hroza": an attack on a place where people gather
    r"|\b(?:struck|hit|bombed|attacked|shelled|stormed|targeted)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:café|cafe|restaurant|market"
    r"|school|hospital|mosque|church|wedding|hotel|bar|nightclub|club|shop|store|station|factory|funeral|checkpoint)\s+(?:in|at|near)\s+"
    + _KIND_OF)
_AFTER_SEMICOLON = re.compile(r";\s*$")
# "... has risen to 21 as one of the wounded died ...": a clause of what went on as the count was told (not "as well",
# "as of", "as many as", "as a result")
_AS_CLAUSE = re.compile(r"\s+as\s+(?!well\b|of\b|many\b|much\b|a\s+result\b)")
# "in Dhaka’s Moghbazar": the preposition before a city's possessive and the part of it named (not "at", a building's)
_A_CITYS_PART = re.compile(r"(?:in|inside|near)\s+")
# A building or a site a name goes before ("Ahli hospital", "Tribhuvan airport", "Bakara market"), besides words.json's
# venues (_VENUE_AFTER)
_BUILDING_AFTER = re.compile(
    r"[ \t]+(?i:hospital|clinic|airport|station|market|mosque|church|temple|shrine|school|college|university|prison|jail"
    r"|bridge|port|camp|bazaar|square|park|base|barracks|tower)s?\b")
# A faith's or a community's word, which names people, not a place ("Muslim and Christian village communities")
_FAITHS = r"(?:Christian|Muslim|Hindu|Jewish|Buddhist|Catholic|Protestant|Sunni|Shia|Shiite|Druze|Yazidi)"
# the plural kinds two places share after them ("in Tirunelveli and Thoothukudi districts")
_PLURAL_KINDS = r"(?:districts|departments|provinces|states|regions|counties|municipalities)"
_PLURAL_KIND_AFTER = re.compile(r"\s+" + _PLURAL_KINDS + r"\b")
_FIRST_OF_TWO = re.compile(r"\b(?:in|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+$")
# Words that tell an event of the past: a year it was in, "since 2018", "a similar", "last year" (not "the previous
# evening", the event's own)
_PAST_EVENT = re.compile(r"\b(?:[Ii]n\s+(?:19|20)\d\d\b|since\s+(?:19|20)\d\d\b|[Ss]imilar\b|last\s+(?:year|month)\b|years\s+ago\b)")
# A word after a place's name that makes the name a modifier ("in Elgeyo Marakwet Landslide", "in Michigan high school"),
# not its kind ("in Diyala province") nor a verb ("in Portugal has claimed")
_VERB_OR_KIND = (r"province|district|region|county|state|governorate|oblast|prefecture|department|municipality"
                 r"|has|have|had|was|were|is|are|left|killed|claimed")
_NOT_A_MODIFIER = (_VERB_OR_KIND + r"|this|last|on|in|at|and|after|when|since|over|during|as|by|of|for|with|from|to|near|but"
                   r"|which|where|while|amid|following|before|until|overnight|early|late|yesterday|today")
_MODIFIER_NEXT = re.compile(r"[ \t]+(?!(?:" + _NOT_A_MODIFIER + r")\b)[A-Za-z]")
# A lead that tells of many events, or of days of them ("killed in attacks by gunmen in Nigeria this week"): a total
_MANY_EVENTS = frozenset(w for w in vocab.EVENT_NOUNS if w.endswith("s"))
_OVER_DAYS = re.compile(r"\b(?:this|last|past|over\s+the|in\s+the\s+past)\s+(?:week|weekend|month|days|few\s+days)\b", re.I)
# The kinds of place wider than a town: a country, a province, a region of a country
WIDER_THAN_TOWN = frozenset({"country", "governorate", "area"})
# A mine's name, then the town it is in: "the Severnaya mine in Vorkuta" (the town is the place; a mine named alone, "the
# Crandall Canyon Mine", is the place)
_MINE_IN_AFTER = re.compile(r"[ \t]+(?i:(?:coal|gold|copper|salt)[ \t]+)?(?i:mine|colliery)[ \t]+(?:in|near|outside)[ \t]+(?:the[ \t]+)?[A-Z]")
# A hazard over a region (a forest fire too), whose toll a country named is the country's, not one town's
_WIDE_OR_FOREST = vocab.WIDE_HAZARDS | frozenset({"forest", "forests", "bushfire", "bushfires"})
# Words that tell of an attack, a fire, a crash or its toll
# A caption showing where the event happened: "Emergency personnel work at the site of a deadly fire ... in Hwaseong".
_SITE_SHOWN = re.compile(r"\b(?:site|scene|aftermath)\s+of\b", re.I)
_TELLS_THE_EVENT = re.compile(
    r"\b(?:attack|bomb|blast|explo|fire|blaze|crash|collid|collision|accident|collaps|shoot|shot|gunm|stab|knife|violen|massacre"
    r"|stampede|derail|sank|sink|capsiz|landslide|mudslide"
    r"|stormed|killed|killing|injur|wounded|dead|died|deaths|victims)", re.I)
# Words that tell one event at a site: "a fire tore through a building", "a canopy collapsed", "a landslide buried"
# (narrower than _TELLS_THE_EVENT: no attack, a war's word, and no toll; whole words, "fire" not "firefighters")
_SITE_EVENT = re.compile(
    r"\b(?:fire|blaze|explosion|blast|crash|collaps\w*|shooting|stabbing|stampede|derail\w*|sank|sinking|capsiz\w*|landslide"
    r"|mudslide|wildfire|inferno)\b")
# A part of a city named as one: "the middle-class neighbourhood of El Paraiso", "the Dionisio Torres neighborhood"
# (for the story's site inside the city in focus: _the_part_of_the_city)
# (after "the": not "Ealing, a suburb of London", which names the city; nor "the district of", which may name a city's
# own district or a wider one: "a barrel bomb attack on the district of Al Mashhad" is Aleppo's, as annotators place it)
_A_PART_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:neighbou?rhood|suburb|quarter|barrio|locality)\s+of\s+(?:the\s+)?$", re.I)
_A_PART_AFTER = re.compile(r"[ \t]+(?:neighbou?rhood|suburb|quarter|barrio)\b", re.I)
# ("in Dhakuria, south Kolkata", "Jacarezinho, an impoverished neighborhood in Rio de Janeiro", "Mumbai's Ghatkopar area": a
# part named with the city it lies in; patterns filled with the city's name)
_A_QUARTER_OF = (r",[ \t]+(?:north|south|east|west|central|(?:north|south)[ -]?(?:east|west))(?:ern)?[ \t]+{city}\b"
                 r"|,[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:neighbou?rhood|suburb|district|area)[ \t]+(?:of|in)[ \t]+{city}\b")
_THE_CITYS = r"\b{city}['’]s[ \t]+(?:[\w-]+[ \t]+)?$"
_AREA_AFTER = re.compile(r"[ \t]+(?:area|district|neighbou?rhood|suburb)\b", re.I)
# Hazards that strike a region, whose story is the region's even where it names one town (vocab.SITE_HAZARDS aside)
_REGION_HAZARDS = vocab.WIDE_HAZARDS - vocab.SITE_HAZARDS
# A town the text calls a state's or a province's capital ("Gusau, the state capital"; "the provincial capital, Gusau"),
# a pattern filled with the town's name (for the site a story keeps naming: _the_site_kept_to)
_A_CAPITAL_NAMED = (r"\b{name}\s*,\s*(?:the|its)\s+(?:\w+\s+)?(?:state|provincial|province's|state's|regional|county|district)\s+capital\b"
                    r"|\b(?:state|provincial|regional|county|district)\s+capital\s*(?:,|of\s+\w+(?:\s+\w+)?,)?\s*{name}\b")
# Rain, which sets off the one landslide or collapse a headline may tell
_RAIN_WORDS = frozenset("rain rains rainfall downpour downpours deluge monsoon".split())
# Unrest across a country and weather the hazard words miss, whose toll is the country's however often one town is
# named (for the site a story keeps naming: _the_site_kept_to)
_UNREST_OR_WEATHER = frozenset("violence unrest riots riot clashes protests protesters rain rainfall downpours deluge floodwaters "
                               "avalanche avalanches snow snowfall blizzard".split())
# A war's words, not those of an attack at one spot (a shooting, a bombing), whose toll a local story's town holds
_WAR_NOT_ONE_SPOT = vocab.WAR_WORDS - frozenset("attack attacks attacked bomb bombs bombing bombings shootings raid raids".split())
# A war's words, not those of one attack at a site, which the story of it names ("a gun attack on a university in Pakistan
# ... the campus in Charsadda"): attacks, bombings, raids and shootings in the plural still tell of many
_WAR_NOT_AN_ATTACK = vocab.WAR_WORDS - frozenset("attack attacked".split())
# An age, no year: "a 15-year-old student"
_AGE = re.compile(r"\b[\w-]+-years?-old\b")
# Words of a count over time or over a war, not one event's (narrower than vocab.WAR_WORDS, which holds the attack itself)
_TOTAL_WORDS = frozenset("since year years months war conflict fighting offensive insurgency".split())
# A toll told as what the event in the clause before did: ", killing 40 Indians", ", leaving 12 Britons dead", "; 20
# Indians were killed"
_EVENT_THEN_TOLL = re.compile(
    r"(?:,\s+(?:killing|injuring|wounding|leaving)\s+|;\s+)(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?$", re.I)
_VISITORS = frozenset("citizens nationals tourists visitors pilgrims workers foreigners passengers students".split())
_COMPASS_WORD = re.compile(r"(?:north|south|east|west|central)\w*\s", re.I)
# "near Bucharest", "outside Kabul", "close to the capital": where a site lies outside of
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close\s+to)\s+(?:the\s+)?$")
# The words before a name that place a count there: "in", "across", "in northern"
_PLACING_WORD = re.compile(r"\b(?:in|across|throughout|near|outside)\s+(?:the\s+)?(?:" + _COMPASS_WORD.pattern + r")?$", re.I)

_ORIGIN = re.compile(
    r"(?<!\baway\s)\bfrom\s+(?:(?!(?:in|at|on|near|across|inside)\b)[\w'’-]+\s+){0,4}$"
    # "refugees who have fled Myanmar": the place they left
    r"|\b(?:fled|flee|flees|fleeing|escaped|escaping|left|leaving)\s+(?:the\s+)?$",
    re.I,
)
_POINTS = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
# A place a size is compared with ("nearly the same size as Denmark or Switzerland", "larger than the cities of San
# Francisco and Oakland combined"): no place of anything
_COMPARED = (r"\b(?:size|big|large|small|larger|bigger|smaller)\s+(?:as|of|than)\s+(?:the\s+)?"
             r"(?:(?:cities|city|towns?|states?|countries|country|islands?)\s+of\s+)?"
             # (one word before "or"/"and", or a name of up to three: not "those of 2010 and Sindh province has ...")
             r"(?:[\w'’-]+\s+(?:or|and)\s+|(?:[A-Z][\w'’-]*\s+){1,3}?(?:or|and)\s+)?")
_COMPARED_BEFORE = re.compile(_COMPARED + "$", re.I)
_REFERENCE = re.compile(
    rf"(?:(?<!\bthe\s)\b{_POINTS}\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}"
    # a distance away: "about 1900km northeast of the Australian city of Brisbane", "320 kilometers south of the capital, "
    rf"|(?:(?<=km\s)|(?<=kms\s)|(?<=miles\s)|(?<=kilometres\s)|(?<=kilometers\s)){_POINTS}\s+of\s+(?:the\s+)?(?:[\w'’-]+,?\s+){{0,3}}"
    # (and a place's neighbour: "Ilam, a province which borders Iraq")
    r"|\bborders?\s+with\s+(?:[\w'’-]+\s+){0,3}|\btowards?\s+(?:the\s+)?|\bbordering\s+|\bborders\s+(?!with\b)"
    # the other side of a conflict: "after the bloodiest clashes with Cambodia in a decade"
    r"|\b(?:clash(?:es)?|fighting|war|conflict|hostilities|dispute|tensions?|talks)\s+with\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    # a comparison: "in an area of 47,000 square kilometres, nearly the same size as Denmark or Switzerland"
    r"|" + _COMPARED +
    # a place's past, not where anything is now: "never experienced in the history of Ondo State" (but "the deadliest
    # attack in the history of Zamfara State" is where the attack was)
    r"|\bnever\s+(?:[\w'’-]+\s+){0,3}?in\s+the\s+(?:recent\s+)?history\s+of\s+(?:the\s+)?"
    # where a country lies: "between China to the north and India to the south"
    r"|\b(?:lies|lying|located|situated|sandwiched|wedged)\s+(?:[\w'’-]+,?\s+){0,4}?between\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,5}?and\s+(?:the\s+)?)?)$",
    re.I,
)
# "the city", "the town" (the city in focus), "the country", "nationwide" (the country in focus),
# "the province", "the region" (the province or region in focus).
_BACK = re.compile(
    r"(?P<city>\bthe\s+(?:(?:old|northern|southern|eastern|western|besieged|embattled|whole|entire|same|ravaged"
    r"|battered)\s+)?(?:city|town)\b(?!\s+of\b)|\binside\b(?!\s+(?:the\s+)?[A-Z]|\s+(?:\d|(?:the\s+|their\s+|an?\s+)?"
    r"(?:evacuation|camps?|shelters?|cent(?:er|re)s?|hospitals?|houses?|homes?|buildings?|schools?|tents?)\b)))"
    r"|(?P<country>\bthe\s+(?:whole\s+|entire\s+)?country\b|\bnationwide\b|\bcountrywide\b"
    # "across 10 provinces", "in five regions", "from the 10 worst-hit provinces": more than one province is the country.
    r"|\b(?:across|in|throughout|from)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:" + "|".join(vocab.COUNTRY_PARTS) + r")\b(?!\s*[,:(–-]\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,\s*[A-Z])"  # (not "in four states, Kelantan, Terengganu ...")
    # "the wealthy Gulf emirate", "the Pacific island has seen", "the island nation": the country in focus
    # (its describing words in lower case: "the United Kingdom", "the Hashemite Kingdom" are names)
    r"|\bthe\s+(?:(?-i:[a-z-]+)\s+){0,2}?(?:(?-i:[A-Z][a-z]+)\s+islands?|emirate|kingdom|archipelago|island\s+(?:nation|state|country))\b(?!\s+of\b))"
    r"|(?P<territory>\bthe\s+territory(?:['’]s)?\b)"
    # "another 122 corpses were still lying on the ground in the village", "Refugees at the camp told Reuters": the village
    # or the camp last named
    r"|(?P<village>\b(?:in|at|from|near|around|inside)\s+the\s+(?:same\s+|stricken\s+|whole\s+|entire\s+)?(?-i:village|camp)\b"
    r"(?!\s+of\b)(?![\w-]))"
    r"|(?P<region>\bthe\s+(?:whole\s+|entire\s+)?(?:province|region|state)\b(?!\s+of\b)(?!['’]s?\s+(?:capital|governor)))",
    re.I,
)
tokens.register(
    tokens.PLACE, "the inside nationwide countrywide in at near into across throughout from of outside attack attacks assault assaults raid raids offensive"
    " hit struck ravaged battered devastated stricken flooded ripped tore swept and on", case_insensitive=True
)
_NEWLINES = re.compile(r"\n\s*")
# "in Daraga, Albay": the kinds of a known place a town no table knows is named with, and a list going on past it
_REGION_KINDS = frozenset({"governorate", "district", "region"})
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z]|and\s+[A-Z])")
# "... worst weather in Madeira for 17 years": a name the headline puts something in
_TITLE_PUTS = r"in|on|at|hits?|strikes?|lash(?:es)?"
_TITLE_UNKNOWN = re.compile(rf"\b(?:{_TITLE_PUTS})\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_TITLE_LOCATIVE = re.compile(rf"\b(?:{_TITLE_PUTS}|near|across|inside|from)\s+(?:\w+\s+)?$", re.I)
# "Islamabad: The ...", "June 6, 2016 – Dhaka / Kuala Lumpur: Today, ..."
_COLON_DATELINE = re.compile(
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s*[-–—]\s*)?"
    r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?:\s*/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})*)\s*:(?:\s+|(?<=[A-Z]:))(?=[A-Z])"
)  # (in capitals, with or without a space after the colon: "TURKEY:At least 80 people died")
# A dateline's date, after its places: ", March 7", ", 7 March 2005"
_DATELINE_DATE = re.compile(r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})$")
_INLINE_DATELINE = re.compile(
    r"\b([A-Z]{4,}(?:\s+[A-Z]{3,})?)\s+(?:\(?(?:AFP|AP|Reuters|dpa|Xinhua|UPI|SANA|IANS|ANI)\)?\s+)?(?=[A-Z](?:[a-z]|\s))"
)
# "Budapest, 15 November 2021 – The International Federation ...": a press release's dateline, a place in
# title case and a full date (after the date stamp a page may carry).
_DATED_DATELINE = re.compile(
    r"(?:(?:date\s+)?\d{4}-\d{2}-\d{2}\s+)?([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}),\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+\d{4}\s*[-–—]+\s"
)
# A medium named after what it is ("the public television channel Gabon Première", "the news agency Kuwait
# News Agency"): a name that goes on past the place it holds.
_MEDIA_BEFORE = re.compile(r"\b(?i:channel|broadcaster|station|newspaper|daily|network|television|TV|radio|news\s+agency)\s+$")
# "Pakistan Point News", "Jordan Times", "Kenya News Agency": a place's name going on as a medium's
_MEDIA_AFTER = re.compile(r"(?P<between>(?:[ \t]+[A-Z][\w'’-]+){0,2}?)[ \t]+(?:News|Times|Herald|Tribune|Gazette|Observer|Chronicle"
                          r"|Journal|Radio|Television|TV|Broadcasting)\b")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][\w'’-]*")
# A place that says a count of its own: "Bagmati Province has recorded 56 fatalities".
_SUBJECT_OF_COUNT = re.compile(
    r"(?:\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]istrict|[Cc]ounty))?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:reported|recorded|registered|confirmed|counted|saw|suffered)\s+(?:about\s+|some\s+|at\s+least\s+)?\d"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A count in a sentence: digits, not a year or a time ("in 2019", "at 8:30")
_A_COUNT = re.compile(rf"(?<![\d:])(?!{_YEAR.pattern})\b\d[\d,.]*\b(?!:\d)")
# A word of _TELLS_THE_EVENT's that goes on into another: "firefighters", "deadline"
_EVENT_WORD_GOES_ON = re.compile(r"(?:fire|dead)\w")
_STORY_TOWN_KINDS = frozenset({"town", "village", "city", "suburb", "neighbourhood", "neighborhood", "area"})
# A total, not one event's toll: "across Nigeria, attacks killed 2,600 people last year".
_TOTALS = re.compile(r"\b(?:across|nationwide|countrywide|in\s+total|last\s+year|this\s+year|so\s+far\s+this|since\s+(?:January|the\s+start))\b", re.I)
# "the village of Dara", "in village of": a mention the text calls a village
_A_VILLAGE_NAMED = re.compile(r"\bvillage\s+of\s+(?:the\s+)?$", re.I)
# "in a small village in the state of": a place the text leaves unnamed inside the one named next
_UNNAMED_PART_BEFORE = re.compile(
    r"\ban?\s+(?:(?:small|tiny|little|remote|rural|poor|mountain|mountainous)\s+){0,2}(?:village|town|hamlet|community|settlement)\s+(?:in|of|near)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:state|province|region|district|county)\s+of\s+)?$", re.I)
# ", Sao Paolo, " between a town and its country in a headline: the state no table holds under that spelling
_A_STATE_BETWEEN = re.compile(r",[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,[ \t]+")
# Words a heading puts after "In" that name no town: "In Pictures, Antioquia, a region hit by landslides"
_NO_TOWN_AFTER_IN = re.compile(r"Pictures|Brief|Summary|Numbers|Focus|Depth|Short|Total|Addition|Contrast|Response|Memoriam|Particular|General")
# "Antioquia department," closing the province a town is named with
_KIND_THEN_COMMA = re.compile(r"(?:[ \t]+(?i:department|province|state|region|district|county|governorate))?,")
# Words that end a place's name whose first word is a country's key: "Cameron Highlands" (not Cameroon), "Golan Heights".
_COUNTRY_KEY_TAIL = re.compile(r"[ \t]+(?:Highlands|Hills|Heights|Valley|Islands?|Mountains|Plains|Plateau|Coast|Delta)\b")
# A country's office speaking: "Italy's Foreign Minister", "Kenya's health ministry".
_WHOSE_OFFICE = re.compile(
    r"['’]s?\s+(?P<words>(?:[A-Za-z]+\s+){0,2}?)(?i:minister|ministry|government|president|prime\s+minister|foreign\s+office"
    r"|ambassador|embassy|envoy|spokes(?:man|woman|person)|institute|agency|authority|department|commission)\b"
)  # ("Mexico's National Migration Institute reported 39 deaths": whose institute, the story's place is its own)
# A capital or a country acting as its government: "where Paris has imposed a state of emergency", "France is
# sending in 500 security forces" (the verbs are words.json's sources.governs and sources.acts_abroad).
_AUXILIARIES = r"[ \t]+(?:(?:has|have|had|is|are|will|would|also|already|now|then)[ \t]+){0,2}"
_ACTS_ABROAD_AFTER = re.compile(_AUXILIARIES + r"(?:" + "|".join(sorted(vocab.ACTS_ABROAD)) + r")\b")
# A police force named by its place, then its reporting verb: "Devon and Cornwall Police said", "Kisumu County Police
# Command confirmed"
_FORCE_SPEAKS_AFTER = re.compile(r"(?:[ \t]+and[ \t]+[A-Z][\w'’-]+)?(?:[ \t]+(?:County|State|Regional|Metropolitan))?[ \t]+(?:Police|Constabulary)"
                                 r"(?:[ \t]+(?:Service|Force|Command|Department))?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:said|say|says|told|confirmed|reported)\b")
# "... had died in the Keyham area": a place the rest of the sentence names where something is
_PLACE_LATER_IN_SENTENCE = re.compile(r"\b(?:in|at|near)[ \t]+(?:the[ \t]+)?[A-Z]")


# Countries whose first-level divisions are nations, where GeoNames files the Crown Dependencies' towns under England
_NO_TOWN_STATES = frozenset({"United Kingdom"})
_SPEAKS_VERB = r"(?:" + "|".join(sorted(vocab.SPEAKS)) + r")\b"
# ("France has said"; _SPEAKS_AFTER below takes the verb alone)
_SPEAKS_AFTER_AUXILIARY = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+)?" + _SPEAKS_VERB)
_ITS_NATIONALS = re.compile(r"[^.;\n]{0,40}?\b(?:its|their)[ \t]+(?:own[ \t]+)?(?:nationals|citizens)\b")
_GOVERNS_AFTER = re.compile(_AUXILIARIES + r"(?:" + "|".join(sorted(vocab.GOVERNS | vocab.ACTS_ABROAD)) + r")\b")
# A liveblog entry: a paragraph that starts with its time.
_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}\b(?:\s*(?:GMT|UTC|[AP]M|a\.m\.|p\.m\.))?\s*[-–—:|]")
_LOCATED = re.compile(
    r"(?:\b(?:in|at|near|inside|across|throughout|around|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}"
    r"|\b(?:town|city|village|camp|district)\s+of\s+)$",
    re.I,
)
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_WHERE = re.compile(r"where\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“A-Z0-9])|\n")
_COMPASS_BEFORE = re.compile(
    r"\b(north|south|east|west|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west"
    r"|northeastern|northwestern|southeastern|southwestern|central)\s+$"
)
# "White Island, ..., a popular tourist site to the north of the country": a place described, in apposition, by the part
# of the country it lies in (not "In the north of the country, 20 people died": where those counts are)
_PART_OF_THE = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?(?:to|in)\s+the\s+(?:far\s+)?(?:" + _POINTS + r"|centre|center)\s+of\s+$", re.I)
_FROM_END = re.compile(r"\bfrom\s+(?:\w+\s+)?$", re.I)
_CLOSING = re.compile(r"[.!?\"”’')]$")
# A place in someone's title says where they work, not where a figure is: "UNHCR's Representative in Bangladesh",
# "a source at Hama Governorate".
_TITLE_OF = re.compile(
    r"\b(?:[Rr]epresentative|[Dd]irector|[Cc]oordinator|[Ee]nvoy|[Aa]mbassador|[Cc]hief|[Hh]ead|[Ss]pokes(?:man|woman|person)"
    r"|[Cc]orrespondent|[Bb]ureau|[Oo]ffice|[Mm]ission|[Dd]elegation|[Ss]ources?"
    # an office's proper name: "figures from the Incident Command Post in Lamunin" (not "a military post in X")
    r"|(?-i:[A-Z][\w'’-]+\s+(?:Post|Command|Headquarters)))\s+(?:in|for|to|of|at)\s+(?:the\s+)?$"
)
# Where people went is not where the figure is: "fled to Syria", "crossed into Chad".
_DESTINATION = re.compile(
    r"\b(?:(?:fled|flee|flees|fleeing|crossed|crossing|escaped|went|gone|moved|relocated|headed|heading|walked"
    r"|poured|pouring|streamed|streaming|flocked|flocking|flooded|flooding)"
    r"\s+(?:(?:back|abroad|on|over|across\s+the\s+border)\s+)?(?:in)?to|(?:arrived|arriving)\s+(?:in|at)"
    # "a boat packed with asylum seekers trying to reach Australia", "bound for Italy": where they were going
    r"|(?:trying|attempting|hoping|seeking|tried|attempted|bid)\s+to\s+reach|bound\s+for|headed\s+for|heading\s+for"
    r"|sailing\s+(?:for|to)|en\s+route\s+to"
    # "forced to seek refuge in the United Kingdom" (not "taking shelter in Teknaf": where they are)
    r"|(?:seek|seeking|sought)\s+(?:refuge|shelter|asylum|sanctuary)\s+in)"
    r"\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$",
    re.I,
)
# Where the hurt are treated is not where they were hurt: "the injured being taken to hospitals in Lausanne,
# Geneva, and Zurich" after a fire in Crans-Montana.
# (the way they went may come between: "transferred by boat to the General Referral Hospital in Bukavu")
_TAKEN = r"\b(?:taken|rushed|transferred|transported|airlifted|flown|evacuated|sent|admitted|brought|referred|shifted)(?:\s+by\s+(?:boat|road|air|helicopter|ambulance|plane))?"
_TREATED_IN = re.compile(
    _TAKEN + r"\s+(?:to|in)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:[Hh]ospitals?|[Cc]linics?|medical\s+facilities)\s+(?:in|at)\s+(?:the\s+)?"
    # (a capital named as one: "flown to hospitals in the state capital of Melbourne")
    r"(?:(?:state|provincial|regional|national)\s+)?(?:capital,?\s+(?:of\s+)?)?(?:[A-Z][\w'’-]+,?\s+){0,3}(?:and\s+)?$"
)
_BROUGHT_TO = re.compile(_TAKEN + r"\s+(?:to|in)\s+(?:the\s+|a\s+)?$")
# "shifted 55 injured to Karachi": the hurt, named between the verb and where they were taken
_HURT_BROUGHT_TO = re.compile(_TAKEN + r"\s+(?:the\s+)?(?:(?:\d[\d,]*|[a-z]+)\s+)?(?:(?:seriously|critically|badly|severely)\s+)?"
                              r"(?:injured|wounded|hurt|casualties)(?:\s+(?:people|persons|victims))?\s+to\s+(?:the\s+|a\s+)?$")
# (the hurt, then their transport, with no other count between: not "Two people were injured, and 300 residents were
# evacuated to Nuku'alofa")
_HURT_BEFORE = re.compile(r"\b(?:injured|wounded|hurt|casualties|(?:critical|serious)\s+condition)\b(?:[^.;\n\d]|\d[\d,]*\s+of\s+(?:them|whom|those))*"
                          + _TAKEN[2:] + r"\s+(?:to|in)\s+(?:the\s+|a\s+)?$", re.I)  # ("60 people were injured, 52 of them ... evacuated to Nabire")
_IN_CARE = re.compile(r"\bin\s+(?:intensive|critical)\s+care\s+(?:in|at)\s+(?:the\s+)?$")
_HOSPITAL_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?(?:hospital|mortuary|morgue|clinic)s?\b", re.I)
# "in intensive care units in various Sydney hospitals": a place's hospitals, in the plural, are where the hurt are
# treated (not "a strike on Kherson hospital": one hospital may be the site)
_HOSPITALS_AFTER = re.compile(r"[ \t]+(?:hospitals|clinics)\b", re.I)
_IN_SOME_BEFORE = re.compile(r"\b(?:in|at|to)\s+(?:(?:various|several|different|local|nearby|two|three|four|five|six|\d+)\s+)?$", re.I)
# ("more than 20 injured people have been referred to Quetta for medical assistance": where they are treated)
_FOR_TREATMENT_AFTER = re.compile(
    # (medical help only: care, treatment, "medical assistance"; "evacuated to Kohat for assistance" may be where the
    # displaced are)
    r"[ \t]+for[ \t]+(?:further[ \t]+|better[ \t]+|urgent[ \t]+|speciali[sz]ed[ \t]+|advanced[ \t]+|emergency[ \t]+)?"
    r"(?:medical[ \t]+(?:treatment|assistance|care|attention)|treatment|care|attention)\b")
# Where someone spoke is not where a figure is: "told reporters in Geneva", "speaking in New York",
# "at a news conference in Amman", "from its headquarters in Geneva".
_SPEECH_AT = re.compile(
    r"\b(?:(?:speaking|spoke|speaks|briefing|briefed|addressing|addressed)(?:\s+(?:to\s+)?(?:reporters|journalists"
    r"|the\s+press|the\s+media|correspondents|diplomats))?"
    r"|(?:told|telling|tells|tell)\s+(?:reporters|journalists|the\s+press|the\s+media|correspondents|diplomats|[A-Z][\w.]*)"
    r"|said|says|(?:news|press|media)\s+(?:conference|briefing)|briefing|summit"
    r"|from\s+(?:its|their|his|her|the\s+[\w-]+['’]s)\s+(?:headquarters|offices?|base)"
    # "Through a fund raiser in the Netherlands, Red Cross raised 18.7 million euros": where money was raised
    r"|(?:fund[- ]?rais(?:er|ers|ing)|fundraising\s+(?:campaign|appeal|drive))(?:\s+held)?"
    # "Clive Evans, British Red Cross Overseas Branch manager who is in Providenciales": where the speaker is
    r"|(?:" + "|".join(sorted(vocab.PERSON_TITLES)) + r")\s*,?\s+who\s+(?:is|was)(?:\s+(?:currently|now|still))?(?:\s+based)?)"
    # "at today's press briefing at the Palais des Nations in Geneva": where the briefing was held.
    r"(?:\s+held)?\s+(?:on\s+[A-Z]\w+\s+)?(?:at\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})?(?:in|at|from)\s+(?:the\s+)?$"
)
# "said in Pontian, 210 people were being accommodated": the place opens the clause of the count said, when
# the count follows the comma (not "said in Geneva that 20 died", "told reporters in Geneva, adding ...")
_SAID_ABOUT = re.compile(r"^(?:said|says)\b", re.I)
_COUNT_CLAUSE_AFTER = re.compile(
    r"(?:\s+(?:district|province|state|county|city|town|village|area|region))?,\s+(?:(?:some|about|around|nearly|over|another"
    r"|at\s+least|more\s+than|a\s+total\s+of|up\s+to)\s+)?\d", re.I)
_PART_OF_A_CITY = frozenset("Old Inner Walled Holy Forbidden Capital Tent Global Smart".split())
_CLUB_AFTER = re.compile(r"[ \t]+(?:FC\b|F\.C\.|fans?\b|players?\b|club\b|striker\b|midfielder\b|defender\b|supporters\b)")
CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_COMPASS_ALONE = re.compile(rf"(?:{_POINTS}|central)(?:ern)?", re.I)
_HAZARD_BEFORE = re.compile(
    r"(?:\bearthquakes?|\bquakes?|\btremors?|\btornado(?:es)?|\btwisters?|\b(?:thunder|hail|wind|snow|ice|dust|rain)?storms?|\bsevere\s+weather|\bcyclones?|\bhurricanes?|\btyphoons?|\bfloods?|\bflooding|"
    r"\bfloodwaters?|\blandslides?|\bmudslides?|\bavalanches?|\beruptions?|\btsunamis?|\bwildfires?|\brains?|\bdownpours?|\bcloudbursts?)\b[^.;]*$", re.I)
_IN_A_KNOWN = re.compile(r",\s+|\s+in\s+(?:the\s+)?")
# "Owo, the Ondo state capital", "Mamuju, a town in West Sulawesi": the region named in a description of the place before
_DESCRIBED_BEFORE = re.compile(r"(?:\s+(?i:township|town|village|municipality))?,\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?(?P<in>(?:town|city|village|district|capital)\s+(?:in|of)\s+(?:the\s+)?)?")
_DESCRIBED_AFTER = re.compile(r"(?:\s+(?:state|provincial|regional|district|county))?(?:['’]s)?\s+(?:capital|town|city|village|district|municipality|county|province)\b")
# Where a natural hazard struck or was centred: its tolls are the whole country's unless a clause
# of their own says otherwise ("the earthquake that struck the High Atlas", "the quake's epicentre in X").
_EPICENTRE = re.compile(
    r"\b(?:(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|cyclones?|hurricanes?|typhoons?|floods?|floodwaters?"
    r"|tsunamis?|landslides?)\s+(?:that\s+|which\s+)?(?:[^.;:\n]{0,48}?\s)?(?:struck|hit|hits|centred|centered|tore"
    r"|swept|battered|made\s+landfall|epicent(?:re|er))"
    r"|epicent(?:re|er))\b(?:[^.;:,\n]{0,40}?\s)?(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
# What a place is to the words before it: one search instead of one per role.
_ROLE = re.compile(
    f"(?P<origin>{_ORIGIN.pattern})|(?P<destination>{_DESTINATION.pattern})"
    f"|(?P<reference>{_REFERENCE.pattern}|{_TITLE_OF.pattern})|(?P<speech>{_SPEECH_AT.pattern})"
    f"|(?P<epicentre>{_EPICENTRE.pattern})",
    re.I,
)
# The first word of every role phrase (the role search is tried only where one starts).
tokens.register_folded(
    tokens.ROLE,
    "from never north south east west northeast northwest southeast southwest border borders toward towards bordering"
    " fled flee flees fleeing crossed crossing escaped escaping left leaving went gone moved relocated headed heading walked"
    " representative director coordinator envoy ambassador chief head spokesman spokeswoman spokesperson"
    " correspondent bureau office mission delegation source sources poured pouring streamed streaming flocked flocking flooded"
    " flooding arrived arriving speaking spoke speaks briefing briefed addressing addressed told telling tells tell"
    " said says news press fund fundraiser fundraisers fundraising " + " ".join(sorted(vocab.PERSON_TITLES)) + " media summit earthquake earthquakes quake quakes tremor tremors aftershock aftershocks"
    " storm storms cyclone cyclones hurricane hurricanes typhoon typhoons flood floods floodwaters tsunami tsunamis"
    " landslide landslides epicentre epicenter clash clashes fighting war conflict hostilities dispute tension tensions talks"
    " size big large small larger bigger smaller lies lying located situated sandwiched wedged trying attempting hoping"
    " seeking tried attempted bid bound sailing en post command headquarters"
    " seek sought",
)
# A clause that only adds where: ", in Khan Younis overnight,".
_LOCATIVE = re.compile(r"(?:in|at|near|inside|outside|across|around|throughout)\b(?!\s+(?:what|which|whom)\b)", re.I)  # (not "in what is considered ...")
# A clause that only adds where, led by how much of the count is there: "324 people were injured, mainly in Jinggu County"
_MOSTLY_LOCATIVE = re.compile(
    r"(?:(?:mainly|mostly|largely|chiefly|primarily|(?:most|all)\s+of\s+them)\s+)?" + _LOCATIVE.pattern, re.I)
# A place the gazetteer does not know, named after a locative preposition: "killed in El Fasher".
# Letters beyond ASCII ("Viña del Mar", "Quilpué") and Romance connectors ("Rio Grande do Sul").
_UP, _LO = "A-ZÀ-ÖØ-ÞĀ-ſ", "a-zß-öø-ÿĀ-ſ"
# The small words inside a place's name ("Rio Grande do Sul", "Viña del Mar")
NAME_CONNECTORS = "del|de|do|da|dos|das|du|des|di|la|le"
_NAME = (
    # one capital inside a word too: "KwaSanti", "eThekwini", "uMgungundlovu"; a name ends with its line ("in the Upper
    # Sesa\nThe fighting": a heading's last words, not a place "Upper Sesa The")
    rf"(?:(?:al|el|ad|as|an|ar|ash|az)-|[a-z]{{1,2}}(?=[{_UP}]))?[{_UP}][{_LO}'’-]*(?:[{_UP}][{_LO}'’-]*)?[{_LO}'’]"
    rf"(?:(?:(?:[^\S\n]|-)(?:al|el|ad|as|an|ar)?-?|[^\S\n](?:{NAME_CONNECTORS})[^\S\n])[{_UP}][{_LO}'’-]*[{_LO}'’]){{0,2}}"
)
# "in western Rwanda’s Kiziba camp": the possessive of a place the tables know that is no city or town, then a camp's,
# a settlement's or a village's name (a city's, or one no table knows, "in Marawi's Emi village", is read as before: the
# rest of _UNKNOWN, _UNKNOWN_CITY_PART)
_OWNERS_CAMP = (r"\b(?:in|at|near|inside|into)\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<owner>[A-Z][\w-]*)['’]s\s+(?=[A-Z][\w'’-]+"
                r"(?:\s+[A-Z][\w'’-]+)?\s+(?:camp|settlement|village)\b)|")
_UNKNOWN = re.compile(
    # "the town of Shire", "in the Aleppo province village of Al-Tukhar" (tried first: "in the Aleppo" is not the place),
    # "in Mexico's southern port city of Coatzacoalcos", a headline's "in port city of X"
    # ("the busiest area of Egypt's Red Sea resort of Dahab": after a possessive, whatever the word before)
    r"\b(?:(?:in|at|near|inside|into)\s+(?:the\s+|[A-Z][\w'’-]*['’]s\s+)?|the\s+|of\s+[A-Z][\w'’-]*['’]s\s+)(?:[\w'’-]+\s+){0,3}?(?P<kind2>(?i:camp|city|town|village|district"
    r"|neighbourhood|neighborhood|suburb|quarter|municipality|township|commune|settlement|locality|island|hamlet|resort))\s+of\s+(?P<name2>" + _NAME + ")"
    # ("in western Rwanda’s Kiziba camp": _OWNERS_CAMP)
    r"|(?:" + _OWNERS_CAMP +
    r"\b(?:in|at|near|inside|into)\s+(?:the\s+)?(?=(?:[a-z]{2,3}-)?[A-Z])"
    # "In Memuju Regency, 189 people were seriously injured": a sentence set in a place, by the comma and the count
    # after it (not a report's "In Numbers" heading, nor "In Nyamukubi, 70% of the water infrastructure")
    r"|\b(?:In|Inside|Near)\s+(?:the\s+)?(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+(?:(?:some|about|around|nearly|over|another"
    r"|at\s+least|more\s+than|a\s+total\s+of)\s+)?\d[\d,.]*(?!\d|[\d,.]*\s*(?:%|per\s*cent)))"
    # ("In Mu Cang Chai Town, Yen Bai, two residents were killed": a town named with its kind word, perhaps then the
    # province it lies in, and a count in words; not "In Separate Incidents, two civilians", which names no kind of place)
    r"|\b(?:In|Inside|Near)\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:Town|Village|District|Commune),\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?(?:(?:some|about|around|nearly|over|another|at\s+least|more\s+than)\s+)?"
    r"(?:\d[\d,.]*(?!\d|[\d,.]*\s*(?:%|per\s*cent))|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
    r"|thousands)\s+(?:people|persons?|residents?|villagers?|children|civilians?|others|were|have|had)\b))"
    # "the early morning attack on Ogossagou, a village of Fulani herders" (a place the text says it is: not
    # "the attack on Christians", "on President Jovenel Moise", "on Charlie Hebdo")
    r"|\b(?:attacks?|assaults?|raids?|offensive)\s+on\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:village|town|city|camp|settlement|district|neighbou?rhood)\b|\s+(?:village|town|city|camp)\b))"
    # "were found in the island’s capital, Funchal": the capital a description names
    r"|\b(?:in|at|near)\s+the\s+(?:[\w-]+['’]s\s+)?(?:provincial\s+|state\s+|regional\s+|district\s+)?(?:capital|main\s+town|largest\s+city)"
    r"\s*,\s+(?=[A-Z])"
    # "In Serbia's second-largest city, Novi Sad, at least eight people": a city a place's possessive describes
    r"|\b(?:[Ii]n|at|near)\s+[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|port)\s*,\s+(?=[A-Z])"
    # "In Abriaquí, Antioquia, a torrential avenue appeared": a sentence set in a town named with its province (kept only
    # when a province the tables know follows the comma, its name closed by another: see the scan)
    r"|(?P<incomma>\b(?:In|Near)\s+)(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+[A-Z])"
    # "A tornado hit Joplin, Missouri", "tornado-ravaged Joplin, Missouri": a town named with its state or country
    # (kept only when a place the tables know follows the comma; "struck Pasir Langu village in West Bandung")
    r"|(?P<hit>\b(?:hit|struck|ravaged|battered|devastated|stricken|flooded|(?:ripped|tore|swept)\s+through)\s+)(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:village|town|city))?(?:,|\s+in(?:\s+the)?)\s+[A-Z])"
    # ("and La Castellana town": a town named after another, not "Muslim and Christian village communities"; "in
    # Tirunelveli and Thoothukudi districts": the second of two places a plural kind names)
    r"|\band\s+(?!" + _FAITHS + r"\b)"
    r"(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:town|village|city|municipality|district)\b"
    r"|[A-Z][\w'’-]+\s+" + _PLURAL_KINDS + r"\b)"
    # ("The death toll on Gubio village", "an airstrike on Tajoura detention centre": a centre named for its town)
    r"|\b(?:the|of|from|outside|on)\s+(?=(?:[a-z]{2,3}-)?[A-Z][\w'’-]+(?:\s+(?:(?:de|da|do|del|dos|das)\s+)?[A-Z][\w'’-]+){0,2}(?:\s+"
    r"(?:camp|settlement|village|town|city|City|district|neighbourhood|neighborhood|area|municipality|commune|detention\s+cent(?:re|er))\b"
    # ("destroyed about one-third of Gondo, a village of 200 inhabitants": a place the text says it is)
    r"|,\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|hamlet|settlement)\b(?!\s+(?:in|near)\s+(?:the\s+)?[a-z]))))"
    r"(?P<name>(?:(?:Mt|Ft|St)\.\s+)?" + _NAME + ")"
    r"(?:\s+(?P<kind>camp|city|City|town|village|district|neighbourhood|neighborhood|province|region|area))?",
)
_UNKNOWN_CITY_PART = re.compile(_UNKNOWN.pattern.replace(_OWNERS_CAMP, ""))
_NOT_PLACES = frozenset(vocab.terms(vocab.NOT_PLACE_TERMS, "words", "text"))
_NAMED_CITY = re.compile(rf"(?<![\w'’-])(?P<name>[{_UP}][{_LO}'’-]+(?:[ \t]+[{_UP}][{_LO}'’-]+)?)[ \t]+(?P<kind>City|district|county|regency|municipality|prefecture|Township|township)\b")


def _named_with_kind(text: str, g: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """"Bogo City had the most fatalities with 30", "arrived Darchula district headquarters": a name with "City" or a
    kind of place in lower case after it is a place's, wherever it stands (not only after a locative: the _UNKNOWN
    phrases); `taken`: spans already read as places or agencies."""
    out: list[Mention] = []
    if not any(f" {kind}" in text for kind in ("City", "district", "county", "regency", "municipality", "prefecture", "Township", "township")):
        return out
    for m in _NAMED_CITY.finditer(text):
        words = m.group("name").split()
        if len(words) == 2 and words[0].lower() in _FUNCTION_WORDS:
            words = words[1:]  # ("The Bogo City council")
        name = " ".join(words)
        ns, ne = m.end("name") - len(name), m.end("name")
        if any(a < m.end() and ns < b for a, b in taken) or not_a_place(words[0].lower()) or _CLUB_AFTER.match(text, m.end()) or (
            words[0] in _PART_OF_A_CITY  # ("the Old City" of Homs is a part of the city, no city of its own)
        ) or g.agency(name, fuzzy=False) is not None or name.lower() in vocab.DEMONYMS or _in_heading(text, ns):
            continue
        if m.group("kind") != "City":
            # (one name, a word the article never writes in lower case, not opening a sentence and not after another
            # capitalised word: not "Police district chief", "Coastal county governments", "the Kenema Health
            # district", "Flood-hit Jajarkot district")
            if len(words) > 1 or "-" in name or re.search(rf"\b{re.escape(name.lower())}\b", text) or ns == 0 or (
                text[max(0, ns - 2) : ns].endswith((". ", "\n")) or CAPITALISED_WORD_BEFORE.search(text, max(0, ns - 30), ns)
            ):
                continue
            if g.place(name, fuzzy=False) is None and g.place(f"{name} {m.group('kind')}", fuzzy=False) is None:
                out.append(Mention(ns, ne, Entity(-(20000 + ns), name, m.group("kind")), name))  # ("Darchula district")
            continue
        known = g.place(f"{name} City", fuzzy=False)
        if known is not None and known.kind in _CITY_KINDS and spelled_alike(f"{name} City", known.name):
            out.append(Mention(ns, m.end(), known, text[ns : m.end()]))
        elif known is None and g.place(name, fuzzy=False) is None:
            # (named with its "City", as the text and analysts name it: "Bogo City"; a known town's name with "City"
            # after it is a football club or the town the scan finds)
            out.append(Mention(ns, m.end(), Entity(-(20000 + ns), f"{name} City", "city"), text[ns : m.end()]))
    return out


def one_letter_off(a: str, b: str) -> bool:
    """Two spellings of one place name in an article, a letter apart ("Janeponto", "Jeneponto"): six letters or more
    and the same first letter, so that two real towns are not taken for one."""
    a, b = a.lower(), b.lower()
    if a == b or a[:1] != b[:1] or OSA.distance(a, b) != 1:
        return False
    # (the word that differs six letters or more: not "Kampung Baru" and "Kampung Batu", two villages)
    wa, wb = a.split(), b.split()
    differing = [x for x, y in zip(wa, wb) if x != y] if len(wa) == len(wb) else [a]
    return len(differing) == 1 and len(differing[0]) >= 6


def _misspelt_again(mentions: list[Mention]) -> list[Mention]:
    """A place no table knows spelled one letter off a place the article named before ("Mamuju Regency" ... "In
    Memuju Regency, 189 people"): the article's typo, the place it names more often (names of six letters or more,
    same first letter, so that two real towns are not merged)."""
    times = Counter(m.entity.name.lower() for m in mentions)
    out: list[Mention] = []
    for m in mentions:
        name = m.entity.name.lower()
        if m.entity.id < 0:
            same = next((e.entity for e in out if one_letter_off(e.entity.name, name)), None)
            if same is not None and (same.id > 0 or times[same.name.lower()] > times[name]):
                # (the spelling the article uses more, or the tables': "Potian" once and "Pontian" once are left as written)
                m = Mention(m.start, m.end, same, m.surface)
        out.append(m)
    return out


_OWNED_SITES = frozenset(vocab.terms(vocab.NOT_PLACE_TERMS, "owned_sites"))


def _a_sites_name(rest: str) -> bool:
    """"Organic Farm" after "Father's": the name of a site that its owner's name opens (a venue's, or a capitalised
    name ending in a site's noun of words.json's "owned_sites"), not "Village" in "Saddler's Village", "capital" in
    "Haiti's capital" nor "Bhuj Taluka" in "Kutch's Bhuj Taluka"."""
    words = rest.split()
    return _VENUE_END.search(" " + rest) is not None or (
        bool(words) and all(w[:1].isupper() for w in words) and words[-1].lower() in _OWNED_SITES)


def before_a_venue(text: str, end: int) -> bool:
    """Is the name ending at `end` a building's ("the Billabong building", "the Pulse nightclub")?"""
    return _VENUE_AFTER.match(text, end) is not None


def not_a_place(word: str) -> bool:
    """A word no place's name starts with: "Tuesdays", "Wednesday’s attack", "Each"."""
    w = re.sub(r"['’]s?$", "", word.lower())
    return w in _NOT_PLACES or w.rstrip("s") in _NOT_PLACES


# "a Polo carrying two passengers", "A Bantam ... was swept away": a name no table knows after an indefinite article is a
# thing of that make, not a place, unless a place noun follows it ("an Ogossagou villager", "a Kutch village")
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w'’-])[Aa]n?\s+$")
_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")
_PLACE_NOUN_NEXT = re.compile(r"\s+(?:[a-z]+\s+)?(?:village|town|city|district|province|region|county|area|suburb|neighbou?rhood"
                              r"|camp|resident|residents|villager|villagers|native|man|woman|family|community)\b")


def _a_thing_named(text: str, start: int, end: int, name: str) -> bool:
    """Is the unknown name at start..end a make of car or some other thing, not a place: after "a" or "an" ("a Polo
    carrying two passengers"), or one word the text gives after a maker's name elsewhere ("in the Hilux" after "a
    Toyota Hilux pickup")?"""
    if _INDEFINITE_BEFORE.search(text, max(0, start - 4), start) and _LOWER_WORD_NEXT.match(text, end) and not _PLACE_NOUN_NEXT.match(text, end):
        return True  # (not "an Orlando, Fla.-based nightclub")
    return " " not in name and re.search(r"\b[Aa]n?\s+[A-Z][a-z]+\s+" + re.escape(name) + r"\b", text) is not None


_FLED_FROM = re.compile(r"\b(?:fle[ed]\w*|escap\w+|evacuat\w+|driven|forced)\b[^.]*$", re.I)
_PATRONYMIC = re.compile(r"\s+(?:bin|ibn|bint|ben)\s+[A-Z]")
# A caption's credit run into the name before it: "Flames raging around a road in Pedrógão Grande Photo: AFP"
_FURNITURE_TAIL = re.compile(r"\s+(?:" + "|".join(map(re.escape, vocab.CAPTION_WORDS)) + r")$")
_SPELLED_OUT = re.compile(r"^(" + "|".join(SHORT_FORMS_BEFORE_NAMES) + r")\.\s+")
# "at the Pulse nightclub in Kocani": a venue's name, not a place
_VENUE_FIRST = frozenset(vocab.terms(vocab.NOT_PLACE_TERMS, "venues_first"))
_VENUE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_VENUE_FIRST)) + r")\s+(?:d[aeo]s?|de\s+la|del|of(?:\s+the)?)\s+$")
_VENUE_END = re.compile(
    r"\s(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in vocab.terms(vocab.NOT_PLACE_TERMS, "venues")) + r")$", re.I)
_VENUE_AFTER = re.compile(
    r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in vocab.terms(vocab.NOT_PLACE_TERMS, "venues")) + r")\b", re.I
)
# "in the Dhubri district of": _UNKNOWN's "the <kind> of <name>" whose kind word follows a name of its own.
_NAMED_BEFORE_KIND = re.compile(rf"(?:(?:in|at|near|inside|into)\s+)?the\s+(?P<name>{_NAME})\s+")
_INSTITUTION = re.compile(
    r"\b(?:Hospital|Clinic|School|Mosque|Church|University|College|Airport|Prison|Office|Ministry|Council"
    r"|Committee|Agency|Organi[sz]ation|Programme|Program|Fund|Army|Forces|Party|Front|Group|Brigade|Division"
    r"|Corps|Command|Authority|Department|Center|Centre|Institute|Foundation|Society|Movement|House|Hotel|Bank"
    r"|Operation|Network|News|Television|Radio|Company|Corporation|Corp|Ltd|Limited|Inc|Industries|Airlines|Airways"
    r"|Association|Federation|Commission|Services?|Mission|Embassy|Academy|Primary|Elementary|Secondary|Seminary|Polytechnic"
    r"|Police|Gendarmerie|Constabulary|Guard|Patrol)\b"  # ("the State Police death count": a force, no place)
    r"|^(?:Port|Harbou?r|Seaport)$"  # "off the Port of Sfax": the place is Sfax
)
_NAMED_HOSPITAL_AFTER = re.compile(r"\s+(?:(?:General|Teaching|Referral|Memorial|National|District|Regional)\s+)?(?:Hospital|Clinic|Institute|Medical\s+(?:Center|Centre|College))\b")
_ADJECTIVE = re.compile(r"(?:an|ian|i|ese|ish)$")
# "Emi village", "Bentiu camp": a name before a place noun (not "the Iraqi city of ...") names that place.
_NAMES_PLACE_NOUN = re.compile(r"\s+(?:city|town|village|camp|district|province|region|state|territory)\b(?!\s+of\b)")
# Nouns a nationality comes before: "the Iraqi city", "the Sudanese army".
_ADJ_NOUN = re.compile(
    r"\s+(?:city|town|village|capital|border|coast|side|army|military|forces|troops|government|authorities|officials"
    r"|people|refugees|civilians|soldiers|state|region|province|territory|port|camp)\b"
)
# Words that start a multi-word place name ("North Darfur", "Port Sudan"), unlike a given name.
_PLACE_PREFIXES = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "old", "new", "port", "mount", "lake", "camp", "al", "el", "tal", "tell", "ras", "deir", "bir",
}
# A sentence that opens on an event other than the story's: "In another incident, a bus crashed in Caracas"
_ANOTHER_EVENT = re.compile(r"(?:In\s+(?:an(?:other)?|a\s+separate|a\s+similar|an\s+unrelated)\s+(?:\w+\s+)?(?:incident|attack|development|case)"
                            r"|Separately|Elsewhere|Meanwhile|Earlier\s+(?:this|last|in)\b|Last\s+(?:year|month|week))\b", re.I)
_INTRO = re.compile(r"(?:In|At|Near|Inside|Outside|Across|Around|Throughout|Elsewhere\s+in|Further|Meanwhile\s+in)\b")
_WAR = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:civil\s+)?(?:war|conflict|crisis|uprising|revolution)\b")


# Nouns that name a kind of place: "the town of X", "the Qardaha hospital", "a Syrian village".
_PLACE_NOUNS = r"(town|village|city|hospital|camp|market|neighbou?rhood|district|school|mosque|suburb|settlement)"
_NOUN_OF = re.compile(_PLACE_NOUNS + r"\s+of\s+(?:the\s+)?$", re.I)
_NOUN_AFTER = re.compile(r"\s+" + _PLACE_NOUNS + r"\b", re.I)
_NOUN_APPOSED = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?" + _PLACE_NOUNS + r"\b", re.I)
_UNNAMED = re.compile(
    r"\b(?P<det>an?|the)\s+(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<noun>" + _PLACE_NOUNS[1:-1] + r")\b(?!\s+(?:of|in|near|called|named)\b)",
    re.I,
)


@dataclass
class Event:
    """A place named (or referred back to) at an offset."""

    start: int
    end: int
    entity: Entity
    role: str  # "here", "origin" or "reference"


# A heading closed by a colon, never a dateline ("Key Figures:", "Situation Update:"): no town to look up.
_HEADING_WORDS = frozenset("""figures highlights update updates note notes summary background source sources context overview
    situation key response needs editor photo related contact explainer analysis opinion watch breaking exclusive live
    warning""".split())


def _a_town(name: str) -> bool:
    """A name the tables lack that is a town's ("Dubai: At least 27 were killed ...": a dateline)."""
    from store.cities import country_of_town

    return country_of_town(name) is not None


# Words that go on a state's or country's name as a town's ("Kansas City", "Virginia Beach", "Colorado Springs").
_TOWN_NAME_GOES_ON = re.compile(r"[ \t]+(City|Springs|Beach|Falls|Heights|Hills|Harbor|Harbour)\b")
# ", Colorado" after a place's name: the state or country it lies in
_NAMED_WITH = re.compile(r",[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")
# "CRETE, Neb.", "ALLENTOWN, Pa.", "ALBANY, N.Y.": a US state as news agencies abbreviate it (vocab.AP_STATES)
_AP_STATE = re.compile(r",[ \t]+((?:[A-Z][a-z]{0,4}|[A-Z]\.[A-Z]|W\.Va)\.)")


def _whence_attackers(text: str, m: Mention, others: list[Mention]) -> bool:
    """"when Gaza terrorists launched a rocket attack on southern Israel": a place before the attackers' noun, where its
    sentence names another place after it (where the attack struck); not "Zamfara gunmen killed 30 villagers", where it is
    the only place said."""
    if not _ATTACKERS_AFTER.match(text, m.end) or _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start):
        return False
    stop = _SENTENCE_BREAK.search(text, m.end)
    end = stop.start() if stop else len(text)
    return any(m.end < o.start < end and o.entity.id != m.entity.id for o in others)


def _town_of_the_name(g: Gazetteer, text: str, m: Mention, k: int) -> Mention:
    """A known place's name that is another place's here: a state's or country's name going on as a town's ("Kansas
    City", "Virginia Beach"), a town the tables know elsewhere named with the state or country that holds it here
    ("Aurora, Colorado": not the Philippines' Aurora, the tables' one). Either is a town no table knows (inside that
    state or country)."""
    e = m.entity
    if e.id < 0:
        return m
    goes_on = _TOWN_NAME_GOES_ON.match(text, m.end)
    home = g.country_of(e.id)
    if goes_on is not None and e.kind != "country" and (home is None or home.name != "United States" or e.kind != "governorate"):
        goes_on = None  # (only a country's or a US state's: not "Phuket Beach", "Mombasa Beach", "Kaohsiung City")
    if goes_on is not None and g.place(text[m.start : goes_on.end()], fuzzy=False) is None:
        name = text[m.start : goes_on.end()]
        # (in that country: "Belize City", "Djibouti City" are Belize's and Djibouti's)
        return Mention(m.start, goes_on.end(), Entity(-(6000 + k), name, "town", home.id if home is not None else None), name)
    if e.kind != "country" and (ap := _AP_STATE.match(text, m.end)) is not None and ap.group(1) in vocab.AP_STATES:
        # "CRETE, Neb. -": a town of that US state (the tables may file the state under another name: the country)
        state = g.place(vocab.AP_STATES[ap.group(1)], fuzzy=False)
        holder = state if state is not None and (state.pcode or "").startswith("US-") else g.place("United States", fuzzy=False)
        if holder is not None and not g.within(e.id, holder.id):
            return _homonym_town(m, k, holder)
    named = _NAMED_WITH.match(text, m.end)
    if named is None or e.kind == "country" or _LIST_GOES_ON.match(text, named.end()):
        return m
    holder = g.place(named.group(1), fuzzy=False)
    if holder is None or holder.kind not in ("country", "governorate"):
        return m
    # (only a place the tables put in another country: not "Mumbai, Maharashtra", however the tables file Mumbai)
    theirs = g.country_of(holder.id)
    if home is None or theirs is None or home.id == theirs.id:
        return m
    return _homonym_town(m, k, holder)


def _homonym_town(m: Mention, k: int, holder: Entity) -> Mention:
    """The mention as a town no table knows inside `holder`, named as written (a dateline's capitals as a name:
    "MADEIRA, Ohio" is Madeira)."""
    name = m.surface.title() if m.surface.isupper() else m.surface
    return Mention(m.start, m.end, Entity(-(6500 + k), name, "town", holder.id), m.surface)


def _named_as_before(mentions: list[Mention]) -> list[Mention]:
    """A known place's name read once as a town of that name elsewhere (_town_of_the_name: "MADEIRA, Ohio -") is that
    town each time the text names it again ("in Madeira, police said"), not the tables' place."""
    towns: dict[str, Entity] = {}
    out = []
    for m in mentions:
        name = m.surface.lower()
        if m.entity.id < 0:
            towns.setdefault(name, m.entity)  # (here, every mention no table holds is such a town)
        elif name in towns:
            m = Mention(m.start, m.end, towns[name], m.surface)
        out.append(m)
    return out


def depth(e: Entity) -> int:
    return _DEPTH.get((e.kind or "").lower(), 3)


def _as_spelled(g: Gazetteer, m: Mention, k: int) -> Mention:
    """A mention matched by a transliteration key alone to a place it is not spelled like ("Tayba" and
    Tabqa share consonants) names a place of its own."""
    if m.entity.kind == "country" or g.spelled_as(m.surface, m.entity):
        return m
    return Mention(m.start, m.end, Entity(-(3000 + k), m.surface, "area"), m.surface)


def _demonym_place(g: Gazetteer, word: str) -> Entity | None:
    """Syrian -> Syria, Iraqi -> Iraq, Lebanese -> Lebanon, Ukrainian -> Ukraine."""
    forms = [word[:-1], word[:-3] + "e", word[:-4] + "on", word[:-3], word[:-2] + "a", word[:-2]]
    for f in forms:
        if len(f) >= 3:
            e = g.place(f, fuzzy=False)
            if e is not None and e.kind == "country":
                return e
    return None


_BRACKET_TO_COUNT = re.compile(r"[ \t]*\([^()\n]{0,60}")
_TITLE_EVENT = re.compile(
    r"\s*(?P<place>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:"
    + "|".join(sorted(vocab.EVENT_NOUNS, key=len, reverse=True)) + r")\b")
# "Flash Update #3 - Update on Landslide in Gofa Zone, South Ethiopia Region": the place named after the event
_TITLE_EVENT_IN = re.compile(
    r"\b(?i:" + "|".join(sorted(vocab.EVENT_NOUNS, key=len, reverse=True)) + r")s?[ \t]+(?:in|near)[ \t]+"
    r"(?P<place>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})")
# "25,709 Total affected households across country": a key figure's line without the article, which _BACK's
# "the country" and "nationwide" do not read
_NATIONWIDE = re.compile(r"\b(?:across|throughout)\s+country\b", re.I)


class PlaceResolver:
    """Tracks the place in focus through an article and places each figure.

    Roles of a place named in the text: "here" (where something is), "origin"
    ("displaced from X"), "reference" ("75 km south of X", "fled to X") and
    "dateline" (where the reporter files from: never a figure's place; its
    country may stand for the article's focus when nothing else names a place).
    """

    def __init__(
        self,
        text: str,
        g: Gazetteer,
        mentions: list[Mention],
        title: str | None,
        starts: tokens.Triggers | None = None,
        extra: list[Mention] = (),
        agency_spans: list[tuple[int, int]] = (),
        sentences: list = (),
    ) -> None:
        """`starts`: tokens.triggers(text), computed once per article; `extra`: places the parse's
        entities name (see entity_places), kept where no other mention covers them; `sentences`: the article's
        (sentences.split_sentences), where a place's mention is read with its sentence."""
        self.text = text
        self.sentences = list(sentences)
        self._sentence_starts = [st.start for st in self.sentences]
        self.g = g
        self.events: list[Event] = []
        # Learned place -> the known place the text puts it in (see _note_containers).
        self.containers: dict[str, str] = {}
        # the headline's place, when the lead names the place inside it the story is about (the focus then)
        self.narrowed_from: Entity | None = None
        # the focus before it was narrowed to the story's one town or place (_the_place_told, _the_story_place): a count
        # its sentence puts there, or in a place holding the new focus, is the new focus's
        self.told_from: Entity | None = None
        # Learned place -> the state (where GeoNames names it as ISO does) or the country a town of that name lies in
        # (see _place_towns)
        self.town_homes: dict[str, str] = {}
        self.title_place: Entity | None = None
        self.title = title
        self.title_state: str | None = None  # a state the headline names between its town and country, as spelt there
        learned_title = False
        # "Brumadinho dam collapse: 300 missing ...": the place a headline names its event by
        m = _TITLE_EVENT.match(title or "") or _TITLE_EVENT_IN.search(title or "")
        # (the body: the article without its headline, which the text may open with)
        title_at = text.find(title) if title else -1
        body = text[:title_at] + text[title_at + len(title) :] if title_at >= 0 else text
        self.title_event = m.group("place") if m and g.place(m.group("place"), fuzzy=False) is None and not re.search(
            r"\d", m.group("place")) and re.search(rf"\b{re.escape(m.group('place'))}\b", body) else None
        self.paragraphs = paragraph_starts(text)
        self.entries = [p for p in self.paragraphs if _ENTRY.match(text, p)]
        if title:
            lower = title == title.lower()
            if lower:
                title = title.title()  # a page's title line in lower case: "... (dref) botswana: floods"
            found = [_town_of_the_name(g, title, m, k) for k, m in enumerate(g.scan_places(title))]
            if lower:  # (a place its body names as one too: not "turkey prices soar")
                found = [m for m in found if re.search(rf"\b{re.escape(m.surface)}\b", text)]
            # "Russian Federation says ... in Syria": a place the headline puts something in wins.
            located = [m for m in found if _TITLE_LOCATIVE.search(title, 0, m.start)]
            # "arrivals from Sudan overwhelm transit centre in Renk": where they came from is not the focus.
            located = [m for m in located if not _FROM_END.search(title, 0, m.start)] or located
            entities = self._most_specific([m.entity for m in located or found])
            self.title_place = entities[0] if entities else None
            if self.title_place is None:
                # "What Happened to 9 Cambodian Civilians in Border Fighting?": the country of the people counted;
                # "Marshall Islanders endure food and water shortages": of the people the headline is about
                self.title_place = _country_of_people(g, title) or _country_of_people(g, title, _PEOPLE_OF)
                # (unless the headline puts the story in a place no table knows, "Death toll in Morbi bridge
                # collapse", "Britons 'missing' after worst weather in Madeira": read once the body's places are)
                learned_title = any(
                    g.place(m.group(1), fuzzy=False) is None and re.search(rf"\b{re.escape(m.group(1))}\b", body)
                    for m in _TITLE_UNKNOWN.finditer(title)
                )
        opening = [m for p in self.paragraphs[:4] for m in [DATELINE.match(text, p)] if m]
        # (else in the next two lines, the first only: a page's breadcrumb, headline, credit and date may come first;
        # not a roundup's places, "EL FASHER - ... NYALA - ...")
        opening = opening or [m for p in self.paragraphs[4:6] for m in [DATELINE.match(text, p)] if m][:1]
        self.dateline = opening[0] if opening else None  # ("WAUKESHA -", "OXFORD TOWNSHIP, Mich. -": see _dateline_town)
        datelines = [(m.start(), m.end("dl")) for m in opening]
        # "Islamabad: The Pakistan government said ...": a dateline closed by a colon.
        datelines += [
            m.span(1) for p in self.paragraphs[:4] for m in [_COLON_DATELINE.match(text, p)]
            if m and (g.place(first := m.group(1).split("/")[0].strip(), fuzzy=False) is not None or (
                not _HEADING_WORDS & set(first.lower().split()) and (
                    # (a town the tables lack that the body names again: "Rajouri: Four persons were killed ... in
                    # Dhangri village of Rajouri")
                    _a_town(first) or re.compile(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])").search(text, m.end()) is not None)))
        ]
        dated = [m for p in self.paragraphs[:12] for m in [_DATED_DATELINE.match(text, p) or CREDITED_DATELINE.match(text, p)] if m]
        # (a city and a date closed by a colon opening more than one paragraph are a timeline's entries, each where its
        # news is: "Kharkiv, Aug 6: Russian shelling killed 3 people" ... "Odesa, Aug 7: ...", no dateline)
        if sum(m.group(0).rstrip().endswith(":") for m in dated) > 1:
            dated = [m for m in dated if not m.group(0).rstrip().endswith(":")]
        datelines += [m.span(1) for m in dated]
        # "Last updated at Jun 14 2016 BEIRUT A Daesh counterattack ...": a dateline inside the first line
        # of text whose line breaks and dashes were stripped.
        datelines += [
            m.span(1) for m in _INLINE_DATELINE.finditer(text, 0, min(len(text), 300))
            if g.place(m.group(1).title(), fuzzy=False) is not None and not any(a <= m.start() < b for a, b in datelines)
        ]
        if starts is None:
            starts = tokens.triggers(text)
        focus_city = self.title_place if self.title_place and self.title_place.kind in _CITY_KINDS else None
        focus_region = self._ancestor_at(self.title_place, 1) if self.title_place else None
        last_country = title_country = self._country_of(self.title_place) if not learned_title else None
        dateline_country = None
        last_territory = title_country
        anaphora = [
            (m.start(), m.end(), m.lastgroup) for m in tokens.matches(_BACK, text, starts.places)
            # (not a body's name: "the State House of Assembly", "the State Emergency Management Agency")
            if not (m.lastgroup == "region" and text[m.start() : m.end()].split()[-1][:1].isupper() and _NAME_GOES_ON.match(text, m.end()))
        ]
        mentions = [
            self._with_compass(_as_spelled(g, m, k)) for k, m in enumerate(mentions)
            if not _in_person_name(text, m) and not _surname_speaking(text, m) and not _BASED.match(text, m.end)
            and not _NOT_WHERE_AFTER.match(text, m.end)
            and not (m.entity.kind == "country" and _ORGANISATION_AFTER.match(text, m.end)
                     and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start))
            and not _LANDFORM_BEFORE.search(text, max(0, m.start - 8), m.start)
            and not _whence_attackers(text, m, mentions)
            # (a key shared with a place, in a car's name: "in the Hilux" after "a Toyota Hilux pickup")
            and (m.entity.kind == "country" or g.spelled_as(m.surface, m.entity) or not _a_thing_named(text, m.start, m.end, m.surface))
        ]
        mentions = _named_as_before([_town_of_the_name(g, text, m, k) for k, m in enumerate(mentions)])
        known_starts = [m.start for m in mentions]
        # (the countries the text names places in, which a loose spelling of a known place must lie in)
        named_countries = {c.id for m in mentions if (c := g.country_of(m.entity.id)) is not None}
        unknown = []
        for k, m in enumerate(tokens.matches(_UNKNOWN, text, starts.places)):
            if m.group("owner") and ((owner := g.place(m.group("owner"), fuzzy=False)) is None or owner.kind in _CITY_KINDS):
                m = _UNKNOWN_CITY_PART.match(text, m.start())
                if m is None:
                    continue
            name = m.group("name") or m.group("name2")
            ns, ne = m.span("name") if m.group("name") else m.span("name2")
            if m.group().startswith("and") and _PLURAL_KIND_AFTER.match(text, ne) and not _FIRST_OF_TWO.search(text, max(0, m.start() - 60), m.start()):
                continue  # ("in A and B districts", two places; not the last of a list, "Maimana, Pashtun Kot and Qaysar districts")
            if m.group("hit") and not (
                (m.group("kind") in ("village", "town", "city") or (
                    m.group("kind") is None and (after := _IN_A_KNOWN.match(text, ne)) and after.end() in known_starts))
                and _HAZARD_BEFORE.search(text, max(0, m.start() - 60), m.start() + 1)
            ):  # (a natural hazard's verb only: not "Gunmen struck Christians in Plateau State", "a missile struck Epicentr")
                continue  # ("hit Tuesday, ...", "struck Ali, ...": no place the tables know after the comma)
            if m.group("incomma") and not (
                text[ne : ne + 1] == "," and (after := _IN_A_KNOWN.match(text, ne)) and after.end() in known_starts
                and (held := mentions[known_starts.index(after.end())]).entity.kind not in ("country", *_CITY_KINDS)
                and _KIND_THEN_COMMA.match(text, held.end) and not _NO_TOWN_AFTER_IN.fullmatch(name)
                and not re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", text)
            ):
                # (only "In <town>, <province>,": not "In Paris, France", "In Kabul, Afghanistan's capital", nor a heading's
                # "In Pictures, ..." or a word the text writes in lower case too)
                continue
            if m.group("kind2") == "island" and not any(
                w.lower() in vocab.DEMONYMS or _HAZARD_HIT.search(w) for w in text[m.start() : m.start("kind2")].split()
            ):
                continue  # "the Italian island of Ischia": a country's island, named ("the typhoon-hit island of
                # Izu-Oshima": the story's); not "a visit to the island of Meemu"
            stop = m.end()
            # (and "the Ikotun neighbourhood of Lagos": the neighbourhood no table knows, inside the city)
            lead = _NAMED_BEFORE_KIND.fullmatch(text, m.start(), m.start("kind2")) if m.group("kind2") in (
                "district", "neighbourhood", "neighborhood", "suburb") else None
            if lead and g.place(lead.group("name"), fuzzy=False) is None and not any(
                w.lower() in vocab.DEMONYMS for w in re.split(r"[\s-]+", lead.group("name"))
            ):
                # "the Dhubri district of Assam": the district no table knows (inside the place after "of")
                name, (ns, ne) = lead.group("name"), lead.span("name")
                stop = ne
            if re.search(r"-(?:based|bound|born|led|run|backed|linked|owned|made)$", name):
                continue  # "at the Chheda Nagar-based petrol pump": a thing of that place, not the place a count is in
            possessive = _POSSESSIVE.search(name)
            if possessive and _SAINTS_VENUE_AFTER.match(text, ns + possessive.start()):
                continue  # "at St Vincent's Hospital": a saint's hospital, no place
            owner = g.place(name[: possessive.start()], fuzzy=False) if possessive else None
            rest = name[possessive.end() :].lstrip() if possessive else ""
            if owner is not None and rest[:1].isupper() and "-" not in rest and (
                m.group("kind") or _a_citys_part(g, text, m, owner, rest, ns, ne)
            ):
                # "in Gujarat's Kutch district": the district no table knows, inside the state before the 's (or a city's
                # part without its kind: "an explosion in Dhaka’s Moghbazar")
                if ns not in known_starts:  # (the scan finds "Gujarat" before its 's itself)
                    unknown.append(Mention(ns, ns + possessive.start(), owner, name[: possessive.start()]))
                ns = ne - len(rest)
                name = rest
            elif possessive and owner is None and _a_sites_name(rest):
                continue  # "at Father's Organic Farm": a named site's owner, no place
            elif possessive and owner is None and _FEATURE_AFTER_OWNER.fullmatch(rest):
                pass  # "in Susan’s Bay": a place named for someone, the possessive inside its name
            elif possessive:  # "in Haiti’s capital": the place is the one before the 's
                name, ne = name[: possessive.start()], ns + possessive.start()
            first = re.sub(r"['’]s$", "", name.split()[0].lower())
            i = bisect_left(known_starts, ns)
            if name.endswith("s") and " " not in name and g.place(name[:-1], fuzzy=False) is not None:
                # "in Syrias north" (apostrophes stripped): the place is Syria, named already
                continue
            if _BASED.match(text, ne) or _VENUE_AFTER.match(text, ne) or _VENUE_AFTER.match(text, m.end()) or _PATRONYMIC.match(text, ne) or name.split()[0] in _VENUE_FIRST or (
                _VENUE_OF_BEFORE.search(text, max(0, ns - 30), ns) or _VENUE_END.search(name) or _WATER_END.search(name)
                or _WATER_AFTER.match(text, ne)
            ):
                # "an Iran-backed militia", "the Pulse nightclub", "the raid on Osama bin Laden's compound", "buried in the
                # Cemitério do Centro", "at Love Parade", "at the Grand Diamond City casino"
                continue
            if " " in name and _NAMED_HOSPITAL_AFTER.match(text, ne) and name.split()[0].lower() not in _PLACE_PREFIXES:
                continue  # "160 at Mama Lucy Kibaki Hospital": a hospital named for a person (a town's is one word: "Mbagathi Hospital")
            if any(a < ne and ns < b for a, b in agency_spans):
                continue  # "al-Nusra Front (Qaeda branch in the Levant)": who the agency is
            # "the Central Province of Botswana", "Northern Region": a province named by its compass point
            compass_named = _COMPASS_NAMED.fullmatch(name) is not None
            if _COMPASS_ALONE.fullmatch(name) or name.lower() in PLACE_KIND_WORDS:
                continue  # ("In the North, 300 families were affected", "in Province 1": a compass or kind word alone names no place)
            if (not_a_place(first) and not compass_named) or (i < len(mentions) and mentions[i].start < stop) or (
                i and mentions[i - 1].end > ns
            ):
                continue
            if _INSTITUTION.search(name) or (
                not m.group("name2") and " " not in name and _ADJECTIVE.search(name) and _LOWER_NEXT.match(text, ne)
                and (_demonym_place(g, name) is not None or (_ADJ_NOUN.match(text, ne) and not _NAMES_PLACE_NOUN.match(text, ne)))
            ):
                continue  # "at the South Hospital", "in the Iraqi city of Mosul" (not "near Bambari uproots")
            if name.isupper() or g.agency(name, fuzzy=False) is not None or name.lower() in vocab.DEMONYMS:
                continue  # "in Turkish hospitals": a nationality is never a place
            if not m.group("name2") and not m.group("kind") and _describes_the_focus(text, ns, ne) and g.place(name, fuzzy=False) is None:
                continue  # "in the Pacific island nation": the country in focus, described (_BACK)
            if not m.group("name2") and not m.group("kind") and " " not in name and _surname_elsewhere(text, name):
                continue  # "in Assad clans hometown", where the text names "Bashar Assad" too
            if not m.group("name2") and not m.group("kind") and g.place(name, fuzzy=False) is None and _a_thing_named(text, ns, ne, name):
                continue  # "in the Hilux" after "a Toyota Hilux pickup": a car, no place
            if _STREET_END.search(name):
                continue  # "on Dapitan Street": a street
            furniture = _FURNITURE_TAIL.search(name) or _WEEKDAY_END.search(name) or _LGA_TAIL.search(name)
            if furniture:
                # "in Pedrógão Grande Photo: AFP", "in Brick Township Tuesday"
                name, ne = name[: furniture.start()], ns + furniture.start()
            kind = (m.group("kind") or m.group("kind2") or "area").lower()
            last = name.rsplit(" ", 1)
            if compass_named:
                kind = last[1].lower()  # (the name keeps its kind word: "Central" alone names nothing)
            elif len(last) == 2 and last[1].lower() in _DEPTH and not last[0].endswith(("'s", "’s")):
                # "Salamyieh City" is Salamyieh ("Saddler's Village" keeps its kind word: named for someone, no place alone)
                name, ne, kind = last[0], ns + len(last[0]), last[1].lower()
            typed = f"{name} {kind}" if m.group("kind") else name
            spelled = g.place(typed, fuzzy=False)
            if spelled is not None and g.place_named(typed) is None and named_countries and (
                (home := g.country_of(spelled.id)) is not None and home.id not in named_countries
            ):
                spelled = None  # "the blast in Maridi town" in a story on South Sudan is not Niger's Maradi, one vowel away
            if spelled is not None and (spelled_alike(typed, spelled.name) or spelled_alike(name, base_name(spelled.name))):
                # "in Za'atri camp": a place the tables know, spelled another way (their lookup reads
                # transliterations, the scan only the names as written)
                end = m.end("kind") if m.group("kind") else ne
                unknown.append(Mention(ns, end, spelled, text[ns:end]))
                continue
            if text[ne : ne + 1] == "." and (state := vocab.AP_STATES.get(f"{name}.")) and re.search(rf"\b{state}\b", text) and (
                held := g.place(state, fuzzy=False)
            ) is not None:
                # "kill 8, injure others in Okla.": the US state, in a text that names it in full too ("the Oklahoma
                # Department of Emergency Management"; not "who were at Mass.")
                unknown.append(Mention(ns, ne + 1, held, held.name))
                continue
            # "at Mt. Meron": the name as gazetteers and analysts spell it out
            entity = Entity(-(k + 1), _SPELLED_OUT.sub(lambda a: SHORT_FORMS_BEFORE_NAMES[a.group(1)] + " ", name), kind if kind in _DEPTH else "area")
            unknown.append(Mention(ns, ne, entity, name))
        unknown += _named_with_kind(text, g, [(m.start, m.end) for m in mentions + unknown] + agency_spans)
        # "What Happened to 9 Cambodian Civilians in Border Fighting?": a title-case headline's common words
        unknown = [m for m in unknown if not _common_words_in_heading(text, m)]
        unknown += [
            m for m in _named_again(text, unknown, mentions)
            if not _in_person_name(text, m) and not any(a < m.end and m.start < b for a, b in agency_spans)
        ]  # ("Mercy Wanjiku, a Red Cross volunteer, said": a person named like the village)
        taken = [(m.start, m.end) for m in mentions + unknown]
        extra = [
            m for m in extra if not any(a < m.end and m.start < b for a, b in taken) and not _in_person_name(text, m)
            and not _whence_attackers(text, m, mentions + extra)
            and not (m.entity.id < 0 and (_common_words_in_heading(text, m) or _VENUE_AFTER.match(text, m.end) or _MINE_IN_AFTER.match(text, m.end)
                                          or (_FORCE_AFTER.match(text, m.end) and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start))))
        ]
        storms = _storm_names(text)
        if storms:
            # "the passing of Ike", "Hurricane Ike": a storm's name is not a place
            unknown = [m for m in unknown if not _names_storm(m.entity.name, storms)]
            extra = [m for m in extra if m.entity.id > 0 or not _names_storm(m.entity.name, storms)]
        # (a river the tables lack is no place a count is in: "a high flood in the River Chenab had inundated 138 villages";
        # nor a name that only describes the place named after it, "the Mediterranean city of Al Hoceima", "Turkey's Black
        # Sea province of Giresun", "France's Mediterranean coast", "near Southeast Asia's highest mountain", nor a fire's
        # name; "the Swiss Alps" are Switzerland, "12 in the Eaton Fire area")
        unknown, extra = ([_as_its_country(g, m) for m in ms if m.entity.id > 0 or not _names_no_place_learned(text, m)]
                          for ms in (unknown, extra))
        mentions = _misspelt_again(sorted(mentions + unknown + extra, key=lambda m: m.start))
        items = [(m.start, m.end, m) for m in mentions] + anaphora
        items.sort(key=lambda x: x[0])
        for start, end, what in items:
            if isinstance(what, Mention):
                e = what.entity
                # "where Paris has imposed", "France is sending in 500 security forces": a government acting
                # (only a government outside the headline's country: "Nepal urged more aid after an earthquake
                # killed 9,000" in a story on Nepal is Nepal's figure)
                acts = (
                    title_country is not None and e.id > 0 and e.id != title_country.id
                    and (_ACTS_ABROAD_AFTER if e.kind == "country" else _GOVERNS_AFTER).match(text, end) is not None
                    and (e.kind == "country" or e.name in major_city_names()) and not self.g.within(e.id, title_country.id)
                )
                if e.kind in ("country", "area") and e.id > 0 and not acts:
                    last_territory = e
                if any(a <= start < b for a, b in datelines):
                    self.events.append(Event(start, end, e, "dateline"))
                    dateline_country = dateline_country or self._country_of(e)
                    continue
                if _MEDIA_BEFORE.search(text, max(0, start - 40), start) and _NAME_GOES_ON.match(text, end):
                    continue  # "the public television channel Gabon Première": a channel's name, no place
                if (media := _MEDIA_AFTER.match(text, end)) and not set(media.group("between").lower().split()) & vocab.CAUSE_WORDS:
                    # "(UrduPoint / Pakistan Point News - 9th Sep)", "the Jordan Times": an outlet's name, no place (not a
                    # heading's "Morocco Earthquake News")
                    continue
                if _TREATED_IN.search(text, max(0, start - 120), start) or _HURT_BROUGHT_TO.search(text, max(0, start - 60), start) or (
                    (_BROUGHT_TO.search(text, max(0, start - 40), start) or _IN_CARE.search(text, max(0, start - 40), start))
                    and (_HOSPITAL_AFTER.match(text, end) or _FOR_TREATMENT_AFTER.match(text, end)
                         # ("five people in critical condition who were flown to Nuku'alofa": the hurt, taken for care)
                         or _HURT_BEFORE.search(text, max(0, start - 120), start))
                ):  # ("taken to the Connaught hospital mortuary": where the dead were taken, not where they died; "who was in
                    # intensive care in Athens' Evangelismos hospital died": where they were treated)
                    self.events.append(Event(start, end, e, "treated"))
                    continue
                if self._names_a_speaker(e, end):
                    self.events.append(Event(start, end, e, "speaker"))
                    continue
                if acts:  # (no place of a figure)
                    self.events.append(Event(start, end, e, "actor"))
                    continue
                found = next(tokens.matches(_ROLE, text, starts.roles, max(0, start - 60), start), None)
                role = found.lastgroup if found else "here"
                if role == "speech" and _SAID_ABOUT.search(found.group(0)) and _COUNT_CLAUSE_AFTER.match(text, end) and (
                    e.kind != "country" and e.name not in vocab.SPEAKS_FROM
                ):  # (not "Tedros said in Geneva, 30 health workers ...": a city the world speaks from)
                    role = "here"  # "Vidyananthan said in Pontian, 210 people ...": where the count is, not where he spoke
                if role == "here" and self.events and self.events[-1].role == "reference" and _AND_NEXT_PLACE.fullmatch(
                    text, self.events[-1].end, start
                ):
                    role = "reference"  # "between China to the north and India to the south": both where it lies
                if role == "here" and self.events and (self.events[-1].role == "here" or self._holds_origin(self.events[-1], e) or (
                    # (a container's own container only where the tables say it holds it: not "in the Dacchan area in the
                    # Kishtwar district of Jammu", a district named as where the area lies)
                    self.events[-1].role == "container" and self.events[-1].entity.id > 0 and e.id > 0
                    and self.g.within(self.events[-1].entity.id, e.id)
                )) and self._inside_next(self.events[-1], Event(start, end, e, role)):
                    # "Cianjur regency in West Java": where the place before lies, not where a figure is (and "Kwasong,
                    # Morobe Province, in northern Papua New Guinea": where the place before's own container lies; "labourers
                    # from Sokoto State in northwest Nigeria": where the place they came from lies)
                    role = "container"
                elif role == "here" and (before := self._before_countrys(start)) is not None and self._inside_next(
                    before, Event(start, end, e, role)
                ):
                    role = "container"  # "the Quetame municipality in Colombia's Cundinamarca department": where the place before the country's lies
                elif role == "here" and self.events and self.events[-1].role == "here" and self.events[-1].entity.kind in _REGION_KINDS and (
                    _POSSESSIVE_GAP.fullmatch(text, self.events[-1].end, start)
                ) and self._holds_named(self.events[-1].entity, e, end):
                    # "in the Moscow Region's Balashikha": the region holds the town named as its own
                    self.events[-1] = replace(self.events[-1], role="container")
                elif role == "here" and e.kind == "country" and self.events and self.events[-1].entity.kind != "country" and (
                    self.text[self.events[-1].end : start] == ", "
                ):
                    role = "container"  # "hit Acapulco, Mexico": the country of the place before, not another place
                elif role == "here" and e.id > 0 and e.kind in _REGION_KINDS and self.events and self.events[-1].entity.id < 0 and self.events[-1].role in ("here", "epicentre") and (
                    self.text[self.events[-1].end : start] == ", " and not _LIST_GOES_ON.match(self.text, end)
                ):
                    role = "container"  # "in Daraga, Albay, the agency oversaw": the province of the town no table knows
                elif role == "here" and self.events and self.events[-1].entity.id < 0 and self.events[-1].role in ("here", "epicentre") and e.kind != "city" and (
                    e.id > 0 or e.kind in _REGION_KINDS
                ) and (
                    described := _DESCRIBED_BEFORE.fullmatch(text, self.events[-1].end, start)
                ) is not None and (described.group("in") or _DESCRIBED_AFTER.match(text, end)):
                    # "the town of Owo, the Ondo state capital": where the town no table knows lies (a district no table
                    # knows either where its kind is written: "Walewale township, the capital of West Mamprusi district")
                    role = "container"
                elif role == "here" and self.events and self.events[-1].entity.id < 0 and self.events[-1].role == "here" and _PART_OF_AFTER.fullmatch(
                    text, self.events[-1].end, start
                ):
                    role = "container"  # "the Sangareddy district of Telangana": the state the district no table knows lies in
                elif role == "here" and self.events and self.events[-1].entity.id != e.id and (
                    _A_PART_OF.fullmatch(text, self.events[-1].end, start) or (
                        # (only after a place narrower than the city: "in Peru in the outskirts of Lima" is Lima)
                        (self.events[-1].entity.id < 0 or self.events[-1].entity.kind not in WIDER_THAN_TOWN | _REGION_KINDS | _CITY_KINDS)
                        and _IN_A_PART_OF.fullmatch(text, self.events[-1].end, start))
                ):
                    # "hit Kermanshah province, western part of Iran", "at Chawk Bazar in old town of Dhaka": where the place
                    # before lies
                    role = "container"
                elif role == "here" and self.events and self.events[-1].entity.id != e.id and _ON_AN_ISLAND_OF.fullmatch(
                    text, self.events[-1].end, start
                ):
                    role = "container"  # "the Moria reception centre on the Greek island of Lesvos": where Moria lies
                elif role == "here" and self._in_brackets_after_place(start, e):
                    role = "container"  # "the Municipality of Nejapa (San Salvador Department, central El Salvador)": where it lies
                elif role == "here" and self._next_origin_in_list(e, start):
                    role = "origin"  # "one from each of Egypt, Nepal, the Philippines ... and Turkey": all where the dead came from
                elif role == "here" and self.events and _THE_PLACE_IN.search(text, max(0, start - 40), start):
                    role = "container"  # "The island, in the Gulf of Naples, was engulfed": where the place in focus lies
                elif role == "here" and (e.kind == "country" or (e.id < 0 and e.kind == "area")) and self.events and self.events[-1].entity.kind == "country" and (
                    self._in_between(self.events[-1], Event(start, end, e, role))
                ):
                    # "the Marshall Islands in Micronesia", "the Turks and Caicos Islands in the Caribbean": the
                    # region a country lies in
                    role = "container"
                self.events.append(Event(start, end, e, role))
                if role != "here":
                    continue
                if title_country is not None and e.id > 0 and e.kind != "country" and not self.g.within(e.id, title_country.id):
                    continue  # "the Astana talks" in a Syria story: "the region" is not Kazakhstan's
                if e.kind in _CITY_KINDS or e.id < 0:
                    focus_city = e
                if e.kind == "country":
                    last_country = e
                elif depth(e) == 1:
                    focus_region = e
            else:
                target = {
                    "city": focus_city,
                    "country": last_country or dateline_country,
                    "region": focus_region,
                    "territory": last_territory,
                }.get(what)
                if what == "country" and (own := next((c for w in text[start:end].split() if (c := vocab.COUNTRY_OF_DEMONYM.get(w.lower()))), None)):
                    # "in ten Iranian provinces": the country the phrase's own people's word names, not the one named last
                    # ("a province which borders Iraq")
                    target = g.place(own, fuzzy=False) or target
                if what == "village":
                    target = next((ev.entity for ev in reversed(self.events) if ev.entity.kind == text[start:end].split()[-1]
                                   and ev.role in ("here", "origin", "epicentre")), None)
                if what == "city" and (district := self._district_just_named(start)) is not None:
                    target = district
                if what == "country" and focus_region is not None and focus_region.kind != "country" and text[start:end].endswith(
                    " island"
                ) and (target is None or self.g.within(focus_region.id, target.id)) and not any(
                    ev.role == "here" and ev.entity.id != focus_region.id and not self._inside(ev.entity, focus_region)
                    and (ev.entity.id < 0 or ev.entity.kind in ("governorate", "region"))
                    for ev in self.events[-3:]
                ):  # (not where another island or province was named just before: "On Rhodes, ... the Greek island"; a
                    # town on the island, or whence help came, does not count)
                    target = focus_region  # "Authorities on the Portuguese island" in a story on Madeira: the island, a province
                if target is not None:
                    # "a popular tourist site to the north of the country": where the place just named lies, not where
                    # anything happened
                    where = "container" if what == "country" and _PART_OF_THE.search(text, max(0, start - 90), start) else "here"
                    self.events.append(Event(start, end, target, where))
        self.events += self._unnamed_places(starts)
        # "a tent in Senete village: Photo BRCS": a photo's caption run into the text is where the photo was taken
        self.events = [ev for ev in self.events if not _PHOTO_AFTER.match(text, ev.end)]
        self.events.sort(key=lambda ev: ev.start)
        # the places no table knows that the body names, outside the headline (what a headline's unknown name must be too)
        title_end = title_at + len(title) if title_at >= 0 else -1
        in_body = {ev.entity.name for ev in self.events if ev.entity.id < 0 and not title_at <= ev.start < title_end} if (
            learned_title or (self.title_place is not None and title_at >= 0)) else set()
        if learned_title:
            # "Britons 'missing' after worst weather in Madeira": a place no table knows that the headline puts
            # the story in, not the country of the people it names first (nor the first place of the body)
            # (one the body names as a place too, outside the headline: not "kills 4 in Assad clans hometown")
            learned = next((ev.entity for ev in self.events if ev.entity.id < 0 and ev.role in ("here", "epicentre")
                            and ev.entity.name in in_body and (k := title.find(ev.entity.name)) > 0
                            and _TITLE_LOCATIVE.search(title, 0, k)), None)
            self.title_place = learned or self.title_place
        elif self.title_place is not None and title_at >= 0:
            # "Report on the Social Disorganization in Pikit, Cotabato Province": a town no table knows that the headline
            # names with the known place it lies in is the headline's place
            # (named so, "Pikit, Cotabato", and named again in the body: not "Terrorist Rocket Attacks in Aleppo")
            # ("More Dead in Itaoca, Sao Paolo, Brazil": with a state between that the tables miss, spelt loosely, kept for the
            # unnamed village of that state the body tells of: see locate)
            town = next((
                (a, b) for a, b in zip(self.events, self.events[1:])
                if a.entity.id < 0 and a.role == "here" and b.entity.id == self.title_place.id and (
                    (b.role == "container" and text[a.end : b.start] == ", ")
                    or (b.role in ("container", "here") and _A_STATE_BETWEEN.fullmatch(text, a.end, b.start) is not None))
                and a.entity.name in in_body and title_at <= a.start and b.end <= title_end
            ), None)
            if town is not None:
                self.title_place = town[0].entity
                self.title_state = text[town[0].end : town[1].start].strip(", \t") or None
        self._place_towns()
        self.event_starts = [ev.start for ev in self.events]
        for a, b in zip(self.events, self.events[1:]):
            if a.entity.id < 0 and b.entity.id < 0 and _LEARNED_IN_LEARNED.fullmatch(text, a.end, b.start):
                # "left Onugwa hamlet in Ibaji": a place no table knows inside another (which the store may have
                # learned from this article's counts before: a question about Ibaji then finds Onugwa's)
                self.containers.setdefault(a.entity.name, b.entity.name)
        # The place the article is about: its headline's, else the first one its body names, else
        # the country of its dateline.
        # (A generator: only the first places of the body are looked at.)
        body = (ev for ev in self.events if ev.role == "here" and not _in_heading(text, ev.start) and not in_caption(text, ev.start))
        first = next(body, None)
        # With no place where something is, where a hazard struck ("a storm hit Bobonong").
        struck = next((ev for ev in self.events if ev.role == "epicentre"), None) if first is None else None
        self.focus = self.title_place or (first.entity if first else None) or (struck.entity if struck else None) or dateline_country
        if self.title_place is None and first is not None and self.paragraph_of(first.start) > self._lead + 1:
            # No headline and a lead that names no place: the first place named further down ("forecast in
            # Kisumu, Kisii...") is not what the story is about; the one country its places lie in is.
            countries = Counter(c for ev in self.events if ev.entity.id > 0 for c in [self._country_of(ev.entity)] if c)
            top = countries.most_common(1)
            hit = next((ev for ev in self.events if ev.role == "epicentre" and ev.start < first.start and not _in_heading(text, ev.start)), None)
            if hit is not None:
                # "Hurricane Ike has struck the Turks and Caicos Islands ... Haiti hurricanes": where the hazard
                # the lead tells of struck, not a place a later section turns to
                self.focus = hit.entity
            elif top and top[0][1] >= 0.8 * sum(countries.values()):
                self.focus = top[0][0]
        if self.title_place and first and not self.entries:
            # The lead names a place inside the headline's: "Fire in Cox's Bazar camp" -> "Camp 5 of Kutupalong".
            lead = self.paragraph_of(first.start)
            # Only the lead's first sentence: a later one names where a part of the story happened.
            stop = _SENTENCE_END.search(text, self.paragraphs[lead])
            lead_end = stop.start() if stop else len(text)
            after = None
            for ev in chain([first], body):
                if self.paragraph_of(ev.start) != lead or ev.start >= lead_end:
                    break
                if self.list_length([ev, *self.between(ev.end, lead_end, ("here", "container"))]) >= 2:
                    break  # "affected in CALABARZON, MIMAROPA and CAR": the story is not about the first of them
                if self._near_a_city(ev):
                    continue
                e = ev.entity
                if e.id != self.title_place.id and (self._inside(e, self.title_place) or self._named_inside(ev, self.title_place, lead_end)):
                    if after is None or not re.search(r"\band\b", text[after : ev.start]):
                        # (not a second place the lead adds: "the Seychelles main island of Mahe was devastated ...
                        # and the island La Digue was severely affected")
                        self.focus, self.narrowed_from = e, self.title_place
                    break
                after = ev.end
        if self.focus is not None and self.focus.kind == "country" and self.narrowed_from is None and (
            (town := self._dateline_place(self.focus)) is not None or (town := self._the_place_told()) is not None
        ):  # (a local story's dateline town first: "CORINALDO, Italy (AP) - A stampede ... near Ancona", however often
            # the story then names the province's capital for its firefighters and prosecutors)
            self.focus, self.narrowed_from, self.told_from = town, self.focus, self.focus
        if self.focus is not None and self.focus.kind == "country" and self.narrowed_from is None:
            island = self._the_island()
            if island is not None:
                self.focus, self.narrowed_from = island, self.focus
                # each "on the island" is where that island is named again, as "the city" is the city in focus
                self.events += [Event(m.end() - len("island"), m.end(), island, "here") for m in _KEEPS_TO_THE_ISLAND.finditer(text)]
                self.events.sort(key=lambda ev: ev.start)
                self.event_starts = [ev.start for ev in self.events]
        if self.focus is None:
            # No place named at all: the country whose people the headline or lead names ("9 Cambodian
            # Civilians in Border Fighting")
            self.focus = _country_of_people(g, text[:400]) or _country_of_people(g, text[:400], _NATION_SPEAKS) or next(
                (ev.entity for ev in self.events if ev.role == "speaker"), None)  # ("Kenya's interior minister said ...")
        if self.focus is None:
            # Text with hard line breaks, each line read as a heading: the first place it names at all (or,
            # naming no other, where the hurt were taken: "20 were taken to hospital in Kabul")
            self.focus = next((ev.entity for ev in self.events if ev.role == "here"), None) or next(
                (ev.entity for ev in self.events if ev.role == "treated"), None)
        self._keep_spelling_abroad()
        # "in Tabayin Township, Sagaing Region of Myanmar": what each place no table knows lies in, read once for the
        # whole article (a figure's place may be the focus, named in another sentence)
        self._note_containers(self.events)
        if self.focus is not None and self.told_from is None and (place := self._the_story_place()) is not None:
            self.focus, self.told_from = place, self.focus
        if self.focus is not None and self.told_from is None and (self.narrowed_from is None or self.focus.kind == "governorate") and (
            place := self._the_site_kept_to()
        ) is not None:  # (a state the lead narrowed the headline's country to as well: "... in Colombia" -> "Risaralda province")
            self.focus, self.told_from = place, self.focus
        if self.focus is not None and self.told_from is None and self.focus.kind == "city" and (place := self._the_part_of_the_city()) is not None:
            self.focus, self.told_from = place, self.focus

    def _next_origin_in_list(self, e: Entity, start: int) -> bool:
        """Does a place of e's kind at `start` go on a list of places people came from, the event before it being one
        ("from each of Egypt, Nepal, the Philippines ... and Turkey")? After a comma, or after "and" where the list ran
        on before it; not after ", and", where another clause starts ("set off from Libya, and Italy recovered 12
        bodies")."""
        if not self.events or self.events[-1].role != "origin" or e.kind != self.events[-1].entity.kind:
            return False
        last = self.events[-1]
        gap = self.text[last.end : start]
        if not _NEXT_IN_LIST.fullmatch(gap) or re.match(r"\s*,\s*and\b", gap):
            return False
        return gap.lstrip().startswith(",") or (
            len(self.events) >= 2 and self.events[-2].role == "origin" and _NEXT_IN_LIST.fullmatch(self.text, self.events[-2].end, last.start) is not None)

    def _holds_origin(self, last: Event, e: Entity) -> bool:
        """Is e, named after where people came from, where that place lies ("labourers from Sokoto State in northwest
        Nigeria": a part of the country holding it)? Not the place they are in ("displaced people from Gaza City in Rafah",
        "traders from Kano in Maiduguri")."""
        if last.role != "origin":
            return False
        if e.kind in ("country", "region") and e.id > 0:
            return self._inside(last.entity, e)
        # ("northwest Nigeria": a compass part of the country the place lies in)
        country = self._country_of(e) if _COMPASS_ALONE.match(e.name) else None
        return country is not None and self._inside(last.entity, country)

    def _with_town_before(self, here: list[Event], sent: Sentence) -> list[Event]:
        """A clause's places, with the town its first place is said to hold, named before the comma that opens the clause
        ("in the city of Kunshan, in East China’s Jiangsu Province has killed", "near the town of Pissila, in the country’s
        Sanmatenga province"): the town is where, the province where it lies."""
        if not here:
            return here
        before = next((self.events[i] for i in range(bisect_left(self.event_starts, here[0].start) - 1, -1, -1)
                       if self.events[i].role == "here"), None)
        if before is not None and before.start >= sent.start and self.text[before.end : here[0].start].lstrip().startswith(",") and (
            self._inside_next(before, here[0])
        ):
            return [before, *here]
        return here

    def _in_brackets_after_place(self, start: int, e: Entity) -> bool:
        """Is the place e at `start` inside brackets opened right after a place it holds ("Nejapa (San Salvador Department,
        central El Salvador)", "Paung Township (Mon State)"): where that place lies? (Not the parts a bracket lists: "in Mon
        State (Paung Township)", "Faryab (Almar, Maimana ...)".)"""
        opened = self.text.rfind("(", max(0, start - 80), start)
        if opened < 0 or ")" in self.text[opened:start] or not self.events or e.id < 0:
            return False
        before = self.text[:opened].rstrip()
        outer = next((ev for ev in self.events[-3:] if ev.end == len(before) and ev.role == "here"), None)
        if outer is None:
            return False
        # (a place no table places, not even in a country, lies wherever its brackets say)
        unplaced = outer.entity.id < 0 and outer.entity.parent_id is None
        return unplaced or self._inside(outer.entity, e)

    def _the_island(self) -> Entity | None:
        """The one island a story on a country names, where the story keeps to "the island" ("missing on the island",
        "removed from the island" ... "present on White Island"): where its counts are, not the whole country. None
        where the story names no island, or more than one."""
        keeps = len(_KEEPS_TO_THE_ISLAND.findall(self.text))
        if not keeps or any(ev.entity.kind == "country" and ev.entity.id != self.focus.id and ev.role == "here" for ev in self.events):
            return None  # (a story naming another country may name that country's island: "Union Island in St Vincent")
        named = [ev for ev in self.events if ev.role in ("here", "epicentre") and ev.entity.kind != "country" and (
            ev.entity.name.endswith(" Island") or _ISLAND_OF_BEFORE.search(self.text, max(0, ev.start - 20), ev.start))
            and (ev.entity.id < 0 or self._inside(ev.entity, self.focus))]
        islands = {ev.entity.name.removesuffix(" Island"): ev.entity for ev in named}
        # (kept to "on the island" twice, or named twice as the island it is: "Qeshm Island", "the Gulf island of Qeshm")
        return next(iter(islands.values())) if len(islands) == 1 and (keeps >= 2 or len(named) >= 2) else None

    def story_town(self) -> str | None:
        """The town the story is about: its focus when that is a town, else the one town its places keep to when its
        focus is its country or state ("Tuscaloosa", then "the city" again and again), for "Mayor Walt Maddox said"."""
        if self.focus is not None and self.focus.kind in _CITY_KINDS:
            return self.focus.name
        towns = Counter(ev.entity.name for ev in self.events if ev.role == "here" and ev.entity.kind in _CITY_KINDS).most_common(2)
        return towns[0][0] if towns and towns[0][1] >= 3 and (len(towns) == 1 or towns[1][1] * 2 < towns[0][1]) else None

    def _place_towns(self) -> None:
        """Give a name the tables lack the country a town of that name lies in ("off the Gabonese capital
        Libreville"), preferring the countries the article names; its events then lie inside that country."""
        unknown = [ev for ev in self.events if ev.entity.id < 0 and ev.entity.parent_id is None and depth(ev.entity) >= 3]
        if not unknown:
            return
        from store.cities import country_of_town  # (a second's load, only for an article that needs it)

        named = [self.title_place] + [ev.entity for ev in self.events if ev.entity.id > 0]
        likely = {c.pcode for e in named for c in [self._country_of(e)] if c is not None and c.pcode}
        towns: dict[int, Entity] = {}
        for ev in unknown:
            if ev.entity.id not in towns:
                code = country_of_town(ev.entity.name, likely)
                country = self.g.country_by_code(code) if code else None
                home = (self._state_of_town(ev.entity.name, code, country) or country) if country is not None else None
                kind = ev.entity.kind if ev.entity.kind in _CITY_KINDS else "town"
                towns[ev.entity.id] = replace(ev.entity, kind=kind, parent_id=home.id) if home is not None else ev.entity
                if country is not None:
                    self.town_homes.setdefault(ev.entity.name, home.name)
            ev.entity = towns[ev.entity.id]

    def _state_of_town(self, name: str, code: str, country: Entity) -> Entity | None:
        """The state or province a town the tables lack lies in, where GeoNames codes them as ISO does: the one the story
        names among those a town of that name lies in (Paradise in a story on California, not Nevada's); else, where the
        story names no other state of that country, the only one, or that of a town ten times the size of any other so
        named (Roseburg: Oregon; Buffalo: New York); else none."""
        from store.cities import province_codes_of_town

        if country.name in _NO_TOWN_STATES:
            return None
        found = province_codes_of_town(name, code)
        states = {s.id: (s, found[c]) for c in found if (s := self.g.province_by_code(c)) is not None and self.g.within(s.id, country.id)}
        named = {ev.entity.id for ev in self.events if ev.entity.kind == "governorate"} | (
            {self.title_place.id} if self.title_place is not None and self.title_place.kind == "governorate" else set())
        told = [states[i][0] for i in named if i in states]
        if told:
            return told[0] if len(told) == 1 else None
        if any((e := self.g.place_by_id(i)) is not None and self._country_of(e) == country for i in named):
            return None
        ranked = sorted(states.values(), key=lambda sn: sn[1], reverse=True)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 10 * ranked[1][1]) else None

    def _names_a_speaker(self, e: Entity, end: int) -> bool:
        """Does the place named up to `end` name who speaks, not where a count is: a police force by its place ("Devon and
        Cornwall Police said three females ... had died in the Keyham area"; a country's, "Kenya Police said", only where
        its sentence names that place), a country's office ("Italy's Foreign Minister, Antonio Tajani, revealed that 12 to
        15 Italian citizens were hospitalized" in a story on Switzerland), or a country that speaks of elsewhere ("France
        said 26 of its nationals were injured"; not "Zimbabwe said 259 people died" in a story on Mozambique, its own toll)?"""
        if _FORCE_SPEAKS_AFTER.match(self.text, end):
            return e.kind != "country" or _PLACE_LATER_IN_SENTENCE.search(self.text, end, self._sentence_around(end).stop) is not None
        if e.kind != "country":
            return False
        said = _SPEAKS_AFTER_AUXILIARY.match(self.text, end)
        office = _WHOSE_OFFICE.match(self.text, end)
        if office is not None and office.group(0).lower().endswith("department") and (
            (held := self.g.place(office.group("words").strip(), fuzzy=False)) is not None and held.kind != "country"
        ):
            office = None  # "Colombia's Cundinamarca department": a department the country holds, no office of its
        return office is not None or (said is not None and self._speaks_of_elsewhere(e, said.end()))

    def _speaks_of_elsewhere(self, country: Entity, pos: int) -> bool:
        """After "<country> said" at pos: does it speak of its nationals ("France said 26 of its nationals were injured"),
        of another country's people ("Russia said 200 Ukrainian soldiers"), or of a place its sentence names ("... were
        killed in Daraa")?"""
        if _ITS_NATIONALS.match(self.text, pos):
            return True
        end = self._sentence_around(pos).stop
        people = {vocab.COUNTRY_OF_DEMONYM.get(w.lower()) for w in re.findall(r"[A-Z][a-z]+", self.text[pos : min(end, pos + 60)])}
        return bool(people - {None, country.name}) or _PLACE_LATER_IN_SENTENCE.search(self.text, pos, end) is not None

    def _sentence_around(self, pos: int) -> slice:
        """The sentence holding pos (the whole text where the resolver was given no sentences)."""
        if not self.sentences:
            return slice(0, len(self.text))
        st = self.sentences[max(0, bisect_right(self._sentence_starts, pos) - 1)]
        return slice(st.start, st.end)

    def _the_story_told(self, name: str, sent: Sentence, *, within: bool = True) -> str:
        """The place in focus where a sentence tells the story's event in the wider place it was told from ("attackers
        slashed people at a train station in southwestern China": the story's Kunming), else the place named (not "the
        war in Syria has killed 500,000 since 2011", "2,000 killed in Mali this year": the country's own totals; nor a
        sentence that tells no event, "Haiti has some 30,000 children living in orphanages"). `within`: a place holding
        the focus counts as the one it was told from."""
        if self.told_from is not None and (name == self.told_from.name or within and (
                (outer := self.g.place(name, fuzzy=False)) is not None and self._lies_in(self.focus, outer))) and not self._tells_a_total(sent) and (
            _TELLS_THE_EVENT.search(self.text, sent.start, sent.end)
        ):
            return self.focus.name
        return name

    def _tells_a_total(self, sent) -> bool:
        """Does the sentence give a total, not one event's toll: a year, "since", "this year", "across", or a war?"""
        # (an age is no year: "a 15-year-old student opened fire")
        words = set(re.findall(r"[a-z]+", _AGE.sub(" ", self.text[sent.start : sent.end].lower())))
        return bool(_TOTALS.search(self.text, sent.start, sent.end) or _YEAR.search(self.text, sent.start, sent.end)
                    or words & _TOTAL_WORDS)

    def _the_place_told(self) -> Entity | None:
        """The one place in the country in focus that the story of an attack, a fire, a crash names more often than any
        other, twice or more, the first time in its first paragraphs ("Assailants kill 29 in China ... the Kunming Train
        Station ... The violence in Kunming"): what it is about, the country only its headline's."""
        country = self.focus
        lead = self.text[: self._opening_end]
        if any(w in _REGION_HAZARDS for w in re.findall(r"[a-z]+", lead.lower())):
            return None  # (a flood, a cyclone, an earthquake strikes a wide area: the country's, though one town is named most)
        named = [ev for ev in self.events if ev.role == "here" and ev.entity.id != country.id and ev.entity.kind != "country"
                 and self._inside(ev.entity, country) and not _in_heading(self.text, ev.start)
                 # (a photo's caption counts where it shows the event's site: "at the site of a deadly fire ... in Hwaseong")
                 and (not in_caption(self.text, ev.start) or _SITE_SHOWN.search(self.text, max(0, ev.start - 200), ev.start))
                 # (named where the event or its toll is told: not "In Bamako, the junta declared three days of mourning")
                 and _TELLS_THE_EVENT.search(self.text[self._sentence_around(ev.start)]) is not None]
        # (of the places the lead or the paragraph after it names: not "Xinjiang separatist forces" named later as often)
        # (by name: a place no table knows takes a new id at each mention)
        early = {ev.entity.name for ev in named if self.paragraph_of(ev.start) <= self._lead + 1}
        counts = Counter(ev.entity.name for ev in named if ev.entity.name in early).most_common(2)
        if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
            return None
        return next(ev.entity for ev in named if ev.entity.name == counts[0][0])

    def _the_site_kept_to(self) -> Entity | None:
        """The one place inside the country or state in focus that the story keeps naming: twice or more, twice as
        often as any other place inside it and half as often as the focus itself ("rescue teams in Zambia ... the mine
        near Chingola ... Chingola"; "a landslide in Peru ... the town of Retamas ... Retamas"): where the event
        happened, as annotators place its counts, though the lead names only the country. A place no table knows and
        none places counts as inside where the story names no other country. Not for a hazard the headline or lead tells
        over a region, nor for unrest or weather (a flood's, a cyclone's or riots' toll is the country's, however often
        one town is named), but for the rain that set off the one mudslide or collapse a headline tells ("Mudslide buries
        homes in Colombia"); not a region, a country's capital (where officials speak) or a town the text calls a state's
        capital, a headline's or a caption's naming, nor a place named only where no event or count is told."""
        f = self.focus
        if f.kind not in ("country", "governorate") and not (f.id < 0 and f.kind in ("area", "district")):
            return None  # (a wide place, or an area no table knows: "18 Killed In Mangu, Plateau State" ... "Kadunung village")
        # (the headline's words too, where the text does not hold it: "Cyclone Mocha kills 30 in Bangladesh")
        lead = f"{self.title or ''} {self.text[: self._opening_end]}"
        wide = set(re.findall(r"[a-z]+", lead.lower())) & (_REGION_HAZARDS | _UNREST_OR_WEATHER)
        if wide and not (wide <= _RAIN_WORDS and self._headline_tells_a_site_event()):
            return None  # (but the rain that set off the one mudslide a headline tells: "Mudslide buries homes in Colombia")
        abroad = any(ev.role == "here" and ev.entity.kind == "country" and ev.entity.id != f.id and not self._inside(f, ev.entity)
                     for ev in self.events)
        named = [ev for ev in self.events if ev.role == "here" and ev.entity.name != f.name and ev.entity.kind not in ("country", "region")
                 and not in_caption(self.text, ev.start) and not _in_heading(self.text, ev.start)
                 and (self._lies_in(ev.entity, f) or (ev.entity.id < 0 and ev.entity.parent_id is None and not abroad))
                 # (in an area no table knows, another place no table knows, not a region's part, "Southeast Alaska" in a story
                 # on Wrangell, nor a district the tables know, which may hold the area: "Malappuram" in a story on its beach)
                 and (f.id > 0 or (
                     ev.entity.id < 0 and ev.entity.kind not in _REGION_KINDS and not _COMPASS_WORD.match(ev.entity.name)))
                 # (nor a place named for its office: "Thanjavur district collector J. Radhakrishan told")
                 and not _LOCAL_OFFICE_AFTER.match(self.text, ev.end)]
        counts = Counter(ev.entity.name for ev in named).most_common(2)
        if not counts or counts[0][1] < 2 or (len(counts) > 1 and 2 * counts[1][1] >= counts[0][1]):
            return None
        # (a place no table knows gets an id per mention: counted by its name)
        named_focus = sum(1 for ev in self.events
                          if ev.role == "here" and (ev.entity.id == f.id if f.id > 0 else ev.entity.name == f.name))
        if (2 * counts[0][1] < named_focus) if f.id > 0 else (counts[0][1] < 2 * named_focus):
            # (a province named twice in a story that names its country nine times: the country's story; an area no table
            # knows keeps its story unless the site is named twice as often: "Gilroy" over its "Christmas Hill Park")
            return None
        site = [ev for ev in named if ev.entity.name == counts[0][0]]
        if not any(_A_COUNT.search(told) or any(not _EVENT_WORD_GOES_ON.match(told, m.start()) for m in _TELLS_THE_EVENT.finditer(told))
                   for ev in site for told in [self.text[self._sentence_around(ev.start)]]):
            return None  # (named only where people mourn or gather: "Mourners gathered in Kunming", no count or event there)
        from store.cities import is_capital  # (loaded only for a story that keeps to one place)

        if site[0].entity.kind in _CITY_KINDS and f.kind == "country" and is_capital(site[0].entity.name):
            return None  # (the capital, where officials speak and mourning is declared: not the site)
        if re.search(_A_CAPITAL_NAMED.format(name=re.escape(site[0].entity.name)), self.text):
            return None  # (nor a state's: "Police in Gusau, the state capital")
        return site[0].entity

    def _near_a_city(self, ev: Event) -> bool:
        """Is this a city the text puts the site near or outside ("a gas station near Bucharest"): a place the site lies
        outside, not the story's place (a spot of coast "near Alghareef Point in Shabwah governorate" is left to its
        province)?"""
        return ev.entity.kind in _CITY_KINDS and _NEAR_BEFORE.search(self.text, max(0, ev.start - 16), ev.start) is not None

    def _headline_tells_a_site_event(self) -> bool:
        """Does the headline tell one event at a site (_SITE_EVENT), and no hazard over a region but rain?"""
        title = (self.title or "").lower()
        return _SITE_EVENT.search(title) is not None and not set(re.findall(r"[a-z]+", title)) & (_REGION_HAZARDS - _RAIN_WORDS)

    def _lies_in(self, e: Entity, container: Entity) -> bool:
        """_inside, or a place no table knows that the text names inside the container or a place in it."""
        if e.id == container.id:
            return False
        if self._inside(e, container):
            return True
        held = self.g.place(self.containers[e.name], fuzzy=False) if e.id < 0 and e.name in self.containers else None
        return held is not None and (held.id == container.id or self._inside(held, container))

    def _the_story_place(self) -> Entity | None:
        """The one place inside the focus that the headline and the lead's first two sentences name, any other they
        name holding it ("a landslide that buried a village in central Sri Lanka ... a tea estate in Haldummulla,
        Badulla"): where one event happened is what the story is about, as annotators place its counts. Only where the
        headline or that lead tells one event at a site (_SITE_EVENT; an attack at one is one); not a war's story, a wide
        hazard's (a flood's toll is the region's, as landslides' in the plural are a season's), nor where the lead names
        two places side by side."""
        f = self.focus
        lead = self.paragraphs[self._lead] if self.paragraphs else 0
        told = [st for st in self.sentences if st.end > lead][:2]
        end = told[-1].end if told else self.paragraph_end(self._lead)
        # (the headline's words too, where the text does not hold it: "Cyclone Shaheen" over a lead that names a province)
        words = f"{self.title or ''} {self.text[:end]}".lower()
        if set(re.findall(r"[a-z]+", words)) & (_WAR_NOT_AN_ATTACK | _REGION_HAZARDS) or not _SITE_EVENT.search(words):
            return None
        inside = {e.name: e for ev in self.events if ev.role == "here" and ev.start < end
                  and not in_caption(self.text, ev.start) and self._lies_in(ev.entity, f)
                  and not self._near_a_city(ev)
                  for e in [self._town_not_coast(ev.entity)] if e is not None}
        inner = [e for e in inside.values() if all(o.name == e.name or self._lies_in(e, o) for o in inside.values())]
        return inner[0] if len(inner) == 1 else None

    def _the_part_of_the_city(self) -> Entity | None:
        """The one neighbourhood or suburb of the city in focus that the story names as such where it tells its event
        at a site ("a stampede at the Los Cotorros club in the middle-class neighbourhood of El Paraiso", "a fire at the
        hospital in Dhakuria, south Kolkata"): where it happened, as annotators place its counts (not where a flood or a
        storm struck the whole city; not where the hurt were taken; not a known place outside the city but a namesake
        "the neighbourhood of" names; nor two parts)."""
        city = self.focus
        opening = f"{self.title or ''} {self.text[: self._opening_end]}".lower()
        if not _SITE_EVENT.search(opening) or set(re.findall(r"[a-z]+", opening)) & _REGION_HAZARDS:
            return None
        quarter = re.compile(_A_QUARTER_OF.format(city=re.escape(city.name)), re.I)
        citys = re.compile(_THE_CITYS.format(city=re.escape(city.name)))
        parts: dict[str, Entity] = {}
        for ev in self.events:
            e = ev.entity
            if ev.role != "here" or e.id == city.id or e.kind == "country" or not _TELLS_THE_EVENT.search(
                self.text[self._sentence_around(ev.start)]
            ):
                continue
            named_part = _A_PART_BEFORE.search(self.text, max(0, ev.start - 40), ev.start) is not None
            if not (named_part or _A_PART_AFTER.match(self.text, ev.end) or quarter.match(self.text, ev.end) or (
                _AREA_AFTER.match(self.text, ev.end) and citys.search(self.text, max(0, ev.start - 60), ev.start)
            )):
                continue
            if e.id > 0 and not self._inside(e, city):
                if not named_part or self._country_of(e) == self._country_of(city):
                    continue  # (a place of its own: "a visitor from Ealing", a town of the same country)
                e = self._namesake(ev, city)  # ("El Paraiso" in Caracas is not Honduras's El Paraíso department)
            parts.setdefault(e.name, e)
        if len(parts) != 1:
            return None
        part = next(iter(parts.values()))
        self.containers.setdefault(part.name, city.name)
        for ev in self.events:
            if ev.entity.id > 0 and f"{self.text[ev.start : ev.end]}, {city.name}" == part.name:
                ev.entity = part  # (each mention of the namesake)
        return part

    def _inside(self, e: Entity, container: Entity) -> bool:
        """A place is the container or lies in it (a town the tables lack, by the country its name is a town of)."""
        if e.id > 0:
            return self.g.within(e.id, container.id)
        return e.parent_id is not None and (e.parent_id == container.id or self.g.within(e.parent_id, container.id))

    @cached_property
    def _opening_end(self) -> int:
        """Where the body's first two paragraphs end: the story's opening, which tells what kind of event it is."""
        return self.paragraph_end(min(self._lead + 1, len(self.paragraphs) - 1))

    @cached_property
    def _lead(self) -> int:
        """The first paragraph of the body (not a headline, a subhead or a photo's caption), found once per article."""
        return next((i for i, p in enumerate(self.paragraphs) if not _in_heading(self.text, p) and not in_caption(self.text, p)), 0)

    def paragraph_end(self, i: int) -> int:
        """Where paragraph i ends (where the next begins, or the text's end)."""
        return self.paragraphs[i + 1] if i + 1 < len(self.paragraphs) else len(self.text)

    @cached_property
    def _lead_words(self) -> set[str]:
        """The lower-case words of the body's first paragraph (read once per article)."""
        i = self._lead
        return set(re.findall(r"[a-z]+", self.text[self.paragraphs[i] if self.paragraphs else 0 : self.paragraph_end(i)].lower()))

    def _keep_spelling_abroad(self) -> None:
        """"Al-Tukhar" in a Syria story is not Afghanistan's Takhar Province: a name that only a
        transliteration key ties to a place in another country is a place of its own, as spelled; so is a village
        named like a city or province of a country the story never names ("the village of Dara" in Tajikistan is not
        Syria's Daraa); and a new name close to a known place of the article's country ("Salamyieh") is that place."""
        # (the focus's country, or where the focus is a place no table knows, the country the story puts it in:
        # "Vahdat district in Tajikistan")
        home = self.home_country()
        if home is None:
            return
        spelled: dict[int, Entity] = {}
        for k, ev in enumerate(self.events):
            e = ev.entity
            surface = self.text[ev.start : ev.end]
            if e.id < 0 and len(surface) >= 5:
                # The other way round: "Salamyieh" is Salamiyah, a spelling of a place in the same country.
                known = self.g.place(e.name, fuzzy=True, cutoff=85)
                if (
                    known is not None and known.kind != "country" and getattr(self._country_of(known), "id", None) == home.id
                    and spelled_alike(e.name, known.name)
                ):
                    spelled.setdefault(e.id, known)
                continue
            if e.id <= 0 or not surface[:1].isupper():
                continue
            named = self.g.place_named(surface) is not None
            if named and (e.kind not in ("city", "governorate", "district") or not _A_VILLAGE_NAMED.search(
                self.text, max(0, ev.start - 20), ev.start) or self._names_country_of(e)):
                # (a name the tables hold is that place, unless the text calls it a village, the tables' place is a city
                # or a province, and the story never names its country: "the village of Dara" in a story on Tajikistan is
                # not Syria's Daraa; "the village of Geneina" after "fled Sudan" is Sudan's)
                continue
            if self.g.place(surface, fuzzy=False) != e:
                continue  # "the region", standing for the place named before it
            if e.kind == "country":
                if e.id != home.id and _COUNTRY_KEY_TAIL.match(self.text, ev.end) and not any(
                    o.entity.id == e.id and self.g.place_named(self.text[o.start : o.end]) for o in self.events
                ):  # (only a name that goes on as a place's does: not "DRC", "the UAE", "the US")
                    # "Cameron Highlands" in a story on Malaysia is not Cameroon, whose key "Cameron" shares (a country
                    # the article also names by its own name is that country)
                    more = _COUNTRY_KEY_TAIL.match(self.text, ev.end)
                    if more:
                        ev.end += len(more.group(0))
                    ev.entity = Entity(-(5000 + k), self.text[ev.start : ev.end], "area")
                continue
            there = self._country_of(e)
            if there is not None and there.id != home.id:
                # (a name the tables hold letter for letter is a namesake, named with the country)
                spelled.setdefault(e.id, self._namesake(ev, home, "village") if named else Entity(-(5000 + k), surface, "area"))
        for ev in self.events:  # and "a Syrian village" that refers to it
            ev.entity = spelled.get(ev.entity.id, ev.entity)

    def _names_country_of(self, e: Entity) -> bool:
        """Does the text name the country that place e lies in?"""
        there = self._country_of(e)
        return there is not None and any(self._country_of(ev.entity) == there for ev in self.events if ev.entity.id > 0 and ev.entity != e)

    def country(self) -> str | None:
        """The country the article is about (its focus's country), by name."""
        c = self.home_country()
        return c.name if c is not None else None

    def home_country(self) -> Entity | None:
        """The country the article is about: its focus's, or where the focus is a place no table knows, the first country
        the article puts something in ("Vahdat district in Tajikistan")."""
        c = self._country_of(self.focus) if self.focus else None
        if c is None:
            # (a dateline's only when it names nothing else: "Budapest, 15 November 2021 – ... at the Belarus-Poland border")
            c = next((self._country_of(ev.entity) for roles in (("here", "container"), ("dateline",)) for ev in self.events
                      if ev.role in roles and ev.entity.id > 0 and self._country_of(ev.entity) is not None), None)
        return c

    def _with_compass(self, m: Mention) -> Mention:
        """"northwest Syria" -> Northwest Syria, when the gazetteer holds that part of the place."""
        if m.start < 4 or not self.text[m.start - 1].isspace():
            return m
        c = _COMPASS_BEFORE.search(self.text, max(0, m.start - 16), m.start)
        if c is None:
            return m
        e = self.g.place(f"{c.group(1).capitalize()} {m.surface}", fuzzy=False)
        if e is None or e.id == m.entity.id or not self.g.within(e.id, m.entity.id):
            return m
        return Mention(c.start(1), m.end, e, self.text[c.start(1) : m.end])

    def _unnamed_places(self, starts: tokens.Triggers) -> list[Event]:
        """"a rebel-held Syrian town" ... "the town of Khan Sheikhun"; "a hospital" ... "the Qardaha hospital".

        A place noun without a name refers to the place the article names with the same noun: the
        first one named after it (a lead names the town further down), else the last one before it.
        """
        named: dict[str, list[Event]] = {}
        for ev in self.events:
            if ev.role != "here":
                continue
            m = _NOUN_OF.search(self.text, max(0, ev.start - 30), ev.start) or (
                # "the Qardaha hospital", not "the Aleppo province village of ..."
                _NOUN_AFTER.match(self.text, ev.end) if depth(ev.entity) > 1 else None) or (
                # "the early morning attack on Ogossagou, a village of Fulani herders in central Mali"
                _NOUN_APPOSED.match(self.text, ev.end) if depth(ev.entity) > 1 else None)
            if m:
                named.setdefault(m.group(1).lower(), []).append(ev)
        out = []
        if not named:
            return out
        for m in _UNNAMED.finditer(self.text):
            noun = m.group("noun").lower()
            if noun not in named or (m.group("det").lower() == "the" and noun in _CITY_KINDS):
                continue  # "the town" is the city in focus (_BACK)
            if any(not w.islower() and w.lower() not in vocab.COUNTRY_OF_DEMONYM for w in m.group("mods").split()):
                continue  # "the Qardaha hospital" is named
            if next(tokens.matches(_ROLE, self.text, starts.roles, max(0, m.start() - 60), m.start()), None):
                continue  # "fled to a nearby village"
            evs = [ev for ev in named[noun] if not ev.start <= m.start() < ev.end + 30 and self.same_entry(ev.start, m.start())]
            after = [ev for ev in evs if ev.start > m.end()]
            before = [ev for ev in evs if ev.start < m.start()]
            ev = (after[0] if after else before[-1] if before else None) if m.group("det").lower() != "the" else (
                before[-1] if before else after[0] if after else None)
            if ev is not None:
                out.append(Event(m.start(), m.end(), ev.entity, "here"))
        return out

    def _ancestor_at(self, e: Entity | None, level: int) -> Entity | None:
        while e is not None and depth(e) > level and e.parent_id is not None:
            e = self.g.place_by_id(e.parent_id)
        return e if e is not None and depth(e) == level else None

    def _country_of(self, e: Entity | None) -> Entity | None:
        return self._ancestor_at(e, 0)

    def _most_specific(self, entities: list[Entity]) -> list[Entity]:
        """Drop every place that contains another one in the list (Syria in "Syria's Raqqa")."""
        return [
            e for e in entities if not any(o.id != e.id and o.id > 0 and self.g.within(o.id, e.id) for o in entities)
        ]

    def between(self, start: int, end: int, roles: tuple[str, ...] = ("here",)) -> list[Event]:
        i = bisect_left(self.event_starts, start)
        out = []
        while i < len(self.events) and self.events[i].start < end:
            if self.events[i].role in roles:
                out.append(self.events[i])
            i += 1
        return out

    def _pick(self, events: list[Event], pos: int) -> str | None:
        if not events:
            return None
        events = sorted(events, key=lambda ev: ev.start)
        # "al-Tayba village in Hama countryside": Hama is the container the store learns al-Tayba in
        self._note_containers(sorted(events + self._containers_of(events), key=lambda ev: ev.start))
        # "the Aleppo province village of Al-Tukhar": the village is inside the province named before it (while
        # in "the Shahba neighbourhood of Aleppo" the first place is inside the second, as _most_specific reads it).
        events = [a for a, b in zip(events, events[1:] + [None]) if b is None or not self._holds_next(a, b)]
        # "al-Tayba village in Hama countryside": the place named first is inside the one after it.
        events = [b for a, b in zip([None] + events[:-1], events) if a is None or not self._inside_next(a, b)]
        keep = self._most_specific([ev.entity for ev in events])
        events = [ev for ev in events if ev.entity in keep]
        if any(ev.entity.kind != "country" for ev in events):
            # "in south China's Hainan Province": the place inside the country, known or not.
            events = [ev for ev in events if ev.entity.kind != "country"]
        # (not a place that is the subject of a count of its own after it: "Koshi Province has reported 17 deaths
        # and Bagmati Province has recorded 56 fatalities")
        after = [ev for ev in events if ev.start >= pos and not _SUBJECT_OF_COUNT.match(self.text, ev.end)
                 and not _COUNT_IN.match(self.text, ev.end + 1)]  # (nor one a count of its own follows: "and in Bandarban six were killed")
        before = [ev for ev in events if ev.start < pos]
        chosen = after[0] if after else before[-1] if before else events[-1]
        i = events.index(chosen)
        if i and self._named_in(events[i - 1], chosen):
            chosen = events[i - 1]
        # "in Iraq and Syria": two places of a kind joined by "and" are one place (so are two a plural kind names:
        # "in Tirunelveli and Thoothukudi districts", one known as a city)
        i = events.index(chosen)
        for a, b in ((events[i - 1] if i else None, chosen), (chosen, events[i + 1] if i + 1 < len(events) else None)):
            if a and b and (a.entity.kind == b.entity.kind or _PLURAL_KIND_AFTER.match(self.text, b.end)) and a.entity.id != b.entity.id:
                if self.text[a.end : b.start].strip() == "and":
                    return f"{a.entity.name} and {b.entity.name}"
        return chosen.entity.name

    def focus_lies_in(self, name: str) -> bool:
        """Does the place the story is about lie inside the place of this name ("Sayaya" in "Katsina", named "Sayaya
        village, Matazu Local Government Area of Katsina State", or as the tables know it)? Not the focus itself."""
        f = self.focus
        if f is None or f.name == name:
            return False
        if self.narrowed_from is not None and self.narrowed_from.name == name:
            return True
        outer = self.g.place(name, fuzzy=False)
        if outer is not None and outer.kind != "country" and self._inside(f, outer):
            return True  # (a country holds every town: said only where the lead narrows to one, above)
        first = next((ev for ev in self.events if ev.entity.id == f.id and ev.role == "here"), None)
        if first is None or f.id > 0:
            return False
        outer_named = self._apposed_after(first)
        return outer_named is not None and base_name(outer_named.entity.name) == base_name(name)

    def focus_may_lie_in(self, name: str) -> bool:
        """focus_lies_in, or, for a town the tables do not place in a province (Christchurch), a province or city of
        the story's country ("Canterbury district police commander", "Dhaka district police super" on Savar)."""
        if self.focus_lies_in(name):
            return True
        f, outer = self.focus, self.g.place(name, fuzzy=False)
        return (
            f is not None and outer is not None and outer.kind in ("governorate", "district", "city") and f.kind in _CITY_KINDS
            and f.id < 0 and self._country_of(outer) is not None
            and self._country_of(outer) == self._country_of(f)
        )

    def _named_inside(self, ev: Event, container: Entity, end: int) -> bool:
        """"in Sayaya village, Matazu Local Government Area of Katsina State" under "... in Katsina": a place no table
        knows, named with the place it lies in (that place, one inside it, or one of its name with a kind word), before
        `end`."""
        if ev.entity.id > 0:
            return False
        nxt = self._apposed_after(ev)
        if nxt is None or nxt.start >= end:
            return False
        b = nxt.entity
        return b.id == container.id or self._inside(b, container) or base_name(b.name) == base_name(container.name)

    def _apposed_after(self, ev: Event) -> Event | None:
        """The place named right after ev as the one it lies in ("Sayaya village, Matazu Local Government Area of
        Katsina State", "Paung township in Mon State"), if any."""
        i = bisect_right(self.event_starts, ev.start)
        nxt = self.events[i] if i < len(self.events) else None
        return nxt if nxt is not None and _APPOSED_IN.fullmatch(self.text, ev.end, nxt.start) else None

    def _named_in(self, a: Event, b: Event) -> bool:
        """"in Itaewon, Seoul", "Itogon, Benguet", "Paung Township (Mon State)": a place no table knows, named with the
        known place it lies in."""
        return a.entity.id < 0 < b.entity.id and (
            _NAMED_IN_GAP.fullmatch(self.text, a.end, b.start) is not None or _IN_AN_AREA_OF.fullmatch(self.text, a.end, b.start) is not None)

    def _namesake(self, ev: Event, holder: Entity, kind: str = "neighbourhood") -> Entity:
        """A part of a city (or a village of a country) named like a known place elsewhere, as a place of its own: named
        with the place that holds it so that the store can tell the two apart ("Shahba, Aleppo", "El Paraiso, Caracas",
        "Dara, Tajikistan")."""
        return Entity(-(9000 + ev.start), f"{self.text[ev.start : ev.end]}, {holder.name}", kind, holder.id)

    def _note_containers(self, events: list[Event]) -> None:
        """A place no table knows, named with the known place it lies in ("the Shahba neighbourhood of
        Aleppo", "al-Tayba village in Hama", "the Aleppo province village of Al-Tukhar"): the store learns
        it inside that place rather than only inside the article's country."""
        for a, b in zip(events, events[1:]):
            named_part = _PART_OF_AFTER.fullmatch(self.text, a.end, b.start) is not None
            part_of = b.entity.id > 0 and (named_part or self._inside_next(a, b))
            if named_part and a.entity.id > 0 and a.entity.kind != "country" and not self.g.within(a.entity.id, b.entity.id):
                # "the Shahba neighbourhood of Aleppo" is not the town of Shahba in As-Suwayda: a namesake
                a.entity = self._namesake(a, b.entity)
            if part_of and a.entity.id < 0:
                self.containers.setdefault(a.entity.name, b.entity.name)
            elif b.entity.id < 0 < a.entity.id and self._holds_next(a, b):
                self.containers.setdefault(b.entity.name, a.entity.name)
            elif self._named_in(a, b) and b.entity.kind != "country" and self.list_length(
                [e for e in (a, b, *self.between(b.end, b.end + 40, ("here", "container"))) if e.entity.kind != "country"]) < 3:
                # "in Tabayin Township, Sagaing Region of Myanmar": a question about Sagaing finds the township's
                # (not a list: "Mwingi, Kisumu and Mombasa")
                self.containers.setdefault(a.entity.name, b.entity.name)

    def _containers_of(self, events: list[Event]) -> list[Event]:
        """The "container" events named right after these ("in Hama" after "al-Tayba village")."""
        out = []
        for ev in events:
            i = bisect_right(self.event_starts, ev.start)
            if i < len(self.events) and self.events[i].role == "container":
                out.append(self.events[i])
        return out

    def list_length(self, events: list[Event]) -> int:
        """How many places, from the first, are listed one after another ("X, Y, Z and W")."""
        n = 1
        for a, b in zip(events, events[1:]):
            if not _LIST_GAP.fullmatch(self.text, a.end, b.start):
                break
            n += 1
        return n

    def _holds_next(self, a: Event, b: Event) -> bool:
        """"Aleppo province village of Al-Tukhar", "Idlib's countryside town of X": b is inside a."""
        gap = self.text[a.end : b.start]
        if _CONTAINER_END.search(self.text, a.start, a.end):
            gap = " province" + gap  # "Aleppo province" is one mention: its own last word says what it is
        return bool(_PART_OF_BEFORE.fullmatch(gap)) or (
            a.entity.kind in WIDER_THAN_TOWN and b.entity.kind not in WIDER_THAN_TOWN and bool(_PART_OF_A_STATE_BEFORE.fullmatch(gap)))

    def _district_just_named(self, start: int) -> Entity | None:
        """"In Feni, over 300,000 people were stranded in the town": the district named last in the sentence before `start`,
        whose town "the town" is (a district most often goes by its town's name), not the last town named before it."""
        here = next((ev for ev in reversed(self.events) if ev.role == "here"), None)
        if here is None or here.entity.id <= 0 or here.entity.kind not in ("governorate", "district"):
            return None
        return None if _SENTENCE_BREAK.search(self.text, here.end, start) else here.entity

    def _in_between(self, a: Event, b: Event) -> bool:
        """Is the gap between two mentions "in" ("Cianjur regency in West Java", "the Marshall Islands in Micronesia"), or an
        event's word and "in" ("Meizhou rainstorm in Guangdong": the storm was in the city, the city is in the province)?"""
        gap = _KIND_WORD.sub("", self._without_countrys(self.text[a.end : b.start]).strip(" ,").lower())
        if gap.split(" ", 1)[0] in vocab.CAUSE_WORDS:
            # (only where the second place can hold the first: a town no table knows in a province the tables know, or a
            # known place inside it; not "the Kerala landslide in Wayanad", "Gaza airstrike in Rafah": a part of the first)
            if b.entity.id < 0 or (a.entity.id > 0 and not self.g.within(a.entity.id, b.entity.id)) or a.entity.kind == "country":
                return False
            gap = gap.split(" ", 1)[1] if " " in gap else ""
        found = _IN_GAP.fullmatch(gap)
        if found is not None and found.group("side") and a.entity.id > 0 and b.entity.id > 0 and self.g.within(b.entity.id, a.entity.id):
            return False  # ("Amharas in North Gondar zone": a zone of the region named before, not where that region lies)
        return found is not None

    def _without_countrys(self, gap: str) -> str:
        """The gap between two places without the country's possessive that ends it ("Kunshan, in East China’s Jiangsu
        Province", "Pissila, in the country’s Sanmatenga province": the province is the country's, the town in it)."""
        whose = _COUNTRYS_END.search(gap)
        if whose is None:
            return gap
        words = whose.group(1).split()
        # ("East China": the country is the name's last words, a compass before it)
        if whose.group(1) == "country" or any(
            (e := self.g.place(" ".join(words[k:]), fuzzy=False)) is not None and e.kind == "country" for k in range(len(words))
        ):
            return gap[: whose.start()]
        return gap

    def _holds_named(self, region: Entity, e: Entity, end: int) -> bool:
        """Can the place named at ..end, after a region's possessive, lie in that region: one the tables put inside it,
        or a town or area no table knows, named alone (not "the Belgorod region's Ukraine border areas", "the
        Zaporizhzhia region's Russia-appointed officials", "the Moscow Region's Governor")?"""
        if e.id > 0:
            return e.kind != "country" and self.g.within(e.id, region.id)
        return self.text[end : end + 1] != "-" and e.name.lower() not in vocab.PERSON_TITLES

    def _before_countrys(self, start: int) -> Event | None:
        """The place named before a country whose possessive ends right at start ("the Quetame municipality in Colombia's
        Cundinamarca department": the municipality), where that place is where a count is."""
        if len(self.events) < 2 or self.events[-1].entity.kind != "country" or not _POSSESSIVE_GAP.fullmatch(self.text, self.events[-1].end, start):
            return None
        return self.events[-2] if self.events[-2].role == "here" else None

    def _inside_next(self, a: Event, b: Event) -> bool:
        return self._in_between(a, b) and a.entity.kind != "country"

    def paragraph_of(self, pos: int) -> int:
        return bisect_right(self.paragraphs, pos) - 1

    def same_entry(self, a: int, b: int) -> bool:
        """False when a liveblog entry ("14:05 - ...") starts between two offsets."""
        lo, hi = sorted((a, b))
        i = bisect_right(self.entries, lo)
        return not (i < len(self.entries) and self.entries[i] <= hi)

    def locate(
        self,
        sent: Sentence,
        clause: tuple[int, int],
        pos: int,
        np_end: int,
        parent: str | None,
        status: str | None = None,
        previous: tuple[int, str | None, int] | None = None,
        head: str | None = None,
    ) -> str | None:
        """The place of a figure at `pos` whose clause is `clause` (its noun phrase ends at np_end).

        Most specific place named in the figure's clause, else in the sentence, else earlier in
        its paragraph, else the previous figure's (in the paragraph before), else the focus.
        `previous` is (offset, place, end of its sentence) of the figure before it.
        """
        if status == "fled":
            # "725,000 Rohingya refugees have fled to Bangladesh", "crossed into Poland": a flow into a
            # named country is counted where it arrived.
            into = [ev for ev in self.between(clause[0], clause[1], ("destination",)) if ev.entity.kind == "country" and ev.start > pos]
            if into:
                return into[0].entity.name
        # "followed by Kota Belud (129 people from 35 families), Papar (41 people ...)": the place a count is in
        # brackets after (each count there)
        bracketed = [ev for ev in self.between(clause[0], pos) if _BRACKET_TO_COUNT.fullmatch(self.text, ev.end, pos)]
        close = self.text.find(")", pos)
        if bracketed and close > 0 and not self.between(pos, close):  # (not "Homs (30 killed in Hama on Sunday)")
            return bracketed[-1].entity.name
        # Places inside the noun phrase say who, not where: "U.S. military personnel".
        here = [ev for ev in self.between(*clause) if not pos <= ev.start < np_end and not self._hospitals_of(ev, status)]
        here = self._with_town_before(here, sent)
        # "The death toll ... in Crimea's Kerch has risen to 21 as one of the wounded died during the transfer to the city
        # of Simferopol": a place in an "as" clause after the count tells of something else, where one is named before it
        then = _AS_CLAUSE.search(self.text, np_end, clause[1])
        if then and any(ev.start < pos for ev in here) and not self.between(np_end, then.start()):
            here = [ev for ev in here if ev.start < then.start()]
        following = [ev for ev in self.between(pos, sent.end) if ev.start >= np_end]
        if following and following[0] in here and (self.list_length(following) >= 3 or _NAMES_LISTED.match(self.text, following[0].end)):
            # "In Baidoa, floods have displaced 12,350 families in Howl Wadaag, Horseed, Berdaale and Isha
            # sites": a figure spread over a list of places is the place named before them
            before = self.between(sent.start, pos)
            if before:
                return self._pick(before, pos)
            # "890,000 people are affected in CALABARZON, MIMAROPA, NCR and CAR": spread over the places
            # listed, the figure is theirs together.
            joint = self._joint(following[: self.list_length(following)])
            if joint is not None:
                return joint
        name = self._pick(here, pos)
        picked = next((ev for ev in reversed(here) if ev.entity.name == name), None) if name else None
        if picked is not None and self.focus is not None and self.focus.id < 0 and _UNNAMED_PART_BEFORE.search(
            self.text, max(0, picked.start - 60), picked.start
        ) and (self._lies_in(self.focus, picked.entity) or (
            # (or the state the headline names it in, spelt loosely there: "Itaoca, Sao Paolo, Brazil")
            self.title_state is not None and self.focus == self.title_place and spelled_alike(self.title_state, picked.entity.name)
        )) and not self._tells_a_total(sent):
            # "floods and landslides in a small village in the state of Sao Paulo have killed 10" in a story on Itaoca,
            # which the text puts in that state: the story's town, not named again
            return self.focus.name
        if name:
            return self._the_story_told(name, sent)
        if _NATIONWIDE.search(self.text, pos, clause[1]) and (country := self.country()):
            return country  # "25,709 Total affected households across country": the country's, not the town named before
        if head and head[0].isupper():
            named = [ev for ev in self.between(pos, np_end) if ev.entity.kind != "country"]
            if named and _demonym_place(self.g, head) is not None:
                return named[-1].entity.name  # "290 Karabakh Armenians wounded": the region's people, not Armenia's
            # "2.5 million Yemenis face famine": the people named are the place's.
            e = _demonym_place(self.g, head)
            f = self.focus
            home = self._country_of(f) if f is not None else None
            if e is not None and f is not None and f.parent_id == e.id and f.kind not in _CITY_KINDS:
                return f.name  # "128 Palestinians were killed" in a report on the Gaza Strip: the territory's
            if e is not None and parent and (story_country := self.home_country()) is not None and story_country != e:
                return parent  # "18 foreign nationals, including 11 Americans": foreigners counted where the whole is
            abroad = status in _WHERE_THEY_ARE and (status not in _HURT or head.lower() in _VISITORS or (
                # "a fire ... in southern Kuwait ..., killing 40 Indians": the event told where they were, at home in the
                # story's country (not "killed two Israelis", with no place named; nor "In Kuwait City, the ministry
                # condemned the bombing that killed 12 Iraqis", where the place is the speaker's)
                e is not None and home is not None and home.id != e.id and _EVENT_THEN_TOLL.search(self.text, sent.start, pos) is not None
                and any(ev.entity.id != e.id and not self.g.within(ev.entity.id, e.id) for ev in self._at_home(self.between(sent.start, pos), home))))
            if e is not None and (home is None or home.id == e.id or not abroad):
                return e.name
            # "45,000 Rohingya displaced" in a story on Bangladesh, "12 to 15 Italian citizens were hospitalized" in a
            # story on a fire in Switzerland: a people abroad are counted where they are
        home = self._country_of(self.focus) if self.focus else None
        if status in ("displaced", "fled"):
            # "40,000 people displaced from Sake": where they fled from is where the figure is (not a
            # country they came from into the one the article is about: "arriving every day from Sudan").
            name = self._pick(self._at_home(self.between(clause[0], clause[1], ("origin",)), home), pos)
            if name:
                return name
        elif status in _HURT:
            # "hospitals had received 229 corpses from the stricken village of Dronka": the dead and hurt counted from a
            # place narrower than a region are that place's (not "refugees from Sudan", a people's country)
            came = [ev for ev in self._at_home(self.between(pos, clause[1], ("origin",)), home)
                    if ev.entity.kind not in _REGION_KINDS | {"country"} and (ev.entity.kind != "area" or ev.entity.id < 0)]
            if came:
                return came[0].entity.name
        # Where they went, when no other place is named ("Tens of thousands have poured into Goma"); not
        # a place abroad: people who "fled to Syria" in an article about Lebanon are Lebanon's figure.
        name = self._pick(self._at_home(self.between(clause[0], clause[1], ("destination",)), home), pos)
        if name:
            return name
        ci = sent.clauses.index(clause) if clause in sent.clauses else -1
        if ci > 0 and _WHERE.match(self.text, clause[0]):
            # "in Al Haouz province, where 1,643 people were killed": the place the clause before ends with.
            before = self.between(*sent.clauses[ci - 1])
            keep = self._most_specific([ev.entity for ev in before])
            if keep:
                return keep[-1].name
        # A following clause that only adds where: "killed 31 people, including 12 children, in Khan Younis".
        for nxt in sent.clauses[ci + 1 :] if ci >= 0 else ():
            if not _MOSTLY_LOCATIVE.match(self.text, nxt[0]) or _COUNT_IN.search(self.text, nxt[0], nxt[1]):
                continue  # (not a clause with a count of its own: "In Rangamati, 98 people were killed ..., in Chittagong 30 ...")
            if _AFTER_SEMICOLON.search(self.text, max(0, nxt[0] - 4), nxt[0]):
                break  # (nor the next item of a list by place: "In Airorima, over 400 persons are affected; in Hururu, over 200")
            name = self._pick(self._with_town_before(self.between(*nxt), sent), pos)
            if name:
                return name
        if parent:
            return parent
        for k in range(ci - 1, -1, -1):
            # "...; in Hururu, over 200 are affected", "...; in Waramadong, Region 7, over 150": a list's item set in the
            # place that opens it (back over asides with no count, to the clause after the semicolon)
            lo, hi = sent.clauses[k]
            if _COUNT_IN.search(self.text, lo, hi):
                break
            if _AFTER_SEMICOLON.search(self.text, max(0, lo - 4), lo):
                if _LOCATIVE.match(self.text, lo) and (name := self._pick(self.between(lo, hi), pos)):
                    return name
                break
        first = sent.clauses[0]
        if first != clause and first[1] <= pos and _INTRO.match(self.text, first[0]):
            name = self._pick(self.between(*first), pos)
            if name:
                return name
        for m in _WAR.finditer(self.text, sent.start, sent.end):
            e = _demonym_place(self.g, m.group(1)) if m.group(1)[-1] in "ni" or m.group(1).endswith("ese") else None
            if e is None:
                # "Syrias war": text with its apostrophes stripped.
                e = self.g.place(m.group(1), fuzzy=False) or (
                    self.g.place(m.group(1)[:-1], fuzzy=False) if m.group(1).endswith("s") else None
                )
            if e is not None:
                return e.name
        spoke = [ev for ev in self.between(sent.start, sent.end, ("speaker",)) if home is not None and ev.entity.id == home.id]
        if spoke:
            # "Thailand’s health ministry reported fourteen fatalities" in a story on Thailand: the country's own
            # office speaking of its own dead (not "Italy's Foreign Minister" on a fire in Switzerland)
            return spoke[0].entity.name
        # Earlier in the sentence, then earlier in the paragraph, then in the paragraph before.
        pi = self.paragraph_of(pos)
        para = self.paragraphs[pi]
        if (
            previous is not None and previous[1] and para <= previous[0] and previous[2] <= pos and not self.between(previous[2], pos)
            and (self.focus is None or previous[1] == self.focus.name or self._is_country(previous[1]))
        ):
            # No place named since the figure before it in the paragraph: the same place ("... affected in
            # Region I, II, III and CAR. Over 236,000 people are displaced").
            return previous[1]
        here_before = [ev for ev in self.between(para, pos) if not self._hospitals_of(ev, status)]
        if not here_before:
            # "A week after a hurricane hit Acapulco, Mexico, at least 58 people are still missing": where the
            # hazard struck, pinned by the country it lies in (not "the quake that struck the High Atlas has
            # killed 2,100", a national toll), else a place referred to, in the figure's own sentence
            here_before = [
                ev for ev in self.between(para, pos, ("epicentre",)) if ev.start >= sent.start
                # (or the country the story is about: "struck northwest Tanzania"; or a town no table knows, which
                # cannot be a national toll: "An earthquake hit the north-east Algerian town of Laalam east of Algiers")
                and (self._containers_of([ev]) or (ev.entity.kind == "country" and self.focus is not None and self.focus.id == ev.entity.id)
                     or (ev.entity.id < 0 and ev.entity.kind in _CITY_KINDS))
            ] or [ev for ev in self.between(para, pos, ("reference", "destination")) if ev.start >= sent.start
                  and not _COMPARED_BEFORE.search(self.text, max(0, ev.start - 80), ev.start)] or [
                # "Many died while trying to flee the Pedrógão Grande area ... Several firefighters are among the 59
                # people injured": the place people fled earlier in the paragraph is where it happened
                ev for ev in self.between(para, pos, ("origin",)) if ev.entity.kind != "country"
                # (in the figure's sentence, or a place people fled: not "The bus was returning from Istanbul")
                and (ev.start >= sent.start or _FLED_FROM.search(self.text, max(0, ev.start - 40), ev.start))
            ]
        if not here_before and pi > 0 and self.same_entry(para - 1, pos):
            # From the paragraph before, only a place something happened in ("in Dadu", "across Haiti").
            here_before = [
                ev for ev in self.between(self.paragraphs[pi - 1], para)
                if _LOCATED.search(self.text, max(0, ev.start - 40), ev.start) and not self._hospitals_of(ev, status)
            ]
        if here_before:
            last = here_before[-1]
            if (
                last.entity.kind == "country" and last.entity.id > 0 and last.start < sent.start and self.focus is not None
                and self.focus.id != last.entity.id and self._country_of(self.focus) == last.entity
                and any(ev.entity.id == self.focus.id for ev in self.between(self.paragraphs[max(0, pi - 1)], pos))
            ):
                # "The province of Valencia woke up ... among the worst disasters in modern history in Spain.
                # There are at least 95 dead", "hurricane Irma had a devasting impact on Sint Maarten. Through a
                # fund raiser in the Netherlands ...": the country named in passing after the place in focus does
                # not widen it
                return self.focus.name
            # ("RIYADH // A fire ripped through a hospital in Saudi Arabia on Thursday, killing at least 31 people": the
            # story's Jazan, named in the sentence's first clause as the whole country)
            # (the very place it was told from: "in southeastern Turkey" is left to the town the next sentence names)
            name = self._last(here_before)
            if last.start >= sent.start and not _COMPASS_BEFORE.search(self.text, max(0, last.start - 16), last.start):
                return self._the_story_told(name, sent, within=False)
            if last.start < sent.start and not _ANOTHER_EVENT.match(self.text, self._sentence_around(last.start).start):
                # (named before the sentence: "the Los Cotorros club in Caracas" in a photo's caption, then "At least 17
                # people ... have been killed", in a story on the neighbourhood of El Paraiso; "a collapsed parking garage
                # in the Ramat Hachayal neighborhood in northeast Tel Aviv. ... at least 24 injured"; not where that
                # sentence tells another event: "In another incident, a bus crashed in Caracas. Nine people died")
                return self._the_story_told(name, sent)
            return name
        if previous is not None and previous[1] and self.same_entry(previous[0], pos):
            if self.paragraph_of(previous[0]) >= pi - 1:
                return previous[1]
        return self.focus.name if self.focus else None

    def _hospitals_of(self, ev: Event, status: str | None) -> bool:
        """Is ev a city named for its hospitals, in the plural, where the hurt of a site inside it are treated ("13
        people remained in critical condition in intensive care units in various Sydney hospitals" on a fire in Quakers
        Hill)? Not the dead ("strikes at two Kherson hospitals killed 12"), nor in a story the country is the focus of
        ("341 persons were treated in Jerusalem hospitals"), nor a site in another city or region."""
        f = self.focus
        if status not in ("injured", "remaining") or f is None or f.id == ev.entity.id or f.kind == "country":
            return False
        if not (_HOSPITALS_AFTER.match(self.text, ev.end) and _IN_SOME_BEFORE.search(self.text, max(0, ev.start - 30), ev.start)):
            return False
        # (the site lies in the city, or is a place no table knows in the city's country)
        return self._lies_in(f, ev.entity) or (f.id < 0 and self._country_of(f) == self._country_of(ev.entity))

    def place_before(self, pos: int) -> str | None:
        """The last place something is in named before pos, in its paragraph or the one before, else the focus."""
        pi = self.paragraph_of(pos)
        start = self.paragraphs[max(0, pi - 1)]
        here = [ev for ev in self.between(start, pos, ("here", "epicentre")) if self.same_entry(ev.start, pos)]
        if here:
            return self._last(here)
        return self.focus.name if self.focus else None

    def at_event(self, name: str | None, sent: Sentence, status: str | None = None) -> str | None:
        """"an attack in central Haiti killed at least 70 people ... The attack in Pont-Sonde took place at
        night": a figure placed only in a country (or a compass part of one) is about the place that a
        later sentence names for the same event ("the attack in X"), inside that country or unknown."""
        e = self.g.place(name, fuzzy=False) if name else None
        country = self._country_of(e) if e is not None else None
        if e is None or country is None or (e.kind not in ("country", "governorate") and not (e.kind == "area" and e.name.endswith(country.name))):
            return name
        words = set(re.findall(r"[a-z]+", self.text[sent.start : sent.end].lower()))
        if status in _HURT | {"casualties"} and not (words | self._lead_words) & (vocab.WIDE_HAZARDS | _WAR_NOT_ONE_SPOT) and (
            not self._tells_a_total(sent) and not self._placed_there(e, sent) and (town := self._dateline_town(e)) is not None
        ):
            # "OXFORD TOWNSHIP, Mich. - ... fatally shooting three students at his Michigan high school": the people hurt
            # in a local story's one event are in its dateline's town, named again in its body, which the state or
            # country holds (not a quake's or a war's toll across a region)
            return town
        if status in _HURT | {"casualties"} and not (words | self._lead_words) & (vocab.WIDE_HAZARDS | _WAR_NOT_ONE_SPOT) and (
            not self._tells_a_total(sent) and not self._placed_there(e, sent) and (town := self._story_town_in(e)) is not None
        ):
            # a story that keeps to one town, three times or more ("the Hwaseong factory ... in Hwaseong city"): the
            # people hurt in its one event are that town's, where a sentence says only the country or the province
            return town
        if self.title_event and (e.kind != "governorate" or self._headline_tells_a_site_event()) and not _TOTALS.search(self.text, sent.start, sent.end) and not _YEAR.search(self.text, sent.start, sent.end) and (
            ev := next((ev for ev in self.events if ev.entity.id < 0 and ev.entity.name == self.title_event), None)
        ):  # (not a national total: "Dengue has killed 700 people in Brazil this year"; a state only for one site's event,
            # "Ravenshoe cafe crash: ...": "a truck hit a cafe in Queensland")
            # a count placed in the country (or a part of it) in a story whose headline names its event by a town no
            # table knows: the town's ("About 300 people are missing after a dam collapsed ... in south-eastern Brazil")
            return ev.entity.name
        f = self.focus
        if (
            status in ("killed", "injured", "missing") and e.kind == "country" and f is not None and f.id != e.id
            and f.kind in _STORY_TOWN_KINDS and self._country_of(f) == e
            and any(ev.entity.id == f.id and ev.role == "here" for ev in self.between(sent.start, sent.end))
            and not (words | self._lead_words) & (vocab.WIDE_HAZARDS | vocab.WAR_WORDS)
            and not _TOTALS.search(self.text, sent.start, sent.end) and not _YEAR.search(self.text, sent.start, sent.end)
        ):
            # "Seven people were killed in Slovakia when a train collided with a bus near Nove Zamky": an accident's
            # toll, in a story on the town the sentence names, is the town's, the country named only to say where it
            # lies (not a national toll: "Road accidents killed 250 people in Slovakia in 2022")
            return f.name
        if e.kind == "governorate" and status in _HURT and not (words | self._lead_words) & vocab.WIDE_HAZARDS and not self._tells_a_total(sent) and (
            town := self._site_town(e)
        ):
            # "A gunman opened fire ... in southwestern Oregon, killing at least 9 people ... the attack at Umpqua Community
            # College in Roseburg": the one town inside the state that the story names the event's site in
            return town
        if status in _HURT | {"casualties"} and not (words | self._lead_words) & _WAR_NOT_ONE_SPOT and not self._tells_a_total(sent) and (
            site := self._site_of_the_story(e, sent, words)
        ) is not None:
            # "The tragic landslide that hit Chesongoch in Elgeyo Marakwet County ... Mwaura said 35 bodies have so far been
            # retrieved": a count its sentence places nowhere (or, in the lead, only in the country, of an event at one
            # spot the story then sites: "A fire tore through a building ... in southern Kuwait, killing 40" ... "in Mangaf
            # city"), in a story that sites its one event in a town inside the county or country the count fell back to,
            # is that town's (not "Forest fires kill 43 in central Portugal": a fire across a region)
            return site
        causes = words & vocab.EVENT_NOUNS
        if not causes:
            return name
        cause = "(?:" + "|".join(sorted(causes)) + ")"
        # ("Wednesday’s landslide in Irshalwadi": the day's event is the one)
        named = re.compile(r"\b(?:[Tt]he|[A-Z][a-z]+day['’]s)\s+(?:[a-z]+\s+){0,2}?" + cause + r"\s+(?:in|at|on)\s+(?:the\s+)?$")
        # a later sentence first; else one just before ("the early morning attack on Ogossagou, a village ... 21
        # people had been killed in the attack")
        # "The fire broke out in a venue in the town of Kocani": where the event happened, said before or after
        happened = re.compile(
            r"\b(?:[Tt]he|[Aa]n?)\s+" + cause + r"\s+(?:broke\s+out|started|happened|occurred|took\s+place)"
            r"\s+(?:[\w,]+\s+){0,5}?(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village|municipality)\s+of\s+)?$")
        # the figure's own sentence: "At least three people have died ... after an explosion in a block of flats in St
        # Helier, Jersey"
        in_sentence = re.compile(r"\b(?:an?|the)\s+(?:[a-z]+\s+){0,2}?" + cause + r"\s+(?:[\w-]+\s+){0,6}?(?:in|at|near)\s+(?:the\s+)?$")
        # (a province's count is the event's only where a sentence of its own says where that happened, in a village no
        # table knows: "27 bodies" in Maharashtra, "a landslide occurred at Irshalwadi village"; not "a landslide at
        # Cameron Highlands" in the sentence on Pahang's evacuees, nor a district the tables know)
        province = e.kind == "governorate"
        for ev in [] if province else self.between(sent.start, sent.end):
            if in_sentence.search(self.text, max(sent.start, ev.start - 80), ev.start) and (
                ev.entity.id < 0 or (ev.entity.id != country.id and self.g.within(ev.entity.id, country.id))
            ):
                return ev.entity.name
        later = [ev for ev in self.events if sent.end < ev.start <= sent.end + 800]
        # (back only from "killed in the attack", not from "in an attack on a village": another one)
        definite = re.search(r"\b[Tt]he\s+(?:[a-z]+\s+)?" + cause + r"\b", self.text[sent.start : sent.end])
        earlier = [ev for ev in reversed(self.events) if sent.start - 800 <= ev.start < sent.start]
        for ev in later + earlier:
            if not self.same_entry(sent.start, ev.start):
                continue
            before = self.text[max(0, ev.start - 80) : ev.start]
            if (((ev.start > sent.end or definite) and named.search(before)) or happened.search(before)) and (
                ev.entity.id < 0 or (not province and ev.entity.id != country.id and self.g.within(ev.entity.id, country.id))
            ):
                return ev.entity.name

        # (an event at one spot, an explosion or a shooting, not floods or a quake across a region; not a total
        # "across Nigeria ... last year", nor a part of the country, "in northern Afghanistan")
        sentence = self.text[sent.start : sent.end]
        if status not in ("killed", "injured", "missing") or not causes - vocab.AREA_HAZARDS or e.kind != "country" or (
            _TOTALS.search(sentence) or re.search(_COMPASS_WORD.pattern + re.escape(country.name), sentence, re.I)
        ):
            return name
        town = self._story_town(country, causes - vocab.AREA_HAZARDS, sent)
        return town.name if town is not None else name

    def _site_of_the_story(self, e: Entity, sent: Sentence, words: set[str]) -> str | None:
        """at_event's site of the story's one event, for a count in e: where the sentence does not place it in e, or
        places it only in the country in the lead, of one event at one spot (not a wide hazard, many events, days of
        them), the site named after it."""
        # (a sentence that says where, in any words after the name: "killed in attacks by gunmen in Nigeria this week")
        placed = self._placed_there(e, sent) or self._said_in(e, sent, _NOT_A_MODIFIER)
        if placed and not (e.kind == "country" and sent.start < self._lead_sentence_end and not (
            (words | self._lead_words | self._title_words) & _WIDE_OR_FOREST or words & _MANY_EVENTS
            or _OVER_DAYS.search(self.text, sent.start, sent.end))
        ):
            # (unless the sentence itself sites its event: "... 57 women and children were injured ... from the disaster in
            # the town of Jahra west of Kuwait City")
            return self._event_site(e, after=sent.start, until=sent.end)
        return self._event_site(e, after=sent.end if placed else 0)

    @cached_property
    def _title_words(self) -> set[str]:
        return set(re.findall(r"[a-z]+", (self.title or "").lower()))

    @cached_property
    def _told_words(self) -> set[str]:
        """The words of the headline and the lead's first sentence, which say what the story's event is."""
        lead = self.paragraphs[self._lead] if self.paragraphs else 0
        return set(re.findall(r"[a-z]+", f"{self.title or ''} {self.text[lead : self._lead_sentence_end]}".lower()))

    @cached_property
    def _lead_sentence_end(self) -> int:
        """Where the body's first sentence ends."""
        lead = self.paragraphs[self._lead] if self.paragraphs else 0
        first = _SENTENCE_BREAK.search(self.text, lead, self.paragraph_end(self._lead))
        return first.start() if first else self.paragraph_end(self._lead)

    def _event_site(self, e: Entity, after: int = 0, until: int | None = None) -> str | None:
        """The one town inside e where the story sites its event ("the landslide that hit Chesongoch", "the attack on
        Ogossagou", "the fire at a market in Onitsha"), named after `after` (and before `until`), or None (no such town,
        or more than one)."""
        # (the event the headline or the lead's first sentence tells of: not "a house fire in the town of Qatraneh" in
        # a story of shootings in Karak)
        told = self._told_words
        sites: set[str] = set()
        held: set[str] = set()
        for ev in self.events:
            if ev.start < after or (until is not None and ev.start >= until):
                continue
            # (inside e, or a village no table knows and the story puts in no place: "the village of Bilge, near the city
            # of Mardin")
            if depth(ev.entity) < 3 or (ev.entity.kind == "area" and ev.entity.id > 0) or in_caption(self.text, ev.start) or not (
                self._lies_in(ev.entity, e) or (ev.entity.id < 0 and ev.entity.name not in self.containers)
            ):
                continue  # (nor a region, "in Northeast Nigeria", nor a photo's caption: "A house on fire near Pedrógão Grande")
            if _a_spot_of_coast(ev.entity):
                continue
            before = max(0, ev.start - 80)
            site = _EVENT_SITE_BEFORE.search(self.text, before, ev.start) or _AT_A_SITE_IN.search(self.text, before, ev.start)
            if site and self._a_past_event(ev.start, site.group(0).startswith(("It", "it"))):
                continue  # "the deadliest since 2018, when a truck overturned near the town of Salgaa": another event
            # (by its stem: "attacked" tells of the attack, "landslides" of the landslide)
            cause = site and (site.groupdict().get("cause") or site.groupdict().get("cause2"))
            # (an attack on a place people gather, in a story told as one: not after "floods" in its lead)
            if site and (any(w.startswith(cause.lower().rstrip("s")) for w in told) or (
                    cause.lower() in ("attack", "attacks", "assault") and told & vocab.ATTACK_KINDS)
                         if cause else not told & vocab.WIDE_HAZARDS):
                sites.add(ev.entity.name)
                held |= self._named_around(ev)
        if len(sites) > 1:
            # "a landslide in the village of Ayuu of the Zerger district in Uzgen ... the landslide in Uzgen": the town
            # the village is named in is the same event's wider place, not another site
            sites -= held
        return sites.pop() if len(sites) == 1 else None

    def _named_around(self, ev: Event) -> set[str]:
        """The names of the places that hold ev where it is named, one after another ("Ayuu of the Zerger district in
        Uzgen of Osh oblast": Zerger, Uzgen, Osh)."""
        i = bisect_right(self.event_starts, ev.start)
        out, end = set(), ev.end
        while i < len(self.events) and _HELD_IN_GAP.fullmatch(self.text, end, self.events[i].start):
            out.add(self.events[i].entity.name)
            end = self.events[i].end
            i += 1
        return out

    def _a_past_event(self, pos: int, back: bool) -> bool:
        """Does the sentence at pos (and, for an "It happened", the one before) tell an event of the past ("In 2021, a
        tanker exploded near the town of X", "the worst since the tragedy in the town of X in 2018")?"""
        sent = self._sentence_around(pos)
        start = self._sentence_around(sent.start - 2).start if back and sent.start > 1 else sent.start
        return _PAST_EVENT.search(self.text, start, sent.stop) is not None

    def _site_town(self, e: Entity) -> str | None:
        """The one town inside e that the story names as where its event's site is ("the attack at Umpqua Community
        College in Roseburg", "the shooting at the Pulse nightclub in Orlando")."""
        sites = {ev.entity.name for ev in self.events if depth(ev.entity) >= 3 and _AT_A_SITE_IN.search(self.text, max(0, ev.start - 80), ev.start)
                 and self._lies_in(ev.entity, e)}
        return sites.pop() if len(sites) == 1 else None

    def _story_town(self, country: Entity, causes: set[str], sent: Sentence) -> Entity | None:
        """The town a story of one event keeps coming back to ("explosions at a military barracks in
        Equatorial Guinea killed at least 15" in a story that names Bata three times and no other town as
        often): named where something is at least twice, and two in three times the story names a
        place inside the country (not a national report's provinces, nor a town among others)."""
        counts = Counter(
            ev.entity.name for ev in self.events
            if ev.role == "here" and ev.entity.id != country.id and self._inside(ev.entity, country)
            and not in_caption(self.text, ev.start)
        )
        top = counts.most_common(1)
        if not top or top[0][1] < 2 or 3 * top[0][1] < 2 * sum(counts.values()):
            return None
        town = next(ev.entity for ev in self.events if ev.entity.name == top[0][0])
        # (and a town the story names with the same event: "explosions at a military barracks in Bata")
        cause = re.compile(r"\b(?:" + "|".join(sorted(causes)) + r")\b", re.I)
        # (the figure's own sentence aside: "A suicide bombing in northern Afghanistan" after "Kabul police said")
        said = any(
            cause.search(self.text, a, b)
            for ev in self.events if ev.entity.name == town.name and not sent.start <= ev.start < sent.end
            for a, b in ((max(0, ev.start - 120), min(ev.end + 120, sent.start)), (max(ev.start - 120, sent.end), ev.end + 120))
            if a < b
        )
        return town if depth(town) >= 3 and said else None

    def _placed_there(self, e: Entity, sent: Sentence) -> bool:
        """Does the sentence itself put its count in e ("on a mountain highway in California", "in western Ukraine"), or
        name another place ("in the United States, near Sierra Blanca")?"""
        # (not a state's name as a modifier, "8 injured in Michigan high school shooting"; a verb or its kind after it is
        # none: "A catastrophic forest fire in Portugal has claimed at least 43 lives", "In Diyala province")
        if self._said_in(e, sent, _VERB_OR_KIND):
            return True
        start = max(sent.start, self.dateline.end() if self.dateline is not None else 0)
        # (or names e, a province, as written: "In Diyala province, 12 people were injured" of Diyala Governorate; not as
        # a modifier: "Death Toll in Elgeyo Marakwet Landslide Rises")
        return any(ev.role == "here" and (ev.entity.id != e.id or (
            e.kind != "country" and _PLACING_WORD.search(self.text, max(0, ev.start - 40), ev.start) and not _MODIFIER_NEXT.match(self.text, ev.end)
        )) for ev in self.between(start, sent.end))

    def _said_in(self, e: Entity, sent: Sentence, not_modifiers: str) -> bool:
        """Does the sentence put its count in e by name ("in western Ukraine"), the name followed by none of the lower-case
        words that would make it a modifier (any word but `not_modifiers`)?"""
        return re.search(r"\b(?:in|across|throughout|near|outside)\s+(?:the\s+)?(?:" + _COMPASS_WORD.pattern + r")?" + re.escape(e.name)
                         + r"(?![ \t]+(?-i:(?!(?:" + not_modifiers + r")\b)[a-z]))", self.text[sent.start : sent.end], re.I) is not None

    @cached_property
    def _local_dateline(self) -> tuple[str, Entity | None, str] | None:
        """(town, the place the tables know by its name, region) of a local story's dateline ("WAUKESHA -", "OXFORD
        TOWNSHIP, Mich. -"), read once: a town the text names again, elsewhere than in its dateline (a photo's caption above
        it too), as where something is; not a capital or large city,
        whence reporters file on a whole country ("KABUL -")."""
        if self.dateline is None:
            return None
        line = re.sub(r"\s*\([^()]*\)\s*$", "", self.dateline.group("dl")).strip()
        line = _DATELINE_DATE.sub("", line)  # (its date is not where the town lies: "HIGUEY, Dominican Republic, March 7")
        town, _, region = (part.strip() for part in line.partition(","))
        name = " ".join(w[:1] + w[1:].lower() for w in town.split())
        known = self.g.place(name, fuzzy=False)
        if name in major_city_names() or (known is not None and known.kind not in _STORY_TOWN_KINDS):
            return None
        from store.cities import is_capital  # (loaded only for an article with a dateline to read)

        if is_capital(name):
            return None
        # (named as where something is, not whence people came: "The three were from Newcastle"; before the dateline too,
        # in a photo's caption a page prints above it: "... at the Assumption Safe Home, in San Jose Pinula, Guatemala")
        if not any(not re.search(r"\bfrom\s+$", self.text[max(0, a.start() - 6) : a.start()])
                   for a in re.finditer(rf"\b{re.escape(name)}\b", self.text)
                   if not self.dateline.start() <= a.start() < self.dateline.end()):
            return None
        return name, known, region

    def provinces_named(self, country: str) -> int:
        """How many of the country's provinces the story names as where something is."""
        c = self.g.place(country, fuzzy=False)
        return len({ev.entity.id for ev in self.events if ev.entity.kind == "governorate" and c is not None and self.g.within(ev.entity.id, c.id)})

    def _story_town_in(self, e: Entity) -> str | None:
        """The town the story keeps to (story_town), where it lies in e."""
        name = self.story_town()
        town = next((ev.entity for ev in self.events if ev.entity.name == name), None) if name else None
        if town is None or town.id == e.id:
            return None
        # (named twice where the event or its toll is told: not a town named where people mourn or protest)
        if sum(1 for ev in self.events if ev.entity.name == name and ev.role == "here"
               and _TELLS_THE_EVENT.search(self.text[self._sentence_around(ev.start)])) < 2:
            return None
        return name if self._lies_in(town, e) or (town.id < 0 and town.parent_id is not None and (
            town.parent_id == e.id or self.g.within(town.parent_id, e.id))) else None

    def _town_not_coast(self, e: Entity) -> Entity | None:
        """e, or for a spot of the coast (_a_spot_of_coast) the place the text puts it in ("near Alghareef Point in Shabwah
        governorate": Shabwah), if the tables know it."""
        if not _a_spot_of_coast(e):
            return e
        return self.g.place(self.containers[e.name], fuzzy=False) if e.name in self.containers else None

    def _dateline_place(self, e: Entity) -> Entity | None:
        """The local story's dateline town inside e (_dateline_town), as the body names it where something is, in a story
        of one event at one spot."""
        if (self._told_words | self._lead_words) & (vocab.WIDE_HAZARDS | _WAR_NOT_ONE_SPOT):
            return None  # (not a quake's or a war's story: its counts are a region's, wherever the reporter files from)
        name = self._dateline_town(e)
        return next((ev.entity for ev in self.events if ev.role == "here" and ev.entity.name == name), None) if name else None

    def _dateline_town(self, e: Entity) -> str | None:
        """The local story's dateline town (_local_dateline), where it lies in e: a country, or the state the dateline
        names after it ("OXFORD TOWNSHIP, Mich.")."""
        if self._local_dateline is None:
            return None
        name, known, region = self._local_dateline
        country = self._country_of(e)
        if country is None or not country.pcode:
            return None
        if region:
            # the dateline says where the town lies: in e itself ("MANDRA, Greece"), or in the state an abbreviation is the
            # start of ("OXFORD TOWNSHIP, Mich."); elsewhere ("NEWCASTLE, England" on a crash in Australia), not in e
            said = self.g.place(region, fuzzy=False)
            if said is not None:
                return name if said.id == e.id else None
            if re.fullmatch(r"[A-Z]{2}", region):
                return name if e.pcode == f"{country.pcode}-{region}" else None  # a postal code: "SHASTA COUNTY, CA"
            short = region.rstrip(".").lower()
            return name if region.endswith(".") and len(short) >= 3 and e.kind == "governorate" and e.name.lower().startswith(short) else None
        if e.kind != "country":
            return None
        if known is not None:
            return name if self.g.within(known.id, e.id) else None
        from store.cities import country_of_town  # (a second's load, only for an article that needs it)

        return name if country_of_town(name, {country.pcode}) == country.pcode else None

    def narrowed(self, name: str | None, nxt: Sentence) -> str | None:
        """"killed 22 in a town in the country's north. ... the town of Qamishli": a figure placed only in
        a compass part of a country is about the town that the next sentence (holding no figure of its
        own) names as one ("the town of X") inside that country."""
        e = self.g.place(name, fuzzy=False) if name else None
        country = self._country_of(e) if e is not None and e.kind == "area" else None
        if country is None or not _COMPASS_WORD.fullmatch(e.name[: -len(country.name)]) or not e.name.endswith(country.name):
            return name
        if not self.same_entry(nxt.start - 1, nxt.start) or self.paragraph_of(nxt.start) != self.paragraph_of(nxt.start - 1):
            return name
        inside = [
            ev for ev in self.between(nxt.start, nxt.end)
            if depth(ev.entity) >= 2 and _NOUN_OF.search(self.text, max(0, ev.start - 30), ev.start)
            and (ev.entity.id < 0 or self.g.within(ev.entity.id, country.id))
        ]
        return self._pick(inside, nxt.start) or name

    def _joint(self, events: list[Event]) -> str | None:
        """Three or more places of one country listed together, as one place ("Hirat, Farah, Badghis and
        Ghor"); the country itself when the list is longer than six. None when they are not such a list."""
        if len(events) < 3:
            return None
        if len({depth(ev.entity) for ev in events if ev.entity.id > 0}) > 1:
            return None  # "in Doolow and Bardheere, Middle Juba region": two towns and the region they lie in
        countries = {c.id: c for c in (self._country_of(ev.entity) for ev in events) if c is not None}
        if len(countries) != 1:
            return None
        if len(events) > 6:
            return next(iter(countries.values())).name
        names = list(dict.fromkeys(ev.entity.name for ev in events))
        return f"{', '.join(names[:-1])} and {names[-1]}"

    def _is_country(self, name: str) -> bool:
        e = self.g.place(name, fuzzy=False)
        return e is not None and e.kind == "country"

    def _at_home(self, events: list[Event], home: Entity | None) -> list[Event]:
        """The events in the country the article is about (places the gazetteer does not know count as in it)."""
        if home is None:
            return events
        return [
            ev for ev in events
            if ev.entity.id < 0 or ev.entity.id == home.id or self.g.within(ev.entity.id, home.id)
        ]

    def _last(self, events: list[Event]) -> str:
        """The last place named, or the most specific of the places named with it ("KHAN YOUNIS, Gaza Strip")."""
        # "the Democratic Republic of the Congo (DRC)": a name repeated in brackets is one mention
        events = [ev for i, ev in enumerate(events) if not (i and events[i - 1].entity.id == ev.entity.id
                                                            and not self.text[events[i - 1].end : ev.start].strip(" ("))]
        same = [events[-1]]
        nested = False
        listed = 1
        for ev in reversed(events[:-1]):
            if len(same) == 1 and self._named_in(ev, same[0]):
                return ev.entity.name
            # ("Banjska in the municipality of Zvecan in the north of Kosovo": one place in another's part)
            gap = _PART_OF_KIND.sub("", _KIND_WORD.sub("", self.text[ev.end : same[0].start].strip(" ,").lower())).strip()
            if ev.end <= same[-1].start and _LIST_GAP.fullmatch(self.text, ev.end, same[0].start):
                listed += 1  # "Region I, II, III, MIMAROPA, National Capital Region (NCR) and CAR"
            elif gap not in ("", "in", "in the", "of", "of the", "'s", "’s") or ev.end > same[0].start:
                break
            else:
                # ("Maharashtra’s Raigad district": the second inside the first, the order "in" puts the other way round)
                nested = nested or gap not in ("", "'s", "’s")
            same.insert(0, ev)
        if listed >= 3 and not nested:
            # A figure after a list of three or more places is about all of them together.
            joint = self._joint(same)
            if joint is not None:
                return joint
        keep = self._most_specific([ev.entity for ev in same])
        kept = [ev for ev in same if ev.entity in keep]
        # "Salamyieh City in Hama countryside": the place named first is inside the ones after it.
        return (kept[0] if nested else kept[-1]).entity.name


# Between a place and the one it lies in: "Itaewon, Seoul", "Paung Township (Mon State)"
_NAMED_IN_GAP = re.compile(r"\s*(?:(?i:township|district|county|city|town|village|municipality|regency|prefecture)\s*)?[,(]\s*")
# A count of a clause's own, with its verb or fate: "in Chittagong 30 were dead", "in Bandarban six were killed"
# (not "in over 10 governorates")
_COUNT_IN = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:people|persons)\b|" + FATE_AFTER.pattern + ")", re.I)
# "Sayaya village, Matazu Local Government Area of": a place, the area of the next place it lies in
_IN_AN_AREA_OF = re.compile(
    r"\s*(?:(?i:village|town|township|hamlet|community|settlement)\s*)?,\s*(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Local\s+Government\s+Area|LGA|(?i:district|county|municipality|sub-county|regency|township))\s+(?:of|in)\s+(?:the\s+)?")
# ... or "Sayaya village in", "Paung township, ": a settlement, said to be one, then the place it lies in
_APPOSED_IN = re.compile(
    r"\s*(?i:village|town|township|hamlet|community|settlement)(?:\s*,\s*|\s+(?:in|of)\s+(?:the\s+)?)|" + _IN_AN_AREA_OF.pattern)
_LEARNED_IN_LEARNED = re.compile(r"\s+(?:hamlet|village|settlement|community|town)\s+(?:in|of)\s+(?:the\s+)?")
_PART_OF_BEFORE = re.compile(
    r"(?:['’]s)?\s+(?:province|governorate|region|district|countryside)\s+"
    r"(?:village|town|city|district|neighbou?rhood|camp|suburb)\s+of\s+(?:the\s+)?"
    r"|['’]s\s+", re.I)  # "Gujarat's Kutch district"
# "the Texas city of Perryton", "the Texas Panhandle city of Amarillo", "Sindh's coastal town of X": a state or country,
# up to two words on where in it, then the kind of the place inside it (only after a state or country: "the Surat city
# of Gujarat", "the Shahba neighbourhood of Aleppo" go the other way)
_PART_OF_A_STATE_BEFORE = re.compile(
    r"(?:['’]s)?\s+(?:(?:(?-i:[A-Z][a-z]+)|southern|northern|eastern|western|central|coastal|border|port|mountain|remote|rural)\s+){0,2}"
    r"(?:village|town|city|neighbou?rhood|camp|suburb)\s+of\s+(?:the\s+)?", re.I)
# "Shahba neighbourhood of Aleppo": the place before is a part of the one after.
_PART_OF_AFTER = re.compile(r"\s+(?:neighbou?rhood|district|village|town|camp|suburb|area|quarter|local\s+government\s+area|lga)\s+of\s+(?:the\s+)?", re.I)
_CONTAINER_END = re.compile(r"\b(?:province|governorate|region|district|countryside)$", re.I)
_A_PART_OF = re.compile(
    r"(?:\s+(?:province|governorate|region|district|state|county))?\s*,\s*(?:(?:a|the)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
    r"(?:part|region|province)\s+of\s+(?:the\s+)?", re.I)
# "at Chawk Bazar in old town of Dhaka", "in Mukuru, in the heart of Nairobi": a part of a city, then the city
_IN_A_PART_OF = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:old|historic|new)\s+(?:town|city|quarter|part)|heart|centre|center|outskirts|suburbs?|downtown)\s+of\s+(?:the\s+)?",
    re.I)
# The place in focus described by where it lies: "The island, in the Gulf of Naples,", "The town, on the shores of"
# (a sentence's subject, "The island, in ...": not "gunmen attacked the village, in Zamfara State, killing 20")
_THE_PLACE_IN = re.compile(r"\bThe\s+(?:island|town|city|village|hamlet)\s*,\s+(?:(?:in|on|off)\s+the\s+(?:[a-z]+\s+of\s+)?|in\s+)$")
# (a place built on the island: "the Moria reception centre on the Greek island of Lesvos"; not "smugglers in Athens
# operating on the Greek island of Samos")
_ON_AN_ISLAND_OF = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:centre|center|camp|hotspot|facility|village|town|port|harbou?r)\s+on\s+the\s+(?:[A-Z][a-z]+\s+)?island\s+of\s+")
_NEXT_IN_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_LIST_GAP = re.compile(r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)")
# ", Horseed, Berdaale, and Isha": two or more further names listed after a place (known or not).
_NAMES_LISTED = re.compile(r"(?:\s*,\s*(?:and\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){1,}\s*,?\s*and\s+[A-Z]")
_PART_OF_KIND = re.compile(
    # ("in the north of", "the municipality of"; not "the Mashlab district east of the old city", beside it)
    r"\bthe\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|centre|center|heart|municipality|district"
    r"|province|region|county|governorate|department|commune|state)(?:\s+part)?\s+of\b"
)
_COMPASS_NAMED = re.compile(
    r"(?:Central|Northern|Southern|Eastern|Western|(?:North|South)(?:[ -]?(?:East|West)(?:ern)?)?|(?:East|West)(?:ern)?)"
    r" (?:Province|Region|District|State|Division)"
)
# The feature a place named for someone is ("Susan’s Bay", "Martha's Vineyard", "Lion's Head"), after the possessive.
_FEATURE_AFTER_OWNER = re.compile(r"(?:Bay|Cove|Creek|Hill|Hills|Point|Harbou?r|Head|Landing|Vineyard|Valley|Well|Wells|Island|Rock|Town|Village)")
# A possessive between two names: "Colombia's Cundinamarca department", "the Moscow Region’s Balashikha".
_POSSESSIVE_GAP = re.compile(r"['’]s[ \t]+")
# a country's name and its possessive ending the gap between two places ("East China’s", "Nigeria's", "the country's")
_COUNTRYS_END = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*|(?<=the )country)['’]s\s*$")
# The gap between a place and where it lies: "in", "in the", "in northern" ("Bunia, in northeastern Congo", "Kwasong,
# Morobe Province, in northern Papua New Guinea"; "Zabarmari, located in the greater Maiduguri area").
_IN_GAP = re.compile(r"(?:(?:located|situated|lying) )?in(?: the)?(?P<side> (?:far )?(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?)?(?: greater)?")
_KIND_WORD = re.compile(r"^(?:city|town|village|camp|district|area|province|region|state|governorate|county|oblast|prefecture|territory|regency|municipality|commune)\b\s*")
# ("Haiti’s", "the Idlib'": not the apostrophe inside a name, "Za'atri")
_POSSESSIVE = re.compile(r"['’](?:s\b|$)")
# "Lake Victoria", "Mount Elgon": a lake or mountain named like a place is not that place.
_LANDFORM_NAME = re.compile(r"[ \t](?:Point|Reef|Strait|Channel|Gulf)$")  # (not Bay, Beach, Coast: Half Moon Bay, Virginia Beach, Cape Coast)
def _a_spot_of_coast(e: Entity) -> bool:
    """A name the tables lack that names a spot of the coast, no town ("the vessel capsized near Alghareef Point in
    Shabwah governorate"): not the site of a story's event."""
    return e.id < 0 and _LANDFORM_NAME.search(e.name) is not None


_RIVER = re.compile(r"^River[ \t]|[ \t]River$")
_EVENT_NAME_END = re.compile(r"[ \t](?:Fire|Fires|Wildfire|Blaze)$")


def an_events_name(name: str) -> bool:
    """"Eaton Fire", "the Camp Fire": a wildfire's name, which no place is."""
    return _EVENT_NAME_END.search(name) is not None


_LANDFORM_BEFORE = re.compile(r"\b(?:[Ll]ake|Mount|Mt\.?)\s+$")  # ("the shore of the lake Chad": written in lower case too)
# "the Britain-based monitor": where an organisation sits, not where a figure is.
# (not a verb: "Heavy rains in Freetown led to a landslide")
_BASED = re.compile(r"[-\s](?:based|backed|led|run|held|controlled|allied|funded|sponsored|aligned)\b(?![ \t]+(?:to|up)\b)")
# "US $93.6 million", "US dollars": a currency, not a place.
# "the UK medical charity Merlin", "a US aid group": whose organisation it is, not where anything happens
# (unless a preposition puts something there: "in Syria government forces ..."; not "agency": "The
# Philippines disaster agency said 42 people died" is the Philippines' count)
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:charity|charities|aid\s+group|NGO|company|firm|newspaper"
    r"|broadcaster|embassy|envoy|ambassador|diplomats?|consulate)\b"
)
# "The Metropolitan police said": a name no table knows before a force's noun names the force, not where it is
_FORCE_AFTER = re.compile(r"\s+(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in vocab.FORCES) + r")\b")
# "when Gaza terrorists launched a rocket attack on southern Israel": whence the attackers came, not where anyone was hurt
_ATTACKERS_AFTER = re.compile(r"[ \t]+(?:terrorists?|militants?|gunmen|insurgents?|jihadists?|snipers?)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|inside|across|throughout|from|into|to)\s+(?:the\s+)?$", re.I)
# "dollars" ("1.1 million U.S. dollars"), and "history": "At such a critical moment in US history" (a page's appeal) is no place of the story
# (nor an airline named after its home: "The Jeju Air flight" crashed at Muan)
_NOT_WHERE_AFTER = re.compile(
    r"\s*\$|\.?\s*dollars?\b|[ \t]+history\b|[ \t]+(?-i:Airlines|Airways)\b|[ \t]+(?-i:Air)[ \t]+(?:flight|plane|jet|aircraft|crash)\b", re.I)
# "one of Europe's worst rail disasters", "Latin America's biggest": a name the tables lack, read as the field a thing is
# ranked in, not where anyone is
_RANKED_AFTER = re.compile(r"['’]s?[ \t]+(?:[a-z-]+[ \t]+)?(?:worst|deadliest|biggest|largest|greatest|heaviest|busiest|highest|tallest|longest|oldest|most|first|second|third)\b")
# Regions of the world, seas and ranges a story ranks its event in ("one of Europe's worst rail disasters")
_WORLD_REGIONS = frozenset(vocab.terms(vocab.NOT_PLACE_TERMS, "ranked_regions"))
# a sea's or a world region's name before a place noun describes the place named after it (a name before "district of"
# may be the place itself: "the Sangareddy district of Telangana", "the Honzar village of the Dacchan area")
_A_SEA_OR_REGION = re.compile(r"[ \t](?:Sea|Ocean)$|^(?:" + "|".join(map(re.escape, sorted(_WORLD_REGIONS))) + r")$")


def _names_no_place_learned(text: str, m: Mention) -> bool:
    """A name no table knows that is no place a count is in: a river, a wildfire's name, a sea or a world region that
    describes the place after it or ranks a thing."""
    name = m.entity.name
    return bool(_RIVER.search(name) or an_events_name(name) or (_A_SEA_OR_REGION.search(name) and _describes_a_place_after(text, m))
                or (name in _WORLD_REGIONS and _RANKED_AFTER.match(text, m.end)))


def _a_citys_part(g: Gazetteer, text: str, m: re.Match, owner: Entity, rest: str, ns: int, ne: int) -> bool:
    """"an explosion in Dhaka’s Moghbazar": one word no table knows after a city's possessive (not a country's), in it
    (not at it); not a building there ("at Gaza's Ahli hospital", "Kathmandu's Tribhuvan airport"), nor a faith's
    quarter ("Kabul's Shia mosque")."""
    return (owner.kind != "country" and " " not in rest and g.place(rest, fuzzy=False) is None
            and _A_CITYS_PART.match(text, m.start(), ns) is not None and not _BUILDING_AFTER.match(text, ne)
            and not _VENUE_AFTER.match(text, ne) and not re.fullmatch(_FAITHS, rest))


def _as_its_country(g: Gazetteer, m: Mention) -> Mention:
    """"the Swiss Alps", "the French Caribbean": a country's part of a range or of a sea's islands, by its adjective, is
    that country (a town the story names in it is more specific, as any place inside a country is)."""
    words = m.entity.name.split()
    country = vocab.COUNTRY_OF_DEMONYM.get(words[0].lower()) if m.entity.id < 0 and len(words) == 2 and words[1] in _WORLD_REGIONS else None
    e = g.place(country, fuzzy=False) if country else None
    return Mention(m.start, m.end, e, m.surface) if e is not None else m


def _describes_a_place_after(text: str, m: Mention) -> bool:
    """A sea's or a world region's name before a place noun: "the Mediterranean city of Al Hoceima", "France's
    Mediterranean coast" (a coast only after a possessive: "along the Black Sea coast" is where it is)."""
    after = _DESCRIBES_A_PLACE_AFTER.match(text, m.end)
    return after is not None and (after.group("coast") is None or _POSSESSIVE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None)


_DESCRIBES_A_PLACE_AFTER = re.compile(
    r"[ \t]+(?:[a-z-]+[ \t]+)?(?:(?:city|town|port|province|region|island|village|district|resort|state|county|capital)[ \t]+of|(?P<coast>coast|coastline))\b")
_POSSESSIVE_BEFORE = re.compile(r"['’]s?[ \t]+$")
_GENERIC_TAIL = re.compile(r"\s+(?:camp|city|town|village|district|province|governorate|region|state|area|local\s+government(?:\s+area)?|lga)$", re.I)


def _named_again(text: str, learned: list[Mention], known: list[Mention]) -> list[Mention]:
    """Later mentions of a place learned in the article, wherever they stand: "in the Gjerdrum
    municipality" learns Gjerdrum, and "evacuated from Gjerdrum" then names it with no preposition
    that the first reading needs."""
    taken = [(m.start, m.end) for m in known + learned]
    out: list[Mention] = []
    seen: set[str] = set()
    for m in learned:
        name = m.entity.name
        if name in seen or len(name) < 4:
            continue
        seen.add(name)
        for again in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            s, e = again.span()
            if " " not in name and re.match(r"[ \t]+[A-Z][a-z]", text[e : e + 3]):
                continue  # "Mercy Wanjiku": a given name before a surname, not the village of Mercy
            if not any(a < e and s < b for a, b in taken):
                out.append(Mention(s, e, m.entity, name))
                taken.append((s, e))
    return out


def _surname_elsewhere(text: str, name: str) -> bool:
    """True when the text names `name` after a given name somewhere ("President Bashar Assad"); a capital
    that opens a sentence, or a heading's line, is no given name ("Surviving Joplin's killer tornado")."""
    for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(name) + r"(?:s|['’]s)?\b", text):
        before = text[max(0, m.start() - 3) : m.start()]
        if m.group(1).lower() not in _PLACE_PREFIXES and m.group(1).lower() not in _NOT_PLACES and not re.search(r"[.!?\"“]\s*$", before) and m.start() > 0 and not (
            re.search(r"\n[ \t]*$", before) and _in_heading(text, m.start())
        ):
            return True
    return False


_ROMAN_BEFORE = re.compile(r"(?:[IVX]+\s+)+(?=\S)")
_AGENCY_ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)")
_OPENS_NAME = re.compile(r"[\"“](?:[\w'’-]+\s+){0,2}[\w'’]*-?$")
_CLOSES_NAME = re.compile(r"(?:\s*[\w'’-]+){0,2}[\"”]")


def agency_spans(text: str, agencies: list[Mention]) -> list[tuple[int, int]]:
    """Where agencies are named, with a description in brackets right after the name: a place named there
    is part of who the agency is ("al-Nusra Front (Qaeda branch in the Levant)"), not where a figure is."""
    out = []
    for a in agencies:
        aside = _AGENCY_ASIDE.match(text, a.end)
        out.append((a.start, aside.end() if aside else a.end))
    return out


def in_quoted_name(text: str, m: Mention) -> bool:
    """Is the place only a part of a name in quotation marks ("Wilayat al-Sahel"), not the whole of it
    ("Raqqa city" in quotes is still Raqqa)?"""
    opens, closes = _OPENS_NAME.search(text, max(0, m.start - 30), m.start), _CLOSES_NAME.match(text, m.end)
    if not (opens and closes):
        return False
    rest = text[opens.start() + 1 : m.start] + " " + text[m.end : closes.end() - 1]
    return any(w.lower() not in PLACE_KIND_WORDS and w.lower() != "the" for w in re.findall(r"[A-Za-z]+", rest.replace("al-", " ")))


# Words that open a sentence or clause and never a person's name ("As KwaZulu-Natal residents ...").
_FUNCTION_WORDS = frozenset(
    """in as at on from of for with by after before during since while when where although though but and or so
    yet if because despite over under near across along among between into through within without around about
    against the a an this that these those meanwhile elsewhere also""".split()
)
# A capitalised word after a known place's name that does not make a longer name of it: a kind of
# place, a facility there ("Kabul Airport", "Beirut Port"), a word that is never a place (days, months,
# what questions count), a role or an outlet's word, or a small word opening a clause.
_NOT_NAME_TAIL = (
    PLACE_KIND_WORDS | _FUNCTION_WORDS | frozenset(vocab.terms(vocab.NOT_PLACE_TERMS, "words", "typed")) | frozenset(
        """municipality department he she it they we i president minister governor mayor prime military red
        authorities officials times post today tribune crisis front port university crossing stadium square street
        station""".split()
    )
)
_NAME_TAIL = re.compile(r" ([A-ZÀ-Ý][a-zà-ÿ'’-]{2,})(?![\w'’-]| +[A-ZÀ-Ý]| +(?:al|el|bin|ibn)\b)")


def not_this_city(text: str, m: Mention) -> bool:
    """A city's name used for something else: its government or a person of that name speaking ("Brussels
    pledged aid", "Houston said"), a treaty, a newspaper or a county ("the Rome Statute", "the Jakarta Post",
    "Nassau County"), or initials in capitals ("FES", "UFA")."""
    if m.entity.kind != "city":
        return False
    if (m.surface.isupper() and len(m.surface) <= 4) or _CITY_AS_OTHER.match(text, m.end) is not None:
        return True
    # "Whitney Houston's former home": a person's name and their possession
    before = _CAPITALISED_BEFORE.search(text, max(0, m.start - 20), m.start)
    return before is not None and before.group(1).lower() not in _NOT_GIVEN_NAMES and text.startswith(("'s", "’s"), m.end)


def names_no_place_here(text: str, m: Mention) -> bool:
    """A place's name used to say something else: where a bus was bound ("a Kampala-bound bus overturned in Fort
    Portal", "a Lagos-bound bus crashed": no place of a count, not even where none other is named), or a country named
    as the holder of the place the story is about ("knocked out power across the U.S. territory" in a story on Puerto
    Rico; not "the U.S. territory of Guam", which names the place)."""
    if re.match(r"[-–]bound\b", text[m.end : m.end + 7]):
        return True
    return m.entity.kind == "country" and _HOLDERS_THING.match(text, m.end) is not None and re.search(
        r"\bthe[ \t]+$", text[max(0, m.start - 5) : m.start]) is not None


_HOLDERS_THING = re.compile(
    r"\.?[ \t]+(?:overseas[ \t]+)?(?:territory|commonwealth|dependency|protectorate|enclave|exclave)\b(?![ \t]+of\b)")


# a speech verb right after a name: "Cabanas said", "Houston pledged"
_SPEAKS_AFTER = re.compile(r"[ \t]+" + _SPEAKS_VERB)
# A local office after a place's name, which names whose office it is: not a place a story keeps to ("Thanjavur district
# collector J. Radhakrishan told Gulf News", "the district education officers")
_LOCAL_OFFICE_AFTER = re.compile(r"[ \t]+(?:(?:district|county|state|city|provincial|regional|deputy)[ \t]+)?"
                                 r"(?:(?:education|health|police|disaster|relief|revenue|medical|chief|senior)[ \t]+)?"
                                 r"(?:collector|governor|mayor|commissioner|magistrate|sheriff|coroner|administrator|officers?|officials?)\b",
                                 re.I)
# what follows a city's name when it names something else
_CITY_AS_OTHER = re.compile(
    r"['’]?s?" + _SPEAKS_AFTER.pattern + r"|[ \t]+(?:Statute|Pact|Treaty|Convention|Agreement|Accords?|Declaration|Protocol|Process|Summit|Conference|Club|Times|Post"
    # ("admitted to the Dhaka Medical College Hospital", "Dhaka Medical College police outpost said": a hospital named for
    # its city, where the hurt and the dead were taken, not where they were hurt)
    r"|Herald|Tribune|Star|Journal|County|Group|Motors?|Airlines?|Airways|University|Institute|Medical\s+College"
    r"|Ambulance|Fire\s+(?:Brigade|Service|Department))\b"  # ("taken to hospital by London Ambulance Service")
)



_LANDFORM_TAILS = frozenset("Valley Highlands Hills Mountains Plateau Plain Plains Basin Delta Peninsula".split())


# What a street is called ("Paul Jones Drive", "Dapitan Street"): a name that ends so is a street's, no place
_STREETS = "Drive|Road|Street|Avenue|Lane|Boulevard|Highway"
# A street named after a place or a person: the name, a capitalised word or two, then what the street is
_STREET_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:" + _STREETS + r"|Rd|St|Ave|Blvd)\b\.?")
_WATER_AFTER = re.compile(r"\s+[Rr]iver\b")
_WATER_END = re.compile(r"\s[Rr]iver$")  # (nor the river itself: "the Mississippi River" is where the bridge fell, no place of a count)
_STREET_END = re.compile(r"\s(?:" + _STREETS + r")$")
_LGA_TAIL = re.compile(r"\s+(?:Local\s+Government(?:\s+Area)?|LGA)$")  # "in Ngaski Local Government Area": Ngaski
_WEEKDAY_END = re.compile(r"\s+(?:" + "|".join(vocab.WEEKDAY_NAMES) + r")$")


# a possessive, then a building a saint's or a person's name goes before ("St Vincent's Hospital", "St Mary's Church")
_SAINTS_VENUE_AFTER = re.compile(
    r"['’]s[ \t]+(?:" + "|".join(map(re.escape, sorted(_VENUE_FIRST | {"Academy", "College", "School", "Seminary", "University"})))
    + r")\b")


# The first word of a town's name in Spanish or Portuguese, before a country's name it holds ("Villa El Salvador")
_TOWN_WORD_BEFORE = re.compile(r"\b(?:Villa|Vila|Ciudad|Nueva|Nuevo)[ \t]+$")


def inside_longer_name(text: str, m: Mention, g: Gazetteer) -> bool:
    """Is a known place's one-word name the first word of a longer name no table knows ("Bahía Blanca"
    holds Bahia, a state of Brazil)? Never a country's name (a country's name starts the
    names of its outlets and agencies: "Lebanon News", "Syria Crisis"), nor where the next word is
    itself a place (a possessive's "s" lost: "Aleppo Syrias largest city"), an agency, a nationality or a
    word in _NOT_NAME_TAIL, nor in a line in title case ("Floods In Ghana Kill 20")."""
    if _STREET_AFTER.match(text, m.end):
        return True  # "near Paul Jones Drive", "on Kabul Road": a street's name, not the place (a district of Cape Verde)
    if _WATER_AFTER.match(text, m.end):
        return True  # "collapsed into the Mississippi River", "the Niger River": a river's name, not the state or country
    if _SAINTS_VENUE_AFTER.match(text, m.end):
        return True  # "Four patients are at St Vincent's Hospital": a saint's hospital, not the country
    if m.entity.kind == "country" and _TOWN_WORD_BEFORE.search(text, max(0, m.start - 10), m.start):
        return True  # "the capital's Villa El Salvador district": a town's name holding a country's, not the country
    tail = _NAME_TAIL.match(text, m.end)
    if tail is None or " " in m.surface.strip() or m.entity.kind == "country" or m.surface.isupper():
        return False
    word = tail.group(1)
    if word.lower() in _NOT_NAME_TAIL or word.lower() in vocab.DEMONYMS:
        return False
    if word in _LANDFORM_TAILS:
        return not _title_case_line(text, m, 0.6)  # "the Kathmandu Valley": a region of its own, named once or more
    if text.count(f"{m.surface} {word}") < 2 or re.search(rf"\b{re.escape(word.lower())}\b", text):
        return False  # a name the article uses once, or a word it also writes in lower case ("Aleppo Nearly 40")
    if any(g.place(w, fuzzy=False) is not None for w in (word, word[:-1])) or g.agency(word, fuzzy=False) is not None:
        return False
    return not _title_case_line(text, m, 0.6)


def _title_case_line(text: str, m: Mention, share: float) -> bool:
    """Is the line holding the mention in title case: four words or more, at least `share` of them
    capitalised ("Floods In Ghana Kill 20")?"""
    start, end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    words = re.findall(r"[A-Za-zÀ-ÿ'’-]+", text[start : end if end >= 0 else len(text)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= share * len(words)


_AND_NEXT_PLACE = re.compile(r"(?:[ \t]+to[ \t]+the[ \t]+\w+)?,?[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?")
_PHOTO_AFTER = re.compile(r"[^.\n]{0,24}?(?::[ \t]*Photo\b|\((?:Photo|Credit)\b|[ \t]©)")
_ISLAND_OF_BEFORE = re.compile(r"\bisland\s+of\s+$", re.I)
# "typhoon-hit", "quake-ravaged", "storm-battered": a place described by what struck it
_HAZARD_HIT = re.compile(r"\w-(?:hit|ravaged|stricken|battered|struck|devastated|affected|damaged|swept)$", re.I)
# A story that keeps to "the island" (not "the island nation", "the island of Sumatra", which name a place of their own)
_KEEPS_TO_THE_ISLAND = re.compile(r"\b(?:on|from|to|off|onto|reach|at)\s+the\s+island\b(?!\s+(?:nation|state|country|of)\b|['’]s)", re.I)
# "the wealthy Gulf emirate", "the Pacific island", "the Caribbean nation": a region's name describing the place
# the story is about, not a place of its own
_POLITY_AFTER = re.compile(r"[ \t]+(?:emirates?|islands?|nations?|states?|kingdoms?|monarch(?:y|ies)|archipelagos?|territory|country)\b")
_THE_BEFORE = re.compile(r"\bthe[ \t]+(?:[a-z-]+[ \t]+){0,2}$")


def _describes_the_focus(text: str, start: int, end: int) -> bool:
    """"the wealthy Gulf emirate", "the Pacific island nation": a region's name describing the country in
    focus (not "on Siargao island", a place of its own)."""
    return _POLITY_AFTER.match(text, end) is not None and _THE_BEFORE.search(text, max(0, start - 30), start) is not None
_ROUTE_AFTER = re.compile(r"(?:[ \t]+[a-z-]+){0,3}?[ \t]+(?:route|corridor|crossing|passage)s?\b")


# Verbs by which a place has a count of its own ("Beaufort recorded 249 evacuees"), as the parse reads them (no lemmas)
_SAW_A_COUNT = RECORDING_VERBS | frozenset("reported reports saw sees counted counts".split())


# A person's age after a name: "Saima, 22, and Waqar, 14", "Ali (aged 9)"; not in a list of places by their counts
# ("in the villages of Kuchi, 12, and Barwa, 7": a kind of place named before, in the same sentence)
_AGE_AFTER = re.compile(r",?[ \t]*(?:\([ \t]*)?(?:aged[ \t]+)?\d{1,2}(?:[ \t]*\)|,|\.(?!\d)|;|[ \t]+and\b)")
_PLACES_LISTED_BEFORE = re.compile(
    r"\b(?i:villages?|towns?|districts?|camps?|settlements?|communities|localities|areas|provinces?|regions?|counties)\b[^.;\n]*$")


def entity_places(parsed, g: Gazetteer, spans: list[tuple[int, int]], text: str) -> list[Mention]:
    """Places the parse's entities name (GPE, LOC, FAC) in text, as mentions: a name the gazetteer knows
    resolves to its place; one it does not know becomes a new place (negative id) that the store
    records for review. Nationality words and parts of an agency's name (`spans`: agency_spans) are never
    places."""
    out: list[Mention] = []
    for p in parsed:
        for start, end, name, label in p.places():
            if name.lower().startswith("the "):
                start, name = start + 4, name[4:]
            name = name.rstrip("-–—")  # "three in Thoothukudi- the toll": a dash typed against the name
            mark = _POSSESSIVE.search(name)
            if mark and _a_sites_name(name[mark.end() :].strip()) and g.place(name[: mark.start()].strip(), fuzzy=False) is None:
                continue  # "the campsite at Father's Organic Farm": a named site's owner, no place
            if mark and _SAINTS_VENUE_AFTER.match(p.doc.text, start - p.start + mark.start()):
                continue  # "at St Vincent's Hospital": a saint's hospital, no place
            if mark:
                name = name[: mark.start()].strip()  # "Haiti's capital" -> Haiti
            numeral = _ROMAN_BEFORE.match(name)
            if numeral:  # "Region I, II, III CALABARZON": the list's numerals are not the place's name
                start, name = start + numeral.end(), name[numeral.end() :]
            if not name or name.split()[0] in _VENUE_FIRST or _VENUE_OF_BEFORE.search(p.doc.text, max(0, start - p.start - 30), start - p.start):
                continue  # (nor a building, nor the place in its name: "buried in the Cemitério do Centro")
            first = name.split()[0]
            rest = name[len(first) + 1 :]
            before = g.place(first, fuzzy=False) or g.place(first[:-1], fuzzy=False) if " " in name else None
            if before is not None and (before.kind == "country" or g.place(rest, fuzzy=False) is not None):
                # "Syrias Homs" (apostrophes stripped): the place is the one after the country
                start, name = start + len(first) + 1, name[len(first) + 1 :]
            root = p.doc.char_span(start - p.start, end - p.start, alignment_mode="expand")
            if root is not None and root.root.dep_ == "appos" and root.root.head.dep_ == "pobj" and (
                root.root.head.head.lower_ == "of" and root.root.head.head.head.lower_ in vocab.PERSON_TITLES
            ):
                continue  # "The regional governor of Burgas, Plamen Yanev, said": the holder's name, which the tagger may take for a place
            if root is not None and root.root.dep_ == "nsubj" and root.root.head.pos_ == "VERB" and root.root.head.lower_ not in ("is", "was", "remains") and not (
                # (a place that saw a count is its place: "Beaufort recorded 249 evacuees", "Ende reported one death")
                root.root.head.lower_ in _SAW_A_COUNT and any(
                    c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in root.root.head.children)
            ):
                continue  # "after the Indus burst its banks": a place that acts is no place of a figure
            if "-" in name and _ROUTE_AFTER.match(p.doc.text, end - p.start):
                continue  # "the North Africa-Sicily irregular migratory route": a route between places, no place
            if " " not in name and name.endswith("ites"):
                continue  # "Alawites", "Shiites": people, which the small model may tag as a place
            if name.isupper() and len(name) <= 8 and g.place(name, fuzzy=False) is None:
                continue  # "(BNPB)", "ASDMA": an organisation's initials
            if name.rstrip(".") + "." in vocab.AP_STATES and (name.endswith(".") or text[end : end + 1] == "."):
                continue  # "Kansas City, Mo. --": a state as news agencies abbreviate it, where the town before it lies
            if _BASED.match(p.doc.text, end - p.start) or _VENUE_AFTER.match(p.doc.text, end - p.start) or not_a_place(name) or _INSTITUTION.search(name):
                continue  # "the Britain-based monitor", "Tuesdays", "the South Hospital"
            if _STREET_END.search(name) or _VENUE_END.search(name) or _WATER_END.search(name) or _WATER_AFTER.match(p.doc.text, end - p.start):
                # "on Dapitan Street", "at the Saratoga hotel", "into the Mississippi River", "flash floods in the Kheer Ganga
                # river": a street, a building, a river
                continue
            if weekday := _WEEKDAY_END.search(name):
                name = name[: weekday.start()]  # "in Brick Township Tuesday": the day the parse ran into the name
            generic = _GENERIC_TAIL.search(name)
            if generic and generic.start() > 0:
                name = name[: generic.start()]  # "Abu Shouk camp" is the place Abu Shouk
            if (
                # (nor a kind of place alone: "in Province 1 and Province 2")
                len(name) < 3 or not name[0].isupper() or re.search(r"\d", name) or name.lower() in _PLACE_PREFIXES
                or name.lower() in PLACE_KIND_WORDS
                or name.lower() in vocab.DEMONYMS or not_a_place(name.split()[0])
                or any(a < end and start < b for a, b in spans)
            ):
                continue
            e = g.place(name, fuzzy=False) or (name.endswith("s") and g.place(name[:-1], fuzzy=False)) or None
            if e is None or not g.spelled_as(name, e):
                if _describes_the_focus(p.doc.text, start - p.start, start + len(name) - p.start) or _a_thing_named(
                    text, start, start + len(name), name) or (_AGE_AFTER.match(text, start + len(name)) and not (
                        _PLACES_LISTED_BEFORE.search(text, max(0, start - 120), start))):
                    # (nor "a Polo carrying two passengers": a car; nor "the victims as Parveen Bibi, 35, Saima, 22":
                    # a name and an age, a person)
                    continue
                e = Entity(-(1000 + len(out)), name, "area")  # "al-Tayba" is not Tabqa, whose key it shares
            out.append(Mention(start, start + len(name), e, name))
    return out


# "in four districts, Beaufort, Kota Belud, Papar and Tenom", "the villages of Kikita and Homaria": a list that
# a place kind introduces names places, whatever the parse makes of them (the small model tags "Kota Belud" an
# organisation). Countries and islands excepted: "countries, including Chad" names what the tables know.
# (the kinds of vocab.PLACE_KIND_PLURALS below a country, and local ones; not "departments", which are also a
# government's; the list ends the clause: not "several villages, Ahmed Khan and Sara Ali told reporters")
_LISTING_KINDS = sorted(set(vocab.PLACE_KIND_PLURALS) - {"countries", "departments", "communities", "islands"}
                        | {"sub-districts", "subdistricts", "upazilas", "barangays", "townships", "localities"})
_KIND_PLURAL_LIST = re.compile(
    r"\b(?:" + "|".join(_LISTING_KINDS) + r")(?:,|:|\s+of|\s+(?:including|namely|such\s+as))[ \t]+"
    r"(?P<names>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2}(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})+)"
    r"(?=[ \t]*(?:[.;:)\n]|,|$|[ \t](?:in|of|on|and|were|are|have|had)\b))"
)


# A name said to be the place worst hit: "Pandeglang was the most affected area", "Nagaon is the hardest-hit district",
# "Cabaret, in the West Department, is one of the most affected areas"
_MOST_HIT = re.compile(
    r"(?<![\w'’-])(?!The\s|An?\s|This\s|That\s|Its\s)(?!(?:" + "|".join(vocab.SECTORS) + r")\b)"
    r"(?P<names>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?:,[ \t]+in[ \t]+[^,.;\n]{1,40},)?[ \t]+(?:was|is|remains|remained)[ \t]+"
    r"(?:one[ \t]+of[ \t]+)?the[ \t]+(?:most|worst|hardest|badly|severely)[ \t-]+(?:affected|hit)[ \t]+(?:"
    + "|".join(sorted(vocab.PLACE_KIND_WORDS | set(vocab.PLACE_KIND_PLURALS), key=len, reverse=True)) + r"|areas?)\b")


# An item of a numbered list by place: "4. Janeponto recorded 14 deaths, 3 people missing"
_RECORDED_ITEM = re.compile(
    r"(?:^|(?<=\s))(?P<n>\d{1,2})\.[ \t]+(?P<names>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+(?:recorded|reported|registered)\b", re.M)


def listed_places(text: str, g: Gazetteer, spans: list[tuple[int, int]]) -> list[Mention]:
    """Every mention of each name a place kind's list gives (_KIND_PLURAL_LIST), that is said to be the place worst
    hit (_MOST_HIT) or that opens an item of a numbered list by place (_RECORDED_ITEM), that no table knows: a new
    place (negative id, recorded for review)."""
    names: dict[str, Entity] = {}
    items = list(_RECORDED_ITEM.finditer(text))
    numbered = {int(m.group("n")) for m in items}
    # (an item of a list only beside the item before or after it: not "made landfall on Sept. 4. Rescuers recorded")
    items = [m for m in items if int(m.group("n")) - 1 in numbered or int(m.group("n")) + 1 in numbered]
    for m in [*_KIND_PLURAL_LIST.finditer(text), *_MOST_HIT.finditer(text), *items]:
        for name in re.split(r",[ \t]*(?:and[ \t]+)?|,?[ \t]+and[ \t]+", m.group("names")):
            name = name.strip()
            if not name or name.lower() in vocab.DEMONYMS or not_a_place(name) or g.agency(name, fuzzy=False) is not None or (
                g.place(name, fuzzy=False) is not None  # (the gazetteer's scan reads those)
            ):
                continue
            names.setdefault(name, Entity(-(2000 + len(names)), name, "area"))
    out = []
    for name, e in names.items():
        for use in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            if not any(a < use.end() and use.start() < b for a, b in spans):
                out.append(Mention(use.start(), use.end(), e, name))
    return out


# A part of the story's country by its compass point alone: "in the rebel-held northwest" (of Syria).
# (a plain "in the east" may be a city's: "government control in the west and rebel control in the east" of Aleppo)
_COMPASS_PART = re.compile(
    r"\b(?:in|across|to|from|throughout)\s+the\s+(?:(?:[\w]+-(?:held|controlled|run)\s+)"
    r"(?P<dir>north-?west|north-?east|south-?west|south-?east|north|south|east|west)|(?P<dir2>north-?west|north-?east|south-?west|south-?east))"
    # (the part itself, not an adjective of a place after it: "the northeastern border town of Gwoza")
    r"(?:ern)?\b(?=\s*(?:[,.;:)\n]|$)|\s+(?:and|or|on|in|at|since|after|before|during|when|where|while|with|last|this|over|for|from|to)\b)"
)


def compass_places(text: str, g: Gazetteer, places: list[Mention]) -> list[Mention]:
    """Mentions of a country's part named by its compass point alone ("in the rebel-held northwest"), where the
    gazetteer knows that part of a country the story names ("Northwest Syria")."""
    named = Counter(m.entity for m in places if m.entity.kind == "country")
    countries = [c for c, _ in sorted(named.items(), key=lambda x: -x[1])]
    out = []
    for m in _COMPASS_PART.finditer(text) if countries else ():
        # (of the countries named, the one most named that has such a part: "Turkey, Syria quake" and Syria's northwest;
        # a part inside it, never another country: "in the south" of a story on Sudan is not South Sudan)
        where = "dir" if m.group("dir") else "dir2"
        part = next((p for c in countries if (p := g.place_named(f"{m.group(where).replace('-', '')} {c.name}")) is not None
                     and p.kind != "country" and g.within(p.id, c.id)), None)
        if part is not None:
            out.append(Mention(m.start(where), m.end(), part, text[m.start(where) : m.end()]))
    return out


# A name with a count in brackets after it, one of a list: "Madhubani (14), Araria (12), Araria, Sheohar and
# Darbhanga (nine each)". Alone, a number in brackets after a name is an age ("Ahmed (14)"), and so it is in a
# list of victims ("Three children died: Jordan (14), Georgia (12) and Austin (9)"): a list is of places only
# where it goes on from a place's count ("... 18 casualties, followed by Madhubani (14)") or follows a place
# kind's noun ("in the districts of Madhubani (14), Araria (12)").
_LIST_NAME = r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?"
_BRACKETED = re.compile(r"\([ \t]*(?:\d[\d,]*|[a-z]+(?:[ \t-][a-z]+)?)(?:[ \t]+each)?[ \t]*\)")
# The names before a count in brackets, read back from it (a window: never a scan over a run of names)
_NAMES_BEFORE = re.compile(rf"{_LIST_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+){_LIST_NAME})*[ \t]*\Z")
_RANKED_LIST = re.compile(r"\d[\d,]*\s+(?:[a-z]+\s+){0,2}[a-z]+,?\s+followed\s+by\s+$")
_KIND_BEFORE_LIST = re.compile(r"\b(?:" + "|".join(vocab.PLACE_KIND_PLURALS) + r")\b[^.;:()]{0,30}$", re.I)
_ITEM_SEPARATOR = re.compile(r"[ \t]*(?:,|;|,?[ \t]+and)[ \t]+")


@dataclass(frozen=True)
class BracketItem:
    """Names and the count in brackets after them: "Sheohar and Darbhanga (nine each)"."""
    start: int
    end: int
    names: tuple[tuple[int, int], ...]  # (start, end) of each name


def bracket_place_lists(text: str) -> list[list[BracketItem]]:
    """The lists of places with counts in brackets after them, two items at least."""
    lists: list[list[BracketItem]] = []
    for b in _BRACKETED.finditer(text):
        lo = max(0, b.start() - 160)
        m = _NAMES_BEFORE.search(text[lo : b.start()])
        if m is None:
            continue
        a = lo + m.start()
        names = tuple((a + k.start(), a + k.end()) for k in re.finditer(_LIST_NAME, m.group()))
        item = BracketItem(a, b.end(), names)
        if lists and _ITEM_SEPARATOR.fullmatch(text, lists[-1][-1].end, item.start):
            lists[-1].append(item)
        else:
            lists.append([item])
    return [items for items in lists if len(items) >= 2 and (
        _RANKED_LIST.search(text, max(0, items[0].start - 80), items[0].start)
        or _KIND_BEFORE_LIST.search(text, max(0, items[0].start - 60), items[0].start))]


def bracket_listed_places(text: str, g: Gazetteer, spans: list[tuple[int, int]], known: list[Mention],
                          lists: list[list[BracketItem]]) -> list[Mention]:
    """The names no table knows in lists of places with counts in brackets (bracket_place_lists): places."""
    out = []
    for items in lists:
        for a, b in (span for item in items for span in item.names):
            name = text[a:b]
            if any(k.start <= a < k.end for k in known) or name.lower() in vocab.DEMONYMS or not_a_place(name) or (
                g.agency(name, fuzzy=False) is not None or any(x < b and a < y for x, y in spans)
            ):
                continue
            out.append(Mention(a, b, Entity(-(3000 + len(out)), name, "area"), name))
    return out


# A nationality before the people a headline counts: "9 Cambodian Civilians", "Sudanese refugees".
# (Not refugees or migrants: people counted outside their country. Not the attackers: "Israeli air strikes".)
_PEOPLE_WORDS = sorted({w for k, e in vocab.SUBJECT_TERMS.items() for w in vocab.terms(e, "words")
                        if k in ("people", "civilians", "children", "women", "families") and " " not in w
                        and w not in ("migrants", "foreigners", "tourists", "nationals", "rohingyas", "rohingya")},
                       key=len, reverse=True)
_NATION_PEOPLE = re.compile(rf"\b((?:[A-Z][\w’'-]+\s+)?[A-Z][\w’'-]+)\s+(?i:{'|'.join(_PEOPLE_WORDS)})\b")
# ... or its government speaking of its own country ("the Chinese government said the storms affected ...")
_NATION_SPEAKS = re.compile(r"\b((?:[A-Z][\w’'-]+\s+)?[A-Z][\w’'-]+)\s+(?:government|authorities|officials|ministry)\b")


# A nationality's people by its plural, at the head of a headline: "Marshall Islanders endure ...", "Afghans flee ..."
_PEOPLE_OF = re.compile(r"^(?:\W*)((?:[A-Z][\w’'-]+\s+)?[A-Z][\w’'-]+s)\b")


def _country_of_people(g: Gazetteer, text: str, pattern: re.Pattern = _NATION_PEOPLE) -> Entity | None:
    """The country of the first nationality named right before the people it counts ("9 Cambodian
    Civilians", "South Sudanese civilians"), or (with _NATION_SPEAKS) its government; or None."""
    for m in pattern.finditer(text):
        country = vocab.country_of_demonym(m.group(1))
        if country:
            return g.place(country, fuzzy=False)
    return None


def _common_words_in_heading(text: str, m: Mention) -> bool:
    """A name no table knows, in a headline, one of whose words the text also writes in lower case: the
    headline's capitals, not a place ("in Border Fighting", where the body says "the border conflict")."""
    if not _title_case_line(text, m, 0.75):
        return False  # (a title-case line, whatever ends it: "... in Border Fighting?")
    start, end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    if text.find(m.surface, end if end >= 0 else len(text)) >= 0 or text.rfind(m.surface, 0, start) >= 0:
        return False  # the body names it too ("Mount Elgon")
    return any(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text) for w in m.surface.split() if len(w) > 3)


def _in_heading(text: str, pos: int) -> bool:
    """True inside a line of its own with no closing punctuation (a headline or subhead)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end].strip()
    return len(line.split()) <= 16 and not _CLOSING.search(line)


# A photo's caption: its credit ("Picture: Khaya Ngwenya/ANA", "[Ryad Kramdi/AFP]", "AP Photo/...",
# "REUTERS/...") or its opening ("In this image made from video, ..."). Where a photo was taken is not
# what the story is about.
_CAPTION = re.compile(
    r"\b(?:(?:Picture|Photo|Photograph|Image|Credit)s?|(?:PICTURE|PHOTO|IMAGE)S?)\s*:|\[[^\]\n]{0,60}/\s*(?:AFP|Reuters|AP|EPA|Getty|Anadolu|Xinhua)[^\]\n]*\]"
    r"|\((?:AP|AFP|EPA|Reuters)\s+Photo|\b(?:REUTERS|AFP|AP)\s*/\s*[A-Z]|\bGetty\s+Images\b|\bAP\s+Photo\b"
    r"|^\s*In\s+this\s+(?:image|photo|picture|handout)|/\s*(?:STAFF\s+)?PHOTOGRAPHER\b|\bStaff\s+Photographer\b",
    re.M,
)


_STORM = re.compile(
    r"\b(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|(?:[Tt]ropical\s+)?[Ss]torm|[Tt]ropical\s+[Dd]epression)\s+([A-Z][a-z]+)\b"
)


def _storm_names(text: str) -> set[str]:
    """The names of the storms a text names ("hurricane Ike", "Cyclone Freddy")."""
    return {m.group(1) for m in _STORM.finditer(text)}


def _names_storm(name: str, storms: set[str]) -> bool:
    words = name.split()
    return bool(words) and (words[-1] in storms and (len(words) == 1 or _STORM.fullmatch(name) is not None))


def in_caption(text: str, pos: int) -> bool:
    """True inside a paragraph that is a photo's caption."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end]
    # (a caption is a short line of its own; a credit inside a story written as one paragraph is not)
    return len(line) <= 400 and _CAPTION.search(line) is not None


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph (line of text) starts."""
    return [0] + [m.end() for m in _NEWLINES.finditer(text)]


_NOT_GIVEN_NAMES = _FUNCTION_WORDS | _PLACE_PREFIXES | _NOT_PLACES
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_SENTENCE_START = re.compile(r"(?:[.!?\"“]|\n|\s[-–—])\s*$")


def _in_person_name(text: str, m: Mention) -> bool:
    """A one-word match right after a given name ("Claire Martin") is part of the name, not a place."""
    if " " in m.surface:
        return False
    prev = _CAPITALISED_BEFORE.search(text, max(0, m.start - 30), m.start)
    if not prev:
        return False
    if prev.group(1).lower() in _NOT_GIVEN_NAMES:
        # "As KwaZulu-Natal residents ...": a given name is not a function word; but a month right after a person's
        # title is one ("Local Government Minister July Moyo": not the Ugandan district)
        title = _CAPITALISED_BEFORE.search(text, max(0, prev.start() - 30), prev.start())
        if not (prev.group(1) in vocab.MONTH_NAMES and title and title.group(1).lower() in vocab.PERSON_TITLES):
            return False
    before = text[max(0, m.start - 30) : m.start - len(prev.group(0))]
    # Not when the capitalised word starts a sentence ("Syria's ..." is fine, "In Raqqa" has a lowercase "in").
    return bool(before.strip()) and not _SENTENCE_START.search(before)


def _surname_speaking(text: str, m: Mention) -> bool:
    """"Cabanas said", where the text names "chief Sergio Cabanas": a surname speaking, not the town Cabañas."""
    return (
        " " not in m.surface and m.entity.kind != "country" and _SPEAKS_AFTER.match(text, m.end) is not None
        and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start) and _surname_elsewhere(text, m.surface)
    )
