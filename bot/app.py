"""The Telegram Application: settings and store in, handlers wired, long polling or a webhook out."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
from typing import Awaitable
from urllib.parse import urlparse

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    BaseUpdateProcessor,
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    PersistenceInput,
    PicklePersistence,
    filters,
)

from handlers import admin, dialogues, follows, review, staff
from handlers.common import STAFF_COMMANDS, set_menu
from handlers.errors import error_handler
from store import Store, StoreError

from .settings import Settings, SettingsError

log = logging.getLogger(__name__)

# Edited messages are not questions again; channel posts and inline queries are not served.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]

ADMIN_HANDLERS = {
    "ingest": admin.ingest,
    "add": admin.add,
    "edit": admin.edit,
    "verify": admin.verify,
    "retract": admin.retract,
    "pending": admin.pending,
    "alias": admin.alias,
    "parent": admin.parent,
    "learned": admin.learned,
    "admins": admin.admins,
    "export": admin.export,
    "backup": admin.backup,
    "audit": admin.audit,
    "stats": admin.stats,
}
STAFF_HANDLERS = {
    "start": staff.start,
    "help": staff.help_command,
    "ask": staff.ask,
    "sources": staff.sources,
    "about": staff.about,
    "follow": follows.follow,
    "unfollow": follows.unfollow,
    "following": follows.following,
    "history": follows.history,
    "cite": follows.cite,
}


MAX_CONCURRENT_UPDATES = 64
STATE_SAVE_SECONDS = 10  # how often the state file is written (and at every clean stop)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates run concurrently (an ingest in one chat never stalls another), while each chat's
    updates are handled one at a time, in the order they came (a follow-up after its question)."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        # chat id -> (its lock, how many of its updates hold or wait for it)
        self._chats: dict[object, list] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable) -> None:
        chat = getattr(getattr(update, "effective_chat", None), "id", None)
        entry = self._chats.setdefault(chat, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0]:
                await coroutine
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._chats[chat]  # a quiet chat keeps no lock

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


class InMediaGroup(filters.MessageFilter):
    """Messages sent together with others (an album of documents)."""

    def filter(self, message) -> bool:
        return message.media_group_id is not None


def state_path(store: Store) -> str:
    """The bot's state file, next to the store: impactbot.db -> impactbot.db.state."""
    return f"{store.path}.state"


def persistence(store: Store) -> PicklePersistence:
    """Chat state that must outlive a restart: follow-up contexts and open dialogues.

    A file of PTB's own persistence rather than a store table: it is Telegram state, not a sourced
    figure, so it stays out of the store's backups, exports and audit trail, and needs no migration.
    Only chat data and conversations are kept; bot_data holds the live store and is never written.
    """
    return PicklePersistence(
        state_path(store),
        store_data=PersistenceInput(bot_data=False, user_data=False, chat_data=True, callback_data=False),
        update_interval=STATE_SAVE_SECONDS,
    )


def build_application(settings: Settings, store: Store) -> Application:
    """The Application with every handler, the rate limiter and the error handler."""
    if not settings.token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather and put it in .env")
    quiet_http_logs()
    redact_bot_logs(settings)
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(AIORateLimiter())
        .concurrent_updates(PerChatUpdateProcessor(MAX_CONCURRENT_UPDATES))
        .persistence(persistence(store))
        .post_init(post_init)
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url).base_file_url(settings.file_base_url)
    application = builder.build()
    application.bot_data.update(store=store, settings=settings)
    add_handlers(application)
    follows.schedule(application)  # new figures to followers, corrections to who was shown a figure
    return application


def add_handlers(application: Application) -> None:
    """Open dialogues first (they take the admin's next message), commands, the questions, then the buttons."""
    for handler in dialogues.dialogue_handlers():
        application.add_handler(handler)
    for name, callback in {**STAFF_HANDLERS, **ADMIN_HANDLERS}.items():
        application.add_handler(CommandHandler(name, callback))
    ingest_caption = filters.CaptionRegex(r"^/ingest(@\w+)?(\s|$)")
    application.add_handler(MessageHandler(filters.Document.ALL & ingest_caption, admin.ingest))
    application.add_handler(MessageHandler(filters.Document.ALL & InMediaGroup() & ~ingest_caption, admin.ingest_group_member))
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, staff.question))
    application.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND, staff.group_message))
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.Document.ALL, staff.document_hint))
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.COMMAND, staff.unknown_command))
    application.add_handler(CallbackQueryHandler(staff.quotes_button, pattern=r"^q:[\d,]+$"))
    application.add_handler(CallbackQueryHandler(staff.sources_button, pattern=r"^s:\d+$"))
    application.add_handler(CallbackQueryHandler(follows.history_button, pattern=r"^hist:\d+$"))
    application.add_handler(CallbackQueryHandler(follows.cite_button, pattern=r"^cite:\d+$"))
    application.add_handler(CallbackQueryHandler(review.verify_button, pattern=r"^v:\d+(:\d+:\d+)?$"))
    application.add_handler(CallbackQueryHandler(review.open_review, pattern=r"^rf:\d+$"))
    application.add_handler(CallbackQueryHandler(review.turn_page, pattern=r"^pg:\d+:\d+$"))
    application.add_handler(CallbackQueryHandler(admin.pending_button, pattern=r"^p:\d+$"))
    application.add_error_handler(error_handler)


async def post_init(application: Application) -> None:
    """Seed ADMIN_IDS into the admins table (audited) and set the command menus."""
    store: Store = application.bot_data["store"]
    settings: Settings = application.bot_data["settings"]
    for user_id in sorted(settings.admin_ids):
        if not store.is_admin(user_id):
            try:
                store.add_admin(user_id, actor="settings:ADMIN_IDS")
            except StoreError as e:  # a read-only store still serves; ADMIN_IDS still count as admins
                log.warning("cannot record admin %s: %s", user_id, e)
    await application.bot.set_my_commands(STAFF_COMMANDS)
    for user_id in sorted(settings.admin_ids | {a["user_id"] for a in store.admins()}):
        await set_menu(application.bot, user_id, admin=True)


def quiet_http_logs() -> None:
    """httpx logs every request URL, and the URL holds the token: keep it to warnings."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


class RedactSecrets(logging.Filter):
    """Replaces secrets (the token, the webhook secret) in a record's message and traceback."""

    def __init__(self, secrets: list[str | None]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.redact(message) != message:
            record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


def redact_bot_logs(settings: Settings) -> None:
    """python-telegram-bot logs its API URLs, token included, at DEBUG: redact them at the source."""
    for name in ("telegram.Bot", "telegram.ext.ExtBot"):
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, RedactSecrets)]:
            logger.removeFilter(old)
        logger.addFilter(RedactSecrets([settings.token, settings.webhook_secret]))


def configure_logging(settings: Settings) -> None:
    """Log to stderr at the configured level, secrets redacted from every line."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets([settings.token, settings.webhook_secret]))
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)
    quiet_http_logs()


def webhook_options(settings: Settings, listen: str = "0.0.0.0") -> dict:
    """Where the webhook listens and what it tells Telegram (shared by run_bot and the tests)."""
    return {
        "listen": listen,
        "port": settings.webhook_port,
        "url_path": urlparse(settings.webhook_url or "").path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret,
        "allowed_updates": ALLOWED_UPDATES,
    }


def run_bot(settings: Settings, store: Store) -> None:
    """Run until interrupted: a webhook when TELEGRAM_WEBHOOK_URL is set, long polling otherwise."""
    configure_logging(settings)
    try:
        if settings.webhook_url and importlib.util.find_spec("tornado") is None:
            raise SettingsError('webhook mode needs python-telegram-bot[webhooks] installed; unset TELEGRAM_WEBHOOK_URL to use long polling')
        application = build_application(settings, store)
    except SettingsError as e:
        raise SystemExit(f"impactbot: {e}") from None
    if settings.webhook_url:
        log.info("starting the webhook on port %s for %s", settings.webhook_port, settings.webhook_url)
        application.run_webhook(**webhook_options(settings))
    else:
        log.info("starting long polling")
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
