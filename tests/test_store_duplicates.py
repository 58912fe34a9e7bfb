"""A repeated article is recorded as a duplicate; a repeated figure is one fact with several citations."""

import pytest

from store import StoreError

REPORT = """Aid convoy reaches the valley

Relief workers said on Monday that a convoy of trucks had reached the northern valley after weeks of negotiation.
The regional health office reported 120 people injured in the fighting last week and warned that clinics were short of supplies.
An estimated 5,000 families remain without shelter, according to the relief coordination office, which said more convoys were planned.
Local officials said the road had been cleared of debris and that markets were beginning to reopen in the main town.
"""

FIG = {"value": 120, "subject": "people", "status": "injured", "location": "Syria", "agency": None, "quote": "120 people injured"}


def _ingest(store, text, figures=(), **meta):
    dup = store.find_duplicate(text)
    return store.ingest(text, list(figures), actor="test", duplicate_of=dup, **meta)


def test_an_exact_repeat_is_a_duplicate(store):
    first = _ingest(store, REPORT, [FIG], title="Convoy")
    again = _ingest(store, REPORT, [FIG])
    assert again.duplicate_of == first.article["id"] and again.article["duplicate_of"] == first.article["id"]
    assert again.figures == [] and store.count() == 1


def test_a_near_repeat_without_headline_and_with_other_line_breaks_is_a_duplicate(store):
    first = _ingest(store, REPORT, [FIG])
    body = REPORT.split("\n", 2)[2].replace("\n", " \n").replace("last week", "last week,")
    assert store.find_duplicate(body) == first.article["id"]


def test_a_different_article_sharing_a_paragraph_is_not_a_duplicate(store):
    _ingest(store, REPORT, [FIG])
    other = (
        "Talks stall over border crossing\n\nNegotiators met again on Thursday without agreement on reopening the crossing. "
        "The regional health office reported 120 people injured in the fighting last week and warned that clinics were short of supplies. "
        "Diplomats said a new round of talks would start next month, while traders complained that goods were piling up at the border. "
        "Fuel prices have tripled since the crossing closed, residents said, and schools have shortened their hours to save heating oil."
    )
    assert store.find_duplicate(other) is None


def test_the_same_figure_in_two_articles_is_one_fact_with_two_citations(store):
    a = _ingest(store, REPORT, [FIG], title="First report", outlet="Wire A", published="2024-03-01")
    other = REPORT.replace("Aid convoy reaches the valley", "Clinics overwhelmed").replace("Relief workers said on Monday", "Doctors said on Tuesday").replace("Local officials", "Town elders").replace("markets", "bakeries")
    other += "Doctors described long queues outside the only working hospital, and said medicine stocks would last a week.\n" * 1
    other += "Volunteers have set up a field kitchen near the bus station, serving hot meals twice a day to hundreds of families.\n"
    b = _ingest(store, other, [FIG], title="Second report", outlet="Wire B", published="2024-03-02")
    assert b.duplicate_of is None
    fa, fb = a.figures[0], b.figures[0]
    assert fa["fact_id"] == fb["fact_id"] == fa["id"]
    assert [c["title"] for c in store.figure(fa["id"])["citations"]] == ["Second report", "First report"]
    # A different number is a different fact.
    c = _ingest(store, "Unrelated text about a flood with enough words to be its own article entirely. " * 3, [{**FIG, "value": 121, "quote": None}], title="Third")
    assert c.figures[0]["fact_id"] == c.figures[0]["id"] != fa["fact_id"]


def test_quotes_must_come_from_the_article(store):
    with pytest.raises(StoreError, match="quote is not in the article"):
        _ingest(store, REPORT, [{**FIG, "quote": "words that are not there"}])
    assert store.stats()["articles"] == 0


@pytest.mark.parametrize("text,message", [("", "empty"), ("   \n ", "empty"), (b"\x00\x01binary", "binary"), (b"\xff\xfe\xfa", "not UTF-8"), ("x" * 1_000_001, "too long")])
def test_bad_article_text_stores_nothing(store, text, message):
    with pytest.raises(StoreError, match=message):
        store.ingest(text, [], actor="test")
    assert store.stats()["articles"] == 0
