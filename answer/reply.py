"""Replies: the same words as plain text (CLI, terminal) and as Telegram HTML.

A reply is a list of lines, each a list of pieces (plain text, bold text, a
link); `render` writes them both ways, escaping every piece of store text in
the HTML. Store text is also cut to a sane length, so no single line can come
near Telegram's 4,096-character limit and a long reply splits between lines.

Numbers: the only digits a reply writes are figures' values (with thousands
separators), ISO dates and what store text holds (titles, links). Counts of
sources or articles are written in words ("two articles"), so that every
number a reader sees is a figure they can trace.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Union

from store import vocab
from store.gazetteer import JOINT_SPLIT

from .parse import Query

TELEGRAM_LIMIT = 4096
PART_LIMIT = 4000  # a little under the limit, for safety

MAX_TITLE = 160
MAX_NAME = 80
MAX_URL = 300

_DIGITS = re.compile(r"\d")


@dataclass
class Bold:
    text: str


@dataclass
class Link:
    text: str
    url: str


@dataclass
class TextOnly:
    """Words only the plain text needs (a link's address, which HTML puts in the link)."""

    text: str


Piece = Union[str, Bold, Link, TextOnly]
Line = list[Piece]


@dataclass
class Answer:
    """What the bot says: `.text` as sent by the CLI and terminal, `.html` for Telegram."""

    text: str
    html: str
    figures: list[dict] = field(default_factory=list)  # the figures the reply cites, most relevant first
    none: bool = False  # no figure answers the question (also for help and nonsense)
    context: Query | None = None  # pass back to ask() for a follow-up
    groups: list[dict] = field(default_factory=list)  # fact groups with figure ids, for buttons
    html_parts: list[str] = field(default_factory=list)  # .html split under Telegram's limit
    kind: str = "figures"  # figures, none, help, about, sources


# A sentence ending in a name that ends in a full stop ("Virgin Islands, U.S.") takes no second one.
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.$")


def build(lines: list[Line], **fields) -> Answer:
    text = "\n".join(_DOUBLE_STOP.sub(".", _text(line)) for line in lines).strip()
    html_lines = [_DOUBLE_STOP.sub(".", _html(line)) for line in lines]
    return Answer(text=text, html="\n".join(html_lines).strip(), html_parts=split_parts(html_lines), **fields)


def _text(line: Line) -> str:
    out = []
    for piece in line:
        if isinstance(piece, Bold):
            out.append(piece.text)
        elif isinstance(piece, (Link, TextOnly)):
            out.append(piece.text)
        else:
            out.append(piece)
    return "".join(out)


def _html(line: Line) -> str:
    out = []
    for piece in line:
        if isinstance(piece, Bold):
            out.append(f"<b>{html.escape(piece.text)}</b>")
        elif isinstance(piece, Link):
            out.append(f'<a href="{html.escape(piece.url, quote=True)}">{html.escape(piece.text)}</a>')
        elif isinstance(piece, TextOnly):
            continue
        else:
            out.append(html.escape(piece))
    return "".join(out)


def telegram_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units (an emoji counts twice)."""
    return len(text.encode("utf-16-le")) // 2


def split_parts(html_lines: list[str], limit: int = PART_LIMIT) -> list[str]:
    """Whole lines packed into messages under the limit (a line over it is cut, never a tag)."""
    parts: list[str] = []
    current = ""
    for line in html_lines:
        if telegram_length(line) > limit:
            line = html.escape(html.unescape(re.sub(r"<[^>]+>", "", line)))[: limit // 2 - 1] + "…"
        candidate = f"{current}\n{line}" if current else line
        if telegram_length(candidate) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        parts.append(current)
    return [p.strip() for p in parts if p.strip()]


# -- words for figures ----------------------------------------------------------------

# How a reply names each subject (singular, plural) and status: "label" in store/data/words.json.
SUBJECT_NOUNS: dict[str, tuple[str, str]] = {s: tuple(e["label"]) for s, e in vocab.SUBJECT_TERMS.items()}
STATUS_WORDS: dict[str, str] = {s: e["label"] for s, e in vocab.STATUS_TERMS.items()}

# The preposition before the place, where "in" would read wrong.
# Not "fled from": a flow into a country is counted where it arrived ("2,950 refugees fled to Uganda" is
# Uganda's figure), one out of a town where it left; "in" is true of both.
_PLACE_PREPOSITION = {"returned": "to", "launched": "on"}

_VAGUE_WORDS = {bounds: word for word, bounds in reversed(list(vocab.VAGUE_BOUNDS.items()))}


def amount(fig: dict) -> str:
    """"about 40,000", "up to 2,500", "at least 25", "more than 400,000", "hundreds of"."""
    q, value, low, high = fig.get("qualifier"), fig.get("value"), fig.get("low"), fig.get("high")
    if q == "vague" or value is None and low is None and high is None:
        word = _VAGUE_WORDS.get((low, high))
        return f"{word} of" if word else "an unknown number of"
    if q == "range" and low is not None and high is not None:
        return f"between {low:,} and {high:,}"
    if q == "up_to":
        return f"up to {(value if value is not None else high):,}"
    if q == "at_least":
        return f"at least {(value if value is not None else low):,}"
    if q == "more_than":
        return f"more than {(value if value is not None else low):,}"
    if value is None:
        value = high if high is not None else low
    prefix = "about " if q == "about" else ""
    return f"{prefix}{value:,}"


def what(subject: str | None, status: str | None, *, one: bool = False) -> str:
    """"children trapped", "displaced people living under...", "strikes launched"."""
    noun = SUBJECT_NOUNS.get(subject or "people", (subject or "people",) * 2)[0 if one else 1]
    if status is None:
        return noun
    if status == "displaced" and subject == "displaced":
        return noun
    # "houses damaged or destroyed": a subject may name a status its own way (words.json status_labels)
    label = vocab.SUBJECT_TERMS.get(subject or "", {}).get("status_labels", {}).get(status)
    return f"{noun} {label or STATUS_WORDS.get(status, status.replace('_', ' '))}"


def topic(q: Query) -> str:
    """What a question asks about, in words and without numbers: "children trapped"."""
    subject = q.subjects[0] if q.subjects else None
    status = q.statuses[0] if q.statuses else None
    if subject is None and status is None:
        return "figures"
    return what(subject or "people", status)


def short(text: str | None, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe(name: str | None, fallback: str) -> str:
    """A store name for a reply that must hold no digits (an honest no-answer)."""
    name = short(name, MAX_NAME)
    return fallback if not name or _DIGITS.search(name) else name


def _names_it(place: str, asked: str) -> bool:
    """Does a figure's place name the asked place itself: "Hualien City" (Hualien), or places named together, one
    of them the asked place or a short name of it ("Khogyani and Sherzad", "Israel and Gaza" asked as Gaza Strip)?"""
    asked = asked.lower()
    return asked in place.lower() or any(
        part and (part in asked.split() or part == asked) for part in (p.strip().lower() for p in JOINT_SPLIT.split(place)))


def where(fig: dict, asked_place: str | None, container: str | None = None) -> str:
    """"in Raqqa", or "in Jazra, inside Raqqa" for a place within the one asked about."""
    place = fig.get("location")
    if not place:
        return "(place not stated)"
    prep = _PLACE_PREPOSITION.get(fig.get("status") or "", "in")
    text = f"{prep} {short(place, MAX_NAME)}"
    if asked_place and place != asked_place and not _names_it(place, asked_place):
        text += f", inside {short(asked_place, MAX_NAME)}"
    return text


def statement(fig: dict, asked_place: str | None) -> list[Piece]:
    """"about 40,000 children trapped in Raqqa" with the amount in bold."""
    count = amount(fig)
    one = fig.get("value") == 1 and fig.get("qualifier") == "exact"
    return [Bold(count), f" {what(fig['subject'], fig['status'], one=one)} {where(fig, asked_place)}"]


def agency_name(fig: dict) -> str | None:
    """Who a figure is attributed to: its agency, else the person the article quotes for it
    ("Mohammad Yusufi (no organisation named)"), else None (unattributed)."""
    if fig.get("agency"):
        # ("Pakistani government (“Pakistan government” as reported)": the source as its article words it too)
        named = f" (“{short(fig['agency_named'], MAX_NAME)}” as reported)" if fig.get("agency_named") else ""
        # ("Russian Emergencies Ministry (EMERCOM)": the initials it goes by too, as staff and reports write it)
        initials = f" ({fig['agency_initials']})" if fig.get("agency_initials") and not named else ""
        return short(fig["agency"], MAX_NAME) + initials + named
    if fig.get("person"):
        return f"{short(fig['person'], MAX_NAME)} (no organisation named)"
    return None


def citation(article: dict) -> list[Piece]:
    """“Title”, Outlet, 2017-06-10, with the link where known (the title is linked in HTML)."""
    title = short(article.get("title"), MAX_TITLE)
    url = str(article.get("url") or "")
    linkable = url.startswith(("http://", "https://")) and len(url) <= MAX_URL and not any(c.isspace() for c in url)
    pieces: list[Piece] = []
    if title:
        pieces.append(Link(f"“{title}”", url) if linkable else f"“{title}”")
    # (an outlet as long as a title, as admins describe a report's publisher, is cited whole: it is how the reader finds it)
    extra = [short(article.get(k), MAX_TITLE) for k in ("outlet", "published") if article.get(k)]
    if extra:
        pieces.append((", " if pieces else "") + ", ".join(extra))
    if not pieces:
        pieces.append(Link(url, url) if linkable else "an untitled article")
    elif linkable:
        pieces.append(TextOnly(f", {url}") if title else Link(f", {url}", url))
    return pieces


# -- numbers as words ----------------------------------------------------------------

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_word(n: int) -> str:
    """Small counts in words, so that the only digits in a reply are figures."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {number_word(rest)}" if rest else "")
    return "over a thousand"


def counted(n: int, singular: str, plural: str | None = None) -> str:
    return f"{number_word(n)} {singular if n == 1 else (plural or singular + 's')}"
