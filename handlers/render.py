"""Figure cards, quotes, sources, audit rows and stats as Telegram HTML.

Built from the reply pieces of answer.reply, so the bot words figures the
way answers do, escapes every piece of store text, and splits long replies
between lines under Telegram's limit.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from answer.reply import Bold, Line, build, citation, short, statement

MAX_QUOTE = 600  # characters of a quote shown in a card
MAX_NOTE = 300

REVIEW = {"auto": "awaiting review", "verified": "✅ verified", "retracted": "❌ retracted"}


def who(fig: dict) -> str:
    agency = short(fig.get("agency"), 80) or "unattributed"
    return f"{agency} ({short(fig['person'], 80)})" if fig.get("person") else agency


def figure_line(fig: dict) -> Line:
    """about 40,000 children trapped in Raqqa — UNICEF"""
    return [*statement(fig, None), f" — {who(fig)}"]


def quote_line(fig: dict) -> Line:
    return [f"“{short(fig['quote'], MAX_QUOTE)}”"] if fig.get("quote") else ["(no quote: entered by hand)"]


def article(art: dict) -> str:
    """“Title”, Outlet, 2017-06-09 (the title linked where there is a URL)."""
    return build([citation(art)]).html


def card_lines(fig: dict) -> list[Line]:
    lines = [[Bold(f"#{fig['id']}"), f" · {REVIEW.get(fig['review'], fig['review'])}"], figure_line(fig), quote_line(fig), ["Article: ", *citation(fig["article"])]]
    if fig.get("note"):
        lines.append([f"Note: {short(fig['note'], MAX_NOTE)}"])
    return lines


def card(fig: dict) -> str:
    """A figure for review: state, value, what, where, who, quote, article."""
    return build(card_lines(fig)).html


def card_buttons(fig: dict) -> InlineKeyboardMarkup:
    """Verify, Retract, Edit for one figure (callback data v:ID, r:ID, e:ID), less the state it is in."""
    row = []
    if fig["review"] != "verified":
        row.append(InlineKeyboardButton("Verify", callback_data=f"v:{fig['id']}"))
    if fig["review"] != "retracted":
        row.append(InlineKeyboardButton("Retract", callback_data=f"r:{fig['id']}"))
    row.append(InlineKeyboardButton("Edit", callback_data=f"e:{fig['id']}"))
    return InlineKeyboardMarkup([row])


def quotes(figures: list[dict]) -> list[str]:
    """The quote behind each figure, with its article (HTML parts)."""
    if not figures:
        return ["Those figures are no longer in the store."]
    lines: list[Line] = []
    for fig in figures:
        # The id, for /history ID and /cite ID.
        lines += [[Bold(f"#{fig['id']}"), " ", *figure_line(fig)], quote_line(fig), ["", *citation(fig["article"])], [""]]
    return build(lines).html_parts


def sources(fig: dict, related: list[dict]) -> list[str]:
    """Every article behind a figure, then the other figures on the same question (HTML parts)."""
    lines: list[Line] = [["Sources for ", *figure_line(fig), ":"]]
    lines += [["• ", *citation(a)] for a in fig["citations"]]
    others = [f for f in related if f["fact_id"] != fig["fact_id"]]
    if others:
        lines += [[""], ["Other figures on the same question:"]]
        lines += [["• ", *figure_line(f), " (", *citation(f["article"]), ")"] for f in others]
    else:
        lines += [[""], ["No other source gives a different figure on this."]]
    return build(lines).html_parts


def audit_rows(rows: list[dict]) -> list[str]:
    """One line per audit row, newest first (HTML parts)."""
    if not rows:
        return ["No audit rows."]
    lines: list[Line] = []
    for r in rows:
        target = f"{r['entity']} #{r['entity_id']}" if r.get("entity_id") is not None else r["entity"]
        lines.append([f"{r['at']} ", Bold(r["actor"]), f" {r['action']} {target}" + (f" — {r['reason']}" if r.get("reason") else "")])
    return build(lines).html_parts


def stats(numbers: dict) -> str:
    return build([[f"{k.replace('_', ' ')}: ", Bold(f"{v:,}")] for k, v in numbers.items()]).html
