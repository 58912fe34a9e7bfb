"""Numbers that are not figures are left out."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


@pytest.mark.parametrize(
    "text",
    [
        "The siege began in 2016 and the town was retaken in March 2018.",
        "The convoy arrived on April 3, 2019 after a 12-hour delay.",
        "Talks resumed at 10:30 on Monday in the capital.",
        # A rate is no count; nor is a count of animals whose noun is left out after them.
        "Lusaka district 3 is densely populated (100 people per square kilometre) with many living in peri-urban areas.",
        "The number of livestock perished reached more than 4.7 million (7.3%) of the total.",
        "Officials said several 5,000-litre water tanks have been distributed to 40 villages.",
        "Aid reached the city of about 300,000 residents on Monday.",
        "A 9-year-old boy and his sister, aged 6, were pulled from the rubble.",
        "The camp lies 40 km north of the border, about 25 miles from the coast.",
        "Fighting has raged for 18 months and prices rose 30 percent.",
        "Donors pledged $250 million and 40 million euros for reconstruction.",
        "It was the second time in a week that the base was shelled, for the fourth day running.",
        "Clashes broke out near Brigade 93 and a MiG-29 was seen over Sector 4.",
        "The strike destroyed 12 buildings and damaged 3 schools.",
        "He is one of the most senior commanders in the region.",
        "The 6.3-magnitude quake struck 40 km northwest of the city at 11:00 local time.",
        "Temperatures fell below 5 degrees Celsius and the agency appealed for $39 million.",
        "Water levels rose 2.5 metres in 48 hours and 450 tonnes of flour were delivered.",
        "14:05 - The fire destroyed more than 800 shelters and 1,200 emergency kits were handed out.",
        "The widow, who lives in Goma, said she has three children to feed.",
        "He has 3 children and lives in a tent.",
        "Aid groups asked for access to the 36 besieged localities and 12 trapped villages.",
        "The agency said vaccines for children under 5 had run out.",
        "Flight TK2450 landed at 11:40 with 65 countries' teams on the ground.",
        # a currency named by its country
        "The operation ended with a final balance of 2,121 Swiss francs unspent and returned to the DREF.",
        "The society raised 40,000 East Caribbean dollars and 3,000 pesos for families who returned.",
        # a vehicle's or a thing's dimensions
        "The attackers wore outfits resembling military uniforms and used 4×4 vehicles.",
        "Families were given 4x4 metre tents and a 2 x 3 tarpaulin.",
    ],
)
def test_trap_numbers_are_not_figures(g, text):
    assert extract_figures(text, gazetteer=g) == []


def test_trap_beside_a_real_figure(g):
    text = "Since 2015, at least 3,000 civilians have been killed in the province, 20 km from the front."
    figs = extract_figures(text, gazetteer=g)
    assert [f["value"] for f in figs] == [3000]


def test_headline_figures_are_not_repeated(g):
    text = "Shelling kills 12 in border town\n\nShelling killed 12 people in the border town on Monday, medics said."
    figs = extract_figures(text, gazetteer=g)
    assert len(figs) == 1 and figs[0]["quote_start"] > text.index("\n")


def test_number_without_subject_is_dropped(g):
    assert extract_figures("The committee met 14 times and the vote was 9 to 3.", gazetteer=g) == []



def test_days_of_one_month_are_dates(g):
    found = extract_figures("The two earthquakes on 7 and 11 October left 1,480 people dead and 1,950 wounded.", gazetteer=g)
    assert [(f["value"], f["status"]) for f in found] == [(1480, "killed"), (1950, "injured")]


def test_ages_after_names_are_not_counts(g):
    text = ("Nakasiita on Wednesday named the five confirmed victims of the slides as Mary Cerina Kibone, 73, Patrick "
            "Wakuwema, 4, Seera Miriam Alice, 7, Mary Kimono, 13, and another boy.")
    figs = extract_figures(text, gazetteer=g, title="Landslides in Bududa, Uganda")
    assert [(f["value"], f["status"]) for f in figs] == [(5, "killed")]
    # (and a province's name that is a person's first name, Turkmenistan's Mary, is no place)
    assert figs[0]["location"] != "Mary"
    # a count after a place and a comma is still a count
    assert [f["value"] for f in extract_figures("In Kabul, 13 were killed.", gazetteer=g)] == [13]


def test_a_rate_per_inhabitants_is_no_count(g):
    text = "With 42 confirmed deaths, the country has the highest rate of deaths per capita – 1 death per inhabitants"
    assert [f["value"] for f in extract_figures(text, gazetteer=g)] == [42]


@pytest.mark.parametrize("text", [
    "The typhoon left most of Guam's 170,500 residents in need of food.",  # a share of a place's people
    "An internally displaced mother of three from the Yambali community said she fled.",  # her children
    "About 400 fewer people than on Monday were still in shelters Tuesday.",  # how much a count fell
])
def test_counts_that_count_no_one_the_sentence_speaks_of(g, text):
    assert extract_figures(text, gazetteer=g) == []


def test_counts_beyond_others_and_wholes_with_their_own_status_are_figures(g):
    for text, value in (
        ("France had experienced 14,802 more deaths than expected for the month of August.", 14802),
        ("Most of the 300 people injured were children.", 300),
    ):
        assert [f["value"] for f in extract_figures(text, gazetteer=g)] == [value]


def test_the_words_before_a_count_in_another_paragraph_make_no_age(g):
    # ("children\n\nOver 100": no "children over 100", the age of anyone)
    text = "60 of the 200 dead are said to be children\n\nOver 100 people are believed to have been confirmed dead at Regent."
    assert 100 in [f["value"] for f in extract_figures(text, gazetteer=g)]
    assert [f["value"] for f in extract_figures("Among the dead were children over 12 and their parents.", gazetteer=g)] == []


def test_all_but_a_count_is_the_exception(g):
    text = "All but two of the bodies of those killed in the accident were recovered from inside the dhow."
    assert extract_figures(text, gazetteer=g) == []


def test_a_relief_efforts_vehicles_are_no_figure_and_an_armys_are(g):
    text = ("The Red Crescent has 3,017 emergency response teams and 418 operational vehicles in Kermanshah. 10 relief "
            "helicopters of the Iranian Red Crescent were on the scene.")
    assert [f for f in extract_figures(text, gazetteer=g) if f["subject"] == "vehicles"] == []
    found = extract_figures("The army deployed 40 tanks and 12 armoured vehicles to the border.", gazetteer=g)
    assert [(f["value"], f["subject"]) for f in found] == [(40, "vehicles"), (12, "vehicles")]


def test_a_clock_time_glued_to_pm_is_no_count(g):
    text = ("Floods hit the district.\n\nAt least 17 houses in the remote tribal village were fully or partially buried in the "
            "landslide that took place around 10:30pm on July 19.")
    assert [f["value"] for f in extract_figures(text, gazetteer=g, title="Landslide")] == []
    assert [f["value"] for f in extract_figures("Floods.\n\nAt 10.30PM two people drowned.", gazetteer=g, title="Floods")] == [2]


def test_a_footnote_mark_after_a_count_and_its_word_is_no_count(g):
    # "154 missing and 16.082 displaced 4.": the 4 marks a footnote at the paragraph's end
    text = "The death toll reached 429, 1.485 injured, 154 missing and 16.082 displaced 4.\n\nTeams were deployed."
    assert [f["value"] for f in extract_figures(text, gazetteer=g)] == [429, 1_485, 154, 16_082]


def test_an_earlier_toll_after_from_is_no_footnote(g):
    from extract.numbers import find_numbers, trap
    text = "The death toll rose to 14 from 9.\n\nRescue teams arrived."
    nine = [n for n in find_numbers(text) if n.value == 9][0]
    assert trap(text, nine, 0) != "footnote"


@pytest.mark.parametrize("text", [
    "Police foiled an attempt to kidnap 15 passengers in Kaduna.",
    "Gunmen threatened to abduct 30 students in Zamfara.",
    "The militants had vowed to kill 100 soldiers.",
])
def test_what_was_meant_is_no_count_of_what_was_done(g, text):
    assert extract_figures(text, gazetteer=g) == []
