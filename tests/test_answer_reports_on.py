"""A place with no figure of its own: the reports that tell of it may have placed their counts around it."""

from __future__ import annotations

from answer import ask
from store import Store


def add(store: Store, value, *, location, title, subject="people", status="killed", agency=None, text=None) -> dict:
    fig = {"value": value, "qualifier": None, "subject": subject, "status": status, "location": location, "agency": agency}
    return store.add_figure(fig, citation={"title": title, "outlet": "Wire", "published": "2022-06-05"}, actor="test", origin="import")



def report(store: Store, text: str, value: int, quote: str, *, location: str, status: str = "killed",
           subject: str = "people", title: str = "Report") -> dict:
    """An article's text with its one figure, as ingest stores it (the text is what the reports-on reading reads)."""
    fig = {"value": value, "subject": subject, "status": status, "location": location, "agency": None, "quote": quote}
    return store.ingest(text, [fig], title=title, outlet="Wire", actor="test")

def test_a_town_whose_report_placed_its_count_in_the_place_around_it(store):
    # the depot fire's firefighters were placed in Chittagong, around the Sitakunda the store knows
    store.add_place("Sitakunda", parent="Chittagong", actor="extract", review="auto")
    add(store, 25, location="Sitakunda", title="Fire at a container depot in Sitakunda kills 25")
    add(store, 3, subject="personnel", location="Chittagong", title="Fire at a container depot in Sitakunda kills 25")
    answer = ask(store, "sitakunda depot fire how many firefighters killed")
    assert [f["value"] for f in answer.figures] == [3]
    assert answer.text.startswith("No figure for personnel killed is placed in Sitakunda itself; the closest I have is from "
                                  "reports on it")
    assert "in Chittagong" in answer.text and not answer.none
    # the status asked, no other: nothing on the missing in Sitakunda's reports
    assert ask(store, "sitakunda depot fire how many missing").figures == []


def test_a_town_of_the_same_country_that_the_report_placed_its_count_in(store):
    # a story on Hiroshima's landslides placed its missing in a ward the store learned under Japan, not under the city
    store.add_place("Asaminami", parent="Japan", actor="extract", review="auto")
    add(store, 52, status="missing", location="Asaminami", title="Landslides in Hiroshima kill 27")
    answer = ask(store, "hiroshima landslides how many missing")
    assert [f["value"] for f in answer.figures] == [52]
    assert "closest I have is from reports on it" in answer.text


def test_a_province_beside_the_asked_one_is_no_answer(store):
    # "gansu earthquake number of injured in gansu province": the quake's report counts Qinghai's injured, a province
    # beside Gansu, not in or around it
    add(store, 182, status="injured", location="Qinghai", title="Earthquake in Gansu: 131 dead")
    answer = ask(store, "gansu earthquake number of injured in gansu province")
    assert answer.none and answer.figures == []


def test_a_report_that_names_the_place_only_in_passing_is_no_answer(store):
    store.add_place("Kenema", parent="Sierra Leone", actor="extract", review="auto")
    report(store, "Floods hit Kenema. 6 missing were reported. The road linking Kenema with Freetown is cut.", 6, "6 missing",
           location="Kenema", status="missing", title="Floods in the east")
    answer = ask(store, "how many missing in freetown")
    assert answer.none and answer.figures == []


def test_a_place_no_table_knows_is_answered_from_the_reports_on_it(store):
    report(store, "A landslide in Marang buried 10 villagers on Friday.", 10, "10 villagers", location="Nepal",
           title="Landslide buries village")
    answer = ask(store, "how many killed in marang")
    assert [f["value"] for f in answer.figures] == [10]
    assert answer.text.startswith("I don't know a place called “marang”; the closest I have is from reports on it")
    # nor another status, nor a report that names it as no place ("the Marang family")
    assert ask(store, "how many injured in marang").figures == []
    report(store, "The Marang family said 4 of them were missing after the floods.", 4, "4 of them", location="Nepal",
           status="missing", title="Floods")
    assert ask(store, "how many missing in marang").figures == []
    assert ask(store, "how many killed in zorbu").figures == []


def test_a_title_word_is_no_unknown_place(store):
    # "Hope fades for trapped miners" is about no place called Hope
    add(store, 12, status="missing", location="Chile", title="Hope fades for trapped miners")
    answer = ask(store, "how many missing in hope")
    assert answer.none and answer.figures == []


def test_the_report_on_the_place_is_found_among_many_that_name_it_in_passing(store):
    # the newest reports that tell of something happening there are read first, not whichever mention it first
    store.add_place("Sitakunda", parent="Chittagong", actor="extract", review="auto")
    for i in range(210):
        report(store, f"Report {i}: the Sitakunda road was busy. 5 homes were damaged.", 5, "5 homes", location="Chittagong",
               status="affected", subject="houses", title=f"Road news {i}")
    report(store, "A fire at a container depot in Sitakunda killed 9 firefighters.", 9, "9 firefighters", location="Chittagong",
           subject="personnel", title="Depot fire")
    assert [f["value"] for f in ask(store, "sitakunda depot fire how many firefighters killed").figures] == [9]


def test_a_report_names_the_asked_place_by_any_of_its_names(store):
    # the province holding the town answers as the closest from a report that writes "Khyber-Pakhtunkhwa" or "Kiev"
    report(store, "Floods in Khyber-Pakhtunkhwa, Pakistan, killed 12 people.", 12, "12 people", location="Pakistan", title="Floods")
    report(store, "Shelling in Kiev, Ukraine, killed 5 people.", 5, "5 people", location="Ukraine", title="Shelling")
    assert "12" in ask(store, "khyber pakhtunkhwa floods pakistan death toll").text
    assert "5 people killed" in ask(store, "kyiv shelling ukraine how many killed").text
