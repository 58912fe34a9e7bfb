"""The reply: qualifiers, vague amounts, attribution, review marks, HTML escaping, length."""

from __future__ import annotations

import re

import pytest

from answer import ask
from answer.reply import TELEGRAM_LIMIT, amount
from store import Store


def add(store: Store, fig: dict, *, title="Report", outlet="Wire", url=None, published="2017-06-01", review=None) -> dict:
    base = {"subject": "children", "status": "trapped", "location": "Raqqa", "agency": "UNICEF"}
    return store.add_figure({**base, **fig}, citation={"title": title, "outlet": outlet, "url": url, "published": published}, actor="test", origin="import", review=review)


@pytest.mark.parametrize(
    "fig, words",
    [
        ({"value": 40000, "qualifier": "about"}, "about 40,000"),
        ({"value": 2500, "high": 2500, "qualifier": "up_to"}, "up to 2,500"),
        ({"value": 25, "low": 25, "qualifier": "at_least"}, "at least 25"),
        ({"value": 400000, "low": 400000, "qualifier": "more_than"}, "more than 400,000"),
        ({"value": 1234567, "qualifier": "exact"}, "1,234,567"),
        ({"value": None, "low": 200, "high": 999, "qualifier": "vague"}, "hundreds of"),
        ({"value": None, "low": 20000, "high": 99999, "qualifier": "vague"}, "tens of thousands of"),
        ({"value": None, "low": 1000, "high": 2000, "qualifier": "range"}, "between 1,000 and 2,000"),
    ],
)
def test_amounts(fig, words):
    assert amount({"value": None, "low": None, "high": None, **fig}) == words


def test_best_figure_in_one_sentence_with_its_source(store):
    add(store, {"value": 40000, "qualifier": "about"}, title="Children caught in crossfire", outlet="AFP", url="https://example.org/a", published="2017-06-09")
    answer = ask(store, "how many children are trapped in Raqqa?")
    first, source = answer.text.splitlines()[:2]
    assert first == "About 40,000 children trapped in Raqqa, according to UNICEF (not yet reviewed)."
    assert source == "Source: “Children caught in crossfire”, AFP, 2017-06-09, https://example.org/a."
    assert '<a href="https://example.org/a">“Children caught in crossfire”</a>' in answer.html
    assert "<b>About 40,000</b>" in answer.html


def test_vague_figures_read_as_such(store):
    add(store, {"value": None, "low": 200, "high": 999, "qualifier": "vague", "subject": "personnel", "status": "deployed", "agency": "Pentagon"}, review="verified")
    answer = ask(store, "how many US personnel are deployed in Raqqa")
    assert answer.text.startswith("Hundreds of personnel deployed in Raqqa, according to Pentagon.")
    assert not re.search(r"\d", answer.text.splitlines()[0])


def test_unattributed_and_reviewed(store):
    add(store, {"value": 80000, "agency": None}, review="verified")
    answer = ask(store, "children trapped in Raqqa")
    assert "unattributed" in answer.text.splitlines()[0]
    assert "not yet reviewed" not in answer.text


def test_every_number_in_the_reply_is_a_cited_figure(store):
    add(store, {"value": 40000, "qualifier": "about"}, published="2017-06-09")
    add(store, {"value": 35000, "agency": "OCHA"}, published="2017-05-01")
    add(store, {"value": 30000, "agency": "SOHR"}, published="2017-04-01")
    add(store, {"value": 30000, "agency": "SOHR"}, title="Again", published="2017-04-02")
    answer = ask(store, "children trapped in Raqqa")
    without_dates = re.sub(r"\d{4}-\d{2}-\d{2}", "", answer.text)
    numbers = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", without_dates)}
    cited = {f["value"] for f in answer.figures}
    assert numbers and numbers <= cited
    assert "Reported by two articles" in answer.text


def test_store_text_is_escaped_in_html(store):
    add(store, {"value": 500}, title="<script>alert(1)</script> & <b>bold</b>", outlet="<i>Wire</i>", url="https://example.org/?a=1&b=<2>")
    answer = ask(store, "children trapped in Raqqa")
    assert "<script>" not in answer.html and "<i>" not in answer.html
    assert "&lt;script&gt;" in answer.html
    assert "&amp;b=&lt;2&gt;" in answer.html
    assert "<script>" in answer.text  # the plain text is the text as stored


def test_long_store_text_keeps_every_message_under_the_limit(store):
    for i, agency in enumerate(["OCHA", "SOHR", "UNICEF", "WFP"]):
        add(store, {"value": 1000 + i, "agency": agency}, title="<&>" * 1500, outlet="x" * 3000, url="https://example.org/" + "y" * 4000, published=f"2017-06-0{i + 1}")
    answer = ask(store, "children trapped in Raqqa")
    assert answer.html_parts
    assert all(len(part) < TELEGRAM_LIMIT for part in answer.html_parts)
    assert "“" in answer.text and "…" in answer.text  # titles cut, not dropped


def test_follow_up_answers_carry_their_context(store):
    add(store, {"value": 40000})
    answer = ask(store, "children trapped in Raqqa")
    assert answer.context is not None and answer.context.place == "Raqqa"
    assert answer.groups and answer.groups[0]["figure_ids"] == [answer.figures[0]["id"]]


def test_a_figure_whose_article_names_only_a_person_is_attributed_to_that_person(store):
    from answer import ask

    fig = {"value": 60, "subject": "people", "status": "displaced", "location": "Syria", "agency": None,
           "person": "Mohammad Yusufi"}
    store.add_figure(fig, citation={"title": "Floods hit the north", "outlet": "Wire"}, actor="test")
    text = ask(store, "how many people displaced in syria").text
    assert "according to Mohammad Yusufi (no organisation named)" in text and "names no source" not in text


def test_a_name_ending_in_a_full_stop_takes_no_second_one(tmp_path):
    store = Store.open(str(tmp_path / "s.db"))
    answer = ask(store, "usvi how many ppl displaced")
    assert answer.none and "Virgin Islands, U.S.\n" in answer.text + "\n"
    assert ".." not in answer.text and ".." not in answer.html
