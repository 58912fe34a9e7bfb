"""Reviewing an ingested article's figures: the summary's "Review figures" button, pages of five
figures with Verify / Retract / Edit each, ‹ › paging that edits the page message, and the Verify buttons.

Callback data (at most 64 bytes): rf:ARTICLE opens page 0 in a new message; pg:ARTICLE:PAGE turns
the page in place; v:ID verifies from a card, v:ID:ARTICLE:PAGE from a page (which is then redrawn).
Retract and Edit (r:…, e:…) open the dialogues in handlers/dialogues.py.
"""

from __future__ import annotations

import contextlib
import re

from telegram import Bot, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from store import Store, StoreError

from . import render
from .common import actor, admin_only, store_of

PAGE = 5  # figures per review page: five cards' worth fits one message
_FIGURE_BUTTON = re.compile(r"^[vre]:(\d+)(?::(\d+):(\d+))?$")


def page_view(store: Store, article_id: int, page: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text and buttons of one review page of an article (the last page when page is past it)."""
    art = store.article(article_id)
    total = store.count(article_id=article_id)
    if total == 0:
        return f"Article #{article_id} has no figures.", None
    pages = (total + PAGE - 1) // PAGE
    page = max(0, min(page, pages - 1))
    figures = store.figures(article_id=article_id, include_retracted=True, limit=PAGE, offset=page * PAGE)
    return render.review_page(art, figures, page * PAGE, total), render.review_page_buttons(article_id, figures, page, pages)


def button_target(data: str) -> tuple[int, dict | None]:
    """A figure button's id, and the review page it sits on ({"article", "page"}) or None for a card."""
    match = _FIGURE_BUTTON.match(data)
    if match is None:
        raise StoreError("that button is no longer valid")
    page = {"article": int(match[2]), "page": int(match[3])} if match[2] else None
    return int(match[1]), page


async def redraw(bot: Bot, store: Store, chat_id: int, message_id: int, figure_id: int, page: dict | None) -> None:
    """Show a figure's new state where its button was: the review page, or its card."""
    if page is not None:
        text, markup = page_view(store, page["article"], page["page"])
    else:
        fig = store.figure(figure_id)
        text, markup = render.card(fig), render.card_buttons(fig)
    with contextlib.suppress(BadRequest):  # unchanged, or the message is gone: nothing to redraw
        await bot.edit_message_text(text, chat_id=chat_id, message_id=message_id, reply_markup=markup)


@admin_only
async def open_review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the first page of an article's figures in a new message (rf:ARTICLE)."""
    query = update.callback_query
    await query.answer()
    text, markup = page_view(store_of(context), int(query.data[3:]), 0)
    await query.message.reply_text(text, reply_markup=markup)


@admin_only
async def turn_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn a review page in place (pg:ARTICLE:PAGE)."""
    query = update.callback_query
    await query.answer()
    _, article_id, page = query.data.split(":")
    text, markup = page_view(store_of(context), int(article_id), int(page))
    with contextlib.suppress(BadRequest):  # pressed twice: the page is already shown
        await query.edit_message_text(text, reply_markup=markup)


@admin_only
async def verify_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Verify a figure from its card or a review page, then redraw that message."""
    query = update.callback_query
    figure_id, page = button_target(query.data)
    store = store_of(context)
    if store.figure(figure_id)["review"] == "verified":
        await query.answer(f"#{figure_id} is already verified.")
    else:
        store.verify(figure_id, actor=actor(update.effective_user))
        await query.answer(f"#{figure_id} verified.")
    await redraw(context.bot, store, query.message.chat_id, query.message.message_id, figure_id, page)
