"""A fake Telegram Bot API server on 127.0.0.1 for driving the real Application in tests.

It speaks the HTTP API python-telegram-bot uses (form-encoded or multipart
POSTs to /bot<token>/<method>), queues updates for getUpdates (long-polled),
checks what Telegram checks that matters here (text length, HTML that
parses, callback data size, edits that change something), and records every
call. Tests enqueue messages, documents and button presses as users, and
wait (polling, with a timeout) for what the bot sent.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import html.parser
import itertools
import json
import re
import secrets
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "ImpactBot", "username": "impact_test_bot", "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji"}
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
_JSON_FIELDS = {"reply_markup", "commands", "scope", "allowed_updates", "reply_parameters", "link_preview_options", "entities", "caption_entities"}
_INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "user_id"}


class ApiError(Exception):
    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code, self.description = code, description


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)


class _Visible(html.parser.HTMLParser):
    """Checks Telegram's HTML subset and measures the text a user would see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ALLOWED_TAGS:
            raise ApiError(400, f"Bad Request: can't parse entities: Unsupported start tag \"{tag}\"")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise ApiError(400, f"Bad Request: can't parse entities: Unexpected end tag \"{tag}\"")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text as Telegram shows it (HTML parsed and checked when parse_mode is HTML)."""
    if (parse_mode or "").upper() != "HTML":
        return text
    parser = _Visible()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise ApiError(400, f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{parser.stack[-1]}\"")
    return "".join(parser.text)


def _entities(text: str) -> list[dict]:
    """The bot_command and mention entities Telegram would attach (UTF-16 offsets)."""
    out = []
    for m in re.finditer(r"(?<![\w/])/[A-Za-z0-9_]+(?:@\w+)?|(?<!\w)@\w{3,}", text):
        start = len(text[: m.start()].encode("utf-16-le")) // 2
        length = len(m.group().encode("utf-16-le")) // 2
        out.append({"type": "bot_command" if m.group().startswith("/") else "mention", "offset": start, "length": length})
    return [e for e in out if e["type"] == "mention" or e["offset"] == 0]


class FakeBotAPI:
    """A Bot API server on an ephemeral port of 127.0.0.1; start() it, stop() it (or use `with`)."""

    def __init__(self) -> None:
        # A fresh random token per server: nothing token-like is written down anywhere.
        self.token = f"{secrets.randbelow(10**9) + 10**8}:{secrets.token_urlsafe(27)}"
        self.calls: list[Call] = []
        self.sent: list[dict] = []  # messages the bot sent (text and documents), in order
        self.commands: dict[str, list[dict]] = {}
        self._cond = threading.Condition()
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._query_ids = itertools.count(1)
        self._messages: dict[tuple[int, int], dict] = {}
        self._chats: dict[int, dict] = {}
        self._files: dict[str, tuple[str, bytes]] = {}
        self._closing = False
        self._server: ThreadingHTTPServer | None = None

    # -- lifecycle ---------------------------------------------------------------

    def start(self) -> "FakeBotAPI":
        fake = self

        class Handler(_RequestHandler):
            api = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="fakebotapi", daemon=True).start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> "FakeBotAPI":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL is set to."""
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what tests send as users ------------------------------------------------

    def _chat(self, chat_id: int, chat_type: str) -> dict:
        chat = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"User{chat_id}"
        else:
            chat["title"] = f"Group {chat_id}"
        self._chats[chat_id] = chat
        return chat

    def _message(self, chat_id: int, user_id: int, chat_type: str, reply_to: dict | None = None, **content: Any) -> dict:
        with self._cond:
            return self._new_message(chat_id, user_id, chat_type, reply_to, content)

    def _new_message(self, chat_id: int, user_id: int, chat_type: str, reply_to: dict | None, content: dict) -> dict:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(chat_id, chat_type),
            "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "en"},
            **content,
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _enqueue(self, update: dict) -> dict:
        with self._cond:
            update["update_id"] = next(self._update_ids)
            self._updates.append(update)
            self._cond.notify_all()
        return update

    def send_text(self, chat_id: int, text: str, *, user_id: int | None = None, chat_type: str | None = None, reply_to: dict | None = None) -> dict:
        """A user writes text (commands and @mentions get their entities); returns the message."""
        user_id = user_id if user_id is not None else chat_id
        chat_type = chat_type or ("private" if chat_id > 0 else "group")
        content: dict[str, Any] = {"text": text}
        entities = _entities(text)
        if entities:
            content["entities"] = entities
        message = self._message(chat_id, user_id, chat_type, reply_to, **content)
        self._enqueue({"message": message})
        return message

    def send_document(self, chat_id: int, data: bytes, file_name: str, *, caption: str | None = None, user_id: int | None = None, mime_type: str = "text/plain", reply_to: dict | None = None, chat_type: str | None = None, media_group_id: str | None = None) -> dict:
        """A user sends a file (caption commands get their entities; files sent together share a media_group_id); returns the message."""
        user_id = user_id if user_id is not None else chat_id
        file_id = f"file{len(self._files) + 1}"
        self._files[file_id] = (f"documents/{file_id}_{file_name}", data)
        content: dict[str, Any] = {
            "document": {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name, "mime_type": mime_type, "file_size": len(data)}
        }
        if media_group_id is not None:
            content["media_group_id"] = media_group_id
        if caption is not None:
            content["caption"] = caption
            entities = _entities(caption)
            if entities:
                content["caption_entities"] = entities
        message = self._message(chat_id, user_id, chat_type or ("private" if chat_id > 0 else "group"), reply_to, **content)
        self._enqueue({"message": message})
        return message

    def press(self, message: dict, data: str, *, user_id: int | None = None) -> None:
        """A user presses the inline button with callback data `data` under a message the bot sent."""
        buttons = [b.get("callback_data") for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]
        if data not in buttons:
            raise AssertionError(f"no button {data!r} under message {message.get('message_id')}; buttons: {buttons}")
        chat_id = message["chat"]["id"]
        user_id = user_id if user_id is not None else chat_id
        self._enqueue(
            {
                "callback_query": {
                    "id": str(next(self._query_ids)),
                    "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
                    "message": self._messages.get((chat_id, message["message_id"]), message),
                    "chat_instance": str(chat_id),
                    "data": data,
                }
            }
        )

    # -- what tests read ------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[dict]:
        with self._cond:
            return [m for m in self.sent if m["chat"]["id"] == chat_id]

    def calls_to(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def pending_updates(self) -> int:
        with self._cond:
            return len(self._updates)

    async def wait_sent(self, chat_id: int, count: int, timeout: float = 30) -> list[dict]:
        """The first `count` messages the bot sent to chat_id; fails after timeout seconds."""
        deadline = time.monotonic() + timeout
        while True:
            messages = self.sent_to(chat_id)
            if len(messages) >= count:
                return messages[:count]
            if time.monotonic() > deadline:
                shown = [m.get("text", m.get("document", {}).get("file_name")) for m in messages]
                raise AssertionError(f"expected {count} messages to chat {chat_id} within {timeout}s, got {len(messages)}: {shown}")
            await asyncio.sleep(0.02)

    async def until(self, predicate: Callable[[], bool], what: str, timeout: float = 30) -> None:
        """Wait (polling) until predicate() holds; fails after timeout seconds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            await asyncio.sleep(0.02)

    async def reply(self, chat_id: int, text: str, *, expect: int = 1, **kwargs: Any) -> list[dict]:
        """Send text as a user and wait for `expect` more messages from the bot to that chat."""
        before = len(self.sent_to(chat_id))
        self.send_text(chat_id, text, **kwargs)
        return (await self.wait_sent(chat_id, before + expect))[before:]

    def document_bytes(self, message: dict) -> bytes:
        """The content of a document the bot sent."""
        return self._files[message["document"]["file_id"]][1]

    # -- the API -------------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> Any:
        with self._cond:
            self.calls.append(Call(method, params, files))
        if method == "getUpdates":
            return self._get_updates(params)
        with self._cond:
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            return handler(params, files)

    def _get_updates(self, params: dict) -> list[dict]:
        offset = params.get("offset") or 0
        limit = min(params.get("limit") or 100, 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self._cond:
            while True:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if self._updates or self._closing:
                    return self._updates[:limit]
                left = deadline - time.monotonic()
                if left <= 0:
                    return []
                self._cond.wait(left)

    def _api_getMe(self, params: dict, files: dict) -> dict:
        return BOT_USER

    def _api_deleteWebhook(self, params: dict, files: dict) -> bool:
        return True

    def _api_setWebhook(self, params: dict, files: dict) -> bool:
        self.webhook = {"url": params.get("url"), "secret_token": params.get("secret_token")}
        return True

    def _api_setMyCommands(self, params: dict, files: dict) -> bool:
        self.commands[json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)] = params["commands"]
        return True

    def _api_deleteMyCommands(self, params: dict, files: dict) -> bool:
        self.commands.pop(json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True), None)
        return True

    def _api_getMyCommands(self, params: dict, files: dict) -> list[dict]:
        return self.commands.get(json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True), [])

    def _api_answerCallbackQuery(self, params: dict, files: dict) -> bool:
        return True

    def _api_getFile(self, params: dict, files: dict) -> dict:
        if params["file_id"] not in self._files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, data = self._files[params["file_id"]]
        return {"file_id": params["file_id"], "file_unique_id": "u" + params["file_id"], "file_size": len(data), "file_path": path}

    def _api_sendMessage(self, params: dict, files: dict) -> dict:
        text = self._checked_text(params.get("text"), params.get("parse_mode"))
        return self._record(params, text=text)

    def _api_sendDocument(self, params: dict, files: dict) -> dict:
        if "document" not in files:
            raise ApiError(400, "Bad Request: there is no document in the request")
        file_name, data = files["document"]
        file_id = f"sent{len(self._files) + 1}"
        self._files[file_id] = (f"documents/{file_id}", data)
        document = {"file_id": file_id, "file_unique_id": "u" + file_id, "file_name": file_name, "file_size": len(data)}
        extra = {"caption": params["caption"]} if params.get("caption") else {}
        return self._record(params, document=document, **extra)

    def _api_sendPhoto(self, params: dict, files: dict) -> dict:
        if "photo" not in files:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        file_name, data = files["photo"]
        if not data.startswith(b"\x89PNG") and not data.startswith(b"\xff\xd8"):
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        extra = {}
        if params.get("caption"):
            shown = visible_text(str(params["caption"]), params.get("parse_mode"))
            if len(shown.encode("utf-16-le")) // 2 > MAX_CAPTION:
                raise ApiError(400, "Bad Request: message caption is too long")
            extra["caption"] = params["caption"]
        file_id = f"sent{len(self._files) + 1}"
        self._files[file_id] = (f"photos/{file_id}", data)
        photo = [{"file_id": file_id, "file_unique_id": "u" + file_id, "width": 800, "height": 450, "file_size": len(data)}]
        return self._record(params, photo=photo, **extra)

    def photo_bytes(self, message: dict) -> bytes:
        """The content of a photo the bot sent."""
        return self._files[message["photo"][-1]["file_id"]][1]

    def _api_editMessageText(self, params: dict, files: dict) -> dict:
        message = self._editable(params)
        text = self._checked_text(params.get("text"), params.get("parse_mode"))
        markup = self._checked_markup(params.get("reply_markup"))
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message["text"], message["reply_markup"] = text, markup
        message["edit_date"] = int(time.time())
        return message

    def _api_editMessageReplyMarkup(self, params: dict, files: dict) -> dict:
        message = self._editable(params)
        markup = self._checked_markup(params.get("reply_markup"))
        if message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message["reply_markup"] = markup
        return message

    # -- helpers of the API ----------------------------------------------------------

    def _checked_text(self, text: Any, parse_mode: str | None) -> str:
        if not text or not str(text).strip():
            raise ApiError(400, "Bad Request: message text is empty")
        shown = visible_text(str(text), parse_mode)
        if len(shown.encode("utf-16-le")) // 2 > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return str(text)

    def _checked_markup(self, markup: Any) -> dict | None:
        if not markup:
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _record(self, params: dict, **content: Any) -> dict:
        chat_id = params["chat_id"]
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chats.get(chat_id) or {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            "parse_mode": params.get("parse_mode"),
            **content,
        }
        markup = self._checked_markup(params.get("reply_markup"))
        if markup:
            message["reply_markup"] = markup
        self._messages[(chat_id, message["message_id"])] = message
        self.sent.append(message)
        return message

    def _editable(self, params: dict) -> dict:
        message = self._messages.get((params.get("chat_id"), params.get("message_id")))
        if message is None or message["from"]["id"] != BOT_USER["id"]:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    def file(self, path: str) -> bytes | None:
        for stored, data in self._files.values():
            if stored == path:
                return data
        return None


class _RequestHandler(BaseHTTPRequestHandler):
    api: FakeBotAPI
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:  # the client gave up (a cancelled long poll)
            pass

    def _json(self, status: int, payload: dict) -> None:
        self._send(status, json.dumps(payload).encode())

    def do_GET(self) -> None:
        path, prefix = urllib.parse.unquote(self.path), f"/file/bot{self.api.token}/"
        data = self.api.file(path[len(prefix) :]) if path.startswith(prefix) else None
        if data is None:
            self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        else:
            self._send(200, data, "application/octet-stream")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        prefix = f"/bot{self.api.token}/"
        if not self.path.startswith(prefix):
            self._json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = self.path[len(prefix) :]
        try:
            params, files = _parse_body(self.headers.get("Content-Type", ""), body)
            self._json(200, {"ok": True, "result": self.api.handle(method, params, files)})
        except ApiError as e:
            self._json(e.code, {"ok": False, "error_code": e.code, "description": e.description})


def _parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """Form, multipart or JSON parameters; JSON-encoded fields decoded, ids as ints."""
    raw: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if part.get_filename() is not None:
                files[name] = (part.get_filename(), payload)
            else:
                raw[name] = payload.decode("utf-8")
    elif content_type.startswith("application/json"):
        raw = json.loads(body or b"{}")
    elif body:
        raw = {k: v[0] for k, v in urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _JSON_FIELDS and isinstance(value, str):
            value = json.loads(value)
        elif key in _INT_FIELDS and isinstance(value, str) and value.lstrip("-").isdigit():
            value = int(value)
        params[key] = value
    return params, files
