"""Local stories: the town a dateline names, towns named like states or like places abroad, a town's police."""

import pytest

from extract import extract_figures
from extract.figures import _publisher
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def read(g, text, **kw):
    return [(f["value"], f["status"], f["location"], f["agency"]) for f in extract_figures(text, gazetteer=g, **kw)]


def agencies(g, text):
    return [a for *_, a in read(g, text)]


def test_the_hurt_of_a_local_story_are_in_its_dateline_town(g):
    text = ("OXFORD TOWNSHIP, Mich. - A 15-year-old student opened fire at his Michigan high school on Tuesday, "
            "fatally shooting three students and injuring eight others.\n\n"
            "The shooting at Oxford High School in Oxford Township unfolded around 1 p.m.")
    assert [(v, s, p) for v, s, p, _ in read(g, text)] == [(3, "killed", "Oxford Township"), (8, "injured", "Oxford Township")]
    # a dateline with no state: the town is found in the country the count is placed in
    text = ("WAUKESHA - A vehicle plowed into a Christmas parade in the United States on Sunday, killing five people.\n\n"
            "The City of Waukesha posted revised totals.")
    assert [p for _, _, p, _ in read(g, text)] == ["Waukesha"]


def test_a_local_story_is_its_dateline_town_s_however_often_it_names_the_province(g):
    # "CORINALDO, Italy (AP)": the story's town, though the body then names the province's capital for its firefighters
    text = ("CORINALDO, Italy (AP) - A stampede at a concert in a disco in central Italy killed six people early Saturday, "
            "police said, adding that 59 people were injured.\n\n"
            "The crowd surged toward the exit of the club in the town of Corinaldo, near Ancona.\n\n"
            "Ancona firefighters said the bodies were found near a wall. Ancona prosecutors opened an inquiry.")
    assert [(v, s, p) for v, s, p, _ in read(g, text)] == [(6, "killed", "Corinaldo"), (59, "injured", "Corinaldo")]


@pytest.mark.parametrize("text, place", [
    # must not fire: a capital reporters file from, a quake's toll across a region, people displaced, a town named
    # only in the dateline
    ("GEORGETOWN, Guyana (AP) - A fire at a school dormitory in Guyana killed at least 19 children.\n\n"
     "Six were taken to Georgetown for treatment.", "Guyana"),
    ("HERAT, Afghanistan (AP) - The earthquakes in western Afghanistan killed 2,445 people.\n\n"
     "Rescuers in Herat dug through rubble.", "Afghanistan"),
    ("TUUSULA, Finland - Some 3,000 people were displaced in Finland by the floods.\n\n"
     "Tuusula was hit hardest.", "Finland"),
    ("WAUKESHA - A vehicle plowed into a Christmas parade in the United States on Sunday, killing five people.", "United States"),
    # (a second read's: a state's abbreviation is not the start of any place's name; a town people came from; a count
    # the sentence itself puts in the state)
    ("ALLENTOWN, Pa. (AP) - Two Pennsylvania aid workers were killed in a bus crash in Pakistan.\n\n"
     "The pair had left Allentown in March.", "Pakistan"),
    ("NEWCASTLE, England - Three British tourists were killed in a bus crash in Australia.\n\n"
     "The three were from Newcastle.", "Australia"),
    ("SACRAMENTO, Calif. - A tour bus overturned on a mountain highway in California, killing six people.\n\n"
     "Sacramento lawmakers called for new safety rules.", "California"),
])
def test_a_dateline_town_is_not_every_count_s_place(g, text, place):
    assert read(g, text)[0][2] == place


def test_an_age_is_no_year(g):
    # "a 15-year-old": an age, not a year's total that keeps a count in the state named
    text = ("OXFORD TOWNSHIP, Mich. - A 15-year-old opened fire at his Michigan school, killing three students.\n\n"
            "Oxford Township mourned.")
    assert [p for _, _, p, _ in read(g, text)] == ["Oxford Township"]


@pytest.mark.parametrize("text, place", [
    ("Eleven people were killed in Kansas City on Friday.", "Kansas City"),
    ("Eleven people were killed in Virginia Beach on Friday.", "Virginia Beach"),
    ("Eleven people were killed in Colorado Springs on Friday.", "Colorado Springs"),
    ("A fire in Belize City killed 4 people.", "Belize City"),
    # (a province's own beach or city is the province's)
    ("Two tourists drowned at Phuket Beach on Sunday.", "Phuket"),
    # a place the tables know elsewhere, named with the state that holds this one
    ("Police said 10 people died in the theater in Aurora, Colorado.", "Aurora"),
    # must not fire: a province's own city, a place its state holds, a list of provinces
    ("Eleven people were killed in Hualien City on Friday.", "Hualien"),
    ("Shelling killed 5 in Kharkiv, Ukraine.", "Kharkiv"),
    ("Shelling killed 5 in Homs, Hama and Aleppo.", "Homs"),
])
def test_towns_named_like_states_or_like_places_abroad(g, text, place):
    assert [p for _, _, p, _ in read(g, text)] == [place]


def test_a_town_named_like_a_place_abroad_lends_it_no_country(g):
    # the Philippines' Aurora would make the police Philippine
    assert read(g, "Police said 10 people died in the theater in Aurora, Colorado.") == [(10, "killed", "Aurora", "Aurora police")]


def test_police_in_a_us_story_are_the_town_s(g):
    text = "Eleven people were killed in Virginia Beach on Friday, police said."
    assert agencies(g, text) == ["Virginia Beach police"]
    # (a country whose police are national keeps its own)
    text = "Eleven people were killed in Tampere on Friday, police said."
    assert agencies(g, text) == ["Finnish police"]


def test_fatally_hurt_are_killed(g):
    assert [(v, s) for v, s, *_ in read(g, "A gunman opened fire at the school, fatally shooting three students.")] == [(3, "killed")]
    text = "Two people were fatally wounded and four others wounded in the attack."
    assert [(v, s) for v, s, *_ in read(g, text)] == [(2, "killed"), (4, "injured")]


def test_a_speaker_opening_a_comma_spliced_sentence_says_all_of_it(g):
    text = "Police said 10 people died in the theater, two died at nearby hospitals."
    assert [(v, a) for v, _, _, a in read(g, text)] == [(10, "police"), (2, "police")]


def test_a_lake_in_lower_case_is_no_country(g):
    text = ("Gov. Zulum visited Gubio to sympathise with the people.\n\nA survivor said 81 residents were killed during the "
            "attack.\n\nZulum urged the Nigerian military to end the insurgents in the shore of the lake Chad.\n\nHe said it "
            "is barbaric.")
    assert "Chad" not in {p for _, _, p, _ in read(g, text)}


def test_paho_publishes_as_itself():
    g = Gazetteer.from_data()
    assert _publisher(g, "PAHO (paho.org, Emergency Preparedness and Disaster Relief)") == "PAHO"
    assert _publisher(g, "WHO / PAHO (as posted on reliefweb)") == "PAHO"
    assert g.agency("Pan American Health Organization").name == "PAHO"


def test_whence_attackers_came_is_not_where_anyone_was_hurt(g):
    text = "At least two people were injured on Wednesday when Gaza terrorists launched a rocket attack on southern Israel."
    assert [p for _, _, p, _ in read(g, text)] == ["Southern Israel"]
    # (a place the text puts them in stays: "militants in Gaza"; so does the only place the sentence names)
    assert [p for _, _, p, _ in read(g, "Five people were killed in Gaza militants' camp.")] == ["Gaza Strip"]
    assert read(g, "Zamfara gunmen killed 30 villagers on Sunday, police said.") == [(30, "killed", "Zamfara State", "Nigerian police")]


def test_people_on_the_move_are_displaced(g):
    assert [(v, s) for v, s, *_ in read(g, "Up to 65,000 Nigerians are on the move after the attacks, UNHCR said.")] == [
        (65_000, "displaced")]
    # (not migrants on their way somewhere)
    assert read(g, "Some 7,000 migrants are on the move through Mexico toward the United States, officials said.") == []


def test_a_body_s_head_named_after_it_is_not_part_of_its_name(g):
    text = ("The number of casualties has increased to 26 people, Head of Kirovohrad Regional State Administration Andriy "
            "Raikovych has said.")
    assert agencies(g, text) == ["Kirovohrad Regional State Administration"]
    # (a force's last word is no one's name)
    text = "73 people have lost their lives, said the spokesperson of the Armed Police Force Shailendra Thapa."
    assert agencies(g, text) == ["Armed Police Force"]


def test_the_town_a_story_of_one_event_names_twice_holds_its_toll(g):
    text = ("Officials accuse the coalition of carrying out air raids in Yemen.\n\n"
            "A spokesman said at least 60 people were killed in Sunday’s air raids in Yemen.\n\n"
            "The raids hit a detention centre in Dhamar, and a school in Dhamar was damaged by the raids too.")
    assert [p for _, _, p, _ in read(g, text)] == ["Dhamar"]


def test_a_service_named_before_its_director_speaks(g):
    text = "Snohomish County Emergency Management Director John Pennington has confirmed 2 more bodies have been recovered."
    assert agencies(g, text) == ["Snohomish County Emergency Management"]
    # (as written, hyphen and all)
    text = "Miami-Dade Fire Rescue Chief Alan Cominsky said 11 people were dead in Surfside."
    assert agencies(g, text) == ["Miami-Dade Fire Rescue"]


def test_a_paper_named_by_one_word_is_a_source(g):
    text = "A gunman shot people in the smoking area, killing five people, according to mass-circulation Bild."
    assert agencies(g, text) == ["Bild"]


def test_a_service_in_a_spokesperson_s_title_speaks(g):
    text = ("Dozens died in the train crash in Greece.\n\nAccording to the latest update by the fire brigade spokesperson "
            "Vasilis Vathrakogiannis, the death toll was 36 so far.")
    assert agencies(g, text)[-1] == "Greek fire brigade"
    # (no country known: the service, as the text names it)
    text = "According to the fire brigade spokesperson Vasilis Vathrakogiannis, the death toll was 36 so far."
    assert agencies(g, text) == ["fire brigade"]
    # a fire department's spokesman, as a fire brigade's
    text = "Fire department spokesman Mario Cruz on Saturday said some 1400 people had disappeared after the mudslide."
    assert agencies(g, text) == ["fire department"]


def test_whom_a_paper_quoted_as_saying_speaks(g):
    text = "The Bangkok Post quoted an official from the Erawan Centre as saying there were 17 deaths, 14 wounded."
    assert [(v, a) for v, _, _, a in read(g, text)] == [(17, "Erawan Centre"), (14, "Erawan Centre")]


def test_a_title_hung_from_the_first_name_still_names_the_body(g):
    text = "Fire Service Spokesperson Andreas Kettis informed the news agency that over 250 firefighters have been deployed."
    assert agencies(g, text) == ["Fire Service"]


def test_a_source_line_credits_the_lead_above_it_and_the_details_below(g):
    text = ("Russian forces have attacked the oblast with ballistic missiles. Four people have been killed, including a "
            "teenager.\nSource: Oleh Kiper, Head of Odesa Oblast Military Administration, on Telegram\n"
            "Details: Ten more people were injured, with nine hospitalised.")
    assert {a for *_, a in read(g, text)} == {"Odesa Oblast Military Administration"}
    # (a line crediting what is above it alone, a table or a photo, with no "Details:" after it, credits no lead)
    text = "Four people have been killed, including a teenager.\nSource: Oleh Kiper, Head of Odesa Oblast Military Administration"
    assert agencies(g, text) == [None]


@pytest.mark.parametrize("text, agency", [
    # (a second read's: the title's own words before the body are no part of its name)
    ("Acting Fire Service Director Ahmed Musa said 12 people were killed in Kano.", "Fire Service"),
    ("Then-Fire Service Chief Paul Green said 30 people died in Freetown.", "Fire Service"),
])
def test_a_title_s_own_words_are_not_the_body_s(g, text, agency):
    assert agencies(g, text) == [agency]


def test_a_source_line_s_first_source_and_not_a_labelled_part_of_the_item_before(g):
    text = ("Russian missiles hit the city.\nSource: Kherson Oblast Military Administration; Roman Mrochko, Head of Kherson "
            "City Military Administration\nDetails: Three people were killed in Kherson.")
    assert agencies(g, text) == ["Kherson Oblast Military Administration"]
    text = ("Background: On 5 June, 8 people were killed in Kharkiv in a missile strike.\nSource: Ivan Fedorov, Head of "
            "Zaporizhzhia Oblast Military Administration\nDetails: Two people were injured in Zaporizhzhia.")
    assert [(v, a) for v, _, _, a in read(g, text)] == [(8, None), (2, "Zaporizhzhia Oblast Military Administration")]
    # (a department of a body is not named alone)
    text = ("Russian drones attacked the region overnight.\nSource: Yurii Ihnat, Head of the Communications Department of "
            "the Air Force\nDetails: 12 people were injured in Kyiv.")
    assert agencies(g, text) != ["Communications Department"]


def test_a_dateline_with_a_postal_state_code(g):
    text = ("SHASTA COUNTY, CA — A Northern California blaze that sparked six days ago killed six people.\n\n"
            "Another dozen people have been reported missing, but Shasta County Sheriff's officials are hopeful.")
    assert read(g, text)[0][:3] == (6, "killed", "Shasta County")
    # a code that is not the state's keeps the state
    text = ("SHASTA COUNTY, OR — A Northern California blaze that sparked six days ago killed six people.\n\n"
            "Officials in Shasta County are hopeful.")
    assert read(g, text)[0][2] == "California"


def test_the_governor_s_office_of_a_state_story_is_its_governor_s(g):
    text = ("HONOLULU — Heavy rains on Kauai let up Monday.\n\nBy Monday afternoon, emergency crews evacuated 152 people "
            "by helicopter, according to the governor’s office.\n\nHawaii Gov. David Ige assessed damage.")
    assert agencies(g, text) == ["Hawaii governor's office"]


def test_a_regional_office_publishes_as_its_agency(g):
    assert _publisher(g, "UNICEF Latin America and the Caribbean (unicef.org)") == "UNICEF"
    assert _publisher(g, "WHO Regional Office for Africa") == "WHO"
    # (an agency's name inside a newspaper's is no publisher)
    assert _publisher(g, "UNICEF Daily News Tribune") is None


@pytest.mark.parametrize("text, expected", [
    # a US state abbreviated as news agencies write it: the town is that state's, not a province abroad of its name
    ("CRETE, Neb. — A fire at a plant injured nine workers on Tuesday.", (9, "injured", "United States", None)),
    # and the town named again is that town, its police the town's
    ("MADEIRA, Ohio — Two people were killed in a house fire in Madeira, police said.",
     (2, "killed", "Madeira", "Madeira police")),
])
def test_a_dateline_town_named_like_a_province_abroad(g, text, expected):
    assert read(g, text) == [expected]
    assert g.place("Madeira", fuzzy=False).name == "Madeira"  # (the tables' Madeira stays Portugal's)


def test_a_dated_credit_line_is_a_dateline(g):
    # "ANTANANARIVO, 23 January 2009 (IRIN)" on a line of its own, over a bulleted lead: whence the reporter files
    text = ("Madagascar: Cyclone damage becomes clear\n\nANTANANARIVO, 23 January 2009 (IRIN)\n\n"
            "  • New figures from the disaster office indicate that cyclone Fanele claimed eight lives.")
    assert [p for _, _, p, _ in read(g, text)] == ["Madagascar"]


def test_a_dateline_after_a_pages_breadcrumb_credit_and_date_with_its_own_date(g):
    text = ("washingtonpost.com > World > Americas > Caribbean\n\n"
            "Prison Fire in Dominican Republic Kills at Least 134\n\n"
            "Associated Press\nTuesday, March 8, 2005; Page A11\n\n"
            "HIGUEY, Dominican Republic, March 7 -- Rival gangs set their bedding ablaze Monday, killing at least 134 "
            "inmates in one of Latin America's worst jailhouse blazes.\n\n"
            "Some died in a stampede after guards forced open the jammed door of the cellblock known as Vietnam, one "
            "survivor said, while others were killed by smoke.\n\n"
            "Only 26 prisoners were rescued from the jail in Higuey, east of the capital. Eighteen were injured.\n\n"
            "The disaster underscored the terrible prison conditions in the Dominican Republic, which has the most "
            "overcrowded jails in the hemisphere. A rights group said the Higuey prison was the worst in the country.\n\n"
            "Among the victims were four Americans from Puerto Rico. Two died and two were injured, officials said.")
    got = read(g, text, title="Prison Fire in Dominican Republic Kills at Least 134")
    assert {(v, s, p) for v, s, p, _ in got} >= {(134, "killed", "Higuey"), (18, "injured", "Higuey"), (2, "killed", "Higuey")}
    # (a dateline's date is not where its town lies; a town the body never names again is still no site)
    text = ("Deadly fire\n\nAssociated Press\nTuesday, March 8, 2005\n\n"
            "SANTO DOMINGO, Dominican Republic, March 7 -- A fire killed 134 inmates at a prison in the country's east.")
    assert [(v, p) for v, _, p, _ in read(g, text)] == [(134, "Dominican Republic")]


@pytest.mark.parametrize("opening, town", [
    # the dateline on the fifth line, after a breadcrumb, the headline, the credit and the date; its own date after the
    # country ("HIGUEY, Dominican Republic, March 7 --") is not where the town lies
    ("washingtonpost.com > World > Caribbean\n\nPrison Fire Kills 134\n\nAssociated Press\nTuesday, March 8, 2005\n\n"
     "HIGUEY, Dominican Republic, March 7 -- ", "Higuey"),
    ("HIGUEY, Dominican Republic, 7 March 2005 -- ", "Higuey"),
    # (a capital is no local story's town)
    ("Associated Press\n\nTuesday, March 8, 2005\n\nSANTO DOMINGO, Dominican Republic, March 7 -- ", None),
])
def test_a_local_storys_dateline_town_read_past_a_pages_head_and_the_datelines_date(g, opening, town):
    from extract.places import PlaceResolver
    from extract.sentences import split_sentences

    text = opening + "A fire killed 134 inmates.\n\nOnly 26 prisoners were rescued from the jail in Higuey."
    r = PlaceResolver(text, g, g.scan_places(text), None, extra=[], agency_spans=[], sentences=split_sentences(text))
    assert r.dateline is not None
    assert r._dateline_town(g.place("Dominican Republic")) == town


@pytest.mark.parametrize("lead, focus", [
    # a place the lead puts the site near or outside is no narrowing of the headline's country: the site lies outside it
    ("Two people were killed in two explosions at a gas station near Bucharest on Saturday.", "Romania"),
    ("Two people were killed in two explosions at a gas station outside Bucharest on Saturday.", "Romania"),
    # must not fire: a site in the city
    ("Two people were killed in two explosions at a gas station in Bucharest on Saturday.", "Bucharest"),
])
def test_a_place_the_lead_puts_the_site_near_is_not_the_storys(g, lead, focus):
    from extract.places import PlaceResolver
    from extract.sentences import split_sentences

    title = "Explosions at a gas station in Romania"
    text = f"{title}\n\n{lead}\n\nFirefighters were injured when the second explosion occurred."
    r = PlaceResolver(text, g, g.scan_places(text), title, extra=[], agency_spans=[], sentences=split_sentences(text))
    assert (r.narrowed_from or r.focus).name == "Romania" and r.focus.name == focus


def test_a_roundups_places_after_a_dateline_are_no_datelines(g):
    # a dateline in the first four lines: the places that open later lines are where their counts are
    text = ("Sudan: fighting\n\nKHARTOUM (Reuters) - Fighting spread across Sudan on Monday.\n\nRoundup\n\nBy our staff\n\n"
            "NYALA - Clashes displaced 3,000 families.")
    assert [(v, p) for v, _, p, _ in read(g, text)] == [(3000, "Nyala")]
