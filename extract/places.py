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
from dataclasses import dataclass

from store.gazetteer import Entity, Gazetteer, Mention

from .sentences import Sentence

# Rough depth of each kind of place, to tell a city from its country.
_DEPTH = {
    "country": 0, "region": 1, "governorate": 1, "province": 1, "state": 1, "admin1": 1,
    "district": 2, "admin2": 2, "subdistrict": 2, "admin3": 2, "area": 3,
    "city": 3, "town": 3, "village": 4, "suburb": 4, "neighbourhood": 4, "neighborhood": 4, "camp": 4,
}
_CITY_KINDS = {"city", "town"}

_ORIGIN = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_REFERENCE = re.compile(
    r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east"
    r"|south-west)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}"
    r"|\bborders?\s+with\s+(?:[\w'’-]+\s+){0,3}|\btowards?\s+(?:the\s+)?|\bbordering\s+)$",
    re.I,
)
_CITY_BACK = re.compile(
    r"\bthe\s+(?:(?:old|northern|southern|eastern|western|besieged|embattled|whole|entire|same|ravaged|battered)\s+)?"
    r"(?:city|town)\b(?!\s+of\b)|\binside\b(?!\s+(?:the\s+)?[A-Z])",
    re.I,
)
_COUNTRY_BACK = re.compile(r"\bthe\s+country\b", re.I)
# A clause that only adds where: ", in Khan Younis overnight,".
_LOCATIVE = re.compile(r"^(?:in|at|near|inside|outside|across|around|throughout)\b", re.I)
# A place the gazetteer does not know, named after a locative preposition: "killed in El Fasher".
_UNKNOWN = re.compile(
    r"(?:\b(?:in|at|near|inside)\s+(?:the\s+)?(?=[A-Z])|\bthe\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+"
    r"(?:camp|village|town|city|district|neighbourhood|neighborhood)\b))"
    r"(?P<name>[A-Z][a-z'’-]+(?:[\s-](?:al|el|ad|as|an|ar)?-?[A-Z][a-z'’-]+){0,2})"
    r"(?:\s+(?P<kind>camp|city|town|village|district|neighbourhood|neighborhood|province|region|area))?"
)
_NOT_PLACES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "the", "a", "an", "his", "her", "its", "their", "this", "that", "which", "addition", "total", "recent",
    "response", "particular", "part", "order", "fact", "some", "many", "all", "both", "each", "one",
}
_INSTITUTION = re.compile(
    r"\b(?:Hospital|Clinic|School|Mosque|Church|University|College|Airport|Prison|Office|Ministry|Council"
    r"|Committee|Agency|Organi[sz]ation|Programme|Program|Fund|Army|Forces|Party|Front|Group|Brigade|Division"
    r"|Corps|Command|Authority|Department|Center|Centre|Institute|Foundation|Society|Movement|House|Hotel|Bank"
    r"|Operation|Network|News|Television|Radio)\b"
)
_ADJECTIVE = re.compile(r"(?:an|ian|i|ese|ish)$")
# Words that start a multi-word place name ("North Darfur", "Port Sudan"), unlike a given name.
_PLACE_PREFIXES = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "old", "new", "port", "mount", "lake", "camp", "al", "el", "tal", "tell", "ras", "deir", "bir",
}
_INTRO = re.compile(r"^(?:In|At|Near|Inside|Outside|Across|Around|Throughout|Elsewhere\s+in|Further|Meanwhile\s+in)\b")
_WAR = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:civil\s+)?(?:war|conflict|crisis|uprising|revolution)\b")


@dataclass
class Event:
    """A place named (or referred back to) at an offset."""

    start: int
    end: int
    entity: Entity
    role: str  # "here", "origin" or "reference"


def depth(e: Entity) -> int:
    return _DEPTH.get((e.kind or "").lower(), 3)


def _demonym_place(g: Gazetteer, word: str) -> Entity | None:
    """Syrian -> Syria, Iraqi -> Iraq, Lebanese -> Lebanon, Ukrainian -> Ukraine."""
    forms = [word[:-1], word[:-3] + "e", word[:-4] + "on", word[:-3], word[:-2] + "a", word[:-2]]
    for f in forms:
        if len(f) >= 3:
            e = g.place(f, fuzzy=False)
            if e is not None and e.kind == "country":
                return e
    return None


class PlaceResolver:
    """Tracks the place in focus through an article and places each figure."""

    def __init__(self, text: str, g: Gazetteer, mentions: list[Mention], title: str | None) -> None:
        self.text = text
        self.g = g
        self.events: list[Event] = []
        self.title_place: Entity | None = None
        if title:
            found = [m.entity for m in g.scan_places(title)]
            found = self._most_specific(found)
            self.title_place = found[0] if found else None
        focus_city = self.title_place if self.title_place and self.title_place.kind in _CITY_KINDS else None
        last_country = None
        anaphora = [(m.start(), m.end(), "city") for m in _CITY_BACK.finditer(text)]
        anaphora += [(m.start(), m.end(), "country") for m in _COUNTRY_BACK.finditer(text)]
        mentions = [m for m in mentions if not _in_person_name(text, m)]
        known = [(m.start, m.end) for m in mentions]
        unknown = []
        for k, m in enumerate(_UNKNOWN.finditer(text)):
            name = m.group("name")
            first = re.sub(r"['’]s$", "", name.split()[0].lower())
            if first in _NOT_PLACES or any(a < m.end() and m.start("name") < b for a, b in known):
                continue
            if _INSTITUTION.search(name) or (
                " " not in name and _ADJECTIVE.search(name) and re.match(r"\s+[a-z]", text[m.end("name") :])
            ):
                continue  # "at the South Hospital", "in the Iraqi city of Mosul"
            if name.isupper() or g.agency(name, fuzzy=False) is not None:
                continue
            kind = (m.group("kind") or "area").lower()
            entity = Entity(-(k + 1), name, kind if kind in _DEPTH else "area")
            unknown.append(Mention(m.start("name"), m.end("name"), entity, name))
        mentions = sorted(mentions + unknown, key=lambda m: m.start)
        items = [(m.start, m.end, m) for m in mentions] + anaphora
        items.sort(key=lambda x: x[0])
        for start, end, what in items:
            if isinstance(what, Mention):
                before = text[max(0, start - 60) : start]
                role = "origin" if _ORIGIN.search(before) else "reference" if _REFERENCE.search(before) else "here"
                e = what.entity
                self.events.append(Event(start, end, e, role))
                if role != "origin" and (e.kind in _CITY_KINDS or e.id < 0):
                    focus_city = e
                if e.kind == "country":
                    last_country = e
            elif what == "city" and focus_city is not None:
                self.events.append(Event(start, end, focus_city, "here"))
            elif what == "country" and last_country is not None:
                self.events.append(Event(start, end, last_country, "here"))

    def _most_specific(self, entities: list[Entity]) -> list[Entity]:
        """Drop every place that contains another one in the list (Syria in "Syria's Raqqa")."""
        return [
            e for e in entities if not any(o.id != e.id and o.id > 0 and self.g.within(o.id, e.id) for o in entities)
        ]

    def _pick(self, events: list[Event], pos: int) -> str | None:
        if not events:
            return None
        events = sorted(events, key=lambda ev: ev.start)
        keep = self._most_specific([ev.entity for ev in events])
        events = [ev for ev in events if ev.entity in keep]
        after = [ev for ev in events if ev.start >= pos]
        chosen = after[0] if after else events[-1]
        # "in Iraq and Syria": two places of a kind joined by "and" are one place.
        i = events.index(chosen)
        for a, b in ((events[i - 1] if i else None, chosen), (chosen, events[i + 1] if i + 1 < len(events) else None)):
            if a and b and a.entity.kind == b.entity.kind and a.entity.id != b.entity.id:
                if self.text[a.end : b.start].strip() == "and":
                    return f"{a.entity.name} and {b.entity.name}"
        return chosen.entity.name

    def locate(
        self, sent: Sentence, clause: tuple[int, int], pos: int, np_end: int, parent: str | None
    ) -> str | None:
        """The place of a figure at `pos` whose clause is `clause` (its noun phrase ends at np_end)."""
        # Places inside the noun phrase say who, not where: "U.S. military personnel".
        here = [
            ev for ev in self.events
            if clause[0] <= ev.start < clause[1] and ev.role == "here" and not pos <= ev.start < np_end
        ]
        name = self._pick(here, pos)
        if name:
            return name
        # A following clause that only adds where: "killed 31 people, including 12 children, in Khan Younis".
        ci = sent.clauses.index(clause) if clause in sent.clauses else -1
        for nxt in sent.clauses[ci + 1 :] if ci >= 0 else ():
            if not _LOCATIVE.match(self.text[nxt[0] : nxt[1]]):
                continue
            name = self._pick([ev for ev in self.events if nxt[0] <= ev.start < nxt[1] and ev.role == "here"], pos)
            if name:
                return name
        if parent:
            return parent
        first = sent.clauses[0]
        if first != clause and first[1] <= pos and _INTRO.match(self.text[first[0] : first[1]]):
            intro = [ev for ev in self.events if first[0] <= ev.start < first[1] and ev.role == "here"]
            name = self._pick(intro, pos)
            if name:
                return name
        for m in _WAR.finditer(self.text, sent.start, sent.end):
            e = _demonym_place(self.g, m.group(1)) if m.group(1)[-1] in "ni" or m.group(1).endswith("ese") else None
            if e is None:
                e = self.g.place(m.group(1), fuzzy=False)
            if e is not None:
                return e.name
        before = [ev for ev in self.events if ev.start < pos and ev.role != "origin"]
        here_before = [ev for ev in before if ev.role == "here"] or before
        if here_before:
            # The last place named, or the most specific of the places named with it ("KHAN YOUNIS, Gaza Strip").
            same = [here_before[-1]]
            for ev in reversed(here_before[:-1]):
                if self.text[ev.end : same[0].start].strip(" ,") or ev.end > same[0].start:
                    break
                same.insert(0, ev)
            keep = self._most_specific([ev.entity for ev in same])
            return [ev for ev in same if ev.entity in keep][-1].entity.name
        return self.title_place.name if self.title_place else None


def _in_person_name(text: str, m: Mention) -> bool:
    """A one-word match right after a given name ("Claire Martin") is part of the name, not a place."""
    if " " in m.surface:
        return False
    prev = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, m.start - 30) : m.start])
    if not prev or prev.group(1).lower() in _PLACE_PREFIXES:
        return False
    before = text[max(0, m.start - 30) : m.start - len(prev.group(0))]
    # Not when the capitalised word starts a sentence ("Syria's ..." is fine, "In Raqqa" has a lowercase "in").
    return bool(before.strip()) and not re.search(r"[.!?\"“]\s*$", before) and prev.group(1).lower() not in _NOT_PLACES
