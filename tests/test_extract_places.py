"""Place: the most specific place in the clause, else the place in focus."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def places(g, text, title=None):
    return [f["location"] for f in extract_figures(text, gazetteer=g, title=title)]


def test_place_in_the_clause(g):
    assert places(g, "Shelling killed 9 people in Homs on Friday.") == ["Homs"]


def test_spelling_variant_resolves(g):
    assert places(g, "Some 4,000 residents remain trapped in al-Raqqah, activists said.") == ["Raqqa"]


def test_city_is_more_specific_than_country(g):
    assert places(g, "In Syria's Raqqa, 12 civilians were killed overnight.") == ["Raqqa"]


def test_the_city_refers_back(g):
    text = "Government forces shelled Aleppo for a third day. About 1,200 people have fled the city since Monday."
    assert places(g, text) == ["Aleppo"]


def test_clause_without_place_takes_the_focus(g):
    text = "Fighting intensified around Mosul on Tuesday. At least 30 civilians were killed, medics said."
    assert places(g, text) == ["Mosul"]


def test_origin_is_not_the_location(g):
    text = (
        "An estimated 50,000 people live under the group's rule in Raqqa, "
        "including 8,000 displaced from other parts of Syria."
    )
    assert places(g, text) == ["Raqqa", "Raqqa"]


def test_reference_point_is_not_the_location(g):
    text = "Rebels said hundreds of troops had massed in Bir Qassab, 60 km southeast of Damascus."
    assert places(g, text) == ["Bir Qassab"]


def test_nationality_in_the_noun_phrase_is_not_a_place(g):
    text = "The offensive on Tabqa continued. Dozens of Iraqi fighters were killed, the monitor said."
    assert places(g, text) == ["Tabqa"]


def test_title_gives_the_focus(g):
    assert places(g, "At least 11 people were injured.", title="Clashes erupt in Deir ez-Zor") == ["Deir ez-Zor"]
