"""Numbers as journalists write them, with their qualifiers, and the ones that are not figures.

`find_numbers` returns every candidate amount in a text: digits ("2,500",
"1.5 million"), words ("three", "a million", via text2num), vague amounts
("hundreds", "tens of thousands") and ranges ("10,000-15,000", "between 10
and 15"). `trap` says why a candidate is not a figure (a year, a date, a
distance...), or None. Whether it counts people is decided later, from the
words around it (extract/context.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import text2num

from store.vocab import MAX_VALUE, STATUS_TERMS, SUBJECT_TERMS, THING_SUBJECTS, VAGUE_BOUNDS, WEEKDAY_NAMES

from . import tokens

_CARDINALS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion"
).split()
_CARD = "(?:" + "|".join(_CARDINALS) + ")"
# Fractions of a scale word: "a quarter of a million", "one and a half million", "half a million".
_FRACTION = (
    rf"(?:{_CARD}|a)\s+and\s+a\s+half\s+(?:million|billion|thousand)"
    r"|(?:a|one)\s+(?:million|billion)\s+and\s+a\s+half"
    r"|(?:a|one|three)[\s-]quarters?\s+(?:of\s+)?(?:a\s+)?(?:million|billion)"
    r"|half\s+(?:of\s+)?a\s+(?:million|billion)"
)
# "one lakh people", "two crore": the South Asian scales after a number written in words.
_SOUTH_ASIAN_SCALE = rf"(?:\s+(?:lakhs?|crores?)\b(?:\s+(?:and\s+)?{_CARD}(?:(?:\s+and\s+|[\s-]){_CARD}\b)*)?)?"
_WORDNUM = (
    rf"(?:{_FRACTION}|half\s+a\s+dozen|{_CARD}\s+dozen(?!s)|(?:a|one)\s+(?:dozen|{_CARD}(?:(?:\s+and\s+|[\s-]){_CARD}\b)*)"
    rf"|{_CARD}(?:(?:\s+and\s+|[\s-]){_CARD}\b)*){_SOUTH_ASIAN_SCALE}"
)
# Thousands grouped by commas ("2,500") or by a (non-breaking) space as reports write them ("90 000").
# Thousands grouped by commas, spaces, or full stops as much of the world writes them ("6.300 people",
# "700.000"; not "6.3" nor "1.500 million", which are decimals).
_DIGITS = (
    # (a decimal comma before a scale, as much of the world writes it: "1,5 million", a key figure's "1,09 M")
    r"\d{1,3},\d{1,2}(?=\s*-?\s*(?:million|billion)\b|[ \t]?M[ \t])|"
    # (South Asian grouping, by hundreds above the thousands: "1,21,247 people" is 121,247)
    r"\d{1,2},(?:\d\d,)+\d{3}(?!\d|,\d)|"
    # (thousands grouped by spaces end at a full stop, a decimal point needing a digit after it: "injured more than 10 000.")
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d,.]|\s*-?\s*(?:million|billion|thousand|lakh|crore|per\s*cent|percent|%))|\d+(?:\.\d+)?"
)
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")  # "1,5" of "1,5 million" (see _DIGITS)
# South Asian reporting counts in lakhs (100,000) and crores (10,000,000): "2.14 lakh people".
_SCALE = r"(?:\s*-?\s*(?:million|billion|thousand|lakhs?|crores?)\b)"
# Longest forms first: "hundreds of thousands" before "hundreds".
_VAGUE = (
    r"(?:tens|hundreds)[\"”]?\s+of\s+(?:thousands|millions)"
    r"|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)\b(?!s)"
    r"|many\s+thousands"
    r"|dozens|scores|hundreds|thousands|millions"
)
# Every alternative starts at a word boundary with a digit or one of these letters; checking
# that first lets the regex skip most positions cheaply.
NUMBER = re.compile(
    rf"\b(?=[\dabdefhmnostABDEFHMNOST])(?:(?P<vague>{_VAGUE})\b"
    rf"|(?<![\w.,/$€£¥-])(?P<digits>(?:{_DIGITS}){_SCALE}?)(?:\s*[-–—]\s*(?P<hi>(?:{_DIGITS}){_SCALE}?))?(?![\w/])(?!\.\d)(?!,\d{{1,2}}\b)"
    rf"|\b(?P<words>{_WORDNUM})\b(?!-[A-Za-z]))",
    re.I,
)

tokens.register(
    tokens.NUMBER,
    " ".join(_CARDINALS) + " half a one tens hundreds several many dozens scores thousands millions",
    case_insensitive=True,
)

# Vague phrases in the text -> the VAGUE_BOUNDS key they stand for.
_VAGUE_KEYS = {
    "tens of thousands": "tens of thousands",
    "hundreds of thousands": "hundreds of thousands",
    "tens of millions": "millions",
    "hundreds of millions": "millions",
    "several hundred": "several hundred",
    "a few hundred": "several hundred",
    "several thousand": "several thousand",
    "a few thousand": "several thousand",
    "many thousands": "thousands",
    "several dozen": "dozens",
    "a few dozen": "dozens",
    "dozens": "dozens",
    "scores": "scores",
    "hundreds": "hundreds",
    "thousands": "thousands",
    "millions": "millions",
}

# Qualifier words just before a number. Anchored at the end of the text before it.
_QUALIFIER = re.compile(
    # ("the toll went up to 17": it rose to 17, no more than 17)
    r"(?:\b(?P<up_to>(?<!\bwent )(?<!\bgone )(?<!\bgoes )(?<!\bgoing )up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than|just\s+under|under|below"
    r"|no\s+more\s+than|a\s+maximum\s+of)"
    r"|\b(?P<at_least>at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of)"
    r"|\b(?P<more_than>more\s+than|just\s+over|over|upwards\s+of|in\s+excess\s+of|above|exceeding|exceeded"
    r"|exceeds|topped|tops|topping|surpassed|passed|greater\s+than)"
    r"|\b(?P<about>about|around|approximately|roughly|some|nearly|almost|close\s+to|an\s+estimated|estimated"
    r"|an\s+approximate|circa|more\s+or\s+less|approx\.|ca\.))"
    r"\s*[\"“]?\s*$",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s*$", re.I)
# A count changed by an amount, "rose by (about) ...", and the words that may stand before the amount: read here (no
# range after them) and by figures.py and context.py (the count it changed to).
CHANGED_BY = (r"(?:rose|risen|rises|rising|increased|increases|jumped|climbed|grew|grown|went\s+up|fell|fallen|dropped"
              r"|decreased|declined|went\s+down|up|down)\s+by")
ROUGHLY = r"(?:another|about|around|some|over|nearly|almost|a\s+further)"
# "from 64 to 27", "rose by three to seven": a change from or by one count to another, no range
_FROM = re.compile(rf"\b(?:from|{CHANGED_BY}(?:\s+{ROUGHLY})?)\s*$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|or)\s*$", re.I)

_WEEKDAYS = {d.lower() for d in WEEKDAY_NAMES}
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\bUS\$|\b(?:USD|EUR|GBP|Rs\.?))\s*$")
# A rate, not a count: "100 people per square kilometre", "3 deaths per 1,000 births", "per capita".
_RATE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?per\s+(?:square|sq\b|km|kilomet|mile|capita|hectare|\d|thousand|hundred|million|inhabitants|population)", re.I)
_UNIT_AFTER = re.compile(
    r"\s*-?\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b|km2?\b|kms\b|kilomet(?:er|re)s?\b|miles?\b"
    r"|mi\b|metres?\b|meters?\b|m\b|feet\b|ft\b|foot\b|yards?\b|inch(?:es)?\b|cm\b|mm\b|kg\b|kilo(?:gram)?s?\b"
    r"|tonnes?\b|tons?\b|hectares?\b|acres?\b|sq(?:uare)?\b|degrees?\b|°|dollars?\b|euros?\b|pounds?\b|pence\b"
    r"|cents?\b|usd\b|eur\b|gbp\b|francs?\b|rupees?\b|yuan\b|yen\b|dinars?\b|riyals?\b|liras?\b|lira\b"
    r"|pesos?\b|shillings?\b|naira\b|cedis?\b|kwacha\b|birr\b"
    # a currency by its country: "2,121 Swiss francs", "40,000 East Caribbean dollars"
    r"|(?:[a-z.]+\s+){1,2}(?:dollars?|francs?|pounds?|rupees?|pesos?|shillings?|dinars?|riyals?)\b"
    r"|a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|o'clock|hours?\b|hrs?\b|minutes?\b|mins?\b|seconds?\b|days?\b"
    r"|nights?\b|weeks?\b|months?\b|years?\b|yrs?\b|decades?\b|centur(?:y|ies)\b|times\b|storey|story"
    r"|lit(?:re|er)s?\b|gallons?\b|megawatts?\b|mw\b|watts?\b|volts?\b|bed(?:ded)?\b|seat(?:er)?\b|capacity\b"
    r"|-?(?:year|month|week|day)s?-old\b|strong\b|[a-z]+-(?:long|old|year|day|hour|week|month)\b)",
    re.I,
)
# Month names are matched capitalised only, so that "may" the verb stays out.
_CAP_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_BEFORE = re.compile(rf"\b{_CAP_MONTH}\.?\s*$")
# ("on 7 and 11 October", "between 3 and 5 March", "12-14 June": days of one month)
_DATE_AFTER = re.compile(
    rf"\s*(?:st|nd|rd|th)?\s*(?:(?:and|-|–)\s*\d{{1,2}}\s*(?:st|nd|rd|th)?\s*)?(?:of\s+)?{_CAP_MONTH}\b"
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|by|until|till|from|before|after|during|through|to|early|late|mid|the|year|summer|winter"
    r"|spring|autumn|fall|between|and|this|last|next)\s*-?\s*$",
    re.I,
)
_TIME_AFTER = re.compile(r"[:.]\d\d(?:\b|(?=[ap]\.?m\b))", re.I)  # ("around 10:30pm")
# (an age after any verb too: "Eight of those killed were younger than 18")
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|age\s+of|ages\s+of|aged\s+between|aged\s+about|aged\s+around|younger\s+than|older\s+than)\s*$", re.I)
_AGE_PEOPLE_BEFORE = re.compile(
    r"\b(?:children|child|kids|boys|girls|people|men|women|adults|babies|infants|those)\s+(?:under|over|above|below"
    r"|younger\s+than|older\s+than|aged)\s*$",
    re.I,
)
# A person's name and a comma before an age, and what may follow the age: "Patrick Wakuwema, 4, Seera ...".
_NAME_AGE_BEFORE = re.compile(r"(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bfrom\s)\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3},\s*$")
_AGE_AFTER_NAME = re.compile(r"\s*(?:,|\band\b|\.|;|$)")
_CAPITAL_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w.]*)\s+$")
# A place after a preposition, and people counted after the number: "in Aleppo 22 civilians were killed".
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|at|near|from|across|around|inside|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$")
# Nouns a number labels: "Zone 3", "Camp 4", "Ward 5".
# A status word before a number is a table's label, not a name holding digits: "Population Evacuated 116129".
_STATUS_LABELS = frozenset(w for e in STATUS_TERMS.values() for w in e.get("words", ()) if " " not in w)
_LABEL_NOUNS = frozenset("""camp zone phase block ward gate sector brigade division route road highway flight area district
    region unit building room section level grade article resolution chapter stage team group battalion regiment corps
    squad station bus line terminal hall site plot lot village""".split())
# A count's fate right after it (with its verb): "in Chittagong 30 were dead and nine injured", "six were killed"
# (read by places.py too: a clause with a count of its own)
FATE_AFTER = re.compile(r"\s+(?:(?:were|are|have\s+been|had\s+been|remain|remained)\s+)?(?:dead|died|killed|injured|wounded|missing)\b", re.I)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(
        {w for k, e in SUBJECT_TERMS.items() if k not in THING_SUBJECTS + ("houses",) for w in [*e.get("words", ()), *e.get("text", ())]},
        key=len, reverse=True)) + r")\b"
)
_SAID_THAT = re.compile(r"\b(?:[a-z]+ed|said|says|say|told|tells|shows|show|reveals|indicates|states|confirms|reports|adds)\s+that\s*$", re.I)
_PRONOUN_ONE = re.compile(r"\b(?:no|the|any|every|each|this|that|which|someone|anyone|only)\s*$", re.I)
# "only one Henryville resident died": after "only", a count of one where a person's noun follows (not "the only one")
_ONLY_BEFORE = re.compile(r"\bonly\s*$", re.I)
_ONE_FAMILY_AFTER = re.compile(r"\s+(?:family|household|clan)\b", re.I)
_ONE_PERSON_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+|[a-z]+\s+)?(?:" + "|".join(sorted(
        {w for k, e in SUBJECT_TERMS.items() if k not in THING_SUBJECTS + ("houses",) for w in e.get("singular", ())},
        key=len, reverse=True)) + r")\b"
)


@dataclass
class Number:
    start: int  # where the number itself starts (after any qualifier)
    end: int
    qstart: int  # where the qualifier starts (== start when there is none)
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    kind: str  # "digits", "words" or "vague"
    surface: str


def _digits_value(s: str) -> float | None:
    s = s.strip().lower()
    scale = 1
    m = re.search(r"(million|billion|thousand|lakh|crore)s?$", s)
    if m:
        scale = {"million": 1_000_000, "billion": 1_000_000_000, "thousand": 1000, "lakh": 100_000, "crore": 10_000_000}[m.group(1)]
        s = s[: m.start()].rstrip(" -")
    if _DECIMAL_COMMA.fullmatch(s):
        s = s.replace(",", ".")  # "1,5 million" (a decimal comma only stands before a scale: see _DIGITS)
    try:
        s = re.sub(r"[,\s\u00a0\u202f]", "", s)
        if scale == 1 and _DOT_GROUPED.fullmatch(s):
            s = s.replace(".", "")
        if scale == 1:
            return float(s)
        # Exact decimal arithmetic: 4.1 * 1,000,000 in floats is 4099999.9999999995, not a whole number.
        return float(Decimal(s) * scale)
    except (ValueError, ArithmeticError):
        return None


_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_HALF_AFTER = re.compile(r"(?P<whole>.+?) and a half (?P<scale>million|billion|thousand)|(?:a|one) (?P<scale2>million|billion) and a half")
_PART_OF_SCALE = re.compile(r"(?P<part>half|a quarter|one quarter|three quarters) (?:of )?(?:a )?(?P<scale>million|billion)")


def words_value(s: str) -> int | None:
    """A number written in words, through text2num ("twenty-five" -> 25, "a million" -> 1000000,
    "a quarter of a million" -> 250000, "one and a half million" -> 1500000)."""
    s = re.sub(r"[\s-]+", " ", s.strip().lower())
    m = re.fullmatch(r"(?P<times>.+?) (?P<scale>lakh|crore)s?(?: (?:and )?(?P<rest>.+))?", s)
    if m:
        # "two lakh fifty thousand": 250,000
        times, scale = words_value(m.group("times")), 100_000 if m.group("scale") == "lakh" else 10_000_000
        rest = words_value(m.group("rest")) if m.group("rest") else 0
        return times * scale + rest if times is not None and times < 100 and rest is not None and rest < scale else None
    if s in ("a dozen", "one dozen"):
        return 12
    if s == "half a dozen":
        return 6
    if s.endswith(" dozen"):
        times = words_value(s[: -len(" dozen")])  # "two dozen survivors": 24
        return times * 12 if times is not None and times < 100 else None
    m = _PART_OF_SCALE.fullmatch(s)
    if m:
        share = {"half": (1, 2), "a quarter": (1, 4), "one quarter": (1, 4), "three quarters": (3, 4)}[m.group("part")]
        return _SCALES[m.group("scale")] * share[0] // share[1]
    m = _HALF_AFTER.fullmatch(s)
    if m:
        if m.group("scale2"):
            return _SCALES[m.group("scale2")] * 3 // 2
        whole = words_value(m.group("whole"))
        scale = _SCALES[m.group("scale")]
        return None if whole is None or whole >= 1000 else whole * scale + scale // 2
    if s.startswith("a "):
        s = "one " + s[2:]
    try:
        return int(text2num(s, "en"))
    except (ValueError, TypeError):
        return None


# The last words a qualifier can end with (see _QUALIFIER).
_QUALIFIER_ENDS = (
    "to", "as", "than", "under", "below", "of", "least", "over", "above", "exceeding", "exceeded", "exceeds",
    "topped", "tops", "topping", "surpassed", "passed", "about", "around", "approximately", "roughly", "some",
    "nearly", "almost", "estimated", "approximate", "circa", "less", "approx.", "ca.",
)


def _qualifier(text: str, start: int) -> tuple[str, int]:
    """The qualifier just before `start` and where it begins."""
    window_start = max(0, start - 30)
    # Only space and one quote mark may follow the qualifier: skip the search when the
    # (ASCII) last letters before them end none of its words.
    tail = text[window_start:start].rstrip()
    if tail[-1:] in ('"', "“"):
        tail = tail[:-1].rstrip()
    tail = tail[-13:]
    if tail.isascii() and not tail.lower().endswith(_QUALIFIER_ENDS):
        return "exact", start
    m = _QUALIFIER.search(text, window_start, start)
    if m and m.end() == start:
        return m.lastgroup or "exact", m.start()
    return "exact", start


_MEGA = re.compile(r"[ \t]?(M)[ \t]+[A-Za-z]")
_SPACED_THOUSANDS = re.compile(r",[ \t](\d{3})(?=[ \t]+[a-z]|[.,;)])")
_CUT_DIGITS = re.compile(r"[,.]\d+[A-Za-z]")
_OR_SO = re.compile(r"[ \t]+or[ \t]+(so|more)\b[”\"]?", re.I)


_DIMENSION = re.compile(r"\s?[×xX]\s?\d")
_DIMENSION_BEFORE = re.compile(r"\d\s?[×xX]\s?$")


def find_numbers(text: str, start: int = 0, end: int | None = None, starts: list[int] | None = None) -> list[Number]:
    """Every candidate amount in text[start:end], in order, ranges merged.

    `starts` are the offsets where a number may begin (tokens.triggers(text).numbers),
    computed once per article; without them the text is tokenized here.
    """
    end = len(text) if end is None else end
    if starts is None:
        starts = tokens.triggers(text).numbers
    out: list[Number] = []
    for m in tokens.matches(NUMBER, text, starts, start, end):
        if out and m.start() < out[-1].end:
            continue  # the "000" of "61, 000", read with the number before it
        if m.group("vague"):
            phrase = re.sub(r"[\"”]", "", re.sub(r"\s+", " ", m.group("vague").lower()))
            key = _VAGUE_KEYS[phrase]
            low, high = VAGUE_BOUNDS[key]
            out.append(Number(m.start(), m.end(), m.start(), None, low, high, "vague", "vague", m.group(0)))
            continue
        if m.group("digits"):
            if _CUT_DIGITS.match(text, m.end()):
                continue  # "164,881CHF": the match stopped inside a longer run of digits and letters
            if _DIMENSION.match(text, m.end()) or _DIMENSION_BEFORE.search(text, max(0, m.start() - 3), m.start()):
                continue  # "five 4×4 vehicles", "a 2x2 metre tent": a vehicle's or a thing's dimensions, no count
            lo = _digits_value(m.group("digits"))
            hi = _digits_value(m.group("hi")) if m.group("hi") else None
            mega = _MEGA.match(text, m.end()) if lo is not None and hi is None and re.search(r"[.,]", m.group("digits")) and not text[
                text.rfind("\n", 0, m.start()) + 1 : m.start()].strip() else None
            if mega:
                # a key figure's line "1,09 M Internally displaced persons" (only a decimal there: "120 M and 130 F"
                # is men and women, and a "7.4M earthquake" in a sentence a magnitude)
                lo = float(Decimal(str(lo)) * 1_000_000)
            elif _DECIMAL_COMMA.fullmatch(m.group("digits")):
                continue  # (a decimal comma with no scale: none)
            if hi is not None and re.search(r"[a-z]$", m.group("hi"), re.I) and not re.search(r"[a-z]$", m.group("digits"), re.I):
                # "1.5-2 million": the scale of the second number applies to the first.
                lo = _digits_value(m.group("digits") + " " + m.group("hi").split()[-1].lstrip("-"))
            if lo is None or lo != int(lo) or (hi is not None and hi != int(hi)):
                continue  # "3.4" alone is a measure, not a count of people
            kind = "digits"
        else:
            lo = words_value(m.group("words"))
            hi = None
            if lo is None:
                # "between four and eight deaths": two numbers the pattern read as one ("four and eight" is none)
                left, sep, right = m.group("words").rpartition(" and ")
                a, b = (words_value(left), words_value(right)) if sep else (None, None)
                scale = right.split()[-1].lower() if sep and right.split() else ""
                if a is not None and scale in ("hundred", "thousand", "million", "billion") and not re.search(
                    r"\b(?:hundred|thousand|million|billion)\b", left, re.I
                ):
                    a = words_value(f"{left} {scale}")  # "between two and three thousand": 2,000 to 3,000
                if a is not None and b is not None and b > a:
                    qualifier, qstart = _qualifier(text, m.start())
                    between = _BETWEEN.search(text, max(0, m.start() - 12), m.start())
                    out.append(Number(m.start(), m.end(), between.start() if between else qstart, a, a, b, "range", "words", m.group(0)))
                continue
            kind = "words"
        lo = int(lo)
        if lo > MAX_VALUE:
            continue
        qualifier, qstart = _qualifier(text, m.start())
        if hi is not None and int(hi) > lo:
            out.append(Number(m.start(), m.end(), qstart, lo, lo, int(hi), "range", kind, m.group(0)))
            continue
        num = Number(m.start(), m.end(), qstart, lo, None, None, qualifier, kind, m.group(0))
        if kind == "digits" and mega:
            num.end, num.surface = mega.end(1), text[m.start() : mega.end(1)]
        if kind == "digits" and 1 <= lo <= 999 and re.fullmatch(r"\d+", m.group(0)) and (
            spaced := _SPACED_THOUSANDS.match(text, m.end())
        ) and not _date_before(before := text[max(0, m.start() - 40) : m.start()]) and not _age_before(before):
            # "61, 000 people displaced", "40, 501 people": thousands typed with a space after the comma
            num.value = lo = lo * 1000 + int(spaced.group(1))
            num.end, num.surface = spaced.end(1), text[m.start() : spaced.end(1)]
        if qualifier == "exact" and (after := _OR_SO.match(text, m.end())):
            # "“10 or so” people have been killed", "20 or more people": the qualifier after the number
            num.qualifier = "about" if after.group(1).lower() == "so" else "at_least"
            num.end = after.end()
        if qualifier == "exact" and kind == "digits" and text.startswith("+", num.end) and not text[num.end + 1 : num.end + 2].isdigit():
            # "8,000+ evacuated", "130,000+ emergency services personnel deployed": that many or more (not a sum: "3+2")
            num.qualifier, num.end = "at_least", num.end + 1
        if num.qualifier == "up_to":
            num.high = lo
        elif num.qualifier in ("at_least", "more_than"):
            num.low = lo
        out.append(num)
    return _merge_ranges(text, out)


def _merge_ranges(text: str, nums: list[Number]) -> list[Number]:
    """"10 to 15", "between 10 and 15", "two or three" -> one range figure."""
    out: list[Number] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        # ("nine or 10 bodies": a style guide's words below ten, digits above, one range)
        if b is not None and a.value is not None and b.value is not None and (
            a.kind == b.kind or {a.kind, b.kind} == {"words", "digits"}
        ) and a.qualifier != "range":
            gap = text[a.end : b.start]
            joined = _RANGE_JOIN.fullmatch(gap) if len(gap) <= 6 else None
            word = gap.strip().lower()
            before = text[max(0, a.qstart - 24) : a.qstart]
            ok = joined and b.value > a.value and (
                (word in ("to", "-", "–", "—") and not _FROM.search(before))
                or (word == "and" and _BETWEEN.search(before))
                or (word == "or" and b.value < 100)
            )
            if ok:
                qstart = a.qstart
                if word == "and":
                    qstart = _BETWEEN.search(before).start() + max(0, a.qstart - 24)
                out.append(Number(a.start, b.end, qstart, a.value, a.value, b.value, "range", a.kind, text[a.start : b.end]))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# The end-anchored patterns below can only match near the end of the text before a number:
# where they must end (past trailing space) is known, so the search starts close to it, or is
# skipped when the last letters cannot end a match (checked only for ASCII, where case is simple).
_AGE_ENDS = ("aged", "age", "ages", "of", "between", "about", "around", "than")
_AGE_PEOPLE_ENDS = ("under", "over", "above", "below", "than", "aged")


def _money_before(s: str) -> bool:
    # A currency sign or code of at most three characters, then only space.
    return _MONEY_BEFORE.search(s, max(0, len(s.rstrip()) - 3)) is not None


def _date_before(s: str) -> bool:
    # A month name of at most nine letters and a dot, then only space.
    return _DATE_BEFORE.search(s, max(0, len(s.rstrip()) - 10)) is not None


def _may_end(s: str, ends: tuple[str, ...], width: int) -> bool:
    tail = s.rstrip()[-width:]
    return not tail.isascii() or tail.lower().endswith(ends)


def _age_before(s: str) -> bool:
    return _may_end(s, _AGE_ENDS, 7) and _AGE_BEFORE.search(s) is not None


def _age_people_before(s: str) -> bool:
    return _may_end(s, _AGE_PEOPLE_ENDS, 5) and _AGE_PEOPLE_BEFORE.search(s) is not None


# "half of Gaza's population of 2.3 million has sought refuge": a share of it did (not "a population of
# 200,000 has been besieged", the count itself).
_POPULATION_OF = re.compile(
    r"\b(?:half|third|thirds|quarter|quarters|per\s*cent|percent|majority|most)\s+of\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:population|inhabitants)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)

# "leaving most of Guam's 170,500 residents in need of food": a share of a place's people did (the count is
# its population; not "many of the 300 people injured", a count of its own)
_SHARE_OF = re.compile(
    r"\b(?i:half|third|thirds|quarter|quarters|majority|most)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*['’]s\s+(?i:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|an\s+estimated\s+)?$")
_ALL_BUT = re.compile(r"\b(?:all|everyone|everybody)\s+but\s+$", re.I)
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather|mum|dad)\s+of\s+$", re.I)
# "400 fewer people than on Monday": how much a count fell, no count of anyone (while "14,802 more deaths than
# expected", "two more than on Friday" are the dead beyond the others)
_DIFFERENCE_AFTER = re.compile(r"\s+(?:fewer|less)\s+(?:[a-z]+\s+){0,2}?than\b", re.I)

# "in the city of about 300,000 residents", "a country of 30 million people": how many live there, not a
# count of what happened to them ("a camp home to 24,000 displaced" is one, so "home to" is not here).
_SIZE_OF_PLACE = re.compile(
    r"\b(?:(?:city|town|village|country|nation|region|province|district|state|island|capital|municipality|county)"
    r"\s+of)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|more\s+than\s+"
    r"|approximately\s+|an\s+estimated\s+)?$", re.I)


_AGE_BAND = re.compile(r"\d\s+(?:under|below)[\s-]*$", re.I)


# A count and its word right before a number that ends its paragraph: "16.082 displaced 4."
_FOOTNOTE_AFTER = re.compile(r"\d[\d.,]*\s+(?!(?:from|to|of|at|by|in|on|with|and|or)\s)[a-z]+\s+$")  # (not "rose to 14 from 9.")


def trap(text: str, num: Number, sentence_start: int) -> str | None:
    """Why a candidate is not a figure (a year, date, time, age, distance, duration,
    percentage, money or a name holding digits), or None when it may be one."""
    # (the words before it within its own paragraph: "... said to be children\n\nOver 100 people" is no age)
    para = text.rfind("\n\n", max(0, num.qstart - 40), num.qstart)
    before = text[max(0, num.qstart - 40, para + 2 if para >= 0 else 0) : num.qstart]
    right_before = text[max(0, num.start - 40, para + 2 if para >= 0 else 0) : num.start]
    after = text[num.end : num.end + 40]
    if num.kind == "vague":
        return None
    same = before == right_before  # no qualifier: the words before it are checked once
    if _money_before(right_before) or (not same and _money_before(before)):
        return "money"
    if _UNIT_AFTER.match(after) or _RATE_AFTER.match(text, num.end):
        return "unit"
    if _TIME_AFTER.match(after):
        return "time"
    if num.kind == "digits":
        if _date_before(right_before) or _DATE_AFTER.match(after):
            return "date"
        if num.value < 10 and num.qstart == num.start and _FOOTNOTE_AFTER.search(right_before) and re.match(r"\.?\s*(?:\n|$)", after):
            return "footnote"  # "154 missing and 16.082 displaced 4.": a footnote's mark after a count and its word
        if re.fullmatch(r"\d{4}", num.surface) and 1800 <= num.value <= 2100:
            if _YEAR_BEFORE.search(before) or not re.match(r"\s+[a-z]", after):
                return "year"
        if num.qualifier == "range" and re.fullmatch(r"\d{4}\s+(?:and|to|-|–)\s+\d{4}", num.surface) and 1800 <= (num.low or 0) < (num.high or 0) <= 2100:
            return "year"  # "between 2010 and 2015": years, whatever follows
        cap = _CAPITAL_BEFORE.search(right_before)
        if cap and num.qstart == num.start:
            word_start = num.start - len(right_before) + cap.start()
            w = cap.group(1).lower().rstrip(".")
            if word_start > sentence_start and w not in _WEEKDAYS and w not in _STATUS_LABELS and not (
                w not in _LABEL_NOUNS and _PLACE_BEFORE.search(right_before) and (
                _PEOPLE_AFTER.match(after) or (FATE_AFTER.match(after) and not 1800 <= num.value <= 2100))
            ):  # ("In Nepal 22 people were killed", "in Chittagong 30 were dead", its comma never written: a place, then a
                # count; not "In Zone 3 people")
                return "name"
    # "children under 5": "under" reads as a qualifier, so the words before it are checked too.
    if _age_before(before) or _age_people_before(before) or (not same and _age_people_before(right_before)):
        return "age"
    if re.search(r"\(\s*$", right_before) and re.match(r"\s*\)", after):
        return "age"
    if num.value is not None and num.value < 19 and _AGE_BAND.search(right_before) and re.match(r"[\s-]+(?:children|kids|years?|yrs)\b", after, re.I):
        return "age"  # "1,434 Under 5 children": a count of children under five, not five children
    if num.value is not None and num.value < 120 and _NAME_AGE_BEFORE.search(right_before) and _AGE_AFTER_NAME.match(after):
        return "age"  # "Mary Kimono, 13, and another boy": a person's age after their name
    if num.kind == "digits" and right_before.endswith("[") and after.startswith("]"):
        return "note"  # "acute food shortages [1]": a footnote's mark
    if _POPULATION_OF.search(before) or _SIZE_OF_PLACE.search(before) or _SHARE_OF.search(before):
        return "population"
    if _PARENT_OF.search(right_before):
        return "family"  # "an internally displaced mother of three": her children, no count
    if _ALL_BUT.search(right_before):
        return "exception"  # "All but two of the bodies ... were recovered": the two were not
    if _DIFFERENCE_AFTER.match(after):
        return "difference"  # "About 400 fewer people than on Monday were still in shelters"
    if num.kind == "words" and num.surface.lower() == "one":
        if re.match(r"\s+(?:of|another|by|after|day|side)\b", after, re.I) or (
            # "Five members of one family were killed": the same family, no count of one (not "four people from one
            # family remain at one relief centre", where reports count the family too)
            _ONE_FAMILY_AFTER.match(after) and re.search(r"\bmembers\s+of\s*$", right_before, re.I)
        ) or (
            _PRONOUN_ONE.search(right_before) and not _SAID_THAT.search(right_before)  # (not "disclosed that one person was killed")
            and not (_ONLY_BEFORE.search(right_before) and _ONE_PERSON_AFTER.match(after))
        ):
            return "pronoun"
    return None
