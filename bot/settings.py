"""Bot settings from the environment or a `.env` file (see `.env.example`).

A missing or malformed setting raises SettingsError with one line that names
the setting and what it should look like. The token is never shown: not in
the error messages, not in `repr(settings)`.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import urlparse

from dotenv import dotenv_values

DEFAULT_DB = os.path.join("data", "impactbot.db")
DEFAULT_WEBHOOK_PORT = 8443

_TOKEN = re.compile(r"^\d{3,15}:[A-Za-z0-9_-]{20,100}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(Exception):
    """A one-line reason why the settings cannot be used."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to start; build it with load_settings()."""

    token: str | None = None
    admin_ids: frozenset[int] = frozenset()
    db_path: str = DEFAULT_DB
    api_base_url: str | None = None
    webhook_url: str | None = None
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    webhook_secret: str | None = None
    log_level: str = "INFO"

    def __repr__(self) -> str:
        return (
            f"Settings(token={'<set>' if self.token else None}, admin_ids={sorted(self.admin_ids)}, "
            f"db_path={self.db_path!r}, api_base_url={self.api_base_url!r}, webhook_url={self.webhook_url!r}, "
            f"webhook_port={self.webhook_port}, webhook_secret={'<set>' if self.webhook_secret else None}, "
            f"log_level={self.log_level!r})"
        )

    __str__ = __repr__

    @property
    def file_base_url(self) -> str | None:
        """The file download URL of a self-hosted Bot API server (…/bot -> …/file/bot)."""
        if not self.api_base_url:
            return None
        base = self.api_base_url.rstrip("/")
        root = base[: -len("/bot")] if base.endswith("/bot") else base
        return root + "/file/bot"


def load_settings(env: Mapping[str, str] | None = None, dotenv_path: str | os.PathLike | None = ".env") -> Settings:
    """Settings from env (default: the process environment) over the values in dotenv_path."""
    values: dict[str, str | None] = {}
    if dotenv_path is not None and os.path.isfile(dotenv_path):
        values.update(dotenv_values(dotenv_path))
    values.update(os.environ if env is None else env)

    def get(name: str) -> str | None:
        value = values.get(name)
        return (value.strip() or None) if isinstance(value, str) else None

    return Settings(
        token=_token(get("TELEGRAM_BOT_TOKEN")),
        admin_ids=_admin_ids(get("ADMIN_IDS")),
        db_path=get("IMPACTBOT_DB") or DEFAULT_DB,
        api_base_url=_http_url("TELEGRAM_API_BASE_URL", get("TELEGRAM_API_BASE_URL"), https=False),
        webhook_url=_http_url("TELEGRAM_WEBHOOK_URL", get("TELEGRAM_WEBHOOK_URL"), https=True),
        webhook_port=_port(get("TELEGRAM_WEBHOOK_PORT")),
        webhook_secret=_secret(get("TELEGRAM_WEBHOOK_SECRET")),
        log_level=_log_level(get("IMPACTBOT_LOG_LEVEL")),
    )


def _token(value: str | None) -> str | None:
    if value is not None and not _TOKEN.match(value):
        # Never echo the value: a near-miss token is still a secret.
        raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters; get one from @BotFather)")
    return value


def _admin_ids(value: str | None) -> frozenset[int]:
    ids = set()
    for part in (value or "").split(","):
        part = part.strip()
        if not part:
            continue
        if not re.fullmatch(r"\d{1,20}", part):
            raise SettingsError(f"ADMIN_IDS must be Telegram user ids separated by commas (e.g. 12345,67890); {part[:30]!r} is not a user id")
        ids.add(int(part))
    return frozenset(ids)


def _http_url(name: str, value: str | None, *, https: bool) -> str | None:
    if value is None:
        return None
    parsed = urlparse(value)
    schemes = ("https",) if https else ("http", "https")
    if parsed.scheme not in schemes or not parsed.netloc:
        want = "an https:// URL" if https else "an http:// or https:// URL"
        raise SettingsError(f"{name} must be {want}, got {value[:60]!r}")
    return value


def _port(value: str | None) -> int:
    if value is None:
        return DEFAULT_WEBHOOK_PORT
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise SettingsError(f"TELEGRAM_WEBHOOK_PORT must be a port number from 1 to 65535, got {value[:20]!r}")
    return int(value)


def _secret(value: str | None) -> str | None:
    if value is not None and not _SECRET.match(value):
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET may hold only letters, digits, _ and - (1 to 256 characters)")
    return value


def _log_level(value: str | None) -> str:
    level = (value or "INFO").upper()
    if level not in logging.getLevelNamesMapping():
        raise SettingsError(f"IMPACTBOT_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {value[:20]!r}")
    return level
