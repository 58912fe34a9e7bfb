"""The schema is created by named migrations, and re-opening a store is a no-op."""

import sqlite3

import pytest

from sqlite_utils import Database

from store import Store
from store.schema import migrations


def _store_before(db_path, migration: str) -> sqlite3.Connection:
    """A connection to a store made before `migration` (applied up to it), to be changed as an older one."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrations.apply(Database(conn), stop_before=migration)
    return conn


def _older_store(db_path, migration: str, *statements: str) -> tuple[Store, object]:
    """A store made before `migration`, changed by `statements` as an older one was, then opened: (store, gazetteer)."""
    conn = _store_before(db_path, migration)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    store = Store.open(db_path)
    return store, store.gazetteer()


def test_new_store_gets_every_migration_and_pragmas(db_path):
    store = Store.open(db_path)
    applied = [m.name for m in migrations.applied(store.db)]
    assert applied == [m.name for m in migrations._migrations]
    assert {"articles", "figures", "places", "place_aliases", "agencies", "agency_aliases", "audit", "admins"} <= set(store.db.table_names())
    assert store.db["figures_fts"].exists() and store.db["articles_fts"].exists()
    assert store.conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("pragma foreign_keys").fetchone()[0] == 1
    assert store.stats()["places"] > 200  # every country at least


def test_reopening_is_a_no_op(db_path):
    first = Store.open(db_path)
    before = (first.stats(), [m.name for m in migrations.applied(first.db)])
    first.close()
    second = Store.open(db_path)
    assert (second.stats(), [m.name for m in migrations.applied(second.db)]) == before
    assert second.conn.execute("select count(*) from _sqlite_migrations").fetchone()[0] == len(migrations._migrations)


def test_an_older_store_is_upgraded(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    names = [m.name for m in migrations._migrations]
    migrations.apply(Database(conn), stop_before=names[-1])
    assert [m.name for m in migrations.applied(Database(conn))] == names[:-1]
    conn.close()
    store = Store.open(db_path)
    assert [m.name for m in migrations.applied(store.db)] == names


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("insert into figures (article_id, qualifier, subject, status, kind, origin, review, created_at) values (999, 'exact', 'people', 'killed', 'impact', 'manual', 'auto', 'x')")


def test_syrian_state_tv_and_media_become_sources_of_their_own_in_an_older_store(db_path):
    # A store made before m008, whose SANA still answered to "Syrian state TV".
    conn = _store_before(db_path, "m008_syrian_state_outlets")
    conn.execute("delete from agency_aliases where agency_id in (select id from agencies where name in ('Syrian state TV', 'Syrian state media'))")
    conn.execute("delete from agencies where name in ('Syrian state TV', 'Syrian state media')")
    sana = conn.execute("select id from agencies where name = 'SANA'").fetchone()[0]
    conn.execute("insert into agency_aliases (agency_id, alias, norm, created_by) values (?, 'Syrian state TV', 'syrian state tv', 'reference')", [sana])
    conn.close()
    store = Store.open(db_path)
    g = store.gazetteer()
    assert g.agency("Syrian state TV", fuzzy=False).name == "Syrian state TV"
    assert g.agency("Syria's state media", fuzzy=False).name == "Syrian state media"
    assert g.agency("Syrian Arab News Agency", fuzzy=False).name == "SANA"


def test_a_renamed_reference_agency_and_new_aliases_reach_an_older_store(db_path):
    # A store made before m009: the army of Sudan was "Sudanese Armed Forces", and IOM had no "DTM" alias.
    conn = _store_before(db_path, "m009_reference_names_and_aliases")
    conn.execute("update agencies set name = 'Sudanese Armed Forces' where name = 'Sudanese army'")
    conn.execute("delete from agency_aliases where alias in ('Sudanese Armed Forces', 'DTM')")
    conn.execute("update agencies set parent_id = null where name = 'US military'")
    conn.execute("insert into agency_aliases (agency_id, alias, norm, created_by) select id, 'Sudanese army', 'sudanese army', "
                 "'reference' from agencies where name = 'Sudanese Armed Forces'")
    conn.close()
    store = Store.open(db_path)
    fig = store.add_figure({"value": 74, "subject": "civilians", "status": "killed", "location": "Sudan", "agency": "SAF"},
                           citation={"title": "El Fasher", "outlet": "Wire"}, actor="test")
    assert fig["agency"] == "Sudanese army"
    g = store.gazetteer()
    assert g.agency("Sudanese Armed Forces", fuzzy=False).name == "Sudanese army"
    assert g.agency("DTM", fuzzy=False).name == "IOM"
    assert g.agency_by_id(g.agency("US military", fuzzy=False).parent_id).name == "Pentagon"


def test_the_associated_press_takes_its_name_in_an_older_store(db_path):
    # A store made before m019 knew the Associated Press as "AP"; its figures follow the agency's id.
    store, g = _older_store(
        db_path, "m019_associated_press", "update agencies set name = 'AP' where name = 'Associated Press'",
        "delete from agency_aliases where alias = 'AP'",
        "insert into agency_aliases (agency_id, alias, norm, created_by) select id, 'Associated Press', 'associated press', "
        "'reference' from agencies where name = 'AP'")
    fig = store.add_figure({"value": 6, "subject": "people", "status": "killed", "location": "California", "agency": "AP"},
                           citation={"title": "Carr Fire", "outlet": "Wire"}, actor="test")
    assert fig["agency"] == "Associated Press"
    assert g.agency("AP", fuzzy=False).name == "Associated Press"
    assert g.agency("The Associated Press", fuzzy=False).name == "Associated Press"


def test_english_province_names_reach_an_older_store(db_path):
    # A store made before m020 knew Bavaria by pycountry's "Bayern" only, and "PNG" was no name of a country.
    _, g = _older_store(db_path, "m020_english_province_names", "update places set name = 'Bayern' where name = 'Bavaria'",
                        "delete from place_aliases where alias in ('Bayern', 'Bavaria', 'PNG')")
    assert g.place("Bavaria", fuzzy=False).name == "Bayern"  # (its figures keep their place; the name is learned)
    assert g.place("PNG", fuzzy=False).name == "Papua New Guinea"


def test_provinces_and_ministries_reach_an_older_store(db_path):
    # A store made before m010: no provinces of Kenya, and its interior ministry an alias of the government.
    conn = _store_before(db_path, "m010_provinces_and_ministries")
    conn.execute("delete from place_aliases where place_id in (select id from places where pcode like '__-%')")
    conn.execute("delete from places where pcode like '__-%'")
    conn.execute("delete from agency_aliases where agency_id = (select id from agencies where name = 'Kenyan interior ministry')")
    conn.execute("delete from agencies where name = 'Kenyan interior ministry'")
    conn.execute("insert into agency_aliases (agency_id, alias, norm, created_by) select id, 'Kenyan Interior Ministry', "
                 "'kenyan interior ministry', 'reference' from agencies where name = 'Kenyan government'")
    conn.execute("insert into places (name, kind, created_by, review) values ('Kisumu', 'area', 'extraction', 'auto')")
    conn.close()
    store = Store.open(db_path)
    g = store.gazetteer()
    assert g.place("Assam", fuzzy=False).name == "Assam"
    assert g.within(g.place("Assam", fuzzy=False).id, g.place("India", fuzzy=False).id)
    assert g.place("Kisumu", fuzzy=False).kind == "area"  # the place the store learned is kept as it is
    ministry = g.agency("Kenyan Interior Ministry", fuzzy=False)
    assert ministry.name == "Kenyan interior ministry"
    assert g.agency_by_id(ministry.parent_id).name == "Kenyan government"


def test_new_reference_place_names_reach_an_older_store(db_path):
    # A store made before m011: Cape Verde known only as Cabo Verde, Kosovo not at all.
    conn = _store_before(db_path, "m011_reference_place_aliases")
    conn.execute("delete from place_aliases where alias in ('Cabo Verde', 'Ivory Coast')")
    conn.execute("update places set name = 'Cabo Verde' where name = 'Cape Verde'")
    conn.execute("delete from place_aliases where place_id = (select id from places where name = 'Kosovo')")
    conn.execute("delete from places where name = 'Kosovo'")
    conn.close()
    store = Store.open(db_path)
    g = store.gazetteer()
    assert g.place("Cape Verde", fuzzy=False).name == "Cabo Verde"  # one country, under the name the store had
    assert store.conn.execute("select count(*) from places where pcode = 'CV'").fetchone()[0] == 1
    assert g.place("Ivory Coast", fuzzy=False).name == "Côte d'Ivoire"
    assert g.place("Kosovo", fuzzy=False).kind == "country"


def test_short_country_names_reach_an_older_store(db_path):
    # A store made before m012 knew "Bosnia and Herzegovina" but not "Bosnia" or "St Vincent".
    conn = _store_before(db_path, "m012_more_country_names")
    # ... and named St Vincent as pycountry does.
    conn.execute("delete from place_aliases where alias in ('Bosnia', 'Bosnia-Herzegovina', 'St Vincent', 'Saint Vincent', "
                 "'Saint Vincent and the Grenadines')")
    conn.execute("update places set name = 'Saint Vincent and the Grenadines' where pcode = 'VC'")
    assert conn.execute("select count(*) from place_aliases where alias = 'Bosnia'").fetchone()[0] == 0
    conn.close()
    store = Store.open(db_path)
    g = store.gazetteer()
    assert g.place("Bosnia", fuzzy=False).name == "Bosnia and Herzegovina"
    # one country, under the name the store had, found by its new names
    for name in ("St Vincent", "St Vincent and the Grenadines", "Saint Vincent"):
        assert g.place(name, fuzzy=False).name == "Saint Vincent and the Grenadines", name
    for code in ("BA", "VC"):
        assert store.conn.execute("select count(*) from places where pcode = ?", [code]).fetchone()[0] == 1
    # and its institutions keep their adjective under that name
    from store.vocab import DEMONYMS_OF

    assert DEMONYMS_OF["Saint Vincent and the Grenadines"] == ("Vincentian",)


def test_country_codes_leave_an_older_store(db_path):
    # A store made before m013 named each country by its three-letter code too.
    conn = _store_before(db_path, "m013_no_country_codes")
    denmark = conn.execute("select id from places where name = 'Denmark'").fetchone()[0]
    conn.execute("insert into place_aliases (place_id, alias, norm, created_by) values (?, 'DNK', 'dnk', 'reference')", [denmark])
    # ... and an admin had given one of them as a name of their own.
    conn.execute("insert into place_aliases (place_id, alias, norm, created_by) values (?, 'DEN', 'den', 'admin')", [denmark])
    conn.close()
    store = Store.open(db_path)
    g = store.gazetteer()
    assert g.place("DNK", fuzzy=False) is None
    assert [m.surface for m in g.scan_places("a concert by the band DNK in Kocani")] == ["Kocani"]
    assert g.place("DEN", fuzzy=False).name == "Denmark"
    assert g.place("USA", fuzzy=False).name == "United States"


def test_territory_names_reach_an_older_store(db_path):
    # A store made before m016 named Macau and the Turks and Caicos Islands only as pycountry does.
    store, g = _older_store(db_path, "m016_territory_names",
                            "delete from place_aliases where alias in ('Macau', 'Turks and Caicos', 'St Maarten', 'Falklands')",
                            "update places set name = 'Macao' where pcode = 'MO'")
    assert g.place("Macau", fuzzy=False).name == "Macao"  # one territory, under the name the store had
    assert store.conn.execute("select count(*) from places where pcode = 'MO'").fetchone()[0] == 1
    assert g.place("Turks and Caicos", fuzzy=False).name == "Turks and Caicos Islands"
    assert g.place("St Maarten", fuzzy=False) is not None and g.place("Falklands", fuzzy=False) is not None


def test_names_as_staff_type_them_reach_an_older_store(db_path):
    # A store made before m021 knew Anbar only as "Anbar Governorate" and had learned a town "Amran" from an article.
    _, g = _older_store(db_path, "m021_names_as_staff_type_them",
                        "delete from place_aliases where alias in ('Anbar', 'Amran', 'Solomons')",
                        "insert into places (name, kind, created_by, review) values ('Amran', 'area', 'extraction', 'auto')")
    assert g.place("Anbar", fuzzy=False).name == "Anbar Governorate"
    assert g.place("Solomons", fuzzy=False).name == "Solomon Islands"
    # must not fire: the place the store learned by that name keeps it
    assert g.place("Amran", fuzzy=False).kind == "area"


def test_the_americas_reach_an_older_store(db_path):
    # A store made before m022 knew no Central America: "Central America" read as "America", the United States.
    names = "('Central America', 'South America', 'Latin America', 'North America')"
    _, g = _older_store(db_path, "m022_americas", f"delete from place_aliases where place_id in (select id from places where name in {names})",
                        f"delete from places where name in {names}")
    assert g.place("Central America", fuzzy=False).kind == "region"
    assert g.place("Latin America and the Caribbean", fuzzy=False).name == "Latin America"
    # must not fire: "America" alone is still the United States
    assert g.place("America", fuzzy=False).name == "United States"
