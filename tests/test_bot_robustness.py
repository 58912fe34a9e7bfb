"""Robustness: bad documents refused with a reason, malformed commands get their usage, errors get a polite reply, long replies split."""

from __future__ import annotations

import logging

import answer
from handlers.errors import SORRY

ARTICLE = "Clashes near Tabqa\n\nAt least 9 civilians were killed in clashes near Tabqa on Sunday, OCHA said.\n"


def test_bad_documents_are_refused_with_a_reason(telegram):
    cases = [
        ("latin1.txt", "Caf\xe9 r\xe9port: 9 civilians killed near Tabqa".encode("latin-1"), "not UTF-8"),
        ("binary.txt", b"\x00\x01\x02 binary \x00 data", "binary"),
        ("empty.txt", b"   \n", "empty"),
        ("big.txt", b"word " * 200_001, "too large"),
        ("report.pdf", b"%PDF-1.4 not text", ".txt"),
    ]

    async def scenario(bot):
        fake, chat, store = bot.fake, bot.admin_id, bot.store
        articles = store.stats()["articles"]
        for i, (name, data, reason) in enumerate(cases):
            mime = "application/pdf" if name.endswith(".pdf") else "text/plain"
            fake.send_document(chat, data, name, caption="/ingest", mime_type=mime)
            reply = (await fake.wait_sent(chat, i + 1))[i]
            assert reason in reply["text"], (name, reply["text"])
        assert store.stats()["articles"] == articles
        downloaded = [c.params["file_id"] for c in fake.calls_to("getFile")]
        assert "file4" not in downloaded and "file5" not in downloaded  # refused on their size and type, before downloading
        # A good document after the bad ones still goes in.
        fake.send_document(chat, ARTICLE.encode(), "tabqa.txt", caption="/ingest outlet=AFP")
        summary = (await fake.wait_sent(chat, len(cases) + 1))[-1]
        assert "stored" in summary["text"] and store.stats()["articles"] == articles + 1

    telegram.run(scenario)


def test_malformed_commands_get_their_usage_line(telegram):
    commands = {
        "/edit": "/edit ID field=value",
        "/edit abc value=1": "/edit ID field=value",
        "/edit 3": "/edit ID field=value",
        "/verify": "/verify ID",
        "/verify twelve": "/verify ID",
        "/retract 5": "/retract ID REASON",
        "/alias Raqqa Raqa": "/alias place|agency CANONICAL = ALIAS",
        "/alias town Raqqa = Raqa": "/alias place|agency CANONICAL = ALIAS",
        "/admins promote 12": "/admins list",
        "/admins add bob": "/admins list",
        "/add lots of children": "/add VALUE SUBJECT STATUS",
        "/add 40000 children": "/add VALUE SUBJECT STATUS",
        "/add 400 children trapped color=red": "/add VALUE SUBJECT STATUS",
        "/audit x": "/audit [ID]",
        "/export": "/export csv|hxl|jsonl",
        '/ingest title="x"': "/ingest",
        "/ingest publisher=AFP": "/ingest",
    }

    async def scenario(bot):
        for command, usage in commands.items():
            (reply,) = await bot.fake.reply(bot.admin_id, command)
            assert reply["text"].startswith("Usage:") and usage in reply["text"], (command, reply["text"])

    telegram.run(scenario)


def test_a_handler_exception_gives_the_polite_message_and_is_logged(telegram, monkeypatch, caplog):
    class Broken:
        def __init__(self, store) -> None:
            pass

        @classmethod
        def from_state(cls, store, state):
            return cls(store)

        def ask(self, question: str):
            raise RuntimeError("kaboom: internal detail")

    monkeypatch.setattr(answer, "Conversation", Broken)

    async def scenario(bot):
        (reply,) = await bot.fake.reply(bot.staff_id, "How many children are trapped in Raqqa?")
        assert reply["text"] == SORRY
        (still,) = await bot.fake.reply(bot.staff_id, "/start")  # the bot keeps serving
        assert "Hello" in still["text"]

    telegram.run(scenario)
    assert all("kaboom" not in m.get("text", "") and "Traceback" not in m.get("text", "") for m in telegram.fake.sent)
    logged = [r for r in caplog.records if r.levelno == logging.ERROR and r.exc_info]
    assert logged and "kaboom" in str(logged[0].exc_info[1])


def test_long_replies_are_split_under_the_limit(telegram):
    fid = telegram.store.add_figure(
        {"value": 10, "subject": "people", "status": "killed", "location": "Tabqa", "agency": "OCHA"}, citation={"outlet": "AFP"}, actor="test"
    )["id"]
    reasons = ["first <reason> & " + "a" * 3000, "second <reason> & " + "b" * 3000]

    async def scenario(bot):
        fake, chat = bot.fake, bot.admin_id
        for reason in reasons:
            await fake.reply(chat, f"/retract {fid} {reason}")
        before = len(fake.sent_to(chat))
        fake.send_text(chat, f"/audit {fid}")
        parts = (await fake.wait_sent(chat, before + 2))[before:]
        await fake.until(lambda: fake.pending_updates() == 0, "the bot to take the update")
        assert all(len(p["text"].encode("utf-16-le")) // 2 <= 4096 for p in parts)  # the fake refuses longer ones too
        joined = "\n".join(p["text"] for p in parts)
        assert "first &lt;reason&gt; &amp; " in joined and "second &lt;reason&gt; &amp; " in joined

    telegram.run(scenario)
