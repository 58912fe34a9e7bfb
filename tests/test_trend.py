"""Trends (issue 12): a question about a figure over time gets a chart of each source's figures by date."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import add

from answer import trend
from bot.terminal import run_chat
from fakebotapi import MAX_CAPTION


def seed(store) -> list[dict]:
    return [
        add(store, 25000, location="Raqqa", agency="OCHA", published="2017-05-01", title="Spring report"),
        add(store, 40000, location="Raqqa", agency="UNICEF", qualifier="about", published="2017-06-09", title="June update"),
        add(store, 30000, location="Raqqa", agency="OCHA", refers_to="2017-07-01", published="2017-07-03", title="Summer report"),
        add(store, 3500, location="Jazra", agency="UNICEF", published="2017-06-20", title="Jazra note"),  # another place
        add(store, 9, subject="children", status="killed", location="Raqqa", agency="SOHR", published="2017-06-21"),  # another metric
        add(store, 12000, location="Raqqa", agency="OCHA", published=None, title="Undated"),
    ]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("children trapped in Raqqa over time", True),
        ("trend of children trapped in Raqqa", True),
        ("how has the number of children trapped in Raqqa changed?", True),
        ("children trapped in Raqqa since January 2017", True),
        ("how many children trapped in Raqqa since January 2017", False),  # a count since a date
        ("how many children are trapped in Raqqa?", False),
    ],
)
def test_what_asks_for_a_trend(question, expected):
    assert trend.is_trend(question) is expected


def test_a_trend_has_one_series_per_source_with_dates_and_cites_each_point(store):
    seed(store)
    result = trend.ask(store, "children trapped in Raqqa over time")
    chart = result.chart
    assert chart.title == "Children trapped in Raqqa"
    assert {a: [(p.date, p.value) for p in pts] for a, pts in chart.series.items()} == {
        "OCHA": [("2017-05-01", 25000), ("2017-07-01", 30000)],  # the date it refers to, before its article's
        "UNICEF": [("2017-06-09", 40000)],
    }
    lines = result.text.splitlines()
    assert lines[1:4] == [
        "• 2017-05-01 — 25,000 — OCHA (“Spring report”, Test Wire, 2017-05-01)",
        "• 2017-06-09 — about 40,000 — UNICEF (“June update”, Test Wire, 2017-06-09)",
        "• 2017-07-01 — 30,000 — OCHA (“Summer report”, Test Wire, 2017-07-03)",
    ]
    assert "Not on the chart: one figure with no date." in result.text
    png = chart.png()
    assert png.startswith(b"\x89PNG") and len(png) < 200_000


def test_a_time_range_limits_the_points_and_too_few_gives_the_plain_answer(store):
    seed(store)
    ranged = trend.ask(store, "children trapped in Raqqa since June 2017")
    assert [p.value for pts in ranged.chart.series.values() for p in pts] == [30000, 40000]
    add(store, 7, subject="people", status="injured", location="Mosul", agency="OCHA", published="2017-01-01")
    few = trend.ask(store, "people injured in Mosul over time")
    assert getattr(few, "chart", None) is None
    assert few.text.startswith("I have too few dated figures on this to show a trend") and "7" in few.text
    nothing = trend.ask(store, "people injured in Aleppo over time")
    assert nothing.none and not nothing.figures


def test_cli_ask_writes_the_chart_and_prints_its_path(store, run_cli, tmp_path):
    seed(store)
    target = tmp_path / "raqqa.png"
    out = run_cli("ask", "children trapped in Raqqa over time", "--chart", str(target))
    assert out.exit_code == 0 and f"Chart: {target}" in out.output and "OCHA" in out.output
    assert target.read_bytes().startswith(b"\x89PNG")
    data = json.loads(run_cli("ask", "trend of children trapped in Raqqa", "--json").output)
    assert Path(data["chart"]).read_bytes().startswith(b"\x89PNG")
    Path(data["chart"]).unlink()
    plain = json.loads(run_cli("ask", "how many children are trapped in Raqqa?", "--json").output)
    assert set(plain) == {"question", "text", "figures", "none"}  # the contract of a plain question is unchanged


def test_the_terminal_chat_prints_the_chart_path(store):
    seed(store)
    out = io.StringIO()
    run_chat(store, io.StringIO("children trapped in Raqqa over time\n"), out, prompt=False)
    path = next(line.split(": ", 1)[1] for line in out.getvalue().splitlines() if line.startswith("Chart: "))
    assert Path(path).read_bytes().startswith(b"\x89PNG")
    Path(path).unlink()


def test_the_bot_sends_a_photo_with_a_caption_under_the_limit_and_the_rest_as_text(telegram):
    store = telegram.store
    seed(store)
    for i in range(30):  # many sources with long titles: more than a caption holds
        add(store, 1000 + i, location="Raqqa", agency="OCHA", published=f"2016-01-{i + 1:02d}", title="A long title on the siege and its toll " * 3 + str(i))

    async def scenario(bot):
        fake, chat = bot.fake, bot.staff_id
        fake.send_text(chat, "children trapped in Raqqa over time")
        photo = (await fake.wait_sent(chat, 1))[0]
        assert fake.photo_bytes(photo).startswith(b"\x89PNG")
        assert len(photo["caption"]) <= MAX_CAPTION and "Children trapped in Raqqa" in photo["caption"]
        # The later points follow as text, the last one being the newest point.
        await fake.until(lambda: any("Summer report" in m.get("text", "") for m in fake.sent_to(chat)), "the rest of the caption")
        assert "Summer report" not in photo["caption"]
        # A follow-up after the chart is an ordinary answer.
        (follow_up,) = await fake.reply(chat, "and in Jazra?")
        assert "3,500" in follow_up["text"]

    telegram.run(scenario)
