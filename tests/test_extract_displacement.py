"""Displacement as reports word it: nominal and infinitive forms, homeless, "remained displaced"."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


@pytest.mark.parametrize(
    "text, value, status",
    [
        ("Mudslides forced the evacuation of more than 12,000 people in Kerala.", 12_000, "displaced"),
        ("Officials ordered the precautionary relocation of 4 500 residents near the dam.", 4_500, "displaced"),
        ("Rising water forced 8,400 people to evacuate on Sunday.", 8_400, "displaced"),
        ("The wildfire forced 1,300 people out of their homes.", 1_300, "displaced"),
        ("Close to 900 people had to evacuate their homes in the valley.", 900, "displaced"),
        ("Approximately 2 000 rendered homeless across several districts.", 2_000, "displaced"),
        ("An estimated 41,000 people remained displaced within the province.", 41_000, "displaced"),
        ("The storm forced 17,000 to leave their villages.", 17_000, "fled"),
        ("About 560 people have been placed in shelters in Hualien.", 560, "displaced"),
        ("Armed raids sent more than 46,000 people running for safety in July.", 46_000, "displaced"),
        ("Attacks on three villages drove over 42,000 residents into crowded shelters.", 42_000, "displaced"),
        ("Fighters burned homes, pushing 500 families toward already strained camps.", 500, "displaced"),
        ("In Dungun, 870 residents were taking shelter at relief centres.", 870, "displaced"),
        ("The coast guard said 20 people were hospitalised.", 20, "injured"),
        ("Around 4,000 residents have now been moved to higher ground.", 4_000, "displaced"),
        ("Some 12,000 people have been moved to nearly three hundred temporary shelters.", 12_000, "displaced"),
        ("Authorities reported 5,576 people are in 23 shelters.", 5_576, "displaced"),
        ("Some 3,000 people are in evacuation centres in the province.", 3_000, "displaced"),
        ("Some 900 people are still in shelters in the province.", 900, "displaced"),
        ("About 2,300 residents were housed in evacuation centres overnight.", 2_300, "displaced"),
        # refuge taken abroad is a flight, not a displacement
        ("In all, 28,000 South Sudanese have sought refuge in Uganda.", 28_000, "fled"),
        # asylum seekers received somewhere fled to it, with no other status word
        ("Kenya has received at least 2,000 Ethiopian asylum seekers in Moyale town.", 2_000, "fled"),
        # families of the displaced, by the word camps and agencies write ("IDP families")
        ("There are 179 IDP families residing in the Mohammadzai camp.", 179, "displaced"),
    ],
)
def test_displacement_forms(g, text, value, status):
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["status"]) for f in figs] == [(value, status)]


def test_a_count_of_the_dead_beside_an_evacuation_stays_a_death_toll(g):
    text = "The landslide caused 3 dead and the evacuation of 70 families from their homes."
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["subject"], f["status"]) for f in figs] == [(3, "people", "killed"), (70, "families", "displaced")]


@pytest.mark.parametrize(
    "text, value, status",
    [
        ("Number of displaced: 452", 452, "displaced"),
        ("IDPs total 122 387", 122_387, "displaced"),
        ("Total displaced: 1,310 people", 1_310, "displaced"),
        ("Situation overview\nDead: 14\nMissing: 3\n", 14, "killed"),
    ],
)
def test_a_label_on_its_line_says_what_a_table_rows_number_counts(g, text, value, status):
    f = extract_figures(text, gazetteer=g)[0]
    assert (f["value"], f["status"]) == (value, status)
    assert text[f["quote_start"] : f["quote_end"]].split()[0] not in ("", str(value))  # the quote holds the label


def test_a_tables_rows_without_colons_and_the_source_noted_under_it(g):
    # "Quake Effects in Kumamoto Prefecture": rows of a label and its number, one a line, no colon; the note under the
    # table credits every row; a row counting shelters counts no one
    text = ("The quakes killed 48 people.\n\nQuake Effects in Kumamoto Prefecture (as of April 20)\n\n"
            "Disaster-related deaths 11\nMissing 3\nInjured 1,153 (210 seriously)\nEvacuation shelters 623\n"
            "Evacuees 92,314\n\nSource: Kumamoto Prefecture\n\nTroops were sent.")
    got = [(f["value"], f["status"], f["agency"]) for f in extract_figures(text, gazetteer=g)]
    assert got[1:] == [(11, "killed", "Kumamoto Prefecture"), (3, "missing", "Kumamoto Prefecture"),
                       (1_153, "injured", "Kumamoto Prefecture"), (92_314, "displaced", "Kumamoto Prefecture")]
    # (a headline with a number at its end, before a paragraph, is no row; nor is a table with no note credited)
    text = "Flood toll rises to 64\n\nFloods in the east killed 64 people, officials said on Monday."
    assert [f["value"] for f in extract_figures(text, gazetteer=g)] == [64]
    assert extract_figures("Deaths 11\nMissing 3\n\nThe storm passed.", gazetteer=g)[0]["agency"] is None


def test_families_or_persons_share_the_verb_after_the_persons(g):
    # "A total of 3,681 families or 13,886 persons took temporary shelter": one count twice, both displaced; those
    # who stayed with relatives are displaced too (outside the evacuation centres)
    text = ("A total of 3,681 families or 13,886 persons took temporary shelter in 45 evacuation centers.\n"
            "A total of 43 families or 220 persons have temporarily stayed with their relatives and/or friends.")
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(3_681, "families", "displaced"), (13_886, "people", "displaced"), (43, "families", "displaced"),
                   (220, "people", "displaced")]
    # (the persons set apart by commas: the verb after them is both counts')
    text = "The DSWD said at least 14,733 families, or 47,068 individuals, have been affected by the monsoon."
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(14_733, "families", "affected"), (47_068, "people", "affected")]
    # (not counts of different people: "12 men or nine women")
    got = [(f["value"], f["subject"]) for f in extract_figures("Twelve men or nine women were killed.", gazetteer=g)]
    assert (9, "women") in got


def test_a_label_that_names_no_status_gives_no_figure(g):
    for text in ("Completely destroyed housing: 146", "Attacks in the province: 452", "Chapter 4"):
        assert extract_figures(text, gazetteer=g) == []


def test_people_named_by_their_nationality_who_fled_abroad_are_refugees(g):
    text = "Some 28,000 South Sudanese - most of them women and children - have sought refuge in Uganda, UNHCR said."
    f = extract_figures(text, gazetteer=g)[0]
    assert (f["value"], f["subject"], f["status"], f["location"]) == (28_000, "refugees", "fled", "Uganda")
    f = extract_figures("Some 3,000 Sudanese fled their homes in Darfur last week.", gazetteer=g)[0]
    assert (f["subject"], f["status"]) == ("people", "fled")


def test_the_same_count_in_other_units_in_brackets_is_a_figure_too(g):
    text = "Floods have displaced 12,350 families (74,100 people) in Baidoa, UNHCR said."
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["subject"], f["status"], f["location"], f["agency"]) for f in figs] == [
        (12_350, "families", "displaced", "Baidoa", "UNHCR"), (74_100, "people", "displaced", "Baidoa", "UNHCR")]


def test_a_share_of_a_population_is_no_count_of_it(g):
    assert extract_figures("More than half of Gaza's population of 2.3 million has sought refuge in Rafah.", gazetteer=g) == []
    f = extract_figures("A population of over 200,000 people has been besieged in Deir Ezzor.", gazetteer=g)[0]
    assert (f["value"], f["status"]) == (200_000, "trapped")


def test_a_count_before_its_other_units_in_brackets_keeps_the_verb_after_them(g):
    text = "A fire hit Alloya in Benin. 2,759 persons (around 460 families) became homeless."
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(2759, "people", "displaced"), (460, "families", "displaced")]


def test_injuries_count_the_injured_beside_deaths(g):
    figs = extract_figures("Floods hit Rwanda. So far we have recorded 130 deaths and 77 injuries.", gazetteer=g)
    assert [(f["value"], f["status"]) for f in figs] == [(130, "killed"), (77, "injured")]


def test_people_from_families_are_one_count_with_one_verb(g):
    text = "Floods in Kelantan worsened, with 14,006 people from 4,288 families taking shelter at 60 relief centres."
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["subject"], f["status"]) for f in figs] == [
        (14_006, "people", "displaced"), (4_288, "families", "displaced")]


def _read(g, text: str) -> list[tuple]:
    return [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]


def test_the_verb_past_a_list_of_parts_is_the_wholes(g):
    assert _read(g, "13,659 people, including 5,250 children, have been rescued and evacuated.") == [
        (13659, "people", "displaced"), (5250, "children", "displaced")]
    assert _read(g, "In the Aktobe region, 6,034 people, including 2,386 children, are staying in temporary shelters.") == [
        (6034, "people", "displaced"), (2386, "children", "displaced")]
    found = _read(g, "As of 17 May, more than 113,000 people including 107,286 Sudanese individuals and 5,364 third "
                     "country nationals fled Sudan to Egypt.")
    assert [(v, st) for v, _, st in found] == [(113000, "fled"), (107286, "fled"), (5364, "fled")]


def test_people_who_cannot_go_home_are_displaced(g):
    assert _read(g, "Some 500 people could not return home last night.") == [(500, "people", "displaced")]
    assert _read(g, "Some 500 people were unable to return to their homes.") == [(500, "people", "displaced")]
    assert _read(g, "Some 500 people returned home on Friday.") == [(500, "people", "returned")]


def test_an_aside_between_dashes_with_a_share_of_the_population(g):
    text = "The drought left 1.4 million people—representing 48 percent of the population—in urgent need of food assistance."
    assert _read(g, text) == [(1400000, "people", "in_need")]


def test_remains_of_people_are_the_dead_and_people_who_remain_remain(g):
    assert _read(g, "The rescuers found the remains of seven people.") == [(7, "people", "killed")]
    assert _read(g, "Some 300 people stayed in the remains of their homes.") == [(300, "people", "remaining")]


def test_a_list_of_parts_does_not_reach_past_another_verb(g):
    assert _read(g, "About 500 people including 20 children attended the funeral of those killed in the attack.") == []


@pytest.mark.parametrize(
    "text, found",
    [
        # People on board a boat that sank are affected, as the real-text annotators record them.
        ("Migrants in Tunisia\n\nMore than 40 people were on board the makeshift boat off the Port of Sfax.",
         [(40, "people", "affected", "Sfax")]),
        ("Boat in Senegal\n\nThe pirogue capsized with 101 passengers on board the pirogue.", [(101, "people", "affected", "Senegal")]),
    ],
)
def test_people_on_board_are_affected_and_a_port_of_a_place_is_that_place(text, found):
    from extract import extract_figures
    from store.gazetteer import Gazetteer

    got = [(f["value"], f["subject"], f["status"], f["location"]) for f in extract_figures(text, gazetteer=Gazetteer.from_data())]
    assert got == found


@pytest.mark.parametrize(
    "text, found",
    [
        # People reached or treated by aid are in need, as the real-text annotators record them
        ("UNICEF has reached about 365,000 children aged 6 to 59 months with Vitamin A supplements.", [(365_000, "in_need")]),
        ("Since January, 16,037 children have been reached with blanket feeding.", [(16_037, "in_need")]),
        ("UNICEF says 4,159 children were treated for severe acute malnutrition this year.", [(4_159, "in_need")]),
        # ... but people treated at the scene of a blast or for its smoke are no one in need
        ("Twelve people were treated at the scene, the ambulance service said.", []),
        ("Thirty people were treated for severe head and neck injuries.", [(30, "injured")]),
        # ... but a toll that reaches a number is a toll, and people treated for wounds are injured
        ("The death toll has reached 10 people, officials said.", [(10, "killed")]),
        ("Six pilgrims were still missing and eight others were being treated for their wounds.", [(6, "missing"), (8, "injured")]),
        ("Police said 1,442 people had been reported uncontactable in the North Island.", [(1_442, "missing")]),
        # the day after a toll is when, not what it counts
        ("The death toll from the explosion rose to 13 Monday afternoon.", [(13, "killed")]),
    ],
)
def test_aid_reached_treated_and_missing_as_reports_word_them(g, text, found):
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == found


def test_a_states_tally_goes_on_through_the_places_the_lead_listed():
    # a wire story's breakdown, each state in a paragraph of its own, each tally set beside the night before's
    g = Gazetteer.from_data()
    text = ("KUALA LUMPUR: A total of 25,438 people have been evacuated to 199 relief centres due to floods in four states, "
            "Kelantan, Terengganu, Pahang and Selangor as of noon Tuesday.\n"
            "According to the National Disaster Management Agency (Nadma), Kelantan has the highest number of evacuees, "
            "with 14,006 people from 4,288 families taking shelter at 94 centres.\n"
            "This represents a rise from 11,216 people from 3,444 families at 72 centres at midnight.\n"
            "Terengganu has the second highest number of evacuees, at 10,643 people from 2,913 families at 134 centres in "
            "seven districts - Besut, Dungun, Marang and Setiu - compared to 6,724 people from 1,791 families last night.\n"
            "Pahang registered a slight drop in evacuees, to 785 people from 187 families at 13 centres, with 87 people "
            "evacuated due to a landslide at Cameron Highlands.\n"
            "In Selangor, four people from one family remain at one relief centre in Kuala Langat.")
    figs = [(f["value"], f["status"], f["location"], f["agency"]) for f in extract_figures(text, gazetteer=g)]
    assert (figs[0][:2], figs[0][3]) == ((25438, "displaced"), None)  # (the lead's own, before the agency spoke)
    assert figs[1:] == [
        (14006, "displaced", "Kelantan", "Nadma"), (4288, "displaced", "Kelantan", "Nadma"),
        (11216, "displaced", "Kelantan", "Nadma"), (3444, "displaced", "Kelantan", "Nadma"),
        (10643, "displaced", "Terengganu", "Nadma"), (2913, "displaced", "Terengganu", "Nadma"),
        (6724, "displaced", "Terengganu", "Nadma"), (1791, "displaced", "Terengganu", "Nadma"),
        (785, "displaced", "Pahang", "Nadma"), (187, "displaced", "Pahang", "Nadma"),
        (87, "displaced", "Cameron Highlands", "Nadma"),  # (not Cameroon, whose key "Cameron" shares)
        (4, "displaced", "Kuala Langat", "Nadma"), (1, "displaced", "Kuala Langat", "Nadma"),
    ]
    # a place the lead did not list starts another topic: the source does not go on to it
    text = ("According to Nadma, 40 people were displaced in Kelantan.\n"
            "In Johor, 12 people were displaced by a landslide.")
    assert [f["agency"] for f in extract_figures(text, gazetteer=g)] == ["Nadma", None]


def test_people_sent_somewhere_else_than_shelters_are_not_displaced(g):
    # must not fire: sent to work, running for cover, pushed towards a border crossing as a place named
    for text in ("The agency sent 300 volunteers into the flooded districts.",
                 "The ministry sent 40 doctors to the camps to treat the injured.",
                 "Residents were running for cover as 12 shells hit the market."):
        assert [f for f in extract_figures(text, gazetteer=g) if f["status"] == "displaced"] == [], text


def test_people_who_sought_refuge_at_home_are_displaced(g):
    found = [(f["value"], f["subject"], f["status"]) for f in extract_figures(
        "Floods hit Tamil Nadu.\n\nAccording to the Tamil Nadu state government, 160 relief centres have been established where "
        "more than 17,000 people have sought refuge in Tirunelveli.", gazetteer=g, title="Floods in Tamil Nadu")]
    assert found == [(17000, "people", "displaced")]
    # (must not fire: across a border they fled)
    abroad = [(f["subject"], f["status"]) for f in extract_figures(
        "Fighting in Sudan.\n\nSome 20,000 people have sought refuge in Chad, UNHCR said.", gazetteer=g, title="Fighting in Sudan")]
    assert abroad == [("people", "fled")]


@pytest.mark.parametrize("text", [
    "Fighting in Sudan's Darfur continued.\n\nSome 10,000 people have fled and sought refuge in neighbouring countries.",
    "Fighting in Sudan's Darfur continued.\n\nSome 10,000 people fled El Geneina and sought refuge in Adre, across the border.",
])
def test_refuge_across_a_border_stays_flight(g, text):
    assert [f["status"] for f in extract_figures(text, gazetteer=g, title="Fighting in Darfur")] == ["fled"]


def test_shifted_to_camps_or_tents_and_households_written_hh(g):
    text = ("Nearly 6,000 people have been shifted to relief camps. 67 families in Haldi village were shifted to tents.\n"
            "Up to 1,000 HH have been displaced from ten villages due to clan conflict.")
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(6_000, "people", "displaced"), (67, "families", "displaced"), (1_000, "families", "displaced")]
    # (a patient shifted to another hospital is no one displaced)
    assert extract_figures("The hospital said 12 patients were shifted to another hospital.", gazetteer=g) == []


def test_placed_at_centres_living_with_relatives_and_people_involving_families(g):
    text = ("Some 205 people involving 45 families are placed at three centres in Batu Pahat. Another 2,351 families, or "
            "7,458 individuals, live with relatives and other shelters.")
    got = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(205, "people", "displaced"), (45, "families", "displaced"), (2_351, "families", "displaced"),
                   (7_458, "people", "displaced")]
    # (bodies placed at the centre of a village are no one sheltered)
    assert extract_figures("The 12 bodies were placed at the centre of the village.", gazetteer=g)[0]["status"] == "killed"


def test_patients_in_health_centres_or_medical_tents_are_not_displaced(g):
    text = "Cholera spread in Haiti. 45 people were placed in health centres for treatment. 40 people were taken to medical tents."
    assert [f["status"] for f in extract_figures(text, gazetteer=g)] == []


def test_related_headlines_are_no_table_rows(g):
    text = ("Floods hit Uganda. The Red Cross said 12 people died in Kasese.\n\nRelated stories\n\n"
            "Floods in Kasese displace 3,000\nRoads near Bududa cut 40\n\nMore news")
    assert [f["value"] for f in extract_figures(text, gazetteer=g)] == [12]


@pytest.mark.parametrize("text", [
    # must not fire: people who are only at a site (patients at a relief centre, children there to be vaccinated,
    # people in air-raid or bomb shelters during an alert, migrants in tents at a border)
    "About 40 patients are at the relief centre in Cox's Bazar.",
    "Some 70 children are at the relief centre in Sylhet for vaccination.",
    "Some 400 people were at the shelters in Kyiv during the air raid alert.",
    "Some 400 people were in bomb shelters in Kyiv.",
    "About 90 migrants are in tents at the border in Calais.",
])
def test_being_somewhere_is_no_displacement(g, text):
    assert all(f["status"] != "displaced" for f in extract_figures(text, gazetteer=g))


def test_idp_families_who_returned_returned(g):
    # (must not fire: "IDP families" are displaced only where the text says nothing else of them)
    figs = extract_figures("About 1,200 IDP families returned to their areas of origin in Marawi last month.", gazetteer=g)
    assert [(f["value"], f["subject"], f["status"]) for f in figs] == [(1200, "families", "returned")]
