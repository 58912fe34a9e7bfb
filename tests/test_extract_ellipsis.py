"""A count whose noun is left out continues the figure before it, for another place: "18 deaths, with two
in Cachar and one in Nagaon", "followed by Cachar with 109,798"."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.from_data()


def _read(g, text: str, title: str) -> list[tuple]:
    return [(f["value"], f["subject"], f["status"], f["location"]) for f in extract_figures(text, gazetteer=g, title=title)]


def test_a_count_for_another_place_in_and_after_the_figure(g):
    found = _read(g, "The total number of deaths due to floods has reached 18, with two in Cachar and one in Nagaon.", "Floods in Assam")
    assert found == [(18, "people", "killed", "Assam"), (2, "people", "killed", "Cachar"), (1, "people", "killed", "Nagaon")]


def test_a_count_after_its_verb_and_place(g):
    found = _read(g, "At least 40 civilians were killed in El Fasher and 25 in Zamzam.", "Fighting in Sudan")
    assert found == [(40, "civilians", "killed", "El Fasher"), (25, "civilians", "killed", "Zamzam camp")]


def test_a_count_named_after_its_place(g):
    found = _read(g, "Colombia hosts over one million refugees, followed by Peru, with over half a million, and Ecuador, "
                     "over 220,000.", "Venezuelan refugees")
    assert [(v, where) for v, _, _, where in found] == [(1000000, "Colombia"), (500000, "Peru"), (220000, "Ecuador")]
    assert {(s, st) for _, s, st, _ in found} == {found[0][1:3]}


def test_a_year_or_a_number_without_a_place_is_no_continuation(g):
    found = _read(g, "At least 12 people were killed in Douma in 2016 and 5 more were hurt.", "War in Syria")
    assert [v for v, *_ in found if v in (2016,)] == []
    found = _read(g, "At least 12 people were killed in Douma, the monitor said, adding that 3 of 5 hospitals were hit.", "War in Syria")
    assert [v for v, *_ in found] == [12]


def test_ages_after_names_are_not_counts(g):
    text = ("Among those killed in the strikes were two children, identified in hospital records as Sham Najjar, 6, "
            "and Jamal Nabahan, 8.")
    assert [v for v, *_ in _read(g, text, "Strikes on Gaza")] == [2]


def test_counts_that_were_in_other_places_after_a_total_are_its_parts_and_the_total_keeps_its_place(g):
    text = (
        "An earthquake hit Japan's Ishikawa Prefecture on Monday.\n"
        "Of the 202 deaths confirmed as of 2 p.m. Tuesday, 91 were in Suzu, 81 were in Wajima and five were in Nanao."
    )
    got = [(f["value"], f["status"], f["location"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(202, "killed", "Ishikawa"), (91, "killed", "Suzu"), (81, "killed", "Wajima"), (5, "killed", "Nanao")]


def test_a_part_of_a_counted_dead_said_to_be_children(g):
    text = "A mudslide hit Sierra Leone. Over 200 people died. 60 of the 200 dead are said to be children."
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(200, "people", "killed"), (60, "children", "killed")]


def test_counts_listed_by_place_share_the_verb_after_the_list(g):
    found = _read(
        g,
        "Thirty-one people from the Ilembe district, seven from Ugu, four from King Cetshwayo and two from uMzinyathi "
        "are still missing.",
        "Floods in KwaZulu-Natal",
    )
    assert found == [
        (31, "people", "missing", "Ilembe"), (7, "people", "missing", "Ugu"),
        (4, "people", "missing", "King Cetshwayo"), (2, "people", "missing", "uMzinyathi"),
    ]


def test_a_part_named_with_of_which_and_a_part_from_a_place(g):
    found = _read(g, "The flooding claimed 445 lives, 386 of which were from eThekwini alone.", "Floods in KwaZulu-Natal")
    assert [(v, s, st) for v, s, st, _ in found] == [(445, "people", "killed"), (386, "people", "killed")]
    found = _read(g, "Among the three deaths reported on Sunday, two were from Cachar.", "Floods in Assam")
    assert found == [(3, "people", "killed", "Assam"), (2, "people", "killed", "Cachar")]


def test_counts_by_place_after_a_count_named_before_its_verb(g):
    text = ("The number of people displaced keeps rising, but figures as of 3 May from the IOM show 12,400 in Sofala "
            "Province, 3,150 in Manica Province and 800 in Tete Province.")
    found = [(f["value"], f["status"], f["location"], f["agency"]) for f in extract_figures(text, gazetteer=g, title="Floods in Mozambique")]
    assert found == [
        (12400, "displaced", "Sofala Province", "IOM"), (3150, "displaced", "Manica", "IOM"), (800, "displaced", "Tete", "IOM"),
    ]


def test_a_source_after_its_figure_with_a_year_in_its_name_still_gives_it(g):
    text = "In Sofala, 40 people were killed, according to the 2024 report of the IOM."
    found = [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g, title="Floods in Mozambique")]
    assert found == [(40, "IOM")]


def test_a_count_that_fell_from_one_number_to_another_keeps_both(g):
    text = "The number of evacuees in Sofala fell from 1,321 to 850 between Friday night and Saturday afternoon."
    found = [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g, title="Floods in Mozambique")]
    assert found == [(1321, "displaced"), (850, "displaced")]


def test_parts_with_an_aside_in_brackets_share_the_verb_after_them(g):
    text = ("Over 18,300 people, including 8,215 children (4,830 girls and 3,385 boys) are affected by the harsh "
            "winter in Mongolia.")
    found = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g, title="Dzud in Mongolia")]
    assert found == [(18300, "people", "affected"), (8215, "children", "affected"),
                     (4830, "children", "affected"), (3385, "children", "affected")]


def test_a_footnote_mark_is_no_count_and_food_shortages_are_a_need(g):
    text = ("Over 34,000 people – including 18,000 children – in Lesotho are currently facing acute food shortages [1] "
            "and need urgent humanitarian assistance, Save the Children warned today.")
    found = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g, title="Hunger in Lesotho")]
    assert found == [(34000, "people", "in_need"), (18000, "children", "in_need")]


def test_a_number_of_confirmed_deaths_that_rose_is_a_toll(g):
    text = "The number of confirmed deaths from the hurricane in Jamaica rose to 45, authorities said Tuesday."
    found = [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g, title="Hurricane in Jamaica")]
    assert found == [(45, "killed")]


@pytest.mark.parametrize(
    "text, found",
    [
        # A need after the parts, in the present with no auxiliary.
        ("About 508,125 people, including 213,360 children, require humanitarian assistance.",
         [(508125, "people", "in_need"), (213360, "children", "in_need")]),
        # At risk of malnutrition or food insecurity is a need; at risk of flooding is not.
        ("Some 2,500 children are at risk of severe acute malnutrition (SAM).", [(2500, "children", "in_need")]),
        ("An estimated 20,000 people are at risk of food insecurity, the WFP said.", [(20000, "people", "in_need")]),
        ("About 300 people are at risk of flooding along the river.", []),
    ],
)
def test_needs_after_parts_and_risks_of_hunger(g, text, found):
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g, title="Drought in Lesotho")]
    assert got == found


def test_a_count_each_place_has_is_one_figure_per_place():
    g = Gazetteer.from_data()
    text = "The central highlands are facing landslides. Badulla and Kandy each report 52 fatalities."
    figs = extract_figures(text, gazetteer=g, title="Floods in Sri Lanka")
    assert [(f["value"], f["status"], f["location"]) for f in figs] == [(52, "killed", "Badulla"), (52, "killed", "Kandy")]
    # without "each", one count for the two places together
    figs = extract_figures("Badulla and Kandy report 52 fatalities.", gazetteer=g, title="Floods in Sri Lanka")
    assert [f["value"] for f in figs] == [52]


def test_a_list_of_countries_after_the_one_that_hosts_the_most(g):
    text = (
        "Colombia has the highest number of refugees and migrants from Venezuela – a total of over one million. It is "
        "followed by Peru, with over half a million; Ecuador, over 220,000; Argentina, 130,000; Chile, over 100,000 and "
        "Brazil, 85,000."
    )
    assert _read(g, text, "Refugees from Venezuela") == [
        (1000000, "refugees", "present", "Colombia"), (500000, "refugees", "present", "Peru"),
        (220000, "refugees", "present", "Ecuador"), (130000, "refugees", "present", "Argentina"),
        # (each count's own place, once known, keeps the one before it at its own: "Chile, ... and Brazil, 85,000")
        (100000, "refugees", "present", "Chile"), (85000, "refugees", "present", "Brazil"),
    ]
    # (a sentence that does not go on from the one before starts afresh: "Peru, 500,000" alone is no figure)
    assert _read(g, "Colombia hosts over one million refugees. Peru, 500,000.", "Refugees") == [(1000000, "refugees", "present", "Colombia")]


def test_more_arrivals_and_the_same_count_in_earlier_months(g):
    text = "Over 4,400 Syrian refugees arrived in Za'atri camp overnight. A further 2000 arrived during the course of the night."
    assert _read(g, text, "Jordan") == [(4400, "refugees", "fled", "Zaatari camp"), (2000, "refugees", "fled", "Zaatari camp")]
    text = (
        "Some 30,000 refugees have arrived in Za'atri camp since the beginning of the year. This compares to 16,413 in "
        "December, 13,000 in November, and 10,000 in October."
    )
    found = _read(g, text, "Jordan")
    # (a month is when, not a place: each earlier count is the camp's)
    assert [(v, s, st) for v, s, st, _ in found] == [(30000, "refugees", "fled"), (16413, "refugees", "fled"),
                                                   (13000, "refugees", "fled"), (10000, "refugees", "fled")]
    assert {loc for *_, loc in found} == {"Zaatari camp"}
    # ("the 300 arriving families": who, not a verb)
    assert _read(g, "The 300 arriving families were registered in Gao.", "Mali")[0][1] == "families"


def test_counts_in_brackets_after_the_places_of_a_list(g):
    # (invented sentences in the shape of a state disaster department's release)
    text = ("Floods have claimed 60 lives in Assam, the state's disaster management department said. Dhubri reported "
            "the highest number of 18 deaths, followed by Goalpara (14), Barpeta (12), Nalbari and Darrang (nine each) "
            "and Morigaon (two).")
    found = _read(g, text, "Assam floods")
    assert [(v, where) for v, _, _, where in found[2:]] == [
        (14, "Goalpara"), (12, "Barpeta"), (9, "Nalbari"), (9, "Darrang"), (2, "Morigaon")]
    assert {st for _, _, st, _ in found[2:]} == {found[1][2]}


def test_ages_in_brackets_after_names_are_no_counts(g):
    found = _read(g, "Three children were killed in the strike on Douma: Ahmed Khalil (14), Sara Khalil (12) and Omar "
                     "Haddad (9), the monitor said.", "War in Syria")
    assert [v for v, *_ in found] == [3]


def test_others_from_another_place_are_more_of_the_count_before(g):
    found = _read(g, "As many as 2,154 refugees came from Pidie Jaya and 1,113 others from Bireuen.", "Aceh earthquake")
    assert [(v, st) for v, _, st, _ in found] == [(2154, "displaced"), (1113, "displaced")]
    # (others of their own fate stay theirs)
    found = _read(g, "Gunmen killed five soldiers and wounded 10 others in Aleppo.", "War in Syria")
    assert [(v, st) for v, _, st, _ in found] == [(5, "killed"), (10, "injured")]


def test_a_list_of_counts_by_place_keeps_the_status_of_its_first(g):
    text = ("As of 11 June, there are approximately 5,000 displaced people around Talodi, 3,000 people around Heiban; "
            "10,000 people in Rashad, more than 3,000 people in Kurchi, and 2,500 in Abu Karshola.")
    found = _read(g, text, "South Kordofan situation report")
    assert [(v, st, where) for v, _, st, where in found] == [
        (5000, "displaced", "Talodi"), (3000, "displaced", "Heiban"), (10000, "displaced", "Rashad"),
        (3000, "displaced", "Kurchi"), (2500, "displaced", "Abu Karshola")]
    # must not fire: a count after a place that is no name (a new figure with no status of its own)
    found = _read(g, "About 5,000 people were displaced in the camps, 300 people in need of food.", "Floods")
    assert [(v, st) for v, _, st, _ in found if v == 300] != [(300, "displaced")]


def test_bracketed_numbers_that_are_no_counts_of_a_list_of_places(g):
    # must not fire: ages in a list of victims (first names that are also places), years in brackets
    found = _read(g, "Three children died in the house fire in Dallas: Jordan (14), Georgia (12) and Austin (9), police "
                     "said.", "House fire")
    assert [v for v, *_ in found] == [3]
    assert _read(g, "Past floods in Kerala (2018), Assam (2019) and Bihar (2020) killed many people.", "Floods") == []
    # and a list item with three places for "each" counts for each of them
    found = _read(g, "Sitamarhi reported the highest number of 18 casualties, followed by Madhubani (14), Araria, Sheohar "
                     "and Darbhanga (nine each) and Supaul (two), it said.", "Bihar floods")
    assert [(v, where) for v, _, _, where in found[1:]] == [
        (14, "Madhubani"), (9, "Araria"), (9, "Sheohar"), (9, "Darbhanga"), (2, "Supaul")]


def test_a_count_with_a_verb_of_its_own_is_no_list_item(g):
    # must not fire: a clause of its own after the place, spliced on with a comma or "and"
    assert [v for v, *_ in _read(g, "Five people died in Jos, and 300 others from Bauchi attended the funeral.", "Jos")] == [5]
    found = _read(g, "The clinic treated 40 injured people in Juba, 300 people in Wau attended the vaccination campaign.", "Juba")
    assert [v for v, *_ in found] == [40]
    found = _read(g, "There are 5,000 displaced people in Talodi, 300 people in Heiban were interviewed by the team.", "Sudan")
    assert [v for v, *_ in found] == [5000]


def test_a_count_across_a_province_after_a_total_is_its_part(g):
    text = "Floods hit Turkey's Black Sea coast. AFAD reports 27 fatalities, 25 across Kastamonu Province and two in Sinop Province."
    got = [(f["value"], f["status"], f["location"]) for f in extract_figures(text, gazetteer=g)]
    assert (25, "killed", "Kastamonu") in got and (2, "killed", "Sinop") in got
