"""The terminal chat: a question, a follow-up, quit; it never shows a traceback."""

from __future__ import annotations

import io

from bot import terminal
from bot.terminal import run_chat
from store import Store


def add(store: Store, value, **fig) -> None:
    fig = {"value": value, "subject": "children", "status": "trapped", "location": "Raqqa", "agency": "UNICEF", **fig}
    store.add_figure(fig, citation={"title": "Children in crossfire", "outlet": "Wire"}, actor="test", origin="import")


def chat(store: Store, lines: str) -> str:
    out = io.StringIO()
    run_chat(store, input_stream=io.StringIO(lines), output=out, prompt=False)
    return out.getvalue()


def test_question_follow_up_and_quit(store):
    add(store, 40000)
    add(store, 300, location="Jazra", agency="SOHR")
    text = chat(store, "how many children trapped in Raqqa?\nand in Jazra?\nquit\nhow many children trapped in Raqqa?\n")
    lines = text.splitlines()
    assert lines[0].startswith("ImpactBot")
    assert "About 40,000 children trapped in Raqqa" in text or "40,000 children trapped in Raqqa" in text
    assert "300 children trapped in Jazra, according to SOHR" in text
    assert text.count("40,000 children trapped in Raqqa, according to UNICEF") == 1  # nothing after quit
    assert lines[-1] == "Goodbye."


def test_end_of_input_ends_the_chat(store):
    text = chat(store, "hi\n")
    assert "Hello!" in text
    assert text.endswith("Goodbye.\n")


def test_exit_and_blank_lines(store):
    text = chat(store, "\n\n   \nexit\nhi\n")
    assert "Hello!" not in text


def test_an_unexpected_error_is_one_line_and_the_chat_goes_on(store, monkeypatch, capsys):
    add(store, 40000)
    calls = {"n": 0}
    real = terminal.Conversation.ask

    def flaky(self, question):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        return real(self, question)

    monkeypatch.setattr(terminal.Conversation, "ask", flaky)
    text = chat(store, "children trapped in Raqqa\nchildren trapped in Raqqa\n")
    assert terminal.APOLOGY in text
    assert "Traceback" not in text and "boom" not in text
    assert "Traceback" not in capsys.readouterr().err
    assert "40,000 children trapped in Raqqa" in text


def test_prompt(store):
    out = io.StringIO()
    run_chat(store, input_stream=io.StringIO("quit\n"), output=out, prompt=True)
    assert "> " in out.getvalue()
