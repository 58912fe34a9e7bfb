"""Two processes writing one store at once: both finish, nothing is lost, no traceback.

Real articles from FA-KES (read from ../shared, never copied into the project) are ingested by two
`impactbot ingest` processes at the same time while a third asks questions. Both learn the same new
places and sources (insert-or-get), and every write waits its turn (BEGIN IMMEDIATE, busy timeout).
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from store import Store

from conftest import SHARED

FAKES = SHARED / "datasets" / "fakes" / "FA-KES-dev.csv"


def articles(n: int) -> list[str]:
    csv.field_size_limit(10_000_000)
    with FAKES.open(encoding="utf-8", newline="") as fh:
        rows = [r["article_content"] for r in csv.DictReader(fh) if len(r["article_content"].split()) > 80]
    return rows[:n]


@pytest.mark.skipif(not FAKES.is_file(), reason="../shared/datasets is not present")
def test_two_ingests_and_questions_at_once(tmp_path: Path):
    texts = articles(60)
    files = []
    for i, t in enumerate(texts):
        p = tmp_path / f"a{i:02d}.txt"
        p.write_text(t, encoding="utf-8")
        files.append(str(p))
    db = str(tmp_path / "shared.db")
    cli = [sys.executable, "-m", "bot.cli", "--db", db]
    # Both halves hold the same six articles, so both processes write the same names and articles.
    first = subprocess.Popen([*cli, "ingest", *files[:33]], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen([*cli, "ingest", *files[27:]], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    asks = [subprocess.run([*cli, "ask", "how many people were killed in Aleppo"], capture_output=True, text=True, timeout=120)
            for _ in range(5)]
    out1, err1 = first.communicate(timeout=600)
    out2, err2 = second.communicate(timeout=600)
    assert first.returncode == 0 and second.returncode == 0, (err1[-500:], err2[-500:])
    assert "Traceback" not in err1 + err2 + "".join(a.stderr for a in asks)
    assert all(a.returncode == 0 for a in asks)
    store = Store.open(db)
    stored = store.conn.execute("select count(*) from articles").fetchone()[0]
    # Every article of both runs is stored (the six given to both once each, or as a duplicate).
    assert stored == 66
    assert store.conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    for table in ("places", "agencies"):  # learned by both processes, stored once
        names = [r[0] for r in store.conn.execute(f"select name from {table}")]
        assert len(names) == len(set(names)), table
    store.close()
