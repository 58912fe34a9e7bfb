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
