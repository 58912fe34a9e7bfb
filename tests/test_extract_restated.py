"""A figure an article states twice is one figure; a different source or place keeps both."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def figures(g, text, **kw):
    return [(f["value"], f["status"], f["location"], f["agency"]) for f in extract_figures(text, gazetteer=g, **kw)]


def test_a_lead_restated_in_a_quotation_by_the_same_source_is_one_figure(g):
    text = (
        "A car bomb killed at least 17 people in Jableh on Monday, the Syrian Arab Red Crescent said. "
        '"At least 17 people were killed in Jableh" said an official of the Syrian Arab Red Crescent.'
    )
    assert figures(g, text) == [(17, "killed", "Jableh", "SARC")]


def test_the_headline_repeated_above_the_text_with_the_sites_sections_in_the_title(g):
    text = "Blast kills 12 in Syrias Homs monitor AFP Monday At least 12 people were killed in Homs the Syrian Observatory for Human Rights said."
    title = "Blast kills 12 in Syrias Homs monitor - Region - World - Example Online"
    # (the headline's own statement, unsourced, and the Observatory's)
    assert figures(g, text, title=title) == [(12, "killed", "Homs", None), (12, "killed", "Homs", "SOHR")]


def test_another_source_or_place_is_another_figure(g):
    text = (
        "Officials said 9 people were killed in Kofa. "
        "Residents said 9 people were killed in Dalori, a nearby village."
    )
    assert [f[:3] for f in figures(g, text)] == [(9, "killed", "Kofa"), (9, "killed", "Dalori")]
    text = (
        "Nine people were killed in the raid on Bulabbrin. "
        '"In this village we lost nine persons," one resident told reporters.'
    )
    assert len(figures(g, text)) == 2


def test_a_restatement_in_a_place_inside_the_first_completes_it_with_its_source_and_place():
    from extract import extract_figures
    from store.gazetteer import Gazetteer

    text = ("Turkish shelling killed at least 20 civilians in Syria on Sunday. \"At least 20 civilians were killed by "
            "Turkish artillery fire at Jeb el-Kussa\" a village south of Jarabulus said Rami Abdel Rahman of the "
            "Syrian Observatory for Human Rights.")
    figs = extract_figures(text, gazetteer=Gazetteer.from_data())
    assert [(f["value"], f["location"], f["agency"]) for f in figs] == [(20, "Jeb el-Kussa", "SOHR")]


def _figures(g, text: str, title: str | None = None) -> list[tuple]:
    return [(f["value"], f["status"], f["location"], f["agency"]) for f in extract_figures(text, gazetteer=g, title=title)]


def test_a_count_named_again_with_the_is_the_count_before(g):
    text = (
        "An explosion at the main fuel depot in Conakry left at least 13 people dead and 178 injured, authorities said.\n\n"
        "The fire started at the Guinean Petroleum Company depot after midnight.\n\n"
        "At least 89 of the 178 people injured have been treated and are back home, the government said in a statement. "
        "Among the 13 killed were foreigners, it added."
    )
    found = _figures(g, text, "Fuel depot explosion in Guinea")
    # one figure each, with the first mention's place and source; the company is no place
    assert [(v, s) for v, s, _, _ in found if v in (13, 178)] == [(13, "killed"), (178, "injured")]
    assert {(where, who) for v, _, where, who in found if v in (13, 178)} == {("Conakry", "Guinean authorities")}


def test_an_unsourced_figure_and_a_source_s_later_statement_of_it_are_two_statements(g):
    # As annotators record them (a different source), and the answer shows the sourced one (test_answer_match).
    text = ("An explosion at the fuel depot in Conakry killed at least 13 people on Monday.\n\n"
            "The blast left at least 13 people dead and 178 injured, authorities said.")
    got = [(f["value"], f["status"], f["agency"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(13, "killed", None), (13, "killed", "Guinean authorities"), (178, "injured", "Guinean authorities")]
    # A later mention with no source of its own still restates the first.
    text = ("Authorities said an explosion in Conakry killed at least 13 people on Monday.\n\n"
            "The blast left at least 13 people dead.")
    assert [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g)] == [(13, "Guinean authorities")]


@pytest.mark.parametrize(
    "title, body, expected",
    [
        # a headline's count is a statement of its own: with no source, placed and counted as the body tells it
        ("Storm kills 12 in Fiji", "At least 12 people were killed in Nadi, police said.",
         [(12, "killed", "Nadi", None), (12, "killed", "Nadi", "Fijian police")]),
        # the body saying it again with no source is the same statement
        ("Storm kills 12 in Fiji", "The storm killed 12 people in Nadi on Monday.", [(12, "killed", "Nadi", None)]),
        # a headline names its own source ("UN says")
        ("Fighting in Sudan's El Fasher forces thousands to flee, UN says", "The fighting resumed on Friday.",
         [(None, "fled", "El Fasher", "UN")]),
        # words in capitals name no new place; a bare count in a headline is no strikes
        ("5 Civilians Killed in Terrorist Rocket Attacks", "Rockets hit Aleppo on Monday.", [(5, "killed", "Aleppo", None)]),
        ("Gang Attacks Push Displacement Past 1 Million", "Gangs attacked Port-au-Prince on Monday.", []),
    ],
)
def test_a_headline_is_a_statement_of_its_own(g, title, body, expected):
    assert figures(g, f"{title}\n\n{body}", title=title) == expected


def test_a_restated_figure_keeps_its_place_over_one_carried_from_another_paragraph(g):
    text = ("Fighting spread across Aleppo province this year, and 2,000 people were killed in Aleppo province.\n\n"
            "Shelling struck markets in Azaz and Manbij.\n\nIn total 2,000 people were killed.")
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["location"]) for f in figs] == [(2000, "Aleppo Governorate")]
    # a country's figure still takes the place a later mention gives it
    text = "Bodies of 20 migrants retrieved off Tunisia\n\nThe coast guard retrieved the bodies of 20 migrants off Sfax on Sunday."
    assert [f["location"] for f in extract_figures(text, gazetteer=g, title="Bodies of 20 migrants retrieved off Tunisia")][-1] == "Sfax"
