"""The word pass (extract.tokens) finds every place a status or role phrase can start.

The status and place-role regexes are tried only where the word pass says one
of their phrases may start; these tests check that this finds exactly what a
search of the whole text finds, in the corpora and in phrases written in odd
cases.
"""

import random
import re
from pathlib import Path

import pytest

from extract import sentences, tokens
from extract.context import _STATUS
from extract.places import _ROLE

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "corpus" / "seeds"

STATUS_PHRASES = """killed or wounded, dead and injured, casualties, living under, lives under siege, under Houthi rule,
under their control, trapped, besieged, stuck, stranded, encircled, holed up, cut off, unable to leave, in urgent need,
in need, needs humanitarian aid, needed food, needing shelter, require aid, requires assistance, required evacuation,
rely on aid, relies on food aid, relying on assistance, depend on aid, depends on aid, dependent on assistance,
food-insecure, food insecure, face famine, faces acute hunger, facing food insecurity, at risk of famine, starving,
malnourished, killed, killing, kills, kill, dead, died, die, dies, dying, death, deaths, death toll, toll,
lost their lives, perished, slain, massacred, executed, murdered, drowned, fatalities, bodies, lives, lives in,
wounded, wounding, injured, injuring, injuries, hurt, maimed, missing, unaccounted for, disappeared, detained,
detaining, arrested, arresting, captured, abducted, kidnapped, taken hostage, imprisoned, jailed, in detention,
in custody, held captive, held hostage, held prisoner, displaced, displacing, uprooted, sheltering, living in tents,
live in camps, lives in makeshift shelters, forced from their homes, driven out of their homes, made homeless,
homeless, evacuated, lost their homes, fled, flee, flees, fleeing, escaped, escaping, escape, left the, left their,
crossed into, crossed the, exodus, returned, returning, return, returns, went back, came back, repatriated, affected,
impacted, deployed, deploying, taking part, take part, took part, operating, operate, stationed, sent, dispatched,
serving, participating, working alongside, embedded, massed, massing, gathered, surged, present, launched, launching,
carried out, conducted, fired, dropped, staged, remain, remains, remained, remaining, stay, stays, stayed, staying,
still in, still inside, still living, living in, left in, poured into, pouring across, streamed into, streaming over,
flocked into, flocking across, flooded into, flooding over, arrived, arriving, arrive, arrives"""

ROLE_PHRASES = """from, from other parts of, north of, south of the, east of, west of, northeast of, northwest of,
southeast of, southwest of, north-east of, north-west of, south-east of, south-west of, border with, borders with,
toward, towards the, bordering, fled to, flee into, flees to, fleeing to, crossed into, crossing into, escaped to,
went back to, gone to, moved to, relocated to, headed to, heading into, walked to, fled abroad to, fled to neighbouring,
Representative in, Director for, Coordinator in, Envoy to, Ambassador to, Chief of, Head of, Spokesman for,
Spokeswoman for, Spokesperson in, Correspondent in, Bureau in, Office in, Mission to, Delegation to, poured into,
streaming into, flocked to, arrived in, arriving at, speaking in, spoke to reporters in, told reporters in,
telling journalists at, told AFP in, said in, says from, said on Tuesday in, news conference in, press briefing at,
briefing in, summit in, from its headquarters in, from the agency's offices in, earthquake that struck,
quake centred in, floods that tore through the eastern city of, storm made landfall near, epicentre in,
the quake's epicentre near the"""


def _cases(phrase: str, rng: random.Random) -> list[str]:
    mixed = "".join(c.upper() if rng.random() < 0.5 else c for c in phrase)
    return [phrase, phrase.upper(), phrase.title(), mixed, phrase.replace("s", "\u017f").replace("k", "\u212a")]


def _texts() -> list[str]:
    rng = random.Random(7)
    out = [p.read_text(encoding="utf-8") for d in ("corpus/heldout", "corpus/dev2") for p in sorted((HERE / d).glob("*.txt"))]
    if SHARED.is_dir():
        out += [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*.txt"))]
    for phrases in (STATUS_PHRASES, ROLE_PHRASES):
        for phrase in re.split(r",\s*", phrases):
            out.append(" ".join(f"Some 40 people {v} Raqqa, and 12 {v}." for v in _cases(phrase.strip(), rng)))
    return out


def _spans(matches) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


@pytest.mark.parametrize("text", _texts())
def test_status_search_at_word_starts_finds_what_finditer_finds(text):
    starts = tokens.triggers(text).statuses
    assert _spans(tokens.matches(_STATUS, text, starts)) == _spans(_STATUS.finditer(text))
    for a in range(0, len(text), 37):  # windows starting anywhere, as status_near's do
        b = min(len(text), a + 90)
        assert _spans(tokens.matches(_STATUS, text, starts, a, b)) == _spans(_STATUS.finditer(text, a, b))


@pytest.mark.parametrize("text", _texts())
def test_role_search_at_word_starts_finds_what_search_finds(text):
    starts = tokens.triggers(text).roles
    for m in re.finditer(r"\b[A-Z]", text):  # before every capitalised word, as for place names
        pos = m.start()
        found = next(tokens.matches(_ROLE, text, starts, max(0, pos - 60), pos), None)
        expected = _ROLE.search(text, max(0, pos - 60), pos)
        assert _spans([found] if found else []) == _spans([expected] if expected else [])


PUNCTUATION = [
    "Some 1.9 million people - roughly 90% - had been displaced, the agency said; 2,500 fled: at 10:30 - - more.",
    "A — B — C —— D —E— F – G -H- I - - - J, 1,234,567, 1,23, 1,2345, 12,000,\n13: 14:x, 15;16 —",
    "— He said: “40 were killed,” and - in Raqqa — 12, 300 others... U.S. officials. Dr. Smith? Yes! (No.) \"Ok.\" 5",
]


def _reference_clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Clauses as a whole-sentence search of the break regexes finds them."""
    out, pos = [], start
    dashes = [m.start() for m in sentences._DASH.finditer(text, start, end)]
    aside = set(dashes[:2]) if len(dashes) >= 2 else set()
    for m in sentences._CLAUSE_BREAK.finditer(text, start, end):
        if m.start() in aside:
            continue
        s, e = sentences._strip(text, pos, m.start())
        if e > s:
            out.append((s, e))
        pos = m.end()
    s, e = sentences._strip(text, pos, end)
    if e > s:
        out.append((s, e))
    return tuple(out) or ((start, end),)


@pytest.mark.parametrize("text", _texts() + PUNCTUATION)
def test_sentence_and_clause_breaks_found_where_they_can_start_are_all_there_are(text):
    starts = [m.start() for m in sentences._SENT_END_AT.finditer(text)]
    assert _spans(tokens.matches(sentences._SENT_END, text, starts)) == _spans(sentences._SENT_END.finditer(text))
    for sent in sentences.split_sentences(text):
        assert sent.clauses == _reference_clauses(text, sent.start, sent.end)
    for a in range(0, len(text), 11):  # any span, not only whole sentences
        b = min(len(text), a + 70)
        assert sentences._clauses(text, a, b) == _reference_clauses(text, a, b)
