"""Sentences, clauses, quotations and words of an article, all as offsets into its text.

Everything downstream works on offsets so that a figure's quote is always an
exact span of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from . import tokens

# A sentence ends at . ! or ? (plus closing quotes/brackets) before a capital,
# digit or opening quote; a line break always ends one.
# (also a full stop with no space after it, between words: "two in Novorossiysk.The head of ...", as
# text pasted from a page that lost its line breaks runs sentences together)
# (and before a bullet inside a line, as a report's PDF flattened runs its points together: "submerging 400 houses. • 98
# died, 190 injured")
_BULLETS = "•▪●◦‣"
_POINT_INSIDE_LINE = re.compile(rf"[ \t]+[{_BULLETS}][ \t]")
_SENT_END = re.compile(rf"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9]|\s+[{_BULLETS}][ \t])|(?<=[a-z]{{3}})[.!?](?=[A-Z][a-z])|\n+")
# Where a sentence end can start (the regex above is tried only there: scanning every
# character with it costs more).
_SENT_END_AT = re.compile(r"[.!?\n]")
_LAST_WORD = re.compile(r"[\w.]+$")
# Words before a full stop that do not end a sentence: initialisms (U.S.) and titles.
_INITIALISM = re.compile(r"(?:\b[A-Za-z]\.)+[A-Za-z]?$")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "st", "no", "gov",
    "sen", "rep", "prof", "rev", "vs", "approx", "inc", "co", "ltd", "jan", "feb", "aug",
    "sept", "sep", "oct", "nov", "dec", "adm", "cpl", "pte", "brig", "fig", "est",
}
# Capitalised short forms before a name, and what they stand for: "Mt. Meron", "Ft. Hood" (as units, "ft." and
# "mt." end sentences); places.py spells them out in the names it learns.
SHORT_FORMS_BEFORE_NAMES = {"Mt": "Mount", "Ft": "Fort"}
_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
# Clause breaks inside a sentence: commas (not the thousands separator in
# "2,500", nor South Asian grouping's "1,21,247", nor in "61, 000 people" typed with a space), semicolons, colons and
# spaced dashes.
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3})(?!\d\d,\d)(?!\d{1,2}[ \t]?(?:M|million|billion)\b)(?![ \t]\d{3}(?:[ \t]+[a-z]|[.,;)]))|;|:(?!\d)|\s[-–—]\s|—")
# Where a clause break can be: at one of these, or at the space before a dash.
_BREAK_AT = re.compile(r"[,;:\-–—]")
# Words (with initialisms such as U.S. and hyphenated words), numbers, or one
# punctuation character.
WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:['’\-][A-Za-z]+)*|\d[\d,.]*\d|\d|[^\sA-Za-z\d]")
_QUOTE_CHARS = "\"“”"
_QUOTE_MARK = re.compile(r"[\"“”\n]")

# A dateline: "GENEVA (Wire) -", "PORT SUDAN, May 14 (Newswire) -", "MARRAKESH, Morocco (Agency) -", "KYIV -".
DATELINE = re.compile(
    r"(?P<dl>[A-Z][A-Z'’.\-/]+(?:\s+[A-Z][A-Z'’.\-/]+){0,3}(?:,\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2})?"
    # (AP's older wire copy dashes with an underscore: "XENIA, Ohio (AP) _ A tornado")
    # (and The National's with two slashes: "RIYADH // A fire ripped through")
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?)(?:[-–—]+|\||_|//)\s"
)

# "Phnom Penh/Bangkok, Dec 10 (NationPress) As of noon today, ...": places, a date and the outlet's credit; "New Delhi,
# Aug 6: At least five people died ...": or a colon
CREDITED_DATELINE = re.compile(
    r"([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}(?:[ \t]*/[ \t]*[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2})*),[ \t]*"
    # (the credit may end its line: "ANTANANARIVO, 23 January 2009 (IRIN)" over a bulleted lead)
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?(?:[ \t]*\([^()\n]{1,40}\)(?:[ \t]+|[ \t]*\n\s*)|[ \t]*:[ \t]+)(?=[A-Z•])"
)


@dataclass
class Sentence:
    text: str = field(repr=False)
    start: int
    end: int

    @cached_property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each clause, split lazily: most sentences hold no figure."""
        return _clauses(self.text, self.start, self.end)

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause holding an offset (the last one when past the end)."""
        for c in self.clauses:
            if c[0] <= pos < c[1]:
                return c
        return self.clauses[-1]

    def clause_index(self, pos: int) -> int:
        for i, c in enumerate(self.clauses):
            if c[0] <= pos < c[1]:
                return i
        return len(self.clauses) - 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CAPITAL_BEFORE = re.compile(r"\b(?:capital|main\s+town|largest\s+city)$")
_NAMED_NEXT = re.compile(r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:[.;]|$)")
_DASH = re.compile(r"\s[-–—]\s")
# "in Itaewon, Seoul on ...": a place named with the place it lies in, one phrase (not "in Kabul, Afghan officials said",
# "in Homs, 12 in Aleppo", nor "in Homs, Hama had 5 injured": a clause with a subject of its own)
_AT_A_NAME = re.compile(r"\b(?:in|at|near|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")
_PLACE_IN_PLACE = re.compile(
    r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s+(?:on|in|at|as|after|when|last|this)\b)")


def _clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out = []
    pos = start
    # The break regexes are tried only where a break can start.
    at: list[int] = []
    dash_at: list[int] = []
    for m in _BREAK_AT.finditer(text, start, end):
        i = m.start()
        if text[i] in "-–—":
            if i > start:
                at.append(i - 1)
                dash_at.append(i - 1)
            if text[i] != "—":
                continue
        at.append(i)
    # Two spaced dashes enclose an aside ("1.9 million people - roughly 90% - had been displaced"): no break.
    dashes = [m.start() for m in tokens.matches(_DASH, text, dash_at, start, end)]
    aside = set(dashes[:2]) if len(dashes) >= 2 else set()
    for m in tokens.matches(_CLAUSE_BREAK, text, at, start, end):
        if m.start() in aside:
            continue
        if text[m.start()] == "," and _NAMED_NEXT.match(text, m.end()) and _CAPITAL_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            continue  # "were found in the island’s capital, Funchal.": the capital's name, no clause of its own
        if text[m.start()] == "," and _PLACE_IN_PLACE.match(text, m.end()) and _AT_A_NAME.search(text, max(start, m.start() - 40), m.start()):
            continue  # "the crowd crush in Itaewon, Seoul on Oct. 29 has climbed to 151": a place and the one it lies in
        s, e = _strip(text, pos, m.start())
        if e > s:
            out.append((s, e))
        pos = m.end()
    s, e = _strip(text, pos, end)
    if e > s:
        out.append((s, e))
    return tuple(out) or ((start, end),)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of the text with their clauses, in order."""
    out: list[Sentence] = []
    pos = 0
    hard = hard_wrapped(text)
    for m in tokens.matches(_SENT_END, text, [m.start() for m in _SENT_END_AT.finditer(text)]):
        if m.group(0)[0] == ".":
            word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start() + 1)
            w = word.group(0) if word else ""
            if _INITIALISM.search(w) or w.rstrip(".").lower() in _ABBREVIATIONS:
                continue
            if w.rstrip(".") in SHORT_FORMS_BEFORE_NAMES and _NAME_NEXT.match(text, m.end()):
                continue  # "at Mt. Meron", "Ft. Hood" (not "rose 10 ft. Another ...": a unit ends a sentence)
            if "." in w[:-1] and not text[m.end() : m.end() + 1].isspace():
                continue  # "www.unicef.Org": a web address, not two sentences
        if m.group(0)[-1] in "\"”" and _SAID_TAIL.match(text, m.end()):
            continue  # '“... It is a disaster.” Kirui said on Monday.': the quotation's speaker ends its sentence
        if m.group(0) == "\n" and (wrapped(text, m.start()) or (hard and text[: m.start()].rstrip(" \t")[-1:] not in ".!?:;\"”’'")):
            continue  # a line broken inside a sentence (text cut from a PDF, a wire story wrapped at 80): the sentence goes on
        if m.group(0)[:2] == "\n\n" and _VERB_CUT_OFF.match(text, m.start()) and text[: m.start()].rstrip()[-1:] not in ".!?:;\"”’'":
            continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        s, e = _strip(text, pos, end)
        if e > s:
            out.append(Sentence(text, s, e))
        pos = m.end()
        if m.group(0)[-1] != "\n" and (point := _POINT_INSIDE_LINE.match(text, pos)):
            pos = point.end()  # (a bullet inside a line, after a full stop, opens the next point: no word of it)
    s, e = _strip(text, pos, len(text))
    if e > s:
        out.append(Sentence(text, s, e))
    return out


# A short tail naming who spoke, after a closed quotation: "Kirui said on Monday.", "said Jane Doe."
_SAID_TAIL = re.compile(
    r"[ \t]+(?:(?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+[ \t]+(?:said|says|added|stated|explained)"
    r"|(?:said|says|added)[ \t]+(?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)(?:[ \t]+(?:on|in|at)[ \t]+\w+)?[ \t]*\.")
_LINE_GOES_ON = re.compile(r"\n[ \t]*[a-z(]")
# "Canterbury district police commander Superintendent Dave Cliff\n\nsays 300 people have been reported missing": a
# page's layout put a blank line between a speaker and their verb
_VERB_CUT_OFF = re.compile(r"\n\s*\n[ \t]*(?:says|said|told|added|confirmed|reported|estimated)\b")
_ENDS_MID_PHRASE = re.compile(
    r"\s(?:in|of|the|a|an|and|or|to|at|as|for|with|from|by|on|into|than|that|which|who|were|was|are|is|have|has|had"
    r"|been|be|its|their|his|her|some|about|over|under|between|after|before|during|including)$"
)


def hard_wrapped(text: str) -> bool:
    """Is the text broken into lines of one width, whatever its sentences (a wire story wrapped at 72 or 80 columns:
    "Over 800 people died here and more than 500 were injured in the tsunamis\nSunday, announced local police")? Most of
    its lines are then as long as each other, and most of those end inside a sentence."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 8:
        return False
    full = [line for line in lines if 55 <= len(line) <= 90]
    open_ended = [line for line in full if line[-1] not in ".!?:;\"”’'"]
    return len(full) >= 0.6 * len(lines) and len(open_ended) >= 0.5 * len(full)


def wrapped(text: str, newline: int) -> bool:
    """True when the line break at `newline` falls inside a sentence: the line before ends
    without closing punctuation, and with a comma or before a line starting in lower case."""
    before = text[:newline].rstrip(" \t")
    if not before or before[-1] in ".!?:;\"”’'":
        return False
    # A line ending in a comma or "and" goes on; so does one whose next line starts in lower case, and
    # one that ends on a word no sentence or headline ends with ("... set up in\nOnslow, Exmouth").
    return (
        before[-1] in ",(-" or _LINE_GOES_ON.match(text, newline) is not None
        or (_ENDS_MID_PHRASE.search(before) is not None and text[newline : newline + 2] != "\n\n")
    )


_NEXT_PARAGRAPH_QUOTE = re.compile(r"\n\s*“")


# A paragraph that opens with a quotation mark ("“However, five people ...", "‘‘However ...", as some papers print it)
_QUOTE_OPENS = re.compile(r"[ \t]*(?:[“\"]|‘‘|'')")
_QUOTE_MARK_ANY = re.compile(r"[“”\"]|‘‘|’’|''")
# Whoever opens a quotation after a verb of saying: 'He said: “On November 6 ...'
OPENING_QUOTE = r"(?:[“\"]|‘‘|'')"


def opens_quotation(text: str, pos: int) -> int | None:
    """Where the quotation a paragraph starting at pos opens with ends its opening mark, or None."""
    m = _QUOTE_OPENS.match(text, pos)
    return m.end() if m else None


def inside_quotation(text: str, start: int, pos: int) -> bool:
    """Is pos inside the quotation opened at start: no mark closes it before pos, or the last mark before pos opens
    another ('“Nine people were shot dead.” “Twelve other people were wounded.”')."""
    inside = True
    for m in _QUOTE_MARK_ANY.finditer(text, start, pos):
        mark = m.group(0)
        inside = mark in ("“", "‘‘") or (mark in ('"', "''") and not inside)
    return inside


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech (from the opening to just past the closing mark), per line."""
    spans = []
    open_at = None
    reopen = -1  # where a quotation left open at a paragraph's end goes on, by the opening mark that starts the next
    for m in _QUOTE_MARK.finditer(text):
        ch = m.group(0)
        pos = m.start()
        if ch == "\n":
            nxt = _NEXT_PARAGRAPH_QUOTE.match(text, pos)
            if open_at is not None and nxt is not None and not text[text.rfind("\n", 0, open_at) + 1 : open_at].strip():
                # "“Eight bodies were found ...\n\n“This is in addition ...,” he said.": a quotation over paragraphs
                # leaves each open and opens the next one again, as style books have it
                reopen = nxt.end() - 1
                continue
            if pos < reopen:
                continue
            open_at = None  # a quotation left open ends with its line
        elif pos == reopen:
            continue
        elif open_at is None and ch != "”":
            open_at = pos
        elif open_at is not None and ch != "“":
            inner = text[open_at + 1 : pos]
            # "Islamic State", "terrorists": a name or a term in quotation marks, not anyone's words.
            if len(inner.split()) > 3 or any(c.isdigit() for c in inner):
                spans.append((open_at, pos + 1))
            open_at = None
    return spans


def words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) for every word or punctuation mark in text[start:end]."""
    return [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text, start, end)]
