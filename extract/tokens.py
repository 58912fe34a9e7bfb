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

NUMBER, DATE, CUE, PLACE = 1, 2, 4, 8


def _forms(words: str, case_insensitive: bool) -> set[str]:
    out = set()
    for w in words.split():
        out.add(w)
        if case_insensitive:
            out.update((w.lower(), w.capitalize(), w.upper()))
    return out


_KINDS: dict[str, int] = {}


def register(kind: int, words: str, *, case_insensitive: bool) -> None:
    """Words that may start a match of the detector `kind`."""
    for w in _forms(words, case_insensitive):
        _KINDS[w] = _KINDS.get(w, 0) | kind


@dataclass
class Triggers:
    """Start offsets of words that may start a number, a date or a cue, in text order."""

    numbers: list[int] = field(default_factory=list)
    dates: list[int] = field(default_factory=list)
    cues: list[int] = field(default_factory=list)
    places: list[int] = field(default_factory=list)


def triggers(text: str) -> Triggers:
    out = Triggers()
    kinds = _KINDS
    nums, dates, cues, places = out.numbers, out.dates, out.cues, out.places
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w.isdigit():
            s = m.start()
            if nums and nums[-1] == s - 1 and text[s - 1].isdigit():
                continue  # inside a run of digits: only its first digit can start a match
            nums.append(s)
            dates.append(s)
            continue
        k = kinds.get(w)
        if k:
            s = m.start()
            if k & NUMBER:
                nums.append(s)
            if k & DATE:
                dates.append(s)
            if k & CUE:
                cues.append(s)
            if k & PLACE:
                places.append(s)
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
