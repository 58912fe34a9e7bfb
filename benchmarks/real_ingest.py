"""Ingest throughput on real articles (part of `make bench`): FA-KES news articles from ../shared.

- one core: `extract.ingest_article` (extraction with the spaCy layer, plus the store write) in a
  process pinned to core 0, after 10 articles to warm up; articles per second of wall time;
- every core: `impactbot ingest FILE...` on the same files (extraction in forked workers, one writer),
  wall time from the command's start, the parser's loading included.

    .venv/bin/python benchmarks/real_ingest.py [--articles 300]
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO)]
FAKES = REPO.parent / "shared" / "datasets" / "fakes" / "FA-KES-dev.csv"


def texts(n: int) -> list[str]:
    csv.field_size_limit(10_000_000)
    with FAKES.open(encoding="utf-8", newline="") as fh:
        rows = [r["article_content"].strip() for r in csv.DictReader(fh) if r["article_content"].strip()]
    return rows[:n]


def one_core(articles: list[str], db: str) -> float:
    from extract import ingest_article
    from store import Store

    os.sched_setaffinity(0, {0})
    store = Store.open(db)
    for t in articles[:10]:
        ingest_article(store, t)
    start = time.perf_counter()
    for t in articles[10:]:
        ingest_article(store, t)
    took = time.perf_counter() - start
    store.close()
    return (len(articles) - 10) / took


def all_cores(files: list[str], db: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(REPO / ".venv" / "bin" / "impactbot"), "--db", db, "ingest", *files], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return len(files) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    a = ap.parse_args()
    if not FAKES.is_file():
        print("real-article ingest: ../shared/datasets/fakes/FA-KES-dev.csv is not present; skipped")
        return
    articles = texts(a.articles)
    words = sum(len(t.split()) for t in articles) / len(articles)
    with tempfile.TemporaryDirectory(prefix="bench-real-") as tmp:
        files = []
        for i, t in enumerate(articles):
            p = Path(tmp) / f"a{i:04d}.txt"
            p.write_text(t, encoding="utf-8")
            files.append(str(p))
        cores = all_cores(files, os.path.join(tmp, "all.db"))
        one = one_core(articles, os.path.join(tmp, "one.db"))
    print(f"\nReal-article ingest ({len(articles)} FA-KES articles, {words:.0f} words on average):\n")
    print("| path | articles/s |")
    print("|---|---:|")
    print(f"| `ingest_article`, one core (after 10 to warm up) | {one:.1f} |")
    print(f"| `impactbot ingest FILE...`, {os.cpu_count()} cores, parser loading included | {cores:.1f} |")


if __name__ == "__main__":
    main()
