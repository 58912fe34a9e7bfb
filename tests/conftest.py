"""Shared fixtures: a real store file per test, the CLI, and the shared corpus when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"

needs_corpus = pytest.mark.skipif(not (CORPUS / "seeds").is_dir(), reason="../shared/corpus is not present")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "impactbot.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def run_cli(db_path: Path):
    """Invoke `impactbot --db <tmp store> ARGS...`; returns click's Result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, ["--db", str(db_path), *args], input=input, catch_exceptions=False)

    return invoke


def add(store: Store, value=None, *, subject="children", status="trapped", location="Syria", agency=None, title="Test report", outlet="Test Wire", published="2024-01-02", actor="test", **extra) -> dict:
    """Add one cited figure through the store API (a helper for tests)."""
    fig = {"value": value, "subject": subject, "status": status, "location": location, "agency": agency, **extra}
    return store.add_figure(fig, citation={"title": title, "outlet": outlet, "published": published}, actor=actor)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- the Telegram bot against the fake Bot API server (tests/fakebotapi.py) ----------

ADMIN_ID = 1001  # in ADMIN_IDS
STAFF_ID = 2002  # nobody special


class RunningBot:
    """The real Application from bot.app, long-polling a FakeBotAPI, over a tmp_path store."""

    def __init__(self, store: Store, fake) -> None:
        self.store, self.fake = store, fake
        self.admin_id, self.staff_id = ADMIN_ID, STAFF_ID

    def settings(self, **extra: str):
        from bot.settings import load_settings

        env = {"TELEGRAM_BOT_TOKEN": self.fake.token, "ADMIN_IDS": str(ADMIN_ID), "IMPACTBOT_DB": self.store.path, "TELEGRAM_API_BASE_URL": self.fake.base_url, **extra}
        return load_settings(env, dotenv_path=None)

    def run(self, scenario, timeout: float = 120) -> None:
        """Start the bot, await scenario(self), stop the bot; all inside one asyncio.run."""
        import asyncio

        asyncio.run(self._run(scenario, timeout))

    async def run_job(self, name: str) -> None:
        """Run a repeating job of the running bot now (the notices job runs every minute otherwise)."""
        (job,) = self.application.job_queue.get_jobs_by_name(name)
        await job.run(self.application)

    async def _run(self, scenario, timeout: float) -> None:
        import asyncio

        from bot.app import ALLOWED_UPDATES, build_application

        application = build_application(self.settings(), self.store)
        self.application = application  # for tests that run a job now (run_job)
        # The order of Application.run_polling, which tests cannot use (it owns the event loop).
        await application.initialize()
        await application.post_init(application)
        await application.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
        await application.start()
        try:
            await asyncio.wait_for(scenario(self), timeout)
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()


@pytest.fixture
def telegram(store: Store):
    """A RunningBot factory's result: call .run(async scenario) in the test."""
    from fakebotapi import FakeBotAPI

    with FakeBotAPI() as fake:
        yield RunningBot(store, fake)
