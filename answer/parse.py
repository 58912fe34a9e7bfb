"""A chat question -> a `Query`: what is counted, where, by whom, and what kind of question.

The parser walks the words left to right and takes, at each position, the
longest run of words that names an agency, a place or a phrase of the
vocabulary (answer/words.py). Places and agencies come from the store's
gazetteer (aliases and transliterations); a word that matches nothing exactly
is tried against the vocabulary and the places with rapidfuzz, so "chidren",
"kiled" and "Aleppoo" still count.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from store import vocab
from store.gazetteer import ONE_AND_MANY, Entity, Gazetteer, normalize, translit_key

from . import words as W
from .when import time_range

KINDS = ("how_many", "who_says", "latest", "sources", "about_place", "help", "greeting")

# Longer input is cut: a question is a sentence, not an article.
MAX_QUESTION_CHARS = 400
MAX_TOKENS = 60
MAX_FUZZY_TRIES = 4  # rapidfuzz is only for the odd typo, never for every word of a long text

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

# Statuses that are the outcome a question is about; when one of them is named
# with a movement ("killed fleeing Raqqa"), the movement only describes the event.
_HARM = ("killed", "injured", "casualties", "missing", "detained")
_IMPACT_STATUSES = set(vocab.STATUSES) - set(vocab.CONFLICT_STATUSES)


@dataclass(frozen=True)
class Query:
    """What a question asks. Small and explicit so a chat can keep it for follow-ups."""

    kind: str = "how_many"
    subjects: tuple[str, ...] = ()  # store subjects asked about (none: any)
    statuses: tuple[str, ...] = ()  # store statuses asked about (none: any)
    place: str | None = None  # canonical place name
    agency: str | None = None  # the source asked for: only its figures answer
    agency_hint: str | None = None  # an agency named in passing: its figures rank first
    time: str | None = None  # a date range "YYYY-MM-DD/YYYY-MM-DD" (answer/when.py), or a year
    words: tuple[str, ...] = ()  # other words, to prefer the figure whose article says them
    unknown_place: str | None = None  # a place name the store does not know (with `place`: the one asked is unknown)
    # A word naming an event's place that no table knows ("noto earthquake"): only figures whose
    # article says it answer.
    event_place: str | None = None
    # The first of a few other words typed before a cause ("minneapolis" in "minneapolis bridge collapse"): where the
    # store's articles write it as a name, only figures whose article says it answer.
    event_name: str | None = None
    # The question's first word where nothing read it and it names no cause ("sendong washi how many ppl missing"): where
    # nothing the store keeps says it, nothing answers.
    first_word: str | None = None
    follow_up: bool = False
    other_count: str | None = None  # something to count that no figure counts ("cholera cases")
    also_places: tuple[str, ...] = ()  # other places the question names ("ukraine poland border"), tried in turn
    cases: bool = False  # counts of cases of a disease asked ("how many cholera cases"): only those answer

    def has_topic(self) -> bool:
        return bool(self.subjects or self.statuses or self.place or self.agency or self.unknown_place)


@dataclass
class _Token:
    surface: str  # as typed
    word: str  # folded, lower case, without a possessive: what the vocabulary is looked up by
    start: int
    end: int  # without a possessive "'s"


@dataclass
class _Parsed:
    subjects: list[tuple[int, str]] = field(default_factory=list)
    statuses: list[tuple[int, str]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    places: list[tuple[int, int, Entity]] = field(default_factory=list)  # (priority, position, place)
    named: list[str] = field(default_factory=list)  # places named as typed (not corrected typos or demonyms)
    agencies: list[tuple[int, Entity, bool]] = field(default_factory=list)  # (position, agency, named as source)
    words: list[str] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (priority, surface)
    events: list[str] = field(default_factory=list)  # words before a cause word ("noto earthquake")
    names: list[str] = field(default_factory=list)  # the first of a chain of them ("minneapolis bridge collapse")
    time: str | None = None
    content: int = 0  # how many tokens carried meaning


# "rebel-held", "government held": who holds an area, not people detained.
_HELD = re.compile(r"\b(rebel|rebels|government|regime|opposition|isis|is|isil|daesh|kurdish|sdf|militant|army)[\s-]+held\b", re.I)


def clean_text(question: str) -> str:
    """The question as plain text: no control or direction marks, limited length."""
    if not isinstance(question, str):
        question = "" if question is None else str(question)
    text = unicodedata.normalize("NFKC", question[: MAX_QUESTION_CHARS * 4])
    text = _CONTROL.sub(" ", text)[:MAX_QUESTION_CHARS].strip()
    text = _COMPASS_SHORT.sub(lambda m: _COMPASS_WORDS[m.group(1).lower()] + " ", text)
    text = _AND_SHORT.sub(" and ", text)
    text = _ACCORDING_SHORT.sub("according to", text)
    return _HELD.sub(lambda m: f"{m.group(1)}-controlled", text)


# "acc to amnesty", "acc. to UNHCR", "as per OCHA": "according to" as staff type it
_ACCORDING_SHORT = re.compile(r"\b(?:acc(?:ording)?\.?|acdg\.?|as\s+per)(?:\s+to\b|(?<=per))", re.I)
# "turks n caicos", "gendarmes n police", "killed & injured": the "and" staff type short
_AND_SHORT = re.compile(r"(?<=\w)\s+(?:n|&)\s+(?=\w)")
# "nw syria", "NE Nigeria": the compass shorthand staff type, before a capitalised or known name
_COMPASS_WORDS = {"nw": "northwest", "ne": "northeast", "sw": "southwest", "se": "southeast"}
# "n sinai", "s kordofan": a compass point typed as its letter (only before a place so named: _compass_written_out)
_COMPASS_LETTER = re.compile(r"(?<![\w'’.])([nsew])\.?\s+([a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)", re.I)  # (not "sudan's", "u.s.")
_COMPASS_LETTERS = {"n": "north", "s": "south", "e": "east", "w": "west"}


def _compass_written_out(m: re.Match, g: Gazetteer) -> str:
    """"rawda mosque attack n sinai": North Sinai, where the place so named is known (the next word, or the next two:
    "s west darfur" is no place, "n sinai" is); else the letter as typed ("how many ppl s killed")."""
    words = m.group(2).split()
    for n in range(len(words), 0, -1):
        name = f"{_COMPASS_LETTERS[m.group(1).lower()]} {' '.join(words[:n])}"
        if g.place_named(name) is not None:
            return name + m.group(2)[len(" ".join(words[:n])):]
    return m.group(0)
_COMPASS_SHORT = re.compile(r"\b(nw|ne|sw|se|NW|NE|SW|SE)\s+(?=[A-Za-z]{3,})")
# "bailey rd fire": a street's or an avenue's kind typed short after its name (only where a place so named is known:
# _street_written_out)
_STREET_SHORT = re.compile(r"(?<![\w'’])([a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)\s+(rd|st|ave)\b\.?", re.I)
_STREET_WORDS = {"rd": "road", "st": "street", "ave": "avenue"}


def _street_written_out(m: re.Match, g: Gazetteer) -> str:
    """"bailey rd fire dhaka": Bailey Road, where the place so named is known (with the word before, or the two
    before: "the bailey rd" is Bailey Road too); else as typed."""
    words = m.group(1).split()
    for k in range(len(words)):
        name = f"{' '.join(words[k:])} {_STREET_WORDS[m.group(2).lower()]}"
        if g.place_named(name) is not None:
            return " ".join(words[:k] + [name])
    return m.group(0)


def tokenize(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        surface = m.group(0)
        bare = re.sub(r"['’]s$", "", surface)  # possessive: "UNICEF's" -> "UNICEF"
        word = normalize(bare)
        if word:
            out.append(_Token(surface, word, m.start(), m.start() + len(bare)))
        if len(out) >= MAX_TOKENS:
            break
    return out


# What may happen to those counted, typed right after them
_FATES = frozenset("killed dead died injured wounded hurt missing abducted kidnapped".split())


def _police_counted(tokens: list[_Token]) -> list[_Token]:
    """"how many police killed": the police counted (personnel), where staff type a fate right after the word; not the
    police who tell ("death toll police", "how many wounded police")."""
    # (only where "police" opens what is counted: not "how many protesters police killed", the police killing)
    return [replace(t, word="policemen") if t.word == "police" and k + 1 < len(tokens) and tokens[k + 1].word in _FATES and (
        k == 0 or tokens[k - 1].word in ("many", "the", "of")) else t for k, t in enumerate(tokens)]


def _how_badly(tokens: list[_Token]) -> list[_Token]:
    """"how many treated for minor injuries": how badly they were hurt, no minors counted (the word is dropped)."""
    return [t for k, t in enumerate(tokens) if not (
        t.word in _SEVERITY and k + 1 < len(tokens) and tokens[k + 1].word.startswith(("injur", "wound", "burn")))]


# Words of how badly someone was hurt, before the injury: not a subject ("minor" is no minor there).
_SEVERITY = frozenset("minor serious severe critical light slight".split())


def parse_question(question: str, gazetteer: Gazetteer, context: Query | None = None) -> Query:
    """Parse a chat question; with `context` (the previous Query), a short follow-up reuses its parts."""
    if isinstance(question, str):
        # (before "n" is read as "and": "attack n sinai")
        question = _COMPASS_LETTER.sub(lambda m: _compass_written_out(m, gazetteer), question[: MAX_QUESTION_CHARS * 4])
        question = _STREET_SHORT.sub(lambda m: _street_written_out(m, gazetteer), question)
    text = clean_text(question)
    if text.startswith("/"):
        text = _command(text)
    when = time_range(text)
    if when is not None:
        # The time phrase is read once, as a range; its words are not places or topics.
        (a, b) = when[1]
        text = text[:a] + " " * (b - a) + text[b:]
    tokens = _how_badly(_police_counted(_phrase_typos(tokenize(text))))
    p = _scan(text, tokens, gazetteer)
    if not any(named for _, _, named in p.agencies):
        _partial_source(tokens, p, gazetteer)
    if not p.agencies:
        _trailing_source(tokens, p, gazetteer)
    if when is not None:
        p.time = when[0]
        p.content += 1
    query = _assemble(p, tokens, gazetteer)
    if context is not None and _is_follow_up(p, query, tokens, context):
        return merge(context, query)
    return query


def _command(text: str) -> str:
    """Bot commands typed as text: /start and /help get help, /about X and /ask X are questions."""
    head, _, rest = text.partition(" ")
    name = head[1:].split("@")[0].lower()
    if name in ("start", "help"):
        return "help"
    if name == "sources":
        return "sources"
    if name == "about":
        return f"tell me about {rest}"
    return rest


def merge(context: Query, new: Query) -> Query:
    """A follow-up: the previous question with only what the follow-up names replaced."""
    changes: dict = {"follow_up": True, "words": new.words}
    if new.subjects:
        changes["subjects"] = new.subjects
    if new.statuses:
        changes["statuses"] = new.statuses
    if new.place or new.unknown_place:
        changes["place"] = new.place
        changes["unknown_place"] = new.unknown_place
        changes["also_places"] = new.also_places
    if new.agency:
        changes["agency"] = new.agency
        changes["agency_hint"] = None
    elif new.agency_hint:
        # "what about OCHA?" names an agency as the thing asked: it becomes the source.
        changes["agency"] = new.agency_hint
    if new.time:
        changes["time"] = new.time
    kind = context.kind
    if new.kind in ("who_says", "latest"):
        kind = new.kind
    elif kind in ("about_place", "help", "greeting", "sources"):
        kind = "how_many"
    changes["kind"] = kind
    merged = replace(context, **changes)
    if merged.kind == "how_many" and not (merged.subjects or merged.statuses):
        merged = replace(merged, kind="who_says" if merged.agency else "about_place")
    return merged


# -- scanning ---------------------------------------------------------------------


def _scan(text: str, tokens: list[_Token], g: Gazetteer) -> _Parsed:
    p = _Parsed()
    n = len(tokens)
    max_entity_words = 9  # "United Nations Office for the Coordination of Humanitarian Affairs"
    consumed = [False] * n
    place_at = (-1, -1)  # where the last place named starts and ends
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.word.isdigit():
            if _YEAR.match(tok.word):
                p.time = tok.word
                p.content += 1
            consumed[i] = True
            i += 1
            continue
        taken = 0
        for length in range(min(max(max_entity_words, W.MAX_PHRASE_WORDS), n - i), 0, -1):
            span = tokens[i : i + length]
            key = tuple(t.word for t in span)
            if length == 1 and not _name_edge(span[0]) and key not in W.PHRASES:
                break
            phrase = W.PHRASES.get(key)
            # (also past a place the source is named with: "acc to uganda army" asks the army, counts no troops)
            source_cue = _source_before(tokens, i) or (place_at[1] == i and _source_before(tokens, place_at[0]))
            # One common word is vocabulary first ("rebels" are fighters) unless it follows
            # "according to"; a run of words is a name first ("UN children's agency").
            if phrase and length == 1 and not source_cue:
                _add_phrase(p, i, phrase)
                taken = 1
                break
            if length <= max_entity_words and _name_edge(span[0]) and (
                _name_edge(span[-1]) or (length > 1 and span[-1].word in _KIND_ENDS)
                or (length > 1 and g.place_named(text[span[0].start : span[-1].end]) is not None)
            ):  # ("deaths in bogo city": a name that ends in its kind of place, "Bogo City"; or in a small word, "thuan an")
                surface = text[span[0].start : span[-1].end]
                agency = _agency(g, surface, span)
                named_as_source = _source_around(tokens, i, i + length) if agency is not None else False
                if agency is not None and not named_as_source and (
                    (as_place := g.place(surface, fuzzy=False)) is not None and normalize(as_place.name) == normalize(agency.name)
                ):
                    agency = None  # "dinagat islands odette how many injured": a place an article once read as a source
                if agency is not None:
                    p.agencies.append((i, agency, named_as_source))
                    taken = length
                    break
                place = _place(g, surface, span, expected=_after_preposition(tokens, i))
                if place is not None and not _name_edge(span[-1]) and normalize(place.name) != " ".join(t.word for t in span):
                    place = None  # (a kind word is part of the name only when the place is so named: "Bogo City", not "idlib province")
                if place is not None and i + length < n and (tokens[i + length].word in ("airlines", "airways") or (
                    tokens[i + length].word == "air" and i + length + 1 < n and tokens[i + length + 1].word in _FLIGHT_WORDS
                )):
                    place = None  # ("muan airport jeju air crash": an airline named after its home; not "gaza air strikes")
                if place is not None and place.kind in ("city", "town") and i + length < n and tokens[i + length].word in _WIDER_KINDS:
                    # "kursk region shelling": the province named after its capital, not the city
                    place = _province_named(g, surface) or place
                if place is not None:
                    p.places.append((0 if _after_preposition(tokens, i) else 1, i, place))
                    p.named.append(place.name)
                    taken = length
                    place_at = (i, i + length)
                    break
            if phrase:
                if length == 1 and source_cue and phrase[0] == "subject":
                    # "acc to home minister", "per women's affairs ministry", "acc to firefighters": a source's name, not
                    # who is counted
                    break
                _add_phrase(p, i, phrase)
                taken = length
                break
        if taken:
            for k in range(i, i + taken):
                consumed[k] = True
            p.content += 1
            i += taken
        else:
            i += 1
    _second_chance(tokens, consumed, p, g)
    return p


# (not "province": "idlib province" asks Idlib, as the store keeps a Syrian governorate's counts)
_WIDER_KINDS = frozenset("region oblast prefecture krai".split())


def _province_named(g: Gazetteer, name: str) -> Entity | None:
    """The province (or region) a city's name also names, as the tables write it ("Kursk Oblast", "Hama Governorate"),
    letter for letter (a transliteration's consonants would make "Rome Region" Oromia's)."""
    for kind in ("Oblast", "Province", "Region", "Governorate", "Prefecture", "Krai"):
        e = g.place_named(f"{name} {kind}")
        if e is not None and e.kind in ("governorate", "region", "area"):
            return e
    return None


# Kinds of place a typed name may end in, which are stopwords alone ("in the city")
_KIND_ENDS = frozenset("city town province district region village camp county state island".split())



def _name_edge(tok: _Token) -> bool:
    """Can a name start or end with this word? Not with "the" or "in"; with "US" in capitals."""
    return tok.word not in W.STOPWORDS or (tok.surface.isupper() and len(tok.surface) >= 2)


def _add_phrase(p: _Parsed, pos: int, phrase: tuple[str, str]) -> None:
    role, value = phrase
    if role == "subject":
        p.subjects.append((pos, value))
    elif role == "status":
        p.statuses.append((pos, value))
    else:
        p.kinds.append(value)


def _phrase_typos(tokens: list[_Token]) -> list[_Token]:
    """A word of a phrase of the vocabulary typed wrong, where the corrected word completes the phrase with the words
    around it ("taken to hospitl": taken to hospital); a word that is a phrase alone is corrected later, with places."""
    out = list(tokens)
    tries = 0
    # (twice the budget of _second_chance: a question's topic words, "astroworld crowd crush", come before its phrase)
    for i, tok in enumerate(tokens):
        if tries >= 2 * MAX_FUZZY_TRIES or len(tok.word) < 5 or not tok.word.isalpha() or tok.word in W.PHRASE_WORDS or tok.word in W.STOPWORDS:
            continue
        tries += 1
        fixed = process.extractOne(tok.word, W.PHRASE_WORDS_LIST, scorer=fuzz.ratio, score_cutoff=85)
        if fixed is None:
            continue
        word = fixed[0]
        for key in W.PHRASES_WITH.get(word, ()):
            k = key.index(word)
            lo = i - k
            if lo >= 0 and lo + len(key) <= len(out) and all(
                out[lo + j].word == w for j, w in enumerate(key) if lo + j != i
            ):
                out[i] = replace(tok, word=word)
                break
    return out


def _second_chance(tokens: list[_Token], consumed: list[bool], p: _Parsed, g: Gazetteer) -> None:
    """Words nothing matched exactly: typos of the vocabulary, misspelt or unknown places, other words."""
    tries = 0
    for i, tok in enumerate(tokens):
        if consumed[i] or tok.word in W.STOPWORDS or not tok.word.isalpha():
            continue
        capitalised = tok.surface[:1].isupper() and i > 0
        if tries < MAX_FUZZY_TRIES and len(tok.word) >= 5 and tok.word not in vocab.CAUSE_WORDS:
            # ("bolivia rains": a cause, not a typo of "remains")
            tries += 1
            fixed = process.extractOne(tok.word, W.FUZZY_WORDS, scorer=fuzz.ratio, score_cutoff=82)
            if fixed is not None and tok.word in W.NOT_PLACES and tok.word in fixed[0]:
                fixed = None  # "sanahin station", "marikina river": a word typed right, not "stationed" cut short nor "drivers"
            if fixed is not None and _in_trailing_source(tokens, i):
                fixed = None  # "acc to local authorities", "acc to fire service": a source's name, no word of the vocabulary
            if fixed is not None and not capitalised:
                _add_phrase(p, i, W.PHRASES[(fixed[0],)])
                p.content += 1
                continue
            # A typo is corrected to a place only where a place is expected ("in Aleppp", or first, as
            # staff put the topic first: "zaatri camp refugee arrivals") or typed as a name: "going hungry"
            # is not Hungary.
            expected = capitalised or _after_preposition(tokens, i)
            # (a word before a place's name is its qualifier, "central sulawesi", not a second place misspelt)
            before_place = any(pos == i + 1 for _, pos, _ in p.places)
            # (nor the first word of a name of two no table knows: "slavonski brod transit camp" is not Sloviansk's)
            place = _fuzzy_place(g, tok) if tok.word not in W.DEMONYMS and (expected or i == 0) and not before_place and not (
                not expected and _a_name_goes_on(tokens, i, g)) else None
            if place is not None and not expected and normalize(place.name)[:1] != tok.word[:1]:
                place = None  # a misspelt place first keeps its first letter: "outbreak deaths" is not Tobruk
            if place is not None:
                # A corrected spelling counts for less than a name typed right.
                p.places.append((1 if _after_preposition(tokens, i) else 2, i, place))
                p.content += 1
                continue
            if fixed is not None:
                _add_phrase(p, i, W.PHRASES[(fixed[0],)])
                p.content += 1
                continue
        demonym = _demonym(g, tok.word)
        if demonym is not None and i and not consumed[i - 1] and p.words and p.words[-1] == tokens[i - 1].word and (
            two := _demonym(g, f"{tokens[i - 1].word} {tok.word}")
        ) is not None:
            demonym = two  # "south sudanese refugees": South Sudan's, the nationality's two words (not Sudan's)
            p.words.pop()
            p.content -= 1  # (the two words are one nationality)
        if demonym is not None:
            p.places.append((3, i, demonym))
            p.content += 1
            continue
        p.words.append(tok.word)
        p.content += 1
        before_cause = i + 1 < len(tokens) and tokens[i + 1].word in vocab.CAUSE_WORDS
        if tok.word in W.NOT_PLACES or tok.word in vocab.CAUSE_WORDS or tok.word in vocab.OTHER_COUNTS:
            if before_cause and (named := _chain_name(tokens, i, p)) is not None:
                p.names.append(named)  # "minneapolis bridge collapse": maybe a name, before the bridge every collapse story names
            continue
        if len(tok.word) < 3 and not before_cause:
            continue  # (but "gb floods": Gilgit-Baltistan's, as its articles call it)
        if _in_source_name(tokens, i) or _source_before(tokens, i, _SOURCE_ONLY):
            # "acc to ministry of health": a word of the source's name after "of", not a place; "acc to RAI": the source
            # (not after "figures from", "per": "displaced figures from Mbangoro" may ask of a place)
            continue
        if i == 0 and _town_before_province(tokens, i, p, g):
            # "lae morobe flooding how many dead": a town of the province named after it, which the store does not know
            # (asked first, as staff put the place first; not "central sulawesi", "eastern kentucky")
            p.unknown.append((0, tok.surface))
            continue
        if _after_preposition(tokens, i) or capitalised:
            # "in Atlantis": most likely a place, and one the store does not know.
            surface = tok.surface
            if i + 1 < len(tokens) and tokens[i + 1].surface[:1].isupper() and tokens[i + 1].word.isalpha() and not any(
                pos == i + 1 for _, pos, _ in p.places
            ):  # (not the known place after it: "in Meizhou, Guangdong")
                surface += " " + tokens[i + 1].surface
            # priority 0 only right after "in" ("missing in rusitu"), the one a place the store knows does not overrule
            # ("killed in Gaza on average", "died in Libya at sea": other words after other prepositions)
            p.unknown.append((0 if i > 0 and tokens[i - 1].word == "in" else 1 if _after_preposition(tokens, i) else 2, surface))
        elif before_cause:
            p.events.append(tok.word)  # "hanang landslide": where it happened, as the articles may spell it
        elif i > 0 and tokens[i - 1].word in vocab.CAUSE_WORDS and len(tok.word) >= 4:
            p.events.append(tok.word)  # "cyclone gabrielle", "strike jazra": the event's own name


# An airline named after its home ("jeju air crash", "nepal airlines"): after "air", the words that make it an airline's.
_FLIGHT_WORDS = frozenset("crash flight plane jet aircraft accident".split())
# Words that qualify a province's name rather than name a town in it ("central sulawesi", "baja california sur").
_QUALIFYING = frozenset(
    "north south east west northern southern eastern western central upper lower greater northeast northwest southeast"
    " southwest northeastern northwestern southeastern southwestern far deep inner outer new old baja".split())


def _town_before_province(tokens: list[_Token], i: int, p: _Parsed, g: Gazetteer) -> bool:
    """Is the word at i, which nothing read, right before a province the question names, a town of that province's country
    (store.cities: "lae morobe"; not "mocha rakhine", a cyclone, nor "junta rakhine")?"""
    province = next((e for _, pos, e in p.places if pos == i + 1 and e.kind in ("governorate", "district", "region")), None)
    if province is None or len(tokens[i].word) < 3 or tokens[i].word in _QUALIFYING:
        return False
    country = g.country_of(province.id)
    if country is None or not country.pcode:
        return False
    from store.cities import country_of_town  # (the towns table loads once per process, only for a question of this shape)

    return country_of_town(tokens[i].word, {country.pcode}) == country.pcode


def _may_name(word: str, shortest: int) -> bool:
    """Can a word nothing read be a name: no word that never names a place, a cause or a thing counted?"""
    return len(word) >= shortest and word.isalpha() and word not in W.NOT_PLACES and word not in vocab.CAUSE_WORDS and (
        word not in vocab.OTHER_COUNTS)


def _first_name(tokens: list[_Token], p: _Parsed) -> str | None:
    """The question's first word where nothing read it ("sendong washi how many ppl missing": the storm's local name),
    staff typing the topic first: maybe a name."""
    # (the first that may name, of the unread words the question opens with: "la faute sur mer xynthia how many injured")
    for tok in tokens:
        if tok.word not in p.words:
            return None
        if _may_name(tok.word, 4):
            return tok.word
    return None


def _chain_name(tokens: list[_Token], i: int, p: _Parsed) -> str | None:
    """The first of the other words typed right before tokens[i] ("minneapolis" in "minneapolis bridge collapse"), with
    those after it up to one that never names a place ("fort albany" in "fort albany first nation flood", "san bruno" in
    "san bruno gas pipeline blast": a name of more words than one), unless the first is a word that never names a place;
    None where no other word comes before."""
    k = i
    while k > 0 and tokens[k - 1].word in p.words and tokens[k - 1].word not in vocab.CAUSE_WORDS:
        k -= 1
    if k == i or not _may_name(tokens[k].word, 3):
        return None
    end = k + 1
    while end < i and end - k < 3 and _may_name(tokens[end].word, 3):
        end += 1
    return " ".join(t.word for t in tokens[k:end])


def _in_source_name(tokens: list[_Token], i: int) -> bool:
    """Is tokens[i] inside a source's name after "according to", joined to it by "of" alone ("acc to ministry of
    health", "per the office of the prime minister"), not a place after it ("acc to unicef in raqqa")?"""
    for k in range(i - 1, max(-1, i - 5), -1):
        if tokens[k].word in W.PLACE_PREPOSITIONS and tokens[k].word != "of":
            return False
        if _source_before(tokens, k):
            # (a body's name, "ministry of health", "office of the prime minister"; not "the governor of kukawa", "toll of
            # kukawa", where a place follows "of")
            return any(t.word == "of" and j > 0 and tokens[k + j - 1].word in vocab.FIELD_BODY_HEADS for j, t in enumerate(tokens[k:i]))
    return False


# The cues after which only a source's name comes ("according to X", "reported by X"); after "from" and "per" a place may
_SOURCE_ONLY = tuple(cue for cue in W.SOURCE_BEFORE if cue.split()[-1] not in ("from", "per"))


def _in_trailing_source(tokens: list[_Token], i: int) -> bool:
    """Is tokens[i] a word of the source's name that ends the question after "according to": its first word, or its
    last after one or two more ("acc to fire service" asks the fire service, no typo of "service members")? (A word the
    vocabulary has exactly is read as itself there: "killed acc to the monitor children".)"""
    return _source_before(tokens, i) or (
        i == len(tokens) - 1 and any(_source_before(tokens, j) for j in (i - 1, i - 2)) and tokens[i - 1].word not in W.STOPWORDS)


def _source_before(tokens: list[_Token], i: int, cues: tuple[str, ...] = W.SOURCE_BEFORE) -> bool:
    previous = [t.word for t in tokens[max(0, i - 3) : i] if t.word != "the"][-2:]
    before = " ".join(previous)
    return any(before == cue or before.endswith(" " + cue) for cue in cues)


def _agencies_by_word(g: Gazetteer) -> dict[str, set[int]]:
    """The ids of the agencies whose name holds each word (built once per gazetteer and number of agencies: a
    question's trailing words are looked up, not every agency's name read; an agency learned since is in it)."""
    return _by_word(g, len(g.agencies))


@lru_cache(maxsize=4)
def _by_word(g: Gazetteer, count: int) -> dict[str, set[int]]:
    index: dict[str, set[int]] = {}
    for aid, e in g.agencies.items():
        for w in _name_words(e.name):
            index.setdefault(w, set()).add(aid)
    return index


@lru_cache(maxsize=8192)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(normalize(name).split())


def _initials(name: str) -> str:
    """"Emergency Coordination Center" -> "ecc" (only a name of three words or more has initials to ask by)."""
    words = [w for w in normalize(name).split() if w not in W.STOPWORDS]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def _agencies_by_initials(g: Gazetteer) -> dict[str, list[int]]:
    """The ids of the agencies by their names' initials (built as _agencies_by_word is)."""
    return _by_initials(g, len(g.agencies))


@lru_cache(maxsize=4)
def _by_initials(g: Gazetteer, count: int) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for aid, e in g.agencies.items():
        if initials := _initials(e.name):
            index.setdefault(initials, []).append(aid)
    return index


def _acronym_word(word: str, g: Gazetteer) -> bool:
    """Is a question's word an acronym inside one of the store's names ("pdma" in "Khyber Pakhtunkhwa PDMA")?"""
    return len(word) >= 3 and any(word.upper() in g.agencies[i].name.split() for i in _agencies_by_word(g).get(word, ()))


def _partial_source(tokens: list[_Token], p: _Parsed, g: Gazetteer) -> None:
    """'according to the health ministry' in a question about Gaza: the one source whose name holds
    those words (and the place asked, when several do), such as a learned 'Gaza health ministry'."""
    for i, tok in enumerate(tokens):
        if not _source_before(tokens, i + 1) or i + 1 >= len(tokens):
            continue
        words = [t.word for t in tokens[i + 1 : i + 5] if t.word not in W.STOPWORDS]
        if not words:
            return
        fits = [e for e in g.agencies.values() if all(w in _name_words(e.name) for w in words)]
        if not fits:
            # a title as staff shorten it ("acc to chief secy": the Tamil Nadu Chief Secretary), or a name's
            # initials ("acc to ecc": the Emergency Coordination Center)
            written = [_TITLE_WORDS.get(w, w) for w in words]
            index = _agencies_by_word(g)  # (looked up, not every agency's name read again)
            fits = [g.agencies[a] for a in sorted(set.intersection(*(index.get(w, set()) for w in written)))] or (
                [g.agencies[a] for a in _agencies_by_initials(g).get(words[0], ())] if len(words) == 1 and len(words[0]) >= 3 else [])
            if p.places:
                # (not a body of a place in another country: "acc to state govt" about Odisha is not the Borno State
                # Government)
                fits = [e for e in fits if not _of_another_country(g, e, p.places[0][2], any_place=True)
                        and not _of_another_province(g, e, p.places[0][2])]
        if len(fits) > 1:
            asked = {t.word for t in tokens}
            fits = [e for e in fits if _name_words(e.name) <= asked | set(words)]
        if len(fits) == 1 and p.places and _of_another_country(g, fits[0], p.places[0][2]):
            return  # "... french guiana ... acc to prosecutor" is no question about Ukraine's prosecutor general
        if len(fits) == 1:
            p.agencies.append((i + 1, fits[0], True))
            p.words = [w for w in p.words if w not in words]
        return


def _of_another_country(g: Gazetteer, agency: Entity, place: Entity, any_place: bool = False) -> bool:
    """Does the agency's name name a country other than the place's ("Prosecutor General of Ukraine" for a
    question on French Guiana)? With `any_place`, a place in another country too ("Borno State Government")."""
    country = g.country_of(place.id)
    if country is None:
        return False
    words = agency.name.replace("'s", "").split()
    named = {vocab.country_of_demonym(w) for w in words} | {
        home.name for k in range(len(words)) for n in (1, 2, 3)
        if (e := g.place(" ".join(words[k : k + n]), fuzzy=False)) is not None and (e.kind == "country" or any_place)
        and (home := g.country_of(e.id)) is not None
    }
    named.discard(None)
    return bool(named) and country.name not in named


def _of_another_province(g: Gazetteer, agency: Entity, place: Entity) -> bool:
    """Does the agency's name name a province other than the one the place asked lies in ("Tamil Nadu Chief Secretary"
    for Kerala)? Not known when the place lies in no province the tables know."""
    home = g.province_of(place.id)
    if home is None:
        return False
    words = agency.name.replace("'s", "").split()
    named = {prov.id for k in range(len(words)) for n in (1, 2, 3)
             if (e := g.place(" ".join(words[k : k + n]), fuzzy=False)) is not None and (prov := g.province_of(e.id)) is not None}
    return bool(named) and home.id not in named


# How staff write a source's title at the end of a question (store/data/words.json "source_titles").
_TITLE_WORDS = vocab.SOURCE_TITLE_NAMES
_ROLE_WORDS = vocab.SOURCE_ROLES


def _trailing_source(tokens: list[_Token], p: _Parsed, g: Gazetteer) -> None:
    """'mina hajj stampede injured health minister': words left over at the end of a question that name
    one source the store knows ('Saudi health ministry'), as a hint for ranking, not a filter."""
    left = set(p.words)
    tail: list[str] = []
    for tok in reversed(tokens):
        if tok.word not in left:
            break
        tail.insert(0, tok.word)
    words = [_TITLE_WORDS.get(w, w) for w in tail[-3:] if w not in _ROLE_WORDS]
    if not words or len(tail) < 2 and tail[0] not in _TITLE_WORDS and not _acronym_word(tail[0], g):
        return  # (one plain word left over is no source: "... in the stampede"; an acronym is: "... injured pdma")
    index = _agencies_by_word(g)
    ids = set.intersection(*(index.get(w, set()) for w in words))
    fits = [g.agencies[i] for i in sorted(ids)]
    if len(fits) > 1 and p.places:
        # every country has a health ministry: the one of the country asked about
        country = g.country_of(p.places[0][2].id)
        fits = [e for e in fits if country is not None and (
            e.name.startswith(country.name) or vocab.country_of_demonym(e.name.split()[0]) == country.name)]
    if len(fits) == 1:
        p.agencies.append((len(tokens) - len(tail), fits[0], False))
        p.words = [w for w in p.words if w not in tail]


def _source_around(tokens: list[_Token], i: int, j: int) -> bool:
    """An agency at tokens[i:j] named as the source: "according to X", "X says", "what does X say"."""
    if _source_before(tokens, i) or _source_after(tokens, j):
        return True
    prev = [t.word for t in tokens[max(0, i - 2) : i] if t.word != "the"]
    return bool(prev) and prev[-1] in W.SOURCE_AUXILIARIES and any(t.word in W.SOURCE_AFTER for t in tokens[j : j + 2])


def _source_after(tokens: list[_Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].word in W.SOURCE_AFTER


def _after_preposition(tokens: list[_Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].word in W.PLACE_PREPOSITIONS


# Names staff use for a family of agencies rather than one of them ("according to the red cross": the
# ICRC, the IFRC or a national society), from the "asked_as" key of store/data/agencies.json.
_ASKED_AS = {a.lower(): e["name"] for e in vocab.data_file("agencies.json") for a in e.get("asked_as", ())}
_ONE_OR_MANY = {**ONE_AND_MANY, **{many: one for one, many in ONE_AND_MANY.items()}}


def _agency(g: Gazetteer, surface: str, span: list[_Token]) -> Entity | None:
    family = _ASKED_AS.get(surface.lower())
    if family is not None and (hit := g.agency(family, fuzzy=False)) is not None:
        return hit
    hit = g.agency(surface, fuzzy=False)
    if hit is None and (other := _ONE_OR_MANY.get(surface.lower())) is not None:
        hit = g.agency(other, fuzzy=False)  # "acc to officials" where the store has only what one official said, and back
    if hit is None and len(span) > 1:
        hit = g.agency("the " + surface, fuzzy=False)  # aliases such as "the UN children's agency"
    if hit is None and len(span) == 1 and 2 <= len(surface) <= 6 and surface.islower():
        # Acronyms typed in lower case ("unicef", "ocha").
        hit = g.agency(surface.upper(), fuzzy=False)
    if hit is not None and len(span) == 1 and surface.islower() and process.extractOne(
        span[0].word, vocab.CAUSE_WORDS, scorer=fuzz.ratio, score_cutoff=85
    ):
        return None  # "solomons tsunami how many dead" (or "tsunamy"): a cause's word, never an agency its consonants match (Tasnim)
    return hit


# The kind words a place's name is learned with from articles ("Tabayin Township", "Ngaski Local Government Area")
# that staff leave out when they ask
_NAMED_WITH_KIND = ("township", "county", "district", "regency", "village", "municipality", "local government area", "lga")


def _place(g: Gazetteer, surface: str, span: list[_Token], expected: bool = True) -> Entity | None:
    """The place a typed name is; a lower-case word that is not the name itself (only close to it:
    "hungry" and Hungary) counts only where a place is expected, after "in", "from"..."""
    hit = g.place(surface, fuzzy=False) or (g.place_spaced(surface) if len(span) >= 2 else None)
    if hit is None and expected and len(surface) >= 4 and span[-1].word not in W.NOT_PLACES and (
        # (the name exactly: a transliteration key would make "home district" Hama District)
        kinded := next((e for kind in _NAMED_WITH_KIND if (e := g.place_named(f"{surface} {kind}")) is not None), None)
    ) is not None:
        return kinded  # "in tabayin": the place an article taught the store as "Tabayin Township" (not "brick kiln": Brick Township)
    if hit is None and len(span) == 1 and surface.islower() and 2 <= len(surface) <= 5 and span[0].word not in W.NOT_PLACES:
        hit = g.place(surface.upper(), fuzzy=False)  # a place's acronym typed in lower case: "usvi", "drc", "bvi"
        if hit is not None:
            return hit
    if hit is None:
        return g.country_by_first_name(surface) if expected else None  # "in trinidad": Trinidad and Tobago
    typed = " ".join(t.word for t in span)
    if typed == normalize(hit.name) or g.place_named(surface) is hit or not surface.islower():
        return hit
    if len(span) >= 2 and translit_key(typed) == translit_key(hit.name):
        return hit  # the name's words joined or split, by its transliteration key: "nong bua lamphu daycare attack"
    if not expected:
        return None
    if typed in W.NOT_PLACES or len(typed) <= 3:
        # "war" is not Al-Waer: a short or common lower-case word must be the name itself.
        return None
    # A lower-case ordinary word can share a transliteration key or a consonant
    # skeleton with some place; keep the hit only when it still looks like the name.
    if fuzz.ratio(translit_key(typed), translit_key(hit.name)) >= 60:
        return hit
    return None


def _fuzzy_place(g: Gazetteer, tok: _Token) -> Entity | None:
    if len(tok.word) < 4:
        return None
    return g.place(tok.surface, fuzzy=True, cutoff=86) or (g.place_slipped(tok.word) if tok.word.islower() else None)


# Words a place's name may end in besides its kind ("fergana valley", "swat river")
_LANDFORMS = frozenset("valley river lake lakes mountain mountains hills highlands coast bay gulf delta plateau basin islands peninsula strait sea".split())


def _a_name_goes_on(tokens: list[_Token], i: int, g: Gazetteer) -> bool:
    """Is the word after tokens[i] one no vocabulary or table knows, the rest of a name ("slavonski brod")?"""
    if i + 1 >= len(tokens):
        return False
    w = tokens[i + 1].word
    return len(w) >= 3 and w.isalpha() and not (
        w in _KIND_ENDS or w in _LANDFORMS  # ("fergana valley": a misspelt place's own valley)
        or w in W.PHRASE_WORDS or w in W.STOPWORDS or w in W.NOT_PLACES or w in W.DEMONYMS or w in vocab.CAUSE_WORDS
        or w in vocab.OTHER_COUNTS or w in vocab.EVENT_NOUNS or g.place(w, fuzzy=False) is not None)


def _demonym(g: Gazetteer, word: str) -> Entity | None:
    """"Syrian war" is about Syria."""
    name = W.DEMONYMS.get(word)
    if name is None:
        for suffix, repl in (("ian", "ia"), ("an", "a"), ("i", ""), ("ese", "")):
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                candidate = g.place(word[: -len(suffix)] + repl, fuzzy=False)
                if candidate is not None and candidate.kind == "country":
                    return candidate
        return None
    return g.place(name, fuzzy=False)


# -- assembling -------------------------------------------------------------------


_ONE_HOME = frozenset(vocab.SUBJECT_TERMS["houses"].get("singular", ()))
_UNDER_RULE = re.compile(r"\bunder\s+(?:\S+\s+){0,3}(?:rule|control|occupation)\b")


def _assemble(p: _Parsed, tokens: list[_Token], g: Gazetteer) -> Query:
    # ("girls school blast death toll", "jenin refugee camp ... how many palestinians wounded": the place's kind, not
    # who is counted)
    # (only where the question asks what befell people: "north darfur idps camp population" asks about the IDPs)
    # (nor who carried out the event: "nalchik militant attack how many wounded" asks about anyone wounded; "children
    # flood deaths" still asks about children)
    # (nor a home the event struck, named in the singular: "omsk nursing home fire ... how many evacuated")
    described = [(i, v) for i, v in p.subjects if
                 i + 1 < len(tokens) and (tokens[i + 1].word in vocab.FACILITY_NOUNS or (
                     tokens[i + 1].word in vocab.EVENT_NOUNS and (v in vocab.CONFLICT_SUBJECTS or tokens[i].word in _ONE_HOME)))
                 and W.PHRASES.get((tokens[i].word,)) == ("subject", v)]
    if described and p.statuses:
        p.subjects = [x for x in p.subjects if x not in described]
    subjects = _dedupe(v for _, v in sorted(p.subjects))
    statuses = _dedupe(v for _, v in sorted(p.statuses))
    words = list(p.words)

    if "living_under" not in statuses and any(t.word in W.LIVING for t in tokens) and any(t.word == "under" for t in tokens):
        statuses.append("living_under")
        words = [w for w in words if w not in W.LIVING]
    elif not statuses and any(t.word in W.SURVIVING and not _source_before(tokens, i) for i, t in enumerate(tokens)) and not any(
        t.word in W.IN_CARE for t in tokens
    ):
        # "lake syamozero boat disaster how many survivors" (not "acc to survivors", the source)
        statuses = ["present"]
    elif not statuses and any(t.word in W.LIVING for t in tokens):
        # "how many people living in rebel-held east Aleppo": who lives (on) there, however counted.
        statuses = ["remaining", "living_under", "present", "trapped"]
        words = [w for w in words if w not in W.LIVING]
    if "living_under" not in statuses and _UNDER_RULE.search(" ".join(t.word for t in tokens)):
        # "idps under IS rule in raqqa": the group's name between "under" and "rule" was read as a source
        statuses.append("living_under")
        words = [w for w in words if w not in ("rule", "control", "occupation")]
    # "displaced people living under ISIS": displaced is who, living under is what.
    if "displaced" in statuses and len(statuses) > 1:
        statuses.remove("displaced")
        subjects.append("displaced")
    # The harm is what is asked; "fleeing" or "trapped" then only describe the event.
    harm = [s for s in statuses if s in _HARM]
    if harm:
        words += [s for s in statuses if s not in _HARM]
        statuses = harm
    # "casualties", "dead or hurt": killed and injured together, and each of them apart.
    for combined, parts in vocab.COMBINED_STATUSES.items():
        if combined in statuses:
            statuses = _dedupe([*statuses, *parts])
    # "death toll in the air strike", "wounded in the Sa'ada strikes": a harm asked about with a
    # cause word counts the people it harmed, not the strikes.
    # So does one about fighters: "russian airstrikes homs how many terrorists killed".
    # (no one kills or injures a house, nor is one missing: "hofu nursing home mudslide deaths" asks for the people killed at
    # the home, "lisle verte seniors home fire how many still missing" for the people missing; not
    # "homes lost", houses destroyed, nor homes asked beside people, "homes destroyed and people killed")
    if harm:
        # (beside the cause's strikes too: "diwaniyah car bombs governor house how many wounded")
        houses = [s for s in subjects if s not in vocab.CONFLICT_SUBJECTS] == ["houses"] and (harm[0] in ("killed", "injured", "casualties") or (
            harm[0] == "missing" and not any(t.word == "lost" for t in tokens)))  # ("homes lost": destroyed)
        things = [s for s in subjects if s in vocab.THING_SUBJECTS or (houses and vocab.kind_for(s, harm[0]) == "damage")]
        words += things
        subjects = [s for s in subjects if s not in things]
    # People and strikes in one question: the people are counted, the strikes are the cause.
    people = [s for s in subjects if s not in vocab.CONFLICT_SUBJECTS]
    if people and len(people) < len(subjects) and (not statuses or any(s in _IMPACT_STATUSES for s in statuses)):
        words += [s for s in subjects if s in vocab.CONFLICT_SUBJECTS]
        subjects = people
    # "refugee children", "idp women": children who fled, women displaced (not every refugee or IDP)
    # (the group's word right before the people's: not "refugees, women and children", three groups)
    at = dict(p.subjects)
    group = [at[i] for i in at if at[i] in W.GROUP_STATUS and at.get(i + 1) in W.GROUP_MEMBERS
             and tokens[i + 1].start - tokens[i].end == 1]
    if group and statuses in ([], [W.GROUP_STATUS[group[0]]]):
        statuses = [W.GROUP_STATUS[group[0]]]
        subjects = [s for s in subjects if s != group[0]]
    # Keep the narrowest subject: "displaced people" asks about the displaced.
    subjects = [s for s in subjects if not any(o != s and o in vocab.narrower_subjects(s) for o in subjects)]
    # "idps staying with relatives", "how many residents stayed in red cross shelter": people still displaced, as the
    # figures count them (not a count of those left behind)
    # (people asked about: not "how many health centres remain open", "how many camps remain")
    people_staying = set(words) & W.STAYING_DISPLACED and subjects and not set(subjects).intersection(vocab.THING_SUBJECTS)
    if statuses == ["remaining"] and ("displaced" in subjects or people_staying):
        statuses, subjects = ["displaced"], [s for s in subjects if s != "displaced"]
    # "how many IDPs in Sudan", "ppl internally displaced in X": people displaced, whatever noun counts them.
    if subjects == ["displaced"] and not statuses:
        subjects, statuses = [], ["displaced"]
    # Strikes are launched; "civilians hit" is not a count of launches.
    if "launched" in statuses and subjects and not set(subjects) & {"strikes"}:
        statuses = [s for s in statuses if s != "launched"]

    # "refugees from Nagorno-Karabakh arrived in Armenia": people who fled are counted where they arrived
    # (as extraction places a flow), so the place they came from comes after any other
    fled = "fled" in statuses or "refugees" in subjects
    came_from = {i for _, i, _ in p.places if fled and i > 0 and tokens[i - 1].word == "from"}
    # ("blue nile clashes how many ppl fled to sennar": where they went is asked, the other place is the event's)
    went_to = {i for _, i, _ in p.places if fled and i > 0 and tokens[i - 1].word in ("to", "into")}
    ranked = [e.name for _, _, e in sorted(p.places, key=lambda x: (x[1] not in went_to, x[1] in came_from, x[0], x[1]))]
    place = ranked[0] if ranked else None
    asked = next((e for _, _, e in p.places if e.name == place), None)
    home = g.country_of(asked.id) if asked is not None else None
    # (not "how many syrians in idlib": a people in their own country)
    people_of = [e for r, _, e in p.places if r == 3 and home is not None and e.id != home.id]
    if people_of and place and not subjects and not statuses:
        # "how many venezuelans in aruba": a people asked about in another country are its refugees there
        subjects = ["refugees"]
    also = tuple(_dedupe(n for n in ranked[1:] if n != place and n in p.named))[:3]
    agency = hint = None
    named = [a for a in p.agencies if a[2]]
    if named:
        agency = named[0][1].name
    elif p.agencies:
        # An agency named with nothing else to ask is the source asked about ("UNICEF on Raqqa").
        if not subjects and not statuses:
            agency = p.agencies[0][1].name
        else:
            hint = p.agencies[0][1].name
    unknown = None
    if p.unknown:
        first = min(p.unknown, key=lambda x: x[0])
        # (and beside a place the store knows, a place the store does not know named right after "in": "cyclone idai
        # manicaland how many missing in rusitu" asks about Rusitu, which the reply must say it does not know)
        if not place or first[0] == 0:
            unknown = first[1][:60]

    # "how many cholera cases in Idlib": a count of something no figure counts.
    # ("how many people infected with cholera", "measles cases among kids": cases, whoever is counted)
    # (with a status asked too, only where the word "cases" is: "gondar idps how many cholera cases" asks for cases
    # among the displaced; "cholera deaths" for deaths)
    asks_cases = statuses and any(t.word in vocab.CASE_WORDS for t in tokens)
    # (not the outbreak where the question names what it counts: "likati ebola outbreak total cases" counts cases)
    counted = [t.word for t in tokens if t.word in vocab.OTHER_COUNTS and (not subjects or vocab.asks_for_cases(t.word))]
    other = next((w for w in counted if w != "outbreak"), next(iter(counted), None)) if not statuses or asks_cases else None
    kinds = set(p.kinds)
    topic = bool(subjects or statuses or place or agency or hint or unknown or other)
    if not topic:
        if "sources" in kinds:
            kind = "sources"
        elif "help" in kinds:
            kind = "help"
        else:
            kind = "greeting" if "greeting" in kinds or not tokens else "help"
    elif "who_says" in kinds or (agency and not subjects and not statuses):
        kind = "who_says"
    elif place and not (subjects or statuses or agency or hint or other) and "latest" not in kinds:
        kind = "about_place"
    elif "latest" in kinds:
        kind = "latest"
    else:
        kind = "how_many"
    return Query(
        kind=kind,
        subjects=tuple(subjects),
        statuses=tuple(statuses),
        place=place,
        agency=agency,
        agency_hint=hint if hint != agency else None,
        time=p.time,
        words=tuple(_dedupe(words))[:12],
        unknown_place=unknown,
        event_place=p.events[0] if p.events and not unknown else None,
        event_name=p.names[0] if p.names and not p.events and not unknown else None,
        first_word=_first_name(tokens, p) if not p.names and not p.events and not place and not unknown else None,
        other_count=other,
        also_places=also,
    )


def _is_follow_up(p: _Parsed, query: Query, tokens: list[_Token], context: Query) -> bool:
    if context.kind in ("help", "greeting", "sources") or query.kind in ("help", "greeting", "sources"):
        return False
    if query.other_count or (query.kind == "who_says" and query.place and (query.agency or "who_says" in p.kinds)):
        # "how many cholera cases in Raqqa", "what does the UN say about Raqqa": whole questions.
        return False
    head = " ".join(t.word for t in tokens[:3])
    opener = any(head == o or head.startswith(o + " ") for o in W.FOLLOW_UP_OPENERS)
    if opener:
        return True
    if not query.subjects and not query.statuses:
        # "Jazra?", "in 2016?", "OCHA?": only a place, a time or a source.
        return bool(query.place or query.unknown_place or query.agency or query.agency_hint or query.time)
    # "how many children?": a short question with nothing of its own to say where.
    return p.content <= 2 and not (query.place or query.unknown_place)


def _dedupe(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out
