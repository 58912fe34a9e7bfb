"""Admin dialogues: the Edit button asks which field, the new value and a reason; the Retract button
asks the reason. Both apply through the Store API, end with /cancel or the Cancel button, and time out.

Each dialogue belongs to one admin in one chat (ConversationHandler per chat and user). What it has
gathered lives in chat_data["dialogues"][user id] as plain values, and the conversation handlers are
persistent, so an open dialogue survives a restart of the bot (see bot/app.py for the state file).
Typed /edit and /retract stay in handlers/admin.py.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from store import StoreError, vocab

from . import render
from .common import actor, admin_only, esc, store_of
from .review import button_target, redraw

FIELD, VALUE, REASON, RETRACT_REASON = range(4)
TIMEOUT = dt.timedelta(minutes=10)  # an abandoned dialogue must not catch the admin's next message

# The Edit dialogue's field buttons: label -> the Store's field name.
FIELDS = {
    "value": "value", "subject": "subject", "status": "status",
    "place": "location", "agency": "agency", "qualifier": "qualifier",
    "low": "low", "high": "high", "person": "person",
    "refers to": "refers_to", "note": "note",
}
CHOICES = {"subject": vocab.SUBJECTS, "status": vocab.STATUSES, "qualifier": vocab.QUALIFIERS}
CLEARS = ("none", "-")  # typed as a value: the field is emptied (unattributed, no note…)
CANCEL = InlineKeyboardButton("Cancel", callback_data="dx")
SKIP = InlineKeyboardButton("Skip", callback_data="dk")
ENDED = "This dialogue has ended. Press Edit or Retract on the figure again."


def slot(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> dict:
    """What this admin's open dialogue in this chat has gathered so far."""
    return context.chat_data.setdefault("dialogues", {}).setdefault(user_id, {})


def drop_slot(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> dict:
    return context.chat_data.get("dialogues", {}).pop(user_id, {})


def gathered(*needed: str):
    """A dialogue step that needs what earlier steps gathered. Should that be lost (a crash between
    two saves of the state file), the dialogue ends with a word instead of a traceback."""

    def wrap(step):
        @functools.wraps(step)
        async def checked(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
            state = context.chat_data.get("dialogues", {}).get(update.effective_user.id, {})
            if all(key in state for key in needed):
                return await step(update, context)
            if update.callback_query:
                await update.callback_query.answer()
            await update.effective_message.reply_text(ENDED)
            return ConversationHandler.END

        return checked

    return wrap


def field_buttons() -> InlineKeyboardMarkup:
    """The editable fields, three to a row, then Cancel (callback ef:FIELD)."""
    buttons = [InlineKeyboardButton(label, callback_data=f"ef:{name}") for label, name in FIELDS.items()]
    return InlineKeyboardMarkup([buttons[i : i + 3] for i in range(0, len(buttons), 3)] + [[CANCEL]])


def label_of(field: str) -> str:
    return next(label for label, name in FIELDS.items() if name == field)


async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE, what: str) -> dict:
    """Record which figure a dialogue is about and where its button was (to redraw it at the end)."""
    query = update.callback_query
    figure_id, page = button_target(query.data)
    fig = store_of(context).figure(figure_id)  # a figure that is gone ends here, with the store's reason
    await query.answer()
    state = slot(context, update.effective_user.id)
    state.clear()
    state.update(dialogue=what, figure=figure_id, page=page, chat=query.message.chat_id, message=query.message.message_id)
    return fig


@admin_only
async def start_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The Edit button: ask which field to change."""
    fig = await begin(update, context, "edit")
    await update.effective_message.reply_text(
        f"Edit #{fig['id']}: {render.figure_text(fig)}\nWhich field?", reply_markup=field_buttons()
    )
    return FIELD


@gathered("figure")
async def choose_field(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A field button: ask for its new value."""
    query = update.callback_query
    await query.answer()
    state = slot(context, update.effective_user.id)
    state["field"] = query.data[3:]
    fig = store_of(context).figure(state["figure"])
    now = fig.get(state["field"])
    choices = CHOICES.get(state["field"])
    hint = f"\nOne of: {esc(' '.join(choices))}" if choices else ""
    await query.edit_message_text(
        f"New {label_of(state['field'])} for #{fig['id']} (now: {esc(now if now is not None else 'none')})?{hint}\n"
        "Reply with it (<code>none</code> empties the field), or /cancel.",
        reply_markup=InlineKeyboardMarkup([[CANCEL]]),
    )
    return VALUE


@gathered("figure", "field")
async def take_value(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The new value: ask for a reason (optional)."""
    slot(context, update.effective_user.id)["value"] = update.message.text.strip()
    await update.message.reply_text("Why? Reply with the reason for the audit trail, or press Skip.", reply_markup=InlineKeyboardMarkup([[SKIP, CANCEL]]))
    return REASON


@gathered("figure", "field", "value")
async def take_reason(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The reason (typed) ends the Edit dialogue."""
    return await apply_edit(update, context, update.message.text.strip())


@gathered("figure", "field", "value")
async def skip_reason(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Skip ends the Edit dialogue with no reason."""
    await update.callback_query.answer()
    return await apply_edit(update, context, None)


async def apply_edit(update: Update, context: ContextTypes.DEFAULT_TYPE, reason: str | None) -> int:
    """Change the field through the Store; a value the store refuses is asked for again."""
    state = slot(context, update.effective_user.id)
    value = None if state["value"].lower() in CLEARS else state["value"]
    store = store_of(context)
    try:
        fig = store.edit_figure(state["figure"], {state["field"]: value}, actor=actor(update.effective_user), reason=reason)
    except StoreError as e:
        await update.effective_message.reply_text(f"{esc(e)}.\nSend the new {label_of(state['field'])} again, or /cancel.", reply_markup=InlineKeyboardMarkup([[CANCEL]]))
        return VALUE
    return await finish(update, context, fig, f"#{fig['id']} changed.")


@admin_only
async def start_retract(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The Retract button: ask why."""
    fig = await begin(update, context, "retract")
    await update.effective_message.reply_text(
        f"Retract #{fig['id']}: {render.figure_text(fig)}\nWhy? Reply with the reason (it is kept in the audit trail), or /cancel.",
        reply_markup=InlineKeyboardMarkup([[CANCEL]]),
    )
    return RETRACT_REASON


@gathered("figure")
async def take_retract_reason(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The reason ends the Retract dialogue."""
    state = slot(context, update.effective_user.id)
    fig = store_of(context).retract(state["figure"], actor=actor(update.effective_user), reason=update.message.text)
    return await finish(update, context, fig, f"#{fig['id']} retracted.")


async def finish(update: Update, context: ContextTypes.DEFAULT_TYPE, fig: dict, done: str) -> int:
    """Show the changed figure, redraw the card or page whose button began the dialogue, end it."""
    state = drop_slot(context, update.effective_user.id)
    await update.effective_message.reply_text(f"{done}\n{render.card(fig)}", reply_markup=render.card_buttons(fig))
    if state.get("message"):
        await redraw(context.bot, store_of(context), state["chat"], state["message"], fig["id"], state.get("page"))
    return ConversationHandler.END


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/cancel or the Cancel button: end the dialogue, nothing changed."""
    if update.callback_query:
        await update.callback_query.answer()
    state = drop_slot(context, update.effective_user.id)
    what = f"The {state['dialogue']} of #{state['figure']}" if state.get("figure") else "The dialogue"
    await update.effective_message.reply_text(f"{what} is cancelled; nothing changed.")
    return ConversationHandler.END


async def timed_out(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say that an abandoned dialogue ended, nothing changed."""
    state = drop_slot(context, update.effective_user.id)
    if update.effective_chat is not None and state.get("figure"):
        await context.bot.send_message(update.effective_chat.id, f"The {state['dialogue']} of #{state['figure']} timed out; nothing changed.")


async def nothing_to_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel outside a dialogue."""
    await update.message.reply_text("Nothing to cancel.")


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A dialogue's button pressed after it ended (cancelled, timed out, finished)."""
    await update.callback_query.answer(ENDED, show_alert=True)


def dialogue_handlers() -> list:
    """The Edit and Retract conversation (persistent), then what answers their buttons and /cancel outside them."""
    text = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():
        # PTB warns that with per_message=False a button is tracked per chat and user, not per
        # message: that is what is wanted here (one open dialogue per admin and chat).
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        # One conversation for both dialogues: pressing Retract during an Edit starts over instead
        # of leaving two dialogues waiting for the same next message.
        dialogues = ConversationHandler(
            entry_points=[
                CallbackQueryHandler(start_edit, pattern=r"^e:\d+(:\d+:\d+)?$"),
                CallbackQueryHandler(start_retract, pattern=r"^r:\d+(:\d+:\d+)?$"),
            ],
            states={
                FIELD: [CallbackQueryHandler(choose_field, pattern=rf"^ef:({'|'.join(FIELDS.values())})$")],
                VALUE: [MessageHandler(text, take_value)],
                REASON: [MessageHandler(text, take_reason), CallbackQueryHandler(skip_reason, pattern=r"^dk$")],
                RETRACT_REASON: [MessageHandler(text, take_retract_reason)],
                ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
            },
            fallbacks=[CommandHandler("cancel", cancel), CallbackQueryHandler(cancel, pattern=r"^dx$")],
            allow_reentry=True,
            conversation_timeout=TIMEOUT,
            name="review_dialogues",
            persistent=True,
        )
    return [
        dialogues,
        CommandHandler("cancel", nothing_to_cancel),
        CallbackQueryHandler(stale_button, pattern=r"^(ef:\w+|dk|dx)$"),
    ]
