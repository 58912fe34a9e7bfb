"""Who a figure is attributed to: the agency (through the gazetteer) and the person quoted.

An attribution cue is a reporting verb with its speaker: "X said", "said X",
"according to X", "X estimates/warned/reported/recorded". A cue whose speaker
comes first and whose content follows ("UNICEF warned that 40,000...") covers
the rest of its sentence; a cue tacked on after the content ("..., SOHR
said.", "..., according to the Pentagon") covers what comes before it, back to
the start of the sentence or of the quotation it closes. Pronouns ("he said",
"they said", "which said") and possessives ("its regional spokesman") point
back to the speaker or agency named last. A figure no cue covers stays
unattributed: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bisect import bisect_right

from store.gazetteer import Mention
from store.vocab import COUNTRY_OF_DEMONYM, OFFICES

from . import tokens
from .dates import DATE_NUMBERS
from .sentences import Sentence

# "claimed responsibility", "claimed the lives of", "claimed more than 13 lives", "IS claimed a bomb attack that killed
# 17": not a claim of a toll (but "claimed that 17 people lost their lives" is).
_NOT_A_TOLL = (r"(?!\s+(?:responsibility|credit|the\s+lives?|(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:attack|bombing|blast|assault|strike)s?\b"
               r"|(?!that\b)[\w ,.-]{0,25}?\blives\b))")
# "which was believed to have been a source of such attacks": what is believed, by no one the sentence names
_NOT_PASSIVE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!ly\s)(?<!\blong\s)"  # ("was widely believed")
# A count right after a verb ("denounces 12 dead")
_COUNT_NEXT = r"(?=\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly)\s+)?\d)"
_SPEECH_RE = (
    r"\b(?:said|says|say|told|tells|reported|reports|estimated|estimates|estimate|warned|warns|added|adds|stated"
    r"|announced|announces|confirmed|confirms|recorded|records|documented|documents|counted|counts|tallied"
    rf"|noted|notes|claimed{_NOT_A_TOLL}|claims{_NOT_A_TOLL}|believes|{_NOT_PASSIVE}believed|believe|gave|given|gives|put|puts|wrote|writes|tweeted"
    r"|disclosed|discloses|showed|shows|show|indicated|indicates|indicate|revealed|reveals|reveal|calculated|calculates|verified|registered|registers"
    rf"|quoted|denounced{_COUNT_NEXT}|denounces{_COUNT_NEXT})\b"
    # ("MSF denounces 12 dead": a translation's "denuncia", telling the count after it; not "denounced the strike that
    # killed 12, the health ministry said", a body condemning what another counts)
)
_RECEIVED_FROM = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:received|obtained|collected|gathered)\s+from\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*)"
)
_REPORT_GAP = re.compile(r"\b(?:report|reports|figures|data|statement|assessment|estimates|count|tally|update)\b")
_BY_BEFORE = re.compile(r"\b(?:by|from|of|with|in)\s+(?:the\s+)?$|['’]s?\s+$|\b(?:the|a|an)\s+$")
_ACCORDING_RE = (
    # ("As confirmed by the authorities of the Moroccan province of Nador, 13 of the migrants died")
    r"\b(?i:according\s+to|as\s+per|as\s+(?:confirmed|reported|stated|announced|indicated)\s+by|citing|based\s+on\s+(?:the\s+)?(?:latest\s+)?(?:report|reports|data|figures|records|information)\s+(?:from|of|by)"
    r"|(?:announcement|assessment)\s+by|(?:figures|data|statistics|estimates|numbers)(?:\s+as\s+of\s+\w+(?:\s+\w+){0,2}?)?"
    r"\s+(?:have\s+been\s+|had\s+been\s+|were\s+|was\s+)?"
    r"(?:from|by|(?:released|compiled|published|provided|issued)\s+by))\b"
)
# An agency that has, deployed or sent a number of people: "the U.S. military has several hundred advisers".
_OWNERSHIP_RE = r"\b(?:has|have|had|deployed|deploys|sent|sends|keeps|maintains|stationed)\b"
_CUE = re.compile(
    rf"(?P<according>{_ACCORDING_RE})|(?P<speech>{_SPEECH_RE})|(?P<own>{_OWNERSHIP_RE})"
)
tokens.register(
    tokens.CUE,
    " ".join(re.findall(r"[a-z]+", _SPEECH_RE.replace(_NOT_A_TOLL, "").replace(_NOT_PASSIVE, "").replace(_COUNT_NEXT, "").replace("(?:", " ").replace("\\b", " "))) + " has have had deployed deploys sent sends keeps"
    " maintains stationed",
    case_insensitive=False,
)
tokens.register(tokens.CUE, "according as citing based figures data statistics estimates numbers announcement assessment", case_insensitive=True)
_PRONOUN = re.compile(
    r"(?:^|\b)(?:he|she|they|it|we|the\s+(?:same\s+)?(?:spokes(?:man|woman|person)|official|officials|minister))\s*$",
    re.I,
)
_RELATIVE = re.compile(r"^\s*(?:which|who)\b", re.I)
_DIGIT = re.compile(r"\d")
# A figure right after a source's cue in its clause ("numbers from NADMO indicate 227,812 in the Northern
# Region"): a count of people, or one for a place; not a date, an ordinal or a count of things ("according
# to an update of 3 May", "the 5th situation report", "data from 14 hospitals").
_COUNT_AFTER = re.compile(
    r"(?<![\w.,])\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:in\s+(?:the\s+)?[A-Z]|(?:[a-z-]+\s+)?"
    r"(?:people|persons|individuals|families|households|children|civilians|refugees|migrants|deaths|dead)\b)"
)


def surname(name: str) -> str:
    """The word a person is named by again: "Khalid al-Falih ... Falih said" (the parse splits at hyphens)."""
    # ("R.Vidyananthan ... Vidyananthan said": an initial glued to the name by its full stop; "Bernardo Rafaelito
    # Alejandro IV ... According to Alejandro": a generation after the name is not the name)
    words = re.split(r"[\s-]+|(?<=\b[A-Z]\.)(?=[A-Z][a-z])", _GENERATION.sub("", name.strip()))
    return words[-1]


_GENERATION = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV|V)$")


def _passes_on(text: str, sent: Sentence, cs: int, vs: int, ve: int, spk: Mention | None, agency: str | None, person: str | None) -> bool:
    """Is the speaker of the reporting verb at vs..ve a reporter passing on a source it cites ("Reuters reported,
    citing police") or a document it read ("A police report seen by AFP said")? An outlet the tables know, or a name
    no table knows that reads as an outlet's ("Premium Times reported ..., citing local officials")."""
    reporter = (spk is None and person is not None and _OUTLET_NAME.search(person) is not None) or (
        spk is not None and spk.entity.kind in MEDIA_KINDS and agency == spk.entity.name)
    return reporter and bool(
        _CITING_NEXT.match(text, ve) or _CITING_FIRST.match(text, sent.start) or _CITING.search(text, spk.end if spk else cs, vs)
        or _CITING_END.search(text, ve, sent.end) or (spk is not None and _SEEN_BY.search(text, max(cs, spk.start - 30), spk.start))
    )


def _has_count(text: str) -> bool:
    return _DIGIT.search(DATE_NUMBERS.sub(" ", text)) is not None


_POSSESSIVE = re.compile(
    r"\b(?:its|their)\b|\bthe\s+(?:agency|organi[sz]ation|group|office|charity|body|monitor|ministry|mission)['’]s\b",
    re.I,
)
# "the medical charity said": an organisation named earlier, referred to by what it is.
_ANAPHOR = re.compile(
    r"\bthe\s+(?P<mods>(?:[a-z-]+\s+){0,2})(?P<noun>charity|agency|organi[sz]ation|group|body|monitor|watchdog|office|mission"
    r"|NGO|programme|program|fund|ministry|authority|authorities|administration|government|army|military)\s*$",
    re.I,
)
# What kind of organisation each anaphor can point back to (store/data/agencies.json kinds).
_ANAPHOR_KINDS = {
    "charity": {"ngo"}, "ngo": {"ngo", "monitor"}, "agency": {"un", "government", "ngo"}, "mission": {"un", "military"},
    "organisation": None, "organization": None, "body": None, "group": {"ngo", "monitor", "armed_group"},
    "monitor": {"monitor", "ngo"}, "watchdog": {"monitor", "ngo"}, "office": {"un", "government"},
    "programme": {"un"}, "program": {"un"}, "fund": {"un"}, "ministry": {"government"},
    "authority": {"government"}, "authorities": {"government"}, "administration": {"government"},
    "government": {"government"}, "army": {"military"}, "military": {"military"},
}
_POSSESSIVE_NOUN = re.compile(r"\bthe\s+(\w+)['’]s\b", re.I)
# "The mission currently has 14,000 troops": a force named earlier that keeps people somewhere.
_OWN_ANAPHOR = re.compile(
    r"\bthe\s+(?P<mods>(?:[a-z-]+\s+){0,2})(?P<noun>mission|force|army|military)\s+(?:[a-z]+ly\s+|now\s+|still\s+|also\s+)?$",
    re.I,
)
# A speaker named by surname alone after being introduced in full: "Demir said".
_SURNAME = re.compile(r"(?:^|[\s\"“”,])([A-Z][a-z'’-]+)\s*$")
# A quotation closed right before its speaker's name: '..." Ezekiel stated', '...," Demir said'.
_CLOSED_QUOTE = re.compile(r"[,!?][\"”’]\s*$")
# An organisation the gazetteer does not know: "the Gaza health ministry said".
_UNKNOWN_ORG = re.compile(
    r"\bthe\s+((?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+)?(?:ministry|agency|office|authority|council|committee"
    r"|commission|department|directorate|police))\s*$"
)
# What follows a reporting verb whose speaker came before it: "estimated that", "said on Tuesday that".
_CONTENT_NEXT = re.compile(r"\s*(?:that\b|on\s+\w+\s+that\b|\d|about\b|around\b|some\b|more\b|at\s+least\b|up\s+to\b)")
_NAME = re.compile(r"[A-Z][a-zA-Z'’\-]+(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von|der|la|le|du|da)[\s-]+)?[A-Z][a-zA-Z'’\-]+)*")
_TITLE_WORDS = set(
    """the its their a an director spokesman spokeswoman spokesperson head chief president prime minister
    general gen lt lieutenant colonel col major maj secretary commander representative coordinator regional
    country deputy senior emergency executive minister's officer official envoy ambassador mr mrs ms dr
    captain capt sergeant sgt un u.n. us u.s. he she they it we in on at by as""".split()
)
# The offices of a place whose holder a text names after the place ("Quezon City Mayor Ismael Mathay"; not a minister's)
_PLACES_OFFICES = {w.lower() for w in OFFICES["titles"]} - {"minister", "secretary"}
_ROLE = re.compile(
    r"\b(?:head|spokesman|spokeswoman|spokesperson|director|chief|official|coordinator|commander|representative)\b",
    re.I,
)
MEDIA_KINDS = {"media", "news", "news agency", "outlet", "press", "newspaper", "broadcaster"}


# "Reuters reported, citing police": a reporter passing on whom it cites is no source of its own (its own "citing":
# right after its verb, opening the sentence, between it and its verb, or ending the sentence)
_CITING = re.compile(r"\b(?:citing|quoting)\b", re.I)
_CITING_NEXT = re.compile(r"\s*,?\s*(?:citing|quoting)\b", re.I)
_CITING_FIRST = re.compile(r"\s*(?:Citing|Quoting)\b")
# (the cited tally may go on with its parts after a colon: "citing a provisional police tally: three in Gikomero, 13 in ...")
_CITING_END = re.compile(r",\s*(?:citing|quoting)\s+[^,;:]*?(?::[^\n]*?)?[.!?]?[\"”’]?\s*$", re.I)
# A name no table knows that reads as an outlet's ("Premium Times", "The Daily Nation", "Citizen TV")
_OUTLET_NAME = re.compile(r"\b(?:Times|Post|News|TV|Nation|Daily|Tribune|Herald|Radio|Television|Press|Gazette|Guardian|Standard|Observer|Punch|Vanguard|Journal)\b")
# "A police report seen by AFP said": the reporter who read the document is not its source
_SEEN_BY = re.compile(r"\b(?:seen|obtained|reviewed|consulted)\s+by\s+(?:the\s+)?$", re.I)
# Between a speaker and its verb at a sentence's end: nothing, or an acronym in brackets, "(SOHR)".
_TAIL_GAP = re.compile(r"[\s)]*(?:\([A-Z]{2,8}\)\s*)?")
# A person and their role before the organisation: "Rami Abdel Rahman director of the ".
_PERSON_OF = re.compile(
    r"(?:[A-Z][\w'’-]+\s+){1,4}(?:[a-z]+\s+){0,3}(?:of|at|for|from|with)\s+(?:the\s+)?", re.UNICODE
)
# A speaker right after its verb: "killed 1102 people said the Observatory adding that ...".
_AFTER_VERB = re.compile(r"\s+(?:the\s+)?")
_SPEAKER_DET = re.compile(r"(?:\bthe\s+(?:[\w'’-]+\s+){0,2})$", re.I)


def _speaker_start(text: str, lo: int, start: int) -> int:
    """Where a speaker phrase ending a sentence starts: its determiner and modifiers ("the Britain-based")."""
    m = _SPEAKER_DET.search(text, lo, start)
    return m.start() if m else start


@dataclass
class Cue:
    start: int  # where the cue's clause starts
    verb_start: int
    verb_end: int
    sentence: int  # index of its sentence
    backward: bool  # covers the text before it (True) or after it (False)
    agency: str | None
    person: str | None
    conflict_only: bool = False  # ownership cues ("X has 300 advisers") attribute only conflict figures
    named: tuple[str, str] | None = None  # (agency, the other wording the text gives it: "Pakistan government")


_ORG_NOUN_AFTER = re.compile(
    r"\s+(?:service|services|agency|force|forces|ministry|department|directorate|group|team|teams|committee|council"
    r"|network|centre|center|command|office|authority|organi[sz]ation|society|union|association)\b"
)


_ORG_NOUN_LAST = re.compile(
    r"\b(?:Authority|Agency|Council|Ministry|Committee|Commission|Organi[sz]ation|Office|Department|Directorate|Service"
    r"|Services|Society|Network|Centre|Center|Union|Association|Federation|Institute|Command|Forces|Army|Police|Movement"
    r"|Government|Administration|Programme|Program|Fund|Mission|Observatory|Foundation|Crescent|Cross)$"
)


# ("I’m", "We’re", "Don’t": not a name such as "Sa'd")
_CONTRACTION = re.compile(r"(?:I|We|You|They|He|She|It|That|There|Don|Can|Won|Isn|Aren|Didn|Doesn)['’](?:m|re|ve|ll|d|t|s)")


def _person(text: str, start: int, end: int, agencies: list[Mention], places: list[Mention]) -> str | None:
    """The person named in a speaker phrase: "UNICEF regional director Geert Cappelaere" -> Geert Cappelaere."""
    taken = [(m.start, m.end) for ms in (agencies, places) for m in _overlapping(ms, start, end)]
    role = _ROLE.search(text, start, end) is not None
    best = None
    for m in _NAME.finditer(text, start, end):
        toks = m.group(0).split()
        offset = m.start()
        # Drop role words and initialisms at the front ("Lt Gen Steve Townsend"), and the place or body whose office the
        # role is ("Quezon City Mayor Ismael Mathay")
        while toks and (toks[0].lower().rstrip(".") in _TITLE_WORDS or toks[0].isupper() or toks[0].lower() in COUNTRY_OF_DEMONYM or (
            len(toks) > 2 and any(a <= text.index(toks[0], offset) < b for a, b in taken)
            and any(w.lower() in _PLACES_OFFICES for w in toks[1:3])  # (a place's office next: "City Mayor")
        )):
            offset = text.index(toks[0], offset) + len(toks[0])
            toks = toks[1:]
        if not toks or any(_CONTRACTION.fullmatch(t) for t in toks):
            continue  # ("I’m No fewer than seven ...": page furniture before a lead, no one's name)
        s = text.index(toks[0], offset)
        e = m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        if _ORG_NOUN_AFTER.match(text, e) or _ORG_NOUN_LAST.search(m.group(0)):
            continue  # "the Civil Defence service", "National Disaster Management Authority": an organisation
        if len(toks) >= 2 or role:
            best = " ".join(toks)
    return best


def _ends_with_agency(text: str, pos: int, agency_ends: set[int]) -> bool:
    """True when an agency name ends just before `pos` (only spaces between)."""
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i in agency_ends


def _overlapping(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Mentions (sorted by start, not nested) that overlap text[start:end]."""
    i = max(0, _bisect_start(mentions, start) - 1)
    out = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end > start:
            out.append(mentions[i])
        i += 1
    return out


def _bisect_start(mentions: list[Mention], pos: int) -> int:
    """Index of the first mention starting at or after pos."""
    lo, hi = 0, len(mentions)
    while lo < hi:
        mid = (lo + hi) // 2
        if mentions[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _agency_in(mentions: list[Mention], start: int, end: int, last: bool) -> Mention | None:
    i = _bisect_start(mentions, start)
    inside = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end <= end:
            inside.append(mentions[i])
        i += 1
    if not inside:
        return None
    return inside[-1] if last else inside[0]


_HEAD_NOUN = re.compile(r"([A-Z][a-z]{3,})(?:\s+(?:for|of|on)\b.*)?$")


def short_names(text: str, agencies: list[Mention]) -> list[Mention]:
    """"Observatory head Rami Abdel Rahman" after "the Syrian Observatory for Human Rights": an
    organisation named in full is later called by its head noun, capitalised. Those later mentions,
    as mentions of the same agency (sorted with the others by the caller)."""
    heads: dict[str, Mention] = {}
    for m in agencies:
        words = m.surface.split()
        h = _HEAD_NOUN.search(m.surface) if len(words) >= 3 else None
        if h and h.group(1) not in heads and not h.group(1).endswith(("an", "ese", "ish")):
            heads[h.group(1)] = m
    if not heads:
        return []
    taken = [(m.start, m.end) for m in agencies]
    out = []
    for h, named in heads.items():
        for found in re.finditer(rf"\b{h}\b", text[named.end :]):
            s, e = named.end + found.start(), named.end + found.end()
            if not any(a < e and s < b for a, b in taken):
                out.append(Mention(s, e, named.entity, h))
    return out


def find_cues(
    text: str,
    sentences: list[Sentence],
    agencies: list[Mention],
    places: list[Mention],
    cue_starts: list[int] | None = None,
) -> list[Cue]:
    """Every attribution cue in the article, in order, with its speaker resolved.

    `cue_starts`: where a cue may begin (tokens.triggers(text).cues), computed once per article.
    """
    cues: list[Cue] = []
    speakers = [m for m in agencies if m.entity.kind not in MEDIA_KINDS]
    last_agency: str | None = None
    last_person: str | None = None
    speakers_by_surname: dict[str, tuple[str, str]] = {}

    speaker_ends = [m.end for m in speakers]

    def named_before(pos: int, noun: str | None = None, modifiers: str = "") -> str | None:
        """The organisation named last before pos, of a kind the noun fits ("the charity": an NGO);
        one whose name holds the noun's modifier first ("the health ministry")."""
        n = bisect_right(speaker_ends, pos)
        noun = noun.lower() if noun else None
        mods = [w for w in modifiers.lower().split() if len(w) > 3]
        kinds = _ANAPHOR_KINDS.get(noun) if noun else None
        if noun == "ministry" and any(w in ("defence", "defense", "war") for w in mods):
            kinds = {"military"}
        fits = [m for m in reversed(speakers[:n]) if kinds is None or m.entity.kind in kinds]
        for m in fits:
            if mods and any(w in m.surface.lower() or w in m.entity.name.lower() for w in mods):
                return m.entity.name
        if mods and modifiers[:1].isupper() and "-based" not in modifiers.lower() and not any(
            w.lower() in COUNTRY_OF_DEMONYM for w in modifiers.split()
        ):
            # "the Civil Protection authorities said": a name of its own, not the last body named
            return None
        return fits[0].entity.name if fits else None

    # One pass over the text for every kind of cue, then grouped by sentence.
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    si = 0
    agency_ends = {a.end for a in agencies}
    for m in tokens.matches(_CUE, text, cue_starts if cue_starts is not None else tokens.triggers(text).cues):
        if m.lastgroup == "own" and not _ends_with_agency(text, m.start(), agency_ends):
            if not _OWN_ANAPHOR.search(text, max(0, m.start() - 40), m.start()):
                continue  # "has" with no agency (or force referred back to) right before it is no cue
        while si < len(sentences) and sentences[si].end <= m.start():
            si += 1
        if si < len(sentences) and sentences[si].start <= m.start():
            by_sentence.setdefault(si, []).append((m.start(), m.end(), m.lastgroup))
    for si, found in by_sentence.items():
        sent = sentences[si]
        for vs, ve, how in found:
            ci = sent.clause_index(vs)
            cs, ce = sent.clauses[ci]
            agency = person = None
            backward = False
            if how == "according":
                spk = _agency_in(agencies, ve, ce, last=False)
                if spk is not None and _REPORT_GAP.search(text, ve, spk.start) and not _BY_BEFORE.search(text, ve, spk.start):
                    spk = None  # "according to report ISIS has executed ...": the agency starts the next clause
                agency = spk.entity.name if spk else None
                passed_on = _RECEIVED_FROM.match(text, spk.end) if spk is not None else None
                if passed_on is not None:
                    # "According to numbers UNHCR received from the Egyptian Ministry of Foreign Affairs": whose
                    # numbers they are (a known agency, or a name that says it is an organisation: not "from
                    # Libya's coast guard", "from Sudan")
                    from .speakers import ORG_WORDS

                    first = _agency_in(agencies, passed_on.start("org"), passed_on.end("org"), last=False)
                    if first is not None:
                        agency, spk = first.entity.name, None
                    elif ORG_WORDS & {w.lower() for w in passed_on.group("org").split()}:
                        agency, spk = passed_on.group("org"), None
                # "..., but numbers from NADMO indicate 227,812 in ...": the count follows the cue in its clause
                count_after = _COUNT_AFTER.search(text, ve, ce)
                person = _person(text, ve, count_after.start() if count_after else ce, agencies, places)
                backward = ci > 0 and count_after is None
                if agency is None and person is None:
                    continue
            elif how == "own":
                spk = _agency_in(agencies, cs, vs, last=True)
                if spk is None or text[spk.end : vs].strip():
                    an = _OWN_ANAPHOR.search(text, cs, vs)
                    owner = named_before(vs, an.group("noun"), an.group("mods") or "") if an else None
                    if owner is None:
                        continue
                    cues.append(Cue(cs, vs, ve, si, False, owner, None, conflict_only=True))
                    continue
                cues.append(Cue(cs, vs, ve, si, False, spk.entity.name, None, conflict_only=True))
                continue
            else:
                head = text[cs:vs]
                inverted = not re.search(r"[A-Za-z0-9]", head)
                if inverted and _CONTENT_NEXT.match(text, ve):
                    # "UNRWA, the UN agency for Palestinian refugees, estimated that ...": the
                    # speaker is the subject before the aside.
                    prior = _agency_in(agencies, sent.start, vs, last=False)
                    if prior is not None and prior.entity.kind in MEDIA_KINDS and _CITING.search(text, prior.end, vs):
                        continue  # "Reuters, citing local officials, said that ...": whom it cites, as the parse reads it
                    if prior is not None:
                        cues.append(Cue(cs, vs, ve, si, False, prior.entity.name, None))
                        last_agency, last_person = prior.entity.name, None
                        continue
                if inverted:
                    # "The UN peacekeeping mission, MINUSCA, said its forces ...": the speaker is the
                    # organisation named in apposition right before the verb.
                    prior = _agency_in(agencies, sent.start, vs, last=True)
                    if (
                        prior is not None and prior.entity.kind not in MEDIA_KINDS
                        and not text[prior.end : vs].strip(" ,\"”’)(")
                        and not _DIGIT.search(text, sent.start, vs)
                    ):
                        cues.append(Cue(cs, vs, ve, si, False, prior.entity.name, None))
                        last_agency, last_person = prior.entity.name, None
                        continue
                    if text[vs:ve].lower() in ("told", "tells"):
                        continue  # "..., a provincial government official, told Reuters": who heard it, not who said it
                    # ', said UNICEF regional director Geert Cappelaere.' The speaker follows.
                    spk = _agency_in(agencies, ve, sent.end, last=False)
                    agency = spk.entity.name if spk else None
                    person = _person(text, ve, sent.end, agencies, places)
                    if agency is None and _POSSESSIVE.search(text, ve, sent.end):
                        agency = named_before(vs)
                    backward = True
                else:
                    spk = _agency_in(agencies, cs, vs, last=True)
                    agency = spk.entity.name if spk else None
                    person = _person(text, cs, vs, agencies, places)
                    if agency is None:
                        if _RELATIVE.match(head):
                            # "..., according to the Pentagon, which said ..."
                            # (not a body of another sentence: "The new death toll replaced that which said 38")
                            prior = _agency_in(agencies, sent.start, cs, last=True)
                            agency = prior.entity.name if prior else None
                        elif _PRONOUN.search(head):
                            agency, person = last_agency, person or last_person
                        elif _ANAPHOR.search(head):
                            an = _ANAPHOR.search(head)
                            agency = named_before(vs, an.group("noun"), an.group("mods") or "")
                        elif _POSSESSIVE.search(head):
                            noun = _POSSESSIVE_NOUN.search(head)
                            agency = named_before(vs, noun.group(1) if noun else None)
                        elif _UNKNOWN_ORG.search(head):
                            agency = _UNKNOWN_ORG.search(head).group(1)
                        elif person is None and (sur := _SURNAME.search(head)) and sur.group(1) in speakers_by_surname:
                            # '"... 20,000 people are sheltering there," Demir said.'
                            person, agency = speakers_by_surname[sur.group(1)]
                        elif person is None and (sur := _SURNAME.search(head)) and _CLOSED_QUOTE.search(text, max(0, cs - 4), cs + sur.start(1)):
                            # '"... we have recorded over 30 deaths," Ezekiel stated.': the quotation's speaker,
                            # whose organisation the article may give elsewhere ("Manzo Ezekiel, NEMA spokesperson")
                            person = sur.group(1)
                        elif _has_count(head) and (after := _AFTER_VERB.match(text, ve)):
                            # Text without commas: "... killed 1102 people said the Observatory adding that".
                            # Also '... killed" said Rami Abdel Rahman director of the Syrian Observatory'.
                            spk = _agency_in(agencies, ve, min(sent.end, after.end() + 100), last=False)
                            if spk is not None and spk.entity.kind not in MEDIA_KINDS and (
                                spk.start <= after.end() or _PERSON_OF.fullmatch(text, after.end(), spk.start)
                            ):
                                agency = spk.entity.name
                                person = _person(text, ve, spk.start, agencies, places) if spk.start > after.end() else None
                                cues.append(Cue(vs, vs, ve, si, True, agency, person))
                                last_agency, last_person = agency, person
                                if person is not None and " " in person:
                                    speakers_by_surname[surname(person)] = (person, agency)
                                continue
                    rest = text[ve:ce]
                    short = len(rest.split()) <= 5 and not re.search(r"\d", rest)
                    backward = ci > 0 and short
                    if (
                        not backward and short and spk is not None and _TAIL_GAP.fullmatch(text, spk.end, vs)
                        and not _CONTENT_NEXT.match(text, ve) and _DIGIT.search(text, cs, spk.start)
                    ):
                        # Text without commas: "killed 26 people on Friday the Syrian Observatory for Human
                        # Rights said." The speaker and its verb end the sentence and cover what comes before.
                        backward, cs = True, _speaker_start(text, cs, spk.start)
                if agency is None and person is None:
                    continue
                if _passes_on(text, sent, cs, vs, ve, spk, agency, person):
                    continue  # (the source it cites, read from the parse: "Xinhua, citing the health ministry, said")
            if agency is not None or person is not None:
                last_agency, last_person = agency, person
            if agency is not None and person is not None and " " in person:
                speakers_by_surname[surname(person)] = (person, agency)
            cues.append(Cue(cs, vs, ve, si, backward, agency, person))
    return cues


def attribute(
    fig_start: int,
    fig_end: int,
    sentence_index: int,
    cues: list[Cue],
    quotes: list[tuple[int, int]],
    text: str,
    conflict: bool,
) -> Cue | None:
    """The cue that covers a figure, or None when the article attributes it to no one."""
    # A quotation closed by its speaker: '"... 40 were killed," said X.' may span sentences.
    for qs, qe in quotes:
        if qs <= fig_start and fig_end <= qe:
            for c in cues:
                lo, hi = sorted((qe, c.start))
                if c.backward and hi - lo <= 3 and not text[lo:hi].strip(" ,.\"”"):
                    return c
            break
    best, best_d = None, None
    for c in cues:
        if c.sentence != sentence_index or (c.conflict_only and not conflict):
            continue
        if c.backward and c.start >= fig_end:
            d = c.start - fig_end
        elif not c.backward and c.verb_end <= fig_start:
            d = fig_start - c.verb_end
            if c.conflict_only and d > 30:
                continue
        else:
            continue
        if best_d is None or d < best_d:
            best, best_d = c, d
    return best
