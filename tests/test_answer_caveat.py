"""A figure near the question (a related status, a part of the group) is never given as if it answered it."""

from answer import ask
from conftest import add


def test_a_related_status_is_labelled_as_the_closest_figure(store):
    add(store, 5000, subject="people", status="fled", location="Aleppo", agency="UNHCR", title="Families leave")
    answer = ask(store, "how many people were displaced in Aleppo?")
    first, second = answer.text.splitlines()[:2]
    assert first == "I have no figure for people displaced in Aleppo as such; the closest I have:"
    assert "5,000 people who fled" in second and "UNHCR" in second


def test_a_part_of_the_group_is_labelled(store):
    add(store, 15, subject="children", status="killed", location="Aleppo", agency="UNICEF")
    text = ask(store, "how many people were killed in Aleppo").text
    assert text.startswith("I have no figure for people killed in Aleppo as such")
    assert "15 children killed" in text


def test_the_exact_figure_and_near_synonyms_need_no_caveat(store):
    add(store, 40000, subject="children", status="trapped", location="Raqqa", agency="UNICEF")
    add(store, 300, subject="personnel", status="deployed", location="Raqqa", agency="Pentagon")
    assert not ask(store, "how many children are trapped in Raqqa").text.startswith("I have no figure")
    assert not ask(store, "how many troops are in Raqqa").text.startswith("I have no figure")


def test_a_question_that_names_no_topic_gets_no_caveat(store):
    add(store, 40000, subject="children", status="trapped", location="Raqqa", agency="UNICEF")
    text = ask(store, "UNICEF figures for Raqqa").text
    assert text.startswith("About 40,000 children trapped in Raqqa") or text.startswith("40,000 children trapped in Raqqa")


def test_refugees_are_answered_by_people_who_fled_never_by_people_displaced_inside(store):
    add(store, 3_700_000, subject="people", status="displaced", location="Ukraine", agency="UNHCR")
    nothing = ask(store, "how many refugees from Ukraine?")
    assert nothing.none and "3,700,000" not in nothing.text
    add(store, 6_500_000, subject="people", status="fled", location="Ukraine", agency="UNHCR")
    text = ask(store, "how many refugees from Ukraine?").text
    assert text.startswith("I have no figure for refugees in Ukraine as such; the closest I have:")
    assert "6,500,000 people who fled" in text and "3,700,000" not in text
