"""Figure cards, quotes, sources, audit rows and stats as Telegram HTML.

Built from the reply pieces of answer.reply, so the bot words figures the
way answers do, escapes every piece of store text, and splits long replies
between lines under Telegram's limit.
"""

from __future__ import annotations

from collections import Counter

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from answer.reply import Bold, Line, build, citation, short, statement

MAX_QUOTE = 600  # characters of a quote shown in a card
MAX_PAGE_QUOTE = 200  # on a review page: five figures must fit one message
MAX_NOTE = 300
SUMMARY_NAMES = 5  # names shown per line of an ingest summary; the rest are counted

REVIEW = {"auto": "awaiting review", "verified": "✅ verified", "retracted": "❌ retracted"}


def who(fig: dict) -> str:
    agency = short(fig.get("agency"), 80) or "unattributed"
    return f"{agency} ({short(fig['person'], 80)})" if fig.get("person") else agency


def figure_line(fig: dict) -> Line:
    """about 40,000 children trapped in Raqqa — UNICEF"""
    return [*statement(fig, None), f" — {who(fig)}"]


def figure_text(fig: dict) -> str:
    """The figure line alone, as HTML."""
    return build([figure_line(fig)]).html


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


def review_row(fig: dict, *, suffix: str = "", label: str = "") -> list[InlineKeyboardButton]:
    """Verify, Retract, Edit for one figure (callback data v:ID, r:ID, e:ID, plus where it is shown), less the state it is in."""
    row = []
    if fig["review"] != "verified":
        row.append(InlineKeyboardButton(f"Verify{label}", callback_data=f"v:{fig['id']}{suffix}"))
    if fig["review"] != "retracted":
        row.append(InlineKeyboardButton(f"Retract{label}", callback_data=f"r:{fig['id']}{suffix}"))
    row.append(InlineKeyboardButton(f"Edit{label}", callback_data=f"e:{fig['id']}{suffix}"))
    return row


def card_buttons(fig: dict) -> InlineKeyboardMarkup:
    """The review buttons under one figure's card."""
    return InlineKeyboardMarkup([review_row(fig)])


def tally(names: list[str]) -> str:
    """"killed 4, trapped 2, and 3 others": the commonest names with their counts."""
    common = Counter(names).most_common()
    shown = ", ".join(f"{name} {n}" for name, n in common[:SUMMARY_NAMES])
    rest = len(common) - SUMMARY_NAMES
    return shown + (f", and {rest} other{'s' if rest != 1 else ''}" if rest > 0 else "")


def ingest_summary(art: dict, figures: list[dict], duplicate_of: int | None) -> str:
    """One message for an ingested article: its figures counted by status, place and agency, and repeats."""
    if duplicate_of is not None:
        return build([[f"Article #{art['id']} (", *citation(art), f") repeats article #{duplicate_of}: recorded as a duplicate, no new figures."]]).html
    n = len(figures)
    lines: list[Line] = [[f"Article #{art['id']} stored: ", *citation(art)], [Bold(f"{n} figure{'s' if n != 1 else ''} found"), ", awaiting review." if n else "."]]
    if figures:
        lines.append([f"By status: {tally([f['status'] for f in figures])}"])
        lines.append([f"By place: {tally([short(f.get('location'), 80) or 'not stated' for f in figures])}"])
        lines.append([f"By agency: {tally([short(f.get('agency'), 80) or 'unattributed' for f in figures])}"])
        repeats = sum(1 for f in figures if f.get("fact_id") not in (None, f["id"]))
        if repeats:
            lines.append([f"{repeats} of them already reported by another article (kept as corroboration)."])
    return build(lines).html


def summary_buttons(article_id: int, figures: list[dict]) -> InlineKeyboardMarkup | None:
    """"Review figures" under an ingest summary (callback rf:ARTICLE)."""
    if not figures:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton("Review figures", callback_data=f"rf:{article_id}")]])


def review_page(art: dict, figures: list[dict], start: int, total: int) -> str:
    """A page of an article's figures (the start-th onwards): state, statement, source and a short quote each."""
    lines: list[Line] = [[f"Figures of article #{art['id']} (", *citation(art), f"), {start + 1}–{start + len(figures)} of {total}:"]]
    for fig in figures:
        lines += [[""], [Bold(f"#{fig['id']}"), f" · {REVIEW.get(fig['review'], fig['review'])}"], figure_line(fig)]
        if fig.get("quote"):
            lines.append([f"“{short(fig['quote'], MAX_PAGE_QUOTE)}”"])
    return build(lines).html


def review_page_buttons(article_id: int, figures: list[dict], page: int, pages: int) -> InlineKeyboardMarkup:
    """A row of review buttons per figure (v:ID:ARTICLE:PAGE...), then ‹ › paging (pg:ARTICLE:PAGE)."""
    rows = [review_row(fig, suffix=f":{article_id}:{page}", label=f" #{fig['id']}") for fig in figures]
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton("‹", callback_data=f"pg:{article_id}:{page - 1}"))
    if page < pages - 1:
        nav.append(InlineKeyboardButton("›", callback_data=f"pg:{article_id}:{page + 1}"))
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(rows)


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
