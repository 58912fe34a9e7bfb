"""The store's schema, created and evolved by named sqlite-utils migrations.

Each migration runs once, in a transaction with the record of it having run,
so opening a store twice is a no-op. Add new migrations at the end; never edit
one that has shipped.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from .gazetteer import normalize, reference_agencies, reference_places

migrations = Migrations("impactbot")


@migrations()
def m001_core_tables(db: Database) -> None:
    db["articles"].create(
        {
            "id": int,
            "title": str,
            "outlet": str,
            "url": str,
            "published": str,  # ISO date
            "received": str,  # ISO timestamp
            "text": str,
            "content_hash": str,
            "duplicate_of": int,
            "created_by": str,
        },
        pk="id",
        foreign_keys=[("duplicate_of", "articles", "id")],
        not_null={"received"},
    )
    db["articles"].create_index(["content_hash"])
    db["articles"].create_index(["duplicate_of"])
    # Bottom-k MinHash sketch of each article's word shingles, to find near-duplicates.
    db["article_sketch"].create({"article_id": int, "h": int}, foreign_keys=[("article_id", "articles", "id")])
    db["article_sketch"].create_index(["h"])
    db["article_sketch"].create_index(["article_id"])

    db["agencies"].create(
        {"id": int, "name": str, "kind": str, "full_name": str, "created_by": str},
        pk="id",
        not_null={"name"},
    )
    db["agencies"].create_index(["name"], unique=True)
    db["agency_aliases"].create(
        {"id": int, "agency_id": int, "alias": str, "norm": str, "created_by": str},
        pk="id",
        foreign_keys=[("agency_id", "agencies", "id")],
        not_null={"agency_id", "alias", "norm"},
    )
    db["agency_aliases"].create_index(["norm"])

    db["places"].create(
        {"id": int, "name": str, "kind": str, "parent_id": int, "pcode": str, "created_by": str},
        pk="id",
        foreign_keys=[("parent_id", "places", "id")],
        not_null={"name"},
    )
    db["places"].create_index(["name"], unique=True)
    db["places"].create_index(["parent_id"])
    db["place_aliases"].create(
        {"id": int, "place_id": int, "alias": str, "norm": str, "created_by": str},
        pk="id",
        foreign_keys=[("place_id", "places", "id")],
        not_null={"place_id", "alias", "norm"},
    )
    db["place_aliases"].create_index(["norm"])

    db["figures"].create(
        {
            "id": int,
            "fact_id": int,  # id of the first figure stating the same fact (corroboration)
            "article_id": int,
            "value": int,
            "low": int,
            "high": int,
            "qualifier": str,
            "subject": str,
            "status": str,
            "kind": str,
            "place_id": int,
            "agency_id": int,
            "person": str,
            "refers_to": str,  # ISO date the figure is about
            "quote": str,
            "quote_start": int,
            "quote_end": int,
            "origin": str,
            "review": str,
            "note": str,
            "created_at": str,
            "created_by": str,
            "updated_at": str,
            "updated_by": str,
        },
        pk="id",
        foreign_keys=[
            ("fact_id", "figures", "id"),
            ("article_id", "articles", "id"),
            ("place_id", "places", "id"),
            ("agency_id", "agencies", "id"),
        ],
        not_null={"article_id", "qualifier", "subject", "status", "kind", "origin", "review", "created_at"},
    )
    # The answer path filters on status and subject, then place: one covering index.
    db["figures"].create_index(["status", "subject", "place_id"])
    db["figures"].create_index(["place_id"])
    db["figures"].create_index(["agency_id"])
    db["figures"].create_index(["article_id"])
    db["figures"].create_index(["fact_id"])
    db["figures"].create_index(["review"])

    db["audit"].create(
        {
            "id": int,
            "at": str,
            "actor": str,
            "action": str,
            "entity": str,  # figure, article, place, agency, admin
            "entity_id": int,
            "before": str,  # JSON
            "after": str,  # JSON
            "reason": str,
        },
        pk="id",
        not_null={"at", "actor", "action", "entity"},
    )
    db["audit"].create_index(["entity", "entity_id"])

    db["admins"].create(
        {"user_id": int, "name": str, "active": int, "added_at": str, "added_by": str},
        pk="user_id",
    )


@migrations()
def m002_full_text_search(db: Database) -> None:
    # Triggers keep the indexes current on every insert and edit.
    db["articles"].enable_fts(["title", "text"], create_triggers=True)
    db["figures"].enable_fts(["quote", "note"], create_triggers=True)


@migrations()
def m003_reference_data(db: Database) -> None:
    """Load the bundled agencies and places (with every country) into a new store."""
    places, place_aliases = reference_places()
    # A place may be listed before its parent: check foreign keys at commit, not per row.
    db.execute("PRAGMA defer_foreign_keys = ON")
    # Some 6,000 places with every province (see gazetteer.subdivisions): plain executemany, as insert_all's
    # per-value checks made a new store three times slower to open.
    db.conn.executemany(
        "insert into places (id, name, kind, parent_id, pcode, created_by) values (?, ?, ?, ?, ?, 'reference')",
        [(p["id"], p["name"], p["kind"], p["parent_id"], p["pcode"]) for p in places],
    )
    db.conn.executemany(
        "insert into place_aliases (place_id, alias, norm, created_by) values (?, ?, ?, 'reference')",
        [(pid, alias, normalize(alias)) for alias, pid in place_aliases],
    )
    agencies, agency_aliases = reference_agencies()
    # Parents come with m006, which adds their column.
    db["agencies"].insert_all(
        ({k: v for k, v in a.items() if k != "parent_id"} | {"created_by": "reference"} for a in agencies), pk="id"
    )
    db["agency_aliases"].insert_all(
        ({"agency_id": aid, "alias": alias, "norm": normalize(alias), "created_by": "reference"} for alias, aid in agency_aliases),
        pk="id",
    )


@migrations()
def m004_agency_index(db: Database) -> None:
    # Questions that name a source ("what does UNICEF say about Jazra") filter on agency first.
    db["figures"].create_index(["agency_id", "status", "subject", "place_id"])


@migrations()
def m005_place_agency_index(db: Database) -> None:
    # "What does UNICEF say about Jazra": a place and a source, no topic.
    db["figures"].create_index(["place_id", "agency_id"])


@migrations()
def m006_learned_names_and_agency_parents(db: Database) -> None:
    """Names learned from articles are marked for review; agencies get a parent (OCHA under the UN).

    `review` is 'auto' on a place or agency that extraction created (an admin merges it into a known
    name with an alias, or keeps it) and null on reference and admin-made names. `parent_id` points
    to another agency (no foreign-key constraint: SQLite cannot add one without rebuilding the table).
    """
    db["places"].add_column("review", str)
    db["agencies"].add_column("review", str)
    db["agencies"].add_column("parent_id", int)
    db["agencies"].create_index(["parent_id"])
    agencies = _add_new_reference_agencies(db)
    names = {a["id"]: a["name"] for a in agencies}
    for a in agencies:
        if a["parent_id"] is not None:
            db.execute(
                "update agencies set parent_id = (select id from agencies where name = ?) where name = ?",
                [names[a["parent_id"]], a["name"]],
            )


def _add_new_reference_agencies(db: Database) -> list[dict]:
    """Insert the reference agencies (with their aliases) a store made earlier lacks; returns them all."""
    agencies, agency_aliases = reference_agencies()
    known = {r["name"] for r in db.query("select name from agencies")}
    for a in agencies:
        if a["name"] not in known:  # a reference agency added since the store was made
            aid = db["agencies"].insert(
                {"name": a["name"], "kind": a["kind"], "full_name": a["full_name"], "created_by": "reference"}
            ).last_pk
            db["agency_aliases"].insert_all(
                {"agency_id": aid, "alias": alias, "norm": normalize(alias), "created_by": "reference"}
                for alias, ref_id in agency_aliases if ref_id == a["id"]
            )
    return agencies


@migrations()
def m007_follows_and_shown(db: Database) -> None:
    """Staff follow places (issue 12); the bot records which figures it showed to which chat and
    which notices it queued and sent, so that a correction reaches who saw the figure, once.

    A follow is a parsed question (place, optional subjects, statuses, agency); `status` is active or
    stopped (nothing is deleted). `shown` keeps the first and last time a chat was shown a figure
    (rows unseen for 90 days are pruned). `notices` is an outbox: queued from the audit trail, marked
    sent after Telegram accepted the message. `cursors` holds the last audit row turned into notices;
    it starts at the newest row, so an existing store's history is not replayed to anyone.
    """
    db["follows"].create(
        {
            "id": int, "chat_id": int, "user_id": int, "place_id": int, "subjects": str, "statuses": str,
            "agency_id": int, "label": str, "status": str, "created_at": str, "created_by": str,
            "since_audit_id": int,  # the newest audit row when it was made: only later changes are told
        },
        pk="id",
        foreign_keys=[("place_id", "places", "id"), ("agency_id", "agencies", "id")],
        not_null={"chat_id", "place_id", "subjects", "statuses", "status", "created_at"},
    )
    # One follow per chat and question; a null agency must count as one value for uniqueness.
    db.execute("create unique index follows_once on follows (chat_id, place_id, subjects, statuses, ifnull(agency_id, 0))")
    db["follows"].create_index(["place_id", "status"])
    db["shown"].create(
        # first_audit_id: the newest audit row when the chat was first shown the figure; a change
        # with a higher id came after (exact, where timestamps have one-second resolution).
        {"chat_id": int, "figure_id": int, "first_at": str, "last_at": str, "first_audit_id": int},
        pk=("chat_id", "figure_id"),
        foreign_keys=[("figure_id", "figures", "id")],
        not_null={"first_at", "last_at", "first_audit_id"},
    )
    db["shown"].create_index(["figure_id"])
    db["shown"].create_index(["last_at"])
    db["notices"].create(
        {"id": int, "chat_id": int, "figure_id": int, "audit_id": int, "kind": str, "state": str, "created_at": str, "sent_at": str},
        pk="id",
        foreign_keys=[("figure_id", "figures", "id"), ("audit_id", "audit", "id")],
        not_null={"chat_id", "figure_id", "audit_id", "kind", "state", "created_at"},
    )
    # Nobody is told twice: one notice per chat and change, and one new-figure alert per chat and figure.
    db.execute("create unique index notices_once on notices (chat_id, audit_id)")
    db.execute("create unique index notices_alert_once on notices (chat_id, figure_id) where kind = 'follow'")
    db["notices"].create_index(["state", "chat_id"])
    db["cursors"].create({"name": str, "audit_id": int}, pk="name", not_null={"audit_id"})
    newest = db.execute("select coalesce(max(id), 0) from audit").fetchone()[0]
    db["cursors"].insert({"name": "notices", "audit_id": newest})


def apply(db: Database) -> None:
    migrations.apply(db)


def pending(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


@migrations()
def m008_syrian_state_outlets(db: Database) -> None:
    """Syrian state TV and Syrian state media are sources of their own, no longer aliases of SANA (the
    state news agency): a figure keeps the source as the article names it."""
    moved = ("Syrian state media", "Syria's state media", "Syrian state TV", "Syrian state television", "Syria's state TV")
    db.execute(
        f"delete from agency_aliases where created_by = 'reference' and alias in ({', '.join('?' * len(moved))})"
        " and agency_id = (select id from agencies where name = 'SANA')",
        moved,
    )
    _add_new_reference_agencies(db)


# Reference agencies renamed since a store was made: old name -> new name ("the army" in a Sudan story
# is the Sudanese army, as reports call it; its formal name stays an alias and its full name).
RENAMED_AGENCIES = {
    "Sudanese Armed Forces": "Sudanese army", "State Emergency Service of Ukraine": "Ukrainian State Emergency Service",
    "AP": "Associated Press",
}


@migrations()
def m009_reference_names_and_aliases(db: Database) -> None:
    """Bring a store made earlier up to the bundled reference agencies: renamed ones take their new
    name (their figures follow, by id), and aliases and parents added to a reference agency since are
    learned (a parent an admin set is kept)."""
    _sync_reference_agencies(db)


@migrations()
def m010_provinces_and_ministries(db: Database) -> None:
    """Every country's provinces and states (gazetteer.subdivisions) join a store made earlier, and
    ministries and "authorities" become sources of their own under their government ("Moroccan interior
    ministry", "Kenyan authorities"), as reports name them: their reference aliases move to them.

    A name the store already has (a place learned from an article, say) is kept as it is."""
    agencies, agency_aliases = reference_agencies()
    known = {r["name"] for r in db.query("select name from agencies")}
    new_ids = {a["id"] for a in agencies if a["name"] not in known}
    moved = sorted({normalize(alias) for alias, ref_id in agency_aliases if ref_id in new_ids}
                   | {normalize(a["name"]) for a in agencies if a["id"] in new_ids})
    for i in range(0, len(moved), 500):
        chunk = moved[i : i + 500]
        db.execute(f"delete from agency_aliases where created_by = 'reference' and norm in ({', '.join('?' * len(chunk))})", chunk)
    _sync_reference_agencies(db)
    _sync_reference_places(db, since_m011=False)  # as it shipped: new places and their own aliases only


@migrations()
def m011_reference_place_aliases(db: Database) -> None:
    """Names added to the reference places since a store was made ("Cape Verde" for Cabo Verde, "Ivory
    Coast") are learned by the places it has, and places added since (Kosovo) join it."""
    _sync_reference_places(db)


@migrations()
def m012_more_country_names(db: Database) -> None:
    """Short names of countries added to the reference places since m011 ("Bosnia", "St Vincent",
    "Trinidad") are learned by the countries a store has."""
    _sync_reference_places(db)


@migrations()
def m013_no_country_codes(db: Database) -> None:
    """A country's three-letter code is no longer one of its names: "the band DNK" is not Denmark, nor
    "AND" and "CAN" in a headline in capitals Andorra and Canada. Only the reference aliases go; a name an
    admin gave (or places.json's "USA") stays. Russia's regions learn the names reports give them."""
    import pycountry

    _, place_aliases = reference_places()
    kept = {alias for alias, _ in place_aliases}
    codes = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in kept]
    for chunk in range(0, len(codes), 200):
        part = codes[chunk : chunk + 200]
        db.execute(
            f"delete from place_aliases where created_by = 'reference' and alias in ({','.join('?' * len(part))})", part
        )
    # and Russia's regions are known as reports name them ("the Krasnodar region", "Kursk Oblast")
    _sync_reference_places(db)


def _sync_reference_places(db: Database, *, since_m011: bool = True) -> None:
    """Reference places a store lacks join it, with their aliases; since m011 the aliases of every
    reference place it has are learned too, and a country it names otherwise is matched by its code. A
    name the store already has (a place learned from an article, say) is kept as it is."""
    places, place_aliases = reference_places()
    ids = {r["name"]: r["id"] for r in db.query("select id, name from places")}
    by_created = {r["name"]: r["created_by"] for r in db.query("select name, created_by from places")}
    # a country the store names otherwise ("Cabo Verde" in a store made before "Cape Verde") is one by its code
    by_pcode = {r["pcode"]: r["id"] for r in db.query("select id, pcode from places where pcode is not null and created_by = 'reference'")}
    taken = {r["norm"] for r in db.query("select norm from place_aliases")} | {normalize(n) for n in ids}
    by_ref = {p["id"]: p for p in places}
    added: dict[int, int] = {}  # reference id -> id in this store
    for p in places:  # parents come before their provinces
        if p["name"] in ids or normalize(p["name"]) in taken:
            continue
        if since_m011 and p["pcode"] in by_pcode:
            added[p["id"]] = ids[p["name"]] = by_pcode[p["pcode"]]  # (its provinces find their parent by this name)
            db["place_aliases"].insert({"place_id": by_pcode[p["pcode"]], "alias": p["name"], "norm": normalize(p["name"]), "created_by": "reference"})
            taken.add(normalize(p["name"]))
            continue
        parent = by_ref.get(p["parent_id"]) if p["parent_id"] else None
        parent_id = ids.get(parent["name"]) if parent else None
        added[p["id"]] = ids[p["name"]] = db["places"].insert(
            {"name": p["name"], "kind": p["kind"], "parent_id": parent_id, "pcode": p["pcode"], "created_by": "reference"}
        ).last_pk
        taken.add(normalize(p["name"]))
    in_store = {
        p["id"]: added.get(p["id"]) or (ids[p["name"]] if since_m011 and by_created.get(p["name"]) == "reference" else None)
        for p in places
    }
    for alias, ref_id in place_aliases:
        if in_store.get(ref_id) is not None and normalize(alias) not in taken:
            db["place_aliases"].insert({"place_id": in_store[ref_id], "alias": alias, "norm": normalize(alias), "created_by": "reference"})
            taken.add(normalize(alias))


def _sync_reference_agencies(db: Database) -> None:
    """Renamed reference agencies take their new name; aliases and parents added since are learned."""
    for old, new in RENAMED_AGENCIES.items():
        if db.execute("select 1 from agencies where name = ?", [new]).fetchone() is None:
            db.execute("update agencies set name = ? where name = ? and created_by = 'reference'", [new, old])
    _add_new_reference_agencies(db)  # before the parents below, so that new agencies get theirs
    agencies, agency_aliases = reference_agencies()
    by_ref = {a["id"]: a["name"] for a in agencies}
    ids = {r["name"]: r["id"] for r in db.query("select id, name from agencies")}
    taken = {r["norm"] for r in db.query("select norm from agency_aliases")} | {normalize(n) for n in ids}
    for alias, ref_id in agency_aliases:
        aid = ids.get(by_ref.get(ref_id))
        if aid is not None and normalize(alias) not in taken:
            db["agency_aliases"].insert({"agency_id": aid, "alias": alias, "norm": normalize(alias), "created_by": "reference"})
            taken.add(normalize(alias))
    # a parent the reference data gives since (the US military under the Pentagon), where none is set
    for a in agencies:
        parent = by_ref.get(a.get("parent_id")) if a.get("parent_id") else None
        if parent and parent in ids and a["name"] in ids:
            db.execute("update agencies set parent_id = ? where id = ? and parent_id is null and created_by = 'reference'",
                       [ids[parent], ids[a["name"]]])
    for new in RENAMED_AGENCIES.values():  # the new name is no longer an alias of itself
        db.execute("delete from agency_aliases where alias = ? and agency_id = (select id from agencies where name = ?)", [new, new])


@migrations()
def m014_agency_as_named(db: Database) -> None:
    """A figure keeps its source as the article (or the imported file) named it when that differs from the
    agency's canonical name ("Pakistan government" for the Pakistani government), so that a reply can say
    both."""
    db["figures"].add_column("agency_named", str)


@migrations()
def m015_capitals_and_cities(db: Database) -> None:
    """Every country's capital and its cities of a million people or more (gazetteer.capitals_and_cities)
    join a store made earlier, so that "in the capital, Copenhagen" is placed and "prague" can be asked."""
    _sync_reference_places(db)


@migrations()
def m016_territory_names(db: Database) -> None:
    """Territories by the names news gives them ("Turks and Caicos", "Macau", "St Maarten", "La Réunion",
    "the Falklands", "British Virgin Islands") join a store made earlier."""
    _sync_reference_places(db)


@migrations()
def m017_usvi(db: Database) -> None:
    """"USVI", as staff type the US Virgin Islands, joins a store made earlier."""
    _sync_reference_places(db)


@migrations()
def m018_ukrainian_state_emergency_service(db: Database) -> None:
    """Ukraine's State Emergency Service goes by the name analysts of real reporting give it ("Ukrainian State Emergency
    Service", as "Ukrainian health ministry"); "State Emergency Service of Ukraine" stays one of its names."""
    _sync_reference_agencies(db)


@migrations()
def m019_associated_press(db: Database) -> None:
    """The Associated Press goes by its name, as readers and analysts write it ("according to the Associated Press");
    "AP" stays one of its names."""
    _sync_reference_agencies(db)


@migrations()
def m020_english_province_names(db: Database) -> None:
    """Provinces ISO 3166-2 spells in their country's words go by the names English news gives them too ("Bavaria" for
    Bayern, "Razavi Khorasan", "Crete"), and "PNG" is Papua New Guinea, in a store made earlier."""
    _sync_reference_places(db)


@migrations()
def m021_names_as_staff_type_them(db: Database) -> None:
    """Names the reference data gained since m020 join a store made earlier: provinces by their bare names ("Anbar",
    "Nineveh", "Gambella"), "Solomons" for the Solomon Islands, Gaza's Hamas-controlled health ministry (a place or an
    agency the store learned by one of those names keeps it)."""
    _sync_reference_places(db)
    _sync_reference_agencies(db)


@migrations()
def m022_americas(db: Database) -> None:
    """Central, South, Latin and North America join a store made earlier as regions, so that "the toll across Central
    America" is no count of the United States (whose alias "America" the longer name holds)."""
    _sync_reference_places(db)
