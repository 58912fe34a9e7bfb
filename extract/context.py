"""What a number counts (subject) and what happened to them (status), from the words around it.

The subject is the head noun right after the number ("2,500 ISIS fighters",
"hundreds of troops"); the status is the nearest status word or phrase after
that noun ("children remain trapped", "people dead") or just before the number
("killed 21 civilians", "a toll of 1,500 civilians"). A number followed by a
noun that counts anything else ("25 buildings") is not a figure.
"""

from __future__ import annotations

import re
from itertools import takewhile

from store import vocab

from . import tokens
from .dates import DATE_NUMBERS
from .numbers import NUMBER, ROUGHLY, Number
from .sentences import words

# Head nouns -> subject, from store/data/words.json ("words" and "text"). Singular heads count only for
# "one civilian"; elsewhere they are modifiers ("2,000 child soldiers", "10,500 civilian deaths").
# Two-word heads ("aid workers") are checked before single words.
SUBJECT_NOUNS: dict[str, str] = {}
SINGULAR_NOUNS: dict[str, str] = {}
SUBJECT_PAIRS: dict[tuple[str, str], str] = {}
for _subject, _entry in vocab.SUBJECT_TERMS.items():
    for _key, _table in (
        ("words", SUBJECT_NOUNS), ("text", SUBJECT_NOUNS), ("singular", SINGULAR_NOUNS), ("singular_text", SINGULAR_NOUNS)
    ):
        for _noun in _entry.get(_key, ()):
            _parts = tuple(_noun.split())
            if len(_parts) == 2:
                SUBJECT_PAIRS.setdefault(_parts, _subject)
            elif len(_parts) == 1:
                _table.setdefault(_noun, _subject)
# A people named by its demonym counts people ("9 Nepalis", "128 Palestinians"); store/vocab.py keeps the list.
for _word in vocab.COUNTRY_OF_DEMONYM:
    if _word.endswith("s"):
        SUBJECT_NOUNS.setdefault(_word, "people")
# Heads that say what happened but not to whom: the modifier before them names the subject.
_GENERIC_HEADS = {"deaths", "dead", "casualties", "fatalities", "victims", "bodies"}

# A head noun implies a status when the text gives none ("40 bodies" were killed): "heads" in words.json.
# ("N IDP families", read by subject_after, get a head of their own here, not in words.json's heads, which questions read
# as typed phrases: "idp families registered" asks for families)
_IDP_FAMILIES = "idp families"
IMPLIED_STATUS = {head: status for status, entry in vocab.STATUS_TERMS.items() for head in entry.get("heads", ())} | {
    _IDP_FAMILIES: "displaced"}

# Nouns that say a status only as the noun of a running count: "the total number of new arrivals is 1,416".
TOLL_IMPLIED = IMPLIED_STATUS | {head: status for status, entry in vocab.STATUS_TERMS.items() for head in entry.get("toll_heads", ())}

# Heads that are a status whatever verb follows ("1 dead and the evacuation of 60 families").
_STATUS_HEADS = {"dead", "deaths", "death", "fatalities", "fatality", "bodies", "body", "corpses", "corpse", "evacuees", "idps", "injuries", "injury", "arrests"}

# Words that end a noun phrase without being its head.
_NP_STOP = set(
    """in on at from to with by for and or but as into onto over under near across after before during since
    who which that whom whose were was are is be been being have has had will would may might could can should
    must do did does remain remained remains remaining stay stayed still now also reportedly there here this these
    those the a an their its his her they them than including among while when where if so not
    killed dead died wounded injured hurt missing trapped fled displaced detained arrested besieged stuck
    living live lives left according said say says need needs needed require requires required face faces faced
    facing lack lacks depend depends rely relies nationwide countrywide overall altogether combined sustained
    suffered rendered became become evacuated relocated homeless arrived arrive arrives kidnapped abducted
    monday tuesday wednesday thursday friday saturday sunday yesterday today tonight overnight""".split()
)  # (the day after a number is when, not what is counted: "rose to 13 Monday afternoon")
# A passive verb right after a count: "110 were rescued".
# ("two of them were later rescued": the part of a count before, with a verb of its own)
OWN_VERB = re.compile(
    r"(?:\s+of\s+(?:them|whom|those|these))?\s+(?:were|was|are|is|(?:have|has|had)\s+(?:already\s+|since\s+|now\s+|also\s+)?been)\s+"
    r"(?:(?:\w+ly|later|since|then|also|eventually|already)\s+)?([a-z]+(?:ed|en)|found)\b"
)


def own_verb(text: str, pos: int) -> re.Match | None:
    """The passive verb a count has of its own right after it ("110 were rescued", "two of them were later
    rescued"), not a noun that names a part ("and 12 were children")."""
    own = OWN_VERB.match(text, pos)
    if own is not None and own.group(1).lower() in SUBJECT_NOUNS and own.group(1).lower() not in PARTICIPLES:
        return None
    return own


# What befalls a part of a count that takes it out of the count's status: "Four people went missing ... and two
# of them were later rescued" (not "12 of whom were unaccompanied children", "Ten of them were beheaded").
SPARED = frozenset("rescued saved freed released found discharged recovered evacuated".split())


_TEAMS = frozenset("team teams contingent".split())  # (not a ship's crew or a group's delegation: no one sent)
# A count by sex standing alone ("20 male, 29 female"; not "20 female soldiers", counted by what they are).
SEXES = {"male": "people", "males": "people", "female": "women", "females": "women"}
# Words that hedge a status right after a count: "16 reported missing", "12 feared dead".
_HEDGED = frozenset("reported confirmed feared believed presumed".split())
# Participles that stand as adjectives before a noun: "36 besieged localities" counts localities.
PARTICIPLES = {"killed", "dead", "wounded", "injured", "trapped", "besieged", "stranded", "detained", "missing", "displaced",
               "kidnapped", "abducted"}
# Words between a count and its noun that say nothing of what is counted ("one confirmed death").
_MODIFIERS_OK = {"more", "other", "additional", "further", "extra", "new", "fresh", "confirmed", "reported", "recorded", "known"}
_RELATIVE = {"who", "that", "whom", "which"}
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ians|ans|is|ese|ds|ks|ins)$")
# Verbs after a people's name that show it is the head ("5.7 million Haitians face acute hunger").
_DEMONYM_VERBS = {"face", "faced", "facing", "need", "needed", "needing", "depend", "rely", "lack", "suffer",
                  # ("Over 11,000 Togolese seek refuge in Benin")
                  "seek", "seeks", "sought", "flee", "flees", "fled", "fleeing", "arrive", "arrived", "arriving", "crossed"}
# "42 of the dead were women": groups a number can be a part of.
_SUBGROUP_OF = {"dead", "killed", "victims", "wounded", "injured", "casualties", "missing", "bodies"}
_QUOTE_TOKENS = {'"', "“", "”", "'", "‘", "’"}

# Status words and phrases, from store/data/words.json ("words", "text" and "patterns"), in its priority
# order where one phrase could be read two ways. Inside each status, longer phrases first.


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


_STATUS_PHRASES = [
    (status, "|".join(
        [_phrase(w) for w in sorted(vocab.terms(entry, "words", "text"), key=len, reverse=True)] + entry.get("patterns", [])
    ))
    for status, entry in vocab.STATUS_TERMS.items()
]
_STATUS = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _STATUS_PHRASES) + r")\b", re.I
)
# The first word of every status phrase above (the status search is tried only where one starts).
tokens.register_folded(
    tokens.STATUS,
    " ".join(
        w.split()[0] for entry in vocab.STATUS_TERMS.values() for w in vocab.terms(entry, "words", "text", "pattern_starts")
    ),
)
# Status words that say people came somewhere ("arriving", "poured into"): read as fled unless the clause
# says more about them.
_ARRIVAL = {"arriv", "poure", "pouri", "strea", "flock", "flood"}
# Words that cost nothing between a status word and its number or noun.
_AUX = set(
    """a an the of to have has had been be being were was are is will would may might could can should must still
    also reportedly believed thought feared said reported now already all currently likely expected allegedly
    apparently then who that which whom both more some estimated further yet up at least as many about around
    nearly than over almost found identified confirmed recorded registered newly rendered became become""".split()
)
# A forward search stops at a subordinate clause: "killed 21 civilians as they tried to escape".
_SUBORDINATE = re.compile(
    # ("registered as displaced", "reported as missing" go on: the "as" names their status)
    r"\b(?:(?<!registered\s)(?<!identified\s)(?<!recorded\s)(?<!counted\s)(?<!listed\s)(?<!reported\s)(?<!confirmed\s)as|when|while|after|before|because|since|until|although|though|but|whereas|if|unless|amid|despite"
    r"|following|including|whose)\b|[;(]",
    re.I,
)
# ... but not an "as" before a status word that ends the sentence: "registering 992,649 individuals as displaced"
_AS_A_STATUS = re.compile(r"\s+(?:internally\s+)?(?:displaced|missing|dead|injured|wounded|homeless)\b(?=\s*(?:[.;)\n]|$))")

# What ends a list of parts before the verb could be reached: another clause, a speaker.
_PARTS_END = re.compile(r"[;:()]|\b(?:said|says|told|who|which|that)\b")
# (a word in -ed after an article describes a part, it is not its verb: "including a suspected gunman, have died")
_PAST = re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b[a-z]+ed\b")
# "80,215 children (40,830 girls and 39,385 boys) are affected": a short aside in brackets inside the parts
BRACKETED_ASIDE = r"\([^()]{1,60}\)"
_BRACKETED = re.compile(BRACKETED_ASIDE)
# The verb after the parts of a figure: "including three children were killed", "including one child, went missing".
_PART_VERB = re.compile(r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been"
                        r"|(?:went|have\s+gone|has\s+gone|became|have\s+become)(?=\s+(?:missing|homeless|unaccounted)\b))\b", re.I)

CONFLICT_PEOPLE = {"fighters", "troops", "soldiers", "personnel"}
_CONFLICT_KEEP = {"killed", "injured", "casualties", "missing", "detained", "deployed", "present", "affected"}


_HOW_BADLY = vocab.HOW_BADLY


# Cases of a disease, counted as people affected (words.json's "diseases"): "53 suspected yellow fever cases", "600 cases
# of pneumonia", or "8,276 cases" in a report on an outbreak; not "9 SGBV cases", "cases of sexual violence", "police
# registered 12 cases", "in 9 out of 10 cases"
_OUTBREAK = re.compile(r"\b(?:outbreaks?|epidemics?)\b(?!\s+of\s+(?:violence|fighting|war|clashes|unrest|hostilities|protests?))", re.I)
_LEGAL = re.compile(r"\b(?:police|court|courts|lawsuits?|filed|against|charges|charged|criminal|crimes?|prosecutors?|judicial)\b", re.I)
_RATIO_BEFORE = re.compile(r"\bout\s+of\s+$", re.I)
_FATAL = frozenset({"fatal", "deadly"})


def _counts_cases(text: str, num: Number, modifiers: list[str], head_end: int, clause_end: int) -> bool:
    """Does "<count> <modifiers> cases" count people with a disease?"""
    if _RATIO_BEFORE.search(text, max(0, num.qstart - 10), num.qstart):
        return False  # "in 9 out of 10 cases": a share
    of = re.match(r"\s+of\s+((?:[\w-]+\s+){0,3}[\w-]+)", text[head_end : head_end + 80])
    if of is not None:
        return vocab.DISEASE_NAMED.search(of.group(1)) is not None  # "cases of pneumonia" (not "of sexual violence")
    if vocab.DISEASE_NAMED.search(" ".join(modifiers)):
        return True  # "1,200 new cholera cases"
    if not all(m in vocab.CASE_QUALIFIERS for m in modifiers):
        return False  # ("9 SGBV cases", "399 contact cases")
    # "47 cases", "34 suspected cases": where the sentence tells of a disease or an outbreak, or the text does and the
    # sentence is no police or court report
    start = max(text.rfind(". ", 0, num.qstart), text.rfind("\n", 0, num.qstart)) + 1
    sentence = text[start:clause_end]
    return vocab.DISEASE_NAMED.search(sentence) is not None or _OUTBREAK.search(sentence) is not None or (
        (vocab.DISEASE_NAMED.search(text) is not None or _OUTBREAK.search(text) is not None) and not _LEGAL.search(sentence))


# Counts listed before the one noun they share: "12 and 7 people", "12, 7 and 3 families"
_SHARED_NOUN = re.compile(r"(?:[ \t]*,[ \t]*\d[\d,.]*)*[ \t]*,?[ \t]+and[ \t]+\d[\d,.]*[ \t]+(?P<noun>[A-Za-z]+)\b")


def subject_after(text: str, num: Number, clause_end: int) -> tuple[str | None, int, str | None]:
    """(subject, end of the noun phrase, head noun) for the words after a number.

    subject is a SUBJECTS value, "bare" (no noun: "thousands have fled"),
    "others" ("wounding 43 others"), "relative" ("15 who were..."),
    "partitive" ("20 of them"), or None when the number counts something else
    ("25 buildings", "one of the largest").
    """
    toks = words(text, num.end, min(clause_end, num.end + 120))
    i = 0
    while i < len(toks) and toks[i][2] in _QUOTE_TOKENS:
        i += 1
    if i + 2 < len(toks) and toks[i][2] == "(" and toks[i + 1][2] == str(num.value) and toks[i + 2][2] == ")":
        i += 3  # "seven (7) evacuation centers": the number again in digits, as reports write it; the noun comes after
    if i >= len(toks):
        return "bare", num.end, None
    if i + 2 < len(toks) and toks[i][2].lower() in ("under", "below") and toks[i + 1][2].isdigit() and int(toks[i + 1][2]) < 19:
        i += 2  # "1,434 Under 5 children": an age band before the noun
    partitive = False
    if toks[i][2].lower() == "of":
        nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
        if nxt in ("them", "whom", "those", "these", "which"):
            partitive = True
            i += 2
        elif num.kind == "vague" or (num.surface.lower().startswith(("a ", "one ")) and num.value in (12, 1_000_000)):
            i += 1
            if i < len(toks) and toks[i][2].lower() == "the":
                i += 1
        elif nxt == "the" and i + 2 < len(toks) and (
            toks[i + 2][2].lower() in _SUBGROUP_OF
            or (toks[i + 2][2].replace(",", "").isdigit() and i + 3 < len(toks) and toks[i + 3][2].lower() in _SUBGROUP_OF)
        ):
            # "42 of the dead were women", "two of the wounded died", "60 of the 200 dead are said to be
            # children": a part of the dead or wounded.
            k = i + 2 if toks[i + 2][2].lower() in _SUBGROUP_OF else i + 3
            group = toks[k][2].lower()
            j = k + 1
            if j + 1 < len(toks) and toks[j][2].lower() in ("were", "was", "are"):
                hedge = [w[2].lower() for w in toks[j + 1 : j + 4]]
                if hedge in (["said", "to", "be"], ["believed", "to", "be"], ["thought", "to", "be"], ["reported", "to", "be"]):
                    j += 3  # "are said to be children"
                noun = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
                sub = SUBJECT_NOUNS.get(noun) or SINGULAR_NOUNS.get(noun)
                if sub:
                    return sub, toks[j + 1][1], group
            return "people", toks[i + 2][1], group
        elif nxt == "the" and (whole := _part_of_a_count(toks, i + 2)) is not None:
            # "39 of the initial 75 workers remain unaccounted for", "Twelve of the 39 residents injured later died": a part
            # of the count after it, who they are its noun (the verb after it says what became of the part)
            return whole
        elif num.surface.lower() != "one" and nxt in ("the", "its", "their", "his", "her"):
            i += 2  # "150 of the agency's staff"
        else:
            return None, num.end, None
    first = toks[i][2].lower() if i < len(toks) else ""
    if first == "reports" and i + 3 < len(toks) and toks[i + 1][2].lower() == "of" and toks[i + 2][2].lower() in PARTICIPLES | {"missing"} and (
        (who := toks[i + 3][2].lower()) in SUBJECT_NOUNS
    ):
        return SUBJECT_NOUNS[who], toks[i + 3][1], who  # "43 reports of missing persons had been received": each a person
    if not partitive and first in _RELATIVE:
        return "relative", num.end, None
    if (shared := _SHARED_NOUN.match(text, num.end)) is not None and (noun := shared.group("noun").lower()) in SUBJECT_NOUNS and not (
        num.value is not None and 1900 <= num.value <= 2100 and num.surface.isdigit()  # (not "between 2010 and 2015 people died")
    ):
        return SUBJECT_NOUNS[noun], num.end, noun  # "12 and 7 people died", "12, 7 and 3 people": the noun of the last
    if first == "others":
        return "others", toks[i][1], None
    if first in _HOW_BADLY and (i + 1 >= len(toks) or not toks[i + 1][2][:1].isalpha()):
        return "bare", toks[i][1], None  # "25 people were wounded, including 10 seriously": a part, by how badly
    if first == "more" and not partitive:
        after = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
        # (not "two more search teams to arrive": more of something else, whose noun is read below)
        status_next = i + 1 < len(toks) and _STATUS.match(text, toks[i + 1][0]) is not None
        if after not in SUBJECT_NOUNS and after not in SINGULAR_NOUNS and not after.isdigit() and (
            not after or not after[:1].isalpha() or after in _NP_STOP or status_next or after.endswith("ly")
            or after in ("later", "then", "subsequently", "succumbed")
        ):
            return "others", toks[i][1], None  # "100 killed and 500 more injured": more of the same people
    content = False
    modifier: str | None = None
    for j in range(i, min(i + 6, len(toks))):
        tok = toks[j][2]
        low = tok.lower()
        if j + 1 < len(toks):
            pair = SUBJECT_PAIRS.get((low, toks[j + 1][2].lower()))
            if pair:
                return pair, toks[j + 1][1], toks[j + 1][2].lower()
        if low == "displaced" and not content and j + 1 < len(toks) and SUBJECT_NOUNS.get(toks[j + 1][2].lower()) == "families":
            return "families", toks[j + 1][1], toks[j + 1][2].lower()  # "300 displaced families" counts families
        if low in vocab.CASE_NOUNS and _counts_cases(text, num, modifiers := [t[2].lower() for t in toks[i:j]], toks[j][1], clause_end):
            # "53 suspected yellow fever cases": each a person affected ("12 fatal cholera cases": dead)
            return "people", toks[j][1], "deaths" if _FATAL & set(modifiers) else low
        if low in SUBJECT_NOUNS and not (low in ("dead", "displaced") and content) and not (low == "arrests" and content):
            # (not "40 cardiac arrests": an arrest is a person's only unqualified)
            if low in _GENERIC_HEADS and modifier:
                return modifier, toks[j][1], low  # "10,500 civilian deaths"
            if modifier == "displaced" and SUBJECT_NOUNS[low] == "families":
                # "23,835 IDP families have been registered": displaced families, where the text says nothing else of them
                # (not "1,200 IDP families returned to their areas of origin")
                return "families", toks[j][1], _IDP_FAMILIES
            return SUBJECT_NOUNS[low], toks[j][1], low
        if low in SINGULAR_NOUNS:
            if num.value == 1 and (not content or (j - i <= 2 and all(
                t[2].isalpha() and t[2].lower() not in SINGULAR_NOUNS and t[2].lower() not in _NOT_ONES_KIND for t in toks[i:j]))):
                # ("one elderly man died", "only one Henryville resident died": a word or two describing the one)
                return SINGULAR_NOUNS[low], toks[j][1], low
            modifier = SINGULAR_NOUNS[low]
            content = True
            continue
        nxt = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
        # ("17 Indians, 14 British, four South Africans": a nationality's adjective is its people too)
        if (_DEMONYM.match(tok) or (tok[:1].isupper() and low in vocab.COUNTRY_OF_DEMONYM and low.endswith(("sh", "ch", "ss")))
                or (tok[:1].isupper() and low.endswith("s") and low[:-1] in vocab.COUNTRY_OF_DEMONYM)) and (
            not nxt or nxt in _NP_STOP or nxt in _DEMONYM_VERBS or not nxt.isalpha()
        ):
            return "people", toks[j][1], low
        if low in PARTICIPLES and not content and j + 1 < len(toks):
            # "5 wounded soldiers" counts soldiers; "36 besieged localities" counts no one.
            nxt_tok = toks[j + 1][2]
            if nxt_tok.lower() in SUBJECT_NOUNS and nxt_tok.lower() not in ("dead", "displaced"):
                return SUBJECT_NOUNS[nxt_tok.lower()], toks[j + 1][1], nxt_tok.lower()
            if (
                nxt_tok.isalpha() and nxt_tok.islower() and nxt_tok.endswith("s") and not nxt_tok.endswith("ss")
                and nxt_tok not in _NP_STOP and nxt_tok not in _AUX
            ):
                return None, num.end, None
        if partitive and j == i and low in ("were", "was", "are", "is") and j + 1 < len(toks):
            # "17 of them were children": the part is named after the verb.
            nxt_tok = toks[j + 1][2].lower()
            sub = SUBJECT_NOUNS.get(nxt_tok) or SINGULAR_NOUNS.get(nxt_tok)
            if sub:
                return sub, toks[j + 1][1], nxt_tok
        if low in ("and", "or") and content and not modifier and j + 2 < len(toks) and toks[j + 1][2].isalpha() and toks[j + 1][2].islower() \
                and toks[j + 2][2].lower() in SUBJECT_NOUNS and not toks[j - 1][2].lower().endswith("s") and toks[j + 1][2].lower() not in PARTICIPLES \
                and not NUMBER.fullmatch(toks[j + 1][2]):
            # (not "killed 30 goats and displaced people": a noun, then a verb of another clause; nor "35 rescued and six
            # bodies retrieved": a count of its own after the "and")
            continue  # "30 pregnant and lactating women": two words describing one group
        if low == "lives" and modifier:
            return modifier, toks[j][1], low  # "claimed 51 human lives"
        if low in _NP_STOP or (not tok[0].isalnum() and tok not in ("-",) and tok not in _QUOTE_TOKENS):
            break
        if tok == "-" and j + 1 < len(toks) and toks[j + 1][2] == "-":
            break  # "16 Icelanders--Half Children--Feared Dead": a dash (typed as two hyphens) ends the noun phrase
        if tok == "-" and text[toks[j][0] - 1 : toks[j][0]].isspace() and text[toks[j][0] + 1 : toks[j][0] + 2].isspace():
            break  # "bringing the death toll to 16 - and have located ...": a dash typed as a spaced hyphen ends it too
        if tok == "-" and j == i and nxt in ("member", "person", "strong") and j + 2 < len(toks) and (
            toks[j + 2][2].lower() in _TEAMS or (j + 3 < len(toks) and toks[j + 3][2].lower() in _TEAMS)
        ):
            # "a 12-member team", "a 30-strong rescue team": the members of a team sent somewhere
            k = j + 2 if toks[j + 2][2].lower() in _TEAMS else j + 3
            return "personnel", toks[k][1], toks[k][2].lower()
        if low in SEXES and not content and (not nxt.isalpha() or (
            # "(13 male and 14 female)", not "12 female and 8 male students"
            nxt in ("and", "or") and j + 3 < len(toks) and toks[j + 3][2].lower() in SEXES
            and (j + 4 >= len(toks) or not toks[j + 4][2].isalpha())
        ) or (nxt in ("and", "or") and j + 2 < len(toks) and NUMBER.fullmatch(toks[j + 2][2])
              and (j + 3 >= len(toks) or toks[j + 3][2].lower() not in SEXES))):
            # ("57 are male, five female and three children": another count after the "and"; not "12 female and 8 male
            # students", whose noun is after both)
            # "49 adults (20 male, 29 female)": a breakdown by sex, the women named as such
            return SEXES[low], toks[j][1], low
        if low == "arriving" and not content and nxt in ("in", "at", "into", "from", "to", "on"):
            break  # "with over 30,000 arriving in Za'atri camp": the verb (not "300 arriving families")
        if low == "affected" and not content and nxt in ("", ".", ",", ";", "and", "or", "by", "in", "while", "when"):
            break  # "22 people were killed and 600 affected": the verb, not "600 affected districts"
        adverb = low.endswith("ly") and len(low) > 4
        who_next = j + 2 < len(toks) and toks[j + 2][2].lower() in SUBJECT_NOUNS
        if adverb and nxt in PARTICIPLES and who_next:
            continue  # "30 badly wounded soldiers": how badly, then who
        if (low in _HEDGED or (adverb and j == i and not who_next)) and nxt in PARTICIPLES | {"drowned", "hurt"}:
            # ("including one seriously injured", "two critically wounded": how badly, then the status)
            break  # "a further 16 reported missing", "12 feared dead": the count stands alone
        if tok[0].isdigit():
            break
        if low in _MODIFIERS_OK:
            continue
        content = True
    if partitive:
        return "partitive", toks[i - 1][1] if i > 0 else num.end, None
    if content:
        return None, num.end, None
    return "bare", num.end, None


_QUALIFIER_PAIRS = frozenset({("more", "than"), ("at", "least"), ("up", "to"), ("fewer", "than"), ("less", "than")})


def _part_of_a_count(toks: list, k: int) -> tuple[str, int, str] | None:
    """(subject, end of its noun, noun) of "[an adjective] 75 workers" at toks[k], after "N of the", or None."""
    if k + 1 < len(toks) and (toks[k][2].lower(), toks[k + 1][2].lower()) in _QUALIFIER_PAIRS:
        k += 2  # ("the more than 600 detainees", "the at least 40 passengers")
    elif k < len(toks) and toks[k][2].isalpha() and toks[k][2].islower() and toks[k][2] not in SUBJECT_NOUNS:
        k += 1  # ("the initial 75 workers", "the some 600 detainees")
    if k + 1 < len(toks) and toks[k][2].replace(",", "").isdigit() and (noun := toks[k + 1][2].lower()) in SUBJECT_NOUNS and (
        noun not in _STATUS_NOUNS
    ):  # (not "Ten of the 2,000 displaced people were injured": a noun that says a lasting status is the whole's, read as before)
        return SUBJECT_NOUNS[noun], toks[k + 1][1], noun
    return None


# Who people are that says their status, whatever verb is near ("... including 111,000 IDPs and 31,000 recent
# returnees"); not every head the vocabulary gives a status ("80,000 displaced from other parts of Syria" living under a
# group's rule keep the whole's)
# Words before a noun that make "one" no count of a person: "counted as one whole body"
_NOT_ONES_KIND = frozenset("whole entire same such".split())
OWN_STATUS_HEADS = {"returnees": "returned", "idps": "displaced", "evacuees": "displaced"}
# Nouns that say a lasting status of their own: those, and the displaced and refugees
_STATUS_NOUNS = frozenset(OWN_STATUS_HEADS) | {"displaced", "refugees"}


_STATUS_RIGHT_BEFORE = re.compile(r"\b(?:bodies|body|remains)\s+of\s+(?:the\s+)?$", re.I)


def _distance(text: str, start: int, end: int) -> int:
    """Words between two offsets that carry meaning (auxiliaries and articles are free)."""
    return sum(1 for _, _, w in words(text, start, end) if w.lower() not in _AUX and w[0].isalnum())


# A status word that describes places, not people: "affected areas", "flooded districts".
_OF_PLACES = re.compile(
    r"\s+(?:areas?|regions?|districts?|communities|zones?|provinces?|parts|countries|villages|neighbou?rhoods|sites|towns)\b",
    re.I,
)


# "a ferry with 300 people aboard ran aground without injuries": harm denied is no status of the count (harm
# only: "left without shelter" or "without electricity" is the status itself)
# (not "not only killed", "were not seriously injured": hurt still, or hurt lightly)
_NEGATION = re.compile(r"\b(?:without|no|zero)\s+(?:[a-z]+\s+)?$|(?:\bnot|\bnever|n['’]t)\s+(?!(?:only|just|merely|simply|seriously|critically|badly|severely|gravely|fatally)\s)(?:[a-z]+\s+)?$", re.I)
_HARM = frozenset({"killed", "injured", "casualties", "missing"})
# A status word that labels the next count: "... and the death toll to 5", "and the death count stood at 12".
_LABEL_OF_NEXT = re.compile(r"\s+(?:toll|count|tally|figure)\s+(?:[a-z]+\s+){0,2}", re.I)


def _negated(text: str, m: re.Match) -> bool:
    return m.lastgroup in _HARM and _NEGATION.search(text, max(0, m.start() - 24), m.start()) is not None


def status_near(
    text: str,
    num: Number,
    np_end: int,
    clause: tuple[int, int],
    prev_end: int,
    next_start: int,
    starts: list[int] | None = None,
) -> tuple[str | None, int]:
    """(status, distance) of the status word nearest to the figure, or (None, 99).

    `starts`: where a status word may begin (tokens.triggers(text).statuses), computed once per article.
    """
    if starts is None:
        starts = tokens.triggers(text).statuses
    # Forward: from the end of the noun phrase to the clause end, the next number
    # or a subordinate clause, whichever comes first.
    fwd_end = min(clause[1], next_start)
    sub = _SUBORDINATE.search(text, np_end, fwd_end)
    if sub and sub.group(0).lower() == "as" and _AS_A_STATUS.match(text, sub.end()):
        # "registering 992,649 individuals (90,756 families) as displaced": an "as" before a status word that ends the
        # sentence names the status (not "as injured, dead and missing were still being counted")
        sub = _SUBORDINATE.search(text, sub.end(), fwd_end)
    if sub:
        fwd_end = sub.start()
    forward = []
    arrival = False
    for m in tokens.matches(_STATUS, text, starts, np_end, fwd_end):
        if _OF_PLACES.match(text, m.end()) or _negated(text, m):
            continue  # "53 people in affected areas have been killed": affected says which areas
        if next_start <= clause[1] and _LABEL_OF_NEXT.fullmatch(text, m.end(), next_start):
            continue  # "cases count increased to 67 and the death count to 5": the death count is the 5
        if not forward:
            arrival = m.group(0)[:5].lower() in _ARRIVAL
        forward.append((_distance(text, np_end, m.start()), m.lastgroup))
    best: tuple[int, str] | None = None
    if forward:
        d0, s0 = forward[0]
        if arrival:
            # "2,300 children arriving in Renk were malnourished": arriving says who, the verb after says what.
            later = [(d, s) for d, s in forward[1:] if s not in ("remaining", "fled")]
            if later:
                d0, s0 = later[0]
        elif s0 == "remaining":
            # "remain trapped", "may stay trapped": the specific word wins.
            # "living in towns encircled by armed groups": trapped, one word further.
            for d, s in forward[1:]:
                if s != "remaining" and d <= d0 + (3 if s == "trapped" else 2):
                    d0, s0 = d, s
                    break
        best = (d0, s0)
    elif fwd_end < clause[1]:
        # "five civilians including three children were killed", "13 civilians mostly women and children
        # were killed", "Three civilians two women and a man were killed": the verb comes after the parts.
        verb = _PART_VERB.search(text, fwd_end, min(clause[1], fwd_end + 70))
        if verb is None and sub is not None and sub.group(0).lower() == "including":
            # "113,000 people including 107,286 Sudanese and 5,364 third country nationals fled": a verb in
            # the past, with no auxiliary, after the parts (or a need: "including 213,360 children, require aid")
            past = next((m for m in tokens.matches(_STATUS, text, starts, fwd_end, min(clause[1], fwd_end + 100))
                         if re.match(r"(?:\w+ed|fled|died|lost\s+their\s+(?:lives|homes))\b", m.group(0), re.I) or m.lastgroup == "in_need"), None)
            # (not past another verb: "500 people including 20 children attended the funeral of those killed")
            if past is not None and not _PARTS_END.search(text, fwd_end, past.start()) and not _PAST.search(text, fwd_end, past.start()):
                best = (1, past.lastgroup)
        elif verb is not None and not _PARTS_END.search(_BRACKETED.sub(lambda m: " " * len(m.group(0)), text[fwd_end : verb.start()])):
            after = next(tokens.matches(_STATUS, text, starts, verb.end(), min(clause[1], verb.end() + 50)), None)
            # ("have been rescued and evacuated": a verb outside the vocabulary joined to one inside it)
            if after is not None and (
                _distance(text, verb.end(), after.start()) <= 1 or re.fullmatch(r"\s*\w+\s+and\s+", text[verb.end() : after.start()])
                # ("four teachers and two firefighters were among those killed": the parts of the toll, listed)
                or re.fullmatch(r"\s*(?:also\s+)?among\s+(?:those|the)\s+", text[verb.end() : after.start()])
            ):
                best = (1, after.lastgroup)
    own = own_verb(text, np_end) if best is None else None  # (not "and 12 were children": a part named)
    if own is not None and next(tokens.matches(_STATUS, text, starts, num.end, np_end), None) is None:
        # "390 residents had to be relocated and 110 were rescued": a count with a verb of its own says its
        # status itself ("and more than 80 were injured", past the clause the parse gave it), or none
        said = next(tokens.matches(_STATUS, text, starts, own.start(), own.end()), None)
        if said is not None:
            best = (0, said.lastgroup)
        elif _STATUS_RIGHT_BEFORE.search(text, max(clause[0], prev_end, num.qstart - 12), num.qstart):
            best = (0, "killed")  # "the bodies of six people were recovered": the dead, whatever verb follows
        else:
            return None, 99
    # Backward: from the start of the clause (or the previous number) to the qualifier.
    bwd_start = max(clause[0], prev_end)
    # (matched up to the clause's end, so that a phrase's lookahead sees the count after it: "reached about
    # 365,000 children with vitamin A"; kept only where it ends before the count)
    backward = [
        m for m in takewhile(lambda m: m.start() < num.qstart, tokens.matches(_STATUS, text, starts, bwd_start, clause[1]))
        if m.end() <= num.qstart and not _OF_PLACES.match(text, m.end()) and not _negated(text, m)
    ]
    if backward:
        m = backward[-1]
        d = _distance(text, m.end(), num.qstart)
        if best is None or d < best[0]:
            best = (d, m.lastgroup)
    if best is None or best[0] > 0 or best[1] == "remaining":
        # A status word inside the noun phrase: "160 wounded patients", "the remaining 13 missing persons".
        for inner in tokens.matches(_STATUS, text, starts, num.end, np_end):
            if inner.end() < np_end:  # a modifier, not the head noun itself
                return inner.lastgroup, 0
    if best is None:
        return None, 99
    return best[1], best[0]


_DAMAGE_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in vocab.SUBJECT_TERMS["houses"]["damage"])
# "60 homes were destroyed", "1 500 houses were totally destroyed", "destroying over 25,000 homes".
_DAMAGE_AFTER = re.compile(rf"^[\s,]*(?:[\w-]+\s+){{0,3}}?(?:{_DAMAGE_WORDS})\b", re.I)
_DAMAGE_BEFORE = re.compile(rf"\b(?:{_DAMAGE_WORDS})\s+(?:or\s+\w+\s+)?(?:[\w-]+\s+){{0,3}}$", re.I)


def house_damage(text: str, num: Number, np_end: int, clause: tuple[int, int], prev_end: int, next_start: int) -> str | None:
    """"affected" for a count of houses that the text says were damaged or destroyed, else None (a count
    of houses is a figure only as damage: "150 houses" in a list of aid delivered is not)."""
    if _DAMAGE_AFTER.match(text[np_end : min(clause[1], next_start)]):
        return "affected"
    if _DAMAGE_BEFORE.search(text[max(clause[0], prev_end) : num.qstart]):
        return "affected"
    return None


def fit_status(subject: str, status: str | None, head: str | None) -> str | None:
    """The status the vocabulary allows for this subject (None drops the figure)."""
    if subject == "strikes":
        return "launched"
    if subject == "vehicles":
        return status if status == "deployed" else "present"
    if subject in CONFLICT_PEOPLE:
        if status in _CONFLICT_KEEP or (status == "trapped" and subject == "personnel"):
            return status  # (rescuers trapped under rubble; armed men "holed up" in a city are there, present)
        if status is None and subject == "personnel":
            # (responders a text counts with no word of what they do are there because they were sent: "600 security and
            # fire personnel were working to rescue victims"; troops and armed men, because they are there, as the seeds
            # count "hundreds of troops with dozens of armored vehicles including tanks had surged into the Bir Qassab area")
            return "deployed"
        return "present"
    if status in ("deployed", "present", "launched") and not (status == "present" and subject == "refugees"):
        status = None  # (refugees hosted in a country are present there: "followed by Peru, with over half a million")
    if head in vocab.CASE_NOUNS:
        return "affected"  # "53 suspected cases, including six deaths": the cases, whatever else the sentence counts
    if head in _STATUS_HEADS:
        return IMPLIED_STATUS[head]  # "1 dead and the evacuation of 60 families": the head says it
    if status is None and head in IMPLIED_STATUS:
        return IMPLIED_STATUS[head]
    if status == "remaining" and subject == "displaced":
        return "displaced"  # "500,000 displaced people live in 500 sites" are displaced where they remain
    return status


# A running count: "the death toll rose to 2,946", "the number of people killed ... climbed to 2,083".
_TOLL_VERB = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|jumps|increased|increases|(?:went|gone|goes|going)(?:\s+up)?|reached|reaches|reaching"
    r"|hit|hits|passed|passes|surpassed|surpasses|touched|touches|tops"
    r"|topped|stood|stands|stand|remains|remained|remain|now|is|was|soared|mounted|grew|grown|indicate|indicates|indicated|show|shows|showed"
    r"|neared|nears|nearing|approached|approaches|approaching|exceeded|exceeds|crossed|swelled|swollen"
    r"|fell|fallen|falls|dropped|drops|decreased|declined|went\s+down)\s+"
    # (a time between the verb and the count: "increased on Friday to 13", "rose overnight to 40")
    r"(?:(?:on|by|late|early)\s+(?:" + "|".join(vocab.WEEKDAY_NAMES) + r")\s+|(?:yesterday|today|overnight|again|further|sharply)\s+)?(?:from\s+(?:[\d,.]+\s+)?|by\s+(?:" + ROUGHLY + r"\s+)?[\w,.]+\s+(?:(?:people|persons)\s+)?,?\s*(?=to\s))?(?:to\s+|at\s+)?$",
    re.I,
)
_TOLL_SUBJECT = re.compile(
    r"\b(?:death|casualty|civilian)\s+tolls?\b|\btolls?\b|\bnumber\s+of\s+(?:(?:confirmed|recorded|reported|registered)\s+)?(?:deaths|fatalities|dead|victims)\b"
    r"|\bnumbers?\s+of\s+(?P<noun>(?:[a-z-]+\s+)?[a-z-]+)\s+(?P<what>killed|dead|injured|wounded|displaced|missing"
    r"|detained|arrested|affected|trapped|in\s+need|who\s+(?:have\s+|had\s+)?(?:died|fled|been\s+\w+))\b"
    # "the number of evacuees fell to 850": a noun that says its status
    r"|\bnumbers?\s+of\s+(?:[a-z-]+\s+)?(?P<implied>evacuees|idps|displaced|detainees|injuries|arrivals|arrests"
    r"|(?:missing|injured|wounded)(?!\s+(?:people|persons|individuals|children|civilians)))\b(?!\s+(?:in\s+need|who|killed|dead))",
    re.I,
)


# A toll given as a number's noun phrase: "the previous death toll of 163 released by SEMA", "a casualty toll of 40"
_TOLL_OF = re.compile(r"\b(?P<toll>death|casualty)\s+tolls?\s+of\s+(?:" + ROUGHLY + r"\s+)?$", re.I)


# A running total brought to a number: "bringing the number of displaced people in X province to 1.7 million".
_BRING = re.compile(
    r"\b(?:bringing|brings|bring|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised|lifting"
    r"|lifts|lifted)\s+(?:the\s+|its\s+|their\s+)?(?:(?:total|overall|official)\s+)?(?:[A-Z][\w'’-]*\s+)?"
    # "brings the overall Palestinian death toll from the war on Gaza to at least 34,305"
    r"(?:(?P<toll>(?:death\s+|casualty\s+)?"
    r"(?:toll|tally))|(?:number|count|total)\s+of\s+(?P<noun>(?:[a-z-]+\s+)?[a-z-]+)(?:\s+(?P<what>killed|dead|injured"
    r"|wounded|displaced|missing|detained|arrested|affected|trapped|in\s+need|who\s+(?:have\s+|had\s+)?(?:died|fled"
    r"|been\s+\w+)))?)\b[^.;:!?]{0,80}?\bto\s*$",
    re.I,
)


# A country that hosts the most of a people, and how many: "has the highest number of refugees and migrants from
# Venezuela – a total of over one million", "hosts the largest refugee population, at 3.6 million"
_HOSTS_MOST = re.compile(
    r"\b(?:has|have|had|hosts|host|hosting|hosted)\s+(?:the\s+)?(?:highest|largest|biggest|greatest|most)\s+"
    r"(?:number\s+of\s+)?(?P<noun>refugees|migrants|asylum[- ]seekers|idps|displaced|refugee(?=\s+population))\b[^.;:!?\d,]{0,80}?"
    r"(?:(?:[–—-]|,)\s*(?:with\s+|at\s+)?|\bwith\s+|\bat\s+)(?:a\s+total\s+of\s+|some\s+|about\s+)?$",
    re.I,
)


def _counted(noun: str, what: str | None) -> tuple[str, str] | None:
    """(subject, status) of "the number of <noun> <what>": "displaced people", "people killed", "refugees"."""
    words_ = noun.lower().split()
    subject = SUBJECT_PAIRS.get(tuple(words_[-2:])) if len(words_) == 2 else None
    head = words_[-1]
    if subject is None and head not in SUBJECT_NOUNS and len(words_) == 2 and words_[1] in _NP_STOP:
        head = words_[0]  # "the number of refugees in Upper Nile State"
    subject = subject or SUBJECT_NOUNS.get(head)
    if subject is None:
        return None
    if what:
        status = _STATUS.search(what)
        return (subject, status.lastgroup) if status else None
    status = "displaced" if subject == "displaced" else IMPLIED_STATUS.get(head)
    return (subject, status) if status else None


def keyed(text: str, num: Number) -> str | None:
    """The key of a number that is the value of a key-value pair on a line of them ("Effects on
    population: Total Deaths: 82 Total Missing: 26 Total Homeless: 13,311": "Total Missing" for 26), or None."""
    line_start = text.rfind("\n", 0, num.qstart) + 1
    line_end = text.find("\n", num.end)
    key = _KEYED.search(text, line_start, num.qstart)
    if key is None or not _NEXT_KEY.match(text[num.end : line_end if line_end >= 0 else len(text)]):
        return None
    return key.group(1)


def label_reading(text: str, num: Number) -> tuple[str, str] | None:
    """(subject, status) of a number that a label before it on its line names, in a table row or a
    key-value line of a report: "Number of displaced: 452", "IDPs total 122 387", "Population Evacuated
    116129". None unless the line is only the label, the number and perhaps its noun."""
    line_start = text.rfind("\n", 0, num.qstart) + 1
    line_end = text.find("\n", num.end)
    label, after = text[line_start : num.qstart], text[num.end : line_end if line_end >= 0 else len(text)]
    key = keyed(text, num)
    if key:
        label, after = key, ""
    if not label.strip() or len(label.split()) > 8 or _NOT_LABEL.search(label):
        return None
    tail = after.strip(" .:")
    # (its noun may go on with the part it includes: "Affected population: around 20,000 persons including approx.
    # 10,000 children")
    tail = re.sub(r",?\s+including\s.*$", "", tail)
    if tail and tail.lower() not in SUBJECT_NOUNS and not tail.startswith("("):
        return None
    words = re.findall(r"[a-z-]+", label.lower())
    if words and words[0] in vocab.PLACE_KIND_PLURALS:
        return None  # "Provinces affected: 10" counts places, not people (not "IDPs in host communities: 25,000")
    found = _STATUS.search(label)
    status = found.lastgroup if found else next((IMPLIED_STATUS[w] for w in words if w in IMPLIED_STATUS), None)
    if status is None:
        return None
    last = words[-1] if words else ""
    if found and re.fullmatch(r"\s+[a-z-]+s\s*", label[found.end() :], re.I) and last not in SUBJECT_NOUNS and last not in IMPLIED_STATUS:
        return None  # "Evacuation shelters 623", "Affected districts 12": the status describes the things counted
    subject = SUBJECT_NOUNS.get(tail.lower()) or next((SUBJECT_NOUNS[w] for w in words if w in SUBJECT_NOUNS), "people")
    return subject, status


# "reports the following deaths in the following counties:\n\n  • Yancey: Nine": an item of a list by place, a name
# and its count on a line of their own (bulleted or not), under the line that says what they count
_ITEM_LABEL = r"[ \t]*(?:[•*·▪◦–-][ \t]*)?(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*:[ \t]*"
_LIST_ITEM = re.compile(_ITEM_LABEL + "$")
_LIST_ITEM_LINE = re.compile(_ITEM_LABEL + r"[\w,.]+(?:[ \t]+[a-z]+)?[ \t]*$")


def listed_under(text: str, num: Number) -> tuple[str, str, str, int] | None:
    """(subject, status, place, where the lead-in starts) of a count on a list's line "Place: count", under a line
    ending in a colon that names what the list counts ("the following deaths in the following counties:"); None
    elsewhere."""
    line_start = text.rfind("\n", 0, num.qstart) + 1
    item = _LIST_ITEM.fullmatch(text, line_start, num.qstart)
    if item is None or not item.group("label").strip():
        return None
    line_end = text.find("\n", num.end)
    rest = text[num.end : line_end if line_end >= 0 else len(text)].strip(" \t.;,").lower()
    if rest and rest not in SUBJECT_NOUNS:
        return None  # the line holds the name and the count alone, or what it counts ("Serawai Sub-District : 2.180 families")
    above = line_above_list(text, line_start, _LIST_ITEM_LINE.fullmatch)
    if above is None:
        return None
    start, line = above
    if not line.rstrip().endswith(":") or (_NOT_A_LEAD.search(line) and not _BREAKDOWN_LEAD.search(line)):
        return None
    status = said_status(line)
    return (SUBJECT_NOUNS[rest] if rest else "people", status, item.group("label"), start) if status else None


def line_above_list(text: str, line_start: int, is_item) -> tuple[int, str] | None:
    """(where it starts, the line) of the first line above a list's line that is neither blank nor another of its
    items (`is_item`), the list's lead-in; None at the text's start or past a few dozen lines."""
    pos = line_start
    for _ in range(60):  # (a list is a few dozen lines at most)
        if pos == 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        line, pos = text[start : pos - 1], start
        if line.strip() and not is_item(line):
            return start, line
    return None


# "Lake – 1; Sarasota – 3; Manatee – 1.": a list by place on one line, a name and its count each, after the
# sentence that says what they count ("There are now 44 deaths ... from the counties below.")
_INLINE_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*[–—:-][ \t]*"
_INLINE_ITEM = re.compile(r"(?:^|;)[ \t]*(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*[–—:-][ \t]*$", re.M)
_INLINE_LIST_LINE = re.compile(rf"[ \t]*{_INLINE_NAME}\d[\d,]*(?:[ \t]*;[ \t]*{_INLINE_NAME}\d[\d,]*)+[ \t]*\.?[ \t]*")


def listed_inline(text: str, num: Number) -> tuple[str, str, str, int] | None:
    """(subject, status, place, where the lead-in starts) of a count in a list by place on one line ("Lake – 1;
    Sarasota – 3"), under the paragraph whose last sentence says what it counts; None elsewhere. A list of counties
    names counties ("Lake County")."""
    line_start = text.rfind("\n", 0, num.qstart) + 1
    line_end = text.find("\n", num.end)
    line_end = len(text) if line_end < 0 else line_end
    if not _INLINE_LIST_LINE.fullmatch(text, line_start, line_end):
        return None
    item = _INLINE_ITEM.search(text, line_start, num.qstart)
    if item is None:
        return None
    before = text[:line_start].rstrip()
    lead_start = before.rfind("\n") + 1
    lead = re.split(r"(?<=[.!?])\s+", before[lead_start:])[-1]
    status = said_status(lead)
    if status is None:
        return None
    label = item.group("label")
    if re.search(r"\bcounties\b", lead, re.I) and not label.lower().endswith(" county"):
        label += " County"
    return "people", status, label, lead_start + len(before[lead_start:]) - len(lead)


def said_status(line: str) -> str | None:
    """The status a list's lead-in names, by a status word or a noun that implies one ("the following deaths")."""
    found = _STATUS.search(line)
    words = re.findall(r"[a-z-]+", line.lower())
    return found.lastgroup if found else next((IMPLIED_STATUS[w] for w in words if w in IMPLIED_STATUS), None)


# The organisation a list's lead-in line names as giving it: "The North Carolina Department of Health and Human
# Services reports the following deaths ...:"
_LEAD_BY = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<org>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|on|the)){1,9})\s+"
    r"(?:reports|reported|lists|listed|confirms|confirmed|records|recorded|says|said)\b")


def lead_source(text: str, lead_start: int) -> str | None:
    """The organisation a list's lead-in line starts with, reporting it (its name ends in an organisation's word)."""
    from .speakers import ORG_WORDS  # (the words organisations' names end in, read where speakers are named)

    m = _LEAD_BY.match(text, lead_start)
    if m is None or m.group("org").split()[-1].lower() not in ORG_WORDS:
        return None
    return m.group("org")


# (a lead-in is one sentence: not a paragraph of text that happens to end in a colon after a count of its own)
_NOT_A_LEAD = re.compile(r"\d")
# ... unless it says the lines below break its count down: "There are 14,399 affected families, with below details:"
_BREAKDOWN_LEAD = re.compile(r"\b(?:details?|as\s+follows|following|below|breakdown|broken\s+down|by\s+(?:district|province|region|area))\s*:\s*$", re.I)


# A label is a few words, not a sentence: no sentence punctuation, no digits of its own.
_NOT_LABEL = re.compile(r"[.!?;\d]")
# The last key of a line of key-value pairs, right before its value ("... 82 Total Missing: "), and what may
# follow a value there: the line's end or the next key ("Total Homeless:", "Source:").
# (up to seven words: "Number of people to be assisted: 4,000" in a DREF's header)
_KEYED = re.compile(r"(?:^|(?<=[\d:])\s+)((?:[A-Z][\w’'/-]*)(?:\s+[\w’'/-]+){0,6}):\s*$", re.M)
_NEXT_KEY = re.compile(r"\s*(?:$|[A-Z][\w’'/-]*(?:\s+[\w’'/-]+){0,6}:)")


def _last(matches):
    """The last of an iterator of matches, or None."""
    last = None
    for last in matches:
        pass
    return last


# A toll revised by whoever keeps it, the toll named before or after the counts: "revised the death toll from 103 to
# 95", "revised from 95 to 84 the death toll" (both counts are the toll, at two times)
_REVISED = re.compile(
    r"\b(?:revised|raised|lowered|updated|corrected|adjusted)\s+(?:(?:up|down)(?:wards?)?\s+)?"
    r"(?:(?:the|its|their)\s+(?:(?:official|overall|provisional)\s+)?(?P<toll>(?:death\s+|casualty\s+)?toll|(?:death|casualty)\s+tally)\s+)?"
    r"(?:from\s+[\d,.]+\s+to|from|to)\s+$", re.I)
_OWN_NOUN = re.compile(r"\s*(?:(?:people|persons|individuals)\s+)?")
_TOLL_AFTER = re.compile(r"(?:\s+to\s+[\d,.]+)?\s+(?:the|its|their)\s+(?:(?:official|overall|provisional)\s+)?(?P<toll>(?:death\s+|casualty\s+)?toll)\b", re.I)


# Where people who fled are housed: "victims" counted there are the sheltered ("relief centres housing the highest number
# of victims")
_SHELTERED = re.compile(r"\b(?:relief|evacuation|temporary)\s+(?:centres?|centers?|camps?|sites?|shelters?)\b|\b(?:housed|housing|sheltered|sheltering)\b", re.I)
# Harm done that makes "victims" the dead or hurt, whatever shelters a sentence names ("attacked a relief camp ...
# leaving 23 victims", "The building, which housed a school, collapsed")
_HARM_DONE = re.compile(r"\b(?:attack\w*|collaps\w*|bomb\w*|shell(?:ed|ing)|shoot\w*|shot|explo(?:ded|sions?)|stabb\w*|massacr\w*)\b", re.I)


def victims_sheltered(text: str, start: int, end: int) -> bool:
    """Are the "victims" of text[start:end] the sheltered, not the dead: a sentence that houses them and tells of no attack
    or collapse ("The floods, which killed three people, forced residents into relief centres, with 297 victims")?"""
    return _SHELTERED.search(text, start, end) is not None and _HARM_DONE.search(text, start, end) is None


def word_status(word: str) -> str | None:
    """The status one word of a toll or a group says: "dead", "victims" -> killed, "wounded" -> injured."""
    low = word.lower()
    return TOLL_IMPLIED.get(low) or ((m := _STATUS.fullmatch(low)) is not None and m.lastgroup) or None


def running_toll(text: str, num: Number, clause_start: int, sentence_start: int | None = None) -> tuple[str, str] | None:
    """(subject, status) of a number that a toll or count in its clause rose to, or None. With
    `sentence_start`, a toll named before a comma in the same sentence counts too ("The death toll from
    a landslide in Manyara Region, Tanzania has risen to 85")."""
    verb = _TOLL_VERB.search(text, max(clause_start, num.qstart - 40), num.qstart)
    if verb is None and (of := _TOLL_OF.search(text, max(clause_start, num.qstart - 40), num.qstart)) is not None:
        return "people", "casualties" if of.group("toll").lower().startswith("casualty") else "killed"  # "the previous death toll of 163"
    if verb is None:
        bring = _BRING.search(text, max(clause_start, num.qstart - 160), num.qstart)
        most = _HOSTS_MOST.search(text, max(clause_start if sentence_start is None else sentence_start, num.qstart - 160), num.qstart) if bring is None else None
        if most is not None and not _STATUS.search(text, num.end, min(len(text), num.end + 30)) and (
            subject := SUBJECT_NOUNS.get(most.group("noun").lower()) or SINGULAR_NOUNS.get(most.group("noun").lower())
        ) in ("refugees", "displaced", "people"):  # (not "... at 12 killed in attacks": a count with its own status)
            return subject, "present"  # "Colombia has the highest number of refugees ... – a total of over one million"
        if bring is None:
            revised = _REVISED.search(text, max(clause_start, num.qstart - 80), num.qstart)
            if revised and _STATUS.match(text, _OWN_NOUN.match(text, num.end).end()):
                revised = None  # (a count that says its own status: "revised the tally from 30 to 45 injured")
            toll = revised and (revised.group("toll") or ((after := _TOLL_AFTER.match(text, num.end)) and after.group("toll")))
            if toll:
                return "people", "casualties" if toll.lower().startswith("casualty") else "killed"
            return None
        if bring.group("toll"):
            return "people", "casualties" if bring.group("toll").lower().startswith("casualty") else "killed"
        return _counted(bring.group("noun"), bring.group("what"))
    m = _last(_TOLL_SUBJECT.finditer(text, clause_start, verb.start()))
    if m is None and sentence_start is not None and sentence_start < clause_start:
        m = _last(_TOLL_SUBJECT.finditer(text, max(sentence_start, verb.start() - 160), clause_start))
        # dates between the toll and its verb are no figure of their own ("the number killed by the incident
        # of December 3, 2023, has reached 85")
        if m is not None and not re.fullmatch(r"[^.;:\d]*", DATE_NUMBERS.sub(" ", text[m.end() : verb.start()])):
            m = None  # another figure or clause of its own between the toll and its verb
    if m is None:
        return None
    if m.group("implied"):
        # ("the total number of new arrivals is 1,416": people who came, though "120,000 new arrivals" alone may be
        # a plan's: words.json's toll_heads)
        # ("the number of missing fell from 64 to 27": an adjective standing for its people)
        return "people", word_status(m.group("implied"))
    if not m.group("noun"):
        return "people", "casualties" if m.group(0).lower().startswith("casualty") else "killed"
    noun = m.group("noun").split()[-1].lower()
    subject = SUBJECT_NOUNS.get(noun)
    status = _STATUS.search(m.group("what"))
    if subject is None or status is None:
        return None
    return subject, status.lastgroup
