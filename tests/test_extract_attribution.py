"""Attribution: agency and person from reporting verbs, anaphora and quotations."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g():
    return Gazetteer.from_data()


def figs(g, text):
    return extract_figures(text, gazetteer=g)


def test_agency_after_the_content(g):
    f = figs(g, "Air strikes killed 17 civilians in the village overnight, the Syrian Observatory for Human Rights said.")
    assert f[0]["agency"] == "SOHR"


def test_agency_before_the_content(g):
    f = figs(g, "UNICEF warned on Monday that 5,000 children are in need of urgent assistance.")
    assert f[0]["agency"] == "UNICEF"


def test_according_to(g):
    f = figs(g, "About 12,000 people have fled the fighting, according to the UN refugee agency.")
    assert f[0]["agency"] == "UNHCR"


def test_agency_anaphora_through_gazetteer(g):
    text = "The monitor recorded 31 civilians killed in the air raids."
    assert figs(g, text)[0]["agency"] == "SOHR"


def test_pronoun_points_back_to_last_speaker(g):
    text = (
        "Doctors Without Borders said its clinics were overwhelmed. "
        "It said 85 wounded people had been treated since Friday."
    )
    f = figs(g, text)
    assert [(x["value"], x["agency"]) for x in f] == [(85, "MSF")]


def test_possessive_spokesman_and_person(g):
    text = (
        "The UN humanitarian office called for a pause in the fighting. "
        "Its spokeswoman Maria Lopez said as many as 9,000 people remain trapped in the old town."
    )
    f = figs(g, text)[0]
    assert (f["agency"], f["person"]) == ("OCHA", "Maria Lopez")


def test_person_after_inverted_verb(g):
    text = '"At least 60 patients need evacuation," said WHO regional director Hanan Barakat.'
    f = figs(g, text)[0]
    assert (f["agency"], f["person"]) == ("WHO", "Hanan Barakat")


def test_clause_before_a_forward_cue_stays_unattributed(g):
    text = "Thousands have fled the area, and UNHCR estimates 4,000 people remain in the town."
    f = figs(g, text)
    assert [(x["low"] or x["value"], x["agency"]) for x in f] == [(2000, None), (4000, "UNHCR")]


def test_unattributed_figure_is_not_guessed(g):
    text = "UNICEF opened two schools last week. Some 300 families were displaced by the floods."
    f = figs(g, text)
    assert f[0]["agency"] is None and f[0]["person"] is None


def test_anaphor_points_back_to_an_organisation_of_its_kind(g):
    text = "UNICEF and Human Rights Watch visited the camp on Monday. The rights group said 40 children were missing."
    assert figs(g, text)[0]["agency"] == "Human Rights Watch"


def test_the_mission_is_the_un_mission_named_before(g):
    text = "The UN peacekeeping mission, MONUSCO, condemned the attack near Beni. The mission said 12 peacekeepers were wounded."
    f = figs(g, text)[0]
    assert (f["value"], f["subject"], f["status"], f["agency"]) == (12, "personnel", "injured", "MONUSCO")


def test_the_health_ministry_skips_a_military_named_in_between(g):
    text = (
        "The Lebanese Health Ministry said 12 people were killed on Monday. The Israeli military said it struck "
        "50 targets. On Tuesday the health ministry said 19 more people had been killed."
    )
    assert [f["agency"] for f in figs(g, text)] == ["Lebanese Health Ministry", "Israeli military", "Lebanese Health Ministry"]


def test_the_spokesman_is_the_last_speaker(g):
    text = "The toll rose to 90, a Taliban government spokesman said on Sunday. More than 400 people were injured, the spokesman said."
    assert figs(g, text)[-1]["agency"] == "Taliban"


def test_source_carries_to_the_next_sentence_of_its_paragraph(g):
    text = "The UN refugee agency said on Monday that 12,000 people had crossed the border. Another 4,000 were stranded at the crossing."
    assert [f["agency"] for f in figs(g, text)] == ["UNHCR", "UNHCR"]


@pytest.mark.parametrize(
    "second",
    [
        "\n\nIn Joda, another 4,000 were stranded at the crossing.",  # another paragraph about another place
        " Residents said 300 families were stranded at the crossing.",  # a source of its own (checked below)
        " In Renk, 300 families were stranded at the crossing.",  # another place, another topic
    ],
)
def test_source_does_not_carry_when_unsure(g, second):
    text = "The UN refugee agency said on Monday that 12,000 people had crossed the border." + second
    f = figs(g, text)
    # "Residents said": a source of its own, named as the text names it, not UNHCR's.
    assert f[0]["agency"] == "UNHCR" and f[-1]["agency"] == ("residents" if "Residents" in second else None)


def test_speaker_in_apposition_before_the_verb(g):
    text = "The UN peacekeeping mission, MINUSCA, said its patrol came under fire in the night, when 4 civilians were killed."
    assert [f["agency"] for f in figs(g, text)] == ["MINUSCA"]


def test_the_mission_across_a_paragraph_break(g):
    text = (
        "The UN peacekeeping mission, MINUSCA, said it had sent patrols to the area.\n"
        "The mission currently has about 11,000 troops in the country. Two of its peacekeepers were injured, "
        "the mission said."
    )
    f = figs(g, text)
    assert [(x["value"], x["subject"], x["status"], x["agency"]) for x in f] == [
        (11000, "troops", "deployed", "MINUSCA"),
        (2, "personnel", "injured", "MINUSCA"),
    ]


def test_speaker_named_again_by_surname(g):
    text = (
        "Some 800 people fled across the border, UNHCR spokesperson Lena Varga told reporters on Friday.\n"
        '"More than 15,000 people are sheltering in the transit centre," Varga said.'
    )
    assert [f["agency"] for f in figs(g, text)] == ["UNHCR", "UNHCR"]


def test_people_without_enough_to_eat_or_reached_by_aid_are_in_need_and_an_announcement_by_x_is_xs():
    from extract import extract_figures
    from store.gazetteer import Gazetteer

    g = Gazetteer.from_data()
    text = ("The decision follows last month's announcement by the Lesotho Vulnerability Assessment Committee (LVAC) that "
            "580,000 people do not have enough to eat. WFP is providing food assistance to some 130,000 vulnerable people "
            "and plans to reach an estimated 300,000 people next year.")
    found = [(f["value"], f["status"], f["agency"]) for f in extract_figures(text, gazetteer=g, title="Drought in Lesotho")]
    assert [(v, s) for v, s, _ in found] == [(580000, "in_need"), (130000, "in_need"), (300000, "in_need")]
    assert found[0][2] == "LVAC"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a toll expected to reach a number is a toll, not people aid aims to reach
        ("The death toll is expected to reach 100, officials in Garissa said.", (100, "killed")),
        # aid to people the text says are wounded: wounded
        ("MSF said it had provided medical assistance to 300 wounded people in Garissa.", (300, "injured")),
        # a date or an ordinal after 'according to' is no figure that turns the source forward
        ("At least 40 people were killed in Garissa, according to an OCHA update of 3 May.", (40, "killed", "OCHA")),
        ("At least 40 people were killed in Garissa, according to the IOM 5th situation report.", (40, "killed", "IOM")),
    ],
)
def test_what_the_need_and_source_rules_must_leave_alone(text, expected):
    from extract import extract_figures
    from store.gazetteer import Gazetteer

    f = extract_figures(text, gazetteer=Gazetteer.from_data(), title="Floods in Kenya")[0]
    assert (f["value"], f["status"], f["agency"])[: len(expected)] == expected


def test_the_website_a_report_was_copied_from_is_not_its_source():
    # ReliefWeb's banner names OCHA, which runs the site; the appeal is the IFRC's.
    text = ("Informing humanitarians worldwide 24/7 — a service provided by UN OCHA\n\nZambia\n\n"
            "The country experienced its last major outbreak with a total of 5,935 reported cases and 114 deaths.")
    f = extract_figures(text, gazetteer=Gazetteer.from_data(), title="Zambia: Cholera Outbreak Emergency Appeal", outlet="IFRC")
    # (the cases are people affected, as the deaths are killed: both the IFRC's)
    assert [(x["value"], x["agency"]) for x in f] == [(5935, "IFRC"), (114, "IFRC")]


def test_parts_of_a_sourced_count_named_again_keep_its_source(g):
    text = (
        "The earthquake death toll climbed to 202 on Tuesday, according to the Ishikawa prefectural government.\n\n"
        "Of the 202 deaths confirmed as of 2 p.m. Tuesday, 91 were in Suzu, 81 were in Wajima and five were in Nanao."
    )
    found = [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g)]
    assert found == [(202, "Ishikawa prefectural government"), (91, "Ishikawa prefectural government"),
                     (81, "Ishikawa prefectural government"), (5, "Ishikawa prefectural government")]


def test_a_news_source_goes_on_into_the_next_paragraph_but_a_documents_does_not_override_its_publisher(g):
    text = (
        "On Monday, the Ministry of Interior said that a cumulative 174 people have been reported injured.\n\n"
        "At least 75 people are currently missing, and 46,937 households have been displaced."
    )
    news = extract_figures(text, gazetteer=g, title="Floods in Kenya", outlet="The Star")
    assert [f["agency"] for f in news] == ["Kenyan interior ministry"] * 3
    report = extract_figures(text, gazetteer=g, title="Floods in Kenya", outlet="OCHA")
    assert [f["agency"] for f in report] == ["Kenyan interior ministry", "OCHA", "OCHA"]


def test_as_per_is_according_to(g):
    f = extract_figures("As per UNHCR, 4,000 people fled to Chad.", gazetteer=g)
    assert [(x["value"], x["agency"]) for x in f] == [(4000, "UNHCR")]
    # ("as" alone is no source: "The toll rose as people were pulled from the rubble")
    assert extract_figures("The toll rose as rescuers searched: 40 died.", gazetteer=g)[0]["agency"] is None


@pytest.mark.parametrize("outlet, publisher", [
    # initials no table knows, spelt out as a relief body's name; a body's office in a country, on its own site
    ("CDEMA (Caribbean Disaster Emergency Management Agency; Situation Report 2, cdema.org virtual library)", "CDEMA"),
    # a known body, its site in brackets and the kind of page after a comma
    ("UNHCR (unhcr.org), briefing notes", "UNHCR"),
    # a known body, then after a comma the page it is (not in lower case); a country office with its page in brackets
    ("OCHA (reliefweb.int), Somalia flash update on Guri Ceel", "OCHA"),
    ("OCHA South Sudan (Abyei Flash Update No. 1, as posted on reliefweb)", "OCHA"),
    # a public emergency service's own incident page, its name ending or opening with the service
    ("London Fire Brigade (london-fire.gov.uk incident page)", "London Fire Brigade"),
    ("Police Scotland", "Police Scotland"),
    ("Police Service of Northern Ireland", "Police Service of Northern Ireland"),
])
def test_a_relief_body_given_by_its_initials_publishes_its_own_report(g, outlet, publisher):
    text = "Haiti earthquake\n\nThe earthquake toll is 1,419 dead to date: 1,133 in the South and 122 in Nippes."
    assert {f["agency"] for f in extract_figures(text, gazetteer=g, outlet=outlet)} == {publisher}


@pytest.mark.parametrize("outlet", [
    # must not fire: a news agency spelt out, a broadcaster's regional edition on a commercial site
    "AA (Anadolu Agency; aa.com.tr)",
    "CNN Indonesia (cnnindonesia.com)",
    "NTA (Nigerian Television Authority)",
    "ANI (Asian News International)",
    "TNH (The New Humanitarian)",
    "KHN (Kaiser Health News)",
    "VOA Zimbabwe (voazimbabwe.org)",
    # a known body's report as a newspaper reposted it, the tail naming who compiled it
    "ReliefWeb (reliefweb.int), compiled by Dian Lestariningsih",
    "Police Gazette (policegazette.com)",
    # a trade paper named with a service's word; a known body's page as another outlet quoted it; a joint statement
    "Police Oracle",
    "Coast Guard Compass",
    "OCHA, quoted in Reuters",
    "UNICEF, Save the Children, World Vision (joint statement)",
])
def test_a_news_outlet_given_so_is_no_publisher(g, outlet):
    text = "Haiti earthquake\n\nThe earthquake toll is 1,419 dead to date: 1,133 in the South and 122 in Nippes."
    assert {f["agency"] for f in extract_figures(text, gazetteer=g, outlet=outlet)} == {None}


def test_a_quotation_labelled_with_its_speaker_is_theirs_across_paragraphs(g):
    text = ("Russian forces struck the city of Pavlohrad on 6 September.\n\n"
            "Source: Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration\n\n"
            'Quote from Lysak: "The enemy has attacked Pavlohrad.\n\n'
            'Early reports indicate that five people have been injured. Stay in shelters."\n\n'
            "Updated: Lysak later reported that the attack had killed 1 person.\n\n"
            'Quote: "The number of injured is growing. 18 people are in hospital now."')
    got = [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g)]
    assert (5, "Dnipropetrovsk Oblast Military Administration") in got
    assert (18, "Dnipropetrovsk Oblast Military Administration") in got


def test_a_headline_that_ends_with_its_source(g):
    title = "Dozens killed and 7,000 further displaced by attack in northern Uganda - UN"
    text = f"{title}\n\nA second attack this week on a refugee camp has killed 41 people, OCHA said today."
    got = [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g, title=title)]
    assert got[:2] == [(None, "UN"), (7000, "UN")] and (41, "OCHA") in got
    # (a news agency's name after the dash is the outlet's byline, no source)
    title = "Floods kill 20 in northern Kenya - Reuters"
    assert [f["agency"] for f in extract_figures(f"{title}\n\nRoads were cut.", gazetteer=g, title=title)] == [None]


def test_every_fakes_article_reads_without_an_error(g):
    # real Syrian-war reporting, commas stripped: one article (row 605) once left no words before a reporting verb to
    # name a speaker, and its extraction raised; every article must read, whatever it holds
    import csv

    from conftest import SHARED

    fakes = SHARED / "datasets" / "fakes" / "FA-KES-dev.csv"
    csv.field_size_limit(10_000_000)
    with fakes.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 700
    read = [extract_figures(r["article_content"], gazetteer=g, title=r["article_title"]) for r in rows]
    assert sum(bool(figs) for figs in read) > 600  # (most hold figures)


def test_a_storm_that_claimed_lives_is_no_speaker(g):
    # "claimed more than 13 lives" is the toll's verb, so the report's publisher gives it; a claim that a toll is so speaks
    text = "On 16 May 2013, Cyclonic Storm Mahsen claimed more than 13 lives and affected around 1.5 million people in Bangladesh."
    assert [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g, outlet="IFRC (ifrc.org)")] == [
        (13, "IFRC"), (1500000, "IFRC")]
    f = extract_figures("Officials claimed that 17 people lost their lives in the storm.", gazetteer=g)
    assert [(x["value"], x["agency"]) for x in f] == [(17, "officials")]


def test_a_source_goes_on_to_the_places_the_story_listed_though_written_another_way(g):
    # "Dhemaji" in the list and "the Dhemaji district" after the source are one place the tables lack
    text = ("Rivers are rising in Assam, and flood waters submerged 46 villages in Dhemaji, Dibrugarh and Lakhimpur districts. "
            "According to the Assam State Disaster Management Authority (ASDMA), the river is above the danger mark. "
            "A total of 15,084 people have been affected in the Dhemaji district while 14,895 people were affected in Lakhimpur "
            "and 3,857 in the Dibrugarh district.")
    figs = extract_figures(text, gazetteer=g)
    assert [(f["value"], f["agency"]) for f in figs] == [(15084, "ASDMA"), (14895, "ASDMA"), (3857, "ASDMA")]
    # must not fire: a place the story did not list before the source spoke starts another topic
    other = text.replace("Dhemaji district", "Tinsukia district").replace("in Lakhimpur", "in Tinsukia")
    assert {f["agency"] for f in extract_figures(other, gazetteer=g)} == {None}


def test_a_quotation_that_opens_after_its_speaker_closed_one_is_theirs(g):
    text = ("“The Town of Matador has experienced an unprecedented tornado,” the Lubbock Fire Department tweeted. "
            "“There are four confirmed fatalities and ten total injuries.”")
    assert [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g)] == [
        (4, "Lubbock Fire Department"), (10, "Lubbock Fire Department")]
    # must not fire: a quotation in another paragraph, or after a gap that tells more than who spoke
    apart = text.replace("tweeted. “", "tweeted.\n\n“")
    assert {f["agency"] for f in extract_figures(apart, gazetteer=g)} == {None}


def test_a_quotation_that_names_its_own_speaker_is_not_the_one_before(g):
    text = ("“The RSF attacked the camp at dawn,” the Sudan Doctors Network said. “They killed at least 20 people,” a "
            "survivor told Reuters by phone.")
    # (the survivor who spoke, as the text names them: never the network quoted before)
    assert [f["agency"] for f in extract_figures(text, gazetteer=g)] == ["survivor"]


def test_a_bodys_name_is_no_persons_surname(g):
    # "the Syrian Observatory" read once as a person's name does not make "the Observatory" anyone's but SOHR's
    text = ("Fuaa is held by the extremist Islamic State group according to the Syrian Observatory for Human Rights. "
            "“Dozens of shells fell on Fuaa and Kafraya killing 12 people” the Observatory said.")
    assert {f["agency"] for f in extract_figures(text, gazetteer=g)} == {"SOHR"}


def test_a_reporter_citing_a_tally_whose_parts_follow_a_colon(g):
    # "AFP ... gave a death toll of at least 38 people, citing a provisional police tally: three in A, 13 in B": the police's
    text = ("Separately, AFP news agency gave a death toll of at least 38 people, citing a provisional police tally: three in "
            "Gikomero, 13 in Rukombe and 22 died in Nyempundu.")
    assert {f["agency"] for f in figs(g, text)} == {"police"}
    # must not fire: the reporter's own count, citing no one
    assert figs(g, "AFP news agency gave a death toll of at least 38 people: three in Gikomero and 35 in Rukombe.")[0]["agency"] != "police"


def test_gazas_health_ministry_named_with_who_runs_it(g):
    text = "Gaza’s Hamas-controlled health ministry said more than 20 bodies had arrived at the Nasser medical centre."
    assert figs(g, text)[0]["agency"] == "Gaza Health Ministry"


@pytest.mark.parametrize("outlet, publisher", [
    # a body's page another site carried a copy of is still the body's
    ("WHO, reliefweb's copy as carried by EIN News (finance.einnews.com)", "WHO"),
    ("Human Rights Watch (hrw.org), a press release carried by silkway.news", "Human Rights Watch"),
    # a body no table knows, named as an organisation, the tail saying what kind of page it is: by its initials
    ("Community and Family Services International (CFSI), an IDP Protection Assessment Report of the Mindanao "
     "Protection Cluster, on reliefweb.int", "CFSI"),
    # a page the body published, whoever wrote its text
    ("AHA Centre ADINet (adinet.ahacentre.org), text by BNPB Public Relations", "AHA Centre ADINet"),
    # where the page was found is no part of the publisher's name
    ("Start Network (start-network.org), on reliefweb.int", "Start Network"),
    ("Start Network (start-network.org), on m.reliefweb.int", "Start Network"),
    # (not by initials another body goes by, nor a national body's, which another country's shares)
    ("Pakistan Red Crescent Society (PRCS), an update", "Pakistan Red Crescent Society"),
    ("Nepal Red Cross Society (NRCS), a report", "Nepal Red Cross Society"),
    ("Office of the UN Resident Coordinator in Lesotho, on humanitarianresponse.info (humanitarianresponse.info)",
     "Office of the UN Resident Coordinator in Lesotho"),
])
def test_a_documents_publisher_however_the_page_was_found(g, outlet, publisher):
    from extract.figures import _publisher

    assert _publisher(g, outlet) == publisher
    text = "Plague in Madagascar\n\nA total of 22 confirmed cases of plague have been notified, including six deaths."
    assert {f["agency"] for f in extract_figures(text, gazetteer=g, outlet=outlet)} == {publisher}


@pytest.mark.parametrize("outlet", [
    # a body's name with a tail that names someone else as the author, or no organisation at all
    "Refugees International, a report quoted by AP",
    "Daily Nation (nation.africa), an AFP story carried by the Star",
])
def test_a_page_carried_or_quoted_by_another_is_not_a_publishers_by_its_tail(g, outlet):
    text = "Plague in Madagascar\n\nA total of 22 confirmed cases of plague have been notified, including six deaths."
    assert {f["agency"] for f in extract_figures(text, gazetteer=g, outlet=outlet)} == {None}


def test_what_was_believed_by_no_one_named_is_no_source_for_the_count_before(g):
    text = ("Baghdad lorry bomb kills 115\n\n"
            "A suicide lorry bomb in Baghdad killed 115 people and wounded nearly 200 others.\n\n"
            "The attack, claimed by the Islamic State group, was the deadliest for months, and came despite the capture "
            "of Fallujah, which was believed to have been a source of such attacks.")
    assert [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g)] == [(115, None), (200, None)]
    widely = text.replace("which was believed", "which was widely believed")
    assert [(f["value"], f["agency"]) for f in extract_figures(widely, gazetteer=g)] == [(115, None), (200, None)]
    # (a body that believes a count still gives it)
    text = "Fighting hit Sudan on Sunday.\n\nThe army believed 20 more were killed."
    assert [(f["value"], f["agency"]) for f in extract_figures(text, gazetteer=g)] == [(20, "Sudanese army")]


@pytest.mark.parametrize("text, agencies", [
    # a count the sentence calls the official toll or figures: the officials'
    ("A fire hit a market in Kolkata, India.\n\nThe official death toll was 21.", ["officials"]),
    ("Floods hit France.\n\nOfficial figures so far mention 45 dead.", ["officials"]),
    # must not fire: no official toll, a count compared with it, or a source the sentence names
    ("A ship sank off Cyprus.\n\nThere was no official death toll, but 30 were feared dead.", [None]),
    ("A cyclone hit Myanmar.\n\nThe dead could number more than the official figures of 300.", []),
    # (a body named as the toll's owner is no officials' count, whether or not the rules read it as the source)
    ("An earthquake hit Aceh.\n\nThe National Disaster Mitigation Agency's (BNPB) official death toll hit 40.", [None]),
    ("A fire hit a market in Kolkata, India.\n\nThe official death toll was 21, the fire department said.", ["fire department"]),
])
def test_a_count_called_the_official_toll_is_the_officials(g, text, agencies):
    assert [f["agency"] for f in extract_figures(text, gazetteer=g)] == agencies


def test_a_body_that_denounces_a_toll_tells_it(g):
    """"MSF denounces 12 dead, including four children": a translation's "denuncia" tells the count, as "says" would."""
    title = "MSF denounces 12 dead, including four children, in a bombing in southern Niger"
    got = extract_figures(title + "\n\nThe bombing happened on Sunday.", gazetteer=g, title=title)
    assert [(f["value"], f["agency"]) for f in got] == [(12, "MSF"), (4, "MSF")]
    # must not fire: a body that denounces what another counts is not the count's source
    got = extract_figures("Hamas denounced the Israeli strike in Rafah that killed 12 people, the health ministry said.", gazetteer=g)
    assert [(f["value"], f["agency"]) for f in got] == [(12, "Palestinian health ministry")]
