"""What every handler shares: the store, the admin check, the command menus, argument parsing, escaping, replying in parts."""

from __future__ import annotations

import functools
import html
import logging
import re
from typing import Any, Awaitable, Callable

from telegram import Bot, BotCommand, BotCommandScopeChat, InlineKeyboardMarkup, Message, Update, User
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from store import Store

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[Any]]

log = logging.getLogger(__name__)

STAFF_COMMANDS = [
    BotCommand("help", "example questions and commands"),
    BotCommand("ask", "ask a question (in groups)"),
    BotCommand("sources", "agencies and articles in the store"),
    BotCommand("about", "what is known about a place"),
    BotCommand("follow", "new figures on a place come to this chat"),
    BotCommand("unfollow", "stop following a place"),
    BotCommand("following", "what this chat follows"),
    BotCommand("history", "what happened to a figure"),
    BotCommand("cite", "a figure as one sentence for a report"),
]
ADMIN_COMMANDS = STAFF_COMMANDS + [
    BotCommand("ingest", "store an article and extract its figures"),
    BotCommand("add", "add one figure by hand"),
    BotCommand("edit", "change fields of a figure"),
    BotCommand("verify", "mark a figure verified"),
    BotCommand("retract", "retract a figure with a reason"),
    BotCommand("pending", "figures awaiting review"),
    BotCommand("cancel", "stop an Edit or Retract dialogue"),
    BotCommand("alias", "another name for a place or agency"),
    BotCommand("parent", "put an agency under another (OCHA under UN)"),
    BotCommand("learned", "places and agencies learned from articles, to review"),
    BotCommand("admins", "list, add or remove admins"),
    BotCommand("export", "all figures as csv, hxl or jsonl"),
    BotCommand("backup", "a copy of the store"),
    BotCommand("audit", "who changed what"),
    BotCommand("stats", "what the store holds"),
]

REFUSAL = "Sorry, only admins of this bot can do that. You can still ask me questions: just type them."

# key=value, key="several words" or key=“curly quotes” (phone keyboards curl them).
_PAIR = re.compile(r'(\w+)=(?:"([^"]*)"|“([^”]*)”|(\S*))')


class UsageError(Exception):
    """A malformed command: the message is the usage line to show."""


def esc(value: Any) -> str:
    """Store text made safe for parse_mode HTML."""
    return html.escape("" if value is None else str(value), quote=False)


def store_of(context: ContextTypes.DEFAULT_TYPE) -> Store:
    return context.bot_data["store"]


def actor(user: User) -> str:
    """The audit actor of a Telegram user."""
    return f"tg:{user.id}"


def is_admin(context: ContextTypes.DEFAULT_TYPE, user: User | None) -> bool:
    """True for users in ADMIN_IDS or in the admins table."""
    if user is None:
        return False
    return user.id in context.bot_data["settings"].admin_ids or store_of(context).is_admin(user.id)


def admin_only(handler: Handler) -> Handler:
    """Run handler for admins; refuse (and audit the attempt) for anyone else.

    The handler's result is passed on (a dialogue's next state); a refusal returns None, which
    starts no dialogue.
    """

    @functools.wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
        user = update.effective_user
        if is_admin(context, user):
            return await handler(update, context)
        attempt = update.callback_query.data if update.callback_query else (update.effective_message.text or update.effective_message.caption or "")
        store_of(context).record_refusal(actor(user) if user else "tg:unknown", handler.__name__, attempt[:200])
        if update.callback_query:
            await update.callback_query.answer(REFUSAL, show_alert=True)
        else:
            await update.effective_message.reply_text(REFUSAL)
        return None

    return guarded


async def set_menu(bot: Bot, user_id: int, *, admin: bool) -> None:
    """Show the admin commands in this user's private chat menu, or go back to the staff menu."""
    try:
        if admin:
            await bot.set_my_commands(ADMIN_COMMANDS, scope=BotCommandScopeChat(user_id))
        else:
            await bot.delete_my_commands(scope=BotCommandScopeChat(user_id))
    except TelegramError as e:  # e.g. the user never opened a chat with the bot
        log.warning("cannot set the command menu of user %s: %s", user_id, e)


def command_rest(message: Message) -> str:
    """The text after the /command (of the text or the caption), as typed."""
    text = message.text or message.caption or ""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 and parts[0].startswith("/") else ""


def parse_pairs(text: str) -> tuple[list[str], dict[str, str]]:
    """Split `words key=value key="more words"` into the words and the pairs."""
    pairs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _PAIR.finditer(text)}
    words = _PAIR.sub(" ", text).split()
    return words, pairs


def parse_id(text: str, usage: str) -> int:
    """A figure id such as 12 or #12, else the usage line."""
    if not re.fullmatch(r"#?\d{1,12}", text or ""):
        raise UsageError(usage)
    return int(text.lstrip("#"))


async def reply_parts(message: Message, parts: list[str], markup: InlineKeyboardMarkup | None = None) -> Message:
    """Reply with each part in its own message; the markup goes on the last one."""
    for part in parts[:-1]:
        await message.reply_text(part)
    return await message.reply_text(parts[-1], reply_markup=markup)
