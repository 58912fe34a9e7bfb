"""Admin side: ingest articles, add, edit, verify and retract figures, aliases, admins, export, backup, audit, stats.

Every handler is wrapped in admin_only, and every change goes through the
Store API with the actor tg:<user id>, so it is audited.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import re
import tempfile
from collections import OrderedDict
from pathlib import Path

from telegram import Document, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

import extract
from store import IngestResult, Store, StoreError, check_article_text
from store.exchange import FORMATS, export_figures

from . import render
from .common import UsageError, actor, admin_only, command_rest, esc, is_admin, parse_id, parse_pairs, reply_parts, set_menu, store_of
from .staff import document_hint

MAX_DOCUMENT_BYTES = 1_000_000  # 1 MB
PAGE = 5  # cards per /pending page
MEDIA_GROUPS_KEPT = 100  # documents sent together, remembered until their group's caption is seen

INGEST_USAGE = (
    'Usage: reply to a message holding the article text with /ingest [title="…"] [outlet=…] [date=YYYY-MM-DD] [url=…], '
    "or send a .txt document with that command as its caption."
)
ADD_USAGE = (
    "Usage: /add VALUE SUBJECT STATUS [in PLACE] [by AGENCY] [qualifier=… low=… high=… person=… refers_to=YYYY-MM-DD note=…] "
    '| title="…" outlet=… date=YYYY-MM-DD url=…  e.g. /add 40000 children trapped in Raqqa by UNICEF qualifier=about | outlet=AFP date=2017-06-09'
)
EDIT_USAGE = 'Usage: /edit ID field=value … [reason="…"], e.g. /edit 12 value=42000 agency=UNICEF reason="corrected from the report"'
VERIFY_USAGE = "Usage: /verify ID, e.g. /verify 12"
RETRACT_USAGE = "Usage: /retract ID REASON, e.g. /retract 12 the article misquotes UNICEF"
PARENT_USAGE = "Usage: /parent AGENCY = PARENT, e.g. /parent OCHA = UN (or /parent OCHA = none)"
LEARNED_SHOWN = 40
ALIAS_USAGE = "Usage: /alias place|agency CANONICAL = ALIAS, e.g. /alias place Raqqa = Raqa or /alias agency UNICEF = the UN children's agency"
ADMINS_USAGE = "Usage: /admins list, /admins add USER_ID [NAME] or /admins remove USER_ID"
EXPORT_USAGE = "Usage: /export csv|hxl|jsonl"
AUDIT_USAGE = "Usage: /audit [ID], e.g. /audit 12 for one figure, /audit for the latest changes"

_CITATION_KEYS = {"title", "outlet", "date", "url"}
_FIGURE_KEYS = {"qualifier", "low", "high", "person", "refers_to", "note"}
_PLACE_AGENCY = re.compile(r"^(?:in\s+(?P<place>.+?))?\s*(?:\bby\s+(?P<agency>.+))?$", re.IGNORECASE)
_ALIAS = re.compile(r"^(place|agency)\s+(.+?)\s*=\s*(.+)$", re.IGNORECASE)
_PARENT = re.compile(r"^(.+?)\s*=\s*(.+)$")


# -- parsing -----------------------------------------------------------------------


def parse_ingest(rest: str) -> dict:
    """/ingest arguments -> keyword arguments of extract.ingest_article."""
    words, pairs = parse_pairs(rest)
    if words or set(pairs) - _CITATION_KEYS:
        raise UsageError(INGEST_USAGE)
    return {"title": pairs.get("title"), "outlet": pairs.get("outlet"), "url": pairs.get("url"), "published": pairs.get("date")}


def parse_add(rest: str) -> tuple[dict, dict]:
    """/add arguments -> (figure, citation) for Store.add_figure."""
    words, pairs = parse_pairs(rest)
    words = [w for w in words if w != "|"]
    if len(words) < 3 or not re.fullmatch(r"[\d,]+|\?", words[0]) or set(pairs) - _FIGURE_KEYS - _CITATION_KEYS:
        raise UsageError(ADD_USAGE)
    where = _PLACE_AGENCY.match(" ".join(words[3:]))
    if where is None:
        raise UsageError(ADD_USAGE)
    figure = {
        "value": None if words[0] == "?" else words[0],
        "subject": words[1].lower(),
        "status": words[2].lower(),
        "location": where["place"],
        "agency": where["agency"],
        **{k: v for k, v in pairs.items() if k in _FIGURE_KEYS},
    }
    citation = {"title": pairs.get("title"), "outlet": pairs.get("outlet"), "url": pairs.get("url"), "published": pairs.get("date")}
    return figure, citation


async def article_text(message: Message) -> str:
    """The article of an /ingest: the document it captions, or the text or document it replies to."""
    source = message if message.document else message.reply_to_message
    if source is not None and source.document:
        return await read_document(source.document)
    if source is not None and source.text:
        return source.text
    raise UsageError(INGEST_USAGE)


async def read_document(document: Document) -> str:
    """A .txt document as text; refused with a reason when too large or not UTF-8 text."""
    if not ((document.file_name or "").lower().endswith(".txt") or document.mime_type == "text/plain"):
        raise StoreError("send the article as a .txt file of plain UTF-8 text")
    if (document.file_size or 0) > MAX_DOCUMENT_BYTES:
        raise StoreError(f"the file is too large ({document.file_size:,} bytes; the limit is 1 MB)")
    data = bytes(await (await document.get_file()).download_as_bytearray())
    if len(data) > MAX_DOCUMENT_BYTES:
        raise StoreError(f"the file is too large ({len(data):,} bytes; the limit is 1 MB)")
    return check_article_text(data).lstrip("\ufeff")


def export_document(store: Store, fmt: str) -> tuple[bytes, int]:
    """Every figure in fmt (csv, hxl, jsonl) as file content, and how many."""
    out = io.StringIO()
    count = export_figures(store, fmt, out)
    return out.getvalue().encode("utf-8"), count


# -- rendering helpers -------------------------------------------------------------


async def send_card(message: Message, fig: dict) -> None:
    await message.reply_text(render.card(fig), reply_markup=render.card_buttons(fig))


async def send_pending_page(message: Message, store: Store, after_id: int) -> None:
    """Up to PAGE auto figures with ids above after_id, then a Next button when more wait."""
    # One row past the page tells whether a Next button is needed.
    waiting = store.figures(review="auto", after_id=after_id, limit=PAGE + 1)
    if not waiting:
        await message.reply_text("Nothing awaits review." if after_id == 0 else "No more figures await review.")
        return
    page = waiting[:PAGE]
    for fig in page:
        await send_card(message, fig)
    more = store.count("auto", after_id=page[-1]["id"]) if len(waiting) > PAGE else 0
    footer = f"{store.count('auto'):,} figures await review." + (f" {more:,} more after these." if more else "")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Next ›", callback_data=f"p:{page[-1]['id']}")]]) if more else None
    await message.reply_text(footer, reply_markup=markup)


async def send_summary(message: Message, result: IngestResult) -> None:
    """One message per ingested article: what was found, and a Review figures button."""
    art = result.article
    await message.reply_text(render.ingest_summary(art, result.figures, result.duplicate_of), reply_markup=render.summary_buttons(art["id"], result.figures))


# -- commands ----------------------------------------------------------------------


def _ingest_in_thread(path: str, text: str, who: str, meta: dict):
    store = Store.open(path)
    try:
        return extract.ingest_article(store, text, actor=who, **meta)
    finally:
        store.close()


async def ingest_text(message: Message, context: ContextTypes.DEFAULT_TYPE, text: str, meta: dict) -> None:
    """Store one article and answer with its summary."""
    # Extraction (the parse) runs in a worker thread on its own connection to the store, so that
    # other chats' questions are answered meanwhile; the event loop only waits for the result.
    result = await asyncio.to_thread(_ingest_in_thread, store_of(context).path, text, actor(message.from_user), meta)
    store_of(context).refresh_names()
    await send_summary(message, result)


async def ingest_member(message: Message, context: ContextTypes.DEFAULT_TYPE, meta: dict) -> None:
    """One document of a group sent together; a bad one is answered on its own and the others go on."""
    try:
        await ingest_text(message, context, await read_document(message.document), meta)
    except StoreError as e:
        await message.reply_text(f"{esc(message.document.file_name or 'That document')}: {esc(e)}")


def media_group(context: ContextTypes.DEFAULT_TYPE, message: Message) -> dict:
    """The documents sent with this one: the group's /ingest arguments once seen, and those still waiting for them."""
    groups: OrderedDict = context.bot_data.setdefault("media_groups", OrderedDict())  # in memory: an album arrives within seconds
    key = (message.chat_id, message.media_group_id)
    if key not in groups:
        groups[key] = {"meta": None, "user": message.from_user.id, "waiting": [], "hinted": False}
        while len(groups) > MEDIA_GROUPS_KEPT:
            groups.popitem(last=False)
    return groups[key]


@admin_only
async def ingest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store an article (replied-to text or .txt document) and answer with a summary of its figures."""
    message = update.message
    meta = parse_ingest(command_rest(message))
    if message.media_group_id is None:
        await ingest_text(message, context, await article_text(message), meta)
        return
    # Several documents sent together: Telegram sends each as its own message and puts the caption
    # on one of them; the others share it, whether they came before it or come after.
    group = media_group(context, message)
    group["meta"] = meta
    await ingest_member(message, context, meta)
    waiting, group["waiting"] = group["waiting"], []
    for other in waiting:
        await ingest_member(other, context, meta)


async def ingest_group_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A document sent together with others, without the /ingest caption: ingested with the group's caption."""
    message = update.message
    group = media_group(context, message)
    if not is_admin(context, message.from_user) or message.from_user.id != group["user"]:
        if not group["hinted"] and message.chat.type == "private":  # one hint per album, not one per file
            group["hinted"] = True
            await document_hint(update, context)
        return
    if group["meta"] is None:
        group["waiting"].append(message)  # the captioned document is still to come
        return
    await ingest_member(message, context, group["meta"])


@admin_only
async def add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Add one figure by hand from its one-line form."""
    figure, citation = parse_add(command_rest(update.message))
    fig = store_of(context).add_figure(figure, citation=citation, actor=actor(update.effective_user))
    await send_card(update.message, fig)


@admin_only
async def edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Change fields of a figure: /edit ID field=value …"""
    words, changes = parse_pairs(command_rest(update.message))
    if len(words) != 1 or not changes:
        raise UsageError(EDIT_USAGE)
    reason = changes.pop("reason", None)
    fig = store_of(context).edit_figure(parse_id(words[0], EDIT_USAGE), changes, actor=actor(update.effective_user), reason=reason)
    await send_card(update.message, fig)


@admin_only
async def verify(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Mark a figure verified."""
    figure_id = parse_id(command_rest(update.message), VERIFY_USAGE)
    await send_card(update.message, store_of(context).verify(figure_id, actor=actor(update.effective_user)))


@admin_only
async def retract(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Retract a figure with a reason."""
    parts = command_rest(update.message).split(maxsplit=1)
    if len(parts) != 2:
        raise UsageError(RETRACT_USAGE)
    fig = store_of(context).retract(parse_id(parts[0], RETRACT_USAGE), actor=actor(update.effective_user), reason=parts[1])
    await send_card(update.message, fig)


@admin_only
async def pending(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the figures awaiting review, a page at a time."""
    await send_pending_page(update.message, store_of(context), 0)


@admin_only
async def alias(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Teach another name for a place or an agency."""
    match = _ALIAS.match(command_rest(update.message))
    if match is None:
        raise UsageError(ALIAS_USAGE)
    done = store_of(context).add_alias(match[1].lower(), match[2], match[3], actor=actor(update.effective_user))
    known = "" if done["new"] else " (already known)"
    await update.message.reply_text(f"{esc(done['alias'])} now means the {esc(done['family'])} {esc(done['name'])}{known}.")


@admin_only
async def parent(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Put an agency under another, so that questions naming the parent find its members' figures."""
    match = _PARENT.match(command_rest(update.message))
    if match is None:
        raise UsageError(PARENT_USAGE)
    top = match[2].strip()
    done = store_of(context).set_agency_parent(match[1].strip(), None if top.lower() == "none" else top, actor=actor(update.effective_user))
    under = f"under {esc(done['parent'])}" if done["parent"] else "under no other agency"
    await update.message.reply_text(f"{esc(done['agency'])} is now {under}.")


@admin_only
async def learned(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the places and agencies learned from articles that await review."""
    rows = store_of(context).learned_names()
    if not rows:
        await update.message.reply_text("No names learned from articles await review.")
        return
    shown = rows[:LEARNED_SHOWN]
    lines = [f"{esc(r['family'])}: {esc(r['name'])}" for r in shown]
    more = f"\n… and {len(rows) - len(shown)} more." if len(rows) > len(shown) else ""
    await update.message.reply_text(
        "Names learned from articles (merge one into a known name with /alias, or keep it):\n" + "\n".join(lines) + more
    )


@admin_only
async def admins(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List, add or remove admins."""
    words = command_rest(update.message).split()
    store, settings = store_of(context), context.bot_data["settings"]
    if words == ["list"] or not words:
        ids = sorted({a["user_id"] for a in store.admins()} | settings.admin_ids)
        names = {a["user_id"]: a.get("name") for a in store.admins()}
        lines = [" ".join(filter(None, [f"• <code>{i}</code>", esc(names.get(i) or ""), "(ADMIN_IDS)" if i in settings.admin_ids else ""])) for i in ids]
        await update.message.reply_text("Admins:\n" + ("\n".join(lines) or "none"))
        return
    if len(words) < 2 or words[0] not in ("add", "remove") or not words[1].isdigit():
        raise UsageError(ADMINS_USAGE)
    user_id = int(words[1])
    if words[0] == "add":
        store.add_admin(user_id, actor=actor(update.effective_user), name=" ".join(words[2:]) or None)
        await set_menu(context.bot, user_id, admin=True)
        await update.message.reply_text(f"{user_id} is now an admin.")
    elif user_id in settings.admin_ids:
        await update.message.reply_text(f"{user_id} is in ADMIN_IDS; remove them there and restart the bot.")
    elif store.remove_admin(user_id, actor=actor(update.effective_user)):
        await set_menu(context.bot, user_id, admin=False)
        await update.message.reply_text(f"{user_id} is no longer an admin.")
    else:
        await update.message.reply_text(f"{user_id} was not an admin.")


async def _private(update: Update) -> bool:
    """Exports and backups go only to a private chat: one mistyped command must not post the store to a group."""
    if update.effective_chat is not None and update.effective_chat.type == "private":
        return True
    await update.message.reply_text("For safety, /export and /backup work only in a private chat with me. Send the command there.")
    return False


@admin_only
async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send every figure as a csv, hxl or jsonl document."""
    if not await _private(update):
        return
    fmt = command_rest(update.message).lower()
    if fmt not in FORMATS:
        raise UsageError(EXPORT_USAGE)
    data, count = export_document(store_of(context), fmt)
    name = f"impactbot-figures-{dt.date.today().isoformat()}" + {"csv": ".csv", "hxl": "-hxl.csv", "jsonl": ".jsonl"}[fmt]
    await update.message.reply_document(data, filename=name, caption=f"{count:,} figures ({fmt}).")


@admin_only
async def backup(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a consistent copy of the store file."""
    if not await _private(update):
        return
    name = f"impactbot-backup-{dt.datetime.now(dt.timezone.utc):%Y%m%d-%H%M%S}.db"
    with tempfile.TemporaryDirectory() as folder:
        path = store_of(context).backup(Path(folder) / name)
        with open(path, "rb") as fh:
            await update.message.reply_document(fh, filename=name, caption="A copy of the store (SQLite). Open it with impactbot --db FILE.")


@admin_only
async def audit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the audit trail of one figure, or the latest changes."""
    rest = command_rest(update.message)
    store = store_of(context)
    rows = store.audit(entity="figure", entity_id=parse_id(rest, AUDIT_USAGE), limit=50) if rest else store.audit(limit=20)
    await reply_parts(update.message, render.audit_rows(rows))


@admin_only
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show what the store holds."""
    await update.message.reply_text(render.stats(store_of(context).stats()))


# -- buttons -----------------------------------------------------------------------


@admin_only
async def pending_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the next page of figures awaiting review (p:LAST_ID)."""
    query = update.callback_query
    await query.answer()
    await send_pending_page(query.message, store_of(context), int(query.data[2:]))
