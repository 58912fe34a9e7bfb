"""Sources as staff type them: a title cut short ("chief secy"), a name's initials ("ecc"), an acronym left at the
end ("... injured pdma"), and a body named after another ("acc to taliban" finds the Taliban refugee department)."""

from __future__ import annotations

from answer import ask
from store import Store


def add(store: Store, value, *, status="killed", location, agency, subject="people") -> dict:
    if store.gazetteer().agency(agency, fuzzy=False) is None:
        store.add_agency(agency, actor="extract", review="auto")  # (learned from an article, as extraction adds it)
    fig = {"value": value, "qualifier": None, "subject": subject, "status": status, "location": location, "agency": agency}
    return store.add_figure(fig, citation={"title": "Report", "outlet": "Wire", "published": "2024-07-01"}, actor="test",
                            origin="import", review="verified")


def test_a_title_cut_short(store):
    add(store, 10, location="Tirunelveli", agency="Tamil Nadu chief secretary")
    add(store, 15, location="Tirunelveli", agency="media reports")
    answer = ask(store, "tirunelveli floods death toll acc to chief secy")
    assert [f["agency"] for f in answer.figures] == ["Tamil Nadu chief secretary"]


def test_a_title_cut_short_names_no_body_of_another_place(store):
    # (must not fire: "state govt" asked about Odisha is not Borno's government, the one name holding both words)
    add(store, 1200000, status="displaced", location="Odisha", agency="Odisha government")
    add(store, 30, location="Borno", agency="Borno State Government")
    answer = ask(store, "cyclone fani odisha how many evacuated acc to state govt")
    assert [f["value"] for f in answer.figures] == [1200000]


def test_initials_and_an_acronym_at_the_end(store):
    add(store, 183, location="Ethiopia", agency="Emergency Coordination Center")
    add(store, 257, location="Ethiopia", agency="local authorities")
    assert [f["value"] for f in ask(store, "ethiopia landslide confirmed deaths acc to ecc").figures] == [183]
    add(store, 86, status="injured", location="Khyber Pakhtunkhwa", agency="Khyber Pakhtunkhwa PDMA")
    add(store, 934, status="injured", location="Khyber Pakhtunkhwa", agency="Rescue 1122")
    assert ask(store, "khyber pakhtunkhwa monsoon rains how many ppl injured pdma").figures[0]["value"] == 86


def test_a_body_named_after_another_answers_for_it(store):
    add(store, 315, location="Baghlan Province", agency="Taliban refugee department")
    add(store, 60, location="Baghlan Province", agency="residents")
    answer = ask(store, "baghlan floods death toll acc to taliban")
    assert [f["value"] for f in answer.figures] == [315]
    assert "Taliban refugee department" in answer.text


def test_a_word_after_according_to_is_a_source_not_who_is_counted(store):
    # "firefighters" is also a subject word (personnel); after "acc to" it names the source, by its singular
    add(store, 1600, status="injured", location="Peru", agency="Peruvian firefighter service")
    add(store, 1500, status="injured", location="Peru", agency="local media")
    answer = ask(store, "peru quake how many injured acc to firefighters")
    assert [(f["value"], f["agency"]) for f in answer.figures][0] == (1600, "Peruvian firefighter service")
    assert "personnel" not in answer.text.splitlines()[0]


def test_a_source_named_with_of_is_no_place(store):
    # "acc to ministry of health": the ministry whose name holds both words, not a place called "health"
    add(store, 31, status="injured", location="New Zealand", agency="New Zealand health ministry")
    add(store, 40, status="injured", location="New Zealand", agency="local media")
    answer = ask(store, "new zealand how many injured acc to ministry of health")
    assert [f["value"] for f in answer.figures] == [31]
    # (with no place asked: not "I don't know a place called “health”")
    answer = ask(store, "how many injured acc to ministry of health")
    assert "31" in answer.text and "place called" not in answer.text
    # (a place after the source's name is still the place asked: "acc to unicef in raqqa")
    answer = ask(store, "how many injured according to the ministry of health in atlantis")
    assert "atlantis" in answer.text.lower() and "31" not in answer.text
    # (a place after "of" is still a place: "toll of kukawa", "the governor of kukawa")
    for question in ("acc to unicef toll of kukawa", "according to the governor of kukawa how many killed"):
        assert "kukawa" in ask(store, question).text.lower()


def test_a_ministry_is_one_body_named_either_way(store):
    # "Moroccan Ministry of Health", as a text names it, is the store's "Moroccan health ministry"
    g = store.gazetteer()
    assert g.agency("Moroccan Ministry of Health", fuzzy=False) is g.agency("Moroccan health ministry", fuzzy=False) is not None


def test_one_official_said_is_what_officials_said_and_back(store):
    # extraction names one official who spoke in the singular: "acc to officials" finds it, and the reverse
    add(store, 26, location="Beijing", agency="official")
    add(store, 9, location="Beijing", agency="witnesses")
    answer = ask(store, "beijing hospital fire deaths acc to officials")
    assert [f["value"] for f in answer.figures] == [26]
    assert "agencies" not in answer.text  # (no members to name: the one official is of the officials asked)
    assert [f["value"] for f in ask(store, "beijing hospital fire deaths acc to witness").figures] == [9]
    # (must not fire: residents asked are not the official)
    add(store, 30, location="Beijing", agency="residents")
    assert [f["value"] for f in ask(store, "beijing hospital fire deaths acc to residents").figures] == [30]


def test_many_officials_find_the_one_too_where_both_are_stored(store):
    add(store, 26, location="Beijing", agency="official")
    add(store, 29, location="Beijing", agency="officials")
    answer = ask(store, "beijing hospital fire deaths acc to officials")
    assert sorted(f["value"] for f in answer.figures) == [26, 29]
