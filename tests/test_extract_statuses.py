"""Status phrases of real reporting: patients in treatment, relief camps, aid distributed to people."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def statuses(g, text: str) -> list[tuple]:
    return [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]


@pytest.mark.parametrize(
    "text",
    [
        # (a building's condition is no one's)
        "Of the 1,200 schools inspected in Nepal, 300 are in a stable condition.",
    ],
)
def test_a_condition_is_no_count_of_its_own(g, text):
    assert statuses(g, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the bands of a triage are counts of the injured, as annotators record them ("66 people had been taken to
        # hospital, six of which were admitted to ICUs": the six too)
        ("Of the injured, 12 are in critical condition and 30 in serious condition, police said.",
         [(12, "people", "injured"), (30, "people", "injured")]),
        ("Police said 66 people had been taken to hospital, six of whom were in critical condition.",
         [(66, "people", "injured"), (6, "people", "injured")]),
    ],
)
def test_the_bands_of_a_triage_are_injured(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some 435 people are receiving treatment in hospitals in Izmir.", [(435, "people", "injured")]),
        ("The minister said 150 were still being treated in hospitals across Belgium.", [(150, "people", "injured")]),
        # treatment for an illness is no injury
        ("Some 30,000 people are receiving treatment for HIV in Malawi.", []),
    ],
)
def test_patients_in_treatment_are_injured(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A total of 1,028,000 people were now recorded in about 3,200 relief camps across the state.",
         [(1_028_000, "people", "displaced")]),
        ("More than 1 million people have packed relief camps to escape the floods in Kerala.",
         [(1_000_000, "people", "displaced")]),
        ("Some 500 patients were registered at emergency centres in Gaza.", []),
    ],
)
def test_people_in_relief_camps_are_displaced(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Non-food relief items were swiftly distributed to 31 households through 5 July.", [(31, "families", "in_need")]),
        # not what is not aid, nor what merely benefits people
        ("Leaflets were distributed to 3,000 people in Gaza.", []),
        ("Tax cuts will benefit 2 million households.", []),
        # the dead are not beneficiaries though relief goes to others in the sentence
        ("The flood killed 20 people and relief was distributed to 300 families.",
         [(20, "people", "killed"), (300, "families", "in_need")]),
        # a status between the number and the noun is the figure's own
        ("MSF said it had provided medical assistance to 300 wounded people in Garissa.", [(300, "people", "injured")]),
        # people who received aid in kind
        ("In addition, 2,500 families received vouchers for groceries.", [(2500, "families", "in_need")]),
        ("Some 800 households have received shelter kits.", [(800, "families", "in_need")]),
        ("The town received 300 tonnes of food aid.", []),
        # a need said to be immediate, an aid required with two words between
        ("More than 270,000 people are in immediate need of assistance in Enga.", [(270_000, "people", "in_need")]),
        ("Over 270,000 people require immediate humanitarian assistance in Enga.", [(270_000, "people", "in_need")]),
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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 12 people were taken to hospital after the blast in Kabul.", [(12, "people", "injured")]),
        ("Seven people who leapt from the burning bus were rushed to the Pirogov emergency hospital in Sofia.",
         [(7, "people", "injured")]),
        # bodies taken to a morgue are the dead
        ("The 30 bodies were taken to the hospital morgue in Kabul.", [(30, "people", "killed")]),
    ],
)
def test_people_taken_to_hospital_are_injured(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rescuers found one body on Friday, police said.", [(1, "people", "killed")]),
        ("One body was recovered from the river in Kabul.", [(1, "people", "killed")]),
        # an organisation called a body counts no one
        ("The governing body of the camp said 20 people died.", [(20, "people", "killed")]),
    ],
)
def test_one_body_found_is_one_death(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Six students were taken to Georgetown for treatment after the fire.", [(6, "people", "injured")]),
        ("The storm saw 122 people go to hospital on Sunday in Zabol, Iran.", [(122, "people", "injured")]),
        ("Of those rescued, 73 have returned home and 50 are still under observation in Libreville.",
         [(73, "people", "returned"), (50, "people", "injured")]),
        # sent somewhere for another reason: no one hurt
        ("Twenty delegates were sent to Kabul for talks.", []),
    ],
)
def test_people_sent_for_treatment_or_under_observation_are_injured(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 40 people died in the fire in Crans-Montana, with a further 16 reported missing.",
         [(40, "people", "killed"), (16, "people", "missing")]),
        ("Twelve feared dead after a boat sank off Malta.", [(12, "people", "killed")]),
        ("The governor said six fishermen were killed by the cyclone.", [(6, "people", "killed")]),
        # a hedge before a noun counts that noun: cases of a disease are people affected (not "reported" ones)
        ("There were 16 reported cases of cholera in Kabul.", [(16, "people", "affected")]),
    ],
)
def test_a_hedged_status_right_after_a_count(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The government's report said that 28 of the 151 people on board were missing.",
         [(28, "people", "missing")]),
        # the whole with its own status stays
        ("Twelve of the 30 dead were women, police said.", [(12, "women", "killed"), (30, "people", "killed")]),
    ],
)
def test_the_whole_of_a_part_is_no_figure_of_the_parts_status(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A suicide bomber blew himself up at a mosque packed with some 2,000 worshippers, killing 27.",
         [(27, "people", "killed")]),
        # a place filled with the dead counts them
        ("The hospital morgue in Monrovia was filled with 48 bodies.", [(48, "people", "killed")]),
    ],
)
def test_people_who_were_merely_there_are_not_counted(g, text, expected):
    assert statuses(g, text) == expected


def test_key_value_pairs_run_together_on_one_line(g):
    text = ("II. UPDATE BY SECTOR\n\nEffects on population: Total Deaths: 82 Total Missing: 26 Total Homeless: 13,311 "
            "Total Displaced: 8,352 Source: President’s Office website www.presidencymaldives.gov.mv\n\nWater: still short.")
    figs = extract_figures(text, gazetteer=g, title="Maldives: Tsunami Situation Report")
    assert [(f["value"], f["status"], f["agency"], f["quote"]) for f in figs] == [
        (82, "killed", "President's Office", "Total Deaths: 82"),
        (26, "missing", "President's Office", "Total Missing: 26"),
        (13311, "displaced", "President's Office", "Total Homeless: 13,311"),
        (8352, "displaced", "President's Office", "Total Displaced: 8,352"),
    ]
    # a key on a line of its own, as before; contact lines count no one
    assert statuses(g, "Deaths: 82\nMissing: 26") == [(82, "people", "killed"), (26, "people", "missing")]
    assert statuses(g, "Phone: 0791 Fax: 3344") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agency said 390 residents had to be temporarily relocated and 110 were rescued from the flooded towns.",
         [(390, "people", "displaced")]),
        ("In Aleppo 8 civilians were killed of which some was a child and more than 80 were injured many of whom severely.",
         [(80, "civilians", "injured")]),
        ("The attack killed 10 people and 20 were wounded in Kabul.", [(10, "people", "killed"), (20, "people", "injured")]),
    ],
)
def test_a_count_with_a_verb_of_its_own_takes_its_status_from_it(g, text, expected):
    assert [s for s in statuses(g, text) if s[0] != 8] == expected


def test_people_in_intensive_care_surgery_or_discharged_were_hurt(g):
    text = "Of the injured in Izmir, 25 were in intensive care and nine are undergoing surgeries, while 364 were discharged from hospitals."
    assert statuses(g, text) == [(25, "people", "injured"), (9, "people", "injured"), (364, "people", "injured")]
    # a count of anything else in care names no one hurt
    assert statuses(g, "The ministry runs 12 hospitals with intensive care units in Izmir.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hospitals in Gaza are packed with 300 wounded people, the health ministry said.", [(300, "people", "injured")]),
        ("The camp is crowded with 5,000 displaced people in Idlib.", [(5000, "displaced", "displaced")]),
        # a part named after the verb is no verb of its own
        # (its comma never written: "In Idlib 30 people" is a place and a count, not a name holding digits)
        ("In Idlib 30 people were killed and 12 were children.", [(30, "people", "killed"), (12, "people", "killed")]),
        # the same count said twice in one sentence is one figure
        ("The floods killed 12 people in Sindh; all 12 dead were from one village.", [(12, "people", "killed")]),
    ],
)
def test_count_rules_that_must_not_fire(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The attack killed 14 people, 13 civilians and one soldier, in Thailand.",
         [(14, "people", "killed"), (13, "civilians", "killed"), (1, "soldiers", "killed")]),
        ("The ministry reported fourteen fatalities — thirteen civilians and one soldier — in Thailand.",
         [(14, "people", "killed"), (13, "civilians", "killed"), (1, "soldiers", "killed")]),
        # a count with a verb of its own after the comma keeps its own status
        ("The floods killed 14 people, 20 children were injured in Kabul.", [(14, "people", "killed"), (20, "children", "injured")]),
    ],
)
def test_the_parts_listed_after_a_count_share_its_status(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a condition said of people counted for nothing else is their injury
        ("A further three migrants lost their lives, while the 16 survivors, four of whom were in a serious condition, "
         "were brought to Malta.", [(3, "people", "killed"), (4, "people", "injured")]),
        # "including 10 seriously": a part of the injured, by how badly
        ("Police said 25 people were wounded in Prague, including 10 seriously.", [(25, "people", "injured"), (10, "people", "injured")]),
        # the parts of a toll listed before "were among those killed"
        ("Four teachers and two firefighters were among those killed in the fire in Doha.",
         [(4, "people", "killed"), (2, "personnel", "killed")]),
        # a hospital that treated people counts the injured; treatment for malnutrition is no injury
        ("A hospital in Salzburg said it had treated 18 survivors.", [(18, "people", "injured")]),
        ("MSF treated 500 children for severe acute malnutrition in Maradi.", []),
        # the bodies of people recovered are the dead, whatever verb follows
        ("The bodies of six people were recovered in Port Louis.", [(6, "people", "killed")]),
        ("The body of one person has been recovered in Libreville.", [(1, "people", "killed")]),
        ("There has been one confirmed death and some injuries in Niue.", [(1, "people", "killed")]),
        # a night in a shelter is displacement; beneficiaries and targets are people in need
        ("More than 900 residents spent the night in emergency shelters in Tai Po.", [(900, "people", "displaced")]),
        ("The DREF will deliver immediate assistance to some 3,000 beneficiaries in the Seychelles.", [(3000, "people", "in_need")]),
        ("600 families will be targeted with health education in the Seychelles.", [(600, "families", "in_need")]),
    ],
)
def test_statuses_real_reports_give(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # escaping flames is surviving, not fleeing
        "Eight people are reported to have survived by crawling out of a window to escape the flames in Kaprun.",
        # people targeted by an attack are not people in need
        "In Kabul 20 people were targeted by gunmen.",
        # a whole in brackets after its part restates it
        "Of them, 208 displaced families (out of the 246) are sheltered in temporary accommodation centres.",
    ],
)
def test_status_rules_that_must_not_fire(g, text):
    assert [s for s in statuses(g, text) if s[0] in (8, 20, 246)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # people still buried are trapped; the buried dead of a funeral are not
        ("About 30 people remain buried under the rubble in Sudavik.", [(30, "people", "trapped")]),
        ("The 20 victims were buried on Sunday in Sudavik.", [(20, "people", "killed")]),
        # a part that says its own status stands when the whole was no figure
        ("Eleven people, seven of them injured, were rescued in Sudavik.", [(7, "people", "injured")]),
        # "confirmed among the deceased": a part of the dead
        ("At least 55 people died in the fire in Tai Po. Two Indonesian domestic workers were confirmed among the deceased.",
         [(55, "people", "killed"), (2, "people", "killed")]),
        # "the remaining 13 missing persons": the participle says what they are
        ("Efforts to locate the remaining 13 missing persons continued in Muharraq.", [(13, "people", "missing")]),
        # fires under control are no people under an armed group's control
        ("Five fires were burning in Tai Po, while three more are under control.", []),
    ],
)
def test_more_statuses_real_reports_give(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # disease is no injury
        "The clinic in Yemen is treating 300 patients with cholera.",
        # people an offensive targets are not people in need
        "Some 300 civilians in Sudan will be targeted by the new offensive, the UN warned.",
        # a number a label holds is no count
        "In Zone 3 people were evacuated after floods in Kenya.",
    ],
)
def test_second_read_statuses_must_not_fire(g, text):
    assert statuses(g, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a threat, a sentence, a penalty of death is no one dead
        ("About 200 journalists have received death threats since January.", []),
        ("Twelve men face the death penalty.", []),
        ("The floods caused the death of 12 people.", [(12, "people", "killed")]),
        # a part of a count with a fate of its own that the vocabulary has no word for is no figure
        ("Four people went missing near the harbour, and two of them were later rescued.", [(4, "people", "missing")]),
        # (a part named by what it is, its age or its state is still the count's part)
        ("The attack killed 28 people. Nine of them were children.", [(28, "people", "killed"), (9, "children", "killed")]),
        ("The gunman killed 12 people, two of whom were aged 10 and 13.", [(12, "people", "killed"), (2, "people", "killed")]),
    ],
)
def test_deaths_that_are_not_and_parts_with_their_own_fate(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a population is who lives somewhere, not who remains
        ("Nearly 2,000 people live in the neighborhood where the blast took place.", []),
        ("The storm made the 9,000 people on the islands who are living in flimsy housing vulnerable.", []),
        # (who still live there, or live where they are cut off, are counted)
        ("More than 200,000 people are still living in rebel-held districts.", [(200000, "people", "remaining")]),
        ("About 5,000 people living in the besieged town are short of food.", [(5000, "people", "trapped")]),
        # lives claimed are the dead, wherever the sentence places them
        ("Officials said the earthquake had claimed 105 lives in Gansu.", [(105, "people", "killed")]),
        ("The war has cost more than 400,000 lives in Syria.", [(400000, "people", "killed")]),
    ],
)
def test_who_lives_somewhere_and_lives_claimed(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # displaced families are families, displaced even as a part of the affected
        ("The floods affected 800 families, including 300 displaced families.",
         [(800, "families", "affected"), (300, "families", "displaced")]),
        ("There are 300 displaced families in the camp.", [(300, "families", "displaced")]),
        # (the verb of the sentence still says what happened to them)
        ("The rains have also affected 1,385 displaced families.", [(1385, "families", "affected")]),
    ],
)
def test_displaced_families_are_families(g, text, expected):
    assert statuses(g, text) == expected


def test_a_dash_typed_as_two_hyphens_ends_the_noun_phrase(g):
    # "16 Icelanders--Half Children--": the 16 are Icelanders (people), not children
    text = "The avalanche killed 16 Icelanders--half of them children--in Sudavik."
    assert statuses(g, text) == [(16, "people", "killed")]
    # (a nationality's people by its noun: "Icelanders", "Britons")
    assert statuses(g, "The blast killed 3 Britons.") == [(3, "people", "killed")]



@pytest.mark.parametrize("text, expected", [
    # a part of the dead described, or killed in a worse way, is still a part of the dead
    ("The boat capsized, killing 40 migrants, 12 of whom were unaccompanied children.",
     [(40, "people", "killed"), (12, "people", "killed")]),
    # pay, bonuses and a sentence are no aid and no death
    ("The 12 employees received bonuses and cash in Nairobi.", []),
    ("Twelve men were sentenced to death in Cairo.", []),
    # a population under siege remains
    ("The UN said 400,000 people live in the area, which has been under siege since 2013.", [(400000, "people", "remaining")]),
])
def test_second_read_of_stop_26_statuses(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Five people were swept away by floodwaters in Kasese, police said.", [(5, "people", "missing")]),
        ("Two police officers and two civilians were swept into white-capped waters off Bermuda.",
         [(2, "personnel", "missing"), (2, "civilians", "missing")]),
        ("Twelve gendarmes were injured during the night in Martinique.", [(12, "personnel", "injured")]),
        ("At least four islanders were feared dead in Bermuda.", [(4, "people", "killed")]),
        ("A police source reports 14 police officers slightly injured and six arrests in Martinique.",
         [(14, "personnel", "injured"), (6, "people", "detained")]),
        ("More than 650 tourists were given refuge in secure hotels in Tahiti.", [(650, "people", "displaced")]),
        ("Shelters in Barbados were activated, housing over 400 persons during the storm.", [(400, "people", "displaced")]),
        ("More than two dozen survivors were being cared for at a local hospital on Christmas Island.", [(24, "people", "injured")]),
        ("Uganda hosts 1.5 million refugees, UNHCR said.", [(1_500_000, "refugees", "present")]),
        ("There are an estimated 17,000 Venezuelans in Aruba.", [(17_000, "refugees", "present")]),
        ("As of 7 July 2021, the total number of new arrivals in Lithuania is 1,416.", [(1416, "people", "fled")]),
        ("More than 180,000 people were left without electricity on Reunion.", [(180_000, "people", "affected")]),
        # a table row: the status word before the number is its label, not a name holding digits ("Camp 5")
        ("Floods in Bihar\n\nPopulation Evacuated 116129", [(116_129, "people", "displaced")]),
    ],
)
def test_phrasings_of_the_world(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a hypothetical fate is none: they were evacuated
        "Around 3,500 people in Tahiti who risked being swept away by waves were evacuated, officials said.",
    ],
)
def test_a_fate_risked_is_not_the_status(g, text):
    assert statuses(g, text) == [(3500, "people", "displaced")]


@pytest.mark.parametrize(
    "text",
    [
        "A plan has been prepared to accommodate an additional 120,000 new arrivals before June in Uganda.",  # a plan
        "There are 81,000 Cubans mobilized to protect the population.",  # a people at home is no refugee count
        "The power company reported that 120,000 customers were still without power in Buenos Aires.",  # accounts, not people
        "The storm left 300 villagers without their usual bus service in Nepal.",  # no hardship of the vocabulary
    ],
)
def test_no_figure(g, text):
    assert statuses(g, text) == []


def test_a_key_value_line_reads_each_number_by_its_own_key(g):
    # a DREF's flattened header: each value's key, whatever words follow it; places counted are no people
    text = (
        "Lithuania: Population Movement DREF Operation\n\n"
        "Total number of people affected: 4,000 Number of people to be assisted: 4,000 Provinces affected: 10 "
        "Provinces/Regions targeted: 10"
    )
    assert statuses(g, text) == [(4000, "people", "affected"), (4000, "people", "in_need")]


def test_a_list_of_counts_shares_the_verb_after_it(g):
    text = "Twelve men, nine women and seven children were among the dead, the Customs and Border Protection Service said."
    assert statuses(g, text) == [(12, "people", "killed"), (9, "women", "killed"), (7, "children", "killed")]
    # (a part "of whom" is no item of the list: the 16 survivors are not hurt because four of them are)
    text = "Three migrants lost their lives, while the 16 survivors, four of whom were in a serious condition, were brought to Malta."
    assert statuses(g, text) == [(3, "people", "killed"), (4, "people", "injured")]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("A Syrian army unit killed 23 Daesh members in Deir Ezzor.", "fighters"),
        ("The army killed 20 members of the so-called Free Syrian Army (FSA) in Qalamoun.", "fighters"),
        # members of anything else are people
        ("Four members of the band died in the fire in Kocani.", "people"),
        ("The village was home to 37 households and 158 members were affected by the landslide.", "people"),
    ],
)
def test_members_are_fighters_only_of_an_armed_group(g, text, subject):
    assert [s for _, s, _ in statuses(g, text)][-1] == subject


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The hospital had treated 18 survivors, three of whom had already been discharged, in Kaprun.", [(18, "people", "injured")]),
        ("Four people went missing in Kaprun, and two of them have since been found.", [(4, "people", "missing")]),
    ],
)
def test_a_part_with_a_fate_of_its_own_after_an_adverb_leaves_the_count(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a second read of the change found these read wrongly: none is a figure
        "Hospitals reported 40 cardiac arrests during the heatwave in Karachi.",
        "The floods swept away the crops of 5,000 farmers in Malawi.",
        "An apartment block housing 60 families caught fire in Nairobi.",
        "There were 50 Britons among the 200 passengers on the flight that crashed in Egypt.",
    ],
)
def test_words_of_the_new_statuses_need_their_context(g, text):
    assert not any(s in ("detained", "missing", "displaced", "present") for _, _, s in statuses(g, text))


def test_labels_of_people_in_places_are_still_read(g):
    text = "Situation report\n\nCholera deaths: 40\nIDPs in host communities: 25,000\nProvinces affected: 10"
    assert statuses(g, text) == [(40, "people", "killed"), (25_000, "displaced", "displaced")]


def test_a_count_after_a_verb_starts_no_list(g):
    text = "The village has 200 residents, and 30 people died in the landslide in Nepal."
    assert statuses(g, text) == [(30, "people", "killed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A cash programme helped 1776 people in Anguilla.", [(1776, "people", "in_need")]),
        ("The Red Cross provided safe shelter for 347 people in 5 shelters in St Croix.", [(347, "people", "displaced")]),
        ("Three people suffered from smoke inhalation in Monaco.", [(3, "people", "injured")]),
        ("Only two persons were very slightly bruised on Futuna.", [(2, "people", "injured")]),
        ("Two bodies were found on Sunday and six on Monday in Karpas, police said.", [(2, "people", "killed"), (6, "people", "killed")]),
        # who a boat was carrying is not its toll; survivors found with the dead are alive
        ("At least three people died after a boat capsized off Kourou carrying about 20 migrants.", [(3, "people", "killed")]),
        ("Rescue operations led to the discovery of three bodies and four survivors in Kourou.", [(3, "people", "killed")]),
        # (the injured an ambulance carries are hurt)
        ("The ambulance was carrying 5 injured people in Homs.", [(5, "people", "injured")]),
        # (a day after a count with a verb of its own is no ellipsis)
        ("Four people died on Sunday in Homs and 12 were hurt on Monday.", [(4, "people", "killed"), (12, "people", "injured")]),
    ],
)
def test_phrasings_of_the_sixteenth_set(g, text, expected):
    assert statuses(g, text) == expected


def test_harm_denied_is_no_status_of_the_count(g):
    # "without injuries": the 300 aboard were not hurt (no figure), while "without shelter" is the status itself
    assert statuses(g, "A ferry with nearly 300 people aboard ran aground in the Aland Islands without injuries Sunday.") == []
    assert statuses(g, "A ferry with 300 people aboard ran aground with no injuries reported.") == []
    assert statuses(g, "No fewer than 30 people were killed in the blast.") == [(30, "people", "killed")]


def test_a_status_word_that_labels_the_next_count_is_not_this_ones(g):
    # ("confirmed cases" are no status of the vocabulary: the 67 is no figure, the 5 is the dead)
    assert statuses(g, "On 12 March, confirmed cases count increased to 67 and the death count to 5.") == [(5, "people", "killed")]
    assert statuses(g, "300 people were injured and the death toll stands at 20.") == [(300, "people", "injured"), (20, "people", "killed")]


def test_beneficiaries_of_aid_are_in_need(g):
    text = "1074 households have benefitted from the programme and 3531 individuals benefited from the financial assistance."
    assert statuses(g, text) == [(1074, "families", "in_need"), (3531, "people", "in_need")]
    text = "A total number of 47 people from 11 families received hygiene products, pillows, blankets and kitchen items."
    assert statuses(g, text) == [(47, "people", "in_need"), (11, "families", "in_need")]
    # (a hospital receiving the hurt is no aid)
    assert statuses(g, "The hospital received 30 injured people.") == [(30, "people", "injured")]


def test_how_badly_before_the_status(g):
    # "including one seriously injured": the count stands alone, its status after how badly
    text = "A dozen people were reported injured in Bora Bora, including one seriously injured after falling from a roof."
    assert statuses(g, text) == [(12, "people", "injured"), (1, "people", "injured")]
    assert statuses(g, "Five people were killed and two critically wounded.") == [(5, "people", "killed"), (2, "people", "injured")]
    # ("30 badly wounded soldiers": how badly, then who)
    assert statuses(g, "The attack left 30 badly wounded soldiers.") == [(30, "soldiers", "injured")]


def test_a_relative_clause_says_what_befell_the_count(g):
    text = "They must ascertain the fate of the over 2,300 persons who are still reported as missing."
    assert statuses(g, text) == [(2300, "people", "missing")]
    # (a person's age in apposition is no count: "a Danish man, 22, who was detained")
    assert statuses(g, "Police named a Danish man, 22, who was detained near Fields shopping mall.") == []


def test_an_item_of_a_list_ending_in_a_semicolon_is_no_heading(g):
    text = "The Red Cross has:\n- Provided safe shelter for 347 people in 5 shelters last night;\n- served more than 65,000 meals;"
    assert statuses(g, text) == [(347, "people", "displaced")]


def test_a_breakdown_by_sex_in_brackets(g):
    text = "The death breakdown includes 49 adults (20 male, 29 female) and 36 children (16 male, 20 female), reads the statement."
    assert statuses(g, text) == [(49, "people", "killed"), (20, "people", "killed"), (29, "women", "killed"),
                                 (36, "children", "killed"), (16, "children", "killed"), (20, "children", "killed")]
    # (a sex before what they are is no breakdown: "20 female soldiers" are soldiers)
    assert statuses(g, "The army sent 20 female soldiers.") == [(20, "soldiers", "deployed")]


def test_the_members_of_a_team_sent(g):
    assert statuses(g, "The WHO sent a 12-member team to Gaza.") == [(12, "personnel", "deployed")]
    assert statuses(g, "The 12-member family fled.") == []  # (a family's size is no team)


@pytest.mark.parametrize("text, expected", [
    # a count with its own status keeps it, whatever hosts the most before it
    ("Chad hosts the largest number of refugees from Sudan, and in Adre, 12 were killed on Monday.", [(12, "people", "killed")]),
    ("Kenya has the highest number of refugees in East Africa, at 12 killed in attacks this year.", [(12, "people", "killed")]),
    ("Turkey hosts the largest refugee population, at 3.6 million.", [(3600000, "refugees", "present")]),
    # a count for another place with a status of its own
    ("Floods killed 12 people in Kenya. It is followed by Somalia, with 30 injured in Mogadishu.",
     [(12, "people", "killed"), (30, "people", "injured")]),
    # a sex before what they are, and a ship's crew, are no breakdown and no team
    ("The 20-man crew of the cargo ship is missing.", []),
    ("The body confirmed that 27 people were injured (13 male and 14 female).",
     [(27, "people", "injured"), (13, "people", "injured"), (14, "women", "injured")]),
    # "another" count is of the same people only with the same fate, in the next sentence
    ("UNHCR registered 4,000 refugees in Chad. Another 300 were killed in fighting in Darfur.",
     [(4000, "refugees", "displaced"), (300, "people", "killed")]),
])
def test_second_read_of_stop_28_statuses(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, subject, status",
    [
        # a return denied is people still displaced
        ('"Hundreds of families still haven\'t been able to return to their homes," said the head of the office.', "families", "displaced"),
        ("Hundreds of people have been forced to seek shelter in neighbouring communities.", "people", "displaced"),
        ("Thousands more have found refuge with host families.", "people", "displaced"),
        # those aid is distributed to are in need of it
        ("On Wednesday the ICRC distributed 284 relief kits in two distributions to 223 families from the Homaria clan.", "families", "in_need"),
    ],
)
def test_statuses_as_reports_word_them(g, text, subject, status):
    figs = [f for f in extract_figures(text, gazetteer=g) if f["subject"] != "houses"]
    assert [(f["subject"], f["status"]) for f in figs] == [(subject, status)]


def test_people_who_returned_are_still_returned(g):
    # must not fire: a return that happened
    f = extract_figures("Hundreds of families have returned to their homes.", gazetteer=g)[0]
    assert f["status"] == "returned"
    # nor kits distributed to a place, counting no one, nor people told to seek shelter
    assert extract_figures("The ICRC distributed 284 relief kits to Tari.", gazetteer=g) == []
    assert extract_figures("Officials urged 300,000 residents to seek shelter as the cyclone approached Odisha.", gazetteer=g) == []


def test_people_kidnapped_are_detained_and_one_after_said_that_is_a_count(g):
    text = ("A community leader in Udawa, Muhammed Umaru, disclosed that one person was killed and 18 kidnapped when "
            "bandits attacked the village.")
    found = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["status"]) for f in found] == [(1, "killed"), (18, "detained")]
    # must not fire: "that one" as a pronoun is still no count
    found = extract_figures("The storm hit three towns; that one was the worst, officials said.", gazetteer=g)
    assert found == []


def test_abducted_before_a_noun_keeps_the_noun_and_people_sent_to_help_are_not_displaced(g):
    found = extract_figures("The army rescued 40 abducted children in Kaduna.", gazetteer=g)
    assert [(f["value"], f["subject"]) for f in found] == [(40, "children")]
    found = extract_figures("The Red Cross sent 200 people into the camps to distribute food and water.", gazetteer=g)
    assert [f for f in found if f["status"] == "displaced"] == []


def _facts(g, text: str, title: str = "Floods") -> list[tuple]:
    return [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g, title=title)]


def test_the_deceased_and_a_list_after_among_the_dead(g):
    found = _facts(g, "The sheriff said that as of 8 a.m. Wednesday morning, there are 95 deceased. Among the deceased are 59 "
                      "adults, 14 who are unidentified, 36 children and 13 unidentified children.")
    assert found == [(95, "people", "killed"), (59, "people", "killed"), (14, "people", "killed"),
                     (36, "children", "killed"), (13, "children", "killed")]
    assert _facts(g, "At least 183 deaths have been confirmed. Amongst the dead are 30 pregnant and lactating women.") == [
        (183, "people", "killed"), (30, "women", "killed")]


def test_a_count_with_a_verb_of_its_own_stays_out_of_the_list(g):
    # (must not fire: the 300 did something else; nor may a list lend its status to houses)
    assert _facts(g, "Five people died in Jos, and 300 others from Bauchi attended the funeral.") == [(5, "people", "killed")]
    assert (20, "houses", "killed") not in _facts(g, "Four people died, 20 houses and two bridges.")


def test_untraceable_under_treatment_and_human_lives(g):
    assert _facts(g, "So far, 27 bodies have been recovered while 57 are untraceable, officials said.") == [
        (27, "people", "killed"), (57, "people", "missing")]
    assert _facts(g, "The province reported 16 under treatment, while 92 are under treatment at various hospitals.") == [
        (16, "people", "injured"), (92, "people", "injured")]
    assert _facts(g, "The floods claimed 51 human lives and left 17 people injured.") == [
        (51, "people", "killed"), (17, "people", "injured")]


def test_another_count_in_a_list_by_place_keeps_the_first_ones_status(g):
    found = _facts(g, "About 12,800 people from Blue Nile have reportedly sought refuge in Sennar State, another 4,500 people "
                      "in White Nile and about 1,220 people are in Aj Jazira State.", "Fighting in Blue Nile")
    assert found[:2] == [(12800, "people", "displaced"), (4500, "people", "displaced")]
    # (must not fire: "another" after a full stop is a sentence of its own, with its own verb)
    assert _facts(g, "Five people were killed in Kano. Another 300 were injured.") == [(5, "people", "killed"), (300, "people", "injured")]


@pytest.mark.parametrize("text", [
    "The blast killed 10 people in Kabul, and 400 students, who were in class at the time, survived unhurt.",
    "The floods killed 10 people in Sindh, and 40,000 people, many of them farmers, lost their crops.",
])
def test_a_count_followed_by_its_own_clause_is_no_list_item(g, text):
    assert [(v, st) for v, _, st in _facts(g, text)] == [(10, "killed")]


def test_adjectives_joined_by_and_are_not_a_noun_and_a_verb(g):
    # (must not fire: "goats and displaced people" is a noun, then another clause's verb)
    assert [v for v, *_ in _facts(g, "The floods killed 30 goats and displaced people in Mombasa.")] == []


def test_under_treatment_for_an_illness_is_no_injury(g):
    assert ("injured" not in {st for _, _, st in _facts(g, "In Turkana, 500 children are under treatment for severe acute malnutrition.")})


def test_the_number_of_victims_risen_to_is_a_toll(g):
    assert _facts(g, "In Chiapas, the number of victims has risen to 15 across four municipalities.", "Quake") == [(15, "people", "killed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("184,000 people are affected by these two crises, including 111,000 internally displaced persons and 31,000 "
         "recent returnees.", [(184_000, "people", "affected"), (111_000, "displaced", "displaced"), (31_000, "people", "returned")]),
        ("17 implementing partners have been able to reach 146,000 people (79%) with assistance, leaving a gap of 38,000 "
         "people unreached.", [(146_000, "people", "in_need"), (38_000, "people", "in_need")]),
        ("19,839 persons were given food rations and cooked food.", [(19_839, "people", "in_need")]),
        ("NEMA provided food items to over 850 households (HHs) to those displaced in Yola North.", [(850, "families", "in_need")]),
        ("On October 6, 2023, the agency assisted in the decampment of 2,106 families in Malilipot.", [(2_106, "families", "returned")]),
        # must not fire: what people were given that is no aid, a reach that is no assistance
        ("19,839 persons were given certificates.", []),
        ("The waters reached 3,000 homes.", []),
    ],
)
def test_aid_reached_given_or_provided_and_people_who_returned(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a whole given again only where no count before gave it states its own figure
        ("Two trains collided near Balasore, killing 12 people. Of the 300 injured, 20 are in critical condition, officials said.",
         [(12, "people", "killed"), (300, "people", "injured")]),
        ("The number of dead in Herat province is expected to reach 500 with many bodies still under rubble.",
         [(500, "people", "killed")]),
        ("Four returnees were killed when their vehicle struck a landmine in Helmand.", [(4, "people", "killed")]),
        ("Armed bandits stormed Kware village and decamped with 40 residents.", []),
    ],
)
def test_rules_of_this_round_keep_the_status_a_sentence_gives(g, text, expected):
    assert statuses(g, text)[: len(expected)] == expected


def test_one_death_among_the_displaced_is_a_death(g):
    text = "In Chikwawa, 1,112 households have been displaced with one death and three injuries recorded."
    got = [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert got == [(1_112, "displaced"), (1, "killed"), (3, "injured")]


def test_a_relative_clause_that_reports_nothing_does_not_cut_the_figure_off_its_verb(g):
    text = "A blast hit Telangana. At least 20 more employees who had reported for duty remain unaccounted for."
    assert statuses(g, text) == [(20, "people", "missing")]


def test_a_speaker_after_the_figure_still_reports_it(g):
    text = "Floods hit Kenya. 20 people died in Garissa, officials who reported the toll said."
    assert [(f["value"], f["status"], f["agency"]) for f in extract_figures(text, gazetteer=g)] == [(20, "killed", "officials")]


@pytest.mark.parametrize("text, expected", [
    ("A mudslide hit Atami. The death toll rose by three to seven.", [(7, "people", "killed")]),
    ("A mudslide hit Atami. The number of missing fell from 64 to 27.", [(64, "people", "missing"), (27, "people", "missing")]),
    ("Floods hit Bihar. The number of displaced increased by 5,000 to 20,000 people.", [(20000, "people", "displaced")]),
    # an increase alone is the new count; a range after "by" with no change before it stays a range
    ("Floods hit Bihar. The death toll rose by 11 on Wednesday.", [(11, "people", "killed")]),
])
def test_a_change_by_some_to_a_count_is_the_count(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Floods hit Nigeria. It was up from the previous death toll of 163.", [(163, "people", "killed")]),
    ("The quake left a death toll of at least 40 in the province.", [(40, "people", "killed")]),
    ("Clashes hit the town. The casualty toll of 25 was given by police.", [(25, "people", "casualties")]),
])
def test_a_toll_of_a_number_is_the_toll(g, text, expected):
    assert statuses(g, text) == expected


def test_a_range_after_by_that_is_no_change_stays_a_range(g):
    text = "Floods hit Kenya. Between 10 and 20 people were killed by 100 to 150 gunmen."
    assert [(f["value"], f["low"], f["high"]) for f in extract_figures(text, gazetteer=g)][0] == (10, 10, 20)


def test_a_relative_clause_with_a_subject_of_its_own_still_reports(g):
    assert statuses(g, "Floods hit Kenya. 15 people that officials reported missing on Monday were found alive.") == []


def test_a_tally_named_before_the_count_outweighs_a_relative_clause_after_it(g):
    text = ("Fighting hit Libya. IOM identified 1,640 displaced families, bringing the total number of internally displaced "
            "persons to at least 18,100 families (approximately 90,500 individuals) who have been forced to leave their homes.")
    assert [(v, s) for v, _, s in statuses(g, text)] == [(1640, "displaced"), (18100, "displaced"), (90500, "displaced")]


def test_a_bulleted_list_of_counts_is_no_heading(g):
    text = ("Floods hit Manado.\n\nFatalities :\n\n• 2 people dead (data collection)\n\n• 1 person seriously injured\n\n"
            "• 2,021 people evacuated\n\nMaterial loss:\n\n• 10 housing units heavily damaged")
    assert statuses(g, text)[:3] == [(2, "people", "killed"), (1, "people", "injured"), (2021, "people", "displaced")]


def test_a_total_number_that_was_a_count_and_its_households_in_brackets(g):
    text = "Floods hit Ethiopia. The total number of IDPs was 6,842 individuals (1,186 households) during this period."
    assert statuses(g, text) == [(6842, "people", "displaced"), (1186, "families", "displaced")]


@pytest.mark.parametrize("text, expected", [
    ("A tornado hit Tuscaloosa. He anticipates two more cadaver teams to arrive in the coming days.", []),
    ("A tornado hit Tuscaloosa. 100 were killed and 500 more injured.", [(100, "people", "killed"), (500, "people", "injured")]),
    ("A tornado hit Tuscaloosa. Five people died and two more are missing.", [(5, "people", "killed"), (2, "people", "missing")]),
])
def test_more_of_the_same_people_but_not_more_of_something_else(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the second read's cases of this stop's later rules
    ("Floods hit Somalia. The number of displaced people in Baidoa rose to 200,000, OCHA said.", [(200000, "people", "displaced")]),
    ("Floods hit Bihar. The number of displaced increased by about 5,000 to 20,000 people.", [(20000, "people", "displaced")]),
    ("Floods hit Kenya. The death toll went up by 3 to 21 in Garissa.", [(21, "people", "killed")]),
    ("Floods hit Kenya. The death toll rose by another five to 40.", [(40, "people", "killed")]),
    ("Floods hit Kenya. Five people died in Garissa and two more later died in hospital.", [(5, "people", "killed"), (2, "people", "killed")]),
    ("Floods hit Manado.\n\n- 2 people dead\n\n- 1 person seriously injured\n\n- 2,021 people evacuated",
     [(2, "people", "killed"), (1, "people", "injured"), (2021, "people", "displaced")]),
])
def test_second_read_of_the_change_and_list_rules(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a running toll set off by spaced hyphens
        ("Officials recovered two additional bodies - bringing the official death toll to 16 - and located eight more bodies.",
         [(2, "people", "killed"), (16, "people", "killed"), (8, "people", "killed")]),
        # a place, then a count with its verb, the comma never written
        ("In Chittagong 30 were dead and nine injured, officials said.", [(30, "people", "killed"), (9, "people", "injured")]),
        ("43 reports of missing persons had been received, police said.", [(43, "people", "missing")]),
        ("The fate of 33 people is being investigated, police said.", [(33, "people", "missing")]),
        ("They moved around 700 people to 10 shelter centres.", [(700, "people", "displaced")]),
        ("In Bandarban, 1,400 people were shifted to 14 shelter centres.", [(1400, "people", "displaced")]),
        # a revised toll: both counts are the toll, at two times
        ("The minister revised the death toll from 103 to 95.", [(103, "people", "killed"), (95, "people", "killed")]),
        ("The minister on Thursday revised from 95 to 84 the death toll from two explosions.",
         [(95, "people", "killed"), (84, "people", "killed")]),
        # the parts of the group a sentence opens with, named after "are"
        ("Among the 151 dead, 97 are female and 54 are male.",
         [(151, "people", "killed"), (97, "women", "killed"), (54, "people", "killed")]),
        # those still to be rescued are trapped, those still to be found missing
        ("Authorities are trying to rescue 42 more, who are possibly miners.", [(42, "people", "trapped")]),
        ("Rescue operations are on to find 20 more workers.", [(20, "people", "missing")]),
        ("They hope to find 20 more bodies.", [(20, "people", "killed")]),
        # parts named before the verb, with no comma, and "lost their lives"
        ("Five locals including three women and two men lost their lives to landslide.",
         [(5, "people", "killed"), (3, "women", "killed"), (2, "people", "killed")]),
        # missing people whose death is only feared are missing
        ("Three missing people feared dead in Colorado wildfire", [(3, "people", "missing")]),
        ("Five missing people were found dead.", [(5, "people", "killed")]),
        ("At least four islanders were feared dead.", [(4, "people", "killed")]),
        # a report's shelter phrases, and the number again in digits
        ("A total of 47 families sought temporary shelter inside seven (7) evacuation centers.", [(47, "families", "displaced")]),
        ("A total of 5 families or 16 persons have temporarily stayed with their relatives and/or friends.",
         [(5, "families", "displaced"), (16, "people", "displaced")]),
        ("Seven (7) people were killed in the flood.", [(7, "people", "killed")]),
        # sites in brackets hosting people: the people, not the sites
        ("A total of 30 accommodation centres have been activated, 12 in Buzi (hosting 4,464 individuals) and 8 in Nhamatanda "
         "(hosting 5,060 individuals).", [(4464, "people", "displaced"), (5060, "people", "displaced")]),
    ],
)
def test_status_phrases_of_real_reporting(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police received 12 reports of looting.",  # reports of something else count no one
        "They moved 12 ambulances to the camps.",  # nor vehicles moved to camps
        "The fate of the 30 houses is unknown.",
        "The road to Zone 3 was closed.",
        "Rescuers managed to rescue 42 people.",  # rescued are safe
        "The city is hosting 20 journalists.",
        # (a second read's cases: none of these is a count of people with a status)
        "Around 400 residents, including 80 elderly, lost power overnight.",
        "Some 3,000 households, including 500 in Cebu, lost electricity after the storm.",
        "About 200 people, including 50 children, lost relatives in the attack.",
        "Qatar is hosting 2,000 people at the summit.",
        "Survivors of the crash in Carriage 3 were taken to hospital.",
        "Those in Apartment 12 were evacuated.",
        "Five hundred people including 20 children attended the funeral of those who lost their lives.",
    ],
)
def test_no_status_without_people(g, text):
    assert statuses(g, text) == []


def test_a_reports_sentence_that_lost_its_full_stop_is_no_heading(g):
    text = ("I. Status of Affected Families / Persons\n\nA total of 52 families or 194 persons were affected in 8 Barangays "
            "in Aklan Province\n\nII. Status of Displaced Families / Persons\n\nAll of them have returned home.")
    assert statuses(g, text) == [(52, "families", "affected"), (194, "people", "affected")]
    # a subhead, written without the auxiliary, is still one (not the title: none of its counts is the body's)
    assert statuses(g, "Floods displace 3,000 in Kasese\n\nHeavy rains hit the district on Monday, officials said.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Interior CS Kithure Kindiki said that 167 camps have been set up across 22 Counties hosting 70,451 people.",
         [(70451, "people", "displaced")]),
        # a tally revised is a death toll only when it says so; a count's own status stands
        ("The NDRRMC updated its tally to 45 injured and 12 missing.", [(45, "people", "injured"), (12, "people", "missing")]),
        ("Authorities revised the tally from 30 to 45 injured.", [(45, "people", "injured")]),
        ("The floods in Pakistan 2022 killed 1,739 people.", [(1739, "people", "killed")]),  # a year, no count
        # (responders with no word of what they do: deployed, as annotators read them)
        ("Organisers expect to find 500 more volunteers for the relief effort.", [(500, "personnel", "deployed")]),
    ],
)
def test_second_read_cases_keep_their_status(g, text, expected):
    assert statuses(g, text) == expected


def test_people_rescued_are_not_counted_with_the_dead_after_them():
    g = Gazetteer.from_data()
    text = 'The official said 20 persons were rescued "and the 156 people missing are feared dead".'
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(156, "missing")]
    # (the dead after the rescued are still counted)
    assert [(f["value"], f["status"]) for f in extract_figures("Five people were rescued alive but 12 were killed.", gazetteer=g)] == [
        (12, "killed")]


@pytest.mark.parametrize("text", ["Gunmen kidnap 12 in Zamfara", "Gunmen abduct 12 in Zamfara", "Bandits abducting 12 villagers in Zamfara"])
def test_a_kidnapping_verb_in_the_present_counts_the_detained(text):
    g = Gazetteer.from_data()
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(12, "detained")]


@pytest.mark.parametrize("text, status", [
    ("The death toll remains at 12 in Lillooet.", "killed"),
    ("The number of displaced people remains at 3,000.", "displaced"),
    # (people who remain somewhere are still there)
    ("About 300 people remain in the camp.", "remaining"),
])
def test_a_toll_that_remains_at_a_count(text, status):
    g = Gazetteer.from_data()
    assert [f["status"] for f in extract_figures(text, gazetteer=g)] == [status]


@pytest.mark.parametrize("text, found", [
    ("Twelve injured workers were rescued and taken to a hospital, police said.", [(12, "injured")]),
    ("61 missing migrants were never found alive.", [(61, "missing")]),
])
def test_the_injured_and_the_never_found_are_kept_beside_a_rescue(text, found):
    g = Gazetteer.from_data()
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == found


def test_victims_housed_in_relief_centres_are_the_sheltered_not_the_dead(g):
    text = ("Floods in Sarawak.\n\n“Three relief centres housing the highest number of victims were in Kuching, at Dewan "
            "Masyarakat Stapok with 297 victims,” said the report.")
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(297, "displaced")]
    # (victims of an attack or a collapse are its dead, whatever shelter the sentence names)
    text = "Attack in Kano.\n\nThe gunmen killed 12 people. Hospitals received the bodies of 40 victims."
    assert {f["status"] for f in extract_figures(text, gazetteer=g)} == {"killed"}
    text = "Attack in Borno.\n\nGunmen attacked a relief camp for displaced people in Borno, leaving 23 victims."
    assert {f["status"] for f in extract_figures(text, gazetteer=g)} == {"killed"}
    text = "Collapse in Lagos.\n\nThe building, which housed a school, collapsed on Monday, leaving 40 victims."
    assert {f["status"] for f in extract_figures(text, gazetteer=g)} == {"killed"}


def test_victims_in_relief_centres_stay_sheltered_where_no_attack_is_told(g):
    # ("stable" is no stabbing; a toll told before is not what befell the sheltered)
    text = "Floods in Sarawak.\n\nRelief centres in Kuching were housing 297 victims on Monday, and their condition was stable."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(297, "displaced")]
    text = ("Floods in Sarawak.\n\nThe floods, which killed three people, forced residents into relief centres, with 297 "
            "victims at Dewan Masyarakat Stapok.")
    assert (297, "displaced") in [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # cases of a disease are people affected, as real reports' annotators record them; the deaths among them apart
        ("A total of 53 suspected yellow fever cases, including six deaths, have been reported from Kenya, the WHO said.",
         [(53, "people", "affected"), (6, "people", "killed")]),
        ("In Peru more than 600 cases of pneumonia have been registered.", [(600, "people", "affected")]),
        # in a report on an outbreak, a count of cases with no disease named beside it
        ("The cholera outbreak in Zambia has recorded a cumulative 8,276 cases.", [(8276, "people", "affected")]),
        # disease is no injury: the 15 in critical condition are among the cases
        ("Of the 200 cholera cases in Yemen, 15 are in critical condition.", [(200, "people", "affected")]),
        ("The health ministry revised its tally from 300 to 450 cholera cases in Yemen.", [(450, "people", "affected")]),
        # fatal cases are deaths
        ("Yemen reported 12 fatal cholera cases in Sanaa.", [(12, "people", "killed")]),
    ],
)
def test_cases_of_a_disease_are_people_affected(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # must not fire: cases of something else, cases with no outbreak in the text, a kind of case no disease names
        "MSF treated 89 cases of sexual violence in Panama in 2022.",
        "Police in Kabul handled 12 cases of theft.",
        "The court in Kabul heard 40 cases last week.",
        "The clinic in Yemen registered 9 SGBV cases during the cholera outbreak.",
        # an outbreak of violence, a police report in a text that names a disease elsewhere, a share
        "After the outbreak of violence in Imphal, police registered 40 new cases against rioters.",
        "Relief camps in Assam follow Covid-19 rules. Police in Dhubri have registered 12 cases.",
        "In 9 out of 10 cases in Malawi, cholera patients recover.",
    ],
)
def test_cases_of_anything_else_are_no_people(g, text):
    assert statuses(g, text) == []


@pytest.mark.parametrize("text, expected", [
    # the rescued are alive, whatever status the sentence counted before them
    ("The Army said it has recovered around 89 bodies in Kerala so far and rescued nearly 1,000 people.", [(89, "people", "killed")]),
    ("Rescuers found 3 bodies in Kerala and saved 40 villagers.", [(3, "people", "killed")]),
    # must not fire: the injured among the rescued are injured, and the trapped or missing by their own word
    ("Rescuers in Kerala rescued 12 injured people.", [(12, "people", "injured")]),
    ("Troops rescued about 100 trapped civilians in Marawi.", [(100, "civilians", "trapped")]),
    ("Firefighters rescued 30 people trapped in the building in Dhaka.", [(30, "people", "trapped")]),
])
def test_the_rescued_take_no_status_from_the_dead_before_them(g, text, expected):
    assert statuses(g, text) == expected


def test_parts_between_a_count_and_went_missing(g):
    # ("went missing", "became homeless" after the parts, as "were killed" is)
    rows = [(f["value"], f["subject"], f["status"]) for f in extract_figures(
        "Another 6 people, including one child, went missing in Ternopil.", gazetteer=g)]
    assert rows == [(6, "people", "missing"), (1, "children", "missing")]


def test_pupils_are_children(g):
    rows = [(f["value"], f["subject"], f["status"]) for f in extract_figures(
        "At least 39 pupils were injured in a stampede at Kakamega Primary school.", gazetteer=g)]
    assert rows == [(39, "children", "injured")]


def test_went_on_to_kill_is_no_status_of_the_killers(g):
    # (must not fire: "went" takes a status only as "went missing", "became homeless")
    rows = [(f["value"], f["status"]) for f in extract_figures(
        "Three gunmen, including a teenager, went on to kill worshippers at the mosque in Kano.", gazetteer=g)]
    assert (3, "killed") not in rows


@pytest.mark.parametrize("text", [
    # must not fire: the people required to deliver aid are not in need of it
    "Some 500 people are required to deliver aid in Sindh.",
    "About 1,000 workers are required to provide assistance in the camps, UNHCR said.",
])
def test_those_required_to_give_aid_are_not_in_need(g, text):
    assert [f for f in extract_figures(text, gazetteer=g) if f["status"] == "in_need"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part described by an adjective in -ed is no verb between the count and its own
        ("Six people, including a suspected gunman, have died in a shooting in Plymouth.", [(6, "people", "killed")]),
        # (a part's own verb still is: "500 people including 20 children attended the funeral of those killed")
        ("500 people including 20 children attended the funeral of those killed.", []),
        # the next item of a list may come with its article
        ("Police said two females and the three males died at the scene.", [(2, "women", "killed"), (3, "people", "killed")]),
        # one boy, one baby: singular counts of children (and one who was not hurt is no count: a negated status)
        ("One boy died in hospital and one baby was injured.", [(1, "children", "killed"), (1, "children", "injured")]),
        ("One man died in hospital.", [(1, "people", "killed")]),
        ("One person, who was not injured, said 12 people died.", [(12, "people", "killed")]),
        # (nor people who speak: "Two residents said ...")
        ("Two residents said 12 people were killed in the raid.", [(12, "people", "killed")]),
        ("The attack killed 12 people, said police.", [(12, "people", "killed")]),
        ("This is in addition to the two bodies that were removed from the same area, he said.", [(2, "people", "killed")]),
        ("Some 300 people who fled told UNHCR they had been attacked.", [(300, "people", "fled")]),
        # (but a breakdown by sex stays the breakdown: "20 male, 29 female")
        ("The dead were 49 adults (20 male, 29 female).", [(49, "people", "killed"), (20, "people", "killed"), (29, "women", "killed")]),
    ],
)
def test_parts_and_single_people_keep_their_verb(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About 900 people are using emergency shelters in Sheffield.", [(900, "people", "displaced")]),
        ("At least 15,000 in temporary shelters after the quake, officials said.", [(15000, "people", "displaced")]),
        # cut off by the water: trapped
        ("A further 584 families continue to be isolated in Harghita.", [(584, "families", "trapped")]),
        ("Around 2000 persons have been isolated by flood water.", [(2000, "people", "trapped")]),
        # (an isolated case is no one cut off; nor patients isolated in a hospital, nor care given in tents)
        ("The 3 isolated cases were found.", []),
        ("Five suspected Ebola patients were isolated at a hospital in Kasese, the health ministry said.", []),
        ("Doctors treated 40 patients in makeshift tents at the camp in Cox's Bazar, MSF said.", []),
    ],
)
def test_shelters_and_isolation_as_reports_word_them(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # students of a school are children; of a college, adults
        ("Militants stormed an army-run school in Peshawar, killing more than 100 people, including 84 students.",
         [(100, "people", "killed"), (84, "children", "killed")]),
        ("A gunman opened fire at a college in Roseburg, killing 9 students.", [(9, "people", "killed")]),
    ],
)
def test_students_of_a_school_are_children(g, text, expected):
    assert statuses(g, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the victims of a count that a speaker's verb follows are counts still: objects of a verb, not speakers
        ("A bus crash in Nakuru county killed 25 people who were travelling to a wedding, the police said.", [(25, "people", "killed")]),
        ("Syrian government forces killed 1102 people said the Observatory.", [(1102, "people", "killed")]),
        ("The bodies of 30 men said to be migrants from Eritrea were found on a beach near Zuwara.", [(30, "people", "killed")]),
        # "not only killed", "not critically injured": hurt still
        ("The floods not only killed 12 people in Sylhet but destroyed homes.", [(12, "people", "killed")]),
        ("Officials said 12 people were not critically injured and 3 were killed.", [(12, "people", "injured"), (3, "people", "killed")]),
        ("About 5,000 people were isolated by floodwaters in Sirajganj.", [(5000, "people", "trapped")]),
        ("2,000 people are in makeshift shelters.", [(2000, "people", "displaced")]),
        ("One resident was killed.", [(1, "people", "killed")]),
        # students of a school of medicine are adults
        ("Gunmen attacked students of the Lagos school of medicine, killing 12 students.", [(12, "people", "killed")]),
    ],
)
def test_what_the_rules_on_speakers_negation_and_students_must_not_read(g, text, expected):
    assert statuses(g, text) == expected


def test_parts_of_the_count_before_by_a_pronoun_or_its_number(g):
    text = ("So far 20 people have been confirmed dead, out of whom thirteen are adults while seven are juveniles. "
            "Out of the 20, eleven are male and nine are female.")
    found = [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)]
    assert (7, "children", "killed") in found and (9, "women", "killed") in found
    # must not fire: a number that is no count before it names no group
    assert [f["value"] for f in extract_figures("Ten people were killed. Of the 25, ten are male.", gazetteer=g)] == [10]


@pytest.mark.parametrize("text, found", [
    # a toll that nears, approaches or exceeds a number is that toll
    ("The death toll from Hurricane Felix neared 100 Thursday night.", (100, "people", "killed")),
    ("The death toll from the storm approached 200 by Friday.", (200, "people", "killed")),
    # a time between the toll's verb and its count
    ("The number of deaths due to the fires increased on Friday to 13.", (13, "people", "killed")),
    ("The death toll rose overnight to 40.", (40, "people", "killed")),
    # pilots and seafarers are people counted
    ("Two helicopter pilots were killed in a Saturday night crash.", (2, "people", "killed")),
    ("Fourteen seafarers are missing after the ferry sank.", (14, "people", "missing")),
])
def test_a_toll_that_nears_a_number_and_pilots_counted(g, text, found):
    assert [(f["value"], f["subject"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [found]


@pytest.mark.parametrize("text, found", [
    # "as" right before a status word names the status of the count before it
    ("As of 15 July, the government reported registering 992,649 individuals (90,756 families) as displaced.",
     [(992649, "people", "displaced"), (90756, "families", "displaced")]),
    ("Officials listed 5,000 people as missing.", [(5000, "people", "missing")]),
    # the part of the hurt a severity names
    ("Nearly 500 people were injured, 200 critically.", [(500, "people", "injured"), (200, "people", "injured")]),
    # must not fire: "as" opening a clause of its own; a severity of things, not of the hurt
    ("The army deployed 300 soldiers as displaced families returned.", [(300, "soldiers", "deployed")]),
    ("Authorities evacuated 200 residents as injured, dead and missing were still being counted.", [(200, "people", "displaced")]),
    ("Twenty people were injured when the quake damaged 300 buildings, 100 seriously.", [(20, "people", "injured")]),
    # (nor ages in a list of the dead)
    ("Five people died: Ana Silva, 6, and Jordan, 8.", [(5, "people", "killed")]),
])
def test_counted_as_a_status(g, text, found):
    assert statuses(g, text) == found


@pytest.mark.parametrize("text, found", [
    # people in shelters are displaced, where nothing else says their status
    ("There are 170 people in shelters.", [(170, "people", "displaced")]),
    ("There are a total of 170 persons in Shelter as follows: 91 in Belize City.",
     [(170, "people", "displaced"), (91, "people", "displaced")]),
    ("Orange Walk has 4 persons in one shelter in San Carlos.", [(4, "people", "displaced")]),
    # (a verb of being between: "were in shelters"; a bare count after a list's affected: "with 42 in shelters")
    ("On the main island, 210 people were in shelters.", [(210, "people", "displaced")]),
    ("In the east, 35 persons are in shelters.", [(35, "people", "displaced")]),
    ("Over 300 persons are affected, with 27 in shelters, the commission said.", [(300, "people", "affected"), (27, "people", "displaced")]),
    ("Over 300 persons are affected, with 27 in shelters.", [(300, "people", "affected"), (27, "people", "displaced")]),
    # must not fire: a verb of their own, the shelter sector of aid, air-raid shelters, shelters for survivors of violence
    ("An Israeli strike killed 22 people in a shelter in Jabalia.", [(22, "people", "killed")]),
    ("Seven people in the shelter died.", [(7, "people", "killed")]),
    ("IOM reached 12,000 people in shelter, WASH and health.", []),
    ("The cluster assisted 4,500 households in shelter across Sindh.", []),
    ("About 400 people in the metro and in shelters waited out the attack.", []),
    ("Nearly 300 women in shelters for survivors of domestic violence received food parcels.", [(300, "women", "in_need")]),
    # (nor people taking cover from an attack: "were in shelters at the metro station as sirens sounded")
    ("Air raid sirens sounded overnight, and 300 people were in shelters at the metro station.", []),
])
def test_people_in_shelters_are_displaced(g, text, found):
    assert statuses(g, text) == found


@pytest.mark.parametrize("text, found", [
    # a part of the count after it: the verb past the whole's noun is the part's ("39 of the 75 workers remain ...")
    ("A total of 28 of the initial 60 miners underground remain unaccounted for.", [(28, "people", "missing")]),
    # (the whole keeps the participle right after its noun, the part the verb after it)
    ("Nine of the 31 passengers injured later died in hospital.", [(9, "people", "killed"), (31, "people", "injured")]),
    ("Four of the 15 people killed were children.", [(4, "children", "killed"), (15, "people", "killed")]),
    # (the verb after the whole's status saying none: the part is no figure; a noun that is a status is the whole's, as before)
    ("Two of the 9 fishermen missing since Friday were found alive.", [(9, "people", "missing")]),
    # (a verb that undoes nothing keeps the whole's status for the part: treated, still injured)
    ("At least 40 of the 95 people injured have been treated and are back home.", [(40, "people", "injured"), (95, "people", "injured")]),
    ("Ten of the 2,000 displaced people in the camp were injured.", [(10, "people", "injured"), (2000, "displaced", "displaced")]),
    # the parts a group's count names: "N of the dead were X, M were Y"; "The 40 victims include, 22 are female and 18 male"
    ("Officials said 30 of the dead were children, 12 were women.", [(30, "children", "killed"), (12, "women", "killed")]),
    ("The 40 dead include, 22 are female and 18 male.", [(40, "people", "killed"), (22, "women", "killed"), (18, "people", "killed")]),
    # households inundated or submerged are affected (by the passive or the participle before them; not people who lived in a
    # submerged district)
    ("In Ban Na village, 45 households are submerged.", [(45, "families", "affected")]),
    ("The reservoir rose fast, inundating 1,200 households.", [(1200, "families", "affected")]),
    ("The wave submerged the valley where 2,300 people used to live, killing 410 people.", [(410, "people", "killed")]),
    ("Two children were submerged in the river before rescuers pulled them out.", []),
    # (victims are no status of their own: "Most of the victims were women, 40 were children" after a food poisoning;
    # the guests sickened are affected)
    ("Food poisoning sickened 200 guests at a wedding. Most of the victims were women, 40 were children.", [(200, "people", "affected")]),
])
def test_parts_of_a_count_and_households_under_water(g, text, found):
    assert statuses(g, text) == found


def test_people_deported_are_returned(g):
    # deported people are sent back to their country: the vocabulary's "returned", as "repatriated" is
    assert statuses(g, "A total of 2,924 individuals were officially deported from the Dominican Republic in September.") == [
        (2924, "people", "returned")]
    # must not fire: people detained who "will be deported" are counted as detained
    assert statuses(g, "Police detained 30 migrants, who will be deported.") == [(30, "people", "detained")]


def test_a_part_of_the_group_a_sentence_opens_with(g):
    # "Of the injured, 21 are being attended to at ...": the group's status, whatever is said of the part
    text = ("Of the injured, 21 are being attended to at the Kenyatta National Hospital, 160 at Mama Lucy Kibaki Hospital "
            "and 19 at Mbagathi Hospital.")
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(21, "injured"), (160, "injured"), (19, "injured")]
    assert [(f["value"], f["status"]) for f in extract_figures("Of the dead, 21 were found in the river.", gazetteer=g)] == [(21, "killed")]
    # must not fire: a part no longer of its group ("Of the missing, 12 have been traced", "3 were found alive")
    for text in ("Of the missing, 12 have been traced to their homes.", "Of the injured, 45 were discharged on Monday.",
                 "Of the missing, 3 were found alive."):
        assert extract_figures(text, gazetteer=g) == []
    # must not fire: ages in brackets after a group named ("Among the dead are six children: three boys (aged 16, and 17)")
    text = "Among the dead are six children: three boys (aged one-and-a-half, 16, and 17) and three girls, Klymenko said."
    assert [f["value"] for f in extract_figures(text, gazetteer=g)] == [6]
    # people slaughtered or beheaded are killed
    assert [(f["value"], f["status"]) for f in extract_figures("Boko Haram just beheaded 43 farmers.", gazetteer=g)] == [(43, "killed")]


def test_a_part_of_a_qualified_whole(g):
    # "187 of the more than 600 detainees": the part and the whole, whatever qualifies the whole
    text = "One hundred and eighty-seven of the more than 600 detainees were registered with IOM."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(187, "detained"), (600, "detained")]


def test_people_who_lost_their_houses_or_are_resettled_are_displaced(g):
    for text in ("61 families that have lost their houses are staying in schools.", "12,256 people being urgently resettled."):
        assert [f["status"] for f in extract_figures(text, gazetteer=g)] == ["displaced"]


def test_a_toll_that_hits_or_tops_a_count(g):
    for text in ("The death toll hits 450 in Nicaragua.", "The death toll tops 450 in Nicaragua.", "The death toll reaches 450 in Nicaragua."):
        assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(450, "killed")]


def test_people_in_a_moderate_or_mild_condition_are_injured(g):
    text = "Of the wounded, 2 were in moderate condition and 39 in mild condition."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(2, "injured"), (39, "injured")]


def test_workers_who_suffered_broken_bones_are_injured(g):
    assert [(f["value"], f["status"]) for f in extract_figures("At least 65 other workers suffered broken bones.", gazetteer=g)] == [(65, "injured")]
    assert [(f["value"], f["status"]) for f in extract_figures("Two men sustained broken ribs.", gazetteer=g)] == [(2, "injured")]
    # must not fire: broken bones in a sentence whose count is of others
    assert [(f["value"], f["status"]) for f in extract_figures("65 workers were evacuated, and none suffered broken bones.", gazetteer=g)] == [(65, "displaced")]


def test_miners_still_sought_are_missing(g):
    assert [(f["value"], f["status"]) for f in extract_figures("Officials say they are still looking for 10 miners.", gazetteer=g)] == [(10, "missing")]
    assert [(f["value"], f["status"]) for f in extract_figures("Rescuers continued searching for 12 people.", gazetteer=g)] == [(12, "missing")]
    assert [(f["value"], f["status"]) for f in extract_figures("Rescuers are still searching for two fishermen.", gazetteer=g)] == [(2, "missing")]
    # must not fire: people sought who are no one lost
    assert extract_figures("Police said they were still hunting for 4 others involved in the attack.", gazetteer=g) == []
    assert extract_figures("The hospital is still looking for 500 people to donate blood.", gazetteer=g) == []


def test_people_sickened_by_an_outbreak_are_affected(g):
    text = "Cholera has killed more than 7,000 people and sickened 530,000 more."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(7000, "killed"), (530000, "affected")]


def test_people_moved_to_a_shelter_are_displaced(g):
    text = "20 households have been relocated and 45 persons have been transferred to a shelter."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(20, "displaced"), (45, "displaced")]
    # must not fire: the hurt taken to hospital, prisoners moved to a camp
    assert [f["status"] for f in extract_figures("45 persons were taken to a hospital.", gazetteer=g)] == ["injured"]
    assert [f["status"] for f in extract_figures("Some 400 prisoners were moved to a camp in the north.", gazetteer=g)] == ["detained"]


def test_families_who_lost_everything_are_affected_not_dead(g):
    found = [(f["value"], f["low"], f["subject"], f["status"]) for f in extract_figures("Hundreds of families lost everything in the floods.", gazetteer=g)]
    assert found == [(None, 200, "families", "affected")]
    assert extract_figures("The family lost power for three days.", gazetteer=g) == []
    # must not fire: lives lost
    assert [f["status"] for f in extract_figures("Hundreds of people lost their lives in the floods.", gazetteer=g)] == ["killed"]


def test_only_one_person_is_a_count(g):
    assert [(f["value"], f["status"]) for f in extract_figures("Only one person died in the fire.", gazetteer=g)] == [(1, "killed")]
    # (a word or two describing the one: "one elderly man", "only one Henryville resident")
    assert [(f["value"], f["status"]) for f in extract_figures("One elderly man died in the fire.", gazetteer=g)] == [(1, "killed")]
    text = "Officials report only one Henryville resident died in the tornado."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(1, "killed")]
    # must not fire: "the only one" is no count, nor one whole of what was found
    assert extract_figures("He was the only one who died in the fire.", gazetteer=g) == []
    assert extract_figures("Remains were found, some of which could be counted as one whole body.", gazetteer=g) == []


@pytest.mark.parametrize("text, expected", [
    ("Some 40,000 people are reeling under the impact of floods in the district.", [(40000, "people", "affected")]),
    ("USGS PAGER estimates that up to 1,000 people were exposed to very strong shaking.", [(1000, "people", "affected")]),
])
def test_people_reeling_or_exposed_to_shaking_are_affected(g, text, expected):
    assert statuses(g, text) == expected


def test_exposed_to_other_things_is_no_status(g):
    assert statuses(g, "Some 300 children were exposed to the cold in the camp.") == []
    # (nor reeling from something: the families who received aid are in need, as before)
    assert statuses(g, "Some 200 families reeling from the storm received aid.") == [(200, "families", "in_need")]


def test_a_count_with_a_verb_of_its_own_before_and_takes_no_status_from_the_next(g):
    # "35 rescued" are no dead: the bodies are the next count's
    text = "The government put the number missing at 59, with 35 rescued and six bodies retrieved from the pits."
    assert [(f["value"], f["status"]) for f in extract_figures(text, gazetteer=g)] == [(59, "missing"), (6, "killed")]
    # (a breakdown by sex before another count: each its own)
    text = "Police said 65 bodies reached the morgue. Among them 57 are male, five female and three children."
    assert [(f["value"], f["subject"]) for f in extract_figures(text, gazetteer=g)] == [
        (65, "people"), (57, "people"), (5, "women"), (3, "children")]
    # (not two counts by sex of one noun after both: the 12 are no women of their own)
    assert "women" not in [f["subject"] for f in extract_figures("12 female and 8 male students were injured.", gazetteer=g)]


def test_forced_to_abandon_their_homes_is_displaced_and_peoples_are_people(g):
    assert statuses(g, "About 3,000 residents of Tila were forced to abandon their homes.") == [(3000, "people", "displaced")]
    assert statuses(g, "The 391 ethnic Hmong were repatriated on Monday.") == [(391, "people", "returned")]


def test_responders_counted_with_no_word_of_what_they_do_were_sent(g):
    # (as annotators read them: deployed; armed men counted so are present)
    assert statuses(g, "Some 600 security and fire personnel were working to rescue victims.") == [(600, "personnel", "deployed")]
    # (troops and armed men counted so are there, present, as the seeds count them; armed men "holed up" too)
    assert statuses(g, "Hundreds of troops with dozens of armored vehicles including tanks had surged into the area.")[0] == (
        None, "troops", "present")
    assert statuses(g, "Up to 2,500 extremists were still holed up in Raqqa.") == [(2500, "fighters", "present")]
    # (a word of what befell them is kept: infected, trapped)
    assert statuses(g, "Some 300 health workers have been infected with Ebola.") == [(300, "personnel", "affected")]
    assert statuses(g, "Five rescuers were trapped under the rubble.") == [(5, "personnel", "trapped")]
    # (leaving home for work is no displacement)
    assert statuses(g, "About 3,000 residents had to leave their homes for work.") != [(3000, "people", "displaced")]


def test_the_sick_of_an_outbreak_are_affected_and_how_ill_some_are_is_no_count(g):
    """"70 patients have confirmed cases of hepatitis E while 64 have been hospitalised": any disease of the vocabulary
    makes its patients and its hospitalised affected, not injured; "15 are in critical condition" among them no count."""
    text = "In Chad, 70 patients have confirmed cases of hepatitis E while 64 have been hospitalised, the charity said."
    assert statuses(g, text) == [(70, "people", "affected"), (64, "people", "affected")]
    assert statuses(g, "Of the 200 hepatitis cases in Chad, 15 are in a critical condition.") == [(200, "people", "affected")]
    # must not fire: the hurt of an event are injured, where the sentence names a disease too, or a town named like one
    assert statuses(g, "A bus crash injured 30 people in Kenya, where a cholera outbreak has killed 12.") == [
        (30, "people", "injured"), (12, "people", "killed")]
    assert statuses(g, "A gunman injured 12 people at a bar in Lassa, Nigeria.") == [(12, "people", "injured")]
