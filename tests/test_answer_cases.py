"""Cases of a disease: counted as people affected when extracted, asked as cases, and never a flood's "affected"
given for them."""

from __future__ import annotations

import re

import pytest

from answer import ask
from extract import ingest_article
from store import Store

OUTBREAK = ("Kenya: yellow fever outbreak in Isiolo\n\nAs of 12 March, a total of 53 suspected yellow fever cases, including six "
            "deaths, have been reported from Isiolo county, the WHO said.")
FLOODS = "Floods in Isiolo\n\nFloods in Isiolo county affected 2,000 people, the Kenya Red Cross said on Monday."


@pytest.fixture
def outbreak(store: Store) -> Store:
    ingest_article(store, OUTBREAK, title="Yellow fever - Kenya", outlet="WHO")
    ingest_article(store, FLOODS, title="Floods in Isiolo", outlet="Wire")
    return store


def test_a_count_of_cases_answers_cases(outbreak):
    a = ask(outbreak, "isiolo yellow fever how many suspected cases")
    assert not a.none and "53" in a.text and "WHO" in a.text
    assert "2,000" not in a.text  # (the floods' affected are no cases)


def test_cases_asked_are_never_answered_by_people_affected_by_something_else(outbreak):
    a = ask(outbreak, "how many cases in isiolo")
    assert "53" in a.text and "2,000" not in a.text


@pytest.mark.parametrize("question", [
    # another disease; a place with no cases
    "how many cholera cases in isiolo",
    "measles cases in isiolo",
    "how many cholera cases in garissa",
])
def test_cases_of_another_disease_or_place_get_an_honest_none(outbreak, question):
    a = ask(outbreak, question)
    assert a.none and not re.search(r"\d", a.text), a.text
