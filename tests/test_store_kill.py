"""Crash safety: `impactbot ingest` of 60 real FA-KES articles killed (SIGKILL) at twenty random moments.

After every kill the store passes PRAGMA integrity_check and holds no article with only part of
its figures (each stored article has as many figures as a clean, uninterrupted ingest of the same
text gave it); a last run, not killed, completes with every article stored. Each run is one
process group (the CLI and its extraction workers), killed together as a crash or the OOM killer
would. The seed is fixed, so a failure can be replayed; about a minute in all.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import Store

from conftest import REPO
from test_store_concurrency import FAKES, articles

KILLS = 20
SEED = 20240611


def ingest(db: Path, files: list[str], out: Path) -> subprocess.Popen:
    """The real CLI in its own process group, its output to a file (a full pipe would stall it)."""
    with out.open("w") as fh:
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", *files],
            stdout=fh, stderr=subprocess.STDOUT, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, start_new_session=True,
        )


def figure_counts(db: Path) -> dict[str, int]:
    """Each stored article's text -> its figure count (articles stored as repeats of another keep none)."""
    store = Store.open(db)
    try:
        counts = {}
        for art in store.articles(limit=100_000):
            n = store.count(article_id=art["id"])
            if art["duplicate_of"] is not None:
                assert n == 0, f"article #{art['id']} is a duplicate with {n} figures"
                continue
            counts[store.article_text(art["id"])] = n
        return counts
    finally:
        store.close()


def check(db: Path, clean: dict[str, int]) -> dict[str, int]:
    """Integrity, and no article with only part of its figures; returns what is stored."""
    store = Store.open(db)
    try:
        assert store.conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()
    stored = figure_counts(db)
    partial = {text[:60]: (n, clean[text]) for text, n in stored.items() if n != clean[text]}
    assert not partial, f"articles stored with only part of their figures (stored, clean): {partial}"
    return stored


def not_stored(db: Path, files: list[str]) -> list[str]:
    """The files whose article the store does not hold yet (all of them once it holds every one)."""
    if not db.exists():
        return files
    store = Store.open(db)
    try:
        left = [f for f in files if store.find_duplicate(Path(f).read_text(encoding="utf-8")) is None]
    finally:
        store.close()
    return left or files


def started_writing(out: Path, proc: subprocess.Popen) -> None:
    """Wait until the run has stored its first article (it prints a line per article) or ended."""
    deadline = time.monotonic() + 120
    while out.stat().st_size == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)


@pytest.mark.skipif(not FAKES.is_file(), reason="../shared/datasets is not present")
def test_twenty_kills_leave_no_partial_article(tmp_path: Path):
    files = []
    for i, text in enumerate(articles(60)):
        path = tmp_path / f"a{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    out = tmp_path / "out.txt"

    clean_db = tmp_path / "clean.db"
    assert ingest(clean_db, files, out).wait(timeout=300) == 0, out.read_text()[-2000:]
    clean = figure_counts(clean_db)
    assert len(clean) >= 55 and sum(clean.values()) > 100  # a few FA-KES articles repeat others

    db = tmp_path / "killed.db"
    rng = random.Random(SEED)
    killed_while_writing = 0
    for n in range(KILLS):
        # Each run gets the articles not stored yet, so that the kills land on new figures being
        # written rather than on repeats being recorded.
        proc = ingest(db, not_stored(db, files), out)
        # Half the kills at any moment from the start (loading the parser, creating and migrating
        # the store), half once articles are being written.
        if n % 2:
            started_writing(out, proc)
        time.sleep(rng.uniform(0, 0.8 if n % 2 else 3.0))
        running = proc.poll() is None
        with contextlib.suppress(ProcessLookupError):  # it may have finished already
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        killed_while_writing += running and out.stat().st_size > 0
        if db.exists():
            stored_after = len(check(db, clean))
            print(f"kill {n + 1}: {'while running' if running else 'after the end'}, {stored_after} articles stored")

    assert ingest(db, files, out).wait(timeout=300) == 0, out.read_text()[-2000:]
    stored = check(db, clean)
    assert set(stored) == set(clean)  # every article, each with all its figures
    assert killed_while_writing >= KILLS // 4  # the kills did land while articles were being written
