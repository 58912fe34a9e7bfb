"""A list by place on lines of its own ("  • Yancey: Nine"), under the line that says what it counts and who gives it."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def rows(g, text: str) -> list[tuple]:
    return [(f["value"], f["status"], f["location"], f["agency"]) for f in extract_figures(text, gazetteer=g)]


LEAD = "The North Carolina Department of Health and Human Services reports the following deaths in the following counties:"


def test_each_item_is_its_places_count_under_the_lead_in(g):
    text = f"Storm hits North Carolina.\n\n{LEAD}\n\n  • Yancey: Nine\n  • Cleveland: 2\n  • Burke: One\n\n— Employee reports"
    source = "North Carolina Department of Health and Human Services"
    assert rows(g, text) == [(9, "killed", "Yancey", source), (2, "killed", "Cleveland", source), (1, "killed", "Burke", source)]


@pytest.mark.parametrize("text", [
    # must not fire: a lead-in that says nothing of what is counted, a label with words after its count, a line of
    # text that ends in a colon after a count of its own
    "Storm hits North Carolina.\n\nThe following counties were hit:\n\n  • Yancey: Nine\n  • Burke: One",
    f"Storm hits North Carolina.\n\n{LEAD}\n\n  • Yancey: Nine roads closed",
    "Storm hits North Carolina.\n\nAt least 3 deaths were reported in these places:\n\nContact: 12\nPhone: 555",
])
def test_no_list_count_without_its_lead_in(g, text):
    assert all(r[0] not in (9, 1, 12, 555) for r in rows(g, text))


def test_an_items_label_must_be_a_place(g):
    text = (f"Storm hits North Carolina.\n\nThe health department reports the following deaths by county:\n\n  • Yancey: Nine\n"
            "  • Total: 10\n\nThe following deaths:\n\n- Women: 9\n- Monday: 10\n- Naivasha Hospital: 12\n- UNHCR: 4,000")
    assert [(r[0], r[2]) for r in rows(g, text)] == [(9, "Yancey")]


def test_a_bulleted_list_is_given_by_who_reports_in_the_paragraph_it_hangs_from(g):
    # "MEMA announced the deaths by county as the following:" and a governor who "followed up ... and also announced
    # injury totals by county": each list's items are theirs, though no item names anyone
    text = ("A tornado hit Mississippi on Friday.\n\nMEMA announced the deaths by county as the following:\n\n"
            "  • Carroll County: 3 fatalities\n  • Sharkey County: 13 fatalities\n\n"
            "Gov. Tate Reeves followed up on MEMA’s revised death toll and also announced injury totals by county.\n\n"
            "  • Carroll County: 5 injuries\n  • Monroe County: 50 injuries\n")
    assert [(v, s, a) for v, s, _, a in rows(g, text)] == [
        (3, "killed", "MEMA"), (13, "killed", "MEMA"), (5, "injured", "Mississippi governor"), (50, "injured", "Mississippi governor")]
    # (a list under a paragraph that names no one who reports is no one's)
    text = "A tornado hit Mississippi on Friday.\n\nThe damage was worst in the Delta:\n\n  • Carroll County: 3 fatalities\n"
    assert [a for *_, a in rows(g, text)] == [None]


def test_a_headline_that_opens_with_its_source(g):
    # "MEMA: Death toll downgraded to 21": the source before the colon, initials the story names again; a place there
    # ("Sudan:") is no source, nor initials the story never names again
    title = "MEMA: Death toll downgraded to 21"
    figs = extract_figures(f"{title}\n\nThe storm hit on Friday. MEMA announced the toll on Monday.", gazetteer=g, title=title)
    assert [(f["value"], f["agency"]) for f in figs] == [(21, "MEMA")]
    figs = extract_figures(f"{title}\n\nThe storm hit on Friday.", gazetteer=g, title=title)
    assert [(f["value"], f["agency"]) for f in figs] == [(21, None)]
    title = "Sudan: 500 killed in Darfur clashes"
    figs = extract_figures(f"{title}\n\nFighting went on.", gazetteer=g, title=title)
    assert [(f["value"], f["agency"]) for f in figs] == [(500, None)]


def test_a_list_by_county_on_one_line_after_the_sentence_that_says_what_it_counts(g):
    # "There are now 44 deaths ... confirmed by the MEC from the counties below.\n\nLake – 1; Sarasota – 3; Lee – 30."
    text = ("Hurricane Ian hit Florida.\n\nThere are now 44 deaths attributed to Hurricane Ian confirmed by the MEC from the "
            "counties below.\n\nLake – 1; Sarasota – 3; Lee – 30.\n\nThe FDLE said it would update the report.")
    got = rows(g, text)[1:]
    assert got == [(1, "killed", "Lake County", "MEC"), (3, "killed", "Sarasota", "MEC"), (30, "killed", "Lee County", "MEC")]
    # (each item quoted by its own words)
    assert [f["quote"] for f in extract_figures(text, gazetteer=g)[1:]] == ["Lake – 1", "Sarasota – 3", "Lee – 30"]
    # (a line of such pairs after a sentence that counts no one is no list of counts)
    assert rows(g, "The teams met.\n\nLake – 1; Sarasota – 3; Lee – 30.") == []


def test_a_sentence_ending_in_including_colon_is_no_heading_and_its_bulleted_parts_share_its_status(g):
    # (a flood report's assessment, with its parts on bulleted lines as PDF text renders them: "o 23,248 men")
    text = ("Floods hit Kankan in Guinea.\n\nThe assessments identified 9,907 households, representing 49,536 people who "
            "were affected by the floods, including:\n\no 23,248 men o 26,288 women\no 4,371 children aged 0 to 5 years\n\n"
            "The Red Cross deployed volunteers.")
    got = [(r[0], r[1]) for r in rows(g, text)]
    assert (49536, "affected") in got
    assert [(23248, "affected"), (26288, "affected"), (4371, "affected")] == [x for x in got if x[0] in (23248, 26288, 4371)]


def test_bulleted_counts_take_the_status_their_lead_in_names(g):
    text = "Floods hit Guinea.\n\nPeople affected by district:\n\n- 23,248 people in Kankan\n- 26,288 people in Siguiri\n\nMore rain is due."
    assert [(r[0], r[1], r[2]) for r in rows(g, text)] == [(23248, "affected", "Kankan"), (26288, "affected", "Siguiri")]


@pytest.mark.parametrize("text", [
    # must not fire: a lead-in that says no status and counts nothing, a label ending in a colon, bullets without a
    # colon above them
    "Floods hit Guinea.\n\nSchools reopened in these towns:\n\n- 230 pupils in Kankan\n- 300 pupils in Siguiri\n\nMore rain is due.",
    "Floods hit Guinea.\n\nContacts:\n\n- 230 pupils in Kankan\n\nMore rain is due.",
    "Floods hit Guinea. 40 people were affected in Kankan.\n\n- 230 pupils in Siguiri\n\nMore rain is due.",
    # (a lead-in whose last words tell of aid, after a toll: its list is of people helped, not of the dead)
    "The cyclone killed 4 people in Beira, officials said. Since then, the Red Cross has handed out kits to:\n- 230 pupils in "
    "Beira\n- 300 pupils in Dondo\n\nMore rain is due.",
])
def test_bulleted_counts_without_a_lead_in_status_get_none(g, text):
    assert all(r[0] not in (230, 300) for r in rows(g, text))


def test_a_label_ending_in_a_colon_is_still_a_heading(g):
    # ("Casualties:" is a heading; only a sentence ending in "including:", "as follows:" goes on in its list)
    text = "Floods hit Guinea.\n\nCasualties as follows:\n\nDeaths: 12\n\nThe Red Cross said 40 people were injured in Kankan."
    assert (40, "injured") in [(r[0], r[1]) for r in rows(g, text)]


def test_the_parts_of_a_lead_ins_count_on_bulleted_lines(g):
    # a count that ends its line in a colon is no heading; the lines under it are its parts
    text = "Floods hit Guinea.\n\nThe floods have displaced 3,000 people in two prefectures:\n- 1,000 people in Kankan\n- 2,000 people in Siguiri\n\nMore rain is due."
    assert [(r[0], r[1]) for r in rows(g, text)] == [(3000, "displaced"), (1000, "displaced"), (2000, "displaced")]


def test_a_bulleted_highlight_is_an_item_not_a_heading(g):
    # (a line with no full stop and more text after it is a heading, unless a bullet marks it an item of a list)
    text = ("Strikes hit northern Gaza.\n\nHIGHLIGHTS\n\n• Israeli strike kills 73 people in Beit Lahiya\n\n"
            "• Israel says it is checking the reports\n\nResidents said the siege had tightened.")
    assert [(v, s) for v, s, _, _ in rows(g, text)] == [(73, "killed")]
    # a line of its own without the bullet stays a heading (its figure is the body's, told again)
    assert rows(g, text.replace("• Israeli", "Israeli")) == []


def test_other_stories_headlines_in_a_bulleted_list_are_no_figures(g):
    text = ("Strikes hit Gaza.\n\nThe health ministry said 30 people were killed.\n\nRead more:\n\n"
            "• Floods kill 20 in Kenya's Garissa county\n\n• Earthquake kills 300 in Herat province\n\nResidents fled.")
    assert [v for v, _, _, _ in rows(g, text)] == [30]


def test_a_reports_rows_by_place_are_counts_of_their_labels(g):
    # "Alas: 101 families affected": a row of a report's breakdown, not a subhead; its label the place
    text = ("Floods hit Sumbawa on Monday.\nTotal 694 families / 2776 people affected with details as follows:\n"
            "Alas Barat: 246 households were affected\nAlas: 101 families affected\nLabuhan Badas: 332 families affected\n"
            "Tarano: 15 households affected\nMaterial Loss")
    found = [(f["value"], f["location"]) for f in extract_figures(text, gazetteer=g)]
    assert found[1:] == [(246, "Alas Barat"), (101, "Alas"), (332, "Labuhan Badas"), (15, "Tarano")]
    # (a status for a label is no place: "Missing: 3")
    assert [(f["value"], f["location"]) for f in extract_figures("Dead: 14\nMissing: 3", gazetteer=g)] == [(14, None), (3, None)]


def test_a_total_row_is_the_storys_place_and_a_label_that_names_no_place_is_none(g):
    text = ("Floods hit Assam this week. The ASDMA gave these figures:\nBarpeta: 400 people affected\n"
            "Dhubri: 1,200 people affected\nTotal: 1,600 people affected")
    assert [(f["value"], f["location"]) for f in extract_figures(text, gazetteer=g)] == [
        (400, "Barpeta"), (1200, "Dhubri"), (1600, "Assam")]
    text = "Highlights: 37 people killed in Idukki\nAlso: 5 people missing in Wayanad"
    assert all(f["location"] != "Also" for f in extract_figures(text, gazetteer=g))


def test_a_count_broken_down_below_its_own_line(g):
    # "There are 14,399 affected families, with below details:" then "Place : N families" lines: each place's part
    text = ("Flooding in Sintang District.\n\nThere are 14,399 affected families, with below details:\n"
            "Kayan Hulu Sub-District : 4.007 families\nSerawai Sub-District : 2.180 families\nSepauk Sub-District : 276 families")
    assert [(r[0], r[1]) for r in rows(g, text)] == [(14399, "affected"), (4007, "affected"), (2180, "affected"), (276, "affected")]
    # must not fire: a line with a count of its own that says no breakdown follows
    text = "Floods killed 12 people on Monday and destroyed homes in these places:\nKayan: 4 families\nSerawai: 2 families"
    assert [r[0] for r in rows(g, text)] == [12]


def test_a_bulleted_place_with_its_count(g):
    # "• Cochrane, with more than 240 evacuees.": each bullet's place, known or not
    text = ("The other host cities and towns include:\n\n  • Cochrane, with more than 240 evacuees.\n"
            "  • Smooth Rock Falls, with about 125 evacuees.\n  • Timmins, with about 200 evacuees.")
    assert [(r[0], r[2]) for r in rows(g, text)] == [(240, "Cochrane"), (125, "Smooth Rock Falls"), (200, "Timmins")]
    # must not fire: a day or a body is no place
    text = "Deaths by day:\n  • Monday, with 10 deaths.\n  • Tuesday, with 12 deaths."
    assert [r[2] for r in rows(g, text)] == [None, None]


def test_counts_given_respectively_for_the_places_listed(g):
    # "12 and 7 people died in A and B respectively": each count its place, in order; counts listed before one noun share it
    assert [(r[0], r[2]) for r in rows(g, "In Kaski and Syangja districts, 12 and 7 people died respectively.")] == [
        (12, "Kaski"), (7, "Syangja")]
    assert [(r[0], r[2]) for r in rows(g, "Floods killed 12, 7 and 3 people in Kaski, Syangja and Parbat, respectively.")] == [
        (12, "Kaski"), (7, "Syangja"), (3, "Parbat")]
    # must not fire: without "respectively" both counts are the sentence's, nor are years a count ("between 2010 and 2015")
    assert [r[0] for r in rows(g, "Between 2010 and 2015 people died.")] == []


def test_bullets_run_together_on_one_line_are_points_of_their_own(g):
    # (a report's PDF flattened: "• 98 died" opens a point of its own, and its quote holds no bullet)
    text = ("HIGHLIGHTS • A wave of water flushed into a crowded neighborhood, submerging 400 houses. • 98 died, 190 injured, "
            "5 missing, and 171 persons became internally displaced.")
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["status"]) for f in figs] == [(98, "killed"), (190, "injured"), (5, "missing"), (171, "displaced")]
    assert figs[0]["quote"] == "98 died"
