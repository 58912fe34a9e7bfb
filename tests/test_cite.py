"""Copy-ready citation (issue 12): one sentence for a report, from the Cite button or /cite ID."""

from __future__ import annotations

from conftest import add

from answer.cite import sentence


def test_the_sentence_names_agency_figure_and_article(store):
    fig = store.add_figure(
        {"value": 40000, "qualifier": "about", "subject": "children", "status": "trapped", "location": "Raqqa", "agency": "UNICEF"},
        citation={"title": "Heavy US-led strikes as fighters battle ISIS", "outlet": "AFP", "published": "2017-06-09", "url": "https://example.org/raqqa"},
        actor="test",
    )
    assert sentence(fig) == "According to UNICEF, about 40,000 children are trapped in Raqqa (“Heavy US-led strikes as fighters battle ISIS”, AFP, 9 June 2017, https://example.org/raqqa)."


def test_tense_number_and_no_source(store):
    killed = add(store, 1, subject="people", status="killed", location="Raqqa", agency=None, title="Night raid", outlet=None, published=None)
    assert sentence(killed) == "1 person was killed in Raqqa, according to a report that names no source (“Night raid”)."
    remaining = add(store, 160000, subject="people", status="remaining", location="Raqqa", agency="OCHA", published="2017-06-10")
    assert sentence(remaining).startswith("According to OCHA, 160,000 people remain in Raqqa (")
    fled = add(store, None, subject="people", status="fled", location="Raqqa", agency="OCHA", qualifier="vague", low=200, high=999)
    assert "hundreds of people fled in Raqqa" in sentence(fled)


def test_cite_button_and_command(telegram):
    fig = add(telegram.store, 40000, location="Raqqa", agency="UNICEF", qualifier="about", title="Raqqa & beyond", outlet="AFP", published="2017-06-09")

    async def scenario(bot):
        fake, chat = bot.fake, bot.staff_id
        (answer,) = await fake.reply(chat, "how many children are trapped in Raqqa?")
        fake.press(answer, f"cite:{fig['id']}")
        cited = (await fake.wait_sent(chat, 2))[1]
        assert cited["text"] == "According to UNICEF, about 40,000 children are trapped in Raqqa (“Raqqa &amp; beyond”, AFP, 9 June 2017)."
        (again,) = await fake.reply(chat, f"/cite {fig['id']}")
        assert again["text"] == cited["text"]
        (unknown,) = await fake.reply(chat, "/cite 4242")
        assert unknown["text"] == "no figure #4242"

    telegram.run(scenario)


def test_an_agency_is_named_with_the_initials_it_goes_by(tmp_path):
    """"Russian Emergencies Ministry (EMERCOM)": an agency spelt out in the reply is named with its initials from the
    tables too, as staff and reports write it; not another body's initials the tables file under it ("RAF" under the UK
    Ministry of Defence), nor a name that is already initials."""
    from answer import ask
    from store import Store
    from store.exchange import import_figures

    store = Store.open(tmp_path / "s.db")
    figs = [{"value": 36, "subject": "people", "status": "killed", "location": "Russia", "agency": "Russian Emergencies Ministry"},
            {"value": 4, "subject": "people", "status": "killed", "location": "Yemen", "agency": "UK Ministry of Defence"},
            {"value": 9, "subject": "people", "status": "killed", "location": "Syria", "agency": "UNICEF"}]
    import_figures(store, [(i, {**f, "article": {"title": f"Report {i}", "outlet": "Wire"}}) for i, f in enumerate(figs, 1)], actor="test")
    # (imported figures are not yet reviewed, which the reply says after the source)
    assert "according to Russian Emergencies Ministry (EMERCOM) (not yet reviewed)." in ask(store, "how many killed in russia").text
    assert "according to UK Ministry of Defence (not yet reviewed)." in ask(store, "how many killed in yemen").text
    assert "according to UNICEF (not yet reviewed)." in ask(store, "how many killed in syria").text
