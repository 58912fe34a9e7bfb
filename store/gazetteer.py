"""Places and agencies with their aliases: exact, transliteration-aware and fuzzy lookup.

The gazetteer is an in-memory index built once from the store (or the bundled
reference data) and shared by extraction and answering. It is rebuilt when an
admin teaches the store a new name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from . import vocab
from .vocab import data_file

# Arabic article prefixes that transliterations add or drop: al-Raqqah = Raqqa.
_ARTICLE = re.compile(r"^(?:al|ar|as|ad|an|at|ash|az|ath|el|ed|es|er|en|et|a[dlnrstz]) ?[-‐‑ ]\s*", re.I)
_NON_WORD = re.compile(r"[^\w\u0600-\u06ff]+")
_WORD = re.compile(r"[\w\u0600-\u06ff]+(?:[-'’.][\w\u0600-\u06ff]+)*\.?")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_ARABIC_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")


def fold(text: str) -> str:
    """Lower-case, strip accents and Arabic diacritics, unify quotes and dashes."""
    if text.isascii():
        return text.casefold()  # most names: nothing to strip
    text = vocab.strip_accents(text.translate(_QUOTES))
    return _ARABIC_DIACRITICS.sub("", text).casefold()


def normalize(text: str) -> str:
    """The key aliases are compared on: folded, punctuation to single spaces."""
    folded = fold(text).replace("'s ", "s ").replace("'", "")
    return _NON_WORD.sub(" ", folded).strip()


def translit_key(text: str) -> str:
    return _translit_folded(fold(text))


def _translit_folded(folded: str) -> str:
    """A looser key for Arabic transliterations: Raqqa, Raqa, al-Raqqah, ar-Raqqa agree.

    Drops a leading article, joins words, collapses doubled letters and a
    final h after a vowel. Kept apart from `normalize` because it also
    merges names that differ (so it is only used where no exact alias hit).
    """
    t = _ARTICLE.sub("", folded.strip())
    t = _NON_WORD.sub("", t.replace("'", ""))
    t = re.sub(r"(.)\1+", r"\1", t)
    t = re.sub(r"([aeiou])h$", r"\1", t)
    return t


def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name ("Salamyieh", "Salamiyah"; "al-Tadamun", "Tadamon"), not two names that
    only share a transliteration key or consonants ("al-Tayba", "Tabqa")."""
    return alike_any(a, alike_keys([b]))


def alike_keys(names: list[str]) -> tuple[set[str], list[str]]:
    """Names made ready for alike_any: their consonant skeletons, and their normalized forms."""
    norms = [_ALIKE_ARTICLE.sub("", normalize(n)) for n in names]
    return {skeleton(n).rstrip("h") for n in norms}, norms


def alike_any(name: str, keys: tuple[set[str], list[str]]) -> bool:
    """spelled_alike(name, n) for some name n of alike_keys(names)."""
    a = _ALIKE_ARTICLE.sub("", normalize(name))
    # The same consonants in the same order (vowels are what transliterations disagree on), or few edits.
    skeletons, norms = keys
    return skeleton(a).rstrip("h") in skeletons or (
        bool(norms) and process.extractOne(a, norms, scorer=Levenshtein.normalized_similarity, score_cutoff=0.8) is not None)


_ALIKE_ARTICLE = re.compile(r"^(?:al|el|ad|as|an|ar|ash|az) ")


_SMALL_WORDS = frozenset("the of for and on in a an".split())


def another_wording(given: str | None, canonical: str) -> bool:
    """Is `given` the same organisation's name in other words, worth showing beside the canonical name?
    "Pakistan government" for the Pakistani government, "Myanmar military government" for the Myanmar
    military: several words, one of them the canonical name's. Not its own name written otherwise, another
    name for it ("the UN refugee agency" for UNHCR), or a person's title ("Taliban spokesman")."""
    if not given:
        return False
    words = re.findall(r"[\w'’-]+", given.lower())
    own = {w for w in re.findall(r"[\w'’-]+", canonical.lower()) if w not in _SMALL_WORDS}
    return (
        len(words) > 1 and bool(own & set(words)) and words[-1] not in vocab.PERSON_TITLES
        and normalize(given).removeprefix("the ") != normalize(canonical).removeprefix("the ")
    )


def skeleton(text: str) -> str:
    """Consonants only (Mashlab, Meshleb, Mishlab agree); used only for long names."""
    return _consonants(translit_key(text))


def _consonants(key: str) -> str:
    return re.sub(r"[aeiouy]", "", key)


@dataclass(frozen=True)
class Entity:
    id: int
    name: str
    kind: str
    parent_id: int | None = None
    pcode: str | None = None


_ISO_SUBDIVISION = re.compile(r"^[A-Z]{2}-\w+$")


def _transliterated(e: Entity) -> bool:
    """Looser keys (Raqqa = al-Raqqah) are for the names places.json and the articles give, spelled many
    ways; a province of ISO 3166-2 ("Somme", "Kerala") is matched as spelled, so that "Some" stays a word."""
    return not (e.pcode and _ISO_SUBDIVISION.match(e.pcode))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: Entity
    surface: str


# An agency's initials as its aliases give them: capitals only, two to eight ("HRW", "EMERCOM", "NDRRMC")
_INITIALS = re.compile(r"[A-Z]{2,8}")


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "")
    return len(letters) <= 5 and letters.isalpha() and letters.isupper()


@dataclass
class _Index:
    """Alias index for one family of names (places or agencies)."""

    entities: dict[int, Entity] = field(default_factory=dict)
    exact: dict[str, int] = field(default_factory=dict)  # normalized alias -> id
    acronyms: dict[str, int] = field(default_factory=dict)  # case-sensitive acronyms
    keys: dict[str, int] = field(default_factory=dict)  # translit key -> id
    skeletons: dict[str, int] = field(default_factory=dict)  # consonant skeleton -> id
    skeleton_keys: dict[str, str] = field(default_factory=dict)  # consonant skeleton -> the translit key it was made from
    # consonant skeleton -> the kind word its name ends in, which a name matched by it must also say ("Afar Region" glued to
    # "afaregion" has the consonants of "fergana"; "Khartum State" is Khartoum State, "Za'atri camp" Zaatari camp)
    skeleton_kinds: dict[str, str] = field(default_factory=dict)
    # agencies: a skeleton keeps the name's first letter ("Pakistan government" is the Pakistani government,
    # "American authorities" not the Moroccan authorities); place names start with any vowel (Idlib, Edleb)
    skeleton_initial: bool = False
    max_words: int = 1
    # first token of an alias's normalized form -> most words an alias starting with it has
    first_max: dict[str, int] = field(default_factory=dict)
    # every normalized alias cut after one of its words ("the", "the un", ...): a window of text
    # that is not one cannot be the start of an alias either
    prefixes: set[str] = field(default_factory=set)
    # normalized window of one or two words -> short_hit (None for no place); cleared on add
    short: dict[str, int | None] = field(default_factory=dict)
    _choices: list[str] = field(default_factory=list)
    _choice_ids: list[int] = field(default_factory=list)
    # what typos are corrected to: names other than ISO 3166-2 provinces, which are matched as spelled
    # (4,400 more names made a misspelled question 45% slower at p99 and gave typos more wrong places to land on)
    _fuzzy: list[str] = field(default_factory=list)
    _fuzzy_ids: list[int] = field(default_factory=list)

    def short_hit(self, norm: str) -> int | None:
        """The place a normalized window of one or two words names: alias, else transliteration key (cached)."""
        hit = self.exact.get(norm)
        if hit is None:
            key = _translit_norm(norm)
            hit = self.keys.get(key) if key else None
        if len(self.short) >= 1 << 16:
            self.short.clear()
        self.short[norm] = hit
        return hit

    def add(self, entity_id: int, alias: str, *, transliterate: bool, typos: bool = True, skeletons: bool = True) -> None:
        """`typos`: a misspelling may be corrected to this name (rapidfuzz); `skeletons`: a name with the same
        consonants is this one (transliterations: Mashlab, Meshleb)."""
        self.short.clear()
        alias = alias.strip()
        if not alias:
            return
        if _is_acronym(alias):
            self.acronyms.setdefault(alias.replace(".", ""), entity_id)
            return
        folded = fold(alias)
        norm = _NON_WORD.sub(" ", folded.replace("'s ", "s ").replace("'", "")).strip()
        if not norm:
            return
        self.exact.setdefault(norm, entity_id)
        toks = norm.split(" ")
        self.prefixes.update(" ".join(toks[:k]) for k in range(1, len(toks) + 1))
        n_words = max(1, len(_WORD.findall(alias)))
        self.max_words = max(self.max_words, n_words)
        first = norm.split(" ", 1)[0]
        self.first_max[first] = max(self.first_max.get(first, 0), n_words)
        self._choices.append(norm)
        self._choice_ids.append(entity_id)
        if typos:
            self._fuzzy.append(norm)
            self._fuzzy_ids.append(entity_id)
            key = _translit_folded(folded)
            if len(key) >= 3:
                self.keys.setdefault(key, entity_id)
            skel = self._skeleton_key(key)
            if skeletons and skel is not None:
                self.skeletons.setdefault(skel, entity_id)
                self.skeleton_keys.setdefault(skel, key)
                if toks[-1] in vocab.PLACE_KIND_WORDS and len(toks) > 1:
                    self.skeleton_kinds.setdefault(skel, toks[-1])

    def _skeleton_key(self, key: str) -> str | None:
        """The consonant skeleton of a transliteration key (with its first letter for agencies), or None when
        too short to tell names apart."""
        skel = _consonants(key)
        if len(skel) < 4:
            return None
        return key[:1] + skel if self.skeleton_initial else skel

    def lookup(self, name: str, *, fuzzy: bool, cutoff: float) -> Entity | None:
        name = name.strip()
        if not name:
            return None
        hit = self.acronyms.get(name.replace(".", ""))
        if hit is None:
            norm = normalize(name)
            if norm.startswith("the "):
                hit = self.exact.get(norm) or self.exact.get(norm[4:])
            else:
                hit = self.exact.get(norm)
        if hit is None and self.keys:
            key = _translit_norm(normalize(name))
            hit = self.keys.get(key) if key else None
        if hit is None and self.skeletons:
            skel = self._skeleton_key(key := translit_key(name))
            # (an agency's name only where the two spellings are close, not one vowel apart in each syllable: "Cortes",
            # a health secretary's surname, is not Caritas)
            if skel is not None and (not self.skeleton_initial or fuzz.ratio(key, self.skeleton_keys.get(skel, "")) >= 75) and (
                skel not in self.skeleton_kinds or self.skeleton_kinds[skel] in normalize(name).split()
            ):
                hit = self.skeletons.get(skel)
        if hit is None and fuzzy:
            return self.fuzzy_lookup(name, cutoff)
        return self.entities.get(hit) if hit is not None else None

    def fuzzy_lookup(self, name: str, cutoff: float) -> Entity | None:
        """The entity whose name a misspelling is closest to (rapidfuzz ratio at least `cutoff`): lookup's last step."""
        name = name.strip()
        if len(name) < 4 or not self._fuzzy:
            return None
        best = process.extractOne(normalize(name), self._fuzzy, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self.entities.get(self._fuzzy_ids[best[2]]) if best is not None else None


_MINISTRY_OF = re.compile(r"(?P<whose>.*?)\s*\bMinistry\s+of\s+(?:the\s+)?(?P<what>[\w ]+)$", re.I)
_WHAT_MINISTRY = re.compile(r"(?P<whose>.*?)\s*\b(?P<what>\w+)\s+ministry$", re.I)


def _ministry_other_form(name: str) -> str | None:
    """A ministry's name in its other form: "Moroccan Ministry of Health" <-> "Moroccan health ministry" (as texts and the
    store write one body two ways), or None for a name of neither form."""
    if (m := _MINISTRY_OF.fullmatch(name.strip())) is not None:
        return f"{m.group('whose')} {m.group('what').lower()} ministry".strip()
    if (m := _WHAT_MINISTRY.fullmatch(name.strip())) is not None and m.group("what").lower() not in ("the", "a"):
        return f"{m.group('whose')} Ministry of {m.group('what').capitalize()}".strip()
    return None


def _swapped(a: str, b: str) -> bool:
    """Is b a with two neighbouring letters swapped past its first two ("madiera", "madeira"; not "sahara", "ashara",
    a word of its own)?"""
    return len(a) == len(b) and a[:2] == b[:2] and sorted(a) == sorted(b) and OSA.distance(a, b) == 1


class Gazetteer:
    """Places (with a parent hierarchy) and agencies, each with aliases."""

    def __init__(
        self,
        places: Iterable[dict],
        place_aliases: Iterable[tuple[str, int]],
        agencies: Iterable[dict],
        agency_aliases: Iterable[tuple[str, int]],
    ) -> None:
        self._places = _Index()
        self._by_code: dict[str, tuple[int, dict[str, Entity]]] = {}  # kind -> (places indexed, code -> place)
        self._spaced: tuple[int, dict[str, int]] = (-1, {})  # (names indexed, joined key -> place), see place_spaced
        self._first_names: dict[str, Entity] | None = None
        self._agencies = _Index(skeleton_initial=True)
        # GeoNames' capitals and large cities are matched as spelled or by their transliteration, never as
        # what a typo is corrected to: 440 more names would slow every misspelled question
        cities = _geonames_city_names()
        for row in places:
            e = Entity(row["id"], row["name"], row.get("kind") or "area", row.get("parent_id"), row.get("pcode"))
            self._places.entities[e.id] = e
            loose = _transliterated(e)
            # (a country's name is spelled one way in English: "Grande" is not Grenada, "Broken" not Burkina Faso)
            self._places.add(e.id, e.name, transliterate=loose, typos=loose and e.name not in cities,
                             skeletons=loose and e.kind != "country")
        for alias, pid in place_aliases:
            if pid in self._places.entities:
                e = self._places.entities[pid]
                loose = _transliterated(e)
                self._places.add(pid, alias, transliterate=loose, typos=loose and e.name not in cities,
                                 skeletons=loose and e.kind != "country")
        for row in agencies:
            e = Entity(row["id"], row["name"], row.get("kind") or "other", row.get("parent_id"))
            self._agencies.entities[e.id] = e
            self._agencies.add(e.id, e.name, transliterate=False)
        self._initials: dict[int, str] = {}  # agency id -> the initials it goes by, where its name is spelt out
        for alias, aid in agency_aliases:
            if aid in self._agencies.entities:
                self._agencies.add(aid, alias, transliterate=False)
                self._note_initials(aid, alias)
        self._children: dict[int, list[int]] = {}
        self._agency_children: tuple[dict[int, list[int]], dict[int, list[int]]] | None = None
        for e in self._places.entities.values():
            if e.parent_id is not None:
                self._children.setdefault(e.parent_id, []).append(e.id)
        self._by_place_name = {e.name: e for e in self._places.entities.values()}
        self._by_agency_name = {e.name: e for e in self._agencies.entities.values()}
        self._joint: dict[int, list[int]] | None = None  # place id -> places named with it ("A and B"): joint_places
        self._slip_index: tuple[int, dict[tuple[str, str], list[int]]] | None = None  # place_slipped's groups of names

    # -- construction -------------------------------------------------------

    def add_place(self, row: dict) -> Entity:
        """Add a place the store has just created (no rebuild of the whole index)."""
        e = Entity(row["id"], row["name"], row.get("kind") or "area", row.get("parent_id"), row.get("pcode"))
        self._places.entities[e.id] = e
        self._places.add(e.id, e.name, transliterate=True)
        if e.parent_id is not None:
            self._children.setdefault(e.parent_id, []).append(e.id)
        self._by_place_name[e.name] = e
        self._joint = None
        return e

    def set_agency_parent(self, agency_id: int, parent_id: int | None) -> None:
        """Record that an agency belongs to another (OCHA to the UN)."""
        e = self._agencies.entities[agency_id]
        self._agencies.entities[agency_id] = Entity(e.id, e.name, e.kind, parent_id, e.pcode)
        self._agency_children = None
        self._by_agency_name[e.name] = self._agencies.entities[agency_id]

    def agency_members(self, agency_id: int, *, by_name: bool = True) -> list[int]:
        """The agency and every agency under it (the UN: OCHA, UNICEF, UNHCR...), the agency first; with `by_name`,
        also a country's own of a generic name ("Kuwaiti health ministry" under a learned "Health Ministry"), which
        answers read but the parents admins set do not."""
        if self._agency_children is None:
            # Built once, on first use, and again after a parent changes or an agency is added.
            self._agency_children = self._build_agency_children()
        children = self._agency_children[0 if by_name else 1]
        out, todo = [agency_id], [agency_id]
        while todo:
            for c in children.get(todo.pop(), ()):
                if c not in out:
                    out.append(c)
                    todo.append(c)
        return out

    def _a_country(self, name: str) -> bool:
        """Is this the name of a country, letter for letter?"""
        e = self.place_named(name)
        return e is not None and e.kind == "country"

    def _build_agency_children(self) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """(children by parents and by name, children by parents only)."""
        children: dict[int, list[int]] = {}
        parents: dict[int, list[int]] = {}
        by_name = {normalize(e.name): e.id for e in self._agencies.entities.values()}
        for e in self._agencies.entities.values():
            if e.parent_id is not None:
                children.setdefault(e.parent_id, []).append(e.id)
                parents.setdefault(e.parent_id, []).append(e.id)
            # "Kuwaiti health ministry" is one of the health ministries: a question "according to the health
            # ministry" about Kuwait finds it, where an article taught the store a "Health Ministry" too
            words = normalize(e.name).split()
            joint = [by_name.get(normalize(part)) for part in JOINT_SPLIT.split(e.name)]
            if len(joint) > 1 and None not in joint:
                for owner in joint:  # "BINUH and OHCHR": a joint report is each one's ("acc to binuh" finds it)
                    if owner != e.id:
                        children.setdefault(owner, []).append(e.id)
            if (many := by_name.get(many_of(e.name) or "")) is not None and many != e.id:
                children.setdefault(many, []).append(e.id)  # ("acc to officials": what one official said too)
            for k in (1, 2, 3):
                # "Taliban refugee department" is the Taliban's: a body named after another is one of its own; so are
                # its people ("police official") and its office in a country ("Caritas Bangladesh")
                owner = by_name.get(" ".join(words[:k])) if len(words) > k else None
                if owner is not None and owner != e.id and (
                    words[-1] in _BODY_NOUNS or set(words[k:]) <= _ITS_PEOPLE or self._a_country(" ".join(words[k:]))
                ):
                    children.setdefault(owner, []).append(e.id)
                generic = by_name.get(" ".join(words[k:])) if len(words) > k else None
                if generic is None or generic == e.id:
                    continue
                prefix = " ".join(words[:k])
                country = self.place(prefix, fuzzy=False) if prefix not in vocab.DEMONYMS else None
                if prefix in vocab.DEMONYMS or (country is not None and country.kind == "country"):
                    children.setdefault(generic, []).append(e.id)  # (or by its country's name: "Equatorial Guinea")
                elif " ".join(words[k:]) in _LOCAL_SERVICES and (
                    place := self.place_named(" ".join(w for w in words[:k] if w not in _LEVELS) or prefix)
                ) is not None and place.kind != "country":
                    # "Papua Regional Police", "Kwara police": a province's or a town's own service of the generic name (not
                    # "Arakan Army", rebels named for a place, nor "Nagorno-Karabakh authorities")
                    children.setdefault(generic, []).append(e.id)
        return children, parents

    def add_agency(self, row: dict) -> Entity:
        """Add an agency the store has just created."""
        e = Entity(row["id"], row["name"], row.get("kind") or "other", row.get("parent_id"))
        self._agencies.entities[e.id] = e
        self._agency_children = None
        self._agencies.add(e.id, e.name, transliterate=False)
        if row.get("full_name"):
            self._agencies.add(e.id, row["full_name"], transliterate=False)
        self._by_agency_name[e.name] = e
        return e

    def add_alias(self, family: str, entity_id: int, alias: str) -> None:
        """Add another name for a place or an agency."""
        if family == "place":
            self._places.add(entity_id, alias, transliterate=True)
        else:
            self._agencies.add(entity_id, alias, transliterate=False)
            self._note_initials(entity_id, alias)

    def _note_initials(self, agency_id: int, alias: str) -> None:
        """Keep an agency's first alias in capitals ("EMERCOM" for the Russian Emergencies Ministry, "HRW" for Human
        Rights Watch) where its own name is spelt out: how field staff and reports name it too."""
        e = self._agencies.entities.get(agency_id)
        if e is None or agency_id in self._initials or not _INITIALS.fullmatch(alias) or not any(c.islower() for c in e.name):
            return
        words = e.name.split()
        # (its own initials, starting as one of its name's words does: not "Antara" written "ANTARA", nor another body's
        # that the tables file under it, "RAF" under the UK Ministry of Defence)
        if alias.lower() not in (w.lower() for w in words) and alias[0] in {w[0] for w in words if w[0].isupper()}:
            self._initials[agency_id] = alias

    def agency_initials(self, agency_id: int | None) -> str | None:
        """The initials an agency goes by, where the tables give it any besides a spelt-out name."""
        return self._initials.get(agency_id) if agency_id is not None else None

    @classmethod
    def from_data(cls) -> "Gazetteer":
        """A gazetteer of the bundled reference data alone (ids assigned in file order)."""
        places, place_aliases = reference_places()
        agencies, agency_aliases = reference_agencies()
        return cls(places, place_aliases, agencies, agency_aliases)

    # -- lookups ------------------------------------------------------------

    @property
    def places(self) -> dict[int, Entity]:
        return self._places.entities

    @property
    def agencies(self) -> dict[int, Entity]:
        return self._agencies.entities

    def place(self, name: str, *, fuzzy: bool = True, cutoff: float = 88) -> Entity | None:
        """The place a name refers to: alias, transliteration, then fuzzy match."""
        if name in self._by_place_name:
            return self._by_place_name[name]
        return self._places.lookup(name, fuzzy=fuzzy, cutoff=cutoff)

    def names_of_place(self, place_id: int) -> list[str]:
        """Every name and alias of a place, normalised (a scan: for the rare name matched loosely)."""
        idx = self._places
        return [c for c, i in zip(idx._choices, idx._choice_ids) if i == place_id]

    def spelled_as(self, name: str, place: Entity) -> bool:
        """Is `name` a name the gazetteer holds letter for letter, or a spelling of one of `place`'s names
        ("Salamyieh" of Salamiyah)? Not when the two only share a transliteration key ("al-Tayba", Tabqa)."""
        return self.place_named(name) is not None or any(spelled_alike(name, n) for n in self.names_of_place(place.id))

    def place_slipped(self, name: str) -> Entity | None:
        """The one place a typed word names with one slip past its first two letters: two neighbouring letters
        swapped ("madiera": Madeira), one dropped or doubled ("kumamto": Kumamoto); not one letter for another,
        which makes a name of a word ("martin", Mardin). For questions as staff
        type them: any name counts, also a province or city an article's spelling is never corrected to (a
        similarity ratio would count a swap as two edits, and miss short names)."""
        norm = normalize(name)
        idx = self._places
        if len(norm) < 6 or " " in norm or not idx._choices:
            return None
        # Only the names that start with the same two letters and end with the same one are compared (a slip is past
        # the first two letters, and not at a word's end: "sahara" is no Ashara, "highlands" no Highland), a few dozen
        # of the tables' names, grouped once (again when the store has learned places since).
        if self._slip_index is None or self._slip_index[0] != len(idx._choices):
            groups: dict[tuple[str, str], list[int]] = {}
            for k, choice in enumerate(idx._choices):
                if len(choice) >= 6 and " " not in choice:
                    groups.setdefault((choice[:2], choice[-1]), []).append(k)
            self._slip_index = (len(idx._choices), groups)
        ids = {
            idx._choice_ids[k] for k in self._slip_index[1].get((norm[:2], norm[-1]), ())
            if abs(len(idx._choices[k]) - len(norm)) <= 1 and OSA.distance(norm, idx._choices[k], score_cutoff=1) <= 1
            and idx._choices[k] != norm and (len(idx._choices[k]) != len(norm) or _swapped(norm, idx._choices[k]))
        }
        return idx.entities.get(ids.pop()) if len(ids) == 1 else None

    def place_named(self, name: str) -> Entity | None:
        """The place whose name or alias this is, letter for letter (no transliteration or skeleton)."""
        norm = normalize(name).replace("'", "")
        pid = self._places.exact.get(norm)
        return self._places.entities.get(pid) if pid is not None else None

    def place_spaced(self, name: str) -> Entity | None:
        """The place of two words or more that this name is with its words joined or split ("nong bua lamphu": the province
        Nong Bua Lam Phu), compared by transliteration key (which also lets a leading article and doubled letters go: "river
        state" is Rivers State, its two s's run together). For a question's typed words only: in running text "Christ Church" (a
        parish of Barbados) and Christchurch are two places."""
        names = self._places.exact
        if self._spaced[0] != len(names):
            index: dict[str, int] = {}
            for norm, pid in names.items():
                if " " in norm:
                    index.setdefault(_translit_folded(norm), pid)
            self._spaced = (len(names), index)
        pid = self._spaced[1].get(_translit_folded(fold(name)))
        return self._places.entities.get(pid) if pid is not None else None

    def agency(self, name: str, *, fuzzy: bool = True, cutoff: float = 90) -> Entity | None:
        """The agency a name refers to: alias, then fuzzy match."""
        if name in self._by_agency_name:
            return self._by_agency_name[name]
        found = self._agencies.lookup(name, fuzzy=False, cutoff=cutoff)
        if found is None and (other := _ministry_other_form(name)) is not None:
            # "Moroccan Ministry of Health" is the "Moroccan health ministry" the store may know already, and the reverse
            found = self._agencies.lookup(other, fuzzy=False, cutoff=cutoff)
        return found or (self._agencies.fuzzy_lookup(name, cutoff) if fuzzy else None)

    def joint_places(self, place_id: int) -> list[int]:
        """The places named as several places together ("Khogyani and Sherzad", "North Cotabato and Davao del Sur")
        that this place is one of: a figure for them is in part this place's."""
        if self._joint is None:
            joint: dict[int, list[int]] = {}
            for e in self._places.entities.values():
                if e.kind != "area" or not JOINT_SPLIT.search(e.name):
                    continue
                for part in JOINT_SPLIT.split(e.name):
                    part = part.strip()
                    p = self.place(part, fuzzy=False) if part else None
                    if p is None and _COMPASS_WORD.match(part):
                        # "North Cotabato and Davao del Sur": Cotabato's in part (as "north cotabato" asks for it)
                        part = _COMPASS_WORD.sub("", part)
                        p = self.place(part, fuzzy=False)
                    p = p if p is not None and self.spelled_as(part, p) else None  # (no transliteration key alone)
                    if p is not None and p.id != e.id and e.id not in joint.get(p.id, ()):
                        joint.setdefault(p.id, []).append(e.id)
            self._joint = joint
        return self._joint.get(place_id, [])

    def place_by_id(self, place_id: int | None) -> Entity | None:
        return self._places.entities.get(place_id) if place_id is not None else None

    def agency_by_id(self, agency_id: int | None) -> Entity | None:
        return self._agencies.entities.get(agency_id) if agency_id is not None else None

    def scan_places(self, text: str, *, fuzzy: bool = False) -> list[Mention]:
        """Every place named in the text, longest alias first, left to right.

        Only words that start with a capital (or are in Arabic script) can
        start a place name, so "turkey" the bird and "chad" the verb stay out.
        """
        return _scan(text, self._places, capitalised=True, fuzzy=fuzzy)

    def scan_agencies(self, text: str) -> list[Mention]:
        """Every agency named in the text (acronyms match case-sensitively).

        An acronym in brackets inside a name is read through: "the Ministry of Health (MoH) in Gaza"."""
        if "(" in text:
            text = _INNER_ACRONYM.sub(lambda m: " " * len(m.group()), text)
        return _scan(text, self._agencies, capitalised=False, fuzzy=False)

    # -- hierarchy ----------------------------------------------------------

    def ancestors(self, place_id: int) -> list[int]:
        """Parent, grandparent... of a place, nearest first."""
        out: list[int] = []
        seen = {place_id}
        current = self._places.entities.get(place_id)
        while current is not None and current.parent_id is not None and current.parent_id not in seen:
            out.append(current.parent_id)
            seen.add(current.parent_id)
            current = self._places.entities.get(current.parent_id)
        return out

    def country_by_first_name(self, name: str) -> Entity | None:
        """The country whose name is "<name> and ..." ("trinidad": Trinidad and Tobago), where no place has that
        name and it is no people's. For questions only: in a story, "Trinidad" may be the town in Bolivia and
        "Antigua" the one in Guatemala."""
        if self._first_names is None:
            self._first_names = {
                normalize(e.name.split(" and ")[0]): e for e in self._places.entities.values()
                if e.kind == "country" and " and " in e.name
            }
        key = normalize(name)
        e = self._first_names.get(key)
        if e is None or key in vocab.DEMONYMS or self.place(name, fuzzy=False) is not None:
            return None
        return e

    def country_by_code(self, code: str) -> Entity | None:
        """The country of an ISO 3166 alpha-2 code ("GA": Gabon)."""
        return self._of_code("country", code)

    def province_by_code(self, code: str) -> Entity | None:
        """The state or province of an ISO 3166-2 code ("US-OR": Oregon)."""
        return self._of_code("governorate", code)

    def _of_code(self, kind: str, code: str) -> Entity | None:
        indexed = self._by_code.get(kind)
        if indexed is None or indexed[0] != len(self._places.entities):
            # (rebuilt when places were added: a learned country keeps its code)
            indexed = (len(self._places.entities), {e.pcode: e for e in self._places.entities.values() if e.kind == kind and e.pcode})
            self._by_code[kind] = indexed
        return indexed[1].get(code)

    def country_of(self, place_id: int) -> Entity | None:
        """The country a place is, or lies in (None for a region above countries or a place learned outside any)."""
        return self._first_of_kind(place_id, "country")

    def province_of(self, place_id: int) -> Entity | None:
        """The first-level division (state, province) a place is, or lies in, if the tables know one."""
        return self._first_of_kind(place_id, "governorate")

    def _first_of_kind(self, place_id: int, kind: str) -> Entity | None:
        for pid in [place_id] + self.ancestors(place_id):
            e = self._places.entities.get(pid)
            if e is not None and e.kind == kind:
                return e
        return None

    def descendants(self, place_id: int) -> set[int]:
        """Every place inside a place (not including itself)."""
        out: set[int] = set()
        stack = list(self._children.get(place_id, ()))
        while stack:
            pid = stack.pop()
            if pid not in out:
                out.add(pid)
                stack.extend(self._children.get(pid, ()))
        return out

    def within(self, place_id: int, container_id: int) -> bool:
        """True when the place is the container or lies inside it."""
        return place_id == container_id or container_id in self.ancestors(place_id)



def _translit_ok(norm: str) -> bool:
    """Transliteration keys join words, so one-letter fragments ("b or") must not build a name ("Bor")."""
    return all(len(t) >= 2 for t in norm.split(" "))


@lru_cache(maxsize=1 << 16)
def _translit_norm(norm: str) -> str | None:
    """The transliteration key of a normalized window, or None where it may not be used.

    translit_key of an already normalized string equals that of its surface.
    """
    if not _translit_ok(norm):
        return None
    key = translit_key(norm)
    return key if len(key) >= 4 else None


_MISSING = object()


@dataclass(frozen=True)
class _Tokens:
    starts: list[int]
    ends: list[int]
    words: list[str]
    norms: list[str]
    # per word: (normalized, its first token, may start a place name, acronym key); see _word_info
    info: list[tuple[str, str, bool, str]]
    capitals: list[int]  # indexes of the words that may start a place name
    run_end: list[int]  # index past the last word reachable without crossing punctuation


def _word_info(word: str) -> tuple[str, str, bool, str, str | None]:
    """(normalized, its first token, may start a place name, acronym key, normalized without a
    possessive or None) of one word, cached."""
    info = _WORD_INFO.get(word)
    if info is None:
        norm = normalize(word)
        capital = word[0].isupper() or "\u0600" <= word[0] <= "\u06ff" or bool(_ARTICLE.match(word))
        # The acronym key drops a possessive: "UNHCR's Charlie Yaxley" names UNHCR.
        bare = _POSSESSIVE.sub("", word.rstrip("."))
        info = (norm, norm.split(" ", 1)[0], capital, bare.replace(".", ""), normalize(bare) if bare != word.rstrip(".") else None)
        if len(_WORD_INFO) >= 1 << 17:
            _WORD_INFO.clear()
        _WORD_INFO[word] = info
    return info


_WORD_INFO: dict[str, tuple[str, str, bool, str, str | None]] = {}
_POSSESSIVE = re.compile(r"['’]s$")

# A gap between words that holds any of these is punctuation (letters and digits are words).
_NOT_SPACE = re.compile(r"[^\w\s]")


@lru_cache(maxsize=16)
def _tokens(text: str) -> _Tokens:
    """Each word's forms, computed once per text (scanning for places and then agencies shares them)."""
    spans = [m.span() for m in _WORD.finditer(text)]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    words = [text[a:b] for a, b in spans]
    get = _WORD_INFO.get
    info = [get(w) or _word_info(w) for w in words]
    norms = [f[0] for f in info]
    capitals = [i for i, f in enumerate(info) if f[2]]
    n = len(words)
    # A word's run ends at the first later word with punctuation before it. Only the
    # characters outside words are looked at, found by bisecting each non-space one.
    breaks = set()
    for m in _NOT_SPACE.finditer(text):
        i = bisect.bisect_right(starts, m.start())
        if 0 < i < n and m.start() >= ends[i - 1]:
            breaks.add(i)
    run_end = [0] * n
    nxt = n
    for i in range(n - 1, -1, -1):
        run_end[i] = nxt
        if i in breaks:
            nxt = i
    return _Tokens(starts, ends, words, norms, info, capitals, run_end)


def text_words(text: str) -> tuple[list[int], list[str]]:
    """The start offsets and the words of a text, as the scans split it (computed once per text).

    A word is a run of word characters (and Arabic letters) joined by - ' ’ or . and may end
    with a dot; every letter and digit of the text lies in exactly one word.
    """
    t = _tokens(text)
    return t.starts, t.words


# "(MoH)" between two parts of a name; blanked to spaces of the same length so offsets stay.
_INNER_ACRONYM = re.compile(r"(?<=[A-Za-z]) \([A-Z][A-Za-z]{1,7}\)(?= (?:in|of|for|at) [A-Z])")


def _window_hit(index: _Index, norm: str, n: int, capitalised: bool) -> int | None:
    """The entity a normalized window of n words names: a short capitalised one through the cached
    short-name lookup (transliterations too), a longer one exactly."""
    if capitalised and n <= 2:
        hit = index.short.get(norm, _MISSING)
        return index.short_hit(norm) if hit is _MISSING else hit
    return index.exact.get(norm)


def _longer_name(text: str, t: _Tokens, i: int, n: int, index: _Index) -> bool:
    """Is the window of n words at i, a place only by its transliteration key, the start of a longer name that
    goes on in capitals ("Dera Ismail Khan", "Dali Bai Autonomous Prefecture", "Ezra Chadzamira")? A name spelled
    as the tables hold it, an acronym ("US Geological Survey"), a place before its kind word ("Deraa Governorate"),
    its possessive or a sentence's end, or in a headline written in title case, stays a place."""
    j = i + n
    if j >= t.run_end[i] or not t.info[j][2] or "\n" in text[t.ends[j - 1] : t.starts[j]] or t.info[j - 1][4] is not None:
        return False  # (a possessive ends a name: "PNG's Morobe Province")
    norm = " ".join(t.norms[i:j])
    if norm in index.exact or t.norms[j] in vocab.PLACE_KIND_WORDS or t.norms[j - 1] in vocab.PLACE_KIND_WORDS:
        return False
    if t.norms[j] in vocab.SENTENCE_OPENERS or t.words[j - 1].endswith("."):
        return False  # (a sentence's end, its full stop kept or lost: "in Lattakia countryside Three civilians were hurt")
    start, end = text.rfind("\n", 0, t.starts[i]) + 1, text.find("\n", t.ends[j])
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start : end if end >= 0 else len(text)])
    if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
        return False  # (a headline in title case: "Shelling in Dera Kills Four Civilians")
    surface = " ".join(t.words[i:j])
    return not (surface.isupper() and len(re.sub(r"[^A-Za-z]", "", surface)) <= 3)  # ("U.S. Ambassador", "PNG Maritime")


def _scan(text: str, index: _Index, *, capitalised: bool, fuzzy: bool) -> list[Mention]:
    """Longest alias match at each word, left to right, never across punctuation.

    Each word is normalized once (cached across calls: news vocabulary
    repeats), and only words that can start a name are tried: capitalised ones
    for places, first words of an alias or acronyms for agencies.
    """
    t = _tokens(text)
    norms, info, first_max, exact, acronyms, short = t.norms, t.info, index.first_max, index.exact, index.acronyms, index.short
    prefixes = index.prefixes
    if capitalised:
        candidates = t.capitals
    else:
        # ("UNICEF's country director": an agency's possessive names it, as a place's does)
        candidates = [i for i, f in enumerate(info) if f[1] in first_max or f[3] in acronyms or f[4] in first_max]
    out: list[Mention] = []
    done = 0  # words before this index are inside an earlier match
    for i in candidates:
        if i < done:
            continue
        f = info[i]
        bound = first_max.get(f[1], 0)
        # Transliterated place names are at most two words ("Deir ez-Zor" = "Deir Ezzor").
        longest = min(max(bound, 2 if capitalised else 1), t.run_end[i] - i)
        if not capitalised and longest > 1:
            # Only windows that begin an alias can grow into one.
            reach, norm = 1, norms[i]
            while reach < longest and norm in prefixes:
                norm += " " + norms[i + reach]
                reach += 1
            last_bare = info[i + reach - 1][4]  # ("Save the Children's": the name without its possessive)
            whole = norm in prefixes or (last_bare is not None and " ".join([*norms[i : i + reach - 1], last_bare]) in prefixes)
            longest = reach if whole else reach - 1 or 1
        for n in range(longest, 0, -1):
            entity_id = acronyms.get(f[3]) if n == 1 else None
            if entity_id is None:
                entity_id = _window_hit(index, " ".join(norms[i : i + n]) if n > 1 else norms[i], n, capitalised)
            owner = info[i + n - 1][4]
            possessive = entity_id is None and owner is not None
            if possessive:
                # "in Russia’s southern Krasnodar region": the place before the possessive
                # (tried after the whole word: "Hawke’s Bay" is a name with its 's)
                entity_id = _window_hit(index, " ".join([*norms[i : i + n - 1], owner]), n, capitalised)
            if entity_id is not None and capitalised and _longer_name(text, t, i, n, index):
                break  # ("Dera Ismail Khan", "Cameron Highlands", "Salvador Ramos": no Daraa, Cameroon or El Salvador)
            if entity_id is not None:
                start = t.starts[i]
                surface = text[start : t.ends[i + n - 1]].rstrip(".")
                if possessive:
                    surface = _POSSESSIVE.sub("", surface)
                out.append(Mention(start, start + len(surface), index.entities[entity_id], surface))
                done = i + n
                break
        else:
            if fuzzy and capitalised and len(t.words[i]) >= 5:
                e = index.lookup(t.words[i], fuzzy=True, cutoff=90)
                if e is not None:
                    out.append(Mention(t.starts[i], t.ends[i], e, t.words[i]))
    return out


# -- bundled reference data ---------------------------------------------------


_data = data_file  # the one reader of store/data's JSON files


@lru_cache(maxsize=1)
def reference_agencies() -> tuple[list[dict], list[tuple[str, int]]]:
    """Agencies from store/data/agencies.json, with ids in file order."""
    rows, aliases = [], []
    for i, a in enumerate(_data("agencies.json"), start=1):
        rows.append({"id": i, "name": a["name"], "kind": a.get("kind"), "full_name": a.get("full_name"), "parent": a.get("parent")})
        names = list(a.get("aliases") or [])
        if a.get("full_name"):
            names.append(a["full_name"])
        aliases += [(alias, i) for alias in names]
    ids = {r["name"]: r["id"] for r in rows}
    for r in rows:
        r["parent_id"] = ids.get(r.pop("parent"))
    return rows, aliases


@lru_cache(maxsize=1)
def reference_agency_names() -> frozenset[str]:
    """The names of store/data/agencies.json's agencies (not those an article or an admin added)."""
    return frozenset(a["name"] for a in _data("agencies.json"))


@lru_cache(maxsize=1)
def agency_people() -> dict[str, str]:
    """Well-known people who speak for an agency ("Rami Abdel Rahman" for SOHR), from the "people"
    key of store/data/agencies.json: full name -> agency name."""
    return {person: a["name"] for a in _data("agencies.json") for person in a.get("people") or ()}


@lru_cache(maxsize=1)
def major_city_names() -> frozenset[str]:
    """Every capital's and large city's name in store/data/cities.json, known elsewhere too or not
    ("Paris", which places.json holds as a district): a name that may stand for a government."""
    return frozenset(c["name"].replace("’", "'") for c in _data("cities.json"))


@lru_cache(maxsize=1)
def _geonames_city_names() -> frozenset[str]:
    """The names of the places capitals_and_cities adds from store/data/cities.json (not a city places.json
    or pycountry already has: Kabul, Singapore)."""
    import pycountry

    known = {n for e in _data("places.json") for n in [e["name"], *(e.get("aliases") or [])]}
    known |= {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n}
    return major_city_names() - known


@lru_cache(maxsize=1)
def reference_places() -> tuple[list[dict], list[tuple[str, int]]]:
    """Places from store/data/places.json plus every country pycountry knows.

    Entries in places.json override or extend the pycountry country of the same name.
    """
    import pycountry

    entries = list(_data("places.json"))
    named = {e["name"] for e in entries}
    # A country in places.json is matched to pycountry's by its ISO code (its pcode), so
    # "Turkey" there and pycountry's "Türkiye" are one place with both names.
    by_code = {e["pcode"]: e["name"] for e in entries if e.get("kind") == "country" and e.get("pcode")}
    country_aliases: dict[str, list[str]] = {}
    for c in pycountry.countries:
        name = by_code.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        # (not its three-letter code: "the band DNK", "AND", "CAN" and "MAR" in capitals are not countries;
        # a code that is a name in its own right, "USA", is an alias in places.json)
        names = {c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)}
        names.discard(None)
        country_aliases[name] = sorted(names - {name})
        if name not in named and c.name not in named:
            entries.append({"name": name, "kind": "country", "parent": None, "pcode": c.alpha_2, "aliases": []})
    country_of_code = {c.alpha_2: by_code.get(c.alpha_2) or getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    entries += subdivisions(entries, country_of_code)
    entries += capitals_and_cities(entries, country_of_code)
    ids = {e["name"]: i for i, e in enumerate(entries, start=1)}
    rows, aliases = [], []
    for i, e in enumerate(entries, start=1):
        rows.append(
            {
                "id": i,
                "name": e["name"],
                "kind": e.get("kind"),
                "parent_id": ids.get(e.get("parent")) if e.get("parent") else None,
                "pcode": e.get("pcode"),
            }
        )
        names = list(e.get("aliases") or []) + country_aliases.get(e["name"], [])
        aliases += [(alias, i) for alias in names if alias != e["name"]]
    return rows, aliases


# pycountry names some subdivisions with their local kind word ("Guangdong Sheng") or a code in brackets
# ("Ilocos (Region I)"); reports use the bare name.
_LOCAL_KIND = re.compile(r"\s*\(.*?\)|\s+(?:(?:Zhuangzu|Huizu|Uygur|Zangzu)\s+)?(?:Sheng|Shi|Zizhiqu|Tebiexingzhengqu)$")


# "Adamawa State" in places.json is pycountry's "Adamawa"
# The joins of a place named as several together: "Khogyani and Sherzad", "Tulunan, M'lang and Makilala".
_COMPASS_WORD = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+", re.I)
JOINT_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_KIND_TAIL = re.compile(r"\s+(?:State|Province|Region|Governorate|District|County|Department|Division)$", re.I)


# The last words of a body named after its owner ("Taliban refugee department"; not "UN Watch", "police reform group").
_BODY_NOUNS = frozenset("department ministry government authority office forces army police agency commission committee council "
                        "directorate administration".split())
# The people a body speaks through, named after it ("police official", "police sources")
_ITS_PEOPLE = frozenset("official officials officer officers spokesman spokeswoman spokesperson source sources".split())
# One of a body of people and all of them, as a source: what one official said is the officials' ("acc to officials")
ONE_AND_MANY = {"official": "officials", "resident": "residents", "witness": "witnesses", "source": "sources"}


def many_of(name: str) -> str | None:
    """All of them, for a source named as one of them ("police official" -> "police officials"), normalized; else None."""
    words = normalize(name).split()
    return " ".join([*words[:-1], ONE_AND_MANY[words[-1]]]) if words and words[-1] in ONE_AND_MANY else None

# The level of government a body's place is named with ("Papua Regional Police", "Lagos State Police")
_LEVELS = frozenset("regional state provincial county district city municipal local".split())
# The services every province or town has its own of, named with its place ("Kwara police", "Kern County fire department")
_LOCAL_SERVICES = frozenset(["police", "fire department", "fire service", "fire brigade", "civil defence", "civil defense",
                             "civil protection", "ambulance service", "health department", "rescue service"])


def without_kind(name: str) -> str:
    """A place's name without its kind word, as written: "Adamawa State" -> "Adamawa"."""
    return _KIND_TAIL.sub("", name).strip()


def base_name(name: str) -> str:
    """A place's name without its kind word, folded: "Herat Province" and "Herat" are both "herat"."""
    return fold(without_kind(name)).strip()


def _top(e: dict, by_name: dict[str, dict]) -> dict:
    """The country (or region) a places.json entry lies in."""
    while e.get("parent") in by_name and e.get("kind") != "country":
        e = by_name[e["parent"]]
    return e


def _latin(name: str) -> str:
    """Transliteration marks dropped ("Bihār" -> "Bihar", "Şalāḩ" -> "Salah"), a language's own accents
    kept ("Atlántico", "Pénama")."""
    return "".join(
        c if ord(c) < 256 else vocab.strip_accents(c)
        for c in name)


# Russia's subdivisions as pycountry spells them, "Krasnodarskiy kray", "Kurskaya oblast'", "Dagestan,
# Respublika", and as reports write them: "the Krasnodar region", "Kursk Oblast", "the Republic of Dagestan".
_RU_ADJECTIVE = re.compile(r"^(?P<stem>[\w'-]+?)(?P<sk>sk)?(?:iy|aya|oye|yy)\s+(?P<kind>kray|oblast'?|avtonomnyy okrug|avtonomnaya oblast'?)$")
_RU_REPUBLIC = re.compile(r"^(?P<stem>[\w' -]+), Respublika$")


def _english_forms(name: str) -> list[str]:
    """Names reports give a subdivision that pycountry spells in its country's own words."""
    m = _RU_ADJECTIVE.match(name)
    if m is None:
        return []
    kind = {"kray": ["Krai", "Territory"], "oblast": ["Oblast"]}.get(m.group("kind").rstrip("'"), ["Okrug"])
    # the adjective's stem is the city's name with or without its "sk": Krasnodar-skiy, Kursk-aya
    stems = {(m.group("stem") + (m.group("sk") or "")).replace("'", "")}
    if len(m.group("stem")) >= 5:
        stems.add(m.group("stem").replace("'", ""))  # (not "Om" of Omsk, "Kur" of Kursk)
    return [f"{stem} {k}" for stem in sorted(stems) for k in [*kind, "region"]]


def capitals_and_cities(entries: list[dict], country_of_code: dict[str, str]) -> list[dict]:
    """Every country's capital and its cities of a million people or more (store/data/cities.json, from
    GeoNames through store.cities.major_cities), as cities under their country: news names them first
    ("in the capital, Copenhagen"), and staff ask about them. A name the places already have (a
    province, a country: Kuwait, Singapore), a nationality's, and one of words.json's "not_cities" (a
    person's name or a word: "Male", "Washington") is left out."""
    names = [n for e in entries for n in [e["name"], *(e.get("aliases") or [])]]
    taken = {normalize(n) for n in names} | {normalize(d) for d in vocab.COUNTRY_OF_DEMONYM} | {normalize(w) for w in vocab.NOT_CITIES}
    # (nor one a place's looser key or consonants would match: Samara is not Samarra, Basseterre not Basse-Terre)
    loose = {translit_key(n) for n in names} | {skeleton(n) for n in names if len(skeleton(n)) >= 4}
    out = []
    for city in _data("cities.json"):
        country = country_of_code.get(city["country"])
        name = city["name"].replace("’", "'")
        keys = {translit_key(name)} | ({skeleton(name)} if len(skeleton(name)) >= 4 else set())
        if country is None or normalize(name) in taken or keys & loose:
            continue
        taken.add(normalize(name))
        loose |= keys
        out.append({"name": name, "kind": "city", "parent": country, "pcode": None, "aliases": sorted({_latin(name)} - {name})})
    return out


def subdivisions(entries: list[dict], country_of_code: dict[str, str]) -> list[dict]:
    """Provinces, states, counties and districts of every country (ISO 3166-2, through pycountry), as places
    under their country ("Assam" in India, "Kisumu" in Kenya), so that a report on any country is placed.

    Left out, so that no common word or shared name becomes a place: a name that two countries share
    ("Punjab", "Amazonas", "Central"), one that places.json or a country already has ("Gaza" is the Strip),
    one shorter than four letters, and one in words.json's "not_subdivisions" list (English words such
    as "Coast"), except that a state is known with its kind word: "Rivers State".
    """
    import pycountry

    taken = {normalize(n) for e in entries for n in [e["name"], *(e.get("aliases") or [])]}
    taken |= {normalize(d) for d in vocab.COUNTRY_OF_DEMONYM}  # "Somali" is a people, not Ethiopia's region
    skip = {normalize(w) for w in vocab.NOT_SUBDIVISIONS}
    # A province places.json already holds under another spelling ("Dayr az Zawr" is Deir ez-Zor) is not
    # a second place: names of each country's curated places, by transliteration key.
    by_name = {e["name"]: e for e in entries}
    curated: dict[str, list[str]] = {}
    for e in entries:
        names = [e["name"], *(e.get("aliases") or [])]
        curated.setdefault(_top(e, by_name)["name"], []).extend(names + [without_kind(n) for n in names])
    curated_keys = {country: alike_keys(names) for country, names in curated.items()}
    subs = [s for s in pycountry.subdivisions if s.country_code in country_of_code]
    # A country whose provinces places.json lists (most of them) keeps its own list and spellings.
    top_level = Counter(s.country_code for s in subs if s.parent_code is None)
    governorates = Counter(
        top["name"] for e in entries if e.get("kind") == "governorate" for top in [_top(e, by_name)])
    subs = [s for s in subs if governorates[country_of_code[s.country_code]] < 0.6 * top_level[s.country_code]]
    countries_named: dict[str, set[str]] = {}
    for s in subs:
        countries_named.setdefault(normalize(_LOCAL_KIND.sub("", s.name)), set()).add(s.country_code)
    kept: dict[str, str] = {}  # ISO code -> place name
    # "Bayern" is Bavaria, "Khorāsān-e Raẕavī" Razavi Khorasan: named as news in English names them
    english: dict[str, list[str]] = (_data("subdivisions_en.json") or {}).get("names", {})
    out = []
    for s in sorted(subs, key=lambda s: (s.parent_code is not None, s.code)):
        name = local = _latin(_LOCAL_KIND.sub("", s.name).strip())
        if republic := _RU_REPUBLIC.match(name):
            name = republic.group("stem")  # "Dagestan, Respublika" is Dagestan
        key = normalize(name)
        en = english.get(s.code, [])
        if en and any(normalize(n) in taken for n in en):
            continue  # (places.json holds it by its English name already: "Kursk Oblast")
        if en:
            name, key = en[0], normalize(en[0])
        elif "(" in name or len(key.replace(" ", "")) < 4 or key in taken or len(countries_named.get(key, ())) > 1:
            continue
        if not en and alike_any(name, curated_keys.get(country_of_code[s.country_code], (set(), []))):
            continue  # (an English name is curated itself: "Styria" is no "Austria" spelt otherwise)
        # the name as pycountry spells it, and with its kind word ("Kisumu County", "Assam State")
        aliases = sorted({s.name, f"{name} {s.type.split()[-1].lower()}", *_english_forms(local), *en[1:],
                          *([local] if en else [])} - {name})
        if republic:
            aliases = sorted({s.name, f"Republic of {name}", f"{name} Republic"})
        if key in skip:
            # an English word: only a state is known, and only with its kind word ("Rivers State"; not
            # "the Coast region")
            if s.type != "State" or key.endswith(" state"):
                continue
            name, key, aliases = f"{name} State", f"{key} state", []
            if key in taken:
                continue
        parent = kept.get(s.parent_code) if s.parent_code else None
        out.append({
            "name": name, "kind": "district" if parent else "governorate",
            "parent": parent or country_of_code[s.country_code], "pcode": s.code, "aliases": aliases,
        })
        kept[s.code] = name
        taken.add(key)
    return out
