"""One pass over an article's words that says where numbers, dates and attribution cues may start.

The number, date and cue regexes are long alternations that the regex engine
tries at every word boundary; on a 5 KB article that costs more than the rest
of the extraction. Every match of theirs starts at the start of a word from a
small set ("said", "according", "three", "June", a digit...), so one tokenizing
pass collects those starts and each regex is then only tried there, with
`pattern.match(text, pos)`, which gives the same matches as `finditer` (the
lookbehinds and word boundaries still see the text before `pos`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from store.gazetteer import text_words

_TOKEN = re.compile(r"[^\W\d_]+|\d")

NUMBER, DATE, CUE, PLACE, STATUS, ROLE = 1, 2, 4, 8, 16, 32


def _forms(words: str, case_insensitive: bool) -> set[str]:
    out = set()
    for w in words.split():
        out.add(w)
        if case_insensitive:
            out.update((w.lower(), w.capitalize(), w.upper()))
    return out


_KINDS: dict[str, int] = {}
# Kinds whose words count in any mix of case, by lower-case word.
_FOLDED: dict[str, int] = {}
_FOLDED_KINDS = 0


def register(kind: int, words: str, *, case_insensitive: bool) -> None:
    """Words that may start a match of the detector `kind`: as written, or as word, Word and WORD."""
    for w in _forms(words, case_insensitive):
        _KINDS[w] = _KINDS.get(w, 0) | kind | _FOLDED.get(w.lower(), 0)
    _BY_WORD.clear()


def register_folded(kind: int, words: str) -> None:
    """Words that may start a match of the detector `kind` in any mix of case ("KiLLed" too).

    For a case-insensitive regex whose every match must be found, as its `finditer`
    or `search` would. Words are ASCII; a word in other letters may fold to one
    under re.I (the long s, the Kelvin sign), so such words are always tried.
    """
    global _FOLDED_KINDS
    _FOLDED_KINDS |= kind
    for w in words.split():
        _FOLDED[w.lower()] = _FOLDED.get(w.lower(), 0) | kind
    for w in _KINDS:
        _KINDS[w] |= _FOLDED.get(w.lower(), 0)
    for w in _forms(words, True):
        _KINDS[w] = _KINDS.get(w, 0) | kind
    _BY_WORD.clear()


@dataclass
class Triggers:
    """Start offsets of words that may start a number, a date, a cue, a place phrase, a status
    word or a place's role, in text order."""

    numbers: list[int] = field(default_factory=list)
    dates: list[int] = field(default_factory=list)
    cues: list[int] = field(default_factory=list)
    places: list[int] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    roles: list[int] = field(default_factory=list)


def _word_triggers(word: str) -> tuple[tuple[int, int], ...]:
    """(offset in the word, kinds) of each token of one word that may start a match.

    The word pass of the whole text, run on one word: a word's tokens never reach past
    it, and a run of digits lies inside one word, so this is the same per word.
    """
    kinds, folded = _KINDS, _FOLDED
    out: list[tuple[int, int]] = []
    last_num = None  # offset of the last token that went to the numbers
    for m in _TOKEN.finditer(word):
        w = m.group()
        k = kinds.get(w)
        if k is None:
            if w.islower() and w.isascii():
                continue  # most words: no kind, and no other case of a registered word
            if w.isdigit():
                s = m.start()
                if last_num is not None and last_num == s - 1 and word[s - 1].isdigit():
                    continue  # inside a run of digits: only its first digit can start a match
                out.append((s, NUMBER | DATE))
                last_num = s
                continue
            k = folded.get(w.lower()) if w.isascii() else _FOLDED_KINDS
            if not k:
                continue
        s = m.start()
        out.append((s, k))
        if k & NUMBER:
            last_num = s
    return tuple(out)


# word -> its _word_triggers; cleared whenever a detector registers words.
_BY_WORD: dict[str, tuple[tuple[int, int], ...]] = {}
_MAX_WORDS = 1 << 17


def triggers(text: str) -> Triggers:
    out = Triggers()
    lists = (
        (NUMBER, out.numbers), (DATE, out.dates), (CUE, out.cues),
        (PLACE, out.places), (STATUS, out.statuses), (ROLE, out.roles),
    )
    targets: dict[int, list[list[int]]] = {}  # a word's kinds -> the lists its start goes to
    by_word = _BY_WORD
    starts, words = text_words(text)
    for s, w in zip(starts, words):
        found = by_word.get(w)
        if found is None:
            if len(by_word) >= _MAX_WORDS:
                by_word.clear()
            found = by_word[w] = _word_triggers(w)
        if found:
            for rel, k in found:
                to = targets.get(k)
                if to is None:
                    to = targets[k] = [lst for kind, lst in lists if k & kind]
                for lst in to:
                    lst.append(s + rel)
    return out


def matches(pattern: re.Pattern, text: str, starts: list[int], start: int = 0, end: int | None = None):
    """The non-overlapping matches of `pattern` in text[start:end] that begin at one of `starts`."""
    end = len(text) if end is None else end
    last = start
    for i in range(bisect_left(starts, start), len(starts)):
        pos = starts[i]
        if pos < last:
            continue
        if pos >= end:
            break
        m = pattern.match(text, pos, end)
        if m is not None and m.end() > m.start():
            last = m.end()
            yield m
