"""Cases of a disease: counted as people affected when extracted, asked as cases, and never a flood's "affected"
given for them."""

from __future__ import annotations

import re

import pytest

from answer import ask, parse_question
from extract import ingest_article
from store import Store

OUTBREAK = ("Kenya: yellow fever outbreak in Isiolo\n\nAs of 12 March, a total of 53 suspected yellow fever cases, including six "
            "deaths, have been reported from Isiolo county, the WHO said.")
FLOODS = "Floods in Isiolo\n\nFloods in Isiolo county affected 2,000 people, the Kenya Red Cross said on Monday."
TWO = "Yemen outbreaks\n\nIn Hodeidah, Yemen, the health ministry has recorded 1,300 measles cases and 300 cholera cases."
FLU = "Flu season\n\nThe health ministry in Cambodia recorded 2,300 influenza cases this year."


@pytest.fixture
def outbreak(store: Store) -> Store:
    ingest_article(store, OUTBREAK, title="Yellow fever - Kenya", outlet="WHO")
    ingest_article(store, FLOODS, title="Floods in Isiolo", outlet="Wire")
    ingest_article(store, TWO, title="Yemen outbreaks", outlet="Wire")
    ingest_article(store, FLU, title="Flu season", outlet="Wire")
    return store


def test_a_count_of_cases_answers_cases(outbreak):
    a = ask(outbreak, "isiolo yellow fever how many suspected cases")
    assert not a.none and "53" in a.text and "WHO" in a.text
    assert "2,000" not in a.text  # (the floods' affected are no cases)


def test_cases_asked_are_never_answered_by_people_affected_by_something_else(outbreak):
    a = ask(outbreak, "how many cases in isiolo")
    assert "53" in a.text and "2,000" not in a.text


@pytest.mark.parametrize("question", [
    # another disease; a place with no cases; a disease the name of another holds ("bird flu", not flu)
    "how many cholera cases in isiolo",
    "how many people infected with cholera in isiolo",
    "bird flu cases in cambodia",
    "measles cases in isiolo",
    "how many cholera cases in garissa",
    # a status asked too: cases among the displaced, never the displaced themselves
    "isiolo idps how many cholera cases",
])
def test_cases_of_another_disease_or_place_get_an_honest_none(outbreak, question):
    a = ask(outbreak, question)
    assert a.none and not re.search(r"\d", a.text), a.text


def test_people_affected_asked_are_not_given_cases(outbreak):
    # (cases are their own count: the floods' 2,000, not "sources differ: 53 to 2,000")
    a = ask(outbreak, "how many affected by floods in isiolo")
    assert "2,000" in a.text and "53" not in a.text


@pytest.mark.parametrize("question, value, other", [
    # the disease the quote names nearest the count
    ("how many cholera cases in hodeidah", "300", "1,300"),
    ("measles cases in hodeidah", "1,300", " 300 "),
    # one disease by either of its names
    ("flu cases in cambodia", "2,300", None),
])
def test_cases_are_of_the_disease_asked(outbreak, question, value, other):
    a = ask(outbreak, question)
    assert value in a.text and (other is None or other not in a.text), a.text


def test_cases_asked_with_a_status_are_answered_by_cases(outbreak):
    # "hodeidah idps how many cholera cases": the cases the store has there, not a displacement count
    ingest_article(outbreak, "Displacement in Hodeidah\n\nFighting displaced 40,000 people in Hodeidah, Yemen, OCHA said.",
                   title="Displacement in Hodeidah", outlet="Wire")
    a = ask(outbreak, "hodeidah idps how many cholera cases")
    assert "300" in a.text and "40,000" not in a.text, a.text


def test_a_diseases_deaths_asked_are_deaths_not_cases(outbreak):
    # must not fire: "yellow fever deaths" names the disease and asks for deaths (no word "cases")
    a = ask(outbreak, "isiolo yellow fever how many deaths")
    assert "six" in a.text.lower() or "6" in a.text, a.text
    assert "53" not in a.text, a.text


def test_cases_asked_among_a_status_are_said_to_be_every_case(outbreak):
    # no count of cases keeps who had them: every case in the place is only the closest, said to be so
    a = ask(outbreak, "hodeidah idps how many cholera cases")
    assert "the closest I have" in a.text.splitlines()[0] and "300" in a.text, a.text


def test_an_outbreak_named_beside_its_cases_asks_the_cases(store):
    # "likati ebola outbreak total cases acc to who": the cases, written "EVD cases" by the report (Ebola virus disease)
    ingest_article(store, "Ebola in Likati\n\nAs of 19 May, a total of 34 EVD cases and four deaths have been reported in "
                          "Likati health zone, WHO said.", title="Ebola virus disease - Likati", outlet="WHO")
    a = ask(store, "likati ebola outbreak total cases acc to who")
    assert "34" in a.text and not a.none, a.text
    # must not fire: something else counted beside an outbreak stays what is asked, wherever the outbreak is named
    assert parse_question("ebola outbreak in likati how many schools closed", store.gazetteer()).other_count == "schools"
