"""Matching and ranking: places inside places, children inside people, review, corroboration, dates."""

from __future__ import annotations

from answer import ask
from store import Store


def add(store: Store, value, *, subject="children", status="trapped", location="Raqqa", agency="UNICEF",
        title="Report", outlet="Wire", published="2017-06-01", review=None, qualifier=None, **extra) -> dict:
    fig = {"value": value, "qualifier": qualifier, "subject": subject, "status": status, "location": location, "agency": agency, **extra}
    return store.add_figure(fig, citation={"title": title, "outlet": outlet, "published": published}, actor="test", origin="import", review=review)


def test_a_place_inside_the_asked_place_counts_and_is_labelled(store):
    add(store, 15, subject="civilians", status="killed", location="Jazra", agency="SOHR")
    answer = ask(store, "how many civilians killed in Raqqa?")
    assert not answer.none
    assert answer.figures[0]["value"] == 15
    assert "in Jazra, inside Raqqa" in answer.text


def test_a_figure_of_the_wider_place_does_not_answer_for_the_smaller(store):
    add(store, 23, subject="civilians", status="killed", location="Raqqa", agency="SOHR")
    answer = ask(store, "how many civilians killed in Jazra?")
    assert answer.none
    assert answer.figures == []


def test_exact_place_before_contained_place(store):
    add(store, 15, subject="civilians", status="killed", location="Jazra", agency="SOHR", published="2017-07-01")
    add(store, 23, subject="civilians", status="killed", location="Raqqa", agency="SOHR", published="2017-06-01")
    assert [f["value"] for f in ask(store, "civilians killed in Raqqa").figures] == [23, 15]


def test_children_are_people_but_people_are_not_children(store):
    add(store, 40000, subject="children", status="trapped")
    add(store, 100000, subject="people", status="trapped", agency="OCHA")
    people = ask(store, "how many people are trapped in Raqqa?")
    assert people.figures[0]["value"] == 100000  # the subject asked, before the narrower one
    assert "children trapped" in people.text
    children = ask(store, "how many children are trapped in Raqqa?")
    assert [f["value"] for f in children.figures] == [40000]


def test_still_in_is_answered_by_remaining_first_then_trapped(store):
    add(store, 100000, subject="people", status="trapped", agency="OCHA", published="2017-07-01")
    add(store, 160000, subject="people", status="remaining", agency="OCHA", published="2017-06-01")
    answer = ask(store, "How many people are still in Raqqa?")
    assert answer.figures[0]["value"] == 160000


def test_verified_before_auto(store):
    add(store, 2000, published="2017-07-01", review="auto")
    add(store, 1000, published="2017-01-01", review="verified", agency="OCHA")
    answer = ask(store, "children trapped in Raqqa")
    assert answer.figures[0]["value"] == 1000


def test_corroborated_before_single_source(store):
    add(store, 3000, agency="OCHA", published="2017-07-01")
    add(store, 1000, title="First", published="2017-01-01")
    add(store, 1000, title="Second", published="2017-01-02")
    answer = ask(store, "children trapped in Raqqa")
    assert answer.figures[0]["value"] == 1000
    assert "Reported by two articles" in answer.text


def test_newest_first_and_conflicting_sources_each_on_a_line(store):
    add(store, 1000, agency="OCHA", title="Old", published="2017-01-01")
    add(store, 2000, agency="SOHR", title="Middle", published="2017-03-01")
    add(store, 3000, agency="UNICEF", title="New", published="2017-05-01")
    answer = ask(store, "children trapped in Raqqa")
    assert answer.figures[0]["value"] == 3000
    lines = answer.text.splitlines()
    sohr = next(i for i, line in enumerate(lines) if line.startswith("• SOHR says"))
    ocha = next(i for i, line in enumerate(lines) if line.startswith("• OCHA says"))
    assert sohr < ocha  # newest first
    assert "2,000" in lines[sohr] and "1,000" in lines[ocha]


def test_the_rest_is_counted(store):
    for i, agency in enumerate(["OCHA", "SOHR", "UNHCR", "WFP", "WHO", "IOM"]):
        add(store, 1000 + i, agency=agency, published=f"2017-01-0{i + 1}")
    answer = ask(store, "children trapped in Raqqa")
    assert "and two more sources" in answer.text
    assert len(answer.figures) == 4


def test_retracted_figures_never_appear(store):
    bad = add(store, 99999)
    add(store, 40000, agency="OCHA", published="2016-01-01")
    store.retract(bad["id"], actor="test", reason="wrong number")
    answer = ask(store, "children trapped in Raqqa")
    assert [f["value"] for f in answer.figures] == [40000]
    assert "99,999" not in answer.text


def test_only_retracted_is_no_answer(store):
    bad = add(store, 99999)
    store.retract(bad["id"], actor="test", reason="wrong number")
    answer = ask(store, "children trapped in Raqqa")
    assert answer.none and "99" not in answer.text


def test_the_source_asked_for_filters(store):
    add(store, 40000, agency="UNICEF", published="2017-01-01")
    add(store, 50000, agency="OCHA", published="2017-07-01")
    answer = ask(store, "how many children are trapped in Raqqa according to UNICEF")
    assert [f["agency"] for f in answer.figures] == ["UNICEF"]
    nothing = ask(store, "how many children are trapped in Raqqa according to SOHR")
    assert nothing.none
    assert "Other sources do: OCHA, UNICEF" in nothing.text


def test_the_question_words_pick_the_event(store):
    text = (
        "The monitor reported 23 civilians killed in the overnight strikes on the city. "
        "Separately, an air strike killed 21 civilians as they tried to escape on small boats."
    )
    figs = [
        {"value": 23, "subject": "civilians", "status": "killed", "location": "Raqqa", "agency": "SOHR", "quote": "23 civilians killed in the overnight strikes"},
        {"value": 21, "subject": "civilians", "status": "killed", "location": "Raqqa", "agency": "SOHR", "quote": "killed 21 civilians as they tried to escape"},
    ]
    store.ingest(text, figs, title="Strikes", actor="test")
    assert ask(store, "how many civilians died in the overnight strikes on Raqqa").figures[0]["value"] == 23
    assert ask(store, "how many civilians were killed fleeing Raqqa by boat").figures[0]["value"] == 21


def test_a_year_keeps_figures_of_that_year(store):
    add(store, 1000, published="2016-05-01", agency="OCHA")
    add(store, 2000, published="2017-05-01")
    assert ask(store, "children trapped in Raqqa in 2016").figures[0]["value"] == 1000


def test_related_subjects_answer_after_the_asked_one(store):
    add(store, None, subject="personnel", status="deployed", agency="Pentagon", qualifier="vague", low=200, high=999)
    answer = ask(store, "how many US troops are in Raqqa")
    assert answer.figures and answer.figures[0]["subject"] == "personnel"
    assert answer.text.startswith("Hundreds of personnel deployed in Raqqa")


def test_civilians_in_a_population_count_may_be_people_but_not_in_a_death_toll(store):
    add(store, 160000, subject="people", status="remaining", agency="OCHA")
    add(store, 400000, subject="people", status="killed", agency=None)
    assert ask(store, "how many civilians are still in Raqqa").figures[0]["value"] == 160000
    assert ask(store, "how many civilians were killed in Raqqa").none


def test_a_figure_one_level_down_comes_before_one_two_levels_down(store):
    # Raqqa Governorate is in Syria; Jazra is in Raqqa, in Raqqa Governorate.
    # The province figure is older, so newest-first alone would put the town first.
    store.add_figure({"value": 90, "subject": "people", "status": "killed", "location": "Raqqa Governorate"}, citation={"title": "Province report"}, actor="test")
    store.add_figure({"value": 15, "subject": "people", "status": "killed", "location": "Jazra"}, citation={"title": "Town report"}, actor="test")
    answer = ask(store, "how many people were killed in Syria")
    assert [f["value"] for f in answer.figures][:2] == [90, 15]


def test_households_answer_for_people_only_where_no_people_are_counted(store):
    add(store, 1500, subject="families", status="displaced", location="Raqqa", agency="OCHA")
    answer = ask(store, "how many ppl evacuated in raqqa")
    assert not answer.none
    assert answer.text.startswith("I have no figure for people displaced in Raqqa as such; the closest I have:")
    assert "1,500 families displaced" in answer.text
    add(store, 7000, subject="people", status="displaced", location="Jazra", agency="UNHCR")
    assert [f["value"] for f in ask(store, "how many ppl evacuated in raqqa").figures] == [7000]


def test_households_never_stand_for_a_toll(store):
    add(store, 12, subject="families", status="killed", location="Raqqa", agency="SOHR")
    assert ask(store, "how many people killed in raqqa").none


def test_a_narrower_count_does_not_hide_the_households(store):
    add(store, 1500, subject="families", status="displaced", location="Raqqa", agency="OCHA")
    add(store, 300, subject="children", status="displaced", location="Raqqa", agency="UNICEF")
    answer = ask(store, "how many ppl evacuated in raqqa")
    assert answer.text.startswith("I have no figure for people displaced in Raqqa as such; the closest I have:")
    assert "families displaced" in answer.text  # still offered, after the narrower count


def test_a_number_a_source_gives_answers_for_the_same_number_stated_without_one(store):
    # The lead's unsourced 13 and the authorities' 13 (in the same place, or one inside the other) are one
    # answer, the sourced one; another number stays another source's.
    add(store, 13, subject="people", status="killed", location="Idlib", agency=None, title="Depot blast")
    add(store, 13, subject="people", status="killed", location="Idlib Governorate", agency="SOHR", title="Depot blast")
    answer = ask(store, "death toll in idlib governorate")
    assert [f["value"] for f in answer.figures] == [13] and "SOHR" in answer.text
    assert "unattributed" not in answer.text.lower() and "differ" not in answer.text
    add(store, 15, subject="people", status="killed", location="Idlib", agency=None, title="Another report")
    answer = ask(store, "death toll in idlib governorate")
    assert sorted(f["value"] for f in answer.figures) == [13, 15] and "unattributed" in answer.text.lower()


def test_a_source_asked_without_its_country_finds_the_countrys_own(store):
    # one article taught the store a bare "Health Ministry"; another gave the Kuwaiti health ministry's figure
    store.add_agency("Health Ministry", actor="extract", review="auto")
    store.add_agency("Kuwaiti health ministry", actor="extract", review="auto")
    add(store, 300, subject="people", status="injured", location="Equatorial Guinea", agency="Health Ministry")
    add(store, 202, subject="people", status="injured", location="Kuwait", agency="Kuwaiti health ministry")
    answer = ask(store, "kuwait mosque bombing wounded according to health ministry")
    assert [f["value"] for f in answer.figures] == [202]
    assert "Kuwaiti health ministry" in answer.text
    # the bare name still answers for its own figure, and Kuwait's does not answer for another country
    assert [f["value"] for f in ask(store, "how many wounded in Equatorial Guinea according to health ministry").figures] == [300]
    # an admin may still put the bare name under the country's (the name-derived family is no parent)
    assert store.set_agency_parent("Health Ministry", "Kuwaiti health ministry", actor="test")


def test_a_source_asked_by_its_generic_name_finds_its_people_offices_and_provinces_own(store):
    # "police" known as a source; the figures are a police official's, a province's police and Caritas's in a country
    for name in ("police", "police official", "Papua Regional Police", "Caritas", "Caritas Bangladesh"):
        if store.gazetteer().agency(name, fuzzy=False) is None:
            store.add_agency(name, actor="extract", review="auto")
    add(store, 187, subject="people", status="injured", location="Baghdad", agency="police official")
    add(store, 5859, subject="people", status="displaced", location="Papua", agency="Papua Regional Police")
    add(store, 250, subject="families", status="affected", location="Bangladesh", agency="Caritas Bangladesh")
    answer = ask(store, "baghdad bombing how many wounded acc to police")
    assert [f["value"] for f in answer.figures] == [187] and "police official" in answer.text
    answer = ask(store, "papua how many displaced acc to police")
    assert [f["value"] for f in answer.figures] == [5859] and "Papua Regional Police" in answer.text
    answer = ask(store, "bangladesh fire households affected acc to caritas")
    assert [f["value"] for f in answer.figures] == [250] and "Caritas Bangladesh" in answer.text
    # (no other body of another's name: a police source is no Caritas source, nor is a country's own a place's)
    assert ask(store, "papua how many displaced acc to caritas").figures == []
    g = store.gazetteer()
    police = g.agency("police", fuzzy=False).id
    assert g.agency("Caritas Bangladesh", fuzzy=False).id not in g.agency_members(police)
    # (nor rebels named for a place, whose last word is a generic body's: "Arakan Army" is no army of Rakhine's)
    for name in ("army", "Arakan Army"):
        if g.agency(name, fuzzy=False) is None:
            store.add_agency(name, actor="extract", review="auto")
    g = store.gazetteer()
    assert g.agency("Arakan Army", fuzzy=False).id not in g.agency_members(g.agency("army", fuzzy=False).id)
    # (the parents admins set are not these: the name-derived family answers only)
    assert g.agency("police official", fuzzy=False).id not in g.agency_members(police, by_name=False)


def test_people_who_went_to_hospital_are_the_injured(store):
    add(store, 122, subject="people", status="injured", location="Iran", agency="IFRC")
    answer = ask(store, "cyclone shaheen iran ppl went to hospital")
    assert [f["value"] for f in answer.figures] == [122]


def test_a_city_whose_story_was_placed_in_its_quarters_is_answered_as_the_closest(store):
    # the mudslide's dead were placed in the quarters the report names (learned as places of Sierra Leone)
    store.add_place("Mortema", parent="Sierra Leone", actor="extract", review="auto")
    store.add_place("Bo", parent="Sierra Leone", actor="extract", review="auto")
    add(store, 60, subject="children", status="killed", location="Mortema", agency=None,
        title="Heavy rains in Freetown: landslide at Regent and Mortema")
    answer = ask(store, "freetown mudslide how many kids dead")
    assert [f["value"] for f in answer.figures] == [60]
    assert answer.text.startswith("I have no figure placed in Freetown itself; the closest I have")
    # an article that never names the city answers nothing for it
    add(store, 9, subject="children", status="killed", location="Bo", agency=None, title="Floods in Bo")
    assert [f["value"] for f in ask(store, "freetown mudslide how many kids dead").figures] == [60]
    # nor does a figure of the city's story for another country
    assert ask(store, "copenhagen mudslide how many kids dead").figures == []


def test_a_story_that_names_the_city_only_in_passing_is_no_closest_answer(store):
    # "khartoum floods death toll": a story on Kassala whose road "linking Kassala with Khartoum" is cut says nothing
    # happened in Khartoum; its count is no answer, however labelled
    store.add_place("Kenema", parent="Sierra Leone", actor="extract", review="auto")
    fig = {"value": 6, "subject": "people", "status": "killed", "location": "Kenema", "agency": None, "quote": "6 deaths"}
    store.ingest("Floods hit Kenema. 6 deaths were reported. The road linking Kenema with Freetown is cut.", [fig],
                 title="Floods in the east", outlet="Wire", actor="test")
    answer = ask(store, "freetown floods death toll")
    assert answer.none and answer.figures == []


def test_of_two_places_asked_the_one_with_the_figure_asked_answers(store):
    # "kasai crisis how many congolese fled to angola": the refugees who fled are counted in Angola; the displaced in
    # Kasai are only the closest
    add(store, 62000, subject="displaced", status="displaced", location="Kasai", agency="OCHA", title="Kasai crisis")
    add(store, 11051, subject="refugees", status="fled", location="Angola", agency="OCHA", title="Kasai crisis")
    text = ask(store, "kasai crisis how many congolese fled to angola").text
    assert "11,051" in text and "62,000" not in text
    # must not fire: with the figure asked in the first place, the first place answers
    add(store, 3000, subject="people", status="fled", location="Kasai", agency="OCHA", title="Kasai crisis")
    assert "3,000" in ask(store, "kasai crisis how many people fled to angola").text.splitlines()[0]


def test_a_place_named_together_with_others_answers_for_each(store):
    """A report's "Khogyani and Sherzad" figure is in part Khogyani's: asked about Khogyani, it answers, named as the
    report names its place (never "inside Khogyani"); a place only spelled alike stays out."""
    store.add_place("Khogyani", actor="test")
    store.add_place("Khogyani and Sherzad", actor="test")
    add(store, 56329, subject="people", status="displaced", location="Khogyani and Sherzad", agency="OCHA")
    answer = ask(store, "khogyani conflict how many ppl displaced")
    assert [f["value"] for f in answer.figures] == [56329]
    assert "in Khogyani and Sherzad, according to OCHA" in answer.text and "inside" not in answer.text
    # (nor when the asked place is one of the names by a short name of it: "Israel and Gaza", asked as Gaza Strip)
    store.add_place("Israel and Gaza", actor="test")
    add(store, 45000, subject="people", status="killed", location="Israel and Gaza", agency="OCHA")
    a = ask(store, "how many killed in gaza")
    assert "45,000" in a.text and "inside" not in a.text
    # must not fire: a country whose name has "and" is no joint place, and another place is not one of the names
    add(store, 12, subject="people", status="killed", location="Trinidad and Tobago", agency="OCHA")
    assert ask(store, "how many killed in raqqa").none


def test_fled_to_a_city_finds_its_namesake_province_before_the_other_place_asked(store):
    add(store, 12800, subject="people", status="displaced", location="Sennar State", agency="OCHA")
    add(store, 12600, subject="people", status="displaced", location="Ed Damazin", agency="OCHA")
    answer = ask(store, "blue nile clashes how many ppl fled to sennar")
    assert answer.figures[0]["value"] == 12800
    assert "Sennar State" in answer.text.splitlines()[0]  # (said to be the province's, not the city's)


def test_households_asked_with_people_are_still_households(store):
    # "how many hh displaced ... acc to local authorities": households are asked, so a households figure answers, even
    # when the question also reads as asking about people
    add(store, 11000, subject="families", status="displaced", location="Raqqa", agency="OCHA")
    answer = ask(store, "raqqa how many people and households displaced acc to ocha")
    assert answer.figures and answer.figures[0]["value"] == 11000
    from answer.parse import parse_question
    q = parse_question("raqqa floods how many households displaced acc to local authorities", store.gazetteer())
    assert q.subjects == ("families",)  # ("local" goes on into the source's name: no misspelt "locals")


def test_a_city_in_a_dateline_or_a_title_is_the_storys(store):
    # "FREETOWN, Aug 15 (Reuters) - ...": the story is in the city, though it never says "in Freetown"
    store.add_place("Mortema", parent="Sierra Leone", actor="extract", review="auto")
    fig = {"value": 60, "subject": "children", "status": "killed", "location": "Mortema", "agency": None, "quote": "60 children"}
    store.ingest("FREETOWN, Aug 15 (Reuters) - A mudslide killed 60 children in Mortema.", [fig],
                 title="Mudslide in the hills", outlet="Reuters", actor="test")
    assert [f["value"] for f in ask(store, "freetown mudslide how many kids dead").figures] == [60]


def test_responders_answer_for_people_sent_and_never_for_a_toll(store):
    add(store, 12, subject="personnel", status="deployed", location="Tokelau", agency="OCHA")
    answer = ask(store, "how many ppl in the team ocha sent to tokelau")
    assert [f["value"] for f in answer.figures] == [12]
    assert "12 personnel deployed" in answer.text
    # (soldiers killed are no people killed)
    add(store, 5, subject="personnel", status="killed", location="Tokelau", agency="OCHA")
    assert ask(store, "how many people killed in tokelau").none
