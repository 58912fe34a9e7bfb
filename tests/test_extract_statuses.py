"""Status phrases of real reporting: a patient's condition, relief camps, aid that benefits people."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def statuses(g, text: str) -> list[tuple]:
    return [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # each band of a triage is a count of injured people
        ("Paramedics are treating 103 injured of which 38 in critical condition, 6 in critical condition who were "
         "evacuated, 18 in serious condition and 39 in mild condition, police said.",
         [(103, "people", "injured"), (38, "people", "injured"), (6, "people", "injured"), (18, "people", "injured"),
          (39, "people", "injured")]),
        ("Of the injured, 12 are in critical condition and 30 in serious condition, police said.",
         [(12, "people", "injured"), (30, "people", "injured")]),
        # "still" does not make them merely remaining
        ("Maggie de Block said that of about 300 wounded people, 61 were still in a critical condition.",
         [(300, "people", "injured"), (61, "people", "injured")]),
        ("Seven people who leapt from the burning bus were rushed to hospital and were in a stable condition.",
         [(7, "people", "injured")]),
        ("Scores of people remain in intensive care after the bombings in Brussels.", [(None, "people", "injured")]),
        ("Some 435 people are receiving treatment in hospitals in Izmir.", [(435, "people", "injured")]),
        ("The minister said 150 were still being treated in hospitals across Belgium.", [(150, "people", "injured")]),
    ],
)
def test_a_patients_condition_is_an_injury(g, text, expected):
    assert statuses(g, text) == expected


def test_a_condition_that_is_no_patients_is_no_injury(g):
    assert statuses(g, "The country has 3 million people in poor condition.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A total of 1,028,000 people were now recorded in about 3,200 relief camps across the state.",
         [(1_028_000, "people", "displaced")]),
        ("More than 1 million people have packed relief camps to escape the floods in Kerala.",
         [(1_000_000, "people", "displaced")]),
    ],
)
def test_people_in_relief_camps_are_displaced(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("UNICEF deployed field missions to provide support that will initially benefit 262 families.",
         [(262, "families", "in_need")]),
        ("Non-food relief items were swiftly distributed to 31 households through 5 July.", [(31, "families", "in_need")]),
        # the dead are not beneficiaries though relief goes to others in the sentence
        ("The flood killed 20 people and relief was distributed to 300 families.",
         [(20, "people", "killed"), (300, "families", "in_need")]),
        # a status between the number and the noun is the figure's own
        ("MSF said it had provided medical assistance to 300 wounded people in Garissa.", [(300, "people", "injured")]),
    ],
)
def test_people_aid_reaches_are_in_need(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nearly 60,000 people are experiencing emergency levels of hunger, UNICEF said.", [(60_000, "people", "in_need")]),
        ("Some 2,000 children are suffering from hunger in the region.", [(2000, "children", "in_need")]),
        ("Over 11,000 Syrians sought refuge in Turkey.", [(11_000, "refugees", "fled")]),
    ],
)
def test_hunger_and_refuge_as_reports_word_them(g, text, expected):
    assert statuses(g, text) == expected
