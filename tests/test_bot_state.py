"""State that survives a restart: follow-up context (per user, also in groups) and an open dialogue.

Each `telegram.run` builds a new Application on the same store and state file, as a restart does."""

from __future__ import annotations

import os

from bot.app import state_path
from test_bot_admin import buttons, figure_id

QUOTES = {
    "raqqa": "About 40,000 children are trapped in Raqqa, UNICEF said.",
    "jazra": "In Jazra, 3,500 children are trapped, UNICEF said.",
    "killed": "At least 12 civilians were killed in Jazra, the Syrian Observatory for Human Rights said.",
}


def seed(store) -> None:
    store.ingest(
        "Siege update\n\n" + " ".join(QUOTES.values()) + "\n",
        [
            {"value": 40000, "qualifier": "about", "subject": "children", "status": "trapped", "location": "Raqqa", "agency": "UNICEF", "quote": QUOTES["raqqa"]},
            {"value": 3500, "subject": "children", "status": "trapped", "location": "Jazra", "agency": "UNICEF", "quote": QUOTES["jazra"]},
            {"value": 12, "qualifier": "at_least", "subject": "civilians", "status": "killed", "location": "Jazra", "agency": "SOHR", "quote": QUOTES["killed"]},
        ],
        title="Siege update",
        outlet="Test Wire",
        actor="test",
    )


def test_follow_ups_survive_a_restart_and_are_kept_per_user_in_a_group(telegram):
    seed(telegram.store)
    group, alice, bob = -5005, 7001, 7002

    async def before(bot):
        fake = bot.fake
        (first,) = await fake.reply(bot.staff_id, "How many children are trapped in Raqqa?")
        assert "40,000" in first["text"]
        (a,) = await fake.reply(group, "/ask how many children are trapped in Raqqa?", user_id=alice)
        (b,) = await fake.reply(group, "/ask how many civilians were killed in Raqqa?", user_id=bob)
        assert "40,000" in a["text"]

    async def after(bot):
        fake = bot.fake
        (follow,) = await fake.reply(bot.staff_id, "and in Jazra?")
        assert "3,500" in follow["text"] and "Jazra" in follow["text"]
        # In the group each follows up on their own question, not on the last one asked there.
        (a,) = await fake.reply(group, "/ask and in Jazra?", user_id=alice)
        assert "3,500" in a["text"] and "killed" not in a["text"]
        (b,) = await fake.reply(group, "/ask and in Jazra?", user_id=bob)
        assert "12" in b["text"] and "killed" in b["text"] and "3,500" not in b["text"]

    telegram.run(before)
    assert os.path.getsize(state_path(telegram.store)) > 0
    telegram.run(after)  # a new Application: only the state file carries the context


def test_an_open_dialogue_survives_a_restart(telegram):
    async def before(bot):
        fake, chat = bot.fake, bot.admin_id
        (card,) = await fake.reply(chat, '/add 40000 children trapped in Raqqa by UNICEF | title="Raqqa update" outlet=AFP date=2017-06-09')
        fake.press(card, buttons(card)["Retract"])
        await fake.wait_sent(chat, 2)
        bot.figure = figure_id(card)

    async def after(bot):
        (done,) = await bot.fake.reply(bot.admin_id, "the report was withdrawn")
        assert f"#{bot.figure} retracted" in done["text"]

    telegram.run(before)
    telegram.run(after)
    fig = telegram.store.figure(telegram.figure)
    assert (fig["review"], fig["note"]) == ("retracted", "the report was withdrawn")
