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
