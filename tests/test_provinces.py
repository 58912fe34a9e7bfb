"""Every country's provinces, states and counties are places (ISO 3166-2 through pycountry), so that a
report on any country is placed; English words and shared names among them stay words."""

import pytest

from extract import extract_figures
from store.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.from_data()


def _places(g: Gazetteer, text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(f["value"], f["location"]) for f in extract_figures(text, gazetteer=g, title=title)]


def test_provinces_lie_in_their_country(g):
    for name, country in (("Assam", "India"), ("Kisumu", "Kenya"), ("Borno", "Nigeria"), ("Bhola", "Bangladesh"), ("Guangdong", "China")):
        place = g.place(name, fuzzy=False)
        assert place is not None, name
        assert g.within(place.id, g.place(country, fuzzy=False).id), name


def test_names_spelled_with_marks_or_a_local_kind_word_are_known_as_reports_write_them(g):
    assert g.place("Bihar", fuzzy=False).name == "Bihar"  # pycountry: "Bihār"
    assert g.place("Bihār", fuzzy=False).name == "Bihar"
    assert g.place("Guangdong Sheng", fuzzy=False).name == "Guangdong"
    assert g.place("Kisumu County", fuzzy=False).name == "Kisumu"


def test_english_words_and_shared_names_are_not_provinces(g):
    # "Rivers" and "Delta" (Nigeria) only with their kind word; "Central", "Punjab" are shared by countries;
    # "Gaza" stays the Strip, "Somali" a people; "Coast" (Tanzania) stays a word even as "the Coast region".
    assert g.place("Rivers State", fuzzy=False).name == "Rivers State"
    for word in ("Rivers", "Delta", "Central", "Coast Region", "North", "Kerry", "Some"):
        assert g.place(word, fuzzy=False) is None, word
    assert g.place("Gaza", fuzzy=False).name != "Gaza" or g.within(g.place("Gaza", fuzzy=False).id, g.place("Palestine", fuzzy=False).id)
    assert g.place("Somali", fuzzy=False) is None


def test_a_province_is_matched_as_spelled_not_by_a_loose_key(g):
    # France's Somme must not swallow "Some 11 persons" (a transliteration key would fold the double m).
    found = _places(g, "Some 11 persons and the bomber died on the spot in Asadabad, officials said.",
                    title="Suicide bomber kills 11 in Afghanistan")
    assert found and all(place != "Somme" for _, place in found)


def test_a_figure_spread_over_many_provinces_of_one_country_is_the_countrys(g):
    text = ("As of 18 September, more than 890,000 people are affected in Region I, II, III CALABARZON, MIMAROPA, "
            "National Capital Region (NCR) and Cordillera Administrative Region (CAR). Over 236,000 people are displaced.")
    assert _places(g, text, title="Philippines: Typhoon Mangkhut Flash Update") == [(890000, "Philippines"), (236000, "Philippines")]


def test_a_figure_for_places_listed_together_is_theirs_together(g):
    # Not the first of them (a question about Kisumu must not get all four counties' figure as its own).
    found = _places(g, "Floods displaced 5,000 people in Kisumu, Siaya, Migori and Homa Bay.", title="Floods in Kenya")
    assert found == [(5000, "Kisumu, Siaya, Migori and Homa Bay")]


def test_a_town_and_the_region_after_it_are_not_a_list(g):
    text = "More than 100,000 people who were cut off from markets in Doolow and Bardheere, Middle Juba region, are receiving aid."
    assert _places(g, text, title="Somalia flash update")[0][1] != "Somalia"


def test_a_story_whose_lead_names_no_place_is_about_the_country_its_places_lie_in(g):
    text = (
        "Floods update: Death toll rises to 229\n\n"
        "Officials said that 167 camps have been set up across the country.\n\n"
        "The ongoing floods have now claimed at least 229 people.\n\n"
        "At least 75 people are currently missing.\n\n"
        "Heavy rainfall is forecast in 20 counties.\n\n"
        "They include the Lake Victoria Basin (Kisumu, Kisii, Nyamira, Migori, Siaya) and the Coast region (Kwale, Mombasa, Kilifi)."
    )
    found = _places(g, text)
    assert (75, "Kenya") in found and {place for _, place in found} == {"Kenya"}


def test_a_lake_named_like_a_place_is_not_that_place(g):
    found = _places(g, "Backflow from Lake Victoria flooded homes and 1,200 people were displaced in Kisumu.",
                    title="Floods in Kenya")
    assert found == [(1200, "Kisumu")]


def test_us_dollars_are_money_not_a_place(g):
    text = ("The IFRC launched an appeal of two million Swiss francs (around two million US Dollars) to support relief "
            "to 55,000 people affected by Cyclone Roanu.")
    assert _places(g, text, title="IFRC launches emergency appeal in Bangladesh") == [(55000, "Bangladesh")]
    # written with the country's dotted initials too: "1.1 million U.S. dollars" in a story on a town in Kenya
    text = ("Two people were killed by flash floods in Narok town. The floods destroyed properties worth 1.1 million U.S. "
            "dollars. Rescuers are looking for seven missing persons.")
    assert _places(g, text, title="Floods kill two in Kenya") == [(2, "Narok"), (7, "Narok")]


def test_a_typo_is_corrected_to_a_known_crisis_place_not_to_a_province(g):
    # Provinces are matched as spelled: 4,400 more names would give typos (and plain words) many wrong places.
    assert g.place("Aleppoo").name == "Aleppo"
    assert g.place("Kisumu").name == "Kisumu"
    assert g.place("Kisumo") is None


@pytest.mark.parametrize("typed, name", [
    ("Anbar", "Anbar Governorate"), ("Nineveh", "Nineveh Governorate"), ("Gambella", "Gambela Region"),
    ("Magway", "Magway Region"), ("Katsina", "Katsina State"),
])
def test_a_province_named_without_its_kind(g, typed, name):
    # "how many displaced in anbar": staff (and reports) name a province without "Governorate" or "Region"
    assert g.place(typed, fuzzy=False).name == name


def test_a_province_named_without_its_kind_in_a_question_and_a_report(g):
    from answer import parse_question

    assert parse_question("gambela floods ethiopia how many idps", g).place == "Gambela Region"
    assert _places(g, "Floods displaced 185,200 people in Gambella, Ethiopia.") == [(185200, "Gambela Region")]
    # must not fire: a common word that names a province elsewhere is still no place ("Plateau State", "Unity State")
    assert g.place("Plateau", fuzzy=False) is None and g.place("Unity", fuzzy=False) is None
