"""One home for the vocabulary: every shared word in store/data/words.json reaches extraction and questions."""

import re

import pytest

import answer.words as W
from answer.parse import parse_question
from extract import context
from store import vocab
from store.gazetteer import Gazetteer, normalize


@pytest.mark.parametrize("subject", vocab.SUBJECTS)
def test_every_shared_subject_word_is_read_by_extraction_and_by_questions(subject):
    for word in vocab.SUBJECT_TERMS[subject]["words"]:
        parts = tuple(word.split())
        read = context.SUBJECT_PAIRS.get(parts) if len(parts) == 2 else context.SUBJECT_NOUNS.get(word)
        assert read == subject, word
        assert W.PHRASES[tuple(normalize(word).split())] == ("subject", subject), word


@pytest.mark.parametrize("status", vocab.STATUSES)
def test_every_shared_status_word_is_read_by_extraction_and_by_questions(status):
    for phrase in vocab.STATUS_TERMS[status]["words"]:
        m = context._STATUS.search(f"x {phrase} x")
        assert m is not None and m.group(0).lower() == phrase and m.lastgroup == status, phrase
        role, value = W.PHRASES[tuple(normalize(phrase).split())]
        assert role in ("subject", "status") and (role == "subject" or value == status), phrase


def test_a_status_has_a_label_and_every_subject_a_singular_and_plural():
    assert set(vocab.STATUS_TERMS) == set(vocab.STATUSES) and set(vocab.SUBJECT_TERMS) == set(vocab.SUBJECTS)
    assert all(isinstance(e["label"], str) for e in vocab.STATUS_TERMS.values())
    assert all(len(e["label"]) == 2 for e in vocab.SUBJECT_TERMS.values())


def test_words_only_reports_use_are_not_read_in_questions():
    g = Gazetteer.from_data()
    # "police" counts officers in a report ("12 police were killed") but names a source in a question.
    assert context.SUBJECT_NOUNS["police"] == "personnel"
    q = parse_question("how many injured in Aleppo according to police", g)
    assert q.subjects == () and q.statuses == ("injured",)
    # "rebel" is a singular subject in a report ("one rebel was killed"), a modifier in "rebel-held".
    assert context.SINGULAR_NOUNS["rebel"] == "fighters"
    assert parse_question("how many people living in rebel held Aleppo", g).subjects == ("people",)


def test_words_that_never_name_a_place_are_one_list():
    from extract import places

    shared = set(vocab.NOT_PLACE_TERMS["words"])
    assert shared <= places._NOT_PLACES and shared <= W.NOT_PLACES
    assert not re.search(r"[A-Z]", " ".join(shared))
