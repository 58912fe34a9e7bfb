"""Follows (issue 12): /follow, /unfollow, /following, and new figures sent to followers by the notices job."""

from __future__ import annotations

import re

from conftest import add
from fakebotapi import MAX_TEXT

from answer import alerts
from handlers.follows import NOTICE_JOB
from store import follows

ADD_RAQQA = '/add 40000 children trapped in Raqqa by UNICEF qualifier=about | title="Raqqa update" outlet=AFP date=2017-06-09'


def buttons(message: dict) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row}


def card_id(card: dict) -> int:
    return int(re.match(r"<b>#(\d+)</b>", card["text"]).group(1))


def test_done_when_follow_add_alert_correction_history_and_a_trend_photo(telegram):
    """The issue's scenario, through the real Application."""
    follower, other = telegram.staff_id, telegram.staff_id + 1
    add(telegram.store, 25000, location="Raqqa", agency="OCHA", published="2017-05-01", title="Spring report", outlet="Test Wire")
    add(telegram.store, 30000, location="Raqqa", agency="OCHA", published="2017-07-01", title="Summer report", outlet="Test Wire")

    async def scenario(bot):
        fake = bot.fake
        (ok,) = await fake.reply(follower, "/follow Raqqa")
        assert "Following everything in Raqqa" in ok["text"]

        (card,) = await fake.reply(bot.admin_id, ADD_RAQQA)
        fid = card_id(card)
        await bot.run_job(NOTICE_JOB)
        alert = (await fake.wait_sent(follower, 2))[1]
        assert "40,000" in alert["text"] and "UNICEF" in alert["text"] and "Raqqa update" in alert["text"]

        # Another staff member is shown the figure in an answer.
        (answer,) = await fake.reply(other, "How many children are trapped in Raqqa?")
        assert "40,000" in answer["text"]

        (retracted,) = await fake.reply(bot.admin_id, f"/retract {fid} UNICEF says the figure was misquoted")
        assert "retracted" in retracted["text"]
        await bot.run_job(NOTICE_JOB)
        correction = (await fake.wait_sent(other, 2))[1]
        assert correction["text"].startswith("<b>Correction:</b>")
        assert "40,000" in correction["text"] and "UNICEF" in correction["text"] and "Raqqa update" in correction["text"]
        assert "retracted" in correction["text"] and "misquoted" in correction["text"]

        (history,) = await fake.reply(other, f"/history {fid}")
        assert "retracted: UNICEF says the figure was misquoted" in history["text"]
        assert "added by hand" in history["text"]

        (photo,) = await fake.reply(other, "children trapped in Raqqa over time")
        assert "photo" in photo and fake.photo_bytes(photo).startswith(b"\x89PNG")
        assert "OCHA" in photo["caption"] and "Spring report" in photo["caption"] and "Summer report" in photo["caption"]
        assert "40,000" not in photo["caption"]  # the retracted figure is not a point

    telegram.run(scenario)


def test_following_unfollowing_and_bad_input(telegram):
    async def scenario(bot):
        fake, chat = bot.fake, bot.staff_id
        (usage,) = await fake.reply(chat, "/follow")
        assert "Usage: /follow PLACE" in usage["text"]
        (unknown,) = await fake.reply(chat, "/follow Atlantis")
        assert "I don't know a place called “Atlantis”" in unknown["text"] and "Traceback" not in unknown["text"]
        (no_place,) = await fake.reply(chat, "/follow children trapped")
        assert "Name a place I know" in no_place["text"]
        (none,) = await fake.reply(chat, "/following")
        assert "follows nothing yet" in none["text"]

        (ok,) = await fake.reply(chat, "/follow children trapped in Raqqa")
        assert "Following children trapped in Raqqa" in ok["text"]
        (again,) = await fake.reply(chat, "/follow kids stuck in Raqa")
        assert "already follows children trapped in Raqqa" in again["text"]
        await fake.reply(chat, "/follow Syria")
        (listed,) = await fake.reply(chat, "/following")
        assert "children trapped in Raqqa" in listed["text"] and "everything in Syria" in listed["text"]

        (stopped,) = await fake.reply(chat, "/unfollow Raqqa")
        assert "Stopped following children trapped in Raqqa" in stopped["text"]
        (not_followed,) = await fake.reply(chat, "/unfollow Raqqa")
        assert "does not follow Raqqa" in not_followed["text"]
        (unknown_place,) = await fake.reply(chat, "/unfollow Atlantis")
        assert "I don't know a place called “Atlantis”" in unknown_place["text"]
        (listed,) = await fake.reply(chat, "/following")
        assert "Raqqa" not in listed["text"] and "everything in Syria" in listed["text"]

    telegram.run(scenario)
    rows = telegram.store.audit(entity="follow")
    assert {r["action"] for r in rows} == {"follow", "unfollow"} and all(r["actor"] == f"tg:{telegram.staff_id}" for r in rows)


def test_a_follow_matches_its_place_and_places_inside_it_and_what_it_names(store):
    follows.follow(store, chat_id=1, user_id=1, place="Raqqa", subjects=["children"], statuses=["trapped"], label="children trapped in Raqqa", actor="test")
    follows.follow(store, chat_id=2, user_id=2, place="Syria", label="everything in Syria", actor="test")
    follows.follow(store, chat_id=3, user_id=3, place="Raqqa", subjects=["people"], statuses=["killed"], label="people killed in Raqqa", actor="test")
    follows.follow(store, chat_id=4, user_id=4, place="Raqqa", agency="OCHA", label="everything in Raqqa from OCHA", actor="test")
    jazra = add(store, 3500, subject="children", status="trapped", location="Jazra", agency="UNICEF")
    killed = add(store, 12, subject="children", status="killed", location="Raqqa", agency="SOHR")
    iraq = add(store, 99, subject="people", status="killed", location="Mosul", agency="OCHA")
    alerts.queue(store)
    told = {(m.chat_id, n["figure_id"]) for m in alerts.messages(store) for n in m.notices}
    # Jazra is inside Raqqa, inside Syria; a follow of people killed counts children killed; OCHA's Mosul figure is not in Raqqa.
    assert told == {(1, jazra["id"]), (2, jazra["id"]), (2, killed["id"]), (3, killed["id"])}
    assert iraq["id"] not in {f for _, f in told}


def test_extracted_figures_alert_only_once_verified_and_only_once(store, run_cli):
    follows.follow(store, chat_id=7, user_id=7, place="Raqqa", label="everything in Raqqa", actor="test")
    text = "Aid update\n\nSome 500 people fled Raqqa on Monday, OCHA said."
    (fig,) = store.ingest(text, [{"value": 500, "subject": "people", "status": "fled", "location": "Raqqa", "agency": "OCHA", "quote": "Some 500 people fled Raqqa on Monday, OCHA said."}], title="Aid update", actor="test").figures
    alerts.queue(store)
    assert alerts.messages(store) == []  # extracted, not yet verified: nobody is told
    assert run_cli("verify", str(fig["id"])).exit_code == 0  # verified from the shell
    alerts.queue(store)
    (message,) = alerts.messages(store)
    assert message.chat_id == 7 and "500" in message.html and "OCHA" in message.html and "Aid update" in message.html
    # Until it is marked sent, it stays queued (a failed send is tried again), and never twice.
    alerts.queue(store)
    assert [m.notices for m in alerts.messages(store)] == [message.notices]
    follows.mark_sent(store, 7, message.notices)
    store.set_review(fig["id"], "auto", actor="test")
    store.verify(fig["id"], actor="test")  # verified again: still one alert for one figure
    alerts.queue(store)
    assert alerts.messages(store) == []


def test_imported_figures_alert_and_a_follow_made_later_hears_nothing_old(store, run_cli, tmp_path):
    add(store, 100, location="Raqqa", agency="OCHA")
    alerts.queue(store)
    follows.follow(store, chat_id=9, user_id=9, place="Raqqa", label="everything in Raqqa", actor="test")
    data = tmp_path / "in.jsonl"
    data.write_text('{"value": 7, "subject": "children", "status": "injured", "location": "Raqqa", "agency": "UNICEF", "article": {"title": "Imported report"}}\n')
    assert run_cli("import", str(data)).exit_code == 0
    alerts.queue(store)
    (message,) = alerts.messages(store)
    assert "Imported report" in message.html and "100" not in message.html


def test_one_message_per_chat_per_run_and_what_does_not_fit_waits(store):
    follows.follow(store, chat_id=5, user_id=5, place="Raqqa", label="everything in Raqqa", actor="test")
    long_title = "A very long title about the situation in the city " * 3
    figs = [add(store, 1000 + i, location="Raqqa", agency="UNICEF", title=f"{long_title} {i}") for i in range(40)]
    alerts.queue(store)
    (first,) = alerts.messages(store)
    assert len(first.html) <= MAX_TEXT and 1 < len(first.notices) < len(figs)
    follows.mark_sent(store, 5, first.notices)
    (second,) = alerts.messages(store)
    assert not {n["id"] for n in first.notices} & {n["id"] for n in second.notices}


def test_a_new_figure_retracted_before_the_alert_is_sent_is_not_announced(store):
    follows.follow(store, chat_id=6, user_id=6, place="Raqqa", label="everything in Raqqa", actor="test")
    fig = add(store, 100, location="Raqqa", agency="OCHA")
    alerts.queue(store)
    store.retract(fig["id"], actor="test", reason="wrong article")
    alerts.queue(store)
    assert alerts.messages(store) == []
