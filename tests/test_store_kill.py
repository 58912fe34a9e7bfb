"""Crash safety: `impactbot ingest` of 60 real FA-KES articles killed (SIGKILL) at twenty random moments.

After every kill the store passes PRAGMA integrity_check and holds no article with only part of
its figures: each stored article has as many figures as the run that stored it reported for it (a
JSON line per article, printed once its transaction committed). The reference is the run's own
report, not a clean ingest of the text alone, because extraction reads the names the store has
learned from earlier articles (a place learned from one article is known in the next), so an
article's figures may rightly differ with the order the runs reached it in. A last run, not killed,
completes with every article stored. Each run is one
process group (the CLI and its extraction workers), killed together as a crash or the OOM killer
would. The seed is fixed, so a failure can be replayed; about a minute in all.
"""

from __future__ import annotations

import contextlib
import json
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
    """The real CLI in its own process group, its JSON lines to a file (a full pipe would stall it)."""
    with out.open("w") as fh:
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", "--json", *files],
            stdout=fh, stderr=subprocess.STDOUT, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, start_new_session=True,
        )


def figure_counts(db: Path) -> dict[int, int]:
    """Each stored article's id -> its figure count (articles stored as repeats of another keep none)."""
    store = Store.open(db)
    try:
        counts = {}
        for art in store.articles(limit=100_000):
            n = store.count(article_id=art["id"])
            if art["duplicate_of"] is not None:
                assert n == 0, f"article #{art['id']} is a duplicate with {n} figures"
            counts[art["id"]] = n
        return counts
    finally:
        store.close()


def reported(out: Path) -> dict[int, int]:
    """Article id -> figure count, from a run's complete JSON lines (a kill may cut the last one)."""
    counts = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(ValueError):
            obj = json.loads(line)
            counts[obj["article"]["id"]] = len(obj["figures"])
    return counts


def check(db: Path, said: dict[int, int]) -> dict[int, int]:
    """Integrity, and no article with only part of its figures; returns what is stored."""
    store = Store.open(db)
    try:
        assert store.conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()
    stored = figure_counts(db)
    partial = {aid: (n, said[aid]) for aid, n in stored.items() if aid in said and n != said[aid]}
    assert not partial, f"articles stored with only part of their figures (stored, reported): {partial}"
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

    said: dict[int, int] = {}  # what every run reported for each article it stored
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
        said.update(reported(out))
        if db.exists():
            stored_after = len(check(db, said))
            print(f"kill {n + 1}: {'while running' if running else 'after the end'}, {stored_after} articles stored")

    assert ingest(db, files, out).wait(timeout=300) == 0, out.read_text()[-2000:]
    said.update(reported(out))
    stored = check(db, said)
    store = Store.open(db)
    try:  # every article stored
        assert all(store.find_duplicate(Path(f).read_text(encoding="utf-8")) is not None for f in files)
    finally:
        store.close()
    # Nearly every stored article was checked against its run's report (a kill between a commit and
    # its printed line leaves one unchecked), and they hold real figures.
    assert len(set(stored) & set(said)) >= len(stored) - KILLS and sum(stored.values()) > 100
    assert killed_while_writing >= KILLS // 4  # the kills did land while articles were being written
