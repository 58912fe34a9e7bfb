"""`impactbot import` of many rows: a progress bar on a terminal's stderr, stdout unchanged.

The real CLI runs in a subprocess whose stderr is a pseudo-terminal (so it sees a TTY) and whose
stdout is a pipe (so the contract line is read exactly)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from store import Store

from conftest import REPO

ROWS = 300


def export_of(tmp_path: Path, rows: int) -> Path:
    """A JSONL export of `rows` figures, written by the real CLI from a store filled through the Store API."""
    source = tmp_path / "source.db"
    store = Store.open(source)
    quotes = [f"Some {1000 + i} people fled Raqqa on day {i}." for i in range(rows)]
    figures = [{"value": 1000 + i, "subject": "people", "status": "fled", "location": "Raqqa", "agency": "OCHA", "quote": q} for i, q in enumerate(quotes)]
    store.ingest("Status report\n\n" + " ".join(quotes), figures, title="Status report", outlet="Test Wire", published="2017-07-01", actor="test")
    store.close()
    out = tmp_path / "figures.jsonl"
    subprocess.run([sys.executable, "-m", "bot.cli", "--db", str(source), "export", "-o", str(out)], check=True, cwd=REPO, capture_output=True)
    return out


def run_on_a_terminal(*args: str) -> tuple[int, str, str]:
    """The CLI with stderr on a pseudo-terminal: (exit code, stdout, what the terminal showed)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", *args], stdout=subprocess.PIPE, stderr=slave, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed: the process is done with it
            break
        if not chunk:
            break
        shown += chunk
    out = proc.stdout.read().decode()
    os.close(master)
    return proc.wait(timeout=120), out, shown.decode(errors="replace")


def test_import_of_many_rows_shows_a_bar_on_a_terminal_and_keeps_stdout(tmp_path: Path):
    export = export_of(tmp_path, ROWS)
    db = str(tmp_path / "target.db")
    code, out, shown = run_on_a_terminal("--db", db, "import", str(export))
    assert code == 0, shown
    assert out == f"{ROWS} figures added, 0 already in the store\n"
    assert "Importing" in shown and "100%" in shown
    # Piped stderr: no bar, the same stdout.
    again = subprocess.run([sys.executable, "-m", "bot.cli", "--db", db, "import", str(export)], cwd=REPO, capture_output=True, text=True)
    assert again.stdout == f"0 figures added, {ROWS} already in the store\n" and "Importing" not in again.stderr
