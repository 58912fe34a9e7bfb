"""A place's office speaking through its holder ("Tamil Nadu’s Chief Secretary Shiv Das Meena"), the holder named
again in full, a quotation that runs over sentences, and a province's government named by its office."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def _sources(g, text: str, title: str) -> list[tuple]:
    return [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g, title=title)]


@pytest.mark.parametrize("text, title, agency", [
    ("While Tamil Nadu’s Chief Secretary Shiv Das Meena on Tuesday, confirmed 10 deaths in Tirunelveli.", "Floods hit Tamil Nadu",
     "Tamil Nadu Chief Secretary"),
    # (a page's misspelling of the title still names the office, spelt right)
    ("Kerr County Sherrif Larry Leitha reports that as of 8 a.m. Wednesday morning, there are 95 deceased.", "Floods hit Texas",
     "Kerr County Sheriff"),
    ("The Management Committee Chairman of Bokkos LGA, Simon Angyol said the death toll as at yesterday was 16.",
     "Attacks hit Bokkos", "Bokkos LGA Chairman"),
])
def test_an_office_of_a_place_speaks_as_that_office(g, text, title, agency):
    assert [a for _, a in _sources(g, f"{title}.\n\n{text}", title)] == [agency]


def test_an_organisations_officer_is_no_place_office(g):
    # (must not fire: the UN's and the Red Cross's secretaries speak for their organisations)
    assert _sources(g, "Floods hit Kenya.\n\nUN Secretary General Antonio Guterres said 16 people died in Kenya.", "Floods") == [(16, "UN")]
    assert _sources(g, "Floods hit Kenya.\n\nThe Kenya Red Cross Secretary General Ahmed Idris said 16 people died.", "Floods") == [
        (16, "Kenya Red Cross")]


def test_the_holder_named_again_in_full_and_a_quotation_over_sentences(g):
    text = ("Floods hit Tamil Nadu.\n\nTamil Nadu’s Chief Secretary Shiv Das Meena on Tuesday confirmed 10 deaths.\n\n"
            "Speaking to the media, Shiv Das Meena said, “Unfortunately, 10 deaths have been reported in Tirunelveli. Three of "
            "these people died due to wall collapse, four died due to drowning.”")
    found = _sources(g, text, "Floods")
    assert found[0] == (10, "Tamil Nadu Chief Secretary")
    assert {a for _, a in found} == {"Tamil Nadu Chief Secretary"}
    assert [v for v, _ in found if v in (3, 4)] == [3, 4]


def test_a_quotation_whose_first_count_has_no_source_lends_none(g):
    # (must not fire: a witness's quotation with no source stays unattributed)
    text = "Floods hit the town.\n\nA resident said: “We found two bodies. Three more died in the night.”"
    assert {a for _, a in _sources(g, text, "Floods")} <= {"residents", None}


def test_the_provinces_government_by_its_office(g):
    text = ("Death toll from floods rises to 302 in China's Henan\nThe death toll from torrential rains in central China's Henan "
            "Province has risen to 302 as of Monday noon, the information office of the provincial government told a press "
            "briefing on Monday afternoon.\nAnother 50 people remain missing, said the office.")
    found = _sources(g, text, "Death toll from floods rises to 302 in China's Henan")
    assert (302, "Henan provincial government") in found and (50, "Henan provincial government") in found


def test_a_groups_run_body_is_named_after_the_group(g):
    text = ("Floods in Baghlan.\n\nThe Taliban-run refugee department said the floods claimed 315 lives in the Baghlan-e-Markazi "
            "and Burka districts.")
    assert "run" not in " ".join(str(a) for _, a in _sources(g, text, "Floods in Baghlan"))
