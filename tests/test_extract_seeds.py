"""The seed corpus scored by extract.evaluate: the targets of issue 3."""

from pathlib import Path

import pytest

from extract.evaluate import evaluate_corpus, format_report

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "seeds.gold.jsonl").exists(), reason="shared corpus absent")

# Numbers in the seeds that are not figures (years, dates, distances, durations, names with digits).
TRAPS = {2014, 2017, 2011, 1984, 18, 75, 45, 10, 6, 90, 56, 17, 22, 23, 5}


@pytest.fixture(scope="module")
def report():
    return evaluate_corpus(CORPUS / "seeds", CORPUS / "seeds.meta.jsonl", CORPUS / "seeds.gold.jsonl")


def test_impact_precision_and_recall(report):
    assert report["impact"]["precision"] >= 0.95, format_report(report, verbose=True)
    assert report["impact"]["recall"] >= 0.95, format_report(report, verbose=True)


def test_strict_impact_f1(report):
    assert report["strict_impact"]["f1"] >= 0.90, format_report(report, verbose=True)


def test_all_figures(report):
    assert report["all"]["f1"] >= 0.90, format_report(report, verbose=True)


def test_no_trap_number_extracted(report):
    # 23 civilians killed is a real figure; every other trap value must not appear unmatched.
    spurious = {e.get("value") for e in report["spurious"]}
    assert not (spurious & TRAPS), format_report(report, verbose=True)
    assert report["spurious"] == [], format_report(report, verbose=True)


def test_format_report_lists_scores(report):
    text = format_report(report)
    assert "strict_impact" in text and "P=" in text
