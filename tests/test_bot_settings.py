"""Settings: one clear line for a missing or malformed setting; the token never in repr or logs."""

from __future__ import annotations

import logging

import pytest

from bot.app import build_application, configure_logging
from bot.settings import DEFAULT_DB, SettingsError, load_settings

TOKEN = "123456789:" + "Ab_" * 12  # the shape of a token, built here so no token-like string is written down


def test_defaults_and_values(tmp_path):
    settings = load_settings({}, dotenv_path=None)
    assert settings.token is None and settings.admin_ids == frozenset() and settings.db_path == DEFAULT_DB
    assert settings.webhook_url is None and settings.api_base_url is None and settings.log_level == "INFO"
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "ADMIN_IDS": " 12, 34 ,56",
        "IMPACTBOT_DB": str(tmp_path / "x.db"),
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/hook",
        "TELEGRAM_WEBHOOK_PORT": "8443",
        "TELEGRAM_WEBHOOK_SECRET": "s3cret-value_1",
        "IMPACTBOT_LOG_LEVEL": "debug",
    }
    settings = load_settings(env, dotenv_path=None)
    assert settings.token == TOKEN
    assert settings.admin_ids == frozenset({12, 34, 56})
    assert settings.file_base_url == "http://127.0.0.1:8081/file/bot"
    assert settings.webhook_port == 8443 and settings.log_level == "DEBUG"


def test_dotenv_file_is_read_and_the_environment_wins(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nADMIN_IDS=7,8\nIMPACTBOT_DB=from-dotenv.db\n")
    settings = load_settings({"IMPACTBOT_DB": "from-env.db"}, dotenv_path=dotenv)
    assert settings.token == TOKEN and settings.admin_ids == frozenset({7, 8})
    assert settings.db_path == "from-env.db"


@pytest.mark.parametrize(
    "env, names",
    [
        ({"ADMIN_IDS": "12,abc"}, ["ADMIN_IDS", "'abc'"]),
        ({"ADMIN_IDS": "12;34"}, ["ADMIN_IDS"]),
        ({"TELEGRAM_BOT_TOKEN": "not a token"}, ["TELEGRAM_BOT_TOKEN", "BotFather"]),
        ({"TELEGRAM_API_BASE_URL": "127.0.0.1:8081"}, ["TELEGRAM_API_BASE_URL", "http"]),
        ({"TELEGRAM_WEBHOOK_URL": "http://insecure.example.org/hook"}, ["TELEGRAM_WEBHOOK_URL", "https"]),
        ({"TELEGRAM_WEBHOOK_PORT": "eighty"}, ["TELEGRAM_WEBHOOK_PORT"]),
        ({"TELEGRAM_WEBHOOK_PORT": "70000"}, ["TELEGRAM_WEBHOOK_PORT"]),
        ({"TELEGRAM_WEBHOOK_SECRET": "has spaces!"}, ["TELEGRAM_WEBHOOK_SECRET"]),
        ({"IMPACTBOT_LOG_LEVEL": "loud"}, ["IMPACTBOT_LOG_LEVEL"]),
    ],
)
def test_malformed_settings_give_one_clear_line(env, names):
    with pytest.raises(SettingsError) as e:
        load_settings(env, dotenv_path=None)
    message = str(e.value)
    assert "\n" not in message
    for name in names:
        assert name in message


def test_a_malformed_token_is_not_echoed():
    secretish = "123:" + "x" * 5 + "?" * 30
    with pytest.raises(SettingsError) as e:
        load_settings({"TELEGRAM_BOT_TOKEN": secretish}, dotenv_path=None)
    assert secretish not in str(e.value) and "xxxxx" not in str(e.value)


def test_the_bot_needs_a_token(store):
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN is not set"):
        build_application(load_settings({}, dotenv_path=None), store)


def test_repr_never_shows_the_token_or_the_secret():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": "hush-hush", "ADMIN_IDS": "5"}, dotenv_path=None)
    for text in (repr(settings), str(settings), f"{settings}", repr([settings])):
        assert TOKEN not in text and TOKEN.split(":")[1] not in text and "hush-hush" not in text
        assert "<set>" in text and "[5]" in text


def test_the_token_is_never_logged_while_the_bot_runs(telegram, caplog):
    caplog.set_level(logging.DEBUG)

    async def scenario(bot):
        await bot.fake.reply(bot.staff_id, "/start")

    telegram.run(scenario)
    assert any(r.name.startswith("telegram") for r in caplog.records), "the bot logged nothing: the check below would be empty"
    assert telegram.fake.token not in caplog.text
    assert telegram.fake.token.split(":")[1] not in caplog.text


def test_the_log_format_redacts_the_token(capsys):
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "IMPACTBOT_LOG_LEVEL": "INFO"}, dotenv_path=None)
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    try:
        configure_logging(settings)
        logging.getLogger("impactbot.test").warning("calling https://api.telegram.org/bot%s/getMe", TOKEN)
        assert logging.getLogger("httpx").level == logging.WARNING
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
    err = capsys.readouterr().err
    assert "getMe" in err and "[redacted]" in err and TOKEN not in err


def test_run_bot_stops_with_one_line_without_a_token_or_the_webhook_extra(store, monkeypatch):
    import importlib.util

    from bot.app import run_bot

    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    try:
        with pytest.raises(SystemExit) as e:
            run_bot(load_settings({}, dotenv_path=None), store)
        assert str(e.value).startswith("impactbot: TELEGRAM_BOT_TOKEN is not set") and "\n" not in str(e.value)
        real_find_spec = importlib.util.find_spec  # as if python-telegram-bot[webhooks] were not installed
        monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a, **k: None if name == "tornado" else real_find_spec(name, *a, **k))
        webhook = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/hook"}, dotenv_path=None)
        with pytest.raises(SystemExit) as e:
            run_bot(webhook, store)
        assert "webhook" in str(e.value) and "TELEGRAM_WEBHOOK_URL" in str(e.value) and TOKEN not in str(e.value)
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
