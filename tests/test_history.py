"""A figure's history for staff (issue 12): /history ID, the History button, `impactbot history ID`."""

from __future__ import annotations

import json

from conftest import add

from answer.history import figure_history


def test_history_tells_each_state_and_why_oldest_first(store):
    text = "Aid update\n\nSome 500 people fled Raqqa on Monday, OCHA said."
    (fig,) = store.ingest(text, [{"value": 500, "subject": "people", "status": "fled", "location": "Raqqa", "agency": "OCHA", "quote": "Some 500 people fled Raqqa on Monday, OCHA said."}], title="Aid update", actor="test").figures
    store.verify(fig["id"], actor="tg:1")
    store.edit_figure(fig["id"], {"value": 600, "agency": "UNHCR"}, actor="tg:1", reason="the agency's own report")
    store.retract(fig["id"], actor="cli", reason="the report was withdrawn")
    lines = figure_history(store, fig["id"]).text.splitlines()
    assert lines[0].startswith(f"History of #{fig['id']}: 600 people who fled in Raqqa — UNHCR")
    events = [line.split(" — ", 1)[1] for line in lines if line.startswith("• ")]
    assert events == [
        "extracted from an article (awaiting review)",
        "verified",
        "edited (value 500 → 600; agency OCHA → UNHCR): the agency's own report",
        "retracted: the report was withdrawn",
    ]
    assert "tg:1" not in "\n".join(lines)  # staff see what happened, not which admin did it


def test_history_in_the_bot_button_and_unknown_id(telegram):
    fig = add(telegram.store, 40000, location="Raqqa", agency="UNICEF")

    async def scenario(bot):
        fake, chat = bot.fake, bot.staff_id
        (answer,) = await fake.reply(chat, "how many children are trapped in Raqqa?")
        data = {b["text"]: b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row}
        assert data["History"] == f"hist:{fig['id']}"
        fake.press(answer, data["History"])
        shown = (await fake.wait_sent(chat, 2))[1]
        assert f"History of #{fig['id']}" in shown["text"] and "added by hand (verified)" in shown["text"]
        (unknown,) = await fake.reply(chat, "/history 99999")
        assert unknown["text"] == "no figure #99999"
        (usage,) = await fake.reply(chat, "/history twelve")
        assert "Usage: /history ID" in usage["text"]

    telegram.run(scenario)


def test_cli_history_and_figures_json_with_ids(store, run_cli):
    fig = add(store, 40000, location="Raqqa", agency="UNICEF")
    store.retract(fig["id"], actor="cli", reason="misquoted")
    out = run_cli("history", str(fig["id"]))
    assert out.exit_code == 0 and "retracted: misquoted" in out.output
    data = json.loads(run_cli("history", str(fig["id"]), "--json").output)
    assert data["figure"]["id"] == fig["id"] and [r["action"] for r in data["history"]] == ["add", "retract"]
    missing = run_cli("history", "999")
    assert missing.exit_code == 1 and "no figure #999" in missing.output
    listed = [json.loads(line) for line in run_cli("figures", "--json", "--all").output.splitlines()]
    assert [f["id"] for f in listed] == [fig["id"]]
