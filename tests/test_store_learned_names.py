"""Names learned from articles are marked for review; agency parents live in the store, audited."""

from __future__ import annotations

import sqlite3

import pytest

from store import Store, StoreError


def test_a_new_store_knows_the_un_family(store: Store):
    g = store.gazetteer()
    un = g.agency("UN", fuzzy=False)
    members = {g.agency_by_id(i).name for i in g.agency_members(un.id)}
    assert {"OCHA", "UNICEF", "UNHCR", "UNAMA"} <= members and "SOHR" not in members


def test_an_older_store_is_upgraded_with_parents(tmp_path):
    path = tmp_path / "old.db"
    s = Store.open(path)
    s.close()
    # Undo what m006 added, as a store made before it would be.
    con = sqlite3.connect(path)
    con.execute("delete from _sqlite_migrations where name = 'm006_learned_names_and_agency_parents'")
    for table, col in (("places", "review"), ("agencies", "review"), ("agencies", "parent_id")):
        if col == "parent_id":
            con.execute("drop index if exists idx_agencies_parent_id")
        con.execute(f"alter table {table} drop column {col}")
    con.commit()
    con.close()
    s = Store.open(path)
    g = s.gazetteer()
    assert g.agency_by_id(g.agency("OCHA", fuzzy=False).parent_id).name == "UN"
    s.close()


def test_learned_names_are_listed_until_reviewed(store: Store):
    store.add_place("Saguiaran", parent="Philippines", actor="extract", review="auto")
    store.add_agency("Kunar governor", actor="extract", review="auto")
    store.add_place("Jebel Marra", actor="admin")  # an admin's name needs no review
    assert [(r["family"], r["name"]) for r in store.learned_names()] == [("place", "Saguiaran"), ("agency", "Kunar governor")]


def test_setting_a_parent_is_audited_and_refuses_a_cycle(store: Store):
    store.add_agency("Kunar governor", actor="test")
    store.add_agency("Afghan government", kind="government", actor="test")
    done = store.set_agency_parent("Kunar governor", "Afghan government", actor="tg:1")
    assert done == {"agency": "Kunar governor", "parent": "Afghan government"}
    audit = store.audit(entity="agency")[0]
    assert audit["action"] == "parent" and audit["actor"] == "tg:1"
    with pytest.raises(StoreError):
        store.set_agency_parent("Afghan government", "Kunar governor", actor="tg:1")
    with pytest.raises(StoreError):
        store.set_agency_parent("Nobody at all", "UN", actor="tg:1")
    assert store.set_agency_parent("Kunar governor", None, actor="tg:1")["parent"] is None


def test_cli_parent_and_learned(run_cli):
    assert run_cli("parent", "UNAMA", "UN").output.strip() == "UNAMA is under UN"
    assert "No names learned" in run_cli("learned").output


def test_a_name_only_a_transliteration_key_ties_to_a_place_is_learned_as_spelled(store):
    from extract import ingest_article

    # "Al-Tukhar" shares a key with Afghanistan's Takhar Province, "al-Tayba" its consonants with Tabqa.
    text = (
        "Air strikes killed 56 civilians in the Aleppo province village of Al-Tukhar in Syria, a monitor said. "
        "A motorcycle bomb at the entrance of al-Tayba village in Hama countryside killed 4 civilians."
    )
    figs = ingest_article(store, text, title="Strikes kill civilians in Syria").figures
    assert [f["location"] for f in figs] == ["Al-Tukhar", "al-Tayba"]
    learned = {row["name"]: row for row in store.learned_names() if row["family"] == "place"}
    assert {"Al-Tukhar", "al-Tayba"} <= set(learned)
    # A spelling of a known place still finds it.
    assert store.figures(place="Raqa") == [] and store.gazetteer().place("Raqa", fuzzy=False).name == "Raqqa"


@pytest.mark.parametrize("location, parent, question", [
    ("Hualien City", "Hualien", "how many ppl missing in hualien"),  # a known place's name with its kind
    ("central Croatia", "Croatia", "croatia quake how many ppl missing"),  # a compass part of a known place
])
def test_a_known_places_name_with_its_kind_or_compass_point_is_learned_inside_it(store: Store, location, parent, question):
    """"Hualien City" and "central Croatia" are no table's names, but they lie in Hualien and Croatia: a
    question about the known place finds them."""
    from answer import ask
    from store.exchange import import_figures

    row = {"value": 67, "subject": "people", "status": "missing", "location": location, "agency": "OCHA",
           "article": {"title": "Quake report", "outlet": "Wire", "published": "2018-02-08"}}
    import_figures(store, [(1, row)], actor="test")
    g = store.gazetteer()
    assert g.within(g.place(location, fuzzy=False).id, g.place(parent, fuzzy=False).id)
    a = ask(store, question)
    assert not a.none and "67" in a.text and location in a.text


def test_a_learned_place_with_its_kind_answers_to_its_name_alone(store: Store):
    """Staff type "yingjiang quake" for the "Yingjiang County" a report names."""
    from answer import ask
    from store.exchange import import_figures

    row = {"value": 35000, "subject": "people", "status": "displaced", "location": "Yingjiang County", "agency": "OCHA",
           "article": {"title": "Quake report", "outlet": "Wire", "published": "2014-05-30"}}
    import_figures(store, [(1, row)], actor="test")
    assert store.gazetteer().place("Yingjiang", fuzzy=False).name == "Yingjiang County"
    a = ask(store, "yingjiang yunnan quake how many relocated")
    assert not a.none and "35,000" in a.text and "Yingjiang County" in a.text
    # must not fire: a name alone that is a common word ("Old City", "New Camp", "Central District") names nothing
    for k, name in enumerate(("Old City", "New Camp", "Central District"), 2):
        import_figures(store, [(k, {**row, "location": name, "value": k})], actor="test")
        assert store.gazetteer().place(name.split()[0], fuzzy=False) is None, name
    assert "Old City" not in ask(store, "how many old people were displaced in yunnan").text
    # a Nigerian local government area, as staff type it ("ibaji")
    import_figures(store, [(9, {**row, "location": "Ibaji Local Government Area", "value": 42, "status": "missing"})], actor="test")
    a = ask(store, "kogi boat capsize ibaji how many still missing")
    assert not a.none and "42" in a.text and "Ibaji Local Government Area" in a.text


def test_a_name_that_only_starts_like_a_compass_point_is_no_part_of_a_place(store: Store):
    from store.exchange import import_figures

    for k, name in enumerate(("Southern Bekaa Wells", "Central America"), 1):
        row = {"value": 3, "subject": "people", "status": "killed", "location": name, "agency": "OCHA",
               "article": {"title": "Report", "outlet": "Wire", "published": "2018-02-08"}}
        import_figures(store, [(k, row)], actor="test")
        # ("America" is another name of the United States, not the name of a place Central America is in)
        assert store.gazetteer().place(name, fuzzy=False).parent_id is None, name


def test_a_learned_red_cross_society_is_a_member_of_the_movement(store: Store):
    # "according to the red cross" is answered by a national society an article named
    text = "The Micronesia Red Cross Society said 73 people were injured in Chuuk."
    fig = {"value": 73, "subject": "people", "status": "injured", "location": "Chuuk", "agency": "Micronesia Red Cross Society",
           "quote": "73 people were injured"}
    store.ingest(text, [fig], title="Typhoon Chataan", actor="extract")
    agency = store.gazetteer().agency("Micronesia Red Cross Society", fuzzy=False)
    movement = store.gazetteer().agency("Red Cross and Red Crescent Movement", fuzzy=False)
    assert agency.parent_id == movement.id
    # (a name that only contains the words' letters is under no one)
    store.ingest(text.replace("Micronesia Red Cross Society", "Redcrossing Authority"), [{**fig, "agency": "Redcrossing Authority"}],
                 title="Typhoon Chataan again", actor="extract")
    assert store.gazetteer().agency("Redcrossing Authority", fuzzy=False).parent_id is None


def test_a_learned_region_answers_to_its_name_alone_and_its_spellings(store: Store):
    """"Ferghana region" a report names is asked as "fergana": the name alone, one letter dropped; it lies in a learned
    "Ferghana Valley" of that name, never in a city named like it ("Kursk Region" is no part of the city of Kursk)."""
    from answer import ask
    from store.exchange import import_figures

    row = {"value": 14, "subject": "people", "status": "killed", "location": "Ferghana Valley", "agency": None,
           "article": {"title": "Quake report", "outlet": "Wire", "published": "2011-07-20"}}
    import_figures(store, [(1, row), (2, {**row, "value": 86, "status": "injured", "location": "Ferghana region",
                                          "agency": "Uzbek Emergency Situations Ministry"})], actor="test")
    g = store.gazetteer()
    region = g.place("Ferghana region", fuzzy=False)
    assert region.name == "Ferghana region" and g.within(region.id, g.place("Ferghana Valley", fuzzy=False).id)
    for question in ("fergana valley earthquake injured acc to uzbek emergency ministry", "how many injured in fergana"):
        a = ask(store, question)
        assert not a.none and "86 people injured in Ferghana region" in a.text, question
    # must not fire: a describing word is no name alone ("Capital Region" is not "capital")
    import_figures(store, [(4, {**row, "value": 5, "location": "Capital Region"})], actor="test")
    assert store.gazetteer().place("Capital", fuzzy=False) is None
    # nor is a region named like a known city put inside that city
    import_figures(store, [(3, {**row, "value": 9, "location": "Donetsk Valley"})], actor="test")
    g = store.gazetteer()
    assert g.place("Donetsk Valley", fuzzy=False).parent_id != g.place("Donetsk", fuzzy=False).id
