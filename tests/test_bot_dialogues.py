"""The Edit and Retract dialogues over the real Application: field, value and reason asked in turn,
/cancel and the Cancel button, a value the store refuses asked again, non-admins kept out, a timeout."""

from __future__ import annotations

from test_bot_admin import buttons, figure_id

ADD = '/add 40000 children trapped in Raqqa by UNICEF qualifier=about | title="Raqqa update" outlet=AFP date=2017-06-09'


async def added_card(bot) -> tuple[dict, int]:
    """A figure added by hand (verified): its card and id."""
    (card,) = await bot.fake.reply(bot.admin_id, ADD)
    return card, figure_id(card)


def alerted(fake, words: str) -> bool:
    """Whether a button press was answered with a notice holding these words."""
    return any(words in (c.params.get("text") or "") for c in fake.calls_to("answerCallbackQuery"))


async def press(fake, chat: int, message: dict, label: str, **kwargs) -> dict:
    """Press a button by its label and wait for the one message it sends."""
    before = len(fake.sent_to(chat))
    fake.press(message, buttons(message)[label], **kwargs)
    return (await fake.wait_sent(chat, before + 1))[before]


def test_edit_asks_field_value_and_reason_and_redraws_the_card(telegram):
    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        card, fid = await added_card(bot)
        choose = await press(fake, chat, card, "Edit")
        assert f"Edit #{fid}" in choose["text"] and {"value", "subject", "status", "place", "agency", "qualifier", "Cancel"} <= set(buttons(choose))
        assert all(len(d.encode()) <= 64 for d in buttons(choose).values())
        fake.press(choose, buttons(choose)["value"])
        await fake.until(lambda: "New value" in choose["text"], "the value asked in the same message")
        assert "now: 40000" in choose["text"]
        (why,) = await fake.reply(chat, "42000")
        assert "Why?" in why["text"] and set(buttons(why)) == {"Skip", "Cancel"}
        done = await press(fake, chat, why, "Skip")
        assert f"#{fid} changed" in done["text"] and "42,000" in done["text"]
        assert store.figure(fid)["value"] == 42000
        await fake.until(lambda: "42,000" in card["text"], "the card redrawn")
        row = store.audit(entity="figure", entity_id=fid, limit=1)[0]
        assert (row["action"], row["actor"], row["reason"]) == ("edit", f"tg:{chat}", None)

        # A place the store does not know is refused and asked for again; then a reason is typed.
        choose = await press(fake, chat, card, "Edit")
        fake.press(choose, buttons(choose)["place"])
        await fake.until(lambda: "New place" in choose["text"], "the place asked")
        await fake.reply(chat, "Atlantis")
        (refused,) = await fake.reply(chat, "nobody checked")
        assert "unknown place" in refused["text"] and "again" in refused["text"]
        assert store.figure(fid)["location"] == "Raqqa"
        await fake.reply(chat, "Jazra")
        (done,) = await fake.reply(chat, "the report names the district")
        assert f"#{fid} changed" in done["text"] and store.figure(fid)["location"] == "Jazra"
        assert store.audit(entity="figure", entity_id=fid, limit=1)[0]["reason"] == "the report names the district"

        # The dialogue is over: the next text is a question again.
        (answer,) = await fake.reply(chat, "how many children are trapped in Jazra?")
        assert "42,000" in answer["text"]

    telegram.run(scenario)


def test_retract_asks_why_and_cancel_changes_nothing(telegram):
    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        card, fid = await added_card(bot)
        assert store.figure(fid)["review"] == "verified"  # entered by hand
        ask = await press(fake, chat, card, "Retract")
        assert f"Retract #{fid}" in ask["text"] and "Why?" in ask["text"]
        (cancelled,) = await fake.reply(chat, "/cancel")
        assert "cancelled" in cancelled["text"] and "nothing changed" in cancelled["text"]
        assert store.figure(fid)["review"] == "verified"
        (nothing,) = await fake.reply(chat, "/cancel")
        assert "Nothing to cancel" in nothing["text"]

        # The Cancel button ends it too; pressing a button of the ended dialogue says so.
        choose = await press(fake, chat, card, "Edit")
        cancelled = await press(fake, chat, choose, "Cancel")
        assert f"edit of #{fid} is cancelled" in cancelled["text"]
        fake.press(choose, buttons(choose)["value"])
        await fake.until(lambda: alerted(fake, "has ended"), "the stale button answered")

        ask = await press(fake, chat, card, "Retract")
        (done,) = await fake.reply(chat, "counted twice")
        assert f"#{fid} retracted" in done["text"]
        fig = store.figure(fid)
        assert (fig["review"], fig["note"]) == ("retracted", "counted twice")
        await fake.until(lambda: "retracted" in card["text"] and "Retract" not in buttons(card), "the card redrawn")

    telegram.run(scenario)


def test_a_non_admin_cannot_start_a_dialogue(telegram):
    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        card, fid = await added_card(bot)
        fake.press(card, buttons(card)["Retract"], user_id=bot.staff_id)
        await fake.until(lambda: alerted(fake, "only admins"), "the refusal")
        assert store.audit(limit=1)[0]["action"] == "refused"
        (answer,) = await fake.reply(bot.staff_id, "counted twice")  # a question, not a reason
        assert store.figure(fid)["review"] == "verified" and "retracted" not in answer["text"]

    telegram.run(scenario)


def test_an_abandoned_dialogue_times_out(telegram, monkeypatch):
    import datetime as dt

    from handlers import dialogues

    monkeypatch.setattr(dialogues, "TIMEOUT", dt.timedelta(seconds=1))

    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        card, fid = await added_card(bot)
        await press(fake, chat, card, "Retract")
        await fake.until(lambda: "timed out" in fake.sent_to(chat)[-1]["text"], "the timeout message")
        assert f"retract of #{fid} timed out" in fake.sent_to(chat)[-1]["text"]
        (answer,) = await fake.reply(chat, "how many children are trapped in Raqqa?")
        assert "40,000" in answer["text"] and store.figure(fid)["review"] == "verified"

    telegram.run(scenario)
