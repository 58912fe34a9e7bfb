"""1,000 questions from 100 chats, all enqueued at once: every one answered, in order, none lost.

No timed assertion: the generous timeout only keeps a broken run from hanging
(the rate limiter alone spreads 1,000 replies over about half a minute).
"""

from __future__ import annotations

CHATS = 100
PER_CHAT = 10
QUESTIONS = [("How many children are trapped in Raqqa?", "40,000"), ("How many people are trapped in Jazra?", "3,500")]


def test_a_thousand_questions_from_a_hundred_chats(telegram):
    store = telegram.store
    text = "Siege update\n\nAbout 40,000 children are trapped in Raqqa, UNICEF said. In Jazra, 3,500 people are trapped, UNICEF said.\n"
    store.ingest(
        text,
        [
            {"value": 40000, "qualifier": "about", "subject": "children", "status": "trapped", "location": "Raqqa", "agency": "UNICEF", "quote": "About 40,000 children are trapped in Raqqa, UNICEF said."},
            {"value": 3500, "subject": "people", "status": "trapped", "location": "Jazra", "agency": "UNICEF", "quote": "In Jazra, 3,500 people are trapped, UNICEF said."},
        ],
        title="Siege update",
        outlet="Test Wire",
        actor="test",
    )
    chats = [50_000 + i for i in range(CHATS)]
    # Each chat asks its own order of the two questions, so a lost or swapped reply shows.
    plans = {chat: [QUESTIONS[(chat * 7 + n * (chat % 3 + 1)) % 2] for n in range(PER_CHAT)] for chat in chats}

    async def scenario(bot):
        fake = bot.fake
        await fake.reply(bot.staff_id, "/start")  # the bot is polling
        for n in range(PER_CHAT):
            for chat in chats:
                fake.send_text(chat, plans[chat][n][0])
        for chat in chats:
            replies = await fake.wait_sent(chat, PER_CHAT, timeout=280)
            assert [expected in r["text"] for r, (_, expected) in zip(replies, plans[chat])] == [True] * PER_CHAT, chat
        await fake.until(lambda: fake.pending_updates() == 0, "every update to be fetched")

    telegram.run(scenario, timeout=300)
    fake = telegram.fake
    answers = [m for m in fake.sent if m["chat"]["id"] >= 50_000]
    assert len(answers) == CHATS * PER_CHAT
    assert all(len(fake.sent_to(chat)) == PER_CHAT for chat in chats)
