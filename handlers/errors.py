"""The error handler: usage lines and store refusals as they are, anything else logged and apologised for."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from store import StoreError

from .common import UsageError, esc

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong. Please try again later."


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the user what went wrong in one line; log unexpected exceptions, never show a traceback."""
    error = context.error
    if isinstance(error, (UsageError, StoreError)):
        log.info("refused: %s", error)
        text = esc(error)
    else:
        log.error("exception while handling an update", exc_info=error)
        text = SORRY
    if not isinstance(update, Update):
        return
    if update.callback_query:
        with contextlib.suppress(TelegramError):  # it may have been answered already
            await update.callback_query.answer()
    if update.effective_message:
        try:
            await update.effective_message.reply_text(text)
        except TelegramError:  # network down, bot blocked: logging is all that is left
            log.exception("could not tell the user about the error")
