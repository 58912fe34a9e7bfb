"""Names: places (with parents), agencies (with parents), their aliases, names learned from
articles, the cached gazetteer of them all, and the names another process stored meanwhile.

`NamesMixin` is part of `Store` (store/db.py). `_write_name` and `_write_alias` are
the one place name rows and their audit rows are written, for one name or a bulk import
alike, and they keep the cached gazetteer current.
"""

from __future__ import annotations

import re
from typing import Iterable

from .gazetteer import Entity, Gazetteer, another_wording, normalize
from . import vocab
from .values import StoreError, _clean_name, _opt_text

# A learned name that is a known place's name with its kind: "Hualien City", "Katesh Town".
_KIND_SUFFIX = re.compile(r"\s+(?:City|Town|Village|District|County|Municipality|Camp|Regency|LGA|Local\s+Government(?:\s+Area)?)$", re.I)
# A learned name of a wider place with its kind, which staff type alone ("fergana quake" for "Ferghana region"); not
# inside a known place of the name (Kursk Region holds the city of Kursk), so only the name alone is kept
_WIDER_SUFFIX = re.compile(r"\s+(?:Region|Province|Oblast|Valley)$", re.I)

# The name alone a learned place's name with its kind gives ("Yingjiang" of "Yingjiang County"): one proper word,
# five letters at least, no common word ("Old City", "New Camp", "Central District", "Capital Region" give none).
_NAME_ALONE = re.compile(r"[A-Z][a-z'’-]{4,}")
_DESCRIBING_WORDS = frozenset("""old new great little big small main grand upper lower middle inner outer high low capital coastal mountain
    border lake island metropolitan autonomous special national federal death silicon rift""".split())
# A learned name that is a part of a known place by its compass point: "central Croatia", "North-east Nigeria".
_COMPASS_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:far\s+)?(?:north|south|east|west)(?:ern)?|north-?east(?:ern)?|north-?west(?:ern)?"
    r"|south-?east(?:ern)?|south-?west(?:ern)?|central|upper|lower)\s+", re.I)
# family: (table, columns a gazetteer entry is built from)
_NAME_COLUMNS = {
    "place": ("places", ("id", "name", "kind", "parent_id", "pcode")),
    "agency": ("agencies", ("id", "name", "kind", "full_name", "parent_id")),
}
# family: (alias table, its column of the named row)
_ALIAS_TABLES = {"place": ("place_aliases", "place_id"), "agency": ("agency_aliases", "agency_id")}


class NamesMixin:
    """Methods of `Store` for places and agencies; they use its connection, `_transaction` and `_audit`."""

    _gazetteer: Gazetteer | None

    # -- the gazetteer ----------------------------------------------------------------

    def refresh_names(self) -> None:
        """Forget the cached gazetteer: another connection (a worker thread, another process) may
        have learned places or sources; it is rebuilt on next use."""
        self._gazetteer = None

    def gazetteer(self) -> Gazetteer:
        """The places and agencies of this store with their aliases (cached)."""
        if self._gazetteer is None:
            places = [dict(r) for r in self.db["places"].rows]
            agencies = [dict(r) for r in self.db["agencies"].rows]
            place_aliases = [(r[0], r[1]) for r in self.conn.execute("select alias, place_id from place_aliases order by id")]
            agency_aliases = [(r[0], r[1]) for r in self.conn.execute("select alias, agency_id from agency_aliases order by id")]
            for a in agencies:
                if a.get("full_name"):
                    agency_aliases.append((a["full_name"], a["id"]))
            self._gazetteer = Gazetteer(places, place_aliases, agencies, agency_aliases)
        return self._gazetteer

    def _known(self, family: str, name: str) -> Entity | None:
        g = self.gazetteer()
        return g.place(name, fuzzy=False) if family == "place" else g.agency(name, fuzzy=False)

    def _place_id(
        self, name: str | None, *, create: bool, actor: str, within: str | None = None, country: str | None = None
    ) -> int | None:
        """The id of a named place; with `create`, a place no table knows is learned (marked for
        review, inside `within`, the place the article puts it in or the country it is about, when known; else
        inside `country`: "Onugwa hamlet in Ibaji" before the store has learned Ibaji)."""
        if not name:
            return None
        g = self.gazetteer()
        if within and country and g.place(within, fuzzy=False) is None:
            within = country
        entity = g.place(name, fuzzy=False)
        loose = entity is not None and g.place_named(name) is None  # matched by a transliteration key only
        home = g.place(within, fuzzy=False) if within and loose else None
        abroad = home is not None and home.kind == "country" and entity.id != home.id and not g.within(entity.id, home.id)
        # "al-Tayba" is not Tabqa though their keys meet: a learned name must still be spelled like the place.
        abroad = abroad or (loose and create and not g.spelled_as(name, entity))
        if entity is not None and not abroad:
            return entity.id
        if not create:
            raise StoreError(f"unknown place {name!r}; add it with an alias or as a new place first")
        parent = within if within and self.gazetteer().place(within, fuzzy=False) else None
        stem = _KIND_SUFFIX.sub("", name)
        named = g.place(stem, fuzzy=False) if stem != name else None
        if stem == name and (wider := _WIDER_SUFFIX.sub("", name)) != name:
            # "Ferghana region" lies in a learned "Ferghana Valley" (the name alone its alias), not in a city of its name
            named = g.place(wider, fuzzy=False)
            named = named if named is not None and named.kind not in ("city", "town") else None
            stem = wider
        part = _COMPASS_PREFIX.sub("", name)
        whole = g.place_named(part) if named is None and part != name else None
        if whole is not None and whole.name.lower() == part.lower():
            named = whole  # (by its own name: "Central America" is no part of the US, "America")
        if named is not None:
            # "Hualien City" lies in Hualien, "central Croatia" in Croatia: a question about it finds it
            parent = named.name
        # Only a transliteration key ties an abroad name to a place ("Al-Tukhar" in a Syria story is not
        # Afghanistan's Takhar Province): a place of its own, learned as spelled.
        new_id = self._add_name("place", name, kind="area", parent=parent, actor=actor, review="auto", as_spelled=abroad)
        if named is None and stem != name and _NAME_ALONE.fullmatch(stem) and stem.lower() not in vocab.NOT_PLACE_TERMS["words"] and not (
            _COMPASS_PREFIX.match(stem + " ") or stem.lower() in _DESCRIBING_WORDS
        ):
            # "Yingjiang County" is also "Yingjiang", as staff type it ("yingjiang quake"), where that names nothing else
            with self._transaction():
                self._write_aliases_of_new("place", new_id, [stem], actor)
        return new_id

    def _agency_id(self, name: str | None, *, create: bool, actor: str) -> int | None:
        if not name or normalize(name) in ("unattributed", "none", "null"):
            return None
        entity = self.gazetteer().agency(name, fuzzy=False)
        if entity is not None:
            return entity.id
        if not create:
            raise StoreError(f"unknown agency {name!r}; add it with an alias or as a new agency first")
        parent = vocab.learned_parent(name)
        if parent is not None and self.gazetteer().agency(parent, fuzzy=False) is None:
            parent = None  # (a store whose admins removed the parent)
        return self.add_agency(name, kind="other", actor=actor, review="auto", parent=parent)

    def _agency_named(self, given: str | None, agency_id: int | None) -> str | None:
        """The source as the article (or an imported file) words it, kept only where that is another wording of
        the agency's canonical name ("Pakistan government" for the Pakistani government)."""
        agency = self.gazetteer().agency_by_id(agency_id) if agency_id is not None and given else None
        if agency is None or not another_wording(str(given), agency.name):
            return None
        return _clean_name(str(given), "agency")

    def _stored_meanwhile(self, family: str, name: str, review: str | None) -> int | None:
        """The id of a name another process stored since this one's gazetteer was built (which then
        learns it), inside the write transaction; None when it is new. Only a name learned from an
        article (review 'auto') may reuse it: an admin adding an existing name is told so."""
        table, columns = _NAME_COLUMNS[family]
        row = self.conn.execute(f"select {', '.join(columns)} from {table} where name = ?", (name,)).fetchone()
        if row is None:
            return None
        g = self.gazetteer()
        (g.add_place if family == "place" else g.add_agency)(dict(zip(columns, row)))
        if review != "auto":
            raise StoreError(f"{family} {name!r} already exists")
        return row[0]

    # -- places and agencies ---------------------------------------------------------------

    def _new_name(self, family: str, name: str, *, as_spelled: bool = False) -> str:
        """A checked name for a new place or agency: not empty, not one the store already knows (with
        `as_spelled`, letter for letter: a name only a transliteration key ties to a place abroad)."""
        name = _clean_name(name, family)
        if (self.gazetteer().place_named(name) if as_spelled else self._known(family, name)):
            raise StoreError(f"{family} {name!r} already exists")
        return name

    def _write_name(
        self, family: str, name: str, *, kind: str, parent: str | None, actor: str, review: str | None,
        pcode: str | None = None, full_name: str | None = None,
    ) -> int:
        """Insert a checked place or agency (inside a transaction) with its audit row; the gazetteer
        learns it. A place may have a pcode, an agency a full name."""
        find_parent = self._place_id if family == "place" else self._agency_id
        parent_id = find_parent(parent, create=False, actor=actor) if parent else None
        known = self._stored_meanwhile(family, name, review)
        if known is not None:
            return known
        extra = {"pcode": _opt_text(pcode, "pcode")} if family == "place" else {"full_name": _opt_text(full_name, "full_name")}
        row = {"name": name, "kind": kind, "parent_id": parent_id, **extra}
        columns = [*row, "created_by", "review"]
        new_id = self.conn.execute(
            f"insert into {_NAME_COLUMNS[family][0]} ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
            [*row.values(), actor, review],
        ).lastrowid
        self._audit(actor, "add", family, new_id, after={"name": name, "kind": kind, **extra, "parent": parent, "review": review})
        g = self.gazetteer()
        (g.add_place if family == "place" else g.add_agency)({"id": new_id, **row})
        return new_id

    def add_place(
        self, name: str, *, kind: str = "area", parent: str | None = None, pcode: str | None = None, actor: str,
        review: str | None = None,
    ) -> int:
        """A new place (kind city, district...) inside an optional parent place; `review` 'auto'
        marks a place learned from an article, for an admin to confirm or merge."""
        return self._add_name("place", name, kind=kind, parent=parent, actor=actor, review=review, pcode=pcode)

    def add_agency(
        self, name: str, *, kind: str = "other", full_name: str | None = None, actor: str, review: str | None = None,
        parent: str | None = None,
    ) -> int:
        """A new agency that figures can be attributed to; `review` 'auto' marks one learned from an article."""
        return self._add_name("agency", name, kind=kind, parent=parent, actor=actor, review=review, full_name=full_name)

    def _add_name(self, family: str, name: str, *, parent: str | None, actor: str, as_spelled: bool = False, **fields) -> int:
        self._writable()
        name = self._new_name(family, name, as_spelled=as_spelled)
        if parent:  # an unknown parent is refused before the transaction begins (a rollback forgets the gazetteer)
            (self._place_id if family == "place" else self._agency_id)(parent, create=False, actor=actor)
        with self._transaction():
            return self._write_name(family, name, parent=parent, actor=actor, **fields)

    def add_places(self, places: Iterable[dict], *, actor: str) -> dict[str, int]:
        """Add many places, each `{name, kind, parent, pcode, aliases}`, in one transaction; returns {name: id}.

        For large imports: each place is checked and written as `add_place` does it (a name the
        store or an earlier row already answers to is refused), its aliases as `add_alias`
        does, except that an alias that already names something is left out instead of refused.
        `parent` is a place in the store or earlier in `places`.
        """
        return self._add_names("place", places, actor)

    def add_agencies(self, agencies: Iterable[dict], *, actor: str) -> dict[str, int]:
        """Add many agencies, each `{name, kind, full_name, parent, aliases}`, in one transaction;
        returns {name: id}. Checked and written as `add_places` does places."""
        return self._add_names("agency", agencies, actor)

    def _add_names(self, family: str, entries: Iterable[dict], actor: str) -> dict[str, int]:
        self._writable()
        added: dict[str, int] = {}
        with self._transaction():
            for entry in entries:
                name = self._new_name(family, entry.get("name"))
                new_id = self._write_name(
                    family, name, kind=entry.get("kind") or ("area" if family == "place" else "other"), parent=entry.get("parent"),
                    actor=actor, review=None, pcode=entry.get("pcode"), full_name=entry.get("full_name"),
                )
                self._write_aliases_of_new(family, new_id, entry.get("aliases") or (), actor)
                added[name] = new_id
        return added

    def set_agency_parent(self, name: str, parent: str | None, *, actor: str) -> dict:
        """Put an agency under another ("OCHA" under "UN"), or under none; questions naming the
        parent are answered by its members. Refuses a cycle."""
        self._writable()
        aid = self._agency_id(name, create=False, actor=actor)
        if aid is None:
            raise StoreError("name an agency")
        pid = self._agency_id(parent, create=False, actor=actor) if parent else None
        g = self.gazetteer()
        if pid is not None and (pid == aid or pid in g.agency_members(aid, by_name=False)):
            raise StoreError(f"{parent} is {name} itself or one of its members: an agency cannot be under its own member")
        before = g.agency_by_id(aid).parent_id
        with self._transaction():
            self.conn.execute("update agencies set parent_id = ? where id = ?", (pid, aid))
            self._audit(actor, "parent", "agency", aid, before={"parent_id": before}, after={"parent_id": pid})
            g.set_agency_parent(aid, pid)
        return {"agency": g.agency_by_id(aid).name, "parent": g.agency_by_id(pid).name if pid else None}

    def learned_names(self) -> list[dict]:
        """Places and agencies learned from articles and not yet reviewed, newest first."""
        rows = []
        for family, (table, _) in _NAME_COLUMNS.items():
            for r in self.conn.execute(f"select id, name, created_by from {table} where review = 'auto' order by id desc"):
                rows.append({"family": family, "id": r[0], "name": r[1], "created_by": r[2]})
        return rows

    # -- aliases ---------------------------------------------------------------------------

    def _alias_is_new(self, family: str, target: Entity, alias: str) -> bool:
        """Whether `alias` is not yet an alias of target; refuses the name of another place or agency."""
        existing = self._known(family, alias)
        if existing is not None and existing.id != target.id and normalize(existing.name) == normalize(alias):
            raise StoreError(f"{alias!r} is already the name of another {family}, {existing.name}")
        table, key = _ALIAS_TABLES[family]
        return self.conn.execute(f"select 1 from {table} where norm = ? and {key} = ?", (normalize(alias), target.id)).fetchone() is None

    def _write_alias(self, family: str, target: Entity, alias: str, actor: str) -> None:
        """Insert a checked alias (inside a transaction) with its audit row; the gazetteer learns it."""
        table, key = _ALIAS_TABLES[family]
        row_id = self.conn.execute(
            f"insert into {table} ({key}, alias, norm, created_by) values (?,?,?,?)", (target.id, alias, normalize(alias), actor)
        ).lastrowid
        self._audit(actor, "alias", family, target.id, after={"alias": alias, "alias_id": row_id, "name": target.name})
        self.gazetteer().add_alias(family, target.id, alias)

    def _write_aliases_of_new(self, family: str, entity_id: int, aliases: Iterable[str], actor: str) -> None:
        """The aliases of a place or agency a bulk import just added. One that already names
        something, another place or agency or this one by its name, is left out: a bulk import
        refuses names, not aliases, and an alias shared by two agencies would answer for one only."""
        g = self.gazetteer()
        target = g.place_by_id(entity_id) if family == "place" else g.agency_by_id(entity_id)
        for alias in aliases:
            alias = _clean_name(alias, "alias")
            known = self._known(family, alias)
            if normalize(alias) == normalize(target.name) or (known is not None and known.id != target.id):
                continue
            if self._alias_is_new(family, target, alias):
                self._write_alias(family, target, alias, actor)

    def add_alias(self, family: str, canonical: str, alias: str, *, actor: str) -> dict:
        """Teach the store another name for a place or an agency (`family` is place or agency)."""
        self._writable()
        if family not in _ALIAS_TABLES:
            raise StoreError("alias is for a place or an agency")
        alias = _clean_name(alias, "alias")
        target = self._known(family, canonical)
        if target is None:
            raise StoreError(f"unknown {family} {canonical!r}")
        if not self._alias_is_new(family, target, alias):
            return {"family": family, "name": target.name, "alias": alias, "new": False}
        with self._transaction():
            self._write_alias(family, target, alias, actor)
        return {"family": family, "name": target.name, "alias": alias, "new": True}
