"""Honest no-answers and hostile input: never an exception, never a number."""

from __future__ import annotations

import json
import re

import pytest

from answer import about_place, ask, sources
from store import Store
from store.exchange import import_figures


def add(store: Store, value, *, subject="children", status="trapped", location="Raqqa", agency="UNICEF", title="Report 2017") -> dict:
    fig = {"value": value, "subject": subject, "status": status, "location": location, "agency": agency}
    return store.add_figure(fig, citation={"title": title, "outlet": "Wire", "published": "2017-06-01"}, actor="test", origin="import")


@pytest.fixture
def filled(store: Store) -> Store:
    add(store, 40000)
    add(store, 15, subject="civilians", status="killed", location="Jazra", agency="SOHR")
    add(store, 400000, subject="people", status="killed", location="Syria", agency=None)
    return store


def no_digits(text: str) -> bool:
    return not re.search(r"\d", text)


def test_no_figure_says_what_is_missing_and_what_is_known_nearby(filled):
    answer = ask(filled, "how many people were injured in Jazra")
    assert answer.none and answer.figures == []
    assert answer.text.startswith("No figure for people injured in Jazra.")
    assert "I have figures for Jazra on: civilians killed." in answer.text
    assert no_digits(answer.text)


def test_a_known_place_without_figures(filled):
    answer = ask(filled, "how many children are trapped in Aleppo?")
    assert answer.none
    assert "No figure for children trapped in Aleppo." in answer.text
    assert "I have no figures for Aleppo." in answer.text
    assert no_digits(answer.text)


def test_the_wider_place_is_named_without_its_number(filled):
    answer = ask(filled, "how many children trapped in Jazra")
    assert answer.none
    assert "Raqqa, which contains Jazra, has figures on children trapped." in answer.text
    assert no_digits(answer.text)


def test_an_unknown_place_never_falls_back_to_another(filled):
    answer = ask(filled, "how many children are trapped in Atlantis?")
    assert answer.none and answer.figures == []
    assert "Atlantis" in answer.text
    assert no_digits(answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   ",
        "hi",
        "hello there",
        "asdf",
        "🙂🙂🙂",
        "🔥",
        "x" * 10_000,
        "how many " * 1_200,
        "'; DROP TABLE figures; --",
        "1 OR 1=1; SELECT * FROM figures",
        "<script>alert('x')</script>",
        "<b>how</b> <a href='javascript:1'>many</a>",
        "\x00\x01\x02",
        "\u202e\u202b\u200f",
        "مرحبا",
        "שלום, כמה ילדים?",
        "?!?",
        "12345",
    ],
)
def test_hostile_input_gets_help_not_a_number(filled, question):
    answer = ask(filled, question)
    assert answer.none
    assert answer.figures == []
    assert not re.search(r"\d{2,}", answer.text)
    assert "<script>" not in answer.html and "javascript:" not in answer.html
    assert all(len(part) < 4096 for part in answer.html_parts)


def test_rtl_question_with_a_known_place_is_answered(filled):
    answer = ask(filled, "كم عدد الأطفال المحاصرين في الرقة")
    assert not answer.none
    assert answer.figures[0]["value"] == 40000


def test_a_long_message_with_a_question_inside(filled):
    answer = ask(filled, "how many children trapped in Raqqa? " + "blah " * 2000)
    assert answer.figures and answer.figures[0]["value"] == 40000


def test_about_and_sources(filled):
    about = about_place(filled, "Raqqa")
    assert not about.none
    assert "children trapped" in about.text and "civilians killed" in about.text
    assert no_digits(about.text)
    assert about_place(filled, "Atlantis").none
    assert about_place(filled, "").none
    listing = sources(filled)
    assert "UNICEF" in listing.text and "SOHR" in listing.text
    assert "“Report 2017”" in listing.text


def test_empty_store(store):
    for question in ("how many children trapped in Raqqa", "hi", "sources", "Raqqa"):
        answer = ask(store, question)
        assert answer.none
        assert no_digits(answer.text)


def test_cli_ask_json(run_cli, filled):
    result = run_cli("ask", "how many kids are stuck in Raqa?", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output.strip().splitlines()[-1])
    assert data["none"] is False
    assert data["figures"][0]["value"] == 40000
    assert "40,000" in data["text"] and "UNICEF" in data["text"]
    honest = json.loads(run_cli("ask", "how many children are trapped in Atlantis?", "--json").output.strip().splitlines()[-1])
    assert honest["none"] is True and no_digits(honest["text"])
    for hostile in ("", "🙂", "<b>x</b>", "x" * 10_000):
        result = run_cli("ask", hostile, "--json")
        assert result.exit_code == 0
        assert json.loads(result.output.strip().splitlines()[-1])["none"] is True


def test_an_event_named_by_a_place_no_table_knows_is_answered_only_from_articles_that_name_it(store: Store):
    # "noto earthquake": no figure from an article that never names Noto answers it, however close.
    text = "A landslide on Mount Hanang in Tanzania killed 85 people and injured 139, the regional commissioner said."
    fig = {"value": 139, "subject": "people", "status": "injured", "location": "Tanzania", "agency": None,
           "quote": "injured 139"}
    store.ingest(text, [fig], title="Hanang landslide toll rises", outlet="The Citizen", actor="test")
    answer = ask(store, "noto earthquake number of injured")
    assert answer.none and no_digits(answer.text)
    answer = ask(store, "hanang landslide number of injured")
    assert not answer.none and "139" in answer.text


def test_a_dam_a_boat_or_a_winter_names_an_event_as_a_landslide_does(store: Store):
    # "sardoba dam collapse death toll": a toll from an article that never names Sardoba answers another question.
    text = "Floods in Banjul killed 13 people, the city said."
    fig = {"value": 13, "subject": "people", "status": "killed", "location": "Gambia", "agency": None, "quote": "killed 13 people"}
    store.ingest(text, [fig], title="Banjul floods", outlet="The Standard", actor="test")
    for question in ("sardoba dam collapse death toll", "fass boye pirogue how many dead", "mongolia dzud death toll"):
        answer = ask(store, question)
        assert answer.none and no_digits(answer.text), question
    assert "13" in ask(store, "gambia floods death toll").text


def test_an_imported_figure_names_an_event_only_by_its_title_quote_or_place(store: Store):
    # figures imported with a citation only (no article text): what they say is their title, quote and place
    store.add_figure({"value": 13, "subject": "people", "status": "killed", "location": "Argentina", "agency": None,
                      "note": "13 people killed in the floods"},
                     citation={"title": "Bahía Blanca floods", "outlet": "Wire", "published": "2025-03-09"},
                     actor="test", origin="import")
    answer = ask(store, "sardoba dam collapse death toll")
    assert answer.none and no_digits(answer.text)
    store.add_figure({"value": 70000, "subject": "people", "status": "displaced", "location": "Uzbekistan", "agency": None,
                      "note": "70,000 people evacuated after the Sardoba dam burst"},
                     citation={"title": "Dam burst in Uzbekistan", "outlet": "Wire", "published": "2020-05-02"},
                     actor="test", origin="import")
    assert "70,000" in ask(store, "sardoba dam burst how many evacuated").text
    assert "13" in ask(store, "blanca floods death toll").text  # (its title names it)


def test_a_tornado_names_its_town_as_a_landslide_does(store: Store):
    # "rolling fork tornado how many ppl displaced": the tornado's article counts the dead, not the displaced;
    # the displaced of another story's floods are no answer.
    store.ingest("The tornado that hit Rolling Fork killed 13 people, MEMA said.",
                 [{"value": 13, "subject": "people", "status": "killed", "location": "United States", "agency": None,
                   "quote": "killed 13 people"}], title="Mississippi tornado", outlet="WLBT", actor="test")
    store.ingest("Floods in Banjul displaced 3,000 people, the city said.",
                 [{"value": 3000, "subject": "people", "status": "displaced", "location": "Gambia", "agency": None,
                   "quote": "displaced 3,000 people"}], title="Banjul floods", outlet="The Standard", actor="test")
    answer = ask(store, "rolling fork tornado how many ppl displaced")
    assert answer.none and no_digits(answer.text)
    assert "13" in ask(store, "rolling fork tornado death toll").text


def test_an_imported_figure_names_an_event_by_its_source_too(store: Store):
    # "gb floods": the imported figure's source is the GB Home Minister; its quote and place never say "GB"
    fig = {"value": 35, "subject": "people", "status": "killed", "location": "Pakistan", "agency": "GB Home Minister",
           "note": "at least 35 people have lost their lives",
           "article": {"title": "Floods in the north", "outlet": "Wire", "published": "2025-08-18"}}
    import_figures(store, [(1, fig)], actor="test")
    assert "35" in ask(store, "gb floods death toll").text
    answer = ask(store, "kp floods death toll")
    assert answer.none and no_digits(answer.text)
    # (a place's initials are what its story says too: "kp" for Khyber Pakhtunkhwa)
    fig = {"value": 86, "subject": "people", "status": "injured", "location": "Khyber Pakhtunkhwa", "agency": None,
           "note": "86 people were injured", "article": {"title": "Monsoon toll", "outlet": "Wire", "published": "2025-08-18"}}
    import_figures(store, [(1, fig)], actor="test")
    assert "86" in ask(store, "kp monsoon rains how many ppl injured").text


def test_a_province_named_beside_a_town_it_has_no_figure_for_is_only_the_closest(store):
    # the tables hold Shaoguan as a city of China (no province): Guangdong's figure is the closest, said to be so
    add(store, 11, subject="people", status="missing", location="Guangdong", agency="OCHA",
        title="Rainstorm floods Shaoguan")
    answer = ask(store, "guangdong rainstorm how many missing in shaoguan")
    first = answer.text.splitlines()[0]
    assert first == "Nothing for people missing in Shaoguan; the closest I have is for Guangdong:"
    assert "11 people missing in Guangdong, according to OCHA" in answer.text
    # asked of the province, no caveat
    assert ask(store, "how many missing in guangdong").text.startswith("11 people missing in Guangdong")
    # a province's figure from a report that never names the town is no closest answer for it
    add(store, 40, subject="people", status="injured", location="Guangdong", agency="OCHA", title="Typhoon hits Zhanjiang")
    answer = ask(store, "how many injured in shaoguan")
    assert answer.none and not any(ch.isdigit() for ch in answer.text), answer.text


def test_a_place_no_table_knows_beside_one_it_knows_is_said_unknown(filled):
    answer = ask(filled, "jazra strike how many civilians killed in qasr al-nasr")
    assert answer.text.splitlines()[0] == "I don't know a place called “qasr”; the closest I have is for Jazra:"
    assert "15 civilians killed in Jazra" in answer.text


@pytest.mark.parametrize("question", [
    "how many killed in Jazra on average", "how many civilians killed in Jazra at sea", "how many civilians killed in Jazra at Halloween"])
def test_other_words_after_other_prepositions_are_no_unknown_place(filled, question):
    assert "I don't know a place" not in ask(filled, question).text


def test_the_unknown_place_is_named_without_the_known_one_after_it(filled):
    answer = ask(filled, "how many civilians killed in Xyzton, Jazra")
    assert answer.text.splitlines()[0] == "I don't know a place called “Xyzton”; the closest I have is for Jazra:"


def test_a_named_event_no_article_tells_gets_none_not_another_places_figure(store):
    # "minneapolis bridge collapse": the name first, before the bridge every collapse story names; a figure from an
    # article that never names Minneapolis is another event's (here Mexico's)
    from extract import ingest_article

    ingest_article(store, "Bridge collapse in Mexico\n\nA bridge collapse in Veracruz, Mexico forced 15,000 people to evacuate, officials said.",
                   title="Bridge collapse in Mexico")
    ingest_article(store, "The I-35W bridge over the Mississippi River in Minneapolis collapsed on Wednesday.\n\nPolice in "
                   "Minnesota said 13 people were killed.", title="I-35W bridge collapse")
    # (the story's figure placed in Minnesota; a headline "Minneapolis bridge collapse" would place it in Minneapolis)
    assert store.gazetteer().place("Minneapolis", fuzzy=False) is None
    a = ask(store, "minneapolis bridge collapse how many ppl evacuated")
    assert a.none and no_digits(a.text), a.text
    # (and the event's own figure is found by it)
    assert "13" in ask(store, "minneapolis bridge collapse death toll").text


@pytest.mark.parametrize("question", [
    # must not fire: a common word first ("fatal"), a misspelling no article writes ("minneapolos")
    "fatal bridge collapse death toll",
    "minneapolos bridge collapse death toll",
])
def test_a_first_word_no_article_writes_as_a_name_asks_no_event(store, question):
    from extract import ingest_article

    # (a headline line in title case is no sign that "Fatal" is a name)
    ingest_article(store, "Three Dead In Fatal Crash On Highway\n\nThree people were killed in a crash in Ohio, police said.")
    ingest_article(store, "The I-35W bridge over the Mississippi River in Minneapolis collapsed on Wednesday.\n\nPolice in "
                   "Minnesota said 13 people were killed.", title="Minneapolis bridge collapse")
    assert "13" in ask(store, question).text


def test_a_first_word_nothing_in_the_store_says_gets_none(store):
    # "sendong washi": a storm's local names, which no article, title, quote or note the store keeps says; the store's
    # missing elsewhere (an imported figure, no article text) are another event's
    add(store, 76, subject="people", status="missing", location="Syria", agency=None, title="Boat sinking")
    a = ask(store, "sendong washi how many ppl missing")
    assert a.none and no_digits(a.text), a.text


def test_a_first_word_an_article_says_spelt_a_letter_apart_still_answers(store):
    # must not fire: "viaregio" for Viareggio, which the article says
    from extract import ingest_article

    ingest_article(store, "Floods in Italy\n\nFloods hit Viareggio, Italy, and emergency services evacuated more than 1,000 "
                   "people, officials said.", title="Floods in Italy")
    assert "1,000" in ask(store, "viaregio how many evacuated").text
    # (the store's reading: a word spelt a letter or two apart is said; a word nothing says is not)
    assert store.says_anywhere("viaregio") and store.says_anywhere("evacuatd") and not store.says_anywhere("sendong")


def test_a_first_word_an_article_names_is_asked_of_that_article_alone(store):
    # "tapachula how many migrants deported": Tapachula, which the store does not know as a place, is named by one
    # report, whose figures are then the only candidates; another report's flood toll in Brazil answers another question
    from extract import ingest_article

    ingest_article(store, "Floods in Brazil\n\nFloods in Amazonas state, Brazil, have affected 47,035 people, the civil "
                   "defence said.", title="Floods in Brazil")
    ingest_article(store, "Children on the move\n\nNearly 3,000 children crossed from Guatemala to Mexico, many of them "
                   "waiting in the city of Tapachula, UNICEF said.", title="Children on the move")
    assert store.gazetteer().place("Tapachula", fuzzy=False) is None
    a = ask(store, "tapachula how many migrants deported")
    assert a.none and "47,035" not in a.text, a.text



@pytest.mark.parametrize("question", [
    # an event a letter off another is another event: Hurricane Maria is not Hurricane Marie
    "hurricane maria death toll",
    # a town a letter off a common word is still a town: Winder is not "winter", Augusta not "august"
    "how many killed in winder shooting",
    "us augusta shooting how many killed",
])
def test_a_name_a_letter_off_another_word_answers_nothing_of_that_word(store, question):
    from extract import ingest_article

    ingest_article(store, "Hurricane Marie hits Mexico\n\nHurricane Marie killed 3 people in Mexico, officials said.",
                   title="Hurricane Marie hits Mexico")
    ingest_article(store, "School shooting in Texas\n\nA gunman killed 10 people at a school in Texas, police said.",
                   title="Texas school shooting")
    a = ask(store, question)
    assert a.none and no_digits(a.text), a.text


def test_an_event_named_with_its_country_is_asked_of_the_reports_that_name_it(store):
    # "tempi train crash greece how many still missing": Greece's missing from a shipwreck off Pylos answer another
    # question; the Tempi crash's report has no missing
    from extract import ingest_article

    ingest_article(store, "Shipwreck off Greece\n\nHundreds of people are missing after a shipwreck off Pylos, Greece, IOM said.",
                   title="Shipwreck off Pylos")
    ingest_article(store, "Train crash in Greece\n\nA train collision near Tempi, Greece, killed 36 people, the fire brigade said.",
                   title="Tempi train crash")
    a = ask(store, "tempi train crash greece how many still missing")
    assert a.none and no_digits(a.text), a.text
    assert "36" in ask(store, "tempi train crash greece death toll").text
    # must not fire: a word no report writes as a name asks of every report on the country
    assert "36" in ask(store, "express train crash greece death toll").text


def test_an_event_word_with_a_place_reads_only_the_reports_on_that_place_that_name_it(store):
    # the Tempi crash's dead placed in Greece (Tempi never learned as a place): the event word reads Greece's reports
    # that name Tempi; a capitalised word in a story on another place ("Summer Olympics") filters nothing
    fig = {"value": 36, "subject": "people", "status": "killed", "location": "Greece", "agency": None, "quote": "killed 36 people"}
    store.ingest("A train collision near Tempi in Greece killed 36 people, the fire brigade said.", [fig],
                 title="Train crash", outlet="Wire", actor="test")
    fig = {"value": 300, "subject": "people", "status": "missing", "location": "Greece", "agency": "IOM", "quote": "300 people"}
    store.ingest("A boat sank off Greece. Some 300 people are missing, IOM said.", [fig], title="Shipwreck", outlet="Wire",
                 actor="test")
    a = ask(store, "tempi train crash greece how many still missing")
    assert a.none and no_digits(a.text), a.text
    assert a.text.splitlines()[0] == "No figure for people missing in Greece in the reports that name “tempi”."
    assert "36" in ask(store, "tempi train crash greece death toll").text
    fig = {"value": 45, "subject": "people", "status": "killed", "location": "Kenya", "agency": None, "quote": "killed 45 people"}
    store.ingest("Floods in Kenya killed 45 people this week.", [fig], title="Kenya floods", outlet="Wire", actor="test")
    store.ingest("The Summer Olympics opened in Paris on Friday.", [], title="Olympics", outlet="Wire", actor="test")
    assert "45" in ask(store, "summer floods kenya death toll").text


def test_a_source_named_in_passing_is_checked_against_every_figure_shown(store):
    # "india floods casualties asdma": the injured added for "casualties" are ASDMA's, so no line says none is
    store.add_agency("ASDMA", actor="test")
    add(store, 18, subject="people", status="killed", location="India", agency=None, title="Assam floods")
    add(store, 40, subject="people", status="injured", location="Assam", agency="ASDMA", title="Assam floods")
    text = ask(store, "india floods casualties asdma").text
    assert "40" in text and "attributed to" not in text


def test_a_first_word_with_a_source_asked_is_still_asked_of_the_reports_that_name_it(store):
    # "tapachula how many missing acc to unicef": UNICEF's missing from a report that never names Tapachula (which another
    # report names) answer another question ("acc to" naming the source does not make the word typed first a word of
    # nothing); a word no report says is the question's own ("sorry"), as before
    from extract import ingest_article

    ingest_article(store, "Floods in Brazil\n\nFloods in Amazonas state, Brazil, left 35 people missing, UNICEF said.",
                   title="Floods in Brazil")
    ingest_article(store, "Children on the move\n\nNearly 3,000 children crossed from Guatemala to Mexico, many of them "
                   "waiting in the city of Tapachula, UNICEF said.", title="Children on the move")
    a = ask(store, "tapachula how many missing acc to unicef")
    assert a.none and "35" not in a.text, a.text
    assert "35" in ask(store, "amazonas how many missing acc to unicef").text
    assert "35" in ask(store, "sorry how many missing acc to unicef").text
    assert "35" in ask(store, "confirmed missing acc to unicef").text
    # a word no report says is no topic the store has: "haiyan" is not Amazonas's flood, a source asked or not
    a = ask(store, "haiyan how many missing acc to unicef")
    assert a.none and "35" not in a.text, a.text


def test_a_town_no_table_knows_before_its_province_gets_none_not_another_towns_figures(store):
    # "lae morobe": Lae is a town of Morobe the store does not know; the only figures in Morobe are another town's
    # (Kwasong, learned from an article), named, not shown
    from extract import ingest_article

    ingest_article(store, "Papua New Guinea: a landslide on 20 January in Kwasong, Morobe Province, left 13 people dead and "
                          "many more injured.", title="Landslide in Morobe", outlet="Wire")
    for question in ("lae morobe flooding how many dead", "how many dead in lae, morobe"):
        answer = ask(store, question)
        assert answer.none and not any(ch.isdigit() for ch in answer.text), answer.text
        assert answer.text.startswith("I don't know a place called “lae”") and "only in Kwasong" in answer.text
    # asked of the province, or of the town, its figure
    assert "13 people killed in Kwasong" in ask(store, "morobe flooding how many dead").text
    assert "13 people killed in Kwasong" in ask(store, "kwasong morobe how many dead").text
    # a compass word before the province qualifies it, and names no town; nor does an event's name or any word that is
    # no town of the province's country ("mocha rakhine": the cyclone)
    assert "I don't know a place" not in ask(store, "northern morobe how many dead").text
    ingest_article(store, "Cyclone Mocha hit Myanmar. In Sittwe, the state capital, 20,000 people were displaced.",
                   title="Cyclone Mocha batters Rakhine", outlet="Wire")
    for question in ("mocha rakhine how many displaced", "junta rakhine how many displaced"):
        assert "20,000 people displaced in Sittwe" in ask(store, question).text, question


def test_a_country_with_no_figure_placed_in_it_gives_the_event_s_reports_as_the_closest(store):
    # "kadovar volcano png": the island's figures were imported with a place no table puts in Papua New Guinea
    fig = {"value": 640, "subject": "people", "status": "displaced", "location": "Kadovar Island", "agency": "IFRC",
           "note": "The DREF reached 640 displaced people",
           "article": {"title": "Kadovar volcano eruption DREF final report", "outlet": "IFRC", "published": "2018-10-09"}}
    import_figures(store, [(1, fig)], actor="test")
    answer = ask(store, "kadovar volcano png how many ppl displaced")
    assert answer.text.splitlines()[0] == (
        "I have no figure placed in Papua New Guinea; the closest I have is from reports that name “kadovar”:")
    assert "640 people displaced in Kadovar Island, according to IFRC" in answer.text
    # an event no report names: none
    answer = ask(store, "manam volcano png how many ppl displaced")
    assert answer.none and not any(ch.isdigit() for ch in answer.text), answer.text
    # (an event's figures placed in another country answer nothing of this one)
    add(store, 326, subject="people", status="killed", location="Malawi", agency="OCHA", title="Cyclone Freddy toll rises")
    answer = ask(store, "cyclone freddy mozambique how many dead")
    assert answer.none and not any(ch.isdigit() for ch in answer.text), answer.text


def test_a_place_an_article_once_read_as_a_source_is_asked_as_the_place(store: Store):
    # "Dinagat Islands record 90% damage" taught the store a source named like the province
    store.add_agency("Dinagat Islands", actor="extract", review="auto")
    add(store, 6, subject="people", status="killed", location="Eastern Visayas", agency="Dinagat Islands")
    add(store, 35, subject="people", status="injured", location="Mumbai", agency="UNICEF")
    answer = ask(store, "dinagat islands odette how many injured")
    assert answer.none and no_digits(answer.text)
    assert answer.text.startswith("No figure for people injured in Dinagat Islands.")
    # named as the source, it is the source
    answer = ask(store, "how many killed according to dinagat islands")
    assert "6 people killed" in answer.text


def test_a_name_after_a_short_word_the_question_opens_with_is_still_its_topic(store):
    # "la faute sur mer xynthia how many injured": the question opens with words nothing reads, the first that may name
    # ("faute") its topic: an article names it, and has no injured; another story's injured answer another question
    from extract import ingest_article

    ingest_article(store, "Storm toll rises\n\nStorm Xynthia killed 29 people in Vendée, officials said. Most of them lived "
                   "in La Faute-sur-Mer.", title="Storm toll rises")
    ingest_article(store, "Shelling in the north\n\nShelling wounded 61 people in the town of Tartar, officials said.",
                   title="Shelling in the north")
    a = ask(store, "la faute sur mer xynthia how many injured")
    assert a.none and "61" not in a.text, a.text
    assert "29" in ask(store, "la faute sur mer xynthia how many dead").text


def test_a_named_event_of_two_words_is_asked_of_the_reports_that_name_it(store):
    # "fort albany first nation flood": the name is "Fort Albany", not "nation" (which any report may write), so a
    # count of people displaced in Colombia is no answer
    from extract import ingest_article

    ingest_article(store, "Colombia: UNHCR report\n\nAt least 800,000 people were displaced in Colombia this year, a nation at war, UNHCR said.",
                   title="Colombia: UNHCR report")
    ingest_article(store, "Fort Albany evacuation continues\n\nA total of 264 people from the Fort Albany First Nation have been "
                   "evacuated so far because of the flood, chief Andrew Solomon said.", title="Fort Albany evacuation continues")
    a = ask(store, "fort albany first nation flood how many evacuted so far")
    assert "264" in a.text and "800,000" not in a.text, a.text
    # must not fire: the nation's own count, asked by its place
    assert "800,000" in ask(store, "colombia war how many displaced").text


def test_an_event_named_by_a_place_and_a_common_word_is_asked_of_the_place(store):
    # "savar garment factory building collapse": no report writes "Savar garment" as a name, so the name is Savar's, and
    # another collapse's toll is no answer
    from extract import ingest_article

    ingest_article(store, "Savar collapse toll rises\n\nThe death toll from the collapse of a garment factory building in Savar, "
                   "Bangladesh, rose to 1,127, the army said.", title="Savar collapse toll rises")
    ingest_article(store, "Lagos building collapse\n\nA building collapse in Lagos killed 45 people, officials said.",
                   title="Lagos building collapse")
    a = ask(store, "savar garment factory building collapse how many dead")
    assert "1,127" in a.text and "45" not in a.text, a.text
    # must not fire: without the event's name, both collapses answer
    assert "45" in ask(store, "building collapse how many dead").text


def test_an_unknown_place_after_a_peoples_demonym_is_the_place_asked(filled):
    # "cameroonian refugees in qasrbeit camp", nothing at all for Cameroon: the reply is about Qasrbeit, which the
    # store does not know, not "no figure for refugees in Cameroon"
    answer = ask(filled, "how many cameroonian refugees in qasrbeit camp")
    assert answer.none and answer.text.startswith("I don't know a place called “qasrbeit”") and no_digits(answer.text)
    # must not fire: a known place after the demonym is answered; a known place with figures of its own beside the
    # unknown one is still said to have them
    assert "15 civilians killed in Jazra" in ask(filled, "how many syrian civilians killed in jazra").text
    assert "I have figures for Syria on" in ask(filled, "how many syrian refugees in qasrbeit camp").text


def test_a_road_typed_short_is_the_road_the_store_knows(store: Store):
    # "bailey rd": Bailey Road, a place the store learned from a report, not an event called "rd"
    fig = {"value": 44, "subject": "people", "status": "killed", "location": "Bailey Road", "agency": None,
           "note": "At least 44 people were killed", "article": {"title": "Fire in Dhaka", "outlet": "Wire", "published": "2024-03-01"}}
    import_figures(store, [(1, fig)], actor="test")
    assert ask(store, "bailey rd fire dhaka death toll").text.startswith("44 people killed in Bailey Road")  # (not only the closest)
    # must not fire: a street the store does not know stays as typed, and is said to be unknown
    answer = ask(store, "how many killed on baker st")
    assert answer.none and no_digits(answer.text) and "Baker Street" not in answer.text


def test_survivors_asked_where_only_the_dead_are_counted_is_an_honest_none(store):
    add(store, 42, subject="people", status="killed", location="Niger State", agency=None, title="Boat capsizes")
    answer = ask(store, "niger state boat how many survivors rescued")
    assert answer.none and answer.figures == [] and "42" not in answer.text
    # (where the rescued are counted, they answer)
    add(store, 35, subject="people", status="present", location="Niger State", agency=None, title="Boat capsizes")
    assert [f["value"] for f in ask(store, "niger state boat how many survivors rescued").figures] == [35]


def test_a_name_typed_first_that_an_article_writes_after_a_dash_answers_only_from_it(store: Store):
    """"buhera cholera how many ppl hospitalised": the one article that writes Buhera (after its dateline's dash) has no
    such count, so a flood's injured elsewhere is no answer."""
    for text, value, quote, status, location in (
        ("BUHERA -Buhera District in Manicaland Province has recorded 32 new confirmed cholera cases.",
         32, "32 new confirmed cholera cases", "affected", "Manicaland"),
        ("Floods in Suleja injured 19 people, the state emergency agency said.", 19, "injured 19 people", "injured", "Suleja"),
    ):
        fig = {"value": value, "subject": "people", "status": status, "location": location, "agency": None, "quote": quote}
        store.ingest(text, [fig], title=f"{location} report", outlet="Wire", actor="test")
    answer = ask(store, "buhera cholera how many ppl hospitalised")
    assert answer.none and no_digits(answer.text)
    # must not fire: the question answered where its article has the count
    answer = ask(store, "suleja floods how many hospitalised")
    assert not answer.none and "19" in answer.text


def test_a_first_word_an_imported_figure_names_is_asked_of_that_report_alone(store):
    # "barrow legionaires outbreak how many ppl in intensive care": figures imported with a citation only (no article
    # text) whose quotes name Barrow-in-Furness; the word is a name there, so only that report's figures may answer, and
    # another report's injured in Lebanon answer another question
    add(store, 886, subject="people", status="injured", location="Lebanon", agency="ICRC", title="ICRC Bulletin No. 12")
    barrow = {"value": 19, "subject": "people", "status": "affected", "location": "Barrow-in-Furness", "agency": None,
              "note": "19 other people in Barrow-in-Furness, Cumbria, were confirmed as suffering from the illness",
              "article": {"title": "Man dies in legionnaire's outbreak", "outlet": "Wire"}}
    import_figures(store, [(1, barrow)], actor="test")
    a = ask(store, "barrow legionaires outbreak how many ppl injured")
    assert a.none and "886" not in a.text, a.text
    # (and the report's own figure is found by it)
    assert "19" in ask(store, "barrow legionaires outbreak how many ppl affected").text
    # must not fire: a word a quote writes in lower case is no name ("illness"), so the Lebanon figure answers; nor a word
    # a note opens with after a quote ends ("... were killed" then "Fatal crash ..."), each read alone
    assert "886" in ask(store, "illness outbreak how many ppl injured").text
    crash = {"value": 3, "subject": "people", "status": "killed", "location": "Lebanon", "agency": None,
             "quote": "three people were killed", "note": "Fatal crash on the coast road", "article": {"title": "Road crash", "outlet": "Wire"}}
    import_figures(store, [(2, crash)], actor="test")
    assert not store.writes_as_a_name("fatal")
    assert "886" in ask(store, "fatal outbreak how many ppl injured").text
    # nor a kind word a place's name ends with ("camp" of "Kutupalong camp")
    camp = {"value": 50, "subject": "people", "status": "displaced", "location": "Kutupalong camp", "agency": None,
            "article": {"title": "Camp fire", "outlet": "Wire"}}
    import_figures(store, [(3, camp)], actor="test")
    assert store.writes_as_a_name("kutupalong") and not store.writes_as_a_name("camp")
