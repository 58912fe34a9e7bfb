"""Staff side over the real Application: questions, cited answers, follow-ups, groups, /start, /help, the answer buttons."""

from __future__ import annotations

from fakebotapi import BOT_USER

GROUP = -5001

# Two short articles written for these tests (never the seed articles).
ARTICLE_A = (
    "Families stranded as battle for Raqqa drags on\n\n"
    "About 40,000 children are trapped in Raqqa, UNICEF said on Tuesday, warning that food & water "
    "were running out in the <old city> districts.\n"
    "In the Jazra district, 3,500 people remain trapped, the agency added.\n"
)
ARTICLE_B = "Aid group revises Raqqa estimate\n\nOCHA said 25,000 children were trapped in Raqqa as of late June.\n"


def seed(store) -> dict:
    """Three figures on children/people trapped in Raqqa and Jazra, through the store API."""
    quote_a = "About 40,000 children are trapped in Raqqa, UNICEF said on Tuesday, warning that food & water were running out in the <old city> districts."
    quote_j = "In the Jazra district, 3,500 people remain trapped, the agency added."
    a = store.ingest(
        ARTICLE_A,
        [
            {"value": 40000, "qualifier": "about", "subject": "children", "status": "trapped", "location": "Raqqa", "agency": "UNICEF", "quote": quote_a},
            {"value": 3500, "subject": "people", "status": "trapped", "location": "Jazra", "agency": "UNICEF", "quote": quote_j},
        ],
        title="Families stranded as battle for Raqqa drags on",
        outlet="Test Wire",
        published="2017-06-20",
        actor="test",
    )
    b = store.ingest(
        ARTICLE_B,
        [{"value": 25000, "subject": "children", "status": "trapped", "location": "Raqqa", "agency": "OCHA", "quote": "OCHA said 25,000 children were trapped in Raqqa as of late June."}],
        title="Aid group revises Raqqa estimate",
        outlet="Other Daily",
        published="2017-06-28",
        actor="test",
    )
    return {"raqqa": a.figures[0], "jazra": a.figures[1], "ocha": b.figures[0]}


def buttons(message: dict) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row}


def test_a_question_gets_a_cited_answer_with_buttons_and_quotes(telegram):
    figs = seed(telegram.store)

    async def scenario(bot):
        fake, chat = bot.fake, bot.staff_id
        (answer,) = await fake.reply(chat, "How many children are trapped in Raqqa?")
        text = answer["text"]
        assert "40,000" in text and "UNICEF" in text
        assert "Test Wire" in text or "Families stranded" in text
        assert "25,000" in text and "OCHA" in text  # sources disagree: both shown
        assert answer["parse_mode"] == "HTML"
        assert set(buttons(answer)) == {"Quotes", "Other sources", "History", "Cite"}
        quotes_data = buttons(answer)["Quotes"]
        assert str(figs["raqqa"]["id"]) in quotes_data[2:].split(",")

        fake.press(answer, quotes_data)
        quotes = (await fake.wait_sent(chat, 2))[1]
        assert "food &amp; water" in quotes["text"] and "&lt;old city&gt;" in quotes["text"]  # store text escaped
        assert "Families stranded" in quotes["text"]
        assert fake.calls_to("answerCallbackQuery"), "the button press was not answered"

        fake.press(answer, buttons(answer)["Other sources"])
        sources = (await fake.wait_sent(chat, 3))[2]
        assert "Families stranded" in sources["text"] or "Aid group revises" in sources["text"]
        assert "25,000" in sources["text"] and "40,000" in sources["text"]

    telegram.run(scenario)


def test_a_follow_up_keeps_the_topic_of_its_own_chat(telegram):
    seed(telegram.store)

    async def scenario(bot):
        fake, chat, other_chat = bot.fake, bot.staff_id, bot.staff_id + 1
        (first,) = await fake.reply(chat, "How many people are trapped in Raqqa?")
        assert "40,000" in first["text"]
        # Meanwhile another chat asks about something else; it must not change this chat's topic.
        (other,) = await fake.reply(other_chat, "How many civilians were killed in Raqqa?")
        assert "40,000" not in other["text"]
        (follow,) = await fake.reply(chat, "and in Jazra?")
        assert "3,500" in follow["text"] and "UNICEF" in follow["text"]
        assert "25,000" not in follow["text"]

    telegram.run(scenario)


def test_in_a_group_the_bot_answers_mentions_replies_and_ask_only(telegram):
    seed(telegram.store)

    async def scenario(bot):
        fake = bot.fake
        fake.send_text(GROUP, "lunch at noon?", user_id=bot.staff_id)
        (answer,) = await fake.reply(GROUP, f"@{BOT_USER['username']} how many people are trapped in Raqqa?", user_id=bot.staff_id)
        assert "40,000" in answer["text"]
        (follow,) = await fake.reply(GROUP, "and in Jazra?", user_id=bot.staff_id, reply_to=answer)
        assert "3,500" in follow["text"]  # follow-ups are per user in a group (see test_bot_state.py)
        (asked,) = await fake.reply(GROUP, f"/ask@{BOT_USER['username']} how many children are trapped in Raqqa?", user_id=bot.staff_id)
        assert "40,000" in asked["text"]
        (usage,) = await fake.reply(GROUP, "/ask", user_id=bot.staff_id)
        assert "Usage: /ask QUESTION" in usage["text"]
        # "lunch at noon?" was never answered: exactly the four replies above reached the group.
        assert len(fake.sent_to(GROUP)) == 4

    telegram.run(scenario)


def test_start_help_sources_and_about(telegram):
    seed(telegram.store)

    async def scenario(bot):
        fake = bot.fake
        (start,) = await fake.reply(bot.staff_id, "/start")
        assert "how many children are trapped in raqqa?" in start["text"].lower() and "Hello" in start["text"]
        (staff_help,) = await fake.reply(bot.staff_id, "/help")
        assert "/about" in staff_help["text"] and "/ask QUESTION" in staff_help["text"] and "/ingest" not in staff_help["text"]
        (admin_help,) = await fake.reply(bot.admin_id, "/help")
        assert "/ingest" in admin_help["text"] and "/add VALUE SUBJECT STATUS" in admin_help["text"]
        (sources,) = await fake.reply(bot.staff_id, "/sources")
        assert "UNICEF" in sources["text"] and "OCHA" in sources["text"]
        (about,) = await fake.reply(bot.staff_id, "/about Raqqa")
        assert "Raqqa" in about["text"] and "children trapped" in about["text"]
        (usage,) = await fake.reply(bot.staff_id, "/about")
        assert "Usage: /about PLACE" in usage["text"]
        (unknown,) = await fake.reply(bot.staff_id, "/frobnicate")
        assert "/help" in unknown["text"]

    telegram.run(scenario)


def test_no_figure_means_no_number(telegram):
    seed(telegram.store)

    async def scenario(bot):
        (answer,) = await bot.fake.reply(bot.staff_id, "How many soldiers were deployed in Mosul?")
        assert "40,000" not in answer["text"] and "25,000" not in answer["text"]
        assert not buttons(answer)

    telegram.run(scenario)


def test_command_menus_staff_by_default_admin_commands_for_admins_only(telegram):
    async def scenario(bot):
        await bot.fake.reply(bot.staff_id, "/start")

    telegram.run(scenario)
    commands = telegram.fake.commands
    default = {c["command"] for c in commands['{"type": "default"}']}
    admin = {c["command"] for c in commands[f'{{"chat_id": {telegram.admin_id}, "type": "chat"}}']}
    assert "ask" in default and "ingest" not in default
    assert {"ingest", "add", "edit", "verify", "retract", "pending", "alias", "admins", "export", "backup", "audit", "stats"} <= admin
    assert not any(str(telegram.staff_id) in key for key in commands)
