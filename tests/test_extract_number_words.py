"""Spelled-out amounts read right or yield no figure: a wrong number is worse than none."""

import pytest

from extract import extract_figures
from extract.numbers import find_numbers
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("A hundred thousand", 100_000),
        ("a thousand", 1_000),
        ("A quarter of a million", 250_000),
        ("a quarter million", 250_000),
        ("three-quarters of a million", 750_000),
        ("half a million", 500_000),
        ("One and a half million", 1_500_000),
        ("two and a half million", 2_500_000),
        ("a million and a half", 1_500_000),
        ("one hundred and twenty", 120),
        ("twenty-five", 25),
        ("90 000", 90_000),
        ("1 250 000", 1_250_000),
        ("2.14 lakh", 214_000),
        ("3 lakhs", 300_000),
        ("1.5 crore", 15_000_000),
        ("one lakh", 100_000),
        ("two crore", 20_000_000),
        ("two lakh fifty thousand", 250_000),
        ("two dozen", 24),
        ("three dozen", 36),
        ("half a dozen", 6),
        ("a dozen", 12),
    ],
)
def test_spelled_out_amounts(phrase, value):
    found = find_numbers(f"{phrase} people fled the town.")
    assert [(n.value, n.surface) for n in found] == [(value, phrase)]


def test_vague_amounts_keep_their_bounds():
    (n,) = find_numbers("Tens of thousands of people fled.")
    assert (n.value, n.low, n.high, n.qualifier) == (None, 20_000, 99_999, "vague")


@pytest.mark.parametrize("text", ["Two-thirds of the population were displaced.", "A third of the population fled."])
def test_fractions_of_a_population_are_not_counts(g, text):
    assert extract_figures(text, gazetteer=g) == []


def test_a_hundred_thousand_is_one_figure_of_the_right_size(g):
    (f,) = extract_figures("A hundred thousand people have fled Aleppo, the UN said.", gazetteer=g)
    assert (f["value"], f["status"], f["location"], f["agency"]) == (100_000, "fled", "Aleppo", "UN")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Five civilians including three children were killed in Idlib.", [(5, "civilians", "killed"), (3, "children", "killed")]),
        ("At least 13 civilians mostly women and children were killed in Douma.", [(13, "civilians", "killed")]),
        ("Eight people were killed and 80 sustained injuries.", [(8, "people", "killed"), (80, "people", "injured")]),
        ("Three citizens were martyred in the attack.", [(3, "people", "killed")]),
    ],
)
def test_the_verb_after_the_parts_of_a_figure(g, text, expected):
    assert [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)] == expected


def test_a_range_written_half_in_words_is_one_range():
    """"nine or 10 bodies": the style guides' words below ten, digits above, are one range, not two counts."""
    found = find_numbers("Mr Hogan said nine or 10 bodies had been recovered.")
    assert [(n.value, n.low, n.high, n.qualifier) for n in found] == [(9, 9, 10, "range")]
    # (two figures joined by "or" that go down are not a range)
    assert [n.value for n in find_numbers("10 or nine of them")] == [10, 9]


@pytest.mark.parametrize(
    "phrase, low, high",
    [
        # two numbers the word pattern reads as one: a range, the scale of the second applying to the first
        ("between four and eight", 4, 8),
        ("between two and three thousand", 2_000, 3_000),
        ("between five and six million", 5_000_000, 6_000_000),
    ],
)
def test_a_range_in_words_joined_by_and(phrase, low, high):
    found = find_numbers(f"The toll was put at {phrase} deaths.")
    assert [(n.low, n.high, n.qualifier) for n in found] == [(low, high, "range")]
    # (a compound number stays one: "one hundred and twenty")
    assert [n.value for n in find_numbers("one hundred and twenty people")] == [120]

