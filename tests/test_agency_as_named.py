"""A source as its article words it, kept beside the agency's canonical name and shown in replies."""

from answer import ask
from extract import extract_figures, ingest_article
from store.exchange import export_figures, import_figures, read_figures
from store.gazetteer import Gazetteer


def test_another_wording_of_a_known_agency_is_kept_beside_its_name():
    g = Gazetteer.from_data()
    fig = extract_figures("The Pakistan government said 33 million people have been affected by the floods.", gazetteer=g)[0]
    assert (fig["agency"], fig["agency_named"]) == ("Pakistani government", "Pakistan government")
    # another name for it, or its own name, is not kept
    for text in ("The Syrian Observatory for Human Rights said 20 people died in Idlib.",
                 "The Observatory said 20 people died in Idlib.", "SOHR said 20 people died in Idlib."):
        fig = extract_figures(text, gazetteer=g)[0]
        assert (fig["agency"], fig["agency_named"]) == ("SOHR", None)


def test_a_reply_names_the_source_both_ways(store):
    ingest_article(store, "Floods in Pakistan\n\nThe Pakistan government said 33 million people have been affected.",
                   title="Floods in Pakistan", outlet="Wire", published="2022-08-30")
    text = ask(store, "pakistan floods how many ppl affected").text
    assert "33,000,000" in text and "Pakistani government (“Pakistan government” as reported)" in text


def test_an_imported_name_is_kept_as_given_and_survives_export(store, tmp_path):
    article = {"title": "Quake in Myanmar", "outlet": "Wire", "published": "2025-03-30"}
    rows = [{"value": 1700, "qualifier": "more_than", "subject": "people", "status": "killed", "location": "Myanmar",
             "agency": "Myanmar military government", "article": article}]
    import_figures(store, list(enumerate(rows, 1)), actor="test")
    fig = store.figures()[0]
    assert (fig["agency"], fig["agency_named"]) == ("Myanmar military", "Myanmar military government")
    assert "Myanmar military government" in ask(store, "myanmar earthquake death toll").text
    out = tmp_path / "x.jsonl"
    with out.open("w") as f:
        export_figures(store, "jsonl", f)
    again = [fig for _, fig in read_figures("jsonl", out.read_text())]
    assert again[0]["agency"] == "Myanmar military" and again[0]["agency_named"] == "Myanmar military government"


def test_an_admins_correction_of_the_source_replaces_the_articles_wording(store):
    article = {"title": "Quake in Myanmar", "outlet": "Wire", "published": "2025-03-30"}
    rows = [{"value": 1700, "qualifier": "more_than", "subject": "people", "status": "killed", "location": "Myanmar",
             "agency": "Myanmar military government", "article": article}]
    import_figures(store, list(enumerate(rows, 1)), actor="test")
    fig = store.figures()[0]
    edited = store.edit_figure(fig["id"], {"agency": "UNICEF"}, actor="admin", reason="misread")
    assert (edited["agency"], edited["agency_named"]) == ("UNICEF", None)


def test_a_title_or_another_name_is_no_other_wording():
    from store.gazetteer import another_wording

    assert another_wording("Pakistan government", "Pakistani government")
    assert another_wording("Myanmar military government", "Myanmar military")
    assert not another_wording("Taliban spokesman", "Taliban")
    assert not another_wording("UN refugee agency", "UNHCR")
    assert not another_wording("Maggie de Block", "Belgian health ministry")
    assert not another_wording("officers", "Metropolitan Police")
    assert not another_wording("the Pakistani government", "Pakistani government")


def test_a_person_is_never_kept_as_the_agencys_wording():
    g = Gazetteer.from_data()
    text = ("Scores of people remain in intensive care after the attacks in Brussels that left 31 people dead, "
            "Belgium's health minister says.\n\nMaggie de Block said that of about 300 wounded people, 61 were still "
            "in hospital.")
    assert all(f["agency_named"] is None for f in extract_figures(text, gazetteer=g))
