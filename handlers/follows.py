"""Staying informed: /follow, /unfollow, /following, /history, /cite, the History and Cite buttons, trend
charts as photos, and the notices job that sends new figures to followers and corrections to the chats
that were shown a figure."""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, Message, Update
from telegram.constants import MessageLimit
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

import answer
from answer import alerts
from answer.cite import sentence
from answer.history import figure_history
from answer.reply import split_parts, topic
from answer.trend import TrendAnswer
from store import StoreError, follows

from .common import UsageError, actor, command_rest, esc, parse_id, reply_parts, store_of

log = logging.getLogger(__name__)

NOTICE_SECONDS = 60  # one message per chat per run: at most one a minute
NOTICE_FIRST_SECONDS = 10
NOTICE_JOB = "notices"

FOLLOW_USAGE = "Usage: /follow PLACE [what], e.g. /follow Raqqa or /follow children trapped in Raqqa"
UNFOLLOW_USAGE = "Usage: /unfollow PLACE, e.g. /unfollow Raqqa"
HISTORY_USAGE = "Usage: /history ID, e.g. /history 12 (figure ids are shown under Quotes)"
CITE_USAGE = "Usage: /cite ID, e.g. /cite 12 (figure ids are shown under Quotes)"

HELP = (
    "\n\n<b>Staying informed</b>\n"
    "/follow PLACE [what] — new figures on it come to this chat, e.g. /follow children trapped in Raqqa\n"
    "/unfollow PLACE · /following\n"
    "/history ID — where a figure came from and what happened to it · /cite ID — one sentence for a report\n"
    "If I showed you a figure that an admin later corrects or retracts, I tell you.\n"
    "Ask “children trapped in Raqqa over time” for a chart."
)


def label(q: answer.Query) -> str:
    """What a follow is about, in words: "children trapped in Raqqa", "everything in Raqqa from UNICEF"."""
    what = topic(q)
    text = ("everything" if what == "figures" else what) + f" in {q.place}"
    return text + (f" from {q.agency}" if q.agency else "")


def place_query(store, text: str) -> answer.Query:
    """/follow's words parsed like a question; a lone name ("Atlantis") is read as a place."""
    q = answer.parse_question(text, store.gazetteer())
    if not q.place and not q.unknown_place:
        q = answer.parse_question(f"in {text}", store.gazetteer())
    return q


# -- commands --------------------------------------------------------------------------------


async def follow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Follow a place, optionally what is counted there: /follow children trapped in Raqqa."""
    text = command_rest(update.message)
    if not text:
        raise UsageError(FOLLOW_USAGE)
    store = store_of(context)
    q = place_query(store, text)
    if not q.place:
        name = f"a place called “{esc(q.unknown_place)}”" if q.unknown_place else "a place in that"
        raise UsageError(f"I don't know {name}. Name a place I know, e.g. /follow Raqqa (/about PLACE shows what I know about one).")
    what = label(q)
    _, new = follows.follow(
        store, chat_id=update.effective_chat.id, user_id=update.effective_user.id, place=q.place, subjects=q.subjects,
        statuses=q.statuses, agency=q.agency, label=what, actor=actor(update.effective_user),
    )
    if new:
        await update.message.reply_text(f"Following {esc(what)}. New figures on it will come to this chat (at most one message a minute). /unfollow {esc(q.place)} stops it.")
    else:
        await update.message.reply_text(f"This chat already follows {esc(what)}.")


async def unfollow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop following a place: /unfollow Raqqa."""
    text = command_rest(update.message)
    if not text:
        raise UsageError(UNFOLLOW_USAGE)
    store = store_of(context)
    place = place_query(store, text).place
    if place is None:
        raise UsageError(f"I don't know a place called “{esc(text[:60])}”. /following lists what this chat follows.")
    stopped = follows.unfollow(store, chat_id=update.effective_chat.id, place=place, actor=actor(update.effective_user))
    if stopped:
        await update.message.reply_text("Stopped following " + "; ".join(esc(f["label"]) for f in stopped) + ".")
    else:
        await update.message.reply_text(f"This chat does not follow {esc(place)}. /following lists what it follows.")


async def following(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List what this chat follows."""
    rows = follows.following(store_of(context), update.effective_chat.id)
    if not rows:
        await update.message.reply_text("This chat follows nothing yet. /follow PLACE, e.g. /follow Raqqa.")
        return
    await update.message.reply_text("This chat follows:\n" + "\n".join(f"• {esc(f['label'])}" for f in rows))


async def history(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show a figure's history from the audit trail: /history ID."""
    figure_id = parse_id(command_rest(update.message), HISTORY_USAGE)
    await reply_parts(update.message, figure_history(store_of(context), figure_id).html_parts)


async def cite(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One sentence to paste into a report: /cite ID."""
    figure_id = parse_id(command_rest(update.message), CITE_USAGE)
    await update.message.reply_text(esc(sentence(store_of(context).figure(figure_id))))


# -- buttons under an answer -------------------------------------------------------------------


def figure_buttons(figure_id: int) -> list[InlineKeyboardButton]:
    """History (hist:ID) and Cite (cite:ID) for the first figure of an answer."""
    return [InlineKeyboardButton("History", callback_data=f"hist:{figure_id}"), InlineKeyboardButton("Cite", callback_data=f"cite:{figure_id}")]


async def history_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show a figure's history (callback hist:ID)."""
    query = update.callback_query
    await query.answer()
    await reply_parts(query.message, figure_history(store_of(context), int(query.data.split(":")[1])).html_parts)


async def cite_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the copy-ready citation of a figure (callback cite:ID)."""
    query = update.callback_query
    await query.answer()
    await query.message.reply_text(esc(sentence(store_of(context).figure(int(query.data.split(":")[1])))))


# -- answers: what was shown, trend charts --------------------------------------------------------


def record_shown(context: ContextTypes.DEFAULT_TYPE, chat_id: int, figures: list[dict]) -> None:
    """Remember the figures a chat was shown, so that a later correction reaches it. The answer is
    already sent: a busy store costs this record (logged), never an error message after the answer."""
    try:
        follows.record_shown(store_of(context), chat_id, [f["id"] for f in figures])
    except StoreError as e:
        log.warning("could not record the figures shown to chat %s: %s", chat_id, e)


async def send_chart(message: Message, result: TrendAnswer) -> None:
    """A trend as a photo; the caption cites each point (what does not fit follows as text)."""
    png = await asyncio.to_thread(result.chart.png)  # drawing takes a moment: not on the event loop
    caption, *rest = split_parts(result.html.split("\n"), MessageLimit.CAPTION_LENGTH)
    await message.reply_photo(png, caption=caption)
    if rest:
        await reply_parts(message, split_parts("\n".join(rest).split("\n")))


# -- the notices job ------------------------------------------------------------------------------


async def send_notices(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Queue the changes in the audit trail as notices, then send each chat one message (JobQueue)."""
    store = store_of(context)
    # One run at a time: a run started by hand (tests) and the repeating one must not both send.
    async with context.bot_data.setdefault("notices_lock", asyncio.Lock()):
        if store.readonly:
            return
        alerts.queue(store)
        for message in alerts.messages(store):
            try:
                await context.bot.send_message(message.chat_id, message.html)
            except Forbidden as e:  # blocked, or removed from the group: it will never arrive
                log.info("dropping %d notices to chat %s: %s", len(message.notices), message.chat_id, e)
                follows.mark_dropped(store, message.notices)
            except TelegramError as e:  # network trouble: the notices stay queued for the next run
                log.warning("could not send notices to chat %s: %s", message.chat_id, e)
            else:
                follows.mark_sent(store, message.chat_id, message.notices)


def schedule(application) -> None:
    """Run the notices job every minute, the first time soon after start."""
    application.job_queue.run_repeating(send_notices, interval=NOTICE_SECONDS, first=NOTICE_FIRST_SECONDS, name=NOTICE_JOB)
