"""A non-admin is refused at every admin command and button, each attempt is audited, and the store does not change."""

from __future__ import annotations

from store import Store

GROUP = -7007

ARTICLE = "Shelling reported near Tabqa\n\nAt least 9 civilians were killed in shelling near Tabqa on Sunday, OCHA said.\n"


def state(store: Store) -> tuple:
    """Everything a refused command could have changed, less the refusal rows themselves."""
    stats = {k: v for k, v in store.stats().items() if k != "audit_rows"}
    changes = [r for r in store.audit(limit=1_000_000) if r["action"] != "refused"]
    reviews = [(f["id"], f["review"], f["value"]) for f in store.figures(include_retracted=True)]
    admins = [a["user_id"] for a in store.admins()]
    return stats, len(changes), reviews, admins


def refusals(store: Store) -> list[dict]:
    return [r for r in store.audit(limit=1_000_000) if r["action"] == "refused"]


def test_a_non_admin_is_refused_everywhere_and_nothing_changes(telegram):
    store = telegram.store
    text = "Report\n\n" + " ".join(f"Some {n},000 people fled Tabqa on day {n}, OCHA said." for n in range(1, 7))
    figures = [
        {"value": n * 1000, "qualifier": "about", "subject": "people", "status": "fled", "location": "Tabqa", "agency": "OCHA", "quote": f"Some {n},000 people fled Tabqa on day {n}, OCHA said."}
        for n in range(1, 7)
    ]
    fid = store.ingest(text, figures, title="Report", outlet="Test Wire", actor="test").figures[0]["id"]

    async def scenario(bot):
        fake, staff, admin = bot.fake, bot.staff_id, bot.admin_id
        await fake.reply(staff, "/start")  # the bot is up and ADMIN_IDS are seeded
        before = state(store)

        commands = [
            "/ingest",
            "/add 5 children trapped in Raqqa by UNICEF | outlet=AFP",
            f"/edit {fid} value=1",
            f"/verify {fid}",
            f"/retract {fid} spam",
            "/pending",
            "/alias place Raqqa = Fakeville",
            "/alias agency UNICEF = Fake Agency",
            f"/admins add {staff}",
            f"/admins remove {admin}",
            "/admins list",
            "/export csv",
            "/export jsonl",
            "/export hxl",
            "/backup",
            f"/audit {fid}",
            "/audit",
            "/stats",
        ]
        for command in commands:
            (reply,) = await fake.reply(staff, command)
            assert "only admins" in reply["text"], (command, reply["text"])

        # /ingest as a reply to article text, and as the caption of a document.
        article = fake.send_text(staff, ARTICLE)
        await fake.wait_sent(staff, len(commands) + 2)  # the article itself is answered as a question
        (reply,) = await fake.reply(staff, "/ingest outlet=AFP", reply_to=article)
        assert "only admins" in reply["text"]
        sent = len(fake.sent_to(staff))
        fake.send_document(staff, ARTICLE.encode(), "tabqa.txt", caption="/ingest")
        (reply,) = (await fake.wait_sent(staff, sent + 1))[sent:]
        assert "only admins" in reply["text"]

        # Every button, pressed by the non-admin under cards an admin opened in a group.
        cards = await fake.reply(GROUP, "/pending", user_id=admin, expect=6)
        footer = cards[-1]
        next_page = footer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        presses = [(cards[0], f"v:{fid}"), (cards[0], f"r:{fid}"), (cards[0], f"e:{fid}"), (footer, next_page)]
        answered = len(fake.calls_to("answerCallbackQuery"))
        for message, data in presses:
            fake.press(message, data, user_id=staff)
        await fake.until(lambda: len(fake.calls_to("answerCallbackQuery")) >= answered + len(presses), "the refused button presses")
        alerts = fake.calls_to("answerCallbackQuery")[answered:]
        assert all("only admins" in c.params.get("text", "") and c.params.get("show_alert") in (True, "true", "True") for c in alerts)
        assert len(fake.sent_to(GROUP)) == 6  # no edit hint, no next page

        assert state(store) == before
        assert store.gazetteer().place("Fakeville", fuzzy=False) is None and store.gazetteer().agency("Fake Agency", fuzzy=False) is None
        assert not store.is_admin(staff) and store.is_admin(admin)
        assert not any("document" in m for m in fake.sent_to(staff)), "an export or backup reached a non-admin"
        rows = refusals(store)
        assert len(rows) == len(commands) + 2 + len(presses)
        assert {r["actor"] for r in rows} == {f"tg:{staff}"}

    telegram.run(scenario)


def test_an_admin_removed_from_the_table_is_refused_again(telegram):
    async def scenario(bot):
        fake, admin, helper = bot.fake, bot.admin_id, 4004
        await fake.reply(admin, f"/admins add {helper}")
        (ok,) = await fake.reply(helper, "/stats")
        assert "figures:" in ok["text"]
        await fake.reply(admin, f"/admins remove {helper}")
        (refused,) = await fake.reply(helper, "/stats")
        assert "only admins" in refused["text"]
        assert refusals(bot.store)[0]["actor"] == f"tg:{helper}"

    telegram.run(scenario)
