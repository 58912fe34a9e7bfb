"""Article text -> the figures an analyst would record (see corpus/FORMAT.md).

One pass over the sentences: find candidate numbers, drop the ones that are
not figures, read subject and status from the words around each, then attach
the agency, the person quoted, the place and the date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from store.gazetteer import Entity, Gazetteer, Mention, another_wording, base_name, reference_agency_names, without_kind
from store import vocab
from store.vocab import kind_for

from .attribution import MEDIA_KINDS, Cue, attribute, find_cues, short_names
from .context import BRACKETED_ASIDE, CONFLICT_PEOPLE, IMPLIED_STATUS, OWN_STATUS_HEADS, PARTICIPLES, SEXES, SINGULAR_NOUNS, SUBJECT_NOUNS, fit_status, house_damage, keyed, label_reading, lead_source, line_above_list, listed_inline, listed_under, said_status, SPARED, own_verb, running_toll, status_near, subject_after, victims_sheltered, word_status
from .dates import date_for, find_dates
from .numbers import CHANGED_BY, ROUGHLY, Number, find_numbers, trap
from .nlp import figure_clause, parse_spans
from .places import BracketItem, PlaceResolver, agency_spans, an_events_name, bracket_listed_places, bracket_place_lists, compass_places, entity_places, listed_places, in_quoted_name, before_a_venue, inside_longer_name, not_a_place, not_this_city, one_letter_off, names_no_place_here, WIDER_THAN_TOWN
from .speakers import HE_SHE, MINISTER_OF_PERSON, NAME_CONNECTORS, NEWSPAPER_WORDS, ORG_WORDS, SpeakerMemory, sentence_speaker, speaker_of, surname
from .sentences import OPENING_QUOTE, inside_quotation, opens_quotation, quotations, split_sentences, wrapped
from .tokens import triggers

# "..., including 15 who were in an internet cafe": a part of the figure before it.
# "including 5 children", "among them ...", and the same count in other units: "12,350 families (74,100 people)".
# The same count in other units, in brackets right after it: "12,350 families (74,100 people)".
_ASIDE_OPEN = r"\s*\(\s*(?:or\s+|about\s+|some\s+|around\s+|approximately\s+|an\s+estimated\s+)?$"
_SAME_COUNT_ASIDE = re.compile(_ASIDE_OPEN, re.I)
_FROM_FAMILIES = re.compile(r"\s+(?:from|in|involving|comprising|of)\s+", re.I)
# "31 people from the Ilembe district, seven from Ugu ... and two from uMzinyathi are still missing": counts
# listed by place, their one verb after the list
# A capitalised name, a capital inside its first word allowed ("Ugu", "King Cetshwayo", "uMzinyathi").
_NAME_START = r"(?:[A-Z]|[a-z]{1,3}[A-Z])"
# (not "Thoothukudi- the toll": a dash; "St. Tammany", "Mt. Apo": an abbreviated saint or mount is part of the name)
_ABBREVIATED = r"(?:(?:St|Ste|Mt|Ft)\.[ \t]+)?"
_NAME = re.compile(rf"{_ABBREVIATED}{_NAME_START}[\w'’-]*(?<!-)(?:\s+[A-Z][\w'’-]*(?<!-))*")
_FROM_PLACE = (
    rf"\s+(?:from|in)\s+(?:the\s+)?{_NAME.pattern}"
    r"(?:\s+(?:district|province|region|county|state|municipality))?"
)
_LIST_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_COUNTS_BY_PLACE = re.compile(rf"(?:{_FROM_PLACE})?(?:{_LIST_SEP}(?:\d[\d,.]*\d|[\w-]+){_FROM_PLACE})+")
_PART_OF = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|out\s+of\s+which)\s*$|[a-z]" + _ASIDE_OPEN, re.I)
_OF_THAT_NUMBER = re.compile(
    r"\s*(?:Out\s+of|Of|Among)\s+(?:them|that\s+number|this\s+number|that\s+total|this\s+total|the\s+total|these|those"
    r"(?:\s+(?:killed|dead|injured|wounded|missing|displaced|who\s+died))?|the\s+(?:dead|victims|injured|wounded)"
    r"|the\s+\d[\d,.]*(?:\s+(?:dead|killed|victims|deaths|bodies|people|injured|wounded|displaced))?)\s*,", re.I
)  # ("Of those killed, six died in a landslide"; "Out of the 42, 17 are minors")


def _a_list_place(g: Gazetteer, label: str) -> bool:
    """Can a list item's label be a place: one the tables know, or a name that is no organisation, people, total,
    day or facility?"""
    if g.place(label, fuzzy=False) is not None:
        return True
    words = label.lower().split()
    return _unknown_place_name(g, label) and not (set(words) & _NOT_LIST_PLACES) and not any(w in SUBJECT_NOUNS for w in words)


# A report's row: a label, a colon, then its count ("Alas Barat: 246 households were affected")
# (or a bullet's "• Cochrane, with more than 240 evacuees.")
_PLACE_ROW = re.compile(r"[ \t]*(?:[•·▪◦][ \t]*)?(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})(?::|,[ \t]+with)[ \t]*")
# The reporting verb a count of people is the subject of, straight after it or after a relative clause ("Two residents
# said", "One resident who asked not to be named said"; not "12 people, said police", inverted after a comma)
_SPEAKS_NEXT = re.compile(r"(?:,?[ \t]+who\b[^.;:,\n\"“”]{0,60}?,?)?[ \t]+(?:said|says|told|tells|recalled|explained|added)\b(?![ \t]+to[ \t]+be\b)")
# Words that may open a sentence before its subject ("But two residents said ...")
_SUBJECT_OPENS = re.compile(r"[ \t\"“]*(?:(?:But|And|Yet|Meanwhile|However|Also|Then|Later|Earlier),?[ \t]+)?")


def _place_row(text: str, qstart: int) -> re.Match | None:
    """The row of a report's breakdown by place that the count at qstart opens ("Alas: 101 families affected"), with
    a row of the same shape above or below it (not a dateline's "DUBAI: At least 27 were killed", nor "Details: 72
    people ..." alone)."""
    line_start = text.rfind("\n", 0, qstart) + 1
    row = _PLACE_ROW.match(text, line_start)
    if row is None or row.end() != qstart or row.group("label").isupper():
        return None
    line_end = text.find("\n", qstart)
    around = _lines_around(text, line_start, line_end if line_end >= 0 else len(text))
    return row if any(_PLACE_ROW_LINE.match(line) for line in around) else None


_TOTAL_LABEL = re.compile(r"(?i:(?:grand\s+)?totals?|overall|cumulative|sub-?total)")
# (a row of the same shape, its count right after the colon, or its qualifier)
_PLACE_ROW_LINE = re.compile(_PLACE_ROW.pattern + r"(?:(?:about|some|over|nearly|around|almost|more[ \t]+than|at[ \t]+least)[ \t]+)?\d")
_NOT_LIST_PLACES = frozenset(
    "total totals overall sum grand subtotal hospital hospitals clinic school schools camp centre center "
    "station office source sources note notes date contact phone email also update updates correction highlights "
    "cumulative other all breaking latest summary details".split()
) | {w.lower() for w in vocab.MONTH_NAMES + vocab.WEEKDAY_NAMES}  # (nor a day: "Monday: 10")


def _whole_given(figures: list[dict], si: int, whole: Number) -> dict | None:
    """The count of the sentence before that a whole given again stands for ("More than 40 people have been killed
    ... Out of the 42, ..."), if any."""
    return next((f for f in reversed(figures) if f["_sentence"] == si - 1 and f["value"] is not None and whole.value is not None and (
        f["value"] == whole.value or (f["qualifier"] in ("more_than", "at_least") and f["value"] <= whole.value))), None)


_EACH_WORD = re.compile(r"\s+each\b")
_LIST_SPLIT = re.compile(_LIST_SEP)
_LIST_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}")


def _listed_names(text: str, start: int, pos: int, resolver: PlaceResolver) -> list[str]:
    """"Kupang city, Kupang districts, and Ende each reported one casualty": the places a sentence opens with, listed
    before "each", as the tables know them or as written (no table knows most of them); none unless every item is a
    name."""
    each = _EACH_WORD.search(text, start, pos)
    if each is None:
        return []
    items = _LIST_SPLIT.split(text[start : each.start()].strip())
    if len(items) < 2 or not all(_LIST_NAME.fullmatch(item) for item in items):
        return []
    out = []
    for item in items:
        at = text.find(item, start)
        known = resolver.between(at, at + len(item), _ANY_ROLE)
        out.append(known[0].entity.name if len(known) == 1 and text[known[0].start : known[0].end] == item else item)
    return out


# A list's item that is a place and its count in brackets: "Miringue (17,340 individuals)", "Jambur Sempakata (2,730
# inhabitants)"
_BRACKET_ITEM = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]*\([ \t]*(?=[\d,.]+[ \t]+(?:individuals|people|persons|families|households"
    r"|inhabitants|residents|IDPs)\b)")


def _bracket_item_place(text: str, sent, num: Number, resolver: PlaceResolver) -> str | None:
    """The place a count in brackets is listed with, in a list of two items or more of that shape (a name no table
    knows as written; not an organisation's: "the Red Cross (500 volunteers)")."""
    if "(" not in text[max(sent.start, num.start - 3) : num.start]:
        return None  # (most counts are in no bracket: the scan below only for those that are)
    item = next((m for m in _BRACKET_ITEM.finditer(text, max(sent.start, num.start - 50), min(len(text), num.end + 30))
                 if m.end() == num.start), None)
    if item is None or len(_BRACKET_ITEM.findall(text, sent.start, sent.end)) < 2:
        return None
    name = item.group("name")
    if resolver.g.agency(name, fuzzy=False) is not None or name.lower() in vocab.DEMONYMS or not_a_place(name.split()[0].lower()):
        return None
    known = resolver.between(item.start("name"), item.end("name"), _ANY_ROLE)
    return known[-1].entity.name if known else name


def _each_place(fig: dict, places: list[str], *into: list[dict]) -> None:
    """The same count for each place listed ("nine each", "one each in ..."): the figure is the first place's, a copy
    of it each other place's, added to each list in `into`."""
    fig["location"] = places[0]
    for place in places[1:]:
        other = {**fig, "location": place}
        for figures in into:
            figures.append(other)


_LISTED_NAME = rf"{_ABBREVIATED}[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,2}}"
_FIRST_LISTED = re.compile(rf"(?P<sep>)(?P<name>{_LISTED_NAME})")
_NEXT_LISTED = re.compile(rf"(?P<sep>,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?P<name>{_LISTED_NAME})")


def _listed_at(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the names a list starting at `pos` gives ("Sugod and Tabuelan", "Terrebonne, St. John and
    Ascension"): the list ends with the name after "and" (not "Sugod and Tabuelan, Cebu province", nor "..., NDRRMC
    said"); none unless two names or more."""
    out: list[tuple[int, int]] = []
    m = _FIRST_LISTED.match(text, pos)
    while m is not None:
        out.append(m.span("name"))
        if "and" in m.group("sep"):
            break
        m = _NEXT_LISTED.match(text, m.end())
    return out if len(out) >= 2 else []


def _names_listed_at(text: str, pos: int, resolver: PlaceResolver) -> list[str]:
    """"one each in Sugod and Tabuelan": the places a list starting at `pos` names, as the tables know them or as
    written (no table knows most towns); no organisation ("..., the Red Cross and NDRRMC")."""
    out = []
    for a, b in _listed_at(text, pos):
        known = resolver.between(a, b, _ANY_ROLE)
        if resolver.g.agency(text[a:b], fuzzy=False) is not None:
            return []
        out.append(known[0].entity.name if len(known) == 1 and (known[0].start, known[0].end) == (a, b) else text[a:b])
    return out


_FREED = frozenset({"rescued", "saved", "freed"})
# Subjects counted as persons or as their families (who can be in shelters, or more of a list's same people)
_PEOPLE_OR_FAMILIES = vocab.PEOPLE_SUBJECTS + ("families",)
_ARE_WHO = re.compile(r"\s+(?:are|were)\s+(?:all\s+)?([a-z-]+)\b")
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those|these|which)\b", re.I)
_THE_DEAD_INCLUDE = re.compile(
    r"\s*(?:The|Those)\s+(?:dead|killed|victims|injured|wounded|missing|casualties)\s+(?:include|included|includes)\s+", re.I
)
# "2,000 people live in the neighborhood", "the 100 people living in the village": a population (not "still
# living in", "remain", nor "living in makeshift shelters", "in towns encircled by armed groups")
_POPULATION = re.compile(
    r"\s+(?:who\s+)?(?:(?:are|were)\s+)?(?:live|lives|living|lived)\s+(?:in|on)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:neighbou?rhoods?|area|town|village|city|district|islands?|region|country|municipality|community|valley)\b(?!\s+(?:of|encircled|besieged|held|controlled))"
    # ("who are living in flimsy shack-like housing": how a population lives)
    r"|(?:\s+(?:on|in)\s+the\s+[\w-]+)?\s+(?:who\s+)?(?:(?:are|were)\s+)?(?:live|lives|living)\s+in\s+(?:[\w-]+\s+){0,2}?(?:housing|dwellings|slums)\b",
    re.I,
)
_STILL = re.compile(r"\b(?:still|remain|remains|remained|remaining|trapped|besieged|stranded|siege|encircled|cut\s+off)\b", re.I)
# "authorities had identified the dead as six Sudanese, four Indians": who died, by nationality, not where
_DEAD_NAMED_AS = re.compile(
    r"\b(?:identified|named|listed)\s+(?:the\s+)?(?:dead|deceased|victims|bodies|injured|wounded)\s+as\s+", re.I
)
_OF_THE_DEAD = re.compile(
    r"\s+of\s+the\s+(?:dead|killed|victims|wounded|injured|casualties|missing|displaced|detained|bodies)\b", re.I
)
_AMONG_AFTER = re.compile(
    r"\s+(?:were|was|are|is)\s+(?:also\s+)?(?:(?:confirmed|reported|believed|said|thought)\s+(?:to\s+be\s+)?)?among\s+"
    r"(?:them|those|the\s+(?:dead|deceased|victims|wounded|injured|killed|casualties))\b",
    re.I,
)
_AND_NEXT_PART = re.compile(r"(?:\s+[a-z]+)?\s*,?\s+and\s+", re.I)
_AMONG_THE_NEXT = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:at\s+least\s+|more\s+than\s+)?$", re.I)
_FAMILY = re.compile(r"\b(?:he|she|who|I|we|they|mother|father|couple|widow|woman|man)\s+(?:has|have|had)\s+$", re.I)
# "has 300 advisers", "have some 14,000 troops": people an organisation keeps somewhere are deployed.
_HAS_BEFORE = re.compile(r"\b(?:has|have|had|keeps|keep|maintains|maintain)\s+(?:\w+\s+)?$", re.I)
# Someone else's words: a sentence with a reporting verb of its own carries no earlier source.
# (not a passive with no one named: "1,080 people were reported injured" goes on with the source before)
_SPEECH = re.compile(
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bis\s)"
    r"\b(?:said|says|say|told|tells|reported|according|claimed|claims|estimated|estimates|warned|added)\b"
)
_FOUGHT = re.compile(r"\b(?:from|against)\s+(?:the\s+)?[\"“]?$")
# "At least 89 of the 178 people injured", "Among the 13 killed": a count the article gave before, named
# again with a definite article; it adds nothing and takes no new source or place.
_BACK_REFERENCE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
_AUDIENCE = re.compile(r"['’]?s?\s+(?:reporters|journalists|correspondents|diplomats|newsroom)\b")
_HOST_BEFORE = re.compile(r"\b(?:a\s+service|website|site|platform)\s+(?:provided|run|operated|hosted|managed)\s+by\s+(?:the\s+)?(?:UN\s+)?$", re.I)
# A quote longer than this is cut down to the words around the number.
_MAX_QUOTE = 180
# A time after a count, where its noun would be: the count stands alone ("rose to 850 between Friday and ...")
_WHEN_AFTER = re.compile(r"\s+(?:between|since|by|on|overnight|as\s+of|this|last|yesterday|today)\b", re.I)


# A sentence set in a country: "In Iran, state television said".
_SET_IN = re.compile(r"\s*In\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s")
# Right after a count's noun phrase, its parts in apposition: ", 13 civilians", "— thirteen civilians".
_APPOSED_PART = re.compile(r"\s*[,—–]\s*")
_AFTER_ASIDE = re.compile(r"\s*\)")  # the end of the bracketed parts after a count
# Between two counts of a list: "12 men, nine women and seven children".
_LIST_GAP = re.compile(r"\s*,\s*(?:the\s+)?|\s*,?\s+and\s+(?:the\s+)?")  # ("two females and the three males died")
# A whole and the list of its parts: "1,21,247 people comprising 55,688 men, 54,954 women and 10,605 children are reeling"
_COMPRISING = re.compile(r"\s*,?\s+comprising\s+")
# ("A total of 1,21,247 people comprising ...": the whole a total, no part of something before it)
_A_TOTAL_OF = re.compile(r"\btotal\s+of\s+(?:about\s+|some\s+|over\s+|nearly\s+)?$", re.I)
# A verb before a count, which makes it no list's first item.
_VERB_BEFORE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|hosts?|hosting|houses?|housing|includ\w*|contains?|numbers?|numbered|totals?|of|with)\b"
    r"|\b[a-z]+ed\b", re.I,
)
# A count each of the places before it has: "Badulla and Kandy each report 52 fatalities".
# (not "(nine each)", a bracket's, which _EACH_IN_BRACKET reads; nor "each day")
_EACH_AFTER = re.compile(r"\s+each\b(?!\s*\))(?!\s+(?:of|other|day|week|month|year)\b)")
# A count of sites in a place, the people they host in brackets after it: "12 in Buzi (hosting 4,464 individuals)"
_SITES_HOSTING = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*\(\s*(?:hosting|accommodating|sheltering|housing)\b")
# A death only feared, after people counted as missing: "Three missing people feared dead"
_MEANT_TO = re.compile(
    r"\b(?:attempts?|attempted|attempting|tried|trying|tries|threat(?:en(?:ed|ing|s)?)?|plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|sought|"
    r"vow(?:s|ed)?|intend(?:s|ed)?|wanted|wants)\s+to\s+(?:\w+\s+){1,2}$")
_RESCUED_AFTER = re.compile(
    r"\s+(?:were|have\s+been|had\s+been|has\s+been|was|are)\s+(?:(?!not\b|never\b|yet\b)\w+\s+)?(?:rescued|saved|pulled\s+out\s+alive|found\s+alive)\b")
# "recovered 89 bodies and rescued nearly 1,000 people": the rescued are alive, whatever status came before them
_RESCUED_BEFORE = re.compile(r"\b(?:rescued|saved|freed)\s+(?:" + ROUGHLY + r"\s+|more\s+than\s+|at\s+least\s+)?$", re.I)
_FEARED_DEAD = re.compile(r"\s+(?:(?:are|were|is|was|now|still)\s+)*(?:feared|presumed|believed)(?:\s+to\s+be)?\s+dead\b", re.I)
# The group a sentence opens with, of which its counts are parts: "among the 151 dead, 97 are female"
_AMONG_THE_GROUP = re.compile(
    # ("61 of the dead were children, 36 were women": the group before a part of its own)
    r"\b(?:(?:among|of)\s+(?:the|those)\s+(?:[\d,.]+\s+)?(?:people\s+)?(?P<group>dead|killed|deceased|victims|injured|wounded|missing)"
    r"(?:\s*,|(?<!victims)\s+(?:were|are)\b)"
    # ("The 62 victims include, 32 are female and 14 male": the parts a group's count includes)
    r"|\b(?:the\s+)?[\d,.]+\s+(?P<group2>dead|deceased|injured|wounded)\s+(?:include|included|includes)\s*,?"
    # ("20 people have been confirmed dead, out of whom thirteen are adults", "Out of the 20, eleven are male": the count
    # before, by a pronoun or its number)
    r"|(?:out\s+of|of|among)\s+(?:whom|them|these|(?:the\s+)?(?P<number>[\d,.]+)\s*,))\s*"
    # (and the part after another: "97 are female and 54 are male", "thirteen are adults while seven are juveniles")
    r"(?:[^;.]*?(?:,|\band|\bwhile|\bwhereas)\s*)?$", re.I)
# What says a part is no longer of its group: "Of the missing, 12 have been traced", "Of the injured, 45 were discharged",
# "3 were found alive" (not "Of the dead, 21 were found in the river")
_NO_LONGER = re.compile(r"\b(?:traced|returned|discharged|released|rescued|reunited|freed|back|alive)\b", re.I)
_BE_WHO = re.compile(r"\s+(?:are|were|is|was)\s+(?P<noun>[a-z]+)\b")


def _who_noun(word: str) -> str | None:
    """The people a noun after "are" names ("97 are female", "11 were children"), or None ("97 are still in hospital")."""
    low = word.lower()
    return SUBJECT_NOUNS.get(low) or SINGULAR_NOUNS.get(low) or SEXES.get(low)


# The same count for each place listed after it: "one each in the towns of Mukawa and Shinhidaka", "one each from
# Terrebonne, St. John and Ascension parishes"
_EACH_IN = re.compile(r"\s+each\s+(?:in|from|at)\s+(?:the\s+(?:[a-z]+\s+)?(?:towns|cities|villages|districts|provinces|municipalities|counties|parishes)\s+of\s+)?")
_EACH_BEFORE = re.compile(r"\beach\s+(?:(?:have|has|had|report|reported|reports|recorded|record|records|saw|see|counted)\s+)?$")
_BY_A_CHANGE = re.compile(rf"\b{CHANGED_BY}\s+(?:{ROUGHLY}\s+)?$", re.I)
_BY_THEN_TO = re.compile(
    rf"\bby\s+(?:{ROUGHLY}\s+)?[\w,.]+\s+(?:(?:people|persons)\s+)?,?\s*to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?$", re.I)
_TO_A_COUNT = re.compile(r"(?:\s+(?:people|persons))?,?\s+to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\b)", re.I)
# A count set beside the one before it: "compared to 6,724", "up from 10", "a rise from 11,216".
_COMPARED = re.compile(
    rf"\b(?:compared\s+(?:to|with)|compares\s+(?:to|with)|up\s+from|down\s+from|(?:a\s+)?(?:slight\s+|sharp\s+)?(?:{'|'.join(vocab.CHANGE_NOUNS)})\s+from)"
    r"\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$"
)
# A tally named right before its count: "number of evacuees, at", "a drop in evacuees, to", "a rise from".
_WHO_NEXT = re.compile(r"[^\S\n]*(?:\([^()\n]{0,60}\)[^\S\n]*)?(?:who|that|which)\b")
_TALLY_BEFORE = re.compile(
    rf"\b(?:{'|'.join(vocab.TALLY_NOUNS + vocab.CHANGE_NOUNS)})\s+(?:of|in)\s+(?:the\s+)?(?:internally\s+|newly\s+)?([a-z]+|IDPs)"
    r"(?:\s+(?:persons|people|individuals))?(?:\s+\([A-Z]{2,5}\))?,?\s+"
    r"(?:at|to|from|of|with|(?:was|is|stood\s+at|stands\s+at|reached)(?=\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$))"
    r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$"
)  # ("The total number of IDPs was 6,842 individuals")
# A country hosting a people: "hosts 1.5 million refugees", "there are an estimated 17,000 Venezuelans".
_HOSTED_BEFORE = re.compile(
    r"\b(?:(?P<there>there\s+(?:are|were))|hosts|hosting|hosted|host|is\s+home\s+to|are\s+home\s+to)\s+"
    r"(?:(?:an\s+estimated|about|around|some|over|more\s+than|nearly|almost|at\s+least|approximately|roughly)\s+)?$",
    re.I,
)
# "... Venezuelans in Aruba." (and nothing more said of them)
_IN_A_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:[.;]|,\s+(?:[a-z]+\s+)?(?:said|says|according)|$)")
# People who were merely there: "a mosque packed with some 2,000 worshippers".
_THERE_BEFORE = re.compile(r"\b(?:packed|filled|crowded|crammed)\s+with\s+$")
# Who a boat or bus was carrying is not its toll ("capsized off French Guiana carrying about 20 migrants"; but a ship
# "carrying hundreds of people has left the city" carried them away)
_CARRYING_BEFORE = re.compile(r"\b(?:carrying|carried|transporting|ferrying)\s+$")
# A count's whole after its part: "28 of the 151 people on board".
_WHOLE_OF = re.compile(r"(?:\b\d[\d,.]*|\b[A-Za-z]+(?:-[a-z]+)?)\s+of\s+(?:the|all)\s+$")


# An illness's patients are no injured (one list for every injury phrase: treatment, condition, hospital).
# (the diseases of the vocabulary, and words for any: "confirmed cases of hepatitis E")
_DISEASE = re.compile(vocab.DISEASE_NAMED.pattern + r"|\b(?:disease|infections?|outbreak)\b", re.I)
_OF_THEM_HURT = re.compile(
    r"\s+of\s+(?:them|whom)\s+(?:(?:" + "|".join(sorted(vocab.HOW_BADLY)) + r")\s+)?(?:injured|wounded|hurt|dead|killed|missing)\b", re.I
)
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+$")
_DISEASE_NOUN_AFTER = re.compile(r"\s+(?:fever|virus|disease|outbreak|cases?)\b", re.I)
# Events that hurt people, in a sentence that also names a disease: its injured are hurt, not ill
_HURTING_EVENTS = (vocab.EVENT_NOUNS | vocab.ATTACK_KINDS | frozenset({"crash", "crashes", "accident", "collision"})) - {"outbreak"}
# "15 are in critical condition": how badly, as an adjective ("critically" -> "critical")
_HOW_BADLY_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?in\s+(?:a\s+)?(?:" + "|".join(sorted(w.removesuffix("ly") for w in vocab.HOW_BADLY))
                              + r")\b", re.I)


def _an_illness(text: str, sent) -> bool:
    """Does the sentence tell of an illness, not of people hurt by an event: a disease named (not a town named like one
    after "in": "A gunman injured 12 people in Lassa", unless its "fever" or "virus" follows) and no event that hurts ("A
    bus crash injured 30 people in Kenya, where a cholera outbreak has killed 12")?"""
    named = [m for m in _DISEASE.finditer(text, sent.start, sent.end)
             if not (m.group()[:1].isupper() and _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start() - 6), m.start()))
             or _DISEASE_NOUN_AFTER.match(text, m.end())]
    return bool(named) and not set(re.findall(r"[a-z]+", text[sent.start : sent.end].lower())) & _HURTING_EVENTS


_OUT_OF = re.compile(r"\(\s*out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I)
_DATE_STAMP = re.compile(r"\s*date[ \t]+\d{4}-\d{2}-\d{2}[ \t\n]")


# Students at a school are children (15 of the 22 gold counts of students), at a university or college adults
_PUPILS = frozenset({"students", "student"})
# (a school near the count, not "the Lagos school of medicine", "graduate school", "Kenya School of Law")
_A_SCHOOL = re.compile(r"(?<!graduate )(?<!business )(?<!nursing )(?<!medical )(?<!law )\b(?:school|schools|schoolchildren|schoolgirls"
                       r"|schoolboys|pupils|madrasa|madrassa|kindergarten)\b(?!\s+of\b)", re.I)
_HIGHER_EDUCATION = re.compile(r"\b(?:universit(?:y|ies)|college|campus|undergraduates?|faculty|polytechnic)\b", re.I)


def _read(text: str, num: Number, sent) -> tuple[str | None, int, str | None]:
    """What a number counts (context.subject_after); a count a toll's verb reaches with a time where its
    noun would be stands alone ("the number of evacuees fell from 1,321 to 850 between Friday and ...")."""
    clause = sent.clause_at(num.start)
    read = subject_after(text, num, clause[1])
    if read[0] is None and _WHEN_AFTER.match(text, num.end) and running_toll(text, num, clause[0], sent.start) is not None:
        return "bare", num.end, None
    if read[0] is None and keyed(text, num):
        return "bare", num.end, None  # "Total Deaths: 82 Total Missing: 26": the next key is not what 82 counts
    if read[0] is None and (each := _EACH_IN.match(text, num.end)) and _listed_at(text, each.end()):
        return "bare", num.end, None  # "33 in Atsuma and one each in Mukawa and Shinhidaka": as many as the count before
    if read[0] == "people" and read[2] in _PUPILS and _A_SCHOOL.search(text, max(0, num.start - 400), num.end + 200) and not (
        _HIGHER_EDUCATION.search(text)
    ):
        return "children", read[1], read[2]  # "84 students" of an army-run school: children, as annotators count them
    return read


def _quote(text: str, clause: tuple[int, int], num: Number) -> tuple[int, int]:
    start, end = clause
    if end - start > _MAX_QUOTE:
        s = max(start, num.qstart - 80)
        e = min(end, num.end + 100)
        if s > start:
            s = text.find(" ", s, num.qstart) + 1 or s
        if e < end:
            cut = text.rfind(" ", num.end, e)
            e = cut if cut > num.end else e
        start, end = s, e
    while end > start and text[end - 1] in ".;:,":
        end -= 1
    return start, end


def extract_figures(
    text: str,
    *,
    gazetteer: Gazetteer,
    published: dt.date | None = None,
    title: str | None = None,
    outlet: str | None = None,
) -> list[dict]:
    """The figures stated in an article, in article order (see CONTRIBUTING.md for the fields)."""
    if stamp := _DATE_STAMP.match(text):
        # "date 2023-12-21 PRAGUE -- A gunman killed ...": a copied page's date stamp is no part of the first
        # sentence (the parse took "date" for its subject). Blanked, so that every offset still holds.
        text = " " * (stamp.end() - 1) + "\n" + text[stamp.end() :]
    sentences = split_sentences(text)
    starts = triggers(text)
    # "UN reporters", "Reuters journalists": where people work who heard the figure, not its source.
    # (nor who runs the website a page was copied from: "a service provided by UN OCHA")
    agencies = [
        a for a in gazetteer.scan_agencies(text)
        if not _AUDIENCE.match(text, a.end) and not _HOST_BEFORE.search(text, max(0, a.start - 40), a.start)
        and not (a.entity.name.islower() and a.entity.name not in reference_agency_names()
                 and _QUALIFIED.search(text, max(0, a.start - 40), a.start))
    ]
    agencies = _red_cross_named(text, [_national_society(text, a, gazetteer) for a in agencies])
    agencies += short_names(text, agencies)
    defined = _defined_acronyms(text)
    named = _defined_organisations(defined, text, agencies, gazetteer)
    agencies = sorted([a for a in agencies if not any(n.start < a.start and a.end < n.end for n in named)] + named, key=lambda m: m.start)
    publisher = _publisher(gazetteer, outlet) or _declared_publisher(text, agencies) or _acting_outlet(text, outlet, gazetteer) or (
        _titled_outlet(title, outlet, gazetteer))
    # (a place inside the name of a publisher no table knows is part of who it is: "the Humanitarian Country Team
    # in Indonesia")
    spans = agency_spans(text, agencies)
    if publisher and gazetteer.agency(publisher, fuzzy=False) is None:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(publisher), text)]
    places = [p for p in _outside(gazetteer.scan_places(text), spans, text)
              if not inside_longer_name(text, p, gazetteer) and not not_this_city(text, p) and not names_no_place_here(text, p)]
    cues = find_cues(text, sentences, agencies, places, starts.cues)
    quotes = quotations(text)
    # Subheads repeat figures the body states. The headline (the article's title where its text repeats it)
    # is a statement of its own, with no source: "More than 100 killed in Monrovia fighting" and the body's
    # "At least one hundred people have been killed", hospital officials said, are two figures, as annotators
    # record them (the same figure again with no source is one: see _once).
    title_span = _title_in_text(text, title)
    # Counts in brackets after the places of a list ("followed by Madhubani (14), Araria (12)"), read once
    place_lists = bracket_place_lists(text)
    bracketed = [m for items in place_lists for m in items]
    numbers_in = [
        [] if _is_heading(text, sent) and not _in_span(sent, title_span) else
        [n for n in find_numbers(text, sent.start, sent.end, starts.numbers)
         # (a number in brackets after a name is read as an age: not in a list of places)
         if (why := trap(text, n, sent.start)) is None or (why == "age" and _item_holding(bracketed, n) is not None)]
        for sent in sentences
    ]
    # The linguistic layer. What each number counts is read once: only sentences where a number
    # counts someone are parsed.
    reads = [[_read(text, n, sent) if not _EACH_IN_BRACKET.match(text, n.end) or not _item_holding(bracketed, n) is not None
              else ("bare", n.end, None)  # "Sheohar and Darbhanga (nine each)": no noun, each of the places'
              for n in nums] for sent, nums in zip(sentences, numbers_in)]
    counting = [i for i, read in enumerate(reads) if any(r[0] is not None for r in read)]
    leads = {i: lead for i in counting if (lead := _list_lead(text, sentences, i))}
    parsed = parse_spans(text, [(sentences[i].start, sentences[i].end) for i in sorted(
        set(counting) | set(_closing_sentences(sentences, quotes, counting)) | {j for lead in leads.values() for j in lead})])
    # "Mary Kimono, 13": a province's name (Turkmenistan's Mary) as the first of a person's names is no place
    people = [span for p in parsed.values() for span in p.persons()]
    places = [p for p in places if p.entity.kind == "country" or not any(
        a <= p.start and p.end < b and " " in text[a:b] for a, b in people)]
    extra = entity_places(parsed.values(), gazetteer, spans, text) + listed_places(text, gazetteer, spans)
    extra += bracket_listed_places(text, gazetteer, spans, places + extra, place_lists) + compass_places(text, gazetteer, places)
    # (nor the outlet's own name, which no table knows as a place: "Talking to Greater Kashmir, local villagers said")
    outlet_name = re.sub(r"\s*\(.*$", "", outlet or "").strip().lower()
    extra = [m for m in extra if not names_no_place_here(text, m) and not (m.entity.id < 0 and m.surface.lower() == outlet_name)]
    resolver = PlaceResolver(text, gazetteer, places, title, starts, extra=extra, agency_spans=spans, sentences=sentences)
    country = resolver.country()
    missions = _missions_here(text, gazetteer, country)
    if missions:
        agencies = sorted(
            [a for a in agencies if not any(m.start <= a.start < m.end for m in missions)] + missions, key=lambda m: m.start
        )
        cues = find_cues(text, sentences, agencies, places, starts.cues)
    if publisher == "IFRC" and country and (society := _society_of(agencies, country, gazetteer)) is not None:
        # "The Red Cross volunteers were quickly deployed" in the IFRC's report on Cameroon: its national society
        agencies = society
        cues = find_cues(text, sentences, agencies, places, starts.cues)
    town = resolver.story_town()
    focus = resolver.focus
    island = focus.name if focus is not None and focus.kind != "country" and (focus.id < 0 or focus.kind in ("governorate", "region")) else None
    speakers = SpeakerMemory(text, agencies, cues, gazetteer, country, town, _region(resolver, gazetteer), island)
    # The country a country's own body is named with ("Indonesia's disaster agency", "The Philippines disaster
    # agency"): where its figures are when the text names no place for them.
    # (a body that serves at home: not "the US State Department said 42 people died in the attack", abroad)
    agency_home = {m.entity.name: p.entity.name for m in agencies if _SERVES_AT_HOME.search(m.surface)
                   for p in gazetteer.scan_places(m.surface) if p.entity.kind == "country" and m.entity.kind not in MEDIA_KINDS}
    publisher_tail = _short_name(gazetteer, publisher)

    figures: list[dict] = []
    carried: dict[int, Cue | None] = {}
    said_in: dict[int, Cue | None] = {}

    run_speakers: dict[int, Cue | None] = {}  # the speaker of each run of quoted paragraphs, by its opening sentence

    def lead_said(li: int) -> Cue | None:
        """Who speaks in a list's lead-in sentence, resolved once for all the list's items."""
        if li not in said_in:
            said_in[li] = speakers.resolve(sentence_speaker(parsed[sentences[li].start], country), li) if sentences[li].start in parsed else None
        return said_in[li]

    for si, sent in enumerate(sentences):
        numbers = numbers_in[si]
        if not numbers:
            continue
        # Only sentences holding a figure need their dates.
        dates = find_dates(text, published, sent.start, sent.end, starts.dates)
        in_sentence: list[dict] = []
        # Numbers that count something else ("in five provinces") do not end the search for a figure's status.
        read = reads[si]
        counts = [n for n, r in zip(numbers, read) if r[0] is not None]
        for ni, num in enumerate(numbers):
            if _BY_A_CHANGE.search(text, max(sent.start, num.qstart - 30), num.qstart) and _TO_A_COUNT.match(text, num.end):
                continue  # "the death toll rose by three to seven": by how much, the count is the seven
            clause = sent.clause_at(num.start)
            if sent.start in parsed:
                # Narrowed to the figure's own clause where the parse tells it apart (text without commas).
                own = figure_clause(parsed[sent.start], num.start)
                if own is not None:
                    # Only the end: what follows a figure's clause in text without commas is
                    # another clause ("killed 24 people a monitor said a day after Russia ...").
                    narrowed = (clause[0], min(clause[1], own[1]))
                    if narrowed[0] <= num.start < narrowed[1] and narrowed != clause:
                        clause = narrowed
            subject, np_end, head = read[ni]
            if head == "members" and _armed_members(text, num.end, np_end, gazetteer):
                subject = "fighters"  # "killed 23 Daesh members", "20 members of the so-called Free Syrian Army"
            toll = label = None
            if subject == "bare":
                toll = running_toll(text, num, clause[0], sent.start)  # "the death toll rose to 2,946"
                label = label_reading(text, num) if toll is None else None  # a table row "IDPs total 122 387"
                if toll is None and label is None and _LABEL_THEN_COUNT.fullmatch(_line_of(text, num).strip()):
                    continue  # "Evacuation shelters 623": a row whose label counts no one
                if toll is not None or label is not None:
                    subject = (toll or label)[0]
            if subject is None or (subject == "children" and _FAMILY.search(text, sent.start, num.qstart)):
                continue  # "she has three children": a family, not a figure
            if subject not in ("bare", "others") and (speaks := _SPEAKS_NEXT.match(text, np_end)) and not any(
                word_status(w) for w in re.findall(r"[a-z]+", speaks.group(0))
            ) and _SUBJECT_OPENS.fullmatch(text, sent.start, num.qstart):
                # (the subject that opens its sentence: not "killed 25 people who were travelling, police said", "killed
                # 1102 people said the Observatory" with its commas lost; nor "300 people who fled told UNHCR": their fate)
                continue  # "Two residents said 12 people were killed", "One resident who asked not to be named said": speakers
            if subject == "bare" and _SITES_HOSTING.match(text, num.end):
                continue  # "12 in Buzi (hosting 4,464 individuals)": the sites, whose people the bracket counts
            if _THERE_BEFORE.search(text, max(0, num.qstart - 24), num.qstart) and not _names_a_fate(text, num.end, np_end, head):
                continue  # "a mosque packed with some 2,000 worshippers": who were there (not "filled with 48 bodies", "300 wounded people")
            if _OUT_OF.search(text, max(0, num.qstart - 24), num.qstart):
                continue  # "208 displaced families (out of the 246) are sheltered": the whole, counted before
            if read[ni][0] == "bare" and toll is None and _NOT_PEOPLE.search(text, clause[0], num.qstart):
                continue  # "The number of livestock perished reached more than 4.7 million": no one
            prev = in_sentence[-1] if in_sentence else None
            if prev is None and figures and figures[-1]["_sentence"] == si - 1 and _FOLLOWED_BY.match(text, sent.start):
                prev = figures[-1]  # "Colombia hosts over one million. It is followed by Peru, with over half a million": the same count
            # A subgroup of the figure before: "19 of them children", "42 of the dead were women",
            # "11 children were among them".
            subgroup = subject == "partitive" or bool(
                _OF_THEM.match(text, num.end) or _OF_THE_DEAD.match(text, num.end) or _AMONG_AFTER.match(text, np_end)
            )
            dead_listed = _THE_DEAD_INCLUDE.match(text, sent.start) is not None
            # (the nationalities of the dead listed are who died, not where: "The dead include 17 Indians",
            # "identified the dead as six Sudanese")
            dead_by_nation = dead_listed or _DEAD_NAMED_AS.search(text, sent.start, num.qstart) is not None
            of_that = _OF_THAT_NUMBER.match(text, sent.start)
            # (the whole may be given again as a number: "Out of the 42, 17 are minors"; only a whole a count of the
            # sentence before gave is that count: "Of the 300 injured, 20 are in critical condition" states its own)
            given = numbers[0] if of_that is not None and numbers[0].end <= of_that.end() else None
            earlier = _whole_given(figures, si, given) if given is not None else None
            if given is not None and earlier is None:
                of_that = None
            if of_that is not None and num.end <= of_that.end():
                continue  # "Out of the 42, 17 are minors": the whole, given again
            whole = given if ni == 1 and of_that is not None else None
            if (ni == 0 or whole is not None) and (of_that or (dead_listed and _THE_DEAD_INCLUDE.fullmatch(text, sent.start, num.qstart))):
                # "Of that number, 1,293 dead were recorded in Al-Haouz", "The dead include 17 Indians, 14 British":
                # a part of the figure before
                subgroup = True
            if prev is None and subgroup and figures and figures[-1]["_sentence"] == si - 1:
                prev = figures[-1]  # "... displaced 9 million people. More than 2 million of them ..."
                if whole is not None:
                    prev = earlier  # the count before it is that whole: "More than 40 people have been killed ... Out of the 42, 17 ..."
                if subject in ("bare", "people") and (noun := _ARE_WHO.match(text, num.end)) and (
                    (who := SUBJECT_NOUNS.get(noun.group(1).lower())) is not None
                ):
                    subject = who  # "17 are minors", "17 were children": who the part are
            part_of = prev if prev is not None and (
                _PART_OF.search(text, max(sent.start, num.qstart - 20), num.qstart)
                or subject in ("relative", "partitive", "others")
                or subgroup
            ) else None
            # how this count follows the noun phrase of the one before it: listed with "and", or in apposition
            joined = prev is not None and _AND_NEXT_PART.fullmatch(text, prev["_np_end"], num.qstart) is not None
            apposed = prev is not None and _APPOSED_PART.fullmatch(text, prev["_np_end"], num.qstart) is not None
            if part_of is None and (joined or apposed) and prev["_whole"] is not prev and subject not in ("bare", "others") and (
                not _AFTER_ASIDE.match(text, prev["_np_end"])
            ):
                part_of = prev["_whole"]  # "28 people, including 11 children and three women": another part
            bracket = _AFTER_ASIDE.match(text, prev["_np_end"]) if prev is not None and prev["_whole"] is not prev else None
            if bracket is not None and _AND_NEXT_PART.fullmatch(text, bracket.end(), num.qstart):
                # "49 adults (20 male, 29 female) and 36 children": listed with the whole before the parts in brackets
                prev, joined, apposed = prev["_whole"], True, False
            if part_of is not None and part_of["subject"] == "children" and head in SEXES:
                subject = "children"  # "36 children (16 male, 20 female)": boys and girls
            if subject == "others":
                part_of = None  # "killing nine people and wounding 43 others": same subject, own status
                # the whole of the figure before, not its subgroup ("23 people, including 6 children, and 91 others")
                whole = prev["_whole"] if prev is not None else None
                subject = whole["subject"] if whole is not None else "people"
            if subject == "partitive" and part_of is None and _OF_THEM_HURT.match(text, num.end):
                subject = "people"  # "Eleven people, seven of them injured, were rescued": the whole was no figure
            if subject in ("relative", "partitive") and part_of is None:
                continue
            ci = counts.index(num)
            prev_end = counts[ci - 1].end if ci else clause[0]
            next_start = counts[ci + 1].qstart if ci + 1 < len(counts) else clause[1]
            status_from = np_end
            part_status = None
            if ci + 1 < len(counts) and counts[ci + 1].qstart < np_end and read[numbers.index(counts[ci + 1])][1] == np_end:
                # "39 of the initial 75 workers on site remain unaccounted for": the part shares the whole's noun, and the
                # verb past it is the part's
                next_start = counts[ci + 2].qstart if ci + 2 < len(counts) else clause[1]
                # (past the whole's own status word: "Twelve of the 39 residents injured later died"; "Four of the 15 people
                # killed were children", a part of them; nothing where the verb after says no status: "Two of the 9
                # fishermen missing since Friday were found alive")
                if (own := re.match(r"\s+([a-z]+)\b", text[np_end : np_end + 20])) and (whole_status := word_status(own.group(1))):
                    status_from = np_end + own.end()
                    if status_near(text, num, status_from, clause, prev_end, next_start, starts.statuses)[0] is None:
                        if _REVERSED.match(text, status_from):
                            continue  # (found alive, released, rescued: no longer what the whole is)
                        if (be := _BE_WHO.match(text, status_from)) and (who := _who_noun(be.group("noun"))):
                            subject, np_end, status_from = who, be.end(), be.end()
                        part_status = whole_status  # "89 of the 178 people injured have been treated": still injured
            part_before = ci > 0 and read[numbers.index(counts[ci - 1])][1] == np_end and counts[ci - 1].end < num.qstart
            if ci + 1 < len(counts) and _SAME_COUNT_ASIDE.match(text, np_end, next_start):
                # "2,759 persons (around 460 families) became homeless": the verb past the aside is this
                # count's too, as near as if the aside were not there
                close = text.find(")", next_start, clause[1])
                if close > 0:
                    later = [c for c in counts[ci + 1 :] if c.qstart > close]
                    next_start, status_from = (later[0].qstart if later else clause[1]), close + 1
            elif ci + 1 < len(counts) and _FROM_FAMILIES.fullmatch(text, np_end, next_start) and (
                (families := read[numbers.index(counts[ci + 1])])[0] == "families"
            ):
                # "14,006 people from 4,288 families taking shelter": the people and their families are one
                # count, and the verb past the families is the people's too
                status_from = families[1]
                next_start = counts[ci + 2].qstart if ci + 2 < len(counts) else clause[1]
            elif ci + 1 < len(counts) and _OR_BETWEEN.fullmatch(text, np_end, next_start) and subject in ("families", "households") and (
                (persons := read[numbers.index(counts[ci + 1])])[0] in ("people", "persons", "individuals")
            ):
                # "A total of 3,681 families or 13,886 persons took temporary shelter": one count twice, and the verb
                # past the persons is the families' too ("14,733 families, or 47,068 individuals, have been affected":
                # past the aside's comma)
                status_from = persons[1]
                if (comma := re.match(r"\s*,\s*", text[status_from : status_from + 8])) is not None and status_from + comma.end() < sent.end:
                    clause = (clause[0], max(clause[1], sent.clause_at(status_from + comma.end())[1]))
                next_start = counts[ci + 2].qstart if ci + 2 < len(counts) else clause[1]
            heads_list = False
            if ci + 1 < len(counts) and (listed := _COUNTS_BY_PLACE.match(text, np_end)) and listed.end() > next_start:
                clause = (clause[0], max(clause[1], sent.clause_at(listed.end())[1]))
                status_from, next_start, heads_list = listed.end(), clause[1], True
            status, distance = status_near(text, num, status_from, clause, prev_end, next_start, starts.statuses)
            if part_status is not None:
                status, distance = part_status, 0
            if part_before and distance > 0:
                status = None  # (the whole keeps only a status right after its noun: "Twelve of the 39 residents injured")
            if head and (own := OWN_STATUS_HEADS.get(head.lower())) and status in (None, "affected", "displaced", "returned") and status != own:
                status, distance = own, 0  # "... including 111,000 IDPs and 31,000 recent returnees": who they are says it
            quoted_clause = clause
            if status is None and toll is None:
                # "3.4 million people, more than half the population, need aid": the verb is past an aside.
                wider = _past_aside(text, sent, clause, np_end)
                if wider is not None:
                    status, distance = status_near(
                        text, num, np_end, wider, prev_end, min(next_start, wider[1]) if ci + 1 < len(counts) else wider[1],
                        starts.statuses,
                    )
                    if status is not None:
                        quoted_clause = wider  # the quote holds the verb
            if status is None and toll is None and subject not in ("bare", "others", "partitive", "relative") and (
                rel := _WHO_ARE.match(text, np_end)
            ) is not None:  # (not "a man, 22, who was detained": his age)
                # "the fate of the over 2,300 persons who are still reported as missing": the relative clause, which
                # the parse set apart, says what befell them
                rel_clause = (clause[0], max(clause[1], sent.clause_at(rel.end())[1]))
                status, distance = status_near(text, num, np_end, rel_clause, prev_end, max(next_start, rel_clause[1]) if ci + 1 >= len(counts) else next_start, starts.statuses)
                if status is not None:
                    quoted_clause = rel_clause
            comprising = ci + 1 < len(counts) and _COMPRISING.fullmatch(text, np_end, counts[ci + 1].qstart) is not None
            if status is None and toll is None and subject not in ("bare", "others") and ci + 1 < len(counts) and (
                not _VERB_BEFORE.search(text, prev_end, num.qstart) or comprising and _A_TOTAL_OF.search(text, prev_end, num.qstart)
            ):  # (a list in subject position: not "The village has 200 residents, and 30 people died", "Of the 100 people, ...")
                # "Twelve men, nine women and seven children were among the dead": a list of counts shares the
                # verb after its last item
                # (the whole the list is of shares its verb too)
                last = ci + 1 if comprising else ci
                while last + 1 < len(counts) and _LIST_GAP.fullmatch(
                    text, read[numbers.index(counts[last])][1], counts[last + 1].qstart
                ) and read[numbers.index(counts[last + 1])][0] not in ("bare", "others", "partitive", "relative", None):
                    last += 1
                if last > ci:
                    last_end = read[numbers.index(counts[last])][1]
                    whole = (clause[0], max(clause[1], sent.clause_at(last_end)[1]))
                    status, distance = status_near(
                        text, num, last_end, whole, prev_end,
                        counts[last + 1].qstart if last + 1 < len(counts) else whole[1], starts.statuses,
                    )
            if status is None and toll is None and ci + 1 < len(counts) and _AMONG_THE_NEXT.match(text, np_end, next_start):
                # "Five children were among the 11 people killed": the part has the status of the whole after it
                nxt = counts[ci + 1]
                status, distance = status_near(text, nxt, read[numbers.index(nxt)][1], clause, num.end,
                                               counts[ci + 2].qstart if ci + 2 < len(counts) else clause[1], starts.statuses)
            if status is not None and distance > 1 and _WHOLE_OF.search(text, max(sent.start, num.qstart - 24), num.qstart):
                continue  # "28 of the 151 people on board ... were missing": the verb is the part's, the whole only who were there
            if toll is None and (status is None or distance > 1 or _WHO_NEXT.match(text, np_end)):
                # "the second highest number of evacuees, at 10,643 people", "a slight drop in evacuees, to 785
                # people": the tally named before the count says what it counts (before a status further off: "the
                # total number of internally displaced persons to at least 18,100 families ... who have been forced to
                # leave their homes")
                tally = _TALLY_BEFORE.search(text, max(sent.start, num.qstart - 60), num.qstart)
                if tally and tally.group(1).lower() in IMPLIED_STATUS:
                    status, distance = IMPLIED_STATUS[tally.group(1).lower()], 1
            compared_to = None
            if status is None and toll is None and _BY_THEN_TO.search(text, max(sent.start, num.qstart - 30), num.qstart) and (
                changed := running_toll(text, num, clause[0], sent.start)
            ) is not None and changed[0] in (subject, "people"):
                # "the number of displaced increased by 5,000 to 20,000 people": the increase stands between the count
                # and what it counts
                status, distance = changed[1], 1
            if status is None and toll is None and _COMPARED.search(text, max(sent.start, num.qstart - 30), num.qstart):
                # "compared to 6,724 people ... last night", "This represents a rise from 11,216 people": the same
                # count as the figure before it, at another time
                earlier = next((f for f in reversed(in_sentence or [f for f in figures if f["_sentence"] == si - 1])
                                if f["subject"] == subject or subject == "bare"), None)
                if earlier is not None:
                    status, distance, compared_to = earlier["status"], 1, earlier
                    if subject == "bare":
                        subject = earlier["subject"]  # "This compares to 16,413 in December": of the same people
            families_of = prev if subject == "families" and prev is not None and _FROM_FAMILIES.fullmatch(text, prev["_np_end"], num.qstart) else None
            if status is None and families_of is not None:
                status, distance = families_of["status"], 1  # "at 10,643 people from 2,913 families": the families of those people
            listed = None
            if toll is None and label is None and (status is None or keyed(text, num)):
                # "Total displaced: 452 people"; on a line of key-value pairs, the number's own key whatever words
                # follow ("Total number of people affected: 4,000 Number of people to be assisted: 4,000")
                label = label_reading(text, num)
                # (a line's count with what it counts and no status of its own: "Serawai Sub-District : 2.180 families")
                listed = (listed_under(text, num) or listed_inline(text, num)) if label is None and (
                    read[ni][0] == "bare" or status is None) else None
                if listed is not None and not _a_list_place(gazetteer, listed[2]):
                    listed = None  # ("Total: 49", "Women: 9", "UNHCR: 4,000", "Monday: 10", "Naivasha Hospital: 12": no place)
                if listed is not None:
                    label = listed[:2]  # "the following deaths in the following counties: ... Yancey: Nine"
            # (on a line of key-value pairs, its own key: "Total Missing: 26")
            key = keyed(text, num) if label is not None else None
            if toll is not None or label is not None:
                status, distance = (toll or label)[1], 0
            named_before, there = _named_before(text, sent, num, resolver) if subject == "bare" else (None, [])
            # "seven from Ugu", "two were from Cachar": a count with its noun left out, for the place it names
            place_after = None
            if read[ni][0] == "bare" or heads_list:
                # also a toll's count: "numbers ... indicate 227,812 in the Northern Region, 37,429 in ..."
                place_after = _ELLIPSIS_AFTER.match(text, num.end if read[ni][0] == "bare" else np_end)
            # "5,000 displaced people around Talodi, 3,000 people around Heiban; 10,000 people in Rashad": a list by place
            by_place = prev is not None and part_of is None and prev["_sentence"] == si and subject not in ("bare", "others") and (
                _PLACE_LIST_GAP.fullmatch(text, prev["_np_end"], num.qstart) is not None)
            if by_place:
                place_after = _ellipsis_item(text, np_end)
                by_place = place_after is not None
                first = _ELLIPSIS_AFTER.match(text, prev["_np_end"])
                first_name = _NAME.match(text, first.start("name")).group() if first else None
                if by_place and first_name and prev["location"] != first_name and not prev["_own_place"] and (
                    gazetteer.place(first_name, fuzzy=False) is None and _unknown_place_name(gazetteer, first_name)
                ):
                    prev["location"] = first_name  # (the list's first count is for its own place too: "around Talodi")
            if named_before is None and _item_holding(bracketed, num) is not None and trap(text, num, sent.start) is not None:
                continue  # in brackets after a name no place: an age (see bracket_place_lists)
            ellipsis = subject == "bare" and part_of is None and prev is not None and toll is None and label is None and (
                place_after is not None or named_before is not None
            )
            if ellipsis:
                # "18 deaths, with two in Cachar and one in Nagaon", "followed by Cachar with 109,798": the count
                # of the figure before, for another place (with its own status where one stands beside it: "It is
                # followed by Somalia, with 30 injured")
                own_status = status if status is not None and distance <= 1 else None
                subject, status, distance = prev["subject"], own_status or prev["status"], 0
            elif subject == "bare" and prev is not None and prev["subject"] in _PEOPLE_OR_FAMILIES and (
                toll is None and label is None and _IN_SHELTERS.match(text, num.end) and not _TAKING_COVER.search(text, sent.start, sent.end)
            ):
                # "over 400 persons are affected, with 42 in shelters": more of the same people, those in shelters displaced
                subject, status, distance = prev["subject"], "displaced", 0
            elif subject == "bare" and prev is not None and toll is None and label is None and _AND_BEFORE.search(
                text, max(sent.start, num.qstart - 8), num.qstart
            ) and _DAY_AFTER.match(text, num.end):
                # "Two bodies were found on Sunday and six on Monday": the count of the figure before, another day
                subject, status, distance, compared_to = prev["subject"], prev["status"], 0, prev
            elif subject == "bare" and status is None and (group := _AMONG_THE_GROUP.search(text, sent.start, num.qstart)) and (
                be := _BE_WHO.match(text, num.end)) and (who := _who_noun(be.group("noun"))) and (
                group.group("group") or group.group("group2") or (whole := next((
                    f for f in reversed(figures) if f["_sentence"] >= si - 1 and f["status"] is not None
                    and (not group.group("number") or any(n.start == group.start("number") and n.value == f["value"] for n in numbers))), None))
            ):
                # "among the 151 dead, 97 are female and 54 are male", "Of the injured, 12 were children": a part of the
                # group the sentence opens with, named after its verb (or a count just before, by a pronoun or its number:
                # "20 people have been confirmed dead, out of whom ... seven are juveniles. Out of the 20, ...")
                subject, distance, np_end = who, 0, be.end()
                named = group.group("group") or group.group("group2")
                status = word_status(named) if named else whole["status"]
            elif subject == "bare" and status is None and (group := _AMONG_THE_GROUP.search(text, sent.start, num.qstart)) and (
                group.group("group") and re.fullmatch(r"\s*,\s*", text[group.end("group") : num.qstart])
                and not _NO_LONGER.search(text, num.end, sent.end)
            ):
                # "Of the injured, 21 are being attended to at the Kenyatta National Hospital": a part of the group the
                # sentence opens with, whatever is said of it
                subject, status, distance = "people", word_status(group.group("group")), 0
            elif subject == "bare" and prev is not None and prev["_sentence"] == si and status is None and (
                each := _EACH_IN.match(text, num.end)) and _listed_at(text, each.end()):
                subject, status, distance = prev["subject"], prev["status"], 0  # "Five people died, one each in Cebu, Bohol and Leyte"
            elif subject == "bare" and prev is not None and prev["_sentence"] == si and status is None and prev["status"] == "injured" and (
                _SEVERITY_AFTER.match(text, num.end) and not re.search(r"\d", text[prev["_num"][1] : num.qstart])
            ):  # (the injured the count before, not "injured when the quake damaged 300 buildings, 100 seriously")
                subject, status, distance = prev["subject"], "injured", 0  # "Nearly 500 people were injured, 200 critically": a part
            if subject in ("bare", "relative", "partitive"):
                if part_of is not None:
                    subject = part_of["subject"]
                elif prev is not None and prev["subject"] not in ("strikes", "vehicles") and clause[0] <= prev["quote_start"] < clause[1] and (
                    not _LIVES_AFTER.match(text, num.end)  # (not "affected 37,706 families ... and claimed 22 lives": people's)
                ):
                    subject = prev["subject"]  # "killed 10 civilians and wounded 20"
                elif figures and _FURTHER_BEFORE.search(text, max(sent.start, num.qstart - 16), num.qstart) and (
                    figures[-1]["subject"] not in vocab.THING_SUBJECTS + ("houses",) and figures[-1]["_sentence"] >= si - 1
                    and status in (None, figures[-1]["status"])  # (not "... 4,000 refugees in Chad. Another 300 were killed")
                ):
                    subject = figures[-1]["subject"]  # "4,400 Syrian refugees arrived ... A further 2000 arrived": more of them
                elif ci and clause[0] <= counts[ci - 1].qstart and read[numbers.index(counts[ci - 1])][0] == "houses" and (
                    house_damage(text, num, np_end, clause, prev_end, next_start)
                ):
                    subject = "houses"  # "483 homes were affected and 842 were completely destroyed" (not "12 were missing")
                else:
                    subject = "people"
                if part_of is None and distance > 2 and subject != "houses":
                    continue  # a bare number needs its verb right beside it (homes need their damage, read below)
            if status is None and part_of is None and subject not in ("bare", "others"):
                if apposed and not (num.value and prev["value"] and num.value > prev["value"] and (head in OWN_STATUS_HEADS or head == "displaced")):
                    part_of = prev  # "killed 14 people, 13 civilians and one soldier": the parts, in apposition, of the count before
                    # (not a larger count, no part of it: "Floods leave 40 dead, 3,000 displaced")
                elif joined:
                    status, distance = prev["status"], 1  # "— thirteen civilians and one soldier —": listed with the count before
            spared = own_verb(text, num.end) if part_of is not None and status is None else None
            if spared is not None and spared.group(1).lower() in SPARED:
                continue  # "Four people went missing ..., and two of them were later rescued": a fate outside the vocabulary
            if status in ("trapped", "missing") and (spared := own_verb(text, np_end)) is not None and spared.group(1).lower() in _FREED:
                continue  # "Up to 102 people were rescued from under the mud- many more are feared trapped": out, not in
            if part_of is not None and (status is None or distance > 3):
                status = part_of["status"]
                if subject == "displaced" and status == "affected":
                    status = "displaced"  # "184,000 people are affected ..., including 111,000 internally displaced persons"
            if status is None and head == "victims" and victims_sheltered(text, sent.start, sent.end):
                status = "displaced"  # "relief centres housing ... Dewan R-Piang with 297 victims": the sheltered, not the dead
            status = fit_status(subject, status, head)
            if status == "injured" and _an_illness(text, sent):
                if _HOW_BADLY_AFTER.match(text, np_end):
                    continue  # "Of the 200 cholera cases, 15 are in critical condition": how ill some of them are
                # "70 patients have confirmed cases of hepatitis E while 64 have been hospitalised": the sick, counted as
                # affected
                status = "affected"
            if head == "displaced" and part_of is None and status is not None:
                status = "displaced"  # "550 people injured and about 45,000 displaced": the noun says it
            if subject == "houses":
                status = house_damage(text, num, np_end, clause, prev_end, next_start)
            host_verb = _HOSTED_BEFORE.search(text, max(sent.start, num.qstart - 40), num.qstart)
            people_of = vocab.COUNTRY_OF_DEMONYM.get(head.lower()) if head else None
            hosted = status in (None, "displaced", "remaining", "present") and host_verb is not None and (
                subject == "refugees" or (
                    subject == "people" and people_of is not None
                    # "there are 17,000 Venezuelans in Aruba" (not "there were 50 Britons among the passengers", "3,000
                    # Americans in Israel who have asked to be evacuated", "81,000 Cubans mobilized" in Cuba)
                    and (host_verb.group("there") is None or _IN_A_COUNTRY.match(text, np_end))
                    and any(ev.entity.kind == "country" and ev.entity.name != people_of for ev in resolver.between(sent.start, sent.end))
                )
            )
            if hosted:
                # "Uganda hosts 1.5 million refugees", "there are an estimated 17,000 Venezuelans in Aruba": a people
                # hosted abroad, counted as refugees there (ANNOTATE.md)
                subject, status = "refugees", "present"
            if status is None and prev is not None and subject in ("people", "families", "households") and (
                _OR_BETWEEN.fullmatch(text, prev["_np_end"], num.qstart)
            ):
                status = prev["status"]  # "affected 37,706 families or 188,533 individuals": the same people, counted again
            elif prev is not None and {prev["subject"], subject} in ({"families", "people"}, {"households", "people"}) and (
                _BRACKET_OPENS.fullmatch(text, prev["_np_end"], num.qstart)
            ):
                # "at least 18,100 families (approximately 90,500 individuals) who have been forced to leave", "6,842
                # individuals (1,186 households)": the same people counted again, whatever the words after the brackets say
                status = prev["status"]
            if status is None and prev is not None and prev["_sentence"] == si and subject in vocab.PEOPLE_SUBJECTS and read[ni][0] != "others" and (
                _ITEM_TAIL.match(text, np_end)  # (an item of a list, no verb of its own: not "and 300 others ... attended the funeral")
            ) and (
                prev["subject"] in vocab.PEOPLE_SUBJECTS and (_LIST_BETWEEN.fullmatch(text, prev["quote_end"], num.qstart) or (
                    # "About 12,800 people ... sought refuge in Sennar State, another 4,500 people in White Nile"
                    _LISTED_FURTHER.search(text, max(sent.start, num.qstart - 20), num.qstart)))
            ):
                status = prev["status"]  # "Among the deceased are 59 adults, 14 who are unidentified, 36 children": one list
            if status is None and by_place:
                status = prev["status"]  # (a list by place: the status of its first count)
            if status is None and subject in _PEOPLE_OR_FAMILIES and part_of is None and (
                lead := _bulleted_under(text, num, figures)) is not None:
                # "... 49,536 people who were affected by the floods, including:\n- 23,248 men\n- 26,288 women": the parts,
                # a line each, of the count the list hangs from (or of what its lead-in says: "Affected people by district:")
                status = lead
            if read[ni][0] == "others" and status is None and prev is not None and part_of is None and _AND_BEFORE.search(
                text, max(sent.start, num.qstart - 8), num.qstart
            ) and (item_place := _ellipsis_item(text, np_end)) is not None:
                # "2,154 refugees came from Pidie Jaya and 1,113 others from Bireuen": more of them, from another place
                # (not "and 300 others from Bauchi attended the funeral": a clause of its own)
                subject, status, place_after = prev["subject"], prev["status"], item_place
            if subject == "vehicles" and status in (None, "present", "deployed") and _RELIEF_KIT.search(text, num.end, np_end):
                continue  # "418 operational vehicles", "10 relief helicopters": a relief effort's kit (not "hit 40 aid trucks")
            if status == "killed" and re.search(r"\bmissing\b", text[num.end : np_end]) and _FEARED_DEAD.match(text, np_end):
                status = "missing"  # "Three missing people feared dead": missing, their death only feared
            if status in (None, "affected") and subject in _PEOPLE_OR_FAMILIES and _IN_SHELTER.match(text, np_end) and (
                not _TAKING_COVER.search(text, sent.start, sent.end)
            ):
                # "There are a total of 170 persons in Shelter", "Orange Walk has 4 persons in one shelter in San Carlos": where
                # nothing else says their status (or only a list's "affected" before: "over 200 are affected with 41 in
                # shelters"), people in shelters are displaced
                status = "displaced"
            if status is None and head in ("households", "household") and (
                _UNDER_WATER_AFTER.match(text, np_end) or _UNDER_WATER_BEFORE.search(text, max(sent.start, num.qstart - 40), num.qstart)
            ):
                status = "affected"  # "60 households are submerged", "inundating 2,514 households": households under water
            if status is None or (status in ("killed", "missing") and head in ("survivors", "survivor")):
                continue  # (not "the discovery of three bodies and four survivors": the survivors are alive)
            if status in ("killed", "detained") and _MEANT_TO.search(text, max(sent.start, num.qstart - 60), num.qstart):
                continue  # "foiled an attempt to kidnap 15 passengers", "threatened to kill 30": what was meant, not done
            if status in ("killed", "missing", "trapped") and _RESCUED_BEFORE.search(text, max(sent.start, num.qstart - 40), num.qstart) and (
                said_status(text[num.end : clause[1]]) is None
            ):
                # "... and rescued nearly 1,000 people": alive, not the dead the sentence counted before (but "rescued
                # about 100 trapped civilians", "rescued 30 people trapped in the building": trapped, their own word)
                continue
            if status in ("killed", "missing") and _RESCUED_AFTER.match(text, np_end):
                continue  # '20 persons were rescued "and the 156 people missing are feared dead"': the rescued are alive
            if status in ("killed", "injured", "missing") and _CARRYING_BEFORE.search(
                text, max(sent.start, num.qstart - 24), num.qstart
            ) and not _names_a_fate(text, num.end, np_end, head):
                continue
            if status == "remaining" and _POPULATION.match(text, np_end) and not _STILL.search(text, max(sent.start, num.qstart - 30), sent.end):
                continue  # "Nearly 2,000 people live in the neighborhood": who lives there, not who remains
            if status == "present" and subject in CONFLICT_PEOPLE and _HAS_BEFORE.search(text, sent.start, num.qstart):
                status = "deployed"  # "the mission has some 1,000 police officers in the country"
            kind = kind_for(subject, status)
            cue = attribute(num.qstart, num.end, si, cues, quotes, text, kind == "conflict")
            if cue is None and (council := _COUNCIL_IN.match(text, sent.start)) is not None and (
                resolver.between(council.start("place"), council.end("place"), _ANY_ROLE)
                or _unknown_place_name(gazetteer, council.group("place"))
            ) and council.group("place") not in _CALENDAR:
                # "In Blantyre City, the council has recorded 10 deaths": the council of the place the sentence is set in
                body = f"{council.group('place')} {council.group('body').title()}"
                cue = Cue(council.start("body"), council.start("body"), council.end("body"), si, False, body, None)
            if cue is None and listed is not None and (lead := lead_source(text, listed[3])):
                cue = Cue(listed[3], listed[3], listed[3], si, False, lead, None)  # the list's, as its lead-in says
            if cue is None and listed is not None and (said := next((
                c for li in range(si - 1, -1, -1) if sentences[li].end > listed[3] and (c := lead_said(li)) is not None and c.agency
            ), None)) is not None:
                cue = said  # "There are now 44 deaths ... confirmed by the MEC from the counties below. Lake – 1; ...": theirs
            if cue is None and part_of is None and si in leads:
                # "MEMA announced the deaths by county as the following: • Carroll County: 3 fatalities": who
                # reports in the paragraph a bulleted list hangs from gives its items
                cue = next((c for li in leads[si] if (c := lead_said(li)) is not None and (c.agency or c.person)), None)
            # (a part's own "according to ..." names its source: "Six of the missing individuals are from Jiangwan
            # Township ..., according to the provincial emergency management department")
            rules_person = cue.person if cue is not None else None  # (the name as the rules read it: "Babajide Sanwo-Olu", whole)
            if (cue is None or cue.agency is None) and (part_of is None or _ACCORDING_TO.search(text, num.end, sent.end)) and sent.start in parsed:
                # Any speaker the parse finds: the subject of the reporting verb over the figure.
                # ("In Iran, state television said ...": a sentence set in a country speaks of that country's institutions)
                set_in = _SET_IN.match(text, sent.start)
                scene = gazetteer.place(set_in.group(1), fuzzy=False) if set_in else None
                local = scene.name if scene is not None and scene.kind == "country" else country
                speakers.country, home = local, speakers.country
                try:
                    found = speakers.resolve(speaker_of(parsed[sent.start], num.start, local), si, cue)
                finally:
                    speakers.country = home
                if found is not None and found.person and found.agency and found.person in found.agency:
                    found = replace(found, person=None)  # "Traditional Affairs" was the end of an organisation's name
                cue = found or cue
            if (cue is None or cue.agency is None) and part_of is None and (
                closing := _closing_of(sentences, quotes, num.start, si)
            ) is not None and sentences[closing[0]].start in parsed:
                # '"197 people are missing. 32 bodies recovered ...," police said.': the quotation's speaker, named in
                # the sentence that closes it
                closer = speaker_of(parsed[sentences[closing[0]].start], closing[1], country)
                if closer is not None and closer.start >= closing[2]:
                    # (a speaker after the quotation closes, not one it quotes: '"... The army says they were all
                    # fighters," a resident told AFP')
                    cue = speakers.resolve(closer, closing[0], cue) or cue
            if cue is None and part_of is None and (opened := _opened_before(quotes, sent.start, num.start)) and _SAID_OPENING.search(
                text, max(0, opened[0] - 40), opened[0]
            ) and (
                said := _credited_in(figures, opened)
            ):
                # 'Shiv Das Meena said, “Unfortunately, 10 deaths have been reported. ... four died due to drowning”': a
                # quotation's later sentences are the words of whoever its first count was credited to
                cue = Cue(said["_cue_at"], said["_cue_at"], said["_cue_at"], si, False, said["agency"], said["person"])
            if cue is None and part_of is None and (labelled := _labelled_quote(text, num.start)) is not None:
                # 'Quote from Lysak: "... five people have been injured."', 'Quote: "..."': a quotation labelled with its
                # speaker (or none, the one who spoke last), however many paragraphs it runs
                who = labelled.group("who")
                said_by = speakers.agency_of(who) if who else speakers.last_person(labelled.start()) or speakers.last_speaker(labelled.start())
                if said_by or who:
                    cue = Cue(labelled.start(), labelled.start(), labelled.end(), si, False, said_by, who)
            if cue is None and part_of is None and (run := _quoted_run_opener(text, sentences, resolver, num.start)) is not None:
                # 'He said: “On November 6 ... attacked Sayaya village’’.' then paragraph after paragraph in quotation
                # marks, '“However, five people were shot dead ...’’.': the words of whoever opened the run
                if run not in run_speakers:
                    run_speakers[run] = _said_before(text, sentences, run, parsed, speakers, country, cues)
                cue = run_speakers[run]
            if cue is not None and cue.agency is not None and HE_SHE.fullmatch(text, cue.start, cue.verb_start):
                # '..., he added.': whoever spoke last, as the parse found them too ("Mohamed Sheriff, the chief
                # medical officer at the Kennedy hospital, told IRIN ... 48 bodies, he added"), not the last
                # organisation the rules saw speak
                # ("She said": a person, the one who spoke last, before any organisation that spoke since)
                cue = replace(cue, agency=speakers.person_before(cue.start) or speakers.last_speaker(cue.start) or cue.agency)
            if cue is not None and cue.agency is None and cue.person and (at := text.find(cue.person, cue.start)) >= 0 and (
                office := speakers.titled_person(at, at + len(cue.person))
            ):
                # "17 are minors, Naivasha police commander Stephen Kirui confirmed": the office their title gives
                cue = replace(cue, agency=office)
                speakers.persons[surname(cue.person)] = office
            report = _IN_A_REPORT_FROM.match(text, sent.start)
            if cue is not None and cue.agency is None and cue.person and report and report.end() <= cue.start:
                # "And in a report from Henderson County on Thursday, Chief Communications Officer Mike Morgan confirmed":
                # whose report the person speaks in
                cue = replace(cue, agency=report.group("who"))
                speakers.persons.setdefault(surname(cue.person), report.group("who"))
            if cue is None and report and report.end() <= num.qstart and any(
                (w.isupper() and len(w) > 1) or w.lower() in ORG_WORDS for w in report.group("who").split()
            ):
                # "In latest situation report of Batangas Provincial DRRMO, there are already 345 affected families"
                cue = Cue(report.start("who"), report.start("who"), report.end("who"), si, False, report.group("who"), None)
            if cue is not None and cue.agency is None and cue.person and (
                known := speakers.agency_of(cue.person, at + len(cue.person) if (at := text.find(cue.person, cue.start)) >= 0 else None)
                or (rules_person and speakers.agency_of(rules_person))
            ):
                # "According to Manzo Ezekiel, NEMA spokesperson, ..."; '"...," Raditya said' after "BNPB ... Raditya Jati
                # said": a person named by the first name
                cue = replace(cue, agency=known)
            if cue is None and (by := _BY_SURNAME.search(text, sent.start, sent.end)) and (known := speakers.persons.get(by.group("sur") or by.group("sur2"))):
                # "Four of the victims are children, according to Beshear": a surname the story gave a body or a title
                # before ("Gov. Andy Beshear"), which the parse may not read as a person
                cue = Cue(by.start(), by.start(), by.end(), si, by.group("sur") is not None, known, by.group("sur") or by.group("sur2"))
            if (cue is None or (cue.agency is None and cue.person is None)) and len(speakers.ministers) == 1 and (
                a_minister := _A_MINISTER_SAID.search(text, sent.start, sent.end)
            ):
                # "..., a minister said on Saturday" in the lead, "said Mohammed Aboud, Zanzibar's state minister for
                # emergencies" below it: the one minister the story names
                cue = Cue(a_minister.start(), a_minister.start(), a_minister.end(), si, True, next(iter(speakers.ministers)), None)
            if cue is not None and cue.person and (named := text.find(cue.person, cue.start)) >= 0 and (
                title := MINISTER_OF_PERSON.match(text, named + len(cue.person))
            ) and (cue.agency is None or cue.agency == title.group("owner")):  # (the parse may give the place alone)
                # "said Mohammed Aboud, Zanzibar's state minister for emergencies": the title the apposition gives,
                # theirs for the rest of the story ("he said")
                cue = replace(cue, agency=f"{title.group('owner')} minister {title.group('prep')} {title.group('what')}")
                speakers.persons.setdefault(surname(cue.person), cue.agency)
                speakers.people_spoke.append((cue.start, cue.agency))
            if cue is not None and cue.agency is None and cue.person and (named := text.find(cue.person, cue.start, cue.verb_start)) >= 0 and (
                org := _ORG_OF_PERSON.match(text, named + len(cue.person))
            ):
                # "As Commandant Vincent of the Monaco Fire Brigade tells us": the body they serve, which no table knows,
                # theirs for the rest of the story ("as confirmed by Major Vincent")
                cue = replace(cue, agency=org.group("org"))
                speakers.persons.setdefault(surname(cue.person), org.group("org"))
            if (took := _HOSPITAL_TOOK.match(text, sent.start)) and (
                (cue is None and part_of is None and _OBJECT_GAP.fullmatch(text, took.end(), num.qstart)) or (cue is not None and cue.agency is None)
            ):
                # (_HOSPITAL_TOOK; with whoever speaks for it: "..., general manager Zinaw Serniso told Reuters")
                cue = replace(cue, agency=took.group("who")) if cue is not None else Cue(
                    took.start("who"), took.start("who"), took.end("who"), si, False, took.group("who"), None)
            if cue is None and part_of is None and (actor := _LOCAL_ACTOR.match(text, sent.start)) and _OBJECT_GAP.fullmatch(text, actor.end(), num.qstart) and (
                not actor.group("place") or gazetteer.place(actor.group("place"), fuzzy=False) is not None
                or actor.group("place").lower() in vocab.COUNTRY_OF_DEMONYM  # ("Kenyan authorities")
            ):
                # "Local authorities have evacuated nearly 310,000 people", "Tamil Nadu authorities have moved 32,158
                # people": who did it counts them, not the source before
                who = actor.group("who") if actor.group("place") else actor.group("who").lower()
                cue = Cue(actor.start("who"), actor.start("who"), actor.end("who"), si, False, who, None)
            if cue is None and part_of is None:
                cue = carried.get(si, False)
                if cue is False:
                    # "The Metropolitan police said they had recovered ten bodies ... Far fewer than some had
                    # speculated. Six bodies were recovered from outside the building.": over a remark with no count
                    src = si - 2 if si > 1 and _remark(text, sentences, si - 1, cues, agencies, quotes, numbers_in, resolver) else si - 1
                    before = next((f["agency"] for f in reversed(figures) if f["_sentence"] == src and f["agency"]), None)
                    # (across paragraphs only in news: a document's own figures are its publisher's)
                    cue = carried[si] = _carried_cue(text, sentences, si, cues, agencies, quotes, resolver, before,
                                                     across=publisher is None, before_own=not carried.get(src), src=src) or _following_cue(
                        text, sentences, si, cues, agencies, quotes, numbers_in
                    ) or _reported_after(text, sentences, si, numbers_in, speakers, country) or _quote_goes_on(text, sent, cues, quotes, figures)
            headline = title_span[0] <= num.start < title_span[1]
            if headline and subject in vocab.THING_SUBJECTS and not re.match(r"\s+\w", text[num.end : np_end]):
                continue  # "Gang attacks push Haiti displacement past 1 million": a headline's bare count is no strikes
            if headline and (cue is None or not title_span[0] <= cue.verb_start < title_span[1]):
                # a headline's source is only one it names itself ("..., UN says"), else none (its
                # publisher's, for a report: below)
                cue = None
                if (by := _headline_by(text, title_span, agencies, gazetteer)) is not None:
                    cue = Cue(title_span[0], title_span[0], title_span[0], si, False, by, None)  # "MEMA: Death toll downgraded to 21"
            agency = cue.agency if cue else None
            person = cue.person if cue else None
            named = cue.named[1] if cue is not None and cue.named and cue.named[0] == agency else None
            if (part_of is not None or ellipsis) and cue is None:
                # a part, or the same count for another place ("1,293 in Al-Haouz and 452 in Taroudant"): the whole's source
                agency, person, named = (part_of or prev)["agency"], (part_of or prev)["person"], (part_of or prev)["_named"]
            if agency is None and person is None:
                # "... in need of assistance. Source: OCHA", "... relocated ... (UN, 8 Dec 2014)"
                agency = _source_note(text, sent, agencies, inline=key is not None) or _credit_after(
                    text, num.end, agencies) or _table_source(text, num, agencies) or _source_line_before(text, sent, agencies, resolver, cues, sentences) or (
                    _credited_above(text, sent, agencies, resolver))
            if agency is None and person is None and publisher is not None:
                agency = publisher  # a report's own figures are its publisher's
            elif agency is None and person is None:
                agency = _official_count(text, sent, num)
            elif publisher_tail is not None and agency == publisher_tail.entity.name and _by_short_name(
                publisher_tail, text, sentences[cue.sentence] if cue is not None and 0 <= cue.sentence < len(sentences) else sent
            ):
                agency = publisher  # "Red Cross gave assistance to 675 families" on the Sint Maarten Red Cross's own page
            previous = (
                (figures[-1]["quote_start"], figures[-1]["location"],
                 sentences[figures[-1]["_sentence"]].end if figures[-1]["_sentence"] != si else min(figures[-1]["quote_end"], num.start))
                if figures else None
            )
            location = resolver.locate(
                sent, clause, num.start, np_end, part_of["location"] if part_of else None, status, previous,
                text[np_end - len(head) : np_end] if head and not dead_by_nation else None,
            )
            if si + 1 < len(sentences) and not any(r[0] is not None for r in reads[si + 1]):
                location = resolver.narrowed(location, sentences[si + 1])
            location = resolver.at_event(location, sent, status)
            if location and cue is not None and cue.agency and cue.person and sent.start <= cue.start < cue.verb_end <= num.qstart and (
                here := resolver.between(sent.start, sent.end)
            ) and all(cue.start <= ev.start < cue.verb_end for ev in here) and resolver.focus_may_lie_in(location):
                # "Canterbury district police commander Superintendent Dave Cliff says 300 people have been reported
                # missing" in a story on Christchurch: the place in an officer's title is where they serve; the count
                # is of the place the story is about, inside it (not a body's report: "In latest situation report of
                # Batangas Provincial DRRMO, there are already 345 affected families" counts the province's)
                location = resolver.focus.name
            if (item_name := _bracket_item_place(text, sent, num, resolver)) is not None:
                location = item_name  # "followed by Miringue (17,340 individuals), Gorongosa (20,235 individuals)"
            named_after = resolver.between(num.end, place_after.end() + 1, _ANY_ROLE) if place_after else []
            name = _NAME.match(text, place_after.start("name")) if place_after and place_after.group("prep") != "at" else None
            own_place = bool(named_after) or bool(
                name and _unknown_place_name(gazetteer, name.group()) and not before_a_venue(text, name.end())
                # a toll's count names a place no table knows only where a list of counts by place goes on
                and (toll is None or _COUNTS_BY_PLACE.match(text, num.end))
            )
            if named_after and not gazetteer.spelled_as(text[named_after[0].start : named_after[0].end], named_after[0].entity) and name:
                location = name.group()  # (only a transliteration key ties "Kurchi" to Kerch: the name as written)
            elif named_after:
                location = named_after[0].entity.name
            elif own_place:
                location = name.group()  # a name no table knows, where a list of counts by place goes on
            row = _place_row(text, num.qstart)  # ("Alas: 101 families affected": a row of a breakdown by place)
            if listed is not None:
                # the item's own place, as the tables know it or as written
                # (on a line of several items, "Lake – 1; Sarasota – 3", from the item's own start)
                item = resolver.between(max(text.rfind("\n", 0, num.qstart), text.rfind(";", 0, num.qstart)) + 1, num.qstart, _ANY_ROLE)
                location = item[0].entity.name if item else listed[2]
            elif there:
                location = there[-1].entity.name  # "followed by Cachar with 109,798": Cachar's
            elif row and _TOTAL_LABEL.fullmatch(row.group("label")) and resolver.focus is not None:
                location = resolver.focus.name  # "Total: 1,600 people affected" under the rows by place: the story's place
            elif row and _a_list_place(gazetteer, row.group("label")) and not any(
                word_status(w) for w in row.group("label").split()
            ):  # (not "Missing: 3", "Dead: 14")
                # "Alas Barat: 246 households were affected": a report's row, its label the place (as the tables know it)
                known = gazetteer.place(row.group("label"), fuzzy=False)
                location = known.name if known is not None else row.group("label")
            elif named_before is not None and _unknown_place_name(gazetteer, named_before):
                location = named_before  # a name no table knows is a place here, as its figure continues a list
            # (with this count's own place known: "Chile, over 100,000 and Brazil, 85,000" is Brazil's, not Chile's)
            if ellipsis and prev["location"] == location and not prev["_parts"] and not prev["_own_place"] and not prev["_headline"]:
                # "Of the 202 deaths confirmed, 91 were in Suzu, 81 were in Wajima": the whole is not the first
                # part's place, but the place named before its sentence
                prev["location"] = resolver.place_before(sent.start) or prev["location"]
            if ellipsis:
                prev["_parts"] = True
            if not resolver.between(num.end, clause[1]):  # (a count that names no place of its own)
                if compared_to is not None:
                    location = compared_to["location"]  # the same count as before, at another time: its place
                elif families_of is not None:
                    location = families_of["location"]  # "6,724 people from 1,791 families": where those people are
            if hosted and not resolver.between(num.end, clause[1]):
                # "Panama, for example, is now hosting 94,000 Venezuelans": the country hosting them
                # (the sentence's first country, not the people's own: "Jordan, which borders Syria, hosts 650,000
                # refugees", "Lebanon, where the economy has collapsed since the war in Syria began, is now hosting
                # 1.5 million Syrians")
                host = [ev for ev in resolver.between(sent.start, num.qstart) if ev.entity.kind == "country" and ev.entity.name != people_of]
                if host:
                    location = host[0].entity.name
            if location is None and agency is not None and agency in agency_home:
                # "Indonesia's disaster agency said 42 people died": in its country (in the place the story is
                # about, when that is in the country: "the Guyana Fire Department said" of a fire in Mahdia)
                focus = resolver.focus
                location = focus.name if focus is not None and focus.kind != "country" and country == agency_home[agency] else agency_home[agency]
            if status == "fled" and subject == "people" and head and _abroad(gazetteer, text[max(0, np_end - 40) : np_end], location):
                subject = "refugees"  # "52,000 South Sudanese have fled into Sudan": people who crossed a border
            if status == "fled" and subject in ("people", "civilians", "children", "women") and (
                refuge := _REFUGE.search(text, num.end, clause[1])
            ) and not _ABROAD_WORDS.search(text, num.end, clause[1]) and _in_country(gazetteer, _place_after(resolver, refuge.end(), clause[1]) or location, country):
                status = "displaced"  # "17,000 people have sought refuge" in relief centres: displaced at home (ANNOTATE.md)
            if publisher is not None and person is None and agency is not None and (
                agency.lower() in _OWN_TEAMS or any(short == agency and _TOOL_WORDS.search(full) and not ORG_WORDS & {w.lower() for w in full.split()}
                                                    for _, full, short, _ in defined)
            ):
                # "Field teams report 2,592 individuals affected", "the first EET update estimates" in IOM's report: the
                # publisher's own staff or its own tool ("The DTM Emergency Event Tracking (EET)"), so the publisher's
                agency = publisher
            if agency is not None:
                agency = speakers.state_force(agency, cue.start if cue is not None else None) or _as_analysts_name(agency, text, gazetteer)
            said_by = person if person is not None and agency is None else agency if person is None else None
            if said_by is not None and location is not None and (
                _bare_place(said_by) == _bare_place(location) or one_letter_off(_bare_place(said_by), _bare_place(location))
            ) and re.search(
                rf"\b{re.escape(said_by)}\s+(?:has\s+|had\s+)?(?:recorded|registered|logged)\b", text
            ) and not (
                ORG_WORDS & {w.lower() for w in said_by.split()}
            ):
                # "Gowa recorded 45 people dead", "Makassar City recorded 1 dead", "4. Janeponto recorded 14 deaths":
                # the place the count is in, no source
                agency, person = publisher, None
            elif said_by is not None and cue is not None and cue.sentence == si and (
                town := _reporting_town(text, sent, said_by, resolver, speakers, gazetteer)
            ) is not None:
                # "Taytay has reported 29 families ... in three evacuation centers" after "Timbal said flooding has also
                # been reported in Rodriguez, San Mateo, and Taytay towns": the town the count is of, and the source
                # of the sentence before (else none)
                if ";" not in text[sent.start : num.qstart]:
                    location = town  # (not the next item's: "; San Mateo with 45")
                before = _carried_cue(text, sentences, si, cues, agencies, quotes, resolver, across=publisher is None)
                agency, person = (before.agency, before.person) if before is not None else (publisher, None)
            qs, qe = _quote(text, quoted_clause, num)
            if label is not None:
                qs = text.rfind(key, 0, num.qstart) if key else max(text.rfind("\n", 0, num.qstart), text.rfind(";", 0, num.qstart)) + 1
                # the quote holds the label that says what is counted (of an item of a line of several, its own words)
                qs += len(text[qs : num.qstart]) - len(text[qs : num.qstart].lstrip())
                qe = num.end if key else qe
            fig = {
                "value": num.value if num.qualifier != "vague" else None,
                "low": num.low,
                "high": num.high,
                "qualifier": num.qualifier,
                "subject": subject,
                "status": status,
                "kind": kind,
                "location": location,
                "agency": agency,
                "person": person,
                "refers_to": date_for(dates, clause, (sent.start, sent.end)),
                "quote": text[qs:qe],
                "quote_start": qs,
                "quote_end": qe,
                # Where a place the store does not know is learned: inside the known place the text puts it
                # in ("the Shahba neighbourhood of Aleppo"), else in the country a town of its name lies in
                # (Libreville in a story on Cameroon), else inside the country the article is about.
                "location_in": resolver.containers.get(location or "") or resolver.town_homes.get(location or "") or country,
                "location_country": country,  # (where to learn it when the store does not know the place it is in)
                "_sentence": si,
                "_num": (num.qstart, num.end),
                "_named": named,
            }
            fig["_whole"] = part_of["_whole"] if part_of is not None else fig
            fig["_parts"] = False  # whether counts for other places have followed it (see ellipsis)
            fig["_own_place"] = own_place  # its place is named right after it ("seven from Ugu")
            # its place is named in its paragraph, not carried from an earlier one
            fig["_placed_here"] = location is not None and any(ev.entity.name == location for ev in resolver.between(
                resolver.paragraphs[resolver.paragraph_of(sent.start)], sent.end, _ANY_ROLE))
            fig["_np_end"] = np_end
            fig["_cue_at"] = cue.start if cue else None  # (where its source is named: inside a quotation or before it)
            fig["_headline"] = headline
            if headline and fig["agency"] is None and fig["person"] is None and title and (credit := _HEADLINE_CREDIT.search(title)) and (
                known := gazetteer.agency(credit.group("who"), fuzzy=False)
            ) is not None and known.kind not in MEDIA_KINDS:
                fig["agency"] = known.name  # "Dozens killed and 7,000 displaced by attack in northern Uganda - UN": whose count
            if headline and location and gazetteer.place(location, fuzzy=False) is None and resolver.focus is not None and not any(
                base_name(ev.entity.name) == base_name(location) and not title_span[0] <= ev.start < title_span[1]
                for ev in resolver.events  # ("Kerr County: 95 people dead" ... "in the Kerr County area", learned as Kerr)
            ):
                # ("5 Civilians Killed in Terrorist Rocket Attacks", "Kills 4 in Assad Clans Hometown": a headline's
                # words in capitals name no new place; the article's is meant)
                fig["location"], fig["location_in"] = resolver.focus.name, country
            elif headline and location and resolver.focus_lies_in(location) and not (re.search(
                rf"\b(?:north|south|east|west|central)\w*\s+{re.escape(location)}\b", text[sent.start : sent.end], re.I
            ) and resolver.provinces_named(location) >= 2):
                # (not "floods in western Germany" where the story tells of two states: a part of the country, as wide as
                # the headline says; "mudslides in northwest China" in a story on one county is the county's)
                # "Bandits kill another five in Katsina", the lead's "in Sayaya village, Matazu Local Government Area
                # of Katsina State": the headline's count is of the place the story is about, inside the one it names
                fig["location"] = resolver.focus.name
            fig["_back"] = bool(_BACK_REFERENCE.search(text, max(sent.start, num.qstart - 8), num.qstart))
            if fig["_back"] and fig["agency"] is None and fig["person"] is None:
                # "Of the 202 deaths confirmed, 91 were in Suzu": the count before, with its source, which the
                # parts after it keep
                earlier = next((f for f in reversed(figures) if (f["agency"] or f["person"]) and si - f["_sentence"] <= 3
                                and _restates(f, fig, gazetteer)), None)
                if earlier is not None:
                    fig["agency"], fig["person"] = earlier["agency"], earlier["person"]
            in_sentence.append(fig)
            figures.append(fig)
            item = _item_holding(bracketed, num) if named_before is not None else None
            if item is not None and _EACH_IN_BRACKET.match(text, num.end):
                # "Araria, Sheohar and Darbhanga (nine each)": the same count for each place the item names, in
                # the text's order (the last one's is the figure's own)
                names = item.names
                spots = [fig["location"] if k == len(names) - 1 else next(
                    (ev.entity.name for ev in resolver.between(a, b, _ANY_ROLE)), text[a:b]) for k, (a, b) in enumerate(names)]
                _each_place(fig, spots, in_sentence, figures)
            if (each_in := _EACH_IN.match(text, num.end)) is not None and len(names := _names_listed_at(text, each_in.end(), resolver)) >= 2:
                # "one each in the towns of Mukawa and Shinhidaka": the same count for each place listed after it
                _each_place(fig, names, in_sentence, figures)
            elif _EACH_BEFORE.search(text, max(clause[0], num.qstart - 30), num.qstart) or _EACH_AFTER.match(text, np_end):
                # ("The towns of Shika and Noto had two deaths each")
                # "Badulla and Kandy each report 52 fatalities": the same count for each place listed
                before_each = resolver.between(clause[0], num.qstart)
                names = [ev.entity.name for ev in before_each] if len(before_each) >= 2 and resolver.list_length(before_each) == len(before_each) else (
                    _listed_names(text, sent.start, num.qstart, resolver))  # (places no table knows: as written)
                if len(names) >= 2:
                    _each_place(fig, names, in_sentence, figures)
    _respectively(text, figures, sentences, resolver)
    _whole_by_parts(text, figures, gazetteer, sentences, resolver)
    short = _short_names(text, defined, {f["agency"] for f in figures if f["agency"] and gazetteer.agency(f["agency"], fuzzy=False) is None})
    named_with: dict[str, str | None] = {}  # a provincial body's province as the text names it, read once per body
    for fig in figures:
        fig["agency_named"] = None
        if fig["agency"] in short:
            fig["agency"] = short[fig["agency"]]  # (the short form the article gives is the name: nothing else to say)
        elif fig["agency"]:
            near = sentences[max(0, fig["_sentence"] - 1)].start, sentences[fig["_sentence"]].end
            fig["agency_named"] = fig["_named"] or _as_named(text, near, fig["agency"], agencies)
        del fig["_named"], fig["_whole"], fig["_parts"], fig["_own_place"]
        if fig["agency"] and (after := re.fullmatch(rf"(\w+)\s+({_PLACE_NAME})", fig["agency"])) and after.group(1) in vocab.REGIONAL_BODIES:
            fig["agency"] = f"{after.group(2)} {after.group(1)}"  # "the PDMA Punjab report": Punjab PDMA, as analysts write it
        if fig["agency"] in vocab.REGIONAL_BODIES and (where := _body_region(text, fig, gazetteer, speakers.region, resolver, named_with)):
            fig["agency"] = f"{where} {fig['agency']}"  # "according to PDMA data" in a story on Punjab: Punjab PDMA
    kept = _once(text, figures, quotes, gazetteer)
    _headline_as_told(kept)
    for fig in kept:
        del fig["_back"], fig["_sentence"], fig["_num"], fig["_np_end"], fig["_headline"], fig["_placed_here"], fig["_cue_at"]
        # a name as staff and analysts type it, with a straight apostrophe ("Hawke's Bay", "President's Office"), however
        # the page set it (the quote keeps the page's own)
        for key in ("agency", "location"):
            if fig[key]:
                fig[key] = fig[key].replace("’", "'")
    return kept


def _region(resolver, g: Gazetteer) -> str | None:
    """The first-level division (state, province) the story names most often, itself or through places in it
    (the first named on a tie), if any: "parts of West Bengal" in passing, then Odisha's evacuations."""
    counts: Counter[str] = Counter()
    for ev in resolver.events:
        e = ev.entity if ev.entity.id > 0 else g.place(resolver.containers.get(ev.entity.name) or "", fuzzy=False)
        if e is None or e.kind == "country":
            continue
        region = g.province_of(e.id)
        if region is not None:
            counts[region.name] += 1
    return counts.most_common(1)[0][0] if counts else None


_WORD = re.compile(r"\w+")
_IN_A_REPORT_FROM = re.compile(
    r"\s*(?:And\s+|But\s+)?[Ii]n\s+(?:(?:an?|the|its|their)\s+)?(?:\w+\s+){0,2}?(?:report|statement|update|press\s+release|briefing|post)\s+"
    r"(?:from|by|issued\s+by|of)\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and))*)")
_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.I)
def _as_analysts_name(agency: str, text: str, g: Gazetteer) -> str:
    """A source's name as analysts write it: "Ecuador’s Risk Management Secretariat" is the Ecuador Risk Management
    Secretariat; "Kwara state command" of the Nigeria Police is the Kwara police."""
    if (owned := _PLACE_OWNS.match(agency)) and g.place(owned.group("place"), fuzzy=False) is not None:
        return f"{owned.group('place')} {agency[owned.end():]}"
    if (command := _COMMAND.fullmatch(agency)) and re.search(
        rf"\b{re.escape(command.group('place'))}\s+(?:state\s+)?command\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+)?Police\b", text, re.I
    ):
        return f"{command.group('place')} police"
    return agency


_COMMAND = re.compile(r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:\s+[Ss]tate)?\s+[Cc]ommand")
_PLACE_OWNS = re.compile(r"(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?=[A-Z])")
# The words a publisher's own tool or product is named with ("The DTM Emergency Event Tracking (EET)"), not a body's
_TOOL_WORDS = re.compile(r"\b(?:Tracking|Matrix|Monitoring|Assessment|Survey|System|Mechanism|Tool|Dashboard|Update|Snapshot)\b")
# A publisher's own staff, as its report names them
_OWN_TEAMS = frozenset(("field teams", "teams", "team", "staff", "field staff", "our teams", "our team", "our staff",
                        "assessment teams", "enumerators", "field monitors"))
_CALENDAR = frozenset(vocab.MONTH_NAMES + vocab.WEEKDAY_NAMES)
_COUNCIL_IN = re.compile(
    r"\s*In\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+the\s+(?P<body>(?:(?:city|district|county|municipal)\s+)?"
    r"council|municipality)\s+(?:has\s+|have\s+|had\s+)?(?:recorded|reported|reports|registered|confirmed|says|said|counted)\b")
_LOCAL_ACTOR = re.compile(
    r"\s*(?P<who>(?:Local|Provincial|Regional|State|City|District|County|Municipal)\s+(?:authorities|officials)"
    r"|(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:authorities|officials))\s+"  # ("Tamil Nadu authorities")
    r"(?:have\s+|has\s+|had\s+)?(?:\w+\s+)?(?:evacuated|relocated|rescued|registered|sheltered|recorded|counted|moved)\b")
_OBJECT_GAP = re.compile(r"\s*(?:[a-z]+\s+){0,2}")  # (the verb's object: "evacuated nearly 310,000 people")
# "Hawassa Referral Hospital has received 12 injured civilians": a hospital that took in the hurt counts them
_HOSPITAL_TOOK = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}(?:Hospital|Medical\s+Cent(?:er|re)|Clinic|Health\s+Cent(?:er|re)|Infirmary))"
    r"\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+)?(?:so\s+far\s+)?(?:received|admitted|treated|treating|recorded|registered)\b")


def _body_region(text: str, fig: dict, g: Gazetteer, region: str | None, resolver: PlaceResolver, named_with: dict) -> str | None:
    """The province a provincial body's figure belongs to: the one the text names with it ("the PDMA Punjab report",
    "the Adamawa State Emergency Management Agency (SEMA)"), else the province of the figure's own place, else the
    story's province where the figure lies in it; by its name without its kind ("Adamawa", "Punjab"). None when
    nothing says which (a bare "PDMA" is better than another province's)."""
    if fig["agency"] not in named_with:
        named_with[fig["agency"]] = _named_with(text, fig["agency"], g, {ev.entity.name for ev in resolver.events if ev.entity.id < 0})
    if named_with[fig["agency"]]:
        return named_with[fig["agency"]]
    here = g.place(fig["location"], fuzzy=False) if fig["location"] else None
    province = (here if here.kind == "governorate" else g.province_of(here.id)) if here is not None and here.kind != "country" else None
    if province is not None:
        return without_kind(province.name)
    home = g.place(region, fuzzy=False) if region else None
    if home is not None and (fig["location"] == region or (here is not None and g.within(here.id, home.id))):
        return without_kind(region)
    return None


def _named_with(text: str, short: str, g: Gazetteer, learned: set[str]) -> str | None:
    """The province a text names its provincial body with: "PDMA Punjab", "Punjab PDMA", "the Adamawa State Emergency
    Management Agency (SEMA)"; a place the tables know or the article names as one."""
    short = re.escape(short)
    for pattern in (rf"\b{short}\s+({_PLACE_NAME})", rf"({_PLACE_NAME})\s+{short}\b",
                    rf"({_PLACE_NAME})\s+(?:State\s+|Provincial\s+)?(?:[A-Z][\w'’-]+\s+){{1,5}}\({short}\)"):
        for m in re.finditer(pattern, text):
            if g.place_named(m.group(1)) is not None or m.group(1) in learned:
                return without_kind(m.group(1))
    return None


_PLACE_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"


# 'Shiv Das Meena said, “': a quotation opened by its speaker's verb (whose first count says whose words they are)
# The verbs that open a speaker's words ('Shiv Das Meena said, “...', 'He said: “...')
_SAID_WORDS = "said|says|added|stated|explained"
_SAID_OPENING = re.compile(r"\b(?:" + _SAID_WORDS + r"|told\s+\w+)\s*[,:]?\s*$")


def _quote_holding(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The quotation holding pos (quotations are in text order and do not overlap: found by bisection, as long
    stories quote often)."""
    k = bisect_right(quotes, pos, key=lambda q: q[0]) - 1
    return quotes[k] if k >= 0 and pos < quotes[k][1] else None


def _opened_before(quotes: list[tuple[int, int]], sentence_start: int, pos: int) -> tuple[int, int] | None:
    """The quotation holding pos that began before its sentence, if any."""
    quote = _quote_holding(quotes, pos)
    return quote if quote is not None and quote[0] < sentence_start else None


def _credited_in(figures: list[dict], quote: tuple[int, int]) -> dict | None:
    """The last figure inside a quotation that has a source (figures are in text order: read back to its start only)."""
    for f in reversed(figures):
        if f["quote_start"] < quote[0]:
            return None
        if f["agency"] and f["quote_start"] < quote[1] and f["_cue_at"] is not None:
            # (whose words the quotation is: a source named before it, not one it names: '“Police said 10 died ...'; a
            # part credited with its whole's source says nothing of where that was named)
            return f if f["_cue_at"] < quote[0] else None
    return None


def _closing_of(sentences: list, quotes: list[tuple[int, int]], pos: int, si: int) -> tuple[int, int, int] | None:
    """(index of the sentence, offset of the quotation's last word in it, end of the quotation) where the quotation
    holding the number at `pos` closes, when that is a later sentence than the number's own (si)."""
    quote = _quote_holding(quotes, pos)
    return _closes_in(sentences, quote[1], si) if quote is not None else None


def _closes_in(sentences: list, qe: int, si: int) -> tuple[int, int, int] | None:
    """_closing_of for a quotation that ends at qe."""
    j = bisect_right(sentences, qe - 1, key=lambda s: s.start) - 1
    if j <= si or not sentences[j].start < qe <= sentences[j].end:
        return None
    # (a Sentence's text is the whole article's: its words are read between its offsets only)
    last = max((m.start() for m in _WORD.finditer(sentences[j].text, sentences[j].start, qe)), default=None)
    return (j, last, qe) if last is not None else None


def _closing_sentences(sentences: list, quotes: list[tuple[int, int]], counting: list[int]) -> list[int]:
    """The sentences that close a quotation begun in an earlier sentence that counts someone: where its speaker is named."""
    out = []
    for i in counting:
        k = bisect_right(quotes, sentences[i].start, key=lambda q: q[1])  # the first quotation ending after it starts
        while k < len(quotes) and quotes[k][0] < sentences[i].end:
            if (c := _closes_in(sentences, quotes[k][1], i)) is not None:
                out.append(c[0])
            k += 1
    return out


def _headline_as_told(figures: list[dict]) -> None:
    """A headline's count that the body gives with its source ("24 killed in raids on Idlib" ... "24 civilians
    were killed in Maarat al-Numan, the Observatory said") counts whom and where the body says: a headline's
    words are few, and in capitals ("Kills 5 In Terrorist Rocket Attack") name no place well. It stays a
    figure of its own, with no source (answers give way to the sourced one: answer.match._one_per_fact)."""
    for h in figures:
        if not h["_headline"] or h["agency"] is not None:
            continue
        told = next((f for f in figures if not f["_headline"] and f["agency"] is not None
                     and (f["value"], f["status"]) == (h["value"], h["status"]) and h["value"] is not None), None)
        if told is None:
            continue
        if told["subject"] in vocab.narrower_subjects(h["subject"]):
            h["subject"], h["kind"] = told["subject"], told["kind"]  # ("24 killed": the 24 civilians the body counts)
        h["location"], h["location_in"] = told["location"], told["location_in"]


# "the National Disaster Management Agency (Nadma)": a name the article gives its own short form
_CONNECTED = "|".join(sorted(NAME_CONNECTORS))
_DEFINED_ACRONYM = re.compile(rf"((?:[A-Z][\w'’-]*\s+(?:(?:{_CONNECTED})\s+(?:the\s+)?)?){{2,9}})\(([A-Z][A-Za-z]{{1,7}})\)")


def _as_named(text: str, span: tuple[int, int], agency: str, agencies: list[Mention]) -> str | None:
    """The source as the text names it where that is another wording of the agency's name ("The Pakistan
    government said" for the Pakistani government, "Nepal Police"), kept beside the canonical name; not a
    different name for it ("the Observatory", "the UN refugee agency"), nor a short form."""
    for m in agencies:
        if m.entity.name != agency or not span[0] <= m.start < span[1]:
            continue
        surface = _POSSESSIVE_END.sub("", re.sub(r"^[Tt]he\s+", "", m.surface)).strip()
        if another_wording(surface, agency):
            return surface
    return None


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _defined_acronyms(text: str) -> list[tuple[int, str, str, int]]:
    """(start, full name, short form, end) of each name the article gives its own short form: "the National
    Disaster Management Agency (Nadma)". Words before the name that its initials do not start with are not
    part of it ("On Monday Cooperative Governance ... (Cogta)"), nor is a leading "the"."""
    out = []
    for m in _DEFINED_ACRONYM.finditer(text):
        short, start, full = m.group(2), m.start(1), m.group(1).strip()
        while full and (full.split()[0].lower() == "the" or full[0] != short[0]) and " " in full:
            cut = full.index(" ") + 1
            full, start = full[cut:].lstrip(), start + cut
        words = [w for w in full.split() if w[0].isupper()]
        if words and full[0] == short[0] and len(words) >= 2 and len(short) <= len(words) + 2:
            out.append((start, full, short, m.end()))
    return out


# Titles an article may give a short form of, which name a person, not an organisation.
_TITLE_HEADS = vocab.PERSON_TITLES | {"superintendent", "inspector", "commissioner", "collector", "magistrate", "sheriff",
                                     "deputy", "assistant", "additional", "senior", "station"}


def _defined_organisations(defined: list[tuple[int, str, str, int]], text: str, agencies: list[Mention], g: Gazetteer) -> list[Mention]:
    """Organisations no table knows that the article defines a short form for ("Cooperative Governance and
    Traditional Affairs (Cogta) confirmed ...", then "Cogta MEC Sipho Hlomuka said"): the full name and
    each later use of the short form, as mentions of one source, so the rules that read "X said" for a
    known agency read them too."""
    taken = [(m.start, m.end) for m in agencies]
    out: list[Mention] = []
    for k, (start, full, short, after) in enumerate(defined):
        if not ORG_WORDS & {w.lower() for w in full.split()} or g.place(full, fuzzy=False) is not None:
            continue  # "Non-Food Items (NFIs)", "the Democratic Republic of Congo (DRC)": not who speaks
        if g.agency(full, fuzzy=False) is not None or g.agency(short, fuzzy=False) is not None:
            continue
        if full.split()[0].lower() in _TITLE_HEADS:
            continue  # "Superintendent of Police (SP)": a person's title, not a body
        # (a known name inside, as the head of the name's "of" phrase, is part of another body's name: "The Oklahoma
        # State Department of Health (OSDH)" is not the US State Department)
        inside = [m for m in agencies if m.start < start + len(full) and start < m.end and not (
            start < m.start and m.end < start + len(full) and text.startswith(" of ", m.end))]
        society = next((m for m in inside if vocab.learned_parent(full) and full.startswith(m.entity.name)), None)
        if society is not None:
            # "Ghana Red Cross Society (GRCS) ... GRCS said": the society as it is named without its short form ("Ghana Red
            # Cross"), whose member it is said by its name, which "GRCS" would not say
            entity = society.entity
        elif inside:
            continue
        else:
            # (ids below any a learned place or agency takes elsewhere in extraction)
            entity = Entity(-(10_000_000 + k), full, "other")
            # (the place a body is "of" stays a place the story names: "Superintendence of Civil Defense and Protection
            # of Bahia (Sudec)" counts in Bahia)
            home = re.search(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$", full)
            end = start + (home.start() if home and g.place(home.group("place"), fuzzy=False) is not None else len(full))
            out.append(Mention(start, end, entity, full))
        for use in re.finditer(rf"\b{re.escape(short)}\b", text[after:]):
            s, e = after + use.start(), after + use.end()
            if not any(a < e and s < b for a, b in taken):
                out.append(Mention(s, e, entity, short))
    return out


def _short_names(text: str, defined: list[tuple[int, str, str, int]], names: set[str]) -> dict[str, str]:
    """The short form the article uses for each of these names of sources no table knows (as readers and
    analysts call them): the one it defines (`defined`: _defined_acronyms), else initials it uses elsewhere
    ("the National Disaster Management office said ... the NDMO said"); not for a name that gives the body's parent
    (vocab.learned_parent: a question about the Red Cross finds a national society by its name)."""
    if not names:
        return {}
    shorts = {_without_the(full): short for _, full, short, _ in defined}
    out = {}
    for name in names:
        if vocab.learned_parent(name):
            continue  # "Ghana Red Cross Society (GRCS)": a name that says whose member it is, which "GRCS" would not
        short = shorts.get(_without_the(name)) or _initials_used(text, name)
        if short != name:
            out[name] = short
    return out


def _without_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name.lower())


def _initials_used(text: str, name: str) -> str:
    """The initials of a name of three words or more, when the article uses them too; else the name."""
    words = [w for w in name.split() if w.lower() not in NAME_CONNECTORS | {"the"}]
    initials = "".join(w[0] for w in words).upper()
    if len(words) >= 3 and all(w[0].isalpha() for w in words) and re.search(rf"\b{initials}\b", text):
        return initials
    # ("the Department of Disaster Management Affairs ... DoDMA has readily available relief items": its "of" too)
    mixed = "".join(w[0].lower() if w.lower() == "of" else w[0].upper() for w in name.split()
                    if w.lower() == "of" or w.lower() not in NAME_CONNECTORS | {"the"})
    if len(words) >= 3 and mixed != initials and all(w[0].isalpha() for w in words) and re.search(rf"\b{mixed}\b", text):
        return mixed
    return name


_MISSION_HERE = re.compile(
    r"\b(?:UN|U\.N\.|United Nations)(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?mission\s+in\s+(?P<here>the\s+country)\b"
)


def _missions_here(text: str, gazetteer: Gazetteer, country: str | None) -> list[Mention]:
    """"a report released by the UN mission in the country": the UN's mission in the article's country
    (UNAMA in an Afghanistan story), as the agency table names it."""
    out = []
    for m in _MISSION_HERE.finditer(text) if country and "mission in the country" in text else ():
        named = text[m.start() : m.start("here")] + country
        e = gazetteer.agency(named, fuzzy=False) or gazetteer.agency(f"UN mission in {country}", fuzzy=False)
        if e is not None:
            out.append(Mention(m.start(), m.end(), e, m.group()))
    return out


def _unknown_place_name(gazetteer: Gazetteer, name: str) -> bool:
    """Can a capitalised name that continues a list of counts by place be a place no table knows (not an
    agency, not a nationality, not a fire's name)?"""
    return (gazetteer.agency(name, fuzzy=False) is None and name.lower() not in vocab.DEMONYMS and not not_a_place(name)
            and not an_events_name(name))


def _place_after(resolver: PlaceResolver, start: int, end: int) -> str | None:
    """The first place named between two offsets ("sought refuge in Adre")."""
    named = resolver.between(start, end, _ANY_ROLE)
    return named[0].entity.name if named else None


def _in_country(gazetteer: Gazetteer, location: str | None, country: str | None) -> bool:
    """Is the place (a place no table knows counts as the story's) in the country the story is about?"""
    if country is None or location is None:
        return False  # (a story whose country, or a count whose place, is not known: a border may have been crossed)
    where = gazetteer.place(location, fuzzy=False)
    if where is None:
        return True
    home = gazetteer.country_of(where.id)
    return home is None or home.name == country


def _abroad(gazetteer: Gazetteer, noun_phrase: str, location: str | None) -> bool:
    """Is a people named by its demonym ("South Sudanese") counted in a country that is not theirs?"""
    words = noun_phrase.lower().split()
    home = vocab.COUNTRY_OF_DEMONYM.get(" ".join(words[-2:])) or vocab.COUNTRY_OF_DEMONYM.get(words[-1] if words else "")
    where = gazetteer.place(location, fuzzy=False) if location and home else None
    country = gazetteer.place(home, fuzzy=False) if where is not None else None
    return country is not None and where.id != country.id and not gazetteer.within(where.id, country.id)


def _once(text: str, figures: list[dict], quotes: list[tuple[int, int]], g: Gazetteer) -> list[dict]:
    """A figure the article states again (a lead repeated under the headline, a quote restating it,
    a closing recap) is one figure: the first mention, completed with the source a later one names
    and the more precise place ("20 civilians killed in Syria" ... "at Jeb el-Kussa", said the
    Observatory). Another source or a place outside it makes it another figure; so does a quotation
    whose speaker is not found (a resident's "we lost nine persons" after the reporter's "nine were
    killed")."""
    kept: list[dict] = []
    for f in figures:
        same = None
        if f["value"] is not None:
            quoted = any(qs <= f["quote_start"] < qe for qs, qe in quotes)
            # A quotation restates an earlier figure only in the words of an organisation the tables know
            # (the Observatory's "At least 20 civilians were killed"), not a witness's ("we lost nine").
            speaks_for = f["agency"] is not None and g.agency(f["agency"], fuzzy=False) is not None
            # (not two counts of one sentence: "four at the Vila Central Hospital and four in the Billabong building")
            same = next((k for k in kept if _restates(k, f, g, completes=quoted and speaks_for) and not _listed_together(text, k, f)
                         and not (quoted and f["agency"] != k["agency"] and not speaks_for)), None)
            if same is None and f["_back"] and any(
                (k["value"], k["subject"], k["status"]) == (f["value"], f["subject"], f["status"]) for k in kept
            ):
                continue  # "of the 178 people injured": the count before, whoever repeats it
        if same is None:
            kept.append(f)
            continue
        if same["agency"] is None and f["agency"] is not None:
            same["agency_named"] = f["agency_named"]
        for key in ("agency", "person", "location"):
            if same[key] is None and f[key] is not None:
                same[key] = f[key]
        # (a country's figure takes the place a later mention gives it; another place only one that mention names
        # in its paragraph, not one carried from a paragraph about something else)
        if f["location"] != same["location"] and (f["_placed_here"] or _a_country(g, same["location"])) and _inside(f, same["location"], g):
            same["location"], same["location_in"] = f["location"], f["location_in"]
    return kept


def _a_country(g: Gazetteer, name: str | None) -> bool:
    e = g.place(name, fuzzy=False) if name else None
    return e is not None and e.kind == "country"


def _listed_together(text: str, a: dict, b: dict) -> bool:
    """Two counts listed side by side in one sentence ("four at the Vila Central Hospital and four in the
    Billabong building"), not one restating the other."""
    (_, a_end), (b_start, b_end) = a["_num"], b["_num"]
    if a["_sentence"] != b["_sentence"] or not 0 < b_start - a_end < 80:
        return False
    a_noun, b_noun = text[a_end : a["_np_end"]].strip().lower(), text[b_end : b["_np_end"]].strip().lower()
    if a_noun and b_noun and a_noun != b_noun and re.fullmatch(r",\s*|\s*,?\s+and\s+", text[a["_np_end"] : b_start]):
        return True  # "four South Africans, four Pakistanis": two peoples, listed
    # each a count with no noun, for a place of its own (not "12 people in Sindh; all 12 dead were ...")
    if not (_BARE_AT.match(text, a_end) and _BARE_AT.match(text, b_end)):
        return False
    return re.search(r",|\band\b|;", text[a_end:b_start]) is not None


_BARE_AT = re.compile(r"\s+(?:at|in|on|from|near)\s")


_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:so-called\s+|terrorist\s+|militant\s+|armed\s+)?((?:[A-Z][\w'’-]*\s*){1,5})")


def _armed_members(text: str, start: int, np_end: int, g: Gazetteer) -> bool:
    """Are the members counted between start and np_end (and "of X" after it) an armed group's?"""
    names = re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text[start:np_end])
    after = _MEMBERS_OF.match(text, np_end)
    if after:
        names.append(after.group(1).strip())
    for name in names:
        words = name.split()
        # the whole name, then shorter runs from its start ("Free Syrian Army (FSA)", "Daesh terror group")
        for k in range(len(words), 0, -1):
            e = g.agency(" ".join(words[:k]), fuzzy=False)
            if e is not None:
                return e.kind == "armed_group"
    return False


def _names_a_fate(text: str, start: int, np_end: int, head: str | None) -> bool:
    """Does the noun phrase of a count say what happened to them ("48 bodies", "300 wounded people")?"""
    return (head or "") in IMPLIED_STATUS or any(w in PARTICIPLES for w in re.findall(r"[a-z]+", text[start:np_end].lower()))


def _status_family(f: dict) -> str | None:
    """A figure's status, refugees displaced, remaining or present being one: "There are 1.2 million refugees from
    Ukraine recorded in Poland" and "1.2 million refugees from Ukraine recorded in Poland" are one count."""
    return "present" if f["subject"] == "refugees" and f["status"] in ("displaced", "remaining", "present") else f["status"]


def _restates(a: dict, b: dict, g: Gazetteer, *, completes: bool = False) -> bool:
    """Same value, subject and status, and no other source, nor a place outside the other's. A source named
    only for the later mention makes it another figure, unless it is the source's own quotation restating the
    first (`completes`: the Observatory's "At least 20 civilians were killed ..." after the lead's 20)."""
    return (
        (a["value"], a["subject"], _status_family(a)) == (b["value"], b["subject"], _status_family(b))
        # (a source named for a figure stated before without one makes another figure: the headline's "Kills At
        # Least 13" and "authorities said" 13 in the body are two statements, as annotators record them)
        and (a["agency"] == b["agency"] or b["agency"] is None or (completes and a["agency"] is None))
        and (a["location"] == b["location"] or None in (a["location"], b["location"])
             or _inside(b, a["location"], g) or _inside(a, b["location"], g))
    )


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# Two names or more listed ("Kaski and Syangja", "Pingdingshan, Luohe and Xuchang")
_CAPITALISED_RUN = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
_NAMES_LIST = re.compile(rf"(?<![\w'’-]){_CAPITALISED_RUN}(?:[ \t]*,[ \t]*{_CAPITALISED_RUN})*[ \t]*,?[ \t]+and[ \t]+{_CAPITALISED_RUN}")


def _respectively(text: str, figures: list[dict], sentences: list, resolver: PlaceResolver) -> None:
    """"The floods killed 12 and 7 people in Kaski and Syangja respectively": each count the place of its rank in the
    list of as many places the sentence names."""
    for si, sent in enumerate(sentences):
        if not _RESPECTIVELY.search(text, sent.start, sent.end):
            continue
        counts = [f for f in figures if f["_sentence"] == si and f["value"] is not None]
        if len(counts) < 2:
            continue
        for m in _NAMES_LIST.finditer(text, sent.start, sent.end):
            items = _LIST_SPLIT.split(m.group().strip())
            if len(items) != len(counts):
                continue
            for fig, item, at in zip(counts, items, _item_starts(text, m.start(), items)):
                known = resolver.between(at, at + len(item), _ANY_ROLE)
                fig["location"] = known[0].entity.name if len(known) == 1 else item
            break


def _item_starts(text: str, start: int, items: list[str]) -> list[int]:
    """Where each of a list's items starts in the text, the list starting at `start`."""
    out = []
    for item in items:
        start = text.find(item, start)
        out.append(start)
        start += len(item)
    return out


def _whole_by_parts(text: str, figures: list[dict], g: Gazetteer, sentences: list, resolver: PlaceResolver) -> None:
    """"confirmed 10 deaths- seven in Tirunelveli and three in Thoothukudi", "34 deaths: 16 in Agam and 18 in
    Tanah Datar": a count that the next counts of its sentence add up to, each in a place of its own, is about
    those places together (not the state or country the story names), as analysts record it; so is a count of
    the next sentence that names no place ("At least 18 people are also injured"), not the last part's. A count
    whose parts "including ..." add up otherwise, and whose paragraph names no place of its own, is the story's."""
    for i, whole in enumerate(figures):
        if whole["value"] is None:
            continue
        parts, total = [], 0
        for f in figures[i + 1 : i + 6]:
            if f["_sentence"] != whole["_sentence"] or f["status"] != whole["status"] or f["value"] is None or total >= whole["value"]:
                break
            parts.append(f)
            total += f["value"]
        # (a breakdown right after the whole: "10 deaths- seven in ...", "34 deaths: 16 in ..."; not "another 6 in Riyom
        # ... on Monday", "compared with 6 in Jajarkot", nor who came from where: "2 of them were rescuers from Nairobi")
        if not parts or any(f["subject"] != whole["subject"] or _CAME_FROM.match(text, f["_np_end"]) for f in parts):
            continue
        places = list(dict.fromkeys(f["location"] for f in parts))
        if not _BREAKDOWN.fullmatch(text, whole["_np_end"], parts[0]["_num"][0]):
            if len(parts) >= 2 and total != whole["value"] and len(places) == len(parts) and None not in places and (
                not whole["_placed_here"] and _INCLUDING_GAP.fullmatch(text, whole["_np_end"], parts[0]["_num"][0])
                and resolver.focus is not None and resolver.focus.name not in places and whole["location"] != resolver.focus.name
            ):
                # "There were 72 people still missing, including 20 in Alor, 12 in East Flores, and 44 in Lembata" (the
                # parts as printed add up to more): the story's place, not the one an earlier paragraph last named
                whole["location"] = resolver.focus.name
            continue
        if len(parts) < 2 or total != whole["value"] or len(places) != len(parts) or None in places or whole["location"] in places:
            continue
        if i and figures[i - 1]["_sentence"] == whole["_sentence"] and figures[i - 1]["status"] == whole["status"]:
            continue  # (an item of a list by place: "31 in Ilembe, seven from Ugu, four in King Cetshwayo and three ...")
        here = g.place(whole["location"], fuzzy=False) if whole["location"] else None
        if whole["location"] and here is None and any(
            (e := g.place(f["location"], fuzzy=False)) is not None and _LEVEL.get(e.kind, 1) > 1 for f in parts
        ):
            continue  # (a place no table knows is no whole of provinces: "in the Kathmandu Valley alone ... Koshi Province")
        country = g.country_of(here.id) if here is not None else None
        if here is not None and (here.kind not in ("country", "governorate", "region", "area") or not all(
            f["location_in"] == whole["location"] or _inside(f, whole["location"], g) or (
                (e := g.place(f["location"], fuzzy=False)) is None
                or (country is not None and g.country_of(e.id) == country and _LEVEL.get(e.kind, 1) < _LEVEL.get(here.kind, 1)))
            for f in parts
        )):
            # (a town's count, parts in another country, or places no smaller than the whole's: "73 people have lost
            # their lives in the Kathmandu Valley alone, while Koshi Province has reported 17 deaths and Bagmati 56")
            continue
        whole["location"] = joint = f"{', '.join(places[:-1])} and {places[-1]}"
        for f in figures[i + 1 + len(parts) : i + 6 + len(parts)]:
            sent = sentences[f["_sentence"]]
            if f["_sentence"] != whole["_sentence"] + 1 or f["location"] != places[-1] or resolver.between(sent.start, sent.end):
                break
            f["location"] = joint


_INCLUDING_GAP = re.compile(r"[^.;\d]{0,60}?,\s*including\s+")
_BREAKDOWN = re.compile(r"\s*(?:[-–—:(]|,)\s*(?:(?:including|of\s+whom|of\s+them|with)\s+)?")
_CAME_FROM = re.compile(r"\s+(?:\w+\s+){0,3}?from\s")
# How wide a kind of place is, to tell a whole's place from its parts' (towns, districts and areas are 1).
_LEVEL = {"country": 3, "region": 3, "governorate": 2}


def _inside(fig: dict, place: str, g: Gazetteer) -> bool:
    """Is the figure's place inside `place` (a place learned from the article counts as inside the place
    it is learned in)?"""
    if fig["location_in"] == place:
        return True
    e, container = g.place(fig["location"], fuzzy=False), g.place(place, fuzzy=False)
    return e is not None and container is not None and e.id != container.id and g.within(e.id, container.id)


_RED_CROSS = ("red cross", "red crescent")
_BEFORE_RED_CROSS = re.compile(r"(?:^|[^\w'’-])((?:[A-Z][\w'’-]+[ \t]+){1,2})$")


def _national_society(text: str, m: Mention, g: Gazetteer) -> Mention:
    """"The Philippine Red Cross", "the Uganda Red Cross Society": a country's own society, not the ICRC
    that "Red Cross" alone names."""
    if m.surface.lower() not in _RED_CROSS:
        return m
    before = _BEFORE_RED_CROSS.search(text, max(0, m.start - 40), m.start)
    if before is None:
        return m
    words = re.sub(r"^(?:The|A|An)\s+", "", before.group(1).strip())
    place = g.place(words, fuzzy=False)
    if vocab.country_of_demonym(words) is None and (place is None or place.kind != "country"):
        return m
    start = m.start - len(before.group(1)) + before.group(1).index(words)
    return Mention(start, m.end, Entity(-1, f"{words} {m.surface}", m.entity.kind), text[start : m.end])


_BARE_RED_CROSS = (*_RED_CROSS, *(f"the {n}" for n in _RED_CROSS))


def _red_cross_named(text: str, agencies: list[Mention]) -> list[Mention]:
    """"the Red Cross said" in an article that names one Red Cross body and not the ICRC ("The International
    Federation of Red Cross (IFRC) ... said"): that body, not the ICRC the bare name stands for elsewhere."""
    bare = _bare_red_cross(agencies)
    if not bare:
        return agencies
    named = {m.entity.name: m.entity for m in agencies if m not in bare and re.search(r"Red Cross|Red Crescent|IFRC|ICRC", m.entity.name + " " + m.surface)}
    if len(named) != 1 or "ICRC" in named:
        return agencies
    (body,) = named.values()
    return [Mention(m.start, m.end, body, m.surface) if m in bare and not text[max(0, m.start - 3) : m.start].strip().endswith(("'s", "’s")) else m
            for m in agencies]


def _society_of(agencies: list[Mention], country: str, g: Gazetteer) -> list[Mention] | None:
    """The mentions with the bare "Red Cross" as the country's national society, in a report of the IFRC (whose
    members the societies are), or None when it names no bare Red Cross or some other Red Cross body. The society
    by its own name where that is not the country's ("Philippine Red Cross": data), as the tables know it."""
    bare = _bare_red_cross(agencies)
    if not bare or any(re.search(r"Red Cross|Red Crescent|ICRC", m.entity.name) and m not in bare and m.entity.name != "IFRC" for m in agencies):
        return None
    name = vocab.NATIONAL_SOCIETIES.get(country, f"{country} Red Cross")
    society = g.agency(name, fuzzy=False) or Entity(-2, name, "ngo")
    return [Mention(m.start, m.end, society, m.surface) if m in bare else m for m in agencies]


def _bare_red_cross(agencies: list[Mention]) -> list[Mention]:
    """The mentions of the Red Cross by its bare name, which the tables read as the ICRC."""
    return [m for m in agencies if m.surface.lower() in _BARE_RED_CROSS and m.entity.name == "ICRC"]


def _in_span(sent, span: tuple[int, int]) -> bool:
    return span[0] < span[1] and sent.start < span[1] and span[0] < sent.end


def _title_in_text(text: str, title: str | None) -> tuple[int, int]:
    """Where the article's own title stands again near the top of its text, or (0, 0)."""
    if not title or len(title) < 12:
        return 0, 0
    # "Car bomb blast kills 15 in Syrias Homs NGO - Region - World - Ahram Online": the text repeats
    # the headline without the site's sections.
    parts = re.split(r"\s+[-|–—]\s+", title.strip())
    for n in range(len(parts), 0, -1):
        head = " - ".join(parts[:n])
        if len(head) < 12:
            break
        i = text.find(head, 0, 200 + len(head))
        if i >= 0:
            return i, i + len(head)
    return 0, 0


_ORGANISATION = re.compile(
    r"\b(?:International|Organi[sz]ation|Council|Committee|Commission|Network|Watch|Relief|Rescue|Mission|Fund"
    r"|Programme|Program|Office|Foundation|Society|Federation|Institute|Centre|Center|Coalition|Alliance|Initiative"
    r"|Médecins|Doctors|Aid|Action|Solidarity|Ministry|Authority|Cluster|Secretariat|Red\s+Cross|Red\s+Crescent"
    r"|Department|Directorate|Administration|Government\s+of|Country\s+Team"  # (not "Service": "RFE/RL Armenian Service" is news)
    # the same words in the languages public bodies publish in ("Rijksdienst Caribisch Nederland"; not a
    # Pressedienst, a news service)
    r"|Rijksdienst|Ministerio|Ministère|Ministério|Ministerium|Servicio|Serviço|Dirección|Direction|Protección"
    r"|Protezione|Defensa|Defesa)\b"
)
# A public emergency service, whose name ends so, on its own incident pages ("London Fire Brigade", "Victoria Police"; not
# "Police Oracle", a trade paper)
_EMERGENCY_SERVICE = re.compile(
    r"\b(?:Brigade|Police|Constabulary|Ambulance\s+Service|Coast\s+Guard|Fire(?:\s+and\s+Rescue)?\s+(?:Service|Department|Authority))$")
# ... or opens so, then names its place ("Police Scotland"; not "Police Oracle")
_SERVICE_OF_PLACE = re.compile(r"(?:Police|Ambulance|Fire(?:\s+and\s+Rescue)?)(?:\s+Service\s+of)?\s+(?:the\s+)?(?P<place>[A-Z][\w'’ -]+)")
_NEWS_OUTLET = re.compile(
    r"\b(?:Times|News|Post|Herald|Daily|Online|Press|Journal|Tribune|Gazette|Radio|TV|Television|Channel|Media"
    r"|Agency|Wire|Magazine|Review|Observer|Guardian|Telegraph|Express|Star|Sun|Monitor|Insider|Report|Today)\b"
)


# An outlet given as initials and the name they stand for, "CDEMA (Caribbean Disaster Emergency Management Agency; ...)"
_SPELT_OUT = re.compile(r"([A-Z][A-Z&]{1,9})\s*\(((?:[A-Z][\w'’-]*|of|for|and|the)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the)){1,9})\s*[;,)]")
_RELIEF_WORK = re.compile(r"\b(?:Disaster|Emergency|Humanitarian|Refugees?|Migration|Health|Development|Adventist)\b")
# A broadcaster's or a magazine's name beyond _NEWS_OUTLET's words ("GMA Network", "The New Humanitarian")
_BROADCASTER = re.compile(r"\b(?:Network|Broadcast\w*)\b|^The\s+New\b")


def _media_name(name: str) -> bool:
    """Is a name spelt out a news outlet's: _NEWS_OUTLET's words but "Agency" (a relief body's too), or a broadcaster's?"""
    return any(m.group() != "Agency" for m in _NEWS_OUTLET.finditer(name)) or _BROADCASTER.search(name) is not None


def _short_name(gazetteer: Gazetteer, publisher: str | None) -> Mention | None:
    """The end of the publisher's name where the tables read it as another agency ("Red Cross", the ICRC, in
    "Sint Maarten Red Cross"), or None."""
    if publisher is None:
        return None
    return next((m for m in gazetteer.scan_agencies(publisher) if m.start > 0 and m.end == len(publisher)), None)


def _by_short_name(tail: Mention, text: str, sent) -> bool:
    """Does the sentence name the publisher by the end of its name, `tail` ("Red Cross" in a page of the Sint
    Maarten Red Cross, not "the ICRC" or "the Kenya Red Cross")?"""
    for m in re.finditer(rf"\b{re.escape(tail.surface)}\b", text[sent.start : sent.end]):
        before = text[max(sent.start, sent.start + m.start() - 40) : sent.start + m.start()].split()
        # "Red Cross gave", "In addition, Red Cross", "the Red Cross", "A Red Cross spokesman" (not "the Kenya Red
        # Cross", "the International Committee of the Red Cross")
        word = before[-1] if before else ""
        if (not word or not word[0].isupper() or word in ("The", "A", "An")) and before[-2:] != ["of", "the"]:
            return True
    return False


# "UNICEF Latin America and the Caribbean", "WHO Regional Office for Africa": an agency's office for a world region.
_WORLD_REGION = re.compile(
    r"(?:(?:Regional|Country|Sub-?regional)\s+Office(?:\s+for)?\s+)?(?:(?:and|the|&|North|South|East|West|Eastern|Western"
    r"|Southern|Northern|Central|Latin|Middle|Arab|States|America|Americas|Caribbean|Pacific|Asia|Africa|Europe|Oceania)\s*)+"
    r"(?:Regional\s+Office)?"
)


# "... copy as carried by EIN News": the site that carried a copy, not who wrote it
_CARRIED_BY = re.compile(r"\b(?:(?:as\s+)?(?:carried|hosted|mirrored|reposted|republished)\s+by|via)\b.*$")


def _publisher(gazetteer: Gazetteer, outlet: str | None) -> str | None:
    """The agency that published the article itself (OCHA's flash update, an MSF press release), if any."""
    if not outlet:
        return None
    spelt = _SPELT_OUT.match(outlet)
    if spelt is not None and gazetteer.agency(spelt.group(1), fuzzy=False) is None and (
        _ORGANISATION.search(spelt.group(2)) or _RELIEF_WORK.search(spelt.group(2))
    ) and not _media_name(spelt.group(2)):
        # "CDEMA (Caribbean Disaster Emergency Management Agency; Situation Report 2 ...)": initials no table knows,
        # spelt out as a relief body's name: its own report (not "NTA (Nigerian Television Authority)")
        return spelt.group(1)
    # ("... (as posted on maryfallin.org)": where the page was found, not who published it; "AHA Centre (ADInet)": a
    # known publisher and its site in brackets)
    # ("UNHCR (unhcr.org), briefing notes": what kind of page, in lower case after a comma outside brackets; not "DG ECHO
    # (ECHO Daily Flash, as posted on reliefweb)", nor a tail that names who wrote it, "..., text by BNPB Public Relations")
    # ("..., on reliefweb.int": where the page was found, a site's name after it)
    outlet = re.sub(r"^((?:[^(),]|\([^()]*\))+),\s+[a-z][a-z -]*(?:\s[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,4})?(?:\s*\([^()]*\))?$", r"\1", outlet).strip() or outlet
    # ("OCHA (reliefweb.int), Somalia flash update on Guri Ceel": the page named after a comma outside brackets; a
    # known body before it publishes)
    # (not a page another outlet quoted, "OCHA, quoted in Reuters", nor a joint statement, "UNICEF, Save the Children, ...")
    # (a body no table knows publishes too, where it is named as an organisation and the tail says only what kind of page
    # it is: "Community and Family Services International (CFSI), an IDP Protection Assessment Report ..."; a copy another
    # site carried is still the body's: "WHO, reliefweb's copy as carried by EIN News")
    head = re.match(r"((?:[^(),;]|\([^()]*\))+)[,;]", outlet)
    if head:
        tail = _CARRIED_BY.sub("", outlet[head.end() :])
        if re.search(r"\b(?:quoted|quoting|citing|reported)\b", tail):
            return None  # "OCHA, quoted in Reuters": another's page quoting the body
        if re.search(r"\bby\b", tail):
            # "AHA Centre ADINet (adinet.ahacentre.org), text by BNPB Public Relations": the page still the publisher's,
            # whoever wrote its text
            return _publisher(gazetteer, head.group(1))
        known = _publisher(gazetteer, head.group(1))
        if known is not None and (
            gazetteer.agency(known, fuzzy=False) is not None or not tail.strip() or re.match(r"\s*(?:an?|the|its)\s", tail)
        ) and not any(m.start <= len(tail) - len(tail.lstrip()) for m in gazetteer.scan_agencies(tail)):
            return known
    outlet = re.sub(r"\s*\((?:as\s+posted|[^()]*\.(?:org|com|net|int|gov)\b)[^()]*\)\s*$", "", outlet).strip() or outlet
    bare = re.sub(r"(?:\s*\([^()]*\))+\s*$", "", outlet).strip() or outlet
    if gazetteer.agency(bare, fuzzy=False) is not None:
        outlet = bare
    e = gazetteer.agency(outlet, fuzzy=False)
    if e is None:
        # "UNICEF Ireland", "MSF USA": a national office publishes as its agency (by its name without the brackets
        # that say what page it is: "OCHA South Sudan (Abyei Flash Update No. 1)")
        first = next((m for m in gazetteer.scan_agencies(bare) if m.start == 0), None)
        e = first.entity if first is not None and (
            len(bare.split()) <= len(first.surface.split()) + 2 or _WORLD_REGION.fullmatch(bare[first.end :].strip())
            or gazetteer.place(bare[first.end :].strip(), fuzzy=False) is not None
        ) and not _NEWS_OUTLET.search(outlet) else None
    if e is not None:
        return e.name if e.kind not in MEDIA_KINDS else None
    # An outlet no table knows that is named like an organisation ("Refugees International", "Norwegian
    # Refugee Council"), not like a newspaper or broadcaster: a report it published itself.
    service_of = _SERVICE_OF_PLACE.fullmatch(bare)
    if service_of is not None and gazetteer.place(service_of.group("place"), fuzzy=False) is not None:
        return bare  # "Police Scotland", "Ambulance Victoria", "Police Service of Northern Ireland"
    if (_ORGANISATION.search(outlet) or _EMERGENCY_SERVICE.search(bare)) and not _NEWS_OUTLET.search(outlet):
        # ("Community and Family Services International (CFSI)": by the initials its name stands for, as its text
        # names it after the first time)
        # (not initials another body goes by, "PRCS"; nor a national body's, which another country's shares: the Nepal
        # and Nigerian Red Cross are both "NRCS")
        short = re.search(r"\(([A-Z][A-Za-z&]{2,7})\)\s*$", outlet)
        if short and short.group(1).upper() == "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", bare)).upper() and (
            gazetteer.agency(short.group(1), fuzzy=False) is None and not gazetteer.scan_places(bare)
        ):
            return short.group(1)
        return bare  # ("DSWD Bicol (DSWD Field Office V)": by its name, without the office or site in brackets)
    return None


# An organisation's own relief work, as its report tells it: "CFSI deployed its Mindanao Protection Project team
# to assess the protection needs", "CCR team started the distribution of humanitarian aid"; a relief verb, then
# what it brought within a few words.
_OWN_WORK = (r"(?:\s+(?:team|teams|staff))?\s+(?:(?:has|have|had|also|then)\s+)?"
             r"(?:deployed|conducted|distributed|delivered|mobilized|mobilised|started|began|launched)\b"
             r"[^.;\n]{0,60}?\b(?:relief|aid|assistance|assessments?|kits|items|protection|response|needs|shelter|food|cash)\b")


def _acting_outlet(text: str, outlet: str | None, gazetteer: Gazetteer) -> str | None:
    """An outlet no table knows, by a short name, that the text shows at its own relief work: an organisation
    publishing its own report ("CFSI deployed its ... team to assess the protection needs"), not a newspaper
    telling of its reporters ("NDTV teams reached the villages")."""
    if not outlet or not re.fullmatch(r"[A-Z][A-Z&-]{1,7}", outlet.strip()) or gazetteer.agency(outlet, fuzzy=False) is not None:
        return None
    return outlet.strip() if re.search(rf"\b{re.escape(outlet.strip())}(?:{_OWN_WORK})", text) else None


_REPORT_NAME = r"(?:Report|Sitrep|Situation\s+Report|Flash\s+Update|Bulletin|Press\s+Release|Update\s+(?:#|No\.?)\s*\d)"


def _titled_outlet(title: str | None, outlet: str | None, gazetteer: Gazetteer) -> str | None:
    """An outlet no table knows, by its initials, whose document's title opens with them: "DSWD DROMIC Report #1 on the
    Flooding Incident in Aklan" published by "DSWD (DROMIC report ...)" is DSWD's own report."""
    short = re.match(r"\s*([A-Z][A-Z&-]{1,7})\b(?!\.)", outlet or "")
    if short is None or not title or gazetteer.agency(short.group(1), fuzzy=False) is not None or _NEWS_OUTLET.search(outlet):
        return None
    # (the initials, then a report's name: "DSWD DROMIC Report #1", not a broadcaster's "NHK Exclusive: ...")
    return short.group(1) if re.match(rf"\s*{re.escape(short.group(1))}\b[^:\n]{{0,30}}?\b{_REPORT_NAME}", title) else None


# "This report is produced by OCHA Yemen in collaboration with humanitarian partners", "This report is produced and
# issued by the Humanitarian Country Team in Indonesia": a document that says who publishes it.


def _body_name(joins: str, words: str) -> str:
    """A body's proper name, its words capitalised but for the small words `joins` ("of", "for" ...) and "the" after
    them, up to `words` more words after the first ("Michigan Department of Health and Human Services")."""
    return rf"(?P<org>[A-Z][\w'’-]*(?:[ \t]+(?:(?:{joins})[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*){{{words}}})"


_DECLARED = re.compile(
    r"\bThis\s+(?:report|update|document|bulletin|snapshot|publication|situation\s+report|flash\s+update|sitrep)\s+"
    r"(?:is|was|has\s+been)\s+(?:jointly\s+)?(?:produced|issued|prepared|published|compiled)"
    r"(?:\s+and\s+(?:issued|published|disseminated|produced))?\s+by\s+(?:the\s+)?"
    + _body_name("of|for|on|in", "0,7")
    # (the whole name: not "the Committee" of "the Committee to Protect Journalists")
    + r"(?=[ \t]*(?:[.,;(]|$|in[ \t]+(?:collaboration|cooperation|partnership)|with[ \t]|and[ \t]+(?:its[ \t]+)?partners))"
)


def _declared_publisher(text: str, agencies: list) -> str | None:
    """The publisher a document names for itself near its start, as the tables know it or by its proper name (or that
    its first sentence says issued it: a press release's "The Michigan Department of Health and Human Services (MDHHS)
    today issued an update")."""
    m = _DECLARED.search(text, 0, 800) or _ISSUED_FIRST.match(text)  # (near its start, where reports say it: not a line at the foot of a story)
    if m is None:
        return None
    known = next((a for a in agencies if a.start == m.start("org")), None)
    if known is not None:
        return known.entity.name if known.entity.kind not in MEDIA_KINDS else None
    org = m.group("org")
    return org if _ORGANISATION.search(org) and not _NEWS_OUTLET.search(org) else None


# A press release's first sentence: the body that issues it, named whole, then "issued an update", "released a report"
_ISSUED_FIRST = re.compile(
    r"\s*(?:[^\n]{0,200}\n\s*)?(?:The[ \t]+)?" + _body_name("of|for|and|on", "1,9")
    + r"(?:[ \t]*\([A-Z]{2,10}\))?[ \t]+(?:(?:today|yesterday|on[ \t]+\w+)[ \t]+)?(?:issued|released|published)[ \t]+(?:an?|its)[ \t]+"
    r"(?:\w+[ \t]+)?(?:update|report|statement|bulletin|situation[ \t]+report)\b")
_SOURCE_NOTE = re.compile(r"\bSources?\s*:\s*")
_NOTED_ORG = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+(?:(?:of|for|on)[ \t]+)?[A-Z][\w'’-]+){1,6}")


# A common-noun source another article taught the store ("officials", "hospital staff") is not the one in
# "Bulgarian officials said", "Pirogov hospital staff": this article's phrase names its own source.
_QUALIFIED = re.compile(r"(?<![\w'’.-])(?!(?:The|A|An|Its|Their|His|Her|Some|Many|Other|Local|Senior)\b)[A-Z][\w'’.-]*[ \t]+$")


def _source_note(text: str, sent, agencies: list, inline: bool = False) -> str | None:
    """The agency a "Source: OCHA" note names at the end of the figure's paragraph (reports credit a
    paragraph of figures that way), or None. `inline`: the figure is a value on a line of key-value pairs,
    which a "Source:" key on that line credits ("Total Deaths: 82 ... Source: President’s Office website")."""
    end = text.find("\n", sent.end)
    end = len(text) if end < 0 else end
    note = named = None
    for m in _SOURCE_NOTE.finditer(text, sent.start, end):
        known = next((a for a in agencies if a.start == m.end()), None)
        note = known or note
        # "(Source: National Bureau of Health Surveillance)": an organisation no table knows, by its proper name
        # (only in a note in brackets inside the figure's sentence, as key-figure boxes give it: one after the
        # sentence, closing a paragraph, credits the page)
        org = _NOTED_ORG.match(text, m.end()) if known is None and (
            inline or text[max(0, m.start() - 1) : m.start()] == "(") and m.start() < sent.end else None
        if org and re.match(r"\s+and\b", text[org.end() :]):
            org = None  # "(Source: Ministry of Health and WHO)": two sources, neither alone
        if org and any(w.lower() in ORG_WORDS for w in org.group(0).split()):
            named = org.group(0)
    if note is not None:
        return note.entity.name if note.entity.kind not in MEDIA_KINDS else None
    return named


def _source_line_before(text: str, sent, agencies: list, resolver: PlaceResolver, cues: list[Cue], sentences: list) -> str | None:
    """The agency a "Source: Dnipro City Council, referring to the State Emergency Service" line above credits, for a
    figure in the paragraphs after it (at most three) that name no source, where no one else spoke in between; the one
    referred to where the line names two; never a newspaper or wire ("Source: Reuters" credits the text). Only where
    "Details:" opens the paragraph after the line, as the news service that writes such lines does: elsewhere a
    "Source:" line credits what came before it (a table's rows, a photo, a digest's item)."""
    pi = resolver.paragraph_of(sent.start)
    starts = resolver.paragraphs
    for back in range(pi - 1, max(-1, pi - 4), -1):
        end = resolver.paragraph_end(back)
        line = _SOURCE_LINE.fullmatch(text, starts[back], end)
        if line is None:
            if any(c.agency and not c.conflict_only and starts[back] <= sentences[c.sentence].start < end for c in cues):
                return None  # (someone else spoke since)
            continue
        if not _DETAILS.match(text, end):
            return None  # (a line that credits what came before it: a table's, a photo's, a digest item's)
        return _credited(text, line, agencies)
    return None


def _credited(text: str, line: re.Match, agencies: list) -> str | None:
    """The body a "Source:" line names: the one referred to where it names two, a known agency (never a newspaper or
    wire), the body a person heads ("Oleh Kiper, Head of Odesa Oblast Military Administration, on Telegram"), or a name
    with an organisation's word."""
    who, last = line.start("who"), line.end("who")
    if (first := text.find(";", who, last)) >= 0:
        last = first  # (the first of the sources a line lists: "Source: Kherson Oblast Military Administration; Roman ...")
    if (referred := _REFERRING.search(text, who, last)) is not None:
        who = referred.end()
    if (head := _HEAD_OF.search(text, who, last)) is not None:
        who = head.start("body")
    known = next((a for a in agencies if who <= a.start <= who + 4 and a.start < last), None)
    if known is not None:
        return known.entity.name if known.entity.kind not in MEDIA_KINDS else None
    org = _NOTED_ORG.match(text, who)
    name = org.group(0) if org is not None else ""
    if org is not None and head is not None and (outer := _OF_BODY.match(text, org.end())) is not None:
        name = outer.group("body")  # "Head of the Communications Department of the Air Force": the body the department is of
    name = re.sub(r"\s+on\s+[A-Z]\w*$", "", name)  # ("..., on Telegram")
    words = [w.lower() for w in name.split()]
    return name if words and any(w in ORG_WORDS for w in words) and words[-1] not in _NEWSPAPER_HEADS else None


def _credited_above(text: str, sent, agencies: list, resolver: PlaceResolver) -> str | None:
    """The agency a "Source:" line right under the figure's paragraph credits, where "Details:" opens the paragraph after
    the line: the lead it credits ("Four people have been killed, including a teenager." / "Source: Oleh Kiper, Head of
    Odesa Oblast Military Administration, on Telegram" / "Details: ...")."""
    pi = resolver.paragraph_of(sent.start)
    if pi + 1 >= len(resolver.paragraphs):
        return None
    end = resolver.paragraph_end(pi + 1)
    line = _SOURCE_LINE.fullmatch(text, resolver.paragraphs[pi + 1], end)
    if line is None or not _DETAILS.match(text, end) or _ITEM_LABEL.match(text, resolver.paragraphs[pi]):
        return None  # (not a labelled part of the item before: "Background: On 5 June, 8 people were killed ...")
    return _credited(text, line, agencies)


# A paragraph that is only a source's name: "Source: Dnipro City Council, referring to the State Emergency Service"
_SOURCE_LINE = re.compile(r"\s*Source\s*:[ \t]*(?P<who>[^\n\d]{3,120}?)[ \t.]*\s*")
_DETAILS = re.compile(r"\s*(?:Details|Quote|Background|Update)\s*:")
_NEWSPAPER_HEADS = NEWSPAPER_WORDS | {"news", "daily"}
# A paragraph's label ("Background:", "Quote:"): a part of an item, not the lead of one
_ITEM_LABEL = re.compile(r"\s*[A-Z][a-z]+(?:\s+[a-z]+)?\s*:")
# " of the Air Force" after a department's name: the body it is part of
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# ", Head of Odesa Oblast Military Administration": the body the person named before heads
_HEAD_OF = re.compile(r",\s+(?:the\s+)?(?:[Hh]ead|[Cc]hief|[Dd]irector|[Ss]pokes(?:person|man|woman)|[Cc]ommander)\s+of\s+(?:the\s+)?(?P<body>[A-Z])")
_REFERRING = re.compile(r",?\s+(?:referring\s+to|citing|quoting)\s+(?:the\s+)?")


def _table_source(text: str, num: Number, agencies: list) -> str | None:
    """The agency a "Source: Kumamoto Prefecture" line under a table credits, for a count on one of its rows
    (a label and its number, with or without a colon, one a line; a blank line may come before the note)."""
    if not _is_row(_line_of(text, num).strip()):
        return None
    pos, blank = text.find("\n", num.end), False
    for _ in range(40):  # (a table of a few dozen rows at most)
        if pos < 0:
            return None
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1 : end]
        if not line.strip():
            if blank:
                return None
            blank = True
        elif (note := _SOURCE_NOTE.match(line.strip())) is not None:
            start = pos + 1 + len(line) - len(line.lstrip()) + note.end()
            known = next((a for a in agencies if a.start == start), None)
            if known is not None:
                return known.entity.name if known.entity.kind not in MEDIA_KINDS else None
            org = _NOTED_ORG.match(text, start)
            named = org is not None and not text[org.end() : end].strip(" \t.") and any(
                w.lower() in ORG_WORDS for w in org.group(0).split())
            return org.group(0) if named else None
        elif blank or not _is_row(line.strip()):
            return None  # the table ended with no note
        pos = end
    return None


def _is_row(line: str) -> bool:
    return bool(_LABEL_THEN_COUNT.fullmatch(line) or _TABLE_ROW.match(line))


# ReliefWeb's disaster pages and OCHA's summaries credit what they quote after it: "... 838 have been
# relocated ... (UN, 8 Dec 2014)", "(IFRC, 13 Feb 2015)".
_CREDIT = re.compile(r"\((?P<who>[A-Z][^()\n,]{0,40}),\s*(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\)")


_BOX_CREDIT = re.compile(r"\((?P<who>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,5})\)[ \t]*$", re.M)


def _credit_after(text: str, pos: int, agencies: list) -> str | None:
    """The agency a "(UN, 8 Dec 2014)" credit names after a figure, in the figure's paragraph (the first
    credit after it: each covers what comes before it, back to the credit before), or None."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    m = _CREDIT.search(text, pos, end)
    if m is None:
        # a key figure's line ending in its source, "2,077 People dead (BNPB)" (a short line only: in a
        # sentence, "... with the UN refugee agency (UNHCR)" names whom, not who counted)
        m = _BOX_CREDIT.search(text, pos, end)
        if m is None or len(text[text.rfind("\n", 0, pos) + 1 : m.start()].split()) > 8:
            return None
    who = next((a for a in agencies if a.start == m.start("who") and a.end == m.end("who")), None)
    if who is None and m.re is _BOX_CREDIT and _defined_before(text, m.group("who"), m.start()):
        return m.group("who")
    return who.entity.name if who is not None and who.entity.kind not in MEDIA_KINDS else None


def _defined_before(text: str, short: str, pos: int) -> bool:
    """Did the text give `short` as an organisation's short form before pos ("Indonesia's national disaster
    management agency (BNPB)": the name's last word an organisation's)? A bracket of capitals is also a people's
    ("internally displaced persons (IDPs)") or a country's ("the Democratic Republic of the Congo (DRC)")."""
    return any((last := re.findall(r"[a-z]+", text[max(0, d.start() - 40) : d.start()].lower())) and last[-1] in ORG_WORDS
               for d in re.finditer(rf"\(\s*{re.escape(short)}\s*\)", text[:pos]))


def _reporting_town(text: str, sent, said_by: str, resolver: PlaceResolver, speakers: SpeakerMemory, gazetteer: Gazetteer) -> str | None:
    """"Taytay has reported 29 families ...": the town the sentence opens with as reporting its count, as the story
    names it; None for a body's name, or a country, province or territory the tables know ("Gaza reported": its
    authorities')."""
    if ORG_WORDS & {w.lower() for w in said_by.split()} or not re.compile(
        rf"\s*{re.escape(said_by)}\s+(?:has\s+|had\s+)?(?:recorded|registered|logged|reported)\b"
    ).match(text, sent.start):
        return None
    known = gazetteer.place(said_by, fuzzy=False)
    if known is not None and known.kind in WIDER_THAN_TOWN:
        return None
    return next((ev.entity.name for ev in resolver.events if text[ev.start : ev.end] == said_by and ev.entity.kind not in WIDER_THAN_TOWN),
                None) or (said_by if speakers._written_as_place(said_by) else None)


def _quote_goes_on(text: str, sent, cues: list[Cue], quotes: list[tuple[int, int]], figures: list[dict]) -> Cue | None:
    """The speaker of a quotation that opens right after the one they closed, in the same paragraph: "“The Town of
    Matador has experienced an unprecedented tornado,” the Lubbock Fire Department tweeted. “There are four confirmed
    fatalities and ten total injuries.”" (between the two, only who spoke and their verb; not a quotation that names
    its own speaker: "“They killed at least 20 people,” a survivor told Reuters")."""
    here = next(((qs, qe) for qs, qe in quotes if qs <= sent.start + 2 and sent.start < qe), None)
    if here is None:
        return None
    before = max((q for q in quotes if q[1] <= here[0]), key=lambda q: q[1], default=None)
    if before is None or here[0] - before[1] > 80 or "\n" in text[before[1] : here[0]]:
        return None
    gap = text[before[1] : here[0]]
    stop = _SENTENCE_STOP.search(text, here[1])
    after = text[here[1] : stop.start() if stop else len(text)]
    if re.search(r"\d", gap) or _ITS_OWN_SPEAKER.match(after):
        return None
    # the source the quotation before was given, as resolved for its own figures; else one the gap names as written
    said = next((f for f in reversed(figures) if before[0] <= f["quote_start"] < before[1] and (f["agency"] or f["person"])), None)
    if said is not None and _SPEAKS_IN_GAP.search(gap):  # (who spoke, between: not quotation marks paired wrong)
        return Cue(before[1], before[1], here[0], -1, True, said["agency"], said["person"])
    cue = next((c for c in cues if before[1] <= c.verb_start < here[0] and not c.conflict_only
                and any(n and n.lower() in gap.lower() for n in (c.agency, c.person))), None)
    body = _BODY_CLOSED.fullmatch(gap) if cue is None else None
    if body is not None and ORG_WORDS & {w.lower() for w in body.group("org").split()}:
        # (a body no table knows, named by its name: "the Lubbock Fire Department tweeted")
        cue = Cue(before[1] + body.start("org"), before[1] + body.start("org"), before[1] + body.end(), -1, True, body.group("org"), None)
    return cue


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
_SPEAKS_IN_GAP = re.compile(r"\b(?:said|says|told|tells|tweeted|wrote|posted|added|stated|announced|continued)\b")
# '..., a survivor told Reuters', '..., he said': a quotation followed by who said it
_ITS_OWN_SPEAKER = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,5}?(?:said|says|told|tells|added|adds|stated|tweeted|wrote|recalled|continued)\b")
# ', the Lubbock Fire Department tweeted. ': a body's name and its speaking verb between two quotations
_BODY_CLOSED = re.compile(r"\s*(?:[Tt]he\s+)?(?P<org>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})\s+"
                          r"(?:said|says|tweeted|wrote|posted|added|stated|announced)(?:\s+(?:on|in)\s+[^.“\"]{0,40})?[.,]\s*")


# "The official death toll was 21", "Official figures so far mention 45 dead": a count the sentence calls the officials'
# (not "There was no official death toll", nor "multiples of the official figures", nor a body's: "the BNPB's official toll")
_OFFICIAL_COUNT = re.compile(
    r"(?<!\bno\s)(?<!\bany\s)\b(?:[Tt]he\s+)?(?:(?:latest|new|current|final)\s+)?[Oo]fficial\s+(?:death\s+)?"
    r"(?:toll|tally|count|figures|data)\b(?P<gap>[^.;\d]{0,40})$")


def _official_count(text: str, sent, num) -> str | None:
    """"officials", where the count is what the sentence calls the official toll, figures or data, said just before it."""
    m = _OFFICIAL_COUNT.search(text, sent.start, num.qstart)
    if m is None or re.search(r"\b(?:than|of)\s", m.group("gap")):
        return None
    # (a body's own: "the National Disaster Mitigation Agency's (BNPB) official death toll")
    return None if re.search(r"['’]s\s*(?:\([^()]*\)\s*)?$", text[max(sent.start, m.start() - 30) : m.start()]) else "officials"


def _names_no_source(text: str, sent, agencies: list, quotes: list) -> bool:
    """A sentence that names no organisation, reports no one's words and quotes nobody: a source
    named next to it may cover it."""
    if _SPEECH.search(text, sent.start, sent.end) or any(qs < sent.end and sent.start < qe for qs, qe in quotes):
        return False
    i = bisect_left([a.start for a in agencies], sent.start)
    while i < len(agencies) and agencies[i].start < sent.end:
        # "to retake control from Islamic State": a group fought or fled is not a source.
        if not _FOUGHT.search(text, max(sent.start, agencies[i].start - 16), agencies[i].start):
            return False
        i += 1
    return True


def _carried_cue(
    text: str, sentences: list, si: int, cues: list[Cue], agencies: list, quotes: list, resolver, before: str | None = None,
    across: bool = False, before_own: bool = True, src: int | None = None,
) -> Cue | None:
    """The source of the sentence before, for a sentence that names none and goes on with it.

    "Some 40,000 people have fled, according to IOM. Most of them are sheltering in schools."
    Only within a paragraph (`across`: into the next one too, as news sites give each sentence a paragraph
    of its own: "the Ministry of Interior said that 174 people have been reported injured.\n\nAt least 75
    people are currently missing"), from a sentence whose own cue names an agency (or whose figures the
    parse gave a source: `before`), and only when this sentence names no organisation, reports no one
    else's words and quotes nobody.
    """
    src = si - 1 if src is None else src
    if src < 0:
        return None
    sent, prev = sentences[si], sentences[src]
    # the same paragraph, or the line right after it (sites that put each sentence on a line of its own)
    crossing = resolver.paragraph_of(prev.start) != resolver.paragraph_of(sent.start) and "\n\n" in text[prev.end : sent.start]
    # (into the next paragraph only from a sentence whose source is its own, `before_own`: not a source
    # carried on and on)
    if crossing and (not across or before is None):
        return None  # (nor from a sentence that gave no figure: "..., as a UN official warned of a crisis.")
    own = [c for c in cues if c.sentence == src and c.agency and not c.conflict_only]
    # ("In addition, there were 637 injured in Mejene District": more of the same statement, though for another place)
    goes_on = _GOES_ON.match(text, sent.start) is not None
    ranked = _RANKED_NEXT.match(text, sent.start) is not None or goes_on or (not crossing and _MOST_NEXT.match(text, sent.start) is not None)
    if not own and before is not None and (before_own or not crossing or ranked):
        own = [Cue(prev.start, prev.start, prev.start, src, False, before, None)]
    if not own:
        return None
    if not _names_no_source(text, sent, agencies, quotes):
        return None
    # A place the sentence before did not name starts another topic ("In Dadu district, 12,000 families ...").
    # (the first place it names: "At least 743 people were injured in Izmir, and in neighboring provinces, five in
    # Manisa" goes on with Izmir's count, broken down)
    # (by name: a place no table knows is one place, whether written "Dhemaji" or "the Dhemaji district")
    before = {ev.entity.name for ev in resolver.between(prev.start, prev.end)}
    # (not a place the story listed before the source spoke: "in four states, Kelantan, Terengganu, Pahang and
    # Selangor ... According to Nadma, Kelantan has ... Terengganu has the second highest number")
    earlier = resolver.between(0, prev.start)
    listed = {
        e.entity.name for i, ev in enumerate(earlier) for n in [resolver.list_length(earlier[i:])] if n >= 3 for e in earlier[i : i + n]
    }
    if any(ev.entity.name not in before | listed for ev in resolver.between(sent.start, sent.end)[:1]) and not ranked:
        return None
    if goes_on and any(
        ev.entity.kind == "country" and ev.entity.name not in before for ev in resolver.between(sent.start, sent.end)
    ):
        return None  # ("The total number of deaths in Somalia has reached 50" after a count in Kenya: another country's)
    # ("..., AFAD said early Saturday, Anadolu Agency reports.": the agency whose words a wire passes on)
    media = {a.entity.name for a in agencies if a.entity.kind in MEDIA_KINDS}
    return next((c for c in reversed(own) if c.agency not in media), own[-1])


# A sentence that goes on down a ranking the one before began: "Isabela came second with 2,779 families", "Other
# provinces affected include Batanes (596 persons)" (the same source's, though it names another place)
# A sentence that goes on with the statement before ("In addition, there were 637 injured in Mejene District") or
# totals its counts ("The total number of internally displaced persons (IDPs) reached 6,370 families"): the same
# source's, though it names another place (not "In addition to the floods, ...")
_GOES_ON = re.compile(r"\s*(?:(?:In\s+addition|Additionally|Furthermore),|The\s+total\s+number\b|In\s+total\b|Altogether,)")
_RANKED_NEXT = re.compile(
    r"\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:came|comes|ranked|ranks|was|is|followed)\s+(?:in\s+)?(?:second|third|fourth|fifth|next)\b"
    r"|Other\s+(?:provinces|districts|regions|states|municipalities|counties|towns|areas)\s+(?:affected\s+)?(?:include|are|were)\b)")
# "Bogo City had the most fatalities with 30; followed by San Remigio with 22": the toll just given, by place (in the
# paragraph that gave it: not "Sudan had the largest displacement crisis in the world" in the next)
_MOST_NEXT = re.compile(
    r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:had|has|recorded|reported|registered|saw|accounted\s+for)\s+the\s+(?:most|highest|largest|biggest)\b")


def _remark(text: str, sentences: list, si: int, cues: list[Cue], agencies: list, quotes: list, numbers_in: list, resolver) -> bool:
    """A short sentence inside a paragraph that counts nothing and names no source, place or speaker ("Far
    fewer than some had speculated."): the source before it goes on over it."""
    sent = sentences[si]
    return (
        len(text[sent.start : sent.end].split()) <= 8  # (a long sentence between tells more than a remark)
        and not numbers_in[si] and not any(c.sentence == si for c in cues)
        and resolver.paragraph_of(sentences[si - 1].start) == resolver.paragraph_of(sent.start) == resolver.paragraph_of(sentences[si + 1].start)
        and not resolver.between(sent.start, sent.end) and _names_no_source(text, sent, agencies, quotes)
    )


def _following_cue(text: str, sentences: list, si: int, cues: list[Cue], agencies: list, quotes: list, numbers_in: list) -> Cue | None:
    """The source named right after a figure, in a sentence of its own that adds words but no number:
    "At least 17 people were killed in Idlib. The Observatory said most of them were civilians."
    Only when this sentence names no organisation, reports no one's words and quotes nobody."""
    if si + 1 >= len(sentences) or numbers_in[si + 1]:
        return None
    if not _names_no_source(text, sentences[si], agencies, quotes):
        return None
    nxt = [c for c in cues if c.sentence == si + 1 and c.agency and not c.conflict_only and not c.backward]
    return nxt[0] if nxt else None


# One that opens a quotation after a speaker and a colon or comma: 'He said: “On November 6 ...'
_SAID_QUOTE = re.compile(r"\b(?:" + _SAID_WORDS + r"|told\s+\w+)\s*[:,]\s*" + OPENING_QUOTE)


# 'Quote from Lysak: "...', 'Quote: "...': a paragraph that labels the quotation it opens with its speaker.
_LABELLED_QUOTE = re.compile(r"(?m)^Quote(?:\s+from\s+(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}))?:[ \t]*[\"“]")


def _labelled_quote(text: str, pos: int) -> re.Match | None:
    """The label of the quotation holding pos (_LABELLED_QUOTE), when no quotation mark closes it before pos."""
    last = None
    for last in _LABELLED_QUOTE.finditer(text, max(0, pos - 2000), pos):
        pass
    return last if last is not None and not re.search(r"[\"”]", text[last.end() : pos]) else None


# A headline that ends with its source: "... in northern Uganda - UN", "...: UNHCR".
_HEADLINE_CREDIT = re.compile(r"\s(?:[-–—]|:)\s*(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s*$")


def _quoted_run_opener(text: str, sentences: list, resolver: PlaceResolver, pos: int) -> int | None:
    """The index of the sentence that opened a run of quoted paragraphs holding the number at pos ('He said: “...’’.'
    and then “...’’. “...’’.), or None: pos's paragraph must open with a quotation mark not closed before pos, and so
    must every paragraph back to the one whose speaker opens the quotation after said, added, told X (with a colon or
    a comma); at most four paragraphs back."""
    pi = resolver.paragraph_of(pos)
    starts = resolver.paragraphs
    opening = opens_quotation(text, starts[pi])
    if opening is None or not inside_quotation(text, opening, pos):
        return None  # (the reporter's words after the quotation closed: '“Calm has returned.” The attack came ...')
    for back in range(pi - 1, max(-1, pi - 5), -1):
        if opens_quotation(text, starts[back]) is not None:
            continue  # (a quoted paragraph of the run)
        said = _SAID_QUOTE.search(text, starts[back], resolver.paragraph_end(back))
        return bisect_right(sentences, said.start(), key=lambda s: s.start) - 1 if said is not None else None
    return None


def _said_before(
    text: str, sentences: list, si: int, parsed: dict, speakers: SpeakerMemory, country: str | None, cues: list[Cue]
) -> Cue | None:
    """Who speaks in sentence si, as the rules read it or parsed here (it may hold no number); where that is a pronoun
    no one resolves, whoever the sentence before it names ("Katsina Police Public Relations Officer, Abubakar Sadiq
    Aliyu, ... said ... He said:"). A person who speaks for no organisation speaks for none ("Musa Bello, who lost two
    sons in the attack, said:")."""
    for k in (si, si - 1):
        if k < 0:
            return None
        if (rule := next((c for c in cues if c.sentence == k and c.agency and not c.conflict_only), None)) is not None:
            return rule
        sent = sentences[k]
        verbs = list(_SAYING.finditer(text, sent.start, sent.end))
        if not verbs:
            return None
        verb = verbs[-1]  # (the last verb of saying: what it reports follows it)
        if sent.start not in parsed:
            parsed.update(parse_spans(text, [(sent.start, sent.end)]))
        # (the speaker of what the verb reports, as for a figure there: "..., said the bandits shot sporadically")
        sp = speaker_of(parsed[sent.start], min(verb.end() + 1, sent.end - 1), country) if sent.start in parsed else None
        found = speakers.resolve(sp, k)
        if found is not None and found.agency:
            return found
        if sp is None or sp.head not in ("he", "she", "they"):
            return None
    return None


_SAYING = re.compile(r"\b(?:" + _SAID_WORDS + r"|told|confirmed)\b")


def _reported_after(text: str, sentences: list, si: int, numbers_in: list, speakers: SpeakerMemory, country: str | None) -> Cue | None:
    """"... has risen to 45, two more than on Friday. This was reported by a spokeswoman for the NRW Ministry of the
    Interior": the source the next sentence names for what came before it (parsed here: it holds no number)."""
    if si + 1 >= len(sentences) or numbers_in[si + 1]:
        return None
    nxt = sentences[si + 1]
    said = _THIS_WAS_BY.match(text, nxt.start, nxt.end)
    if said is None:
        return None
    parsed = parse_spans(text, [(nxt.start, nxt.end)]).get(nxt.start)
    if parsed is None:
        return None
    this = said.start(1)  # (the speaker of "This", which stands for the figures before, as the parse finds it)
    return speakers.resolve(speaker_of(parsed, this, country), si + 1)


_THIS_WAS_BY = re.compile(
    r"\s*((?:This|That|These|Those|The\s+(?:figures?|numbers?|toll|tally|data)))\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:\w+\s+)?(?:reported|confirmed|announced|given|released|stated|said|provided|published|shared)\s+by\s+")


# A count with its noun left out, for a place: "and 452 in Taroudant province", "four at the Vila Central Hospital".
_AND_BEFORE = re.compile(r"(?:\band|,)\s+$")
_WHEN_WORDS = r"(?:" + "|".join(vocab.MONTH_NAMES + vocab.WEEKDAY_NAMES) + r")\b"
_DAY_AFTER = re.compile(rf"\s+(?:(?:on|in)\s+{_WHEN_WORDS}|yesterday\b|today\b|overnight\b)")
# (not a month or a day: "13,000 in November" is when, the day ellipsis below)
# (the prepositions that tie a list's count to its place, read by _PLACE_LIST_GAP too)
_ITEM_PREPS = "in|at|from|around|near|across"
_ELLIPSIS_AFTER = re.compile(rf"\s+(?:(?:were|was)\s+)?(?P<prep>{_ITEM_PREPS})\s+(?:the\s+)?(?!{_WHEN_WORDS})(?P<name>{_NAME_START})")
# What may follow a list item's place: the list goes on, or the sentence ends.
_ITEM_END = re.compile(r"\s*(?:[,;.)\n]|$|(?:,\s*)?(?:and|while|whereas)\b)")
# A country's body that serves at home (see agency_home in extract_figures).
_SERVES_AT_HOME = re.compile(
    r"\b(?:disaster|emergency|civil\s+(?:defen[cs]e|protection)|health|police|interior|fire|rescue|relief)\b", re.I)


def _ellipsis_item(text: str, pos: int) -> re.Match | None:
    """The place a list's item names right after its count ("3,000 people around Heiban;"), when nothing but the
    list goes on after it (no verb of its own: not "300 people in Wau attended the vaccination campaign")."""
    m = _ELLIPSIS_AFTER.match(text, pos)
    name = _NAME.match(text, m.start("name")) if m else None
    return m if name and _ITEM_END.match(text, name.end()) else None


def _named_before(text: str, sent, num: Number, resolver: PlaceResolver) -> tuple[str | None, list]:
    """The name a count with its noun left out follows ("followed by Cachar with 109,798", "Peru, with over
    half a million"), with the place events it names: (None, []) when there is none, when a name with no
    "with" is no known place ("Peru, 500,000" must name one), or when the numbers are ages ("Sham
    Najjar, 6, and Jamal Nabahan, 8")."""
    m = _ELLIPSIS_BEFORE.search(text, max(sent.start, num.qstart - 40), num.qstart)
    if m is None or _AGES.search(text, sent.start, num.qstart):
        return None, []
    there = resolver.between(m.start("name"), m.end("name"), _ANY_ROLE)
    if not there and " with" not in m.group():
        return None, []
    return m.group("name"), there


_ANY_ROLE = ("here", "reference", "origin", "destination")
# The body a person named as a speaker serves, named right after them: "Commandant Vincent of the Monaco Fire Brigade"
_ORG_OF_PERSON = re.compile(
    r"\s*,?\s+(?:of|from|at|with)\s+the\s+(?P<org>(?:[A-Z][\w'’-]+\s+){1,4}(?:Brigade|Service|Department|Agency|Authority"
    r"|Office|Ministry|Corps|Society|Council|Committee|Commission|Directorate|Police|Guard|Unit|Centre|Center))\b")
_BY_SURNAME = re.compile(r"\b(?:according\s+to|said|says|told)\s+(?P<sur>[A-Z][a-z'’-]+)\b(?!\s+[A-Z])"
                         # ("Torrecarion said 2 people died", the surname opening its sentence)
                         r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<sur2>[A-Z][a-z'’-]+)\s+(?:said|says|told|added|confirmed|reported)\b")
_A_MINISTER_SAID = re.compile(r"\b[Aa]\s+(?:[a-z]+\s+)?minister\s+(?:said|says|told)\b")
# Between two counts of a list by place: "... around Talodi, 3,000 people around Heiban; 10,000 people in Rashad".
_PLACE_LIST_GAP = re.compile(
    rf"\s+(?:{_ITEM_PREPS})\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s*(?:[,;]\s*(?:and\s+)?|,?\s+and\s+)")
_RELIEF_KIT = re.compile(r"\b(?:relief|rescue|operational|emergency|ambulances?|aid|fire|water|medical|humanitarian|evacuation)\b", re.I)
_LIVES_AFTER = re.compile(r"\s+lives\b")
_OR_BETWEEN = re.compile(r"\s*,?\s*or\s+")
_BRACKET_OPENS = re.compile(r"[^\S\n]*\([^\S\n]*")
# (not the shelter sector of aid, "in shelter, WASH and health", "in shelter across Sindh"; nor shelters for survivors of
# violence, nor air-raid shelters "in the metro and in shelters")
# ("348 people were in shelters", "18 persons are currently in shelters": a verb of being between)
_IN_SHELTER = re.compile(r"(?:\s+(?:are|were|is|was|remain|remained|stay|stayed|now|currently|still)){0,2}"
                         r"\s+in\s+(?:(?:the|a|one|two|three|four|five|public|collective|evacuation|temporary)\s+)?[Ss]helters?\b"
                         r"(?!\s*[,/&]|\s+(?:and|across|for|sector|cluster|during)\b)")
# What undoes a whole's status for a part of it: "Two of the 9 fishermen missing since Friday were found alive"
_REVERSED = re.compile(r"(?:\s+[\w,]+){0,4}?\s+(?:(?:were|was|have\s+been|had\s+been|are|have|had)\s+)?(?:later\s+|since\s+)?"
                       r"(?:found\s+alive|released|freed|rescued|returned|discharged|recovered|survived|escaped|located|reunited)\b")
# Households under water ("60 households are submerged", "floods have inundated six households"), not people
_UNDER_WATER_AFTER = re.compile(r"\s+(?:are|were|have\s+been|had\s+been)\s+(?:submerged|inundated|flooded|under\s+water)\b")
_UNDER_WATER_BEFORE = re.compile(r"\b(?:inundat(?:ed|ing)|submerg(?:ed|ing)|flooding\s+in)\s+(?:(?:some|about|around|over|nearly)\s+)?$")
# (a bare count's: plural shelters, whatever follows: "with 42 in shelters, the commission said")
_IN_SHELTERS = re.compile(r"\s+in\s+(?:(?:the|public|collective|evacuation|temporary)\s+)?[Ss]helters\b")
# People in shelters from an attack, not displaced: "300 people were in shelters at the metro station as sirens sounded"
_TAKING_COVER = re.compile(r"\b(?:air[- ]?raids?|sirens?|bomb\s+shelters?|metro|underground|missiles?|drones?|rockets?|alerts?)\b", re.I)
_SEVERITY_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(vocab.HOW_BADLY)) + r")\b(?!\s+(?:injured|wounded|hurt|ill))")
_LIST_BETWEEN = re.compile(r"\s*[,:]\s*(?:and\s+)?|\s+and\s+|\s+[-–—]\s+")  # ("killing 11 people - seven women and four children")
_FURTHER = r"(?:[Aa]\s+further|[Aa]nother|[Aa]n\s+additional)"
_FURTHER_BEFORE = re.compile(rf"\b{_FURTHER}\s+$")
_ABROAD_WORDS = re.compile(r"\b(?:abroad|neighbou?ring\s+countr|across\s+the\s+border|other\s+countries|overseas)", re.I)
_REFUGE = re.compile(r"\b(?:sought|seeking|seek|seeks|took|taken|taking|take|found|finding)\s+refuge\b")
_NEXT_COUNT = (r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?"
               rf"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|{_FURTHER}\b)")
# What may follow an item of a list of counts: the next count, or the sentence's end (not "400 students, who were in class
# at the time, survived unhurt")
_ITEM_TAIL = re.compile(
    rf"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*(?:[.;)\n]|$|,?\s*(?:and|or)\s+{_NEXT_COUNT}|,\s*{_NEXT_COUNT})")
_LISTED_FURTHER = re.compile(rf"(?:,|\band)\s+{_FURTHER}\s+$")
_WHO_ARE = re.compile(r"\s+(?:who|that)\s+(?:are|were|is|was|remain|remained|have\s+been|had\s+been)\b")
# A sentence that goes on with the count of the one before, for other places.
_FOLLOWED_BY = re.compile(r"\s*(?:It|This|They|These)\s+(?:is|are|was|were)\s+(?:then\s+)?followed\s+by\b")
# What a count with its noun left out may count, named before it, that is no one (store/data/words.json).
_NOT_PEOPLE = re.compile(rf"\b(?:{'|'.join(map(re.escape, vocab.NOT_PEOPLE))})\b", re.I)
_AGES = re.compile(r"[A-Z][a-z'’-]+,\s+\d{1,2},?\s+and\s+")
# "followed by Cachar with 109,798", "Peru, with over half a million", "Ecuador, over 220,000"
# "followed by Madhubani (14), Araria (12)": the counts in brackets after places in a list
_ELLIPSIS_BEFORE = re.compile(
    r"(?:\b(?:and|by|then)\s+|[,;]\s+)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s*\(\s*|,?\s+(?:with\s+)?"
    r"(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least)\s+)?)$")
_EACH_IN_BRACKET = re.compile(r"\s+each\s*\)")


def _item_holding(items: list[BracketItem], num: Number) -> BracketItem | None:
    """The item (of the counts in brackets of lists of places, in text order) the number is inside, if any."""
    k = bisect_right(items, num.start, key=lambda m: m.start) - 1
    return items[k] if k >= 0 and items[k].start < num.start < items[k].end else None


_ASIDE_WORDS = re.compile(r"[A-Za-z'’-]+")
_COUNT_IN = re.compile(r"\d(?![\d.,]*\s*(?:%|per\s*cent|percent))")
# "including 80,215 children (40,830 girls and 39,385 boys) are": parts, then their verb (not past a clause of
# their own: "including 1,200 children whose parents were killed")
_PARTS_LEAD = re.compile(
    rf"\s*including\s+(?:(?!\b(?:who|whose|which|that|said)\b)(?:[^,;:()]|(?<=\d),(?=\d{{3}})|{BRACKETED_ASIDE})){{0,80}}?"
    r"\b(?:were|was|are|is|have|has)\b"
)
_PARTS_ASIDE = re.compile(r"\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b(?:[^,;:]|(?<=\d),(?=\d{3})){0,80}$")


_AGE_PHRASES = re.compile(r"\baged?\s+(?:from\s+|between\s+|under\s+|over\s+)?\d+(?:\s*(?:to|-|–|and)\s*\d+)?|\b\d+(?:\s*(?:to|-|–)\s*\d+)?[ -]years?[ -]old\b")


def _past_aside(text: str, sent, clause: tuple[int, int], np_end: int) -> tuple[int, int] | None:
    """The figure's clause run on past a short aside between commas, when the figure's noun ends its clause."""
    if text[np_end : clause[1]].strip(" ,\"”"):
        return None
    ci = sent.clauses.index(clause) if clause in sent.clauses else -1
    if 0 <= ci and ci + 1 < len(sent.clauses) and _PARTS_LEAD.match(text, sent.clauses[ci + 1][0]):
        # "Over 188,300 people, including 80,215 children (40,830 girls ...) are affected": the parts and
        # the verb after them in one clause
        return clause[0], sent.clauses[ci + 1][1]
    if ci < 0 or ci + 2 >= len(sent.clauses):
        return None
    aside = sent.clauses[ci + 1]
    body = text[aside[0] : aside[1]]
    # "28 people, including 11 children and three women, were killed": a list of its parts is an aside too.
    parts = _PARTS_ASIDE.match(body)
    # (an age in it is no count: "38 people, mostly young children aged from 3 to 6, were killed")
    if not parts and (len(_ASIDE_WORDS.findall(body)) > 6 or _COUNT_IN.search(_AGE_PHRASES.sub("", body))):
        return None  # an aside of its own, or one with another count in it (a share of the population is none)
    if text[aside[1] : aside[1] + 2].strip()[:1] not in (",", "—", "–") and not (parts and body.rstrip().endswith(")")):
        return None  # (a list of parts may end in brackets: "including 80,215 children (40,830 girls ...) are affected")
    return clause[0], sent.clauses[ci + 2][1]


def _outside(places: list, spans: list[tuple[int, int]], text: str) -> list:
    """Place names that are not part of a name: of an agency ("Syrian" in "Syrian Observatory"), of an
    agency's description in brackets (`spans`: agency_spans) or of a name in quotation marks ("a
    'Wilayat al-Sahel' or Islamic province")."""
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    return [p for p in places if p.start not in covered and p.end - 1 not in covered and not in_quoted_name(text, p)]


# A box's label in words of its own (not a headline's place or Title Case: "Greenland: Four Missing After Tsunami")
_LABELLED = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:population|people|persons|individuals|households|families|total)"
                       r":\s+(?:[a-z]+\s+){0,2}\d")  # (a label that names whom it counts: not "Death toll climbs: 45 killed")
_TABLE_ROW = re.compile(r"[^.!?:\n]{1,60}:\s*\d[\d,. ]*(?:\s+[a-z]+){0,3}$")  # ("Alas: 101 families affected")


# A key figure's line: a number, then the words that say what it counts (not a date line, "15 May 2024", nor a
# headline's "20 dead, 300 displaced" with its own commas)
_KEY_FIGURE_LINE = re.compile(
    rf"\d[\d,. ]*\+?(?:[ \t]?M)?[ \t]+(?!{_WHEN_WORDS})[A-Za-z][^,;:\n]*$", re.I)  # ("8,000+ evacuated")


# A table's row written as a line: a label of a few words, then its number (and perhaps an aside: "Injured 1,153 (210
# seriously)", "Total damaged 8,600 (estimate)")
_LABEL_THEN_COUNT = re.compile(
    r"(?![^\n]*\b(?:in|at|on|to|from|after|as|by|for|with|of)\s)"  # (a label, not a headline: "Floods in Kasese displace 3,000")
    r"[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Za-z'’-]+){0,5}[ \t]+\d[\d,.]*(?:[ \t]*\([^()\n]{1,40}\))?$")


# A headline that opens with its source and a colon: "MEMA: Death toll downgraded to 21", "UN: 500,000 flee"
_HEADLINE_BY = re.compile(r"[ \t]*(?P<by>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,5}):[ \t]+\S")
# ... or ends with it, its verb in Title Case: "Akosombo Dam Spillage Displaces Thousands in Ada, NADMO Reports"
_HEADLINE_BY_AFTER = re.compile(r",[ \t]+(?P<by>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4})[ \t]+(?:Says|Say|Reports|Report|Confirms|Warns)[ \t]*$")


def _headline_by(text: str, title_span: tuple[int, int] | None, agencies: list, g: Gazetteer) -> str | None:
    """The source a headline opens with, before a colon: a body the tables know, an acronym or a name that ends in an
    organisation's word ("Police:"); not a place or a topic ("Sudan: ...", "Floods: ..."). Or the one it ends with before
    its verb: a body the tables know or initials (", NADMO Reports"; not ", Sources Say")."""
    if title_span is None:
        return None
    m = _HEADLINE_BY.match(text, title_span[0], title_span[1]) or _HEADLINE_BY_AFTER.search(text, title_span[0], title_span[1])
    if m is None:
        return None
    known = next((a for a in agencies if a.start == m.start("by") and a.end == m.end("by")), None)
    if known is not None:
        return known.entity.name if known.entity.kind not in MEDIA_KINDS else None
    by = m.group("by")
    if m.re is _HEADLINE_BY_AFTER and not re.fullmatch(r"[A-Z]{2,8}", by):
        return None  # (a headline's last words name a body only by its initials: not ", Sources Say", ", Witnesses Say")
    if by.upper() in _NOT_HEADLINE_SOURCES or g.place(by, fuzzy=False) is not None:
        return None  # ("UPDATE:", "BREAKING:", "DRC:", "US:": a banner or a place)
    # (initials only when the story names them again: "MEMA: ..." then "MEMA announced")
    named_again = re.search(rf"\b{re.escape(by)}\b", text[title_span[1] :]) is not None
    return by if (re.fullmatch(r"[A-Z]{2,8}", by) and named_again) or by.split()[-1].lower() in ORG_WORDS else None


_NOT_HEADLINE_SOURCES = frozenset("UPDATE UPDATED BREAKING LIVE WATCH VIDEO PHOTOS PHOTO EXCLUSIVE OPINION ANALYSIS EDITORIAL FACTBOX EXPLAINER".split())


# A bulleted line: an item of a list (a hyphen or dash only with a space after it, as a bullet is typed)
_BULLET = re.compile(r"[ \t]*(?:[•▪◦·*]|[-–][ \t]|o[ \t]+(?=\d))[ \t]*\S")  # ("o 23,248 men": a bullet as PDF text renders it)


def _bulleted_under(text: str, num: Number, figures: list[dict]) -> str | None:
    """The status of a count on a bulleted line under a lead-in ending in a colon: that of the lead-in's last count where
    the lead-in ends with it ("including:", or a few words after it), else the one the lead-in's last sentence names;
    None elsewhere."""
    line_start = text.rfind("\n", 0, num.qstart) + 1
    if not _BULLET.match(text, line_start):
        return None
    above = line_above_list(text, line_start, _BULLET.match)
    if above is None or not above[1].rstrip().endswith(":"):
        return None
    start, line = above
    counted = [f for f in figures if start <= f["quote_start"] < start + len(line)]
    tail = line[counted[-1]["quote_end"] - start :] if counted else line
    if counted and (_LEADS_A_LIST.search(line) or (not re.search(r"[.!?;]\s", tail) and len(tail.split()) <= 8)):
        # "... 49,536 people who were affected by the floods, including:", "have displaced 3,000 people in two
        # prefectures:": the parts of the count it ends with
        return counted[-1]["status"]
    # (else what the lead-in's last sentence names: not "The cyclone killed 4 people ... Since then, the Red Cross has
    # distributed food to:", whose list is of people helped)
    tail = re.split(r"[.!?;]\s", tail)[-1]
    return said_status(tail) if not re.search(r"\d", tail) else None


def _list_lead(text: str, sentences: list, si: int) -> list[int]:
    """The sentences of the paragraph a bulleted list hangs from, for a sentence on one of its lines; [] elsewhere."""
    line_start = text.rfind("\n", 0, sentences[si].start) + 1
    if not _BULLET.match(text, line_start):
        return []
    above = line_above_list(text, line_start, _BULLET.match)
    if above is None:
        return []
    start, line = above
    end = start + len(line)
    if not _INTRODUCES_LIST.search(line) and not any(w in IMPLIED_STATUS or w in ("toll", "tolls", "totals") for w in re.findall(r"[a-z]+", line.lower())):
        return []  # ("Gov. Tate Reeves said schools would stay closed on Monday." says nothing of the counts after it)
    return [i for i in range(si - 1, -1, -1) if sentences[i].start < end and sentences[i].end > start][::-1]


# A paragraph that introduces the list after it: ends in a colon, or says the counts follow, by place (or names what
# they count: "The deaths occurred across four states ...")
_INTRODUCES_LIST = re.compile(
    r":\s*$|\b(?:following|below|as\s+follows|by\s+(?:county|district|province|state|region|parish|municipality|counties|districts))\b", re.I)


def _bare_place(name: str) -> str:
    """A place's name folded, without its kind word or "City" ("Makassar City" is Makassar)."""
    return re.sub(r"\s+(?:city|regency|municipality)$", "", base_name(without_kind(name)))


def _line_of(text: str, num: Number) -> str:
    end = text.find("\n", num.end)
    return text[text.rfind("\n", 0, num.qstart) + 1 : end if end >= 0 else len(text)]


def _lines_around(text: str, line_start: int, line_end: int) -> tuple[str, str]:
    """The nearest lines with words before and after the line (blank lines between skipped)."""
    before = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip()
    after = text[line_end:].lstrip().split("\n", 1)[0].strip()
    return before, after


_BULLET_COUNT = re.compile(r"(?:[•◦▪●*-]|o(?=\s+\d))\s*(?:[Aa]bout\s+|[Oo]ver\s+|[Aa]t\s+least\s+|[Mm]ore\s+than\s+)?\d")


# A report's sentence, which no headline opens so: "A total of 52 families ... were affected" (not a sentence-case
# subhead that repeats the body, "Over 100 people have been killed since March")
_SENTENCE_SHAPE = re.compile(r"^(?:A|The)\s+total\s+of\b")
# A count of people that ends its line in a colon: "The floods have displaced 3,000 people in two prefectures:"
_COUNT_THEN_COLON = re.compile(r"\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}(?:people|persons|individuals|families|households|children|residents)\b[^:]*:$")
# A sentence that goes on in the list under it ends in a colon after a word that introduces its parts ("including:",
# "as follows:"), not after a label ("Casualties:")
_LEADS_A_LIST = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+(?:them|whom)|as\s+follows|the\s+following|namely|of\s+whom)\s*:\s*$", re.I)


# The label over a list of other stories' headlines: "Read more:", "Related stories", "Also read", "You may also like"
_OTHER_STORIES = re.compile(
    r"(?:read\s+(?:more|also)|also\s+read|related(?:\s+(?:stories|articles|news|coverage|content|posts))?|more\s+(?:stories|news|on\s+this)"
    r"|see\s+also|recommended|trending|most\s+read|latest\s+(?:news|stories)|you\s+may\s+(?:also\s+)?like|top\s+stories)\s*:?", re.I)


def _under_other_stories(text: str, line_start: int) -> bool:
    """Is a bulleted line one of a list under a label of other stories (the lines above it up to the first that is no
    bullet)?"""
    end = line_start
    for _ in range(24):  # (a list of a dozen items, blank lines between; not the whole text split for each item)
        if end <= 0:
            break
        start = text.rfind("\n", 0, end - 1) + 1
        line, end = text[start : end - 1 if text[end - 1 : end] == "\n" else end], start
        if not line.strip():
            continue
        if not _BULLET.match(line):
            return _OTHER_STORIES.fullmatch(line.strip()) is not None
    return False


def _is_heading(text: str, sent) -> bool:
    """A line of its own with no closing punctuation, with more text after it: a headline or subhead.

    The last line of a text is a sentence that lost its full stop, not a heading.
    """
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    if line_end < 0 or not text[line_end:].strip() or "\n" in text[sent.start : sent.end]:
        return False
    line = text[line_start:line_end].strip()
    if _TABLE_ROW.match(line) or _LABELLED.match(line):
        return False  # "Dead: 14", a row of a report's table; "Affected population: around 20,000 persons ...": a box's
    if _KEY_FIGURE_LINE.match(line) and any(_KEY_FIGURE_LINE.match(n) for n in _lines_around(text, line_start, line_end)):
        return False  # "1,09 M Internally displaced persons" / "97 084 People who have Returnees": a key-figures box
    if _LABEL_THEN_COUNT.match(line) and any(_LABEL_THEN_COUNT.match(n) for n in _lines_around(text, line_start, line_end)):
        return False  # "Earthquake fatalities 48" / "Missing 3": a table's rows, the label first and no colon
    if _BULLET_COUNT.match(line) or (_BULLET.match(line) and not _under_other_stories(text, line_start)):
        # "• 1 person seriously injured", "HIGHLIGHTS ... • Israeli strike kills 73 people in Beit Lahiya": an item of a
        # bulleted list (not under "Read more:", where the items are other stories' headlines)
        return False
    if _SENTENCE_SHAPE.search(line):
        return False  # "A total of 52 families or 194 persons were affected in 8 Barangays": a report's sentence, its stop lost
    if _LEADS_A_LIST.search(line) or (line.endswith(":") and _COUNT_THEN_COLON.search(line)):
        # "... 49,536 people who were affected by the floods, including:", "The floods have displaced 3,000 people in two
        # prefectures:": a sentence the list under it goes on
        return False
    return (
        # (a line ending in a semicolon or a comma is an item of a list that goes on, not a heading)
        sent.start <= line_start + 1 and len(line.split()) <= 16 and not re.search(r"[.!?\"”’');,]$", line)
        and not wrapped(text, line_end)
    )
