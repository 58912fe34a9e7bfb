"""The parse layer's lookup POS component gives the model's attribute_ruler values."""

import spacy

from extract.nlp import MODEL, nlp

SENTENCES = [
    "At least 70 people were killed in the attack on Khan Sheikhoun, the Syrian Observatory for Human Rights said.",
    "There were 20 civilians among the dead, and there is no sign that the shelling has stopped.",
    "Rescuers did not find anyone; nothing was left of the building that had housed 15 families.",
    "He said that if the convoy does arrive, it will have been the first since June.",
    "But the UN's envoy, who has visited Aleppo twice, had warned  of 400,000 displaced people.",
    "Whether they'd come back was unclear, though some 3,000 of them have returned to their homes.",
    "The strikes, which killed 12, hit a market; all were civilians, the White Helmets told Reuters.\n\nMore followed.",
]


def test_pos_matches_the_attribute_ruler():
    reference = spacy.load(MODEL, exclude=["lemmatizer"])
    assert "attribute_ruler" in reference.pipe_names
    for text, ours in zip(SENTENCES, nlp().pipe(SENTENCES)):
        theirs = reference(text)
        assert [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in ours] == [
            (t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in theirs
        ], text
