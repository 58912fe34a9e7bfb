"""`impactbot run` (what `make run` starts): the terminal chat without a token, one clear line for bad settings."""

import os
import subprocess
import sys

from conftest import REPO

SETTINGS = ("TELEGRAM_BOT_TOKEN", "ADMIN_IDS", "IMPACTBOT_DB", "TELEGRAM_API_BASE_URL", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_PORT", "TELEGRAM_WEBHOOK_SECRET")


def run(db, *args, input="", **env):
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    clean.update(IMPACTBOT_ENV_FILE=os.devnull, **env)
    return subprocess.run([sys.executable, "-m", "bot.cli", "--db", str(db), "run", *args], input=input, capture_output=True, text=True, cwd=REPO, env=clean, timeout=120)


def test_without_a_token_run_starts_the_terminal_chat_on_the_starter_store(db_path):
    result = run(db_path, "--starter", input="how many children are trapped in Raqqa?\nand in Aleppo?\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "No TELEGRAM_BOT_TOKEN configured" in result.stderr
    assert "40,000" in result.stdout and "UNICEF" in result.stdout
    after = result.stdout.split("40,000", 1)[1]
    assert "Aleppo" in after and "Traceback" not in result.stdout + result.stderr


def test_a_new_store_without_starter_has_no_figures(db_path):
    result = run(db_path, input="how many children are trapped in Raqqa?\n")
    assert result.returncode == 0
    assert "40,000" not in result.stdout


def test_malformed_settings_stop_start_up_with_one_line(db_path):
    for env, name in (({"ADMIN_IDS": "12,abc"}, "ADMIN_IDS"), ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"), ({"TELEGRAM_WEBHOOK_PORT": "eighty"}, "TELEGRAM_WEBHOOK_PORT")):
        result = run(db_path, **env)
        lines = [l for l in result.stderr.splitlines() if l.strip()]
        assert result.returncode == 1 and len(lines) == 1 and name in lines[0], (env, result.stderr)
        assert "not-a-token" not in result.stderr
