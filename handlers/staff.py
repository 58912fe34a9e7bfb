"""Staff side: questions in private chats, /ask, mentions and replies in groups, /sources, /about, and the answer buttons."""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import InlineKeyboardButtonLimit
from telegram.ext import ContextTypes

import answer
from answer.trend import TrendAnswer
from store import vocab

from . import follows, render
from .common import UsageError, command_rest, esc, is_admin, reply_parts, store_of

TELEGRAM_HELP = (
    "In a group, write /ask QUESTION, mention me, or reply to one of my messages.\n"
    "Under an answer, <b>Quotes</b> shows the sentences behind its figures and "
    "<b>Other sources</b> every article and figure on the same question."
)

ADMIN_HELP = (
    "\n\n<b>Admin commands</b>\n"
    '/ingest [title="…"] [outlet=…] [date=YYYY-MM-DD] [url=…] — as a reply to a message holding the article text, '
    "or as the caption of a .txt document (UTF-8, up to 1 MB; several sent together share the caption); "
    "a summary of the figures found, and <b>Review figures</b> pages them five at a time with Verify, Retract, Edit\n"
    "/add VALUE SUBJECT STATUS [in PLACE] [by AGENCY] [qualifier=about] [low=… high=…] [person=…] [refers_to=YYYY-MM-DD] "
    '| title="…" outlet=… date=YYYY-MM-DD url=… — one figure by hand, e.g.\n'
    '<code>/add 40000 children trapped in Raqqa by UNICEF qualifier=about | title="Raqqa update" outlet=AFP date=2017-06-09</code>\n'
    "(VALUE is a whole number, or ? with qualifier=vague low=… high=…)\n"
    f"SUBJECT: {' '.join(vocab.SUBJECTS)}\n"
    f"STATUS: {' '.join(vocab.STATUSES)}\n"
    '/edit ID field=value … [reason="…"] — fields: value low high qualifier subject status location agency person refers_to note\n'
    "/verify ID · /retract ID REASON (or the Edit and Retract buttons, which ask in turn; /cancel stops them)\n"
    "/pending — figures awaiting review, five at a time\n"
    "/alias place|agency CANONICAL = ALIAS — e.g. <code>/alias place Raqqa = Raqa</code>\n"
    "/admins list · /admins add USER_ID [NAME] · /admins remove USER_ID\n"
    "/export csv|hxl|jsonl · /backup — sent as documents\n"
    "/audit [ID] · /stats"
)

ASK_USAGE = "Usage: /ask QUESTION, e.g. /ask How many children are trapped in Raqqa?"
ABOUT_USAGE = "Usage: /about PLACE, e.g. /about Raqqa"


def followups(context: ContextTypes.DEFAULT_TYPE) -> dict:
    """This chat's follow-up contexts, one per user (in a group, each asker follows up on their own
    question), as plain values: chat_data is saved to the state file and outlives a restart."""
    return context.chat_data.setdefault("followups", {})


def answer_buttons(figures: list[dict]) -> InlineKeyboardMarkup | None:
    """Quotes (q:ID,ID,…) and Other sources (s:ID of the first figure) under an answer."""
    if not figures:
        return None
    ids: list[str] = []
    for fig in figures:  # as many ids as fit in Telegram's 64 bytes of callback data
        if len("q:" + ",".join(ids + [str(fig["id"])])) > InlineKeyboardButtonLimit.MAX_CALLBACK_DATA:
            break
        ids.append(str(fig["id"]))
    data = "q:" + ",".join(ids)
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton("Quotes", callback_data=data), InlineKeyboardButton("Other sources", callback_data=f"s:{figures[0]['id']}")],
         follows.figure_buttons(figures[0]["id"])]
    )


async def send_answer(message: Message, result: answer.Answer, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every HTML part of an answer (a trend as a chart); the buttons go under the last one. The
    figures shown are recorded, so that a later correction reaches this chat."""
    if isinstance(result, TrendAnswer) and result.chart is not None:
        await follows.send_chart(message, result)
    else:
        await reply_parts(message, result.html_parts, answer_buttons(result.figures))
    follows.record_shown(context, message.chat_id, result.figures)


async def ask_and_reply(message: Message, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    user = message.from_user.id if message.from_user else 0
    conversation = answer.Conversation.from_state(store_of(context), followups(context).get(user))
    result = conversation.ask(question)
    followups(context)[user] = conversation.state()
    await send_answer(message, result, context)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet and show example questions."""
    await help_command(update, context, greeting=True)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE, greeting: bool = False) -> None:
    """Example questions, and the admin commands for admins."""
    text = answer.help_answer(store_of(context), greeting=greeting).html + "\n\n" + TELEGRAM_HELP
    text += follows.HELP
    if is_admin(context, update.effective_user):
        text += ADMIN_HELP
    await update.message.reply_text(text)


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer any text in a private chat as a question."""
    await ask_and_reply(update.message, context, update.message.text)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer /ask QUESTION (the way to ask in groups)."""
    text = command_rest(update.message)
    if not text:
        raise UsageError(ASK_USAGE)
    await ask_and_reply(update.message, context, text)


async def group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a group message that mentions the bot or replies to it; ignore the rest."""
    message = update.message
    mention = re.compile(rf"@{re.escape(context.bot.username)}\b", re.IGNORECASE)
    replied_to = message.reply_to_message.from_user if message.reply_to_message else None
    if not mention.search(message.text) and not (replied_to and replied_to.id == context.bot.id):
        return
    text = " ".join(mention.sub(" ", message.text).split())
    if not text:
        raise UsageError(ASK_USAGE)
    await ask_and_reply(message, context, text)


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the agencies and articles in the store."""
    await send_answer(update.message, answer.sources(store_of(context)), context)


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List what is known about a place."""
    place = command_rest(update.message)
    if not place:
        raise UsageError(ABOUT_USAGE)
    await send_answer(update.message, answer.about_place(store_of(context), place), context)


async def quotes_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the quotes behind the figures of an answer (callback q:ID,ID,…)."""
    query = update.callback_query
    await query.answer()
    ids = [int(i) for i in query.data[2:].split(",") if i.isdigit()]
    figures = store_of(context).figures_by_ids(ids)
    await reply_parts(query.message, render.quotes(figures))
    follows.record_shown(context, query.message.chat_id, figures)


async def sources_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show every article behind a figure and the other figures on the same question (callback s:ID)."""
    query = update.callback_query
    await query.answer()
    store = store_of(context)
    fig = store.figure(int(query.data[2:]))
    related = store.figures(place=fig["location"], subject=fig["subject"], status=fig["status"]) if fig["location"] else [fig]
    await reply_parts(query.message, render.sources(fig, related))
    follows.record_shown(context, query.message.chat_id, [fig, *related])


async def document_hint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what to do with a document sent without /ingest."""
    await update.message.reply_text("To add an article, send it as a .txt file with /ingest as its caption (admins only). To ask, just type a question.")


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point to /help for a command the bot does not know."""
    await update.message.reply_text(f"I don't know {esc(update.message.text.split()[0])}. /help lists what I can do.")
