"""Figures, audit rows and stats as short HTML for Telegram (every piece of store text escaped)."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from .common import esc

MAX_QUOTE = 600  # characters of a quote shown in a card; cards stay far below 4,096

_QUALIFIER = {"about": "about ", "up_to": "up to ", "at_least": "at least ", "more_than": "more than "}
_REVIEW = {"auto": "awaiting review", "verified": "✅ verified", "retracted": "❌ retracted"}


def amount(fig: dict) -> str:
    """40,000 / about 40,000 / 200–999 as the figure states it."""
    low, high, value = fig.get("low"), fig.get("high"), fig.get("value")
    if value is None or fig.get("qualifier") in ("range", "vague"):
        if low is not None and high is not None:
            return f"{low:,}–{high:,}"
        if value is None:
            return f"at least {low:,}" if low is not None else f"up to {high:,}"
    return _QUALIFIER.get(fig.get("qualifier") or "", "") + f"{value:,}"


def what(fig: dict) -> str:
    """children trapped in Raqqa"""
    status = (fig.get("status") or "").replace("_", " ")
    where = f" in {esc(fig['location'])}" if fig.get("location") else ""
    return f"{esc(fig.get('subject'))} {esc(status)}{where}"


def who(fig: dict) -> str:
    agency = esc(fig.get("agency") or "unattributed")
    return f"{agency} ({esc(fig['person'])})" if fig.get("person") else agency


def article(art: dict) -> str:
    """<i>Title</i>, Outlet, 2017-06-09 (linked when there is a URL)."""
    title = f"<i>{esc(art.get('title') or 'untitled article')}</i>"
    url = art.get("url") or ""
    if url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(url, quote=True)}">{title}</a>'
    return ", ".join([title] + [esc(art[k]) for k in ("outlet", "published") if art.get(k)])


def quote(fig: dict) -> str:
    text = fig.get("quote")
    if not text:
        return "<i>no quote (entered by hand)</i>"
    text = " ".join(text.split())
    return f"“{esc(text[:MAX_QUOTE] + ('…' if len(text) > MAX_QUOTE else ''))}”"


def figure_line(fig: dict) -> str:
    """One line: <b>about 40,000</b> children trapped in Raqqa — UNICEF"""
    return f"<b>{amount(fig)}</b> {what(fig)} — {who(fig)}"


def card(fig: dict) -> str:
    """A figure for review: value, what, where, who, quote, article, state."""
    lines = [
        f"<b>#{fig['id']}</b> · {_REVIEW.get(fig['review'], esc(fig['review']))}",
        figure_line(fig),
        quote(fig),
        "Article: " + article(fig["article"]),
    ]
    if fig.get("note"):
        lines.append(f"Note: {esc(fig['note'])}")
    return "\n".join(lines)


def card_buttons(fig: dict) -> InlineKeyboardMarkup:
    """Verify, Retract, Edit for one figure (callback data v:ID, r:ID, e:ID), less the state it is in."""
    row = []
    if fig["review"] != "verified":
        row.append(InlineKeyboardButton("Verify", callback_data=f"v:{fig['id']}"))
    if fig["review"] != "retracted":
        row.append(InlineKeyboardButton("Retract", callback_data=f"r:{fig['id']}"))
    row.append(InlineKeyboardButton("Edit", callback_data=f"e:{fig['id']}"))
    return InlineKeyboardMarkup([row])


def quotes(figures: list[dict]) -> str:
    """The quote behind each figure, with its article."""
    if not figures:
        return "Those figures are no longer in the store."
    return "\n\n".join(f"{figure_line(f)}\n{quote(f)}\n{article(f['article'])}" for f in figures)


def sources(fig: dict, related: list[dict]) -> str:
    """Every article behind a figure, then the other figures on the same question."""
    lines = [f"Sources for {figure_line(fig)}:"] + [f"• {article(a)}" for a in fig["citations"]]
    others = [f for f in related if f["fact_id"] != fig["fact_id"]]
    if others:
        lines += ["", f"Other figures on {what(fig)}:"]
        lines += [f"• {figure_line(f)} · {article(f['article'])}" for f in others]
    else:
        lines += ["", "No other source gives a different figure on this."]
    return "\n".join(lines)


def audit_rows(rows: list[dict]) -> str:
    if not rows:
        return "No audit rows."
    out = []
    for r in rows:
        target = f"{r['entity']} #{r['entity_id']}" if r.get("entity_id") is not None else r["entity"]
        reason = f" — {esc(r['reason'])}" if r.get("reason") else ""
        out.append(f"{esc(r['at'])} <b>{esc(r['actor'])}</b> {esc(r['action'])} {esc(target)}{reason}")
    return "\n".join(out)


def stats(numbers: dict) -> str:
    return "\n".join(f"{esc(k.replace('_', ' '))}: <b>{v:,}</b>" for k, v in numbers.items())
