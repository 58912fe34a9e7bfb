"""The team-written corpora (tests/corpus): extraction and answers must not regress on them."""

import json
import re
from pathlib import Path

import pytest

from answer import ask
from extract.evaluate import evaluate_corpus, format_report
from extract.ingest import ingest_article

CORPORA = Path(__file__).resolve().parent / "corpus"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["heldout", "dev2", "dev3"])
def test_extraction_scores(name):
    folder = CORPORA / name
    report = evaluate_corpus(folder, folder / "meta.jsonl", folder / "gold.jsonl")
    assert report["impact"]["precision"] >= 0.95 and report["impact"]["recall"] >= 0.95, format_report(report, verbose=True)
    assert report["strict_impact"]["f1"] >= 0.90, format_report(report, verbose=True)


def test_heldout_questions_are_answered_with_agency_and_article(store):
    folder = CORPORA / "heldout"
    meta = _jsonl(folder / "meta.jsonl")
    for m in meta:
        ingest_article(store, (folder / f"{m['article']}.txt").read_text(), title=m["title"], outlet=m["outlet"], published=m["published"], actor="test")
    titles = {m["title"] for m in meta}
    for q in _jsonl(folder / "questions.jsonl"):
        answer = ask(store, q["question"])
        if q["none"]:
            assert answer.none and not re.search(r"\d", answer.text), (q["question"], answer.text)
            continue
        best = q["expect"][0]
        assert f"{best['value']:,}" in answer.text, (q["question"], answer.text)
        assert best["agency"] is None or best["agency"].lower() in answer.text.lower(), (q["question"], answer.text)
        assert any(t in answer.text for t in titles), (q["question"], answer.text)
