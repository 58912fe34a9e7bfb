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


def triggers(text: str) -> Triggers:
    out = Triggers()
    kinds, folded = _KINDS, _FOLDED
    nums, dates = out.numbers, out.dates
    lists = ((NUMBER, nums), (DATE, dates), (CUE, out.cues), (PLACE, out.places), (STATUS, out.statuses), (ROLE, out.roles))
    targets: dict[int, list[list[int]]] = {}  # a word's kinds -> the lists its start goes to
    for m in _TOKEN.finditer(text):
        w = m.group()
        k = kinds.get(w)
        if k is None:
            if w.islower() and w.isascii():
                continue  # most words: no kind, and no other case of a registered word
            if w.isdigit():
                s = m.start()
                if nums and nums[-1] == s - 1 and text[s - 1].isdigit():
                    continue  # inside a run of digits: only its first digit can start a match
                nums.append(s)
                dates.append(s)
                continue
            k = folded.get(w.lower()) if w.isascii() else _FOLDED_KINDS
            if not k:
                continue
        to = targets.get(k)
        if to is None:
            to = targets[k] = [found for kind, found in lists if k & kind]
        s = m.start()
        for found in to:
            found.append(s)
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
