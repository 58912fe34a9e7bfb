"""Corrections pushed (issue 12): a chat shown a figure hears of its retraction or edit, once."""

from __future__ import annotations

import re

from conftest import add

from answer import alerts
from handlers.follows import NOTICE_JOB
from store import follows


def told(store) -> dict[int, str]:
    """Queue the changes, then each chat's pending message (marked sent, as the bot would)."""
    alerts.queue(store)
    out = {}
    for m in alerts.messages(store):
        out[m.chat_id] = m.html
        follows.mark_sent(store, m.chat_id, m.notices)
    return out


def test_an_edit_tells_old_and_new_value_and_the_reason_once(store):
    fig = add(store, 40000, location="Raqqa", agency="UNICEF", qualifier="about", title="Raqqa update")
    follows.record_shown(store, 11, [fig["id"]])
    store.edit_figure(fig["id"], {"value": 42000}, actor="tg:1001", reason="the report says 42,000")
    messages = told(store)
    assert set(messages) == {11}
    text = messages[11]
    assert text.startswith("<b>Correction:</b>") and "<b>about 40,000</b> children trapped in Raqqa" in text
    assert "value about 40,000 → about 42,000" in text and "Reason: the report says 42,000" in text and "Raqqa update" in text
    assert told(store) == {}  # nobody is told twice about one change


def test_a_note_only_edit_corrects_nothing_and_a_place_edit_is_named(store):
    fig = add(store, 100, location="Raqqa", agency="OCHA")
    follows.record_shown(store, 12, [fig["id"]])
    store.edit_figure(fig["id"], {"note": "checked against the PDF"}, actor="test")
    assert told(store) == {}
    store.edit_figure(fig["id"], {"location": "Jazra"}, actor="test", reason="the district, not the city")
    assert "place Raqqa → Jazra" in told(store)[12]


def test_only_chats_shown_the_figure_before_the_change_and_within_ninety_days_hear(store):
    fig = add(store, 500, location="Raqqa", agency="OCHA")
    follows.record_shown(store, 21, [fig["id"]])
    follows.record_shown(store, 22, [fig["id"]])
    # Chat 22 was last shown it long ago: the bot no longer remembers it.
    store.conn.execute("update shown set first_at = '2020-01-01T00:00:00+00:00', last_at = '2020-01-01T00:00:00+00:00' where chat_id = 22")
    store.retract(fig["id"], actor="cli", reason="duplicate of another report")
    follows.record_shown(store, 23, [fig["id"]])  # shown after the change: it saw the retracted state
    assert set(told(store)) == {21}


def test_a_retraction_from_the_shell_reaches_the_chat(store, run_cli):
    fig = add(store, 77, location="Raqqa", agency="SOHR")
    follows.record_shown(store, 31, [fig["id"]])
    assert run_cli("retract", str(fig["id"]), "the", "monitor", "withdrew", "it").exit_code == 0
    text = told(store)[31]
    assert "has been retracted" in text and "Reason: the monitor withdrew it" in text


def test_old_shown_rows_are_pruned_when_notices_are_queued(store):
    fig = add(store, 5, location="Raqqa", agency="SOHR")
    follows.record_shown(store, 41, [fig["id"]])
    store.conn.execute("update shown set first_at = '2020-01-01T00:00:00+00:00', last_at = '2020-01-01T00:00:00+00:00'")
    alerts.queue(store)  # nothing to queue, but the audit row of the figure moves the cursor and prunes
    assert store.conn.execute("select count(*) from shown").fetchone()[0] == 0


def test_through_the_bot_a_follower_and_an_asker_are_corrected_and_a_non_admin_cannot_retract(telegram):
    store = telegram.store
    fig = add(store, 40000, location="Raqqa", agency="UNICEF", title="Raqqa update")

    async def scenario(bot):
        fake, asker = bot.fake, bot.staff_id
        (answer,) = await fake.reply(asker, "how many children are trapped in Raqqa?")
        assert "40,000" in answer["text"]
        (refused,) = await fake.reply(asker, f"/retract {fig['id']} I think it is wrong")
        assert "only admins" in refused["text"]
        await bot.run_job(NOTICE_JOB)
        assert len(fake.sent_to(asker)) == 2  # nothing changed, nothing told

        (card,) = await fake.reply(bot.admin_id, f'/edit {fig["id"]} value=42000 reason="UNICEF corrected its release"')
        assert "42,000" in card["text"]
        await bot.run_job(NOTICE_JOB)
        correction = (await fake.wait_sent(asker, 3))[2]
        assert "Correction:" in correction["text"] and "40,000 → 42,000" in correction["text"] and "UNICEF corrected its release" in correction["text"]
        await bot.run_job(NOTICE_JOB)
        assert len(fake.sent_to(asker)) == 3  # told once

    telegram.run(scenario)
    assert store.figure(fig["id"])["review"] == "verified"


def test_figure_ids_in_the_quotes_view(telegram):
    fig = add(telegram.store, 40000, location="Raqqa", agency="UNICEF")

    async def scenario(bot):
        fake = bot.fake
        (answer,) = await fake.reply(bot.staff_id, "how many children are trapped in Raqqa?")
        quotes = next(b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row if b["text"] == "Quotes")
        fake.press(answer, quotes)
        shown = (await fake.wait_sent(bot.staff_id, 2))[1]
        assert re.search(rf"<b>#{fig['id']}</b>", shown["text"])

    telegram.run(scenario)
