"""Admin side over the real Application: ingest, review buttons, /add /edit /verify /retract, aliases, admins, pending, export, backup, audit, stats."""

from __future__ import annotations

import csv
import io
import json
import re

from store import Store

# An article written for this test (never a seed article).
ARTICLE = """Thousands still trapped as offensive on Raqqa enters third week

BEIRUT, June 20 (Test Wire) - The UN children's agency UNICEF said on Tuesday that about 40,000 children are trapped in Raqqa, where food and clean water are running out.

At least 12 civilians were killed in air strikes on the Jazra district overnight, the Syrian Observatory for Human Rights said.
"""


def buttons(message: dict) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row}


def figure_id(card: dict) -> int:
    return int(re.match(r"<b>#(\d+)</b>", card["text"]).group(1))


async def ingest_summary(fake, chat: int, start: int) -> tuple[dict, int]:
    """The ingest summary sent after message number `start`, and how many figures it announces."""
    summary = (await fake.wait_sent(chat, start + 1))[start]
    found = re.search(r"(\d+) figures? found", summary["text"])
    return summary, int(found.group(1)) if found else 0


def page_ids(page: dict) -> list[int]:
    """The figure ids a review page shows, in order."""
    return [int(i) for i in re.findall(r"<b>#(\d+)</b>", page["text"])]


async def open_review(fake, chat: int, summary: dict) -> dict:
    """Press Review figures under a summary; the page message it sends."""
    before = len(fake.sent_to(chat))
    fake.press(summary, buttons(summary)["Review figures"])
    return (await fake.wait_sent(chat, before + 1))[before]


def seed_auto(store: Store, count: int) -> list[dict]:
    """count figures awaiting review, through the store API."""
    text = "Status report\n\n" + " ".join(f"Some {1000 + i} people fled Raqqa on day {i}." for i in range(count))
    figures = [
        {"value": 1000 + i, "subject": "people", "status": "fled", "location": "Raqqa", "agency": "OCHA", "quote": f"Some {1000 + i} people fled Raqqa on day {i}."}
        for i in range(count)
    ]
    return store.ingest(text, figures, title="Status report", outlet="Test Wire", published="2017-07-01", actor="test").figures


def test_ingest_a_document_answers_with_a_summary_and_review_pages(telegram):
    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        fake.send_document(chat, ARTICLE.encode(), "raqqa.txt", caption='/ingest title="Thousands still trapped" outlet="Test Wire" date=2017-06-20')
        summary, found = await ingest_summary(fake, chat, 0)
        assert "stored" in summary["text"] and "Thousands still trapped" in summary["text"] and "Test Wire" in summary["text"]
        # (the headline's "Thousands still trapped" is a statement of its own, unattributed)
        assert found == 3 and "By status: trapped 2, killed 1" in summary["text"]
        assert "By place: Raqqa 2, Jazra 1" in summary["text"]
        assert all(f"{a} 1" in summary["text"] for a in ("UNICEF", "SOHR", "unattributed"))
        assert list(buttons(summary)) == ["Review figures"]
        await fake.until(lambda: len(fake.sent_to(chat)) == 1, "no card messages")  # one message, not one per figure

        page = await open_review(fake, chat, summary)
        ids = page_ids(page)
        assert len(ids) == 3 and "1–3 of 3" in page["text"]
        fid = next(i for i in ids if store.figure(i)["value"] == 40000)
        assert store.figure(fid)["review"] == "auto" and store.figure(fid)["created_by"] == f"tg:{chat}"
        assert "about 40,000</b> children trapped in Raqqa — UNICEF" in page["text"]
        assert {f"Verify #{fid}", f"Retract #{fid}", f"Edit #{fid}"} <= set(buttons(page))
        assert all(len(d.encode()) <= 64 for d in buttons(page).values())

        (before,) = await fake.reply(bot.staff_id, "How many children are trapped in Raqqa?")
        best = before["text"].split("\n")[0]
        assert "40,000" in best and "not yet reviewed" in best
        fake.press(page, buttons(page)[f"Verify #{fid}"])
        await fake.until(lambda: f"Verify #{fid}" not in buttons(page), "the page redrawn without Verify")
        assert store.figure(fid)["review"] == "verified" and "✅ verified" in page["text"]
        last = store.audit(entity="figure", entity_id=fid, limit=1)[0]
        assert (last["action"], last["actor"]) == ("verify", f"tg:{chat}")

        (after,) = await fake.reply(bot.staff_id, "How many children are trapped in Raqqa?")
        best = after["text"].split("\n")[0]
        assert "40,000" in best and "UNICEF" in best and "not yet reviewed" not in best

        # Retract on the page asks why; the reason is the note, and the page shows it retracted.
        other = next(i for i in ids if store.figure(i)["value"] == 12)
        sent = len(fake.sent_to(chat))
        fake.press(page, buttons(page)[f"Retract #{other}"])
        (ask,) = (await fake.wait_sent(chat, sent + 1))[sent:]
        assert f"Retract #{other}" in ask["text"] and "Why?" in ask["text"] and list(buttons(ask)) == ["Cancel"]
        (done,) = await fake.reply(chat, "the Observatory later corrected this toll")
        assert f"#{other} retracted" in done["text"] and store.figure(other)["review"] == "retracted"
        assert store.figure(other)["note"] == "the Observatory later corrected this toll"
        await fake.until(lambda: f"Retract #{other}" not in buttons(page), "the page redrawn after the retraction")

    telegram.run(scenario)


def test_review_pages_turn_in_place(telegram):
    figures = seed_auto(telegram.store, 12)
    article_id = telegram.store.figure(figures[0]["id"])["article"]["id"]

    async def scenario(bot):
        fake, chat = bot.fake, bot.admin_id
        (stats,) = await fake.reply(chat, "/stats")
        # The button an ingest summary of that article would carry, pressed under a message of the bot.
        summary = {**stats, "reply_markup": {"inline_keyboard": [[{"text": "Review figures", "callback_data": f"rf:{article_id}"}]]}}
        page = await open_review(fake, chat, summary)
        assert page_ids(page) == [f["id"] for f in figures[:5]] and "1–5 of 12" in page["text"]
        assert "‹" not in buttons(page) and buttons(page)["›"] == f"pg:{article_id}:1"
        fake.press(page, buttons(page)["›"])
        await fake.until(lambda: "6–10 of 12" in page["text"], "the second page in the same message")
        assert page_ids(page) == [f["id"] for f in figures[5:10]] and set(buttons(page)) >= {"‹", "›"}
        fake.press(page, buttons(page)["›"])
        await fake.until(lambda: "11–12 of 12" in page["text"], "the last page")
        assert "›" not in buttons(page)
        fake.press(page, buttons(page)["‹"])
        await fake.until(lambda: "6–10 of 12" in page["text"], "back a page")
        assert len(fake.sent_to(chat)) == 2  # /stats and the one page message, edited in place

    telegram.run(scenario)


def test_documents_sent_together_are_all_ingested(telegram):
    """An album of three .txt files with /ingest on one: each is ingested with that caption's outlet."""
    texts = [
        ARTICLE,
        "Aid convoy reaches Deir ez-Zor\n\nAbout 93,000 people are besieged in Deir ez-Zor, the World Food Programme said on Monday.\n",
        "Floods in the north\n\nSome 2,300 families were displaced by floods in Idlib, OCHA said.\n",
    ]

    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        fake.send_document(chat, texts[0].encode(), "one.txt", caption="/ingest outlet=Reuters", media_group_id="album1")
        fake.send_document(chat, texts[1].encode(), "two.txt", media_group_id="album1")
        fake.send_document(chat, texts[2].encode(), "three.txt", media_group_id="album1")
        summaries = await fake.wait_sent(chat, 3, timeout=60)
        assert all("stored" in s["text"] and "Reuters" in s["text"] for s in summaries)
        assert [a["outlet"] for a in store.articles()] == ["Reuters"] * 3
        # The caption on a later file of the album: the earlier ones wait for it.
        fake.send_document(chat, b"Report\n\nAt least 15 civilians were killed in Douma, the Syrian Observatory for Human Rights said.\n", "four.txt", media_group_id="album2")
        fake.send_document(chat, b"Update\n\nAround 5,000 people fled Afrin, the UN said.\n", "five.txt", caption="/ingest outlet=AFP", media_group_id="album2")
        more = (await fake.wait_sent(chat, 5, timeout=60))[3:]
        assert all("stored" in s["text"] and "AFP" in s["text"] for s in more)
        assert sorted(a["outlet"] for a in store.articles()) == ["AFP", "AFP", "Reuters", "Reuters", "Reuters"]

    telegram.run(scenario)


def test_ingest_as_a_reply_to_a_text_message_and_a_duplicate(telegram):
    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        article = fake.send_text(chat, ARTICLE)
        await fake.wait_sent(chat, 1)  # in a private chat any text is also a question
        before = store.stats()["articles"]
        fake.send_text(chat, "/ingest outlet=AFP", reply_to=article)
        summary, found = await ingest_summary(fake, chat, 1)
        assert "AFP" in summary["text"] and found
        assert store.stats()["articles"] == before + 1
        (dup,) = await fake.reply(chat, "/ingest", reply_to=article)
        assert "duplicate" in dup["text"] and not buttons(dup)
        (usage,) = await fake.reply(chat, "/ingest")
        assert "Usage:" in usage["text"] and "/ingest" in usage["text"]

    telegram.run(scenario)


def test_add_edit_retract_verify_audit_and_stats(telegram):
    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        (card,) = await fake.reply(chat, '/add 40000 children trapped in Raqqa by UNICEF qualifier=about | title="Raqqa update" outlet=AFP date=2017-06-09')
        fid = figure_id(card)
        fig = store.figure(fid)
        assert (fig["value"], fig["qualifier"], fig["location"], fig["agency"], fig["origin"]) == (40000, "about", "Raqqa", "UNICEF", "manual")
        assert fig["article"]["outlet"] == "AFP" and fig["article"]["published"] == "2017-06-09"
        assert "about 40,000" in card["text"] and "Raqqa update" in card["text"]

        (edited,) = await fake.reply(chat, f'/edit {fid} value=42000 reason="the report was corrected"')
        assert "42,000" in edited["text"] and store.figure(fid)["value"] == 42000
        (retracted,) = await fake.reply(chat, f"/retract {fid} counted twice")
        assert "retracted" in retracted["text"] and store.figure(fid)["review"] == "retracted"
        (verified,) = await fake.reply(chat, f"/verify #{fid}")
        assert "verified" in verified["text"] and store.figure(fid)["review"] == "verified"

        (audit,) = await fake.reply(chat, f"/audit {fid}")
        for action in ("add", "edit", "retract", "verify"):
            assert f"tg:{chat}</b> {action} figure #{fid}" in audit["text"]
        assert "the report was corrected" in audit["text"] and "counted twice" in audit["text"]
        (latest,) = await fake.reply(chat, "/audit")
        assert f"verify figure #{fid}" in latest["text"]

        (stats,) = await fake.reply(chat, "/stats")
        assert "figures: <b>1</b>" in stats["text"] and "verified: <b>1</b>" in stats["text"]

        # Vague amounts, and the store's one-line reasons shown as they are.
        (vague,) = await fake.reply(chat, "/add ? people displaced in Raqqa qualifier=vague low=2000 high=9999 | outlet=AFP")
        assert "thousands of</b> people displaced in Raqqa" in vague["text"]
        (unknown,) = await fake.reply(chat, "/add 5 children trapped in Atlantis | outlet=AFP")
        assert "unknown place" in unknown["text"] and "Atlantis" in unknown["text"]
        (bad_field,) = await fake.reply(chat, f"/edit {fid} colour=blue")
        assert "cannot edit colour" in bad_field["text"]
        (missing,) = await fake.reply(chat, "/verify 99999")
        assert "no figure #99999" in missing["text"]

    telegram.run(scenario)


def test_alias_and_admins(telegram):
    newcomer = 3003

    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        (taught,) = await fake.reply(chat, "/alias place Raqqa = Raqqa Testville")
        assert "Raqqa Testville" in taught["text"] and store.gazetteer().place("Raqqa Testville", fuzzy=False).name == "Raqqa"
        (agency,) = await fake.reply(chat, "/alias agency UNICEF = the kids' agency")
        assert "UNICEF" in agency["text"] and store.gazetteer().agency("the kids' agency", fuzzy=False).name == "UNICEF"
        (again,) = await fake.reply(chat, "/alias place Raqqa = Raqqa Testville")
        assert "already known" in again["text"]
        (unknown,) = await fake.reply(chat, "/alias place Atlantis = Atlantida")
        assert "unknown place" in unknown["text"]

        (refused,) = await fake.reply(newcomer, "/stats")
        assert "only admins" in refused["text"]
        (added,) = await fake.reply(chat, f"/admins add {newcomer} Alice")
        assert str(newcomer) in added["text"] and store.is_admin(newcomer)
        assert any(c.params.get("scope", {}).get("chat_id") == newcomer for c in fake.calls_to("setMyCommands"))
        (stats,) = await fake.reply(newcomer, "/stats")
        assert "figures:" in stats["text"]
        (listing,) = await fake.reply(chat, "/admins list")
        assert str(newcomer) in listing["text"] and "Alice" in listing["text"] and f"<code>{chat}</code> (ADMIN_IDS)" in listing["text"]
        (removed,) = await fake.reply(chat, f"/admins remove {newcomer}")
        assert "no longer" in removed["text"] and not store.is_admin(newcomer)
        assert any(c.params.get("scope", {}).get("chat_id") == newcomer for c in fake.calls_to("deleteMyCommands"))
        (keep,) = await fake.reply(chat, f"/admins remove {chat}")
        assert "ADMIN_IDS" in keep["text"] and store.is_admin(chat)
        audit = store.audit(entity="admin", entity_id=newcomer)
        assert [(r["action"], r["actor"]) for r in audit] == [("remove", f"tg:{chat}"), ("add", f"tg:{chat}")]

    telegram.run(scenario)


def test_admin_ids_are_seeded_into_the_admins_table_with_an_audit_row(telegram):
    async def scenario(bot):
        await bot.fake.reply(bot.staff_id, "/start")

    telegram.run(scenario)
    assert telegram.store.is_admin(telegram.admin_id)
    rows = telegram.store.audit(entity="admin", entity_id=telegram.admin_id)
    assert [(r["action"], r["actor"]) for r in rows] == [("add", "settings:ADMIN_IDS")]
    telegram.run(scenario)  # a second start adds no second row
    assert len(telegram.store.audit(entity="admin", entity_id=telegram.admin_id)) == 1


def test_pending_is_paged_with_a_next_button(telegram):
    figures = seed_auto(telegram.store, 7)

    async def scenario(bot):
        fake, chat = bot.fake, bot.admin_id
        first = await fake.reply(chat, "/pending", expect=6)
        cards, footer = first[:5], first[5]
        assert [figure_id(c) for c in cards] == [f["id"] for f in figures[:5]]
        assert "7 figures await review" in footer["text"] and "2 more" in footer["text"]
        fake.press(footer, buttons(footer)["Next ›"])
        second = (await fake.wait_sent(chat, 9))[6:]
        assert [figure_id(c) for c in second[:2]] == [f["id"] for f in figures[5:]]
        assert not buttons(second[2])
        fake.press(cards[0], buttons(cards[0])["Verify"])
        await fake.until(lambda: bot.store.count("auto") == 6, "the verification")
        again = await fake.reply(chat, "/pending", expect=6)
        assert figure_id(again[0]) == figures[1]["id"] and "6 figures await review" in again[5]["text"]

    telegram.run(scenario)


def test_export_and_backup_arrive_as_documents(telegram, tmp_path):
    seed_auto(telegram.store, 3)
    telegram.store.verify(1, actor="test")

    async def scenario(bot):
        fake, chat = bot.fake, bot.admin_id
        (csv_doc,) = await fake.reply(chat, "/export csv")
        assert csv_doc["document"]["file_name"].endswith(".csv") and "3 figures" in csv_doc["caption"]
        rows = list(csv.DictReader(io.StringIO(fake.document_bytes(csv_doc).decode())))
        assert sorted(int(r["value"]) for r in rows) == [1000, 1001, 1002] and {r["location"] for r in rows} == {"Raqqa"}

        (jsonl_doc,) = await fake.reply(chat, "/export jsonl")
        lines = [json.loads(line) for line in fake.document_bytes(jsonl_doc).decode().splitlines()]
        assert [f["review"] for f in lines] == ["verified", "auto", "auto"] and lines[0]["article"]["title"] == "Status report"

        (hxl_doc,) = await fake.reply(chat, "/export hxl")
        hxl_rows = list(csv.reader(io.StringIO(fake.document_bytes(hxl_doc).decode())))
        assert "#affected+num" in hxl_rows[1] and len(hxl_rows) == 5

        (usage,) = await fake.reply(chat, "/export pdf")
        assert "Usage: /export csv|hxl|jsonl" in usage["text"]

        (backup,) = await fake.reply(chat, "/backup")
        data = fake.document_bytes(backup)
        assert backup["document"]["file_name"].endswith(".db") and data.startswith(b"SQLite format 3\x00")
        copy = tmp_path / "copy.db"
        copy.write_bytes(data)
        restored = Store.open(copy)
        assert restored.stats()["figures"] == 3 and restored.figure(1)["review"] == "verified"
        restored.close()

    telegram.run(scenario)


def test_export_and_backup_are_refused_in_a_group(telegram):
    seed_auto(telegram.store, 2)

    async def scenario(bot):
        fake, group = bot.fake, -4242
        for command in ("/export csv", "/backup"):
            (hint,) = await fake.reply(group, command, user_id=bot.admin_id)
            assert "private chat" in hint["text"] and "document" not in hint
        assert not any("document" in m for m in fake.sent_to(group))

    telegram.run(scenario)


def test_a_question_is_answered_while_a_large_ingest_runs(telegram):
    """The ingest's extraction runs off the event loop: another chat's question gets its answer meanwhile."""
    telegram.store.add_figure(
        {"value": 40000, "qualifier": "about", "subject": "children", "status": "trapped", "location": "Raqqa", "agency": "UNICEF"},
        citation={"title": "Siege update", "outlet": "Wire", "published": "2017-06-09"}, actor="test",
    )
    paragraph = "Shelling killed 12 civilians in Idlib on Monday, the Syrian Observatory for Human Rights said. " * 4
    article = ("Idlib update\n\n" + (paragraph + "\n\n") * 2500).encode()  # about 1 MB

    async def scenario(bot):
        fake = bot.fake
        before = len(fake.sent_to(bot.admin_id))
        fake.send_document(bot.admin_id, article, "idlib.txt", caption="/ingest")
        (answer,) = await fake.reply(bot.staff_id, "how many children trapped in Raqqa?")
        assert "40,000" in answer["text"]
        # The answer came before the ingest's summary.
        assert len(fake.sent_to(bot.admin_id)) == before
        done = await fake.wait_sent(bot.admin_id, before + 1, timeout=240)
        assert "stored" in done[before]["text"] or "repeats" in done[before]["text"]

    telegram.run(scenario, timeout=300)
