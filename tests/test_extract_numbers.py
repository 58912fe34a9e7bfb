"""Numbers as journalists write them: digits, words, vague amounts, ranges and qualifiers."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def one(g, text):
    figs = extract_figures(text, gazetteer=g)
    assert len(figs) == 1, figs
    return figs[0]


@pytest.mark.parametrize(
    "text, value, low, high, qualifier",
    [
        ("Officials said 1,250 families were displaced by the floods.", 1250, None, None, "exact"),
        ("Nearly 1.5 million people are in need of food aid, the agency said.", 1_500_000, None, None, "about"),
        ("Some twenty-five villagers were killed in the raid.", 25, None, None, "about"),
        ("Up to 600 fighters remain holed up in the old quarter.", 600, None, 600, "up_to"),
        ("As many as 7,000 residents have fled the valley.", 7000, None, 7000, "up_to"),
        ("At least 14 civilians died when the market was shelled.", 14, 14, None, "at_least"),
        ("More than 3,200 people have been injured since the truce collapsed.", 3200, 3200, None, "more_than"),
        ("The death toll topped 900 people on Sunday.", 900, 900, None, "more_than"),
        ("Between 10,000 and 15,000 people have fled the district.", 10000, 10000, 15000, "range"),
        ("Aid groups said 10,000-15,000 people remain trapped in the town.", 10000, 10000, 15000, "range"),
        ("A million people were displaced by the offensive.", 1_000_000, None, None, "exact"),
    ],
)
def test_numbers_and_qualifiers(g, text, value, low, high, qualifier):
    f = one(g, text)
    assert (f["value"], f["low"], f["high"], f["qualifier"]) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Dozens of civilians were wounded in the shelling.", 24, 99),
        ("Hundreds of families have returned to the village.", 200, 999),
        ("Tens of thousands of people are trapped in the besieged suburb.", 20000, 99999),
        ("Hundreds of thousands of people need humanitarian assistance.", 200000, 999999),
        ("The army sent several hundred soldiers to the front.", 200, 999),
    ],
)
def test_vague_amounts(g, text, low, high):
    f = one(g, text)
    assert f["value"] is None and f["qualifier"] == "vague"
    assert (f["low"], f["high"]) == (low, high)


def test_quote_is_exact_span_holding_the_number(g):
    text = "Heavy rain fell overnight. Rescuers said 42 people were missing after the dam burst, officials added."
    f = one(g, text)
    assert text[f["quote_start"] : f["quote_end"]] == f["quote"]
    assert "42" in f["quote"] and "Heavy rain" not in f["quote"]
    assert (f["subject"], f["status"], f["kind"]) == ("people", "missing", "impact")


def test_subject_and_status_words(g):
    text = (
        "The bombardment left 30 people dead. Another 45 were wounded. "
        "About 2,000 children remain trapped in the camp. Some 800 refugees returned home last week."
    )
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(30, "people", "killed"), (45, "people", "injured"), (2000, "children", "trapped"),
                   (800, "refugees", "returned")]


def test_part_of_an_earlier_figure(g):
    text = "Shelling killed 40 civilians, including 11 who were queuing for bread."
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["subject"], f["status"]) for f in figs] == [(40, "civilians", "killed"), (11, "civilians", "killed")]


def test_conflict_figures(g):
    text = "Warplanes carried out 60 air strikes on the ridge, and 300 troops were deployed to the border."
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["subject"], f["status"], f["kind"]) for f in figs] == [
        (60, "strikes", "launched", "conflict"),
        (300, "troops", "deployed", "conflict"),
    ]


def got(g, text):
    return [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Floods killed at least 40 people in Sindh on Monday, 19 of them children.",
         [(40, "people", "killed"), (19, "children", "killed")]),
        ("At least 150 people were killed last month. Officials said 42 of the dead were women.",
         [(150, "people", "killed"), (42, "women", "killed")]),
        ("Gunmen killed 11 villagers on Monday. Two of the wounded died in hospital on Tuesday.",
         [(11, "people", "killed"), (2, "people", "killed")]),
        ("An air strike killed 26 people in Saada. Nine children were among them, medics said.",
         [(26, "people", "killed"), (9, "children", "killed")]),
        ("Shelling killed 23 people, including 6 children, and wounded 91 others.",
         [(23, "people", "killed"), (6, "children", "killed"), (91, "people", "injured")]),
    ],
)
def test_subgroups_of_a_figure(g, text, expected):
    assert got(g, text) == expected


def test_subgroup_keeps_the_source_of_its_figure(g):
    text = "Floods killed 40 people in Sindh, the disaster management authority NDMA said on Monday, 19 of them children."
    f = extract_figures(text, gazetteer=g)
    assert [(x["value"], x["agency"], x["location"]) for x in f] == [(40, "NDMA", "Sindh"), (19, "NDMA", "Sindh")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The death toll from the floods rose to 1,136 on Sunday.", (1136, "people", "killed")),
        ("The number of children killed in the attack on the school climbed to 17.", (17, "children", "killed")),
        ("The number of people displaced by the fighting has reached 60,000.", (60000, "people", "displaced")),
        ("The death toll from the deluge has gone up to 17 on Tuesday, police said.", (17, "people", "killed")),
    ],
)
def test_running_tolls(g, text, expected):
    assert got(g, text) == [expected]


def test_a_toll_that_went_up_to_a_count_is_that_count_not_at_most(g):
    f = one(g, "The death toll from the deluge went up to 17 on Tuesday.")
    assert (f["value"], f["qualifier"], f["high"]) == (17, "exact", None)
    assert one(g, "Up to 17 people died.")["qualifier"] == "up_to"


def test_troops_an_organisation_has_are_deployed(g):
    f = one(g, "The UN mission has some 14,000 troops in the country.")
    assert (f["value"], f["qualifier"], f["subject"], f["status"], f["kind"]) == (14000, "about", "troops", "deployed", "conflict")


@pytest.mark.parametrize(
    "text, value, status",
    [
        ("Nearly half a million people have fled the city.", 500_000, "fled"),
        ("Close to 3,000 families are living in roadside camps.", 3000, "displaced"),
        ("Some 2.5 million Yemenis face famine.", 2_500_000, "in_need"),
        ("Almost 900 people were injured.", 900, "injured"),
    ],
)
def test_more_qualifiers_and_statuses(g, text, value, status):
    f = one(g, text)
    assert (f["value"], f["qualifier"], f["status"]) == (value, "about", status)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An attack on the market killed at least 35 people. 12 of them were children, officials said.",
         [(35, "people", "killed"), (12, "children", "killed")]),
        ("Floods killed 60 people on Sunday: 21 of them children.",
         [(60, "people", "killed"), (21, "children", "killed")]),
    ],
)
def test_subgroup_named_after_its_verb_or_a_colon(g, text, expected):
    assert got(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("New fighting uprooted 9,000 people, bringing the number of displaced people in the province to 1.2 million.",
         [(9000, "people", "displaced"), (1_200_000, "displaced", "displaced")]),
        ("About 800 people crossed into the country on Monday, bringing the number of refugees in the district to more than 40,000.",
         [(800, "people", "fled"), (40000, "refugees", "displaced")]),
        ("Rescuers found 14 more bodies, bringing the death toll to 310.",
         [(14, "people", "killed"), (310, "people", "killed")]),
    ],
)
def test_a_total_brought_to_a_number(g, text, expected):
    assert got(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tens of thousands of people have poured into the town since Monday.", [(None, "people", "fled")]),
        ("Some 1,200 people are arriving every day.", [(1200, "people", "fled")]),
        ("Some 300 families arrived in the camp last week, the agency said.", [(300, "families", "fled")]),
        ("Some 4,000 children arriving in the camp last month were malnourished.", [(4000, "children", "in_need")]),
    ],
)
def test_arrivals(g, text, expected):
    assert got(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nearly 1 million people are living in towns encircled by armed groups.", [(1_000_000, "people", "trapped")]),
        ("Some 80,000 displaced people live in 200 sites around the city.", [(80000, "displaced", "displaced")]),
        ("About 2,000 people were killed, and 4.1 million need humanitarian aid.",
         [(2000, "people", "killed"), (4_100_000, "people", "in_need")]),
        ("The quake killed 1,500 people nationwide.", [(1500, "people", "killed")]),
        ("Some 700,000 people in six districts need food aid.", [(700000, "people", "in_need")]),
        ("About 2.8 million people, roughly a third of the population, need food assistance.",
         [(2_800_000, "people", "in_need")]),
        ("Aid reached 5 wounded soldiers at the post.", [(5, "soldiers", "injured")]),
    ],
)
def test_statuses_past_asides_and_modifiers(g, text, expected):
    assert got(g, text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        # thousands grouped with full stops, as translated news writes them
        ("Nearly 6.300 people have fled their homes after the attack, the agency said.", 6300),
        ("More than 700.000 people are displaced in Haiti.", 700_000),
        # decimals stay decimals
        ("About 6.3 million people need aid in Haiti.", 6_300_000),
        ("The river rose 2.5 metres and 1,250 people were evacuated.", 1250),
    ],
)
def test_thousands_grouped_with_full_stops(g, text, value):
    assert one(g, text)["value"] == value


def test_a_part_named_before_its_whole_has_the_wholes_status(g):
    figs = extract_figures("Five children were among the 11 people killed by a missile strike in Pokrovsk.", gazetteer=g)
    assert [(f["value"], f["subject"], f["status"]) for f in figs] == [(5, "children", "killed"), (11, "people", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "In the last 24 hours, 28 people, including 11 children and three women, were killed.",
        "The strike killed 28 people including 11 children and 3 women.",
    ],
)
def test_every_part_listed_after_including_is_a_part_of_the_whole(g, text):
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["subject"], f["status"]) for f in figs] == [
        (28, "people", "killed"), (11, "children", "killed"), (3, "women", "killed")]


@pytest.mark.parametrize(
    "text, second",
    [
        ("Some 100 civilians were killed and 500 more injured.", (500, "civilians", "injured")),
        ("Over 20 ISIL terrorists were killed and fifty more were wounded.", (50, "fighters", "injured")),
        ("ISIS executed around 367 people in the town while 240 more have gone missing.", (240, "people", "missing")),
    ],
)
def test_n_more_counts_more_of_the_same_people_with_its_own_status(g, text, second):
    figs = extract_figures(text, gazetteer=g)
    assert (figs[1]["value"], figs[1]["subject"], figs[1]["status"]) == second


def test_affected_areas_say_which_areas_not_what_happened_to_people(g):
    text = "Since 5 October, at least 53 people in affected areas have been killed, including 15 children."
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["status"]) for f in figs] == [(53, "killed"), (15, "killed")]


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        # the qualifier after the number, in quotes or not
        ("Police have said “10 or so” people have been killed in Orebro.", 10, "about"),
        ("Twenty or more people were injured in Orebro, police said.", 20, "at_least"),
    ],
)
def test_a_qualifier_after_the_number(g, text, value, qualifier):
    f = one(g, text)
    assert (f["value"], f["qualifier"]) == (value, qualifier)


def test_a_place_before_a_count_of_people_is_no_name_holding_digits(g):
    # its comma never written (FA-KES strips them; wires drop it): "In Nepal 22 people"
    figs = extract_figures("In Nepal 22 people were killed and 600 affected.", gazetteer=g)
    assert [(f["value"], f["status"], f["location"]) for f in figs] == [(22, "killed", "Nepal"), (600, "affected", "Nepal")]
    # a name holding digits stays one
    assert [f["value"] for f in extract_figures("A Boeing 737 crashed in Nepal killing 20.", gazetteer=g)] == [20]
    assert extract_figures("Under Resolution 2254 people must be protected.", gazetteer=g) == []


def test_money_written_against_its_currency_is_no_count(g):
    # "164,881CHF": the digits the match stopped in are no figure ("164 people killed" had been read)
    figs = extract_figures("Floods killed 3 people in Sao Tome, so the budget remains of 164,881CHF for the operation.", gazetteer=g)
    assert [f["value"] for f in figs] == [3]


@pytest.mark.parametrize(
    "text, values",
    [
        # thousands typed with a space after the comma
        ("Floods in Xinjiang left 15 people dead and 61, 000 people displaced.", [15, 61_000]),
        ("Some 40, 501 people were affected by the floods in Kenya.", [40_501]),
        # not a date or an age before a count
        ("On March 12, 100 people fled the fighting in Kenya.", [100]),
        ("Aged 12, 150 children were among the displaced in Kenya.", [150]),
    ],
)
def test_thousands_with_a_space_after_the_comma(g, text, values):
    assert [f["value"] for f in extract_figures(text, gazetteer=g)] == values


def test_a_single_digit_before_a_spaced_thousands_group(g):
    text = "NEMA also disclosed that 2, 940 people were displaced in Maiduguri."
    assert [f["value"] for f in extract_figures(text, gazetteer=g)] == [2940]


@pytest.mark.parametrize(
    "text, value",
    [
        # a decimal comma before a scale, as much of the world writes it
        ("Some 1,5 million people have been displaced by the fighting.", 1_500_000),
        ("Floods hit Homs on Monday.\n\nApprox. 10,000 children were displaced by the floods.", 10_000),
    ],
)
def test_numbers_as_the_world_writes_them(g, text, value):
    f = one(g, text)
    assert f["value"] == value
    assert f["location"] in (None, "Homs")  # ("Approx." is no place)


def test_a_decimal_comma_without_a_scale_gives_no_number_of_its_own(g):
    # must not fire: "1,09" alone is no count (never 1, never 109)
    assert [f["value"] for f in extract_figures("Floods displaced 1,09 people per square metre.", gazetteer=g)] == []


def test_a_key_figures_box_is_read_line_by_line(g):
    # lines that each start with a number are a report's key figures, not subheads; "M" there is million, and
    # "Under 5" an age band
    text = ("Over 62,000 people have been displaced in the Kasai region.\n\n"
            "1,09 M Internally displaced persons\n97 084 People who have returned\n"
            "352 000 Persons covered by the current emergency assistance\n1,434 Under 5 children living in shelters\n\nOverview")
    got = {(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)}
    assert {(1_090_000, "displaced", "displaced"), (97_084, "people", "returned"), (352_000, "people", "in_need"),
            (1434, "children", "displaced")} <= got
    assert not any(v == 5 for v, _, _ in got)
    # must not fire: a magnitude in a sentence, "M" for men, and a subhead that starts with a number next to a date line
    assert [f["value"] for f in extract_figures("A 7.4M earthquake struck the coast and 20 people died.", gazetteer=g)] == [20]
    assert all(f["value"] < 1000 for f in extract_figures("Displaced by sex:\n120 M and 130 F children were displaced in Homs.", gazetteer=g))
    text = "Homs floods\n\n20 dead, 300 displaced\n\n15 May 2024\n\nFloods displaced 300 people in Idlib, OCHA said."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(300, "displaced")]


def test_a_labelled_line_with_its_parts_is_a_figure(g):
    text = "Affected population: around 20,000 persons including approx. 10,000 children (estimated figure as of 9 May)\nOverview\nFloods hit Kalehe."
    got = {(f["value"], f["subject"], f["status"], f["qualifier"]) for f in extract_figures(text, gazetteer=g)}
    assert got == {(20_000, "people", "affected", "about"), (10_000, "children", "affected", "about")}


def test_among_them_opens_the_parts_of_the_count_before(g):
    text = ("Over 62,000 new internally displaced persons have been reported in the Kasai region this week. "
            "Among them, approximately 32,000 are in Central Kasai Province and 29,000 in Kasai Province.")
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(62000, "displaced", "displaced"), (32000, "displaced", "displaced"), (29000, "displaced", "displaced")]
    # must not fire: "among them" with a verb of its own keeps that verb
    text = "Over 62,000 people have been displaced in the Kasai region. Among them, 300 were killed in the camps."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)][-1] == (300, "killed")


def test_a_story_wrapped_at_one_width_reads_its_sentences_across_lines(g):
    # a wire story broken into lines of one width: a line that opens with a count is no headline of its own
    text = ("Shouting names of the missing relatives, looking around to identify the\nloved ones and moving bodies for "
            "burials -- all are the scene in a coastal town\na day after the sudden tsunami struck the island on Sunday.\n"
            "Over 800 people died here and more than 500 were injured in the tsunami\nSunday, announced local police in the "
            "general hospital on Monday.\nThe city, a tourist town some 100 kilometers south of the capital\nColombo, is one "
            "of the places in this island country hit most by the worst tsunami\ntriggered by a powerful earthquake in "
            "Indonesia in forty years or more.\nA police officer who has been on duty since Sunday morning in\nthe general "
            "hospital told reporters that around 2,500 people are still\nmissing in the district.")
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)][:2] == [(800, "killed"), (500, "injured")]


def test_a_count_with_a_plus_is_that_many_or_more(g):
    # a key-figures box: "8,000+ evacuated" is 8,000 or more, and a row of the box like its neighbours
    text = "Ash Wednesday, 36 years on\n2,545 homes destroyed\n8,000+ evacuated\n130,000+ emergency services personnel deployed\nOn that day ..."
    found = [(f["value"], f["qualifier"], f["low"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert found == [(2545, "exact", None, "affected"), (8000, "at_least", 8000, "displaced"), (130000, "at_least", 130000, "deployed")]
    # must not fire: a sum written with a plus
    assert extract_figures("The score was 3+2 people.", gazetteer=g) == []


def test_a_larger_count_after_a_comma_is_no_part_of_the_one_before(g):
    # "Floods leave 40 dead, 3,000 displaced": the 3,000 are displaced, not 3,000 of the 40 dead
    assert [(f["value"], f["status"]) for f in extract_figures("Floods leave 40 dead, 3,000 displaced", gazetteer=g)] == [
        (40, "killed"), (3000, "displaced")]
    # must not fire: the parts of a count in apposition
    text = "The blast killed 14 people, 13 civilians and one soldier."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(14, "killed"), (13, "killed"), (1, "killed")]


def test_a_list_of_parts_after_include_keeps_its_status(g):
    # must not fire (the larger-count rule above): siblings of a list share the status of what they are parts of
    text = "The displaced include 43 pregnant women, 626 children aged under five, and 23 people with disabilities."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)][:2] == [(43, "displaced"), (626, "displaced")]


def test_members_of_one_family_are_no_count_of_one(g):
    text = "Five members of one family were killed in the strike."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(5, "killed")]
    # must not fire: one family counted, as reports count families at a relief centre
    assert [(f["value"], f["status"]) for f in extract_figures("One family was displaced by the fire.", gazetteer=g)] == [(1, "displaced")]
    text = "Four people from one family remain at one relief centre."
    assert [(f["value"], f["subject"]) for f in extract_figures(text, gazetteer=g)] == [(4, "people"), (1, "families")]


@pytest.mark.parametrize("text, value", [
    # South Asian grouping, by hundreds above the thousands, in a clause of its own
    ("In all, 1,21,247 people were affected by floods in Barpeta district.", 121_247),
    ("As many as 12,34,567 people were affected by the floods.", 1_234_567),
])
def test_lakh_grouped_digits(g, text, value):
    assert one(g, text)["value"] == value


def test_lakh_grouped_digits_do_not_split_the_clause(g):
    text = ("In all, 1,21,247 people comprising 55,688 men, 54,954 women and 10,605 children are reeling under the impact "
            "of floods in 11 districts of the state, down from 1,55,896 on Monday.")
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [
        (121_247, "affected"), (55_688, "affected"), (54_954, "affected"), (10_605, "affected"), (155_896, "affected")]
    # (a comma after the number ends it; thousands grouped by threes read as before)
    text = "The number of people affected by floods rose to 1,21,247, the disaster management authority said."
    assert one(g, text)["value"] == 121_247
    assert one(g, "About 1,234,567 people were affected by the floods.")["value"] == 1_234_567


def test_an_age_after_a_verb_is_no_count(g):
    figs = extract_figures("At least 17 people were killed. Eight of those killed were younger than 18, police said.", gazetteer=g)
    assert [(f["value"], f["status"]) for f in figs] == [(17, "killed"), (8, "killed")]


@pytest.mark.parametrize("opening", ["In all, ", "A total of "])
def test_a_whole_and_the_list_it_comprises_share_the_verb(g, opening):
    text = opening + "121,247 people comprising 55,688 men, 54,954 women and 10,605 children are affected by the floods."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [
        (121_247, "affected"), (55_688, "affected"), (54_954, "affected"), (10_605, "affected")]


def test_thousands_grouped_by_spaces_end_at_a_full_stop(g):
    """"injured more than 10 000." is ten thousand: a full stop ends the number (a decimal point needs a digit after it)."""
    text = "Algiers and its region were struck by a violent quake that killed 2 300 people and injured more than 10 000."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(2300, "killed"), (10_000, "injured")]
    # (and mid-sentence as before)
    assert [f["value"] for f in extract_figures("Some 12 000 people were displaced in Kenya.", gazetteer=g)] == [12_000]
